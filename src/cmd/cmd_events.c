/*
 * brief events: the stored events, with their evidence (see docs/events.md).
 *
 *   brief events [--actor A] [--dyad A B] [--since D] [--until D] [-n N]
 *                [--all] [--format text|tsv|jsonl] [--recode]
 */
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "analyse/coder.h"
#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "corpus/events.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/escape.h"

#include "util/banned.h"

static const char *const events_usage[] = {
	"brief events [--actor A] [--dyad A B] [--since DATE] [--until DATE] [-n N] [--all] "
	"[--format text|tsv|jsonl]",
	"brief events --recode",
	NULL,
};

/* "--dyad A B" takes two values: moved out of argv before parse_options. */
static int take_dyad(int argc, const char **argv, const char **a, const char **b)
{
	int i, o = 1;
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			for (; i < argc; i++)
				argv[o++] = argv[i];
			break;
		}
		if (!strcmp(argv[i], "--dyad")) {
			if (i + 2 >= argc)
				return -1;
			*a = argv[i + 1];
			*b = argv[i + 2];
			i += 2;
			continue;
		}
		argv[o++] = argv[i];
	}
	argv[o] = NULL;
	return o;
}

static void put_json(struct buf *b, const char *k, const char *v, int comma)
{
	buf_putf(b, "%s\"%s\":", comma ? "," : "", k);
	if (v)
		json_escape(b, v, strlen(v));
	else
		buf_puts(b, "null");
}

static void print_json(const struct stored_event *e)
{
	struct buf b = BUF_INIT;
	buf_putf(&b, "{\"id\":%lld,\"article_id\":%lld", (long long)e->id,
		 (long long)e->article_id);
	put_json(&b, "source", e->source, 1);
	put_json(&b, "source_text", e->source_text, 1);
	put_json(&b, "target", e->target, 1);
	put_json(&b, "target_text", e->target_text, 1);
	put_json(&b, "code", e->code, 1);
	put_json(&b, "root", e->root, 1);
	buf_putf(&b, ",\"goldstein\":%.1f,\"quad\":%d", e->goldstein, e->quad);
	put_json(&b, "plover", e->plover, 1);
	put_json(&b, "mode", e->mode, 1);
	put_json(&b, "date", e->date, 1);
	put_json(&b, "date_end", e->date_end, 1);
	put_json(&b, "date_precision", e->date_precision, 1);
	buf_putf(&b, ",\"negated\":%s", e->negated ? "true" : "false");
	put_json(&b, "modality", e->modality, 1);
	buf_putf(&b, ",\"sentence\":%d", e->sentence);
	put_json(&b, "evidence", e->evidence, 1);
	put_json(&b, "verb", e->verb, 1);
	put_json(&b, "pattern", e->pattern, 1);
	put_json(&b, "url", e->url, 1);
	put_json(&b, "title", e->title, 1);
	buf_puts(&b, "}\n");
	fwrite(b.data, 1, b.len, stdout);
	buf_release(&b);
}

/* A field for a tab-separated line: tabs and line ends become spaces. */
static void tsv_field(const char *s, int last)
{
	for (; s && *s; s++)
		putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
	putchar(last ? '\n' : '\t');
}

static void print_tsv(const struct stored_event *e)
{
	printf("%s\t%s\t%s\t%s\t%.1f\t%d\t", e->date ? e->date : "", e->source, e->target, e->code,
	       e->goldstein, e->quad);
	tsv_field(e->plover, 0);
	printf("%d\t", e->negated);
	tsv_field(e->modality, 0);
	tsv_field(e->source_text, 0);
	tsv_field(e->target_text, 0);
	tsv_field(e->evidence, 0);
	tsv_field(e->url, 1);
}

/* The line during --recode: articles coded of those stored, events, rate and ETA. */
static void recode_progress(size_t articles, size_t events, void *data)
{
	const int64_t *total = data;
	uint64_t all = *total > 0 ? (uint64_t)*total : 0;
	cmd_progress_show(articles, articles, all, 0, "%zu of %" PRIu64 " articles, %zu events",
			  articles, all, events);
}

int cmd_events(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *actor = NULL, *since = NULL, *until = NULL, *format = "text", *dummy = NULL;
	const char *da = NULL, *db = NULL;
	long limit = LONG_MAX; /* all */
	int all = 0, recode = 0, json, tsv;
	const struct option options[] = {
		OPT_STRING(0, "actor", &actor, "A",
			   "events with actor A (a code prefix: IRN, AFGREB)"),
		OPT_STRING(0, "dyad", &dummy, "A B", "events between A and B, either way"),
		OPT_STRING(0, "since", &since, "DATE", "events dated on or after DATE"),
		OPT_STRING(0, "until", &until, "DATE", "events dated on or before DATE"),
		OPT_INT('n', "count", &limit, "N", "at most N events"),
		OPT_BOOL(0, "all", &all, "also negated, hypothetical and demanded events"),
		OPT_STRING(0, "format", &format, "FMT", "text (default), tsv or jsonl"),
		OPT_BOOL(0, "recode", &recode, "code every stored article again"),
		OPT_END(),
	};
	struct event_filter f;
	struct stored_event_list l;
	struct error err = { 0 };
	struct store *st;
	size_t i;
	char since_buf[DATE_TIMESTAMP_MAX], until_buf[DATE_TIMESTAMP_MAX];
	char actor_buf[32], da_buf[32], db_buf[32];

	argc = take_dyad(argc, argv, &da, &db);
	if (argc < 0)
		usage_error(events_usage, "--dyad wants two actors: --dyad IRN AFG");
	argc = parse_options(argc, argv, options, events_usage);
	if (argc > 0)
		usage_error(events_usage, "unexpected argument '%s'", argv[0]);
	if (limit < 0)
		usage_error(events_usage, "--count wants 0 or more, not %ld", limit);
	if (strcmp(format, "text") && strcmp(format, "jsonl") && strcmp(format, "tsv"))
		usage_error(events_usage, "--format is text, tsv or jsonl, not '%s'", format);
	if ((actor && !(actor = cmd_actor(ctx, actor, actor_buf, sizeof(actor_buf)))) ||
	    (da && !(da = cmd_actor(ctx, da, da_buf, sizeof(da_buf)))) ||
	    (db && !(db = cmd_actor(ctx, db, db_buf, sizeof(db_buf)))))
		return EXIT_USAGE;
	since = cmd_date(events_usage, "--since", since, since_buf);
	until = cmd_date(events_usage, "--until", until, until_buf);
	json = !strcmp(format, "jsonl");
	tsv = !strcmp(format, "tsv");
	st = cmd_open_existing(ctx);
	if (recode) {
		size_t na = 0, ne = 0;
		int64_t total;
		cmd_need_write(ctx, st);
		if (store_article_count(st, &total, &err) < 0) {
			store_close(st);
			return report("recode", &err);
		}
		cmd_progress_start("recode");
		if (events_recode_all(st, recode_progress, &total, &na, &ne, &err) < 0) {
			cmd_progress_clear();
			events_release();
			store_close(st);
			return report("recode", &err);
		}
		cmd_progress_clear();
		printf("coded %zu %s: %zu %s\n", na, cmd_noun(na, "article", "articles"), ne,
		       cmd_noun(ne, "event", "events"));
		events_release();
		store_close(st);
		return EXIT_OK;
	}
	memset(&f, 0, sizeof(f));
	f.actor = actor;
	f.dyad_a = da;
	f.dyad_b = db;
	f.since = since;
	f.until = until;
	f.include_unreal = all;
	f.limit = limit == LONG_MAX ? 0 : (size_t)limit;
	if (limit == 0) /* none asked for */
		memset(&l, 0, sizeof(l));
	else if (store_events_query(st, &f, &l, &err) < 0) {
		store_close(st);
		return report("events", &err);
	}
	if (tsv)
		fputs("date\tsource\ttarget\tcode\tgoldstein\tquad\tplover\tnegated\tmodality\t"
		      "source_text\ttarget_text\tevidence\turl\n",
		      stdout);
	for (i = 0; i < l.n; i++) {
		const struct stored_event *e = &l.items[i];
		if (json) {
			print_json(e);
			continue;
		}
		if (tsv) {
			print_tsv(e);
			continue;
		}
		printf("%s\t%s -> %s\t%s\t%+.1f\t%s%s%s%s\n", e->date ? e->date : "-", e->source,
		       e->target, e->code, e->goldstein, e->plover ? e->plover : "",
		       e->negated ? "\tnegated" : "",
		       e->modality && strcmp(e->modality, "asserted") ? "\t" : "",
		       e->modality && strcmp(e->modality, "asserted") ? e->modality : "");
		printf("    %s -> %s: \"%s\"\n    %s\n", e->source_text ? e->source_text : "",
		       e->target_text ? e->target_text : "", e->evidence ? e->evidence : "",
		       e->url ? e->url : "");
	}
	if (!l.n && limit)
		cmd_no_events(st, &f);
	stored_event_list_release(&l);
	store_close(st);
	return EXIT_OK;
}
