/*
 * libFuzzer target: decoding a stored document body, which comes from a
 * database that may be damaged. The input is the row: its `size` column as
 * 4 bytes, little-endian (taken modulo 1 MiB), then the body.
 */
#include <stdint.h>
#include <stdlib.h>

#include "store/store.h"
#include "util/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf out = BUF_INIT, small;
	uint64_t claimed;
	if (size < 4)
		return 0;
	claimed = ((uint64_t)data[0] | (uint64_t)data[1] << 8 | (uint64_t)data[2] << 16 |
		   (uint64_t)data[3] << 24) %
		  (1u << 20);
	if (store_document_decode(data + 4, size - 4, claimed, &out, NULL) == 0 &&
	    out.len != claimed)
		abort();
	/* the same into a buffer with a cap, after something already in it */
	buf_init(&small, 4096);
	buf_puts(&small, "kept");
	if (store_document_decode(data + 4, size - 4, claimed, &small, NULL) < 0 &&
	    (small.len != 4 || small.data[4] != '\0'))
		abort();
	buf_release(&small);
	buf_release(&out);
	return 0;
}
