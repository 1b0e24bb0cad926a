/*
 * related.c: what reads syndication groups and term statistics on
 * PostgreSQL: the latest stories with copies folded, the originals of a
 * period, an article's key terms, related news' candidates and the lists
 * computed ahead (search.h), as the SQLite engine computes them.
 *
 * Terms are the lexemes of articles.tsv (the text search configuration
 * "brief": Snowball stems, as FTS5's porter tokenizer stems), their
 * document frequencies kept in term_df by store_term_stats_refresh, read
 * from ts_stat. Related candidates rank by BM25 with the SQLite engine's
 * constants, weights and document counts, computed from the postings
 * (schema step 9), so that both engines give the same related news.
 */
#include "store/postgres/internal.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

#include "util/banned.h"

/* Columns of a hit's article (no text) and its group's size. */
#define HIT_SQL                                                                  \
	"SELECT " PG_ARTICLE_COLS ", (SELECT count(*) FROM syndication z WHERE " \
	"z.group_id = a.id)" PG_ARTICLE_FROM

/* Fill one hit from a row of HIT_SQL. */
static void hit_of_row(const PGresult *res, int i, struct search_hit *h)
{
	int64_t members = pg_int(res, i, 17);
	int64_t matched = h->matched_id;
	double score = h->score;
	pg_row_to_article(res, i, 0, &h->a);
	h->matched_id = matched ? matched : h->a.id;
	h->score = score;
	h->copies = members > 1 ? (size_t)(members - 1) : 0;
}

/* Fill each hit's article (the group's original, a.id set) and copy count. */
int pg_hits_load(struct store *base, struct search_results *out, struct error *err)
{
	struct pg_store *st = pg_of(base);
	char sql[768];
	struct buf ids = BUF_INIT;
	const char *v[1];
	PGresult *res;
	size_t i;
	int row, rows, r = 0;

	if (!out->n)
		return 0;
	for (i = 0; i < out->n; i++)
		buf_putf(&ids, "%s%" PRId64, i ? "," : "{", out->items[i].a.id);
	buf_putc(&ids, '}');
	if (buf_error(&ids) < 0) {
		buf_release(&ids);
		return error_nomem(err);
	}
	snprintf(sql, sizeof(sql), HIT_SQL " WHERE a.id = ANY($1::bigint[])", "NULL");
	v[0] = ids.data;
	res = pg_query(st, sql, 1, v, err);
	buf_release(&ids);
	if (!res)
		return -ERR_DB;
	rows = PQntuples(res);
	for (i = 0; i < out->n && !r; i++) {
		struct search_hit *h = &out->items[i];
		for (row = 0; row < rows && pg_int(res, row, 0) != h->a.id; row++)
			;
		if (row == rows)
			r = error_set(err, ERR_DB, "article %" PRId64 " vanished", h->a.id);
		else
			hit_of_row(res, row, h);
	}
	PQclear(res);
	if (pg_copy_error(err) < 0 && !r)
		r = -ERR_NOMEM; /* the hits stay the caller's to release, as they came */
	return r;
}

/*
 * The ids in the first column of the cached statement `sql`, in its order:
 * *ids (the caller frees it) holds *n of them.
 */
static MUST_CHECK int ids_of(struct pg_store *st, const char *sql, int nv, const char *const *v,
			     int64_t **ids, size_t *n, struct error *err)
{
	PGresult *res = pg_cached(st, sql, nv, v, NULL, NULL, err);
	int i, rows;

	*n = 0;
	if ((rows = pg_rows(res, ids, sizeof(**ids), err)) < 0)
		return rows;
	for (i = 0; i < rows; i++)
		(*ids)[(*n)++] = pg_int(res, i, 0);
	PQclear(res);
	return 0;
}

/* ---- latest stories, originals ---- */

int pg_latest_groups(struct store *base, size_t limit, size_t offset, struct search_results *out,
		     struct error *err)
{
	char sql[1024], l[24], o[24];
	const char *v[2] = { l, o };
	PGresult *res;
	int i, rows;

	memset(out, 0, sizeof(*out));
	snprintf(l, sizeof(l), "%zu", limit);
	snprintf(o, sizeof(o), "%zu", offset);
	snprintf(sql, sizeof(sql),
		 HIT_SQL " LEFT JOIN syndication y ON y.article_id = a.id WHERE y.group_id IS NULL "
			 "OR y.group_id = a.id ORDER BY " PG_NEWEST_FIRST " LIMIT $1 OFFSET $2",
		 "NULL");
	res = pg_query(pg_of(base), sql, 2, v, err);
	if ((rows = pg_rows(res, &out->items, sizeof(*out->items), err)) < 0)
		return rows;
	for (i = 0; i < rows; i++)
		hit_of_row(res, i, &out->items[out->n++]);
	out->total = out->n;
	PQclear(res);
	if ((rows = pg_copy_error(err)) < 0)
		search_results_release(out);
	return rows < 0 ? rows : 0;
}

int pg_originals_between(struct store *base, const char *since, const char *until, size_t limit,
			 int64_t **ids, size_t *n, struct error *err)
{
	static const char sql[] =
		"SELECT a.id FROM articles a LEFT JOIN syndication y ON y.article_id = a.id "
		"WHERE (y.group_id IS NULL OR y.group_id = a.id) AND a.published IS NOT NULL "
		"AND ($1::text IS NULL OR coalesce(a.published, a.added) >= $1) "
		"AND ($2::text IS NULL OR left(a.published, length($2)) <= $2) "
		"ORDER BY " PG_NEWEST_FIRST " LIMIT $3";
	char l[24];
	const char *v[3] = { since, until, l };

	snprintf(l, sizeof(l), "%zu", limit);
	return ids_of(pg_of(base), sql, 3, v, ids, n, err);
}

int pg_original_first_since(struct store *base, const char *since, int64_t *id, struct error *err)
{
	static const char sql[] =
		"SELECT a.id FROM articles a LEFT JOIN syndication y ON y.article_id = a.id "
		"WHERE (y.group_id IS NULL OR y.group_id = a.id) AND a.published IS NOT NULL "
		"AND coalesce(a.published, a.added) >= $1 "
		"ORDER BY a.published IS NULL, coalesce(a.published, a.added), a.id LIMIT 1";
	const char *v[1] = { since };
	PGresult *res;

	*id = 0;
	if (!(res = pg_cached(pg_of(base), sql, 1, v, NULL, NULL, err)))
		return -ERR_DB;
	if (PQntuples(res))
		*id = pg_int(res, 0, 0);
	PQclear(res);
	return 0;
}

/* ---- term statistics ---- */

/* An arbitrary number naming the advisory lock that serialises term statistics refreshes. */
#define TERM_STATS_LOCK "7203041999"

/*
 * Whether the statistics are to be taken again: 1 when the corpus grew by a
 * fifth since they were (frequencies move slowly) or none were taken, 0
 * when not, <0 on error.
 */
static MUST_CHECK int term_stats_stale(struct pg_store *st, struct error *err)
{
	PGresult *res = pg_query(st,
				 "SELECT (SELECT count(*) FROM articles), coalesce((SELECT docs "
				 "FROM term_df_meta), 0)",
				 0, NULL, err);
	int64_t docs, then;
	if (!res)
		return -ERR_DB;
	docs = pg_int(res, 0, 0);
	then = pg_int(res, 0, 1);
	PQclear(res);
	return !(then > 0 && docs < then + then / 5);
}

int pg_term_stats_refresh(struct store *base, int force, struct error *err)
{
	struct pg_store *st = pg_of(base);
	int r;

	pg_terms_forget(st);
	if (!force && (r = term_stats_stale(st, err)) <= 0)
		return r;
	if (!st->in_batch && pg_exec(st, "BEGIN", err) < 0)
		return -ERR_DB;
	/*
	 * One refresh at a time: two at once (workers storing new articles
	 * together) would each delete the rows their snapshot saw, and the
	 * second's INSERT would meet the first's rows. Whoever waited looks
	 * again and finds them taken, unless forced.
	 */
	r = pg_exec(st, "SELECT pg_advisory_xact_lock(" TERM_STATS_LOCK ")", err);
	if (r == 0 && !force)
		r = term_stats_stale(st, err);
	else if (r == 0)
		r = 1;
	if (r == 1)
		r = pg_exec(st,
			    "DELETE FROM term_df; "
			    "INSERT INTO term_df(term, df) SELECT word, ndoc FROM "
			    "ts_stat('SELECT tsv FROM articles') WHERE ndoc >= 2; "
			    "INSERT INTO term_df_meta(id, docs, tokens) SELECT 1, count(*), "
			    "coalesce(sum(tokens), 0) FROM articles "
			    "ON CONFLICT (id) DO UPDATE SET docs = EXCLUDED.docs, tokens = "
			    "EXCLUDED.tokens",
			    err);
	if (st->in_batch)
		return r < 0 ? r : 0;
	if (r < 0) {
		pg_abandon(st);
		return r;
	}
	return pg_exec(st, "COMMIT", err);
}

/* ---- an article's terms ---- */

struct terms {
	struct store_term *items;
	size_t n;
	int64_t ndocs;
};

static void terms_release(struct terms *t)
{
	store_terms_free(t->items, t->n);
	memset(t, 0, sizeof(*t));
}

/*
 * The terms of an article weighed by tf * idf (title terms count three
 * times), heaviest first, as the SQLite engine's weigh_terms: only the
 * `lookups` most frequent terms are weighed; a term in this article alone
 * weighs 0, and with `common_cut` so does a term in more than a quarter
 * of all articles. A term new since the last refresh counts as rare.
 *
 * Terms are the lexemes FTS5 would see too: letters and digits only (a
 * hyphenated word's whole, an address or a decimal is not one), 3 to 40
 * bytes; those as frequent come in the order the SQLite engine counts
 * them, by their first position (the title's come first), so that both
 * engines weigh the same terms.
 */
/*
 * Rows weigh_terms fetches at least: as many as the story terms weigh
 * (STORY_LOOKUPS), so that the related news' weighing (STORE_RELATED_LOOKUPS)
 * leaves the story terms' ready. The statement costs the same either way:
 * it reads, joins and sorts every term of the article before its LIMIT.
 */
#define TERMS_FETCHED 300

void pg_terms_forget(struct pg_store *st)
{
	PQclear(st->terms_rows);
	st->terms_rows = NULL;
	st->terms_article = 0;
	st->terms_limit = 0;
}

static MUST_CHECK int weigh_terms(struct pg_store *st, int64_t article_id, size_t lookups,
				  int common_cut, struct terms *t, struct error *err)
{
	static const char sql[] =
		"SELECT u.lexeme, (SELECT sum(CASE WHEN w = 'A' THEN 3 ELSE 1 END) FROM "
		"unnest(u.weights) w)::float8 AS tf, coalesce(d.df, 2), "
		"(SELECT max(id) FROM articles) FROM articles a CROSS JOIN unnest(a.tsv) u "
		"LEFT JOIN term_df d ON d.term = u.lexeme WHERE a.id = $1 AND "
		"octet_length(u.lexeme) BETWEEN 3 AND 40 AND u.lexeme !~ '[^[:alnum:]]' "
		"ORDER BY tf DESC, u.positions[1], u.lexeme LIMIT $2";
	char ids[24], lim[24];
	const char *v[2] = { ids, lim };
	PGresult *res;
	int i, rows, r, kept = 0;

	memset(t, 0, sizeof(*t));
	if (st->terms_rows && st->terms_article == article_id && lookups <= st->terms_limit) {
		/* the same rows' first `lookups`: the order is total (lexemes are unique) */
		res = st->terms_rows;
		st->terms_rows = NULL;
		pg_terms_forget(st);
	} else {
		size_t fetch = lookups > TERMS_FETCHED ? lookups : TERMS_FETCHED;
		pg_terms_forget(st);
		snprintf(ids, sizeof(ids), "%" PRId64, article_id);
		snprintf(lim, sizeof(lim), "%zu", fetch);
		if (!(res = pg_cached(st, sql, 2, v, NULL, NULL, err)))
			return -ERR_DB;
		if (fetch > lookups) {
			/* kept for this article's next weighing, and cleared then */
			st->terms_rows = res;
			st->terms_article = article_id;
			st->terms_limit = fetch;
			kept = 1;
		}
	}
	rows = PQntuples(res);
	if ((size_t)rows > lookups)
		rows = (int)lookups;
	if (rows && !(t->items = calloc((size_t)rows, sizeof(*t->items)))) {
		if (!kept)
			PQclear(res);
		return error_nomem(err);
	}
	for (i = 0; i < rows; i++) {
		struct store_term *c = &t->items[t->n];
		c->term = pg_strdup(res, i, 0); /* a lexeme: never NULL */
		if ((r = pg_copy_error(err)) < 0) {
			if (!kept)
				PQclear(res);
			terms_release(t);
			return r;
		}
		t->n++;
		c->tf = strtod(PQgetvalue(res, i, 1), NULL);
		c->df = pg_int(res, i, 2);
		t->ndocs = pg_int(res, i, 3);
		c->weight = store_term_weight(c->tf, c->df, t->ndocs, common_cut);
	}
	if (!kept)
		PQclear(res);
	store_terms_sort(t->items, t->n);
	return 0;
}

int pg_key_terms(struct store *base, int64_t article_id, size_t max, size_t lookups,
		 struct key_terms *out, struct error *err)
{
	struct pg_store *st = pg_of(base);
	struct article a;
	struct terms t;
	int r;

	memset(out, 0, sizeof(*out));
	if ((r = pg_article_get(st, article_id, &a, err)) < 0)
		return r;
	if ((r = weigh_terms(st, article_id, lookups, 0, &t, err)) == 0) {
		r = store_key_terms_make(out, t.items, t.n, max, &a, err);
		terms_release(&t);
	}
	article_release(&a);
	return r;
}

/* ---- related news: the store's part ---- */

/* clang-format off */
/* BM25's constants, as FTS5's bm25() and the SQLite engine's brief_rank have them. */
#define RELATED_K1 "1.2"
#define RELATED_B  "0.75"
/* clang-format on */

/* FTS5's idf of a term in `df` of `rows` articles (a term in most still counts a little). */
static double bm25_idf(double rows, double df)
{
	double idf;
	if (df > rows)
		df = rows;
	idf = log((rows - df + 0.5) / (df + 0.5));
	return idf <= 0.0 ? 1e-6 : idf;
}

int pg_related_candidates(struct store *base, int64_t article_id, size_t max,
			  struct related_candidates *out, struct error *err)
{
	/*
	 * The best `max` matches of any chosen term by BM25, as the SQLite
	 * engine ranks them, so that both engines list the same related news:
	 * a term's frequency counts the title's occurrences three times, the
	 * length is the article's tokens (schema step 7), over their mean at
	 * the last statistics refresh. Then their groups, dates and the actors
	 * they share with the article, for those kept only.
	 *
	 * The matches and all that ranks them come from the postings' index
	 * (schema step 9; the chosen terms' postings are at most
	 * STORE_RELATED_DF_BUDGET), a term at a time (OFFSET 0 keeps the planner,
	 * which knows the terms' counts only once it runs, from hashing a
	 * scan of all the postings): no match's row is read before it is
	 * kept. Each
	 * term's BM25 is summed in the order of the terms, as the SQLite
	 * engine sums them, so that equal scores stay equal: the terms'
	 * postings reach the one sum a match has in that order (a term is
	 * read whole before the next, and an article has a term's posting
	 * once), which keeps an aggregate's state a match to one sum (a
	 * state a term would spill past work_mem on large stores). The
	 * groups are read by key for the matches kept, not joined from the
	 * whole of `syndication`.
	 */
	/* clang-format off */
	static const char sql[] =
		"SELECT k.id, coalesce((SELECT y.group_id FROM syndication y WHERE y.article_id = "
		"k.id), k.id), k.score, coalesce(a.published, a.added), "
		"(SELECT count(*) FROM article_actors x JOIN article_actors z ON z.actor = x.actor "
		"AND z.article_id = $2 WHERE x.article_id = k.id) "
		"FROM (SELECT p.article_id AS id, sum(p.s) AS score FROM (SELECT p.article_id, "
		"q.idf * (p.tf::float8 * (" RELATED_K1 " + 1)) / (p.tf::float8 + " RELATED_K1
		"::float8 * (1 - " RELATED_B "::float8 + " RELATED_B "::float8 * p.tokens / "
		"$4::float8)) AS s FROM unnest($1::text[], $5::float8[]) WITH ORDINALITY q(term, "
		"idf, i) CROSS JOIN LATERAL (SELECT p.article_id, p.tf, p.tokens FROM postings p "
		"WHERE p.term = q.term OFFSET 0) p) p "
		"GROUP BY p.article_id ORDER BY score DESC, p.article_id LIMIT $3) k "
		"JOIN articles a ON a.id = k.id ORDER BY k.score DESC, k.id";
	/* clang-format on */
	/* the corpus as the statistics saw it: articles, and their mean length in tokens */
	static const char stats_sql[] =
		"SELECT coalesce((SELECT docs FROM term_df_meta WHERE docs > 0), "
		"(SELECT count(*) FROM articles)), coalesce((SELECT tokens::float8 / docs FROM "
		"term_df_meta WHERE docs > 0 AND tokens > 0), (SELECT avg(tokens) FROM articles))";
	struct pg_store *st = pg_of(base);
	struct article self;
	struct terms t = { 0 };
	struct buf terms = BUF_INIT, idfs = BUF_INIT;
	char ids[24], lim[24], avgdl[40];
	const char *v[5];
	PGresult *res = NULL;
	int64_t budget = STORE_RELATED_DF_BUDGET;
	double docs = 0, mean = 1;
	size_t i, chosen = 0;
	int r, row, rows;

	memset(out, 0, sizeof(*out));
	if ((r = pg_article_get(st, article_id, &self, err)) < 0)
		return r;
	if ((r = store_related_head(base, article_id, &self, out, err)) < 0)
		goto done;
	if ((r = weigh_terms(st, article_id, STORE_RELATED_LOOKUPS, 1, &t, err)) < 0)
		goto done;
	if (!(res = pg_cached(st, stats_sql, 0, NULL, NULL, NULL, err))) {
		r = -ERR_DB;
		goto done;
	}
	docs = strtod(PQgetvalue(res, 0, 0), NULL);
	if (!PQgetisnull(res, 0, 1))
		mean = strtod(PQgetvalue(res, 0, 1), NULL);
	if (!(mean > 0))
		mean = 1;
	PQclear(res);
	res = NULL;
	for (i = 0; i < t.n && chosen < STORE_RELATED_TERMS; i++) {
		const struct store_term *c = &t.items[i];
		if (c->weight <= 0)
			break;
		/* lexemes that would need quoting in an array are left out (key terms have none) */
		if (c->df > budget || strlen(c->term) > 40 || strpbrk(c->term, "'\\\"{},: \t\n"))
			continue;
		budget -= c->df;
		/* the terms in their order, each with its idf */
		buf_putf(&terms, "%c%s", chosen ? ',' : '{', c->term);
		buf_putf(&idfs, "%c%.17g", chosen ? ',' : '{', bm25_idf(docs, (double)c->df));
		chosen++;
	}
	if (!chosen || !max)
		goto done;
	buf_putc(&terms, '}');
	buf_putc(&idfs, '}');
	if (buf_error(&terms) < 0 || buf_error(&idfs) < 0) {
		r = error_nomem(err);
		goto done;
	}
	snprintf(ids, sizeof(ids), "%" PRId64, article_id);
	/* the article itself among them, as the SQLite engine keeps it */
	snprintf(lim, sizeof(lim), "%zu", max);
	snprintf(avgdl, sizeof(avgdl), "%.17g", mean);
	v[0] = terms.data;
	v[1] = ids;
	v[2] = lim;
	v[3] = avgdl;
	v[4] = idfs.data;
	res = pg_cached(st, sql, 5, v, NULL, NULL, err);
	if ((rows = pg_rows(res, &out->items, sizeof(*out->items), err)) < 0) {
		res = NULL; /* pg_rows cleared it */
		r = rows;
		goto done;
	}
	for (row = 0; row < rows; row++) {
		struct related_candidate *c;
		int64_t id = pg_int(res, row, 0);
		if (id == article_id) {
			/* the article against its own terms */
			out->self_relevance = strtod(PQgetvalue(res, row, 2), NULL);
			continue;
		}
		if (out->n == max)
			continue;
		c = &out->items[out->n++];
		c->id = id;
		c->group_id = pg_int(res, row, 1);
		c->relevance = strtod(PQgetvalue(res, row, 2), NULL);
		c->shared_actors = pg_int(res, row, 4);
		c->when = pg_strdup(res, row, 3);
		if ((r = pg_copy_error(err)) < 0)
			goto done;
	}
done:
	PQclear(res);
	terms_release(&t);
	buf_release(&terms);
	buf_release(&idfs);
	article_release(&self);
	if (r)
		related_candidates_release(out);
	return r;
}

/* ---- related news computed ahead ---- */

/* The ids that sql (one parameter: the limit) gives, in its order. */
static MUST_CHECK int pending_ids(struct store *base, const char *sql, size_t limit, int64_t **ids,
				  size_t *n, struct error *err)
{
	char l[24];
	const char *v[1] = { l };
	snprintf(l, sizeof(l), "%zu", limit);
	return ids_of(pg_of(base), sql, 1, v, ids, n, err);
}

int pg_related_pending(struct store *base, size_t limit, int64_t **ids, size_t *n,
		       struct error *err)
{
	static const char sql[] = "SELECT a.id FROM articles a WHERE NOT EXISTS "
				  "(SELECT 1 FROM related_done d WHERE d.article_id = a.id) "
				  "ORDER BY a.id LIMIT $1";

	return pending_ids(base, sql, limit, ids, n, err);
}

int pg_related_put(struct store *base, int64_t article_id, const struct related_item *items,
		   size_t n, struct error *err)
{
	/*
	 * One statement, atomic by itself: the rows of others no longer in
	 * the list go, those in it are written (an id given twice, as first given), and
	 * the article is marked computed.
	 */
	static const char sql[] =
		"WITH n AS (SELECT DISTINCT ON (o) o, s FROM unnest($2::bigint[], $3::float8[]) "
		"WITH ORDINALITY x(o, s, k) WHERE o <> $1 ORDER BY o, k), "
		"d AS (DELETE FROM related r WHERE r.article_id = $1 AND NOT EXISTS "
		"(SELECT 1 FROM n WHERE n.o = r.other_id)), "
		"i AS (INSERT INTO related (article_id, other_id, score) SELECT $1, o, s FROM n "
		"ON CONFLICT (article_id, other_id) DO UPDATE SET score = EXCLUDED.score) "
		"INSERT INTO related_done (article_id) VALUES ($1) ON CONFLICT DO NOTHING";
	struct pg_store *st = pg_of(base);
	struct buf others = BUF_INIT, scores = BUF_INIT;
	char ids[24];
	const char *v[3];
	PGresult *res;
	size_t i;

	snprintf(ids, sizeof(ids), "%" PRId64, article_id);
	buf_putc(&others, '{');
	buf_putc(&scores, '{');
	for (i = 0; i < n; i++) {
		buf_putf(&others, "%s%" PRId64, i ? "," : "", items[i].id);
		buf_putf(&scores, "%s%.17g", i ? "," : "", items[i].score);
	}
	buf_putc(&others, '}');
	buf_putc(&scores, '}');
	if (buf_error(&others) < 0 || buf_error(&scores) < 0) {
		buf_release(&others);
		buf_release(&scores);
		return error_nomem(err);
	}
	v[0] = ids;
	v[1] = others.data;
	v[2] = scores.data;
	res = pg_cached(st, sql, 3, v, NULL, NULL, err);
	buf_release(&others);
	buf_release(&scores);
	if (!res)
		return -ERR_DB;
	PQclear(res);
	return 0;
}

int pg_related_stored(struct store *base, int64_t article_id, size_t limit,
		      struct search_results *out, struct error *err)
{
	static const char done_sql[] = "SELECT 1 FROM related_done WHERE article_id = $1";
	char sql[1024], ids[24], l[24];
	const char *v[2] = { ids, l };
	struct pg_store *st = pg_of(base);
	PGresult *res;
	int i, rows;

	memset(out, 0, sizeof(*out));
	snprintf(ids, sizeof(ids), "%" PRId64, article_id);
	snprintf(l, sizeof(l), "%zu", limit);
	if (!(res = pg_cached(st, done_sql, 1, v, NULL, NULL, err)))
		return -ERR_DB;
	rows = PQntuples(res);
	PQclear(res);
	if (!rows)
		return error_set(err, ERR_NOTFOUND,
				 "related news of article %" PRId64 " not computed", article_id);
	/* HIT_SQL's columns, then the stored relevance */
	snprintf(sql, sizeof(sql),
		 "SELECT " PG_ARTICLE_COLS ", (SELECT count(*) FROM syndication z WHERE "
		 "z.group_id = a.id), r.score FROM related r JOIN articles a ON a.id = r.other_id "
		 "LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN documents d ON d.id = "
		 "a.document_id WHERE r.article_id = $1 ORDER BY r.score DESC, r.other_id LIMIT $2",
		 "NULL");
	res = pg_query(st, sql, 2, v, err);
	if ((rows = pg_rows(res, &out->items, sizeof(*out->items), err)) < 0)
		return rows;
	for (i = 0; i < rows; i++) {
		struct search_hit *h = &out->items[out->n++];
		h->score = -strtod(PQgetvalue(res, i, 18), NULL);
		hit_of_row(res, i, h);
	}
	out->total = out->n;
	PQclear(res);
	if ((rows = pg_copy_error(err)) < 0)
		search_results_release(out);
	return rows < 0 ? rows : 0;
}

/* ---- key terms kept for stories (schema step 5) ---- */

int pg_story_terms_pending(struct store *base, size_t limit, int64_t **ids, size_t *n,
			   struct error *err)
{
	static const char sql[] = "SELECT a.id FROM articles a WHERE NOT EXISTS "
				  "(SELECT 1 FROM story_terms t WHERE t.article_id = a.id) "
				  "ORDER BY a.id LIMIT $1";

	return pending_ids(base, sql, limit, ids, n, err);
}

int pg_story_terms_put(struct store *base, int64_t article_id, const struct key_terms *kt,
		       struct error *err)
{
	static const char sql[] = "INSERT INTO story_terms (article_id, terms) VALUES ($1, $2) "
				  "ON CONFLICT (article_id) DO UPDATE SET terms = excluded.terms";
	char ids[24], *text;
	const char *v[2] = { ids, NULL };
	PGresult *res;
	int r;

	if ((r = store_terms_encode(kt, &text, err)) < 0)
		return r;
	snprintf(ids, sizeof(ids), "%" PRId64, article_id);
	v[1] = text;
	res = pg_cached(pg_of(base), sql, 2, v, NULL, NULL, err);
	free(text);
	if (!res)
		return -ERR_DB;
	PQclear(res);
	return 0;
}

int pg_story_terms_get(struct store *base, int64_t article_id, struct key_terms *out,
		       struct error *err)
{
	/* the date and outlet as pg_key_terms gives them */
	static const char sql[] =
		"SELECT t.terms, coalesce(a.published, a.added), s.name FROM story_terms t "
		"JOIN articles a ON a.id = t.article_id LEFT JOIN sources s ON s.id = a.source_id "
		"WHERE t.article_id = $1";
	char ids[24];
	const char *v[1] = { ids };
	PGresult *res;
	int r;

	memset(out, 0, sizeof(*out));
	snprintf(ids, sizeof(ids), "%" PRId64, article_id);
	if (!(res = pg_cached(pg_of(base), sql, 1, v, NULL, NULL, err)))
		return -ERR_DB;
	if (PQntuples(res) < 1) {
		PQclear(res);
		return error_set(err, ERR_NOTFOUND, "key terms of article %" PRId64 " not stored",
				 article_id);
	}
	r = store_terms_decode(PQgetvalue(res, 0, 0), out, err);
	if (!r) {
		out->published = pg_strdup(res, 0, 1);
		out->source = pg_strdup(res, 0, 2);
		if ((r = pg_copy_error(err)) < 0)
			key_terms_release(out);
	}
	PQclear(res);
	return r;
}
