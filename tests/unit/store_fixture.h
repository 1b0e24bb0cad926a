/*
 * store_fixture.h: a store in a fresh temporary directory for each cmocka
 * test (setup and teardown), fixture_put to store an article, and
 * fixture_count to read a number through a connection of its own, shared
 * by the unit tests that need one (after cmocka.h).
 */
#ifndef BRIEF_TEST_STORE_FIXTURE_H
#define BRIEF_TEST_STORE_FIXTURE_H

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store.h"

struct fixture {
	char dir[64];
	char path[96];
	struct store *st;
};

static int store_setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct error err = { 0 };
	if (!f)
		return -1;
	snprintf(f->dir, sizeof(f->dir), "/tmp/brief-test-XXXXXX");
	if (!mkdtemp(f->dir)) {
		free(f);
		return -1;
	}
	snprintf(f->path, sizeof(f->path), "%s/t.db", f->dir);
	if (store_open(&f->st, f->path, &err) < 0) {
		fprintf(stderr, "%s\n", err.msg);
		rmdir(f->dir);
		free(f);
		return -1;
	}
	*state = f;
	return 0;
}

static int store_teardown(void **state)
{
	struct fixture *f = *state;
	char p[128];
	static const char *const suffix[] = { "",        "-wal",        "-shm",
					      "-search", "-search-wal", "-search-shm" };
	size_t i;
	if (f->st)
		store_close(f->st);
	for (i = 0; i < sizeof(suffix) / sizeof(suffix[0]); i++) {
		snprintf(p, sizeof(p), "%s%s", f->path, suffix[i]);
		unlink(p);
	}
	rmdir(f->dir);
	free(f);
	return 0;
}

/*
 * The first column of the first row of `q` on the database at `path`, read
 * by a connection of its own; -1 without a row.
 */
static inline int64_t fixture_count(const char *path, const char *q)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	int64_t n = -1;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

/*
 * Store an article of `text` at `url` (one outlet, one date), its page the
 * text itself; a failure fails the test. The article's id.
 */
static inline int64_t fixture_put(struct store *st, const char *url, const char *title,
				  const char *text)
{
	struct article_in a;
	int64_t id = 0;
	struct document d = { url, "text/html", text, strlen(text), NULL };
	struct error err = { 0 };
	enum store_put_result what;
	memset(&a, 0, sizeof(a));
	a.url = url;
	a.title = title;
	a.published = "2024-01-01";
	a.text = text;
	a.source = "Example Outlet";
	a.source_url = "https://outlet.example.org/";
	if (store_article_put(st, &d, &a, &id, &what, &err) < 0)
		fail_msg("storing %s: %s", url, err.msg);
	return id;
}

#endif
