/*
 * related.h: related news, computed as articles arrive.
 *
 * Each article keeps a list of at most RELATED_KEEP other stories (group
 * originals), best first, which its page reads as it is. A new or updated
 * article gets its list from the store's full-text ranking over its
 * distinctive terms (store_related: scores relative to the article's own,
 * so lists compare), and is offered to the list of each article it found:
 * it enters one that is not full, or replaces that list's weakest item
 * when it scores higher. Lists are not otherwise recomputed as the corpus
 * grows: an old article's list changes only by these offers.
 */
#ifndef BRIEF_RELATED_H
#define BRIEF_RELATED_H

#include <stddef.h>

#include "util/error.h"

struct store;

#define RELATED_KEEP  5   /* items a list keeps */
#define RELATED_BATCH 256 /* lists computed per transaction */

/*
 * Compute the lists of the articles that have none (new or updated since),
 * oldest first, at most `max` (0: all of them), RELATED_BATCH per
 * transaction; *done says how many. Each costs a full-text query (a few
 * milliseconds at 100,000 articles). Call it outside any transaction.
 */
int related_update(struct store *st, size_t max, size_t *done, struct error *err) MUST_CHECK;

#endif
