/*
 * rank.h: brief_rank, the search's own FTS5 ranking function: BM25 as
 * FTS5's bm25() computes it (k1 = 1.2, b = 0.75, a weight per column, the
 * same idf), except where each phrase's document count comes from.
 *
 * bm25() counts each phrase's documents by running the phrase as a query
 * of its own (xQueryPhrase) on every search: a million postings read for
 * a common word at a million articles, and for a prefix a second full
 * expansion of it. brief_rank takes the counts the caller passes, which
 * search.c estimates from the term_df table (store_term_stats_refresh),
 * and counts through the index only the phrases it is given no count for.
 *
 *   brief_rank(articles_fts, :counts, 10.0, 1.0)
 *
 * :counts is bound with rank_bind (a pointer value, or NULL for none).
 */
#ifndef BRIEF_RANK_H
#define BRIEF_RANK_H

#include <stddef.h>

#include "util/error.h"

struct sq_store;

struct rank_counts {
	double docs; /* articles when the counts were taken; 0: use them as they are */
	size_t n;    /* phrases, in FTS5's phrase order */
	double *df;  /* documents with each phrase; < 0: count it in the index */
	/*
	 * NULL, or the group of each phrase (0 .. n - 1): the phrases of one
	 * group count as one phrase, their matches summed, with the df of the
	 * group's first phrase. A prefix that search.c spells out as its words
	 * ("zen" * as ("zenba" OR "zenfc" OR ...)) ranks as the prefix did.
	 */
	int *group;
	/*
	 * 0, or the number of best rows the statement keeps (ORDER BY score
	 * LIMIT keep, nothing else dropping rows): a row that cannot be among
	 * them is then scored by a bound, without reading its length.
	 */
	size_t keep;
};

/* Register brief_rank on this connection, once. */
int rank_register(struct sq_store *st, struct error *err) MUST_CHECK;

/* Bind `c` (which must outlive the statement's steps) to parameter `i`. */
struct sqlite3_stmt;
void rank_bind(struct sqlite3_stmt *s, int i, struct rank_counts *c);

/* The score of one row from its weighted frequencies, as bm25() has it
 * (lower is better): exposed for the unit tests. */
double rank_bm25(size_t nphrase, const double *idf, const double *freq, double doclen,
		 double avgdl);
/* The best rank_bm25 can be for these frequencies in a row of at least
 * `minlen` tokens (as a score: never above rank_bm25's). */
double rank_bound(size_t nphrase, const double *idf, const double *freq, double minlen,
		  double avgdl);
/* FTS5's idf of a phrase found in `df` of `rows` rows. */
double rank_idf(double rows, double df);

/*
 * For the unit tests (search.c): rank the newest `scan` matches, spell out
 * prefixes covering more than `postings` postings; 0 restores each default.
 */
void search_tune(size_t scan, size_t postings);

#endif
