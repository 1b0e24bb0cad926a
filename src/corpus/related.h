/*
 * related.h: related news, the articles worth reading after one.
 *
 * The store finds the articles that best match an article's key terms
 * (store_related_candidates); related_find chooses among them. Each
 * candidate's match is weighted down by distance in time (half at one year
 * apart) and up by the actors the two articles share (a quarter each, four
 * at most); copies of the article and further members of a group already
 * listed are left out. Only relevant items are kept, so a list may be short
 * or empty: an item must score at least RELATED_FLOOR_SELF of what the
 * article scores against its own terms, and RELATED_FLOOR_BEST of the best
 * item. Scores are relative to the article's own, so lists compare.
 *
 * Lists are computed as articles arrive (related_update) and kept in the
 * store, which the article page reads as they are: each article keeps at
 * most RELATED_KEEP other stories (group originals), best first. A new or
 * updated article gets its list from related_find, and is offered to the
 * list of each article it found: it enters one that is not full, or
 * replaces that list's weakest item when it scores higher. Lists are not
 * otherwise recomputed as the corpus grows: an old article's list changes
 * only by these offers.
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

#define RELATED_KEEP  5   /* items a stored list keeps */
#define RELATED_BATCH 256 /* lists computed per transaction */

/*
 * The articles related to `article_id`, computed now, best first, at most
 * `limit`: each item is a group's original (search.h's struct search_hit,
 * `score` minus the relevance relative to the article's own), never one of
 * the article's own copies. Release `out` with search_results_release.
 */
int related_find(struct store *st, int64_t article_id, size_t limit, struct search_results *out,
		 struct error *err) MUST_CHECK;

/*
 * Compute the lists of the articles that have none (new or updated since),
 * oldest first, at most `max` (0: all of them), RELATED_BATCH per
 * transaction; *done says how many. Each costs a full-text query (a few
 * milliseconds at 100,000 articles). Then store the key terms stories
 * cluster by of the articles that have none (stories_terms_update, at
 * most `max` too). Call it outside any transaction.
 */
int related_update(struct store *st, size_t max, size_t *done, struct error *err) MUST_CHECK;

/*
 * Compute and store the list of `id`, and offer its story to the lists it
 * names (in the caller's batch, if any): what related_update does for each
 * pending article, and a worker's "related" job. Doing it twice leaves
 * what doing it once left.
 */
int related_refresh(struct store *st, int64_t id, struct error *err) MUST_CHECK;

#endif
