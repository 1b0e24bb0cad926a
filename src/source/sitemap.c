/*
 * sitemap.c: sitemaps and sitemap indexes. See sitemap.h.
 */
#include "source/sitemap.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "source/feed.h"
#include "util/array.h"
#include "util/date.h"
#include "util/url.h"

#include "util/banned.h"

int sitemap_sniff(const char *data, size_t len)
{
	size_t lim = len < 4096 ? len : 4096, i;
	for (i = 0; i + 8 <= lim; i++) {
		if (data[i] != '<')
			continue;
		if (data[i + 1] == '?' || data[i + 1] == '!')
			continue;
		return (lim - i >= 7 && !memcmp(data + i + 1, "urlset", 6)) ||
		       (lim - i >= 13 && !memcmp(data + i + 1, "sitemapindex", 12));
	}
	return 0;
}

static const char *text_of(struct sitemap *s, xmlNode *n)
{
	xmlChar *c = xmlNodeGetContent(n);
	const char *p, *r = NULL;
	size_t len;
	if (!c)
		return NULL;
	p = (const char *)c;
	while (isspace((unsigned char)*p))
		p++;
	len = strlen(p);
	while (len && isspace((unsigned char)p[len - 1]))
		len--;
	if (len)
		r = arena_strndup(&s->arena, p, len);
	xmlFree(c);
	return r;
}

static const char *sitemap_date(struct sitemap *s, const char *v)
{
	char d[DATE_TIMESTAMP_MAX];
	return v && date_parse_timestamp(v, d) == 0 ? arena_strdup(&s->arena, d) : NULL;
}

static void read_news(struct sitemap *s, xmlNode *news, struct sitemap_url *u)
{
	xmlNode *c, *cc;
	for (c = news->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (!strcmp((const char *)c->name, "publication_date"))
			u->news_date = sitemap_date(s, text_of(s, c));
		else if (!strcmp((const char *)c->name, "title"))
			u->news_title = text_of(s, c);
		else if (!strcmp((const char *)c->name, "publication"))
			for (cc = c->children; cc; cc = cc->next)
				if (cc->type == XML_ELEMENT_NODE &&
				    !strcmp((const char *)cc->name, "language"))
					u->news_language = text_of(s, cc);
	}
}

int sitemap_parse(const char *data, size_t len, struct sitemap *out, struct error *err)
{
	xmlDocPtr doc;
	xmlNode *root, *c, *f;
	size_t alloc = 0;
	int r = 0;

	memset(out, 0, sizeof(*out));
	if (len > INT32_MAX)
		return error_set(err, ERR_LIMIT, "sitemap over 2 GB");
	doc = xmlReadMemory(data, (int)len, NULL, NULL,
			    XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
				    XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root || (strcmp((const char *)root->name, "urlset") &&
		      strcmp((const char *)root->name, "sitemapindex"))) {
		if (doc)
			xmlFreeDoc(doc);
		return error_set(err, ERR_PARSE, "not a sitemap");
	}
	out->is_index = !strcmp((const char *)root->name, "sitemapindex");
	for (c = root->children; c; c = c->next) {
		struct sitemap_url u;
		if (c->type != XML_ELEMENT_NODE ||
		    strcmp((const char *)c->name, out->is_index ? "sitemap" : "url"))
			continue;
		memset(&u, 0, sizeof(u));
		for (f = c->children; f; f = f->next) {
			if (f->type != XML_ELEMENT_NODE)
				continue;
			if (!strcmp((const char *)f->name, "loc"))
				u.loc = text_of(out, f);
			else if (!strcmp((const char *)f->name, "lastmod"))
				u.lastmod = sitemap_date(out, text_of(out, f));
			else if (!strcmp((const char *)f->name, "news"))
				read_news(out, f, &u);
		}
		if (!u.loc || !url_is_http(u.loc) || out->n >= SITEMAP_MAX_URLS) {
			out->dropped++;
			continue;
		}
		if (ARRAY_GROW(out->urls, out->n, alloc) < 0) {
			r = error_nomem(err);
			break;
		}
		out->urls[out->n++] = u;
	}
	xmlFreeDoc(doc);
	if (r)
		sitemap_release(out);
	return r;
}

void sitemap_release(struct sitemap *s)
{
	free(s->urls);
	arena_release(&s->arena);
	memset(s, 0, sizeof(*s));
}
