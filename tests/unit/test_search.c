/* Unit tests for fingerprints (properties) and the search query parser. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/fingerprint.h"
#include "store/query.h"
#include "util/buf.h"

/* A deterministic text of `n` words from a 5,000-word made-up vocabulary. */
static char *gen_text(unsigned seed, size_t n)
{
	struct buf b = BUF_INIT;
	uint64_t x = seed * 2654435761u + 1;
	size_t i;
	for (i = 0; i < n; i++) {
		unsigned w;
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		w = (unsigned)(x % 5000);
		buf_addf(&b, "%sw%uq%c", i ? " " : "", w, 'a' + (int)(w % 26));
	}
	return buf_detach(&b, NULL);
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
			buf_adds(&e, "edited");
		else
			buf_add(&e, p, n);
		p += n;
		if (*p)
			buf_addch(&e, *p++);
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
	check_error("since:yesterday", "since");
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(identical_text_identical_fingerprint),
		cmocka_unit_test(case_punctuation_and_spacing_do_not_matter),
		cmocka_unit_test(five_percent_edit_stays_within_threshold),
		cmocka_unit_test(excerpt_is_contained),
		cmocka_unit_test(unrelated_texts_do_not_match),
		cmocka_unit_test(empty_and_short_texts),
		cmocka_unit_test(query_terms_and_operators),
		cmocka_unit_test(query_filters),
		cmocka_unit_test(query_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
