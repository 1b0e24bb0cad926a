/* libFuzzer target: robots.txt parsing and matching. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "source/robots.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct robots *r = robots_parse((const char *)data, size, "brief");
	char path[256];
	size_t n = size < sizeof(path) - 2 ? size : sizeof(path) - 2;
	path[0] = '/';
	memcpy(path + 1, data, n);
	path[n + 1] = '\0';
	robots_allowed(r, "/");
	robots_allowed(r, path);
	robots_crawl_delay(r);
	robots_free(r);
	return 0;
}
