/*
 * content.c: find the article in the page.
 *
 * Four passes over the DOM, each bounded by the depth cap:
 *
 *  1. prune    drop what is never article text: scripts, forms controls,
 *              navigation, asides, footers, hidden elements, and elements
 *              whose class/id/role name a boilerplate kind (share, related,
 *              comments, newsletter, cookie, caption, byline, ...). A named
 *              container is kept when it plainly holds most of the page's
 *              prose, so a body class like "has-comments" cannot take the
 *              article with it.
 *  2. measure  bottom-up text length, link text, commas and paragraphs per
 *              element (kept in node->_private).
 *  3. score    every paragraph-like element gives points (1 + commas +
 *              length/100, capped) to its ancestors, decaying with distance;
 *              an ancestor's score is scaled by how little of it is link
 *              text and by what its tag and class say. The best ancestor is
 *              the article; siblings that score well or read as prose join it.
 *  4. render   the chosen nodes become blocks (paragraphs, headings, list
 *              items, quotes, table rows); link-heavy and boilerplate blocks,
 *              bylines, captions and the title's repetitions at the top drop.
 *
 * The weights are the product of tuning on a development set of news pages
 * without rules for any site; docs/internals/extract.md explains them.
 */
#include "extract/internal.h"

#include <ctype.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "util/hash.h"
#include "util/url.h"

#include "util/banned.h"

/* Nodes one page may make us look at, over all passes. */
#define WORK_MAX 4000000
#define MIN_PARA 25
/* Pruning that leaves under 1/RESCUE_SHARE of a page of RESCUE_MIN bytes or more is redone more leniently. */
#define RESCUE_SHARE 10
#define RESCUE_MIN   300
/*
 * On a declared article, whose comments stay out, the last pass (no names)
 * still runs when the others left no paragraph of a page with this many:
 * a header closed late around the whole page, content named like chrome.
 */
#define RESCUE_ARTICLE_PARAS 6
/*
 * A list of links printed this many times over (one tag and class) under
 * the content is the content's items (a listing's entries, an index's
 * columns), not a box of related links.
 */
#define LIST_RUN     5
#define LIST_SIGS    32
#define ITEM_ANCHOR  12   /* mean link text, in bytes, of an item of a run that is not a list */
#define ANCHOR_SLOTS 2048 /* link texts of the runs' items, remembered (a power of two) */
#define VOICES_MANY  3    /* boxes named for reviews that make a page of reviews */
/* Under this mean text, in bytes, a region's links are a menu's; a card's title is longer. */
#define MENU_ANCHOR 30
/* A text block under this many bytes beside a larger column is that column's lead. */
#define LEAD_MAX 1500
/* like cards in a region that make a product page a category of products */
#define GRID_MIN 8
/*
 * A boilerplate-named element whose tag and class TEMPLATE_MIN elements or
 * more of the page share, each of TEMPLATE_TEXT bytes or more and under
 * TEMPLATE_LINK link text, is an item of the content (a section front's
 * story groups named "...-read-more-ad"), not a box beside it.
 */
#define TEMPLATE_MIN   4
#define TEMPLATE_TEXT  60
#define TEMPLATE_LINK  0.6
#define TEMPLATE_SLOTS 256
/* An element kept aside inside another one is weighed with it from this many bytes of text. */
#define HELD_INNER_MIN 1000

/* most text, in bytes, of a box around a field for an e-mail address that is a sign-up box */
#define SIGNUP_MAX 600

struct nstat {
	size_t text; /* visible text bytes, whitespace runs counted once */
	size_t link; /* of which inside <a> */
	int links;   /* <a> elements */
	int tlinks;  /* of which with text (an image's link has none) */
	size_t inl;  /* text not inside a block-level child */
	int commas;
	int paras;    /* <p> (and prose <div>) descendants */
	int neg, pos; /* class/id said boilerplate / content */
	double score;
	int scored;
	int gone;      /* left out of the text: to be removed from the DOM */
	int run;       /* a link list kept as one of a run of them (list_run) */
	int pruned;    /* boilerplate: skipped by every pass, removed at the end */
	int by_name;   /* pruned for its tag or name (prune), not kept aside (measure) */
	int tmpl;      /* one of many named elements of one template (mark_templates) */
	int consent;   /* a cookie-consent box or a modal dialog: never the content */
	int email;     /* holds a field for an e-mail address, in boxes of short text only */
	int signature; /* named for a poster's signature: 1, a name ending with the word 2 */
};

static struct nstat *st(xmlNodePtr n)
{
	return (struct nstat *)n->_private;
}

/*
 * An element the passes after pruning look at. Pruned subtrees stay in
 * the tree until the article is rendered, so that notices inside them
 * (a "Source:" line in a box named like boilerplate) can still be read
 * in place; every pass skips them.
 */
static int live(xmlNodePtr n)
{
	return n->type == XML_ELEMENT_NODE && n->_private && !st(n)->pruned;
}

/* ---- element classes ---- */

static const char *const drop_tags[] = {
	"script",  "style",  "noscript", "template", "iframe", "svg",    "canvas",     "object",
	"embed",   "video",  "audio",    "button",   "input",  "select", "textarea",   "nav",
	"aside",   "menu",   "dialog",   "link",     "meta",   "head",   "figcaption", "map",
	"picture", "source", "math",     "label",    "option", "frame",  "frameset",   NULL,
};

static const char *const block_tags[] = {
	"p",     "div",    "section", "article",    "main",   "ul",       "ol",
	"li",    "dl",     "dt",      "dd",         "table",  "thead",    "tbody",
	"tfoot", "tr",     "td",      "th",         "h1",     "h2",       "h3",
	"h4",    "h5",     "h6",      "blockquote", "pre",    "header",   "footer",
	"form",  "figure", "hr",      "address",    "center", "fieldset", "caption",
	"body",  "html",   "details", "summary",    "hgroup", NULL,
};

/* Of drop_tags, those kept aside rather than dropped (see measure()). */
static const char *const held_tags[] = {
	"nav", "aside", "menu", "dialog", "button", "svg", "label", "figcaption", "noscript", NULL,
};

/*
 * The lists above and the class/id words below are looked up for every
 * element, so each is indexed once per process by first byte: a tag is
 * then compared with the few names of its letter, and the names of an
 * element are read once for all the words instead of once per word.
 */
enum { TAG_DROP = 1, TAG_HELD = 2, TAG_BLOCK = 4 };

static struct word_index tag_index;
static pthread_once_t tag_index_once = PTHREAD_ONCE_INIT;

static void tag_index_build(void)
{
	static const char *const *const lists[] = { drop_tags, held_tags, block_tags };
	static const unsigned flags[] = { TAG_DROP, TAG_HELD, TAG_BLOCK };
	_Static_assert(sizeof(drop_tags) + sizeof(held_tags) + sizeof(block_tags) <=
			       (sizeof(tag_index.v) / sizeof(tag_index.v[0]) + 3) * sizeof(char *),
		       "tag_index.v too small");
	word_index_build(&tag_index, lists, flags, 3);
}

/* TAG_ flags of element name `name`: in which of the lists it stands. */
static unsigned tag_flags(const char *name)
{
	unsigned char c = (unsigned char)name[0];
	unsigned f = 0, k;
	pthread_once(&tag_index_once, tag_index_build);
	for (k = tag_index.start[c]; k < tag_index.start[c + 1]; k++)
		if (name[1] == tag_index.v[k].w[1] && !strcmp(name, tag_index.v[k].w))
			f |= tag_index.v[k].flags;
	return f;
}

static int is_block(xmlNodePtr n)
{
	return n->type == XML_ELEMENT_NODE && (tag_flags((const char *)n->name) & TAG_BLOCK);
}

static int is_heading(const char *name)
{
	return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2];
}

/*
 * Words in class/id that mark boilerplate. Matched as substrings of the
 * lowercased "class id" string (name_flags()).
 */
static const char *const neg_words[] = {
	"comment",
	"share",
	"sharing",
	"social",
	"sidebar",
	"newsletter",
	"cookie",
	"subscri",
	"promo",
	"advert",
	"sponsor",
	"breadcrumb",
	"byline",
	"caption",
	"credit",
	"popular",
	"recommend",
	"most-read",
	"mostread",
	"trending",
	"footer",
	"masthead",
	"navbar",
	"nav-",
	"-nav",
	"menu",
	"widget",
	"outbrain",
	"taboola",
	"signup",
	"sign-up",
	"paywall",
	"modal",
	"popup",
	"banner",
	"toolbar",
	"author-bio",
	"authorinfo",
	"author-info",
	"about-author",
	"disqus",
	"pagination",
	"pager",
	"dateline",
	"timestamp",
	"sr-only",
	"visually-hidden",
	"screen-reader",
	"tags",
	"tagged",
	"topics",
	"keywords",
	"print",
	"header",
	"meta",
	"read-more",
	"readmore",
	"more-stories",
	"next-article",
	"prev",
	"skip",
	"login",
	"rating",
	"gallery",
	"slideshow",
	"video",
	"dfp",
	"supplement",
	"card",
	"teaser",
	"tooltip",
	"alert",
	"donate",
	"follow",
	"contributor",
	"subhead-meta",
	"photo",
	"image",
	"figure",
	"lightbox",
	"jump",
	"toc",
	"carousel",
	"overlay",
	"playlist",
	"disclaimer",
	"bottom",
	"copyright",
	"feedback",
	"email",
	"article-info",
	"post-info",
	"postmeta",
	"post-meta",
	"entry-meta",
	"embed",
	NULL,
};

static const char *const pos_words[] = {
	"article", "content", "body", "entry", "main",      "post",
	"story",   "text",    "blog", "prose", "paragraph", NULL,
};

/* Names that mark boilerplate even when a content word is also present. */
static const char *const strong_neg_words[] = {
	"comment",    "share",      "sharing",    "social",    "newsletter",   "cookie",
	"subscri",    "promo",      "advert",     "recommend", "most-read",    "mostread",
	"trending",   "outbrain",   "taboola",    "signup",    "sign-up",      "byline",
	"caption",    "credit",     "read-more",  "readmore",  "more-stories", "next-article",
	"sidebar",    "breadcrumb", "author-bio", "tags",      "topics",       "newsletter",
	"disclaimer", "toolbar",    "dateline",   "timestamp", NULL,
};

/* Lowercase "class id" of n into dst; returns its length. */
static size_t names_of(xmlNodePtr n, char *dst, size_t cap)
{
	const char *c = dom_attr(n, "class"), *i = dom_attr(n, "id");
	size_t k = 0;
	const char *parts[2] = { c, i };
	int p;
	for (p = 0; p < 2; p++) {
		const char *s = parts[p];
		if (!s)
			continue;
		if (k && k < cap - 1)
			dst[k++] = ' ';
		for (; *s && k < cap - 1; s++)
			dst[k++] = (char)tolower((unsigned char)*s);
	}
	dst[k] = '\0';
	return k;
}

static int has_any(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (strstr(s, *words))
			return 1;
	return 0;
}

enum {
	NAME_NEG = 1,
	NAME_STRONG = 2,
	NAME_POS = 4,
	NAME_CONSENT = 8,
	NAME_COMMENT = 16,
	NAME_SIGNATURE = 32
};

static const char *const consent_words[] = { "consent", "cookie", NULL };
static const char *const comment_words[] = { "comment", "disqus", NULL };
static const char *const signature_words[] = { "signature", NULL };

static struct word_index name_index;
/*
 * The words again by their first two bytes: those starting with bytes a,
 * b are name_by2[name_start2[name_slot[a] - 1][b] .. name_start2[..][b + 1])
 * (name_slot[a] 0: none starts with a). Unused (name_two 0) when a word
 * is one byte long.
 */
#define NAME_SLOTS 40
static const struct indexed_word *name_by2[sizeof(name_index.v) / sizeof(name_index.v[0])];
static unsigned short name_start2[NAME_SLOTS][257];
static unsigned char name_slot[256];
static int name_two;
static pthread_once_t name_index_once = PTHREAD_ONCE_INIT;

static void name_index_build(void)
{
	static const char *const *const lists[] = {
		neg_words,     strong_neg_words, pos_words,
		consent_words, comment_words,    signature_words
	};
	static const unsigned flags[] = { NAME_NEG,     NAME_STRONG,  NAME_POS,
					  NAME_CONSENT, NAME_COMMENT, NAME_SIGNATURE };
	_Static_assert(sizeof(neg_words) + sizeof(strong_neg_words) + sizeof(pos_words) +
				       sizeof(consent_words) + sizeof(comment_words) +
				       sizeof(signature_words) <=
			       (sizeof(name_index.v) / sizeof(name_index.v[0]) + 6) *
				       sizeof(char *),
		       "name_index.v too small");
	size_t k, c, nslot = 0, n = 0;
	word_index_build(&name_index, lists, flags, 6);
	for (k = 0; k < name_index.start[256]; k++)
		if (name_index.v[k].len < 2)
			return; /* name_two stays 0 */
	for (c = 0; c < 256; c++) {
		unsigned short *row, fill[256];
		size_t b;
		if (name_index.start[c] == name_index.start[c + 1])
			continue;
		if (nslot == NAME_SLOTS)
			return;
		row = name_start2[nslot];
		name_slot[c] = (unsigned char)++nslot;
		/* a counting sort of the bucket of `c` by second byte */
		for (k = name_index.start[c]; k < name_index.start[c + 1]; k++)
			row[(unsigned char)name_index.v[k].w[1] + 1]++;
		row[0] = (unsigned short)n;
		for (b = 0; b < 256; b++)
			row[b + 1] = (unsigned short)(row[b + 1] + row[b]);
		memcpy(fill, row, sizeof(fill));
		for (k = name_index.start[c]; k < name_index.start[c + 1]; k++)
			name_by2[fill[(unsigned char)name_index.v[k].w[1]]++] = &name_index.v[k];
		n = row[256];
	}
	name_two = 1;
}

/* NAME_ flags of the lists that have a word inside `s` (a substring anywhere). */
static unsigned name_flags(const char *s)
{
	unsigned f = 0, k;
	pthread_once(&name_index_once, name_index_build);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s, d = (unsigned char)s[1];
		if (name_two) {
			/* the words that start with these two bytes */
			const unsigned short *row;
			if (!name_slot[c])
				continue;
			row = name_start2[name_slot[c] - 1];
			for (k = row[d]; k < row[d + 1]; k++) {
				const struct indexed_word *e = name_by2[k];
				if ((f & e->flags) != e->flags && !strncmp(s, e->w, e->len))
					f |= e->flags;
			}
			continue;
		}
		for (k = name_index.start[c]; k < name_index.start[c + 1]; k++) {
			const struct indexed_word *e = &name_index.v[k];
			if ((f & e->flags) != e->flags && (e->len == 1 || s[1] == e->w[1]) &&
			    !strncmp(s, e->w, e->len))
				f |= e->flags;
		}
	}
	return f;
}

/* "ad" as a whole word of a class name: "ad", "ad-slot", "top_ad". */
static int has_ad_word(const char *s)
{
	const char *p = s;
	while ((p = strstr(p, "ad"))) {
		int before = p == s || !isalnum((unsigned char)p[-1]);
		int after = !isalnum((unsigned char)p[2]) ||
			    (p[2] == 's' && !isalnum((unsigned char)p[3]));
		if (before && after)
			return 1;
		p += 2;
	}
	return 0;
}

/*
 * Does a class or id of `s` (lower-case "class id") end with "signature"
 * ("signature", "post-signature", "ipsEntry__signature"), as a name for
 * a poster's signature does, where "signature-feature", "signatureStory"
 * or "signature-count" name something else?
 */
static int sig_word(const char *s)
{
	const char *p = s;
	while ((p = strstr(p, "signature"))) {
		p += 9;
		if (!*p || *p == ' ')
			return 1;
	}
	return 0;
}

/*
 * Is "related" a word of one of n's class or id names: the whole name
 * or a part of it between separators ("-", "_") or camel-case humps
 * ("related-posts", "post_related", "ArticleRelatedList")? Part of a
 * longer word it names something else: "as-util-relatedlink", the
 * utility hook of a store's product card, is no "related items" block.
 */
static int related_word(xmlNodePtr n)
{
	const char *parts[2] = { dom_attr(n, "class"), dom_attr(n, "id") };
	int k;
	for (k = 0; k < 2; k++) {
		const char *s = parts[k], *p;
		if (!s)
			continue;
		for (p = s; *p; p++) {
			const char *e = p + 7;
			int before, after;
			if (strncasecmp(p, "related", 7))
				continue;
			before = p == s || !isalnum((unsigned char)p[-1]) ||
				 (isupper((unsigned char)*p) && islower((unsigned char)p[-1]));
			after = !isalnum((unsigned char)*e) ||
				(isupper((unsigned char)*e) && islower((unsigned char)e[-1]));
			if (before && after)
				return 1;
		}
	}
	return 0;
}

/*
 * Do the weak boilerplate words of `names` (lower-case "class id") name
 * only parts of a component, after its "__" ("listing__header"), where
 * the same word alone ("header", "site-meta") names the page's chrome?
 */
static int bem_part(const char *names)
{
	char blocks[256];
	size_t k = 0;
	const char *p = names;
	if (!strstr(names, "__"))
		return 0;
	while (*p && k < sizeof(blocks) - 1) {
		if (p[0] == '_' && p[1] == '_') {
			while (*p && *p != ' ')
				p++;
			continue;
		}
		blocks[k++] = *p++;
	}
	blocks[k] = '\0';
	return !(name_flags(blocks) & NAME_NEG) && !strstr(blocks, "related");
}

/* How the element's own markup classifies it: -1 boilerplate, 1 content, 0 neither. */
static void classify(xmlNodePtr n, struct nstat *s)
{
	char names[256];
	unsigned f;
	const char *ip = dom_attr(n, "itemprop");
	const char *role = dom_attr(n, "role");

	if (ip && (!strcmp(ip, "articleBody") || !strcmp(ip, "text")))
		s->pos = 2;
	if (role &&
	    (!strcmp(role, "navigation") || !strcmp(role, "banner") ||
	     !strcmp(role, "contentinfo") || !strcmp(role, "complementary") ||
	     !strcmp(role, "dialog") || !strcmp(role, "alertdialog") || !strcmp(role, "menu")))
		s->neg = 2;
	/* a modal dialog (a policy, a sign-up form) sits over the page, never in it */
	if ((role && (!strcmp(role, "dialog") || !strcmp(role, "alertdialog"))) ||
	    ((ip = dom_attr(n, "aria-modal")) && !strcmp(ip, "true")))
		s->consent = 1;
	if (!names_of(n, names, sizeof(names)))
		return;
	f = name_flags(names);
	if (related_word(n))
		f |= NAME_NEG | NAME_STRONG;
	if (f & NAME_CONSENT)
		s->consent = 1;
	if (f & NAME_SIGNATURE)
		s->signature = sig_word(names) ? 2 : 1;
	if (f & NAME_COMMENT)
		s->neg = 3;
	else if (f & NAME_STRONG)
		s->neg = 2;
	else if ((f & NAME_NEG) || has_ad_word(names))
		s->neg = s->neg ? s->neg : 1;
	if ((f & NAME_POS) && !s->pos)
		s->pos = 1;
}

/* An accordion's section or a tab panel, labelled by the control that opens it. */
static int labelled_panel(xmlNodePtr n)
{
	const char *a;
	return dom_attr(n, "aria-labelledby") && dom_attr(n, "id") && (a = dom_attr(n, "role")) &&
	       (!strcmp(a, "region") || !strcmp(a, "tabpanel"));
}

/*
 * Names of a panel the reader unfolds (an accordion's section, a tab, an
 * FAQ's answer); one of PANEL_TEXT_MIN bytes of text or more (white space
 * aside), under PANEL_LINK_MAX of it link text, is content however its
 * style hides it.
 */
static const char *const panel_words[] = { "accordion",       "collaps",        "expander",
					   "tab-pane",        "tabpane",        "tab-panel",
					   "tabpanel",        "tab-content",    "answer",
					   "toggle__content", "toggle-content", NULL };
#define PANEL_TEXT_MIN 100
#define PANEL_LINK_MAX 0.3
#define PANEL_DEPTH    16

/*
 * Add to `*text` the bytes of text under `n` (white space aside), and to
 * `*link` those inside links, `depth` levels down at most, outside the
 * elements measure() drops.
 */
static void text_links(xmlNodePtr n, int depth, int in_link, size_t *text, size_t *link)
{
	xmlNodePtr c;
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content) {
			size_t len = 0;
			const unsigned char *p;
			for (p = c->content; *p; p++)
				len += !isspace(*p);
			*text += len;
			if (in_link)
				*link += len;
		} else if (c->type == XML_ELEMENT_NODE && depth > 0 &&
			   !(tag_flags((const char *)c->name) & TAG_DROP)) {
			text_links(c, depth - 1, in_link || !strcmp((const char *)c->name, "a"),
				   text, link);
		}
	}
}

/*
 * A panel folded away by its style whose name says it is one (panel_words)
 * and that holds prose rather than links: what the reader opens in one
 * click.
 */
static int folded_panel(xmlNodePtr n)
{
	char names[256];
	size_t text = 0, link = 0;
	if (!names_of(n, names, sizeof(names)) || !has_any(names, panel_words))
		return 0;
	text_links(n, PANEL_DEPTH, 0, &text, &link);
	return text >= PANEL_TEXT_MIN && (double)link < PANEL_LINK_MAX * (double)text;
}

/*
 * Hidden from every reader. `aria-hidden` is not: it hides from screen
 * readers what the eye still sees, a card's teaser link beside its title,
 * a rating's figures, a shop's swatch names. Nor is a panel the reader
 * opens with one click (an accordion's section, a tab): the page holds
 * it as content, only folded.
 */
static int hidden(xmlNodePtr n)
{
	const char *a;
	xmlNodePtr c, only = NULL;
	int k = 0;
	if (dom_attr(n, "hidden"))
		return 1;
	/* a collapsed one is content */
	if (labelled_panel(n))
		return 0;
	/* the box that folds such a panel away, holding it alone (and its styles) */
	for (c = n->children; c && k < 2; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, "style")) {
			only = c;
			k++;
		}
	if (k == 1 && labelled_panel(only))
		return 0;
	a = dom_attr(n, "style");
	if (a && (strstr(a, "display:none") || strstr(a, "display: none") ||
		  strstr(a, "visibility:hidden") || strstr(a, "visibility: hidden")))
		return !folded_panel(n);
	return 0;
}

/*
 * Text for screen readers only, by the class the accessibility conventions
 * give it: "Regular price" and "Sale price" before a card's one price,
 * "Opens in a new window" after a link. The page as read is the page as
 * seen, so rendering leaves it out (choosing the content still counts it).
 * A long such element, or one holding elements, is more likely a
 * template's misnested wrapper than a label, and stays; so does a heading
 * (a page's title kept for screen readers over a visual banner).
 */
#define SR_ONLY_MAX 80

static int sr_only(xmlNodePtr n)
{
	const char *a = dom_attr(n, "class");
	xmlNodePtr c;
	if (!st(n) || st(n)->text > SR_ONLY_MAX || is_heading((const char *)n->name))
		return 0;
	if (!a || !(strstr(a, "sr-only") || strstr(a, "visually-hidden") ||
		    strstr(a, "visuallyhidden") || strstr(a, "screen-reader-text")))
		return 0;
	/* a label is text; one holding elements may be a misnested wrapper */
	for (c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return 0;
	return 1;
}

/* ---- pass 1+2: prune and measure ---- */

static size_t squashed_len(const char *s, int *commas)
{
	size_t n = 0;
	int space = 1;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
			if (!space)
				n++;
			space = 1;
		} else {
			n++;
			space = 0;
			if (c == ',')
				(*commas)++;
		}
	}
	return n;
}

/* Count text node `c`'s text (and commas) into its parent's `s`, as link text when `in_link`. */
static void count_text(struct nstat *s, xmlNodePtr c, int in_link)
{
	int commas = 0;
	size_t l = c->content ? squashed_len((const char *)c->content, &commas) : 0;
	s->text += l;
	s->inl += l;
	s->commas += commas;
	if (in_link)
		s->link += l;
}

/*
 * How many paragraphs of prose an element is by itself: a <p> is one; a
 * block holding loose text (paragraphs split by <br>, as blog engines
 * write them) counts one per 150 bytes of it.
 */
static int prose_units(xmlNodePtr c, const struct nstat *cs)
{
	if (!strcmp((const char *)c->name, "p"))
		return cs->text >= MIN_PARA;
	if (cs->inl >= 100 && is_block(c) && strcmp((const char *)c->name, "a"))
		return (int)(cs->inl / 150) + 1;
	return 0;
}

static void drop(xmlNodePtr n)
{
	xmlUnlinkNode(n);
	xmlFreeNode(n);
}

/* Fold child element `c`'s measure `cs` into its parent's `s`. */
static void add_child(struct nstat *s, xmlNodePtr c, const struct nstat *cs)
{
	s->text += cs->text;
	s->link += cs->link;
	s->links += cs->links;
	s->tlinks += cs->tlinks;
	s->commas += cs->commas;
	s->paras += cs->paras;
	if (!is_block(c))
		s->inl += cs->text;
	s->paras += prose_units(c, cs);
}

/*
 * Elements dropped as never being text that a broken page can still wrap
 * its content in: libxml2 closes a <button>, <nav> or <svg> late when the
 * markup is malformed, a script-driven page hides its content until it
 * runs or writes it in <noscript> for clients without scripts. These
 * (held_tags), and hidden elements, are measured and kept aside instead
 * of dropped; the largest comes back when it holds most of the page's text.
 */

/*
 * Measure n's subtree, dropping what must go. Returns 0, or -1 when the
 * work bound is hit or an allocation fails (the rest is then left unmeasured).
 * `in_held`: inside an element kept aside (see held_tags).
 */
/* A `<main>` element or one whose role says it is the page's main content. */
static int landmark_main(xmlNodePtr n)
{
	const char *role = dom_attr(n, "role");
	return !strcmp((const char *)n->name, "main") || (role && !strcmp(role, "main"));
}

static int measure(struct content_ctx *cc, xmlNodePtr n, int depth, int in_link, int in_held)
{
	struct nstat *s = st(n);
	xmlNodePtr c, next;

	for (c = n->children; c; c = next) {
		next = c->next;
		if (++cc->work > WORK_MAX)
			return -1;
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			count_text(s, c, in_link);
			continue;
		}
		if (c->type != XML_ELEMENT_NODE) {
			if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE)
				drop(c);
			continue;
		}
		{
			const char *name = (const char *)c->name;
			struct nstat *cs;
			int link, held = 0;
			unsigned tf = tag_flags(name);
			if (depth >= cc->max_depth || ((tf & TAG_DROP) && !(tf & TAG_HELD))) {
				const char *type;
				if (!strcmp(name, "input") && (type = dom_attr(c, "type")) &&
				    !strcasecmp(type, "email"))
					s->email = 1;
				drop(c);
				continue;
			}
			held = (tf & TAG_HELD) || hidden(c);
			cs = arena_alloc(cc->arena, sizeof(*cs));
			if (!cs)
				return -1;
			if (cc->nh1 < 4 && !strcmp(name, "h1") && !in_held)
				cc->h1[cc->nh1++] = c;
			if (!in_held && !held && landmark_main(c) && cc->mains++ == 0)
				cc->main = c;
			memset(cs, 0, sizeof(*cs));
			c->_private = cs;
			classify(c, cs);
			cc->signatures += cs->signature == 2 && !s->signature;
			link = in_link || !strcmp(name, "a");
			if (measure(cc, c, depth + 1, link, in_held || held) < 0)
				return -1;
			cs->links += !strcmp(name, "a");
			cs->tlinks += !strcmp(name, "a") && cs->text;
			/*
			 * A small box around a field for an e-mail address is a
			 * sign-up box (a newsletter, "notify me when back in
			 * stock") with its pitch, never the content; the largest
			 * one goes. A form around the whole page is no such box.
			 */
			if (cs->email && cs->text <= SIGNUP_MAX) {
				cs->consent = 1;
				s->email = 1;
			}
			if (held) {
				cs->pruned = 1;
				if (!in_held && cs->text > cc->held_text) {
					cc->held = c;
					cc->held_text = cs->text;
				}
				/*
				 * A large one inside another (a late-closed menu inside a
				 * late-closed header) counts toward it and comes back with it.
				 */
				if (!in_held || cs->text < HELD_INNER_MIN)
					continue;
			}
			add_child(s, c, cs);
		}
	}
	return 0;
}

static double link_density(const struct nstat *s)
{
	return s->text ? (double)s->link / (double)s->text : 0.0;
}

/*
 * Is `n`, or an ancestor two levels up at most, one of several siblings
 * with the same class in a parent that holds most of the page's
 * paragraphs? Templates that wrap each paragraph of the article in its
 * own named box ("card", "embed") look like that; a caption or an author
 * box does not.
 */
/*
 * The element sibling of `n` after `c` (the first when `c` is NULL), `n`
 * passed over; NULL after the last or the 64th (`*seen` counts them): how
 * a template's items are looked for beside one of them.
 */
static xmlNodePtr other_sibling(xmlNodePtr n, xmlNodePtr c, int *seen)
{
	if (*seen >= 64)
		return NULL;
	for (c = c ? c->next : n->parent->children; c; c = c->next)
		if (c != n && c->type == XML_ELEMENT_NODE) {
			++*seen;
			return c;
		}
	return NULL;
}

static int repeated_wrapper(xmlNodePtr n, const struct nstat *body)
{
	int k;
	for (k = 0; k < 3 && n && n->parent && n->parent->_private; k++, n = n->parent) {
		const char *cls = dom_attr(n, "class");
		const struct nstat *ps = st(n->parent);
		xmlNodePtr c;
		int same = 0, seen = 0;
		if (!cls || !*cls || ps->paras < 3 || ps->paras * 2 < body->paras)
			continue;
		for (c = NULL; (c = other_sibling(n, c, &seen));) {
			const char *cc = dom_attr(c, "class");
			if (cc && !strcmp(cc, cls) && ++same >= 2)
				return 1;
		}
	}
	return 0;
}

static int like_run(xmlNodePtr n);
static int inside(xmlNodePtr n, xmlNodePtr top);
static int card_run(const struct content_ctx *cc, xmlNodePtr n, int need);

/*
 * Do class lists `a` and `b` start with the same name? Items of one
 * template add modifiers of their own ("story featured", "story post-42").
 */
static int same_first_class(const char *a, const char *b)
{
	while (*a == ' ')
		a++;
	while (*b == ' ')
		b++;
	for (; *a && *a != ' ' && *a == *b; a++, b++)
		;
	return (!*a || *a == ' ') && (!*b || *b == ' ');
}

/*
 * The length of class list `a`'s first name without a number after a
 * '-' or '_' at its end: "post-30149" is "post-", each post's own id.
 */
static size_t first_class_stem(const char *a)
{
	size_t n = 0, d;
	while (a[n] && a[n] != ' ')
		n++;
	for (d = n; d > 0 && a[d - 1] >= '0' && a[d - 1] <= '9'; d--)
		;
	return d < n && d > 1 && (a[d - 1] == '-' || a[d - 1] == '_') ? d : n;
}

/*
 * Do class lists `a` and `b` start with the same name, a post's id aside?
 * A blog's template names each post by its id first ("post-30149 post
 * type-post …", "post-30119 post type-post …").
 */
static int same_post_class(const char *a, const char *b)
{
	size_t n;
	while (*a == ' ')
		a++;
	while (*b == ' ')
		b++;
	n = first_class_stem(a);
	return n == first_class_stem(b) && !memcmp(a, b, n);
}

/*
 * Is `n` one card of a run: 60 bytes of text or more, and it (or the list
 * item wrapping it, two levels up at most) one of at least three siblings
 * of one tag and first class name (the whole class on a product page,
 * where runs by first name keep more than the product)? A shorter one
 * (24 bytes or more: a chart's "#1 Title 2026 1h 54m") needs a run of
 * GRID_MIN, and is none on a thread, where short runs are the posters'
 * cards. A list of cards is the content of a listing whatever the
 * template calls each card ("card", "teaser", "image-..."); on an article
 * page the main region test still leaves it out.
 */
static int card(const struct content_ctx *cc, xmlNodePtr n)
{
	const struct nstat *s = st(n);
	int thread = cc->declared ? !strcmp(cc->declared, "forum") : cc->posters >= 3;
	if (s->text < 60 && (thread || s->text < 24))
		return 0;
	return card_run(cc, n, s->text >= 60 ? 2 : GRID_MIN - 1);
}

/*
 * Is `n`, or the list item wrapping it two levels up at most, one of a
 * run of `need` like siblings besides itself (one tag, one first class
 * name; the whole class on a product page)?
 */
static int card_run(const struct content_ctx *cc, xmlNodePtr n, int need)
{
	int k;
	/* the card, or the item of a list that wraps it */
	for (k = 0; k < 3 && n && n->parent; k++, n = n->parent) {
		const char *cls = dom_attr(n, "class");
		xmlNodePtr c;
		int same = 0, seen = 0;
		for (c = NULL; (c = other_sibling(n, c, &seen));) {
			const char *o = dom_attr(c, "class");
			if (!strcmp((const char *)c->name, (const char *)n->name) &&
			    ((!o && !cls) ||
			     (o && cls &&
			      (cc->product ? !strcmp(o, cls) : same_first_class(o, cls)))) &&
			    ++same >= need)
				return 1;
		}
	}
	return 0;
}

/*
 * Does `n` hold most of the text of the page's one main landmark, inside
 * it? The page says that is its content, whatever a class name in it says
 * ("node--promoted": a state, not a promotion box).
 */
static int main_bulk(const struct content_ctx *cc, xmlNodePtr n)
{
	return cc->mains == 1 && n != cc->main && st(n)->text * 2 > st(cc->main)->text &&
	       inside(n, cc->main);
}

/*
 * Does `n` hold the page's one main landmark, and is that most of its text?
 * A layout's box around the content column is named for the column beside
 * it ("content-sidebar-wrap"), not a sidebar itself.
 */
static int main_wrap(const struct content_ctx *cc, xmlNodePtr n)
{
	return cc->mains == 1 && n != cc->main && st(cc->main)->text * 2 > st(n)->text &&
	       inside(cc->main, n);
}

/*
 * A weakly named box that also names itself as text ("widget-text-editor")
 * and holds a paragraph with few links: a page builder's block of prose.
 * Not a header's: an article's header holds its standfirst.
 */
static int prose_widget(xmlNodePtr n)
{
	const struct nstat *s = st(n);
	char names[256];
	if (!s->pos || s->paras < 1 || link_density(s) >= 0.2)
		return 0;
	names_of(n, names, sizeof(names));
	return !strstr(names, "head");
}

/* Is `n` no more than one heading, maybe in a chain of single wrappers? */
static int only_heading(xmlNodePtr n, int depth)
{
	xmlNodePtr c, h = NULL;
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content) {
			if (*dom_text_start(c))
				return 0;
		} else if (c->type == XML_ELEMENT_NODE) {
			if (h)
				return 0;
			h = c;
		}
	}
	if (!h || !h->_private)
		return 0;
	if (is_heading((const char *)h->name))
		return st(h)->text > 0 && st(h)->text < 200;
	return depth < 3 && is_block(h) && only_heading(h, depth + 1);
}

/*
 * A weakly named box that holds only a heading ("heading-with-jump-link",
 * a page builder's heading widget) with prose after it: a section's
 * title. A sidebar's widget titles head lists of links.
 */
static int heading_box(xmlNodePtr n)
{
	xmlNodePtr sib = n->next;
	const struct nstat *ss;
	while (sib && sib->type != XML_ELEMENT_NODE)
		sib = sib->next;
	if (!sib || !sib->_private || !only_heading(n, 0))
		return 0;
	ss = st(sib);
	return ss->neg < 2 && ss->paras + prose_units(sib, ss) >= 1 && link_density(ss) < 0.2;
}

/* Does `n` hold a heading with text (`depth` levels down at most)? */
static int holds_heading(xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || !c->_private)
			continue;
		if (is_heading((const char *)c->name) && st(c)->text)
			return 1;
		if (depth < 3 && holds_heading(c, depth + 1))
			return 1;
	}
	return 0;
}

/*
 * Is the weakly named box `n` a card's title line: a box holding a
 * heading, inside one of a grid's like cards (GRID_MIN of them), however
 * the template names it ("listing__header" around a job's <h3>)? Its
 * pieces are the card's too.
 */
static int card_title_box(const struct content_ctx *cc, xmlNodePtr n)
{
	char names[256];
	return n->parent && n->parent->_private && names_of(n, names, sizeof(names)) &&
	       bem_part(names) && holds_heading(n, 0) && card_run(cc, n->parent, GRID_MIN - 1);
}

/*
 * A `header` inside a `section` is that section's header, not the page's
 * banner: a short box around the section's heading (and a link or two
 * beside it) is content.
 */
#define SECTION_HEADER_MAX 300

static int section_header(xmlNodePtr n)
{
	xmlNodePtr a;
	for (a = n->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent) {
		if (dom_is(a, "section"))
			break;
		if (dom_is(a, "body"))
			return 0;
	}
	if (!a || a->type != XML_ELEMENT_NODE)
		return 0;
	return st(n)->text < SECTION_HEADER_MAX && link_density(st(n)) < 0.5 && holds_heading(n, 0);
}

/* A thread: declared so, or three posts or more named with their users. */
static int thread_page(const struct content_ctx *cc)
{
	return cc->declared ? !strcmp(cc->declared, "forum") : cc->posters >= 3;
}

/*
 * A `header` inside an `article` that is one of a run of them (a list of
 * entries, each an <article>) is that entry's title box, its headline
 * often a link alone: content, not the page's banner. The article is the
 * header's parent or an ancestor with three elements between them at
 * most (wrappers of a card's top). Not on a thread,
 * where a post's header holds its poster's name and stamp.
 */
#define ENTRY_RUN 3

static int entry_header(xmlNodePtr n)
{
	xmlNodePtr a = n->parent, c;
	int k, run = 0;
	for (k = 0; k < 3 && a && a->type == XML_ELEMENT_NODE && !dom_is(a, "article"); k++)
		a = a->parent;
	if (!a || a->type != XML_ELEMENT_NODE || !dom_is(a, "article") || !a->parent)
		return 0;
	for (c = a->parent->children; c && run < ENTRY_RUN; c = c->next)
		run += c->type == XML_ELEMENT_NODE && dom_is(c, "article");
	return run >= ENTRY_RUN && st(n)->text < SECTION_HEADER_MAX;
}

/*
 * Is `n` a cell of a data table: a `td` or `th` of a table of TABLE_ROWS
 * rows or more? A name in a cell is data, even when it is a link.
 */
#define TABLE_ROWS 3

static int data_cell(xmlNodePtr n)
{
	xmlNodePtr row, c;
	int rows = 0;
	if (!n || !(dom_is(n, "td") || dom_is(n, "th")) || !(row = n->parent) || !dom_is(row, "tr"))
		return 0;
	for (c = row->parent ? row->parent->children : NULL; c && rows < TABLE_ROWS; c = c->next)
		rows += c->type == XML_ELEMENT_NODE && dom_is(c, "tr");
	return rows >= TABLE_ROWS;
}

/* Is `n` inside a data table's cell, three levels up at most? */
static int in_data_cell(xmlNodePtr n)
{
	int k;
	for (k = 0, n = n->parent; k < 3 && n && n->type == XML_ELEMENT_NODE; k++, n = n->parent)
		if (data_cell(n))
			return 1;
	return 0;
}

/*
 * Is `n` boilerplate to drop whole? A container holding half the page's
 * paragraphs is never dropped, whatever its name says: layout wrappers
 * carry names like "header-style-2" or "has-sidebar".
 */
static int is_boilerplate(const struct content_ctx *cc, xmlNodePtr n, const struct nstat *body,
			  int lenient, int thread, int in_card, int in_post)
{
	const char *name = (const char *)n->name;
	struct nstat *s = st(n);
	int big = s->paras >= 2 && s->paras * 2 >= body->paras;
	int prose = (s->paras >= 2 || s->text >= 400) && link_density(s) < 0.35;

	if (!strcmp(name, "body") || !strcmp(name, "html"))
		return 0;
	/*
	 * The last, most lenient pass keeps them: a late-closed one can hold
	 * the page. One that holds half the paragraphs but not half the text
	 * is a page's footer of legal notes (footnotes, financing terms).
	 */
	if (!strcmp(name, "header") && (section_header(n) || (!thread_page(cc) && entry_header(n))))
		return 0;
	if (!strcmp(name, "header") || !strcmp(name, "footer"))
		return !(big && s->text * 2 >= body->text) && lenient < 3;
	if (s->pos == 2 || lenient > 2)
		return 0;
	/*
	 * A thread's posts are what templates name comments, and their parts
	 * too. A box so named that holds three quarters of the page's text in
	 * paragraphs is its content ("comment on selection" tools wrap a post).
	 */
	if (s->neg == 3)
		return !big && !(prose && s->paras >= 2 && s->text * 4 >= body->text * 3) &&
		       !(thread && (in_post || !strcmp(name, "article") || s->paras >= 2));
	if (lenient > 1 || s->tmpl || main_bulk(cc, n) || main_wrap(cc, n))
		return 0;
	if (s->neg == 2)
		return !big && !(s->pos && prose);
	if (s->neg && !lenient) {
		/* a card's pieces are named after it ("card-title", "card-price") */
		if (in_card)
			return 0;
		if (card_title_box(cc, n))
			return 0;
		/* a section's heading named after its box ("module_header", "card-title") */
		if (is_heading(name))
			return 0;
		/* a data table's cell holds data, however its pieces are named ("vcard") */
		if (in_data_cell(n))
			return 0;
		/*
		 * A weak name on each of the article's paragraph wrappers
		 * ("card", "embed"): prose whose parent holds most of the page's
		 * paragraphs stays.
		 */
		return !big && !prose &&
		       !(s->paras >= 1 && link_density(s) < 0.2 && repeated_wrapper(n, body)) &&
		       !prose_widget(n) && !heading_box(n) && !card(cc, n) && like_run(n) < 3;
	}
	return 0;
}

/*
 * On a product page, customers' reviews are not the product's
 * description: a box named for them goes, however much of the page it
 * holds, unless it holds the headline.
 */
static int customer_voice(const struct content_ctx *cc, xmlNodePtr n)
{
	char names[256];
	if (cc->nh1 && inside(cc->h1[0], n))
		return 0;
	if (!names_of(n, names, sizeof(names)))
		return 0;
	return strstr(names, "review") || strstr(names, "rating") || strstr(names, "testimonial");
}

/*
 * A cookie-consent dialog (its purposes, vendors and switches) can hold
 * more prose than a short page's content, and layout words never name a
 * page's wrapper for consent: it goes in every pass, unless it holds the
 * headline.
 */
static int consent_box(const struct content_ctx *cc, xmlNodePtr n)
{
	return st(n)->consent && !(cc->nh1 && inside(cc->h1[0], n));
}

/*
 * A box named for a poster's signature (the lines a forum prints under
 * each of that user's posts) is no part of the post: on a thread, or on a
 * page with two boxes or more whose class or id ends with the word (a
 * thread whose posters the page does not name so), each such box of
 * SIG_BOX_MAX bytes or less, it goes in every pass, unless it holds the
 * headline or a quarter of the page's text (a template naming a post's
 * wrapper so). Off a thread "signature-feature" or "signature-quote"
 * names an article's own parts.
 */
#define SIG_BOX_MAX 300

static int post_signature(const struct content_ctx *cc, xmlNodePtr n, const struct nstat *body)
{
	const struct nstat *s = st(n);
	if (!s->signature)
		return 0;
	if (!thread_page(cc) && (s->signature != 2 || cc->signatures < 2 || s->text > SIG_BOX_MAX))
		return 0;
	if (cc->nh1 && inside(cc->h1[0], n))
		return 0;
	return s->text * 4 < body->text;
}

/*
 * On a thread, a short box named for a poster's title or rank ("Senior
 * Member", "Titan", a board's own ranks under each user's name) is a line of
 * the poster's card, not of the post.
 */
#define POSTER_TITLE_MAX 64

static int poster_title(const struct content_ctx *cc, xmlNodePtr n)
{
	static const char *const words[] = { "usertitle", "user-title", "user_title", "userrank",
					     "user-rank", "user_rank",  NULL };
	char names[256];
	if (st(n)->text > POSTER_TITLE_MAX || !thread_page(cc) ||
	    !names_of(n, names, sizeof(names)))
		return 0;
	return has_any(names, words);
}

/* Mark boilerplate subtrees pruned; remeasure() takes their text out of the counts. */
static void prune(struct content_ctx *cc, xmlNodePtr n, const struct nstat *body, int depth,
		  int lenient, int in_card, int in_post)
{
	xmlNodePtr c, next;
	int product = cc->product && (!lenient || cc->voices < VOICES_MANY);
	for (c = n->children; c; c = next) {
		next = c->next;
		if (!live(c))
			continue;
		if (++cc->work > WORK_MAX)
			return;
		if (is_boilerplate(cc, c, body, lenient, cc->keep_comments, in_card, in_post) ||
		    consent_box(cc, c) || post_signature(cc, c, body) || poster_title(cc, c)) {
			st(c)->pruned = 1;
			st(c)->by_name = 1;
			continue;
		}
		if (product && customer_voice(cc, c)) {
			cc->voice_text += st(c)->text;
			cc->voices++;
			st(c)->pruned = 1;
			st(c)->by_name = 1;
			continue;
		}
		if (depth < cc->max_depth)
			prune(cc, c, body, depth + 1, lenient,
			      in_card || (st(c)->neg == 1 && !lenient &&
					  (card(cc, c) || card_title_box(cc, c))),
			      in_post || (cc->keep_comments && st(c)->neg == 3 &&
					  !strcmp((const char *)c->name, "article")));
	}
}

/* Undo prune(): every element it marked is live again. */
static void unprune(struct content_ctx *cc, xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	for (c = n->children; c; c = c->next) {
		struct nstat *s;
		if (c->type != XML_ELEMENT_NODE || !(s = st(c)))
			continue;
		if (++cc->work > WORK_MAX)
			return;
		if (s->by_name) {
			s->pruned = 0;
			s->by_name = 0;
		}
		if (!s->pruned && depth < cc->max_depth)
			unprune(cc, c, depth + 1);
	}
}

/* An element kept aside while measuring, and all kept aside inside it, live again. */
static void unhold(xmlNodePtr n, int depth, int max_depth)
{
	xmlNodePtr c;
	st(n)->pruned = 0;
	if (depth >= max_depth)
		return;
	for (c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && c->_private &&
		    (!st(c)->pruned || st(c)->text >= HELD_INNER_MIN))
			unhold(c, depth + 1, max_depth);
}

/* Recompute stats after pruning (cheap: no classification). */
static void remeasure(struct content_ctx *cc, xmlNodePtr n, int in_link)
{
	struct nstat *s = st(n);
	xmlNodePtr c;
	s->text = s->link = s->inl = 0;
	s->links = dom_is(n, "a");
	s->tlinks = 0;
	s->commas = s->paras = 0;
	for (c = n->children; c; c = c->next) {
		if (++cc->work > WORK_MAX)
			return;
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			count_text(s, c, in_link);
		} else if (live(c)) {
			struct nstat *cs = st(c);
			remeasure(cc, c, in_link || !strcmp((const char *)c->name, "a"));
			add_child(s, c, cs);
		}
	}
	s->tlinks += dom_is(n, "a") && s->text;
}

/* ---- pass 3: score ---- */

static double tag_weight(const char *name)
{
	if (!strcmp(name, "article"))
		return 10;
	if (!strcmp(name, "div") || !strcmp(name, "section") || !strcmp(name, "main"))
		return 5;
	if (!strcmp(name, "pre") || !strcmp(name, "td") || !strcmp(name, "blockquote"))
		return 3;
	if (!strcmp(name, "ol") || !strcmp(name, "ul") || !strcmp(name, "dl") ||
	    !strcmp(name, "li") || !strcmp(name, "form") || !strcmp(name, "address"))
		return -3;
	if (is_heading(name) || !strcmp(name, "th"))
		return -5;
	return 0;
}

static void init_candidate(xmlNodePtr n)
{
	struct nstat *s = st(n);
	if (s->scored)
		return;
	s->scored = 1;
	s->score = tag_weight((const char *)n->name);
	if (s->pos == 2)
		s->score += 40;
	else if (s->pos)
		s->score += 25;
	if (s->neg)
		s->score -= 25;
}

static int para_like(const char *name)
{
	return !strcmp(name, "p") || !strcmp(name, "pre") || !strcmp(name, "td") ||
	       !strcmp(name, "blockquote") || !strcmp(name, "div") || !strcmp(name, "section") ||
	       !strcmp(name, "article") || !strcmp(name, "dd") || !strcmp(name, "font") ||
	       !strcmp(name, "span") || !strcmp(name, "center");
}

/*
 * The live child of `n` after `c` (the first when `c` is NULL), each one
 * counted against the work bound: NULL after the last, or once the bound
 * is passed (the walks below then stop where they are).
 */
static xmlNodePtr live_child(struct content_ctx *cc, xmlNodePtr n, xmlNodePtr c)
{
	for (c = c ? c->next : n->children; c; c = c->next)
		if (live(c))
			return ++cc->work > WORK_MAX ? NULL : c;
	return NULL;
}

static void score_tree(struct content_ctx *cc, xmlNodePtr n)
{
	xmlNodePtr c;
	for (c = live_child(cc, n, NULL); c; c = live_child(cc, n, c)) {
		struct nstat *s = st(c);
		if (s->inl >= MIN_PARA && para_like((const char *)c->name) &&
		    !(!strcmp((const char *)c->name, "span") && c->parent && st(c->parent) &&
		      st(c->parent)->inl >= s->inl)) {
			double pts = 1.0 + (s->commas < 20 ? s->commas : 20);
			double l = (double)s->inl / 100.0;
			xmlNodePtr a = c->parent;
			int level = 0;
			pts += l < 3 ? l : 3;
			if (link_density(s) > 0.5)
				pts *= 0.25;
			/* a container holding loose prose is a candidate itself */
			if (strcmp((const char *)c->name, "p") && is_block(c) && s->inl >= 100) {
				init_candidate(c);
				s->score += pts;
			}
			while (a && a->type == XML_ELEMENT_NODE && a->_private && level < 5) {
				init_candidate(a);
				st(a)->score += level == 0   ? pts
						: level == 1 ? pts / 2
							     : pts / (level * 3);
				a = a->parent;
				level++;
			}
		}
		if (c->children)
			score_tree(cc, c);
	}
}

/* Final score of a candidate: scaled by how much of it is not link text. */
static double final_score(xmlNodePtr n)
{
	struct nstat *s = st(n);
	return s->scored ? s->score * (1.0 - link_density(s)) : 0;
}

static void best_candidate(struct content_ctx *cc, xmlNodePtr n, xmlNodePtr *best, double *bs)
{
	xmlNodePtr c;
	for (c = live_child(cc, n, NULL); c; c = live_child(cc, n, c)) {
		if (st(c)->scored && st(c)->text >= 140) {
			double f = final_score(c);
			if (f > *bs) {
				*bs = f;
				*best = c;
			}
		}
		if (c->children)
			best_candidate(cc, c, best, bs);
	}
}

/* ---- pass 4: render blocks ---- */

struct render {
	struct content_ctx *cc;
	struct blocks *out;
	struct buf cur;
	int space;
	enum block_kind kind;
	int level;
	size_t link_len;
	const char *href;
	xmlNodePtr node;
	int list_depth;
	int in_link;
	int in_card; /* inside links that hold blocks (cards) */
	int in_pre;
	int lead_cut; /* an element was left out where the block's text starts */
	size_t whole; /* text bytes of what is rendered */
	/* link lists under what is rendered, by tag and class: how many share each */
	struct {
		unsigned sig;
		int n;
	} runs[LIST_SIGS];
	int nruns;
	/*
	 * The link texts of those lists, hashed with their list's signature:
	 * in how many lists of the run each text is, and the last list it was
	 * seen in (lists are numbered from 1 as counted)
	 */
	struct {
		uint32_t key;
		int lists;
		int last;
	} anchors[ANCHOR_SLOTS];
	int nlists;
	int anchors_full;
	size_t names; /* text bytes of lists of short links kept for their names */
};

static int flush(struct render *r)
{
	struct block *b;
	char *t;
	size_t n;

	buf_rtrim(&r->cur);
	if (!r->cur.len)
		goto done;
	if (r->out->n == r->out->alloc) {
		size_t na = r->out->alloc ? r->out->alloc * 2 : 64;
		struct block *v = arena_alloc(r->cc->arena, na * sizeof(*v));
		if (!v)
			return -ERR_NOMEM;
		if (r->out->n)
			memcpy(v, r->out->v, r->out->n * sizeof(*v));
		r->out->v = v;
		r->out->alloc = na;
	}
	/* trim leading whitespace and newlines */
	t = r->cur.data;
	n = r->cur.len;
	while (n && (*t == ' ' || *t == '\n')) {
		t++;
		n--;
	}
	b = &r->out->v[r->out->n++];
	memset(b, 0, sizeof(*b));
	b->kind = r->kind;
	b->level = r->level;
	b->text = arena_strndup(r->cc->arena, t, n);
	if (!b->text)
		return -ERR_NOMEM;
	b->len = n;
	b->href = r->href;
	b->link_len = r->link_len;
	b->node = r->node;
	b->in_card = r->in_card > 0;
	b->cell = data_cell(r->node);
	{
		/* a block of a link list kept as one of a run keeps its links */
		xmlNodePtr a = r->node;
		int k;
		for (k = 0; k < 4 && a && a->type == XML_ELEMENT_NODE && st(a); k++, a = a->parent)
			if (st(a)->run) {
				b->in_run = 1;
				break;
			}
	}
done:
	buf_reset(&r->cur);
	r->lead_cut = 0;
	r->space = 0;
	r->link_len = 0;
	r->href = NULL;
	return 0;
}

static int add_text(struct render *r, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	int e;
	if (r->in_pre) {
		size_t before = r->cur.len;
		e = buf_adds(&r->cur, s);
		if (r->in_link)
			r->link_len += r->cur.len - before;
		return e;
	}
	while (*p) {
		const unsigned char *q;
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f' ||
		    (p[0] == 0xc2 && p[1] == 0xa0)) {
			r->space = 1;
			p += *p == 0xc2 ? 2 : 1;
			continue;
		}
		if (r->space && r->cur.len && r->cur.data[r->cur.len - 1] != '\n') {
			if ((e = buf_addch(&r->cur, ' ')) < 0)
				return e;
		}
		r->space = 0;
		q = p;
		while (*q && *q != ' ' && *q != '\n' && *q != '\t' && *q != '\r' && *q != '\f' &&
		       !(q[0] == 0xc2 && q[1] == 0xa0))
			q++;
		if ((e = buf_add(&r->cur, p, (size_t)(q - p))) < 0)
			return e;
		if (r->in_link)
			r->link_len += (size_t)(q - p);
		p = q;
	}
	return 0;
}

/* Is this a container inside the article that is mostly links (a related list)? */
static int link_list(xmlNodePtr n, int region)
{
	struct nstat *s = st(n);
	const char *name = (const char *)n->name;
	double ld;
	if (!s)
		return 0;
	ld = link_density(s);
	if (s->pos == 2)
		return 0;
	/*
	 * a region's cards are links around a title and a summary: only menus
	 * (of several links with text) go; a card's pictures and swatches are
	 * links with none
	 */
	if (region)
		return ld > 0.9 && s->tlinks >= 3 && s->link / (size_t)s->tlinks < MENU_ANCHOR;
	if (!strcmp(name, "ul") || !strcmp(name, "ol") || !strcmp(name, "dl"))
		return ld > 0.6 && s->text < 2000;
	if (!strcmp(name, "div") || !strcmp(name, "section") || !strcmp(name, "table") ||
	    !strcmp(name, "header") || !strcmp(name, "footer") || !strcmp(name, "span") ||
	    !strcmp(name, "form") || !strcmp(name, "figure"))
		return (ld > 0.5 && s->text < 1000) || (ld > 0.7);
	return 0;
}

/*
 * A link list's tag and first class name, hashed (FNV-1a): lists of one
 * template share it, whatever modifier each adds ("cats A", "cats B").
 */
static unsigned list_sig(xmlNodePtr n)
{
	uint32_t h = HASH_FNV32_OFFSET;
	const char *p;
	xmlAttrPtr a;
	for (p = (const char *)n->name; *p; p++)
		h = hash_fnv1a32_byte(h, (unsigned char)*p);
	a = xmlHasProp(n, (const xmlChar *)"class");
	if (a && a->children && a->children->type == XML_TEXT_NODE && a->children->content)
		for (p = (const char *)a->children->content; *p && *p != ' '; p++)
			h = hash_fnv1a32_byte(h, (unsigned char)*p);
	return h;
}

/* The visible bytes of the text under `n`, blanks left out, hashed into `h`. */
static uint32_t hash_text(struct content_ctx *cc, xmlNodePtr n, uint32_t h, int depth)
{
	xmlNodePtr c;
	for (c = n->children; c; c = c->next) {
		if (++cc->work > WORK_MAX)
			return h;
		if (c->type == XML_TEXT_NODE && c->content) {
			const unsigned char *p;
			for (p = c->content; *p; p++)
				if (!strchr(" \t\n\r\f", *p))
					h = hash_fnv1a32_byte(h, *p);
		} else if (c->type == XML_ELEMENT_NODE && live(c) && depth < cc->max_depth) {
			h = hash_text(cc, c, h, depth + 1);
		}
	}
	return h;
}

/*
 * The slot of `key` in r->anchors: where it is, else the empty slot it
 * goes in; -1 when the table is full.
 */
static int anchor_slot(const struct render *r, uint32_t key)
{
	unsigned i, at = key & (ANCHOR_SLOTS - 1);
	for (i = 0; i < ANCHOR_SLOTS; i++, at = (at + 1) & (ANCHOR_SLOTS - 1))
		if (!r->anchors[at].lists || r->anchors[at].key == key)
			return (int)at;
	return -1;
}

/* The key of a link text of a list of signature `sig`. */
static uint32_t anchor_key(struct render *r, xmlNodePtr a, unsigned sig)
{
	uint32_t h = hash_text(r->cc, a, HASH_FNV32_OFFSET, 0);
	unsigned k;
	for (k = 0; k < 4; k++)
		h = hash_fnv1a32_byte(h, (unsigned char)(sig >> (8 * k)));
	return h;
}

/*
 * Note the texts of the links under `n`, list number `list` of signature
 * `sig`; with `count` 0, count those another list of the run has too.
 */
static int note_anchors(struct render *r, xmlNodePtr n, unsigned sig, int list, int count,
			int depth)
{
	xmlNodePtr c;
	int shared = 0;
	for (c = n->children; c; c = c->next) {
		uint32_t key;
		int at;
		if (c->type != XML_ELEMENT_NODE || !live(c))
			continue;
		if (++r->cc->work > WORK_MAX)
			return shared;
		if (!dom_is(c, "a")) {
			if (depth < r->cc->max_depth)
				shared += note_anchors(r, c, sig, list, count, depth + 1);
			continue;
		}
		key = anchor_key(r, c, sig);
		at = anchor_slot(r, key);
		if (at < 0) {
			r->anchors_full = 1;
			continue;
		}
		if (!count) {
			shared += r->anchors[at].lists > 1;
		} else if (r->anchors[at].last != list) {
			r->anchors[at].key = key;
			r->anchors[at].lists++;
			r->anchors[at].last = list;
		}
	}
	return shared;
}

/* Count the link lists under `n` that rendering would drop, by list_sig(). */
static void count_link_lists(struct render *r, xmlNodePtr n, int region, int depth)
{
	xmlNodePtr c;
	for (c = n->children; c; c = c->next) {
		int i;
		unsigned sig;
		if (c->type != XML_ELEMENT_NODE || !live(c))
			continue;
		if (++r->cc->work > WORK_MAX)
			return;
		/* what holds most of the content is rendered, not dropped: look inside */
		if (st(c)->text * 2 >= r->whole || !link_list(c, region)) {
			if (depth < r->cc->max_depth)
				count_link_lists(r, c, region, depth + 1);
			continue;
		}
		sig = list_sig(c);
		note_anchors(r, c, sig, ++r->nlists, 1, depth);
		for (i = 0; i < r->nruns && r->runs[i].sig != sig; i++)
			;
		if (i < r->nruns)
			r->runs[i].n++;
		else if (r->nruns < LIST_SIGS) {
			r->runs[r->nruns].sig = sig;
			r->runs[r->nruns++].n = 1;
		}
	}
}

/*
 * Is `n` a list: a `ul`, `ol` or `dl`, or a box whose one element is one
 * (a template's column wrapper around the list)?
 */
static int is_list(xmlNodePtr n)
{
	xmlNodePtr c, only = NULL;
	if (dom_is(n, "ul") || dom_is(n, "ol") || dom_is(n, "dl"))
		return 1;
	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || !live(c))
			continue;
		if (only)
			return 0;
		only = c;
	}
	return only && (dom_is(only, "ul") || dom_is(only, "ol") || dom_is(only, "dl"));
}

/*
 * Is `n` one of a run of LIST_RUN link lists or more of one template? A
 * line of several short links (an entry's "by user | 2 hours ago | hide")
 * is no item, unless it is a list, or seven eighths of its links or more
 * say what no other list of the run says: an item is a title-length link,
 * or a list of names (an index's letter, a card's colours), where an
 * entry's chrome prints "hide" and "discuss" on every line and a topic's
 * tags come back from one entry to the next.
 */
static int list_run(struct render *r, xmlNodePtr n)
{
	unsigned sig = list_sig(n);
	const struct nstat *s = st(n);
	int i;
	int names = !is_list(n) && s->links >= 3 && s->link / (size_t)s->links < ITEM_ANCHOR;
	if (names && (r->anchors_full || 8 * note_anchors(r, n, sig, 0, 0, 0) > s->links))
		return 0;
	for (i = 0; i < r->nruns; i++)
		if (r->runs[i].sig == sig) {
			if (r->runs[i].n < LIST_RUN)
				return 0;
			if (names)
				r->names += s->text;
			return 1;
		}
	return 0;
}

#define ITEM_MAX       800
#define GRID_TITLE_MAX 80 /* bytes of a grid's title line */
#define COUNT_LINE_MAX 48 /* bytes of a line counting a grid's entries */

/*
 * Is `c`, one of `n`'s children, one of the like children priced_cards
 * reads: live, with text, of the tag of the first such child `first`?
 */
static int card_like(xmlNodePtr c, xmlNodePtr first)
{
	return live(c) && st(c)->text && !strcmp((const char *)c->name, (const char *)first->name);
}

/*
 * Cards for sale among the children of `n` (the first 64 with text):
 * children of one tag, three quarters of them at least, each with a link
 * and a price, under ITEM_MAX bytes. The number of them when they are
 * `need` or more and three quarters of the like children, else 0;
 * -ERR_NOMEM. The children's text is read only where the counts can
 * still reach that, as most elements asked are no grid.
 */
static int priced_cards(const struct content_ctx *cc, xmlNodePtr n, int need)
{
	xmlNodePtr c, first = NULL, end = NULL;
	struct buf t = BUF_INIT;
	int like = 0, priced = 0, seen = 0, cards = 0, least;

	for (c = n->children; c && seen < 64; c = c->next) {
		if (!live(c) || !st(c)->text)
			continue;
		seen++;
		end = c->next;
		if (!first)
			first = c;
		if (!card_like(c, first))
			continue;
		like++;
		cards += st(c)->links && st(c)->text <= ITEM_MAX;
	}
	least = (like * 3 + 3) / 4;
	if (least < need)
		least = need;
	if (like * 4 < seen * 3 || cards < least)
		return 0;
	for (c = first; c != end && priced + cards >= least; c = c->next) {
		if (!card_like(c, first) || !st(c)->links || st(c)->text > ITEM_MAX)
			continue;
		cards--;
		buf_reset(&t);
		if (dom_text(c, &t, ITEM_MAX, cc->max_depth) < 0) {
			buf_release(&t);
			return -ERR_NOMEM;
		}
		priced += text_has_price(t.data, t.len);
	}
	buf_release(&t);
	return priced >= least ? priced : 0;
}

/*
 * Other things for sale on a product page: a run of three cards or more
 * (siblings of one tag) each with a link and a price, under
 * 800 bytes each ("Customers also viewed", "Similar items", a variant
 * picker of other models). The product itself is not a run of priced
 * cards, and the run never holds the headline. 1 to leave `n` out, 0 to
 * render it, or -ERR_NOMEM.
 */
static int other_items(const struct content_ctx *cc, xmlNodePtr n)
{
	int k;

	if (!cc->product || (cc->nh1 && inside(cc->h1[0], n)))
		return 0;
	k = priced_cards(cc, n, 3);
	return k < 0 ? k : k > 0;
}

static int render_node(struct render *r, xmlNodePtr n, int depth);

/*
 * A heading that other things for sale (other_items, left out as `n`)
 * follow at once, with nothing rendered between, and that lies near them
 * (under `n`'s parent or two levels above it): the title of that grid
 * ("You may also like"), which goes with it.
 */
static void drop_grid_title(struct render *r, xmlNodePtr n)
{
	struct block *b;
	xmlNodePtr a;
	int k;

	if (r->cur.len || !r->out->n)
		return;
	b = &r->out->v[r->out->n - 1];
	if (b->dropped || b->kind != BLOCK_HEADING || !b->node || b->len > GRID_TITLE_MAX)
		return;
	for (k = 0, a = n->parent; k < 3 && a; k++, a = a->parent)
		if (inside(b->node, a)) {
			b->dropped = 1;
			return;
		}
}

/*
 * Does `n` hold a block element (`depth` levels down at most)? A link
 * around blocks is a card (a title, a date, a teaser), not a menu's link.
 */
static int holds_block(xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || !live(c))
			continue;
		if (is_block(c) || (depth > 1 && holds_block(c, depth - 1)))
			return 1;
	}
	return 0;
}

/*
 * Is `n` inside an item of a run of link lists (an entry's source after
 * its title)? Only asked where the content is a region or mostly links:
 * in an article, a link box inside a kept list is still a box.
 */
static int in_item(xmlNodePtr n)
{
	int k;
	for (k = 0, n = n->parent; k < 3 && n && n->_private; k++, n = n->parent)
		if (st(n)->run)
			return 1;
	return 0;
}

/* The length of the white space character at `p` (a no-break space too), or 0. */
static size_t space_at(const char *p)
{
	if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
		return 1;
	return !strncmp(p, "\xc2\xa0", 2) ? 2 : 0;
}

/*
 * The separator that joined a left-out element to the text after it, at
 * the start of `s` ("ZARANJ — Iranian guards", "Updated: The talks"): an
 * em or en dash, or a hyphen or colon before a space, with the spaces
 * around it. Its length, 0 where `s` opens with none.
 */
static size_t lead_separator(const char *s)
{
	const char *p = s;
	size_t k;
	while ((k = space_at(p)))
		p += k;
	if (!strncmp(p, "\xe2\x80\x94", 3) || !strncmp(p, "\xe2\x80\x93", 3))
		p += 3;
	else if ((*p == '-' || *p == ':') && (!p[1] || space_at(p + 1)))
		p++;
	else
		return 0;
	while ((k = space_at(p)))
		p += k;
	return (size_t)(p - s);
}

/*
 * Text node `*c` after an element left out at the start of its block (a
 * dateline, a label): the separator that joined them goes too, from the
 * text and from the DOM the markdown and HTML are written from. `*c`
 * becomes the node that takes its place.
 */
static int cut_lead_separator(xmlNodePtr *c)
{
	xmlNodePtr o = *c, t;
	size_t k = lead_separator((const char *)o->content);
	if (!k)
		return 0;
	if (!(t = xmlNewDocText(o->doc, o->content + k)))
		return -ERR_NOMEM;
	t->parent = o->parent;
	t->prev = o->prev;
	t->next = o->next;
	if (o->prev)
		o->prev->next = t;
	else
		o->parent->children = t;
	if (o->next)
		o->next->prev = t;
	else
		o->parent->last = t;
	o->parent = o->prev = o->next = NULL;
	xmlFreeNode(o);
	*c = t;
	return 0;
}

static int render_children(struct render *r, xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	int e;
	for (c = n->children; c; c = c->next) {
		if (++r->cc->work > WORK_MAX)
			return 0;
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			if (r->lead_cut && !r->cur.len && !r->in_pre && c->content &&
			    c->type == XML_TEXT_NODE && (e = cut_lead_separator(&c)) < 0)
				return e;
			if (c->content && (e = add_text(r, (const char *)c->content)) < 0)
				return e;
			if (r->cur.len)
				r->lead_cut = 0;
		} else if (c->type == XML_ELEMENT_NODE && c->_private && st(c)->pruned &&
			   st(c)->text && !r->cur.len && !is_block(c)) {
			r->lead_cut = 1;
		} else if (live(c) && depth < r->cc->max_depth) {
			if ((e = render_node(r, c, depth + 1)) < 0)
				return e;
		}
	}
	return 0;
}

static int render_node(struct render *r, xmlNodePtr n, int depth)
{
	const char *name = (const char *)n->name;
	enum block_kind saved_kind = r->kind;
	int saved_level = r->level;
	xmlNodePtr saved_node = r->node;
	int e, blk;

	if (!strcmp(name, "br")) {
		r->space = 0;
		return buf_addch(&r->cur, '\n');
	}
	if (!strcmp(name, "img") || !strcmp(name, "hr") || !strcmp(name, "wbr"))
		return 0;
	if (sr_only(n)) {
		st(n)->gone = 1;
		return 0;
	}
	/* what holds most of the content is the content, however many links */
	if (st(n) && st(n)->text * 2 < r->whole && link_list(n, r->cc->region && !r->cc->product)) {
		if (r->cc->product ||
		    (!list_run(r, n) && !((r->cc->region || r->cc->link_cards) && in_item(n)))) {
			st(n)->gone = 1;
			return 0;
		}
		st(n)->run = 1;
	}
	if (st(n) && st(n)->text * 2 < r->whole && (e = other_items(r->cc, n)) != 0) {
		if (e < 0)
			return e;
		st(n)->gone = 1;
		drop_grid_title(r, n);
		return 0;
	}
	blk = is_block(n);
	/* words the style sheet sets apart, written back to back (dom_glued) */
	if (!blk && !r->in_pre && !r->space && r->cur.len && r->cur.data[r->cur.len - 1] >= 'a' &&
	    r->cur.data[r->cur.len - 1] <= 'z' && dom_glued(n))
		r->space = 1;
	if (blk) {
		if ((e = flush(r)) < 0)
			return e;
		r->node = n;
		if (is_heading(name)) {
			r->kind = BLOCK_HEADING;
			r->level = name[1] - '0';
		} else if (!strcmp(name, "li") || !strcmp(name, "dd") || !strcmp(name, "dt")) {
			r->kind = BLOCK_LIST_ITEM;
			r->level = r->list_depth;
		} else if (!strcmp(name, "blockquote")) {
			r->kind = BLOCK_QUOTE;
		} else if (!strcmp(name, "pre")) {
			r->kind = BLOCK_PRE;
		} else if (!strcmp(name, "tr")) {
			r->kind = BLOCK_TABLE_ROW;
		} else if (!strcmp(name, "ul") || !strcmp(name, "ol")) {
			r->list_depth++;
		} else if (r->kind != BLOCK_QUOTE) {
			r->kind = BLOCK_PARA;
		}
	}
	if (!strcmp(name, "a")) {
		const char *h = dom_attr(n, "href");
		if (h && !r->href)
			r->href = h;
		r->in_link++;
		if (holds_block(n, 3))
			r->in_card++;
	}
	if (!strcmp(name, "pre"))
		r->in_pre++;
	if ((!strcmp(name, "td") || !strcmp(name, "th")) && r->cur.len) {
		if ((e = buf_adds(&r->cur, " | ")) < 0)
			return e;
		r->space = 0;
	}
	/* td/th are cells of a row block, not blocks of their own */
	if (!strcmp(name, "td") || !strcmp(name, "th")) {
		e = render_children(r, n, depth);
		if (e < 0)
			return e;
		r->space = 1;
		return 0;
	}
	if ((e = render_children(r, n, depth)) < 0)
		return e;
	if (!strcmp(name, "a")) {
		r->in_link--;
		if (holds_block(n, 3))
			r->in_card--;
	}
	if (!strcmp(name, "pre"))
		r->in_pre--;
	if (blk) {
		if ((e = flush(r)) < 0)
			return e;
		if (!strcmp(name, "ul") || !strcmp(name, "ol"))
			r->list_depth--;
		r->kind = saved_kind;
		r->level = saved_level;
		r->node = saved_node;
	}
	return 0;
}

/* ---- block filters ---- */

/* `s` holds the declared product's name, or the name holds `s` (any case). */
static int names_product(const struct content_ctx *cc, const char *s)
{
	const char *a = s, *b = cc->product_name, *p;
	size_t an = strlen(a), bn = strlen(b);
	if (an < bn) {
		const char *t = a;
		size_t tn = an;
		a = b, an = bn, b = t, bn = tn;
	}
	if (!bn)
		return 0;
	for (p = a; p + bn <= a + an; p++)
		if (!strncasecmp(p, b, bn))
			return 1;
	return 0;
}

static int same_ci(const char *a, const char *b)
{
	size_t an = strlen(a), bn = strlen(b);
	while (an && (ispunct((unsigned char)a[an - 1]) || a[an - 1] == ' '))
		an--;
	while (bn && (ispunct((unsigned char)b[bn - 1]) || b[bn - 1] == ' '))
		bn--;
	return an == bn && an && !strncasecmp(a, b, an);
}

static int starts_ci(const char *s, const char *p)
{
	return !strncasecmp(s, p, strlen(p));
}

/*
 * The end of a count at `p` ("1,204", "12.4k": digits with separators, an
 * optional "k"), or NULL where `p` holds no count.
 */
static const char *count_end(const char *p)
{
	if (!isdigit((unsigned char)*p))
		return NULL;
	while (isdigit((unsigned char)*p) || *p == ',' || *p == '.')
		p++;
	if (*p == 'k' || *p == 'K')
		p++;
	return p;
}

/*
 * A line of a poster's card on a thread, not of a post: "Join Date: Mar
 * 2016", "Posts: 1,204", "Reputation: 87", "9,239 posts", "518 helpful
 * votes", "Senior Member". Each post repeats them; no post is only that.
 */
static int poster_line(const struct block *b)
{
	static const char *const labels[] = {
		"join date", "joined",     "member since",   "registered", "posts",
		"messages",  "reputation", "reaction score", NULL,
	};
	static const char *const counts[] = {
		"posts", "messages", "helpful votes", "reputation", NULL,
	};
	static const char *const ranks[] = {
		"registered user",
		"senior member",
		"junior member",
		"new member",
		"active member",
		"veteran member",
		NULL,
	};
	const char *const *w;
	const char *p = b->text;

	if (b->len > 64)
		return 0;
	for (w = ranks; *w; w++)
		if (same_ci(p, *w))
			return 1;
	for (w = labels; *w; w++) {
		if (!starts_ci(p, *w))
			continue;
		p += strlen(*w);
		while (*p == ' ')
			p++;
		return *p == ':' && p[1];
	}
	/* a count, then the thing counted */
	if (!(p = count_end(p)))
		return 0;
	/* a poster's score and badges: "12.4k 3 gold badges 41 silver badges" */
	{
		const char *q = p;
		while (*q == ' ')
			q++;
		while (isdigit((unsigned char)*q))
			q++;
		while (*q == ' ')
			q++;
		if (starts_ci(q, "gold badge") || starts_ci(q, "silver badge") ||
		    starts_ci(q, "bronze badge"))
			return 1;
	}
	if (*p++ != ' ')
		return 0;
	for (w = counts; *w; w++)
		if (same_ci(p, *w))
			return 1;
	return 0;
}

/* The labels of a poster's card that a value follows ("Joined", "Location:"). */
static const char *const card_labels[] = {
	"join date",      "joined",       "member since",   "registered", "posts",
	"messages",       "reputation",   "reaction score", "location",   "points",
	"likes received", "best answers", "trophy points",  NULL,
};

/* Is `p` one of card_labels, alone or with a colon? */
static int card_label(const char *p)
{
	const char *const *w;
	size_t n;
	for (w = card_labels; *w; w++) {
		n = strlen(*w);
		if (!strncasecmp(p, *w, n) && (!p[n] || (p[n] == ':' && !p[n + 1])))
			return 1;
	}
	return 0;
}

/*
 * Is block `v` the value printed apart after block `l`, a card's label:
 * the label's next element (a `dd` after its `dt`), or what that element
 * holds?
 */
static int card_value(const struct block *l, const struct block *v)
{
	xmlNodePtr e;
	if (v->len > 48 || !l->node || !v->node || !card_label(l->text))
		return 0;
	for (e = l->node->next; e && e->type != XML_ELEMENT_NODE; e = e->next)
		;
	return e && (e == v->node || e == v->node->parent);
}

/*
 * A line of a poster's card printed as label and value apart ("Joined",
 * "Mar 5, 2020"; "Messages:", "1,204"), a count ("1,204", "12.4k", "14
 * likes": a post's votes, a poster's posts) or a post's stamp ("answered
 * May 2, 2009 at 0:09") or the poster's status ("Member", "Offline"). On
 * a thread posts are prose; these lines are the cards, stamps and vote
 * buttons around them.
 */
static int poster_bit(const struct block *b)
{
	static const char *const labels[] = { "member", "online", "offline", NULL };
	static const char *const stamps[] = {
		"asked ", "answered ", "edited ", "modified ", "posted ", NULL,
	};
	static const char *const counted[] = {
		"like",  "likes",   "vote", "votes", "point", "points",
		"reply", "replies", "view", "views", NULL,
	};
	const char *const *w;
	const char *p = b->text;
	size_t n;
	xmlNodePtr e;

	if (b->len > 48 || b->kind == BLOCK_PRE || b->kind == BLOCK_TABLE_ROW)
		return 0;
	/* a table's cells: a count there is a figure of the table */
	for (e = b->node; e; e = e->parent)
		if (dom_is(e, "td") || dom_is(e, "th"))
			return 0;
	if (card_label(p))
		return 1;
	for (w = labels; *w; w++) {
		n = strlen(*w);
		if (!strncasecmp(p, *w, n) && (!p[n] || (p[n] == ':' && !p[n + 1])))
			return 1;
	}
	/* a post's stamp: "answered May 2, 2009 at 0:09", "Posted March 5" */
	for (w = stamps; *w; w++)
		if (starts_ci(p, *w) && strpbrk(p, "0123456789") && !strstr(p, " by "))
			return 1;
	if (!(p = count_end(p)))
		return 0;
	if (*p == ' ')
		for (w = counted; *w; w++)
			if (same_ci(p + 1, *w))
				return 1;
	return !*p;
}

/*
 * A reply's subject line on a thread: "Re: <the thread's title>", printed
 * over each reply by boards that give every post a subject. One such line
 * may be a post's own words; two or more are the board's headers.
 */
static int reply_subject(const struct block *b)
{
	return b->len >= 4 && b->len <= 300 && starts_ci(b->text, "re:");
}

/*
 * A line that counts a grid's entries rather than being one: "Showing
 * 1-24 of 310 results", "1–30 of 338 products", "( 8 results )", "22
 * items". Numbers, a range's words and the thing counted, nothing else.
 */
static int count_line(const struct block *b)
{
	static const char *const words[] = {
		"showing", "displaying", "viewing", "all",      "of",      "to", "results",
		"result",  "items",      "item",    "products", "product", NULL,
	};
	const char *p = b->text, *e = b->text + b->len;
	int numbers = 0, nouns = 0, of = 0;

	/* a table's row or cell, or code, says what it says */
	if (b->len > COUNT_LINE_MAX || b->kind == BLOCK_PRE || b->kind == BLOCK_TABLE_ROW ||
	    b->cell)
		return 0;
	while (p < e) {
		const char *q = p;
		const char *const *w;
		if (isdigit((unsigned char)*p)) {
			while (q < e && (isdigit((unsigned char)*q) || *q == ',' || *q == '.'))
				q++;
			numbers++;
		} else if (isalpha((unsigned char)*p)) {
			while (q < e && isalpha((unsigned char)*q))
				q++;
			for (w = words; *w; w++)
				if (strlen(*w) == (size_t)(q - p) &&
				    !strncasecmp(p, *w, (size_t)(q - p)))
					break;
			if (!*w)
				return 0;
			nouns += w - words >= 6; /* "results" and after: the thing counted */
			of += !strcmp(*w, "of");
		} else if ((unsigned char)*p < 0x80 && !strchr(" -/()|:", *p)) {
			return 0;
		} else {
			q++;
		}
		p = q;
	}
	return numbers && (nouns || (of && numbers >= 3));
}

/* A short line that is chrome rather than article: share prompts, ads, bylines. */
static int junk_line(const struct block *b)
{
	static const char *const exact[] = {
		"advertisement",
		"advertisements",
		"ad",
		"share",
		"share this",
		"share this article",
		"share this story",
		"tweet",
		"email",
		"print",
		"comments",
		"comment",
		"related",
		"related articles",
		"related stories",
		"read more",
		"more",
		"continue reading",
		"sponsored",
		"skip advertisement",
		"story continues below advertisement",
		"article continues below",
		"scroll to continue with content",
		"loading",
		"loading...",
		"facebook",
		"twitter",
		"linkedin",
		"whatsapp",
		"pinterest",
		"reddit",
		"close",
		"menu",
		"search",
		"subscribe",
		"sign up",
		"log in",
		"login",
		"register",
		"copy link",
		"link copied",
		"listen",
		"listen to this article",
		"play",
		"video",
		"image",
		"photo",
		"caption",
		"show caption",
		"hide caption",
		"toggle caption",
		"enlarge this image",
		"view comments",
		"back to top",
		NULL,
	};
	static const char *const prefix[] = {
		"by ",
		"photo:",
		"photo by",
		"photograph:",
		"image:",
		"image credit",
		"picture:",
		"credit:",
		"photo credit",
		"(photo",
		"(image",
		"sign up for",
		"subscribe to",
		"follow us",
		"click here",
		"updated:",
		"published:",
		"last updated",
		"posted:",
		"posted on",
		"share on",
		"share this",
		"copyright ©",
		"© ",
		"all rights reserved",
		"getty images",
		"reuters/",
		"ap photo",
		"file photo",
		"related:",
		"see also:",
		"also read:",
		"watch:",
		"more:",
		"recommended:",
		NULL,
	};
	size_t i;
	if (b->len > 200)
		return 0;
	for (i = 0; exact[i]; i++)
		if (same_ci(b->text, exact[i]))
			return 1;
	if (b->len > 120)
		return 0;
	for (i = 0; prefix[i]; i++)
		if (starts_ci(b->text, prefix[i]))
			return 1;
	return 0;
}

/*
 * A dateline-only block: the whole line is a date (and maybe a time), or a
 * time told relative to now after the separator of a byline taken out
 * ("· 1 year ago").
 */
static int date_line(const struct block *b)
{
	char d[40];
	const char *p = b->text;
	if (b->len >= 60)
		return 0;
	if (date_normalize(b->text, d, sizeof(d)) != NULL && !strchr(b->text, '.'))
		return 1;
	for (;;) {
		if (*p == '|' || *p == '-' || *p == ',')
			p++;
		else if (*p == ' ' && p > b->text)
			p++;
		else if (!strncmp(p, "\xc2\xb7", 2)) /* middle dot */
			p += 2;
		else if (!strncmp(p, "\xe2\x80\xa2", 3) || !strncmp(p, "\xe2\x80\x93", 3) ||
			 !strncmp(p, "\xe2\x80\x94", 3)) /* bullet, dashes */
			p += 3;
		else
			break;
	}
	/* a bare "2 days ago" may be a card's own line; one after a separator is not */
	return p > b->text && *p && relative_time(p);
}

/* A section label ("Iran", "World | Asia"): a few words, no sentence. */
static int kicker_like(const struct block *b)
{
	size_t i, words = 0;
	int in = 0;
	if (b->len == 0 || b->len > 40 || b->kind == BLOCK_TABLE_ROW)
		return 0;
	for (i = 0; i < b->len; i++) {
		char c = b->text[i];
		if (c == '.' || c == '!' || c == '?' || c == ':')
			return 0;
		if (c == ' ') {
			in = 0;
		} else if (!in) {
			in = 1;
			words++;
		}
	}
	return words <= 3;
}

/*
 * A line that is only a web address ("https://cdn.example/x.jpg"): a
 * template's data printed as text (image paths, share targets), never prose.
 */
static int url_line(const struct block *b)
{
	size_t i;
	if (!starts_ci(b->text, "http://") && !starts_ci(b->text, "https://"))
		return 0;
	for (i = 0; i < b->len; i++)
		if (b->text[i] == ' ')
			return 0;
	return 1;
}

/*
 * A line made mostly of identifiers (UUIDs: 8-4-4-4-12 hex digits), a
 * template's item keys printed as text, never prose.
 */
static int uuid_at(const char *p, size_t n)
{
	static const int groups[] = { 8, 4, 4, 4, 12 };
	size_t i = 0;
	int g, k;
	for (g = 0; g < 5; g++) {
		for (k = 0; k < groups[g]; k++, i++)
			if (i >= n || !isxdigit((unsigned char)p[i]))
				return 0;
		if (g < 4 && (i >= n || p[i++] != '-'))
			return 0;
	}
	return 1;
}

static int id_line(const struct block *b)
{
	size_t i, ids = 0;
	for (i = 0; i + 36 <= b->len;) {
		if (uuid_at(b->text + i, b->len - i)) {
			ids += 36;
			i += 36;
		} else {
			i++;
		}
	}
	return ids && ids * 5 >= b->len * 3;
}

/*
 * Repeated lines. A page prints the same text twice for two layouts (a
 * mobile and a desktop copy of the description, the same item in a
 * "viewed" and a "similar" box, a post and its quote); the reader sees it
 * once. A line that each card of a run prints (each coupon's terms, each
 * rental's price line) is the card's own: the two copies lie in like
 * siblings (same tag and class) under the element that holds both, and
 * stay, unless the later one is quoted. `dup` is an open hash table of
 * `cap` (a power of two) slots; lines under DUP_MIN bytes (a "Yes", a
 * price, a size) are never copies, but on a product page, which sells one
 * thing, a short line printed twice in two boxes (its price in the buy box
 * and again in the sticky bar, "In stock", a size table's "2 oz") is:
 * there the floor is DUP_MIN_PRODUCT. There, too, like siblings are a run
 * of cards only when DUP_RUN_PRODUCT of them or more stand together and
 * begin with different text (a grid comparing the product's models, each
 * under its name); two, or any two beginning alike (a spec table's
 * "Specifications"), are one panel printed again for another layout or
 * another tab.
 */
#define DUP_MIN         24
#define DUP_MIN_PRODUCT 4
#define DUP_RUN_PRODUCT 3
#define SIG_MAX         200

struct dup_slot {
	uint64_t h;
	xmlNodePtr node; /* the element of the copy kept first */
	size_t block;    /* its block */
};

static struct dup_slot *dup_find(struct dup_slot *dup, size_t cap, const struct block *b)
{
	uint64_t h = hash_mix64(hash_fnv1a64(b->text, b->len)) | 1;
	size_t k = (size_t)h & (cap - 1);
	while (dup[k].h && dup[k].h != h)
		k = (k + 1) & (cap - 1);
	dup[k].h = h;
	return &dup[k];
}

static int node_depth(xmlNodePtr n)
{
	int d = 0;
	for (; n; n = n->parent)
		d++;
	return d;
}

static int same_class(xmlNodePtr a, xmlNodePtr b)
{
	const char *x = dom_attr(a, "class"), *y = dom_attr(b, "class");
	return a->type == XML_ELEMENT_NODE && b->type == XML_ELEMENT_NODE &&
	       !strcmp((const char *)a->name, (const char *)b->name) &&
	       ((!x && !y) || (x && y && !strcmp(x, y)));
}

/* The nearest element holding both `a` and `b`, or NULL. */
static xmlNodePtr common_ancestor(xmlNodePtr a, xmlNodePtr b)
{
	int da = node_depth(a), db = node_depth(b);
	while (da > db)
		a = a->parent, da--;
	while (db > da)
		b = b->parent, db--;
	while (a && b && a != b)
		a = a->parent, b = b->parent;
	return a && a->type == XML_ELEMENT_NODE ? a : NULL;
}

/* The first text of `n` that is not white space, or NULL. */
static const xmlChar *lead_text(xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content) {
			if (*dom_text_start(c))
				return c->content;
		} else if (c->type == XML_ELEMENT_NODE && c->_private && depth < 16) {
			const xmlChar *t = lead_text(c, depth + 1);
			if (t)
				return t;
		}
	}
	return NULL;
}

/* Do `a` and `b` begin with the same text? */
static int same_lead_text(xmlNodePtr a, xmlNodePtr b)
{
	const xmlChar *x = lead_text(a, 0), *y = lead_text(b, 0);
	return x && y && !strcmp((const char *)x, (const char *)y);
}

/*
 * Is `later` a copy of the line kept from `first`, not a card's own line?
 * With `run_min`, like siblings are cards only when that many stand
 * together and the two begin with different text.
 */
static int copy_of(xmlNodePtr first, xmlNodePtr later, int run_min)
{
	xmlNodePtr a = first, b = later, n;
	int da = node_depth(a), db = node_depth(b);
	if (!a || !b || a == b)
		return a == b;
	while (da > db)
		a = a->parent, da--;
	while (db > da)
		b = b->parent, db--;
	if (a == b)
		return 1; /* one holds the other */
	while (a->parent != b->parent)
		a = a->parent, b = b->parent;
	for (n = later; n && n != b->parent; n = n->parent)
		if (dom_is(n, "blockquote"))
			return 1;
	if (!same_class(a, b))
		return 1;
	if (run_min) {
		int like = 0;
		/* one panel printed again begins with the same heading */
		if (same_lead_text(a, b))
			return 1;
		for (n = a->parent->children; n && like < run_min; n = n->next)
			like += same_class(n, a);
		return like < run_min;
	}
	return 0;
}

static int same_block_text(const struct block *a, const struct block *b)
{
	return a->len == b->len && !memcmp(a->text, b->text, a->len);
}

/*
 * A template's placeholder ("Lorem ipsum dolor sit amet"): filler the
 * page's author never replaced, never its content.
 */
static int placeholder_line(const struct block *b)
{
	static const char word[] = "lorem ipsum";
	size_t i, n = sizeof(word) - 1;
	for (i = 0; i + n <= b->len; i++)
		if ((b->text[i] | 32) == word[0] && !strncasecmp(b->text + i, word, n))
			return 1;
	return 0;
}

/*
 * Bytes of the run of lines that blocks `a` < `b` repeat together: a
 * signature is a line or two, a post printed twice is more.
 */
static size_t twin_run(const struct blocks *bl, size_t a, size_t b)
{
	size_t k, n = bl->v[b].len;
	for (k = 1; k <= a && a + k < b && same_block_text(&bl->v[a - k], &bl->v[b - k]); k++)
		n += bl->v[b - k].len;
	for (k = 1; b + k < bl->n && a + k < b && same_block_text(&bl->v[a + k], &bl->v[b + k]);
	     k++)
		n += bl->v[b + k].len;
	return n;
}

/*
 * Do `first` and `later`, in two like siblings, sit in the same slot of
 * them: the same tags and classes on the way down from each sibling?
 */
static int same_slot(xmlNodePtr first, xmlNodePtr later)
{
	xmlNodePtr a = first, b = later;
	int da = node_depth(a), db = node_depth(b);
	if (da != db)
		return 0;
	while (a && b && a->parent != b->parent) {
		if (!same_class(a, b) || dom_is(b, "blockquote"))
			return 0;
		a = a->parent, b = b->parent;
	}
	return a && b && same_class(a, b);
}

#define TEASED_MIN 3

/* Is block `i` a heading that is one link with a teaser of prose under it? */
static int teased_title(const struct blocks *bl, size_t i)
{
	const struct block *b = &bl->v[i], *t = i + 1 < bl->n ? &bl->v[i + 1] : NULL;
	return b->kind == BLOCK_HEADING && b->level >= 2 && b->len &&
	       b->link_len * 10 > b->len * 6 && t &&
	       (t->kind == BLOCK_PARA || t->kind == BLOCK_LIST_ITEM) && t->len >= 60 &&
	       t->link_len * 10 < t->len;
}

/*
 * A card's badge: a short line without digits ("Quick View", "Free
 * Shipping", "New Arrival") that a list of cards prints on card after card.
 * A label ("Weight:") and the value after it are the card's own data.
 */
#define BADGE_MAX 24
#define BADGE_MIN 5

struct badge_ref {
	const char *text;
	size_t i;
};

static int badge_cmp(const void *a, const void *b)
{
	return strcmp(((const struct badge_ref *)a)->text, ((const struct badge_ref *)b)->text);
}

static int badge_shape(const struct blocks *bl, size_t i)
{
	const struct block *b = &bl->v[i];
	size_t k;
	if (!b->len || b->len > BADGE_MAX || b->text[b->len - 1] == ':')
		return 0;
	if (i && bl->v[i - 1].len && bl->v[i - 1].text[bl->v[i - 1].len - 1] == ':')
		return 0;
	for (k = 0; k < b->len; k++)
		if (isdigit((unsigned char)b->text[k]))
			return 0;
	return 1;
}

/* The <dt> or <dd> a block belongs to, or NULL. */
static xmlNodePtr def_item(const struct block *b)
{
	xmlNodePtr n = b->node;
	int up;
	for (up = 0; n && up < 2; up++, n = n->parent)
		if (n->type == XML_ELEMENT_NODE && n->name &&
		    (!strcmp((const char *)n->name, "dt") || !strcmp((const char *)n->name, "dd")))
			return n;
	return NULL;
}

/* An element marked as code, or holding one, within a few levels. */
static int has_code(xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	if (depth > 6)
		return 0;
	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || !c->name)
			continue;
		if (!strcmp((const char *)c->name, "code") ||
		    !strcmp((const char *)c->name, "kbd") ||
		    !strcmp((const char *)c->name, "samp") ||
		    !strcmp((const char *)c->name, "var") || !strcmp((const char *)c->name, "tt") ||
		    has_code(c, depth + 1))
			return 1;
	}
	return 0;
}

/*
 * A term written as a program's key ("retail_price_tier1", "cat_thumb_Navy:")
 * and not marked as code: documentation sets the names it explains in
 * <code>, a template printing its fields does not.
 */
static int key_term(const struct block *b, xmlNodePtr term)
{
	size_t i;
	if (has_code(term, 0))
		return 0;
	for (i = 1; i + 1 < b->len; i++)
		if (b->text[i] == '_' && isalnum((unsigned char)b->text[i - 1]) &&
		    isalnum((unsigned char)b->text[i + 1]))
			return 1;
	return 0;
}

/*
 * A definition list whose terms are mostly a program's keys is a template's
 * data printed as it is stored (custom fields, flags, image paths), not
 * what the page tells a reader: all of it goes, terms and values.
 */
#define KEY_LIST_MIN 4

static void drop_key_lists(struct blocks *bl)
{
	size_t i = 0, j;
	while (i < bl->n) {
		xmlNodePtr it = def_item(&bl->v[i]), list;
		size_t terms = 0, keys = 0;
		if (!it || !it->parent) {
			i++;
			continue;
		}
		list = it->parent;
		for (j = i; j < bl->n; j++) {
			xmlNodePtr d = def_item(&bl->v[j]);
			if (!d || d->parent != list)
				break;
			if (!strcmp((const char *)d->name, "dt")) {
				terms++;
				keys += key_term(&bl->v[j], d);
			}
		}
		/* j > i: block i is one of the list's items */
		for (; i < j; i++)
			if (terms >= KEY_LIST_MIN && keys * 2 >= terms)
				bl->v[i].dropped = 1;
	}
}

/* Marks the blocks that are badges repeated BADGE_MIN times or more (a list of cards). */
static void drop_badges(struct content_ctx *cc, struct blocks *bl)
{
	struct badge_ref *v;
	size_t i, j, n = 0;
	if (!cc->region || bl->n < BADGE_MIN)
		return;
	v = arena_alloc(cc->arena, bl->n * sizeof(*v));
	if (!v)
		return;
	for (i = 0; i < bl->n; i++)
		if (badge_shape(bl, i)) {
			v[n].text = bl->v[i].text;
			v[n++].i = i;
		}
	qsort(v, n, sizeof(*v), badge_cmp);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && !strcmp(v[j].text, v[i].text); j++)
			;
		if (j - i >= BADGE_MIN)
			for (size_t k = i; k < j; k++)
				bl->v[v[k].i].badge = 1;
	}
}

static size_t words_in(const char *s, size_t n);

/*
 * The word for customers' reviews in the languages whose dates the
 * extractor reads, lower-case: a whole word of a heading ("Avis clients",
 * "Opiniones de clientes"); a German one also ends a compound
 * ("Kundenbewertungen").
 */
static const char *const review_words[] = { "review",        "reviews",    "avis",
					    "opiniones",     "reseñas",    "valoraciones",
					    "recensioni",    "avaliações", "opiniões",
					    "beoordelingen", "recensies",  "bewertungen",
					    "rezensionen",   NULL };

/* Does the word `w` (lower-case) start at `p` of `s`, ending there too? */
static int word_at(const char *s, const char *p, const char *w)
{
	size_t n = strlen(w);
	int compound = !strcmp(w, "bewertungen") || !strcmp(w, "rezensionen");
	unsigned char before = p > s ? (unsigned char)p[-1] : ' ', after;
	if (strncasecmp(p, w, n))
		return 0;
	after = (unsigned char)p[n];
	/* an ASCII letter on either side makes it part of another word (not a no-break space) */
	if (!compound && isalpha(before))
		return 0;
	return !isalpha(after);
}

/*
 * Does `b` name a section of customers' reviews ("Reviews", "Customer
 * Reviews", "Reviews for Wool Runner", "Avis clients")? A short line with
 * the word.
 */
static int reviews_head(const struct block *b)
{
	const char *p;
	size_t k;
	if (b->kind != BLOCK_HEADING || b->len > 60 || words_in(b->text, b->len) > 6)
		return 0;
	for (p = b->text; *p; p++)
		for (k = 0; review_words[k]; k++)
			if (word_at(b->text, p, review_words[k]))
				return 1;
	return 0;
}

/*
 * On a product page the customers' reviews follow the description and
 * the details; what follows them is the shop's (other products, its
 * promises, its footer). From a heading that names them on, in the
 * later four fifths of the text, all goes.
 */
static void drop_from_reviews(struct content_ctx *cc, struct blocks *bl)
{
	size_t i, live = 0, k = 0;
	if (!cc->product)
		return;
	for (i = 0; i < bl->n; i++)
		live += !bl->v[i].dropped;
	for (i = 0; i < bl->n; i++) {
		if (bl->v[i].dropped)
			continue;
		if (k * 5 >= live && reviews_head(&bl->v[i]))
			break;
		k++;
	}
	for (; i < bl->n; i++)
		bl->v[i].dropped = 1;
}

/*
 * On a product page what comes before its name, the headline, is the
 * shop's: a banner of offers, a breadcrumb, a strip of badges, the buy
 * box of a template that prints it first. A page whose headline comes
 * after half its text or more (a bar that repeats the name at the end)
 * keeps all.
 */
static void drop_before_name(struct content_ctx *cc, struct blocks *bl)
{
	size_t i, k, before = 0, all = 0;
	if (!cc->product || !cc->nh1)
		return;
	for (k = 0; k < bl->n; k++)
		if (bl->v[k].node && inside(bl->v[k].node, cc->h1[0]))
			break;
	if (k >= bl->n)
		return;
	for (i = 0; i < bl->n; i++)
		if (!bl->v[i].dropped) {
			all += bl->v[i].len;
			if (i < k)
				before += bl->v[i].len;
		}
	if (before * 2 >= all)
		return;
	for (i = 0; i < k; i++)
		bl->v[i].dropped = 1;
}

/* Is `n` inside a footer landmark (<footer>, role=contentinfo)? */
static int in_page_footer(xmlNodePtr n)
{
	for (; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
		const char *role = dom_attr(n, "role");
		if (!strcmp((const char *)n->name, "footer") ||
		    (role && !strcmp(role, "contentinfo")))
			return 1;
	}
	return 0;
}

/*
 * A page with one main landmark (<main>, role=main) that holds most of
 * the text kept says where its content is: what was kept outside it (a
 * strip of offers above, the brand's promises, a store chooser or the
 * site's links below) is the site's, on every kind of page. Holding
 * less, its footer outside the landmark (a store's footnotes, the legal
 * lines) is the site's all the same, unless the landmark holds under a
 * tenth of the text kept: then what was kept is mostly not the
 * landmark's, and taking the footer away would leave a stub.
 */
static void drop_outside_main(const struct content_ctx *cc, struct blocks *bl)
{
	size_t i, in = 0, all = 0;
	if (!cc->main || cc->mains != 1)
		return;
	for (i = 0; i < bl->n; i++)
		if (!bl->v[i].dropped) {
			all += bl->v[i].len;
			if (bl->v[i].node && inside(bl->v[i].node, cc->main))
				in += bl->v[i].len;
		}
	for (i = 0; i < bl->n; i++)
		if (bl->v[i].node && !inside(bl->v[i].node, cc->main) &&
		    (in * 2 >= all || (in * 10 >= all && in_page_footer(bl->v[i].node))))
			bl->v[i].dropped = 1;
}

/* Short link lines of one element template, at least, that make a card's field. */
#define FIELD_MIN 5

/* The tag and class of `n` and of its parent, hashed (FNV-1a). */
static unsigned field_sig(xmlNodePtr n)
{
	uint32_t h = HASH_FNV32_OFFSET;
	int k;
	for (k = 0; k < 2 && n && n->type == XML_ELEMENT_NODE; k++, n = n->parent) {
		const char *p, *cls = dom_attr(n, "class");
		for (p = (const char *)n->name; *p; p++)
			h = hash_fnv1a32_byte(h, (unsigned char)*p);
		h = hash_fnv1a32_byte(h, '.');
		for (p = cls ? cls : ""; *p; p++)
			h = hash_fnv1a32_byte(h, (unsigned char)*p);
		h = hash_fnv1a32_byte(h, '/');
	}
	return h;
}

struct field_ref {
	unsigned sig;
	const char *text;
	size_t i;
};

static int field_cmp(const void *a, const void *b)
{
	const struct field_ref *x = a, *y = b;
	int c;
	if (x->sig != y->sig)
		return x->sig < y->sig ? -1 : 1;
	if ((c = strcmp(x->text, y->text)) != 0)
		return c;
	return x->i < y->i ? -1 : x->i > y->i;
}

/*
 * In a list of cards, a short line that is one link (a card's author,
 * its section) is the card's own when FIELD_MIN lines or more come from
 * one element template (tag and class, with the parent's) and most of
 * them differ: each card names its own. Alike, they are chrome ("Read
 * more", "Quick view"), which the link-heavy line filter drops.
 */
static void mark_fields(struct content_ctx *cc, struct blocks *bl)
{
	struct field_ref *v;
	char *twice;
	size_t i, j, n = 0;
	if (!(cc->region || cc->link_cards) || bl->n < FIELD_MIN)
		return;
	v = arena_alloc(cc->arena, bl->n * sizeof(*v));
	twice = arena_alloc(cc->arena, bl->n);
	if (!v || !twice)
		return;
	/* a line printed twice (a card's title again as a link) is no field */
	for (i = 0; i < bl->n; i++) {
		v[i].sig = 0;
		v[i].text = bl->v[i].text;
		v[i].i = i;
		twice[i] = 0;
	}
	qsort(v, bl->n, sizeof(*v), field_cmp);
	for (i = 1; i < bl->n; i++)
		if (!strcmp(v[i].text, v[i - 1].text))
			twice[v[i].i] = twice[v[i - 1].i] = 1;
	for (i = 0; i < bl->n; i++) {
		const struct block *b = &bl->v[i];
		if (b->node && b->len && b->len < 40 && b->link_len * 10 >= b->len * 6 &&
		    !strpbrk(b->text, "0123456789") && !twice[i]) {
			v[n].sig = field_sig(b->node);
			v[n].text = b->text;
			v[n++].i = i;
		}
	}
	qsort(v, n, sizeof(*v), field_cmp);
	for (i = 0; i < n; i = j) {
		size_t distinct = 1, k;
		for (j = i + 1; j < n && v[j].sig == v[i].sig; j++)
			distinct += strcmp(v[j].text, v[j - 1].text) != 0;
		if (j - i >= FIELD_MIN && distinct * 2 > j - i)
			for (k = i; k < j; k++)
				bl->v[v[k].i].field = 1;
	}
}

/* Link lines of one element template, at least, that make a run of titles in an article's text. */
#define TITLE_RUN_MIN 8

/*
 * In a text taken as one article, a line that is a link (a card's
 * title: a category's products, an index's entries) is one of a run of
 * titles when TITLE_RUN_MIN link lines or more come from one element
 * template (tag and class, with the parent's), more than half of them
 * differ, and that template holds at most a quarter as many lines of
 * prose: the page lists things there, where an article's links set as
 * paragraphs of its own template ("Also read: …") are asides among its
 * prose, which the link-heavy line filter drops.
 */
static void mark_title_runs(struct content_ctx *cc, struct blocks *bl)
{
	struct field_ref *v;
	size_t i, j, n = 0;
	if (cc->region || cc->link_cards || bl->n < TITLE_RUN_MIN)
		return;
	v = arena_alloc(cc->arena, bl->n * sizeof(*v));
	if (!v)
		return;
	for (i = 0; i < bl->n; i++) {
		const struct block *b = &bl->v[i];
		if (b->node && b->len) {
			v[n].sig = field_sig(b->node);
			v[n].text = b->text;
			v[n++].i = i;
		}
	}
	qsort(v, n, sizeof(*v), field_cmp);
	for (i = 0; i < n; i = j) {
		size_t links = 0, prose = 0, distinct = 0, k;
		const char *last = NULL;
		for (j = i; j < n && v[j].sig == v[i].sig; j++) {
			const struct block *b = &bl->v[v[j].i];
			if (b->link_len * 10 > b->len * 6 && b->len < 300) {
				distinct += !last || strcmp(last, b->text) != 0;
				last = b->text;
				links++;
			} else if (b->link_len * 10 <= b->len * 6) {
				prose++;
			}
		}
		if (links < TITLE_RUN_MIN || distinct * 2 <= links || prose * 4 > links)
			continue;
		for (k = i; k < j; k++) {
			struct block *b = &bl->v[v[k].i];
			if (b->link_len * 10 > b->len * 6 && b->len < 300)
				b->field = 1;
		}
	}
}

void content_filter_blocks(struct content_ctx *cc, struct blocks *bl)
{
	size_t i, kept = 0, last_kept = (size_t)-1, cap = 16, value = (size_t)-1;
	struct dup_slot *dup;
	/* posters' cards: on a thread, or where three lines or more read as them */
	int thread = thread_page(cc), cards = 0, teased = 0, subjects = 0;

	while (cap < bl->n * 2)
		cap *= 2;
	/* NULL only when the arena is out of memory, which fails the page */
	dup = arena_alloc(cc->arena, cap * sizeof(*dup));
	if (dup)
		memset(dup, 0, cap * sizeof(*dup));
	for (i = 0; i < bl->n && !thread; i++)
		if (poster_line(&bl->v[i]) && ++cards >= 3)
			thread = 1;
	for (i = 0; i < bl->n && thread; i++)
		subjects += reply_subject(&bl->v[i]);
	/* titles over teasers, three or more: a list of cards, whose titles stay */
	for (i = 0; i < bl->n; i++)
		teased += teased_title(bl, i);
	drop_badges(cc, bl);
	mark_fields(cc, bl);
	mark_title_runs(cc, bl);
	drop_key_lists(bl);
	drop_from_reviews(cc, bl);
	drop_before_name(cc, bl);
	drop_outside_main(cc, bl);
	for (i = 0; i < bl->n; i++) {
		struct block *b = &bl->v[i];
		double ld = b->len ? (double)b->link_len / (double)b->len : 0;
		/*
		 * On a thread a card's label goes (a badge or a poster's line
		 * below), and the value printed apart after it ("Joined", "Mar
		 * 5, 2020") with it.
		 */
		if (thread && i + 1 < bl->n && card_value(b, &bl->v[i + 1]))
			value = i + 1;
		if (url_line(b) || id_line(b) || b->badge || placeholder_line(b) || i == value ||
		    count_line(b)) {
			b->dropped = 1;
			continue;
		}
		if (b->kind != BLOCK_TABLE_ROW && !b->cell && !b->in_run && !b->field && ld > 0.6 &&
		    !((cc->region || cc->link_cards) && b->in_card) &&
		    !(teased >= TEASED_MIN && teased_title(bl, i)) &&
		    b->len < (cc->region || cc->link_cards ? 20 : 300)) {
			b->dropped = 1;
			continue;
		}
		/* a list of cards prints each card's byline: the list's own text */
		/* a data table's column heading ("Share" over percentages) is the table's */
		if ((junk_line(b) && !(b->node && dom_is(b->node, "th")) &&
		     !(teased >= TEASED_MIN && !strncasecmp(b->text, "by ", 3))) ||
		    (thread &&
		     (poster_line(b) || poster_bit(b) || (subjects >= 2 && reply_subject(b))))) {
			b->dropped = 1;
			continue;
		}
		/* the title again further down: it appears once */
		if (kept >= 4 && cc->title && same_ci(b->text, cc->title)) {
			b->dropped = 1;
			continue;
		}
		/*
		 * The title, a byline or a date at the top of the text. A
		 * product's name is not an article's headline printed over
		 * its text: it is what the page sells, part of what it says.
		 * A headline that is not the name the page declares for its
		 * product heads a guide to several ("The best kettles").
		 */
		if (kept < 4) {
			int is_title = (cc->title && same_ci(b->text, cc->title)) ||
				       (cc->raw_title && same_ci(b->text, cc->raw_title));
			int headline = is_title ||
				       (b->kind == BLOCK_HEADING && b->level == 1 && kept == 0);
			int name = cc->product && (!cc->product_name || names_product(cc, b->text));
			if ((headline && !name) || (!headline && date_line(b))) {
				/* a section label just above the headline goes with it */
				if (is_title && kept == 1 && last_kept != (size_t)-1 &&
				    kicker_like(&bl->v[last_kept])) {
					bl->v[last_kept].dropped = 1;
					kept = 0;
				}
				b->dropped = 1;
				continue;
			}
		}
		if (dup && b->len >= (cc->product ? DUP_MIN_PRODUCT : DUP_MIN)) {
			struct dup_slot *d = dup_find(dup, cap, b);
			if (d->node &&
			    copy_of(d->node, b->node, cc->product ? DUP_RUN_PRODUCT : 0)) {
				b->dropped = 1;
				continue;
			}
			/* each post's signature: the same line in the same slot of two posts */
			if (d->node && thread && b->kind != BLOCK_PRE && b->kind != BLOCK_QUOTE &&
			    b->kind != BLOCK_LIST_ITEM && same_slot(d->node, b->node) &&
			    twin_run(bl, d->block, i) <= SIG_MAX) {
				bl->v[d->block].dropped = 1;
				b->dropped = 1;
				continue;
			}
			if (!d->node) {
				d->node = b->node;
				d->block = i;
			}
		}
		kept++;
		last_kept = i;
	}
}

static void drop_gone(struct content_ctx *cc, xmlNodePtr n, int depth)
{
	xmlNodePtr c, next;
	for (c = n->children; c; c = next) {
		next = c->next;
		if (c->type != XML_ELEMENT_NODE || !c->_private)
			continue;
		if (st(c)->gone || st(c)->pruned)
			drop(c);
		else if (depth < cc->max_depth)
			drop_gone(cc, c, depth + 1);
	}
}

void content_drop_from_dom(struct content_ctx *cc, xmlNodePtr root, struct blocks *bl)
{
	size_t i;
	if (!root)
		return;
	for (i = 0; i < bl->n; i++) {
		struct block *b = &bl->v[i];
		/* only a block that is its element's whole text can go with the element */
		if (b->dropped && b->node && b->node != root && b->node->_private &&
		    st(b->node)->text <= b->len + 8)
			st(b->node)->gone = 1;
	}
	drop_gone(cc, root, 1);
}

void blocks_release(struct blocks *b)
{
	/* blocks live in the arena; only reset */
	b->v = NULL;
	b->n = b->alloc = 0;
}

/* ---- the story the headline belongs to ---- */

static int same_ci(const char *a, const char *b);

/* How many <article> elements are under `n`, two levels down at most. */
static int articles_under(xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	int k = 0;
	for (c = n->children; c; c = c->next) {
		if (!live(c))
			continue;
		if (dom_is(c, "article"))
			k++;
		else if (depth < 2)
			k += articles_under(c, depth + 1);
	}
	return k;
}

/*
 * HTML5 says an <article> is one self-contained piece. When the page's
 * headline <h1> is inside one that holds prose, and the best-scoring node
 * is not that piece (a list of other posts' excerpts beside it, or a
 * wrapper around several <article>s), the headline's <article> is the
 * story. Returns the node to use.
 */
static xmlNodePtr headline_article(struct content_ctx *cc, xmlNodePtr top)
{
	xmlNodePtr h = NULL, a, n;
	int i;
	for (i = 0; i < cc->nh1 && !h; i++) {
		struct buf b = BUF_INIT;
		b.cap = 2048;
		dom_text(cc->h1[i], &b, 1024, cc->max_depth);
		if (b.len && ((cc->title && same_ci(b.data, cc->title)) ||
			      (cc->raw_title && same_ci(b.data, cc->raw_title))))
			h = cc->h1[i];
		buf_release(&b);
	}
	for (a = h ? h->parent : NULL, i = 0; a && i < 12 && !dom_is(a, "article"); i++)
		a = a->parent;
	if (!a || !dom_is(a, "article") || !live(a) || st(a)->paras < 2 || a == top)
		return top;
	for (n = top; n; n = n->parent)
		if (n == a)
			return top; /* the best is inside the headline's piece */
	for (n = a; n && n != top; n = n->parent)
		;
	/* inside the best: narrow only when the best is a list of pieces */
	if (n == top && articles_under(top, 0) < 2)
		return top;
	return a;
}

/* ---- driver ---- */

static xmlNodePtr body_of(xmlDocPtr doc)
{
	xmlNodePtr root = xmlDocGetRootElement(doc), c;
	if (!root)
		return NULL;
	for (c = root->children; c; c = c->next)
		if (dom_is(c, "body"))
			return c;
	return root;
}

/* ---- parts a page streams in after its shell ---- */

/* Most placeholders and parts one page streams. */
#define STREAMED_MAX 128

struct streamed {
	xmlNodePtr slot[STREAMED_MAX], part[STREAMED_MAX];
	unsigned slot_no[STREAMED_MAX], part_no[STREAMED_MAX];
	size_t nslot, npart;
};

/*
 * "B:1f" with `tags` "BP" gives 1 and *no = 0x1f: an id of a part or of
 * its place (hex numbers, as the renderer writes them); anything else 0.
 */
static int streamed_id(xmlNodePtr n, const char *tags, unsigned *no)
{
	const char *id = dom_attr(n, "id"), *p;
	unsigned v = 0;
	if (!id || !id[0] || !strchr(tags, id[0]) || id[1] != ':' || !id[2])
		return 0;
	for (p = id + 2; *p; p++) {
		if (!isxdigit((unsigned char)*p) || v > 0xfffff)
			return 0;
		v = v * 16 + (unsigned)(isdigit((unsigned char)*p)
						? *p - '0'
						: tolower((unsigned char)*p) - 'a' + 10);
	}
	*no = v;
	return 1;
}

static void streamed_walk(struct streamed *sp, xmlNodePtr n, int depth, int max_depth)
{
	xmlNodePtr c;
	unsigned no;
	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (dom_is(c, "template") && streamed_id(c, "BP", &no)) {
			if (sp->nslot < STREAMED_MAX) {
				sp->slot_no[sp->nslot] = no;
				sp->slot[sp->nslot++] = c;
			}
		} else if (dom_is(c, "div") && dom_attr(c, "hidden") && streamed_id(c, "S", &no)) {
			if (sp->npart < STREAMED_MAX) {
				sp->part_no[sp->npart] = no;
				sp->part[sp->npart++] = c;
			}
		}
		if (depth < max_depth)
			streamed_walk(sp, c, depth + 1, max_depth);
	}
}

/* Siblings a placeholder's boundary shows until its part comes: up to the comment that ends it. */
#define FALLBACK_MAX 16

static void drop_fallback(xmlNodePtr slot)
{
	xmlNodePtr c, next;
	int n = 0;
	for (c = slot->next; c && n < FALLBACK_MAX; c = c->next, n++)
		if (c->type == XML_COMMENT_NODE && c->content &&
		    !strcmp((const char *)c->content, "/$"))
			break;
	if (!c || n >= FALLBACK_MAX)
		return;
	for (c = slot->next; c && !(c->type == XML_COMMENT_NODE && c->content &&
				    !strcmp((const char *)c->content, "/$"));
	     c = next) {
		next = c->next;
		xmlUnlinkNode(c);
		xmlFreeNode(c);
	}
}

/*
 * A page rendered in parts (streamed server rendering) sends its shell
 * first, with an empty <template id="B:n"> or <template id="P:n"> where
 * each part goes (a "B" one followed by what shows until then), and
 * each part later in a hidden <div id="S:n"> that its script moves into
 * place. Without the script the content is hidden at the end of the body:
 * move each part where its placeholder is, as the browser would.
 */
static void place_streamed(struct content_ctx *cc, xmlNodePtr body)
{
	struct streamed *sp = arena_alloc(cc->arena, sizeof(*sp));
	size_t i, k;
	if (!sp)
		return;
	sp->nslot = sp->npart = 0;
	streamed_walk(sp, body, 1, cc->max_depth);
	for (i = 0; i < sp->npart; i++) {
		xmlNodePtr part = sp->part[i], c, next;
		for (k = 0; k < sp->nslot && sp->slot_no[k] != sp->part_no[i]; k++)
			;
		if (k == sp->nslot || !sp->slot[k])
			continue;
		for (c = part->children; c; c = next) {
			next = c->next;
			xmlUnlinkNode(c);
			if (!xmlAddPrevSibling(sp->slot[k], c))
				xmlFreeNode(c);
		}
		/* only a boundary ("B") shows a fallback; a "P" place is bare */
		if (dom_attr(sp->slot[k], "id") && dom_attr(sp->slot[k], "id")[0] == 'B')
			drop_fallback(sp->slot[k]);
		sp->slot[k] = NULL;
	}
}

/*
 * The next class name of a class list at `*p`, its length in `*k` (0 at
 * the end); `*p` moves past it.
 */
static const char *class_next(const char **p, size_t *k)
{
	const char *s = *p;
	while (*s == ' ' || *s == '\t')
		s++;
	for (*k = 0; s[*k] && s[*k] != ' ' && s[*k] != '\t'; (*k)++)
		;
	*p = s + *k;
	return s;
}

/* Does the class list `list` hold the class name of `n` bytes at `name`? */
static int has_class(const char *list, const char *name, size_t n)
{
	const char *p = list, *w;
	size_t k;
	while (p && *p) {
		w = class_next(&p, &k);
		if (k == n && !strncmp(w, name, n))
			return 1;
	}
	return 0;
}

/*
 * The one class name of `a` that `b` lacks, when `b` has no other name `a`
 * lacks and the two share one at least; else NULL (length in `*n`).
 */
static const char *extra_class(const char *a, const char *b, size_t *n)
{
	const char *p = a, *extra = NULL, *w;
	int shared = 0;
	size_t k;
	while (p && *p) {
		w = class_next(&p, &k);
		if (k && has_class(b, w, k)) {
			shared++;
		} else if (k) {
			if (extra)
				return NULL;
			extra = w;
			*n = k;
		}
	}
	for (p = b; extra && *p;) {
		w = class_next(&p, &k);
		if (k && !has_class(a, w, k))
			return NULL;
	}
	return shared ? extra : NULL;
}

/* A class name that marks the panel or tab shown (Bootstrap's "active show"). */
static int state_class(const char *c, size_t n)
{
	static const char *const names[] = { "active",     "is-active", "show",        "current",
					     "is-current", "selected",  "is-selected", "open",
					     "is-open",    NULL };
	size_t k;
	for (k = 0; names[k]; k++)
		if (strlen(names[k]) == n && !strncmp(c, names[k], n))
			return 1;
	return 0;
}

/*
 * Is `s` another panel of the widget that `top` is one of (the tabs of a
 * product's description, features and contents)? The same tag and the
 * same class names, but for the name that marks one of them shown
 * ("content active" beside "content"): the others are folded, not gone.
 */
static int panel_of(xmlNodePtr s, xmlNodePtr top)
{
	const char *a = dom_attr(s, "class"), *b = dom_attr(top, "class"), *x;
	size_t n = 0;
	if (!a || !b || strcmp((const char *)s->name, (const char *)top->name))
		return 0;
	if (!(x = extra_class(b, a, &n)) && !(x = extra_class(a, b, &n)))
		return 0;
	return state_class(x, n);
}

/* Should sibling `s` of the top candidate join it? */
static int sibling_joins(xmlNodePtr s, xmlNodePtr top, double top_score)
{
	struct nstat *ss = st(s);
	double thr = top_score * 0.2;
	if (s == top)
		return 1;
	if (!ss || ss->pruned)
		return 0;
	/* an <article> beside the article is another story (a teaser list) */
	if (dom_is(s, "article") && dom_is(top, "article"))
		return 0;
	if (thr < 10)
		thr = 10;
	if (ss->scored && final_score(s) >= thr)
		return 1;
	if (panel_of(s, top) && ss->text > 0 && link_density(ss) < 0.3)
		return 1;
	if (!strcmp((const char *)s->name, "p") || !strcmp((const char *)s->name, "blockquote") ||
	    is_heading((const char *)s->name) || !strcmp((const char *)s->name, "ul") ||
	    !strcmp((const char *)s->name, "ol")) {
		double ld = link_density(ss);
		if (ss->text > 80 && ld < 0.25)
			return 1;
		if (ss->text > 0 && ss->text <= 80 && ld == 0 &&
		    !strcmp((const char *)s->name, "p"))
			return 1;
	}
	return 0;
}

/* ---- republishing notices in and beside the article ---- */

/* Longest element text read as a notice; longer is prose mentioning a source. */
#define NOTICE_MAX 300
/* Bytes of a block's text read first, to refuse most blocks without reading all of it */
#define NOTICE_LEAD 16
/* Live text that may follow an end-of-article notice ("Read more:") in the article. */
#define NOTICE_TAIL 300
/* Element siblings after the article (and after its parent) searched for one. */
#define NOTICE_SIBLINGS 3

struct notice_scan {
	struct content_ctx *cc;
	xmlNodePtr top;   /* the article */
	size_t after_top; /* article text in the siblings that join after `top` */
	int outside;      /* scanning beside the article, not inside it */
};

/* Same host (ignoring "www.")? Both must be absolute. */
static int same_host(const char *a, const char *b)
{
	struct url_parts pa, pb;
	if (!a || !b || url_split(a, &pa) < 0 || url_split(b, &pb) < 0 || !pa.host_len ||
	    !pb.host_len)
		return 0;
	if (pa.host_len > 4 && !strncasecmp(pa.host, "www.", 4))
		pa.host += 4, pa.host_len -= 4;
	if (pb.host_len > 4 && !strncasecmp(pb.host, "www.", 4))
		pb.host += 4, pb.host_len -= 4;
	return pa.host_len == pb.host_len && !strncasecmp(pa.host, pb.host, pa.host_len);
}

/* Live text after `n` inside `top`, in document order. */
static size_t text_after(xmlNodePtr n, xmlNodePtr top)
{
	size_t t = 0;
	for (; n && n != top && n->parent; n = n->parent) {
		xmlNodePtr s;
		if (n->parent != top && !live(n->parent))
			continue;
		for (s = n->next; s; s = s->next) {
			int commas = 0;
			if (s->type == XML_TEXT_NODE && s->content)
				t += squashed_len((const char *)s->content, &commas);
			else if (live(s))
				t += st(s)->text;
		}
	}
	return t;
}

/* The first link under `n` (pre-order), or NULL. */
static const char *first_href(xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	if (dom_is(n, "a") && dom_attr(n, "href"))
		return dom_attr(n, "href");
	for (c = n->children; c && depth < 16; c = c->next) {
		const char *h = c->type == XML_ELEMENT_NODE ? first_href(c, depth + 1) : NULL;
		if (h)
			return h;
	}
	return NULL;
}

/*
 * Is block element `n` a notice as a whole? Then take {name, url} from it
 * (when none was found yet) and hide it. Returns 1 when it was one.
 */
static int notice_at(struct notice_scan *ns, xmlNodePtr n)
{
	struct content_ctx *cc = ns->cc;
	struct buf b = BUF_INIT;
	const char *name = NULL, *href, *s;
	char *url = NULL;
	int kind;

	b.cap = 2 * NOTICE_MAX;
	/*
	 * cheap refusal: every lead-in starts with one of these letters, and
	 * the text's first words (the same as the whole text's) tell
	 */
	dom_text(n, &b, NOTICE_LEAD, cc->max_depth);
	for (s = b.data; *s == '*' || *s == '_' || *s == '[' || *s == '(' || *s == ' '; s++)
		;
	if (!b.len || (*s && !strchr("tTfFoOrRsSvV", *s))) {
		buf_release(&b);
		return 0;
	}
	buf_reset(&b);
	dom_text(n, &b, NOTICE_MAX + 8, cc->max_depth);
	if (!b.len || b.len > NOTICE_MAX) {
		buf_release(&b);
		return 0;
	}
	for (s = b.data; *s == '*' || *s == '_' || *s == '[' || *s == '(' || *s == ' '; s++)
		;
	if (!strchr("tTfFoOrRsSvV", *s) || !*s) {
		buf_release(&b);
		return 0;
	}
	kind = original_line(b.data, 1, cc->arena, &name);
	buf_release(&b);
	if (!kind)
		return 0;
	/* "Read more:" inside the text is a teaser unless nearly nothing follows it */
	if (kind == 2 && !ns->outside && text_after(n, ns->top) + ns->after_top > NOTICE_TAIL)
		return 0;
	href = first_href(n, 0);
	if (href && url_is_safe(href))
		url = dom_url(cc->arena, cc->url, href);
	/* a link back to this site names no other outlet: a teaser, hidden all the same */
	if (url && cc->url && same_host(url, cc->url)) {
		url = NULL;
		if (kind == 2)
			name = NULL;
	}
	if (!cc->orig.name && !cc->orig.url) {
		cc->orig.name = name;
		cc->orig.url = url;
	}
	st(n)->pruned = 1;
	return 1;
}

static void notice_scan(struct notice_scan *ns, xmlNodePtr n, int depth, int max_depth)
{
	xmlNodePtr c;
	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || !c->_private)
			continue;
		if (++ns->cc->work > WORK_MAX)
			return;
		/* a live element's counts are exact: no need to read a long one */
		if (is_block(c) && !(live(c) && st(c)->text > NOTICE_MAX) && st(c)->text > 4 &&
		    notice_at(ns, c))
			continue;
		if (depth < max_depth && c->children)
			notice_scan(ns, c, depth + 1, max_depth);
	}
}

/*
 * Look for republishing notices in the article `top` and in the few
 * elements after it and after its parent, before boilerplate is removed:
 * templates put "Source: X" in boxes named like boilerplate ("read-more",
 * a link-heavy line), where the text-level check never sees it.
 */
static void notices_near(struct content_ctx *cc, xmlNodePtr top, xmlNodePtr body, double ts)
{
	struct notice_scan ns = { cc, top, 0, 0 };
	xmlNodePtr s, up;
	int k;

	for (s = top->next; s; s = s->next)
		if (s->type == XML_ELEMENT_NODE && sibling_joins(s, top, ts))
			ns.after_top += st(s)->text;
	notice_scan(&ns, top, 0, cc->max_depth);
	ns.outside = 1;
	for (up = top; up && up != body && up->parent; up = up->parent) {
		for (s = up->next, k = 0; s && k < NOTICE_SIBLINGS; s = s->next) {
			if (s->type != XML_ELEMENT_NODE || !s->_private)
				continue;
			k++;
			if (is_block(s) && st(s)->text > 4 && notice_at(&ns, s))
				continue;
			notice_scan(&ns, s, 0, 3);
		}
		if (up != top)
			break;
	}
}

static int inside(xmlNodePtr n, xmlNodePtr top)
{
	for (; n; n = n->parent)
		if (n == top)
			return 1;
	return 0;
}

/*
 * The article ends where its text block (the best-scoring element) ends.
 * When the article was widened to a parent, the lines that follow the
 * text block there and are not paragraphs (a "div" of one line, a
 * heading with nothing under it) are the template's: "Our standards:
 * ...", "Tags: ...", "Back to top", an author box's title, an affiliate
 * disclaimer. Drop that trailing run; a <p>, list or quote ends it.
 */
static void drop_trailing(struct blocks *out, xmlNodePtr core)
{
	size_t i = out->n;
	while (i > 0) {
		struct block *b = &out->v[i - 1];
		if (!b->node || inside(b->node, core) || dom_is(b->node, "p") ||
		    (b->kind != BLOCK_PARA && b->kind != BLOCK_HEADING))
			break;
		b->dropped = 1;
		i--;
	}
}

/* ---- the page's main region ---- */

/* Under this share of the region's text, the best node is one part of many. */
#define REGION_COVERAGE 0.5
/*
 * ... a little more where the region has the shape of a page of parts: a
 * run of like cards with much link text (a shop's grid under its FAQ), or
 * two code blocks (a manual's page of sections, its longest one half of it).
 */
#define REGION_COVERAGE_PARTS 0.55
#define PARTS_LINK_SHARE      0.3
#define PARTS_CODE_BLOCKS     2
/* ... on a page whose structured data says it is an article, or something else */
#define REGION_COVERAGE_ARTICLE 0.2
#define REGION_COVERAGE_OTHER   0.8
/*
 * On a declared article, a text block under this share of a column below
 * <body> (under REGION_LINK_MAX link text) that has SECTION_HEADS
 * headings outside the text block is one of a page's sections.
 */
#define REGION_COVERAGE_ARTICLE_COLUMN 0.3
#define REGION_LINK_MAX                0.4
#define SECTION_HEADS                  4
/*
 * On a declared article, a text block with SPLIT_BLOCKS like blocks or
 * more beside it in the region (its tag and class list, SPLIT_BLOCK_MIN
 * bytes of own text each, SPLIT_DEPTH levels down at most), the region's
 * text outside it under SPLIT_LINK_MAX link text, is one part of an
 * article that a page builder cut into blocks between its pictures: the
 * undeclared share, REGION_COVERAGE, decides.
 */
#define SPLIT_BLOCKS    2
#define SPLIT_BLOCK_MIN 200
#define SPLIT_LINK_MAX  0.1
#define SPLIT_DEPTH     12

/*
 * Text that is the region's own: link text counts half, since a card is
 * often one link around a title and a summary, and a menu is links only.
 */
static size_t own_text(xmlNodePtr n)
{
	const struct nstat *s = st(n);
	return s->text - s->link / 2;
}

/*
 * Live elements under `n` (depth levels down at most), outside `top`, of
 * `top`'s tag and class list `cls`, each with SPLIT_BLOCK_MIN bytes of
 * its own text or more: the other blocks of a text cut into like blocks.
 */
static int like_blocks(xmlNodePtr n, xmlNodePtr top, const char *cls, int depth)
{
	xmlNodePtr c;
	int k = 0;
	for (c = n->children; c; c = c->next) {
		const char *cc;
		if (c == top || !live(c))
			continue;
		if (!strcmp((const char *)c->name, (const char *)top->name) &&
		    (cc = dom_attr(c, "class")) && !strcmp(cc, cls) &&
		    own_text(c) >= SPLIT_BLOCK_MIN) {
			k++;
			continue;
		}
		if (depth > 0)
			k += like_blocks(c, top, cls, depth - 1);
	}
	return k;
}

/* Is `top` one of a declared article's like blocks in `reg` (SPLIT_BLOCKS)? */
static int split_article(xmlNodePtr reg, xmlNodePtr top)
{
	const struct nstat *rs = st(reg), *ts = st(top);
	const char *cls = dom_attr(top, "class");
	size_t text, link;
	if (!cls || !*cls || rs->text <= ts->text)
		return 0;
	text = rs->text - ts->text;
	link = rs->link > ts->link ? rs->link - ts->link : 0;
	return (double)link < SPLIT_LINK_MAX * (double)text &&
	       like_blocks(reg, top, cls, SPLIT_DEPTH) >= SPLIT_BLOCKS;
}

/*
 * The page's main region: from `body` down, the one child that holds
 * nearly all of its parent's text that is not link text, for as long as
 * there is one. Headers, footers and navigation were pruned, so this is the
 * column the page's content lives in, whatever it is made of.
 */
static xmlNodePtr main_region(struct content_ctx *cc, xmlNodePtr body)
{
	xmlNodePtr n = body, c, next;
	int depth = 0;
	for (; depth < cc->max_depth; depth++) {
		size_t total = own_text(n);
		next = NULL;
		for (c = n->children; c; c = c->next) {
			if (!live(c))
				continue;
			if (own_text(c) * 10 >= total * 9) {
				next = c;
				break;
			}
		}
		if (!next)
			break;
		n = next;
	}
	return n;
}

/* The longest run of element children of `n` that share tag and class. */
static int like_run(xmlNodePtr n)
{
	xmlNodePtr c, prev = NULL;
	int run = 0, best = 0;
	for (c = n->children; c; c = c->next) {
		const char *a, *b;
		if (!live(c) || st(c)->text < 20)
			continue;
		if (prev && !strcmp((const char *)prev->name, (const char *)c->name)) {
			a = dom_attr(prev, "class");
			b = dom_attr(c, "class");
			if ((!a && !b) || (a && b && !strcmp(a, b)))
				run++;
			else
				run = 1;
		} else {
			run = 1;
		}
		if (run > best)
			best = run;
		prev = c;
	}
	return best;
}

/* The largest like_run of `n` and its descendants a few levels down. */
static int repeats_under(xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	int best = like_run(n), k;
	if (depth >= 4)
		return best;
	for (c = n->children; c; c = c->next) {
		if (!live(c) || own_text(c) * 4 < own_text(n))
			continue;
		k = repeats_under(c, depth + 1);
		if (k > best)
			best = k;
	}
	return best;
}

/* ---- items of one template ---- */

struct tmpl_table {
	uint64_t h[TEMPLATE_SLOTS];
	int n[TEMPLATE_SLOTS];
};

/* Is `n` a named element weighed for a template: text enough, not mostly links? */
static int tmpl_candidate(xmlNodePtr n)
{
	const struct nstat *s = st(n);
	const char *cls;
	if (!s || (s->neg != 1 && s->neg != 2) || s->text < TEMPLATE_TEXT ||
	    link_density(s) >= TEMPLATE_LINK)
		return 0;
	cls = dom_attr(n, "class");
	return cls && *cls;
}

/* The slot of `n`'s tag and class in `t`, or NULL when the table is full. */
static int *tmpl_slot(struct tmpl_table *t, xmlNodePtr n)
{
	const char *cls = dom_attr(n, "class");
	uint64_t h = hash_fnv1a64(n->name, strlen((const char *)n->name));
	size_t k, i;
	for (; *cls; cls++)
		h = hash_fnv1a64_byte(h, (unsigned char)*cls);
	h = hash_mix64(h) | 1;
	k = (size_t)h & (TEMPLATE_SLOTS - 1);
	for (i = 0; i < TEMPLATE_SLOTS; i++, k = (k + 1) & (TEMPLATE_SLOTS - 1)) {
		if (t->h[k] == h)
			return &t->n[k];
		if (!t->h[k]) {
			t->h[k] = h;
			return &t->n[k];
		}
	}
	return NULL;
}

/*
 * Count (`mark` 0) or mark (`mark` 1) the named elements under `n` whose
 * template the page repeats. A template's items are counted wherever they
 * are, not only among siblings: a front prints one group per section.
 */
static void tmpl_walk(struct content_ctx *cc, struct tmpl_table *t, xmlNodePtr n, int depth,
		      int mark)
{
	xmlNodePtr c;
	for (c = live_child(cc, n, NULL); c; c = live_child(cc, n, c)) {
		if (tmpl_candidate(c)) {
			int *k = tmpl_slot(t, c);
			if (k && !mark)
				++*k;
			else if (k && *k >= TEMPLATE_MIN)
				st(c)->tmpl = 1;
		}
		if (depth < cc->max_depth)
			tmpl_walk(cc, t, c, depth + 1, mark);
	}
}

/* Mark the items of repeated templates under `body`; -1 when out of memory. */
static int mark_templates(struct content_ctx *cc, xmlNodePtr body)
{
	struct tmpl_table *t = arena_alloc(cc->arena, sizeof(*t));
	if (!t)
		return -1;
	memset(t, 0, sizeof(*t));
	tmpl_walk(cc, t, body, 1, 0);
	tmpl_walk(cc, t, body, 1, 1);
	return 0;
}

/* ---- a product page that declares nothing ---- */

/* Does `s` name putting an item in a cart ("add-to-cart", "Add to bag", "addToBasket")? */
static int cart_words(const char *s)
{
	static const char *const words[] = {
		"add-to-cart", "add_to_cart",   "addtocart",  "add to cart",
		"add-to-bag",  "addtobag",      "add to bag", "add to basket",
		"addtobasket", "add-to-basket", NULL
	};
	char b[256];
	size_t k;
	if (!s)
		return 0;
	for (k = 0; k < sizeof(b) - 1 && s[k]; k++)
		b[k] = (char)tolower((unsigned char)s[k]);
	b[k] = '\0';
	return has_any(b, words);
}

/*
 * Count into `k` the buttons and inputs that put an item in the cart (by
 * their id, name, class, value or a button's text); stops counting at 3.
 * 0, or -ERR_NOMEM.
 */
static int count_cart_controls(struct content_ctx *cc, xmlNodePtr n, int depth, int *k)
{
	xmlNodePtr c;
	int e;
	for (c = n->children; c && *k < 3; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || ++cc->work > WORK_MAX)
			continue;
		if (dom_is(c, "button") || dom_is(c, "input")) {
			int hit = cart_words(dom_attr(c, "id")) ||
				  cart_words(dom_attr(c, "name")) ||
				  cart_words(dom_attr(c, "class")) ||
				  cart_words(dom_attr(c, "value"));
			if (!hit && dom_is(c, "button")) {
				struct buf t = BUF_INIT;
				if (dom_text(c, &t, 200, cc->max_depth) < 0) {
					buf_release(&t);
					return -ERR_NOMEM;
				}
				hit = t.data && cart_words(t.data);
				buf_release(&t);
			}
			*k += hit;
		} else if (depth < cc->max_depth &&
			   (e = count_cart_controls(cc, c, depth + 1, k)) < 0) {
			return e;
		}
	}
	return 0;
}

/*
 * A page that declares no type but has one or two add-to-cart controls
 * sells one thing: a product page (a shop that writes no structured
 * data). A category of products has a button on every card; an article
 * or a service page has none. 1 when so, 0 when not, or -ERR_NOMEM.
 */
static int sells_one(struct content_ctx *cc, xmlNodePtr body)
{
	int k = 0, e;
	if (cc->declared)
		return 0;
	if ((e = count_cart_controls(cc, body, 1, &k)) < 0)
		return e;
	return k >= 1 && k <= 2;
}

/* Headings (h2-h6 with text) under `n`, outside `skip`. */
static int headings_under(xmlNodePtr n, xmlNodePtr skip, int depth)
{
	xmlNodePtr c;
	int k = 0;
	for (c = n->children; c; c = c->next) {
		if (!live(c) || c == skip)
			continue;
		if (is_heading((const char *)c->name))
			k += c->name[1] != '1' && st(c)->text >= 4;
		else if (depth < 32)
			k += headings_under(c, skip, depth + 1);
	}
	return k;
}

/* `pre` elements under `n` (code blocks), PARTS_CODE_BLOCKS at most. */
static int code_blocks_under(xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	int k = 0;
	for (c = n->children; c && k < PARTS_CODE_BLOCKS; c = c->next) {
		if (!live(c))
			continue;
		if (!strcmp((const char *)c->name, "pre"))
			k++;
		else if (depth < 32)
			k += code_blocks_under(c, depth + 1);
	}
	return k;
}

/* ---- a region's heading and intro ---- */

/*
 * Most text, in bytes, of the banner that holds a region's `<h1>` and its
 * intro; the least text of one run of its words outside links, and the
 * most link text, that make it an intro rather than a name over a menu.
 */
#define BANNER_MAX      1200
#define BANNER_SENTENCE 80
#define BANNER_LINK_MAX 0.3

/* Does `n` have a link among its children? */
static int link_child(xmlNodePtr n)
{
	xmlNodePtr c;
	for (c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && dom_is(c, "a"))
			return 1;
	return 0;
}

/*
 * The longest text node under `n` outside `skip`, links and pruned
 * elements, in bytes; one beside a link in its element ("Sign up ...
 * here") is a call to click, not an intro, and does not count.
 */
static size_t longest_text(xmlNodePtr n, xmlNodePtr skip, int depth)
{
	xmlNodePtr c;
	size_t best = 0, k;
	int linked = link_child(n);
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content)
			k = linked ? 0 : strlen((const char *)c->content);
		else if (c != skip && live(c) && !dom_is(c, "a") && depth < 32)
			k = longest_text(c, skip, depth + 1);
		else
			k = 0;
		if (k > best)
			best = k;
	}
	return best;
}

/*
 * A region's page (a shop's category, a section front, a landing page)
 * opens with a banner: the `<h1>` and a sentence that introduces what
 * follows, often in an element named as a banner or a hero, which pruning
 * took. Inside the region chosen, the banner is the largest element above
 * the page's first `<h1>` with BANNER_MAX bytes of text at most; when it
 * holds, besides the heading, a run of BANNER_SENTENCE bytes outside links and under
 * BANNER_LINK_MAX link text, the elements pruned for their names on the
 * way from the `<h1>` up to it live again. Not on a product page, a thread
 * (the banner names the board) or a declared article (a headline and its
 * standfirst, which the text block's own rules settle).
 */
static void region_banner(struct content_ctx *cc, xmlNodePtr top)
{
	xmlNodePtr h, a, p, path[64];
	int n = 0, i;
	if (!cc->region || cc->product || !cc->nh1 || thread_page(cc) ||
	    (cc->declared && !strcmp(cc->declared, "article")))
		return;
	h = cc->h1[0];
	if (h == top || !h->_private || !inside(h, top))
		return;
	for (p = h; p != top; p = p->parent)
		if (!p->_private || (st(p)->pruned && !st(p)->by_name))
			return; /* kept aside (hidden), or not measured */
	a = h;
	for (p = h->parent; p != top && st(p)->text <= BANNER_MAX; p = p->parent)
		a = p;
	for (p = h; n < 64; p = p->parent) {
		if (st(p)->pruned)
			path[n++] = p;
		if (p == a)
			break;
	}
	if (a == h || !n || p != a)
		return;
	for (i = 0; i < n; i++)
		st(path[i])->pruned = 0;
	remeasure(cc, a, 0);
	if (st(a)->text <= BANNER_MAX && longest_text(a, h, 0) >= BANNER_SENTENCE &&
	    link_density(st(a)) <= BANNER_LINK_MAX) {
		remeasure(cc, top, 0);
		return;
	}
	for (i = 0; i < n; i++)
		st(path[i])->pruned = 1;
	remeasure(cc, a, 0);
}

/* Text of the live elements under `n` named for comments, outermost ones. */
static size_t comment_text(xmlNodePtr n, int depth)
{
	size_t t = 0;
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (!live(c))
			continue;
		if (st(c)->neg == 3)
			t += st(c)->text;
		else if (depth < 64)
			t += comment_text(c, depth + 1);
	}
	return t;
}

/*
 * The largest priced_cards of `n` and its descendants GRID_DEPTH levels
 * down at most, through children holding a quarter of their parent's
 * text (a grid sits under a few wrappers: a column, a list, a row).
 */
#define GRID_DEPTH 6

static int priced_grid(const struct content_ctx *cc, xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	int best = priced_cards(cc, n, GRID_MIN), k;
	if (best < 0 || depth >= GRID_DEPTH)
		return best;
	for (c = n->children; c; c = c->next) {
		if (!live(c) || st(c)->text * 4 < st(n)->text)
			continue;
		if ((k = priced_grid(cc, c, depth + 1)) < 0)
			return k;
		if (k > best)
			best = k;
	}
	return best;
}

/*
 * The most text an element pruned for its name holds where it is a shop's
 * grid: GRID_MIN cards for sale or more (priced_grid). -1 when out of
 * memory.
 */
static long lost_grid(struct content_ctx *cc, xmlNodePtr n, int depth)
{
	xmlNodePtr c;
	long best = 0, k;
	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || !st(c))
			continue;
		if (++cc->work > WORK_MAX)
			return best;
		if (st(c)->pruned) {
			if (st(c)->by_name && (long)st(c)->text > best) {
				int g = priced_grid(cc, c, 0);
				if (g < 0)
					return -1;
				if (g >= GRID_MIN)
					best = (long)st(c)->text;
			}
			continue;
		}
		if (depth < cc->max_depth && (k = lost_grid(cc, c, depth + 1)) != 0) {
			if (k < 0)
				return k;
			if (k > best)
				best = k;
		}
	}
	return best;
}

/*
 * A run of TEASER_RUN posts or more beside the text block: <article>
 * elements, each a teaser (under ITEM_MAX bytes, mostly a link's text: a
 * post's title over its picture), found TEASER_DEPTH levels down at most.
 */
#define TEASER_RUN   5
#define TEASER_DEPTH 4

/*
 * The longest run of like teasers (<article>s with the same first class,
 * each post's id aside) under `n`, outside `top`.
 */
static int teaser_run(xmlNodePtr n, xmlNodePtr top, int depth)
{
	xmlNodePtr c, prev = NULL;
	int run = 0, best = 0, k;
	for (c = n->children; c; c = c->next) {
		const struct nstat *s;
		const char *a, *b;
		if (!live(c) || c == top)
			continue;
		s = st(c);
		if (depth < TEASER_DEPTH && (k = teaser_run(c, top, depth + 1)) > best)
			best = k;
		if (inside(top, c) || !s->text)
			continue;
		if (strcmp((const char *)c->name, "article") || s->text > ITEM_MAX ||
		    s->link * 2 < s->text) {
			run = 0;
			prev = NULL;
			continue;
		}
		a = prev ? dom_attr(prev, "class") : NULL;
		b = dom_attr(c, "class");
		if (prev && ((!a && !b) || (a && b && same_post_class(a, b))))
			run++;
		else
			run = 1;
		prev = c;
		if (run > best)
			best = run;
	}
	return best;
}

int content_extract(xmlDocPtr doc, struct content_ctx *cc, xmlNodePtr *root, struct blocks *out,
		    struct error *err)
{
	xmlNodePtr body = body_of(doc), top = NULL, parent, c, core = NULL;
	struct nstat *bs;
	struct render r;
	double best = 0;
	int e = 0;

	*root = NULL;
	memset(out, 0, sizeof(*out));
	if (!body)
		return 0;
	bs = arena_alloc(cc->arena, sizeof(*bs));
	if (!bs)
		return error_nomem(err);
	memset(bs, 0, sizeof(*bs));
	body->_private = bs;

	place_streamed(cc, body);
	cc->product = cc->declared && !strcmp(cc->declared, "product");
	if (!cc->product && (e = sells_one(cc, body)) != 0) {
		if (e < 0)
			return error_nomem(err);
		cc->product = 1;
	}
	/* every later pass visits what this one did: a page it cannot finish has no result */
	if (measure(cc, body, 1, 0, 0) < 0)
		return cc->work > WORK_MAX
			       ? error_set(err, ERR_LIMIT,
					   "the page has over %d elements to look at", WORK_MAX)
			       : error_nomem(err);
	/* a page whose content was kept aside whole: bring it back */
	if (cc->held && cc->held_text > 2 * bs->text + 500) {
		unhold(cc->held, 1, cc->max_depth);
		remeasure(cc, body, 0);
	}
	{
		/*
		 * Names prune a page's chrome; when they took nearly all its
		 * text, the template names its content with the same words
		 * ("card", "product", "comment"): weaker pruning, then none but
		 * the tags.
		 */
		size_t all = bs->text;
		int all_paras = bs->paras, comments_last = 0;
		int lenient;
		int thread = cc->declared ? !strcmp(cc->declared, "forum") : cc->posters >= 3;
		for (lenient = 0; lenient < 4; lenient++) {
			if (lenient) {
				unprune(cc, body, 1);
				remeasure(cc, body, 0);
			}
			cc->voice_text = 0;
			if (!lenient)
				cc->voices = 0;
			prune(cc, body, bs, 1, lenient, 0, 0);
			remeasure(cc, body, 0);
			if (!lenient && thread && bs->text * 2 < all) {
				/* a thread that lost most of its text: its posts are named comments */
				cc->keep_comments = 1;
				unprune(cc, body, 1);
				remeasure(cc, body, 0);
				cc->voice_text = 0;
				cc->voices = 0;
				prune(cc, body, bs, 1, 0, 0, 0);
				remeasure(cc, body, 0);
			}
			if (!lenient && bs->text * 2 < all) {
				/* names took most of the page: items of a template it repeats stay */
				unprune(cc, body, 1);
				remeasure(cc, body, 0);
				if (mark_templates(cc, body) < 0)
					return error_nomem(err);
				cc->voice_text = 0;
				cc->voices = 0;
				prune(cc, body, bs, 1, 0, 0, 0);
				remeasure(cc, body, 0);
			}
			/*
			 * Customers' reviews taken out are not text lost. Many boxes
			 * named for reviews are a page of reviews (a roundup), whose
			 * reviews are its content.
			 */
			if (all < RESCUE_MIN ||
			    bs->text * RESCUE_SHARE >=
				    all - (cc->voices < VOICES_MANY ? cc->voice_text : 0)) {
				/*
				 * unless a name took a shop's grid holding more
				 * than what is kept (a category's cards in a box
				 * named "related-products" above a store finder)
				 */
				long lost = 0;
				if (!cc->product && lenient < 2 &&
				    (lost = lost_grid(cc, body, 1)) < 0)
					return error_nomem(err);
				if (lost <= (long)bs->text)
					break;
			}
			/*
			 * comments go last, and never on a declared article, unless
			 * nothing of its prose is left
			 */
			if (lenient == 2 && cc->declared && !strcmp(cc->declared, "article")) {
				if (all_paras < RESCUE_ARTICLE_PARAS || bs->paras)
					break;
				comments_last = 1;
			}
		}
		/*
		 * A declared article whose prose is all in boxes named for
		 * comments is a discussion under a link (a link aggregator's
		 * story): its comments are the content.
		 */
		cc->comment_page = comments_last && comment_text(body, 0) * 2 >= bs->text;
	}
	score_tree(cc, body);
	best_candidate(cc, body, &top, &best);

	memset(&r, 0, sizeof(r));
	r.cc = cc;
	r.out = out;
	buf_init(&r.cur, 0);

	if (!top) {
		/* no prose anywhere: the page is its main region (a list of links) */
		top = main_region(cc, body);
		cc->region = 1;
		cc->coverage = 0;
		cc->repeats = repeats_under(top, 0);
		cc->link_share = link_density(st(top));
		region_banner(cc, top);
		*root = top;
		r.whole = st(top)->text;
		cc->link_cards = link_density(st(top)) > 0.5;
		count_link_lists(&r, top, cc->region && !cc->product, 1);
		e = render_node(&r, top, 1);
	} else {
		top = headline_article(cc, top);
		core = top;
		{
			xmlNodePtr reg = main_region(cc, body);
			size_t rt = own_text(reg);
			cc->coverage = rt ? (double)own_text(top) / (double)rt : 1;
			if (cc->coverage > 1)
				cc->coverage = 1;
			cc->repeats = repeats_under(reg, 0);
			cc->link_share = link_density(st(reg));
			double need = REGION_COVERAGE;
			if (cc->declared && !strcmp(cc->declared, "article") && !cc->comment_page)
				need = REGION_COVERAGE_ARTICLE;
			else if (cc->declared)
				need = REGION_COVERAGE_OTHER;
			/*
			 * The region can be a column beside the text block (a
			 * shop's grid under its short intro, a category's list
			 * of pages under its lead): then both are the content,
			 * and the region is the element that holds them. A text
			 * block of an article's length is the article, and the
			 * column beside it its comments.
			 */
			if (!inside(top, reg) && !inside(reg, top) && cc->coverage < need &&
			    own_text(top) < LEAD_MAX) {
				reg = common_ancestor(top, reg);
				if (reg && reg != body && live(reg) && st(reg)) {
					rt = own_text(reg);
					cc->coverage = rt ? (double)own_text(top) / (double)rt : 1;
				}
			}
			/*
			 * Site builders declare an article on every page: a column
			 * of prose whose sections have their own headings beside
			 * the text block is a service page's run of sections.
			 */
			if (need == REGION_COVERAGE_ARTICLE && reg != body &&
			    cc->link_share < REGION_LINK_MAX &&
			    cc->coverage < REGION_COVERAGE_ARTICLE_COLUMN && reg &&
			    inside(top, reg) && headings_under(reg, top, 0) >= SECTION_HEADS)
				need = REGION_COVERAGE_ARTICLE_COLUMN;
			if (need == REGION_COVERAGE && reg &&
			    cc->coverage < REGION_COVERAGE_PARTS &&
			    ((cc->repeats >= 3 && cc->link_share > PARTS_LINK_SHARE) ||
			     code_blocks_under(reg, 0) >= PARTS_CODE_BLOCKS))
				need = REGION_COVERAGE_PARTS;
			/* an article a page builder cut into like blocks (SPLIT_BLOCKS) */
			if (need == REGION_COVERAGE_ARTICLE && reg && reg != body && reg != top &&
			    cc->coverage < REGION_COVERAGE && inside(top, reg) &&
			    split_article(reg, top))
				need = REGION_COVERAGE;
			/*
			 * Prose beside a shop's grid in the region is the
			 * category's guide, however long: the grid and the
			 * guide are the content.
			 */
			int guide = 0;
			if (reg && !cc->product && reg != top && inside(top, reg) &&
			    cc->coverage >= need) {
				int in_reg = priced_grid(cc, reg, 0), in_top = 0;
				if (in_reg >= GRID_MIN)
					in_top = priced_grid(cc, top, 0);
				if (in_reg < 0 || in_top < 0)
					return error_nomem(err);
				guide = in_reg >= GRID_MIN && in_top < GRID_MIN;
			}
			/*
			 * A text block over a run of posts' teasers in the
			 * region (a blog category's intro over its posts): the
			 * intro and the posts are the content.
			 */
			if (!guide && reg && !cc->product && reg != top && inside(top, reg) &&
			    cc->coverage >= need && teaser_run(reg, top, 0) >= TEASER_RUN)
				guide = 1;
			if (reg && inside(top, reg) && top != reg &&
			    (cc->coverage < need || guide)) {
				cc->region = 1;
				top = reg;
				core = NULL;
			} else if (cc->repeats >= 3 && link_density(st(top)) > 0.3) {
				/* the text block itself is a list of cards */
				cc->region = 1;
				core = NULL;
			}
		}
		/* a candidate that is its parent's only real content: take the parent */
		while (top->parent && top->parent != body && live(top->parent) &&
		       st(top->parent)->text <= st(top)->text + st(top)->text / 10 + 20)
			top = top->parent;
		/* a grid of many like cards is a shop's category, whatever the page declares */
		if (cc->product && cc->region && cc->repeats >= GRID_MIN)
			cc->product = 0;
		region_banner(cc, top);
		parent = top->parent;
		*root = top;
		r.whole = st(top)->text;
		cc->link_cards = link_density(st(top)) > 0.5;
		notices_near(cc, top, body, final_score(top));
		if (!parent || !parent->_private) {
			count_link_lists(&r, top, cc->region && !cc->product, 1);
			e = render_node(&r, top, 1);
		} else {
			double ts = final_score(top);
			for (c = parent->children; c; c = c->next)
				if (c->type == XML_ELEMENT_NODE && sibling_joins(c, top, ts))
					count_link_lists(&r, c, cc->region && !cc->product, 1);
			for (c = parent->children; c && e >= 0; c = c->next) {
				if (c->type != XML_ELEMENT_NODE || !sibling_joins(c, top, ts))
					continue;
				if (c != top)
					*root = parent;
				e = render_node(&r, c, 1);
			}
			if (*root == parent) {
				/* the renderers start from the parent: drop what did not join */
				xmlNodePtr next;
				for (c = parent->children; c; c = next) {
					next = c->next;
					if (c->type == XML_ELEMENT_NODE &&
					    !sibling_joins(c, top, ts))
						drop(c);
					else if (c->type == XML_TEXT_NODE)
						drop(c);
				}
			}
		}
	}
	if (e >= 0)
		e = flush(&r);
	cc->name_index = r.names && 2 * r.names >= r.whole;
	buf_release(&r.cur);
	if (core)
		drop_trailing(out, core);
	if (e < 0)
		return e == -ERR_LIMIT
			       ? error_set(err, ERR_LIMIT, "the article is too long to render")
			       : error_nomem(err);
	return 0;
}

/* ---- a product's description from its structured data ---- */

/* words of a description that joins a page which shows other text */
#define DESC_ADD_MIN 20

/* Words in `n` bytes at `s`: runs of bytes that are not ASCII space or punctuation. */
static size_t words_in(const char *s, size_t n)
{
	size_t i, w = 0;
	int in = 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		int word = c >= 0x80 || isalnum(c);
		if (word && !in)
			w++;
		in = word;
	}
	return w;
}

static int word_byte(unsigned char c)
{
	return c >= 0x80 || isalnum(c);
}

/* The next word of `s` from `*i` on, hashed lower-cased into `*h`; 0 at the end. */
static int next_word(const char *s, size_t n, size_t *i, uint64_t *h)
{
	size_t k = *i;
	while (k < n && !word_byte((unsigned char)s[k]))
		k++;
	if (k >= n) {
		*i = k;
		return 0;
	}
	*h = HASH_FNV64_OFFSET;
	while (k < n && word_byte((unsigned char)s[k]))
		*h = hash_fnv1a64_byte(*h, (unsigned char)tolower((unsigned char)s[k++]));
	if (!*h)
		*h = 1;
	*i = k;
	return 1;
}

/*
 * How many of the words in `n` bytes at `s` the kept blocks of `bl` hold
 * (`words` of them): does the page show the description its structured
 * data gives? -1 when out of memory.
 */
static long words_shown(struct arena *a, const struct blocks *bl, size_t words, const char *s,
			size_t n)
{
	size_t cap = 64, i, j, k;
	uint64_t *set, h;
	long found = 0;
	while (cap < words * 2)
		cap *= 2;
	set = arena_alloc(a, cap * sizeof(*set));
	if (!set)
		return -1;
	memset(set, 0, cap * sizeof(*set));
	for (i = 0; i < bl->n; i++) {
		const struct block *b = &bl->v[i];
		if (b->dropped)
			continue;
		for (j = 0; next_word(b->text, b->len, &j, &h);)
			for (k = hash_mix64(h) & (cap - 1); set[k] != h; k = (k + 1) & (cap - 1))
				if (!set[k]) {
					set[k] = h;
					break;
				}
	}
	for (j = 0; next_word(s, n, &j, &h);)
		for (k = hash_mix64(h) & (cap - 1); set[k]; k = (k + 1) & (cap - 1))
			if (set[k] == h) {
				found++;
				break;
			}
	return found;
}

/* Tags that end a line of a description given as HTML. */
static int line_tag(const char *t, size_t n)
{
	static const char *const tags[] = { "p",  "br", "div", "li", "h1", "h2", "h3", "h4",
					    "h5", "h6", "ul",  "ol", "tr", "dt", "dd", NULL };
	size_t k, l;
	if (n && *t == '/')
		t++, n--;
	for (k = 0; tags[k]; k++) {
		l = strlen(tags[k]);
		if (n >= l && !strncasecmp(t, tags[k], l) &&
		    (n == l || t[l] == ' ' || t[l] == '/' || t[l] == '\t' || t[l] == '\n'))
			return 1;
	}
	return 0;
}

int content_product_text(struct content_ctx *cc, xmlDocPtr doc, const char *desc, xmlNodePtr *root,
			 struct blocks *bl)
{
	struct buf b = BUF_INIT;
	const char *p, *line;
	size_t i, kept = 0, given;
	xmlNodePtr body = body_of(doc), div;
	int e = 0, add = 0;

	if (!body || !desc)
		return 0;
	for (i = 0; i < bl->n; i++)
		if (!bl->v[i].dropped)
			kept += words_in(bl->v[i].text, bl->v[i].len);
	/* the description as lines: tags out, a line break for each block tag */
	b.cap = 2 * strlen(desc) + 16;
	for (p = desc; *p && e >= 0;) {
		const char *q;
		if (*p == '<' && (q = strchr(p, '>')) != NULL) {
			if (line_tag(p + 1, (size_t)(q - p - 1)))
				e = buf_addch(&b, '\n');
			p = q + 1;
			continue;
		}
		e = buf_addch(&b, *p++);
	}
	if (e < 0 || buf_error(&b) < 0) {
		buf_release(&b);
		return -ERR_NOMEM;
	}
	given = b.len ? words_in(b.data, b.len) : 0;
	if (given <= kept) {
		/*
		 * The page shows more than the description, but not the
		 * description (a third of its words at most): the page's text
		 * is its buy box and notices, the description lives in script
		 * state. It joins the text. One written percent-encoded is no
		 * text.
		 */
		long shown = 0;
		if (*root && given >= DESC_ADD_MIN && !strstr(b.data, "%20") &&
		    (shown = words_shown(cc->arena, bl, kept, b.data, b.len)) < 0) {
			buf_release(&b);
			return -ERR_NOMEM;
		}
		if (!*root || given < DESC_ADD_MIN || strstr(b.data, "%20") ||
		    (size_t)shown * 3 > given) {
			buf_release(&b);
			return 0;
		}
		add = 1;
	}
	div = xmlNewDocNode(doc, NULL, BAD_CAST "div", NULL);
	if (!div || !xmlAddChild(add ? *root : body, div)) {
		xmlFreeNode(div);
		buf_release(&b);
		return -ERR_NOMEM;
	}
	for (i = 0; i < bl->n && !add; i++)
		bl->v[i].dropped = 1;
	for (line = b.data; line && *line && e >= 0;) {
		char *nl = strchr(line, '\n'), *t;
		xmlNodePtr para;
		struct render r;
		if (nl)
			*nl = '\0';
		t = text_clean(cc->arena, line);
		line = nl ? nl + 1 : NULL;
		if (!t)
			e = -ERR_NOMEM;
		if (!t || !*t)
			continue;
		para = xmlNewTextChild(div, NULL, BAD_CAST "p", BAD_CAST t);
		if (!para) {
			e = -ERR_NOMEM;
			break;
		}
		memset(&r, 0, sizeof(r));
		r.cc = cc;
		r.out = bl;
		r.node = para;
		r.kind = BLOCK_PARA;
		buf_init(&r.cur, 0);
		e = buf_adds(&r.cur, t);
		if (e >= 0)
			e = flush(&r);
		buf_release(&r.cur);
	}
	buf_release(&b);
	if (e < 0)
		return -ERR_NOMEM;
	if (!add)
		*root = div;
	return 0;
}
