/*
 * events.c: actors and events. SQLite.
 *
 * One row per coded event, keyed to its article (deleted with it). Actor
 * codes are queried as prefixes ("IRN" finds IRNGOV) through
 * `source >= ? AND source < ?||'~'` ranges, so the indexes on source and
 * target serve them.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/coder.h"
#include "store/sqlite/internal.h"
#include "store/sqlite/migrations.h"
#include "store/store.h"

#include "util/array.h"

#include "util/banned.h"

/* Schema step 4. */
const char store_schema_events[] =
	"CREATE TABLE events ("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  sentence INTEGER NOT NULL DEFAULT 0,"
	"  source TEXT NOT NULL,"
	"  source_text TEXT,"
	"  target TEXT NOT NULL,"
	"  target_text TEXT,"
	"  code TEXT NOT NULL,"
	"  root TEXT NOT NULL,"
	"  goldstein REAL NOT NULL,"
	"  quad INTEGER NOT NULL,"
	"  plover TEXT,"
	"  mode TEXT,"
	"  date TEXT,"
	"  date_end TEXT,"
	"  date_precision TEXT,"
	"  negated INTEGER NOT NULL DEFAULT 0,"
	"  modality TEXT NOT NULL DEFAULT 'asserted',"
	"  evidence TEXT,"
	"  verb TEXT,"
	"  pattern TEXT"
	");"
	"CREATE INDEX events_article ON events(article_id);"
	"CREATE INDEX events_source ON events(source, date);"
	"CREATE INDEX events_target ON events(target, date);"
	"CREATE INDEX events_date ON events(date);";

static const char sql_delete[] = "DELETE FROM events WHERE article_id = ?";
static const char sql_insert[] =
	"INSERT INTO events (article_id, sentence, source, source_text, target, target_text, code,"
	" root, goldstein, quad, plover, mode, date, date_end, date_precision, negated, modality,"
	" evidence, verb, pattern) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

static void bind_span(sqlite3_stmt *s, int i, const char *text, uint32_t off, uint32_t len)
{
	if (text)
		sqlite3_bind_text(s, i, text + off, (int)len, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, i);
}

int sqlite_events_replace(struct store *base, int64_t article_id, const struct event_list *ev,
			  const char *text, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char actors_del[] = "DELETE FROM article_actors WHERE article_id = ?";
	static const char actors_ins[] =
		"INSERT OR IGNORE INTO article_actors(article_id, actor) VALUES (?, ?)";
	sqlite3_stmt *del, *ins, *act;
	size_t i;
	int rc = 0, own_txn = 0;

	/*
	 * Like store_article_put: its own transaction when alone, else part of
	 * the caller's batch without a savepoint (FTS5 flushes its pending
	 * index at every savepoint; see migrations.c). A failure after the
	 * first write leaves the batch to be rolled back.
	 */
	if (sqlite3_get_autocommit(st->db)) {
		if (sq_begin(st, err) < 0)
			return -ERR_DB;
		own_txn = 1;
	}
	if (sq_cached(st, sql_delete, &del, err) < 0)
		goto fail;
	sqlite3_bind_int64(del, 1, article_id);
	if (sqlite3_step(del) != SQLITE_DONE) {
		rc = sq_db_error(st, err, "delete events");
		sq_done(del);
		goto fail;
	}
	sq_done(del);
	if (sq_cached(st, sql_insert, &ins, err) < 0)
		goto fail;
	for (i = 0; ev && i < ev->n; i++) {
		const struct event *e = &ev->v[i];
		char date[16], end[16];
		date_format(&e->date, date, sizeof(date));
		if (e->date.y2)
			snprintf(end, sizeof(end), "%04d", e->date.y2);
		else
			end[0] = 0;
		sqlite3_bind_int64(ins, 1, article_id);
		sqlite3_bind_int(ins, 2, (int)e->sentence);
		sq_bind_text(ins, 3, e->source);
		sq_bind_text(ins, 4, e->source_text);
		sq_bind_text(ins, 5, e->target);
		sq_bind_text(ins, 6, e->target_text);
		sq_bind_text(ins, 7, e->code);
		sq_bind_text(ins, 8, e->root);
		sqlite3_bind_double(ins, 9, e->goldstein);
		sqlite3_bind_int(ins, 10, e->quad);
		sq_bind_text(ins, 11, e->plover && *e->plover ? e->plover : NULL);
		sq_bind_text(ins, 12, e->mode && *e->mode ? e->mode : NULL);
		sq_bind_text(ins, 13, date[0] ? date : NULL);
		sq_bind_text(ins, 14, end[0] ? end : NULL);
		sq_bind_text(ins, 15, date[0] ? date_prec_name(e->date.prec) : NULL);
		sqlite3_bind_int(ins, 16, e->negated);
		sq_bind_text(ins, 17, modality_name(e->modality));
		bind_span(ins, 18, text, e->s_off, e->s_len);
		bind_span(ins, 19, text, e->v_off, e->v_len);
		sq_bind_text(ins, 20, e->pattern);
		if (sqlite3_step(ins) != SQLITE_DONE) {
			rc = sq_db_error(st, err, "insert event");
			sq_done(ins);
			goto fail;
		}
		sq_done(ins);
	}
	/* the actors an article names, for search's actor: filter */
	if (sq_cached(st, actors_del, &act, err) < 0)
		goto fail;
	sqlite3_bind_int64(act, 1, article_id);
	rc = sqlite3_step(act) == SQLITE_DONE ? 0 : sq_db_error(st, err, "delete actors");
	sq_done(act);
	if (rc || sq_cached(st, actors_ins, &act, err) < 0)
		goto fail;
	for (i = 0; ev && i < ev->n && !rc; i++) {
		const char *who[2] = { ev->v[i].source, ev->v[i].target };
		int k;
		for (k = 0; k < 2 && !rc; k++) {
			if (!who[k] || !*who[k])
				continue;
			sqlite3_bind_int64(act, 1, article_id);
			sq_bind_text(act, 2, who[k]);
			if (sqlite3_step(act) != SQLITE_DONE)
				rc = sq_db_error(st, err, "insert actors");
			sqlite3_reset(act);
		}
	}
	sq_done(act);
	if (rc)
		goto fail;
	if (own_txn && sq_exec(st, "COMMIT", err) < 0)
		goto fail;
	return 0;
fail:
	if (own_txn)
		sq_abandon(st, "ROLLBACK");
	return rc ? rc : -ERR_DB;
}

/* "IRN" -> [IRN, IRN~): every code that starts with it */
static void bind_prefix(sqlite3_stmt *s, int i, const char *p)
{
	char hi[64];
	snprintf(hi, sizeof(hi), "%s~", p);
	sqlite3_bind_text(s, i, p, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, i + 1, hi, -1, SQLITE_TRANSIENT);
}

void sq_event_head(sqlite3_stmt *s, struct stored_event *e)
{
	e->id = sqlite3_column_int64(s, 0);
	e->article_id = sqlite3_column_int64(s, 1);
	e->source = sq_col_strdup(s, 2);
	e->source_text = sq_col_strdup(s, 3);
	e->target = sq_col_strdup(s, 4);
	e->target_text = sq_col_strdup(s, 5);
	e->code = sq_col_strdup(s, 6);
	e->root = sq_col_strdup(s, 7);
	e->goldstein = sqlite3_column_double(s, 8);
	e->quad = sqlite3_column_int(s, 9);
}

#define EVENT_COLS                                                                        \
	STORE_EVENT_HEAD_COLS ", e.plover, e.mode, e.date, e.date_end, e.date_precision," \
			      " e.negated, e.modality, e.sentence, e.evidence, e.verb, "  \
			      "e.pattern, a.url, a.title,"                                \
			      " a.added"

int sqlite_events_query(struct store *base, const struct event_filter *f,
			struct stored_event_list *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	char sql[4096];
	size_t o, alloc = 0;
	sqlite3_stmt *s;
	int r;
	memset(out, 0, sizeof(*out));
	o = (size_t)snprintf(sql, sizeof(sql),
			     "SELECT " EVENT_COLS
			     " FROM events e JOIN articles a ON a.id = e.article_id"
			     " WHERE 1");
	o = store_sql_event_filter(sql, sizeof(sql), o, f, '?');
	o += (size_t)snprintf(sql + o, sizeof(sql) - o, " ORDER BY e.date, e.id");
	if (f->limit)
		snprintf(sql + o, sizeof(sql) - o, " LIMIT %zu", f->limit);
	if (sq_prepare(st, sql, &s, err) < 0)
		return -ERR_DB;
	if (f->actor)
		bind_prefix(s, 1, f->actor);
	if (f->dyad_a && f->dyad_b) {
		bind_prefix(s, 3, f->dyad_a);
		bind_prefix(s, 5, f->dyad_b);
	}
	if (f->since)
		sqlite3_bind_text(s, 7, f->since, -1, SQLITE_TRANSIENT);
	if (f->until)
		sqlite3_bind_text(s, 8, f->until, -1, SQLITE_TRANSIENT);
	while ((r = sqlite3_step(s)) == SQLITE_ROW) {
		struct stored_event *e;
		if (ARRAY_GROW(out->items, out->n, alloc) < 0) {
			sqlite3_finalize(s);
			stored_event_list_release(out);
			return error_nomem(err);
		}
		e = &out->items[out->n++];
		memset(e, 0, sizeof(*e));
		sq_event_head(s, e);
		e->plover = sq_col_strdup(s, 10);
		e->mode = sq_col_strdup(s, 11);
		e->date = sq_col_strdup(s, 12);
		e->date_end = sq_col_strdup(s, 13);
		e->date_precision = sq_col_strdup(s, 14);
		e->negated = sqlite3_column_int(s, 15);
		e->modality = sq_col_strdup(s, 16);
		e->sentence = sqlite3_column_int(s, 17);
		e->evidence = sq_col_strdup(s, 18);
		e->verb = sq_col_strdup(s, 19);
		e->pattern = sq_col_strdup(s, 20);
		e->url = sq_col_strdup(s, 21);
		e->title = sq_col_strdup(s, 22);
		e->added = sq_col_strdup(s, 23);
		if (sq_copies_failed()) {
			sqlite3_finalize(s);
			stored_event_list_release(out);
			return error_nomem(err);
		}
	}
	sqlite3_finalize(s);
	if (r != SQLITE_DONE) {
		stored_event_list_release(out);
		return sq_db_error(st, err, "list events");
	}
	return 0;
}

int sqlite_event_count(struct store *base, int64_t *n, struct error *err)
{
	int64_t v = sq_lookup_id(sq_store_of(base), "SELECT count(*) FROM events WHERE ? IS NULL",
				 NULL, err);
	*n = v < 0 ? 0 : v;
	return v < 0 ? (int)v : 0;
}

int sqlite_articles_each_text(struct store *base,
			      int (*fn)(int64_t id, const char *title, const char *text,
					const char *published, void *data),
			      void *data, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *s;
	int r, rc = 0;
	if (sq_prepare(st, "SELECT id, title, text, published FROM articles ORDER BY id", &s, err) <
	    0)
		return -ERR_DB;
	while ((r = sqlite3_step(s)) == SQLITE_ROW) {
		const char *title = (const char *)sqlite3_column_text(s, 1);
		const char *text = (const char *)sqlite3_column_text(s, 2);
		const char *pub = (const char *)sqlite3_column_text(s, 3);
		rc = fn(sqlite3_column_int64(s, 0), title ? title : "", text ? text : "", pub,
			data);
		if (rc)
			break;
	}
	sqlite3_finalize(s);
	if (!rc && r != SQLITE_DONE && r != SQLITE_ROW)
		return sq_db_error(st, err, "articles");
	return rc;
}
