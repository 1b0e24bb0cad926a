/*
 * related.h: related news, the articles worth reading after one.
 *
 * The store finds the articles that best match an article's key terms
 * (store_related_candidates); this chooses among them. Each candidate's
 * match is weighted down by distance in time (half at one year apart) and
 * up by the actors the two articles share (a quarter each, four at most);
 * copies of the article and further members of a group already listed are
 * left out. Only relevant items are kept, so a list may be short or empty:
 * an item must score at least RELATED_FLOOR_SELF of what the article scores
 * against its own terms, and RELATED_FLOOR_BEST of the best item.
 */
#ifndef BRIEF_RELATED_H
#define BRIEF_RELATED_H

#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

struct store;
struct search_results;

/*
 * Fewer relevant items beat a list padded to its length: these floors drop
 * pieces that share one common term with the article and keep those on its
 * subject.
 */
#define RELATED_FLOOR_SELF 0.17
#define RELATED_FLOOR_BEST 0.5

/* Candidates weighed: the best matches of the article's key terms. */
#define RELATED_CANDIDATES 100

/*
 * The articles related to `article_id`, best first, at most `limit`: each
 * item is a group's original (search.h's struct search_hit, `score` minus
 * the relevance), never one of the article's own copies. Release `out`
 * with search_results_release.
 */
int related_find(struct store *st, int64_t article_id, size_t limit, struct search_results *out,
		 struct error *err) MUST_CHECK;

#endif
