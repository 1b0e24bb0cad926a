/*
 * ingest.c: every way a document enters the store. See ingest.h.
 *
 * Sections: one document (ingest_document, after_store), feeds, WARC,
 * JSON Lines, files and directories, URLs, and polling subscriptions.
 */
#include "corpus/ingest.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <zlib.h>

#include <jansson.h>

#include "corpus/events.h"
#include "corpus/syndication.h"
#include "extract/extract.h"
#include "source/feed.h"
#include "source/fetch.h"
#include "source/local.h"
#include "source/sitemap.h"
#include "source/warc.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/sha256.h"
#include "util/url.h"

#include "util/banned.h"

/* Entries whose content has fewer characters of text than this are summaries. */
#define FULL_CONTENT_MIN_TEXT 400

static size_t max_input(const struct ingest_options *opt)
{
	return opt && opt->max_input ? opt->max_input : EXTRACT_DEFAULT_MAX_INPUT;
}

static void report_error(const struct ingest_options *opt, const char *input,
			 const struct error *err)
{
	if (opt && opt->on_error)
		opt->on_error(input, err, opt->data);
}

static void report_progress(const struct ingest_options *opt, const char *input,
			    const struct ingest_stats *stats)
{
	if (opt && opt->on_progress)
		opt->on_progress(input, stats, opt->data);
}

/* "file:///abs/path" for a local page without a URL of its own. */
static int file_url(struct buf *out, const char *input)
{
	char abs[PATH_MAX];
	if (!strcmp(input, "-"))
		return buf_adds(out, "stdin:");
	if (!realpath(input, abs))
		return buf_addf(out, "file://%s", input);
	return buf_addf(out, "file://%s", abs);
}

/* Append `url` normalised when it is http(s), else as it is. */
static int add_url(struct buf *out, const char *url)
{
	if (url_is_http(url) && url_normalize(out, url) == 0)
		return 0;
	return buf_adds(out, url);
}

/* ---- one document ---- */

/*
 * The article `a` (extracted as `res`) has just been stored: `what` says
 * whether it was added, updated or found unchanged. Per-article work
 * that needs the stored id (event coding, fingerprints, ...) is called
 * from here, and only from here. It runs inside the ingest's transaction;
 * a negative return fails the page (ERR_DB stops the run).
 */
static int after_store(struct store *st, const struct article *a, const struct extract_result *res,
		       enum store_put_result what, struct ingest_stats *stats, struct error *err)
{
	struct error cerr = { 0 };
	int r = 0, n;
	(void)res;
	if (what == STORE_UNCHANGED)
		return 0;
	/* analyses across documents: syndication groups */
	r = syndication_update(st, a->id, a->text, err);
	if (r < 0)
		return r;
	/*
	 * events: a page whose events cannot be coded (no
	 * dictionaries installed, say) is still a stored article; count it and
	 * keep the first reason. A database error stops the run as usual.
	 */
	n = events_code_article(st, a->id, a->text, a->published, &cerr);
	if (n >= 0) {
		if (stats)
			stats->events += (size_t)n;
	} else if (cerr.code == ERR_DB) {
		*err = cerr;
		return n;
	} else if (stats) {
		if (!stats->events_failed++)
			stats->events_error = cerr;
	}
	return 0;
}

int ingest_extract(const struct ingest_doc *doc, const struct ingest_options *opt,
		   struct ingest_extracted *x, struct error *err)
{
	const struct feed_entry *e = doc->entry;
	struct extract_options xo = { 0 };
	struct extract_result *res = &x->res;
	struct article *a = &x->a;
	const char *from = doc->url ? doc->url : doc->input;
	int r;

	memset(x, 0, sizeof(*x));
	xo.max_input = opt ? opt->max_input : 0;
	xo.url = url_is_http(from) ? from : NULL;
	xo.content_type = doc->content_type;
	r = extract_html(doc->data, doc->len, &xo, res, err);
	if (r < 0) {
		memset(x, 0, sizeof(*x));
		return r;
	}
	/*
	 * A page that is not an article (a section front, a list of links) is
	 * not stored. A feed entry may be a short summary: it only needs some
	 * text and a title (the entry's counts).
	 */
	if (!res->text || !*res->text ||
	    (e ? (!res->title || !*res->title) && !e->title && res->word_count < 20
	       : !res->is_article)) {
		size_t words = res->word_count;
		ingest_extracted_release(x);
		return error_set(err, ERR_PARSE, "not an article (%zu words of text)", words);
	}

	/* identity: canonical URL, else where it came from, else the entry's link */
	if (res->canonical_url && url_is_http(res->canonical_url))
		r = add_url(&x->url, res->canonical_url);
	else if (res->url && url_is_http(res->url))
		r = add_url(&x->url, res->url);
	else if (e && e->link && url_is_http(e->link))
		r = add_url(&x->url, e->link);
	else if (doc->url)
		r = add_url(&x->url, doc->url);
	else
		r = file_url(&x->url, doc->input);
	if (r == 0 && url_is_http(x->url.data)) {
		r = url_origin(&x->origin, x->url.data);
		if (r == 0)
			r = url_host(&x->host, x->url.data);
	}
	if (r < 0) {
		ingest_extracted_release(x);
		return error_set(err, ERR_NOMEM, "out of memory");
	}
	/* the store owns nothing here: the strings live in res, the entry and the bufs */
	a->url = x->url.data;
	a->source_url = x->origin.len ? x->origin.data : NULL;
	a->source = (char *)(res->site_name         ? res->site_name
			     : doc->feed_title && e ? doc->feed_title
			     : x->host.len          ? x->host.data
						    : NULL);
	a->title = (char *)(res->title && *res->title ? res->title
			    : e && e->title           ? e->title
						      : "(untitled)");
	a->byline = (char *)(res->byline ? res->byline : e ? e->author : NULL);
	a->published = (char *)(res->date_published ? res->date_published
				: e                 ? e->published
						    : NULL);
	a->modified = (char *)(res->date_modified ? res->date_modified : e ? e->updated : NULL);
	a->language = (char *)(res->language ? res->language : e ? e->language : NULL);
	a->description = (char *)res->description;
	a->image = (char *)res->image;
	a->text = (char *)res->text;
	a->word_count = (int64_t)res->word_count;
	a->original_name = (char *)res->original.name;
	a->original_url = (char *)res->original.url;

	x->d.url = doc->url && url_is_http(doc->url) ? doc->url : x->url.data;
	x->d.content_type = doc->content_type;
	x->d.body = doc->data;
	x->d.len = doc->len;
	return 0;
}

void ingest_extracted_release(struct ingest_extracted *x)
{
	buf_release(&x->url);
	buf_release(&x->origin);
	buf_release(&x->host);
	extract_result_release(&x->res);
	memset(x, 0, sizeof(*x));
}

int ingest_document(struct store *st, const struct ingest_doc *doc,
		    const struct ingest_options *opt, struct ingest_stats *stats,
		    int64_t *article_id, struct error *err)
{
	struct ingest_extracted x;
	enum store_put_result what = STORE_UNCHANGED;
	int r;

	if (article_id)
		*article_id = 0;
	if ((r = ingest_extract(doc, opt, &x, err)) < 0)
		return r;
	r = store_article_put(st, &x.d, &x.a, &what, err);
	if (r == 0)
		r = after_store(st, &x.a, &x.res, what, stats, err);
	if (r == 0) {
		if (article_id)
			*article_id = x.a.id;
		if (stats) {
			if (what == STORE_ADDED)
				stats->added++;
			else if (what == STORE_UPDATED)
				stats->updated++;
			else
				stats->unchanged++;
		}
	}
	ingest_extracted_release(&x);
	return r;
}

int ingest_page(struct store *st, const char *input, const char *data, size_t len,
		const struct ingest_options *opt, struct ingest_stats *stats, struct error *err)
{
	struct ingest_doc doc = { 0 };
	doc.input = input;
	doc.url = url_is_http(input) ? input : NULL;
	doc.data = data;
	doc.len = len;
	return ingest_document(st, &doc, opt, stats, NULL, err);
}

/* Count a page's outcome; a database error is returned, others are reported. */
static int settle(const struct ingest_options *opt, struct ingest_stats *stats, const char *input,
		  int r, const struct error *perr, struct error *err)
{
	if (r < 0) {
		stats->failed++;
		report_error(opt, input, perr);
		if (perr->code == ERR_DB) {
			if (err)
				*err = *perr;
			return r;
		}
		return 0;
	}
	report_progress(opt, input, stats);
	return 0;
}

/* ---- feeds ---- */

/* Rough count of text characters in HTML (tags skipped). */
static size_t html_text_len(const char *s)
{
	size_t n = 0;
	int tag = 0;
	if (!s)
		return 0;
	for (; *s; s++) {
		if (*s == '<')
			tag = 1;
		else if (*s == '>')
			tag = 0;
		else if (!tag && !isspace((unsigned char)*s))
			n++;
	}
	return n;
}

static void add_attr_escaped(struct buf *b, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '"')
			buf_adds(b, "&quot;");
		else if (*s == '&')
			buf_adds(b, "&amp;");
		else if (*s == '<')
			buf_adds(b, "&lt;");
		else
			buf_addch(b, *s);
	}
}

/* An HTML page carrying a feed entry's own content, for the extractor. */
static void entry_page(struct buf *b, const struct feed_entry *e, const char *feed_title,
		       const char *body)
{
	buf_adds(b, "<!DOCTYPE html>\n<html");
	if (e->language) {
		buf_adds(b, " lang=\"");
		add_attr_escaped(b, e->language);
		buf_adds(b, "\"");
	}
	buf_adds(b, "><head><meta charset=\"utf-8\"><title>");
	add_attr_escaped(b, e->title ? e->title : "");
	buf_adds(b, "</title>\n");
	if (e->link) {
		buf_adds(b, "<link rel=\"canonical\" href=\"");
		add_attr_escaped(b, e->link);
		buf_adds(b, "\">\n");
	}
	if (e->author) {
		buf_adds(b, "<meta name=\"author\" content=\"");
		add_attr_escaped(b, e->author);
		buf_adds(b, "\">\n");
	}
	if (e->published) {
		buf_adds(b, "<meta property=\"article:published_time\" content=\"");
		add_attr_escaped(b, e->published);
		buf_adds(b, "\">\n");
	}
	if (feed_title) {
		buf_adds(b, "<meta property=\"og:site_name\" content=\"");
		add_attr_escaped(b, feed_title);
		buf_adds(b, "\">\n");
	}
	buf_adds(b, "</head><body><article><h1>");
	add_attr_escaped(b, e->title ? e->title : "");
	buf_adds(b, "</h1>\n");
	buf_adds(b, body ? body : "");
	buf_adds(b, "\n</article></body></html>\n");
}

/* A feed entry waiting for its page; owns copies of what it needs. */
struct entry_job {
	struct store *st;
	const struct ingest_options *opt;
	struct ingest_stats *stats;
	int64_t subscription_id;
	struct feed_entry e; /* strings below */
	char *feed_title;
	struct arena arena;
};

static const char *jdup(struct arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

static void entry_page_done(const struct fetch_response *res, void *data)
{
	struct entry_job *j = data;
	struct error perr = { 0 };
	int64_t id = 0;
	int r;

	j->stats->seen++;
	if (res->err.code) {
		perr = res->err;
		r = -(int)perr.code;
	} else {
		struct ingest_doc doc = { 0 };
		doc.input = res->final_url;
		doc.url = res->final_url;
		doc.content_type = res->content_type;
		doc.data = res->body;
		doc.len = res->len;
		doc.entry = &j->e;
		doc.feed_title = j->feed_title;
		r = ingest_document(j->st, &doc, j->opt, j->stats, &id, &perr);
	}
	/* a failed page leaves the entry unstored: the next poll tries again */
	if (j->subscription_id)
		store_feed_entry_put(j->st, j->subscription_id, j->e.key, j->e.link, id, NULL);
	settle(j->opt, j->stats, res->url, r, &perr, NULL);
	arena_release(&j->arena);
	free(j);
}

static int queue_entry_page(struct store *st, const struct feed *feed, const struct feed_entry *e,
			    int64_t subscription_id, const struct ingest_options *opt,
			    struct ingest_stats *stats, struct error *err)
{
	struct entry_job *j = calloc(1, sizeof(*j));
	struct fetch_request req = { 0 };
	if (!j)
		return error_set(err, ERR_NOMEM, "out of memory");
	j->st = st;
	j->opt = opt;
	j->stats = stats;
	j->subscription_id = subscription_id;
	j->e.key = jdup(&j->arena, e->key);
	j->e.id = jdup(&j->arena, e->id);
	j->e.link = jdup(&j->arena, e->link);
	j->e.title = jdup(&j->arena, e->title);
	j->e.author = jdup(&j->arena, e->author);
	j->e.published = jdup(&j->arena, e->published);
	j->e.updated = jdup(&j->arena, e->updated);
	j->e.language = jdup(&j->arena, e->language ? e->language : feed->language);
	j->feed_title = (char *)jdup(&j->arena, feed->title);
	req.url = e->link;
	req.allow_private = opt->allow_private;
	return fetcher_add(opt->fetcher, &req, entry_page_done, j, err);
}

int ingest_feed(struct store *st, const struct feed *feed, const char *input,
		int64_t subscription_id, const struct ingest_options *opt,
		struct ingest_stats *stats, struct error *err)
{
	size_t i;
	struct buf page = BUF_INIT, norm = BUF_INIT, label = BUF_INIT;
	int r = 0;

	stats->feeds++;
	for (i = 0; i < feed->n && r == 0; i++) {
		const struct feed_entry *e = &feed->entries[i];
		const char *body =
			html_text_len(e->content) >= FULL_CONTENT_MIN_TEXT ? e->content : NULL;
		struct error perr = { 0 };
		int64_t id = 0;
		int pr;

		buf_reset(&label);
		buf_addf(&label, "%s: %s", input, e->link ? e->link : e->key);
		if (subscription_id) {
			pr = store_feed_entry_seen(st, subscription_id, e->key, err);
			if (pr < 0) {
				r = pr;
				break;
			}
			if (pr == 1) {
				stats->known++;
				continue;
			}
		}
		buf_reset(&norm);
		if (e->link && url_is_http(e->link) && url_normalize(&norm, e->link) == 0) {
			/*
			 * An entry whose page is stored already (ingested as a page, or
			 * from another feed) is known: a feed's copy of the text never
			 * replaces the page's own article. A summary's page is fetched.
			 */
			int64_t have = store_article_id_by_url(st, norm.data, err);
			if (have < 0) {
				r = (int)have;
				break;
			}
			if (have > 0) {
				stats->known++;
				if (subscription_id)
					r = store_feed_entry_put(st, subscription_id, e->key,
								 e->link, have, err);
				continue;
			}
			if (!body && opt && opt->fetcher) {
				r = queue_entry_page(st, feed, e, subscription_id, opt, stats, err);
				continue;
			}
		}
		/* full content, or offline: store what the feed says */
		stats->seen++;
		buf_reset(&page);
		entry_page(&page, e, feed->title,
			   body         ? body
			   : e->content ? e->content
					: e->summary);
		{
			struct ingest_doc doc = { 0 };
			struct feed_entry copy = *e;
			struct buf synth = BUF_INIT;
			if (!copy.link || !url_is_http(copy.link)) {
				/* no page of its own: name it after the feed and its key */
				buf_addf(&synth, "%s#%s", input, e->key);
				copy.link = NULL;
				doc.url = synth.data;
			}
			doc.input = label.data;
			doc.data = page.data;
			doc.len = page.len;
			doc.entry = &copy;
			doc.feed_title = feed->title;
			pr = ingest_document(st, &doc, opt, stats, &id, &perr);
			buf_release(&synth);
		}
		if (pr == 0 && subscription_id)
			pr = store_feed_entry_put(st, subscription_id, e->key, e->link, id, &perr);
		r = settle(opt, stats, label.data, pr, &perr, err);
	}
	buf_release(&page);
	buf_release(&norm);
	buf_release(&label);
	return r;
}

/* ---- sitemaps ---- */

struct sitemap_job {
	struct store *st;
	const struct ingest_options *opt;
	struct ingest_stats *stats;
	int depth;
};

static void sitemap_page_done(const struct fetch_response *res, void *data);

static int ingest_sitemap(struct store *st, const char *data, size_t len, const char *input,
			  int depth, const struct ingest_options *opt, struct ingest_stats *stats,
			  struct error *err)
{
	struct sitemap sm;
	struct buf plain = BUF_INIT;
	size_t i, cap = opt && opt->max_sitemap_urls ? opt->max_sitemap_urls : 50000;
	int r;

	if (len >= 2 && (unsigned char)data[0] == 0x1f && (unsigned char)data[1] == 0x8b) {
		buf_init(&plain, max_input(opt));
		if ((r = gunzip_buf(data, len, &plain, err)) < 0)
			return r;
		data = plain.data;
		len = plain.len;
	}
	r = sitemap_parse(data, len, &sm, err);
	buf_release(&plain);
	if (r < 0)
		return r;
	if (!opt || !opt->fetcher) {
		sitemap_release(&sm);
		return error_set(err, ERR_USAGE, "%s: a sitemap needs fetching (not offline)",
				 input);
	}
	for (i = 0; i < sm.n && i < cap && r == 0; i++) {
		struct sitemap_job *j;
		struct fetch_request req = { 0 };
		if (!sm.is_index) {
			struct buf norm = BUF_INIT;
			int64_t have = 0;
			if (url_normalize(&norm, sm.urls[i].loc) == 0)
				have = store_article_id_by_url(st, norm.data, NULL);
			buf_release(&norm);
			if (have > 0) {
				stats->known++;
				continue;
			}
		} else if (depth >= 3) {
			continue; /* an index of indexes of indexes: enough */
		}
		j = calloc(1, sizeof(*j));
		if (!j) {
			r = error_set(err, ERR_NOMEM, "out of memory");
			break;
		}
		j->st = st;
		j->opt = opt;
		j->stats = stats;
		j->depth = sm.is_index ? depth + 1 : -1;
		req.url = sm.urls[i].loc;
		req.allow_private = opt->allow_private;
		r = fetcher_add(opt->fetcher, &req, sitemap_page_done, j, err);
	}
	sitemap_release(&sm);
	return r;
}

static void sitemap_page_done(const struct fetch_response *res, void *data)
{
	struct sitemap_job *j = data;
	struct error perr = { 0 };
	int r;
	if (res->err.code) {
		perr = res->err;
		r = -(int)perr.code;
		j->stats->seen++;
	} else if (j->depth >= 0) {
		r = ingest_sitemap(j->st, res->body, res->len, res->final_url, j->depth, j->opt,
				   j->stats, &perr);
		if (r == 0) {
			free(j);
			return;
		}
		j->stats->seen++;
	} else {
		struct ingest_doc doc = { 0 };
		doc.input = res->final_url;
		doc.url = res->final_url;
		doc.content_type = res->content_type;
		doc.data = res->body;
		doc.len = res->len;
		j->stats->seen++;
		r = ingest_document(j->st, &doc, j->opt, j->stats, NULL, &perr);
	}
	settle(j->opt, j->stats, res->url, r, &perr, NULL);
	free(j);
}

/* ---- WARC ---- */

static int is_html_type(const char *ct, const char *payload, size_t len)
{
	size_t i = 0;
	if (ct && *ct)
		return !strncasecmp(ct, "text/html", 9) ||
		       !strncasecmp(ct, "application/xhtml+xml", 21);
	while (i < len && i < 256 && isspace((unsigned char)payload[i]))
		i++;
	return i < len && payload[i] == '<';
}

/* Commit every `batch` pages so a long run neither holds one huge transaction nor many tiny ones. */
struct batcher {
	struct store *st;
	size_t n, every;
};

static int batch_tick(struct batcher *b, struct error *err)
{
	if (++b->n < b->every)
		return 0;
	b->n = 0;
	if (store_commit(b->st, err) < 0 || store_begin(b->st, err) < 0)
		return -ERR_DB;
	return 0;
}

int ingest_warc(struct store *st, const char *path, const struct ingest_options *opt,
		struct ingest_stats *stats, struct error *err)
{
	struct warc_reader *wr;
	struct warc_record rec;
	struct batcher b = { st, 0, opt && opt->batch ? opt->batch : 256 };
	struct buf label = BUF_INIT;
	uint64_t n = 0;
	int r, nr;

	if ((r = warc_open(&wr, path, max_input(opt), err)) < 0)
		return r;
	while ((nr = warc_next(wr, &rec, err)) == 1) {
		struct ingest_doc doc = { 0 };
		struct error perr = { 0 };
		n++;
		if (!rec.type || !rec.target_uri ||
		    !(strcmp(rec.type, "response") == 0 || strcmp(rec.type, "resource") == 0))
			continue;
		if (!strcmp(rec.type, "response") &&
		    (rec.http_status < 200 || rec.http_status > 299))
			continue;
		if (!is_html_type(rec.http_content_type, rec.payload, rec.payload_len))
			continue;
		buf_reset(&label);
		buf_addf(&label, "%s#%llu (%s)", path, (unsigned long long)n, rec.target_uri);
		stats->seen++;
		doc.input = label.data;
		doc.url = url_is_http(rec.target_uri) ? rec.target_uri : NULL;
		doc.content_type = rec.http_content_type;
		doc.data = rec.payload;
		doc.len = rec.payload_len;
		r = ingest_document(st, &doc, opt, stats, NULL, &perr);
		if ((r = settle(opt, stats, label.data, r, &perr, err)) < 0)
			break;
		if ((r = batch_tick(&b, err)) < 0)
			break;
	}
	if (nr < 0 && r == 0)
		r = nr;
	{
		const struct warc_stats *ws = warc_reader_stats(wr);
		stats->records_bad += (size_t)(ws->skipped + ws->too_large);
	}
	warc_close(wr);
	buf_release(&label);
	return r;
}

/* ---- JSON Lines ---- */

static int ingest_jsonl(struct store *st, const char *path, const struct ingest_options *opt,
			struct ingest_stats *stats, struct error *err)
{
	gzFile gz = strcmp(path, "-") ? gzopen(path, "rb") : gzdopen(0, "rb");
	struct buf line = BUF_INIT, label = BUF_INIT;
	struct batcher b = { st, 0, opt && opt->batch ? opt->batch : 256 };
	size_t lineno = 0, cap = max_input(opt) * 2 + 4096;
	char chunk[65536];
	int r = 0, over = 0, eof = 0;

	if (!gz)
		return error_set(err, ERR_IO, "%s: cannot open", path);
	buf_init(&line, cap);
	while (!eof && r == 0) {
		/* one line, however long, in pieces */
		char *got = gzgets(gz, chunk, sizeof(chunk));
		size_t n;
		if (!got) {
			eof = 1;
			if (!line.len && !over)
				break;
		} else {
			n = strlen(chunk);
			if (!over && buf_add(&line, chunk, n) < 0)
				over = 1;
			if (n == 0 || chunk[n - 1] != '\n')
				continue;
		}
		lineno++;
		buf_reset(&label);
		buf_addf(&label, "%s:%zu", path, lineno);
		buf_rtrim(&line);
		if (over || line.len) {
			struct error perr = { 0 };
			json_error_t je;
			json_t *o = over ? NULL : json_loadb(line.data, line.len, 0, &je);
			json_t *u = json_object_get(o, "url"), *h = json_object_get(o, "html");
			int pr;
			stats->seen++;
			if (over)
				pr = error_set(&perr, ERR_LIMIT, "line longer than %zu bytes", cap);
			else if (!o)
				pr = error_set(&perr, ERR_PARSE, "not JSON: %s", je.text);
			else if (!json_is_string(h))
				pr = error_set(&perr, ERR_PARSE, "no \"html\" string");
			else {
				struct ingest_doc doc = { 0 };
				doc.input = label.data;
				doc.url = json_is_string(u) && url_is_http(json_string_value(u))
						  ? json_string_value(u)
						  : NULL;
				doc.data = json_string_value(h);
				doc.len = json_string_length(h);
				pr = ingest_document(st, &doc, opt, stats, NULL, &perr);
			}
			json_decref(o);
			if ((r = settle(opt, stats, label.data, pr, &perr, err)) == 0)
				r = batch_tick(&b, err);
		}
		buf_reset(&line);
		over = 0;
	}
	buf_release(&line);
	buf_release(&label);
	gzclose(gz);
	return r;
}

/* ---- files and directories ---- */

enum input_kind { IN_HTML, IN_FEED, IN_WARC, IN_JSONL, IN_SITEMAP };

static enum input_kind sniff(const char *data, size_t len)
{
	size_t i = 0;
	if (warc_sniff(data, len))
		return IN_WARC;
	if (feed_sniff(data, len) != FEED_NONE)
		return IN_FEED;
	if (sitemap_sniff(data, len))
		return IN_SITEMAP;
	while (i < len && isspace((unsigned char)data[i]))
		i++;
	if (i < len && data[i] == '{')
		return IN_JSONL;
	return IN_HTML;
}

/* What a file holds, from its first (decompressed) bytes. */
static enum input_kind sniff_file(const char *path)
{
	char head[4096];
	gzFile gz;
	int n;
	size_t len = strlen(path);
	if (!strcmp(path, "-"))
		return IN_HTML; /* standard input cannot be read twice */
	/* an archive's name is trusted: its first record may be the damaged one */
	if ((len > 5 && !strcasecmp(path + len - 5, ".warc")) ||
	    (len > 8 && !strcasecmp(path + len - 8, ".warc.gz")))
		return IN_WARC;
	gz = gzopen(path, "rb");
	if (!gz)
		return IN_HTML;
	n = gzread(gz, head, sizeof(head));
	gzclose(gz);
	return n > 0 ? sniff(head, (size_t)n) : IN_HTML;
}

static int ingest_feed_bytes(struct store *st, const char *input, const char *url, const char *data,
			     size_t len, int64_t subscription_id, const struct ingest_options *opt,
			     struct ingest_stats *stats, struct feed *keep, struct error *err)
{
	struct feed f;
	int r = feed_parse(data, len, url, &f, err);
	if (r < 0)
		return r;
	if (f.recovered && f.error) {
		struct error warn;
		error_set(&warn, ERR_PARSE, "malformed feed read in recover mode: %s", f.error);
		report_error(opt, input, &warn);
	}
	r = ingest_feed(st, &f, input, subscription_id, opt, stats, err);
	if (keep)
		*keep = f;
	else
		feed_release(&f);
	return r;
}

struct walk_state {
	struct store *st;
	const struct ingest_options *opt;
	struct ingest_stats *stats;
	struct batcher b;
	struct error *err;
	int fatal;
};

static int ingest_one_file(const char *path, void *data)
{
	struct walk_state *ws = data;
	const struct ingest_options *opt = ws->opt;
	enum input_kind kind = sniff_file(path);
	struct buf body;
	struct error perr = { 0 };
	int r;

	if (kind == IN_WARC || kind == IN_JSONL) {
		/* streamed: each record counts and commits on its own */
		r = kind == IN_WARC ? ingest_warc(ws->st, path, opt, ws->stats, &perr)
				    : ingest_jsonl(ws->st, path, opt, ws->stats, &perr);
		if (r < 0) {
			report_error(opt, path, &perr);
			if (perr.code == ERR_DB) {
				*ws->err = perr;
				ws->fatal = 1;
				return r;
			}
			ws->stats->failed++;
		}
		return 0;
	}
	buf_init(&body, max_input(opt));
	r = file_read_all(path, max_input(opt), &body, &perr);
	if (r == 0 && kind == IN_FEED) {
		r = ingest_feed_bytes(ws->st, path, NULL, body.data, body.len, 0, opt, ws->stats,
				      NULL, &perr);
		buf_release(&body);
		if (r < 0) {
			ws->stats->seen++;
			ws->stats->failed++;
			report_error(opt, path, &perr);
			if (perr.code == ERR_DB) {
				*ws->err = perr;
				ws->fatal = 1;
				return r;
			}
		}
		return 0;
	}
	if (r == 0 && kind == IN_SITEMAP) {
		r = ingest_sitemap(ws->st, body.data, body.len, path, 0, opt, ws->stats, &perr);
		buf_release(&body);
		if (r < 0) {
			ws->stats->seen++;
			ws->stats->failed++;
			report_error(opt, path, &perr);
		}
		return 0;
	}
	ws->stats->seen++;
	if (r == 0)
		r = ingest_page(ws->st, path, body.data, body.len, opt, ws->stats, &perr);
	buf_release(&body);
	if ((r = settle(opt, ws->stats, path, r, &perr, ws->err)) < 0) {
		ws->fatal = 1;
		return r;
	}
	if (batch_tick(&ws->b, ws->err) < 0) {
		ws->fatal = 1;
		return -ERR_DB;
	}
	return 0;
}

static int run_fetcher(const struct ingest_options *opt, struct error *err)
{
	if (opt && opt->fetcher && fetcher_pending(opt->fetcher))
		return fetcher_run(opt->fetcher, err);
	return 0;
}

int ingest_path(struct store *st, const char *path, const struct ingest_options *opt,
		struct ingest_stats *stats, struct error *err)
{
	struct walk_state ws;
	struct error dummy;
	int r;

	if (!err)
		err = &dummy;
	memset(&ws, 0, sizeof(ws));
	ws.st = st;
	ws.opt = opt;
	ws.stats = stats;
	ws.err = err;
	ws.b.st = st;
	ws.b.every = opt && opt->batch ? opt->batch : 256;
	if (store_begin(st, err) < 0)
		return -ERR_DB;
	r = local_walk(path, ingest_one_file, &ws, err);
	if (ws.fatal) {
		store_rollback(st);
		return r < 0 ? r : -ERR_DB;
	}
	if (store_commit(st, r < 0 ? NULL : err) < 0) {
		store_rollback(st);
		return -ERR_DB;
	}
	/* pages that feeds and sitemaps asked for, outside the walk's transaction */
	if (run_fetcher(opt, r < 0 ? NULL : err) < 0 && r == 0)
		r = -ERR_INTERNAL;
	return r;
}

/* ---- URLs ---- */

struct url_job {
	struct store *st;
	const struct ingest_options *opt;
	struct ingest_stats *stats;
	struct error *err;
	int r;
};

static void url_done(const struct fetch_response *res, void *data)
{
	struct url_job *j = data;
	struct error perr = { 0 };
	int r;

	if (res->err.code) {
		j->stats->seen++;
		perr = res->err;
		r = -(int)perr.code;
	} else {
		enum input_kind kind = sniff(res->body, res->len);
		if (kind == IN_FEED) {
			r = ingest_feed_bytes(j->st, res->final_url, res->final_url, res->body,
					      res->len, 0, j->opt, j->stats, NULL, &perr);
			if (r < 0)
				j->stats->seen++;
		} else if (kind == IN_SITEMAP ||
			   (res->len > 2 && (unsigned char)res->body[0] == 0x1f)) {
			r = ingest_sitemap(j->st, res->body, res->len, res->final_url, 0, j->opt,
					   j->stats, &perr);
			if (r < 0)
				j->stats->seen++;
		} else {
			struct ingest_doc doc = { 0 };
			doc.input = res->final_url;
			doc.url = res->final_url;
			doc.content_type = res->content_type;
			doc.data = res->body;
			doc.len = res->len;
			j->stats->seen++;
			r = ingest_document(j->st, &doc, j->opt, j->stats, NULL, &perr);
		}
	}
	if (r < 0) {
		j->r = r;
		if (j->err)
			*j->err = perr;
	}
	settle(j->opt, j->stats, res->url, r, &perr, NULL);
}

int ingest_url(struct store *st, const char *url, const struct ingest_options *opt,
	       struct ingest_stats *stats, struct error *err)
{
	struct url_job j = { st, opt, stats, NULL, 0 };
	struct fetch_request req = { 0 };
	struct error dummy;
	int r;

	if (!opt || !opt->fetcher)
		return error_set(err, ERR_USAGE, "%s: fetching is off", url);
	req.url = url;
	req.allow_private = opt->allow_private;
	req.no_robots = 1; /* the user named this very URL */
	if ((r = fetcher_add(opt->fetcher, &req, url_done, &j, err)) < 0)
		return r;
	if ((r = fetcher_run(opt->fetcher, err ? err : &dummy)) < 0)
		return r;
	/* the page's own failure was reported through on_error and counted */
	return 0;
}

/* ---- polling subscriptions ---- */

int64_t ingest_next_interval(int64_t interval, long new_entries, long ttl_minutes)
{
	int64_t next;
	if (interval <= 0)
		interval = 3600;
	if (new_entries < 0)
		next = interval * 2; /* failing: back off */
	else if (new_entries == 0)
		next = interval + interval / 2; /* idle: a little less often */
	else if (new_entries >= 5)
		next = interval / 2; /* busy: twice as often */
	else
		next = interval - interval / 4;
	if (next < INGEST_MIN_INTERVAL)
		next = INGEST_MIN_INTERVAL;
	if (ttl_minutes > 0 && next < (int64_t)ttl_minutes * 60)
		next = (int64_t)ttl_minutes * 60;
	if (next > INGEST_MAX_INTERVAL)
		next = INGEST_MAX_INTERVAL;
	return next;
}

struct poll_job {
	struct store *st;
	const struct ingest_options *opt;
	struct ingest_stats *stats;
	struct subscription sub; /* owned */
	int64_t now;
	struct ingest_options sub_opt; /* opt with this source's allow_private */
	struct poll_job *next;
};

static void poll_done(const struct fetch_response *res, void *data)
{
	struct poll_job *j = data;
	struct subscription *s = &j->sub;
	struct fetch_log_entry log = { 0 };
	struct error perr = { 0 };
	size_t before = j->stats->added + j->stats->updated;
	long ttl = 0, fresh = -1;
	int r = 0;

	j->stats->sources_polled++;
	log.url = res->final_url;
	log.status = res->status;
	log.bytes = (int64_t)res->len;
	log.duration_ms = (int64_t)(res->duration_s * 1000);
	if (res->err.code) {
		perr = res->err;
		r = -(int)perr.code;
	} else if (res->not_modified) {
		j->stats->not_modified++;
		fresh = 0;
	} else {
		enum input_kind kind = sniff(res->body, res->len);
		if (kind == IN_FEED) {
			struct feed f;
			r = ingest_feed_bytes(j->st, s->url, res->final_url, res->body, res->len,
					      s->id, &j->sub_opt, j->stats, &f, &perr);
			if (r == 0) {
				ttl = f.ttl_minutes;
				free(s->title);
				s->title = f.title ? strdup(f.title) : NULL;
				feed_release(&f);
			}
		} else if (kind == IN_SITEMAP ||
			   (res->len > 2 && (unsigned char)res->body[0] == 0x1f)) {
			r = ingest_sitemap(j->st, res->body, res->len, res->final_url, 0,
					   &j->sub_opt, j->stats, &perr);
		} else {
			struct ingest_doc doc = { 0 };
			int64_t id = 0;
			doc.input = res->final_url;
			doc.url = res->final_url;
			doc.content_type = res->content_type;
			doc.data = res->body;
			doc.len = res->len;
			j->stats->seen++;
			r = ingest_document(j->st, &doc, &j->sub_opt, j->stats, &id, &perr);
			if (r < 0)
				j->stats->failed++;
		}
		if (r == 0) {
			free(s->etag);
			free(s->last_modified);
			s->etag = res->etag ? strdup(res->etag) : NULL;
			s->last_modified = res->last_modified ? strdup(res->last_modified) : NULL;
		}
		/* entries stored now (pages queued for later count on the next poll) */
		fresh = (long)(j->stats->added + j->stats->updated - before);
	}
	if (r < 0) {
		j->stats->sources_failed++;
		report_error(j->opt, s->url, &perr);
		log.error = perr.msg;
		s->failures++;
		fresh = -1;
	} else {
		s->failures = 0;
	}
	log.new_items = fresh > 0 ? fresh : 0;
	s->last_status = res->status;
	free(s->last_error);
	s->last_error = r < 0 ? strdup(perr.msg) : NULL;
	s->interval_s = ingest_next_interval(s->interval_s, fresh, ttl);
	s->next_poll = j->now + s->interval_s;
	free(s->last_fetch);
	s->last_fetch = NULL;
	store_subscription_update(j->st, s, NULL);
	store_fetch_log_add(j->st, s->id, &log, NULL);
}

int ingest_poll(struct store *st, int64_t now, int all, const char *only,
		const struct ingest_options *opt, struct ingest_stats *stats, struct error *err)
{
	struct subscription_list l = { 0 };
	struct poll_job *jobs = NULL, *j;
	size_t i;
	int r;

	if (!opt || !opt->fetcher)
		return error_set(err, ERR_USAGE, "polling needs a fetcher");
	if (only) {
		l.items = calloc(1, sizeof(*l.items));
		if (!l.items)
			return error_set(err, ERR_NOMEM, "out of memory");
		if ((r = store_subscription_get(st, only, &l.items[0], err)) < 0) {
			free(l.items);
			return r;
		}
		l.n = 1;
	} else if ((r = store_subscription_list(st, !all, now, &l, err)) < 0) {
		return r;
	}
	for (i = 0; i < l.n; i++) {
		struct fetch_request req = { 0 };
		j = calloc(1, sizeof(*j));
		if (!j) {
			r = error_set(err, ERR_NOMEM, "out of memory");
			break;
		}
		j->st = st;
		j->opt = opt;
		j->stats = stats;
		j->sub = l.items[i];
		memset(&l.items[i], 0, sizeof(l.items[i]));
		j->now = now;
		j->sub_opt = *opt;
		j->sub_opt.allow_private = opt->allow_private || j->sub.allow_private;
		j->next = jobs;
		jobs = j;
		req.url = j->sub.url;
		req.etag = j->sub.etag;
		req.last_modified = j->sub.last_modified;
		req.allow_private = j->sub_opt.allow_private;
		if ((r = fetcher_add(opt->fetcher, &req, poll_done, j, err)) < 0)
			break;
	}
	subscription_list_release(&l);
	if (r == 0)
		r = fetcher_run(opt->fetcher, err);
	while (jobs) {
		j = jobs->next;
		subscription_release(&jobs->sub);
		free(jobs);
		jobs = j;
	}
	return r;
}
