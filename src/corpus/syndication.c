#include "corpus/syndication.h"

#include <stdlib.h>
#include <string.h>

#include "analyse/fingerprint.h"
#include "store/store.h"

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
	if (ms->n == ms->alloc) {
		size_t na = ms->alloc ? ms->alloc * 2 : 8;
		struct group_member *p = realloc(ms->items, na * sizeof(*p));
		if (!p)
			return -1;
		ms->items = p;
		ms->alloc = na;
	}
	ms->items[ms->n].article_id = m->article_id;
	ms->items[ms->n].url = m->url ? strdup(m->url) : NULL;
	ms->items[ms->n].original_url = m->original_url ? strdup(m->original_url) : NULL;
	ms->items[ms->n].published = m->published ? strdup(m->published) : NULL;
	ms->items[ms->n].word_count = m->word_count;
	ms->items[ms->n].group_id = m->group_id;
	ms->n++;
	return 0;
}

/* Add every member of group `g` (and, when it has none, the article g). */
static int collect_group(struct store *st, int64_t g, struct member_set *ms, struct error *err)
{
	struct group_members gm;
	size_t i;
	int r = store_group_members(st, g, 0, &gm, err);
	if (r < 0)
		return r;
	for (i = 0; i < gm.n && r == 0; i++)
		if (member_add(ms, &gm.items[i]) < 0)
			r = error_set(err, ERR_NOMEM, "out of memory");
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
		if (c < 0 || (c == 0 && (a->word_count > b->word_count ||
					 (a->word_count == b->word_count &&
					  a->article_id < b->article_id))))
			best = i;
	}
	return ms->items[best].article_id;
}

int syndication_update(struct store *st, int64_t article_id, const char *text, struct error *err)
{
	struct fingerprint *fp;
	struct fp_candidates cands = { 0 };
	struct member_set ms = { 0 };
	struct group_member me;
	double best_sim = -1.0;
	int64_t original, own_group;
	size_t i;
	int r;

	fp = malloc(sizeof(*fp));
	if (!fp)
		return error_set(err, ERR_NOMEM, "out of memory");
	fingerprint_text(text ? text : "", text ? strlen(text) : 0, fp);
	if ((r = store_fingerprint_put(st, article_id, fp, err)) < 0 ||
	    (r = store_fingerprint_candidates(st, article_id, fp, 2, 200, &cands, err)) < 0) {
		free(fp);
		return r;
	}
	if ((r = store_group_member_get(st, article_id, &me, err)) < 0)
		goto done;
	own_group = me.group_id;
	me.group_id = article_id;
	r = member_add(&ms, &me) < 0 ? error_set(err, ERR_NOMEM, "out of memory") : 0;
	group_member_release(&me);
	if (r)
		goto done;
	if (own_group && own_group != article_id && (r = collect_group(st, own_group, &ms, err)) < 0)
		goto done;

	for (i = 0; i < cands.n; i++) {
		const struct fp_candidate *c = &cands.items[i];
		double sim = c->same_exact ? 1.0
					   : fingerprint_containment(fp->sample, fp->nsample,
								     c->sample, c->nsample);
		size_t words = fp->words < c->words ? fp->words : c->words;
		int copy = c->same_exact ||
			   (words >= SYNDICATION_MIN_WORDS &&
			    (sim >= SYNDICATION_CONTAINMENT ||
			     (c->attributed && sim >= SYNDICATION_ATTRIBUTED)));
		int64_t g;
		if (!copy)
			continue;
		if (sim > best_sim)
			best_sim = sim;
		if ((r = store_group_of(st, c->article_id, &g, err)) < 0)
			goto done;
		if ((r = collect_group(st, g ? g : c->article_id, &ms, err)) < 0)
			goto done;
		if (!g) {
			/* a candidate not grouped yet: add it alone */
			struct group_member m;
			if ((r = store_group_member_get(st, c->article_id, &m, err)) < 0)
				goto done;
			m.group_id = m.article_id;
			r = member_add(&ms, &m) < 0 ? error_set(err, ERR_NOMEM, "out of memory") : 0;
			group_member_release(&m);
			if (r)
				goto done;
		}
	}

	original = choose_original(&ms);
	for (i = 0; i < ms.n && !r; i++) {
		int64_t id = ms.items[i].article_id;
		double sim = id == article_id ? (best_sim >= 0 ? best_sim : 1.0) : -1.0;
		if (ms.items[i].group_id == original && id != article_id)
			continue; /* already there */
		r = store_group_set(st, id, original, sim, err);
	}
done:
	for (i = 0; i < ms.n; i++) {
		free(ms.items[i].url);
		free(ms.items[i].original_url);
		free(ms.items[i].published);
	}
	free(ms.items);
	fp_candidates_release(&cands);
	free(fp);
	return r;
}
