/*
 * search.h: full-text search, related news, and lists of stories with
 * their copies folded.
 *
 * Part of the store's interface (store.h includes it). The search language
 * itself is parsed outside the store (corpus/query.h) into a struct
 * search_query, which every engine takes as it is.
 */
#ifndef BRIEF_STORE_SEARCH_H
#define BRIEF_STORE_SEARCH_H

#include <stddef.h>
#include <stdint.h>

#include "store/articles.h"
#include "util/error.h"

struct store;

/*
 * One quoted string of the query's expression (a word or a phrase), in the
 * order the expression names them (FTS5's phrase order: within each AND
 * group, positive pieces before negated ones).
 */
struct search_term {
	char *text;  /* as written, before tokenizing: "border guards", "deport" */
	int prefix;  /* word* or "phrase"*: the last token is a prefix */
	int negated; /* under NOT or '-': matches nothing a snippet should mark */
	int column;  /* 0 any, 1 title: only, 2 text: only */
};

/*
 * A parsed query. `fts` is the boolean part in one normal form that every
 * engine reads (it is also FTS5's query syntax):
 *
 *   expr   := or
 *   or     := and (" OR " and)*            more than one: "(" ... ")"
 *   and    := piece (" AND " piece)* (" NOT " piece)*
 *                                          more than one piece, or any NOT: "(" ... ")"
 *   piece  := [column " : "] quoted [" *"] | "(" or ")"
 *   column := "title" | "text"
 *   quoted := '"' text with '"' doubled '"'
 *
 * Every user word is quoted, so no word is ever an operator.
 */
struct search_query {
	char *fts;                 /* NULL when the query is filters only */
	struct search_term *terms; /* the phrases of `fts`, in order */
	size_t nterms;
	char *source; /* outlet name or host */
	char *lang;
	char *since; /* YYYY[-MM[-DD]] */
	char *until;
	char *tag;
	char *actor;
	int sort_by_date;
};

void search_query_release(struct search_query *q);

/* Search results: one item per syndication group, best first. */
struct search_hit {
	struct article a;   /* the group's original (with filters: the member that
			      passed them); text not loaded */
	char *snippet;      /* matched terms between \x01 and \x02 */
	int64_t matched_id; /* the member that matched (may be a copy) */
	size_t copies;      /* other members of its group */
	double score;       /* relevance, lower is better (bm25), or 0 when sorted by date */
};

struct search_results {
	struct search_hit *items;
	size_t n;
	size_t total; /* matching groups among the rows read */
	int more;     /* the rows read were capped: `total` is a lower bound */
};

/*
 * Search: the groups matching `q`, best first (or newest first with
 * q->sort_by_date), from `offset`, at most `limit`. Waits until everything
 * this store committed is searchable.
 */
int store_search(struct store *st, const struct search_query *q, size_t limit, size_t offset,
		 struct search_results *out, struct error *err) MUST_CHECK;
void search_results_release(struct search_results *r);

/*
 * Refresh the term frequencies related news weighs terms by, when the
 * corpus grew by a fifth since the last refresh (or always with `force`).
 * Ingest calls it at the end of a run; it reads the whole index.
 */
int store_term_stats_refresh(struct store *st, int force, struct error *err) MUST_CHECK;

/* An article's most distinctive terms, as related news weighs them. */
struct key_terms {
	char **terms;    /* index terms (stemmed), heaviest first */
	double *weights; /* tf * idf */
	size_t n;
	char *published; /* the article's date (else when it was stored) */
	char *source;    /* its outlet */
};

/* The `max` heaviest, weighing the `lookups` most frequent terms. */
int store_key_terms(struct store *st, int64_t article_id, size_t max, size_t lookups,
		    struct key_terms *out, struct error *err) MUST_CHECK;
void key_terms_release(struct key_terms *k);

/* Ids of the group originals published in [since, until] (either NULL:
 * open), newest first, at most `limit`; *ids is heap, the caller frees. */
int store_originals_between(struct store *st, const char *since, const char *until, size_t limit,
			    int64_t **ids, size_t *n, struct error *err) MUST_CHECK;

/* The oldest group original published on or after `since`: its id in *id,
 * or 0 when none is (a briefing day's link to the next day with news). */
int store_original_first_since(struct store *st, const char *since, int64_t *id,
			       struct error *err) MUST_CHECK;

/*
 * Of the articles `ids` (at most STORE_PASS_MAX), those that pass the
 * filters of `f` (a parsed search query, read as the search reads it; its
 * words are not), in no order; *pass is heap, the caller frees.
 */
#define STORE_PASS_MAX 10000
int store_articles_passing(struct store *st, const struct search_query *f, const int64_t *ids,
			   size_t n, int64_t **pass, size_t *npass, struct error *err) MUST_CHECK;

/*
 * Related news, the store's part: the articles that best match an
 * article's key terms. Which of them are related, and in what order, is
 * corpus/related.h's choice.
 */
struct related_candidate {
	int64_t id;            /* the matching article */
	int64_t group_id;      /* its syndication group (its own id when it has none) */
	double relevance;      /* how well it matches the key terms: higher is closer */
	int64_t shared_actors; /* actors (events.h) both articles name */
	char *when;            /* its date: published, else when it was stored */
};

struct related_candidates {
	struct related_candidate *items; /* best match first; never the article itself */
	size_t n;
	int64_t group_id;      /* the article's own group (its id when it has none) */
	double self_relevance; /* the article against its own key terms; 0 when not known */
	char *when;            /* the article's date: published, else when it was stored */
};

/*
 * Of the `max` articles that best match the key terms of `article_id` (its
 * heaviest terms, as store_key_terms weighs them, leaving out terms in
 * more than a quarter of all articles, within a budget of index postings
 * so the query stays cheap), all but the article itself, which is usually
 * among them and gives self_relevance. Empty when it has no such terms.
 */
int store_related_candidates(struct store *st, int64_t article_id, size_t max,
			     struct related_candidates *out, struct error *err) MUST_CHECK;
void related_candidates_release(struct related_candidates *c);

/*
 * Fill in each hit of `r` from its a.id, as store_search fills its hits:
 * the article (without text) and the number of its copies.
 */
int store_hits_load(struct store *st, struct search_results *r, struct error *err) MUST_CHECK;

/*
 * Related news computed ahead of reading (corpus/related.h decides what a
 * list holds and when it changes; the store keeps it). An article's list
 * is "computed" once store_related_put stored it, even empty; an update
 * of the article's text makes it pending again.
 */
struct related_item {
	int64_t id;   /* a group original */
	double score; /* relevance, higher is better */
};

/* Ids of articles whose list is not computed, oldest first, at most `limit`; *ids is heap. */
int store_related_pending(struct store *st, size_t limit, int64_t **ids, size_t *n,
			  struct error *err) MUST_CHECK;
/* Replace the stored list of `article_id` by items[0..n) and mark it computed. */
int store_related_put(struct store *st, int64_t article_id, const struct related_item *items,
		      size_t n, struct error *err) MUST_CHECK;
/*
 * The stored list of `article_id`, best first, at most `limit`, as hits
 * (score: minus the stored relevance, so lower is better as in search).
 * -ERR_NOTFOUND when the list was never computed.
 */
int store_related_stored(struct store *st, int64_t article_id, size_t limit,
			 struct search_results *out, struct error *err) MUST_CHECK;

/*
 * Key terms kept ahead of reading (corpus/stories.c): an article's terms as
 * store_key_terms gave them when they were stored, so that clustering a
 * period into stories reads one row an article instead of weighing its
 * text. An update of the article's text drops them (pending again).
 */
/* Ids of articles with no stored key terms, oldest first, at most `limit`; *ids is heap. */
int store_story_terms_pending(struct store *st, size_t limit, int64_t **ids, size_t *n,
			      struct error *err) MUST_CHECK;
/* Store `kt`'s terms and weights as article_id's (published and source are not kept). */
int store_story_terms_put(struct store *st, int64_t article_id, const struct key_terms *kt,
			  struct error *err) MUST_CHECK;
/*
 * The stored key terms of `article_id`, with its date (published, else when
 * it was stored) and outlet, as store_key_terms fills them; -ERR_NOTFOUND
 * when none are stored.
 */
int store_story_terms_get(struct store *st, int64_t article_id, struct key_terms *out,
			  struct error *err) MUST_CHECK;

/* Latest news with copies folded: one item per group, newest first. */
int store_latest_groups(struct store *st, size_t limit, size_t offset, struct search_results *out,
			struct error *err) MUST_CHECK;

#endif
