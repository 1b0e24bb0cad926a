/*
 * jobs.h: the job queue that workers on any number of machines take work
 * from, and the raw documents they are handed.
 *
 * A job is (kind, arg): "document" with a stored document's SHA-256, say.
 * Queueing is idempotent (the same kind and arg are one job). A worker
 * takes jobs under a lease; a job's effects and its end are committed in
 * one transaction (store_begin .. store_job_finish .. store_commit), so a
 * job is done once or not at all; a job whose worker died is taken again
 * once its lease runs out, until its attempts are spent.
 *
 * Only the PostgreSQL engine has a queue: on SQLite every call here
 * answers ERR_USAGE (one process writes a SQLite file; `brief ingest`
 * needs no queue there). Part of the store's interface (store.h includes
 * it); records the store fills are freed by their *_release function.
 */
#ifndef BRIEF_STORE_JOBS_H
#define BRIEF_STORE_JOBS_H

#include <stddef.h>
#include <stdint.h>

#include "store/articles.h"
#include "util/error.h"

struct store;

/*
 * Store a raw document without an article (as the first half of
 * store_article_put): queueing hands documents to workers this way. Sets
 * *id and sha256 (64 hex digits); *added is 1 when it was new.
 */
int store_document_put(struct store *st, const struct document *doc, char sha256[65], int64_t *id,
		       int *added, struct error *err) MUST_CHECK;
/* A stored document's URL and content type (heap; either may come back NULL). */
int store_document_meta(struct store *st, const char *sha256, char **url, char **content_type,
			struct error *err) MUST_CHECK;

/* A job taken by a worker: heap strings, freed by store_jobs_release. */
struct store_job {
	int64_t id;
	char *kind;  /* "document", "related", "events", "fetch": see pipeline/work.h */
	char *arg;   /* what the job works on */
	char *label; /* where it came from, for messages */
	int attempts, max_attempts;
};

struct store_jobs {
	struct store_job *items;
	size_t n;
};

/*
 * Queue a job (kind, arg) unless one with the same kind and arg is queued
 * already: waiting or running, or, for a "document" (whose work never
 * changes), done or failed too; any other job done or failed waits again,
 * its attempts and error cleared. *added (may be NULL) is 1 when it was
 * queued. max_attempts <= 0: 3.
 */
int store_job_add(struct store *st, const char *kind, const char *arg, const char *label,
		  int max_attempts, int *added, struct error *err) MUST_CHECK;

/*
 * Take up to `max` jobs for `worker`, each leased for `lease_s` seconds
 * (<0: 60): jobs waiting, and jobs whose lease ran out (their worker
 * died). A job whose lease ran out on its last attempt is failed instead,
 * with why. Outside a batch: the leases are committed before it returns;
 * a take that fails leases nothing.
 */
int store_jobs_take(struct store *st, const char *worker, size_t max, int lease_s,
		    struct store_jobs *out, struct error *err) MUST_CHECK;
void store_jobs_release(struct store_jobs *j);

/*
 * Settle a job inside the caller's batch: done (error NULL), or failed
 * with `error`; a failure that is not `permanent` goes back to wait while
 * attempts remain. Returns 0, or 1 when the job was no longer this
 * worker's (its lease ran out and another took it): the caller rolls back.
 */
int store_job_finish(struct store *st, int64_t id, const char *worker, const char *error,
		     int permanent, struct error *err) MUST_CHECK;

/* Jobs by state. */
struct store_job_counts {
	int64_t waiting, running, done, failed, expired; /* expired: running, lease over */
};
int store_jobs_count(struct store *st, struct store_job_counts *c, struct error *err) MUST_CHECK;

/* A job as `brief jobs` lists it (heap strings). */
struct store_job_row {
	int64_t id;
	char *kind, *arg, *label, *state, *worker, *error, *lease_until, *finished;
	int attempts, max_attempts;
};
struct store_job_rows {
	struct store_job_row *items;
	size_t n;
};
/* Jobs in `state` ("failed", "running", ...; NULL: not done), by id, at most `limit`. */
int store_jobs_list(struct store *st, const char *state, size_t limit, struct store_job_rows *out,
		    struct error *err) MUST_CHECK;
void store_job_rows_release(struct store_job_rows *r);

#endif
