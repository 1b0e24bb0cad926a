/*
 * groups.c: fingerprints and syndication groups on PostgreSQL, the rows
 * corpus/syndication.c reads and writes to find copies (groups.h).
 *
 * The tables are the SQLite engine's (schema.c): keys filed in fp_keys
 * under the time bucket of the article's date, so that a store migrated
 * from SQLite keeps its keys where this engine looks for them. Unlike the
 * SQLite engine, keys are written at once, inside the caller's
 * transaction: the server sees them there and a rollback drops them, and
 * each lookup is one statement for all of an article's keys.
 */
#include "store/postgres/internal.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/fingerprint.h"
#include "util/array.h"
#include "util/buf.h"
#include "util/date.h"

#include "util/banned.h"

/* ---- the time bucket ---- */

/* Days a bucket spans: the SQLite engine's FP_BUCKET_DAYS (groups.c there says why). */
#define FP_BUCKET_DAYS 32

/*
 * SQLite's CAST(julianday(substr(s, 1, 10)) AS INTEGER) for a date
 * "YYYY-MM-DD...", -1 for anything else: the whole Julian day before noon
 * of that date, days past a month's end counted on as SQLite does.
 */
static int64_t julian_day(const char *s)
{
	int y, m, d;
	size_t i;

	if (!s || strlen(s) < 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	/* 1970-01-01 is Julian day 2440587 */
	return date_days_from_civil(y, m, d) + 2440587;
}

/* The bucket of an article dated `published`, else `added`, as the SQLite engine files it. */
static int64_t bucket_of(const char *published, const char *added)
{
	int64_t jd = julian_day(published);
	if (jd < 0)
		jd = julian_day(added);
	return jd < 0 ? 0 : jd / FP_BUCKET_DAYS;
}

/* `n` keys as a PostgreSQL array literal of bigint ("{1,-2,...}"). */
static int keys_array(struct buf *out, const uint64_t *keys, size_t n)
{
	size_t i;
	buf_reset(out);
	buf_putc(out, '{');
	for (i = 0; i < n; i++)
		buf_putf(out, "%s%" PRId64, i ? "," : "", (int64_t)keys[i]);
	buf_putc(out, '}');
	return buf_error(out) < 0 || !out->data ? -1 : 0;
}

/* A bytea column (hex text) decoded; NULL when empty or out of memory. */
static unsigned char *bytea_of(const PGresult *res, int row, int col, size_t *len)
{
	*len = 0;
	if (PQgetisnull(res, row, col))
		return NULL;
	return PQunescapeBytea((const unsigned char *)PQgetvalue(res, row, col), len);
}

/* ---- fingerprints ---- */

int pg_fingerprint_put(struct store *base, int64_t article_id, const struct fingerprint *fp,
		       struct error *err)
{
	static const char old_sql[] =
		"SELECT a.published, a.added, f.keys, f.bucket FROM articles a "
		"LEFT JOIN fingerprints f ON f.article_id = a.id WHERE a.id = $1";
	static const char del_sql[] = "DELETE FROM fp_keys WHERE bucket = $1 AND article_id = $2 "
				      "AND key = ANY($3::bigint[])";
	static const char put_sql[] =
		"INSERT INTO fingerprints(article_id, exact, words, keys, sample, bucket) "
		"VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (article_id) DO UPDATE SET "
		"exact = EXCLUDED.exact, words = EXCLUDED.words, keys = EXCLUDED.keys, "
		"sample = EXCLUDED.sample, bucket = EXCLUDED.bucket";
	static const char keys_sql[] =
		"INSERT INTO fp_keys(bucket, key, article_id) SELECT $1, k, $3 "
		"FROM unnest($2::bigint[]) k ON CONFLICT DO NOTHING";
	struct pg_store *st = pg_of(base);
	char ids[24], bs[24], exact[24], words[24];
	const char *v[6];
	int len[6] = { 0 }, fmt[6] = { 0 };
	struct buf arr = BUF_INIT;
	PGresult *res;
	int64_t bucket;
	int r = -ERR_DB;

	snprintf(ids, sizeof(ids), "%" PRId64, article_id);
	v[0] = ids;
	if (!(res = pg_cached(st, old_sql, 1, v, NULL, NULL, err)))
		return -ERR_DB;
	if (!PQntuples(res)) {
		PQclear(res);
		return error_set(err, ERR_DB, "article %" PRId64 " has no row to fingerprint",
				 article_id);
	}
	bucket = bucket_of(PQgetisnull(res, 0, 0) ? NULL : PQgetvalue(res, 0, 0),
			   PQgetvalue(res, 0, 1));
	/* fingerprinted before (its text or date changed): its old keys go */
	if (!PQgetisnull(res, 0, 2)) {
		size_t n;
		unsigned char *old = bytea_of(res, 0, 2, &n);
		PGresult *d;
		if (!old && n) {
			PQclear(res);
			return error_nomem(err);
		}
		snprintf(bs, sizeof(bs), "%s", PQgetvalue(res, 0, 3));
		if (keys_array(&arr, (const uint64_t *)(void *)old, n / sizeof(uint64_t)) < 0) {
			PQfreemem(old);
			PQclear(res);
			buf_release(&arr);
			return error_nomem(err);
		}
		PQfreemem(old);
		v[0] = bs;
		v[1] = ids;
		v[2] = arr.data;
		if (!(d = pg_cached(st, del_sql, 3, v, NULL, NULL, err))) {
			PQclear(res);
			goto done;
		}
		PQclear(d);
	}
	PQclear(res);
	snprintf(bs, sizeof(bs), "%" PRId64, bucket);
	snprintf(exact, sizeof(exact), "%" PRId64, (int64_t)fp->exact);
	snprintf(words, sizeof(words), "%zu", fp->words);
	v[0] = ids;
	v[1] = exact;
	v[2] = words;
	v[3] = (const char *)fp->keys;
	len[3] = (int)(fp->nkeys * sizeof(uint64_t));
	fmt[3] = 1;
	v[4] = (const char *)fp->sample;
	len[4] = (int)(fp->nsample * sizeof(uint32_t));
	fmt[4] = 1;
	v[5] = bs;
	if (!(res = pg_cached(st, put_sql, 6, v, len, fmt, err)))
		goto done;
	PQclear(res);
	if (keys_array(&arr, fp->keys, fp->nkeys) < 0) {
		r = error_nomem(err);
		goto done;
	}
	v[0] = bs;
	v[1] = arr.data;
	v[2] = ids;
	if (!(res = pg_cached(st, keys_sql, 3, v, NULL, NULL, err)))
		goto done;
	PQclear(res);
	st->fp_article = article_id;
	st->fp_bucket = bucket;
	r = 0;
done:
	buf_release(&arr);
	return r;
}

/* The candidates kept by shared keys, at most (as the SQLite engine's FP_MAX_CANDIDATES). */
#define FP_MAX_CANDIDATES 24

static struct fp_candidate *cand_add(struct fp_candidates *c, size_t *alloc, int64_t id)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		if (c->items[i].article_id == id)
			return &c->items[i];
	if (ARRAY_GROW(c->items, c->n, *alloc) < 0)
		return NULL;
	memset(&c->items[c->n], 0, sizeof(c->items[0]));
	c->items[c->n].article_id = id;
	return &c->items[c->n++];
}

/*
 * Run `sql` and add the article of each row (column 0) to `out`. Column 1
 * is, for `links` 0, the keys it shares with the article; else the link:
 * 1 the same text, 2 an attribution either way.
 */
static MUST_CHECK int add_candidates(struct pg_store *st, const char *sql, int n,
				     const char *const *v, int links, struct fp_candidates *out,
				     size_t *alloc, struct error *err)
{
	PGresult *res = pg_cached(st, sql, n, v, NULL, NULL, err);
	int row, rows;

	if (!res)
		return -ERR_DB;
	rows = PQntuples(res);
	for (row = 0; row < rows; row++) {
		struct fp_candidate *c = cand_add(out, alloc, pg_int(res, row, 0));
		int64_t x;
		if (!c) {
			PQclear(res);
			return error_nomem(err);
		}
		x = pg_int(res, row, 1);
		if (!links)
			c->shared_keys = (size_t)x;
		else if (x == 1)
			c->same_exact = 1;
		else
			c->attributed = 1;
	}
	PQclear(res);
	return 0;
}

int pg_fingerprint_candidates(struct store *base, int64_t self, const struct fingerprint *fp,
			      size_t min_shared, size_t limit, struct fp_candidates *out,
			      struct error *err)
{
	/*
	 * Shared keys, counted per article in the article's bucket and the two
	 * beside it, reading at most `limit` postings (the newest) a key and
	 * bucket: the SQLite engine's lookups, as one statement.
	 */
	static const char keys_sql[] =
		"SELECT k.article_id, count(*) FROM unnest($1::bigint[]) AS q(key) "
		"CROSS JOIN generate_series($2::bigint - 1, $2::bigint + 1) AS b(bucket) "
		"CROSS JOIN LATERAL (SELECT f.article_id FROM fp_keys f WHERE f.bucket = b.bucket "
		"AND f.key = q.key ORDER BY f.article_id DESC LIMIT $3) k "
		"WHERE k.article_id <> $4 GROUP BY k.article_id HAVING count(*) >= $5 "
		"ORDER BY count(*) DESC, k.article_id DESC LIMIT $6";
	/* the same text (1), or attribution either way (2) */
	static const char link_sql[] =
		"(SELECT article_id, 1 FROM fingerprints WHERE $1::bigint <> 0 AND exact = $2 "
		"AND article_id <> $3 LIMIT $4) "
		"UNION ALL (SELECT o.id, 2 FROM articles a JOIN articles o ON o.url = "
		"a.original_url WHERE a.id = $3 AND o.id <> $3) "
		"UNION ALL (SELECT c.id, 2 FROM articles a JOIN articles c ON c.original_url = "
		"a.url WHERE a.id = $3 AND c.id <> $3 LIMIT 64)";
	static const char sample_sql[] = "SELECT article_id, words, sample FROM fingerprints WHERE "
					 "article_id = ANY($1::bigint[])";
	struct pg_store *st = pg_of(base);
	char bs[24], lim[24], selfs[24], mins[24], maxs[24], words[24], exact[24];
	const char *v[6];
	struct buf arr = BUF_INIT;
	PGresult *res = NULL;
	size_t alloc = 0, i;
	int64_t bucket;
	int rows, row, r = -ERR_DB;

	memset(out, 0, sizeof(*out));
	if (st->fp_article == self) {
		bucket = st->fp_bucket;
	} else {
		snprintf(selfs, sizeof(selfs), "%" PRId64, self);
		v[0] = selfs;
		if (!(res = pg_query(st, "SELECT published, added FROM articles WHERE id = $1", 1,
				     v, err)))
			return -ERR_DB;
		if (!PQntuples(res)) {
			PQclear(res);
			return error_set(err, ERR_NOTFOUND, "no article %" PRId64, self);
		}
		bucket = bucket_of(PQgetisnull(res, 0, 0) ? NULL : PQgetvalue(res, 0, 0),
				   PQgetvalue(res, 0, 1));
		PQclear(res);
		res = NULL;
	}
	if (keys_array(&arr, fp->keys, fp->nkeys) < 0) {
		buf_release(&arr);
		return error_nomem(err);
	}
	snprintf(bs, sizeof(bs), "%" PRId64, bucket);
	snprintf(lim, sizeof(lim), "%zu", limit);
	snprintf(selfs, sizeof(selfs), "%" PRId64, self);
	snprintf(mins, sizeof(mins), "%zu", min_shared);
	snprintf(maxs, sizeof(maxs), "%d", FP_MAX_CANDIDATES);
	v[0] = arr.data;
	v[1] = bs;
	v[2] = lim;
	v[3] = selfs;
	v[4] = mins;
	v[5] = maxs;
	if ((r = add_candidates(st, keys_sql, 6, v, 0, out, &alloc, err)) < 0)
		goto done;
	snprintf(words, sizeof(words), "%zu", fp->words);
	snprintf(exact, sizeof(exact), "%" PRId64, (int64_t)fp->exact);
	v[0] = words;
	v[1] = exact;
	v[2] = selfs;
	v[3] = lim;
	if ((r = add_candidates(st, link_sql, 4, v, 1, out, &alloc, err)) < 0)
		goto done;
	r = -ERR_DB;
	if (!out->n) {
		r = 0;
		goto done;
	}
	/* each candidate's sample, to compare */
	buf_reset(&arr);
	for (i = 0; i < out->n; i++)
		buf_putf(&arr, "%s%" PRId64, i ? "," : "{", out->items[i].article_id);
	buf_putc(&arr, '}');
	if (buf_error(&arr) < 0) {
		r = error_nomem(err);
		goto done;
	}
	v[0] = arr.data;
	if (!(res = pg_cached(st, sample_sql, 1, v, NULL, NULL, err)))
		goto done;
	rows = PQntuples(res);
	for (row = 0; row < rows; row++) {
		int64_t id = pg_int(res, row, 0);
		for (i = 0; i < out->n && out->items[i].article_id != id; i++)
			;
		if (i < out->n) {
			struct fp_candidate *c = &out->items[i];
			size_t n;
			unsigned char *s = bytea_of(res, row, 2, &n);
			c->words = (size_t)pg_int(res, row, 1);
			if (!s && !PQgetisnull(res, row, 2)) {
				r = error_nomem(err);
				goto done;
			}
			if (n >= sizeof(uint32_t)) {
				c->nsample = n / sizeof(uint32_t);
				if (!(c->sample = malloc(c->nsample * sizeof(uint32_t)))) {
					PQfreemem(s);
					r = error_nomem(err);
					goto done;
				}
				memcpy(c->sample, s, c->nsample * sizeof(uint32_t));
			}
			PQfreemem(s);
		}
	}
	r = 0;
done:
	PQclear(res);
	buf_release(&arr);
	if (r)
		fp_candidates_release(out);
	return r;
}

/* ---- syndication groups ---- */

static int one_id(char *out, size_t n, int64_t id)
{
	return snprintf(out, n, "%" PRId64, id);
}

int pg_group_members(struct store *base, int64_t a, int64_t b, struct group_members *out,
		     struct error *err)
{
	static const char sql[] =
		"SELECT a.id, a.url, a.original_url, a.published, a.word_count, y.group_id "
		"FROM syndication y JOIN articles a ON a.id = y.article_id "
		"WHERE y.group_id IN ($1, $2) ORDER BY a.id LIMIT 2000";
	char as[24], bs[24];
	const char *v[2] = { as, bs };
	PGresult *res;
	int i, rows;

	memset(out, 0, sizeof(*out));
	one_id(as, sizeof(as), a);
	one_id(bs, sizeof(bs), b ? b : a);
	res = pg_cached(pg_of(base), sql, 2, v, NULL, NULL, err);
	if ((rows = pg_rows(res, &out->items, sizeof(*out->items), err)) < 0)
		return rows;
	for (i = 0; i < rows; i++) {
		struct group_member *m = &out->items[out->n++];
		m->article_id = pg_int(res, i, 0);
		m->url = pg_strdup(res, i, 1);
		m->original_url = pg_strdup(res, i, 2);
		m->published = pg_strdup(res, i, 3);
		m->word_count = pg_int(res, i, 4);
		m->group_id = pg_int(res, i, 5);
	}
	PQclear(res);
	if ((rows = pg_copy_error(err)) < 0)
		group_members_release(out);
	return rows < 0 ? rows : 0;
}

int pg_group_credits(struct store *base, int64_t group_id, const char *url, int64_t *count,
		     struct error *err)
{
	static const char sql[] =
		"SELECT count(*) FROM articles a JOIN syndication y "
		"ON y.article_id = a.id WHERE a.original_url = $1 AND y.group_id = $2";
	char gs[24];
	const char *v[2] = { url, gs };
	PGresult *res;

	*count = 0;
	if (!url)
		return 0;
	one_id(gs, sizeof(gs), group_id);
	if (!(res = pg_cached(pg_of(base), sql, 2, v, NULL, NULL, err)))
		return -ERR_DB;
	*count = pg_int(res, 0, 0);
	PQclear(res);
	return 0;
}

int pg_group_move(struct store *base, int64_t from, int64_t to, struct error *err)
{
	static const char sql[] = "UPDATE syndication SET group_id = $2 WHERE group_id = $1";
	char fs[24], ts[24];
	const char *v[2] = { fs, ts };
	PGresult *res;

	one_id(fs, sizeof(fs), from);
	one_id(ts, sizeof(ts), to);
	if (!(res = pg_cached(pg_of(base), sql, 2, v, NULL, NULL, err)))
		return -ERR_DB;
	PQclear(res);
	return 0;
}

int pg_group_member_get(struct store *base, int64_t article_id, struct group_member *m,
			struct error *err)
{
	static const char sql[] =
		"SELECT a.url, a.original_url, a.published, a.word_count, coalesce(y.group_id, 0) "
		"FROM articles a LEFT JOIN syndication y ON y.article_id = a.id WHERE a.id = $1";
	char ids[24];
	const char *v[1] = { ids };
	PGresult *res;
	int r;

	memset(m, 0, sizeof(*m));
	one_id(ids, sizeof(ids), article_id);
	if (!(res = pg_cached(pg_of(base), sql, 1, v, NULL, NULL, err)))
		return -ERR_DB;
	if (!PQntuples(res)) {
		PQclear(res);
		return error_set(err, ERR_NOTFOUND, "no article %" PRId64, article_id);
	}
	m->article_id = article_id;
	m->url = pg_strdup(res, 0, 0);
	m->original_url = pg_strdup(res, 0, 1);
	m->published = pg_strdup(res, 0, 2);
	m->word_count = pg_int(res, 0, 3);
	m->group_id = pg_int(res, 0, 4);
	PQclear(res);
	if ((r = pg_copy_error(err)) < 0)
		group_member_release(m);
	return r;
}

int pg_group_set(struct store *base, int64_t article_id, int64_t group_id, double similarity,
		 struct error *err)
{
	static const char sql[] =
		"INSERT INTO syndication(article_id, group_id, similarity) VALUES ($1, $2, $3) "
		"ON CONFLICT (article_id) DO UPDATE SET group_id = EXCLUDED.group_id, "
		"similarity = coalesce(EXCLUDED.similarity, syndication.similarity)";
	char ids[24], gs[24], sim[40];
	const char *v[3] = { ids, gs, similarity >= 0 ? sim : NULL };
	PGresult *res;

	one_id(ids, sizeof(ids), article_id);
	one_id(gs, sizeof(gs), group_id);
	snprintf(sim, sizeof(sim), "%.17g", similarity);
	if (!(res = pg_cached(pg_of(base), sql, 3, v, NULL, NULL, err)))
		return -ERR_DB;
	PQclear(res);
	return 0;
}
