/*
 * pages.c: the site's pages, rendered from the store.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/query.h"
#include "store/store.h"
#include "web/web.h"

#include "util/banned.h"

#define PAGE_SIZE 50

static const char style_css[] =
	"*{box-sizing:border-box}"
	"body{font:17px/1.55 Georgia,'Times New Roman',serif;color:#1b1b1b;background:#fbfaf7;"
	"margin:0}"
	"header.site{background:#1d2b36;color:#fff;padding:.7em 1.2em}"
	"header.site a{color:#fff;text-decoration:none;font:700 1.3em/1 system-ui,sans-serif;"
	"letter-spacing:.02em}"
	"main{max-width:46em;margin:0 auto;padding:1em 1.2em 3em}"
	"h1{font-size:1.9em;line-height:1.2;margin:.6em 0 .3em}"
	"ol.latest{list-style:none;padding:0}"
	"ol.latest li{padding:.8em 0;border-bottom:1px solid #e4e0d8}"
	"ol.latest a.t{font-size:1.15em;font-weight:700;color:#14324a;text-decoration:none}"
	"ol.latest a.t:hover{text-decoration:underline}"
	".meta{font:14px/1.4 system-ui,sans-serif;color:#5f6a72;margin:.2em 0}"
	".desc{margin:.3em 0 0;color:#333}"
	".attr{background:#f1ede4;border-left:3px solid #b08d57;padding:.5em .8em;"
	"font:15px/1.4 system-ui,sans-serif}"
	"nav.pager{margin-top:1.5em;font:15px system-ui,sans-serif}"
	"nav.pager a{margin-right:1em}"
	"form.search{float:right;margin:0}"
	"form.search input{font:15px system-ui,sans-serif;padding:.25em .5em;border:0;"
	"border-radius:3px;width:16em}"
	"mark{background:#fbe7a1;padding:0 .1em}"
	".copies{font:14px/1.4 system-ui,sans-serif;color:#6b5a3a}"
	"aside.related{margin-top:2.5em;border-top:2px solid #1d2b36}"
	"aside.related h2,aside.copies h2{font:700 1.05em system-ui,sans-serif;margin:.8em 0 .3em}"
	"aside.related ul,aside.copies ul{padding-left:1.1em}"
	".snip{margin:.3em 0 0;color:#333;font-size:.95em}"
	"footer{max-width:46em;margin:0 auto;padding:1em 1.2em;color:#777;"
	"font:13px system-ui,sans-serif}";

static int page_begin(struct buf *b, const char *title)
{
	buf_adds(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
		    "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
		    "<title>");
	html_escape(b, title);
	buf_adds(b, title && *title ? " · brief" : "brief");
	return buf_adds(b,
			"</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head>\n"
			"<body><header class=\"site\"><a href=\"/\">brief</a>"
			"<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
			"<input type=\"search\" name=\"q\" placeholder=\"Search\" "
			"aria-label=\"Search\"></form></header>\n<main>\n");
}

static int page_end(struct buf *b)
{
	return buf_adds(b, "</main>\n<footer>brief: news, extracted and stored on this machine."
			   "</footer>\n</body></html>\n");
}

static void set_error(struct web_response *res, int status, const char *title, const char *why)
{
	buf_reset(&res->body);
	res->status = status;
	res->content_type = "text/html; charset=utf-8";
	page_begin(&res->body, title);
	buf_adds(&res->body, "<h1>");
	html_escape(&res->body, title);
	buf_adds(&res->body, "</h1>\n<p>");
	html_escape(&res->body, why);
	buf_adds(&res->body, "</p>\n<p><a href=\"/\">Latest news</a></p>\n");
	page_end(&res->body);
}

/* Source, byline and date of an article as one escaped line. */
static void meta_line(struct buf *b, const struct article *a)
{
	int any = 0;
	buf_adds(b, "<p class=\"meta\">");
	if (a->source) {
		html_escape(b, a->source);
		any = 1;
	}
	if (a->byline) {
		buf_adds(b, any ? " · " : "");
		html_escape(b, a->byline);
		any = 1;
	}
	if (a->published) {
		buf_adds(b, any ? " · <time datetime=\"" : "<time datetime=\"");
		html_escape(b, a->published);
		buf_adds(b, "\">");
		buf_add(b, a->published, strnlen(a->published, 10));
		buf_adds(b, "</time>");
	}
	buf_adds(b, "</p>\n");
}

/* Parse ?page=; 0 on success, -1 (and a 400 page) when it is not valid. */
static int page_number(const struct web_request *req, struct web_response *res, long *page)
{
	char *end;
	*page = 1;
	if (!req->page)
		return 0;
	errno = 0;
	*page = strtol(req->page, &end, 10);
	if (errno || *end || *page < 1 || *page > 100000) {
		set_error(res, 400, "Bad request", "The page number is not valid.");
		return -1;
	}
	return 0;
}

/* One item of a list of articles: title link, meta line, and `extra`. */
static void list_item(struct buf *b, const struct search_hit *h, const char *snippet)
{
	buf_addf(b, "<li><a class=\"t\" href=\"/article/%lld\">", (long long)h->a.id);
	html_escape(b, h->a.title);
	buf_adds(b, "</a>\n");
	meta_line(b, &h->a);
	if (h->copies)
		buf_addf(b, "<p class=\"copies\">Also published by %zu other outlet%s</p>",
			 h->copies, h->copies == 1 ? "" : "s");
	if (snippet) {
		/* escape the text, then turn the match marks into <mark> */
		const char *p = snippet;
		buf_adds(b, "<p class=\"snip\">");
		while (*p) {
			size_t n = strcspn(p, "\x01\x02");
			struct buf part = BUF_INIT;
			buf_add(&part, p, n);
			html_escape(b, part.data);
			buf_release(&part);
			p += n;
			if (*p == '\x01')
				buf_adds(b, "<mark>");
			else if (*p == '\x02')
				buf_adds(b, "</mark>");
			if (*p)
				p++;
		}
		buf_adds(b, "</p>");
	} else if (h->a.description) {
		buf_adds(b, "<p class=\"desc\">");
		html_escape(b, h->a.description);
		buf_adds(b, "</p>");
	}
	buf_adds(b, "</li>\n");
}

static void front_page(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct search_results l;
	struct error err = { 0 };
	struct buf *b = &res->body;
	long page;
	size_t i;

	if (page_number(req, res, &page) < 0)
		return;
	/* each story once: copies are folded into their original */
	if (store_latest_groups(st, PAGE_SIZE + 1, (size_t)(page - 1) * PAGE_SIZE, &l, &err) < 0) {
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	page_begin(b, "Latest news");
	buf_adds(b, "<h1>Latest news</h1>\n");
	if (l.n == 0)
		buf_adds(b, "<p>No articles yet. Add some with <code>brief ingest</code>.</p>\n");
	buf_adds(b, "<ol class=\"latest\">\n");
	for (i = 0; i < l.n && i < PAGE_SIZE; i++)
		list_item(b, &l.items[i], NULL);
	buf_adds(b, "</ol>\n<nav class=\"pager\">");
	if (page > 1)
		buf_addf(b, "<a href=\"/?page=%ld\">Newer</a>", page - 1);
	if (l.n > PAGE_SIZE)
		buf_addf(b, "<a href=\"/?page=%ld\">Older</a>", page + 1);
	buf_adds(b, "</nav>\n");
	page_end(b);
	search_results_release(&l);
	res->status = 200;
}

/* Append `s` percent-encoded for a query string. */
static void url_encode(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '_' || c == '.' || c == '~')
			buf_addch(b, (char)c);
		else
			buf_addf(b, "%%%c%c", hex[c >> 4], hex[c & 15]);
	}
}

static void search_page(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct search_query q;
	struct search_results r;
	struct error err = { 0 };
	struct buf *b = &res->body;
	const char *text = req->q ? req->q : "";
	int by_date = req->sort && !strcmp(req->sort, "date");
	long page;
	size_t i;

	if (page_number(req, res, &page) < 0)
		return;
	page_begin(b, *text ? text : "Search");
	buf_adds(b, "<h1>Search</h1>\n<form action=\"/search\" method=\"get\">"
		    "<input type=\"search\" name=\"q\" size=\"40\" value=\"");
	html_escape(b, text);
	buf_adds(b, "\"> <select name=\"sort\"><option value=\"relevance\">most relevant</option>"
		    "<option value=\"date\"");
	buf_adds(b, by_date ? " selected" : "");
	buf_adds(b, ">newest</option></select> <button>Search</button></form>\n"
		    "<p class=\"meta\">Phrases in quotes, AND/OR/NOT, prefix*, and filters "
		    "source: lang: since: until: tag: actor: title:</p>\n");
	res->status = 200;
	if (!*text) {
		page_end(b);
		return;
	}
	if (search_query_parse(text, &q, &err) < 0) {
		buf_adds(b, "<p>That query could not be read: ");
		html_escape(b, err.msg);
		buf_adds(b, "</p>\n");
		page_end(b);
		res->status = 400;
		return;
	}
	if (req->sort)
		q.sort_by_date = by_date;
	if (store_search(st, &q, PAGE_SIZE, (size_t)(page - 1) * PAGE_SIZE, &r, &err) < 0) {
		search_query_release(&q);
		if (err.code == ERR_USAGE) {
			buf_adds(b, "<p>That query could not be run: ");
			html_escape(b, err.msg);
			buf_adds(b, "</p>\n");
			page_end(b);
			res->status = 400;
			return;
		}
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	search_query_release(&q);
	buf_addf(b, "<p class=\"meta\">%s%zu stor%s found</p>\n", r.more ? "at least " : "",
		 r.total, r.total == 1 && !r.more ? "y" : "ies");
	buf_adds(b, "<ol class=\"latest\">\n");
	for (i = 0; i < r.n; i++)
		list_item(b, &r.items[i], r.items[i].snippet);
	buf_adds(b, "</ol>\n<nav class=\"pager\">");
	if (page > 1 || r.more || r.total > (size_t)page * PAGE_SIZE) {
		if (page > 1) {
			buf_adds(b, "<a href=\"/search?q=");
			url_encode(b, text);
			buf_addf(b, "&amp;sort=%s&amp;page=%ld\">Previous</a>",
				 by_date ? "date" : "relevance", page - 1);
		}
		if (r.more || r.total > (size_t)page * PAGE_SIZE) {
			buf_adds(b, "<a href=\"/search?q=");
			url_encode(b, text);
			buf_addf(b, "&amp;sort=%s&amp;page=%ld\">Next</a>",
				 by_date ? "date" : "relevance", page + 1);
		}
	}
	buf_adds(b, "</nav>\n");
	page_end(b);
	search_results_release(&r);
}

/* Paragraphs of the stored text: blocks are separated by blank lines. */
static void text_blocks(struct buf *b, const char *text)
{
	const char *p = text;
	while (p && *p) {
		const char *end = strstr(p, "\n\n");
		size_t n = end ? (size_t)(end - p) : strlen(p);
		while (n && (*p == '\n' || *p == ' ')) {
			p++;
			n--;
		}
		if (n) {
			struct buf para = BUF_INIT;
			buf_add(&para, p, n);
			buf_adds(b, "<p>");
			html_escape(b, para.data);
			buf_adds(b, "</p>\n");
			buf_release(&para);
		}
		p = end ? end + 2 : NULL;
	}
}

static int is_http_url(const char *u)
{
	return u && (!strncmp(u, "http://", 7) || !strncmp(u, "https://", 8));
}

/* A link to an outside URL, only when it is http(s); else plain text. */
static void outside_link(struct buf *b, const char *url, const char *label)
{
	if (is_http_url(url)) {
		buf_adds(b, "<a href=\"");
		html_escape(b, url);
		buf_adds(b, "\">");
		html_escape(b, label ? label : url);
		buf_adds(b, "</a>");
	} else {
		html_escape(b, label ? label : url);
	}
}

/*
 * "Read more: <original>" for a republished piece: the stored original of
 * its syndication group when there is one, else the source the page itself
 * credits.
 */
static void attribution(struct store *st, struct buf *b, const struct article *a)
{
	struct article o;
	int64_t g = 0;

	if (store_group_of(st, a->id, &g, NULL) == 0 && g && g != a->id &&
	    store_article_get(st, g, &o, NULL) == 0) {
		buf_adds(b, "<p class=\"attr\">Read more: ");
		buf_addf(b, "<a href=\"/article/%lld\">", (long long)o.id);
		html_escape(b, o.source ? o.source : o.url);
		buf_adds(b, ": ");
		html_escape(b, o.title);
		buf_adds(b, "</a>");
		if (is_http_url(o.url)) {
			buf_adds(b, " (");
			outside_link(b, o.url, "original");
			buf_adds(b, ")");
		}
		buf_adds(b, "</p>\n");
		article_release(&o);
		return;
	}
	if (a->original_name || a->original_url) {
		buf_adds(b, "<p class=\"attr\">Read more: ");
		outside_link(b, a->original_url, a->original_name);
		buf_adds(b, "</p>\n");
	}
}

/* Where else the same story was published. */
static void copies_block(struct store *st, struct buf *b, const struct article *a)
{
	struct article_list l;
	size_t i;
	if (store_copies(st, a->id, &l, NULL) < 0 || l.n == 0)
		return;
	buf_adds(b, "<aside class=\"copies\"><h2>Also published by</h2><ul>\n");
	for (i = 0; i < l.n; i++) {
		buf_addf(b, "<li><a href=\"/article/%lld\">", (long long)l.items[i].id);
		html_escape(b, l.items[i].source ? l.items[i].source : l.items[i].url);
		buf_adds(b, "</a>: ");
		html_escape(b, l.items[i].title);
		buf_adds(b, "</li>\n");
	}
	buf_adds(b, "</ul></aside>\n");
	article_list_release(&l);
}

static void related_block(struct store *st, struct buf *b, const struct article *a)
{
	struct search_results r;
	size_t i;
	if (store_related(st, a->id, 5, &r, NULL) < 0)
		return;
	if (r.n) {
		buf_adds(b, "<aside class=\"related\"><h2>Related news</h2><ul>\n");
		for (i = 0; i < r.n; i++) {
			buf_addf(b, "<li><a href=\"/article/%lld\">", (long long)r.items[i].a.id);
			html_escape(b, r.items[i].a.title);
			buf_adds(b, "</a> <span class=\"meta\">");
			html_escape(b, r.items[i].a.source);
			if (r.items[i].a.published) {
				buf_adds(b, " · ");
				buf_add(b, r.items[i].a.published,
					strnlen(r.items[i].a.published, 10));
			}
			buf_adds(b, "</span></li>\n");
		}
		buf_adds(b, "</ul></aside>\n");
	}
	search_results_release(&r);
}

static void article_page(struct store *st, const char *idstr, struct web_response *res)
{
	struct article a;
	struct error err = { 0 };
	struct buf *b = &res->body;
	char *end;
	long long id;

	errno = 0;
	id = strtoll(idstr, &end, 10);
	if (errno || *end || end == idstr || id <= 0) {
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
	page_begin(b, a.title);
	buf_adds(b, "<article>\n<h1>");
	html_escape(b, a.title);
	buf_adds(b, "</h1>\n");
	meta_line(b, &a);
	attribution(st, b, &a);
	text_blocks(b, a.text);
	buf_adds(b, "</article>\n<p class=\"meta\">Source: ");
	if (is_http_url(a.url)) {
		buf_adds(b, "<a href=\"");
		html_escape(b, a.url);
		buf_adds(b, "\">");
		html_escape(b, a.url);
		buf_adds(b, "</a>");
	} else {
		html_escape(b, a.url);
	}
	buf_adds(b, "</p>\n");
	copies_block(st, b, &a);
	related_block(st, b, &a);
	page_end(b);
	article_release(&a);
	res->status = 200;
}

int web_handle(struct store *st, const struct web_request *req, struct web_response *res)
{
	buf_init(&res->body, 0);
	res->status = 500;
	res->content_type = "text/html; charset=utf-8";
	res->allow = NULL;

	if (strcmp(req->method, "GET") && strcmp(req->method, "HEAD")) {
		set_error(res, 405, "Method not allowed", "This site is read-only.");
		res->allow = "GET, HEAD";
		return 0;
	}
	if (!strcmp(req->path, "/")) {
		front_page(st, req, res);
	} else if (!strcmp(req->path, "/search")) {
		search_page(st, req, res);
	} else if (!strncmp(req->path, "/article/", 9)) {
		article_page(st, req->path + 9, res);
	} else if (!strcmp(req->path, "/static/style.css")) {
		res->status = 200;
		res->content_type = "text/css; charset=utf-8";
		buf_add(&res->body, style_css, sizeof(style_css) - 1);
	} else {
		set_error(res, 404, "Not found", "There is no page at this address.");
	}
	return 0;
}

void web_response_release(struct web_response *res)
{
	buf_release(&res->body);
}
