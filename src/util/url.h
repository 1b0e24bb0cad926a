/*
 * url.h: URL pieces and resolution (RFC 3986), for absolutising links and
 * naming an article's outlet. Results are appended to a buf.
 */
#ifndef BRIEF_URL_H
#define BRIEF_URL_H

#include <stddef.h>

#include "util/buf.h"

struct url_parts {
	const char *scheme;
	size_t scheme_len; /* without ':' */
	const char *host;
	size_t host_len; /* without userinfo and port */
	const char *port;
	size_t port_len;
	const char *path;
	size_t path_len; /* may be empty */
	const char *query;
	size_t query_len; /* without '?', NULL if absent */
	const char *fragment;
	size_t fragment_len;
	int has_authority;
};

/* Split `url` without copying. Returns 0, or -1 when it has no scheme. */
int url_split(const char *url, struct url_parts *p);

/* 1 when `url` is absolute http(s). */
int url_is_http(const char *url);
/* Why `url` is not absolute http(s) (no such scheme, no host), for a message; NULL when it is. */
const char *url_http_problem(const char *url);
/* 1 when `s` was meant as a URL (it has "://", or starts "http:"), whatever its errors. */
int url_meant(const char *s);
/* Why `s`, meant as a URL (url_meant), cannot be fetched; NULL when it can or was no URL. */
const char *url_mistyped(const char *s);

/* Append `ref` resolved against `base` (either may be relative/NULL). */
int url_resolve(struct buf *out, const char *base, const char *ref);

/*
 * 1 when the host of `url` is a name reserved never to resolve on the
 * Internet (RFC 2606: example.com, example.net, example.org and the names
 * under them, and the top-level names example, invalid and test): nothing
 * at such an address can be loaded by a reader's browser.
 */
int url_host_reserved(const char *url);

/* Append the lower-cased host of `url` (no "www." stripping). */
int url_host(struct buf *out, const char *url);

/* Append "scheme://host[:port]/" of `url`. */
int url_origin(struct buf *out, const char *url);

/*
 * Append the normal form of `url`, the one form compared and stored
 * wherever brief asks "is this the same page?": surrounding white space
 * trimmed, scheme and host lower-cased (a host's trailing dot dropped),
 * the scheme's default port dropped, an empty path made "/", "." and ".."
 * segments resolved, percent-escapes made canonical (unreserved ones
 * decoded, hex upper-cased, unsafe bytes escaped), the fragment dropped
 * and tracking parameters (utm_*, fbclid, gclid, msclkid, mc_cid, ...)
 * removed from the query, the others kept in order. Non-http(s) URLs only
 * get their scheme lower-cased. Returns 0, or (appending nothing) -ERR_PARSE
 * when `url` is not absolute, -ERR_NOMEM or -ERR_LIMIT when `out` is full.
 */
int url_normalize(struct buf *out, const char *url);

/* 1 when `a` and `b` have the same normal form. */
int url_same(const char *a, const char *b);

#endif
