/*
 * bench/extract_wcxb.c: extraction quality on the WCXB development set, a
 * second benchmark beside the Zyte one (bench/extract.c), of many page types
 * from many sites.
 *
 *   build/bench/extract_wcxb [--dir DIR] [--per-page] [--type TYPE]
 *                            [--show ID] [--score FILE] [--meta-misses]
 *                            [--meta-all] [--meta-sources] [--dump DIR]
 *                            [--halves]
 *
 * Reads DIR/ground-truth.json and DIR/html/<id>.html.gz (default
 * $SHARED/bench/extraction-wcxb, $SHARED defaulting to ../shared), runs extract_html()
 * on every page in one process and prints WCXB's metric (README of the data
 * set): lower-cased \w+ tokens, per page the bag-of-words overlap with the
 * gold text, P = overlap / predicted, R = overlap / gold, F1 per page; a page
 * with empty gold scores 1 only for an empty output; means over pages, for
 * all pages and per page type. Also the metadata accuracy (normalised exact
 * title, author contained either way, date to the day, language's primary subtag) over the pages whose
 * gold has the field, how often the page type found matches the gold one,
 * pages/s of extraction alone and the peak RSS. Prints figures, asserts
 * nothing; exits 0 with a message when the data set is absent.
 *
 * --per-page prints F1, P, R, gold type, id and the type found, worst first.
 *
 * --meta-misses lists every title, author, date and language that does not match:
 * field, id, gold, ours, tab-separated.
 *
 * --meta-all lists every page's metadata as found: id, gold type, type found,
 * title, byline, published and modified date, tab-separated (to compare two
 * builds page by page).
 *
 * --meta-sources tells, for each title and date that does not match, which of
 * the page's own sources the gold and ours are: an <h1>, the <title> (whole,
 * one part, cut), og:title, twitter:title, a JSON-LD headline, an <h2>; a
 * declared published or modified day, a day printed on the page or in the
 * URL; or none of them. One line a miss (field, id, gold's, ours), then the
 * count of each pair, on even and odd ids, for the misses and for the
 * pages that match ("title hit"). Names classes, never the text.
 *
 * --dump DIR writes each page's extracted text to DIR/<id>.txt.
 *
 * --halves also prints F1 per page type and the metadata for the pages of
 * odd and of even id apart: two halves of sites, to tell a change that
 * holds on pages it was not tuned on from one that fits a few.
 *
 * --score FILE.json scores {"<id>": "<text>", ...} (as written by
 * bench/extract-ref/) instead of running brief.
 */
#include <ctype.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wctype.h>

#include <libxml/HTMLparser.h>

#include "pages.h"
#include "util/utf8.h"

#include "util/banned.h"

/* ---- the metric ---- */

/*
 * Lower-cased \w+ tokens of `s`, hashed, into `t` (sorted when `sort`);
 * with `norm` also the tokens joined by single spaces (for metadata).
 */
static void tokenize(const char *s, struct bench_toks *t, struct buf *norm)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = s ? strlen(s) : 0, i = 0;
	uint64_t h = 0;
	int in = 0;

	t->n = 0;
	while (i <= len) {
		uint32_t cp = 0;
		size_t k = i < len ? utf8_seq(p + i, len - i, &cp) : 1;
		int w = i < len && k && bench_word_cp(cp);
		if (!k)
			k = 1;
		if (w) {
			uint32_t lc = cp < 0x80 ? (uint32_t)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp)
						: (uint32_t)towlower((wint_t)cp);
			if (!in) {
				h = 1469598103934665603ull;
				if (norm && norm->len)
					buf_putc(norm, ' ');
			}
			h = (h ^ lc) * 1099511628211ull;
			if (norm)
				utf8_put(norm, lc);
			in = 1;
		} else if (in) {
			bench_toks_push(t, h);
			in = 0;
		}
		i += k;
	}
}

/* WCXB's per-page P, R, F1 of `pred` against `gold` (either may be empty). */
static void score_page(const char *gold, const char *pred, double *P, double *R, double *F)
{
	struct bench_toks g = { 0 }, p = { 0 };
	size_t i = 0, j = 0, overlap = 0;

	tokenize(gold, &g, NULL);
	tokenize(pred, &p, NULL);
	if (g.n == 0) {
		*P = *R = *F = p.n == 0 ? 1 : 0;
		goto out;
	}
	if (p.n == 0) {
		*P = *R = *F = 0;
		goto out;
	}
	qsort(g.v, g.n, sizeof(*g.v), bench_cmp_u64);
	qsort(p.v, p.n, sizeof(*p.v), bench_cmp_u64);
	while (i < g.n && j < p.n) {
		if (g.v[i] == p.v[j])
			overlap++, i++, j++;
		else if (g.v[i] < p.v[j])
			i++;
		else
			j++;
	}
	*P = (double)overlap / (double)p.n;
	*R = (double)overlap / (double)g.n;
	*F = *P + *R > 0 ? 2 * *P * *R / (*P + *R) : 0;
out:
	free(g.v);
	free(p.v);
}

/* `s` lower-cased, its \w+ tokens joined by single spaces, into `out`. */
static void normalise(const char *s, struct buf *out)
{
	struct bench_toks t = { 0 };
	buf_reset(out);
	tokenize(s, &t, out);
	free(t.v);
}

/* ---- per-type tallies ---- */

#define NTYPES 9
static const char *const type_names[NTYPES] = { "article", "documentation", "service",
						"forum",   "collection",    "listing",
						"product", "other",         "all" };

struct tally {
	double p, r, f;
	int n;
	int type_hit; /* page type found equals the gold one */
};

static int type_index(const char *t)
{
	int i;
	for (i = 0; t && i < NTYPES - 2; i++)
		if (!strcmp(t, type_names[i]))
			return i;
	return NTYPES - 2;
}

struct meta_tally {
	int title_n, title_ok, author_n, author_ok, date_n, date_ok, lang_n, lang_ok;
};

/*
 * Scores one page's title, author and date against the gold; with `misses`
 * prints each one that does not match (id, field, gold, ours).
 */
static void meta_score(const char *id, json_t *g, const struct extract_result *res,
		       struct meta_tally *m, int misses)
{
	int ok;
	const char *gt = json_string_value(json_object_get(g, "title"));
	const char *ga = json_string_value(json_object_get(g, "author"));
	const char *gd = json_string_value(json_object_get(g, "date"));
	const char *gl = json_string_value(json_object_get(g, "lang"));
	struct buf a = BUF_INIT, b = BUF_INIT;

	if (gt && *gt) {
		m->title_n++;
		normalise(gt, &a);
		normalise(res->title, &b);
		ok = a.len && b.len && !strcmp(a.data, b.data);
		m->title_ok += ok;
		if (misses && !ok)
			printf("title\t%s\t%s\t%s\n", id, gt, res->title ? res->title : "");
	}
	if (ga && *ga) {
		m->author_n++;
		normalise(ga, &a);
		normalise(res->byline, &b);
		ok = a.len && b.len && (strstr(a.data, b.data) || strstr(b.data, a.data));
		m->author_ok += ok;
		if (misses && !ok)
			printf("author\t%s\t%s\t%s\n", id, ga, res->byline ? res->byline : "");
	}
	if (gl && strlen(gl) >= 2) {
		m->lang_n++;
		/* the primary subtag: "en" matches "en-US" */
		ok = res->language && strlen(res->language) >= 2 &&
		     !strncasecmp(res->language, gl, 2) &&
		     (!res->language[2] || res->language[2] == '-');
		m->lang_ok += ok;
		if (misses && !ok)
			printf("lang\t%s\t%s\t%s\n", id, gl, res->language ? res->language : "");
	}
	if (gd && strlen(gd) >= 10) {
		m->date_n++;
		ok = res->date_published && strlen(res->date_published) >= 10 &&
		     !strncmp(res->date_published, gd, 10);
		m->date_ok += ok;
		if (misses && !ok)
			printf("date\t%s\t%s\t%s\n", id, gd,
			       res->date_published ? res->date_published : "");
	}
	buf_release(&a);
	buf_release(&b);
}

/* ---- where a title or a date comes from (--meta-sources) ---- */

#define SRC_MAX 16

/* A page's own title and date sources, each normalised (see normalise()). */
struct page_sources {
	struct buf title, og, tw;
	struct buf text;          /* the shown text, outside <head> and scripts, lower-cased */
	struct buf words;         /* the same, normalised */
	struct buf part[SRC_MAX]; /* the <title>'s parts between separators */
	struct buf head[SRC_MAX]; /* JSON-LD headlines */
	struct buf h1[SRC_MAX], h2[3];
	char pub[SRC_MAX][11], mod[SRC_MAX][11]; /* declared days, YYYY-MM-DD */
	int nparts, nhead, nh1, nh2, npub, nmod;
	struct buf raw_title;
};

/* `v`'s day (YYYY-MM-DD at its start) added to `days` (`*n` of them). */
static void src_day(char (*days)[11], int *n, const char *v)
{
	if (v && *n < SRC_MAX && strlen(v) >= 10 && isdigit((unsigned char)v[0]) && v[4] == '-') {
		memcpy(days[*n], v, 10);
		days[(*n)++][10] = '\0';
	}
}

/* Headlines and declared days anywhere in a JSON-LD value. */
static void src_ld(struct page_sources *ps, json_t *j, int depth)
{
	const char *k;
	json_t *v;
	size_t i;
	if (depth > 12)
		return;
	if (json_is_array(j)) {
		json_array_foreach(j, i, v) src_ld(ps, v, depth + 1);
		return;
	}
	if (!json_is_object(j))
		return;
	json_object_foreach(j, k, v)
	{
		if (!strcmp(k, "headline") && json_is_string(v) && ps->nhead < SRC_MAX)
			normalise(json_string_value(v), &ps->head[ps->nhead++]);
		else if (!strcmp(k, "datePublished") && json_is_string(v))
			src_day(ps->pub, &ps->npub, json_string_value(v));
		else if (!strcmp(k, "dateModified") && json_is_string(v))
			src_day(ps->mod, &ps->nmod, json_string_value(v));
		else
			src_ld(ps, v, depth + 1);
	}
}

/* The attribute `name` of `n` copied into `tmp` (cut at `cap`), or NULL. */
static const char *src_attr(xmlNodePtr n, const char *name, char *tmp, size_t cap)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	if (!v)
		return NULL;
	snprintf(tmp, cap, "%s", (const char *)v);
	xmlFree(v);
	return tmp;
}

/*
 * The sources under `n` into `ps`: the <title>, og:title, twitter:title,
 * declared days (meta, itemprop, JSON-LD), JSON-LD headlines, every <h1>,
 * the first <h2>s, and the text shown outside <head>, scripts and styles.
 */
static void src_walk(struct page_sources *ps, xmlNodePtr n, int depth)
{
	xmlNodePtr k;
	for (k = n->children; k && depth < 200; k = k->next) {
		const char *name = (const char *)k->name;
		char a[4096], b[64];
		xmlChar *c;
		if (k->type == XML_TEXT_NODE && k->content) {
			buf_puts(&ps->text, (const char *)k->content);
			buf_putc(&ps->text, ' ');
			continue;
		}
		if (k->type != XML_ELEMENT_NODE)
			continue;
		if (!strcmp(name, "title") && !ps->raw_title.len) {
			c = xmlNodeGetContent(k);
			buf_puts(&ps->raw_title, c ? (const char *)c : "");
			xmlFree(c);
		} else if (!strcmp(name, "meta")) {
			const char *key = src_attr(k, "property", b, sizeof(b));
			const char *v = src_attr(k, "content", a, sizeof(a));
			if (!key)
				key = src_attr(k, "name", b, sizeof(b));
			if (!key)
				key = src_attr(k, "itemprop", b, sizeof(b));
			if (!key || !v)
				continue;
			if (!strcasecmp(key, "og:title") && !ps->og.len)
				normalise(v, &ps->og);
			else if (!strcasecmp(key, "twitter:title") && !ps->tw.len)
				normalise(v, &ps->tw);
			else if (!strcasecmp(key, "article:published_time") ||
				 !strcasecmp(key, "datePublished"))
				src_day(ps->pub, &ps->npub, v);
			else if (!strcasecmp(key, "article:modified_time") ||
				 !strcasecmp(key, "og:updated_time") ||
				 !strcasecmp(key, "dateModified"))
				src_day(ps->mod, &ps->nmod, v);
		} else if (!strcmp(name, "script")) {
			const char *t = src_attr(k, "type", b, sizeof(b));
			if (t && !strcasecmp(t, "application/ld+json") &&
			    (c = xmlNodeGetContent(k)) != NULL) {
				json_t *j = json_loads((const char *)c, JSON_DECODE_ANY, NULL);
				if (j)
					src_ld(ps, j, 0);
				json_decref(j);
				xmlFree(c);
			}
		} else if (strcmp(name, "style") && strcmp(name, "noscript") &&
			   strcmp(name, "template")) {
			if ((!strcmp(name, "h1") && ps->nh1 < SRC_MAX) ||
			    (!strcmp(name, "h2") && ps->nh2 < 3)) {
				struct buf *h =
					name[1] == '1' ? &ps->h1[ps->nh1] : &ps->h2[ps->nh2];
				c = xmlNodeGetContent(k);
				normalise(c ? (const char *)c : "", h);
				xmlFree(c);
				if (h->len && name[1] == '1')
					ps->nh1++;
				else if (h->len)
					ps->nh2++;
			}
			if (!strcmp(name, "head")) {
				size_t shown = ps->text.len;
				src_walk(ps, k, depth + 1);
				if (ps->text.len > shown) {
					ps->text.len = shown;
					ps->text.data[shown] = '\0';
				}
			} else {
				src_walk(ps, k, depth + 1);
			}
		}
	}
}

/* Separators between a <title>'s parts. */
static const char *const src_seps[] = { " | ",
					"|",
					" - ",
					" \xe2\x80\x93 ",
					" \xe2\x80\x94 ",
					" \xc2\xb7 ",
					"\xc2\xb7",
					" \xe2\x80\xa2 ",
					"\xe2\x80\xa2",
					" \xc2\xbb ",
					"\xc2\xbb",
					" : ",
					" / ",
					NULL };

/* The <title> normalised whole and each of its parts between separators. */
static void src_title_parts(struct page_sources *ps)
{
	const char *t = ps->raw_title.data, *p = t;
	normalise(t, &ps->title);
	while (*p && ps->nparts < SRC_MAX) {
		const char *best = NULL;
		size_t bl = 0;
		int k;
		for (k = 0; src_seps[k]; k++) {
			const char *q = strstr(p, src_seps[k]);
			if (q && (!best || q < best))
				best = q, bl = strlen(src_seps[k]);
		}
		{
			struct buf part = BUF_INIT;
			buf_put(&part, p, best ? (size_t)(best - p) : strlen(p));
			normalise(part.data, &ps->part[ps->nparts]);
			buf_release(&part);
			if (ps->part[ps->nparts].len)
				ps->nparts++;
		}
		if (!best)
			break;
		p = best + bl;
	}
}

/* The sources of the page `id`, read again from its file; -1 when it cannot be read. */
static int src_read(struct bench_pages *bp, const char *id, struct page_sources *ps)
{
	struct buf path = BUF_INIT, html = BUF_INIT;
	struct error err = { 0 };
	htmlDocPtr doc;
	size_t i;
	memset(ps, 0, sizeof(*ps));
	ps->title = ps->og = ps->tw = ps->text = ps->words = ps->raw_title = html;
	for (i = 0; i < SRC_MAX; i++)
		ps->part[i] = ps->head[i] = ps->h1[i] = html;
	for (i = 0; i < 3; i++)
		ps->h2[i] = html;
	buf_putf(&path, "%s/html/%s.html.gz", bp->dir.data, id);
	if (buf_error(&path) || file_read_all(path.data, 64u << 20, &html, &err) < 0) {
		buf_release(&path);
		buf_release(&html);
		return -1;
	}
	buf_release(&path);
	doc = htmlReadMemory(html.data, (int)html.len, NULL, NULL,
			     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
				     HTML_PARSE_NONET | HTML_PARSE_COMPACT);
	buf_release(&html);
	if (!doc)
		return -1;
	src_walk(ps, (xmlNodePtr)doc, 0);
	xmlFreeDoc(doc);
	src_title_parts(ps);
	normalise(ps->text.data, &ps->words);
	for (i = 0; i < ps->text.len; i++)
		ps->text.data[i] = (char)tolower((unsigned char)ps->text.data[i]);
	return 0;
}

static void src_release(struct page_sources *ps)
{
	int i;
	buf_release(&ps->title), buf_release(&ps->og), buf_release(&ps->tw);
	buf_release(&ps->text), buf_release(&ps->words), buf_release(&ps->raw_title);
	for (i = 0; i < SRC_MAX; i++) {
		buf_release(&ps->part[i]), buf_release(&ps->head[i]), buf_release(&ps->h1[i]);
	}
	for (i = 0; i < 3; i++)
		buf_release(&ps->h2[i]);
}

static int src_eq(const struct buf *a, const char *x)
{
	return a->len && !strcmp(a->data, x);
}

/* 1 when the words `x` are a run of the words of `a` (both normalised). */
static int src_within(const struct buf *a, const char *x)
{
	size_t n = strlen(x);
	const char *p;
	for (p = a->data; a->len && n && (p = strstr(p, x)) != NULL; p++)
		if ((p == a->data || p[-1] == ' ') && (!p[n] || p[n] == ' '))
			return 1;
	return 0;
}

/* Which source of `ps` the title `t` is; its class's name. */
static const char *src_title_class(const struct page_sources *ps, const char *t)
{
	struct buf n = BUF_INIT;
	const char *cls = "nowhere";
	int i;
	char *x;
	normalise(t, &n);
	x = n.data;
	if (!*x)
		cls = "none";
	for (i = 0; *x && i < ps->nh1; i++)
		if (src_eq(&ps->h1[i], x)) {
			cls = "h1";
			goto out;
		}
	if (!*x)
		goto out;
	if (src_eq(&ps->title, x)) {
		cls = ps->nparts > 1 ? "title whole" : "title";
		goto out;
	}
	if (ps->nparts > 1 && src_eq(&ps->part[0], x)) {
		cls = "title first part";
		goto out;
	}
	for (i = 1; i < ps->nparts; i++)
		if (src_eq(&ps->part[i], x)) {
			cls = "title other part";
			goto out;
		}
	if (src_eq(&ps->og, x) || src_eq(&ps->tw, x)) {
		cls = "og or twitter title";
		goto out;
	}
	for (i = 0; i < ps->nhead; i++)
		if (src_eq(&ps->head[i], x)) {
			cls = "JSON-LD headline";
			goto out;
		}
	for (i = 0; i < ps->nh2; i++)
		if (src_eq(&ps->h2[i], x)) {
			cls = "h2";
			goto out;
		}
	if (src_within(&ps->title, x)) {
		cls = "title cut";
		goto out;
	}
	for (i = 0; i < ps->nh1; i++)
		if (src_within(&ps->h1[i], x) || src_within(&n, ps->h1[i].data)) {
			cls = "h1 give or take words";
			goto out;
		}
	if (src_within(&ps->og, x) || src_within(&ps->tw, x)) {
		cls = "og or twitter title cut";
		goto out;
	}
	if (src_within(&ps->words, x))
		cls = "page text";
out:
	buf_release(&n);
	return cls;
}

static const char *const src_months[] = { "january",   "february", "march",    "april",
					  "may",       "june",     "july",     "august",
					  "september", "october",  "november", "december" };

/* 1 when the shown text (lower-cased) prints the day `d` (YYYY-MM-DD) in a common form. */
static int src_printed(const struct page_sources *ps, const char *d)
{
	int y, m, dd, k;
	char f[16][48];
	const char *mn, *t = ps->text.data;
	if (sscanf(d, "%4d-%2d-%2d", &y, &m, &dd) != 3 || m < 1 || m > 12)
		return 0;
	mn = src_months[m - 1];
	snprintf(f[0], 48, "%.10s", d);
	snprintf(f[1], 48, "%d/%02d/%02d", y, m, dd);
	snprintf(f[2], 48, "%02d/%02d/%d", m, dd, y);
	snprintf(f[3], 48, "%d/%d/%d", m, dd, y);
	snprintf(f[4], 48, "%02d.%02d.%d", dd, m, y);
	snprintf(f[5], 48, "%s %d, %d", mn, dd, y);
	snprintf(f[6], 48, "%.3s %d, %d", mn, dd, y);
	snprintf(f[7], 48, "%.3s. %d, %d", mn, dd, y);
	snprintf(f[8], 48, "%d %s %d", dd, mn, y);
	snprintf(f[9], 48, "%d %.3s %d", dd, mn, y);
	snprintf(f[10], 48, "%s %d %d", mn, dd, y);
	snprintf(f[11], 48, "%.3s %d %d", mn, dd, y);
	snprintf(f[12], 48, "%02d/%02d/%d", dd, m, y);
	snprintf(f[13], 48, "%s %d%s, %d", mn, dd,
		 dd % 10 == 1 && dd != 11   ? "st"
		 : dd % 10 == 2 && dd != 12 ? "nd"
		 : dd % 10 == 3 && dd != 13 ? "rd"
					    : "th",
		 y);
	snprintf(f[14], 48, "%d.%d.%d", dd, m, y);
	snprintf(f[15], 48, "%02d %.3s %d", dd, mn, y);
	for (k = 0; k < 16; k++)
		if (strstr(t, f[k]))
			return 1;
	return 0;
}

static int src_has_day(char (*days)[11], int n, const char *d)
{
	int i;
	for (i = 0; i < n; i++)
		if (!strncmp(days[i], d, 10))
			return 1;
	return 0;
}

/* Which source of `ps` the day `d` is (published first), printed or not. */
static const char *src_date_class(const struct page_sources *ps, const char *d, const char *url)
{
	char ymd[16];
	int pub, mod, printed;
	if (!d || strlen(d) < 10)
		return "none";
	pub = src_has_day((char(*)[11])ps->pub, ps->npub, d);
	mod = src_has_day((char(*)[11])ps->mod, ps->nmod, d);
	printed = src_printed(ps, d);
	if (pub)
		return printed ? "declared published, printed" : "declared published, not printed";
	if (mod)
		return printed ? "declared modified, printed" : "declared modified, not printed";
	if (printed)
		return "printed, declared nowhere";
	snprintf(ymd, sizeof(ymd), "%.4s/%.2s/%.2s", d, d + 5, d + 8);
	if (url && (strstr(url, ymd) || strstr(url, d)))
		return "in the URL";
	return "nowhere in metadata or print";
}

struct src_pair {
	char field[16], gold[40], ours[40];
	int n[2];
};

static void src_count(struct src_pair *pairs, size_t *np, size_t cap, const char *field,
		      const char *gold, const char *ours, int half)
{
	size_t i;
	for (i = 0; i < *np; i++)
		if (!strcmp(pairs[i].field, field) && !strcmp(pairs[i].gold, gold) &&
		    !strcmp(pairs[i].ours, ours))
			break;
	if (i == *np) {
		if (*np == cap)
			return;
		memset(&pairs[i], 0, sizeof(pairs[i]));
		snprintf(pairs[i].field, sizeof(pairs[i].field), "%s", field);
		snprintf(pairs[i].gold, sizeof(pairs[i].gold), "%s", gold);
		snprintf(pairs[i].ours, sizeof(pairs[i].ours), "%s", ours);
		(*np)++;
	}
	pairs[i].n[half]++;
}

static int cmp_pair(const void *a, const void *b)
{
	const struct src_pair *x = a, *y = b;
	int c = strcmp(x->field, y->field);
	if (c)
		return c;
	return (y->n[0] + y->n[1]) - (x->n[0] + x->n[1]);
}

/*
 * For the page `id`, the class of the gold's and our title and date: a
 * line for each that does not match; all counted in `pairs` (on half
 * `half`), those that match apart ("title hit"), for the whole set's view.
 */
static void meta_sources(struct bench_pages *bp, const char *id, json_t *g,
			 const struct extract_result *res, struct src_pair *pairs, size_t *np,
			 size_t cap, int half)
{
	const char *gt = json_string_value(json_object_get(g, "title"));
	const char *gd = json_string_value(json_object_get(g, "date"));
	const char *url = json_string_value(json_object_get(g, "url"));
	struct buf a = BUF_INIT, b = BUF_INIT;
	struct page_sources ps;
	int tmiss, dmiss;

	normalise(gt, &a);
	normalise(res->title, &b);
	tmiss = gt && *gt && !(a.len && b.len && !strcmp(a.data, b.data));
	dmiss = gd && strlen(gd) >= 10 &&
		!(res->date_published && strlen(res->date_published) >= 10 &&
		  !strncmp(res->date_published, gd, 10));
	buf_release(&a);
	buf_release(&b);
	if ((!(gt && *gt) && !(gd && strlen(gd) >= 10)) || src_read(bp, id, &ps) < 0)
		return;
	if (gt && *gt) {
		const char *gc = src_title_class(&ps, gt), *oc = src_title_class(&ps, res->title);
		if (tmiss)
			printf("title\t%s\t%s\t%s\n", id, gc, oc);
		src_count(pairs, np, cap, tmiss ? "title" : "title hit", gc, oc, half);
	}
	if (gd && strlen(gd) >= 10) {
		const char *gc = src_date_class(&ps, gd, url);
		const char *oc = src_date_class(&ps, res->date_published, url);
		if (dmiss)
			printf("date\t%s\t%s\t%s\n", id, gc, oc);
		src_count(pairs, np, cap, dmiss ? "date" : "date hit", gc, oc, half);
	}
	src_release(&ps);
}

/* ---- driver ---- */

struct page_result {
	const char *id, *type, *found;
	double p, r, f;
};

static int cmp_page(const void *a, const void *b)
{
	const struct page_result *x = a, *y = b;
	return x->f < y->f ? -1 : x->f > y->f;
}

static double pct(int a, int b)
{
	return b ? (double)a / b : 0;
}

int main(int argc, char **argv)
{
	const char *dir = NULL, *show = NULL, *score_file = NULL, *dump = NULL;
	const char *only_type = NULL, *id;
	int per_page = 0, meta_misses = 0, meta_all = 0, halves = 0, sources = 0, i, r;
	struct src_pair pairs[256];
	size_t npairs = 0;
	struct bench_pages b;
	json_t *v;
	struct tally tally[NTYPES] = { { 0 } }, half[2][NTYPES] = { { { 0 } } };
	struct meta_tally meta = { 0 }, half_meta[2] = { { 0 } };
	struct page_result *pages;
	size_t npages = 0, k;

	setlocale(LC_CTYPE, "C.UTF-8");
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--dir") && i + 1 < argc)
			dir = argv[++i];
		else if (!strcmp(argv[i], "--per-page"))
			per_page = 1;
		else if (!strcmp(argv[i], "--meta-misses"))
			meta_misses = 1;
		else if (!strcmp(argv[i], "--meta-all"))
			meta_all = 1;
		else if (!strcmp(argv[i], "--meta-sources"))
			sources = 1;
		else if (!strcmp(argv[i], "--type") && i + 1 < argc)
			only_type = argv[++i];
		else if (!strcmp(argv[i], "--show") && i + 1 < argc)
			show = argv[++i];
		else if (!strcmp(argv[i], "--score") && i + 1 < argc)
			score_file = argv[++i];
		else if (!strcmp(argv[i], "--dump") && i + 1 < argc)
			dump = argv[++i];
		else if (!strcmp(argv[i], "--halves"))
			halves = 1;
		else {
			fprintf(stderr,
				"usage: extract_wcxb [--dir DIR] [--per-page] [--type TYPE] "
				"[--show ID] [--score FILE] [--meta-misses] [--meta-all] "
				"[--meta-sources] [--dump DIR] [--halves]\n");
			return 2;
		}
	}
	if ((r = bench_pages_open(&b, "extract_wcxb", dir, "bench/extraction-wcxb", score_file)) !=
	    0) {
		bench_pages_close(&b);
		return r == 1 ? 0 : 1;
	}
	pages = calloc(json_object_size(b.gt), sizeof(*pages));
	if (!pages)
		return 1;

	json_object_foreach(b.gt, id, v)
	{
		const char *gold = json_string_value(json_object_get(v, "text"));
		const char *type = json_string_value(json_object_get(v, "page_type"));
		const char *url = json_string_value(json_object_get(v, "url"));
		struct extract_result res;
		const char *text;
		enum bench_page got;
		double p, rr, f;
		int ti, h;

		if (show && strcmp(show, id))
			continue;
		if (only_type && (!type || strcmp(only_type, type)))
			continue;
		got = bench_page_text(&b, id, url, &res, &text);
		if (got == BENCH_PAGE_UNREAD)
			continue;
		/* the half of a page: its id's last digit odd or even (ASCII: "1" is odd) */
		h = id[0] && (unsigned char)id[strlen(id) - 1] % 2;
		if (got != BENCH_PAGE_SCORED) {
			meta_score(id, v, &res, &meta, meta_misses);
			meta_score(id, v, &res, &half_meta[h], 0);
			if (sources)
				meta_sources(&b, id, v, &res, pairs, &npairs,
					     sizeof(pairs) / sizeof(pairs[0]), h);
		}
		score_page(gold, text, &p, &rr, &f);
		ti = type_index(type);
		half[h][ti].f += f, half[h][ti].n++;
		half[h][NTYPES - 1].f += f, half[h][NTYPES - 1].n++;
		tally[ti].p += p, tally[ti].r += rr, tally[ti].f += f, tally[ti].n++;
		tally[NTYPES - 1].p += p, tally[NTYPES - 1].r += rr, tally[NTYPES - 1].f += f;
		tally[NTYPES - 1].n++;
		if (got == BENCH_PAGE_EXTRACTED && res.page_type && type &&
		    !strcmp(res.page_type, type)) {
			tally[ti].type_hit++;
			tally[NTYPES - 1].type_hit++;
		}
		if (show) {
			printf("type: %s (gold %s)\ntitle: %s\nauthor: %s\ndate: %s\n"
			       "P %.3f R %.3f F1 %.3f\n---- extracted\n%s\n---- gold\n%s\n",
			       res.page_type ? res.page_type : "(none)", type ? type : "?",
			       res.title ? res.title : "(none)", res.byline ? res.byline : "(none)",
			       res.date_published ? res.date_published : "(none)", p, rr, f, text,
			       gold ? gold : "(empty)");
		}
		if (meta_all && got == BENCH_PAGE_EXTRACTED)
			printf("meta\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", id, type ? type : "?",
			       res.page_type ? res.page_type : "-", res.title ? res.title : "",
			       res.byline ? res.byline : "",
			       res.date_published ? res.date_published : "",
			       res.date_modified ? res.date_modified : "");
		if (dump) {
			char path[4096];
			FILE *fp;
			snprintf(path, sizeof(path), "%s/%s.txt", dump, id);
			fp = fopen(path, "w");
			if (fp && fputs(text ? text : "", fp) == EOF) {
				fclose(fp);
				fp = NULL;
			}
			if (!fp || fclose(fp)) {
				fprintf(stderr, "extract_wcxb: cannot write %s\n", path);
				return 1;
			}
		}
		pages[npages].id = id;
		pages[npages].type = type ? type : "?";
		/* page types are static strings: they outlive the result */
		pages[npages].found =
			got == BENCH_PAGE_EXTRACTED && res.page_type ? res.page_type : "-";
		pages[npages].p = p, pages[npages].r = rr, pages[npages].f = f;
		npages++;
		if (got == BENCH_PAGE_EXTRACTED)
			extract_result_release(&res);
	}

	if (sources) {
		qsort(pairs, npairs, sizeof(*pairs), cmp_pair);
		printf("by source, misses and hits (gold's, ours: count, even ids, odd ids):\n");
		for (k = 0; k < npairs; k++)
			printf("  %s\t%s\t%s\t%d\t%d\t%d\n", pairs[k].field, pairs[k].gold,
			       pairs[k].ours, pairs[k].n[0] + pairs[k].n[1], pairs[k].n[0],
			       pairs[k].n[1]);
	}
	if (per_page) {
		qsort(pages, npages, sizeof(*pages), cmp_page);
		for (k = 0; k < npages; k++)
			printf("%.3f %.3f %.3f %-13s %s %s\n", pages[k].f, pages[k].p, pages[k].r,
			       pages[k].type, pages[k].id, pages[k].found ? pages[k].found : "-");
	}
	printf("extract_wcxb bench: %zu pages (%zu failed, %zu empty outputs)\n", npages, b.failed,
	       b.empty);
	printf("  %-14s %5s %6s %6s %6s%s\n", "page type", "pages", "P", "R", "F1",
	       b.pred ? "" : "  type found");
	for (i = 0; i < NTYPES; i++) {
		const struct tally *t = &tally[(i + NTYPES - 1) % NTYPES]; /* "all" first */
		if (!t->n)
			continue;
		printf("  %-14s %5d %6.3f %6.3f %6.3f", type_names[(i + NTYPES - 1) % NTYPES], t->n,
		       t->p / t->n, t->r / t->n, t->f / t->n);
		if (!b.pred)
			printf("  %.2f", pct(t->type_hit, t->n));
		printf("\n");
	}
	if (!b.pred)
		printf("  metadata: title %.3f (%d pages)  author %.3f (%d)  date %.3f (%d)  "
		       "language %.3f (%d)\n",
		       pct(meta.title_ok, meta.title_n), meta.title_n,
		       pct(meta.author_ok, meta.author_n), meta.author_n,
		       pct(meta.date_ok, meta.date_n), meta.date_n, pct(meta.lang_ok, meta.lang_n),
		       meta.lang_n);
	if (halves) {
		printf("  halves (F1; odd ids, even ids):\n");
		for (i = 0; i < NTYPES; i++) {
			int t = (i + NTYPES - 1) % NTYPES;
			if (!tally[t].n)
				continue;
			printf("  %-14s %6.4f %6.4f\n", type_names[t],
			       half[1][t].n ? half[1][t].f / half[1][t].n : 0,
			       half[0][t].n ? half[0][t].f / half[0][t].n : 0);
		}
		if (!b.pred)
			for (i = 1; i >= 0; i--)
				printf("  metadata, %s ids: title %.4f  author %.4f  date %.4f\n",
				       i ? "odd" : "even",
				       pct(half_meta[i].title_ok, half_meta[i].title_n),
				       pct(half_meta[i].author_ok, half_meta[i].author_n),
				       pct(half_meta[i].date_ok, half_meta[i].date_n));
	}
	bench_pages_speed(&b, npages);
	free(pages);
	bench_pages_close(&b);
	return 0;
}
