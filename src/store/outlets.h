/*
 * outlets.h: the outlets articles come from (a site, keyed by its home
 * https://host/), as the web site lists them.
 *
 * Part of the store's interface (store.h includes it).
 */
#ifndef BRIEF_STORE_OUTLETS_H
#define BRIEF_STORE_OUTLETS_H

#include <stddef.h>
#include <stdint.h>

#include "store/articles.h"
#include "util/error.h"

struct store;
struct search_query;

/* An outlet with how many articles it has. */
struct outlet {
	int64_t id;
	char *name, *url;
	int64_t articles;
	char *latest; /* newest published date, may be NULL */
};

struct outlet_list {
	struct outlet *items;
	size_t n;
};

/*
 * The id of the outlet whose home is `source_url` (article.source_url) in
 * *id: 0 when there is none, or when source_url is NULL.
 */
int store_source_id(struct store *st, const char *source_url, int64_t *id,
		    struct error *err) MUST_CHECK;
/* ERR_NOTFOUND when there is no outlet `id`. */
int store_outlet_get(struct store *st, int64_t id, struct outlet *out,
		     struct error *err) MUST_CHECK;
/* Outlets, most articles first. */
int store_outlets(struct store *st, size_t limit, size_t offset, struct outlet_list *out,
		  struct error *err) MUST_CHECK;
/*
 * The outlets with articles that pass the filters of `f` (a parsed search
 * query, read as the search reads it; NULL: none), articles and latest
 * counting those only; most such articles first. f's words are not read.
 */
int store_outlets_filtered(struct store *st, const struct search_query *f, size_t limit,
			   size_t offset, struct outlet_list *out, struct error *err) MUST_CHECK;
void outlet_release(struct outlet *o);
void outlet_list_release(struct outlet_list *l);

/* An outlet's articles, newest first; text not loaded. */
int store_outlet_latest(struct store *st, int64_t source_id, size_t limit, size_t offset,
			struct article_list *out, struct error *err) MUST_CHECK;

#endif
