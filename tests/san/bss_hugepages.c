/*
 * Linked into the programs of the sanitizer build only (make test): backs
 * the program's .bss with huge pages where the kernel can, and maps the
 * rest of it at once, to make each process cheaper to start and end.
 *
 * With the sanitizer runtimes linked statically, .bss holds their tables
 * (the stack depot's hash table alone is 4 MiB). The allocator writes to
 * that table at scattered places, and at exit LeakSanitizer reads every
 * page of .bss looking for pointers: one page fault per 4 KiB page touched,
 * about a thousand per process, a third of the CPU time of a short brief
 * command. Collapsed into 2 MiB pages (MADV_COLLAPSE, Linux 6.1), the whole
 * scan takes a handful of faults. Only the whole 2 MiB pages inside .bss
 * can be collapsed; the pieces before and after them (up to 2 MiB each)
 * are mapped readable in one call (MADV_POPULATE_READ, Linux 5.14: the
 * kernel's shared zero page where nothing was written), which the scan's
 * reads would otherwise do a page fault at a time. A page written later
 * takes the one fault it would have taken anyway. Nothing the sanitizers
 * check changes: the same memory, the same contents, only how it is mapped.
 *
 * Where the kernel refuses (older kernel, no huge page free) nothing
 * happens: the program runs as it would without this file.
 */
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_COLLAPSE
#define MADV_COLLAPSE 25
#endif
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif

extern char __bss_start[], _end[];

static void populate(uintptr_t begin, uintptr_t end)
{
	if (end > begin)
		(void)madvise((void *)begin, end - begin, MADV_POPULATE_READ);
}

static void bss_hugepages(void) __attribute__((constructor));
static void bss_hugepages(void)
{
	const uintptr_t huge = (uintptr_t)1 << 21;
	const uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t first = (uintptr_t)__bss_start & ~(page - 1);
	uintptr_t last = ((uintptr_t)_end + page - 1) & ~(page - 1);
	uintptr_t begin = ((uintptr_t)__bss_start + huge - 1) & ~(huge - 1);
	uintptr_t end = (uintptr_t)_end & ~(huge - 1);

	/* best effort: a refusal leaves the small pages as they were */
	if (end > begin) {
		(void)madvise((void *)begin, end - begin, MADV_COLLAPSE);
		populate(first, begin);
		populate(end, last);
	} else {
		populate(first, last);
	}
}
