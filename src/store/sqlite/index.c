/*
 * index.c: the full-text index, kept in a database file of its own and
 * written by a thread of its own.
 *
 * FTS5 is the largest single cost of storing an article, and SQLite lets
 * one connection write a file at a time. So the index lives in "PATH-search",
 * attached to every connection as the schema `search`, and the store only
 * notes what changed in main.search_log, in the same transaction as the
 * article. After each commit, a writer thread with its own connection
 * reads the new entries and the articles' text, and indexes them while the
 * store goes on with the next batch.
 *
 * search.search_state.applied is the last log entry the index holds,
 * committed with the index itself, so after a crash the index is brought
 * up to date from the log at the next store_open; nothing can be indexed
 * twice or lost. Several processes may share a database: whichever takes
 * the index's write lock applies the entries it finds.
 *
 * The index is contentless (content=''): the text is in main.articles. To
 * remove a changed article's old words, FTS5 needs the old text, so an
 * update logs the old title and text. An entry's new values are those the
 * next entry for the same article logs as old, else the article's row.
 *
 * A deleted or damaged search file is rebuilt from the articles when the
 * store is opened.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store/sqlite/internal.h"
#include "util/array.h"
#include "util/buf.h"

#include "util/banned.h"

/* log entries applied per index transaction: FTS5 writes a segment per commit */
#define INDEX_BATCH 20000
/* and at most this much text read for them at once */
#define INDEX_BATCH_BYTES (64u << 20)
/*
 * The writer gathers this many entries before it indexes them, unless the
 * store waits for the index (a search in this process, store_close) or
 * INDEX_GATHER_MS pass first. Each index transaction writes a segment
 * that FTS5 merges again and again as the index grows, so fewer, larger
 * transactions cost much less CPU (docs/decisions.md).
 */
#define INDEX_GATHER    10000
#define INDEX_GATHER_MS 1000
/*
 * The most entries the store may log ahead of the index: a store that
 * gets further ahead waits after its commit until the writer catches up.
 * On two cores, an index left behind finished alone, seconds after the
 * last article was stored, with the other core idle. Two of the writer's
 * transactions.
 */
#define INDEX_LAG_MAX (2 * INDEX_BATCH)

struct index_writer {
	struct sq_worker t; /* first: its `done` tells each transaction's progress */
	int64_t wanted;     /* the last entry committed by the store */
	int64_t applied;    /* the last entry the writer has indexed */
	int waiters;        /* threads in sq_index_wait: index now, do not gather */
	int failed;
	char msg[ERROR_MSG_MAX];
};

static const char search_schema[] =
	"CREATE VIRTUAL TABLE IF NOT EXISTS search.articles_fts USING fts5("
	"  title, text, content='', tokenize='porter unicode61 remove_diacritics 2');"
	"CREATE VIRTUAL TABLE IF NOT EXISTS search.articles_vocab "
	"  USING fts5vocab(articles_fts, row);"
	"CREATE TABLE IF NOT EXISTS search.search_state ("
	"  id INTEGER PRIMARY KEY CHECK (id = 1),"
	"  applied INTEGER NOT NULL);";

static int db_error(sqlite3 *db, struct error *err, const char *what)
{
	return error_set(err, ERR_DB, "%s: %s", what, sqlite3_errmsg(db));
}

static MUST_CHECK int exec(sqlite3 *db, const char *sql, struct error *err)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		int r = error_set(err, ERR_DB, "search index: %s", msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return r;
	}
	return 0;
}

static MUST_CHECK int64_t one_int(sqlite3 *db, const char *sql, struct error *err)
{
	sqlite3_stmt *s;
	int64_t v = 0;
	int rc;
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		return db_error(db, err, "search index");
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	else if (rc != SQLITE_DONE)
		v = db_error(db, err, "search index");
	sqlite3_finalize(s);
	return v;
}

static int is_memory(const char *path)
{
	return !*path || !strcmp(path, ":memory:");
}

/*
 * Attach the index file of the database at `path` as `search`; read-only
 * (and immutable, as the database) when the store is.
 */
static MUST_CHECK int attach(sqlite3 *db, const char *path, int read_only, int immutable,
			     struct error *err)
{
	char *spath, *uri;
	sqlite3_stmt *s;
	int r = 0;

	if (is_memory(path))
		spath = strdup(path);
	else if ((spath = malloc(strlen(path) + 8)) != NULL)
		snprintf(spath, strlen(path) + 8, "%s-search", path);
	if (!spath)
		return error_nomem(err);
	if (read_only && !is_memory(path) && access(spath, R_OK) != 0) {
		r = error_set(err, ERR_DB,
			      "the search index %s is missing, and the database is read-only "
			      "here: open it once as a user who may write it to rebuild the index",
			      spath);
		free(spath);
		return r;
	}
	/* the connection takes URIs when immutable: the same file, read as immutable */
	uri = immutable ? sq_immutable_uri(spath) : NULL;
	if (immutable && !uri) {
		free(spath);
		return error_nomem(err);
	}
	if (sqlite3_prepare_v2(db, "ATTACH ?1 AS search", -1, &s, NULL) != SQLITE_OK) {
		free(uri);
		free(spath);
		return db_error(db, err, "attaching the search index");
	}
	sqlite3_bind_text(s, 1, uri ? uri : spath, -1, SQLITE_STATIC);
	r = sqlite3_step(s);
	sqlite3_finalize(s);
	/* ATTACH reads nothing: its schema, read now, says whether the file is whole */
	if (r == SQLITE_DONE) {
		r = sqlite3_prepare_v2(db, "SELECT count(*) FROM search.sqlite_master", -1, &s,
				       NULL);
		if (r == SQLITE_OK) {
			r = sqlite3_step(s);
			sqlite3_finalize(s);
		}
		if (r == SQLITE_ROW)
			r = 0;
	}
	if (r && ((r & 0xff) == SQLITE_NOTADB || (r & 0xff) == SQLITE_CORRUPT))
		/* derived from the database alone: the cure loses nothing */
		r = error_set(err, ERR_DB,
			      "the search index %s is damaged: remove %s* to rebuild it from "
			      "the articles",
			      spath, spath);
	else if (r)
		r = error_set(err, ERR_DB, "attaching the search index %s: %s", spath,
			      sqlite3_errmsg(db));
	free(uri);
	free(spath);
	if (r || read_only)
		return r;
	/*
	 * 8 KiB pages, and FTS5 leaves to fill them (pgsz, set with the new
	 * index): the index is written in segments and merged, each page a
	 * frame in the log and a write when checkpointed, and half as many
	 * pages cost less CPU than 4 KiB ones (docs/decisions.md). page_size
	 * only applies to a new, empty file.
	 * secure_delete FAST: see store_open's pragmas; FTS5 frees whole
	 * segments at each merge, and zeroing them wrote them all again.
	 */
	return exec(db,
		    "PRAGMA search.secure_delete = FAST;"
		    "PRAGMA search.page_size = 8192;"
		    "PRAGMA search.journal_mode = WAL;"
		    "PRAGMA search.synchronous = NORMAL;"
		    "PRAGMA search.cache_size = -65536;"
		    "PRAGMA search.mmap_size = 4294967296;",
		    err);
}

/* One log entry read for indexing: old values to remove, new values to add. */
struct pending {
	int64_t seq, id;
	int remove, add;
	struct {
		size_t off, len;
		int null;
	} v[4]; /* old title, old text, new title, new text: offsets in the batch's bytes */
};

struct batch {
	struct pending *items;
	size_t n, alloc;
	struct buf bytes;
};

static void batch_release(struct batch *b)
{
	free(b->items);
	buf_release(&b->bytes);
	memset(b, 0, sizeof(*b));
}

/* Copy column `col` of `s` into the batch as value `k` of `p`. */
static int keep_value(struct batch *b, struct pending *p, int k, sqlite3_stmt *s, int col)
{
	const unsigned char *t = sqlite3_column_text(s, col);
	size_t len = (size_t)sqlite3_column_bytes(s, col);
	p->v[k].null = sqlite3_column_type(s, col) == SQLITE_NULL;
	p->v[k].off = b->bytes.len;
	p->v[k].len = len;
	return p->v[k].null || !len ? 0 : buf_add(&b->bytes, t, len);
}

static void bind_value(sqlite3_stmt *s, int i, const struct batch *b, const struct pending *p,
		       int k)
{
	if (p->v[k].null)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, p->v[k].len ? b->bytes.data + p->v[k].off : "",
				  (int)p->v[k].len, SQLITE_STATIC);
}

/* Run `s` (a removal or an insertion) for the title and text at values `k`, `k + 1` of `p`. */
static MUST_CHECK int put_entry(sqlite3 *db, sqlite3_stmt *s, const struct batch *b,
				const struct pending *p, int k, struct error *err)
{
	int rc;
	sqlite3_bind_int64(s, 1, p->id);
	bind_value(s, 2, b, p, k);
	bind_value(s, 3, b, p, k + 1);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return 0;
	return db_error(db, err,
			k ? "indexing an article" : "removing an article from the search index");
}

/*
 * Read up to INDEX_BATCH log entries after `after` (or INDEX_BATCH_BYTES of
 * text) with what they index, outside any transaction: a reader of main
 * held through a whole index transaction kept main's checkpoints from
 * catching up, and its log grew without bound.
 */
static MUST_CHECK int read_batch(sqlite3 *db, int64_t after, struct batch *b, int *left,
				 struct error *err)
{
	static const char pending_sql[] =
		"SELECT l.seq, l.article_id, l.old_title, l.old_text, n.old_title, n.old_text, "
		"  n.seq IS NOT NULL, a.title, a.text "
		"FROM main.search_log l "
		"LEFT JOIN main.search_log n ON n.seq = (SELECT min(seq) FROM main.search_log "
		"  WHERE article_id = l.article_id AND seq > l.seq) "
		"LEFT JOIN main.articles a ON a.id = l.article_id "
		"WHERE l.seq > ?1 ORDER BY l.seq LIMIT ?2";
	sqlite3_stmt *s;
	int rc, r = 0;

	*left = 0;
	if (sqlite3_prepare_v2(db, pending_sql, -1, &s, NULL) != SQLITE_OK)
		return db_error(db, err, "reading the search log");
	sqlite3_bind_int64(s, 1, after);
	sqlite3_bind_int(s, 2, INDEX_BATCH);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct pending *p;
		int newt =
			sqlite3_column_int(s, 6) ? 4 : 7; /* the columns holding the new values */
		if (ARRAY_GROW(b->items, b->n, b->alloc) < 0) {
			r = error_nomem(err);
			break;
		}
		p = &b->items[b->n];
		memset(p, 0, sizeof(*p));
		p->seq = sqlite3_column_int64(s, 0);
		p->id = sqlite3_column_int64(s, 1);
		p->remove = sqlite3_column_type(s, 2) != SQLITE_NULL;
		p->add = sqlite3_column_type(s, newt) != SQLITE_NULL; /* else no such article */
		if ((p->remove &&
		     (keep_value(b, p, 0, s, 2) < 0 || keep_value(b, p, 1, s, 3) < 0)) ||
		    (p->add &&
		     (keep_value(b, p, 2, s, newt) < 0 || keep_value(b, p, 3, s, newt + 1) < 0))) {
			r = error_nomem(err);
			break;
		}
		b->n++;
		if (b->bytes.len >= INDEX_BATCH_BYTES) {
			*left = 1;
			break;
		}
	}
	if (!r && rc != SQLITE_ROW && rc != SQLITE_DONE)
		r = db_error(db, err, "reading the search log");
	sqlite3_finalize(s);
	if (b->n == INDEX_BATCH)
		*left = 1;
	return r;
}

/*
 * Apply up to INDEX_BATCH log entries after the index's own mark, in one
 * transaction on `db`; *left is set when more may remain, *upto to the
 * mark reached. Only the search file is written: `db` may read main while
 * another connection writes it.
 */
static MUST_CHECK int apply_batch(sqlite3 *db, int *left, int64_t *upto, struct error *err)
{
	static const char del_sql[] =
		"INSERT INTO search.articles_fts(articles_fts, rowid, title, text) "
		"VALUES ('delete', ?1, ?2, ?3)";
	static const char ins_sql[] =
		"INSERT INTO search.articles_fts(rowid, title, text) VALUES (?1, ?2, ?3)";
	static const char mark_sql[] =
		"SELECT coalesce((SELECT applied FROM search.search_state WHERE id = 1), 0)";
	sqlite3_stmt *del = NULL, *ins = NULL, *mark = NULL;
	struct batch b = { NULL, 0, 0, BUF_INIT };
	int64_t applied, last;
	size_t i;
	int r;

	*left = 0;
	if ((applied = one_int(db, mark_sql, err)) < 0)
		return (int)applied;
	if ((r = read_batch(db, applied, &b, left, err)) < 0 || !b.n) {
		batch_release(&b);
		return r; /* nothing new: no transaction */
	}
	/* take the index's write lock, then read its mark again: another process may have indexed */
	if (exec(db,
		 "BEGIN; INSERT INTO search.search_state(id, applied) VALUES (1, 0) "
		 "ON CONFLICT(id) DO NOTHING",
		 err) < 0) {
		batch_release(&b);
		return -ERR_DB;
	}
	applied = one_int(db, mark_sql, err);
	if (applied < 0) {
		r = (int)applied;
		goto out;
	}
	last = applied;
	if (sqlite3_prepare_v2(db, del_sql, -1, &del, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, ins_sql, -1, &ins, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "UPDATE search.search_state SET applied = ?1 WHERE id = 1", -1,
			       &mark, NULL) != SQLITE_OK) {
		r = db_error(db, err, "search index");
		goto out;
	}
	for (i = 0; i < b.n; i++) {
		const struct pending *p = &b.items[i];
		if (p->seq <= applied)
			continue;
		last = p->seq;
		if (p->remove && (r = put_entry(db, del, &b, p, 0, err)) < 0)
			goto out;
		if (p->add && (r = put_entry(db, ins, &b, p, 2, err)) < 0)
			goto out;
	}
	*upto = last;
	if (last == applied)
		goto out; /* another process indexed them all */
	sqlite3_bind_int64(mark, 1, last);
	if (sqlite3_step(mark) != SQLITE_DONE)
		r = db_error(db, err, "search index");
out:
	sqlite3_finalize(del);
	sqlite3_finalize(ins);
	sqlite3_finalize(mark);
	batch_release(&b);
	if (r) {
		(void)!exec(db, "ROLLBACK", NULL); /* (the failure to tell is r) */
		return r;
	}
	return exec(db, "COMMIT", err);
}

static MUST_CHECK int apply_all(sqlite3 *db, int64_t *upto, struct error *err)
{
	int left = 1, r = 0;
	while (left && (r = apply_batch(db, &left, upto, err)) == 0)
		;
	return r;
}

int sq_index_open(struct sq_store *st, const char *path, int new_db, struct error *err)
{
	int64_t fresh, upto = 0;
	int r;

	if ((r = attach(st->db, path, st->base.read_only, st->immutable, err)) < 0)
		return r;
	if (st->base.read_only) {
		/*
		 * The index is read as it is: entries a writer logged but did
		 * not index (it stopped first) are indexed by the next store
		 * that may write; until then a search does not find them.
		 */
		st->index_async = 0;
		return 0;
	}
	/* an index left beside a database since removed is not this one's */
	if (new_db && (r = exec(st->db,
				"DROP TABLE IF EXISTS search.articles_vocab;"
				"DROP TABLE IF EXISTS search.articles_fts;"
				"DROP TABLE IF EXISTS search.search_state;",
				err)) < 0)
		return r;
	if ((r = exec(st->db, search_schema, err)) < 0)
		return r;
	/* the usual open: an index holding the whole log needs no write lock */
	fresh = one_int(
		st->db,
		"SELECT count(*) FROM search.search_state WHERE applied >= 0 AND applied >= "
		"(SELECT coalesce(max(seq), 0) FROM main.search_log)",
		err);
	if (fresh < 0)
		return (int)fresh;
	if (fresh > 0)
		goto done;
	if ((r = exec(st->db,
		      "BEGIN; INSERT INTO search.search_state(id, applied) VALUES (1, -1) "
		      "ON CONFLICT(id) DO NOTHING",
		      err)) < 0)
		return r;
	/* under the index's write lock: one process builds a new index */
	fresh = one_int(st->db, "SELECT applied < 0 FROM search.search_state", err);
	if (fresh > 0) {
		/*
		 * A new index file (a new database, one from before the index
		 * had a file of its own, or a removed file): index every
		 * article, and mark the whole log as applied. FTS5 keeps up
		 * to 64 MiB of new terms in memory before it writes them as a
		 * segment (its default is 1 MiB): a gathered batch
		 * (INDEX_GATHER) is one segment, and fewer segments to merge.
		 * It merges 8 segments of a size into one, not 4: each
		 * article's terms are rewritten fewer times as the index
		 * grows, for a few more segments a search reads.
		 */
		r = exec(st->db,
			 "INSERT INTO search.articles_fts(articles_fts, rank) "
			 "  VALUES ('hashsize', 67108864);"
			 "INSERT INTO search.articles_fts(articles_fts, rank) "
			 "  VALUES ('automerge', 8);"
			 "INSERT INTO search.articles_fts(articles_fts, rank) "
			 "  VALUES ('pgsz', 8000);"
			 "INSERT INTO search.articles_fts(rowid, title, text) "
			 "  SELECT id, title, text FROM main.articles ORDER BY id;"
			 "UPDATE search.search_state SET applied = "
			 "  (SELECT coalesce(max(seq), 0) FROM main.search_log);",
			 err);
	}
	if (fresh < 0 || r < 0) {
		(void)!exec(st->db, "ROLLBACK", NULL); /* (the failure to tell is above) */
		return fresh < 0 ? (int)fresh : r;
	}
	if ((r = exec(st->db, "COMMIT", err)) < 0)
		return r;
	/* what a writer committed but did not index before it stopped */
	if ((r = apply_all(st->db, &upto, err)) < 0)
		return r;
done:
	st->index_async = !is_memory(path);
	return 0;
}

int sq_index_log(struct sq_store *st, int64_t article_id, const char *old_title,
		 const char *old_text, struct error *err)
{
	static const char sql[] =
		"INSERT INTO main.search_log(article_id, old_title, old_text) VALUES (?, ?, ?)";
	sqlite3_stmt *s;
	int r = 0;

	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, article_id);
	sq_bind_text(s, 2, old_title);
	sq_bind_text(s, 3, old_text);
	if (sqlite3_step(s) != SQLITE_DONE)
		r = sq_db_error(st, err, "logging an article for the search index");
	else
		st->index_logged = sqlite3_last_insert_rowid(st->db);
	sq_done(s);
	return r;
}

/* With w->t.mu held: wait until INDEX_GATHER entries are due, someone waits, or time is up. */
static void gather(struct index_writer *w)
{
	struct timespec until;

	if (clock_gettime(CLOCK_MONOTONIC, &until) < 0)
		return;
	until.tv_sec += INDEX_GATHER_MS / 1000;
	until.tv_nsec += (long)(INDEX_GATHER_MS % 1000) * 1000000L;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	while (!w->t.stop && !w->waiters && w->wanted - w->applied < INDEX_GATHER)
		if (pthread_cond_timedwait(&w->t.wake, &w->t.mu, &until) == ETIMEDOUT)
			break;
}

static void writer_body(struct sq_worker *t)
{
	struct index_writer *w = (struct index_writer *)t;

	for (;;) {
		struct error err = { 0 };
		int64_t upto = 0, target;
		int r, left;

		while (!w->t.stop && w->applied >= w->wanted)
			pthread_cond_wait(&w->t.wake, &w->t.mu);
		if (w->applied >= w->wanted)
			break;
		gather(w);
		/*
		 * The store committed every entry up to `target` before it
		 * raised `wanted`, so the snapshots the transactions below
		 * read hold them all: once the log is drained they are indexed
		 * (by this thread or by another process). Entries of a batch
		 * rolled back never were. Each transaction's progress is told
		 * at once, for a store waiting on the lag.
		 */
		target = w->wanted;
		pthread_mutex_unlock(&w->t.mu);
		do {
			r = apply_batch(w->t.db, &left, &upto, &err);
			pthread_mutex_lock(&w->t.mu);
			if (r == 0 && upto > w->applied) {
				w->applied = upto;
				pthread_cond_broadcast(&w->t.done);
			}
			pthread_mutex_unlock(&w->t.mu);
		} while (r == 0 && left);
		pthread_mutex_lock(&w->t.mu);
		if (r < 0 && !w->failed) {
			/* the entries stay in the log for the next store_open */
			w->failed = 1;
			snprintf(w->msg, sizeof(w->msg), "%s", err.msg);
		}
		if (target > w->applied)
			w->applied = target;
		pthread_cond_broadcast(&w->t.done);
	}
}

static MUST_CHECK int writer_start(struct sq_store *st, struct error *err)
{
	struct index_writer *w = calloc(1, sizeof(*w));
	int r;

	if (!w)
		return error_nomem(err);
	if ((r = sq_worker_start(&w->t, st->path, "brief-index", writer_body, err)) < 0) {
		free(w);
		return r;
	}
	sqlite3_busy_timeout(w->t.db, 60000);
	if ((r = exec(w->t.db, "PRAGMA mmap_size = 4294967296", err)) < 0 ||
	    (r = attach(w->t.db, st->path, 0, 0, err)) < 0 || (r = sq_worker_run(&w->t, err)) < 0) {
		sq_worker_stop(&w->t);
		free(w);
		return r;
	}
	st->ix = w;
	return 0;
}

/* Index on the store's own connection (a memory database, or no thread). */
static MUST_CHECK int apply_here(struct sq_store *st, struct error *err)
{
	int64_t upto = 0;
	int r = apply_all(st->db, &upto, err);
	st->index_behind = r < 0; /* sq_index_wait tries again */
	return r;
}

int sq_index_committed(struct sq_store *st, struct error *err)
{
	struct index_writer *w;
	int64_t bound;

	if (!st->index_logged)
		return 0;
	if (!st->index_async)
		return apply_here(st, err);
	if (!st->ix && writer_start(st, err) < 0) {
		st->index_async = 0;
		return apply_here(st, err);
	}
	w = st->ix;
	bound = st->index_lag_max > 0 ? st->index_lag_max : INDEX_LAG_MAX;
	pthread_mutex_lock(&w->t.mu);
	if (st->index_logged > w->wanted)
		w->wanted = st->index_logged;
	pthread_cond_signal(&w->t.wake);
	if (w->wanted - w->applied > bound && !w->failed) {
		w->waiters++; /* index now, do not gather */
		while (w->wanted - w->applied > bound && !w->failed)
			pthread_cond_wait(&w->t.done, &w->t.mu);
		w->waiters--;
	}
	pthread_mutex_unlock(&w->t.mu);
	return 0;
}

int64_t sq_index_lag(struct sq_store *st)
{
	int64_t lag;
	if (!st->ix)
		return 0;
	pthread_mutex_lock(&st->ix->t.mu);
	lag = st->ix->wanted - st->ix->applied;
	pthread_mutex_unlock(&st->ix->t.mu);
	return lag;
}

int sq_index_wait(struct sq_store *st, struct error *err)
{
	struct index_writer *w = st->ix;
	int r = 0;

	if (st->index_behind)
		return apply_here(st, err);
	if (!w)
		return 0;
	pthread_mutex_lock(&w->t.mu);
	if (w->applied < w->wanted) {
		w->waiters++;
		pthread_cond_signal(&w->t.wake); /* stop gathering */
		while (w->applied < w->wanted)
			pthread_cond_wait(&w->t.done, &w->t.mu);
		w->waiters--;
	}
	if (w->failed) {
		r = error_set(err, ERR_DB, "search index: %s", w->msg);
		w->failed = 0;
	}
	pthread_mutex_unlock(&w->t.mu);
	return r;
}

void sq_index_close(struct sq_store *st)
{
	if (!st->ix)
		return;
	sq_worker_stop(&st->ix->t);
	free(st->ix);
	st->ix = NULL;
}
