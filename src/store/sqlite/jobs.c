/*
 * jobs.c: the job queue's calls (jobs.h) on a SQLite store, which has no
 * queue: one process writes a SQLite file, and `brief ingest` stores what
 * it reads itself. Each call answers ERR_USAGE naming the engine that has
 * one.
 */
#include <string.h>

#include "store/sqlite/internal.h"

#include "util/banned.h"

static MUST_CHECK int no_queue(struct error *err)
{
	return error_set(err, ERR_USAGE,
			 "the job queue needs a PostgreSQL store (--db postgresql://...)");
}

int sqlite_document_put(struct store *st, const struct document *doc, char sha256[65], int64_t *id,
			int *added, struct error *err)
{
	(void)st;
	(void)doc;
	sha256[0] = 0;
	*id = 0;
	if (added)
		*added = 0;
	return no_queue(err);
}

int sqlite_document_meta(struct store *st, const char *sha256, char **url, char **content_type,
			 struct error *err)
{
	(void)st;
	(void)sha256;
	*url = *content_type = NULL;
	return no_queue(err);
}

int sqlite_job_add(struct store *st, const char *kind, const char *arg, const char *label,
		   int max_attempts, int *added, struct error *err)
{
	(void)st;
	(void)kind;
	(void)arg;
	(void)label;
	(void)max_attempts;
	if (added)
		*added = 0;
	return no_queue(err);
}

int sqlite_jobs_take(struct store *st, const char *worker, size_t max, int lease_s,
		     struct store_jobs *out, struct error *err)
{
	(void)st;
	(void)worker;
	(void)max;
	(void)lease_s;
	memset(out, 0, sizeof(*out));
	return no_queue(err);
}

int sqlite_job_finish(struct store *st, int64_t id, const char *worker, const char *error,
		      int permanent, struct error *err)
{
	(void)st;
	(void)id;
	(void)worker;
	(void)error;
	(void)permanent;
	return no_queue(err);
}

int sqlite_jobs_count(struct store *st, struct store_job_counts *c, struct error *err)
{
	(void)st;
	memset(c, 0, sizeof(*c));
	return no_queue(err);
}

int sqlite_jobs_list(struct store *st, const char *state, size_t limit, struct store_job_rows *out,
		     struct error *err)
{
	(void)st;
	(void)state;
	(void)limit;
	memset(out, 0, sizeof(*out));
	return no_queue(err);
}
