#include "util/dynlib.h"

#include <dlfcn.h>
#include <pthread.h>
#include <string.h>

#include "util/banned.h"

static pthread_mutex_t load_lock = PTHREAD_MUTEX_INITIALIZER;

static MUST_CHECK int load_locked(struct dynlib *lib, struct error *err)
{
	void *h = NULL;
	const char *why = "no file name to try";
	size_t i;

	for (i = 0; lib->sonames[i] && !h; i++) {
		h = dlopen(lib->sonames[i], RTLD_NOW | RTLD_LOCAL);
		if (!h)
			why = dlerror();
	}
	if (!h)
		return error_set(err, ERR_INTERNAL, "cannot load %s (%s): %s", lib->what,
				 lib->sonames[0] ? lib->sonames[0] : "", why ? why : "");
	for (i = 0; i < lib->nsyms; i++) {
		void *p = dlsym(h, lib->syms[i].name);
		if (!p) {
			/* the handle stays open: slots already filled point into it */
			return error_set(err, ERR_INTERNAL, "%s has no function %s (too old?)",
					 lib->what, lib->syms[i].name);
		}
		/* POSIX: a function's address from dlsym, copied as it is */
		memcpy(lib->syms[i].slot, &p, sizeof(p));
	}
	atomic_store_explicit(&lib->loaded, 1, memory_order_release);
	return 0;
}

int dynlib_load(struct dynlib *lib, struct error *err)
{
	int r = 0;

	if (atomic_load_explicit(&lib->loaded, memory_order_acquire))
		return 0;
	pthread_mutex_lock(&load_lock);
	if (!atomic_load_explicit(&lib->loaded, memory_order_relaxed))
		r = load_locked(lib, err);
	pthread_mutex_unlock(&load_lock);
	return r;
}

void dynlib_need_slow(struct dynlib *lib)
{
	struct error err;

	error_clear(&err);
	if (dynlib_load(lib, &err) < 0)
		BUG("%s is needed here and did not load: %s", lib->what, err.msg);
}
