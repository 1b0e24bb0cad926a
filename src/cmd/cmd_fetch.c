/*
 * brief fetch: one polling pass over the sources that are due; and the
 * fetcher set-up and progress line the other source commands share.
 */
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "corpus/events.h"
#include "pipeline/ingest.h"
#include "pipeline/work.h"
#include "source/fetch.h"
#include "source/warc.h"
#include "store/store.h"
#include "util/log.h"

#include "util/banned.h"

/* ---- shared: fetcher ---- */

static struct warc_writer *archive_writer;

/* With -v, each retry is said: a refused connection otherwise looks like a hang. */
static void say_retry(const char *url, int tries, int max_retries, double wait_s, const char *why,
		      void *data)
{
	(void)data;
	if (log_level >= LOG_VERBOSE)
		fprintf(stderr, "brief: %s: %s; trying again in %g s (retry %d of %d)\n", url, why,
			wait_s, tries, max_retries);
}

struct fetcher *cmd_fetcher_new(const struct cmd_fetch_flags *fl, size_t max_body,
				const char *const *usage)
{
	struct fetch_options fo = { 0 };
	struct fetcher *f;
	struct error err = { 0 };

	fo.allow_private = fl->allow_private;
	fo.ignore_robots = fl->ignore_robots;
	fo.max_total = (int)fl->concurrency;
	fo.max_per_host = (int)fl->per_host;
	fo.timeout_s = fl->timeout;
	fo.max_body = max_body;
	fo.on_retry = say_retry;
	if (fl->delay) {
		char *end;
		double d = strtod(fl->delay, &end);
		if (*end || d < 0 || d > 3600)
			usage_error(usage, "--delay: '%s' is not a number of seconds", fl->delay);
		fo.host_delay_s = d == 0 ? -1 : d;
	}
	if (fl->retries) {
		char *end;
		long n = strtol(fl->retries, &end, 10);
		if (end == fl->retries || *end || n < 0 || n > 20)
			usage_error(usage, "--retries: '%s' is not a number from 0 to 20",
				    fl->retries);
		fo.max_retries = n == 0 ? -1 : (int)n;
	}
	if (fl->retry_wait) {
		char *end;
		double d = strtod(fl->retry_wait, &end);
		if (end == fl->retry_wait || *end || !(d >= 0.001 && d <= 3600))
			usage_error(
				usage,
				"--retry-wait: '%s' is not a number of seconds from 0.001 to 3600",
				fl->retry_wait);
		fo.retry_base_s = d;
	}
	if (fl->archive) {
		if (warc_writer_open(&archive_writer, fl->archive, "brief", 0, &err) < 0) {
			report("--archive", &err);
			exit(EXIT_FAIL);
		}
		fo.archive = archive_writer;
	}
	if (fetcher_new(&f, &fo, &err) < 0) {
		report("fetch", &err);
		exit(EXIT_FAIL);
	}
	return f;
}

void cmd_fetcher_free(struct fetcher *f)
{
	struct error err = { 0 };
	fetcher_free(f);
	if (archive_writer && warc_writer_close(archive_writer, &err) < 0)
		report("--archive", &err);
	archive_writer = NULL;
}

/* ---- shared: progress ---- */

struct progress {
	int tty;
	const char *what;
	double start, last;
	size_t drawn;
	size_t commits; /* write transactions committed */
	uint64_t total; /* bytes of input files in the run; 0: unknown */
};

static struct progress prog;

static double mono(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void clear_line(void)
{
	if (prog.drawn) {
		fprintf(stderr, "\r%*s\r", (int)prog.drawn, "");
		prog.drawn = 0;
	}
}

static void on_error(const char *input, const struct error *err, void *data)
{
	(void)data;
	clear_line();
	if (log_level >= LOG_QUIET)
		report(input, err);
}

/* An input left out on purpose: said with -v; the summary counts them. */
static void on_skip(const char *input, const char *why, void *data)
{
	(void)data;
	if (log_level < LOG_VERBOSE)
		return;
	clear_line();
	fprintf(stderr, "brief: %s: skipped: %s\n", input, why);
}

/* "1.5 GB", "320 MB", "12 kB": a size for the progress line. */
static void human_bytes(char *out, size_t n, uint64_t b)
{
	if (b >= 1000000000u)
		snprintf(out, n, "%.1f GB", (double)b / 1e9);
	else if (b >= 1000000u)
		snprintf(out, n, "%.0f MB", (double)b / 1e6);
	else
		snprintf(out, n, "%.0f kB", (double)b / 1e3);
}

/*
 * The line itself, for every long command: "WHAT: COUNTS, R/s, P% of SIZE,
 * ETA XmYYs". Only on a terminal and without -q, drawn at the first call,
 * then at most every 0.2 s. `per_s` is the count the rate is of (SIZE_MAX:
 * no rate); `done` of `total` (0: unknown) gives the share done and the time
 * left at the pace so far; `bytes` says they are sizes ("of 1.5 GB").
 */
void cmd_progress_show(size_t per_s, uint64_t done, uint64_t total, int bytes, const char *fmt, ...)
{
	double now = mono(), took;
	char counts[256], rate[48] = "", size[40] = "", eta[96] = "";
	va_list ap;
	int n;
	if (!prog.tty || log_level < LOG_NORMAL || (prog.drawn && now - prog.last < 0.2))
		return;
	prog.last = now;
	took = now - prog.start;
	va_start(ap, fmt);
	vsnprintf(counts, sizeof(counts), fmt, ap);
	va_end(ap);
	if (per_s != SIZE_MAX)
		snprintf(rate, sizeof(rate), ", %.1f/s", took > 0 ? (double)per_s / took : 0);
	if (total && done > 0 && done <= total) {
		double left = took * (double)(total - done) / (double)done;
		long secs = left < 1e7 ? (long)left : 9999999;
		if (bytes) {
			char h[32];
			human_bytes(h, sizeof(h), total);
			snprintf(size, sizeof(size), " of %s", h);
		}
		snprintf(eta, sizeof(eta), ", %d%%%s, ETA %ldm%02lds", (int)(100 * done / total),
			 size, secs / 60, secs % 60);
	}
	n = fprintf(stderr, "\r%s: %s%s%s", prog.what, counts, rate, eta);
	if (n > 0 && (size_t)n > prog.drawn)
		prog.drawn = (size_t)n;
}

/* Seconds since cmd_progress_start (or cmd_progress_attach). */
double cmd_progress_seconds(void)
{
	return mono() - prog.start;
}

void cmd_progress_start(const char *what)
{
	prog.tty = isatty(2);
	prog.what = what;
	prog.start = prog.last = mono();
	prog.drawn = 0;
	prog.total = 0;
}

void cmd_progress_clear(void)
{
	clear_line();
}

/*
 * Ingest's line: items seen, added and failed, their rate, and where the
 * run's input files are known (their bytes, read so far), the share done
 * and the time left.
 */
static void on_progress(const char *input, const struct ingest_stats *s, void *data)
{
	struct progress *p = data;
	log_verbose("%s: stored", input);
	cmd_progress_show(s->seen, s->bytes_done, p->total, 1, "%zu items, %zu added, %zu failed",
			  s->seen, s->added, s->failed);
}

void cmd_progress_total(uint64_t bytes)
{
	prog.total = bytes;
}

/*
 * A test hook, for the kill test (tests/integration/t0130-kill.sh): with
 * BRIEF_TEST_KILL_AFTER_COMMITS=N in the environment, the process says
 * what its Nth write transaction committed and kills itself with SIGKILL,
 * as a crash or `kill -9` would, at a known point of the run.
 */
static long kill_after = -1;

static void on_commit(const struct ingest_stats *s, void *data)
{
	struct progress *p = data;
	p->commits++;
	if (kill_after > 0 && p->commits >= (size_t)kill_after) {
		fprintf(stderr,
			"brief: test hook: killed after commit %zu: %zu added, %zu updated, "
			"%zu unchanged\n",
			p->commits, s->added, s->updated, s->unchanged);
		raise(SIGKILL);
	}
}

void cmd_progress_attach(struct ingest_options *io, const char *what)
{
	const char *k = getenv("BRIEF_TEST_KILL_AFTER_COMMITS");
	kill_after = k && *k ? strtol(k, NULL, 10) : -1;
	prog.commits = 0;
	cmd_progress_start(what);
	io->on_error = on_error;
	io->on_progress = on_progress;
	io->on_commit = on_commit;
	io->on_skip = on_skip;
	io->data = &prog;
}

void cmd_progress_end(const struct ingest_options *io)
{
	(void)io;
	clear_line();
}

void cmd_robots_summary(const struct ingest_stats *s)
{
	if (s->sources_robots)
		fprintf(stderr, "%zu %s skipped by robots.txt (not fetched, not failed)\n",
			s->sources_robots, cmd_noun(s->sources_robots, "source", "sources"));
	if (s->robots_skipped)
		fprintf(stderr,
			"%zu %s skipped by robots.txt (not fetched, not failed; -v names %s)\n",
			s->robots_skipped, cmd_noun(s->robots_skipped, "page", "pages"),
			s->robots_skipped == 1 ? "it" : "them");
}

/* ---- brief fetch ---- */

static const char *const fetch_usage[] = {
	"brief fetch [--source S] [--all] [options]",
	"brief fetch --queue [--all]  (--db postgresql://...)",
	NULL,
};

/* On PostgreSQL: queue the sources due (all of them with `all`) as jobs for the workers. */
static int fetch_queue(struct cmd_ctx *ctx, int all)
{
	struct work_options wo = { 0 };
	struct work_stats qs = { 0 };
	struct error err = { 0 };
	struct store *st = cmd_open_queue(ctx, "fetch --queue");
	int r = work_queue_fetch(st, (int64_t)time(NULL), all, &wo, &qs, &err);
	store_close(st);
	if (r < 0)
		return report("fetch", &err);
	if (log_level >= LOG_NORMAL)
		fprintf(stderr, "queued %zu fetch %s for the workers\n", qs.queued,
			cmd_noun(qs.queued, "job", "jobs"));
	return EXIT_OK;
}

/*
 * 1 when `st` follows no source, having said so and how to follow one; 0
 * when it follows some; -1 when they cannot be read, having said why.
 */
static int none_followed(struct store *st)
{
	struct subscription_list l;
	struct error err = { 0 };
	int none;
	if (store_subscription_list(st, 0, 0, &l, &err) < 0) {
		(void)report("fetch", &err);
		return -1;
	}
	none = l.n == 0;
	subscription_list_release(&l);
	if (none)
		fprintf(stderr, "brief: " CMD_NO_SOURCES "\n");
	return none;
}

int cmd_fetch(int argc, const char **argv, struct cmd_ctx *ctx)
{
	struct cmd_fetch_flags fl = { 0 };
	const char *only = NULL;
	int all = 0, queue = 0;
	size_t max_size = 0;
	const struct option options[] = {
		OPT_STRING('s', "source", &only, "S", "fetch only this source (id, URL or name)"),
		OPT_BOOL(0, "all", &all, "fetch every source, due or not"),
		OPT_BOOL(0, "queue", &queue,
			 "queue a fetch job for each source instead, for `brief worker` "
			 "(PostgreSQL)"),
		OPT_SIZE(0, "max-size", &max_size, "BYTES",
			 "largest response accepted (default 16M)"),
		CMD_FETCH_OPTIONS(&fl),
		OPT_END(),
	};
	struct ingest_options io = { 0 };
	struct ingest_stats stats = { 0 };
	struct error err = { 0 };
	struct store *st;
	int rc = EXIT_OK, quiet, followed = 0;

	argc = parse_options(argc, argv, options, fetch_usage);
	if (argc != 0)
		usage_error(fetch_usage,
			    "unexpected argument '%.60s' (fetch polls the sources followed; "
			    "brief add URL follows one, brief ingest URL stores one page)",
			    argv[0]);
	if (queue) {
		if (only)
			usage_error(fetch_usage,
				    "--queue queues the sources due, or --all: not --source");
		return fetch_queue(ctx, all);
	}
	st = cmd_open_existing(ctx);
	cmd_need_write(ctx, st);
	io.max_input = max_size;
	io.fetcher = cmd_fetcher_new(&fl, max_size, fetch_usage);
	io.allow_private = fl.allow_private;
	cmd_progress_attach(&io, "fetch");
	if (ingest_poll(st, (int64_t)time(NULL), all, only, &io, &stats, &err) < 0)
		rc = report("fetch", &err);
	cmd_progress_end(&io);
	cmd_fetcher_free(io.fetcher);
	if (cmd_ingest_settle(st, &stats) != EXIT_OK)
		rc = EXIT_FAIL;
	events_release();
	/* nothing polled: the error said why, or there is nothing to poll */
	quiet = !stats.sources_polled && (rc != EXIT_OK || (followed = none_followed(st)) != 0);
	store_close(st);
	if (followed < 0)
		return EXIT_FAIL;
	if (log_level >= LOG_NORMAL && !quiet) {
		fprintf(stderr,
			"fetched %zu %s (%zu unchanged, %zu failed): %zu %s added, "
			"%zu updated, %zu already stored, %zu failed\n",
			stats.sources_polled, cmd_noun(stats.sources_polled, "source", "sources"),
			stats.not_modified, stats.sources_failed, stats.added,
			cmd_noun(stats.added, "article", "articles"), stats.updated,
			stats.known + stats.unchanged, stats.failed);
		cmd_robots_summary(&stats);
	}
	if (stats.sources_failed || stats.failed)
		rc = EXIT_FAIL;
	return rc;
}
