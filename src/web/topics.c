/*
 * topics.c: the pages that gather articles across outlets: a tag
 * (/tag/NAME, the sections and keywords pages give themselves) and a story
 * (/story/ID, every outlet's report of one event, found by
 * corpus/stories.h around the article's date).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/stories.h"
#include "util/date.h"
#include "web/internal.h"

#include "util/banned.h"

/* Days either side of an article's date in which its story is looked for. */
#define STORY_SPAN_DAYS 5

int tag_ok(const char *tag)
{
	size_t n = tag ? strlen(tag) : 0;
	const char *p;
	if (n == 0 || n > 100 || !strcmp(tag, ".") || !strcmp(tag, ".."))
		return 0;
	if (n >= 5 && !strcmp(tag + n - 5, ".atom"))
		return 0;
	for (p = tag; *p; p++) {
		unsigned char c = (unsigned char)*p;
		/* stored tags are lower case; '%' and '/' would not survive a path */
		if (c < 0x20 || c == 0x7f || c == '/' || c == '%' || c == '?' || c == '#' ||
		    (c >= 'A' && c <= 'Z'))
			return 0;
	}
	return 1;
}

void tag_link(struct buf *b, const char *tag)
{
	buf_puts(b, "<a href=\"/tag/");
	url_encode(b, tag);
	buf_puts(b, "\">");
	html_escape(b, tag);
	buf_puts(b, "</a>");
}

/*
 * A path segment as a link writes it (a static export renders the links
 * it finds) or as the server decoded it: %XX decoded into out. -1 when it
 * does not fit or decodes to a byte tag_ok refuses anyway.
 */
int tag_from_path(const char *seg, char *out, size_t n)
{
	size_t o = 0;
	for (; *seg; seg++) {
		int c = (unsigned char)*seg;
		if (c == '%' && seg[1] && seg[2]) {
			char hex[3] = { seg[1], seg[2], 0 }, *end;
			long v = strtol(hex, &end, 16);
			if (*end || v <= 0)
				return -1;
			c = (int)v;
			seg += 2;
		}
		if (o + 1 >= n)
			return -1;
		out[o++] = (char)c;
	}
	out[o] = 0;
	return tag_ok(out) ? 0 : -1;
}

void tag_page(struct store *st, const char *seg, const struct web_request *req,
	      struct web_response *res)
{
	struct article_list l;
	struct error err = { 0 };
	struct buf *b = &res->body, canon = BUF_INIT, feed = BUF_INIT, title = BUF_INIT;
	struct page_head h = { 0 };
	char tag[128];
	long page;

	if (tag_from_path(seg, tag, sizeof(tag)) < 0) {
		set_error(res, 404, "Not found", "There is no such tag.");
		return;
	}
	if (page_number(req, res, &page) < 0)
		return;
	if (store_tag_latest(st, tag, PAGE_SIZE + 1, (size_t)(page - 1) * PAGE_SIZE, &l, &err) <
	    0) {
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	if (!l.n && page == 1) {
		article_list_release(&l);
		set_error(res, 404, "Not found", "No article has this tag.");
		return;
	}
	buf_puts(&canon, "/tag/");
	url_encode(&canon, tag);
	buf_putf(&feed, "%s.atom", canon.data);
	buf_putf(&title, "Tag: %s", tag);
	h.title = title.data;
	h.canonical = canon.data;
	h.feed = feed.data;
	page_begin(b, &h);
	buf_puts(b, "<h1>Tag: ");
	html_escape(b, tag);
	buf_puts(b, "</h1>\n<p class=\"meta\">Articles whose outlet filed them under this tag, "
		    "newest first · <a href=\"");
	html_escape(b, feed.data);
	buf_puts(b, "\">Atom feed</a> · <a href=\"/search?q=tag%3A");
	{
		struct buf q = BUF_INIT;
		/* a tag of several words is one quoted value of the filter */
		if (strchr(tag, ' ')) {
			buf_putc(&q, '"');
			buf_puts(&q, tag);
			buf_putc(&q, '"');
		} else {
			buf_puts(&q, tag);
		}
		url_encode(b, q.data);
		buf_release(&q);
	}
	buf_puts(b, "\">Search within it</a></p>\n");
	if (!l.n)
		buf_puts(b, "<p>This is past the last page.</p>\n");
	article_list_html(st, b, l.items, l.n < PAGE_SIZE ? l.n : PAGE_SIZE);
	pager_html(b, canon.data, page, l.n > PAGE_SIZE, "Newer", "Older");
	page_end(b);
	article_list_release(&l);
	buf_release(&canon);
	buf_release(&feed);
	buf_release(&title);
	res->status = 200;
}

/* ---- stories ---- */

/* "YYYY-MM-DD" `delta` days from the date `iso` starts with; -1 when it has none. */
static int date_shift(const char *iso, int delta, char *out, size_t n)
{
	int y, m, d;
	if (!iso || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 ||
	    d > date_days_in_month(y, m))
		return -1;
	date_civil_from_days(date_days_from_civil(y, m, d) + delta, &y, &m, &d);
	snprintf(out, n, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
	return 0;
}

int story_of(struct store *st, int64_t id, struct story *out, struct error *err)
{
	struct story_options opt = { 0 };
	struct story_list l = { 0 };
	struct article a;
	char since[16], until[16];
	int64_t g = 0;
	size_t i, j;
	int r;

	memset(out, 0, sizeof(*out));
	if ((r = store_group_of(st, id, &g, err)) < 0)
		return r;
	if (!g)
		g = id;
	if ((r = store_article_get(st, g, &a, err)) < 0)
		return r;
	if (date_shift(a.published, -STORY_SPAN_DAYS, since, sizeof(since)) == 0 &&
	    date_shift(a.published, STORY_SPAN_DAYS, until, sizeof(until)) == 0) {
		opt.since = since;
		opt.until = until;
		if ((r = stories_find(st, &opt, &l, err)) < 0) {
			article_release(&a);
			return r;
		}
		for (i = 0; i < l.n; i++)
			for (j = 0; j < l.items[i].n; j++)
				if (l.items[i].ids[j] == g) {
					*out = l.items[i];
					memset(&l.items[i], 0, sizeof(l.items[i]));
					goto found;
				}
	}
	/* in no story with other outlets: a story of its own */
	out->ids = malloc(sizeof(*out->ids));
	out->first = a.published ? strdup(a.published) : NULL;
	out->last = a.published ? strdup(a.published) : NULL;
	if (!out->ids || (a.published && (!out->first || !out->last))) {
		story_release(out);
		r = error_nomem(err);
		goto done;
	}
	out->ids[0] = g;
	out->n = 1;
	out->sources = 1;
found:
	r = 0;
done:
	story_list_release(&l);
	article_release(&a);
	return r;
}

int top_stories(struct store *st, struct story_list *out, struct error *err)
{
	struct story_options opt = { 0 };
	struct search_results l;
	char since[16];
	size_t i;
	int r;

	memset(out, 0, sizeof(*out));
	/* the newest dated original gives "now": the corpus may be an archive */
	if ((r = store_latest_groups(st, 8, 0, &l, err)) < 0)
		return r;
	for (i = 0; i < l.n && !l.items[i].a.published; i++)
		;
	if (i == l.n ||
	    date_shift(l.items[i].a.published, 1 - TOP_STORY_DAYS, since, sizeof(since)) < 0) {
		search_results_release(&l);
		return 0;
	}
	search_results_release(&l);
	opt.since = since;
	return stories_find(st, &opt, out, err);
}

void story_release(struct story *s)
{
	free(s->ids);
	free(s->first);
	free(s->last);
	memset(s, 0, sizeof(*s));
}

/* Parse the ID of /story/ID: digits, no sign, no leading zero; 0 when it is not one. */
int64_t story_id(const char *s)
{
	char *end;
	long long id;
	errno = 0;
	id = strtoll(s, &end, 10);
	if (errno || *end || end == s || id <= 0 || s[0] < '1' || s[0] > '9')
		return 0;
	return id;
}

void story_page(struct store *st, const char *idstr, struct web_response *res)
{
	struct story s;
	struct article first;
	struct article_list one = { 0 };
	struct error err = { 0 };
	struct buf *b = &res->body, canon = BUF_INIT, feed = BUF_INIT;
	struct page_head h = { 0 };
	int64_t id = story_id(idstr);
	size_t i;

	if (!id) {
		set_error(res, 404, "Not found", "There is no such story.");
		return;
	}
	if (story_of(st, id, &s, &err) < 0) {
		if (err.code == ERR_NOTFOUND)
			set_error(res, 404, "Not found", "There is no such story.");
		else
			set_error(res, 500, "Server error", err.msg);
		return;
	}
	if (store_article_get(st, s.ids[0], &first, &err) < 0) {
		story_release(&s);
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	/* a story of one report: its copies, which the line below names */
	if (s.n == 1 && store_copies(st, s.ids[0], &one, &err) < 0) {
		article_release(&first);
		story_release(&s);
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	/* one URL a story: its first report's */
	buf_putf(&canon, "/story/%lld", (long long)s.ids[0]);
	buf_putf(&feed, "/story/%lld.atom", (long long)s.ids[0]);
	h.title = first.title;
	h.canonical = canon.data;
	h.feed = feed.data;
	h.lang = first.language;
	page_begin_h1(b, &h);
	buf_puts(b, "<p class=\"meta\">A story: ");
	if (s.n > 1)
		buf_putf(b, "%zu reports by %zu outlet%s", s.n, s.sources,
			 s.sources == 1 ? "" : "s");
	else if (one.n)
		/* its copies are no other outlet's report: say so, not "only" */
		buf_putf(b, "one report so far, republished by %zu other outlet%s", one.n,
			 one.n == 1 ? "" : "s");
	else
		buf_puts(b, "only this report so far");
	article_list_release(&one);
	if (s.first) {
		buf_puts(b, " · first ");
		date_human(b, s.first, 1);
	}
	if (s.last && s.n > 1) {
		buf_puts(b, " · last ");
		date_human(b, s.last, 1);
	}
	buf_puts(b, " · <a href=\"");
	html_escape(b, feed.data);
	buf_puts(b, "\">Atom feed</a></p>\n<h2>Every outlet's report</h2>\n<ol class=\"list\">\n");
	error_clear(&err); /* (story_of may leave an absence it passed over: unstored terms) */
	for (i = 0; i < s.n; i++) {
		struct article a;
		struct article_list copies;
		size_t k;
		if (store_article_get(st, s.ids[i], &a, &err) < 0)
			break;
		buf_putf(b, "<li><a class=\"t\" href=\"/article/%lld\">", (long long)a.id);
		html_escape(b, a.title);
		buf_puts(b, "</a>\n<p class=\"meta\">");
		outlet_link(st, b, &a);
		if (a.published) {
			buf_puts(b, " · ");
			date_human(b, a.published, 1);
		}
		buf_puts(b, "</p>\n");
		if (store_copies(st, a.id, &copies, &err) < 0) {
			article_release(&a);
			break;
		}
		{
			if (copies.n) {
				buf_puts(b, "<p class=\"copies\">Also published by ");
				for (k = 0; k < copies.n; k++) {
					if (k)
						buf_puts(b, ", ");
					buf_putf(b, "<a href=\"/article/%lld\">",
						 (long long)copies.items[k].id);
					{
						char name[128];
						outlet_display(copies.items[k].source,
							       copies.items[k].source_url,
							       copies.items[k].url, name,
							       sizeof(name));
						html_escape(b, name);
					}
					buf_puts(b, "</a>");
				}
				buf_puts(b, "</p>\n");
			}
			article_list_release(&copies);
		}
		buf_puts(b, "</li>\n");
		article_release(&a);
	}
	buf_puts(b, "</ol>\n");
	page_end(b);
	article_release(&first);
	story_release(&s);
	buf_release(&canon);
	buf_release(&feed);
	res->status = 200;
	/* a report that could not be read fails the page, never shortens it */
	if (err.code)
		set_error(res, 500, "Server error", err.msg);
}

/* ---- briefings of earlier periods ---- */

/* 0 when `s` is a real date written YYYY-MM-DD. */
static int day_ok(const char *s)
{
	int y, m, d, used = 0;
	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &used) != 3 || used != 10 ||
	    s[4] != '-' || s[7] != '-' || y < 1000 || m < 1 || m > 12 || d < 1 ||
	    d > date_days_in_month(y, m))
		return -1;
	return 0;
}

void briefing_day_page(struct store *st, const char *day, struct web_response *res)
{
	struct event_filter f = { 0 };
	struct stored_event_list ev;
	struct buf *b = &res->body, canon = BUF_INIT, title = BUF_INIT;
	struct page_head h = { 0 };
	int64_t *ids = NULL, *before = NULL, after = 0;
	size_t n = 0, nb = 0, i;
	char prev[16], next[16];
	struct error err = { 0 };

	if (day_ok(day) < 0) {
		set_error(res, 404, "Not found",
			  "A briefing's period is a day: /briefing/YYYY-MM-DD.");
		return;
	}
	date_shift(day, -1, prev, sizeof(prev));
	date_shift(day, 1, next, sizeof(next));
	f.since = day;
	f.until = day;
	f.first_told = 1; /* each deed once, told by its story's original as every list tells it */
	f.limit = 500;
	if (store_originals_between(st, day, day, 40, &ids, &n, &err) < 0 ||
	    store_originals_between(st, NULL, prev, 1, &before, &nb, &err) < 0 ||
	    store_original_first_since(st, next, &after, &err) < 0 ||
	    store_events_query(st, &f, &ev, &err) < 0) {
		free(ids);
		free(before);
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	buf_putf(&canon, "/briefing/%s", day);
	{
		buf_puts(&title, "Briefing: ");
		date_human(&title, day, 0);
	}
	h.title = title.data;
	h.canonical = canon.data;
	h.feed = "/feed.atom";
	page_begin_h1(b, &h);
	buf_puts(b, "<p>The stories published on this day and the weightiest events "
		    "dated to it, each linked to the article it comes from.</p>\n");
	buf_puts(b, "<h2>Top stories</h2>\n");
	if (!n)
		buf_puts(b, "<p>No dated story on this day.</p>\n");
	else
		buf_puts(b, "<ol class=\"list\">\n");
	for (i = 0; i < n; i++) {
		struct article a;
		struct article_list copies = { 0 };
		if (store_article_get(st, ids[i], &a, &err) < 0)
			break;
		buf_putf(b, "<li><a class=\"t\" href=\"/article/%lld\">", (long long)a.id);
		html_escape(b, a.title);
		buf_puts(b, "</a><p class=\"meta\">");
		outlet_link(st, b, &a);
		buf_puts(b, " · ");
		date_human(b, a.published, 1);
		if (store_copies(st, a.id, &copies, &err) < 0) {
			article_release(&a);
			break;
		}
		if (copies.n)
			buf_putf(b, " · %zu more outlet%s", copies.n, copies.n == 1 ? "" : "s");
		article_list_release(&copies);
		buf_puts(b, "</p>");
		if (a.description) {
			buf_puts(b, "<p class=\"desc\">");
			html_escape(b, a.description);
			buf_puts(b, "</p>");
		}
		buf_puts(b, "</li>\n");
		article_release(&a);
	}
	if (n)
		buf_puts(b, "</ol>\n");
	if (ev.n)
		key_events_html(st, b, &ev);
	/* the days before and after with news, at any distance */
	buf_puts(b, "<nav class=\"pager\" aria-label=\"Periods\">");
	if (nb) {
		struct article a;
		if (store_article_get(st, before[0], &a, &err) == 0) {
			if (a.published && strlen(a.published) >= 10) {
				buf_putf(b, "<a rel=\"prev\" href=\"/briefing/%.10s\">Earlier: ",
					 a.published);
				date_human(b, a.published, 0);
				buf_puts(b, "</a>");
			}
			article_release(&a);
		}
	}
	if (after) {
		struct article a;
		if (store_article_get(st, after, &a, &err) == 0) {
			if (a.published && strlen(a.published) >= 10) {
				buf_putf(b, "<a rel=\"next\" href=\"/briefing/%.10s\">Later: ",
					 a.published);
				date_human(b, a.published, 0);
				buf_puts(b, "</a>");
			}
			article_release(&a);
		}
	}
	buf_puts(b, "<a href=\"/briefing\">Latest</a></nav>\n");
	page_end(b);
	free(ids);
	free(before);
	stored_event_list_release(&ev);
	buf_release(&canon);
	buf_release(&title);
	res->status = 200;
	/* a story or a neighbouring day that could not be read fails the page */
	if (err.code)
		set_error(res, 500, "Server error", err.msg);
}
