/*
 * query.h: brief's search language, parsed into an FTS5 expression and
 * filters. The syntax (docs/search.md):
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
 * Every user word reaches FTS5 quoted, so FTS5's own syntax and keywords
 * in a query are only ever text.
 */
#ifndef BRIEF_QUERY_H
#define BRIEF_QUERY_H

#include <stddef.h>

#include "util/error.h"

#define SEARCH_QUERY_MAX 2048 /* bytes of query text accepted */

/*
 * One quoted string of the FTS5 expression (a word or a phrase), in the
 * order the expression names them, which is FTS5's phrase order.
 */
struct search_term {
	char *text;  /* as written, before tokenizing: "border guards", "deport" */
	int prefix;  /* word* or "phrase"*: the last token is a prefix */
	int negated; /* under NOT or '-': matches nothing a snippet should mark */
	int column;  /* 0 any, 1 title: only, 2 text: only */
};

struct search_query {
	char *fts;                 /* FTS5 MATCH expression; NULL when the query is filters only */
	struct search_term *terms; /* the phrases of `fts`, in order */
	size_t nterms;
	char *source;
	char *lang;
	char *since; /* YYYY[-MM[-DD]] */
	char *until;
	char *tag;
	char *actor;
	int sort_by_date;
};

/* Parse `text`. On error returns -ERR_USAGE with a message saying where. */
int search_query_parse(const char *text, struct search_query *q, struct error *err);
void search_query_release(struct search_query *q);

#endif
