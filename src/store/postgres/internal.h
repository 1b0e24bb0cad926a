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
	PS_ARTICLE_UPSERT,
	PS_JOB_ADD,
	PS_JOB_FINISH,
	PS_JOB_FAIL,
	PS_JOB_RETRY,
	PS_COUNT
};

struct pg_store {
	struct store base; /* first: a struct store * of this engine is a struct pg_store * */
	PGconn *conn;
	char *url;
	int in_batch;                     /* inside pg_begin .. pg_commit */
	int in_read;                      /* inside pg_read_begin .. pg_read_end */
	unsigned char prepared[PS_COUNT]; /* which of enum pg_stmt the server has */
	struct document_packer packer;    /* compresses documents stored unprepared */
	struct document_prep prep;        /* its output, kept between documents */
};

/*
 * A database error: `what` failed, with the server's message; like
 * error_set, returns the code for `return pg_error(...)`.
 */
int pg_error(struct pg_store *st, struct error *err, const char *what);
/* The same, from a result (which it clears). */
int pg_result_error(struct pg_store *st, PGresult *res, struct error *err, const char *what);

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
 * pg_query, and room for its rows: *items (a pointer to the caller's
 * array pointer) becomes a zeroed array of one `size`-byte element a row
 * (NULL for none), which the caller owns. Returns the number of rows with
 * *res (PQclear it), or a negative code with `err` set.
 */
int pg_query_rows(struct pg_store *st, const char *sql, int n, const char *const *values,
		  PGresult **res, void *items, size_t size, struct error *err) MUST_CHECK;
/* The same for the prepared statement `id` (prepared at its first use); `lengths`
 * and `formats` as PQexecPrepared's (NULL: all text). */
PGresult *pg_run(struct pg_store *st, enum pg_stmt id, int n, const char *const *values,
		 const int *lengths, const int *formats, struct error *err);

/* Heap copy of a field, NULL for SQL NULL. */
char *pg_strdup(const PGresult *res, int row, int col);
/* A field as an integer (0 for NULL). */
int64_t pg_int(const PGresult *res, int row, int col);

/* Columns for pg_row_to_article, like the SQLite engine's ARTICLE_COLS. */
#define PG_ARTICLE_COLS                                                                        \
	"a.id, a.url, s.name, s.url, a.title, a.byline, a.published, a.modified, a.language, " \
	"a.description, a.image, %s, a.original_name, a.original_url, d.sha256, a.added, "     \
	"a.word_count"
#define PG_ARTICLE_FROM                                                                        \
	" FROM articles a LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN documents d ON " \
	"d.id = a.document_id"

void pg_row_to_article(const PGresult *res, int row, int col0, struct article *a);

/* The engine's ops (engine.c), set by pg_open. */
extern const struct store_ops pg_store_ops;

/* Newest first, undated articles last, as the SQLite engine's SQ_NEWEST_FIRST. */
#define PG_NEWEST_FIRST "a.published IS NULL, coalesce(a.published, a.added) DESC, a.id DESC"

/* What the web site reads (site.c): ops of the same names. */
int pg_read_begin(struct store *st, struct error *err) MUST_CHECK;
void pg_read_end(struct store *st);
int pg_data_version(struct store *st, uint64_t *version, struct error *err) MUST_CHECK;
int64_t pg_source_id(struct store *st, const char *source_url);
int pg_outlet_get(struct store *st, int64_t id, struct outlet *out, struct error *err) MUST_CHECK;
int pg_outlets(struct store *st, size_t limit, size_t offset, struct outlet_list *out,
	       struct error *err) MUST_CHECK;
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
int pg_events_page(struct store *st, const char *a, const char *b, size_t limit, size_t offset,
		   struct stored_event_list *out, struct error *err) MUST_CHECK;
int pg_actor_pairs(struct store *st, const char *actor, struct actor_pair_list *out,
		   struct error *err) MUST_CHECK;

/* The schema, as ordered steps (schema.c). */
extern const char *const pg_migrations[];
extern const size_t pg_migrations_count;

#endif
