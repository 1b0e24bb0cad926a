/*
 * checkpoint.c: copying main's write-ahead log back into the database,
 * mostly off the storing thread.
 *
 * SQLite's automatic checkpoint runs in the connection that commits, and
 * waits there for two fsyncs: of the log, then of the database. In a
 * long load most of the storing thread's commit time was those waits, and
 * nothing else could use the time.
 *
 * So once main's log holds CKPT_FRAMES frames, a thread of our own, with
 * a connection of its own, checkpoints it while the store goes on. The
 * log restarts from its beginning only when a transaction starts with the
 * whole log copied, which a checkpoint beside a writer never achieves: the
 * store commits more meanwhile (with a checkpoint thread alone the log
 * grows without bound). So at the first commit after the thread
 * is done, the store copies the rest itself: the frames of the commits
 * made meanwhile, a fraction of the whole. The next transaction then
 * restarts the log.
 *
 * A store that never fills CKPT_FRAMES (a `brief add`) never starts the
 * thread. When the thread cannot start, the committing connection
 * checkpoints (passively, as SQLite's automatic checkpoint does).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "store/sqlite/internal.h"

#include "util/banned.h"

/* main's log frames that start a checkpoint (128 MiB of 8 KiB pages), unless st->ck_frames */
#define CKPT_FRAMES 16384
/* times that, past which the store waits for the thread, then checkpoints the rest itself */
#define CKPT_FRAMES_MAX 8
/* the index file, when this connection writes it (SQLite's default) */
#define CKPT_FRAMES_OTHER 1000

struct checkpointer {
	struct sq_worker t; /* first: its `done` tells the store a checkpoint ended */
	int want;           /* a checkpoint is asked for */
	int running;        /* one is under way */
	int done;           /* one finished since the store last looked */
};

static void ck_body(struct sq_worker *t)
{
	struct checkpointer *c = (struct checkpointer *)t;

	for (;;) {
		while (!t->stop && !c->want)
			pthread_cond_wait(&t->wake, &t->mu);
		if (t->stop)
			break;
		c->want = 0;
		c->running = 1;
		pthread_mutex_unlock(&t->mu);
		/* copies what was committed when it starts; a failure leaves it to the next */
		sqlite3_wal_checkpoint_v2(t->db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		pthread_mutex_lock(&t->mu);
		c->running = 0;
		c->done = 1;
		pthread_cond_signal(&t->done);
	}
}

static struct checkpointer *ck_start(const char *path)
{
	struct checkpointer *c = calloc(1, sizeof(*c));

	if (!c)
		return NULL;
	if (sq_worker_start(&c->t, path, "brief-checkpt", ck_body, NULL) < 0) {
		free(c);
		return NULL;
	}
	if (sqlite3_exec(c->t.db, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL) != SQLITE_OK ||
	    sq_worker_run(&c->t, NULL) < 0) {
		sq_worker_stop(&c->t);
		free(c);
		return NULL;
	}
	return c;
}

/* After each commit of this connection (sqlite3_wal_hook): `frames` are in `name`'s log. */
static int wal_hook(void *arg, sqlite3 *db, const char *name, int frames)
{
	struct sq_store *st = arg;
	struct checkpointer *c;
	int limit = st->ck_frames > 0 ? st->ck_frames : CKPT_FRAMES, finish = 0;

	if (strcmp(name, "main")) {
		if (frames >= CKPT_FRAMES_OTHER)
			sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		return SQLITE_OK;
	}
	if (frames < limit)
		return SQLITE_OK;
	if (!st->ck && !st->ck_failed && !(st->ck = ck_start(st->path)))
		st->ck_failed = 1;
	if (!(c = st->ck)) {
		sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		return SQLITE_OK;
	}
	pthread_mutex_lock(&c->t.mu);
	if (frames >= CKPT_FRAMES_MAX * limit) {
		/* the thread falls behind (a slow disk): wait for it, then finish here */
		while (c->want || c->running)
			pthread_cond_wait(&c->t.done, &c->t.mu);
		c->done = 1;
	}
	if (c->done) {
		c->done = 0;
		finish = 1;
	} else if (!c->running && !c->want) {
		c->want = 1;
		pthread_cond_signal(&c->t.wake);
	}
	pthread_mutex_unlock(&c->t.mu);
	/* the rest: what was committed while the thread copied */
	if (finish)
		sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
	return SQLITE_OK;
}

int sq_checkpoints_init(struct sq_store *st)
{
	sqlite3_wal_hook(st->db, wal_hook, st);
	return 0;
}

void sq_checkpoints_stop(struct sq_store *st)
{
	if (!st->ck)
		return;
	sq_worker_stop(&st->ck->t);
	free(st->ck);
	st->ck = NULL;
}
