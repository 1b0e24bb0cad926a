/*
 * search.c: the search schema, full-text search and related news' candidates;
 * fingerprints and groups are in groups.c.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/fingerprint.h"
#include "store/sqlite/internal.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/rank.h"
#include "store/sqlite/snippet.h"
#include "store/store.h"
#include "util/array.h"
#include "util/buf.h"

#include "util/banned.h"

/* Schema step 3. */
const char store_schema_search[] =
	"CREATE TABLE fingerprints ("
	"  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
	"  exact INTEGER NOT NULL,"
	"  words INTEGER NOT NULL,"
	"  keys BLOB NOT NULL," /* the fp_keys rows of this article, to replace them */
	"  sample BLOB NOT NULL"
	");"
	"CREATE INDEX fingerprints_exact ON fingerprints(exact);"
	/*
	 * bottom-k keys: the index that finds candidate copies. No foreign key
	 * and no index by article: 32 rows an article made both cost more than
	 * the rest of storing it; fingerprints.keys says which rows to remove.
	 */
	"CREATE TABLE fp_keys ("
	"  key INTEGER NOT NULL,"
	"  article_id INTEGER NOT NULL,"
	"  PRIMARY KEY (key, article_id)"
	") WITHOUT ROWID;"
	/* group_id is the id of the group's original; an article alone is its own group */
	"CREATE TABLE syndication ("
	"  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
	"  group_id INTEGER NOT NULL,"
	"  similarity REAL"
	");"
	"CREATE INDEX syndication_group ON syndication(group_id);"
	"CREATE TABLE tags ("
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  tag TEXT NOT NULL,"
	"  PRIMARY KEY (article_id, tag)"
	") WITHOUT ROWID;"
	"CREATE INDEX tags_tag ON tags(tag);"
	/* actors an article mentions, filled by the event coder */
	"CREATE TABLE article_actors ("
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  actor TEXT NOT NULL,"
	"  PRIMARY KEY (article_id, actor)"
	") WITHOUT ROWID;"
	"CREATE INDEX article_actors_actor ON article_actors(actor);"
	"CREATE INDEX articles_url_original ON articles(original_url);"
	"CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, row);"
	/*
	 * Document frequencies for related news, copied from articles_vocab by
	 * store_term_stats_refresh: reading a frequent term's count from the
	 * vocabulary walks its whole posting list (a million entries for
	 * "the" in a million articles), while a lookup here is one seek.
	 */
	"CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;"
	"CREATE TABLE term_df_meta (id INTEGER PRIMARY KEY CHECK (id = 1), docs INTEGER NOT NULL);";

/* ---- search ---- */

/*
 * Rows read for a page at first: (offset + limit) * 3 + 100, at most
 * SEARCH_ROW_CAP. Copies fold into their story as they are read, so a page
 * of large groups can come up short of stories: the search then reads four
 * times as many rows, up to every match it ranks (SEARCH_SCAN) or, for
 * filters alone, SEARCH_ROW_MAX rows.
 */
#define SEARCH_ROW_CAP 5000
#define SEARCH_ROW_MAX 200000
/*
 * Relevance is ranked over the newest SEARCH_SCAN matches (by storing
 * order): all of them for any query matching fewer articles; the newest
 * for a broader one, whose every match cannot be ranked in time (at a
 * million articles a prefix such as zen* matches nearly every article).
 */
#define SEARCH_SCAN    10000
#define SNIPPET_TOKENS 24 /* tokens in a hit's snippet, as snippet(..., 24) had */
static size_t search_scan = SEARCH_SCAN;

struct seen_groups {
	int64_t *ids;
	size_t n, alloc;
};

/* 1 if `g` was seen before; else remember it and return 0 (-1 on OOM). */
static int seen_check(struct seen_groups *sg, int64_t g)
{
	size_t i;
	for (i = 0; i < sg->n; i++)
		if (sg->ids[i] == g)
			return 1;
	if (ARRAY_GROW(sg->ids, sg->n, sg->alloc) < 0)
		return -1;
	sg->ids[sg->n++] = g;
	return 0;
}

static int hits_push(struct search_results *out, size_t *alloc, int64_t g, int64_t matched,
		     double score)
{
	struct search_hit *h;
	if (ARRAY_GROW(out->items, out->n, *alloc) < 0)
		return -1;
	h = &out->items[out->n++];
	memset(h, 0, sizeof(*h));
	h->a.id = g;
	h->matched_id = matched;
	h->score = score;
	return 0;
}

/* Fill each hit's article (the group's original, without text) and copy count. */
static MUST_CHECK int hits_load(struct sq_store *st, struct search_results *out, struct error *err)
{
	/* ARTICLE_COLS without the text; prepared once a connection (every list loads hits) */
	static const char sql[] =
		"SELECT a.id, a.url, coalesce(s.name, a.site_name), s.url, a.title, a.byline, "
		"a.published, a.modified, "
		"a.language, a.description, a.image, NULL, a.original_name, a.original_url, "
		"d.sha256, a.added, a.word_count "
		"FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
		"LEFT JOIN documents d ON d.id = a.document_id WHERE a.id = ?";
	static const char count_sql[] = "SELECT count(*) FROM syndication WHERE group_id = ?";
	sqlite3_stmt *s, *c;
	size_t i;
	int r = 0, rc;

	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	if (sq_cached(st, count_sql, &c, err) < 0) {
		sq_done(s);
		return -ERR_DB;
	}
	for (i = 0; i < out->n && !r; i++) {
		struct search_hit *h = &out->items[i];
		int64_t id = h->a.id;
		sqlite3_bind_int64(s, 1, id);
		if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			sq_row_to_article(s, &h->a);
			if (sq_copies_failed())
				r = error_nomem(err);
		} else if (rc == SQLITE_DONE) {
			r = error_set(err, ERR_DB, "article %lld vanished", (long long)id);
		} else {
			r = sq_db_error(st, err, "loading a search hit");
		}
		sqlite3_reset(s);
		if (r)
			break;
		/* count(*) always gives a row */
		sqlite3_bind_int64(c, 1, id);
		if (sqlite3_step(c) == SQLITE_ROW) {
			int64_t n = sqlite3_column_int64(c, 0);
			h->copies = n > 1 ? (size_t)(n - 1) : 0;
		} else {
			r = sq_db_error(st, err, "counting a search hit's copies");
		}
		sqlite3_reset(c);
	}
	sq_done(s);
	sq_done(c);
	return r;
}

/*
 * Each hit's snippet, from the text of the member that matched, made here
 * rather than by FTS5's snippet(), which re-ran the query for every hit:
 * 20 hits cost 20 queries, and a prefix is expanded again each time.
 */
static MUST_CHECK int hits_snippets(struct sq_store *st, const struct search_query *q,
				    struct search_results *out, struct error *err)
{
	static const char sql[] = "SELECT text FROM articles WHERE id = ?";
	struct snippet_ctx *c;
	sqlite3_stmt *s;
	size_t i;
	int r;

	if ((r = snippet_open(st, q, &c, err)) < 0)
		return r;
	if (sq_cached(st, sql, &s, err) < 0) {
		snippet_close(c);
		return -ERR_DB;
	}
	for (i = 0; !r && i < out->n; i++) {
		int rc;
		sqlite3_bind_int64(s, 1, out->items[i].matched_id);
		if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			const char *text = (const char *)sqlite3_column_text(s, 0);
			r = snippet_make(c, text ? text : "", SNIPPET_TOKENS,
					 &out->items[i].snippet, err);
		} else if (rc != SQLITE_DONE) {
			r = sq_db_error(st, err, "reading a search hit's text");
		}
		sqlite3_reset(s);
	}
	sq_done(s);
	snippet_close(c);
	return r;
}

/* ---- document counts for brief_rank ---- */

struct stems {
	char *tok[8]; /* a phrase's first stems; longer phrases keep 8 */
	size_t n;
	int oom;
};

static int stem_cb(void *ctx, int tflags, const char *tok, int ntok, int start, int end)
{
	struct stems *s = ctx;
	(void)start;
	(void)end;
	if (tflags & FTS5_TOKEN_COLOCATED || s->n == sizeof(s->tok) / sizeof(s->tok[0]))
		return SQLITE_OK;
	if (!(s->tok[s->n] = strndup(tok, (size_t)ntok))) {
		s->oom = 1;
		return SQLITE_NOMEM;
	}
	s->n++;
	return SQLITE_OK;
}

/* term_df's count of one stem, or -1 when it has none */
static double stem_df(sqlite3_stmt *one, const char *stem)
{
	double df = -1;
	sq_bind_text(one, 1, stem);
	if (sqlite3_step(one) == SQLITE_ROW)
		df = sqlite3_column_double(one, 0);
	sqlite3_reset(one);
	return df;
}

/* documents with some stem beginning with `prefix` (at most the sum of their counts) */
static double prefix_df(sqlite3_stmt *range, const char *prefix)
{
	size_t n = strlen(prefix);
	char *hi = strdup(prefix);
	double df = -1;
	if (!hi || !n) {
		free(hi);
		return -1;
	}
	/* the first string after every string that starts with the prefix */
	while (n && (unsigned char)hi[n - 1] == 0xff)
		n--;
	if (!n) {
		free(hi);
		return -1;
	}
	hi[n - 1] = (char)((unsigned char)hi[n - 1] + 1);
	sqlite3_bind_text(range, 1, prefix, -1, SQLITE_STATIC);
	sqlite3_bind_text(range, 2, hi, (int)n, SQLITE_STATIC);
	if (sqlite3_step(range) == SQLITE_ROW && sqlite3_column_type(range, 0) != SQLITE_NULL)
		df = sqlite3_column_double(range, 0);
	sqlite3_reset(range);
	free(hi);
	return df;
}

/*
 * A prefix covering more than this many postings (term_df's counts) is
 * spelled out as its most frequent words, at most PREFIX_WORDS: FTS5
 * merges every posting list of a prefix into one before it can return a
 * row, whatever the LIMIT ("zens*", which the stemmer makes zen*, covers
 * over a thousand words and most articles). Words spelled out are read
 * lazily, newest first; each costs a seek in every index segment and a
 * look at every row read, so fewer words cost less (the 32 most frequent
 * of zen* hold half its postings). Smaller prefixes stay FTS5's, exact.
 */
#define PREFIX_POSTINGS 20000
#define PREFIX_WORDS    32
static double prefix_postings = PREFIX_POSTINGS;

void search_tune(size_t scan, size_t postings)
{
	search_scan = scan ? scan : SEARCH_SCAN;
	prefix_postings = postings ? (double)postings : PREFIX_POSTINGS;
}

/* "zen" *: ("zenba" OR "zenfc" OR ...), the most frequent words with the prefix */
static int prefix_words(struct fts_tokenizer *tz, sqlite3_stmt *words, const char *prefix,
			struct buf *out, size_t *n)
{
	size_t len = strlen(prefix);
	char *hi = strdup(prefix);
	int r = 0, rc = SQLITE_DONE;

	*n = 0;
	if (!hi)
		return -ERR_NOMEM;
	while (len && (unsigned char)hi[len - 1] == 0xff)
		len--;
	if (!len) {
		free(hi);
		return 0;
	}
	hi[len - 1] = (char)((unsigned char)hi[len - 1] + 1);
	sqlite3_bind_text(words, 1, prefix, -1, SQLITE_STATIC);
	sqlite3_bind_text(words, 2, hi, (int)len, SQLITE_STATIC);
	sqlite3_bind_int(words, 3, PREFIX_WORDS);
	while (!r && (rc = sqlite3_step(words)) == SQLITE_ROW) {
		const char *w = (const char *)sqlite3_column_text(words, 0);
		struct stems back = { 0 };
		size_t k;
		/* a word is searched as what the stemmer makes of it: keep those it leaves alone */
		if (!w || fts_tokenize(tz, FTS5_TOKENIZE_QUERY, w, strlen(w), &back, stem_cb) !=
				  SQLITE_OK)
			continue;
		if (back.n == 1 && !strcmp(back.tok[0], w)) {
			r |= buf_adds(out, *n ? " OR \"" : "(\"");
			r |= buf_adds(out, w); /* tokenizer output: no quotes inside */
			r |= buf_addch(out, '"');
			(*n)++;
		}
		for (k = 0; k < back.n; k++)
			free(back.tok[k]);
	}
	sqlite3_reset(words);
	free(hi);
	if (!r && rc != SQLITE_DONE)
		return -ERR_DB;
	if (!r && *n)
		r = buf_addch(out, ')');
	return r < 0 ? -ERR_NOMEM : 0;
}

/*
 * The MATCH expression to run and each of its phrases' document count for
 * brief_rank, from term_df: a word's own count; a phrase's, the count of
 * its rarest word (an upper bound: the phrase is in no more articles than
 * any of its words); a prefix's, the sum of the counts of the words it
 * covers (also an upper bound). Counts term_df has not (no refresh yet, or
 * a word new since) are left to brief_rank to count exactly, as bm25()
 * would. Large prefixes are spelled out (PREFIX_POSTINGS).
 */
static MUST_CHECK int match_prepare(struct sq_store *st, const struct search_query *q, char **fts,
				    struct rank_counts *c, struct error *err)
{
	static const char one_sql[] = "SELECT df FROM term_df WHERE term = ?";
	static const char range_sql[] =
		"SELECT sum(df) FROM term_df WHERE term >= ?1 AND term < ?2";
	static const char words_sql[] = "SELECT term FROM term_df WHERE term >= ?1 AND term < ?2 "
					"ORDER BY df DESC LIMIT ?3";
	static const char docs_sql[] = "SELECT docs FROM term_df_meta WHERE id = 1";
	struct fts_tokenizer *tz = NULL;
	sqlite3_stmt *one = NULL, *range = NULL, *words = NULL, *docs = NULL;
	struct buf *spelled = NULL; /* each term's words, when spelled out */
	size_t *nspelled = NULL, i, k, nphr;
	double *tdf = NULL;
	int r = 0;

	memset(c, 0, sizeof(*c));
	*fts = NULL;
	tdf = calloc(q->nterms + 1, sizeof(*tdf));
	spelled = calloc(q->nterms + 1, sizeof(*spelled));
	nspelled = calloc(q->nterms + 1, sizeof(*nspelled));
	if (!tdf || !spelled || !nspelled) {
		r = error_nomem(err);
		goto done;
	}
	for (i = 0; i < q->nterms; i++) {
		tdf[i] = -1;
		buf_init(&spelled[i], 0);
	}
	if (sq_cached(st, docs_sql, &docs, err) < 0) {
		r = -ERR_DB;
		goto done;
	}
	if (sqlite3_step(docs) == SQLITE_ROW)
		c->docs = sqlite3_column_double(docs, 0);
	sq_done(docs);
	/* no counts yet: brief_rank counts each phrase, as bm25(), and FTS5 has the prefixes */
	if (c->docs > 0) {
		if ((r = fts_tokenizer_open(st, &tz, err)) < 0)
			goto done;
		if (sq_cached(st, one_sql, &one, err) < 0 ||
		    sq_cached(st, range_sql, &range, err) < 0 ||
		    sq_cached(st, words_sql, &words, err) < 0) {
			r = -ERR_DB;
			goto done;
		}
	}
	for (i = 0; c->docs > 0 && i < q->nterms && !r; i++) {
		const struct search_term *t = &q->terms[i];
		struct stems sm = { 0 };
		int flags = FTS5_TOKENIZE_QUERY | (t->prefix ? FTS5_TOKENIZE_PREFIX : 0);
		if (fts_tokenize(tz, flags, t->text, strlen(t->text), &sm, stem_cb) != SQLITE_OK ||
		    sm.oom) {
			r = error_set(err, ERR_NOMEM, "tokenizing the query failed");
		} else if (t->negated || !sm.n) {
			tdf[i] = 0; /* in no row that matches, or in none at all */
		} else if (sm.n == 1 && t->prefix) {
			tdf[i] = prefix_df(range, sm.tok[0]);
			/* spelled out: not under title:/text: (FTS5 filters a phrase, not a group) */
			if (tdf[i] > prefix_postings && !t->column &&
			    (r = prefix_words(tz, words, sm.tok[0], &spelled[i], &nspelled[i])) < 0)
				r = r == -ERR_DB ? sq_db_error(st, err, "spelling out a prefix")
						 : error_nomem(err);
		} else {
			/* a word, or a phrase: its rarest word (a prefix last word aside) */
			size_t nw = t->prefix ? sm.n - 1 : sm.n;
			double min = -1;
			for (k = 0; k < nw; k++) {
				double df = stem_df(one, sm.tok[k]);
				if (df < 0) { /* unknown: count it exactly */
					min = -1;
					break;
				}
				if (min < 0 || df < min)
					min = df;
			}
			tdf[i] = min;
		}
		for (k = 0; k < sm.n; k++)
			free(sm.tok[k]);
	}
	if (r)
		goto done;
	/* the phrases FTS5 will see: a spelled-out prefix is one phrase per word */
	for (i = 0, nphr = 0; i < q->nterms; i++)
		nphr += nspelled[i] ? nspelled[i] : 1;
	c->n = nphr;
	c->df = calloc(nphr + 1, sizeof(*c->df));
	c->group = calloc(nphr + 1, sizeof(*c->group));
	if (!c->df || !c->group) {
		r = error_nomem(err);
		goto done;
	}
	for (i = 0, nphr = 0; i < q->nterms; i++) {
		size_t m = nspelled[i] ? nspelled[i] : 1, lead = nphr;
		for (k = 0; k < m; k++, nphr++) {
			c->df[nphr] = tdf[i];
			c->group[nphr] = (int)lead;
		}
	}
	/* the expression, each spelled-out prefix ("zen" *) replaced by its words */
	{
		struct buf e = BUF_INIT;
		const char *p = q->fts;
		size_t term = 0;
		int w = 0;
		while (*p) {
			const char *start = p;
			if (*p != '"') {
				w |= buf_addch(&e, *p++);
				continue;
			}
			for (p++; *p; p++) /* a quoted phrase; "" is a quote inside */
				if (*p == '"' && *++p != '"')
					break;
			if (term < q->nterms && nspelled[term]) {
				while (*p == ' ' || *p == '*') /* its prefix mark */
					p++;
				w |= buf_add(&e, spelled[term].data, spelled[term].len);
				if (*p)
					w |= buf_addch(&e, ' ');
			} else {
				w |= buf_add(&e, start, (size_t)(p - start));
			}
			term++;
		}
		if (w) {
			buf_release(&e);
			r = error_nomem(err);
			goto done;
		}
		*fts = buf_detach(&e, NULL);
		if (!*fts)
			r = error_nomem(err);
	}
done:
	if (one)
		sq_done(one);
	if (range)
		sq_done(range);
	if (words)
		sq_done(words);
	fts_tokenizer_close(tz);
	for (i = 0; spelled && i < q->nterms; i++)
		buf_release(&spelled[i]);
	free(spelled);
	free(nspelled);
	free(tdf);
	if (r) {
		free(c->df);
		free(c->group);
		memset(c, 0, sizeof(*c));
	}
	return r;
}

static void add_filters(struct buf *sql, const struct search_query *q)
{
	if (q->source)
		buf_puts(sql, " AND (s.name = :source COLLATE NOCASE OR "
			      "instr(lower(s.url), lower(:source)) > 0)");
	if (q->lang)
		buf_puts(sql,
			 " AND (lower(a.language) = lower(:lang) OR "
			 "lower(substr(a.language, 1, length(:lang) + 1)) = lower(:lang) || '-')");
	if (q->since)
		buf_puts(sql, " AND coalesce(a.published, a.added) >= :since"
			      " AND a.published IS NOT NULL");
	if (q->until)
		buf_puts(sql, " AND substr(a.published, 1, length(:until)) <= :until");
	if (q->tag)
		buf_puts(sql, " AND EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id "
			      "AND t.tag = :tag COLLATE NOCASE)");
	if (q->actor)
		buf_puts(sql,
			 " AND EXISTS (SELECT 1 FROM article_actors x WHERE x.article_id = a.id "
			 "AND substr(x.actor, 1, length(:actor)) = upper(:actor))");
}

/*
 * The filters an index answers, on the full-text row `id`: the outlet's
 * articles from articles_source, tags and actors by article. No article
 * row is read for them (reading a row first was most of the time of a
 * filtered search that joined every match).
 * The unary + keeps the planner from driving FTS5 by rowid.
 */
static void add_index_filters(struct buf *sql, const struct search_query *q, const char *id)
{
	if (q->source)
		buf_putf(sql,
			 " AND +%s IN (SELECT a2.id FROM articles a2 WHERE a2.source_id IN "
			 "(SELECT s2.id FROM sources s2 WHERE s2.name = :source COLLATE NOCASE OR "
			 "instr(lower(s2.url), lower(:source)) > 0))",
			 id);
	if (q->tag)
		buf_putf(sql,
			 " AND EXISTS (SELECT 1 FROM tags t WHERE t.article_id = %s "
			 "AND t.tag = :tag COLLATE NOCASE)",
			 id);
	if (q->actor)
		buf_putf(sql,
			 " AND EXISTS (SELECT 1 FROM article_actors x WHERE x.article_id = %s "
			 "AND substr(x.actor, 1, length(:actor)) = upper(:actor))",
			 id);
}

static void bind_filters(sqlite3_stmt *s, const struct search_query *q);

/*
 * The filters on the article row itself (language, dates), as a statement
 * that returns a row for an article :id that passes them; NULL without any.
 */
static MUST_CHECK int row_filter(struct sq_store *st, const struct search_query *q,
				 sqlite3_stmt **out, struct error *err)
{
	struct buf sql = BUF_INIT;
	struct search_query rq = { 0 };
	int r = 0;

	*out = NULL;
	if (!q->lang && !q->since && !q->until)
		return 0;
	rq.lang = q->lang;
	rq.since = q->since;
	rq.until = q->until;
	buf_puts(&sql, "SELECT 1 FROM articles a WHERE a.id = :id");
	add_filters(&sql, &rq);
	if ((r = sq_prepare_built(st, &sql, out, err)) == 0)
		bind_filters(*out, q);
	return r;
}

static void bind_named(sqlite3_stmt *s, const char *name, const char *v)
{
	int i = sqlite3_bind_parameter_index(s, name);
	if (i > 0)
		sq_bind_text(s, i, v);
}

static void bind_filters(sqlite3_stmt *s, const struct search_query *q)
{
	bind_named(s, ":source", q->source);
	bind_named(s, ":lang", q->lang);
	bind_named(s, ":since", q->since);
	bind_named(s, ":until", q->until);
	bind_named(s, ":tag", q->tag);
	bind_named(s, ":actor", q->actor);
}

void sq_search_filters(struct buf *sql, const struct search_query *q)
{
	add_filters(sql, q);
}

void sq_bind_search_filters(sqlite3_stmt *s, const struct search_query *q)
{
	bind_filters(s, q);
}

/* The group of article `id` (its own id when alone), or -1 on error. */
static int64_t group_of(sqlite3_stmt *grp, int64_t id)
{
	int64_t g = id;
	int rc;
	sqlite3_bind_int64(grp, 1, id);
	if ((rc = sqlite3_step(grp)) == SQLITE_ROW)
		g = sqlite3_column_int64(grp, 0);
	else if (rc != SQLITE_DONE)
		g = -1;
	sqlite3_reset(grp);
	return g;
}

int sqlite_search(struct store *base, const struct search_query *q, size_t limit, size_t offset,
		  struct search_results *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	struct buf sql = BUF_INIT;
	struct seen_groups seen = { 0 };
	struct rank_counts counts = { 0 };
	char *fts = NULL;
	sqlite3_stmt *s = NULL, *chk = NULL, *grp = NULL;
	size_t alloc = 0, groups = 0, rows = 0, cap, cap_max;
	int rc, r = 0, late = 0, cut = 0;

	int has_filters = q->source || q->lang || q->since || q->until || q->tag || q->actor;

	memset(out, 0, sizeof(*out));
	if (q->fts && ((r = sq_index_wait(st, err)) < 0 || (r = rank_register(st, err)) < 0 ||
		       (r = match_prepare(st, q, &fts, &counts, err)) < 0))
		return r;
	cap = (offset + limit) * 3 + 100;
	if (cap > SEARCH_ROW_CAP)
		cap = SEARCH_ROW_CAP;
	cap_max = q->fts ? search_scan : SEARCH_ROW_MAX;
	if (cap_max < cap)
		cap_max = cap;
	if (q->fts && !has_filters && !q->sort_by_date) {
		/*
		 * Relevance alone: rank inside the index and join only the rows
		 * kept. Joining every match first made common words slow.
		 * The newest SEARCH_SCAN matches are ranked (see there).
		 */
		buf_puts(&sql,
			 "SELECT k.id, coalesce(y.group_id, k.id), k.score FROM "
			 "(SELECT id, score FROM (SELECT rowid AS id, "
			 "brief_rank(articles_fts, :counts, 10.0, 1.0) AS score "
			 "FROM articles_fts WHERE articles_fts MATCH :fts "
			 "ORDER BY rowid DESC LIMIT :scan) ORDER BY score LIMIT :cap) k "
			 "LEFT JOIN syndication y ON y.article_id = k.id ORDER BY k.score, k.id");
	} else if (q->fts && !q->sort_by_date) {
		/*
		 * Relevance with filters: the newest SEARCH_SCAN matches that pass
		 * the filters indexes answer, ranked; then, best first, those that
		 * pass the filters on the article row (checked one by one, until
		 * enough are found), each with its group.
		 */
		late = 1;
		buf_puts(&sql, "SELECT id, score FROM (SELECT rowid AS id, "
			       "brief_rank(articles_fts, :counts, 10.0, 1.0) AS score "
			       "FROM articles_fts WHERE articles_fts MATCH :fts");
		add_index_filters(&sql, q, "articles_fts.rowid");
		buf_puts(&sql, " ORDER BY rowid DESC LIMIT :scan) ORDER BY score, id");
		if ((r = row_filter(st, q, &chk, err)) < 0 ||
		    (r = sq_prepare(st, "SELECT group_id FROM syndication WHERE article_id = ?",
				    &grp, err)) < 0) {
			buf_release(&sql);
			goto finish;
		}
	} else if (q->fts) {
		/*
		 * Newest first (score 0): the newest SEARCH_SCAN matches in storing
		 * order that pass the filters indexes answer, sorted by date, the
		 * row filters checked on those. Joining and sorting every match
		 * read an article row for each: seconds for a common word at a
		 * million articles.
		 */
		struct search_query rq = { 0 };
		rq.lang = q->lang;
		rq.since = q->since;
		rq.until = q->until;
		buf_puts(&sql,
			 "SELECT a.id, coalesce(y.group_id, a.id), 0 AS score FROM "
			 "(SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH :fts");
		add_index_filters(&sql, q, "articles_fts.rowid");
		buf_puts(&sql, " ORDER BY rowid DESC LIMIT :scan) k JOIN articles a ON a.id = k.id "
			       "LEFT JOIN syndication y ON y.article_id = a.id WHERE 1");
		add_filters(&sql, &rq);
		buf_puts(&sql, " ORDER BY " SQ_NEWEST_FIRST " LIMIT :cap");
	} else {
		/* filters only, newest first */
		buf_puts(&sql, "SELECT a.id, coalesce(y.group_id, a.id), 0 AS score "
			       "FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
			       "LEFT JOIN syndication y ON y.article_id = a.id WHERE 1");
		add_filters(&sql, q);
		buf_puts(&sql, " ORDER BY " SQ_NEWEST_FIRST);
		buf_puts(&sql, " LIMIT :cap");
	}
	/* a statement whose build failed is not run: it would answer something else */
	if ((r = sq_prepare_built(st, &sql, &s, err)) < 0)
		goto finish;
	bind_named(s, ":fts", fts);
	sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":scan"), (sqlite3_int64)search_scan);
	rank_bind(s, sqlite3_bind_parameter_index(s, ":counts"), &counts);
	bind_filters(s, q);
again:
	/* only the relevance-alone statement keeps just its best :cap rows */
	counts.keep = q->fts && !has_filters && !q->sort_by_date ? cap : 0;
	sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":cap"), (sqlite3_int64)cap);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0), g;
		double score = sqlite3_column_double(s, late ? 1 : 2);
		int k;
		if (late) {
			/*
			 * enough for this page and a sign of the next: the rest is
			 * not checked (each check reads an article row), and the
			 * total says "at least"
			 */
			if (rows >= cap || (out->n >= limit && groups > offset + limit)) {
				rc = SQLITE_DONE;
				cut = 1;
				break;
			}
			if (chk) {
				sqlite3_bind_int64(chk, sqlite3_bind_parameter_index(chk, ":id"),
						   id);
				k = sqlite3_step(chk);
				sqlite3_reset(chk);
				if (k == SQLITE_DONE)
					continue;
				if (k != SQLITE_ROW) {
					r = sq_db_error(st, err, "search: checking a match");
					break;
				}
			}
			if ((g = group_of(grp, id)) < 0) {
				r = sq_db_error(st, err, "search: a match's group");
				break;
			}
		} else {
			g = sqlite3_column_int64(s, 1);
		}
		k = seen_check(&seen, g);
		rows++;
		if (k < 0) {
			r = error_nomem(err);
			break;
		}
		if (k)
			continue;
		if (groups++ < offset || out->n >= limit)
			continue;
		/*
		 * A story is shown as its original with its copies counted, whatever
		 * the filters; only source: shows the member that passed it
		 * (source:newswire shows Newswire's copy). The snippet comes from
		 * the member that matched.
		 */
		if (hits_push(out, &alloc, q->source ? id : g, id, score) < 0) {
			r = error_nomem(err);
			break;
		}
	}
	if (!r && rc == SQLITE_NOMEM) {
		/* the ranking function's or SQLite's own allocation */
		r = error_nomem(err);
	} else if (!r && rc != SQLITE_DONE) {
		/* FTS5 rejects some expressions (e.g. a lone prefix of one letter) */
		r = error_set(err, rc == SQLITE_ERROR ? ERR_USAGE : ERR_DB, "search: %s",
			      sqlite3_errmsg(st->db));
	}
	if (!r && rows >= cap && groups <= offset + limit && cap < cap_max) {
		/*
		 * The rows ran out before the page and a sign of the next were
		 * found: large groups. Read again, four times as many.
		 */
		cap = cap * 4 < cap_max ? cap * 4 : cap_max;
		sqlite3_reset(s);
		out->n = 0; /* hits hold only ids until hits_load */
		seen.n = 0;
		groups = rows = 0;
		cut = 0;
		goto again;
	}
	sqlite3_finalize(s);
	out->total = groups;
finish:
	sqlite3_finalize(chk);
	sqlite3_finalize(grp);
	free(seen.ids);
	free(counts.df);
	free(counts.group);
	free(fts);
	out->more = rows >= cap || cut; /* the row limit was reached: there may be more */
	if (!r)
		r = hits_load(st, out, err);
	/* snippets: only for the hits shown, from the member that matched */
	if (!r && q->fts && out->n)
		r = hits_snippets(st, q, out, err);
	if (r)
		search_results_release(out);
	return r;
}

int sqlite_latest_groups(struct store *base, size_t limit, size_t offset,
			 struct search_results *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	sqlite3_stmt *s;
	size_t alloc = 0;
	int rc, r = 0;

	memset(out, 0, sizeof(*out));
	/* prepared once a connection: every page's latest-news box runs it */
	if (sq_cached(st,
		      "SELECT a.id FROM articles a LEFT JOIN syndication y ON y.article_id = a.id "
		      "WHERE y.group_id IS NULL OR y.group_id = a.id "
		      "ORDER BY " SQ_NEWEST_FIRST " LIMIT ? OFFSET ?",
		      &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)offset);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0);
		if (hits_push(out, &alloc, id, id, 0) < 0) {
			r = error_nomem(err);
			break;
		}
	}
	if (!r && rc != SQLITE_DONE)
		r = sq_db_error(st, err, "listing latest");
	sq_done(s);
	if (!r)
		r = hits_load(st, out, err);
	if (r)
		search_results_release(out);
	return r;
}

int sqlite_copies(struct store *base, int64_t article_id, struct article_list *out,
		  struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	char sql[768];
	sqlite3_stmt *s;
	int64_t g;
	int r;

	out->items = NULL;
	out->n = 0;
	if ((r = sqlite_group_of(&st->base, article_id, &g, err)) < 0)
		return r;
	if (!g)
		return 0;
	snprintf(sql, sizeof(sql),
		 "SELECT " ARTICLE_COLS
		 " FROM syndication y JOIN articles a ON a.id = y.article_id "
		 "LEFT JOIN sources s ON s.id = a.source_id "
		 "LEFT JOIN documents d ON d.id = a.document_id "
		 "WHERE y.group_id = ? AND a.id != ? "
		 "ORDER BY coalesce(a.published, a.added), a.id",
		 "NULL");
	if (sq_prepare(st, sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, g);
	sqlite3_bind_int64(s, 2, article_id);
	r = sq_collect_articles(st, s, out, err);
	sqlite3_finalize(s);
	return r;
}

/* ---- related news ---- */

int sqlite_term_stats_refresh(struct store *base, int force, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	int64_t docs = sq_lookup_id(st, "SELECT count(*) FROM articles WHERE ? IS NULL", NULL, err);
	int64_t then = sq_lookup_id(st, "SELECT docs FROM term_df_meta WHERE ? IS NULL", NULL, err);
	char sql[128];

	if (docs < 0 || then < 0 || sq_index_wait(st, err) < 0)
		return -ERR_DB;
	/* refresh when the corpus grew by a fifth: frequencies move slowly */
	if (!force && then > 0 && docs < then + then / 5)
		return 0;
	if (sq_exec(st, "SAVEPOINT term_df", err) < 0)
		return -ERR_DB;
	snprintf(sql, sizeof(sql),
		 "INSERT INTO term_df_meta(id, docs) VALUES (1, %lld) "
		 "ON CONFLICT(id) DO UPDATE SET docs = excluded.docs",
		 (long long)docs);
	if (sq_exec(st, "DELETE FROM term_df", err) < 0 ||
	    sq_exec(st,
		    "INSERT INTO term_df(term, df) SELECT term, doc FROM articles_vocab "
		    "WHERE doc >= 2",
		    err) < 0 ||
	    sq_exec(st, sql, err) < 0) {
		sq_abandon(st, "ROLLBACK TO term_df");
		sq_abandon(st, "RELEASE term_df");
		return -ERR_DB;
	}
	return sq_exec(st, "RELEASE term_df", err);
}

#define RELATED_MAX_DISTINCT 4096 /* distinct terms an article's count keeps */

struct term_table {
	struct store_term *items;
	size_t n, alloc;
	double boost; /* weight of the text being tokenized (title counts more) */
	int oom;
};

static int tokenize_cb(void *ctx, int flags, const char *tok, int ntok, int start, int end)
{
	struct term_table *t = ctx;
	size_t i;
	(void)start;
	(void)end;
	if (flags & FTS5_TOKEN_COLOCATED || ntok < 3 || ntok > 40)
		return SQLITE_OK;
	for (i = 0; i < t->n; i++)
		if ((int)strlen(t->items[i].term) == ntok &&
		    !memcmp(t->items[i].term, tok, (size_t)ntok)) {
			t->items[i].tf += t->boost;
			return SQLITE_OK;
		}
	if (t->n >= RELATED_MAX_DISTINCT)
		return SQLITE_OK;
	if (ARRAY_GROW(t->items, t->n, t->alloc) < 0) {
		t->oom = 1;
		return SQLITE_NOMEM;
	}
	t->items[t->n].term = strndup(tok, (size_t)ntok);
	if (!t->items[t->n].term) {
		t->oom = 1;
		return SQLITE_NOMEM;
	}
	t->items[t->n].tf = t->boost;
	t->items[t->n].df = 0;
	t->items[t->n].weight = 0;
	t->n++;
	return SQLITE_OK;
}

/*
 * Count the terms of `text` as the full-text index sees them (porter
 * stems over unicode61), so that their document frequencies can be read
 * from the index's vocabulary.
 */
static MUST_CHECK int count_terms(struct sq_store *st, const char *text, double boost,
				  struct term_table *t, struct error *err)
{
	fts5_api *api = sq_fts5_api(st);
	fts5_tokenizer tk;
	Fts5Tokenizer *tok = NULL;
	void *ud = NULL;
	const char *args[] = { "unicode61", "remove_diacritics", "2" };
	int rc;

	if (!api || api->xFindTokenizer(api, "porter", &ud, &tk) != SQLITE_OK)
		return error_set(err, ERR_DB, "full-text tokenizer unavailable");
	if (tk.xCreate(ud, args, 3, &tok) != SQLITE_OK)
		return error_set(err, ERR_DB, "cannot create the full-text tokenizer");
	t->boost = boost;
	rc = tk.xTokenize(tok, t, FTS5_TOKENIZE_DOCUMENT, text, (int)strlen(text), tokenize_cb);
	tk.xDelete(tok);
	if (t->oom)
		return error_nomem(err);
	return rc == SQLITE_OK ? 0 : error_set(err, ERR_DB, "tokenizing failed");
}

/*
 * The terms of an article weighted by tf * idf (title terms count three
 * times), heaviest first; terms in this article alone weigh 0, and with
 * `common_cut` so do terms in more than a quarter of all articles (related
 * news, whose query must stay cheap). Only the `lookups` most frequent terms are
 * looked up (related news: STORE_RELATED_LOOKUPS, since each lookup costs about
 * as much as its final query).
 */
static MUST_CHECK int weigh_terms(struct sq_store *st, const struct article *a, size_t lookups,
				  int common_cut, struct term_table *tt, struct error *err)
{
	sqlite3_stmt *s;
	int64_t ndocs =
		sq_lookup_id(st, "SELECT max(id) FROM articles WHERE ? IS NULL", NULL, NULL);
	size_t i;
	int r;

	if ((r = count_terms(st, a->title ? a->title : "", 3.0, tt, err)) < 0 ||
	    (r = count_terms(st, a->text ? a->text : "", 1.0, tt, err)) < 0)
		return r;
	for (i = 0; i < tt->n; i++)
		tt->items[i].weight = tt->items[i].tf;
	store_terms_sort(tt->items, tt->n);
	for (i = lookups; i < tt->n; i++)
		tt->items[i].weight = 0;
	if (sq_cached(st, "SELECT df FROM term_df WHERE term = ?", &s, err) < 0)
		return -ERR_DB;
	for (i = 0; i < tt->n && i < lookups; i++) {
		struct store_term *c = &tt->items[i];
		sq_bind_text(s, 1, c->term);
		/* a term new since the last refresh counts as rare */
		c->df = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 2;
		sqlite3_reset(s);
		c->weight = store_term_weight(c->tf, c->df, ndocs, common_cut);
	}
	sq_done(s);
	store_terms_sort(tt->items, tt->n);
	return 0;
}

static void term_table_release(struct term_table *tt)
{
	store_terms_free(tt->items, tt->n);
	memset(tt, 0, sizeof(*tt));
}

int sqlite_key_terms(struct store *base, int64_t article_id, size_t max, size_t lookups,
		     struct key_terms *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	struct article a;
	struct term_table tt = { 0 };
	int r;

	memset(out, 0, sizeof(*out));
	if ((r = sqlite_article_get(&st->base, article_id, &a, err)) < 0)
		return r;
	if ((r = weigh_terms(st, &a, lookups, 0, &tt, err)) == 0)
		r = store_key_terms_make(out, tt.items, tt.n, max, &a, err);
	term_table_release(&tt);
	article_release(&a);
	return r;
}

int sqlite_originals_between(struct store *base, const char *since, const char *until, size_t limit,
			     int64_t **ids, size_t *n, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char sql[] =
		"SELECT a.id FROM articles a LEFT JOIN syndication y ON y.article_id = a.id "
		"WHERE (y.group_id IS NULL OR y.group_id = a.id) "
		"AND (?1 IS NULL OR (coalesce(a.published, a.added) >= ?1 "
		"AND a.published IS NOT NULL)) "
		"AND (?2 IS NULL OR substr(a.published, 1, length(?2)) <= ?2) "
		"ORDER BY " SQ_NEWEST_FIRST " LIMIT ?3";
	/*
	 * With an end, the same rows, bounded on articles_newest as well: a
	 * date whose first length(?2) characters are at most ?2 sorts before
	 * ?2 || '~' (dates hold digits, '-', ':', 'T', 'Z', '+', '.'). Without
	 * the bound the scan ran from the newest article down to the period,
	 * so a period long ago read most of the table (a story page).
	 */
	static const char bounded_sql[] =
		"SELECT a.id FROM articles a LEFT JOIN syndication y ON y.article_id = a.id "
		"WHERE (y.group_id IS NULL OR y.group_id = a.id) "
		"AND (?1 IS NULL OR (coalesce(a.published, a.added) >= ?1 "
		"AND a.published IS NOT NULL)) "
		"AND substr(a.published, 1, length(?2)) <= ?2 "
		"AND (a.published IS NULL) = 0 AND coalesce(a.published, a.added) < ?2 || '~' "
		"ORDER BY " SQ_NEWEST_FIRST " LIMIT ?3";
	/*
	 * With a start, the rows from it on, bounded on articles_newest from
	 * below too: "?1 IS NULL OR" keeps the planner from taking ?1 as a
	 * bound, so a period long ago read every older article, and one near
	 * the end every newer one (the story page and the front page's top
	 * stories grew with the database).
	 */
	static const char since_sql[] =
		"SELECT a.id FROM articles a LEFT JOIN syndication y ON y.article_id = a.id "
		"WHERE (y.group_id IS NULL OR y.group_id = a.id) "
		"AND (a.published IS NULL) = 0 AND coalesce(a.published, a.added) >= ?1 "
		"AND (?2 IS NULL OR substr(a.published, 1, length(?2)) <= ?2) "
		"ORDER BY " SQ_NEWEST_FIRST " LIMIT ?3";
	static const char period_sql[] =
		"SELECT a.id FROM articles a LEFT JOIN syndication y ON y.article_id = a.id "
		"WHERE (y.group_id IS NULL OR y.group_id = a.id) "
		"AND (a.published IS NULL) = 0 AND coalesce(a.published, a.added) >= ?1 "
		"AND substr(a.published, 1, length(?2)) <= ?2 "
		"AND coalesce(a.published, a.added) < ?2 || '~' "
		"ORDER BY " SQ_NEWEST_FIRST " LIMIT ?3";
	sqlite3_stmt *s;

	*ids = NULL;
	*n = 0;
	if (sq_cached(st,
		      since && until ? period_sql
		      : since        ? since_sql
		      : until        ? bounded_sql
				     : sql,
		      &s, err) < 0)
		return -ERR_DB;
	sq_bind_text(s, 1, since);
	sq_bind_text(s, 2, until);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)limit);
	return sq_collect_ids(st, s, ids, n, "listing originals", err);
}

int sqlite_original_first_since(struct store *base, const char *since, int64_t *id,
				struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	/* articles_newest read upwards from `since` */
	static const char sql[] =
		"SELECT a.id FROM articles a LEFT JOIN syndication y ON y.article_id = a.id "
		"WHERE (y.group_id IS NULL OR y.group_id = a.id) "
		"AND (a.published IS NULL) = 0 AND coalesce(a.published, a.added) >= ?1 "
		"ORDER BY a.published IS NULL, coalesce(a.published, a.added), a.id LIMIT 1";
	sqlite3_stmt *s;
	int64_t *ids = NULL;
	size_t n = 0;
	int r;

	*id = 0;
	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	sq_bind_text(s, 1, since);
	if ((r = sq_collect_ids(st, s, &ids, &n, "finding the next dated original", err)) < 0)
		return r;
	if (n)
		*id = ids[0];
	free(ids);
	return 0;
}

int sqlite_hits_load(struct store *base, struct search_results *r, struct error *err)
{
	return hits_load(sq_store_of(base), r, err);
}

int sqlite_related_candidates(struct store *base, int64_t article_id, size_t max,
			      struct related_candidates *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	struct article self;
	struct term_table tt = { 0 };
	struct buf match = BUF_INIT;
	struct rank_counts counts = { 0 };
	double dfs[STORE_RELATED_TERMS];
	sqlite3_stmt *s = NULL;
	int64_t budget = STORE_RELATED_DF_BUDGET;
	size_t i, chosen = 0, alloc = 0;
	int r, rc;

	memset(out, 0, sizeof(*out));
	if ((r = sq_index_wait(st, err)) < 0 ||
	    (r = sqlite_article_get(&st->base, article_id, &self, err)) < 0)
		return r;
	if ((r = store_related_head(base, article_id, &self, out, err)) < 0)
		goto done;
	if ((r = weigh_terms(st, &self, STORE_RELATED_LOOKUPS, 1, &tt, err)) < 0)
		goto done;
	store_terms_sort(tt.items, tt.n);
	for (i = 0; i < tt.n && chosen < STORE_RELATED_TERMS; i++) {
		struct store_term *c = &tt.items[i];
		if (c->weight <= 0)
			break;
		if (c->df > budget)
			continue;
		budget -= c->df;
		dfs[chosen] = (double)c->df;
		if (chosen++)
			buf_puts(&match, " OR ");
		buf_putc(&match, '"');
		buf_puts(&match, c->term); /* tokenizer output: no quotes inside */
		buf_putc(&match, '"');
	}
	if (!chosen || !max)
		goto done;
	if (buf_error(&match) < 0) {
		r = error_nomem(err);
		goto done;
	}
	/* brief_rank with the counts just read: bm25() would count each term again */
	counts.n = chosen;
	counts.df = dfs;
	counts.keep = max; /* the statement keeps the best `max` */
	if ((r = rank_register(st, err)) < 0)
		goto done;

	if ((r = sq_prepare(
		     st,
		     /*
		      * rank inside the index, then join and count shared actors
		      * for those kept only, not for every match first
		      */
		     "SELECT k.id, coalesce(y.group_id, k.id), k.score, "
		     "coalesce(a.published, a.added), "
		     "(SELECT count(*) FROM article_actors x JOIN article_actors z "
		     "  ON z.actor = x.actor AND z.article_id = ?2 WHERE x.article_id = k.id) "
		     "FROM (SELECT rowid AS id, brief_rank(articles_fts, ?3, 3.0, 1.0) AS score "
		     "  FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY score LIMIT ?4) k "
		     "JOIN articles a ON a.id = k.id "
		     "LEFT JOIN syndication y ON y.article_id = k.id ORDER BY k.score",
		     &s, err)) < 0)
		goto done;
	sq_bind_text(s, 1, match.data);
	sqlite3_bind_int64(s, 2, article_id);
	rank_bind(s, 3, &counts);
	sqlite3_bind_int64(s, 4, (sqlite3_int64)counts.keep);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct related_candidate *c;
		const char *when = (const char *)sqlite3_column_text(s, 3);
		int64_t id = sqlite3_column_int64(s, 0);
		if (id == article_id) {
			/* the article against its own terms (the score is -relevance) */
			out->self_relevance = -sqlite3_column_double(s, 2);
			continue;
		}
		if (ARRAY_GROW(out->items, out->n, alloc) < 0) {
			r = error_nomem(err);
			break;
		}
		c = &out->items[out->n];
		memset(c, 0, sizeof(*c));
		c->id = id;
		c->group_id = sqlite3_column_int64(s, 1);
		c->relevance = -sqlite3_column_double(s, 2);
		c->shared_actors = sqlite3_column_int64(s, 4);
		out->n++;
		if (when && !(c->when = strdup(when))) {
			r = error_nomem(err);
			break;
		}
	}
	if (!r && rc != SQLITE_DONE)
		r = sq_db_error(st, err, "related articles");
done:
	sqlite3_finalize(s);
	term_table_release(&tt);
	buf_release(&match);
	article_release(&self);
	if (r)
		related_candidates_release(out);
	return r;
}
