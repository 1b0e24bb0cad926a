/*
 * internal.h: what the files of the SQLite engine (src/store/sqlite/)
 * share and nobody else sees: the engine's handle, its ops (engine.h's
 * store_ops, one sqlite_<op> per store_<op> of store.h) and small SQLite
 * helpers. Each helper that can fail fills `err` and returns a negative
 * code, like the rest of libbrief.
 */
#ifndef BRIEF_STORE_SQLITE_INTERNAL_H
#define BRIEF_STORE_SQLITE_INTERNAL_H

#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>
#include <time.h>
#include <zstd.h>

#include "store/engine.h"
#include "store/store.h"

#define STORE_STMT_CACHE 128

struct sq_store {
	struct store base; /* first: a struct store * is a struct sq_store * */
	sqlite3 *db;
	char *path;
	/*
	 * One zstd context for every document stored unprepared, made at the
	 * first: one made per page more than doubles the cost of compressing
	 * it.
	 */
	void *zc;            /* ZSTD_CCtx */
	unsigned char *zbuf; /* its output, kept between documents */
	size_t zcap;
	/* waiting for another writer (store_set_wait): ms, -1 = no limit */
	long wait_ms;
	void (*on_wait)(void *data);
	void *wait_data;
	struct timespec wait_start;
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
	int immutable;    /* read-only, and read as immutable (engine.c's open_mode) */
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

/* The engine's handle of a store this engine opened. */
static inline struct sq_store *sq_store_of(struct store *st)
{
	return (struct sq_store *)st;
}

/* ---- the ops (see store.h for each one's contract) ---- */
void sqlite_close(struct store *st);
int sqlite_schema_version(struct store *st);
int sqlite_begin(struct store *st, struct error *err) MUST_CHECK;
int sqlite_commit(struct store *st, struct error *err) MUST_CHECK;
int sqlite_rollback(struct store *st);
int sqlite_check(struct store *st, char *msg, size_t msglen, struct error *err) MUST_CHECK;
int sqlite_vacuum(struct store *st, store_step_fn on_step, void *data,
		  struct error *err) MUST_CHECK;
int64_t sqlite_size(struct store *st, struct error *err) MUST_CHECK;
int sqlite_read_begin(struct store *st, struct error *err) MUST_CHECK;
void sqlite_read_end(struct store *st);
int sqlite_data_version(struct store *st, uint64_t *version, struct error *err) MUST_CHECK;
int sqlite_document_body(struct store *st, const char *sha256, struct buf *out,
			 struct error *err) MUST_CHECK;
int sqlite_article_put(struct store *st, const struct document *doc, const struct article_in *a,
		       int64_t *id, enum store_put_result *what, struct error *err) MUST_CHECK;
int sqlite_article_get(struct store *st, int64_t id, struct article *out,
		       struct error *err) MUST_CHECK;
int sqlite_articles_latest(struct store *st, size_t limit, size_t offset, struct article_list *out,
			   struct error *err) MUST_CHECK;
int sqlite_article_count(struct store *st, int64_t *n, struct error *err) MUST_CHECK;
int64_t sqlite_article_id_by_url(struct store *st, const char *url, struct error *err) MUST_CHECK;
int sqlite_articles_each_text(struct store *st,
			      int (*fn)(int64_t id, const char *title, const char *text,
					const char *published, void *data),
			      void *data, struct error *err) MUST_CHECK;
int sqlite_search(struct store *st, const struct search_query *q, size_t limit, size_t offset,
		  struct search_results *out, struct error *err) MUST_CHECK;
int sqlite_term_stats_refresh(struct store *st, int force, struct error *err) MUST_CHECK;
int sqlite_key_terms(struct store *st, int64_t article_id, size_t max, size_t lookups,
		     struct key_terms *out, struct error *err) MUST_CHECK;
int sqlite_articles_passing(struct store *st, const struct search_query *f, const int64_t *ids,
			    size_t n, int64_t **pass, size_t *npass, struct error *err) MUST_CHECK;
int sqlite_originals_between(struct store *st, const char *since, const char *until, size_t limit,
			     int64_t **ids, size_t *n, struct error *err) MUST_CHECK;
int sqlite_original_first_since(struct store *st, const char *since, int64_t *id,
				struct error *err) MUST_CHECK;
int sqlite_related_candidates(struct store *st, int64_t article_id, size_t max,
			      struct related_candidates *out, struct error *err) MUST_CHECK;
int sqlite_hits_load(struct store *st, struct search_results *r, struct error *err) MUST_CHECK;
int sqlite_related_pending(struct store *st, size_t limit, int64_t **ids, size_t *n,
			   struct error *err) MUST_CHECK;
int sqlite_related_put(struct store *st, int64_t article_id, const struct related_item *items,
		       size_t n, struct error *err) MUST_CHECK;
int sqlite_related_stored(struct store *st, int64_t article_id, size_t limit,
			  struct search_results *out, struct error *err) MUST_CHECK;
int sqlite_story_terms_pending(struct store *st, size_t limit, int64_t **ids, size_t *n,
			       struct error *err) MUST_CHECK;
int sqlite_story_terms_put(struct store *st, int64_t article_id, const struct key_terms *kt,
			   struct error *err) MUST_CHECK;
int sqlite_story_terms_get(struct store *st, int64_t article_id, struct key_terms *out,
			   struct error *err) MUST_CHECK;
int sqlite_article_tags(struct store *st, int64_t article_id, char ***tags, size_t *n,
			struct error *err) MUST_CHECK;
int sqlite_tag_latest(struct store *st, const char *tag, size_t limit, size_t offset,
		      struct article_list *out, struct error *err) MUST_CHECK;
int sqlite_latest_groups(struct store *st, size_t limit, size_t offset, struct search_results *out,
			 struct error *err) MUST_CHECK;
int sqlite_fingerprint_put(struct store *st, int64_t article_id, const struct fingerprint *fp,
			   struct error *err) MUST_CHECK;
int sqlite_fingerprint_candidates(struct store *st, int64_t self, const struct fingerprint *fp,
				  size_t min_shared, size_t limit, struct fp_candidates *out,
				  struct error *err) MUST_CHECK;
int sqlite_group_member_get(struct store *st, int64_t article_id, struct group_member *m,
			    struct error *err) MUST_CHECK;
int sqlite_group_credits(struct store *st, int64_t group_id, const char *url, int64_t *count,
			 struct error *err) MUST_CHECK;
int sqlite_group_move(struct store *st, int64_t from, int64_t to, struct error *err) MUST_CHECK;
int sqlite_group_of(struct store *st, int64_t article_id, int64_t *group_id,
		    struct error *err) MUST_CHECK;
int sqlite_group_members(struct store *st, int64_t a, int64_t b, struct group_members *out,
			 struct error *err) MUST_CHECK;
int sqlite_group_set(struct store *st, int64_t article_id, int64_t group_id, double similarity,
		     struct error *err) MUST_CHECK;
int sqlite_copies(struct store *st, int64_t article_id, struct article_list *out,
		  struct error *err) MUST_CHECK;
int sqlite_events_replace(struct store *st, int64_t article_id, const struct event_list *ev,
			  const char *text, struct error *err) MUST_CHECK;
int sqlite_events_query(struct store *st, const struct event_filter *f,
			struct stored_event_list *out, struct error *err) MUST_CHECK;
int sqlite_event_count(struct store *st, int64_t *n, struct error *err) MUST_CHECK;
int sqlite_actor_latest(struct store *st, const char *actor, size_t limit, size_t offset,
			struct article_list *out, struct error *err) MUST_CHECK;
int sqlite_article_actors(struct store *st, int64_t article_id, char ***actors, size_t *n,
			  struct error *err) MUST_CHECK;
int sqlite_article_events(struct store *st, int64_t article_id, struct stored_event_list *out,
			  struct error *err) MUST_CHECK;
int sqlite_events_page(struct store *st, const char *a, const char *b, const struct search_query *f,
		       size_t limit, size_t offset, struct stored_event_list *out,
		       struct error *err) MUST_CHECK;
/*
 * The search's filters of `q` as " AND ..." clauses on an article `a` and
 * its outlet `s`, with named parameters (:source, :lang, ...) that
 * sq_bind_search_filters binds: a list filtered as the search filters.
 */
void sq_search_filters(struct buf *sql, const struct search_query *q);
void sq_bind_search_filters(sqlite3_stmt *s, const struct search_query *q);
int sqlite_actor_pairs(struct store *st, const char *actor, const struct search_query *f,
		       struct actor_pair_list *out, struct error *err) MUST_CHECK;
int sqlite_source_id(struct store *st, const char *source_url, int64_t *id,
		     struct error *err) MUST_CHECK;
int sqlite_outlet_get(struct store *st, int64_t id, struct outlet *out,
		      struct error *err) MUST_CHECK;
int sqlite_outlets(struct store *st, const struct search_query *f, size_t limit, size_t offset,
		   struct outlet_list *out, struct error *err) MUST_CHECK;
int sqlite_outlet_latest(struct store *st, int64_t source_id, size_t limit, size_t offset,
			 struct article_list *out, struct error *err) MUST_CHECK;
int sqlite_subscription_add(struct store *st, const struct subscription_in *s, int64_t *id,
			    int *existed, struct error *err) MUST_CHECK;
int sqlite_subscription_get(struct store *st, const char *key, struct subscription *out,
			    struct error *err) MUST_CHECK;
int sqlite_subscription_list(struct store *st, int due_only, int64_t now,
			     struct subscription_list *out, struct error *err) MUST_CHECK;
int sqlite_subscription_update(struct store *st, const struct subscription *s,
			       struct error *err) MUST_CHECK;
int sqlite_subscription_remove(struct store *st, int64_t id, struct error *err) MUST_CHECK;
int sqlite_fetch_log_add(struct store *st, int64_t subscription_id, const struct fetch_log_entry *e,
			 struct error *err) MUST_CHECK;
int sqlite_fetch_log_list(struct store *st, int64_t subscription_id, size_t limit,
			  struct fetch_log_list *out, struct error *err) MUST_CHECK;
int sqlite_feed_entry_seen(struct store *st, int64_t subscription_id, const char *key,
			   struct error *err) MUST_CHECK;
int sqlite_feed_entry_put(struct store *st, int64_t subscription_id, const char *key,
			  const char *url, int64_t article_id, struct error *err) MUST_CHECK;

/* The job queue, which SQLite stores have not (jobs.c): ERR_USAGE. */
int sqlite_document_put(struct store *st, const struct document *doc, char sha256[65], int64_t *id,
			int *added, struct error *err) MUST_CHECK;
int sqlite_document_meta(struct store *st, const char *sha256, char **url, char **content_type,
			 struct error *err) MUST_CHECK;
int sqlite_job_add(struct store *st, const char *kind, const char *arg, const char *label,
		   int max_attempts, int *added, struct error *err) MUST_CHECK;
int sqlite_jobs_take(struct store *st, const char *worker, size_t max, int lease_s,
		     struct store_jobs *out, struct error *err) MUST_CHECK;
int sqlite_job_finish(struct store *st, int64_t id, const char *worker, const char *error,
		      int permanent, struct error *err) MUST_CHECK;
int sqlite_jobs_count(struct store *st, struct store_job_counts *c, struct error *err) MUST_CHECK;
int sqlite_jobs_list(struct store *st, const char *state, size_t limit, struct store_job_rows *out,
		     struct error *err) MUST_CHECK;

int sq_db_error(struct sq_store *st, struct error *err, const char *what) MUST_CHECK;

/*
 * Start a write transaction on main only: BEGIN IMMEDIATE would also lock
 * the attached index file, which the index writer writes meanwhile.
 */
int sq_begin(struct sq_store *st, struct error *err) MUST_CHECK;

/* ---- the engine's own threads (worker.c) ---- */

/*
 * A thread with a connection of its own. The store and the thread share
 * `mu`; the store signals `wake` (work to do, or `stop`; its clock is
 * CLOCK_MONOTONIC, for timed waits), the thread signals `done`. `body`
 * runs on the thread with `mu` held and returns once it sees `stop`.
 */
struct sq_worker {
	pthread_t thread;
	sqlite3 *db;
	pthread_mutex_t mu;
	pthread_cond_t wake, done;
	int stop;
	int started;
	const char *name; /* the thread's name: "brief-index", "brief-checkpt" */
	void (*body)(struct sq_worker *w);
};

/* Open the thread's connection to `path` and make its mutex and conditions. */
int sq_worker_start(struct sq_worker *w, const char *path, const char *name,
		    void (*body)(struct sq_worker *w), struct error *err) MUST_CHECK;
/* Start the thread (after whatever set-up of w->db the caller needs); sq_worker_stop on failure. */
int sq_worker_run(struct sq_worker *w, struct error *err) MUST_CHECK;
/* Ask the thread to stop, wait for it, close its connection; a no-op once stopped. */
void sq_worker_stop(struct sq_worker *w);

/* ---- main's checkpoints (checkpoint.c) ---- */
/* Checkpoint main's log mostly on a thread of its own from now on (st->path set); 0. */
int sq_checkpoints_init(struct sq_store *st);
/* ERR_DB: a write asked of a store opened read-only (store_read_only). */
int sq_read_only_error(struct sq_store *st, struct error *err) MUST_CHECK;
/* "file:PATH?immutable=1", PATH %-escaped as a URI's path; the caller frees it. NULL: no memory. */
char *sq_immutable_uri(const char *path);
/* Stop that thread; the connection's own close checkpoints the rest. */
void sq_checkpoints_stop(struct sq_store *st);

/* ---- the full-text index (index.c) ---- */
/* Attach PATH-search as `search`, build it if new, apply what the log holds. */
int sq_index_open(struct sq_store *st, const char *path, int new_db, struct error *err) MUST_CHECK;
/* Note in main.search_log that an article changed, with its old values if any. */
int sq_index_log(struct sq_store *st, int64_t article_id, const char *old_title,
		 const char *old_text, struct error *err) MUST_CHECK;
/*
 * After a commit: have what was logged indexed (by the writer thread),
 * waiting first while the writer is over INDEX_LAG_MAX entries behind.
 */
int sq_index_committed(struct sq_store *st, struct error *err) MUST_CHECK;
/* Entries committed and not indexed yet, as the writer last told. */
int64_t sq_index_lag(struct sq_store *st);
/* Wait until everything this store committed is in the index. */
int sq_index_wait(struct sq_store *st, struct error *err) MUST_CHECK;
/* Stop the writer once it has indexed everything committed. */
void sq_index_close(struct sq_store *st);
/* Free the kept fingerprint key sets and the keys waiting to be filed (groups.c). */
void sq_fp_filter_free(struct sq_store *st);
/* File the near-copy keys held for the open transaction, before it commits (groups.c). */
int sq_fp_pending_flush(struct sq_store *st, struct error *err) MUST_CHECK;
/* Forget them: the transaction rolled back. */
void sq_fp_pending_drop(struct sq_store *st);
/* Note the article just added inside the caller's transaction as st->fresh (groups.c). */
void sq_fresh_note(struct sq_store *st, int64_t id, const struct article_in *a);
/* Forget st->fresh: the transaction ends, or the article changed again. */
void sq_fresh_clear(struct sq_store *st);
/* Schema step 5's data part: file every fingerprint's keys under its time bucket (groups.c). */
int store_fp_rekey(struct sq_store *st, struct error *err) MUST_CHECK;
/* Run SQL without results (several statements allowed). */
int sq_exec(struct sq_store *st, const char *sql, struct error *err) MUST_CHECK;
/*
 * Roll back (`sql`: "ROLLBACK", "ROLLBACK TO name", "RELEASE name")
 * after a failure: that failure is what the caller reports, and an error
 * of the rollback would only hide it.
 */
void sq_abandon(struct sq_store *st, const char *sql);
int sq_prepare(struct sq_store *st, const char *sql, sqlite3_stmt **stmt,
	       struct error *err) MUST_CHECK;
/*
 * sq_prepare for the statement built in `sql`, which it releases. A
 * statement whose build failed (buf_error) is not prepared: a truncated one
 * would answer something else. 0, or the negative code with `err` set.
 */
int sq_prepare_built(struct sq_store *st, struct buf *sql, sqlite3_stmt **stmt,
		     struct error *err) MUST_CHECK;
/* Step a prepared statement that returns nothing, then finalize it; `what` names it in errors. */
int sq_run(struct sq_store *st, sqlite3_stmt *s, struct error *err, const char *what) MUST_CHECK;
/* Bind a string, or NULL when `v` is NULL. */
void sq_bind_text(sqlite3_stmt *s, int i, const char *v);
/*
 * A prepared statement for `sql`, kept across calls: `sql` must be a string
 * constant (it is looked up by address). Give it back with sq_done, never
 * finalize it. Preparing the same SQL for every stored article cost a
 * tenth of the store's time.
 */
int sq_cached(struct sq_store *st, const char *sql, sqlite3_stmt **stmt,
	      struct error *err) MUST_CHECK;
void sq_done(sqlite3_stmt *stmt);
/*
 * Step a cached statement whose first column is an id into a new array
 * (*ids, *n), then give the statement back; `what` names it in errors. On
 * error *ids is NULL and *n 0.
 */
int sq_collect_ids(struct sq_store *st, sqlite3_stmt *s, int64_t **ids, size_t *n, const char *what,
		   struct error *err) MUST_CHECK;
/*
 * Step `s` to its end into an array of one `size`-byte element a row,
 * which `row` fills: *items (a pointer to the caller's array pointer,
 * NULL) and *n (0) grow with each row. `what` names the statement in
 * errors. The statement stays the caller's; so do the rows read before an
 * error (release them as the list).
 */
int sq_collect_rows(struct sq_store *st, sqlite3_stmt *s, void *items, size_t *n, size_t size,
		    void (*row)(sqlite3_stmt *s, void *item), const char *what,
		    struct error *err) MUST_CHECK;
/* The connection's FTS5 API (tokenizers, auxiliary functions), or NULL. */
fts5_api *sq_fts5_api(struct sq_store *st);

/*
 * Heap copy of a text column, NULL for SQL NULL. A copy that fails also
 * returns NULL and is counted: whoever fills a record with these calls asks
 * sq_copies_failed once the record is filled (sq_collect_rows does) and
 * answers ERR_NOMEM.
 */
char *sq_col_strdup(sqlite3_stmt *s, int i);
/* 1 when a copy failed since the last call (this thread's), and start again. */
int sq_copies_failed(void);
/* An event's STORE_EVENT_HEAD_COLS, columns 0 to 9 of the row `s` stands on. */
void sq_event_head(sqlite3_stmt *s, struct stored_event *e);
/* First column of the first row of `sql` with one text parameter: 0 when
 * there is no row, negative on error. */
int64_t sq_lookup_id(struct sq_store *st, const char *sql, const char *key,
		     struct error *err) MUST_CHECK;

/*
 * The order of "newest first": by publication date, articles without one
 * after every dated article (by when they were stored), so that an undated
 * page never leads a list. Migration 7's index serves it.
 */
#define SQ_NEWEST_FIRST "a.published IS NULL, coalesce(a.published, a.added) DESC, a.id DESC"

/* Columns for sq_row_to_article, with %s standing for the text column
 * (a.text, or NULL when listing), over "articles a LEFT JOIN sources s
 * ON s.id = a.source_id LEFT JOIN documents d ON d.id = a.document_id". */
#define ARTICLE_COLS                                                                          \
	"a.id, a.url, coalesce(s.name, a.site_name), s.url, a.title, a.byline, a.published, " \
	"a.modified, a.language, "                                                            \
	"a.description, a.image, %s, a.original_name, a.original_url, d.sha256, a.added, "    \
	"a.word_count"

void sq_row_to_article(sqlite3_stmt *s, struct article *a);
/* Step `s` (ARTICLE_COLS rows) to the end into `out`; the caller finalizes. */
int sq_collect_articles(struct sq_store *st, sqlite3_stmt *s, struct article_list *out,
			struct error *err) MUST_CHECK;

#endif
