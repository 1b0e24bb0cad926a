#include "util/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/banned.h"

/*
 * Chunks grow from ARENA_FIRST to ARENA_CHUNK bytes, doubling: an arena
 * for a few words (a dictionary phrase) takes a few hundred bytes, not a
 * whole chunk.
 */
#define ARENA_FIRST 256
#define ARENA_CHUNK 16384

struct arena_chunk {
	struct arena_chunk *next;
	size_t size, used;
	max_align_t data[];
};

void *arena_alloc(struct arena *a, size_t size)
{
	struct arena_chunk *c = a->head;
	const size_t align = _Alignof(max_align_t);
	size_t need = (size + align - 1) & ~(align - 1);
	char *p;

	if (size > SIZE_MAX / 2) {
		a->oom = 1;
		return NULL;
	}
	if (!c || c->size - c->used < need) {
		size_t sz = ARENA_FIRST;
		if (c)
			sz = c->size < ARENA_CHUNK / 2 ? c->size * 2 : ARENA_CHUNK;
		if (sz < need)
			sz = need;
		c = malloc(sizeof(*c) + sz);
		if (!c) {
			a->oom = 1;
			return NULL;
		}
		c->size = sz;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	p = (char *)c->data + c->used;
	c->used += need;
	a->total += need;
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p = arena_alloc(a, len + 1);
	if (!p)
		return NULL;
	if (len)
		memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

void arena_release(struct arena *a)
{
	struct arena_chunk *c = a->head;
	while (c) {
		struct arena_chunk *n = c->next;
		free(c);
		c = n;
	}
	a->head = NULL;
	a->total = 0;
	a->oom = 0;
}
