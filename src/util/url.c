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
	return url_http_problem(url) == NULL;
}

int url_meant(const char *s)
{
	return strstr(s, "://") || !strncasecmp(s, "http:", 5) || !strncasecmp(s, "https:", 6);
}

const char *url_http_problem(const char *url)
{
	struct url_parts p;
	if (url_split(url, &p) < 0 || !((p.scheme_len == 4 && !strncasecmp(p.scheme, "http", 4)) ||
					(p.scheme_len == 5 && !strncasecmp(p.scheme, "https", 5))))
		return "only http and https URLs can be fetched";
	if (!p.has_authority || !p.host_len)
		return "the URL names no host (http://HOST/...)";
	return NULL;
}

const char *url_mistyped(const char *s)
{
	return url_meant(s) ? url_http_problem(s) : NULL;
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
	if (ref[0] == '/') {
		if ((rc = add_path_normalized(out, ref, strcspn(ref, "?#"))) < 0)
			return rc;
		return buf_adds(out, ref + strcspn(ref, "?#"));
	}
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

/* Append the `n` bytes at `s` lower-cased (ASCII); 0 or buf_addch's code. */
static int add_lower(struct buf *out, const char *s, size_t n)
{
	size_t i;
	int r;
	for (i = 0; i < n; i++)
		if ((r = buf_addch(out, (char)tolower((unsigned char)s[i]))) < 0)
			return r;
	return 0;
}

int url_host(struct buf *out, const char *url)
{
	struct url_parts p;
	if (url_split(url, &p) < 0 || !p.host_len)
		return -1;
	return add_lower(out, p.host, p.host_len);
}

int url_host_reserved(const char *url)
{
	static const char *const names[] = { "example.com", "example.net", "example.org",
					     "example",     "invalid",     "test" };
	struct url_parts p;
	size_t i, n;
	const char *h;

	if (url_split(url, &p) < 0 || !p.host_len)
		return 0;
	h = p.host;
	n = p.host_len;
	if (n && h[n - 1] == '.') /* the root's dot: "example.com." */
		n--;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t k = strlen(names[i]);
		if (n == k && !strncasecmp(h, names[i], k))
			return 1;
		if (n > k && h[n - k - 1] == '.' && !strncasecmp(h + n - k, names[i], k))
			return 1;
	}
	return 0;
}

int url_origin(struct buf *out, const char *url)
{
	struct url_parts p;
	int r;
	if (url_split(url, &p) < 0 || !p.host_len)
		return -1;
	if ((r = add_lower(out, p.scheme, p.scheme_len)) < 0 || (r = buf_adds(out, "://")) < 0 ||
	    (r = add_lower(out, p.host, p.host_len)) < 0)
		return r;
	if (p.port && ((r = buf_addch(out, ':')) < 0 || (r = buf_add(out, p.port, p.port_len)) < 0))
		return r;
	return buf_addch(out, '/');
}

/* ---- normalisation ---- */

/*
 * Query parameters that only say how a reader arrived (campaign and click
 * identifiers); two URLs differing only in these name the same page.
 * Entries ending in '*' match any name with that prefix.
 */
static const char *const tracking_params[] = {
	"utm_*",      "fbclid",  "gclid",
	"dclid",      "gbraid",  "wbraid",
	"msclkid",    "mc_cid",  "mc_eid",
	"yclid",      "igshid",  "_hsenc",
	"_hsmi",      "mkt_tok", "oly_anon_id",
	"oly_enc_id", "vero_id", "ocid",
	"spm",        "cmpid",   "__twitter_impression",
};

static int is_tracking_param(const char *name, size_t len)
{
	size_t i;
	for (i = 0; i < sizeof(tracking_params) / sizeof(tracking_params[0]); i++) {
		const char *t = tracking_params[i];
		size_t tl = strlen(t);
		if (t[tl - 1] == '*') {
			if (len >= tl - 1 && !strncasecmp(name, t, tl - 1))
				return 1;
		} else if (len == tl && !strncasecmp(name, t, tl)) {
			return 1;
		}
	}
	return 0;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

static int is_unreserved(int c)
{
	return isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

/*
 * Append `s` with percent-escapes made canonical (RFC 3986 6.2.2): escapes
 * of unreserved characters decoded, the others' hex digits upper-cased,
 * and bytes that may not appear in a URL (space, controls, 8-bit)
 * escaped.
 */
static int add_pct_normalized(struct buf *out, const char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i;
	int r;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '%' && i + 2 < len && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
			int v = hexval(s[i + 1]) * 16 + hexval(s[i + 2]);
			if (is_unreserved(v))
				r = buf_addch(out, (char)v);
			else
				r = buf_addf(out, "%%%c%c", hex[v >> 4], hex[v & 15]);
			i += 2;
		} else if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' ||
			   c == '\\' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}') {
			r = buf_addf(out, "%%%c%c", hex[c >> 4], hex[c & 15]);
		} else {
			r = buf_addch(out, (char)c);
		}
		if (r < 0)
			return r;
	}
	return 0;
}

/* Append the query without tracking parameters; "?" only if any is left. */
static int add_query_normalized(struct buf *out, const char *q, size_t len)
{
	size_t i = 0, kept = 0;
	int r;
	while (i <= len) {
		size_t j = i, name_len;
		while (j < len && q[j] != '&' && q[j] != ';')
			j++;
		name_len = strcspn(q + i, "=&;");
		if (name_len > j - i)
			name_len = j - i;
		if (j > i && !is_tracking_param(q + i, name_len)) {
			if ((r = buf_addch(out, kept ? '&' : '?')) < 0 ||
			    (r = add_pct_normalized(out, q + i, j - i)) < 0)
				return r;
			kept++;
		}
		i = j + 1;
	}
	return 0;
}

int url_normalize(struct buf *out, const char *url)
{
	struct url_parts p;
	struct buf tmp = BUF_INIT, path = BUF_INIT;
	size_t start = out->len, len;
	int r = 0, http, https;

	if (!url)
		return -ERR_PARSE;
	while (*url == ' ' || *url == '\t' || *url == '\n' || *url == '\r')
		url++;
	len = strlen(url);
	while (len && (url[len - 1] == ' ' || url[len - 1] == '\t' || url[len - 1] == '\n' ||
		       url[len - 1] == '\r'))
		len--;
	if ((r = buf_add(&tmp, url, len)) < 0)
		return r;
	if (url_split(tmp.data, &p) < 0) {
		buf_release(&tmp);
		return -ERR_PARSE;
	}
	http = p.scheme_len == 4 && !strncasecmp(p.scheme, "http", 4);
	https = p.scheme_len == 5 && !strncasecmp(p.scheme, "https", 5);
	if (!(http || https) || !p.has_authority || !p.host_len) {
		/* not a web URL: only the scheme's case is known to be free */
		r = add_lower(out, p.scheme, p.scheme_len);
		if (r == 0)
			r = buf_adds(out, tmp.data + p.scheme_len);
		goto done;
	}
	r = buf_adds(out, https ? "https://" : "http://");
	{
		/* userinfo is kept as written */
		const char *auth = tmp.data + p.scheme_len + 3;
		if (p.host > auth && r == 0)
			r = buf_add(out, auth, (size_t)(p.host - auth));
	}
	len = p.host_len;
	while (len > 1 && p.host[len - 1] == '.') /* "example.com." is example.com */
		len--;
	if (r == 0)
		r = add_lower(out, p.host, len);
	if (r == 0 && p.port && p.port_len) {
		size_t z = 0;
		while (z + 1 < p.port_len && p.port[z] == '0')
			z++;
		if (!((http && p.port_len - z == 2 && !strncmp(p.port + z, "80", 2)) ||
		      (https && p.port_len - z == 3 && !strncmp(p.port + z, "443", 3)))) {
			if ((r = buf_addch(out, ':')) == 0)
				r = buf_add(out, p.port + z, p.port_len - z);
		}
	}
	if (r == 0)
		r = add_pct_normalized(&path, p.path, p.path_len);
	if (r == 0) {
		if (path.len == 0 || path.data[0] != '/')
			r = buf_addch(out, '/');
		if (r == 0)
			r = add_path_normalized(out, path.data, path.len);
	}
	if (r == 0 && p.query)
		r = add_query_normalized(out, p.query, p.query_len);
done:
	buf_release(&tmp);
	buf_release(&path);
	if (r < 0)
		buf_truncate(out, start);
	return r < 0 ? r : 0;
}

int url_same(const char *a, const char *b)
{
	struct buf na = BUF_INIT, nb = BUF_INIT;
	int same;
	if (!a || !b)
		return 0;
	if (url_normalize(&na, a) < 0 || url_normalize(&nb, b) < 0)
		same = !strcmp(a, b);
	else
		same = !strcmp(na.data, nb.data);
	buf_release(&na);
	buf_release(&nb);
	return same;
}
