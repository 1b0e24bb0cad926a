#include "source/local.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "util/array.h"
#include "util/buf.h"
#include "util/url.h"

#include "util/banned.h"

#define LOCAL_MAX_DEPTH 64

/* Whether `name` ends with one of the `n` endings `ext` (any case) after at least a byte. */
static int has_ending(const char *name, const char *const *ext, size_t n)
{
	size_t len = strlen(name), i;
	for (i = 0; i < n; i++) {
		size_t e = strlen(ext[i]);
		if (len > e && !strcasecmp(name + len - e, ext[i]))
			return 1;
	}
	return 0;
}

int local_is_html_name(const char *name)
{
	static const char *const ext[] = { ".html",    ".htm",    ".xhtml",
					   ".html.gz", ".htm.gz", ".xhtml.gz" };
	return has_ending(name, ext, sizeof(ext) / sizeof(ext[0]));
}

/*
 * Names a directory walk takes besides HTML: archives, JSON Lines, feeds,
 * and XML (a feed or a sitemap, told by its content).
 */
static int is_other_input_name(const char *name)
{
	static const char *const ext[] = { ".warc", ".warc.gz", ".jsonl", ".jsonl.gz", ".ndjson",
					   ".rss",  ".atom",    ".rdf",   ".xml",      ".xml.gz" };
	return has_ending(name, ext, sizeof(ext) / sizeof(ext[0]));
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static MUST_CHECK int walk_dir(const char *dir, int depth, local_file_fn fn, local_skip_fn skip,
			       void *data, struct error *err)
{
	DIR *d;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, alloc = 0, i;
	int r = 0;

	if (depth > LOCAL_MAX_DEPTH)
		return error_set(err, ERR_LIMIT, "%s: directories nested deeper than %d", dir,
				 LOCAL_MAX_DEPTH);
	d = opendir(dir);
	if (!d)
		return error_set(err, ERR_IO, "%s: %s", dir, strerror(errno));
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		if (ARRAY_GROW(names, n, alloc) < 0) {
			r = error_nomem(err);
			break;
		}
		if (!(names[n] = strdup(de->d_name))) {
			r = error_nomem(err);
			break;
		}
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), cmp_names);
	for (i = 0; i < n && r == 0; i++) {
		struct buf path = BUF_INIT;
		struct stat sb;
		if (buf_addf(&path, "%s/%s", dir, names[i]) < 0) {
			r = error_nomem(err);
		} else if (stat(path.data, &sb) < 0) {
			/* vanished or dangling link: not an error for the walk */
		} else if (S_ISDIR(sb.st_mode)) {
			r = walk_dir(path.data, depth + 1, fn, skip, data, err);
		} else if (S_ISREG(sb.st_mode) &&
			   (local_is_html_name(names[i]) || is_other_input_name(names[i]))) {
			r = fn(path.data, data);
		} else if (skip) {
			skip(path.data, data);
		}
		buf_release(&path);
	}
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return r;
}

int local_walk(const char *path, local_file_fn fn, local_skip_fn skip, void *data,
	       struct error *err)
{
	struct stat sb;
	size_t len;
	struct buf p = BUF_INIT;
	int r;

	if (!strcmp(path, "-"))
		return fn(path, data);
	if (stat(path, &sb) < 0) {
		/* a URL mistyped (htp://, http:/x) is no file either: say both */
		int e = errno;
		const char *why = e == ENOENT ? url_mistyped(path) : NULL;
		if (why)
			return error_set(err, ERR_IO, "%s: no such file, and as a URL: %s", path,
					 why);
		return error_set(err, ERR_IO, "%s: %s", path, strerror(e));
	}
	if (!S_ISDIR(sb.st_mode))
		return fn(path, data);
	/* "dir/" and "dir" walk the same and name files the same */
	len = strlen(path);
	while (len > 1 && path[len - 1] == '/')
		len--;
	if (buf_add(&p, path, len) < 0)
		return error_nomem(err);
	r = walk_dir(p.data, 0, fn, skip, data, err);
	buf_release(&p);
	return r;
}
