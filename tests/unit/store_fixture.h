/*
 * store_fixture.h: a store in a fresh temporary directory for each cmocka
 * test (setup and teardown), shared by the unit tests that need one.
 */
#ifndef BRIEF_TEST_STORE_FIXTURE_H
#define BRIEF_TEST_STORE_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "store/store.h"

struct fixture {
	char dir[64];
	char path[96];
	struct store *st;
};

static int store_setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct error err = { 0 };
	if (!f)
		return -1;
	snprintf(f->dir, sizeof(f->dir), "/tmp/brief-test-XXXXXX");
	if (!mkdtemp(f->dir)) {
		free(f);
		return -1;
	}
	snprintf(f->path, sizeof(f->path), "%s/t.db", f->dir);
	if (store_open(&f->st, f->path, &err) < 0) {
		fprintf(stderr, "%s\n", err.msg);
		rmdir(f->dir);
		free(f);
		return -1;
	}
	*state = f;
	return 0;
}

static int store_teardown(void **state)
{
	struct fixture *f = *state;
	char p[128];
	static const char *const suffix[] = { "",        "-wal",        "-shm",
					      "-search", "-search-wal", "-search-shm" };
	size_t i;
	if (f->st)
		store_close(f->st);
	for (i = 0; i < sizeof(suffix) / sizeof(suffix[0]); i++) {
		snprintf(p, sizeof(p), "%s%s", f->path, suffix[i]);
		unlink(p);
	}
	rmdir(f->dir);
	free(f);
	return 0;
}

#endif
