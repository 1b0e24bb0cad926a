/*
 * publish.c: the whole site as files any web server (or a browser, from
 * disk) can serve: every page reachable from the front page, the Atom
 * feeds and the JSON API, with links made relative so that the copy works
 * from any folder.
 *
 * The site is crawled from its roots: each page is rendered by web_render,
 * its links to the site are rewritten to the files they became, and the
 * pages they name are queued. A path becomes a file as
 *   /                  index.html          /X/Y         X/Y/index.html
 *   /X?page=N          X/page/N/index.html /X.atom      X.atom
 *   /api/v1/X          api/v1/X.json       /static/F    static/F
 * and a search link (its results need the server) leads to the search form.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "store/store.h"
#include "web/internal.h"

#include "util/array.h"
#include "util/hash.h"

#include "util/banned.h"

#define PUBLISH_MAX_PATH 512

/* The pages still to render, and every path seen (a growing list and an open hash set). */
struct crawl {
	char **queue;
	size_t head, n, cap;
	char **set; /* open addressing, NULL = empty */
	size_t set_cap, set_n;
};

static uint64_t hash_str(const char *s)
{
	return hash_fnv1a64(s, strlen(s));
}

static int set_grow(struct crawl *c)
{
	size_t cap = c->set_cap ? c->set_cap * 2 : 4096, i;
	char **set = calloc(cap, sizeof(*set));
	if (!set)
		return -1;
	for (i = 0; i < c->set_cap; i++) {
		size_t j;
		if (!c->set[i])
			continue;
		for (j = hash_str(c->set[i]) & (cap - 1); set[j]; j = (j + 1) & (cap - 1))
			;
		set[j] = c->set[i];
	}
	free(c->set);
	c->set = set;
	c->set_cap = cap;
	return 0;
}

/* Queue `path` unless it was seen; 0, or -1 when out of memory. */
static int crawl_add(struct crawl *c, const char *path)
{
	size_t j;
	char *copy;

	if ((c->set_n + 1) * 2 > c->set_cap && set_grow(c) < 0)
		return -1;
	for (j = hash_str(path) & (c->set_cap - 1); c->set[j]; j = (j + 1) & (c->set_cap - 1))
		if (!strcmp(c->set[j], path))
			return 0;
	if (ARRAY_GROW(c->queue, c->n, c->cap) < 0)
		return -1;
	if (!(copy = strdup(path)))
		return -1;
	c->set[j] = copy;
	c->set_n++;
	c->queue[c->n++] = copy;
	return 0;
}

static void crawl_release(struct crawl *c)
{
	size_t i;
	for (i = 0; i < c->set_cap; i++)
		free(c->set[i]);
	free(c->set);
	free(c->queue);
	memset(c, 0, sizeof(*c));
}

/*
 * The site path a link names (the page to render, with ?page=N kept and
 * any other query dropped) into `page`, and the file it becomes into
 * `file` (relative to the export's root). -1 when it is not one to export.
 */
static int map_link(const char *link, char *page, size_t pn, char *file, size_t fn)
{
	char path[PUBLISH_MAX_PATH / 2];
	const char *q = strchr(link, '?');
	size_t len = q ? (size_t)(q - link) : strlen(link);
	long pg = 0;

	if (link[0] != '/' || len >= sizeof(path) || strstr(link, "..") || strchr(link, '#'))
		return -1;
	memcpy(path, link, len);
	path[len] = 0;
	if (q) {
		const char *p = strstr(q, "page=");
		if (!strcmp(path, "/search") || !strcmp(path, "/search.atom"))
			goto search;
		if (p && (p == q + 1 || p[-1] == '&'))
			pg = strtol(p + 5, NULL, 10) % 1000000;
	}
	if (!strcmp(path, "/search")) {
	search:
		snprintf(page, pn, "/search");
		snprintf(file, fn, "search/index.html");
		return 0;
	}
	if (pg > 1) {
		snprintf(page, pn, "%s?page=%ld", path, pg);
		snprintf(file, fn, "%s%spage/%ld/index.html", path + 1, len > 1 ? "/" : "", pg);
		return 0;
	}
	snprintf(page, pn, "%s", path);
	if (!strcmp(path, "/"))
		snprintf(file, fn, "index.html");
	else if (ends_with(path, ".atom") || ends_with(path, ".json") ||
		 !strncmp(path, "/static/", 8))
		snprintf(file, fn, "%s", path + 1);
	else if (!strncmp(path, "/api/", 5))
		snprintf(file, fn, "%s.json", path + 1);
	else if (!strcmp(path, "/healthz"))
		return -1;
	else
		snprintf(file, fn, "%s/index.html", path + 1);
	return 0;
}

/* The relative link from the file `from` to the file `to` (both from the root). */
static void relative(struct buf *b, const char *from, const char *to)
{
	const char *p;
	for (p = strchr(from, '/'); p; p = strchr(p + 1, '/'))
		buf_puts(b, "../");
	buf_puts(b, to);
}

/* Undo the escaping of a link as it stands in an attribute (&amp; only). */
static void attr_unescape(const char *s, size_t n, char *out, size_t on)
{
	size_t i, o = 0;
	for (i = 0; i < n && o + 1 < on; i++) {
		if (!strncmp(s + i, "&amp;", 5) && i + 5 <= n) {
			out[o++] = '&';
			i += 4;
		} else {
			out[o++] = s[i];
		}
	}
	out[o] = 0;
}

/*
 * Rewrite the links to the site in `in` (the file `self`): href, src and
 * action values starting with '/'. Each linked page is queued.
 */
static int rewrite(struct crawl *c, const char *self, const char *in, size_t len, struct buf *out)
{
	static const char *const attrs[] = { "href=\"/", "src=\"/", "action=\"/" };
	const char *p = in, *end = in + len;

	while (p < end) {
		const char *best = NULL, *a;
		size_t alen = 0, i;
		for (i = 0; i < 3; i++) {
			a = strstr(p, attrs[i]);
			if (a && a < end && (!best || a < best)) {
				best = a;
				alen = strlen(attrs[i]) - 1; /* up to the '/' */
			}
		}
		if (!best) {
			buf_put(out, p, (size_t)(end - p));
			break;
		}
		buf_put(out, p, (size_t)(best - p) + alen);
		a = best + alen;
		{
			const char *q = memchr(a, '"', (size_t)(end - a));
			char link[PUBLISH_MAX_PATH], page[PUBLISH_MAX_PATH], file[PUBLISH_MAX_PATH];
			size_t n = q ? (size_t)(q - a) : (size_t)(end - a);
			attr_unescape(a, n, link, sizeof(link));
			if (n < sizeof(link) &&
			    map_link(link, page, sizeof(page), file, sizeof(file)) == 0) {
				if (crawl_add(c, page) < 0)
					return -1;
				relative(out, self, file);
			} else {
				buf_put(out, a, n);
			}
			p = a + n;
		}
	}
	return 0;
}

/* mkdir -p of the folders above `path`. */
static MUST_CHECK int make_dirs(char *path, struct error *err)
{
	char *s;
	for (s = strchr(path + 1, '/'); s; s = strchr(s + 1, '/')) {
		*s = 0;
		if (mkdir(path, 0755) < 0 && errno != EEXIST) {
			int r = error_set(err, ERR_IO, "cannot make %s: %s", path, strerror(errno));
			*s = '/';
			return r;
		}
		*s = '/';
	}
	return 0;
}

/*
 * The file name a link's path becomes on disk: percent-escapes (a tag's
 * spaces) decoded, as a web server decodes the request before it looks
 * for the file. A '/', NUL or '%' that an escape would make stays escaped.
 */
static void file_unescape(struct buf *b, const char *file)
{
	for (; *file; file++) {
		char hex[3], *end;
		long v;
		if (file[0] == '%' && file[1] && file[2]) {
			hex[0] = file[1];
			hex[1] = file[2];
			hex[2] = 0;
			v = strtol(hex, &end, 16);
			if (!*end && v > 0 && v != '/' && v != '%') {
				buf_putc(b, (char)v);
				file += 2;
				continue;
			}
		}
		buf_putc(b, *file);
	}
}

/*
 * The API's record of the page at `path`, queued: an article's, a tag's, an
 * actor's, a relationship's, an outlet's and a story's, so that the copy's
 * API answers for what its pages show. Not for a feed or a further page of
 * a list (".atom", "?page=").
 */
static MUST_CHECK int crawl_api_twin(struct crawl *c, const char *path)
{
	static const struct {
		const char *page, *api;
	} twins[] = {
		{ "/article/", "/api/v1/articles/" }, { "/tag/", "/api/v1/tags/" },
		{ "/actor/", "/api/v1/actors/" },     { "/dyad/", "/api/v1/dyads/" },
		{ "/source/", "/api/v1/sources/" },   { "/story/", "/api/v1/stories/" },
	};
	char api[PUBLISH_MAX_PATH];
	size_t i, n;

	if (strchr(path, '?') || ends_with(path, ".atom"))
		return 0;
	for (i = 0; i < sizeof(twins) / sizeof(twins[0]); i++) {
		n = strlen(twins[i].page);
		if (strncmp(path, twins[i].page, n) || !path[n])
			continue;
		if ((size_t)snprintf(api, sizeof(api), "%s%s", twins[i].api, path + n) >=
		    sizeof(api))
			return 0;
		return crawl_add(c, api);
	}
	return 0;
}

static MUST_CHECK int write_file(const char *dir, const char *file, const struct buf *body,
				 struct error *err)
{
	struct buf path = BUF_INIT;
	FILE *f;
	int r = 0;

	buf_putf(&path, "%s/", dir);
	file_unescape(&path, file);
	if ((r = make_dirs(path.data, err)) < 0)
		goto out;
	if (!(f = fopen(path.data, "wb"))) {
		r = error_set(err, ERR_IO, "cannot write %s: %s", path.data, strerror(errno));
		goto out;
	}
	{
		/* both: a short write, or a failure flushing at the close */
		int short_write = body->len && fwrite(body->data, 1, body->len, f) != body->len;
		int close_failed = fclose(f) != 0;
		if (short_write || close_failed)
			r = error_set(err, ERR_IO, "cannot write %s: %s", path.data,
				      strerror(errno));
	}
out:
	buf_release(&path);
	return r;
}

int web_publish(struct store *st, const char *dir, size_t *files, struct error *err)
{
	static const char *const roots[] = {
		"/",
		"/static/style.css",
		"/search",
		"/briefing",
		"/dyads",
		"/actors",
		"/sources",
		"/feed.atom",
		"/api/v1/openapi.json",
		"/api/v1/articles",
		"/api/v1/sources",
		"/api/v1/events",
		"/api/v1/dyads",
		"/api/v1/stories",
		"/api/v1/briefing",
	};
	struct crawl c = { 0 };
	size_t i;
	int r = 0;

	*files = 0;
	{
		struct buf d = BUF_INIT;
		buf_putf(&d, "%s/", dir);
		r = make_dirs(d.data, err);
		buf_release(&d);
		if (r < 0)
			return r;
	}
	for (i = 0; i < sizeof(roots) / sizeof(roots[0]); i++)
		if (crawl_add(&c, roots[i]) < 0) {
			crawl_release(&c);
			return error_nomem(err);
		}
	if ((r = store_read_begin(st, err)) < 0)
		goto out;
	while (c.head < c.n) {
		char page[PUBLISH_MAX_PATH], file[PUBLISH_MAX_PATH], path[PUBLISH_MAX_PATH];
		const char *q;
		struct web_request req = { 0 };
		struct web_response res;
		struct buf out = BUF_INIT;
		char pagenum[24];
		int served;

		snprintf(path, sizeof(path), "%s", c.queue[c.head++]);
		if (map_link(path, page, sizeof(page), file, sizeof(file)) < 0)
			continue;
		q = strchr(page, '?');
		if (q) {
			path[q - page] = 0;
			snprintf(pagenum, sizeof(pagenum), "%s", q + 6);
			req.page = pagenum;
		}
		req.method = "GET";
		req.path = path;
		web_render(st, &req, &res);
		served = res.status == 200;
		if (served) {
			if (!strncmp(res.content_type, "text/html", 9) ||
			    !strncmp(res.content_type, "application/atom", 16))
				r = rewrite(&c, file, res.body.data, res.body.len, &out) < 0
					    ? error_nomem(err)
					    : write_file(dir, file, &out, err);
			else
				r = write_file(dir, file, &res.body, err);
			if (!r)
				(*files)++;
		}
		buf_release(&out);
		web_response_release(&res);
		if (r < 0)
			break;
		/* the API record of each page that has one, beside it */
		if (served && (r = crawl_api_twin(&c, path)) < 0) {
			r = error_nomem(err);
			break;
		}
	}
	store_read_end(st);
out:
	crawl_release(&c);
	return r;
}
