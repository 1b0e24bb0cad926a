/*
 * bench/extract_wcxb.c: extraction quality on the WCXB development set, a
 * second benchmark beside the Zyte one (bench/extract.c), of many page types
 * from many sites.
 *
 *   build/bench/extract_wcxb [--dir DIR] [--per-page] [--type TYPE]
 *                            [--show ID] [--score FILE] [--meta-misses]
 *                            [--meta-all] [--dump DIR] [--halves]
 *
 * Reads DIR/ground-truth.json and DIR/html/<id>.html.gz (default
 * $SHARED/bench/extraction-wcxb, $SHARED defaulting to ../shared), runs extract_html()
 * on every page in one process and prints WCXB's metric (README of the data
 * set): lower-cased \w+ tokens, per page the bag-of-words overlap with the
 * gold text, P = overlap / predicted, R = overlap / gold, F1 per page; a page
 * with empty gold scores 1 only for an empty output; means over pages, for
 * all pages and per page type. Also the metadata accuracy (normalised exact
 * title, author contained either way, date to the day, language's primary subtag) over the pages whose
 * gold has the field, how often the page type found matches the gold one,
 * pages/s of extraction alone and the peak RSS. Prints figures, asserts
 * nothing; exits 0 with a message when the data set is absent.
 *
 * --per-page prints F1, P, R, gold type, id and the type found, worst first.
 *
 * --meta-misses lists every title, author, date and language that does not match:
 * field, id, gold, ours, tab-separated.
 *
 * --meta-all lists every page's metadata as found: id, gold type, type found,
 * title, byline, published and modified date, tab-separated (to compare two
 * builds page by page).
 *
 * --dump DIR writes each page's extracted text to DIR/<id>.txt.
 *
 * --halves also prints F1 per page type and the metadata for the pages of
 * odd and of even id apart: two halves of sites, to tell a change that
 * holds on pages it was not tuned on from one that fits a few.
 *
 * --score FILE.json scores {"<id>": "<text>", ...} (as written by
 * bench/extract-ref/) instead of running brief.
 */
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wctype.h>

#include "pages.h"
#include "util/utf8.h"

#include "util/banned.h"

/* ---- the metric ---- */

/*
 * Lower-cased \w+ tokens of `s`, hashed, into `t` (sorted when `sort`);
 * with `norm` also the tokens joined by single spaces (for metadata).
 */
static void tokenize(const char *s, struct bench_toks *t, struct buf *norm)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = s ? strlen(s) : 0, i = 0;
	uint64_t h = 0;
	int in = 0;

	t->n = 0;
	while (i <= len) {
		uint32_t cp = 0;
		size_t k = i < len ? utf8_seq(p + i, len - i, &cp) : 1;
		int w = i < len && k && bench_word_cp(cp);
		if (!k)
			k = 1;
		if (w) {
			uint32_t lc = cp < 0x80 ? (uint32_t)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp)
						: (uint32_t)towlower((wint_t)cp);
			if (!in) {
				h = 1469598103934665603ull;
				if (norm && norm->len)
					buf_putc(norm, ' ');
			}
			h = (h ^ lc) * 1099511628211ull;
			if (norm)
				utf8_put(norm, lc);
			in = 1;
		} else if (in) {
			bench_toks_push(t, h);
			in = 0;
		}
		i += k;
	}
}

/* WCXB's per-page P, R, F1 of `pred` against `gold` (either may be empty). */
static void score_page(const char *gold, const char *pred, double *P, double *R, double *F)
{
	struct bench_toks g = { 0 }, p = { 0 };
	size_t i = 0, j = 0, overlap = 0;

	tokenize(gold, &g, NULL);
	tokenize(pred, &p, NULL);
	if (g.n == 0) {
		*P = *R = *F = p.n == 0 ? 1 : 0;
		goto out;
	}
	if (p.n == 0) {
		*P = *R = *F = 0;
		goto out;
	}
	qsort(g.v, g.n, sizeof(*g.v), bench_cmp_u64);
	qsort(p.v, p.n, sizeof(*p.v), bench_cmp_u64);
	while (i < g.n && j < p.n) {
		if (g.v[i] == p.v[j])
			overlap++, i++, j++;
		else if (g.v[i] < p.v[j])
			i++;
		else
			j++;
	}
	*P = (double)overlap / (double)p.n;
	*R = (double)overlap / (double)g.n;
	*F = *P + *R > 0 ? 2 * *P * *R / (*P + *R) : 0;
out:
	free(g.v);
	free(p.v);
}

/* `s` lower-cased, its \w+ tokens joined by single spaces, into `out`. */
static void normalise(const char *s, struct buf *out)
{
	struct bench_toks t = { 0 };
	buf_reset(out);
	tokenize(s, &t, out);
	free(t.v);
}

/* ---- per-type tallies ---- */

#define NTYPES 9
static const char *const type_names[NTYPES] = { "article", "documentation", "service",
						"forum",   "collection",    "listing",
						"product", "other",         "all" };

struct tally {
	double p, r, f;
	int n;
	int type_hit; /* page type found equals the gold one */
};

static int type_index(const char *t)
{
	int i;
	for (i = 0; t && i < NTYPES - 2; i++)
		if (!strcmp(t, type_names[i]))
			return i;
	return NTYPES - 2;
}

struct meta_tally {
	int title_n, title_ok, author_n, author_ok, date_n, date_ok, lang_n, lang_ok;
};

/*
 * Scores one page's title, author and date against the gold; with `misses`
 * prints each one that does not match (id, field, gold, ours).
 */
static void meta_score(const char *id, json_t *g, const struct extract_result *res,
		       struct meta_tally *m, int misses)
{
	int ok;
	const char *gt = json_string_value(json_object_get(g, "title"));
	const char *ga = json_string_value(json_object_get(g, "author"));
	const char *gd = json_string_value(json_object_get(g, "date"));
	const char *gl = json_string_value(json_object_get(g, "lang"));
	struct buf a = BUF_INIT, b = BUF_INIT;

	if (gt && *gt) {
		m->title_n++;
		normalise(gt, &a);
		normalise(res->title, &b);
		ok = a.len && b.len && !strcmp(a.data, b.data);
		m->title_ok += ok;
		if (misses && !ok)
			printf("title\t%s\t%s\t%s\n", id, gt, res->title ? res->title : "");
	}
	if (ga && *ga) {
		m->author_n++;
		normalise(ga, &a);
		normalise(res->byline, &b);
		ok = a.len && b.len && (strstr(a.data, b.data) || strstr(b.data, a.data));
		m->author_ok += ok;
		if (misses && !ok)
			printf("author\t%s\t%s\t%s\n", id, ga, res->byline ? res->byline : "");
	}
	if (gl && strlen(gl) >= 2) {
		m->lang_n++;
		/* the primary subtag: "en" matches "en-US" */
		ok = res->language && strlen(res->language) >= 2 &&
		     !strncasecmp(res->language, gl, 2) &&
		     (!res->language[2] || res->language[2] == '-');
		m->lang_ok += ok;
		if (misses && !ok)
			printf("lang\t%s\t%s\t%s\n", id, gl, res->language ? res->language : "");
	}
	if (gd && strlen(gd) >= 10) {
		m->date_n++;
		ok = res->date_published && strlen(res->date_published) >= 10 &&
		     !strncmp(res->date_published, gd, 10);
		m->date_ok += ok;
		if (misses && !ok)
			printf("date\t%s\t%s\t%s\n", id, gd,
			       res->date_published ? res->date_published : "");
	}
	buf_release(&a);
	buf_release(&b);
}

/* ---- driver ---- */

struct page_result {
	const char *id, *type, *found;
	double p, r, f;
};

static int cmp_page(const void *a, const void *b)
{
	const struct page_result *x = a, *y = b;
	return x->f < y->f ? -1 : x->f > y->f;
}

static double pct(int a, int b)
{
	return b ? (double)a / b : 0;
}

int main(int argc, char **argv)
{
	const char *dir = NULL, *show = NULL, *score_file = NULL, *dump = NULL;
	const char *only_type = NULL, *id;
	int per_page = 0, meta_misses = 0, meta_all = 0, halves = 0, i, r;
	struct bench_pages b;
	json_t *v;
	struct tally tally[NTYPES] = { { 0 } }, half[2][NTYPES] = { { { 0 } } };
	struct meta_tally meta = { 0 }, half_meta[2] = { { 0 } };
	struct page_result *pages;
	size_t npages = 0, k;

	setlocale(LC_CTYPE, "C.UTF-8");
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--dir") && i + 1 < argc)
			dir = argv[++i];
		else if (!strcmp(argv[i], "--per-page"))
			per_page = 1;
		else if (!strcmp(argv[i], "--meta-misses"))
			meta_misses = 1;
		else if (!strcmp(argv[i], "--meta-all"))
			meta_all = 1;
		else if (!strcmp(argv[i], "--type") && i + 1 < argc)
			only_type = argv[++i];
		else if (!strcmp(argv[i], "--show") && i + 1 < argc)
			show = argv[++i];
		else if (!strcmp(argv[i], "--score") && i + 1 < argc)
			score_file = argv[++i];
		else if (!strcmp(argv[i], "--dump") && i + 1 < argc)
			dump = argv[++i];
		else if (!strcmp(argv[i], "--halves"))
			halves = 1;
		else {
			fprintf(stderr,
				"usage: extract_wcxb [--dir DIR] [--per-page] [--type TYPE] "
				"[--show ID] [--score FILE] [--meta-misses] [--meta-all] "
				"[--dump DIR] [--halves]\n");
			return 2;
		}
	}
	if ((r = bench_pages_open(&b, "extract_wcxb", dir, "bench/extraction-wcxb", score_file)) !=
	    0) {
		bench_pages_close(&b);
		return r == 1 ? 0 : 1;
	}
	pages = calloc(json_object_size(b.gt), sizeof(*pages));
	if (!pages)
		return 1;

	json_object_foreach(b.gt, id, v)
	{
		const char *gold = json_string_value(json_object_get(v, "text"));
		const char *type = json_string_value(json_object_get(v, "page_type"));
		const char *url = json_string_value(json_object_get(v, "url"));
		struct extract_result res;
		const char *text;
		enum bench_page got;
		double p, rr, f;
		int ti, h;

		if (show && strcmp(show, id))
			continue;
		if (only_type && (!type || strcmp(only_type, type)))
			continue;
		got = bench_page_text(&b, id, url, &res, &text);
		if (got == BENCH_PAGE_UNREAD)
			continue;
		/* the half of a page: its id's last digit odd or even (ASCII: "1" is odd) */
		h = id[0] && (unsigned char)id[strlen(id) - 1] % 2;
		if (got != BENCH_PAGE_SCORED) {
			meta_score(id, v, &res, &meta, meta_misses);
			meta_score(id, v, &res, &half_meta[h], 0);
		}
		score_page(gold, text, &p, &rr, &f);
		ti = type_index(type);
		half[h][ti].f += f, half[h][ti].n++;
		half[h][NTYPES - 1].f += f, half[h][NTYPES - 1].n++;
		tally[ti].p += p, tally[ti].r += rr, tally[ti].f += f, tally[ti].n++;
		tally[NTYPES - 1].p += p, tally[NTYPES - 1].r += rr, tally[NTYPES - 1].f += f;
		tally[NTYPES - 1].n++;
		if (got == BENCH_PAGE_EXTRACTED && res.page_type && type &&
		    !strcmp(res.page_type, type)) {
			tally[ti].type_hit++;
			tally[NTYPES - 1].type_hit++;
		}
		if (show) {
			printf("type: %s (gold %s)\ntitle: %s\nauthor: %s\ndate: %s\n"
			       "P %.3f R %.3f F1 %.3f\n---- extracted\n%s\n---- gold\n%s\n",
			       res.page_type ? res.page_type : "(none)", type ? type : "?",
			       res.title ? res.title : "(none)", res.byline ? res.byline : "(none)",
			       res.date_published ? res.date_published : "(none)", p, rr, f, text,
			       gold ? gold : "(empty)");
		}
		if (meta_all && got == BENCH_PAGE_EXTRACTED)
			printf("meta\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", id, type ? type : "?",
			       res.page_type ? res.page_type : "-", res.title ? res.title : "",
			       res.byline ? res.byline : "",
			       res.date_published ? res.date_published : "",
			       res.date_modified ? res.date_modified : "");
		if (dump) {
			char path[4096];
			FILE *fp;
			snprintf(path, sizeof(path), "%s/%s.txt", dump, id);
			fp = fopen(path, "w");
			if (fp && fputs(text ? text : "", fp) == EOF) {
				fclose(fp);
				fp = NULL;
			}
			if (!fp || fclose(fp)) {
				fprintf(stderr, "extract_wcxb: cannot write %s\n", path);
				return 1;
			}
		}
		pages[npages].id = id;
		pages[npages].type = type ? type : "?";
		/* page types are static strings: they outlive the result */
		pages[npages].found =
			got == BENCH_PAGE_EXTRACTED && res.page_type ? res.page_type : "-";
		pages[npages].p = p, pages[npages].r = rr, pages[npages].f = f;
		npages++;
		if (got == BENCH_PAGE_EXTRACTED)
			extract_result_release(&res);
	}

	if (per_page) {
		qsort(pages, npages, sizeof(*pages), cmp_page);
		for (k = 0; k < npages; k++)
			printf("%.3f %.3f %.3f %-13s %s %s\n", pages[k].f, pages[k].p, pages[k].r,
			       pages[k].type, pages[k].id, pages[k].found ? pages[k].found : "-");
	}
	printf("extract_wcxb bench: %zu pages (%zu failed, %zu empty outputs)\n", npages, b.failed,
	       b.empty);
	printf("  %-14s %5s %6s %6s %6s%s\n", "page type", "pages", "P", "R", "F1",
	       b.pred ? "" : "  type found");
	for (i = 0; i < NTYPES; i++) {
		const struct tally *t = &tally[(i + NTYPES - 1) % NTYPES]; /* "all" first */
		if (!t->n)
			continue;
		printf("  %-14s %5d %6.3f %6.3f %6.3f", type_names[(i + NTYPES - 1) % NTYPES], t->n,
		       t->p / t->n, t->r / t->n, t->f / t->n);
		if (!b.pred)
			printf("  %.2f", pct(t->type_hit, t->n));
		printf("\n");
	}
	if (!b.pred)
		printf("  metadata: title %.3f (%d pages)  author %.3f (%d)  date %.3f (%d)  "
		       "language %.3f (%d)\n",
		       pct(meta.title_ok, meta.title_n), meta.title_n,
		       pct(meta.author_ok, meta.author_n), meta.author_n,
		       pct(meta.date_ok, meta.date_n), meta.date_n, pct(meta.lang_ok, meta.lang_n),
		       meta.lang_n);
	if (halves) {
		printf("  halves (F1; odd ids, even ids):\n");
		for (i = 0; i < NTYPES; i++) {
			int t = (i + NTYPES - 1) % NTYPES;
			if (!tally[t].n)
				continue;
			printf("  %-14s %6.4f %6.4f\n", type_names[t],
			       half[1][t].n ? half[1][t].f / half[1][t].n : 0,
			       half[0][t].n ? half[0][t].f / half[0][t].n : 0);
		}
		if (!b.pred)
			for (i = 1; i >= 0; i--)
				printf("  metadata, %s ids: title %.4f  author %.4f  date %.4f\n",
				       i ? "odd" : "even",
				       pct(half_meta[i].title_ok, half_meta[i].title_n),
				       pct(half_meta[i].author_ok, half_meta[i].author_n),
				       pct(half_meta[i].date_ok, half_meta[i].date_n));
	}
	bench_pages_speed(&b, npages);
	free(pages);
	bench_pages_close(&b);
	return 0;
}
