#include "util/array.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"

#include "util/banned.h"

int array_grow_(void *parr, size_t *alloc, size_t elsize, size_t need)
{
	size_t na = *alloc ? *alloc : 16;
	void *p, *np;

	while (na < need) {
		if (na > SIZE_MAX / 2)
			return -ERR_NOMEM;
		na *= 2;
	}
	if (na == *alloc)
		return 0;
	if (elsize && na > SIZE_MAX / elsize)
		return -ERR_NOMEM;
	/* the pointer goes through memcpy: any T ** arrives here as void * */
	memcpy(&p, parr, sizeof(p));
	np = realloc(p, na * elsize);
	if (!np)
		return -ERR_NOMEM;
	memcpy(parr, &np, sizeof(np));
	*alloc = na;
	return 0;
}
