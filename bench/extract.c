/*
 * bench/extract.c: extraction quality and speed on the shared dev set.
 *
 *   build/bench/extract [--dir DIR] [--per-page] [--show ID] [--repeat N]
 *                       [--meta-all]
 *
 * Reads DIR/ground-truth.json and DIR/html/<id>.html.gz (default
 * $SHARED/bench/extraction, $SHARED defaulting to ../shared), runs
 * extract_html() on every page in one process and prints precision,
 * recall and F1 (the metric of DIR/README.md, reimplemented below),
 * pages/s and MB/s of extraction alone (reading and gunzip excluded),
 * and the peak RSS. Prints figures, asserts nothing; exits 0 with a
 * message when the data set is absent.
 *
 * --meta-all lists every page's metadata as found: id, title, byline,
 * published and modified date, tab-separated (to compare two builds).
 *
 * Also usable as a scorer for other extractors: --score FILE.json scores
 * {"<id>": "<text>", ...} (as written by bench/extract-ref/) instead.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"
#include "util/utf8.h"

#include "util/banned.h"

/* ---- the metric ---- */

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

static void tokenize(const char *s, struct bench_toks *t)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, start = 0;
	int in = 0;
	t->n = 0;
	while (i <= len) {
		uint32_t cp = 0;
		size_t k = i < len ? utf8_seq(p + i, len - i, &cp) : 1;
		int w = i < len && k && bench_word_cp(cp);
		if (!k)
			k = 1;
		if (w && !in) {
			start = i;
			in = 1;
		} else if (!w && in) {
			bench_toks_push(t, fnv(1469598103934665603ull, s + start, i - start));
			in = 0;
		}
		i += k;
	}
}

/* Sorted shingle hashes of a token list: 4-grams, or one shingle for 1-3 tokens. */
static size_t shingles(const struct bench_toks *t, uint64_t **out)
{
	size_t n, i, j;
	if (t->n == 0) {
		*out = NULL;
		return 0;
	}
	n = t->n < 4 ? 1 : t->n - 3;
	*out = malloc(n * sizeof(**out));
	if (!*out)
		abort();
	for (i = 0; i < n; i++) {
		uint64_t h = 88172645463325252ull ^ (t->n < 4 ? t->n : 4);
		size_t m = t->n < 4 ? t->n : 4;
		for (j = 0; j < m; j++)
			h = (h ^ t->v[i + j]) * 0x9E3779B97F4A7C15ull + j;
		(*out)[i] = h;
	}
	qsort(*out, n, sizeof(**out), bench_cmp_u64);
	return n;
}

struct score {
	double p_sum, r_sum;
	int p_n, r_n;
};

/* Score one page; returns its F1-ish numbers through p/r (-1 when undefined). */
static void score_page(const char *truth, const char *pred, struct score *sc, double *pp,
		       double *rr)
{
	struct bench_toks t = { 0 };
	uint64_t *a, *b;
	size_t na, nb, i = 0, j = 0;
	double tp = 0, fp = 0, fn = 0;

	tokenize(truth, &t);
	na = shingles(&t, &a);
	tokenize(pred, &t);
	nb = shingles(&t, &b);
	free(t.v);
	while (i < na || j < nb) {
		/* count runs of equal hashes on each side */
		uint64_t h = i < na && (j >= nb || a[i] <= b[j]) ? a[i] : b[j];
		size_t ca = 0, cb = 0;
		while (i < na && a[i] == h)
			i++, ca++;
		while (j < nb && b[j] == h)
			j++, cb++;
		tp += (double)(ca < cb ? ca : cb);
		fp += cb > ca ? (double)(cb - ca) : 0;
		fn += ca > cb ? (double)(ca - cb) : 0;
	}
	free(a);
	free(b);
	*pp = *rr = -1;
	if (fp == 0 && fn == 0) {
		*pp = *rr = 1;
	} else {
		if (tp + fp > 0)
			*pp = tp / (tp + fp);
		if (tp + fn > 0)
			*rr = tp / (tp + fn);
	}
	if (tp + fp > 0) {
		sc->p_sum += *pp;
		sc->p_n++;
	}
	if (na > 0) {
		sc->r_sum += *rr < 0 ? 0 : *rr;
		sc->r_n++;
	}
}

/* ---- driver ---- */

struct page_result {
	const char *id;
	double p, r;
};

static int cmp_page(const void *a, const void *b)
{
	const struct page_result *x = a, *y = b;
	double fx = x->p + x->r, fy = y->p + y->r;
	return fx < fy ? -1 : fx > fy;
}

int main(int argc, char **argv)
{
	const char *dir = NULL, *show = NULL, *score_file = NULL, *id;
	int per_page = 0, meta_all = 0, i, repeat = 1, r;
	struct bench_pages b;
	json_t *v;
	struct score sc = { 0 };
	struct page_result *pages;
	size_t npages = 0, titles = 0;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--dir") && i + 1 < argc)
			dir = argv[++i];
		else if (!strcmp(argv[i], "--per-page"))
			per_page = 1;
		else if (!strcmp(argv[i], "--show") && i + 1 < argc)
			show = argv[++i];
		else if (!strcmp(argv[i], "--meta-all"))
			meta_all = 1;
		else if (!strcmp(argv[i], "--score") && i + 1 < argc)
			score_file = argv[++i];
		else if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
			repeat = atoi(argv[++i]) > 0 ? atoi(argv[i]) : 1;
		else {
			fprintf(stderr, "usage: extract [--dir DIR] [--per-page] [--show ID] "
					"[--score FILE] "
					"[--repeat N] [--meta-all]\n");
			return 2;
		}
	}
	if ((r = bench_pages_open(&b, "extract", dir, "bench/extraction", score_file)) != 0) {
		bench_pages_close(&b);
		return r == 1 ? 0 : 1;
	}
	b.repeat = repeat;
	pages = calloc(json_object_size(b.gt), sizeof(*pages));
	if (!pages)
		return 1;

	json_object_foreach(b.gt, id, v)
	{
		const char *truth = json_string_value(json_object_get(v, "articleBody"));
		const char *url = json_string_value(json_object_get(v, "url"));
		struct extract_result res;
		const char *text;
		enum bench_page got;
		double p, rr;

		if (show && strcmp(show, id))
			continue;
		if (!truth)
			truth = "";
		got = bench_page_text(&b, id, url, &res, &text);
		if (got == BENCH_PAGE_UNREAD)
			continue;
		titles += res.title != NULL;
		if (meta_all && got == BENCH_PAGE_EXTRACTED)
			printf("meta\t%s\t%s\t%s\t%s\t%s\n", id, res.title ? res.title : "",
			       res.byline ? res.byline : "",
			       res.date_published ? res.date_published : "",
			       res.date_modified ? res.date_modified : "");
		score_page(truth, text, &sc, &p, &rr);
		if (show) {
			printf("title: %s\nP %.3f R %.3f\n---- extracted\n%s\n---- truth\n%s\n",
			       res.title ? res.title : "(none)", p, rr, text, truth);
		}
		pages[npages].id = id;
		pages[npages].p = p < 0 ? 0 : p;
		pages[npages].r = rr < 0 ? 0 : rr;
		npages++;
		if (got == BENCH_PAGE_EXTRACTED)
			extract_result_release(&res);
	}

	if (per_page) {
		size_t k;
		qsort(pages, npages, sizeof(*pages), cmp_page);
		for (k = 0; k < npages; k++)
			printf("%.3f %.3f %s\n", pages[k].p, pages[k].r, pages[k].id);
	}
	{
		double P = sc.p_n ? sc.p_sum / sc.p_n : 0, R = sc.r_n ? sc.r_sum / sc.r_n : 0;
		double F = P + R > 0 ? 2 * P * R / (P + R) : 0;
		printf("extract bench: %zu pages (%zu failed, %zu empty)\n", npages, b.failed,
		       b.empty);
		printf("  precision %.3f  recall %.3f  F1 %.3f\n", P, R, F);
		if (!b.pred)
			printf("  titles found %zu/%zu\n", titles, npages);
		bench_pages_speed(&b, npages);
	}
	free(pages);
	bench_pages_close(&b);
	return 0;
}
