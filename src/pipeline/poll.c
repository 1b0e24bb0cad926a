/*
 * poll.c: the subscriptions of the store, polled when due: conditional
 * fetches, new entries stored, each one's state and fetch log saved, and
 * the next poll scheduled by how busy it was.
 */
#include "pipeline/internal.h"

#include <stdlib.h>
#include <string.h>

#include "source/feed.h"
#include "source/fetch.h"
#include "store/store.h"
#include "util/buf.h"

#include "util/banned.h"

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
		enum ingest_kind kind = ingest_sniff(res->body, res->len);
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
			j->stats->seen++;
			r = ingest_response(j->st, res, NULL, NULL, &j->sub_opt, j->stats, NULL,
					    &perr);
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
	if (r < 0 && res->robots_denied) {
		/* not fetched, and no failure: the source's state says why */
		j->stats->sources_robots++;
		if (j->opt->on_skip)
			j->opt->on_skip(s->url, "disallowed by robots.txt", j->opt->data);
	} else if (r < 0) {
		j->stats->sources_failed++;
		ingest_report_error(j->opt, s->url, &perr);
	}
	if (r < 0) {
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
	if (r < 0 && perr.code == ERR_DB)
		ingest_store_failed(j->stats, &perr);
	if (store_subscription_update(j->st, s, &perr) < 0)
		ingest_store_failed(j->stats, &perr);
	if (store_fetch_log_add(j->st, s->id, &log, &perr) < 0)
		ingest_store_failed(j->stats, &perr);
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
			return error_nomem(err);
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
			r = error_nomem(err);
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
		r = ingest_fetch_run(opt, stats, err);
	while (jobs) {
		j = jobs->next;
		subscription_release(&jobs->sub);
		free(jobs);
		jobs = j;
	}
	return r;
}
