/*
 * cmd.h: what every command gets and may use. Commands are the only code
 * that prints to the user or exits; the library returns errors.
 *
 * Exit codes: 0 ok, 1 failure, 2 usage error.
 */
#ifndef BRIEF_CMD_H
#define BRIEF_CMD_H

#include <stdint.h>

#include "util/date.h"
#include "util/error.h"

struct store;

struct cmd_ctx {
	const char *db_path; /* --db, else $BRIEF_DB, else "brief.db" */
	long wait_ms;        /* --wait: for another writer, ms; -1 (default) no limit */
};

#define EXIT_OK    0
#define EXIT_FAIL  1
#define EXIT_USAGE 2

/* Print "brief: <fmt>" to stderr and exit 1. */
_Noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* die with the one message of a failed allocation (util/error.h: error_nomem). */
_Noreturn void die_nomem(void);
/* Print "brief: <what>: <err->msg>" to stderr; returns EXIT_FAIL. */
int report(const char *what, const struct error *err);
/*
 * The noun a count takes, for every count a command prints: `one` when n is
 * 1, else `many` ("%zu %s", n, cmd_noun(n, "entry", "entries")).
 */
const char *cmd_noun(uint64_t n, const char *one, const char *many);
/*
 * Open the database named by ctx for a command that writes (creating it
 * when absent), or die with a message: one this process may not write
 * (store_read_only) is refused here, before any work.
 */
struct store *cmd_open_store(const struct cmd_ctx *ctx);
/*
 * Close a store cmd_open_store opened, for a command that ends with exit
 * code `rc`: one that failed takes away a database that the open created
 * and nothing was stored in (store_close_unused), so a failed first add or
 * ingest leaves no empty database behind; a database that held anything,
 * or existed before, stays. Returns rc.
 */
int cmd_close_store(struct store *st, int rc);
/*
 * Open the database named by ctx for a command that reads (or changes
 * what is there): a database that does not exist is an error, never
 * created; one this process may not write is opened read-only.
 */
struct store *cmd_open_existing(const struct cmd_ctx *ctx);
/* What a command says of a database that follows no source, and how to follow one. */
#define CMD_NO_SOURCES \
	"no sources followed yet (brief add URL follows a feed, a page, a site or a sitemap)"
/* For a command that opened with cmd_open_existing and is about to write: die if `st` is read-only. */
void cmd_need_write(const struct cmd_ctx *ctx, struct store *st);

/*
 * The value of a date option (`option`, e.g. "--since") as the store
 * compares it, written to `out`; NULL when `value` is NULL. A value that is
 * not a date (util/date.h's date_parse_user: 2025-06, yesterday, 7d...) is
 * a usage error naming the option and the accepted forms.
 */
const char *cmd_date(const char *const *usage, const char *option, const char *value,
		     char out[DATE_TIMESTAMP_MAX]);

/*
 * An article as a JSON object (cmd_show.c): id, title, url, source,
 * published, and with `with_text` every other field and the text. NULL
 * when out of memory; the caller owns it.
 */
struct article;
struct json_t *cmd_article_json(const struct article *a, int with_text);
/*
 * An actor as the user gave it (`--actor`, `actor:`): a code (IRN, AFGREB)
 * that the dictionaries know (dict_code_known) or a stored event names, as it
 * is (any code in capitals when the dictionaries cannot be read), unless an
 * acronym the dictionaries know in capitals that is no code
 * (NATO, EU, ICC: dict_acronym); a name the event dictionaries know, or a code in another case
 * (irn) that a stored event names, turned into its code (in `out`, with a
 * note on stderr saying which); NULL for anything else, with the reason
 * printed. Exits 1 when the dictionaries cannot be read and the value is
 * no code.
 */
const char *cmd_actor(const struct cmd_ctx *ctx, const char *value, char *out, size_t n);

/*
 * Say on stderr why a list of events `f` chose is empty: none stored, or
 * none that pass its filters (named).
 */
struct event_filter;
void cmd_no_events(struct store *st, const struct event_filter *f);

int cmd_extract(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_ingest(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_list(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_show(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_serve(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_publish(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_digest(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_db(int argc, const char **argv, struct cmd_ctx *ctx);

/* ---- sources and fetching ---- */
int cmd_add(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_sources(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_remove(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_fetch(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_opml(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_daemon(int argc, const char **argv, struct cmd_ctx *ctx);

/*
 * Shared by the commands that fetch (cmd_fetch.c): the fetcher options
 * every one of them takes, and the progress line on a terminal.
 */
struct fetch_options;
struct ingest_options;
struct ingest_stats;
struct fetcher;
struct cmd_fetch_flags {
	int allow_private, ignore_robots;
	const char *delay, *archive, *retries, *retry_wait;
	long concurrency, per_host, timeout;
};
#define CMD_FETCH_OPTIONS(f)                                                                       \
	OPT_BOOL(0, "allow-private", &(f)->allow_private,                                          \
		 "allow loopback, private and link-local addresses"),                              \
		OPT_STRING(0, "delay", &(f)->delay, "SECONDS",                                     \
			   "seconds between requests to one host (default 1)"),                    \
		OPT_INT(0, "concurrency", &(f)->concurrency, "N",                                  \
			"transfers at once (default 16)"),                                         \
		OPT_INT(0, "per-host", &(f)->per_host, "N",                                        \
			"transfers at once per host (default 2)"),                                 \
		OPT_INT(0, "timeout", &(f)->timeout, "SECONDS", "longest transfer (default 120)"), \
		OPT_STRING(0, "retries", &(f)->retries, "N",                                       \
			   "tries after a network error, 429 or 5xx (default 3)"),                 \
		OPT_STRING(0, "retry-wait", &(f)->retry_wait, "SECONDS",                           \
			   "wait before the first retry, doubled at each (default 1)"),            \
		OPT_STRING(0, "archive", &(f)->archive, "DIR",                                     \
			   "also write every response to WARC files in DIR"),                      \
		OPT_BOOL(0, "ignore-robots", &(f)->ignore_robots, "do not obey robots.txt")
/*
 * Make a fetcher (and its archive writer) from the flags, or die: a flag's
 * bad value is a usage error of the command whose usage lines are given.
 */
struct fetcher *cmd_fetcher_new(const struct cmd_fetch_flags *fl, size_t max_body,
				const char *const *usage);
void cmd_fetcher_free(struct fetcher *f);
/* Progress on stderr when it is a terminal; callbacks for ingest_options. */
void cmd_progress_attach(struct ingest_options *io, const char *what);
void cmd_progress_end(const struct ingest_options *io);
/*
 * The summary's lines for URLs robots.txt disallowed (sources, pages), when
 * there were any: counted apart, never failures.
 */
void cmd_robots_summary(const struct ingest_stats *s);
/* The bytes of input files the run will read, for a share done and an ETA on the line. */
void cmd_progress_total(uint64_t bytes);
/*
 * The same line for any long work (events --recode, db vacuum): start it,
 * show it as often as convenient (it draws on a terminal only, without -q,
 * at most every 0.2 s: "WHAT: COUNTS, R/s, P% [of SIZE], ETA XmYYs"), clear
 * it before printing anything else. `per_s`: the count whose rate is shown
 * (SIZE_MAX: none); `done` of `total` (0: unknown): the share done and the
 * time left; `bytes`: they are sizes.
 */
void cmd_progress_start(const char *what);
void cmd_progress_show(size_t per_s, uint64_t done, uint64_t total, int bytes, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
void cmd_progress_clear(void);
double cmd_progress_seconds(void);
/*
 * After a run that stored articles: say how many could not be coded into
 * events, and refresh term statistics if the corpus grew (cmd_ingest.c).
 * EXIT_OK, or EXIT_FAIL with the error printed.
 */
int cmd_ingest_settle(struct store *st, const struct ingest_stats *stats);
/*
 * The polling loop of `brief daemon` and `brief serve --poll` (cmd_daemon.c):
 * it fetches the sources due itself, or with `queue` (a PostgreSQL store)
 * queues a fetch job for each for the workers.
 */
void cmd_poll_signals(void);
int cmd_poll_stopped(void);
/* Ask a running cmd_poll_loop to return (from another thread). */
void cmd_poll_request_stop(void);
int cmd_poll_loop(struct store *st, const struct cmd_fetch_flags *fl, int once, int queue);

/* ---- search and related news ---- */
int cmd_search(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_related(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_stories(int argc, const char **argv, struct cmd_ctx *ctx);

/* ---- event coding ---- */
int cmd_code(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_events(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_dyad(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_export(int argc, const char **argv, struct cmd_ctx *ctx);

/* ---- PostgreSQL and workers (cmd_worker.c) ---- */
struct store;
struct work_options;
struct work_stats;
int cmd_worker(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_jobs(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_migrate(int argc, const char **argv, struct cmd_ctx *ctx);
/* Open the store named by ctx for `command`, which needs its job queue (PostgreSQL), or die. */
struct store *cmd_open_queue(const struct cmd_ctx *ctx, const char *command);
/* This process's worker name: host:pid. */
void cmd_work_name(char *out, size_t n);
/*
 * Fork `workers` processes that work the queue of ctx's store with `base`
 * (until_empty, say) and add their counts to `sum`; EXIT_OK when all ended well.
 */
int cmd_work_spawn(const struct cmd_ctx *ctx, int workers, const struct work_options *base,
		   struct work_stats *sum);

#endif
