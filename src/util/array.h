/*
 * array.h: growing a heap array one element at a time.
 *
 *	struct item *items = NULL;
 *	size_t n = 0, alloc = 0;
 *	if (ARRAY_GROW(items, n, alloc) < 0)
 *		return error_nomem(err);
 *	items[n++] = x;
 *
 * ARRAY_GROW(arr, n, alloc) makes room for arr[n]: when n < alloc it does
 * nothing; otherwise it reallocates `arr` to twice its size (16 elements
 * at first, more if n needs it) and updates `alloc`. It returns 0, or
 * -ERR_NOMEM with `arr` and `alloc` unchanged (the old array is still
 * valid and still owned by the caller). `alloc` must be a size_t lvalue.
 *
 * ARRAY_RESERVE(arr, need, alloc) makes room for `need` elements in all
 * at once, with the same growth and errors: for a block of elements
 * appended together, or an array sized before it is filled.
 */
#ifndef BRIEF_ARRAY_H
#define BRIEF_ARRAY_H

#include <stddef.h>

#define ARRAY_GROW(arr, n, alloc) \
	((n) < (alloc) ? 0 : array_grow_((void *)&(arr), &(alloc), sizeof(*(arr)), (n) + 1))

#define ARRAY_RESERVE(arr, need, alloc) \
	((need) <= (alloc) ? 0 : array_grow_((void *)&(arr), &(alloc), sizeof(*(arr)), (need)))

/* ARRAY_GROW's slow path; `parr` points at the array pointer. */
int array_grow_(void *parr, size_t *alloc, size_t elsize, size_t need)
	__attribute__((warn_unused_result));

#endif
