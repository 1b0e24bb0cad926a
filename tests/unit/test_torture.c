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

#include "analyse/dict.h"
#include "analyse/lexicon.h"
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

static int fail_now(void)
{
	if (!fail_at || ++allocs != fail_at)
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
	fixture_sqlite_only(f);
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
	fixture_sqlite_only(f);
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
	fixture_sqlite_only(f);
	tagged_id = fixture_put(f->st, "https://outlet.example.org/r", "Read back", "Some text.");
	outlets_store = f->st;
	torture_input("an article read back", &none, article_once);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(extract_survives_every_failure),
		cmocka_unit_test(feeds_survive_every_failure),
		cmocka_unit_test(dictionaries_survive_every_failure),
		cmocka_unit_test(default_dictionaries_survive_every_failure),
		cmocka_unit_test_setup_teardown(filtered_statements_survive_every_failure,
						store_setup_sqlite, store_teardown),
		cmocka_unit_test_setup_teardown(article_tags_survive_every_failure,
						store_setup_sqlite, store_teardown),
		cmocka_unit_test_setup_teardown(article_read_survives_every_failure,
						store_setup_sqlite, store_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
