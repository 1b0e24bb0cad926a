/*
 * internal.h: what the files of src/store/postgres/ share: the connection
 * and small libpq helpers. Helpers that fail fill `err` and return a
 * negative code, like the rest of libbrief.
 */
#ifndef BRIEF_STORE_PG_INTERNAL_H
#define BRIEF_STORE_PG_INTERNAL_H

#include <libpq-fe.h>
#include <stdint.h>

#include "store/engine.h"
#include "store/postgres/pg.h"

/*
 * The statements of the hot paths, prepared once per connection at their
 * first use (pg_run): the server plans each once, not once an article.
 */
enum pg_stmt {
	PS_ARTICLE_BY_URL,
	PS_DOC_ID,
	PS_DOC_INSERT,
	PS_SOURCE_ID,
	PS_SOURCE_INSERT,
	PS_SOURCE_BY_NAME,
	PS_SOURCE_ATTACH,
	PS_ARTICLE_UPSERT,
	PS_JOB_ADD,
	PS_JOB_FINISH,
	PS_JOB_FAIL,
	PS_JOB_RETRY,
	PS_COUNT
};

/*
 * Load libpq (once per process; store/postgres/libpq.c, util/dynlib.h):
 * ERR_INTERNAL naming it when it is missing. pg_open calls it first.
 */
int libpq_load(struct error *err) MUST_CHECK;

/* Statements pg_cached prepares on a connection, at most. */
#define PG_CACHED_MAX 64

struct pg_store {
	struct store base; /* first: a struct store * of this engine is a struct pg_store * */
	PGconn *conn;
	char *url;
	int in_batch;                      /* inside pg_begin .. pg_commit */
	int in_read;                       /* inside pg_read_begin .. pg_read_end */
	unsigned char prepared[PS_COUNT];  /* which of enum pg_stmt the server has */
	struct document_packer packer;     /* compresses documents stored unprepared */
	struct document_prep prep;         /* its output, kept between documents */
	const char *cached[PG_CACHED_MAX]; /* statements pg_cached prepared, by their text */
	size_t ncached;
	int64_t fp_article, fp_bucket; /* the article fingerprinted last, and its bucket */
	/*
	 * The weighed terms of the article weighed last (related.c), kept for
	 * its next weighing: a worker's related job weighs an article for its
	 * related news and then again for its story terms. Dropped when an
	 * article is stored or the term statistics change.
	 */
	PGresult *terms_rows;
	int64_t terms_article;
	size_t terms_limit;
};

/* The PostgreSQL store behind a struct store of this engine. */
static inline struct pg_store *pg_of(struct store *st)
{
	return (struct pg_store *)st;
}

/* Forget the terms weighed last (st->terms_rows). */
void pg_terms_forget(struct pg_store *st);

/*
 * A database error: `what` failed, with the server's message; like
 * error_set, returns the code for `return pg_error(...)`.
 */
int pg_error(struct pg_store *st, struct error *err, const char *what) MUST_CHECK;
/* The same, from a result (which it clears). */
int pg_result_error(struct pg_store *st, PGresult *res, struct error *err,
		    const char *what) MUST_CHECK;

/* Run SQL without parameters (several statements allowed); results discarded. */
int pg_exec(struct pg_store *st, const char *sql, struct error *err) MUST_CHECK;
/*
 * Roll back after a failure: that failure is what the caller reports, and
 * an error of the rollback would only hide it.
 */
void pg_abandon(struct pg_store *st);
/*
 * Run `sql` with text parameters (NULL: SQL NULL); returns the result
 * (tuples or command ok) or NULL with `err` set. The caller PQclears it.
 */
PGresult *pg_query(struct pg_store *st, const char *sql, int n, const char *const *values,
		   struct error *err);
/*
 * Room for the rows of `res`, a query's result (NULL: the query failed,
 * `err` set): *items (a pointer to the caller's array pointer) becomes a
 * zeroed array of one `size`-byte element a row (NULL for none), which the
 * caller owns. The number of rows, or a negative code with `err` set and
 * `res` cleared.
 */
int pg_rows(PGresult *res, void *items, size_t size, struct error *err) MUST_CHECK;
/*
 * pg_query, and room for its rows: *items (a pointer to the caller's
 * array pointer) becomes a zeroed array of one `size`-byte element a row
 * (NULL for none), which the caller owns. Returns the number of rows with
 * *res (PQclear it), or a negative code with `err` set.
 */
int pg_query_rows(struct pg_store *st, const char *sql, int n, const char *const *values,
		  PGresult **res, void *items, size_t size, struct error *err) MUST_CHECK;
/*
 * pg_query_rows over the statement built in `sql`, which it releases. A
 * statement whose build failed (buf_error) is not run: its code is returned
 * with `err` set, as a truncated statement would answer something else.
 */
int pg_query_built(struct pg_store *st, struct buf *sql, int n, const char *const *values,
		   PGresult **res, void *items, size_t size, struct error *err) MUST_CHECK;
/*
 * pg_query_rows of a query of article rows (PG_ARTICLE_COLS or
 * STORE_ARTICLE_LIST_COLS, as pg_row_to_article reads them) into `out`
 * (emptied first; the caller releases it).
 */
int pg_article_list(struct pg_store *st, const char *sql, int n, const char *const *values,
		    struct article_list *out, struct error *err) MUST_CHECK;
/* The same for the prepared statement `id` (prepared at its first use); `lengths`
 * and `formats` as PQexecPrepared's (NULL: all text). */
PGresult *pg_run(struct pg_store *st, enum pg_stmt id, int n, const char *const *values,
		 const int *lengths, const int *formats, struct error *err);

/*
 * The same for `sql`, a string with static storage (a literal), prepared at
 * its first use on this connection and known by its address afterwards:
 * the statements of the engine's other hot paths (groups, events,
 * sources). Past PG_CACHED_MAX statements it runs unprepared.
 */
PGresult *pg_cached(struct pg_store *st, const char *sql, int n, const char *const *values,
		    const int *lengths, const int *formats, struct error *err);

/*
 * Heap copy of a field, NULL for SQL NULL. A copy that fails also returns
 * NULL and is counted: whoever fills a record with these calls asks
 * pg_copy_error once the record (or the list) is filled, before its next
 * query, and releases the record when it answers ERR_NOMEM.
 */
char *pg_strdup(const PGresult *res, int row, int col);
/*
 * 0 when every pg_strdup of this thread since the last call made its copy;
 * otherwise error_nomem(err). Either way it starts counting again.
 */
int pg_copy_error(struct error *err) MUST_CHECK;
/* A field as an integer (0 for NULL). */
int64_t pg_int(const PGresult *res, int row, int col);
/*
 * The integer (an id, a count) in the first column of a statement's first
 * row, 0 when it has no row; `res` is cleared. A NULL `res` (the statement
 * failed, its error set) is -ERR_DB.
 */
int64_t pg_first_id(PGresult *res);
/* An event's STORE_EVENT_HEAD_COLS, columns 0 to 9 of row `i` (pg_strdup's copies). engine.c. */
void pg_event_head(const PGresult *res, int i, struct stored_event *e);

/* Columns for pg_row_to_article, like the SQLite engine's ARTICLE_COLS. */
#define PG_ARTICLE_COLS                                                                       \
	"a.id, a.url, coalesce(s.name, a.site_name), s.url, a.title, a.byline, a.published, " \
	"a.modified, a.language, "                                                            \
	"a.description, a.image, %s, a.original_name, a.original_url, d.sha256, a.added, "    \
	"a.word_count"
#define PG_ARTICLE_FROM                                                                        \
	" FROM articles a LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN documents d ON " \
	"d.id = a.document_id"

/* An article from the PG_ARTICLE_COLS of row `row` from column `col0` (pg_strdup's copies). */
void pg_row_to_article(const PGresult *res, int row, int col0, struct article *a);

/* The engine's ops (engine.c), set by pg_open. */
extern const struct store_ops pg_store_ops;

/* Newest first, undated articles last, as the SQLite engine's SQ_NEWEST_FIRST. */
#define PG_NEWEST_FIRST "a.published IS NULL, coalesce(a.published, a.added) DESC, a.id DESC"

/* What the web site reads (site.c): ops of the same names. */
int pg_read_begin(struct store *st, struct error *err) MUST_CHECK;
void pg_read_end(struct store *st);
int pg_data_version(struct store *st, uint64_t *version, struct error *err) MUST_CHECK;
int pg_source_id(struct store *st, const char *source_url, int64_t *id,
		 struct error *err) MUST_CHECK;
int pg_outlet_get(struct store *st, int64_t id, struct outlet *out, struct error *err) MUST_CHECK;
int pg_outlets(struct store *st, const struct search_query *f, size_t limit, size_t offset,
	       struct outlet_list *out, struct error *err) MUST_CHECK;
int pg_outlet_latest(struct store *st, int64_t source_id, size_t limit, size_t offset,
		     struct article_list *out, struct error *err) MUST_CHECK;
int pg_article_tags(struct store *st, int64_t article_id, char ***tags, size_t *n,
		    struct error *err) MUST_CHECK;
int pg_tag_latest(struct store *st, const char *tag, size_t limit, size_t offset,
		  struct article_list *out, struct error *err) MUST_CHECK;
int pg_actor_latest(struct store *st, const char *actor, size_t limit, size_t offset,
		    struct article_list *out, struct error *err) MUST_CHECK;
int pg_article_actors(struct store *st, int64_t article_id, char ***actors, size_t *n,
		      struct error *err) MUST_CHECK;
int pg_article_events(struct store *st, int64_t article_id, struct stored_event_list *out,
		      struct error *err) MUST_CHECK;
int pg_events_page(struct store *st, const char *a, const char *b, const struct search_query *f,
		   size_t limit, size_t offset, struct stored_event_list *out,
		   struct error *err) MUST_CHECK;
/*
 * The search's filters of `q` as " AND ..." clauses on an article `a` and
 * its outlet `s`, each value the next parameter after *n (params holds 6
 * more); -1 when out of memory.
 */
int pg_search_filters(struct buf *sql, const char **params, int *n, const struct search_query *q);
int pg_actor_pairs(struct store *st, const char *actor, const struct search_query *f,
		   struct actor_pair_list *out, struct error *err) MUST_CHECK;

/* Fingerprints and syndication groups (groups.c): ops of the same names. */
int pg_fingerprint_put(struct store *st, int64_t article_id, const struct fingerprint *fp,
		       struct error *err) MUST_CHECK;
int pg_fingerprint_candidates(struct store *st, int64_t self, const struct fingerprint *fp,
			      size_t min_shared, size_t limit, struct fp_candidates *out,
			      struct error *err) MUST_CHECK;
int pg_group_member_get(struct store *st, int64_t article_id, struct group_member *m,
			struct error *err) MUST_CHECK;
int pg_group_credits(struct store *st, int64_t group_id, const char *url, int64_t *count,
		     struct error *err) MUST_CHECK;
int pg_group_move(struct store *st, int64_t from, int64_t to, struct error *err) MUST_CHECK;
int pg_group_members(struct store *st, int64_t a, int64_t b, struct group_members *out,
		     struct error *err) MUST_CHECK;
int pg_group_set(struct store *st, int64_t article_id, int64_t group_id, double similarity,
		 struct error *err) MUST_CHECK;

/* An article's group (engine.c), 0 when it has none: the op group_of. */
int pg_ops_group_of(struct store *st, int64_t article_id, int64_t *group_id,
		    struct error *err) MUST_CHECK;

/* Latest stories, originals, key terms, related news (related.c): ops of the same names. */
int pg_latest_groups(struct store *st, size_t limit, size_t offset, struct search_results *out,
		     struct error *err) MUST_CHECK;
int pg_articles_passing(struct store *st, const struct search_query *f, const int64_t *ids,
			size_t n, int64_t **pass, size_t *npass, struct error *err) MUST_CHECK;
int pg_originals_between(struct store *st, const char *since, const char *until, size_t limit,
			 int64_t **ids, size_t *n, struct error *err) MUST_CHECK;
int pg_original_first_since(struct store *st, const char *since, int64_t *id,
			    struct error *err) MUST_CHECK;
int pg_term_stats_refresh(struct store *st, int force, struct error *err) MUST_CHECK;
int pg_key_terms(struct store *st, int64_t article_id, size_t max, size_t lookups,
		 struct key_terms *out, struct error *err) MUST_CHECK;
int pg_related_candidates(struct store *st, int64_t article_id, size_t max,
			  struct related_candidates *out, struct error *err) MUST_CHECK;
int pg_hits_load(struct store *st, struct search_results *out, struct error *err) MUST_CHECK;
int pg_related_pending(struct store *st, size_t limit, int64_t **ids, size_t *n,
		       struct error *err) MUST_CHECK;
int pg_related_put(struct store *st, int64_t article_id, const struct related_item *items, size_t n,
		   struct error *err) MUST_CHECK;
int pg_story_terms_pending(struct store *st, size_t limit, int64_t **ids, size_t *n,
			   struct error *err) MUST_CHECK;
int pg_story_terms_put(struct store *st, int64_t article_id, const struct key_terms *kt,
		       struct error *err) MUST_CHECK;
int pg_story_terms_get(struct store *st, int64_t article_id, struct key_terms *out,
		       struct error *err) MUST_CHECK;
int pg_related_stored(struct store *st, int64_t article_id, size_t limit,
		      struct search_results *out, struct error *err) MUST_CHECK;

/* Coded events (events.c). */
int pg_events_replace(struct store *st, int64_t article_id, const struct event_list *ev,
		      const char *text, struct error *err) MUST_CHECK;

/* Subscriptions, feed entries and the fetch log (sources.c): ops of the same names. */
int pg_subscription_add(struct store *st, const struct subscription_in *s, int64_t *id,
			int *existed, struct error *err) MUST_CHECK;
int pg_subscription_get(struct store *st, const char *key, struct subscription *out,
			struct error *err) MUST_CHECK;
int pg_subscription_list(struct store *st, int due_only, int64_t now, struct subscription_list *out,
			 struct error *err) MUST_CHECK;
int pg_subscription_update(struct store *st, const struct subscription *s,
			   struct error *err) MUST_CHECK;
int pg_subscription_remove(struct store *st, int64_t id, struct error *err) MUST_CHECK;
int pg_fetch_log_add(struct store *st, int64_t subscription_id, const struct fetch_log_entry *e,
		     struct error *err) MUST_CHECK;
int pg_fetch_log_list(struct store *st, int64_t subscription_id, size_t limit,
		      struct fetch_log_list *out, struct error *err) MUST_CHECK;
int pg_feed_entry_seen(struct store *st, int64_t subscription_id, const char *key,
		       struct error *err) MUST_CHECK;
int pg_feed_entry_put(struct store *st, int64_t subscription_id, const char *key, const char *url,
		      int64_t article_id, struct error *err) MUST_CHECK;

/* Documents handed to workers (pg.c) and the job queue (jobs.c): ops of the same names. */
int pg_document_put(struct store *st, const struct document *doc, char sha256[65], int64_t *id,
		    int *added, struct error *err) MUST_CHECK;
int pg_document_meta(struct store *st, const char *sha256, char **url, char **content_type,
		     struct error *err) MUST_CHECK;
int pg_job_add(struct store *st, const char *kind, const char *arg, const char *label,
	       int max_attempts, int *added, struct error *err) MUST_CHECK;
int pg_jobs_take(struct store *st, const char *worker, size_t max, int lease_s,
		 struct store_jobs *out, struct error *err) MUST_CHECK;
int pg_job_finish(struct store *st, int64_t id, const char *worker, const char *error,
		  int permanent, struct error *err) MUST_CHECK;
int pg_jobs_count(struct store *st, struct store_job_counts *c, struct error *err) MUST_CHECK;
int pg_jobs_list(struct store *st, const char *state, size_t limit, struct store_job_rows *out,
		 struct error *err) MUST_CHECK;

/*
 * An article's length in tokens as the SQLite engine's FTS5 tokenizer
 * (unicode61) counts them, `articles.tokens` (schema step 8): runs of
 * letters and digits of the ranges in pg.c, over the `n` bytes of the
 * UTF-8 text `s` (bytes that are not UTF-8 end a run). Counted by brief,
 * not by the server, where a regular expression costs most of what the
 * row's tsvector does.
 */
int64_t pg_text_tokens(const char *s, size_t n);

/*
 * The postings of the article `row` (NEW in the trigger, a of `from`
 * "articles a CROSS JOIN" elsewhere; schema step 9) as a SELECT: term,
 * article id, the term's frequency (title positions three times, as
 * weigh_terms counts: its positions and twice its A-weighted ones, array
 * functions rather than a subquery a lexeme) and the article's tokens, for
 * the lexemes weigh_terms weighs.
 */
#define PG_POSTINGS_OF(row, from)                                                               \
	"SELECT u.lexeme, " row ".id, cardinality(u.weights) + 2 * "                            \
	"cardinality(array_positions(u.weights, 'A')), coalesce(" row ".tokens, 0) FROM " from  \
	" unnest(" row ".tsv) u WHERE octet_length(u.lexeme) BETWEEN 3 AND 40 AND u.lexeme !~ " \
	"'[^[:alnum:]]'"
/* The postings of all the articles, and of the trigger's row. */
#define PG_POSTINGS_ALL PG_POSTINGS_OF("a", "articles a CROSS JOIN")
#define PG_POSTINGS_NEW PG_POSTINGS_OF("NEW", "")
/* The trigger function's body (schema steps 9 and 10): an article's postings follow its row. */
#define PG_POSTINGS_TRIGGER                                                            \
	"$$ BEGIN"                                                                     \
	"  IF TG_OP <> 'INSERT' THEN"                                                  \
	"    DELETE FROM postings WHERE term = ANY (tsvector_to_array(OLD.tsv))"       \
	"      AND article_id = OLD.id;"                                               \
	"  END IF;"                                                                    \
	"  IF TG_OP <> 'DELETE' THEN"                                                  \
	"    INSERT INTO postings (term, article_id, tf, tokens) " PG_POSTINGS_NEW ";" \
	"  END IF;"                                                                    \
	"  RETURN NULL;"                                                               \
	"END $$;"

/* The schema, as ordered steps (schema.c). */
extern const char *const pg_migrations[];
extern const size_t pg_migrations_count;

#endif
