/* libFuzzer target: the streaming WARC reader over any bytes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source/warc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f;
	struct warc_reader *r;
	struct warc_record rec;
	unsigned char *copy;
	if (!size)
		return 0;
	/* fmemopen takes a writable buffer, even to read it */
	copy = malloc(size);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	f = fmemopen(copy, size, "rb");
	if (!f) {
		free(copy);
		return 0;
	}
	if (warc_open_stream(&r, f, 1u << 20, NULL) == 0) {
		int n = 0;
		while (warc_next(r, &rec, NULL) == 1 && n++ < 100000)
			;
		warc_close(r);
	}
	fclose(f);
	free(copy);
	return 0;
}
