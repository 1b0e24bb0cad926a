/* libFuzzer target: the streaming WARC reader over any bytes. */
#include <stdint.h>
#include <stdio.h>

#include "source/warc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f;
	struct warc_reader *r;
	struct warc_record rec;
	if (!size)
		return 0;
	f = fmemopen((void *)data, size, "rb");
	if (!f)
		return 0;
	if (warc_open_stream(&r, f, 1u << 20, NULL) == 0) {
		int n = 0;
		while (warc_next(r, &rec, NULL) == 1 && n++ < 100000)
			;
		warc_close(r);
	}
	fclose(f);
	return 0;
}
