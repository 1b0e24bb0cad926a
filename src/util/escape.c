#include "util/escape.h"

#include <stdio.h>
#include <string.h>

#include "util/banned.h"

/* The one markup escaper: runs of plain bytes are copied whole. */
static int markup_escape(struct buf *b, const char *s, size_t len, int apos)
{
	size_t i, start = 0;
	int r;

	for (i = 0; i < len; i++) {
		const char *rep;
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'':
			if (!apos)
				continue;
			rep = "&#39;";
			break;
		default: continue;
		}
		if ((r = buf_add(b, s + start, i - start)) < 0 || (r = buf_adds(b, rep)) < 0)
			return r;
		start = i + 1;
	}
	return buf_add(b, s + start, len - start);
}

int html_escape(struct buf *b, const char *s)
{
	return s ? markup_escape(b, s, strlen(s), 1) : 0;
}

int xml_escape(struct buf *b, const char *s, size_t len)
{
	return markup_escape(b, s, len, 0);
}

int xml_escape_str(struct buf *b, const char *s)
{
	return s ? markup_escape(b, s, strlen(s), 0) : 0;
}

int json_escape(struct buf *b, const char *s, size_t len)
{
	size_t i, start = 0;
	int r = buf_addch(b, '"');

	for (i = 0; i < len && !r; i++) {
		unsigned char ch = (unsigned char)s[i];
		const char *esc = NULL;
		char u[8];
		if (ch == '"')
			esc = "\\\"";
		else if (ch == '\\')
			esc = "\\\\";
		else if (ch == '\n')
			esc = "\\n";
		else if (ch == '\t')
			esc = "\\t";
		else if (ch == '\r')
			esc = "\\r";
		else if (ch < 0x20 || ch == 0x7f) {
			snprintf(u, sizeof(u), "\\u%04x", ch);
			esc = u;
		}
		if (esc) {
			r = buf_add(b, s + start, i - start);
			if (!r)
				r = buf_adds(b, esc);
			start = i + 1;
		}
	}
	if (!r)
		r = buf_add(b, s + start, len - start);
	return r ? r : buf_addch(b, '"');
}
