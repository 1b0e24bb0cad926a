/*
 * groups.c: fingerprints and syndication groups: the candidate
 * copies of an article, and which group each article belongs to. The
 * tables are created by store_schema_search in search.c.
 */
#include <stdlib.h>
#include <string.h>

#include "analyse/fingerprint.h"
#include "store/sqlite/internal.h"
#include "store/store.h"
#include "util/array.h"
#include "util/hash.h"

#include "util/banned.h"

/*
 * ---- the article just added ----
 *
 * Grouping an article added a moment ago read its row back four times
 * (its dates, its URLs for attribution, itself as a group member) and
 * looked for a fingerprint and a group it could not have yet. Inside the caller's transaction store_article_put notes it as st->fresh
 * instead.
 */
void sq_fresh_clear(struct sq_store *st)
{
	free(st->fresh.url);
	free(st->fresh.original_url);
	free(st->fresh.published);
	memset(&st->fresh, 0, sizeof(st->fresh));
}

void sq_fresh_note(struct sq_store *st, int64_t id, const struct article_in *a)
{
	sq_fresh_clear(st);
	st->fresh.url = strdup(a->url);
	st->fresh.original_url = a->original_url ? strdup(a->original_url) : NULL;
	st->fresh.published = a->published ? strdup(a->published) : NULL;
	if (!st->fresh.url || (a->original_url && !st->fresh.original_url) ||
	    (a->published && !st->fresh.published)) {
		sq_fresh_clear(st); /* read back then, as for any other article */
		return;
	}
	st->fresh.id = id;
	st->fresh.word_count = a->word_count;
}

/* ---- fingerprints ---- */

/*
 * Near-copy keys are filed under a time bucket of FP_BUCKET_DAYS days of
 * the article's date (published, else added), and an article looks for
 * candidates in its own bucket and the two beside it: copies published
 * within FP_BUCKET_DAYS of each other are always compared, within twice
 * that sometimes. Filed by key alone, each stored article wrote 32 keys
 * at random places of one large index, and each batch's commit rewrote a
 * page for nearly every key, so storing was mostly writing index pages.
 * Under a bucket, a day's news writes into one
 * small, cached region. Exact copies and attributed copies ("Read more")
 * are found at any distance in time.
 */
#define FP_BUCKET_DAYS 32
#define FP_STR2(x)     #x
#define FP_STR(x)      FP_STR2(x)
#define FP_BUCKET_SQL                                                                              \
	"CAST(coalesce(julianday(substr(a.published, 1, 10)), julianday(substr(a.added, 1, 10)), " \
	"0) AS INTEGER) / " FP_STR(FP_BUCKET_DAYS)

static MUST_CHECK int64_t fp_bucket(struct sq_store *st, int64_t article_id, struct error *err)
{
	static const char sql[] = "SELECT " FP_BUCKET_SQL " FROM articles a WHERE a.id = ?";
	sqlite3_stmt *s;
	int64_t b = -ERR_DB;
	int r;
	if ((r = sq_cached(st, sql, &s, err)) < 0)
		return r;
	sqlite3_bind_int64(s, 1, article_id);
	if (sqlite3_step(s) == SQLITE_ROW)
		b = sqlite3_column_int64(s, 0);
	else
		error_set(err, ERR_DB, "article %lld has no row to fingerprint",
			  (long long)article_id);
	sq_done(s);
	return b;
}

/*
 * ---- which keys a bucket holds, in memory ----
 *
 * Most of an article's 48 key lookups find nothing, or only the article
 * itself, and they are much of what grouping costs. Once a store has
 * grouped FP_FILTER_AFTER articles (a bulk load, not a single
 * `brief add`), it reads each bucket it looks in once
 * and keeps its keys in a hash set, each with the one article filed under
 * it (or "several"); a key the set lacks, or holds for the asking article
 * alone, needs no lookup. The set may hold keys no longer in fp_keys (a
 * rolled-back insert, a deleted article): that only costs a lookup. It
 * must never miss one: keys this connection files are added as filed, and
 * when another connection has committed to the database (PRAGMA
 * data_version) every set is dropped and read again when needed.
 */
#define FP_FILTER_AFTER 256        /* articles grouped before sets are read */
#define FP_FILTER_SETS  32         /* buckets kept, least recently used out */
#define FP_FILTER_KEYS  (4u << 20) /* keys kept in all, about 128 MiB at most */
#define FP_SEVERAL      INT64_MIN  /* a key filed for more than one article */

struct fp_slot {
	uint64_t key; /* 0: empty (key 0 itself is fp_set.zero) */
	int64_t article_id;
};

struct fp_set {
	int64_t bucket;
	struct fp_slot *slots;
	size_t cap, n; /* cap: a power of two, or 0 when unused */
	int64_t zero;  /* article filed under key 0, 0 if none */
	uint64_t used; /* when last looked in */
};

struct fp_filter {
	struct fp_set sets[FP_FILTER_SETS];
	size_t keys; /* in all sets */
	int64_t data_version;
	uint64_t tick;
	uint64_t grouped; /* articles this store has looked up */
	/* keys read into sets, and lookups the sets saved: see fp_filter_load */
	uint64_t read, saved;
};

static void fp_pending_free(struct sq_store *st);

void sq_fp_filter_free(struct sq_store *st)
{
	size_t i;
	fp_pending_free(st);
	if (!st->fpf)
		return;
	for (i = 0; i < FP_FILTER_SETS; i++)
		free(st->fpf->sets[i].slots);
	free(st->fpf);
	st->fpf = NULL;
}

static void fp_set_drop(struct fp_filter *f, struct fp_set *set)
{
	f->keys -= set->n + (set->zero != 0);
	free(set->slots);
	memset(set, 0, sizeof(*set));
}

static size_t fp_hash(uint64_t key, size_t cap)
{
	return (size_t)hash_mix64(key) & (cap - 1);
}

static struct fp_slot *fp_set_find(struct fp_set *set, uint64_t key)
{
	size_t i = fp_hash(key, set->cap);
	while (set->slots[i].key && set->slots[i].key != key)
		i = (i + 1) & (set->cap - 1);
	return &set->slots[i];
}

/* Note `article_id` under `key`; 0 when done, -1 out of memory (the set is then dropped). */
static int fp_set_add(struct fp_filter *f, struct fp_set *set, uint64_t key, int64_t article_id)
{
	struct fp_slot *sl;
	if (!key) {
		if (!set->zero)
			f->keys++;
		set->zero = set->zero && set->zero != article_id ? FP_SEVERAL : article_id;
		return 0;
	}
	if ((set->n + 1) * 10 > set->cap * 7) {
		struct fp_set grown = *set;
		size_t i;
		grown.cap = set->cap ? set->cap * 2 : 1024;
		if (!(grown.slots = calloc(grown.cap, sizeof(*grown.slots)))) {
			fp_set_drop(f, set);
			return -1;
		}
		for (i = 0; i < set->cap; i++)
			if (set->slots[i].key)
				*fp_set_find(&grown, set->slots[i].key) = set->slots[i];
		free(set->slots);
		*set = grown;
	}
	sl = fp_set_find(set, key);
	if (!sl->key) {
		sl->key = key;
		sl->article_id = article_id;
		set->n++;
		f->keys++;
	} else if (sl->article_id != article_id) {
		sl->article_id = FP_SEVERAL;
	}
	return 0;
}

/* The set of `bucket` if it is kept, else NULL. */
static struct fp_set *fp_set_of(struct fp_filter *f, int64_t bucket)
{
	size_t i;
	if (!f)
		return NULL;
	for (i = 0; i < FP_FILTER_SETS; i++)
		if (f->sets[i].cap && f->sets[i].bucket == bucket)
			return &f->sets[i];
	return NULL;
}

/* File `key` of `article_id` in the kept set of `bucket`, if any. */
static void fp_filter_note(struct sq_store *st, int64_t bucket, uint64_t key, int64_t article_id)
{
	struct fp_set *set = fp_set_of(st->fpf, bucket);
	if (!set)
		return;
	if (st->fpf->keys >= FP_FILTER_KEYS)
		fp_set_drop(st->fpf, set); /* looked up again, like a bucket too large to keep */
	else
		fp_set_add(st->fpf, set, key, article_id);
}

/* Drop every set if another connection has written the database since they were read. */
static MUST_CHECK int fp_filter_check(struct sq_store *st, struct error *err)
{
	sqlite3_stmt *s;
	int64_t v = 0;
	size_t i;
	if (sq_cached(st, "PRAGMA main.data_version", &s, err) < 0)
		return -ERR_DB;
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sq_done(s);
	if (v != st->fpf->data_version) {
		for (i = 0; i < FP_FILTER_SETS; i++)
			if (st->fpf->sets[i].cap)
				fp_set_drop(st->fpf, &st->fpf->sets[i]);
		st->fpf->data_version = v;
	}
	return 0;
}

/*
 * The set of `bucket`, read from fp_keys if it is not kept; NULL when the
 * bucket has too many keys to keep (or memory ran out): look it up then.
 */
static struct fp_set *fp_filter_load(struct sq_store *st, int64_t bucket)
{
	struct fp_filter *f = st->fpf;
	struct fp_set *set = fp_set_of(f, bucket), *lru = NULL;
	sqlite3_stmt *s;
	size_t i;
	int full = 0, rc;

	if (set) {
		set->used = ++f->tick;
		return set;
	}
	/*
	 * Reading a key costs a fraction of looking one up. Articles in
	 * date order read each bucket once and save tens of lookups an
	 * article; articles scattered over years would read sets that save
	 * little before they are dropped. Past the first million keys, read
	 * no more than four for each lookup saved so far.
	 */
	if (f->read > 4 * f->saved + (1u << 20))
		return NULL;
	for (i = 0; i < FP_FILTER_SETS; i++)
		if (!lru || (lru->cap && (!f->sets[i].cap || f->sets[i].used < lru->used)))
			lru = &f->sets[i];
	if (lru->cap)
		fp_set_drop(f, lru);
	set = lru;
	set->bucket = bucket;
	set->used = ++f->tick;
	if (sq_cached(st, "SELECT key, article_id FROM fp_keys WHERE bucket = ?", &s, NULL) < 0) {
		memset(set, 0, sizeof(*set));
		return NULL;
	}
	sqlite3_bind_int64(s, 1, bucket);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		f->read++;
		if (f->keys >= FP_FILTER_KEYS ||
		    fp_set_add(f, set, (uint64_t)sqlite3_column_int64(s, 0),
			       sqlite3_column_int64(s, 1)) < 0) {
			full = 1;
			break;
		}
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		full = 1; /* read part way: a partial set would skip lookups it needs */
	sq_done(s);
	if (!set->cap && !full) {
		/* an empty bucket still needs its table to be "kept" */
		set->slots = calloc(1024, sizeof(*set->slots));
		if (set->slots)
			set->cap = 1024;
		else
			full = 1;
	}
	if (full) {
		if (set->cap || set->zero)
			fp_set_drop(f, set);
		return NULL;
	}
	return set;
}

/* Whether `key` needs a lookup for `self` in the bucket of `set`: filed there for another article. */
static int fp_set_needs_lookup(struct fp_set *set, uint64_t key, int64_t self)
{
	int64_t who;
	if (!set)
		return 1;
	if (key) {
		struct fp_slot *sl = fp_set_find(set, key);
		who = sl->key ? sl->article_id : 0;
	} else {
		who = set->zero;
	}
	return who != 0 && who != self;
}

/*
 * ---- keys filed in the open transaction, in memory until it commits ----
 *
 * An article's 16 keys land at random places of its bucket in fp_keys:
 * filed one article at a time, each insert would walk a B-tree whose pages
 * had left the CPU's caches since the last article, and filing keys would
 * take much of the storing thread's time in a large load. Inside a
 * caller's transaction (store_begin) the keys wait here and are filed in
 * key order when it commits, where neighbouring inserts share their pages.
 * Grouping reads them from here meanwhile (fp_pending_find); a rollback
 * drops them with the rows they belonged to.
 */
#define FP_PENDING_MAX (1u << 18) /* keys held before they are filed anyway (10 MiB) */

struct fp_row {
	int64_t bucket;
	uint64_t key;
	int64_t article_id;
	uint32_t next; /* 1 + the next row of the same (bucket, key) in its chain; 0: none */
};

struct fp_pending {
	struct fp_row *rows;
	size_t n, cap;
	uint32_t *heads; /* 2 * cap chains by (bucket, key): 1 + a row, 0: empty */
};

static size_t fp_row_hash(int64_t bucket, uint64_t key, size_t nheads)
{
	return fp_hash(key ^ ((uint64_t)bucket * 0x9e3779b97f4a7c15ULL), nheads);
}

static void fp_pending_free(struct sq_store *st)
{
	if (st->fpp) {
		free(st->fpp->rows);
		free(st->fpp->heads);
		free(st->fpp);
		st->fpp = NULL;
	}
}

void sq_fp_pending_drop(struct sq_store *st)
{
	if (st->fpp && st->fpp->n) {
		st->fpp->n = 0;
		memset(st->fpp->heads, 0, 2 * st->fpp->cap * sizeof(*st->fpp->heads));
	}
}

static int cmp_fp_row(const void *a, const void *b)
{
	const struct fp_row *x = a, *y = b;
	if (x->bucket != y->bucket)
		return x->bucket < y->bucket ? -1 : 1;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->article_id < y->article_id ? -1 : x->article_id > y->article_id;
}

#define FP_ROW   "(?, ?, ?)"
#define FP_ROWS4 FP_ROW ", " FP_ROW ", " FP_ROW ", " FP_ROW
_Static_assert(FP_KEYS == 16, "fp_ins_all_sql has 16 rows");
/* FP_KEYS keys in one statement, not a statement's overhead for each key. */
static const char fp_ins_all_sql[] =
	"INSERT OR IGNORE INTO fp_keys(bucket, key, article_id) VALUES " FP_ROWS4 ", " FP_ROWS4
	", " FP_ROWS4 ", " FP_ROWS4;
static const char fp_ins_sql[] =
	"INSERT OR IGNORE INTO fp_keys(bucket, key, article_id) VALUES (?, ?, ?)";

int sq_fp_pending_flush(struct sq_store *st, struct error *err)
{
	struct fp_pending *p = st->fpp;
	sqlite3_stmt *all = NULL, *one = NULL;
	size_t i = 0;
	int r = 0;

	if (!p || !p->n)
		return 0;
	/* no transaction: it ended in an error, and the rows the keys were for with it */
	if (sqlite3_get_autocommit(st->db)) {
		sq_fp_pending_drop(st);
		return 0;
	}
	qsort(p->rows, p->n, sizeof(*p->rows), cmp_fp_row);
	if (p->n >= FP_KEYS && sq_cached(st, fp_ins_all_sql, &all, err) < 0)
		return -ERR_DB;
	for (; !r && p->n - i >= FP_KEYS; i += FP_KEYS) {
		size_t j;
		for (j = 0; j < FP_KEYS; j++) {
			const struct fp_row *w = &p->rows[i + j];
			sqlite3_bind_int64(all, 3 * (int)j + 1, w->bucket);
			sqlite3_bind_int64(all, 3 * (int)j + 2, (sqlite3_int64)w->key);
			sqlite3_bind_int64(all, 3 * (int)j + 3, w->article_id);
		}
		if (sqlite3_step(all) != SQLITE_DONE)
			r = sq_db_error(st, err, "storing fingerprint keys");
		sqlite3_reset(all);
	}
	if (all)
		sq_done(all);
	if (!r && i < p->n && sq_cached(st, fp_ins_sql, &one, err) < 0)
		r = -ERR_DB;
	for (; !r && i < p->n; i++) {
		sqlite3_bind_int64(one, 1, p->rows[i].bucket);
		sqlite3_bind_int64(one, 2, (sqlite3_int64)p->rows[i].key);
		sqlite3_bind_int64(one, 3, p->rows[i].article_id);
		if (sqlite3_step(one) != SQLITE_DONE)
			r = sq_db_error(st, err, "storing fingerprint keys");
		sqlite3_reset(one);
	}
	if (one)
		sq_done(one);
	/* filed or not: on an error the caller rolls the transaction back */
	sq_fp_pending_drop(st);
	return r;
}

/* Hold one key of `article_id` until the transaction commits; 0, or <0 (nothing held). */
static MUST_CHECK int fp_pending_add(struct sq_store *st, int64_t bucket, uint64_t key,
				     int64_t article_id, struct error *err)
{
	struct fp_pending *p = st->fpp;
	struct fp_row *w;
	size_t h;

	if (!p && !(p = st->fpp = calloc(1, sizeof(*p))))
		return error_nomem(err);
	if (p->n == FP_PENDING_MAX) {
		int r = sq_fp_pending_flush(st, err);
		if (r < 0)
			return r;
	}
	if (p->n == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 4096, i;
		struct fp_row *rows = realloc(p->rows, cap * sizeof(*rows));
		uint32_t *heads;
		if (!rows)
			return error_nomem(err);
		p->rows = rows;
		if (!(heads = calloc(2 * cap, sizeof(*heads))))
			return error_nomem(err);
		free(p->heads);
		p->heads = heads;
		p->cap = cap;
		for (i = 0; i < p->n; i++) {
			h = fp_row_hash(rows[i].bucket, rows[i].key, 2 * cap);
			rows[i].next = heads[h];
			heads[h] = (uint32_t)(i + 1);
		}
	}
	w = &p->rows[p->n];
	w->bucket = bucket;
	w->key = key;
	w->article_id = article_id;
	h = fp_row_hash(bucket, key, 2 * p->cap);
	w->next = p->heads[h];
	p->heads[h] = (uint32_t)(++p->n);
	return 0;
}

/* Rows held for (bucket, key): the first, then fp_pending_next; NULL at the end. */
static const struct fp_row *fp_pending_find(const struct fp_pending *p, int64_t bucket,
					    uint64_t key)
{
	uint32_t at;
	if (!p || !p->n)
		return NULL;
	for (at = p->heads[fp_row_hash(bucket, key, 2 * p->cap)]; at; at = p->rows[at - 1].next)
		if (p->rows[at - 1].bucket == bucket && p->rows[at - 1].key == key)
			return &p->rows[at - 1];
	return NULL;
}

static const struct fp_row *fp_pending_next(const struct fp_pending *p, const struct fp_row *w)
{
	uint32_t at;
	for (at = w->next; at; at = p->rows[at - 1].next)
		if (p->rows[at - 1].bucket == w->bucket && p->rows[at - 1].key == w->key)
			return &p->rows[at - 1];
	return NULL;
}

enum fp_write { FP_REMOVE, FP_FILE, FP_HOLD };

/*
 * File `n` keys of `article_id` under `bucket` now (FP_FILE), or once the
 * caller's transaction commits (FP_HOLD; now when there is none), or
 * remove them (FP_REMOVE).
 */
static MUST_CHECK int fp_keys_write(struct sq_store *st, int64_t article_id, int64_t bucket,
				    const unsigned char *keys, size_t n, enum fp_write how,
				    struct error *err)
{
	static const char del_sql[] =
		"DELETE FROM fp_keys WHERE bucket = ? AND key = ? AND article_id = ?";
	sqlite3_stmt *s;
	size_t i;
	int r = 0, all;

	if (how == FP_HOLD && !sqlite3_get_autocommit(st->db)) {
		for (i = 0; i < n && !r; i++) {
			uint64_t key;
			memcpy(&key, keys + i * sizeof(uint64_t), sizeof(key));
			r = fp_pending_add(st, bucket, key, article_id, err);
			if (!r)
				fp_filter_note(st, bucket, key, article_id);
		}
		return r;
	}
	/* keys held for this article would come back after the removal */
	if (how == FP_REMOVE && (r = sq_fp_pending_flush(st, err)) < 0)
		return r;
	all = how != FP_REMOVE && n == FP_KEYS;
	if (sq_cached(st,
		      all                ? fp_ins_all_sql
		      : how == FP_REMOVE ? del_sql
					 : fp_ins_sql,
		      &s, err) < 0)
		return -ERR_DB;
	for (i = 0; i < n && !r; i++) {
		uint64_t key;
		int at = all ? 3 * (int)i : 0;
		memcpy(&key, keys + i * sizeof(uint64_t), sizeof(key));
		sqlite3_bind_int64(s, at + 1, bucket);
		sqlite3_bind_int64(s, at + 2, (sqlite3_int64)key);
		sqlite3_bind_int64(s, at + 3, article_id);
		if (how != FP_REMOVE)
			fp_filter_note(st, bucket, key, article_id);
		if (all && i + 1 < n)
			continue;
		if (sqlite3_step(s) != SQLITE_DONE)
			r = sq_db_error(st, err, "storing fingerprint keys");
		sqlite3_reset(s);
	}
	sq_done(s);
	return r;
}

int sqlite_fingerprint_put(struct store *base, int64_t article_id, const struct fingerprint *fp,
			   struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char old_sql[] = "SELECT keys, bucket FROM fingerprints WHERE article_id = ?";
	/*
	 * Plain INSERT or UPDATE, never REPLACE or upserts: those need a
	 * statement journal, a cost of its own, and where a transaction writes
	 * the full-text index its savepoint makes SQLite 3.40's FTS5 flush its
	 * pending terms (see migrations.c).
	 */
	static const char ins_sql[] = "INSERT INTO fingerprints(article_id, exact, words, keys, "
				      "sample, bucket) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
	static const char upd_sql[] = "UPDATE fingerprints SET exact = ?2, words = ?3, keys = ?4, "
				      "sample = ?5, bucket = ?6 WHERE article_id = ?1";
	sqlite3_stmt *s;
	int64_t bucket;
	int r = 0, had = 0, fresh = st->fresh.id == article_id && !st->fresh.fingerprinted;

	if ((bucket = fp_bucket(st, article_id, err)) < 0)
		return -ERR_DB;
	/* an article fingerprinted before (its text or date changed): drop its old keys */
	if (!fresh) {
		if (sq_cached(st, old_sql, &s, err) < 0)
			return -ERR_DB;
		sqlite3_bind_int64(s, 1, article_id);
		if (sqlite3_step(s) == SQLITE_ROW) {
			had = 1;
			r = fp_keys_write(st, article_id, sqlite3_column_int64(s, 1),
					  sqlite3_column_blob(s, 0),
					  (size_t)sqlite3_column_bytes(s, 0) / sizeof(uint64_t),
					  FP_REMOVE, err);
		}
		sq_done(s);
		if (r)
			return r;
	}
	if (sq_cached(st, had ? upd_sql : ins_sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, article_id);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)fp->exact);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)fp->words);
	sqlite3_bind_blob(s, 4, fp->keys, (int)(fp->nkeys * sizeof(uint64_t)), SQLITE_STATIC);
	sqlite3_bind_blob(s, 5, fp->sample, (int)(fp->nsample * sizeof(uint32_t)), SQLITE_STATIC);
	sqlite3_bind_int64(s, 6, bucket);
	if (sqlite3_step(s) != SQLITE_DONE)
		r = sq_db_error(st, err, "storing fingerprint");
	sq_done(s);
	if (r)
		return r;
	if (st->fresh.id == article_id)
		st->fresh.fingerprinted = 1;
	st->fp_last_article = article_id;
	st->fp_last_bucket = bucket;
	return fp_keys_write(st, article_id, bucket, (const unsigned char *)fp->keys, fp->nkeys,
			     FP_HOLD, err);
}

int store_fp_rekey(struct sq_store *st, struct error *err)
{
	static const char sql[] = "SELECT f.article_id, f.keys, " FP_BUCKET_SQL
				  " FROM fingerprints f JOIN articles a ON a.id = f.article_id";
	sqlite3_stmt *s, *u;
	int r = 0, rc = SQLITE_DONE;

	if (sq_prepare(st, sql, &s, err) < 0)
		return -ERR_DB;
	if (sq_prepare(st, "UPDATE fingerprints SET bucket = ? WHERE article_id = ?", &u, err) <
	    0) {
		sqlite3_finalize(s);
		return -ERR_DB;
	}
	while (!r && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0), bucket = sqlite3_column_int64(s, 2);
		r = fp_keys_write(st, id, bucket, sqlite3_column_blob(s, 1),
				  (size_t)sqlite3_column_bytes(s, 1) / sizeof(uint64_t), FP_FILE,
				  err);
		sqlite3_bind_int64(u, 1, bucket);
		sqlite3_bind_int64(u, 2, id);
		if (!r && sqlite3_step(u) != SQLITE_DONE)
			r = sq_db_error(st, err, "filing fingerprints by date");
		sqlite3_reset(u);
	}
	if (!r && rc != SQLITE_DONE)
		r = sq_db_error(st, err, "reading fingerprints");
	sqlite3_finalize(s);
	sqlite3_finalize(u);
	return r;
}

/*
 * The candidates of one article, found by id through a hash of their
 * indices: a linear search showed in the storing thread's profile, where a
 * frequent key brings up to `limit` articles.
 */
struct cand_set {
	struct fp_candidates *c;
	size_t alloc;
	uint32_t *slots; /* 1 + an index into c->items; 0: empty */
	size_t cap;      /* a power of two, over twice c->n */
};

static int cand_index(struct cand_set *cs)
{
	size_t i, cap = 64;
	while (cap < 4 * (cs->c->n + 1))
		cap *= 2;
	if (cap != cs->cap) {
		uint32_t *slots = calloc(cap, sizeof(*slots));
		if (!slots)
			return -1;
		free(cs->slots);
		cs->slots = slots;
		cs->cap = cap;
	} else {
		memset(cs->slots, 0, cap * sizeof(*cs->slots));
	}
	for (i = 0; i < cs->c->n; i++) {
		size_t h = fp_hash((uint64_t)cs->c->items[i].article_id, cap);
		while (cs->slots[h])
			h = (h + 1) & (cap - 1);
		cs->slots[h] = (uint32_t)(i + 1);
	}
	return 0;
}

static struct fp_candidate *cand_add(struct cand_set *cs, int64_t id)
{
	struct fp_candidates *c = cs->c;
	struct fp_candidate *x;
	size_t h;

	if (2 * (c->n + 1) > cs->cap && cand_index(cs) < 0)
		return NULL;
	for (h = fp_hash((uint64_t)id, cs->cap); cs->slots[h]; h = (h + 1) & (cs->cap - 1))
		if (c->items[cs->slots[h] - 1].article_id == id)
			return &c->items[cs->slots[h] - 1];
	if (ARRAY_GROW(c->items, c->n, cs->alloc) < 0)
		return NULL;
	x = &c->items[c->n++];
	memset(x, 0, sizeof(*x));
	x->article_id = id;
	cs->slots[h] = (uint32_t)c->n;
	return x;
}

#define FP_MAX_CANDIDATES 24

static int cmp_shared_desc(const void *a, const void *b)
{
	const struct fp_candidate *x = a, *y = b;
	if (x->shared_keys != y->shared_keys)
		return x->shared_keys < y->shared_keys ? 1 : -1;
	return x->article_id < y->article_id ? 1 : x->article_id > y->article_id ? -1 : 0;
}

int sqlite_fingerprint_candidates(struct store *base, int64_t self, const struct fingerprint *fp,
				  size_t min_shared, size_t limit, struct fp_candidates *out,
				  struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *s;
	struct fp_set *sets[3] = { NULL, NULL, NULL };
	struct cand_set cs = { out, 0, NULL, 0 };
	size_t i, j;
	int64_t bucket;
	int r = 0, rc;

	out->items = NULL;
	out->n = 0;
	bucket = st->fp_last_article == self ? st->fp_last_bucket : fp_bucket(st, self, err);
	if (bucket < 0)
		return -ERR_DB;
	/*
	 * keys: count shared keys per article in the article's bucket and the
	 * two beside it, reading at most `limit` postings (the newest) a key.
	 * One lookup per bucket and key: with `bucket IN (...)` each run built
	 * a temporary B-tree to sort by article.
	 */
	if (!st->fpf && !(st->fpf = calloc(1, sizeof(*st->fpf))))
		return error_nomem(err);
	if (++st->fpf->grouped >= FP_FILTER_AFTER) {
		if (fp_filter_check(st, err) < 0)
			return -ERR_DB;
		/* a set read from fp_keys must hold the keys still waiting to be filed */
		for (i = 0; i < 3; i++)
			if (!fp_set_of(st->fpf, bucket - 1 + (int64_t)i) &&
			    (r = sq_fp_pending_flush(st, err)) < 0)
				return r;
		for (i = 0; i < 3; i++)
			sets[i] = fp_filter_load(st, bucket - 1 + (int64_t)i);
	}
	if (sq_cached(st,
		      "SELECT article_id FROM fp_keys WHERE bucket = ?1 AND key = ?2 "
		      "ORDER BY article_id DESC LIMIT ?3",
		      &s, err) < 0)
		return -ERR_DB;
	for (i = 0; i < fp->nkeys * 3 && !r; i++) {
		int64_t b = bucket - 1 + (int64_t)(i % 3);
		const struct fp_row *w;
		size_t held = 0;
		if (!fp_set_needs_lookup(sets[i % 3], fp->keys[i / 3], self)) {
			st->fpf->saved++;
			continue;
		}
		/* the keys held for this transaction are the newest postings */
		for (w = fp_pending_find(st->fpp, b, fp->keys[i / 3]); w && held < limit && !r;
		     w = fp_pending_next(st->fpp, w)) {
			struct fp_candidate *c;
			held++;
			if (w->article_id == self)
				continue;
			if (!(c = cand_add(&cs, w->article_id)))
				r = error_nomem(err);
			else
				c->shared_keys++;
		}
		if (r || held == limit)
			continue;
		sqlite3_bind_int64(s, 1, b);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)fp->keys[i / 3]);
		sqlite3_bind_int64(s, 3, (sqlite3_int64)(limit - held));
		while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			int64_t id = sqlite3_column_int64(s, 0);
			struct fp_candidate *c;
			if (id == self)
				continue;
			if (!(c = cand_add(&cs, id))) {
				r = error_nomem(err);
				break;
			}
			c->shared_keys++;
		}
		if (!r && rc != SQLITE_DONE)
			r = sq_db_error(st, err, "finding candidates");
		sqlite3_reset(s);
	}
	sq_done(s);
	/*
	 * Keep those with enough shared keys, the most first, and at most
	 * FP_MAX_CANDIDATES: a story copied hundreds of times would otherwise
	 * have every copy's sample read and compared, while its best-matching
	 * members already say which group it is. Exact and attribution
	 * matches join below.
	 */
	for (i = j = 0; i < out->n; i++)
		if (out->items[i].shared_keys >= min_shared)
			out->items[j++] = out->items[i];
	out->n = j;
	if (out->n > FP_MAX_CANDIDATES) {
		qsort(out->items, out->n, sizeof(out->items[0]), cmp_shared_desc);
		out->n = FP_MAX_CANDIDATES;
	}
	if (r)
		goto fail;
	if (cand_index(&cs) < 0) {
		r = error_nomem(err);
		goto fail;
	}

	if (fp->words) {
		if (sq_cached(st,
			      "SELECT article_id FROM fingerprints WHERE exact = ? "
			      "AND article_id != ? LIMIT ?",
			      &s, err) < 0)
			goto fail;
		sqlite3_bind_int64(s, 1, (sqlite3_int64)fp->exact);
		sqlite3_bind_int64(s, 2, self);
		sqlite3_bind_int64(s, 3, (sqlite3_int64)limit);
		while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			struct fp_candidate *c = cand_add(&cs, sqlite3_column_int64(s, 0));
			if (!c) {
				r = error_nomem(err);
				break;
			}
			c->same_exact = 1;
		}
		if (!r && rc != SQLITE_DONE)
			r = sq_db_error(st, err, "finding exact copies");
		sq_done(s);
		if (r)
			goto fail;
	}
	/* attribution: self credits another article, or another credits self */
	{
		static const char *const attr_sql[] = {
			"SELECT o.id FROM articles a JOIN articles o ON o.url = a.original_url "
			"WHERE a.id = ?1 AND o.id != ?1",
			"SELECT c.id FROM articles a JOIN articles c ON c.original_url = a.url "
			"WHERE a.id = ?1 AND c.id != ?1 LIMIT 64",
		};
		/* the same for the article just added, whose URLs are known */
		static const char *const fresh_sql[] = {
			"SELECT id FROM articles WHERE url = ?2 AND id != ?1",
			"SELECT id FROM articles WHERE original_url = ?2 AND id != ?1 LIMIT 64",
		};
		int fresh = st->fresh.id == self;
		for (j = 0; j < 2 && !r; j++) {
			const char *url = j ? st->fresh.url : st->fresh.original_url;
			if (fresh && !url)
				continue; /* credits nobody */
			if (sq_cached(st, fresh ? fresh_sql[j] : attr_sql[j], &s, err) < 0)
				goto fail;
			sqlite3_bind_int64(s, 1, self);
			if (fresh)
				sq_bind_text(s, 2, url);
			while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
				struct fp_candidate *c = cand_add(&cs, sqlite3_column_int64(s, 0));
				if (!c) {
					r = error_nomem(err);
					break;
				}
				c->attributed = 1;
			}
			if (!r && rc != SQLITE_DONE)
				r = sq_db_error(st, err, "finding attributed copies");
			sq_done(s);
		}
		if (r)
			goto fail;
	}

	/* load each candidate's sample */
	if (sq_cached(st, "SELECT words, sample FROM fingerprints WHERE article_id = ?", &s, err) <
	    0)
		goto fail;
	for (i = 0; i < out->n && !r; i++) {
		struct fp_candidate *c = &out->items[i];
		sqlite3_bind_int64(s, 1, c->article_id);
		if (sqlite3_step(s) == SQLITE_ROW) {
			const void *blob = sqlite3_column_blob(s, 1);
			size_t n = (size_t)sqlite3_column_bytes(s, 1) / sizeof(uint32_t);
			c->words = (size_t)sqlite3_column_int64(s, 0);
			if (n) {
				c->sample = malloc(n * sizeof(uint32_t));
				if (!c->sample)
					r = error_nomem(err);
				else
					memcpy(c->sample, blob, n * sizeof(uint32_t));
				c->nsample = n;
			}
		}
		sqlite3_reset(s);
	}
	sq_done(s);
	if (r)
		goto fail;
	free(cs.slots);
	return 0;
fail:
	free(cs.slots);
	fp_candidates_release(out);
	return r ? r : -ERR_DB;
}

/* ---- syndication groups ---- */

int sqlite_group_of(struct store *base, int64_t article_id, int64_t *group_id, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *s;
	int rc;
	*group_id = 0;
	if (sq_cached(st, "SELECT group_id FROM syndication WHERE article_id = ?", &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, article_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*group_id = sqlite3_column_int64(s, 0);
	sq_done(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return sq_db_error(st, err, "reading group");
	return 0;
}

static void row_to_member(sqlite3_stmt *s, void *item)
{
	struct group_member *m = item;
	m->article_id = sqlite3_column_int64(s, 0);
	m->url = sq_col_strdup(s, 1);
	m->original_url = sq_col_strdup(s, 2);
	m->published = sq_col_strdup(s, 3);
	m->word_count = sqlite3_column_int64(s, 4);
	m->group_id = sqlite3_column_int64(s, 5);
}

int sqlite_group_members(struct store *base, int64_t a, int64_t b, struct group_members *out,
			 struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *s;
	int r;

	out->items = NULL;
	out->n = 0;
	if (sq_cached(st,
		      "SELECT a.id, a.url, a.original_url, a.published, a.word_count, y.group_id "
		      "FROM syndication y JOIN articles a ON a.id = y.article_id "
		      "WHERE y.group_id IN (?1, ?2) ORDER BY a.id LIMIT 2000",
		      &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b ? b : a);
	r = sq_collect_rows(st, s, &out->items, &out->n, sizeof(*out->items), row_to_member,
			    "reading group members", err);
	sq_done(s);
	if (r)
		group_members_release(out);
	return r;
}

int sqlite_group_credits(struct store *base, int64_t group_id, const char *url, int64_t *count,
			 struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char sql[] =
		"SELECT count(*) FROM articles a JOIN syndication y "
		"ON y.article_id = a.id WHERE a.original_url = ? AND y.group_id = ?";
	sqlite3_stmt *s;
	int r = 0;
	*count = 0;
	if (!url)
		return 0;
	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	sq_bind_text(s, 1, url);
	sqlite3_bind_int64(s, 2, group_id);
	if (sqlite3_step(s) == SQLITE_ROW)
		*count = sqlite3_column_int64(s, 0);
	else
		r = sq_db_error(st, err, "counting credits");
	sq_done(s);
	return r;
}

int sqlite_group_move(struct store *base, int64_t from, int64_t to, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	/*
	 * Row by row: one UPDATE of many rows needs a statement journal, as
	 * REPLACE does (sqlite_fingerprint_put says why the store takes none).
	 */
	static const char sel_sql[] = "SELECT article_id FROM syndication WHERE group_id = ?";
	static const char upd_sql[] = "UPDATE syndication SET group_id = ? WHERE article_id = ?";
	sqlite3_stmt *s;
	int64_t *ids;
	size_t n, i;
	int r;

	if (sq_cached(st, sel_sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, from);
	r = sq_collect_ids(st, s, &ids, &n, "reading group", err);
	if (!r && n) {
		if (sq_cached(st, upd_sql, &s, err) < 0) {
			free(ids);
			return -ERR_DB;
		}
		for (i = 0; !r && i < n; i++) {
			sqlite3_bind_int64(s, 1, to);
			sqlite3_bind_int64(s, 2, ids[i]);
			if (sqlite3_step(s) != SQLITE_DONE)
				r = sq_db_error(st, err, "moving group");
			sqlite3_reset(s);
		}
		sq_done(s);
	}
	free(ids);
	return r;
}

int sqlite_group_member_get(struct store *base, int64_t article_id, struct group_member *m,
			    struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char sql[] =
		"SELECT a.url, a.original_url, a.published, a.word_count, coalesce(y.group_id, 0) "
		"FROM articles a LEFT JOIN syndication y ON y.article_id = a.id WHERE a.id = ?";
	sqlite3_stmt *s;
	int rc, r = 0;

	memset(m, 0, sizeof(*m));
	if (st->fresh.id == article_id && !st->fresh.grouped) {
		m->article_id = article_id;
		m->url = strdup(st->fresh.url);
		m->original_url = st->fresh.original_url ? strdup(st->fresh.original_url) : NULL;
		m->published = st->fresh.published ? strdup(st->fresh.published) : NULL;
		m->word_count = st->fresh.word_count;
		if (m->url && !m->original_url == !st->fresh.original_url &&
		    !m->published == !st->fresh.published)
			return 0;
		group_member_release(m);
		return error_nomem(err);
	}
	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, article_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		m->article_id = article_id;
		m->url = sq_col_strdup(s, 0);
		m->original_url = sq_col_strdup(s, 1);
		m->published = sq_col_strdup(s, 2);
		m->word_count = sqlite3_column_int64(s, 3);
		m->group_id = sqlite3_column_int64(s, 4);
		if (sq_copies_failed()) {
			group_member_release(m);
			r = error_nomem(err);
		}
	} else if (rc == SQLITE_DONE) {
		r = error_set(err, ERR_NOTFOUND, "no article %lld", (long long)article_id);
	} else {
		r = sq_db_error(st, err, "reading article");
	}
	sq_done(s);
	return r;
}

int sqlite_group_set(struct store *base, int64_t article_id, int64_t group_id, double similarity,
		     struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	/* UPDATE, else INSERT: an upsert would need a statement journal (see above) */
	static const char upd_sql[] =
		"UPDATE syndication SET group_id = ?2, similarity = coalesce(?3, similarity) "
		"WHERE article_id = ?1";
	static const char ins_sql[] =
		"INSERT INTO syndication(article_id, group_id, similarity) VALUES (?1, ?2, ?3)";
	sqlite3_stmt *s;
	int pass, r = 0;

	/* the article just added has no row yet: no UPDATE to miss */
	for (pass = st->fresh.id == article_id && !st->fresh.grouped; pass < 2; pass++) {
		if (sq_cached(st, pass ? ins_sql : upd_sql, &s, err) < 0)
			return -ERR_DB;
		sqlite3_bind_int64(s, 1, article_id);
		sqlite3_bind_int64(s, 2, group_id);
		if (similarity >= 0)
			sqlite3_bind_double(s, 3, similarity);
		else
			sqlite3_bind_null(s, 3);
		if (sqlite3_step(s) != SQLITE_DONE)
			r = sq_db_error(st, err, "storing group");
		sq_done(s);
		if (r || sqlite3_changes(st->db) > 0)
			break;
	}
	if (!r && st->fresh.id == article_id)
		st->fresh.grouped = 1;
	return r;
}
