#include "util/url.h"

#include <ctype.h>
#include <strings.h>
#include <string.h>

#include "util/banned.h"

int url_split(const char *url, struct url_parts *p)
{
	const char *s = url, *e;

	memset(p, 0, sizeof(*p));
	if (!url)
		return -1;
	for (e = s; *e && (isalnum((unsigned char)*e) || *e == '+' || *e == '-' || *e == '.'); e++)
		;
	if (*e != ':' || e == s || !isalpha((unsigned char)*s))
		return -1;
	p->scheme = s;
	p->scheme_len = (size_t)(e - s);
	s = e + 1;
	if (s[0] == '/' && s[1] == '/') {
		const char *auth = s + 2, *end = auth, *at, *colon;
		p->has_authority = 1;
		while (*end && *end != '/' && *end != '?' && *end != '#')
			end++;
		at = memchr(auth, '@', (size_t)(end - auth));
		if (at)
			auth = at + 1;
		if (*auth == '[') { /* IPv6 literal */
			const char *rb = memchr(auth, ']', (size_t)(end - auth));
			colon = rb ? memchr(rb, ':', (size_t)(end - rb)) : NULL;
		} else {
			colon = memchr(auth, ':', (size_t)(end - auth));
		}
		p->host = auth;
		p->host_len = (size_t)((colon ? colon : end) - auth);
		if (colon) {
			p->port = colon + 1;
			p->port_len = (size_t)(end - colon - 1);
		}
		s = end;
	}
	p->path = s;
	while (*s && *s != '?' && *s != '#')
		s++;
	p->path_len = (size_t)(s - p->path);
	if (*s == '?') {
		p->query = ++s;
		while (*s && *s != '#')
			s++;
		p->query_len = (size_t)(s - p->query);
	}
	if (*s == '#') {
		p->fragment = s + 1;
		p->fragment_len = strlen(s + 1);
	}
	return 0;
}

int url_is_http(const char *url)
{
	struct url_parts p;
	if (url_split(url, &p) < 0 || !p.has_authority || !p.host_len)
		return 0;
	return (p.scheme_len == 4 && !strncasecmp(p.scheme, "http", 4)) ||
	       (p.scheme_len == 5 && !strncasecmp(p.scheme, "https", 5));
}

/* Append `path` with "." and ".." segments removed (RFC 3986 5.2.4). */
static int add_path_normalized(struct buf *out, const char *path, size_t len)
{
	size_t start = out->len, i = 0;
	int r;

	while (i < len) {
		size_t j = i;
		if (path[i] == '/')
			j++;
		while (j < len && path[j] != '/')
			j++;
		/* segment is path[i..j) including its leading '/' */
		const char *seg = path + i + (path[i] == '/');
		size_t sl = (size_t)(path + j - seg);
		int last = j >= len;
		if (sl == 1 && seg[0] == '.') {
			if (last && (r = buf_addch(out, '/')) < 0)
				return r;
		} else if (sl == 2 && seg[0] == '.' && seg[1] == '.') {
			/* drop the last output segment with its leading '/' */
			while (out->len > start && out->data[out->len - 1] != '/')
				out->len--;
			if (out->len > start)
				out->len--;
			out->data[out->len] = '\0';
			if (last && (r = buf_addch(out, '/')) < 0)
				return r;
		} else if ((r = buf_add(out, path + i, j - i)) < 0) {
			return r;
		}
		i = j;
	}
	return 0;
}

int url_resolve(struct buf *out, const char *base, const char *ref)
{
	struct url_parts b, r;
	int rc;

	if (!ref)
		ref = "";
	while (*ref == ' ' || *ref == '\t' || *ref == '\n' || *ref == '\r')
		ref++;
	if (url_split(ref, &r) == 0)
		return buf_adds(out, ref);
	if (!base || url_split(base, &b) < 0)
		return buf_adds(out, ref);
	if ((rc = buf_add(out, b.scheme, b.scheme_len)) < 0 || (rc = buf_addch(out, ':')) < 0)
		return rc;
	if (ref[0] == '/' && ref[1] == '/')
		return buf_adds(out, ref);
	if (b.has_authority) {
		if ((rc = buf_adds(out, "//")) < 0 || (rc = buf_add(out, b.host, b.host_len)) < 0)
			return rc;
		if (b.port &&
		    ((rc = buf_addch(out, ':')) < 0 || (rc = buf_add(out, b.port, b.port_len)) < 0))
			return rc;
	}
	if (ref[0] == '/')
		return add_path_normalized(out, ref, strcspn(ref, "?#")) < 0
			       ? -1
			       : buf_adds(out, ref + strcspn(ref, "?#"));
	if (ref[0] == '?' || ref[0] == '#' || ref[0] == '\0') {
		if ((rc = buf_add(out, b.path, b.path_len)) < 0)
			return rc;
		if (ref[0] == '#' && b.query) {
			if ((rc = buf_addch(out, '?')) < 0 ||
			    (rc = buf_add(out, b.query, b.query_len)) < 0)
				return rc;
		}
		return buf_adds(out, ref);
	}
	{
		/* merge: base path up to its last '/', then ref */
		struct buf merged = BUF_INIT;
		const char *slash = NULL;
		size_t k;
		for (k = 0; k < b.path_len; k++)
			if (b.path[k] == '/')
				slash = b.path + k;
		if (slash)
			rc = buf_add(&merged, b.path, (size_t)(slash - b.path) + 1);
		else
			rc = buf_addch(&merged, '/');
		if (rc == 0)
			rc = buf_add(&merged, ref, strcspn(ref, "?#"));
		if (rc == 0)
			rc = add_path_normalized(out, merged.data, merged.len);
		buf_release(&merged);
		if (rc < 0)
			return rc;
		return buf_adds(out, ref + strcspn(ref, "?#"));
	}
}

int url_host(struct buf *out, const char *url)
{
	struct url_parts p;
	size_t i;
	int r;
	if (url_split(url, &p) < 0 || !p.host_len)
		return -1;
	for (i = 0; i < p.host_len; i++)
		if ((r = buf_addch(out, (char)tolower((unsigned char)p.host[i]))) < 0)
			return r;
	return 0;
}

int url_origin(struct buf *out, const char *url)
{
	struct url_parts p;
	size_t i;
	int r;
	if (url_split(url, &p) < 0 || !p.host_len)
		return -1;
	for (i = 0; i < p.scheme_len; i++)
		if ((r = buf_addch(out, (char)tolower((unsigned char)p.scheme[i]))) < 0)
			return r;
	if ((r = buf_adds(out, "://")) < 0 || (r = url_host(out, url)) < 0)
		return r;
	if (p.port && ((r = buf_addch(out, ':')) < 0 || (r = buf_add(out, p.port, p.port_len)) < 0))
		return r;
	return buf_addch(out, '/');
}
