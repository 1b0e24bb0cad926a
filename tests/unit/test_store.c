/* Unit tests for src/store: migrations, identity, updates, listing, checks. */
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
#include <zlib.h>

#include "store/store.h"
#include "store_fixture.h"

static int put(struct store *st, const char *url, const char *title, const char *published,
	       const char *body, enum store_put_result *what, int64_t *id)
{
	struct article a;
	struct document d = { url, "text/html", body, strlen(body), NULL };
	struct error err = { 0 };
	int r;
	memset(&a, 0, sizeof(a));
	a.url = (char *)url;
	a.title = (char *)title;
	a.published = (char *)published;
	a.text = (char *)"Some text.";
	a.source = (char *)"Example Outlet";
	a.source_url = (char *)"https://outlet.example.org/";
	r = store_article_put(st, &d, &a, what, &err);
	if (id)
		*id = a.id;
	return r;
}

static void new_store_is_at_latest_schema(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(store_schema_version(f->st), store_schema_latest());
	assert_int_equal(store_article_count(f->st), 0);
}

static void same_page_twice_is_stored_once(void **state)
{
	struct fixture *f = *state;
	enum store_put_result w;
	int64_t id1, id2;
	assert_int_equal(put(f->st, "https://o.example/a", "A", "2024-01-01", "<p>a</p>", &w, &id1),
			 0);
	assert_int_equal(w, STORE_ADDED);
	assert_int_equal(put(f->st, "https://o.example/a", "A", "2024-01-01", "<p>a</p>", &w, &id2),
			 0);
	assert_int_equal(w, STORE_UNCHANGED);
	assert_int_equal(id1, id2);
	assert_int_equal(store_article_count(f->st), 1);
}

static void changed_page_updates_article(void **state)
{
	struct fixture *f = *state;
	enum store_put_result w;
	int64_t id1, id2;
	struct article a;
	assert_int_equal(put(f->st, "https://o.example/a", "Old", NULL, "<p>v1</p>", &w, &id1), 0);
	assert_int_equal(put(f->st, "https://o.example/a", "New", NULL, "<p>v2</p>", &w, &id2), 0);
	assert_int_equal(w, STORE_UPDATED);
	assert_int_equal(id1, id2);
	assert_int_equal(store_article_get(f->st, id1, &a, NULL), 0);
	assert_string_equal(a.title, "New");
	assert_string_equal(a.source, "Example Outlet");
	assert_non_null(a.doc_sha256);
	assert_int_equal(strlen(a.doc_sha256), 64);
	article_release(&a);
	assert_int_equal(store_article_count(f->st), 1);
}

static void latest_is_newest_first(void **state)
{
	struct fixture *f = *state;
	struct article_list l;
	enum store_put_result w;
	assert_int_equal(put(f->st, "https://o.example/1", "Old", "1998-08-08", "1", &w, NULL), 0);
	assert_int_equal(put(f->st, "https://o.example/2", "New", "2026-01-02", "2", &w, NULL), 0);
	assert_int_equal(put(f->st, "https://o.example/3", "Mid", "2021-08-15", "3", &w, NULL), 0);
	assert_int_equal(store_articles_latest(f->st, 10, 0, &l, NULL), 0);
	assert_int_equal(l.n, 3);
	assert_string_equal(l.items[0].title, "New");
	assert_string_equal(l.items[1].title, "Mid");
	assert_string_equal(l.items[2].title, "Old");
	assert_null(l.items[0].text); /* listing does not load text */
	article_list_release(&l);
	assert_int_equal(store_articles_latest(f->st, 1, 2, &l, NULL), 0);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.items[0].title, "Old");
	article_list_release(&l);
}

static void missing_article_is_notfound(void **state)
{
	struct fixture *f = *state;
	struct article a;
	struct error err = { 0 };
	assert_int_equal(store_article_get(f->st, 12345, &a, &err), -ERR_NOTFOUND);
	assert_int_equal(err.code, ERR_NOTFOUND);
}

static void article_without_url_is_refused(void **state)
{
	struct fixture *f = *state;
	struct article a;
	struct document d = { NULL, NULL, "x", 1, NULL };
	struct error err = { 0 };
	enum store_put_result w;
	memset(&a, 0, sizeof(a));
	a.title = (char *)"T";
	assert_int_equal(store_article_put(f->st, &d, &a, &w, &err), -ERR_USAGE);
	assert_int_equal(store_article_count(f->st), 0);
}

static void check_reports_counts(void **state)
{
	struct fixture *f = *state;
	enum store_put_result w;
	char msg[512];
	assert_int_equal(put(f->st, "https://o.example/a", "A", NULL, "<p>a</p>", &w, NULL), 0);
	assert_int_equal(store_check(f->st, msg, sizeof(msg), NULL), 0);
	assert_non_null(strstr(msg, "1 articles, 1 documents, 1 sources"));
	assert_non_null(strstr(msg, "integrity ok"));
}

static void data_survives_reopen_and_newer_schema_is_refused(void **state)
{
	struct fixture *f = *state;
	enum store_put_result w;
	struct error err = { 0 };
	sqlite3 *db;
	char sql[64];
	assert_int_equal(put(f->st, "https://o.example/a", "A", NULL, "<p>a</p>", &w, NULL), 0);
	store_close(f->st);
	assert_int_equal(store_open(&f->st, f->path, &err), 0);
	assert_int_equal(store_article_count(f->st), 1);
	store_close(f->st);
	f->st = NULL;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", store_schema_latest() + 1);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(store_open(&f->st, f->path, &err), -ERR_DB);
	assert_non_null(strstr(err.msg, "newer"));
	assert_null(f->st);
}

/* Inflate the stored body of article `id`'s document into `out`; its length. */
static size_t stored_body(const char *path, int64_t id, unsigned char *out, size_t cap)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	uLongf n = (uLongf)cap;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db,
					    "SELECT d.body FROM documents d JOIN articles a "
					    "ON a.document_id = d.id WHERE a.id = ?",
					    -1, &s, NULL),
			 SQLITE_OK);
	sqlite3_bind_int64(s, 1, id);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_int_equal(
		uncompress(out, &n, sqlite3_column_blob(s, 0), (uLong)sqlite3_column_bytes(s, 0)),
		Z_OK);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return (size_t)n;
}

static void prepared_document_is_stored_as_unprepared(void **state)
{
	struct fixture *f = *state;
	static const char body[] = "<html><p>The same page, prepared on another thread.</p></html>";
	struct document_prep prep = { 0 };
	struct document d = { "https://o.example/p", "text/html", body, sizeof(body) - 1, NULL };
	struct article a;
	struct article got;
	struct error err = { 0 };
	enum store_put_result what;
	unsigned char out[256];
	int64_t id;

	assert_int_equal(store_document_prepare(&d, &prep, &err), 0);
	d.prep = &prep;
	memset(&a, 0, sizeof(a));
	a.url = (char *)"https://o.example/p";
	a.title = (char *)"Prepared";
	a.text = (char *)"Some text.";
	assert_int_equal(store_article_put(f->st, &d, &a, &what, &err), 0);
	assert_int_equal(what, STORE_ADDED);
	id = a.id;
	assert_int_equal(stored_body(f->path, id, out, sizeof(out)), sizeof(body) - 1);
	assert_memory_equal(out, body, sizeof(body) - 1);
	assert_int_equal(store_article_get(f->st, id, &got, &err), 0);
	assert_string_equal(got.doc_sha256, prep.sha256);
	article_release(&got);
	/* the same page unprepared is recognised as unchanged */
	d.prep = NULL;
	assert_int_equal(store_article_put(f->st, &d, &a, &what, &err), 0);
	assert_int_equal(what, STORE_UNCHANGED);
	store_document_prep_release(&prep);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(new_store_is_at_latest_schema, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(same_page_twice_is_stored_once, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(changed_page_updates_article, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(latest_is_newest_first, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(missing_article_is_notfound, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(article_without_url_is_refused, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(prepared_document_is_stored_as_unprepared,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(check_reports_counts, store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(data_survives_reopen_and_newer_schema_is_refused,
						store_setup, store_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
