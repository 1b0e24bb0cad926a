/*
 * Fuzz target: the fingerprinter takes any bytes, and its sketch and
 * sample come out ascending, distinct and within their caps.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/fingerprint.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct fingerprint a, b;
	size_t i;

	if (size > 1 << 20)
		size = 1 << 20;
	fingerprint_text((const char *)data, size, &a);
	if (a.nkeys > FP_KEYS || a.nsample > FP_SAMPLE_MAX || (a.words == 0) != (a.nkeys == 0))
		abort();
	for (i = 1; i < a.nkeys; i++)
		if (a.keys[i - 1] >= a.keys[i])
			abort();
	for (i = 1; i < a.nsample; i++)
		if (a.sample[i - 1] >= a.sample[i])
			abort();
	/* the same bytes, the same fingerprint */
	fingerprint_text((const char *)data, size, &b);
	if (memcmp(&a, &b, sizeof(a)) != 0)
		abort();
	return 0;
}
