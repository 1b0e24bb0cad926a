/*
 * bench/workers.c: ingestion spread over workers on PostgreSQL, beside
 * SQLite with one process, on the same archive in the same run.
 *
 *   build/bench/workers [--pages N] [--workers 1,2,4] [--queries N]
 *                       [--search-articles N]
 *
 * Writes a WARC of N (default 20000) pages with bench/ingest --write, then
 * runs `brief ingest` on it: into a fresh SQLite file, and with 1, 2 and 4
 * workers into a fresh PostgreSQL database each, on the server named by
 * BRIEF_TEST_PG (without one, it runs itself inside scripts/pg-tmp with
 * PG_TMP_FSYNC=on). For each: pages/s, and CPU per page, brief's (the
 * command and its workers) and the server's (the postmaster and its
 * backends, from /proc), so that the scaling to more cores and machines
 * can be read from it. Then search latency, p50/p99 of a set of queries,
 * on both stores. Last, search at scale: bench/store's corpus of
 * --search-articles articles (default 1,000,000; 0: none) stored into a
 * SQLite file, copied into a PostgreSQL database by `brief migrate`
 * (COPY, indexes made after the rows; its time and CPU printed), then
 * bench/store's 200 queries on each (--reuse --search-only: search p50/p99),
 * its figures printed as they come. Prints figures, asserts nothing.
 */
#include <dirent.h>
#include <fcntl.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "corpus/query.h"
#include "store/postgres/pg.h"
#include "store/store.h"

#include "util/banned.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Run argv; its wall time, and the CPU seconds of it and its children. */
static int run(char *const *argv, double *wall, double *cpu)
{
	struct rusage ru;
	int status;
	double t0 = now_s();
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);
		if (fd >= 0)
			dup2(fd, 2);
		execv(argv[0], argv);
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) < 0)
		return -1;
	*wall = now_s() - t0;
	*cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
	       (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* CPU seconds of a process (with its reaped children) from /proc/PID/stat. */
static double proc_cpu(long pid, long *ppid)
{
	char path[64], line[1024], *p;
	unsigned long ut, st;
	long cut, cst;
	FILE *f;
	snprintf(path, sizeof(path), "/proc/%ld/stat", pid);
	if (!(f = fopen(path, "r")))
		return 0;
	p = fgets(line, sizeof(line), f);
	fclose(f);
	if (!p || !(p = strrchr(line, ')')))
		return 0;
	/* after ") ": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime */
	if (sscanf(p + 2, "%*c %ld %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu %ld %ld", ppid, &ut,
		   &st, &cut, &cst) != 5)
		return 0;
	return (double)(ut + st + (unsigned long)cut + (unsigned long)cst) /
	       (double)sysconf(_SC_CLK_TCK);
}

/* The server's CPU seconds so far: the postmaster (with the backends it reaped) and its live children. */
static double server_cpu(long postmaster)
{
	DIR *d = opendir("/proc");
	struct dirent *de;
	long ppid;
	double sum = proc_cpu(postmaster, &ppid);
	while (d && (de = readdir(d))) {
		long pid = atol(de->d_name);
		double c;
		if (pid <= 0 || pid == postmaster)
			continue;
		c = proc_cpu(pid, &ppid);
		if (ppid == postmaster)
			sum += c;
	}
	if (d)
		closedir(d);
	return sum;
}

/* The postmaster's pid, from the data directory of a pg-tmp server (0: unknown). */
static long postmaster_pid(const char *url)
{
	const char *h = strstr(url, "host=");
	char path[512];
	long pid = 0;
	FILE *f;
	if (!h)
		return 0;
	snprintf(path, sizeof(path), "%s/data/postmaster.pid", h + 5);
	if (!(f = fopen(path, "r")))
		return 0;
	if (fscanf(f, "%ld", &pid) != 1)
		pid = 0;
	fclose(f);
	return pid;
}

static char *db_url(const char *base, const char *name)
{
	const char *q = strstr(base, "/postgres?");
	static char url[1024];
	PGconn *c = PQconnectdb(base);
	char sql[128];
	if (PQstatus(c) != CONNECTION_OK || !q) {
		PQfinish(c);
		return NULL;
	}
	PQclear(PQexec(c, "SET client_min_messages = warning"));
	snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s WITH (FORCE)", name);
	PQclear(PQexec(c, sql));
	snprintf(sql, sizeof(sql), "CREATE DATABASE %s", name);
	PQclear(PQexec(c, sql));
	PQfinish(c);
	snprintf(url, sizeof(url), "%.*s/%s%s", (int)(q - base), base, name, q + 9);
	return url;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static const char *const queries[] = {
	"water",         "\"border guards\"", "Helmand water",    "Taliban OR Iran", "deport*",
	"title:railway", "refugees -Iran",    "trade since:2023", "drought",         "minister",
};
#define NQUERIES (sizeof(queries) / sizeof(queries[0]))

/* p50/p99 in ms of `rounds` runs of each query on either store. */
static void search_latency(const char *what, struct store *sq, struct pg_store *pg, int rounds)
{
	size_t n = NQUERIES * (size_t)rounds, k = 0, i;
	double *t = calloc(n, sizeof(*t));
	int r;
	if (!t)
		return;
	for (r = 0; r < rounds; r++)
		for (i = 0; i < NQUERIES; i++) {
			struct search_query q;
			struct search_results res;
			struct error err = { 0 };
			double t0;
			if (search_query_parse(queries[i], &q, &err) < 0)
				continue;
			t0 = now_s();
			if ((sq ? store_search(sq, &q, 10, 0, &res, &err)
				: pg_search(pg, &q, 10, 0, &res, &err)) == 0) {
				t[k++] = (now_s() - t0) * 1000;
				search_results_release(&res);
			} else {
				printf("workers: %s: %s: %s\n", what, queries[i], err.msg);
			}
			search_query_release(&q);
		}
	qsort(t, k, sizeof(*t), cmp_double);
	if (k)
		printf("workers: search on %s: p50 %.2f ms, p99 %.2f ms (%zu searches of %zu "
		       "queries, "
		       "10 hits each)\n",
		       what, t[k / 2], t[(k * 99) / 100 < k ? (k * 99) / 100 : k - 1], k, NQUERIES);
	free(t);
}

int main(int argc, char **argv)
{
	const char *base = getenv("BRIEF_TEST_PG"), *build = getenv("BUILD");
	long pages = 20000, rounds = 20, search_articles = 1000000;
	const char *wlist = "1,2,4";
	char dir[] = "/tmp/brief-workers-XXXXXX", warc[600], brief[512], gen[512], db[600],
	     pagesarg[24];
	double wall, cpu;
	long pm;
	int i;

	setvbuf(stdout, NULL, _IOLBF, 0);
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--pages") && i + 1 < argc)
			pages = atol(argv[++i]);
		else if (!strcmp(argv[i], "--workers") && i + 1 < argc)
			wlist = argv[++i];
		else if (!strcmp(argv[i], "--queries") && i + 1 < argc)
			rounds = atol(argv[++i]);
		else if (!strcmp(argv[i], "--search-articles") && i + 1 < argc)
			search_articles = atol(argv[++i]);
	}
	if (!build)
		build = "build";
	if (!base) {
		/* a throwaway server of our own, durable as a real one */
		setenv("PG_TMP_FSYNC", "on", 1);
		char **a = calloc((size_t)argc + 3, sizeof(*a));
		if (!a)
			return 0;
		a[0] = "scripts/pg-tmp";
		a[1] = "run";
		for (i = 0; i < argc; i++)
			a[i + 2] = argv[i];
		execv(a[0], a);
		printf("workers: cannot run scripts/pg-tmp (run from the checkout)\n");
		return 0;
	}
	if (!*base) {
		printf("workers: no PostgreSQL (Debian package postgresql): skipped\n");
		return 0;
	}
	if (!mkdtemp(dir))
		return 0;
	snprintf(brief, sizeof(brief), "%s/brief", build);
	snprintf(gen, sizeof(gen), "%s/bench/ingest", build);
	snprintf(pagesarg, sizeof(pagesarg), "%ld", pages);
	{
		char *a[] = { gen, "--pages", pagesarg, "--write", dir, NULL };
		if (run(a, &wall, &cpu) != 0) {
			printf("workers: could not write the archive with %s\n", gen);
			return 0;
		}
	}
	{
		DIR *d = opendir(dir);
		struct dirent *de;
		warc[0] = 0;
		while (d && (de = readdir(d)))
			if (strstr(de->d_name, ".warc.gz"))
				snprintf(warc, sizeof(warc), "%s/%s", dir, de->d_name);
		if (d)
			closedir(d);
	}
	printf("workers: %ld pages in one WARC; %ld online CPUs\n", pages,
	       sysconf(_SC_NPROCESSORS_ONLN));

	snprintf(db, sizeof(db), "%s/sqlite.db", dir);
	{
		char *a[] = { brief, "--db", db, "ingest", "--no-fetch", warc, NULL };
		int rc = run(a, &wall, &cpu);
		printf("workers: SQLite, 1 process: %.1f s, %.0f pages/s, CPU %.2f ms a page%s\n",
		       wall, (double)pages / wall, cpu * 1000 / (double)pages,
		       rc ? " (ingest exited non-zero)" : "");
	}
	pm = postmaster_pid(base);
	{
		char list[64], *w, *save = NULL;
		snprintf(list, sizeof(list), "%s", wlist);
		for (w = strtok_r(list, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
			char name[32];
			char *url;
			double s0, s1;
			int rc;
			snprintf(name, sizeof(name), "brief_bench_w%s", w);
			if (!(url = db_url(base, name))) {
				printf("workers: cannot reach %s\n", base);
				break;
			}
			{
				char *a[] = { brief,       "--db", url,  "ingest",
					      "--workers", w,      warc, NULL };
				s0 = pm ? server_cpu(pm) : 0;
				rc = run(a, &wall, &cpu);
				s1 = pm ? server_cpu(pm) : 0;
			}
			printf("workers: PostgreSQL, %s workers: %.1f s, %.0f pages/s, CPU a page "
			       "%.2f ms "
			       "brief + %.2f ms server%s\n",
			       w, wall, (double)pages / wall, cpu * 1000 / (double)pages,
			       (s1 - s0) * 1000 / (double)pages,
			       rc ? " (ingest exited non-zero)" : "");
		}
	}

	{
		struct store *sq;
		struct pg_store *pg;
		struct error err = { 0 };
		char name[32];
		snprintf(name, sizeof(name), "brief_bench_w%.*s", (int)strcspn(wlist, ","), wlist);
		if (store_open(&sq, db, &err) == 0) {
			search_latency("SQLite", sq, NULL, (int)rounds);
			store_close(sq);
		}
		{
			/* the store the first run filled */
			const char *q = strstr(base, "/postgres?");
			char u[1024];
			snprintf(u, sizeof(u), "%.*s/%s%s", (int)(q - base), base, name, q + 9);
			if (pg_open(&pg, u, &err) == 0) {
				search_latency("PostgreSQL", NULL, pg, (int)rounds);
				pg_close(pg);
			} else {
				printf("workers: %s\n", err.msg);
			}
		}
	}
	if (search_articles > 0) {
		/*
		 * bench/store's generated corpus stored into a SQLite file, copied
		 * into PostgreSQL by `brief migrate` (COPY, indexes made after the
		 * rows), then the same queries on both, one after the other
		 */
		char store[512], n[24], sqpath[640];
		char *url = NULL;
		int rc;
		snprintf(store, sizeof(store), "%s/bench/store", build);
		snprintf(n, sizeof(n), "%ld", search_articles);
		snprintf(sqpath, sizeof(sqpath), "%s/search.db", dir);
		printf("workers: search at scale, %ld articles of bench/store's corpus into "
		       "SQLite\n",
		       search_articles);
		{
			char *a[] = { store,    "--articles",   n,   "--db", sqpath,
				      "--keep", "--store-only", NULL };
			if ((rc = run(a, &wall, &cpu)) != 0)
				printf("workers: %s exited with %d\n", store, rc);
		}
		if (!(url = db_url(base, "brief_bench_search"))) {
			printf("workers: cannot reach %s\n", base);
		} else {
			char *m[] = { brief, "migrate", "--from", sqpath, "--to", url, NULL };
			char *q1[] = { store, "--db", sqpath, "--reuse", "--search-only", NULL };
			char *q2[] = { store, "--db", url, "--reuse", "--search-only", NULL };
			double s0 = pm ? server_cpu(pm) : 0, s1;
			rc = run(m, &wall, &cpu);
			s1 = pm ? server_cpu(pm) : 0;
			printf("workers: brief migrate of %ld articles into PostgreSQL: %.1f s, "
			       "CPU "
			       "%.1f s brief + %.1f s server%s\n",
			       search_articles, wall, cpu, s1 - s0,
			       rc ? " (migrate exited non-zero)" : "");
			printf("workers: search at scale, SQLite:\n");
			if ((rc = run(q1, &wall, &cpu)) != 0)
				printf("workers: %s exited with %d\n", store, rc);
			printf("workers: search at scale, PostgreSQL:\n");
			if ((rc = run(q2, &wall, &cpu)) != 0)
				printf("workers: %s exited with %d\n", store, rc);
			db_url(base, "brief_bench_search"); /* empty again: its disk back */
		}
	}
	{
		char cmd[700];
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			printf("workers: could not remove %s\n", dir);
	}
	return 0;
}
