/*
 * events.h: coded events (who did what to whom, and when) kept with the
 * article they came from. Coding is analyse/'s and corpus/events.c's,
 * series over time corpus/dyads.c's; the store keeps and lists the rows.
 *
 * Part of the store's interface (store.h includes it).
 */
#ifndef BRIEF_STORE_EVENTS_H
#define BRIEF_STORE_EVENTS_H

#include <stddef.h>
#include <stdint.h>

#include "store/articles.h"
#include "util/error.h"

struct store;
struct event_list;
struct search_query;

/*
 * An event as stored: who did what to whom and when, with the article it
 * came from. Strings are heap copies owned by the record (NULL when absent).
 */
struct stored_event {
	int64_t id, article_id;
	char *source, *source_text, *target, *target_text;
	char *code, *root;
	double goldstein;
	int quad; /* 1 verbal cooperation .. 4 material conflict */
	char *plover, *mode;
	char *date, *date_end, *date_precision; /* ISO, as precise as known */
	int negated;
	char *modality; /* asserted, future, hypothetical, demanded */
	int sentence;
	char *evidence, *verb, *pattern;
	char *url, *title, *added; /* the article's */
};

struct stored_event_list {
	struct stored_event *items;
	size_t n;
};

/* What to list. Actor codes match as prefixes: "IRN" matches IRNGOV, IRNMIL. */
struct event_filter {
	const char *actor;           /* source or target */
	const char *dyad_a, *dyad_b; /* between the two, either way */
	const char *since, *until;   /* event dates, ISO prefixes compared as text */
	int include_unreal;          /* also negated, hypothetical and demanded events */
	/*
	 * leave out an asserted event that tells again a deed told before it
	 * (a copy's in its syndication group, or the same deed coded the other
	 * way round): as the site's lists count them (store_events_page)
	 */
	int first_told;
	size_t limit; /* 0: no limit */
};

/*
 * Replace the stored events of article `article_id` by `ev`, coded from
 * `text` (for the evidence sentences), in one savepoint.
 */
int store_events_replace(struct store *st, int64_t article_id, const struct event_list *ev,
			 const char *text, struct error *err) MUST_CHECK;

/* Events matching `f`, by event date then id. */
int store_events_query(struct store *st, const struct event_filter *f,
		       struct stored_event_list *out, struct error *err) MUST_CHECK;
void stored_event_list_release(struct stored_event_list *l);
/* Free one event's strings (the record itself is the caller's). */
void stored_event_release(struct stored_event *e);

/* The number of stored events, in *n. */
int store_event_count(struct store *st, int64_t *n, struct error *err) MUST_CHECK;

/* ---- actors, as the web site shows them ---- */

/* Articles mentioning an actor (a code prefix), newest first; text not loaded. */
int store_actor_latest(struct store *st, const char *actor, size_t limit, size_t offset,
		       struct article_list *out, struct error *err) MUST_CHECK;
/* The actor codes an article mentions (at most 64); *actors and each code are heap. */
int store_article_actors(struct store *st, int64_t article_id, char ***actors, size_t *n,
			 struct error *err) MUST_CHECK;

/* The events found in one article, in text order (at most 200). */
int store_article_events(struct store *st, int64_t article_id, struct stored_event_list *out,
			 struct error *err) MUST_CHECK;
/*
 * Asserted events, newest first: all (a NULL), of actor `a`, or between
 * `a` and `b` either way (code prefixes). title and url are the article's.
 * Each deed is listed once: an event that tells again one told before it
 * (the same code between the same two, either way round, in its own
 * article or an earlier member of its syndication group, the original
 * first), or that its sentence tells with more specific codes (USAGOV>IRN
 * beside USAGOV>IRNGOV: store/engine.h's STORE_EVENT_REFINED_BY), is left
 * out; corpus/dyads.h's event_copies finds who else told it.
 */
int store_events_page(struct store *st, const char *a, const char *b, size_t limit, size_t offset,
		      struct stored_event_list *out, struct error *err) MUST_CHECK;
/*
 * The same, only the events that pass the filters of `f` (a parsed search
 * query; NULL: none): source, lang and tag are their article's, as the
 * search reads them; since and until are the event's own date (an undated
 * event passes neither). f's words and actor are not read: a and b are the
 * actors.
 */
int store_events_filtered(struct store *st, const char *a, const char *b,
			  const struct search_query *f, size_t limit, size_t offset,
			  struct stored_event_list *out, struct error *err) MUST_CHECK;

/* Asserted events summed by (source, target) code, each deed once (as store_events_page). */
struct actor_pair {
	char source[24], target[24];
	int64_t events;
	double goldstein_sum;
	char latest[16]; /* the newest event's date */
};

struct actor_pair_list {
	struct actor_pair *items;
	size_t n;
};

/* Every pair (actor NULL) or those with `actor` on either side; at most 20,000. */
int store_actor_pairs(struct store *st, const char *actor, struct actor_pair_list *out,
		      struct error *err) MUST_CHECK;
/*
 * The same, summing only the events that pass the filters of `f` (a parsed
 * search query; NULL: none), as store_events_filtered reads them.
 */
int store_actor_pairs_filtered(struct store *st, const char *actor, const struct search_query *f,
			       struct actor_pair_list *out, struct error *err) MUST_CHECK;
void actor_pair_list_release(struct actor_pair_list *l);

#endif
