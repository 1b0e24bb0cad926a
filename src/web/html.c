#include <string.h>

#include "web/web.h"

#include "util/banned.h"

int html_escape(struct buf *b, const char *s)
{
	const char *run;
	int r;

	if (!s)
		return 0;
	for (run = s; *s; s++) {
		const char *rep;
		switch (*s) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		if ((r = buf_add(b, run, (size_t)(s - run))) < 0 || (r = buf_adds(b, rep)) < 0)
			return r;
		run = s + 1;
	}
	return buf_add(b, run, (size_t)(s - run));
}
