/*
 * brief worker: take jobs from a PostgreSQL store's queue and do them;
 * brief jobs: show the queue. Also the workers `brief ingest --workers N`
 * starts (cmd_work_spawn).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "pipeline/work.h"
#include "store/store.h"
#include "util/log.h"

#include "util/banned.h"

static volatile sig_atomic_t stopping;

static void worker_on_signal(int sig)
{
	(void)sig;
	stopping = 1;
}

static int stop_requested(void)
{
	return stopping;
}

struct store *cmd_open_queue(const struct cmd_ctx *ctx, const char *command)
{
	struct store *st = NULL;
	struct error err = { 0 };
	if (strcmp(store_engine_for(ctx->db_path), "postgresql"))
		die("%s: needs a PostgreSQL store (--db postgresql://...)", command);
	if (store_open(&st, ctx->db_path, &err) < 0) {
		report("PostgreSQL", &err);
		exit(EXIT_FAIL);
	}
	return st;
}

void cmd_work_name(char *out, size_t n)
{
	char host[128] = "localhost";
	gethostname(host, sizeof(host) - 1);
	host[sizeof(host) - 1] = 0;
	snprintf(out, n, "%s:%ld", host, (long)getpid());
}

static void print_stats(const char *who, const struct work_stats *s)
{
	fprintf(stderr,
		"%s: %zu %s: %zu added, %zu updated, %zu unchanged, %zu failed, %zu to retry\n",
		who, s->jobs, cmd_noun(s->jobs, "job", "jobs"), s->added, s->updated, s->unchanged,
		s->failed, s->retried);
	if (s->lost)
		fprintf(stderr, "%s: %zu %s past %s lease and %s left to others\n", who, s->lost,
			cmd_noun(s->lost, "job ran", "jobs ran"), cmd_noun(s->lost, "its", "their"),
			cmd_noun(s->lost, "was", "were"));
}

static const char *const worker_usage[] = {
	"brief worker [--batch N] [--lease SECONDS] [--until-empty] [--max-jobs N] "
	"[fetch options]  (--db postgresql://...)",
	NULL,
};

int cmd_worker(int argc, const char **argv, struct cmd_ctx *ctx)
{
	long batch = -1, lease = 0, max_jobs = 0; /* batch -1: not given */
	int until_empty = 0;
	struct cmd_fetch_flags fl = { 0 };
	const struct option options[] = {
		OPT_INT(0, "batch", &batch, "N", "jobs taken and stored at a time (default 32)"),
		OPT_INT(0, "lease", &lease, "SECONDS",
			"how long a batch is this worker's before others may take it (default "
			"300)"),
		OPT_BOOL(0, "until-empty", &until_empty,
			 "stop once no job waits and none is running"),
		OPT_INT(0, "max-jobs", &max_jobs, "N", "stop after N jobs"),
		CMD_FETCH_OPTIONS(&fl),
		OPT_END(),
	};
	struct work_options wo = { 0 };
	struct work_stats stats = { 0 };
	struct error err = { 0 };
	struct store *st;
	char name[160];
	int r;

	argc = parse_options(argc, argv, options, worker_usage);
	usage_args(worker_usage, argc, argv, 0, 0, NULL);
	/* as ingest's --batch, on every engine */
	if (batch != -1 && (batch < 1 || batch > 100000))
		usage_error(worker_usage, "--batch is 1 to 100000 jobs, not %ld", batch);
	if (batch == -1)
		batch = 0;
	if (lease < 0 || max_jobs < 0)
		usage_error(worker_usage, "%s wants 0 or more, not %ld",
			    lease < 0 ? "--lease" : "--max-jobs", lease < 0 ? lease : max_jobs);
	st = cmd_open_queue(ctx, "worker");
	cmd_work_name(name, sizeof(name));
	signal(SIGINT, worker_on_signal);
	signal(SIGTERM, worker_on_signal);
	wo.worker = name;
	wo.batch = (size_t)batch;
	wo.lease_s = (int)lease;
	wo.until_empty = until_empty;
	wo.max_jobs = (size_t)max_jobs;
	wo.stop = stop_requested;
	/* "fetch" jobs fetch through this, as `brief fetch` would */
	wo.fetcher = cmd_fetcher_new(&fl, 0, worker_usage);
	wo.allow_private = fl.allow_private;
	r = work_run(st, &wo, &stats, &err);
	cmd_fetcher_free(wo.fetcher);
	store_close(st);
	if (log_level >= LOG_NORMAL)
		print_stats(name, &stats);
	return r < 0 ? report("worker", &err) : EXIT_OK;
}

int cmd_work_spawn(const struct cmd_ctx *ctx, int workers, const struct work_options *base,
		   struct work_stats *sum)
{
	pid_t *pids;
	int(*fds)[2];
	int i, rc = EXIT_OK;

	pids = calloc((size_t)workers, sizeof(*pids));
	fds = calloc((size_t)workers, sizeof(*fds));
	if (!pids || !fds)
		die_nomem();
	fflush(NULL);
	for (i = 0; i < workers; i++) {
		if (pipe(fds[i]) < 0)
			die("pipe: %s", strerror(errno));
		pids[i] = fork();
		if (pids[i] < 0)
			die("fork: %s", strerror(errno));
		if (pids[i] == 0) {
			/* a worker: a connection of its own, its counts to the parent */
			struct work_options wo = *base;
			struct work_stats s = { 0 };
			struct error err = { 0 };
			struct store *st;
			char name[160];
			int r;
			close(fds[i][0]);
			cmd_work_name(name, sizeof(name));
			wo.worker = name;
			if (store_open(&st, ctx->db_path, &err) < 0)
				_exit(report("worker", &err));
			r = work_run(st, &wo, &s, &err);
			store_close(st);
			if (write(fds[i][1], &s, sizeof(s)) != (ssize_t)sizeof(s))
				r = -1;
			close(fds[i][1]);
			if (r < 0)
				report(name, &err);
			_exit(r < 0 ? EXIT_FAIL : EXIT_OK);
		}
		close(fds[i][1]);
	}
	for (i = 0; i < workers; i++) {
		struct work_stats s;
		int status = 0;
		ssize_t n = read(fds[i][0], &s, sizeof(s));
		close(fds[i][0]);
		if (n == (ssize_t)sizeof(s)) {
			sum->jobs += s.jobs;
			sum->added += s.added;
			sum->updated += s.updated;
			sum->unchanged += s.unchanged;
			sum->failed += s.failed;
			sum->retried += s.retried;
			sum->lost += s.lost;
			sum->events += s.events;
		}
		while (waitpid(pids[i], &status, 0) < 0 && errno == EINTR)
			;
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			fprintf(stderr, "brief: worker %d (pid %ld) stopped %s %d\n", i + 1,
				(long)pids[i], WIFEXITED(status) ? "with status" : "by signal",
				WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
			rc = EXIT_FAIL;
		}
	}
	free(pids);
	free(fds);
	return rc;
}

static const char *const jobs_usage[] = {
	"brief jobs [--failed | --running | --waiting | --done] [-n N]  (--db postgresql://...)",
	"brief jobs --queue related|events ARTICLE-ID...",
	NULL,
};

/* Queue a job of `kind` for each article id: workers do them. */
static int queue_jobs(struct store *st, const char *kind, int argc, const char **argv)
{
	struct error err = { 0 };
	size_t added = 0;
	int i, a;

	if (strcmp(kind, "related") && strcmp(kind, "events"))
		usage_error(jobs_usage, "--queue takes related or events, not '%s'", kind);
	if (store_begin(st, &err) < 0)
		return report("jobs", &err);
	for (i = 0; i < argc; i++) {
		char *end;
		long long id = strtoll(argv[i], &end, 10);
		if (*end || end == argv[i] || id <= 0) {
			store_rollback(st);
			usage_error(jobs_usage, "'%s' is not an article id", argv[i]);
		}
		if (store_job_add(st, kind, argv[i], NULL, 0, &a, &err) < 0) {
			store_rollback(st);
			return report("jobs", &err);
		}
		added += a;
	}
	if (store_commit(st, &err) < 0)
		return report("jobs", &err);
	printf("queued %zu %s %s (%d asked)\n", added, kind, cmd_noun(added, "job", "jobs"), argc);
	return EXIT_OK;
}

int cmd_jobs(int argc, const char **argv, struct cmd_ctx *ctx)
{
	int failed = 0, running = 0, waiting = 0, done = 0;
	long n = 50;
	const char *queue = NULL;
	const struct option options[] = {
		OPT_BOOL(0, "failed", &failed, "only failed jobs, with their errors"),
		OPT_BOOL(0, "running", &running, "only jobs leased to a worker"),
		OPT_BOOL(0, "waiting", &waiting, "only jobs waiting for a worker"),
		OPT_BOOL(0, "done", &done, "only jobs done"),
		OPT_INT('n', "limit", &n, "N", "list at most N jobs (default 50)"),
		OPT_STRING(0, "queue", &queue, "KIND",
			   "queue a job of KIND (related: compute related news; events: code "
			   "events again) for each article id given"),
		OPT_END(),
	};
	const char *state = NULL;
	struct store_job_counts c;
	struct store_job_rows rows;
	struct error err = { 0 };
	struct store *st;
	size_t i;

	argc = parse_options(argc, argv, options, jobs_usage);
	if (queue) {
		int rc;
		if (!argc)
			usage_error(jobs_usage, "--queue %s wants article ids", queue);
		st = cmd_open_queue(ctx, "jobs");
		rc = queue_jobs(st, queue, argc, argv);
		store_close(st);
		return rc;
	}
	usage_args(jobs_usage, argc, argv, 0, 0, NULL);
	if (n < 0)
		usage_error(jobs_usage, "--limit wants 0 or more, not %ld", n);
	if (failed + running + waiting + done > 1)
		usage_error(jobs_usage,
			    "--failed, --running, --waiting and --done go one at a time");
	state = failed    ? "failed"
		: running ? "running"
		: waiting ? "waiting"
		: done    ? "done"
			  : NULL;
	st = cmd_open_queue(ctx, "jobs");
	if (store_jobs_count(st, &c, &err) < 0 ||
	    store_jobs_list(st, state, (size_t)n, &rows, &err) < 0) {
		store_close(st);
		return report("jobs", &err);
	}
	printf("waiting %lld, running %lld (lease run out: %lld), done %lld, failed %lld\n",
	       (long long)c.waiting, (long long)c.running, (long long)c.expired, (long long)c.done,
	       (long long)c.failed);
	for (i = 0; i < rows.n; i++) {
		const struct store_job_row *j = &rows.items[i];
		printf("%lld\t%s\t%s\t%d/%d\t%s\n", (long long)j->id, j->state, j->kind,
		       j->attempts, j->max_attempts, j->label ? j->label : j->arg);
		if (j->worker && !strcmp(j->state, "running"))
			printf("\tworker %s, lease until %s\n", j->worker,
			       j->lease_until ? j->lease_until : "?");
		if (j->error)
			printf("\terror: %s\n", j->error);
	}
	store_job_rows_release(&rows);
	store_close(st);
	return EXIT_OK;
}
