/*
 * brief remove: stop following a source. Its articles stay.
 */
#include <stdio.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "store/store.h"

#include "util/banned.h"

static const char *const remove_usage[] = {
	"brief remove SOURCE...   (an id, URL or name, as `brief sources` shows)",
	NULL,
};

int cmd_remove(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const struct option options[] = {
		OPT_END(),
	};
	struct store *st;
	int i, rc = EXIT_OK;

	argc = parse_options(argc, argv, options, remove_usage);
	usage_args(remove_usage, argc, argv, 1, -1, "a SOURCE");
	st = cmd_open_existing(ctx);
	cmd_need_write(ctx, st);
	for (i = 0; i < argc; i++) {
		struct subscription s;
		struct error err = { 0 };
		if (store_subscription_get(st, argv[i], &s, &err) < 0 ||
		    store_subscription_remove(st, s.id, &err) < 0) {
			rc = report("remove", &err);
			continue;
		}
		printf("removed source %lld: %s\n", (long long)s.id, s.url);
		subscription_release(&s);
	}
	store_close(st);
	return rc;
}
