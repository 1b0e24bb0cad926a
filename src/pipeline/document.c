/*
 * document.c: one document in, one article stored (ingest_document,
 * ingest_response, and ingest_after_store, the one place where an article has
 * just been stored), and what every input kind shares: counting and
 * reports.
 */
#include "pipeline/internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/events.h"
#include "corpus/syndication.h"
#include "extract/extract.h"
#include "source/feed.h"
#include "source/fetch.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/url.h"

#include "util/banned.h"

size_t ingest_max_input(const struct ingest_options *opt)
{
	return opt && opt->max_input ? opt->max_input : EXTRACT_DEFAULT_MAX_INPUT;
}

void ingest_report_error(const struct ingest_options *opt, const char *input,
			 const struct error *err)
{
	if (opt && opt->on_error)
		opt->on_error(input, err, opt->data);
}

void ingest_report_progress(const struct ingest_options *opt, const char *input,
			    const struct ingest_stats *stats)
{
	if (opt && opt->on_progress)
		opt->on_progress(input, stats, opt->data);
}

void ingest_report_commit(const struct ingest_options *opt, const struct ingest_stats *stats)
{
	if (opt && opt->on_commit)
		opt->on_commit(stats, opt->data);
}

int ingest_stop_asked(const struct ingest_options *opt)
{
	return opt && opt->stop && *opt->stop;
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

/*
 * The article `a` (extracted as `res`) has just been stored as `id`: `what` says
 * whether it was added, updated or found unchanged. Per-article work
 * that needs the stored id (event coding, fingerprints, ...) is called
 * from here, and only from here. It runs inside the ingest's transaction;
 * a negative return fails the page (ERR_DB stops the run).
 */
int ingest_after_store(struct store *st, int64_t id, const struct article_in *a,
		       const struct extract_result *res, enum store_put_result what,
		       struct ingest_stats *stats, struct error *err)
{
	struct error cerr = { 0 };
	int r = 0, n;
	(void)res;
	if (what == STORE_UNCHANGED)
		return 0;
	/* copies of one story are grouped as they arrive */
	r = syndication_update(st, id, a->text, err);
	if (r < 0)
		return r;
	/*
	 * events: a page whose events cannot be coded (no
	 * dictionaries installed, say) is still a stored article; count it and
	 * keep the first reason. A database error stops the run as usual.
	 */
	n = events_code_article(st, id, a->title, a->text, a->published, &cerr);
	if (n > EVENTS_MAX_PER_ARTICLE) {
		if (stats) {
			stats->events += EVENTS_MAX_PER_ARTICLE;
			stats->events_capped++;
		}
	} else if (n >= 0) {
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
	struct article_in *a = &x->a;
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
		const char *type = res->page_type ? res->page_type : "other";
		ingest_extracted_release(x);
		return error_set(err, ERR_PARSE, "not an article: a %s page (%zu words of text)",
				 type, words);
	}

	if (strlen(res->text) > INGEST_MAX_TEXT) {
		size_t n = strlen(res->text);
		ingest_extracted_release(x);
		return error_set(err, ERR_LIMIT,
				 "article text is %zu bytes, over the %u-byte limit per article", n,
				 INGEST_MAX_TEXT);
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
		return error_nomem(err);
	}
	/* the store owns nothing here: the strings live in res, the entry and the bufs */
	a->url = x->url.data;
	a->source_url = x->origin.len ? x->origin.data : NULL;
	/* a local page has no host: its <title>'s site part names the outlet */
	a->source = res->site_name         ? res->site_name
		    : doc->feed_title && e ? doc->feed_title
		    : x->host.len          ? x->host.data
					   : res->title_site;
	a->title = res->title && *res->title ? res->title : e && e->title ? e->title : "(untitled)";
	/* the feed's author beats a byline that is only the site's name */
	a->byline = res->byline && !(res->byline_is_site && e && e->author) ? res->byline
		    : e                                                     ? e->author
									    : NULL;
	a->published = res->date_published ? res->date_published : e ? e->published : NULL;
	a->modified = res->date_modified ? res->date_modified : e ? e->updated : NULL;
	a->language = res->language ? res->language : e ? e->language : NULL;
	a->description = res->description;
	a->tags = res->tags;
	a->image = res->image;
	a->text = res->text;
	a->word_count = (int64_t)res->word_count;
	a->original_name = res->original.name;
	a->original_url = res->original.url;

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
	int r;

	if (article_id)
		*article_id = 0;
	if ((r = ingest_extract(doc, opt, &x, err)) < 0)
		return r;
	r = ingest_store_extracted(st, &x, stats, article_id, err);
	ingest_extracted_release(&x);
	return r;
}

int ingest_store_extracted(struct store *st, const struct ingest_extracted *x,
			   struct ingest_stats *stats, int64_t *article_id, struct error *err)
{
	enum store_put_result what = STORE_UNCHANGED;
	int64_t id = 0;
	int r;

	r = store_article_put(st, &x->d, &x->a, &id, &what, err);
	if (r == 0)
		r = ingest_after_store(st, id, &x->a, &x->res, what, stats, err);
	if (r == 0) {
		if (article_id)
			*article_id = id;
		if (stats) {
			if (what == STORE_ADDED)
				stats->added++;
			else if (what == STORE_UPDATED)
				stats->updated++;
			else
				stats->unchanged++;
		}
	}
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
int ingest_settle(const struct ingest_options *opt, struct ingest_stats *stats, const char *input,
		  int r, const struct error *perr, struct error *err)
{
	if (r < 0) {
		stats->failed++;
		ingest_report_error(opt, input, perr);
		if (perr->code == ERR_DB) {
			if (err)
				*err = *perr;
			return r;
		}
		return 0;
	}
	ingest_report_progress(opt, input, stats);
	return 0;
}

void ingest_store_failed(struct ingest_stats *stats, const struct error *e)
{
	if (!stats->store_failed++)
		stats->store_error = *e;
}

int ingest_robots_skipped(const struct ingest_options *opt, struct ingest_stats *stats,
			  const struct fetch_response *res)
{
	if (!res->robots_denied)
		return 0;
	stats->robots_skipped++;
	if (opt && opt->on_skip)
		opt->on_skip(res->url, "disallowed by robots.txt", opt->data);
	return 1;
}

void ingest_settle_fetched(const struct ingest_options *opt, struct ingest_stats *stats,
			   const char *input, int r, const struct error *perr)
{
	struct error e;
	if (ingest_settle(opt, stats, input, r, perr, &e) < 0)
		ingest_store_failed(stats, &e);
}

int ingest_fetch_run(const struct ingest_options *opt, struct ingest_stats *stats,
		     struct error *err)
{
	size_t before = stats->store_failed;
	struct error first;
	int r;

	if ((r = fetcher_run(opt->fetcher, err)) < 0)
		return r;
	if (stats->store_failed == before)
		return 0;
	first = stats->store_error;
	return error_set(err, ERR_DB, "%s (%zu fetched item%s not stored)", first.msg,
			 stats->store_failed - before,
			 stats->store_failed - before == 1 ? "" : "s");
}

/*
 * The one place a fetched response becomes a document: its final URL is
 * both where it came from and what messages name it by.
 */
int ingest_response(struct store *st, const struct fetch_response *res,
		    const struct feed_entry *entry, const char *feed_title,
		    const struct ingest_options *opt, struct ingest_stats *stats,
		    int64_t *article_id, struct error *err)
{
	struct ingest_doc doc = { 0 };
	doc.input = res->final_url;
	doc.url = res->final_url;
	doc.content_type = res->content_type;
	doc.data = res->body;
	doc.len = res->len;
	doc.entry = entry;
	doc.feed_title = feed_title;
	return ingest_document(st, &doc, opt, stats, article_id, err);
}
