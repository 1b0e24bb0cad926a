/*
 * fetch.h: the polite fetcher, many URLs at once on libcurl's multi
 * interface, in one thread.
 *
 * Politeness: at most `max_total` transfers at once and `max_per_host` per
 * host; requests to one host are spaced by `host_delay_s` (or the host's
 * robots.txt Crawl-delay, when larger, capped at 60 s); robots.txt is
 * fetched once per origin, cached for a day, and obeyed for the
 * User-Agent token "brief". Conditional GET with ETag/Last-Modified;
 * gzip, deflate and br; at most `max_redirects` redirects, the final URL
 * kept; connect and low-speed timeouts; a body cap; retries with
 * exponential backoff on 429, 500, 502, 503, 504 and transient network
 * errors, honouring Retry-After (capped).
 *
 * Safety: only http and https; a connection to a loopback, private,
 * link-local, multicast or otherwise special address (IPv4 or IPv6,
 * checked on the resolved address of every connection, redirects
 * included) is refused unless allowed for the fetcher or the request.
 *
 * Callbacks run inside fetcher_run, in the calling thread, and may add
 * requests. Nothing is printed.
 */
#ifndef BRIEF_FETCH_H
#define BRIEF_FETCH_H

#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

struct warc_writer;

#define FETCH_DEFAULT_MAX_BODY (16u * 1024 * 1024)

struct fetch_options {
	const char *user_agent;      /* NULL: "brief/VERSION (+news briefing engine)" */
	int max_total;               /* transfers at once; 0 = 16 */
	int max_per_host;            /* 0 = 2 */
	double host_delay_s;         /* seconds between starts on one host; <0 = 0, 0 = 1.0 */
	long connect_timeout_s;      /* 0 = 10 */
	long timeout_s;              /* whole transfer; 0 = 120 */
	long low_speed_bytes;        /* abort below this many bytes/s ... 0 = 64 */
	long low_speed_s;            /* ... for this many seconds; 0 = 20 */
	size_t max_body;             /* 0 = FETCH_DEFAULT_MAX_BODY */
	int max_redirects;           /* 0 = 5; <0 = none followed */
	int max_retries;             /* retries after the first try; 0 = 3, <0 = none */
	double retry_base_s;         /* first backoff; 0 = 1.0 (then x2 each time) */
	double max_retry_after_s;    /* longest Retry-After honoured; 0 = 120 */
	int allow_private;           /* allow loopback/private addresses for all requests */
	int ignore_robots;           /* do not fetch or obey robots.txt */
	struct warc_writer *archive; /* every response written here when set (borrowed) */
	/*
	 * Called (when set) as a transfer is put back to be tried again: its
	 * URL, the tries made so far, the most retries allowed, the seconds
	 * it waits, and why (a network error or an HTTP status).
	 */
	void (*on_retry)(const char *url, int tries, int max_retries, double wait_s,
			 const char *why, void *data);
	void *retry_data;
};

struct fetch_request {
	const char *url;
	const char *etag;          /* conditional GET, may be NULL */
	const char *last_modified; /* conditional GET, may be NULL */
	int allow_private;         /* this request may reach private addresses */
	int no_robots;             /* do not check robots.txt (the user asked for it) */
};

struct fetch_response {
	const char *url;       /* as requested */
	const char *final_url; /* after redirects */
	long status;           /* HTTP status of the final response; 0 without one */
	int not_modified;      /* 304 to a conditional request */
	const char *content_type;
	const char *etag;
	const char *last_modified;
	const char *body; /* NUL-terminated; len bytes */
	size_t len;
	double duration_s; /* of the last attempt */
	int attempts;
	int robots_denied;
	int refused_private;
	/*
	 * err.code is ERR_OK for a 2xx or 304 response; otherwise ERR_IO (network,
	 * HTTP >= 400, robots, refused address), ERR_LIMIT (body over the cap)
	 * or ERR_USAGE (not http/https), with a message naming the URL.
	 */
	struct error err;
	void *user;
};

struct fetcher;

typedef void (*fetch_done_fn)(const struct fetch_response *res, void *data);

struct fetch_stats {
	uint64_t requests, ok, not_modified, failed, retries, robots_fetched, robots_denied, bytes;
};

int fetcher_new(struct fetcher **out, const struct fetch_options *opt,
		struct error *err) MUST_CHECK;
void fetcher_free(struct fetcher *f);

/*
 * Queue `req` (its strings are copied); `done` is called once with the
 * outcome from inside fetcher_run, with `user` in res->user.
 */
int fetcher_add(struct fetcher *f, const struct fetch_request *req, fetch_done_fn done, void *user,
		struct error *err) MUST_CHECK;

/*
 * Run until every queued request (and every one added meanwhile) is done.
 * Returns 0, or a negative code when libcurl itself failed.
 */
int fetcher_run(struct fetcher *f, struct error *err) MUST_CHECK;

/* Ask a running fetcher_run to return soon (signal-safe flag). */
void fetcher_interrupt(struct fetcher *f);

/* Requests queued or running. */
size_t fetcher_pending(const struct fetcher *f);

const struct fetch_stats *fetcher_stats(const struct fetcher *f);

/*
 * 1 when the IPv4 or IPv6 socket address `sa` is loopback, private,
 * link-local, multicast, unspecified, CGNAT, documentation or otherwise
 * not a public unicast address.
 */
int fetch_address_is_private(const void *sa);

#endif
