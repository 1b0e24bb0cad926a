/*
 * store.h: the only door to the database.
 *
 * The rest of brief includes this header (or one of the subject headers it
 * includes) and never an engine's: which database sits behind a store is
 * chosen once, by store_open, from the address it is given:
 *
 *   PATH, sqlite:PATH         SQLite in one file (the default engine)
 *   postgresql://..., postgres://...
 *                             PostgreSQL, when this build has that engine
 *
 * The interface speaks in brief's own records; every engine stores the same
 * records under the same schema version. The calls, by subject:
 *
 *   store.h     opening, closing, transactions, schema, checking, compacting
 *   articles.h  raw pages (documents) and the articles extracted from them
 *   search.h    full-text search, related news, latest stories
 *   groups.h    fingerprints and syndication groups (copies of a story)
 *   events.h    coded events and dyad series
 *   sources.h   subscriptions, feed entries seen, the fetch log
 *   outlets.h   the outlets articles come from
 *   jobs.h      the job queue workers take work from (PostgreSQL)
 *
 * Engines implement store/engine.h, which nothing outside src/store/
 * includes. Errors: every call that can fail fills `err` (which may be
 * NULL) and returns a negative code (-ERR_DB, -ERR_NOTFOUND, ...); calls
 * that return a count return a negative number on error.
 *
 * Ownership: records the store fills own their heap strings and are freed
 * with their *_release function; what a caller passes in is borrowed,
 * never kept and never changed.
 */
#ifndef BRIEF_STORE_H
#define BRIEF_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "store/articles.h"
#include "store/events.h"
#include "store/groups.h"
#include "store/jobs.h"
#include "store/outlets.h"
#include "store/search.h"
#include "store/sources.h"
#include "util/error.h"

struct store;

/*
 * Open (creating it when absent) the store at `target` (see above), its
 * schema migrated to the newest version. ERR_USAGE for an address no
 * engine of this build takes; ERR_DB when the database cannot be opened or
 * is not brief's, or its schema is newer than this build knows.
 */
int store_open(struct store **out, const char *target, struct error *err) MUST_CHECK;
/*
 * Whether `st` was opened for reading only. SQLite: an existing database
 * file that this process may not write, or whose directory it may not
 * write (SQLite keeps its write-ahead log and shared-memory index beside
 * it), is opened read-only: never migrated, its search index read as it
 * is, every read works, and a write fails with ERR_DB saying the
 * database is read-only. A database whose schema is older than this
 * build's cannot be read so (its migration writes): ERR_DB says to open
 * it once with write permission.
 */
int store_read_only(const struct store *st);
/* Finish pending work (e.g. indexing) and close; NULL is a no-op. */
void store_close(struct store *st);
/*
 * Close `st`, and when store_open created its database (SQLite: a file
 * that did not exist) and nothing is stored in it (no article, page,
 * source followed or feed entry), remove it and the files beside it
 * (its search index and logs), as a command that failed before storing
 * anything leaves no empty database behind. 1 when removed, 0 when kept
 * (a database that existed before is always kept), a negative code when
 * it could not be read or removed (and then it is kept, closed). NULL: 0.
 */
int store_close_unused(struct store *st, struct error *err) MUST_CHECK;

/* The engine of an open store: "sqlite" or "postgresql". */
const char *store_engine_name(const struct store *st);
/* The engine an address names, without opening it (as store_open picks it). */
const char *store_engine_for(const char *target);

/* Schema version of an open store, and the newest this build knows. */
int store_schema_version(struct store *st);
int store_schema_latest(void);

/*
 * Group many writes in one transaction (much faster for bulk ingest).
 * After a failed write inside it, call store_rollback.
 */
int store_begin(struct store *st, struct error *err) MUST_CHECK;
int store_commit(struct store *st, struct error *err) MUST_CHECK;
int store_rollback(struct store *st);

/*
 * How long a write waits for another writer to finish before it fails
 * (SQLite allows one writer at a time): `ms` milliseconds, or -1 for as
 * long as it takes. `on_wait` (may be NULL) is called with `data` each
 * time a write starts waiting. Engines whose writers do not exclude each
 * other ignore it. Until called: 10 seconds.
 */
void store_set_wait(struct store *st, long ms, void (*on_wait)(void *data), void *data);

/*
 * One read transaction around everything a request reads, so a page is
 * drawn from one snapshot and the locks are taken once. store_read_end
 * ends it (a no-op when none is open).
 */
int store_read_begin(struct store *st, struct error *err) MUST_CHECK;
void store_read_end(struct store *st);

/*
 * A number that changes whenever another connection commits to the
 * database (SQLite: data_version of the database and its search index),
 * read in the open read transaction. The site's page cache is kept while
 * it holds.
 */
int store_data_version(struct store *st, uint64_t *version, struct error *err) MUST_CHECK;

/*
 * Check the database (integrity, references, the full-text index, counts);
 * a one-line summary goes to msg. ERR_DB when the check fails or could not
 * be made.
 */
int store_check(struct store *st, char *msg, size_t msglen, struct error *err) MUST_CHECK;

/*
 * Told how a long call (store_vacuum) goes: at the start of each of its `n`
 * steps (`k` from 1), with what the step does ("rewriting the database"),
 * and again every so often while a step runs, so that a caller can keep a
 * progress line alive.
 */
typedef void (*store_step_fn)(const char *what, int k, int n, void *data);

/*
 * Compact the database: merge the full-text index, refresh term statistics
 * and give free space back (SQLite: VACUUM, which rewrites the file and
 * needs as much free disk as the database takes). `on_step` (may be NULL)
 * is called with `data` as it goes.
 */
int store_vacuum(struct store *st, store_step_fn on_step, void *data, struct error *err) MUST_CHECK;

/*
 * The bytes the database takes (SQLite: the pages of the database and of
 * its search index, free ones included; PostgreSQL: pg_database_size), or
 * a negative error code.
 */
int64_t store_size(struct store *st, struct error *err) MUST_CHECK;

#endif
