/*
 * jobs.c: the job queue, a table that any number of workers on any number
 * of machines take work from.
 *
 * A worker takes jobs with SELECT ... FOR UPDATE SKIP LOCKED, so that
 * workers never wait for each other nor take the same job, and leases
 * them: the lease is committed before the take returns (a take that fails
 * leases nothing), and a job whose lease ran out (its worker died) is
 * taken again by the next worker, while attempts remain. A job's effects are committed in one transaction with the job
 * marked done (pg_job_finish), so a job is done once or not at all.
 */
#include "store/postgres/internal.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/banned.h"

int pg_job_add(struct store *base, const char *kind, const char *arg, const char *label,
	       int max_attempts, int *added, struct error *err)
{
	struct pg_store *st = (struct pg_store *)base;
	char ma[16];
	const char *v[4] = { kind, arg, label, ma };
	PGresult *res;

	snprintf(ma, sizeof(ma), "%d", max_attempts > 0 ? max_attempts : 3);
	if (!(res = pg_run(st, PS_JOB_ADD, 4, v, NULL, NULL, err)))
		return -ERR_DB;
	if (added)
		*added = PQntuples(res) > 0;
	PQclear(res);
	return 0;
}

int pg_jobs_take(struct store *base, const char *worker, size_t max, int lease_s,
		 struct store_jobs *out, struct error *err)
{
	struct pg_store *st = (struct pg_store *)base;
	/*
	 * A lease that ran out on the last attempt fails the job, saying so;
	 * other expired leases are taken like waiting jobs, with the lost
	 * worker named in the error kept. Both skip the rows another worker
	 * holds, so no two sweeps wait on each other.
	 */
	static const char sweep[] =
		"UPDATE jobs j SET state = 'failed', finished = now(), lease_until = NULL, "
		"error = 'the lease of worker ' || coalesce(j.worker, '?') || ' ran out on attempt "
		"' "
		"|| j.attempts || ' of ' || j.max_attempts || ' (the worker stopped or hung)' "
		"FROM (SELECT id FROM jobs WHERE state = 'running' AND lease_until < now() AND "
		"attempts >= max_attempts FOR UPDATE SKIP LOCKED) x WHERE j.id = x.id";
	static const char take[] =
		"UPDATE jobs j SET state = 'running', worker = $1, attempts = j.attempts + 1, "
		"lease_until = now() + make_interval(secs => $3::int), "
		"error = CASE WHEN j.state = 'running' THEN 'the lease of worker ' || "
		"coalesce(j.worker, '?') || ' ran out on attempt ' || j.attempts ELSE j.error END "
		"FROM (SELECT id FROM jobs WHERE (state = 'waiting' AND run_after <= now()) OR "
		"(state = 'running' AND lease_until < now() AND attempts < max_attempts) "
		"ORDER BY id LIMIT $2 "
		"FOR UPDATE SKIP LOCKED) x WHERE j.id = x.id "
		"RETURNING j.id, j.kind, j.arg, j.label, j.attempts, j.max_attempts";
	char n[24], l[16];
	const char *v[3] = { worker, n, l };
	PGresult *res;
	int i, rows, r;

	out->items = NULL;
	out->n = 0;
	snprintf(n, sizeof(n), "%zu", max ? max : 1);
	snprintf(l, sizeof(l), "%d", lease_s >= 0 ? lease_s : 60);
	if (st->in_batch)
		return error_set(err, ERR_USAGE, "jobs are taken outside a batch");
	/*
	 * The leases are committed only once the jobs are copied out: a take
	 * that fails after its UPDATE (out of memory) rolls back, where a
	 * job leased and never handed over would wait out its lease and
	 * spend an attempt.
	 */
	if ((r = pg_exec(st, "BEGIN", err)) < 0)
		return r;
	if (!(res = pg_cached(st, take, 3, v, NULL, NULL, err))) {
		r = -ERR_DB;
		goto fail;
	}
	rows = PQntuples(res);
	/*
	 * Jobs lost on their last attempt are failed only when the queue
	 * gives less than was asked: the sweep reads every unfinished job,
	 * and a worker ran it before each batch.
	 */
	if ((size_t)rows < (max ? max : 1) && (r = pg_exec(st, sweep, err)) < 0) {
		PQclear(res);
		goto fail;
	}
	if ((r = pg_rows(res, &out->items, sizeof(*out->items), err)) < 0)
		goto fail;
	for (i = 0; i < rows; i++) {
		struct store_job *j = &out->items[out->n++];
		j->id = pg_int(res, i, 0);
		j->kind = pg_strdup(res, i, 1);
		j->arg = pg_strdup(res, i, 2);
		j->label = pg_strdup(res, i, 3);
		j->attempts = (int)pg_int(res, i, 4);
		j->max_attempts = (int)pg_int(res, i, 5);
	}
	PQclear(res);
	if ((r = pg_copy_error(err)) < 0 || (r = pg_exec(st, "COMMIT", err)) < 0)
		goto fail;
	return 0;
fail:
	store_jobs_release(out);
	pg_abandon(st);
	return r;
}

int pg_job_finish(struct store *base, int64_t id, const char *worker, const char *error,
		  int permanent, struct error *err)
{
	struct pg_store *st = (struct pg_store *)base;
	char ids[24];
	const char *v[3] = { ids, worker, error };
	PGresult *res;
	int mine;

	snprintf(ids, sizeof(ids), "%" PRId64, id);
	res = pg_run(st,
		     !error      ? PS_JOB_FINISH
		     : permanent ? PS_JOB_FAIL
				 : PS_JOB_RETRY,
		     error ? 3 : 2, v, NULL, NULL, err);
	if (!res)
		return -ERR_DB;
	mine = atoi(PQcmdTuples(res)) > 0;
	PQclear(res);
	return mine ? 0 : 1;
}

int pg_jobs_count(struct store *base, struct store_job_counts *c, struct error *err)
{
	PGresult *res = pg_query(
		(struct pg_store *)base,
		"SELECT count(*) FILTER (WHERE state = 'waiting'), "
		"count(*) FILTER (WHERE state = 'running'), count(*) FILTER (WHERE state = "
		"'done'), "
		"count(*) FILTER (WHERE state = 'failed'), "
		"count(*) FILTER (WHERE state = 'running' AND lease_until < now()) FROM jobs",
		0, NULL, err);
	if (!res)
		return -ERR_DB;
	c->waiting = pg_int(res, 0, 0);
	c->running = pg_int(res, 0, 1);
	c->done = pg_int(res, 0, 2);
	c->failed = pg_int(res, 0, 3);
	c->expired = pg_int(res, 0, 4);
	PQclear(res);
	return 0;
}

int pg_jobs_list(struct store *base, const char *state, size_t limit, struct store_job_rows *out,
		 struct error *err)
{
	struct pg_store *st = (struct pg_store *)base;
	char l[24];
	const char *v[2] = { l, state };
	PGresult *res;
	int i, rows;

	out->items = NULL;
	out->n = 0;
	snprintf(l, sizeof(l), "%zu", limit ? limit : 100);
	if ((rows = pg_query_rows(
		     st,
		     "SELECT id, kind, arg, label, state, worker, error, "
		     "to_char(lease_until AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
		     "to_char(finished AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
		     "attempts, max_attempts FROM jobs WHERE CASE WHEN $2::text IS NULL "
		     "THEN state <> 'done' ELSE state = $2 END ORDER BY id LIMIT $1",
		     2, v, &res, &out->items, sizeof(*out->items), err)) < 0)
		return rows;
	for (i = 0; i < rows; i++) {
		struct store_job_row *j = &out->items[out->n++];
		j->id = pg_int(res, i, 0);
		j->kind = pg_strdup(res, i, 1);
		j->arg = pg_strdup(res, i, 2);
		j->label = pg_strdup(res, i, 3);
		j->state = pg_strdup(res, i, 4);
		j->worker = pg_strdup(res, i, 5);
		j->error = pg_strdup(res, i, 6);
		j->lease_until = pg_strdup(res, i, 7);
		j->finished = pg_strdup(res, i, 8);
		j->attempts = (int)pg_int(res, i, 9);
		j->max_attempts = (int)pg_int(res, i, 10);
	}
	PQclear(res);
	if ((rows = pg_copy_error(err)) < 0)
		store_job_rows_release(out);
	return rows < 0 ? rows : 0;
}
