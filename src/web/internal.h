/*
 * internal.h: what the files of src/web/ share: the page layout, links and
 * names shown for outlets and actors, dates, and the responses' helpers.
 * Every value taken from the store goes out through html_escape (HTML and
 * Atom) or jansson (JSON).
 */
#ifndef BRIEF_WEB_INTERNAL_H
#define BRIEF_WEB_INTERNAL_H

#include <stdint.h>
#include <string.h>

#include "store/store.h"
#include "util/url.h"
#include "web/web.h"

#define PAGE_SIZE 50

/* Whether s ends with suffix. */
static inline int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

/* What the <head> of a page says beside its title. */
struct page_head {
	const char *title;
	const char *canonical; /* path of the page's one URL, e.g. "/article/12" */
	const char *feed;      /* path of its Atom feed, or NULL */
	const char *lang;      /* the content's language (default "en") */
	const char *desc;      /* OpenGraph description, or NULL */
	const char *image;     /* OpenGraph image (http(s) only), or NULL */
	const char *og_type;   /* "article" or NULL ("website") */
	const char *search_q;  /* kept in the header's search box */
};

void page_begin(struct buf *b, const struct page_head *h);
/* page_begin, then the page's title as its heading (<h1>). */
void page_begin_h1(struct buf *b, const struct page_head *h);
void page_end(struct buf *b);
/*
 * The pager under a list of pages: a link to page `page - 1` (rel prev,
 * named `prev`) past the first page, and to `page + 1` (rel next, named
 * `next`) when `more`; `href` is the list's address, before "?page=N".
 */
void pager_html(struct buf *b, const char *href, long page, int more, const char *prev,
		const char *next);
/* Replace the response by an error page (HTML) with `status`. */
void set_error(struct web_response *res, int status, const char *title, const char *why);
/*
 * Replace the response by a 301 to `path` with the request's query values
 * (a page's own URL, for one written otherwise); a JSON body under /api/.
 * A location longer than the response holds is a 400.
 */
void set_moved(struct web_response *res, const char *path, const struct web_request *req);
/* Parse ?page= (1 when absent); -1 and a 400 page when it is not a number in 1..100000. */
int page_number(const struct web_request *req, struct web_response *res, long *page);

/* The search's filters, as query values of a request (struct web_request). */
enum web_filter {
	WEB_F_SOURCE = 1,
	WEB_F_LANG = 2,
	WEB_F_SINCE = 4,
	WEB_F_UNTIL = 8,
	WEB_F_TAG = 16,
	WEB_F_ACTOR = 32,
	WEB_F_ALL = 63
};
/*
 * Append `q` (may be NULL) and the request's non-empty filters as the
 * search language writes them (source:"Kabul Ledger") to `text`, for
 * search_query_parse to read: the site has one parser for filters.
 * *named gets the WEB_F_ bits of the filters given. -1 and err (ERR_USAGE)
 * for a value with a double quote, which the language cannot carry.
 */
int web_filter_text(const struct web_request *req, const char *q, struct buf *text, unsigned *named,
		    struct error *err) MUST_CHECK;

/* Append `s` percent-encoded for a URL path segment or query value. */
void url_encode(struct buf *b, const char *s);
/* The host of an http(s) URL into out (empty when it has none). */
void web_host(const char *url, char *out, size_t n);

/*
 * The name to show for an article's outlet: its stored name when it is one,
 * else the host of the outlet's or the article's http(s) URL, else
 * "unknown outlet". A date, a file path or a lone common word taken for
 * the name by the extractor is never shown.
 */
void outlet_display(const char *name, const char *source_url, const char *url, char *out, size_t n);
/*
 * The outlet as a link to its page when the store knows it, else as text;
 * a failed read is recorded in `b` (buf_fail), which fails the page.
 */
void outlet_link(struct store *st, struct buf *b, const struct article *a);
/* Date (and time, when known) of an ISO 8601 value, as "15 Sep 1998, 16:30". */
void date_human(struct buf *b, const char *iso, int with_time);

/* A readable name for an actor code: "IRN" Iran, "AFGREB" Taliban, "IRNGOV" Iran government. */
void actor_name(const char *code, char *out, size_t n);
/*
 * Who an event's deed is by and to, by name, into out (`n` bytes, EVENT_WORDS
 * is room for any): "Iran → Taliban"; its source alone when it names no
 * target (a strike, a protest: "United Nations"), "unnamed → Iran" when it
 * names no source.
 */
#define EVENT_WORDS 160
struct stored_event;
void event_actors(const struct stored_event *e, char *out, size_t n);
/*
 * The deed a CAMEO code names, in words, into out (`n` bytes): its label and
 * code, "Accuse (CAMEO 112)"; "CAMEO 112" alone for a code the table does not
 * know.
 */
void event_deed(const char *code, char *out, size_t n);
/* Whether events a and b were coded from one sentence of one article (shown once). */
int event_same_sentence(const struct stored_event *a, const struct stored_event *b);
/* The code an actor is grouped under in relationships: its country, or country and group. */
void actor_key(const char *code, char *out, size_t n);
/* Keep the events of `l` between key actors a and b (corpus/dyads.h's dyad_member). */
void events_of_dyad(struct stored_event_list *l, const char *a, const char *b);
/*
 * Leave out of one article's events (`l`, store_article_events) an
 * asserted event that tells again a deed an earlier asserted one of the
 * article tells: the same code between the same two, either way round, on
 * the same date, or the same deed of its sentence with more specific codes
 * (corpus/dyads.h's event_refines), as every other list folds it within an
 * article (store/engine.h's STORE_EVENT_TOLD_IN_ARTICLE).
 */
void events_fold_in_article(struct stored_event_list *l);
/*
 * An actor's events and articles: those of its codes (corpus/dyads.h's
 * dyad_member): IRN takes its sub-actors IRNGOV and IRNMIL, not IRNREB,
 * a key actor of its own. The newest `max` events; the newest `max`
 * articles among the ACTOR_SCAN / 10 newest its code prefix matches.
 */
#define ACTOR_SCAN  2000
#define ACTOR_CHUNK 500
int actor_events(struct store *st, const char *code, size_t max, struct stored_event_list *out,
		 struct error *err) MUST_CHECK;
int actor_articles(struct store *st, const char *code, size_t max, struct article_list *out,
		   struct error *err) MUST_CHECK;
/*
 * The events of actor `code` (as actor_events) that pass the filters of
 * `f` (may be NULL; store_events_filtered), newest first: `max` after the
 * first `offset`, for a list's page.
 */
int actor_events_filtered(struct store *st, const char *code, const struct search_query *f,
			  size_t max, size_t offset, struct stored_event_list *out,
			  struct error *err) MUST_CHECK;
/* A code under an actor and its events. */
struct actor_sub {
	char code[24];
	int64_t events;
};
#define ACTOR_SUBS 24
/*
 * What an actor's page counts: its events (each deed once, as the lists
 * and /api/v1/actors count them), its sub-actors (its codes longer than
 * its own, by events) and the key actors apart under its prefix (IRNREB
 * under IRN), at most ACTOR_SUBS each.
 */
struct actor_summary {
	int64_t events;
	struct actor_sub subs[ACTOR_SUBS], apart[ACTOR_SUBS];
	size_t nsubs, napart;
};
int actor_summary_get(struct store *st, const char *code, struct actor_summary *out,
		      struct error *err) MUST_CHECK;
/*
 * The key actors (actor_key: a country, or its armed group) that the events
 * passing `f` (NULL: all) name, most events first, then by code: each event
 * counted once for its source's and once for its target's, never twice for
 * one actor. *out is malloc'd (free it), even when *n is 0.
 */
struct actor_total {
	char code[24];
	int64_t events;
};
int actor_totals(struct store *st, const struct search_query *f, struct actor_total **out,
		 size_t *n, struct error *err) MUST_CHECK;
void actors_page(struct store *st, const struct web_request *req, struct web_response *res);
/* 1 when `code` is a plausible actor code (2-15 upper-case letters). */
int actor_code_ok(const char *code);
/*
 * An actor's code as a path writes it (`p`, up to the end or a '/') into
 * out (`n` bytes), in capitals: -1 when it is not a code, 0 when `p` writes
 * it so, 1 when `p` writes it otherwise (lower case), whose page is then a
 * redirect to the capitals.
 */
int actor_path(const char *p, char *out, size_t n);
/*
 * The code of the actor a user wrote as `in`, into out (`n` bytes): 0 when
 * `in` is a code written so (capitals and digits) that is no acronym the
 * dictionaries know (dict_acronym) and that they know as a code (dict_code_known)
 * or some article or event names (a code in capitals is taken as it is when the
 * dictionaries cannot be read); 1 when it is another spelling of one: a name
 * the event dictionaries know (Iran, the Taliban, United Nations, any case, NATO
 * and EU in capitals too), or a code in another case that some article or event
 * names. -ERR_NOTFOUND when it is neither; another negative code
 * with `err` when the store could not be read, or when it is neither and
 * the dictionaries could not be loaded (a name cannot be told from none).
 */
int actor_canonical(struct store *st, const char *in, char *out, size_t n, struct error *err);
/*
 * The query's actor: filter (actor:Iran, actor:taliban) as its code when
 * it is another spelling of one (actor_canonical), else as it is: a code
 * in capitals that the dictionaries know or something names, or the start of
 * codes some article names (ir: IRN, IRQ),
 * which the store reads in any case. 0; -ERR_USAGE (a 400) when it names
 * no actor (actor_unknown); another negative code with `err` (a 500) when
 * the store or the dictionaries cannot be read.
 */
struct search_query;
int query_actor_code(struct store *st, struct search_query *q, struct error *err);
/*
 * -ERR_USAGE with `err` saying that `in` names no actor, what to give
 * instead, and the stored key actors whose names are close to it (at most
 * ACTOR_SUGGEST: a typing slip away, or starting with it), nearest first:
 * "did you mean Afghanistan (AFG)?". The search and the API's actor=
 * answer it alike.
 */
#define ACTOR_SUGGEST 3
int actor_unknown(struct store *st, const char *in, struct error *err);
/*
 * The actor a route's path segment `p` names, for /actor/CODE, its feed
 * and /api/v1/actors/CODE: 0 with its code in `code` (32 bytes) when `p`
 * writes it so. Otherwise -1 with the response set: a 301 to `before` CODE
 * `after` for another spelling of it (actor_canonical: a name, lower
 * case), else a 404 (a 500 when the store or the dictionaries cannot be
 * read); JSON under
 * /api/.
 */
int actor_route(struct store *st, const char *p, char code[32], const char *before,
		const char *after, const struct web_request *req, struct web_response *res);
/*
 * A relationship's two codes as a path writes them ("A/B") into a and b
 * (`n` bytes each), in capitals and in the order /dyads lists them (the
 * lesser code first): -1 when it is not two different codes, 0 when `p`
 * writes them so, 1 when otherwise (the other order, lower case), whose
 * page, feed or API reply is a redirect to its own spelling.
 */
int dyad_path(const char *p, char *a, char *b, size_t n);
/*
 * 1 when some article or event names actor `code`, as its page counts
 * them (an event of a code under it, or of a key actor counted apart);
 * 0 when none does, -1 with `err` when the store could not be read.
 */
int actor_named(struct store *st, const char *code, struct error *err) MUST_CHECK;

/* A list of articles as <ol class="list">, each with its outlet and date. */
void article_list_html(struct store *st, struct buf *b, const struct article *items, size_t n);

/* ---- routes (pages.c, actors.c, feeds.c, api.c) ---- */
void front_page(struct store *st, const struct web_request *req, struct web_response *res);
void article_page(struct store *st, const char *idstr, struct web_response *res);
void search_page(struct store *st, const struct web_request *req, struct web_response *res);
void outlets_page(struct store *st, const struct web_request *req, struct web_response *res);
void outlet_page(struct store *st, const char *idstr, const struct web_request *req,
		 struct web_response *res);
void actor_page(struct store *st, const char *code, struct web_response *res);
void dyad_page(struct store *st, const char *a, const char *b, struct web_response *res);
void dyads_page(struct store *st, struct web_response *res);
void briefing_page(struct store *st, struct web_response *res);
/* The briefing of one day, /briefing/YYYY-MM-DD, with links to the days around it (topics.c). */
void briefing_day_page(struct store *st, const char *day, struct web_response *res);
/*
 * "Key events": the 8 of `ev` of most weight (|Goldstein|), each linked to
 * its article; an event its syndication group told already (a copy's, or the
 * same deed the other way round) is told once.
 */
void key_events_html(struct store *st, struct buf *b, struct stored_event_list *ev);
#define KEY_EVENTS 8
/* The key events of `ev` (as key_events_html picks them, at most `max`) as indexes into idx. */
int key_events_pick(struct store *st, struct stored_event_list *ev, size_t *idx, size_t max,
		    size_t *n, struct error *err) MUST_CHECK;
/* The briefing's sizes, which the page and /api/v1/briefing share. */
#define BRIEFING_STORIES 8 /* of the latest BRIEFING_GROUPS groups, dated ones */
#define BRIEFING_GROUPS  40
#define BRIEFING_EVENTS  200 /* the newest, among which the key events are picked */
#define BRIEFING_DYADS   24  /* read, and of them the 8 that moved most with a year before */
/* An event told in a list of key events: its syndication group, actors, code and date (borrowed). */
struct event_seen {
	int64_t group;
	const char *a, *b, *code, *date;
};
/*
 * 1 when `e` is not an event of `seen` (*n of them, room for `cap`) told
 * again (the same date and code between the same two, either way round,
 * from the same syndication group: a copy's, or a deed coded both ways),
 * and adds it; 0 when it was told already. Its events come from the
 * store's lists, which have left out a copy's retelling on another day.
 */
int event_first_told(struct store *st, struct event_seen *seen, size_t *n, size_t cap,
		     const struct stored_event *e, struct error *err) MUST_CHECK;

/* The relationships whose balance moved most: key pairs with their figures. */
struct dyad_move {
	char a[24], b[24];
	int64_t events;
	double balance;      /* mean Goldstein over all asserted events */
	char last[8];        /* the latest year with events */
	double last_balance; /* mean Goldstein in that year */
	double prev_balance; /* and in the year with events before it */
	int has_prev;
};

/*
 * Up to `max` dyads between key actors, most events first; *out is heap.
 * Returns 0, or the negative error code of a failed read or ERR_NOMEM
 * with `err` set (and *out NULL, *n 0).
 */
int dyads_top(struct store *st, const char *actor, size_t max, struct dyad_move **out, size_t *n,
	      struct error *err) MUST_CHECK;
/*
 * The same counting only the events that pass the filters of `f` (NULL:
 * none; store_actor_pairs_filtered); the latest years' balances are still
 * each dyad's whole series.
 */
int dyads_top_filtered(struct store *st, const char *actor, const struct search_query *f,
		       size_t max, struct dyad_move **out, size_t *n, struct error *err) MUST_CHECK;
/* The same ordered by how far the latest year's balance moved from the one before. */
void dyads_sort_by_move(struct dyad_move *v, size_t n);

/* ---- tags and stories (topics.c) ---- */
/* 1 when `tag` can be a tag page's name: 1-100 bytes, lower case, no '/', '%', '?', '#'. */
int tag_ok(const char *tag);
/* A link to the tag's page. */
void tag_link(struct buf *b, const char *tag);
/* The tag a path segment names (percent-decoded) into out; -1 when it names none. */
int tag_from_path(const char *seg, char *out, size_t n);
void tag_page(struct store *st, const char *seg, const struct web_request *req,
	      struct web_response *res);

struct story;
/*
 * The story of article `id` (its group original's): the one
 * corpus/stories.h finds around its date, else a story of its own
 * (ids[0] the original). ERR_NOTFOUND when there is no such article.
 * Release with story_release.
 */
int story_of(struct store *st, int64_t id, struct story *out, struct error *err) MUST_CHECK;
void story_release(struct story *s);
/*
 * The stories of the latest TOP_STORY_DAYS days of news (up to the newest
 * dated original), as corpus/stories.h ranks them: most independent
 * sources first, then most reports. Release with story_list_release.
 */
#define TOP_STORY_DAYS 7
struct story_list;
int top_stories(struct store *st, struct story_list *out, struct error *err) MUST_CHECK;
/* The id of /story/ID (digits, no leading zero), 0 when it is not one. */
int64_t story_id(const char *s);
void story_page(struct store *st, const char *idstr, struct web_response *res);

/*
 * An ISO 8601 value as an RFC 3339 date-time into out (feeds.c): a date
 * alone becomes midnight UTC, a time without seconds gets ":00". Empty when
 * it is not a date. The feeds and the API write every date-time so.
 */
#define RFC3339_MAX 32
void web_rfc3339(const char *iso, char *out, size_t n);

/* Atom feeds: path is the list's path without ".atom". */
void feed_route(struct store *st, const char *path, const struct web_request *req,
		struct web_response *res);
/* JSON API under /api/v1/ and /healthz. */
void api_route(struct store *st, const char *path, const struct web_request *req,
	       struct web_response *res);
/* Replace the response by the API's JSON error {"error": {status, message}}. */
void api_refuse(struct web_response *res, int status, const char *msg);

#endif
