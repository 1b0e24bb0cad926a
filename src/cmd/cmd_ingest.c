/*
 * brief ingest: extract and store pages from files, directories, feeds,
 * WARC archives, JSON Lines and URLs.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "corpus/events.h"
#include "corpus/related.h"
#include "pipeline/ingest.h"
#include "pipeline/work.h"
#include "source/fetch.h"
#include "source/local.h"
#include "store/store.h"
#include "util/log.h"
#include "util/url.h"

#include "util/banned.h"

static const char *const ingest_usage[] = {
	"brief ingest [--max-size BYTES] [--no-fetch] [--batch N] [fetch options] PATH|URL...",
	"brief ingest [--workers N] [--batch N] ARCHIVE.warc[.gz]...  (--db postgresql://...)",
	NULL,
};

int cmd_ingest_settle(struct store *st, const struct ingest_stats *stats)
{
	struct error err = { 0 };
	if (stats->events_failed)
		fprintf(stderr, "brief: %zu %s stored without events: %s\n", stats->events_failed,
			cmd_noun(stats->events_failed, "article was", "articles were"),
			stats->events_error.msg);
	if (stats->events_capped)
		fprintf(stderr,
			"brief: warning: %zu %s more than %d events; the first %d of each were "
			"kept\n",
			stats->events_capped,
			cmd_noun(stats->events_capped, "article had", "articles had"),
			EVENTS_MAX_PER_ARTICLE, EVENTS_MAX_PER_ARTICLE);
	if (stats->sitemap_dropped)
		fprintf(stderr,
			"brief: warning: %zu sitemap %s not followed (not http(s), or past the "
			"limit of 50,000 a sitemap or a run)\n",
			stats->sitemap_dropped,
			cmd_noun(stats->sitemap_dropped, "entry was", "entries were"));
	/* related news weighs terms by how common they are: keep that current */
	if ((stats->added || stats->updated) && store_term_stats_refresh(st, 0, &err) < 0)
		return report("updating term statistics", &err);
	/* the new articles' related news, which their pages read as it is */
	if (stats->added || stats->updated) {
		size_t done;
		if (related_update(st, 0, &done, &err) < 0)
			return report("computing related news", &err);
		log_verbose("related news computed for %zu articles", done);
	}
	return EXIT_OK;
}

/*
 * On PostgreSQL: queue the archives' pages as jobs, then work the queue
 * with `workers` processes (none: only queue, for workers elsewhere).
 */
static int ingest_pg(int argc, const char **argv, struct cmd_ctx *ctx, long workers, long batch,
		     size_t max_size)
{
	struct work_options wo = { 0 };
	struct work_stats qs = { 0 }, ws = { 0 };
	struct error err = { 0 };
	struct store *st;
	int i, rc = EXIT_OK;

	wo.max_input = max_size;
	wo.batch = (size_t)batch;
	wo.until_empty = 1;
	st = cmd_open_queue(ctx, "ingest");
	for (i = 0; i < argc; i++) {
		if (work_queue_warc(st, argv[i], &wo, &qs, &err) < 0) {
			rc = report(argv[i], &err);
			if (err.code == ERR_DB)
				break;
		}
	}
	/* the workers open connections of their own */
	store_close(st);
	if (log_level >= LOG_NORMAL)
		fprintf(stderr, "queued %zu %s as %zu new %s\n", qs.seen,
			cmd_noun(qs.seen, "page", "pages"), qs.queued,
			cmd_noun(qs.queued, "job", "jobs"));
	if (qs.records_bad && log_level >= LOG_NORMAL)
		fprintf(stderr, "%zu archive %s malformed, truncated or too large: skipped\n",
			qs.records_bad, cmd_noun(qs.records_bad, "record", "records"));
	if (workers > 0 && rc == EXIT_OK) {
		rc = cmd_work_spawn(ctx, (int)workers, &wo, &ws);
		if (log_level >= LOG_NORMAL)
			fprintf(stderr,
				"%ld %s did %zu %s: %zu added, %zu updated, %zu unchanged, "
				"%zu failed\n",
				workers, cmd_noun((uint64_t)workers, "worker", "workers"), ws.jobs,
				cmd_noun(ws.jobs, "job", "jobs"), ws.added, ws.updated,
				ws.unchanged, ws.failed);
		if (ws.failed) {
			fprintf(stderr, "brief: %zu %s failed: 'brief jobs --failed' says why\n",
				ws.failed, cmd_noun(ws.failed, "page", "pages"));
			rc = EXIT_FAIL;
		}
		/*
		 * term statistics, then the new articles' related news as jobs
		 * for the same workers (side by side, each on a connection of
		 * its own); settling then finds nothing left, as a SQLite
		 * ingest's end would compute it in this process
		 */
		if (ws.added || ws.updated) {
			struct ingest_stats is = { 0 };
			struct work_stats rq = { 0 }, rs = { 0 };
			is.added = ws.added;
			is.updated = ws.updated;
			st = cmd_open_queue(ctx, "ingest");
			if (store_term_stats_refresh(st, 0, &err) < 0 ||
			    work_queue_related(st, &wo, &rq, &err) < 0)
				rc = report("queueing related news", &err);
			store_close(st);
			/* (pages that failed above do not hold the others' related news back) */
			if (rq.queued && cmd_work_spawn(ctx, (int)workers, &wo, &rs) != EXIT_OK)
				rc = EXIT_FAIL;
			log_verbose("related news computed by the workers for %zu articles",
				    rs.jobs);
			st = cmd_open_queue(ctx, "ingest");
			if (cmd_ingest_settle(st, &is) != EXIT_OK)
				rc = EXIT_FAIL;
			store_close(st);
		}
	}
	/* pages lost in a cut or damaged archive are a failure too, as on SQLite */
	if (qs.records_damaged)
		rc = EXIT_FAIL;
	return rc;
}

/* Sum the sizes of the files a walk of the inputs will read. */
static int add_size(const char *path, void *data)
{
	struct stat sb;
	if (stat(path, &sb) == 0)
		*(uint64_t *)data += (uint64_t)sb.st_size;
	return 0;
}

static uint64_t input_bytes(int argc, const char **argv)
{
	uint64_t total = 0;
	int i;
	for (i = 0; i < argc; i++)
		if (!url_is_http(argv[i]) && strcmp(argv[i], "-"))
			(void)!local_walk(argv[i], add_size, NULL, &total, NULL);
	return total;
}

/*
 * Ctrl-C (or SIGTERM) asks the run to stop: what is extracted is stored
 * and a summary printed. A second one ends the process at once, which
 * loses nothing committed either.
 */
static volatile sig_atomic_t stop_asked;
static struct fetcher *stop_fetcher;

static void on_stop(int sig)
{
	stop_asked = 1;
	if (stop_fetcher)
		fetcher_interrupt(stop_fetcher);
	signal(sig, SIG_DFL);
}

int cmd_ingest(int argc, const char **argv, struct cmd_ctx *ctx)
{
	size_t max_size = 0;
	int no_fetch = 0;
	long workers = -1, batch = -1; /* -1: not given */
	struct cmd_fetch_flags fl = { 0 };
	const struct option options[] = {
		OPT_SIZE(0, "max-size", &max_size, "BYTES", "largest page accepted (default 16M)"),
		OPT_BOOL(0, "no-fetch", &no_fetch,
			 "never use the network: feed entries keep their summaries"),
		CMD_FETCH_OPTIONS(&fl),
		OPT_INT(0, "workers", &workers, "N",
			"PostgreSQL: worker processes that store the queued pages (default 1; "
			"0: only queue them)"),
		OPT_INT(0, "batch", &batch, "N",
			"pages stored per write transaction (default 64); PostgreSQL: pages a "
			"worker stores at a time"),
		OPT_END(),
	};
	struct ingest_options io = { 0 };
	struct ingest_stats stats = { 0 };
	struct store *st;
	struct error err = { 0 };
	int i, rc = EXIT_OK;

	argc = parse_options(argc, argv, options, ingest_usage);
	usage_args(ingest_usage, argc, argv, 1, -1, "a PATH or URL");
	/* the same range on every engine; not given: each engine's default */
	if (batch != -1 && (batch < 1 || batch > 100000))
		usage_error(ingest_usage, "--batch is 1 to 100000 pages, not %ld", batch);
	if (batch == -1)
		batch = 0;
	if (!strcmp(store_engine_for(ctx->db_path), "postgresql")) {
		if (workers > 256)
			usage_error(ingest_usage, "--workers is 0 to 256, not %ld", workers);
		return ingest_pg(argc, argv, ctx, workers < 0 ? 1 : workers, batch, max_size);
	}
	if (workers >= 0)
		die("ingest: --workers needs a PostgreSQL store (--db postgresql://...)");
	io.batch = (size_t)batch;
	io.max_input = max_size;
	io.allow_private = fl.allow_private;
	cmd_progress_attach(&io, "ingest");
	/* the files' sizes give the line a share done and an ETA; only worth a walk on a terminal */
	if (isatty(2) && log_level >= LOG_NORMAL)
		cmd_progress_total(input_bytes(argc, argv));

	st = cmd_open_store(ctx);
	if (!no_fetch)
		io.fetcher = cmd_fetcher_new(&fl, max_size, ingest_usage);
	stop_fetcher = io.fetcher;
	io.stop = &stop_asked;
	signal(SIGINT, on_stop);
	signal(SIGTERM, on_stop);
	for (i = 0; i < argc && !stop_asked; i++) {
		size_t failed = stats.failed;
		int r = url_is_http(argv[i]) ? ingest_url(st, argv[i], &io, &stats, &err)
					     : ingest_path(st, argv[i], &io, &stats, &err);
		if (r < 0) {
			cmd_progress_end(&io);
			rc = report(argv[i], &err);
			if (stats.failed == failed && err.code != ERR_DB) {
				/* a path or URL that could not be read at all failed too */
				stats.seen++;
				stats.failed++;
			}
			if (err.code == ERR_DB)
				break;
		}
	}
	cmd_progress_end(&io);
	stop_fetcher = NULL;
	if (io.fetcher)
		cmd_fetcher_free(io.fetcher);
	if (cmd_ingest_settle(st, &stats) != EXIT_OK)
		rc = EXIT_FAIL;
	events_release();
	/* a failed run that stored nothing in the database it made takes it away */
	(void)cmd_close_store(st,
			      stop_asked || stats.failed || stats.records_damaged ? EXIT_FAIL : rc);
	if (log_level >= LOG_NORMAL) {
		fprintf(stderr,
			"ingested %zu %s: %zu added, %zu updated, %zu unchanged, %zu failed\n",
			stats.seen, cmd_noun(stats.seen, "page", "pages"), stats.added,
			stats.updated, stats.unchanged, stats.failed);
		if (stats.known)
			fprintf(stderr, "%zu feed %s stored already\n", stats.known,
				cmd_noun(stats.known, "entry was", "entries were"));
		if (stats.events)
			fprintf(stderr, "%zu %s coded\n", stats.events,
				cmd_noun(stats.events, "event", "events"));
		if (stats.records_bad)
			fprintf(stderr,
				"%zu archive %s malformed, truncated or too large: skipped\n",
				stats.records_bad,
				cmd_noun(stats.records_bad, "record", "records"));
		cmd_robots_summary(&stats);
	}
	if (stop_asked) {
		/* said even with -q: the run did not do what was asked */
		fprintf(stderr,
			"brief: interrupted: every page counted above as added, updated or "
			"unchanged is stored; run the same command again to go on (stored pages "
			"are passed over)\n");
		return EXIT_FAIL;
	}
	/*
	 * a damaged archive record is a page that may be lost (named above);
	 * one over the size limit is as often a video or a PDF as a page
	 */
	if (stats.failed || stats.records_damaged)
		rc = EXIT_FAIL;
	return rc;
}
