/*
 * feed.c: RSS, RDF, Atom and JSON Feed parsing, feed dates and feed
 * autodiscovery. See feed.h.
 */
#include "source/feed.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "util/array.h"
#include "util/date.h"
#include "util/escape.h"
#include "util/sha256.h"
#include "util/url.h"
#include "util/utf8.h"

#include "util/banned.h"

#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC      "http://purl.org/dc/elements/1.1/"
#define NS_ATOM    "http://www.w3.org/2005/Atom"
#define NS_RDF     "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_XHTML   "http://www.w3.org/1999/xhtml"

/* ---- shared helpers ---- */

static const char *kind_names[] = { "none", "rss", "rdf", "atom", "json" };

const char *feed_kind_name(enum feed_kind k)
{
	return (unsigned)k < sizeof(kind_names) / sizeof(kind_names[0]) ? kind_names[k] : "none";
}

/* Copy `s` into the arena, white space trimmed and made valid UTF-8; NULL if empty. */
static const char *adup(struct arena *a, const char *s, size_t len)
{
	struct buf b = BUF_INIT;
	const char *r;
	while (len && isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	if (!len)
		return NULL;
	if (utf8_valid(s, len))
		return arena_strndup(a, s, len);
	if (utf8_sanitize(&b, s, len) < 0) {
		buf_release(&b);
		a->oom = 1;
		return NULL;
	}
	r = arena_strndup(a, b.data, b.len);
	buf_release(&b);
	return r;
}

/* adup of what `b` holds; a buffer that failed an append fails the arena too. */
static const char *adup_buf(struct arena *a, const struct buf *b)
{
	if (buf_error(b)) {
		a->oom = 1;
		return NULL;
	}
	return adup(a, b->data, b->len);
}

static const char *adups(struct arena *a, const char *s)
{
	return s ? adup(a, s, strlen(s)) : NULL;
}

/* Plain text with runs of white space collapsed (titles, names). */
static const char *adup_line(struct arena *a, const char *s)
{
	struct buf b = BUF_INIT;
	const char *r;
	int space = 0;
	if (!s)
		return NULL;
	for (; *s; s++) {
		if (isspace((unsigned char)*s)) {
			space = 1;
			continue;
		}
		if (space && b.len)
			buf_putc(&b, ' ');
		space = 0;
		buf_putc(&b, *s);
	}
	r = adup_buf(a, &b);
	buf_release(&b);
	return r;
}

/* Plain text as HTML: escaped, blank-line-separated paragraphs as <p>. */
static const char *text_to_html(struct arena *a, const char *s)
{
	struct buf b = BUF_INIT, para = BUF_INIT;
	const char *r, *p = s;
	if (!s)
		return NULL;
	while (*p) {
		const char *e = strstr(p, "\n\n");
		size_t n = e ? (size_t)(e - p) : strlen(p);
		buf_reset(&para);
		if (buf_add(&para, p, n) < 0) {
			a->oom = 1;
			break;
		}
		buf_rtrim(&para);
		if (para.len) {
			buf_puts(&b, "<p>");
			xml_escape(&b, para.data, para.len);
			buf_puts(&b, "</p>\n");
		}
		p += n;
		while (*p == '\n')
			p++;
	}
	r = a->oom ? NULL : adup_buf(a, &b);
	buf_release(&b);
	buf_release(&para);
	return r;
}

static const char *resolve(struct arena *a, const char *base, const char *ref)
{
	struct buf b = BUF_INIT;
	const char *r;
	int rc;
	if (!ref)
		return NULL;
	while (isspace((unsigned char)*ref))
		ref++;
	if (!*ref)
		return NULL;
	if ((rc = url_resolve(&b, base, ref)) < 0) {
		if (rc == -ERR_NOMEM)
			a->oom = 1;
		buf_release(&b);
		return NULL;
	}
	r = adup_buf(a, &b);
	buf_release(&b);
	return r;
}

static const char *date_of(struct arena *a, const char *s)
{
	char d[DATE_TIMESTAMP_MAX];
	if (!s || date_parse_timestamp(s, d) < 0)
		return NULL;
	return arena_strdup(a, d);
}

static struct feed_entry *new_entry(struct feed *f, size_t *alloc)
{
	if (f->n >= FEED_MAX_ENTRIES) {
		f->dropped++;
		return NULL;
	}
	if (ARRAY_GROW(f->entries, f->n, *alloc) < 0) {
		f->arena.oom = 1;
		return NULL;
	}
	memset(&f->entries[f->n], 0, sizeof(f->entries[0]));
	return &f->entries[f->n++];
}

/* The entry's key: id, else normalised link, else a digest of what it says. */
static void entry_finish(struct feed *f, struct feed_entry *e)
{
	struct buf b = BUF_INIT;
	int r = 0;
	if (e->id) {
		e->key = e->id;
		return;
	}
	if (e->link && (r = url_normalize(&b, e->link)) == 0) {
		e->key = arena_strndup(&f->arena, b.data, b.len);
	} else if (r == -ERR_NOMEM || r == -ERR_LIMIT) {
		f->arena.oom = 1;
	} else {
		char hex[65];
		struct sha256 s;
		unsigned char dg[32];
		int i;
		sha256_init(&s);
		sha256_update(&s, e->title ? e->title : "", e->title ? strlen(e->title) : 0);
		sha256_update(&s, "\n", 1);
		sha256_update(&s, e->summary ? e->summary : "",
			      e->summary ? strlen(e->summary) : 0);
		sha256_update(&s, "\n", 1);
		sha256_update(&s, e->content ? e->content : "",
			      e->content ? strlen(e->content) : 0);
		sha256_final(&s, dg);
		for (i = 0; i < 32; i++)
			snprintf(hex + 2 * i, 3, "%02x", dg[i]);
		buf_reset(&b);
		buf_putf(&b, "sha256:%s", hex);
		e->key = adup_buf(&f->arena, &b);
	}
	buf_release(&b);
	if (!e->key)
		e->key = "";
}

/* ---- XML feeds ---- */

static int is_ns(const xmlNode *n, const char *ns)
{
	return n->ns && n->ns->href && !strcmp((const char *)n->ns->href, ns);
}

static int is_el(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

/* Element `name` with no namespace or the feed's own (not a module's). */
static int is_core(const xmlNode *n, const char *name)
{
	return is_el(n, name) && !is_ns(n, NS_CONTENT) && !is_ns(n, NS_DC) &&
	       (!n->ns || !n->ns->prefix || is_ns(n, NS_ATOM) || is_ns(n, NS_RDF) ||
		strstr((const char *)n->ns->href, "rss") ||
		strstr((const char *)n->ns->href, "rdf"));
}

/* Text content of a node in the arena (NULL when empty). */
static const char *node_text(struct feed *f, xmlNode *n)
{
	xmlChar *c = xmlNodeGetContent(n);
	const char *r = c ? adups(&f->arena, (const char *)c) : NULL;
	xmlFree(c);
	return r;
}

static const char *node_line(struct feed *f, xmlNode *n)
{
	xmlChar *c = xmlNodeGetContent(n);
	const char *r = c ? adup_line(&f->arena, (const char *)c) : NULL;
	xmlFree(c);
	return r;
}

static const char *attr(struct feed *f, xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	const char *r = v ? adups(&f->arena, (const char *)v) : NULL;
	xmlFree(v);
	return r;
}

/* The effective base of `n`: xml:base attributes over the document URL. */
static const char *base_of(struct feed *f, xmlNode *n)
{
	xmlChar *b = xmlNodeGetBase(n->doc, n);
	const char *r = b ? adups(&f->arena, (const char *)b) : NULL;
	xmlFree(b);
	return r;
}

/* Atom text construct (title, summary, content) as HTML. */
static const char *atom_html(struct feed *f, xmlNode *n)
{
	xmlChar *type = xmlGetProp(n, (const xmlChar *)"type");
	const char *r = NULL;
	if (type && !strcmp((const char *)type, "xhtml")) {
		xmlBuffer *xb = xmlBufferCreate();
		xmlNode *c;
		for (c = n->children; c && xb; c = c->next) {
			if (is_el(c, "div") && is_ns(c, NS_XHTML)) {
				xmlNode *cc;
				for (cc = c->children; cc; cc = cc->next)
					xmlNodeDump(xb, n->doc, cc, 0, 0);
			} else {
				xmlNodeDump(xb, n->doc, c, 0, 0);
			}
		}
		if (xb)
			r = adups(&f->arena, (const char *)xmlBufferContent(xb));
		xmlBufferFree(xb);
	} else if (type &&
		   (!strcmp((const char *)type, "html") || strstr((const char *)type, "html"))) {
		r = node_text(f, n);
	} else {
		r = text_to_html(&f->arena, node_text(f, n));
	}
	xmlFree(type);
	return r;
}

/* Atom title as plain text: an html/xhtml title loses its tags. */
static const char *atom_title(struct feed *f, xmlNode *n)
{
	xmlChar *type = xmlGetProp(n, (const xmlChar *)"type");
	const char *r = node_line(f, n);
	if (r && type && !strcmp((const char *)type, "html") && strpbrk(r, "<&")) {
		htmlDocPtr d = htmlReadMemory(r, (int)strlen(r), NULL, "UTF-8",
					      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
						      HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
		if (d) {
			xmlNode *root = xmlDocGetRootElement(d);
			if (root)
				r = node_line(f, root);
			xmlFreeDoc(d);
		}
	}
	xmlFree(type);
	return r;
}

/* RSS <description> may be HTML or text; HTML is what we keep. */
static const char *rss_html(struct feed *f, xmlNode *n)
{
	const char *t = node_text(f, n);
	if (!t)
		return NULL;
	if (strchr(t, '<') || strchr(t, '&'))
		return t;
	return text_to_html(&f->arena, t);
}

/*
 * Dublin Core's date and creator of an item or entry that names no date or
 * author of its own (RSS and Atom both take them): 1 when `c` was one.
 */
static int dc_date_or_creator(struct feed *f, xmlNode *c, struct feed_entry *e)
{
	if (is_el(c, "date") && !e->published)
		e->published = date_of(&f->arena, node_text(f, c));
	else if (is_el(c, "creator") && !e->author)
		e->author = node_line(f, c);
	else
		return 0;
	return 1;
}

static void parse_rss_item(struct feed *f, xmlNode *item, struct feed_entry *e)
{
	xmlNode *c;
	const char *guid = NULL, *link = NULL, *about = NULL;
	int guid_permalink = 1;

	if (is_ns(item, NS_RDF) ||
	    xmlHasNsProp(item, (const xmlChar *)"about", (const xmlChar *)NS_RDF)) {
		xmlChar *v = xmlGetNsProp(item, (const xmlChar *)"about", (const xmlChar *)NS_RDF);
		about = v ? adups(&f->arena, (const char *)v) : NULL;
		xmlFree(v);
	}
	for (c = item->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is_ns(c, NS_CONTENT) && is_el(c, "encoded")) {
			e->content = node_text(f, c);
		} else if (is_ns(c, NS_DC)) {
			if (dc_date_or_creator(f, c, e))
				continue;
			if (is_el(c, "language"))
				e->language = node_line(f, c);
			else if (is_el(c, "title") && !e->title)
				e->title = node_line(f, c);
		} else if (is_core(c, "title")) {
			e->title = node_line(f, c);
		} else if (is_core(c, "link") && !link) {
			link = resolve(&f->arena, base_of(f, c), node_text(f, c));
			if (!link) /* an Atom-style link in RSS */
				link = resolve(&f->arena, base_of(f, c), attr(f, c, "href"));
		} else if (is_el(c, "link") && is_ns(c, NS_ATOM)) {
			/* atom:link rel=self etc.: not the entry's page */
		} else if (is_core(c, "guid")) {
			xmlChar *pl = xmlGetProp(c, (const xmlChar *)"isPermaLink");
			guid = node_text(f, c);
			guid_permalink = !(pl && !strcasecmp((const char *)pl, "false"));
			xmlFree(pl);
		} else if (is_core(c, "description")) {
			e->summary = rss_html(f, c);
		} else if (is_core(c, "pubDate")) {
			e->published = date_of(&f->arena, node_text(f, c));
		} else if (is_core(c, "author") && !e->author) {
			e->author = node_line(f, c);
		} else if (is_core(c, "enclosure") && !e->enclosure_url) {
			e->enclosure_url = resolve(&f->arena, base_of(f, c), attr(f, c, "url"));
			e->enclosure_type = attr(f, c, "type");
		} else if (is_el(c, "updated") || is_el(c, "modified")) {
			e->updated = date_of(&f->arena, node_text(f, c));
		}
	}
	e->id = guid ? guid : about;
	if (!link && guid && guid_permalink && url_is_http(guid))
		link = guid;
	if (!link && about && url_is_http(about))
		link = about;
	e->link = link;
}

static void parse_atom_entry(struct feed *f, xmlNode *entry, struct feed_entry *e)
{
	xmlNode *c;
	const char *alt = NULL, *anylink = NULL;
	for (c = entry->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is_ns(c, NS_CONTENT) && is_el(c, "encoded")) {
			if (!e->content)
				e->content = node_text(f, c);
		} else if (is_ns(c, NS_DC)) {
			dc_date_or_creator(f, c, e);
		} else if (is_el(c, "title")) {
			e->title = atom_title(f, c);
		} else if (is_el(c, "id")) {
			e->id = node_text(f, c);
		} else if (is_el(c, "link")) {
			xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");
			xmlChar *type = xmlGetProp(c, (const xmlChar *)"type");
			const char *href = resolve(&f->arena, base_of(f, c), attr(f, c, "href"));
			if (!rel || !strcmp((const char *)rel, "alternate")) {
				if (!alt || (type && strstr((const char *)type, "html")))
					alt = href;
			} else if (!strcmp((const char *)rel, "enclosure") && !e->enclosure_url) {
				e->enclosure_url = href;
				e->enclosure_type =
					type ? adups(&f->arena, (const char *)type) : NULL;
			} else if (!anylink && strcmp((const char *)rel, "self") &&
				   strcmp((const char *)rel, "replies") &&
				   strcmp((const char *)rel, "edit")) {
				anylink = href;
			}
			xmlFree(rel);
			xmlFree(type);
		} else if (is_el(c, "published") || is_el(c, "issued")) {
			e->published = date_of(&f->arena, node_text(f, c));
		} else if (is_el(c, "updated") || is_el(c, "modified")) {
			e->updated = date_of(&f->arena, node_text(f, c));
		} else if (is_el(c, "summary")) {
			e->summary = atom_html(f, c);
		} else if (is_el(c, "content")) {
			if (!xmlHasProp(c, (const xmlChar *)"src"))
				e->content = atom_html(f, c);
		} else if (is_el(c, "author") && !e->author) {
			xmlNode *nm;
			for (nm = c->children; nm; nm = nm->next)
				if (is_el(nm, "name"))
					e->author = node_line(f, nm);
		}
	}
	e->link = alt ? alt : anylink;
	if (!e->published)
		e->published = e->updated;
	if (!e->link && e->id && url_is_http(e->id))
		e->link = e->id;
	{
		xmlChar *lang = xmlNodeGetLang(entry);
		if (lang)
			e->language = adups(&f->arena, (const char *)lang);
		xmlFree(lang);
	}
}

/* Channel-level fields of RSS and RDF. */
static void parse_channel(struct feed *f, xmlNode *ch)
{
	xmlNode *c;
	for (c = ch->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is_ns(c, NS_DC)) {
			if (is_el(c, "language"))
				f->language = node_line(f, c);
			else if (is_el(c, "date"))
				f->updated = date_of(&f->arena, node_text(f, c));
		} else if (is_el(c, "link") && is_ns(c, NS_ATOM)) {
			xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");
			if (rel && !strcmp((const char *)rel, "self"))
				f->self = resolve(&f->arena, base_of(f, c), attr(f, c, "href"));
			xmlFree(rel);
		} else if (is_core(c, "title")) {
			f->title = node_line(f, c);
		} else if (is_core(c, "link") && !f->link) {
			f->link = resolve(&f->arena, base_of(f, c), node_text(f, c));
		} else if (is_core(c, "description")) {
			f->description = node_line(f, c);
		} else if (is_core(c, "language")) {
			f->language = node_line(f, c);
		} else if (is_core(c, "lastBuildDate") || is_core(c, "pubDate")) {
			if (!f->updated)
				f->updated = date_of(&f->arena, node_text(f, c));
		} else if (is_core(c, "ttl")) {
			const char *t = node_text(f, c);
			f->ttl_minutes = t ? strtol(t, NULL, 10) : 0;
			if (f->ttl_minutes < 0)
				f->ttl_minutes = 0;
		}
	}
}

/* One more entry of `f`, read from `node` by `parse` and finished (none past the cap, or on OOM). */
static void feed_add_entry(struct feed *f, xmlNode *node, size_t *alloc,
			   void (*parse)(struct feed *, xmlNode *, struct feed_entry *))
{
	struct feed_entry *e = new_entry(f, alloc);
	if (e) {
		parse(f, node, e);
		entry_finish(f, e);
	}
}

static void parse_atom_feed(struct feed *f, xmlNode *root, size_t *alloc)
{
	xmlNode *c;
	for (c = root->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is_el(c, "entry")) {
			feed_add_entry(f, c, alloc, parse_atom_entry);
		} else if (is_el(c, "title")) {
			f->title = atom_title(f, c);
		} else if (is_el(c, "subtitle")) {
			f->description = node_line(f, c);
		} else if (is_el(c, "updated")) {
			f->updated = date_of(&f->arena, node_text(f, c));
		} else if (is_el(c, "link")) {
			xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");
			const char *href = resolve(&f->arena, base_of(f, c), attr(f, c, "href"));
			if (!rel || !strcmp((const char *)rel, "alternate")) {
				if (!f->link)
					f->link = href;
			} else if (!strcmp((const char *)rel, "self")) {
				f->self = href;
			}
			xmlFree(rel);
		}
	}
	{
		xmlChar *lang = xmlNodeGetLang(root);
		if (lang)
			f->language = adups(&f->arena, (const char *)lang);
		xmlFree(lang);
	}
}

static void parse_rss_items(struct feed *f, xmlNode *parent, size_t *alloc)
{
	xmlNode *c;
	for (c = parent->children; c; c = c->next) {
		if (is_el(c, "item")) {
			feed_add_entry(f, c, alloc, parse_rss_item);
		} else if (is_el(c, "channel")) {
			parse_channel(f, c);
			parse_rss_items(f, c, alloc);
		}
	}
}

/* Keep the first parse error; libxml2 calls this for every one. */
static void on_xml_error(void *data, xmlErrorPtr e)
{
	xmlParserCtxtPtr ctx = data;
	struct feed *f = ctx ? ctx->_private : NULL;
	if (!f)
		return;
	if (!f->error && e && e->message) {
		char msg[300];
		size_t n;
		snprintf(msg, sizeof(msg), "line %d: %s", e->line, e->message);
		n = strlen(msg);
		while (n && msg[n - 1] == '\n')
			msg[--n] = '\0';
		f->error = arena_strdup(&f->arena, msg);
	}
}

static MUST_CHECK int parse_xml(const char *data, size_t len, const char *url, struct feed *f,
				struct error *err)
{
	xmlParserCtxtPtr ctx;
	xmlDocPtr doc;
	xmlNode *root;
	size_t alloc = 0;
	int r = 0;

	if (len > INT32_MAX)
		return error_set(err, ERR_LIMIT, "feed over 2 GB");
	ctx = xmlNewParserCtxt();
	if (!ctx)
		return error_nomem(err);
	/* errors go to on_xml_error (libxml2 hands it the context) */
	ctx->sax->serror = on_xml_error;
	ctx->_private = f;
	doc = xmlCtxtReadMemory(ctx, data, (int)len, url, NULL,
				XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
					XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	f->recovered = !ctx->wellFormed;
	root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root) {
		r = error_set(err, ERR_PARSE, "not a feed: %s",
			      f->error ? f->error : "no XML element found");
	} else if (is_el(root, "rss") || (is_el(root, "channel") && !root->ns)) {
		f->kind = FEED_RSS;
		parse_rss_items(f, root, &alloc);
		if (is_el(root, "channel"))
			parse_channel(f, root);
	} else if (is_el(root, "RDF")) {
		f->kind = FEED_RDF;
		parse_rss_items(f, root, &alloc);
	} else if (is_el(root, "feed")) {
		f->kind = FEED_ATOM;
		parse_atom_feed(f, root, &alloc);
	} else {
		r = error_set(err, ERR_PARSE, "not a feed (root element <%s>)",
			      (const char *)root->name);
	}
	if (doc)
		xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctx);
	return r;
}

/* ---- JSON Feed ---- */

static const char *jstr(struct feed *f, json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (json_is_string(v))
		return adup(&f->arena, json_string_value(v), json_string_length(v));
	if (json_is_integer(v)) {
		char n[32];
		snprintf(n, sizeof(n), "%lld", (long long)json_integer_value(v));
		return arena_strdup(&f->arena, n);
	}
	return NULL;
}

static const char *jauthor(struct feed *f, json_t *o)
{
	json_t *a = json_object_get(o, "authors");
	if (json_is_array(a) && json_array_size(a) > 0)
		return jstr(f, json_array_get(a, 0), "name");
	a = json_object_get(o, "author");
	return json_is_object(a) ? jstr(f, a, "name") : NULL;
}

static MUST_CHECK int parse_json(const char *data, size_t len, const char *url, struct feed *f,
				 struct error *err)
{
	json_error_t je;
	json_t *root, *items, *it;
	const char *base;
	size_t i, alloc = 0;

	root = json_loadb(data, len, 0, &je);
	if (!root)
		return error_set(err, ERR_PARSE, "not a feed: JSON line %d: %s", je.line, je.text);
	if (!json_is_object(root)) {
		json_decref(root);
		return error_set(err, ERR_PARSE, "not a feed: JSON is not an object");
	}
	{
		const char *v = jstr(f, root, "version");
		if (!v || !strstr(v, "jsonfeed.org")) {
			json_decref(root);
			if (f->arena.oom)
				return error_nomem(err);
			return error_set(err, ERR_PARSE,
					 "not a feed: JSON without a jsonfeed version");
		}
	}
	f->kind = FEED_JSON;
	f->title = adup_line(&f->arena, jstr(f, root, "title"));
	f->self = resolve(&f->arena, url, jstr(f, root, "feed_url"));
	f->link = resolve(&f->arena, url, jstr(f, root, "home_page_url"));
	f->description = adup_line(&f->arena, jstr(f, root, "description"));
	f->language = jstr(f, root, "language");
	base = url ? url : f->self;
	items = json_object_get(root, "items");
	json_array_foreach(items, i, it)
	{
		struct feed_entry *e;
		const char *t;
		json_t *att;
		if (!json_is_object(it))
			continue;
		if (!(e = new_entry(f, &alloc)))
			continue;
		e->id = jstr(f, it, "id");
		e->link = resolve(&f->arena, base, jstr(f, it, "url"));
		if (!e->link)
			e->link = resolve(&f->arena, base, jstr(f, it, "external_url"));
		e->title = adup_line(&f->arena, jstr(f, it, "title"));
		e->content = jstr(f, it, "content_html");
		if (!e->content && (t = jstr(f, it, "content_text")))
			e->content = text_to_html(&f->arena, t);
		if ((t = jstr(f, it, "summary")))
			e->summary = text_to_html(&f->arena, t);
		e->published = date_of(&f->arena, jstr(f, it, "date_published"));
		e->updated = date_of(&f->arena, jstr(f, it, "date_modified"));
		if (!e->published)
			e->published = e->updated;
		e->author = adup_line(&f->arena, jauthor(f, it));
		if (!e->author)
			e->author = adup_line(&f->arena, jauthor(f, root));
		e->language = jstr(f, it, "language");
		att = json_object_get(it, "attachments");
		if (json_is_array(att) && json_array_size(att) > 0) {
			e->enclosure_url =
				resolve(&f->arena, base, jstr(f, json_array_get(att, 0), "url"));
			e->enclosure_type = jstr(f, json_array_get(att, 0), "mime_type");
		}
		entry_finish(f, e);
	}
	json_decref(root);
	return 0;
}

/* ---- entry points ---- */

enum feed_kind feed_sniff(const char *data, size_t len)
{
	size_t i = 0, lim = len < 2048 ? len : 2048;
	/* byte-order mark and white space */
	if (lim >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < lim && isspace((unsigned char)data[i]))
		i++;
	if (i < lim && data[i] == '{') {
		const char *v = NULL;
		size_t k;
		for (k = i; k + 11 < lim && !v; k++)
			if (!memcmp(data + k, "jsonfeed.org", 12))
				v = data + k;
		return v ? FEED_JSON : FEED_NONE;
	}
	if (i >= lim || data[i] != '<')
		return FEED_NONE;
	/* the first element that is not a declaration, comment or PI */
	while (i < lim) {
		const char *p = memchr(data + i, '<', lim - i);
		if (!p)
			break;
		i = (size_t)(p - data) + 1;
		if (i < lim && (data[i] == '?' || data[i] == '!'))
			continue;
		{
			size_t n = 0;
			char name[32];
			while (i + n < lim && n < sizeof(name) - 1 &&
			       (isalnum((unsigned char)data[i + n]) || data[i + n] == ':' ||
				data[i + n] == '-' || data[i + n] == '_'))
				n++;
			memcpy(name, data + i, n);
			name[n] = '\0';
			{
				const char *local =
					strchr(name, ':') ? strchr(name, ':') + 1 : name;
				if (!strcmp(local, "rss"))
					return FEED_RSS;
				if (!strcmp(local, "RDF"))
					return FEED_RDF;
				if (!strcmp(local, "feed"))
					return FEED_ATOM;
			}
			return FEED_NONE;
		}
	}
	return FEED_NONE;
}

int feed_parse(const char *data, size_t len, const char *url, struct feed *out, struct error *err)
{
	size_t i = 0;
	int r;

	memset(out, 0, sizeof(*out));
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < len && isspace((unsigned char)data[i]))
		i++;
	if (i < len && data[i] == '{')
		r = parse_json(data + i, len - i, url, out, err);
	else
		r = parse_xml(data, len, url, out, err);
	/* a field the arena could not hold is missing, not empty: fail the feed */
	if (r >= 0 && out->arena.oom)
		r = error_nomem(err);
	if (r < 0)
		feed_release(out);
	return r;
}

void feed_release(struct feed *f)
{
	free(f->entries);
	arena_release(&f->arena);
	memset(f, 0, sizeof(*f));
}

/* ---- autodiscovery ---- */

static int is_feed_type(const char *t)
{
	static const char *const types[] = { "application/rss+xml", "application/atom+xml",
					     "application/rdf+xml", "application/feed+json",
					     "application/json",    "text/xml",
					     "application/xml" };
	size_t i;
	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		if (!strncasecmp(t, types[i], strlen(types[i])))
			return 1;
	return 0;
}

static int has_token(const char *list, const char *tok)
{
	size_t n = strlen(tok);
	const char *p = list;
	while (*p) {
		while (*p && isspace((unsigned char)*p))
			p++;
		if (!strncasecmp(p, tok, n) && (!p[n] || isspace((unsigned char)p[n])))
			return 1;
		while (*p && !isspace((unsigned char)*p))
			p++;
	}
	return 0;
}

static xmlNode *find_feed_link(xmlNode *n, xmlChar **base_href, int depth)
{
	xmlNode *c, *r;
	if (depth > 64)
		return NULL;
	for (c = n; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (!strcasecmp((const char *)c->name, "base") && !*base_href)
			*base_href = xmlGetProp(c, (const xmlChar *)"href");
		if (!strcasecmp((const char *)c->name, "link")) {
			xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");
			xmlChar *type = xmlGetProp(c, (const xmlChar *)"type");
			xmlChar *href = xmlGetProp(c, (const xmlChar *)"href");
			int hit = rel && type && href &&
				  has_token((const char *)rel, "alternate") &&
				  is_feed_type((const char *)type);
			xmlFree(rel);
			xmlFree(type);
			xmlFree(href);
			if (hit)
				return c;
		}
		if (!strcasecmp((const char *)c->name, "body"))
			continue; /* feeds are announced in the head */
		if ((r = find_feed_link(c->children, base_href, depth + 1)))
			return r;
	}
	return NULL;
}

int feed_discover(const char *html, size_t len, const char *base, struct buf *out)
{
	htmlDocPtr doc;
	xmlNode *link;
	xmlChar *base_href = NULL;
	int r = 0;

	if (len > INT32_MAX)
		return -1;
	doc = htmlReadMemory(html, (int)len, base, NULL,
			     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
				     HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED);
	if (!doc)
		return 0;
	link = find_feed_link(xmlDocGetRootElement(doc), &base_href, 0);
	if (link) {
		xmlChar *href = xmlGetProp(link, (const xmlChar *)"href");
		struct buf b = BUF_INIT;
		if (base_href && url_resolve(&b, base, (const char *)base_href) == 0)
			r = url_resolve(out, b.data, (const char *)href);
		else
			r = url_resolve(out, base, (const char *)href);
		r = r < 0 ? -ERR_NOMEM : 1;
		buf_release(&b);
		xmlFree(href);
	}
	xmlFree(base_href);
	xmlFreeDoc(doc);
	return r;
}
