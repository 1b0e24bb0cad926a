/*
 * file.h: reading whole inputs with a size cap.
 */
#ifndef BRIEF_FILE_H
#define BRIEF_FILE_H

#include <stddef.h>

#include "util/buf.h"
#include "util/error.h"

/*
 * Read all of `path` ("-" is standard input) into `out`, appending.
 * Gzip data (by magic bytes, whatever the name) is decompressed
 * transparently. At most `cap` bytes are accepted after decompression
 * (0 = no cap); more fails with ERR_LIMIT.
 */
int file_read_all(const char *path, size_t cap, struct buf *out, struct error *err) MUST_CHECK;

/* Decompress gzip/zlib `in` into `out` (capped by out->cap). */
int gunzip_buf(const void *in, size_t len, struct buf *out, struct error *err) MUST_CHECK;

#endif
