/*
 * work.h: ingestion spread over workers, through the store's job queue
 * (store/jobs.h: a PostgreSQL store's).
 *
 * work_queue_warc stores an archive's pages as documents and queues a job
 * for each; work_run is a worker: it takes jobs in batches, extracts each
 * page as `brief ingest` does (ingest_extract), and stores its article,
 * groups it with its copies, codes its events (ingest_after_store) and
 * ends the job in one transaction. Any number of workers, in any number
 * of processes on any number of machines, may run on one database.
 */
#ifndef BRIEF_WORK_H
#define BRIEF_WORK_H

#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

struct store;

struct work_stats {
	size_t queued;          /* jobs queued (not counting jobs queued before) */
	size_t seen;            /* pages read from archives */
	size_t records_bad;     /* archive records malformed, truncated or too large */
	size_t records_damaged; /* of those, the malformed, truncated or corrupt ones */
	size_t jobs;            /* jobs taken */
	size_t added, updated, unchanged;
	size_t failed;  /* jobs failed for good (the page is not an article, ...) */
	size_t retried; /* jobs given back to wait after an error that may pass */
	size_t lost;    /* jobs whose lease ran out before they were done: left to others */
	size_t events;  /* events coded from the stored articles */
};

struct work_options {
	const char *worker; /* this worker's name, e.g. host:pid */
	size_t batch;       /* jobs a transaction; 0: 32 */
	int lease_s;        /* seconds a batch is leased for; 0: 300 */
	int max_attempts;   /* for jobs queued; 0: 3 */
	size_t max_input;   /* largest page; 0: extractor's default */
	int until_empty;    /* return once no job waits and none is running */
	int idle_ms;        /* wait between looks at an empty queue; 0: 500 */
	size_t max_jobs;    /* return after this many jobs; 0: no limit */
	/* return non-zero to stop after the current batch (a signal, say); may be NULL */
	int (*stop)(void);
	/*
	 * For "fetch" jobs: the guarded fetcher (robots.txt, private
	 * addresses, caps) they fetch through, borrowed; NULL: one of the
	 * worker's own with the defaults, made at the first such job.
	 * allow_private as for ingest (a source added with it has it anyway).
	 */
	struct fetcher *fetcher;
	int allow_private;
};

/*
 * Store each HTML response of the WARC archive at `path` as a document
 * and queue a "document" job for it, in transactions of a few hundred.
 * A page queued before is queued once.
 */
int work_queue_warc(struct store *st, const char *path, const struct work_options *opt,
		    struct work_stats *stats, struct error *err) MUST_CHECK;

/*
 * Queue a "related" job for every article whose related news was never
 * computed (the new articles of an ingest), for workers to compute side
 * by side. Run it once the articles are stored and the term statistics
 * refreshed (store_term_stats_refresh).
 */
int work_queue_related(struct store *st, const struct work_options *opt, struct work_stats *stats,
		       struct error *err) MUST_CHECK;

/*
 * Queue a "fetch" job for each source due at `now` (all of them when
 * `all`), for workers to fetch side by side; the job names the source by
 * its id. A source queued and not fetched yet is queued once.
 */
int work_queue_fetch(struct store *st, int64_t now, int all, const struct work_options *opt,
		     struct work_stats *stats, struct error *err) MUST_CHECK;

/*
 * Take and do jobs until opt says to stop. Kinds: "document" (arg: a
 * stored document's SHA-256: extract and store its article, group it,
 * code its events), "related" (arg: an article id: compute its related
 * news and store its key terms), "events" (arg: an article id: code its
 * events again) and "fetch" (arg: a source's id: poll it as `brief fetch
 * --source` does, through opt->fetcher, outside the batch's transaction;
 * its new articles are stored at once and their related news queued as
 * "related" jobs). Returns 0, or <0 when the database failed. */
int work_run(struct store *st, const struct work_options *opt, struct work_stats *stats,
	     struct error *err) MUST_CHECK;

#endif
