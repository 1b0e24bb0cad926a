/*
 * test_pg.c: the PostgreSQL engine against a real server (BRIEF_TEST_PG,
 * started by tests/run through scripts/pg-tmp): schema steps, storing
 * articles once, search with the shared query language, the job queue.
 * Every test that needs a server skips when there is none.
 */
#include <dirent.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <libpq-fe.h>

#include "store/engine.h"
#include "store/postgres/internal.h"
#include "store/postgres/pg.h"
#include "corpus/query.h"
#include "store/store.h"
#include "util/buf.h"
#include "store_fixture.h"

/* A URL for a fresh database named `name` on the test server, or NULL: skip. */
static char *fresh_db(const char *name)
{
	const char *base = getenv("BRIEF_TEST_PG");
	char sql[160], *url;
	const char *q;
	PGconn *c;
	PGresult *r;
	size_t n;

	if (!base || !*base)
		return NULL;
	c = PQconnectdb(base);
	assert_int_equal(PQstatus(c), CONNECTION_OK);
	PQclear(PQexec(c, "SET client_min_messages = warning"));
	snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s WITH (FORCE)", name);
	PQclear(PQexec(c, sql));
	/* the template's files copied rather than each page logged: PostgreSQL
	 * 15 on; an older server refuses the option and makes it the old way */
	snprintf(sql, sizeof(sql), "CREATE DATABASE %s STRATEGY = FILE_COPY", name);
	r = PQexec(c, sql);
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		PQclear(r);
		snprintf(sql, sizeof(sql), "CREATE DATABASE %s", name);
		r = PQexec(c, sql);
	}
	assert_int_equal(PQresultStatus(r), PGRES_COMMAND_OK);
	PQclear(r);
	PQfinish(c);
	/* base is postgresql://user@/postgres?host=DIR: swap the database name */
	q = strstr(base, "/postgres?");
	assert_non_null(q);
	n = strlen(base) + strlen(name) + 1;
	url = malloc(n);
	assert_non_null(url);
	snprintf(url, n, "%.*s/%s%s", (int)(q - base), base, name, q + 9);
	return url;
}

/*
 * The tests' stores are schemas in the database brief_t_pg on the test
 * server (store_fixture.h), a database of test_pg's own: the lock waits
 * term_stats_taken_by_two_at_once watches for are its tests' alone. A
 * schema costs the server a fraction of a database, which FILE_COPY makes
 * behind a checkpoint of every dirty page on the server.
 *
 * A URL for the program's schema, its tables emptied as a schema just made
 * holds them, the store seeing that schema and public (search_path); or
 * NULL: skip. The first test's pg_open makes the tables, the others find
 * them made; a test reads behind the store's back through the fixture's
 * admin connection (fixture_pg_admin, its search_path that schema's): a
 * new connection costs the server more CPU time than most tests' rows.
 */
static char *clean_schema(void)
{
	const char *base = getenv("BRIEF_TEST_PG");
	struct fixture f;
	char *url;

	if (!base || !*base)
		return NULL;
	fixture_pg_database = "brief_t_pg";
	assert_int_equal(fixture_pg_make(&f), 0);
	url = strdup(f.target);
	assert_non_null(url);
	return url;
}

/* A URL for a new schema of the test's own (it changes the tables), or NULL: skip. */
static char *own_schema(const char *name)
{
	const char *base = getenv("BRIEF_TEST_PG");
	char *url;

	if (!base || !*base)
		return NULL;
	fixture_pg_database = "brief_t_pg";
	url = malloc(512);
	assert_non_null(url);
	assert_int_equal(fixture_pg_schema_of(name, url, 512), 0);
	return url;
}

#define NO_PG()                                                             \
	do {                                                                \
		printf("# no PostgreSQL (BRIEF_TEST_PG unset or empty)\n"); \
		skip();                                                     \
	} while (0)

/* The program's schema, emptied, for the test (clean_schema), or skip. */
#define NEED_PG(url)                \
	char *url = clean_schema(); \
	if (!url) {                 \
		NO_PG();            \
	}

/* A schema of the test's own (own_schema), or skip. */
#define NEED_OWN_PG(url, name)        \
	char *url = own_schema(name); \
	if (!url) {                   \
		NO_PG();              \
	}

static int put(struct pg_store *st, const char *url, const char *title, const char *text,
	       const char *published, enum store_put_result *what)
{
	struct article_in a = { 0 };
	struct document d = { 0 };
	struct error err = { 0 };
	int64_t id = 0;
	int r;
	a.url = url;
	a.title = title;
	a.text = text;
	a.published = published;
	a.source = "Kabul Ledger";
	a.source_url = "https://kabul-ledger.example.org/";
	a.word_count = 10;
	d.url = url;
	d.content_type = "text/html";
	d.body = text;
	d.len = strlen(text);
	r = pg_article_put(st, &d, &a, &id, what, &err);
	if (r < 0)
		fprintf(stderr, "# %s\n", err.msg);
	assert_int_equal(r, 0);
	return (int)id;
}

static void schema_steps_and_reopen(void **state)
{
	struct pg_store *st, *again;
	struct error err = { 0 };
	/* a database of its own: the first step makes the extension too */
	char *url = fresh_db("brief_t_schema");
	(void)state;
	if (!url) {
		printf("# no PostgreSQL (BRIEF_TEST_PG unset or empty)\n");
		skip();
	}
	assert_int_equal(pg_open(&st, url, &err), 0);
	assert_int_equal(pg_schema_version(st), pg_schema_latest());
	/* a second connection finds it migrated and changes nothing */
	assert_int_equal(pg_open(&again, url, &err), 0);
	assert_int_equal(pg_schema_version(again), pg_schema_latest());
	pg_close(again);
	pg_close(st);
	free(url);
}

/*
 * Ranking reads each match's tsvector: it must stay in the row (schema
 * step 6), where PostgreSQL would move it out of line with the text.
 */
static void tsvector_kept_in_the_row(void **state)
{
	struct pg_store *st;
	struct error err = { 0 };
	PGconn *c;
	PGresult *r;
	(void)state;
	NEED_PG(url);
	assert_int_equal(pg_open(&st, url, &err), 0);
	c = fixture_pg_admin;
	r = PQexec(c, "SELECT attstorage FROM pg_attribute WHERE attrelid = 'articles'::regclass "
		      "AND attname = 'tsv'");
	assert_int_equal(PQntuples(r), 1);
	assert_string_equal(PQgetvalue(r, 0, 0), "m");
	PQclear(r);
	pg_close(st);
	free(url);
}

/*
 * Articles' length in tokens, counted by brief (schema step 8) as the
 * server's regular expression of step 7 counted it, so that the rows of
 * both agree: letters and digits of the ranges, other code points and
 * bytes that are not UTF-8 between tokens. With a server, each count is
 * the expression's, and an article stored keeps its count in the row.
 */
static void token_count_as_the_server_counted(void **state)
{
	static const char re[] = "[0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6"
				 "\\u00f8-\\u02ff\\u0370-\\u1fff\\u2c00-\\u2dff\\u3040-\\ud7ff"
				 "\\uf900-\\ufdff\\ufe70-\\ufefe\\uff10-\\uffdc]+";
	static const struct {
		const char *text;
		int64_t tokens;
	} cases[] = {
		{ "", 0 },
		{ "Hello, world", 2 },
		{ "well-known 3.14", 4 },
		{ "\xc3\x9cn\xc3\xaf"
		  "c\xc3\xb6"
		  "d\xc3\xa9 fa\xc3\xa7"
		  "ade",
		  2 }, /* Ünïcödé façade */
		{ "a\xc3\x97"
		  "b \xc2\xb5 \xc2\xaa\xc2\xba",
		  4 }, /* a×b µ ªº: × divides */
		{ "\xe5\x8c\x97\xe4\xba\xac \xe6\x9d\xb1\xe4\xba\xac", 2 }, /* CJK */
		{ "\xce\xb1\xce\xb2\xe2\x80\x94\xd0\xb6", 2 },              /* αβ—ж */
		{ "a\xf0\x9f\x98\x80"
		  "b",
		  2 },                                          /* an emoji divides */
		{ "\xef\xbc\x91\xef\xbc\xa1 \xef\xbf\xa0", 1 }, /* fullwidth 1A, then a cent sign */
		{ "  tabs\tand\nlines  ", 3 },
	};
	PGconn *c = NULL;
	char *url = clean_schema();
	size_t i;
	(void)state;

	/* a byte that is not UTF-8 ends a run, as the ranges do */
	assert_int_equal(pg_text_tokens("x\xffy", 3), 2);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (pg_text_tokens(cases[i].text, strlen(cases[i].text)) != cases[i].tokens)
			fail_msg("\"%s\": %lld tokens, want %lld", cases[i].text,
				 (long long)pg_text_tokens(cases[i].text, strlen(cases[i].text)),
				 (long long)cases[i].tokens);
	}
	if (!url) {
		printf("# no PostgreSQL: the counts not compared with the server's\n");
		return;
	}
	c = fixture_pg_admin;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *v[2] = { cases[i].text, re };
		PGresult *r = PQexecParams(c, "SELECT count(*) FROM regexp_matches($1, $2, 'g')", 2,
					   NULL, v, NULL, NULL, 0);
		assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
		if (strtoll(PQgetvalue(r, 0, 0), NULL, 10) != cases[i].tokens)
			fail_msg("\"%s\": the server counts %s", cases[i].text,
				 PQgetvalue(r, 0, 0));
		PQclear(r);
	}
	{
		struct pg_store *st;
		struct error err = { 0 };
		enum store_put_result what;
		PGresult *r;
		assert_int_equal(pg_open(&st, url, &err), 0);
		put(st, "https://kabul-ledger.example.org/a", "Bridge talks",
		    "Talks on the \xc3\xa9lan of the well-known bridge (3.14 km) resumed.", NULL,
		    &what);
		r = PQexec(c, "SELECT tokens FROM articles");
		assert_int_equal(PQntuples(r), 1);
		assert_string_equal(PQgetvalue(r, 0, 0), "15");
		PQclear(r);
		pg_close(st);
	}
	free(url);
}

static void articles_stored_once(void **state)
{
	struct pg_store *st;
	struct error err = { 0 };
	enum store_put_result what;
	struct article a;
	struct article_list l;
	struct buf body = BUF_INIT;
	int id, id2;
	(void)state;
	NEED_PG(url);
	assert_int_equal(pg_open(&st, url, &err), 0);
	id = put(st, "https://kabul-ledger.example.org/a", "Water talks resume",
		 "Delegations met at the Helmand river to discuss water shares.", "2023-05-01",
		 &what);
	assert_int_equal(what, STORE_ADDED);
	id2 = put(st, "https://kabul-ledger.example.org/a", "Water talks resume",
		  "Delegations met at the Helmand river to discuss water shares.", "2023-05-01",
		  &what);
	assert_int_equal(what, STORE_UNCHANGED);
	assert_int_equal(id, id2);
	id2 = put(st, "https://kabul-ledger.example.org/a", "Water talks resume",
		  "Delegations met again at the Helmand river.", "2023-05-01", &what);
	assert_int_equal(what, STORE_UPDATED);
	assert_int_equal(id, id2);
	put(st, "https://kabul-ledger.example.org/b", "Border crossing reopens",
	    "Traders crossed at Islam Qala after the border guards reopened the gate.",
	    "2023-06-02", &what);
	{
		int64_t n = -1;
		assert_int_equal(pg_article_count(st, &n, &err), 0);
		assert_int_equal(n, 2);
	}
	assert_int_equal(pg_document_count(st), 3);

	assert_int_equal(pg_article_get(st, id, &a, &err), 0);
	assert_string_equal(a.title, "Water talks resume");
	assert_string_equal(a.text, "Delegations met again at the Helmand river.");
	assert_string_equal(a.source, "Kabul Ledger");
	assert_non_null(a.added);
	assert_int_equal(pg_document_body(st, a.doc_sha256, &body, &err), 0);
	assert_string_equal(body.data, "Delegations met again at the Helmand river.");
	article_release(&a);
	buf_release(&body);
	assert_int_equal(pg_article_get(st, 9999, &a, &err), -ERR_NOTFOUND);

	assert_int_equal(pg_articles_latest(st, 10, 0, &l, &err), 0);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.items[0].url, "https://kabul-ledger.example.org/b");
	article_list_release(&l);
	pg_close(st);
	free(url);
}

/*
 * The postings rows that differ from the articles' tsvectors (schema step
 * 9), counted by a statement of their own: a term of letters and digits of
 * 3 to 40 bytes, its positions with the title's (weight A) three times,
 * the article's tokens.
 */
static long postings_astray(PGconn *c, long *rows)
{
	static const char want[] =
		"SELECT u.lexeme, a.id, (SELECT count(*) + 2 * count(*) FILTER (WHERE w = 'A') "
		"FROM unnest(u.weights) w)::int, a.tokens::int FROM articles a, unnest(a.tsv) u "
		"WHERE u.lexeme ~ '^[[:alnum:]]+$' AND octet_length(u.lexeme) BETWEEN 3 AND 40";
	char sql[1024];
	PGresult *r;
	long n;
	snprintf(sql, sizeof(sql),
		 "SELECT (SELECT count(*) FROM postings), (SELECT count(*) FROM ((%s EXCEPT "
		 "SELECT term, article_id, tf, tokens FROM postings) UNION ALL (SELECT term, "
		 "article_id, tf, tokens FROM postings EXCEPT %s)) x)",
		 want, want);
	r = PQexec(c, sql);
	assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
	*rows = atol(PQgetvalue(r, 0, 0));
	n = atol(PQgetvalue(r, 0, 1));
	PQclear(r);
	return n;
}

/* One value of a statement's first row, as text. */
static char *value_of(PGconn *c, const char *sql, char *out, size_t n)
{
	PGresult *r = PQexec(c, sql);
	assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
	snprintf(out, n, "%s", PQntuples(r) ? PQgetvalue(r, 0, 0) : "");
	PQclear(r);
	return out;
}

/*
 * Related news ranks from the postings: they follow the articles as they
 * are inserted, updated and deleted, and a store made before them gets
 * them for the rows it has when it is opened.
 */
static void postings_follow_the_articles(void **state)
{
	struct pg_store *st;
	struct error err = { 0 };
	enum store_put_result what;
	PGconn *c;
	PGresult *r;
	char v[64];
	long rows;
	int id;
	(void)state;
	NEED_OWN_PG(url, "postings");
	assert_int_equal(pg_open(&st, url, &err), 0);
	c = PQconnectdb(url);
	assert_int_equal(PQstatus(c), CONNECTION_OK);
	id = put(st, "https://kabul-ledger.example.org/a", "Water talks resume",
		 "Delegations met at the Helmand river to discuss water shares, 2023.",
		 "2023-05-01", &what);
	put(st, "https://kabul-ledger.example.org/b", "Border crossing reopens",
	    "Traders crossed at Islam Qala after the border guards reopened the gate.",
	    "2023-06-02", &what);
	assert_int_equal(postings_astray(c, &rows), 0);
	assert_true(rows > 20);
	/* the title's occurrence three times, the text's once */
	assert_string_equal(
		value_of(c, "SELECT tf FROM postings WHERE term = 'water'", v, sizeof(v)), "4");
	/* a changed text: its new terms in, its old ones out */
	assert_int_equal(put(st, "https://kabul-ledger.example.org/a", "Water talks resume",
			     "Engineers inspected the Kajaki dam.", "2023-05-01", &what),
			 id);
	assert_int_equal(what, STORE_UPDATED);
	assert_int_equal(postings_astray(c, &rows), 0);
	assert_string_equal(
		value_of(c, "SELECT count(*) FROM postings WHERE term = 'helmand'", v, sizeof(v)),
		"0");
	assert_string_equal(
		value_of(c, "SELECT tf FROM postings WHERE term = 'water'", v, sizeof(v)), "3");
	/* a deleted article's postings go with it */
	r = PQexec(c, "DELETE FROM articles WHERE url LIKE '%/b'");
	assert_int_equal(PQresultStatus(r), PGRES_COMMAND_OK);
	PQclear(r);
	assert_int_equal(postings_astray(c, &rows), 0);
	assert_string_equal(
		value_of(c, "SELECT count(*) FROM postings WHERE term = 'border'", v, sizeof(v)),
		"0");
	pg_close(st);

	/* a store of step 8 is given them when it is opened */
	r = PQexec(c, "DROP TABLE postings; DROP FUNCTION brief_postings() CASCADE; "
		      "ALTER TABLE articles DROP COLUMN site_name; " /* step 11's */
		      "UPDATE brief_schema SET version = 8");
	assert_int_equal(PQresultStatus(r), PGRES_COMMAND_OK);
	PQclear(r);
	assert_int_equal(pg_open(&st, url, &err), 0);
	assert_int_equal(pg_schema_version(st), pg_schema_latest());
	assert_int_equal(postings_astray(c, &rows), 0);
	assert_true(rows > 5);
	put(st, "https://kabul-ledger.example.org/c", "Dam inspection ends",
	    "Engineers left the Kajaki dam.", "2023-07-03", &what);
	assert_int_equal(postings_astray(c, &rows), 0);
	assert_string_equal(
		value_of(c, "SELECT count(*) FROM postings WHERE term = 'dam'", v, sizeof(v)), "2");
	PQfinish(c);
	pg_close(st);
	free(url);
}

/* The hits of `query` as a string of article ids, "3,1". */
static void hits(struct pg_store *st, const char *query, char *out, size_t n)
{
	struct search_query q;
	struct search_results r;
	struct error err = { 0 };
	size_t i, len = 0;
	assert_int_equal(search_query_parse(query, &q, &err), 0);
	if (pg_search(st, &q, 20, 0, &r, &err) < 0)
		fail_msg("%s: %s", query, err.msg);
	out[0] = 0;
	for (i = 0; i < r.n; i++)
		len += (size_t)snprintf(out + len, n - len, "%s%lld", i ? "," : "",
					(long long)r.items[i].a.id);
	search_results_release(&r);
	search_query_release(&q);
}

static void tsquery_from_the_shared_parser(void **state)
{
	static const struct {
		const char *query, *tsquery;
	} cases[] = {
		{ "water", "'water'" },
		{ "water talks", "('water' & 'talks')" },
		{ "water OR border", "('water' | 'border')" },
		{ "water -border", "('water' & !'border')" },
		{ "\"border guards\"", "'border guards'" },
		{ "bord*", "'bord':*" },
		{ "title:water text:river", "('water':A & 'river':B)" },
		{ "it's a\\b", "('it''s' & 'a\\\\b')" },
		{ "water & !border | x:*", "('water' & '!border' & 'x:':*)" },
	};
	size_t i;
	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct search_query q;
		struct error err = { 0 };
		struct buf b = BUF_INIT;
		assert_int_equal(search_query_parse(cases[i].query, &q, &err), 0);
		assert_int_equal(pg_tsquery(&q, &b, &err), 0);
		if (strcmp(b.data, cases[i].tsquery))
			fail_msg("%s: got %s, want %s", cases[i].query, b.data, cases[i].tsquery);
		buf_release(&b);
		search_query_release(&q);
	}
}

static void search_matches_ranks_and_marks(void **state)
{
	struct pg_store *st;
	struct error err = { 0 };
	enum store_put_result what;
	struct search_query q;
	struct search_results r;
	char got[128];
	int a, b, c;
	(void)state;
	NEED_PG(url);
	assert_int_equal(pg_open(&st, url, &err), 0);
	a = put(st, "https://kabul-ledger.example.org/1", "Water talks resume",
		"Delegations met at the Helmand river to discuss water shares.", "2023-05-01",
		&what);
	b = put(st, "https://kabul-ledger.example.org/2", "Border crossing reopens",
		"Traders crossed after the border guards reopened the gate. Water trucks waited.",
		"2023-06-02", &what);
	c = put(st, "https://kabul-ledger.example.org/3", "Café owners protest",
		"Owners of cafés in Herat protested new taxes on imported goods.", "2024-01-10",
		&what);
	(void)c;
	hits(st, "water", got, sizeof(got));
	/* the title's match weighs more */
	snprintf(got + 64, 64, "%d,%d", a, b);
	assert_string_equal(got, got + 64);
	hits(st, "\"border guards\"", got, sizeof(got));
	snprintf(got + 64, 64, "%d", b);
	assert_string_equal(got, got + 64);
	hits(st, "\"guards border\"", got, sizeof(got));
	assert_string_equal(got, "");
	hits(st, "water -border", got, sizeof(got));
	snprintf(got + 64, 64, "%d", a);
	assert_string_equal(got, got + 64);
	hits(st, "title:water", got, sizeof(got));
	assert_string_equal(got, got + 64);
	hits(st, "discussing", got, sizeof(got)); /* stemmed */
	assert_string_equal(got, got + 64);
	hits(st, "deleg*", got, sizeof(got));
	assert_string_equal(got, got + 64);
	hits(st, "cafe", got, sizeof(got)); /* diacritics ignored */
	snprintf(got + 64, 64, "%d", c);
	assert_string_equal(got, got + 64);
	hits(st, "water since:2023-06", got, sizeof(got));
	snprintf(got + 64, 64, "%d", b);
	assert_string_equal(got, got + 64);
	hits(st, "water sort:date", got, sizeof(got));
	snprintf(got + 64, 64, "%d,%d", b, a);
	assert_string_equal(got, got + 64);
	/* tsquery's own syntax in a query is only ever text */
	hits(st, "water & !border | x:* it's a\\b", got, sizeof(got));
	assert_string_equal(got, "");
	hits(st, "since:2024", got, sizeof(got));
	snprintf(got + 64, 64, "%d", c);
	assert_string_equal(got, got + 64);

	assert_int_equal(search_query_parse("helmand", &q, &err), 0);
	assert_int_equal(pg_search(st, &q, 10, 0, &r, &err), 0);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.total, 1);
	assert_non_null(r.items[0].snippet);
	assert_non_null(strstr(r.items[0].snippet, "\x01Helmand\x02"));
	assert_true(r.items[0].score < 0);
	search_results_release(&r);
	search_query_release(&q);
	pg_close(st);
	free(url);
}

/* Every field of the answer to `query` from `offset`, as text, for comparing two answers. */
static void answer(struct pg_store *st, const char *query, size_t offset, struct buf *out)
{
	struct search_query q;
	struct search_results r;
	struct error err = { 0 };
	size_t i;
	buf_reset(out);
	assert_int_equal(search_query_parse(query, &q, &err), 0);
	if (pg_search(st, &q, 3, offset, &r, &err) < 0)
		fail_msg("%s: %s", query, err.msg);
	buf_putf(out, "%zu total, more %d:", r.total, r.more);
	for (i = 0; i < r.n; i++)
		buf_putf(out, " %lld/%lld/%zu/%.9g/%s", (long long)r.items[i].a.id,
			 (long long)r.items[i].matched_id, r.items[i].copies, r.items[i].score,
			 r.items[i].snippet ? r.items[i].snippet : "");
	search_results_release(&r);
	search_query_release(&q);
}

/*
 * A relevance search finds the newest matches walking the articles newest
 * first or through the GIN index (ranking each match as it is read, or the
 * newest again by id), as the estimates say: all ways rank the same
 * matches, fold the same copies, and answer the same.
 */
static void search_walk_answers_as_the_index(void **state)
{
	static const char *const queries[] = {
		"river",
		"riv*",
		"river OR dam",
		"river -dam",
		"\"river rose\"",
		"title:river",
		"river since:2023-06",
		"dam*",
		"river tag:none",
		"river source:\"Kabul Ledger\"",
	};
	static const char *const texts[] = {
		"The river rose over the dam at dawn.",
		"Rivers ran high; the river rose and the river fell.",
		"Traders waited by the dam for the gate to open.",
		"The river rose, the dam held, the river rose again.",
		"Nothing of the kind here.",
	};
	struct pg_store *st;
	struct error err = { 0 };
	enum store_put_result what;
	struct buf walk = BUF_INIT, index = BUF_INIT;
	char u[96], day[16], sql[160];
	int ids[24], i, k;
	PGconn *c;
	(void)state;
	NEED_PG(url);
	assert_int_equal(pg_open(&st, url, &err), 0);
	for (i = 0; i < 24; i++) {
		snprintf(u, sizeof(u), "https://kabul-ledger.example.org/walk/%d", i);
		snprintf(day, sizeof(day), "2023-%02d-%02d", 1 + i % 12, 1 + i);
		ids[i] = put(st, u, i % 3 ? "Report" : "River report", texts[i % 5], day, &what);
	}
	/* copies: some groups' members match, newer and older than their original */
	c = fixture_pg_admin;
	for (i = 0; i < 24; i += 4) {
		for (k = 1; k < 3; k++) {
			PGresult *r;
			snprintf(sql, sizeof(sql),
				 "INSERT INTO syndication (article_id, group_id, similarity) "
				 "VALUES (%d, %d, 0.9)",
				 ids[(i + k * 5) % 24], ids[i]);
			r = PQexec(c, sql);
			assert_int_equal(PQresultStatus(r), PGRES_COMMAND_OK);
			PQclear(r);
		}
	}
	/* with fewer matches ranked than there are, then with all of them */
	for (k = 0; k < 3; k++) {
		size_t scan = k == 0 ? 2 : k == 1 ? 5 : 0;
		for (i = 0; i < (int)(sizeof(queries) / sizeof(queries[0])); i++) {
			size_t off;
			int way;
			for (off = 0; off < 3; off += 2) {
				pg_search_tune(scan, 1);
				answer(st, queries[i], off, &walk);
				/* through the index, ranked as read (2) or by id after (3) */
				for (way = 2; way <= 3; way++) {
					pg_search_tune(scan, way);
					answer(st, queries[i], off, &index);
					if (strcmp(walk.data, index.data))
						fail_msg("%s (newest %zu, from %zu): walked %s, "
							 "by the index (way %d) %s",
							 queries[i], scan, off, walk.data, way,
							 index.data);
				}
			}
		}
	}
	/*
	 * Only the newest are ranked: of the two newest matches (23 and 21),
	 * 21 has "river" in its title and thrice in its text; it is a copy,
	 * shown as its group's original, 16.
	 */
	pg_search_tune(2, 1);
	answer(st, "river", 0, &walk);
	snprintf(u, sizeof(u), "2 total, more 1: %d/%d/", ids[16], ids[21]);
	if (strncmp(walk.data, u, strlen(u)))
		fail_msg("newest two: %s, want %s...", walk.data, u);
	pg_search_tune(0, 0);
	buf_release(&walk);
	buf_release(&index);
	pg_close(st);
	free(url);
}

/*
 * A relevance search takes the way its estimated matches M call for (pg.h,
 * search.c's search_way_pick): with the newest 10 ranked on 400 articles,
 * ranked as read up to 12.5 matches, the walk from sqrt(10 x 400 / 2) =
 * 44.7, the ids first between. Words are estimated by the planner, whose
 * statistics here keep the words of more than a few articles; it cannot see
 * a prefix of words in one article each (fewer than 100 common lexemes: a
 * fixed guess of 8), so the postings' count of the prefix decides.
 */
static void search_way_follows_the_matches(void **state)
{
	static const struct {
		const char *query;
		int way; /* 1: walk, 2: ranked as read, 3: ids first */
	} want[] = {
		{ "alpha", 2 },         /* 5 matches */
		{ "beta", 3 },          /* 25 */
		{ "gamma", 1 },         /* 200 */
		{ "kelp*", 2 },         /* 12, each its own word */
		{ "mox*", 3 },          /* 14 */
		{ "nib*", 3 },          /* 40 */
		{ "zorb*", 1 },         /* 50 */
		{ "alpha OR mox*", 3 }, /* the prefix counted, the word estimated */
		{ "kelp* OR zorb*", 1 },
		{ "zorb* -gamma", 2 }, /* not counted: the planner's guess */
	};
	struct pg_store *st;
	struct error err = { 0 };
	struct buf out = BUF_INIT;
	PGresult *r;
	PGconn *c;
	size_t i;
	(void)state;
	NEED_OWN_PG(url, "ways");
	assert_int_equal(pg_open(&st, url, &err), 0);
	c = PQconnectdb(url);
	assert_int_equal(PQstatus(c), CONNECTION_OK);
	/* statistics of ten lexemes: the words in a few articles and the
	 * prefixes' words fall below the cutoff */
	r = PQexec(c, "ALTER TABLE articles ALTER COLUMN tsv SET STATISTICS 1; "
		      "INSERT INTO articles (url, title, text, tokens) "
		      "SELECT 'https://ways.example.org/' || i, 'Report', 'town market ' || "
		      "CASE WHEN i % 80 = 0 THEN 'alpha ' ELSE '' END || "
		      "CASE WHEN i % 16 = 0 THEN 'beta ' ELSE '' END || "
		      "CASE WHEN i % 2 = 0 THEN 'gamma ' ELSE '' END || "
		      "CASE WHEN i <= 12 THEN 'kelp' WHEN i <= 26 THEN 'mox' WHEN i <= 66 "
		      "THEN 'nib' WHEN i <= 116 THEN 'zorb' ELSE 'plain' END || "
		      "chr(97 + i / 26 % 26) || chr(97 + i % 26), 10 "
		      "FROM generate_series(1, 400) i; "
		      "ANALYZE articles");
	assert_int_equal(PQresultStatus(r), PGRES_COMMAND_OK);
	PQclear(r);
	PQfinish(c);
	pg_search_tune(10, 0);
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		answer(st, want[i].query, 0, &out);
		if (pg_search_way_taken() != want[i].way)
			fail_msg("%s: way %d, want %d (%s)", want[i].query, pg_search_way_taken(),
				 want[i].way, out.data);
	}
	pg_search_tune(0, 0);
	buf_release(&out);
	pg_close(st);
	free(url);
}

struct refresh {
	struct store *st;
	int r;
	struct error err;
};

static void *refresh_stats(void *p)
{
	struct refresh *a = p;
	a->r = store_term_stats_refresh(a->st, 1, &a->err);
	return NULL;
}

/*
 * Two workers taking the term statistics at once: the second waits for the
 * first and takes them after it, where it would have met the first's rows
 * (a unique violation: its fetch job failed and was tried again).
 */
static void term_stats_taken_by_two_at_once(void **state)
{
	struct pg_store *pst;
	struct store *st;
	struct error err = { 0 };
	enum store_put_result what;
	struct refresh other = { 0 };
	pthread_t th;
	char v[32], want[32];
	PGconn *c;
	int tries;
	(void)state;
	NEED_PG(url);
	assert_int_equal(pg_open(&pst, url, &err), 0);
	put(pst, "https://kabul-ledger.example.org/s1", "Water talks", "Water shares at the dam.",
	    "2023-05-01", &what);
	put(pst, "https://kabul-ledger.example.org/s2", "Water report", "The dam held the water.",
	    "2023-05-02", &what);
	pg_close(pst);
	assert_int_equal(store_open(&st, url, &err), 0);
	assert_int_equal(store_open(&other.st, url, &err), 0);
	c = fixture_pg_admin;
	/* the first takes them in a batch not yet committed */
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_term_stats_refresh(st, 1, &err), 0);
	assert_int_equal(pthread_create(&th, NULL, refresh_stats, &other), 0);
	/* until the second waits on a lock (a condition, not a time) */
	for (tries = 0; tries < 6000; tries++) {
		value_of(c,
			 "SELECT count(*) FROM pg_stat_activity WHERE datname = "
			 "current_database() AND wait_event_type = 'Lock'",
			 v, sizeof(v));
		if (strcmp(v, "0"))
			break;
		usleep(10000);
	}
	assert_string_not_equal(v, "0");
	assert_int_equal(store_commit(st, &err), 0);
	assert_int_equal(pthread_join(th, NULL), 0);
	if (other.r < 0)
		fail_msg("the second refresh: %s", other.err.msg);
	value_of(c, "SELECT count(*) FROM ts_stat('SELECT tsv FROM articles') WHERE ndoc >= 2",
		 want, sizeof(want));
	assert_string_not_equal(want, "0");
	assert_string_equal(value_of(c, "SELECT count(*) FROM term_df", v, sizeof(v)), want);
	store_close(other.st);
	store_close(st);
	free(url);
}

static void jobs_leased_once_and_retried(void **state)
{
	struct store *st, *other;
	struct error err = { 0 };
	struct store_jobs a, b;
	struct store_job_counts c;
	struct store_job_rows rows;
	int added;
	(void)state;
	NEED_PG(url);
	assert_int_equal(store_open(&st, url, &err), 0);
	assert_int_equal(store_open(&other, url, &err), 0);
	assert_int_equal(store_job_add(st, "document", "aa", "one", 2, &added, &err), 0);
	assert_int_equal(added, 1);
	assert_int_equal(store_job_add(st, "document", "aa", "one", 2, &added, &err), 0);
	assert_int_equal(added, 0); /* queued once */
	assert_int_equal(store_job_add(st, "document", "bb", "two", 2, &added, &err), 0);
	assert_int_equal(store_job_add(st, "document", "cc", "three", 2, &added, &err), 0);

	/* two workers never take the same job */
	assert_int_equal(store_jobs_take(st, "w1", 2, 60, &a, &err), 0);
	assert_int_equal(store_jobs_take(other, "w2", 5, 60, &b, &err), 0);
	assert_int_equal(a.n, 2);
	assert_int_equal(b.n, 1);
	assert_string_equal(a.items[0].arg, "aa");
	assert_string_equal(b.items[0].arg, "cc");
	assert_int_equal(a.items[0].attempts, 1);

	/* done; failed for good; a failure that may pass goes back to wait */
	assert_int_equal(store_job_finish(st, a.items[0].id, "w1", NULL, 0, &err), 0);
	assert_int_equal(store_job_finish(st, a.items[1].id, "w1", "not an article", 1, &err), 0);
	assert_int_equal(store_job_finish(other, b.items[0].id, "w2", "server gone", 0, &err), 0);
	/* a worker that no longer holds the job is told so */
	assert_int_equal(store_job_finish(st, a.items[0].id, "w1", NULL, 0, &err), 1);
	store_jobs_release(&a);
	store_jobs_release(&b);
	assert_int_equal(store_jobs_count(st, &c, &err), 0);
	assert_int_equal(c.done, 1);
	assert_int_equal(c.failed, 1);
	assert_int_equal(c.waiting, 1);

	assert_int_equal(store_jobs_list(st, "failed", 10, &rows, &err), 0);
	assert_int_equal(rows.n, 1);
	assert_string_equal(rows.items[0].error, "not an article");
	assert_string_equal(rows.items[0].label, "two");
	store_job_rows_release(&rows);
	store_close(other);
	store_close(st);
	free(url);
}

static void jobs_of_a_dead_worker_come_back(void **state)
{
	struct store *st;
	struct error err = { 0 };
	struct store_jobs a;
	struct store_job_counts c;
	struct store_job_rows rows;
	(void)state;
	NEED_PG(url);
	assert_int_equal(store_open(&st, url, &err), 0);
	assert_int_equal(store_job_add(st, "document", "aa", "one", 2, NULL, &err), 0);
	/* a lease of 0 s has run out by the next statement: its worker "died" */
	assert_int_equal(store_jobs_take(st, "dead", 1, 0, &a, &err), 0);
	assert_int_equal(a.n, 1);
	store_jobs_release(&a);
	assert_int_equal(store_jobs_take(st, "w2", 1, 0, &a, &err), 0);
	assert_int_equal(a.n, 1);
	assert_int_equal(a.items[0].attempts, 2);
	store_jobs_release(&a);
	/* attempts used up: the next take fails it, saying why, and takes nothing */
	assert_int_equal(store_jobs_take(st, "w3", 1, 60, &a, &err), 0);
	assert_int_equal(a.n, 0);
	store_jobs_release(&a);
	assert_int_equal(store_jobs_count(st, &c, &err), 0);
	assert_int_equal(c.failed, 1);
	assert_int_equal(c.running, 0);
	assert_int_equal(store_jobs_list(st, "failed", 10, &rows, &err), 0);
	assert_int_equal(rows.n, 1);
	assert_non_null(strstr(rows.items[0].error, "lease of worker w2 ran out on attempt 2"));
	store_job_rows_release(&rows);
	store_close(st);
	free(url);
}

static void bad_urls_refused(void **state)
{
	struct pg_store *st;
	struct error err = { 0 };
	(void)state;
	assert_int_equal(pg_url_is_postgres("postgresql://x/y"), 1);
	assert_int_equal(pg_url_is_postgres("postgres://x/y"), 1);
	assert_int_equal(pg_url_is_postgres("brief.db"), 0);
	assert_int_equal(pg_open(&st, "brief.db", &err), -ERR_USAGE);
	assert_int_equal(pg_open(&st, "postgresql://brief@/nope?host=/nonexistent-dir", &err),
			 -ERR_DB);
	assert_non_null(strstr(err.msg, "connecting to PostgreSQL"));
}

/*
 * Every op of an engine's table is set: struct store_ops is its name and
 * then one function pointer per op, so each pointer-sized slot after the
 * name must be non-zero. (A merge that drops an op's line from an engine's
 * table leaves a NULL that store.c would call.) Needs no server.
 */
static size_t unset_ops(const struct store_ops *ops, char *which, size_t cap)
{
	const unsigned char *p = (const unsigned char *)ops;
	size_t slot, k, unset = 0, at;
	typedef void (*fn)(void);
	static const unsigned char zero[sizeof(fn)];

	which[0] = '\0';
	for (at = sizeof(ops->name), slot = 1; at < sizeof(*ops); at += sizeof(fn), slot++) {
		if (memcmp(p + at, zero, sizeof(fn)))
			continue;
		unset++;
		k = strlen(which);
		snprintf(which + k, cap - k, " %zu", slot);
	}
	return unset;
}

static void every_op_is_set(void **state)
{
	struct store *sqlite;
	struct error err = { 0 };
	char which[256], path[] = "/tmp/brief-test-ops.XXXXXX", db[64];
	typedef void (*fn)(void);

	(void)state;
	/* the layout the slot walk relies on */
	assert_int_equal(sizeof(void *), sizeof(fn));
	assert_int_equal(sizeof(struct store_ops) % sizeof(fn), 0);
	assert_string_equal(pg_store_ops.name, "postgresql");
	if (unset_ops(&pg_store_ops, which, sizeof(which)))
		fail_msg("the PostgreSQL engine leaves ops unset (slots after the name):%s", which);

	/* the SQLite engine's table too, as store_open hands it out */
	assert_non_null(mkdtemp(path));
	snprintf(db, sizeof(db), "%s/ops.db", path);
	assert_int_equal(store_open(&sqlite, db, &err), 0);
	assert_string_equal(sqlite->ops->name, "sqlite");
	if (unset_ops(sqlite->ops, which, sizeof(which)))
		fail_msg("the SQLite engine leaves ops unset (slots after the name):%s", which);
	store_close(sqlite);
	{
		DIR *d = opendir(path);
		struct dirent *e;
		char f[512];
		assert_non_null(d);
		while ((e = readdir(d)))
			if (e->d_name[0] != '.') {
				snprintf(f, sizeof(f), "%s/%s", path, e->d_name);
				unlink(f);
			}
		closedir(d);
	}
	assert_int_equal(rmdir(path), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bad_urls_refused),
		cmocka_unit_test(every_op_is_set),
		cmocka_unit_test(tsquery_from_the_shared_parser),
		cmocka_unit_test(schema_steps_and_reopen),
		cmocka_unit_test(tsvector_kept_in_the_row),
		cmocka_unit_test(token_count_as_the_server_counted),
		cmocka_unit_test(articles_stored_once),
		cmocka_unit_test(postings_follow_the_articles),
		cmocka_unit_test(search_matches_ranks_and_marks),
		cmocka_unit_test(search_walk_answers_as_the_index),
		cmocka_unit_test(search_way_follows_the_matches),
		cmocka_unit_test(term_stats_taken_by_two_at_once),
		cmocka_unit_test(jobs_leased_once_and_retried),
		cmocka_unit_test(jobs_of_a_dead_worker_come_back),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
