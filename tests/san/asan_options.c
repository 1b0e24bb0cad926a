/*
 * Linked into the programs of the sanitizer build only (make test): the
 * options every one of them starts with (ASAN_OPTIONS adds to them and
 * overrides them).
 *
 * intercept_tls_get_addr=0: brief loads libcurl, libmicrohttpd and libpq
 * with dlopen (util/dynlib.h), so the thread-local variables of libraries
 * behind them (GnuTLS, p11-kit, com_err) live in blocks glibc allocates at
 * their first use (dynamic TLS). Tracking those blocks through
 * __tls_get_addr, GCC 12's LeakSanitizer takes about one block in 256 for
 * glibc 2.19's layout, reads a size from before it and scans a range that
 * is not there: the leak check at exit dies ("Tracer caught signal 11").
 * Untracked, each block is a heap chunk like any other, reached from the
 * thread's DTV, which the scan of the thread's static TLS area finds: what
 * the blocks point to still counts as reachable, and leaks are still found.
 *
 * handle_sigill=2: with gcc, a failed undefined-behaviour check is a trap
 * instruction (the Makefile's UBSAN_TRAP), so AddressSanitizer reports the
 * SIGILL with the stack (file:line of each frame) and ends the program; 2,
 * so that no handler of the program's takes the signal from it (cmocka's
 * would print "Illegal instruction" and go on with the next test).
 */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "intercept_tls_get_addr=0:handle_sigill=2";
}
