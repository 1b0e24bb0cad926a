/*
 * dynlib.h: a shared library loaded the first time a command needs it.
 *
 * libcurl, libmicrohttpd and libpq (with GnuTLS, Kerberos, LDAP... behind
 * them) are used by a few commands only: fetching, serving, a PostgreSQL
 * store. Linked into the program, the loader maps and relocates them at
 * every start of every command. Instead, each of them has one file in the
 * module that uses it (source/libcurl.c, web/libmicrohttpd.c,
 * store/postgres/libpq.c) defining the library's functions that brief
 * calls, under their own names, as calls through a table of pointers that
 * dynlib_load fills. Code above uses the library's header and calls its
 * functions as usual.
 *
 * The module's entry point (fetcher_new, web_start, pg_open) calls the
 * file's load function first, so a missing library is an error naming it.
 * A call through the table before any load loads it then, or stops with a
 * BUG naming the library when that fails.
 */
#ifndef BRIEF_DYNLIB_H
#define BRIEF_DYNLIB_H

#include <stdatomic.h>
#include <stddef.h>

#include "util/error.h"

/* One function: its name in the library and the pointer to fill. */
struct dynlib_sym {
	const char *name;
	void *slot; /* the address of a function pointer of the right type */
};

struct dynlib {
	const char *what;           /* "libcurl": for messages */
	const char *const *sonames; /* file names tried in turn, NULL-terminated */
	const struct dynlib_sym *syms;
	size_t nsyms;
	atomic_int loaded; /* every slot filled (set last, once) */
};

/*
 * Load `lib` and fill every slot, once per process (thread-safe; later
 * calls return at once). Fails with ERR_INTERNAL, naming the library and
 * the loader's reason, when no file loads or a function is missing.
 */
int dynlib_load(struct dynlib *lib, struct error *err) MUST_CHECK;

/* dynlib_load, or BUG when it fails: for the forwarding functions. */
void dynlib_need_slow(struct dynlib *lib);
static inline void dynlib_need(struct dynlib *lib)
{
	if (!atomic_load_explicit(&lib->loaded, memory_order_acquire))
		dynlib_need_slow(lib);
}

/*
 * The table of one library, in the file that forwards its functions:
 * `FUNCS(X)` calls X(name) for every function brief calls; the remaining
 * arguments are the file names to try. Defines `fn` (one pointer per
 * function, of the function's own type, called as fn.name) and `lib`.
 */
#define DYNLIB_PTR_(f) __typeof__(f) *f;
#define DYNLIB_SYM_(f) { #f, &fn.f },
#define DYNLIB_TABLE(what, FUNCS, ...)                                          \
	static struct {                                                         \
		FUNCS(DYNLIB_PTR_)                                              \
	} fn;                                                                   \
	static const struct dynlib_sym dynlib_syms_[] = { FUNCS(DYNLIB_SYM_) }; \
	static const char *const dynlib_sonames_[] = { __VA_ARGS__, NULL };     \
	static struct dynlib lib = { what, dynlib_sonames_, dynlib_syms_,       \
				     sizeof(dynlib_syms_) / sizeof(dynlib_syms_[0]), 0 }

#endif
