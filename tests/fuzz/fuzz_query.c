/*
 * Fuzz target: the search query parser takes any bytes, and what it parses
 * PostgreSQL's engine always turns into a tsquery whose parentheses, outside
 * its quoted words, balance.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/query.h"
#include "store/postgres/pg.h"
#include "util/buf.h"

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
	if (search_query_parse(s, &q, NULL) == 0) {
		if (q.fts) {
			struct buf b = BUF_INIT;
			size_t i;
			int depth = 0, quoted = 0;
			if (pg_tsquery(&q, &b, NULL) < 0 || !b.len)
				abort();
			for (i = 0; i < b.len; i++) {
				if (b.data[i] == '\'' && quoted && i + 1 < b.len &&
				    b.data[i + 1] == '\'') {
					i++;
				} else if (b.data[i] == '\'') {
					quoted = !quoted;
				} else if (!quoted && b.data[i] == '\\') {
					abort();
				} else if (quoted && b.data[i] == '\\') {
					i++;
				} else if (!quoted && (b.data[i] == '(' || b.data[i] == ')')) {
					depth += b.data[i] == '(' ? 1 : -1;
					if (depth < 0)
						abort();
				}
			}
			if (depth || quoted)
				abort();
			buf_release(&b);
		}
		search_query_release(&q);
	}
	free(s);
	return 0;
}
