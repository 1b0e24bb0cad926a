/*
 * site.c: the reads the web site makes beyond articles and search: one
 * read transaction a request, the database's version (for the site's
 * cache), outlets, the actors of an article, its events, and the dyads
 * found in the events. Every statement is prepared once a connection
 * (sq_cached), as the site runs each of them for many requests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/sqlite/internal.h"

#include "util/array.h"
#include "util/buf.h"

#include "util/banned.h"

int sqlite_read_begin(struct store *base, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char touch_main[] = "SELECT 1 FROM main.sqlite_master LIMIT 1";
	static const char touch_search[] = "SELECT 1 FROM search.sqlite_master LIMIT 1";
	sqlite3_stmt *s;

	if (sq_exec(st, "BEGIN", err) < 0)
		return -ERR_DB;
	/*
	 * take both snapshots now, so the version read next is theirs; a touch
	 * that fails leaves its snapshot to the first read, which reports the
	 * error if it fails too
	 */
	if (sq_cached(st, touch_main, &s, NULL) == 0) {
		sqlite3_step(s);
		sq_done(s);
	}
	if (sq_cached(st, touch_search, &s, NULL) == 0) {
		sqlite3_step(s);
		sq_done(s);
	}
	return 0;
}

void sqlite_read_end(struct store *base)
{
	struct sq_store *st = sq_store_of(base);
	/* a read transaction has nothing to lose: ending it cannot fail that matters */
	if (!sqlite3_get_autocommit(st->db))
		(void)!sq_exec(st, "COMMIT", NULL);
}

int sqlite_data_version(struct store *base, uint64_t *version, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char sql[] = "SELECT (SELECT data_version FROM pragma_data_version), "
				  "(SELECT data_version FROM search.pragma_data_version)";
	sqlite3_stmt *s;
	uint64_t v = 0;
	int r = 0;

	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	if (sqlite3_step(s) == SQLITE_ROW)
		v = (uint64_t)sqlite3_column_int64(s, 0) << 32 ^
		    (uint64_t)sqlite3_column_int64(s, 1);
	else
		r = sq_db_error(st, err, "data version");
	sq_done(s);
	*version = v;
	return r;
}

int sqlite_source_id(struct store *base, const char *source_url, int64_t *id, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char sql[] = "SELECT id FROM sources WHERE url = ?";
	sqlite3_stmt *s;
	int rc, r = 0;

	*id = 0;
	if (!source_url)
		return 0;
	if ((r = sq_cached(st, sql, &s, err)) < 0)
		return r;
	sqlite3_bind_text(s, 1, source_url, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(s, 0);
	else if (rc != SQLITE_DONE)
		r = sq_db_error(st, err, "reading an outlet's id");
	sq_done(s);
	return r;
}

static void outlet_from_row(sqlite3_stmt *s, void *item)
{
	struct outlet *o = item;
	memset(o, 0, sizeof(*o));
	o->id = sqlite3_column_int64(s, 0);
	o->name = sq_col_strdup(s, 1);
	o->url = sq_col_strdup(s, 2);
	o->articles = sqlite3_column_int64(s, 3);
	o->latest = sq_col_strdup(s, 4);
}

int sqlite_outlet_get(struct store *base, int64_t id, struct outlet *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char sql[] = "SELECT s.id, s.name, s.url, (SELECT count(*) FROM articles "
				  "WHERE source_id = s.id), "
				  "(SELECT max(published) FROM articles WHERE source_id = s.id) "
				  "FROM sources s WHERE s.id = ?";
	sqlite3_stmt *s;
	int rc = SQLITE_DONE, r = 0;

	memset(out, 0, sizeof(*out));
	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		outlet_from_row(s, out);
		if (sq_copies_failed()) {
			outlet_release(out);
			r = error_nomem(err);
		}
	} else if (rc == SQLITE_DONE) {
		r = error_set(err, ERR_NOTFOUND, "no outlet %lld", (long long)id);
	} else {
		r = sq_db_error(st, err, "reading outlet");
	}
	sq_done(s);
	return r;
}

int sqlite_outlets(struct store *base, const struct search_query *f, size_t limit, size_t offset,
		   struct outlet_list *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char sql[] = "SELECT s.id, s.name, s.url, count(a.id), max(a.published) "
				  "FROM sources s LEFT JOIN articles a ON a.source_id = s.id "
				  "GROUP BY s.id ORDER BY count(a.id) DESC, s.id LIMIT ? OFFSET ?";
	sqlite3_stmt *s;
	int rc, r, own = f && (f->source || f->lang || f->since || f->until || f->tag || f->actor);

	memset(out, 0, sizeof(*out));
	if (own) {
		/* the articles that pass, as the search filters them, by outlet */
		struct buf q = BUF_INIT;
		buf_puts(&q, "SELECT s.id, s.name, s.url, count(a.id), max(a.published) "
			     "FROM articles a JOIN sources s ON s.id = a.source_id WHERE 1");
		sq_search_filters(&q, f);
		buf_puts(&q, " GROUP BY s.id ORDER BY count(a.id) DESC, s.id "
			     "LIMIT :limit OFFSET :offset");
		if ((rc = sq_prepare_built(st, &q, &s, err)) < 0)
			return rc;
		sq_bind_search_filters(s, f);
		sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":limit"),
				   (sqlite3_int64)limit);
		sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":offset"),
				   (sqlite3_int64)offset);
	} else {
		if (sq_cached(st, sql, &s, err) < 0)
			return -ERR_DB;
		sqlite3_bind_int64(s, 1, (sqlite3_int64)limit);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)offset);
	}
	r = sq_collect_rows(st, s, &out->items, &out->n, sizeof(*out->items), outlet_from_row,
			    "listing outlets", err);
	if (own)
		sqlite3_finalize(s);
	else
		sq_done(s);
	if (r)
		outlet_list_release(out);
	return r;
}

/* Step a cached statement of STORE_ARTICLE_LIST_COLS rows into `out` and give it back. */
static MUST_CHECK int collect(struct sq_store *st, sqlite3_stmt *s, struct article_list *out,
			      struct error *err)
{
	int r = sq_collect_articles(st, s, out, err);
	sq_done(s);
	return r;
}

int sqlite_outlet_latest(struct store *base, int64_t source_id, size_t limit, size_t offset,
			 struct article_list *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char sql[] =
		"SELECT " STORE_ARTICLE_LIST_COLS STORE_ARTICLE_LIST_FROM "WHERE a.source_id = ? "
		"ORDER BY coalesce(a.published, a.added) DESC, a.id DESC "
		"LIMIT ? OFFSET ?";
	sqlite3_stmt *s;

	out->items = NULL;
	out->n = 0;
	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, source_id);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)offset);
	return collect(st, s, out, err);
}

/*
 * The bounds [lo, hi) of the codes starting with `prefix`, bound at i and
 * i+1. Codes are shorter than CODE_MAX (48 bytes): a longer prefix starts
 * none, and is bound as an empty range. Nothing is allocated, so nothing
 * can fail and quietly widen or empty the range.
 */
static void bind_prefix_range(sqlite3_stmt *s, int i, const char *prefix)
{
	char hi[64];
	size_t n = strlen(prefix);

	sqlite3_bind_text(s, i, prefix, -1, SQLITE_TRANSIENT);
	if (n + 2 > sizeof(hi)) {
		sqlite3_bind_text(s, i + 1, prefix, -1, SQLITE_TRANSIENT);
		return;
	}
	memcpy(hi, prefix, n);
	/* codes are upper-case letters: '~' sorts after every one of them */
	hi[n] = '~';
	hi[n + 1] = 0;
	sqlite3_bind_text(s, i + 1, hi, -1, SQLITE_TRANSIENT);
}

int sqlite_actor_latest(struct store *base, const char *actor, size_t limit, size_t offset,
			struct article_list *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char sql[] =
		"SELECT " STORE_ARTICLE_LIST_COLS STORE_ARTICLE_LIST_FROM
		"WHERE a.id IN (SELECT article_id FROM "
		"article_actors WHERE actor >= ? AND actor < ?) "
		"ORDER BY coalesce(a.published, a.added) DESC, a.id DESC LIMIT ? OFFSET ?";
	sqlite3_stmt *s;

	out->items = NULL;
	out->n = 0;
	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	bind_prefix_range(s, 1, actor);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 4, (sqlite3_int64)offset);
	return collect(st, s, out, err);
}

/* Up to 64 strings the one-column statement sql gives for article_id, in its order. */
static MUST_CHECK int article_strings(struct sq_store *st, const char *sql, int64_t article_id,
				      char ***out, size_t *n, struct error *err)
{
	sqlite3_stmt *s;
	char **v;
	int rc = SQLITE_DONE, r = 0;

	*out = NULL;
	*n = 0;
	if (!(v = calloc(64, sizeof(*v))))
		return error_nomem(err);
	if (sq_cached(st, sql, &s, err) < 0) {
		free(v);
		return -ERR_DB;
	}
	sqlite3_bind_int64(s, 1, article_id);
	while (*n < 64 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (sqlite3_column_type(s, 0) == SQLITE_NULL)
			continue;
		v[*n] = sq_col_strdup(s, 0);
		if (sq_copies_failed()) {
			r = error_nomem(err);
			break;
		}
		(*n)++;
	}
	if (!r && *n < 64 && rc != SQLITE_DONE)
		r = sq_db_error(st, err, "reading an article's actors or tags");
	sq_done(s);
	if (r < 0) {
		while (*n > 0)
			free(v[--*n]);
		free(v);
		return r;
	}
	*out = v;
	return 0;
}

int sqlite_article_actors(struct store *base, int64_t article_id, char ***actors, size_t *n,
			  struct error *err)
{
	return article_strings(sq_store_of(base),
			       "SELECT actor FROM article_actors WHERE article_id = ? "
			       "ORDER BY actor LIMIT 64",
			       article_id, actors, n, err);
}

int sqlite_article_tags(struct store *base, int64_t article_id, char ***tags, size_t *n,
			struct error *err)
{
	return article_strings(sq_store_of(base),
			       "SELECT tag FROM tags WHERE article_id = ? ORDER BY tag LIMIT 64",
			       article_id, tags, n, err);
}

int sqlite_tag_latest(struct store *base, const char *tag, size_t limit, size_t offset,
		      struct article_list *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char sql[] =
		"SELECT " STORE_ARTICLE_LIST_COLS STORE_ARTICLE_LIST_FROM
		"WHERE a.id IN (SELECT article_id "
		"FROM tags WHERE tag = ?) ORDER BY " SQ_NEWEST_FIRST " LIMIT ? OFFSET ?";
	sqlite3_stmt *s;

	out->items = NULL;
	out->n = 0;
	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	sq_bind_text(s, 1, tag);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)offset);
	return collect(st, s, out, err);
}

static void event_from_row(sqlite3_stmt *s, void *item)
{
	struct stored_event *e = item;
	memset(e, 0, sizeof(*e));
	sq_event_head(s, e);
	e->date = sq_col_strdup(s, 10);
	e->negated = sqlite3_column_int(s, 11);
	e->modality = sq_col_strdup(s, 12);
	e->evidence = sq_col_strdup(s, 13);
	e->title = sq_col_strdup(s, 14);
	e->url = sq_col_strdup(s, 15);
	e->sentence = sqlite3_column_int(s, 16);
}

#define SITE_EVENT_COLS                                                                \
	STORE_EVENT_HEAD_COLS ", e.date, e.negated, e.modality, e.evidence, a.title, " \
			      "a.url, e.sentence"

static MUST_CHECK int collect_events(struct sq_store *st, sqlite3_stmt *s,
				     struct stored_event_list *out, struct error *err)
{
	int r = sq_collect_rows(st, s, &out->items, &out->n, sizeof(*out->items), event_from_row,
				"listing events", err);
	sq_done(s);
	if (r)
		stored_event_list_release(out);
	return r;
}

int sqlite_article_events(struct store *base, int64_t article_id, struct stored_event_list *out,
			  struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char sql[] = "SELECT " SITE_EVENT_COLS " FROM events e "
				  "JOIN articles a ON a.id = e.article_id "
				  "WHERE e.article_id = ? ORDER BY e.sentence, e.id LIMIT 200";
	sqlite3_stmt *s;

	out->items = NULL;
	out->n = 0;
	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, article_id);
	return collect_events(st, s, out, err);
}

/*
 * Append the filters of `f` that an event's list reads (source, lang and
 * tag of its article `art`, since and until on the event's own date `e`
 * when `dates`), as named parameters that bind_event_filters binds.
 */
static void event_filters_on(struct buf *sql, const struct search_query *f, const char *art,
			     int dates)
{
	if (f->source)
		buf_putf(sql,
			 " AND %s.source_id IN (SELECT s.id FROM sources s WHERE "
			 "s.name = :source COLLATE NOCASE OR "
			 "instr(lower(s.url), lower(:source)) > 0)",
			 art);
	if (f->lang)
		buf_putf(sql,
			 " AND (lower(%s.language) = lower(:lang) OR "
			 "lower(substr(%s.language, 1, length(:lang) + 1)) = lower(:lang) || '-')",
			 art, art);
	if (f->since && dates)
		buf_puts(sql, " AND e.date >= :since");
	if (f->until && dates)
		buf_puts(sql, " AND substr(e.date, 1, length(:until)) <= :until");
	if (f->tag)
		buf_putf(sql,
			 " AND EXISTS (SELECT 1 FROM tags t WHERE t.article_id = %s.id "
			 "AND t.tag = :tag COLLATE NOCASE)",
			 art);
}

/*
 * The filters of `f` on the event `e` and its article `a`, and the fold of
 * a deed told again (store/engine.h: STORE_EVENT_FIRST_TOLD) among the
 * events that pass them.
 */
static void event_filters_sql(struct buf *sql, const struct search_query *f)
{
	event_filters_on(sql, f, "a", 1);
	if (!f->source && !f->lang && !f->tag) {
		buf_puts(sql, STORE_EVENT_FIRST_TOLD);
		return;
	}
	buf_puts(sql, STORE_EVENT_TOLD_IN_ARTICLE STORE_EVENT_TOLD_IN_GROUP_FROM
		 " CROSS JOIN articles ca" STORE_EVENT_TOLD_IN_GROUP_WHERE
		 " AND ca.id = c.article_id");
	event_filters_on(sql, f, "ca", 0);
	buf_putc(sql, ')');
}

static void bind_event_filters(sqlite3_stmt *s, const struct search_query *f)
{
	const char *names[] = { ":source", ":lang", ":since", ":until", ":tag" };
	const char *vals[] = { f->source, f->lang, f->since, f->until, f->tag };
	int i;
	for (i = 0; i < 5; i++) {
		int k = sqlite3_bind_parameter_index(s, names[i]);
		if (k > 0)
			sq_bind_text(s, k, vals[i]);
	}
}

static int has_event_filters(const struct search_query *f)
{
	return f && (f->source || f->lang || f->since || f->until || f->tag);
}

/*
 * Events of a and b (as sqlite_events_page) that pass the filters of `f`,
 * in a statement of their own: the filters make too many shapes to cache.
 */
static MUST_CHECK int events_filtered(struct sq_store *st, const char *a, const char *b,
				      const struct search_query *f, size_t limit, size_t offset,
				      struct stored_event_list *out, struct error *err)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *s;
	int i;

	buf_puts(&sql,
		 "SELECT " SITE_EVENT_COLS " FROM events e JOIN articles a ON a.id = e.article_id "
		 "WHERE e.negated = 0 AND e.modality = 'asserted'");
	if (a && b)
		buf_puts(&sql, " AND ((e.source >= ?1 AND e.source < ?2 AND e.target >= ?3 AND "
			       "e.target < ?4) OR (e.source >= ?3 AND e.source < ?4 AND "
			       "e.target >= ?1 AND e.target < ?2))");
	else if (a)
		buf_puts(&sql, " AND ((e.source >= ?1 AND e.source < ?2) OR "
			       "(e.target >= ?1 AND e.target < ?2))");
	event_filters_sql(&sql, f);
	/* named, as the filters are: a ?N after them could take one's number */
	buf_puts(&sql, " ORDER BY e.date DESC, e.id DESC LIMIT :limit OFFSET :offset");
	if ((i = sq_prepare_built(st, &sql, &s, err)) < 0)
		return i;
	if (a)
		bind_prefix_range(s, 1, a);
	if (a && b)
		bind_prefix_range(s, 3, b);
	sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":limit"), (sqlite3_int64)limit);
	sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":offset"), (sqlite3_int64)offset);
	bind_event_filters(s, f);
	i = collect_events(st, s, out, err);
	sqlite3_finalize(s);
	return i;
}

int sqlite_events_page(struct store *base, const char *a, const char *b,
		       const struct search_query *f, size_t limit, size_t offset,
		       struct stored_event_list *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	/* newest first; asserted events only, as in the dyad's series */
	static const char sql_one[] =
		"SELECT " SITE_EVENT_COLS " FROM events e JOIN articles a ON a.id = e.article_id "
		"WHERE e.negated = 0 AND e.modality = 'asserted' AND "
		"((e.source >= ?1 AND e.source < ?2) OR (e.target >= ?1 AND e.target < "
		"?2)) " STORE_EVENT_FIRST_TOLD
		" ORDER BY e.date DESC, e.id DESC LIMIT ?5 OFFSET ?6";
	static const char sql_two[] =
		"SELECT " SITE_EVENT_COLS " FROM events e JOIN articles a ON a.id = e.article_id "
		"WHERE e.negated = 0 AND e.modality = 'asserted' AND "
		"((e.source >= ?1 AND e.source < ?2 AND e.target >= ?3 AND e.target < ?4) OR "
		" (e.source >= ?3 AND e.source < ?4 AND e.target >= ?1 AND e.target < "
		"?2)) " STORE_EVENT_FIRST_TOLD
		" ORDER BY e.date DESC, e.id DESC LIMIT ?5 OFFSET ?6";
	static const char sql_all[] =
		"SELECT " SITE_EVENT_COLS " FROM events e JOIN articles a ON a.id = e.article_id "
		"WHERE e.negated = 0 AND e.modality = 'asserted' " STORE_EVENT_FIRST_TOLD
		" ORDER BY e.date DESC, e.id DESC LIMIT ?5 OFFSET ?6";
	sqlite3_stmt *s;

	out->items = NULL;
	out->n = 0;
	if (has_event_filters(f))
		return events_filtered(st, a, b, f, limit, offset, out, err);
	if (sq_cached(st, !a ? sql_all : b ? sql_two : sql_one, &s, err) < 0)
		return -ERR_DB;
	if (a)
		bind_prefix_range(s, 1, a);
	if (a && b)
		bind_prefix_range(s, 3, b);
	sqlite3_bind_int64(s, 5, (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 6, (sqlite3_int64)offset);
	return collect_events(st, s, out, err);
}

static void actor_pair_from_row(sqlite3_stmt *s, void *item)
{
	struct actor_pair *p = item;
	const char *a = (const char *)sqlite3_column_text(s, 0);
	const char *b = (const char *)sqlite3_column_text(s, 1);
	const char *d = (const char *)sqlite3_column_text(s, 4);
	memset(p, 0, sizeof(*p));
	snprintf(p->source, sizeof(p->source), "%s", a ? a : "");
	snprintf(p->target, sizeof(p->target), "%s", b ? b : "");
	snprintf(p->latest, sizeof(p->latest), "%s", d ? d : "");
	p->events = sqlite3_column_int64(s, 2);
	p->goldstein_sum = sqlite3_column_double(s, 3);
}

int sqlite_actor_pairs(struct store *base, const char *actor, const struct search_query *f,
		       struct actor_pair_list *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char sql_all[] =
		"SELECT e.source, e.target, count(*), sum(e.goldstein), max(e.date) FROM events e "
		"WHERE e.negated = 0 AND e.modality = 'asserted'" STORE_EVENT_FIRST_TOLD
		" GROUP BY e.source, e.target LIMIT 20000";
	static const char sql_one[] =
		"SELECT e.source, e.target, count(*), sum(e.goldstein), max(e.date) FROM events e "
		"WHERE e.negated = 0 AND e.modality = 'asserted' AND "
		"((e.source >= ?1 AND e.source < ?2) OR (e.target >= ?1 AND e.target < "
		"?2))" STORE_EVENT_FIRST_TOLD " GROUP BY e.source, e.target LIMIT 20000";
	sqlite3_stmt *s;
	int rc, r, own = has_event_filters(f);

	out->items = NULL;
	out->n = 0;
	if (own) {
		/* the events of the articles that pass, in a statement of their own */
		struct buf sql = BUF_INIT;
		buf_puts(&sql, "SELECT e.source, e.target, count(*), sum(e.goldstein), max(e.date) "
			       "FROM events e JOIN articles a ON a.id = e.article_id "
			       "WHERE e.negated = 0 AND e.modality = 'asserted'");
		if (actor)
			buf_puts(&sql, " AND ((e.source >= ?1 AND e.source < ?2) OR "
				       "(e.target >= ?1 AND e.target < ?2))");
		event_filters_sql(&sql, f);
		buf_puts(&sql, " GROUP BY e.source, e.target LIMIT 20000");
		if ((rc = sq_prepare_built(st, &sql, &s, err)) < 0)
			return rc;
		bind_event_filters(s, f);
	} else if (sq_cached(st, actor ? sql_one : sql_all, &s, err) < 0) {
		return -ERR_DB;
	}
	if (actor)
		bind_prefix_range(s, 1, actor);
	r = sq_collect_rows(st, s, &out->items, &out->n, sizeof(*out->items), actor_pair_from_row,
			    "listing actor pairs", err);
	if (own)
		sqlite3_finalize(s);
	else
		sq_done(s);
	if (r) {
		free(out->items);
		out->items = NULL;
		out->n = 0;
	}
	return r;
}

/*
 * The articles of `ids` that pass `f`, 500 ids a statement, each id
 * looked up by its key: the work grows with the ids asked, not the store.
 */
int sqlite_articles_passing(struct store *base, const struct search_query *f, const int64_t *ids,
			    size_t n, int64_t **pass, size_t *npass, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	size_t at, alloc = 0;
	int rc = SQLITE_DONE, r = 0;

	for (at = 0; at < n && !r; at += STORE_IDS_CHUNK) {
		struct buf sql = BUF_INIT;
		sqlite3_stmt *s;
		store_sql_ids_in(&sql, ids + at,
				 n - at < STORE_IDS_CHUNK ? n - at : STORE_IDS_CHUNK);
		sq_search_filters(&sql, f);
		if ((rc = sq_prepare_built(st, &sql, &s, err)) < 0) {
			r = rc;
			break;
		}
		sq_bind_search_filters(s, f);
		while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			if (ARRAY_GROW(*pass, *npass, alloc) < 0) {
				r = error_nomem(err);
				break;
			}
			(*pass)[(*npass)++] = sqlite3_column_int64(s, 0);
		}
		if (!r && rc != SQLITE_DONE)
			r = sq_db_error(st, err, "filtering articles");
		sqlite3_finalize(s);
	}
	if (r) {
		free(*pass);
		*pass = NULL;
		*npass = 0;
	}
	return r;
}
