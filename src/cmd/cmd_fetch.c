/*
 * brief fetch: one polling pass over the sources that are due; and the
 * fetcher set-up and progress line the other source commands share.
 */
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "corpus/events.h"
#include "pipeline/ingest.h"
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
		fprintf(stderr, "brief: %s: %s; trying again in %.0f s (retry %d of %d)\n", url,
			why, wait_s, tries, max_retries);
}

struct fetcher *cmd_fetcher_new(const struct cmd_fetch_flags *fl, size_t max_body)
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
			die("--delay: '%s' is not a number of seconds", fl->delay);
		fo.host_delay_s = d == 0 ? -1 : d;
	}
	if (fl->retries) {
		char *end;
		long n = strtol(fl->retries, &end, 10);
		if (end == fl->retries || *end || n < 0 || n > 20)
			die("--retries: '%s' is not a number from 0 to 20", fl->retries);
		fo.max_retries = n == 0 ? -1 : (int)n;
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

static void on_skip(const char *path, void *data)
{
	(void)data;
	if (log_level < LOG_VERBOSE)
		return;
	clear_line();
	fprintf(stderr,
		"brief: %s: skipped: not a page, feed, sitemap, archive or JSON Lines file by its "
		"name\n",
		path);
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
 * The line on a terminal: counts and rate, and where the run's input
 * files are known (their bytes, read so far), the share done and the time
 * left at the rate so far. Drawn at the first page, then every 0.2 s.
 */
static void on_progress(const char *input, const struct ingest_stats *s, void *data)
{
	struct progress *p = data;
	double now = mono(), rate, took;
	char size[32], eta[96] = "";
	int n;
	log_verbose("%s: stored", input);
	if (!p->tty || log_level < LOG_NORMAL || (p->drawn && now - p->last < 0.2))
		return;
	p->last = now;
	took = now - p->start;
	rate = took > 0 ? (double)s->seen / took : 0;
	if (p->total && s->bytes_done > 0 && s->bytes_done <= p->total) {
		double left = took * (double)(p->total - s->bytes_done) / (double)s->bytes_done;
		long secs = left < 1e7 ? (long)left : 9999999;
		human_bytes(size, sizeof(size), p->total);
		snprintf(eta, sizeof(eta), ", %d%% of %s, ETA %ldm%02lds",
			 (int)(100 * s->bytes_done / p->total), size, secs / 60, secs % 60);
	}
	n = fprintf(stderr, "\r%s: %zu items, %zu added, %zu failed, %.1f/s%s", p->what, s->seen,
		    s->added, s->failed, rate, eta);
	if (n > 0 && (size_t)n > prog.drawn)
		prog.drawn = (size_t)n;
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
	prog.total = 0;
	prog.tty = isatty(2);
	prog.what = what;
	prog.start = prog.last = mono();
	prog.drawn = 0;
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

/* ---- brief fetch ---- */

static const char *const fetch_usage[] = {
	"brief fetch [--source S] [--all] [options]",
	NULL,
};

int cmd_fetch(int argc, const char **argv, struct cmd_ctx *ctx)
{
	struct cmd_fetch_flags fl = { 0 };
	const char *only = NULL;
	int all = 0;
	size_t max_size = 0;
	const struct option options[] = {
		OPT_STRING('s', "source", &only, "S", "fetch only this source (id, URL or name)"),
		OPT_BOOL(0, "all", &all, "fetch every source, due or not"),
		OPT_SIZE(0, "max-size", &max_size, "BYTES",
			 "largest response accepted (default 16M)"),
		CMD_FETCH_OPTIONS(&fl),
		OPT_END(),
	};
	struct ingest_options io = { 0 };
	struct ingest_stats stats = { 0 };
	struct error err = { 0 };
	struct store *st;
	int rc = EXIT_OK;

	argc = parse_options(argc, argv, options, fetch_usage);
	if (argc != 0)
		usage_with_options(fetch_usage, options);
	st = cmd_open_store(ctx);
	io.max_input = max_size;
	io.fetcher = cmd_fetcher_new(&fl, max_size);
	io.allow_private = fl.allow_private;
	cmd_progress_attach(&io, "fetch");
	if (ingest_poll(st, (int64_t)time(NULL), all, only, &io, &stats, &err) < 0)
		rc = report("fetch", &err);
	cmd_progress_end(&io);
	cmd_fetcher_free(io.fetcher);
	if (cmd_ingest_settle(st, &stats) != EXIT_OK)
		rc = EXIT_FAIL;
	events_release();
	store_close(st);
	if (log_level >= LOG_NORMAL)
		fprintf(stderr,
			"fetched %zu sources (%zu unchanged, %zu failed): %zu articles added, "
			"%zu updated, %zu already stored, %zu failed\n",
			stats.sources_polled, stats.not_modified, stats.sources_failed, stats.added,
			stats.updated, stats.known + stats.unchanged, stats.failed);
	if (stats.sources_failed || stats.failed)
		rc = EXIT_FAIL;
	return rc;
}
