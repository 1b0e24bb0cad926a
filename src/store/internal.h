/*
 * internal.h: what the files of src/store/ share and nobody else sees:
 * the store itself and small SQLite helpers. Each helper that can fail
 * fills `err` and returns a negative code, like the rest of libbrief.
 */
#ifndef BRIEF_STORE_INTERNAL_H
#define BRIEF_STORE_INTERNAL_H

#include <sqlite3.h>
#include <stdint.h>
#include <zstd.h>

#include "store/store.h"

#define STORE_STMT_CACHE 48

struct store {
	sqlite3 *db;
	char *path;
	/*
	 * One zstd context for every document stored unprepared, made at the
	 * first: one made per page more than doubles the cost of compressing
	 * it.
	 */
	ZSTD_CCtx *zc;
	unsigned char *zbuf; /* its output, kept between documents */
	size_t zcap;
	/* the time bucket store_fingerprint_put filed the last article under */
	int64_t fp_last_article, fp_last_bucket;
	/*
	 * The article store_article_put added last inside the caller's
	 * transaction, so that grouping it next reads none of it back
	 * (groups.c); id 0: none. It has no fingerprint and no group until
	 * the flags say so. Forgotten at the transaction's end.
	 */
	struct {
		int64_t id, word_count;
		char *url, *original_url, *published;
		int fingerprinted, grouped;
	} fresh;
	/* the keys of the buckets grouping looked in lately (groups.c) */
	struct fp_filter *fpf;
	/* near-copy keys waiting for the transaction's commit to be filed (groups.c) */
	struct fp_pending *fpp;
	/* the full-text index (index.c): its writer, and the last entry logged for it */
	struct index_writer *ix;
	int index_async;  /* indexed by a writer thread (not for a memory database) */
	int index_behind; /* indexing on this connection failed: try again before reading */
	int64_t index_logged;
	int64_t index_lag_max; /* 0: INDEX_LAG_MAX (tests set less) */
	/* main's checkpoints (checkpoint.c): their thread, once started */
	struct checkpointer *ck;
	int ck_failed; /* it could not start: checkpoint on this connection */
	int ck_frames; /* main's log frames that start one; 0: CKPT_FRAMES (tests set less) */
	/* prepared statements kept for the hot paths (see sq_cached) */
	struct {
		const char *sql;
		sqlite3_stmt *stmt;
	} cache[STORE_STMT_CACHE];
};

int sq_db_error(struct store *st, struct error *err, const char *what);

/*
 * Compress a page of `len` bytes as documents.body into *out (grown as
 * needed, *cap its size; *outlen bytes) with the context *cc, which is made
 * at the first call and kept for the next (ZSTD_freeCCtx frees it). body.c.
 */
int sq_body_compress(ZSTD_CCtx **cc, const void *page, size_t len, unsigned char **out, size_t *cap,
		     size_t *outlen, struct error *err);
/*
 * Start a write transaction on main only: BEGIN IMMEDIATE would also lock
 * the attached index file, which the index writer writes meanwhile.
 */
int sq_begin(struct store *st, struct error *err);

/* ---- main's checkpoints (checkpoint.c) ---- */
/* Checkpoint main's log mostly on a thread of its own from now on (st->path set); 0. */
int sq_checkpoints_init(struct store *st);
/* Stop that thread; the connection's own close checkpoints the rest. */
void sq_checkpoints_stop(struct store *st);

/* ---- the full-text index (index.c) ---- */
/* Attach PATH-search as `search`, build it if new, apply what the log holds. */
int sq_index_open(struct store *st, const char *path, int new_db, struct error *err);
/* Note in main.search_log that an article changed, with its old values if any. */
int sq_index_log(struct store *st, int64_t article_id, const char *old_title, const char *old_text,
		 struct error *err);
/*
 * After a commit: have what was logged indexed (by the writer thread),
 * waiting first while the writer is over INDEX_LAG_MAX entries behind.
 */
int sq_index_committed(struct store *st, struct error *err);
/* Entries committed and not indexed yet, as the writer last told. */
int64_t sq_index_lag(struct store *st);
/* Wait until everything this store committed is in the index. */
int sq_index_wait(struct store *st, struct error *err);
/* Stop the writer once it has indexed everything committed. */
void sq_index_close(struct store *st);
/* Free the kept fingerprint key sets and the keys waiting to be filed (groups.c). */
void sq_fp_filter_free(struct store *st);
/* File the near-copy keys held for the open transaction, before it commits (groups.c). */
int sq_fp_pending_flush(struct store *st, struct error *err);
/* Forget them: the transaction rolled back. */
void sq_fp_pending_drop(struct store *st);
/* Note the article just added inside the caller's transaction as st->fresh (groups.c). */
void sq_fresh_note(struct store *st, const struct article *a);
/* Forget st->fresh: the transaction ends, or the article changed again. */
void sq_fresh_clear(struct store *st);
/* Schema step 5's data part: file every fingerprint's keys under its time bucket (groups.c). */
int store_fp_rekey(struct store *st, struct error *err);
/* Run SQL without results (several statements allowed). */
int sq_exec(struct store *st, const char *sql, struct error *err);
int sq_prepare(struct store *st, const char *sql, sqlite3_stmt **stmt, struct error *err);
/* Bind a string, or NULL when `v` is NULL. */
void sq_bind_text(sqlite3_stmt *s, int i, const char *v);
/*
 * A prepared statement for `sql`, kept across calls: `sql` must be a string
 * constant (it is looked up by address). Give it back with sq_done, never
 * finalize it. Preparing the same SQL for every stored article was a
 * tenth of the store's time.
 */
int sq_cached(struct store *st, const char *sql, sqlite3_stmt **stmt, struct error *err);
void sq_done(sqlite3_stmt *stmt);
/* The connection's FTS5 API (tokenizers, auxiliary functions), or NULL. */
fts5_api *sq_fts5_api(struct store *st);

/* Heap copy of a text column, NULL for SQL NULL. */
char *sq_col_strdup(sqlite3_stmt *s, int i);
/* First column of the first row of `sql` with one text parameter: 0 when
 * there is no row, negative on error. */
int64_t sq_lookup_id(struct store *st, const char *sql, const char *key, struct error *err);

/* Columns for sq_row_to_article, with %s standing for the text column
 * (a.text, or NULL when listing), over "articles a LEFT JOIN sources s
 * ON s.id = a.source_id LEFT JOIN documents d ON d.id = a.document_id". */
/*
 * The order of "newest first": by publication date, articles without one
 * after every dated article (by when they were stored), so that an undated
 * page never leads a list. Migration 7's index serves it.
 */
#define SQ_NEWEST_FIRST "a.published IS NULL, coalesce(a.published, a.added) DESC, a.id DESC"

#define ARTICLE_COLS                                                                           \
	"a.id, a.url, s.name, s.url, a.title, a.byline, a.published, a.modified, a.language, " \
	"a.description, a.image, %s, a.original_name, a.original_url, d.sha256, a.added, "     \
	"a.word_count"

void sq_row_to_article(sqlite3_stmt *s, struct article *a);
/* Step `s` (ARTICLE_COLS rows) to the end into `out`; the caller finalizes. */
int sq_collect_articles(struct store *st, sqlite3_stmt *s, struct article_list *out,
			struct error *err);

#endif
