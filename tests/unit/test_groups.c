/*
 * Unit tests for syndication groups over the store: near copies are
 * grouped when published close in time, exact and attributed copies at
 * any distance, and schema step 5 refiles the keys of a database made
 * before it. A store that has grouped hundreds of articles keeps the keys
 * of the buckets it looks in (groups.c): copies are found through those
 * sets too, also of originals another connection stored meanwhile. Keys
 * filed inside a transaction wait for its commit, and are found meanwhile.
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

#include "corpus/syndication.h"
#include "store/store.h"
#include "store_fixture.h"
#include "util/buf.h"

/* A deterministic text of `n` made-up words. */
static char *gen_text(unsigned seed, size_t n)
{
	return fixture_words(seed, 7, n, 4000, "vx");
}

/* The text with every 25th word changed: a near copy, not an exact one. */
static char *edit(const char *text)
{
	struct buf b = BUF_INIT;
	const char *p = text;
	size_t word = 0;
	while (*p) {
		size_t n = strcspn(p, " ");
		if (++word % 25 == 0)
			buf_putf(&b, "changed%zu", word);
		else
			buf_put(&b, p, n);
		p += n;
		if (*p)
			buf_putc(&b, *p++);
	}
	return buf_detach(&b, NULL);
}

/* Store and group one article; returns its id. */
static int64_t add(struct store *st, const char *url, const char *published, const char *text,
		   const char *original_url)
{
	struct article_in a;
	int64_t id = 0;
	struct document d = { url, "text/plain", text, strlen(text), NULL };
	struct error err = { 0 };
	enum store_put_result what;
	memset(&a, 0, sizeof(a));
	a.url = url;
	a.title = "A title";
	a.published = published;
	a.text = text;
	a.original_url = original_url;
	a.word_count = 300;
	assert_int_equal(store_article_put(st, &d, &a, &id, &what, &err), 0);
	assert_int_equal(syndication_update(st, id, text, &err), 0);
	return id;
}

static int64_t group(struct store *st, int64_t id)
{
	int64_t g = 0;
	assert_int_equal(store_group_of(st, id, &g, NULL), 0);
	return g;
}

static void near_copies_group_within_the_window(void **state)
{
	struct fixture *f = *state;
	char *text = gen_text(1, 300), *copy = edit(text);
	int64_t a = add(f->st, "https://a.example/1", "2024-03-01T08:00:00Z", text, NULL), b, c;
	assert_int_not_equal(strcmp(text, copy), 0);
	b = add(f->st, "https://b.example/1", "2024-03-11T08:00:00Z", copy, NULL);
	assert_int_equal(group(f->st, a), a);
	assert_int_equal(group(f->st, b), a); /* ten days later: a copy of the earliest */
	c = add(f->st, "https://c.example/1", "2024-02-20", copy, NULL);
	assert_int_equal(group(f->st, c), c); /* ten days earlier: now the original */
	assert_int_equal(group(f->st, a), c);
	assert_int_equal(group(f->st, b), c);
	free(text);
	free(copy);
}

static void near_copies_far_apart_in_time_stay_apart(void **state)
{
	struct fixture *f = *state;
	char *text = gen_text(2, 300), *copy = edit(text), *other = gen_text(3, 300);
	int64_t a = add(f->st, "https://a.example/2", "2023-01-10", text, NULL);
	int64_t b = add(f->st, "https://b.example/2", "2024-06-10", copy, NULL);
	int64_t c = add(f->st, "https://c.example/2", "2023-01-11", other, NULL);
	assert_int_equal(group(f->st, a), a);
	assert_int_equal(group(f->st, b), b);
	assert_int_equal(group(f->st, c), c); /* unrelated text, same days: alone */
	free(text);
	free(copy);
	free(other);
}

static void exact_and_attributed_copies_group_at_any_distance(void **state)
{
	struct fixture *f = *state;
	char *text = gen_text(4, 300), *copy = edit(text);
	int64_t a = add(f->st, "https://a.example/3", "2020-05-01", text, NULL);
	int64_t b = add(f->st, "https://b.example/3", "2025-05-01", text, NULL);
	int64_t c = add(f->st, "https://c.example/3", "2026-01-01", copy, "https://a.example/3");
	assert_int_equal(group(f->st, b), a);
	assert_int_equal(group(f->st, c), a);
	free(text);
	free(copy);
}

static void step_5_refiles_keys_of_an_older_database(void **state)
{
	struct fixture *f = *state;
	char *text, *copy;
	struct error err = { 0 };
	sqlite3 *db;
	int64_t a, b;
	fixture_sqlite_only(f);
	text = gen_text(5, 300);
	copy = edit(text);
	a = add(f->st, "https://a.example/4", "2024-09-01", text, NULL);

	/* undo steps 6 and 5: the index in main, the keys table as it was, and version 4 */
	store_close(f->st);
	f->st = NULL;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(
		sqlite3_exec(
			db,
			"DROP TABLE fp_keys;"
			"CREATE TABLE fp_keys (key INTEGER NOT NULL, article_id INTEGER "
			"NOT NULL, PRIMARY KEY (key, article_id)) WITHOUT ROWID;"
			"ALTER TABLE fingerprints DROP COLUMN bucket;"
			"ALTER TABLE articles DROP COLUMN site_name;" /* step 10's */
			"DROP TABLE search_log;"
			"DROP TABLE related;" /* step 8's */
			"DROP TABLE related_done;"
			"CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, "
			"content='articles', content_rowid='id');"
			"CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, row);"
			"PRAGMA user_version = 4;",
			NULL, NULL, NULL),
		SQLITE_OK);
	sqlite3_close(db);

	assert_int_equal(store_open(&f->st, f->path, &err), 0);
	assert_int_equal(store_schema_version(f->st), store_schema_latest());
	b = add(f->st, "https://b.example/4", "2024-09-03", copy, NULL);
	assert_int_equal(group(f->st, b), a);
	free(text);
	free(copy);
}

/*
 * The same inside a transaction, where grouping takes the article just
 * added from memory (groups.c): a copy credits an original stored before
 * it, and an original arrives after a copy that credits it.
 */
static void attributed_copies_group_inside_a_transaction(void **state)
{
	struct fixture *f = *state;
	char *t1 = gen_text(13, 300), *c1 = edit(t1), *t2 = gen_text(14, 300), *c2 = edit(t2);
	struct error err = { 0 };
	int64_t a, b, c, d;
	assert_int_equal(store_begin(f->st, &err), 0);
	a = add(f->st, "https://a.example/13", "2020-05-01", t1, NULL);
	b = add(f->st, "https://b.example/13", "2026-01-01", c1, "https://a.example/13");
	c = add(f->st, "https://c.example/14", "2027-01-01", c2, "https://d.example/14");
	d = add(f->st, "https://d.example/14", "2021-01-01", t2, NULL);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(group(f->st, a), a);
	assert_int_equal(group(f->st, b), a);
	assert_int_equal(group(f->st, c), d);
	assert_int_equal(group(f->st, d), d);
	free(t1);
	free(c1);
	free(t2);
	free(c2);
}

/*
 * How many articles make a store keep the key sets of the buckets it
 * looks in: past the SQLite engine's FP_FILTER_AFTER (256, groups.c
 * there). The PostgreSQL engine keeps none (each lookup is one statement
 * over fp_keys), so there a few unrelated articles stand for the many,
 * each of which costs it round trips to the server.
 */
static size_t many(const struct store *st)
{
	return strcmp(store_engine_name(st), "sqlite") ? 30 : 300;
}

/* Store `n` unrelated short articles in March 2024. */
static void fill_some(struct store *st, const char *host, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		char url[96], day[16], *text = gen_text((unsigned)(1000 + i), 80);
		snprintf(url, sizeof(url), "https://%s/fill/%zu", host, i);
		snprintf(day, sizeof(day), "2024-03-%02zu", 1 + i % 10);
		add(st, url, day, text, NULL);
		free(text);
	}
}

/* The same, in one transaction. */
static void fill(struct store *st, const char *host, size_t n)
{
	struct error err = { 0 };
	assert_int_equal(store_begin(st, &err), 0);
	fill_some(st, host, n);
	assert_int_equal(store_commit(st, &err), 0);
}

/* Rows of fp_keys filed for `id`, read by a connection of its own. */
static int64_t count_keys(const struct fixture *f, int64_t id)
{
	char q[96];
	snprintf(q, sizeof(q), "SELECT count(*) FROM fp_keys WHERE article_id = %lld",
		 (long long)id);
	return fixture_count_any(f, q);
}

/*
 * Inside a transaction, keys wait in memory until it commits (groups.c):
 * a copy stored in the same transaction as its original is still found,
 * before the store keeps key sets and after, and the keys are all filed
 * at the commit.
 */
static void copies_in_one_transaction_find_each_other(void **state)
{
	struct fixture *f = *state;
	char *t1 = gen_text(9, 300), *c1 = edit(t1), *t2 = gen_text(10, 300), *c2 = edit(t2);
	struct error err = { 0 };
	int64_t a, b, c, d;
	assert_int_equal(store_begin(f->st, &err), 0);
	a = add(f->st, "https://a.example/9", "2024-04-02", t1, NULL);
	b = add(f->st, "https://b.example/9", "2024-04-03", c1, NULL);
	fill_some(f->st, "fill.example", many(f->st));
	c = add(f->st, "https://c.example/9", "2024-03-04", t2, NULL);
	d = add(f->st, "https://d.example/9", "2024-03-05", c2, NULL);
	assert_int_equal(group(f->st, b), a);
	assert_int_equal(group(f->st, d), c);
	assert_int_equal(count_keys(f, a), 0); /* not committed yet */
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(count_keys(f, a), 16);
	assert_int_equal(count_keys(f, b), 16);
	assert_int_equal(count_keys(f, c), 16);
	assert_int_equal(count_keys(f, d), 16);
	free(t1);
	free(c1);
	free(t2);
	free(c2);
}

/* Keys held for a transaction that rolls back are never filed, for any article. */
static void keys_of_a_rolled_back_transaction_are_never_filed(void **state)
{
	struct fixture *f = *state;
	char *t1 = gen_text(11, 300), *t2 = gen_text(12, 300);
	struct error err = { 0 };
	int64_t a, b;
	assert_int_equal(store_begin(f->st, &err), 0);
	a = add(f->st, "https://a.example/11", "2024-05-02", t1, NULL);
	assert_int_equal(store_rollback(f->st), 0);
	assert_int_equal(store_begin(f->st, &err), 0);
	b = add(f->st, "https://b.example/11", "2024-05-02", t2, NULL);
	assert_int_equal(store_commit(f->st, &err), 0);
	/* SQLite uses the id again: no keys of the first may be its; PostgreSQL does not */
	if (!strcmp(store_engine_name(f->st), "sqlite"))
		assert_int_equal(b, a);
	else
		assert_int_equal(count_keys(f, a), 0);
	assert_int_equal(count_keys(f, b), 16);
	free(t1);
	free(t2);
}

static void copies_are_found_once_the_store_keeps_key_sets(void **state)
{
	struct fixture *f = *state;
	char *text = gen_text(6, 300), *copy = edit(text), *other = gen_text(7, 300);
	int64_t a, b, c, d;
	fill(f->st, "fill.example", many(f->st));
	a = add(f->st, "https://a.example/6", "2024-03-05", text, NULL);
	b = add(f->st, "https://b.example/6", "2024-03-08", copy, NULL);
	c = add(f->st, "https://c.example/6", "2024-03-20", copy, NULL); /* the next bucket */
	d = add(f->st, "https://d.example/6", "2024-03-06", other, NULL);
	assert_int_equal(group(f->st, b), a);
	assert_int_equal(group(f->st, c), a);
	assert_int_equal(group(f->st, d), d);
	free(text);
	free(copy);
	free(other);
}

static void keys_another_connection_filed_are_seen(void **state)
{
	struct fixture *f = *state;
	char *text = gen_text(8, 300), *copy = edit(text);
	struct store *other;
	struct error err = { 0 };
	int64_t x, y;
	fill(f->st, "fill.example", many(f->st)); /* (on SQLite, it now keeps March's keys) */
	assert_int_equal(store_open(&other, f->target, &err), 0);
	x = add(other, "https://x.example/8", "2024-03-05", text, NULL);
	store_close(other);
	y = add(f->st, "https://y.example/8", "2024-03-07", copy, NULL);
	assert_int_equal(group(f->st, y), x);
	free(text);
	free(copy);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(near_copies_group_within_the_window, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(near_copies_far_apart_in_time_stay_apart,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(exact_and_attributed_copies_group_at_any_distance,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(attributed_copies_group_inside_a_transaction,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(step_5_refiles_keys_of_an_older_database,
						store_setup_sqlite, store_teardown),
		cmocka_unit_test_setup_teardown(copies_are_found_once_the_store_keeps_key_sets,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(keys_another_connection_filed_are_seen, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(copies_in_one_transaction_find_each_other,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(keys_of_a_rolled_back_transaction_are_never_filed,
						store_setup, store_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
