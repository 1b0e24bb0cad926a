/*
 * utf8.h: UTF-8 checks and repair. Everything brief stores or prints is
 * valid UTF-8; input that is not gets each bad byte replaced by U+FFFD.
 */
#ifndef BRIEF_UTF8_H
#define BRIEF_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* Length of the valid UTF-8 sequence at s (1-4), or 0 if invalid/truncated. */
size_t utf8_seq(const unsigned char *s, size_t len, uint32_t *cp);

/* 1 when all `len` bytes are valid UTF-8 (no overlongs, no surrogates). */
int utf8_valid(const char *s, size_t len);

/* Append `s` to `out`, replacing each invalid byte by U+FFFD. */
int utf8_sanitize(struct buf *out, const char *s, size_t len);

/* Append code point `cp` encoded as UTF-8. */
int utf8_put(struct buf *out, uint32_t cp);
/* Byte offset of code point `cp` in the `n` bytes of UTF-8 at `s`, or -1 past the end
 * (a continuation byte is never counted as a code point of its own). */
long utf8_offset(const char *s, size_t n, long cp);

#endif
