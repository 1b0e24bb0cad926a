/*
 * sources.c: subscriptions (what the user follows), the feed entries seen
 * and the fetch log, in SQLite.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/sqlite/internal.h"
#include "store/sqlite/migrations.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/url.h"

#include "util/banned.h"

/* Schema step 2. */
const char store_schema_sources[] =
	"CREATE TABLE subscriptions ("
	"  id INTEGER PRIMARY KEY,"
	"  url TEXT NOT NULL UNIQUE,"
	"  name TEXT,"
	"  kind TEXT NOT NULL DEFAULT 'feed',"
	"  tags TEXT,"
	"  title TEXT,"
	"  allow_private INTEGER NOT NULL DEFAULT 0,"
	"  etag TEXT,"
	"  last_modified TEXT,"
	"  interval_s INTEGER NOT NULL DEFAULT 3600,"
	"  next_poll INTEGER NOT NULL DEFAULT 0,"
	"  added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  last_fetch TEXT,"
	"  last_status INTEGER NOT NULL DEFAULT 0,"
	"  last_error TEXT,"
	"  failures INTEGER NOT NULL DEFAULT 0"
	");"
	"CREATE INDEX subscriptions_due ON subscriptions(next_poll);"
	"CREATE TABLE feed_entries ("
	"  subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,"
	"  key TEXT NOT NULL,"
	"  url TEXT,"
	"  article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,"
	"  seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  PRIMARY KEY (subscription_id, key)"
	");"
	"CREATE INDEX feed_entries_article ON feed_entries(article_id);"
	"CREATE TABLE fetch_log ("
	"  id INTEGER PRIMARY KEY,"
	"  subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,"
	"  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  url TEXT NOT NULL,"
	"  status INTEGER NOT NULL DEFAULT 0,"
	"  bytes INTEGER NOT NULL DEFAULT 0,"
	"  duration_ms INTEGER NOT NULL DEFAULT 0,"
	"  new_items INTEGER NOT NULL DEFAULT 0,"
	"  error TEXT"
	");"
	"CREATE INDEX fetch_log_subscription ON fetch_log(subscription_id, id);";

static void row_to_sub(sqlite3_stmt *q, void *item)
{
	struct subscription *s = item;
	memset(s, 0, sizeof(*s));
	s->id = sqlite3_column_int64(q, 0);
	s->url = sq_col_strdup(q, 1);
	s->name = sq_col_strdup(q, 2);
	s->kind = sq_col_strdup(q, 3);
	s->tags = sq_col_strdup(q, 4);
	s->title = sq_col_strdup(q, 5);
	s->allow_private = sqlite3_column_int(q, 6);
	s->etag = sq_col_strdup(q, 7);
	s->last_modified = sq_col_strdup(q, 8);
	s->interval_s = sqlite3_column_int64(q, 9);
	s->next_poll = sqlite3_column_int64(q, 10);
	s->added = sq_col_strdup(q, 11);
	s->last_fetch = sq_col_strdup(q, 12);
	s->last_status = (long)sqlite3_column_int64(q, 13);
	s->last_error = sq_col_strdup(q, 14);
	s->failures = sqlite3_column_int64(q, 15);
	s->entries = sqlite3_column_int64(q, 16);
	s->articles = sqlite3_column_int64(q, 17);
}

int sqlite_subscription_add(struct store *base, const struct subscription_in *s, int64_t *id,
			    int *existed, struct error *err)
{
	/* cached: an OPML import adds thousands in a row */
	static const char add_sql[] =
		"INSERT INTO subscriptions(url, name, kind, tags, allow_private, interval_s) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(url) DO NOTHING";
	static const char id_sql[] = "SELECT id FROM subscriptions WHERE url = ?";
	struct sq_store *st = sq_store_of(base);
	struct buf norm = BUF_INIT;
	sqlite3_stmt *q;
	const char *url;
	int rc, r = 0;

	if (existed)
		*existed = 0;
	if (!s->url || !*s->url)
		return error_set(err, ERR_USAGE, "a source needs a URL");
	/* a URL it cannot normalise is kept as given; memory running out is an error */
	switch (url_normalize(&norm, s->url)) {
	case 0: url = norm.data; break;
	case -ERR_NOMEM: buf_release(&norm); return error_nomem(err);
	default: url = s->url;
	}
	if (sq_cached(st, add_sql, &q, err) < 0) {
		buf_release(&norm);
		return -ERR_DB;
	}
	sq_bind_text(q, 1, url);
	sq_bind_text(q, 2, s->name);
	sq_bind_text(q, 3, s->kind ? s->kind : "feed");
	sq_bind_text(q, 4, s->tags);
	sqlite3_bind_int(q, 5, s->allow_private);
	sqlite3_bind_int64(q, 6, s->interval_s > 0 ? s->interval_s : 3600);
	rc = sqlite3_step(q);
	if (rc != SQLITE_DONE) {
		r = sq_db_error(st, err, "adding source");
		sq_done(q);
		buf_release(&norm);
		return r;
	}
	sq_done(q);
	if (sqlite3_changes(st->db) == 0 && existed)
		*existed = 1;
	if (sq_cached(st, id_sql, &q, err) < 0) {
		buf_release(&norm);
		return -ERR_DB;
	}
	sq_bind_text(q, 1, url);
	if (sqlite3_step(q) == SQLITE_ROW)
		*id = sqlite3_column_int64(q, 0);
	else
		r = sq_db_error(st, err, "adding source");
	sq_done(q);
	buf_release(&norm);
	return r;
}

int sqlite_subscription_get(struct store *base, const char *key, struct subscription *out,
			    struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	struct buf norm = BUF_INIT;
	sqlite3_stmt *q;
	char *end;
	long long id = strtoll(key, &end, 10);
	int rc, r = 0;

	memset(out, 0, sizeof(*out));
	if ((r = store_subscription_key(&norm, key, err)) < 0)
		return r;
	if (sq_prepare(st,
		       "SELECT " STORE_SUBSCRIPTION_COLS
		       " FROM subscriptions s WHERE s.id = ?1 OR s.url = ?2 "
		       "OR s.name = ?3 ORDER BY s.id = ?1 DESC, s.url = ?2 DESC, s.id LIMIT 1",
		       &q, err) < 0) {
		buf_release(&norm);
		return -ERR_DB;
	}
	sqlite3_bind_int64(q, 1, *key && !*end ? id : -1);
	sq_bind_text(q, 2, norm.data);
	sq_bind_text(q, 3, key);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		row_to_sub(q, out);
		if (sq_copies_failed()) {
			subscription_release(out);
			r = error_nomem(err);
		}
	} else if (rc == SQLITE_DONE) {
		r = error_set(err, ERR_NOTFOUND, "no source '%s'", key);
	} else {
		r = sq_db_error(st, err, "finding source");
	}
	sqlite3_finalize(q);
	buf_release(&norm);
	return r;
}

int sqlite_subscription_list(struct store *base, int due_only, int64_t now,
			     struct subscription_list *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *q;
	int r;

	out->items = NULL;
	out->n = 0;
	if (sq_prepare(st,
		       due_only ? "SELECT " STORE_SUBSCRIPTION_COLS
				  " FROM subscriptions s WHERE s.next_poll <= ? "
				  "ORDER BY s.next_poll, s.id"
				: "SELECT " STORE_SUBSCRIPTION_COLS
				  " FROM subscriptions s WHERE ? IS NOT NULL "
				  "ORDER BY s.id",
		       &q, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(q, 1, now);
	r = sq_collect_rows(st, q, &out->items, &out->n, sizeof(*out->items), row_to_sub,
			    "listing sources", err);
	sqlite3_finalize(q);
	if (r)
		subscription_list_release(out);
	return r;
}

int sqlite_subscription_update(struct store *base, const struct subscription *s, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *q;
	if (sq_prepare(st,
		       "UPDATE subscriptions SET title = coalesce(?2, title), etag = ?3, "
		       "last_modified = ?4, interval_s = ?5, next_poll = ?6, "
		       "last_fetch = coalesce(?7, strftime('%Y-%m-%dT%H:%M:%SZ','now')), "
		       "last_status = ?8, last_error = ?9, failures = ?10 WHERE id = ?1",
		       &q, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(q, 1, s->id);
	sq_bind_text(q, 2, s->title);
	sq_bind_text(q, 3, s->etag);
	sq_bind_text(q, 4, s->last_modified);
	sqlite3_bind_int64(q, 5, s->interval_s);
	sqlite3_bind_int64(q, 6, s->next_poll);
	sq_bind_text(q, 7, s->last_fetch);
	sqlite3_bind_int64(q, 8, s->last_status);
	sq_bind_text(q, 9, s->last_error);
	sqlite3_bind_int64(q, 10, s->failures);
	return sq_run(st, q, err, "updating source");
}

int sqlite_subscription_remove(struct store *base, int64_t id, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *q;
	int r;
	if (sq_prepare(st, "DELETE FROM subscriptions WHERE id = ?", &q, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(q, 1, id);
	r = sq_run(st, q, err, "removing source");
	if (r == 0 && sqlite3_changes(st->db) == 0)
		r = error_set(err, ERR_NOTFOUND, "no source %lld", (long long)id);
	return r;
}

int sqlite_fetch_log_add(struct store *base, int64_t subscription_id,
			 const struct fetch_log_entry *e, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *q;
	if (sq_prepare(st,
		       "INSERT INTO fetch_log(subscription_id, url, status, bytes, duration_ms, "
		       "new_items, error) VALUES (?, ?, ?, ?, ?, ?, ?)",
		       &q, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(q, 1, subscription_id);
	sq_bind_text(q, 2, e->url ? e->url : "");
	sqlite3_bind_int64(q, 3, e->status);
	sqlite3_bind_int64(q, 4, e->bytes);
	sqlite3_bind_int64(q, 5, e->duration_ms);
	sqlite3_bind_int64(q, 6, e->new_items);
	sq_bind_text(q, 7, e->error);
	if (sq_run(st, q, err, "writing the fetch log") < 0)
		return -ERR_DB;
	if (sq_prepare(st,
		       "DELETE FROM fetch_log WHERE subscription_id = ?1 AND id <= "
		       "(SELECT id FROM fetch_log WHERE subscription_id = ?1 ORDER BY id DESC "
		       "LIMIT 1 OFFSET 200)",
		       &q, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(q, 1, subscription_id);
	return sq_run(st, q, err, "trimming the fetch log");
}

static void row_to_fetch_log(sqlite3_stmt *q, void *item)
{
	struct fetch_log_row *e = item;
	e->at = sq_col_strdup(q, 0);
	e->url = sq_col_strdup(q, 1);
	e->status = (long)sqlite3_column_int64(q, 2);
	e->bytes = sqlite3_column_int64(q, 3);
	e->duration_ms = sqlite3_column_int64(q, 4);
	e->new_items = sqlite3_column_int64(q, 5);
	e->error = sq_col_strdup(q, 6);
}

int sqlite_fetch_log_list(struct store *base, int64_t subscription_id, size_t limit,
			  struct fetch_log_list *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *q;
	int r;
	out->items = NULL;
	out->n = 0;
	if (sq_prepare(
		    st,
		    "SELECT at, url, status, bytes, duration_ms, new_items, error FROM fetch_log "
		    "WHERE subscription_id = ? ORDER BY id DESC LIMIT ?",
		    &q, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(q, 1, subscription_id);
	sqlite3_bind_int64(q, 2, (sqlite3_int64)limit);
	r = sq_collect_rows(st, q, &out->items, &out->n, sizeof(*out->items), row_to_fetch_log,
			    "reading the fetch log", err);
	sqlite3_finalize(q);
	if (r)
		fetch_log_list_release(out);
	return r;
}

int sqlite_feed_entry_seen(struct store *base, int64_t subscription_id, const char *key,
			   struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *q;
	int rc, r;
	if (sq_prepare(st,
		       "SELECT article_id IS NOT NULL FROM feed_entries WHERE subscription_id = ? "
		       "AND key = ?",
		       &q, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(q, 1, subscription_id);
	sq_bind_text(q, 2, key);
	rc = sqlite3_step(q);
	/* an entry seen but never stored (its page failed) counts as unseen */
	r = rc == SQLITE_ROW    ? sqlite3_column_int(q, 0)
	    : rc == SQLITE_DONE ? 0
				: sq_db_error(st, err, "feed entry");
	sqlite3_finalize(q);
	return r;
}

int sqlite_feed_entry_put(struct store *base, int64_t subscription_id, const char *key,
			  const char *url, int64_t article_id, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *q;
	if (sq_prepare(st,
		       "INSERT INTO feed_entries(subscription_id, key, url, article_id) "
		       "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(subscription_id, key) DO UPDATE SET "
		       "url = excluded.url, article_id = coalesce(excluded.article_id, article_id)",
		       &q, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(q, 1, subscription_id);
	sq_bind_text(q, 2, key);
	sq_bind_text(q, 3, url);
	if (article_id > 0)
		sqlite3_bind_int64(q, 4, article_id);
	else
		sqlite3_bind_null(q, 4);
	return sq_run(st, q, err, "recording feed entry");
}

int64_t sqlite_article_id_by_url(struct store *base, const char *url, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *q;
	int64_t id = 0;
	int rc;
	if (sq_prepare(st, "SELECT id FROM articles WHERE url = ?", &q, err) < 0)
		return -ERR_DB;
	sq_bind_text(q, 1, url);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(q, 0);
	else if (rc != SQLITE_DONE)
		id = sq_db_error(st, err, "finding article");
	sqlite3_finalize(q);
	return id;
}
