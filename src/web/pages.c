/*
 * pages.c: the layout every page shares, the routes, and the front,
 * article, search and outlet pages.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "corpus/stories.h"
#include "corpus/query.h"
#include "corpus/related.h"
#include "util/date.h"
#include "util/escape.h"
#include "util/utf8.h"
#include "web/internal.h"

#include "util/banned.h"

/*
 * The stylesheet: readable at 320 px, light and dark by the reader's
 * setting, visible focus, and a print layout without the site's chrome.
 * Colours keep a contrast of at least 4.5:1 against their background.
 */
static const char style_css[] =
	":root{--fg:#1b1b1b;--bg:#fbfaf7;--muted:#4f5961;--link:#0f3d63;--rule:#ddd8cc;"
	"--band:#1d2b36;--bandfg:#fff;--mark:#fbe7a1;--attr:#f1ede4;--coop:#1f6f43;"
	"--conf:#a4262c;--card:#fff;--focus:#b86e00}"
	"@media (prefers-color-scheme:dark){:root{--fg:#e8e6e1;--bg:#15191c;--muted:#aeb8c0;"
	"--link:#8cc4f2;--rule:#38424a;--band:#0b1114;--bandfg:#f2f2f2;--mark:#6b5a10;"
	"--attr:#23292e;--coop:#5fcf8f;--conf:#ff8a8f;--card:#1c2226;--focus:#f0a500}}"
	"*{box-sizing:border-box}"
	"body{font:17px/1.55 Georgia,'Times New Roman',serif;color:var(--fg);background:var(--bg);"
	"margin:0;overflow-wrap:anywhere}"
	"a{color:var(--link)}"
	"a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible"
	"{outline:3px solid var(--focus);outline-offset:2px}"
	".skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5em 1em}"
	".skip:focus{left:.5em;z-index:2}"
	".vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
	"header.site{background:var(--band);color:var(--bandfg);padding:.6em 1.2em;display:flex;"
	"flex-wrap:wrap;gap:.4em 1.2em;align-items:center;font:15px/1.4 system-ui,sans-serif}"
	"header.site a{color:var(--bandfg)}"
	"header.site a.brand{font:700 1.4em/1 system-ui,sans-serif;text-decoration:none}"
	"header.site nav a{margin-right:1em;white-space:nowrap}"
	"form.search{margin-left:auto;display:flex;gap:.3em}"
	"form.search input{font:15px system-ui,sans-serif;padding:.3em .5em;border:0;"
	"border-radius:3px;width:13em;max-width:60vw}"
	"button{font:15px system-ui,sans-serif;padding:.3em .7em}"
	"main{max-width:48em;margin:0 auto;padding:1em 1.2em 3em}"
	"h1{font-size:1.9em;line-height:1.2;margin:.6em 0 .3em}"
	"h2{font:700 1.15em/1.3 system-ui,sans-serif;margin:1.6em 0 .4em}"
	"article h2{font:700 1.2em/1.3 Georgia,serif}"
	"ol.list{list-style:none;padding:0;margin:0}"
	"ol.list li{padding:.7em 0;border-bottom:1px solid var(--rule)}"
	"ol.list a.t{font-size:1.1em;font-weight:700;text-decoration:none}"
	"ol.list a.t:hover{text-decoration:underline}"
	".meta{font:14px/1.4 system-ui,sans-serif;color:var(--muted);margin:.2em 0}"
	".desc,.snip{margin:.3em 0 0}"
	".attr{background:var(--attr);border-left:4px solid #b08d57;padding:.6em .9em;"
	"font:16px/1.4 system-ui,sans-serif}"
	".attr a{font-weight:700}"
	"nav.pager{margin-top:1.5em;font:15px system-ui,sans-serif}"
	"nav.pager a{margin-right:1em}"
	"mark{background:var(--mark);color:inherit;padding:0 .1em}"
	".copies{font:14px/1.4 system-ui,sans-serif;color:var(--muted)}"
	"aside{margin-top:2em;border-top:2px solid var(--band)}"
	"aside ul,section ul{padding-left:1.1em}"
	"figure{margin:1em 0}figure img{max-width:100%;height:auto}"
	".tags a{display:inline-block;margin:0 .5em .3em 0;font:14px system-ui,sans-serif}"
	"blockquote.ev{margin:.3em 0 .2em;padding-left:.8em;border-left:3px solid var(--rule)}"
	".coop{color:var(--coop)}.conf{color:var(--conf)}"
	"table{border-collapse:collapse;width:100%;font:14px/1.4 system-ui,sans-serif}"
	"th,td{text-align:left;padding:.3em .4em;border-bottom:1px solid var(--rule)}"
	"td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}"
	"th,button{overflow-wrap:normal}"
	".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(14em,1fr));gap:.8em;"
	"padding:0;list-style:none}"
	".cards li{background:var(--card);border:1px solid var(--rule);padding:.6em .8em}"
	".cards a{font:700 1.05em system-ui,sans-serif}"
	"svg.timeline{width:100%;height:auto;background:var(--card);border:1px solid var(--rule)}"
	"svg .axis{stroke:var(--muted);stroke-width:1}"
	"svg .lbl{fill:var(--muted);font:11px system-ui,sans-serif}"
	"svg .coop{fill:var(--coop)}svg .conf{fill:var(--conf)}"
	"svg .bal{fill:none;stroke:var(--fg);stroke-width:2}"
	"svg .dot{fill:var(--fg)}"
	"footer{max-width:48em;margin:0 auto;padding:1em 1.2em;color:var(--muted);"
	"font:13px system-ui,sans-serif}"
	"@media (max-width:480px){body{font-size:16px}h1{font-size:1.5em}"
	"form.search{margin-left:0;width:100%}form.search input{flex:1;width:auto}"
	"th,td{padding:.3em .25em}th{font-size:12px}table{display:block;overflow-x:auto}}"
	"@media print{header.site,footer,form,nav,.skip{display:none}body{background:#fff;"
	"color:#000}a{color:#000}main{max-width:none}a[href^=\"http\"]::after{content:\" (\" "
	"attr(href) \")\";font-size:.8em}}";

void page_begin_h1(struct buf *b, const struct page_head *h)
{
	page_begin(b, h);
	buf_puts(b, "<h1>");
	html_escape(b, h->title);
	buf_puts(b, "</h1>\n");
}

void page_begin(struct buf *b, const struct page_head *h)
{
	buf_puts(b, "<!DOCTYPE html>\n<html lang=\"");
	html_escape(b, h->lang && *h->lang ? h->lang : "en");
	buf_puts(b, "\"><head><meta charset=\"utf-8\">"
		    "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
		    "<meta name=\"color-scheme\" content=\"light dark\"><title>");
	html_escape(b, h->title);
	buf_puts(b, h->title && *h->title ? " · brief" : "brief");
	buf_puts(b, "</title><link rel=\"stylesheet\" href=\"/static/style.css\">");
	if (h->canonical) {
		buf_puts(b, "<link rel=\"canonical\" href=\"");
		html_escape(b, h->canonical);
		buf_puts(b, "\">");
	}
	buf_puts(b, "<link rel=\"alternate\" type=\"application/atom+xml\" "
		    "title=\"brief: latest news\" href=\"/feed.atom\">");
	/* the page's own list, once: the latest news is announced above */
	if (h->feed && strcmp(h->feed, "/feed.atom")) {
		buf_puts(b, "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"");
		html_escape(b, h->title);
		buf_puts(b, "\" href=\"");
		html_escape(b, h->feed);
		buf_puts(b, "\">");
	}
	buf_puts(b, "<meta property=\"og:site_name\" content=\"brief\">"
		    "<meta property=\"og:title\" content=\"");
	html_escape(b, h->title && *h->title ? h->title : "brief");
	buf_puts(b, "\"><meta property=\"og:type\" content=\"");
	buf_puts(b, h->og_type ? h->og_type : "website");
	buf_puts(b, "\">");
	if (h->canonical) {
		buf_puts(b, "<meta property=\"og:url\" content=\"");
		html_escape(b, h->canonical);
		buf_puts(b, "\">");
	}
	if (h->desc) {
		buf_puts(b, "<meta name=\"description\" content=\"");
		html_escape(b, h->desc);
		buf_puts(b, "\"><meta property=\"og:description\" content=\"");
		html_escape(b, h->desc);
		buf_puts(b, "\">");
	}
	if (url_is_http(h->image)) {
		buf_puts(b, "<meta property=\"og:image\" content=\"");
		html_escape(b, h->image);
		buf_puts(b, "\">");
	}
	buf_puts(b,
		 "</head>\n<body><a class=\"skip\" href=\"#main\">Skip to content</a>"
		 "<header class=\"site\"><a class=\"brand\" href=\"/\">brief</a>"
		 "<nav aria-label=\"Site\"><a href=\"/\">Front page</a>"
		 "<a href=\"/briefing\">Briefing</a><a href=\"/actors\">Actors</a>"
		 "<a href=\"/dyads\">Relationships</a>"
		 "<a href=\"/sources\">Outlets</a></nav>"
		 "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
		 "<label class=\"vh\" for=\"site-q\">Search the news</label>"
		 "<input id=\"site-q\" type=\"search\" name=\"q\" placeholder=\"Search\" value=\"");
	html_escape(b, h->search_q);
	buf_puts(b, "\"><button>Search</button></form></header>\n<main id=\"main\">\n");
}

void page_end(struct buf *b)
{
	buf_puts(b, "</main>\n<footer>brief: news, extracted and stored on this machine. "
		    "<a href=\"/feed.atom\">Atom feed</a> · <a href=\"/api/v1/openapi.json\">"
		    "API</a></footer>\n</body></html>\n");
}

void pager_html(struct buf *b, const char *href, long page, int more, const char *prev,
		const char *next)
{
	buf_puts(b, "<nav class=\"pager\" aria-label=\"Pages\">");
	if (page > 1)
		buf_putf(b, "<a rel=\"prev\" href=\"%s?page=%ld\">%s</a>", href, page - 1, prev);
	if (more)
		buf_putf(b, "<a rel=\"next\" href=\"%s?page=%ld\">%s</a>", href, page + 1, next);
	buf_puts(b, "</nav>\n");
}

void set_error(struct web_response *res, int status, const char *title, const char *why)
{
	struct page_head h = { 0 };
	buf_reset(&res->body);
	res->status = status;
	res->content_type = "text/html; charset=utf-8";
	h.title = title;
	page_begin(&res->body, &h);
	buf_puts(&res->body, "<h1>");
	html_escape(&res->body, title);
	buf_puts(&res->body, "</h1>\n<p>");
	html_escape(&res->body, why);
	buf_puts(&res->body, "</p>\n<p><a href=\"/\">Front page</a> · "
			     "<a href=\"/search\">Search</a></p>\n");
	page_end(&res->body);
}

int page_number(const struct web_request *req, struct web_response *res, long *page)
{
	char *end;
	*page = 1;
	if (!req->page)
		return 0;
	errno = 0;
	*page = strtol(req->page, &end, 10);
	if (errno || *end || end == req->page || *page < 1 || *page > 100000) {
		set_error(res, 400, "Bad request", "The page number is not valid.");
		return -1;
	}
	return 0;
}

void url_encode(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '_' || c == '.' || c == '~')
			buf_putc(b, (char)c);
		else
			buf_putf(b, "%%%c%c", hex[c >> 4], hex[c & 15]);
	}
}

void web_host(const char *url, char *out, size_t n)
{
	const char *p, *e;
	size_t len;

	out[0] = 0;
	if (!url_is_http(url) || n == 0)
		return;
	p = strstr(url, "://") + 3;
	e = p + strcspn(p, "/:?#");
	len = (size_t)(e - p);
	if (len >= n)
		len = n - 1;
	memcpy(out, p, len);
	out[len] = 0;
	if (!strncmp(out, "www.", 4))
		memmove(out, out + 4, strlen(out + 4) + 1);
}

/* 1 when `s` contains `word` (lower-case ASCII), in any case. */
/* 1 when `s` is no outlet's name: a date, a path, a number, a lone common word. */
static int bad_outlet_name(const char *s)
{
	static const char *const words[] = { "home",  "news",  "share",   "menu",  "by",
					     "read",  "more",  "latest",  "staff", "search",
					     "login", "index", "article", "page",  "untitled" };
	size_t i, digits = 0, alpha = 0, len = strlen(s);

	if (!len || len > 120 || strstr(s, "://") || strchr(s, '/') || strchr(s, '\\'))
		return 1;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		digits += isdigit(c) != 0;
		alpha += isalpha(c) != 0 || c >= 0x80;
	}
	if (!alpha || digits * 2 >= len)
		return 1;
	/* "12 March 2024", "March 12, 2024": a date */
	if (digits >= 4 && len < 30) {
		const char *p;
		for (p = s; *p; p++)
			if (date_month_prefix(p))
				return 1;
	}
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (!strcasecmp(s, words[i]))
			return 1;
	return 0;
}

void outlet_display(const char *name, const char *source_url, const char *url, char *out, size_t n)
{
	if (name && !bad_outlet_name(name)) {
		snprintf(out, n, "%s", name);
		return;
	}
	web_host(source_url, out, n);
	if (!out[0])
		web_host(url, out, n);
	if (!out[0])
		snprintf(out, n, "unknown outlet");
}

void outlet_link(struct store *st, struct buf *b, const struct article *a)
{
	char name[128];
	int64_t sid;
	int r;

	/* a failed read fails the page (web_render checks `b` once), never shows it unlinked */
	if ((r = store_source_id(st, a->source_url, &sid, NULL)) < 0) {
		(void)buf_fail(b, r);
		return;
	}
	outlet_display(a->source, a->source_url, a->url, name, sizeof(name));
	if (sid > 0) {
		buf_putf(b, "<a href=\"/source/%lld\">", (long long)sid);
		html_escape(b, name);
		buf_puts(b, "</a>");
	} else {
		html_escape(b, name);
	}
}

void date_human(struct buf *b, const char *iso, int with_time)
{
	char mon[4];
	int y = 0, m = 0, d = 0, hh = -1, mm = -1;
	int got;

	if (!iso)
		return;
	got = sscanf(iso, "%4d-%2d-%2dT%2d:%2d", &y, &m, &d, &hh, &mm);
	date_month_abbrev(m, mon);
	if (got >= 3 && mon[0] && d >= 1 && d <= 31) {
		buf_putf(b, "%d %s %04d", d, mon, y);
		if (with_time && got == 5 && hh >= 0 && hh < 24 && mm >= 0 && mm < 60)
			buf_putf(b, ", %02d:%02d", hh, mm);
	} else if (got == 2 && mon[0]) {
		buf_putf(b, "%s %04d", mon, y);
	} else {
		html_escape(b, iso);
	}
}

/* <time> of a date, or nothing. */
static void time_el(struct buf *b, const char *iso, int with_time)
{
	if (!iso || !*iso)
		return;
	buf_puts(b, "<time datetime=\"");
	html_escape(b, iso);
	buf_puts(b, "\">");
	date_human(b, iso, with_time);
	buf_puts(b, "</time>");
}

/* 1 when a byline only names the outlet: "Kabul Ledger", "Kabul Ledger staff". */
static int byline_is_outlet(const char *byline, const char *outlet)
{
	size_t n = strlen(outlet);
	if (!n || strncasecmp(byline, outlet, n))
		return 0;
	return !byline[n] || !strcasecmp(byline + n, " staff");
}

/* Outlet, byline (unless it only repeats the outlet) and date, as one line. */
static void meta_line(struct store *st, struct buf *b, const struct article *a, int with_time)
{
	char name[128];

	outlet_display(a->source, a->source_url, a->url, name, sizeof(name));
	buf_puts(b, "<p class=\"meta\">");
	outlet_link(st, b, a);
	if (a->byline && *a->byline && !byline_is_outlet(a->byline, name) &&
	    (!a->source || !byline_is_outlet(a->byline, a->source)) &&
	    !bad_outlet_name(a->byline)) {
		buf_puts(b, " · ");
		html_escape(b, a->byline);
	}
	if (a->published) {
		buf_puts(b, " · ");
		time_el(b, a->published, with_time);
	}
	buf_puts(b, "</p>\n");
}

void article_list_html(struct store *st, struct buf *b, const struct article *items, size_t n)
{
	size_t i;
	buf_puts(b, "<ol class=\"list\">\n");
	for (i = 0; i < n; i++) {
		buf_putf(b, "<li><a class=\"t\" href=\"/article/%lld\">", (long long)items[i].id);
		html_escape(b, items[i].title);
		buf_puts(b, "</a>\n");
		meta_line(st, b, &items[i], 0);
		buf_puts(b, "</li>\n");
	}
	buf_puts(b, "</ol>\n");
}

/* One story of a list: title link, meta line, copies, and a snippet or description. */
static void list_item(struct store *st, struct buf *b, const struct search_hit *h,
		      const char *snippet)
{
	buf_putf(b, "<li><a class=\"t\" href=\"/article/%lld\">", (long long)h->a.id);
	html_escape(b, h->a.title);
	buf_puts(b, "</a>\n");
	meta_line(st, b, &h->a, 0);
	if (h->copies)
		buf_putf(b, "<p class=\"copies\">Also published by %zu other outlet%s</p>",
			 h->copies, h->copies == 1 ? "" : "s");
	if (snippet) {
		/* escape the text, then turn the match marks into <mark> */
		const char *p = snippet;
		buf_puts(b, "<p class=\"snip\">");
		while (*p) {
			size_t n = strcspn(p, "\x01\x02");
			struct buf part = BUF_INIT;
			buf_put(&part, p, n);
			if (buf_error(&part))
				(void)buf_fail(b, buf_error(&part));
			html_escape(b, part.data);
			buf_release(&part);
			p += n;
			if (*p == '\x01')
				buf_puts(b, "<mark>");
			else if (*p == '\x02')
				buf_puts(b, "</mark>");
			if (*p)
				p++;
		}
		buf_puts(b, "</p>");
	} else if (h->a.description) {
		buf_puts(b, "<p class=\"desc\">");
		html_escape(b, h->a.description);
		buf_puts(b, "</p>");
	}
	buf_puts(b, "</li>\n");
}

static int cmp_copies(const void *x, const void *y)
{
	const struct search_hit *a = *(const struct search_hit *const *)x;
	const struct search_hit *b = *(const struct search_hit *const *)y;
	if (a->copies != b->copies)
		return a->copies < b->copies ? 1 : -1;
	return a->a.id < b->a.id ? 1 : a->a.id > b->a.id ? -1 : 0;
}

/*
 * The relationships whose balance moved most between their two latest
 * years, among the DYAD_POOL most reported, as cards linking their
 * timelines (those with one year only come last, most reported first).
 */
#define DYAD_POOL 8
static void dyad_cards(struct store *st, struct buf *b, size_t max)
{
	struct dyad_move *d;
	size_t n, i;
	int r;

	/* a failed read fails the page (web_render checks `b` once) */
	if ((r = dyads_top(st, NULL, DYAD_POOL, &d, &n, NULL)) < 0) {
		(void)buf_fail(b, r);
		return;
	}
	if (n == 0)
		return;
	dyads_sort_by_move(d, n);
	buf_puts(b, "<section aria-labelledby=\"rel\"><h2 id=\"rel\">Relationships that moved "
		    "most</h2>\n<ul class=\"cards\">\n");
	for (i = 0; i < n && i < max; i++) {
		char an[64], bn[64];
		actor_name(d[i].a, an, sizeof(an));
		actor_name(d[i].b, bn, sizeof(bn));
		buf_puts(b, "<li><a href=\"/dyad/");
		url_encode(b, d[i].a);
		buf_putc(b, '/');
		url_encode(b, d[i].b);
		buf_puts(b, "\">");
		html_escape(b, an);
		buf_puts(b, " – ");
		html_escape(b, bn);
		buf_putf(b, "</a><p class=\"meta\">%lld event%s; balance %+.1f",
			 (long long)d[i].events, d[i].events == 1 ? "" : "s", d[i].balance);
		if (d[i].has_prev)
			buf_putf(b, "; %s: %+.1f, from %+.1f", d[i].last, d[i].last_balance,
				 d[i].prev_balance);
		buf_puts(b, "</p></li>\n");
	}
	buf_puts(b, "</ul>\n<p><a href=\"/dyads\">Every relationship</a></p></section>\n");
	free(d);
}

/*
 * Top stories: the latest week's stories (top_stories) reported by more
 * than one outlet, most independent sources first, each as its first
 * report with a link to every outlet's version. How many it listed.
 */
static size_t top_story_list(struct store *st, struct buf *b)
{
	struct story_list l;
	size_t i, shown = 0;
	int r;

	/* a failed read fails the page (web_render checks `b` once) */
	if ((r = top_stories(st, &l, NULL)) < 0) {
		(void)buf_fail(b, r);
		return 0;
	}
	for (i = 0; i < l.n && shown < 5; i++) {
		const struct story *s = &l.items[i];
		struct article a;
		if (s->sources < 2)
			continue;
		/* (one removed since the stories were read is left out) */
		if ((r = store_article_get(st, s->ids[0], &a, NULL)) == -ERR_NOTFOUND)
			continue;
		if (r < 0) {
			(void)buf_fail(b, r);
			break;
		}
		if (!shown++)
			buf_puts(b, "<section aria-labelledby=\"top\"><h2 id=\"top\">Top stories"
				    "</h2>\n<ol class=\"list\">\n");
		buf_putf(b, "<li><a class=\"t\" href=\"/article/%lld\">", (long long)a.id);
		html_escape(b, a.title);
		buf_puts(b, "</a>\n");
		meta_line(st, b, &a, 0);
		buf_putf(b,
			 "<p class=\"copies\"><a href=\"/story/%lld\">Told by %zu outlets in %zu "
			 "reports</a></p></li>\n",
			 (long long)a.id, s->sources, s->n);
		article_release(&a);
	}
	if (shown)
		buf_puts(b, "</ol></section>\n");
	story_list_release(&l);
	return shown;
}

void front_page(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct search_results l;
	struct error err = { 0 };
	struct buf *b = &res->body;
	struct page_head h = { 0 };
	long page;
	size_t i, shown = 0;

	if (page_number(req, res, &page) < 0)
		return;
	/* each story once: copies are folded into their original */
	if (store_latest_groups(st, PAGE_SIZE + 1, (size_t)(page - 1) * PAGE_SIZE, &l, &err) < 0) {
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	h.title = page > 1 ? "Latest news" : "";
	h.canonical = "/";
	h.desc = "Top stories, latest news and the relationships between actors in the news.";
	page_begin(b, &h);
	buf_puts(b, page > 1 ? "<h1>Latest news</h1>\n" : "<h1>The news, briefly</h1>\n");
	if (page == 1 && l.n) {
		if (top_story_list(st, b) == 0) {
			/* no story told by two outlets: the most copied stories */
			const struct search_hit *top[PAGE_SIZE + 1] = { NULL };
			size_t nt = 0;
			for (i = 0; i < l.n; i++)
				top[nt++] = &l.items[i];
			qsort(top, nt, sizeof(top[0]), cmp_copies);
			if (nt && top[0]->copies) {
				buf_puts(b, "<section aria-labelledby=\"top\"><h2 id=\"top\">Top "
					    "stories</h2>\n<ol class=\"list\">\n");
				for (i = 0; i < nt && i < 5 && top[i]->copies; i++)
					list_item(st, b, top[i], NULL);
				buf_puts(b, "</ol></section>\n");
			}
		}
		dyad_cards(st, b, 6);
	}
	if (l.n == 0 && page == 1)
		buf_puts(b, "<p>No articles yet. Add some with <code>brief ingest</code>.</p>\n");
	else if (l.n == 0)
		buf_puts(b, "<p>This is past the last page. <a href=\"/\">Back to the front page"
			    "</a>.</p>\n");
	if (l.n) {
		buf_puts(b, "<section aria-labelledby=\"latest\"><h2 id=\"latest\">Latest news</h2>"
			    "\n<ol class=\"list\">\n");
		/* undated stories are left out: they would float to the top */
		for (i = 0; i < l.n && i < PAGE_SIZE; i++)
			if (l.items[i].a.published) {
				list_item(st, b, &l.items[i], NULL);
				shown++;
			}
		buf_puts(b, "</ol></section>\n");
	}
	pager_html(b, "/", page, l.n > PAGE_SIZE, "Newer", "Older");
	(void)shown;
	page_end(b);
	search_results_release(&l);
	res->status = 200;
}

int web_filter_text(const struct web_request *req, const char *q, struct buf *text, unsigned *named,
		    struct error *err)
{
	const char *names[] = { "source", "lang", "since", "until", "tag", "actor" };
	const char *vals[] = {
		req->source, req->lang, req->since, req->until, req->tag, req->actor
	};
	size_t i;

	*named = 0;
	buf_puts(text, q ? q : "");
	for (i = 0; i < 6; i++) {
		if (!vals[i] || !*vals[i])
			continue;
		if (strchr(vals[i], '"'))
			return error_set(err, ERR_USAGE, "%s: a value cannot hold a double quote",
					 names[i]);
		*named |= 1u << i;
		buf_putf(text, "%s%s:\"%s\"", text->len ? " " : "", names[i], vals[i]);
	}
	return 0;
}

static void search_link(struct buf *b, const struct web_request *req, int by_date, long page)
{
	const char *names[] = { "source", "lang", "since", "until", "tag", "actor" };
	const char *vals[] = {
		req->source, req->lang, req->since, req->until, req->tag, req->actor
	};
	size_t i;
	buf_puts(b, "/search?q=");
	url_encode(b, req->q ? req->q : "");
	for (i = 0; i < 6; i++)
		if (vals[i] && *vals[i]) {
			buf_putf(b, "&amp;%s=", names[i]);
			url_encode(b, vals[i]);
		}
	buf_putf(b, "&amp;sort=%s", by_date ? "date" : "relevance");
	if (page > 1)
		buf_putf(b, "&amp;page=%ld", page);
}

static void filter_input(struct buf *b, const char *name, const char *label, const char *value,
			 const char *placeholder)
{
	buf_putf(b,
		 "<label for=\"f-%s\">%s</label> <input id=\"f-%s\" name=\"%s\" size=\"12\" "
		 "placeholder=\"%s\" value=\"",
		 name, label, name, name, placeholder);
	html_escape(b, value);
	buf_puts(b, "\"> ");
}

void search_page(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct search_query q;
	struct search_results r;
	struct error err = { 0 };
	struct buf *b = &res->body, text = BUF_INIT, feed = BUF_INIT;
	struct page_head h = { 0 };
	int by_date = req->sort && !strcmp(req->sort, "date");
	long page;
	size_t i;
	unsigned named;
	int bad, sort_bad, parsed = 0;
	const char *unmatched = NULL;

	if (page_number(req, res, &page) < 0)
		return;
	bad = web_filter_text(req, req->q, &text, &named, &err) < 0;
	sort_bad = req->sort && strcmp(req->sort, "relevance") && strcmp(req->sort, "date");
	/* read before the head: a query refused announces no feed (it would be a 400 too) */
	if (!bad && !sort_bad && text.len)
		parsed = search_query_parse(text.data, &q, &err) == 0;
	buf_puts(&feed, "/search.atom?q=");
	url_encode(&feed, text.data);
	h.title = text.len ? text.data : "Search";
	h.canonical = "/search";
	h.search_q = req->q;
	h.feed = parsed ? feed.data : NULL;
	page_begin(b, &h);
	buf_puts(b, "<h1>Search</h1>\n<form action=\"/search\" method=\"get\">"
		    "<p><label for=\"q\">Words</label> <input type=\"search\" id=\"q\" name=\"q\" "
		    "size=\"36\" value=\"");
	html_escape(b, req->q);
	buf_puts(b, "\"> <label for=\"sort\">Order</label> <select id=\"sort\" name=\"sort\">"
		    "<option value=\"relevance\">most relevant</option><option value=\"date\"");
	buf_puts(b, by_date ? " selected" : "");
	buf_puts(b, ">newest</option></select></p>\n<p>");
	filter_input(b, "source", "Outlet", req->source, "Kabul Ledger");
	filter_input(b, "lang", "Language", req->lang, "en");
	filter_input(b, "since", "From", req->since, "2021-08");
	filter_input(b, "until", "To", req->until, "2024");
	buf_puts(b, "<button>Search</button></p></form>\n"
		    "<p class=\"meta\">Phrases in quotes, AND/OR/NOT, prefix*, and the filters "
		    "source: lang: since: until: tag: actor: title: in the words.</p>\n");
	res->status = 200;
	if (sort_bad) {
		buf_puts(b,
			 "<p>That order could not be read: sort must be relevance or date.</p>\n");
		res->status = 400;
		goto out;
	}
	if (!bad && !text.len) {
		buf_puts(b, "<p>Type some words to search every stored article.</p>\n");
		goto out;
	}
	if (!parsed) {
		buf_puts(b, "<p>That query could not be read: ");
		html_escape(b, err.msg);
		buf_puts(b, "</p>\n");
		res->status = 400;
		goto out;
	}
	if (req->sort)
		q.sort_by_date = by_date;
	if (query_actor_code(st, &q, &err) < 0 ||
	    store_search(st, &q, PAGE_SIZE, (size_t)(page - 1) * PAGE_SIZE, &r, &err) < 0) {
		search_query_release(&q);
		if (err.code == ERR_USAGE) {
			buf_puts(b, "<p>That query could not be run: ");
			html_escape(b, err.msg);
			buf_puts(b, "</p>\n");
			res->status = 400;
			goto out;
		}
		buf_release(&text);
		buf_release(&feed);
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	/* nothing found: a filter that no article passes on its own is named */
	if (r.total == 0 && query_filter_unmatched(st, &q, &unmatched, &err) < 0) {
		search_query_release(&q);
		search_results_release(&r);
		buf_release(&text);
		buf_release(&feed);
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	buf_putf(b, "<p class=\"meta\" role=\"status\">%s%zu stor%s found</p>\n",
		 r.more ? "at least " : "", r.total, r.total == 1 && !r.more ? "y" : "ies");
	if (r.n == 0 && r.total > 0) {
		buf_puts(b, "<p>This is past the last page of results.</p>\n");
	} else if (unmatched && !strcmp(unmatched, "source")) {
		buf_puts(b, "<p>No results: no outlet is named “");
		html_escape(b, q.source);
		buf_puts(b, "” or has it in its address; <a href=\"/sources\">Outlets</a> lists "
			    "them.</p>\n");
	} else if (unmatched) {
		buf_puts(b, "<p>No results: no article has the tag “");
		html_escape(b, q.tag);
		buf_puts(b, "”.</p>\n");
	} else if (r.n == 0) {
		buf_puts(b, "<p>No results. Try fewer words, a word's start with *, or remove a "
			    "filter.</p>\n");
	}
	search_query_release(&q);
	buf_puts(b, "<ol class=\"list\">\n");
	for (i = 0; i < r.n; i++)
		list_item(st, b, &r.items[i], r.items[i].snippet);
	buf_puts(b, "</ol>\n<nav class=\"pager\" aria-label=\"Pages\">");
	if (page > 1) {
		buf_puts(b, "<a rel=\"prev\" href=\"");
		search_link(b, req, by_date, page - 1);
		buf_puts(b, "\">Previous</a>");
	}
	if (r.n && (r.more || r.total > (size_t)page * PAGE_SIZE)) {
		buf_puts(b, "<a rel=\"next\" href=\"");
		search_link(b, req, by_date, page + 1);
		buf_puts(b, "\">Next</a>");
	}
	buf_puts(b, "</nav>\n");
	search_results_release(&r);
out:
	page_end(b);
	buf_release(&text);
	buf_release(&feed);
}

/* A block that reads as a heading: short, no full stop, not the first. */
static int looks_like_heading(const char *p, size_t n)
{
	size_t i;
	if (n == 0 || n > 80 || memchr(p, '\n', n))
		return 0;
	if (strchr(".!?:;,\"'", p[n - 1]) || (n >= 3 && !memcmp(p + n - 3, "\xe2\x80\x9d", 3)))
		return 0;
	for (i = 0; i < n; i++)
		if (p[i] == '.' && i + 1 < n && p[i + 1] == ' ')
			return 0;
	return isupper((unsigned char)p[0]) != 0;
}

/* A block that reads as prose: it ends a sentence, or is too long for a heading. */
static int reads_as_prose(const char *p, size_t n)
{
	while (n && strchr("\"')]", p[n - 1]))
		n--;
	while (n >= 3 &&
	       (!memcmp(p + n - 3, "\xe2\x80\x9d", 3) || !memcmp(p + n - 3, "\xe2\x80\x99", 3)))
		n -= 3;
	return n > 160 || (n && strchr(".!?:;", p[n - 1]));
}

/*
 * The next block of the stored text at *pp (blocks are separated by blank
 * lines; line ends and blanks before one are skipped): its start, its
 * length in *n, *pp past it; NULL when there is none.
 */
static const char *next_block(const char **pp, size_t *n)
{
	const char *p = *pp;
	while (p && *p) {
		const char *end = strstr(p, "\n\n");
		size_t l = end ? (size_t)(end - p) : strlen(p);
		while (l && (*p == '\n' || *p == ' ')) {
			p++;
			l--;
		}
		*pp = end ? end + 2 : NULL;
		if (l) {
			*n = l;
			return p;
		}
		p = *pp;
	}
	*pp = NULL;
	return NULL;
}

/*
 * Blocks of the stored text, at most `max` (0: all). A block is a heading
 * when it reads as one (looks_like_heading) and the block after it reads as
 * prose: a run of short blocks (a table's cells, a list) is no heading.
 */
static void text_blocks(struct buf *b, const char *text, size_t max)
{
	const char *p = text, *blk, *next;
	size_t count = 0, n, nn = 0;

	blk = next_block(&p, &n);
	while (blk && (!max || count < max)) {
		struct buf para = BUF_INIT;
		int heading;
		next = next_block(&p, &nn);
		heading =
			count > 0 && looks_like_heading(blk, n) && next && reads_as_prose(next, nn);
		buf_put(&para, blk, n);
		buf_puts(b, heading ? "<h2>" : "<p>");
		html_escape(b, para.data);
		buf_puts(b, heading ? "</h2>\n" : "</p>\n");
		buf_release(&para);
		count++;
		blk = next;
		n = nn;
	}
}

/*
 * "Read more: <original>" for a republished piece: the stored original of
 * its syndication group when there is one, else the source the page itself
 * credits. Returns 1 when the article is a copy.
 */
static int attribution(struct store *st, struct buf *b, const struct article *a)
{
	struct article o;
	int64_t g = 0;

	if (store_group_of(st, a->id, &g, NULL) == 0 && g && g != a->id &&
	    store_article_get(st, g, &o, NULL) == 0) {
		char name[128];
		outlet_display(o.source, o.source_url, o.url, name, sizeof(name));
		buf_puts(b, "<p class=\"attr\">Read more: ");
		buf_putf(b, "<a href=\"/article/%lld\">", (long long)o.id);
		html_escape(b, name);
		buf_puts(b, ": ");
		html_escape(b, o.title);
		buf_puts(b, "</a>");
		if (url_is_http(o.url)) {
			buf_puts(b, " (<a href=\"");
			html_escape(b, o.url);
			buf_puts(b, "\">at ");
			html_escape(b, name);
			buf_puts(b, "</a>)");
		}
		buf_puts(b, "</p>\n");
		article_release(&o);
		return 1;
	}
	if (a->original_name || a->original_url) {
		buf_puts(b, "<p class=\"attr\">Read more: ");
		if (url_is_http(a->original_url)) {
			buf_puts(b, "<a href=\"");
			html_escape(b, a->original_url);
			buf_puts(b, "\">");
			html_escape(b, a->original_name ? a->original_name : a->original_url);
			buf_puts(b, "</a>");
		} else {
			html_escape(b, a->original_name ? a->original_name : "the original outlet");
		}
		buf_puts(b, "</p>\n");
		return 1;
	}
	return 0;
}

static void copies_block(struct store *st, struct buf *b, const struct article *a)
{
	struct article_list l;
	size_t i;
	int r;
	if ((r = store_copies(st, a->id, &l, NULL)) < 0) {
		(void)buf_fail(b, r); /* a failed read fails the page */
		return;
	}
	if (l.n == 0) {
		article_list_release(&l);
		return;
	}
	buf_puts(b, "<aside class=\"copies\" aria-labelledby=\"also\"><h2 id=\"also\">"
		    "Also published by</h2><ul>\n");
	for (i = 0; i < l.n; i++) {
		buf_puts(b, "<li>");
		outlet_link(st, b, &l.items[i]);
		buf_putf(b, ": <a href=\"/article/%lld\">", (long long)l.items[i].id);
		html_escape(b, l.items[i].title);
		buf_puts(b, "</a></li>\n");
	}
	buf_puts(b, "</ul></aside>\n");
	article_list_release(&l);
}

static void actors_block(struct store *st, struct buf *b, int64_t id)
{
	char **v;
	size_t n, i;
	int r;
	if ((r = store_article_actors(st, id, &v, &n, NULL)) < 0) {
		(void)buf_fail(b, r); /* a failed read fails the page */
		return;
	}
	if (n) {
		buf_puts(b, "<p class=\"tags\"><span class=\"meta\">Actors:</span> ");
		for (i = 0; i < n; i++) {
			char name[64];
			if (!actor_code_ok(v[i]))
				continue;
			actor_name(v[i], name, sizeof(name));
			buf_puts(b, "<a href=\"/actor/");
			url_encode(b, v[i]);
			buf_puts(b, "\">");
			html_escape(b, name);
			buf_puts(b, "</a>");
		}
		buf_puts(b, "</p>\n");
	}
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void tags_block(struct store *st, struct buf *b, int64_t id)
{
	char **v;
	size_t n, i, shown = 0;
	int r;
	if ((r = store_article_tags(st, id, &v, &n, NULL)) < 0) {
		(void)buf_fail(b, r); /* a failed read fails the page */
		return;
	}
	for (i = 0; i < n; i++) {
		if (!tag_ok(v[i]))
			continue;
		buf_puts(b, shown++ ? " " : "<p class=\"tags\"><span class=\"meta\">Tags:</span> ");
		tag_link(b, v[i]);
	}
	if (shown)
		buf_puts(b, "</p>\n");
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void events_block(struct store *st, struct buf *b, int64_t id)
{
	struct stored_event_list l;
	size_t i;
	int r;
	if ((r = store_article_events(st, id, &l, NULL)) < 0) {
		(void)buf_fail(b, r); /* a failed read fails the page */
		return;
	}
	events_fold_in_article(&l);
	if (l.n) {
		buf_puts(b, "<section aria-labelledby=\"ev\"><h2 id=\"ev\">Events in this article"
			    "</h2><ul>\n");
		for (i = 0; i < l.n; i++) {
			const struct stored_event *e = &l.items[i];
			char who[EVENT_WORDS], deed[EVENT_WORDS], ka[24], kb[24];
			event_actors(e, who, sizeof(who));
			event_deed(e->code, deed, sizeof(deed));
			actor_key(e->source, ka, sizeof(ka));
			actor_key(e->target, kb, sizeof(kb));
			/* the events of one sentence in one item, the sentence under the last */
			buf_puts(b, i && event_same_sentence(e - 1, e) ? "<br>" : "<li>");
			buf_putf(b, "<span class=\"%s\">%+.1f</span> ",
				 e->goldstein >= 0 ? "coop" : "conf", e->goldstein);
			html_escape(b, who);
			buf_puts(b, ": ");
			html_escape(b, deed);
			if (e->date) {
				buf_puts(b, " · ");
				html_escape(b, e->date);
			}
			if (e->negated || (e->modality && strcmp(e->modality, "asserted"))) {
				buf_puts(b, " · ");
				html_escape(b, e->negated ? "negated" : e->modality);
			}
			if (strcmp(ka, kb) && actor_code_ok(ka) && actor_code_ok(kb)) {
				buf_puts(b, " · <a href=\"/dyad/");
				url_encode(b, strcmp(ka, kb) < 0 ? ka : kb);
				buf_putc(b, '/');
				url_encode(b, strcmp(ka, kb) < 0 ? kb : ka);
				buf_puts(b, "\">timeline</a>");
			}
			if (i + 1 < l.n && event_same_sentence(e, e + 1))
				continue;
			if (e->evidence) {
				buf_puts(b, "<blockquote class=\"ev\">");
				html_escape(b, e->evidence);
				buf_puts(b, "</blockquote>");
			}
			buf_puts(b, "</li>\n");
		}
		buf_puts(b, "</ul></section>\n");
	}
	stored_event_list_release(&l);
}

static void related_block(struct store *st, struct buf *b, const struct article *a)
{
	struct search_results r;
	size_t i;
	struct error err = { 0 };
	int rc;
	/* computed at ingest (corpus/related.h); a list not computed yet is made now */
	rc = store_related_stored(st, a->id, 5, &r, &err);
	if (rc == -ERR_NOTFOUND)
		rc = related_find(st, a->id, 5, &r, NULL);
	if (rc < 0) {
		(void)buf_fail(b, rc); /* a failed read fails the page */
		return;
	}
	if (r.n) {
		buf_puts(b, "<aside class=\"related\" aria-labelledby=\"rel\"><h2 id=\"rel\">"
			    "Related news</h2><ul>\n");
		for (i = 0; i < r.n; i++) {
			buf_putf(b, "<li><a href=\"/article/%lld\">", (long long)r.items[i].a.id);
			html_escape(b, r.items[i].a.title);
			buf_puts(b, "</a> <span class=\"meta\">");
			{
				char name[128];
				outlet_display(r.items[i].a.source, r.items[i].a.source_url,
					       r.items[i].a.url, name, sizeof(name));
				html_escape(b, name);
			}
			if (r.items[i].a.published) {
				buf_puts(b, " · ");
				date_human(b, r.items[i].a.published, 0);
			}
			buf_puts(b, "</span></li>\n");
		}
		buf_puts(b, "</ul></aside>\n");
	}
	search_results_release(&r);
}

static void latest_block(struct store *st, struct buf *b, int64_t self)
{
	struct search_results l;
	size_t i, shown = 0;
	int r;
	if ((r = store_latest_groups(st, 6, 0, &l, NULL)) < 0) {
		(void)buf_fail(b, r); /* a failed read fails the page */
		return;
	}
	buf_puts(b, "<aside aria-labelledby=\"lat\"><h2 id=\"lat\">Latest news</h2><ul>\n");
	for (i = 0; i < l.n && shown < 5; i++) {
		if (l.items[i].a.id == self || !l.items[i].a.published)
			continue;
		buf_putf(b, "<li><a href=\"/article/%lld\">", (long long)l.items[i].a.id);
		html_escape(b, l.items[i].a.title);
		buf_puts(b, "</a></li>\n");
		shown++;
	}
	buf_puts(b, "</ul></aside>\n");
	search_results_release(&l);
}

void article_page(struct store *st, const char *idstr, struct web_response *res)
{
	struct article a;
	struct error err = { 0 };
	struct buf *b = &res->body, canon = BUF_INIT;
	struct page_head h = { 0 };
	char *end;
	long long id;
	int copy;

	/* one URL a page: digits only, no sign, no leading zero */
	errno = 0;
	id = strtoll(idstr, &end, 10);
	if (errno || *end || end == idstr || id <= 0 || idstr[0] < '1' || idstr[0] > '9') {
		set_error(res, 404, "Not found", "There is no such article.");
		return;
	}
	if (store_article_get(st, id, &a, &err) < 0) {
		if (err.code == ERR_NOTFOUND)
			set_error(res, 404, "Not found", "There is no such article.");
		else
			set_error(res, 500, "Server error", err.msg);
		return;
	}
	buf_putf(&canon, "/article/%lld", id);
	h.title = a.title;
	h.canonical = canon.data;
	h.lang = a.language;
	h.desc = a.description;
	/* an image at a reserved name (a made-up outlet's) can never load: none shown */
	h.image = url_host_reserved(a.image) ? NULL : a.image;
	h.og_type = "article";
	page_begin(b, &h);
	buf_puts(b, "<article>\n<h1>");
	html_escape(b, a.title);
	buf_puts(b, "</h1>\n");
	meta_line(st, b, &a, 1);
	if (url_is_http(h.image)) {
		buf_puts(b, "<figure><img src=\"");
		html_escape(b, a.image);
		buf_puts(b, "\" alt=\"\" loading=\"lazy\"></figure>\n");
	}
	copy = attribution(st, b, &a);
	/* a copy shows an excerpt: the reader is sent to the original */
	text_blocks(b, a.text, copy ? 2 : 0);
	if (copy)
		buf_puts(b, "<p class=\"meta\">An excerpt: the whole text is at the original "
			    "outlet above.</p>\n");
	buf_puts(b, "</article>\n");
	if (url_is_http(a.url)) {
		buf_puts(b, "<p class=\"meta\">Source: <a href=\"");
		html_escape(b, a.url);
		buf_puts(b, "\">");
		html_escape(b, a.url);
		buf_puts(b, "</a></p>\n");
	}
	actors_block(st, b, a.id);
	tags_block(st, b, a.id);
	buf_putf(b,
		 "<p class=\"meta\"><a href=\"/story/%lld\">The story: every outlet's "
		 "report</a></p>\n",
		 (long long)a.id);
	events_block(st, b, a.id);
	copies_block(st, b, &a);
	related_block(st, b, &a);
	latest_block(st, b, a.id);
	page_end(b);
	article_release(&a);
	buf_release(&canon);
	res->status = 200;
}

void outlets_page(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct outlet_list l;
	struct error err = { 0 };
	struct buf *b = &res->body;
	struct page_head h = { 0 };
	long page;
	size_t i;

	if (page_number(req, res, &page) < 0)
		return;
	if (store_outlets(st, PAGE_SIZE + 1, (size_t)(page - 1) * PAGE_SIZE, &l, &err) < 0) {
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	h.title = "Outlets";
	h.canonical = "/sources";
	page_begin(b, &h);
	buf_puts(b, "<h1>Outlets</h1>\n");
	if (!l.n)
		buf_puts(b, page > 1 ? "<p>This is past the last page.</p>\n"
				     : "<p>No outlets yet.</p>\n");
	buf_puts(b, "<table><thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\" "
		    "class=\"n\">Articles"
		    "</th><th scope=\"col\">Latest</th></tr></thead><tbody>\n");
	for (i = 0; i < l.n && i < PAGE_SIZE; i++) {
		char name[128];
		outlet_display(l.items[i].name, l.items[i].url, NULL, name, sizeof(name));
		buf_putf(b, "<tr><td><a href=\"/source/%lld\">", (long long)l.items[i].id);
		html_escape(b, name);
		buf_putf(b, "</a></td><td class=\"n\">%lld</td><td>",
			 (long long)l.items[i].articles);
		date_human(b, l.items[i].latest, 0);
		buf_puts(b, "</td></tr>\n");
	}
	buf_puts(b, "</tbody></table>\n");
	pager_html(b, "/sources", page, l.n > PAGE_SIZE, "Previous", "Next");
	page_end(b);
	outlet_list_release(&l);
	res->status = 200;
}

void outlet_page(struct store *st, const char *idstr, const struct web_request *req,
		 struct web_response *res)
{
	struct outlet o;
	struct article_list l;
	struct error err = { 0 };
	struct buf *b = &res->body, canon = BUF_INIT, feed = BUF_INIT;
	struct page_head h = { 0 };
	char name[128], href[40], *end;
	long long id;
	long page;

	errno = 0;
	id = strtoll(idstr, &end, 10);
	if (errno || *end || id <= 0 || idstr[0] < '1' || idstr[0] > '9') {
		set_error(res, 404, "Not found", "There is no such outlet.");
		return;
	}
	if (page_number(req, res, &page) < 0)
		return;
	if (store_outlet_get(st, id, &o, &err) < 0) {
		set_error(res, err.code == ERR_NOTFOUND ? 404 : 500, "Not found",
			  "There is no such outlet.");
		return;
	}
	if (store_outlet_latest(st, id, PAGE_SIZE + 1, (size_t)(page - 1) * PAGE_SIZE, &l, &err) <
	    0) {
		outlet_release(&o);
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	outlet_display(o.name, o.url, NULL, name, sizeof(name));
	buf_putf(&canon, "/source/%lld", id);
	buf_putf(&feed, "/source/%lld.atom", id);
	h.title = name;
	h.canonical = canon.data;
	h.feed = feed.data;
	page_begin_h1(b, &h);
	buf_putf(b, "<p class=\"meta\">%lld article%s", (long long)o.articles,
		 o.articles == 1 ? "" : "s");
	if (url_is_http(o.url)) {
		buf_puts(b, " · <a href=\"");
		html_escape(b, o.url);
		buf_puts(b, "\">");
		html_escape(b, o.url);
		buf_puts(b, "</a>");
	}
	buf_putf(b, " · <a href=\"/source/%lld.atom\">Atom feed</a></p>\n", id);
	if (!l.n)
		buf_puts(b, "<p>This is past the last page.</p>\n");
	article_list_html(st, b, l.items, l.n < PAGE_SIZE ? l.n : PAGE_SIZE);
	snprintf(href, sizeof(href), "/source/%lld", id);
	pager_html(b, href, page, l.n > PAGE_SIZE, "Newer", "Older");
	page_end(b);
	article_list_release(&l);
	outlet_release(&o);
	buf_release(&canon);
	buf_release(&feed);
	res->status = 200;
}

/* See internal.h. */
int actor_path(const char *p, char *out, size_t n)
{
	size_t i, len = strcspn(p, "/");
	int other = 0;
	if (len == 0 || len >= n)
		return -1;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)p[i];
		other |= islower(c) != 0;
		out[i] = (char)(c < 0x80 ? toupper(c) : c);
	}
	out[len] = 0;
	return actor_code_ok(out) ? other : -1;
}

/* See internal.h. */
int actor_route(struct store *st, const char *p, char code[32], const char *before,
		const char *after, const struct web_request *req, struct web_response *res)
{
	struct error err = { 0 };
	char to[96];
	int api = !strncmp(req->path, "/api/", 5);
	int r = strchr(p, '/') ? -ERR_NOTFOUND : actor_canonical(st, p, code, 32, &err);

	if (r == 0)
		return 0;
	if (r == 1) {
		snprintf(to, sizeof(to), "%s%s%s", before, code, after);
		set_moved(res, to, req);
	} else if (r != -ERR_NOTFOUND && api) {
		api_refuse(res, 500, err.msg);
	} else if (r != -ERR_NOTFOUND) {
		set_error(res, 500, "Server error", err.msg);
	} else if (api) {
		api_refuse(res, 404, "no such actor");
	} else {
		set_error(res, 404, "Not found", "There is no such actor.");
	}
	return -1;
}

/* See internal.h. */
int dyad_path(const char *p, char *a, char *b, size_t n)
{
	const char *slash = strchr(p, '/');
	int ra, rb;
	if (!slash || strchr(slash + 1, '/'))
		return -1;
	ra = actor_path(p, a, n);
	rb = actor_path(slash + 1, b, n);
	if (ra < 0 || rb < 0 || !strcmp(a, b))
		return -1;
	if (strcmp(a, b) > 0) {
		char t[32];
		snprintf(t, sizeof(t), "%s", a);
		snprintf(a, n, "%s", b);
		snprintf(b, n, "%s", t);
		return 1;
	}
	return ra || rb;
}

void set_moved(struct web_response *res, const char *path, const struct web_request *req)
{
	const char *names[] = { "page",  "q",     "sort", "source", "lang",
				"since", "until", "tag",  "actor" };
	const char *vals[] = { req->page,  req->q,     req->sort, req->source, req->lang,
			       req->since, req->until, req->tag,  req->actor };
	int api = !strncmp(req->path, "/api/", 5);
	struct buf to = BUF_INIT;
	size_t i, k = 0;

	buf_puts(&to, path);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (vals[i]) {
			buf_putf(&to, "%c%s=", k++ ? '&' : '?', names[i]);
			url_encode(&to, vals[i]);
		}
	if (buf_error(&to) || to.len >= sizeof(res->location)) {
		buf_release(&to);
		if (api)
			api_refuse(res, 400, "the address is too long to redirect");
		else
			set_error(res, 400, "Bad request", "The address is too long to redirect.");
		return;
	}
	memcpy(res->location, to.data, to.len + 1);
	buf_reset(&res->body);
	res->status = 301;
	if (api) {
		res->content_type = "application/json";
		buf_puts(&res->body, "{\"moved\":{\"status\":301,\"location\":");
		(void)json_escape(&res->body, to.data, to.len); /* a failure shows in buf_error */
		buf_puts(&res->body, "}}");
	} else {
		res->content_type = "text/html; charset=utf-8";
		buf_puts(&res->body,
			 "<!doctype html><title>Moved</title><p>This page is at <a href=\"");
		html_escape(&res->body, to.data);
		buf_puts(&res->body, "\">");
		html_escape(&res->body, to.data);
		buf_puts(&res->body, "</a>.</p>\n");
	}
	buf_release(&to);
}

/*
 * 1 when the request's path and every query key and value it reads are
 * UTF-8: a byte that is not would reach a page, a feed or a JSON string,
 * none of which may hold one.
 */
static int request_is_utf8(const struct web_request *req)
{
	const char *v[] = { req->path,  req->page,  req->q,     req->sort, req->source, req->lang,
			    req->since, req->until, req->actor, req->tag,  req->unknown };
	size_t i;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		if (v[i] && !utf8_valid(v[i], strlen(v[i])))
			return 0;
	return 1;
}

int web_render(struct store *st, const struct web_request *req, struct web_response *res)
{
	const char *p = req->path;

	buf_init(&res->body, 0);
	res->status = 500;
	res->content_type = "text/html; charset=utf-8";
	res->allow = NULL;
	res->cache_control = NULL;
	res->location[0] = 0;

	if (strcmp(req->method, "GET") && strcmp(req->method, "HEAD")) {
		if (!strncmp(p, "/api/", 5) || !strcmp(p, "/healthz")) {
			api_route(st, p, req, res);
		} else {
			set_error(res, 405, "Method not allowed", "This site is read-only.");
		}
		res->status = 405;
		res->allow = "GET, HEAD";
		return 0;
	}
	if (!request_is_utf8(req)) {
		if (!strncmp(p, "/api/", 5) || !strcmp(p, "/healthz"))
			api_refuse(res, 400, "the request is not valid UTF-8");
		else
			set_error(res, 400, "Bad request", "The address is not valid UTF-8.");
		return 0;
	}
	if (!strncmp(p, "/api/", 5) || !strcmp(p, "/healthz")) {
		api_route(st, p, req, res);
	} else if (ends_with(p, ".atom")) {
		feed_route(st, p, req, res);
	} else if (!strcmp(p, "/")) {
		front_page(st, req, res);
	} else if (!strcmp(p, "/search")) {
		search_page(st, req, res);
	} else if (!strncmp(p, "/article/", 9)) {
		article_page(st, p + 9, res);
	} else if (!strncmp(p, "/tag/", 5)) {
		tag_page(st, p + 5, req, res);
	} else if (!strncmp(p, "/story/", 7)) {
		story_page(st, p + 7, res);
	} else if (!strcmp(p, "/sources")) {
		outlets_page(st, req, res);
	} else if (!strncmp(p, "/source/", 8)) {
		outlet_page(st, p + 8, req, res);
	} else if (!strcmp(p, "/actors")) {
		actors_page(st, req, res);
	} else if (!strcmp(p, "/dyads")) {
		dyads_page(st, res);
	} else if (!strncmp(p, "/dyad/", 6)) {
		char a[32], b[32], to[80];
		int r = dyad_path(p + 6, a, b, sizeof(a));
		if (r < 0) {
			set_error(res, 404, "Not found",
				  "A relationship is /dyad/CODE/CODE, of two actors.");
		} else if (r > 0) {
			snprintf(to, sizeof(to), "/dyad/%s/%s", a, b);
			set_moved(res, to, req);
		} else {
			dyad_page(st, a, b, res);
		}
	} else if (!strncmp(p, "/actor/", 7)) {
		char code[32];
		if (actor_route(st, p + 7, code, "/actor/", "", req, res) == 0)
			actor_page(st, code, res);
	} else if (!strcmp(p, "/briefing")) {
		briefing_page(st, res);
	} else if (!strncmp(p, "/briefing/", 10)) {
		briefing_day_page(st, p + 10, res);
	} else if (!strcmp(p, "/static/style.css")) {
		res->status = 200;
		res->content_type = "text/css; charset=utf-8";
		res->cache_control = "public, max-age=86400";
		buf_put(&res->body, style_css, sizeof(style_css) - 1);
	} else {
		set_error(res, 404, "Not found", "There is no page at this address.");
	}
	/* the pages append without checking each time: a failed append shows here, once */
	if (buf_error(&res->body)) {
		res->location[0] = 0;
		res->cache_control = "no-store";
		set_error(res, 500, "Server error", "The page could not be drawn just now.");
	}
	return 0;
}

int web_handle(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct error err = { 0 };
	if (store_read_begin(st, &err) < 0) {
		store_read_end(st);
		buf_init(&res->body, 0);
		res->allow = NULL;
		res->cache_control = NULL;
		res->location[0] = 0;
		if (!strncmp(req->path, "/api/", 5) || !strcmp(req->path, "/healthz"))
			api_refuse(res, 503, "the database cannot be read just now");
		else
			set_error(res, 503, "Unavailable", "The database cannot be read just now.");
		return 0;
	}
	web_render(st, req, res);
	store_read_end(st);
	return 0;
}

void web_response_release(struct web_response *res)
{
	buf_release(&res->body);
}
