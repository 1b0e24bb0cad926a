#include "util/file.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

#include "util/banned.h"

int gunzip_buf(const void *in, size_t len, struct buf *out, struct error *err)
{
	z_stream z;
	unsigned char chunk[65536];
	int zr, r = 0;

	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, 15 + 32) != Z_OK) /* +32: gzip or zlib header */
		return error_set(err, ERR_NOMEM, "zlib init failed");
	z.next_in = (unsigned char *)(uintptr_t)in;
	z.avail_in = (uInt)(len > UINT32_MAX ? UINT32_MAX : len);
	for (;;) {
		z.next_out = chunk;
		z.avail_out = sizeof(chunk);
		zr = inflate(&z, Z_NO_FLUSH);
		if (zr != Z_OK && zr != Z_STREAM_END && zr != Z_BUF_ERROR) {
			r = error_set(err, ERR_PARSE, "bad gzip data: %s",
				      z.msg ? z.msg : "corrupt");
			break;
		}
		if (buf_add(out, chunk, sizeof(chunk) - z.avail_out) < 0) {
			r = error_set(err, ERR_LIMIT, "decompressed data over %zu bytes", out->cap);
			break;
		}
		if (zr == Z_STREAM_END) {
			/* concatenated gzip members: keep going */
			if (z.avail_in > 0 && inflateReset(&z) == Z_OK)
				continue;
			break;
		}
		if (zr == Z_BUF_ERROR) {
			if (z.avail_in == 0) {
				r = error_set(err, ERR_PARSE, "truncated gzip data");
				break;
			}
		}
	}
	inflateEnd(&z);
	return r;
}

int file_read_all(const char *path, size_t cap, struct buf *out, struct error *err)
{
	FILE *f;
	struct buf raw;
	struct stat st;
	int r = 0;
	size_t n;
	/* compressed input may be far smaller than cap; allow it as raw cap */
	buf_init(&raw, cap);

	f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!f)
		return error_set(err, ERR_IO, "%s: %s", path, strerror(errno));
	/* an empty `out` lends its memory: a file is read straight into it,
	 * and a caller reading many files with one buffer allocates once */
	if (!out->len && out->alloc) {
		raw.data = out->data;
		raw.alloc = out->alloc;
		out->data = buf_empty_;
		out->alloc = 0;
	}
	/* A regular file's size sizes the buffer at once, with the room the
	 * loop asks for after it (where the read finds the end): one
	 * allocation, rather than a buffer doubling and copied under the reads. */
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    (uintmax_t)st.st_size <= SIZE_MAX - 2 * 65536 &&
	    (!cap || (size_t)st.st_size + 65536 <= cap) &&
	    buf_grow(&raw, (size_t)st.st_size + 65536) < 0)
		buf_reset(&raw); /* the loop grows it as it reads */
	for (;;) {
		if (buf_grow(&raw, 65536) < 0) {
			/* room only for what remains under the cap */
			if (raw.cap && raw.len < raw.cap) {
				if (buf_grow(&raw, raw.cap - raw.len) < 0) {
					r = error_set(err, ERR_NOMEM, "%s: %s", path,
						      error_code_name(ERR_NOMEM));
					break;
				}
			} else {
				int c = fgetc(f);
				if (c != EOF)
					r = error_set(err, ERR_LIMIT, "%s: larger than %zu bytes",
						      path, cap);
				break;
			}
		}
		n = fread(raw.data + raw.len, 1, raw.alloc - 1 - raw.len, f);
		raw.len += n;
		raw.data[raw.len] = '\0';
		if (n == 0) {
			if (ferror(f))
				r = error_set(err, ERR_IO, "%s: %s", path, strerror(errno));
			break;
		}
	}
	if (f != stdin)
		fclose(f);
	if (r == 0) {
		if (raw.len >= 2 && (unsigned char)raw.data[0] == 0x1f &&
		    (unsigned char)raw.data[1] == 0x8b) {
			size_t oldcap = out->cap;
			if (cap && (!out->cap || out->cap > out->len + cap))
				out->cap = out->len + cap;
			r = gunzip_buf(raw.data, raw.len, out, err);
			out->cap = oldcap;
			if (r < 0 && err) {
				char why[ERROR_MSG_MAX];
				snprintf(why, sizeof(why), "%s", err->msg);
				r = error_set(err, err->code, "%s: %s", path, why);
			}
		} else if (out->cap && raw.len > out->cap - out->len) {
			r = error_set(err, ERR_LIMIT, "%s: over the buffer cap", path);
		} else if (!out->alloc && raw.alloc) {
			/* an empty buffer takes the data where it was read, without a copy */
			out->data = raw.data;
			out->len = raw.len;
			out->alloc = raw.alloc;
			buf_init(&raw, 0);
		} else if (buf_add(out, raw.data, raw.len) < 0) {
			r = error_set(err, ERR_NOMEM, "%s: %s", path, error_code_name(ERR_NOMEM));
		}
	}
	buf_release(&raw);
	return r;
}
