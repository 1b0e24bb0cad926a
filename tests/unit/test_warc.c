/*
 * Unit tests for src/source/warc: the fixtures of tests/fixtures/warc
 * (good, truncated, garbage, a corrupt gzip member) and a write/read
 * round trip with rotation and digests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "source/warc.h"
#include "util/buf.h"
#include "util/file.h"

struct tally {
	size_t records, html_ok;
	struct buf uris;
};

static const char *fixture(struct buf *b, const char *name)
{
	const char *src = getenv("SRCDIR");
	buf_reset(b);
	buf_putf(b, "%s/tests/fixtures/%s", src ? src : ".", name);
	return b->data;
}

/* Read a whole archive; pages with status 200 and HTML must equal the fixture page. */
static void read_all(const char *name, struct tally *t, struct warc_stats *st)
{
	struct buf path = BUF_INIT, page = BUF_INIT;
	struct warc_reader *r;
	struct warc_record rec;
	struct error err = { 0 };
	int n;

	memset(t, 0, sizeof(*t));
	assert_int_equal(warc_open(&r, fixture(&path, name), 0, &err), 0);
	while ((n = warc_next(r, &rec, &err)) == 1) {
		t->records++;
		assert_non_null(rec.type);
		if (!strcmp(rec.type, "response") && rec.http_status == 200 &&
		    rec.http_content_type && strstr(rec.http_content_type, "html")) {
			const char *file = strstr(rec.target_uri, "border-market")
						   ? "border-market.html"
					   : strstr(rec.target_uri, "escape") ? "escape-title.html"
									      : "water-talks.html";
			buf_reset(&page);
			buf_reset(&path);
			buf_putf(&path, "%s/tests/fixtures/pages/%s",
				 getenv("SRCDIR") ? getenv("SRCDIR") : ".", file);
			assert_int_equal(file_read_all(path.data, 0, &page, &err), 0);
			assert_int_equal(rec.payload_len, page.len);
			assert_memory_equal(rec.payload, page.data, page.len);
			t->html_ok++;
			buf_puts(&t->uris, rec.target_uri);
			buf_putc(&t->uris, '\n');
		}
	}
	assert_int_equal(n, 0);
	*st = *warc_reader_stats(r);
	warc_close(r);
	buf_release(&path);
	buf_release(&page);
}

static void good_plain(void **state)
{
	struct tally t;
	struct warc_stats st;
	(void)state;
	read_all("warc/good.warc", &t, &st);
	assert_int_equal(t.records, 10);
	assert_int_equal(t.html_ok, 3);
	assert_int_equal(st.skipped, 0);
	assert_non_null(
		strstr(t.uris.data, "https://odd-titles.example.com/escape?utm_source=warc"));
	buf_release(&t.uris);
}

static void good_gzip(void **state)
{
	struct tally t;
	struct warc_stats st;
	(void)state;
	read_all("warc/good.warc.gz", &t, &st);
	assert_int_equal(t.records, 10);
	assert_int_equal(t.html_ok, 3);
	assert_int_equal(st.skipped, 0);
	assert_true(st.bytes_in < st.bytes_out);
	buf_release(&t.uris);
}

static void truncated(void **state)
{
	struct tally t;
	struct warc_stats st;
	(void)state;
	read_all("warc/truncated.warc.gz", &t, &st);
	assert_int_equal(t.records, 6);
	assert_int_equal(t.html_ok, 2);
	assert_int_equal(st.skipped, 1);
	buf_release(&t.uris);
}

static void corrupt_member(void **state)
{
	struct tally t;
	struct warc_stats st;
	(void)state;
	read_all("warc/corrupt-member.warc.gz", &t, &st);
	assert_int_equal(t.records, 9);
	assert_int_equal(t.html_ok, 2);
	assert_null(strstr(t.uris.data, "escape"));
	assert_int_equal(st.skipped, 1);
	buf_release(&t.uris);
}

static void garbage(void **state)
{
	struct tally t;
	struct warc_stats st;
	(void)state;
	read_all("warc/garbage.warc", &t, &st);
	assert_int_equal(t.records, 2);
	assert_int_equal(t.html_ok, 2);
	assert_true(st.skipped >= 3);
	buf_release(&t.uris);
}

static void not_warc_at_all(void **state)
{
	struct buf path = BUF_INIT;
	struct warc_reader *r;
	struct warc_record rec;
	struct error err = { 0 };
	(void)state;
	assert_int_equal(warc_open(&r, fixture(&path, "pages/water-talks.html"), 0, &err), 0);
	assert_int_equal(warc_next(r, &rec, &err), 0);
	assert_int_equal(warc_reader_stats(r)->records, 0);
	assert_int_equal(warc_reader_stats(r)->skipped, 1);
	warc_close(r);
	assert_true(warc_open(&r, "/nonexistent/x.warc", 0, &err) < 0);
	assert_int_equal(err.code, ERR_IO);
	assert_true(warc_sniff("WARC/1.1\r\n", 10));
	assert_false(warc_sniff("<html>", 6));
	buf_release(&path);
}

static void round_trip(void **state)
{
	char dir[] = "/tmp/brief-warc-XXXXXX";
	struct warc_writer *w;
	struct error err = { 0 };
	struct buf body = BUF_INIT, path = BUF_INIT, raw = BUF_INIT;
	static const char head[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
				   "Content-Encoding: gzip\r\nContent-Length: 12\r\n"
				   "Transfer-Encoding: chunked\r\nETag: \"x\"\r\n\r\n";
	DIR *d;
	struct dirent *de;
	size_t files = 0, records = 0, big = 0, i;
	(void)state;

	assert_non_null(mkdtemp(dir));
	for (i = 0; i < 3000; i++)
		buf_putf(&body, "<p>line %zu of the page</p>\n", i);
	assert_int_equal(warc_writer_open(&w, dir, "test", 20000, &err), 0);
	for (i = 0; i < 6; i++) {
		char url[64];
		snprintf(url, sizeof(url), "https://site.example/%zu", i);
		assert_int_equal(warc_write_response(w, url, 1700000000 + (time_t)i, head,
						     sizeof(head) - 1, body.data, body.len, &err),
				 0);
	}
	assert_int_equal(warc_writer_close(w, &err), 0);

	d = opendir(dir);
	assert_non_null(d);
	while ((de = readdir(d))) {
		struct warc_reader *r;
		struct warc_record rec;
		if (de->d_name[0] == '.')
			continue;
		files++;
		buf_reset(&path);
		buf_putf(&path, "%s/%s", dir, de->d_name);
		assert_non_null(strstr(de->d_name, ".warc.gz"));
		buf_reset(&raw);
		assert_int_equal(file_read_all(path.data, 0, &raw, &err), 0);
		assert_non_null(strstr(raw.data, "WARC-Payload-Digest: sha256:"));
		assert_null(strstr(raw.data, "Content-Encoding"));
		assert_null(strstr(raw.data, "chunked"));
		assert_int_equal(warc_open(&r, path.data, 0, &err), 0);
		while (warc_next(r, &rec, &err) == 1) {
			records++;
			if (!strcmp(rec.type, "response")) {
				assert_int_equal(rec.http_status, 200);
				assert_int_equal(rec.payload_len, body.len);
				assert_memory_equal(rec.payload, body.data, body.len);
				big++;
			}
		}
		assert_int_equal(warc_reader_stats(r)->skipped, 0);
		warc_close(r);
		unlink(path.data);
	}
	closedir(d);
	rmdir(dir);
	assert_true(files >= 2); /* rotated */
	assert_int_equal(big, 6);
	assert_int_equal(records, 6 + files); /* a warcinfo per file */
	buf_release(&body);
	buf_release(&path);
	buf_release(&raw);
}

/* A record over the reader's cap is passed over and the next one read. */
static void over_cap(void **state)
{
	struct buf path = BUF_INIT;
	struct warc_reader *r;
	struct warc_record rec;
	struct error err = { 0 };
	size_t n = 0;
	(void)state;
	assert_int_equal(warc_open(&r, fixture(&path, "warc/good.warc.gz"), 1000, &err), 0);
	while (warc_next(r, &rec, &err) == 1)
		n++;
	assert_int_equal(warc_reader_stats(r)->too_large, 2);
	assert_int_equal(n, 8);
	warc_close(r);
	buf_release(&path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(good_plain), cmocka_unit_test(good_gzip),
		cmocka_unit_test(truncated),  cmocka_unit_test(corrupt_member),
		cmocka_unit_test(garbage),    cmocka_unit_test(not_warc_at_all),
		cmocka_unit_test(round_trip), cmocka_unit_test(over_cap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
