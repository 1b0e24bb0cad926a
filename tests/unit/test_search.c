/*
 * Unit tests for fingerprints (properties), the search query parser, the
 * search's own snippets and its ranking function.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyse/fingerprint.h"
#include "corpus/query.h"
#include "corpus/related.h"
#include "corpus/stories.h"
#include "store/sqlite/internal.h"
#include "store/sqlite/rank.h"
#include "store/sqlite/snippet.h"
#include "store/store.h"
#include "store_fixture.h"
#include "util/buf.h"

/* A deterministic text of `n` words from a 5,000-word made-up vocabulary. */
static char *gen_text(unsigned seed, size_t n)
{
	return fixture_words(seed, 1, n, 5000, "wq");
}

static double contain(const struct fingerprint *a, const struct fingerprint *b)
{
	return fingerprint_containment(a->sample, a->nsample, b->sample, b->nsample);
}

static void identical_text_identical_fingerprint(void **state)
{
	char *t = gen_text(1, 400);
	struct fingerprint *a = malloc(sizeof(*a)), *b = malloc(sizeof(*b));
	(void)state;
	fingerprint_text(t, strlen(t), a);
	fingerprint_text(t, strlen(t), b);
	assert_int_equal(a->exact, b->exact);
	assert_int_equal(a->words, 400);
	assert_int_equal(a->nkeys, FP_KEYS);
	assert_memory_equal(a->keys, b->keys, sizeof(a->keys));
	assert_true(a->nsample > 50);
	assert_true(contain(a, b) == 1.0);
	free(t);
	free(a);
	free(b);
}

static void case_punctuation_and_spacing_do_not_matter(void **state)
{
	const char *x = "Iran’s foreign minister met Taliban officials in Kabul, on Sunday.";
	const char *y = "IRAN'S  foreign minister -- met Taliban officials in Kabul on sunday";
	struct fingerprint a, b;
	(void)state;
	fingerprint_text(x, strlen(x), &a);
	fingerprint_text(y, strlen(y), &b);
	assert_int_equal(a.words, 11); /* iran s foreign minister ... */
	assert_int_equal(a.exact, b.exact);
}

static void five_percent_edit_stays_within_threshold(void **state)
{
	char *t = gen_text(2, 400);
	struct buf e = BUF_INIT;
	struct fingerprint *a = malloc(sizeof(*a)), *b = malloc(sizeof(*b));
	const char *p = t;
	size_t i = 0;
	(void)state;
	/* replace every 20th word */
	while (*p) {
		size_t n = strcspn(p, " ");
		if (i++ % 20 == 10)
			buf_puts(&e, "edited");
		else
			buf_put(&e, p, n);
		p += n;
		if (*p)
			buf_putc(&e, *p++);
	}
	fingerprint_text(t, strlen(t), a);
	fingerprint_text(e.data, e.len, b);
	assert_int_not_equal(a->exact, b->exact);
	assert_true(contain(a, b) >= 0.5);
	assert_true(fingerprint_shared_keys(a->keys, a->nkeys, b->keys, b->nkeys) >= 2);
	buf_release(&e);
	free(t);
	free(a);
	free(b);
}

static void excerpt_is_contained(void **state)
{
	char *t = gen_text(3, 500);
	struct fingerprint *a = malloc(sizeof(*a)), *b = malloc(sizeof(*b));
	size_t cut = 0, words = 0;
	(void)state;
	/* the first 30% of the words */
	while (t[cut] && words < 150)
		if (t[cut++] == ' ')
			words++;
	fingerprint_text(t, strlen(t), a);
	fingerprint_text(t, cut, b);
	assert_true(contain(a, b) >= 0.9);
	assert_true(fingerprint_shared_keys(a->keys, a->nkeys, b->keys, b->nkeys) >= 2);
	free(t);
	free(a);
	free(b);
}

static void unrelated_texts_do_not_match(void **state)
{
	struct fingerprint *a = malloc(sizeof(*a)), *b = malloc(sizeof(*b));
	unsigned s;
	(void)state;
	for (s = 10; s < 30; s++) {
		char *x = gen_text(s, 350), *y = gen_text(s + 100, 350);
		fingerprint_text(x, strlen(x), a);
		fingerprint_text(y, strlen(y), b);
		assert_true(contain(a, b) < 0.1);
		assert_true(fingerprint_shared_keys(a->keys, a->nkeys, b->keys, b->nkeys) < 2);
		free(x);
		free(y);
	}
	free(a);
	free(b);
}

static void empty_and_short_texts(void **state)
{
	struct fingerprint a, b;
	(void)state;
	fingerprint_text("", 0, &a);
	assert_int_equal(a.words, 0);
	assert_int_equal(a.nkeys, 0);
	assert_int_equal(a.exact, 0);
	fingerprint_text("two words", 9, &a);
	fingerprint_text("Two, words!", 11, &b);
	assert_int_equal(a.words, 2);
	assert_int_equal(a.exact, b.exact);
	assert_int_equal(a.nkeys, 2);
	fingerprint_text("\xff\xfe\x00garbage", 10, &a);
	assert_true(a.words >= 1);
}

/*
 * The values of one text, as every version gave them: stored fingerprints
 * and near-copy keys are compared with those of articles stored later, so
 * a change to the hashing would leave every stored article unmatched.
 */
static void fingerprint_values_do_not_change(void **state)
{
	static const char t[] =
		"Iran\xe2\x80\x99s envoy met Taliban officials in Kabul on Tuesday; the talks, "
		"on WATER rights and the Helmand river, lasted six hours. "
		"\xd0\x9f\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd1\x8b "
		"r\xc3\xa9sum\xc3\xa9 \xff continued.";
	struct fingerprint a;
	(void)state;
	fingerprint_text(t, strlen(t), &a);
	assert_int_equal(a.words, 25);
	assert_int_equal(a.nkeys, 16);
	assert_int_equal(a.exact, 0xca559d510dc0413dULL);
	assert_int_equal(a.keys[0], 0x0b783c56093ba264ULL);
	assert_int_equal(a.keys[15], 0xbf5196b1cc98f100ULL);
	assert_int_equal(a.nsample, 7);
	assert_int_equal(a.sample[0], 0x0b783c56);
}

static void check_fts(const char *query, const char *want)
{
	struct search_query q;
	struct error err = { 0 };
	int r = search_query_parse(query, &q, &err);
	if (r)
		fail_msg("parse of '%s' failed: %s", query, err.msg);
	if (!want)
		assert_null(q.fts);
	else
		assert_string_equal(q.fts, want);
	search_query_release(&q);
}

static void check_error(const char *query, const char *want_in_msg)
{
	struct search_query q;
	struct error err = { 0 };
	assert_int_equal(search_query_parse(query, &q, &err), -ERR_USAGE);
	if (!strstr(err.msg, want_in_msg))
		fail_msg("error for '%s' is '%s', wanted '%s'", query, err.msg, want_in_msg);
}

static void query_terms_and_operators(void **state)
{
	(void)state;
	check_fts("iran", "\"iran\"");
	check_fts("iran taliban", "(\"iran\" AND \"taliban\")");
	check_fts("iran AND taliban", "(\"iran\" AND \"taliban\")");
	check_fts("herat OR kandahar", "(\"herat\" OR \"kandahar\")");
	check_fts("\"border guards\"", "\"border guards\"");
	check_fts("deport*", "\"deport\" *");
	check_fts("taliban -pakistan", "(\"taliban\" NOT \"pakistan\")");
	check_fts("a b NOT c", "((\"a\" AND \"b\") NOT \"c\")");
	check_fts("(herat OR kandahar) water", "((\"herat\" OR \"kandahar\") AND \"water\")");
	check_fts("title:consulate", "title : \"consulate\"");
	check_fts("say \"he said \"\"no\"\"\"", "(\"say\" AND \"he said \" AND \"no\")");
	check_fts("not or and", "(\"not\" AND \"or\" AND \"and\")");
	check_fts("NEAR(a b)", "(\"NEAR\" AND (\"a\" AND \"b\"))");
	/* AND, OR and NOT each need their terms: a dangling one is refused alike */
	check_error("iran AND", "AND needs a term on each side");
	check_error("AND iran", "AND needs a term on each side");
	check_error("(iran AND) water", "AND needs a term on each side");
	check_error("iran AND OR water", "AND needs a term on each side");
	check_error("iran OR", "OR needs a term on each side");
	check_error("iran NOT", "ends too early");
	check_fts("iran AND -x", "(\"iran\" NOT \"x\")");
}

static void query_filters(void **state)
{
	struct search_query q;
	(void)state;
	assert_int_equal(search_query_parse("source:\"Kabul Ledger\" lang:en since:2021-08 "
					    "until:2024 tag:water actor:IRN sort:date helmand",
					    &q, NULL),
			 0);
	assert_string_equal(q.fts, "\"helmand\"");
	assert_string_equal(q.source, "Kabul Ledger");
	assert_string_equal(q.lang, "en");
	assert_string_equal(q.since, "2021-08");
	assert_string_equal(q.until, "2024");
	assert_string_equal(q.tag, "water");
	assert_string_equal(q.actor, "IRN");
	assert_int_equal(q.sort_by_date, 1);
	search_query_release(&q);
	check_fts("source:newswire", NULL);
	check_fts("note:this", "\"note:this\"");
}

static void query_errors(void **state)
{
	(void)state;
	check_error("", "empty");
	check_error("   ", "empty");
	check_error("(iran", "missing ')'");
	check_error("iran)", "unexpected ')'");
	check_error("-iran", "positive");
	check_error("NOT iran", "positive");
	check_error("iran OR", "OR");
	check_error("OR iran", "OR");
	check_error("since:someday", "since: not a date");
	check_error("since:2025-13", "not a date");
	check_error("until:2025-02-30", "until: not a date");
	check_error("sort:random x", "sort");
	check_error("source: x", "source");
	{
		char deep[200];
		memset(deep, '(', sizeof(deep) - 1);
		deep[sizeof(deep) - 1] = '\0';
		check_error(deep, "deep");
	}
	{
		char *big = malloc(SEARCH_QUERY_MAX + 10);
		memset(big, 'a', SEARCH_QUERY_MAX + 9);
		big[SEARCH_QUERY_MAX + 9] = '\0';
		check_error(big, "longer");
		free(big);
	}
}

static void query_terms_in_phrase_order(void **state)
{
	struct search_query q;
	(void)state;
	/* FTS5 numbers phrases as the expression names them: negatives last */
	assert_int_equal(search_query_parse("a -b \"c d\" title:e f* (g OR NOT h i)", &q, NULL), 0);
	assert_string_equal(q.fts, "((\"a\" AND \"c d\" AND title : \"e\" AND \"f\" * AND "
				   "(\"g\" OR (\"i\" NOT \"h\"))) NOT \"b\")");
	assert_int_equal(q.nterms, 8);
	assert_string_equal(q.terms[0].text, "a");
	assert_string_equal(q.terms[1].text, "c d");
	assert_string_equal(q.terms[2].text, "e");
	assert_int_equal(q.terms[2].column, 1);
	assert_string_equal(q.terms[3].text, "f");
	assert_int_equal(q.terms[3].prefix, 1);
	assert_string_equal(q.terms[4].text, "g");
	assert_string_equal(q.terms[5].text, "i");
	assert_string_equal(q.terms[6].text, "h");
	assert_int_equal(q.terms[6].negated, 1);
	assert_string_equal(q.terms[7].text, "b");
	assert_int_equal(q.terms[7].negated, 1);
	assert_int_equal(q.terms[0].negated + q.terms[1].negated + q.terms[5].negated, 0);
	search_query_release(&q);
	assert_int_equal(search_query_parse("source:x since:2020", &q, NULL), 0);
	assert_int_equal(q.nterms, 0);
	search_query_release(&q);
}

/* ---- a store for snippets and ranking ---- */

/* The snippet of `text` for `query`, windows of `tokens` tokens; the caller frees it. */
static char *snip(struct store *st, const char *query, const char *text, size_t tokens)
{
	struct search_query q;
	struct snippet_ctx *c;
	struct error err = { 0 };
	char *out = NULL;
	assert_int_equal(search_query_parse(query, &q, &err), 0);
	assert_int_equal(snippet_open(sq_store_of(st), &q, &c, &err), 0);
	assert_int_equal(snippet_make(c, text, tokens, &out, &err), 0);
	snippet_close(c);
	search_query_release(&q);
	assert_non_null(out);
	return out;
}

static void check_snip(struct store *st, const char *query, const char *text, size_t tokens,
		       const char *want)
{
	char *got = snip(st, query, text, tokens);
	if (strcmp(got, want))
		fail_msg("snippet of '%s' is '%s', wanted '%s'", query, got, want);
	free(got);
}

static void snippet_marks_stems_prefixes_and_phrases(void **state)
{
	struct fixture *f = *state;
	fixture_sqlite_only(f); /* the SQLite engine's snippets */
	const char *t = "Border guards said the waters of the Helmand were deported; the border "
			"was closed to deportations.";
	check_snip(f->st, "water", t, 64,
		   "Border guards said the \1waters\2 of the Helmand were deported; the border "
		   "was closed to deportations.");
	check_snip(f->st, "deport*", t, 64,
		   "Border guards said the waters of the Helmand were \1deported\2; the border "
		   "was closed to \1deportations\2.");
	/* a phrase marks its words where they follow one another, and only there */
	check_snip(f->st, "\"border guards\"", t, 64,
		   "\1Border guards\2 said the waters of the Helmand were deported; the border "
		   "was closed to deportations.");
	/* diacritics and case do not matter */
	check_snip(f->st, "helmánd", t, 64,
		   "Border guards said the waters of the \1Helmand\2 were deported; the border "
		   "was closed to deportations.");
	/* negated and title-only terms mark nothing */
	check_snip(f->st, "helmand -border title:water", t, 64,
		   "Border guards said the waters of the \1Helmand\2 were deported; the border "
		   "was closed to deportations.");
	check_snip(f->st, "zzz", "", 24, "");
}

static void snippet_window_is_cut_around_the_matches(void **state)
{
	struct fixture *f = *state;
	fixture_sqlite_only(f); /* the SQLite engine's snippets */
	struct buf b = BUF_INIT;
	char *got;
	int i;
	for (i = 0; i < 100; i++)
		buf_putf(&b, "%sw%d", i ? " " : "", i);
	/* no match: the start of the text */
	check_snip(f->st, "nothing", b.data, 4, "w0 w1 w2 w3…");
	/* a match in the middle: centred, cut on both sides */
	check_snip(f->st, "w50", b.data, 5, "…w48 w49 \1w50\2 w51 w52…");
	/* near the end: the window ends with the text */
	check_snip(f->st, "w98", b.data, 4, "…w96 w97 \1w98\2 w99");
	/* the window with both terms wins over those with one */
	buf_puts(&b, " w10 w11 w12 w10 w13 w77");
	check_snip(f->st, "w10 w77", b.data, 6, "…\1w10\2 w11 w12 \1w10\2 w13 \1w77\2");
	got = snip(f->st, "w10 w13", b.data, 6);
	assert_non_null(strstr(got, "\1w10\2 \1w13\2"));
	free(got);
	buf_release(&b);
}

static void rank_orders_as_bm25(void **state)
{
	double idf[2], f1[2] = { 1, 0 }, f2[2] = { 2, 0 }, f3[2] = { 1, 1 };
	(void)state;
	idf[0] = rank_idf(1000, 10);
	idf[1] = rank_idf(1000, 500);
	assert_true(idf[0] > idf[1]);
	assert_true(rank_idf(1000, 900) > 0); /* a word in most rows still counts */
	/* lower is better: more matches, a shorter text, a rarer word */
	assert_true(rank_bm25(2, idf, f2, 100, 100) < rank_bm25(2, idf, f1, 100, 100));
	assert_true(rank_bm25(2, idf, f1, 50, 100) < rank_bm25(2, idf, f1, 200, 100));
	assert_true(rank_bm25(2, idf, f3, 100, 100) < rank_bm25(2, idf, f1, 100, 100));
	assert_true(rank_bm25(2, idf, f1, 100, 100) < 0);
	/* the bound is never worse than the score of a row at least that long */
	assert_true(rank_bound(2, idf, f3, 0, 100) <= rank_bm25(2, idf, f3, 1, 100));
	assert_true(rank_bound(2, idf, f3, 40, 100) <= rank_bm25(2, idf, f3, 40, 100));
	assert_true(rank_bound(2, idf, f3, 40, 100) <= rank_bm25(2, idf, f3, 400, 100));
	assert_true(rank_bound(2, idf, f3, 40, 100) > rank_bound(2, idf, f3, 0, 100));
}

static void search_ids(struct store *st, const char *query, int64_t *ids, size_t n)
{
	struct search_query q;
	struct search_results r;
	struct error err = { 0 };
	size_t i;
	assert_int_equal(search_query_parse(query, &q, &err), 0);
	if (store_search(st, &q, n, 0, &r, &err) < 0)
		fail_msg("search '%s': %s", query, err.msg);
	assert_int_equal(r.n, n);
	for (i = 0; i < n; i++) {
		ids[i] = r.items[i].a.id;
		assert_non_null(r.items[i].snippet);
	}
	search_results_release(&r);
	search_query_release(&q);
}

/* The snippet of the only hit of `query`; the caller frees it. */
static char *hit_snippet(struct store *st, const char *query)
{
	struct search_query q;
	struct search_results r;
	struct error err = { 0 };
	char *out;
	assert_int_equal(search_query_parse(query, &q, &err), 0);
	if (store_search(st, &q, 10, 0, &r, &err) < 0)
		fail_msg("search '%s': %s", query, err.msg);
	assert_int_equal(r.n, 1);
	assert_non_null(r.items[0].snippet);
	out = strdup(r.items[0].snippet);
	assert_non_null(out);
	search_results_release(&r);
	search_query_release(&q);
	return out;
}

/*
 * A long article's snippet marks its match whether the match is near the
 * start or only near the end, on either engine; and where a word's stem
 * is no prefix of it ("ferry", "ferri"), as a snippet cheaper than a
 * parse of the whole text (a window found by a scan for the stems) would
 * miss.
 */
static void search_snippets_mark_matches_in_long_articles(void **state)
{
	struct fixture *f = *state;
	struct buf early = BUF_INIT, late = BUF_INIT;
	char *got;
	int i;

	buf_puts(&early, "A pelican landed on the harbour wall at dawn. ");
	for (i = 0; i < 300; i++) {
		buf_putf(&early, "The council met on day %d to discuss the budget for roads. ", i);
		buf_putf(&late, "Farmers brought %d crates of apples and pears to the square. ", i);
	}
	buf_puts(&late, "At dusk a heron waded through the shallow water by the ferry.");
	assert_int_equal(buf_error(&early) | buf_error(&late), 0);
	fixture_put(f->st, "https://long.example.org/early", "Harbour notes", early.data);
	fixture_put(f->st, "https://long.example.org/late", "Market notes", late.data);

	got = hit_snippet(f->st, "pelican");
	if (!strstr(got, "\x01pelican\x02"))
		fail_msg("snippet of 'pelican' is '%s'", got);
	free(got);
	got = hit_snippet(f->st, "heron");
	if (!strstr(got, "\x01heron\x02"))
		fail_msg("snippet of 'heron' is '%s'", got);
	free(got);
	got = hit_snippet(f->st, "ferry");
	if (!strstr(got, "\x01"
			 "ferry\x02"))
		fail_msg("snippet of 'ferry' is '%s'", got);
	free(got);
	buf_release(&early);
	buf_release(&late);
}

/* The search ranks as bm25(articles_fts, 10.0, 1.0), with counts from term_df or not. */
static void search_ranks_title_first_then_frequency(void **state)
{
	struct fixture *f = *state;
	struct error err = { 0 };
	int64_t in_title, twice, once, got[3];
	int pass;
	once = fixture_put(f->st, "https://x.example.org/1", "Markets open",
			   "The river rose and the dam held through the night.");
	twice = fixture_put(f->st, "https://x.example.org/2", "Weather report",
			    "The river rose; the river fell again by noon.");
	in_title = fixture_put(f->st, "https://x.example.org/3", "River crossing reopens",
			       "Ferries run again after the floods.");
	fixture_put(f->st, "https://x.example.org/4", "Unrelated",
		    "Nothing about water at all here.");
	for (pass = 0; pass < 2; pass++) {
		/* first with no term counts (brief_rank counts in the index), then with */
		if (pass)
			assert_int_equal(store_term_stats_refresh(f->st, 1, &err), 0);
		search_ids(f->st, "river", got, 3);
		assert_int_equal(got[0], in_title);
		assert_int_equal(got[1], twice);
		assert_int_equal(got[2], once);
		search_ids(f->st, "rive*", got, 3);
		assert_int_equal(got[0], in_title);
		search_ids(f->st, "\"river rose\" OR ferries", got, 3);
		assert_int_equal(got[0], in_title);
	}
	/* a prefix spelled out as its words ranks as the prefix itself */
	search_tune(0, 1);
	search_ids(f->st, "rive*", got, 3);
	assert_int_equal(got[0], in_title);
	assert_int_equal(got[1], twice);
	assert_int_equal(got[2], once);
	search_ids(f->st, "rive* -dam", got, 2);
	assert_int_equal(got[0], in_title);
	assert_int_equal(got[1], twice);
	/* only the newest matches are ranked when there are more */
	search_tune(2, 0);
	search_ids(f->st, "river", got, 2);
	assert_int_equal(got[0], in_title);
	assert_int_equal(got[1], twice);
	search_tune(0, 0);
}

/* sort:date orders the newest matches (storing order) by date, newest first. */
static void search_by_date_orders_newest_matches(void **state)
{
	struct fixture *f = *state;
	static const char *const dates[] = { "2024-01-03", "2024-01-01", "2024-01-02" };
	struct error err = { 0 };
	int64_t id[3], got[3];
	int i;

	for (i = 0; i < 3; i++) {
		struct article_in a;
		char url[64];
		const char *text = "The river rose over the old bridge at dawn.";
		struct document d = { NULL, "text/html", text, strlen(text), NULL };
		enum store_put_result what;
		snprintf(url, sizeof(url), "https://dated.example.org/%d", i);
		memset(&a, 0, sizeof(a));
		d.url = url;
		a.url = url;
		a.title = "River report";
		a.published = dates[i];
		a.text = text;
		assert_int_equal(store_article_put(f->st, &d, &a, &id[i], &what, &err), 0);
	}
	fixture_put(f->st, "https://dated.example.org/other", "Other", "Nothing of the kind here.");
	search_ids(f->st, "river sort:date", got, 3);
	assert_int_equal(got[0], id[0]);
	assert_int_equal(got[1], id[2]);
	assert_int_equal(got[2], id[1]);
	/* with more matches than it reads, the newest two stored, by date (SQLite's tuning) */
	if (!strcmp(store_engine_name(f->st), "sqlite")) {
		search_tune(2, 0);
		search_ids(f->st, "river sort:date", got, 2);
		assert_int_equal(got[0], id[2]);
		assert_int_equal(got[1], id[1]);
		search_tune(0, 0);
	}
}

/* With more matches than it keeps, the search still returns bm25()'s best, in its order. */
static void search_keeps_bm25_best_when_pruning(void **state)
{
	struct fixture *f = *state;
	struct search_query q;
	struct search_results r;
	struct error err = { 0 };
	sqlite3 *db;
	sqlite3_stmt *s;
	char url[128];
	int i, k;
	fixture_sqlite_only(f);

	for (i = 0; i < 260; i++) {
		struct buf t = BUF_INIT;
		/* 1 to 4 matches, lengths all different, words of this article only */
		for (k = 0; k < 1 + (i * 7) % 4; k++)
			buf_puts(&t, "alpha ");
		for (k = 0; k < 5 + i; k++)
			buf_putf(&t, "u%dv%d ", i, k);
		snprintf(url, sizeof(url), "https://x.example.org/p%d", i);
		fixture_put(f->st, url, i % 50 ? "Plain title" : "Alpha title", t.data);
		buf_release(&t);
	}
	assert_int_equal(search_query_parse("alpha", &q, &err), 0);
	assert_int_equal(store_search(f->st, &q, 20, 0, &r, &err), 0);
	assert_int_equal(r.n, 20);
	snprintf(url, sizeof(url), "%s-search", f->path); /* the index's own file */
	assert_int_equal(sqlite3_open(url, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db,
					    "SELECT rowid FROM articles_fts WHERE articles_fts "
					    "MATCH 'alpha' ORDER BY bm25(articles_fts, 10.0, 1.0), "
					    "rowid LIMIT 20",
					    -1, &s, NULL),
			 SQLITE_OK);
	for (i = 0; i < 20 && sqlite3_step(s) == SQLITE_ROW; i++)
		assert_int_equal(r.items[i].a.id, sqlite3_column_int64(s, 0));
	assert_int_equal(i, 20);
	sqlite3_finalize(s);
	sqlite3_close(db);
	search_results_release(&r);
	search_query_release(&q);
}

/*
 * Paging gives every story once however many copies each has: copies fold
 * into their story as rows are read, so rows capped before folding lost
 * stories (12 stories of 40 copies each, 10 a page, gave 3).
 */
static void search_pages_every_story_of_large_groups(void **state)
{
	enum { STORIES = 12, COPIES = 40, PAGE = 5 };
	static const char *const queries[] = { "taliban", "taliban sort:date", "taliban since:2020",
					       "since:2020", "taliban lang:en" };
	struct fixture *f = *state;
	struct error err = { 0 };
	int64_t group[STORIES];
	size_t qi;
	int i, k;

	assert_int_equal(store_begin(f->st, &err), 0);
	for (i = 0; i < STORIES; i++)
		for (k = 0; k < COPIES; k++) {
			struct article_in a;
			int64_t id;
			char url[96], text[160];
			struct document d = { NULL, "text/html", text, 0, NULL };
			enum store_put_result what;
			snprintf(url, sizeof(url), "https://copies.example.org/%d/%d", i, k);
			snprintf(text, sizeof(text),
				 "Taliban story %d, copy %d: water talks resumed at the border.", i,
				 k);
			memset(&a, 0, sizeof(a));
			d.url = url;
			d.len = strlen(text);
			a.url = url;
			a.title = "Border water talks";
			a.published = "2024-05-01";
			a.language = "en";
			a.text = text;
			assert_int_equal(store_article_put(f->st, &d, &a, &id, &what, &err), 0);
			/* each story one group, its first copy the original */
			if (!k)
				group[i] = id;
			assert_int_equal(store_group_set(f->st, id, group[i], 1.0, &err), 0);
			assert_int_equal(id, group[i] + k);
		}
	assert_int_equal(store_commit(f->st, &err), 0);

	for (qi = 0; qi < sizeof(queries) / sizeof(queries[0]); qi++) {
		int seen[STORIES] = { 0 };
		size_t page, found = 0;
		for (page = 0; page * PAGE < STORIES + PAGE; page++) {
			struct search_query q;
			struct search_results r;
			size_t j;
			assert_int_equal(search_query_parse(queries[qi], &q, &err), 0);
			if (store_search(f->st, &q, PAGE, page * PAGE, &r, &err) < 0)
				fail_msg("search '%s': %s", queries[qi], err.msg);
			for (j = 0; j < r.n; j++) {
				int64_t id = r.items[j].a.id;
				int s = (int)((id - 1) / COPIES);
				assert_true(s >= 0 && s < STORIES);
				assert_int_equal(id, group[s]); /* shown as its original */
				assert_int_equal(r.items[j].copies, COPIES - 1);
				assert_int_equal(seen[s], 0); /* once */
				seen[s] = 1;
				found++;
			}
			if (page * PAGE < STORIES)
				assert_int_equal(r.n, STORIES - page * PAGE < PAGE
							      ? STORIES - page * PAGE
							      : PAGE);
			search_results_release(&r);
			search_query_release(&q);
		}
		if (found != STORIES)
			fail_msg("'%s': %zu stories of %d", queries[qi], found, STORIES);
	}
}

/*
 * Related news has a relevance floor: pieces on the same event are listed,
 * a piece that shares one word with the article is not, though the list
 * could hold five.
 */
static void put_jam_recall(struct fixture *f, int64_t *self, int64_t *same, int64_t *same2,
			   int64_t *sport)
{
	size_t i;
	char url[64], text[256];

	*self = fixture_put(
		f->st, "https://r.example.org/self", "Orchard cooperative recalls apricot jam",
		"The Valley orchard cooperative recalled its apricot jam after inspectors "
		"found mould in jars from the Riverside plant. The cooperative said the "
		"apricot harvest was not affected and the plant will reopen.");
	*same = fixture_put(f->st, "https://r.example.org/same", "Apricot jam recall widens",
			    "Inspectors widened the apricot jam recall to every jar the orchard "
			    "cooperative packed at its Riverside plant this summer, citing mould.");
	*same2 = fixture_put(
		f->st, "https://r.example.org/same2", "Riverside plant to reopen",
		"The orchard cooperative's Riverside plant, closed over mould in apricot "
		"jam, will reopen next week, inspectors said.");
	*sport = fixture_put(
		f->st, "https://r.example.org/sport", "Valley wins the cup final",
		"Valley beat the visitors three goals to one in the cup final on Sunday, "
		"and the captain lifted the trophy before a full stadium.");
	fixture_put(f->st, "https://r.example.org/opinion", "Why the summer felt so long",
		    "A column on long evenings, late trains and the heat of this summer in the "
		    "city, where nobody slept and everybody complained.");
	for (i = 0; i < 40; i++) {
		snprintf(url, sizeof(url), "https://r.example.org/filler%zu", i);
		snprintf(text, sizeof(text),
			 "Filler report %zu on council budgets, road repairs, school buses and "
			 "library hours in district %zu.",
			 i, i);
		fixture_put(f->st, url, "Council notes", text);
	}
}

static void related_keeps_relevant_items_only(void **state)
{
	struct fixture *f = *state;
	struct search_results r;
	struct error err = { 0 };
	int64_t self, same, same2, sport;
	size_t i;

	put_jam_recall(f, &self, &same, &same2, &sport);
	assert_int_equal(store_term_stats_refresh(f->st, 1, &err), 0);
	if (related_find(f->st, self, 5, &r, &err) < 0)
		fail_msg("related: %s", err.msg);
	assert_int_equal(r.n, 2);
	for (i = 0; i < r.n; i++)
		assert_true(r.items[i].a.id == same || r.items[i].a.id == same2);
	search_results_release(&r);
}

/* 1 when the stored related list of `id` names `other`. */
static int stored_lists(struct store *st, int64_t id, int64_t other)
{
	struct search_results r;
	struct error err = { 0 };
	size_t i;
	int found = 0;
	if (store_related_stored(st, id, 5, &r, &err) < 0)
		fail_msg("related of %lld: %s", (long long)id, err.msg);
	for (i = 0; i < r.n; i++)
		found |= r.items[i].a.id == other;
	search_results_release(&r);
	return found;
}

/*
 * Related news is computed as articles arrive and stored: each list is
 * what the full-text ranking gives, a new article enters the lists of the
 * articles it is related to, and an article whose text changes is
 * computed again.
 */
static void related_lists_are_stored_and_offered(void **state)
{
	struct fixture *f = *state;
	struct search_results live, kept;
	struct error err = { 0 };
	int64_t self, same, same2, sport, later;
	size_t i, done;

	put_jam_recall(f, &self, &same, &same2, &sport);
	assert_int_equal(store_term_stats_refresh(f->st, 1, &err), 0);
	assert_int_equal(store_related_stored(f->st, self, 5, &kept, &err), -ERR_NOTFOUND);
	assert_int_equal(related_update(f->st, 0, &done, &err), 0);
	assert_int_equal(done, 45);
	assert_int_equal(related_update(f->st, 0, &done, &err), 0);
	assert_int_equal(done, 0); /* nothing left to compute */

	/* the stored list is the ranking's */
	if (related_find(f->st, self, 5, &live, &err) < 0 ||
	    store_related_stored(f->st, self, 5, &kept, &err) < 0)
		fail_msg("related: %s", err.msg);
	assert_int_equal(kept.n, live.n);
	assert_int_equal(kept.n, 2);
	for (i = 0; i < kept.n; i++) {
		assert_int_equal(kept.items[i].a.id, live.items[i].a.id);
		assert_non_null(kept.items[i].a.title);
	}
	search_results_release(&live);
	search_results_release(&kept);

	/* a new piece on the recall: its list, and it enters the lists it names */
	later = fixture_put(f->st, "https://r.example.org/later", "Apricot jam back on shelves",
			    "The orchard cooperative put apricot jam back on shelves after "
			    "inspectors cleared the Riverside plant of mould.");
	assert_false(stored_lists(f->st, self, later));
	assert_int_equal(related_update(f->st, 0, &done, &err), 0);
	assert_int_equal(done, 1);
	assert_true(stored_lists(f->st, later, self));
	assert_true(stored_lists(f->st, self, later));
	assert_false(stored_lists(f->st, sport, later));

	/* new text: computed again */
	fixture_put(f->st, "https://r.example.org/later", "Apricot jam back on shelves",
		    "The orchard cooperative put apricot jam back on shelves this week.");
	assert_int_equal(store_related_stored(f->st, later, 5, &kept, &err), -ERR_NOTFOUND);
	assert_int_equal(related_update(f->st, 2, &done, &err), 0);
	assert_int_equal(done, 1);
	assert_true(stored_lists(f->st, later, self));
}

/* 1 when `a` and `b` are in one story of the fixture's day. */
static int same_story(struct store *st, int64_t a, int64_t b)
{
	struct story_options opt = { .since = "2024-01-01", .until = "2024-01-01" };
	struct story_list l;
	struct error err = { 0 };
	size_t i, j;
	int fa, fb, found = 0;
	if (stories_find(st, &opt, &l, &err) < 0)
		fail_msg("stories: %s", err.msg);
	for (i = 0; i < l.n; i++) {
		fa = fb = 0;
		for (j = 0; j < l.items[i].n; j++) {
			fa |= l.items[i].ids[j] == a;
			fb |= l.items[i].ids[j] == b;
		}
		found |= fa && fb;
	}
	story_list_release(&l);
	return found;
}

/*
 * Stories read the key terms stored as articles arrive: the stored terms
 * are the weighing's, read back with the article's date and outlet;
 * stories_find clusters by them (terms stored for one article as another's
 * put the two in one story); new text drops them.
 */
static void stories_read_stored_key_terms(void **state)
{
	struct fixture *f = *state;
	struct key_terms live, kept;
	struct error err = { 0 };
	int64_t self, same, same2, sport, *ids;
	size_t i, n, done;

	put_jam_recall(f, &self, &same, &same2, &sport);
	assert_int_equal(store_term_stats_refresh(f->st, 1, &err), 0);
	assert_int_equal(store_story_terms_get(f->st, self, &kept, &err), -ERR_NOTFOUND);
	assert_int_equal(store_story_terms_pending(f->st, 100, &ids, &n, &err), 0);
	assert_int_equal(n, 45);
	free(ids);
	assert_true(same_story(f->st, self, same));
	assert_false(same_story(f->st, self, sport));
	/* a period's end as a year, a month, a day or an instant: prefixes of the date */
	{
		static const char *const ends[] = { "2024",       "2024-01",
						    "2024-01-01", "2024-01-01T23:59:59Z",
						    "2023-12-31", "2023" };
		static const size_t want[] = { 45, 45, 45, 45, 0, 0 };
		for (i = 0; i < 6; i++) {
			assert_int_equal(store_originals_between(f->st, "2023-06-01", ends[i], 100,
								 &ids, &n, &err),
					 0);
			free(ids);
			if (n != want[i])
				fail_msg("until %s: %zu originals, not %zu", ends[i], n, want[i]);
		}
	}

	assert_int_equal(related_update(f->st, 0, &done, &err), 0);
	assert_int_equal(store_story_terms_pending(f->st, 100, &ids, &n, &err), 0);
	assert_int_equal(n, 0);
	free(ids);
	if (store_key_terms(f->st, self, STORY_TERMS, STORY_LOOKUPS, &live, &err) < 0 ||
	    store_story_terms_get(f->st, self, &kept, &err) < 0)
		fail_msg("key terms: %s", err.msg);
	assert_true(kept.n > 3);
	assert_int_equal(kept.n, live.n);
	for (i = 0; i < kept.n; i++) {
		assert_string_equal(kept.terms[i], live.terms[i]);
		assert_true(kept.weights[i] == live.weights[i]);
	}
	assert_string_equal(kept.published, "2024-01-01");
	assert_string_equal(kept.source, "Example Outlet");
	key_terms_release(&kept);
	assert_true(same_story(f->st, self, same));
	assert_false(same_story(f->st, self, sport));

	/* the stored terms are what stories cluster by */
	assert_int_equal(store_story_terms_put(f->st, sport, &live, &err), 0);
	key_terms_release(&live);
	assert_true(same_story(f->st, self, sport));

	/* new text: weighed again, pending until stored */
	fixture_put(f->st, "https://r.example.org/sport", "Valley wins the cup final",
		    "Valley beat the visitors three goals to one in the cup final on Sunday.");
	assert_int_equal(store_story_terms_get(f->st, sport, &kept, &err), -ERR_NOTFOUND);
	assert_false(same_story(f->st, self, sport));
	assert_int_equal(stories_terms_update(f->st, 0, &done, &err), 0);
	assert_int_equal(done, 1);
	assert_false(same_story(f->st, self, sport));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(identical_text_identical_fingerprint),
		cmocka_unit_test(case_punctuation_and_spacing_do_not_matter),
		cmocka_unit_test(five_percent_edit_stays_within_threshold),
		cmocka_unit_test(excerpt_is_contained),
		cmocka_unit_test(unrelated_texts_do_not_match),
		cmocka_unit_test(empty_and_short_texts),
		cmocka_unit_test(fingerprint_values_do_not_change),
		cmocka_unit_test(query_terms_and_operators),
		cmocka_unit_test(query_filters),
		cmocka_unit_test(query_errors),
		cmocka_unit_test(query_terms_in_phrase_order),
		cmocka_unit_test(rank_orders_as_bm25),
		cmocka_unit_test_setup_teardown(snippet_marks_stems_prefixes_and_phrases,
						store_setup_sqlite, store_teardown),
		cmocka_unit_test_setup_teardown(snippet_window_is_cut_around_the_matches,
						store_setup_sqlite, store_teardown),
		cmocka_unit_test_setup_teardown(search_ranks_title_first_then_frequency,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(search_snippets_mark_matches_in_long_articles,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(search_by_date_orders_newest_matches, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(search_keeps_bm25_best_when_pruning,
						store_setup_sqlite, store_teardown),
		cmocka_unit_test_setup_teardown(search_pages_every_story_of_large_groups,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(related_keeps_relevant_items_only, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(related_lists_are_stored_and_offered, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(stories_read_stored_key_terms, store_setup,
						store_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
