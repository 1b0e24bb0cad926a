/* Unit tests for src/util: buf, arena, sha256, utf8, url, gunzip, escape, hash, date, array,
 * dynlib. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "util/arena.h"
#include "util/array.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/dynlib.h"
#include "util/escape.h"
#include "util/file.h"
#include "util/hash.h"
#include "util/sha256.h"
#include "util/url.h"
#include "util/utf8.h"

static void buf_appends_and_terminates(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	assert_string_equal(b.data, "");
	assert_int_equal(buf_adds(&b, "abc"), 0);
	assert_int_equal(buf_addf(&b, "-%d-%s", 42, "x"), 0);
	assert_string_equal(b.data, "abc-42-x");
	assert_int_equal(b.len, 8);
	buf_truncate(&b, 3);
	assert_string_equal(b.data, "abc");
	buf_puts(&b, "  \n");
	buf_rtrim(&b);
	assert_string_equal(b.data, "abc");
	buf_release(&b);
	assert_string_equal(b.data, "");
}

static void buf_cap_refuses_and_keeps_content(void **state)
{
	struct buf b;
	(void)state;
	buf_init(&b, 5);
	assert_int_equal(buf_adds(&b, "12345"), 0);
	assert_int_equal(buf_adds(&b, "6"), -ERR_LIMIT);
	assert_string_equal(b.data, "12345");
	assert_int_equal(buf_addf(&b, "%s", "toolong"), -ERR_LIMIT);
	assert_int_equal(b.len, 5);
	buf_release(&b);
}

static void buf_grows_large(void **state)
{
	struct buf b = BUF_INIT;
	size_t i;
	(void)state;
	for (i = 0; i < 100000; i++)
		assert_int_equal(buf_addch(&b, (char)('a' + i % 26)), 0);
	assert_int_equal(b.len, 100000);
	assert_int_equal(b.data[99999], 'a' + 99999 % 26);
	assert_int_equal(b.data[100000], '\0');
	{
		size_t len;
		char *d = buf_detach(&b, &len);
		assert_int_equal(len, 100000);
		assert_int_equal(b.len, 0);
		free(d);
	}
}

static void arena_allocates_aligned_and_large(void **state)
{
	struct arena a = ARENA_INIT;
	char *s;
	void *big;
	int i;
	(void)state;
	for (i = 0; i < 1000; i++) {
		void *p = arena_alloc(&a, (size_t)i % 37 + 1);
		assert_non_null(p);
		assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
	}
	big = arena_alloc(&a, 1 << 20);
	assert_non_null(big);
	memset(big, 1, 1 << 20);
	s = arena_strndup(&a, "hello world", 5);
	assert_string_equal(s, "hello");
	assert_null(arena_strdup(&a, NULL));
	arena_release(&a);
	assert_null(a.head);
}

static void sha256_known_vectors(void **state)
{
	static const char hexd[] = "0123456789abcdef";
	char hex[65];
	struct sha256 s;
	unsigned char d[32], chunk[125];
	int i;
	(void)state;
	memset(chunk, 'a', sizeof(chunk));
	/* FIPS 180-2, appendix B, and the empty message */
	assert_int_equal(sha256_hex("", 0, hex), 0);
	assert_string_equal(hex,
			    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	assert_int_equal(sha256_hex("abc", 3, hex), 0);
	assert_string_equal(hex,
			    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, hex);
	assert_string_equal(hex,
			    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	/* one million 'a', fed in odd-sized pieces */
	sha256_init(&s);
	for (i = 0; i < 1000000 / 125; i++)
		sha256_update(&s, chunk, sizeof(chunk));
	assert_int_equal(sha256_final(&s, d), 0);
	assert_null(s.ctx);
	for (i = 0; i < 32; i++) {
		hex[2 * i] = hexd[d[i] >> 4];
		hex[2 * i + 1] = hexd[d[i] & 15];
	}
	hex[64] = '\0';
	assert_string_equal(hex,
			    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	/* "abc" in pieces, the empty piece included, is "abc" */
	sha256_init(&s);
	sha256_update(&s, "a", 1);
	sha256_update(&s, "", 0);
	sha256_update(&s, "bc", 2);
	assert_int_equal(sha256_final(&s, d), 0);
	assert_int_equal(d[0], 0xba);
	assert_int_equal(d[31], 0xad);
}

static void utf8_validates_and_repairs(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	assert_true(utf8_valid("plain", 5));
	assert_true(utf8_valid("caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x93\xb0", 14));
	assert_false(utf8_valid("\xc0\xaf", 2));         /* overlong '/' */
	assert_false(utf8_valid("\xed\xa0\x80", 3));     /* surrogate */
	assert_false(utf8_valid("\xe2\x80", 2));         /* truncated */
	assert_false(utf8_valid("\xf5\x80\x80\x80", 4)); /* past U+10FFFF */
	/* past the eight-byte ASCII steps: a bad byte, a sequence across a step's edge */
	assert_false(utf8_valid("abcdefghijklmnop\xff", 17));
	assert_false(utf8_valid("abcdefghijklmno\xe2\x80", 17));
	assert_true(utf8_valid("abcdefg\xc3\xa9hijklmnopq\xe2\x80\x94", 22));
	assert_false(utf8_valid("abcdefgh\xc0\xaf"
				"abcdefgh",
				18));
	assert_int_equal(utf8_sanitize(&b, "a\xffz\xe2\x80", 5), 0);
	assert_string_equal(b.data, "a\xef\xbf\xbdz\xef\xbf\xbd\xef\xbf\xbd");
	assert_true(utf8_valid(b.data, b.len));
	buf_release(&b);
	/* code point offsets (as benchmark gold files count them) to byte offsets */
	assert_int_equal(utf8_offset("caf\xc3\xa9 \xe2\x80\x94 x", 11, 0), 0);
	assert_int_equal(utf8_offset("caf\xc3\xa9 \xe2\x80\x94 x", 11, 4), 5);
	assert_int_equal(utf8_offset("caf\xc3\xa9 \xe2\x80\x94 x", 11, 6), 9);
	assert_int_equal(utf8_offset("caf\xc3\xa9 \xe2\x80\x94 x", 11, 8), 11);
	assert_int_equal(utf8_offset("caf\xc3\xa9 \xe2\x80\x94 x", 11, 9), -1);
}

static void check_resolve(const char *base, const char *ref, const char *want)
{
	struct buf b = BUF_INIT;
	assert_int_equal(url_resolve(&b, base, ref), 0);
	assert_string_equal(b.data, want);
	buf_release(&b);
}

static void url_resolves_rfc3986_examples(void **state)
{
	const char *base = "http://a/b/c/d;p?q";
	(void)state;
	check_resolve(base, "g", "http://a/b/c/g");
	check_resolve(base, "./g", "http://a/b/c/g");
	check_resolve(base, "g/", "http://a/b/c/g/");
	check_resolve(base, "/g", "http://a/g");
	check_resolve(base, "//g", "http://g");
	check_resolve(base, "?y", "http://a/b/c/d;p?y");
	check_resolve(base, "g?y", "http://a/b/c/g?y");
	check_resolve(base, "#s", "http://a/b/c/d;p?q#s");
	check_resolve(base, "..", "http://a/b/");
	check_resolve(base, "../g", "http://a/b/g");
	check_resolve(base, "../..", "http://a/");
	check_resolve(base, "../../g", "http://a/g");
	check_resolve(base, "../../../g", "http://a/g");
	check_resolve(base, "/./g", "http://a/g");
	check_resolve(base, "g.", "http://a/b/c/g.");
	check_resolve(base, "./../g", "http://a/b/g");
	check_resolve(base, "https://other.example/x", "https://other.example/x");
	check_resolve(NULL, "rel/path", "rel/path");
}

static void url_host_and_origin(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	assert_int_equal(url_host(&b, "HTTPS://user@News.Example.ORG:8443/a?b#c"), 0);
	assert_string_equal(b.data, "news.example.org");
	buf_reset(&b);
	assert_int_equal(url_origin(&b, "HTTPS://News.Example.ORG:8443/a?b#c"), 0);
	assert_string_equal(b.data, "https://news.example.org:8443/");
	buf_reset(&b);
	assert_true(url_host(&b, "not a url") < 0);
	assert_true(url_is_http("http://x.example/"));
	assert_false(url_is_http("file:///etc/passwd"));
	assert_false(url_is_http("javascript:alert(1)"));
	assert_false(url_is_http("/relative"));
	/* names reserved never to resolve (RFC 2606), and names that only end alike */
	assert_true(url_host_reserved("https://kabul-ledger.example.org/media/a.jpg"));
	assert_true(url_host_reserved("https://EXAMPLE.COM/a.jpg"));
	assert_true(url_host_reserved("http://cdn.example.net./a.jpg"));
	assert_true(url_host_reserved("https://photos.example/a.jpg"));
	assert_true(url_host_reserved("https://x.invalid/a.jpg"));
	assert_true(url_host_reserved("https://img.test:8080/a.jpg"));
	assert_false(url_host_reserved("https://myexample.com/a.jpg"));
	assert_false(url_host_reserved("https://example.com.evil.net/a.jpg"));
	assert_false(url_host_reserved("https://contest/a.jpg"));
	assert_false(url_host_reserved("https://news.brief-photos.net/a.jpg"));
	assert_false(url_host_reserved("not a url"));
	assert_false(url_host_reserved(NULL));
	buf_release(&b);
}

static void gunzip_round_trip_and_errors(void **state)
{
	const char text[] = "The same words, compressed and back again. The same words.";
	unsigned char z[256];
	z_stream s;
	struct buf out = BUF_INIT, small;
	(void)state;
	memset(&s, 0, sizeof(s));
	assert_int_equal(deflateInit2(&s, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
	s.next_in = (unsigned char *)(uintptr_t)text;
	s.avail_in = sizeof(text) - 1;
	s.next_out = z;
	s.avail_out = sizeof(z);
	assert_int_equal(deflate(&s, Z_FINISH), Z_STREAM_END);
	deflateEnd(&s);
	assert_int_equal(gunzip_buf(z, sizeof(z) - s.avail_out, &out, NULL), 0);
	assert_string_equal(out.data, text);
	buf_release(&out);
	/* over the cap */
	buf_init(&small, 10);
	assert_int_equal(gunzip_buf(z, sizeof(z) - s.avail_out, &small, NULL), -ERR_LIMIT);
	buf_release(&small);
	/* truncated */
	assert_true(gunzip_buf(z, 12, &out, NULL) < 0);
	buf_release(&out);
	assert_true(gunzip_buf("\x1f\x8bgarbage-garbage", 16, &out, NULL) < 0);
	buf_release(&out);
}

static void buf_error_is_sticky(void **state)
{
	struct buf b;
	(void)state;
	buf_init(&b, 8);
	buf_puts(&b, "abc");
	assert_int_equal(buf_error(&b), 0);
	buf_puts(&b, "toolong"); /* over the cap: recorded, content kept */
	assert_string_equal(b.data, "abc");
	buf_putc(&b, 'd'); /* later appends still run... */
	assert_string_equal(b.data, "abcd");
	assert_int_equal(buf_error(&b), -ERR_LIMIT); /* ...and the first failure stays */
	assert_int_equal(buf_addf(&b, "%s", "123456"), -ERR_LIMIT);
	assert_int_equal(buf_error(&b), -ERR_LIMIT);
	buf_reset(&b);
	assert_int_equal(buf_error(&b), 0);
	buf_putf(&b, "%d", 42);
	assert_string_equal(b.data, "42");
	/* escapers record theirs too */
	assert_true(xml_escape(&b, "&&", 2) < 0);
	assert_int_equal(buf_error(&b), -ERR_LIMIT);
	buf_release(&b);
	assert_int_equal(buf_error(&b), 0);
}

static void escape_markup_and_json(void **state)
{
	struct buf b = BUF_INIT;
	static const char ctl[] = "a\"b\\c\nd\te\rf\x01g\x7fh\xc3\xa9";
	(void)state;
	assert_int_equal(html_escape(&b, "<a href=\"x\">Tom & Jerry's</a>"), 0);
	assert_string_equal(b.data, "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
	assert_int_equal(html_escape(&b, NULL), 0);
	buf_reset(&b);
	/* XML: the apostrophe stays; only `len` bytes are read */
	assert_int_equal(xml_escape(&b, "Tom & Jerry's <b>\"x\"</b>!!", 24), 0);
	assert_string_equal(b.data, "Tom &amp; Jerry's &lt;b&gt;&quot;x&quot;&lt;/b&gt;");
	buf_reset(&b);
	assert_int_equal(xml_escape(&b, "plain", 5), 0);
	assert_string_equal(b.data, "plain");
	assert_int_equal(xml_escape_str(&b, NULL), 0);
	assert_int_equal(xml_escape_str(&b, " & 'x'"), 0);
	assert_string_equal(b.data, "plain &amp; 'x'");
	buf_reset(&b);
	assert_int_equal(json_escape(&b, ctl, sizeof(ctl) - 1), 0);
	assert_string_equal(b.data, "\"a\\\"b\\\\c\\nd\\te\\rf\\u0001g\\u007fh\xc3\xa9\"");
	buf_reset(&b);
	assert_int_equal(json_escape(&b, "", 0), 0);
	assert_string_equal(b.data, "\"\"");
	buf_release(&b);
	/* a capped buffer: the error comes back */
	buf_init(&b, 4);
	assert_int_equal(xml_escape(&b, "a&b", 3), -ERR_LIMIT);
	buf_release(&b);
}

static void hash_known_values(void **state)
{
	(void)state;
	/* the FNV reference vectors */
	assert_int_equal(hash_fnv1a32("", 0), 0x811c9dc5u);
	assert_int_equal(hash_fnv1a32("foobar", 6), 0xbf9cf968u);
	assert_true(hash_fnv1a64("", 0) == 0xcbf29ce484222325ULL);
	assert_true(hash_fnv1a64("foobar", 6) == 0x85944171f73967e8ULL);
	assert_true(hash_fnv1a64_byte(HASH_FNV64_OFFSET, 'f') == hash_fnv1a64("f", 1));
	assert_true(hash_mix64(0) == 0);
	assert_true(hash_mix64(1) == 0xb456bcfc34c2cb2cULL);
	/* splitmix64's first output from seed 0: its finaliser of the golden gamma */
	assert_true(hash_splitmix64(0x9e3779b97f4a7c15ULL) == 0xe220a8397b1dcdafULL);
	assert_true(hash_splitmix64(0) == 0);
}

static void date_civil_calendar(void **state)
{
	int64_t z;
	int y, m, d;
	(void)state;
	assert_true(date_days_from_civil(1970, 1, 1) == 0);
	assert_true(date_days_from_civil(2024, 2, 29) == 19782);
	assert_true(date_days_from_civil(1601, 1, 1) == -134774);
	for (z = -800000; z < 800000; z += 97) {
		date_civil_from_days(z, &y, &m, &d);
		assert_true(d >= 1 && d <= date_days_in_month(y, m));
		assert_true(date_days_from_civil(y, m, d) == z);
	}
	assert_int_equal(date_days_in_month(2024, 2), 29);
	assert_int_equal(date_days_in_month(1900, 2), 28);
	assert_int_equal(date_days_in_month(2000, 2), 29);
	assert_int_equal(date_days_in_month(2023, 13), 0);
	assert_int_equal(date_days_in_month(2023, 0), 0);
	assert_int_equal(date_month_prefix("Sept."), 9);
	assert_int_equal(date_month_prefix("DECEMBER"), 12);
	assert_int_equal(date_month_prefix("Ma"), 0);
	assert_int_equal(date_month_prefix("Sun"), 0);
	{
		size_t k;
		/* read to the word's end, other languages' names as whole words */
		assert_int_equal(date_month_word("mar\xc3\xa7o de 2022", &k), 3);
		assert_int_equal(k, 6);
		assert_int_equal(date_month_word("Agosto 2021", &k), 8);
		assert_int_equal(k, 6);
		assert_int_equal(date_month_word("M\xc3\xa4rz", &k), 3);
		assert_int_equal(date_month_word("agos", &k), 0);
		assert_int_equal(k, 0);
	}
	assert_string_equal(date_month_names[4], "may");
	{
		char ab[4];
		date_month_abbrev(1, ab);
		assert_string_equal(ab, "Jan");
		date_month_abbrev(12, ab);
		assert_string_equal(ab, "Dec");
		date_month_abbrev(13, ab);
		assert_string_equal(ab, "");
		date_month_abbrev(0, ab);
		assert_string_equal(ab, "");
	}
}

static void date_timestamps_to_utc(void **state)
{
	char out[DATE_TIMESTAMP_MAX];
	(void)state;
	assert_int_equal(date_parse_timestamp("2024-01-01T00:30:00+01:00", out), 0);
	assert_string_equal(out, "2023-12-31T23:30:00Z");
	assert_int_equal(date_parse_timestamp("Thu, 29 Feb 2024 23:59:60 -0100", out), 0);
	assert_string_equal(out, "2024-03-01T00:59:59Z");
	assert_int_equal(date_parse_timestamp("2024-03-01", out), 0);
	assert_string_equal(out, "2024-03-01");
	assert_int_equal(date_parse_timestamp("1969-12-31T23:00:00-02:00", out), 0);
	assert_string_equal(out, "1970-01-01T01:00:00Z");
	/* out of range after the zone is applied, and not dates at all */
	assert_int_equal(date_parse_timestamp("1000-01-01T00:30:00+01:00", out), -1);
	assert_int_equal(date_parse_timestamp("2023-02-29", out), -1);
	assert_int_equal(date_parse_timestamp("yesterday", out), -1);
}

static void date_seconds_since_epoch(void **state)
{
	int64_t t = -1;
	(void)state;
	assert_int_equal(date_parse_seconds("Thu, 01 Jan 1970 00:00:00 GMT", &t), 0);
	assert_int_equal(t, 0);
	/* an HTTP date, and the same moment in another zone */
	assert_int_equal(date_parse_seconds("Sun, 06 Nov 1994 08:49:37 GMT", &t), 0);
	assert_int_equal(t, 784111777);
	assert_int_equal(date_parse_seconds("1994-11-06T10:49:37+02:00", &t), 0);
	assert_int_equal(t, 784111777);
	assert_int_equal(date_parse_seconds("2024-03-01", &t), 0);
	assert_int_equal(t, 1709251200);
	assert_int_equal(date_parse_seconds("1969-12-31T23:59:59Z", &t), 0);
	assert_int_equal(t, -1);
	t = 7;
	assert_int_equal(date_parse_seconds("not a date", &t), -1);
	assert_int_equal(t, 7);
}

static void date_format_seconds(void **state)
{
	char out[DATE_TIMESTAMP_MAX];
	(void)state;
	date_format_utc(0, out);
	assert_string_equal(out, "1970-01-01T00:00:00Z");
	date_format_utc(784111777, out);
	assert_string_equal(out, "1994-11-06T08:49:37Z");
	/* before 1970: the day before, not a negative clock */
	date_format_utc(-1, out);
	assert_string_equal(out, "1969-12-31T23:59:59Z");
	date_format_utc(-86400, out);
	assert_string_equal(out, "1969-12-31T00:00:00Z");
	date_format_utc(951825599, out);
	assert_string_equal(out, "2000-02-29T11:59:59Z");
}

/* what people type: now is 2025-03-01T06:00:00Z */
static void check_user_date(const char *in, const char *want)
{
	const int64_t now = 1740808800;
	char out[DATE_TIMESTAMP_MAX];
	int r = date_parse_user(in, strlen(in), now, out);
	if (!want) {
		if (r != -1)
			fail_msg("'%s' was taken as '%s'", in, out);
		assert_string_equal(out, "");
		return;
	}
	if (r != 0)
		fail_msg("'%s' was refused", in);
	assert_string_equal(out, want);
}

static void date_user_forms(void **state)
{
	(void)state;
	check_user_date("2025", "2025");
	check_user_date("2025-06", "2025-06");
	check_user_date("2024-02-29", "2024-02-29");
	check_user_date("today", "2025-03-01");
	check_user_date("Yesterday", "2025-02-28");
	check_user_date("7d", "2025-02-22T06:00:00Z");
	check_user_date("24h", "2025-02-28T06:00:00Z");
	check_user_date("2w", "2025-02-15T06:00:00Z");
	check_user_date("2025-06-01T12:00:00+02:00", "2025-06-01T10:00:00Z");
	check_user_date("2025-13", NULL);
	check_user_date("2025-02-30", NULL);
	check_user_date("2023-02-29", NULL);
	check_user_date("0d", NULL);
	check_user_date("7y", NULL);
	check_user_date("notadate", NULL);
	check_user_date("", NULL);
	check_user_date("2025-06-01garbage", NULL);
}

static void array_grow_doubles_and_keeps(void **state)
{
	int *a = NULL;
	size_t n = 0, alloc = 0, i;
	(void)state;
	for (i = 0; i < 1000; i++) {
		assert_int_equal(ARRAY_GROW(a, n, alloc), 0);
		assert_true(n < alloc);
		a[n++] = (int)i;
	}
	assert_int_equal(alloc, 1024);
	for (i = 0; i < n; i++)
		assert_int_equal(a[i], (int)i);
	/* a request no size_t can hold fails and leaves the array as it was */
	alloc = n = SIZE_MAX / 2 + 1;
	assert_int_equal(ARRAY_GROW(a, n, alloc), -ERR_NOMEM);
	assert_true(alloc == SIZE_MAX / 2 + 1);
	free(a);
}

/* dynlib: the first file of the list that loads, every function found, or an error naming
 * what is missing (zlib stands in for the libraries loaded at run time) */
static void dynlib_loads_or_names_what_is_missing(void **state)
{
	static const char *const none[] = { "libbrief-no-such-library.so.0", NULL };
	static const char *const zlib[] = { "libbrief-no-such-library.so.0", "libz.so.1", NULL };
	__typeof__(zlibVersion) *version = NULL;
	void (*missing)(void) = NULL;
	const struct dynlib_sym version_sym[] = { { "zlibVersion", &version } };
	const struct dynlib_sym missing_sym[] = { { "zlibVersion", &version },
						  { "brief_no_such_function", &missing } };
	struct dynlib absent = { "libabsent", none, version_sym, 1, 0 };
	struct dynlib incomplete = { "zlib", zlib, missing_sym, 2, 0 };
	struct dynlib present = { "zlib", zlib, version_sym, 1, 0 };
	struct error err;
	(void)state;

	error_clear(&err);
	assert_int_equal(dynlib_load(&absent, &err), -ERR_INTERNAL);
	assert_non_null(strstr(err.msg, "cannot load libabsent (libbrief-no-such-library.so.0)"));
	assert_int_equal(atomic_load(&absent.loaded), 0);

	error_clear(&err);
	assert_int_equal(dynlib_load(&incomplete, &err), -ERR_INTERNAL);
	assert_string_equal(err.msg, "zlib has no function brief_no_such_function (too old?)");
	assert_int_equal(atomic_load(&incomplete.loaded), 0);

	error_clear(&err);
	assert_int_equal(dynlib_load(&present, &err), 0);
	assert_int_equal(atomic_load(&present.loaded), 1);
	assert_non_null(version);
	assert_string_equal(version(), zlibVersion());
	assert_int_equal(dynlib_load(&present, NULL), 0);
	dynlib_need(&present);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(buf_appends_and_terminates),
		cmocka_unit_test(buf_cap_refuses_and_keeps_content),
		cmocka_unit_test(buf_grows_large),
		cmocka_unit_test(arena_allocates_aligned_and_large),
		cmocka_unit_test(sha256_known_vectors),
		cmocka_unit_test(utf8_validates_and_repairs),
		cmocka_unit_test(url_resolves_rfc3986_examples),
		cmocka_unit_test(url_host_and_origin),
		cmocka_unit_test(gunzip_round_trip_and_errors),
		cmocka_unit_test(buf_error_is_sticky),
		cmocka_unit_test(escape_markup_and_json),
		cmocka_unit_test(hash_known_values),
		cmocka_unit_test(date_civil_calendar),
		cmocka_unit_test(date_timestamps_to_utc),
		cmocka_unit_test(date_seconds_since_epoch),
		cmocka_unit_test(date_user_forms),
		cmocka_unit_test(date_format_seconds),
		cmocka_unit_test(array_grow_doubles_and_keeps),
		cmocka_unit_test(dynlib_loads_or_names_what_is_missing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
