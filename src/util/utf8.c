#include "util/utf8.h"

#include <string.h>

#include "util/banned.h"

size_t utf8_seq(const unsigned char *s, size_t len, uint32_t *cp)
{
	uint32_t c;
	size_t n, i;

	if (len == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		c = s[0] & 0x07;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

int utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;
	while (len) {
		size_t n;
		/* most of a page is ASCII: eight bytes at a time while none has the high bit */
		if (len >= 8) {
			uint64_t w;
			memcpy(&w, p, 8);
			if (!(w & 0x8080808080808080ull)) {
				p += 8;
				len -= 8;
				continue;
			}
		}
		n = utf8_seq(p, len, &cp);
		if (!n)
			return 0;
		p += n;
		len -= n;
	}
	return 1;
}

int utf8_put(struct buf *out, uint32_t cp)
{
	char b[4];
	size_t n;
	if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = 0xfffd;
	if (cp < 0x80) {
		b[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xc0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		b[0] = (char)(0xe0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		b[2] = (char)(0x80 | (cp & 0x3f));
		n = 3;
	} else {
		b[0] = (char)(0xf0 | (cp >> 18));
		b[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
		b[3] = (char)(0x80 | (cp & 0x3f));
		n = 4;
	}
	return buf_add(out, b, n);
}

int utf8_sanitize(struct buf *out, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	const unsigned char *run = p;
	uint32_t cp;
	int r;

	while (len) {
		size_t n = utf8_seq(p, len, &cp);
		if (n) {
			p += n;
			len -= n;
			continue;
		}
		if ((r = buf_add(out, run, (size_t)(p - run))) < 0)
			return r;
		if ((r = utf8_put(out, 0xfffd)) < 0)
			return r;
		p++;
		len--;
		run = p;
	}
	return buf_add(out, run, (size_t)(p - run));
}

long utf8_offset(const char *s, size_t n, long cp)
{
	size_t i = 0;
	long k = 0;
	while (i < n && k < cp) {
		i++;
		while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		k++;
	}
	return k == cp ? (long)i : -1;
}
