/* libFuzzer target: sitemap parsing. */
#include <stdint.h>

#include "source/sitemap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sitemap s;
	sitemap_sniff((const char *)data, size);
	if (sitemap_parse((const char *)data, size, &s, NULL) == 0)
		sitemap_release(&s);
	return 0;
}
