/*
 * terms.c: stored key terms as text (engine.h), the same in every engine:
 * a line a term, "WEIGHT TERM", the weight with enough digits to read back
 * the same double. Index terms hold no spaces or newlines.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "store/engine.h"
#include "util/buf.h"

#include "util/banned.h"

int store_terms_encode(const struct key_terms *kt, char **out, struct error *err)
{
	struct buf b = BUF_INIT;
	size_t i;

	*out = NULL;
	for (i = 0; i < kt->n; i++)
		if (kt->terms[i] && !strpbrk(kt->terms[i], " \n"))
			buf_putf(&b, "%.17g %s\n", kt->weights[i], kt->terms[i]);
	if (b.err) {
		buf_release(&b);
		return error_nomem(err);
	}
	*out = buf_detach(&b, NULL);
	return *out ? 0 : error_nomem(err);
}

int store_terms_decode(const char *text, struct key_terms *out, struct error *err)
{
	const char *p;
	size_t lines = 0, i;

	memset(out, 0, sizeof(*out));
	for (p = text; *p; p++)
		lines += *p == '\n';
	out->terms = calloc(lines ? lines : 1, sizeof(*out->terms));
	out->weights = calloc(lines ? lines : 1, sizeof(*out->weights));
	if (!out->terms || !out->weights) {
		key_terms_release(out);
		return error_nomem(err);
	}
	for (p = text, i = 0; i < lines; i++) {
		const char *nl = strchr(p, '\n'), *sp;
		char *end;
		double w = strtod(p, &end);
		sp = end;
		if (!nl || end == p || *sp != ' ' || sp + 1 >= nl) {
			key_terms_release(out);
			return error_set(err, ERR_DB, "stored key terms: malformed line %zu",
					 i + 1);
		}
		if (!(out->terms[out->n] = strndup(sp + 1, (size_t)(nl - sp - 1)))) {
			key_terms_release(out);
			return error_nomem(err);
		}
		out->weights[out->n++] = w;
		p = nl + 1;
	}
	return 0;
}

void store_terms_take_article(struct key_terms *kt, struct article *a)
{
	char **date = a->published ? &a->published : &a->added;
	kt->published = *date;
	*date = NULL;
	kt->source = a->source;
	a->source = NULL;
}

double store_term_weight(double tf, int64_t df, int64_t ndocs, int common_cut)
{
	/* a term new since the last refresh comes with df 2: it counts as rare */
	if (df < 2 || (common_cut && (double)df > 0.25 * (double)ndocs + 2))
		return 0;
	return df < ndocs ? tf * log((double)ndocs / (double)df) : 0;
}

static int cmp_weight_desc(const void *a, const void *b)
{
	double x = ((const struct store_term *)a)->weight,
	       y = ((const struct store_term *)b)->weight;
	return x < y ? 1 : x > y ? -1 : 0;
}

void store_terms_sort(struct store_term *t, size_t n)
{
	if (n)
		qsort(t, n, sizeof(*t), cmp_weight_desc);
}

void store_terms_free(struct store_term *t, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		free(t[i].term);
	free(t);
}

int store_key_terms_make(struct key_terms *out, struct store_term *t, size_t n, size_t max,
			 struct article *a, struct error *err)
{
	size_t i;

	memset(out, 0, sizeof(*out));
	out->terms = calloc(max ? max : 1, sizeof(*out->terms));
	out->weights = calloc(max ? max : 1, sizeof(*out->weights));
	if (!out->terms || !out->weights) {
		key_terms_release(out);
		return error_nomem(err);
	}
	for (i = 0; i < n && out->n < max && t[i].weight > 0; i++) {
		out->terms[out->n] = t[i].term;
		t[i].term = NULL;
		out->weights[out->n++] = t[i].weight;
	}
	store_terms_take_article(out, a);
	return 0;
}
