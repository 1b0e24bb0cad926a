/*
 * internal.h: what the files of src/extract/ share with each other and with
 * nothing else. The module's public interface is extract.h; this header is
 * private to the module (and to its unit tests, which test the pieces).
 *
 * The pipeline of one page (extract.c drives it):
 *
 *   charset.c   bytes in any charset -> valid UTF-8
 *   rawtext.c   script and style content and unread attributes cut out
 *   (libxml2)   UTF-8 -> DOM
 *   metadata.c  DOM -> title, dates, byline, ... (reads, never changes the DOM)
 *   content.c   DOM -> the article's blocks (prunes boilerplate, scores, picks)
 *   original.c  blocks -> "originally published by" {name,url}, line dropped
 *   output.c    blocks/DOM -> text, markdown, sanitized HTML; result -> JSON
 */
#ifndef BRIEF_EXTRACT_INTERNAL_H
#define BRIEF_EXTRACT_INTERNAL_H

#include <stddef.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "extract/extract.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/error.h"

/* How extract_html has libxml2 read a page (UTF-8 by then). */
#define EXTRACT_PARSE_OPTS                                                                   \
	(HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | \
	 HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOBLANKS)

/* ---- rawtext.c ---- */

/* Attributes rawtext_cut() took out of the markup, for rawtext_attach() to put back. */
struct rawtext_tag {
	size_t off; /* in store: name NUL value NUL, n times */
	size_t n;
};
struct rawtext_attrs {
	struct buf store;
	struct rawtext_tag *tag;
	size_t ntag, alloc;
};

/*
 * Cut the content of <script> (but JSON-LD's) and <style> elements, and
 * the attributes no pass reads (rawtext_attr_kept), out of `len` bytes of
 * UTF-8 HTML at `s`, in place, so that libxml2 builds the same tree with
 * those elements empty and those attributes left out. With `ra`, it also
 * moves the attributes of most start tags into *ra (which it sets up),
 * leaving a short marker that rawtext_attach() replaces with them once the
 * page is parsed: libxml2 reads a value a character at a time, the scan
 * here finds its end with one memchr. Returns the new length; `len`, with
 * the bytes untouched and *ra empty, when any of the markup could be read
 * in more than one way. Release *ra with rawtext_attrs_release().
 */
size_t rawtext_cut(char *s, size_t len, struct rawtext_attrs *ra);

/*
 * Put the attributes rawtext_cut() moved into `ra` back on the elements
 * of `doc` (parsed from its output) that carry their markers, as the
 * parser would have built them. 0, or -ERR_NOMEM.
 */
int rawtext_attach(xmlDocPtr doc, const struct rawtext_attrs *ra) MUST_CHECK;

/* Free what `ra` holds (NULL is a no-op); it is left empty. */
void rawtext_attrs_release(struct rawtext_attrs *ra);

/*
 * Does the cut keep the attribute named `name` (`nlen` bytes) whose value
 * is written as `v` (`vlen` bytes)? A name that dom_attr() or xmlHasProp()
 * is asked for must be on rawtext.c's list, or it is never found (the unit
 * test rawtext_keeps_names_read fails on a literal name the list lacks).
 */
int rawtext_attr_kept(const char *name, size_t nlen, const char *v, size_t vlen);

/* ---- charset.c ---- */

/*
 * Turn `len` bytes at `data` into valid UTF-8 in `out` (appending).
 * The charset is chosen as HTTP `content_type` charset > byte order mark >
 * <meta charset> / http-equiv in the first bytes > UTF-8 when the bytes are
 * valid UTF-8 > uchardet's guess > windows-1252. The canonical name of
 * the charset used is written to `name` (size `name_n`, 32 is enough).
 * Bytes that do not decode become U+FFFD. Fails only on allocation or
 * when out->cap is hit.
 */
int charset_to_utf8(const char *data, size_t len, const char *content_type, struct buf *out,
		    char *name, size_t name_n, struct error *err) MUST_CHECK;

/*
 * The charset named in an HTTP Content-Type value, canonicalised
 * ("text/html; charset=ISO-8859-1" -> "windows-1252"), or NULL.
 * Written into `dst` (size `n`).
 */
const char *charset_from_content_type(const char *ct, char *dst, size_t n);

/* The charset declared by <meta> in the first bytes of `data`, or NULL. */
const char *charset_from_meta(const char *data, size_t len, char *dst, size_t n);

/* ---- dom helpers (dom.c) ---- */

/*
 * Value of attribute `name` of element `n` (no copy; NULL when absent).
 * Attributes not on rawtext.c's list of names read are cut before parsing.
 */
const char *dom_attr(xmlNodePtr n, const char *name);

/* 1 when `n` is an element named `name` (lowercase, as libxml2's HTML parser stores). */
int dom_is(xmlNodePtr n, const char *name);

/* The content of text node `n` past its leading HTML white space ("" when that is all of it). */
const char *dom_text_start(xmlNodePtr n);

/*
 * 1 when element `n` follows an element sibling with no text between them
 * and their parent holds no text of its own, that sibling's text (two bytes
 * or more) ending in a lower-case letter and `n`'s starting with a capital
 * ("<div><span>Weight</span><span>Two kilograms</span></div>", a card's
 * brand and model): two texts the style sheet sets apart (blocks, cells of
 * a grid). Renderers put a space there. Not in running text, where two
 * styled halves are one word ("Java" "Script"), nor in code (`code`, `pre`,
 * `kbd`, `samp`), where identifiers are written in camel case.
 */
int dom_glued(xmlNodePtr n);

/*
 * Keep the first `max` nodes under `top` in document order (elements, text,
 * comments) and free the rest: the page read up to there. Returns 1 when
 * something was cut, else 0. Not recursive.
 */
int dom_cut_after(xmlNodePtr top, size_t max);

/* ---- word lists by first byte (wordindex.c) ---- */

struct indexed_word {
	const char *w;
	size_t len;
	unsigned flags; /* the flag of the list the word came from */
};

/* words starting with byte c: v[start[c]..start[c + 1]) */
struct word_index {
	struct indexed_word v[192];
	unsigned short start[257];
};

/*
 * Index the NULL-terminated lists `lists[0..nlists)`, each word tagged with
 * flags[i] of its list. Words past the index's capacity are left out: a
 * caller with fixed lists asserts their size at compile time.
 */
void word_index_build(struct word_index *ix, const char *const *const *lists, const unsigned *flags,
		      size_t nlists);

/*
 * Append the visible text of `n` to `out`, whitespace collapsed to single
 * spaces (a space between block elements), at most `max` bytes
 * (0 = no limit). Depth is capped by `max_depth`.
 */
int dom_text(xmlNodePtr n, struct buf *out, size_t max, int max_depth);

/*
 * dom_text() without what a reader does not see as the element's text:
 * descendants marked hidden, controls (buttons) and headings nested in
 * it; all of dom_text() when that leaves nothing. For headings.
 */
int dom_shown_text(xmlNodePtr n, struct buf *out, size_t max, int max_depth);

/* Collapse runs of whitespace in s[0..len) into single spaces, trimmed; in arena. */
char *text_squash(struct arena *a, const char *s, size_t len);

/*
 * text_squash of `s` after decoding the character references left in it
 * ("&#8217;", "&amp;", "&nbsp;"), which pages that escape their metadata
 * twice leave behind. NUL-terminated in, arena string out.
 */
char *text_clean(struct arena *a, const char *s);

/* Does `s` (of `n` bytes) hold a price: a currency sign before digits, or digits before "€"? */
int text_has_price(const char *s, size_t n);

/* Resolve `href` against `base` (either may be NULL); result in arena or NULL. */
char *dom_url(struct arena *a, const char *base, const char *href);

/* ---- metadata.c ---- */

struct meta_ctx {
	struct arena *arena;
	const char *base_url;
	int max_depth;
	const char *h1; /* first <h1> text, for title checks (set by metadata) */
	/* the title the metadata gives, before an <h1> took its place (arena) */
	const char *title_meta;
	/* the <title>'s first part when the page prints it elsewhere (arena) or NULL */
	const char *title_printed;
	/* 1 when an <h1> and a title source other than the <title> agree on the title */
	int title_agreed;
	/* 1 when the <title> states the title chosen, site name aside */
	int title_stated;
	/* 1 when the metadata's title names only the site on a page below its root */
	int title_site_only;
	/* the page type the structured data declares (static string) or NULL */
	const char *declared;
	int posters; /* elements named as a post's user name (a thread has several) */
	/* a JSON-LD Product's description as given (HTML or text, arena) or NULL */
	const char *product_text;
	/* a JSON-LD Product's name, cleaned (arena) or NULL */
	const char *product_name;
};

/* Fill the metadata fields of `res` from `doc`. */
int metadata_extract(xmlDocPtr doc, struct meta_ctx *mc, struct extract_result *res,
		     struct error *err) MUST_CHECK;

/*
 * The title to give once the page type is known: a page that is no
 * article takes the <title>'s own headline where the page prints it and
 * `title` neither holds it nor is held by it (unless an <h1> and another
 * source agree on `title`); a short tail after " | " or
 * " - " ("... - Personally Tested") comes off. Arena string or `title`.
 */
const char *title_settle(struct meta_ctx *mc, const char *title, const char *page_type);

/*
 * Clean a raw page title: collapse whitespace and strip a site-name
 * part (" | Site", " - Site", "Site: ...") when it matches `site_name` or
 * looks like one. Result in the arena.
 */
char *title_clean(struct arena *a, const char *title, const char *site_name, const char *h1);

/*
 * 1 when `whole` is `h1` and a part in brackets after it, without digits
 * ("Welcome to Example [Example]", "Headline (a forum at Example)").
 */
int title_bracket_tail(const char *whole, const char *h1);

/*
 * 1 when `s` is a time told relative to the reader's now: "1 year ago",
 * "an hour ago", "Yesterday at 4:25 AM", "Today" alone or with a time.
 */
int relative_time(const char *s);

/*
 * Normalise a date as found in pages ("2019-11-19T13:03:00.000Z",
 * "Tue, 19 Nov 2019 13:03:00 GMT", "November 19, 2019", ...) to ISO 8601
 * keeping only the precision the input states ("2019-11-19",
 * "2019-11-19T13:03:00Z", "2019-11-19T13:03+01:00"). Writes to `dst`
 * (size n, 32 is enough) and returns it, or NULL when not a date.
 */
const char *date_normalize(const char *in, char *dst, size_t n);

/* ---- content.c ---- */

enum block_kind {
	BLOCK_PARA = 0,
	BLOCK_HEADING,
	BLOCK_LIST_ITEM,
	BLOCK_QUOTE,
	BLOCK_PRE,
	BLOCK_TABLE_ROW,
};

struct block {
	enum block_kind kind;
	int level;  /* heading level, list depth */
	char *text; /* squashed text, arena */
	size_t len;
	const char *href; /* first link in the block, raw, or NULL */
	size_t link_len;  /* bytes of text inside links */
	xmlNodePtr node;  /* element the block came from */
	int dropped;
	int in_run;  /* from a link list kept as one of a run of them */
	int in_card; /* inside a link that holds blocks: a card's piece, not a menu's link */
	int badge;   /* a short line many cards print alike */
	int field;   /* a short link line that each card of a run prints its own of */
	int cell;    /* a data table's cell (a row's `td` or `th` of a table of several rows) */
};

struct blocks {
	struct block *v;
	size_t n, alloc;
};

struct content_ctx {
	struct arena *arena;
	int max_depth;
	const char *title;            /* cleaned title, to drop its repetitions */
	const char *raw_title;        /* as found, before cleaning */
	const char *product_name;     /* a declared Product's name, or NULL */
	const char *url;              /* the page's URL, to tell its own links from others' */
	struct extract_original orig; /* a notice found in or beside the article */
	xmlNodePtr h1[4];             /* the first <h1> elements, set while measuring */
	int nh1;
	size_t work;      /* nodes visited, bounded */
	xmlNodePtr held;  /* the largest element kept aside while measuring */
	size_t held_text; /* its text */
	/*
	 * Set by content_extract: the text is the page's whole main region (a
	 * run of sections, posts or cards), not one article's body.
	 */
	int region;
	const char *declared; /* page type the structured data declares, or NULL */
	int product;          /* it declares a product */
	size_t voice_text;    /* text prune() took as customers' reviews this pass */
	int voices;           /* boxes it took as customers' reviews in the first pass */
	int link_cards;       /* the content chosen is mostly link text: a list of cards */
	int posters;          /* from meta_ctx: user-name elements of posts */
	int keep_comments;    /* a thread whose posts are named comments: prune keeps them */
	int comment_page;     /* a declared article whose prose is all in comments' boxes */
	int signatures;       /* boxes named for a poster's signature, outermost ones */
	double coverage;      /* the article node's share of the region's own text */
	int repeats;          /* the largest run of like siblings in the region */
	double link_share;    /* the region's share of link text */
	xmlNodePtr main;      /* the page's one <main> or role=main landmark, else NULL */
	int mains;            /* how many it has */
	/*
	 * Half the text rendered or more is lines of short links that a run's
	 * lists keep for their own names (an index's names under letters)
	 */
	int name_index;
};

/*
 * Find the article body of `doc`. Prunes boilerplate from the DOM, picks
 * the main content node(s), and returns the article as `*root` (the node
 * the renderers start from; siblings that belong are kept under it) and as
 * a list of text blocks in `out`.
 */
int content_extract(xmlDocPtr doc, struct content_ctx *cc, xmlNodePtr *root, struct blocks *out,
		    struct error *err) MUST_CHECK;

/*
 * Mark as dropped the blocks that are not article text: link-heavy lines,
 * share/ad/caption/byline lines, and the title, a byline or a dateline at
 * the top. Then remove what was dropped from the DOM under `root` so the
 * markdown and HTML renderers agree with the text.
 */
void content_filter_blocks(struct content_ctx *cc, struct blocks *bl);
void content_drop_from_dom(struct content_ctx *cc, xmlNodePtr root, struct blocks *bl);

void blocks_release(struct blocks *b);

/*
 * On a product page: when `desc` (a JSON-LD Product description, text or
 * HTML) has more words than the blocks kept, it is the content: the blocks
 * are dropped, its lines become paragraphs in a new element under <body>,
 * which becomes `*root`. When it has fewer, but the kept blocks hold a
 * third of its words at most (the page shows its buy box, not its
 * description), its paragraphs join the end of `*root`. Fails only on
 * allocation.
 */
int content_product_text(struct content_ctx *cc, xmlDocPtr doc, const char *desc, xmlNodePtr *root,
			 struct blocks *bl) MUST_CHECK;

/* ---- original.c ---- */

/*
 * Detect a republishing notice ("Originally published by X", "Read more:
 * X", "Source: X", "This article first appeared on X") among the first
 * and last blocks; fill res->original and mark the block dropped.
 * JSON-LD isBasedOn / sourceOrganization are read by metadata.c.
 */
void original_detect(struct blocks *bl, struct arena *a, const char *base_url,
		     struct extract_original *orig);

/*
 * Parse one line of text as a republishing notice. On a match returns 1
 * and sets *name (arena) or NULL when the line names none.
 */
int original_parse_line(const char *line, struct arena *a, const char **name);

/*
 * Like original_parse_line, telling the two kinds of lead-in apart:
 * returns 1 for one that is a notice anywhere ("Originally published
 * by"), 2 for one that is a notice only at the end of an article ("Read
 * more:", "Source:", "via"; matched only when `tail` is set), 0 for none.
 */
int original_line(const char *line, int tail, struct arena *a, const char **name);

/* ---- lang.c ---- */

/*
 * The language of a page: `declared` (the page's own word, may be NULL)
 * unless its text (`len` bytes) reads clearly as another language detect()
 * knows, or the page says nothing and the text tells. Returns `declared`
 * or a static two-letter code, or NULL when neither says.
 */
const char *lang_choose(const char *declared, const char *text, size_t len);

/* ---- output.c ---- */

int output_text(const struct blocks *bl, struct buf *out);
int output_markdown(xmlNodePtr root, const char *base_url, int max_depth, struct buf *out);
int output_html(xmlNodePtr root, const char *base_url, int max_depth, struct buf *out);

/* 1 when `url` may appear in sanitized output (no javascript:, data:, vbscript:). */
int url_is_safe(const char *url);

#endif
