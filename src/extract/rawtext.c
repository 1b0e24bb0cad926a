/*
 * rawtext.c: take the code out of a page before libxml2 reads it.
 *
 * A news page is often more script and style sheet than text: libxml2
 * reads their content a character at a time into text nodes that no pass
 * looks at (dom_text and its callers skip <script> and <style>, content.c
 * drops them, metadata.c reads only JSON-LD). So the content of each
 * <script> and <style> is cut from the bytes before parsing, leaving
 * `<script ...></script>`: the same tree with those elements empty.
 * JSON-LD, and any script whose start tag says "json", keeps its content.
 *
 * That is only right when the cut ends exactly where the parser would end
 * the element, so the scan below reads the markup the way libxml2 does
 * and follows only the plain forms of comments, doctypes, end tags and
 * start tags with their quoted or unquoted attributes, and processing
 * instructions, the forms that libxml2's older reader and the HTML5
 * tokenizer (libxml2 2.14 on) read alike. At anything else
 * (`<![CDATA[`, an attribute name or tag end it does not expect,
 * `<script/>`, an element whose end two readers place apart, a control
 * character in a comment) it gives up and the page is parsed whole, as
 * written.
 */
#include "extract/internal.h"

#include <string.h>
#include <stdlib.h>
#include <strings.h>

#include "util/array.h"

#include "util/banned.h"

/* Longest name libxml2's HTML reader takes whole (HTML_PARSER_BUFFER_SIZE). */
#define RAW_NAME_MAX 100
/*
 * Content kept whole from this length: libxml2 stops at a text node of
 * 10,000,000 bytes, so cutting such a one would let it read further.
 */
#define RAW_CONTENT_MAX (8u << 20)

/* One stretch to cut: s[from, to). */
struct raw_cut {
	size_t from, to;
};

struct raw_scan {
	const char *s;
	size_t len;
	size_t r; /* read position */
	/* the stretches to cut, in order; cut only once the whole page is read */
	struct raw_cut *cut;
	size_t ncut, alloc;
};

static int raw_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int raw_name_char(unsigned char c)
{
	return raw_letter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' ||
	       c == '.';
}

/* The blanks both readers skip inside a tag (libxml2's HTML 4 reader does not take \f). */
static int raw_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Case-insensitive search for `pat` (lower case) in s[from, to); its offset, or `to`. */
static size_t raw_find(const char *s, size_t from, size_t to, const char *pat)
{
	size_t m = strlen(pat), i;
	for (i = from; i + m <= to; i++) {
		const char *lt = memchr(s + i, pat[0], to - i);
		const char *up = pat[0] >= 'a' && pat[0] <= 'z'
					 ? memchr(s + i, pat[0] - 'a' + 'A', to - i)
					 : NULL;
		const char *hit = !lt ? up : !up ? lt : lt < up ? lt : up;
		if (!hit)
			return to;
		i = (size_t)(hit - s);
		if (i + m <= to && !strncasecmp(s + i, pat, m))
			return i;
	}
	return to;
}

/*
 * A character inside a comment or a processing instruction that libxml2
 * does not take as text, where it may stop reading one (XML's Char excludes
 * C0 controls but tab and newlines, U+FFFE, U+FFFF; the input is valid
 * UTF-8, so surrogates cannot occur).
 */
static int raw_has_nonchar(const char *s, size_t from, size_t to)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;
	for (i = from; i < to; i++) {
		unsigned char c = p[i];
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
			return 1;
		if (c == 0xEF && i + 2 < to && p[i + 1] == 0xBF && (p[i + 2] & 0xFE) == 0xBE)
			return 1;
	}
	return 0;
}

/* Read on from `to`. */
static void raw_keep(struct raw_scan *sc, size_t to)
{
	sc->r = to;
}

/* Read a name at `i`; its end, or 0 when there is none or it is too long. */
static size_t raw_name_end(const char *s, size_t len, size_t i)
{
	size_t k = i;
	while (k < len && raw_name_char((unsigned char)s[k]))
		k++;
	return k == i || k - i > RAW_NAME_MAX ? 0 : k;
}

/*
 * The start tag at `i` (s[i] == '<', a letter after it): its end (after
 * '>') in *end, its name's span in *name and *name_len; *empty when it
 * ends "/>". 0, or -1 when it is not in the plain form.
 */
static int raw_start_tag(const char *s, size_t len, size_t i, size_t *end, size_t *name,
			 size_t *name_len, int *empty)
{
	size_t k = raw_name_end(s, len, i + 1);
	if (!k)
		return -1;
	*name = i + 1;
	*name_len = k - i - 1;
	*empty = 0;
	for (;;) {
		unsigned char c;
		while (k < len && raw_blank((unsigned char)s[k]))
			k++;
		if (k >= len)
			return -1;
		c = (unsigned char)s[k];
		if (c == '>') {
			*end = k + 1;
			return 0;
		}
		if (c == '/') {
			if (k + 1 < len && s[k + 1] == '>') {
				*empty = 1;
				*end = k + 2;
				return 0;
			}
			return -1;
		}
		if (!raw_letter(c) && c != '_' && c != ':' && c != '.') {
			/*
			 * Not a name libxml2 reads: it skips to the next blank,
			 * '>' or "/>"; HTML5 reads an attribute name that ends
			 * there too unless an '=' or a '/' comes first.
			 */
			while (k < len && !raw_blank((unsigned char)s[k]) && s[k] != '>' &&
			       !(s[k] == '/' && k + 1 < len && s[k + 1] == '>')) {
				if (s[k] == '=' || s[k] == '/' || s[k] == '\f')
					return -1;
				k++;
			}
			continue;
		}
		/* an attribute: a name as libxml2 reads one, then maybe a value */
		if (!(k = raw_name_end(s, len, k)))
			return -1;
		while (k < len && raw_blank((unsigned char)s[k]))
			k++;
		if (k >= len)
			return -1;
		if (s[k] != '=')
			continue;
		k++;
		while (k < len && raw_blank((unsigned char)s[k]))
			k++;
		if (k >= len)
			return -1;
		if (s[k] == '"' || s[k] == '\'') {
			const char *q = memchr(s + k + 1, s[k], len - k - 1);
			if (!q)
				return -1;
			/* the next attribute may follow without a blank, as both readers take it */
			k = (size_t)(q - s) + 1;
		} else {
			/* unquoted: up to a blank or '>' (HTML5 also ends it at \f) */
			size_t v = k;
			while (k < len && !raw_blank((unsigned char)s[k]) && s[k] != '>') {
				if (s[k] == '\f')
					return -1;
				k++;
			}
			if (k == v)
				return -1;
		}
	}
}

/* Elements whose content HTML5 reads as text, not markup (raw text and RCDATA). */
static int raw_text_element(const char *name, size_t n)
{
	static const char *const names[] = { "title",   "textarea", "xmp",       "iframe",
					     "noembed", "noframes", "plaintext", NULL };
	size_t k;
	for (k = 0; names[k]; k++)
		if (strlen(names[k]) == n && !strncasecmp(name, names[k], n))
			return 1;
	return 0;
}

/*
 * The content of a <script> or <style> whose start tag ends at `from`:
 * where it ends in *to (the "</" of its end tag). 0, or -1 when the two
 * readers could end it apart or libxml2 would not read all of it as text.
 */
static int raw_content(const char *s, size_t len, size_t from, int script, size_t *to)
{
	const char *end_tag = script ? "</script" : "</style";
	size_t e = raw_find(s, from, len, end_tag), m = strlen(end_tag), esc;
	unsigned char after;
	if (e >= len || e + m >= len)
		return -1;
	after = (unsigned char)s[e + m];
	if (!raw_blank(after) && after != '\f' && after != '/' && after != '>')
		return -1;
	/*
	 * A control character in it is not read as text, but libxml2 reads
	 * on past it to the same end tag: no need to look for one.
	 */
	if (e - from >= RAW_CONTENT_MAX)
		return -1;
	/* HTML5: "<!--" then "<script" in a script hides the next end tag */
	if (script && (esc = raw_find(s, from, e, "<!--")) < e &&
	    raw_find(s, esc, e, "<script") < e)
		return -1;
	*to = e;
	return 0;
}

/*
 * The end (after '>') of the doctype at `i`, or 0 when a quoted literal in
 * it holds a '>' (libxml2 reads the literals; a simpler reader ends there)
 * or a quote is not closed.
 */
static size_t raw_doctype_end(const char *s, size_t len, size_t i)
{
	const char *gt = memchr(s + i, '>', len - i);
	size_t k;
	if (!gt)
		return 0;
	for (k = i; k < (size_t)(gt - s); k++)
		if (s[k] == '"' || s[k] == '\'') {
			const char *q = memchr(s + k + 1, s[k], (size_t)(gt - s) - k - 1);
			if (!q)
				return 0;
			k = (size_t)(q - s);
		}
	return (size_t)(gt - s) + 1;
}

/*
 * Read the whole input, noting in sc->cut what to cut. 0, or -1 at the
 * first thing it does not read the way the parser does.
 */
static int raw_scan_all(struct raw_scan *sc)
{
	const char *s = sc->s;
	size_t len = sc->len;

	for (;;) {
		const char *lt = memchr(s + sc->r, '<', len - sc->r);
		size_t i, end, name, name_len, to;
		int empty;
		unsigned char c;

		if (!lt) {
			raw_keep(sc, len);
			return 0;
		}
		i = (size_t)(lt - s);
		if (i + 1 >= len) {
			raw_keep(sc, len);
			return 0;
		}
		c = (unsigned char)s[i + 1];
		if (c == '!') {
			if (i + 4 <= len && !memcmp(s + i, "<!--", 4)) {
				size_t e;
				if (i + 4 < len &&
				    (s[i + 4] == '>' ||
				     (s[i + 4] == '-' && i + 5 < len && s[i + 5] == '>')))
					return -1;
				e = raw_find(s, i + 4, len, "-->");
				if (e >= len || raw_find(s, i + 4, e + 3, "--!>") < e + 3 ||
				    raw_has_nonchar(s, i + 4, e))
					return -1;
				raw_keep(sc, e + 3);
			} else if (i + 9 <= len && !strncasecmp(s + i, "<!doctype", 9)) {
				size_t e = raw_doctype_end(s, len, i);
				if (!e)
					return -1;
				raw_keep(sc, e);
			} else {
				return -1;
			}
			continue;
		}
		if (c == '?') {
			/* a processing instruction ("<?xml ...?>"): to the first '>' for both */
			const char *gt = memchr(s + i, '>', len - i);
			if (i + 2 >= len || !raw_letter((unsigned char)s[i + 2]) || !gt ||
			    raw_has_nonchar(s, i, (size_t)(gt - s)))
				return -1;
			raw_keep(sc, (size_t)(gt - s) + 1);
			continue;
		}
		if (c == '/') {
			size_t k;
			if (i + 2 >= len || !raw_letter((unsigned char)s[i + 2]) ||
			    !(k = raw_name_end(s, len, i + 2)))
				return -1;
			while (k < len && raw_blank((unsigned char)s[k]))
				k++;
			if (k >= len || s[k] != '>')
				return -1;
			raw_keep(sc, k + 1);
			continue;
		}
		if (!raw_letter(c)) {
			/* "<" before anything else is text to both readers */
			raw_keep(sc, i + 1);
			continue;
		}
		if (raw_start_tag(s, len, i, &end, &name, &name_len, &empty) < 0)
			return -1;
		if ((name_len == 6 && !strncasecmp(s + name, "script", 6)) ||
		    (name_len == 5 && !strncasecmp(s + name, "style", 5))) {
			int script = name_len == 6;
			int keep = script && raw_find(s, i, end, "json") < end;
			if (empty || raw_content(s, len, end, script, &to) < 0)
				return -1;
			if (!keep && to > end) {
				if (ARRAY_GROW(sc->cut, sc->ncut, sc->alloc) < 0)
					return -1;
				sc->cut[sc->ncut].from = end;
				sc->cut[sc->ncut++].to = to;
			}
			raw_keep(sc, to);
			continue;
		}
		if (raw_text_element(s + name, name_len)) {
			/* read alike by both only when there is no markup in it */
			size_t e;
			if (empty)
				return -1;
			e = end;
			while (e < len && s[e] != '<')
				e++;
			if (e + 2 + name_len > len || s[e + 1] != '/' ||
			    strncasecmp(s + e + 2, s + name, name_len))
				return -1;
			raw_keep(sc, e);
			continue;
		}
		raw_keep(sc, end);
	}
}

size_t rawtext_cut(char *s, size_t len)
{
	struct raw_scan sc = { .s = s, .len = len };
	size_t k, w;
	if (raw_scan_all(&sc) < 0 || !sc.ncut) {
		free(sc.cut);
		return len;
	}
	/* move what is kept between the cuts down over them */
	w = sc.cut[0].from;
	for (k = 0; k < sc.ncut; k++) {
		size_t from = sc.cut[k].to, to = k + 1 < sc.ncut ? sc.cut[k + 1].from : len;
		memmove(s + w, s + from, to - from);
		w += to - from;
	}
	free(sc.cut);
	return w;
}
