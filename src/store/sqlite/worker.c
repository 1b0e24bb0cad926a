/*
 * worker.c: the life of the engine's own threads (the index writer in
 * index.c, the checkpointer in checkpoint.c): each has a connection of its
 * own, a mutex, a condition the store wakes it with and one it answers
 * on, and stops when asked, after the work under way.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>

#include "store/sqlite/internal.h"

#include "util/banned.h"

static void *worker_main(void *arg)
{
	struct sq_worker *w = arg;

	prctl(PR_SET_NAME, w->name); /* for top -H and perf */
	pthread_mutex_lock(&w->mu);
	w->body(w);
	pthread_mutex_unlock(&w->mu);
	return NULL;
}

int sq_worker_start(struct sq_worker *w, const char *path, const char *name,
		    void (*body)(struct sq_worker *w), struct error *err)
{
	pthread_condattr_t ca;

	w->name = name;
	w->body = body;
	w->stop = 0;
	if (sqlite3_open_v2(path, &w->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK) {
		int r = error_set(err, ERR_DB, "%s: %s", name,
				  w->db ? sqlite3_errmsg(w->db) : error_code_name(ERR_NOMEM));
		sqlite3_close(w->db);
		w->db = NULL;
		return r;
	}
	pthread_mutex_init(&w->mu, NULL);
	if (pthread_condattr_init(&ca) != 0)
		goto fail;
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC); /* for timed waits on `wake` */
	pthread_cond_init(&w->wake, &ca);
	pthread_condattr_destroy(&ca);
	pthread_cond_init(&w->done, NULL);
	return 0;
fail:
	pthread_mutex_destroy(&w->mu);
	sqlite3_close(w->db);
	w->db = NULL;
	return error_set(err, ERR_INTERNAL, "cannot start %s", name);
}

int sq_worker_run(struct sq_worker *w, struct error *err)
{
	if (pthread_create(&w->thread, NULL, worker_main, w) == 0) {
		w->started = 1;
		return 0;
	}
	sq_worker_stop(w);
	return error_set(err, ERR_INTERNAL, "cannot start %s", w->name);
}

void sq_worker_stop(struct sq_worker *w)
{
	if (!w->db)
		return;
	if (w->started) {
		pthread_mutex_lock(&w->mu);
		w->stop = 1;
		pthread_cond_signal(&w->wake);
		pthread_mutex_unlock(&w->mu);
		pthread_join(w->thread, NULL);
		w->started = 0;
	}
	sqlite3_close(w->db);
	w->db = NULL;
	pthread_mutex_destroy(&w->mu);
	pthread_cond_destroy(&w->wake);
	pthread_cond_destroy(&w->done);
}
