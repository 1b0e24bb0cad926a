/*
 * related.c: related news lists, computed when articles arrive and kept
 * in the store (related.h says what a list holds and when it changes).
 */
#include "corpus/related.h"

#include <stdlib.h>
#include <string.h>

#include "store/store.h"

#include "util/banned.h"

/*
 * Offer the story `id` (scored `score` seen from its own article) to the
 * list of `to`: it enters when the list has room, or in place of the
 * weakest item when it scores higher. A list never computed is left
 * alone: computing it will find `id` itself.
 */
static int offer(struct store *st, int64_t to, int64_t id, double score, struct error *err)
{
	struct search_results cur;
	struct related_item items[RELATED_KEEP + 1];
	struct error nerr = { 0 };
	size_t i, n = 0;
	int r;

	r = store_related_stored(st, to, RELATED_KEEP, &cur, &nerr);
	if (r == -ERR_NOTFOUND)
		return 0;
	if (r < 0) {
		if (err)
			*err = nerr;
		return r;
	}
	for (i = 0; i < cur.n && n < RELATED_KEEP; i++) {
		if (cur.items[i].a.id == id) {
			search_results_release(&cur);
			return 0;
		}
		items[n].id = cur.items[i].a.id;
		items[n].score = -cur.items[i].score;
		n++;
	}
	search_results_release(&cur);
	if (n == RELATED_KEEP) {
		/* best first: the last is the weakest */
		if (items[n - 1].score >= score)
			return 0;
		n--;
	}
	items[n].id = id;
	items[n].score = score;
	n++;
	return store_related_put(st, to, items, n, err);
}

/* Compute and store the list of `id`, and offer its story to the lists it names. */
static int related_one(struct store *st, int64_t id, struct error *err)
{
	struct search_results res;
	struct related_item items[RELATED_KEEP];
	int64_t story;
	size_t i, n = 0;
	int r;

	if ((r = store_related(st, id, RELATED_KEEP, &res, err)) < 0)
		return r;
	for (i = 0; i < res.n && n < RELATED_KEEP; i++) {
		items[n].id = res.items[i].a.id;
		items[n].score = -res.items[i].score;
		n++;
	}
	search_results_release(&res);
	if ((r = store_related_put(st, id, items, n, err)) < 0)
		return r;
	/* others link the story, which a copy is shown as */
	if ((r = store_group_of(st, id, &story, err)) < 0)
		return r;
	if (!story)
		story = id;
	for (i = 0; i < n; i++)
		if ((r = offer(st, items[i].id, story, items[i].score, err)) < 0)
			return r;
	return 0;
}

int related_update(struct store *st, size_t max, size_t *done, struct error *err)
{
	*done = 0;
	for (;;) {
		size_t want = RELATED_BATCH, n, i;
		int64_t *ids;
		int r;

		if (max && max - *done < want)
			want = max - *done;
		if (!want)
			return 0;
		if ((r = store_related_pending(st, want, &ids, &n, err)) < 0)
			return r;
		if (!n) {
			free(ids);
			return 0;
		}
		if ((r = store_begin(st, err)) < 0) {
			free(ids);
			return r;
		}
		for (i = 0; i < n && !r; i++)
			r = related_one(st, ids[i], err);
		if (!r)
			r = store_commit(st, err);
		else
			store_rollback(st);
		free(ids);
		if (r)
			return r;
		*done += n;
		if (n < want)
			return 0;
	}
}
