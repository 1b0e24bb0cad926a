/*
 * engine.c: the PostgreSQL engine behind store.h: its ops table, and the
 * calls that live in no other file of the engine: lifecycle, articles'
 * small reads, an article's group and copies, events' reads. The rest:
 * pg.c (connection, documents, articles), search.c, related.c (latest
 * stories, key terms, related news), groups.c (fingerprints, groups),
 * events.c (writing events), sources.c (subscriptions), site.c, jobs.c.
 */
#include "store/postgres/internal.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

#include "util/banned.h"

/* ---- lifecycle ---- */

static void op_close(struct store *st)
{
	pg_close(pg_of(st));
}

/* A PostgreSQL database is the server's, made by no open: always kept. */
static int op_close_unused(struct store *st, struct error *err)
{
	(void)err;
	pg_close(pg_of(st));
	return 0;
}

/* The engines' shared numbering: a PostgreSQL store at its newest step holds every step. */
static int op_schema_version(struct store *st)
{
	int v = pg_schema_version(pg_of(st));
	return v == pg_schema_latest() ? STORE_SCHEMA_LATEST : v < 0 ? v : 0;
}

static MUST_CHECK int op_begin(struct store *st, struct error *err)
{
	return pg_begin(pg_of(st), err);
}

static MUST_CHECK int op_commit(struct store *st, struct error *err)
{
	return pg_commit(pg_of(st), err);
}

static int op_rollback(struct store *st)
{
	return pg_rollback(pg_of(st));
}

/* References the schema's foreign keys do not hold, and the counts. */
static MUST_CHECK int op_check(struct store *base, char *msg, size_t msglen, struct error *err)
{
	struct pg_store *st = pg_of(base);
	PGresult *res = pg_query(
		st,
		"SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM documents), "
		"(SELECT count(*) FROM sources), "
		"(SELECT count(*) FROM articles a WHERE a.document_id IS NOT NULL AND NOT EXISTS "
		"(SELECT 1 FROM documents d WHERE d.id = a.document_id)), "
		"(SELECT count(*) FROM articles WHERE tsv IS NULL)",
		0, NULL, err);
	int64_t bad;
	if (!res)
		return -ERR_DB;
	bad = pg_int(res, 0, 3) + pg_int(res, 0, 4);
	/* worded as the SQLite engine's summary */
	snprintf(msg, msglen,
		 "schema version %d, %" PRId64 " articles, %" PRId64 " documents, %" PRId64
		 " outlets; integrity %s; %" PRId64 " articles without their document or index",
		 op_schema_version(base), pg_int(res, 0, 0), pg_int(res, 0, 1), pg_int(res, 0, 2),
		 bad ? "FAILED" : "ok", bad);
	PQclear(res);
	return bad ? error_set(err, ERR_DB, "%" PRId64 " articles lack their document or index",
			       bad)
		   : 0;
}

static MUST_CHECK int op_vacuum(struct store *st, store_step_fn on_step, void *data,
				struct error *err)
{
	if (on_step)
		on_step("vacuuming and analysing", 1, 1, data);
	return pg_exec(pg_of(st), "VACUUM ANALYZE", err);
}

static MUST_CHECK int64_t op_size(struct store *base, struct error *err)
{
	PGresult *res =
		pg_query(pg_of(base), "SELECT pg_database_size(current_database())", 0, NULL, err);
	int64_t n = res ? pg_int(res, 0, 0) : -ERR_DB;
	PQclear(res);
	return n;
}

/* ---- documents and articles ---- */

static MUST_CHECK int op_document_body(struct store *st, const char *sha256, struct buf *out,
				       struct error *err)
{
	return pg_document_body(pg_of(st), sha256, out, err);
}

static MUST_CHECK int op_article_put(struct store *st, const struct document *doc,
				     const struct article_in *a, int64_t *id,
				     enum store_put_result *what, struct error *err)
{
	return pg_article_put(pg_of(st), doc, a, id, what, err);
}

static MUST_CHECK int op_article_get(struct store *st, int64_t id, struct article *out,
				     struct error *err)
{
	return pg_article_get(pg_of(st), id, out, err);
}

static MUST_CHECK int op_articles_latest(struct store *st, size_t limit, size_t offset,
					 struct article_list *out, struct error *err)
{
	return pg_articles_latest(pg_of(st), limit, offset, out, err);
}

static MUST_CHECK int op_article_count(struct store *st, int64_t *n, struct error *err)
{
	return pg_article_count(pg_of(st), n, err);
}

static MUST_CHECK int64_t op_article_id_by_url(struct store *st, const char *url, struct error *err)
{
	const char *v[1] = { url };
	return pg_first_id(
		pg_query(pg_of(st), "SELECT id FROM articles WHERE url = $1", 1, v, err));
}

/* Every article's title and text in id order, read a thousand at a time. */
static MUST_CHECK int op_articles_each_text(struct store *st,
					    int (*fn)(int64_t id, const char *title,
						      const char *text, const char *published,
						      void *data),
					    void *data, struct error *err)
{
	char after[24] = "0";
	const char *v[1] = { after };
	for (;;) {
		PGresult *res =
			pg_query(pg_of(st),
				 "SELECT id, title, text, published FROM articles WHERE id > $1 "
				 "ORDER BY id LIMIT 1000",
				 1, v, err);
		int i, rows, r = 0;
		if (!res)
			return -ERR_DB;
		rows = PQntuples(res);
		for (i = 0; i < rows && !r; i++)
			r = fn(pg_int(res, i, 0), PQgetvalue(res, i, 1), PQgetvalue(res, i, 2),
			       PQgetisnull(res, i, 3) ? NULL : PQgetvalue(res, i, 3), data);
		if (rows)
			snprintf(after, sizeof(after), "%s", PQgetvalue(res, rows - 1, 0));
		PQclear(res);
		if (r || rows < 1000)
			return r;
	}
}

/* ---- search ---- */

static MUST_CHECK int op_search(struct store *st, const struct search_query *q, size_t limit,
				size_t offset, struct search_results *out, struct error *err)
{
	return pg_search(pg_of(st), q, limit, offset, out, err);
}

/* ---- fingerprints and groups ---- */

/* The group of an article from `syndication` (groups a migrated store brought); 0: none. */
int pg_ops_group_of(struct store *st, int64_t article_id, int64_t *group_id, struct error *err)
{
	char ids[24];
	const char *v[1] = { ids };
	PGresult *res;
	*group_id = 0;
	snprintf(ids, sizeof(ids), "%" PRId64, article_id);
	res = pg_query(pg_of(st), "SELECT group_id FROM syndication WHERE article_id = $1", 1, v,
		       err);
	if (!res)
		return -ERR_DB;
	if (PQntuples(res))
		*group_id = pg_int(res, 0, 0);
	PQclear(res);
	return 0;
}

/* The other members of an article's group, oldest first. */
static MUST_CHECK int op_copies(struct store *st, int64_t article_id, struct article_list *out,
				struct error *err)
{
	char sql[768], gs[24], ids[24];
	const char *v[2] = { gs, ids };
	int64_t g;
	int r;

	memset(out, 0, sizeof(*out));
	if ((r = pg_ops_group_of(st, article_id, &g, err)) < 0)
		return r;
	if (!g)
		return 0;
	snprintf(gs, sizeof(gs), "%" PRId64, g);
	snprintf(ids, sizeof(ids), "%" PRId64, article_id);
	snprintf(sql, sizeof(sql),
		 "SELECT " PG_ARTICLE_COLS " FROM syndication y JOIN articles a ON a.id = "
		 "y.article_id LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN documents d ON "
		 "d.id = a.document_id WHERE y.group_id = $1 AND a.id <> $2 "
		 "ORDER BY coalesce(a.published, a.added), a.id",
		 "NULL");
	return pg_article_list(pg_of(st), sql, 2, v, out, err);
}

void pg_event_head(const PGresult *res, int i, struct stored_event *e)
{
	e->id = pg_int(res, i, 0);
	e->article_id = pg_int(res, i, 1);
	e->source = pg_strdup(res, i, 2);
	e->source_text = pg_strdup(res, i, 3);
	e->target = pg_strdup(res, i, 4);
	e->target_text = pg_strdup(res, i, 5);
	e->code = pg_strdup(res, i, 6);
	e->root = pg_strdup(res, i, 7);
	e->goldstein = strtod(PQgetvalue(res, i, 8), NULL);
	e->quad = (int)pg_int(res, i, 9);
}

/* ---- events ---- */

/* Events matching `f`, by event date then id: the SQLite engine's query, NULL dates first as there. */
static MUST_CHECK int op_events_query(struct store *st, const struct event_filter *f,
				      struct stored_event_list *out, struct error *err)
{
	char sql[4096], ahi[64] = "", dahi[64] = "", dbhi[64] = "";
	const char *v[8];
	size_t o;
	PGresult *res;
	int i, rows;

	memset(out, 0, sizeof(*out));
	if (f->actor)
		snprintf(ahi, sizeof(ahi), "%s~", f->actor);
	if (f->dyad_a && f->dyad_b) {
		snprintf(dahi, sizeof(dahi), "%s~", f->dyad_a);
		snprintf(dbhi, sizeof(dbhi), "%s~", f->dyad_b);
	}
	v[0] = f->actor ? f->actor : "";
	v[1] = ahi;
	v[2] = f->dyad_a ? f->dyad_a : "";
	v[3] = dahi;
	v[4] = f->dyad_b ? f->dyad_b : "";
	v[5] = dbhi;
	v[6] = f->since ? f->since : "";
	v[7] = f->until ? f->until : "";
	o = (size_t)snprintf(
		sql, sizeof(sql),
		"SELECT " STORE_EVENT_HEAD_COLS ", e.plover, e.mode, e.date, e.date_end, "
		"e.date_precision, e.negated, e.modality, e.sentence, e.evidence, e.verb, "
		"e.pattern, a.url, a.title, a.added FROM events e JOIN articles a ON a.id = "
		"e.article_id WHERE $1::text IS NOT NULL AND $2::text IS NOT NULL AND $3::text IS "
		"NOT NULL AND $4::text IS NOT NULL AND $5::text IS NOT NULL AND $6::text IS NOT "
		"NULL "
		"AND $7::text IS NOT NULL AND $8::text IS NOT NULL");
	o = store_sql_event_filter(sql, sizeof(sql), o, f, '$');
	o += (size_t)snprintf(sql + o, sizeof(sql) - o, " ORDER BY e.date NULLS FIRST, e.id");
	if (f->limit)
		snprintf(sql + o, sizeof(sql) - o, " LIMIT %zu", f->limit);
	if ((rows = pg_query_rows(pg_of(st), sql, 8, v, &res, &out->items, sizeof(*out->items),
				  err)) < 0)
		return rows;
	for (i = 0; i < rows; i++) {
		struct stored_event *e = &out->items[out->n++];
		pg_event_head(res, i, e);
		e->plover = pg_strdup(res, i, 10);
		e->mode = pg_strdup(res, i, 11);
		e->date = pg_strdup(res, i, 12);
		e->date_end = pg_strdup(res, i, 13);
		e->date_precision = pg_strdup(res, i, 14);
		e->negated = (int)pg_int(res, i, 15);
		e->modality = pg_strdup(res, i, 16);
		e->sentence = (int)pg_int(res, i, 17);
		e->evidence = pg_strdup(res, i, 18);
		e->verb = pg_strdup(res, i, 19);
		e->pattern = pg_strdup(res, i, 20);
		e->url = pg_strdup(res, i, 21);
		e->title = pg_strdup(res, i, 22);
		e->added = pg_strdup(res, i, 23);
	}
	PQclear(res);
	if ((rows = pg_copy_error(err)) < 0)
		stored_event_list_release(out);
	return rows < 0 ? rows : 0;
}

static MUST_CHECK int op_event_count(struct store *st, int64_t *n, struct error *err)
{
	int64_t v = pg_first_id(pg_query(pg_of(st), "SELECT count(*) FROM events", 0, NULL, err));
	*n = v < 0 ? 0 : v;
	return v < 0 ? (int)v : 0;
}

const struct store_ops pg_store_ops = {
	.name = "postgresql",
	.close = op_close,
	.close_unused = op_close_unused,
	.schema_version = op_schema_version,
	.begin = op_begin,
	.commit = op_commit,
	.rollback = op_rollback,
	.read_begin = pg_read_begin,
	.read_end = pg_read_end,
	.data_version = pg_data_version,
	.check = op_check,
	.vacuum = op_vacuum,
	.size = op_size,
	.document_body = op_document_body,
	.article_put = op_article_put,
	.article_get = op_article_get,
	.articles_latest = op_articles_latest,
	.article_count = op_article_count,
	.article_id_by_url = op_article_id_by_url,
	.articles_each_text = op_articles_each_text,
	.search = op_search,
	.term_stats_refresh = pg_term_stats_refresh,
	.key_terms = pg_key_terms,
	.originals_between = pg_originals_between,
	.original_first_since = pg_original_first_since,
	.articles_passing = pg_articles_passing,
	.related_candidates = pg_related_candidates,
	.hits_load = pg_hits_load,
	.related_pending = pg_related_pending,
	.related_put = pg_related_put,
	.related_stored = pg_related_stored,
	.story_terms_pending = pg_story_terms_pending,
	.story_terms_put = pg_story_terms_put,
	.story_terms_get = pg_story_terms_get,
	.latest_groups = pg_latest_groups,
	.fingerprint_put = pg_fingerprint_put,
	.fingerprint_candidates = pg_fingerprint_candidates,
	.group_member_get = pg_group_member_get,
	.group_credits = pg_group_credits,
	.group_move = pg_group_move,
	.group_of = pg_ops_group_of,
	.group_members = pg_group_members,
	.group_set = pg_group_set,
	.copies = op_copies,
	.events_replace = pg_events_replace,
	.events_query = op_events_query,
	.event_count = op_event_count,
	.article_tags = pg_article_tags,
	.tag_latest = pg_tag_latest,
	.actor_latest = pg_actor_latest,
	.article_actors = pg_article_actors,
	.article_events = pg_article_events,
	.events_page = pg_events_page,
	.actor_pairs = pg_actor_pairs,
	.source_id = pg_source_id,
	.outlet_get = pg_outlet_get,
	.outlets = pg_outlets,
	.outlet_latest = pg_outlet_latest,
	.subscription_add = pg_subscription_add,
	.subscription_get = pg_subscription_get,
	.subscription_list = pg_subscription_list,
	.subscription_update = pg_subscription_update,
	.subscription_remove = pg_subscription_remove,
	.fetch_log_add = pg_fetch_log_add,
	.fetch_log_list = pg_fetch_log_list,
	.feed_entry_seen = pg_feed_entry_seen,
	.feed_entry_put = pg_feed_entry_put,
	.document_put = pg_document_put,
	.document_meta = pg_document_meta,
	.job_add = pg_job_add,
	.jobs_take = pg_jobs_take,
	.job_finish = pg_job_finish,
	.jobs_count = pg_jobs_count,
	.jobs_list = pg_jobs_list,
};

static MUST_CHECK int engine_open(struct store **out, const char *target, struct error *err)
{
	struct pg_store *st;
	int r = pg_open(&st, target, err);
	*out = r == 0 ? &st->base : NULL;
	return r;
}

const struct store_engine store_postgres_engine = { .name = "postgresql", .open = engine_open };
