/*
 * rank.c: brief_rank, BM25 with document counts from the caller (rank.h).
 */
#include "store/sqlite/rank.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "store/sqlite/internal.h"

#include "util/banned.h"

#define RANK_K1       1.2
#define RANK_B        0.75
#define RANK_PTR_TYPE "brief_rank_counts"

double rank_idf(double rows, double df)
{
	double idf = log((rows - df + 0.5) / (df + 0.5));
	return idf <= 0.0 ? 1e-6 : idf; /* as bm25(): a phrase in most rows still counts a little */
}

double rank_bm25(size_t nphrase, const double *idf, const double *freq, double doclen, double avgdl)
{
	double score = 0, norm = RANK_K1 * (1 - RANK_B + RANK_B * doclen / avgdl);
	size_t i;
	for (i = 0; i < nphrase; i++)
		score += idf[i] * (freq[i] * (RANK_K1 + 1.0)) / (freq[i] + norm);
	return -score;
}

double rank_bound(size_t nphrase, const double *idf, const double *freq, double minlen,
		  double avgdl)
{
	/* the length enters only through norm, which grows with it */
	double score = 0, norm = RANK_K1 * (1 - RANK_B + RANK_B * minlen / avgdl);
	size_t i;
	for (i = 0; i < nphrase; i++)
		if (freq[i] > 0)
			score += idf[i] * (freq[i] * (RANK_K1 + 1.0)) / (freq[i] + norm);
	return -score;
}

/* What one query's rows share: made on its first row, kept as FTS5 aux data. */
struct rank_query {
	int nphrase;
	int *group; /* each phrase's group: what brief_rank scores (rank_counts.group) */
	/*
	 * The best `keep` scores so far, a max-heap (heap[0] the worst of
	 * them): reading a row's length from the docsize table was most of a
	 * search's time at a million articles (a page read for nearly every
	 * row ranked), and a row whose bound is worse needs no length.
	 */
	double *heap;
	size_t keep, nheap;
	sqlite3_int64 last; /* the row last offered: one evaluated twice counts once */
	int any;
	double avgdl;
	double *idf;
	double *freq;
};

static void rank_query_free(void *p)
{
	struct rank_query *q = p;
	if (!q)
		return;
	free(q->idf);
	free(q->freq);
	free(q->group);
	free(q->heap);
	free(q);
}

static void heap_offer(struct rank_query *q, double score)
{
	size_t i = 0;
	if (q->nheap < q->keep) {
		i = q->nheap++;
		while (i > 0 && q->heap[(i - 1) / 2] < score) { /* sift up */
			q->heap[i] = q->heap[(i - 1) / 2];
			i = (i - 1) / 2;
		}
		q->heap[i] = score;
		return;
	}
	if (score >= q->heap[0])
		return;
	for (;;) { /* replace the worst, sift down */
		size_t c = 2 * i + 1;
		if (c >= q->nheap)
			break;
		if (c + 1 < q->nheap && q->heap[c + 1] > q->heap[c])
			c++;
		if (q->heap[c] <= score)
			break;
		q->heap[i] = q->heap[c];
		i = c;
	}
	q->heap[i] = score;
}

static int count_cb(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx)
{
	(void)api;
	(void)fts;
	(*(sqlite3_int64 *)ctx)++;
	return SQLITE_OK;
}

static int rank_query_make(const Fts5ExtensionApi *api, Fts5Context *fts,
			   const struct rank_counts *c, struct rank_query **out)
{
	struct rank_query *q;
	sqlite3_int64 rows = 0, tokens = 0;
	int i, rc;

	*out = NULL;
	if ((rc = api->xRowCount(fts, &rows)) != SQLITE_OK ||
	    (rc = api->xColumnTotalSize(fts, -1, &tokens)) != SQLITE_OK)
		return rc;
	q = calloc(1, sizeof(*q));
	if (!q)
		return SQLITE_NOMEM;
	q->nphrase = api->xPhraseCount(fts);
	q->avgdl = rows > 0 && tokens > 0 ? (double)tokens / (double)rows : 1.0;
	q->idf = calloc((size_t)q->nphrase + 1, sizeof(double));
	q->freq = calloc((size_t)q->nphrase + 1, sizeof(double));
	q->group = calloc((size_t)q->nphrase + 1, sizeof(int));
	if (!q->idf || !q->freq || !q->group) {
		rank_query_free(q);
		return SQLITE_NOMEM;
	}
	if (c && c->keep) {
		q->heap = calloc(c->keep, sizeof(double));
		if (!q->heap) {
			rank_query_free(q);
			return SQLITE_NOMEM;
		}
		q->keep = c->keep;
	}
	/* counts given for another expression than FTS5 parsed are not used */
	if (c && c->n != (size_t)q->nphrase)
		c = NULL;
	for (i = 0; i < q->nphrase; i++) {
		int g = c && c->group && c->group[i] >= 0 && c->group[i] < q->nphrase ? c->group[i]
										      : i;
		q->group[i] = g;
	}
	for (i = 0; i < q->nphrase; i++) {
		double df = c ? c->df[i] : -1;
		if (q->group[i] != i) /* counted with its group's first phrase */
			continue;
		if (df >= 0 && c->docs > 0)
			df = df * (double)rows /
			     c->docs; /* counts taken when the corpus was smaller */
		if (df < 0) {
			sqlite3_int64 n = 0;
			if ((rc = api->xQueryPhrase(fts, i, &n, count_cb)) != SQLITE_OK)
				break;
			df = (double)n;
		}
		if (df > (double)rows)
			df = (double)rows;
		q->idf[i] = rank_idf((double)rows, df);
	}
	if (rc != SQLITE_OK) {
		rank_query_free(q);
		return rc;
	}
	*out = q;
	return SQLITE_OK;
}

/* brief_rank(tbl, counts, weight of column 0, weight of column 1, ...) */
static void brief_rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
		       int nval, sqlite3_value **val)
{
	struct rank_query *q = api->xGetAuxdata(fts, 0);
	int ninst = 0, i, rc = SQLITE_OK, doclen = 0, ends[2] = { 0, 0 };
	double score;

	if (!q) {
		const struct rank_counts *c =
			nval > 0 ? sqlite3_value_pointer(val[0], RANK_PTR_TYPE) : NULL;
		if ((rc = rank_query_make(api, fts, c, &q)) == SQLITE_OK &&
		    (rc = api->xSetAuxdata(fts, q, rank_query_free)) != SQLITE_OK)
			q = NULL; /* xSetAuxdata freed it */
		if (rc != SQLITE_OK) {
			sqlite3_result_error_code(ctx, rc);
			return;
		}
	}
	memset(q->freq, 0, (size_t)q->nphrase * sizeof(double));
	rc = api->xInstCount(fts, &ninst);
	for (i = 0; rc == SQLITE_OK && i < ninst; i++) {
		int phrase, col, off;
		if ((rc = api->xInst(fts, i, &phrase, &col, &off)) != SQLITE_OK)
			break;
		/* a match at token `off` of a column: the column has more tokens */
		if (col >= 0 && col < 2 && off + 1 > ends[col])
			ends[col] = off + 1;
		if (phrase >= 0 && phrase < q->nphrase)
			q->freq[q->group[phrase]] +=
				col + 1 < nval ? sqlite3_value_double(val[col + 1]) : 1.0;
	}
	if (rc == SQLITE_OK && q->keep && q->nheap == q->keep) {
		double bound = rank_bound((size_t)q->nphrase, q->idf, q->freq,
					  (double)(ends[0] + ends[1]), q->avgdl);
		if (bound > q->heap[0]) { /* not among the best kept, whatever its length */
			sqlite3_result_double(ctx, bound);
			return;
		}
	}
	if (rc == SQLITE_OK)
		rc = api->xColumnSize(fts, -1, &doclen);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	score = rank_bm25((size_t)q->nphrase, q->idf, q->freq, (double)doclen, q->avgdl);
	if (q->keep) {
		sqlite3_int64 row = api->xRowid(fts);
		if (!q->any || row != q->last)
			heap_offer(q, score);
		q->any = 1;
		q->last = row;
	}
	sqlite3_result_double(ctx, score);
}

int rank_register(struct sq_store *st, struct error *err)
{
	fts5_api *api = NULL;
	sqlite3_stmt *s;

	/* registered: FTS5 declared the SQL function too, so this compiles */
	if (sqlite3_prepare_v2(st->db, "SELECT brief_rank()", -1, &s, NULL) == SQLITE_OK) {
		sqlite3_finalize(s);
		return 0;
	}
	api = sq_fts5_api(st);
	if (!api || api->xCreateFunction(api, "brief_rank", NULL, brief_rank, NULL) != SQLITE_OK)
		return error_set(err, ERR_DB, "cannot register the ranking function");
	return 0;
}

void rank_bind(struct sqlite3_stmt *s, int i, struct rank_counts *c)
{
	if (i <= 0)
		return;
	if (c)
		sqlite3_bind_pointer(s, i, c, RANK_PTR_TYPE, NULL);
	else
		sqlite3_bind_null(s, i);
}
