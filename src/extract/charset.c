/*
 * charset.c: any page's bytes to valid UTF-8.
 *
 * libxml2 is always handed UTF-8 (with HTML_PARSE_IGNORE_ENC), so the one
 * decision about the charset is made here, in the order a browser makes
 * it, and the result is the same whatever libxml2 would have guessed.
 */
#include "extract/internal.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

#include <uchardet/uchardet.h>

#include "util/utf8.h"

#include "util/banned.h"

/* How far into the page a <meta charset> is looked for. */
#define META_SCAN_BYTES 16384
/* How much of the page uchardet sees: enough to decide, bounded work. */
#define DETECT_BYTES 65536

static int lc(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int is_label_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '-' || c == '_' || c == '.' || c == ':';
}

/*
 * Copy the charset label at `s` (up to `n` bytes) into dst, canonicalised:
 * the labels browsers treat as windows-1252 become "windows-1252", every
 * UTF-8 alias "UTF-8". Returns dst, or NULL when there is no label.
 */
static const char *canon_label(const char *s, size_t n, char *dst, size_t dn)
{
	static const char *const cp1252[] = {
		"iso-8859-1", "iso8859-1",  "latin1",     "l1",       "us-ascii",
		"ascii",      "iso_8859-1", "cp1252",     "x-cp1252", "windows-1252",
		"cp819",      "ibm819",     "iso-ir-100", NULL,
	};
	char tmp[32];
	size_t i = 0, k;

	while (n && (*s == ' ' || *s == '"' || *s == '\'')) {
		s++;
		n--;
	}
	while (i < n && i < sizeof(tmp) - 1 && is_label_char((unsigned char)s[i])) {
		tmp[i] = (char)lc((unsigned char)s[i]);
		i++;
	}
	tmp[i] = '\0';
	if (!i || dn < 16)
		return NULL;
	if (!strcmp(tmp, "utf-8") || !strcmp(tmp, "utf8") || !strcmp(tmp, "unicode-1-1-utf-8")) {
		snprintf(dst, dn, "UTF-8");
		return dst;
	}
	for (k = 0; cp1252[k]; k++) {
		if (!strcmp(tmp, cp1252[k])) {
			snprintf(dst, dn, "windows-1252");
			return dst;
		}
	}
	if (!strcmp(tmp, "cp1256") || !strcmp(tmp, "x-cp1256")) {
		snprintf(dst, dn, "windows-1256");
		return dst;
	}
	/* browsers read gb2312 and gbk pages as their superset */
	if (!strcmp(tmp, "gb2312") || !strcmp(tmp, "gbk") || !strcmp(tmp, "x-gbk")) {
		snprintf(dst, dn, "GB18030");
		return dst;
	}
	if (!strcmp(tmp, "iso-8859-9") || !strcmp(tmp, "latin5")) {
		snprintf(dst, dn, "windows-1254");
		return dst;
	}
	snprintf(dst, dn, "%s", tmp);
	return dst;
}

/* Find `needle` (lowercase) in s[0..n) ignoring ASCII case. */
static const char *find_ci(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle), i, j;
	if (m > n)
		return NULL;
	for (i = 0; i + m <= n; i++) {
		for (j = 0; j < m; j++)
			if (lc((unsigned char)s[i + j]) != needle[j])
				break;
		if (j == m)
			return s + i;
	}
	return NULL;
}

/* The charset label after "charset" at p (which lies within s..end), if any. */
static const char *label_after_charset(const char *p, const char *end, char *dst, size_t n)
{
	p += 7;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p >= end || *p != '=')
		return NULL;
	p++;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '"' || *p == '\''))
		p++;
	return canon_label(p, (size_t)(end - p), dst, n);
}

const char *charset_from_content_type(const char *ct, char *dst, size_t n)
{
	const char *p;
	if (!ct)
		return NULL;
	p = find_ci(ct, strlen(ct), "charset");
	return p ? label_after_charset(p, ct + strlen(ct), dst, n) : NULL;
}

const char *charset_from_meta(const char *data, size_t len, char *dst, size_t n)
{
	const char *s = data, *end = data + (len > META_SCAN_BYTES ? META_SCAN_BYTES : len);

	while (s < end) {
		const char *m = find_ci(s, (size_t)(end - s), "<meta");
		const char *gt, *cs, *r;
		if (!m)
			break;
		gt = memchr(m, '>', (size_t)(end - m));
		if (!gt)
			gt = end;
		cs = find_ci(m, (size_t)(gt - m), "charset");
		if (cs) {
			r = label_after_charset(cs, gt, dst, n);
			if (r) {
				/* a page that says utf-16 in ASCII bytes cannot be utf-16 */
				if (!strncmp(r, "utf-16", 6))
					snprintf(dst, n, "UTF-8");
				return dst;
			}
		}
		s = gt;
	}
	return NULL;
}

/* Run `len` bytes through iconv from `from`, U+FFFD for what fails. */
static int iconv_to_utf8(const char *from, const char *data, size_t len, struct buf *out)
{
	iconv_t cd = iconv_open("UTF-8", from);
	char *in = (char *)(uintptr_t)data;
	size_t inleft = len;
	int r = 0;

	if (cd == (iconv_t)-1)
		return 1; /* unknown to iconv: caller falls back */
	while (inleft > 0) {
		char *o;
		size_t oleft, room = inleft * 2 + 64, rc;
		if ((r = buf_grow(out, room)) < 0)
			break;
		o = out->data + out->len;
		oleft = out->alloc - out->len - 1;
		rc = iconv(cd, &in, &inleft, &o, &oleft);
		out->len = (size_t)(o - out->data);
		out->data[out->len] = '\0';
		if (rc == (size_t)-1) {
			if (errno == E2BIG)
				continue;
			/* EILSEQ or a truncated sequence at the end: one replacement, skip a byte */
			if ((r = utf8_put(out, 0xfffd)) < 0)
				break;
			in++;
			inleft--;
			iconv(cd, NULL, NULL, NULL, NULL);
		}
	}
	iconv_close(cd);
	return r;
}

/*
 * Text encoded to UTF-8 twice (its bytes read as Latin-1 and encoded
 * again: an em dash as U+00E2 U+0080 U+0094) made whole again, in place.
 * A run is taken back only when its bytes taken back are one valid UTF-8
 * character and it holds a C1 control (U+0080..U+009F), which no text
 * means, or starts with "Â" or "Ã" before a Latin-1 sign, which no word
 * spells ("Â©" for "©", "Ã©" for "é").
 */
static void undo_double_utf8(struct buf *b)
{
	unsigned char *s = (unsigned char *)b->data;
	size_t i = 0, o = 0, n = b->len;
	while (i < n) {
		/* every run starts with C3: move (or, before the first change, skip) what lies before */
		const unsigned char *c3 = memchr(s + i, 0xc3, n - i);
		size_t stop = c3 ? (size_t)(c3 - s) : n;
		if (stop > i) {
			if (o != i)
				memmove(s + o, s + i, stop - i);
			o += stop - i;
			i = stop;
			if (i >= n)
				break;
		}
		/* a lead byte C2..F4 read as Latin-1 is C3 82..C3 B4 */
		if (i + 3 < n && s[i] == 0xc3 && s[i + 1] >= 0x82 && s[i + 1] <= 0xb4) {
			unsigned char by[4];
			uint32_t cp;
			int need, k, c1 = 0;
			by[0] = (unsigned char)(s[i + 1] + 0x40);
			need = by[0] >= 0xf0 ? 3 : by[0] >= 0xe0 ? 2 : 1;
			/* each continuation byte 80..BF read as Latin-1 is C2 80..C2 BF */
			for (k = 0; k < need; k++) {
				size_t j = i + 2 + 2 * (size_t)k;
				if (j + 1 >= n || s[j] != 0xc2 || s[j + 1] < 0x80 ||
				    s[j + 1] > 0xbf)
					break;
				by[k + 1] = s[j + 1];
				c1 |= s[j + 1] <= 0x9f;
			}
			if (k == need && (c1 || by[0] <= 0xc3) &&
			    utf8_seq(by, (size_t)need + 1, &cp) == (size_t)need + 1) {
				memcpy(s + o, by, (size_t)need + 1);
				o += (size_t)need + 1;
				i += 2 + 2 * (size_t)need;
				continue;
			}
		}
		s[o++] = s[i++];
	}
	if (o < n) {
		s[o] = '\0';
		b->len = o;
	}
}

int charset_to_utf8(const char *data, size_t len, const char *content_type, struct buf *out,
		    char *name, size_t name_n, struct error *err)
{
	const unsigned char *u = (const unsigned char *)data;
	const char *cs = NULL, *skip = data;
	size_t n = len;
	int r;

	cs = charset_from_content_type(content_type, name, name_n);
	if (!cs && len >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf) {
		snprintf(name, name_n, "UTF-8");
		cs = name;
		skip = data + 3;
		n = len - 3;
	} else if (!cs && len >= 2 && u[0] == 0xff && u[1] == 0xfe) {
		snprintf(name, name_n, "UTF-16LE");
		cs = name;
		skip = data + 2;
		n = len - 2;
	} else if (!cs && len >= 2 && u[0] == 0xfe && u[1] == 0xff) {
		snprintf(name, name_n, "UTF-16BE");
		cs = name;
		skip = data + 2;
		n = len - 2;
	}
	if (!cs)
		cs = charset_from_meta(data, len, name, name_n);
	if (!cs && utf8_valid(data, len)) {
		snprintf(name, name_n, "UTF-8");
		cs = name;
	}
	if (!cs) {
		uchardet_t ud = uchardet_new();
		if (ud) {
			const char *g;
			uchardet_handle_data(ud, data, len > DETECT_BYTES ? DETECT_BYTES : len);
			uchardet_data_end(ud);
			g = uchardet_get_charset(ud);
			if (g && *g && strcasecmp(g, "ASCII"))
				cs = canon_label(g, strlen(g), name, name_n);
			uchardet_delete(ud);
		}
	}
	if (!cs) {
		snprintf(name, name_n, "windows-1252");
		cs = name;
	}

	if (!strcmp(cs, "UTF-8")) {
		r = utf8_valid(skip, n) ? buf_add(out, skip, n) : utf8_sanitize(out, skip, n);
	} else {
		r = iconv_to_utf8(cs, skip, n, out);
		if (r == 1) { /* a label iconv does not know: read as windows-1252 */
			snprintf(name, name_n, "windows-1252");
			r = iconv_to_utf8(name, skip, n, out);
		}
		if (r == 1)
			r = utf8_sanitize(out, skip, n);
	}
	if (r == -ERR_LIMIT)
		return error_set(err, ERR_LIMIT, "decoded page over %zu bytes", out->cap);
	if (r < 0)
		return error_nomem(err);
	undo_double_utf8(out);
	return 0;
}
