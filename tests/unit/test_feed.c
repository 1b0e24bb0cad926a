/*
 * Unit tests for src/source/feed: dates, sniffing, autodiscovery, and
 * golden files: each tests/fixtures/feeds/NAME (.xml, .rdf, .json) is
 * parsed and printed in a fixed form that must equal NAME.expected.
 * BRIEF_UPDATE_GOLDEN=1 rewrites the .expected files (review the diff).
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

#include "source/feed.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/file.h"

static void date_is(const char *in, const char *want)
{
	char out[DATE_TIMESTAMP_MAX];
	int r = date_parse_timestamp(in, out);
	if (!want) {
		if (r == 0)
			fail_msg("'%s' parsed as '%s', want failure", in, out);
		return;
	}
	if (r < 0)
		fail_msg("'%s' did not parse, want '%s'", in, want);
	if (strcmp(out, want))
		fail_msg("'%s' gave '%s', want '%s'", in, out, want);
}

static void dates_rfc822(void **state)
{
	(void)state;
	date_is("Sun, 06 Nov 1994 08:49:37 GMT", "1994-11-06T08:49:37Z");
	date_is("Sun, 6 Nov 1994 08:49:37 +0000", "1994-11-06T08:49:37Z");
	date_is("6 Nov 1994 08:49 UT", "1994-11-06T08:49:00Z");
	date_is("Sunday, 06-Nov-94 08:49:37 GMT", "1994-11-06T08:49:37Z");
	date_is("Tue, 04 Mar 2025 09:30:00 -0500", "2025-03-04T14:30:00Z");
	date_is("Tue, 04 Mar 2025 09:30:00 EST", "2025-03-04T14:30:00Z");
	date_is("Tue, 04 Mar 2025 09:30:00 PDT", "2025-03-04T16:30:00Z");
	date_is("Tue, 04 Mar 2025 09:30:00 +05:30", "2025-03-04T04:00:00Z");
	date_is("Tue, 04 Mar 2025 09:30:00 +0530", "2025-03-04T04:00:00Z");
	date_is("Tue, 04 Mar 2025 01:30:00 CEST", "2025-03-03T23:30:00Z");
	date_is("Tue, 04 Mar 2025 09:30:00 GMT+2", "2025-03-04T07:30:00Z");
	date_is("Tue, 04 Mar 2025 09:30:00 Z", "2025-03-04T09:30:00Z");
	date_is("Tue, 04 Mar 2025 09:30:00 A", "2025-03-04T09:30:00Z");
	date_is("Tue, 04 Mar 2025 09:30:00", "2025-03-04T09:30:00Z");
	date_is("Tue, 04 March 2025 09:30:00 GMT", "2025-03-04T09:30:00Z");
	date_is("tue, 04 mar 2025 09:30:00 gmt", "2025-03-04T09:30:00Z");
	date_is("Tue 04 Mar 2025 09:30:00 GMT", "2025-03-04T09:30:00Z");
	date_is("Mar 4 2025 09:30:00 GMT", "2025-03-04T09:30:00Z");
	date_is("Fri, 31 Dec 1999 23:59:60 GMT", "1999-12-31T23:59:59Z");
	date_is("Wed, 31 Dec 2025 23:30:00 -0100", "2026-01-01T00:30:00Z");
	date_is("Thu, 29 Feb 2024 12:00:00 GMT", "2024-02-29T12:00:00Z");
	date_is("Thu, 29 Feb 2023 12:00:00 GMT", NULL);
	date_is("Tue, 32 Mar 2025 09:30:00 GMT", NULL);
	date_is("Tue, 04 Foo 2025 09:30:00 GMT", NULL);
	date_is("Tue, 04 Mar 2025 09:30:00 +9999", NULL);
	date_is("Tue, 04 Mar 2025 09:30:00 XYZT", NULL);
	date_is("", NULL);
	date_is("yesterday", NULL);
}

static void dates_rfc3339(void **state)
{
	(void)state;
	date_is("2024-01-05T08:50:00+04:00", "2024-01-05T04:50:00Z");
	date_is("2024-01-05T08:50:00Z", "2024-01-05T08:50:00Z");
	date_is("2024-01-05t08:50:00z", "2024-01-05T08:50:00Z");
	date_is("2024-01-05T08:50:00.123456-01:30", "2024-01-05T10:20:00Z");
	date_is("2024-01-05T08:50:00+0400", "2024-01-05T04:50:00Z");
	date_is("2024-01-05T08:50:00+04", "2024-01-05T04:50:00Z");
	date_is("2024-01-05T08:50+04:00", "2024-01-05T04:50:00Z");
	date_is("2024-01-05 08:50:00", "2024-01-05T08:50:00Z");
	date_is("2024-01-05", "2024-01-05");
	date_is("  2024-01-05  ", "2024-01-05");
	date_is("2024-01", "2024-01-01");
	date_is("2024-13-05", NULL);
	date_is("2024-01-05T25:00:00Z", NULL);
	date_is("2024-01-05Tnoon", NULL);
	date_is("2024-01-05 garbage", NULL);
}

static void sniffs(void **state)
{
	(void)state;
	assert_int_equal(feed_sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", 35),
			 FEED_RSS);
	assert_int_equal(feed_sniff("\xEF\xBB\xBF<!-- x --><feed xmlns=\"a\">", 34), FEED_ATOM);
	assert_int_equal(feed_sniff("<rdf:RDF xmlns:rdf=\"x\">", 23), FEED_RDF);
	assert_int_equal(feed_sniff("{\"version\": \"https://jsonfeed.org/version/1\"}", 44),
			 FEED_JSON);
	assert_int_equal(feed_sniff("<!DOCTYPE html><html>", 21), FEED_NONE);
	assert_int_equal(feed_sniff("{\"url\": \"x\"}", 12), FEED_NONE);
	assert_int_equal(feed_sniff("", 0), FEED_NONE);
	assert_string_equal(feed_kind_name(FEED_ATOM), "atom");
}

static void discovers(void **state)
{
	static const char page[] =
		"<html><head><base href=\"/news/\">"
		"<link rel=\"stylesheet\" href=\"a.css\">"
		"<link rel=\"alternate\" type=\"text/html\" hreflang=\"fr\" href=\"/fr/\">"
		"<link rel=\"alternate feed\" type=\"application/atom+xml\" href=\"feed.atom\">"
		"</head><body><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/x\">"
		"</body></html>";
	struct buf b = BUF_INIT;
	(void)state;
	assert_int_equal(feed_discover(page, sizeof(page) - 1, "https://site.example/a/b.html", &b),
			 1);
	assert_string_equal(b.data, "https://site.example/news/feed.atom");
	buf_reset(&b);
	assert_int_equal(feed_discover("<p>no feed</p>", 14, "https://site.example/", &b), 0);
	assert_int_equal(b.len, 0);
	buf_release(&b);
}

static void not_a_feed(void **state)
{
	struct feed f;
	struct error err = { 0 };
	(void)state;
	assert_true(feed_parse("<html><body>hi</body></html>", 28, NULL, &f, &err) < 0);
	assert_int_equal(err.code, ERR_PARSE);
	assert_non_null(strstr(err.msg, "not a feed"));
	assert_true(feed_parse("{\"a\": 1}", 8, NULL, &f, &err) < 0);
	assert_true(feed_parse("", 0, NULL, &f, &err) < 0);
	assert_true(feed_parse("\x00\x01\x02", 3, NULL, &f, &err) < 0);
}

static void put(struct buf *b, const char *k, const char *v)
{
	if (v)
		buf_putf(b, "%s: %s\n", k, v);
}

static void dump(const struct feed *f, struct buf *b)
{
	size_t i;
	buf_putf(b, "kind: %s\n", feed_kind_name(f->kind));
	put(b, "title", f->title);
	put(b, "link", f->link);
	put(b, "self", f->self);
	put(b, "description", f->description);
	put(b, "language", f->language);
	put(b, "updated", f->updated);
	if (f->ttl_minutes)
		buf_putf(b, "ttl: %ld\n", f->ttl_minutes);
	buf_putf(b, "recovered: %d\n", f->recovered);
	put(b, "error", f->recovered ? f->error : NULL);
	buf_putf(b, "entries: %zu\n", f->n);
	for (i = 0; i < f->n; i++) {
		const struct feed_entry *e = &f->entries[i];
		buf_puts(b, "--\n");
		put(b, "key", e->key);
		put(b, "id", e->id);
		put(b, "link", e->link);
		put(b, "title", e->title);
		put(b, "author", e->author);
		put(b, "published", e->published);
		put(b, "updated", e->updated);
		put(b, "language", e->language);
		put(b, "summary", e->summary);
		put(b, "content", e->content);
		put(b, "enclosure", e->enclosure_url);
		put(b, "enclosure_type", e->enclosure_type);
	}
}

static int is_feed_fixture(const char *n)
{
	size_t l = strlen(n);
	return (l > 4 && (!strcmp(n + l - 4, ".xml") || !strcmp(n + l - 4, ".rdf"))) ||
	       (l > 5 && !strcmp(n + l - 5, ".json"));
}

static void golden_files(void **state)
{
	const char *src = getenv("SRCDIR");
	int update = getenv("BRIEF_UPDATE_GOLDEN") != NULL;
	struct buf dir = BUF_INIT;
	DIR *d;
	struct dirent *de;
	int checked = 0, bad = 0;
	(void)state;

	buf_putf(&dir, "%s/tests/fixtures/feeds", src ? src : ".");
	d = opendir(dir.data);
	assert_non_null(d);
	while ((de = readdir(d))) {
		struct buf path = BUF_INIT, exp = BUF_INIT, in = BUF_INIT, got = BUF_INIT,
			   url = BUF_INIT;
		struct feed f;
		struct error err = { 0 };
		if (!is_feed_fixture(de->d_name))
			continue;
		buf_putf(&path, "%s/%s", dir.data, de->d_name);
		buf_putf(&url, "https://fixture.example/feeds/%s", de->d_name);
		assert_int_equal(file_read_all(path.data, 0, &in, &err), 0);
		if (feed_parse(in.data, in.len, url.data, &f, &err) < 0) {
			buf_putf(&got, "error: %s\n", err.msg);
		} else {
			dump(&f, &got);
			feed_release(&f);
		}
		buf_truncate(&path, path.len - strlen(strrchr(de->d_name, '.')));
		buf_puts(&path, ".expected");
		if (update) {
			FILE *o = fopen(path.data, "w");
			assert_non_null(o);
			fwrite(got.data, 1, got.len, o);
			fclose(o);
		} else if (file_read_all(path.data, 0, &exp, &err) < 0) {
			print_error("%s: no expected file\n", de->d_name);
			bad++;
		} else if (strcmp(exp.data, got.data)) {
			print_error("%s: output differs from %s; got:\n%s\n", de->d_name, path.data,
				    got.data);
			bad++;
		}
		checked++;
		buf_release(&path);
		buf_release(&exp);
		buf_release(&in);
		buf_release(&got);
		buf_release(&url);
	}
	closedir(d);
	buf_release(&dir);
	assert_true(checked >= 6);
	assert_int_equal(bad, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dates_rfc822), cmocka_unit_test(dates_rfc3339),
		cmocka_unit_test(sniffs),       cmocka_unit_test(discovers),
		cmocka_unit_test(not_a_feed),   cmocka_unit_test(golden_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
