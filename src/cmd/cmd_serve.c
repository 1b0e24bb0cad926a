/*
 * brief serve: the web site on 127.0.0.1 until interrupted.
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "store/store.h"
#include "web/web.h"

#include "util/banned.h"

static const char *const serve_usage[] = {
	"brief serve [--port PORT] [--address ADDR]",
	NULL,
};

int cmd_serve(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *env_port = getenv("PORT");
	long port = env_port && *env_port ? atol(env_port) : 8080;
	const char *address = "127.0.0.1";
	const struct option options[] = {
		OPT_INT('p', "port", &port, "PORT", "port to listen on (default $PORT, else 8080)"),
		OPT_STRING(0, "address", &address, "ADDR",
			   "IPv4 address to bind (default 127.0.0.1)"),
		OPT_END(),
	};
	struct web_options wo;
	struct web_server *srv;
	struct error err = { 0 };
	struct store *st;
	sigset_t stop_signals;
	unsigned short bound;
	int sig;

	argc = parse_options(argc, argv, options, serve_usage);
	if (argc != 0 || port < 0 || port > 65535)
		usage_with_options(serve_usage, options);
	st = cmd_open_store(ctx);
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
	if (web_start(&srv, st, &wo, &bound, &err) < 0) {
		store_close(st);
		return report("serve", &err);
	}
	printf("brief: serving %s on http://%s:%u/ (Ctrl-C stops)\n", ctx->db_path, address,
	       (unsigned)bound);
	fflush(stdout);
	while (sigwait(&stop_signals, &sig) != 0)
		;
	web_stop(srv);
	store_close(st);
	return EXIT_OK;
}
