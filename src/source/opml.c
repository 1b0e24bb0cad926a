/*
 * opml.c: OPML in and out. See opml.h.
 */
#include "source/opml.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "util/array.h"
#include "util/escape.h"

#include "util/banned.h"

static const char *prop(struct opml *o, xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	const char *r = v && *v ? arena_strdup(&o->arena, (const char *)v) : NULL;
	xmlFree(v);
	return r;
}

static int walk(struct opml *o, xmlNode *n, const char *category, size_t *alloc, int depth)
{
	for (; n; n = n->next) {
		const char *url, *title;
		if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, "outline"))
			continue;
		url = prop(o, n, "xmlUrl");
		title = prop(o, n, "title");
		if (!title)
			title = prop(o, n, "text");
		if (url && o->n >= OPML_MAX_OUTLINES) {
			o->too_many++;
		} else if (url) {
			struct opml_outline *it;
			if (ARRAY_GROW(o->items, o->n, *alloc) < 0)
				return -1;
			it = &o->items[o->n++];
			it->xml_url = url;
			it->title = title;
			it->html_url = prop(o, n, "htmlUrl");
			it->category = category;
		}
		if (depth >= OPML_MAX_DEPTH) {
			xmlNode *k;
			for (k = n->children; k; k = k->next)
				o->too_deep += k->type == XML_ELEMENT_NODE;
			continue;
		}
		if (walk(o, n->children, url ? category : title, alloc, depth + 1) < 0)
			return -1;
	}
	return 0;
}

int opml_sniff(const char *data, size_t len)
{
	size_t lim = len < 4096 ? len : 4096, i = 0;
	while (i + 5 < lim) {
		const char *end, *e;
		if (data[i] != '<') {
			i++;
			continue;
		}
		/* a declaration, comment or doctype, to its end: a '<' inside is no element */
		if (!strncmp(data + i, "<!--", 4))
			end = "-->";
		else if (data[i + 1] == '?')
			end = "?>";
		else if (data[i + 1] == '!')
			end = ">";
		else
			return !memcmp(data + i + 1, "opml", 4) && data[i + 5] &&
			       strchr(" \t\r\n>/", data[i + 5]) != NULL;
		for (e = data + i + 2;
		     e + strlen(end) <= data + lim && strncmp(e, end, strlen(end)); e++)
			;
		if (e + strlen(end) > data + lim)
			return 0;
		i = (size_t)(e - data) + strlen(end);
	}
	return 0;
}

int opml_parse(const char *data, size_t len, struct opml *out, struct error *err)
{
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc;
	xmlNode *root, *c;
	size_t alloc = 0;
	int r = 0;

	memset(out, 0, sizeof(*out));
	if (len > INT32_MAX)
		return error_set(err, ERR_LIMIT, "OPML over 2 GB");
	if (!(ctxt = xmlNewParserCtxt()))
		return error_nomem(err);
	doc = xmlCtxtReadMemory(ctxt, data, (int)len, NULL, NULL,
				XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
					XML_PARSE_NOWARNING);
	out->recovered = !ctxt->wellFormed;
	xmlFreeParserCtxt(ctxt);
	root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root || strcmp((const char *)root->name, "opml")) {
		if (doc)
			xmlFreeDoc(doc);
		return error_set(err, ERR_PARSE, "not an OPML document");
	}
	for (c = root->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (!strcmp((const char *)c->name, "head")) {
			xmlNode *h;
			for (h = c->children; h; h = h->next)
				if (h->type == XML_ELEMENT_NODE &&
				    !strcmp((const char *)h->name, "title")) {
					xmlChar *t = xmlNodeGetContent(h);
					if (t && *t)
						out->title =
							arena_strdup(&out->arena, (const char *)t);
					xmlFree(t);
				}
		} else if (!strcmp((const char *)c->name, "body")) {
			if (walk(out, c->children, NULL, &alloc, 0) < 0)
				r = error_nomem(err);
		}
	}
	xmlFreeDoc(doc);
	if (r)
		opml_release(out);
	return r;
}

void opml_release(struct opml *o)
{
	free(o->items);
	arena_release(&o->arena);
	memset(o, 0, sizeof(*o));
}

int opml_begin(struct buf *out, const char *title)
{
	buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"
		      "<head><title>");
	xml_escape_str(out, title ? title : "brief sources");
	buf_puts(out, "</title></head>\n<body>\n");
	return buf_error(out);
}

int opml_add(struct buf *out, const struct opml_outline *o)
{
	buf_puts(out, "<outline type=\"rss\" text=\"");
	xml_escape_str(out, o->title ? o->title : o->xml_url);
	buf_puts(out, "\" title=\"");
	xml_escape_str(out, o->title ? o->title : o->xml_url);
	buf_puts(out, "\" xmlUrl=\"");
	xml_escape_str(out, o->xml_url);
	buf_puts(out, "\"");
	if (o->html_url) {
		buf_puts(out, " htmlUrl=\"");
		xml_escape_str(out, o->html_url);
		buf_puts(out, "\"");
	}
	if (o->category) {
		buf_puts(out, " category=\"");
		xml_escape_str(out, o->category);
		buf_puts(out, "\"");
	}
	buf_puts(out, "/>\n");
	return buf_error(out);
}

int opml_end(struct buf *out)
{
	return buf_adds(out, "</body>\n</opml>\n");
}
