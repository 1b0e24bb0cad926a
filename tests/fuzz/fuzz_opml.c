/* libFuzzer target: OPML parsing and writing back what was read. */
#include <stdint.h>

#include "source/opml.h"
#include "util/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct opml o;
	struct buf b = BUF_INIT;
	size_t i;
	if (opml_parse((const char *)data, size, &o, NULL) == 0) {
		opml_begin(&b, o.title);
		for (i = 0; i < o.n; i++)
			opml_add(&b, &o.items[i]);
		opml_end(&b);
		opml_release(&o);
	}
	buf_release(&b);
	return 0;
}
