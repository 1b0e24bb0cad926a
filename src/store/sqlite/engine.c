/*
 * engine.c: the SQLite engine of store.h (store/engine.h): opening,
 * transactions, documents and articles, checking and compacting, and the
 * engine's table of ops. The other files of this directory hold the rest
 * by subject: search.c, rank.c and snippet.c (full-text search), index.c
 * (the index writer), checkpoint.c (the log's checkpoints), groups.c
 * (fingerprints and groups), events.c, sources.c, migrations.c.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store/sqlite/internal.h"
#include "store/sqlite/migrations.h"
#include "store/store.h"
#include "util/array.h"
#include "util/buf.h"

#include "util/banned.h"

int sq_db_error(struct sq_store *st, struct error *err, const char *what)
{
	if (sqlite3_errcode(st->db) == SQLITE_NOMEM)
		return error_nomem(err);
	return error_set(err, ERR_DB, "%s: %s", what, sqlite3_errmsg(st->db));
}

int sq_read_only_error(struct sq_store *st, struct error *err)
{
	return error_set(err, ERR_DB,
			 "%s is read-only here (no permission to write it or its directory): "
			 "commands that only read work on it",
			 st->path ? st->path : "the database");
}

int sq_begin(struct sq_store *st, struct error *err)
{
	static const char prune_sql[] = "DELETE FROM main.search_log WHERE seq < ?";
	int64_t applied;
	sqlite3_stmt *s;
	int r = 0;

	if (st->base.read_only)
		return sq_read_only_error(st, err);
	/*
	 * The index's mark is read before the transaction: a read of the
	 * index file inside it would hold a snapshot of that file for the
	 * whole batch, and with batch after batch the index writer's log
	 * could never be checkpointed, and it would grow without bound.
	 */
	applied = sq_lookup_id(st, "SELECT applied FROM search.search_state WHERE ? IS NULL", NULL,
			       err);
	/* left by a transaction that ended in an error */
	sq_fp_pending_drop(st);
	sq_fresh_clear(st);
	if (applied < 0 || sq_exec(st, "BEGIN", err) < 0)
		return -ERR_DB;
	/*
	 * A write to main takes main's write lock at once, as IMMEDIATE
	 * would. It drops the log entries the index holds, but the last:
	 * new entries must number after it, and a rowid counts on from the
	 * largest one left.
	 */
	if (sq_cached(st, prune_sql, &s, err) < 0)
		r = -ERR_DB;
	else {
		sqlite3_bind_int64(s, 1, applied);
		if (sqlite3_step(s) != SQLITE_DONE)
			r = sq_db_error(st, err, "starting a transaction");
		sq_done(s);
	}
	if (r)
		sq_abandon(st, "ROLLBACK");
	return r;
}

int sq_exec(struct sq_store *st, const char *sql, struct error *err)
{
	char *msg = NULL;
	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		int r = error_set(err, ERR_DB, "%s", msg ? msg : sqlite3_errmsg(st->db));
		sqlite3_free(msg);
		return r;
	}
	return 0;
}

void sq_abandon(struct sq_store *st, const char *sql)
{
	(void)!sq_exec(st, sql, NULL);
}

int sq_prepare(struct sq_store *st, const char *sql, sqlite3_stmt **stmt, struct error *err)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, stmt, NULL) != SQLITE_OK)
		return sq_db_error(st, err, "prepare");
	return 0;
}

int sq_prepare_built(struct sq_store *st, struct buf *sql, sqlite3_stmt **stmt, struct error *err)
{
	int r = buf_error(sql) ? error_nomem(err) : sq_prepare(st, sql->data, stmt, err);
	buf_release(sql);
	return r;
}

int sq_cached(struct sq_store *st, const char *sql, sqlite3_stmt **stmt, struct error *err)
{
	size_t i;
	for (i = 0; i < STORE_STMT_CACHE && st->cache[i].sql; i++)
		if (st->cache[i].sql == sql) {
			*stmt = st->cache[i].stmt;
			return 0;
		}
	if (sqlite3_prepare_v3(st->db, sql, -1,
			       i < STORE_STMT_CACHE ? SQLITE_PREPARE_PERSISTENT : 0, stmt,
			       NULL) != SQLITE_OK)
		return sq_db_error(st, err, "prepare");
	if (i < STORE_STMT_CACHE) {
		st->cache[i].sql = sql;
		st->cache[i].stmt = *stmt;
	} else {
		BUG("statement cache full: raise STORE_STMT_CACHE");
	}
	return 0;
}

int sq_run(struct sq_store *st, sqlite3_stmt *s, struct error *err, const char *what)
{
	int rc = sqlite3_step(s);
	int r = rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : sq_db_error(st, err, what);
	sqlite3_finalize(s);
	return r;
}

fts5_api *sq_fts5_api(struct sq_store *st)
{
	fts5_api *api = NULL;
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(st->db, "SELECT fts5(?1)", -1, &s, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_pointer(s, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(s);
	sqlite3_finalize(s);
	return api;
}

void sq_done(sqlite3_stmt *stmt)
{
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
}

int sq_collect_rows(struct sq_store *st, sqlite3_stmt *s, void *items, size_t *n, size_t size,
		    void (*row)(sqlite3_stmt *s, void *item), const char *what, struct error *err)
{
	size_t alloc = 0;
	char *p;
	int r = 0, rc;

	(void)sq_copies_failed(); /* none of another read's left over */
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n >= alloc && array_grow_(items, &alloc, size, *n + 1) < 0) {
			r = error_nomem(err);
			break;
		}
		memcpy(&p, items, sizeof(p));
		row(s, p + *n * size);
		(*n)++; /* counted even when a copy failed: the caller's release frees the rest */
		if (sq_copies_failed()) {
			r = error_nomem(err);
			break;
		}
	}
	if (!r && rc != SQLITE_DONE)
		r = sq_db_error(st, err, what);
	return r;
}

static void id_row(sqlite3_stmt *s, void *id)
{
	*(int64_t *)id = sqlite3_column_int64(s, 0);
}

int sq_collect_ids(struct sq_store *st, sqlite3_stmt *s, int64_t **ids, size_t *n, const char *what,
		   struct error *err)
{
	int r;

	*ids = NULL;
	*n = 0;
	r = sq_collect_rows(st, s, ids, n, sizeof(**ids), id_row, what, err);
	sq_done(s);
	if (r) {
		free(*ids);
		*ids = NULL;
		*n = 0;
	}
	return r;
}

void sq_bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, i);
}

/*
 * The copies of columns sq_col_strdup could not make since sq_copies_failed
 * last looked, on this thread (a connection is used by one thread at a time).
 */
static _Thread_local unsigned col_copy_failures;

char *sq_col_strdup(sqlite3_stmt *s, int i)
{
	const unsigned char *t;
	char *c;
	if (sqlite3_column_type(s, i) == SQLITE_NULL)
		return NULL;
	/* NULL from a value that is not NULL: SQLite ran out of memory */
	if (!(t = sqlite3_column_text(s, i)) || !(c = strdup((const char *)t))) {
		col_copy_failures++;
		return NULL;
	}
	return c;
}

int sq_copies_failed(void)
{
	int failed = col_copy_failures != 0;
	col_copy_failures = 0;
	return failed;
}

static int user_version(struct sq_store *st)
{
	sqlite3_stmt *s;
	int v = -1;
	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return v;
}

int sqlite_schema_version(struct store *base)
{
	struct sq_store *st = sq_store_of(base);
	return user_version(st);
}

/* The schema version into *v: an error if it cannot be read or is newer than this build's. */
static MUST_CHECK int known_version(struct sq_store *st, int *v, struct error *err)
{
	*v = user_version(st);
	if (*v < 0)
		return sq_db_error(st, err, "reading schema version");
	if (*v > store_schema_latest())
		return error_set(err, ERR_DB,
				 "database schema version %d is newer than this brief knows (%d)",
				 *v, store_schema_latest());
	return 0;
}

/* Bring the schema to the newest version, one transaction per step. */
static MUST_CHECK int migrate(struct sq_store *st, struct error *err)
{
	int v, r;
	char sql[64];

	if ((r = known_version(st, &v, err)) < 0)
		return r;
	for (; v < store_schema_latest(); v++) {
		if (sq_exec(st, "BEGIN IMMEDIATE", err) < 0)
			return -ERR_DB;
		/* another process may have migrated while we waited for the lock */
		if (user_version(st) > v) {
			if (sq_exec(st, "COMMIT", err) < 0)
				return -ERR_DB;
			continue;
		}
		snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", v + 1);
		if (sq_exec(st, store_migrations[v], err) < 0 ||
		    (v + 1 == STORE_SCHEMA_FP_BUCKETS && store_fp_rekey(st, err) < 0) ||
		    sq_exec(st, sql, err) < 0) {
			char why[ERROR_MSG_MAX];
			snprintf(why, sizeof(why), "%s", err ? err->msg : "");
			sq_abandon(st, "ROLLBACK");
			return error_set(err, ERR_DB, "schema migration %d: %s", v + 1, why);
		}
		if (sq_exec(st, "COMMIT", err) < 0)
			return -ERR_DB;
	}
	return 0;
}

/*
 * SQLite counts every allocation under one global mutex unless told not to;
 * with the index writer allocating on another thread, the storing thread
 * waited on it (futex waits and wakes showed in its profile). brief never
 * reads those counts.
 */
static void sqlite_setup(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

static const struct store_ops sqlite_ops;

/*
 * How an existing database at `path` can be opened by this process:
 * SQ_WRITE when it may write the file and its directory (SQLite creates
 * its log and shared-memory files beside the database), SQ_READ when not,
 * SQ_IMMUTABLE when not and there is no log beside it that a reader
 * could use or create: SQLite reads such a file only as immutable, which
 * is true as long as nobody can write there.
 */
enum sq_mode { SQ_WRITE, SQ_READ, SQ_IMMUTABLE };

static enum sq_mode open_mode(const char *path)
{
	char dir[PATH_MAX], wal[PATH_MAX];
	const char *slash = strrchr(path, '/');
	int dir_ok;

	if (!*path || !strcmp(path, ":memory:") || access(path, F_OK) != 0)
		return SQ_WRITE; /* created, or SQLite's own error */
	if (!slash)
		snprintf(dir, sizeof(dir), ".");
	else
		snprintf(dir, sizeof(dir), "%.*s", slash == path ? 1 : (int)(slash - path), path);
	dir_ok = access(dir, W_OK) == 0;
	if (access(path, W_OK) == 0 && dir_ok)
		return SQ_WRITE;
	snprintf(wal, sizeof(wal), "%s-shm", path);
	if (dir_ok || access(wal, R_OK) == 0)
		return SQ_READ;
	return SQ_IMMUTABLE;
}

char *sq_immutable_uri(const char *path)
{
	struct buf b = BUF_INIT;
	const unsigned char *p;
	if (buf_adds(&b, "file:") < 0)
		return NULL;
	for (p = (const unsigned char *)path; *p; p++) {
		int r = (*p == '%' || *p == '?' || *p == '#' || *p <= ' ' || *p >= 0x7f)
				? buf_addf(&b, "%%%02X", *p)
				: buf_add(&b, (const char *)p, 1);
		if (r < 0) {
			buf_release(&b);
			return NULL;
		}
	}
	if (buf_adds(&b, "?immutable=1") < 0) {
		buf_release(&b);
		return NULL;
	}
	return b.data;
}

/*
 * The pragmas of a connection: for one that writes, the file's layout and
 * journal too; a read-only one takes the file as it is.
 */
static MUST_CHECK int connection_pragmas(struct sq_store *st, struct error *err)
{
	int r;
	/*
	 * 8 KiB pages for a new database (an existing one keeps its own): an
	 * article's row (a few KB) filled a 4 KiB page alone, and every page
	 * a commit changes is a frame written to the log and a write when
	 * checkpointed, each a system call: larger pages mean fewer of them
	 * and a smaller file.
	 *
	 * secure_delete FAST, where Debian's SQLite defaults to ON: deleted
	 * rows are still zeroed in the pages a commit writes anyway, but a
	 * freed page is not written again full of zeros, and FTS5 frees whole
	 * segments at each merge (docs/decisions.md).
	 */
	if (!st->base.read_only && ((r = sq_exec(st, "PRAGMA page_size = 8192", err)) < 0 ||
				    (r = sq_exec(st, "PRAGMA journal_mode = WAL", err)) < 0 ||
				    (r = sq_exec(st, "PRAGMA synchronous = NORMAL", err)) < 0 ||
				    (r = sq_exec(st, "PRAGMA secure_delete = FAST", err)) < 0))
		return r;
	if ((r = sq_exec(st, "PRAGMA foreign_keys = ON", err)) < 0 ||
	    (r = sq_exec(st, "PRAGMA cache_size = -131072", err)) < 0 || /* 128 MiB */
	    (r = sq_exec(st, "PRAGMA mmap_size = 4294967296", err)) < 0 ||
	    (r = sq_exec(st, "PRAGMA temp_store = MEMORY", err)) < 0)
		return r;
	return 0;
}

/* A read-only connection cannot migrate: its schema must be this build's. */
static MUST_CHECK int check_version(struct sq_store *st, struct error *err)
{
	int v, r;
	if ((r = known_version(st, &v, err)) < 0)
		return r;
	if (v < store_schema_latest())
		return error_set(err, ERR_DB,
				 "database schema version %d is older than this brief's (%d), and "
				 "the database is read-only here: open it once as a user who may "
				 "write it (brief migrate) to bring it up to date",
				 v, store_schema_latest());
	return 0;
}

static MUST_CHECK int sqlite_open(struct store **out, const char *path, struct error *err)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	struct sq_store *st;
	enum sq_mode mode = open_mode(path);
	char *uri = NULL;
	int r, was = 0, flags = SQLITE_OPEN_FULLMUTEX;
	/* a file made by this open, which store_close_unused may take away again */
	int created = mode == SQ_WRITE && *path && strcmp(path, ":memory:") &&
		      access(path, F_OK) != 0 && errno == ENOENT;

	*out = NULL;
	pthread_once(&once, sqlite_setup);
	st = calloc(1, sizeof(*st));
	if (!st)
		return error_nomem(err);
	st->base.ops = &sqlite_ops;
	st->base.read_only = mode != SQ_WRITE;
	st->immutable = mode == SQ_IMMUTABLE;
	if (mode == SQ_WRITE)
		flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	else
		flags |= SQLITE_OPEN_READONLY;
	if (mode == SQ_IMMUTABLE) {
		flags |= SQLITE_OPEN_URI;
		if (!(uri = sq_immutable_uri(path))) {
			free(st);
			return error_nomem(err);
		}
	}
	if (sqlite3_open_v2(uri ? uri : path, &st->db, flags, NULL) != SQLITE_OK) {
		r = st->db ? error_set(err, ERR_DB, "cannot open database: %s",
				       sqlite3_errmsg(st->db))
			   : error_nomem(err);
		sqlite3_close(st->db);
		free(uri);
		free(st);
		return r;
	}
	free(uri);
	sqlite3_busy_timeout(st->db, 10000);
	sqlite3_extended_result_codes(st->db, 1);
	if ((r = connection_pragmas(st, err)) < 0 || (st->path = strdup(path)) == NULL ||
	    (!st->base.read_only && sq_checkpoints_init(st) < 0) || (was = user_version(st)) < 0 ||
	    (r = st->base.read_only ? check_version(st, err) : migrate(st, err)) < 0 ||
	    (r = sq_index_open(st, path, was == 0, err)) < 0) {
		if (err && err->code == ERR_DB && strstr(err->msg, "file is not a database")) {
			r = error_set(err, ERR_DB, "not a brief database (file is not SQLite)");
		}
		if (!r)
			r = was < 0 ? error_set(err, ERR_DB, "cannot open database: %s",
						sqlite3_errmsg(st->db))
				    : error_nomem(err);
		sqlite_close(&st->base);
		return r;
	}
	st->base.created = created;
	*out = &st->base;
	return 0;
}

void sqlite_close(struct store *base)
{
	struct sq_store *st = sq_store_of(base);
	size_t i;

	if (!st)
		return;
	sq_index_close(st);
	sq_checkpoints_stop(st);
	sq_fp_filter_free(st);
	for (i = 0; i < STORE_STMT_CACHE && st->cache[i].sql; i++)
		sqlite3_finalize(st->cache[i].stmt);
	sqlite3_close(st->db);
	store_body_free(st->zc);
	free(st->zbuf);
	free(st->path);
	sq_fresh_clear(st);
	free(st);
}

int sqlite_begin(struct store *base, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	return sq_begin(st, err);
}

int sqlite_commit(struct store *base, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sq_fresh_clear(st);
	if (sq_fp_pending_flush(st, err) < 0 || sq_exec(st, "COMMIT", err) < 0)
		return -ERR_DB;
	/* stored: what is not indexed yet stays in the log and is indexed
	 * before the next read (index_behind, index.c) */
	(void)!sq_index_committed(st, NULL);
	return 0;
}

int sqlite_rollback(struct store *base)
{
	struct sq_store *st = sq_store_of(base);
	sq_fp_pending_drop(st);
	sq_fresh_clear(st);
	return sq_exec(st, "ROLLBACK", NULL);
}

/* Look up a row id with one text parameter; 0 when absent, <0 on error. */
int64_t sq_lookup_id(struct sq_store *st, const char *sql, const char *key, struct error *err)
{
	sqlite3_stmt *s;
	int64_t id = 0;
	int rc;
	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	sq_bind_text(s, 1, key);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	else if (rc != SQLITE_DONE)
		id = sq_db_error(st, err, "lookup");
	sq_done(s);
	return id;
}

int sqlite_document_body(struct store *base, const char *sha256, struct buf *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *s;
	int64_t size;
	int rc, r;

	if (!sha256)
		return error_set(err, ERR_USAGE, "no document hash");
	if (sq_prepare(st, "SELECT size, body FROM documents WHERE sha256 = ?", &s, err) < 0)
		return -ERR_DB;
	sq_bind_text(s, 1, sha256);
	rc = sqlite3_step(s);
	if (rc == SQLITE_DONE) {
		r = error_set(err, ERR_NOTFOUND, "no document %.64s", sha256);
	} else if (rc != SQLITE_ROW) {
		r = sq_db_error(st, err, "reading document");
	} else if ((size = sqlite3_column_int64(s, 0)) < 0) {
		r = error_set(err, ERR_PARSE, "document %.64s: damaged row: size %lld", sha256,
			      (long long)size);
	} else if (sqlite3_column_type(s, 1) != SQLITE_BLOB) {
		r = error_set(err, ERR_PARSE, "document %.64s: damaged row: body not a blob",
			      sha256);
	} else {
		const void *body = sqlite3_column_blob(s, 1);
		r = store_document_decode(body, (size_t)sqlite3_column_bytes(s, 1), (uint64_t)size,
					  out, err);
		if (r < 0 && err) {
			char why[ERROR_MSG_MAX];
			snprintf(why, sizeof(why), "%s", err->msg);
			error_set(err, err->code, "document %.64s: %s", sha256, why);
		}
	}
	sqlite3_finalize(s);
	return r;
}

static MUST_CHECK int64_t put_document(struct sq_store *st, const struct document *doc,
				       const char *sha, struct error *err)
{
	sqlite3_stmt *s;
	const unsigned char *z;
	size_t zlen;
	int64_t id;

	id = sq_lookup_id(st, "SELECT id FROM documents WHERE sha256 = ?", sha, err);
	if (id != 0)
		return id;
	if (doc->prep) {
		z = doc->prep->body;
		zlen = doc->prep->body_len;
	} else {
		int r = store_body_compress(&st->zc, doc->body, doc->len, &st->zbuf, &st->zcap,
					    &zlen, err);
		if (r < 0)
			return r;
		z = st->zbuf;
	}
	if (sq_cached(st,
		      "INSERT INTO documents(sha256, url, content_type, size, body) "
		      "VALUES (?, ?, ?, ?, ?)",
		      &s, err) < 0)
		return -ERR_DB;
	sq_bind_text(s, 1, sha);
	sq_bind_text(s, 2, doc->url);
	sq_bind_text(s, 3, doc->content_type);
	sqlite3_bind_int64(s, 4, (sqlite3_int64)doc->len);
	sqlite3_bind_blob(s, 5, z, (int)zlen, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		id = sq_db_error(st, err, "storing document");
	else
		id = sqlite3_last_insert_rowid(st->db);
	sq_done(s);
	return id;
}

/*
 * The outlet of an article: by its URL, a new row for a new one. A page
 * with no http URL to key an outlet by (a local file) that names its site
 * is the outlet's of that name, when exactly one outlet has it (any case);
 * and a new outlet takes the pages of its name that had none
 * (store/articles.h: article_in.source).
 */
static MUST_CHECK int64_t put_source(struct sq_store *st, const struct article_in *a,
				     struct error *err)
{
	sqlite3_stmt *s;
	int64_t id;

	if (!a->source_url)
		return a->source ? sq_lookup_id(st,
						"SELECT CASE WHEN count(*) = 1 THEN min(id) END "
						"FROM sources WHERE name = ?1 COLLATE NOCASE",
						a->source, err)
				 : 0;
	id = sq_lookup_id(st, "SELECT id FROM sources WHERE url = ?", a->source_url, err);
	if (id != 0)
		return id;
	if (sq_prepare(st, "INSERT INTO sources(name, url) VALUES (?, ?)", &s, err) < 0)
		return -ERR_DB;
	sq_bind_text(s, 1, a->source ? a->source : a->source_url);
	sq_bind_text(s, 2, a->source_url);
	if (sqlite3_step(s) != SQLITE_DONE)
		id = sq_db_error(st, err, "storing source");
	else
		id = sqlite3_last_insert_rowid(st->db);
	sqlite3_finalize(s);
	if (id <= 0 || !a->source)
		return id;
	if (sq_cached(st,
		      "UPDATE articles SET source_id = ?1 WHERE source_id IS NULL AND "
		      "site_name = ?2 COLLATE NOCASE AND NOT EXISTS (SELECT 1 FROM sources "
		      "WHERE name = ?2 COLLATE NOCASE AND id <> ?1)",
		      &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, id);
	sq_bind_text(s, 2, a->source);
	if (sqlite3_step(s) != SQLITE_DONE)
		id = sq_db_error(st, err, "attaching an outlet's local pages");
	sq_done(s);
	return id;
}

/* Run a cached one-row statement `sql` bound to the article `id`; `what` names it in errors. */
static MUST_CHECK int delete_by_id(struct sq_store *st, const char *sql, int64_t id,
				   const char *what, struct error *err)
{
	sqlite3_stmt *s;
	int r = 0;
	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, id);
	if (sqlite3_step(s) != SQLITE_DONE)
		r = sq_db_error(st, err, what);
	sq_done(s);
	return r;
}

/*
 * The article's tags (`tags`, one a line), replacing those of an update.
 * Single-row statements only: no statement journal in a batch.
 */
static MUST_CHECK int put_tags(struct sq_store *st, int64_t id, const char *tags, int64_t existing,
			       struct error *err)
{
	sqlite3_stmt *s;
	const char *p = tags;
	if (existing) {
		int r;
		if ((r = delete_by_id(st, "DELETE FROM tags WHERE article_id = ?", id,
				      "removing tags", err)) < 0)
			return r;
		/* new text: its related news is computed again (corpus/related.c) */
		if ((r = delete_by_id(st, "DELETE FROM related_done WHERE article_id = ?", id,
				      "marking related news stale", err)) < 0)
			return r;
		/* and its key terms, which stories read */
		if ((r = delete_by_id(st, "DELETE FROM story_terms WHERE article_id = ?", id,
				      "marking key terms stale", err)) < 0)
			return r;
	}
	if (!tags || !*tags)
		return 0;
	if (sq_cached(st, "INSERT INTO tags (article_id, tag) VALUES (?, ?)", &s, err) < 0)
		return -ERR_DB;
	while (p && *p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		if (len) {
			sqlite3_bind_int64(s, 1, id);
			sqlite3_bind_text(s, 2, p, (int)len, SQLITE_TRANSIENT);
			if (sqlite3_step(s) != SQLITE_DONE) {
				sq_done(s);
				return sq_db_error(st, err, "storing tags");
			}
			sqlite3_reset(s);
		}
		p = nl ? nl + 1 : NULL;
	}
	sq_done(s);
	return 0;
}

static MUST_CHECK int put_article_row(struct sq_store *st, const struct article_in *a,
				      int64_t doc_id, int64_t src_id, int64_t existing, int64_t *id,
				      struct error *err)
{
	static const char ins[] =
		"INSERT INTO articles(url, source_id, document_id, title, byline, published, "
		"modified, language, description, image, text, word_count, original_name, "
		"original_url, site_name) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,"
		"?16)";
	static const char upd[] =
		"UPDATE articles SET url=?1, source_id=?2, document_id=?3, title=?4, byline=?5, "
		"published=?6, modified=?7, language=?8, description=?9, image=?10, text=?11, "
		"word_count=?12, original_name=?13, original_url=?14, site_name=?16 WHERE id=?15";
	static const char old_sql[] = "SELECT title, text FROM articles WHERE id = ?";
	sqlite3_stmt *s;
	int r = 0;

	/* the full-text index removes the old words with the old values (index.c) */
	if (existing) {
		if (sq_cached(st, old_sql, &s, err) < 0)
			return -ERR_DB;
		sqlite3_bind_int64(s, 1, existing);
		if (sqlite3_step(s) != SQLITE_ROW)
			r = sq_db_error(st, err, "reading the article to update");
		else
			r = sq_index_log(st, existing, (const char *)sqlite3_column_text(s, 0),
					 (const char *)sqlite3_column_text(s, 1), err);
		sq_done(s);
		if (r)
			return r;
	}
	if (sq_cached(st, existing ? upd : ins, &s, err) < 0)
		return -ERR_DB;
	sq_bind_text(s, 1, a->url);
	if (src_id > 0)
		sqlite3_bind_int64(s, 2, src_id);
	else
		sqlite3_bind_null(s, 2);
	sqlite3_bind_int64(s, 3, doc_id);
	sq_bind_text(s, 4, a->title);
	sq_bind_text(s, 5, a->byline);
	sq_bind_text(s, 6, a->published);
	sq_bind_text(s, 7, a->modified);
	sq_bind_text(s, 8, a->language);
	sq_bind_text(s, 9, a->description);
	sq_bind_text(s, 10, a->image);
	sq_bind_text(s, 11, a->text ? a->text : "");
	sqlite3_bind_int64(s, 12, a->word_count);
	sq_bind_text(s, 13, a->original_name);
	sq_bind_text(s, 14, a->original_url);
	if (existing)
		sqlite3_bind_int64(s, 15, existing);
	/* the outlet's name, where no outlet row keeps it */
	sq_bind_text(s, 16, src_id > 0 ? NULL : a->source);
	if (sqlite3_step(s) != SQLITE_DONE)
		r = sq_db_error(st, err, "storing article");
	else
		*id = existing ? existing : sqlite3_last_insert_rowid(st->db);
	sq_done(s);
	if (r)
		return r;
	return existing ? 0 : sq_index_log(st, *id, NULL, NULL, err);
}

int sqlite_article_put(struct store *base, const struct document *doc, const struct article_in *a,
		       int64_t *id, enum store_put_result *what, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char same_doc_sql[] = "SELECT d.sha256 FROM articles a JOIN documents d "
					   "ON d.id = a.document_id WHERE a.id = ?";
	char sha[65];
	int64_t doc_id, src_id, existing;
	int own_txn = 0, r;

	if ((r = store_article_put_check(doc, a, sha, err)) < 0)
		return r;
	r = -ERR_DB; /* every failure from here on */

	/*
	 * Alone, a put is its own transaction. Inside store_begin it adds to
	 * the caller's batch without a savepoint: FTS5 flushes its pending
	 * index at every savepoint, which made each article a segment of its
	 * own. Every failure after the first write is a database error, after
	 * which the caller rolls the batch back.
	 */
	if (sqlite3_get_autocommit(st->db)) {
		if (sq_begin(st, err) < 0)
			return -ERR_DB;
		own_txn = 1;
	}
	existing = sq_lookup_id(st, "SELECT id FROM articles WHERE url = ?", a->url, err);
	if (existing < 0)
		goto fail;
	if (existing == 0 && !strncmp(a->url, "file://", 7)) {
		/*
		 * A page with no URL of its own is keyed by its path: the same
		 * bytes read from another path (X.html and X.html.gz, a copied
		 * file) are the article already stored from the first one.
		 */
		int64_t same = sq_lookup_id(st,
					    "SELECT a.id FROM documents d JOIN articles a "
					    "ON a.document_id = d.id WHERE d.sha256 = ? "
					    "AND a.url LIKE 'file://%' ORDER BY a.id LIMIT 1",
					    sha, err);
		if (same < 0)
			goto fail;
		if (same > 0) {
			*id = same;
			*what = STORE_UNCHANGED;
			if (own_txn && sq_exec(st, "COMMIT", err) < 0)
				goto fail;
			return 0;
		}
	}
	if (existing > 0) {
		sqlite3_stmt *s;
		int same = 0, rc;
		if (sq_cached(st, same_doc_sql, &s, err) < 0)
			goto fail;
		sqlite3_bind_int64(s, 1, existing);
		if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			const unsigned char *old = sqlite3_column_text(s, 0);
			same = old && !strcmp((const char *)old, sha);
		} else if (rc != SQLITE_DONE) {
			r = sq_db_error(st, err, "reading the stored page");
			sq_done(s);
			goto fail;
		}
		sq_done(s);
		if (same) {
			*id = existing;
			*what = STORE_UNCHANGED;
			if (own_txn && sq_exec(st, "COMMIT", err) < 0)
				goto fail;
			return 0;
		}
	}
	doc_id = put_document(st, doc, sha, err);
	if (doc_id < 0) {
		r = (int)doc_id;
		goto fail;
	}
	src_id = put_source(st, a, err);
	if (src_id < 0)
		goto fail;
	if (put_article_row(st, a, doc_id, src_id, existing, id, err) < 0 ||
	    put_tags(st, *id, a->tags, existing, err) < 0)
		goto fail;
	if (own_txn || existing)
		sq_fresh_clear(st);
	else
		sq_fresh_note(st, *id, a);
	if (own_txn) {
		if (sq_exec(st, "COMMIT", err) < 0)
			goto fail;
		(void)!sq_index_committed(st, NULL); /* as in sqlite_commit */
	}
	*what = existing ? STORE_UPDATED : STORE_ADDED;
	return 0;
fail:
	if (own_txn)
		sq_abandon(st, "ROLLBACK");
	return r;
}

void sq_row_to_article(sqlite3_stmt *s, struct article *a)
{
	memset(a, 0, sizeof(*a));
	a->id = sqlite3_column_int64(s, 0);
	a->url = sq_col_strdup(s, 1);
	a->source = sq_col_strdup(s, 2);
	a->source_url = sq_col_strdup(s, 3);
	a->title = sq_col_strdup(s, 4);
	a->byline = sq_col_strdup(s, 5);
	a->published = sq_col_strdup(s, 6);
	a->modified = sq_col_strdup(s, 7);
	a->language = sq_col_strdup(s, 8);
	a->description = sq_col_strdup(s, 9);
	a->image = sq_col_strdup(s, 10);
	a->text = sq_col_strdup(s, 11);
	a->original_name = sq_col_strdup(s, 12);
	a->original_url = sq_col_strdup(s, 13);
	a->doc_sha256 = sq_col_strdup(s, 14);
	a->added = sq_col_strdup(s, 15);
	a->word_count = sqlite3_column_int64(s, 16);
}

int sqlite_article_get(struct store *base, int64_t id, struct article *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	char sql[512];
	sqlite3_stmt *s;
	int rc, r = 0;

	snprintf(sql, sizeof(sql),
		 "SELECT " ARTICLE_COLS
		 " FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
		 "LEFT JOIN documents d ON d.id = a.document_id WHERE a.id = ?",
		 "a.text");
	memset(out, 0, sizeof(*out));
	if (sq_prepare(st, sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		sq_row_to_article(s, out);
		if (sq_copies_failed()) {
			article_release(out);
			r = error_nomem(err);
		}
	} else if (rc == SQLITE_DONE) {
		r = error_set(err, ERR_NOTFOUND, "no article %lld", (long long)id);
	} else
		r = sq_db_error(st, err, "reading article");
	sqlite3_finalize(s);
	return r;
}

static void article_row(sqlite3_stmt *s, void *a)
{
	sq_row_to_article(s, a);
}

int sq_collect_articles(struct sq_store *st, sqlite3_stmt *s, struct article_list *out,
			struct error *err)
{
	int r;

	out->items = NULL;
	out->n = 0;
	r = sq_collect_rows(st, s, &out->items, &out->n, sizeof(*out->items), article_row,
			    "listing articles", err);
	if (r)
		article_list_release(out);
	return r;
}

int sqlite_articles_latest(struct store *base, size_t limit, size_t offset,
			   struct article_list *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	char sql[640];
	sqlite3_stmt *s;
	int r;

	out->items = NULL;
	out->n = 0;
	snprintf(sql, sizeof(sql),
		 "SELECT " ARTICLE_COLS
		 " FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
		 "LEFT JOIN documents d ON d.id = a.document_id "
		 "ORDER BY " SQ_NEWEST_FIRST " LIMIT ? OFFSET ?",
		 "NULL");
	if (sq_prepare(st, sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)offset);
	r = sq_collect_articles(st, s, out, err);
	sqlite3_finalize(s);
	return r;
}

/* The integer `sql` (one parameter, bound NULL) reads, in *n; 0 or the error. */
static MUST_CHECK int sq_count(struct sq_store *st, const char *sql, int64_t *n, struct error *err)
{
	int64_t v = sq_lookup_id(st, sql, NULL, err);
	*n = v < 0 ? 0 : v;
	return v < 0 ? (int)v : 0;
}

int sqlite_article_count(struct store *base, int64_t *n, struct error *err)
{
	return sq_count(sq_store_of(base), "SELECT count(*) FROM articles WHERE ? IS NULL", n, err);
}

/* See store.h's store_close_unused: only for a store this open created (base->created). */
static MUST_CHECK int sqlite_close_unused(struct store *base, struct error *err)
{
	static const char *const beside[] = {
		"",        "-wal",        "-shm",        "-journal",
		"-search", "-search-wal", "-search-shm", "-search-journal"
	};
	struct sq_store *st = sq_store_of(base);
	struct buf file = BUF_INIT;
	char *path;
	int64_t rows = 0;
	size_t i;
	int r;

	r = sq_count(st,
		     "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM documents) + "
		     "(SELECT count(*) FROM subscriptions) + (SELECT count(*) FROM feed_entries) + "
		     "(SELECT count(*) FROM sources) WHERE ? IS NULL",
		     &rows, err);
	if (r < 0 || rows > 0 || !(path = strdup(st->path))) {
		sqlite_close(base);
		return r < 0 ? r : rows > 0 ? 0 : error_nomem(err);
	}
	sqlite_close(base);
	for (i = 0; i < sizeof(beside) / sizeof(beside[0]) && r == 0; i++) {
		buf_reset(&file);
		if (buf_addf(&file, "%s%s", path, beside[i]) < 0)
			r = error_nomem(err);
		else if (unlink(file.data) < 0 && errno != ENOENT)
			r = error_set(err, ERR_IO, "cannot remove %s: %s", file.data,
				      strerror(errno));
	}
	buf_release(&file);
	free(path);
	return r < 0 ? r : 1;
}

int sqlite_check(struct store *base, char *msg, size_t msglen, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *s;
	int64_t articles, documents, sources, indexed, pending;
	int ok = 1, r = 0, rc, bad_fk = 0, index_bad = 0;
	const char *why = NULL;
	char first[256] = "";

	/*
	 * a check that could not run to the end is an error, never "ok"; the
	 * full-text index's file is checked apart, so that damage there is
	 * told as the index's (which is rebuilt), not the database's
	 */
	if ((r = sq_prepare(st, "PRAGMA main.integrity_check", &s, err)) < 0)
		return r;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(s, 0);
		if (t && strcmp(t, "ok")) {
			ok = 0;
			if (!first[0])
				snprintf(first, sizeof(first), "%s", t);
		}
	}
	if (rc != SQLITE_DONE)
		r = sq_db_error(st, err, "integrity check");
	sqlite3_finalize(s);
	if (r < 0)
		return r;
	if ((r = sq_prepare(st, "PRAGMA search.integrity_check", &s, err)) < 0)
		return r;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(s, 0);
		if (!t)
			r = error_nomem(err);
		else if (strcmp(t, "ok"))
			index_bad = 1;
	} else if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB) {
		index_bad = 1;
	} else {
		r = sq_db_error(st, err, "full-text index integrity check");
	}
	sqlite3_finalize(s);
	if (r < 0)
		return r;
	if ((r = sq_prepare(st, "PRAGMA foreign_key_check", &s, err)) < 0)
		return r;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		bad_fk++;
	if (rc != SQLITE_DONE)
		r = sq_db_error(st, err, "foreign key check");
	sqlite3_finalize(s);
	if (r < 0)
		return r;
	if (!index_bad && (r = sq_index_wait(st, err)) < 0)
		return r;
	if ((r = sq_count(st, "SELECT count(*) FROM articles WHERE ? IS NULL", &articles, err)) <
		    0 ||
	    (r = sq_count(st, "SELECT count(*) FROM documents WHERE ? IS NULL", &documents, err)) <
		    0 ||
	    (r = sq_count(st, "SELECT count(*) FROM sources WHERE ? IS NULL", &sources, err)) < 0)
		return r;
	/* FTS5's own check is a write: a read-only store checks what it can read */
	if (index_bad ||
	    (!base->read_only &&
	     sq_exec(st, "INSERT INTO search.articles_fts(articles_fts) VALUES ('integrity-check')",
		     NULL) < 0)) {
		index_bad = 1;
		why = "full-text index damaged (remove the -search file to rebuild it)";
	} else if ((r = sq_count(st,
				 "SELECT count(*) FROM search.articles_fts_docsize WHERE ? IS NULL",
				 &indexed, err)) < 0 ||
		   (r = sq_count(st,
				 "SELECT count(*) FROM main.search_log WHERE seq > "
				 "(SELECT applied FROM search.search_state) AND ? IS NULL",
				 &pending, err)) < 0) {
		return r;
	} else if (indexed != articles || pending != 0) {
		index_bad = 1;
		why = "full-text index out of step with articles (remove the -search file to "
		      "rebuild it)";
	} else if (base->read_only) {
		why = "full-text index counted but not checked: the database is read-only here";
	}
	snprintf(msg, msglen,
		 "schema version %d, %lld articles, %lld documents, %lld outlets; "
		 "integrity %s; %d foreign key violations%s%s",
		 sqlite_schema_version(&st->base), (long long)articles, (long long)documents,
		 (long long)sources, ok ? "ok" : (first[0] ? first : "FAILED"), bad_fk,
		 why ? "; " : "", why ? why : "");
	if (!ok || bad_fk || index_bad)
		r = error_set(err, ERR_DB, "database check failed: %s", msg);
	return r;
}

/* The step a vacuum is at, told again from SQLite's progress handler while a statement runs. */
struct vacuum_steps {
	store_step_fn on_step;
	void *data;
	const char *what;
	int k;
};

#define VACUUM_STEPS 6

static int vacuum_tick(void *data)
{
	struct vacuum_steps *v = data;
	v->on_step(v->what, v->k, VACUUM_STEPS, v->data);
	return 0;
}

static void vacuum_step(struct vacuum_steps *v, const char *what)
{
	v->what = what;
	v->k++;
	if (v->on_step)
		v->on_step(what, v->k, VACUUM_STEPS, v->data);
}

static MUST_CHECK int vacuum_run(struct sq_store *st, struct vacuum_steps *v, struct error *err)
{
	int r;
	vacuum_step(v, "waiting for the search index");
	if ((r = sq_index_wait(st, err)) < 0)
		return r;
	vacuum_step(v, "merging the search index");
	if ((r = sq_exec(st, "INSERT INTO search.articles_fts(articles_fts) VALUES ('optimize')",
			 err)) < 0)
		return r;
	vacuum_step(v, "refreshing term statistics");
	if ((r = sqlite_term_stats_refresh(&st->base, 1, err)) < 0)
		return r;
	vacuum_step(v, "rewriting the database");
	if ((r = sq_exec(st, "VACUUM", err)) < 0)
		return r;
	vacuum_step(v, "rewriting the search index");
	if ((r = sq_exec(st, "VACUUM search", err)) < 0)
		return r;
	vacuum_step(v, "checkpointing");
	if ((r = sq_exec(st, "PRAGMA search.wal_checkpoint(TRUNCATE)", err)) < 0)
		return r;
	return sq_exec(st, "PRAGMA main.wal_checkpoint(TRUNCATE)", err);
}

int sqlite_vacuum(struct store *base, store_step_fn on_step, void *data, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	struct vacuum_steps v = { on_step, data, "", 0 };
	int r;
	if (base->read_only)
		return sq_read_only_error(st, err);
	/* about every 100,000 virtual machine instructions: a few times a second */
	if (on_step)
		sqlite3_progress_handler(st->db, 100000, vacuum_tick, &v);
	r = vacuum_run(st, &v, err);
	if (on_step)
		sqlite3_progress_handler(st->db, 0, NULL, NULL);
	return r;
}

int64_t sqlite_size(struct store *base, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	return sq_lookup_id(st,
			    "SELECT (SELECT page_count FROM pragma_page_count('main')) * "
			    "(SELECT page_size FROM pragma_page_size('main')) + "
			    "(SELECT page_count FROM pragma_page_count('search')) * "
			    "(SELECT page_size FROM pragma_page_size('search')) WHERE ? IS NULL",
			    NULL, err);
}

static const struct store_ops sqlite_ops = {
	.name = "sqlite",
	.close = sqlite_close,
	.close_unused = sqlite_close_unused,
	.schema_version = sqlite_schema_version,
	.begin = sqlite_begin,
	.commit = sqlite_commit,
	.rollback = sqlite_rollback,
	.check = sqlite_check,
	.vacuum = sqlite_vacuum,
	.size = sqlite_size,
	.read_begin = sqlite_read_begin,
	.read_end = sqlite_read_end,
	.data_version = sqlite_data_version,
	.document_body = sqlite_document_body,
	.article_put = sqlite_article_put,
	.article_get = sqlite_article_get,
	.articles_latest = sqlite_articles_latest,
	.article_count = sqlite_article_count,
	.article_id_by_url = sqlite_article_id_by_url,
	.articles_each_text = sqlite_articles_each_text,
	.search = sqlite_search,
	.term_stats_refresh = sqlite_term_stats_refresh,
	.key_terms = sqlite_key_terms,
	.originals_between = sqlite_originals_between,
	.original_first_since = sqlite_original_first_since,
	.articles_passing = sqlite_articles_passing,
	.related_candidates = sqlite_related_candidates,
	.hits_load = sqlite_hits_load,
	.latest_groups = sqlite_latest_groups,
	.related_pending = sqlite_related_pending,
	.related_put = sqlite_related_put,
	.related_stored = sqlite_related_stored,
	.story_terms_pending = sqlite_story_terms_pending,
	.story_terms_put = sqlite_story_terms_put,
	.story_terms_get = sqlite_story_terms_get,
	.article_tags = sqlite_article_tags,
	.tag_latest = sqlite_tag_latest,
	.fingerprint_put = sqlite_fingerprint_put,
	.fingerprint_candidates = sqlite_fingerprint_candidates,
	.group_member_get = sqlite_group_member_get,
	.group_credits = sqlite_group_credits,
	.group_move = sqlite_group_move,
	.group_of = sqlite_group_of,
	.group_members = sqlite_group_members,
	.group_set = sqlite_group_set,
	.copies = sqlite_copies,
	.events_replace = sqlite_events_replace,
	.events_query = sqlite_events_query,
	.event_count = sqlite_event_count,
	.actor_latest = sqlite_actor_latest,
	.article_actors = sqlite_article_actors,
	.article_events = sqlite_article_events,
	.events_page = sqlite_events_page,
	.actor_pairs = sqlite_actor_pairs,
	.source_id = sqlite_source_id,
	.outlet_get = sqlite_outlet_get,
	.outlets = sqlite_outlets,
	.outlet_latest = sqlite_outlet_latest,
	.subscription_add = sqlite_subscription_add,
	.subscription_get = sqlite_subscription_get,
	.subscription_list = sqlite_subscription_list,
	.subscription_update = sqlite_subscription_update,
	.subscription_remove = sqlite_subscription_remove,
	.fetch_log_add = sqlite_fetch_log_add,
	.fetch_log_list = sqlite_fetch_log_list,
	.feed_entry_seen = sqlite_feed_entry_seen,
	.feed_entry_put = sqlite_feed_entry_put,
	.document_put = sqlite_document_put,
	.document_meta = sqlite_document_meta,
	.job_add = sqlite_job_add,
	.jobs_take = sqlite_jobs_take,
	.job_finish = sqlite_job_finish,
	.jobs_count = sqlite_jobs_count,
	.jobs_list = sqlite_jobs_list,
};

/*
 * SQLite's busy handler: a new wait (count 0) is announced; then the
 * connection sleeps a little and tries again until wait_ms have passed
 * since the wait began (never, for -1).
 */
static int on_busy(void *arg, int count)
{
	struct sq_store *st = arg;
	struct timespec now, nap = { 0, 20 * 1000000L };
	long elapsed;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (count == 0) {
		st->wait_start = now;
		if (st->on_wait)
			st->on_wait(st->wait_data);
	}
	elapsed = (long)(now.tv_sec - st->wait_start.tv_sec) * 1000 +
		  (now.tv_nsec - st->wait_start.tv_nsec) / 1000000;
	if (st->wait_ms >= 0 && elapsed >= st->wait_ms)
		return 0;
	nanosleep(&nap, NULL);
	return 1;
}

void sqlite_set_wait(struct store *st_, long ms, void (*on_wait)(void *data), void *data)
{
	struct sq_store *st = (struct sq_store *)st_;
	st->wait_ms = ms;
	st->on_wait = on_wait;
	st->wait_data = data;
	sqlite3_busy_handler(st->db, on_busy, st);
}

const struct store_engine store_sqlite_engine = { .name = "sqlite", .open = sqlite_open };
