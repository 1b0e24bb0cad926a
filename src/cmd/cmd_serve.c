/*
 * brief serve: the web site on 127.0.0.1 until interrupted.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "store/store.h"
#include "web/web.h"

#include "util/banned.h"

static const char *const serve_usage[] = {
	"brief serve [--port PORT] [--address ADDR] [--threads N] [--per-client N]\n"
	"            [--head-timeout SECONDS] [--poll [--queue] [fetch options]]",
	NULL,
};

struct poller {
	struct store *st; /* its own connection: the server thread has the other */
	const struct cmd_fetch_flags *fl;
	pthread_t thread;
	int queue; /* queue fetch jobs for the workers instead of fetching */
	int rc;
};

static void *poller_main(void *arg)
{
	struct poller *p = arg;
	p->rc = cmd_poll_loop(p->st, p->fl, 0, p->queue);
	return NULL;
}

int cmd_serve(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *env_port = getenv("PORT");
	long port = LONG_MIN; /* not given: $PORT, else 8080 */
	const char *address = "127.0.0.1";
	long threads = 0, per_client = 0, head_timeout = 0;
	int poll_sources = 0, queue = 0;
	struct cmd_fetch_flags fl = { 0 };
	const struct option options[] = {
		OPT_BOOL(0, "poll", &poll_sources, "also fetch the sources as they fall due"),
		OPT_BOOL(0, "queue", &queue,
			 "with --poll: queue fetch jobs for `brief worker` instead (PostgreSQL)"),
		CMD_FETCH_OPTIONS(&fl),
		OPT_INT('p', "port", &port, "PORT", "port to listen on (default $PORT, else 8080)"),
		OPT_STRING(0, "address", &address, "ADDR",
			   "address or host name to bind (default 127.0.0.1)"),
		OPT_INT(0, "threads", &threads, "N",
			"threads serving requests (default: one a CPU core, at most 16)"),
		OPT_INT(0, "per-client", &per_client, "N",
			"connections one client address may hold (default 32)"),
		OPT_INT(0, "head-timeout", &head_timeout, "SECONDS",
			"time a client has to send a request's head (default 10)"),
		OPT_END(),
	};
	struct web_options wo = { 0 };
	struct web_server *srv;
	struct error err = { 0 };
	struct store *st;
	struct poller poller = { 0 };
	sigset_t stop_signals;
	unsigned short bound;
	int sig;

	argc = parse_options(argc, argv, options, serve_usage);
	if (argc != 0)
		usage_error(serve_usage, "unexpected argument '%s'", argv[0]);
	if (port == LONG_MIN && env_port && *env_port) {
		char *end;
		errno = 0;
		port = strtol(env_port, &end, 10);
		if (*end || end == env_port || errno || port < 0 || port > 65535)
			usage_error(serve_usage, "PORT is 0 to 65535, not '%.40s'", env_port);
	}
	if (port == LONG_MIN)
		port = 8080;
	if (port < 0 || port > 65535)
		usage_error(serve_usage, "--port is 0 to 65535, not %ld", port);
	if (threads < 0 || threads > 16)
		usage_error(serve_usage, "--threads is 0 to 16, not %ld", threads);
	if (per_client < 0 || per_client > 100000)
		usage_error(serve_usage, "--per-client is 0 to 100000, not %ld", per_client);
	if (head_timeout < 0 || head_timeout > 3600)
		usage_error(serve_usage, "--head-timeout is 0 to 3600 seconds, not %ld",
			    head_timeout);
	if (queue && !poll_sources)
		usage_error(serve_usage, "--queue goes with --poll");
	/* pages only read; polling writes (and may start a new database) */
	st = poll_sources ? cmd_open_store(ctx) : cmd_open_existing(ctx);
	/*
	 * Block SIGINT and SIGTERM before the server starts its thread, which
	 * inherits the mask; then only sigwait below receives them.
	 */
	sigemptyset(&stop_signals);
	sigaddset(&stop_signals, SIGINT);
	sigaddset(&stop_signals, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &stop_signals, NULL);
	wo.address = address;
	wo.port = (unsigned short)port;
	/* each server thread opens its own connection to the database */
	wo.db_path = ctx->db_path;
	wo.threads = (unsigned)threads;
	wo.per_client = (unsigned)per_client;
	wo.head_seconds = (unsigned)head_timeout;
	if (web_start(&srv, st, &wo, &bound, &err) < 0) {
		store_close(st);
		return report("serve", &err);
	}
	if (poll_sources) {
		/* polling writes while pages are read: a second connection (WAL) */
		poller.st = queue ? cmd_open_queue(ctx, "serve --queue") : cmd_open_store(ctx);
		poller.fl = &fl;
		poller.queue = queue;
		if (pthread_create(&poller.thread, NULL, poller_main, &poller) != 0) {
			web_stop(srv);
			store_close(poller.st);
			store_close(st);
			die("serve: cannot start the polling thread");
		}
	}
	/* an IPv6 address goes in brackets in a URL */
	printf("brief: serving %s on http://%s%s%s:%u/%s (Ctrl-C stops)\n", ctx->db_path,
	       strchr(address, ':') ? "[" : "", address, strchr(address, ':') ? "]" : "",
	       (unsigned)bound,
	       !poll_sources ? ""
	       : queue       ? ", queueing its sources for the workers"
			     : ", polling its sources");
	fflush(stdout);
	while (sigwait(&stop_signals, &sig) != 0)
		;
	if (poll_sources) {
		cmd_poll_request_stop();
		pthread_join(poller.thread, NULL);
		store_close(poller.st);
	}
	web_stop(srv);
	store_close(st);
	return poll_sources && poller.rc ? poller.rc : EXIT_OK;
}
