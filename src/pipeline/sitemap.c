/*
 * sitemap.c: sitemaps and sitemap indexes (gzip-compressed or not): every
 * page listed and not stored yet is fetched.
 */
#include "pipeline/internal.h"

#include <stdlib.h>
#include <string.h>

#include "source/fetch.h"
#include "source/sitemap.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/url.h"

#include "util/banned.h"

struct sitemap_job {
	struct store *st;
	const struct ingest_options *opt;
	struct ingest_stats *stats;
	int depth;
};

static void sitemap_page_done(const struct fetch_response *res, void *data);

int ingest_sitemap(struct store *st, const char *data, size_t len, const char *input, int depth,
		   const struct ingest_options *opt, struct ingest_stats *stats, struct error *err)
{
	struct sitemap sm;
	struct buf plain = BUF_INIT;
	size_t i, cap = opt && opt->max_sitemap_urls ? opt->max_sitemap_urls : 50000;
	int r;

	if (len >= 2 && (unsigned char)data[0] == 0x1f && (unsigned char)data[1] == 0x8b) {
		buf_init(&plain, ingest_max_input(opt));
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
	stats->sitemap_dropped += sm.dropped;
	for (i = 0; i < sm.n && r == 0; i++) {
		struct sitemap_job *j;
		struct fetch_request req = { 0 };
		if (stats->sitemap_queued >= cap) {
			/* every sitemap of the run shares one cap: an index cannot multiply it */
			stats->sitemap_dropped += sm.n - i;
			break;
		}
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
			r = error_nomem(err);
			break;
		}
		j->st = st;
		j->opt = opt;
		j->stats = stats;
		j->depth = sm.is_index ? depth + 1 : -1;
		stats->sitemap_queued++;
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
	if (ingest_robots_skipped(j->opt, j->stats, res)) {
		free(j);
		return;
	}
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
		j->stats->seen++;
		r = ingest_response(j->st, res, NULL, NULL, j->opt, j->stats, NULL, &perr);
	}
	ingest_settle_fetched(j->opt, j->stats, res->url, r, &perr);
	free(j);
}
