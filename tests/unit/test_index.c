/*
 * test_index.c: the full-text index in its own file (src/store/index.c):
 * it follows updates, catches up from the log after a writer stopped
 * early, is rebuilt when its file is gone, is never taken from another
 * database, an older database's index moves into it (schema step 6), and
 * a store does not run further ahead of it than a bound.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <sqlite3.h>
#include <string.h>

#include "store/sqlite/internal.h"
#include "corpus/query.h"
#include "store/store.h"
#include "store_fixture.h"

/* How many articles `query` finds (at most 100), the first one's id in *first. */
static size_t hits(struct store *st, const char *query, int64_t *first)
{
	struct search_query q;
	struct search_results r;
	struct error err = { 0 };
	size_t n;
	assert_int_equal(search_query_parse(query, &q, &err), 0);
	if (store_search(st, &q, 100, 0, &r, &err) < 0)
		fail_msg("search '%s': %s", query, err.msg);
	n = r.n;
	if (first)
		*first = n ? r.items[0].a.id : 0;
	search_results_release(&r);
	search_query_release(&q);
	return n;
}

static void check_clean(struct store *st)
{
	char msg[512];
	struct error err = { 0 };
	if (store_check(st, msg, sizeof(msg), &err) < 0)
		fail_msg("db check: %s", err.msg);
	assert_non_null(strstr(msg, "integrity ok"));
}

static void sql(const char *path, const char *q)
{
	sqlite3 *db;
	char *msg = NULL;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	if (sqlite3_exec(db, q, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", q, msg);
	sqlite3_close(db);
}

static void remove_index(const struct fixture *f)
{
	char p[128];
	snprintf(p, sizeof(p), "%s-search", f->path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-search-wal", f->path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-search-shm", f->path);
	unlink(p);
}

static void reopen(struct fixture *f)
{
	struct error err = { 0 };
	if (store_open(&f->st, f->path, &err) < 0)
		fail_msg("open: %s", err.msg);
}

static void close_store(struct fixture *f)
{
	store_close(f->st);
	f->st = NULL;
}

/* The index file's settings for large batches (index.c says why): `k` in articles_fts_config. */
static int64_t index_setting(const struct fixture *f, const char *k)
{
	char p[128];
	sqlite3 *db;
	sqlite3_stmt *s;
	int64_t v = -1;
	snprintf(p, sizeof(p), "%s-search", f->path);
	assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
	assert_int_equal(
		sqlite3_prepare_v2(
			db,
			strcmp(k, "page_size")
				? "SELECT v FROM articles_fts_config WHERE k = ?"
				: "SELECT page_size FROM pragma_page_size WHERE ? NOT NULL",
			-1, &s, NULL),
		SQLITE_OK);
	sqlite3_bind_text(s, 1, k, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

static void check_index_settings(const struct fixture *f)
{
	assert_int_equal(index_setting(f, "page_size"), 8192);
	assert_int_equal(index_setting(f, "pgsz"), 8000);
	assert_int_equal(index_setting(f, "automerge"), 8);
	assert_int_equal(index_setting(f, "hashsize"), 64 << 20);
}

static void an_updated_article_loses_its_old_words(void **state)
{
	struct fixture *f = *state;
	int64_t id = fixture_put(
			f->st, "https://a.example/1", "Harbour report",
			"The harbour pilots counted eleven tankers at anchor this morning."),
		got;

	assert_int_equal(hits(f->st, "tankers", &got), 1);
	assert_int_equal(got, id);
	assert_int_equal(
		fixture_put(f->st, "https://a.example/1", "Harbour report, corrected",
			    "The harbour pilots counted nine freighters at anchor this morning."),
		id);
	assert_int_equal(hits(f->st, "tankers", NULL), 0);
	assert_int_equal(hits(f->st, "freighters", &got), 1);
	assert_int_equal(got, id);
	assert_int_equal(hits(f->st, "title:corrected", NULL), 1);
	/* and again, so that two changes of one article are logged in turn */
	fixture_put(f->st, "https://a.example/1", "Harbour report",
		    "The harbour pilots counted four barges at anchor this morning.");
	assert_int_equal(hits(f->st, "freighters", NULL), 0);
	assert_int_equal(hits(f->st, "barges", NULL), 1);
	check_clean(f->st);
}

static void batches_are_searchable_once_committed(void **state)
{
	struct fixture *f = *state;
	struct error err = { 0 };
	char url[64], text[160];
	int b, i;

	for (b = 0; b < 3; b++) {
		assert_int_equal(store_begin(f->st, &err), 0);
		for (i = 0; i < 200; i++) {
			snprintf(url, sizeof(url), "https://b.example/%d/%d", b, i);
			snprintf(text, sizeof(text),
				 "Batch %d item %d: the quayside ledger lists cargo number w%dx%d "
				 "and its weight.",
				 b, i, b, i);
			fixture_put(f->st, url, "Ledger", text);
		}
		assert_int_equal(store_commit(f->st, &err), 0);
	}
	assert_int_equal(hits(f->st, "quayside", NULL), 100); /* the page size asked for */
	assert_int_equal(hits(f->st, "w2x199", NULL), 1);
	assert_int_equal(hits(f->st, "w0x0", NULL), 1);
	check_clean(f->st);
}

/* A store that logs faster than its index is indexed waits after its commit, not at the end. */
static void a_store_far_ahead_of_its_index_waits_for_it(void **state)
{
	struct fixture *f = *state;
	struct error err = { 0 };
	char url[64], text[160];
	int b, i;

	/*
	 * the writer gathers 10,000 entries or a second before it indexes,
	 * so without a bound the lag would reach 200 here
	 */
	sq_store_of(f->st)->index_lag_max = 30;
	for (b = 0; b < 10; b++) {
		assert_int_equal(store_begin(f->st, &err), 0);
		for (i = 0; i < 20; i++) {
			snprintf(url, sizeof(url), "https://l.example/%d/%d", b, i);
			snprintf(text, sizeof(text),
				 "Lag %d item %d: the harbour log notes v%dx%d.", b, i, b, i);
			fixture_put(f->st, url, "Harbour", text);
		}
		assert_int_equal(store_commit(f->st, &err), 0);
		assert_true(sq_index_lag(sq_store_of(f->st)) <= 30);
	}
	assert_int_equal(hits(f->st, "harbour", NULL), 100);
	assert_int_equal(hits(f->st, "v9x19", NULL), 1);
	assert_int_equal(sq_index_lag(sq_store_of(f->st)), 0);
	check_clean(f->st);
}

static void the_log_catches_the_index_up_at_open(void **state)
{
	struct fixture *f = *state;
	int64_t got;

	fixture_put(f->st, "https://c.example/1", "First",
		    "A first article about lighthouses and fog.");
	close_store(f);
	/* a store that committed an article and stopped before indexing it */
	sql(f->path, "INSERT INTO articles(id, url, title, text) VALUES "
		     "(77, 'https://c.example/2', 'Second', 'A second article about foghorns.');"
		     "INSERT INTO search_log(article_id) VALUES (77);");
	reopen(f);
	assert_int_equal(hits(f->st, "foghorns", &got), 1);
	assert_int_equal(got, 77);
	assert_int_equal(hits(f->st, "lighthouses", NULL), 1);
	check_clean(f->st);
}

static void a_removed_index_file_is_rebuilt(void **state)
{
	struct fixture *f = *state;

	fixture_put(f->st, "https://d.example/1", "Bridges",
		    "The old stone bridges of the valley.");
	fixture_put(f->st, "https://d.example/2", "Ferries", "The ferries cross the valley lake.");
	check_index_settings(f);
	close_store(f);
	remove_index(f);
	reopen(f);
	check_index_settings(f);
	assert_int_equal(hits(f->st, "valley", NULL), 2);
	assert_int_equal(hits(f->st, "ferries", NULL), 1);
	check_clean(f->st);
}

static void an_index_left_by_another_database_is_not_used(void **state)
{
	struct fixture *f = *state;
	char p[128];

	fixture_put(f->st, "https://e.example/1", "Orchards", "Apricot orchards along the river.");
	close_store(f);
	/* the database goes, its index file stays, a new database takes the name */
	unlink(f->path);
	snprintf(p, sizeof(p), "%s-wal", f->path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-shm", f->path);
	unlink(p);
	reopen(f);
	fixture_put(f->st, "https://e.example/9", "Vineyards",
		    "Terraced vineyards above the river.");
	assert_int_equal(hits(f->st, "apricot", NULL), 0);
	assert_int_equal(hits(f->st, "river", NULL), 1);
	check_clean(f->st);
}

static void step_6_moves_an_older_index_into_its_own_file(void **state)
{
	struct fixture *f = *state;
	sqlite3 *db;
	sqlite3_stmt *s;
	int64_t id = fixture_put(f->st, "https://g.example/1", "Glaciers",
				 "Glaciers in the northern range retreated again this summer.");

	close_store(f);
	/* the database as step 5 left it: the index in main, kept by the store */
	sql(f->path, "DROP TABLE search_log;"
		     "ALTER TABLE articles DROP COLUMN site_name;" /* step 10's */
		     "DROP TABLE related;"                         /* step 8's */
		     "DROP TABLE related_done;"
		     "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, "
		     "content='articles', content_rowid='id', "
		     "tokenize='porter unicode61 remove_diacritics 2');"
		     "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');"
		     "CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, row);"
		     "PRAGMA user_version = 5;");
	remove_index(f);
	reopen(f);
	assert_int_equal(store_schema_version(f->st), store_schema_latest());
	assert_int_equal(hits(f->st, "glacier", NULL), 1);
	assert_int_equal(fixture_put(f->st, "https://g.example/1", "Glaciers",
				     "Glaciers in the northern range advanced this winter."),
			 id);
	assert_int_equal(hits(f->st, "retreated", NULL), 0);
	assert_int_equal(hits(f->st, "advanced", NULL), 1);
	check_clean(f->st);
	close_store(f);
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db,
					    "SELECT count(*) FROM sqlite_schema WHERE name LIKE "
					    "'articles_fts%' OR name = 'articles_vocab'",
					    -1, &s, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(s, 0), 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(an_updated_article_loses_its_old_words, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(batches_are_searchable_once_committed, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(a_store_far_ahead_of_its_index_waits_for_it,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(the_log_catches_the_index_up_at_open, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(a_removed_index_file_is_rebuilt, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(an_index_left_by_another_database_is_not_used,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(step_6_moves_an_older_index_into_its_own_file,
						store_setup, store_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
