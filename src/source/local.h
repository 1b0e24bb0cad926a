/*
 * local.h: pages from the local file system. A directory is walked
 * recursively in name order (so runs are reproducible), taking HTML files
 * (.html, .htm, .xhtml, optionally .gz), WARC archives (.warc, .warc.gz),
 * JSON Lines (.jsonl, .jsonl.gz, .ndjson) and feeds (.rss, .atom, .rdf),
 * and skipping hidden entries.
 */
#ifndef BRIEF_LOCAL_H
#define BRIEF_LOCAL_H

#include "util/error.h"

/* Called for each file; a negative return stops the walk with that value. */
typedef int (*local_file_fn)(const char *path, void *data);

/*
 * Call `fn` for `path` itself when it is a file (whatever its name), or for
 * every file of those kinds under it when it is a directory. Depth is capped at 64.
 */
int local_walk(const char *path, local_file_fn fn, void *data, struct error *err) MUST_CHECK;

/* 1 when `name` ends in an HTML extension (optionally followed by .gz). */
int local_is_html_name(const char *name);

#endif
