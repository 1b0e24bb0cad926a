/* Unit tests for src/source/robots. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "source/robots.h"

static struct robots *parse(const char *t)
{
	struct robots *r = robots_parse(t, strlen(t), "brief");
	assert_non_null(r);
	return r;
}

static void star_group(void **state)
{
	struct robots *r = parse("# comment\nUser-agent: *\nDisallow: /private/\n"
				 "Allow: /private/open\nDisallow: /*.pdf$\nCrawl-delay: 2.5\n");
	(void)state;
	assert_true(robots_allowed(r, "/"));
	assert_true(robots_allowed(r, "/news/1"));
	assert_false(robots_allowed(r, "/private/x"));
	assert_true(robots_allowed(r, "/private/open/y"));
	assert_false(robots_allowed(r, "/files/a.pdf"));
	assert_true(robots_allowed(r, "/files/a.pdf?x=1"));
	assert_true(robots_crawl_delay(r) > 2.4 && robots_crawl_delay(r) < 2.6);
	robots_free(r);
}

static void our_group_wins(void **state)
{
	struct robots *r = parse("User-agent: *\nDisallow: /\n\n"
				 "User-agent: OtherBot\nUser-agent: Brief\nDisallow: /drafts\n");
	(void)state;
	assert_true(robots_allowed(r, "/news"));
	assert_false(robots_allowed(r, "/drafts/1"));
	assert_true(robots_crawl_delay(r) < 0);
	robots_free(r);
}

static void others_do_not_apply(void **state)
{
	struct robots *r =
		parse("User-agent: googlebot\nDisallow: /\n\nUser-agent: *\nDisallow:\n");
	(void)state;
	assert_true(robots_allowed(r, "/anything"));
	robots_free(r);
}

static void longest_wins_allow_ties(void **state)
{
	struct robots *r = parse("user-agent: *\ndisallow: /a\nallow: /a/b\n"
				 "disallow: /a/b/c\nallow: /x\ndisallow: /x\n");
	(void)state;
	assert_false(robots_allowed(r, "/a/z"));
	assert_true(robots_allowed(r, "/a/b/z"));
	assert_false(robots_allowed(r, "/a/b/c"));
	assert_true(robots_allowed(r, "/x"));
	robots_free(r);
}

static void wildcards(void **state)
{
	struct robots *r = parse("User-agent: *\nDisallow: /*/print\nDisallow: /search*q=\n"
				 "Disallow: /exact$\n");
	(void)state;
	assert_false(robots_allowed(r, "/2024/story/print"));
	assert_true(robots_allowed(r, "/2024/story"));
	assert_false(robots_allowed(r, "/search?lang=en&q=x"));
	assert_false(robots_allowed(r, "/exact"));
	assert_true(robots_allowed(r, "/exact/more"));
	robots_free(r);
}

static void empty_and_fixed(void **state)
{
	struct robots *r = robots_parse(NULL, 0, "brief");
	(void)state;
	assert_true(robots_allowed(r, "/x"));
	robots_free(r);
	r = robots_deny_all();
	assert_false(robots_allowed(r, "/x"));
	robots_free(r);
	r = parse("garbage\n\x01\x02:\n:::\nUser-agent\n");
	assert_true(robots_allowed(r, "/x"));
	robots_free(r);
}

static void pathological_pattern_is_fast(void **state)
{
	char pat[300], path[4000];
	struct robots *r;
	size_t i;
	(void)state;
	memcpy(pat, "User-agent: *\nDisallow: /", 25);
	for (i = 0; i < 100; i++) {
		pat[25 + 2 * i] = '*';
		pat[26 + 2 * i] = 'a';
	}
	pat[225] = 'b';
	pat[226] = '\n';
	pat[227] = '\0';
	path[0] = '/';
	memset(path + 1, 'a', sizeof(path) - 2);
	path[sizeof(path) - 1] = '\0';
	r = parse(pat);
	assert_true(robots_allowed(r, path));
	robots_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(star_group),
		cmocka_unit_test(our_group_wins),
		cmocka_unit_test(others_do_not_apply),
		cmocka_unit_test(longest_wins_allow_ties),
		cmocka_unit_test(wildcards),
		cmocka_unit_test(empty_and_fixed),
		cmocka_unit_test(pathological_pattern_is_fast),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
