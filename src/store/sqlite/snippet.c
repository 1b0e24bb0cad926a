/*
 * snippet.c: search snippets from the query's terms (see snippet.h).
 *
 * A term matches a token of the text when their stems are equal, or, for
 * the last word of a prefix term (deport*), when the token's stem starts
 * with the term's stem, as FTS5 matches them. A phrase matches where its
 * words follow one another. The window kept is the one with the most
 * distinct terms, then the most matches, with its matches centred.
 */
#include "store/sqlite/snippet.h"

#include <stdlib.h>
#include <string.h>

#include "store/sqlite/internal.h"
#include "util/array.h"
#include "util/buf.h"

#include "util/banned.h"

struct fts_tokenizer {
	fts5_tokenizer tk;
	Fts5Tokenizer *tok;
};

int fts_tokenizer_open(struct sq_store *st, struct fts_tokenizer **out, struct error *err)
{
	static const char *args[] = { "unicode61", "remove_diacritics", "2" };
	fts5_api *api = sq_fts5_api(st);
	struct fts_tokenizer *t;
	void *ud = NULL;

	*out = NULL;
	t = calloc(1, sizeof(*t));
	if (!t)
		return error_nomem(err);
	if (!api || api->xFindTokenizer(api, "porter", &ud, &t->tk) != SQLITE_OK) {
		free(t);
		return error_set(err, ERR_DB, "full-text tokenizer unavailable");
	}
	if (t->tk.xCreate(ud, args, 3, &t->tok) != SQLITE_OK) {
		free(t);
		return error_set(err, ERR_DB, "cannot create the full-text tokenizer");
	}
	*out = t;
	return 0;
}

int fts_tokenize(struct fts_tokenizer *t, int flags, const char *text, size_t n, void *ctx,
		 int (*cb)(void *ctx, int tflags, const char *tok, int ntok, int start, int end))
{
	return t->tk.xTokenize(t->tok, ctx, flags, text, (int)n, cb);
}

void fts_tokenizer_close(struct fts_tokenizer *t)
{
	if (!t)
		return;
	if (t->tok)
		t->tk.xDelete(t->tok);
	free(t);
}

/* ---- the query's terms ---- */

struct phrase {
	size_t first, n; /* its tokens: ctx->tok[first .. first + n) */
	int prefix;
};

struct snippet_ctx {
	struct fts_tokenizer *tz;
	struct buf pool; /* NUL-terminated stems */
	size_t *tok;     /* offsets of the query's stems in pool */
	size_t ntok, atok;
	struct phrase *ph; /* the positive terms that can match a text */
	size_t nph;
	int oom;
};

static int query_token_cb(void *ctx, int tflags, const char *tok, int ntok, int start, int end)
{
	struct snippet_ctx *c = ctx;
	(void)start;
	(void)end;
	if (tflags & FTS5_TOKEN_COLOCATED)
		return SQLITE_OK;
	if (ARRAY_GROW(c->tok, c->ntok, c->atok) < 0) {
		c->oom = 1;
		return SQLITE_NOMEM;
	}
	c->tok[c->ntok++] = c->pool.len;
	if (buf_add(&c->pool, tok, (size_t)ntok) < 0 || buf_addch(&c->pool, '\0') < 0) {
		c->oom = 1;
		return SQLITE_NOMEM;
	}
	return SQLITE_OK;
}

void snippet_close(struct snippet_ctx *c)
{
	if (!c)
		return;
	fts_tokenizer_close(c->tz);
	buf_release(&c->pool);
	free(c->tok);
	free(c->ph);
	free(c);
}

int snippet_open(struct sq_store *st, const struct search_query *q, struct snippet_ctx **out,
		 struct error *err)
{
	struct snippet_ctx *c = calloc(1, sizeof(*c));
	size_t i;
	int r;

	*out = NULL;
	if (!c)
		return error_nomem(err);
	buf_init(&c->pool, 0);
	if ((r = fts_tokenizer_open(st, &c->tz, err)) < 0) {
		snippet_close(c);
		return r;
	}
	c->ph = calloc(q->nterms ? q->nterms : 1, sizeof(*c->ph));
	if (!c->ph) {
		snippet_close(c);
		return error_nomem(err);
	}
	for (i = 0; i < q->nterms; i++) {
		const struct search_term *t = &q->terms[i];
		struct phrase *p = &c->ph[c->nph];
		int flags = FTS5_TOKENIZE_QUERY | (t->prefix ? FTS5_TOKENIZE_PREFIX : 0);
		/* snippets are of the text: a title: term never shows there */
		if (t->negated || t->column == 1)
			continue;
		p->first = c->ntok;
		p->prefix = t->prefix;
		if (fts_tokenize(c->tz, flags, t->text, strlen(t->text), c, query_token_cb) !=
			    SQLITE_OK ||
		    c->oom) {
			int oom = c->oom;
			snippet_close(c);
			return oom ? error_nomem(err)
				   : error_set(err, ERR_DB, "tokenizing the query failed");
		}
		p->n = c->ntok - p->first;
		if (p->n)
			c->nph++;
	}
	*out = c;
	return 0;
}

/* ---- one text ---- */

struct dtok {
	int start, end; /* bytes of the text */
	size_t stem;    /* offset in the text pool */
	int hit_end; /* > 0: a match of phrase hit_phrase starts here, ending before this token */
	size_t hit_phrase;
};

struct doc {
	struct dtok *t;
	size_t n, alloc;
	struct buf pool;
	int oom;
};

static int doc_token_cb(void *ctx, int tflags, const char *tok, int ntok, int start, int end)
{
	struct doc *d = ctx;
	struct dtok *t;
	if (tflags & FTS5_TOKEN_COLOCATED)
		return SQLITE_OK;
	if (ARRAY_GROW(d->t, d->n, d->alloc) < 0) {
		d->oom = 1;
		return SQLITE_NOMEM;
	}
	t = &d->t[d->n++];
	t->start = start;
	t->end = end;
	t->stem = d->pool.len;
	t->hit_end = 0;
	t->hit_phrase = 0;
	if (buf_add(&d->pool, tok, (size_t)ntok) < 0 || buf_addch(&d->pool, '\0') < 0) {
		d->oom = 1;
		return SQLITE_NOMEM;
	}
	return SQLITE_OK;
}

static int stem_matches(const char *doc, const char *term, int prefix)
{
	if (prefix)
		return !strncmp(doc, term, strlen(term));
	return !strcmp(doc, term);
}

/* Mark where each phrase matches: d->t[i].hit_end is the token after the match. */
static void mark_matches(const struct snippet_ctx *c, struct doc *d)
{
	size_t i, k, j;
	for (i = 0; i < d->n; i++) {
		for (k = 0; k < c->nph; k++) {
			const struct phrase *p = &c->ph[k];
			if (i + p->n > d->n)
				continue;
			for (j = 0; j < p->n; j++)
				if (!stem_matches(d->pool.data + d->t[i + j].stem,
						  c->pool.data + c->tok[p->first + j],
						  p->prefix && j + 1 == p->n))
					break;
			/* the longest match starting here wins */
			if (j == p->n && (int)(i + p->n) > d->t[i].hit_end) {
				d->t[i].hit_end = (int)(i + p->n);
				d->t[i].hit_phrase = k;
			}
		}
	}
}

/*
 * Score the window [s, s + len): a thousand for each distinct phrase
 * matched wholly inside, one for each further match.
 */
static long window_score(const struct snippet_ctx *c, const struct doc *d, size_t s, size_t len,
			 unsigned char *seen)
{
	long score = 0;
	size_t i;
	memset(seen, 0, c->nph);
	for (i = s; i < s + len && i < d->n; i++) {
		if (!d->t[i].hit_end || (size_t)d->t[i].hit_end > s + len)
			continue;
		score += seen[d->t[i].hit_phrase] ? 1 : 1000;
		seen[d->t[i].hit_phrase] = 1;
	}
	return score;
}

/* Where the window of `len` tokens goes: the best-scoring, with its matches centred. */
static size_t choose_window(const struct snippet_ctx *c, const struct doc *d, size_t len,
			    unsigned char *seen)
{
	size_t i, best = 0;
	long best_score = 0;
	if (d->n <= len)
		return 0;
	for (i = 0; i < d->n; i++) {
		size_t last = i, j, s;
		long score;
		if (!d->t[i].hit_end)
			continue;
		/* the last token of a match inside [i, i + len) */
		for (j = i; j < i + len && j < d->n; j++)
			if (d->t[j].hit_end && (size_t)d->t[j].hit_end <= i + len &&
			    (size_t)d->t[j].hit_end - 1 > last)
				last = (size_t)d->t[j].hit_end - 1;
		/* centre the matches: as much context before as after */
		s = last - i + 1 < len ? (len - (last - i + 1)) / 2 : 0;
		s = s > i ? 0 : i - s;
		if (s + len > d->n)
			s = d->n - len;
		score = window_score(c, d, s, len, seen);
		if (score > best_score) {
			best_score = score;
			best = s;
		}
	}
	return best;
}

int snippet_make(struct snippet_ctx *c, const char *text, size_t tokens, char **out,
		 struct error *err)
{
	struct doc d = { 0 };
	struct buf b = BUF_INIT;
	unsigned char *seen = NULL;
	size_t n = strlen(text), s, e, i, at, open_until = 0; /* the token after the open match */
	int r = 0, w = 0;

	*out = NULL;
	buf_init(&d.pool, 0);
	if (fts_tokenize(c->tz, FTS5_TOKENIZE_DOCUMENT, text, n, &d, doc_token_cb) != SQLITE_OK ||
	    d.oom) {
		r = d.oom ? error_nomem(err) : error_set(err, ERR_DB, "tokenizing failed");
		goto done;
	}
	mark_matches(c, &d);
	seen = calloc(c->nph ? c->nph : 1, 1);
	if (!seen) {
		r = error_nomem(err);
		goto done;
	}
	if (!tokens)
		tokens = 1;
	s = choose_window(c, &d, tokens, seen);
	e = s + tokens < d.n ? s + tokens : d.n; /* the window is [s, e) */
	if (s > 0)
		w |= buf_adds(&b, "…");
	/* text before the first token is kept only at the start */
	at = s == 0 || !d.n ? 0 : (size_t)d.t[s].start;
	for (i = s; i < e; i++) {
		w |= buf_add(&b, text + at, (size_t)d.t[i].start - at);
		if (!open_until && d.t[i].hit_end) {
			w |= buf_addch(&b, '\x01');
			open_until = (size_t)d.t[i].hit_end;
		} else if (open_until && (size_t)d.t[i].hit_end > open_until) {
			open_until = (size_t)d.t[i].hit_end; /* overlapping matches: one span */
		}
		w |= buf_add(&b, text + d.t[i].start, (size_t)(d.t[i].end - d.t[i].start));
		at = (size_t)d.t[i].end;
		if (open_until && (i + 1 == open_until || i + 1 == e)) {
			w |= buf_addch(&b, '\x02');
			open_until = 0;
		}
	}
	if (e == d.n)
		w |= buf_add(&b, text + at, n - at); /* the end of the text */
	else
		w |= buf_adds(&b, "…");
	if (w) {
		r = error_nomem(err);
		goto done;
	}
	*out = buf_detach(&b, NULL);
	if (!*out)
		r = error_nomem(err);
done:
	free(seen);
	free(d.t);
	buf_release(&d.pool);
	buf_release(&b);
	return r;
}
