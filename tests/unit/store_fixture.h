/*
 * store_fixture.h: a store in a fresh temporary directory for each cmocka
 * test (setup and teardown), fixture_put to store an article, and
 * fixture_count to read a number through a connection of its own, shared
 * by the unit tests that need one (after cmocka.h).
 *
 * The engine: SQLite in the temporary directory, or, with
 * BRIEF_TEST_ENGINE=postgresql, a new database on the test server that
 * BRIEF_TEST_PG names (tests/run starts one), dropped at teardown. f->target
 * is what store_open was given (reopen with it); f->path is the SQLite file,
 * for the tests that read or damage it behind the store's back: they start
 * with fixture_sqlite_only(f), which skips them on another engine.
 */
#ifndef BRIEF_TEST_STORE_FIXTURE_H
#define BRIEF_TEST_STORE_FIXTURE_H

#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store.h"

struct fixture {
	char dir[64];
	char path[96];
	char target[512];
	char pgdb[64]; /* the database made on the PostgreSQL test server, or "" */
	struct store *st;
};

static inline int fixture_pg_wanted(void)
{
	const char *e = getenv("BRIEF_TEST_ENGINE");
	return e && !strcmp(e, "postgresql");
}

/* Run `sql` on the test server's maintenance database; 0 or -1. */
static inline int fixture_pg_admin(const char *sql)
{
	const char *server = getenv("BRIEF_TEST_PG");
	PGconn *c;
	PGresult *r;
	int ok;
	if (!server || !*server)
		return -1;
	c = PQconnectdb(server);
	if (PQstatus(c) != CONNECTION_OK) {
		fprintf(stderr, "# %s", PQerrorMessage(c));
		PQfinish(c);
		return -1;
	}
	r = PQexec(c, sql);
	ok = PQresultStatus(r) == PGRES_COMMAND_OK;
	if (!ok)
		fprintf(stderr, "# %s", PQerrorMessage(c));
	PQclear(r);
	PQfinish(c);
	return ok ? 0 : -1;
}

/*
 * A new database on the test server, its URL in f->target: BRIEF_TEST_PG
 * names the server's "postgres" database, as tests/lib.sh's pg_db reads it.
 */
static inline int fixture_pg_make(struct fixture *f)
{
	static unsigned seq;
	const char *server = getenv("BRIEF_TEST_PG");
	const char *at = server ? strstr(server, "/postgres") : NULL;
	char sql[160];
	if (!at)
		return -1;
	snprintf(f->pgdb, sizeof(f->pgdb), "brief_unit_%ld_%u", (long)getpid(), seq++);
	snprintf(sql, sizeof(sql), "CREATE DATABASE \"%s\"", f->pgdb);
	if (fixture_pg_admin(sql) < 0)
		return -1;
	snprintf(f->target, sizeof(f->target), "%.*s/%s%s", (int)(at - server), server, f->pgdb,
		 at + strlen("/postgres"));
	return 0;
}

/* Skip the calling test unless the store is SQLite's (it reads f->path itself). */
#define fixture_sqlite_only(f)                                      \
	do {                                                        \
		if (strcmp(store_engine_name((f)->st), "sqlite")) { \
			skip();                                     \
		}                                                   \
	} while (0)

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
	snprintf(f->target, sizeof(f->target), "%s", f->path);
	if (fixture_pg_wanted() && fixture_pg_make(f) < 0) {
		fprintf(stderr, "# BRIEF_TEST_ENGINE=postgresql needs the server BRIEF_TEST_PG\n");
		rmdir(f->dir);
		free(f);
		return -1;
	}
	if (store_open(&f->st, f->target, &err) < 0) {
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
	if (f->pgdb[0]) {
		char sql[160];
		snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS \"%s\" WITH (FORCE)", f->pgdb);
		fixture_pg_admin(sql);
	}
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
