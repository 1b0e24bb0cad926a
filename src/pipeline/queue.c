/*
 * queue.c: documents extracted outside any transaction, stored together in
 * one short write transaction.
 *
 * Extraction is the slow part of storing a page and needs no database.
 * SQLite has one writer at a time: a run that extracted inside its write
 * transaction held the lock for a whole batch's extraction, and every other
 * writer (add, fetch, a second ingest, serve --poll) waited that long. Here
 * the lock is held only while a batch of ready articles is written.
 */
#include "pipeline/internal.h"

#include <stdlib.h>
#include <string.h>

#include "store/store.h"
#include "util/buf.h"

#include "util/banned.h"

/* Pages held at most before they are stored (opt->batch when set), and bytes. */
#define QUEUE_PAGES 64
#define QUEUE_BYTES (64u << 20)

struct queued {
	char *input, *url, *content_type; /* copies: x points into them */
	struct buf body;                  /* the page, which x points into */
	struct ingest_extracted x;
};

struct ingest_queue {
	struct store *st;
	const struct ingest_options *opt;
	struct ingest_stats *stats;
	struct queued *items;
	size_t n, cap, bytes;
};

int ingest_queue_new(struct ingest_queue **out, struct store *st, const struct ingest_options *opt,
		     struct ingest_stats *stats, struct error *err)
{
	struct ingest_queue *q = calloc(1, sizeof(*q));

	*out = NULL;
	if (!q)
		return error_nomem(err);
	q->cap = opt && opt->batch ? opt->batch : QUEUE_PAGES;
	if (q->cap > 100000)
		q->cap = 100000;
	if (!(q->items = calloc(q->cap, sizeof(*q->items)))) {
		free(q);
		return error_nomem(err);
	}
	q->st = st;
	q->opt = opt;
	q->stats = stats;
	*out = q;
	return 0;
}

static void item_release(struct queued *it)
{
	ingest_extracted_release(&it->x);
	buf_release(&it->body);
	free(it->input);
	free(it->url);
	free(it->content_type);
	memset(it, 0, sizeof(*it));
}

void ingest_queue_clear(struct ingest_queue *q)
{
	size_t i;
	for (i = 0; i < q->n; i++)
		item_release(&q->items[i]);
	q->n = 0;
	q->bytes = 0;
}

void ingest_queue_free(struct ingest_queue *q)
{
	if (!q)
		return;
	ingest_queue_clear(q);
	free(q->items);
	free(q);
}

int ingest_queue_flush(struct ingest_queue *q, struct error *err)
{
	struct ingest_stats before = *q->stats;
	size_t i, n = q->n;
	int r = 0;

	if (!n)
		return 0;
	if (store_begin(q->st, err) < 0) {
		q->stats->failed += n;
		ingest_queue_clear(q);
		return -ERR_DB;
	}
	for (i = 0; i < n && r == 0; i++) {
		struct error perr = { 0 };
		struct queued *it = &q->items[i];
		r = ingest_store_extracted(q->st, &it->x, q->stats, NULL, &perr);
		r = ingest_settle(q->opt, q->stats, it->input, r, &perr, err);
	}
	if (r < 0 || store_commit(q->st, err) < 0) {
		/* nothing of the batch is stored: its pages count as failed */
		store_rollback(q->st);
		*q->stats = before;
		q->stats->failed += n;
		ingest_queue_clear(q);
		return -ERR_DB;
	}
	ingest_queue_clear(q);
	ingest_report_commit(q->opt, q->stats);
	return 0;
}

/* A copy of `s` in *out (NULL stays NULL); -1 when out of memory. */
static int copy(char **out, const char *s)
{
	*out = s ? strdup(s) : NULL;
	return s && !*out ? -1 : 0;
}

int ingest_queue_add(struct ingest_queue *q, const struct ingest_doc *doc, struct buf *take,
		     struct error *err)
{
	struct queued *it = &q->items[q->n];
	struct ingest_doc d = { 0 };
	struct error perr = { 0 };
	int r;

	memset(it, 0, sizeof(*it));
	if (take) {
		it->body = *take; /* doc->data points into it: it moves, unchanged */
		buf_init(take, take->cap);
	} else {
		buf_init(&it->body, doc->len + 1);
	}
	if ((!take && buf_add(&it->body, doc->data, doc->len) < 0) ||
	    copy(&it->input, doc->input) < 0 || copy(&it->url, doc->url) < 0 ||
	    copy(&it->content_type, doc->content_type) < 0) {
		r = error_nomem(&perr);
	} else {
		d.input = it->input;
		d.url = it->url;
		d.content_type = it->content_type;
		d.data = take ? doc->data : it->body.data;
		d.len = doc->len;
		r = ingest_extract(&d, q->opt, &it->x, &perr);
	}
	if (r < 0) {
		/* a page that failed: counted and reported; the run goes on */
		r = ingest_settle(q->opt, q->stats, doc->input, r, &perr, err);
		item_release(it);
		return r;
	}
	q->bytes += doc->len;
	if (++q->n == q->cap || q->bytes >= QUEUE_BYTES)
		return ingest_queue_flush(q, err);
	return 0;
}
