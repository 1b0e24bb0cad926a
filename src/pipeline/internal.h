/*
 * internal.h: what the files of src/pipeline/ share: one per input kind,
 * and document.c, where every kind's documents end up.
 */
#ifndef BRIEF_PIPELINE_INTERNAL_H
#define BRIEF_PIPELINE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "pipeline/ingest.h"

struct feed;

/* The most bytes of one input (opt->max_input, else the extractor's default). */
size_t ingest_max_input(const struct ingest_options *opt);
/* Tell opt->on_error / opt->on_progress, when set. */
void ingest_report_error(const struct ingest_options *opt, const char *input,
			 const struct error *err);
void ingest_report_progress(const struct ingest_options *opt, const char *input,
			    const struct ingest_stats *stats);
/*
 * Count a page's outcome `r` (its error in *perr): a failure is counted
 * and reported; a database error is also copied to *err and returned,
 * which stops the run. 0 otherwise.
 */
int ingest_settle(const struct ingest_options *opt, struct ingest_stats *stats, const char *input,
		  int r, const struct error *perr, struct error *err) MUST_CHECK;

/*
 * The article `a` (extracted as `res`) has just been stored as `id`:
 * group it with its copies and code its events (document.c), inside the
 * caller's transaction. `stats` (may be NULL) counts the events. A
 * negative return fails the page; ERR_DB stops the run.
 */
struct extract_result;
int ingest_after_store(struct store *st, int64_t id, const struct article_in *a,
		       const struct extract_result *res, enum store_put_result what,
		       struct ingest_stats *stats, struct error *err) MUST_CHECK;

/*
 * From a fetch callback, which has no run to stop: count a database
 * failure `e` in stats->store_failed (the first kept in
 * stats->store_error), for ingest_fetch_run to return.
 */
void ingest_store_failed(struct ingest_stats *stats, const struct error *e);
/*
 * From a fetch callback: 1 when robots.txt disallowed res's URL, which was
 * then never fetched: counted in stats->robots_skipped and said through
 * opt->on_skip, neither a failure nor a page seen. 0 for any other answer.
 */
struct fetch_response;
int ingest_robots_skipped(const struct ingest_options *opt, struct ingest_stats *stats,
			  const struct fetch_response *res);
/* ingest_settle from a fetch callback: its database error goes to ingest_store_failed. */
void ingest_settle_fetched(const struct ingest_options *opt, struct ingest_stats *stats,
			   const char *input, int r, const struct error *perr);
/*
 * Run opt->fetcher until every queued request is done; -ERR_DB with the
 * first error and their count when callbacks could not store something.
 */
int ingest_fetch_run(const struct ingest_options *opt, struct ingest_stats *stats,
		     struct error *err) MUST_CHECK;

/*
 * The store half of ingest_document: store the extracted article `x` (an
 * ingest_extract result, still the caller's) and do what follows a store
 * (ingest_after_store). Needs no extraction, so a caller may extract
 * outside the write transaction and store inside it.
 */
int ingest_store_extracted(struct store *st, const struct ingest_extracted *x,
			   struct ingest_stats *stats, int64_t *article_id,
			   struct error *err) MUST_CHECK;

/* Tell opt->on_commit, when set, that a write transaction of the run committed. */
void ingest_report_commit(const struct ingest_options *opt, const struct ingest_stats *stats);

/*
 * Documents extracted outside any transaction, stored together in one
 * short write transaction (queue.c): at most opt->batch of them (64 when
 * 0) or 64 MiB. Used between transactions, never inside one.
 */
struct ingest_queue;
int ingest_queue_new(struct ingest_queue **out, struct store *st, const struct ingest_options *opt,
		     struct ingest_stats *stats, struct error *err) MUST_CHECK;
/*
 * Extract `doc` (doc->entry and feed_title are not used) and queue it,
 * storing the queue when it is full. What `doc` points to is copied,
 * except its bytes when `take` is the buf they lie in: the queue then
 * takes it (leaving it empty). A page that fails is counted and
 * reported, and 0 returned; -ERR_DB (with `err`) when storing failed,
 * which stops the run.
 */
int ingest_queue_add(struct ingest_queue *q, const struct ingest_doc *doc, struct buf *take,
		     struct error *err) MUST_CHECK;
/* Store what is queued in one transaction: 0, or -ERR_DB (nothing of it stored, counted failed). */
int ingest_queue_flush(struct ingest_queue *q, struct error *err) MUST_CHECK;
/* Drop what is queued, unstored. */
void ingest_queue_clear(struct ingest_queue *q);
void ingest_queue_free(struct ingest_queue *q);

/* Whether the caller asked the run to stop (opt->stop). */
int ingest_stop_asked(const struct ingest_options *opt);

/*
 * Archives, streamed into the queue `q` (warc.c, jsonl.c). 0 when the
 * file was read to its end (or opt->stop ended it: stats->interrupted);
 * negative when it could not be (the records before are queued), ERR_DB
 * when storing failed.
 */
int ingest_warc_queued(struct ingest_queue *q, const char *path, const struct ingest_options *opt,
		       struct ingest_stats *stats, struct error *err) MUST_CHECK;
int ingest_jsonl_queued(struct ingest_queue *q, const char *path, const struct ingest_options *opt,
			struct ingest_stats *stats, struct error *err) MUST_CHECK;

/* What an input holds, told by its first bytes (files.c). */
enum ingest_kind { IN_HTML, IN_FEED, IN_WARC, IN_JSONL, IN_SITEMAP, IN_OPML };
enum ingest_kind ingest_sniff(const char *data, size_t len);
/*
 * What the file `path` holds, from its first (decompressed) bytes; a name
 * ending in .warc or .warc.gz is an archive whatever its first record, and
 * standard input ("-"), which cannot be read twice, or a file that cannot
 * be read, IN_HTML.
 */
enum ingest_kind ingest_sniff_file(const char *path);
/* The error of an OPML file given to ingest, which follows no feeds (files.c). */
int ingest_opml_refused(struct error *err) MUST_CHECK;

/*
 * Parse a feed's bytes and ingest_feed it (feed.c); with `keep`, the parsed
 * feed is handed to the caller (feed_release) instead of freed.
 */
int ingest_feed_bytes(struct store *st, const char *input, const char *url, const char *data,
		      size_t len, int64_t subscription_id, const struct ingest_options *opt,
		      struct ingest_stats *stats, struct feed *keep, struct error *err) MUST_CHECK;

/* A sitemap's bytes: queue the fetch of each page listed (`depth`: of indexes). sitemap.c. */
int ingest_sitemap(struct store *st, const char *data, size_t len, const char *input, int depth,
		   const struct ingest_options *opt, struct ingest_stats *stats,
		   struct error *err) MUST_CHECK;

/*
 * Whether a WARC record is a page to ingest: a resource, or a 2xx response,
 * with a target URI, whose payload is HTML (its Content-Type when it has
 * one, else whether its first non-space byte within 256 is '<').
 */
struct warc_record;
int ingest_warc_page(const struct warc_record *rec);

#endif
