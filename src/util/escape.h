/*
 * escape.h: text made safe inside HTML, XML and JSON, appended to a buf.
 *
 * One escaper for markup: `&`, `<`, `>` and `"` become entities, which is
 * enough for element content and double-quoted attribute values in both
 * HTML and XML. html_escape also turns `'` into `&#39;` for pages that may
 * quote attributes either way. Each returns 0 or the buf's error code.
 */
#ifndef BRIEF_ESCAPE_H
#define BRIEF_ESCAPE_H

#include <stddef.h>

#include "util/buf.h"

/* Append the NUL-terminated `s` escaped for HTML (& < > " '); NULL appends nothing. */
int html_escape(struct buf *b, const char *s);

/* Append `len` bytes of `s` escaped for XML and HTML text (& < > "). */
int xml_escape(struct buf *b, const char *s, size_t len);

/* The same for the NUL-terminated `s`; NULL appends nothing. */
int xml_escape_str(struct buf *b, const char *s);

/*
 * Append `len` bytes of `s` as a JSON string, quotes included: `"` and `\`
 * backslashed, \n \t \r by name, other control bytes and DEL as \u00XX.
 * Bytes from 0x80 up pass through (the caller hands over UTF-8).
 */
int json_escape(struct buf *b, const char *s, size_t len);

#endif
