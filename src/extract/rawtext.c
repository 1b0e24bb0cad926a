/*
 * rawtext.c: take the code out of a page before libxml2 reads it.
 *
 * A news page is often more script and style sheet than text: libxml2
 * reads their content a character at a time into text nodes that no pass
 * looks at (dom_text and its callers skip <script> and <style>, content.c
 * drops them, metadata.c reads only JSON-LD). So the content of each
 * <script> and <style> is cut from the bytes before parsing, leaving
 * `<script ...></script>`: the same tree with those elements empty.
 * JSON-LD keeps its content; so does a comment that is "/$" (content.c
 * reads no other). libxml2 also reads attribute values a
 * character at a time: the attributes no pass reads are cut, and those of
 * most tags moved aside, a marker in their place, to be put back on the
 * parsed elements (rawtext_attach).
 *
 * That is only right when the cut ends exactly where the parser would end
 * the element, so the scan below reads the markup the way libxml2 does
 * and follows only the plain forms of comments, doctypes, end tags and
 * start tags with their quoted or unquoted attributes, and processing
 * instructions, the forms that libxml2's older reader and the HTML5
 * tokenizer (libxml2 2.14 on) read alike; and one form they read apart, an
 * attribute whose name starts with a sign (a template's binding, "@click",
 * "(click)") with a quoted value, which is cut: libxml2 2.9 ends the tag at the
 * first '>' in the value, the rest shown as text, where HTML5 and every
 * browser read one attribute. At anything else
 * (`<![CDATA[`, an attribute name or tag end it does not expect,
 * `<script/>`, an element whose end two readers place apart, a control
 * character in a comment) it gives up and the page is parsed whole, as
 * written.
 */
#include "extract/internal.h"

#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <strings.h>

#include "util/array.h"
#include "util/buf.h"

#include "util/banned.h"

/* Longest name libxml2's HTML reader takes whole (HTML_PARSER_BUFFER_SIZE). */
#define RAW_NAME_MAX 100
/*
 * Content kept whole from this length: libxml2 stops at a text node of
 * 10,000,000 bytes, so cutting such a one would let it read further.
 */
#define RAW_CONTENT_MAX (8u << 20)

/*
 * One stretch to cut: s[from, to); when `tag` is not 0, a start tag's
 * attributes, which the marker of rawtext_attrs entry tag - 1 replaces.
 */
struct raw_cut {
	size_t from, to;
	size_t tag;
};

struct raw_scan {
	const char *s;
	size_t len;
	size_t r; /* read position */
	/* the stretches to cut, in order; cut only once the whole page is read */
	struct raw_cut *cut;
	size_t ncut, alloc;
	struct rawtext_attrs *ra; /* where attributes moved out go; NULL: none moved */
};

/*
 * The attribute that stands for a start tag's attributes moved out of the
 * markup: a blank, a name made of RAW_MARK and the entry's number, a blank
 * (before "/>"). No value: libxml2 reads a value slowly. A page that names
 * an attribute so is parsed as written.
 */
#define RAW_MARK "_-"

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
 * Read at `i` an attribute name as HTML5 reads one that starts with a
 * sign libxml2 2.9 takes for no name ("@click", "(click)", "[class.on]"):
 * up to a blank, '/', '>' or '='; its end, or 0 when there is none, it is
 * too long, or it holds a quote, '<' or a control character.
 */
static size_t raw_sign_name_end(const char *s, size_t len, size_t i)
{
	size_t k = i;
	unsigned char c;
	if (i >= len || !strchr("@()[]*#$%^!?~|+,;{}", s[i]))
		return 0;
	while (k < len && (c = (unsigned char)s[k]) > ' ' && c != '/' && c != '>' && c != '=') {
		if (c == '"' || c == '\'' || c == '<' || c == 0x7f)
			return 0;
		k++;
	}
	return k - i > RAW_NAME_MAX ? 0 : k;
}

/*
 * The attributes some pass reads by name (dom_attr, xmlHasProp), in lower
 * case as libxml2 names them, by length. An attribute of another name is
 * cut before parsing (rawtext_attr_kept) unless a pass that looks through
 * all of an element's attributes could take it. A unit test
 * (rawtext_keeps_names_read) reads src/extract for the names looked up
 * and fails on one this list lacks, or on one here that nothing reads.
 */
#define RAW_ATTR(s)              \
	{                        \
		s, sizeof(s) - 1 \
	}
static const struct raw_attr_name {
	const char *w;
	size_t n;
} raw_attr_read[] = {
	RAW_ATTR("id"),
	RAW_ATTR("alt"),
	RAW_ATTR("rel"),
	RAW_ATTR("src"),
	RAW_ATTR("cite"),
	RAW_ATTR("href"),
	RAW_ATTR("lang"),
	RAW_ATTR("name"),
	RAW_ATTR("role"),
	RAW_ATTR("type"),
	RAW_ATTR("class"),
	RAW_ATTR("start"),
	RAW_ATTR("style"),
	RAW_ATTR("title"),
	RAW_ATTR("value"),
	RAW_ATTR("hidden"),
	RAW_ATTR("colspan"),
	RAW_ATTR("content"),
	RAW_ATTR("pubdate"),
	RAW_ATTR("rowspan"),
	RAW_ATTR("datetime"),
	RAW_ATTR("itemprop"),
	RAW_ATTR("itemtype"),
	RAW_ATTR("property"),
	RAW_ATTR("xml:lang"),
	RAW_ATTR("aria-modal"),
	RAW_ATTR("http-equiv"),
	RAW_ATTR("aria-hidden"),
	RAW_ATTR("aria-labelledby"),
	{ NULL, 0 },
};

int rawtext_attr_kept(const char *name, size_t nlen, const char *v, size_t vlen)
{
	const struct raw_attr_name *e;
	size_t k;
	/* every listed name starts with a lower-case letter */
	for (e = raw_attr_read; e->w; e++)
		if (e->n == nlen && e->w[0] == (name[0] | 32) && !strncasecmp(name, e->w, nlen))
			return 1;
	if (nlen >= 6 && nlen <= RAW_NAME_MAX) {
		char low[RAW_NAME_MAX + 1];
		for (k = 0; k < nlen; k++)
			low[k] = (char)(name[k] >= 'A' && name[k] <= 'Z' ? name[k] + 32 : name[k]);
		low[nlen] = '\0';
		if (strstr(low, "created") || strstr(low, "published") || strstr(low, "posted"))
			return 1;
	}
	if (vlen < 8)
		return 0;
	if (memchr(v, '&', vlen))
		return 1;
	if (vlen > 80)
		return 0;
	for (k = 0; k < vlen; k++)
		if (v[k] >= '0' && v[k] <= '9')
			return 1;
	return 0;
}

/* Most attributes a tag may have for any of them to be cut (duplicates are looked for). */
#define RAW_ATTRS_MAX 32

/* Note s[from, to) to cut, joined to the cut before when that ends at `from`. 0 or -1. */
static int raw_note_cut(struct raw_scan *sc, size_t from, size_t to, size_t tag)
{
	if (!tag && sc->ncut && !sc->cut[sc->ncut - 1].tag && sc->cut[sc->ncut - 1].to == from) {
		sc->cut[sc->ncut - 1].to = to;
		return 0;
	}
	if (ARRAY_GROW(sc->cut, sc->ncut, sc->alloc) < 0)
		return -1;
	sc->cut[sc->ncut].from = from;
	sc->cut[sc->ncut].to = to;
	sc->cut[sc->ncut++].tag = tag;
	return 0;
}

/*
 * A value whose bytes libxml2 takes as they are, but for "&amp;" (which
 * it reads as "&"): no other character reference, no carriage return,
 * no control character and no U+FFFE or U+FFFF (which it reports).
 */
static int raw_plain_value(const char *v, size_t n)
{
	const unsigned char *p = (const unsigned char *)v;
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	size_t i;
	for (i = 0; i < n; i++) {
		unsigned char c;
		/* eight bytes at a time while none is below 0x20, '&' or 0xEF */
		while (n - i >= 8) {
			uint64_t w, amp, ef;
			memcpy(&w, p + i, 8);
			amp = w ^ (ones * '&');
			ef = w ^ (ones * 0xEF);
			if (((w - ones * 0x20) & ~w & highs) || ((amp - ones) & ~amp & highs) ||
			    ((ef - ones) & ~ef & highs))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		c = p[i];
		if (c >= 0x20 && c != '&' && c != 0xEF)
			continue;
		if (c == '&'    ? n - i < 5 || memcmp(p + i, "&amp;", 5)
		    : c == 0xEF ? i + 2 < n && p[i + 1] == 0xBF && (p[i + 2] & 0xFE) == 0xBE
				: c != '\t' && c != '\n')
			return 0;
	}
	return 1;
}

/* Copy plain value v[0, n) to `w` as libxml2 reads it ("&amp;" as "&"); its length. */
static size_t raw_value_copy(char *w, const char *v, size_t n)
{
	const char *amp;
	size_t k = 0;
	while ((amp = memchr(v, '&', n))) {
		size_t m = (size_t)(amp - v);
		memcpy(w + k, v, m);
		k += m;
		w[k++] = '&';
		v += m + 5;
		n -= m + 5;
	}
	memcpy(w + k, v, n);
	return k + n;
}

/* Decimal digits of `n`. */
static size_t raw_digits(size_t n)
{
	size_t d = 1;
	while (n >= 10)
		n /= 10, d++;
	return d;
}

/* One attribute of a start tag as read: name s[name, name_end), value s[v, v + vlen). */
struct raw_att {
	size_t name, name_end, v, vlen;
	int has_value, kept;
};

/*
 * Move the kept attributes att[0, n) of a start tag, all with plain
 * values, into sc->ra, and note the cut of s[from, to) that the marker
 * replaces. 0, or -1 when memory ran out.
 */
static int raw_move_attrs(struct raw_scan *sc, const struct raw_att *att, size_t n, size_t from,
			  size_t to)
{
	struct rawtext_attrs *ra = sc->ra;
	size_t k, m = 0, off = ra->store.len;
	if (ARRAY_GROW(ra->tag, ra->ntag, ra->alloc) < 0)
		return -1;
	for (k = 0; k < n; k++) {
		size_t j, nl = att[k].name_end - att[k].name, vl;
		char *w;
		if (!att[k].kept)
			continue;
		if (buf_grow(&ra->store, nl + att[k].vlen + 2) < 0)
			return -1;
		w = ra->store.data + ra->store.len;
		/* libxml2 names attributes in lower case */
		for (j = 0; j < nl; j++) {
			char c = sc->s[att[k].name + j];
			w[j] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		w[nl] = '\0';
		vl = raw_value_copy(w + nl + 1, sc->s + att[k].v, att[k].vlen);
		w[nl + 1 + vl] = '\0';
		ra->store.len += nl + vl + 2;
		m++;
	}
	ra->tag[ra->ntag].off = off;
	ra->tag[ra->ntag++].n = m;
	return raw_note_cut(sc, from, to, ra->ntag);
}

/*
 * The start tag at `i` (s[i] == '<', a letter after it): its end (after
 * '>') in *end, its name's span in *name and *name_len; *empty when it
 * ends "/>". The attributes no pass reads (rawtext_attr_kept) are noted in
 * sc->cut, each with the blanks after it; when every one kept has a plain
 * value (raw_plain_value), they are moved to sc->ra instead and all of the
 * tag's attributes cut, a marker in their place. Not those of <html> and
 * <body> (a second such tag may add to their attributes), nor of <meta>
 * (which the parser reads for a charset), nor of a tag that names an
 * attribute twice (the parser keeps the first) or has more than
 * RAW_ATTRS_MAX. 0, or -1 when it is not in the plain form.
 */
static int raw_start_tag(struct raw_scan *sc, size_t i, size_t *end, size_t *name, size_t *name_len,
			 int *empty)
{
	const char *s = sc->s;
	size_t len = sc->len;
	size_t k = raw_name_end(s, len, i + 1), ncut = sc->ncut, natt = 0, nkept = 0, attrs_from;
	struct raw_att att[RAW_ATTRS_MAX];
	int cut_attrs, movable;
	if (!k)
		return -1;
	*name = i + 1;
	*name_len = k - i - 1;
	*empty = 0;
	attrs_from = k;
	cut_attrs = !(*name_len == 4 &&
		      (!strncasecmp(s + i + 1, "html", 4) || !strncasecmp(s + i + 1, "body", 4) ||
		       !strncasecmp(s + i + 1, "meta", 4)));
	movable = sc->ra != NULL;
	for (;;) {
		unsigned char c;
		size_t a, nend, v = 0, vlen = 0, n;
		int has_value = 0;
		while (k < len && raw_blank((unsigned char)s[k]))
			k++;
		if (k >= len)
			return -1;
		c = (unsigned char)s[k];
		if (c == '>' || (c == '/' && k + 1 < len && s[k + 1] == '>')) {
			*empty = c == '/';
			*end = k + 1 + (c == '/');
			if (cut_attrs && movable && nkept &&
			    strlen(RAW_MARK) + raw_digits(sc->ra->ntag) + 2 <= k - attrs_from) {
				sc->ncut = ncut;
				if (raw_move_attrs(sc, att, natt, attrs_from, k) < 0)
					return -1;
			}
			return 0;
		}
		if (c == '/')
			return -1;
		if (!raw_letter(c) && c != '_' && c != ':' && c != '.' && cut_attrs) {
			/*
			 * A template's attribute named with a sign
			 * (`@click.prevent="add('Studio > Audio')"`, Angular's
			 * `(click)`, `[class.on]`, `*ngIf`): no pass reads it,
			 * HTML5 reads it as one attribute, and libxml2's older
			 * reader ends the tag at the first '>' of its value, the
			 * rest shown as text. Cut, the readers agree.
			 */
			size_t e = raw_sign_name_end(s, len, k), to;
			const char *q = NULL;
			if (e) {
				to = e;
				while (to < len && raw_blank((unsigned char)s[to]))
					to++;
				if (to < len && s[to] == '=') {
					to++;
					while (to < len && raw_blank((unsigned char)s[to]))
						to++;
					if (to < len && (s[to] == '"' || s[to] == '\''))
						q = memchr(s + to + 1, s[to], len - to - 1);
				}
			}
			if (q) {
				to = (size_t)(q - s) + 1;
				while (to < len && raw_blank((unsigned char)s[to]))
					to++;
				if (raw_note_cut(sc, k, to, 0) < 0)
					return -1;
				k = to;
				continue;
			}
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
			/* kept in place unless the whole of the tag's attributes go */
			movable = 0;
			continue;
		}
		/* an attribute: a name as libxml2 reads one, then maybe a value */
		a = k;
		if (!(k = raw_name_end(s, len, k)))
			return -1;
		nend = k;
		if (nend - a >= strlen(RAW_MARK) && !memcmp(s + a, RAW_MARK, strlen(RAW_MARK)))
			return -1;
		while (k < len && raw_blank((unsigned char)s[k]))
			k++;
		if (k >= len)
			return -1;
		if (s[k] == '=') {
			k++;
			while (k < len && raw_blank((unsigned char)s[k]))
				k++;
			if (k >= len)
				return -1;
			if (s[k] == '"' || s[k] == '\'') {
				const char *q = memchr(s + k + 1, s[k], len - k - 1);
				if (!q)
					return -1;
				v = k + 1;
				vlen = (size_t)(q - s) - v;
				/* the next attribute may follow without a blank, as both readers take it */
				k = (size_t)(q - s) + 1;
			} else {
				/* unquoted: up to a blank or '>' (HTML5 also ends it at \f) */
				v = k;
				while (k < len && !raw_blank((unsigned char)s[k]) && s[k] != '>') {
					if (s[k] == '\f')
						return -1;
					k++;
				}
				if (k == v)
					return -1;
				vlen = k - v;
			}
			has_value = 1;
		}
		if (!cut_attrs)
			continue;
		for (n = 0; n < natt; n++)
			if (att[n].name_end - att[n].name == nend - a &&
			    !strncasecmp(s + att[n].name, s + a, nend - a))
				break;
		if (n < natt || natt == RAW_ATTRS_MAX) {
			/* keep them all: which of two alike the parser keeps is its to say */
			sc->ncut = ncut;
			cut_attrs = 0;
			continue;
		}
		att[natt].name = a;
		att[natt].name_end = nend;
		att[natt].v = v;
		att[natt].vlen = vlen;
		att[natt].has_value = has_value;
		att[natt].kept = rawtext_attr_kept(s + a, nend - a, s + v, vlen);
		if (att[natt].kept) {
			nkept++;
			/* a bare name's value is the parser's to choose ("checked") */
			if (!has_value || !raw_plain_value(s + v, vlen))
				movable = 0;
		} else {
			size_t to = k;
			while (to < len && raw_blank((unsigned char)s[to]))
				to++;
			if (raw_note_cut(sc, a, to, 0) < 0)
				return -1;
		}
		natt++;
	}
}

/* Elements whose content HTML5 reads as text, not markup (raw text and RCDATA). */
static int raw_text_element(const char *name, size_t n)
{
	static const char *const names[] = { "title",   "textarea", "xmp",       "iframe",
					     "noembed", "noframes", "plaintext", NULL };
	size_t k;
	if (n < 3 || n > 9)
		return 0;
	for (k = 0; names[k]; k++)
		if ((name[0] | 32) == names[k][0] && strlen(names[k]) == n &&
		    !strncasecmp(name, names[k], n))
			return 1;
	return 0;
}

/* Does s[i] start `tag` (lower case) followed by a blank, '/' or '>'? */
static int raw_tag_at(const char *s, size_t len, size_t i, const char *tag)
{
	size_t m = strlen(tag);
	unsigned char c;
	if (i + m >= len || strncasecmp(s + i, tag, m))
		return 0;
	c = (unsigned char)s[i + m];
	return raw_blank(c) || c == '\f' || c == '/' || c == '>';
}

/*
 * Where HTML5 ends a script whose content starts at `from`, through its
 * escaped states: after "<!--", a "<script" hides the next "</script"
 * until "-->" or that end tag. The offset of the "</script" that ends it,
 * or `len` when there is none.
 */
static size_t raw_script_end(const char *s, size_t len, size_t from)
{
	enum { DATA, ESCAPED, DOUBLE } state = DATA;
	size_t i = from;
	while (i < len) {
		if (state != DATA && i + 3 <= len && !memcmp(s + i, "-->", 3)) {
			state = DATA;
			i += 3;
		} else if (state == DATA && i + 4 <= len && !memcmp(s + i, "<!--", 4)) {
			state = ESCAPED;
			i += 2; /* its "--" may start "-->" */
		} else if (state != DOUBLE && raw_tag_at(s, len, i, "</script")) {
			return i;
		} else if (state == ESCAPED && raw_tag_at(s, len, i, "<script")) {
			state = DOUBLE;
			i += 7;
		} else if (state == DOUBLE && raw_tag_at(s, len, i, "</script")) {
			state = ESCAPED;
			i += 8;
		} else {
			i++;
		}
	}
	return len;
}

/*
 * The content of a <script> or <style> whose start tag ends at `from`:
 * where it ends in *to (the "</" of its end tag). 0, or -1 when the two
 * readers could end it apart or libxml2 would not read all of it as text.
 */
static int raw_content(const char *s, size_t len, size_t from, int script, int keep, size_t *to)
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
	/*
	 * HTML5: "<!--" then "<script" in a script hides the next end tag
	 * (`document.write('<script src=x></script>')` in an old page's
	 * commented-out script); libxml2 2.9 ends the script there and shows
	 * the rest as text. The end HTML5 reads, not for content kept.
	 */
	if (script && (esc = raw_find(s, from, e, "<!--")) < e &&
	    raw_find(s, esc, e, "<script") < e) {
		if (keep || (e = raw_script_end(s, len, from)) >= len ||
		    e - from >= RAW_CONTENT_MAX)
			return -1;
	}
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
				/*
				 * content.c reads a comment only for "/$" (the end of
				 * a streamed part's fallback): other text goes
				 */
				if (e - (i + 4) > 2 && raw_note_cut(sc, i + 4, e, 0) < 0)
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
		if (raw_start_tag(sc, i, &end, &name, &name_len, &empty) < 0)
			return -1;
		if ((name_len == 6 && !strncasecmp(s + name, "script", 6)) ||
		    (name_len == 5 && !strncasecmp(s + name, "style", 5))) {
			int script = name_len == 6;
			/*
			 * metadata.c reads a script's content when its type is
			 * "application/ld+json": kept when the tag says "ld+json"
			 * or holds a character reference that may spell it
			 */
			int keep = script && (raw_find(s, i, end, "ld+json") < end ||
					      (memchr(s + i, '&', end - i) &&
					       raw_find(s, i, end, "json") < end));
			if (empty || raw_content(s, len, end, script, keep, &to) < 0)
				return -1;
			if (!keep && to > end && raw_note_cut(sc, end, to, 0) < 0)
				return -1;
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

size_t rawtext_cut(char *s, size_t len, struct rawtext_attrs *ra)
{
	struct raw_scan sc = { .s = s, .len = len, .ra = ra };
	size_t k, w;
	if (ra) {
		memset(ra, 0, sizeof(*ra));
		/* a moved attribute takes at most two bytes more than it is written with */
		buf_init(&ra->store, 2 * len + 64);
	}
	if (raw_scan_all(&sc) < 0 || !sc.ncut) {
		free(sc.cut);
		/* the page is parsed as written: nothing to put back */
		rawtext_attrs_release(ra);
		return len;
	}
	/* move what is kept between the cuts down over them, a marker for moved attributes */
	w = sc.cut[0].from;
	for (k = 0; k < sc.ncut; k++) {
		size_t from = sc.cut[k].to, to = k + 1 < sc.ncut ? sc.cut[k + 1].from : len;
		if (sc.cut[k].tag) {
			/* fits: a tag's cut is as long as its marker or longer */
			size_t t = sc.cut[k].tag - 1, d = raw_digits(t), j;
			s[w++] = ' ';
			memcpy(s + w, RAW_MARK, strlen(RAW_MARK));
			w += strlen(RAW_MARK);
			for (j = d; j-- > 0; t /= 10)
				s[w + j] = (char)('0' + t % 10);
			w += d;
			s[w++] = ' ';
		}
		memmove(s + w, s + from, to - from);
		w += to - from;
	}
	free(sc.cut);
	return w;
}

void rawtext_attrs_release(struct rawtext_attrs *ra)
{
	if (!ra)
		return;
	buf_release(&ra->store);
	free(ra->tag);
	memset(ra, 0, sizeof(*ra));
	ra->store = (struct buf)BUF_INIT;
}

/* The entry a marker names, or NULL. */
static const struct rawtext_tag *raw_marked(const struct rawtext_attrs *ra, xmlAttrPtr a)
{
	const char *v = (const char *)a->name;
	size_t t = 0;
	if (a->next || a->children || strncmp(v, RAW_MARK, strlen(RAW_MARK)))
		return NULL;
	v += strlen(RAW_MARK);
	if (!*v)
		return NULL;
	for (; *v; v++) {
		if (*v < '0' || *v > '9' || t > ra->ntag)
			return NULL;
		t = t * 10 + (size_t)(*v - '0');
	}
	return t < ra->ntag ? &ra->tag[t] : NULL;
}

/* Give element `n` the attributes of entry `t` in place of its marker. 0 or -ERR_NOMEM. */
static int raw_put_back(xmlDocPtr doc, xmlNodePtr n, const struct rawtext_attrs *ra,
			const struct rawtext_tag *t)
{
	const char *p = ra->store.data + t->off;
	xmlAttrPtr last = NULL;
	size_t k;
	xmlFreeProp(n->properties);
	n->properties = NULL;
	for (k = 0; k < t->n; k++) {
		const char *value = p + strlen(p) + 1;
		/* as the parser's SAX handler builds one: the value one text node */
		xmlAttrPtr a = xmlNewDocProp(doc, (const xmlChar *)p, NULL);
		xmlNodePtr text;
		if (!a)
			return -ERR_NOMEM;
		a->parent = n;
		if (last) {
			last->next = a;
			a->prev = last;
		} else {
			n->properties = a;
		}
		last = a;
		if (!(text = xmlNewDocText(doc, (const xmlChar *)value)))
			return -ERR_NOMEM;
		text->parent = (xmlNodePtr)a;
		a->children = a->last = text;
		p = value + strlen(value) + 1;
	}
	return 0;
}

int rawtext_attach(xmlDocPtr doc, const struct rawtext_attrs *ra)
{
	xmlNodePtr n = (xmlNodePtr)doc;
	if (!ra || !ra->ntag)
		return 0;
	/* every element in document order, without recursion */
	while (n) {
		const struct rawtext_tag *t;
		if (n->type == XML_ELEMENT_NODE && n->properties &&
		    (t = raw_marked(ra, n->properties)) && raw_put_back(doc, n, ra, t) < 0)
			return -ERR_NOMEM;
		if (n->children && (n->type == XML_ELEMENT_NODE || n == (xmlNodePtr)doc)) {
			n = n->children;
			continue;
		}
		while (n && !n->next && n != (xmlNodePtr)doc)
			n = n->parent;
		if (!n || n == (xmlNodePtr)doc)
			break;
		n = n->next;
	}
	return 0;
}
