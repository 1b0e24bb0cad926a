/*
 * brief db: database maintenance.
 */
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

int cmd_db(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const struct option options[] = { OPT_END() };
	struct error err = { 0 };
	struct store *st;
	char msg[512];
	int r;

	argc = parse_options(argc, argv, options, db_usage);
	if (argc != 1 || (strcmp(argv[0], "check") && strcmp(argv[0], "vacuum")))
		usage_with_options(db_usage, options);
	st = cmd_open_existing(ctx);
	if (!strcmp(argv[0], "vacuum")) {
		cmd_need_write(ctx, st);
		r = store_vacuum(st, &err);
		store_close(st);
		return r < 0 ? report("db vacuum", &err) : EXIT_OK;
	}
	r = store_check(st, msg, sizeof(msg), &err);
	store_close(st);
	if (r < 0)
		return report("db check", &err);
	printf("%s\n", msg);
	return EXIT_OK;
}
