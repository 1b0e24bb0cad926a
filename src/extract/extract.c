/*
 * extract.c: extract_html(), the pipeline of one page (see internal.h).
 */
#include "extract/internal.h"

#include <ctype.h>
#include <string.h>

#include "util/banned.h"

void extract_result_release(struct extract_result *res)
{
	arena_release(&res->arena);
	memset(res, 0, sizeof(*res));
}

/* Words: runs of non-space bytes holding a letter or digit (any non-ASCII byte counts). */
static size_t count_words(const char *s)
{
	size_t n = 0;
	int in = 0, word = 0;
	for (;; s++) {
		unsigned char c = (unsigned char)*s;
		if (!c || c == ' ' || c == '\n' || c == '\t') {
			if (in && word)
				n++;
			in = word = 0;
			if (!c)
				break;
			continue;
		}
		in = 1;
		if ((c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80)
			word = 1;
	}
	return n;
}

/*
 * Binary data rather than a page: control bytes (NUL and the other C0
 * controls but tab, line feed, form feed and carriage return) over a tenth
 * of the first 4 KiB, or over 1 % of it (of 1 KiB for a shorter input: ten
 * bytes at least) not counting the six that smart quotes and dashes become
 * when a converter drops their high byte (U+2019 as 0x19: "it\x19s").
 * Random bytes have 28 in 256 (11 %) and 22 besides those six (9 %), a
 * compressed or image file as many or more; a page, in any 8-bit charset
 * or UTF-8, has none in its head but a stray one. UTF-16, all NULs, starts
 * with a BOM.
 */
static int looks_binary(const char *data, size_t len)
{
	size_t i, n = len < 4096 ? len : 4096, bad = 0, odd = 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)data[i];
		if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r' || c == '\f')
			continue;
		bad++;
		if (!memchr("\x13\x14\x18\x19\x1c\x1d", c, 6))
			odd++;
	}
	if (len >= 2 && (((unsigned char)data[0] == 0xff && (unsigned char)data[1] == 0xfe) ||
			 ((unsigned char)data[0] == 0xfe && (unsigned char)data[1] == 0xff)))
		return 0;
	return bad * 10 > n || odd * 100 > (n < 1024 ? 1024 : n);
}

/*
 * What a file that is not HTML at all is: JSON, or text without a single
 * tag in its first 64 KiB (Markdown when a line starts like Markdown's
 * headings, fences or lists, else plain text). NULL for anything that may
 * be a page, however broken: a tag anywhere makes it one.
 */
static const char *not_html(const char *data, size_t len)
{
	size_t i = 0, n = len < 65536 ? len : 65536;
	const unsigned char *p = (const unsigned char *)data;
	int md = 0;

	if (n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
		i = 3;
	if (n >= 2 && ((p[0] == 0xff && p[1] == 0xfe) || (p[0] == 0xfe && p[1] == 0xff)))
		return NULL; /* UTF-16: the decoder's to judge */
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
		i++;
	if (i < n && p[i] == '<')
		return NULL;
	for (size_t k = i; k + 1 < n; k++) {
		unsigned char c = p[k + 1];
		if (p[k] == '<' &&
		    (c == '/' || c == '!' || c == '?' || ((c | 32) >= 'a' && (c | 32) <= 'z')))
			return NULL;
		if ((k == i || p[k - 1] == '\n') &&
		    ((p[k] == '#' && (c == ' ' || c == '#')) || (p[k] == '`' && c == '`') ||
		     ((p[k] == '-' || p[k] == '*') && c == ' ')))
			md = 1;
	}
	if (i < n && (p[i] == '{' || p[i] == '['))
		return "JSON";
	return md ? "Markdown" : "plain text";
}

static int only_space(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f')
			return 0;
	return 1;
}

/* Blocks of kind `kind` among those kept. */
static size_t blocks_of(const struct blocks *bl, enum block_kind kind)
{
	size_t i, n = 0;
	for (i = 0; i < bl->n; i++)
		n += !bl->v[i].dropped && bl->v[i].kind == kind;
	return n;
}

/*
 * A run of sections rather than a story: three or more headings, each
 * over less than 300 bytes of text on average, and no date or author.
 */
static int sectioned(const struct blocks *bl, const struct extract_result *res)
{
	size_t h = blocks_of(bl, BLOCK_HEADING), i, len = 0;
	if (h < 3 || res->date_published || res->byline)
		return 0;
	for (i = 0; i < bl->n; i++)
		if (!bl->v[i].dropped && bl->v[i].kind != BLOCK_HEADING)
			len += bl->v[i].len;
	return len / h < 300;
}

/* Longest line that counts as a card's price line, not a sentence quoting a price. */
#define PRICE_LINE_MAX 40

/*
 * A grid of things for sale: four short lines or more that are or hold a
 * price, and at least a tenth of the kept lines. Articles that compare
 * products quote prices inside sentences; a shop's grid prints them on
 * their own short lines, one per card.
 */
static int price_grid(const struct blocks *bl)
{
	size_t i, lines = 0, priced = 0;
	for (i = 0; i < bl->n; i++) {
		const char *p, *e, *nl;
		if (bl->v[i].dropped || !bl->v[i].text)
			continue;
		for (p = bl->v[i].text, e = p + bl->v[i].len; p < e; p = nl + 1) {
			nl = memchr(p, '\n', (size_t)(e - p));
			if (!nl)
				nl = e;
			if (nl == p)
				continue;
			lines++;
			if ((size_t)(nl - p) <= PRICE_LINE_MAX &&
			    text_has_price(p, (size_t)(nl - p)))
				priced++;
		}
	}
	return priced >= 4 && priced * 10 >= lines;
}

/*
 * What kind of page this is. What the structured data declares comes
 * first; otherwise the shape of the content: one body of prose is an
 * article (or documentation when it carries code), a region of many like
 * parts with much link text is a listing, other regions are service pages,
 * and a page with too little text to be an article lists links.
 */
static const char *shape_type(const struct content_ctx *cc, const struct blocks *bl,
			      const struct extract_result *res, int wordy)
{
	const char *d = cc->declared;
	/* a declared article whose prose is all in its comments: a discussion under a link */
	if (cc->comment_page)
		return "forum";
	if (d && strcmp(d, "article") && strcmp(d, "service"))
		return d;
	/* three posts or more, each with its user's name: a thread */
	if (!d && cc->posters >= 3)
		return "forum";
	/*
	 * One add-to-cart control and no grid of cards: a shop's page for one
	 * product; but a single text block with a byline or a date is an
	 * article with a shop's button beside it (a book review's "Add to
	 * basket").
	 */
	if (!d && cc->product && (cc->region || (!res->byline && !res->date_published)))
		return "product";
	if (!cc->region) {
		/* an index's names kept as its text are words, but no prose */
		if (!wordy || cc->name_index)
			return "listing";
		if (blocks_of(bl, BLOCK_PRE) >= 2 && !res->date_published)
			return "documentation";
		if (!d && sectioned(bl, res))
			return "service";
		return "article";
	}
	if (d && !strcmp(d, "article"))
		return "article";
	if (cc->repeats >= 3 && cc->link_share > 0.3)
		return "listing";
	if (blocks_of(bl, BLOCK_PRE) >= 2)
		return "documentation";
	return "service";
}

/*
 * Words of the last segment of a URL's path, split at '-' and '_' and
 * without an extension: "/blog/how-to-rent-a-car/" has six, "/services/"
 * one. An article's address is its headline; a service page's names what
 * is offered.
 */
static int slug_words(const char *url)
{
	const char *p = url ? strstr(url, "://") : NULL, *end, *seg, *q;
	int n = 0, in = 0;
	if (!p || !(p = strchr(p + 3, '/')))
		return 0;
	end = p + strcspn(p, "?#");
	while (end > p && end[-1] == '/')
		end--;
	for (seg = end; seg > p && seg[-1] != '/'; seg--)
		;
	for (q = end; q > seg && q[-1] != '.'; q--)
		;
	if (q > seg && end - q <= 5) /* ".html", ".php" */
		end = q - 1;
	for (q = seg; q < end; q++) {
		int sep = *q == '-' || *q == '_';
		if (!sep && !in)
			n++;
		in = !sep;
	}
	return n;
}

/*
 * How often the text says "we", "our" or "us", per 1,000 words: a business
 * describing what it offers speaks for itself, a story about others less.
 */
static size_t we_per_mille(const char *text, size_t words)
{
	static const char *const we[] = { "we",    "our", "us", "we're", "we\xe2\x80\x99re",
					  "we'll", NULL };
	const char *p = text;
	size_t n = 0;
	if (!text || !words)
		return 0;
	while (*p) {
		size_t len = strcspn(p, " \n\t"), l = len;
		int i;
		while (l && strchr(".,;:!?", p[l - 1]))
			l--;
		for (i = 0; we[i]; i++)
			if (l == strlen(we[i]) && !strncasecmp(p, we[i], l))
				n++;
		p += len;
		p += strspn(p, " \n\t");
	}
	return n * 1000 / words;
}

/* A service page's shape with an article's voice: a long text, a headline for an address. */
#define ARTICLE_SLUG_WORDS 4
#define ARTICLE_MIN_WORDS  800
#define SERVICE_WE_RATE    8
/* An article's shape with a business's voice: no byline, a short address, "we" 15 in 1,000 words. */
#define SERVICE_SLUG_WORDS 3
#define SERVICE_WE_MANY    15

/*
 * The page type: shape_type(), except that a listing, a service page or an
 * undeclared thread whose lines are a grid of prices is a collection (a
 * shop's category page), and that an undeclared page of a service page's
 * shape is an article when its address reads as a headline (four words or
 * more), its text is long (800 words) and seldom says "we" (under 8 in
 * 1,000 words): a guide laid out in sections.
 */
static const char *page_type_of(const struct content_ctx *cc, const struct blocks *bl,
				const struct extract_result *res, int wordy)
{
	const char *t = shape_type(cc, bl, res, wordy);
	if (!strcmp(t, "service") && !cc->declared && res->word_count >= ARTICLE_MIN_WORDS &&
	    slug_words(res->url) >= ARTICLE_SLUG_WORDS &&
	    we_per_mille(res->text, res->word_count) < SERVICE_WE_RATE && !price_grid(bl))
		return "article";
	int grid_like = !strcmp(t, "listing") || !strcmp(t, "service") ||
			(!strcmp(t, "forum") && !cc->declared);
	return grid_like && price_grid(bl) ? "collection" : t;
}

/*
 * A page of an article's shape with no byline, an address of three words
 * or fewer ("/services/", "/tuition-and-fees/") and a text that says "we",
 * "our" or "us" 15 times in 1,000 words or more is a business describing
 * what it offers (under a declared Article, as many site builders write on
 * every page): a service page.
 */
static int service_voice(const struct extract_result *res)
{
	return !strcmp(res->page_type, "article") && !res->byline &&
	       slug_words(res->url) <= SERVICE_SLUG_WORDS &&
	       we_per_mille(res->text, res->word_count) >= SERVICE_WE_MANY;
}

static char *detach_to_arena(struct arena *a, struct buf *b)
{
	char *s = arena_strndup(a, b->data, b->len);
	buf_release(b);
	return s;
}

int extract_html(const char *data, size_t len, const struct extract_options *opt,
		 struct extract_result *res, struct error *err)
{
	struct extract_options o = { 0 };
	struct buf utf8 = BUF_INIT, text = BUF_INIT;
	struct rawtext_attrs attrs = { BUF_INIT, NULL, 0, 0 };
	char charset[40];
	htmlDocPtr doc = NULL;
	struct meta_ctx mc;
	struct content_ctx cc;
	struct blocks bl;
	xmlNodePtr root = NULL;
	int r;

	memset(res, 0, sizeof(*res));
	if (opt)
		o = *opt;
	if (!o.max_input)
		o.max_input = EXTRACT_DEFAULT_MAX_INPUT;
	if (o.max_depth <= 0)
		o.max_depth = EXTRACT_DEFAULT_MAX_DEPTH;
	if (!o.max_nodes)
		o.max_nodes = EXTRACT_DEFAULT_MAX_NODES;
	if (!data && len)
		return error_set(err, ERR_USAGE, "no data");
	if (len > o.max_input)
		return error_set(err, ERR_LIMIT, "page is %zu bytes, over the %zu-byte limit", len,
				 o.max_input);
	if (len > INT32_MAX)
		return error_set(err, ERR_LIMIT, "page too large");
	if (!len || only_space(data, len))
		return error_set(err, ERR_PARSE, "empty page");
	if (looks_binary(data, len))
		return error_set(err, ERR_PARSE, "binary data, not an HTML page");
	{
		const char *what = not_html(data, len);
		if (what)
			return error_set(err, ERR_PARSE, "not an HTML page: %s", what);
	}

	/* decoding can triple the size (one byte to three); never more than 4x */
	buf_init(&utf8, len * 4 + 16);
	r = charset_to_utf8(data, len, o.content_type, &utf8, charset, sizeof(charset), err);
	if (r < 0)
		goto fail;
	/* a NUL would end the parser's input early; HTML gives it no meaning */
	for (char *z = utf8.data, *end = utf8.data + utf8.len;
	     (z = memchr(z, '\0', (size_t)(end - z)));)
		*z++ = ' ';

	/*
	 * script and style content and unread attributes are never read but
	 * cost the parser the most; it reads attribute values slowly
	 */
	buf_truncate(&utf8, rawtext_cut(utf8.data, utf8.len, &attrs));

	xmlInitParser();
	doc = htmlReadMemory(utf8.data, (int)utf8.len, o.url, "UTF-8", EXTRACT_PARSE_OPTS);
	buf_release(&utf8);
	if (!doc || !xmlDocGetRootElement(doc)) {
		r = error_set(err, ERR_PARSE, "not an HTML page");
		goto fail;
	}
	if (rawtext_attach(doc, &attrs) < 0) {
		r = error_nomem(err);
		goto fail;
	}
	rawtext_attrs_release(&attrs);
	/* the passes below visit each node a dozen times: read a huge page up to a cap */
	res->truncated = dom_cut_after(xmlDocGetRootElement(doc), o.max_nodes);

	res->charset = arena_strdup(&res->arena, charset);
	res->url = o.url ? arena_strdup(&res->arena, o.url) : NULL;

	memset(&mc, 0, sizeof(mc));
	mc.arena = &res->arena;
	mc.base_url = o.url;
	mc.max_depth = o.max_depth;
	if ((r = metadata_extract(doc, &mc, res, err)) < 0)
		goto fail;

	memset(&cc, 0, sizeof(cc));
	cc.arena = &res->arena;
	cc.max_depth = o.max_depth;
	cc.title = res->title;
	cc.raw_title = mc.h1;
	cc.product_name = mc.product_name;
	cc.declared = mc.declared;
	cc.posters = mc.posters;
	cc.url = res->url;
	if ((r = content_extract(doc, &cc, &root, &bl, err)) < 0)
		goto fail;
	{
		/* metadata first, then a notice beside the text, then one in it */
		struct extract_original orig = cc.orig;
		if (!orig.name && !orig.url)
			original_detect(&bl, &res->arena, res->url, &orig);
		else
			original_detect(&bl, &res->arena, res->url,
					&(struct extract_original){ 0 });
		if (!res->original.name)
			res->original.name = orig.name;
		if (!res->original.url)
			res->original.url = orig.url;
	}
	content_filter_blocks(&cc, &bl);
	content_drop_from_dom(&cc, root, &bl);
	/* a shop that fills its page by script gives its description in JSON-LD */
	if (cc.product && mc.product_text &&
	    content_product_text(&cc, doc, mc.product_text, &root, &bl) < 0) {
		r = error_nomem(err);
		goto fail;
	}

	if ((r = output_text(&bl, &text)) < 0) {
		r = error_nomem(err);
		goto fail;
	}
	res->text = detach_to_arena(&res->arena, &text);
	res->word_count = res->text ? count_words(res->text) : 0;
	if (res->text) {
		const char *l = lang_choose(res->language, res->text, strlen(res->text));
		if (l != res->language)
			res->language = arena_strdup(&res->arena, l);
	}
	{
		int wordy =
			res->word_count >= EXTRACT_MIN_ARTICLE_WORDS ||
			(res->date_published && res->word_count >= EXTRACT_MIN_ARTICLE_WORDS / 3);
		res->page_type = page_type_of(&cc, &bl, res, wordy);
		/*
		 * A service page's <h1> is a slogan ("Your content. Your
		 * canvas."); its <title> says what the page offers.
		 */
		if (!strcmp(res->page_type, "service") && mc.title_meta && res->title &&
		    strcmp(mc.title_meta, res->title) &&
		    !title_bracket_tail(mc.title_meta, res->title) && !mc.title_stated &&
		    !mc.title_site_only)
			res->title = mc.title_meta;
		res->title = title_settle(&mc, res->title, res->page_type);
		/* the title rules go by the shape; the voice only names the type */
		if (service_voice(res))
			res->page_type = "service";
		res->is_article = wordy && (!strcmp(res->page_type, "article") ||
					    !strcmp(res->page_type, "liveblog"));
	}
	/*
	 * An article that names no writer anywhere is the site's own: its
	 * name (a blog named for its writer, a company's news page) stands as
	 * the author, as feed readers show a feed's title for an entry with
	 * none; not for a republished one, whose writer is the original's.
	 * Decided after the page type, which reads a missing byline.
	 */
	if (!res->byline && res->site_name && !res->original.name && !res->original.url &&
	    (!strcmp(res->page_type, "article") || !strcmp(res->page_type, "liveblog"))) {
		res->byline = res->site_name;
		res->byline_is_site = 1;
	}
	if (o.want_markdown) {
		struct buf md = BUF_INIT;
		if (output_markdown(root, res->url, o.max_depth, &md) < 0) {
			buf_release(&md);
			r = error_nomem(err);
			goto fail;
		}
		res->markdown = detach_to_arena(&res->arena, &md);
	}
	if (o.want_html) {
		struct buf h = BUF_INIT;
		if (output_html(root, res->url, o.max_depth, &h) < 0) {
			buf_release(&h);
			r = error_nomem(err);
			goto fail;
		}
		res->html = detach_to_arena(&res->arena, &h);
	}
	/* a field the arena could not hold is missing, not empty: fail the page */
	if (!res->text || res->arena.oom) {
		r = error_nomem(err);
		goto fail;
	}
	xmlFreeDoc(doc);
	return 0;

fail:
	buf_release(&utf8);
	rawtext_attrs_release(&attrs);
	buf_release(&text);
	if (doc)
		xmlFreeDoc(doc);
	extract_result_release(res);
	return r < 0 ? r : -ERR_INTERNAL;
}
