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
 * for the tests that read or damage it behind the store's back: they are
 * set up with store_setup_sqlite and start with fixture_sqlite_only(f),
 * which skips them on another engine.
 *
 * On SQLite, each test's store is a copy of one made by store_open at the
 * program's first setup (fixture_template), then opened: a new store runs
 * every schema step, which costs several times the CPU time of opening a
 * store made already, and the copy is byte for byte what a new store holds
 * once closed. store_setup_new makes the test's store itself, for
 * the tests about a store being made.
 */
#ifndef BRIEF_TEST_STORE_FIXTURE_H
#define BRIEF_TEST_STORE_FIXTURE_H

#include <errno.h>
#include <fcntl.h>
#include <libpq-fe.h>
#include <stdint.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyse/coder.h"
#include "analyse/dates.h"
#include "store/store.h"
#include "util/buf.h"

struct fixture {
	char dir[64];
	char path[96];
	char target[512];
	char pgdb[64]; /* the schema made on the PostgreSQL test server, or "" */
	struct store *st;
};

/* the files of a SQLite store at PATH: PATH and PATH followed by each of the others */
static const char *const fixture_suffix[] = { "",        "-wal",        "-shm",
					      "-search", "-search-wal", "-search-shm" };

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
 * This program's schema in the database fixture_pg_database (brief_unit
 * unless the program names another before its first test) on the test
 * server, and the connection that makes, empties and drops it, its
 * search_path that schema's (fixture_count_any reads through it too): a
 * new connection costs the server more CPU time than emptying the schema,
 * so there is one for the program, not one for each step.
 */
static const char *fixture_pg_database = "brief_unit";
static char fixture_pg_schema[64];
static PGconn *fixture_pg_admin;
static char *fixture_pg_empty;

/* Run `sql` on the admin connection; 0 or -1 (said on stderr unless `quiet`). */
static inline int fixture_pg_admin_exec(const char *sql, int quiet)
{
	PGresult *r = PQexec(fixture_pg_admin, sql);
	int ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
	if (!ok && !quiet)
		fprintf(stderr, "# %s", PQerrorMessage(fixture_pg_admin));
	PQclear(r);
	return ok ? 0 : -1;
}

static inline int fixture_pg_admin_run(const char *sql)
{
	return fixture_pg_admin_exec(sql, 0);
}

/*
 * At exit: the schema dropped, with everything the last test left in it,
 * and the schemas named after it (fixture_pg_schema_of).
 */
static void fixture_pg_drop(void)
{
	char sql[512];
	snprintf(sql, sizeof(sql),
		 "SET client_min_messages = warning; DO $$ DECLARE s text; BEGIN FOR s IN "
		 "SELECT nspname FROM pg_namespace WHERE nspname = '%s' OR nspname LIKE "
		 "'%s\\_%%' LOOP EXECUTE format('DROP SCHEMA %%I CASCADE', s); END LOOP; END $$",
		 fixture_pg_schema, fixture_pg_schema);
	fixture_pg_admin_run(sql);
	PQfinish(fixture_pg_admin);
	fixture_pg_admin = NULL;
	free(fixture_pg_empty);
	fixture_pg_empty = NULL;
}

/*
 * Empty the schema's tables, all but the schema version's, and restart its
 * sequences: what a schema just made holds. Rows are deleted, the tables
 * that others reference last, each after those that reference it: TRUNCATE
 * gives every table and index a new file, which costs the server far more
 * than the few rows a test leaves. As a superuser (the test server's, made
 * by scripts/pg-tmp), with the triggers off (session_replication_role):
 * the triggers that follow each deleted row into tables emptied anyway
 * cost more than TRUNCATE. The statements are made from the catalogue once
 * the first store has made the tables.
 */
static inline int fixture_pg_clear(void)
{
	char sql[2048];
	PGresult *r;
	if (!fixture_pg_empty) {
		snprintf(sql, sizeof(sql),
			 "WITH RECURSIVE fk AS (SELECT conrelid AS t, confrelid AS ref "
			 "FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid "
			 "AND connamespace = '\"%s\"'::regnamespace), "
			 "d(t, depth) AS (SELECT c.oid, 0 FROM pg_class c WHERE c.relnamespace = "
			 "'\"%s\"'::regnamespace AND c.relkind IN ('r', 'p') AND c.relname <> "
			 "'brief_schema' UNION ALL SELECT fk.t, d.depth + 1 FROM fk JOIN d ON "
			 "fk.ref = d.t WHERE d.depth < 64), "
			 "tables AS (SELECT t, max(depth) AS depth, t IN (SELECT ref FROM fk) AS "
			 "referenced FROM d GROUP BY t) "
			 "SELECT CASE WHEN current_setting('is_superuser') = 'on' THEN "
			 "'SELECT set_config(''session_replication_role'', ''replica'', true); ' "
			 "ELSE '' END || "
			 "coalesce((SELECT string_agg(format('SELECT setval(%%L, %%s, false)', "
			 "format('%%I.%%I', schemaname, sequencename), start_value), '; ') "
			 "FROM pg_sequences WHERE schemaname = '%s') || '; ', '') || "
			 "string_agg(format('DELETE FROM %%I.%%I', '%s', c.relname), '; ' ORDER BY "
			 "referenced, depth DESC, c.relname) FROM tables JOIN pg_class c ON c.oid "
			 "= t",
			 fixture_pg_schema, fixture_pg_schema, fixture_pg_schema,
			 fixture_pg_schema);
		r = PQexec(fixture_pg_admin, sql);
		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			fprintf(stderr, "# %s", PQerrorMessage(fixture_pg_admin));
			PQclear(r);
			return -1;
		}
		/* no tables yet: nothing to empty */
		if (PQgetisnull(r, 0, 0)) {
			PQclear(r);
			return 0;
		}
		fixture_pg_empty = strdup(PQgetvalue(r, 0, 0));
		PQclear(r);
		if (!fixture_pg_empty)
			return -1;
	}
	return fixture_pg_admin_run(fixture_pg_empty);
}

/*
 * The admin connection and the program's schema, new, in
 * fixture_pg_database (made with unaccent in its public schema by
 * whichever test program comes first), at the first call; 0 or -1.
 */
static inline int fixture_pg_connect(void)
{
	char sql[512], url[512];
	int i;
	if (fixture_pg_admin)
		return 0;
	/* another test program may be making it at the same moment;
	 * FILE_COPY (PostgreSQL 15 on) copies the template's files
	 * rather than logging each page, and an older server refuses
	 * the option, so it is tried first */
	snprintf(sql, sizeof(sql), "CREATE DATABASE %s STRATEGY = FILE_COPY", fixture_pg_database);
	if (fixture_pg_run("postgres", sql, 1) < 0) {
		snprintf(sql, sizeof(sql), "CREATE DATABASE %s", fixture_pg_database);
		fixture_pg_run("postgres", sql, 1);
	}
	if (fixture_pg_url(url, sizeof(url), fixture_pg_database, "") < 0)
		return -1;
	fixture_pg_admin = PQconnectdb(url);
	if (PQstatus(fixture_pg_admin) != CONNECTION_OK) {
		fprintf(stderr, "# %s", PQerrorMessage(fixture_pg_admin));
		PQfinish(fixture_pg_admin);
		fixture_pg_admin = NULL;
		return -1;
	}
	/* (made by another program at the same moment: a unique violation) */
	for (i = 0; i < 3 && fixture_pg_admin_exec("CREATE EXTENSION IF NOT EXISTS unaccent "
						   "SCHEMA public",
						   i < 2) < 0;
	     i++)
		;
	if (i == 3)
		return -1;
	snprintf(fixture_pg_schema, sizeof(fixture_pg_schema), "brief_unit_%ld", (long)getpid());
	snprintf(sql, sizeof(sql),
		 "SET client_min_messages = warning; DROP SCHEMA IF EXISTS \"%s\" "
		 "CASCADE; CREATE SCHEMA \"%s\"; SET search_path = \"%s\", public",
		 fixture_pg_schema, fixture_pg_schema, fixture_pg_schema);
	if (fixture_pg_admin_run(sql) < 0)
		return -1;
	atexit(fixture_pg_drop);
	return 0;
}

/*
 * The test's store on PostgreSQL: the program's schema (fixture_pg_connect),
 * its URL in f->target; the store sees only that schema and public
 * (search_path). The first test's store_open makes the tables; each later
 * test starts from them emptied (fixture_pg_clear). No test changes the
 * tables themselves on PostgreSQL (the tests that take a store back to an
 * older schema are SQLite's own).
 */
static inline int fixture_pg_make(struct fixture *f)
{
	char extra[160];
	if (!fixture_pg_admin) {
		if (fixture_pg_connect() < 0)
			return -1;
	} else if (fixture_pg_clear() < 0) {
		return -1;
	}
	snprintf(f->pgdb, sizeof(f->pgdb), "%s", fixture_pg_schema);
	snprintf(extra, sizeof(extra), "options=-csearch_path%%3D%s%%2Cpublic", f->pgdb);
	return fixture_pg_url(f->target, sizeof(f->target), fixture_pg_database, extra);
}

/*
 * A new schema of its own, the program's schema's name followed by
 * "_`name`", for a test that changes the tables; its URL in `url`
 * (search_path as above); dropped when the program ends. 0 or -1.
 */
static inline int fixture_pg_schema_of(const char *name, char *url, size_t n)
{
	char schema[128], sql[512], extra[192];
	if (fixture_pg_connect() < 0)
		return -1;
	snprintf(schema, sizeof(schema), "%s_%s", fixture_pg_schema, name);
	snprintf(sql, sizeof(sql), "DROP SCHEMA IF EXISTS \"%s\" CASCADE; CREATE SCHEMA \"%s\"",
		 schema, schema);
	if (fixture_pg_admin_run(sql) < 0)
		return -1;
	snprintf(extra, sizeof(extra), "options=-csearch_path%%3D%s%%2Cpublic", schema);
	return fixture_pg_url(url, n, fixture_pg_database, extra);
}

/*
 * Skip the calling test unless the store is SQLite's (it reads f->path
 * itself); on another engine, store_setup_sqlite opened no store.
 */
#define fixture_sqlite_only(f)                                                  \
	do {                                                                    \
		if (!(f)->st || strcmp(store_engine_name((f)->st), "sqlite")) { \
			skip();                                                 \
		}                                                               \
	} while (0)

/* A temporary directory, in $TMPDIR (tests/run: in memory where it can), else /tmp. */
static inline int fixture_mkdtemp(char *dir, size_t n, const char *what)
{
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !*tmp || strlen(tmp) > 40)
		tmp = "/tmp";
	snprintf(dir, n, "%s/brief-%s-XXXXXX", tmp, what);
	return mkdtemp(dir) ? 0 : -1;
}

/* Remove the files of the SQLite store at `path`. */
static inline void fixture_unlink_store(const char *path)
{
	char p[128];
	size_t i;
	for (i = 0; i < sizeof(fixture_suffix) / sizeof(fixture_suffix[0]); i++) {
		snprintf(p, sizeof(p), "%s%s", path, fixture_suffix[i]);
		unlink(p);
	}
}

/* Copy the file `from` to `to`, new; 0, 1 when there is no `from`, or -1. */
static inline int fixture_copy_file(const char *from, const char *to)
{
	char b[65536];
	ssize_t n = 0;
	int in = open(from, O_RDONLY), out;
	if (in < 0)
		return errno == ENOENT ? 1 : -1;
	out = open(to, O_WRONLY | O_CREAT | O_EXCL, 0644);
	if (out < 0) {
		close(in);
		return -1;
	}
	while ((n = read(in, b, sizeof(b))) > 0) {
		ssize_t w = 0, k;
		for (; w < n; w += k)
			if ((k = write(out, b + w, (size_t)(n - w))) <= 0)
				break;
		if (w < n) {
			n = -1;
			break;
		}
	}
	close(in);
	if (close(out) < 0 || n < 0) {
		unlink(to);
		return -1;
	}
	return 0;
}

/*
 * The program's template store: the files store_open leaves for a new
 * SQLite store once it is closed, in a directory of their own, made at the
 * first call and removed when the program ends; "" when it could not be made.
 */
static char fixture_template[96];

static void fixture_template_remove(void)
{
	char dir[96];
	char *slash;
	snprintf(dir, sizeof(dir), "%s", fixture_template);
	fixture_unlink_store(fixture_template);
	if ((slash = strrchr(dir, '/'))) {
		*slash = '\0';
		rmdir(dir);
	}
}

static inline const char *fixture_template_path(void)
{
	static int tried;
	char dir[64];
	struct store *st;
	struct error err = { 0 };
	if (tried)
		return fixture_template;
	tried = 1;
	if (fixture_mkdtemp(dir, sizeof(dir), "template") < 0)
		return fixture_template;
	snprintf(fixture_template, sizeof(fixture_template), "%s/t.db", dir);
	if (store_open(&st, fixture_template, &err) < 0) {
		fprintf(stderr, "# the template store: %s\n", err.msg);
		fixture_template_remove();
		fixture_template[0] = '\0';
		return fixture_template;
	}
	store_close(st);
	atexit(fixture_template_remove);
	return fixture_template;
}

/* Copy the template store's files to `path`; 0 or -1. */
static inline int fixture_template_copy(const char *path)
{
	const char *from = fixture_template_path();
	char a[128], b[128];
	size_t i;
	if (!*from)
		return -1;
	for (i = 0; i < sizeof(fixture_suffix) / sizeof(fixture_suffix[0]); i++) {
		snprintf(a, sizeof(a), "%s%s", from, fixture_suffix[i]);
		snprintf(b, sizeof(b), "%s%s", path, fixture_suffix[i]);
		if (fixture_copy_file(a, b) < 0) {
			fixture_unlink_store(path);
			return -1;
		}
	}
	return 0;
}

/* How the test's store is made: a copy of the template, made new, none on PostgreSQL. */
enum fixture_kind { FIXTURE_COPY, FIXTURE_NEW, FIXTURE_SQLITE };

static inline int fixture_setup(void **state, enum fixture_kind kind)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct error err = { 0 };
	if (!f)
		return -1;
	if (fixture_mkdtemp(f->dir, sizeof(f->dir), "test") < 0) {
		free(f);
		return -1;
	}
	snprintf(f->path, sizeof(f->path), "%s/t.db", f->dir);
	snprintf(f->target, sizeof(f->target), "%s", f->path);
	if (fixture_pg_wanted()) {
		/* the test skips itself (fixture_sqlite_only): no store */
		if (kind == FIXTURE_SQLITE) {
			*state = f;
			return 0;
		}
		if (fixture_pg_make(f) < 0) {
			fprintf(stderr,
				"# BRIEF_TEST_ENGINE=postgresql needs the server BRIEF_TEST_PG\n");
			rmdir(f->dir);
			free(f);
			return -1;
		}
	} else if (kind != FIXTURE_NEW && fixture_template_copy(f->path) < 0) {
		fprintf(stderr, "# copying the template store to %s failed\n", f->path);
		rmdir(f->dir);
		free(f);
		return -1;
	}
	if (store_open(&f->st, f->target, &err) < 0) {
		fprintf(stderr, "%s\n", err.msg);
		fixture_unlink_store(f->path);
		rmdir(f->dir);
		free(f);
		return -1;
	}
	*state = f;
	return 0;
}

/* The test's store: a copy of the template store, or the emptied PostgreSQL schema. */
static inline int store_setup(void **state)
{
	return fixture_setup(state, FIXTURE_COPY);
}

/* The test's store made by store_open itself, for the tests about a new store. */
static inline int store_setup_new(void **state)
{
	return fixture_setup(state, FIXTURE_NEW);
}

/* For the tests of SQLite alone: on another engine, no store (the test skips itself). */
static inline int store_setup_sqlite(void **state)
{
	return fixture_setup(state, FIXTURE_SQLITE);
}

static inline int store_teardown(void **state)
{
	struct fixture *f = *state;
	if (f->st)
		store_close(f->st);
	fixture_unlink_store(f->path);
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
 * the PostgreSQL schema, read through the fixture's admin connection.
 */
static inline int64_t fixture_count_any(const struct fixture *f, const char *q)
{
	PGresult *r;
	int64_t n = -1;
	if (!f->pgdb[0])
		return fixture_count(f->path, q);
	r = PQexec(fixture_pg_admin, q);
	assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
	if (PQntuples(r))
		n = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
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

/* The store's count of articles (events with `events`); a failed count fails the test. */
static inline int64_t fixture_store_count(struct store *st, int events)
{
	struct error err = { 0 };
	int64_t n = -1;
	if ((events ? store_event_count(st, &n, &err) : store_article_count(st, &n, &err)) < 0)
		fail_msg("counting: %s", err.msg);
	return n;
}

/*
 * Store an article of `text` at `url` (one outlet, published `published`),
 * its page the text itself; a failure fails the test. The article's id.
 */
static inline int64_t fixture_put_on(struct store *st, const char *url, const char *title,
				     const char *text, const char *published)
{
	struct article_in a;
	int64_t id = 0;
	struct document d = { url, "text/html", text, strlen(text), NULL };
	struct error err = { 0 };
	enum store_put_result what;
	memset(&a, 0, sizeof(a));
	a.url = url;
	a.title = title;
	a.published = published;
	a.text = text;
	a.source = "Example Outlet";
	a.source_url = "https://outlet.example.org/";
	if (store_article_put(st, &d, &a, &id, &what, &err) < 0)
		fail_msg("storing %s: %s", url, err.msg);
	return id;
}

/* fixture_put of an article published on 2024-01-01. */
static inline int64_t fixture_put(struct store *st, const char *url, const char *title,
				  const char *text)
{
	return fixture_put_on(st, url, title, text, "2024-01-01");
}

/*
 * Two events coded from `text`, a sentence whose verb "met" is at byte 25
 * ("Envoys of both countries met ..."): DEUGOV meeting FRAGOV (CAMEO 040)
 * on 2024-03-01, then FRAGOV meeting DEUGOV on 2024-03-02.
 */
static inline void fixture_two_events(struct event ev[2], const char *text)
{
	size_t i;
	memset(ev, 0, 2 * sizeof(*ev));
	for (i = 0; i < 2; i++) {
		snprintf(ev[i].source, sizeof(ev[i].source), "%s", i ? "FRAGOV" : "DEUGOV");
		snprintf(ev[i].target, sizeof(ev[i].target), "%s", i ? "DEUGOV" : "FRAGOV");
		snprintf(ev[i].code, sizeof(ev[i].code), "%s", "040");
		snprintf(ev[i].root, sizeof(ev[i].root), "%s", "04");
		ev[i].goldstein = 1.0;
		ev[i].quad = 1;
		ev[i].date.y = 2024;
		ev[i].date.m = 3;
		ev[i].date.d = 1 + (int)i;
		ev[i].date.prec = DP_DAY;
		ev[i].s_len = (uint32_t)strlen(text);
		ev[i].v_off = 25;
		ev[i].v_len = 3;
	}
}

#endif
