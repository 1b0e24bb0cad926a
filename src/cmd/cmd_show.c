/*
 * brief show: one stored article, with its metadata and text.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "store/store.h"

#include "util/banned.h"

static const char *const show_usage[] = {
	"brief show ID",
	NULL,
};

int cmd_show(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const struct option options[] = { OPT_END() };
	struct article a;
	struct error err = { 0 };
	struct store *st;
	char *end;
	long long id;

	argc = parse_options(argc, argv, options, show_usage);
	if (argc != 1)
		usage_with_options(show_usage, options);
	errno = 0;
	id = strtoll(argv[0], &end, 10);
	if (errno || *end || end == argv[0] || id <= 0) {
		fprintf(stderr, "brief: show: '%s' is not an article id\n", argv[0]);
		return EXIT_USAGE;
	}
	st = cmd_open_existing(ctx);
	if (store_article_get(st, id, &a, &err) < 0) {
		store_close(st);
		return report("show", &err);
	}
	printf("%s\n\n", a.title);
	printf("URL:       %s\n", a.url);
	if (a.source)
		printf("Source:    %s\n", a.source);
	if (a.byline)
		printf("By:        %s\n", a.byline);
	if (a.published)
		printf("Published: %s\n", a.published);
	if (a.original_name || a.original_url)
		printf("Original:  %s%s%s%s\n", a.original_name ? a.original_name : "",
		       a.original_name && a.original_url ? " <" : "",
		       a.original_url ? a.original_url : "",
		       a.original_name && a.original_url ? ">" : "");
	printf("\n%s\n", a.text ? a.text : "");
	article_release(&a);
	store_close(st);
	return EXIT_OK;
}
