/*
 * query.c: a recursive-descent parser for the search language.
 *
 * Tokens: words, "phrases", ( ), the operators AND OR NOT (upper case
 * only, so "not" in lower case is a word), a leading '-' and field:value
 * filters. The boolean part becomes the normal form of struct search_query's `fts`
 * (store/search.h); filters are kept
 * apart and ANDed with the whole query, wherever they appear.
 */
#include "corpus/query.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/outlets.h"
#include "util/array.h"
#include "util/buf.h"
#include "util/date.h"

#include "util/banned.h"

#define MAX_DEPTH 32

enum qtok_kind { T_END, T_WORD, T_PHRASE, T_LPAREN, T_RPAREN, T_AND, T_OR, T_NOT, T_MINUS };

struct parser {
	const char *p;
	enum qtok_kind kind;
	struct buf tok;     /* word or phrase text */
	int prefix;         /* word ended in '*' */
	const char *column; /* "title" / "text" for title:/text: words */
	struct search_query *q;
	struct error *err;
	int depth;
	int negated; /* inside the operand of NOT or '-' */
	size_t terms_alloc;
};

/* A parsed piece: FTS5 text, and whether it is a negation (NOT x). */
struct piece {
	struct buf fts;
	int neg;
};

static int set_filter(struct parser *ps, char **slot, const char *name, const char *v, size_t n)
{
	if (*slot) {
		free(*slot);
		*slot = NULL;
	}
	if (n == 0)
		return error_set(ps->err, ERR_USAGE, "%s: needs a value", name);
	*slot = strndup(v, n);
	return *slot ? 0 : error_nomem(ps->err);
}

/* Read a filter value: a "quoted string" or up to the next space or ')'. */
static const char *filter_value(const char **pp, size_t *n)
{
	const char *p = *pp, *v;
	if (*p == '"') {
		v = ++p;
		while (*p && *p != '"')
			p++;
		*n = (size_t)(p - v);
		if (*p == '"')
			p++;
	} else {
		v = p;
		while (*p && !isspace((unsigned char)*p) && *p != ')')
			p++;
		*n = (size_t)(p - v);
	}
	*pp = p;
	return v;
}

/* Handle "name:value" at ps->p if name is a known field; 1 if consumed. */
static int try_field(struct parser *ps)
{
	static const char *const fields[] = { "source", "lang",  "since", "until", "tag",
					      "actor",  "title", "text",  "sort" };
	const char *p = ps->p, *colon, *v;
	size_t i, nl, n;
	int r = 0;

	colon = p;
	while (isalpha((unsigned char)*colon))
		colon++;
	if (*colon != ':' || colon == p)
		return 0;
	nl = (size_t)(colon - p);
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if (strlen(fields[i]) == nl && !strncasecmp(fields[i], p, nl))
			break;
	if (i == sizeof(fields) / sizeof(fields[0]))
		return 0;
	if (!strncasecmp(p, "title", nl) || !strncasecmp(p, "text", nl)) {
		ps->column = !strncasecmp(p, "title", nl) ? "title" : "text";
		ps->p = colon + 1;
		return 0; /* the word or phrase follows; the lexer reads it */
	}
	ps->p = colon + 1;
	v = filter_value(&ps->p, &n);
	if (!strncasecmp(p, "source", nl))
		r = set_filter(ps, &ps->q->source, "source", v, n);
	else if (!strncasecmp(p, "lang", nl))
		r = set_filter(ps, &ps->q->lang, "lang", v, n);
	else if (!strncasecmp(p, "tag", nl))
		r = set_filter(ps, &ps->q->tag, "tag", v, n);
	else if (!strncasecmp(p, "actor", nl))
		r = set_filter(ps, &ps->q->actor, "actor", v, n);
	else if (!strncasecmp(p, "since", nl) || !strncasecmp(p, "until", nl)) {
		int since = !strncasecmp(p, "since", nl);
		char day[DATE_TIMESTAMP_MAX];
		if (date_parse_user(v, n, (int64_t)time(NULL), day) < 0)
			return error_set(ps->err, ERR_USAGE, "%s: not a date: '%.*s' (it takes %s)",
					 since ? "since" : "until", (int)(n > 40 ? 40 : n), v,
					 DATE_USER_FORMS);
		r = set_filter(ps, since ? &ps->q->since : &ps->q->until, since ? "since" : "until",
			       day, strlen(day));
	} else { /* sort */
		if (n == 4 && !strncasecmp(v, "date", 4))
			ps->q->sort_by_date = 1;
		else if (n == 9 && !strncasecmp(v, "relevance", 9))
			ps->q->sort_by_date = 0;
		else
			return error_set(ps->err, ERR_USAGE, "sort: is 'date' or 'relevance'");
	}
	return r < 0 ? r : 1;
}

/* Advance to the next token. */
static int lex(struct parser *ps)
{
	const char *p;
	int r;

again:
	while (isspace((unsigned char)*ps->p))
		ps->p++;
	buf_reset(&ps->tok);
	ps->prefix = 0;
	p = ps->p;
	if (!*p) {
		ps->kind = T_END;
		return 0;
	}
	if (*p == '(' || *p == ')') {
		ps->kind = *p == '(' ? T_LPAREN : T_RPAREN;
		ps->p++;
		return 0;
	}
	if (*p == '-' && p[1] && !isspace((unsigned char)p[1])) {
		ps->kind = T_MINUS;
		ps->p++;
		return 0;
	}
	if (!ps->column) {
		r = try_field(ps);
		if (r < 0)
			return r;
		if (r > 0)
			goto again;
		p = ps->p;
	}
	if (*p == '"') {
		const char *e = strchr(p + 1, '"');
		size_t n = e ? (size_t)(e - p - 1) : strlen(p + 1);
		if (buf_add(&ps->tok, p + 1, n) < 0)
			return error_nomem(ps->err);
		ps->p = e ? e + 1 : p + 1 + n;
		if (*ps->p == '*') {
			ps->prefix = 1;
			ps->p++;
		}
		ps->kind = T_PHRASE;
		return 0;
	}
	while (*ps->p && !isspace((unsigned char)*ps->p) && *ps->p != '(' && *ps->p != ')' &&
	       *ps->p != '"')
		ps->p++;
	if (buf_add(&ps->tok, p, (size_t)(ps->p - p)) < 0)
		return error_nomem(ps->err);
	if (!ps->column && !strcmp(ps->tok.data, "AND"))
		ps->kind = T_AND;
	else if (!ps->column && !strcmp(ps->tok.data, "OR"))
		ps->kind = T_OR;
	else if (!ps->column && !strcmp(ps->tok.data, "NOT"))
		ps->kind = T_NOT;
	else {
		ps->kind = T_WORD;
		while (ps->tok.len && ps->tok.data[ps->tok.len - 1] == '*') {
			ps->prefix = 1;
			buf_truncate(&ps->tok, ps->tok.len - 1);
		}
		if (!ps->tok.len) /* a lone '*' */
			goto again;
	}
	return 0;
}

/* Quote a term for FTS5: "..." with inner quotes doubled. */
static int add_quoted(struct buf *b, const char *s, size_t n)
{
	size_t i;
	int r = buf_addch(b, '"');
	for (i = 0; r == 0 && i < n; i++)
		r = s[i] == '"' ? buf_adds(b, "\"\"") : buf_addch(b, s[i]);
	return r ? r : buf_addch(b, '"');
}

/* Does the term hold anything FTS5 would index (a letter or digit)? */
static int has_token_char(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
			return 1;
	return 0;
}

/* Remember the phrase just added to the FTS5 expression (see struct search_term). */
static int add_term(struct parser *ps, const char *column)
{
	struct search_query *q = ps->q;
	struct search_term *t;
	if (ARRAY_GROW(q->terms, q->nterms, ps->terms_alloc) < 0)
		return error_nomem(ps->err);
	t = &q->terms[q->nterms];
	t->text = strndup(ps->tok.data, ps->tok.len);
	if (!t->text)
		return error_nomem(ps->err);
	t->prefix = ps->prefix;
	t->negated = ps->negated > 0;
	t->column = !column ? 0 : !strcmp(column, "title") ? 1 : 2;
	q->nterms++;
	return 0;
}

static int parse_or(struct parser *ps, struct piece *out);

static int parse_unary(struct parser *ps, struct piece *out)
{
	int r;

	buf_init(&out->fts, 0);
	out->neg = 0;
	if (ps->kind == T_NOT || ps->kind == T_MINUS) {
		if ((r = lex(ps)) < 0)
			return r;
		if (ps->kind == T_NOT || ps->kind == T_MINUS)
			return error_set(ps->err, ERR_USAGE, "NOT NOT is not allowed");
		ps->negated++;
		r = parse_unary(ps, out);
		ps->negated--;
		out->neg = 1;
		return r;
	}
	if (ps->kind == T_LPAREN) {
		if (++ps->depth > MAX_DEPTH)
			return error_set(ps->err, ERR_USAGE, "parentheses nested too deep");
		if ((r = lex(ps)) < 0 || (r = parse_or(ps, out)) < 0)
			return r;
		if (ps->kind != T_RPAREN)
			return error_set(ps->err, ERR_USAGE, "missing ')'");
		ps->depth--;
		if (out->neg)
			return error_set(ps->err, ERR_USAGE,
					 "a group needs a positive term besides NOT");
		return lex(ps);
	}
	if (ps->kind == T_WORD || ps->kind == T_PHRASE) {
		const char *column = ps->column;
		ps->column = NULL;
		if (!has_token_char(ps->tok.data, ps->tok.len)) {
			/* punctuation only: nothing FTS5 could match; skip it */
			if ((r = lex(ps)) < 0)
				return r;
			return 1;
		}
		if (column && (buf_adds(&out->fts, column) < 0 || buf_adds(&out->fts, " : ") < 0))
			return error_nomem(ps->err);
		if (add_quoted(&out->fts, ps->tok.data, ps->tok.len) < 0 ||
		    (ps->prefix && buf_adds(&out->fts, " *") < 0))
			return error_nomem(ps->err);
		if ((r = add_term(ps, column)) < 0)
			return r;
		return lex(ps);
	}
	if (ps->kind == T_RPAREN)
		return error_set(ps->err, ERR_USAGE, "unexpected ')'");
	if (ps->kind == T_AND || ps->kind == T_OR)
		return error_set(ps->err, ERR_USAGE, "%s needs a term on each side",
				 ps->kind == T_AND ? "AND" : "OR");
	return error_set(ps->err, ERR_USAGE, "the query ends too early");
}

/*
 * parse_and writes the positive pieces before the negative ones: put the
 * terms from `first` on in that order too, so they stay in FTS5's phrase
 * order. last[i] is 1 for a term of a negative piece.
 */
static int order_terms(struct search_query *q, size_t first, const char *last)
{
	size_t n = q->nterms - first, i, k = 0;
	struct search_term *tmp;
	int pass;
	if (!n || !last)
		return 0;
	tmp = malloc(n * sizeof(*tmp));
	if (!tmp)
		return -ERR_NOMEM;
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < n; i++)
			if (!!last[i] == pass)
				tmp[k++] = q->terms[first + i];
	memcpy(q->terms + first, tmp, n * sizeof(*tmp));
	free(tmp);
	return 0;
}

/* a [AND] b [AND] NOT c ...: positives ANDed, then each negative NOTed */
static int parse_and(struct parser *ps, struct piece *out)
{
	struct buf pos = BUF_INIT, neg = BUF_INIT, negterm = BUF_INIT;
	size_t npos = 0, first = ps->q->nterms;
	int r = 0, any = 0, dangling = 0;

	buf_init(&out->fts, 0);
	out->neg = 0;
	for (;;) {
		struct piece pc;
		size_t had = ps->q->nterms;
		if (ps->kind == T_AND) {
			/* an explicit AND, like OR, needs a term on each side */
			if (!any) {
				r = error_set(ps->err, ERR_USAGE, "AND needs a term on each side");
				break;
			}
			dangling = 1;
			if ((r = lex(ps)) < 0)
				break;
		}
		if (ps->kind == T_END || ps->kind == T_OR || ps->kind == T_RPAREN) {
			if (dangling)
				r = error_set(ps->err, ERR_USAGE, "AND needs a term on each side");
			break;
		}
		r = parse_unary(ps, &pc);
		if (r < 0) {
			buf_release(&pc.fts);
			break;
		}
		if (r == 1 || !pc.fts.len) { /* skipped term */
			buf_release(&pc.fts);
			r = 0;
			continue;
		}
		any = 1;
		dangling = 0;
		while (had < ps->q->nterms) { /* which of this group's terms come last */
			buf_putc(&negterm, pc.neg ? 1 : 0);
			had++;
		}
		if (pc.neg) {
			buf_puts(&neg, " NOT ");
			buf_put(&neg, pc.fts.data, pc.fts.len);
		} else {
			if (npos++)
				buf_puts(&pos, " AND ");
			buf_put(&pos, pc.fts.data, pc.fts.len);
		}
		buf_release(&pc.fts);
	}
	/* the pieces are put, not added: a failed append shows here, once */
	if (r == 0 && (buf_error(&pos) || buf_error(&neg) || buf_error(&negterm)))
		r = error_nomem(ps->err);
	if (r == 0 && any) {
		if (!npos) {
			r = error_set(ps->err, ERR_USAGE,
				      "NOT needs a positive term to subtract from");
		} else {
			if (npos > 1 || neg.len)
				buf_putc(&out->fts, '(');
			if (npos > 1 && neg.len)
				buf_putc(&out->fts, '(');
			buf_put(&out->fts, pos.data, pos.len);
			if (npos > 1 && neg.len)
				buf_putc(&out->fts, ')');
			buf_put(&out->fts, neg.data, neg.len);
			if (npos > 1 || neg.len)
				buf_putc(&out->fts, ')');
			if (buf_error(&out->fts) || order_terms(ps->q, first, negterm.data) < 0)
				r = error_nomem(ps->err);
		}
	}
	buf_release(&pos);
	buf_release(&neg);
	buf_release(&negterm);
	return r;
}

static int parse_or(struct parser *ps, struct piece *out)
{
	struct piece pc;
	size_t n = 0;
	int r;

	buf_init(&out->fts, 0);
	out->neg = 0;
	for (;;) {
		r = parse_and(ps, &pc);
		if (r < 0) {
			buf_release(&pc.fts);
			return r;
		}
		if (pc.fts.len) {
			if (n++)
				buf_puts(&out->fts, " OR ");
			buf_put(&out->fts, pc.fts.data, pc.fts.len);
		} else if (ps->kind == T_OR || n) {
			buf_release(&pc.fts);
			return error_set(ps->err, ERR_USAGE, "OR needs a term on each side");
		}
		buf_release(&pc.fts);
		if (ps->kind != T_OR)
			break;
		if ((r = lex(ps)) < 0)
			return r;
	}
	if (n > 1) {
		struct buf w = BUF_INIT;
		buf_putc(&w, '(');
		buf_put(&w, out->fts.data, out->fts.len);
		buf_putc(&w, ')');
		buf_release(&out->fts);
		out->fts = w;
	}
	return buf_error(&out->fts) ? error_nomem(ps->err) : 0;
}

int search_query_parse(const char *text, struct search_query *q, struct error *err)
{
	struct parser ps;
	struct piece top;
	int r;

	memset(q, 0, sizeof(*q));
	if (!text)
		text = "";
	if (strlen(text) > SEARCH_QUERY_MAX)
		return error_set(err, ERR_USAGE, "query longer than %d bytes", SEARCH_QUERY_MAX);
	memset(&ps, 0, sizeof(ps));
	ps.p = text;
	ps.q = q;
	ps.err = err;
	buf_init(&ps.tok, 0);
	buf_init(&top.fts, 0);
	r = lex(&ps);
	if (r == 0)
		r = parse_or(&ps, &top);
	if (r == 0 && ps.kind == T_RPAREN)
		r = error_set(err, ERR_USAGE, "unexpected ')'");
	else if (r == 0 && ps.kind != T_END)
		r = error_set(err, ERR_USAGE, "cannot parse the query near '%.20s'", ps.p);
	if (r == 0 && top.fts.len)
		q->fts = buf_detach(&top.fts, NULL);
	if (r == 0 && !q->fts && !q->source && !q->lang && !q->since && !q->until && !q->tag &&
	    !q->actor)
		r = error_set(err, ERR_USAGE, "empty query");
	buf_release(&top.fts);
	buf_release(&ps.tok);
	if (r < 0)
		search_query_release(q);
	return r < 0 ? r : 0;
}

/* 1 when no stored article passes `one`'s filters, 0 when some does; negative with err. */
static int passes_none(struct store *st, const struct search_query *one, struct error *err)
{
	struct outlet_list l;
	int r = store_outlets_filtered(st, one, 1, 0, &l, err);
	if (r < 0)
		return r;
	r = l.n == 0;
	outlet_list_release(&l);
	return r;
}

int query_filter_unmatched(struct store *st, const struct search_query *q, const char **which,
			   struct error *err)
{
	struct search_query one;
	int r;

	*which = NULL;
	if (q->source) {
		memset(&one, 0, sizeof(one));
		one.source = q->source;
		if ((r = passes_none(st, &one, err)) != 0) {
			if (r > 0)
				*which = "source";
			return r < 0 ? r : 0;
		}
	}
	if (q->tag) {
		memset(&one, 0, sizeof(one));
		one.tag = q->tag;
		if ((r = passes_none(st, &one, err)) != 0) {
			if (r > 0)
				*which = "tag";
			return r < 0 ? r : 0;
		}
	}
	return 0;
}
