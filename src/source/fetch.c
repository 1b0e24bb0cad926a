/*
 * fetch.c: the polite fetcher on libcurl's multi interface. See fetch.h.
 *
 * One queue of transfers waits in arrival order; each pass of the loop
 * starts those whose host has a free slot, whose delay has passed and
 * whose robots.txt is known, then lets curl work for at most 200 ms.
 * A transfer that ends in a retryable failure goes back into the queue
 * with a time before which it may not start again.
 */
#include "source/fetch.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <math.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "source/libcurl.h"
#include "source/robots.h"
#include "source/warc.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/url.h"

#include "util/banned.h"

#define ROBOTS_TTL_S      86400.0
#define ROBOTS_MAX_BYTES  (512u * 1024)
#define MAX_CRAWL_DELAY_S 60.0
#define MAX_HEAD_BYTES    (256u * 1024)

struct host {
	char *origin; /* "scheme://host[:port]/", lower case */
	int active;
	double next_start; /* monotonic seconds */
	double crawl_delay;
	int robots_state; /* 0 unknown, 1 being fetched, 2 known */
	double robots_expires;
	struct robots *robots;
	struct host *next;
};

struct xfer {
	struct fetcher *f;
	char *url, *etag, *last_modified;
	int allow_private, no_robots, is_robots;
	fetch_done_fn done;
	void *user;
	struct host *host;
	CURL *easy;
	struct curl_slist *headers;
	struct buf body, head;
	int attempts, too_large, head_too_large, refused_private;
	double not_before, started;
	struct xfer *next;   /* in the waiting queue */
	struct xfer *a_next; /* in the list of running transfers */
};

struct fetcher {
	struct fetch_options opt;
	char *user_agent;
	CURLM *multi;
	struct xfer *head, *tail; /* waiting to start */
	struct xfer *running;     /* started, not done */
	size_t n_waiting, n_active;
	struct host *hosts;
	struct fetch_stats stats;
	volatile sig_atomic_t stop;
};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- addresses ---- */

static int v4_is_private(uint32_t a)
{
	return (a >> 24) == 0 ||                   /* 0.0.0.0/8 this network */
	       (a >> 24) == 10 ||                  /* 10/8 */
	       (a & 0xffc00000u) == 0x64400000u || /* 100.64/10 CGNAT */
	       (a >> 24) == 127 ||                 /* loopback */
	       (a & 0xffff0000u) == 0xa9fe0000u || /* 169.254/16 link-local */
	       (a & 0xfff00000u) == 0xac100000u || /* 172.16/12 */
	       (a & 0xffffff00u) == 0xc0000000u || /* 192.0.0/24 */
	       (a & 0xffffff00u) == 0xc0000200u || /* 192.0.2/24 docs */
	       (a & 0xffff0000u) == 0xc0a80000u || /* 192.168/16 */
	       (a & 0xfffe0000u) == 0xc6120000u || /* 198.18/15 benchmarking */
	       (a & 0xffffff00u) == 0xc6336400u || /* 198.51.100/24 docs */
	       (a & 0xffffff00u) == 0xcb007100u || /* 203.0.113/24 docs */
	       (a >> 28) == 0xe ||                 /* 224/4 multicast */
	       (a >> 28) == 0xf;                   /* 240/4 reserved, broadcast */
}

int fetch_address_is_private(const void *sa_)
{
	const struct sockaddr *sa = sa_;
	if (!sa)
		return 1;
	if (sa->sa_family == AF_INET) {
		const struct sockaddr_in *in = sa_;
		return v4_is_private(ntohl(in->sin_addr.s_addr));
	}
	if (sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = sa_;
		const unsigned char *b = in6->sin6_addr.s6_addr;
		static const unsigned char mapped[12] = {
			0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff
		};
		static const unsigned char nat64[12] = {
			0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0
		};
		static const unsigned char zero[12] = { 0 };
		uint32_t v4 = ((uint32_t)b[12] << 24) | ((uint32_t)b[13] << 16) |
			      ((uint32_t)b[14] << 8) | b[15];
		if (!memcmp(b, mapped, 12) || !memcmp(b, nat64, 12))
			return v4_is_private(v4);
		if (!memcmp(b, zero, 12))
			return 1;               /* ::, ::1 and the old v4-compatible form */
		return b[0] == 0xff ||          /* multicast */
		       (b[0] & 0xfe) == 0xfc || /* fc00::/7 unique local */
		       (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) || /* fe80::/10 link-local */
		       (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) || /* fec0::/10 site-local */
		       (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8); /* docs */
	}
	return 1;
}

/* ---- hosts ---- */

static struct host *host_for(struct fetcher *f, const char *url)
{
	struct buf o = BUF_INIT;
	struct host *h;
	if (url_origin(&o, url) < 0) {
		buf_release(&o);
		return NULL;
	}
	for (h = f->hosts; h; h = h->next)
		if (!strcmp(h->origin, o.data))
			break;
	if (!h && (h = calloc(1, sizeof(*h)))) {
		h->origin = buf_detach(&o, NULL);
		h->crawl_delay = -1;
		h->next = f->hosts;
		f->hosts = h;
	}
	buf_release(&o);
	return h;
}

static double host_delay(const struct fetcher *f, const struct host *h)
{
	double d = f->opt.host_delay_s;
	if (h->crawl_delay > d)
		d = h->crawl_delay > MAX_CRAWL_DELAY_S ? MAX_CRAWL_DELAY_S : h->crawl_delay;
	return d;
}

/* ---- set-up ---- */

int fetcher_new(struct fetcher **out, const struct fetch_options *opt, struct error *err)
{
	static int global_done;
	struct fetcher *f;
	char ua[128];
	int r;

	*out = NULL;
	if ((r = libcurl_load(err)) < 0)
		return r;
	if (!global_done) {
		if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
			return error_set(err, ERR_INTERNAL, "libcurl initialisation failed");
		global_done = 1;
	}
	f = calloc(1, sizeof(*f));
	if (!f)
		return error_nomem(err);
	if (opt)
		f->opt = *opt;
	if (f->opt.max_total <= 0)
		f->opt.max_total = 16;
	if (f->opt.max_per_host <= 0)
		f->opt.max_per_host = 2;
	if (f->opt.host_delay_s == 0)
		f->opt.host_delay_s = 1.0;
	else if (f->opt.host_delay_s < 0)
		f->opt.host_delay_s = 0;
	if (f->opt.connect_timeout_s <= 0)
		f->opt.connect_timeout_s = 10;
	if (f->opt.timeout_s <= 0)
		f->opt.timeout_s = 120;
	if (f->opt.low_speed_bytes <= 0)
		f->opt.low_speed_bytes = 64;
	if (f->opt.low_speed_s <= 0)
		f->opt.low_speed_s = 20;
	if (!f->opt.max_body)
		f->opt.max_body = FETCH_DEFAULT_MAX_BODY;
	if (f->opt.max_redirects == 0)
		f->opt.max_redirects = 5;
	if (f->opt.max_retries == 0)
		f->opt.max_retries = 3;
	else if (f->opt.max_retries < 0)
		f->opt.max_retries = 0;
	if (f->opt.retry_base_s <= 0)
		f->opt.retry_base_s = 1.0;
	if (f->opt.max_retry_after_s <= 0)
		f->opt.max_retry_after_s = 120;
	snprintf(ua, sizeof(ua), "brief/%s (+news briefing engine; robots token: brief)",
#ifdef BRIEF_VERSION
		 BRIEF_VERSION
#else
		 "dev"
#endif
	);
	f->user_agent = strdup(f->opt.user_agent ? f->opt.user_agent : ua);
	f->multi = curl_multi_init();
	if (!f->user_agent || !f->multi) {
		fetcher_free(f);
		return error_nomem(err);
	}
	curl_multi_setopt(f->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)f->opt.max_total);
	curl_multi_setopt(f->multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long)f->opt.max_per_host);
	*out = f;
	return 0;
}

static void xfer_free(struct xfer *x)
{
	if (!x)
		return;
	if (x->easy)
		curl_easy_cleanup(x->easy);
	curl_slist_free_all(x->headers);
	free(x->url);
	free(x->etag);
	free(x->last_modified);
	buf_release(&x->body);
	buf_release(&x->head);
	free(x);
}

void fetcher_free(struct fetcher *f)
{
	struct host *h, *hn;
	struct xfer *x, *xn;
	if (!f)
		return;
	for (x = f->head; x; x = xn) {
		xn = x->next;
		xfer_free(x);
	}
	/* transfers still running after an interrupt */
	for (x = f->running; x; x = xn) {
		xn = x->a_next;
		curl_multi_remove_handle(f->multi, x->easy);
		xfer_free(x);
	}
	if (f->multi)
		curl_multi_cleanup(f->multi);
	for (h = f->hosts; h; h = hn) {
		hn = h->next;
		robots_free(h->robots);
		free(h->origin);
		free(h);
	}
	free(f->user_agent);
	free(f);
}

static void enqueue(struct fetcher *f, struct xfer *x, int front)
{
	if (front) {
		x->next = f->head;
		f->head = x;
		if (!f->tail)
			f->tail = x;
	} else {
		x->next = NULL;
		if (f->tail)
			f->tail->next = x;
		else
			f->head = x;
		f->tail = x;
	}
	f->n_waiting++;
}

static struct xfer *xfer_new(struct fetcher *f, const char *url)
{
	struct xfer *x = calloc(1, sizeof(*x));
	if (!x)
		return NULL;
	x->f = f;
	x->url = strdup(url);
	buf_init(&x->body, f->opt.max_body);
	buf_init(&x->head, MAX_HEAD_BYTES);
	if (!x->url) {
		xfer_free(x);
		return NULL;
	}
	return x;
}

/* Report an outcome that needs no transfer (bad URL, robots). */
static void finish_early(struct xfer *x, int robots_denied, enum error_code code, const char *why)
{
	struct fetch_response res;
	memset(&res, 0, sizeof(res));
	res.url = x->url;
	res.final_url = x->url;
	res.body = "";
	res.robots_denied = robots_denied;
	res.user = x->user;
	error_set(&res.err, code, "%s: %s", x->url, why);
	x->f->stats.failed++;
	if (robots_denied)
		x->f->stats.robots_denied++;
	if (x->done)
		x->done(&res, x->user);
	xfer_free(x);
}

int fetcher_add(struct fetcher *f, const struct fetch_request *req, fetch_done_fn done, void *user,
		struct error *err)
{
	struct xfer *x;
	if (!req || !req->url)
		return error_set(err, ERR_USAGE, "no URL to fetch");
	x = xfer_new(f, req->url);
	if (!x)
		return error_nomem(err);
	x->done = done;
	x->user = user;
	x->allow_private = req->allow_private || f->opt.allow_private;
	x->no_robots = req->no_robots;
	if ((req->etag && !(x->etag = strdup(req->etag))) ||
	    (req->last_modified && !(x->last_modified = strdup(req->last_modified)))) {
		xfer_free(x);
		return error_nomem(err);
	}
	f->stats.requests++;
	if (!url_is_http(req->url)) {
		finish_early(x, 0, ERR_USAGE, url_http_problem(req->url));
		return 0;
	}
	x->host = host_for(f, req->url);
	if (!x->host) {
		xfer_free(x);
		return error_nomem(err);
	}
	enqueue(f, x, 0);
	return 0;
}

/* ---- curl callbacks ---- */

static size_t on_body(char *p, size_t size, size_t n, void *data)
{
	struct xfer *x = data;
	if (buf_add(&x->body, p, size * n) < 0) {
		x->too_large = 1;
		return 0;
	}
	return size * n;
}

static size_t on_header(char *p, size_t size, size_t n, void *data)
{
	struct xfer *x = data;
	size_t len = size * n;
	if (len >= 5 && !memcmp(p, "HTTP/", 5))
		buf_reset(&x->head); /* a new response after a redirect or 100 */
	if (x->head.len + len > MAX_HEAD_BYTES) {
		/* a head this large is an attack or a broken server: the transfer ends */
		x->head_too_large = 1;
		return 0;
	}
	buf_put(&x->head, p, len);
	return len;
}

static curl_socket_t on_open_socket(void *data, curlsocktype purpose, struct curl_sockaddr *a)
{
	struct xfer *x = data;
	(void)purpose;
	if (!x->allow_private && fetch_address_is_private(&a->addr)) {
		x->refused_private = 1;
		return CURL_SOCKET_BAD;
	}
	return socket(a->family, a->socktype, a->protocol);
}

static int start(struct fetcher *f, struct xfer *x, double now)
{
	CURL *e = curl_easy_init();
	const struct fetch_options *o = &f->opt;
	if (!e)
		return -1;
	x->easy = e;
	x->attempts++;
	x->started = now;
	x->too_large = 0;
	x->head_too_large = 0;
	x->refused_private = 0;
	buf_reset(&x->body);
	buf_reset(&x->head);
	curl_easy_setopt(e, CURLOPT_URL, x->url);
	curl_easy_setopt(e, CURLOPT_PRIVATE, x);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, x);
	curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, on_open_socket);
	curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, x);
	curl_easy_setopt(e, CURLOPT_USERAGENT, f->user_agent);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, o->max_redirects > 0 ? 1L : 0L);
	curl_easy_setopt(e, CURLOPT_MAXREDIRS, (long)(o->max_redirects > 0 ? o->max_redirects : 0));
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); /* every coding curl has: gzip, br... */
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, o->connect_timeout_s);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, o->timeout_s);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, o->low_speed_bytes);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, o->low_speed_s);
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o->max_body);
	curl_slist_free_all(x->headers);
	x->headers = NULL;
	if (x->etag || x->last_modified) {
		struct buf h = BUF_INIT;
		if (x->etag) {
			buf_putf(&h, "If-None-Match: %s", x->etag);
			x->headers = curl_slist_append(x->headers, h.data);
		}
		if (x->last_modified) {
			buf_reset(&h);
			buf_putf(&h, "If-Modified-Since: %s", x->last_modified);
			x->headers = curl_slist_append(x->headers, h.data);
		}
		buf_release(&h);
		curl_easy_setopt(e, CURLOPT_HTTPHEADER, x->headers);
	}
	if (curl_multi_add_handle(f->multi, e) != CURLM_OK) {
		curl_easy_cleanup(e);
		x->easy = NULL;
		return -1;
	}
	x->host->active++;
	x->host->next_start = now + host_delay(f, x->host);
	f->n_active++;
	x->a_next = f->running;
	f->running = x;
	return 0;
}

/* ---- robots ---- */

static void queue_robots(struct fetcher *f, struct xfer *for_x)
{
	struct buf u = BUF_INIT;
	struct xfer *r;
	buf_putf(&u, "%srobots.txt", for_x->host->origin);
	r = xfer_new(f, u.data);
	buf_release(&u);
	if (!r) {
		for_x->host->robots_state = 2; /* cannot ask: do not block on it */
		return;
	}
	r->is_robots = 1;
	r->allow_private = for_x->allow_private;
	r->host = for_x->host;
	r->body.cap = ROBOTS_MAX_BYTES;
	for_x->host->robots_state = 1;
	enqueue(f, r, 1);
}

static void robots_done(struct fetcher *f, struct xfer *x, CURLcode code, long status)
{
	struct host *h = x->host;
	robots_free(h->robots);
	h->robots = NULL;
	f->stats.robots_fetched++;
	if (code == CURLE_OK && status >= 200 && status < 300) {
		h->robots = robots_parse(x->body.data, x->body.len, "brief");
	} else if (code == CURLE_OK && status >= 500) {
		/* RFC 9309: an unreachable robots.txt means "disallow all", for now */
		h->robots = robots_deny_all();
	}
	/* 4xx, too large, or a network failure: the page will meet its own fate */
	h->crawl_delay = robots_crawl_delay(h->robots);
	h->robots_state = 2;
	h->robots_expires =
		now_s() + (h->robots && robots_allowed(h->robots, "/") == 0 && status >= 500
				   ? 600.0
				   : ROBOTS_TTL_S);
}

static const char *path_of(const char *url)
{
	struct url_parts p;
	if (url_split(url, &p) < 0 || !p.path_len)
		return "/";
	return p.path;
}

/* ---- completion ---- */

static int retryable_status(long s)
{
	return s == 429 || s == 500 || s == 502 || s == 503 || s == 504;
}

static int retryable_code(CURLcode c)
{
	return c == CURLE_OPERATION_TIMEDOUT || c == CURLE_COULDNT_CONNECT ||
	       c == CURLE_RECV_ERROR || c == CURLE_SEND_ERROR || c == CURLE_GOT_NOTHING ||
	       c == CURLE_PARTIAL_FILE || c == CURLE_HTTP2 || c == CURLE_HTTP2_STREAM;
}

/* Value of header `name` in the final response's head, malloc'd, or NULL. */
static char *head_value(const struct buf *head, const char *name)
{
	size_t nl = strlen(name), i = 0;
	while (i < head->len) {
		const char *l = head->data + i, *e = memchr(l, '\n', head->len - i);
		size_t ll = e ? (size_t)(e - l) : head->len - i;
		i += ll + 1;
		if (ll > nl && l[nl] == ':' && !strncasecmp(l, name, nl)) {
			const char *v = l + nl + 1;
			size_t vl = ll - nl - 1;
			char *r;
			while (vl && (*v == ' ' || *v == '\t')) {
				v++;
				vl--;
			}
			while (vl && (v[vl - 1] == '\r' || v[vl - 1] == ' '))
				vl--;
			r = malloc(vl + 1);
			if (r) {
				memcpy(r, v, vl);
				r[vl] = '\0';
			}
			return r;
		}
	}
	return NULL;
}

static void deliver(struct fetcher *f, struct xfer *x, CURLcode code, long status, double now)
{
	struct fetch_response res;
	char *ctype = NULL, *final = NULL;
	char *etag = head_value(&x->head, "ETag");
	char *lm = head_value(&x->head, "Last-Modified");
	struct buf plain = BUF_INIT;

	memset(&res, 0, sizeof(res));
	curl_easy_getinfo(x->easy, CURLINFO_CONTENT_TYPE, &ctype);
	curl_easy_getinfo(x->easy, CURLINFO_EFFECTIVE_URL, &final);
	res.url = x->url;
	res.final_url = final ? final : x->url;
	res.status = status;
	res.content_type = ctype;
	res.etag = etag;
	res.last_modified = lm;
	res.body = x->body.data;
	res.len = x->body.len;
	res.duration_s = now - x->started;
	res.attempts = x->attempts;
	res.refused_private = x->refused_private;
	res.user = x->user;
	if (x->refused_private) {
		error_set(&res.err, ERR_IO,
			  "%s: refused: the host resolves to a loopback, private or "
			  "link-local address (allow it with --allow-private)",
			  x->url);
	} else if (x->too_large || code == CURLE_FILESIZE_EXCEEDED) {
		error_set(&res.err, ERR_LIMIT, "%s: response larger than %zu bytes", x->url,
			  f->opt.max_body);
	} else if (x->head_too_large) {
		error_set(&res.err, ERR_LIMIT, "%s: response headers larger than %u bytes", x->url,
			  MAX_HEAD_BYTES);
	} else if (code == CURLE_OPERATION_TIMEDOUT) {
		error_set(&res.err, ERR_IO,
			  "%s: timed out (a transfer may take %ld s to connect, %ld s in all "
			  "(--timeout), and no slower than %ld bytes/s for %ld s)",
			  x->url, f->opt.connect_timeout_s, f->opt.timeout_s,
			  f->opt.low_speed_bytes, f->opt.low_speed_s);
	} else if (code == CURLE_TOO_MANY_REDIRECTS) {
		error_set(&res.err, ERR_IO, "%s: more than %d redirects", x->url,
			  f->opt.max_redirects);
	} else if (code != CURLE_OK) {
		error_set(&res.err, ERR_IO, "%s: %s", x->url, curl_easy_strerror(code));
	} else if (status == 304) {
		res.not_modified = 1;
	} else if (status >= 400 || status < 200) {
		error_set(&res.err, ERR_IO, "%s: HTTP status %ld", x->url, status);
	} else if (status >= 300) {
		error_set(&res.err, ERR_IO, "%s: HTTP status %ld (redirect not followed)", x->url,
			  status);
	}
	/*
	 * A gzip body the server did not label (a .gz file, a misconfigured
	 * server) is decoded here, within the same cap, so every reader sees
	 * the page, feed or sitemap it holds; the archive keeps what was sent.
	 */
	if (!res.err.code && !res.not_modified && x->body.len >= 3 &&
	    !memcmp(x->body.data, "\x1f\x8b\x08", 3)) {
		struct error gerr = { 0 };
		buf_init(&plain, f->opt.max_body);
		if (gunzip_buf(x->body.data, x->body.len, &plain, &gerr) < 0) {
			error_set(&res.err, gerr.code, "%s: gzip body: %s", x->url, gerr.msg);
		} else {
			res.body = plain.data ? plain.data : "";
			res.len = plain.len;
		}
	}
	if (res.err.code)
		f->stats.failed++;
	else if (res.not_modified)
		f->stats.not_modified++;
	else
		f->stats.ok++;
	f->stats.bytes += x->body.len;
	if (f->opt.archive && code == CURLE_OK && status >= 200 && status != 304)
		/* the archive is a copy on the side: failing to write it fails no fetch */
		(void)!warc_write_response(f->opt.archive, res.final_url, time(NULL), x->head.data,
					   x->head.len, x->body.data, x->body.len, NULL);
	if (x->done)
		x->done(&res, x->user);
	buf_release(&plain);
	free(etag);
	free(lm);
}

static void on_done(struct fetcher *f, CURL *e, CURLcode code, double now)
{
	struct xfer *x = NULL;
	long status = 0;
	curl_easy_getinfo(e, CURLINFO_PRIVATE, (char **)&x);
	curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
	curl_multi_remove_handle(f->multi, e);
	x->host->active--;
	f->n_active--;
	{
		struct xfer **pp = &f->running;
		while (*pp && *pp != x)
			pp = &(*pp)->a_next;
		if (*pp)
			*pp = x->a_next;
	}
	if (x->is_robots) {
		robots_done(f, x, code, status);
		xfer_free(x);
		return;
	}
	if (!x->refused_private && !x->too_large && !x->head_too_large &&
	    x->attempts <= f->opt.max_retries &&
	    ((code == CURLE_OK && retryable_status(status)) ||
	     (code != CURLE_OK && retryable_code(code)))) {
		double wait = f->opt.retry_base_s * pow(2.0, x->attempts - 1);
		curl_off_t ra = 0;
		if (code == CURLE_OK &&
		    curl_easy_getinfo(e, CURLINFO_RETRY_AFTER, &ra) == CURLE_OK && ra > 0) {
			double r = (double)ra;
			if (r > f->opt.max_retry_after_s)
				r = f->opt.max_retry_after_s;
			if (r > wait)
				wait = r;
		}
		x->not_before = now + wait;
		/* a 429 or 503 speaks for the whole host */
		if (x->host->next_start < x->not_before && (status == 429 || status == 503))
			x->host->next_start = x->not_before;
		if (f->opt.on_retry) {
			char why[64];
			if (code == CURLE_OK)
				snprintf(why, sizeof(why), "HTTP status %ld", status);
			else
				snprintf(why, sizeof(why), "%s", curl_easy_strerror(code));
			f->opt.on_retry(x->url, x->attempts, f->opt.max_retries,
					x->not_before - now, why, f->opt.retry_data);
		}
		curl_easy_cleanup(e);
		x->easy = NULL;
		f->stats.retries++;
		enqueue(f, x, 0);
		return;
	}
	deliver(f, x, code, status, now);
	xfer_free(x);
}

/* ---- the loop ---- */

/* Take `x` out of the waiting queue, where it stands after `prev` (NULL: at the head). */
static void waiting_unlink(struct fetcher *f, struct xfer *prev, struct xfer *x)
{
	if (prev)
		prev->next = x->next;
	else
		f->head = x->next;
	if (f->tail == x)
		f->tail = prev;
	f->n_waiting--;
}

/* Start what may start; `*wake` gets the earliest time something could. */
static void start_ready(struct fetcher *f, double now, double *wake)
{
	struct xfer *x = f->head, *prev = NULL, *next;
	for (; x; x = next) {
		struct host *h = x->host;
		next = x->next;
		if (f->n_active >= (size_t)f->opt.max_total)
			break;
		if (x->not_before > now) {
			if (x->not_before < *wake)
				*wake = x->not_before;
			prev = x;
			continue;
		}
		if (!x->is_robots && !x->no_robots && !f->opt.ignore_robots) {
			if (h->robots_state == 2 && h->robots_expires < now)
				h->robots_state = 0;
			if (h->robots_state == 0) {
				queue_robots(f, x);
				next = f->head; /* start again with the robots request first */
				prev = NULL;
				continue;
			}
			if (h->robots_state == 1) {
				prev = x;
				continue;
			}
			if (!robots_allowed(h->robots, path_of(x->url))) {
				waiting_unlink(f, prev, x);
				finish_early(x, 1, ERR_IO, "disallowed by robots.txt");
				continue;
			}
		}
		if (h->active >= f->opt.max_per_host) {
			prev = x;
			continue;
		}
		if (h->next_start > now) {
			if (h->next_start < *wake)
				*wake = h->next_start;
			prev = x;
			continue;
		}
		/* take it out of the queue and start it */
		waiting_unlink(f, prev, x);
		x->next = NULL;
		if (start(f, x, now) < 0) {
			struct fetch_response res;
			memset(&res, 0, sizeof(res));
			res.url = res.final_url = x->url;
			res.body = "";
			res.user = x->user;
			error_set(&res.err, ERR_NOMEM, "%s: cannot start the transfer", x->url);
			f->stats.failed++;
			if (x->done && !x->is_robots)
				x->done(&res, x->user);
			if (x->is_robots)
				h->robots_state = 2;
			xfer_free(x);
		}
	}
}

int fetcher_run(struct fetcher *f, struct error *err)
{
	f->stop = 0;
	while ((f->n_waiting || f->n_active) && !f->stop) {
		double now = now_s(), wake = now + 0.2;
		int running = 0, left = 0, timeout_ms, finished = 0;
		CURLMsg *m;
		start_ready(f, now, &wake);
		if (curl_multi_perform(f->multi, &running) != CURLM_OK)
			return error_set(err, ERR_INTERNAL, "libcurl multi interface failed");
		while ((m = curl_multi_info_read(f->multi, &left)))
			if (m->msg == CURLMSG_DONE) {
				on_done(f, m->easy_handle, m->data.result, now_s());
				finished = 1;
			}
		if (!f->n_waiting && !f->n_active)
			break;
		/* A finished transfer may have freed a host's slot or answered
		 * its robots.txt: `wake` was computed before, so look at the
		 * queue again now instead of sleeping until then. */
		if (finished && f->n_waiting)
			continue;
		now = now_s();
		timeout_ms = (int)((wake - now) * 1000);
		if (timeout_ms < 1)
			timeout_ms = 1;
		if (timeout_ms > 200)
			timeout_ms = 200;
		if (curl_multi_poll(f->multi, NULL, 0, timeout_ms, NULL) != CURLM_OK)
			return error_set(err, ERR_INTERNAL, "libcurl poll failed");
	}
	return 0;
}

void fetcher_interrupt(struct fetcher *f)
{
	f->stop = 1;
}

size_t fetcher_pending(const struct fetcher *f)
{
	return f->n_waiting + f->n_active;
}

const struct fetch_stats *fetcher_stats(const struct fetcher *f)
{
	return &f->stats;
}
