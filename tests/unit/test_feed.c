/*
 * Unit tests for src/source/feed: dates, sniffing, autodiscovery, input
 * that is not a feed. The parsed form of each fixture feed is checked by
 * the golden runner (tests/integration/t0190-golden.sh, tests/helpers/feed_dump.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source/feed.h"
#include "util/buf.h"
#include "util/file.h"

static void date_is(const char *in, const char *want)
{
	char out[FEED_DATE_MAX];
	int r = feed_parse_date(in, out);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dates_rfc822), cmocka_unit_test(dates_rfc3339),
		cmocka_unit_test(sniffs),       cmocka_unit_test(discovers),
		cmocka_unit_test(not_a_feed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
