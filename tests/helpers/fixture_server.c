/*
 * fixture_server: the HTTP server integration tests fetch from, so that
 * no test needs the internet.
 *
 *   fixture_server [-r SECONDS] [-t MS] ROOT
 *
 * -r is the Retry-After a 429 carries (default 1), -t the pause between
 * the 16-byte pieces of a /slow/ response (default 300 ms): tests pick
 * them so that they wait no longer than the behaviour they check needs.
 *
 * Listens on 127.0.0.1 on a free port, prints "PORT\n" on stdout, then
 * serves until killed. Every request is logged on stderr as
 *   "REQ <method> <path> <status> inm=<If-None-Match> ims=<If-Modified-Since> ua=<User-Agent>"
 * so tests can count downloads, 304s and robots.txt fetches.
 *
 * Files under ROOT are served with "{{BASE}}" replaced by
 * "http://127.0.0.1:PORT", a strong ETag (a digest of the body) and a
 * fixed Last-Modified; a matching If-None-Match or an If-Modified-Since
 * gets 304. The content type comes from the extension. Special paths:
 *   /redirect/N/PATH   302 hops, N of them, to /PATH
 *   /loop              302 to itself, for ever
 *   /429/PATH          429 with Retry-After (-r) the first time, then /PATH
 *   /503/PATH          503 (no Retry-After) the first time, then /PATH
 *   /gzip/PATH         /PATH compressed, with Content-Encoding: gzip
 *   /deflate/PATH      /PATH compressed, with Content-Encoding: deflate (zlib)
 *   /type/T/S/PATH     /PATH served as content type T/S (wrong types)
 *   /slow/PATH         /PATH trickled 16 bytes at a time, -t ms apart
 *   /trickle/PATH      /PATH trickled 1 byte at a time, -t ms apart
 *   /bighead           a small page after 1 MiB of response headers
 *   /big               24 MiB of HTML
 *   /status/N          an empty response with status N
 * A missing file is 404.
 */
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "util/buf.h"
#include "util/sha256.h"

#include "util/banned.h"

static const char *root;
static const char *retry_after_429 = "1";
static unsigned trickle_ms = 300;
/*
 * Set once the daemon listens, read by its connection threads: atomic, as
 * clients learn the port through stdout, which ThreadSanitizer cannot see.
 */
static _Atomic unsigned short port;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* paths that have had their one failure (for /429/ and /503/) */
static char *failed_once[256];
static size_t n_failed;

static int first_time(const char *key)
{
	size_t i;
	int first = 1;
	pthread_mutex_lock(&lock);
	for (i = 0; i < n_failed; i++)
		if (!strcmp(failed_once[i], key))
			first = 0;
	if (first && n_failed < 256)
		failed_once[n_failed++] = strdup(key);
	pthread_mutex_unlock(&lock);
	return first;
}

static const char *type_of(const char *path)
{
	static const struct {
		const char *ext, *type;
	} types[] = {
		{ ".html", "text/html; charset=utf-8" },
		{ ".rss", "application/rss+xml" },
		{ ".atom", "application/atom+xml" },
		{ ".rdf", "application/rdf+xml" },
		{ ".xml", "application/xml" },
		{ ".json", "application/feed+json" },
		{ ".txt", "text/plain" },
		{ ".gz", "application/gzip" },
		{ ".opml", "text/x-opml" },
	};
	size_t n = strlen(path), i;
	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		size_t e = strlen(types[i].ext);
		if (n >= e && !strcmp(path + n - e, types[i].ext))
			return types[i].type;
	}
	return "application/octet-stream";
}

/*
 * Read ROOT/path with {{BASE}} replaced (up to its first NUL byte; a .gz
 * file whole, as it is); 0 or -1 when missing. The file goes into one
 * buffer of its size, and one without {{BASE}} is served from it: t0700's
 * 20 MB bodies cost the server more in copies and page faults while their
 * buffers grew than in anything else.
 */
static int load(const char *path, struct buf *out)
{
	struct buf fn = BUF_INIT, raw = BUF_INIT;
	struct stat st;
	char base[64];
	const char *p, *q;
	size_t n, want;
	FILE *f;
	if (strstr(path, "..")) {
		buf_release(&fn);
		return -1;
	}
	buf_putf(&fn, "%s/%s", root, path[0] == '/' ? path + 1 : path);
	f = fopen(fn.data, "rb");
	buf_release(&fn);
	if (!f)
		return -1;
	/* room for the whole file, then 64 kB at a time past what it was */
	want = !fstat(fileno(f), &st) && st.st_size > 0 ? (size_t)st.st_size : 0;
	for (;;) {
		if (buf_grow(&raw, want + 65536) < 0) {
			fclose(f);
			buf_release(&raw);
			return -1;
		}
		want = 0;
		n = fread(raw.data + raw.len, 1, raw.alloc - 1 - raw.len, f);
		raw.len += n;
		raw.data[raw.len] = '\0';
		if (n == 0)
			break;
	}
	fclose(f);
	/* gzip files are served as they are */
	if (strlen(path) > 3 && !strcmp(path + strlen(path) - 3, ".gz")) {
		buf_release(out);
		*out = raw;
		return 0;
	}
	if (!strstr(raw.data, "{{BASE}}")) {
		raw.len = strlen(raw.data);
		buf_release(out);
		*out = raw;
		return 0;
	}
	snprintf(base, sizeof(base), "http://127.0.0.1:%u", (unsigned)port);
	for (p = raw.data; (q = strstr(p, "{{BASE}}")); p = q + 8) {
		buf_put(out, p, (size_t)(q - p));
		buf_puts(out, base);
	}
	buf_puts(out, p);
	buf_release(&raw);
	return 0;
}

static enum MHD_Result send_buf(struct MHD_Connection *c, unsigned status, const char *type,
				struct buf *body, const char *etag, int gz)
{
	struct MHD_Response *res;
	enum MHD_Result r;
	size_t len;
	char *data = buf_detach(body, &len);
	res = MHD_create_response_from_buffer(len, data, MHD_RESPMEM_MUST_FREE);
	if (type)
		MHD_add_response_header(res, "Content-Type", type);
	if (etag) {
		MHD_add_response_header(res, "ETag", etag);
		MHD_add_response_header(res, "Last-Modified", "Sat, 01 Mar 2025 12:00:00 GMT");
	}
	if (gz)
		MHD_add_response_header(res, "Content-Encoding", gz == 1 ? "gzip" : "deflate");
	r = MHD_queue_response(c, status, res);
	MHD_destroy_response(res);
	return r;
}

static enum MHD_Result send_status(struct MHD_Connection *c, unsigned status, const char *location,
				   const char *retry_after)
{
	struct MHD_Response *res =
		MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
	enum MHD_Result r;
	if (location)
		MHD_add_response_header(res, "Location", location);
	if (retry_after)
		MHD_add_response_header(res, "Retry-After", retry_after);
	r = MHD_queue_response(c, status, res);
	MHD_destroy_response(res);
	return r;
}

static void log_req(struct MHD_Connection *c, const char *method, const char *url, unsigned status)
{
	const char *inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-None-Match");
	const char *ims = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-Modified-Since");
	const char *ua = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "User-Agent");
	fprintf(stderr, "REQ %s %s %u inm=%s ims=%s ua=%s\n", method, url, status, inm ? inm : "-",
		ims ? "yes" : "-", ua ? ua : "-");
}

struct trickle {
	char *data;
	size_t len, pos, step; /* step bytes a piece */
};

static ssize_t trickle_read(void *cls, uint64_t pos, char *out, size_t max)
{
	struct trickle *t = cls;
	size_t n;
	(void)pos;
	if (t->pos >= t->len)
		return MHD_CONTENT_READER_END_OF_STREAM;
	usleep(trickle_ms * 1000u);
	n = t->len - t->pos < t->step ? t->len - t->pos : t->step;
	if (n > max)
		n = max;
	memcpy(out, t->data + t->pos, n);
	t->pos += n;
	return (ssize_t)n;
}

static void trickle_free(void *cls)
{
	struct trickle *t = cls;
	free(t->data);
	free(t);
}

/* Compress in into out: gzip (`gz` 1) or zlib, HTTP's "deflate" (`gz` 2). */
static int gzip_buf(struct buf *in, struct buf *out, int gz)
{
	z_stream z;
	memset(&z, 0, sizeof(z));
	if (deflateInit2(&z, 6, Z_DEFLATED, gz == 1 ? 31 : 15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
		return -1;
	if (buf_grow(out, deflateBound(&z, (uLong)in->len) + 32) < 0) {
		deflateEnd(&z);
		return -1;
	}
	z.next_in = (unsigned char *)in->data;
	z.avail_in = (uInt)in->len;
	z.next_out = (unsigned char *)out->data;
	z.avail_out = (uInt)(out->alloc - 1);
	deflate(&z, Z_FINISH);
	out->len = out->alloc - 1 - z.avail_out;
	deflateEnd(&z);
	return 0;
}

static enum MHD_Result serve(struct MHD_Connection *c, const char *method, const char *url)
{
	struct buf body = BUF_INIT;
	char etag[80], hex[65], loc[512];
	const char *inm, *ims;
	unsigned n;

	if (!strncmp(url, "/redirect/", 10) && sscanf(url + 10, "%u", &n) == 1) {
		const char *rest = strchr(url + 10, '/');
		if (n == 0)
			snprintf(loc, sizeof(loc), "%s", rest ? rest : "/");
		else
			snprintf(loc, sizeof(loc), "/redirect/%u%s", n - 1, rest ? rest : "/");
		log_req(c, method, url, 302);
		return send_status(c, 302, loc, NULL);
	}
	if (!strcmp(url, "/loop")) {
		log_req(c, method, url, 302);
		return send_status(c, 302, "/loop", NULL);
	}
	if (!strncmp(url, "/429/", 5) || !strncmp(url, "/503/", 5)) {
		if (first_time(url)) {
			unsigned st = url[1] == '4' ? 429 : 503;
			log_req(c, method, url, st);
			return send_status(c, st, NULL, st == 429 ? retry_after_429 : NULL);
		}
		url += 4;
	}
	if (!strncmp(url, "/status/", 8)) {
		unsigned st = (unsigned)atoi(url + 8);
		log_req(c, method, url, st);
		return send_status(c, st, NULL, NULL);
	}
	if (!strcmp(url, "/big")) {
		size_t i;
		if (buf_grow(&body, (24u << 20) + 64) < 0)
			return send_status(c, 500, NULL, NULL);
		buf_puts(&body, "<html><body>");
		for (i = 0; i < (24u << 20) / 64; i++)
			buf_puts(&body,
				 "<p>padding padding padding padding padding padding pad</p>\n");
		log_req(c, method, url, 200);
		return send_buf(c, 200, "text/html", &body, NULL, 0);
	}
	if (!strcmp(url, "/bighead")) {
		/* 1 MiB of response head: 1,024 headers of 1,000 bytes */
		struct MHD_Response *res;
		enum MHD_Result r;
		char name[32], value[1001];
		unsigned i;
		memset(value, 'a', 1000);
		value[1000] = '\0';
		buf_puts(&body, "<html><body><p>after a huge head</p></body></html>");
		res = MHD_create_response_from_buffer(body.len, body.data, MHD_RESPMEM_MUST_COPY);
		for (i = 0; i < 1024; i++) {
			snprintf(name, sizeof(name), "X-Pad-%u", i);
			MHD_add_response_header(res, name, value);
		}
		MHD_add_response_header(res, "Content-Type", "text/html");
		log_req(c, method, url, 200);
		r = MHD_queue_response(c, 200, res);
		MHD_destroy_response(res);
		buf_release(&body);
		return r;
	}
	if (!strncmp(url, "/slow/", 6) || !strncmp(url, "/trickle/", 9)) {
		struct trickle *t = calloc(1, sizeof(*t));
		struct MHD_Response *res;
		enum MHD_Result r;
		int one = url[1] == 't';
		if (!t || load(url + (one ? 8 : 5), &body) < 0) {
			free(t);
			log_req(c, method, url, 404);
			return send_status(c, 404, NULL, NULL);
		}
		t->data = buf_detach(&body, &t->len);
		t->step = one ? 1 : 16;
		res = MHD_create_response_from_callback(t->len, t->step, trickle_read, t,
							trickle_free);
		MHD_add_response_header(res, "Content-Type", type_of(url));
		log_req(c, method, url, 200);
		r = MHD_queue_response(c, 200, res);
		MHD_destroy_response(res);
		return r;
	}
	{
		const char *path = url, *type = NULL;
		int gz = 0;
		char tbuf[128];
		if (!strncmp(path, "/gzip/", 6)) {
			gz = 1;
			path += 5;
		} else if (!strncmp(path, "/deflate/", 9)) {
			gz = 2;
			path += 8;
		} else if (!strncmp(path, "/type/", 6)) {
			const char *a = path + 6, *b = strchr(a, '/'),
				   *e = b ? strchr(b + 1, '/') : NULL;
			if (e && (size_t)(e - a) < sizeof(tbuf)) {
				memcpy(tbuf, a, (size_t)(e - a));
				tbuf[e - a] = '\0';
				type = tbuf;
				path = e;
			}
		}
		if (path[strlen(path) - 1] == '/') {
			snprintf(loc, sizeof(loc), "%sindex.html", path);
			path = loc;
		}
		if (load(path, &body) < 0) {
			log_req(c, method, url, 404);
			buf_release(&body);
			return send_status(c, 404, NULL, NULL);
		}
		sha256_hex(body.data, body.len, hex);
		snprintf(etag, sizeof(etag), "\"%.16s\"", hex);
		inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-None-Match");
		ims = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-Modified-Since");
		if ((inm && !strcmp(inm, etag)) || (!inm && ims)) {
			log_req(c, method, url, 304);
			buf_release(&body);
			return send_status(c, 304, NULL, NULL);
		}
		if (gz) {
			struct buf z = BUF_INIT;
			gzip_buf(&body, &z, gz);
			buf_release(&body);
			body = z;
		}
		log_req(c, method, url, 200);
		return send_buf(c, 200, type ? type : type_of(path), &body, etag, gz);
	}
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_len, void **state)
{
	(void)cls;
	(void)version;
	(void)upload;
	(void)upload_len;
	if (!*state) {
		*state = (void *)1;
		return MHD_YES;
	}
	return serve(c, method, url);
}

int main(int argc, char **argv)
{
	struct MHD_Daemon *d;
	struct sockaddr_in sa;
	const union MHD_DaemonInfo *info;
	int i = 1;

	for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
		if (!strcmp(argv[i], "-r") &&
		    strspn(argv[i + 1], "0123456789") == strlen(argv[i + 1]))
			retry_after_429 = argv[i + 1];
		else if (!strcmp(argv[i], "-t"))
			trickle_ms = (unsigned)strtoul(argv[i + 1], NULL, 10);
		else
			break;
	}
	if (i != argc - 1) {
		fprintf(stderr, "usage: fixture_server [-r SECONDS] [-t MS] ROOT\n");
		return 2;
	}
	root = argv[i];
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION, 0,
			     NULL, NULL, on_request, NULL, MHD_OPTION_SOCK_ADDR,
			     (struct sockaddr *)&sa, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)60,
			     /* room for /bighead's 1 MiB head */
			     MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(4u << 20),
			     MHD_OPTION_END);
	if (!d) {
		fprintf(stderr, "fixture_server: cannot listen\n");
		return 1;
	}
	info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	port = info ? info->port : 0;
	printf("%u\n", (unsigned)port);
	fflush(stdout);
	setvbuf(stderr, NULL, _IOLBF, 0);
	for (;;)
		pause();
}
