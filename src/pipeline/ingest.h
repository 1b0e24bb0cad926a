/*
 * ingest.h: pages in, articles stored. Reads each input, extracts the
 * article and stores page and article in one step; one bad page is counted
 * and reported, never stops the run, and never touches what is stored.
 *
 * Inputs: HTML pages (files, directories, standard input), feeds (RSS,
 * RDF, Atom, JSON Feed), WARC archives (.warc, .warc.gz, streamed),
 * JSON Lines of {"url": ..., "html": ...}, sitemaps, http(s) URLs of any
 * of these, and the subscriptions of the store (ingest_poll). What a file
 * holds is told by its first bytes, not its name.
 *
 * Every article stored goes through ingest_after_store (document.c), the
 * one place where an article has just been stored; every fetched page
 * through ingest_response. One file of src/pipeline/ per
 * input kind: files.c (pages, directories), feed.c, warc.c, jsonl.c,
 * sitemap.c, url.c, poll.c.
 */
#ifndef BRIEF_PIPELINE_INGEST_H
#define BRIEF_PIPELINE_INGEST_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "extract/extract.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/error.h"

struct store;
struct fetcher;
struct feed;
struct feed_entry;
struct fetch_response;

struct ingest_stats {
	size_t seen, added, updated, unchanged, failed;
	size_t known;           /* feed entries already stored, not fetched again */
	size_t feeds;           /* feeds read */
	size_t records_bad;     /* WARC records malformed/truncated/too large, skipped */
	size_t records_damaged; /* of those, the malformed, truncated or corrupt ones */
	size_t not_modified;    /* subscriptions answering 304 */
	size_t sources_polled, sources_failed;
	/*
	 * URLs robots.txt disallows, never fetched: pages (feed entries,
	 * sitemap entries) and subscriptions. Neither failed nor seen.
	 */
	size_t robots_skipped, sources_robots;
	size_t events;             /* events coded from the stored articles */
	size_t events_failed;      /* articles stored but not coded (e.g. no dictionaries) */
	size_t events_capped;      /* articles with more events than EVENTS_MAX_PER_ARTICLE */
	size_t sitemap_queued;     /* sitemap entries followed in this run */
	size_t sitemap_dropped;    /* sitemap entries past max_sitemap_urls, not followed */
	int interrupted;           /* the run stopped early at opt->stop */
	uint64_t bytes_done;       /* bytes of input files read so far, as on disk (for progress) */
	struct error events_error; /* why the first of those failed */
	/*
	 * Database failures inside fetch callbacks (a page, a feed entry, a
	 * source's state or fetch log not stored), which cannot stop the
	 * fetch: the run that ran the fetcher returns the first of them.
	 */
	size_t store_failed;
	struct error store_error;
};

/* Called for each page that could not be ingested. */
typedef void (*ingest_error_fn)(const char *input, const struct error *err, void *data);
/*
 * Called for each input left out on purpose, with why: a file a directory
 * walk leaves out by its name, a URL robots.txt disallows.
 */
typedef void (*ingest_skip_fn)(const char *input, const char *why, void *data);
/* Called after each page that was stored (added, updated or unchanged). */
typedef void (*ingest_progress_fn)(const char *input, const struct ingest_stats *st, void *data);
/*
 * Called after each write transaction of a run commits: every page `st`
 * counts as added, updated or unchanged is then on disk.
 */
typedef void (*ingest_commit_fn)(const struct ingest_stats *st, void *data);

struct ingest_options {
	size_t max_input; /* per page; 0 = extractor's default */
	size_t batch;     /* pages stored per write transaction; 0 = 64 */
	ingest_error_fn on_error;
	ingest_progress_fn on_progress;
	ingest_commit_fn on_commit;
	ingest_skip_fn on_skip;
	void *data;
	/*
	 * For URLs, sitemaps and feed entries that carry only a summary; NULL
	 * works offline: URLs fail and such entries are stored from their
	 * summary. Borrowed; requests are queued on it and the top-level calls
	 * below run it before they return.
	 */
	struct fetcher *fetcher;
	int allow_private;       /* requests made for this ingest may reach private addresses */
	size_t max_sitemap_urls; /* entries followed in a run, all sitemaps together; 0 = 50000 */
	/*
	 * When set and nonzero (a signal handler sets it), a directory walk or
	 * an archive stores what it has extracted and stops before the next
	 * file or record, with stats->interrupted set.
	 */
	const volatile sig_atomic_t *stop;
};

/*
 * The longest article text stored, in bytes: a page whose text is longer
 * (a whole book, a log, a generated wall of text) fails with ERR_LIMIT
 * rather than being stored cut or coded into countless events.
 */
#define INGEST_MAX_TEXT (2u << 20)

/* One document to store, with what its origin knows about it. */
struct ingest_doc {
	const char *input;        /* for messages: path, URL, "archive.warc#12" */
	const char *url;          /* where the bytes came from, or NULL */
	const char *content_type; /* HTTP Content-Type, or NULL */
	const char *data;
	size_t len;
	/* when it came from a feed: fallbacks for what the page does not say */
	const struct feed_entry *entry;
	const char *feed_title;
};

/*
 * A document's article as it would be stored, before the store sees it:
 * `a` and `d` point into `res`, the bufs and the ingest_doc they came
 * from, which must outlive them.
 */
struct ingest_extracted {
	struct extract_result res;
	struct article_in a;
	struct document d;
	struct buf url, origin, host;
};

/*
 * Extract the article of one document and name it (its URL, outlet and
 * fallbacks from a feed entry), as ingest_document stores it; no
 * database is needed. ERR_PARSE when the page is not an article. Release
 * `x` with ingest_extracted_release when it returned 0.
 */
int ingest_extract(const struct ingest_doc *doc, const struct ingest_options *opt,
		   struct ingest_extracted *x, struct error *err) MUST_CHECK;
void ingest_extracted_release(struct ingest_extracted *x);

/*
 * Extract and store one document. Counts in `stats` (not `seen`); sets
 * *article_id (may be NULL) to the stored article. Returns 0 or a
 * negative code (ERR_DB means the store failed, anything else the page).
 */
int ingest_document(struct store *st, const struct ingest_doc *doc,
		    const struct ingest_options *opt, struct ingest_stats *stats,
		    int64_t *article_id, struct error *err) MUST_CHECK;

/*
 * Extract and store a fetched response (its final URL names it), with the
 * feed entry and feed title it was fetched for, if any: ingest_document
 * for everything fetched.
 */
int ingest_response(struct store *st, const struct fetch_response *res,
		    const struct feed_entry *entry, const char *feed_title,
		    const struct ingest_options *opt, struct ingest_stats *stats,
		    int64_t *article_id, struct error *err) MUST_CHECK;

/*
 * Ingest a file or directory tree. A directory is walked for HTML pages,
 * WARC archives (.warc, .warc.gz), JSON Lines (.jsonl, .ndjson, also
 * gzip-compressed) and feeds named .rss, .atom or .rdf. Returns 0 when the
 * run completed (even with failed pages, counted in stats->failed), or a
 * negative code when it could not go on (unreadable directory, database
 * error).
 */
int ingest_path(struct store *st, const char *path, const struct ingest_options *opt,
		struct ingest_stats *stats, struct error *err) MUST_CHECK;

/* Ingest one page already in memory, as if read from `input` (a path or URL). */
int ingest_page(struct store *st, const char *input, const char *data, size_t len,
		const struct ingest_options *opt, struct ingest_stats *stats,
		struct error *err) MUST_CHECK;

/* Fetch an http(s) URL (page, feed or sitemap) and ingest what it holds. */
int ingest_url(struct store *st, const char *url, const struct ingest_options *opt,
	       struct ingest_stats *stats, struct error *err) MUST_CHECK;

/*
 * Store the entries of a parsed feed: entries with full content are
 * stored from it; the others' pages are fetched (queued on opt->fetcher,
 * run by the caller) unless an article is already stored at their link.
 * With `subscription_id`, entries already stored for that subscription
 * are passed over without a fetch, and new ones are recorded.
 */
int ingest_feed(struct store *st, const struct feed *feed, const char *input,
		int64_t subscription_id, const struct ingest_options *opt,
		struct ingest_stats *stats, struct error *err) MUST_CHECK;

/*
 * Stream a WARC archive: every HTML response (status 2xx) is ingested,
 * extracted outside any transaction and stored opt->batch records at a
 * time, each batch its own short transaction. Called outside a
 * transaction.
 */
int ingest_warc(struct store *st, const char *path, const struct ingest_options *opt,
		struct ingest_stats *stats, struct error *err) MUST_CHECK;

/*
 * One polling pass: fetch every subscription due at `now` (all of them
 * when `all`, or only the one named by `only`), conditionally, store new
 * entries, and save each one's state, next poll time (adaptive: sooner
 * for busy feeds, later for idle or failing ones) and fetch log. Runs
 * opt->fetcher, which must be set.
 */
int ingest_poll(struct store *st, int64_t now, int all, const char *only,
		const struct ingest_options *opt, struct ingest_stats *stats,
		struct error *err) MUST_CHECK;

/* Polling interval bounds, seconds. */
#define INGEST_MIN_INTERVAL 300
#define INGEST_MAX_INTERVAL 86400

/*
 * The next interval of a source polled every `interval` seconds, given
 * how many new entries the last fetch brought (-1 when it failed) and the
 * feed's own <ttl> in minutes (0 when none).
 */
int64_t ingest_next_interval(int64_t interval, long new_entries, long ttl_minutes);

#endif
