/*
 * opml.h: OPML subscription lists (1.0 and 2.0), read and written. Pure.
 * Reading takes every <outline> with an xmlUrl at any depth; the nearest
 * enclosing outline without one names its category.
 */
#ifndef BRIEF_OPML_H
#define BRIEF_OPML_H

#include <stddef.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/error.h"

#define OPML_MAX_OUTLINES 10000 /* feeds a file may add; past it they are skipped */
#define OPML_MAX_DEPTH    32    /* folders within folders; deeper outlines are skipped */

struct opml_outline {
	const char *xml_url;  /* the feed */
	const char *title;    /* title, else text; may be NULL */
	const char *html_url; /* the site, may be NULL */
	const char *category; /* enclosing folder's title, may be NULL */
};

struct opml {
	struct arena arena;
	const char *title;
	struct opml_outline *items;
	size_t n;
	/* outlines left out: nested deeper than OPML_MAX_DEPTH, past OPML_MAX_OUTLINES */
	size_t too_deep, too_many;
	/* the XML was broken and read in recovery (deep nesting ends here too) */
	int recovered;
};

/* 1 when `data` starts like an OPML file: its first element is <opml>. */
int opml_sniff(const char *data, size_t len);

int opml_parse(const char *data, size_t len, struct opml *out, struct error *err) MUST_CHECK;
void opml_release(struct opml *o);

/* Writing: opml_begin, any number of opml_add, opml_end. Values are escaped. */
int opml_begin(struct buf *out, const char *title);
int opml_add(struct buf *out, const struct opml_outline *o);
int opml_end(struct buf *out);

#endif
