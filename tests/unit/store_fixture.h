/*
 * store_fixture.h: a store in a fresh temporary directory for each cmocka
 * test (setup and teardown), fixture_put to store an article, and
 * fixture_count to read a number through a connection of its own, shared
 * by the unit tests that need one (after cmocka.h).
 *
 * The engine: SQLite in the temporary directory, or, with
 * BRIEF_TEST_ENGINE=postgresql, a schema on the test server that
 * BRIEF_TEST_PG names (tests/run starts one), emptied for each test
 * (fixture_pg_make) and dropped when the program ends. f->target
 * is what store_open was given (reopen with it); f->path is the SQLite file,
 * for the tests that read or damage it behind the store's back: they start
 * with fixture_sqlite_only(f), which skips them on another engine.
 */
#ifndef BRIEF_TEST_STORE_FIXTURE_H
#define BRIEF_TEST_STORE_FIXTURE_H

#include <libpq-fe.h>
#include <stdint.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store.h"
#include "util/buf.h"

struct fixture {
	char dir[64];
	char path[96];
	char target[512];
	char pgdb[64]; /* the schema made on the PostgreSQL test server, or "" */
	struct store *st;
};

static inline int fixture_pg_wanted(void)
{
	const char *e = getenv("BRIEF_TEST_ENGINE");
	return e && !strcmp(e, "postgresql");
}

/*
 * The test server's URL with the database `db` in place of "postgres"
 * (BRIEF_TEST_PG names the server's "postgres" database, as tests/lib.sh's
 * pg_db reads it) and `extra` appended to its parameters; 0 or -1.
 */
static inline int fixture_pg_url(char *out, size_t n, const char *db, const char *extra)
{
	const char *server = getenv("BRIEF_TEST_PG");
	const char *at = server ? strstr(server, "/postgres") : NULL;
	const char *rest;
	if (!at)
		return -1;
	rest = at + strlen("/postgres");
	snprintf(out, n, "%.*s/%s%s%s%s", (int)(at - server), server, db, rest,
		 *extra ? (strchr(rest, '?') ? "&" : "?") : "", extra);
	return 0;
}

/* Run `sql` on the test server's database `db`; 0 or -1 (quietly when `quiet`). */
static inline int fixture_pg_run(const char *db, const char *sql, int quiet)
{
	char url[512];
	PGconn *c;
	PGresult *r;
	int ok;
	if (fixture_pg_url(url, sizeof(url), db, "") < 0)
		return -1;
	c = PQconnectdb(url);
	if (PQstatus(c) != CONNECTION_OK) {
		fprintf(stderr, "# %s", PQerrorMessage(c));
		PQfinish(c);
		return -1;
	}
	r = PQexec(c, sql);
	ok = PQresultStatus(r) == PGRES_COMMAND_OK;
	if (!ok && !quiet)
		fprintf(stderr, "# %s", PQerrorMessage(c));
	PQclear(r);
	PQfinish(c);
	return ok ? 0 : -1;
}

/*
 * This program's schema in the database brief_unit on the test server,
 * and the connection that makes, empties and drops it.
 */
static char fixture_pg_schema[64];
static PGconn *fixture_pg_admin;

/* Run `sql` on the admin connection; 0 or -1 (said on stderr). */
static inline int fixture_pg_admin_run(const char *sql)
{
	PGresult *r = PQexec(fixture_pg_admin, sql);
	int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
	if (!ok)
		fprintf(stderr, "# %s", PQerrorMessage(fixture_pg_admin));
	PQclear(r);
	return ok ? 0 : -1;
}

/* At exit: the schema dropped, with everything the last test left in it. */
static void fixture_pg_drop(void)
{
	char sql[160];
	snprintf(sql, sizeof(sql), "DROP SCHEMA IF EXISTS \"%s\" CASCADE", fixture_pg_schema);
	fixture_pg_admin_run(sql);
	PQfinish(fixture_pg_admin);
	fixture_pg_admin = NULL;
}

/*
 * The test's store on PostgreSQL: one schema for the whole program in the
 * database brief_unit on the test server (made at the first test, with
 * unaccent in its public schema, by whichever test program comes first),
 * its URL in f->target; the store sees only that schema and public
 * (search_path). The first test's store_open makes the tables; each later
 * test starts from them emptied, every table but the schema version's
 * truncated and its sequences restarted, as a schema just made would be:
 * that costs the server about a fifth of making a schema's tables and
 * dropping them. No test changes the tables themselves on PostgreSQL (the
 * tests that take a store back to an older schema are SQLite's own).
 */
static inline int fixture_pg_make(struct fixture *f)
{
	char sql[512], url[512], extra[160];
	if (!fixture_pg_admin) {
		int i;
		/* another test program may be making it at the same moment;
		 * FILE_COPY (PostgreSQL 15 on) copies the template's files
		 * rather than logging each page, and an older server refuses
		 * the option, so it is tried first */
		if (fixture_pg_run("postgres", "CREATE DATABASE brief_unit STRATEGY = FILE_COPY",
				   1) < 0)
			fixture_pg_run("postgres", "CREATE DATABASE brief_unit", 1);
		for (i = 0; i < 3 && fixture_pg_run("brief_unit",
						    "CREATE EXTENSION IF NOT EXISTS unaccent "
						    "SCHEMA public",
						    i < 2) < 0;
		     i++)
			;
		if (i == 3 || fixture_pg_url(url, sizeof(url), "brief_unit", "") < 0)
			return -1;
		fixture_pg_admin = PQconnectdb(url);
		if (PQstatus(fixture_pg_admin) != CONNECTION_OK) {
			fprintf(stderr, "# %s", PQerrorMessage(fixture_pg_admin));
			PQfinish(fixture_pg_admin);
			fixture_pg_admin = NULL;
			return -1;
		}
		snprintf(fixture_pg_schema, sizeof(fixture_pg_schema), "brief_unit_%ld",
			 (long)getpid());
		snprintf(sql, sizeof(sql),
			 "SET client_min_messages = warning; DROP SCHEMA IF EXISTS \"%s\" "
			 "CASCADE; CREATE SCHEMA \"%s\"",
			 fixture_pg_schema, fixture_pg_schema);
		if (fixture_pg_admin_run(sql) < 0)
			return -1;
		atexit(fixture_pg_drop);
	} else {
		snprintf(sql, sizeof(sql),
			 "DO $$ DECLARE t text; BEGIN "
			 "SELECT string_agg(format('%%I.%%I', schemaname, tablename), ', ') INTO t "
			 "FROM pg_tables WHERE schemaname = '%s' AND tablename <> 'brief_schema'; "
			 "IF t IS NOT NULL THEN "
			 "EXECUTE 'TRUNCATE ' || t || ' RESTART IDENTITY CASCADE'; "
			 "END IF; END $$",
			 fixture_pg_schema);
		if (fixture_pg_admin_run(sql) < 0)
			return -1;
	}
	snprintf(f->pgdb, sizeof(f->pgdb), "%s", fixture_pg_schema);
	snprintf(extra, sizeof(extra), "options=-csearch_path%%3D%s%%2Cpublic", f->pgdb);
	return fixture_pg_url(f->target, sizeof(f->target), "brief_unit", extra);
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
	const char *tmp;
	if (!f)
		return -1;
	/* in $TMPDIR (tests/run: in memory where it can), else /tmp */
	tmp = getenv("TMPDIR");
	if (!tmp || !*tmp || strlen(tmp) > 40)
		tmp = "/tmp";
	snprintf(f->dir, sizeof(f->dir), "%s/brief-test-XXXXXX", tmp);
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
 * The same on the fixture's store, whichever its engine: SQLite's file, or
 * the PostgreSQL database, read by a connection of its own.
 */
static inline int64_t fixture_count_any(const struct fixture *f, const char *q)
{
	PGconn *c;
	PGresult *r;
	int64_t n = -1;
	if (!f->pgdb[0])
		return fixture_count(f->path, q);
	c = PQconnectdb(f->target);
	assert_int_equal(PQstatus(c), CONNECTION_OK);
	r = PQexec(c, q);
	assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
	if (PQntuples(r))
		n = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	PQfinish(c);
	return n;
}

/*
 * A deterministic text of `n` made-up words for seed `seed`, each one of
 * `vocab`, spelt tag[0] number tag[1] letter (`salt` tells apart the texts
 * of tests that share seeds). The caller frees it.
 */
static inline char *fixture_words(unsigned seed, unsigned salt, size_t n, unsigned vocab,
				  const char tag[2])
{
	struct buf b = BUF_INIT;
	uint64_t x = seed * 2654435761u + salt;
	size_t i;
	for (i = 0; i < n; i++) {
		unsigned w;
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		w = (unsigned)(x % vocab);
		buf_putf(&b, "%s%c%u%c%c", i ? " " : "", tag[0], w, tag[1], 'a' + (int)(w % 26));
	}
	return buf_detach(&b, NULL);
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
