/* Fuzz target: URL splitting, resolution and normalisation take any bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/url.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf out = BUF_INIT, norm = BUF_INIT;
	struct url_parts p;
	char *s, *nl;
	if (size > 8192)
		size = 8192;
	s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	/* "base\nref": resolve ref against base; the whole input is also a URL */
	nl = strchr(s, '\n');
	url_split(s, &p);
	url_normalize(&out, s);
	buf_reset(&out);
	url_host(&out, s);
	buf_reset(&out);
	url_origin(&out, s);
	buf_reset(&out);
	if (nl) {
		*nl = '\0';
		url_resolve(&out, s, nl + 1);
		url_normalize(&norm, out.data);
	}
	buf_release(&out);
	buf_release(&norm);
	free(s);
	return 0;
}
