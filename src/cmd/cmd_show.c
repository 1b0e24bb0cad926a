/*
 * brief show: one stored article, with its metadata and text.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "store/store.h"

#include "util/banned.h"

static const char *const show_usage[] = {
	"brief show [--format text|json] ID",
	NULL,
};

static void set_str(json_t *o, const char *key, const char *v)
{
	json_object_set_new(o, key, v ? json_string(v) : json_null());
}

struct json_t *cmd_article_json(const struct article *a, int with_text)
{
	json_t *o = json_object();

	if (!o)
		return NULL;
	json_object_set_new(o, "id", json_integer((json_int_t)a->id));
	set_str(o, "title", a->title);
	set_str(o, "url", a->url);
	set_str(o, "source", a->source);
	set_str(o, "published", a->published);
	if (!with_text)
		return o;
	set_str(o, "source_url", a->source_url);
	set_str(o, "byline", a->byline);
	set_str(o, "modified", a->modified);
	set_str(o, "language", a->language);
	set_str(o, "description", a->description);
	set_str(o, "image", a->image);
	set_str(o, "original_name", a->original_name);
	set_str(o, "original_url", a->original_url);
	set_str(o, "added", a->added);
	json_object_set_new(o, "word_count", json_integer((json_int_t)a->word_count));
	set_str(o, "text", a->text);
	return o;
}

int cmd_show(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *format = "text";
	const struct option options[] = {
		OPT_STRING(0, "format", &format, "FMT", "text (default) or json"),
		OPT_END(),
	};
	struct article a;
	struct error err = { 0 };
	struct store *st;
	char *end;
	long long id;

	argc = parse_options(argc, argv, options, show_usage);
	if (argc != 1)
		usage_error(show_usage,
			    argc ? "one article id, not %d arguments"
				 : "which article? (an id, as `brief list` shows)",
			    argc);
	if (strcmp(format, "text") && strcmp(format, "json"))
		usage_error(show_usage, "--format is text or json, not '%s'", format);
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
	if (!strcmp(format, "json")) {
		json_t *o = cmd_article_json(&a, 1);
		char *js = o ? json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
		if (js)
			printf("%s\n", js);
		else
			die_nomem();
		free(js);
		json_decref(o);
		article_release(&a);
		store_close(st);
		return EXIT_OK;
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
