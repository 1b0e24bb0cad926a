/*
 * brief db: database maintenance.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "store/store.h"

#include "util/banned.h"

static const char *const db_usage[] = {
	"brief db check",
	"brief db vacuum",
	NULL,
};

/* The line during a vacuum: the step it is at and the time so far. */
static void vacuum_progress(const char *what, int k, int n, void *data)
{
	(void)data;
	cmd_progress_show(SIZE_MAX, 0, 0, 0, "step %d of %d, %s, %.0f s", k, n, what,
			  cmd_progress_seconds());
}

/* "1.5 GB", "320 MB", "12 kB" */
static void size_words(char *out, size_t n, int64_t b)
{
	if (b >= 1000000000)
		snprintf(out, n, "%.1f GB", (double)b / 1e9);
	else if (b >= 1000000)
		snprintf(out, n, "%.1f MB", (double)b / 1e6);
	else
		snprintf(out, n, "%.0f kB", (double)b / 1e3);
}

/* brief db vacuum: the progress line on a terminal, then always the sizes before and after. */
static int vacuum(struct cmd_ctx *ctx, struct store *st)
{
	struct error err = { 0 };
	char before[32], after[32];
	int64_t b0, b1;
	int r;
	cmd_need_write(ctx, st);
	if ((b0 = store_size(st, &err)) < 0) {
		store_close(st);
		return report("db vacuum", &err);
	}
	cmd_progress_start("vacuum");
	r = store_vacuum(st, vacuum_progress, NULL, &err);
	cmd_progress_clear();
	if (r < 0 || (b1 = store_size(st, &err)) < 0) {
		store_close(st);
		return report("db vacuum", &err);
	}
	store_close(st);
	size_words(before, sizeof(before), b0);
	size_words(after, sizeof(after), b1);
	printf("vacuumed in %.1f s: %s before, %s after\n", cmd_progress_seconds(), before, after);
	return EXIT_OK;
}

int cmd_db(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const struct option options[] = { OPT_END() };
	struct error err = { 0 };
	struct store *st;
	char msg[512];
	int r;

	argc = parse_options(argc, argv, options, db_usage);
	usage_args(db_usage, argc, argv, 1, 1, "check or vacuum");
	if (strcmp(argv[0], "check") && strcmp(argv[0], "vacuum"))
		usage_error(db_usage, "'%.60s' is not check or vacuum", argv[0]);
	st = cmd_open_existing(ctx);
	if (!strcmp(argv[0], "vacuum"))
		return vacuum(ctx, st);
	r = store_check(st, msg, sizeof(msg), &err);
	store_close(st);
	if (r < 0)
		return report("db check", &err);
	printf("%s\n", msg);
	return EXIT_OK;
}
