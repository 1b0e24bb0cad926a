/*
 * brief list: the latest stored articles, newest first.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "store/store.h"

#include "util/banned.h"

static const char *const list_usage[] = {
	"brief list [-n COUNT] [--offset N] [--format text|json]",
	NULL,
};

int cmd_list(int argc, const char **argv, struct cmd_ctx *ctx)
{
	long count = 20, offset = 0;
	const char *format = "text";
	const struct option options[] = {
		OPT_INT('n', "count", &count, "COUNT", "how many articles (default 20)"),
		OPT_INT(0, "offset", &offset, "N", "skip the N newest"),
		OPT_STRING(0, "format", &format, "FMT", "text (default) or json"),
		OPT_END(),
	};
	json_t *arr = NULL;
	struct article_list l;
	struct error err = { 0 };
	struct store *st;
	size_t i;

	argc = parse_options(argc, argv, options, list_usage);
	if (argc > 0)
		usage_error(list_usage, "unexpected argument '%s'", argv[0]);
	if (count < 0 || offset < 0)
		usage_error(list_usage, "%s wants 0 or more, not %ld",
			    count < 0 ? "--count" : "--offset", count < 0 ? count : offset);
	if (strcmp(format, "text") && strcmp(format, "json"))
		usage_error(list_usage, "--format is text or json, not '%s'", format);
	if (!strcmp(format, "json") && !(arr = json_array()))
		die_nomem();
	st = cmd_open_existing(ctx);
	if (store_articles_latest(st, (size_t)count, (size_t)offset, &l, &err) < 0) {
		store_close(st);
		return report("list", &err);
	}
	for (i = 0; i < l.n; i++) {
		const struct article *a = &l.items[i];
		if (arr) {
			json_array_append_new(arr, cmd_article_json(a, 0));
			continue;
		}
		printf("%lld\t%.10s\t%s\t%s\n", (long long)a->id, a->published ? a->published : "-",
		       a->source ? a->source : "-", a->title);
	}
	if (arr) {
		char *js = json_dumps(arr, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		if (js)
			printf("%s\n", js);
		else
			die_nomem();
		free(js);
		json_decref(arr);
	} else if (!l.n && !offset && count) { /* (-n 0 asks for none) */
		fprintf(stderr, "brief: no articles stored yet (brief ingest FILE|DIR|URL adds "
				"some)\n");
	} else if (!l.n && count) {
		fprintf(stderr, "brief: no more articles past --offset %ld\n", offset);
	}
	article_list_release(&l);
	store_close(st);
	return EXIT_OK;
}
