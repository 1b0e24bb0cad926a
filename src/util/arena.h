/*
 * arena.h: a bump allocator; everything allocated from one arena is freed
 * by one arena_release. Extraction and analysis of one page allocate their
 * strings here so a page costs one free, however many fields it has.
 *
 * Allocation failure returns NULL and sets `oom`, which stays set until
 * arena_release: code that keeps going without a field it could not copy
 * (a parser filling many optional fields) checks `oom` once at the end
 * and fails with ERR_NOMEM, rather than each field's NULL.
 */
#ifndef BRIEF_ARENA_H
#define BRIEF_ARENA_H

#include <stddef.h>

struct arena_chunk;

struct arena {
	struct arena_chunk *head;
	size_t total; /* bytes handed out, for limits and stats */
	int oom;      /* an allocation failed since the arena was made or released */
};

#define ARENA_INIT         \
	{                  \
		NULL, 0, 0 \
	}

void *arena_alloc(struct arena *a, size_t size);
/* Copy `len` bytes of `s` into the arena and NUL-terminate. */
char *arena_strndup(struct arena *a, const char *s, size_t len);
char *arena_strdup(struct arena *a, const char *s);
void arena_release(struct arena *a);

#endif
