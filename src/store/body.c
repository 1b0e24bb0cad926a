/*
 * body.c: documents.body, the stored form of a raw page, both ways.
 *
 * A page is stored as one zstd frame (RFC 8878) at level 1 with its
 * checksum; stores written before that hold zlib streams (RFC 1950), which
 * are still read. `documents.size` says how many bytes a body holds. Both
 * come from the database, which may be damaged, so reading trusts neither:
 * the format is told by its header, the size is capped and checked against
 * what the body could hold before anything is allocated, and a body must
 * decode to exactly `size` bytes.
 *
 * Every engine stores this same body (store_body_compress, engine.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#include "store/engine.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/sha256.h"

#include "util/banned.h"

/*
 * Level 1: much faster than zlib's level 6 for a few per cent more bytes;
 * higher levels cost more time than they save space (docs/decisions.md).
 */
#define BODY_ZSTD_LEVEL 1

int store_body_compress(void **cctx, const void *page, size_t len, unsigned char **out, size_t *cap,
			size_t *outlen, struct error *err)
{
	ZSTD_CCtx *cc = *cctx;
	size_t bound, n;

	if (len > STORE_DOCUMENT_MAX)
		return error_set(err, ERR_LIMIT, "page of %zu bytes, over the %u-byte limit", len,
				 STORE_DOCUMENT_MAX);
	if (!cc) {
		cc = ZSTD_createCCtx();
		if (!cc)
			return error_nomem(err);
		/* its checksum (4 bytes, no measurable time) catches damage that still decodes */
		if (ZSTD_isError(
			    ZSTD_CCtx_setParameter(cc, ZSTD_c_compressionLevel, BODY_ZSTD_LEVEL)) ||
		    ZSTD_isError(ZSTD_CCtx_setParameter(cc, ZSTD_c_checksumFlag, 1))) {
			ZSTD_freeCCtx(cc);
			return error_set(err, ERR_INTERNAL, "zstd set-up failed");
		}
		*cctx = cc;
	}
	bound = ZSTD_compressBound(len);
	if (bound > *cap) {
		unsigned char *p = realloc(*out, bound);
		if (!p)
			return error_nomem(err);
		*out = p;
		*cap = bound;
	}
	n = ZSTD_compress2(cc, *out, *cap, page, len);
	if (ZSTD_isError(n))
		return error_set(err, ERR_INTERNAL, "compressing document failed: %s",
				 ZSTD_getErrorName(n));
	*outlen = n;
	return 0;
}

void store_body_free(void *cctx)
{
	ZSTD_freeCCtx(cctx);
}

int store_document_prepare(struct document_packer *pk, const struct document *doc,
			   struct document_prep *p, struct error *err)
{
	if (sha256_hex(doc->body, doc->len, p->sha256) < 0)
		return error_nomem(err);
	return store_body_compress(&pk->cctx, doc->body, doc->len, &p->body, &p->body_cap,
				   &p->body_len, err);
}

void store_document_prep_release(struct document_prep *p)
{
	free(p->body);
	memset(p, 0, sizeof(*p));
}

void store_document_packer_release(struct document_packer *pk)
{
	store_body_free(pk->cctx);
	pk->cctx = NULL;
}

/*
 * The most a body can expand, beyond which a size is a damaged row refused
 * before allocating for it. zstd: a 128 KiB block from 4 bytes (an RLE
 * block). Deflate: 258 bytes from 2 bits, about 1,032 to 1.
 */
#define ZSTD_MAX_RATIO 32768
#define ZLIB_MAX_RATIO 1040

static int is_zstd(const unsigned char *p, size_t len)
{
	return len >= 4 && p[0] == 0x28 && p[1] == 0xb5 && p[2] == 0x2f && p[3] == 0xfd;
}

/* A zlib header: deflate, a window of at most 32 KiB, a check that holds. */
static int is_zlib(const unsigned char *p, size_t len)
{
	return len >= 2 && (p[0] & 0x0f) == 8 && (p[0] >> 4) <= 7 && ((p[0] << 8) | p[1]) % 31 == 0;
}

static MUST_CHECK int inflate_exact(const void *z, size_t zlen, unsigned char *dst, size_t size,
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
	else if (zr == Z_BUF_ERROR && zs.avail_out == 0 && zs.avail_in)
		r = error_set(err, ERR_PARSE, "corrupt zlib body: more than %zu bytes", size);
	else
		r = error_set(err, ERR_PARSE, "corrupt zlib body: %s",
			      zs.msg ? zs.msg : "truncated");
	inflateEnd(&zs);
	return r;
}

/* Decode one whole zstd frame into exactly `size` bytes at `dst`. */
static MUST_CHECK int unzstd_exact(const void *z, size_t zlen, unsigned char *dst, size_t size,
				   struct error *err)
{
	size_t n = ZSTD_findFrameCompressedSize(z, zlen);

	if (ZSTD_isError(n))
		return error_set(err, ERR_PARSE, "corrupt zstd body: %s", ZSTD_getErrorName(n));
	if (n != zlen)
		return error_set(err, ERR_PARSE, "corrupt zstd body: %zu bytes after its end",
				 zlen - n);
	n = ZSTD_decompress(dst, size, z, zlen);
	if (ZSTD_isError(n))
		return error_set(err, ERR_PARSE, "corrupt zstd body: %s", ZSTD_getErrorName(n));
	if (n != size)
		return error_set(err, ERR_PARSE, "corrupt zstd body: %zu bytes, expected %zu", n,
				 size);
	return 0;
}

int store_document_decode(const void *body, size_t len, uint64_t size, struct buf *out,
			  struct error *err)
{
	const unsigned char *p = body;
	size_t at = out->len;
	int zstd = is_zstd(p, len), r;

	if (size > STORE_DOCUMENT_MAX)
		return error_set(err, ERR_LIMIT, "page of %llu bytes, over the %u-byte limit",
				 (unsigned long long)size, STORE_DOCUMENT_MAX);
	if (zstd) {
		unsigned long long n = ZSTD_getFrameContentSize(body, len);
		if (n == ZSTD_CONTENTSIZE_ERROR)
			return error_set(err, ERR_PARSE, "corrupt zstd body: bad frame header");
		if (n != ZSTD_CONTENTSIZE_UNKNOWN && n != size)
			return error_set(err, ERR_PARSE,
					 "corrupt zstd body: holds %llu bytes, expected %llu", n,
					 (unsigned long long)size);
	} else if (!is_zlib(p, len)) {
		return error_set(err, ERR_PARSE, "body in no known format");
	}
	if (size / (zstd ? ZSTD_MAX_RATIO : ZLIB_MAX_RATIO) > len)
		return error_set(err, ERR_PARSE, "corrupt %s body: %zu bytes cannot hold %llu",
				 zstd ? "zstd" : "zlib", len, (unsigned long long)size);
	r = buf_grow(out, (size_t)size);
	if (r == -ERR_LIMIT)
		return error_set(err, ERR_LIMIT, "page of %llu bytes, over the buffer's %zu",
				 (unsigned long long)size, out->cap);
	if (r < 0)
		return error_nomem(err);
	if (zstd)
		r = unzstd_exact(body, len, (unsigned char *)out->data + at, (size_t)size, err);
	else
		r = inflate_exact(body, len, (unsigned char *)out->data + at, (size_t)size, err);
	if (r < 0) {
		out->data[at] = '\0';
		return r;
	}
	out->len = at + (size_t)size;
	out->data[out->len] = '\0';
	return 0;
}

int store_document_sha256(const struct document *doc, char sha[65], struct error *err)
{
	if (doc->prep)
		memcpy(sha, doc->prep->sha256, 65);
	else if (sha256_hex(doc->body, doc->len, sha) < 0)
		return error_nomem(err);
	return 0;
}

int store_article_put_check(const struct document *doc, const struct article_in *a, char sha[65],
			    struct error *err)
{
	if (!a->url || !*a->url)
		return error_set(err, ERR_USAGE, "article has no URL");
	if (!a->title)
		return error_set(err, ERR_USAGE, "article has no title");
	return store_document_sha256(doc, sha, err);
}
