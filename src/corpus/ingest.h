/*
 * ingest.h: pages in, articles stored. Reads each input, extracts the
 * article and stores page and article in one step; one bad page is counted
 * and reported, never stops the run, and never touches what is stored.
 */
#ifndef BRIEF_INGEST_H
#define BRIEF_INGEST_H

#include <stddef.h>

#include "util/error.h"

struct store;

struct ingest_stats {
	size_t seen, added, updated, unchanged, failed;
};

/* Called for each page that could not be ingested. */
typedef void (*ingest_error_fn)(const char *input, const struct error *err, void *data);
/* Called after each page that was stored (added, updated or unchanged). */
typedef void (*ingest_progress_fn)(const char *input, const struct ingest_stats *st, void *data);

struct ingest_options {
	size_t max_input; /* per page; 0 = extractor's default */
	size_t batch;     /* pages per transaction; 0 = 256 */
	ingest_error_fn on_error;
	ingest_progress_fn on_progress;
	void *data;
};

/*
 * Ingest a file or directory tree of HTML pages into `st`. Returns 0 when
 * the run completed (even with failed pages, counted in stats->failed), or
 * a negative code when it could not go on (unreadable directory, database
 * error).
 */
int ingest_path(struct store *st, const char *path, const struct ingest_options *opt,
		struct ingest_stats *stats, struct error *err);

/* Ingest one page already in memory, as if read from `input` (a path or URL). */
int ingest_page(struct store *st, const char *input, const char *data, size_t len,
		const struct ingest_options *opt, struct ingest_stats *stats, struct error *err);

#endif
