/*
 * bench/pages.h: what the extraction benchmarks (extract.c, extract_wcxb.c)
 * share. A data set is DIR/ground-truth.json ({"<id>": {"url": ..., ...}})
 * and DIR/html/<id>.html.gz; each page's text is extracted by brief (timed)
 * or taken from a --score file ({"<id>": "<text>"}, as bench/extract-ref/
 * writes). Each benchmark includes this header once, so all is static.
 */
#ifndef BRIEF_BENCH_PAGES_H
#define BRIEF_BENCH_PAGES_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <jansson.h>
#include <libxml/xmlunicode.h>

#include "extract/extract.h"
#include "util/array.h"
#include "util/buf.h"
#include "util/file.h"

struct bench_pages {
	const char *name; /* the benchmark's, in messages */
	struct buf dir;
	json_t *gt;   /* the ground truth */
	json_t *pred; /* the --score file, or NULL: brief extracts */
	int repeat;   /* extractions of each page (timed together) */
	size_t bytes, failed, empty;
	double t_extract; /* seconds in extract_html */
};

/* Python's \w: letters, numbers, underscore. */
static int bench_word_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		       c == '_';
	return xmlUCSIsCatL((int)c) || xmlUCSIsCatN((int)c);
}

/* Token hashes, as the metrics collect them. */
struct bench_toks {
	uint64_t *v;
	size_t n, alloc;
};

static void bench_toks_push(struct bench_toks *t, uint64_t h)
{
	if (ARRAY_GROW(t->v, t->n, t->alloc) < 0)
		abort(); /* a benchmark has no use going on without memory */
	t->v[t->n++] = h;
}

static int bench_cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static double bench_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/*
 * Load the data set in `dir`, else $SHARED/`sub` ($SHARED: ../shared),
 * and the --score file when one is named. 0; 1 when the data set is absent
 * (said on stdout: the benchmark is skipped); 2 on any other error.
 */
static int bench_pages_open(struct bench_pages *b, const char *name, const char *dir,
			    const char *sub, const char *score_file)
{
	const char *shared = getenv("SHARED");
	struct buf path = BUF_INIT;
	json_error_t je;

	memset(b, 0, sizeof(*b));
	b->name = name;
	b->repeat = 1;
	buf_init(&b->dir, 0);
	if (dir)
		buf_puts(&b->dir, dir);
	else
		buf_putf(&b->dir, "%s/%s", shared && *shared ? shared : "../shared", sub);
	buf_putf(&path, "%s/ground-truth.json", b->dir.data);
	if (buf_error(&b->dir) || buf_error(&path)) {
		buf_release(&path);
		return 2;
	}
	b->gt = json_load_file(path.data, 0, &je);
	if (!b->gt) {
		printf("%s bench: skipped: %s not found (the data set lives in ../shared)\n", name,
		       path.data);
		buf_release(&path);
		return 1;
	}
	buf_release(&path);
	if (score_file && !(b->pred = json_load_file(score_file, 0, &je))) {
		fprintf(stderr, "%s bench: %s: %s\n", name, score_file, je.text);
		return 2;
	}
	return 0;
}

enum bench_page {
	BENCH_PAGE_UNREAD = -1,
	BENCH_PAGE_EXTRACTED = 0,
	BENCH_PAGE_FAILED,
	BENCH_PAGE_SCORED
};

/*
 * The text of page `id` (at `url`) in *text, never NULL:
 *   BENCH_PAGE_SCORED     taken from the --score file (res left empty);
 *   BENCH_PAGE_EXTRACTED  extracted into res (release it), timed;
 *   BENCH_PAGE_FAILED     extraction failed: said, counted, the text is empty;
 *   BENCH_PAGE_UNREAD     the page could not be read: said, counted; leave it out.
 */
static enum bench_page bench_page_text(struct bench_pages *b, const char *id, const char *url,
				       struct extract_result *res, const char **text)
{
	struct extract_options opt = { 0 };
	struct buf path = BUF_INIT, html = BUF_INIT;
	struct error err = { 0 };
	int rc = 0, k;

	memset(res, 0, sizeof(*res));
	*text = "";
	if (b->pred) {
		*text = json_string_value(json_object_get(b->pred, id));
		if (!*text)
			*text = "";
		b->empty += !**text;
		return BENCH_PAGE_SCORED;
	}
	buf_putf(&path, "%s/html/%s.html.gz", b->dir.data, id);
	if (buf_error(&path) || file_read_all(path.data, 64u << 20, &html, &err) < 0) {
		fprintf(stderr, "%s bench: %s: %s\n", b->name, *path.data ? path.data : id,
			err.msg);
		b->failed++;
		buf_release(&path);
		buf_release(&html);
		return BENCH_PAGE_UNREAD;
	}
	buf_release(&path);
	opt.url = url;
	for (k = 0; k < b->repeat; k++) {
		double t0;
		if (k && rc == 0)
			extract_result_release(res);
		t0 = bench_now();
		rc = extract_html(html.data, html.len, &opt, res, &err);
		b->t_extract += bench_now() - t0;
		b->bytes += html.len;
	}
	buf_release(&html);
	if (rc < 0) {
		fprintf(stderr, "%s bench: %s: %s\n", b->name, id, err.msg);
		b->failed++;
		b->empty++;
		memset(res, 0, sizeof(*res));
		return BENCH_PAGE_FAILED;
	}
	*text = res->text ? res->text : "";
	b->empty += !**text;
	return BENCH_PAGE_EXTRACTED;
}

/* The speed of `npages` pages extracted (not with --score) and the peak RSS. */
static void bench_pages_speed(const struct bench_pages *b, size_t npages)
{
	struct rusage ru;
	double n = (double)npages * b->repeat;
	if (b->pred)
		return;
	getrusage(RUSAGE_SELF, &ru);
	printf("  %.0f pages/s  %.1f MB/s  (extraction only, one core, %.2f s)\n",
	       b->t_extract > 0 ? n / b->t_extract : 0,
	       b->t_extract > 0 ? (double)b->bytes / 1e6 / b->t_extract : 0, b->t_extract);
	printf("  peak RSS %.1f MiB\n", (double)ru.ru_maxrss / 1024.0);
}

static void bench_pages_close(struct bench_pages *b)
{
	buf_release(&b->dir);
	json_decref(b->gt);
	json_decref(b->pred);
}

#endif
