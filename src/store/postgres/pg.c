/*
 * pg.c: the PostgreSQL engine's connection, schema steps, documents and
 * articles. Everything is sent as text parameters of prepared statements
 * except documents' compressed bodies, which go and come as binary.
 */
#include "store/postgres/internal.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/utf8.h"

#include "util/banned.h"

/* An arbitrary number naming the advisory lock that serialises schema steps. */
#define PG_MIGRATE_LOCK 0x62726965664d4947LL

static const char *const stmt_sql[PS_COUNT] = {
	[PS_ARTICLE_BY_URL] = "SELECT a.id, d.sha256 FROM articles a LEFT JOIN documents d ON "
			      "d.id = a.document_id WHERE a.url = $1",
	[PS_DOC_ID] = "SELECT id FROM documents WHERE sha256 = $1",
	[PS_DOC_INSERT] =
		"INSERT INTO documents(sha256, url, content_type, size, body) "
		"VALUES ($1, $2, $3, $4, $5) ON CONFLICT (sha256) DO NOTHING RETURNING id",
	[PS_SOURCE_ID] = "SELECT id FROM sources WHERE url = $1",
	[PS_SOURCE_INSERT] = "INSERT INTO sources(name, url) VALUES ($1, $2) "
			     "ON CONFLICT (url) DO NOTHING RETURNING id",
	[PS_SOURCE_BY_NAME] = "SELECT CASE WHEN count(*) = 1 THEN min(id) END FROM sources "
			      "WHERE lower(name) = lower($1)",
	[PS_SOURCE_ATTACH] = "UPDATE articles SET source_id = $1 WHERE source_id IS NULL AND "
			     "lower(site_name) = lower($2) AND NOT EXISTS (SELECT 1 FROM sources "
			     "WHERE lower(name) = lower($2) AND id <> $1)",
	/*
	 * One statement adds or updates, so that two workers storing the same
	 * URL at once make one row; xmax = 0 tells an insert from an update.
	 */
	[PS_ARTICLE_UPSERT] =
		"INSERT INTO articles(url, source_id, document_id, title, byline, published, "
		"modified, language, description, image, text, word_count, original_name, "
		"original_url, tokens, site_name) VALUES "
		"($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,"
		"$14,$15,$16) "
		"ON CONFLICT (url) DO UPDATE SET source_id = EXCLUDED.source_id, "
		"document_id = EXCLUDED.document_id, title = EXCLUDED.title, "
		"byline = EXCLUDED.byline, published = EXCLUDED.published, "
		"modified = EXCLUDED.modified, language = EXCLUDED.language, "
		"description = EXCLUDED.description, image = EXCLUDED.image, text = EXCLUDED.text, "
		"word_count = EXCLUDED.word_count, original_name = EXCLUDED.original_name, "
		"original_url = EXCLUDED.original_url, tokens = EXCLUDED.tokens, "
		"site_name = EXCLUDED.site_name "
		"RETURNING id, (xmax = 0)",
	/* a document's work never changes; other work done or failed may be asked for again */
	[PS_JOB_ADD] = "INSERT INTO jobs(kind, arg, label, max_attempts) VALUES ($1, $2, $3, $4) "
		       "ON CONFLICT (kind, arg) DO UPDATE SET state = 'waiting', attempts = 0, "
		       "worker = NULL, lease_until = NULL, error = NULL, finished = NULL, "
		       "run_after = now(), label = EXCLUDED.label, "
		       "max_attempts = EXCLUDED.max_attempts "
		       "WHERE jobs.kind <> 'document' AND jobs.state IN ('done', 'failed') "
		       "RETURNING id",
	[PS_JOB_FINISH] = "UPDATE jobs SET state = 'done', finished = now(), lease_until = NULL "
			  "WHERE id = $1 AND worker = $2 AND state = 'running'",
	[PS_JOB_FAIL] = "UPDATE jobs SET state = 'failed', finished = now(), lease_until = NULL, "
			"error = $3 WHERE id = $1 AND worker = $2 AND state = 'running'",
	/* a failure that may pass: wait a little longer after each attempt */
	[PS_JOB_RETRY] = "UPDATE jobs SET state = CASE WHEN attempts < max_attempts THEN 'waiting' "
			 "ELSE 'failed' END, lease_until = NULL, error = $3, "
			 "finished = CASE WHEN attempts < max_attempts THEN NULL ELSE now() END, "
			 "run_after = now() + attempts * interval '2 seconds' "
			 "WHERE id = $1 AND worker = $2 AND state = 'running'",
};

/*
 * The code points that make tokens, as FTS5's unicode61 tokenizer keeps
 * letters and digits, in the ranges the schema's first token count used
 * (a regular expression run by the server, steps 7 to 8), so that the
 * counts of rows written before and after step 8 agree.
 */
static int token_char(uint32_t c)
{
	static const uint32_t ranges[][2] = {
		{ 0x30, 0x39 },     { 0x41, 0x5a },     { 0x61, 0x7a },     { 0xaa, 0xaa },
		{ 0xb5, 0xb5 },     { 0xba, 0xba },     { 0xc0, 0xd6 },     { 0xd8, 0xf6 },
		{ 0xf8, 0x2ff },    { 0x370, 0x1fff },  { 0x2c00, 0x2dff }, { 0x3040, 0xd7ff },
		{ 0xf900, 0xfdff }, { 0xfe70, 0xfefe }, { 0xff10, 0xffdc },
	};
	size_t i;
	for (i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++)
		if (c >= ranges[i][0] && c <= ranges[i][1])
			return 1;
	return 0;
}

int64_t pg_text_tokens(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	int64_t count = 0;
	int in = 0;
	while (n) {
		uint32_t c = 0;
		size_t k = utf8_seq(p, n, &c);
		int tok;
		if (!k) { /* not UTF-8: a byte that ends a run */
			k = 1;
			tok = 0;
		} else {
			tok = token_char(c);
		}
		if (tok && !in)
			count++;
		in = tok;
		p += k;
		n -= k;
	}
	return count;
}

int pg_url_is_postgres(const char *url)
{
	return url && (!strncmp(url, "postgresql://", 13) || !strncmp(url, "postgres://", 11));
}

int pg_error(struct pg_store *st, struct error *err, const char *what)
{
	const char *m = st && st->conn ? PQerrorMessage(st->conn) : "no connection";
	size_t n = strlen(m);
	while (n && (m[n - 1] == '\n' || m[n - 1] == ' '))
		n--;
	return error_set(err, ERR_DB, "%s: %.*s", what, (int)(n > 400 ? 400 : n), m);
}

int pg_result_error(struct pg_store *st, PGresult *res, struct error *err, const char *what)
{
	const char *m = res ? PQresultErrorMessage(res) : "";
	size_t n = strlen(m);
	int r;
	while (n && (m[n - 1] == '\n' || m[n - 1] == ' '))
		n--;
	if (!n)
		r = pg_error(st, err, what);
	else
		r = error_set(err, ERR_DB, "%s: %.*s", what, (int)(n > 400 ? 400 : n), m);
	PQclear(res);
	return r;
}

static int result_ok(const PGresult *res)
{
	ExecStatusType s = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
	return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

int pg_exec(struct pg_store *st, const char *sql, struct error *err)
{
	PGresult *res = PQexec(st->conn, sql);
	if (!result_ok(res))
		return pg_result_error(st, res, err, "database");
	PQclear(res);
	return 0;
}

void pg_abandon(struct pg_store *st)
{
	(void)!pg_exec(st, "ROLLBACK", NULL);
}

/* For the calls that return a result: the error in `err`, and NULL to say so. */
static PGresult *query_failed(struct pg_store *st, PGresult *res, struct error *err,
			      const char *what)
{
	(void)!pg_result_error(st, res, err, what); /* its code is err's: NULL carries it */
	return NULL;
}

PGresult *pg_query(struct pg_store *st, const char *sql, int n, const char *const *values,
		   struct error *err)
{
	PGresult *res = PQexecParams(st->conn, sql, n, NULL, values, NULL, NULL, 0);
	if (!result_ok(res))
		return query_failed(st, res, err, "database");
	return res;
}

int pg_rows(PGresult *res, void *items, size_t size, struct error *err)
{
	void *p = NULL;
	int rows;

	*(void **)items = NULL;
	if (!res)
		return -ERR_DB;
	rows = PQntuples(res);
	if (rows && !(p = calloc((size_t)rows, size))) {
		PQclear(res);
		return error_nomem(err);
	}
	*(void **)items = p;
	return rows;
}

int pg_query_rows(struct pg_store *st, const char *sql, int n, const char *const *values,
		  PGresult **res, void *items, size_t size, struct error *err)
{
	int rows = pg_rows(*res = pg_query(st, sql, n, values, err), items, size, err);
	if (rows < 0)
		*res = NULL;
	return rows;
}

int pg_query_built(struct pg_store *st, struct buf *sql, int n, const char *const *values,
		   PGresult **res, void *items, size_t size, struct error *err)
{
	int rows;

	if (buf_error(sql)) {
		buf_release(sql);
		*(void **)items = NULL;
		*res = NULL;
		return error_nomem(err);
	}
	rows = pg_query_rows(st, sql->data, n, values, res, items, size, err);
	buf_release(sql);
	return rows;
}

PGresult *pg_run(struct pg_store *st, enum pg_stmt id, int n, const char *const *values,
		 const int *lengths, const int *formats, struct error *err)
{
	char name[16];
	PGresult *res;

	snprintf(name, sizeof(name), "brief%d", (int)id);
	if (!st->prepared[id]) {
		res = PQprepare(st->conn, name, stmt_sql[id], n, NULL);
		if (!result_ok(res))
			return query_failed(st, res, err, "preparing a statement");
		PQclear(res);
		st->prepared[id] = 1;
	}
	res = PQexecPrepared(st->conn, name, n, values, lengths, formats, 0);
	if (!result_ok(res))
		return query_failed(st, res, err, "database");
	return res;
}

PGresult *pg_cached(struct pg_store *st, const char *sql, int n, const char *const *values,
		    const int *lengths, const int *formats, struct error *err)
{
	char name[16];
	PGresult *res;
	size_t i;

	for (i = 0; i < st->ncached && st->cached[i] != sql; i++)
		;
	if (i == st->ncached) {
		if (i == PG_CACHED_MAX) {
			res = PQexecParams(st->conn, sql, n, NULL, values, lengths, formats, 0);
			goto done;
		}
		snprintf(name, sizeof(name), "briefc%zu", i);
		res = PQprepare(st->conn, name, sql, n, NULL);
		if (!result_ok(res))
			return query_failed(st, res, err, "preparing a statement");
		PQclear(res);
		st->cached[st->ncached++] = sql;
	}
	snprintf(name, sizeof(name), "briefc%zu", i);
	res = PQexecPrepared(st->conn, name, n, values, lengths, formats, 0);
done:
	if (!result_ok(res))
		return query_failed(st, res, err, "database");
	return res;
}

/*
 * The copies pg_strdup could not make since pg_copy_error last looked, on
 * this thread (a connection is used by one thread at a time).
 */
static _Thread_local unsigned copy_failures;

char *pg_strdup(const PGresult *res, int row, int col)
{
	char *c;
	if (PQgetisnull(res, row, col))
		return NULL;
	if (!(c = strdup(PQgetvalue(res, row, col))))
		copy_failures++;
	return c;
}

int pg_copy_error(struct error *err)
{
	int failed = copy_failures != 0;
	copy_failures = 0;
	return failed ? error_nomem(err) : 0;
}

int64_t pg_int(const PGresult *res, int row, int col)
{
	if (PQgetisnull(res, row, col))
		return 0;
	return strtoll(PQgetvalue(res, row, col), NULL, 10);
}

int64_t pg_first_id(PGresult *res)
{
	int64_t id;
	if (!res)
		return -ERR_DB;
	id = PQntuples(res) ? pg_int(res, 0, 0) : 0;
	PQclear(res);
	return id;
}

/* libpq prints the server's notices to stderr; the library prints nothing. */
static void quiet_notices(void *arg, const PGresult *res)
{
	(void)arg;
	(void)res;
}

static MUST_CHECK int migrate(struct pg_store *st, struct error *err)
{
	char sql[80], step[64];
	PGresult *res;
	int v, r;

	if (pg_exec(st, "BEGIN", err) < 0)
		return -ERR_DB;
	snprintf(sql, sizeof(sql), "SELECT pg_advisory_xact_lock(%lld)",
		 (long long)PG_MIGRATE_LOCK);
	if ((r = pg_exec(st, sql, err)) < 0 ||
	    (r = pg_exec(st,
			 "CREATE TABLE IF NOT EXISTS brief_schema (version integer NOT NULL);"
			 "INSERT INTO brief_schema SELECT 0 WHERE NOT EXISTS "
			 "(SELECT 1 FROM brief_schema)",
			 err)) < 0)
		goto fail;
	if (pg_exec(st, "COMMIT", err) < 0)
		return -ERR_DB;
	for (;;) {
		if (pg_exec(st, "BEGIN", err) < 0)
			return -ERR_DB;
		if ((r = pg_exec(st, sql, err)) < 0)
			goto fail;
		res = pg_query(st, "SELECT version FROM brief_schema", 0, NULL, err);
		if (!res) {
			r = -ERR_DB;
			goto fail;
		}
		v = PQntuples(res) ? (int)pg_int(res, 0, 0) : 0;
		PQclear(res);
		if (v > (int)pg_migrations_count) {
			r = error_set(err, ERR_DB,
				      "database schema version %d is newer than this brief (%d)", v,
				      (int)pg_migrations_count);
			goto fail;
		}
		if (v == (int)pg_migrations_count)
			return pg_exec(st, "COMMIT", err);
		if ((r = pg_exec(st, pg_migrations[v], err)) < 0) {
			char why[ERROR_MSG_MAX];
			snprintf(why, sizeof(why), "%s", err ? err->msg : "");
			r = error_set(err, ERR_DB, "schema step %d: %s", v + 1, why);
			goto fail;
		}
		snprintf(step, sizeof(step), "UPDATE brief_schema SET version = %d", v + 1);
		if ((r = pg_exec(st, step, err)) < 0 || (r = pg_exec(st, "COMMIT", err)) < 0)
			goto fail;
	}
fail:
	pg_abandon(st);
	return r < 0 ? r : -ERR_DB;
}

int pg_open(struct pg_store **out, const char *url, struct error *err)
{
	struct pg_store *st;
	int r;

	*out = NULL;
	if (!pg_url_is_postgres(url))
		return error_set(err, ERR_USAGE, "not a PostgreSQL URL: %.200s", url ? url : "");
	if ((r = libpq_load(err)) < 0)
		return r;
	st = calloc(1, sizeof(*st));
	if (!st || !(st->url = strdup(url))) {
		free(st);
		return error_nomem(err);
	}
	st->conn = PQconnectdb(url);
	if (!st->conn || PQstatus(st->conn) != CONNECTION_OK) {
		r = pg_error(st, err, "connecting to PostgreSQL");
		pg_close(st);
		return r;
	}
	st->base.ops = &pg_store_ops;
	PQsetNoticeReceiver(st->conn, quiet_notices, NULL);
	/*
	 * No JIT compiling: brief's statements read or write a few thousand
	 * rows at most, and a plan whose estimated cost passes jit_above_cost
	 * (a search walking 10,000 rows of a large store) spent more CPU
	 * compiling its expressions than running them.
	 */
	if ((r = pg_exec(st,
			 "SET client_encoding = 'UTF8'; SET client_min_messages = warning; "
			 "SET standard_conforming_strings = on; SET jit = off",
			 err)) < 0 ||
	    (r = migrate(st, err)) < 0) {
		pg_close(st);
		return r;
	}
	*out = st;
	return 0;
}

void pg_close(struct pg_store *st)
{
	if (!st)
		return;
	pg_terms_forget(st);
	if (st->conn)
		PQfinish(st->conn);
	store_document_prep_release(&st->prep);
	store_document_packer_release(&st->packer);
	free(st->url);
	free(st);
}

int pg_schema_latest(void)
{
	return (int)pg_migrations_count;
}

int pg_schema_version(struct pg_store *st)
{
	PGresult *res = pg_query(st, "SELECT version FROM brief_schema", 0, NULL, NULL);
	int v = res && PQntuples(res) ? (int)pg_int(res, 0, 0) : -1;
	PQclear(res);
	return v;
}

int pg_begin(struct pg_store *st, struct error *err)
{
	if (st->in_batch)
		return error_set(err, ERR_USAGE, "a batch is open already");
	if (pg_exec(st, "BEGIN", err) < 0)
		return -ERR_DB;
	st->in_batch = 1;
	return 0;
}

int pg_commit(struct pg_store *st, struct error *err)
{
	int r;
	if (!st->in_batch)
		return error_set(err, ERR_USAGE, "no batch is open");
	st->in_batch = 0;
	r = pg_exec(st, "COMMIT", err);
	return r;
}

int pg_rollback(struct pg_store *st)
{
	st->in_batch = 0;
	return pg_exec(st, "ROLLBACK", NULL);
}

/* ---- documents ---- */

/* Id of the document `sha` (0 when none), or a negative code. */
static MUST_CHECK int64_t doc_id(struct pg_store *st, const char *sha, struct error *err)
{
	const char *v[1] = { sha };
	return pg_first_id(pg_run(st, PS_DOC_ID, 1, v, NULL, NULL, err));
}

static MUST_CHECK int64_t put_document(struct pg_store *st, const struct document *doc,
				       const char *sha, int *added, struct error *err)
{
	const struct document_prep *p = doc->prep;
	char size[24];
	const char *v[5];
	int len[5] = { 0 }, fmt[5] = { 0, 0, 0, 0, 1 };
	PGresult *res;
	int64_t id;

	if (added)
		*added = 0;
	if ((id = doc_id(st, sha, err)) != 0)
		return id;
	if (!p) {
		if (store_document_prepare(&st->packer, doc, &st->prep, err) < 0)
			return -ERR_NOMEM;
		p = &st->prep;
	}
	if (p->body_len > STORE_DOCUMENT_MAX)
		return error_set(err, ERR_LIMIT, "document over %u bytes", STORE_DOCUMENT_MAX);
	snprintf(size, sizeof(size), "%zu", doc->len);
	v[0] = sha;
	v[1] = doc->url;
	v[2] = doc->content_type;
	v[3] = size;
	v[4] = (const char *)p->body;
	len[4] = (int)p->body_len;
	res = pg_run(st, PS_DOC_INSERT, 5, v, len, fmt, err);
	if (!res)
		return -ERR_DB;
	if (PQntuples(res)) {
		id = pg_int(res, 0, 0);
		if (added)
			*added = 1;
	}
	PQclear(res);
	/* another writer stored the same bytes meanwhile: theirs is the row */
	return id ? id : doc_id(st, sha, err);
}

int pg_document_put(struct store *base, const struct document *doc, char sha[65], int64_t *id,
		    int *added, struct error *err)
{
	struct pg_store *st = (struct pg_store *)base;
	int64_t r;
	if ((r = store_document_sha256(doc, sha, err)) < 0)
		return (int)r;
	r = put_document(st, doc, sha, added, err);
	if (r <= 0)
		return r < 0 ? (int)r : error_set(err, ERR_DB, "document %s vanished", sha);
	*id = r;
	return 0;
}

int pg_document_body(struct pg_store *st, const char *sha256, struct buf *out, struct error *err)
{
	const char *v[1] = { sha256 };
	PGresult *res;
	int64_t size;
	int r;

	if (!sha256)
		return error_set(err, ERR_USAGE, "no document hash");
	/* the body comes back as binary: one format for all result columns */
	res = PQexecParams(st->conn, "SELECT size, body FROM documents WHERE sha256 = $1", 1, NULL,
			   v, NULL, NULL, 1);
	if (!result_ok(res))
		return pg_result_error(st, res, err, "reading document");
	if (!PQntuples(res)) {
		PQclear(res);
		return error_set(err, ERR_NOTFOUND, "no document %.64s", sha256);
	}
	{
		const unsigned char *b = (const unsigned char *)PQgetvalue(res, 0, 0);
		uint64_t u = 0;
		int i;
		for (i = 0; i < 8 && PQgetlength(res, 0, 0) == 8; i++)
			u = u << 8 | b[i];
		size = (int64_t)u;
	}
	if (PQgetlength(res, 0, 0) != 8 || size < 0)
		r = error_set(err, ERR_PARSE, "document %.64s: damaged row: size", sha256);
	else
		r = store_document_decode(PQgetvalue(res, 0, 1), (size_t)PQgetlength(res, 0, 1),
					  (uint64_t)size, out, err);
	PQclear(res);
	return r;
}

int pg_document_meta(struct store *base, const char *sha256, char **url, char **content_type,
		     struct error *err)
{
	struct pg_store *st = (struct pg_store *)base;
	const char *v[1] = { sha256 };
	PGresult *res = pg_query(st, "SELECT url, content_type FROM documents WHERE sha256 = $1", 1,
				 v, err);
	int r;
	*url = *content_type = NULL;
	if (!res)
		return -ERR_DB;
	if (!PQntuples(res)) {
		PQclear(res);
		return error_set(err, ERR_NOTFOUND, "no document %.64s", sha256);
	}
	*url = pg_strdup(res, 0, 0);
	*content_type = pg_strdup(res, 0, 1);
	PQclear(res);
	if ((r = pg_copy_error(err)) < 0) {
		free(*url);
		free(*content_type);
		*url = *content_type = NULL;
	}
	return r;
}

int64_t pg_document_count(struct pg_store *st)
{
	return pg_first_id(pg_query(st, "SELECT count(*) FROM documents", 0, NULL, NULL));
}

/* ---- articles ---- */

/* As SQLite's (sqlite/engine.c): a local page joins the one outlet of its name. */
static MUST_CHECK int64_t put_source(struct pg_store *st, const struct article_in *a,
				     struct error *err)
{
	const char *v[2];
	char idtext[24];
	int64_t id;
	PGresult *r;

	if (!a->source_url) {
		v[0] = a->source;
		return a->source ? pg_first_id(pg_run(st, PS_SOURCE_BY_NAME, 1, v, NULL, NULL, err))
				 : 0;
	}
	v[0] = a->source_url;
	if ((id = pg_first_id(pg_run(st, PS_SOURCE_ID, 1, v, NULL, NULL, err))) != 0)
		return id;
	v[0] = a->source ? a->source : a->source_url;
	v[1] = a->source_url;
	if ((id = pg_first_id(pg_run(st, PS_SOURCE_INSERT, 2, v, NULL, NULL, err))) != 0) {
		if (id < 0 || !a->source)
			return id;
		snprintf(idtext, sizeof(idtext), "%lld", (long long)id);
		v[0] = idtext;
		v[1] = a->source;
		if (!(r = pg_run(st, PS_SOURCE_ATTACH, 2, v, NULL, NULL, err)))
			return -ERR_DB;
		PQclear(r);
		return id;
	}
	v[0] = a->source_url;
	return pg_first_id(pg_run(st, PS_SOURCE_ID, 1, v, NULL, NULL, err));
}

/*
 * The article's tags (`tags`, one a line), replacing those of an update,
 * whose related news and key terms are then pending again.
 */
static MUST_CHECK int put_tags(struct pg_store *st, int64_t id, const char *tags, int update,
			       struct error *err)
{
	static const char del_sql[] = "DELETE FROM tags WHERE article_id = $1";
	static const char stale_sql[] = "DELETE FROM related_done WHERE article_id = $1";
	static const char terms_sql[] = "DELETE FROM story_terms WHERE article_id = $1";
	static const char ins_sql[] =
		"INSERT INTO tags(article_id, tag) SELECT $1, t FROM "
		"unnest(string_to_array($2, E'\\n')) t WHERE t <> '' ON CONFLICT DO NOTHING";
	char ids[24];
	const char *v[2] = { ids, tags };
	PGresult *res;

	snprintf(ids, sizeof(ids), "%" PRId64, id);
	if (update) {
		if (!(res = pg_cached(st, del_sql, 1, v, NULL, NULL, err)))
			return -ERR_DB;
		PQclear(res);
		/* new text: its related news is computed again (corpus/related.c) */
		if (!(res = pg_cached(st, stale_sql, 1, v, NULL, NULL, err)))
			return -ERR_DB;
		PQclear(res);
		/* and its key terms, which stories read */
		if (!(res = pg_cached(st, terms_sql, 1, v, NULL, NULL, err)))
			return -ERR_DB;
		PQclear(res);
	}
	if (!tags || !*tags)
		return 0;
	if (!(res = pg_cached(st, ins_sql, 2, v, NULL, NULL, err)))
		return -ERR_DB;
	PQclear(res);
	return 0;
}

int pg_article_put(struct pg_store *st, const struct document *doc, const struct article_in *a,
		   int64_t *id, enum store_put_result *what, struct error *err)
{
	char sha[65], src[24], did[24], words[24], tokens[24];
	const char *v[16];
	PGresult *res;
	int64_t existing = 0, docid, srcid;
	int own = 0, r, same = 0;

	if ((r = store_article_put_check(doc, a, sha, err)) < 0)
		return r;
	r = -ERR_DB; /* every failure from here on */

	pg_terms_forget(st);
	if (!st->in_batch) {
		if (pg_exec(st, "BEGIN", err) < 0)
			return -ERR_DB;
		own = 1;
	}
	v[0] = a->url;
	if (!(res = pg_run(st, PS_ARTICLE_BY_URL, 1, v, NULL, NULL, err)))
		goto fail;
	if (PQntuples(res)) {
		existing = pg_int(res, 0, 0);
		same = !PQgetisnull(res, 0, 1) && !strcmp(PQgetvalue(res, 0, 1), sha);
	}
	PQclear(res);
	if (same) {
		*id = existing;
		*what = STORE_UNCHANGED;
		if (own && pg_exec(st, "COMMIT", err) < 0)
			return -ERR_DB;
		return 0;
	}
	if ((docid = put_document(st, doc, sha, NULL, err)) <= 0) {
		r = docid < 0 ? (int)docid : error_set(err, ERR_DB, "document vanished");
		goto fail;
	}
	if ((srcid = put_source(st, a, err)) < 0)
		goto fail;
	snprintf(src, sizeof(src), "%" PRId64, srcid);
	snprintf(did, sizeof(did), "%" PRId64, docid);
	snprintf(words, sizeof(words), "%" PRId64, a->word_count);
	v[0] = a->url;
	v[1] = srcid > 0 ? src : NULL;
	v[2] = did;
	v[3] = a->title;
	v[4] = a->byline;
	v[5] = a->published;
	v[6] = a->modified;
	v[7] = a->language;
	v[8] = a->description;
	v[9] = a->image;
	v[10] = a->text ? a->text : "";
	v[11] = words;
	v[12] = a->original_name;
	v[13] = a->original_url;
	snprintf(tokens, sizeof(tokens), "%" PRId64,
		 pg_text_tokens(a->title, strlen(a->title)) +
			 (a->text ? pg_text_tokens(a->text, strlen(a->text)) : 0));
	v[14] = tokens;
	/* the outlet's name, where no outlet row keeps it */
	v[15] = srcid > 0 ? NULL : a->source;
	if (!(res = pg_run(st, PS_ARTICLE_UPSERT, 16, v, NULL, NULL, err)))
		goto fail;
	*id = pg_int(res, 0, 0);
	*what = !strcmp(PQgetvalue(res, 0, 1), "t") ? STORE_ADDED : STORE_UPDATED;
	PQclear(res);
	if (put_tags(st, *id, a->tags, *what == STORE_UPDATED, err) < 0)
		goto fail;
	if (own && pg_exec(st, "COMMIT", err) < 0)
		return -ERR_DB;
	return 0;
fail:
	if (own)
		pg_abandon(st);
	return r;
}

void pg_row_to_article(const PGresult *res, int row, int c, struct article *a)
{
	memset(a, 0, sizeof(*a));
	a->id = pg_int(res, row, c + 0);
	a->url = pg_strdup(res, row, c + 1);
	a->source = pg_strdup(res, row, c + 2);
	a->source_url = pg_strdup(res, row, c + 3);
	a->title = pg_strdup(res, row, c + 4);
	a->byline = pg_strdup(res, row, c + 5);
	a->published = pg_strdup(res, row, c + 6);
	a->modified = pg_strdup(res, row, c + 7);
	a->language = pg_strdup(res, row, c + 8);
	a->description = pg_strdup(res, row, c + 9);
	a->image = pg_strdup(res, row, c + 10);
	a->text = pg_strdup(res, row, c + 11);
	a->original_name = pg_strdup(res, row, c + 12);
	a->original_url = pg_strdup(res, row, c + 13);
	a->doc_sha256 = pg_strdup(res, row, c + 14);
	a->added = pg_strdup(res, row, c + 15);
	a->word_count = pg_int(res, row, c + 16);
}

int pg_article_get(struct pg_store *st, int64_t id, struct article *out, struct error *err)
{
	char sql[640], ids[24];
	const char *v[1] = { ids };
	PGresult *res;
	int r;

	memset(out, 0, sizeof(*out));
	snprintf(ids, sizeof(ids), "%" PRId64, id);
	snprintf(sql, sizeof(sql), "SELECT " PG_ARTICLE_COLS PG_ARTICLE_FROM " WHERE a.id = $1",
		 "a.text");
	if (!(res = pg_query(st, sql, 1, v, err)))
		return -ERR_DB;
	if (!PQntuples(res)) {
		PQclear(res);
		return error_set(err, ERR_NOTFOUND, "no article %lld", (long long)id);
	}
	pg_row_to_article(res, 0, 0, out);
	PQclear(res);
	if ((r = pg_copy_error(err)) < 0)
		article_release(out);
	return r;
}

int pg_articles_latest(struct pg_store *st, size_t limit, size_t offset, struct article_list *out,
		       struct error *err)
{
	char sql[640], l[24], o[24];
	const char *v[2] = { l, o };

	snprintf(l, sizeof(l), "%zu", limit);
	snprintf(o, sizeof(o), "%zu", offset);
	snprintf(sql, sizeof(sql),
		 "SELECT " PG_ARTICLE_COLS PG_ARTICLE_FROM " ORDER BY " PG_NEWEST_FIRST
		 " LIMIT $1 OFFSET $2",
		 "NULL");
	return pg_article_list(st, sql, 2, v, out, err);
}

int pg_article_list(struct pg_store *st, const char *sql, int n, const char *const *values,
		    struct article_list *out, struct error *err)
{
	PGresult *res;
	int i, rows;
	memset(out, 0, sizeof(*out));
	if ((rows = pg_query_rows(st, sql, n, values, &res, &out->items, sizeof(*out->items),
				  err)) < 0)
		return rows;
	for (i = 0; i < rows; i++)
		pg_row_to_article(res, i, 0, &out->items[out->n++]);
	PQclear(res);
	if ((rows = pg_copy_error(err)) < 0)
		article_list_release(out);
	return rows < 0 ? rows : 0;
}

int pg_article_count(struct pg_store *st, int64_t *n, struct error *err)
{
	int64_t v = pg_first_id(pg_query(st, "SELECT count(*) FROM articles", 0, NULL, err));
	*n = v < 0 ? 0 : v;
	return v < 0 ? (int)v : 0;
}
