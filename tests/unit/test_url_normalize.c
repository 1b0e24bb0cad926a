/* Unit tests for url_normalize and url_same (src/util/url.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "util/buf.h"
#include "util/url.h"

static void norm_is(const char *in, const char *want)
{
	struct buf b = BUF_INIT;
	int r = url_normalize(&b, in);
	if (!want) {
		if (r == 0)
			fail_msg("'%s' normalised to '%s', want failure", in, b.data);
	} else if (r < 0) {
		fail_msg("'%s' failed, want '%s'", in, want);
	} else if (strcmp(b.data, want)) {
		fail_msg("'%s' gave '%s', want '%s'", in, b.data, want);
	}
	buf_release(&b);
}

static void case_ports_paths(void **state)
{
	(void)state;
	norm_is("HTTP://Example.COM", "http://example.com/");
	norm_is("https://Example.com:443/a", "https://example.com/a");
	norm_is("http://example.com:80/a", "http://example.com/a");
	norm_is("http://example.com:0080/a", "http://example.com/a");
	norm_is("https://example.com:80/a", "https://example.com:80/a");
	norm_is("http://example.com:8080/a", "http://example.com:8080/a");
	norm_is("http://example.com:/a", "http://example.com/a");
	norm_is("http://example.com./a", "http://example.com/a");
	norm_is("http://example.com/a/./b/../c", "http://example.com/a/c");
	norm_is("http://example.com/../../a", "http://example.com/a");
	norm_is("http://example.com/a/..", "http://example.com/");
	norm_is("http://example.com/Path/Case", "http://example.com/Path/Case");
	norm_is("  http://example.com/a\n", "http://example.com/a");
	norm_is("http://user:pw@Example.com/", "http://user:pw@example.com/");
	norm_is("http://[2001:DB8::1]:80/", "http://[2001:db8::1]/");
}

static void escapes(void **state)
{
	(void)state;
	norm_is("http://example.com/%7euser/%41b", "http://example.com/~user/Ab");
	norm_is("http://example.com/a%2fb%3a", "http://example.com/a%2Fb%3A");
	norm_is("http://example.com/a b", "http://example.com/a%20b");
	norm_is("http://example.com/caf\xc3\xa9", "http://example.com/caf%C3%A9");
	norm_is("http://example.com/100%", "http://example.com/100%");
}

static void fragments_and_tracking(void **state)
{
	(void)state;
	norm_is("http://example.com/a#section", "http://example.com/a");
	norm_is("http://example.com/a?#x", "http://example.com/a");
	norm_is("http://example.com/a?utm_source=rss&utm_medium=feed", "http://example.com/a");
	norm_is("http://example.com/a?id=7&utm_campaign=x&page=2",
		"http://example.com/a?id=7&page=2");
	norm_is("http://example.com/a?fbclid=abc", "http://example.com/a");
	norm_is("http://example.com/a?gclid=1&q=x&msclkid=2&UTM_Content=y",
		"http://example.com/a?q=x");
	norm_is("http://example.com/a?b=2&a=1", "http://example.com/a?b=2&a=1");
	norm_is("http://example.com/a?utmost=1", "http://example.com/a?utmost=1");
	norm_is("http://example.com/a?q=%7e", "http://example.com/a?q=~");
}

static void other_schemes(void **state)
{
	(void)state;
	norm_is("FILE:///tmp/A.html", "file:///tmp/A.html");
	norm_is("mailto:Someone@Example.com", "mailto:Someone@Example.com");
	norm_is("/relative/path", NULL);
	norm_is("", NULL);
	norm_is(NULL, NULL);
}

static void same(void **state)
{
	(void)state;
	assert_true(
		url_same("https://Example.com/a?utm_source=x#top", "https://example.com:443/a"));
	assert_false(url_same("https://example.com/a", "https://example.com/b"));
	assert_false(url_same("http://example.com/a", "https://example.com/a"));
	assert_false(url_same(NULL, "https://example.com/a"));
}

static void existing_functions_unchanged(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	assert_int_equal(url_resolve(&b, "http://a.example/b/c", "../d#f"), 0);
	assert_string_equal(b.data, "http://a.example/d#f");
	buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(case_ports_paths),
		cmocka_unit_test(escapes),
		cmocka_unit_test(fragments_and_tracking),
		cmocka_unit_test(other_schemes),
		cmocka_unit_test(same),
		cmocka_unit_test(existing_functions_unchanged),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
