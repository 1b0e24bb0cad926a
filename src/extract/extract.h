/*
 * extract.h: the clean article out of one raw HTML page.
 *
 * Bytes (any charset) + optional URL and HTTP content type in; a result of
 * UTF-8 strings out. Pure: no I/O, no database; its only globals are
 * libxml2's own initialisation and the word indexes built once per process
 * (wordindex.c), read-only after. Used by `brief extract`, by ingest and by
 * the bench.
 *
 * Ownership: every string in `struct extract_result` lives in the result's
 * arena and is freed by extract_result_release; copy what must outlive it.
 * Absent fields are NULL (never ""), except `text` which is always set on
 * success (possibly empty).
 */
#ifndef BRIEF_EXTRACT_H
#define BRIEF_EXTRACT_H

#include <stddef.h>

#include "util/arena.h"
#include "util/error.h"

#define EXTRACT_DEFAULT_MAX_INPUT (16u * 1024 * 1024)
#define EXTRACT_DEFAULT_MAX_DEPTH 256
/*
 * Nodes of the parsed page (elements, runs of text, comments) read at
 * most: a page with more is read up to there, in document order, and the
 * rest is left out (`truncated`). Each node costs content.c's passes about
 * 8 to 18 visits of their 4,000,000; the largest pages of the benchmarks
 * have under 20,000 nodes.
 */
#define EXTRACT_DEFAULT_MAX_NODES 150000

struct extract_options {
	const char *url;          /* where the page came from, for relative links; may be NULL */
	const char *content_type; /* HTTP Content-Type, may carry charset; may be NULL */
	size_t max_input;         /* bytes; 0 = EXTRACT_DEFAULT_MAX_INPUT */
	int max_depth;            /* DOM depth cap; 0 = EXTRACT_DEFAULT_MAX_DEPTH */
	size_t max_nodes;         /* nodes read; 0 = EXTRACT_DEFAULT_MAX_NODES */
	int want_html;            /* also produce sanitized `html` of the body */
	int want_markdown;        /* also produce `markdown` of the body */
};

struct extract_original {
	const char *name; /* outlet named as the original source, or NULL */
	const char *url;  /* its URL, or NULL */
};

struct extract_result {
	struct arena arena;
	const char *url;           /* the URL given in options, or canonical_url when none */
	const char *canonical_url; /* rel=canonical / og:url, absolutised */
	const char *title;         /* without site-name suffix */
	const char *byline;
	/*
	 * 1 when `byline` is only the site's name, given for an article that
	 * names no writer: a feed entry's author is a better one then
	 */
	int byline_is_site;
	const char *date_published; /* ISO 8601, only as precise as known */
	const char *date_modified;
	const char *site_name;
	/*
	 * The site's name as the page's <title> gives it beside the headline
	 * ("Headline | Site", "Site – Headline": the part that is not the
	 * title above), one to five words; NULL when the <title> has none.
	 * Not printed: ingest names the outlet by it when nothing else does.
	 */
	const char *title_site;
	/*
	 * BCP 47 as stated by the page, e.g. "en-GB"; the two-letter code its
	 * text reads as when the page says nothing or names another language
	 */
	const char *language;
	const char *description;
	/*
	 * The page's sections and keywords (article:section, article:tag,
	 * keywords, news_keywords, JSON-LD articleSection and keywords), one a
	 * line, lower case, spaces squashed, each once; NULL when none.
	 */
	const char *tags;
	const char *image;
	const char *charset;  /* charset the page was decoded from */
	const char *text;     /* main text, blocks separated by "\n\n" */
	const char *html;     /* sanitized HTML when want_html */
	const char *markdown; /* when want_markdown */
	struct extract_original original;
	/*
	 * What kind of page this is: "article", "liveblog", "forum", "listing",
	 * "collection", "product", "documentation" or "service" (a static
	 * string, never NULL on success).
	 */
	const char *page_type;
	size_t word_count;
	/*
	 * 1 for an article or a live blog with EXTRACT_MIN_ARTICLE_WORDS
	 * words of text or more (a third of that with a publication date); 0
	 * for any other page (a section front, a list of links), which
	 * ingest skips.
	 */
	int is_article;
	/*
	 * 1 when the page had more than `max_nodes` nodes: everything here
	 * comes from the page up to that node, the rest was not read
	 */
	int truncated;
};

#define EXTRACT_MIN_ARTICLE_WORDS 30

/*
 * Extract the article from `len` bytes at `data`. On success returns 0 and
 * fills `res` (release it with extract_result_release). On failure returns
 * a negative error code, fills `err`, and leaves `res` released.
 */
int extract_html(const char *data, size_t len, const struct extract_options *opt,
		 struct extract_result *res, struct error *err) MUST_CHECK;

void extract_result_release(struct extract_result *res);

/* Flags for extract_result_json. */
#define EXTRACT_JSON_PRETTY   1 /* indented, for people; else one line */
#define EXTRACT_JSON_MARKDOWN 2 /* add a "markdown" field */
#define EXTRACT_JSON_HTML     4 /* add an "html" field */

/*
 * The result as a JSON object with the fields input (when `input` is not
 * NULL), url, canonical_url, title, byline, date_published, date_modified,
 * site_name, language, description, image, text, word_count, page_type,
 * is_article and
 * original ({name,url} or null); absent values are null. Returns a malloc'd string
 * the caller frees, or NULL when out of memory.
 */
char *extract_result_json(const struct extract_result *res, const char *input, int flags);

#endif
