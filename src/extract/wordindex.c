/*
 * Word lists indexed by first byte: a word is then compared with the few
 * entries that start like it instead of with every entry of every list.
 */
#include "extract/internal.h"

#include <string.h>

#include "util/banned.h"

void word_index_build(struct word_index *ix, const char *const *const *lists, const unsigned *flags,
		      size_t nlists)
{
	const size_t cap = sizeof(ix->v) / sizeof(ix->v[0]);
	unsigned short fill[256];
	size_t i, c, n = 0;
	const char *const *w;

	/* counted and placed over the same words, so no slot lies past `cap` */
	memset(ix->start, 0, sizeof(ix->start));
	for (i = 0; i < nlists; i++)
		for (w = lists[i]; *w && n < cap; w++, n++)
			ix->start[(unsigned char)(*w)[0] + 1]++;
	for (c = 0; c < 256; c++)
		ix->start[c + 1] = (unsigned short)(ix->start[c + 1] + ix->start[c]);
	memcpy(fill, ix->start, sizeof(fill));
	n = 0;
	for (i = 0; i < nlists; i++) {
		for (w = lists[i]; *w && n < cap; w++, n++) {
			struct indexed_word *e = &ix->v[fill[(unsigned char)(*w)[0]]++];
			e->w = *w;
			e->len = strlen(*w);
			e->flags = flags[i];
		}
	}
}
