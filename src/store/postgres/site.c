/*
 * site.c: what the web site reads on PostgreSQL: read snapshots, a data
 * version for its page cache, outlets, and the actors and events a
 * migrated store brought. The SQL is the SQLite engine's (sqlite/site.c),
 * with NULL dates sorted as SQLite sorts them.
 */
#include "store/postgres/internal.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/array.h"
#include "util/buf.h"

#include "util/banned.h"

int pg_read_begin(struct store *base, struct error *err)
{
	struct pg_store *st = pg_of(base);
	if (st->in_batch || st->in_read)
		return 0;
	if (pg_exec(st, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", err) < 0)
		return -ERR_DB;
	st->in_read = 1;
	return 0;
}

void pg_read_end(struct store *base)
{
	struct pg_store *st = pg_of(base);
	/* a read transaction has nothing to lose: ending it cannot fail that matters */
	if (st->in_read)
		(void)!pg_exec(st, "COMMIT", NULL);
	st->in_read = 0;
}

/*
 * The server's write-ahead log position (a replica's: the last replayed),
 * which moves with every commit to any database of the server: a version
 * that changes at least whenever this one does.
 */
int pg_data_version(struct store *base, uint64_t *version, struct error *err)
{
	PGresult *res = pg_query(pg_of(base),
				 "SELECT (CASE WHEN pg_is_in_recovery() THEN "
				 "pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END "
				 "- '0/0'::pg_lsn)::text",
				 0, NULL, err);
	*version = 0;
	if (!res)
		return -ERR_DB;
	*version = strtoull(PQgetvalue(res, 0, 0), NULL, 10);
	PQclear(res);
	return 0;
}

int pg_source_id(struct store *base, const char *source_url, int64_t *id, struct error *err)
{
	const char *v[1] = { source_url };
	PGresult *res;

	*id = 0;
	if (!source_url)
		return 0;
	if (!(res = pg_query(pg_of(base), "SELECT id FROM sources WHERE url = $1", 1, v, err)))
		return -ERR_DB;
	if (PQntuples(res))
		*id = pg_int(res, 0, 0);
	PQclear(res);
	return 0;
}

static void outlet_from_row(const PGresult *res, int i, struct outlet *o)
{
	memset(o, 0, sizeof(*o));
	o->id = pg_int(res, i, 0);
	o->name = pg_strdup(res, i, 1);
	o->url = pg_strdup(res, i, 2);
	o->articles = pg_int(res, i, 3);
	o->latest = pg_strdup(res, i, 4);
}

int pg_outlet_get(struct store *base, int64_t id, struct outlet *out, struct error *err)
{
	char ids[24];
	const char *v[1] = { ids };
	PGresult *res;
	int r;
	memset(out, 0, sizeof(*out));
	snprintf(ids, sizeof(ids), "%" PRId64, id);
	res = pg_query(
		pg_of(base),
		"SELECT s.id, s.name, s.url, (SELECT count(*) FROM articles WHERE source_id = "
		"s.id), (SELECT max(published) FROM articles WHERE source_id = s.id) "
		"FROM sources s WHERE s.id = $1",
		1, v, err);
	if (!res)
		return -ERR_DB;
	if (!PQntuples(res)) {
		PQclear(res);
		return error_set(err, ERR_NOTFOUND, "no outlet %lld", (long long)id);
	}
	outlet_from_row(res, 0, out);
	PQclear(res);
	if ((r = pg_copy_error(err)) < 0)
		outlet_release(out);
	return r;
}

int pg_outlets(struct store *base, const struct search_query *f, size_t limit, size_t offset,
	       struct outlet_list *out, struct error *err)
{
	char l[24], o[24];
	const char *v[8] = { l, o };
	struct buf sql = BUF_INIT;
	PGresult *res;
	int i, rows, n = 2;
	memset(out, 0, sizeof(*out));
	snprintf(l, sizeof(l), "%zu", limit);
	snprintf(o, sizeof(o), "%zu", offset);
	if (f && (f->source || f->lang || f->since || f->until || f->tag || f->actor)) {
		/* the articles that pass, as the search filters them, by outlet */
		buf_puts(&sql, "SELECT s.id, s.name, s.url, count(a.id), max(a.published) "
			       "FROM articles a JOIN sources s ON s.id = a.source_id WHERE TRUE");
		if (pg_search_filters(&sql, v, &n, f) < 0) {
			buf_release(&sql);
			return error_nomem(err);
		}
	} else {
		buf_puts(&sql, "SELECT s.id, s.name, s.url, count(a.id), max(a.published) "
			       "FROM sources s LEFT JOIN articles a ON a.source_id = s.id");
	}
	buf_puts(&sql, " GROUP BY s.id ORDER BY count(a.id) DESC, s.id LIMIT $1 OFFSET $2");
	rows = pg_query_built(pg_of(base), &sql, n, v, &res, &out->items, sizeof(*out->items), err);
	if (rows < 0)
		return rows;
	for (i = 0; i < rows; i++)
		outlet_from_row(res, i, &out->items[out->n++]);
	PQclear(res);
	if ((rows = pg_copy_error(err)) < 0)
		outlet_list_release(out);
	return rows < 0 ? rows : 0;
}

int pg_outlet_latest(struct store *base, int64_t source_id, size_t limit, size_t offset,
		     struct article_list *out, struct error *err)
{
	char id[24], l[24], o[24];
	const char *v[3] = { id, l, o };
	snprintf(id, sizeof(id), "%" PRId64, source_id);
	snprintf(l, sizeof(l), "%zu", limit);
	snprintf(o, sizeof(o), "%zu", offset);
	return pg_article_list(pg_of(base),
			       "SELECT " STORE_ARTICLE_LIST_COLS STORE_ARTICLE_LIST_FROM
			       "WHERE a.source_id = $1 ORDER BY "
			       "coalesce(a.published, a.added) DESC, a.id DESC LIMIT $2 OFFSET $3",
			       3, v, out, err);
}

/* Codes starting with `prefix`: [prefix, prefix~), codes being upper-case letters. */
static void prefix_range(const char *prefix, char *hi, size_t n)
{
	snprintf(hi, n, "%s~", prefix);
}

int pg_tag_latest(struct store *base, const char *tag, size_t limit, size_t offset,
		  struct article_list *out, struct error *err)
{
	char l[24], o[24];
	const char *v[3] = { tag, l, o };
	snprintf(l, sizeof(l), "%zu", limit);
	snprintf(o, sizeof(o), "%zu", offset);
	return pg_article_list(pg_of(base),
			       "SELECT " STORE_ARTICLE_LIST_COLS STORE_ARTICLE_LIST_FROM
			       "WHERE a.id IN (SELECT article_id FROM tags "
			       "WHERE tag = $1) ORDER BY " PG_NEWEST_FIRST " LIMIT $2 OFFSET $3",
			       3, v, out, err);
}

int pg_actor_latest(struct store *base, const char *actor, size_t limit, size_t offset,
		    struct article_list *out, struct error *err)
{
	char hi[64], l[24], o[24];
	const char *v[4] = { actor, hi, l, o };
	prefix_range(actor, hi, sizeof(hi));
	snprintf(l, sizeof(l), "%zu", limit);
	snprintf(o, sizeof(o), "%zu", offset);
	return pg_article_list(
		pg_of(base),
		"SELECT " STORE_ARTICLE_LIST_COLS STORE_ARTICLE_LIST_FROM
		"WHERE a.id IN (SELECT article_id FROM "
		"article_actors WHERE actor >= $1 AND actor < $2) "
		"ORDER BY coalesce(a.published, a.added) DESC, a.id DESC LIMIT $3 OFFSET $4",
		4, v, out, err);
}

/* Up to 64 strings the one-column query sql gives for article_id ($1), in its order. */
static MUST_CHECK int article_strings(struct store *base, const char *sql, int64_t article_id,
				      char ***out, size_t *n, struct error *err)
{
	char id[24];
	const char *v[1] = { id };
	PGresult *res;
	char **a;
	int i, rows;
	*out = NULL;
	*n = 0;
	snprintf(id, sizeof(id), "%" PRId64, article_id);
	res = pg_query(pg_of(base), sql, 1, v, err);
	if (!res)
		return -ERR_DB;
	if (!(a = calloc(64, sizeof(*a)))) {
		PQclear(res);
		return error_nomem(err);
	}
	rows = PQntuples(res);
	for (i = 0; i < rows && i < 64; i++)
		if ((a[*n] = pg_strdup(res, i, 0)) != NULL)
			(*n)++;
	PQclear(res);
	if ((rows = pg_copy_error(err)) < 0) {
		while (*n > 0)
			free(a[--*n]);
		free(a);
		return rows;
	}
	*out = a;
	return 0;
}

int pg_article_tags(struct store *base, int64_t article_id, char ***tags, size_t *n,
		    struct error *err)
{
	return article_strings(base,
			       "SELECT tag FROM tags WHERE article_id = $1 ORDER BY tag LIMIT 64",
			       article_id, tags, n, err);
}

int pg_article_actors(struct store *base, int64_t article_id, char ***actors, size_t *n,
		      struct error *err)
{
	return article_strings(
		base,
		"SELECT actor FROM article_actors WHERE article_id = $1 ORDER BY actor "
		"LIMIT 64",
		article_id, actors, n, err);
}

#define EVENT_COLS                                                                     \
	STORE_EVENT_HEAD_COLS ", e.date, e.negated, e.modality, e.evidence, a.title, " \
			      "a.url, e.sentence"

static MUST_CHECK int events(struct pg_store *st, const char *sql, int n, const char *const *v,
			     struct stored_event_list *out, struct error *err)
{
	PGresult *res;
	int i, rows;
	memset(out, 0, sizeof(*out));
	if ((rows = pg_query_rows(st, sql, n, v, &res, &out->items, sizeof(*out->items), err)) < 0)
		return rows;
	for (i = 0; i < rows; i++) {
		struct stored_event *e = &out->items[out->n++];
		pg_event_head(res, i, e);
		e->date = pg_strdup(res, i, 10);
		e->negated = (int)pg_int(res, i, 11);
		e->modality = pg_strdup(res, i, 12);
		e->evidence = pg_strdup(res, i, 13);
		e->title = pg_strdup(res, i, 14);
		e->url = pg_strdup(res, i, 15);
		e->sentence = (int)pg_int(res, i, 16);
	}
	PQclear(res);
	if ((rows = pg_copy_error(err)) < 0)
		stored_event_list_release(out);
	return rows < 0 ? rows : 0;
}

int pg_article_events(struct store *base, int64_t article_id, struct stored_event_list *out,
		      struct error *err)
{
	char id[24];
	const char *v[1] = { id };
	snprintf(id, sizeof(id), "%" PRId64, article_id);
	return events(pg_of(base),
		      "SELECT " EVENT_COLS " FROM events e JOIN articles a ON a.id = e.article_id "
		      "WHERE e.article_id = $1 ORDER BY e.sentence, e.id LIMIT 200",
		      1, v, out, err);
}

/*
 * " AND " clause with the value as parameter $n (the next), when the value
 * is set; with `again`, the value is there already and takes the next
 * number of those (*n counts them), nothing is added to v.
 */
static void event_filter(struct buf *sql, const char **v, int *n, const char *clause,
			 const char *value, int again, int write)
{
	if (!value)
		return;
	if (!again)
		v[*n] = value;
	(*n)++;
	if (!write)
		return;
	buf_puts(sql, " AND ");
	buf_putf(sql, clause, *n);
}

/*
 * The filters of `f` (may be NULL) on the event `e` and its article `art`,
 * from $(*n + 1) on (v holds 5 more); with `again`, the same parameters
 * again from $(*n + 1), on the article only.
 */
static void event_filters_on(struct buf *sql, const char **v, int *n, const struct search_query *f,
			     const char *art, int again)
{
	struct buf c = BUF_INIT;
	if (!f)
		return;
	/* as the search reads them (search.c), since and until on the event's date */
	buf_putf(&c,
		 "%s.source_id IN (SELECT s.id FROM sources s WHERE lower(s.name) = "
		 "lower($%%1$d) OR strpos(lower(s.url), lower($%%1$d)) > 0)",
		 art);
	event_filter(sql, v, n, c.data ? c.data : "", f->source, again, 1);
	buf_reset(&c);
	buf_putf(&c,
		 "(lower(%s.language) = lower($%%1$d) OR "
		 "lower(%s.language) LIKE lower($%%1$d) || '-%%%%')",
		 art, art);
	event_filter(sql, v, n, c.data ? c.data : "", f->lang, again, 1);
	event_filter(sql, v, n, "e.date >= $%1$d", f->since, again, !again);
	event_filter(sql, v, n, "left(e.date, length($%1$d)) <= $%1$d", f->until, again, !again);
	buf_reset(&c);
	buf_putf(&c,
		 "EXISTS (SELECT 1 FROM tags t WHERE t.article_id = %s.id AND "
		 "lower(t.tag) = lower($%%1$d))",
		 art);
	event_filter(sql, v, n, c.data ? c.data : "", f->tag, again, 1);
	buf_release(&c);
}

/*
 * The filters of `f` (may be NULL) that an event's list reads, from
 * $(*n + 1) on (v holds 5 more), and the fold of a deed told again
 * (store/engine.h: STORE_EVENT_FIRST_TOLD) among the events that pass them.
 */
static void event_filters(struct buf *sql, const char **v, int *n, const struct search_query *f)
{
	int first = *n;
	event_filters_on(sql, v, n, f, "a", 0);
	if (!f || (!f->source && !f->lang && !f->tag)) {
		buf_puts(sql, STORE_EVENT_FIRST_TOLD);
		return;
	}
	buf_puts(sql, STORE_EVENT_TOLD_IN_ARTICLE STORE_EVENT_TOLD_IN_GROUP_FROM
		 " CROSS JOIN articles ca" STORE_EVENT_TOLD_IN_GROUP_WHERE
		 " AND ca.id = c.article_id");
	event_filters_on(sql, v, &first, f, "ca", 1);
	buf_putc(sql, ')');
}

int pg_events_page(struct store *base, const char *a, const char *b, const struct search_query *f,
		   size_t limit, size_t offset, struct stored_event_list *out, struct error *err)
{
	char ahi[64] = "", bhi[64] = "", l[24], o[24];
	const char *v[11] = { a ? a : "", ahi, b ? b : "", bhi, l, o };
	/* newest first (undated last, as SQLite sorts NULL); asserted events only */
	static const char head[] =
		"SELECT " EVENT_COLS " FROM events e JOIN articles a ON a.id = e.article_id "
		"WHERE e.negated = 0 AND e.modality = 'asserted' AND ";
	static const char tail[] = " ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT $5 OFFSET $6";
	struct buf sql = BUF_INIT;
	int n = 6, r;
	if (a)
		prefix_range(a, ahi, sizeof(ahi));
	if (b)
		prefix_range(b, bhi, sizeof(bhi));
	snprintf(l, sizeof(l), "%zu", limit);
	snprintf(o, sizeof(o), "%zu", offset);
	buf_puts(&sql, head);
	buf_puts(&sql,
		 !a  ? "$1::text IS NOT NULL AND $2::text IS NOT NULL AND $3::text IS NOT NULL "
		       "AND $4::text IS NOT NULL"
		 : b ? "((e.source >= $1 AND e.source < $2 AND e.target >= $3 AND e.target < $4) "
		       "OR (e.source >= $3 AND e.source < $4 AND e.target >= $1 AND e.target < $2))"
		     : "((e.source >= $1 AND e.source < $2) OR (e.target >= $1 AND e.target < $2)) "
		       "AND $3::text IS NOT NULL AND $4::text IS NOT NULL");
	event_filters(&sql, v, &n, f);
	buf_puts(&sql, tail);
	if (buf_error(&sql)) {
		buf_release(&sql);
		return error_nomem(err);
	}
	r = events(pg_of(base), sql.data, n, v, out, err);
	buf_release(&sql);
	return r;
}

int pg_actor_pairs(struct store *base, const char *actor, const struct search_query *f,
		   struct actor_pair_list *out, struct error *err)
{
	char hi[64] = "";
	const char *v[7] = { actor ? actor : "", hi };
	struct buf sql = BUF_INIT;
	PGresult *res;
	int i, rows, n = 2;
	memset(out, 0, sizeof(*out));
	if (actor)
		prefix_range(actor, hi, sizeof(hi));
	buf_puts(&sql, "SELECT e.source, e.target, count(*), sum(e.goldstein), max(e.date) FROM "
		       "events e JOIN articles a ON a.id = e.article_id "
		       "WHERE e.negated = 0 AND e.modality = 'asserted' AND ");
	buf_puts(&sql, actor ? "((e.source >= $1 AND e.source < $2) OR "
			       "(e.target >= $1 AND e.target < $2))"
			     : "$1::text IS NOT NULL AND $2::text IS NOT NULL");
	event_filters(&sql, v, &n, f);
	buf_puts(&sql, " GROUP BY e.source, e.target LIMIT 20000");
	rows = pg_query_built(pg_of(base), &sql, n, v, &res, &out->items, sizeof(*out->items), err);
	if (rows < 0)
		return rows;
	for (i = 0; i < rows; i++) {
		struct actor_pair *p = &out->items[out->n++];
		snprintf(p->source, sizeof(p->source), "%s", PQgetvalue(res, i, 0));
		snprintf(p->target, sizeof(p->target), "%s", PQgetvalue(res, i, 1));
		p->events = pg_int(res, i, 2);
		p->goldstein_sum = strtod(PQgetvalue(res, i, 3), NULL);
		snprintf(p->latest, sizeof(p->latest), "%s", PQgetvalue(res, i, 4));
	}
	PQclear(res);
	return 0;
}

/* The articles of `ids` that pass `f`, 500 ids a statement, each looked up by its key. */
int pg_articles_passing(struct store *base, const struct search_query *f, const int64_t *ids,
			size_t n, int64_t **pass, size_t *npass, struct error *err)
{
	size_t at, alloc = 0;
	int r = 0;

	for (at = 0; at < n && !r; at += STORE_IDS_CHUNK) {
		struct buf sql = BUF_INIT;
		const char *v[8];
		PGresult *res;
		int np = 0, rows, k;
		store_sql_ids_in(&sql, ids + at,
				 n - at < STORE_IDS_CHUNK ? n - at : STORE_IDS_CHUNK);
		if (pg_search_filters(&sql, v, &np, f) < 0 || buf_error(&sql)) {
			buf_release(&sql);
			r = error_nomem(err);
			break;
		}
		res = pg_query(pg_of(base), sql.data, np, v, err);
		buf_release(&sql);
		if (!res) {
			r = -ERR_DB;
			break;
		}
		rows = PQntuples(res);
		for (k = 0; k < rows && !r; k++) {
			if (ARRAY_GROW(*pass, *npass, alloc) < 0)
				r = error_nomem(err);
			else
				(*pass)[(*npass)++] = pg_int(res, k, 0);
		}
		PQclear(res);
	}
	if (r) {
		free(*pass);
		*pass = NULL;
		*npass = 0;
	}
	return r;
}
