/*
 * related.c: related news (related.h): which of the store's candidates
 * are related, and the lists computed when articles arrive and kept in
 * the store.
 */
#include "corpus/related.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/stories.h"
#include "store/store.h"

#include "util/banned.h"

/* Days between two dates (YYYY-MM-DD...), roughly; a year when either is unknown. */
static double days_between(const char *a, const char *b)
{
	int y1, m1, d1, y2, m2, d2;
	if (!a || !b || sscanf(a, "%4d-%2d-%2d", &y1, &m1, &d1) != 3 ||
	    sscanf(b, "%4d-%2d-%2d", &y2, &m2, &d2) != 3)
		return 365.0;
	return fabs((y1 - y2) * 365.25 + (m1 - m2) * 30.44 + (d1 - d2));
}

/* Whether group `g` is among the first `n` of `groups`. */
static int listed(const int64_t *groups, size_t n, int64_t g)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (groups[i] == g)
			return 1;
	return 0;
}

int related_find(struct store *st, int64_t article_id, size_t limit, struct search_results *out,
		 struct error *err)
{
	struct related_candidates c;
	int64_t *groups = NULL; /* the groups listed so far, the article's own first */
	size_t i, ng = 0;
	double floor;
	int r;

	memset(out, 0, sizeof(*out));
	if ((r = store_related_candidates(st, article_id, RELATED_CANDIDATES, &c, err)) < 0)
		return r;
	if (c.n && (!(groups = calloc(c.n + 1, sizeof(*groups))) ||
		    !(out->items = calloc(c.n, sizeof(*out->items))))) {
		r = error_nomem(err);
		goto done;
	}
	if (groups)
		groups[ng++] = c.group_id;
	/* the best-matching member of each group stands for it */
	for (i = 0; i < c.n; i++) {
		const struct related_candidate *k = &c.items[i];
		struct search_hit *h;
		double rel = k->relevance;
		if (listed(groups, ng, k->group_id))
			continue;
		groups[ng++] = k->group_id;
		/* nearer in time and sharing actors ranks higher */
		rel *= 1.0 / (1.0 + days_between(c.when, k->when) / 365.0);
		rel *= 1.0 + 0.25 * (double)(k->shared_actors > 4 ? 4 : k->shared_actors);
		h = &out->items[out->n++];
		h->a.id = k->group_id;
		h->matched_id = k->id;
		h->score = -rel;
	}
	/* best first (score is -relevance), in a stable order */
	for (i = 1; i < out->n; i++) {
		struct search_hit h = out->items[i];
		size_t j = i;
		while (j > 0 && out->items[j - 1].score > h.score) {
			out->items[j] = out->items[j - 1];
			j--;
		}
		out->items[j] = h;
	}
	floor = c.self_relevance * RELATED_FLOOR_SELF;
	if (out->n && -out->items[0].score * RELATED_FLOOR_BEST > floor)
		floor = -out->items[0].score * RELATED_FLOOR_BEST;
	for (i = 0; i < out->n && -out->items[i].score >= floor; i++)
		;
	out->n = i;
	/* relative to the article's own (else to the best item), so lists compare */
	{
		double unit = c.self_relevance > 0 ? c.self_relevance
			      : out->n             ? -out->items[0].score
						   : 1;
		for (i = 0; i < out->n; i++)
			out->items[i].score /= unit > 0 ? unit : 1;
	}
	if (out->n > limit)
		out->n = limit;
	out->total = out->n;
	r = store_hits_load(st, out, err);
done:
	free(groups);
	related_candidates_release(&c);
	if (r)
		search_results_release(out);
	return r;
}

/*
 * Offer the story `id` (scored `score` seen from its own article) to the
 * list of `to`: it enters when the list has room, or in place of the
 * weakest item when it scores higher. A list never computed is left
 * alone: computing it will find `id` itself.
 */
static MUST_CHECK int offer(struct store *st, int64_t to, int64_t id, double score,
			    struct error *err)
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

int related_refresh(struct store *st, int64_t id, struct error *err)
{
	struct search_results res;
	struct related_item items[RELATED_KEEP];
	int64_t story;
	size_t i, n = 0;
	int r;

	if ((r = related_find(st, id, RELATED_KEEP, &res, err)) < 0)
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

static MUST_CHECK int related_lists_update(struct store *st, size_t max, size_t *done,
					   struct error *err)
{
	return corpus_pending_update(st, RELATED_BATCH, max, store_related_pending, related_refresh,
				     done, err);
}

int related_update(struct store *st, size_t max, size_t *done, struct error *err)
{
	size_t terms = 0;
	int r = related_lists_update(st, max, done, err);
	/* the key terms stories cluster by, kept in the same pass */
	if (!r)
		r = stories_terms_update(st, max, &terms, err);
	return r;
}
