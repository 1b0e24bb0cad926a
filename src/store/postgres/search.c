/*
 * search.c: full-text search on PostgreSQL: brief's query language, parsed
 * by the one parser both engines share (corpus/query.c), turned into a
 * tsquery and matched against articles.tsv (GIN), ranked by ts_rank_cd,
 * with snippets by ts_headline marking matches as the SQLite engine's do.
 */
#include "store/postgres/internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/search.h"
#include "util/buf.h"

#include "util/banned.h"

#define SEARCH_COUNT_MAX 1000 /* matching rows counted for `total`; more sets `more` */
/*
 * Relevance is ranked over the newest SEARCH_SCAN matches (by storing
 * order), as the SQLite engine does: ranking reads each match's tsvector
 * back from TOAST, a cost paid for every row ranked, and a broad word
 * matches most of a corpus.
 */
#define SEARCH_SCAN 10000

/*
 * ts_headline's options: matches between \x01 and \x02, as search_hit's
 * snippet has them, about as many words as the SQLite engine's 24 tokens.
 */
static const char headline_opts[] = "StartSel=\"\x01\", StopSel=\"\x02\", MaxWords=30, "
				    "MinWords=12, ShortWord=2, MaxFragments=2, "
				    "FragmentDelimiter=\" ... \"";

/*
 * ts_headline parses all the text it is given, and marks and weighs every
 * match in it, however few words it keeps. A text longer than
 * HEADLINE_PREFIX characters gives it its prefix of that many, cut back to
 * the last space, where a hit's matches nearly always are; the whole text
 * only when the prefix holds no match (a match in the title only, or late
 * in the text). The snippet is then the best fragments of the prefix.
 */
#define HEADLINE_PREFIX "4000"

/* Append the snippet's expression: query in parameter $tsn, options in $optn. */
static void headline_sql(struct buf *sql, int tsn, int optn)
{
	buf_putf(sql,
		 "(SELECT CASE WHEN length(mt.text) <= " HEADLINE_PREFIX " OR strpos(p.hl, chr(1)) "
		 "> 0 THEN p.hl ELSE ts_headline('brief', mt.text, to_tsquery('brief', $%d), $%d) "
		 "END FROM (SELECT ts_headline('brief', CASE WHEN length(mt.text) "
		 "<= " HEADLINE_PREFIX " THEN mt.text ELSE (SELECT left(v.t, length(v.t) - "
		 "strpos(reverse(v.t), ' ')) FROM (SELECT left(mt.text, " HEADLINE_PREFIX
		 ") AS t) v) END, to_tsquery('brief', $%d), $%d) AS hl) p)",
		 tsn, optn, tsn, optn);
}

/*
 * A quoted string of the FTS5 expression ("" stands for "), from *pp; *pp
 * moves past it. -ERR_PARSE when it is not closed, -ERR_NOMEM.
 */
static int fts_string(const char **pp, struct buf *word)
{
	const char *p = *pp + 1;
	buf_reset(word);
	for (;;) {
		if (!*p)
			return -ERR_PARSE;
		if (*p == '"') {
			if (p[1] != '"')
				break;
			p++;
		}
		if (buf_addch(word, *p++) < 0)
			return -ERR_NOMEM;
	}
	*pp = p + 1;
	return 0;
}

/* The word as a quoted tsquery operand: ' and \ doubled, so nothing in it is syntax. */
static int add_operand(struct buf *out, const char *w, size_t n, int prefix, int column)
{
	size_t i;
	int r = buf_addch(out, '\'');
	for (i = 0; r == 0 && i < n; i++) {
		if (w[i] == '\'' || w[i] == '\\')
			r = buf_addch(out, w[i]);
		if (r == 0)
			r = buf_addch(out, w[i]);
	}
	if (r == 0)
		r = buf_addch(out, '\'');
	if (r == 0 && (prefix || column))
		r = buf_addf(out, ":%s%s", prefix ? "*" : "",
			     column == 1   ? "A"
			     : column == 2 ? "B"
					   : "");
	return r;
}

/*
 * The parser's FTS5 expression is all there is to read: its own output,
 * made of ( ), AND, OR, NOT (binary: a NOT b), "quoted" strings, a " *"
 * after a prefix and "title : " or "text : " before a column's string.
 */
int pg_tsquery(const struct search_query *q, struct buf *out, struct error *err)
{
	const char *p = q->fts;
	struct buf word = BUF_INIT;
	int column = 0, r = 0;

	if (!p)
		return error_set(err, ERR_USAGE, "the query has no words to search for");
	while (*p && r == 0) {
		if (*p == ' ') {
			p++;
		} else if (*p == '(' || *p == ')') {
			r = buf_addch(out, *p++);
		} else if (!strncmp(p, "AND ", 4)) {
			r = buf_adds(out, " & ");
			p += 4;
		} else if (!strncmp(p, "OR ", 3)) {
			r = buf_adds(out, " | ");
			p += 3;
		} else if (!strncmp(p, "NOT ", 4)) {
			r = buf_adds(out, " & !");
			p += 4;
		} else if (!strncmp(p, "title : ", 8)) {
			column = 1;
			p += 8;
		} else if (!strncmp(p, "text : ", 7)) {
			column = 2;
			p += 7;
		} else if (*p == '"') {
			int prefix = 0;
			if ((r = fts_string(&p, &word)) == -ERR_PARSE) {
				buf_release(&word);
				return error_set(err, ERR_INTERNAL,
						 "search expression: a phrase is not closed");
			}
			if (r < 0)
				break;
			if (!strncmp(p, " *", 2)) {
				prefix = 1;
				p += 2;
			}
			r = add_operand(out, word.data ? word.data : "", word.len, prefix, column);
			column = 0;
		} else {
			buf_release(&word);
			return error_set(err, ERR_INTERNAL, "search expression: unexpected '%.20s'",
					 p);
		}
	}
	buf_release(&word);
	if (r < 0)
		return error_nomem(err);
	return 0;
}

/* Append " AND <cond>" with `v` as the next parameter; %1$d in cond is its number. */
static int filter(struct buf *sql, const char **params, int *n, const char *cond, const char *v)
{
	char c[600];
	if (!v)
		return 0;
	params[*n] = v;
	(*n)++;
	/* each condition names its parameter once or more, always as $%1$d */
	snprintf(c, sizeof(c), cond, *n);
	return buf_adds(sql, " AND ") < 0 || buf_adds(sql, c) < 0 ? -1 : 0;
}

int pg_search_filters(struct buf *sql, const char **params, int *n, const struct search_query *q)
{
	int r = 0;
	r |= filter(sql, params, n,
		    "(lower(s.name) = lower($%1$d) OR strpos(lower(s.url), lower($%1$d)) > 0)",
		    q->source);
	r |= filter(sql, params, n,
		    "(lower(a.language) = lower($%1$d) OR "
		    "lower(a.language) LIKE lower($%1$d) || '-%%')",
		    q->lang);
	r |= filter(sql, params, n, "a.published >= $%1$d", q->since);
	r |= filter(sql, params, n, "left(a.published, length($%1$d)) <= $%1$d", q->until);
	r |= filter(sql, params, n,
		    "EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id AND "
		    "lower(t.tag) = lower($%1$d))",
		    q->tag);
	r |= filter(sql, params, n,
		    "EXISTS (SELECT 1 FROM article_actors x WHERE x.article_id = a.id AND "
		    "x.actor LIKE upper($%1$d) || '%%')",
		    q->actor);
	return r;
}

static size_t search_scan = SEARCH_SCAN;
static int search_way;       /* a way to take always (enum search_way), 0: by the estimates */
static int search_way_taken; /* the way the last relevance search took */

void pg_search_tune(size_t scan, int way)
{
	search_scan = scan ? scan : SEARCH_SCAN;
	search_way = way;
}

int pg_search_way_taken(void)
{
	return search_way_taken;
}

/*
 * Whether the tsquery text `tsq` (pg_tsquery's) is operands joined by OR
 * alone, none limited to a column: then it matches at least as many
 * articles as any one of its operands.
 */
static int tsq_any_of(const char *tsq)
{
	const char *p = tsq;
	while (*p) {
		if (*p == '\'') {
			/* an operand, in which '' is a quote */
			for (p++; *p && !(*p == '\'' && p[1] != '\''); p += *p == '\'' ? 2 : 1)
				;
			if (!*p)
				return 0;
			p++;
			if (*p == ':' && p[1] == '*')
				p += 2;
			if (*p == ':' || *p == 'A' || *p == 'B')
				return 0;
		} else if (*p == '&' || *p == '!') {
			return 0;
		} else {
			p++;
		}
	}
	return 1;
}

/*
 * How many articles the largest prefix operand of the tsquery `tsq`
 * matches, as the postings count them (a row a term of an article, so an
 * article with two words of the prefix counts twice), up to `cap`; -1 when
 * it has no prefix, or on any failure. The planner guesses a prefix's
 * matches from the few hundred commonest lexemes its statistics keep, and
 * guesses low by a factor of ten or more for a prefix of uncommon words;
 * the postings' B-tree counts them from the index alone. The prefix is the
 * one to_tsquery makes of the word (stemmed). Lexemes that are not letters
 * and digits have no postings and are not counted. Only the way is picked
 * from it: every way gives the same hits.
 */
static double prefix_matches(struct pg_store *st, const char *tsq, double cap)
{
	static const char sql[] =
		"SELECT max((SELECT count(*) FROM (SELECT 1 FROM postings WHERE term >= p.w "
		"AND term < left(p.w, -1) || chr(ascii(right(p.w, 1)) + 1) LIMIT $2) x)) "
		"FROM (SELECT replace(m[1], '''''', '''') AS w FROM regexp_matches("
		"to_tsquery('brief', $1)::text, '''((?:[^'']|'''')+)'':\\*', 'g') m) p "
		"WHERE p.w <> ''";
	char c[32];
	const char *params[2];
	PGresult *res;
	double n = -1;

	if (!strstr(tsq, ":*"))
		return -1;
	snprintf(c, sizeof(c), "%.0f", cap);
	params[0] = tsq;
	params[1] = c;
	res = PQexecParams(st->conn, sql, 2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 &&
	    !PQgetisnull(res, 0, 0))
		n = strtod(PQgetvalue(res, 0, 0), NULL);
	PQclear(res);
	return n;
}

/*
 * How a relevance search finds its newest SEARCH_SCAN matches and ranks
 * them. The three ways give the same hits, at costs that depend on how
 * many of the N articles match (M):
 *
 * SEARCH_WALK walks the articles newest first, testing each row's tsvector
 * and ranking each match as it reads it, until SEARCH_SCAN match: about
 * SEARCH_SCAN x N / M rows read, in the order they were stored.
 *
 * SEARCH_SCAN_RANKED finds every match through the GIN index and ranks it
 * as its row is read (a page a match, scattered), then keeps the newest:
 * M rows read once, M ranked.
 *
 * SEARCH_IDS_FIRST finds every match through the GIN index, keeps the
 * newest ids, then reads those rows again by id to rank them: M rows read,
 * SEARCH_SCAN read again and ranked.
 *
 * Pages read cost most: a match's page, scattered, through the GIN index,
 * about two rows' in the walk (a page holds about two rows, in the order
 * they were stored). Past SEARCH_SCAN matches, ranking the ones that are
 * not kept soon costs more than reading the kept ones again by id. So the
 * walk when M >= SEARCH_SCAN and 2 M^2 >= SEARCH_SCAN x N; else ranked in
 * the scan when M <= 1.25 x SEARCH_SCAN; else the ids first (where each
 * way's CPU crossed the next's on bench/store's prefix searches).
 * M is the planner's estimate for `where` (with the statement's
 * parameters) or, when the query is prefixes and words joined by OR and
 * nothing but its words filters, the postings' count of its largest prefix
 * if that is more (counted only up to the walk's threshold, and not when
 * the planner's estimate has reached it). A failure leaves the planner's
 * estimate, or ranks in the scan.
 */
enum search_way { SEARCH_WALK = 1, SEARCH_SCAN_RANKED = 2, SEARCH_IDS_FIRST = 3 };

static enum search_way search_way_pick(struct pg_store *st, const struct search_query *q,
				       const char *tsq, const char *where, int n,
				       const char *const *params)
{
	struct buf sql = BUF_INIT;
	PGresult *res;
	const char *rows;
	double matches = -1, total = -1, scan = (double)search_scan, walk_from;
	double scan_ranked = scan * 1.25; /* the most matches ranked in the scan */

	if (search_way)
		return (enum search_way)search_way;
	res = PQexec(st->conn, "SELECT reltuples FROM pg_class WHERE oid = 'articles'::regclass");
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1)
		total = strtod(PQgetvalue(res, 0, 0), NULL);
	PQclear(res);
	/* the fewest matches the walk is taken for */
	walk_from = total > 0 ? sqrt(scan * total / 2) : 0;
	if (walk_from < scan)
		walk_from = scan;

	buf_putf(&sql,
		 "EXPLAIN SELECT 1 FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
		 "WHERE %s",
		 where);
	if (buf_error(&sql) < 0)
		return SEARCH_SCAN_RANKED;
	res = PQexecParams(st->conn, sql.data, n, NULL, params, NULL, NULL, 0);
	buf_release(&sql);
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) > 0 &&
	    (rows = strstr(PQgetvalue(res, 0, 0), " rows=")))
		matches = strtod(rows + 6, NULL);
	PQclear(res);
	if (matches < walk_from && !q->source && !q->lang && !q->since && !q->until && !q->tag &&
	    !q->actor && tsq_any_of(tsq)) {
		double cap = walk_from > scan_ranked ? walk_from : scan_ranked;
		double counted = prefix_matches(st, tsq, cap + 1);
		if (counted > matches)
			matches = counted;
	}
	if (total > 0 && matches >= walk_from)
		return SEARCH_WALK;
	return matches > scan_ranked ? SEARCH_IDS_FIRST : SEARCH_SCAN_RANKED;
}

/* What a hit's row joins: the shown article's outlet and document, and the matched member. */
#define HIT_JOINS                                                                    \
	"LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN documents d ON d.id = " \
	"a.document_id JOIN articles mt ON mt.id = h.id"

/*
 * The hits of a search's rows: the shown article (PG_ARTICLE_COLS), then
 * the score, the snippet, the count of matching groups, the matched
 * member's id and the count of its group's members.
 */
static MUST_CHECK int hits_read(PGresult *res, int by_date, struct search_results *out,
				struct error *err)
{
	int i, rows = PQntuples(res);
	if (rows && !(out->items = calloc((size_t)rows, sizeof(*out->items))))
		return error_nomem(err);
	for (i = 0; i < rows; i++) {
		struct search_hit *h = &out->items[out->n++];
		int64_t members = pg_int(res, i, 21);
		pg_row_to_article(res, i, 0, &h->a);
		h->score = by_date ? 0 : strtod(PQgetvalue(res, i, 17), NULL);
		h->snippet = pg_strdup(res, i, 18);
		h->matched_id = pg_int(res, i, 20);
		h->copies = members > 1 ? (size_t)(members - 1) : 0;
	}
	return pg_copy_error(err);
}

int pg_search(struct pg_store *st, const struct search_query *q, size_t limit, size_t offset,
	      struct search_results *out, struct error *err)
{
	struct buf where = BUF_INIT, filters = BUF_INIT, sql = BUF_INIT, tsq = BUF_INIT;
	const char *params[12];
	char lim[24], off[24], cnt[24];
	PGresult *res = NULL;
	const char *shown;
	enum search_way way;
	int n = 0, r = 0, tsn = 0;

	memset(out, 0, sizeof(*out));
	if (q->fts) {
		if ((r = pg_tsquery(q, &tsq, err)) < 0)
			goto out;
		params[n++] = tsq.data;
		tsn = n;
		buf_putf(&where, "a.tsv @@ to_tsquery('brief', $%d)", tsn);
	} else {
		buf_puts(&where, "TRUE");
	}
	r |= pg_search_filters(&filters, params, &n, q);
	buf_puts(&where, filters.data ? filters.data : "");
	if (r < 0 || buf_error(&where) || buf_error(&filters)) {
		r = error_nomem(err);
		goto out;
	}

	/*
	 * Copies are folded as the SQLite engine folds them: one hit per
	 * syndication group, shown as the group's original whatever the
	 * filters, except source:, which shows the member that passed it; the
	 * snippet is the matched member's.
	 */
	shown = q->source ? "h.id" : "h.g";
	if (tsn && !q->sort_by_date) {
		/*
		 * One pass: the newest matches, ranked and counted together,
		 * one of three ways to the same rows (search_way_pick). The
		 * walk goes newest first down the primary key, tests each row's
		 * tsvector and ranks and groups each match as it reads it, until
		 * SEARCH_SCAN match; its match is written as the function behind
		 * @@, which the GIN index does not serve, so that the planner
		 * walks. The other two find the matches through the GIN index:
		 * one ranks each as its row is read (m1) and keeps the newest
		 * ranks, the other picks the newest by id alone (m0) and reads
		 * their tsvectors again by id. Neither sorts or joins rows
		 * carrying their tsvector, a few KB a match, which spills to
		 * temporary files on disk once the matches outgrow work_mem.
		 */
		snprintf(cnt, sizeof(cnt), "%zu", search_scan);
		snprintf(lim, sizeof(lim), "%zu", limit);
		snprintf(off, sizeof(off), "%zu", offset);
		params[n] = cnt;
		params[n + 1] = lim;
		params[n + 2] = off;
		params[n + 3] = headline_opts;
		way = search_way_pick(st, q, tsq.data, where.data, n, params);
		search_way_taken = (int)way;
		if (way == SEARCH_WALK)
			buf_putf(
				&sql,
				"WITH m AS MATERIALIZED (SELECT a.id, -ts_rank_cd(a.tsv, "
				"to_tsquery('brief', $%d)) AS score, coalesce((SELECT y.group_id "
				"FROM syndication y WHERE y.article_id = a.id), a.id) AS g FROM "
				"articles a LEFT JOIN sources s ON s.id = a.source_id WHERE "
				"ts_match_vq(a.tsv, to_tsquery('brief', $%d))%s ORDER BY a.id DESC "
				"LIMIT $%d), "
				"r AS (SELECT DISTINCT ON (m.g) m.id, m.g, m.score FROM m ORDER BY "
				"m.g, m.score, m.id DESC), ",
				tsn, tsn, filters.data ? filters.data : "", n + 1);
		else if (way == SEARCH_SCAN_RANKED)
			buf_putf(
				&sql,
				"WITH m1 AS MATERIALIZED (SELECT a.id, -ts_rank_cd(a.tsv, "
				"to_tsquery('brief', $%d)) AS score FROM articles a LEFT JOIN "
				"sources s ON s.id = a.source_id WHERE %s), "
				"m AS (SELECT n.id, n.score, coalesce((SELECT y.group_id FROM "
				"syndication y WHERE y.article_id = n.id), n.id) AS g FROM (SELECT "
				"m1.id, m1.score FROM m1 ORDER BY m1.id DESC LIMIT $%d) n), "
				"r AS (SELECT DISTINCT ON (m.g) m.id, m.g, m.score FROM m ORDER BY "
				"m.g, m.score, m.id DESC), ",
				tsn, where.data, n + 1);
		else
			buf_putf(
				&sql,
				"WITH m0 AS MATERIALIZED (SELECT a.id FROM articles a LEFT JOIN "
				"sources s ON s.id = a.source_id WHERE %s ORDER BY a.id DESC LIMIT "
				"$%d), "
				"m AS (SELECT a.id, a.tsv, coalesce(y.group_id, a.id) AS g FROM m0 "
				"JOIN articles a ON a.id = m0.id LEFT JOIN syndication y ON "
				"y.article_id = a.id), "
				"r AS (SELECT DISTINCT ON (m.g) m.id, m.g, -ts_rank_cd(m.tsv, "
				"to_tsquery('brief', $%d)) AS score FROM m ORDER BY m.g, score, "
				"m.id "
				"DESC), ",
				where.data, n + 1, tsn);
		buf_putf(&sql,
			 "h AS (SELECT r.id, r.g, r.score, count(*) OVER () AS total FROM r "
			 "ORDER BY r.score, r.id DESC LIMIT $%d OFFSET $%d) "
			 "SELECT " PG_ARTICLE_COLS ", h.score, ",
			 n + 2, n + 3, "NULL");
		headline_sql(&sql, tsn, n + 4);
		buf_putf(&sql,
			 ", h.total, h.id, "
			 "(SELECT count(*) FROM syndication z WHERE z.group_id = h.g) "
			 "FROM h JOIN articles a ON a.id = %s " HIT_JOINS
			 " ORDER BY h.score, h.id DESC",
			 shown);
		if (buf_error(&sql) < 0) {
			r = error_nomem(err);
			goto out;
		}
		if (!(res = pg_query(st, sql.data, n + 4, params, err))) {
			r = -ERR_DB;
			goto out;
		}
		if ((r = hits_read(res, 0, out, err)) < 0)
			goto out;
		if (out->n) {
			out->total = (size_t)pg_int(res, 0, 19);
			out->more = out->total >= search_scan;
		}
		goto out;
	}

	/* how many groups match, counted up to a cap as the SQLite engine's rows read */
	snprintf(cnt, sizeof(cnt), "%d", SEARCH_COUNT_MAX + 1);
	params[n] = cnt;
	buf_putf(&sql,
		 "SELECT count(*) FROM (SELECT 1 FROM articles a LEFT JOIN sources s ON "
		 "s.id = a.source_id LEFT JOIN syndication y ON y.article_id = a.id WHERE %s "
		 "GROUP BY coalesce(y.group_id, a.id) LIMIT $%d) x",
		 where.data, n + 1);
	if (buf_error(&sql) < 0) {
		r = error_nomem(err);
		goto out;
	}
	if (!(res = pg_query(st, sql.data, n + 1, params, err))) {
		r = -ERR_DB;
		goto out;
	}
	out->total = (size_t)pg_int(res, 0, 0);
	if (out->total > SEARCH_COUNT_MAX) {
		out->total = SEARCH_COUNT_MAX;
		out->more = 1;
	}
	PQclear(res);
	res = NULL;

	snprintf(lim, sizeof(lim), "%zu", limit);
	snprintf(off, sizeof(off), "%zu", offset);
	params[n] = lim;
	params[n + 1] = off;
	params[n + 2] = headline_opts;
	/*
	 * Newest first (relevance went above): a hit's score is 0, so no
	 * match is ranked.
	 */
	buf_reset(&sql);
	buf_putf(&sql,
		 "WITH r AS (SELECT DISTINCT ON (g) * FROM (SELECT a.id, coalesce(y.group_id, "
		 "a.id) AS g, 0::float4 AS score, coalesce(a.published, a.added) AS day, "
		 "a.published IS NULL AS undated FROM articles a LEFT JOIN sources s ON s.id = "
		 "a.source_id LEFT JOIN syndication y ON y.article_id = a.id WHERE %s) x ORDER BY "
		 "g, undated, day DESC, id DESC), "
		 "h AS (SELECT * FROM r ORDER BY undated, day DESC, id DESC LIMIT $%d OFFSET $%d) "
		 "SELECT " PG_ARTICLE_COLS ", h.score, ",
		 where.data, n + 1, n + 2, "NULL");
	if (tsn)
		headline_sql(&sql, tsn, n + 3);
	else
		buf_putf(&sql, "left(mt.text, 200 + 0 * length($%d))", n + 3);
	buf_putf(&sql,
		 ", 0, h.id, (SELECT count(*) FROM syndication z WHERE z.group_id = h.g) "
		 "FROM h JOIN articles a ON a.id = %s " HIT_JOINS
		 " ORDER BY h.undated, h.day DESC, h.id DESC",
		 shown);
	if (buf_error(&sql) < 0) {
		r = error_nomem(err);
		goto out;
	}
	if (!(res = pg_query(st, sql.data, n + 3, params, err))) {
		r = -ERR_DB;
		goto out;
	}
	r = hits_read(res, 1, out, err);
out:
	PQclear(res);
	buf_release(&where);
	buf_release(&filters);
	buf_release(&sql);
	buf_release(&tsq);
	if (r < 0)
		search_results_release(out);
	return r;
}
