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

/*
 * `size` bytes at a multiple of `align` (a power of two) from the head
 * chunk, or from a new one. Strings take align 1, so that they lie side
 * by side rather than each on a boundary for any type.
 */
static void *arena_bump(struct arena *a, size_t size, size_t align)
{
	struct arena_chunk *c = a->head;
	size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
	char *p;

	if (size > SIZE_MAX / 2) {
		a->oom = 1;
		return NULL;
	}
	if (!c || at > c->size || c->size - at < size) {
		size_t sz = ARENA_FIRST;
		if (c)
			sz = c->size < ARENA_CHUNK / 2 ? c->size * 2 : ARENA_CHUNK;
		if (sz < size)
			sz = size;
		c = malloc(sizeof(*c) + sz);
		if (!c) {
			a->oom = 1;
			return NULL;
		}
		c->size = sz;
		c->used = 0;
		c->next = a->head;
		a->head = c;
		at = 0; /* data[] is aligned for any type */
	}
	p = (char *)c->data + at;
	a->total += at + size - c->used;
	c->used = at + size;
	return p;
}

void *arena_alloc(struct arena *a, size_t size)
{
	return arena_bump(a, size, _Alignof(max_align_t));
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p = len < SIZE_MAX ? arena_bump(a, len + 1, 1) : NULL;
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
