/*
 * import.c: copying a SQLite store into a PostgreSQL one (brief migrate).
 *
 * The PostgreSQL schema mirrors the SQLite one column by column, so each
 * table is streamed with COPY, rows as they are with their ids (and each
 * article's token count, which brief counts as it streams them), all in
 * one transaction, into tables emptied in it (COPY FREEZE), in an order
 * that keeps foreign keys whole; the sequences
 * then start after the largest ids. Secondary indexes (the full-text GIN
 * index among them) and foreign keys are dropped first and made again
 * once the rows are in: one build from all the rows costs a fraction of
 * updating them a row at a time, and making a foreign key again checks
 * every row against it. Then the copy is checked: the same number of rows
 * in every table, and a sample of articles and documents the same in both.
 */
#include "store/postgres/internal.h"

#include <inttypes.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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

/* Bytes of COPY data handed to libpq at once. */
#define COPY_CHUNK (1 << 20)

/* A text value in COPY's text format: backslash, tab, newline and CR escaped. */
static void copy_text(struct buf *b, const unsigned char *s, size_t n)
{
	size_t i, from = 0;
	for (i = 0; i < n; i++) {
		const char *e;
		switch (s[i]) {
		case '\\': e = "\\\\"; break;
		case '\t': e = "\\t"; break;
		case '\n': e = "\\n"; break;
		case '\r': e = "\\r"; break;
		default: continue;
		}
		buf_put(b, s + from, i - from);
		buf_puts(b, e);
		from = i + 1;
	}
	buf_put(b, s + from, n - from);
}

/* A blob as bytea's hex input, whose backslash COPY wants escaped: \\x0a1b... */
static void copy_blob(struct buf *b, const unsigned char *p, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	char out[512];
	size_t i, k = 0;
	buf_puts(b, "\\\\x");
	for (i = 0; i < n; i++) {
		out[k++] = hex[p[i] >> 4];
		out[k++] = hex[p[i] & 15];
		if (k == sizeof(out)) {
			buf_put(b, out, k);
			k = 0;
		}
	}
	buf_put(b, out, k);
}

/*
 * The server refused a row of the COPY into `table`: name the row by its
 * line (the rows' order, counted from 1) and its first column's value, read
 * again with `select`, so that the user can find it in the SQLite file.
 */
static MUST_CHECK int copy_refused(struct pg_store *st, sqlite3 *db, const char *select,
				   const char *table, PGresult *res, struct error *err)
{
	const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	const char *ctx = PQresultErrorField(res, PG_DIAG_CONTEXT);
	const char *at = ctx ? strstr(ctx, ", line ") : NULL;
	long line = at ? atol(at + 7) : 0;
	char sql[300], key[64] = "";
	sqlite3_stmt *s;
	int r;

	if (!msg) /* no message of the server's: the connection failed */
		return pg_result_error(st, res, err, table);
	if (line > 0) {
		snprintf(sql, sizeof(sql), "%s LIMIT 1 OFFSET %ld", select, line - 1);
		if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK) {
			if (sqlite3_step(s) == SQLITE_ROW)
				snprintf(key, sizeof(key), " (%s %.40s)", sqlite3_column_name(s, 0),
					 (const char *)sqlite3_column_text(s, 0));
			sqlite3_finalize(s);
		}
		r = error_set(err, ERR_DB, "%s: row %ld%s refused: %s; nothing was copied", table,
			      line, key, msg);
	} else {
		r = error_set(err, ERR_DB, "%s: %s; nothing was copied", table, msg);
	}
	PQclear(res);
	return r;
}

/*
 * Copy one table with COPY FROM STDIN: every column SQLite has, as text,
 * blobs as bytea's hex, handed to the server a chunk at a time. The
 * server checks each row as an INSERT would (types, encoding, unique
 * keys); a row it refuses ends the COPY with an error naming the row.
 */
static MUST_CHECK int copy_table(struct pg_store *st, sqlite3 *db, const char *table, int64_t *rows,
				 struct error *err)
{
	char sql[256];
	sqlite3_stmt *s;
	struct buf cmd = BUF_INIT, data = BUF_INIT;
	int i, ncol, rc, r = 0, copying = 0, title = -1, text = -1;
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
	buf_putf(&cmd, "COPY %s (", table);
	for (i = 0; i < ncol; i++) {
		const char *name = sqlite3_column_name(s, i);
		buf_putf(&cmd, "%s%s", i ? ", " : "", name);
		if (!strcmp(table, "articles") && !strcmp(name, "title"))
			title = i;
		else if (!strcmp(table, "articles") && !strcmp(name, "text"))
			text = i;
	}
	/* articles' length in tokens, a column SQLite does not have (schema step 8) */
	if (title >= 0 && text >= 0)
		buf_puts(&cmd, ", tokens");
	/* FREEZE: rows written frozen into the table emptied in this transaction */
	buf_puts(&cmd, ") FROM STDIN WITH (FREEZE)");
	if (buf_error(&cmd)) {
		r = error_nomem(err);
		goto out;
	}
	res = PQexec(st->conn, cmd.data);
	if (PQresultStatus(res) != PGRES_COPY_IN) {
		r = pg_result_error(st, res, err, table);
		goto out;
	}
	PQclear(res);
	copying = 1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		for (i = 0; i < ncol; i++) {
			int t = sqlite3_column_type(s, i);
			if (i)
				buf_putc(&data, '\t');
			if (t == SQLITE_NULL)
				buf_puts(&data, "\\N");
			else if (t == SQLITE_BLOB)
				copy_blob(&data, sqlite3_column_blob(s, i),
					  (size_t)sqlite3_column_bytes(s, i));
			else
				copy_text(&data, sqlite3_column_text(s, i),
					  (size_t)sqlite3_column_bytes(s, i));
		}
		if (title >= 0 && text >= 0)
			buf_putf(&data, "\t%" PRId64,
				 pg_text_tokens((const char *)sqlite3_column_text(s, title),
						(size_t)sqlite3_column_bytes(s, title)) +
					 pg_text_tokens((const char *)sqlite3_column_text(s, text),
							(size_t)sqlite3_column_bytes(s, text)));
		buf_putc(&data, '\n');
		if (buf_error(&data)) {
			r = error_nomem(err);
			goto out;
		}
		(*rows)++;
		if (data.len >= COPY_CHUNK) {
			if (PQputCopyData(st->conn, data.data, (int)data.len) != 1) {
				r = pg_error(st, err, table);
				goto out;
			}
			buf_reset(&data);
		}
	}
	if (rc != SQLITE_DONE) {
		r = sq_fail(db, err, table);
		goto out;
	}
	if (data.len && PQputCopyData(st->conn, data.data, (int)data.len) != 1) {
		r = pg_error(st, err, table);
		goto out;
	}
	copying = 0;
	if (PQputCopyEnd(st->conn, NULL) != 1) {
		r = pg_error(st, err, table);
		goto out;
	}
	res = PQgetResult(st->conn);
	if (PQresultStatus(res) != PGRES_COMMAND_OK)
		r = copy_refused(st, db, sql, table, res, err);
	else
		PQclear(res);
	while ((res = PQgetResult(st->conn)))
		PQclear(res);
out:
	if (copying) {
		/* end the COPY with an error of our own: the server keeps none of it */
		if (PQputCopyEnd(st->conn, "brief migrate stopped") == 1)
			while ((res = PQgetResult(st->conn)))
				PQclear(res);
	}
	sqlite3_finalize(s);
	buf_release(&cmd);
	buf_release(&data);
	return r;
}

/*
 * The secondary indexes (those no key constraint stands on) and the
 * foreign keys of the copied tables: dropped before the copy, made again
 * after it, which builds each index once from all its rows instead of a
 * row at a time, and checks each reference once for the whole table. The
 * statements that drop them go to `drop`, those that make them again to
 * `make`.
 */
static MUST_CHECK int derived_objects(struct pg_store *st, struct buf *drop, struct buf *make,
				      struct error *err)
{
	static const char idx[] =
		"SELECT quote_ident(ix.relname), pg_get_indexdef(i.indexrelid)"
		" FROM pg_index i JOIN pg_class ix ON ix.oid = i.indexrelid"
		" JOIN pg_class t ON t.oid = i.indrelid"
		" WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1)"
		" AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid"
		" AND c.conrelid = i.indrelid) ORDER BY 1";
	static const char fk[] =
		"SELECT quote_ident(t.relname), quote_ident(c.conname), pg_get_constraintdef(c.oid)"
		" FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
		" WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace"
		" AND t.relname = ANY($1) ORDER BY 1, 2";
	struct buf names = BUF_INIT;
	const char *v[1];
	PGresult *res;
	size_t i;
	int k;

	buf_putc(&names, '{');
	for (i = 0; i < NTABLES; i++)
		buf_putf(&names, "%s%s", i ? "," : "", tables[i].name);
	buf_putc(&names, '}');
	if (buf_error(&names))
		return error_nomem(err);
	v[0] = names.data;
	if (!(res = pg_query(st, idx, 1, v, err))) {
		buf_release(&names);
		return -ERR_DB;
	}
	for (k = 0; k < PQntuples(res); k++) {
		buf_putf(drop, "DROP INDEX %s;", PQgetvalue(res, k, 0));
		buf_putf(make, "%s;", PQgetvalue(res, k, 1));
	}
	PQclear(res);
	if (!(res = pg_query(st, fk, 1, v, err))) {
		buf_release(&names);
		return -ERR_DB;
	}
	for (k = 0; k < PQntuples(res); k++) {
		buf_putf(drop, "ALTER TABLE %s DROP CONSTRAINT %s;", PQgetvalue(res, k, 0),
			 PQgetvalue(res, k, 1));
		buf_putf(make, "ALTER TABLE %s ADD CONSTRAINT %s %s;", PQgetvalue(res, k, 0),
			 PQgetvalue(res, k, 1), PQgetvalue(res, k, 2));
	}
	PQclear(res);
	buf_release(&names);
	return buf_error(drop) || buf_error(make) ? error_nomem(err) : 0;
}

/* The postings' trigger and index off for the COPY, then the postings of all the rows. */
static const char postings_off[] = "TRUNCATE postings; DROP INDEX postings_term; "
				   "ALTER TABLE articles DISABLE TRIGGER articles_postings; "
				   "ALTER TABLE articles DISABLE TRIGGER articles_postings_update;";
static const char postings_on[] =
	"INSERT INTO postings (term, article_id, tf, tokens) " PG_POSTINGS_ALL "; "
	"CREATE UNIQUE INDEX postings_term ON postings(term, article_id) INCLUDE (tf, tokens); "
	"ALTER TABLE articles ENABLE TRIGGER articles_postings; "
	"ALTER TABLE articles ENABLE TRIGGER articles_postings_update;";

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
static MUST_CHECK int check_sample(struct pg_store *st, sqlite3 *db, size_t sample, size_t *checked,
				   struct error *err)
{
	static const char cols[] = "a.id, a.url, a.title, coalesce(a.byline, ''), "
				   "coalesce(a.published, ''), a.text, a.word_count, a.added, "
				   "coalesce(d.sha256, ''), coalesce(d.size, 0)";
	char sql[512];
	sqlite3_stmt *s;
	int64_t n = sq_count(db, "articles"), step;
	int rc = SQLITE_DONE, r = 0;

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
	if (r == 0 && rc != SQLITE_DONE)
		r = sq_fail(db, err, "sampling articles");
	sqlite3_finalize(s);
	return r;
}

static double seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int pg_import_sqlite(struct pg_store *st, const char *path, size_t sample,
		     struct pg_import_report *rep, struct error *err)
{
	sqlite3 *db = NULL;
	struct buf drop = BUF_INIT, make = BUF_INIT;
	char sql[256];
	double t0;
	int64_t have;
	size_t i;
	int r = 0;

	memset(rep, 0, sizeof(*rep));
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		r = sq_fail(db, err, path);
		sqlite3_close(db);
		return r;
	}
	sqlite3_busy_timeout(db, 10000);
	if ((r = pg_article_count(st, &have, err)) < 0 || have != 0) {
		sqlite3_close(db);
		return r < 0 ? r : error_set(err, ERR_USAGE, "the PostgreSQL store is not empty");
	}
	t0 = seconds();
	/* one transaction: a refused row leaves the store as empty as it was */
	if ((r = pg_begin(st, err)) < 0)
		goto out;
	/*
	 * Emptied (they are empty) in this transaction, the tables take COPY's
	 * rows frozen: no later pass over a million rows to set their hint
	 * bits or freeze them, which the first searches or autovacuum would
	 * otherwise make, and index-only scans see every page as visible.
	 */
	buf_puts(&drop, "TRUNCATE ");
	for (i = 0; i < NTABLES; i++)
		buf_putf(&drop, "%s%s", i ? ", " : "", tables[i].name);
	buf_puts(&drop, ";");
	/*
	 * The postings (schema step 9) are filled from all the rows at once
	 * once they are in, their index made after them, not by the trigger a
	 * row.
	 */
	buf_puts(&drop, postings_off);
	if ((r = derived_objects(st, &drop, &make, err)) == 0)
		r = pg_exec(st, drop.data, err);
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
	rep->copy_s = seconds() - t0;
	if (r == 0) {
		t0 = seconds();
		/* a GIN index of a million articles builds far faster with room to sort */
		r = pg_exec(st, "SET LOCAL maintenance_work_mem = '256MB'", err);
		if (r == 0)
			r = pg_exec(st, postings_on, err);
		if (r == 0 && make.len)
			r = pg_exec(st, make.data, err);
		rep->index_s = seconds() - t0;
	}
	if (r < 0) {
		pg_rollback(st);
		goto out;
	}
	if ((r = pg_commit(st, err)) < 0)
		goto out;
	/* the planner's statistics of the new rows, which search plans by */
	for (i = 0; i < NTABLES && r == 0; i++) {
		snprintf(sql, sizeof(sql), "ANALYZE %s", tables[i].name);
		r = pg_exec(st, sql, err);
	}
	/* and the postings' visibility map, which their index-only scans read */
	if (r == 0)
		r = pg_exec(st, "VACUUM (ANALYZE) postings", err);

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
	buf_release(&drop);
	buf_release(&make);
	return r;
}

const char *pg_import_table(size_t i)
{
	return i < NTABLES ? tables[i].name : NULL;
}
