/*
 * dyads.c: a dyad's series, counted from its events. See dyads.h.
 */
#include "corpus/dyads.h"

#include <stdlib.h>
#include <string.h>

#include "store/store.h"

#include "util/banned.h"

int dyad_series(struct store *st, const char *a, const char *b, int by_year,
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
	if ((r = store_events_query(st, &f, &l, err)) < 0)
		return r;
	/* events come by date, so each period's events are together */
	for (i = 0; i < l.n; i++) {
		const struct stored_event *e = &l.items[i];
		struct dyad_bucket *d;
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
			if (*n == alloc) {
				size_t na = alloc ? alloc * 2 : 32;
				struct dyad_bucket *nv = realloc(*out, na * sizeof(*nv));
				if (!nv) {
					r = error_set(err, ERR_NOMEM, "dyad: out of memory");
					break;
				}
				*out = nv;
				alloc = na;
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
