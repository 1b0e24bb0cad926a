/*
 * output.c: the extracted article as text, markdown, sanitized HTML, JSON.
 *
 * Text comes from the block list (content.c); markdown and HTML walk the
 * pruned DOM under the article root, from which content.c has already
 * removed every block the text left out, so the three agree.
 *
 * The HTML sanitizer is an allow-list: known-safe tags keep a few known-safe
 * attributes, every other tag is unwrapped (its text kept) or, for
 * executable and embedding tags, dropped with its content. No attribute
 * outside the list survives, so event handlers (on*) and style cannot, and
 * URLs pass url_is_safe.
 */
#include "extract/internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "util/escape.h"

#include "util/banned.h"

/* ---- URLs ---- */

int url_is_safe(const char *url)
{
	char scheme[16];
	size_t k = 0;
	const unsigned char *p = (const unsigned char *)url;

	if (!url)
		return 0;
	while (*p && *p <= 0x20)
		p++;
	/* browsers ignore tabs and newlines inside a scheme: "java\tscript:" */
	for (; *p && k < sizeof(scheme) - 1; p++) {
		if (*p == '\t' || *p == '\n' || *p == '\r')
			continue;
		if (*p == ':')
			break;
		if (*p == '/' || *p == '?' || *p == '#')
			return 1; /* relative */
		if (!isalnum(*p) && *p != '+' && *p != '-' && *p != '.')
			return 0;
		scheme[k++] = (char)tolower(*p);
	}
	if (*p != ':')
		return k < sizeof(scheme) - 1; /* no scheme: relative */
	scheme[k] = '\0';
	return !strcmp(scheme, "http") || !strcmp(scheme, "https") || !strcmp(scheme, "mailto") ||
	       !strcmp(scheme, "ftp");
}

/* ---- text ---- */

/* The table row (`tr`) whose cell (`td`, `th`) block `b` is, or NULL. */
static xmlNodePtr cell_row(const struct block *b)
{
	xmlNodePtr n = b->node;
	if (!n || n->type != XML_ELEMENT_NODE || !(dom_is(n, "td") || dom_is(n, "th")) ||
	    !n->parent || !dom_is(n->parent, "tr"))
		return NULL;
	return n->parent;
}

/*
 * The blocks kept, a blank line between two; the cells of one table row,
 * each a block of its own to the filters, are one line, joined by " | "
 * (a line break in a cell read as a space).
 */
int output_text(const struct blocks *bl, struct buf *out)
{
	size_t i, k;
	int first = 1, r;
	xmlNodePtr row, last_row = NULL;
	for (i = 0; i < bl->n; i++) {
		const struct block *b = &bl->v[i];
		if (b->dropped || !b->len)
			continue;
		row = cell_row(b);
		if (!first && (r = buf_adds(out, row && row == last_row ? " | " : "\n\n")) < 0)
			return r;
		if (!row) {
			if ((r = buf_add(out, b->text, b->len)) < 0)
				return r;
		} else {
			for (k = 0; k < b->len; k++)
				if ((r = buf_addch(out, b->text[k] == '\n' ? ' ' : b->text[k])) < 0)
					return r;
		}
		last_row = row;
		first = 0;
	}
	return 0;
}

/* ---- shared walker state ---- */

struct w {
	struct buf *out;
	const char *base;
	int max_depth;
	int space; /* whitespace seen, not yet written */
	int list_depth;
	int ordered[32];
	int counter[32];
	int pre;
	struct arena arena;
};

/*
 * The renderers append many times and check once: `r`, else the first
 * append that failed in the output, else a URL the arena could not hold
 * (an attribute or a link target left out).
 */
static int written(const struct w *w, int r)
{
	if (r < 0)
		return r;
	if (buf_error(w->out))
		return buf_error(w->out);
	return w->arena.oom ? -ERR_NOMEM : 0;
}

static int is_ws(const unsigned char *p)
{
	return *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f' ||
	       (p[0] == 0xc2 && p[1] == 0xa0);
}

/*
 * Texts the style sheet sets apart, written back to back (dom_glued),
 * decided on the tree, as the text renders them, whatever markup the
 * first printed (a link's target, an emphasis mark). Blocks have their
 * own breaks.
 */
static int glued(const struct w *w, xmlNodePtr c)
{
	static const char *const inline_tags[] = { "a",     "span", "em", "i",    "strong", "b",
						   "small", "mark", "u",  "s",    "sup",    "sub",
						   "abbr",  "cite", "q",  "time", "label",  "font",
						   "del",   "ins",  NULL };
	size_t i;
	if (w->pre || w->space || !w->out->len)
		return 0;
	for (i = 0; inline_tags[i]; i++)
		if (!strcmp((const char *)c->name, inline_tags[i]))
			return dom_glued(c);
	return 0;
}

/* Append text collapsing whitespace; `esc` escapes per format. */
static int put_text(struct w *w, const char *s, int (*esc)(struct buf *, const char *, size_t))
{
	const unsigned char *p = (const unsigned char *)s;
	int r;
	if (w->pre)
		return esc(w->out, s, strlen(s));
	while (*p) {
		const unsigned char *q;
		if (is_ws(p)) {
			w->space = 1;
			p += *p == 0xc2 ? 2 : 1;
			continue;
		}
		if (w->space && w->out->len &&
		    !isspace((unsigned char)w->out->data[w->out->len - 1]))
			if ((r = buf_addch(w->out, ' ')) < 0)
				return r;
		w->space = 0;
		q = p;
		while (*q && !is_ws(q))
			q++;
		if ((r = esc(w->out, (const char *)p, (size_t)(q - p))) < 0)
			return r;
		p = q;
	}
	return 0;
}

/* ---- markdown ---- */

static int md_esc(struct buf *b, const char *s, size_t n)
{
	size_t i;
	int r = 0;
	for (i = 0; i < n && r >= 0; i++) {
		if (strchr("\\*_`[]", s[i]) && s[i])
			r = buf_addch(b, '\\');
		if (r >= 0)
			r = buf_addch(b, s[i]);
	}
	return r;
}

static int raw_esc(struct buf *b, const char *s, size_t n)
{
	return buf_add(b, s, n);
}

/* End the current block: make the output end in a blank line. */
static int md_break(struct w *w, const char *sep)
{
	buf_rtrim(w->out);
	w->space = 0;
	if (!w->out->len)
		return 0;
	return buf_adds(w->out, sep);
}

/* Start a new line without eating a blank line already there. */
static int md_newline(struct w *w)
{
	while (w->out->len && w->out->data[w->out->len - 1] == ' ')
		buf_truncate(w->out, w->out->len - 1);
	w->space = 0;
	if (!w->out->len || w->out->data[w->out->len - 1] == '\n')
		return 0;
	return buf_addch(w->out, '\n');
}

static int md_children(struct w *w, xmlNodePtr n, int depth);

static int is_heading_name(const char *name)
{
	return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2];
}

/*
 * Render `n`'s children into a fresh buffer and hand it back (caller
 * releases): 0, or the error of the first append that failed in it.
 */
static int md_sub(struct w *w, xmlNodePtr n, int depth, struct buf *sub)
{
	struct buf *saved = w->out;
	int r;
	buf_init(sub, 0);
	w->out = sub;
	w->space = 0;
	r = md_children(w, n, depth);
	w->out = saved;
	buf_rtrim(sub);
	return r < 0 ? r : buf_error(sub);
}

static int md_node(struct w *w, xmlNodePtr n, int depth)
{
	const char *name = (const char *)n->name;
	int r = 0;

	if (is_heading_name(name)) {
		if ((r = md_break(w, "\n\n")) < 0)
			return r;
		for (int i = 0; i < name[1] - '0'; i++)
			buf_putc(w->out, '#');
		buf_putc(w->out, ' ');
		r = md_children(w, n, depth);
		return r < 0 ? r : md_break(w, "\n\n");
	}
	if (!strcmp(name, "br"))
		return buf_adds(w->out, "  \n");
	if (!strcmp(name, "ul") || !strcmp(name, "ol")) {
		int d = w->list_depth < 31 ? w->list_depth + 1 : 31;
		if ((r = md_break(w, w->list_depth ? "\n" : "\n\n")) < 0)
			return r;
		w->list_depth = d;
		w->ordered[d] = !strcmp(name, "ol");
		w->counter[d] = 0;
		r = md_children(w, n, depth);
		w->list_depth = d - 1;
		return r < 0 ? r : md_break(w, w->list_depth ? "\n" : "\n\n");
	}
	if (!strcmp(name, "li")) {
		int d = w->list_depth ? w->list_depth : 1;
		if ((r = md_newline(w)) < 0)
			return r;
		for (int i = 1; i < d; i++)
			buf_puts(w->out, "  ");
		if (w->ordered[d])
			buf_putf(w->out, "%d. ", ++w->counter[d]);
		else
			buf_puts(w->out, "- ");
		r = md_children(w, n, depth);
		return r < 0 ? r : md_break(w, "\n");
	}
	if (!strcmp(name, "blockquote")) {
		struct buf sub;
		size_t i;
		if ((r = md_sub(w, n, depth, &sub)) >= 0 && sub.len) {
			if ((r = md_break(w, "\n\n")) >= 0) {
				buf_puts(w->out, "> ");
				for (i = 0; i < sub.len; i++) {
					buf_putc(w->out, sub.data[i]);
					if (sub.data[i] == '\n')
						buf_puts(w->out, "> ");
				}
				r = md_break(w, "\n\n");
			}
		}
		buf_release(&sub);
		return r;
	}
	if (!strcmp(name, "pre")) {
		if ((r = md_break(w, "\n\n")) < 0)
			return r;
		buf_puts(w->out, "```\n");
		w->pre++;
		r = md_children(w, n, depth);
		w->pre--;
		buf_rtrim(w->out);
		buf_puts(w->out, "\n```");
		return r < 0 ? r : md_break(w, "\n\n");
	}
	if (!strcmp(name, "tr")) {
		xmlNodePtr c;
		int cells = 0;
		if ((r = md_newline(w)) < 0)
			return r;
		buf_putc(w->out, '|');
		for (c = n->children; c; c = c->next) {
			struct buf sub;
			size_t i;
			if (!dom_is(c, "td") && !dom_is(c, "th"))
				continue;
			if ((r = md_sub(w, c, depth + 1, &sub)) < 0) {
				buf_release(&sub);
				return r;
			}
			buf_putc(w->out, ' ');
			for (i = 0; i < sub.len; i++) {
				char ch = sub.data[i] == '\n' ? ' ' : sub.data[i];
				if (ch == '|')
					buf_putc(w->out, '\\');
				buf_putc(w->out, ch);
			}
			buf_puts(w->out, " |");
			buf_release(&sub);
			cells++;
		}
		/* a header separator after the first row, which markdown tables need */
		if (!n->prev || !xmlPreviousElementSibling(n)) {
			xmlNodePtr sect = n->parent;
			int first_row =
				!sect || !dom_is(sect, "tbody") || !xmlPreviousElementSibling(sect);
			if (first_row && cells) {
				buf_puts(w->out, "\n|");
				for (int i = 0; i < cells; i++)
					buf_puts(w->out, " --- |");
			}
		}
		return md_break(w, "\n");
	}
	if (!strcmp(name, "table")) {
		if ((r = md_break(w, "\n\n")) < 0)
			return r;
		r = md_children(w, n, depth);
		return r < 0 ? r : md_break(w, "\n\n");
	}
	if (!strcmp(name, "a")) {
		const char *href = dom_attr(n, "href");
		struct buf sub;
		int sp = w->space;
		char *u = NULL;
		if (!href || !url_is_safe(href) || href[0] == '#')
			return md_children(w, n, depth);
		if ((r = md_sub(w, n, depth, &sub)) >= 0 && sub.len) {
			u = dom_url(&w->arena, w->base, href);
			if (sp && w->out->len &&
			    !isspace((unsigned char)w->out->data[w->out->len - 1]))
				buf_putc(w->out, ' ');
			buf_putf(w->out, "[%s](%s)", sub.data, u ? u : href);
		}
		buf_release(&sub);
		return r;
	}
	if (!strcmp(name, "em") || !strcmp(name, "i") || !strcmp(name, "strong") ||
	    !strcmp(name, "b") || !strcmp(name, "code")) {
		const char *mark = name[0] == 'e' || name[0] == 'i' ? "*"
				   : name[0] == 'c'                 ? "`"
								    : "**";
		struct buf sub;
		int sp = w->space;
		if ((r = md_sub(w, n, depth, &sub)) >= 0 && sub.len) {
			if (sp && w->out->len &&
			    !isspace((unsigned char)w->out->data[w->out->len - 1]))
				buf_putc(w->out, ' ');
			buf_putf(w->out, "%s%s%s", mark, sub.data, mark);
		}
		buf_release(&sub);
		return r;
	}
	if (!strcmp(name, "img"))
		return 0;
	if (!strcmp(name, "p") || !strcmp(name, "div") || !strcmp(name, "section") ||
	    !strcmp(name, "article") || !strcmp(name, "dl") || !strcmp(name, "dd") ||
	    !strcmp(name, "dt") || !strcmp(name, "figure") || !strcmp(name, "main") ||
	    !strcmp(name, "header") || !strcmp(name, "footer") || !strcmp(name, "hr")) {
		const char *sep = w->list_depth ? "\n" : "\n\n";
		if ((r = md_break(w, sep)) < 0)
			return r;
		r = md_children(w, n, depth);
		return r < 0 ? r : md_break(w, sep);
	}
	return md_children(w, n, depth);
}

static int md_children(struct w *w, xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	int r;
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			if (c->content && (r = put_text(w, (const char *)c->content, md_esc)) < 0)
				return r;
		} else if (c->type == XML_ELEMENT_NODE && depth < w->max_depth) {
			if (glued(w, c))
				w->space = 1;
			if ((r = md_node(w, c, depth + 1)) < 0)
				return r;
		}
	}
	return 0;
}

int output_markdown(xmlNodePtr root, const char *base_url, int max_depth, struct buf *out)
{
	struct w w;
	int r;
	memset(&w, 0, sizeof(w));
	w.out = out;
	w.base = base_url;
	w.max_depth = max_depth;
	if (!root)
		return 0;
	r = root->type == XML_ELEMENT_NODE ? md_node(&w, root, 0) : 0;
	buf_rtrim(out);
	r = written(&w, r);
	arena_release(&w.arena);
	return r;
}

/* ---- sanitized HTML ---- */

static const char *const keep_tags[] = {
	"p",     "h1",    "h2",         "h3",  "h4",   "h5",      "h6",     "ul",
	"ol",    "li",    "blockquote", "pre", "code", "em",      "strong", "b",
	"i",     "u",     "s",          "a",   "br",   "hr",      "table",  "thead",
	"tbody", "tfoot", "tr",         "th",  "td",   "caption", "dl",     "dt",
	"dd",    "sub",   "sup",        "q",   "cite", "abbr",    "del",    "ins",
	"mark",  "small", "figure",     "img", "time", NULL,
};

/* Tags dropped with everything inside: they execute, embed, or take input. */
static const char *const kill_tags[] = {
	"script", "style",  "iframe",   "object",   "embed",    "applet",   "form",
	"input",  "button", "select",   "textarea", "noscript", "template", "svg",
	"math",   "frame",  "frameset", "link",     "meta",     "base",     "head",
	"title",  "video",  "audio",    "canvas",   NULL,
};

static int in_set(const char *name, const char *const *set)
{
	for (; *set; set++)
		if (!strcmp(name, *set))
			return 1;
	return 0;
}

static int html_children(struct w *w, xmlNodePtr n, int depth);

static int html_attr(struct w *w, const char *name, const char *v, int url)
{
	int r;
	if (!v)
		return 0;
	if (url) {
		if (!url_is_safe(v))
			return 0;
		v = dom_url(&w->arena, w->base, v);
		if (!v)
			return 0;
	}
	if ((r = buf_addf(w->out, " %s=\"", name)) < 0)
		return r;
	if ((r = xml_escape(w->out, v, strlen(v))) < 0)
		return r;
	return buf_addch(w->out, '"');
}

static int html_node(struct w *w, xmlNodePtr n, int depth)
{
	const char *name = (const char *)n->name;
	int r;

	if (in_set(name, kill_tags))
		return 0;
	/* a link whose target is unsafe or missing is kept as its text */
	if (!in_set(name, keep_tags) || (!strcmp(name, "a") && !url_is_safe(dom_attr(n, "href"))))
		return html_children(w, n, depth); /* unwrap */
	/* whitespace before an element belongs before its tag, not inside it */
	if (w->space && w->out->len && !isspace((unsigned char)w->out->data[w->out->len - 1])) {
		if ((r = buf_addch(w->out, ' ')) < 0)
			return r;
	}
	w->space = 0;
	if (!strcmp(name, "img")) {
		const char *src = dom_attr(n, "src");
		if (!src || !url_is_safe(src))
			return 0;
		buf_puts(w->out, "<img");
		html_attr(w, "src", src, 1);
		html_attr(w, "alt", dom_attr(n, "alt"), 0);
		return buf_addch(w->out, '>');
	}
	if ((r = buf_addf(w->out, "<%s", name)) < 0)
		return r;
	if (!strcmp(name, "a")) {
		html_attr(w, "href", dom_attr(n, "href"), 1);
		html_attr(w, "title", dom_attr(n, "title"), 0);
	} else if (!strcmp(name, "td") || !strcmp(name, "th")) {
		html_attr(w, "colspan", dom_attr(n, "colspan"), 0);
		html_attr(w, "rowspan", dom_attr(n, "rowspan"), 0);
	} else if (!strcmp(name, "ol")) {
		html_attr(w, "start", dom_attr(n, "start"), 0);
	} else if (!strcmp(name, "blockquote") || !strcmp(name, "q")) {
		html_attr(w, "cite", dom_attr(n, "cite"), 1);
	} else if (!strcmp(name, "time")) {
		html_attr(w, "datetime", dom_attr(n, "datetime"), 0);
	} else if (!strcmp(name, "abbr")) {
		html_attr(w, "title", dom_attr(n, "title"), 0);
	}
	if ((r = buf_addch(w->out, '>')) < 0)
		return r;
	if (!strcmp(name, "br") || !strcmp(name, "hr"))
		return 0;
	if (!strcmp(name, "pre"))
		w->pre++;
	r = html_children(w, n, depth);
	if (!strcmp(name, "pre"))
		w->pre--;
	if (r < 0)
		return r;
	return buf_addf(w->out, "</%s>", name);
}

static int html_children(struct w *w, xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	int r;
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			if (c->content &&
			    (r = put_text(w, (const char *)c->content, xml_escape)) < 0)
				return r;
		} else if (c->type == XML_ELEMENT_NODE && depth < w->max_depth) {
			if (glued(w, c))
				w->space = 1;
			if ((r = html_node(w, c, depth + 1)) < 0)
				return r;
		}
	}
	return 0;
}

int output_html(xmlNodePtr root, const char *base_url, int max_depth, struct buf *out)
{
	struct w w;
	int r = 0;
	memset(&w, 0, sizeof(w));
	w.out = out;
	w.base = base_url;
	w.max_depth = max_depth;
	if (root && root->type == XML_ELEMENT_NODE)
		r = html_node(&w, root, 0);
	r = written(&w, r);
	arena_release(&w.arena);
	(void)raw_esc;
	return r;
}

/* ---- JSON ---- */

static json_t *jstr(const char *s)
{
	json_t *j = s ? json_string(s) : NULL;
	return j ? j : json_null();
}

char *extract_result_json(const struct extract_result *res, const char *input, int flags)
{
	json_t *o = json_object(), *orig;
	char *s;
	if (!o)
		return NULL;
	if (input)
		json_object_set_new(o, "input", jstr(input));
	json_object_set_new(o, "url", jstr(res->url));
	json_object_set_new(o, "canonical_url", jstr(res->canonical_url));
	json_object_set_new(o, "title", jstr(res->title));
	json_object_set_new(o, "byline", jstr(res->byline));
	json_object_set_new(o, "date_published", jstr(res->date_published));
	json_object_set_new(o, "date_modified", jstr(res->date_modified));
	json_object_set_new(o, "site_name", jstr(res->site_name));
	json_object_set_new(o, "language", jstr(res->language));
	json_object_set_new(o, "description", jstr(res->description));
	json_object_set_new(o, "image", jstr(res->image));
	json_object_set_new(o, "text", jstr(res->text ? res->text : ""));
	json_object_set_new(o, "word_count", json_integer((json_int_t)res->word_count));
	json_object_set_new(o, "page_type", jstr(res->page_type));
	json_object_set_new(o, "is_article", json_boolean(res->is_article));
	if (res->original.name || res->original.url) {
		orig = json_object();
		json_object_set_new(orig, "name", jstr(res->original.name));
		json_object_set_new(orig, "url", jstr(res->original.url));
		json_object_set_new(o, "original", orig);
	} else {
		json_object_set_new(o, "original", json_null());
	}
	if (flags & EXTRACT_JSON_MARKDOWN)
		json_object_set_new(o, "markdown", jstr(res->markdown));
	if (flags & EXTRACT_JSON_HTML)
		json_object_set_new(o, "html", jstr(res->html));
	s = json_dumps(o, (flags & EXTRACT_JSON_PRETTY ? JSON_INDENT(2) : JSON_COMPACT) |
				  JSON_PRESERVE_ORDER);
	json_decref(o);
	return s;
}
