/* Fuzz target: the search query parser takes any bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/query.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct search_query q;
	char *s;
	if (size > 4096)
		size = 4096;
	s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (search_query_parse(s, &q, NULL) == 0)
		search_query_release(&q);
	free(s);
	return 0;
}
