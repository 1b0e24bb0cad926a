/*
 * stories.h: one event, many outlets.
 *
 * A story is a set of articles about the same event: originals (copies are
 * already folded into them by syndication) published within `window` days
 * of one another whose distinctive terms (tf-idf over the index) have a
 * cosine similarity of at least STORY_SIMILARITY, linked transitively.
 * Stories are ranked by independent sources: distinct outlets that
 * published their own article, not a copy of another's.
 */
#ifndef BRIEF_STORIES_H
#define BRIEF_STORIES_H

#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

struct store;

#define STORY_SIMILARITY   0.3
#define STORY_TERMS        30  /* distinctive terms compared per article */
#define STORY_LOOKUPS      300 /* most frequent terms weighed to find them */
#define STORY_MAX_ARTICLES 5000

struct story {
	int64_t *ids; /* the stories' originals, oldest first */
	size_t n;
	size_t sources;     /* independent sources */
	char *first, *last; /* dates of the oldest and newest article */
};

struct story_list {
	struct story *items;
	size_t n;
};

struct story_options {
	const char *since, *until; /* YYYY[-MM[-DD]] or NULL */
	double window_days;        /* 0 = 3 */
	size_t min_articles;       /* 0 = 2 */
};

/* Find the stories among the originals published in the period. */
int stories_find(struct store *st, const struct story_options *opt, struct story_list *out,
		 struct error *err) MUST_CHECK;
void story_list_release(struct story_list *l);

/* The articles still to do, at most `limit`, as store_related_pending gives them. */
typedef int (*corpus_pending_fn)(struct store *st, size_t limit, int64_t **ids, size_t *n,
				 struct error *err);
/* Do one article. */
typedef int (*corpus_update_fn)(struct store *st, int64_t id, struct error *err);

/*
 * Call `update` on each article `pending` lists until it lists none or
 * `max` (0: no bound) are done, `batch` articles per transaction; *done
 * says how many. The first error rolls its batch back and is returned.
 * Call it outside any transaction.
 */
int corpus_pending_update(struct store *st, size_t batch, size_t max, corpus_pending_fn pending,
			  corpus_update_fn update, size_t *done, struct error *err) MUST_CHECK;

#define STORY_TERMS_BATCH 256 /* articles whose terms are stored per transaction */

/*
 * Store the key terms (STORY_TERMS of STORY_LOOKUPS) of the articles that
 * have none (new, or updated since), oldest first, at most `max` (0: all),
 * for stories_find to read instead of weighing each article's text; *done
 * says how many. The weights are those of the corpus when they are stored.
 * Call it outside any transaction.
 */
int stories_terms_update(struct store *st, size_t max, size_t *done, struct error *err) MUST_CHECK;

/*
 * Store the key terms of article `id` (in the caller's batch, if any), in
 * place of those stored: what stories_terms_update does for each article,
 * and part of a worker's "related" job.
 */
int stories_terms_refresh(struct store *st, int64_t id, struct error *err) MUST_CHECK;

#endif
