#include "util/buf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/banned.h"

char buf_empty_[1];

void buf_init(struct buf *b, size_t cap)
{
	b->data = buf_empty_;
	b->len = 0;
	b->alloc = 0;
	b->cap = cap;
	b->err = 0;
}

void buf_release(struct buf *b)
{
	if (b->alloc)
		free(b->data);
	buf_init(b, b->cap);
}

char *buf_detach(struct buf *b, size_t *len)
{
	char *d;
	if (len)
		*len = b->len;
	if (!b->alloc) {
		d = malloc(1);
		if (d)
			d[0] = '\0';
	} else {
		d = b->data;
	}
	buf_init(b, b->cap);
	return d;
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	b->err = 0;
	if (b->alloc)
		b->data[0] = '\0';
}

int buf_fail(struct buf *b, int code)
{
	if (!b->err)
		b->err = code;
	return code;
}

int buf_grow(struct buf *b, size_t extra)
{
	size_t need, n;
	char *p;

	if (extra > SIZE_MAX - b->len - 1)
		return buf_fail(b, -ERR_LIMIT);
	need = b->len + extra;
	if (b->cap && need > b->cap)
		return buf_fail(b, -ERR_LIMIT);
	if (need + 1 <= b->alloc)
		return 0;
	n = b->alloc ? b->alloc : 64;
	while (n < need + 1)
		n = n > SIZE_MAX / 2 ? need + 1 : n * 2;
	p = realloc(b->alloc ? b->data : NULL, n);
	if (!p)
		return buf_fail(b, -ERR_NOMEM);
	if (!b->alloc)
		p[0] = '\0';
	b->data = p;
	b->alloc = n;
	return 0;
}

int buf_add(struct buf *b, const void *data, size_t len)
{
	int r;
	if (len == 0)
		return 0;
	r = buf_grow(b, len);
	if (r < 0)
		return r;
	memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

int buf_adds(struct buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

int buf_addch(struct buf *b, char c)
{
	return buf_add(b, &c, 1);
}

int buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n, r;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return buf_fail(b, -ERR_INTERNAL);
	r = buf_grow(b, (size_t)n);
	if (r < 0)
		return r;
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return 0;
}

int buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = buf_vaddf(b, fmt, ap);
	va_end(ap);
	return r;
}

void buf_put(struct buf *b, const void *data, size_t len)
{
	(void)!buf_add(b, data, len);
}

void buf_puts(struct buf *b, const char *s)
{
	(void)!buf_add(b, s, strlen(s));
}

void buf_putc(struct buf *b, char c)
{
	(void)!buf_add(b, &c, 1);
}

void buf_putf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	(void)!buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void buf_truncate(struct buf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
		b->data[len] = '\0';
	}
}

void buf_rtrim(struct buf *b)
{
	while (b->len && (b->data[b->len - 1] == ' ' || b->data[b->len - 1] == '\n' ||
			  b->data[b->len - 1] == '\t' || b->data[b->len - 1] == '\r'))
		b->len--;
	if (b->alloc)
		b->data[b->len] = '\0';
}
