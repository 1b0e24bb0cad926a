/*
 * Linked into the programs of the sanitizer build only (make test): backs
 * the program's .bss with huge pages where the kernel can, to make each
 * process cheaper to start and end.
 *
 * With the sanitizer runtimes linked statically, .bss holds their tables
 * (the stack depot's hash table alone is 4 MiB). The allocator writes to
 * that table at scattered places, and at exit LeakSanitizer reads every
 * page of .bss looking for pointers: one page fault per 4 KiB page touched,
 * about a thousand per process, a third of the CPU time of a short brief
 * command. Collapsed into 2 MiB pages (MADV_COLLAPSE, Linux 6.1), the whole
 * scan takes a handful of faults. Nothing the sanitizers check changes:
 * the same memory, the same contents, only its page size.
 *
 * Where the kernel refuses (older kernel, no huge page free) nothing
 * happens: the program runs as it would without this file.
 */
#include <stdint.h>
#include <sys/mman.h>

#ifndef MADV_COLLAPSE
#define MADV_COLLAPSE 25
#endif

extern char __bss_start[], _end[];

static void bss_hugepages(void) __attribute__((constructor));
static void bss_hugepages(void)
{
	const uintptr_t huge = (uintptr_t)1 << 21;
	uintptr_t begin = ((uintptr_t)__bss_start + huge - 1) & ~(huge - 1);
	uintptr_t end = (uintptr_t)_end & ~(huge - 1);

	/* best effort: a refusal leaves the small pages as they were */
	if (end > begin)
		(void)madvise((void *)begin, end - begin, MADV_COLLAPSE);
}
