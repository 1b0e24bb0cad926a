/*
 * fuzz_extract.c: libFuzzer target for extract_html() and every output
 * format. Any input must give a result or an error, within the limits,
 * without a crash, a leak or a sanitizer report; a result's strings must
 * be valid UTF-8 and its sanitized HTML free of script.
 *
 * The first byte picks options (content type, formats, depth cap), so the
 * fuzzer explores the charset paths and renderers too.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "util/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const content_types[] = {
	NULL,
	"text/html; charset=windows-1252",
	"text/html; charset=windows-1256",
	"text/html; charset=utf-8",
	"text/html; charset=shift_jis",
	"text/html; charset=no-such-charset",
	"text/html; charset=utf-16le",
	"text/html",
};

static void check(const char *s)
{
	if (s && !utf8_valid(s, strlen(s)))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct extract_options o = { 0 };
	struct extract_result r;
	struct error err;
	uint8_t k = size ? data[0] : 0;

	o.content_type = content_types[k & 7];
	o.want_html = (k >> 3) & 1;
	o.want_markdown = (k >> 4) & 1;
	o.max_depth = (k >> 5) & 1 ? 16 : 0;
	o.url = (k >> 6) & 1 ? "https://example.org/a/b.html" : NULL;
	o.max_input = 1u << 20;
	if (size)
		data++, size--;
	if (extract_html((const char *)data, size, &o, &r, &err) == 0) {
		char *js = extract_result_json(&r, "fuzz", EXTRACT_JSON_PRETTY | EXTRACT_JSON_HTML);
		check(r.title);
		check(r.text);
		check(r.markdown);
		check(r.html);
		check(r.byline);
		if (r.html && strstr(r.html, "<script"))
			abort();
		free(js);
		extract_result_release(&r);
	}
	return 0;
}
