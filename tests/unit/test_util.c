/* Unit tests for src/util: buf, arena, sha256, utf8, url, gunzip. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/file.h"
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
	buf_adds(&b, "  \n");
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
	assert_int_equal(utf8_sanitize(&b, "a\xffz\xe2\x80", 5), 0);
	assert_string_equal(b.data, "a\xef\xbf\xbdz\xef\xbf\xbd\xef\xbf\xbd");
	assert_true(utf8_valid(b.data, b.len));
	buf_release(&b);
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
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
