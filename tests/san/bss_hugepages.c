/*
 * Linked into the programs of the sanitizer build only (make test): backs
 * the program's .bss with huge pages where the kernel can, and maps the
 * rest of it at once, to make each process cheaper to start and end.
 *
 * With the sanitizer runtimes linked statically, .bss holds their tables
 * (the stack depot's hash table alone is 4 MiB, the internal allocator's
 * state half a MiB). The runtimes write to them at scattered places, from
 * their first steps on, and at exit LeakSanitizer reads every page of
 * .bss looking for pointers: one page fault per 4 KiB page touched, about
 * a thousand per process, a third of the CPU time of a short brief
 * command. Collapsed into 2 MiB pages (MADV_COLLAPSE, Linux 6.1), the
 * whole of it takes a handful of faults. Only the whole 2 MiB pages inside
 * .bss can be collapsed; the pieces before and after them (up to 2 MiB
 * each) are mapped writable in one call (MADV_POPULATE_WRITE, Linux 5.14),
 * which the runtimes' writes and the scan's reads would otherwise do a
 * page fault at a time. Nothing the sanitizers check changes: the same
 * memory, the same contents (zero), only how it is mapped.
 *
 * It runs from .preinit_array, before anything else in the program: with
 * lld the Makefile links its entry first there (tests/san/preinit-order),
 * before the runtimes' own, so that their first writes find the pages
 * mapped already. With another linker it runs just after the runtimes'
 * start, which has then faulted in what it wrote. So it must not be
 * instrumented, and it calls nothing the sanitizers intercept.
 *
 * Where the kernel refuses (older kernel, no huge page free) nothing
 * happens: the program runs as it would without this file.
 */
#include <stdint.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef MADV_COLLAPSE
#define MADV_COLLAPSE 25
#endif
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

extern char __bss_start[], _end[];

/* (the system call itself: nothing the sanitizers intercept, as this may
 * run before they are set up) */
#define NO_SANITIZE __attribute__((no_sanitize("address", "undefined")))

NO_SANITIZE static void populate(uintptr_t begin, uintptr_t end)
{
	if (end > begin)
		(void)syscall(SYS_madvise, (void *)begin, end - begin, MADV_POPULATE_WRITE);
}

NO_SANITIZE static void bss_hugepages(int argc, char **argv, char **envp)
{
	const uintptr_t huge = (uintptr_t)1 << 21;
	const uintptr_t page = (uintptr_t)getauxval(AT_PAGESZ);
	uintptr_t first = (uintptr_t)__bss_start & ~(page - 1);
	uintptr_t last = ((uintptr_t)_end + page - 1) & ~(page - 1);
	uintptr_t begin = ((uintptr_t)__bss_start + huge - 1) & ~(huge - 1);
	uintptr_t end = (uintptr_t)_end & ~(huge - 1);

	(void)argc;
	(void)argv;
	(void)envp;
	if (page == 0)
		return;
	/* best effort: a refusal leaves the small pages as they were */
	if (end > begin) {
		/* (the kernel collapses only the 2 MiB pages with a page
		 * written to already: one written at the start of each) */
		for (uintptr_t p = begin; p < end; p += huge)
			*(volatile char *)p = 0;
		(void)syscall(SYS_madvise, (void *)begin, end - begin, MADV_COLLAPSE);
		populate(first, begin);
		populate(end, last);
	} else {
		populate(first, last);
	}
}

/* First in .preinit_array where the linker orders it so (the Makefile's
 * tests/san/preinit-order): before the sanitizer runtimes' own entry */
__attribute__((section(".preinit_array"),
	       used)) static void (*const bss_hugepages_entry)(int, char **,
							       char **) = bss_hugepages;
