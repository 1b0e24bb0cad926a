/*
 * feed.c: feeds (RSS, RDF, Atom, JSON Feed): entries with full content
 * are stored from it, the pages of summaries fetched.
 */
#include "pipeline/internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "source/feed.h"
#include "source/fetch.h"
#include "store/store.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/escape.h"
#include "util/url.h"

#include "util/banned.h"

/* Entries whose content has fewer characters of text than this are summaries. */
#define FULL_CONTENT_MIN_TEXT 400

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

/* An HTML page carrying a feed entry's own content, for the extractor. */
static void entry_page(struct buf *b, const struct feed_entry *e, const char *feed_title,
		       const char *body)
{
	buf_puts(b, "<!DOCTYPE html>\n<html");
	if (e->language) {
		buf_puts(b, " lang=\"");
		xml_escape_str(b, e->language);
		buf_puts(b, "\"");
	}
	buf_puts(b, "><head><meta charset=\"utf-8\"><title>");
	xml_escape_str(b, e->title);
	buf_puts(b, "</title>\n");
	if (e->link) {
		buf_puts(b, "<link rel=\"canonical\" href=\"");
		xml_escape_str(b, e->link);
		buf_puts(b, "\">\n");
	}
	if (e->author) {
		buf_puts(b, "<meta name=\"author\" content=\"");
		xml_escape_str(b, e->author);
		buf_puts(b, "\">\n");
	}
	if (e->published) {
		buf_puts(b, "<meta property=\"article:published_time\" content=\"");
		xml_escape_str(b, e->published);
		buf_puts(b, "\">\n");
	}
	if (feed_title) {
		buf_puts(b, "<meta property=\"og:site_name\" content=\"");
		xml_escape_str(b, feed_title);
		buf_puts(b, "\">\n");
	}
	buf_puts(b, "</head><body><article><h1>");
	xml_escape_str(b, e->title);
	buf_puts(b, "</h1>\n");
	buf_puts(b, body ? body : "");
	buf_puts(b, "\n</article></body></html>\n");
}

/* A feed entry waiting for its page; owns copies of what it needs. */
struct entry_job {
	struct store *st;
	const struct ingest_options *opt;
	struct ingest_stats *stats;
	int64_t subscription_id;
	struct feed_entry e; /* strings below */
	const char *feed_title;
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
	int r = 0, skipped = ingest_robots_skipped(j->opt, j->stats, res);

	if (skipped) {
		/* not fetched: stored as a failed page is, without its article */
	} else if (res->err.code) {
		j->stats->seen++;
		perr = res->err;
		r = -(int)perr.code;
	} else {
		j->stats->seen++;
		r = ingest_response(j->st, res, &j->e, j->feed_title, j->opt, j->stats, &id, &perr);
	}
	/* a failed or skipped page leaves the entry unstored: the next poll tries again */
	if (j->subscription_id) {
		struct error e;
		if (store_feed_entry_put(j->st, j->subscription_id, j->e.key, j->e.link, id, &e) <
		    0)
			ingest_store_failed(j->stats, &e);
	}
	if (!skipped)
		ingest_settle_fetched(j->opt, j->stats, res->url, r, &perr);
	arena_release(&j->arena);
	free(j);
}

static MUST_CHECK int queue_entry_page(struct store *st, const struct feed *feed,
				       const struct feed_entry *e, int64_t subscription_id,
				       const struct ingest_options *opt, struct ingest_stats *stats,
				       struct error *err)
{
	struct entry_job *j = calloc(1, sizeof(*j));
	struct fetch_request req = { 0 };
	if (!j)
		return error_nomem(err);
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
	j->feed_title = jdup(&j->arena, feed->title);
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
		buf_putf(&label, "%s: %s", input, e->link ? e->link : e->key);
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
				buf_putf(&synth, "%s#%s", input, e->key);
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
		r = ingest_settle(opt, stats, label.data, pr, &perr, err);
	}
	buf_release(&page);
	buf_release(&norm);
	buf_release(&label);
	return r;
}

int ingest_feed_bytes(struct store *st, const char *input, const char *url, const char *data,
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
		ingest_report_error(opt, input, &warn);
	}
	r = ingest_feed(st, &f, input, subscription_id, opt, stats, err);
	if (keep)
		*keep = f;
	else
		feed_release(&f);
	return r;
}
