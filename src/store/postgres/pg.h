/*
 * pg.h: the PostgreSQL engine (libpq), for stores named by a URL
 * "postgresql://..." or "postgres://...".
 *
 * It keeps brief's schema in PostgreSQL's terms (schema.c: the same tables
 * as the SQLite engine's, a tsvector column with a GIN index for search, a
 * job queue), and speaks in store.h's records: struct article, struct
 * search_results, enum store_put_result, with the same ownership rules.
 * Several processes on several machines may open one database at once:
 * migrations take an advisory lock, writes never lock more than the rows
 * they write, and jobs are taken with FOR UPDATE SKIP LOCKED (jobs.c).
 */
#ifndef BRIEF_STORE_PG_H
#define BRIEF_STORE_PG_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "util/error.h"

struct pg_store;
struct search_query;
struct buf;

/* 1 when `url` names a PostgreSQL database (postgresql:// or postgres://). */
int pg_url_is_postgres(const char *url);

/* Connect to `url` and migrate its schema to the newest version. */
int pg_open(struct pg_store **out, const char *url, struct error *err) MUST_CHECK;
void pg_close(struct pg_store *st);

int pg_schema_version(struct pg_store *st);
int pg_schema_latest(void);

/* A batch: many puts in one transaction (as store_begin and friends). */
int pg_begin(struct pg_store *st, struct error *err) MUST_CHECK;
int pg_commit(struct pg_store *st, struct error *err) MUST_CHECK;
int pg_rollback(struct pg_store *st);

/* As store_article_put: the same bytes are stored once, an article once per URL. */
int pg_article_put(struct pg_store *st, const struct document *doc, const struct article_in *a,
		   int64_t *id, enum store_put_result *what, struct error *err) MUST_CHECK;
int pg_article_get(struct pg_store *st, int64_t id, struct article *out,
		   struct error *err) MUST_CHECK;
int pg_articles_latest(struct pg_store *st, size_t limit, size_t offset, struct article_list *out,
		       struct error *err) MUST_CHECK;
int64_t pg_article_count(struct pg_store *st);
int64_t pg_document_count(struct pg_store *st);

/*
 * Store a raw document without an article (as the first half of
 * store_article_put): the job queue hands documents to workers this way.
 * Sets *id and sha256 (64 hex digits); *added is 1 when it was new.
 */
int pg_document_put(struct pg_store *st, const struct document *doc, char sha256[65], int64_t *id,
		    int *added, struct error *err) MUST_CHECK;
/* As store_document_body. */
int pg_document_body(struct pg_store *st, const char *sha256, struct buf *out,
		     struct error *err) MUST_CHECK;
/* A stored document's URL and content type (heap, either may come back NULL). */
int pg_document_meta(struct pg_store *st, const char *sha256, char **url, char **content_type,
		     struct error *err) MUST_CHECK;

/*
 * Search with brief's query language (query.h: the one parser both
 * engines share), translated to a tsquery. Each article is its own hit
 * (this engine does not fold syndication copies yet); score is minus
 * ts_rank_cd, so lower is better as with the SQLite engine's bm25.
 */
int pg_search(struct pg_store *st, const struct search_query *q, size_t limit, size_t offset,
	      struct search_results *out, struct error *err) MUST_CHECK;

/*
 * The tsquery text (for to_tsquery with the configuration "brief") of the
 * parsed query's full-text part, appended to `out`; the query must have
 * one (q->fts). Words stay quoted, so no tsquery operator in a user's word
 * is ever an operator. search.c.
 */
int pg_tsquery(const struct search_query *q, struct buf *out, struct error *err) MUST_CHECK;

/* ---- copying a SQLite store (import.c) ---- */

struct pg_import_report {
	int64_t rows[16]; /* rows copied, per table in pg_import_table's order */
	int64_t total;
	size_t sampled; /* articles compared column by column after the copy */
};

/*
 * Copy the SQLite store at `path` (at the newest schema: open it with
 * store_open first) into this store, which must hold no article, with
 * every row's id, in one transaction; then check that every table has as
 * many rows in both and that `sample` articles, spread over the ids, and
 * their documents' hashes are the same in both. ERR_DB names what differs.
 */
int pg_import_sqlite(struct pg_store *st, const char *path, size_t sample,
		     struct pg_import_report *rep, struct error *err) MUST_CHECK;
/* The name of table `i` of the copy, NULL past the last. */
const char *pg_import_table(size_t i);

/* ---- the job queue (jobs.c) ---- */

enum pg_job_kind { PG_JOB_DOCUMENT = 1 };

/* A job taken by a worker: heap strings, freed by pg_jobs_release. */
struct pg_job {
	int64_t id;
	char *kind;  /* "document": process a stored document (arg: its SHA-256) */
	char *arg;   /* what the job works on */
	char *label; /* where it came from, for messages */
	int attempts, max_attempts;
};

struct pg_jobs {
	struct pg_job *items;
	size_t n;
};

/*
 * Queue a job (kind, arg) unless one with the same kind and arg is queued
 * already: queueing is idempotent. *added (may be NULL) is 1 when it is new.
 */
int pg_job_add(struct pg_store *st, const char *kind, const char *arg, const char *label,
	       int max_attempts, int *added, struct error *err) MUST_CHECK;

/*
 * Take up to `max` jobs for `worker`, each leased for `lease_s` seconds (<0: 60):
 * jobs waiting, and jobs whose lease expired (their worker died). A job
 * whose lease expired on its last attempt is failed instead, with why.
 */
int pg_jobs_take(struct pg_store *st, const char *worker, size_t max, int lease_s,
		 struct pg_jobs *out, struct error *err) MUST_CHECK;
void pg_jobs_release(struct pg_jobs *j);

/*
 * Settle a job inside the caller's transaction: done (error NULL), or
 * failed with `error`; a failure that is not `permanent` goes back to wait
 * while attempts remain. Returns 0, or 1 when the job was no longer this
 * worker's (its lease expired and another took it): the caller rolls back.
 */
int pg_job_finish(struct pg_store *st, int64_t id, const char *worker, const char *error,
		  int permanent, struct error *err) MUST_CHECK;

/* Jobs by state. */
struct pg_job_counts {
	int64_t waiting, running, done, failed, expired; /* expired: running, lease over */
};
int pg_jobs_count(struct pg_store *st, struct pg_job_counts *c, struct error *err) MUST_CHECK;

/* A job as listed by `brief jobs` (heap strings). */
struct pg_job_row {
	int64_t id;
	char *kind, *arg, *label, *state, *worker, *error, *lease_until, *finished;
	int attempts, max_attempts;
};
struct pg_job_rows {
	struct pg_job_row *items;
	size_t n;
};
/* Jobs in `state` ("failed", "running", ...; NULL: not done), by id, at most `limit`. */
int pg_jobs_list(struct pg_store *st, const char *state, size_t limit, struct pg_job_rows *out,
		 struct error *err) MUST_CHECK;
void pg_job_rows_release(struct pg_job_rows *r);

#endif
