/*
 * test_checkpoint.c: main's write-ahead log is checkpointed off the
 * storing thread (src/store/checkpoint.c) and still restarts, so it stays
 * bounded however long a load runs, and nothing committed is lost.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <sqlite3.h>
#include <string.h>
#include <stdio.h>

#include "store/sqlite/internal.h"
#include "store/store.h"
#include "store_fixture.h"

#define THRESHOLD 40 /* frames, instead of CKPT_FRAMES */
#define BATCHES   120
#define PER_BATCH 12

/*
 * The log's checkpoint sequence number (bytes 12-15 of its header), which
 * SQLite increases each time the log restarts from its beginning; -1 while
 * there is no log.
 */
static long wal_sequence(const struct fixture *f)
{
	char p[128];
	unsigned char h[16];
	FILE *w;
	size_t n;

	snprintf(p, sizeof(p), "%s-wal", f->path);
	if (!(w = fopen(p, "rb")))
		return -1;
	n = fread(h, 1, sizeof(h), w);
	fclose(w);
	if (n < sizeof(h))
		return -1;
	return (long)((unsigned long)h[12] << 24 | (unsigned long)h[13] << 16 |
		      (unsigned long)h[14] << 8 | h[15]);
}

static void the_log_restarts_while_a_thread_checkpoints(void **state)
{
	struct fixture *f = *state;
	struct error err = { 0 };
	char url[64], text[2600];
	long seq, last = -1;
	int b, i, k, restarts = 0;

	sq_store_of(f->st)->ck_frames = THRESHOLD;
	for (b = 0; b < BATCHES; b++) {
		assert_int_equal(store_begin(f->st, &err), 0);
		for (i = 0; i < PER_BATCH; i++) {
			size_t len = 0;
			snprintf(url, sizeof(url), "https://c.example/%d/%d", b, i);
			for (k = 0; len + 40 < sizeof(text); k++)
				len += (size_t)snprintf(text + len, sizeof(text) - len,
							"ledger %d line %d entry %d. ", b, i, k);
			fixture_put(f->st, url, "Ledger", text);
		}
		assert_int_equal(store_commit(f->st, &err), 0);
		seq = wal_sequence(f);
		if (last >= 0 && seq != last)
			restarts++;
		last = seq;
	}
	/* the thread was used: the log passed the threshold */
	assert_non_null(sq_store_of(f->st)->ck);
	/*
	 * A log that never restarted would hold every batch: each stores
	 * about 12 pages of rows, more with the indexes, so some 1,400 frames
	 * in all. However late the thread runs, the store finishes the
	 * checkpoint itself once the log holds CKPT_FRAMES_MAX (8) times the
	 * threshold, 320 frames, and the next transaction restarts the log:
	 * so it restarts again and again, whatever the scheduling.
	 */
	print_message("restarts %d\n", restarts);
	assert_true(restarts >= 2);
	store_close(f->st);
	f->st = NULL;
	assert_int_equal(fixture_count(f->path, "SELECT count(*) FROM articles"),
			 BATCHES * PER_BATCH);
	assert_int_equal(fixture_count(f->path, "SELECT count(*) FROM pragma_integrity_check "
						"WHERE integrity_check != 'ok'"),
			 0);
}

static void a_small_store_never_starts_the_thread(void **state)
{
	struct fixture *f = *state;
	fixture_put(f->st, "https://c.example/one", "One", "A single article, stored alone.");
	assert_null(sq_store_of(f->st)->ck);
	assert_int_equal(sq_store_of(f->st)->ck_failed, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(the_log_restarts_while_a_thread_checkpoints,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(a_small_store_never_starts_the_thread, store_setup,
						store_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
