/*
 * local.h: pages from the local file system. A directory is walked
 * recursively in name order (so runs are reproducible), taking HTML files
 * (.html, .htm, .xhtml, optionally .gz), WARC archives (.warc, .warc.gz),
 * JSON Lines (.jsonl, .jsonl.gz, .ndjson), feeds (.rss, .atom, .rdf) and
 * XML (.xml, .xml.gz: feeds and sitemaps), and skipping hidden entries.
 */
#ifndef BRIEF_LOCAL_H
#define BRIEF_LOCAL_H

#include "util/error.h"

/* Called for each file; a negative return stops the walk with that value. */
typedef int (*local_file_fn)(const char *path, void *data);
/* Called for each file of no kind above that a directory walk leaves out. */
typedef void (*local_skip_fn)(const char *path, void *data);

/*
 * Call `fn` for `path` itself when it is a file (whatever its name), or for
 * every file of those kinds under it when it is a directory, and `skip`
 * (when not NULL) for every other file under it. Depth is capped at 64.
 */
int local_walk(const char *path, local_file_fn fn, local_skip_fn skip, void *data,
	       struct error *err);

/* 1 when `name` ends in an HTML extension (optionally followed by .gz). */
int local_is_html_name(const char *name);

#endif
