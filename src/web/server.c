/*
 * server.c: HTTP on libmicrohttpd.
 *
 * A pool of threads (one a core by default) serves the connections, each
 * thread with its own database connection, its own prepared statements
 * (kept by the store) and its own cache of rendered pages. A request is
 * one read transaction: the cache is looked up in it, against the
 * database's version (store_data_version), so a page is drawn again only
 * after something was committed, or after CACHE_MAX_AGE seconds (the
 * briefing depends on the clock). Responses carry an ETag (a hash of the
 * body) and a Last-Modified (when the page was drawn from the data it
 * shows), answered with 304, Cache-Control, and gzip when asked for.
 */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "store/store.h"
#include "util/date.h"
#include "util/hash.h"
#include "web/conn.h"
#include "web/libmicrohttpd.h"
#include "web/web.h"

#include "util/banned.h"

#define CACHE_SLOTS     1024        /* a thread's pages, by hash of the URL */
#define CACHE_BYTES     (48u << 20) /* a thread's cache at most; then it starts again */
#define CACHE_ENTRY_MAX (2u << 20)  /* a larger page is not kept */
#define CACHE_MAX_AGE   60          /* seconds */
#define GZIP_MIN        512         /* smaller bodies go as they are */
#define MAX_THREADS     16
/* connections: defaults of struct web_options */
#define CONN_MAX          512 /* at once, from anyone */
#define CONN_PER_CLIENT   32  /* at once, from one address */
#define CONN_HEAD_SECONDS 10  /* to send a whole request head */
#define CONN_IDLE_SECONDS 30  /* without a byte either way */

static const char csp[] = "default-src 'none'; style-src 'self'; img-src 'self' https: data:; "
			  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

struct entry {
	uint64_t hash;
	char *key;
	int status;
	const char *content_type, *cache_control;
	char *body, *gz;
	size_t len, gzlen;
	char etag[24];
	time_t made;
};

/* What one server thread keeps: its connection and its cache. */
struct worker {
	struct web_server *srv;
	struct store *st;
	int own_store;
	uint64_t version;
	size_t bytes;
	struct entry *slots; /* CACHE_SLOTS */
	struct worker *next;
};

struct web_server {
	struct MHD_Daemon *daemon;
	struct store *st; /* the caller's: used by the single thread when no db_path */
	char *db_path;
	pthread_mutex_t mu; /* guards workers */
	struct worker *workers;
	struct conn_guard *guard; /* the request-head deadline, or NULL */
	unsigned max_open;        /* connections at once, from anyone */
	atomic_uint open;         /* connections open now */
};

static _Thread_local struct worker *this_worker;

#if MHD_VERSION < 0x00097002
typedef int mhd_result;
#else
typedef enum MHD_Result mhd_result;
#endif

static void entry_clear(struct worker *w, struct entry *e)
{
	if (e->key)
		w->bytes -= e->len + e->gzlen + strlen(e->key);
	free(e->key);
	free(e->body);
	free(e->gz);
	memset(e, 0, sizeof(*e));
}

static void cache_flush(struct worker *w)
{
	size_t i;
	for (i = 0; i < CACHE_SLOTS; i++)
		entry_clear(w, &w->slots[i]);
	w->bytes = 0;
}

/* The thread's worker, made (with its own connection) at its first request. */
static struct worker *worker_get(struct web_server *srv)
{
	struct worker *w = this_worker;

	if (w && w->srv == srv)
		return w;
	w = calloc(1, sizeof(*w));
	if (!w)
		return NULL;
	w->slots = calloc(CACHE_SLOTS, sizeof(*w->slots));
	if (!w->slots) {
		free(w);
		return NULL;
	}
	w->srv = srv;
	if (srv->db_path) {
		if (store_open(&w->st, srv->db_path, NULL) < 0) {
			free(w->slots);
			free(w);
			return NULL;
		}
		w->own_store = 1;
	} else {
		w->st = srv->st;
	}
	pthread_mutex_lock(&srv->mu);
	w->next = srv->workers;
	srv->workers = w;
	pthread_mutex_unlock(&srv->mu);
	this_worker = w;
	return w;
}

static void worker_free(struct worker *w)
{
	cache_flush(w);
	free(w->slots);
	if (w->own_store)
		store_close(w->st);
	free(w);
}

/* The query values a page depends on, after the path: the cache's key. */
static const char *const request_args[] = { "page",  "q",     "sort",  "source", "lang",
					    "since", "until", "actor", "tag" };

/*
 * MHD_KeyValueIterator: note the first query key of none of request_args,
 * and stop. An empty key ("?&", "?=1", what a URL builder leaves) names
 * nothing and is passed over.
 */
static mhd_result first_unknown(void *cls, enum MHD_ValueKind kind, const char *key,
				const char *value)
{
	struct web_request *req = cls;
	size_t i;
	(void)kind;
	(void)value;
	if (!key || !*key)
		return MHD_YES;
	for (i = 0; i < sizeof(request_args) / sizeof(request_args[0]); i++)
		if (key && !strcmp(key, request_args[i]))
			return MHD_YES;
	req->unknown = key;
	return MHD_NO;
}

static void request_from(struct MHD_Connection *conn, const char *method, const char *url,
			 struct web_request *req)
{
	memset(req, 0, sizeof(*req));
	req->method = method;
	req->path = url;
	req->page = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "page");
	req->q = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "q");
	req->sort = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "sort");
	req->source = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "source");
	req->lang = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "lang");
	req->since = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "since");
	req->until = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "until");
	req->actor = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "actor");
	req->tag = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "tag");
	MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, first_unknown, req);
}

static void cache_key(const struct web_request *req, struct buf *key)
{
	const char *v[] = { req->page,  req->q,     req->sort,  req->source, req->lang,
			    req->since, req->until, req->actor, req->tag };
	size_t i;
	buf_puts(key, req->path);
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		buf_putc(key, '\n');
		if (v[i]) {
			buf_puts(key, request_args[i]);
			buf_putc(key, '=');
			buf_puts(key, v[i]);
		}
	}
	/* a page ignores it, the API refuses it: never one answer for both */
	if (req->unknown) {
		buf_puts(key, "\n?");
		buf_puts(key, req->unknown);
	}
}

/* gzip of `body` into e->gz (left NULL when it cannot be made). */
static void make_gzip(struct entry *e)
{
	z_stream z;
	uLong cap = compressBound((uLong)e->len) + 32;
	char *out;

	if (e->len < GZIP_MIN || e->len > CACHE_ENTRY_MAX || !(out = malloc(cap)))
		return;
	memset(&z, 0, sizeof(z));
	if (deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
		free(out);
		return;
	}
	z.next_in = (Bytef *)e->body;
	z.avail_in = (uInt)e->len;
	z.next_out = (Bytef *)out;
	z.avail_out = (uInt)cap;
	if (deflate(&z, Z_FINISH) != Z_STREAM_END) {
		deflateEnd(&z);
		free(out);
		return;
	}
	e->gz = out;
	e->gzlen = z.total_out;
	deflateEnd(&z);
}

static int is_text(const char *ctype)
{
	return ctype && (!strncmp(ctype, "text/", 5) || strstr(ctype, "json") ||
			 strstr(ctype, "xml") || strstr(ctype, "svg"));
}

static int accepts_gzip(struct MHD_Connection *conn)
{
	const char *ae = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Accept-Encoding");
	return ae && strstr(ae, "gzip") && !strstr(ae, "gzip;q=0");
}

static void http_date(time_t t, char *out, size_t n)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, n, "%a, %d %b %Y %H:%M:%S GMT", &tm);
}

/*
 * Whether the client's copy is current: its If-None-Match names the ETag,
 * or (without one) its If-Modified-Since is no earlier than when the page
 * was drawn from the data it still shows.
 */
static int not_modified(struct MHD_Connection *conn, const struct entry *e)
{
	const char *inm = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "If-None-Match");
	const char *ims = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "If-Modified-Since");
	int64_t since;

	if (inm)
		return strstr(inm, e->etag) || !strcmp(inm, "*");
	if (!ims || date_parse_seconds(ims, &since) < 0)
		return 0;
	return since >= (int64_t)e->made;
}

static void common_headers(struct MHD_Response *resp, const char *ctype, const char *cc)
{
	if (ctype)
		MHD_add_response_header(resp, "Content-Type", ctype);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "Content-Security-Policy", csp);
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(resp, "Cache-Control", cc ? cc : "public, max-age=60");
	MHD_add_response_header(resp, "Vary", "Accept-Encoding");
}

/* Answer from a cache entry (or a fresh one): 304, gzip or plain. */
static mhd_result send_entry(struct MHD_Connection *conn, struct entry *e)
{
	struct MHD_Response *resp;
	mhd_result ret;
	int gz = 0;

	char date[40];

	http_date(e->made, date, sizeof(date));
	if (e->status == 200 && not_modified(conn, e)) {
		resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
		if (!resp)
			return MHD_NO;
		common_headers(resp, NULL, e->cache_control);
		MHD_add_response_header(resp, "ETag", e->etag);
		MHD_add_response_header(resp, "Last-Modified", date);
		ret = MHD_queue_response(conn, MHD_HTTP_NOT_MODIFIED, resp);
		MHD_destroy_response(resp);
		return ret;
	}
	if (is_text(e->content_type) && accepts_gzip(conn)) {
		if (!e->gz)
			make_gzip(e);
		gz = e->gz != NULL;
	}
	/* the entry outlives the response only when cached: copy it */
	resp = MHD_create_response_from_buffer(gz ? e->gzlen : e->len, gz ? e->gz : e->body,
					       MHD_RESPMEM_MUST_COPY);
	if (!resp)
		return MHD_NO;
	common_headers(resp, e->content_type, e->cache_control);
	if (e->status == 200) {
		MHD_add_response_header(resp, "ETag", e->etag);
		MHD_add_response_header(resp, "Last-Modified", date);
	}
	if (gz)
		MHD_add_response_header(resp, "Content-Encoding", "gzip");
	ret = MHD_queue_response(conn, (unsigned)e->status, resp);
	MHD_destroy_response(resp);
	return ret;
}

/* A response that is not kept (errors, redirects, 405). */
static mhd_result send_plain(struct MHD_Connection *conn, struct web_response *res)
{
	struct MHD_Response *resp;
	mhd_result ret;
	size_t len;
	char *body = buf_detach(&res->body, &len);

	resp = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	if (!resp) {
		free(body);
		return MHD_NO;
	}
	common_headers(resp, res->content_type,
		       res->cache_control   ? res->cache_control
		       : res->status >= 500 ? "no-store"
					    : "public, max-age=60");
	if (res->allow)
		MHD_add_response_header(resp, "Allow", res->allow);
	if (res->location[0])
		MHD_add_response_header(resp, "Location", res->location);
	ret = MHD_queue_response(conn, (unsigned)res->status, resp);
	MHD_destroy_response(resp);
	return ret;
}

/* A 503: the API's in its JSON error, the pages' in plain text. */
static mhd_result unavailable(struct MHD_Connection *conn, const char *url)
{
	struct web_response res;
	memset(&res, 0, sizeof(res));
	buf_init(&res.body, 0);
	if (url && (!strncmp(url, "/api/", 5) || !strcmp(url, "/healthz"))) {
		buf_puts(&res.body, "{\"error\":{\"status\":503,\"message\":\"the database "
				    "cannot be read just now\"}}");
		res.content_type = "application/json";
	} else {
		buf_puts(&res.body, "The database cannot be read just now.\n");
		res.content_type = "text/plain; charset=utf-8";
	}
	res.status = 503;
	res.cache_control = "no-store";
	return send_plain(conn, &res);
}

/* ---- connections ---- */

static struct conn_node *socket_node(struct MHD_Connection *conn)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	return ci ? ci->socket_context : NULL;
}

/* A connection opens (armed for its first request head) or closes. */
static void on_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
			  enum MHD_ConnectionNotificationCode code)
{
	struct web_server *srv = cls;
	const union MHD_ConnectionInfo *ci;

	if (code == MHD_CONNECTION_NOTIFY_STARTED) {
		atomic_fetch_add(&srv->open, 1);
		ci = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
		*socket_context = ci ? conn_guard_open(srv->guard, ci->connect_fd) : NULL;
	} else if (code == MHD_CONNECTION_NOTIFY_CLOSED) {
		atomic_fetch_sub(&srv->open, 1);
		conn_guard_close(srv->guard, *socket_context);
		*socket_context = NULL;
	}
}

/*
 * A new connection is taken while fewer than max_open are open. The limit is
 * kept here, over all threads, because microhttpd divides its own limit
 * evenly among the pool's threads: a thread that a busy machine starves
 * accepts nothing, and the thread that accepts everything would close
 * connections at its share although the server has room.
 */
static mhd_result on_accept(void *cls, const struct sockaddr *addr, socklen_t len)
{
	struct web_server *srv = cls;

	(void)addr;
	(void)len;
	return atomic_load(&srv->open) < srv->max_open ? MHD_YES : MHD_NO;
}

/* A request was answered: a kept-alive connection waits for the next head. */
static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
			 enum MHD_RequestTerminationCode code)
{
	struct web_server *srv = cls;

	(void)con_cls;
	if (code == MHD_REQUEST_TERMINATED_COMPLETED_OK)
		conn_guard_arm(srv->guard, socket_node(conn));
}

/*
 * The address to listen on: a numeric IPv4 or IPv6 address, or a name
 * (IPv4 preferred, as "localhost" is meant).
 */
static MUST_CHECK int listen_address(const char *addr, unsigned short port,
				     struct sockaddr_storage *ss, struct error *err)
{
	struct addrinfo hints, *res, *ai, *pick = NULL;
	int rc;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE;
	if ((rc = getaddrinfo(addr, NULL, &hints, &res)) != 0)
		return error_set(err, ERR_USAGE, "cannot listen on %s: %s", addr, gai_strerror(rc));
	for (ai = res; ai; ai = ai->ai_next) {
		if (ai->ai_family == AF_INET) {
			pick = ai;
			break;
		}
		if (ai->ai_family == AF_INET6 && !pick)
			pick = ai;
	}
	if (!pick) {
		freeaddrinfo(res);
		return error_set(err, ERR_USAGE, "cannot listen on %s: no IPv4 or IPv6 address",
				 addr);
	}
	memset(ss, 0, sizeof(*ss));
	memcpy(ss, pick->ai_addr, pick->ai_addrlen);
	if (ss->ss_family == AF_INET)
		((struct sockaddr_in *)ss)->sin_port = htons(port);
	else
		((struct sockaddr_in6 *)ss)->sin6_port = htons(port);
	freeaddrinfo(res);
	return 0;
}

static mhd_result on_request(void *cls, struct MHD_Connection *conn, const char *url,
			     const char *method, const char *version, const char *upload_data,
			     size_t *upload_data_size, void **con_cls)
{
	struct web_server *srv = cls;
	struct web_request req;
	struct web_response res;
	struct worker *w;
	struct buf key = BUF_INIT;
	struct entry *e, fresh;
	uint64_t v, h;
	time_t now;
	mhd_result ret;

	(void)version;
	(void)upload_data;
	/* first call per request: headers only */
	if (!*con_cls) {
		*con_cls = srv;
		return MHD_YES;
	}
	/* a request body is read and dropped: the site takes no input */
	if (*upload_data_size) {
		*upload_data_size = 0;
		return MHD_YES;
	}
	/* the request is whole: its answer is not held to the head's deadline */
	conn_guard_disarm(srv->guard, socket_node(conn));
	if (!(w = worker_get(srv)))
		return unavailable(conn, url);
	request_from(conn, method, url, &req);
	if (store_read_begin(w->st, NULL) < 0) {
		store_read_end(w->st);
		return unavailable(conn, url);
	}
	if (store_data_version(w->st, &v, NULL) == 0 && v != w->version) {
		cache_flush(w);
		w->version = v;
	}
	now = time(NULL);
	cache_key(&req, &key);
	h = hash_fnv1a64(key.data, key.len);
	e = &w->slots[h % CACHE_SLOTS];
	if (!strcmp(method, "GET") || !strcmp(method, "HEAD")) {
		if (e->key && e->hash == h && !strcmp(e->key, key.data) &&
		    now - e->made < CACHE_MAX_AGE) {
			store_read_end(w->st);
			buf_release(&key);
			return send_entry(conn, e);
		}
	}
	web_render(w->st, &req, &res);
	store_read_end(w->st);
	if (res.status != 200 || res.location[0]) {
		buf_release(&key);
		ret = send_plain(conn, &res);
		web_response_release(&res);
		return ret;
	}
	memset(&fresh, 0, sizeof(fresh));
	fresh.hash = h;
	fresh.status = res.status;
	fresh.content_type = res.content_type;
	fresh.cache_control = res.cache_control;
	fresh.made = now;
	fresh.body = buf_detach(&res.body, &fresh.len);
	snprintf(fresh.etag, sizeof(fresh.etag), "\"%016llx\"",
		 (unsigned long long)hash_fnv1a64(fresh.body, fresh.len));
	if (fresh.len <= CACHE_ENTRY_MAX) {
		entry_clear(w, e);
		if (w->bytes > CACHE_BYTES)
			cache_flush(w);
		*e = fresh;
		e->key = buf_detach(&key, NULL);
		w->bytes += e->len + strlen(e->key);
		ret = send_entry(conn, e);
		w->bytes += e->gzlen;
	} else {
		buf_release(&key);
		ret = send_entry(conn, &fresh);
		free(fresh.body);
		free(fresh.gz);
	}
	web_response_release(&res);
	return ret;
}

static unsigned default_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > MAX_THREADS ? MAX_THREADS : (unsigned)n;
}

static unsigned opt_or(unsigned v, unsigned dflt)
{
	return v ? v : dflt;
}

int web_start(struct web_server **out, struct store *st, const struct web_options *opt,
	      unsigned short *bound_port, struct error *err)
{
	static const struct web_options none;
	struct web_server *srv;
	struct sockaddr_storage ss;
	const union MHD_DaemonInfo *info;
	const char *addr;
	unsigned threads = 1, flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO;
	unsigned short port;
	unsigned idle, head;
	int r;

	*out = NULL;
	if ((r = libmicrohttpd_load(err)) < 0)
		return r;
	if (!opt)
		opt = &none;
	addr = opt->address ? opt->address : "127.0.0.1";
	port = opt == &none ? 8080 : opt->port;
	if (listen_address(addr, port, &ss, err) < 0)
		return -1;
	if (ss.ss_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	idle = opt->idle_seconds == WEB_NO_TIMEOUT ? 0
						   : opt_or(opt->idle_seconds, CONN_IDLE_SECONDS);
	head = opt->head_seconds == WEB_NO_TIMEOUT ? 0
						   : opt_or(opt->head_seconds, CONN_HEAD_SECONDS);
	srv = calloc(1, sizeof(*srv));
	if (!srv)
		return error_nomem(err);
	srv->st = st;
	srv->max_open = opt_or(opt->max_connections, CONN_MAX);
	atomic_init(&srv->open, 0);
	pthread_mutex_init(&srv->mu, NULL);
	if (opt->db_path) {
		if (!(srv->db_path = strdup(opt->db_path))) {
			free(srv);
			return error_nomem(err);
		}
		threads = opt->threads ? opt->threads : default_threads();
		if (threads > MAX_THREADS)
			threads = MAX_THREADS;
	}
	if (conn_guard_start(&srv->guard, head) < 0) {
		pthread_mutex_destroy(&srv->mu);
		free(srv->db_path);
		free(srv);
		return error_set(err, ERR_IO, "cannot start the server's deadline thread");
	}
	srv->daemon = MHD_start_daemon(
		flags, 0, on_accept, srv, on_request, srv, MHD_OPTION_SOCK_ADDR,
		(struct sockaddr *)&ss, MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)threads,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)idle, MHD_OPTION_CONNECTION_LIMIT,
		srv->max_open * threads, MHD_OPTION_PER_IP_CONNECTION_LIMIT,
		(unsigned int)opt_or(opt->per_client, CONN_PER_CLIENT),
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
		MHD_OPTION_NOTIFY_CONNECTION, on_connection, srv, MHD_OPTION_NOTIFY_COMPLETED,
		on_completed, srv, MHD_OPTION_END);
	if (!srv->daemon) {
		conn_guard_stop(srv->guard);
		pthread_mutex_destroy(&srv->mu);
		free(srv->db_path);
		free(srv);
		return error_set(err, ERR_IO, "cannot listen on %s:%u (in use, or not allowed)",
				 addr, (unsigned)port);
	}
	info = MHD_get_daemon_info(srv->daemon, MHD_DAEMON_INFO_BIND_PORT);
	if (bound_port)
		*bound_port = info ? info->port : port;
	*out = srv;
	return 0;
}

unsigned long web_cut_off(struct web_server *srv)
{
	return srv ? conn_guard_cut(srv->guard) : 0;
}

void web_stop(struct web_server *srv)
{
	struct worker *w, *next;

	if (!srv)
		return;
	MHD_stop_daemon(srv->daemon);
	conn_guard_stop(srv->guard);
	for (w = srv->workers; w; w = next) {
		next = w->next;
		worker_free(w);
	}
	pthread_mutex_destroy(&srv->mu);
	free(srv->db_path);
	free(srv);
}
