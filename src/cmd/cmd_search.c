/*
 * brief search: full-text search with filters, copies folded.
 * brief related: the articles most related to one article, or to each of several.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "corpus/related.h"
#include "corpus/stories.h"
#include "corpus/query.h"
#include "corpus/related.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/log.h"

#include "util/banned.h"

static const char *const search_usage[] = {
	"brief search [--format text|json] [--sort relevance|date] [-n COUNT] [--offset N] "
	"QUERY...",
	NULL,
};

static const char *const stories_usage[] = {
	"brief stories [--since DATE] [--until DATE] [--window DAYS] [-n COUNT] [--format "
	"text|json]",
	NULL,
};

static const char *const related_usage[] = {
	"brief related [--format text|json] [-n COUNT] ID...",
	"brief related --update",
	NULL,
};

/* The snippet with its \x01...\x02 marks turned into `open`...`close`. */
static char *mark_snippet(const char *s, const char *open, const char *close)
{
	struct buf b = BUF_INIT;
	if (!s)
		return NULL;
	for (; *s; s++) {
		if (*s == '\x01')
			buf_puts(&b, open);
		else if (*s == '\x02')
			buf_puts(&b, close);
		else if (*s == '\n')
			buf_putc(&b, ' ');
		else
			buf_putc(&b, *s);
	}
	return buf_detach(&b, NULL);
}

static json_t *jstr(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* The results as a JSON array; NULL when out of memory. */
static json_t *results_json(const struct search_results *res, int with_snippet)
{
	json_t *arr = json_array();
	size_t i;

	if (!arr)
		return NULL;
	for (i = 0; i < res->n; i++) {
		const struct search_hit *h = &res->items[i];
		char *snip = mark_snippet(h->snippet, "<b>", "</b>");
		json_t *o = json_object();
		json_object_set_new(o, "id", json_integer(h->a.id));
		json_object_set_new(o, "url", jstr(h->a.url));
		json_object_set_new(o, "title", jstr(h->a.title));
		json_object_set_new(o, "source", jstr(h->a.source));
		json_object_set_new(o, "published", jstr(h->a.published));
		json_object_set_new(o, "copies", json_integer((json_int_t)h->copies));
		json_object_set_new(o, "matched_id", json_integer(h->matched_id));
		json_object_set_new(o, "score", json_real(h->score));
		if (with_snippet)
			json_object_set_new(o, "snippet", jstr(snip));
		json_array_append_new(arr, o);
		free(snip);
	}
	return arr;
}

static int print_results(const struct search_results *res, int json, int with_snippet)
{
	size_t i;
	int tty = isatty(1);

	if (json) {
		json_t *arr = results_json(res, with_snippet);
		char *out;
		if (!arr)
			return EXIT_FAIL;
		out = json_dumps(arr, JSON_INDENT(2));
		json_decref(arr);
		if (!out)
			return EXIT_FAIL;
		puts(out);
		free(out);
		return EXIT_OK;
	}
	for (i = 0; i < res->n; i++) {
		const struct search_hit *h = &res->items[i];
		printf("%lld\t%.10s\t%s\t%s", (long long)h->a.id,
		       h->a.published ? h->a.published : "-", h->a.source ? h->a.source : "-",
		       h->a.title);
		if (h->copies)
			printf("\t(+%zu %s)", h->copies, h->copies == 1 ? "copy" : "copies");
		putchar('\n');
		if (with_snippet && h->snippet) {
			char *snip = mark_snippet(h->snippet, tty ? "\033[1m" : "[",
						  tty ? "\033[0m" : "]");
			printf("\t%s\n", snip);
			free(snip);
		}
	}
	return EXIT_OK;
}

/* The query's actor: a name becomes its code (cmd_actor). 0 when it names none. */
static int actor_code_of(const struct cmd_ctx *ctx, struct search_query *q)
{
	char code[32];
	const char *c = cmd_actor(ctx, q->actor, code, sizeof(code));
	char *dup;

	if (!c)
		return 0;
	if (c == q->actor)
		return 1;
	if (!(dup = strdup(c)))
		die_nomem();
	free(q->actor);
	q->actor = dup;
	return 1;
}

static int search_format(const char *f)
{
	if (!strcmp(f, "text"))
		return 0;
	if (!strcmp(f, "json"))
		return 1;
	return -1;
}

int cmd_search(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *format = "text", *sort = NULL;
	long count = 20, offset = 0;
	const struct option options[] = {
		OPT_STRING(0, "format", &format, "FMT", "text (default) or json"),
		OPT_STRING(0, "sort", &sort, "ORDER", "relevance (default) or date"),
		OPT_INT('n', "count", &count, "COUNT", "how many results (default 20)"),
		OPT_INT(0, "offset", &offset, "N", "skip the first N results"),
		OPT_END(),
	};
	struct search_query q;
	struct search_results res;
	struct error err = { 0 };
	struct buf text = BUF_INIT;
	struct store *st;
	int i, json, rc;
	const char *unmatched = NULL;

	argc = parse_options(argc, argv, options, search_usage);
	json = search_format(format);
	if (argc < 1)
		usage_error(search_usage, "what to search for is missing");
	if (json < 0)
		usage_error(search_usage, "--format is text or json, not '%s'", format);
	if (count < 0 || offset < 0)
		usage_error(search_usage, "%s wants 0 or more, not %ld",
			    count < 0 ? "--count" : "--offset", count < 0 ? count : offset);
	if (sort && strcmp(sort, "relevance") && strcmp(sort, "date"))
		usage_error(search_usage, "--sort is relevance or date, not '%s'", sort);
	for (i = 0; i < argc; i++) {
		if (i)
			buf_putc(&text, ' ');
		buf_puts(&text, argv[i]);
	}
	if (search_query_parse(text.data, &q, &err) < 0) {
		buf_release(&text);
		fprintf(stderr, "brief: search: %s\n", err.msg);
		return EXIT_USAGE;
	}
	buf_release(&text);
	if (q.actor && !actor_code_of(ctx, &q)) {
		search_query_release(&q);
		return EXIT_USAGE;
	}
	if (sort)
		q.sort_by_date = !strcmp(sort, "date");
	st = cmd_open_existing(ctx);
	if (store_search(st, &q, (size_t)count, (size_t)offset, &res, &err) < 0) {
		search_query_release(&q);
		store_close(st);
		if (err.code == ERR_USAGE) {
			fprintf(stderr, "brief: %s\n", err.msg);
			return EXIT_USAGE;
		}
		return report("search", &err);
	}
	rc = print_results(&res, json, 1);
	if (!res.total && !json && query_filter_unmatched(st, &q, &unmatched, &err) < 0)
		rc = report("search", &err);
	if (!res.n && !json && offset)
		fprintf(stderr, "brief: no more articles match past --offset %ld\n", offset);
	else if (unmatched && !strcmp(unmatched, "source"))
		fprintf(stderr,
			"brief: no articles match: no outlet is named '%s' or has it in its host "
			"(brief list names outlets)\n",
			q.source);
	else if (unmatched)
		fprintf(stderr, "brief: no articles match: no article has the tag '%s'\n", q.tag);
	else if (!res.n && !json)
		fprintf(stderr,
			"brief: no articles match: every word must appear (a OR b takes either, "
			"word* any ending)%s\n",
			q.since || q.until || q.source || q.lang || q.tag || q.actor
				? "; the filters narrow it further"
				: "");
	search_results_release(&res);
	search_query_release(&q);
	store_close(st);
	return rc;
}

/*
 * The related news of each of several articles (ids checked already): in text,
 * each list after a line "article ID"; in JSON, an array of {"id", "related"}.
 */
static int print_related_lists(struct store *st, int argc, const char **argv, size_t count,
			       int json)
{
	json_t *all = json ? json_array() : NULL;
	struct search_results res;
	struct error err = { 0 };
	int i, rc = EXIT_OK;
	char *out;

	if (json && !all)
		die_nomem();
	for (i = 0; i < argc && rc == EXIT_OK; i++) {
		long long id = strtoll(argv[i], NULL, 10);
		if (related_find(st, id, count, &res, &err) < 0) {
			rc = report("related", &err);
			break;
		}
		if (json) {
			json_t *o = json_object(), *list = results_json(&res, 0);
			if (!o || !list || json_object_set_new(o, "id", json_integer(id)) < 0 ||
			    json_object_set_new(o, "related", list) < 0 ||
			    json_array_append_new(all, o) < 0)
				die_nomem();
		} else {
			printf("article %lld\n", id);
			rc = print_results(&res, 0, 0);
		}
		search_results_release(&res);
	}
	if (!json)
		return rc;
	out = rc == EXIT_OK ? json_dumps(all, JSON_INDENT(2)) : NULL;
	json_decref(all);
	if (rc != EXIT_OK)
		return rc;
	if (!out)
		return EXIT_FAIL;
	puts(out);
	free(out);
	return EXIT_OK;
}

int cmd_related(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *format = "text";
	long count = 10;
	int update = 0;
	const struct option options[] = {
		OPT_STRING(0, "format", &format, "FMT", "text (default) or json"),
		OPT_INT('n', "count", &count, "COUNT", "how many (default 10)"),
		OPT_BOOL(0, "update", &update,
			 "compute the stored related news of every article that has none"),
		OPT_END(),
	};
	struct search_results res;
	struct error err = { 0 };
	struct store *st;
	char *end;
	long long id;
	int i, json, rc;

	argc = parse_options(argc, argv, options, related_usage);
	if (update) {
		size_t done;
		if (argc != 0)
			usage_error(related_usage, "--update takes no article id, not '%.60s'",
				    argv[0]);
		st = cmd_open_existing(ctx);
		/* the lists weigh terms by how common they are: a store never refreshed has none */
		rc = store_term_stats_refresh(st, 0, &err) < 0 ||
				     related_update(st, 0, &done, &err) < 0
			     ? report("related", &err)
			     : EXIT_OK;
		if (rc == EXIT_OK)
			log_info("related news computed for %zu articles", done);
		store_close(st);
		return rc;
	}
	json = search_format(format);
	if (argc < 1)
		usage_error(related_usage, "which article? (an id, as `brief list` shows)");
	if (json < 0)
		usage_error(related_usage, "--format is text or json, not '%s'", format);
	if (count < 0)
		usage_error(related_usage, "--count wants 0 or more, not %ld", count);
	for (i = 0; i < argc; i++) {
		id = strtoll(argv[i], &end, 10);
		if (*end || end == argv[i] || id <= 0) {
			fprintf(stderr, "brief: related: '%s' is not an article id\n", argv[i]);
			return EXIT_USAGE;
		}
	}
	st = cmd_open_existing(ctx);
	if (argc == 1) {
		id = strtoll(argv[0], NULL, 10);
		if (related_find(st, id, (size_t)count, &res, &err) < 0) {
			store_close(st);
			return report("related", &err);
		}
		rc = print_results(&res, json, 0);
		if (!res.n && !json && count)
			fprintf(stderr,
				"brief: no related news for article %lld: no other story shares "
				"enough of "
				"its most distinctive terms\n",
				(long long)id);
		search_results_release(&res);
		store_close(st);
		return rc;
	}
	rc = print_related_lists(st, argc, argv, (size_t)count, json);
	store_close(st);
	return rc;
}

int cmd_stories(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *format = "text", *since = NULL, *until = NULL, *window = NULL;
	long count = 20;
	const struct option options[] = {
		OPT_STRING(0, "since", &since, "DATE", "stories with articles on or after DATE"),
		OPT_STRING(0, "until", &until, "DATE", "... and on or before DATE"),
		OPT_STRING(0, "window", &window, "DAYS", "days between articles of one story (3)"),
		OPT_INT('n', "count", &count, "COUNT", "how many stories (default 20)"),
		OPT_STRING(0, "format", &format, "FMT", "text (default) or json"),
		OPT_END(),
	};
	struct story_options so = { 0 };
	struct story_list l;
	struct error err = { 0 };
	struct store *st;
	json_t *arr = NULL;
	size_t i, j;
	int json;
	char since_buf[DATE_TIMESTAMP_MAX], until_buf[DATE_TIMESTAMP_MAX];

	argc = parse_options(argc, argv, options, stories_usage);
	json = search_format(format);
	if (argc != 0)
		usage_error(stories_usage, "unexpected argument '%s'", argv[0]);
	if (json < 0)
		usage_error(stories_usage, "--format is text or json, not '%s'", format);
	if (count < 0)
		usage_error(stories_usage, "--count wants 0 or more, not %ld", count);
	since = cmd_date(stories_usage, "--since", since, since_buf);
	until = cmd_date(stories_usage, "--until", until, until_buf);
	if (window) {
		char *end;
		so.window_days = strtod(window, &end);
		if (*end || so.window_days <= 0 || so.window_days > 365) {
			fprintf(stderr, "brief: stories: --window wants days between 0 and 365\n");
			return EXIT_USAGE;
		}
	}
	so.since = since;
	so.until = until;
	st = cmd_open_existing(ctx);
	if (stories_find(st, &so, &l, &err) < 0) {
		store_close(st);
		return report("stories", &err);
	}
	if (json)
		arr = json_array();
	for (i = 0; i < l.n && i < (size_t)count; i++) {
		const struct story *sto = &l.items[i];
		json_t *o = NULL, *members = NULL;
		if (json) {
			o = json_object();
			members = json_array();
			json_object_set_new(o, "sources", json_integer((json_int_t)sto->sources));
			json_object_set_new(o, "articles", json_integer((json_int_t)sto->n));
			json_object_set_new(o, "first", jstr(sto->first));
			json_object_set_new(o, "last", jstr(sto->last));
		} else {
			printf("%s%zu independent source%s, %zu article%s, %.10s to %.10s\n",
			       i ? "\n" : "", sto->sources, sto->sources == 1 ? "" : "s", sto->n,
			       sto->n == 1 ? "" : "s", sto->first ? sto->first : "-",
			       sto->last ? sto->last : "-");
		}
		for (j = 0; j < sto->n; j++) {
			struct article a;
			if (store_article_get(st, sto->ids[j], &a, &err) < 0)
				continue;
			if (json) {
				json_t *m = json_object();
				json_object_set_new(m, "id", json_integer(a.id));
				json_object_set_new(m, "title", jstr(a.title));
				json_object_set_new(m, "source", jstr(a.source));
				json_object_set_new(m, "published", jstr(a.published));
				json_object_set_new(m, "url", jstr(a.url));
				json_array_append_new(members, m);
			} else {
				printf("\t%lld\t%.10s\t%s\t%s\n", (long long)a.id,
				       a.published ? a.published : "-", a.source ? a.source : "-",
				       a.title);
			}
			article_release(&a);
		}
		if (json) {
			json_object_set_new(o, "members", members);
			json_array_append_new(arr, o);
		}
	}
	if (json) {
		char *outs = json_dumps(arr, JSON_INDENT(2));
		if (outs)
			puts(outs);
		free(outs);
		json_decref(arr);
	} else if (!l.n) {
		fprintf(stderr,
			"brief: no stories%s: a story is %s articles from different outlets "
			"published within %g days of each other (--window widens it)\n",
			since || until ? " in that period" : "", "two or more",
			so.window_days ? so.window_days : 3.0);
	}
	story_list_release(&l);
	store_close(st);
	return EXIT_OK;
}
