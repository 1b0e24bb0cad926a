/*
 * import.c: copying a SQLite store into a PostgreSQL one (brief migrate).
 *
 * The PostgreSQL schema mirrors the SQLite one column by column, so each
 * table is copied row by row with its ids, in one transaction, in an
 * order that keeps foreign keys whole; the sequences then start after the
 * largest ids. Then the copy is checked: the same number of rows in every
 * table, and a sample of articles and documents the same in both.
 */
#include "store/postgres/internal.h"

#include <inttypes.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

#include "util/banned.h"

/* Tables in an order that keeps references whole; those with an id sequence. */
static const struct {
	const char *name;
	int serial;
} tables[] = {
	{ "sources", 1 },      { "documents", 1 }, { "articles", 1 },       { "subscriptions", 1 },
	{ "feed_entries", 0 }, { "fetch_log", 1 }, { "fingerprints", 0 },   { "fp_keys", 0 },
	{ "syndication", 0 },  { "tags", 0 },      { "article_actors", 0 }, { "events", 1 },
};
#define NTABLES (sizeof(tables) / sizeof(tables[0]))

static int sq_fail(sqlite3 *db, struct error *err, const char *what)
{
	return error_set(err, ERR_DB, "%s: %s", what, sqlite3_errmsg(db));
}

/* Copy one table: every column SQLite has, as text, blobs as binary. */
static int copy_table(struct pg_store *st, sqlite3 *db, const char *table, int64_t *rows,
		      struct error *err)
{
	char sql[256];
	sqlite3_stmt *s;
	struct buf ins = BUF_INIT;
	int i, ncol, rc, r = 0;
	PGresult *res;

	*rows = 0;
	snprintf(sql, sizeof(sql), "SELECT * FROM %s ORDER BY rowid", table);
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) {
		/* a WITHOUT ROWID table has no rowid: its primary key orders it */
		snprintf(sql, sizeof(sql), "SELECT * FROM %s", table);
		if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
			return sq_fail(db, err, table);
	}
	ncol = sqlite3_column_count(s);
	if (ncol < 1 || ncol > 32) {
		sqlite3_finalize(s);
		return error_set(err, ERR_DB, "%s: %d columns", table, ncol);
	}
	buf_putf(&ins, "INSERT INTO %s (", table);
	for (i = 0; i < ncol; i++)
		buf_putf(&ins, "%s%s", i ? ", " : "", sqlite3_column_name(s, i));
	buf_puts(&ins, ") VALUES (");
	for (i = 0; i < ncol; i++)
		buf_putf(&ins, "%s$%d", i ? ", " : "", i + 1);
	buf_puts(&ins, ")");
	if (buf_error(&ins)) {
		buf_release(&ins);
		sqlite3_finalize(s);
		return error_nomem(err);
	}
	res = PQprepare(st->conn, "import", ins.data, ncol, NULL);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		r = pg_result_error(st, res, err, table);
		goto out;
	}
	PQclear(res);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *v[32];
		int len[32], fmt[32];
		for (i = 0; i < ncol; i++) {
			int t = sqlite3_column_type(s, i);
			fmt[i] = t == SQLITE_BLOB;
			v[i] = t == SQLITE_NULL   ? NULL
			       : t == SQLITE_BLOB ? (const char *)sqlite3_column_blob(s, i)
						  : (const char *)sqlite3_column_text(s, i);
			len[i] = sqlite3_column_bytes(s, i);
		}
		res = PQexecPrepared(st->conn, "import", ncol, v, len, fmt, 0);
		if (PQresultStatus(res) != PGRES_COMMAND_OK) {
			r = pg_result_error(st, res, err, table);
			goto out;
		}
		PQclear(res);
		(*rows)++;
	}
	if (rc != SQLITE_DONE)
		r = sq_fail(db, err, table);
out:
	PQclear(PQexec(st->conn, "DEALLOCATE import"));
	sqlite3_finalize(s);
	buf_release(&ins);
	return r;
}

static int64_t sq_count(sqlite3 *db, const char *table)
{
	char sql[128];
	sqlite3_stmt *s;
	int64_t n = -1;
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s", table);
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return n;
}

/*
 * Compare `sample` articles, spread over the ids, column by column, and
 * their documents' hashes and sizes.
 */
static int check_sample(struct pg_store *st, sqlite3 *db, size_t sample, size_t *checked,
			struct error *err)
{
	static const char cols[] = "a.id, a.url, a.title, coalesce(a.byline, ''), "
				   "coalesce(a.published, ''), a.text, a.word_count, a.added, "
				   "coalesce(d.sha256, ''), coalesce(d.size, 0)";
	char sql[512];
	sqlite3_stmt *s;
	int64_t n = sq_count(db, "articles"), step;
	int rc, r = 0;

	*checked = 0;
	if (n <= 0)
		return 0;
	step = n / (int64_t)(sample ? sample : 1);
	if (step < 1)
		step = 1;
	snprintf(sql, sizeof(sql),
		 "SELECT %s FROM articles a LEFT JOIN documents d ON d.id = a.document_id "
		 "WHERE a.rowid %% %lld = 0 OR a.rowid = (SELECT max(rowid) FROM articles) "
		 "LIMIT %zu",
		 cols, (long long)step, sample + 1);
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		return sq_fail(db, err, "sampling articles");
	while (r == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		char q[512];
		const char *v[1];
		PGresult *res;
		int i;
		v[0] = (const char *)sqlite3_column_text(s, 0);
		snprintf(q, sizeof(q),
			 "SELECT %s FROM articles a LEFT JOIN documents d ON d.id = a.document_id "
			 "WHERE a.id = $1",
			 cols);
		if (!(res = pg_query(st, q, 1, v, err))) {
			r = -ERR_DB;
			break;
		}
		if (PQntuples(res) != 1) {
			r = error_set(err, ERR_DB, "article %s was not copied", v[0]);
		} else {
			for (i = 1; i < 10; i++) {
				const char *a = (const char *)sqlite3_column_text(s, i);
				if (strcmp(a ? a : "", PQgetvalue(res, 0, i)) != 0) {
					r = error_set(
						err, ERR_DB,
						"article %s: column %d differs after the copy",
						v[0], i + 1);
					break;
				}
			}
		}
		PQclear(res);
		if (r == 0)
			(*checked)++;
	}
	sqlite3_finalize(s);
	return r;
}

int pg_import_sqlite(struct pg_store *st, const char *path, size_t sample,
		     struct pg_import_report *rep, struct error *err)
{
	sqlite3 *db = NULL;
	char sql[256];
	size_t i;
	int r = 0;

	memset(rep, 0, sizeof(*rep));
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		r = sq_fail(db, err, path);
		sqlite3_close(db);
		return r;
	}
	sqlite3_busy_timeout(db, 10000);
	if (pg_article_count(st) != 0) {
		sqlite3_close(db);
		return error_set(err, ERR_USAGE, "the PostgreSQL store is not empty");
	}
	if ((r = pg_begin(st, err)) < 0)
		goto out;
	for (i = 0; i < NTABLES && r == 0; i++) {
		int64_t n;
		r = copy_table(st, db, tables[i].name, &n, err);
		rep->rows[i] = n;
		rep->total += n;
		if (r == 0 && tables[i].serial) {
			snprintf(sql, sizeof(sql),
				 "SELECT setval(pg_get_serial_sequence('%s', 'id'), "
				 "coalesce((SELECT max(id) FROM %s), 0) + 1, false)",
				 tables[i].name, tables[i].name);
			r = pg_exec(st, sql, err);
		}
	}
	if (r < 0) {
		pg_rollback(st);
		goto out;
	}
	if ((r = pg_commit(st, err)) < 0)
		goto out;

	/* the check: the same counts, and a sample the same */
	for (i = 0; i < NTABLES && r == 0; i++) {
		PGresult *res;
		int64_t want = sq_count(db, tables[i].name), got;
		snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s", tables[i].name);
		if (!(res = pg_query(st, sql, 0, NULL, err))) {
			r = -ERR_DB;
			break;
		}
		got = pg_int(res, 0, 0);
		PQclear(res);
		if (got != want)
			r = error_set(err, ERR_DB,
				      "%s: %" PRId64 " rows in SQLite, %" PRId64 " in PostgreSQL",
				      tables[i].name, want, got);
	}
	if (r == 0)
		r = check_sample(st, db, sample, &rep->sampled, err);
out:
	sqlite3_close(db);
	return r;
}

const char *pg_import_table(size_t i)
{
	return i < NTABLES ? tables[i].name : NULL;
}
