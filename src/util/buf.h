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
};

#define BUF_INIT                    \
	{                           \
		buf_empty_, 0, 0, 0 \
	}
extern char buf_empty_[1];

void buf_init(struct buf *b, size_t cap);
void buf_release(struct buf *b);
char *buf_detach(struct buf *b, size_t *len);
void buf_reset(struct buf *b);

/* Make room for `extra` more bytes. 0 on success, -ERR_LIMIT/-ERR_NOMEM. */
int buf_grow(struct buf *b, size_t extra);

int buf_add(struct buf *b, const void *data, size_t len);
int buf_adds(struct buf *b, const char *s);
int buf_addch(struct buf *b, char c);
int buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int buf_vaddf(struct buf *b, const char *fmt, va_list ap);

/* Shorten to `len` bytes (no-op if already shorter). */
void buf_truncate(struct buf *b, size_t len);

/* Remove trailing ASCII whitespace. */
void buf_rtrim(struct buf *b);

#endif
