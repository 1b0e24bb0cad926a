/*
 * pages.c: the site's pages, rendered from the store.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

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
			"<body><header class=\"site\"><a href=\"/\">brief</a></header>\n<main>\n");
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

static void front_page(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct article_list l;
	struct error err = { 0 };
	struct buf *b = &res->body;
	long page = 1;
	size_t i;

	if (req->page) {
		char *end;
		errno = 0;
		page = strtol(req->page, &end, 10);
		if (errno || *end || page < 1 || page > 100000) {
			set_error(res, 400, "Bad request", "The page number is not valid.");
			return;
		}
	}
	if (store_articles_latest(st, PAGE_SIZE + 1, (size_t)(page - 1) * PAGE_SIZE, &l, &err) <
	    0) {
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	page_begin(b, "Latest news");
	buf_adds(b, "<h1>Latest news</h1>\n");
	if (l.n == 0)
		buf_adds(b, "<p>No articles yet. Add some with <code>brief ingest</code>.</p>\n");
	buf_adds(b, "<ol class=\"latest\">\n");
	for (i = 0; i < l.n && i < PAGE_SIZE; i++) {
		const struct article *a = &l.items[i];
		buf_addf(b, "<li><a class=\"t\" href=\"/article/%lld\">", (long long)a->id);
		html_escape(b, a->title);
		buf_adds(b, "</a>\n");
		meta_line(b, a);
		if (a->description) {
			buf_adds(b, "<p class=\"desc\">");
			html_escape(b, a->description);
			buf_adds(b, "</p>");
		}
		buf_adds(b, "</li>\n");
	}
	buf_adds(b, "</ol>\n<nav class=\"pager\">");
	if (page > 1)
		buf_addf(b, "<a href=\"/?page=%ld\">Newer</a>", page - 1);
	if (l.n > PAGE_SIZE)
		buf_addf(b, "<a href=\"/?page=%ld\">Older</a>", page + 1);
	buf_adds(b, "</nav>\n");
	page_end(b);
	article_list_release(&l);
	res->status = 200;
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
	if (a.original_name || a.original_url) {
		buf_adds(b, "<p class=\"attr\">Originally published by ");
		if (is_http_url(a.original_url)) {
			buf_adds(b, "<a href=\"");
			html_escape(b, a.original_url);
			buf_adds(b, "\">");
			html_escape(b, a.original_name ? a.original_name : a.original_url);
			buf_adds(b, "</a>");
		} else {
			html_escape(b, a.original_name ? a.original_name : a.original_url);
		}
		buf_adds(b, "</p>\n");
	}
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
