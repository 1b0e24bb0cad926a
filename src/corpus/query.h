/*
 * query.h: brief's search language, parsed into the store's struct
 * search_query (store/search.h), which every engine reads. The syntax
 * (docs/search.md):
 *
 *   word            stemmed term           "a phrase"   words in this order
 *   word*           prefix                 a b          both (AND is implied)
 *   a AND b, a OR b, NOT a, -a, ( ... )    boolean; NOT/- subtract from the rest
 *   title:word      in the title only      text:word    in the text only
 *   source:NAME     outlet name or host    lang:xx      language
 *   since:DATE      published on or after  until:DATE   published on or before
 *   tag:T           tagged T               actor:CODE   mentions the actor
 *   sort:date       newest first           sort:relevance (the default)
 *
 * Every user word reaches the engine quoted, so operators and keywords of
 * the engine's own query syntax in a query are only ever text.
 */
#ifndef BRIEF_QUERY_H
#define BRIEF_QUERY_H

#include "store/search.h"
#include "util/error.h"

#define SEARCH_QUERY_MAX 2048 /* bytes of query text accepted */

/*
 * Parse `text` into *q (free it with search_query_release). On error
 * returns -ERR_USAGE with a message saying where.
 */
int search_query_parse(const char *text, struct search_query *q, struct error *err) MUST_CHECK;

struct store;
/*
 * For a search that found nothing, the filter of `q` that no stored article
 * passes on its own, into *which: "source" (no outlet has that name or host)
 * or "tag" (no article has the tag); NULL when each passes some or `q` has
 * neither. 0, or a negative code with `err` when the store cannot be read.
 */
int query_filter_unmatched(struct store *st, const struct search_query *q, const char **which,
			   struct error *err) MUST_CHECK;

#endif
