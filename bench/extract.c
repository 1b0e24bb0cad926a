/*
 * bench/extract.c: extraction quality and speed on the shared dev set.
 *
 *   build/bench/extract [--dir DIR] [--per-page] [--show ID] [--json]
 *
 * Reads DIR/ground-truth.json and DIR/html/<id>.html.gz (default
 * $SHARED/bench/extraction, $SHARED defaulting to ../shared), runs
 * extract_html() on every page in one process and prints precision,
 * recall and F1 (the metric of DIR/README.md, reimplemented below),
 * pages/s and MB/s of extraction alone (reading and gunzip excluded),
 * and the peak RSS. Prints figures, asserts nothing; exits 0 with a
 * message when the data set is absent.
 *
 * Also usable as a scorer for other extractors: --score FILE.json scores
 * {"<id>": "<text>", ...} (as written by bench/extract-ref/) instead.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <jansson.h>
#include <libxml/xmlunicode.h>

#include "extract/extract.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/utf8.h"

#include "util/banned.h"

/* ---- the metric ---- */

/* Python's \w: letters, numbers, underscore. */
static int word_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		       c == '_';
	return xmlUCSIsCatL((int)c) || xmlUCSIsCatN((int)c);
}

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

struct toks {
	uint64_t *v; /* hash of each token */
	size_t n, alloc;
};

static void tokenize(const char *s, struct toks *t)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, start = 0;
	int in = 0;
	t->n = 0;
	while (i <= len) {
		uint32_t cp = 0;
		size_t k = i < len ? utf8_seq(p + i, len - i, &cp) : 1;
		int w = i < len && k && word_cp(cp);
		if (!k)
			k = 1;
		if (w && !in) {
			start = i;
			in = 1;
		} else if (!w && in) {
			if (t->n == t->alloc) {
				t->alloc = t->alloc ? t->alloc * 2 : 1024;
				t->v = realloc(t->v, t->alloc * sizeof(*t->v));
				if (!t->v)
					abort();
			}
			t->v[t->n++] = fnv(1469598103934665603ull, s + start, i - start);
			in = 0;
		}
		i += k;
	}
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* Sorted shingle hashes of a token list: 4-grams, or one shingle for 1-3 tokens. */
static size_t shingles(const struct toks *t, uint64_t **out)
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
	qsort(*out, n, sizeof(**out), cmp_u64);
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
	struct toks t = { 0 };
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

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

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
	const char *shared = getenv("SHARED"), *dir, *show = NULL, *score_file = NULL;
	char default_dir[4096];
	int per_page = 0, i, repeat = 1;
	char path[4096 + 256];
	json_t *gt, *pred = NULL, *v;
	json_error_t je;
	const char *id;
	struct score sc = { 0 };
	struct page_result *pages;
	size_t npages = 0, bytes = 0, titles = 0, empty = 0, failed = 0;
	double t_extract = 0;
	struct rusage ru;

	snprintf(default_dir, sizeof(default_dir), "%s/bench/extraction",
		 shared && *shared ? shared : "../shared");
	dir = default_dir;
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--dir") && i + 1 < argc)
			dir = argv[++i];
		else if (!strcmp(argv[i], "--per-page"))
			per_page = 1;
		else if (!strcmp(argv[i], "--show") && i + 1 < argc)
			show = argv[++i];
		else if (!strcmp(argv[i], "--score") && i + 1 < argc)
			score_file = argv[++i];
		else if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
			repeat = atoi(argv[++i]) > 0 ? atoi(argv[i]) : 1;
		else {
			fprintf(stderr, "usage: extract [--dir DIR] [--per-page] [--show ID] "
					"[--score FILE] "
					"[--repeat N]\n");
			return 2;
		}
	}
	snprintf(path, sizeof(path), "%s/ground-truth.json", dir);
	gt = json_load_file(path, 0, &je);
	if (!gt) {
		printf("extract bench: skipped: %s not found (the dev set lives in ../shared)\n",
		       path);
		return 0;
	}
	if (score_file) {
		pred = json_load_file(score_file, 0, &je);
		if (!pred) {
			fprintf(stderr, "extract bench: %s: %s\n", score_file, je.text);
			return 1;
		}
	}
	pages = calloc(json_object_size(gt), sizeof(*pages));
	if (!pages)
		return 1;

	json_object_foreach(gt, id, v)
	{
		const char *truth = json_string_value(json_object_get(v, "articleBody"));
		const char *url = json_string_value(json_object_get(v, "url"));
		struct buf html = BUF_INIT;
		struct extract_result res;
		struct extract_options opt = { 0 };
		struct error err = { 0 };
		const char *text = "";
		double p, r, t0;
		int rc = 0, k;

		if (show && strcmp(show, id))
			continue;
		if (!truth)
			truth = "";
		memset(&res, 0, sizeof(res));
		if (pred) {
			text = json_string_value(json_object_get(pred, id));
			if (!text)
				text = "";
		} else {
			snprintf(path, sizeof(path), "%s/html/%s.html.gz", dir, id);
			if (file_read_all(path, 64u << 20, &html, &err) < 0) {
				fprintf(stderr, "extract bench: %s: %s\n", path, err.msg);
				failed++;
				continue;
			}
			opt.url = url;
			for (k = 0; k < repeat; k++) {
				if (k)
					extract_result_release(&res);
				t0 = now();
				rc = extract_html(html.data, html.len, &opt, &res, &err);
				t_extract += now() - t0;
				bytes += html.len;
			}
			if (rc < 0) {
				fprintf(stderr, "extract bench: %s: %s\n", id, err.msg);
				failed++;
			} else {
				text = res.text;
				titles += res.title != NULL;
			}
		}
		empty += !*text;
		score_page(truth, text, &sc, &p, &r);
		if (show) {
			printf("title: %s\nP %.3f R %.3f\n---- extracted\n%s\n---- truth\n%s\n",
			       res.title ? res.title : "(none)", p, r, text, truth);
		}
		pages[npages].id = id;
		pages[npages].p = p < 0 ? 0 : p;
		pages[npages].r = r < 0 ? 0 : r;
		npages++;
		if (rc == 0 && !pred)
			extract_result_release(&res);
		buf_release(&html);
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
		getrusage(RUSAGE_SELF, &ru);
		printf("extract bench: %zu pages (%zu failed, %zu empty)\n", npages, failed, empty);
		printf("  precision %.3f  recall %.3f  F1 %.3f\n", P, R, F);
		if (!pred) {
			printf("  titles found %zu/%zu\n", titles, npages);
			printf("  %.0f pages/s  %.1f MB/s  (extraction only, one core, %.2f s)\n",
			       t_extract > 0 ? (double)(npages * (size_t)repeat) / t_extract : 0,
			       t_extract > 0 ? (double)bytes / 1e6 / t_extract : 0, t_extract);
		}
		if (!pred)
			printf("  peak RSS %.1f MiB\n", (double)ru.ru_maxrss / 1024.0);
	}
	free(pages);
	json_decref(gt);
	json_decref(pred);
	return 0;
}
