/*
 * metadata.c: title, byline, dates, site, language, description, image and
 * canonical URL from what the page states about itself.
 *
 * One walk over the DOM collects every source (JSON-LD, OpenGraph, Twitter
 * cards, <meta name>, microdata, <time>, <link rel>, <html lang>, <title>,
 * the first <h1>); then each field takes the most trustworthy source that
 * has it. JSON-LD comes first where it is present because publishers fill
 * it for search engines and get it checked; <title> comes last for the
 * title because it carries the site name.
 */
#include "extract/internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "util/date.h"

#include "util/banned.h"

/* Bounds on what one page can make us do. */
#define MAX_JSONLD       16
#define MAX_JSONLD_BYTES (512 * 1024)

enum src {
	S_OG_TITLE,
	S_TW_TITLE,
	S_META_TITLE,
	S_TITLE,
	S_H1,
	S_AUTHOR,
	S_ARTICLE_AUTHOR,
	S_MD_AUTHOR,
	S_REL_AUTHOR,
	S_CITE_AUTHOR, /* the scholarly citation_author metas, each "First Last", comma-joined */
	S_TW_AUTHOR,
	S_PUB,
	S_MOD,
	S_MD_PUB,
	S_MD_MOD,
	S_TIME,
	S_TIME_PUB,  /* the page's one <time pubdate datetime>: it says it dates the page */
	S_PUB_NAMED, /* a meta or itemprop named for publishing, under any other name */
	S_MOD_NAMED, /* one named for a change */
	S_ATTR_PUB,  /* the first attribute named for creating or publishing with an ISO date */
	S_OG_SITE,
	S_APP_NAME,
	S_LANG,
	S_META_LANG,
	S_OG_LOCALE,
	S_OG_DESC,
	S_META_DESC,
	S_TW_DESC,
	S_OG_IMAGE,
	S_TW_IMAGE,
	S_LINK_IMAGE,
	S_CANONICAL,
	S_OG_URL,
	S_MD_HEADLINE,
	S_MD_DESC,
	S_OG_TYPE,
	S_MD_TYPE,
	S_OG_PRICE,
	S_COUNT
};

struct collect {
	const char *s[S_COUNT]; /* first value seen for each source (DOM memory) */
	char *owned[S_COUNT];   /* values that had to be built (texts), arena */
	json_t *ld[MAX_JSONLD];
	int nld;
	json_t *ld_loose[MAX_JSONLD]; /* blocks read only with raw control characters in strings */
	int nld_loose;
	size_t ld_bytes;
	struct arena *arena;
	int max_depth;
	xmlNodePtr h1[4]; /* the first <h1> elements, for what is printed near the headline */
	int nh1;
	int h1_total;         /* all <h1> elements */
	const char *tagv[16]; /* article:section, article:tag, keywords values (DOM memory) */
	int ntag;
	int tw_author;        /* the N of a twitter:labelN that says "Written by", or 0 */
	xmlNodePtr user;      /* the first element named as a post's user name */
	int nuser;            /* elements named so: a thread of posts has several */
	int npubdate;         /* <time pubdate> elements: several date a list of others */
	xmlNodePtr first_pub; /* the first text that says when the page first came out */
	xmlNodePtr starter;   /* the first "Thread starter" / "started by" label */
	int ncite;            /* citation_author names joined in s[S_CITE_AUTHOR] */
	int og_product;       /* an og:type names one product ("product", "og:product") */
};

/* The first value that says something: a blank one ("<meta name=author content=' '>") waits. */
static void set(struct collect *c, enum src k, const char *v)
{
	const char *p = v;
	while (p && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	if (!c->s[k] && p && *p)
		c->s[k] = v;
}

static void set_text(struct collect *c, enum src k, xmlNodePtr n)
{
	struct buf b = BUF_INIT;
	if (c->s[k])
		return;
	b.cap = 4096;
	if (k == S_H1)
		dom_shown_text(n, &b, 2048, c->max_depth);
	else
		dom_text(n, &b, 2048, c->max_depth);
	if (buf_error(&b) == -ERR_NOMEM)
		c->arena->oom = 1; /* fails the page: a text cut short is not the text */
	else if (b.len) {
		c->owned[k] = arena_strndup(c->arena, b.data, b.len);
		c->s[k] = c->owned[k];
	}
	buf_release(&b);
}

/* ---- tags ---- */

/*
 * Add the tags of `v` (comma or semicolon separated) to `b`, one a line,
 * normalised: ASCII lower case, spaces trimmed and squashed; empty ones,
 * ones over TAG_MAX bytes, ones already there and any past the
 * TAGS_MAX-th left out.
 */
#define TAG_MAX  64
#define TAGS_MAX 32
static void tags_add(struct buf *b, size_t *n, const char *v)
{
	while (v && *v && *n < TAGS_MAX) {
		char t[TAG_MAX + 1];
		size_t len = 0, end = strcspn(v, ",;"), i;
		int space = 0, over = 0;
		for (i = 0; i < end; i++) {
			unsigned char ch = (unsigned char)v[i];
			if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
				space = len > 0;
				continue;
			}
			if (len + (size_t)space + 1 > TAG_MAX) {
				over = 1;
				break;
			}
			if (space)
				t[len++] = ' ';
			space = 0;
			t[len++] = (char)tolower(ch);
		}
		t[len] = '\0';
		if (len && !over) {
			/* already there? b is "tag\ntag\n" */
			const char *p = b->data;
			int dup = 0;
			while (p && *p && !dup) {
				const char *nl = strchr(p, '\n');
				dup = (size_t)(nl - p) == len && !memcmp(p, t, len);
				p = nl + 1;
			}
			if (!dup && buf_add(b, t, len) == 0 && buf_addch(b, '\n') == 0)
				(*n)++;
		}
		v += end;
		if (*v)
			v++;
	}
}

/* JSON-LD keywords or articleSection: a string, or an array of strings. */
static void tags_add_ld(struct buf *b, size_t *n, json_t *v)
{
	size_t i;
	json_t *e;
	if (json_is_string(v))
		tags_add(b, n, json_string_value(v));
	else if (json_is_array(v))
		json_array_foreach(v, i, e) if (json_is_string(e))
			tags_add(b, n, json_string_value(e));
}

/* ---- JSON-LD ---- */

/*
 * Control characters inside the JSON strings of `s` made spaces, in place.
 * Returns how many were changed.
 */
static size_t loosen_strings(char *s, size_t n)
{
	size_t i, changed = 0;
	int in = 0;
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (!in) {
			in = ch == '"';
		} else if (ch == '\\') {
			i++;
		} else if (ch == '"') {
			in = 0;
		} else if (ch < 0x20) {
			s[i] = ' ';
			changed++;
		}
	}
	return changed;
}

/*
 * Reads one JSON-LD block: the text of `script`, or `text` when not NULL
 * (a block a template placed in a <meta content>).
 */
static void add_jsonld(struct collect *c, xmlNodePtr script, const char *text)
{
	struct buf b = BUF_INIT;
	const char *p;
	size_t n;
	json_t *j;
	json_error_t je;

	if (c->nld >= MAX_JSONLD || c->ld_bytes > MAX_JSONLD_BYTES)
		return;
	b.cap = MAX_JSONLD_BYTES;
	int r = text ? buf_adds(&b, text) : 0;
	for (xmlNodePtr t = script->children; !text && r >= 0 && t; t = t->next)
		if (t->content)
			r = buf_adds(&b, (const char *)t->content);
	if (buf_error(&b) == -ERR_NOMEM) {
		c->arena->oom = 1; /* fails the page, as a JSON-LD block cut short is not one */
		buf_release(&b);
		return;
	}
	c->ld_bytes += b.len;
	p = b.data;
	n = b.len;
	/* some CMSs wrap the JSON in comment or CDATA markers */
	while (n && (isspace((unsigned char)*p) || *p == '/' || *p == '<' || *p == '!' ||
		     *p == '-' || *p == '['))
		if (!strncmp(p, "<![CDATA[", 9)) {
			p += 9;
			n -= 9;
		} else if (!strncmp(p, "<!--", 4)) {
			p += 4;
			n -= 4;
		} else {
			p++;
			n--;
		}
	if (n && (*p == '{' || *p == '[')) {
		j = json_loadb(p, n, JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY, &je);
		if (j)
			c->ld[c->nld++] = j;
		else if (c->nld_loose < MAX_JSONLD && loosen_strings(b.data + (p - b.data), n)) {
			/*
			 * Raw line breaks or tabs inside strings, as templates that
			 * paste a text in unescaped leave them: read again with them as
			 * spaces, but only for the page's date and, where nothing else
			 * names one, its author, since what else such a block says (its
			 * type, its text) has proved less sound.
			 */
			j = json_loadb(p, n, JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY, &je);
			if (j)
				c->ld_loose[c->nld_loose++] = j;
		}
	}
	buf_release(&b);
}

/*
 * The schema.org name in a type: "NewsArticle" of "https://schema.org/NewsArticle"
 * or "schema:NewsArticle", as vocabularies may be named in full or by prefix.
 */
static const char *type_name(const char *t)
{
	const char *p;
	if (!t)
		return NULL;
	if ((p = strrchr(t, '/')) || (p = strrchr(t, ':')))
		return p + 1;
	return t;
}

static int type_is(json_t *o, const char *const *types)
{
	json_t *t = json_object_get(o, "@type");
	size_t i, k;
	if (json_is_string(t)) {
		for (k = 0; types[k]; k++)
			if (!strcmp(type_name(json_string_value(t)), types[k]))
				return 1;
	} else if (json_is_array(t)) {
		for (i = 0; i < json_array_size(t); i++) {
			json_t *e = json_array_get(t, i);
			for (k = 0; json_is_string(e) && types[k]; k++)
				if (!strcmp(type_name(json_string_value(e)), types[k]))
					return 1;
		}
	}
	return 0;
}

static const char *const article_types[] = {
	"NewsArticle",
	"Article",
	"ReportageNewsArticle",
	"AnalysisNewsArticle",
	"OpinionNewsArticle",
	"BackgroundNewsArticle",
	"ReviewNewsArticle",
	"BlogPosting",
	"LiveBlogPosting",
	"Report",
	"ScholarlyArticle",
	"TechArticle",
	"SocialMediaPosting",
	"DiscussionForumPosting",
	"Blog",
	NULL,
};
/* A video's headline is the article's only on a page that is the video. */
static const char *const video_types[] = { "VideoObject", NULL };
static const char *const page_types[] = { "WebPage", "ItemPage", "AboutPage", NULL };
static const char *const faq_types[] = { "FAQPage", NULL };
static const char *const offer_types[] = { "Offer", "AggregateOffer", NULL };
static const char *const org_types[] = { "Organization", "NewsMediaOrganization", "WebSite", NULL };

/*
 * What the page's structured data says it is, as a page type: the first
 * JSON-LD object (or microdata itemtype) naming a kind of page we know.
 */
static const struct {
	const char *schema, *type;
} declared_types[] = {
	{ "LiveBlogPosting", "liveblog" },
	{ "DiscussionForumPosting", "forum" },
	{ "QAPage", "forum" },
	{ "Question", "forum" },
	{ "Product", "product" },
	{ "ProductGroup", "product" },
	{ "CollectionPage", "listing" },
	{ "ItemList", "listing" },
	{ "SearchResultsPage", "listing" },
	{ "TechArticle", "documentation" },
	{ "APIReference", "documentation" },
	{ "NewsArticle", "article" },
	{ "Article", "article" },
	{ "ReportageNewsArticle", "article" },
	{ "AnalysisNewsArticle", "article" },
	{ "OpinionNewsArticle", "article" },
	{ "BackgroundNewsArticle", "article" },
	{ "ReviewNewsArticle", "article" },
	{ "BlogPosting", "article" },
	{ "ScholarlyArticle", "article" },
	{ "Report", "article" },
	{ "Recipe", "article" },
	{ "Review", "article" },
	{ "Service", "service" },
	{ "FAQPage", "service" },
	{ "AboutPage", "service" },
	{ "ContactPage", "service" },
	{ "MedicalWebPage", "service" },
};

static const char *declared_of_name(const char *t)
{
	size_t i;
	t = type_name(t);
	for (i = 0; t && i < sizeof(declared_types) / sizeof(declared_types[0]); i++)
		if (!strcmp(t, declared_types[i].schema))
			return declared_types[i].type;
	return NULL;
}

/* The most telling declared type of `j` and what it holds; *rank keeps the best. */
static void ld_main_declared(json_t *j, int depth, const char **out, size_t *rank);

static void ld_declared(json_t *j, int depth, const char **out, size_t *rank)
{
	json_t *t;
	size_t i;
	if (depth > 6 || !j)
		return;
	if (json_is_array(j)) {
		for (i = 0; i < json_array_size(j) && i < 64; i++)
			ld_declared(json_array_get(j, i), depth + 1, out, rank);
		return;
	}
	if (!json_is_object(j))
		return;
	t = json_object_get(j, "@type");
	for (i = 0; i < (json_is_array(t) ? json_array_size(t) : 1); i++) {
		json_t *e = json_is_array(t) ? json_array_get(t, i) : t;
		const char *d = json_is_string(e) ? declared_of_name(json_string_value(e)) : NULL;
		size_t k;
		for (k = 0; d && k < *rank; k++)
			if (!strcmp(type_name(json_string_value(e)), declared_types[k].schema)) {
				*rank = k;
				*out = d;
				break;
			}
	}
	ld_declared(json_object_get(j, "@graph"), depth + 1, out, rank);
	/* an Offer declares what it sells: a shop's page for that product */
	if (type_is(j, offer_types))
		ld_declared(json_object_get(j, "itemOffered"), depth + 1, out, rank);
	/* An FAQ's questions are the page's own answers, not a thread's. */
	if (!type_is(j, faq_types))
		ld_main_declared(json_object_get(j, "mainEntity"), depth + 1, out, rank);
}

/*
 * The page's main entity as ld_declared() reads it; the thing it offers
 * for sale is what the page is about too (a WebPage whose main entity
 * is an Offer of a Product: a shop's page for that product).
 */
static void ld_main_declared(json_t *j, int depth, const char **out, size_t *rank)
{
	json_t *o;
	size_t i;
	ld_declared(j, depth, out, rank);
	if (depth > 6 || !json_is_object(j))
		return;
	o = json_object_get(j, "offers");
	if (json_is_object(o))
		ld_declared(json_object_get(o, "itemOffered"), depth + 1, out, rank);
	for (i = 0; json_is_array(o) && i < json_array_size(o) && i < 64; i++)
		ld_declared(json_object_get(json_array_get(o, i), "itemOffered"), depth + 1, out,
			    rank);
	ld_declared(json_object_get(j, "itemOffered"), depth + 1, out, rank);
}

/* The `key` of the first Product object in `j` (64 KiB at most), or NULL. */
static const char *ld_product_text(json_t *j, const char *key, int depth)
{
	json_t *t;
	const char *r = NULL;
	size_t i;
	if (depth > 6 || !j)
		return NULL;
	if (json_is_array(j)) {
		for (i = 0; i < json_array_size(j) && i < 64 && !r; i++)
			r = ld_product_text(json_array_get(j, i), key, depth + 1);
		return r;
	}
	if (!json_is_object(j))
		return NULL;
	t = json_object_get(j, "@type");
	for (i = 0; i < (json_is_array(t) ? json_array_size(t) : 1); i++) {
		json_t *e = json_is_array(t) ? json_array_get(t, i) : t;
		const char *d = json_is_string(e) ? declared_of_name(json_string_value(e)) : NULL;
		if (d && !strcmp(d, "product")) {
			const char *v = json_string_value(json_object_get(j, key));
			if (v && *v && strlen(v) <= 65536)
				return v;
		}
	}
	r = ld_product_text(json_object_get(j, "@graph"), key, depth + 1);
	return r ? r : ld_product_text(json_object_get(j, "mainEntity"), key, depth + 1);
}

/* Depth-first search of `j` for the best article object; graph objects go in `ids`. */
static void ld_scan(json_t *j, int depth, json_t **article, json_t **page, json_t **site,
		    json_t **video, json_t **ids, int *nids)
{
	size_t i;
	if (depth > 6 || !j)
		return;
	if (json_is_array(j)) {
		for (i = 0; i < json_array_size(j) && i < 64; i++)
			ld_scan(json_array_get(j, i), depth + 1, article, page, site, video, ids,
				nids);
		return;
	}
	if (!json_is_object(j))
		return;
	if (json_is_string(json_object_get(j, "@id")) && json_object_size(j) > 1 && *nids < 64)
		ids[(*nids)++] = j;
	if (!*article && type_is(j, article_types))
		*article = j;
	else if (!*video && type_is(j, video_types))
		*video = j;
	else if (!*page && type_is(j, page_types))
		*page = j;
	else if (!*site && type_is(j, org_types))
		*site = j;
	ld_scan(json_object_get(j, "@graph"), depth + 1, article, page, site, video, ids, nids);
	ld_scan(json_object_get(j, "mainEntity"), depth + 1, article, page, site, video, ids, nids);
}

/* Follow {"@id": ...} references into the graph. */
static json_t *ld_deref(json_t *v, json_t **ids, int nids)
{
	const char *id;
	int i;
	if (!json_is_object(v) || json_object_size(v) != 1)
		return v;
	id = json_string_value(json_object_get(v, "@id"));
	if (!id)
		return v;
	for (i = 0; i < nids; i++)
		if (!strcmp(json_string_value(json_object_get(ids[i], "@id")), id))
			return ids[i];
	return v;
}

static const char *ld_str(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (json_is_array(v))
		v = json_array_get(v, 0);
	return json_is_string(v) && *json_string_value(v) ? json_string_value(v) : NULL;
}

/* A name out of a string, {name}, or a list of them, joined by ", ". */
static char *ld_names(struct arena *a, json_t *v, json_t **ids, int nids)
{
	struct buf b = BUF_INIT;
	char *r = NULL;
	size_t i, n = json_is_array(v) ? json_array_size(v) : 1;

	b.cap = 1024;
	for (i = 0; i < n && i < 8; i++) {
		json_t *e = json_is_array(v) ? json_array_get(v, i) : v;
		const char *s = NULL;
		e = ld_deref(e, ids, nids);
		if (json_is_string(e))
			s = json_string_value(e);
		else if (json_is_object(e))
			s = ld_str(e, "name");
		if (!s || !*s || strstr(s, "://"))
			continue;
		if (b.len)
			buf_puts(&b, ", ");
		buf_puts(&b, s);
	}
	if (buf_error(&b) == -ERR_NOMEM)
		a->oom = 1;
	else if (b.len)
		r = text_squash(a, b.data, b.len);
	buf_release(&b);
	return r;
}

static const char *ld_url(json_t *v, json_t **ids, int nids)
{
	if (json_is_array(v))
		v = json_array_get(v, 0);
	v = ld_deref(v, ids, nids);
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_object(v)) {
		const char *u = ld_str(v, "url");
		return u ? u : ld_str(v, "@id");
	}
	return NULL;
}

/* ---- the DOM walk ---- */

/*
 * A date under a name of its own ("w-published-date", "publishedAt",
 * "page:last-updated"): a name that says publish (or pubdate) is the
 * published date, one that says modif or updated the modified date, each
 * after every name known. `key` is lowercase.
 */
static void named_date(struct collect *c, const char *key, const char *v)
{
	if (!v || strstr(key, "expir") || strstr(key, "embargo"))
		return;
	size_t n = strlen(key);
	/* "prefix.date": a vocabulary's date of the document ("ms.date") */
	if (strstr(key, "publish") || strstr(key, "pubdate") ||
	    (n > 5 && !strcmp(key + n - 5, ".date")))
		set(c, S_PUB_NAMED, v);
	else if (strstr(key, "modif") || strstr(key, "updated"))
		set(c, S_MOD_NAMED, v);
}

static int word_count(const char *s, size_t n);

/* Scholarly citation metas name this many authors at most in the byline. */
#define CITE_AUTHORS 8

/*
 * One citation_author meta added to the comma-joined list of the page's
 * authors: "Doe, Jane" is read "Jane Doe" (the scholarly "Last, First"
 * order, one comma between two short parts); blanks and names past
 * CITE_AUTHORS are left out.
 */
static void cite_author(struct collect *c, const char *v)
{
	const char *comma, *prev = c->s[S_CITE_AUTHOR];
	char name[160];
	size_t n;
	while (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r')
		v++;
	n = strlen(v);
	while (n && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\n' || v[n - 1] == '\r'))
		n--;
	if (!n || n >= sizeof(name) || c->ncite >= CITE_AUTHORS)
		return;
	comma = memchr(v, ',', n);
	if (comma && comma > v && !memchr(comma + 1, ',', n - (size_t)(comma + 1 - v)) &&
	    word_count(v, (size_t)(comma - v)) <= 3 &&
	    word_count(comma + 1, n - (size_t)(comma + 1 - v)) <= 3) {
		const char *first = comma + 1;
		size_t fl = n - (size_t)(first - v);
		while (fl && *first == ' ')
			first++, fl--;
		if (!fl)
			return;
		snprintf(name, sizeof(name), "%.*s %.*s", (int)fl, first, (int)(comma - v), v);
	} else {
		snprintf(name, sizeof(name), "%.*s", (int)n, v);
	}
	if (prev) {
		size_t pl = strlen(prev), nl = strlen(name);
		char *j = arena_alloc(c->arena, pl + 2 + nl + 1);
		if (!j)
			return;
		memcpy(j, prev, pl);
		memcpy(j + pl, ", ", 2);
		memcpy(j + pl + 2, name, nl + 1);
		c->owned[S_CITE_AUTHOR] = j;
	} else {
		c->owned[S_CITE_AUTHOR] = arena_strdup(c->arena, name);
	}
	if (c->owned[S_CITE_AUTHOR]) {
		c->s[S_CITE_AUTHOR] = c->owned[S_CITE_AUTHOR];
		c->ncite++;
	}
}

static void on_meta(struct collect *c, xmlNodePtr n)
{
	const char *k = dom_attr(n, "property"), *v = dom_attr(n, "content");
	char key[64];
	size_t i;

	/* a JSON-LD block a template put in a content attribute reads as a script's */
	if (v && v[strspn(v, " \t\r\n")] == '{' && strstr(v, "\"@context\"")) {
		add_jsonld(c, n, v);
		return;
	}
	if (!k)
		k = dom_attr(n, "name");
	if (!k) {
		k = dom_attr(n, "itemprop");
		if (k && v) {
			if (!strcmp(k, "datePublished"))
				set(c, S_MD_PUB, v);
			else if (!strcmp(k, "dateModified"))
				set(c, S_MD_MOD, v);
			else if (!strcmp(k, "headline"))
				set(c, S_MD_HEADLINE, v);
			else if (!strcmp(k, "description"))
				set(c, S_MD_DESC, v);
		}
		k = dom_attr(n, "http-equiv");
		if (k && v && !strcasecmp(k, "content-language"))
			set(c, S_META_LANG, v);
		return;
	}
	if (!v)
		return;
	for (i = 0; i < sizeof(key) - 1 && k[i]; i++)
		key[i] = (char)tolower((unsigned char)k[i]);
	key[i] = '\0';

	if (!strcmp(key, "article:section") || !strcmp(key, "article:tag") ||
	    !strcmp(key, "keywords") || !strcmp(key, "news_keywords")) {
		if (c->ntag < (int)(sizeof(c->tagv) / sizeof(c->tagv[0])) && *v)
			c->tagv[c->ntag++] = v;
		return;
	}
	/* Slack-style cards: twitter:label1 "Written by", twitter:data1 the name */
	if (!strncmp(key, "twitter:label", 13) && key[13] >= '1' && key[13] <= '9' && !key[14] &&
	    (!strcasecmp(v, "written by") || !strcasecmp(v, "author") || !strcasecmp(v, "by"))) {
		c->tw_author = key[13] - '0';
		return;
	}
	if (!strncmp(key, "twitter:data", 12) && c->tw_author && key[12] == '0' + c->tw_author &&
	    !key[13]) {
		set(c, S_TW_AUTHOR, v);
		return;
	}
	if (!strcmp(key, "og:type")) {
		set(c, S_OG_TYPE, v);
		/* a second og:type may name the product a template's "article" hides */
		if (!strcmp(v, "product") || !strcmp(v, "og:product") || !strcmp(v, "product.item"))
			c->og_product = 1;
	}
	if (!strcmp(key, "product:price:amount") || !strcmp(key, "og:price:amount"))
		set(c, S_OG_PRICE, v);
	if (!strcmp(key, "og:title"))
		set(c, S_OG_TITLE, v);
	else if (!strcmp(key, "twitter:title"))
		set(c, S_TW_TITLE, v);
	else if (!strcmp(key, "title") || !strcmp(key, "dc.title") || !strcmp(key, "headline"))
		set(c, S_META_TITLE, v);
	else if (!strcmp(key, "author") || !strcmp(key, "dc.creator") ||
		 !strcmp(key, "sailthru.author") || !strcmp(key, "parsely-author") ||
		 !strcmp(key, "byl"))
		set(c, S_AUTHOR, strncasecmp(v, "by ", 3) ? v : v + 3);
	else if (!strcmp(key, "citation_author"))
		cite_author(c, v);
	else if (!strcmp(key, "article:author") && !strstr(v, "://"))
		set(c, S_ARTICLE_AUTHOR, v);
	else if (!strcmp(key, "article:published_time") || !strcmp(key, "og:published_time") ||
		 !strcmp(key, "pubdate") || !strcmp(key, "publishdate") ||
		 !strcmp(key, "publish-date") || !strcmp(key, "date") || !strcmp(key, "dc.date") ||
		 !strcmp(key, "dc.date.issued") || !strcmp(key, "dcterms.created") ||
		 !strcmp(key, "sailthru.date") || !strcmp(key, "parsely-pub-date") ||
		 !strcmp(key, "article.published") || !strcmp(key, "datepublished") ||
		 !strcmp(key, "original-publish-date") || !strcmp(key, "release_date") ||
		 !strcmp(key, "published") || !strcmp(key, "published-date") ||
		 !strcmp(key, "published_date") || !strcmp(key, "publication_date") ||
		 !strcmp(key, "publication-date") || !strcmp(key, "date-published"))
		set(c, S_PUB, v);
	else if (!strcmp(key, "article:modified_time") || !strcmp(key, "og:updated_time") ||
		 !strcmp(key, "dcterms.modified") || !strcmp(key, "last-modified") ||
		 !strcmp(key, "article.updated") || !strcmp(key, "datemodified") ||
		 !strcmp(key, "modified-date") || !strcmp(key, "modified_date"))
		set(c, S_MOD, v);
	else if (!strcmp(key, "og:site_name"))
		set(c, S_OG_SITE, v);
	else if (!strcmp(key, "application-name"))
		set(c, S_APP_NAME, v);
	else if (!strcmp(key, "og:locale"))
		set(c, S_OG_LOCALE, v);
	else if (!strcmp(key, "og:description"))
		set(c, S_OG_DESC, v);
	else if (!strcmp(key, "description") || !strcmp(key, "dc.description"))
		set(c, S_META_DESC, v);
	else if (!strcmp(key, "twitter:description"))
		set(c, S_TW_DESC, v);
	else if (!strcmp(key, "og:image") || !strcmp(key, "og:image:url") ||
		 !strcmp(key, "og:image:secure_url"))
		set(c, S_OG_IMAGE, v);
	else if (!strcmp(key, "twitter:image") || !strcmp(key, "twitter:image:src"))
		set(c, S_TW_IMAGE, v);
	else if (!strcmp(key, "og:url"))
		set(c, S_OG_URL, v);
	else if (!strcmp(key, "content-language") || !strcmp(key, "language") ||
		 !strcmp(key, "dc.language"))
		set(c, S_META_LANG, v);
	else
		named_date(c, key, v);
}

static int rel_has(const char *rel, const char *word)
{
	size_t n = strlen(word);
	const char *p = rel;
	while (p && *p) {
		while (*p == ' ')
			p++;
		if (!strncasecmp(p, word, n) && (p[n] == '\0' || p[n] == ' '))
			return 1;
		p = strchr(p, ' ');
	}
	return 0;
}

static void on_itemprop(struct collect *c, xmlNodePtr n, const char *ip)
{
	const char *v = dom_attr(n, "content");
	const char *dv = v ? v : dom_attr(n, "datetime");
	if (dv && strlen(ip) < 64) {
		char key[64];
		size_t i;
		for (i = 0; ip[i]; i++)
			key[i] = (char)tolower((unsigned char)ip[i]);
		key[i] = '\0';
		/* schema.org's own names are read below */
		if (strcmp(key, "datepublished") && strcmp(key, "datemodified") &&
		    strcmp(key, "datecreated"))
			named_date(c, key, dv);
	}
	if (!strcmp(ip, "datePublished") || !strcmp(ip, "dateCreated")) {
		if (!v)
			v = dom_attr(n, "datetime");
		if (v)
			set(c, S_MD_PUB, v);
		else
			set_text(c, S_MD_PUB, n);
	} else if (!strcmp(ip, "dateModified")) {
		if (!v)
			v = dom_attr(n, "datetime");
		if (v)
			set(c, S_MD_MOD, v);
		else
			set_text(c, S_MD_MOD, n);
	} else if (!strcmp(ip, "headline")) {
		if (v)
			set(c, S_MD_HEADLINE, v);
		else
			set_text(c, S_MD_HEADLINE, n);
	} else if (!strcmp(ip, "author") || !strcmp(ip, "creator")) {
		/* prefer a nested itemprop=name, else the element's text */
		xmlNodePtr k = n;
		int depth = 0;
		if (v) {
			set(c, S_MD_AUTHOR, v);
			return;
		}
		while (k && depth < 64) {
			const char *kp = dom_attr(k, "itemprop");
			if (k != n && kp && !strcmp(kp, "name")) {
				const char *kv = dom_attr(k, "content");
				if (kv)
					set(c, S_MD_AUTHOR, kv);
				else
					set_text(c, S_MD_AUTHOR, k);
				return;
			}
			/* pre-order step within n's subtree */
			if (k->children && k->type == XML_ELEMENT_NODE) {
				k = k->children;
				depth++;
				continue;
			}
			while (k != n && !k->next) {
				k = k->parent;
				depth--;
			}
			if (k == n)
				break;
			k = k->next;
		}
		set_text(c, S_MD_AUTHOR, n);
	} else if (!strcmp(ip, "description")) {
		if (v)
			set(c, S_MD_DESC, v);
	}
}

/*
 * Is `n` named (class) as the user name of a post: "username",
 * "user-name", "PostUser-name", "post-author", "author-name"? Forum
 * templates name each post's poster so.
 */
static int user_named(xmlNodePtr n)
{
	static const char *const words[] = { "username",    "user-name",   "user_name",
					     "postuser",    "post-author", "postauthor",
					     "author-name", "author_name", "authorname",
					     NULL };
	const char *cls = dom_attr(n, "class");
	char low[96];
	size_t i;
	int k;
	if (!cls)
		return 0;
	for (i = 0; i < sizeof(low) - 1 && cls[i]; i++)
		low[i] = (char)tolower((unsigned char)cls[i]);
	low[i] = '\0';
	/* each word holds one of these */
	if (!strstr(low, "user") && !strstr(low, "author"))
		return 0;
	for (k = 0; words[k]; k++)
		if (strstr(low, words[k]))
			return 1;
	return 0;
}

/*
 * An attribute of `n` whose name says created, published or posted
 * ("created-timestamp", "data-published-at") and whose value is an ISO
 * date to the day: how some templates stamp a post's element.
 */
static void attr_date(struct collect *c, xmlNodePtr n)
{
	for (xmlAttrPtr p = n->properties; p; p = p->next) {
		char key[48], d[40];
		const char *v;
		size_t i;
		for (i = 0; i < sizeof(key) - 1 && p->name[i]; i++)
			key[i] = (char)tolower(p->name[i]);
		key[i] = '\0';
		if (!strstr(key, "created") && !strstr(key, "published") && !strstr(key, "posted"))
			continue;
		v = dom_attr(n, (const char *)p->name);
		/* ISO: four digits and a dash first */
		if (v && strlen(v) >= 10 && isdigit((unsigned char)v[0]) && v[4] == '-' &&
		    date_normalize(v, d, sizeof(d)) && strlen(d) >= 10) {
			set(c, S_ATTR_PUB, v);
			return;
		}
	}
}

/*
 * Past `phrase` (lower case words, one space apart) at the start of `s`:
 * any case, any run of white space between the words ("was\n  originally
 * published"); NULL when `s` does not start so.
 */
static const char *past_words(const char *s, const char *phrase)
{
	while (*phrase) {
		if (*phrase == ' ') {
			if (!isspace((unsigned char)*s))
				return NULL;
			while (isspace((unsigned char)*s))
				s++;
		} else if (tolower((unsigned char)*s) != *phrase)
			return NULL;
		else
			s++;
		phrase++;
	}
	return s;
}

/*
 * Where text `s` says when the page first came out: "Originally published",
 * "First published", at its start or after "This article was": the words
 * after the phrase, else NULL. Prose that dates something else ("the novel
 * was first published in") does not start so.
 */
static const char *first_published(const char *s)
{
	static const char *const phrases[] = { "originally published", "first published", NULL };
	const char *p = s + strspn(s, " \t\r\n"), *q;
	int i;
	if ((q = past_words(p, "this "))) {
		const char *w = q;
		while (isalpha((unsigned char)*w))
			w++;
		if (w == q || !(p = past_words(w, " was ")))
			return NULL;
	}
	for (i = 0; phrases[i]; i++)
		if ((q = past_words(p, phrases[i])))
			return q;
	return NULL;
}

static const char *first_published_date(xmlNodePtr t, int max_depth, struct arena *a, char *dst,
					size_t n);

/*
 * 1 when `s` is the label a forum puts before the user who started a
 * thread: "Thread starter", "Topic starter", "Original poster", or a line
 * that ends "started by" ("Discussion in 'Hosting' started by").
 */
static int starter_label(const char *s)
{
	static const char *const labels[] = { "thread starter", "topic starter", "original poster",
					      NULL };
	size_t n;
	int i;
	s += strspn(s, " \t\r\n");
	n = strlen(s);
	while (n && strchr(" \t\r\n:", s[n - 1]))
		n--;
	if (n > 200)
		return 0;
	for (i = 0; labels[i]; i++)
		if (n == strlen(labels[i]) && !strncasecmp(s, labels[i], n))
			return 1;
	return (n == 10 && !strncasecmp(s, "started by", 10)) ||
	       (n > 10 && !strncasecmp(s + n - 11, " started by", 11));
}

static void walk(struct collect *c, xmlNodePtr n, int depth)
{
	xmlNodePtr k;
	for (k = n->children; k; k = k->next) {
		const char *name, *ip;
		/* the first statement that gives a day: "First published in 1865" gives none */
		if (k->type == XML_TEXT_NODE && !c->first_pub && k->content &&
		    first_published((const char *)k->content)) {
			char fp[40];
			if (first_published_date(k, c->max_depth, c->arena, fp, sizeof(fp)))
				c->first_pub = k;
		}
		if (k->type == XML_TEXT_NODE && !c->starter && k->content &&
		    starter_label((const char *)k->content))
			c->starter = k;
		if (k->type != XML_ELEMENT_NODE)
			continue;
		name = (const char *)k->name;
		if (!c->s[S_ATTR_PUB] && k->properties)
			attr_date(c, k);
		switch (name[0]) {
		case 'm':
			if (!strcmp(name, "meta")) {
				on_meta(c, k);
				continue;
			}
			break;
		case 'l':
			if (!strcmp(name, "link")) {
				const char *rel = dom_attr(k, "rel"), *href = dom_attr(k, "href");
				if (rel && href) {
					if (rel_has(rel, "canonical"))
						set(c, S_CANONICAL, href);
					else if (rel_has(rel, "image_src"))
						set(c, S_LINK_IMAGE, href);
				}
				continue;
			}
			break;
		case 's':
			if (!strcmp(name, "script")) {
				const char *t = dom_attr(k, "type");
				if (t && !strcasecmp(t, "application/ld+json"))
					add_jsonld(c, k, NULL);
				continue;
			}
			if (!strcmp(name, "style"))
				continue;
			break;
		case 't':
			if (!strcmp(name, "title")) {
				if (!c->s[S_TITLE] && k->parent && !dom_is(k->parent, "svg"))
					set_text(c, S_TITLE, k);
				continue;
			}
			if (!strcmp(name, "time")) {
				const char *dt = dom_attr(k, "datetime");
				if (dt)
					set(c, S_TIME, dt);
				if (dt && xmlHasProp(k, (const xmlChar *)"pubdate") &&
				    !c->npubdate++)
					set(c, S_TIME_PUB, dt);
			}
			break;
		case 'h':
			if (!strcmp(name, "h1")) {
				set_text(c, S_H1, k);
				c->h1_total++;
				if (c->nh1 < 4)
					c->h1[c->nh1++] = k;
			} else if (!strcmp(name, "html")) {
				const char *lang = dom_attr(k, "lang");
				if (!lang)
					lang = dom_attr(k, "xml:lang");
				set(c, S_LANG, lang);
			}
			break;
		case 'a':
			if (!strcmp(name, "a") && !c->s[S_REL_AUTHOR]) {
				const char *rel = dom_attr(k, "rel");
				if (rel && rel_has(rel, "author"))
					set_text(c, S_REL_AUTHOR, k);
			}
			break;
		}
		if (user_named(k)) {
			if (!c->nuser++)
				c->user = k;
		}
		ip = dom_attr(k, "itemprop");
		if (ip)
			on_itemprop(c, k, ip);
		if (!c->s[S_MD_TYPE] && dom_attr(k, "itemtype") &&
		    declared_of_name(dom_attr(k, "itemtype")))
			set(c, S_MD_TYPE, dom_attr(k, "itemtype"));
		if (depth < c->max_depth)
			walk(c, k, depth + 1);
	}
}

/* ---- title cleaning ---- */

static void as_words(const char *s, size_t n, char *out, size_t cap);

static int word_count(const char *s, size_t n)
{
	int w = 0, in = 0;
	size_t i;
	for (i = 0; i < n; i++) {
		int sp = s[i] == ' ';
		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

/* Case-insensitive compare of two squashed strings, ignoring ASCII punctuation at the ends. */
static int same_text(const char *a, size_t an, const char *b, size_t bn)
{
	while (an && ispunct((unsigned char)a[an - 1]))
		an--;
	while (bn && ispunct((unsigned char)b[bn - 1]))
		bn--;
	return an == bn && an && !strncasecmp(a, b, an);
}

/* 1 when `part` names the site: equal to it, or one is contained in the other. */
static int is_site(const char *part, size_t n, const char *site)
{
	char p[256], s[256];
	size_t i, k = 0, sn = 0;
	if (!site || !*site || n == 0 || n >= sizeof(p))
		return 0;
	/* compare letters and digits only, lowercased: "The Site" ~ "thesite.com" */
	for (i = 0; i < n; i++)
		if (isalnum((unsigned char)part[i]) || (unsigned char)part[i] >= 0x80)
			p[k++] = (char)tolower((unsigned char)part[i]);
	p[k] = '\0';
	for (i = 0; site[i] && sn < sizeof(s) - 1; i++)
		if (isalnum((unsigned char)site[i]) || (unsigned char)site[i] >= 0x80)
			s[sn++] = (char)tolower((unsigned char)site[i]);
	s[sn] = '\0';
	if (!k || !sn)
		return 0;
	if (!strcmp(p, s))
		return 1;
	if (k >= 4 && sn >= 4 && (strstr(p, s) || strstr(s, p)))
		return 1;
	return 0;
}

static const char *const separators[] = {
	" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " / ", " ~ ", " : ", NULL,
};

/*
 * 1 when the `n` bytes at `s` are a date with a month's name and a year
 * ("March 2026", "19 November 2025", "Nov. 19, 2025") and nothing else.
 */
static int dated_tail(const char *s, size_t n)
{
	const char *e = s + n;
	int month = 0, year = 0, m;
	while (s < e) {
		const char *w = s;
		size_t digits = 0;
		if (*s == ' ' || *s == ',' || *s == '.') {
			s++;
			continue;
		}
		while (s < e && isalnum((unsigned char)*s))
			digits += isdigit((unsigned char)*s++) != 0;
		if (s == w)
			return 0;
		if (digits == 4 && s - w == 4)
			year++;
		else if (!digits && (m = date_month_prefix(w)) &&
			 s - w <= (long)strlen(date_month_names[m - 1]) &&
			 !strncasecmp(w, date_month_names[m - 1], (size_t)(s - w)))
			month++;
		/* a day, "19" or "19th" */
		else if (!digits || digits > 2 || (size_t)(s - w) - digits > 2)
			return 0;
	}
	return month == 1 && year == 1;
}

/*
 * 1 when `whole` is `h1` and a part in brackets after it ("Welcome to
 * Example [Example]", "Headline (a forum at Example)"): the <h1> is the
 * headline and the brackets name where it stands. Brackets with digits
 * ("(March 2026)", "[2025 Data]") are the headline's own.
 */
int title_bracket_tail(const char *whole, const char *h1)
{
	size_t wn, hn;
	if (!whole || !h1)
		return 0;
	wn = strlen(whole);
	hn = strlen(h1);
	if (wn < hn + 4 || strncmp(whole, h1, hn) || whole[hn] != ' ' ||
	    strpbrk(whole + hn, "0123456789"))
		return 0;
	return (whole[hn + 1] == '(' && whole[wn - 1] == ')') ||
	       (whole[hn + 1] == '[' && whole[wn - 1] == ']');
}

char *title_clean(struct arena *a, const char *title, const char *site_name, const char *h1)
{
	char *t;
	size_t n, hn = h1 ? strlen(h1) : 0;
	int guard;

	if (!title)
		return NULL;
	t = text_clean(a, title);
	if (!t || !*t)
		return NULL;
	n = strlen(t);
	if (hn && same_text(t, n, h1, hn))
		return t;
	/* "Site: Headline" with the <h1> after the colon */
	if (hn && n > hn + 2 && t[n - hn - 1] == ' ' && t[n - hn - 2] == ':' &&
	    same_text(t + n - hn, hn, h1, hn))
		return t + n - hn;

	/* "Title | Section | Site": peel parts off either end while they name the site */
	for (guard = 0; guard < 4; guard++) {
		const char *best = NULL;
		size_t bl = 0, k;
		int changed = 0;
		/* once a part is off, "Site: Headline" with the <h1> after the colon again */
		if (guard && hn && n > hn + 2 && t[n - hn - 1] == ' ' && t[n - hn - 2] == ':' &&
		    same_text(t + n - hn, hn, h1, hn)) {
			return t + n - hn;
		}
		for (k = 0; separators[k]; k++) {
			char *p = t, *q;
			size_t sl = strlen(separators[k]);
			while ((q = strstr(p, separators[k])) && (size_t)(q - t) < n) {
				size_t left = (size_t)(q - t), right = n - left - sl;
				/* h1 equal to one side: that side is the title */
				if (hn && same_text(t, left, h1, hn)) {
					t[left] = '\0';
					return t;
				}
				if (hn && same_text(q + sl, right, h1, hn))
					return q + sl;
				if (is_site(q + sl, right, site_name) && left) {
					t[left] = '\0';
					n = left;
					changed = 1;
					break;
				}
				if (is_site(t, left, site_name) && right) {
					t = q + sl;
					n = right;
					changed = 1;
					break;
				}
				if (!best || q > best) {
					best = q;
					bl = sl;
				}
				p = q + sl;
			}
			if (changed)
				break;
		}
		if (changed)
			continue;
		/* no site name known: a short last part after a strong separator is one */
		if (best) {
			size_t left = (size_t)(best - t), right = n - left - bl;
			int wl = word_count(t, left), wr = word_count(best + bl, right);
			int strong = bl == 3 && best[1] == '|';
			if (((strong && wr <= 5 && wl >= 2) ||
			     (wr <= 3 && wl >= 4 && right < 40)) &&
			    !dated_tail(best + bl, right)) {
				t[left] = '\0';
				n = left;
				continue;
			}
		}
		break;
	}
	return t;
}

/*
 * The part of the page's <title> beside the headline `t`, after or before
 * a separator ("Headline | Site", "Site - Headline"): one to five words of
 * at most 60 bytes, not a date nor a number, without another separator.
 * NULL when the <title> is not the headline and such a part.
 */
static const char *title_site_part(struct arena *a, const char *title, const char *t)
{
	const char *raw = title ? text_clean(a, title) : NULL, *part = NULL;
	size_t n, tn, k, pn = 0;

	if (!raw || !t || !*t)
		return NULL;
	n = strlen(raw);
	tn = strlen(t);
	if (n <= tn)
		return NULL;
	for (k = 0; separators[k] && !part; k++) {
		size_t sl = strlen(separators[k]);
		if (n > tn + sl && !strncmp(raw + tn, separators[k], sl) &&
		    same_text(raw, tn, t, tn)) {
			part = raw + tn + sl;
			pn = n - tn - sl;
		} else if (n > tn + sl && !strncmp(raw + n - tn - sl, separators[k], sl) &&
			   same_text(raw + n - tn, tn, t, tn)) {
			part = raw;
			pn = n - tn - sl;
		}
	}
	if (!part || !pn || pn > 60 || word_count(part, pn) > 5 || dated_tail(part, pn) ||
	    strspn(part, "0123456789 ") == pn)
		return NULL;
	for (k = 0; separators[k]; k++) {
		const char *q = strstr(part, separators[k]);
		if (q && q < part + pn)
			return NULL;
	}
	return arena_strndup(a, part, pn);
}

/* ---- dates ---- */

static int num(const char **p, int min, int max, int *out)
{
	int v = 0, k = 0;
	while (isdigit((unsigned char)**p) && k < max) {
		v = v * 10 + (**p - '0');
		(*p)++;
		k++;
	}
	if (k < min)
		return 0;
	*out = v;
	return 1;
}

/* Parse "hh:mm[:ss[.fff]][Z|±hh[:]mm| GMT|UTC]" into dst; returns 0 if no time. */
static int put_time(const char *p, char *dst, size_t n)
{
	int h, mi, s = -1, oh = 0, om = 0, sign = 0, utc = 0;
	size_t len = strlen(dst);
	if (!num(&p, 1, 2, &h) || *p != ':')
		return 0;
	p++;
	if (!num(&p, 2, 2, &mi) || h > 23 || mi > 59)
		return 0;
	if (*p == ':') {
		p++;
		if (!num(&p, 2, 2, &s) || s > 60)
			return 0;
		if (*p == '.' || *p == ',') {
			p++;
			while (isdigit((unsigned char)*p))
				p++;
		}
	}
	while (*p == ' ')
		p++;
	/* 12-hour clock: "3:20 PM", "3:20 p.m." */
	if ((*p == 'a' || *p == 'A' || *p == 'p' || *p == 'P') &&
	    (p[1] == 'm' || p[1] == 'M' || (p[1] == '.' && (p[2] == 'm' || p[2] == 'M'))) &&
	    !isalpha((unsigned char)p[p[1] == '.' ? 3 : 2])) {
		int pm = *p == 'p' || *p == 'P';
		if (h < 1 || h > 12)
			return 0;
		h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
		p += p[1] == '.' ? 3 : 2;
		if (*p == '.')
			p++;
		while (*p == ' ')
			p++;
	}
	/* "GMT+03:00": the offset says */
	if ((!strncasecmp(p, "GMT", 3) || !strncasecmp(p, "UTC", 3)) &&
	    (p[3] == '+' || p[3] == '-') && isdigit((unsigned char)p[4]))
		p += 3;
	if (*p == 'Z' || *p == 'z' || !strncasecmp(p, "GMT", 3) || !strncasecmp(p, "UTC", 3)) {
		utc = 1;
	} else if ((*p == '+' || *p == '-') && isdigit((unsigned char)p[1])) {
		sign = *p++;
		if (!num(&p, 2, 2, &oh))
			return 0;
		if (*p == ':')
			p++;
		if (isdigit((unsigned char)*p) && !num(&p, 2, 2, &om))
			return 0;
		if (oh > 14 || om > 59)
			return 0;
		if (oh == 0 && om == 0)
			utc = 1, sign = 0;
	}
	if (s >= 0)
		snprintf(dst + len, n - len, "T%02d:%02d:%02d", h, mi, s);
	else
		snprintf(dst + len, n - len, "T%02d:%02d", h, mi);
	len = strlen(dst);
	if (utc)
		snprintf(dst + len, n - len, "Z");
	else if (sign)
		snprintf(dst + len, n - len, "%c%02d:%02d", sign, oh, om);
	return 1;
}

/* Past a Spanish or Portuguese "de " ("4 de agosto de 2021") at `p`. */
static const char *past_de(const char *p)
{
	if (!strncasecmp(p, "de ", 3))
		return p + 3;
	if (!strncasecmp(p, "del ", 4))
		return p + 4;
	return p;
}

const char *date_normalize(const char *in, char *dst, size_t n)
{
	const char *p = in;
	int y = 0, m = 0, d = 0;
	size_t k;

	if (!in || n < 32)
		return NULL;
	while (*p == ' ' || *p == '\t' || *p == '\n')
		p++;
	if (isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[1]) &&
	    isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]) &&
	    !isdigit((unsigned char)p[4])) {
		/* ISO 8601 and its relatives: 2019-11-19, 2019/11/19, 2019-11 */
		char sep;
		num(&p, 4, 4, &y);
		sep = *p;
		if (sep == '-' || sep == '/' || sep == '.') {
			p++;
			if (!num(&p, 1, 2, &m))
				return NULL;
			if (*p == sep) {
				p++;
				if (!num(&p, 1, 2, &d))
					return NULL;
			}
		}
		if (y < 1800 || y > 2200 || m > 12 || (m && d > date_days_in_month(y, m)))
			return NULL;
		if (!m) {
			snprintf(dst, n, "%04d", y);
			return dst;
		}
		if (!d) {
			snprintf(dst, n, "%04d-%02d", y, m);
			return dst;
		}
		snprintf(dst, n, "%04d-%02d-%02d", y, m, d);
		if (*p == 'T' || *p == 't' || *p == ' ') {
			p++;
			while (*p == ' ')
				p++;
			put_time(p, dst, n);
		}
		return dst;
	}

	/*
	 * all digits, the year last: "23.07.2025" (dots put the day first),
	 * "15/12/2025", "2/24/2026" or "11-29-2024" (slashes and dashes: only
	 * when one of the two is over 12; "02/03/2025" is a different day in
	 * London and New York)
	 */
	if (isdigit((unsigned char)p[0])) {
		const char *q = p;
		int a = 0, b = 0, ok;
		char sep;
		ok = num(&q, 1, 2, &a) && (*q == '.' || *q == '/' || *q == '-');
		sep = *q;
		ok = ok && (q++, num(&q, 1, 2, &b)) && *q == sep;
		ok = ok && (q++, num(&q, 4, 4, &y)) && !isdigit((unsigned char)*q);
		if (ok) {
			if (sep == '.' || a > 12)
				d = a, m = b;
			else if (b > 12)
				m = a, d = b;
			else
				return NULL;
			if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 ||
			    d > date_days_in_month(y, m))
				return NULL;
			snprintf(dst, n, "%04d-%02d-%02d", y, m, d);
			while (*q == ' ' || *q == ',')
				q++;
			if (!strncasecmp(q, "at ", 3))
				q += 3;
			put_time(q, dst, n);
			return dst;
		}
	}

	/* textual: "Tue, 19 Nov 2019 13:03:00 GMT", "19 November 2019", "November 19, 2019" */
	while (*p && !isalnum((unsigned char)*p))
		p++;
	if (isalpha((unsigned char)*p) && !date_month_prefix(p)) { /* weekday */
		while (isalpha((unsigned char)*p))
			p++;
		while (*p == ',' || *p == ' ' || *p == '.')
			p++;
	}
	if (isdigit((unsigned char)*p)) {
		if (!num(&p, 1, 2, &d))
			return NULL;
		/* "30th March 2025" */
		if ((!strncasecmp(p, "st", 2) || !strncasecmp(p, "nd", 2) ||
		     !strncasecmp(p, "rd", 2) || !strncasecmp(p, "th", 2)) &&
		    !isalpha((unsigned char)p[2]))
			p += 2;
		while (*p == ' ' || *p == '-' || *p == '.' || *p == ',')
			p++;
		/* "19 November 2019"; "04-ago-2021", "4 de agosto de 2021", "4. März 2021" */
		p = past_de(p);
		if (!(m = date_month_word(p, &k)))
			return NULL;
		p += k;
		while (*p == ' ' || *p == '-' || *p == '.' || *p == ',')
			p++;
		p = past_de(p);
		if (!num(&p, 4, 4, &y))
			return NULL;
	} else if ((m = date_month_prefix(p))) {
		date_month_word(p, &k);
		p += k;
		while (*p == ' ' || *p == '.')
			p++;
		if (!num(&p, 1, 2, &d))
			return NULL;
		while (isalpha((unsigned char)*p)) /* 1st, 2nd, 19th */
			p++;
		while (*p == ' ' || *p == ',')
			p++;
		if (!num(&p, 4, 4, &y))
			return NULL;
	} else {
		return NULL;
	}
	if (y < 1800 || y > 2200 || d < 1 || d > date_days_in_month(y, m))
		return NULL;
	snprintf(dst, n, "%04d-%02d-%02d", y, m, d);
	while (*p == ' ' || *p == ',' || *p == 'T')
		p++;
	if (!strncasecmp(p, "at ", 3))
		p += 3;
	put_time(p, dst, n);
	return dst;
}

/* ---- choosing ---- */

static const char *first(const struct collect *c, const enum src *order, int n)
{
	int i;
	for (i = 0; i < n; i++)
		if (c->s[order[i]])
			return c->s[order[i]];
	return NULL;
}

static const char *dup_squash(struct arena *a, const char *s)
{
	return s ? text_clean(a, s) : NULL;
}

static const char *dup_date(struct arena *a, const char *s)
{
	char d[40];
	return date_normalize(s, d, sizeof(d)) ? arena_strdup(a, d) : NULL;
}

/*
 * 1 when the day `printed` ("2021-12-09...") can be the instant `stamp`
 * ("2021-12-10T02:17:00Z", a time with its zone) on a clock west of it: a
 * stamp before noon, UTC, falls on the day before in a zone up to twelve
 * hours behind. Such a printed day and the stamp state one moment, and the
 * stamp says it to the minute.
 */
static int same_moment_day_before(const char *printed, const char *stamp)
{
	int y, m, d;
	int64_t t, day;
	size_t n = strlen(stamp);
	/* a zone written: "Z", "+hh:mm", "-hh:mm" at the end of a time */
	if (n < 17 || stamp[10] != 'T' ||
	    !(stamp[n - 1] == 'Z' || (n >= 22 && (stamp[n - 6] == '+' || stamp[n - 6] == '-'))))
		return 0;
	if (strlen(printed) < 10 || sscanf(printed, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 ||
	    m > 12 || d < 1 || d > date_days_in_month(y, m))
		return 0;
	if (date_parse_seconds(stamp, &t) < 0)
		return 0;
	day = date_days_from_civil(y, m, d);
	/* the stamp's day at UTC-12 is the printed one */
	t -= 12 * 3600;
	return (t >= 0 ? t / 86400 : -((-t + 86399) / 86400)) <= day;
}

/*
 * "en_US" -> "en-US"; keep only a plausible BCP 47 tag, whose first
 * subtag is a language's code of two or three letters. A language's name
 * ("English", "Deutsch") is its code, for the languages lang.c reads; any
 * other word says nothing.
 */
static const char *dup_lang(struct arena *a, const char *s)
{
	static const char *const names[][2] = {
		{ "english", "en" },    { "german", "de" },    { "deutsch", "de" },
		{ "french", "fr" },     { "francais", "fr" },  { "spanish", "es" },
		{ "espanol", "es" },    { "italian", "it" },   { "italiano", "it" },
		{ "portuguese", "pt" }, { "portugues", "pt" }, { "dutch", "nl" },
		{ "nederlands", "nl" },
	};
	char t[36];
	size_t i = 0, k;
	if (!s)
		return NULL;
	while (*s == ' ')
		s++;
	for (; i < sizeof(t) - 1 && s[i] &&
	       (isalnum((unsigned char)s[i]) || s[i] == '-' || s[i] == '_');
	     i++)
		t[i] = s[i] == '_' ? '-' : s[i];
	t[i] = '\0';
	if (i < 2 || !isalpha((unsigned char)t[0]))
		return NULL;
	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		if (!strcasecmp(t, names[k][0]))
			return arena_strdup(a, names[k][1]);
	if (strcspn(t, "-") > 3)
		return NULL;
	return arena_strdup(a, t);
}

/* ---- what is printed near the headline, and the URL ---- */

/* Elements looked at around the headline, in all. */
#define NEAR_VISITS 400
/* Ancestors of the headline whose subtrees are searched, nearest first. */
#define NEAR_LEVELS 3
/* Longest text of a date or byline element. */
#define NEAR_TEXT 160

static const char *const date_words[] = {
	"date", "time", "publish", "posted", "dateline", "byline", "meta", "pubdate", NULL,
};
static const char *const author_words[] = { "byline", "author", "writer", NULL };
/*
 * "author" inside these is no author: sign-in links, authorisation pages,
 * and the parts of an author's box that are not the name (a description,
 * a role, a job).
 */
static const char *const authorize_words[] = { "authoriz",  "authoris",  "jobtitle",
					       "job-title", "job_title", NULL };
/* the last part of a class or id word ("author-description", "author__role",
 * "position"), never its first ("position-relative" is a layout class) */
static const char *const author_part_words[] = { "description", "role", "position", NULL };

/* 1 when the first 127 bytes of `s`, lowercased, contain one of `words`. */
static int low_has(const char *s, const char *const *words)
{
	char low[128];
	size_t i;
	int k;
	for (i = 0; i < sizeof(low) - 1 && s[i]; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	low[i] = '\0';
	for (k = 0; words[k]; k++)
		if (strstr(low, words[k]))
			return 1;
	return 0;
}

/* 1 when class, id or itemprop of `n` (lowercased) contains one of `words`. */
static int named(xmlNodePtr n, const char *const *words)
{
	const char *attrs[3] = { dom_attr(n, "class"), dom_attr(n, "id"), dom_attr(n, "itemprop") };
	int a;
	for (a = 0; a < 3; a++)
		if (attrs[a] && low_has(attrs[a], words))
			return 1;
	return 0;
}

/*
 * 1 when a space-separated word of class, id or itemprop of `n` (lowercased) is
 * one of `words` or ends in one after "-" or "_": "author-role", not "rolex".
 */
static int named_part(xmlNodePtr n, const char *const *words)
{
	const char *attrs[3] = { dom_attr(n, "class"), dom_attr(n, "id"), dom_attr(n, "itemprop") };
	int a, k;
	for (a = 0; a < 3; a++) {
		const char *p = attrs[a];
		while (p && *p) {
			size_t len;
			while (*p == ' ' || *p == '\t' || *p == '\n')
				p++;
			len = strcspn(p, " \t\n");
			for (k = 0; words[k]; k++) {
				size_t wl = strlen(words[k]);
				if (len >= wl && !strncasecmp(p + len - wl, words[k], wl) &&
				    (len == wl || p[len - wl - 1] == '-' || p[len - wl - 1] == '_'))
					return 1;
			}
			p += len;
		}
	}
	return 0;
}

/* an element named for the author that is a part of the author's box other than the
 * name, or a sign-in or authorisation link */
static int not_author(xmlNodePtr n)
{
	return named(n, authorize_words) || named_part(n, author_part_words);
}

/*
 * The first date with at least a day in `s` ("Published: May 27, 2023
 * 21:15", "By X | 10 August 1998"), tried at each word start. A date
 * labelled as an update is not a publication date: returns NULL then.
 */
/*
 * 1 when `p` starts a label of a date that is not the page's: a user's
 * ("Registered:", "Joined", "Member since", "Founded:"), the reader's clock
 * ("Current time:", "It is currently"), a last visit or post.
 */
static int other_date_label(const char *p)
{
	static const char *const labels[] = { "registered", "joined",       "member since",
					      "founded",    "current time", "it is currently",
					      "last visit", "last active",  "last seen",
					      "last post",  "local time",   NULL };
	int i;
	for (i = 0; labels[i]; i++)
		if (!strncasecmp(p, labels[i], strlen(labels[i])))
			return 1;
	return 0;
}

/* The year of ISO date `d` as a string in `y` (5 bytes). */
static const char *year_of(const char *d, char *y)
{
	memcpy(y, d, 4);
	y[4] = '\0';
	return y;
}

/*
 * 1 when a word starts at `p` (after `s`): after no letter or digit, or
 * where elements' texts ran together ("Health" "DECEMBER", "2022" "Updated").
 */
static int word_start(const char *s, const char *p)
{
	unsigned char c = (unsigned char)*p, b = p > s ? (unsigned char)p[-1] : ' ';
	if (!isalnum(c))
		return 0;
	return !isalnum(b) || (isdigit(b) && isalpha(c)) || (islower(b) && isupper(c));
}

/* 1 when `s` says somewhere that it dates a change: "Updated", "Last edited". */
static int changed_label(const char *s)
{
	const char *p;
	for (p = s; *p; p++)
		if (word_start(s, p) &&
		    (!strncasecmp(p, "updated", 7) || !strncasecmp(p, "modified", 8) ||
		     !strncasecmp(p, "last edited", 11) || other_date_label(p)))
			return 1;
	return 0;
}

static const char *date_in_text(const char *s, char *dst, size_t n)
{
	const char *p;
	for (p = s; *p; p++) {
		if (!word_start(s, p))
			continue;
		if (!strncasecmp(p, "updated", 7) || !strncasecmp(p, "modified", 8) ||
		    !strncasecmp(p, "last edited", 11) || other_date_label(p))
			return NULL;
		if (date_normalize(p, dst, n) && strlen(dst) >= 10)
			return dst;
	}
	return NULL;
}

/*
 * "By Jane Doe | May 3, 2020" -> "Jane Doe"; NULL when the text does not
 * read as a name (a form label, a comment's "X says:", a share button).
 */
/*
 * 1 when the `n` bytes at `s` are only a writer's role, every word of it
 * one ("Staff Writer", "Senior Editor", "Contributing Writer"): the line
 * under a name, not the name.
 */
static int role_only(const char *s, size_t n)
{
	static const char *const roles[] = {
		"staff",     "writer",        "writers",     "editor",    "editors",
		"senior",    "contributing",  "contributor", "associate", "managing",
		"reporter",  "correspondent", "columnist",   "guest",     "freelance",
		"editorial", "assistant",     "deputy",      "chief",     "executive",
		"content",   "lead",          "principal",   "features",  "news",
		"digital",   "special",       "copy",        "and",       "&",
		NULL
	};
	size_t i = 0, w, words = 0;
	int k;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == ','))
			i++;
		if (i >= n)
			break;
		for (w = i; w < n && s[w] != ' ' && s[w] != ','; w++)
			;
		for (k = 0; roles[k]; k++)
			if (w - i == strlen(roles[k]) && !strncasecmp(s + i, roles[k], w - i))
				break;
		if (!roles[k])
			return 0;
		words++;
		i = w;
	}
	return words > 0;
}

static const char *byline_in_text(struct arena *a, const char *s)
{
	static const char *const leads[] = {
		"by: ",        "by ",           "written by ",    "posted by ",
		"words by ",   "started by ",   "article by ",    "von ",
		"par ",        "por ",          "author: ",       "authors: ",
		"author(s): ", "contributor: ", "contributors: ", NULL
	};
	static const char *const stops[] = {
		" | ", " · ", " • ", " ⋅ ", " - ", " – ", " — ", NULL
	};
	char d[40];
	size_t n, i, words = 0, lower = 0;
	int upper = 0;
	const char *p;

	for (i = 0; leads[i]; i++)
		if (!strncasecmp(s, leads[i], strlen(leads[i]))) {
			s += strlen(leads[i]);
			break;
		}
	while (*s == ' ')
		s++;
	n = strlen(s);
	for (i = 0; stops[i]; i++)
		if ((p = strstr(s, stops[i])) && (size_t)(p - s) < n)
			n = (size_t)(p - s);
	for (p = s; p < s + n; p++) {
		unsigned char ch = (unsigned char)*p;
		/* a date or a label ends the name */
		if ((p == s || p[-1] == ' ') &&
		    (date_normalize(p, d, sizeof(d)) || !strncasecmp(p, "published", 9) ||
		     !strncasecmp(p, "updated", 7) || !strncasecmp(p, "last updated", 12) ||
		     !strncasecmp(p, "last modified", 13) || !strncasecmp(p, "on ", 3))) {
			n = (size_t)(p - s);
			break;
		}
		/* "Meg JamesStaff Writer": inline elements glued together; the name ends */
		if (isupper(ch) && lower >= 3) {
			n = (size_t)(p - s);
			break;
		}
		lower = islower(ch) ? lower + 1 : 0;
		upper |= isupper(ch) || ch >= 0x80;
		if (isdigit(ch) || strchr("@/*:?!", (int)ch))
			return NULL;
	}
	for (;;) { /* trailing separators: " ,|-", a bullet "•" or a middle dot "·" */
		if (n && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == '|' || s[n - 1] == '-'))
			n--;
		else if (n >= 3 && !memcmp(s + n - 3, "\xe2\x80\xa2", 3))
			n -= 3;
		else if (n >= 2 && !memcmp(s + n - 2, "\xc2\xb7", 2))
			n -= 2;
		else
			break;
	}
	for (i = 0; i < n; i++)
		if (s[i] == ' ' && i + 1 < n && s[i + 1] != ' ')
			words++;
	if (n < 3 || words > 6 || !upper)
		return NULL;
	for (p = s; p + 5 <= s + n; p++)
		if (!strncasecmp(p, " says", 5))
			return NULL;
	/* a blog engine's default account is not a name, nor is a role */
	if ((n == 5 && !strncasecmp(s, "admin", 5)) || role_only(s, n))
		return NULL;
	return text_squash(a, s, n);
}

struct near {
	struct arena *arena;
	int max_depth;
	int visits;
	xmlNodePtr skip; /* subtree searched at the level before */
	int in_list;     /* inside a list item, aside, footer or quote: others' dates */
	const char *date;
	char dbuf[40];
	const char *byline;
};

/* Longest text of an unnamed element read as a date near the headline. */
#define NEAR_DATELINE 48

/* Longest text of an unnamed element read as a byline ("By Jane Doe · May 3"). */
#define BYLINE_TEXT 100

/* Is `s` only a byline's label: "By", "Written by:", "Author"? */
static int byline_label(const char *s)
{
	static const char *const labels[] = { "by",          "written by",   "author",
					      "article by",  "posted by",    "words by",
					      "started by",  "authors",      "author(s)",
					      "contributor", "contributors", NULL };
	size_t n;
	int i;
	while (*s == ' ')
		s++;
	n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == ':'))
		n--;
	for (i = 0; labels[i]; i++)
		if (n == strlen(labels[i]) && !strncasecmp(s, labels[i], n))
			return 1;
	return 0;
}

/* A label that ends in "by" or "from" ("Text by", "Insights from"): the name follows it. */
static int by_label(const char *s)
{
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == ':'))
		n--;
	return (n >= 3 && !strncasecmp(s + n - 3, " by", 3)) ||
	       (n >= 5 && !strncasecmp(s + n - 5, " from", 5));
}

/* The text node after `*skip` others under `n`, into `out`; sets *skip to -1 once found. */
static void nth_leaf(xmlNodePtr n, struct buf *out, int *skip, int depth)
{
	xmlNodePtr c;
	for (c = n->children; c && *skip >= 0; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content) {
			const char *t = dom_text_start(c);
			if (!*t)
				continue;
			if (!(*skip)--) {
				if (buf_adds(out, t) < 0)
					return; /* buf_error() tells */
				*skip = -1;
			}
		} else if (c->type == XML_ELEMENT_NODE && depth < 8 && !dom_is(c, "script") &&
			   !dom_is(c, "style")) {
			nth_leaf(c, out, skip, depth + 1);
		}
	}
}

/*
 * The name a byline element starts with: its first text, or the first
 * after labels ("By", "Written by", "Author", "Recipe by") when `lead`.
 */
static const char *byline_name(struct arena *a, xmlNodePtr n, int lead)
{
	struct buf t = BUF_INIT;
	const char *got = NULL, *sq = NULL;
	int k;
	t.cap = 4 * BYLINE_TEXT;
	const char *first = NULL;
	int after_label = 0;
	for (k = 0; k < 4; k++) {
		int skip = k, label;
		buf_reset(&t);
		nth_leaf(n, &t, &skip, 0);
		if (!t.len || t.len > BYLINE_TEXT || buf_error(&t) ||
		    !(sq = text_squash(a, t.data, t.len)))
			break;
		label = lead && (byline_label(sq) || by_label(sq));
		if (!k && !label)
			first = sq; /* the name, unless a label follows ("Guide by X") */
		if (!label && (after_label || !lead || k))
			break;
		after_label = label;
		sq = NULL;
	}
	if (!(sq && after_label))
		sq = first;
	if (sq)
		got = byline_in_text(a, sq);
	buf_release(&t);
	/* a name starts with a capital: "By continuing you agree" is not one */
	if (got && !isupper((unsigned char)*got) && (unsigned char)*got < 0x80)
		got = NULL;
	return got;
}

static int name_cased(const char *s);

/* 1 when `n` holds no text but white space (a picture, an icon), to `depth` 8. */
static int element_blank(xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	if (depth >= 8)
		return 0;
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content && *dom_text_start(c))
			return 0;
		if (c->type == XML_ELEMENT_NODE && !dom_is(c, "script") && !dom_is(c, "style") &&
		    !element_blank(c, depth + 1))
			return 0;
	}
	return 1;
}

/*
 * A byline that no class names: an element whose short text starts "By ",
 * "Written by", "Posted by" (the name follows), or is only such a label
 * ("Written by", "Author:") with the name in the next element, past up to
 * three with no text (an avatar, an icon) when the name then reads as one.
 * Sets nr->byline and returns 1 when `k` was one.
 */
static int unnamed_byline(struct near *nr, xmlNodePtr k)
{
	static const char *const leads[] = {
		"by ",           "by: ",           "written by ", "posted by ", "words by ",
		"started by ",   "article by ",    "author: ",    "authors: ",  "author(s): ",
		"contributor: ", "contributors: ", NULL
	};
	struct buf t = BUF_INIT;
	const char *got = NULL;
	int i, lead = 0;
	t.cap = 2 * BYLINE_TEXT;
	dom_text(k, &t, BYLINE_TEXT + 8, nr->max_depth);
	if (!t.len || t.len > BYLINE_TEXT) {
		buf_release(&t);
		return 0;
	}
	for (i = 0; leads[i]; i++)
		if (!strncasecmp(t.data, leads[i], strlen(leads[i])))
			lead = 1;
	if (lead) {
		got = byline_name(nr->arena, k, 1);
	} else {
		if (byline_label(t.data)) {
			/* the name's element, past a picture or icon with no text */
			xmlNodePtr next = k->next;
			int hops = 0;
			for (; next && hops < 4; next = next->next) {
				if (next->type != XML_ELEMENT_NODE)
					continue;
				if (!element_blank(next, 0))
					break;
				hops++;
			}
			if (next && hops < 4)
				got = byline_name(nr->arena, next, 0);
			/* past a picture, only what reads as a name: "ORDER BY" and an icon are syntax */
			if (got && hops && !name_cased(got))
				got = NULL;
		}
	}
	buf_release(&t);
	if (got)
		nr->byline = got;
	return got != NULL;
}

static int dateline_text(struct near *nr, const char *s);
static int same_words(const char *a, const char *b);

/*
 * 1 when a path segment of `href` is one of `segs` (in any case) and another
 * segment follows it ("/blog/tag/personal-finance", "/authors/jane-doe").
 */
static int href_segment_then_more(const char *href, const char *const *segs)
{
	const char *p = href ? strstr(href, "://") : NULL;
	p = p ? strchr(p + 3, '/') : href;
	if (!p)
		return 0;
	while (*p == '/') {
		const char *e = p + 1;
		size_t n;
		int i;
		while (*e && *e != '/' && *e != '?' && *e != '#')
			e++;
		n = (size_t)(e - p - 1);
		for (i = 0; segs[i]; i++)
			if (n == strlen(segs[i]) && !strncasecmp(p + 1, segs[i], n) && *e == '/' &&
			    e[1] && e[1] != '?' && e[1] != '#')
				return 1;
		p = e;
	}
	return 0;
}

/*
 * 1 when `href` goes to a page of tagged or filed pages: a path segment
 * "tag", "tags", "category", "categories", "topic", "topics" or "section"
 * followed by another one ("/blog/tag/personal-finance").
 */
static int tag_href(const char *href)
{
	static const char *const segs[] = { "tag",   "tags",   "category", "categories",
					    "topic", "topics", "section",  NULL };
	return href_segment_then_more(href, segs);
}

/*
 * 1 when a link under `n` (to `depth` 8) to a tag's or a category's page
 * reads `name`: a byline box that starts with the story's topic ("Personal
 * finance") names no one by it.
 */
static int tag_link(xmlNodePtr n, const char *name, int depth)
{
	xmlNodePtr c;
	for (c = n->children; c && depth < 8; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (dom_is(c, "a") && tag_href(dom_attr(c, "href"))) {
			struct buf t = BUF_INIT;
			int same;
			t.cap = 2 * BYLINE_TEXT;
			dom_text(c, &t, BYLINE_TEXT + 8, 8);
			same = t.len && !buf_error(&t) && same_words(t.data, name);
			buf_release(&t);
			if (same)
				return 1;
		} else if (tag_link(c, name, depth + 1)) {
			return 1;
		}
	}
	return 0;
}

/* Elements the search for a section's link reads, at most. */
#define LABEL_VISITS 20000

/* Are `a` and `b` the same words, case and runs of white space aside? */
static int same_words(const char *a, const char *b)
{
	while (isspace((unsigned char)*a))
		a++;
	while (isspace((unsigned char)*b))
		b++;
	while (*a && *b) {
		if (isspace((unsigned char)*a) && isspace((unsigned char)*b)) {
			while (isspace((unsigned char)*a))
				a++;
			while (isspace((unsigned char)*b))
				b++;
			continue;
		}
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
		a++, b++;
	}
	while (isspace((unsigned char)*a))
		a++;
	while (isspace((unsigned char)*b))
		b++;
	return !*a && !*b;
}

/*
 * 1 when a link under `n` that leads to no writer's page (it has an address
 * and the address names no author) reads `name`: "Jan 2, 2025 | Business
 * News" with "Business News" in the menu names a section, not who wrote
 * the page.
 */
static int link_label(xmlNodePtr n, const char *name, int depth, int *visits)
{
	xmlNodePtr c;
	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || ++*visits > LABEL_VISITS)
			continue;
		if (dom_is(c, "a") && dom_attr(c, "href")) {
			struct buf t = BUF_INIT;
			int same;
			t.cap = 2 * BYLINE_TEXT;
			dom_text(c, &t, BYLINE_TEXT + 8, 8);
			same = t.len && t.len <= BYLINE_TEXT && same_words(t.data, name);
			buf_release(&t);
			if (same && !low_has(dom_attr(c, "href"), author_words))
				return 1;
		} else if (depth < 64 && link_label(c, name, depth + 1, visits)) {
			return 1;
		}
	}
	return 0;
}

/* The longest date a dateline starts with before its separator and a name. */
#define DATED_NAME_DATE 32

/*
 * "Dec 19, 2025 · Jane Doe on behalf of …": a dateline that goes on, past
 * a separator, with who wrote it; the name is the run of capitalised words
 * after it (two to four: a word that starts lower-case, with a digit or
 * with a separator ends it, so "5 min read" names no one; a digit inside
 * one refuses it), with the date in `d` (`dn` bytes, at least 32). NULL
 * when `s` is not so.
 */
static const char *dated_name(struct arena *a, const char *s, char *d, size_t dn)
{
	static const char *const seps[] = { "\xc2\xb7",     "\xe2\x80\xa2", "|",
					    "\xe2\x80\x94", "\xe2\x80\x93", NULL };
	char date[DATED_NAME_DATE + 1];
	const char *p, *q, *end = NULL;
	size_t sl = 0, i;
	int words = 0;
	for (i = 0; seps[i]; i++) {
		p = strstr(s, seps[i]);
		if (p && (!end || p < end))
			end = p, sl = strlen(seps[i]);
	}
	if (!end || end - s > DATED_NAME_DATE)
		return NULL;
	/* the date is all there is before the separator */
	memcpy(date, s, (size_t)(end - s));
	date[end - s] = '\0';
	if (!date_normalize(date, d, dn) || strlen(d) < 10)
		return NULL;
	p = end + sl;
	while (*p == ' ')
		p++;
	for (q = p; *q;) {
		/* a lower-case word ends the name, and so does a dot or dash separator */
		if ((!isupper((unsigned char)*q) && (unsigned char)*q < 0x80) ||
		    !memcmp(q, "\xc2\xb7", 2) || !memcmp(q, "\xe2\x80", 2))
			break;
		while (*q && *q != ' ') {
			if (isdigit((unsigned char)*q) || strchr("@/*:?!|", *q))
				return NULL;
			q++;
		}
		words++;
		end = q;
		while (*q == ' ')
			q++;
	}
	if (words < 2 || words > 4)
		return NULL;
	return text_squash(a, p, (size_t)(end - p));
}

/*
 * An element no name marks whose whole text is a date to the day, after
 * a label at most ("<p>November 2, 2022</p>" under the headline); not a
 * change's ("Updated …").
 */
static int unnamed_dateline(struct near *nr, xmlNodePtr k)
{
	static const char *const inline_tags[] = { "span", "a",     "time", "strong", "b", "em",
						   "i",    "small", "abbr", "font",   NULL };
	struct buf t = BUF_INIT;
	xmlNodePtr c;
	int r = 0;
	/* one line: blocks inside ("<dt>user</dt><dd>Registered: …</dd>") run together as text */
	for (c = k->children; c; c = c->next) {
		int i, ok = 0;
		if (c->type != XML_ELEMENT_NODE)
			continue;
		for (i = 0; inline_tags[i] && !ok; i++)
			ok = dom_is(c, inline_tags[i]);
		if (!ok)
			return 0;
	}
	t.cap = 2 * NEAR_DATELINE;
	dom_text(k, &t, NEAR_DATELINE + 8, nr->max_depth);
	if (t.len >= 8 && t.len <= NEAR_DATELINE) {
		if (changed_label(t.data))
			r = -1; /* "Last active <time>…": nor is what it holds */
		else if (dateline_text(nr, t.data) > 0)
			nr->date = nr->dbuf, r = 1;
	}
	buf_release(&t);
	return r;
}

static void near_scan(struct near *nr, xmlNodePtr n, int depth)
{
	xmlNodePtr k;
	for (k = n->children; k && nr->visits < NEAR_VISITS; k = k->next) {
		int d, b, other = 0;
		if (k->type != XML_ELEMENT_NODE || k == nr->skip)
			continue;
		nr->visits++;
		d = !nr->date && (dom_is(k, "time") || named(k, date_words));
		b = !nr->byline && named(k, author_words) && !not_author(k);
		if (!nr->byline && !b)
			unnamed_byline(nr, k);
		if (!nr->date && !d && !nr->in_list && !dom_is(k, "a"))
			other = unnamed_dateline(nr, k) < 0;
		if (d || b) {
			struct buf t = BUF_INIT;
			int small;
			char year[5];
			t.cap = 2 * NEAR_TEXT;
			dom_text(k, &t, NEAR_TEXT + 8, nr->max_depth);
			small = t.len && t.len <= NEAR_TEXT;
			if (small && d && date_in_text(t.data, nr->dbuf, sizeof(nr->dbuf)))
				nr->date = nr->dbuf;
			else if (small && d && dom_is(k, "time") && dom_attr(k, "datetime") &&
				 !changed_label(t.data) &&
				 date_normalize(dom_attr(k, "datetime"), nr->dbuf,
						sizeof(nr->dbuf)) &&
				 strlen(nr->dbuf) >= 10 && strstr(t.data, year_of(nr->dbuf, year)))
				nr->date =
					nr->dbuf; /* "03/01/2017": the attribute says which day */
			if (small && b && byline_label(t.data))
				unnamed_byline(nr, k); /* "By", "Posted by": the name follows */
			else if (small && b && !(nr->byline = byline_name(nr->arena, k, 1)))
				nr->byline = byline_in_text(nr->arena, t.data);
			if (b && nr->byline && tag_link(k, nr->byline, 0))
				nr->byline = NULL;
			buf_release(&t);
			/* a short element was read whole: look inside only for what is missing */
			if (small && nr->date && nr->byline)
				return;
		}
		/* "Dec 19, 2025 · Jane Doe": the dateline names the writer after it */
		if (!nr->byline && !nr->in_list) {
			struct buf t = BUF_INIT;
			char dd[40];
			t.cap = 2 * BYLINE_TEXT;
			dom_text(k, &t, BYLINE_TEXT + 8, nr->max_depth);
			if (t.len && t.len <= BYLINE_TEXT &&
			    (nr->byline = dated_name(nr->arena, t.data, dd, sizeof(dd)))) {
				int visits = 0;
				xmlNodePtr root = xmlDocGetRootElement(k->doc);
				if (root && link_label(root, nr->byline, 0, &visits))
					nr->byline = NULL; /* a section the menu links to */
				else if (!nr->date) {
					memcpy(nr->dbuf, dd, strlen(dd) + 1);
					nr->date = nr->dbuf;
				}
			}
			buf_release(&t);
		}
		if (depth < nr->max_depth && depth < 8) {
			/* others' dates: lists, asides, footers, quoted posts */
			int list = dom_is(k, "li") || dom_is(k, "aside") || dom_is(k, "nav") ||
				   dom_is(k, "footer") || dom_is(k, "blockquote") || other;
			nr->in_list += list;
			near_scan(nr, k, depth + 1);
			nr->in_list -= list;
		}
	}
}

/* Elements the page-wide byline search reads, at most. */
#define BYLINE_VISITS 20000

/* Boxes that hold others' words or others' items: reviews, quotes, comments, teasers. */
static const char *const other_voices[] = { "review", "testimonial", "comment", "quote",
					    "tease",  "related",     NULL };

/*
 * A byline found far from the headline names someone only with two words
 * or more ("By Category" and a reviewer's "Justin" do not) and does not end
 * in its own label ("This article was written by").
 */
static int page_byline(const char *b)
{
	size_t n = strlen(b);
	if (!strchr(b, ' '))
		return 0;
	if (n >= 3 && !strcasecmp(b + n - 3, " by"))
		return 0;
	return 1;
}

/* The first text node under `n` that is not blank, scripts and styles aside. */
static xmlNodePtr first_text(xmlNodePtr n, int depth)
{
	xmlNodePtr c, got;
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content) {
			if (*dom_text_start(c))
				return c;
		} else if (c->type == XML_ELEMENT_NODE && depth < 8 && !dom_is(c, "script") &&
			   !dom_is(c, "style") && (got = first_text(c, depth + 1))) {
			return got;
		}
	}
	return NULL;
}

/* Elements the search for posters' profiles reads, at most. */
#define PROFILE_VISITS 20000

/*
 * Which label of a poster's profile text `s` starts with ("Posts:" 1,
 * "Joined:" 2 ...), 0 for none.
 */
static int profile_label(const char *s)
{
	static const char *const labels[] = { "posts:", "joined:", "registered:", "threads:",
					      NULL };
	int i;
	for (i = 0; labels[i]; i++)
		if (!strncasecmp(s, labels[i], strlen(labels[i])))
			return i + 1;
	return 0;
}

struct profiles {
	int visits;
	int kind;         /* the first label's (profile_label) */
	int n;            /* labels of that kind seen, one a profile (stops at 2) */
	xmlNodePtr first; /* the first one's text node */
};

static void profile_scan(struct profiles *pr, xmlNodePtr n, int depth, int max_depth)
{
	xmlNodePtr k;
	for (k = n->children; k && pr->visits < PROFILE_VISITS && pr->n < 2; k = k->next) {
		pr->visits++;
		if (k->type == XML_TEXT_NODE && k->content) {
			int l = profile_label(dom_text_start(k));
			if (l && !pr->n)
				pr->first = k, pr->kind = l, pr->n = 1;
			else if (l && l == pr->kind)
				pr->n++; /* one profile shows "Posts:" and "Joined:" */
		} else if (k->type == XML_ELEMENT_NODE && !dom_is(k, "script") &&
			   !dom_is(k, "style") && !dom_is(k, "head") && depth < max_depth) {
			profile_scan(pr, k, depth + 1, max_depth);
		}
	}
}

/*
 * On a thread, the user whose profile the first post shows: the first
 * text of the block (up to three elements above) that holds the first
 * "Posts:", "Joined:" or "Registered:" label, when the page shows that
 * label twice or more (two posters' profiles) and that text reads as a user's name (40 bytes at most,
 * three words at most, a letter, no colon, not a date).
 */
static const char *profile_user(struct arena *a, xmlDocPtr doc, int max_depth)
{
	struct profiles pr;
	xmlNodePtr root = xmlDocGetRootElement(doc), up;
	int level;
	memset(&pr, 0, sizeof(pr));
	if (!root)
		return NULL;
	profile_scan(&pr, root, 0, max_depth);
	if (pr.n < 2)
		return NULL;
	for (up = pr.first->parent, level = 0; up && level < 3; up = up->parent, level++) {
		xmlNodePtr t = first_text(up, 0);
		const char *s, *got;
		char d[40];
		size_t i, spaces = 0, letters = 0;
		if (!t || t == pr.first)
			continue;
		s = dom_text_start(t);
		if (strlen(s) > 2 * 40 || !(got = text_squash(a, s, strlen(s))))
			return NULL;
		for (i = 0; got[i]; i++) {
			spaces += got[i] == ' ';
			letters += isalpha((unsigned char)got[i]) || (unsigned char)got[i] >= 0x80;
		}
		/* a post's number ("#1") or date is no one's name */
		if (strlen(got) < 2 || strlen(got) > 40 || spaces > 2 || !letters ||
		    strchr(got, ':') || date_normalize(got, d, sizeof(d)))
			return NULL;
		return got;
	}
	return NULL;
}

/* Is every word of `s` capitalised, as in a person's name ("Jane van Doe" aside)? */
static int name_cased(const char *s)
{
	int words = 0;
	const char *p = s;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (!isupper((unsigned char)*p) && (unsigned char)*p < 0x80)
			return 0;
		words++;
		while (*p && *p != ' ')
			p++;
	}
	return words >= 2 && words <= 4;
}

/*
 * The name an author box starts with, when the box goes on with a bio or
 * links: its first text, when that is the whole text of its own element
 * ("<h4>Jane Doe</h4><p>Jane writes…</p>") and reads as a name, every word
 * capitalised; a label before it ("Written by", "About the author") is
 * passed over. NULL when the box starts otherwise.
 */
static const char *box_name(struct arena *a, xmlNodePtr box)
{
	struct buf t = BUF_INIT;
	const char *got = NULL;
	xmlNodePtr leaf = first_text(box, 0);
	int k;
	t.cap = 2 * BYLINE_TEXT;
	for (k = 0; leaf && k < 2; k++) {
		const char *sq, *lt;
		buf_reset(&t);
		dom_text(leaf->parent, &t, BYLINE_TEXT + 8, 4);
		if (!t.len || t.len > BYLINE_TEXT || buf_error(&t) ||
		    !(sq = text_squash(a, t.data, t.len)))
			break;
		/* its element holds more than this text: a sentence, not a name alone */
		lt = text_squash(a, (const char *)leaf->content,
				 strlen((const char *)leaf->content));
		if (!lt || strlen(sq) != strlen(lt))
			break;
		if (byline_label(sq) || by_label(sq) || !strncasecmp(sq, "about ", 6)) {
			/* a label: the name is the next text, outside this element */
			xmlNodePtr up = leaf->parent, next = NULL;
			while (up && up != box && !next) {
				xmlNodePtr s;
				for (s = up->next; s && !next; s = s->next)
					if (s->type == XML_ELEMENT_NODE)
						next = first_text(s, 0);
					else if (s->type == XML_TEXT_NODE)
						next = s->content && strspn((const char *)
										    s->content,
									    " \n\t\r") !=
									       strlen((const char
											       *)s
											      ->content)
							       ? s
							       : NULL;
				up = up->parent;
			}
			leaf = next;
			continue;
		}
		if (strstr(sq, "uthor") || !name_cased(sq))
			break;
		got = byline_in_text(a, sq);
		break;
	}
	buf_release(&t);
	return got;
}

/*
 * 1 for what the byline scans do not enter: text nodes, scripts and the
 * like, navigation, forms, asides and footers.
 */
static int byline_skipped(xmlNodePtr k)
{
	return k->type != XML_ELEMENT_NODE || dom_is(k, "script") || dom_is(k, "style") ||
	       dom_is(k, "head") || dom_is(k, "nav") || dom_is(k, "form") || dom_is(k, "aside") ||
	       dom_is(k, "footer") || dom_is(k, "select") || dom_is(k, "button") ||
	       dom_is(k, "noscript") || dom_is(k, "template");
}

/*
 * The elements below `n` in document order, BYLINE_VISITS at most, until
 * one gives nr->byline: `visit` looks at each and returns 1 to go on below
 * it. What byline_skipped names and boxes of others' words are not entered.
 */
static void byline_walk(struct near *nr, xmlNodePtr n, int depth,
			int (*visit)(struct near *nr, xmlNodePtr k))
{
	xmlNodePtr k;
	for (k = n->children; k && nr->visits < BYLINE_VISITS && !nr->byline; k = k->next) {
		if (byline_skipped(k))
			continue;
		nr->visits++;
		if (named(k, other_voices))
			continue;
		if (visit(nr, k) && !nr->byline && depth < nr->max_depth && depth < 32)
			byline_walk(nr, k, depth + 1, visit);
	}
}

/* Longest text of an element read as a byline's label in a panel beside the text. */
#define PANEL_LABEL 24

/*
 * The byline of a panel of facts beside the text (an <aside> that lists
 * "Published", "Author(s)", "Topics"), under `n`, `in_aside` when `n` is in
 * one: an element whose whole text is a byline's label ("Author",
 * "Author(s)", "Written by") and the name in the element after it. A
 * teaser's "By …" line in an aside names another page's writer and is
 * not read.
 */
static void panel_walk(struct near *nr, xmlNodePtr n, int depth, int in_aside)
{
	xmlNodePtr k;
	for (k = n->children; k && nr->visits < BYLINE_VISITS && !nr->byline; k = k->next) {
		int aside = dom_is(k, "aside");
		if (byline_skipped(k) && !aside)
			continue;
		nr->visits++;
		if (named(k, other_voices))
			continue;
		if (in_aside) {
			struct buf t = BUF_INIT;
			t.cap = 2 * PANEL_LABEL;
			dom_text(k, &t, PANEL_LABEL + 8, nr->max_depth);
			if (t.len && t.len <= PANEL_LABEL && byline_label(t.data) &&
			    unnamed_byline(nr, k) &&
			    !(name_cased(nr->byline) && page_byline(nr->byline)))
				nr->byline = NULL;
			buf_release(&t);
		}
		if (!nr->byline && depth < nr->max_depth && depth < 32)
			panel_walk(nr, k, depth + 1, in_aside || aside);
	}
}

/*
 * The first byline of the page (byline_walk's visit `visit`), or NULL.
 */
static const char *byline_scan(struct near *nr, xmlDocPtr doc,
			       int (*visit)(struct near *nr, xmlNodePtr k))
{
	xmlNodePtr root = xmlDocGetRootElement(doc);
	nr->visits = 0;
	nr->byline = NULL;
	if (root)
		byline_walk(nr, root, 0, visit);
	return nr->byline;
}

/*
 * A byline anywhere on the page, for a page whose headline has none near
 * it: an element named for its author ("author", "byline", "writer") of
 * short text that reads as a name, or an unnamed "By …"/"Written by …"
 * line. Navigation, forms, asides and footers are skipped: their "by" is a
 * credit, not the page's writer.
 */
static int byline_visit(struct near *nr, xmlNodePtr k)
{
	if (named(k, author_words) && !not_author(k)) {
		/* its first text: an author box goes on with a bio */
		struct buf t = BUF_INIT;
		t.cap = 2 * NEAR_TEXT;
		dom_text(k, &t, NEAR_TEXT + 8, nr->max_depth);
		if (t.len && t.len <= NEAR_TEXT && !(nr->byline = byline_name(nr->arena, k, 1)))
			nr->byline = byline_in_text(nr->arena, t.data);
		if (nr->byline && tag_link(k, nr->byline, 0))
			nr->byline = NULL;
		else if (t.len > NEAR_TEXT)
			nr->byline = box_name(nr->arena, k);
		buf_release(&t);
	} else {
		unnamed_byline(nr, k);
	}
	if (nr->byline && !page_byline(nr->byline))
		nr->byline = NULL;
	return 1;
}

/*
 * 1 when `href` goes to a writer's own page: a path segment "author",
 * "authors", "contributor(s)" or "writer(s)" followed by another one (the
 * writer's: "/blog/authors/jane-doe").
 */
static int author_href(const char *href)
{
	static const char *const segs[] = { "author", "authors", "contributor", "contributors",
					    "writer", "writers", NULL };
	return href_segment_then_more(href, segs);
}

/*
 * A link to a writer's own page whose text reads as a name (every word
 * capitalised, 2-4 words): the writer, for a page that prints no byline or
 * names only its outlet. Nothing below a link is looked at.
 */
static int author_link_visit(struct near *nr, xmlNodePtr k)
{
	struct buf t = BUF_INIT;
	const char *sq;
	if (!dom_is(k, "a"))
		return 1;
	if (!author_href(dom_attr(k, "href")))
		return 0;
	t.cap = 2 * BYLINE_TEXT;
	dom_text(k, &t, BYLINE_TEXT + 8, nr->max_depth);
	if (t.len && t.len <= BYLINE_TEXT && !buf_error(&t) &&
	    (sq = text_squash(nr->arena, t.data, t.len)) && name_cased(sq))
		nr->byline = byline_in_text(nr->arena, sq);
	buf_release(&t);
	return 0;
}

/*
 * Date and byline as printed around the headline, for pages that state
 * them nowhere else: elements whose class, id or itemprop says date, time,
 * published, byline, author or meta, in the headline's parent, then its
 * grandparent, then one level up (nearest first, so a list of other
 * stories' dates further away is never reached first).
 */
/* Elements the page-wide dateline search reads, at most. */
#define DATELINE_VISITS 20000
/* The longest text of an element read as a dateline ("Last updated: 5 March 2025"). */
#define DATELINE_TEXT 48

/*
 * The first short element of the page, in document order, whose whole text
 * is a date to the day, after an optional label ("Published", "Updated:",
 * "Posted on"): the dateline a template printed where nothing names it.
 * Scripts, styles and forms are skipped. Returns the date in nr->dbuf or NULL.
 */
/*
 * `s` as a dateline: a date to the day at its start or after a label of
 * words and a colon. 1 with the date in nr->dbuf, -1 when the label says
 * the date is not the page's, else 0.
 */
static int dateline_text(struct near *nr, const char *s)
{
	const char *q;
	for (q = s; *q && q - s < 24; q++) {
		if ((q == s || q[-1] == ' ') && other_date_label(q))
			return -1; /* a user's, or the reader's clock */
		if ((q == s || q[-1] == ' ' || q[-1] == ':') &&
		    date_normalize(q, nr->dbuf, sizeof(nr->dbuf)) && strlen(nr->dbuf) >= 10)
			return 1;
		if (isdigit((unsigned char)*q))
			break;
	}
	return 0;
}

static const char *dateline_scan(struct near *nr, xmlNodePtr n, int depth)
{
	xmlNodePtr k;
	for (k = n->children; k && nr->visits < DATELINE_VISITS; k = k->next) {
		struct buf t = BUF_INIT;
		const char *got = NULL;
		size_t len;
		int r = 0;
		if (k->type != XML_ELEMENT_NODE || dom_is(k, "script") || dom_is(k, "style") ||
		    dom_is(k, "head") || dom_is(k, "select") || dom_is(k, "nav"))
			continue;
		nr->visits++;
		t.cap = 2 * DATELINE_TEXT;
		dom_text(k, &t, DATELINE_TEXT + 8, nr->max_depth);
		len = t.len;
		if (len >= 8 && len <= DATELINE_TEXT)
			r = dateline_text(nr, t.data);
		buf_release(&t);
		if (r > 0)
			return nr->dbuf;
		if (len > DATELINE_TEXT) {
			/*
			 * its own first text, before its children or after a
			 * heading: "2019-02-23, 09:14 PM <span>…",
			 * "<legend>Headline</legend> 20 December 2025 <div>…"
			 */
			xmlNodePtr c = k->children;
			int seen = 0;
			for (; c && seen < 2; c = c->next) {
				const char *ct = (const char *)c->content;
				if (c->type != XML_TEXT_NODE) {
					seen += c->type == XML_ELEMENT_NODE;
					continue;
				}
				if (!ct || strspn(ct, " \t\r\n") == strlen(ct))
					continue;
				if (strlen(ct) <= DATELINE_TEXT &&
				    dateline_text(nr, ct + strspn(ct, " \t\r\n")) > 0)
					return nr->dbuf;
				break;
			}
		}
		/* a short element that is not a dateline may hold one: "#1 <a>2025-11-01</a>" */
		if (len >= 8 && r == 0 && depth < nr->max_depth && depth < 24 &&
		    (got = dateline_scan(nr, k, depth + 1)))
			return got;
	}
	return NULL;
}

/* The longest text of an element read as a relative time ("1 year ago"). */
#define RELATIVE_TEXT 32

int relative_time(const char *s)
{
	size_t n = strlen(s);
	const char *p = s;
	const char *q = past_words(s, "yesterday");
	if (q || (q = past_words(s, "today"))) {
		/* alone, or a clock time after it: "Today, 10:30", "Yesterday at 4:25 AM" */
		const char *at;
		q += strspn(q, " ,");
		if ((at = past_words(q, "at ")))
			q = at;
		return !*q || (isdigit((unsigned char)*q) && !q[strspn(q, "0123456789:. apmAPM")]);
	}
	if (n < 7 || strcasecmp(s + n - 4, " ago"))
		return 0;
	/* a number or "a", "an", one word of unit, "ago" */
	if (isdigit((unsigned char)*p))
		while (isdigit((unsigned char)*p))
			p++;
	else if (!strncasecmp(p, "an ", 3))
		p += 2;
	else if (!strncasecmp(p, "a ", 2))
		p += 1;
	else
		return 0;
	if (*p++ != ' ' || !isalpha((unsigned char)*p))
		return 0;
	while (isalpha((unsigned char)*p))
		p++;
	return p == s + n - 4;
}

/*
 * The first element of the page, in document order, whose text is a
 * relative time and one of whose attributes (a tooltip's "title",
 * "data-tippy-content") is a date to the day: the date a script tells the
 * reader as "1 year ago". Scripts, styles and navigation are skipped.
 */
static const char *relative_scan(struct near *nr, xmlNodePtr n, int depth)
{
	xmlNodePtr k;
	for (k = n->children; k && nr->visits < DATELINE_VISITS; k = k->next) {
		const char *got = NULL;
		xmlAttrPtr at;
		if (k->type != XML_ELEMENT_NODE || dom_is(k, "script") || dom_is(k, "style") ||
		    dom_is(k, "head") || dom_is(k, "nav"))
			continue;
		nr->visits++;
		/* the attribute first: few elements carry a date in one */
		for (at = k->properties; at; at = at->next) {
			const char *v = dom_attr(k, (const char *)at->name);
			if (v && strlen(v) >= 8 && strlen(v) <= 80 &&
			    date_normalize(v, nr->dbuf, sizeof(nr->dbuf)) &&
			    strlen(nr->dbuf) >= 10) {
				struct buf t = BUF_INIT;
				int rel;
				t.cap = 2 * RELATIVE_TEXT;
				dom_text(k, &t, RELATIVE_TEXT + 8, nr->max_depth);
				if (buf_error(&t) == -ERR_NOMEM) {
					nr->arena->oom = 1; /* fails the page */
					buf_release(&t);
					return NULL;
				}
				rel = t.len && t.len <= RELATIVE_TEXT && relative_time(t.data);
				buf_release(&t);
				if (rel)
					return nr->dbuf;
				break;
			}
		}
		if (depth < nr->max_depth && depth < 64 && (got = relative_scan(nr, k, depth + 1)))
			return got;
	}
	return NULL;
}

/* The text of the first post's user name element when it reads as one: 2-40 bytes, 3 words at most. */
static const char *user_name(struct arena *a, const struct collect *c)
{
	struct buf t = BUF_INIT;
	const char *got = NULL;
	size_t i, spaces = 0;
	t.cap = 128;
	dom_text(c->user, &t, 64, c->max_depth);
	for (i = 0; i < t.len; i++)
		spaces += t.data[i] == ' ';
	if (t.len >= 2 && t.len <= 40 && spaces <= 2 && strncasecmp(t.data, "admin", 5))
		got = text_squash(a, t.data, t.len);
	buf_release(&t);
	return got;
}

/*
 * The user a thread-starter label names: the text of the first element
 * after it (the label's own element's next one when it is wrapped), when
 * it reads as a user name: 2-40 bytes, 3 words at most.
 */
static const char *starter_name(struct arena *a, const struct collect *c)
{
	struct buf t = BUF_INIT;
	const char *got = NULL;
	xmlNodePtr n = c->starter, next = NULL;
	size_t i, spaces = 0;
	int up;
	for (up = 0; n && up < 3 && !next; up++, n = n->parent) {
		xmlNodePtr s;
		for (s = n->next; s && !next; s = s->next) {
			if (s->type == XML_ELEMENT_NODE)
				next = s;
			else if (s->type == XML_TEXT_NODE && *dom_text_start(s))
				break; /* words between the label and a name: not a label */
		}
		if (!next && n->next)
			break;
	}
	if (!next)
		return NULL;
	t.cap = 128;
	dom_text(next, &t, 64, c->max_depth);
	for (i = 0; i < t.len; i++)
		spaces += t.data[i] == ' ';
	if (t.len >= 2 && t.len <= 40 && spaces <= 2 && !buf_error(&t))
		got = text_squash(a, t.data, t.len);
	buf_release(&t);
	return got;
}

static void near_headline(struct collect *c, const char *title, struct near *nr)
{
	xmlNodePtr h1 = c->nh1 ? c->h1[0] : NULL, up;
	int i, level;

	/* the <h1> that is the headline, not the site's logo */
	for (i = 0; title && i < c->nh1; i++) {
		struct buf t = BUF_INIT;
		int same;
		t.cap = 4096;
		dom_shown_text(c->h1[i], &t, 2048, c->max_depth);
		same = t.len && same_text(t.data, t.len, title, strlen(title));
		buf_release(&t);
		if (same) {
			h1 = c->h1[i];
			break;
		}
	}
	if (!h1)
		return;
	nr->skip = h1;
	for (up = h1->parent, level = 0; up && level < NEAR_LEVELS && !(nr->date && nr->byline);
	     up = up->parent, level++) {
		if (up->type != XML_ELEMENT_NODE || dom_is(up, "html"))
			break;
		near_scan(nr, up, 0);
		nr->skip = up;
		if (dom_is(up, "body"))
			break;
	}
}

/*
 * A month named in a URL's path segment at `q`: "oct", "october" or
 * "sept", any case, and nothing else before the next '/'. Returns the
 * month (1-12) and moves `q` past the name, or 0.
 */
static int url_month_name(const char **q)
{
	size_t len = 0;
	int m;
	while (isalpha((unsigned char)(*q)[len]))
		len++;
	if ((*q)[len] != '/' || len < 3 || !(m = date_month_prefix(*q)))
		return 0;
	if (len != 3 && !(len == 4 && m == 9 && !strncasecmp(*q, "sept", 4)) &&
	    (len != strlen(date_month_names[m - 1]) ||
	     strncasecmp(*q, date_month_names[m - 1], len)))
		return 0;
	*q += len;
	return m;
}

/*
 * "/1998/08/10/", "/2019/11/", "/2019-11-19" or "/2023/oct/03/" in a URL's
 * path, as ISO 8601.
 */
static const char *date_in_url(const char *url, char *dst, size_t n)
{
	const char *p = url ? strstr(url, "://") : NULL;
	if (!p || !(p = strchr(p + 3, '/')))
		return NULL;
	for (; *p && *p != '?' && *p != '#'; p++) {
		const char *q = p + 1;
		int y, m, d = 0, named = 0;
		if (*p != '/' || !num(&q, 4, 4, &y) || (*q != '/' && *q != '-'))
			continue;
		if (y < 1990 || y > 2100 || isdigit((unsigned char)*q))
			continue;
		q++;
		if (p[5] == '/' && (m = url_month_name(&q)) != 0)
			named = 1;
		else if (!num(&q, 2, 2, &m) || m < 1 || m > 12)
			continue;
		if (q[0] == p[5] && isdigit((unsigned char)q[1])) {
			q++;
			if (!num(&q, named ? 1 : 2, 2, &d) || d < 1 || d > date_days_in_month(y, m))
				continue;
		} else if (p[5] == '-') {
			continue;
		}
		if (*q && *q != '/' && !(d && (*q == '-' || *q == '_' || *q == '.')))
			continue;
		if (d)
			snprintf(dst, n, "%04d-%02d-%02d", y, m, d);
		else
			snprintf(dst, n, "%04d-%02d", y, m);
		return dst;
	}
	return NULL;
}

/* Longest text read around a list of names printed on the page. */
#define NAMES_TEXT 400

/* The first text node under `n` that holds `s`. */
static xmlNodePtr text_holding(xmlNodePtr n, const char *s, int depth, int max_depth)
{
	xmlNodePtr c, got;
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content) {
			if (strstr((const char *)c->content, s))
				return c;
		} else if (c->type == XML_ELEMENT_NODE && depth < max_depth &&
			   !dom_is(c, "script") && !dom_is(c, "style") && !dom_is(c, "head") &&
			   (got = text_holding(c, s, depth + 1, max_depth))) {
			return got;
		}
	}
	return NULL;
}

/*
 * 1 when `s` (`n` bytes) joins two names: a ',', ';', '&' or "and", with
 * white space around it at most.
 */
static int joins_names(const char *s, size_t n)
{
	size_t i = 0;
	int joined = 0;
	while (i < n) {
		if (strchr(" \t\r\n", s[i])) {
			i++;
		} else if (strchr(",;&", s[i])) {
			i++;
			joined = 1;
		} else if (i + 3 <= n && !strncasecmp(s + i, "and", 3) &&
			   (i + 3 == n || strchr(" \t\r\n", s[i + 3]))) {
			i += 3;
			joined = 1;
		} else {
			return 0;
		}
	}
	return joined;
}

/*
 * Names that metadata lists ("A, B, C") as the page prints them
 * together ("A, B, and C", "A and B"): the text from the first name to
 * the last, when only commas, "and" or "&" stand between them; else
 * `byline` as it was.
 */
static const char *printed_names(struct arena *a, xmlDocPtr doc, const char *byline, int max_depth)
{
	char names[8][128];
	const char *p = byline, *comma;
	int n = 0, up, k;
	xmlNodePtr t, root = xmlDocGetRootElement(doc);
	const char *got = byline;
	struct buf b = BUF_INIT;

	while (n < 8 && p && *p) {
		size_t len;
		comma = strstr(p, ", ");
		len = comma ? (size_t)(comma - p) : strlen(p);
		if (!len || len >= sizeof(names[0]))
			return byline;
		memcpy(names[n], p, len);
		names[n++][len] = '\0';
		p = comma ? comma + 2 : NULL;
	}
	if (n < 2 || p || !root || !(t = text_holding(root, names[n - 1], 0, max_depth)))
		return byline;
	b.cap = 2 * NAMES_TEXT;
	for (up = 0, t = t->parent; t && up < 4 && t->type == XML_ELEMENT_NODE;
	     up++, t = t->parent) {
		const char *first, *q, *end = NULL;
		buf_reset(&b);
		dom_text(t, &b, NAMES_TEXT + 8, max_depth);
		if (!b.len || b.len > NAMES_TEXT || buf_error(&b))
			break;
		if (!(first = strstr(b.data, names[0])))
			continue;
		q = first + strlen(names[0]);
		for (k = 1; k < n && q; k++) {
			const char *at = strstr(q, names[k]);
			q = at && joins_names(q, (size_t)(at - q)) ? at + strlen(names[k]) : NULL;
		}
		end = q;
		if (end) {
			char *sq = text_squash(a, first, (size_t)(end - first)), *w, *r;
			/* "Jane Doe , Ann Roe": elements' texts were joined by spaces */
			for (r = w = sq; r && *r; r++)
				if (!(r[0] == ' ' && (r[1] == ',' || r[1] == ';')))
					*w++ = *r;
			if (sq) {
				*w = '\0';
				got = sq;
			}
		}
		break;
	}
	buf_release(&b);
	return got;
}

/* 1 when `a` and `b` name the same thing: letters and digits equal, ignoring case. */
static int same_name(const char *a, const char *b)
{
	char x[256], y[256];
	size_t i, k = 0, m = 0;
	if (!a || !b)
		return 0;
	for (i = 0; a[i] && k < sizeof(x) - 1; i++)
		if (isalnum((unsigned char)a[i]) || (unsigned char)a[i] >= 0x80)
			x[k++] = (char)tolower((unsigned char)a[i]);
	for (i = 0; b[i] && m < sizeof(y) - 1; i++)
		if (isalnum((unsigned char)b[i]) || (unsigned char)b[i] >= 0x80)
			y[m++] = (char)tolower((unsigned char)b[i]);
	return k && k == m && !memcmp(x, y, k);
}

/*
 * A byline as templates leave it: ", USA TODAY" (an empty name before the
 * outlet), "By Jane Doe" from a field that should hold the name only.
 * What names no one, no letter at all ("262588213843476"), goes.
 */
static const char *byline_tidy(const char *b)
{
	size_t i, letters = 0;
	if (!b)
		return NULL;
	while (*b == ',' || *b == ';' || *b == ' ' || *b == '|' || *b == '-')
		b++;
	if (!strncasecmp(b, "by ", 3))
		b += 3;
	while (*b == ' ')
		b++;
	for (i = 0; b[i]; i++)
		letters += isalpha((unsigned char)b[i]) || (unsigned char)b[i] >= 0x80;
	return letters ? b : NULL;
}

/*
 * Is the byline `b` the outlet rather than a writer: the site's name, its
 * publisher's, or its host's longest label ("clevelandclinic" of
 * my.clevelandclinic.org)?
 */
/* The longest label of the page's host ("clevelandclinic" of my.clevelandclinic.org) into `out`. */
static const char *host_label(const struct extract_result *res, char out[64])
{
	const char *u = res->url ? strstr(res->url, "://") : NULL, *h, *e, *best = NULL;
	size_t bl = 0;
	if (!u)
		return NULL;
	for (h = u + 3; *h && *h != '/' && *h != ':' && *h != '?'; h = *e == '.' ? e + 1 : e) {
		for (e = h; *e && *e != '.' && *e != '/' && *e != ':' && *e != '?'; e++)
			;
		if ((size_t)(e - h) > bl && strncasecmp(h, "www", 3)) {
			best = h;
			bl = (size_t)(e - h);
		}
		if (*e != '.')
			break;
	}
	if (!best || bl < 4 || bl >= 64)
		return NULL;
	memcpy(out, best, bl);
	out[bl] = '\0';
	return out;
}

/*
 * 1 when `s` is the page's host name, "www." left off ("example.com"):
 * a blog whose logo is its address.
 */
static int is_host(const struct extract_result *res, const char *s, size_t n)
{
	const char *u = res->url ? strstr(res->url, "://") : NULL, *e;
	if (!u || !s || !n)
		return 0;
	u += 3;
	if (!strncasecmp(u, "www.", 4))
		u += 4;
	for (e = u; *e && *e != '/' && *e != ':' && *e != '?' && *e != '#'; e++)
		;
	return (size_t)(e - u) == n && strchr(s, '.') && !strncasecmp(u, s, n);
}

/*
 * The label that names the page's registered domain ("mybb" of
 * community.mybb.com, "example" of news.example.co.uk) into `out`: the
 * one before the top-level domain, or before a generic second level
 * ("co", "com", "org") under a country's.
 */
static const char *domain_label(const struct extract_result *res, char out[64])
{
	static const char *const second[] = { "co",  "com", "org", "net", "ac",
					      "gov", "edu", "ne",  "or",  NULL };
	const char *u = res->url ? strstr(res->url, "://") : NULL, *e, *lab[3] = { 0 };
	size_t len[3] = { 0 }, n, k;
	int skip;
	if (!u)
		return NULL;
	for (u += 3, e = u; *e && *e != '/' && *e != ':' && *e != '?' && *e != '#'; e++)
		;
	/* the last three labels, right to left */
	for (k = 0; k < 3 && e > u; k++) {
		const char *b = e;
		while (b > u && b[-1] != '.')
			b--;
		lab[k] = b;
		len[k] = (size_t)(e - b);
		e = b > u ? b - 1 : b;
	}
	skip = 0;
	if (len[0] == 2 && lab[1])
		for (k = 0; second[k]; k++)
			if (len[1] == strlen(second[k]) && !strncasecmp(lab[1], second[k], len[1]))
				skip = 1;
	n = len[1 + skip];
	if (!lab[1 + skip] || n < 2 || n >= 64)
		return NULL;
	memcpy(out, lab[1 + skip], n);
	out[n] = '\0';
	return out;
}

/* 1 when `url` is below its site's root: a path past "/" or a query. */
static int below_root(const char *url)
{
	const char *u = url ? strstr(url, "://") : NULL;
	if (!u)
		return 0;
	u += 3;
	u += strcspn(u, "/?#");
	return *u == '?' || (*u == '/' && u[1] && u[1] != '?' && u[1] != '#');
}

static int org_byline(const char *b, const struct extract_result *res, const char *ld_site)
{
	char host[64];
	size_t n = strlen(b);
	if (is_site(b, n, res->site_name) || is_site(b, n, ld_site))
		return 1;
	return host_label(res, host) && same_name(b, host);
}

/* Words that make a byline a crew rather than a person ("Staff", "News Desk"). */
static const char *const crew_words[] = { "staff",   "team",         "desk",     "editors",
					  "editor",  "editorial",    "newsroom", "reporters",
					  "writers", "contributors", NULL };

/*
 * 1 when the byline `b` reads as one person's name: two to four words,
 * each starting with a capital (or a letter outside ASCII), no digit, no
 * crew word ("Staff", "Team"). An initial ("J.") is a word.
 */
static int person_name(const char *b)
{
	const char *p = b, *w;
	int words = 0, i;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		w = p;
		if (!isupper((unsigned char)*p) && (unsigned char)*p < 0x80)
			return 0;
		while (*p && *p != ' ') {
			if (isdigit((unsigned char)*p) || *p == ',' || *p == '|' || *p == '@')
				return 0;
			p++;
		}
		for (i = 0; crew_words[i]; i++)
			if (strlen(crew_words[i]) == (size_t)(p - w) &&
			    !strncasecmp(w, crew_words[i], (size_t)(p - w)))
				return 0;
		words++;
	}
	return words >= 2 && words <= 4;
}

/*
 * 1 when a byline is an identifier, not a name: no space, words joined by
 * dots, the last one of four letters or more ("page.head.extra.author"
 * left by a template, a login "jane.doe"); a domain ("Example.com") or a
 * user name with an initial ("hayley.p") is not one.
 */
static int identifier(const char *b)
{
	const char *dot = strrchr(b, '.'), *p;
	if (strchr(b, ' ') || !dot || dot == b || !isalpha((unsigned char)dot[-1]))
		return 0;
	for (p = dot + 1; isalpha((unsigned char)*p); p++)
		;
	return !*p && p - dot > 4;
}

static int same_str(const char *a, const char *b)
{
	return a && b && same_text(a, strlen(a), b, strlen(b));
}

/* `t` is `h1` cut short at a word boundary, four words or more of it. */
static int cut_short(const char *t, const char *h1)
{
	size_t tn = t ? strlen(t) : 0;
	return tn && strlen(h1) > tn && !strncasecmp(h1, t, tn) && h1[tn] == ' ' &&
	       word_count(t, tn) >= 4;
}

/* `s` is `pre`, a separator, then `t` ("News - Headline"). */
static int split_at(const char *s, const char *pre, size_t pn, const char *t)
{
	size_t k, sl;
	if (!s || strncmp(s, pre, pn))
		return 0;
	for (k = 0; separators[k]; k++) {
		sl = strlen(separators[k]);
		if (!strncmp(s + pn, separators[k], sl) && !strncmp(s + pn + sl, t, strlen(t)))
			return 1;
	}
	return 0;
}

/*
 * `h1` is the headline `t` after a label: a word or three and a colon
 * ("Blog: Headline", "Thread: Headline"), a date ("Dec 18 2025 Headline"),
 * or a word or three that a source of `c` puts before the headline with a
 * separator ("News - Headline" over an <h1> "News Headline": a forum
 * thread's prefix).
 */
static int labelled(const struct collect *c, const char *h1, const char *t)
{
	size_t hn = strlen(h1), tn = t ? strlen(t) : 0, pn;
	char pre[64], day[64];
	if (!tn || hn <= tn + 2 || !same_text(h1 + hn - tn, tn, t, tn) || h1[hn - tn - 1] != ' ')
		return 0;
	pn = hn - tn - 1;
	if (pn >= sizeof(pre))
		return 0;
	memcpy(pre, h1, pn);
	pre[pn] = '\0';
	if (pre[pn - 1] == ':')
		return word_count(pre, pn) <= 3;
	if (word_count(pre, pn) <= 3 &&
	    (split_at(c->s[S_OG_TITLE], pre, pn, t) || split_at(c->s[S_TITLE], pre, pn, t)))
		return 1;
	return date_normalize(pre, day, sizeof(day)) && strlen(day) >= 10 &&
	       word_count(pre, pn) <= 4;
}

/*
 * `whole` ends with `part` after a separator and what comes before has
 * more words: "Harbour master retires - Lantern Bay Courier" with the
 * part "Lantern Bay Courier" is the site's name, not the headline.
 */
static int site_at_end(const char *whole, const char *part)
{
	size_t wn, pn;
	if (!whole || !part)
		return 0;
	wn = strlen(whole);
	pn = strlen(part);
	if (pn + 3 > wn || !same_text(whole + wn - pn, pn, part, pn) || whole[wn - pn - 1] != ' ')
		return 0;
	return word_count(whole, wn - pn) - 1 > word_count(part, pn);
}

/* site_at_end() with a separator before `part` ("Headline | Blog Name"). */
static int site_part_at_end(const char *whole, const char *part)
{
	size_t wn = strlen(whole), pn = strlen(part), k, sl;
	if (!site_at_end(whole, part))
		return 0;
	for (k = 0; separators[k]; k++) {
		sl = strlen(separators[k]);
		if (wn >= pn + sl && !strncmp(whole + wn - pn - sl, separators[k], sl))
			return 1;
	}
	return 0;
}

/*
 * `h1` without a source's domain in parentheses at its end, and a count
 * after it: an aggregator prints "Headline (example.com) 87" where the
 * headline is "Headline". `h1` itself when it has none.
 */
static const char *drop_source_domain(struct arena *a, const char *h1)
{
	size_t n = strlen(h1), e = n, o;
	int dot = 0;
	while (e && isdigit((unsigned char)h1[e - 1]))
		e--;
	if (e < n && (!e || h1[e - 1] != ' '))
		return h1;
	if (e < n)
		e--;
	if (!e || h1[e - 1] != ')')
		return h1;
	for (o = e - 1; o && h1[o - 1] != '('; o--) {
		unsigned char ch = (unsigned char)h1[o - 1];
		if (ch == '.')
			dot = 1;
		else if (!isalnum(ch) && ch != '-')
			return h1;
	}
	/* "(" preceded by a space, a name with a dot that ends in letters */
	if (o < 2 || h1[o - 2] != ' ' || !dot || !isalpha((unsigned char)h1[e - 2]))
		return h1;
	return arena_strndup(a, h1, o - 2);
}

/*
 * 1 when the title `t` names only the site: its first part is the site's
 * or the host's name ("Example - The heart of the web"), or it starts at a
 * separator, its headline left blank ("| Example Magazine").
 */
static int site_title(struct arena *a, const char *t, const struct extract_result *res)
{
	char host[64], *first;
	size_t cut = strlen(t), k;
	for (k = 0; separators[k]; k++) {
		const char *q = strstr(t, separators[k]);
		if (q && (size_t)(q - t) < cut)
			cut = (size_t)(q - t);
		if (!strncmp(t, separators[k] + 1, strlen(separators[k]) - 1))
			return 1;
	}
	first = arena_strndup(a, t, cut);
	return first && ((res->site_name && same_name(first, res->site_name)) ||
			 (host_label(res, host) && same_name(first, host)));
}

/*
 * The index of the page's one <h1>, or -1: pages repeat their headline
 * for small and large screens, and an empty <h1> (an image) or a logo
 * (NULL in `h1s`: the site's name) says nothing, so one text among the
 * others counts as one.
 */
static int lone_h1(const struct collect *c, const char *const *h1s)
{
	int i, first = -1;
	if (c->h1_total > c->nh1)
		return -1;
	for (i = 0; i < c->nh1; i++) {
		if (!h1s[i])
			continue;
		if (first < 0)
			first = i;
		else if (!same_str(h1s[i], h1s[first]))
			return -1;
	}
	return first;
}

/*
 * 1 when `a` and `b` have a word of `shortest` letters or more in common
 * (letters and digits, case ignored) that is not one of the words of `site`
 * (NULL: none).
 */
static int common_word(const char *a, const char *b, const char *site, size_t shortest)
{
	char wa[1024], wb[2048], ws[512], *p, *q;
	if (!a || !b)
		return 0;
	as_words(a, strlen(a), wa, sizeof(wa));
	as_words(b, strlen(b), wb, sizeof(wb));
	as_words(site ? site : "", site ? strlen(site) : 0, ws, sizeof(ws));
	/* each " word " of `wa` in turn, looked for in `wb`; "a", "of", "the" say nothing */
	for (p = wa; (q = strchr(p + 1, ' ')); p = q) {
		char save = q[1];
		int found;
		if ((size_t)(q - p) <= shortest)
			continue;
		q[1] = '\0';
		found = strstr(wb, p) != NULL && !strstr(ws, p);
		q[1] = save;
		if (found)
			return 1;
	}
	return 0;
}

/*
 * 1 when `a` and `b` have a word of four letters or more in common that is not
 * one of the words of `site` (NULL: none). An <h1> with none of the title's
 * words is a slogan or a section's name ("Your content. Your canvas." over
 * "Website builder").
 */
static int shares_word_but(const char *a, const char *b, const char *site)
{
	return common_word(a, b, site, 4);
}

/* shares_word_but() with no site's words set aside. */
static int shares_word(const char *a, const char *b)
{
	return shares_word_but(a, b, NULL);
}

/*
 * 1 when `src`, a title source other than the <title>, is a site's
 * slogan: it shares no word with the <title> ("Build software better,
 * together" over "Trending repositories today · Example") nor with any
 * <h1>. A <title> whose words are all short says too little to tell.
 */
static int slogan(const struct collect *c, const char *src, const char *const *h1s)
{
	const char *title = c->s[S_TITLE];
	int i;
	if (!src || !title || src == title)
		return 0;
	src = text_clean(c->arena, src);
	title = text_clean(c->arena, title);
	if (!shares_word(title, title) || shares_word(src, title))
		return 0;
	for (i = 0; i < c->nh1; i++)
		if (h1s[i] && shares_word(src, h1s[i]))
			return 0;
	return 1;
}

/*
 * The last part of the title `t`, after a separator, when it is the page's
 * host name or its longest label ("Example News" of examplenews.com,
 * "example.com"): the site's name where the page does not state one. On
 * a page below the site's root, its first part too ("Example • Thread
 * title"). NULL otherwise.
 */
static const char *host_part(struct arena *a, const char *t, const struct extract_result *res)
{
	char host[64];
	const char *q, *part;
	size_t n, k, sl;
	if (!t || !(t = text_clean(a, t)) || !host_label(res, host))
		return NULL;
	n = strlen(t);
	for (k = 0; separators[k]; k++) {
		sl = strlen(separators[k]);
		for (q = t + n; q > t; q--)
			if (!strncmp(q - 1, separators[k], sl))
				break;
		if (q <= t + 1)
			continue;
		part = q - 1 + sl;
		if (same_name(part, host) || is_host(res, part, strlen(part)))
			return part;
	}
	/* a root page's first part is its subject ("Example - Notes that sync") */
	for (k = 0; below_root(res->url) && separators[k]; k++) {
		q = strstr(t, separators[k]);
		if (q && q > t) {
			part = arena_strndup(a, t, (size_t)(q - t));
			if (part && (same_name(part, host) || is_host(res, part, strlen(part))))
				return part;
		}
	}
	return NULL;
}

/* `t` without a last part, after a separator, that names the site `site`. */
static const char *site_cut(struct arena *a, const char *t, const char *site)
{
	size_t n = strlen(t), k, sl;
	const char *q;
	if (!site)
		return t;
	for (k = 0; separators[k]; k++) {
		sl = strlen(separators[k]);
		for (q = t + n; q > t + 1; q--)
			if (!strncmp(q - 1, separators[k], sl))
				break;
		if (q > t + 1 && is_site(q - 1 + sl, strlen(q - 1 + sl), site))
			return arena_strndup(a, t, (size_t)(q - 1 - t));
	}
	return t;
}

/*
 * The title. Sources in order of trust: JSON-LD headline, og:title,
 * microdata headline, twitter:title, <meta name=title>, <title>, <h1>.
 * The page's visible headline is the <h1> that one of those names (not
 * the site's logo, not another story's); it then settles three cases:
 * a headline cut short for search engines ("... to contract" where the
 * <h1> goes on), a JSON-LD headline that differs from the one the
 * <h1>, og:title or <title> agree on, and a "|" that is part of it.
 */
/* "Home", "Homepage", "Home page": a menu's name for a site's front page, no headline. */
static int home_only(const char *t)
{
	t += strspn(t, " ");
	if (strncasecmp(t, "home", 4))
		return 0;
	t += 4;
	if (!strncasecmp(t, " page", 5))
		t += 5;
	else if (!strncasecmp(t, "page", 4))
		t += 4;
	return !t[strspn(t, " ")];
}

static void choose_title(struct collect *c, struct meta_ctx *mc, struct extract_result *res,
			 const char *ld_title)
{
	static const enum src order[] = { S_OG_TITLE,   S_MD_HEADLINE, S_TW_TITLE,
					  S_META_TITLE, S_TITLE,       S_H1 };
	struct arena *a = mc->arena;
	const char *srcs[7], *h1s[4], *v = NULL, *site = res->site_name;
	char dom[64];
	int ns = 0, i, k, pass, h1_logo = 0, lone, site_only, deep = below_root(res->url);
	const char *t, *vc;

	srcs[ns++] = ld_title;
	for (i = 0; i < 5; i++)
		srcs[ns++] = c->s[order[i]];
	if (!site)
		site = host_part(a, c->s[S_TITLE], res);
	for (i = 0; i < c->nh1; i++) {
		struct buf b = BUF_INIT;
		b.cap = 4096;
		dom_shown_text(c->h1[i], &b, 2048, c->max_depth);
		h1s[i] = b.len ? text_clean(a, b.data) : NULL;
		buf_release(&b);
		/* a heading's permalink mark ("Quickstart¶") is no part of it */
		if (h1s[i]) {
			size_t hn = strlen(h1s[i]);
			if (hn >= 2 && !strcmp(h1s[i] + hn - 2, "\xc2\xb6"))
				h1s[i] = text_clean(a, arena_strndup(a, h1s[i], hn - 2));
		}
		if (h1s[i])
			h1s[i] = drop_source_domain(a, h1s[i]);
		if (h1s[i])
			h1s[i] = site_cut(a, h1s[i], site);
		if (h1s[i] && !*h1s[i])
			h1s[i] = NULL;
		/* a logo: the site's name or address in an <h1> */
		if (h1s[i] &&
		    ((site && same_name(h1s[i], site)) || is_host(res, h1s[i], strlen(h1s[i])) ||
		     (domain_label(res, dom) && same_name(h1s[i], dom))))
			h1s[i] = NULL;
		/* or the name the <title> or og:title ends with ("Headline | Blog Name") */
		for (k = 0; h1s[i] && k < ns; k++) {
			const char *src = srcs[k] ? text_clean(a, srcs[k]) : NULL;
			if (src && site_part_at_end(src, h1s[i]))
				h1s[i] = NULL;
		}
		if (!h1s[i] && !i)
			h1_logo = 1;
	}
	/*
	 * The headline <h1>: one a title source states whole (or cut short),
	 * else one it has as a part, unless that part is the site's name at
	 * the end ("Headline - Site" with the logo in an <h1>).
	 */
	mc->h1 = NULL;
	for (pass = 0; pass < 2 && !mc->h1; pass++)
		for (i = 0; i < c->nh1 && !mc->h1; i++)
			for (k = 0; h1s[i] && k < ns && !mc->h1; k++) {
				const char *whole;
				if (!srcs[k])
					continue;
				whole = text_clean(a, srcs[k]);
				t = title_clean(a, srcs[k], site, pass ? h1s[i] : NULL);
				if (!pass &&
				    (same_str(t, h1s[i]) || same_str(whole, h1s[i]) ||
				     cut_short(t, h1s[i]) || title_bracket_tail(t, h1s[i])))
					mc->h1 = h1s[i];
				else if (pass && same_str(t, h1s[i]) && !site_at_end(whole, h1s[i]))
					mc->h1 = h1s[i];
			}
	if (!mc->h1 && c->s[S_H1] && !h1_logo && !(site && same_name(c->s[S_H1], site)))
		mc->h1 = text_clean(a, c->s[S_H1]);

	/* the first source that is neither a slogan nor the site's name alone */
	for (k = 0; k < ns && !v; k++)
		if (srcs[k] && !slogan(c, srcs[k], h1s) && !(site && same_name(srcs[k], site)))
			v = srcs[k];
	for (k = 0; k < ns && !v; k++)
		v = srcs[k];
	if (!v && !h1_logo)
		v = c->s[S_H1];
	/* a headline that is only the site's name says nothing */
	if (v && site && same_name(v, site) && mc->h1)
		v = mc->h1;
	t = title_clean(a, v, site, mc->h1);
	/* "example.com Headline": the site's address before the headline */
	if (t) {
		const char *sp = strchr(t, ' ');
		if (sp && (isalnum((unsigned char)sp[1]) || (unsigned char)sp[1] >= 0x80) &&
		    is_host(res, t, (size_t)(sp - t)))
			t = sp + 1;
	}
	/*
	 * A JSON-LD headline cut short (search engines keep 110 characters)
	 * where another source goes on: that one is the whole of it.
	 */
	for (k = 1; t && v == ld_title && strlen(t) >= 50 && k < ns; k++) {
		const char *u = srcs[k] ? title_clean(a, srcs[k], site, mc->h1) : NULL;
		if (u && cut_short(t, u))
			t = u;
	}
	/* a front page titled by its menu's word ("Home - Site"): the site's name names it */
	if (t && home_only(t) && res->site_name && *res->site_name)
		t = text_clean(a, res->site_name);
	mc->title_meta = t;
	/*
	 * The one <h1> of a page is its headline as the reader sees it; the
	 * metadata's title is often written for search engines or sharing.
	 */
	lone = lone_h1(c, h1s);
	/*
	 * A metadata title that names only the site ("Example - The heart of
	 * the web") yields to the <h1>; below the root it says nothing of the
	 * page, even a service page's. There the site's name is no word in
	 * common either: an <h1> that shares only that with the <title> is a
	 * banner ("A message from the founder of Example"), not the headline.
	 */
	vc = v ? text_clean(a, v) : NULL;
	site_only = vc && *vc && site_title(a, vc, res);
	mc->title_site_only = site_only && deep;
	if (lone >= 0 && h1s[lone] && strlen(h1s[lone]) >= 3 && strlen(h1s[lone]) <= 300 &&
	    !labelled(c, h1s[lone], t) &&
	    (!t || site_only || site_title(a, t, res) || shares_word(h1s[lone], t) ||
	     shares_word_but(h1s[lone], c->s[S_TITLE], deep ? site : NULL) ||
	     shares_word_but(h1s[lone], c->s[S_OG_TITLE], deep ? site : NULL)))
		t = h1s[lone];
	else if (t && mc->h1 && !same_str(t, mc->h1)) {
		/* cut short: the <h1> is the whole of it; or it names where the <h1> stands */
		if (cut_short(t, mc->h1) || title_bracket_tail(t, mc->h1))
			t = mc->h1;
		/* the <h1> agrees with another source: two against one */
		for (k = 1; k < ns && t != mc->h1; k++)
			if (srcs[k] && srcs[k] != v &&
			    same_str(title_clean(a, srcs[k], site, mc->h1), mc->h1))
				t = mc->h1;
	}
	if (t && home_only(t) && res->site_name && *res->site_name)
		t = text_clean(a, res->site_name);
	res->title = t;
	res->title_site = title_site_part(a, c->s[S_TITLE], t);
	/* the <title> states it, site name aside */
	mc->title_stated =
		t && c->s[S_TITLE] && same_str(title_clean(a, c->s[S_TITLE], site, t), t);
	/* the <h1> and a source other than the <title> state it: two agree */
	mc->title_agreed = 0;
	for (i = 0; t && i < c->nh1 && !mc->title_agreed; i++)
		if (h1s[i] && same_str(t, h1s[i]))
			for (k = 0; k < ns - 1 && !mc->title_agreed; k++)
				if (srcs[k] &&
				    !same_str(text_clean(a, srcs[k]),
					      text_clean(a, srcs[ns - 1])) &&
				    same_str(title_clean(a, srcs[k], site, NULL), t))
					mc->title_agreed = 1;
}

/* ---- the <title>'s own headline, printed on the page ---- */

/* Longest text node read for the <title>'s headline; longer ones are read this far. */
#define PRINTED_TEXT 4096

/*
 * `s` (n bytes) as words: ASCII letters and digits lowercased, other
 * ASCII as one space, bytes of other scripts kept; a space at each end.
 * Into `out` (size cap), truncated there.
 */
static void as_words(const char *s, size_t n, char *out, size_t cap)
{
	size_t i, k = 0;
	out[k++] = ' ';
	for (i = 0; i < n && k + 2 < cap; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (isalnum(ch) || ch >= 0x80)
			out[k++] = (char)tolower(ch);
		else if (out[k - 1] != ' ')
			out[k++] = ' ';
	}
	if (out[k - 1] != ' ')
		out[k++] = ' ';
	out[k] = '\0';
}

/* 1 when the words of `part` are a run of the words of `whole`. */
static int words_within(const char *part, const char *whole)
{
	char p[512], w[2048];
	if (!part || !whole || strlen(part) >= sizeof(p) || strlen(whole) >= sizeof(w))
		return 0;
	as_words(part, strlen(part), p, sizeof(p));
	as_words(whole, strlen(whole), w, sizeof(w));
	return p[1] && strstr(w, p) != NULL;
}

/* A text node under `n`, outside <head> and scripts, whose words hold `want` (as_words). */
static int printed(xmlNodePtr n, const char *want, int depth, int max_depth, char *tmp)
{
	xmlNodePtr k;
	for (k = n->children; k; k = k->next) {
		if (k->type == XML_TEXT_NODE && k->content) {
			size_t len = strlen((const char *)k->content);
			if (len + 2 < strlen(want))
				continue;
			as_words((const char *)k->content, len, tmp, PRINTED_TEXT);
			if (strstr(tmp, want))
				return 1;
		} else if (k->type == XML_ELEMENT_NODE && depth < max_depth && !dom_is(k, "head") &&
			   !dom_is(k, "script") && !dom_is(k, "style") && !dom_is(k, "noscript") &&
			   !dom_is(k, "template") && !dom_is(k, "title") &&
			   printed(k, want, depth + 1, max_depth, tmp)) {
			return 1;
		}
	}
	return 0;
}

/*
 * The <title>'s first part (before its first separator) when the page
 * prints it somewhere: in a breadcrumb, a heading, a sentence. Two words
 * at least, and neither within `title` nor holding it. NULL otherwise.
 */
static const char *printed_title_part(xmlDocPtr doc, const struct collect *c, struct arena *a,
				      const char *title)
{
	char *t = c->s[S_TITLE] ? text_clean(a, c->s[S_TITLE]) : NULL, want[512], *tmp;
	xmlNodePtr root = xmlDocGetRootElement(doc);
	size_t cut, k;
	int seen;

	if (!t || !root)
		return NULL;
	cut = strlen(t);
	for (k = 0; separators[k]; k++) {
		const char *q = strstr(t, separators[k]);
		if (q && (size_t)(q - t) < cut)
			cut = (size_t)(q - t);
	}
	t[cut] = '\0';
	/* one that the title holds, or that holds it, would change nothing */
	if (word_count(t, cut) < 2 || cut >= sizeof(want) || words_within(t, title) ||
	    words_within(title, t))
		return NULL;
	as_words(t, cut, want, sizeof(want));
	tmp = arena_alloc(a, PRINTED_TEXT);
	if (!tmp)
		return NULL;
	seen = printed(root, want, 0, c->max_depth, tmp);
	return seen ? t : NULL;
}

/*
 * A title's last part after " | " or " - " when it is short (five words
 * at most) after a longer one (three words at least): a tagline or a
 * site's name left on an <h1> ("15 apps compared - Personally Tested").
 */
/* `s` starts with a quotation mark: ' " or one of ‘ ’ “ ” „ « ». */
static int quoted(const char *s)
{
	static const char *const marks[] = { "'",
					     "\"",
					     "\xe2\x80\x98",
					     "\xe2\x80\x99",
					     "\xe2\x80\x9c",
					     "\xe2\x80\x9d",
					     "\xe2\x80\x9e",
					     "\xc2\xab",
					     "\xc2\xbb",
					     NULL };
	int k;
	for (k = 0; marks[k]; k++)
		if (!strncmp(s, marks[k], strlen(marks[k])))
			return 1;
	return 0;
}

static const char *cut_tail(struct arena *a, const char *t)
{
	static const char *const tails[] = { " | ", " - ", " – ", " — ", NULL };
	size_t n = strlen(t), bl = 0;
	int guard;
	for (guard = 0; guard < 4; guard++) {
		const char *best = NULL, *p;
		int k, letters = 0;
		for (k = 0; tails[k]; k++) {
			const char *q = t, *at;
			size_t sl = strlen(tails[k]);
			while ((at = strstr(q, tails[k])) && (size_t)(at - t) < n) {
				if (!best || at > best) {
					best = at;
					bl = sl;
				}
				q = at + sl;
			}
		}
		if (!best)
			break;
		/* "Squad 2024 - 2025": a range, no tail */
		for (p = best + bl; p < t + n; p++)
			letters += isalpha((unsigned char)*p) != 0;
		/* a quotation after the dash is the headline's own ("... - 'The plague is coming'") */
		if (!letters || word_count(best + bl, (size_t)(t + n - best - bl)) > 5 ||
		    word_count(t, (size_t)(best - t)) < 3 || quoted(best + bl))
			break;
		/* so is a date ("... - March 2026": the edition the headline names) */
		if (dated_tail(best + bl, (size_t)(t + n - best - bl)))
			break;
		n = (size_t)(best - t);
	}
	return n == strlen(t) ? t : arena_strndup(a, t, n);
}

/*
 * Where `t` ends with a count of the items a list holds in brackets
 * ("Best Books Ever (77141 books)", "Fitness Equipment(102+)"), the
 * length of what comes before it; else 0. A year ("(2025)"), a
 * quantity ("(149 g)", "(2 Pack)") or a manual's section ("grep(1)")
 * is no count: a count is two digits at least, or ends in "+", and is
 * set apart by a space unless it ends in "+"; a word after it is a
 * plural one ("books", "items", "results").
 */
static size_t count_tail(const char *t)
{
	size_t n = strlen(t), open, k, digits = 0, wl = 0;
	const char *p;
	int plus = 0, year;
	if (n < 4 || t[n - 1] != ')')
		return 0;
	for (open = n - 1; open > 0 && t[open] != '('; open--)
		;
	if (!open || t[open] != '(')
		return 0;
	p = t + open + 1;
	for (k = 0; isdigit((unsigned char)p[k]) || ((p[k] == ',' || p[k] == '.') && k); k++)
		digits += isdigit((unsigned char)p[k]) != 0;
	year = digits == 4 && (p[0] == '1' || p[0] == '2');
	if (p[k] == '+')
		plus = 1, k++;
	if (p[k] == ' ') {
		for (wl = 0; isalpha((unsigned char)p[k + 1 + wl]); wl++)
			;
		if (wl < 3 || p[k + wl] != 's' || p[k + 1 + wl] != ')')
			return 0;
		k += 1 + wl;
	}
	if (p[k] != ')' || !digits || year || (digits < 2 && !plus) ||
	    (!plus && t[open - 1] != ' '))
		return 0;
	while (open > 0 && t[open - 1] == ' ')
		open--;
	return open;
}

const char *title_settle(struct meta_ctx *mc, const char *title, const char *page_type)
{
	const char *tp = mc->title_agreed ? NULL : mc->title_printed;
	size_t cut;
	if (!title)
		return NULL;
	/* a list's title, not an article's nor a product's ("Pack of 12 (24 cans)") */
	if (page_type && strcmp(page_type, "article") && strcmp(page_type, "liveblog") &&
	    strcmp(page_type, "product") && (cut = count_tail(title)) > 0 &&
	    !(title = arena_strndup(mc->arena, title, cut)))
		return NULL; /* the arena notes it: the page fails */
	/*
	 * A page that is no article (a thread, a documentation page, a shop,
	 * a service) whose <h1> is a logo, a slogan or a section name: the
	 * <title>'s own headline, when printed on the page, names it.
	 */
	if (tp && page_type && strcmp(page_type, "article") && strcmp(page_type, "liveblog") &&
	    !words_within(tp, title) && !words_within(title, tp))
		return tp;
	return cut_tail(mc->arena, title);
}

/*
 * The day the text `t` (see first_published()) gives, on or after a colon,
 * in its own words or in the element that follows ("Originally published
 * <span>November 9, 2022</span>"), into `dst`; NULL when it gives none.
 */
static const char *first_published_date(xmlNodePtr t, int max_depth, struct arena *a, char *dst,
					size_t n)
{
	const char *p = first_published((const char *)t->content);
	const char *got = NULL;
	xmlNodePtr e;
	struct buf b = BUF_INIT;
	p += strspn(p, " \t\r\n:");
	if (!strncasecmp(p, "on", 2) && !isalpha((unsigned char)p[2]))
		p += 2 + strspn(p + 2, " \t\r\n:");
	if (*p)
		return date_normalize(p, dst, n) && strlen(dst) >= 10 ? dst : NULL;
	for (e = t->next; e && e->type != XML_ELEMENT_NODE; e = e->next)
		;
	if (!e)
		return NULL;
	b.cap = 2 * NEAR_TEXT;
	dom_text(e, &b, NEAR_TEXT, max_depth);
	if (buf_error(&b) == -ERR_NOMEM)
		a->oom = 1; /* fails the page: no text is not "no date" */
	else if (b.len && date_normalize(b.data, dst, n) && strlen(dst) >= 10)
		got = dst;
	buf_release(&b);
	return got;
}

int metadata_extract(xmlDocPtr doc, struct meta_ctx *mc, struct extract_result *res,
		     struct error *err)
{
	struct collect c;
	json_t *article = NULL, *page = NULL, *site = NULL, *video = NULL, *ids[64];
	int nids = 0, i;
	const char *v, *base;
	struct arena *a = mc->arena;
	const char *ld_title = NULL, *ld_author = NULL, *ld_site = NULL, *org = NULL;

	memset(&c, 0, sizeof(c));
	c.arena = a;
	c.max_depth = mc->max_depth;
	walk(&c, (xmlNodePtr)doc, 0);

	for (i = 0; i < c.nld; i++)
		ld_scan(c.ld[i], 0, &article, &page, &site, &video, ids, &nids);
	{
		size_t rank = sizeof(declared_types) / sizeof(declared_types[0]);
		const char *pt = NULL, *pn = NULL;
		for (i = 0; i < c.nld; i++)
			ld_declared(c.ld[i], 0, &mc->declared, &rank);
		for (i = 0; i < c.nld && !pt; i++)
			pt = ld_product_text(c.ld[i], "description", 0);
		for (i = 0; i < c.nld && !pn; i++)
			pn = ld_product_text(c.ld[i], "name", 0);
		mc->product_text = pt ? arena_strdup(a, pt) : NULL;
		mc->product_name = pn ? text_clean(a, pn) : NULL;
		/*
		 * An FAQ is a block any page can carry: a page whose only
		 * structured word is FAQPage but whose microdata or Open Graph
		 * sells a product (below) is that product's page.
		 */
		if (mc->declared && rank < sizeof(declared_types) / sizeof(declared_types[0]) &&
		    !strcmp(declared_types[rank].schema, "FAQPage") &&
		    ((c.s[S_MD_TYPE] && (v = declared_of_name(c.s[S_MD_TYPE])) &&
		      !strcmp(v, "product")) ||
		     c.og_product || c.s[S_OG_PRICE]))
			mc->declared = "product";
		if (!mc->declared && c.s[S_MD_TYPE])
			mc->declared = declared_of_name(c.s[S_MD_TYPE]);
		/*
		 * An og:type that names a product says more than another that
		 * says "article", as a template writes on every page; Open
		 * Graph's price of the thing sold makes a product of a page that
		 * says nothing else (a review that says "article" prices the
		 * thing it reviews).
		 */
		if (!mc->declared && c.og_product)
			mc->declared = "product";
		if (!mc->declared && c.s[S_OG_TYPE] && !strcmp(c.s[S_OG_TYPE], "article"))
			mc->declared = "article";
		if (!mc->declared && c.s[S_OG_PRICE])
			mc->declared = "product";
	}
	if (!article)
		article = page ? page : video;

	/* site name first: title cleaning needs it */
	if (article) {
		json_t *pub = ld_deref(json_object_get(article, "publisher"), ids, nids);
		if (json_is_object(pub))
			ld_site = ld_str(pub, "name");
	}
	if (!ld_site && site)
		ld_site = ld_str(site, "name");
	{
		const enum src o[] = { S_OG_SITE };
		v = first(&c, o, 1);
		res->site_name = dup_squash(a, v ? v : ld_site ? ld_site : c.s[S_APP_NAME]);
	}

	base = res->url;
	{
		const enum src o[] = { S_CANONICAL, S_OG_URL };
		v = first(&c, o, 2);
		if (!v && article)
			v = ld_url(json_object_get(article, "mainEntityOfPage"), ids, nids);
		res->canonical_url = dom_url(a, base, v);
		if (!res->url)
			res->url = res->canonical_url;
		base = res->url;
	}

	if (article) {
		ld_title = ld_str(article, "headline");
		if (!ld_title)
			ld_title = ld_str(article, "name");
		ld_author = ld_names(a, json_object_get(article, "author"), ids, nids);
		if (!ld_author)
			ld_author = ld_names(a, json_object_get(article, "creator"), ids, nids);
	}
	choose_title(&c, mc, res, ld_title);
	mc->title_printed = printed_title_part(doc, &c, a, res->title);
	{
		const enum src o[] = { S_CITE_AUTHOR, S_AUTHOR, S_MD_AUTHOR, S_ARTICLE_AUTHOR,
				       S_REL_AUTHOR };
		/* a thread's "Thread starter" says who wrote it, above any post's author */
		const char *starter = c.starter ? starter_name(a, &c) : NULL;
		v = starter ? starter : ld_author ? ld_author : first(&c, o, 5);
		if (v && !strstr(v, "://") && !identifier(v))
			res->byline = dup_squash(a, v);
		/* the outlet named as the author: a printed byline may name the writer */
		if (res->byline && org_byline(res->byline, res, ld_site)) {
			org = res->byline;
			res->byline = NULL;
		}
		/*
		 * a person's name printed as the byline by the headline beats a
		 * metadata author who shares no word with it: a template's account
		 * ("admin", an editor's login) or another writer's name left in
		 * the template
		 */
		if (res->byline && !starter) {
			struct near nr;
			const char *pb;
			memset(&nr, 0, sizeof(nr));
			nr.arena = a;
			nr.max_depth = mc->max_depth;
			nr.date = "";
			near_headline(&c, res->title, &nr);
			pb = byline_tidy(nr.byline);
			if (pb && person_name(pb) && !common_word(pb, res->byline, NULL, 2) &&
			    !org_byline(pb, res, ld_site))
				res->byline = pb;
		}
	}
	{
		const enum src o[] = { S_PUB, S_MD_PUB, S_TIME, S_PUB_NAMED };
		const char *ld = article ? ld_str(article, "datePublished") : NULL;
		char tp[40];
		/* a <time pubdate> to the day is the page's own word for it */
		if (c.npubdate == 1 && date_normalize(c.s[S_TIME_PUB], tp, sizeof(tp)) &&
		    strlen(tp) >= 10)
			ld = c.s[S_TIME_PUB];
		res->date_published = dup_date(a, ld);
		for (i = 0; !res->date_published && i < 4; i++)
			res->date_published = dup_date(a, c.s[o[i]]);
		/* last, what a block read only with its raw line breaks made spaces says */
		for (i = 0; !res->date_published && i < c.nld_loose; i++) {
			json_t *la = NULL, *lp = NULL, *ls = NULL, *lv = NULL, *lids[64];
			int nl = 0;
			ld_scan(c.ld_loose[i], 0, &la, &lp, &ls, &lv, lids, &nl);
			if (la)
				res->date_published = dup_date(a, ld_str(la, "datePublished"));
		}
	}
	mc->posters = c.nuser;
	if (res->date_published && strlen(res->date_published) >= 10) {
		/*
		 * The day printed by the headline when it comes before the metadata's
		 * and is not a change's: a template that stamps its metadata when the
		 * page is saved again moves it later, never earlier.
		 */
		struct near nr;
		const char *mod[4];
		int k, same = 0;
		memset(&nr, 0, sizeof(nr));
		nr.arena = a;
		nr.max_depth = mc->max_depth;
		nr.byline = "";
		near_headline(&c, res->title, &nr);
		mod[0] = article ? ld_str(article, "dateModified") : NULL;
		mod[1] = c.s[S_MOD];
		mod[2] = c.s[S_MD_MOD];
		mod[3] = c.s[S_MOD_NAMED];
		if (nr.date && strlen(nr.date) >= 10 &&
		    strncmp(nr.date, res->date_published, 10) < 0) {
			for (k = 0; k < 4 && !same; k++) {
				char d[40];
				same = mod[k] && date_normalize(mod[k], d, sizeof(d)) &&
				       strlen(d) >= 10 && !strncmp(d, nr.date, 10);
			}
			/*
			 * unless the printed day is the stamp's moment on a clock
			 * west of it, which the URL's day does not contradict
			 */
			if (!same && same_moment_day_before(nr.date, res->date_published)) {
				char ud[40];
				const char *u = date_in_url(res->url, ud, sizeof(ud));
				if (!u)
					u = date_in_url(res->canonical_url, ud, sizeof(ud));
				same = !(u && strlen(u) >= 10 && !strncmp(u, nr.date, 10));
			}
			if (!same)
				res->date_published = arena_strdup(a, nr.date);
		}
	}
	if (!res->date_published || !res->byline) {
		struct near nr;
		char ud[40];
		const char *u = date_in_url(res->url, ud, sizeof(ud));
		if (!u)
			u = date_in_url(res->canonical_url, ud, sizeof(ud));
		memset(&nr, 0, sizeof(nr));
		nr.arena = a;
		nr.max_depth = mc->max_depth;
		if (res->date_published)
			nr.date = res->date_published;
		if (res->byline)
			nr.byline = res->byline;
		near_headline(&c, res->title, &nr);
		if (!res->date_published) {
			/* the URL knows the day: a printed date of another day is not this one */
			if (nr.date && (!u || strlen(u) < 10 || !strncmp(u, nr.date, 10)))
				res->date_published = arena_strdup(a, nr.date);
			else if (u)
				res->date_published = arena_strdup(a, u);
		}
		/* a URL that knows only the month: the first date printed in it names the day */
		if (!res->date_published ||
		    (u && strlen(u) < 10 && !strcmp(res->date_published, u))) {
			xmlNodePtr root = xmlDocGetRootElement(doc);
			nr.visits = 0;
			if (root && dateline_scan(&nr, root, 0) &&
			    (!res->date_published ||
			     (strlen(nr.dbuf) >= 10 && !strncmp(nr.dbuf, u, strlen(u)))))
				res->date_published = arena_strdup(a, nr.dbuf);
		}
		/* the stamp a template put on an element, when nothing printed or declared says */
		if (!res->date_published)
			res->date_published = dup_date(a, c.s[S_ATTR_PUB]);
		if (!res->byline && nr.byline)
			res->byline = nr.byline;
		/* the "Written by" of a link preview card */
		if (!res->byline && c.s[S_TW_AUTHOR] && !strstr(c.s[S_TW_AUTHOR], "://") &&
		    strcasecmp(c.s[S_TW_AUTHOR], "admin"))
			res->byline = dup_squash(a, c.s[S_TW_AUTHOR]);
		/* the author a JSON-LD block read only with its raw line breaks made spaces names */
		for (i = 0; !res->byline && i < c.nld_loose; i++) {
			json_t *la = NULL, *lp = NULL, *ls = NULL, *lv = NULL, *lids[64];
			const char *lb;
			int nl = 0;
			ld_scan(c.ld_loose[i], 0, &la, &lp, &ls, &lv, lids, &nl);
			lb = la ? ld_names(a, json_object_get(la, "author"), lids, nl) : NULL;
			if (lb && !identifier(lb) && !org_byline(lb, res, ld_site))
				res->byline = dup_squash(a, lb);
		}
		/* a thread of posts: its first post's user started it */
		if (!res->byline && c.user &&
		    (c.nuser >= 2 || (mc->declared && !strcmp(mc->declared, "forum"))))
			res->byline = user_name(a, &c);
		/* a thread's first post: the user whose profile ("Posts:", "Joined:") it shows */
		if (!res->byline)
			res->byline = profile_user(a, doc, c.max_depth);
		/* a byline printed anywhere else on the page */
		if (!res->byline && !org && !(mc->declared && !strcmp(mc->declared, "product")))
			res->byline = byline_scan(&nr, doc, byline_visit);
		/* else the writer a panel of facts beside the text names */
		if (!res->byline && !org && !(mc->declared && !strcmp(mc->declared, "product"))) {
			xmlNodePtr root = xmlDocGetRootElement(doc);
			nr.visits = 0;
			nr.byline = NULL;
			if (root)
				panel_walk(&nr, root, 0, 0);
			res->byline = nr.byline;
		}
		/* else a link to the writer's own page */
		if (!res->byline && !(mc->declared && !strcmp(mc->declared, "product")))
			res->byline = byline_scan(&nr, doc, author_link_visit);
	}
	if (!res->byline || org_byline(res->byline, res, ld_site))
		res->byline = org ? org : res->byline;
	res->byline = byline_tidy(res->byline);
	if (res->byline && strstr(res->byline, ", "))
		res->byline = printed_names(a, doc, res->byline, c.max_depth);
	{
		/*
		 * the page's own statement of when it first came out beats every
		 * stamp; a stamp of the same day keeps its time
		 */
		char fp[40];
		if (c.first_pub &&
		    first_published_date(c.first_pub, c.max_depth, a, fp, sizeof(fp)) &&
		    !(res->date_published && !strncmp(res->date_published, fp, 10)))
			res->date_published = arena_strdup(a, fp);
	}
	{
		const char *ld = article ? ld_str(article, "dateModified") : NULL;
		res->date_modified = dup_date(a, ld);
		if (!res->date_modified)
			res->date_modified = dup_date(a, c.s[S_MOD]);
		if (!res->date_modified)
			res->date_modified = dup_date(a, c.s[S_MD_MOD]);
		if (!res->date_modified)
			res->date_modified = dup_date(a, c.s[S_MOD_NAMED]);
		/* a page that says only when it last changed was published, as read, then */
		if (!res->date_published && res->date_modified)
			res->date_published = arena_strdup(a, res->date_modified);
		/* else what a script tells as "1 year ago", from its tooltip */
		if (!res->date_published) {
			struct near rn;
			xmlNodePtr root = xmlDocGetRootElement(doc);
			memset(&rn, 0, sizeof(rn));
			rn.arena = a;
			rn.max_depth = mc->max_depth;
			if (root && relative_scan(&rn, root, 0))
				res->date_published = arena_strdup(a, rn.dbuf);
		}
	}
	{
		const enum src o[] = { S_LANG, S_META_LANG, S_OG_LOCALE };
		v = first(&c, o, 3);
		if (!v && article)
			v = ld_str(article, "inLanguage");
		res->language = dup_lang(a, v);
	}
	{
		const enum src o[] = { S_OG_DESC, S_META_DESC, S_TW_DESC, S_MD_DESC };
		v = first(&c, o, 4);
		if (!v && article)
			v = ld_str(article, "description");
		res->description = dup_squash(a, v);
	}
	{
		struct buf tb = BUF_INIT;
		size_t nt = 0;
		tb.cap = TAGS_MAX * (TAG_MAX + 1) + 1;
		for (i = 0; i < c.ntag; i++)
			tags_add(&tb, &nt, c.tagv[i]);
		if (article) {
			tags_add_ld(&tb, &nt, json_object_get(article, "articleSection"));
			tags_add_ld(&tb, &nt, json_object_get(article, "keywords"));
		}
		if (tb.len) {
			tb.data[--tb.len] = '\0'; /* no newline after the last */
			res->tags = arena_strndup(a, tb.data, tb.len);
		}
		buf_release(&tb);
	}
	{
		const enum src o[] = { S_OG_IMAGE, S_TW_IMAGE, S_LINK_IMAGE };
		v = first(&c, o, 3);
		if (!v && article)
			v = ld_url(json_object_get(article, "image"), ids, nids);
		res->image = dom_url(a, base, v);
	}
	if (article) {
		json_t *b = json_object_get(article, "isBasedOn");
		json_t *so = ld_deref(json_object_get(article, "sourceOrganization"), ids, nids);
		if (json_is_array(b))
			b = json_array_get(b, 0);
		b = ld_deref(b, ids, nids);
		if (json_is_string(b)) {
			res->original.url = dom_url(a, base, json_string_value(b));
		} else if (json_is_object(b)) {
			json_t *bp = ld_deref(json_object_get(b, "publisher"), ids, nids);
			res->original.url = dom_url(a, base, ld_url(b, ids, nids));
			if (json_is_object(bp))
				res->original.name = dup_squash(a, ld_str(bp, "name"));
		}
		if (json_is_object(so)) {
			const char *sn = ld_str(so, "name");
			/* a source organisation that is the publisher itself is no republication */
			if (sn && !is_site(sn, strlen(sn), res->site_name) &&
			    !(ld_site && is_site(sn, strlen(sn), ld_site))) {
				if (!res->original.name)
					res->original.name = dup_squash(a, sn);
				if (!res->original.url)
					res->original.url = dom_url(a, base, ld_str(so, "url"));
			}
		}
	}

	for (i = 0; i < c.nld; i++)
		json_decref(c.ld[i]);
	for (i = 0; i < c.nld_loose; i++)
		json_decref(c.ld_loose[i]);
	(void)err;
	return 0;
}
