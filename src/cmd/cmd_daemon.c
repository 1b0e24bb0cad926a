/*
 * brief daemon: poll the sources as they fall due, until stopped. The
 * loop is also what `brief serve --poll` runs beside the web server.
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
#include "source/fetch.h"
#include "store/store.h"
#include "util/log.h"

#include "util/banned.h"

static const char *const daemon_usage[] = {
	"brief daemon [--once] [fetch options]",
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

/* Seconds until the next source is due (at most 60, at least 1). */
static unsigned next_wait(struct store *st)
{
	struct subscription_list l;
	int64_t now = (int64_t)time(NULL), soonest = now + 60;
	size_t i;
	if (store_subscription_list(st, 0, now, &l, NULL) < 0)
		return 60;
	for (i = 0; i < l.n; i++)
		if (l.items[i].next_poll < soonest)
			soonest = l.items[i].next_poll;
	subscription_list_release(&l);
	return soonest <= now ? 1 : (unsigned)(soonest - now);
}

int cmd_poll_loop(struct store *st, const struct cmd_fetch_flags *fl, int once)
{
	struct ingest_options io = { 0 };
	int rc = EXIT_OK;

	io.fetcher = cmd_fetcher_new(fl, 0);
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
			log_info("polled %zu sources: %zu articles added, %zu updated, "
				 "%zu failed",
				 stats.sources_polled, stats.added, stats.updated,
				 stats.failed + stats.sources_failed);
		if (cmd_ingest_settle(st, &stats) != EXIT_OK)
			rc = EXIT_FAIL;
		if (once)
			break;
		for (wait = next_wait(st); wait > 0 && !stop_flag; wait--)
			sleep(1);
	}
	cmd_fetcher_free(io.fetcher);
	events_release();
	return rc;
}

int cmd_daemon(int argc, const char **argv, struct cmd_ctx *ctx)
{
	struct cmd_fetch_flags fl = { 0 };
	int once = 0;
	const struct option options[] = {
		OPT_BOOL(0, "once", &once, "one pass over the due sources, then exit"),
		CMD_FETCH_OPTIONS(&fl),
		OPT_END(),
	};
	struct store *st;
	int rc;

	argc = parse_options(argc, argv, options, daemon_usage);
	if (argc != 0)
		usage_with_options(daemon_usage, options);
	st = cmd_open_store(ctx);
	cmd_poll_signals();
	log_info("polling the sources of %s (Ctrl-C stops)", ctx->db_path);
	rc = cmd_poll_loop(st, &fl, once);
	store_close(st);
	return rc;
}
