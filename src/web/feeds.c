/*
 * feeds.c: Atom 1.0 (RFC 4287) beside each list: the latest news, an
 * outlet, an actor, a dyad (its events) and a search. Ids are tag URIs
 * made of the article's or event's id, so they stay the same between
 * runs; every date is RFC 3339; every text is escaped as XML.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/dyads.h"
#include "corpus/query.h"
#include "corpus/stories.h"
#include "web/internal.h"

#include "util/banned.h"

#define FEED_ENTRIES 50
#define TAG_BASE     "tag:brief.invalid,2024:"

/* See internal.h. */
void web_rfc3339(const char *iso, char *out, size_t n)
{
	int y, mo, d, h = 0, mi = 0, s = 0, used = 0;
	char zone[8] = "Z";
	const char *rest;

	out[0] = 0;
	if (!iso || sscanf(iso, "%4d-%2d-%2d%n", &y, &mo, &d, &used) != 3 || used != 10)
		return;
	if (mo < 1 || mo > 12 || d < 1 || d > 31)
		return;
	rest = iso + 10;
	if (*rest == 'T' || *rest == ' ') {
		int u = 0;
		if (sscanf(rest + 1, "%2d:%2d%n", &h, &mi, &u) < 2)
			h = mi = 0, u = 0;
		rest += 1 + u;
		if (u && *rest == ':') {
			int u2 = 0;
			if (sscanf(rest + 1, "%2d%n", &s, &u2) == 1)
				rest += 1 + u2;
			while (*rest == '.' || (*rest >= '0' && *rest <= '9'))
				rest++;
		}
		if ((*rest == '+' || *rest == '-') && strlen(rest) >= 6 && rest[3] == ':')
			snprintf(zone, sizeof(zone), "%.6s", rest);
		else if ((*rest == '+' || *rest == '-') && strlen(rest) >= 5)
			snprintf(zone, sizeof(zone), "%c%.2s:%.2s", rest[0], rest + 1, rest + 3);
	}
	if (y < 0 || y > 9999 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59)
		h = mi = s = 0;
	if (y < 0 || y > 9999)
		return;
	snprintf(out, n, "%04d-%02d-%02dT%02d:%02d:%02d%s", y % 10000, mo % 100, d % 100, h % 100,
		 mi % 100, s % 100, zone);
}

/* The later of two RFC 3339 values, compared as UTC text would mislead: kept simple, by text. */
static void keep_latest(char *latest, size_t n, const char *v)
{
	if (v[0] && strcmp(v, latest) > 0)
		snprintf(latest, n, "%s", v);
}

static void feed_begin(struct buf *b, const char *title, const char *self, const char *alt,
		       const char *updated)
{
	buf_puts(b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
		    "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>");
	html_escape(b, title);
	buf_puts(b, "</title>\n<id>" TAG_BASE "feed");
	html_escape(b, self);
	buf_puts(b, "</id>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"");
	html_escape(b, self);
	buf_puts(b, "\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"");
	html_escape(b, alt);
	buf_puts(b, "\"/>\n<updated>");
	buf_puts(b, updated[0] ? updated : "1970-01-01T00:00:00Z");
	buf_puts(b, "</updated>\n<author><name>brief</name></author>\n"
		    "<generator>brief</generator>\n");
}

static void article_entry(struct buf *b, const struct article *a)
{
	char pub[40], upd[40], name[128];

	web_rfc3339(a->published, pub, sizeof(pub));
	web_rfc3339(a->added, upd, sizeof(upd));
	if (!upd[0])
		snprintf(upd, sizeof(upd), "%s", pub[0] ? pub : "1970-01-01T00:00:00Z");
	outlet_display(a->source, a->source_url, a->url, name, sizeof(name));
	buf_putf(b, "<entry>\n<id>" TAG_BASE "article/%lld</id>\n<title>", (long long)a->id);
	html_escape(b, a->title);
	buf_putf(b,
		 "</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"/article/%lld\"/>\n",
		 (long long)a->id);
	if (url_is_http(a->url)) {
		buf_puts(b, "<link rel=\"via\" href=\"");
		html_escape(b, a->url);
		buf_puts(b, "\"/>\n");
	}
	if (pub[0])
		buf_putf(b, "<published>%s</published>\n", pub);
	buf_putf(b, "<updated>%s</updated>\n<author><name>", upd);
	html_escape(b, a->byline && *a->byline ? a->byline : name);
	buf_puts(b, "</name></author>\n<source><title>");
	html_escape(b, name);
	buf_puts(b, "</title></source>\n");
	if (a->description) {
		buf_puts(b, "<summary type=\"text\">");
		html_escape(b, a->description);
		buf_puts(b, "</summary>\n");
	}
	buf_puts(b, "</entry>\n");
}

/* The feed of a list of articles. */
static void articles_feed(struct buf *b, const char *title, const char *self, const char *alt,
			  const struct article *const *items, size_t n)
{
	char latest[40] = "", v[40];
	size_t i;
	for (i = 0; i < n; i++) {
		web_rfc3339(items[i]->added, v, sizeof(v));
		keep_latest(latest, sizeof(latest), v);
		web_rfc3339(items[i]->published, v, sizeof(v));
		keep_latest(latest, sizeof(latest), v);
	}
	feed_begin(b, title, self, alt, latest);
	for (i = 0; i < n; i++)
		article_entry(b, items[i]);
	buf_puts(b, "</feed>\n");
}

static void from_hits(struct buf *b, const char *title, const char *self, const char *alt,
		      const struct search_results *r)
{
	const struct article **v = calloc(r->n + 1, sizeof(*v));
	size_t i;
	if (!v)
		return;
	for (i = 0; i < r->n; i++)
		v[i] = &r->items[i].a;
	articles_feed(b, title, self, alt, v, r->n);
	free(v);
}

static void from_list(struct buf *b, const char *title, const char *self, const char *alt,
		      const struct article_list *l)
{
	const struct article **v = calloc(l->n + 1, sizeof(*v));
	size_t i;
	if (!v)
		return;
	for (i = 0; i < l->n; i++)
		v[i] = &l->items[i];
	articles_feed(b, title, self, alt, v, l->n);
	free(v);
}

/* When an event happened, as RFC 3339: "1998" and "1998-09" are the period's first day. */
static void event_when(const char *date, char *out, size_t n)
{
	char full[16];

	web_rfc3339(date, out, n);
	if (out[0])
		return;
	snprintf(full, sizeof(full), "%.4s-%.2s-01", date && strlen(date) >= 4 ? date : "1970",
		 date && strlen(date) >= 7 ? date + 5 : "01");
	web_rfc3339(full, out, n);
	if (!out[0])
		snprintf(out, n, "1970-01-01T00:00:00Z");
}

/* A related link to each other article that told the deed of `e` (event_copies). */
static void event_copies_links(struct store *st, struct buf *b, const struct stored_event *e)
{
	struct article_list c;
	size_t i;
	int r;
	if ((r = event_copies(st, e, &c, NULL)) < 0) {
		(void)buf_fail(b, r); /* a failed read fails the feed */
		return;
	}
	for (i = 0; i < c.n; i++) {
		char name[128];
		outlet_display(c.items[i].source, c.items[i].source_url, c.items[i].url, name,
			       sizeof(name));
		buf_putf(b,
			 "<link rel=\"related\" type=\"text/html\" href=\"/article/%lld\" title=\"",
			 (long long)c.items[i].id);
		html_escape(b, name);
		buf_puts(b, "\"/>\n");
	}
	article_list_release(&c);
}

static void events_feed(struct store *st, struct buf *b, const char *title, const char *self,
			const char *alt, const struct stored_event_list *l)
{
	char latest[40] = "", v[40];
	size_t i;

	for (i = 0; i < l->n; i++) {
		web_rfc3339(l->items[i].date, v, sizeof(v));
		keep_latest(latest, sizeof(latest), v);
	}
	feed_begin(b, title, self, alt, latest);
	for (i = 0; i < l->n; i++) {
		const struct stored_event *e = &l->items[i];
		char who[EVENT_WORDS], deed[EVENT_WORDS], when[40];
		event_actors(e, who, sizeof(who));
		event_deed(e->code, deed, sizeof(deed));
		event_when(e->date, when, sizeof(when));
		buf_putf(b, "<entry>\n<id>" TAG_BASE "event/%lld</id>\n<title>", (long long)e->id);
		html_escape(b, who);
		buf_puts(b, ": ");
		html_escape(b, deed);
		buf_putf(b,
			 ", %+.1f</title>\n<link rel=\"alternate\" type=\"text/html\" "
			 "href=\"/article/%lld\"/>\n<updated>%s</updated>\n",
			 e->goldstein, (long long)e->article_id, when);
		event_copies_links(st, b, e);
		buf_puts(b, "<summary type=\"text\">");
		html_escape(b, e->evidence ? e->evidence : e->title);
		buf_puts(b, "</summary>\n</entry>\n");
	}
	buf_puts(b, "</feed>\n");
}

void feed_route(struct store *st, const char *path, const struct web_request *req,
		struct web_response *res)
{
	struct buf *b = &res->body, list = BUF_INIT, title = BUF_INIT;
	struct error err = { 0 };
	size_t plen = strlen(path) - 5; /* without ".atom" */
	int ok = 0;

	buf_put(&list, path, plen);
	res->content_type = "application/atom+xml; charset=utf-8";
	if (!strcmp(list.data, "/feed")) {
		struct search_results r;
		if (store_latest_groups(st, FEED_ENTRIES, 0, &r, &err) == 0) {
			from_hits(b, "brief: latest news", path, "/", &r);
			search_results_release(&r);
			ok = 1;
		}
	} else if (!strcmp(list.data, "/search")) {
		struct search_query q;
		struct search_results r;
		if (!req->q || !*req->q) {
			set_error(res, 400, "Bad request", "A search feed needs ?q=.");
			goto out;
		}
		if (search_query_parse(req->q, &q, &err) < 0) {
			set_error(res, 400, "Bad request", err.msg);
			goto out;
		}
		q.sort_by_date = 1;
		if (query_actor_code(st, &q, &err) == 0 &&
		    store_search(st, &q, FEED_ENTRIES, 0, &r, &err) == 0) {
			struct buf self = BUF_INIT, alt = BUF_INIT;
			buf_puts(&self, "/search.atom?q=");
			url_encode(&self, req->q);
			buf_puts(&alt, "/search?q=");
			url_encode(&alt, req->q);
			buf_putf(&title, "brief: search for %s", req->q);
			from_hits(b, title.data, self.data, alt.data, &r);
			buf_release(&self);
			buf_release(&alt);
			search_results_release(&r);
			ok = 1;
		} else if (err.code == ERR_USAGE) {
			search_query_release(&q);
			set_error(res, 400, "Bad request", err.msg);
			goto out;
		}
		search_query_release(&q);
	} else if (!strncmp(list.data, "/source/", 8)) {
		char *end;
		long long id = strtoll(list.data + 8, &end, 10);
		struct outlet o;
		struct article_list l;
		if (*end || id <= 0 || list.data[8] < '1' || list.data[8] > '9') {
			set_error(res, 404, "Not found", "There is no such outlet.");
			goto out;
		}
		if (store_outlet_get(st, id, &o, &err) < 0) {
			if (err.code == ERR_NOTFOUND)
				set_error(res, 404, "Not found", "There is no such outlet.");
			else
				set_error(res, 500, "Server error", err.msg);
			goto out;
		}
		if (store_outlet_latest(st, id, FEED_ENTRIES, 0, &l, &err) == 0) {
			char name[128];
			outlet_display(o.name, o.url, NULL, name, sizeof(name));
			buf_putf(&title, "brief: %s", name);
			from_list(b, title.data, path, list.data, &l);
			article_list_release(&l);
			ok = 1;
		}
		outlet_release(&o);
	} else if (!strncmp(list.data, "/tag/", 5)) {
		struct article_list l;
		struct buf alt = BUF_INIT;
		char tag[128];
		if (tag_from_path(list.data + 5, tag, sizeof(tag)) < 0) {
			set_error(res, 404, "Not found", "There is no such tag.");
			goto out;
		}
		if (store_tag_latest(st, tag, FEED_ENTRIES, 0, &l, &err) == 0) {
			if (!l.n) {
				article_list_release(&l);
				set_error(res, 404, "Not found", "No article has this tag.");
				goto out;
			}
			buf_puts(&alt, "/tag/");
			url_encode(&alt, tag);
			buf_putf(&title, "brief: tag %s", tag);
			from_list(b, title.data, path, alt.data, &l);
			buf_release(&alt);
			article_list_release(&l);
			ok = 1;
		}
	} else if (!strncmp(list.data, "/story/", 7)) {
		struct story s;
		int64_t id = story_id(list.data + 7);
		if (!id) {
			set_error(res, 404, "Not found", "There is no such story.");
			goto out;
		}
		if (story_of(st, id, &s, &err) == 0) {
			struct article *v = calloc(s.n, sizeof(*v));
			struct article_list l = { v, 0 };
			size_t i;
			struct buf alt = BUF_INIT;
			int r = v ? 0 : error_nomem(&err);
			for (i = 0; !r && i < s.n; i++) {
				r = store_article_get(st, s.ids[i], &v[l.n], &err);
				/* (one removed since the story was read is left out) */
				if (!r)
					l.n++;
				else if (r == -ERR_NOTFOUND)
					r = 0;
			}
			if (!r) {
				buf_putf(&alt, "/story/%lld", (long long)s.ids[0]);
				buf_putf(&title, "brief: story %s", l.n ? l.items[0].title : "");
				from_list(b, title.data, path, alt.data, &l);
				ok = 1;
			}
			buf_release(&alt);
			article_list_release(&l);
			story_release(&s);
		} else if (err.code == ERR_NOTFOUND) {
			set_error(res, 404, "Not found", "There is no such story.");
			goto out;
		}
	} else if (!strncmp(list.data, "/actor/", 7)) {
		struct article_list l;
		char code[32];
		if (actor_route(st, list.data + 7, code, "/actor/", ".atom", req, res) < 0)
			goto out;
		if (actor_articles(st, code, FEED_ENTRIES, &l, &err) == 0) {
			char name[64];
			actor_name(code, name, sizeof(name));
			buf_putf(&title, "brief: %s", name);
			from_list(b, title.data, path, list.data, &l);
			article_list_release(&l);
			ok = 1;
		}
	} else if (!strncmp(list.data, "/dyad/", 6)) {
		char a[32], c[32], to[80];
		struct stored_event_list l;
		int r = dyad_path(list.data + 6, a, c, sizeof(a));
		if (r < 0) {
			set_error(res, 404, "Not found",
				  "A relationship is /dyad/CODE/CODE, of two actors.");
			goto out;
		}
		if (r > 0) {
			snprintf(to, sizeof(to), "/dyad/%s/%s.atom", a, c);
			set_moved(res, to, req);
			goto out;
		}
		if (store_events_page(st, a, c, FEED_ENTRIES * 20, 0, &l, &err) == 0) {
			char an[64], cn[64];
			events_of_dyad(&l, a, c);
			if (l.n > FEED_ENTRIES) {
				size_t k;
				for (k = FEED_ENTRIES; k < l.n; k++)
					stored_event_release(&l.items[k]);
				l.n = FEED_ENTRIES;
			}
			actor_name(a, an, sizeof(an));
			actor_name(c, cn, sizeof(cn));
			buf_putf(&title, "brief: %s and %s", an, cn);
			events_feed(st, b, title.data, path, list.data, &l);
			stored_event_list_release(&l);
			ok = 1;
		}
	} else {
		set_error(res, 404, "Not found", "There is no feed at this address.");
		goto out;
	}
	if (!ok) {
		set_error(res, 500, "Server error", err.msg[0] ? err.msg : "The feed failed.");
		goto out;
	}
	res->status = 200;
	res->content_type = "application/atom+xml; charset=utf-8";
out:
	buf_release(&list);
	buf_release(&title);
}
