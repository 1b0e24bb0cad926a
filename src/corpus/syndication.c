#include "corpus/syndication.h"

#include <stdlib.h>
#include <string.h>

#include "analyse/fingerprint.h"
#include "store/store.h"

#include "util/array.h"

#include "util/banned.h"

struct member_set {
	struct group_member *items;
	size_t n, alloc;
};

static int member_add(struct member_set *ms, const struct group_member *m)
{
	size_t i;
	for (i = 0; i < ms->n; i++)
		if (ms->items[i].article_id == m->article_id)
			return 0;
	if (ARRAY_GROW(ms->items, ms->n, ms->alloc) < 0)
		return -1;
	ms->items[ms->n].article_id = m->article_id;
	ms->items[ms->n].url = m->url ? strdup(m->url) : NULL;
	ms->items[ms->n].original_url = m->original_url ? strdup(m->original_url) : NULL;
	ms->items[ms->n].published = m->published ? strdup(m->published) : NULL;
	ms->items[ms->n].word_count = m->word_count;
	ms->items[ms->n].group_id = m->group_id;
	ms->n++; /* counted either way, so the set's release frees what was copied */
	if ((m->url && !ms->items[ms->n - 1].url) ||
	    (m->original_url && !ms->items[ms->n - 1].original_url) ||
	    (m->published && !ms->items[ms->n - 1].published))
		return -1;
	return 0;
}

/* Add every member of group `g` (and, when it has none, the article g). */
static MUST_CHECK int collect_group(struct store *st, int64_t g, struct member_set *ms,
				    struct error *err)
{
	struct group_members gm;
	size_t i;
	int r = store_group_members(st, g, 0, &gm, err);
	if (r < 0)
		return r;
	for (i = 0; i < gm.n && r == 0; i++)
		if (member_add(ms, &gm.items[i]) < 0)
			r = error_nomem(err);
	group_members_release(&gm);
	return r;
}

/* Which member is the original: see syndication.h. */
static int64_t choose_original(const struct member_set *ms)
{
	size_t i, j, best = 0;
	size_t best_credits = 0;

	for (i = 0; i < ms->n; i++) {
		size_t credits = 0;
		if (!ms->items[i].url)
			continue;
		for (j = 0; j < ms->n; j++)
			if (j != i && ms->items[j].original_url &&
			    !strcmp(ms->items[j].original_url, ms->items[i].url))
				credits++;
		if (credits > best_credits) {
			best_credits = credits;
			best = i;
		}
	}
	if (best_credits)
		return ms->items[best].article_id;
	best = 0;
	for (i = 1; i < ms->n; i++) {
		const struct group_member *a = &ms->items[i], *b = &ms->items[best];
		int c;
		if (a->published && !b->published) {
			best = i;
			continue;
		}
		if (!a->published && b->published)
			continue;
		c = a->published ? strcmp(a->published, b->published) : 0;
		if (c < 0 ||
		    (c == 0 && (a->word_count > b->word_count ||
				(a->word_count == b->word_count && a->article_id < b->article_id))))
			best = i;
	}
	return ms->items[best].article_id;
}

/*
 * Is `a` a better original than `b`? Credited more, else published
 * earlier (undated last), else longer, else stored first.
 */
static int better_original(const struct group_member *a, int64_t a_credits,
			   const struct group_member *b, int64_t b_credits)
{
	int c;
	if (a_credits != b_credits)
		return a_credits > b_credits;
	if (!!a->published != !!b->published)
		return a->published != NULL;
	c = a->published ? strcmp(a->published, b->published) : 0;
	if (c)
		return c < 0;
	if (a->word_count != b->word_count)
		return a->word_count > b->word_count;
	return a->article_id < b->article_id;
}

/*
 * `self` joins the one existing group `g`: compare it with the group's
 * current original only, so that joining costs the same however large the
 * group is (a story copied hundreds of times is common in wire news).
 */
static MUST_CHECK int join_group(struct store *st, const struct group_member *self, int64_t g,
				 double sim, struct error *err)
{
	struct group_member orig;
	int64_t self_credits, orig_credits;
	int r;

	if ((r = store_group_member_get(st, g, &orig, err)) < 0)
		return r;
	if ((r = store_group_credits(st, g, self->url, &self_credits, err)) < 0 ||
	    (r = store_group_credits(st, g, orig.url, &orig_credits, err)) < 0)
		goto done;
	/* self's own credit counts too: it is not a member yet */
	if (self->original_url && orig.url && !strcmp(self->original_url, orig.url))
		orig_credits++;
	if (better_original(self, self_credits, &orig, orig_credits)) {
		if ((r = store_group_move(st, g, self->article_id, err)) == 0)
			r = store_group_set(st, self->article_id, self->article_id, sim, err);
	} else {
		r = store_group_set(st, self->article_id, g, sim, err);
	}
done:
	group_member_release(&orig);
	return r;
}

/* Several groups turn out to be one story: merge them and re-choose. */
static MUST_CHECK int merge_groups(struct store *st, const struct group_member *self,
				   const int64_t *groups, size_t ng, double sim, struct error *err)
{
	struct member_set ms = { 0 };
	int64_t original;
	size_t i;
	int r = 0;

	if (member_add(&ms, self) < 0)
		return error_nomem(err);
	for (i = 0; i < ng && !r; i++)
		r = collect_group(st, groups[i], &ms, err);
	if (r)
		goto done;
	original = choose_original(&ms);
	for (i = 0; i < ng && !r; i++)
		if (groups[i] != original)
			r = store_group_move(st, groups[i], original, err);
	if (!r)
		r = store_group_set(st, self->article_id, original, sim, err);
done:
	for (i = 0; i < ms.n; i++) {
		free(ms.items[i].url);
		free(ms.items[i].original_url);
		free(ms.items[i].published);
	}
	free(ms.items);
	return r;
}

#define SYNDICATION_MAX_GROUPS 16

int syndication_update(struct store *st, int64_t article_id, const char *text, struct error *err)
{
	struct fingerprint *fp = malloc(sizeof(*fp));
	int r;
	if (!fp)
		return error_nomem(err);
	fingerprint_text(text ? text : "", text ? strlen(text) : 0, fp);
	r = syndication_update_fp(st, article_id, fp, err);
	free(fp);
	return r;
}

int syndication_update_fp(struct store *st, int64_t article_id, const struct fingerprint *fp,
			  struct error *err)
{
	struct fp_candidates cands = { 0 };
	struct group_member me = { 0 };
	int64_t groups[SYNDICATION_MAX_GROUPS];
	double best_sim = -1.0;
	size_t ng = 0, i, k;
	int r;

	if ((r = store_fingerprint_put(st, article_id, fp, err)) < 0 ||
	    (r = store_fingerprint_candidates(st, article_id, fp, 2, 200, &cands, err)) < 0 ||
	    (r = store_group_member_get(st, article_id, &me, err)) < 0)
		goto done;
	/* an article already in a group with others (its text changed) stays there */
	if (me.group_id && me.group_id != article_id)
		groups[ng++] = me.group_id;

	for (i = 0; i < cands.n; i++) {
		const struct fp_candidate *c = &cands.items[i];
		double sim = c->same_exact ? 1.0
					   : fingerprint_containment(fp->sample, fp->nsample,
								     c->sample, c->nsample);
		size_t words = fp->words < c->words ? fp->words : c->words;
		int copy = c->same_exact || (words >= SYNDICATION_MIN_WORDS &&
					     (sim >= SYNDICATION_CONTAINMENT ||
					      (c->attributed && sim >= SYNDICATION_ATTRIBUTED)));
		int64_t g;
		if (!copy)
			continue;
		if (sim > best_sim)
			best_sim = sim;
		if ((r = store_group_of(st, c->article_id, &g, err)) < 0)
			goto done;
		if (!g) {
			/* stored before it could be grouped: a group of its own first */
			g = c->article_id;
			if ((r = store_group_set(st, g, g, -1.0, err)) < 0)
				goto done;
		}
		if (g == article_id)
			continue;
		for (k = 0; k < ng && groups[k] != g; k++)
			;
		if (k == ng && ng < SYNDICATION_MAX_GROUPS)
			groups[ng++] = g;
	}
	if (best_sim < 0)
		best_sim = 1.0;
	if (ng == 0) {
		if (!me.group_id)
			r = store_group_set(st, article_id, article_id, -1.0, err);
	} else if (ng == 1 &&
		   (!me.group_id || me.group_id == groups[0] || me.group_id == article_id)) {
		if (me.group_id == article_id) {
			/* it was an original alone or of others: merge keeps them */
			int64_t two[2] = { groups[0], article_id };
			r = merge_groups(st, &me, two, 2, best_sim, err);
		} else if (me.group_id == groups[0]) {
			r = 0; /* already there */
		} else {
			r = join_group(st, &me, groups[0], best_sim, err);
		}
	} else {
		r = merge_groups(st, &me, groups, ng, best_sim, err);
	}
done:
	group_member_release(&me);
	fp_candidates_release(&cands);
	return r;
}
