/*
 * pg.h: the PostgreSQL engine (libpq), for stores named by a URL
 * "postgresql://..." or "postgres://...".
 *
 * It keeps brief's schema in PostgreSQL's terms (schema.c: the same tables
 * as the SQLite engine's, a tsvector column with a GIN index for search, a
 * job queue), and speaks in store.h's records: struct article, struct
 * search_results, enum store_put_result, with the same ownership rules.
 * Several processes on several machines may open one database at once:
 * migrations take an advisory lock, writes never lock more than the rows
 * they write, and jobs are taken with FOR UPDATE SKIP LOCKED (jobs.c).
 */
#ifndef BRIEF_STORE_PG_H
#define BRIEF_STORE_PG_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "util/error.h"

struct pg_store;
struct search_query;
struct buf;

/* 1 when `url` names a PostgreSQL database (postgresql:// or postgres://). */
int pg_url_is_postgres(const char *url);

/* Connect to `url` and migrate its schema to the newest version. */
int pg_open(struct pg_store **out, const char *url, struct error *err) MUST_CHECK;
void pg_close(struct pg_store *st);

int pg_schema_version(struct pg_store *st);
int pg_schema_latest(void);

/* A batch: many puts in one transaction (as store_begin and friends). */
int pg_begin(struct pg_store *st, struct error *err) MUST_CHECK;
int pg_commit(struct pg_store *st, struct error *err) MUST_CHECK;
int pg_rollback(struct pg_store *st);

/* As store_article_put: the same bytes are stored once, an article once per URL. */
int pg_article_put(struct pg_store *st, const struct document *doc, const struct article_in *a,
		   int64_t *id, enum store_put_result *what, struct error *err) MUST_CHECK;
int pg_article_get(struct pg_store *st, int64_t id, struct article *out,
		   struct error *err) MUST_CHECK;
int pg_articles_latest(struct pg_store *st, size_t limit, size_t offset, struct article_list *out,
		       struct error *err) MUST_CHECK;
/* The number of stored articles, in *n. */
int pg_article_count(struct pg_store *st, int64_t *n, struct error *err) MUST_CHECK;
int64_t pg_document_count(struct pg_store *st);

/* As store_document_body. */
int pg_document_body(struct pg_store *st, const char *sha256, struct buf *out,
		     struct error *err) MUST_CHECK;
/*
 * Search with brief's query language (query.h: the one parser both
 * engines share), translated to a tsquery. Copies are folded, one hit a
 * syndication group, as store_search's; score is minus
 * ts_rank_cd, so lower is better as with the SQLite engine's bm25.
 */
int pg_search(struct pg_store *st, const struct search_query *q, size_t limit, size_t offset,
	      struct search_results *out, struct error *err) MUST_CHECK;

/*
 * Tests' tuning of relevance search: rank the newest `scan` matches (0: the
 * default, 10,000), and find them by walking the articles newest first
 * (way 1), through the GIN index ranking each match as it is read (2) or
 * ranking the newest again by id (3), or as the estimates say (0). All
 * ways give the same hits. Process-wide.
 */
void pg_search_tune(size_t scan, int way);

/* The way (as pg_search_tune numbers them) the last relevance search took. */
int pg_search_way_taken(void);

/*
 * The tsquery text (for to_tsquery with the configuration "brief") of the
 * parsed query's full-text part, appended to `out`; the query must have
 * one (q->fts). Words stay quoted, so no tsquery operator in a user's word
 * is ever an operator. search.c.
 */
int pg_tsquery(const struct search_query *q, struct buf *out, struct error *err) MUST_CHECK;

/* ---- copying a SQLite store (import.c) ---- */

struct pg_import_report {
	int64_t rows[16]; /* rows copied, per table in pg_import_table's order */
	int64_t total;
	size_t sampled; /* articles compared column by column after the copy */
	double copy_s;  /* seconds copying the rows */
	double index_s; /* seconds making the secondary indexes and references again */
};

/*
 * Copy the SQLite store at `path` (at the newest schema: open it with
 * store_open first) into this store, which must hold no article, with
 * every row's id, in one transaction: COPY a table at a time, with the
 * secondary indexes and foreign keys dropped first and made again (and so
 * checked) after the rows are in. A row the server refuses ends it with
 * ERR_DB naming the table, the row and the reason, and nothing copied. Then check that every table has as
 * many rows in both and that `sample` articles, spread over the ids, and
 * their documents' hashes are the same in both. ERR_DB names what differs.
 */
int pg_import_sqlite(struct pg_store *st, const char *path, size_t sample,
		     struct pg_import_report *rep, struct error *err) MUST_CHECK;
/* The name of table `i` of the copy, NULL past the last. */
const char *pg_import_table(size_t i);

#endif
