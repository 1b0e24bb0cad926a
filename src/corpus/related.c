/*
 * related.c: which of the store's candidates are related news, and in
 * what order (related.h).
 */
#include "corpus/related.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
