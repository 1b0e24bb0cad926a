/*
 * dyads.c: a dyad's series, counted from its events. See dyads.h.
 */
#include "corpus/dyads.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

#include "util/array.h"

#include "util/banned.h"

void dyad_key(const char *code, char *out, size_t n)
{
	static const char *const groups[] = { "REB", "OPP", "INS", "SEP" };
	size_t i, len = code ? strlen(code) : 0;

	if (len <= 3) {
		snprintf(out, n, "%s", code ? code : "");
		return;
	}
	/* blocks (IGOUNO) and a country's armed groups (AFGREB) stand apart */
	if (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) || !strncmp(code, "IMG", 3)) {
		snprintf(out, n, "%.6s", code);
		return;
	}
	for (i = 0; i < sizeof(groups) / sizeof(groups[0]); i++)
		if (len >= 6 && !strncmp(code + 3, groups[i], 3)) {
			snprintf(out, n, "%.6s", code);
			return;
		}
	snprintf(out, n, "%.3s", code);
}

int dyad_member(const char *code, const char *a)
{
	char k[24];
	size_t la;

	if (!code || !a)
		return 0;
	la = strlen(a);
	if (strncmp(code, a, la))
		return 0;
	dyad_key(code, k, sizeof(k));
	return strlen(k) <= la;
}

/* Whether code x is code y or one under it (dyad_member; "" is under none but itself). */
static int code_under(const char *x, const char *y)
{
	return !strcmp(x, y) || (*y && dyad_member(x, y));
}

static int str_same(const char *a, const char *b)
{
	return !strcmp(a ? a : "", b ? b : "");
}

int event_refines(const struct stored_event *c, const struct stored_event *e)
{
	const char *s = e->source ? e->source : "", *t = e->target ? e->target : "";
	const char *cs = c->source ? c->source : "", *ct = c->target ? c->target : "";
	if (c->article_id != e->article_id || c->sentence != e->sentence ||
	    !str_same(c->code, e->code) || !str_same(c->date, e->date) || c->negated ||
	    !str_same(c->modality, "asserted"))
		return 0;
	return (code_under(cs, s) && code_under(ct, t) && (strcmp(cs, s) || strcmp(ct, t))) ||
	       (code_under(cs, t) && code_under(ct, s) && (strcmp(cs, t) || strcmp(ct, s)));
}

int actor_event(const struct stored_event *e, const char *a)
{
	return dyad_member(e->source, a) || dyad_member(e->target, a);
}

/* Whether `date` is the day of `published` (its first 10 bytes, as the store's SQL substr). */
static int dated_by(const char *date, const char *published)
{
	size_t n;
	if (!date || !published)
		return 0;
	n = strlen(published);
	if (n > 10)
		n = 10;
	return strlen(date) == n && !strncmp(date, published, n);
}

/*
 * Whether `c` (asserted, of an article published `cpub`) tells the deed of
 * `e` (of an article published `epub`) in another article of its
 * syndication group: its code, between its two either way round, on its
 * date, or in the same evidence sentence, or with either dated the day its
 * article was published, as the store's lists tell a deed once
 * (store/engine.h: STORE_EVENT_SAME_DEED_IN_GROUP).
 */
static int same_deed(const struct stored_event *c, const char *cpub, const struct stored_event *e,
		     const char *epub)
{
	const char *s = e->source ? e->source : "", *t = e->target ? e->target : "";
	const char *cs = c->source ? c->source : "", *ct = c->target ? c->target : "";
	if (c->negated || !c->modality || strcmp(c->modality, "asserted") ||
	    strcmp(c->code ? c->code : "", e->code ? e->code : ""))
		return 0;
	if (!((!strcmp(cs, s) && !strcmp(ct, t)) || (!strcmp(cs, t) && !strcmp(ct, s))))
		return 0;
	return !strcmp(c->date ? c->date : "", e->date ? e->date : "") ||
	       (c->evidence && e->evidence && !strcmp(c->evidence, e->evidence)) ||
	       dated_by(c->date, cpub) || dated_by(e->date, epub);
}

int event_copies(struct store *st, const struct stored_event *e, struct article_list *out,
		 struct error *err)
{
	struct article_list l;
	size_t i, j, k = 0;
	char epub[16] = "";
	int r;

	out->items = NULL;
	out->n = 0;
	if ((r = store_copies(st, e->article_id, &l, err)) < 0)
		return r;
	if (l.n) { /* the day e's article was published */
		struct article a;
		if ((r = store_article_get(st, e->article_id, &a, err)) < 0) {
			article_list_release(&l);
			return r;
		}
		if (r == 0 && a.published)
			snprintf(epub, sizeof(epub), "%.10s", a.published);
		article_release(&a);
	}
	for (i = 0; i < l.n; i++) {
		struct stored_event_list ev;
		int told = 0;
		if ((r = store_article_events(st, l.items[i].id, &ev, err)) < 0) {
			for (j = i; j < l.n; j++)
				article_release(&l.items[j]);
			l.n = k;
			article_list_release(&l);
			return r;
		}
		for (j = 0; j < ev.n && !told; j++)
			told = same_deed(&ev.items[j], l.items[i].published, e,
					 epub[0] ? epub : NULL);
		stored_event_list_release(&ev);
		if (told)
			l.items[k++] = l.items[i];
		else
			article_release(&l.items[i]);
	}
	l.n = k;
	*out = l;
	return 0;
}

static MUST_CHECK int series(struct store *st, const char *a, const char *b, int by_year, int keyed,
			     struct dyad_bucket **out, size_t *n, struct error *err)
{
	struct event_filter f = { 0 };
	struct stored_event_list l;
	size_t plen = by_year ? 4 : 7, i, alloc = 0;
	double gsum = 0;
	int r;

	*out = NULL;
	*n = 0;
	f.dyad_a = a;
	f.dyad_b = b;
	f.include_unreal = 1; /* this series counts asserted events only: filtered below */
	f.first_told = 1;     /* each deed once, as the site's lists count them */
	if ((r = store_events_query(st, &f, &l, err)) < 0)
		return r;
	/* events come by date, so each period's events are together */
	for (i = 0; i < l.n; i++) {
		const struct stored_event *e = &l.items[i];
		struct dyad_bucket *d;
		if (keyed && !((dyad_member(e->source, a) && dyad_member(e->target, b)) ||
			       (dyad_member(e->source, b) && dyad_member(e->target, a))))
			continue;
		if (e->negated || !e->modality || strcmp(e->modality, "asserted") || !e->date ||
		    strlen(e->date) < plen)
			continue;
		/* "the late 1990s" is in no one year or month */
		if (e->date_precision && !strcmp(e->date_precision, "decade"))
			continue;
		d = *n ? &(*out)[*n - 1] : NULL;
		if (!d || strncmp(d->period, e->date, plen)) {
			if (d)
				d->mean_goldstein = gsum / (double)d->events;
			if (ARRAY_GROW(*out, *n, alloc) < 0) {
				r = error_nomem(err);
				break;
			}
			d = &(*out)[(*n)++];
			memset(d, 0, sizeof(*d));
			memcpy(d->period, e->date, plen);
			gsum = 0;
		}
		d->events++;
		if (e->quad >= 1 && e->quad <= 4)
			d->quad[e->quad - 1]++;
		gsum += e->goldstein;
	}
	if (!r && *n)
		(*out)[*n - 1].mean_goldstein = gsum / (double)(*out)[*n - 1].events;
	stored_event_list_release(&l);
	if (r) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return r;
}

int dyad_series(struct store *st, const char *a, const char *b, int by_year,
		struct dyad_bucket **out, size_t *n, struct error *err)
{
	return series(st, a, b, by_year, 0, out, n, err);
}

int dyad_key_series(struct store *st, const char *a, const char *b, int by_year,
		    struct dyad_bucket **out, size_t *n, struct error *err)
{
	return series(st, a, b, by_year, 1, out, n, err);
}
