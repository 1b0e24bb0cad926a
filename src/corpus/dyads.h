/*
 * dyads.h: how two actors dealt with each other over time: the events
 * between them counted by month or year, by kind, with their mean
 * Goldstein score. Built from the store's event rows (store/events.h), so
 * every engine gives the same series.
 */
#ifndef BRIEF_CORPUS_DYADS_H
#define BRIEF_CORPUS_DYADS_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "util/error.h"

/* One period of a dyad's series (asserted events only). */
struct dyad_bucket {
	char period[8]; /* "1998" or "1998-09" */
	int64_t events;
	int64_t quad[4]; /* verbal coop, material coop, verbal conflict, material conflict */
	double mean_goldstein;
};

/*
 * The series of asserted events (not negated, not future, hypothetical or
 * demanded) between actors a and b (code prefixes, either way round), each
 * deed once as the site counts it (store/events.h's event_filter.first_told:
 * a copy's retelling, or the deed coded the other way round, left out), one
 * bucket per month (or year with `by_year`) that has any, oldest first;
 * events dated less precisely than the bucket (or only to a decade) are
 * left out. *out is heap
 * (the caller frees it), *n its length.
 */
int dyad_series(struct store *st, const char *a, const char *b, int by_year,
		struct dyad_bucket **out, size_t *n, struct error *err) MUST_CHECK;

/*
 * The key actor of a code: a country's armed groups (AFGREB, AFGINS, also
 * with more after them) and blocs (IGOUNO, NGO..., IMG...) by their first
 * six letters, any other code by its country (first three). The site's
 * relationships are between key actors.
 */
void dyad_key(const char *code, char *out, size_t n);
/*
 * Whether `code` is actor `a`'s: a is a prefix of code and no longer key
 * stands between them (the key of code is a prefix of a), so AFG takes
 * AFGGOV but not AFGREB, which is a key actor of its own.
 */
int dyad_member(const char *code, const char *a);
/*
 * Whether the asserted event `c` tells the deed of `e` (asserted) with more
 * specific codes: of e's article and sentence, code and date, its two are
 * e's or under them (dyad_member), either way round, and not both e's. A
 * sentence whose target is coded twice (USAGOV>IRN and USAGOV>IRNGOV)
 * tells one deed, the more specific event, as the store's lists read it
 * (store/engine.h: STORE_EVENT_REFINED_BY).
 */
int event_refines(const struct stored_event *c, const struct stored_event *e);
/* dyad_series with a and b read as key actors (dyad_member), not prefixes. */
int dyad_key_series(struct store *st, const char *a, const char *b, int by_year,
		    struct dyad_bucket **out, size_t *n, struct error *err) MUST_CHECK;

/*
 * Whether `e` is one of actor `a`'s events: its source or its target is
 * a's (dyad_member). The site's actor pages, feeds and API read this rule:
 * IRN takes IRNGOV and IRNMIL, its sub-actors, but not IRNREB, a key actor
 * of its own.
 */
int actor_event(const struct stored_event *e, const char *a);

/*
 * The other articles that told the deed of `e` (store/events.h: the same
 * code between the same two, either way round, in its syndication group),
 * oldest first, into *out (release with article_list_release): the
 * outlets that also reported an event the site lists once.
 */
int event_copies(struct store *st, const struct stored_event *e, struct article_list *out,
		 struct error *err) MUST_CHECK;

#endif
