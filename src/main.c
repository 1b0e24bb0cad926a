/*
 * main.c: brief's command table and the set-up every command shares.
 *
 * Adding a command: an entry in `commands` below, src/cmd/cmd_NAME.c with
 * its option table and --help, docs/NAME.md, and a test in tests/.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "corpus/events.h"
#include "store/events.h"
#include "store/store.h"
#include "util/log.h"

#include "util/banned.h"

struct command {
	const char *name;
	int (*fn)(int argc, const char **argv, struct cmd_ctx *ctx);
	const char *help;
};

static const struct command commands[] = {
	{ "extract", cmd_extract, "print the clean article of HTML pages" },
	{ "ingest", cmd_ingest, "store pages, feeds, WARC archives and URLs" },
	{ "list", cmd_list, "list the latest stored articles" },
	{ "show", cmd_show, "print one stored article" },
	{ "serve", cmd_serve, "serve the web site" },
	{ "publish", cmd_publish, "write the web site as static files" },
	{ "digest", cmd_digest, "the briefing of a period: stories, events, relationships" },
	{ "db", cmd_db, "database maintenance: check, vacuum" },
	/* following sources */
	{ "add", cmd_add, "follow a feed, page, site or sitemap" },
	{ "sources", cmd_sources, "list followed sources with their fetch status" },
	{ "remove", cmd_remove, "stop following a source" },
	{ "fetch", cmd_fetch, "fetch the sources that are due, once" },
	{ "opml", cmd_opml, "import or export sources as OPML" },
	{ "daemon", cmd_daemon, "poll sources until stopped" },
	/* search and related news */
	{ "search", cmd_search, "search stored articles; copies folded into their original" },
	{ "related", cmd_related, "articles related to one article, without its copies" },
	{ "stories", cmd_stories, "one event across outlets, ranked by independent sources" },
	/* event coding */
	{ "code", cmd_code, "code events (who did what to whom, when) in text" },
	{ "events", cmd_events, "list stored events with their evidence" },
	{ "dyad", cmd_dyad, "the series of events between two actors" },
	{ "export", cmd_export, "write stored events as GDELT 2.0 rows" },
	/* PostgreSQL and workers */
	{ "worker", cmd_worker, "do jobs from a PostgreSQL store's queue" },
	{ "jobs", cmd_jobs, "show a PostgreSQL store's job queue" },
	{ "migrate", cmd_migrate, "copy a SQLite store into PostgreSQL, and check the copy" },
};

static const char main_usage[] =
	"usage: brief [--db FILE] [--wait SECONDS] [-q | -v] [--version] [--help] <command> "
	"[<args>]\n";

static void print_help(FILE *f)
{
	size_t i;
	fputs(main_usage, f);
	fputs("\nCommands:\n", f);
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(f, "   %-10s %s\n", commands[i].name, commands[i].help);
	fputs("\nGlobal options:\n"
	      "   --db FILE   database file (default $BRIEF_DB, else ./brief.db), or a\n"
	      "               PostgreSQL URL postgresql://... (docs/scaling.md)\n"
	      "   --wait SECONDS  how long a write waits for another writer (default: as\n"
	      "               long as it takes)\n"
	      "   -q, --quiet     print only errors\n"
	      "   -v, --verbose   print more about what is done\n"
	      "   --version   print the version\n"
	      "\n'brief help <command>' or 'brief <command> --help' tells more.\n"
	      "Exit status: 0 ok, 1 failure, 2 usage error.\n",
	      f);
}

_Noreturn void die(const char *fmt, ...)
{
	va_list ap;
	fputs("brief: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(EXIT_FAIL);
}

_Noreturn void die_nomem(void)
{
	die("%s", error_code_name(ERR_NOMEM));
}

int report(const char *what, const struct error *err)
{
	const char *msg =
		err && err->msg[0] ? err->msg : error_code_name(err ? err->code : ERR_INTERNAL);
	size_t wl = what ? strlen(what) : 0;
	/* a message that names the path or URL already is not prefixed with it again */
	/* SQLite's words for a writer that waited past --wait */
	const char *hint =
		strstr(msg, "database is locked")
			? " (another writer held the database longer than --wait allowed)"
		: strstr(msg, "attempt to write a readonly database")
			? " (the database is read-only here: no permission to write it or its "
			  "directory)"
			: "";
	if (!what || (wl && !strncmp(msg, what, wl) && msg[wl] == ':'))
		fprintf(stderr, "brief: %s%s\n", msg, hint);
	else
		fprintf(stderr, "brief: %s: %s%s\n", what, msg, hint);
	return EXIT_FAIL;
}

const char *cmd_noun(uint64_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

static struct store *open_store(const struct cmd_ctx *ctx);

struct store *cmd_open_existing(const struct cmd_ctx *ctx)
{
	struct stat sb;
	const char *path = ctx->db_path;

	/* a server URL names no file; "sqlite:FILE" names FILE (store_open's forms) */
	if (!strncmp(path, "postgresql://", 13) || !strncmp(path, "postgres://", 11))
		return open_store(ctx);
	if (!strncmp(path, "sqlite:", 7))
		path += 7;
	if (strcmp(path, ":memory:") && stat(path, &sb) < 0) {
		if (errno == ENOENT)
			die("%s: no such database (brief ingest, add or opml import creates one)",
			    ctx->db_path);
		die("%s: %s", ctx->db_path, strerror(errno));
	}
	return open_store(ctx);
}

const char *cmd_date(const char *const *usage, const char *option, const char *value,
		     char out[DATE_TIMESTAMP_MAX])
{
	if (!value)
		return NULL;
	if (date_parse_user(value, strlen(value), (int64_t)time(NULL), out) < 0)
		usage_error(usage, "%s: not a date: '%.40s' (it takes %s)", option, value,
			    DATE_USER_FORMS);
	return out;
}

/* Whether a stored event names an actor whose code starts with `code`. */
static int actor_stored(const struct cmd_ctx *ctx, const char *code)
{
	struct error err = { 0 };
	struct event_filter f;
	struct stored_event_list l;
	struct store *st = cmd_open_existing(ctx);
	int found;

	memset(&f, 0, sizeof(f));
	f.actor = code;
	f.include_unreal = 1;
	f.limit = 1;
	if (store_events_query(st, &f, &l, &err) < 0) {
		store_close(st);
		exit(report("actor", &err));
	}
	found = l.n > 0;
	stored_event_list_release(&l);
	store_close(st);
	return found;
}

/* NULL, having said that `value` names no actor and what to give instead. */
static const char *no_actor(const char *value)
{
	fprintf(stderr,
		"brief: no actor is named '%.60s': give a CAMEO code (IRN, AFG, AFGREB) or "
		"a name the event dictionaries know (Iran, Taliban)\n",
		value);
	return NULL;
}

const char *cmd_actor(const struct cmd_ctx *ctx, const char *value, char *out, size_t n)
{
	struct error err = { 0 };
	size_t i, len = strlen(value);
	int r, code = len >= 2, shaped = len >= 2 && len < n && len <= 15;

	for (i = 0; i < len && code; i++)
		code = (value[i] >= 'A' && value[i] <= 'Z') || (value[i] >= '0' && value[i] <= '9');
	if (code) {
		/* capitals are a code unless they are an acronym the dictionaries know
		 * ("NATO", "EU", "ICC"), and one when the dictionaries know the code or an
		 * event names it; unreadable dictionaries leave it a code */
		r = events_actor_code(value, out, n, &err);
		if (r == 1 && strcmp(out, value) && dict_acronym(value, out)) {
			events_release();
			fprintf(stderr, "brief: actor '%.60s' is %s\n", value, out);
			return out;
		}
		if (r >= 0)
			r = events_code_known(value, &err);
		events_release();
		if (r != 0 || actor_stored(ctx, value))
			return value;
		return no_actor(value);
	}
	r = events_actor_code(value, out, n, &err);
	events_release(); /* the dictionaries were loaded for this alone */
	if (r == 1) {
		fprintf(stderr, "brief: actor '%.60s' is %s\n", value, out);
		return out;
	}
	/* a code in another case (irn, afgReb): its capitals, when an event names them */
	for (i = 0; i < len && shaped; i++) {
		char c = value[i];
		shaped = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		out[i] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
	}
	if (shaped) {
		out[len] = 0;
		if (actor_stored(ctx, out)) {
			fprintf(stderr, "brief: actor '%.60s' is %s\n", value, out);
			return out;
		}
	}
	/* the dictionaries could not be read: a failure, not the user's mistake */
	if (r < 0)
		exit(report("event dictionaries", &err));
	return no_actor(value);
}

void cmd_no_events(struct store *st, const struct event_filter *f)
{
	struct error err = { 0 };
	int64_t n = 0;

	if (log_level < LOG_NORMAL)
		return;
	if (!f->actor && !f->dyad_a && !f->since && !f->until &&
	    store_event_count(st, &n, &err) == 0 && n == 0) {
		fprintf(stderr, "brief: no events stored yet (ingest codes the articles it stores; "
				"brief events --recode codes them all again)\n");
		return;
	}
	fprintf(stderr, "brief: no events");
	if (f->actor)
		fprintf(stderr, " with actor %s", f->actor);
	if (f->dyad_a)
		fprintf(stderr, " between %s and %s (either way)", f->dyad_a, f->dyad_b);
	if (f->since)
		fprintf(stderr, " dated from %s", f->since);
	if (f->until)
		fprintf(stderr, f->since ? " to %s" : " dated up to %s", f->until);
	fprintf(stderr, "%s\n",
		f->include_unreal ? ""
				  : " (--all adds the negated, hypothetical and demanded ones)");
}

/* Said once a run, the first time a write has to wait for another writer. */
static const struct cmd_ctx *waiting_ctx;

static void say_waiting(void *data)
{
	static int said;
	const struct cmd_ctx *ctx = waiting_ctx;

	(void)data;
	if (said++ || log_level < LOG_NORMAL)
		return;
	if (ctx->wait_ms < 0)
		fprintf(stderr,
			"brief: %s: another writer is at work; waiting for it to finish "
			"(--wait SECONDS caps the wait)\n",
			ctx->db_path);
	else
		fprintf(stderr, "brief: %s: another writer is at work; waiting up to %g s\n",
			ctx->db_path, (double)ctx->wait_ms / 1000);
}

/*
 * Why SQLite's "unable to open database file" happened to `path`, which it
 * never says: a directory, a missing directory, no permission. NULL when
 * none of these.
 */
static const char *open_failure_reason(const char *path, char *out, size_t n)
{
	struct stat sb;
	char dir[4096];
	const char *slash = strrchr(path, '/');

	if (!strncmp(path, "sqlite:", 7))
		path += 7;
	if (stat(path, &sb) == 0) {
		if (S_ISDIR(sb.st_mode))
			return "it is a directory, not a database file";
		if (access(path, R_OK) != 0)
			return "no permission to read it";
		return NULL;
	}
	if (errno != ENOENT)
		return strerror(errno);
	if (!slash)
		snprintf(dir, sizeof(dir), ".");
	else
		snprintf(dir, sizeof(dir), "%.*s", slash == path ? 1 : (int)(slash - path), path);
	if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
		snprintf(out, n, "its directory %s does not exist", dir);
		return out;
	}
	if (access(dir, W_OK) != 0) {
		snprintf(out, n, "it does not exist, and its directory %s is not writable", dir);
		return out;
	}
	return NULL;
}

/* Open (creating it when absent) the database named by ctx, or die saying why not. */
static struct store *open_store(const struct cmd_ctx *ctx)
{
	struct store *st = NULL;
	struct error err = { 0 };
	if (store_open(&st, ctx->db_path, &err) < 0) {
		char why[4200];
		const char *reason = strstr(err.msg, "unable to open database file")
					     ? open_failure_reason(ctx->db_path, why, sizeof(why))
					     : NULL;
		if (reason)
			die("%s: cannot open the database: %s", ctx->db_path, reason);
		report(ctx->db_path, &err);
		exit(EXIT_FAIL);
	}
	waiting_ctx = ctx;
	store_set_wait(st, ctx->wait_ms, say_waiting, NULL);
	return st;
}

struct store *cmd_open_store(const struct cmd_ctx *ctx)
{
	struct store *st = open_store(ctx);
	cmd_need_write(ctx, st);
	return st;
}

int cmd_close_store(struct store *st, int rc)
{
	struct error err = { 0 };
	if (rc == EXIT_OK) {
		store_close(st);
		return rc;
	}
	if (store_close_unused(st, &err) < 0)
		fprintf(stderr, "brief: warning: the empty database could not be removed: %s\n",
			err.msg);
	return rc;
}

void cmd_need_write(const struct cmd_ctx *ctx, struct store *st)
{
	if (!store_read_only(st))
		return;
	store_close(st);
	die("%s: cannot write to the database: no permission to write it or its directory "
	    "(commands that only read, such as list, search and serve, work on it)",
	    ctx->db_path);
}

static const struct command *find_command(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

int main(int argc, const char **argv)
{
	struct cmd_ctx ctx = { 0 };
	const struct command *cmd;
	const char *env = getenv("BRIEF_DB");
	int i;

	ctx.db_path = env && *env ? env : "brief.db";
	ctx.wait_ms = -1;
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--db")) {
			if (++i >= argc) {
				fprintf(stderr, "brief: --db needs a file name\n%s", main_usage);
				return EXIT_USAGE;
			}
			ctx.db_path = argv[i];
		} else if (!strncmp(a, "--db=", 5)) {
			ctx.db_path = a + 5;
		} else if (!strcmp(a, "--wait") || !strncmp(a, "--wait=", 7)) {
			const char *v = a[6] == '=' ? a + 7 : i + 1 < argc ? argv[++i] : NULL;
			char *end;
			double s = v ? strtod(v, &end) : -1;
			if (!v || end == v || *end || s < 0 || s > 31536000) {
				fprintf(stderr,
					"brief: --wait wants seconds (0 or more), not '%s'\n%s",
					v ? v : "", main_usage);
				return EXIT_USAGE;
			}
			ctx.wait_ms = (long)(s * 1000);
		} else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			log_level = LOG_QUIET;
		} else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
			log_level = log_level >= LOG_VERBOSE ? LOG_DEBUG : LOG_VERBOSE;
		} else if (!strcmp(a, "--version")) {
			printf("brief %s\n", BRIEF_VERSION);
			return EXIT_OK;
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			print_help(stdout);
			return EXIT_OK;
		} else {
			fprintf(stderr, "brief: unknown option '%s'\n%s", a, main_usage);
			return EXIT_USAGE;
		}
	}
	if (i >= argc) {
		print_help(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[i], "help")) {
		if (i + 1 >= argc) {
			print_help(stdout);
			return EXIT_OK;
		}
		cmd = find_command(argv[i + 1]);
		if (!cmd) {
			fprintf(stderr, "brief: '%s' is not a brief command; see 'brief help'\n",
				argv[i + 1]);
			return EXIT_USAGE;
		}
		{
			const char *hargv[] = { cmd->name, "--help", NULL };
			return cmd->fn(2, hargv, &ctx);
		}
	}
	if (!strcmp(argv[i], "version")) {
		printf("brief %s\n", BRIEF_VERSION);
		return EXIT_OK;
	}
	cmd = find_command(argv[i]);
	if (!cmd) {
		fprintf(stderr, "brief: '%s' is not a brief command; see 'brief help'\n", argv[i]);
		return EXIT_USAGE;
	}
	/* commands see argv[0] = their own name, like git's builtins */
	return cmd->fn(argc - i, argv + i, &ctx);
}
