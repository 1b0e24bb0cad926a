/*
 * stories.c: clustering the period's originals into stories.
 *
 * Each original becomes a unit vector of its STORY_TERMS heaviest terms
 * (hashed, sorted). Articles are sorted by date, each compared with those
 * within the window after it (a sliding window, so a day's news costs
 * O(n * per-window) not O(n^2) over the whole period), and pairs above the
 * similarity join one union-find set. An article's terms are read as
 * stored when it arrived (stories_terms_update), so clustering a period
 * costs one indexed read an article; one not yet stored is weighed now.
 */
#include "corpus/stories.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"
#include "util/array.h"
#include "util/date.h"
#include "util/hash.h"

#include "util/banned.h"

struct unit {
	int64_t id;
	double day; /* days since 0000-01-01, roughly: only differences matter */
	char *published;
	char *source;
	size_t n;
	uint64_t *h; /* term hashes, ascending */
	double *w;   /* weights, unit length */
	size_t parent;
};

static uint64_t term_hash(const char *s)
{
	return hash_fnv1a64(s, strlen(s));
}

/*
 * The instant an ISO 8601 date or time stands for, in days since 1970
 * (0 for none): "YYYY[-MM[-DD[THH:MM[:SS][Z|+HH:MM|-HH:MM]]]]". The zone
 * counts, so members sort by when they were published, and a story's first
 * date is never after its last when two share a day.
 */
static double day_number(const char *iso)
{
	int y = 0, mo = 1, d = 1, h = 0, mi = 0, sec = 0, oh = 0, om = 0, n = 0;
	double t;
	const char *z;
	if (!iso || sscanf(iso, "%4d-%2d-%2d", &y, &mo, &d) < 1)
		return 0;
	if (mo < 1 || mo > 12)
		mo = 1;
	if (d < 1 || d > 31)
		d = 1;
	t = (double)date_days_from_civil(y, mo, d);
	if (strlen(iso) > 10 && (iso[10] == 'T' || iso[10] == ' ') &&
	    sscanf(iso + 11, "%2d:%2d%n", &h, &mi, &n) == 2) {
		z = iso + 11 + n;
		if (*z == ':' && sscanf(z + 1, "%2d", &sec) == 1)
			z += 3;
		while (*z == '.' || (*z >= '0' && *z <= '9'))
			z++; /* fractions of a second */
		if ((*z == '+' || *z == '-') && sscanf(z + 1, "%2d:%2d", &oh, &om) >= 1) {
			if (*z == '-') {
				oh = -oh;
				om = -om;
			}
		} else {
			oh = om = 0;
		}
		t += ((h - oh) * 3600.0 + (mi - om) * 60.0 + sec) / 86400.0;
	}
	return t;
}

static size_t find(struct unit *u, size_t i)
{
	while (u[i].parent != i) {
		u[i].parent = u[u[i].parent].parent;
		i = u[i].parent;
	}
	return i;
}

static double cosine(const struct unit *a, const struct unit *b)
{
	size_t i = 0, j = 0;
	double dot = 0;
	while (i < a->n && j < b->n) {
		if (a->h[i] < b->h[j])
			i++;
		else if (a->h[i] > b->h[j])
			j++;
		else
			dot += a->w[i++] * b->w[j++];
	}
	return dot;
}

static int cmp_day(const void *x, const void *y)
{
	double a = ((const struct unit *)x)->day, b = ((const struct unit *)y)->day;
	return a < b ? -1 : a > b;
}

/* Build the unit vector of article `id`. */
static MUST_CHECK int unit_make(struct store *st, int64_t id, struct unit *u, struct error *err)
{
	struct key_terms kt;
	double norm = 0;
	size_t i, j;
	int r;

	memset(u, 0, sizeof(*u));
	u->id = id;
	/* kept when the article arrived (stories_terms_update), else weighed now */
	r = store_story_terms_get(st, id, &kt, err);
	if (r == -ERR_NOTFOUND)
		r = store_key_terms(st, id, STORY_TERMS, STORY_LOOKUPS, &kt, err);
	if (r < 0)
		return r;
	u->h = calloc(kt.n ? kt.n : 1, sizeof(*u->h));
	u->w = calloc(kt.n ? kt.n : 1, sizeof(*u->w));
	if (!u->h || !u->w) {
		key_terms_release(&kt);
		return error_nomem(err);
	}
	for (i = 0; i < kt.n; i++) {
		uint64_t h = term_hash(kt.terms[i]);
		double w = kt.weights[i];
		/* insertion into the ascending hash array */
		for (j = u->n; j > 0 && u->h[j - 1] > h; j--) {
			u->h[j] = u->h[j - 1];
			u->w[j] = u->w[j - 1];
		}
		u->h[j] = h;
		u->w[j] = w;
		u->n++;
		norm += w * w;
	}
	norm = sqrt(norm);
	for (i = 0; i < u->n && norm > 0; i++)
		u->w[i] /= norm;
	u->published = kt.published;
	u->source = kt.source;
	kt.published = kt.source = NULL;
	u->day = day_number(u->published);
	key_terms_release(&kt);
	return 0;
}

static int cmp_story(const void *x, const void *y)
{
	const struct story *a = x, *b = y;
	if (a->sources != b->sources)
		return a->sources < b->sources ? 1 : -1;
	if (a->n != b->n)
		return a->n < b->n ? 1 : -1;
	return strcmp(b->last ? b->last : "", a->last ? a->last : "");
}

int stories_find(struct store *st, const struct story_options *opt, struct story_list *out,
		 struct error *err)
{
	double window = opt && opt->window_days > 0 ? opt->window_days : 3.0;
	size_t min_articles = opt && opt->min_articles ? opt->min_articles : 2;
	int64_t *ids = NULL;
	struct unit *u = NULL;
	size_t n = 0, i, j, alloc = 0;
	int r;

	memset(out, 0, sizeof(*out));
	if ((r = store_originals_between(st, opt ? opt->since : NULL, opt ? opt->until : NULL,
					 STORY_MAX_ARTICLES, &ids, &n, err)) < 0)
		return r;
	u = calloc(n ? n : 1, sizeof(*u));
	if (!u) {
		free(ids);
		return error_nomem(err);
	}
	for (i = 0; i < n && !r; i++)
		r = unit_make(st, ids[i], &u[i], err);
	free(ids);
	if (r)
		goto done;
	qsort(u, n, sizeof(*u), cmp_day);
	for (i = 0; i < n; i++)
		u[i].parent = i;
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n && u[j].day - u[i].day <= window; j++) {
			if (cosine(&u[i], &u[j]) >= STORY_SIMILARITY) {
				size_t a = find(u, i), b = find(u, j);
				/* the root stays the set's oldest member */
				if (a < b)
					u[b].parent = a;
				else if (b < a)
					u[a].parent = b;
			}
		}

	/* gather the sets: members are in date order already */
	for (i = 0; i < n && !r; i++) {
		struct story *sto;
		size_t root = find(u, i), k, m, cnt = 0;
		if (root != i)
			continue; /* each set is gathered from its root, the oldest */
		for (k = i; k < n; k++)
			if (find(u, k) == root)
				cnt++;
		if (cnt < min_articles)
			continue;
		if (ARRAY_GROW(out->items, out->n, alloc) < 0) {
			r = error_nomem(err);
			break;
		}
		sto = &out->items[out->n++];
		memset(sto, 0, sizeof(*sto));
		sto->ids = calloc(cnt, sizeof(*sto->ids));
		if (!sto->ids) {
			r = error_nomem(err);
			break;
		}
		for (k = i; k < n; k++) {
			int seen = 0;
			if (find(u, k) != root)
				continue;
			sto->ids[sto->n++] = u[k].id;
			/* independent sources: distinct outlets among the originals */
			for (m = i; m < k && !seen; m++)
				seen = find(u, m) == root && u[m].source && u[k].source &&
				       !strcmp(u[m].source, u[k].source);
			if (!seen)
				sto->sources++;
			if (!sto->first)
				sto->first = strdup(u[k].published ? u[k].published : "");
			free(sto->last);
			sto->last = strdup(u[k].published ? u[k].published : "");
		}
	}
	if (!r && out->n)
		qsort(out->items, out->n, sizeof(*out->items), cmp_story);
done:
	for (i = 0; i < n; i++) {
		free(u[i].h);
		free(u[i].w);
		free(u[i].published);
		free(u[i].source);
	}
	free(u);
	if (r)
		story_list_release(out);
	return r;
}

void story_list_release(struct story_list *l)
{
	size_t i;
	for (i = 0; i < l->n; i++) {
		free(l->items[i].ids);
		free(l->items[i].first);
		free(l->items[i].last);
	}
	free(l->items);
	memset(l, 0, sizeof(*l));
}

int corpus_pending_update(struct store *st, size_t batch, size_t max, corpus_pending_fn pending,
			  corpus_update_fn update, size_t *done, struct error *err)
{
	*done = 0;
	for (;;) {
		size_t want = batch, n, i;
		int64_t *ids;
		int r;

		if (max && max - *done < want)
			want = max - *done;
		if (!want)
			return 0;
		if ((r = pending(st, want, &ids, &n, err)) < 0)
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
			r = update(st, ids[i], err);
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

int stories_terms_refresh(struct store *st, int64_t id, struct error *err)
{
	struct key_terms kt;
	int r;

	if ((r = store_key_terms(st, id, STORY_TERMS, STORY_LOOKUPS, &kt, err)) < 0)
		return r;
	r = store_story_terms_put(st, id, &kt, err);
	key_terms_release(&kt);
	return r;
}

int stories_terms_update(struct store *st, size_t max, size_t *done, struct error *err)
{
	return corpus_pending_update(st, STORY_TERMS_BATCH, max, store_story_terms_pending,
				     stories_terms_refresh, done, err);
}
