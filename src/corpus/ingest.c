#include "corpus/ingest.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/syndication.h"
#include "extract/extract.h"
#include "source/local.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/url.h"

#include "util/banned.h"

struct walk_state {
	struct store *st;
	const struct ingest_options *opt;
	struct ingest_stats *stats;
	size_t in_batch;
	struct error *err;
	int fatal;
};

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

int ingest_page(struct store *st, const char *input, const char *data, size_t len,
		const struct ingest_options *opt, struct ingest_stats *stats, struct error *err)
{
	struct extract_options xo = { 0 };
	struct extract_result res;
	struct article a;
	struct document doc;
	struct buf url = BUF_INIT, origin = BUF_INIT, host = BUF_INIT;
	enum store_put_result what = STORE_UNCHANGED;
	int r;

	xo.max_input = opt ? opt->max_input : 0;
	xo.url = url_is_http(input) ? input : NULL;
	r = extract_html(data, len, &xo, &res, err);
	if (r < 0)
		return r;
	/* a page with no text, or no title and hardly any text, is not an article */
	if (!res.text || !*res.text || ((!res.title || !*res.title) && res.word_count < 20)) {
		size_t words = res.word_count;
		extract_result_release(&res);
		return error_set(err, ERR_PARSE, "no article found in the page (%zu words of text)",
				 words);
	}

	memset(&a, 0, sizeof(a));
	/* the article's identity: its canonical URL, else the URL it came from */
	if (res.canonical_url && url_is_http(res.canonical_url))
		r = buf_adds(&url, res.canonical_url);
	else if (res.url && url_is_http(res.url))
		r = buf_adds(&url, res.url);
	else
		r = file_url(&url, input);
	if (r == 0 && url_is_http(url.data)) {
		r = url_origin(&origin, url.data);
		if (r == 0)
			r = url_host(&host, url.data);
	}
	if (r < 0) {
		r = error_set(err, ERR_NOMEM, "out of memory");
		goto out;
	}
	/* the store owns nothing here: the strings live in res and the bufs */
	a.url = url.data;
	a.source_url = origin.len ? origin.data : NULL;
	a.source = (char *)(res.site_name ? res.site_name : (host.len ? host.data : NULL));
	a.title = (char *)(res.title && *res.title ? res.title : "(untitled)");
	a.byline = (char *)res.byline;
	a.published = (char *)res.date_published;
	a.modified = (char *)res.date_modified;
	a.language = (char *)res.language;
	a.description = (char *)res.description;
	a.image = (char *)res.image;
	a.text = (char *)res.text;
	a.word_count = (int64_t)res.word_count;
	a.original_name = (char *)res.original.name;
	a.original_url = (char *)res.original.url;

	doc.url = url.data;
	doc.content_type = NULL;
	doc.body = data;
	doc.len = len;
	r = store_article_put(st, &doc, &a, &what, err);
	/* the article is stored: analyses across documents hang off here */
	if (r == 0 && what != STORE_UNCHANGED)
		r = syndication_update(st, a.id, a.text, err);
	if (r == 0 && stats) {
		if (what == STORE_ADDED)
			stats->added++;
		else if (what == STORE_UPDATED)
			stats->updated++;
		else
			stats->unchanged++;
	}
out:
	buf_release(&url);
	buf_release(&origin);
	buf_release(&host);
	extract_result_release(&res);
	return r;
}

static int ingest_one_file(const char *path, void *data)
{
	struct walk_state *ws = data;
	const struct ingest_options *opt = ws->opt;
	size_t cap = opt && opt->max_input ? opt->max_input : EXTRACT_DEFAULT_MAX_INPUT;
	size_t batch = opt && opt->batch ? opt->batch : 256;
	struct buf body;
	struct error perr = { 0 };
	int r;

	ws->stats->seen++;
	buf_init(&body, cap);
	r = file_read_all(path, cap, &body, &perr);
	if (r == 0)
		r = ingest_page(ws->st, path, body.data, body.len, opt, ws->stats, &perr);
	buf_release(&body);
	if (r < 0) {
		ws->stats->failed++;
		if (opt && opt->on_error)
			opt->on_error(path, &perr, opt->data);
		/* a database failure is not the page's fault: stop the run */
		if (perr.code == ERR_DB) {
			*ws->err = perr;
			ws->fatal = 1;
			return r;
		}
		return 0;
	}
	if (opt && opt->on_progress)
		opt->on_progress(path, ws->stats, opt->data);
	if (++ws->in_batch >= batch) {
		if (store_commit(ws->st, ws->err) < 0 || store_begin(ws->st, ws->err) < 0) {
			ws->fatal = 1;
			return -ERR_DB;
		}
		ws->in_batch = 0;
	}
	return 0;
}

int ingest_path(struct store *st, const char *path, const struct ingest_options *opt,
		struct ingest_stats *stats, struct error *err)
{
	struct walk_state ws = { st, opt, stats, 0, err, 0 };
	struct error dummy;
	int r;

	if (!err)
		ws.err = err = &dummy;
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
	return r;
}
