/*
 * brief list: the latest stored articles, newest first.
 */
#include <stdio.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "store/store.h"

#include "util/banned.h"

static const char *const list_usage[] = {
	"brief list [-n COUNT] [--offset N]",
	NULL,
};

int cmd_list(int argc, const char **argv, struct cmd_ctx *ctx)
{
	long count = 20, offset = 0;
	const struct option options[] = {
		OPT_INT('n', "count", &count, "COUNT", "how many articles (default 20)"),
		OPT_INT(0, "offset", &offset, "N", "skip the N newest"),
		OPT_END(),
	};
	struct article_list l;
	struct error err = { 0 };
	struct store *st;
	size_t i;

	argc = parse_options(argc, argv, options, list_usage);
	if (argc > 0 || count < 0 || offset < 0)
		usage_with_options(list_usage, options);
	st = cmd_open_existing(ctx);
	if (store_articles_latest(st, (size_t)count, (size_t)offset, &l, &err) < 0) {
		store_close(st);
		return report("list", &err);
	}
	for (i = 0; i < l.n; i++) {
		const struct article *a = &l.items[i];
		printf("%lld\t%.10s\t%s\t%s\n", (long long)a->id, a->published ? a->published : "-",
		       a->source ? a->source : "-", a->title);
	}
	article_list_release(&l);
	store_close(st);
	return EXIT_OK;
}
