/*
 * buf.h: a growable byte buffer with a size cap.
 *
 * Invariants: `data` is never NULL after buf_init (it points at a static
 * empty string until the first append) and is always NUL-terminated, so it
 * can be used as a C string when the content has no NUL bytes. `len` does
 * not count the terminator. `cap` (0 = unlimited) bounds `len`: an append
 * that would go past it fails with ERR_LIMIT and leaves the buffer as it
 * was, which is how every buffer filled from outside is kept bounded.
 *
 * Ownership: the buffer owns `data`; buf_release frees it and re-inits;
 * buf_detach hands it to the caller (who frees it) and re-inits.
 *
 * Errors: every append that fails also records its code in `err`, which
 * keeps the first failure until buf_reset or buf_release (later appends
 * still run as they would have). So there are two ways to append, and the
 * compiler holds every call site to one of them:
 *
 *  - buf_add, buf_adds, buf_addch, buf_addf return 0 or the negative error
 *    code, and their result must be used (warn_unused_result): code that
 *    reacts to one append failing, e.g. stops at the cap;
 *  - buf_put, buf_puts, buf_putc, buf_putf return nothing: a renderer that
 *    appends many times and checks once, at the end, with buf_error:
 *
 *	buf_puts(b, "<p>");
 *	html_escape(b, text);
 *	buf_puts(b, "</p>\n");
 *	return buf_error(b);
 *
 * The escapers of util/escape.h record their failures the same way.
 */
#ifndef BRIEF_BUF_H
#define BRIEF_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "util/error.h"

struct buf {
	char *data;
	size_t len;
	size_t alloc;
	size_t cap;
	int err; /* 0, or the first failure: a failed append's -ERR_LIMIT / -ERR_NOMEM, or buf_fail's */
};

#define BUF_INIT                       \
	{                              \
		buf_empty_, 0, 0, 0, 0 \
	}
extern char buf_empty_[1];

/* An empty buffer holding at most `cap` bytes (0: no cap). */
void buf_init(struct buf *b, size_t cap);
void buf_release(struct buf *b);
char *buf_detach(struct buf *b, size_t *len);
/* Empty the buffer (keeping its memory) and clear `err`. */
void buf_reset(struct buf *b);

/* Make room for `extra` more bytes. 0 on success, -ERR_LIMIT/-ERR_NOMEM. */
int buf_grow(struct buf *b, size_t extra) MUST_CHECK;

/* Append; 0, or -ERR_LIMIT / -ERR_NOMEM with the content unchanged. */
int buf_add(struct buf *b, const void *data, size_t len) MUST_CHECK;
int buf_adds(struct buf *b, const char *s) MUST_CHECK;
int buf_addch(struct buf *b, char c) MUST_CHECK;
int buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3))) MUST_CHECK;
int buf_vaddf(struct buf *b, const char *fmt, va_list ap) MUST_CHECK;

/* The same appends for check-once code: a failure is only recorded in `err`. */
void buf_put(struct buf *b, const void *data, size_t len);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_putf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* 0, or the first failure since buf_init, buf_reset or buf_release. */
static inline int buf_error(const struct buf *b)
{
	return b->err;
}

/*
 * Record a failure of the renderer's own (`code`, a negative error code:
 * a read the text needed failed) as a failed append is recorded, so that
 * the one check at the end sees it; the first failure stays. Returns code.
 */
int buf_fail(struct buf *b, int code);

/* Shorten to `len` bytes (no-op if already shorter). */
void buf_truncate(struct buf *b, size_t len);

/* Remove trailing ASCII whitespace. */
void buf_rtrim(struct buf *b);

#endif
