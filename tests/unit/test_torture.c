/*
 * Allocation-failure ("torture") tests for the extraction and feed paths,
 * the store's statements built from a query's filters, an article and its
 * tags read back and the event coder's dictionary loader (a file at a time,
 * and the default dictionaries found in a data directory),
 * as curl's torture tests do: run a parse once counting the allocations,
 * then once for every N, failing the Nth. Each run must either give the
 * same answer as with memory to spare or fail with ERR_NOMEM: never a
 * crash, a leak (the ASan build checks at exit) or a quietly different
 * result. TORTURE_ALL=1 lists every such run instead of stopping at the
 * first.
 *
 * The binary is linked with -Wl,--wrap for malloc, calloc, realloc,
 * strdup and strndup, so every allocation libbrief makes comes through
 * here. libxml2's and jansson's do not: hooked with xmlMemSetup, libxml2
 * 2.9.14's HTML parser loops for ever in xmlNextChar after a failed
 * allocation, and jansson's parser reports a failed allocation as a
 * syntax error ("invalid token"), which no caller can tell from one.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/coder.h"
#include "analyse/dates.h"
#include "analyse/dict.h"
#include "analyse/fingerprint.h"
#include "analyse/lexicon.h"
#include "corpus/query.h"
#include "extract/extract.h"
#include "source/feed.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/file.h"

#include "store_fixture.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t k, size_t n);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t k, size_t n);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);

static unsigned long allocs;  /* allocations since torture_arm */
static unsigned long fail_at; /* the one to fail; 0: none */
static int failed;            /* whether it was reached */
static int paused;            /* the test's own output: neither counted nor failed */

static int fail_now(void)
{
	if (!fail_at || paused || ++allocs != fail_at)
		return 0;
	failed = 1;
	return 1;
}

void *__wrap_malloc(size_t n)
{
	return fail_now() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t k, size_t n)
{
	return fail_now() ? NULL : __real_calloc(k, n);
}

void *__wrap_realloc(void *p, size_t n)
{
	return fail_now() ? NULL : __real_realloc(p, n);
}

char *__wrap_strdup(const char *s)
{
	return fail_now() ? NULL : __real_strdup(s);
}

char *__wrap_strndup(const char *s, size_t n)
{
	return fail_now() ? NULL : __real_strndup(s, n);
}

/* Count from now; fail the Nth allocation (0: count only). */
static void torture_arm(unsigned long n)
{
	allocs = 0;
	failed = 0;
	fail_at = n ? n : (unsigned long)-1;
}

static void torture_off(void)
{
	fail_at = 0;
}

static void load(const char *name, struct buf *b)
{
	char path[512];
	struct error err = { 0 };
	snprintf(path, sizeof(path), "%s/tests/fixtures/%s",
		 getenv("SRCDIR") ? getenv("SRCDIR") : ".", name);
	buf_reset(b);
	if (file_read_all(path, 1u << 20, b, &err) < 0)
		fail_msg("%s: %s", path, err.msg);
}

/* The first line where `got` and `want` differ, for the failure message. */
static const char *first_diff(const char *got, const char *want, char *line, size_t size)
{
	const char *g = got, *w = want;
	size_t n = 0;
	while (*g && *g == *w) {
		if (*g == '\n') {
			got = g + 1;
			want = w + 1;
		}
		g++;
		w++;
	}
	(void)want;
	while (got[n] && got[n] != '\n' && n + 1 < size && n < 200)
		n++;
	memcpy(line, got, n);
	line[n] = '\0';
	return line;
}

/*
 * Run `once` (a parse of the fixture, its whole result as text, with
 * allocation failures turned off before the result is written) counting
 * the allocations, then once failing each of them in turn.
 */
static void torture_input(const char *fixture, const struct buf *in,
			  char *(*once)(const struct buf *in, int *rc, struct error *err))
{
	struct error err = { 0 };
	unsigned long n, total;
	char *want, *got;
	int rc;

	torture_arm(0);
	want = once(in, &rc, &err);
	total = allocs;
	assert_int_equal(rc, 0);
	assert_true(total > 0);
	for (n = 1; n <= total; n++) {
		torture_arm(n);
		got = once(in, &rc, &err);
		if (getenv("TORTURE_ALL")) {
			char line[256];
			if (rc < 0 ? err.code != ERR_NOMEM : strcmp(got, want) != 0)
				printf("%s %lu/%lu rc %d %s\n", fixture, n, total, rc,
				       rc < 0 ? err.msg
					      : first_diff(got, want, line, sizeof(line)));
		} else if (rc < 0) {
			if (err.code != ERR_NOMEM)
				fail_msg("%s: allocation %lu of %lu failed: got %s (%s)", fixture,
					 n, total, error_code_name(err.code), err.msg);
		} else if (strcmp(got, want)) {
			char line[256];
			fail_msg(
				"%s: allocation %lu of %lu failed and was not reported: got \"%s\"",
				fixture, n, total, first_diff(got, want, line, sizeof(line)));
		}
		free(got);
	}
	free(want);
}

/* torture_input over the file tests/fixtures/`fixture`. */
static void torture(const char *fixture,
		    char *(*once)(const struct buf *in, int *rc, struct error *err))
{
	struct buf in = BUF_INIT;
	load(fixture, &in);
	torture_input(fixture, &in, once);
	buf_release(&in);
}

/* ---- extraction ---- */

/*
 * The whole result as text, computed with allocation failures off: every
 * field, the Markdown and the sanitized HTML too (`brief extract --format
 * markdown|html`), whose renderers append many times and check once.
 */
static char *extract_once(const struct buf *page, int *rc, struct error *err)
{
	struct extract_result res;
	struct extract_options opt = { 0 };
	char *js = NULL;
	opt.url = "https://example.org/news/a";
	opt.want_markdown = 1;
	opt.want_html = 1;
	memset(&res, 0, sizeof(res));
	*rc = extract_html(page->data, page->len, &opt, &res, err);
	torture_off();
	if (*rc == 0) {
		js = extract_result_json(&res, "page", EXTRACT_JSON_MARKDOWN | EXTRACT_JSON_HTML);
		assert_non_null(js);
		extract_result_release(&res);
	}
	return js;
}

static void torture_extract(const char *fixture)
{
	torture(fixture, extract_once);
}

static void extract_survives_every_failure(void **state)
{
	(void)state;
	torture_extract("extract/opengraph.html");
	torture_extract("extract/jsonld-graph.html");
	torture_extract("extract/microdata.html");
	torture_extract("extract/lists-tables.html");
	torture_extract("extract/cp1252.html");
	torture_extract("extract/republished.html");
}

/* ---- feeds ---- */

static void put(struct buf *b, const char *k, const char *v)
{
	buf_putf(b, "%s: %s\n", k, v ? v : "(null)");
}

static char *feed_once(const struct buf *data, int *rc, struct error *err)
{
	struct feed f;
	struct buf b = BUF_INIT;
	size_t i;
	memset(&f, 0, sizeof(f));
	*rc = feed_parse(data->data, data->len, "https://example.org/feed", &f, err);
	torture_off();
	if (*rc < 0)
		return NULL;
	put(&b, "title", f.title);
	put(&b, "link", f.link);
	put(&b, "description", f.description);
	put(&b, "updated", f.updated);
	buf_putf(&b, "recovered %d entries %zu\n", f.recovered, f.n);
	for (i = 0; i < f.n; i++) {
		const struct feed_entry *e = &f.entries[i];
		put(&b, "key", e->key);
		put(&b, "link", e->link);
		put(&b, "title", e->title);
		put(&b, "author", e->author);
		put(&b, "published", e->published);
		put(&b, "summary", e->summary);
		put(&b, "content", e->content);
		put(&b, "enclosure", e->enclosure_url);
	}
	feed_release(&f);
	assert_int_equal(buf_error(&b), 0);
	return buf_detach(&b, NULL);
}

static void torture_feed(const char *fixture)
{
	torture(fixture, feed_once);
}

static void feeds_survive_every_failure(void **state)
{
	(void)state;
	torture_feed("feeds/rss2.xml");
	torture_feed("feeds/atom.xml");
	torture_feed("feeds/jsonfeed.json");
	torture_feed("feeds/rss1.rdf");
	torture_feed("feeds/broken.xml");
}

/* ---- the store's statements built from filters ---- */

static struct store *outlets_store;

/*
 * The outlets with French articles: none, so a statement that lost its
 * language filter when an append failed would list the English outlet.
 */
static char *outlets_once(const struct buf *in, int *rc, struct error *err)
{
	char fr[] = "fr", since[] = "2020";
	struct search_query q;
	struct outlet_list l;
	struct buf b = BUF_INIT;
	size_t i;
	(void)in;
	memset(&q, 0, sizeof(q));
	q.lang = fr;
	q.since = since;
	*rc = store_outlets_filtered(outlets_store, &q, 10, 0, &l, err);
	torture_off();
	if (*rc < 0)
		return NULL;
	for (i = 0; i < l.n; i++)
		buf_putf(&b, "%s %lld\n", l.items[i].name, (long long)l.items[i].articles);
	buf_putf(&b, "outlets %zu\n", l.n);
	outlet_list_release(&l);
	assert_int_equal(buf_error(&b), 0);
	return buf_detach(&b, NULL);
}

static void filtered_statements_survive_every_failure(void **state)
{
	struct fixture *f = *state;
	struct buf none = BUF_INIT;
	fixture_put(f->st, "https://outlet.example.org/a", "A", "English text.");
	outlets_store = f->st;
	torture_input("outlets filtered by language", &none, outlets_once);
}

static int64_t tagged_id;

/* An article's tags, read back: a tag lost to a failed copy is a different answer. */
static char *tags_once(const struct buf *in, int *rc, struct error *err)
{
	struct buf b = BUF_INIT;
	char **tags;
	size_t n, i;
	(void)in;
	*rc = store_article_tags(outlets_store, tagged_id, &tags, &n, err);
	torture_off();
	if (*rc < 0)
		return NULL;
	for (i = 0; i < n; i++) {
		buf_putf(&b, "%s\n", tags[i]);
		free(tags[i]);
	}
	free(tags);
	assert_int_equal(buf_error(&b), 0);
	return buf_detach(&b, NULL);
}

static void article_tags_survive_every_failure(void **state)
{
	struct fixture *f = *state;
	struct buf none = BUF_INIT;
	struct article_in a;
	struct document d = { "https://outlet.example.org/t", "text/html", "<p>Text.</p>", 12,
			      NULL };
	struct error err = { 0 };
	enum store_put_result what;
	memset(&a, 0, sizeof(a));
	a.url = d.url;
	a.title = "Tagged";
	a.text = "Text.";
	a.tags = "border\nrivers\nwater rights";
	if (store_article_put(f->st, &d, &a, &tagged_id, &what, &err) < 0)
		fail_msg("storing: %s", err.msg);
	outlets_store = f->st;
	torture_input("an article's tags", &none, tags_once);
}

/* An article read back whole: a field lost to a failed copy is a different answer. */
static char *article_once(const struct buf *in, int *rc, struct error *err)
{
	struct article a;
	struct buf b = BUF_INIT;
	(void)in;
	*rc = store_article_get(outlets_store, tagged_id, &a, err);
	torture_off();
	if (*rc < 0)
		return NULL;
	buf_putf(&b, "%s|%s|%s|%s|%s|%s\n", a.url ? a.url : "-", a.title ? a.title : "-",
		 a.text ? a.text : "-", a.source ? a.source : "-", a.published ? a.published : "-",
		 a.added ? "added" : "-");
	article_release(&a);
	assert_int_equal(buf_error(&b), 0);
	return buf_detach(&b, NULL);
}

static void article_read_survives_every_failure(void **state)
{
	struct fixture *f = *state;
	struct buf none = BUF_INIT;
	tagged_id = fixture_put(f->st, "https://outlet.example.org/r", "Read back", "Some text.");
	outlets_store = f->st;
	torture_input("an article read back", &none, article_once);
}

/* ---- every kind of record the store reads back ---- */

/*
 * A store holding one of each record: two articles in one syndication
 * group (the first with tags, events, stored related news and key terms),
 * a subscription with a fetch logged and, on an engine with a queue, a job
 * and a stored document. Each *_once below reads one subject back whole,
 * so a field lost to a failed copy is a different answer; on PostgreSQL
 * (tests/integration/t0170) the copies are the engine's pg_strdup's.
 */
static struct {
	struct store *st;
	int64_t a, b, sub;
	const char *text; /* the first article's, which the second copies */
	char sha[65];
	int queue; /* the engine has a job queue */
} rd;

static const char *s_(const char *s)
{
	return s ? s : "-";
}

/* Append to the test's own output, its allocations neither counted nor failed. */
static void say(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int r;
	paused++;
	va_start(ap, fmt);
	r = buf_vaddf(b, fmt, ap);
	va_end(ap);
	paused--;
	if (r < 0)
		fail_msg("the test's output: %s", error_code_name(-r));
}

static void put_article(struct buf *b, const struct article *a)
{
	say(b, "article %lld %s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%lld|%s\n", (long long)a->id,
	    s_(a->url), s_(a->source), s_(a->source_url), s_(a->title), s_(a->byline),
	    s_(a->published), s_(a->modified), s_(a->language), s_(a->description), s_(a->image),
	    s_(a->text), s_(a->original_name), s_(a->original_url), (long long)a->word_count,
	    a->added ? "added" : "-");
}

static void put_articles(struct buf *b, const struct article_list *l)
{
	size_t i;
	say(b, "articles %zu\n", l->n);
	for (i = 0; i < l->n; i++)
		put_article(b, &l->items[i]);
}

static void put_hits(struct buf *b, const struct search_results *r)
{
	size_t i;
	say(b, "hits %zu of %zu\n", r->n, r->total);
	for (i = 0; i < r->n; i++) {
		put_article(b, &r->items[i].a);
		say(b, "  snippet %s copies %zu\n", s_(r->items[i].snippet), r->items[i].copies);
	}
}

static void put_events(struct buf *b, const struct stored_event_list *l)
{
	size_t i;
	say(b, "events %zu\n", l->n);
	for (i = 0; i < l->n; i++) {
		const struct stored_event *e = &l->items[i];
		say(b, "event %s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s\n",
		    s_(e->source), s_(e->source_text), s_(e->target), s_(e->target_text),
		    s_(e->code), s_(e->root), s_(e->plover), s_(e->mode), s_(e->date),
		    s_(e->date_end), s_(e->date_precision), s_(e->modality), s_(e->evidence),
		    s_(e->verb), s_(e->pattern), s_(e->url), s_(e->title),
		    e->added ? "added" : "-");
	}
}

static void put_strings(struct buf *b, const char *what, char **v, size_t n)
{
	size_t i;
	say(b, "%s %zu:", what, n);
	for (i = 0; i < n; i++) {
		say(b, " %s", v[i]);
		free(v[i]);
	}
	free(v);
	say(b, "\n");
}

/* The text of `b` for torture_input, or NULL after the read that failed. */
static char *reads_done(struct buf *b, int rc, int *out)
{
	*out = rc;
	if (rc < 0) {
		buf_release(b);
		return NULL;
	}
	assert_int_equal(buf_error(b), 0);
	return buf_detach(b, NULL);
}

static char *articles_once(const struct buf *in, int *rc, struct error *err)
{
	struct buf b = BUF_INIT;
	struct article a;
	struct article_list l;
	int64_t sid;
	int r;
	(void)in;
	if ((r = store_article_get(rd.st, rd.a, &a, err)) < 0)
		goto out;
	put_article(&b, &a);
	article_release(&a);
	if ((r = store_articles_latest(rd.st, 10, 0, &l, err)) < 0)
		goto out;
	put_articles(&b, &l);
	article_list_release(&l);
	if ((r = store_source_id(rd.st, "https://outlet.example.org/", &sid, err)) < 0 ||
	    (r = store_outlet_latest(rd.st, sid, 10, 0, &l, err)) < 0)
		goto out;
	put_articles(&b, &l);
	article_list_release(&l);
	if ((r = store_tag_latest(rd.st, "harbours", 10, 0, &l, err)) < 0)
		goto out;
	put_articles(&b, &l);
	article_list_release(&l);
	if ((r = store_actor_latest(rd.st, "FRA", 10, 0, &l, err)) < 0)
		goto out;
	put_articles(&b, &l);
	article_list_release(&l);
	if ((r = store_copies(rd.st, rd.a, &l, err)) < 0)
		goto out;
	put_articles(&b, &l);
	article_list_release(&l);
out:
	torture_off();
	return reads_done(&b, r, rc);
}

static char *outlets_all_once(const struct buf *in, int *rc, struct error *err)
{
	struct buf b = BUF_INIT;
	struct outlet_list l;
	struct outlet o;
	size_t i;
	int r;
	(void)in;
	if ((r = store_outlets(rd.st, 10, 0, &l, err)) < 0)
		goto out;
	for (i = 0; i < l.n; i++)
		say(&b, "outlet %s %s %lld %s\n", s_(l.items[i].name), s_(l.items[i].url),
		    (long long)l.items[i].articles, s_(l.items[i].latest));
	if (l.n) {
		int64_t id = l.items[0].id;
		outlet_list_release(&l);
		if ((r = store_outlet_get(rd.st, id, &o, err)) < 0)
			goto out;
		say(&b, "outlet %s %s %lld %s\n", s_(o.name), s_(o.url), (long long)o.articles,
		    s_(o.latest));
		outlet_release(&o);
	} else {
		outlet_list_release(&l);
	}
out:
	torture_off();
	return reads_done(&b, r, rc);
}

static char *events_once(const struct buf *in, int *rc, struct error *err)
{
	struct buf b = BUF_INIT;
	struct event_filter f = { 0 };
	struct stored_event_list l;
	char **v;
	size_t n;
	int r;
	(void)in;
	f.include_unreal = 1;
	if ((r = store_events_query(rd.st, &f, &l, err)) < 0)
		goto out;
	put_events(&b, &l);
	stored_event_list_release(&l);
	if ((r = store_article_events(rd.st, rd.a, &l, err)) < 0)
		goto out;
	put_events(&b, &l);
	stored_event_list_release(&l);
	if ((r = store_events_page(rd.st, "FRA", NULL, 10, 0, &l, err)) < 0)
		goto out;
	put_events(&b, &l);
	stored_event_list_release(&l);
	if ((r = store_article_actors(rd.st, rd.a, &v, &n, err)) < 0)
		goto out;
	put_strings(&b, "actors", v, n);
	if ((r = store_article_tags(rd.st, rd.a, &v, &n, err)) < 0)
		goto out;
	put_strings(&b, "tags", v, n);
out:
	torture_off();
	return reads_done(&b, r, rc);
}

static char *sources_once(const struct buf *in, int *rc, struct error *err)
{
	struct buf b = BUF_INIT;
	struct subscription s;
	struct subscription_list l;
	struct fetch_log_list log;
	size_t i;
	int r;
	(void)in;
	if ((r = store_subscription_get(rd.st, "Harbour feed", &s, err)) < 0)
		goto out;
	say(&b, "sub %s|%s|%s|%s|%s|%s|%s|%s|%s\n", s_(s.url), s_(s.name), s_(s.kind), s_(s.tags),
	    s_(s.title), s_(s.etag), s_(s.last_modified), s.added ? "added" : "-",
	    s_(s.last_error));
	subscription_release(&s);
	/* by its URL, normalised first */
	if ((r = store_subscription_get(rd.st, "HTTPS://Outlet.Example.org/feed.xml#top", &s,
					err)) < 0)
		goto out;
	say(&b, "sub %s|%s\n", s_(s.url), s_(s.name));
	subscription_release(&s);
	if ((r = store_subscription_list(rd.st, 0, 0, &l, err)) < 0)
		goto out;
	for (i = 0; i < l.n; i++)
		say(&b, "sub %s|%s|%s\n", s_(l.items[i].url), s_(l.items[i].name),
		    s_(l.items[i].kind));
	subscription_list_release(&l);
	if ((r = store_fetch_log_list(rd.st, rd.sub, 10, &log, err)) < 0)
		goto out;
	for (i = 0; i < log.n; i++)
		say(&b, "fetch %s|%ld|%s|%s\n", s_(log.items[i].url), log.items[i].status,
		    s_(log.items[i].error), log.items[i].at ? "at" : "-");
	fetch_log_list_release(&log);
out:
	torture_off();
	return reads_done(&b, r, rc);
}

static char *groups_once(const struct buf *in, int *rc, struct error *err)
{
	struct buf b = BUF_INIT;
	struct group_member m;
	struct group_members l;
	size_t i;
	int r;
	(void)in;
	if ((r = store_group_member_get(rd.st, rd.b, &m, err)) < 0)
		goto out;
	say(&b, "member %s|%s|%s %lld\n", s_(m.url), s_(m.original_url), s_(m.published),
	    (long long)(m.group_id == rd.a));
	group_member_release(&m);
	if ((r = store_group_members(rd.st, rd.a, 0, &l, err)) < 0)
		goto out;
	for (i = 0; i < l.n; i++)
		say(&b, "member %s|%s|%s\n", s_(l.items[i].url), s_(l.items[i].original_url),
		    s_(l.items[i].published));
	group_members_release(&l);
out:
	torture_off();
	return reads_done(&b, r, rc);
}

static char *search_once(const struct buf *in, int *rc, struct error *err)
{
	struct buf b = BUF_INIT;
	struct search_query q;
	struct search_results r0;
	struct key_terms kt;
	size_t i;
	int r;
	(void)in;
	memset(&q, 0, sizeof(q));
	if ((r = search_query_parse("harbour", &q, err)) < 0)
		goto out;
	r = store_search(rd.st, &q, 10, 0, &r0, err);
	search_query_release(&q);
	if (r < 0)
		goto out;
	put_hits(&b, &r0);
	search_results_release(&r0);
	if ((r = store_latest_groups(rd.st, 10, 0, &r0, err)) < 0)
		goto out;
	put_hits(&b, &r0);
	search_results_release(&r0);
	if ((r = store_related_stored(rd.st, rd.a, 10, &r0, err)) < 0)
		goto out;
	put_hits(&b, &r0);
	search_results_release(&r0);
	if ((r = store_story_terms_get(rd.st, rd.a, &kt, err)) < 0)
		goto out;
	say(&b, "terms %s %s:", s_(kt.published), s_(kt.source));
	for (i = 0; i < kt.n; i++)
		say(&b, " %s", kt.terms[i]);
	say(&b, "\n");
	key_terms_release(&kt);
out:
	torture_off();
	return reads_done(&b, r, rc);
}

/* What related news and grouping read: key terms, candidates, hits filled in, copies' keys. */
static char *related_once(const struct buf *in, int *rc, struct error *err)
{
	struct buf b = BUF_INIT;
	struct key_terms kt;
	struct related_candidates rc0;
	struct search_results hits = { 0 };
	struct search_hit h;
	struct fingerprint fp;
	struct fp_candidates fc;
	size_t i;
	int r;
	(void)in;
	if ((r = store_key_terms(rd.st, rd.a, 10, 100, &kt, err)) < 0)
		goto out;
	say(&b, "key terms %s %s:", s_(kt.published), s_(kt.source));
	for (i = 0; i < kt.n; i++)
		say(&b, " %s", kt.terms[i]);
	say(&b, "\n");
	key_terms_release(&kt);
	if ((r = store_related_candidates(rd.st, rd.a, 10, &rc0, err)) < 0)
		goto out;
	say(&b, "candidates %zu %s\n", rc0.n, s_(rc0.when));
	for (i = 0; i < rc0.n; i++)
		say(&b, "candidate %lld %s\n", (long long)(rc0.items[i].id == rd.b),
		    s_(rc0.items[i].when));
	related_candidates_release(&rc0);
	memset(&h, 0, sizeof(h));
	h.a.id = rd.b;
	hits.items = &h;
	hits.n = 1;
	r = store_hits_load(rd.st, &hits, err);
	if (r == 0)
		put_hits(&b, &hits);
	article_release(&h.a);
	free(h.snippet);
	if (r < 0)
		goto out;
	paused++;
	fingerprint_text(rd.text, strlen(rd.text), &fp);
	paused--;
	if ((r = store_fingerprint_candidates(rd.st, rd.a, &fp, 1, 100, &fc, err)) < 0)
		goto out;
	say(&b, "copies %zu\n", fc.n);
	for (i = 0; i < fc.n; i++)
		say(&b, "copy %lld exact %d keys %zu sample %zu\n",
		    (long long)(fc.items[i].article_id == rd.b), fc.items[i].same_exact,
		    fc.items[i].shared_keys, fc.items[i].nsample);
	fp_candidates_release(&fc);
out:
	torture_off();
	return reads_done(&b, r, rc);
}

static int each_text(int64_t id, const char *title, const char *text, const char *published,
		     void *data)
{
	say(data, "text %lld %s %s %s\n",
	    (long long)(id == rd.a   ? 1
			: id == rd.b ? 2
				     : 0),
	    s_(title), s_(text), s_(published));
	return 0;
}

/* The other reads: a page's bytes, every text, ids that pass filters or wait, actor pairs. */
static char *misc_once(const struct buf *in, int *rc, struct error *err)
{
	struct buf b = BUF_INIT, body = BUF_INIT;
	struct article a;
	struct search_query q = { 0 };
	struct actor_pair_list pairs;
	char tag[] = "harbours";
	int64_t ids[2] = { rd.a, rd.b }, *pass, found;
	size_t n, i;
	int r;
	(void)in;
	if ((r = store_article_get(rd.st, rd.a, &a, err)) < 0)
		goto out;
	r = a.doc_sha256 ? store_document_body(rd.st, a.doc_sha256, &body, err) : 0;
	article_release(&a);
	if (r < 0)
		goto out;
	say(&b, "body %s\n", body.data);
	if ((r = store_articles_each_text(rd.st, each_text, &b, err)) < 0)
		goto out;
	q.tag = tag;
	if ((r = store_articles_passing(rd.st, &q, ids, 2, &pass, &n, err)) < 0)
		goto out;
	say(&b, "passing %zu %lld\n", n, (long long)(n ? pass[0] == rd.a : 0));
	free(pass);
	if ((r = store_originals_between(rd.st, "2024", NULL, 10, &pass, &n, err)) < 0)
		goto out;
	say(&b, "originals %zu\n", n);
	free(pass);
	if ((r = store_related_pending(rd.st, 10, &pass, &n, err)) < 0)
		goto out;
	say(&b, "related pending %zu\n", n);
	free(pass);
	if ((r = store_story_terms_pending(rd.st, 10, &pass, &n, err)) < 0)
		goto out;
	say(&b, "terms pending %zu\n", n);
	free(pass);
	if ((found = store_article_id_by_url(rd.st, "https://other.example.org/two", err)) < 0) {
		r = (int)found;
		goto out;
	}
	say(&b, "by url %lld\n", (long long)(found == rd.b));
	if ((r = store_actor_pairs(rd.st, NULL, &pairs, err)) < 0)
		goto out;
	for (i = 0; i < pairs.n; i++)
		say(&b, "pair %s %s %lld %s\n", pairs.items[i].source, pairs.items[i].target,
		    (long long)pairs.items[i].events, pairs.items[i].latest);
	actor_pair_list_release(&pairs);
out:
	torture_off();
	buf_release(&body);
	return reads_done(&b, r, rc);
}

static char *jobs_once(const struct buf *in, int *rc, struct error *err)
{
	struct buf b = BUF_INIT;
	struct store_job_rows l;
	char *url, *type;
	size_t i;
	int r;
	(void)in;
	if ((r = store_jobs_list(rd.st, NULL, 10, &l, err)) < 0)
		goto out;
	for (i = 0; i < l.n; i++)
		say(&b, "job %s|%s|%s|%s|%s|%s\n", s_(l.items[i].kind), s_(l.items[i].arg),
		    s_(l.items[i].label), s_(l.items[i].state), s_(l.items[i].worker),
		    s_(l.items[i].error));
	store_job_rows_release(&l);
	if ((r = store_document_meta(rd.st, rd.sha, &url, &type, err)) < 0)
		goto out;
	say(&b, "document %s %s\n", s_(url), s_(type));
	free(url);
	free(type);
out:
	torture_off();
	return reads_done(&b, r, rc);
}

/*
 * The job queue as a worker drives it: a document stored and queued (new
 * ones each run), every waiting job taken under a lease, the run's own
 * read back and each settled, the queue counted. The leases are committed
 * by the take, so a take that fails must lease nothing: with failures off
 * again, no job is left running whatever failed (a job leased and lost
 * would wait out its lease and spend an attempt). On SQLite, which has no
 * queue, every call answers ERR_USAGE, allocating nothing.
 */
static char *queue_once(const struct buf *in, int *rc, struct error *err)
{
	static unsigned serial;
	struct buf b = BUF_INIT;
	char url[96], text[96], sha[65], *curl = NULL, *ctype = NULL;
	struct document d = { NULL, "text/html", text, 0, NULL };
	struct store_jobs jobs = { 0 };
	struct store_job_counts c;
	struct error check = { 0 };
	int64_t id;
	size_t i, settled = 0;
	int added, mine = 0, r;
	(void)in;
	/* (a document is its bytes: each run's text is its own) */
	snprintf(url, sizeof(url), "https://outlet.example.org/queued%u", serial);
	d.len = (size_t)snprintf(text, sizeof(text), "A page a worker is handed, run %u.",
				 serial++);
	d.url = url;
	if ((r = store_document_put(rd.st, &d, sha, &id, &added, err)) < 0 ||
	    (r = store_job_add(rd.st, "document", sha, url, 2, &added, err)) < 0)
		goto out;
	say(&b, "queued %d\n", added);
	/* (with the jobs of earlier runs that failed after queueing theirs) */
	if ((r = store_jobs_take(rd.st, "worker-1", 10, 60, &jobs, err)) < 0)
		goto out;
	for (i = 0; i < jobs.n; i++) {
		const struct store_job *j = &jobs.items[i];
		int own = j->arg && !strcmp(j->arg, sha);
		if (own) {
			mine++;
			say(&b, "took %s %d/%d %d\n", s_(j->kind), j->attempts, j->max_attempts,
			    j->label && !strcmp(j->label, url));
			if ((r = store_document_meta(rd.st, sha, &curl, &ctype, err)) < 0)
				goto out;
			say(&b, "document %d %s\n", curl && !strcmp(curl, url), s_(ctype));
		}
		if ((r = store_job_finish(rd.st, j->id, "worker-1", NULL, 0, err)) < 0)
			goto out;
		settled++;
		if (own)
			say(&b, "finished %d\n", r);
	}
	say(&b, "mine %d\n", mine);
	if ((r = store_jobs_count(rd.st, &c, err)) < 0)
		goto out;
out:
	torture_off();
	/* what a worker does with the jobs it took when its run fails: settles them to retry */
	for (i = settled; i < jobs.n; i++)
		if (store_job_finish(rd.st, jobs.items[i].id, "worker-1", "the run failed", 0,
				     &check) < 0)
			fail_msg("settling job %zu: %s", i, check.msg);
	free(curl);
	free(ctype);
	store_jobs_release(&jobs);
	if (store_jobs_count(rd.st, &c, &check) < 0)
		fail_msg("counting the jobs: %s", check.msg);
	/* so a job still running is one that a take failing after it leased it lost */
	if (c.running) {
		buf_release(&b);
		fail_msg("%lld job(s) left leased by a run that failed with %s",
			 (long long)c.running, r < 0 ? err->msg : "nothing");
	}
	return reads_done(&b, r, rc);
}

/* On SQLite, which has no queue: each call answers ERR_USAGE, its results emptied. */
static void queue_calls_are_usage_errors(struct store *st)
{
	static const char text[] = "A page.";
	struct document d = { "https://outlet.example.org/q", "text/html", text, sizeof(text) - 1,
			      NULL };
	struct store_jobs jobs = { (struct store_job *)&jobs, 1 };
	struct store_job_rows rows = { (struct store_job_row *)&rows, 1 };
	struct store_job_counts c = { 1, 1, 1, 1, 1 };
	struct error err = { 0 };
	char sha[65] = "x", *u = &sha[0], *t = &sha[0];
	int64_t id = 1;
	int added = 1;
	assert_int_equal(store_document_put(st, &d, sha, &id, &added, &err), -ERR_USAGE);
	assert_true(!sha[0] && !id && !added);
	added = 1;
	assert_int_equal(store_job_add(st, "document", "abc", "l", 2, &added, &err), -ERR_USAGE);
	assert_int_equal(added, 0);
	assert_int_equal(store_jobs_take(st, "w", 10, 60, &jobs, &err), -ERR_USAGE);
	assert_true(!jobs.items && !jobs.n);
	assert_int_equal(store_job_finish(st, 1, "w", NULL, 0, &err), -ERR_USAGE);
	assert_int_equal(store_jobs_count(st, &c, &err), -ERR_USAGE);
	assert_true(!c.waiting && !c.running && !c.done && !c.failed && !c.expired);
	assert_int_equal(store_jobs_list(st, NULL, 10, &rows, &err), -ERR_USAGE);
	assert_true(!rows.items && !rows.n);
	assert_int_equal(store_document_meta(st, "abc", &u, &t, &err), -ERR_USAGE);
	assert_true(!u && !t);
	assert_non_null(strstr(err.msg, "PostgreSQL"));
}

/*
 * An article stored (a new URL each run: the earlier runs' stay) with what
 * ingest writes of it next, then read back: a write that runs out of
 * memory fails with ERR_NOMEM, and rolls back, or the next run's
 * transaction would fail with another error.
 */
static char *write_once(const struct buf *in, int *rc, struct error *err)
{
	static unsigned serial;
	static const char text[] =
		"Envoys of both countries met at the harbour and signed an accord.";
	struct buf b = BUF_INIT;
	char url[96];
	struct document d = { NULL, "text/html", text, sizeof(text) - 1, NULL };
	struct article_in a;
	struct article got;
	enum store_put_result what;
	struct event ev[2];
	struct event_list el = { 0 };
	struct fingerprint fp;
	struct related_item ri;
	char t0[] = "accord", t1[] = "harbour";
	char *terms[2] = { t0, t1 };
	double weights[2] = { 2.0, 1.0 };
	struct key_terms kt = { terms, weights, 2, NULL, NULL };
	struct stored_event_list evs;
	struct search_results hits;
	int64_t id;
	size_t i;
	int r;
	(void)in;
	snprintf(url, sizeof(url), "https://outlet.example.org/w%u", serial++);
	d.url = url;
	memset(&a, 0, sizeof(a));
	a.url = url;
	a.title = "Accord signed";
	a.published = "2024-04-01";
	a.text = text;
	a.source = "Example Outlet";
	a.source_url = "https://outlet.example.org/";
	a.tags = "accords\nwater";
	if ((r = store_article_put(rd.st, &d, &a, &id, &what, err)) < 0)
		goto out;
	if ((r = store_article_get(rd.st, id, &got, err)) < 0)
		goto out;
	say(&b, "%d %s|%s|%s|%s\n", (int)what, s_(got.title), s_(got.published), s_(got.source),
	    s_(got.text));
	article_release(&got);
	/* what ingest writes of it next: events, fingerprint, group, related news, key terms */
	paused++;
	fixture_two_events(ev, text);
	fingerprint_text(text, strlen(text), &fp);
	paused--;
	el.v = ev;
	el.n = 2;
	ri.id = rd.a;
	ri.score = 0.25;
	if ((r = store_events_replace(rd.st, id, &el, text, err)) < 0 ||
	    (r = store_fingerprint_put(rd.st, id, &fp, err)) < 0 ||
	    (r = store_group_set(rd.st, id, rd.a, 0.5, err)) < 0 ||
	    (r = store_related_put(rd.st, id, &ri, 1, err)) < 0 ||
	    (r = store_story_terms_put(rd.st, id, &kt, err)) < 0)
		goto out;
	if ((r = store_article_events(rd.st, id, &evs, err)) < 0)
		goto out;
	for (i = 0; i < evs.n; i++) /* each run's URL is its own */
		say(&b, "event %s %s %s %s %s %s\n", s_(evs.items[i].source),
		    s_(evs.items[i].target), s_(evs.items[i].code), s_(evs.items[i].date),
		    s_(evs.items[i].evidence), s_(evs.items[i].title));
	stored_event_list_release(&evs);
	if ((r = store_related_stored(rd.st, id, 10, &hits, err)) < 0)
		goto out;
	/* (each run joins the group of rd.a: its copies grow) */
	for (i = 0; i < hits.n; i++)
		say(&b, "related %lld %s\n", (long long)(hits.items[i].a.id == rd.a),
		    s_(hits.items[i].a.title));
	search_results_release(&hits);
out:
	torture_off();
	return reads_done(&b, r, rc);
}

/* Store the records the reads above read back; a failure fails the test. */
static void reads_fill(struct store *st)
{
	static const char text[] = "Envoys of both countries met at the harbour to talk.";
	struct document d = { "https://outlet.example.org/one", "text/html", text, sizeof(text) - 1,
			      NULL };
	struct article_in a;
	struct event ev[2];
	struct event_list el = { 0 };
	struct subscription_in sub = { 0 };
	struct fetch_log_entry fe = { 0 };
	struct related_item ri;
	char t0[] = "harbour", t1[] = "envoy";
	char *terms[2] = { t0, t1 };
	double weights[2] = { 2.0, 1.0 };
	struct key_terms kt = { terms, weights, 2, NULL, NULL };
	struct error err = { 0 };
	enum store_put_result what;
	size_t i;

	memset(&rd, 0, sizeof(rd));
	rd.st = st;
	memset(&a, 0, sizeof(a));
	a.url = d.url;
	a.title = "Harbour talks";
	a.byline = "A. Writer";
	a.published = "2024-03-01";
	a.language = "en";
	a.description = "Envoys at the harbour.";
	a.text = text;
	a.source = "Example Outlet";
	a.source_url = "https://outlet.example.org/";
	a.tags = "harbours\nwater rights";
	if (store_article_put(st, &d, &a, &rd.a, &what, &err) < 0)
		fail_msg("storing: %s", err.msg);
	rd.text = text;
	rd.b = fixture_put(st, "https://other.example.org/two", "Harbour talks (copy)", text);
	if (store_group_set(st, rd.a, rd.a, 1.0, &err) < 0 ||
	    store_group_set(st, rd.b, rd.a, 0.9, &err) < 0)
		fail_msg("grouping: %s", err.msg);

	fixture_two_events(ev, text);
	for (i = 0; i < 2; i++) {
		ev[i].source_text = "Envoys";
		ev[i].target_text = "both countries";
		ev[i].plover = "CONSULT";
		ev[i].mode = "";
		ev[i].pattern = "MEET";
	}
	el.v = ev;
	el.n = 2;
	if (store_events_replace(st, rd.a, &el, text, &err) < 0)
		fail_msg("events: %s", err.msg);

	sub.url = "https://outlet.example.org/feed.xml";
	sub.name = "Harbour feed";
	sub.tags = "ports";
	if (store_subscription_add(st, &sub, &rd.sub, NULL, &err) < 0)
		fail_msg("subscribing: %s", err.msg);
	fe.url = sub.url;
	fe.status = 500;
	fe.error = "server error";
	if (store_fetch_log_add(st, rd.sub, &fe, &err) < 0)
		fail_msg("fetch log: %s", err.msg);

	{
		struct fingerprint fp;
		fingerprint_text(text, strlen(text), &fp);
		if (store_fingerprint_put(st, rd.a, &fp, &err) < 0 ||
		    store_fingerprint_put(st, rd.b, &fp, &err) < 0 ||
		    store_term_stats_refresh(st, 1, &err) < 0)
			fail_msg("fingerprints: %s", err.msg);
	}
	ri.id = rd.b;
	ri.score = 0.5;
	if (store_related_put(st, rd.a, &ri, 1, &err) < 0 ||
	    store_story_terms_put(st, rd.a, &kt, &err) < 0)
		fail_msg("related news: %s", err.msg);

	rd.queue = !strcmp(store_engine_name(st), "postgresql");
	if (rd.queue) {
		int64_t id;
		int added;
		d.url = "https://outlet.example.org/queued";
		if (store_document_put(st, &d, rd.sha, &id, &added, &err) < 0 ||
		    store_job_add(st, "document", rd.sha, "queued page", 2, NULL, &err) < 0)
			fail_msg("queueing: %s", err.msg);
	}
}

static void store_reads_survive_every_failure(void **state)
{
	struct fixture *f = *state;
	struct buf none = BUF_INIT;
	reads_fill(f->st);
	torture_input("articles read back", &none, articles_once);
	torture_input("outlets read back", &none, outlets_all_once);
	torture_input("events, actors and tags read back", &none, events_once);
	torture_input("subscriptions and the fetch log read back", &none, sources_once);
	torture_input("a syndication group read back", &none, groups_once);
	torture_input("search hits, stories and related news read back", &none, search_once);
	torture_input("key terms, related news' candidates, hits and copies read", &none,
		      related_once);
	torture_input("a page, every text, ids and actor pairs read", &none, misc_once);
	torture_input("an article stored and read back", &none, write_once);
	if (rd.queue) {
		torture_input("jobs and a queued document read back", &none, jobs_once);
		torture_input("a document queued, jobs taken and settled", &none, queue_once);
	} else {
		queue_calls_are_usage_errors(rd.st);
	}
}

/* ---- dictionaries ---- */

/* What the trie holds at `node`: its id and its payloads. */
static void put_node(struct buf *out, const struct dict *d, int32_t node)
{
	int32_t p;
	buf_putf(out, " [%d", node);
	for (p = node >= 0 ? d->node_pay[node] : -1; p >= 0; p = d->pays[p].next)
		buf_putf(out, " %d/%d/%d/%d", d->pays[p].kind, d->pays[p].form, d->pays[p].flags,
			 d->pays[p].idx);
	buf_puts(out, "]");
}

/* Every phrase of the words below `nw` under `node`, depth first. */
static void put_phrases(struct buf *out, const struct dict *d, int32_t node, size_t nw, int depth)
{
	size_t w;
	for (w = 0; w < nw && depth < 8; w++) {
		int32_t c = dict_child(d, node, (int32_t)w);
		if (c < 0)
			continue;
		buf_putf(out, "%*s%s", depth, "", d->wtext + d->woff[w]);
		put_node(out, d, c);
		buf_puts(out, "\n");
		put_phrases(out, d, c, nw, depth + 1);
	}
}

/* A generated word for `i`: three letters, "kaa" on. */
static void gen_word(char *w, unsigned i)
{
	w[0] = (char)('k' + i / 676 % 10);
	w[1] = (char)('a' + i / 26 % 26);
	w[2] = (char)('a' + i % 26);
	w[3] = '\0';
}

#define GEN_WORDS 800
#define GEN_NAMES 1500

/* Name `j` of the generated actors: three generated words. */
static void gen_name(char *name, size_t size, unsigned j)
{
	char a[4], b[4], c[4];
	gen_word(a, j % GEN_WORDS);
	gen_word(b, (j * 7 + 3) % GEN_WORDS);
	gen_word(c, (j * 13 + 5) % GEN_WORDS);
	snprintf(name, size, "%s %s %s", a, b, c);
}

/*
 * `d` described as text: the tables' sizes and flags, each word, every
 * phrase of the first `nfixed` words, each pattern and actor, and where
 * each of the first `ngen` generated names leads.
 */
static char *dict_text(const struct dict *d, size_t nfixed, unsigned ngen)
{
	struct buf out = BUF_INIT;
	size_t w, i;
	buf_putf(&out,
		 "%zu words, %zu nodes, %zu payloads, %zu actors, %zu codes, %zu agents, "
		 "%zu verbs, %zu blocks, %zu patterns, %zu sets, longest %zu, flags %x\n",
		 d->nwords, d->nnodes, d->npays, d->nactors, d->ncodes, d->nagents, d->nverbs,
		 d->nblocks, d->npats, d->nsyns, d->max_phrase, d->flags);
	for (w = 0; w < d->nwords; w++) {
		const char *form = d->wtext + d->woff[w];
		assert_int_equal(dict_word(d, form, strlen(form)), (int32_t)w);
		buf_putf(&out, "%s %x\n", form, d->wflags[w]);
	}
	put_phrases(&out, d, 0, nfixed, 0);
	for (i = 0; i < d->npats; i++)
		buf_putf(&out, "%s [%s:%s] %u/%u\n", d->pats[i].text, d->pats[i].code,
			 d->pats[i].rcode, d->pats[i].nel, d->pats[i].star);
	for (i = 0; i < d->nactors; i++)
		buf_putf(&out, "%s %s\n", d->actors[i].name,
			 d->actors[i].n ? d->codes[d->actors[i].first].code : "-");
	for (i = 0; i < ngen; i++) {
		char name[16], *s, *save = NULL;
		int32_t node = 0;
		gen_name(name, sizeof(name), (unsigned)i);
		for (s = strtok_r(name, " ", &save); s; s = strtok_r(NULL, " ", &save))
			node = dict_child(d, node, dict_word(d, s, strlen(s)));
		put_node(&out, d, node);
	}
	assert_int_equal(buf_error(&out), 0);
	return buf_detach(&out, NULL);
}

/*
 * The dictionaries of tests/fixtures/dict loaded as the default ones are
 * (the tables sized first, from a guess below what the files hold, and one
 * buffer for every file), then the generated actors of `gen`, enough for
 * every table to grow past its first size; described as text: the tables'
 * sizes, each word, every phrase of the fixtures' words and where each
 * generated name leads.
 */
static char *dict_once(const struct buf *gen, int *rc, struct error *err)
{
	static const char *const files[DICT_KINDS] = { "actors.txt", "agents.txt", "verbs.txt",
						       "discards.txt" };
	const size_t bytes[DICT_KINDS] = { 200, 40, 200, 10 };
	struct buf text = BUF_INIT;
	struct dict *d = NULL;
	size_t nfixed = 0;
	char *out;
	int k;
	*rc = dict_new(&d, err);
	if (!*rc)
		*rc = dict_reserve(d, bytes, err);
	for (k = 0; k < DICT_KINDS && !*rc; k++) {
		char path[512];
		snprintf(path, sizeof(path), "%s/tests/fixtures/dict/%s",
			 getenv("SRCDIR") ? getenv("SRCDIR") : ".", files[k]);
		*rc = dict_load_file_with(d, (enum dict_kind)k, path, &text, err);
	}
	if (!*rc) {
		nfixed = d->nwords;
		*rc = dict_load_buf(d, DICT_ACTORS, "generated", gen->data, gen->len, err);
	}
	buf_release(&text);
	torture_off();
	if (*rc) {
		dict_free(d);
		return NULL;
	}
	out = dict_text(d, nfixed, GEN_NAMES);
	dict_free(d);
	return out;
}

static void dictionaries_survive_every_failure(void **state)
{
	struct buf gen = BUF_INIT;
	unsigned j;
	(void)state;
	for (j = 0; j < GEN_NAMES; j++) {
		char name[16];
		gen_name(name, sizeof(name), j);
		buf_putf(&gen, "%s [N%03u]\n", name, j % 1000);
	}
	assert_int_equal(buf_error(&gen), 0);
	torture_input("dictionaries", &gen, dict_once);
	buf_release(&gen);
}

/*
 * The default dictionaries as `brief code` loads them: lexicon_load_defaults
 * over the data directory tests/fixtures/lexicon (its kinds' *.txt files
 * listed, sized and reserved for, then read in name order through one
 * buffer), described as text; a load that fails must leave nothing
 * allocated but the dictionary, which dict_free releases.
 */
static char *lexicon_once(const struct buf *in, int *rc, struct error *err)
{
	struct dict *d = NULL;
	char dir[512], *out;
	(void)in;
	snprintf(dir, sizeof(dir), "%s/tests/fixtures/lexicon",
		 getenv("SRCDIR") ? getenv("SRCDIR") : ".");
	*rc = dict_new(&d, err);
	if (!*rc)
		*rc = lexicon_load_defaults(d, dir, err);
	torture_off();
	if (*rc) {
		dict_free(d);
		return NULL;
	}
	out = dict_text(d, d->nwords, 0);
	dict_free(d);
	return out;
}

static void default_dictionaries_survive_every_failure(void **state)
{
	struct buf none = BUF_INIT;
	struct error err = { 0 };
	struct dict *d = NULL;
	int rc;
	char dir[512];
	(void)state;
	/* the fixture is loaded whole: both actor files, every kind, the README left out */
	snprintf(dir, sizeof(dir), "%s/tests/fixtures/lexicon",
		 getenv("SRCDIR") ? getenv("SRCDIR") : ".");
	assert_int_equal(dict_new(&d, &err), 0);
	rc = lexicon_load_defaults(d, dir, &err);
	if (rc < 0)
		fail_msg("%s: %s", dir, err.msg);
	assert_true(d->flags & DICT_F_OPEN);
	assert_true(dict_word(d, "valdria", 7) >= 0);
	assert_true(dict_word(d, "eldrin", 6) >= 0);
	assert_true(dict_word(d, "envoy", 5) >= 0);
	assert_true(dict_word(d, "commend", 7) >= 0);
	assert_true(dict_word(d, "regatta", 7) >= 0);
	assert_true(dict_word(d, "only", 4) < 0);
	dict_free(d);
	torture_input("default dictionaries", &none, lexicon_once);
}

/*
 * With BRIEF_TEST_ENGINE=postgresql (tests/integration/t0170), the store's
 * tests only, on the engine the fixture opens: the others read no store.
 */
int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(extract_survives_every_failure),
		cmocka_unit_test(feeds_survive_every_failure),
		cmocka_unit_test(dictionaries_survive_every_failure),
		cmocka_unit_test(default_dictionaries_survive_every_failure),
	};
	const struct CMUnitTest store_tests[] = {
		cmocka_unit_test_setup_teardown(filtered_statements_survive_every_failure,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(article_tags_survive_every_failure, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(article_read_survives_every_failure, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(store_reads_survive_every_failure, store_setup,
						store_teardown),
	};
	int r = 0;
	if (!fixture_pg_wanted())
		r = cmocka_run_group_tests(tests, NULL, NULL);
	return r + cmocka_run_group_tests(store_tests, NULL, NULL);
}
