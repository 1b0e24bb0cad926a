/* libFuzzer target: feed parsing, feed dates, autodiscovery and the URL normaliser. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "source/feed.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/url.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct feed f;
	struct buf b = BUF_INIT;
	char *s = malloc(size + 1), date[DATE_TIMESTAMP_MAX];
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (feed_parse((const char *)data, size, "https://fuzz.example/feed", &f, NULL) == 0)
		feed_release(&f);
	feed_sniff((const char *)data, size);
	date_parse_timestamp(s, date);
	feed_discover((const char *)data, size, "https://fuzz.example/", &b);
	buf_reset(&b);
	url_normalize(&b, s);
	buf_release(&b);
	free(s);
	return 0;
}
