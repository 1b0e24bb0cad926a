/*
 * sources.c: subscriptions (what the user follows), the feed entries seen
 * and the fetch log on PostgreSQL (sources.h): the SQLite engine's
 * statements, in PostgreSQL's dialect, over the same tables.
 */
#include "store/postgres/internal.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/url.h"

#include "util/banned.h"

static void row_to_sub(const PGresult *res, int i, struct subscription *s)
{
	memset(s, 0, sizeof(*s));
	s->id = pg_int(res, i, 0);
	s->url = pg_strdup(res, i, 1);
	s->name = pg_strdup(res, i, 2);
	s->kind = pg_strdup(res, i, 3);
	s->tags = pg_strdup(res, i, 4);
	s->title = pg_strdup(res, i, 5);
	s->allow_private = (int)pg_int(res, i, 6);
	s->etag = pg_strdup(res, i, 7);
	s->last_modified = pg_strdup(res, i, 8);
	s->interval_s = pg_int(res, i, 9);
	s->next_poll = pg_int(res, i, 10);
	s->added = pg_strdup(res, i, 11);
	s->last_fetch = pg_strdup(res, i, 12);
	s->last_status = (long)pg_int(res, i, 13);
	s->last_error = pg_strdup(res, i, 14);
	s->failures = pg_int(res, i, 15);
	s->entries = pg_int(res, i, 16);
	s->articles = pg_int(res, i, 17);
}

/* A command's count of rows changed. */
static int64_t changed(PGresult *res)
{
	return strtoll(PQcmdTuples(res), NULL, 10);
}

int pg_subscription_add(struct store *base, const struct subscription_in *s, int64_t *id,
			int *existed, struct error *err)
{
	struct pg_store *st = pg_of(base);
	struct buf norm = BUF_INIT;
	char priv[8], interval[24];
	const char *v[6];
	PGresult *res;

	*id = 0;
	if (existed)
		*existed = 0;
	if (!s->url || !*s->url)
		return error_set(err, ERR_USAGE, "a source needs a URL");
	/* a URL it cannot normalise is kept as given; memory running out is an error */
	switch (url_normalize(&norm, s->url)) {
	case 0: v[0] = norm.data; break;
	case -ERR_NOMEM: buf_release(&norm); return error_nomem(err);
	default: v[0] = s->url;
	}
	v[1] = s->name;
	v[2] = s->kind ? s->kind : "feed";
	v[3] = s->tags;
	snprintf(priv, sizeof(priv), "%d", s->allow_private);
	snprintf(interval, sizeof(interval), "%" PRId64,
		 s->interval_s > 0 ? (int64_t)s->interval_s : (int64_t)3600);
	v[4] = priv;
	v[5] = interval;
	res = pg_query(
		st,
		"INSERT INTO subscriptions(url, name, kind, tags, allow_private, interval_s) "
		"VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (url) DO NOTHING RETURNING id",
		6, v, err);
	if (!res) {
		buf_release(&norm);
		return -ERR_DB;
	}
	if (PQntuples(res)) {
		*id = pg_int(res, 0, 0);
		PQclear(res);
		buf_release(&norm);
		return 0;
	}
	PQclear(res);
	if (existed)
		*existed = 1;
	res = pg_query(st, "SELECT id FROM subscriptions WHERE url = $1", 1, v, err);
	buf_release(&norm);
	if (!res)
		return -ERR_DB;
	if (!PQntuples(res)) {
		PQclear(res);
		return error_set(err, ERR_DB, "adding source: the row vanished");
	}
	*id = pg_int(res, 0, 0);
	PQclear(res);
	return 0;
}

int pg_subscription_get(struct store *base, const char *key, struct subscription *out,
			struct error *err)
{
	struct buf norm = BUF_INIT;
	char ids[24];
	const char *v[3];
	PGresult *res;
	char *end;
	long long id = strtoll(key, &end, 10);
	int r;

	memset(out, 0, sizeof(*out));
	if ((r = store_subscription_key(&norm, key, err)) < 0)
		return r;
	snprintf(ids, sizeof(ids), "%lld", *key && !*end ? id : -1);
	v[0] = ids;
	v[1] = norm.data;
	v[2] = key;
	res = pg_query(pg_of(base),
		       "SELECT " STORE_SUBSCRIPTION_COLS
		       " FROM subscriptions s WHERE s.id = $1 OR s.url = $2 "
		       "OR s.name = $3 ORDER BY s.id = $1 DESC, s.url = $2 DESC, s.id LIMIT 1",
		       3, v, err);
	buf_release(&norm);
	if (!res)
		return -ERR_DB;
	if (!PQntuples(res)) {
		PQclear(res);
		return error_set(err, ERR_NOTFOUND, "no source '%s'", key);
	}
	row_to_sub(res, 0, out);
	PQclear(res);
	if ((r = pg_copy_error(err)) < 0)
		subscription_release(out);
	return r;
}

int pg_subscription_list(struct store *base, int due_only, int64_t now,
			 struct subscription_list *out, struct error *err)
{
	char ns[24];
	const char *v[1] = { ns };
	PGresult *res;
	int i, rows;

	memset(out, 0, sizeof(*out));
	snprintf(ns, sizeof(ns), "%" PRId64, now);
	res = pg_query(pg_of(base),
		       due_only ? "SELECT " STORE_SUBSCRIPTION_COLS
				  " FROM subscriptions s WHERE s.next_poll <= $1 "
				  "ORDER BY s.next_poll, s.id"
				: "SELECT " STORE_SUBSCRIPTION_COLS
				  " FROM subscriptions s WHERE $1::bigint IS NOT "
				  "NULL ORDER BY s.id",
		       1, v, err);
	if ((rows = pg_rows(res, &out->items, sizeof(*out->items), err)) < 0)
		return rows;
	for (i = 0; i < rows; i++)
		row_to_sub(res, i, &out->items[out->n++]);
	PQclear(res);
	if ((rows = pg_copy_error(err)) < 0)
		subscription_list_release(out);
	return rows < 0 ? rows : 0;
}

int pg_subscription_update(struct store *base, const struct subscription *s, struct error *err)
{
	char ids[24], interval[24], next[24], status[24], failures[24];
	const char *v[10];
	PGresult *res;

	snprintf(ids, sizeof(ids), "%" PRId64, s->id);
	snprintf(interval, sizeof(interval), "%" PRId64, (int64_t)s->interval_s);
	snprintf(next, sizeof(next), "%" PRId64, (int64_t)s->next_poll);
	snprintf(status, sizeof(status), "%ld", (long)s->last_status);
	snprintf(failures, sizeof(failures), "%" PRId64, (int64_t)s->failures);
	v[0] = ids;
	v[1] = s->title;
	v[2] = s->etag;
	v[3] = s->last_modified;
	v[4] = interval;
	v[5] = next;
	v[6] = s->last_fetch;
	v[7] = status;
	v[8] = s->last_error;
	v[9] = failures;
	res = pg_query(pg_of(base),
		       "UPDATE subscriptions SET title = coalesce($2, title), etag = $3, "
		       "last_modified = $4, interval_s = $5, next_poll = $6, "
		       "last_fetch = coalesce($7, to_char(now() AT TIME ZONE 'UTC', "
		       "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')), "
		       "last_status = $8, last_error = $9, failures = $10 WHERE id = $1",
		       10, v, err);
	if (!res)
		return -ERR_DB;
	PQclear(res);
	return 0;
}

int pg_subscription_remove(struct store *base, int64_t id, struct error *err)
{
	char ids[24];
	const char *v[1] = { ids };
	PGresult *res;
	int64_t n;

	snprintf(ids, sizeof(ids), "%" PRId64, id);
	if (!(res = pg_query(pg_of(base), "DELETE FROM subscriptions WHERE id = $1", 1, v, err)))
		return -ERR_DB;
	n = changed(res);
	PQclear(res);
	return n ? 0 : error_set(err, ERR_NOTFOUND, "no source %" PRId64, id);
}

int pg_fetch_log_add(struct store *base, int64_t subscription_id, const struct fetch_log_entry *e,
		     struct error *err)
{
	char sub[24], status[24], bytes[24], ms[24], items[24];
	const char *v[7];
	PGresult *res;

	snprintf(sub, sizeof(sub), "%" PRId64, subscription_id);
	snprintf(status, sizeof(status), "%ld", (long)e->status);
	snprintf(bytes, sizeof(bytes), "%" PRId64, (int64_t)e->bytes);
	snprintf(ms, sizeof(ms), "%" PRId64, (int64_t)e->duration_ms);
	snprintf(items, sizeof(items), "%" PRId64, (int64_t)e->new_items);
	v[0] = sub;
	v[1] = e->url ? e->url : "";
	v[2] = status;
	v[3] = bytes;
	v[4] = ms;
	v[5] = items;
	v[6] = e->error;
	if (!(res = pg_query(pg_of(base),
			     "INSERT INTO fetch_log(subscription_id, url, status, bytes, "
			     "duration_ms, new_items, error) VALUES ($1, $2, $3, $4, $5, $6, $7)",
			     7, v, err)))
		return -ERR_DB;
	PQclear(res);
	/* the newest 200 entries of a subscription are kept */
	if (!(res = pg_query(pg_of(base),
			     "DELETE FROM fetch_log WHERE subscription_id = $1 AND id <= "
			     "(SELECT id FROM fetch_log WHERE subscription_id = $1 ORDER BY id "
			     "DESC LIMIT 1 OFFSET 200)",
			     1, v, err)))
		return -ERR_DB;
	PQclear(res);
	return 0;
}

int pg_fetch_log_list(struct store *base, int64_t subscription_id, size_t limit,
		      struct fetch_log_list *out, struct error *err)
{
	static const char sql[] =
		"SELECT at, url, status, bytes, duration_ms, new_items, error FROM fetch_log "
		"WHERE subscription_id = $1 ORDER BY id DESC LIMIT $2";
	char sub[24], lim[24];
	const char *v[2] = { sub, lim };
	PGresult *res;
	int i, rows;

	memset(out, 0, sizeof(*out));
	snprintf(sub, sizeof(sub), "%" PRId64, subscription_id);
	snprintf(lim, sizeof(lim), "%zu", limit);
	if ((rows = pg_query_rows(pg_of(base), sql, 2, v, &res, &out->items, sizeof(*out->items),
				  err)) < 0)
		return rows;
	for (i = 0; i < rows; i++) {
		struct fetch_log_row *e = &out->items[out->n++];
		e->at = pg_strdup(res, i, 0);
		e->url = pg_strdup(res, i, 1);
		e->status = (long)pg_int(res, i, 2);
		e->bytes = pg_int(res, i, 3);
		e->duration_ms = pg_int(res, i, 4);
		e->new_items = pg_int(res, i, 5);
		e->error = pg_strdup(res, i, 6);
	}
	PQclear(res);
	if ((rows = pg_copy_error(err)) < 0)
		fetch_log_list_release(out);
	return rows < 0 ? rows : 0;
}

int pg_feed_entry_seen(struct store *base, int64_t subscription_id, const char *key,
		       struct error *err)
{
	static const char sql[] = "SELECT article_id IS NOT NULL FROM feed_entries "
				  "WHERE subscription_id = $1 AND key = $2";
	char sub[24];
	const char *v[2] = { sub, key };
	PGresult *res;
	int r;

	snprintf(sub, sizeof(sub), "%" PRId64, subscription_id);
	if (!(res = pg_cached(pg_of(base), sql, 2, v, NULL, NULL, err)))
		return -ERR_DB;
	/* an entry seen but never stored (its page failed) counts as unseen */
	r = PQntuples(res) && !strcmp(PQgetvalue(res, 0, 0), "t");
	PQclear(res);
	return r;
}

int pg_feed_entry_put(struct store *base, int64_t subscription_id, const char *key, const char *url,
		      int64_t article_id, struct error *err)
{
	static const char sql[] =
		"INSERT INTO feed_entries(subscription_id, key, url, article_id) "
		"VALUES ($1, $2, $3, $4) ON CONFLICT (subscription_id, key) DO UPDATE SET "
		"url = EXCLUDED.url, article_id = coalesce(EXCLUDED.article_id, "
		"feed_entries.article_id)";
	char sub[24], art[24];
	const char *v[4] = { sub, key, url, article_id > 0 ? art : NULL };
	PGresult *res;

	snprintf(sub, sizeof(sub), "%" PRId64, subscription_id);
	snprintf(art, sizeof(art), "%" PRId64, article_id);
	if (!(res = pg_cached(pg_of(base), sql, 4, v, NULL, NULL, err)))
		return -ERR_DB;
	PQclear(res);
	return 0;
}
