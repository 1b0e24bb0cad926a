/*
 * Unit tests for src/extract: charset choice and decoding, title cleaning,
 * date normalisation, republishing notices, the HTML sanitizer,
 * extract_html()'s limits, and the cut of code and attributes before
 * parsing (rawtext.c), with its list of attribute names checked against
 * the names the passes ask for in the sources.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/internal.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/utf8.h"

/* ---- charset ---- */

static void decode(const char *in, size_t len, const char *ct, const char *want_cs,
		   const char *want)
{
	struct buf out = BUF_INIT;
	char cs[40];
	assert_int_equal(charset_to_utf8(in, len, ct, &out, cs, sizeof(cs), NULL), 0);
	assert_string_equal(cs, want_cs);
	assert_true(utf8_valid(out.data, out.len));
	if (want)
		assert_non_null(strstr(out.data, want));
	buf_release(&out);
}

static void charset_order(void **state)
{
	const char cp1252[] = "<meta charset=\"windows-1252\"><p>caf\xe9 \x93quoted\x94</p>";
	const char latin1[] = "<meta http-equiv=\"Content-Type\" content=\"text/html; "
			      "charset=iso-8859-1\"><p>\x80 caf\xe9</p>";
	const char arabic[] = "<meta charset=windows-1256><p>\xc7\xe1\xda\xd1\xc8\xed\xc9</p>";
	const char bom[] = "\xef\xbb\xbf<p>caf\xc3\xa9</p>";
	(void)state;
	decode(cp1252, sizeof(cp1252) - 1, NULL, "windows-1252", "café “quoted”");
	/* iso-8859-1 is read as windows-1252, as browsers do: 0x80 is the euro sign */
	decode(latin1, sizeof(latin1) - 1, NULL, "windows-1252", "€ café");
	decode(arabic, sizeof(arabic) - 1, NULL, "windows-1256", "العربية");
	decode(bom, sizeof(bom) - 1, NULL, "UTF-8", "<p>café");
	/* HTTP beats the page's own meta */
	decode(cp1252, sizeof(cp1252) - 1, "text/html; charset=UTF-8", "UTF-8", "caf\xef\xbf\xbd");
	/* no declaration, valid UTF-8 */
	decode("<p>caf\xc3\xa9</p>", 10, NULL, "UTF-8", "café");
}

static void charset_labels(void **state)
{
	char d[32];
	(void)state;
	assert_string_equal(
		charset_from_content_type("text/html; charset=\"Shift_JIS\"", d, sizeof(d)),
		"shift_jis");
	assert_string_equal(charset_from_content_type("text/html;charset=utf8", d, sizeof(d)),
			    "UTF-8");
	assert_null(charset_from_content_type("text/html", d, sizeof(d)));
	assert_string_equal(charset_from_meta("<META CHARSET='latin1'>", 23, d, sizeof(d)),
			    "windows-1252");
	/* a page claiming utf-16 in ASCII bytes is not utf-16 */
	assert_string_equal(charset_from_meta("<meta charset=utf-16>", 21, d, sizeof(d)), "UTF-8");
	assert_null(charset_from_meta("<p>charset=koi8-r</p>", 21, d, sizeof(d)));
}

static void charset_bad_bytes_become_replacement(void **state)
{
	const char bad[] = "<meta charset=utf-8><p>a\xff\xfe b</p>";
	struct buf out = BUF_INIT;
	char cs[40];
	(void)state;
	assert_int_equal(charset_to_utf8(bad, sizeof(bad) - 1, NULL, &out, cs, sizeof(cs), NULL),
			 0);
	assert_true(utf8_valid(out.data, out.len));
	assert_non_null(strstr(out.data, "a\xef\xbf\xbd\xef\xbf\xbd b"));
	buf_release(&out);
}

/* ---- titles ---- */

static void title(const char *in, const char *site, const char *h1, const char *want)
{
	struct arena a = ARENA_INIT;
	char *t = title_clean(&a, in, site, h1);
	if (!want)
		assert_null(t);
	else
		assert_string_equal(t, want);
	arena_release(&a);
}

static void title_cleaning(void **state)
{
	(void)state;
	title("Pier to close for repairs | Lantern Bay Courier", "Lantern Bay Courier", NULL,
	      "Pier to close for repairs");
	title("Lantern Bay Courier - Pier to close for repairs", "Lantern Bay Courier", NULL,
	      "Pier to close for repairs");
	title("Pier to close for repairs | News | Courier", "Courier", NULL,
	      "Pier to close for repairs");
	/* no site name known: a short part after " | " is one */
	title("Pier to close for repairs | The Courier", NULL, NULL, "Pier to close for repairs");
	/* the h1 decides */
	title("Pier closes - and what it means for you - Courier", NULL,
	      "Pier closes - and what it means for you", "Pier closes - and what it means for you");
	/* a dash inside a headline stays */
	title("Rail strike - what you need to know", NULL, NULL,
	      "Rail strike - what you need to know");
	/* a date after the dash is the headline's, not a site's name */
	title("The best rain jackets under $100 - March 2026", NULL, NULL,
	      "The best rain jackets under $100 - March 2026");
	title("Ferry timetable changes for winter - Nov. 19, 2025", NULL, NULL,
	      "Ferry timetable changes for winter - Nov. 19, 2025");
	title("The best rain jackets under $100 - Marketing Weekly", NULL, NULL,
	      "The best rain jackets under $100");
	/* the separators sites use, at either end */
	title("Pier to close for repairs \xe2\x80\x93 Lantern Bay Courier", "Lantern Bay Courier",
	      NULL, "Pier to close for repairs");
	title("Pier to close for repairs \xe2\x80\x94 Courier", "Courier", NULL,
	      "Pier to close for repairs");
	title("Pier to close for repairs :: Courier", "Courier", NULL, "Pier to close for repairs");
	title("Pier to close for repairs \xc2\xb7 Courier", "Courier", NULL,
	      "Pier to close for repairs");
	title("Courier \xc2\xbb Pier to close for repairs", "Courier", NULL,
	      "Pier to close for repairs");
	title("Lantern Bay Courier | Pier to close for repairs", "Lantern Bay Courier", NULL,
	      "Pier to close for repairs");
	/* site name first with a colon: only the <h1> can tell */
	title("The Harbour Review: Pier to close for repairs", NULL, "Pier to close for repairs",
	      "Pier to close for repairs");
	/* a pipe that is part of the headline, as the <h1> shows */
	title("Design week | Anastassiades' lights for the pier", NULL,
	      "Design week | Anastassiades' lights for the pier",
	      "Design week | Anastassiades' lights for the pier");
	/* metadata escaped twice */
	title("&#8216;We will rebuild&#8217; &amp; other promises&nbsp;made", NULL, NULL,
	      "\xe2\x80\x98We will rebuild\xe2\x80\x99 & other promises made");
	title("AT&T; and &bogus; stay", NULL, NULL, "AT&T; and &bogus; stay");
	title("  Spaces \n collapse  ", NULL, NULL, "Spaces collapse");
	/* direction marks and embeddings are unseen */
	title("\xe2\x80\xaaPier to close\xe2\x80\xac \xe2\x80\x8f", NULL, NULL, "Pier to close");
	title("", NULL, NULL, NULL);
	title(NULL, NULL, NULL, NULL);
	/* a source that cleans to nothing has no bracket tail */
	assert_int_equal(title_bracket_tail(NULL, "Pier to close"), 0);
	assert_int_equal(title_bracket_tail("Pier to close [Courier]", NULL), 0);
	assert_int_equal(title_bracket_tail("Pier to close [Courier]", "Pier to close"), 1);
}

/* ---- dates ---- */

static void date(const char *in, const char *want)
{
	char d[40];
	const char *r = date_normalize(in, d, sizeof(d));
	if (!want)
		assert_null(r);
	else
		assert_string_equal(r, want);
}

static void date_normalisation(void **state)
{
	(void)state;
	date("2019-11-19T13:03:00.000Z", "2019-11-19T13:03:00Z");
	date("2019-11-19T13:03:00+0000", "2019-11-19T13:03:00Z");
	date("2019-11-19T13:03:00-05:00", "2019-11-19T13:03:00-05:00");
	date("2019-11-19 13:03", "2019-11-19T13:03");
	date("2019-11-19", "2019-11-19");
	date("2019/11/19", "2019-11-19");
	date("2019-11", "2019-11");
	date("Tue, 19 Nov 2019 13:03:00 GMT", "2019-11-19T13:03:00Z");
	date("November 19, 2019", "2019-11-19");
	date("Nov. 19th, 2019", "2019-11-19");
	date("19 November 2019", "2019-11-19");
	/* 12-hour clocks as printed under headlines */
	date("August 10, 1998 3:20 PM GMT", "1998-08-10T15:20Z");
	date("Aug 10, 1998 12:05 a.m.", "1998-08-10T00:05");
	date("10 August 1998 12:30pm", "1998-08-10T12:30");
	date("August 10, 1998 13:20 PM", "1998-08-10");
	date("2019-02-30", NULL);
	date("yesterday", NULL);
	date("", NULL);
	date("12345", NULL);
	/* all digits, the year last: dots put the day first, slashes only when clear */
	date("23.07.2025", "2025-07-23");
	date("5.3.2025 14:10", "2025-03-05T14:10");
	date("15/12/2025 at 19:00", "2025-12-15T19:00");
	date("2/24/2026", "2026-02-24");
	date("02/03/2025", NULL);
	date("11-29-2024, 09:03 AM", "2024-11-29T09:03");
	date("03-04-2025", NULL);
	date("30th March 2025, 16:26", "2025-03-30T16:26");
	date("2nd May 2024", "2024-05-02");
	date("3 th May 2024", NULL);
	date("31.02.2025", NULL);
	date("12.5.20", NULL);
	date("1.2.3", NULL);
	/* other languages' months, the day first */
	date("04-ago-2021 5:11:10", "2021-08-04T05:11:10");
	date("4 de agosto de 2021", "2021-08-04");
	date("4. M\xc3\xa4rz 2021", "2021-03-04");
	date("12 d\xc3\xa9"
	     "c. 2024",
	     "2024-12-12");
	date("1 mei 2023", "2023-05-01");
	date("3 outubro 2022", "2022-10-03");
	date("4 agos 2021", NULL);
	/* names the English prefix reads, read to the word's end */
	date("3 de mar\xc3\xa7o de 2022", "2022-03-03");
	date("mar\xc3\xa7o 3, 2022", "2022-03-03");
	date("1 janv. 2020", "2020-01-01");
	date("2 aprile 2021", "2021-04-02");
	date("14 junho 2022", "2022-06-14");
	date("9 julho 2022", "2022-07-09");
	date("5 augustus 2021", "2021-08-05");
	/* a zone as an offset from GMT */
	date("Friday, October 4th, 2024 at 3:43:10 PM GMT+03:00", "2024-10-04T15:43:10+03:00");
}

/* ---- republishing notices ---- */

static void original(const char *line, int match, const char *name)
{
	struct arena a = ARENA_INIT;
	const char *n = NULL;
	assert_int_equal(original_parse_line(line, &a, &n), match);
	if (name)
		assert_string_equal(n, name);
	else
		assert_null(n);
	arena_release(&a);
}

static void original_lines(void **state)
{
	(void)state;
	original("This article was originally published on The Conversation. Read the original "
		 "article.",
		 1, "The Conversation");
	original("Originally published by Harbour Post, a partner site.", 1, "Harbour Post");
	original("This article first appeared on Field Notes", 1, "Field Notes");
	original("Read more: The Conversation", 1, "The Conversation");
	original("Source: Reuters", 1, "Reuters");
	original("[This story originally appeared in County Times (used with permission)]", 1,
		 "County Times");
	original("The source of the leak was never found.", 0, NULL);
	original("Sources say the deal is close.", 0, NULL);
}

/* ---- the sanitizer ---- */

static char *html_of(const char *page)
{
	struct extract_options o = { 0 };
	struct extract_result r;
	struct error err;
	char *s;
	o.want_html = 1;
	o.want_markdown = 1;
	assert_int_equal(extract_html(page, strlen(page), &o, &r, &err), 0);
	s = strdup(r.html);
	extract_result_release(&r);
	return s;
}

/*
 * A table's row is one line of the text, its cells joined by " | ", and a
 * table in Markdown and HTML; a column headed "Share" is the table's, not
 * a share button's label.
 */
static void table_rows_are_lines(void **state)
{
	static const char page[] =
		"<html><body><article><h1>River shares agreed</h1>"
		"<p>Negotiators from the three valley councils met on Tuesday and agreed how "
		"the summer flow of the river will be shared between their farms this year.</p>"
		"<table><thead><tr><th>Council</th><th>Share</th><th>Gauge</th></tr></thead>"
		"<tbody><tr><td>Upper valley</td><td>40%</td><td>North<br>weir</td></tr>"
		"<tr><td>Middle valley</td><td>35%</td><td>Mill bridge</td></tr>"
		"<tr><td>Lower valley</td><td>25%</td><td>Ford</td></tr></tbody></table>"
		"<p>The councils will meet again in October to review the readings and "
		"decide whether the shares should change for the following year.</p>"
		"</article></body></html>";
	struct extract_options o = { 0 };
	struct extract_result r;
	struct error err;
	(void)state;
	o.want_html = 1;
	o.want_markdown = 1;
	assert_int_equal(extract_html(page, strlen(page), &o, &r, &err), 0);
	assert_non_null(strstr(r.text, "this year.\n\nCouncil | Share | Gauge\n\n"
				       "Upper valley | 40% | North weir\n\n"
				       "Middle valley | 35% | Mill bridge\n\n"
				       "Lower valley | 25% | Ford\n\nThe councils"));
	assert_non_null(strstr(r.markdown, "| Council | Share | Gauge |\n| --- | --- | --- |\n"
					   "| Upper valley | 40% |"));
	assert_non_null(strstr(r.html, "<th>Share</th>"));
	extract_result_release(&r);
}

/*
 * A row of elements only, written back to back, keeps its texts apart in
 * all three outputs, after a link or an emphasis too; two styled halves of
 * a word in running text stay one word, and code stays as written.
 */
static void rendered_words_apart(void **state)
{
	static const char page[] =
		"<html><body><article><h1>Kayak notes</h1>"
		"<p>The folding kayak we tried on the estuary held a straight line in a "
		"short chop and packed into a rucksack small enough for the bus home.</p>"
		"<div class=\"row\"><em>Weight</em><strong>Eleven kilograms</strong></div>"
		"<div class=\"maker\"><span>Harbourline</span><span>Voyager</span></div>"
		"<p>Its maker writes <span>Harbour</span><span>Line</span> in two colours, and "
		"the app reads depth with <code><span>read</span><span>Depth</span></code> "
		"every second, in metres, while the paddler keeps both hands on the shaft.</p>"
		"</article></body></html>";
	struct extract_options o = { 0 };
	struct extract_result r;
	struct error err;
	(void)state;
	o.want_html = 1;
	o.want_markdown = 1;
	assert_int_equal(extract_html(page, strlen(page), &o, &r, &err), 0);
	assert_non_null(strstr(r.text, "Weight Eleven kilograms"));
	assert_non_null(strstr(r.markdown, "*Weight* **Eleven kilograms**"));
	assert_non_null(strstr(r.html, "<em>Weight</em> <strong>Eleven kilograms</strong>"));
	assert_non_null(strstr(r.text, "Harbourline Voyager"));
	assert_non_null(strstr(r.markdown, "Harbourline Voyager"));
	assert_non_null(strstr(r.html, "Harbourline Voyager"));
	assert_non_null(strstr(r.text, "writes HarbourLine in"));
	assert_non_null(strstr(r.markdown, "writes HarbourLine in"));
	assert_non_null(strstr(r.html, "writes HarbourLine in"));
	assert_non_null(strstr(r.text, "readDepth"));
	assert_non_null(strstr(r.markdown, "`readDepth`"));
	assert_non_null(strstr(r.html, "<code>readDepth</code>"));
	extract_result_release(&r);
}

static void sanitizer_allow_list(void **state)
{
	static const char page[] =
		"<html><body><article><h1>T</h1>"
		"<p onclick=\"steal()\" style=\"color:red\" class=\"x\">First paragraph with "
		"enough words to be "
		"the article body of this little test page, <a href=\"javascript:alert(1)\">bad "
		"link</a>, "
		"<a href=\" JaVa\tScRiPt:alert(2)\">sneaky</a>, <a href=\"/ok\" "
		"onmouseover=\"x()\">good "
		"link</a> and <img src=x onerror=alert(3)> an image.</p>"
		"<script>alert(4)</script><iframe src=\"https://evil.example/\"></iframe>"
		"<p>Second paragraph, also long enough to count as prose for the scorer, with "
		"<em>emphasis</em> and <strong>strength</strong> and a <span>span</span>.</p>"
		"<p><a href=\"data:text/html,&lt;script&gt;\">data url</a> and <a "
		"href=\"vbscript:x\">vb</a> "
		"are links whose text stays while their targets go away completely.</p>"
		"</article></body></html>";
	char *h = html_of(page);
	(void)state;
	assert_null(strstr(h, "script"));
	assert_null(strstr(h, "onclick"));
	assert_null(strstr(h, "onmouseover"));
	assert_null(strstr(h, "onerror"));
	assert_null(strstr(h, "style"));
	assert_null(strstr(h, "class="));
	assert_null(strstr(h, "iframe"));
	assert_null(strstr(h, "alert"));
	assert_null(strstr(h, "data:"));
	assert_null(strstr(h, "vbscript"));
	assert_non_null(strstr(h, "<a href=\"/ok\">"));
	assert_non_null(strstr(h, "<em>emphasis</em>"));
	assert_non_null(strstr(h, "bad link"));
	assert_null(strstr(h, "<span"));
	free(h);
	assert_false(url_is_safe("javascript:alert(1)"));
	assert_false(url_is_safe("  JAVASCRIPT:alert(1)"));
	assert_false(url_is_safe("java\nscript:alert(1)"));
	assert_false(url_is_safe("data:text/html;base64,AAAA"));
	assert_true(url_is_safe("https://example.org/a"));
	assert_true(url_is_safe("/relative/path?q=1"));
	assert_true(url_is_safe("mailto:desk@example.org"));
}

/* ---- extract_html limits ---- */

static void extract_limits(void **state)
{
	struct extract_options o = { 0 };
	struct extract_result r;
	struct error err;
	static const char page[] =
		"<html><body><p>Short page with one paragraph of text.</p></body></html>";
	char *deep;
	size_t i, n = 0;
	(void)state;

	o.max_input = 10;
	assert_int_equal(extract_html(page, sizeof(page) - 1, &o, &r, &err), -ERR_LIMIT);
	assert_int_equal(err.code, ERR_LIMIT);
	assert_int_equal(extract_html("", 0, NULL, &r, &err), -ERR_PARSE);
	assert_int_equal(extract_html("   \n ", 5, NULL, &r, &err), -ERR_PARSE);
	assert_int_equal(extract_html("\x01\x02\x03\x04\x05\x06\x07\x08", 8, NULL, &r, &err),
			 -ERR_PARSE);

	/* depth cap: 50,000 nested elements parse, extract and free without trouble */
	deep = malloc(50000 * 11 + 100);
	assert_non_null(deep);
	for (i = 0; i < 50000; i++) {
		memcpy(deep + n, "<span>", 6);
		n += 6;
	}
	memcpy(deep + n, "text", 4);
	n += 4;
	for (i = 0; i < 50000; i++) {
		memcpy(deep + n, "</b>", 4);
		n += 4;
	}
	assert_int_equal(extract_html(deep, n, NULL, &r, &err), 0);
	assert_non_null(r.text);
	extract_result_release(&r);
	free(deep);

	assert_int_equal(extract_html(page, sizeof(page) - 1, NULL, &r, &err), 0);
	assert_string_equal(r.text, "Short page with one paragraph of text.");
	assert_int_equal(r.word_count, 7);
	assert_string_equal(r.charset, "UTF-8");
	extract_result_release(&r);
}

/* past `max_nodes` the page is read up to there: the text before the cap stays */
static void extract_node_cap(void **state)
{
	struct extract_options o = { 0 };
	struct extract_result r;
	struct error err;
	/* under <html>: head, title, its text, body, article, h1, its text, p, its text, div, p, its text */
	static const char page[] =
		"<html><head><title>Tide tables for the estuary</title></head><body><article>"
		"<h1>Tide tables for the estuary</h1>"
		"<p>First paragraph: the harbour office prints the spring tides on Mondays.</p>"
		"<div><p>Second paragraph: the neap tides follow a week later, a metre lower.</p>"
		"<p>Third paragraph: the ferry keeps to the deep channel at low water.</p></div>"
		"<p>Fourth paragraph: the table is posted at the slipway as well.</p>"
		"</article></body></html>";
	(void)state;

	o.max_nodes = 12;
	assert_int_equal(extract_html(page, sizeof(page) - 1, &o, &r, &err), 0);
	assert_int_equal(r.truncated, 1);
	assert_non_null(strstr(r.text, "First paragraph"));
	assert_non_null(strstr(r.text, "Second paragraph"));
	assert_null(strstr(r.text, "Third paragraph"));
	assert_null(strstr(r.text, "Fourth paragraph"));
	assert_string_equal(r.title, "Tide tables for the estuary");
	extract_result_release(&r);

	o.max_nodes = 0;
	assert_int_equal(extract_html(page, sizeof(page) - 1, &o, &r, &err), 0);
	assert_int_equal(r.truncated, 0);
	assert_non_null(strstr(r.text, "Fourth paragraph"));
	extract_result_release(&r);
}

static void extract_json_fields(void **state)
{
	static const char page[] =
		"<html lang=en><head><title>A title | Site</title>"
		"<meta property=og:site_name content=Site></head><body><article>"
		"<p>Only paragraph of the article, long enough to be the body of it.</p>"
		"<p>Source: Wire Agency</p></article></body></html>";
	struct extract_result r;
	struct error err;
	char *js;
	(void)state;
	assert_int_equal(extract_html(page, sizeof(page) - 1, NULL, &r, &err), 0);
	assert_string_equal(r.title, "A title");
	assert_string_equal(r.original.name, "Wire Agency");
	assert_null(strstr(r.text, "Source:"));
	js = extract_result_json(&r, "in.html", 0);
	assert_non_null(js);
	assert_non_null(strstr(js, "\"input\":\"in.html\""));
	assert_non_null(strstr(js, "\"original\":{\"name\":\"Wire Agency\",\"url\":null}"));
	assert_non_null(strstr(js, "\"byline\":null"));
	free(js);
	extract_result_release(&r);
}

/* aria-hidden text is seen, `hidden` text is not; an FAQ's questions make no thread */
static void extract_hidden_and_faq(void **state)
{
	static const char page[] =
		"<html><head><title>Guide</title><script type=\"application/ld+json\">"
		"{\"@type\":\"FAQPage\",\"mainEntity\":[{\"@type\":\"Question\","
		"\"name\":\"Why?\"}]}</script></head><body><article>"
		"<p>The first paragraph of the guide says what it is about, at length enough.</p>"
		"<p><a href=/x aria-hidden=true>A teaser the eye sees beside the title.</a></p>"
		"<p hidden>A panel nobody sees until it is opened by a script.</p>"
		"</article></body></html>";
	struct extract_result r;
	struct error err;
	(void)state;
	assert_int_equal(extract_html(page, sizeof(page) - 1, NULL, &r, &err), 0);
	assert_non_null(strstr(r.text, "A teaser the eye sees"));
	assert_null(strstr(r.text, "A panel nobody sees"));
	assert_non_null(r.page_type);
	assert_string_not_equal(r.page_type, "forum");
	extract_result_release(&r);
}

/* a part a streaming server sent late in a hidden "S:n" box is seen; a sign-up box is not */
static void extract_streamed_and_signup(void **state)
{
	static const char page[] =
		"<html><head><title>Guide</title></head><body><header><a href=/>Site</a></header>"
		"<main><template id=\"B:0\"></template></main>"
		"<div hidden id=\"S:0\"><article><h1>Guide</h1>"
		"<p>The first paragraph of the guide says what it is about, at length enough.</p>"
		"<div><p>Enter your email for ten percent off your first order.</p>"
		"<form><input type=email name=e><button>Sign up</button></form></div>"
		"<p>The second paragraph of the guide came late from the server, and a script "
		"moves it into its place.</p></article></div></body></html>";
	struct extract_result r;
	struct error err;
	(void)state;
	assert_int_equal(extract_html(page, sizeof(page) - 1, NULL, &r, &err), 0);
	assert_non_null(strstr(r.text, "The first paragraph"));
	assert_non_null(strstr(r.text, "came late from the server"));
	assert_null(strstr(r.text, "Enter your email"));
	extract_result_release(&r);
}

/* a list of cards whose titles are links over teasers keeps the titles */
static void extract_teased_titles(void **state)
{
	static const char page[] =
		"<html><head><title>Cloud news</title></head><body><main><h1>Cloud news</h1><ul>"
		"<li><h3><a href=/a>First story about the cloud</a></h3><p>The first teaser says "
		"what the story is about, in a sentence of some length.</p></li>"
		"<li><h3><a href=/b>Second story about servers</a></h3><p>The second teaser says "
		"what that story is about, in another sentence of length.</p>"
		"<p>By Ann Writer</p></li>"
		"<li><h3><a href=/c>Third story about storage</a></h3><p>The third teaser says "
		"what the last story is about, in one more sentence here.</p></li>"
		"</ul></main></body></html>";
	struct extract_result r;
	struct error err;
	(void)state;
	assert_int_equal(extract_html(page, sizeof(page) - 1, NULL, &r, &err), 0);
	assert_non_null(strstr(r.text, "Second story about servers"));
	assert_non_null(strstr(r.text, "The second teaser says"));
	assert_non_null(strstr(r.text, "By Ann Writer"));
	extract_result_release(&r);
}

/* cards of one template stay whatever modifier each adds to its class ("teaser post-2") */
static void extract_cards_with_modifiers(void **state)
{
	static const char page[] =
		"<html><head><title>Field notes</title></head><body><main><h1>Field notes</h1>"
		"<p>This section gathers the notes our staff write from the field each week, with "
		"a short summary of every trip, where it went and what the team found there, so "
		"that readers can follow the work from one season to the next.</p>"
		"<div class=\"teaser teaser--featured\"><h3><a href=/a>Notes from the northern "
		"marsh</a></h3><p>The team counted birds along the marsh edge for three days.</p>"
		"</div><div class=\"teaser post-2\"><h3><a href=/b>Notes from the river delta</a>"
		"</h3><p>Water samples from the delta came back cleaner than last year.</p></div>"
		"<div class=\"teaser post-3\"><h3><a href=/c>Notes from the high meadow</a></h3>"
		"<p>Snow lingered on the meadow well into the first weeks of June.</p></div>"
		"</main><footer><p>Footer text</p></footer></body></html>";
	struct extract_result r;
	struct error err;
	(void)state;
	assert_int_equal(extract_html(page, sizeof(page) - 1, NULL, &r, &err), 0);
	assert_non_null(strstr(r.text, "The team counted birds"));
	assert_non_null(strstr(r.text, "Snow lingered on the meadow"));
	extract_result_release(&r);
}

/* a grid of cards, each with links around its pictures (no text) and one around its title, is no menu */
static void extract_cards_with_picture_links(void **state)
{
	static const char page[] =
		"<html><head><title>Wool socks</title></head><body><main><h1>Wool socks</h1>"
		"<div class=grid>"
		"<div class=tile><a href=/1><img src=a.jpg></a><a href=/1b><img src=b.jpg></a>"
		"<a href=/1c><img src=c.jpg></a><a href=/1d><img src=d.jpg></a><a href=/1>"
		"<h4>Merino calf sock four-pack</h4><p>$48.00</p></a></div>"
		"<div class=tile><a href=/2><img src=a.jpg></a><a href=/2b><img src=b.jpg></a>"
		"<a href=/2c><img src=c.jpg></a><a href=/2d><img src=d.jpg></a><a href=/2>"
		"<h4>Cotton ankle sock six-pack</h4><p>$36.00</p></a></div>"
		"<div class=tile><a href=/3><img src=a.jpg></a><a href=/3b><img src=b.jpg></a>"
		"<a href=/3c><img src=c.jpg></a><a href=/3d><img src=d.jpg></a><a href=/3>"
		"<h4>Running quarter sock three-pack</h4><p>$30.00</p></a></div>"
		"<div class=tile><a href=/4><img src=a.jpg></a><a href=/4b><img src=b.jpg></a>"
		"<a href=/4c><img src=c.jpg></a><a href=/4d><img src=d.jpg></a><a href=/4>"
		"<h4>Hiking crew sock two-pack</h4><p>$28.00</p></a></div>"
		"</div></main></body></html>";
	struct extract_result r;
	struct error err;
	(void)state;
	assert_int_equal(extract_html(page, sizeof(page) - 1, NULL, &r, &err), 0);
	assert_non_null(strstr(r.text, "Merino calf sock four-pack"));
	assert_non_null(strstr(r.text, "Hiking crew sock two-pack"));
	extract_result_release(&r);
}

/*
 * A page streamed in parts: each part, sent hidden at the end, takes its
 * placeholder's place and what showed there until then goes; a part with
 * no placeholder stays hidden.
 */
static void extract_streamed_parts(void **state)
{
	static const char page[] =
		"<html><head><title>Streamed</title></head><body><main><h1>Streamed</h1>"
		"<p>The shell's own paragraph comes first and is long enough to count.</p>"
		"<!--$?--><template id=\"B:0\"></template><div>Loading story</div><!--/$-->"
		"<div id=post><template id=\"P:1a\"></template></div></main>"
		"<footer><p>Footer</p></footer>"
		"<div hidden id=\"S:0\"><p>The first streamed paragraph tells the story at "
		"length, as the page's script would have shown it in place.</p></div>"
		"<div hidden id=\"S:1a\"><p>The second streamed paragraph goes on with the "
		"story, in a place of its own further down the page.</p><p>It has a third "
		"paragraph too, which ends the story with a sentence of length.</p></div>"
		"<div hidden id=\"S:2\"><p>A part that has no place on the page stays hidden "
		"from the reader and from the text.</p></div>"
		"</body></html>";
	struct extract_result r;
	struct error err;
	const char *a, *b, *c;
	(void)state;
	assert_int_equal(extract_html(page, sizeof(page) - 1, NULL, &r, &err), 0);
	a = strstr(r.text, "The shell's own paragraph");
	b = strstr(r.text, "The first streamed paragraph");
	c = strstr(r.text, "The second streamed paragraph");
	assert_non_null(a);
	assert_non_null(b);
	assert_non_null(c);
	assert_true(a < b && b < c);
	assert_null(strstr(r.text, "Loading story"));
	assert_null(strstr(r.text, "has no place"));
	extract_result_release(&r);
}

/* a box named for comments that holds nearly all the page's prose is the post */
static void extract_comment_named_post(void **state)
{
	static const char page[] =
		"<html><head><title>Post</title><script type=\"application/ld+json\">"
		"{\"@type\":\"Article\",\"headline\":\"Post\"}</script></head><body>"
		"<div><h1>Post</h1><p>Share this post with friends</p>"
		"<p>Save this post for later on</p><p>Follow the author of this</p>"
		"<p>Print this post out on paper</p><p>Flag this post to moderators</p></div>"
		"<div class=commentOnSelection><div id=postContent>"
		"<p>The post's first paragraph sets out the argument of the whole piece, "
		"with enough words to be a paragraph of an essay.</p>"
		"<p>The second paragraph gives the evidence for it, at the same length as the "
		"first and in the same careful voice.</p>"
		"<p>The third paragraph weighs the objections to the argument and answers "
		"them one by one before it closes.</p>"
		"<p>The fourth paragraph draws the threads together and says what follows "
		"from the argument for the reader.</p>"
		"</div></div></body></html>";
	struct extract_result r;
	struct error err;
	(void)state;
	assert_int_equal(extract_html(page, sizeof(page) - 1, NULL, &r, &err), 0);
	assert_non_null(strstr(r.text, "sets out the argument"));
	assert_non_null(strstr(r.text, "weighs the objections"));
	extract_result_release(&r);
}

/* the day a page's URL gives, when nothing else in the page dates it */
static void url_date(const char *url, const char *want)
{
	static const char page[] =
		"<html><head><title>Quay works</title></head><body><article><h1>Quay works</h1>"
		"<p>The quay will be closed for repairs through the winter, the harbour office "
		"said, and boats will tie up at the north pier while the work goes on.</p>"
		"</article></body></html>";
	struct extract_options o = { 0 };
	struct extract_result r;
	struct error err;
	o.url = url;
	assert_int_equal(extract_html(page, sizeof(page) - 1, &o, &r, &err), 0);
	if (want)
		assert_string_equal(r.date_published ? r.date_published : "(null)", want);
	else
		assert_null(r.date_published);
	extract_result_release(&r);
}

static void extract_url_dates(void **state)
{
	(void)state;
	url_date("https://n.example/news/2019/11/19/quay", "2019-11-19");
	url_date("https://n.example/news/2023/oct/03/quay", "2023-10-03");
	url_date("https://n.example/news/2023/October/3/quay", "2023-10-03");
	url_date("https://n.example/news/2023/sept/30/quay", "2023-09-30");
	url_date("https://n.example/news/2023/dec/quay", "2023-12");
	url_date("https://n.example/news/2023/sep/31/quay", NULL);
	url_date("https://n.example/news/2023/octo/03/quay", NULL);
	url_date("https://n.example/news/2023/may-day/quay", NULL);
	url_date("https://n.example/news/2023-oct-03-quay", NULL);
}

/* a JSON-LD block with raw line breaks inside a string still dates the page */
static void extract_jsonld_raw_breaks(void **state)
{
	static const char page[] =
		"<html><head><title>Quay works</title><script type=\"application/ld+json\">"
		"{\"@type\":\"NewsArticle\",\"headline\":\"Quay works\",\"description\":"
		"\"The quay closes.\n\tBoats move to the north pier.\","
		"\"datePublished\":\"2024-02-14T07:45:00Z\"}</script></head><body><article>"
		"<h1>Quay works</h1><p>The quay will be closed for repairs through the winter, the "
		"harbour office said, and boats will tie up at the north pier meanwhile.</p>"
		"</article></body></html>";
	struct extract_result r;
	struct error err;
	(void)state;
	assert_int_equal(extract_html(page, sizeof(page) - 1, NULL, &r, &err), 0);
	assert_non_null(r.date_published);
	assert_string_equal(r.date_published, "2024-02-14T07:45:00Z");
	extract_result_release(&r);
}

/* a thread's repeated "Re:" subjects over replies go; a single one is a post's words */
static void extract_reply_subjects(void **state)
{
	static const char head[] =
		"<html><head><title>Fan noise</title><script type=\"application/ld+json\">"
		"{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Fan noise\"}</script>"
		"</head><body><main>"
		"<div class=post><p>My laptop fan runs loud all day even when nothing is "
		"open.</p></div>";
	static const char reply[] =
		"<div class=post><h3>Re: Fan noise</h3>"
		"<p>Clean the vents and check which process keeps the processor busy.</p></div>"
		"<div class=post><h3>Re: Fan noise</h3>"
		"<p>A new thermal paste fixed the same noise on mine last winter.</p></div>";
	static const char single[] =
		"<div class=post><p>Re: the vents, mine were full of dust from the carpet.</p>"
		"<p>Clean the vents and check which process keeps the processor busy.</p></div>";
	static const char tail[] = "</main></body></html>";
	char page[2048];
	struct extract_result r;
	struct error err;
	(void)state;
	snprintf(page, sizeof(page), "%s%s%s", head, reply, tail);
	assert_int_equal(extract_html(page, strlen(page), NULL, &r, &err), 0);
	assert_non_null(strstr(r.text, "thermal paste"));
	assert_null(strstr(r.text, "Re: Fan noise"));
	extract_result_release(&r);
	snprintf(page, sizeof(page), "%s%s%s", head, single, tail);
	assert_int_equal(extract_html(page, strlen(page), NULL, &r, &err), 0);
	assert_non_null(strstr(r.text, "Re: the vents"));
	extract_result_release(&r);
}

/* a line in the same slot of two posts of a thread is a signature: both copies go */
static void extract_signatures(void **state)
{
	static const char page[] =
		"<html><head><title>Fan noise</title><script type=\"application/ld+json\">"
		"{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Fan noise\"}</script>"
		"</head><body><main>"
		"<div class=post><div class=body><p>My laptop fan runs loud all day even when "
		"nothing is open.</p></div><div class=sig><p>Three laptops, one desk, no patience "
		"left</p></div></div>"
		"<div class=post><div class=body><p>Clean the vents and check which process keeps "
		"the processor busy.</p></div><div class=sig><p>Ask me about thermal paste and "
		"old fans</p></div></div>"
		"<div class=post><div class=body><p>Done: the vents were full of dust and it is "
		"quiet now, thank you.</p></div><div class=sig><p>Three laptops, one desk, no "
		"patience left</p></div></div>"
		"</main></body></html>";
	struct extract_result r;
	struct error err;
	(void)state;
	assert_int_equal(extract_html(page, sizeof(page) - 1, NULL, &r, &err), 0);
	assert_non_null(strstr(r.text, "full of dust"));
	assert_non_null(strstr(r.text, "Ask me about thermal paste"));
	assert_null(strstr(r.text, "no patience left"));
	extract_result_release(&r);
}

/* on a thread a poster's card split in label and value, counts and post stamps go */
static void extract_poster_bits(void **state)
{
	static const char page[] =
		"<html><head><title>Fan noise</title><script type=\"application/ld+json\">"
		"{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Fan noise\"}</script>"
		"</head><body><main>"
		"<div class=post><dl><dt>Messages</dt><dd>31,415</dd></dl><div>2718</div>"
		"<p>My laptop fan runs loud all day even when nothing is open.</p>"
		"<table><tr><td>Fan speed</td><td>4242</td></tr></table></div>"
		"<div class=post><dl><dt>Messages</dt><dd>161</dd></dl><div>1618</div>"
		"<p>Clean the vents and check which process keeps the processor busy.</p>"
		"<div>answered May 2, 2009 at 0:09</div><div>14 likes</div><div>Offline</div></div>"
		"</main></body></html>";
	struct extract_result r;
	struct error err;
	(void)state;
	assert_int_equal(extract_html(page, sizeof(page) - 1, NULL, &r, &err), 0);
	assert_non_null(strstr(r.text, "processor busy"));
	assert_non_null(strstr(r.text, "4242"));
	assert_null(strstr(r.text, "Messages"));
	assert_null(strstr(r.text, "31,415"));
	assert_null(strstr(r.text, "2718"));
	assert_null(strstr(r.text, "answered"));
	assert_null(strstr(r.text, "14 likes"));
	assert_null(strstr(r.text, "Offline"));
	extract_result_release(&r);
}

/* ---- script and style content cut before parsing ---- */

/* rawtext_cut() of `in` gives `want`. */
static void cut_gives(const char *in, const char *want)
{
	size_t len = strlen(in);
	char *s = malloc(len + 1);
	assert_non_null(s);
	memcpy(s, in, len + 1);
	len = rawtext_cut(s, len, NULL);
	s[len] = '\0';
	assert_string_equal(s, want);
	free(s);
}

static void rawtext_cuts(void **state)
{
	(void)state;
	cut_gives("<html><head><script src=a.js>var a = '<p>';</script><style>p{x:1}</STYLE>"
		  "</head><body><p>Text</p><SCRIPT type=\"module\">f()</SCRIPT></body></html>",
		  "<html><head><script src=a.js></script><style></STYLE>"
		  "</head><body><p>Text</p><SCRIPT type=\"module\"></SCRIPT></body></html>");
	/* what metadata reads stays; other JSON does not */
	cut_gives("<script type=\"application/ld+json\">{\"headline\":\"<b>x</b>\"}</script>"
		  "<script>y</script><script type=application/json>{\"a\":1}</script>"
		  "<script type=\"application/ld&#43;json\">{}</script>",
		  "<script type=\"application/ld+json\">{\"headline\":\"<b>x</b>\"}</script>"
		  "<script></script><script type=application/json></script>"
		  "<script type=\"application/ld&#43;json\">{}</script>");
	/* "<script" that is no tag: in a comment, an attribute, text */
	cut_gives("<!-- <script>a</script> --><div title=\"<script>b\" data-x='>'>"
		  "1 < script 2</div><script>c</script>",
		  "<!----><div title=\"<script>b\" >"
		  "1 < script 2</div><script></script>");
	/* where HTML5 ends a script that writes one behind "<!--" */
	cut_gives("<script>a<!--<script>b</script>c</script><p>d</p>"
		  "<script><!-- w('<script src=x></script>') --></script>e",
		  "<script></script><p>d</p><script></script>e");
	/* a comment's text goes but for what content.c reads */
	cut_gives("<p>a<!--/$--><!-- b --><!--ab--><!--x-->--></p>",
		  "<p>a<!--/$--><!----><!--ab--><!--x-->--></p>");
	/* forms both readers take alike */
	cut_gives("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x.dtd\"><?xml x?>"
		  "<a href=\"x\"class=y @foo>z</a ><script\ndefer>d</script\n>",
		  "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x.dtd\"><?xml x?>"
		  "<a href=\"x\"class=y @foo>z</a ><script\n></script\n>");
	/*
	 * attributes no pass reads go; those it reads by name, by a name
	 * that says when, by a value that may be a date stay
	 */
	cut_gives("<div onclick=\"f()\" CLASS=c data-x=1 data-Created-at=x data-d=\"2024-05-06\" "
		  "data-e=\"a&amp;bcdefgh\" data-f=\"no date here\" hidden>t</div>",
		  "<div CLASS=c data-Created-at=x data-d=\"2024-05-06\" "
		  "data-e=\"a&amp;bcdefgh\" hidden>t</div>");
	/*
	 * a template's handler shorthand, whose value libxml2 2.9 would end
	 * the tag in: cut, as HTML5 reads it whole
	 */
	cut_gives("<div class=a @click.prevent=\"go('x > y')\" id=b>t</div><p @x='>' >u</p>"
		  "<i (click)=\"a > b\" [class.on]=\"c>d\">v</i>",
		  "<div class=a id=b>t</div><p >u</p><i >v</i>");
	/* all of them on <html>, <body> and <meta>, and on a tag that names one twice */
	cut_gives("<html data-x=1><body data-x=1><meta data-x=1 charset=utf-8>"
		  "<p data-x=1 class=a data-x=2>t</p>",
		  "<html data-x=1><body data-x=1><meta data-x=1 charset=utf-8>"
		  "<p data-x=1 class=a data-x=2>t</p>");
}

/* rawtext_cut() with attributes moved out of `in` gives `want`. */
static void move_gives(const char *in, const char *want, size_t ntag)
{
	size_t len = strlen(in);
	char *s = malloc(len + 1);
	struct rawtext_attrs ra;
	assert_non_null(s);
	memcpy(s, in, len + 1);
	len = rawtext_cut(s, len, &ra);
	s[len] = '\0';
	assert_string_equal(s, want);
	assert_int_equal(ra.ntag, ntag);
	rawtext_attrs_release(&ra);
	free(s);
}

static void rawtext_moves_attributes(void **state)
{
	(void)state;
	move_gives("<p class=\"lead\" data-x=1 id=a>t</p><br class=x/><img src=a.png  />",
		   "<p _-0 >t</p><br _-1 ><img _-2 />", 3);
	/* a character reference but "&amp;", a bare name, a stray token: they stay in place */
	move_gives("<a href=\"?a=1&lt;b=2\">t</a><div hidden class=x>u</div><i @x class=y>v</i>"
		   "<a href=\"?a=1&amp b=2\">w</a><a href=\"?a=1&amp;b=2\">x</a>",
		   "<a href=\"?a=1&lt;b=2\">t</a><div hidden class=x>u</div><i @x class=y>v</i>"
		   "<a href=\"?a=1&amp b=2\">w</a><a _-0 >x</a>",
		   1);
	/* too short for the marker: only the unread ones go */
	move_gives("<i id=a><i id=b><i id=c><i id=d><i id=e><i id=f><i id=g><i id=h><i id=i>"
		   "<i id=j><i id=k>",
		   "<i _-0 ><i _-1 ><i _-2 ><i _-3 ><i _-4 ><i _-5 ><i _-6 ><i _-7 ><i _-8 >"
		   "<i _-9 ><i id=k>",
		   10);
	/* nothing to put back when the page is parsed as written */
	move_gives("<p class=\"lead\">t</p><![CDATA[x]]>", "<p class=\"lead\">t</p><![CDATA[x]]>",
		   0);
}

static void rawtext_gives_up(void **state)
{
	static const char *const unsure[] = {
		"<![CDATA[<script>a</script>]]>",
		"<script/>a</script>",
		"<script>a</scripts>",
		"<script>a",
		"<!--><script>a</script>",
		"<!-- a --!><script>a</script>",
		"<script type=\"application/ld+json\">a<!--<script>b</script>c</script>",
		"<title>a<b</title><script>a</script>",
		"<div @click=a><script>a</script>",
		"<div a=\"b><script>a</script>",
		"<!-- a\x01 --><script>a</script>",
		"<?><script>a</script>",
		"</ div><script>a</script>",
		"<div\fclass=a><script>a</script>",
		/* the marker's name on the page */
		"<p _-1 class=\"lead\">a</p><script>a</script>",
	};
	size_t k;
	(void)state;
	for (k = 0; k < sizeof(unsure) / sizeof(unsure[0]); k++)
		cut_gives(unsure[k], unsure[k]);
}

/*
 * Take the content out of every script (but JSON-LD's) and style under
 * `n` and the text out of its comments longer than "/$", and the
 * attributes that rawtext_cut() leaves out (the pages below write their
 * values without character references).
 */
static void empty_code(xmlNodePtr n)
{
	xmlNodePtr c;
	for (c = n->children; c; c = c->next) {
		const char *type;
		xmlAttrPtr a, next;
		if (c->type == XML_COMMENT_NODE && c->content &&
		    strlen((const char *)c->content) > 2)
			c->content[0] = '\0';
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp((const char *)c->name, "html") &&
		    strcmp((const char *)c->name, "body") &&
		    strcmp((const char *)c->name, "meta")) {
			for (a = c->properties; a; a = next) {
				const char *v = a->children && a->children->content
							? (const char *)a->children->content
							: "";
				next = a->next;
				if (!rawtext_attr_kept((const char *)a->name,
						       strlen((const char *)a->name), v,
						       strlen(v))) {
					xmlUnlinkNode((xmlNodePtr)a);
					xmlFreeProp(a);
				}
			}
		}
		type = dom_attr(c, "type");
		if (!strcmp((const char *)c->name, "style") ||
		    (!strcmp((const char *)c->name, "script") &&
		     !(type && strstr(type, "ld+json")))) {
			while (c->children) {
				xmlNodePtr k = c->children;
				xmlUnlinkNode(k);
				xmlFreeNode(k);
			}
		} else {
			empty_code(c);
		}
	}
}

/* Are the trees under `a` and `b` alike: the same nodes, names, attributes and text? */
static int same_tree(xmlNodePtr a, xmlNodePtr b)
{
	for (; a && b; a = a->next, b = b->next) {
		xmlAttrPtr p, q;
		if (a->type != b->type || !a->name != !b->name ||
		    (a->name && strcmp((const char *)a->name, (const char *)b->name)) ||
		    !a->content != !b->content ||
		    (a->content && strcmp((const char *)a->content, (const char *)b->content)))
			return 0;
		if (a->type == XML_ELEMENT_NODE) {
			for (p = a->properties, q = b->properties; p && q; p = p->next, q = q->next)
				if (strcmp((const char *)p->name, (const char *)q->name) ||
				    !same_tree(p->children, q->children))
					return 0;
			if (p || q)
				return 0;
		}
		if (!same_tree(a->children, b->children))
			return 0;
	}
	return !a && !b;
}

/* the parser builds the same tree from the cut page, but for the code */
static void rawtext_same_tree(void **state)
{
	static const char *const pages[] = {
		"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>T</title>"
		"<style media=all>body { color: red } /* </p> */</style>"
		"<script>if (a < b && c > d) document.write('<div>x</div>');</script>"
		"<script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head>"
		"<body class=\"a\"id=b><!-- note --><p>One <b>two</b> <i>three</p>"
		"<script async src=\"x.js\"></script><div data-a='\"'>four<script>"
		"var s = '<p>' + \"</div>\";</script>five</div><table><tr><td>six<style>"
		"td{}</style></td></tr></table><p>seven <script>z()</script>eight</body></html>",
		"<html><body><ul><li>a<script>b</script><li>c</ul><p>d<style>e</style>"
		"<select><option>f<script>g</script></select></p></body></html>",
		/* characters the parser does not take as text, in code */
		"<p>a<script>b\x01c\x0c\x1f d \xef\xbf\xbf</script>e<style>\x02</style>f</p>",
		/* attributes: unread, read, moved and put back, left in place */
		"<html data-a=1 lang=en><head><meta name=x content=y data-b=2>"
		"<link REL=canonical href='/a' /></head><body data-c=3 class=b><div data-d=4 "
		"onclick=\"go()\" CLASS=\"main story\" id=m data-when=\"2024-05-06\" "
		"data-posted-at=x><p class=a data-x=1 data-z>one<input type=checkbox checked "
		"class=c><a href=\"/x?a=1&amp;b=2\" title=\"a\rb\">two</a><img src=i.png alt=\"\" "
		"data-src=j.png/><span class=s\tdata-k=v>three</span><br/><i class=\"&lt;\" "
		"data-y=2>four</i><u @at class=u>five</u></p></div><p id=q>six</p>"
		"<a href=\"/y?c=1&amp;d=2&amp;\" data-e=1 class='&amp;x'>seven</a></body></html>",
	};
	size_t k;
	(void)state;
	for (k = 0; k < sizeof(pages) / sizeof(pages[0]); k++) {
		size_t len = strlen(pages[k]), cut;
		char *s = strdup(pages[k]);
		htmlDocPtr whole, trimmed;
		struct rawtext_attrs ra;
		assert_non_null(s);
		cut = rawtext_cut(s, len, &ra);
		assert_true(cut < len);
		whole = htmlReadMemory(pages[k], (int)len, NULL, "UTF-8", EXTRACT_PARSE_OPTS);
		trimmed = htmlReadMemory(s, (int)cut, NULL, "UTF-8", EXTRACT_PARSE_OPTS);
		assert_non_null(whole);
		assert_non_null(trimmed);
		assert_int_equal(rawtext_attach(trimmed, &ra), 0);
		rawtext_attrs_release(&ra);
		empty_code((xmlNodePtr)whole);
		assert_true(same_tree(whole->children, trimmed->children));
		xmlFreeDoc(whole);
		xmlFreeDoc(trimmed);
		free(s);
	}
}

/* ---- the names the passes read are the names the cut keeps ---- */

/* The functions that look an attribute up by name; the name is their second argument. */
static const char *const attr_readers[] = {
	"dom_attr",     "xmlHasProp",   "xmlGetProp", "xmlGetNoNsProp",
	"xmlHasNsProp", "xmlGetNsProp", NULL,
};

#define ATTR_NAMES_MAX  128
#define ATTR_NAME_LEN   40
#define ATTR_SOURCE_MAX (4 << 20)

struct attr_scan {
	char name[ATTR_NAMES_MAX][ATTR_NAME_LEN]; /* the literal names read */
	size_t n;
	size_t bad; /* problems reported */
};

/* The whole of file `path`, NUL-ended (caller frees), or NULL. */
static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *s;
	if (!f)
		return NULL;
	s = malloc(ATTR_SOURCE_MAX + 1);
	if (!s) {
		fclose(f);
		return NULL;
	}
	*len = fread(s, 1, ATTR_SOURCE_MAX, f);
	s[*len] = '\0';
	if (ferror(f) || !feof(f)) {
		fclose(f);
		free(s);
		return NULL;
	}
	fclose(f);
	return s;
}

static int ident_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_';
}

/* Past the string or character literal that starts at s[i] (a quote). */
static size_t skip_literal(const char *s, size_t len, size_t i)
{
	char q = s[i++];
	while (i < len && s[i] != q) {
		if (s[i] == '\\' && i + 1 < len)
			i++;
		i++;
	}
	return i < len ? i + 1 : len;
}

/* The end of the call argument that starts at s[i]: its top-level ',' or ')'. */
static size_t arg_end(const char *s, size_t len, size_t i)
{
	int depth = 0;
	while (i < len) {
		if (s[i] == '"' || s[i] == '\'') {
			i = skip_literal(s, len, i);
			continue;
		}
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && depth-- == 0)
			return i;
		else if (s[i] == ',' && depth == 0)
			return i;
		i++;
	}
	return len;
}

/*
 * The call of `fn` whose arguments start at s[i], on line `line` of
 * `file`: its name argument must be a literal that rawtext_attr_kept()
 * keeps whatever the value, or the name of an attribute the element has
 * (an expression ending "->name", from a walk of its properties).
 */
static void check_attr_call(struct attr_scan *sc, const char *file, int line, const char *fn,
			    const char *s, size_t len, size_t i)
{
	size_t a = arg_end(s, len, i), b, e, k;
	const char *name;
	size_t nlen;
	if (a >= len || s[a] != ',')
		return; /* one argument: no lookup by name */
	b = a + 1;
	while (b < len && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n'))
		b++;
	/* a cast: "(const xmlChar *)" */
	if (b < len && s[b] == '(') {
		for (k = b + 1; k < len && s[k] != ')' && s[k] != '(' && s[k] != '"'; k++)
			;
		if (k < len && s[k] == ')' && memchr(s + b, '*', k - b)) {
			b = k + 1;
			while (b < len && (s[b] == ' ' || s[b] == '\t'))
				b++;
		}
	}
	e = arg_end(s, len, b);
	if (b < len && s[b] == '"') {
		k = skip_literal(s, len, b);
		name = s + b + 1;
		nlen = k - b - 2;
		while (k < e && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n'))
			k++;
		if (k != e || memchr(name, '\\', nlen) || nlen == 0 || nlen >= ATTR_NAME_LEN) {
			print_message("%s:%d: %s(): the attribute name is not one plain literal\n",
				      file, line, fn);
			sc->bad++;
			return;
		}
		for (k = 0; k < nlen; k++)
			if (name[k] >= 'A' && name[k] <= 'Z')
				break;
		if (k < nlen) {
			print_message("%s:%d: %s(…, \"%.*s\"): libxml2 names HTML attributes in "
				      "lower case; this name is never found\n",
				      file, line, fn, (int)nlen, name);
			sc->bad++;
		} else if (!rawtext_attr_kept(name, nlen, "", 0)) {
			print_message("%s:%d: %s(…, \"%.*s\"): \"%.*s\" is not on rawtext.c's list "
				      "of the names read (raw_attr_read), so the cut drops it "
				      "before parsing and this lookup never finds it\n",
				      file, line, fn, (int)nlen, name, (int)nlen, name);
			sc->bad++;
		}
		for (k = 0; k < sc->n; k++)
			if (strlen(sc->name[k]) == nlen && !memcmp(sc->name[k], name, nlen))
				return;
		assert_true(sc->n < ATTR_NAMES_MAX);
		memcpy(sc->name[sc->n], name, nlen);
		sc->name[sc->n++][nlen] = '\0';
		return;
	}
	k = e;
	while (k > b && (s[k - 1] == ' ' || s[k - 1] == '\t' || s[k - 1] == '\n'))
		k--;
	if (k - b >= 6 && !memcmp(s + k - 6, "->name", 6))
		return;
	print_message("%s:%d: %s(…, %.*s): the attribute name is no literal, so no test can "
		      "tell that rawtext.c's list keeps it; read each name through a literal\n",
		      file, line, fn, (int)(k - b), s + b);
	sc->bad++;
}

/*
 * Run `each` at every identifier of source `s` outside comments and
 * literals, with its line number.
 */
static void scan_source(const char *file, const char *s, size_t len,
			void (*each)(void *, const char *, int, const char *, size_t, size_t,
				     size_t),
			void *arg)
{
	size_t i = 0, j;
	int line = 1;
	while (i < len) {
		if (s[i] == '\n') {
			line++;
			i++;
		} else if (s[i] == '/' && i + 1 < len && s[i + 1] == '*') {
			for (i += 2; i + 1 < len && !(s[i] == '*' && s[i + 1] == '/'); i++)
				line += s[i] == '\n';
			i += 2;
		} else if (s[i] == '/' && i + 1 < len && s[i + 1] == '/') {
			while (i < len && s[i] != '\n')
				i++;
		} else if (s[i] == '"' || s[i] == '\'') {
			j = skip_literal(s, len, i);
			for (; i < j; i++)
				line += s[i] == '\n';
		} else if (ident_char(s[i]) && (i == 0 || !ident_char(s[i - 1]))) {
			for (j = i; j < len && ident_char(s[j]); j++)
				;
			each(arg, file, line, s, len, i, j);
			i = j;
		} else {
			i++;
		}
	}
}

static void attr_call_at(void *arg, const char *file, int line, const char *s, size_t len,
			 size_t from, size_t to)
{
	size_t k, p = to;
	for (k = 0; attr_readers[k]; k++)
		if (strlen(attr_readers[k]) == to - from &&
		    !memcmp(s + from, attr_readers[k], to - from))
			break;
	if (!attr_readers[k])
		return;
	/* a declaration or definition: a type before the name ("char *dom_attr(") */
	for (p = from; p > 0 && (s[p - 1] == ' ' || s[p - 1] == '*' || s[p - 1] == '\t'); p--)
		;
	if (p > 0 && ident_char(s[p - 1])) {
		size_t w = p;
		while (w > 0 && ident_char(s[w - 1]))
			w--;
		if (!(p - w == 6 && !memcmp(s + w, "return", 6)))
			return;
	}
	p = to;
	while (p < len && (s[p] == ' ' || s[p] == '\t'))
		p++;
	if (p < len && s[p] == '(')
		check_attr_call(arg, file, line, attr_readers[k], s, len, p + 1);
}

struct attr_list_scan {
	const struct attr_scan *read;
	size_t listed, bad;
};

/* RAW_ATTR("name") in rawtext.c: some pass must read the name. */
static void attr_listed_at(void *arg, const char *file, int line, const char *s, size_t len,
			   size_t from, size_t to)
{
	struct attr_list_scan *ls = arg;
	size_t k, e;
	if (to - from != 8 || memcmp(s + from, "RAW_ATTR", 8) || to + 1 >= len || s[to] != '(' ||
	    s[to + 1] != '"')
		return;
	e = skip_literal(s, len, to + 1);
	ls->listed++;
	for (k = 0; k < ls->read->n; k++)
		if (strlen(ls->read->name[k]) == e - to - 3 &&
		    !memcmp(ls->read->name[k], s + to + 2, e - to - 3))
			return;
	print_message("%s:%d: \"%.*s\" is on the list of the names read, but no dom_attr(), "
		      "xmlHasProp() or xmlGetProp() in src/extract asks for it: the cut keeps "
		      "it for nothing\n",
		      file, line, (int)(e - to - 3), s + to + 2);
	ls->bad++;
}

/*
 * Every attribute name a pass in src/extract asks for (dom_attr,
 * xmlHasProp, xmlGetProp and their namespaced forms) is one
 * rawtext_attr_kept() keeps whatever its value, so a lookup added without
 * its name on rawtext.c's list fails here instead of finding nothing on
 * every page; and every name on the list is one some pass asks for.
 */
static void rawtext_keeps_names_read(void **state)
{
	const char *src = getenv("SRCDIR");
	char dir[4096], path[4200];
	static struct attr_scan scan; /* no heap to leak where an assertion fails */
	struct attr_scan *sc = &scan;
	struct attr_list_scan ls = { 0 };
	size_t files = 0, len;
	struct dirent *d;
	DIR *dh;
	char *s;
	(void)state;
	memset(sc, 0, sizeof(*sc));
	assert_true(snprintf(dir, sizeof(dir), "%s/src/extract", src ? src : ".") <
		    (int)sizeof(dir));
	dh = opendir(dir);
	if (!dh)
		fail_msg("cannot open %s (SRCDIR: the checkout)", dir);
	while ((d = readdir(dh))) {
		size_t n = strlen(d->d_name);
		if (n < 3 || (strcmp(d->d_name + n - 2, ".c") && strcmp(d->d_name + n - 2, ".h")))
			continue;
		if (snprintf(path, sizeof(path), "%s/%s", dir, d->d_name) >= (int)sizeof(path))
			fail_msg("path too long: %s/%s", dir, d->d_name);
		s = slurp(path, &len);
		if (!s)
			fail_msg("cannot read %s", path);
		/* named from the checkout's root in the messages */
		snprintf(path, sizeof(path), "src/extract/%.255s", d->d_name);
		scan_source(path, s, len, attr_call_at, sc);
		free(s);
		files++;
	}
	closedir(dh);
	/* the scan found the lookups at all (dom.c, content.c, metadata.c, output.c...) */
	assert_true(files >= 4);
	assert_true(sc->n >= 20);
	assert_true(snprintf(path, sizeof(path), "%s/rawtext.c", dir) < (int)sizeof(path));
	s = slurp(path, &len);
	assert_non_null(s);
	ls.read = sc;
	scan_source("src/extract/rawtext.c", s, len, attr_listed_at, &ls);
	free(s);
	assert_true(ls.listed >= 20);
	assert_int_equal(sc->bad, 0);
	assert_int_equal(ls.bad, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table_rows_are_lines),
		cmocka_unit_test(charset_order),
		cmocka_unit_test(charset_labels),
		cmocka_unit_test(charset_bad_bytes_become_replacement),
		cmocka_unit_test(title_cleaning),
		cmocka_unit_test(date_normalisation),
		cmocka_unit_test(original_lines),
		cmocka_unit_test(sanitizer_allow_list),
		cmocka_unit_test(extract_limits),
		cmocka_unit_test(extract_node_cap),
		cmocka_unit_test(extract_json_fields),
		cmocka_unit_test(extract_hidden_and_faq),
		cmocka_unit_test(extract_streamed_and_signup),
		cmocka_unit_test(extract_teased_titles),
		cmocka_unit_test(extract_cards_with_modifiers),
		cmocka_unit_test(extract_cards_with_picture_links),
		cmocka_unit_test(extract_streamed_parts),
		cmocka_unit_test(extract_comment_named_post),
		cmocka_unit_test(extract_url_dates),
		cmocka_unit_test(extract_jsonld_raw_breaks),
		cmocka_unit_test(extract_reply_subjects),
		cmocka_unit_test(extract_signatures),
		cmocka_unit_test(extract_poster_bits),
		cmocka_unit_test(rawtext_cuts),
		cmocka_unit_test(rawtext_moves_attributes),
		cmocka_unit_test(rendered_words_apart),
		cmocka_unit_test(rawtext_gives_up),
		cmocka_unit_test(rawtext_same_tree),
		cmocka_unit_test(rawtext_keeps_names_read),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
