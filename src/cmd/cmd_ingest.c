/*
 * brief ingest: extract and store pages from files and directories.
 */
#include <stdio.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "corpus/ingest.h"
#include "store/store.h"
#include "util/log.h"

#include "util/banned.h"

static const char *const ingest_usage[] = {
	"brief ingest [--max-size BYTES] PATH...",
	NULL,
};

struct progress {
	int tty;
};

static void on_error(const char *input, const struct error *err, void *data)
{
	(void)data;
	if (log_level >= LOG_QUIET)
		fprintf(stderr, "brief: %s: %s\n", input,
			err->msg[0] ? err->msg : error_code_name(err->code));
}

static void on_progress(const char *input, const struct ingest_stats *s, void *data)
{
	struct progress *p = data;
	log_verbose("%s: stored", input);
	if (p->tty && log_level >= LOG_NORMAL && s->seen % 50 == 0)
		fprintf(stderr, "\r%zu pages, %zu added...", s->seen, s->added);
}

int cmd_ingest(int argc, const char **argv, struct cmd_ctx *ctx)
{
	size_t max_size = 0;
	const struct option options[] = {
		OPT_SIZE(0, "max-size", &max_size, "BYTES", "largest page accepted (default 16M)"),
		OPT_END(),
	};
	struct ingest_options io = { 0 };
	struct ingest_stats stats = { 0 };
	struct progress prog = { isatty(2) };
	struct store *st;
	struct error err = { 0 };
	int i, rc = EXIT_OK;

	argc = parse_options(argc, argv, options, ingest_usage);
	if (argc < 1) {
		fprintf(stderr, "brief: ingest: no PATH given\n");
		usage_with_options(ingest_usage, options);
	}
	io.max_input = max_size;
	io.on_error = on_error;
	io.on_progress = on_progress;
	io.data = &prog;

	st = cmd_open_store(ctx);
	for (i = 0; i < argc; i++) {
		if (ingest_path(st, argv[i], &io, &stats, &err) < 0) {
			rc = report(argv[i], &err);
			if (err.code == ERR_DB)
				break;
		}
	}
	store_close(st);
	if (prog.tty && log_level >= LOG_NORMAL && stats.seen >= 50)
		fputc('\r', stderr);
	if (log_level >= LOG_NORMAL)
		fprintf(stderr,
			"ingested %zu pages: %zu added, %zu updated, %zu unchanged, %zu failed\n",
			stats.seen, stats.added, stats.updated, stats.unchanged, stats.failed);
	if (stats.failed)
		rc = EXIT_FAIL;
	return rc;
}
