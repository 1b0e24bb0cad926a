/*
 * url.c: an http(s) URL named by the user: a page, a feed or a sitemap,
 * told apart by what it holds.
 */
#include "pipeline/internal.h"

#include <string.h>

#include "source/fetch.h"
#include "store/store.h"
#include "util/buf.h"

#include "util/banned.h"

struct url_job {
	struct store *st;
	const struct ingest_options *opt;
	struct ingest_stats *stats;
};

static void url_done(const struct fetch_response *res, void *data)
{
	struct url_job *j = data;
	struct error perr = { 0 };
	int r;

	if (ingest_robots_skipped(j->opt, j->stats, res))
		return;
	if (res->err.code) {
		j->stats->seen++;
		perr = res->err;
		r = -(int)perr.code;
	} else {
		enum ingest_kind kind = ingest_sniff(res->body, res->len);
		if (kind == IN_FEED) {
			r = ingest_feed_bytes(j->st, res->final_url, res->final_url, res->body,
					      res->len, 0, j->opt, j->stats, NULL, &perr);
			if (r < 0)
				j->stats->seen++;
		} else if (kind == IN_OPML) {
			j->stats->seen++;
			r = ingest_opml_refused(&perr);
		} else if (kind == IN_SITEMAP ||
			   (res->len > 2 && (unsigned char)res->body[0] == 0x1f)) {
			r = ingest_sitemap(j->st, res->body, res->len, res->final_url, 0, j->opt,
					   j->stats, &perr);
			if (r < 0)
				j->stats->seen++;
		} else {
			j->stats->seen++;
			r = ingest_response(j->st, res, NULL, NULL, j->opt, j->stats, NULL, &perr);
		}
	}
	ingest_settle_fetched(j->opt, j->stats, res->url, r, &perr);
}

int ingest_url(struct store *st, const char *url, const struct ingest_options *opt,
	       struct ingest_stats *stats, struct error *err)
{
	struct url_job j = { st, opt, stats };
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
	/* the page's own failure is reported through on_error and counted;
	 * a database error is returned */
	return ingest_fetch_run(opt, stats, err ? err : &dummy);
}
