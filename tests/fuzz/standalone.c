/*
 * standalone.c: runs a libFuzzer target over files named on the command
 * line, without libFuzzer. `make test` builds every fuzz target with this
 * driver (gcc, ASan, UBSan) and replays the fixtures through it, so the
 * targets stay compiling and the seeds stay crash-free between fuzz runs.
 * Prints one TAP line per file.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "util/buf.h"
#include "util/file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
	int i;
	printf("1..%d\n", argc - 1);
	for (i = 1; i < argc; i++) {
		struct buf b;
		FILE *f = fopen(argv[i], "rb");
		size_t n;
		char chunk[65536];
		buf_init(&b, 64u << 20);
		if (!f) {
			printf("not ok %d - %s: cannot open\n", i, argv[i]);
			continue;
		}
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			if (buf_add(&b, chunk, n) < 0)
				break;
		fclose(f);
		LLVMFuzzerTestOneInput((const uint8_t *)b.data, b.len);
		buf_release(&b);
		/* reaching here is the test: a crash or sanitizer report aborts */
		printf("ok %d - %s\n", i, argv[i]);
	}
	return 0;
}
