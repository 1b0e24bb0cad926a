/*
 * brief daemon: poll the sources as they fall due, until stopped; or,
 * with --queue on PostgreSQL, queue a fetch job for each source due and
 * leave the fetching to `brief worker`s. The loop is also what
 * `brief serve --poll` runs beside the web server.
 */
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "corpus/events.h"
#include "pipeline/ingest.h"
#include "pipeline/work.h"
#include "source/fetch.h"
#include "store/store.h"
#include "util/log.h"

#include "util/banned.h"

static const char *const daemon_usage[] = {
	"brief daemon [--once] [fetch options]",
	"brief daemon --queue [--once]  (--db postgresql://...)",
	NULL,
};

/*
 * Set by the signal handler and by cmd_poll_request_stop on serve's main
 * thread, read by the polling thread: a lock-free atomic is safe for both,
 * where volatile sig_atomic_t is not across threads (ThreadSanitizer).
 */
static atomic_int stop_flag;

static void on_signal(int sig)
{
	(void)sig;
	stop_flag = 1;
}

void cmd_poll_signals(void)
{
	struct sigaction sa;
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

void cmd_poll_request_stop(void)
{
	stop_flag = 1;
}

int cmd_poll_stopped(void)
{
	return stop_flag != 0;
}

/*
 * Seconds until the next source is due (at most 60, at least 1). With
 * `queued`, the sources due now are queued already and only those due
 * later count: they stay due until a worker fetches them.
 */
static unsigned next_wait(struct store *st, int queued)
{
	struct subscription_list l;
	int64_t now = (int64_t)time(NULL), soonest = now + 60;
	size_t i;
	if (store_subscription_list(st, 0, now, &l, NULL) < 0)
		return 60;
	for (i = 0; i < l.n; i++)
		if (l.items[i].next_poll < soonest && !(queued && l.items[i].next_poll <= now))
			soonest = l.items[i].next_poll;
	subscription_list_release(&l);
	return soonest <= now ? 1 : (unsigned)(soonest - now);
}

/*
 * The scheduler beside the workers: queue a fetch job for each source
 * due, as sources fall due, until stopped. Queueing is idempotent (a
 * source whose job waits or runs is not queued again), so any number of
 * ticks, or of schedulers, queue a due source once.
 */
static int queue_loop(struct store *st, int once)
{
	struct work_options wo = { 0 };
	int rc = EXIT_OK;

	while (!stop_flag) {
		struct work_stats qs = { 0 };
		struct error err = { 0 };
		unsigned wait;
		if (work_queue_fetch(st, (int64_t)time(NULL), 0, &wo, &qs, &err) < 0) {
			rc = report("queue", &err);
			if (err.code == ERR_DB)
				break;
		}
		if (qs.queued)
			log_info("queued %zu fetch %s for the workers", qs.queued,
				 cmd_noun(qs.queued, "job", "jobs"));
		if (once)
			break;
		for (wait = next_wait(st, 1); wait > 0 && !stop_flag; wait--)
			sleep(1);
	}
	return rc;
}

int cmd_poll_loop(struct store *st, const struct cmd_fetch_flags *fl, int once, int queue)
{
	struct ingest_options io = { 0 };
	int rc = EXIT_OK;

	if (queue)
		return queue_loop(st, once);

	io.fetcher = cmd_fetcher_new(fl, 0, daemon_usage);
	io.allow_private = fl->allow_private;
	io.on_error = NULL;
	cmd_progress_attach(&io, "poll");
	while (!stop_flag) {
		struct ingest_stats stats = { 0 };
		struct error err = { 0 };
		unsigned wait;
		if (ingest_poll(st, (int64_t)time(NULL), 0, NULL, &io, &stats, &err) < 0) {
			rc = report("poll", &err);
			if (err.code == ERR_DB)
				break;
		}
		cmd_progress_end(&io);
		if (stats.sources_polled)
			log_info("polled %zu %s: %zu %s added, %zu updated, %zu failed, %zu "
				 "skipped by robots.txt",
				 stats.sources_polled,
				 cmd_noun(stats.sources_polled, "source", "sources"), stats.added,
				 cmd_noun(stats.added, "article", "articles"), stats.updated,
				 stats.failed + stats.sources_failed,
				 stats.robots_skipped + stats.sources_robots);
		if (cmd_ingest_settle(st, &stats) != EXIT_OK)
			rc = EXIT_FAIL;
		if (once)
			break;
		for (wait = next_wait(st, 0); wait > 0 && !stop_flag; wait--)
			sleep(1);
	}
	cmd_fetcher_free(io.fetcher);
	events_release();
	return rc;
}

int cmd_daemon(int argc, const char **argv, struct cmd_ctx *ctx)
{
	struct cmd_fetch_flags fl = { 0 };
	int once = 0, queue = 0;
	const struct option options[] = {
		OPT_BOOL(0, "once", &once, "one pass over the due sources, then exit"),
		OPT_BOOL(0, "queue", &queue,
			 "queue a fetch job for each source due instead, for `brief worker` "
			 "(PostgreSQL)"),
		CMD_FETCH_OPTIONS(&fl),
		OPT_END(),
	};
	struct subscription_list none;
	struct error err = { 0 };
	struct store *st;
	int rc;

	argc = parse_options(argc, argv, options, daemon_usage);
	usage_args(daemon_usage, argc, argv, 0, 0, NULL);
	/* a lasting daemon may start on a new database and wait for its sources;
	 * one pass over a database that does not exist has nothing to do */
	if (queue)
		st = cmd_open_queue(ctx, "daemon --queue");
	else if (once) {
		st = cmd_open_existing(ctx);
		cmd_need_write(ctx, st);
	} else
		st = cmd_open_store(ctx);
	cmd_poll_signals();
	log_info("%s the sources of %s (Ctrl-C stops)",
		 queue ? "queueing fetch jobs for" : "polling", ctx->db_path);
	/* none to poll yet: said once, with how to add one */
	if (store_subscription_list(st, 0, 0, &none, &err) < 0) {
		store_close(st);
		return report("daemon", &err);
	}
	if (!none.n)
		log_info(CMD_NO_SOURCES "%s", once ? "" : "; each is polled from when it is added");
	subscription_list_release(&none);
	rc = cmd_poll_loop(st, &fl, once, queue);
	store_close(st);
	return rc;
}
