/*
 * body.c: documents.body, the stored form of a raw page, read back.
 *
 * A body is a zlib stream (RFC 1950) of the page's bytes; `documents.size`
 * says how many bytes it holds. Both come from the database, which may be
 * damaged, so nothing is trusted: the format is told by its header, the
 * size is capped before anything is allocated, and a body must decode to
 * exactly `size` bytes.
 */
#include <stdint.h>
#include <zlib.h>

#include "store/store.h"
#include "util/buf.h"

#include "util/banned.h"

/*
 * Deflate cannot make more than 258 bytes from 2 bits (about 1,032 to 1):
 * a size beyond that is a damaged row, refused before allocating for it.
 */
#define ZLIB_MAX_RATIO 1040

/* A zlib header: deflate, a window of at most 32 KiB, a check that holds. */
static int is_zlib(const unsigned char *p, size_t len)
{
	return len >= 2 && (p[0] & 0x0f) == 8 && (p[0] >> 4) <= 7 && ((p[0] << 8) | p[1]) % 31 == 0;
}

static int inflate_exact(const void *z, size_t zlen, unsigned char *dst, size_t size,
			 struct error *err)
{
	z_stream zs = { 0 };
	int zr, r = 0;

	if (zlen > UINT32_MAX || size > UINT32_MAX)
		return error_set(err, ERR_LIMIT, "document body too large");
	if (inflateInit(&zs) != Z_OK)
		return error_set(err, ERR_NOMEM, "zlib init failed");
	zs.next_in = (Bytef *)(uintptr_t)z;
	zs.avail_in = (uInt)zlen;
	zs.next_out = dst;
	zs.avail_out = (uInt)size;
	zr = inflate(&zs, Z_FINISH);
	if (zr == Z_STREAM_END && zs.avail_out == 0 && zs.avail_in == 0)
		r = 0;
	else if (zr == Z_STREAM_END && zs.avail_out)
		r = error_set(err, ERR_PARSE, "corrupt zlib body: %lu bytes, expected %zu",
			      zs.total_out, size);
	else if (zr == Z_STREAM_END)
		r = error_set(err, ERR_PARSE, "corrupt zlib body: %u bytes after its end",
			      zs.avail_in);
	else if (zr == Z_BUF_ERROR && zs.avail_out == 0)
		r = error_set(err, ERR_PARSE, "corrupt zlib body: more than %zu bytes", size);
	else
		r = error_set(err, ERR_PARSE, "corrupt zlib body: %s",
			      zs.msg ? zs.msg : "truncated");
	inflateEnd(&zs);
	return r;
}

int store_document_decode(const void *body, size_t len, uint64_t size, struct buf *out,
			  struct error *err)
{
	const unsigned char *p = body;
	size_t at = out->len;
	int r;

	if (size > STORE_DOCUMENT_MAX)
		return error_set(err, ERR_LIMIT, "page of %llu bytes, over the %u-byte limit",
				 (unsigned long long)size, STORE_DOCUMENT_MAX);
	if (!is_zlib(p, len))
		return error_set(err, ERR_PARSE, "body in no known format");
	if (size / ZLIB_MAX_RATIO > len)
		return error_set(err, ERR_PARSE, "corrupt zlib body: %zu bytes cannot hold %llu",
				 len, (unsigned long long)size);
	r = buf_grow(out, (size_t)size);
	if (r == -ERR_LIMIT)
		return error_set(err, ERR_LIMIT, "page of %llu bytes, over the buffer's %zu",
				 (unsigned long long)size, out->cap);
	if (r < 0)
		return error_set(err, ERR_NOMEM, "out of memory reading a document");
	r = inflate_exact(body, len, (unsigned char *)out->data + at, (size_t)size, err);
	if (r < 0) {
		out->data[at] = '\0';
		return r;
	}
	out->len = at + (size_t)size;
	out->data[out->len] = '\0';
	return 0;
}
