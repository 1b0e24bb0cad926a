/* Unit tests for src/web: routing, status codes, escaping, without a socket. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus/dyads.h"
#include "corpus/related.h"
#include "store/engine.h"
#include "store/store.h"
#include "store_fixture.h"
#include "util/utf8.h"
#include "web/internal.h"
#include "web/web.h"

static char dir[64], path[96];

static int setup(void **state)
{
	struct store *st;
	struct article_in a;
	int64_t id;
	struct document d = { "https://o.example/x", NULL, "<p>x</p>", 8, NULL };
	enum store_put_result w;

	if (fixture_mkdtemp(dir, sizeof(dir), "web") < 0)
		return -1;
	snprintf(path, sizeof(path), "%s/w.db", dir);
	if (store_open(&st, path, NULL) < 0)
		return -1;
	memset(&a, 0, sizeof(a));
	a.url = "https://o.example/x";
	a.title = "Kabul & Tehran <talk>";
	a.text = "First \"block\" <b>here</b>.\n\nSecond block.";
	a.source = "O'Outlet";
	a.source_url = "https://o.example/";
	a.published = "2024-03-12T08:30:00Z";
	a.original_name = "Wire <Service>";
	a.original_url = "javascript:alert(1)";
	if (store_article_put(st, &d, &a, &id, &w, NULL) < 0)
		return -1;
	*state = st;
	return 0;
}

static int teardown(void **state)
{
	store_close(*state);
	fixture_unlink_store(path);
	rmdir(dir);
	return 0;
}

static int get(struct store *st, const char *method, const char *p, const char *page,
	       struct web_response *res)
{
	struct web_request req = { .method = method, .path = p, .page = page };
	web_handle(st, &req, res);
	return res->status;
}

static void front_page_lists_escaped_titles(void **state)
{
	struct web_response res;
	assert_int_equal(get(*state, "GET", "/", NULL, &res), 200);
	assert_string_equal(res.content_type, "text/html; charset=utf-8");
	assert_non_null(strstr(res.body.data, "href=\"/article/1\""));
	assert_non_null(strstr(res.body.data, "Kabul &amp; Tehran &lt;talk&gt;"));
	assert_null(strstr(res.body.data, "<talk>"));
	assert_non_null(strstr(res.body.data, "O&#39;Outlet"));
	web_response_release(&res);
}

static void article_page_escapes_and_splits_blocks(void **state)
{
	struct web_response res;
	const char *b;
	assert_int_equal(get(*state, "GET", "/article/1", NULL, &res), 200);
	b = res.body.data;
	assert_non_null(strstr(b, "<h1>Kabul &amp; Tehran &lt;talk&gt;</h1>"));
	assert_non_null(strstr(b, "<p>First &quot;block&quot; &lt;b&gt;here&lt;/b&gt;.</p>"));
	assert_non_null(strstr(b, "<p>Second block.</p>"));
	/* attribution shown, but a javascript: URL never becomes a link */
	assert_non_null(strstr(b, "Wire &lt;Service&gt;"));
	assert_null(strstr(b, "javascript:"));
	web_response_release(&res);
}

static void errors_have_their_status(void **state)
{
	struct web_response res;
	assert_int_equal(get(*state, "GET", "/article/2", NULL, &res), 404);
	web_response_release(&res);
	assert_int_equal(get(*state, "GET", "/article/1x", NULL, &res), 404);
	web_response_release(&res);
	assert_int_equal(get(*state, "GET", "/article/", NULL, &res), 404);
	web_response_release(&res);
	assert_int_equal(get(*state, "GET", "/nothing", NULL, &res), 404);
	web_response_release(&res);
	assert_int_equal(get(*state, "GET", "/", "0", &res), 400);
	web_response_release(&res);
	assert_int_equal(get(*state, "GET", "/", "2", &res), 200);
	assert_non_null(strstr(res.body.data, "Newer"));
	web_response_release(&res);
	assert_int_equal(get(*state, "DELETE", "/", NULL, &res), 405);
	assert_string_equal(res.allow, "GET, HEAD");
	web_response_release(&res);
	assert_int_equal(get(*state, "HEAD", "/static/style.css", NULL, &res), 200);
	assert_string_equal(res.content_type, "text/css; charset=utf-8");
	web_response_release(&res);
}

static int search(struct store *st, const char *q, struct web_response *res)
{
	struct web_request req = { .method = "GET", .path = "/search", .q = q };
	web_handle(st, &req, res);
	return res->status;
}

static void search_page_marks_matches_and_escapes(void **state)
{
	struct web_response res;
	assert_int_equal(search(*state, "block", &res), 200);
	assert_non_null(strstr(res.body.data, "1 story found"));
	assert_non_null(strstr(res.body.data, "<mark>block</mark>"));
	assert_non_null(strstr(res.body.data, "Kabul &amp; Tehran &lt;talk&gt;"));
	web_response_release(&res);
	/* an order the search does not know is a 400, as in /api/v1/search */
	{
		struct web_request req = {
			.method = "GET", .path = "/search", .q = "block", .sort = "bogus"
		};
		web_handle(*state, &req, &res);
		assert_int_equal(res.status, 400);
		assert_non_null(strstr(res.body.data, "sort must be relevance or date"));
		web_response_release(&res);
		req.sort = "date";
		web_handle(*state, &req, &res);
		assert_int_equal(res.status, 200);
		web_response_release(&res);
	}
	/* the query is echoed escaped in the form */
	assert_int_equal(search(*state, "\"><script>x</script>", &res), 200);
	assert_null(strstr(res.body.data, "<script>x"));
	assert_non_null(strstr(res.body.data, "0 stories found"));
	web_response_release(&res);
	assert_int_equal(search(*state, "(unbalanced", &res), 400);
	assert_non_null(strstr(res.body.data, "missing &#39;)&#39;"));
	web_response_release(&res);
	assert_int_equal(search(*state, NULL, &res), 200);
	assert_non_null(strstr(res.body.data, "name=\"q\""));
	web_response_release(&res);
}

static void html_escape_escapes_all_five(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	assert_int_equal(html_escape(&b, "<a href=\"x\">Tom & Jerry's</a>"), 0);
	assert_string_equal(b.data, "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
	assert_int_equal(html_escape(&b, NULL), 0);
	buf_release(&b);
}

/* The pager links back past the first page, and on only when there is more. */
static void pager_links_what_there_is(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	pager_html(&b, "/", 1, 0, "Newer", "Older");
	assert_string_equal(b.data, "<nav class=\"pager\" aria-label=\"Pages\"></nav>\n");
	buf_reset(&b);
	pager_html(&b, "/source/7", 1, 1, "Newer", "Older");
	assert_string_equal(b.data, "<nav class=\"pager\" aria-label=\"Pages\">"
				    "<a rel=\"next\" href=\"/source/7?page=2\">Older</a></nav>\n");
	buf_reset(&b);
	pager_html(&b, "/sources", 3, 1, "Previous", "Next");
	assert_string_equal(b.data, "<nav class=\"pager\" aria-label=\"Pages\">"
				    "<a rel=\"prev\" href=\"/sources?page=2\">Previous</a>"
				    "<a rel=\"next\" href=\"/sources?page=4\">Next</a></nav>\n");
	buf_reset(&b);
	pager_html(&b, "/", 2, 0, "Newer", "Older");
	assert_string_equal(b.data, "<nav class=\"pager\" aria-label=\"Pages\">"
				    "<a rel=\"prev\" href=\"/?page=1\">Newer</a></nav>\n");
	buf_release(&b);
}

static void outlet_names_are_never_dates_paths_or_words(void **state)
{
	char n[128];
	(void)state;
	outlet_display("Kabul Ledger", NULL, NULL, n, sizeof(n));
	assert_string_equal(n, "Kabul Ledger");
	outlet_display("12 March 2024", "https://www.news.example/", NULL, n, sizeof(n));
	assert_string_equal(n, "news.example");
	outlet_display("2024-03-12", NULL, "https://a.example/x", n, sizeof(n));
	assert_string_equal(n, "a.example");
	outlet_display("file:///home/me/page.html", NULL, "file:///home/me/page.html", n,
		       sizeof(n));
	assert_string_equal(n, "unknown outlet");
	outlet_display("Share", NULL, NULL, n, sizeof(n));
	assert_string_equal(n, "unknown outlet");
	outlet_display(NULL, NULL, "https://b.example:8080/y", n, sizeof(n));
	assert_string_equal(n, "b.example");
}

/*
 * An event is told in words: its actors by name (its source alone when it
 * names no target, "unnamed" for a source it does not name) and its deed by
 * CAMEO's label beside the code; a code the table does not know stays a code.
 */
static void events_are_told_in_words(void **state)
{
	struct stored_event e;
	char w[EVENT_WORDS];
	(void)state;
	memset(&e, 0, sizeof(e));
	e.source = "IRNGOV";
	e.target = "AFGREB";
	event_actors(&e, w, sizeof(w));
	assert_string_equal(w, "Iran government → Taliban");
	e.target = "";
	event_actors(&e, w, sizeof(w));
	assert_string_equal(w, "Iran government");
	e.target = NULL;
	event_actors(&e, w, sizeof(w));
	assert_string_equal(w, "Iran government");
	e.source = "";
	e.target = "IRN";
	event_actors(&e, w, sizeof(w));
	assert_string_equal(w, "unnamed → Iran");
	event_deed("112", w, sizeof(w));
	assert_string_equal(w, "Accuse (CAMEO 112)");
	event_deed("042", w, sizeof(w));
	assert_string_equal(w, "Make a visit (CAMEO 042)");
	event_deed("999", w, sizeof(w));
	assert_string_equal(w, "CAMEO 999");
	event_deed(NULL, w, sizeof(w));
	assert_string_equal(w, "CAMEO ?");
}

static void actors_are_named_and_keyed(void **state)
{
	char n[64];
	(void)state;
	actor_name("AFGREB", n, sizeof(n));
	assert_string_equal(n, "Taliban");
	actor_name("IRNGOV", n, sizeof(n));
	assert_string_equal(n, "Iran government");
	actor_name("XYZ", n, sizeof(n));
	assert_string_equal(n, "XYZ");
	/* a country the table leaves out is named as the dictionaries name it */
	actor_name("UKR", n, sizeof(n));
	assert_string_equal(n, "Ukraine");
	actor_name("UKRMIL", n, sizeof(n));
	assert_string_equal(n, "Ukraine military");
	actor_name("BIH", n, sizeof(n));
	assert_string_equal(n, "Bosnia and Herzegovina");
	actor_name("GNB", n, sizeof(n));
	assert_string_equal(n, "Guinea-Bissau");
	/* a code past a known start that no role reads: the dictionaries' actor of that code */
	actor_name("IGOEEU", n, sizeof(n));
	assert_string_equal(n, "European Union");
	actor_name("IGONAT", n, sizeof(n));
	assert_string_equal(n, "NATO");
	actor_name("IMGALQ", n, sizeof(n));
	assert_string_equal(n, "al-Qaeda");
	actor_name("IRNNGO", n, sizeof(n));
	assert_string_equal(n, "Iran NGOs");
	/* a code of several roles: the first names it, the others in brackets */
	actor_name("IRNMEDGOV", n, sizeof(n));
	assert_string_equal(n, "Iran media (government)");
	actor_name("IRNGOVMED", n, sizeof(n));
	assert_string_equal(n, "Iran government (media)");
	actor_name("IRNELIGOVMIL", n, sizeof(n));
	assert_string_equal(n, "Iran elites (government, military)");
	actor_name("AFGOPPELI", n, sizeof(n));
	assert_string_equal(n, "Afghan opposition elites");
	actor_name("IMGISIKHR", n, sizeof(n));
	assert_string_equal(n, "Islamic State Khorasan");
	actor_name("ASA", n, sizeof(n));
	assert_string_equal(n, "Asia");
	/* a role twice or a run that is no role keeps its code */
	actor_name("IRNGOVGOV", n, sizeof(n));
	assert_string_equal(n, "Iran (IRNGOVGOV)");
	actor_name("IRNGOVXY", n, sizeof(n));
	assert_string_equal(n, "Iran (IRNGOVXY)");
	actor_key("AFGREBGOV", n, sizeof(n));
	assert_string_equal(n, "AFGREB");
	actor_key("IRNMIL", n, sizeof(n));
	assert_string_equal(n, "IRN");
	assert_true(actor_code_ok("IRN"));
	assert_false(actor_code_ok("irn"));
	assert_false(actor_code_ok("I<R"));
}

static void render_is_repeatable_and_api_and_feed_escape(void **state)
{
	/* web_handle renders afresh, the same each time; JSON and Atom escape in their own way */
	struct web_response a, b;
	assert_int_equal(get(*state, "GET", "/dyads", NULL, &a), 200);
	assert_int_equal(get(*state, "GET", "/dyads", NULL, &b), 200);
	assert_string_equal(a.body.data, b.body.data);
	web_response_release(&a);
	web_response_release(&b);
	assert_int_equal(get(*state, "GET", "/api/v1/articles", NULL, &a), 200);
	assert_string_equal(a.content_type, "application/json");
	assert_non_null(strstr(a.body.data, "\"title\":\"Kabul & Tehran <talk>\""));
	web_response_release(&a);
	assert_int_equal(get(*state, "GET", "/feed.atom", NULL, &a), 200);
	assert_non_null(strstr(a.body.data, "<title>Kabul &amp; Tehran &lt;talk&gt;</title>"));
	web_response_release(&a);
}

/* ---- colour contrast of the stylesheet (WCAG 2.x) ---- */

struct palette {
	char name[24][16];
	unsigned rgb[24];
	size_t n;
};

/* The custom properties "--name:#rrggbb" of the block after `start` up to its '}'. */
static void palette_read(const char *css, const char *start, struct palette *p)
{
	const char *s = strstr(css, start), *end;
	assert_non_null(s);
	s += strlen(start);
	end = strchr(s, '}');
	assert_non_null(end);
	while ((s = strstr(s, "--")) != NULL && s < end && p->n < 24) {
		const char *colon = strchr(s, ':');
		size_t len = (size_t)(colon - s - 2);
		unsigned v;
		assert_true(colon && len < 16);
		memcpy(p->name[p->n], s + 2, len);
		p->name[p->n][len] = 0;
		assert_int_equal(colon[1], '#');
		if (sscanf(colon + 2, "%6x", &v) == 1 &&
		    strspn(colon + 2, "0123456789abcdefABCDEF") == 6)
			p->rgb[p->n] = v;
		else if (sscanf(colon + 2, "%3x", &v) == 1) /* #rgb */
			p->rgb[p->n] = ((v >> 8 & 15) * 17) << 16 | ((v >> 4 & 15) * 17) << 8 |
				       (v & 15) * 17;
		p->n++;
		s = colon;
	}
}

/* A colour of `mode`, else of the light palette it overrides. */
static unsigned colour(const struct palette *mode, const struct palette *light, const char *name)
{
	size_t i;
	for (i = 0; i < mode->n; i++)
		if (!strcmp(mode->name[i], name))
			return mode->rgb[i];
	for (i = 0; i < light->n; i++)
		if (!strcmp(light->name[i], name))
			return light->rgb[i];
	fail_msg("the stylesheet has no --%s", name);
	return 0;
}

static double channel(unsigned v)
{
	double c = (double)v / 255.0;
	return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(unsigned rgb)
{
	return 0.2126 * channel(rgb >> 16 & 255) + 0.7152 * channel(rgb >> 8 & 255) +
	       0.0722 * channel(rgb & 255);
}

static double contrast(unsigned a, unsigned b)
{
	double la = luminance(a), lb = luminance(b);
	return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

/*
 * Every text colour of the stylesheet on every background it is drawn
 * on has a contrast of at least 4.5:1 (WCAG AA), in light and dark; the
 * focus ring 3:1 on each background it can surround. A colour used in a
 * rule that no pair names fails the test, so a new one gets checked.
 */
static void stylesheet_contrast_meets_wcag_aa(void **state)
{
	static const char *const text[][2] = {
		{ "fg", "bg" },       { "muted", "bg" },
		{ "link", "bg" },                       /* body, .meta, links */
		{ "coop", "bg" },     { "conf", "bg" }, /* event scores */
		{ "fg", "card" },     { "muted", "card" },
		{ "link", "card" }, /* cards, timeline labels */
		{ "fg", "attr" },     { "link", "attr" },
		{ "muted", "attr" },  /* "Read more" box */
		{ "fg", "mark" },     /* search matches */
		{ "bandfg", "band" }, /* the header */
	};
	static const char *const ring[] = { "bg", "band", "card", "attr" };
	static const char *const modes[] = { ":root{", "(prefers-color-scheme:dark){:root{" };
	struct web_response res;
	struct palette light = { 0 }, dark = { 0 };
	const char *css, *u;
	size_t m, i;

	assert_int_equal(get(*state, "GET", "/static/style.css", NULL, &res), 200);
	css = res.body.data;
	assert_non_null(strstr(css, "outline:3px solid var(--focus)"));
	palette_read(css, modes[0], &light);
	palette_read(css, modes[1], &dark);
	for (m = 0; m < 2; m++) {
		const struct palette *p = m ? &dark : &light;
		for (i = 0; i < sizeof(text) / sizeof(text[0]); i++) {
			double r = contrast(colour(p, &light, text[i][0]),
					    colour(p, &light, text[i][1]));
			if (r < 4.5)
				fail_msg("%s: --%s on --%s is %.2f:1, under 4.5:1",
					 m ? "dark" : "light", text[i][0], text[i][1], r);
		}
		for (i = 0; i < sizeof(ring) / sizeof(ring[0]); i++) {
			double r = contrast(colour(p, &light, "focus"), colour(p, &light, ring[i]));
			if (r < 3.0)
				fail_msg("%s: the focus ring on --%s is %.2f:1, under 3:1",
					 m ? "dark" : "light", ring[i], r);
		}
	}
	/* every colour a rule draws text or a background with is one of the pairs' */
	for (u = css; (u = strstr(u, "var(--")) != NULL; u += 6) {
		char name[16] = "";
		/* borders, strokes and fills draw no text */
		int known = (u - css >= 7 && !strncmp(u - 7, "stroke:", 7)) ||
			    (u - css >= 5 && !strncmp(u - 5, "fill:", 5)) ||
			    (u - css >= 6 && !strncmp(u - 6, "solid ", 6));
		sscanf(u + 6, "%15[a-z]", name);
		for (i = 0; !known && i < sizeof(text) / sizeof(text[0]); i++)
			known = !strcmp(name, text[i][0]) || !strcmp(name, text[i][1]);
		known |= !strcmp(name, "focus");
		if (!known)
			fail_msg("--%s is drawn without a contrast check", name);
	}
	web_response_release(&res);
}

/* A store of its own in a new temporary directory `d` (64 bytes), file `p` (96). */
static struct store *temp_store(char *d, char *p)
{
	struct store *st;
	snprintf(d, 64, "/tmp/brief-web-t-XXXXXX");
	assert_non_null(mkdtemp(d));
	snprintf(p, 96, "%s/t.db", d);
	assert_int_equal(store_open(&st, p, NULL), 0);
	return st;
}

static void temp_store_close(struct store *st, const char *d, const char *p)
{
	static const char *const ext[] = { "",        "-wal",        "-shm",
					   "-search", "-search-wal", "-search-shm" };
	char f[128];
	size_t i;
	store_close(st);
	for (i = 0; i < sizeof(ext) / sizeof(ext[0]); i++) {
		snprintf(f, sizeof(f), "%s%s", p, ext[i]);
		unlink(f);
	}
	rmdir(d);
}

/* Store one article of `outlet` (NULL: none known) in `st`; its id. */
static int64_t put_report(struct store *st, const char *url, const char *outlet,
			  const char *published, const char *title, const char *text)
{
	struct article_in a;
	struct document d = { url, "text/html", text, strlen(text), NULL };
	enum store_put_result w;
	struct error err = { 0 };
	int64_t id = 0;
	char home[128];

	memset(&a, 0, sizeof(a));
	snprintf(home, sizeof(home), "https://%s.example/", outlet ? outlet : "none");
	a.url = url;
	a.title = title;
	a.text = text;
	a.source = outlet;
	a.source_url = outlet ? home : NULL;
	a.published = published;
	if (store_article_put(st, &d, &a, &id, &w, &err) < 0)
		fail_msg("storing %s: %s", url, err.msg);
	return id;
}

/*
 * The front page's top stories are the latest week's stories told by more
 * than one outlet, ranked by independent sources, each linking every
 * outlet's version; a story older than the week is not among them.
 */
static void front_page_ranks_top_stories_by_independent_sources(void **state)
{
	char d[64], p[96], f[128];
	struct store *st;
	struct web_response res;
	struct error err = { 0 };
	int64_t first, second, old;
	size_t done;
	const char *b;

	(void)state;
	st = temp_store(d, p);
	first = put_report(st, "https://ledger.example/dam", "ledger", "2024-05-02T09:00:00Z",
			   "Helmand dam talks stall over water quota",
			   "Negotiators from Kabul and Tehran left the Helmand dam talks "
			   "without agreement on the water quota for the Sistan wetlands.");
	second = put_report(st, "https://courier.example/dam", "courier", "2024-05-03T10:00:00Z",
			    "No deal on Helmand water quota",
			    "The Sistan wetlands will wait longer: talks in Kabul on the Helmand "
			    "water quota and the dam ended with no deal, negotiators said.");
	old = put_report(st, "https://ledger.example/old", "ledger", "2024-04-01T09:00:00Z",
			 "Helmand dam water quota talks open",
			 "Talks on the Helmand dam and the water quota for the Sistan wetlands "
			 "open in Kabul, negotiators said.");
	put_report(st, "https://courier.example/cup", "courier", "2024-05-04T10:00:00Z",
		   "Herat wins the cricket cup",
		   "Herat beat Kandahar by six wickets in the final.");
	assert_int_equal(store_term_stats_refresh(st, 1, &err), 0);
	assert_int_equal(related_update(st, 0, &done, &err), 0);

	assert_int_equal(get(st, "GET", "/", NULL, &res), 200);
	b = strstr(res.body.data, "Top stories");
	assert_non_null(b);
	snprintf(f, sizeof(f), "href=\"/story/%lld\">Told by 2 outlets in 2 reports",
		 (long long)first);
	assert_non_null(strstr(b, f));
	snprintf(f, sizeof(f), "href=\"/article/%lld\"", (long long)old);
	{
		/* the old report is outside the week: not in the top stories section */
		const char *end = strstr(b, "</section>");
		const char *hit = strstr(b, f);
		assert_non_null(end);
		assert_true(!hit || hit > end);
	}
	web_response_release(&res);

	/* the story page lists both outlets' reports */
	snprintf(f, sizeof(f), "/story/%lld", (long long)first);
	assert_int_equal(get(st, "GET", f, NULL, &res), 200);
	snprintf(f, sizeof(f), "href=\"/article/%lld\"", (long long)second);
	assert_non_null(strstr(res.body.data, f));
	assert_non_null(strstr(res.body.data, "2 reports by 2 outlets"));
	web_response_release(&res);

	temp_store_close(st, d, p);
}

/* An event of `text` (one sentence) between a and b, of code `code` and score `g`, in year/month. */
static void put_event(struct event *e, const char *text, const char *a, const char *b,
		      const char *code, double g, int y, int m)
{
	memset(e, 0, sizeof(*e));
	snprintf(e->source, sizeof(e->source), "%s", a);
	snprintf(e->target, sizeof(e->target), "%s", b);
	snprintf(e->code, sizeof(e->code), "%s", code);
	snprintf(e->root, sizeof(e->root), "%.2s", code);
	e->goldstein = g;
	e->quad = g < 0 ? 4 : 2;
	e->date.y = y;
	e->date.m = m;
	e->date.prec = DP_MONTH;
	e->s_len = (uint32_t)strlen(text);
	e->v_len = 4;
}

/*
 * A fresh store (temp_store) holding one report in the ledger at `url`,
 * published at `published`, whose `text` coded the `n` events of `ev`
 * (put_event); the report's id in *id.
 */
static struct store *store_with_events(char *d, char *p, const char *url, const char *published,
				       const char *title, const char *text, struct event *ev,
				       size_t n, int64_t *id)
{
	struct store *st = temp_store(d, p);
	struct event_list l = { 0 };
	struct error err = { 0 };

	*id = put_report(st, url, "ledger", published, title, text);
	l.v = ev;
	l.n = n;
	assert_int_equal(store_events_replace(st, *id, &l, text, &err), 0);
	return st;
}

/*
 * Three reports of `text` coding one strike both ways round (ISR-IRN and
 * IRN-ISR, 190, June 2025): id[0] a story's original, id[1] its copy,
 * id[2] an own report.
 */
static void put_strike_reports(struct store *st, const char *text, int64_t id[3])
{
	struct error err = { 0 };
	struct event ev[2];
	struct event_list l = { 0 };
	size_t i;

	id[0] = put_report(st, "https://ledger.example/war", "ledger", "2025-07-08T09:00:00Z",
			   "Strikes between Israel and Iran", text);
	id[1] = put_report(st, "https://courier.example/war", "courier", "2025-07-09T09:00:00Z",
			   "Israel and Iran trade strikes", text);
	id[2] = put_report(st, "https://herald.example/war", "herald", "2025-07-10T09:00:00Z",
			   "Israel and Iran at war", text);
	assert_int_equal(store_group_set(st, id[0], id[0], 1.0, &err), 0);
	assert_int_equal(store_group_set(st, id[1], id[0], 0.9, &err), 0);
	assert_int_equal(store_group_set(st, id[2], id[2], 1.0, &err), 0);
	for (i = 0; i < 3; i++) {
		put_event(&ev[0], text, "ISR", "IRN", "190", -10.0, 2025, 6);
		put_event(&ev[1], text, "IRN", "ISR", "190", -10.0, 2025, 6);
		l.v = ev;
		l.n = 2;
		assert_int_equal(store_events_replace(st, id[i], &l, text, &err), 0);
	}
}

/*
 * A relationship's row in /dyads and the timeline it links to count the
 * same events: AFG is Afghanistan without the Taliban (AFGREB), a key actor
 * with a row of its own, in the row's count, in its latest year and on the page.
 */
static void dyad_row_and_timeline_count_the_same_events(void **state)
{
	char d[64], p[96];
	struct store *st;
	struct web_response res;
	struct event ev[3];
	const char *text = "Kabul and Washington signed a trade accord after the raids.";
	int64_t id;

	(void)state;
	put_event(&ev[0], text, "AFGGOV", "USA", "057", 7.0, 2024, 5);
	put_event(&ev[1], text, "USA", "AFGGOV", "111", -3.0, 2022, 4);
	put_event(&ev[2], text, "AFGREB", "USA", "190", -10.0, 2024, 3);
	st = store_with_events(d, p, "https://ledger.example/accord", "2024-05-02T09:00:00Z",
			       "Kabul and Washington sign an accord", text, ev, 3, &id);

	assert_int_equal(get(st, "GET", "/dyads", NULL, &res), 200);
	assert_non_null(strstr(res.body.data, "href=\"/dyad/AFG/USA\">Afghanistan – United "
					      "States</a></td><td class=\"n\">2</td><td "
					      "class=\"n\">+2.0</td><td>2024 (+7.0)</td>"));
	web_response_release(&res);
	assert_int_equal(get(st, "GET", "/dyad/AFG/USA", NULL, &res), 200);
	assert_non_null(strstr(res.body.data, " · 2 events, mean Goldstein balance +2.0 · "));
	assert_null(strstr(res.body.data, "Taliban →"));
	web_response_release(&res);
	assert_int_equal(get(st, "GET", "/api/v1/dyads", NULL, &res), 200);
	assert_non_null(strstr(res.body.data, "\"a\":\"AFG\",\"a_name\":\"Afghanistan\",\"b\":"
					      "\"USA\",\"b_name\":\"United States\",\"events\":2,"
					      "\"balance\":2.0,\"latest_year\":\"2024\","
					      "\"latest_balance\":7.0,\"previous_balance\":-3.0"));
	web_response_release(&res);
	assert_int_equal(get(st, "GET", "/api/v1/dyads/AFG/USA", NULL, &res), 200);
	assert_null(strstr(res.body.data, "AFGREB"));
	assert_non_null(strstr(res.body.data, "\"mean_goldstein\":7.0"));
	web_response_release(&res);
	/* the Taliban's row and timeline hold the Taliban's event */
	assert_int_equal(get(st, "GET", "/dyad/AFGREB/USA", NULL, &res), 200);
	assert_non_null(strstr(res.body.data, " · 1 event, mean Goldstein balance -10.0 · "));
	web_response_release(&res);
	temp_store_close(st, d, p);
}

/*
 * A period's summary on a dyad's timeline follows its mean Goldstein score:
 * two events of a cooperation class with negative scores (pessimistic
 * comments) make a conflictual year, whatever the class counts say.
 */
static void dyad_period_label_follows_the_mean(void **state)
{
	char d[64], p[96];
	struct store *st;
	struct web_response res;
	struct event ev[3];
	const char *text = "Kabul and Tehran each doubted the talks would succeed.";
	int64_t id;

	(void)state;
	put_event(&ev[0], text, "AFG", "IRN", "012", -0.4, 2019, 5);
	put_event(&ev[1], text, "IRN", "AFG", "012", -0.6, 2019, 6);
	put_event(&ev[2], text, "IRN", "AFG", "057", 8.0, 2023, 2);
	ev[0].quad = ev[1].quad = 1; /* verbal cooperation: CAMEO's class of 012 */
	st = store_with_events(d, p, "https://ledger.example/doubts", "2023-05-02T09:00:00Z",
			       "Doubts over the talks", text, ev, 3, &id);

	assert_int_equal(get(st, "GET", "/dyad/AFG/IRN", NULL, &res), 200);
	/* over more than three years: by year */
	assert_non_null(strstr(res.body.data, "<title>2019: 2 events, mean -0.5, conflictual on "
					      "balance (2 of cooperation, 0 of conflict)</title>"));
	assert_non_null(strstr(res.body.data, "<title>2023: 1 event, mean +8.0, cooperative on "
					      "balance (1 of cooperation, 0 of conflict)</title>"));
	assert_non_null(strstr(res.body.data, "<title>2020: no events</title>"));
	assert_non_null(strstr(res.body.data, "<tr><td>2019</td><td class=\"n\">2</td><td "
					      "class=\"n\">2</td><td class=\"n\">0</td><td "
					      "class=\"n\">-0.5 conflictual</td></tr>"));
	web_response_release(&res);
	temp_store_close(st, d, p);
}

/* The briefing's key events tell an event once, however many copies of its story coded it. */
static void briefing_tells_copies_of_an_event_once(void **state)
{
	char d[64], p[96], f[64];
	struct store *st;
	struct web_response res;
	const char *text = "Jets of Israel and Iran struck each other's bases in June.";
	const char *b, *end;
	int64_t id[3];
	size_t told = 0;

	(void)state;
	st = temp_store(d, p);
	put_strike_reports(st, text, id);
	assert_int_equal(get(st, "GET", "/briefing", NULL, &res), 200);
	b = strstr(res.body.data, "<h2>Key events</h2>");
	assert_non_null(b);
	end = strstr(b, "</ol>");
	assert_non_null(end);
	for (; (b = strstr(b, "<li>")) && b < end; b++)
		told++;
	/* once from the story and its copy, once from the own report */
	assert_int_equal(told, 2);
	/* each by its deed in words, without the code */
	assert_non_null(strstr(res.body.data, " · Use conventional military force</p>"));
	assert_null(strstr(res.body.data, "(CAMEO 190)"));
	snprintf(f, sizeof(f), "href=\"/article/%lld\"", (long long)id[2]);
	assert_non_null(strstr(res.body.data, f));
	web_response_release(&res);
	temp_store_close(st, d, p);
}

/*
 * A day's briefing, like every list, tells a deed of a story by its
 * original, not by the copy that happens to come first: here the copy is
 * stored before its original and both code the same strike of one day.
 */
static void briefing_day_tells_a_deed_by_its_original(void **state)
{
	char d[64], p[96], f[64];
	struct store *st;
	struct web_response res;
	struct error err = { 0 };
	struct event ev;
	struct event_list l = { 0 };
	const char *text = "Drones of Israel struck a depot in Iran on Tuesday.";
	int64_t copy, orig;
	int i;

	(void)state;
	st = temp_store(d, p);
	copy = put_report(st, "https://courier.example/depot", "courier", "2025-07-08T11:00:00Z",
			  "Israeli drones hit Iranian depot", text);
	orig = put_report(st, "https://ledger.example/depot", "ledger", "2025-07-08T09:00:00Z",
			  "Drones strike a depot in Iran", text);
	assert_int_equal(store_group_set(st, orig, orig, 1.0, &err), 0);
	assert_int_equal(store_group_set(st, copy, orig, 0.95, &err), 0);
	for (i = 0; i < 2; i++) {
		put_event(&ev, text, "ISR", "IRN", "195", -10.0, 2025, 7);
		ev.date.d = 8;
		ev.date.prec = DP_DAY;
		l.v = &ev;
		l.n = 1;
		assert_int_equal(store_events_replace(st, i ? orig : copy, &l, text, &err), 0);
	}
	assert_int_equal(get(st, "GET", "/briefing/2025-07-08", NULL, &res), 200);
	snprintf(f, sizeof(f), "Article: <a href=\"/article/%lld\"", (long long)orig);
	assert_non_null(strstr(res.body.data, f));
	snprintf(f, sizeof(f), "Article: <a href=\"/article/%lld\"", (long long)copy);
	assert_null(strstr(res.body.data, f));
	web_response_release(&res);
	temp_store_close(st, d, p);
}

/*
 * One event is "1 event" wherever a count is written, and a timeline's
 * labels never overlap: of 29 years the last is named, the one just
 * before it is not.
 */
static void counts_and_timeline_labels_read_well(void **state)
{
	char d[64], p[96];
	struct store *st;
	struct web_response res;
	struct event ev[3];
	const char *text = "Iran and the Taliban met; Iran later sanctioned Washington.";
	int64_t id;

	(void)state;
	put_event(&ev[0], text, "IRN", "AFGREB", "040", 1.0, 1998, 5);
	put_event(&ev[1], text, "IRN", "AFGREB", "040", 1.0, 2026, 1);
	put_event(&ev[2], text, "IRN", "USA", "163", -8.0, 2026, 1);
	st = store_with_events(d, p, "https://ledger.example/met", "2026-02-02T09:00:00Z",
			       "Iran and the Taliban meet", text, ev, 3, &id);
	assert_int_equal(get(st, "GET", "/actor/IRN", NULL, &res), 200);
	assert_non_null(strstr(res.body.data, "1 event, balance -8.0"));
	assert_null(strstr(res.body.data, "1 events"));
	web_response_release(&res);
	assert_int_equal(get(st, "GET", "/", NULL, &res), 200);
	assert_null(strstr(res.body.data, "1 events"));
	web_response_release(&res);
	assert_int_equal(get(st, "GET", "/dyad/AFGREB/IRN", NULL, &res), 200);
	assert_non_null(strstr(res.body.data, ">1998</text>"));
	assert_non_null(strstr(res.body.data, ">2022</text>"));
	assert_non_null(strstr(res.body.data, ">2026</text>"));
	assert_null(strstr(res.body.data, ">2025</text>"));
	web_response_release(&res);
	temp_store_close(st, d, p);
}

/*
 * A path, query value or query key that is not UTF-8 is the client's
 * error, a 400 on every kind of reply: a page (never echoing the byte),
 * a feed and the API (JSON, never a 500).
 */
static void request_not_utf8_is_refused(void **state)
{
	static const char *const paths[] = { "/search", "/search.atom", "/api/v1/search" };
	struct web_response res;
	struct web_request req = { .method = "GET", .q = "Kabul\xff" };
	size_t i;

	for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		req.path = paths[i];
		web_handle(*state, &req, &res);
		assert_int_equal(res.status, 400);
		assert_true(utf8_valid(res.body.data, res.body.len));
		if (i == 2) {
			assert_string_equal(res.content_type, "application/json");
			assert_non_null(strstr(res.body.data, "not valid UTF-8"));
		}
		web_response_release(&res);
	}
	req.q = NULL;
	req.path = "/api/v1/articles";
	req.unknown = "x\xc3";
	web_handle(*state, &req, &res);
	assert_int_equal(res.status, 400);
	assert_non_null(strstr(res.body.data, "not valid UTF-8"));
	web_response_release(&res);
	req.unknown = NULL;
	req.path = "/tag/\xfe";
	web_handle(*state, &req, &res);
	assert_int_equal(res.status, 400);
	web_response_release(&res);
	/* a word of another script is no fault */
	req.path = "/search";
	req.q = "Tehr\xc4\x81n";
	web_handle(*state, &req, &res);
	assert_int_equal(res.status, 200);
	web_response_release(&res);
}

/*
 * A search page announces the feed of its query only when the query can be
 * run: a query refused (a dangling AND, an order not known) is a 400 whose
 * head names no feed, for that feed would be a 400 as well.
 */
static void refused_search_announces_no_feed(void **state)
{
	static const char *const qs[] = { "Kabul AND", "Kabul", "Kabul" };
	static const char *const sorts[] = { NULL, "bogus", "date" };
	struct web_response res;
	struct web_request req = { .method = "GET", .path = "/search" };
	size_t i;

	for (i = 0; i < 3; i++) {
		req.q = qs[i];
		req.sort = sorts[i];
		web_handle(*state, &req, &res);
		assert_int_equal(res.status, i < 2 ? 400 : 200);
		if (i < 2)
			assert_null(strstr(res.body.data, "href=\"/search.atom?q="));
		else
			assert_non_null(strstr(res.body.data, "href=\"/search.atom?q=Kabul\""));
		web_response_release(&res);
	}
}

/* How many times `needle` is in `hay`. */
static size_t count_of(const char *hay, const char *needle)
{
	size_t n = 0;
	for (; (hay = strstr(hay, needle)); hay++)
		n++;
	return n;
}

/* GET `where` (200 expected): how many times `needle` is in the body. */
static size_t count_in(struct store *st, const char *where, const char *needle)
{
	struct web_response res;
	size_t n;
	assert_int_equal(get(st, "GET", where, NULL, &res), 200);
	n = count_of(res.body.data, needle);
	web_response_release(&res);
	return n;
}

/* GET `where` (200 expected): whether the body has `needle`. */
static int has(struct store *st, const char *where, const char *needle)
{
	struct web_response res;
	int yes;
	assert_int_equal(get(st, "GET", where, NULL, &res), 200);
	yes = strstr(res.body.data, needle) != NULL;
	if (!yes)
		print_message("# %s has no %s\n", where, needle);
	web_response_release(&res);
	return yes;
}

/*
 * A deed is listed and counted once wherever the site lists or counts
 * events, however many copies of its story coded it and whichever way
 * round: the story and its copy tell one strike, the own report another,
 * so every list and count of Iran and Israel says 2, and the strike the
 * copy told too links the copy ("also reported by").
 */
static void event_lists_and_counts_tell_each_deed_once(void **state)
{
	char d[64], p[96], f[160];
	struct store *st;
	struct web_response res;
	const char *text = "Jets of Israel and Iran struck each other's bases in June.";
	const char *b, *end;
	int64_t id[3];
	size_t told = 0;

	(void)state;
	st = temp_store(d, p);
	put_strike_reports(st, text, id);
	assert_true(has(st, "/dyads",
			"href=\"/dyad/IRN/ISR\">Iran – Israel</a></td><td "
			"class=\"n\">2</td>"));
	assert_true(has(st, "/dyad/IRN/ISR", " · 2 events, mean Goldstein balance -10.0 · 2 of "));
	assert_int_equal(count_in(st, "/dyad/IRN/ISR", "class=\"meta deed\""), 2);
	/* the original stands for its story, and links its copy */
	snprintf(f, sizeof(f), "Article: <a href=\"/article/%lld\">", (long long)id[0]);
	assert_true(has(st, "/dyad/IRN/ISR", f));
	snprintf(f, sizeof(f), "Also reported by <a href=\"/article/%lld\">courier</a>",
		 (long long)id[1]);
	assert_true(has(st, "/dyad/IRN/ISR", f));
	assert_int_equal(count_in(st, "/dyad/IRN/ISR", "Also reported by"), 1);
	assert_int_equal(count_in(st, "/dyad/IRN/ISR.atom", "<entry>"), 2);
	snprintf(f, sizeof(f),
		 "<link rel=\"related\" type=\"text/html\" href=\"/article/%lld\" "
		 "title=\"courier\"/>",
		 (long long)id[1]);
	assert_true(has(st, "/dyad/IRN/ISR.atom", f));
	assert_int_equal(count_in(st, "/api/v1/dyads/IRN/ISR", "\"also_reported_by\""), 2);
	assert_true(has(st, "/api/v1/dyads/IRN/ISR", "{\"period\":\"2025\",\"events\":2,"));
	snprintf(f, sizeof(f), "\"also_reported_by\":[{\"article_id\":%lld,\"outlet\":\"courier\"",
		 (long long)id[1]);
	assert_true(has(st, "/api/v1/dyads/IRN/ISR", f));
	assert_true(has(st, "/actor/IRN", "Actor code IRN · 2 events · "));
	assert_int_equal(count_in(st, "/actor/IRN", "class=\"meta deed\""), 2);
	assert_true(has(st, "/api/v1/actors", "{\"code\":\"IRN\",\"name\":\"Iran\",\"events\":2,"));
	assert_true(has(st, "/api/v1/actors/IRN", "\"events_total\":2,"));
	assert_int_equal(count_in(st, "/api/v1/actors/IRN", "\"also_reported_by\""), 2);
	assert_int_equal(count_in(st, "/api/v1/events", "\"also_reported_by\""), 2);
	/* the briefing's API tells the key events its page tells */
	assert_int_equal(get(st, "GET", "/briefing", NULL, &res), 200);
	b = strstr(res.body.data, "<h2>Key events</h2>");
	assert_non_null(b);
	end = strstr(b, "</ol>");
	assert_non_null(end);
	for (; (b = strstr(b, "<li>")) && b < end; b++)
		told++;
	web_response_release(&res);
	assert_int_equal(told, 2);
	assert_int_equal(count_in(st, "/api/v1/briefing", "\"also_reported_by\""), told);
	{
		/* the copy's outlet keeps its copy: a list filtered folds what passes */
		struct web_request req = { .method = "GET",
					   .path = "/api/v1/events",
					   .source = "courier" };
		web_handle(st, &req, &res);
		assert_int_equal(res.status, 200);
		snprintf(f, sizeof(f), "\"article_id\":%lld,\"source\":", (long long)id[1]);
		assert_non_null(strstr(res.body.data, f));
		assert_int_equal(count_of(res.body.data, "\"also_reported_by\""), 1);
		web_response_release(&res);
		req.path = "/api/v1/dyads";
		web_handle(st, &req, &res);
		assert_int_equal(res.status, 200);
		assert_non_null(
			strstr(res.body.data, "\"b\":\"ISR\",\"b_name\":\"Israel\",\"events\":1,"));
		web_response_release(&res);
	}
	temp_store_close(st, d, p);
}

/*
 * An actor's recent articles tell a story once, by its original: the copy
 * published a day later is left out of the page, its feed and its API twin,
 * an article of its own is kept.
 */
static void actor_articles_tell_a_story_once(void **state)
{
	char d[64], p[96], f[64];
	struct store *st;
	struct error err = { 0 };
	struct event ev[1];
	struct event_list l = { 0 };
	const char *text = "Iran closed the Milak crossing to trucks from Herat.";
	int64_t id[3];
	size_t i;

	(void)state;
	st = temp_store(d, p);
	id[0] = put_report(st, "https://ledger.example/milak", "ledger", "2025-03-01T09:00:00Z",
			   "Milak closed", text);
	id[1] = put_report(st, "https://courier.example/milak", "courier", "2025-03-02T09:00:00Z",
			   "Iran shuts Milak", text);
	id[2] = put_report(st, "https://herald.example/zaranj", "herald", "2025-02-01T09:00:00Z",
			   "Zaranj market", text);
	assert_int_equal(store_group_set(st, id[0], id[0], 1.0, &err), 0);
	assert_int_equal(store_group_set(st, id[1], id[0], 0.9, &err), 0);
	assert_int_equal(store_group_set(st, id[2], id[2], 1.0, &err), 0);
	for (i = 0; i < 3; i++) {
		put_event(&ev[0], text, "IRN", "AFG", "192", -4.0, 2025, 3);
		l.v = ev;
		l.n = 1;
		assert_int_equal(store_events_replace(st, id[i], &l, text, &err), 0);
	}
	for (i = 0; i < 3; i++) {
		snprintf(f, sizeof(f), "<a class=\"t\" href=\"/article/%lld\">", (long long)id[i]);
		assert_int_equal(count_in(st, "/actor/IRN", f), i == 1 ? 0 : 1);
		snprintf(f, sizeof(f), "<id>tag:brief.invalid,2024:article/%lld</id>",
			 (long long)id[i]);
		assert_int_equal(count_in(st, "/actor/IRN.atom", f), i == 1 ? 0 : 1);
	}
	assert_int_equal(count_in(st, "/actor/IRN.atom", "<entry>"), 2);
	snprintf(f, sizeof(f), "\"id\":%lld,\"title\":", (long long)id[1]);
	assert_int_equal(count_in(st, "/api/v1/actors/IRN", f), 0);
	snprintf(f, sizeof(f), "\"id\":%lld,\"title\":", (long long)id[0]);
	assert_int_equal(count_in(st, "/api/v1/actors/IRN", f), 1);
	temp_store_close(st, d, p);
}

/*
 * Two deeds coded from one sentence are listed under it once, on the
 * actor's page and the relationship's: each deed its own line, by name.
 */
static void events_of_one_sentence_show_it_once(void **state)
{
	char d[64], p[128];
	const char *text = "The Iranian envoy travelled to Kabul and held talks with the Taliban.";
	char where[64];
	struct event ev[2];
	struct store *st;
	int64_t id;

	(void)state;
	put_event(&ev[0], text, "IRNGOV", "AFGREB", "042", 1.9, 2025, 4);
	put_event(&ev[1], text, "IRNGOV", "AFGREB", "040", 1.0, 2025, 4);
	st = store_with_events(d, p, "https://ledger.example/envoy", "2025-04-02T09:00:00Z",
			       "Envoy in Kabul", text, ev, 2, &id);
	assert_int_equal(count_in(st, "/actor/IRN", "The Iranian envoy travelled"), 1);
	assert_int_equal(count_in(st, "/actor/IRN", "Make a visit (CAMEO 042)"), 1);
	assert_int_equal(count_in(st, "/actor/IRN", "Consult (CAMEO 040)"), 1);
	assert_int_equal(count_in(st, "/actor/IRN", "Iran government → Taliban"), 2);
	assert_int_equal(count_in(st, "/dyad/AFGREB/IRN", "The Iranian envoy travelled"), 1);
	assert_int_equal(count_in(st, "/dyad/AFGREB/IRN", "Iran government → Taliban · "), 2);
	/* the article's page too: both deeds, the sentence once */
	snprintf(where, sizeof(where), "/article/%lld", (long long)id);
	assert_int_equal(count_in(st, where, "<blockquote class=\"ev\">The Iranian envoy"), 1);
	assert_int_equal(count_in(st, where, "Iran government → Taliban: "), 2);
	temp_store_close(st, d, p);
}

/*
 * An actor's events are those of its codes: AFG takes AFGGOV, a
 * sub-actor its page links, but not AFGREB (the Taliban), a key actor
 * counted apart, as the relationships count them; the page, its API twin
 * and the events API agree.
 */
static void actor_takes_its_sub_actors_not_key_actors_apart(void **state)
{
	char d[64], p[96];
	struct store *st;
	struct event ev[3];
	const char *text = "Kabul and Washington signed a trade accord after the raids.";
	int64_t id;

	(void)state;
	put_event(&ev[0], text, "AFG", "USA", "057", 8.0, 2024, 5);
	put_event(&ev[1], text, "AFGGOV", "USA", "036", 4.0, 2024, 5);
	put_event(&ev[2], text, "AFGREB", "USA", "190", -10.0, 2024, 3);
	st = store_with_events(d, p, "https://ledger.example/accord", "2024-05-02T09:00:00Z",
			       "Kabul and Washington sign an accord", text, ev, 3, &id);
	assert_true(has(st, "/actor/AFG", "Actor code AFG · 2 events · "));
	assert_true(has(st, "/actor/AFG",
			"Includes: <a href=\"/actor/AFGGOV\">Afghanistan "
			"government</a> (1)"));
	assert_true(
		has(st, "/actor/AFG", "Counted apart: <a href=\"/actor/AFGREB\">Taliban</a> (1)"));
	assert_int_equal(count_in(st, "/actor/AFG", "class=\"meta deed\""), 2);
	assert_int_equal(count_in(st, "/actor/AFG", "Taliban →"), 0);
	assert_true(has(st, "/dyad/AFG/USA", " · 2 events, "));
	assert_true(has(st, "/api/v1/actors/AFG", "\"events_total\":2,"));
	assert_int_equal(count_in(st, "/api/v1/actors/AFG", "\"source\":\"AFGREB\""), 0);
	assert_int_equal(count_in(st, "/api/v1/actors/AFG", "\"source\":\"AFGGOV\""), 1);
	assert_true(has(st, "/api/v1/actors",
			"{\"code\":\"AFG\",\"name\":\"Afghanistan\",\"events\":2,"));
	assert_true(has(st, "/actor/AFGREB", "Actor code AFGREB · 1 event · "));
	assert_true(has(st, "/actor/AFGGOV", "Actor code AFGGOV · 1 event · "));
	temp_store_close(st, d, p);
}

/* GET `where` with query values `q` and `unknown`: the status, the body into msg. */
static int get_with(struct store *st, const char *where, const char *q, const char *page,
		    const char *unknown, char *msg, size_t n)
{
	struct web_request req = { .method = "GET", .path = where, .q = q, .page = page };
	struct web_response res;
	int status;
	req.unknown = unknown;
	web_handle(st, &req, &res);
	snprintf(msg, n, "%s", res.body.data ? res.body.data : "");
	status = res.status;
	web_response_release(&res);
	return status;
}

/*
 * Every API endpoint refuses a query parameter it does not take with a
 * 400 whose JSON names it; a page ignores one (a tracking tag in a link).
 */
static void api_refuses_parameters_it_does_not_take(void **state)
{
	static const char *const endpoints[] = {
		"/api/v1/openapi.json",  "/api/v1/articles",  "/api/v1/articles/1",
		"/api/v1/search",        "/api/v1/sources",   "/api/v1/sources/1",
		"/api/v1/actors",        "/api/v1/events",    "/api/v1/dyads",
		"/api/v1/stories",       "/api/v1/briefing",  "/api/v1/actors/IRN",
		"/api/v1/dyads/IRN/USA", "/api/v1/stories/1", "/api/v1/tags/x",
	};
	char msg[512];
	size_t i;

	for (i = 0; i < sizeof(endpoints) / sizeof(endpoints[0]); i++) {
		assert_int_equal(
			get_with(*state, endpoints[i], NULL, NULL, "foo", msg, sizeof(msg)), 400);
		assert_non_null(strstr(msg,
				       "{\"error\":{\"status\":400,\"message\":\"unknown query "
				       "parameter \\\"foo\\\": this endpoint takes "));
	}
	assert_int_equal(get_with(*state, "/api/v1/articles", "x", NULL, NULL, msg, sizeof(msg)),
			 400);
	assert_non_null(strstr(msg, "query parameter \\\"q\\\": this endpoint takes source, lang, "
				    "since, until, tag, actor, page\""));
	assert_int_equal(get_with(*state, "/api/v1/briefing", NULL, "2", NULL, msg, sizeof(msg)),
			 400);
	assert_non_null(strstr(msg, "\\\"page\\\": this endpoint takes none"));
	assert_int_equal(get_with(*state, "/api/v1/articles", NULL, "1", NULL, msg, sizeof(msg)),
			 200);
	assert_int_equal(get_with(*state, "/api/v1/search", "kabul", "1", NULL, msg, sizeof(msg)),
			 200);
	assert_int_equal(get_with(*state, "/", NULL, NULL, "utm_source", msg, sizeof(msg)), 200);
}

/* An article stored with the image `image` and the text `text`: its page. */
static void article_html(struct store *st, const char *url, const char *outlet, const char *image,
			 const char *text, struct web_response *res)
{
	struct article_in a;
	struct document d = { url, "text/html", text, strlen(text), NULL };
	enum store_put_result w;
	struct error err = { 0 };
	int64_t id = 0;
	char page[64];

	memset(&a, 0, sizeof(a));
	a.url = url;
	a.title = "Water talks";
	a.text = text;
	a.source = outlet;
	a.image = image;
	a.published = "2024-05-02";
	if (store_article_put(st, &d, &a, &id, &w, &err) < 0)
		fail_msg("storing %s: %s", url, err.msg);
	snprintf(page, sizeof(page), "/article/%lld", (long long)id);
	assert_int_equal(get(st, "GET", page, NULL, res), 200);
}

/*
 * The article page: the lead image (http(s) only) as a figure and in
 * OpenGraph, headings kept as headings, and an outlet that is not known
 * shown as the page's host, or "unknown outlet" for a local file, whose
 * path is never shown (and its site's name when it has one).
 */
static void article_page_shows_image_headings_and_outlet(void **state)
{
	char d[64], p[96];
	struct store *st;
	struct web_response res;
	const char *b;

	(void)state;
	st = temp_store(d, p);
	article_html(
		st, "https://news.example.org/water", NULL,
		"https://photos.harbour-news.net/dam.jpg",
		"Talks on the dam ended.\n\nWhat comes next\n\nA second round is set for June.",
		&res);
	b = res.body.data;
	assert_non_null(strstr(b, "<figure><img src=\"https://photos.harbour-news.net/dam.jpg\""));
	assert_non_null(strstr(
		b,
		"<meta property=\"og:image\" content=\"https://photos.harbour-news.net/dam.jpg\""));
	assert_non_null(strstr(b, "<h2>What comes next</h2>"));
	assert_non_null(strstr(b, "<p>A second round is set for June.</p>"));
	assert_non_null(strstr(b, "<p class=\"meta\">news.example.org · "));
	web_response_release(&res);
	/* a table's cells, one short block each, are no headings; the heading after them is */
	article_html(st, "https://news.example.org/water5", NULL, NULL,
		     "Talks on the dam ended.\n\nTerms of the accord\n\nClause\n\nWhat it "
		     "says\n\nShare\n\nA third of the flow\n\nDry years\n\nLess for "
		     "both\n\nWhat comes next\n\nA second round is set for June.",
		     &res);
	b = res.body.data;
	assert_null(strstr(b, "<h2>Terms of the accord</h2>"));
	assert_null(strstr(b, "<h2>Clause</h2>"));
	assert_null(strstr(b, "<h2>A third of the flow</h2>"));
	assert_null(strstr(b, "<h2>Less for both</h2>"));
	assert_non_null(strstr(b, "<p>Dry years</p>"));
	assert_non_null(strstr(b, "<h2>What comes next</h2>"));
	web_response_release(&res);

	/* an image at a name reserved never to resolve (a made-up outlet's) would never load */
	article_html(st, "https://news.example.org/water4", NULL,
		     "https://news.example.org/dam.jpg",
		     "Talks on the dam ended. A fourth round is set.", &res);
	assert_null(strstr(res.body.data, "<figure>"));
	assert_null(strstr(res.body.data, "dam.jpg"));
	web_response_release(&res);

	article_html(st, "https://news.example.org/water2", NULL, "data:image/png;base64,AAAA",
		     "Talks on the dam ended. A second round is set.", &res);
	assert_null(strstr(res.body.data, "<figure>"));
	assert_null(strstr(res.body.data, "data:image"));
	web_response_release(&res);

	article_html(st, "file:///home/someone/saved/water.html", NULL, NULL,
		     "Talks on the dam ended. A second round is set.", &res);
	assert_non_null(strstr(res.body.data, "<p class=\"meta\">unknown outlet · "));
	assert_null(strstr(res.body.data, "file:"));
	assert_null(strstr(res.body.data, "/home/someone"));
	web_response_release(&res);
	/* a local page whose site the extractor named: its name, kept without an outlet row */
	article_html(st, "file:///home/someone/saved/water3.html", "Harbour Gazette", NULL,
		     "Talks on the weir ended. A third round is set.", &res);
	assert_non_null(strstr(res.body.data, "<p class=\"meta\">Harbour Gazette · "));
	assert_null(strstr(res.body.data, "/home/someone"));
	web_response_release(&res);
	temp_store_close(st, d, p);
}

/*
 * The stylesheet's layouts: dark colours by prefers-color-scheme, a narrow
 * layout where the search box takes the row, a print layout without the
 * site's chrome that prints links' addresses, images that never overflow,
 * and a viewport meta on every page.
 */
static void stylesheet_has_dark_narrow_and_print_layouts(void **state)
{
	struct web_response res;
	const char *css, *print;
	assert_int_equal(get(*state, "GET", "/static/style.css", NULL, &res), 200);
	css = res.body.data;
	assert_non_null(strstr(css, "@media (prefers-color-scheme:dark){:root{--fg:"));
	assert_non_null(strstr(css, "@media (max-width:480px){"));
	assert_non_null(strstr(css, "form.search{margin-left:0;width:100%}"));
	/*
	 * a column's heading and a button's label are one word, never broken
	 * inside it; a table too wide for a narrow screen scrolls by itself
	 */
	assert_non_null(strstr(css, "th,button{overflow-wrap:normal}"));
	assert_non_null(strstr(strstr(css, "@media (max-width:480px){"),
			       "th{font-size:12px}table{display:block;overflow-x:auto}"));
	assert_non_null(strstr(css, "figure img{max-width:100%;height:auto}"));
	print = strstr(css, "@media print{");
	assert_non_null(print);
	assert_non_null(strstr(print, "header.site,footer,form,nav,.skip{display:none}"));
	assert_non_null(strstr(print, "attr(href)"));
	web_response_release(&res);
	assert_int_equal(get(*state, "GET", "/", NULL, &res), 200);
	assert_non_null(strstr(res.body.data, "<meta name=\"viewport\" "
					      "content=\"width=device-width,initial-scale=1\">"));
	web_response_release(&res);
}

/* The store's source_id op, failing as a broken database does. */
static int source_id_fails(struct store *st, const char *source_url, int64_t *id, struct error *err)
{
	(void)st;
	(void)source_url;
	*id = 0;
	return error_set(err, ERR_DB, "reading an outlet's id: disk I/O error");
}

/* The store's article_count op, failing as a broken database does. */
static int count_fails(struct store *st, int64_t *n, struct error *err)
{
	(void)st;
	*n = 0;
	return error_set(err, ERR_DB, "counting articles: disk I/O error");
}

/* /healthz is healthy only when the database answers: a count that fails is a 503. */
static void healthz_fails_when_the_store_does(void **state)
{
	struct store *st = *state;
	const struct store_ops *ops = st->ops;
	struct store_ops broken = *ops;
	struct web_response res;

	assert_int_equal(get(st, "GET", "/healthz", NULL, &res), 200);
	assert_non_null(strstr(res.body.data, "{\"status\":\"ok\",\"articles\":1,\"events\":0}"));
	web_response_release(&res);
	broken.article_count = count_fails;
	st->ops = &broken;
	get(st, "GET", "/healthz", NULL, &res);
	st->ops = ops;
	assert_int_equal(res.status, 503);
	assert_non_null(strstr(res.body.data, "disk I/O error"));
	assert_null(strstr(res.body.data, "\"ok\""));
	assert_string_equal(res.cache_control, "no-store");
	web_response_release(&res);
}

static int read_begin_fails(struct store *st, struct error *err)
{
	(void)st;
	return error_set(err, ERR_DB, "database is locked");
}

/*
 * When the database cannot be read at all, every route is a 503: the API's
 * in its JSON error, as its OpenAPI document says, a page as a page.
 */
static void unreadable_store_is_a_503_in_each_form(void **state)
{
	struct store *st = *state;
	const struct store_ops *ops = st->ops;
	struct store_ops broken = *ops;
	struct web_response api, probe, page;

	broken.read_begin = read_begin_fails;
	st->ops = &broken;
	get(st, "GET", "/api/v1/articles", NULL, &api);
	get(st, "GET", "/healthz", NULL, &probe);
	get(st, "GET", "/", NULL, &page);
	st->ops = ops; /* before any check: the tests after this one share the store */
	assert_int_equal(api.status, 503);
	assert_string_equal(api.content_type, "application/json");
	assert_string_equal(api.body.data, "{\"error\":{\"status\":503,\"message\":\"the database "
					   "cannot be read just now\"}}\n");
	assert_int_equal(probe.status, 503);
	assert_string_equal(probe.content_type, "application/json");
	assert_int_equal(page.status, 503);
	assert_non_null(strstr(page.content_type, "text/html"));
	web_response_release(&api);
	web_response_release(&probe);
	web_response_release(&page);
}

/*
 * A page or reply that names an article's outlet: when the outlet's id
 * cannot be read, a server error (500), never the article shown with its
 * outlet unlinked, as if the store knew none. The store's source_id op is
 * swapped for one that fails (engine.h: the ops the store calls).
 */
static void unreadable_outlet_is_an_error(void **state)
{
	static const char *const paths[] = { "/",
					     "/article/1",
					     "/story/1",
					     "/api/v1/articles",
					     "/api/v1/articles/1",
					     "/api/v1/sources/1",
					     "/api/v1/stories/1",
					     "/api/v1/briefing" };
	struct store *st = *state;
	const struct store_ops *ops = st->ops;
	struct store_ops broken = *ops;
	struct web_response res;
	size_t i;

	broken.source_id = source_id_fails;
	for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		if (get(st, "GET", paths[i], NULL, &res) != 200)
			fail_msg("%s: %d %s", paths[i], res.status, res.body.data);
		if (strncmp(paths[i], "/api/", 5))
			assert_non_null(strstr(res.body.data, "href=\"/source/1\""));
		else
			assert_non_null(strstr(res.body.data, "\"outlet_id\":1"));
		web_response_release(&res);
		st->ops = &broken;
		get(st, "GET", paths[i], NULL, &res);
		st->ops = ops;
		if (res.status != 500) {
			web_response_release(&res);
			fail_msg("%s with the outlet unreadable: %d", paths[i], res.status);
		}
		assert_null(strstr(res.body.data, "o.example"));
		if (!strncmp(paths[i], "/api/", 5))
			assert_non_null(strstr(res.body.data, "disk I/O error"));
		web_response_release(&res);
	}
	assert_int_equal(search(st, "Kabul", &res), 200);
	assert_non_null(strstr(res.body.data, "href=\"/source/1\""));
	web_response_release(&res);
	st->ops = &broken;
	assert_int_equal(search(st, "Kabul", &res), 500);
	st->ops = ops;
	web_response_release(&res);
}

/* The store's copies, article_actors and actor_pairs ops, failing as a broken database does. */
static int copies_fail(struct store *st, int64_t article_id, struct article_list *out,
		       struct error *err)
{
	(void)st;
	(void)article_id;
	memset(out, 0, sizeof(*out));
	return error_set(err, ERR_DB, "reading the copies: disk I/O error");
}

static int article_actors_fail(struct store *st, int64_t article_id, char ***actors, size_t *n,
			       struct error *err)
{
	(void)st;
	(void)article_id;
	*actors = NULL;
	*n = 0;
	return error_set(err, ERR_DB, "reading the actors: disk I/O error");
}

static int article_tags_fail(struct store *st, int64_t article_id, char ***tags, size_t *n,
			     struct error *err)
{
	(void)st;
	(void)article_id;
	*tags = NULL;
	*n = 0;
	return error_set(err, ERR_DB, "reading the tags: disk I/O error");
}

static int article_events_fail(struct store *st, int64_t article_id, struct stored_event_list *out,
			       struct error *err)
{
	(void)st;
	(void)article_id;
	memset(out, 0, sizeof(*out));
	return error_set(err, ERR_DB, "reading the events: disk I/O error");
}

static int latest_groups_fail(struct store *st, size_t limit, size_t offset,
			      struct search_results *out, struct error *err)
{
	(void)st;
	(void)limit;
	(void)offset;
	memset(out, 0, sizeof(*out));
	return error_set(err, ERR_DB, "reading the latest: disk I/O error");
}

static int related_stored_fail(struct store *st, int64_t article_id, size_t limit,
			       struct search_results *out, struct error *err)
{
	(void)st;
	(void)article_id;
	(void)limit;
	memset(out, 0, sizeof(*out));
	return error_set(err, ERR_DB, "reading the related news: disk I/O error");
}

static int events_page_fail(struct store *st, const char *a, const char *b,
			    const struct search_query *f, size_t limit, size_t offset,
			    struct stored_event_list *out, struct error *err)
{
	(void)st;
	(void)a;
	(void)b;
	(void)f;
	(void)limit;
	(void)offset;
	memset(out, 0, sizeof(*out));
	return error_set(err, ERR_DB, "reading the events: disk I/O error");
}

static int group_of_fail(struct store *st, int64_t article_id, int64_t *group_id, struct error *err)
{
	(void)st;
	(void)article_id;
	*group_id = 0;
	return error_set(err, ERR_DB, "reading a group: disk I/O error");
}

/* The ops the failing ones stand in for. */
static const struct store_ops *working_ops;

/* (the first `actor_pairs_pass` reads pass: an actor's page reads its sub-actors first) */
static size_t actor_pairs_pass;
static int actor_pairs_fail(struct store *st, const char *actor, const struct search_query *f,
			    struct actor_pair_list *out, struct error *err)
{
	if (actor_pairs_pass) {
		actor_pairs_pass--;
		return working_ops->actor_pairs(st, actor, f, out, err);
	}
	memset(out, 0, sizeof(*out));
	return error_set(err, ERR_DB, "reading the actor pairs: disk I/O error");
}

/* The store's article_get op, failing after the first `article_get_pass` reads. */
static size_t article_get_pass;
static int article_get_fails_later(struct store *st, int64_t id, struct article *out,
				   struct error *err)
{
	if (article_get_pass) {
		article_get_pass--;
		return working_ops->article_get(st, id, out, err);
	}
	memset(out, 0, sizeof(*out));
	return error_set(err, ERR_DB, "reading an article: disk I/O error");
}

/*
 * A page, feed or reply with a part the store cannot read is a server
 * error (500) that says why where the page has room for it, never the
 * page without that part: an article's copies, actors, tags, events,
 * related and latest news, an event's other tellings, a story's reports,
 * a day's stories, the relationships and a relationship's totals. One op
 * at a time is swapped for one that fails (engine.h: the ops the store
 * calls).
 */
static void unreadable_parts_are_errors(void **state)
{
	/* (an event's other tellings are read as the copies of its article) */
	static const char *const copies_paths[] = { "/article/1",           "/story/1",
						    "/briefing/2024-05-02", "/briefing",
						    "/dyad/AFG/USA",        "/actor/AFG",
						    "/dyad/AFG/USA.atom",   NULL };
	static const char *const actors_paths[] = { "/article/1", "/actor/AFG",
						    "/api/v1/actors/AFG", "/actor/AFG.atom", NULL };
	static const char *const pairs_paths[] = { "/",
						   "/dyads",
						   "/briefing",
						   "/actor/AFG",
						   "/dyad/AFG/USA",
						   "/api/v1/actors/AFG",
						   "/api/v1/actors",
						   "/api/v1/dyads",
						   "/api/v1/briefing",
						   NULL };
	static const char *const get_paths[] = { "/story/1", "/briefing/2024-05-02",
						 "/story/1.atom", NULL };
	static const char *const article_paths[] = { "/article/1", NULL };
	static const char *const latest_paths[] = { "/article/1", "/briefing", "/api/v1/briefing",
						    NULL };
	static const char *const events_paths[] = { "/briefing", "/api/v1/events",
						    "/api/v1/briefing", "/api/v1/dyads/AFG/USA",
						    NULL };
	/* (the key events, each deed once: by its story's group) */
	static const char *const group_paths[] = { "/briefing", "/api/v1/briefing", NULL };
	/* the pages that say why: those set whole by the failing read's message */
	static const char *const told[] = { "/story/1", "/briefing/2024-05-02", "/dyads", NULL };
	/* (and those that say it when the read that fails is one op's) */
	static const struct {
		size_t op;
		const char *path;
	} told_by[] = { { 2, "/dyad/AFG/USA" }, { 6, "/briefing" }, { 8, "/briefing" } };
	char d[64], p[96];
	struct store *st;
	struct web_response res;
	struct error err = { 0 };
	struct event ev[2];
	struct event_list l = { 0 };
	const char *text = "Kabul and Washington signed a trade accord after the talks.";
	const struct store_ops *ops;
	struct store_ops broken[10];
	const char *const *paths[10] = { copies_paths,  actors_paths,  pairs_paths,  get_paths,
					 article_paths, article_paths, latest_paths, article_paths,
					 events_paths,  group_paths };
	int64_t id[2];
	size_t i, k, j;

	(void)state;
	st = temp_store(d, p);
	id[0] = put_report(st, "https://ledger.example/accord", "ledger", "2024-05-02T09:00:00Z",
			   "Kabul and Washington sign an accord", text);
	id[1] = put_report(st, "https://courier.example/accord", "courier", "2024-05-02T10:00:00Z",
			   "An accord for Kabul and Washington", text);
	assert_int_equal(id[0], 1);
	assert_int_equal(store_group_set(st, id[0], id[0], 1.0, &err), 0);
	assert_int_equal(store_group_set(st, id[1], id[0], 0.9, &err), 0);
	put_event(&ev[0], text, "AFGGOV", "USA", "057", 7.0, 2024, 5);
	put_event(&ev[1], text, "USA", "AFGGOV", "111", -3.0, 2022, 4);
	l.v = ev;
	l.n = 2;
	assert_int_equal(store_events_replace(st, id[0], &l, text, &err), 0);

	ops = st->ops;
	for (k = 0; k < 10; k++)
		broken[k] = *ops;
	broken[0].copies = copies_fail;
	broken[1].article_actors = article_actors_fail;
	broken[2].actor_pairs = actor_pairs_fail;
	broken[3].article_get = article_get_fails_later;
	broken[4].article_tags = article_tags_fail;
	broken[5].article_events = article_events_fail;
	broken[6].latest_groups = latest_groups_fail;
	broken[7].related_stored = related_stored_fail;
	broken[8].events_page = events_page_fail;
	broken[9].group_of = group_of_fail;
	working_ops = ops;
	for (k = 0; k < 10; k++)
		for (i = 0; paths[k][i]; i++) {
			const char *at = paths[k][i];
			int says = !strncmp(at, "/api/", 5);
			for (j = 0; told[j]; j++)
				says |= !strcmp(at, told[j]);
			for (j = 0; j < sizeof(told_by) / sizeof(told_by[0]); j++)
				says |= told_by[j].op == k && !strcmp(at, told_by[j].path);
			if (get(st, "GET", at, NULL, &res) != 200)
				fail_msg("%s: %d %s", at, res.status, res.body.data);
			web_response_release(&res);
			/* a story's reports, after its story and first report are read; a day's */
			article_get_pass = strncmp(at, "/story/", 7) ? 0
					   : strstr(at, ".atom")     ? 1
								     : 2;
			/* the actor page's partners, not its sub-actors; the API's first read */
			actor_pairs_pass = !strncmp(at, "/actor/", 7) ? 1 : 0;
			st->ops = &broken[k];
			get(st, "GET", at, NULL, &res);
			st->ops = ops;
			if (res.status != 500) {
				web_response_release(&res);
				fail_msg("%s with op %zu failing: %d", at, k, res.status);
			}
			if (says && !strstr(res.body.data, "disk I/O error")) {
				web_response_release(&res);
				fail_msg("%s with op %zu failing does not say why", at, k);
			}
			web_response_release(&res);
		}
	temp_store_close(st, d, p);
}

/* GET `where`: its status, and its Location into `to` (64 bytes). */
static int get_moved(struct store *st, const char *where, char *to)
{
	struct web_request req = { .method = "GET", .path = where };
	struct web_response res;
	web_handle(st, &req, &res);
	snprintf(to, 64, "%.63s", res.location);
	web_response_release(&res);
	return res.status;
}

/*
 * Each actor and relationship has one URL, in capitals, a relationship's
 * in the order /dyads lists it: another spelling is a 301 to it (query
 * values kept), and a page links only that one. An actor named by
 * nothing, or an actor "and" itself, is a 404 on every route alike.
 * /actors lists the actors, each linking its page.
 */
static void actors_and_relationships_have_one_url(void **state)
{
	char d[64], p[96], to[64];
	struct store *st;
	struct web_response res;
	struct event ev[1];
	const char *text = "Iran and the Taliban clashed at the border.";
	int64_t id;

	(void)state;
	put_event(&ev[0], text, "IRN", "AFGREB", "190", -10.0, 2024, 2);
	st = store_with_events(d, p, "https://ledger.example/clash", "2024-02-02T09:00:00Z",
			       "Clash at the border", text, ev, 1, &id);

	assert_int_equal(get_moved(st, "/dyad/AFGREB/IRN", to), 200);
	assert_int_equal(get_moved(st, "/dyad/IRN/AFGREB", to), 301);
	assert_string_equal(to, "/dyad/AFGREB/IRN");
	assert_int_equal(get_moved(st, "/dyad/irn/afgreb", to), 301);
	assert_string_equal(to, "/dyad/AFGREB/IRN");
	assert_int_equal(get_moved(st, "/dyad/IRN/AFGREB.atom", to), 301);
	assert_string_equal(to, "/dyad/AFGREB/IRN.atom");
	assert_int_equal(get_moved(st, "/api/v1/dyads/IRN/AFGREB", to), 301);
	assert_string_equal(to, "/api/v1/dyads/AFGREB/IRN");
	{
		struct web_request req = { .method = "GET",
					   .path = "/api/v1/dyads/IRN/AFGREB",
					   .sort = "month",
					   .since = "2020" };
		web_handle(st, &req, &res);
		assert_int_equal(res.status, 301);
		assert_string_equal(res.location, "/api/v1/dyads/AFGREB/IRN?sort=month&since=2020");
		assert_non_null(strstr(res.body.data, "\"location\":\"/api/v1/dyads/AFGREB/IRN?"));
		web_response_release(&res);
	}
	assert_int_equal(get_moved(st, "/actor/irn", to), 301);
	assert_string_equal(to, "/actor/IRN");
	assert_int_equal(get_moved(st, "/actor/irn.atom", to), 301);
	assert_string_equal(to, "/actor/IRN.atom");
	assert_int_equal(get_moved(st, "/api/v1/actors/irn", to), 301);
	assert_string_equal(to, "/api/v1/actors/IRN");
	/* named by nothing, in any case, or with itself: 404 */
	assert_int_equal(get_moved(st, "/actor/zzq", to), 404);
	assert_int_equal(get_moved(st, "/actor/ZZQ", to), 404);
	assert_int_equal(get_moved(st, "/api/v1/actors/zzq", to), 404);
	assert_int_equal(get_moved(st, "/dyad/IRN/ZZQ", to), 404);
	assert_int_equal(get_moved(st, "/api/v1/dyads/IRN/ZZQ", to), 404);
	assert_int_equal(get_moved(st, "/dyad/IRN/IRN", to), 404);
	assert_int_equal(get_moved(st, "/api/v1/dyads/IRN/IRN", to), 404);
	assert_int_equal(get_moved(st, "/dyad/IRN/IRN.atom", to), 404);
	/* a code read rightly that no article or event here names */
	assert_int_equal(get_moved(st, "/dyad/AFGREB/USA", to), 404);
	/* the pages link the one URL */
	assert_int_equal(get(st, "GET", "/actor/IRN", NULL, &res), 200);
	assert_non_null(strstr(res.body.data, "href=\"/dyad/AFGREB/IRN\""));
	assert_null(strstr(res.body.data, "href=\"/dyad/IRN/AFGREB\""));
	web_response_release(&res);
	snprintf(to, 64, "/article/%lld", (long long)id);
	assert_int_equal(get(st, "GET", to, NULL, &res), 200);
	assert_null(strstr(res.body.data, "href=\"/dyad/IRN/AFGREB\""));
	web_response_release(&res);
	/* /actors lists each key actor with its events, linked from every page's nav */
	assert_int_equal(get(st, "GET", "/actors", NULL, &res), 200);
	assert_non_null(strstr(res.body.data, "<a href=\"/actors\">Actors</a>"));
	assert_non_null(strstr(res.body.data, "<tr><td><a href=\"/actor/AFGREB\">Taliban</a></td>"
					      "<td>AFGREB</td><td class=\"n\">1</td></tr>"));
	assert_non_null(strstr(res.body.data, "<tr><td><a href=\"/actor/IRN\">Iran</a></td>"
					      "<td>IRN</td><td class=\"n\">1</td></tr>"));
	web_response_release(&res);
	assert_int_equal(get(st, "GET", "/actors", "2", &res), 200);
	assert_non_null(strstr(res.body.data, "past the last page"));
	web_response_release(&res);
	assert_int_equal(get(st, "GET", "/actors", "0", &res), 400);
	web_response_release(&res);
	temp_store_close(st, d, p);
}

/*
 * An article's own list of events tells a deed coded both ways round once,
 * as every other list does; a deed of another date, or another code, stays.
 */
static void article_events_tell_each_deed_once(void **state)
{
	char d[64], p[96], where[64], msg[8192];
	struct store *st;
	struct event ev[4];
	struct error err = { 0 };
	const char *text = "Iranian and Taliban forces exchanged fire at the border.";
	int64_t id;

	(void)state;
	put_event(&ev[0], text, "IRNMIL", "AFGREB", "190", -10.0, 2023, 5);
	put_event(&ev[1], text, "AFGREB", "IRNMIL", "190", -10.0, 2023, 5);
	put_event(&ev[2], text, "AFGREB", "IRNMIL", "190", -10.0, 2023, 6);
	put_event(&ev[3], text, "AFGREB", "IRNMIL", "111", -2.0, 2023, 5);
	st = store_with_events(d, p, "https://ledger.example/fire", "2023-05-27T09:00:00Z",
			       "Fire at the border", text, ev, 4, &id);
	snprintf(where, sizeof(where), "/article/%lld", (long long)id);
	assert_int_equal(get_with(st, where, NULL, NULL, NULL, msg, sizeof(msg)), 200);
	assert_int_equal(count_of(msg, "(CAMEO "), 3);
	assert_int_equal(count_of(msg, "Iran military → Taliban"), 1);
	snprintf(where, sizeof(where), "/api/v1/articles/%lld", (long long)id);
	assert_int_equal(get_with(st, where, NULL, NULL, NULL, msg, sizeof(msg)), 200);
	assert_int_equal(count_of(msg, "\"goldstein\""), 3);
	assert_int_equal(count_of(msg, "\"source\":\"IRNMIL\""), 1);
	/* brief dyad's series counts them as the site does: May's clash once, beside its 111 */
	{
		struct dyad_bucket *b;
		size_t n;
		assert_int_equal(dyad_series(st, "IRN", "AFGREB", 0, &b, &n, &err), 0);
		assert_int_equal(n, 2);
		assert_string_equal(b[0].period, "2023-05");
		assert_int_equal(b[0].events, 2);
		assert_int_equal(b[1].events, 1);
		free(b);
	}
	temp_store_close(st, d, p);
}

/*
 * A sentence whose target is coded at two depths (a talk of the American
 * government with Iran's, coded USAGOV>IRN and USAGOV>IRNGOV) tells one
 * deed: every list, count and series shows its most specific event once.
 * Two actors (Iran's government and military) stay two events; so does a
 * key actor under another's code (AFGREB is no part of AFG), and a
 * less specific event of the same date in another sentence.
 */
static void sentence_coded_at_two_depths_tells_one_deed(void **state)
{
	char d[64], p[96], where[64], msg[16384];
	struct store *st;
	struct event ev[7];
	struct error err = { 0 };
	const char *text = "American officials held talks with the Iranian government in Oman. "
			   "The two sides spoke again by telephone.";
	size_t second = strlen("American officials held talks with the Iranian government in "
			       "Oman. ");
	struct dyad_bucket *b;
	size_t i, n;
	int64_t id, events = 0;
	struct actor_pair_list pl;

	(void)state;
	put_event(&ev[0], text, "USAGOV", "IRN", "040", 1.0, 2024, 3);
	put_event(&ev[1], text, "USAGOV", "IRNGOV", "040", 1.0, 2024, 3);
	put_event(&ev[2], text, "IRN", "USA", "040", 1.0, 2024, 3);
	put_event(&ev[3], text, "USAGOV", "AFG", "040", 1.0, 2024, 3);
	put_event(&ev[4], text, "USAGOV", "AFGREB", "040", 1.0, 2024, 3);
	put_event(&ev[5], text, "USAGOV", "IRNMIL", "040", 1.0, 2024, 3);
	put_event(&ev[6], text, "USA", "IRNGOV", "040", 1.0, 2024, 3);
	for (i = 0; i < 6; i++)
		ev[i].s_len = (uint32_t)second - 1;
	ev[6].sentence = 1;
	ev[6].s_off = (uint32_t)second;
	ev[6].s_len = (uint32_t)(strlen(text) - second);
	st = store_with_events(d, p, "https://ledger.example/oman", "2024-03-12T09:00:00Z",
			       "Talks in Oman", text, ev, 7, &id);
	/* IRNGOV's, IRNMIL's and the telephone's; IRN's and the IRN-USA one told by them */
	assert_int_equal(get_with(st, "/dyad/IRN/USA", NULL, NULL, NULL, msg, sizeof(msg)), 200);
	assert_int_equal(count_of(msg, "class=\"meta deed\""), 3);
	assert_non_null(strstr(msg, " · 3 events, "));
	assert_int_equal(get_with(st, "/api/v1/dyads/IRN/USA", NULL, NULL, NULL, msg, sizeof(msg)),
			 200);
	assert_int_equal(count_of(msg, "\"goldstein\""), 3);
	assert_null(strstr(msg, "\"target\":\"IRN\""));
	assert_int_equal(get_with(st, "/api/v1/events", NULL, NULL, NULL, msg, sizeof(msg)), 200);
	assert_int_equal(count_of(msg, "\"goldstein\""), 5);
	snprintf(where, sizeof(where), "/article/%lld", (long long)id);
	assert_int_equal(get_with(st, where, NULL, NULL, NULL, msg, sizeof(msg)), 200);
	assert_int_equal(count_of(msg, "(CAMEO "), 5);
	snprintf(where, sizeof(where), "/api/v1/articles/%lld", (long long)id);
	assert_int_equal(get_with(st, where, NULL, NULL, NULL, msg, sizeof(msg)), 200);
	assert_int_equal(count_of(msg, "\"goldstein\""), 5);
	assert_null(strstr(msg, "\"target\":\"IRN\""));
	/* the Taliban's talk is no part of Afghanistan's */
	assert_int_equal(get_with(st, "/dyad/AFG/USA", NULL, NULL, NULL, msg, sizeof(msg)), 200);
	assert_int_equal(count_of(msg, "class=\"meta deed\""), 1);
	assert_int_equal(store_actor_pairs(st, "USA", &pl, &err), 0);
	for (i = 0; i < pl.n; i++)
		events += pl.items[i].events;
	actor_pair_list_release(&pl);
	assert_int_equal(events, 5);
	assert_int_equal(dyad_series(st, "IRN", "USA", 0, &b, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(b[0].events, 3);
	free(b);
	temp_store_close(st, d, p);
}

/*
 * A story of one report that others republished says so: never "only this
 * report" above its "Also published by".
 */
static void story_of_one_report_names_its_copies(void **state)
{
	char d[64], p[96], where[64], msg[8192];
	struct store *st;
	struct error err = { 0 };
	int64_t id[2];

	(void)state;
	st = temp_store(d, p);
	id[0] = put_report(st, "https://ledger.example/dam", "ledger", "2025-07-08T09:00:00Z",
			   "Dam talks end", "Talks on the dam ended without a deal.");
	id[1] = put_report(st, "https://courier.example/dam", "courier", "2025-07-09T09:00:00Z",
			   "Dam talks end without deal", "Talks on the dam ended without a deal.");
	snprintf(where, sizeof(where), "/story/%lld", (long long)id[0]);
	assert_int_equal(get_with(st, where, NULL, NULL, NULL, msg, sizeof(msg)), 200);
	assert_non_null(strstr(msg, "A story: only this report so far"));
	assert_int_equal(store_group_set(st, id[0], id[0], 1.0, &err), 0);
	assert_int_equal(store_group_set(st, id[1], id[0], 0.9, &err), 0);
	assert_int_equal(get_with(st, where, NULL, NULL, NULL, msg, sizeof(msg)), 200);
	assert_non_null(
		strstr(msg, "A story: one report so far, republished by 1 other outlet · "));
	assert_null(strstr(msg, "only this report"));
	assert_non_null(strstr(msg, "Also published by"));
	temp_store_close(st, d, p);
}

/*
 * Every date-time the API writes is RFC 3339, seconds and zone written out,
 * however the page wrote it: a time without seconds, a date alone.
 */
static void api_dates_are_rfc3339(void **state)
{
	char d[64], p[96], where[64], msg[4096];
	struct store *st;
	int64_t a, b;

	(void)state;
	st = temp_store(d, p);
	a = put_report(st, "https://wire.example/a", "wire", "1998-08-10T15:20Z", "Envoys missing",
		       "Envoys went missing in the north.");
	b = put_report(st, "https://wire.example/b", "wire", "1998-08-09", "Envoys late",
		       "Envoys were late in the north.");
	snprintf(where, sizeof(where), "/api/v1/articles/%lld", (long long)a);
	assert_int_equal(get_with(st, where, NULL, NULL, NULL, msg, sizeof(msg)), 200);
	assert_non_null(strstr(msg, "\"published\":\"1998-08-10T15:20:00Z\""));
	snprintf(where, sizeof(where), "/api/v1/articles/%lld", (long long)b);
	assert_int_equal(get_with(st, where, NULL, NULL, NULL, msg, sizeof(msg)), 200);
	assert_non_null(strstr(msg, "\"published\":\"1998-08-09T00:00:00Z\""));
	assert_int_equal(get_with(st, "/api/v1/sources", NULL, NULL, NULL, msg, sizeof(msg)), 200);
	assert_non_null(strstr(msg, "\"latest\":\"1998-08-10T15:20:00Z\""));
	assert_int_equal(get_with(st, "/api/v1/articles", NULL, NULL, NULL, msg, sizeof(msg)), 200);
	assert_null(strstr(msg, "15:20Z"));
	temp_store_close(st, d, p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(front_page_lists_escaped_titles),
		cmocka_unit_test(article_page_escapes_and_splits_blocks),
		cmocka_unit_test(errors_have_their_status),
		cmocka_unit_test(unreadable_outlet_is_an_error),
		cmocka_unit_test(unreadable_parts_are_errors),
		cmocka_unit_test(healthz_fails_when_the_store_does),
		cmocka_unit_test(search_page_marks_matches_and_escapes),
		cmocka_unit_test(html_escape_escapes_all_five),
		cmocka_unit_test(pager_links_what_there_is),
		cmocka_unit_test(outlet_names_are_never_dates_paths_or_words),
		cmocka_unit_test(actors_are_named_and_keyed),
		cmocka_unit_test(events_are_told_in_words),
		cmocka_unit_test(render_is_repeatable_and_api_and_feed_escape),
		cmocka_unit_test(stylesheet_contrast_meets_wcag_aa),
		cmocka_unit_test(front_page_ranks_top_stories_by_independent_sources),
		cmocka_unit_test(article_page_shows_image_headings_and_outlet),
		cmocka_unit_test(stylesheet_has_dark_narrow_and_print_layouts),
		cmocka_unit_test(dyad_row_and_timeline_count_the_same_events),
		cmocka_unit_test(dyad_period_label_follows_the_mean),
		cmocka_unit_test(unreadable_store_is_a_503_in_each_form),
		cmocka_unit_test(briefing_tells_copies_of_an_event_once),
		cmocka_unit_test(briefing_day_tells_a_deed_by_its_original),
		cmocka_unit_test(counts_and_timeline_labels_read_well),
		cmocka_unit_test(request_not_utf8_is_refused),
		cmocka_unit_test(refused_search_announces_no_feed),
		cmocka_unit_test(event_lists_and_counts_tell_each_deed_once),
		cmocka_unit_test(events_of_one_sentence_show_it_once),
		cmocka_unit_test(actor_takes_its_sub_actors_not_key_actors_apart),
		cmocka_unit_test(actor_articles_tell_a_story_once),
		cmocka_unit_test(api_refuses_parameters_it_does_not_take),
		cmocka_unit_test(api_dates_are_rfc3339),
		cmocka_unit_test(story_of_one_report_names_its_copies),
		cmocka_unit_test(article_events_tell_each_deed_once),
		cmocka_unit_test(sentence_coded_at_two_depths_tells_one_deed),
		cmocka_unit_test(actors_and_relationships_have_one_url),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
