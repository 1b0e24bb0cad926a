/*
 * feed.h: syndication feeds in, entries out. Pure: bytes in, values out,
 * no I/O.
 *
 * Flavours: RSS 0.9x and 2.0, RSS 1.0 (RDF, and Netscape's RSS 0.90),
 * Atom 1.0 and JSON Feed 1.0/1.1. Extensions read: content:encoded,
 * Dublin Core (dc:date, dc:creator, dc:language), xml:base (links are made
 * absolute against it, the feed's own URL and Atom's rules), enclosures.
 * Broken XML is parsed in libxml2's recover mode: what could be read is
 * returned, with `recovered` set and the first error kept in `error`.
 * No network access, no external entities.
 *
 * Ownership: every string of a struct feed lives in its arena; one
 * feed_release frees them all. Absent values are NULL, never "".
 */
#ifndef BRIEF_FEED_H
#define BRIEF_FEED_H

#include <stddef.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/error.h"

#define FEED_MAX_ENTRIES 20000

enum feed_kind { FEED_NONE = 0, FEED_RSS, FEED_RDF, FEED_ATOM, FEED_JSON };

struct feed_entry {
	/*
	 * Identity within its feed: the GUID / Atom id / JSON id as given,
	 * else the normalised link, else "sha256:" and the hex digest of
	 * title, summary and content. Never NULL.
	 */
	const char *key;
	const char *id;        /* as the feed gave it, or NULL */
	const char *link;      /* absolute URL of the entry's page */
	const char *title;     /* plain text */
	const char *author;    /* plain text */
	const char *published; /* ISO 8601 UTC ("...Z"), or a date "YYYY-MM-DD" */
	const char *updated;
	const char *summary; /* HTML (plain text is escaped into HTML) */
	const char *content; /* full content as HTML: content:encoded, atom:content, ... */
	const char *enclosure_url;
	const char *enclosure_type;
	const char *language;
};

struct feed {
	struct arena arena;
	enum feed_kind kind;
	const char *title;
	const char *link; /* the site's home page */
	const char *self; /* the feed's own URL when it states one */
	const char *description;
	const char *language;
	const char *updated;
	long ttl_minutes; /* RSS <ttl>, 0 when absent */
	struct feed_entry *entries;
	size_t n;
	size_t dropped;    /* entries past FEED_MAX_ENTRIES */
	int recovered;     /* the XML was malformed; what could be read is here */
	const char *error; /* the first parse error when recovered */
};

/* What `data` looks like: a feed flavour, or FEED_NONE. Cheap (no parse). */
enum feed_kind feed_sniff(const char *data, size_t len);

/* "rss", "rdf", "atom", "json" or "none". */
const char *feed_kind_name(enum feed_kind k);

/*
 * Parse the feed in `len` bytes at `data`; `url` (may be NULL) is where it
 * came from, the base of relative links. On success returns 0 and fills
 * `out` (release with feed_release); on failure (not a feed, nothing
 * readable) returns a negative code with `out` released.
 */
int feed_parse(const char *data, size_t len, const char *url, struct feed *out,
	       struct error *err) MUST_CHECK;

void feed_release(struct feed *f);

/*
 * Feed autodiscovery: append to `out` the absolute URL of the first
 * <link rel="alternate"> of a feed type (RSS, Atom, RDF, JSON Feed) in the
 * HTML page `html`, resolved against `base` (and the page's <base href>).
 * Returns 1 when found, 0 when the page names no feed, <0 on error.
 */
int feed_discover(const char *html, size_t len, const char *base, struct buf *out);

#endif
