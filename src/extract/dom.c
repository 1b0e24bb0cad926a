/*
 * dom.c: small helpers over libxml2's tree shared by the extract files.
 */
#include "extract/internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "util/url.h"
#include "util/utf8.h"

#include "util/banned.h"

const char *dom_attr(xmlNodePtr n, const char *name)
{
	xmlAttrPtr a;
	if (!n || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (a = n->properties; a; a = a->next) {
		if (a->name[0] == (unsigned char)name[0] && !strcmp((const char *)a->name, name)) {
			if (a->children && a->children->content)
				return (const char *)a->children->content;
			return "";
		}
	}
	return NULL;
}

/* Free `n` and every sibling after it. */
static void free_from(xmlNodePtr n)
{
	while (n) {
		xmlNodePtr next = n->next;
		xmlUnlinkNode(n);
		xmlFreeNode(n);
		n = next;
	}
}

int dom_cut_after(xmlNodePtr top, size_t max)
{
	xmlNodePtr n = top ? top->children : NULL, up;
	size_t seen = 0;

	while (n && ++seen <= max) {
		if (n->type == XML_ELEMENT_NODE && n->children) {
			n = n->children;
			continue;
		}
		while (n != top && !n->next)
			n = n->parent;
		n = n == top ? NULL : n->next;
	}
	if (!n)
		return 0;
	/* `n` is the first node past the cap: it goes with all after it */
	up = n->parent;
	free_from(n);
	for (n = up; n != top; n = n->parent)
		free_from(n->next);
	return 1;
}

int dom_is(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->name && !strcmp((const char *)n->name, name);
}

const char *dom_text_start(xmlNodePtr n)
{
	const char *t = (const char *)n->content;
	if (!t)
		return "";
	while (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r')
		t++;
	return t;
}

/*
 * The first (`last` = 0) or last character byte of `n`'s text, descending
 * at most `depth` elements; 0 when there is none there. The last of a text
 * of one byte is 1, no letter: "e" before "Bay" is part of a name.
 */
static unsigned char edge_char(xmlNodePtr n, int last, int depth)
{
	xmlNodePtr c;
	for (c = last ? n->last : n->children; c; c = last ? c->prev : c->next) {
		if (c->type == XML_TEXT_NODE && c->content) {
			const char *t = (const char *)c->content, *e = t + strlen(t);
			if (!last) {
				t = dom_text_start(c);
				if (*t)
					return (unsigned char)*t;
				continue;
			}
			while (e > t &&
			       (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\t' || e[-1] == '\r'))
				e--;
			t = dom_text_start(c);
			if (e > t)
				return e - t > 1 ? (unsigned char)e[-1] : 1;
		} else if (c->type == XML_ELEMENT_NODE && depth > 0) {
			unsigned char k = edge_char(c, last, depth - 1);
			if (k)
				return k;
		}
	}
	return 0;
}

int dom_glued(xmlNodePtr n)
{
	xmlNodePtr p = n->prev, a;
	unsigned char k;
	if (!p || p->type != XML_ELEMENT_NODE || !n->parent)
		return 0;
	k = edge_char(n, 0, 3);
	if (k < 'A' || k > 'Z')
		return 0;
	k = edge_char(p, 1, 3);
	if (k < 'a' || k > 'z')
		return 0;
	/* in running text two styled halves are one word ("Java" "Script") */
	for (a = n->parent->children; a; a = a->next)
		if (a->type == XML_TEXT_NODE && *dom_text_start(a))
			return 0;
	for (a = n; a && a->type == XML_ELEMENT_NODE; a = a->parent)
		if (dom_is(a, "code") || dom_is(a, "pre") || dom_is(a, "kbd") || dom_is(a, "samp"))
			return 0;
	return 1;
}

/* Elements whose content is never visible text. */
static int invisible(const char *name)
{
	switch (name[0]) {
	case 's':
		return !strcmp(name, "script") || !strcmp(name, "style") || !strcmp(name, "svg") ||
		       !strcmp(name, "select");
	case 'n': return !strcmp(name, "noscript");
	case 't': return !strcmp(name, "template") || !strcmp(name, "title");
	case 'h': return !strcmp(name, "head");
	case 'i': return !strcmp(name, "iframe");
	case 'o': return !strcmp(name, "object");
	}
	return 0;
}

/* Append `s` with whitespace collapsed; *space says a space is pending. */
static int add_squashed(struct buf *out, const char *s, int *space, size_t max)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t start;
	int r;

	while (*p) {
		if (max && out->len >= max)
			return 0;
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f' ||
		    (p[0] == 0xc2 && p[1] == 0xa0)) {
			*space = 1;
			p += *p == 0xc2 ? 2 : 1;
			continue;
		}
		if (*space && out->len) {
			if ((r = buf_addch(out, ' ')) < 0)
				return r;
		}
		*space = 0;
		start = (size_t)(p - (const unsigned char *)s);
		while (*p && *p != ' ' && *p != '\n' && *p != '\t' && *p != '\r' && *p != '\f' &&
		       !(p[0] == 0xc2 && p[1] == 0xa0))
			p++;
		if ((r = buf_add(out, s + start, (size_t)(p - (const unsigned char *)s) - start)) <
		    0)
			return r;
	}
	return 0;
}

/* 1 when `s` holds `word`, ASCII case aside. */
static int has_nocase(const char *s, const char *word)
{
	size_t n = strlen(word);
	for (; *s; s++)
		if (!strncasecmp(s, word, n))
			return 1;
	return 0;
}

/*
 * A label for screen readers only, by the class the accessibility
 * conventions give it ("sr-only", "visually-hidden", "screen-reader-text"):
 * "Collection: " before a shop's collection name. Text alone; one that
 * holds elements may be a misnested wrapper.
 */
static int sr_label(xmlNodePtr n)
{
	const char *cl = dom_attr(n, "class");
	xmlNodePtr c;
	if (!cl || !(has_nocase(cl, "sr-only") || has_nocase(cl, "visually-hidden") ||
		     has_nocase(cl, "visuallyhidden") || has_nocase(cl, "screen-reader")))
		return 0;
	for (c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return 0;
	return 1;
}

/*
 * What a reader does not see as a heading's own text: an element marked
 * hidden, a label for screen readers only, a control ("Copy item path" on
 * a button beside it), or another heading inside it (a browser closes the
 * first heading at the second's start tag; the parser nests them).
 */
static int unseen(xmlNodePtr n)
{
	const char *name = (const char *)n->name;
	return !strcmp(name, "button") || xmlHasProp(n, (const xmlChar *)"hidden") || sr_label(n) ||
	       (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2]);
}

/* Marked hidden from screen readers ("aria-hidden=true"): drawn for the eye. */
static int aria_hidden(xmlNodePtr n)
{
	const char *v = dom_attr(n, "aria-hidden");
	return v && !strcasecmp(v, "true");
}

/*
 * A heading drawn for the eye in pieces (its words animated one by one, a
 * copy for each screen size) and hidden from screen readers, beside the
 * same words in a label for screen readers only: the label is its text,
 * whole and once; the pieces run together or repeat.
 */
static int spoken_copy(xmlNodePtr n)
{
	xmlNodePtr c;
	int drawn = 0, label = 0;
	for (c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE) {
			drawn |= aria_hidden(c);
			label |= sr_label(c) && c->children;
		}
	return drawn && label;
}

static int text_rec(xmlNodePtr n, struct buf *out, size_t max, int depth, int *space, int shown)
{
	xmlNodePtr c;
	int r, spoken = shown && spoken_copy(n);
	for (c = n->children; c; c = c->next) {
		if (spoken && c->type == XML_ELEMENT_NODE && aria_hidden(c))
			continue;
		if (max && out->len >= max)
			return 0;
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			if (c->content &&
			    (r = add_squashed(out, (const char *)c->content, space, max)) < 0)
				return r;
		} else if (c->type == XML_ELEMENT_NODE && depth > 0 &&
			   !invisible((const char *)c->name) &&
			   !(shown && unseen(c) && !(spoken && sr_label(c)))) {
			int blk = !strcmp((const char *)c->name, "br") ||
				  !strcmp((const char *)c->name, "p") ||
				  !strcmp((const char *)c->name, "div") ||
				  !strcmp((const char *)c->name, "li");
			if (blk)
				*space = 1;
			if ((r = text_rec(c, out, max, depth - 1, space, shown)) < 0)
				return r;
			if (blk)
				*space = 1;
		}
	}
	return 0;
}

int dom_text(xmlNodePtr n, struct buf *out, size_t max, int max_depth)
{
	int space = 0;
	if (!n)
		return 0;
	if (n->type == XML_TEXT_NODE)
		return n->content ? add_squashed(out, (const char *)n->content, &space, max) : 0;
	return text_rec(n, out, max, max_depth, &space, 0);
}

int dom_shown_text(xmlNodePtr n, struct buf *out, size_t max, int max_depth)
{
	int space = 0, r;
	size_t len = out->len;
	if (!n || n->type != XML_ELEMENT_NODE)
		return dom_text(n, out, max, max_depth);
	r = text_rec(n, out, max, max_depth, &space, 1);
	/* nothing left ("<h1><h2>Headline</h2></h1>"): the whole text */
	if (r == 0 && out->len == len)
		r = dom_text(n, out, max, max_depth);
	return r;
}

char *text_squash(struct arena *a, const char *s, size_t len)
{
	char *d = arena_alloc(a, len + 1), *o = d;
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	int space = 0;
	if (!d)
		return NULL;
	while (p < end) {
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f' ||
		    (p + 1 < end && p[0] == 0xc2 && p[1] == 0xa0)) {
			space = 1;
			p += *p == 0xc2 ? 2 : 1;
			continue;
		}
		/*
		 * a soft hyphen, a zero-width space or joiner, a direction mark
		 * or embedding, a stray byte-order mark: unseen
		 */
		if (p + 1 < end && p[0] == 0xc2 && p[1] == 0xad) {
			p += 2;
			continue;
		}
		if (p + 2 < end &&
		    ((p[0] == 0xe2 && p[1] == 0x80 && p[2] >= 0x8b && p[2] <= 0x8f) ||
		     (p[0] == 0xe2 && p[1] == 0x80 && p[2] >= 0xaa && p[2] <= 0xae) ||
		     (p[0] == 0xe2 && p[1] == 0x81 && p[2] == 0xa0) ||
		     (p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf))) {
			p += 3;
			continue;
		}
		if (space && o > d)
			*o++ = ' ';
		space = 0;
		*o++ = (char)*p++;
	}
	*o = '\0';
	return d;
}

/*
 * Decode one character reference at s ("&#8217;", "&#x2019;", "&amp;")
 * into `out`; returns the bytes it took, 0 when it is none.
 */
static size_t char_ref(const char *s, struct buf *out)
{
	char name[32];
	size_t i = 1, k = 0;
	uint32_t cp = 0;

	if (s[1] == '#') {
		int hex = s[2] == 'x' || s[2] == 'X';
		for (i = hex ? 3 : 2; k < 8; i++, k++) {
			char c = s[i];
			if (c >= '0' && c <= '9')
				cp = cp * (hex ? 16 : 10) + (uint32_t)(c - '0');
			else if (hex && ((c | 32) >= 'a' && (c | 32) <= 'f'))
				cp = cp * 16 + (uint32_t)((c | 32) - 'a' + 10);
			else
				break;
		}
		if (!k || s[i] != ';' || !cp || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
	} else {
		const htmlEntityDesc *e;
		for (; k < sizeof(name) - 1 && ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'); i++)
			name[k++] = s[i];
		name[k] = '\0';
		if (!k || s[i] != ';' || !(e = htmlEntityLookup((const xmlChar *)name)))
			return 0;
		cp = e->value;
	}
	/* control characters are not text */
	if (cp < 0x20 && cp != '\t' && cp != '\n')
		cp = ' ';
	return utf8_put(out, cp) < 0 ? 0 : i + 1;
}

char *text_clean(struct arena *a, const char *s)
{
	struct buf b = BUF_INIT;
	const char *p, *amp;
	char *r;

	if (!s)
		return NULL;
	/* pages that escape twice leave "&#8217;" in metadata: decode the second layer */
	if (!(amp = strchr(s, '&')) || !strchr(amp, ';'))
		return text_squash(a, s, strlen(s));
	b.cap = 4 * strlen(s) + 16;
	for (p = s; *p;) {
		size_t k = *p == '&' ? char_ref(p, &b) : 0;
		if (k) {
			p += k;
			continue;
		}
		if (buf_addch(&b, *p++) < 0)
			break;
	}
	r = text_squash(a, b.data ? b.data : "", b.len);
	buf_release(&b);
	return r;
}

char *dom_url(struct arena *a, const char *base, const char *href)
{
	struct buf b = BUF_INIT;
	char *r = NULL;
	size_t n;

	if (!href)
		return NULL;
	while (*href == ' ' || *href == '\n' || *href == '\t' || *href == '\r')
		href++;
	n = strlen(href);
	while (n && (href[n - 1] == ' ' || href[n - 1] == '\n' || href[n - 1] == '\t' ||
		     href[n - 1] == '\r'))
		n--;
	if (!n)
		return NULL;
	b.cap = 8192;
	{
		char *h = arena_strndup(a, href, n);
		int rc = h ? url_resolve(&b, base, h) : 0;
		if (h && rc >= 0 && b.len)
			r = arena_strndup(a, b.data, b.len);
		else
			r = h;
		/* a URL left relative for want of memory is an allocation failed */
		if (rc == -ERR_NOMEM)
			a->oom = 1;
	}
	buf_release(&b);
	return r;
}

/* Does `s` (of `n` bytes) hold a price: a currency sign before digits, or digits before "€"? */
int text_has_price(const char *s, size_t n)
{
	static const char *const signs[] = { "$",        "\xc2\xa3",     "\xe2\x82\xac",
					     "\xc2\xa5", "\xe2\x82\xb9", NULL };
	size_t i, k, l;
	for (i = 0; i < n; i++)
		for (k = 0; signs[k]; k++) {
			l = strlen(signs[k]);
			if (i + l > n || memcmp(s + i, signs[k], l))
				continue;
			/* "$36", "£ 12.99" */
			if (i + l < n && (isdigit((unsigned char)s[i + l]) ||
					  (s[i + l] == ' ' && i + l + 1 < n &&
					   isdigit((unsigned char)s[i + l + 1]))))
				return 1;
			/* "19,99 €" */
			if (k == 2 && i > 0 &&
			    (isdigit((unsigned char)s[i - 1]) ||
			     (s[i - 1] == ' ' && i > 1 && isdigit((unsigned char)s[i - 2]))))
				return 1;
		}
	return 0;
}
