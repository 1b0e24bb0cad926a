/*
 * snippet.h: search snippets made by brief itself, from an article's text
 * and the parsed query, with the full-text index's own tokenizer.
 *
 * FTS5's snippet() re-runs the whole query for each hit it is asked
 * about; for a prefix query that means expanding the prefix again, once
 * per hit. Here
 * the query's terms are tokenized once, and each hit's text once.
 *
 * Format (what src/web and src/cmd read): the text of a window of about
 * `tokens` tokens, each match (a word, or a phrase's words in a row)
 * between \x01 and \x02, and "…" where the text was cut.
 */
#ifndef BRIEF_SNIPPET_H
#define BRIEF_SNIPPET_H

#include <stddef.h>

#include "util/error.h"

struct sq_store;
struct search_query;
struct snippet_ctx;

/* Tokenize the query's positive terms (stems, as the index holds them). */
int snippet_open(struct sq_store *st, const struct search_query *q, struct snippet_ctx **out,
		 struct error *err) MUST_CHECK;
/* A snippet of `text` (a heap string in *out). */
int snippet_make(struct snippet_ctx *c, const char *text, size_t tokens, char **out,
		 struct error *err) MUST_CHECK;
void snippet_close(struct snippet_ctx *c);

/* The FTS5 tokenizer of articles_fts (porter over unicode61, diacritics removed). */
struct fts_tokenizer;
int fts_tokenizer_open(struct sq_store *st, struct fts_tokenizer **out,
		       struct error *err) MUST_CHECK;
/* Call `cb` for each token, as FTS5's xTokenize does; `flags` are FTS5_TOKENIZE_*. */
int fts_tokenize(struct fts_tokenizer *t, int flags, const char *text, size_t n, void *ctx,
		 int (*cb)(void *ctx, int tflags, const char *tok, int ntok, int start, int end));
void fts_tokenizer_close(struct fts_tokenizer *t);

#endif
