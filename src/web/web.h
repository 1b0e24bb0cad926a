/*
 * web.h: the web site. Rendering (web_handle) is apart from the HTTP
 * server (web_serve) so pages can be tested without a socket.
 */
#ifndef BRIEF_WEB_H
#define BRIEF_WEB_H

#include <signal.h>
#include <stddef.h>

#include "util/buf.h"
#include "util/error.h"
#include "util/escape.h"

struct store;

struct web_request {
	const char *method; /* "GET", "HEAD", ... */
	const char *path;   /* decoded path, e.g. "/article/12" */
	const char *page;   /* ?page= value or NULL */
	const char *q;      /* ?q= value (search) or NULL */
	const char *sort;   /* ?sort= value (search) or NULL */
	/*
	 * The search's filters as query values (source: lang: since: until:
	 * actor: tag:), read by the search's own parser; the search page's
	 * form sends the first four, every API list takes them.
	 */
	const char *source, *lang, *since, *until;
	const char *actor, *tag;
	/*
	 * The first query parameter the site reads under no name above
	 * (?foo=1: "foo"), or NULL: the API refuses it with a 400, a page
	 * ignores it.
	 */
	const char *unknown;
};

struct web_response {
	int status;                /* HTTP status */
	const char *content_type;  /* static string */
	struct buf body;           /* owned; web_response_release frees */
	const char *allow;         /* for 405: the Allow header */
	const char *cache_control; /* static string; NULL: the server's default */
	char location[256];        /* for a redirect: where to (empty: none) */
};

/*
 * Render the response for `req` in one read transaction of its own.
 * Returns 0 (errors become 4xx/5xx pages, or JSON errors under /api/).
 */
int web_handle(struct store *st, const struct web_request *req, struct web_response *res);
/* The same, inside a read transaction the caller opened (store_read_begin). */
int web_render(struct store *st, const struct web_request *req, struct web_response *res);
void web_response_release(struct web_response *res);

#define WEB_NO_TIMEOUT (~0u) /* for head_seconds, idle_seconds: none */

struct web_options {
	/* address to bind: IPv4, IPv6 or a name (IPv4 first); default "127.0.0.1" */
	const char *address;
	unsigned short port; /* default 8080; 0 picks a free port */
	/*
	 * The database file: each of `threads` server threads opens its own
	 * connection to it. NULL: one thread, serving from the store given to
	 * web_start.
	 */
	const char *db_path;
	unsigned threads; /* 0: one a CPU core, at most 16 */
	/* connections (0: the default) */
	unsigned max_connections; /* at once, default 512 */
	unsigned per_client;      /* at once from one address, default 32 */
	/*
	 * Seconds a client has to send a whole request head (line and
	 * headers), from its connection opening or its previous answer:
	 * then it is cut off, however steadily it trickles. Default 10.
	 */
	unsigned head_seconds;
	unsigned idle_seconds; /* without a byte either way, default 30 */
};

struct web_server;

/*
 * Start serving `st` (which must stay open until web_stop). On success
 * `*bound_port` is the port actually listened on.
 */
int web_start(struct web_server **out, struct store *st, const struct web_options *opt,
	      unsigned short *bound_port, struct error *err) MUST_CHECK;
void web_stop(struct web_server *srv);
/* How many connections were cut off for a late request head so far. */
unsigned long web_cut_off(struct web_server *srv);

/*
 * Write the whole site under `dir` (made if missing) as files: every page
 * reachable from the front page, the Atom feeds and the JSON API, with
 * relative links so the copy works from any folder (publish.c). *files is
 * how many were written.
 */
int web_publish(struct store *st, const char *dir, size_t *files, struct error *err) MUST_CHECK;

enum digest_format { DIGEST_MD, DIGEST_HTML, DIGEST_JSON, DIGEST_ATOM };

struct web_digest_options {
	const char *since; /* the period's start, ISO 8601 ("2024-05-01T00:00:00Z", "2024") */
	const char *now;   /* RFC 3339, for the Atom feed's dates */
	const char *actor; /* only this actor (a code prefix), or NULL */
	enum digest_format format;
};

/*
 * The briefing of the period from o->since, appended to `out` (digest.c):
 * top stories (most outlets first) with their summary, the weightiest
 * events with their evidence, the relationships whose balance moved; every
 * claim links its article.
 */
int web_digest(struct store *st, const struct web_digest_options *o, struct buf *out,
	       struct error *err) MUST_CHECK;

#endif
