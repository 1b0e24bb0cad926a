/*
 * http.h: fetching one URL over HTTP(S) with libcurl, bounded.
 */
#ifndef BRIEF_HTTP_H
#define BRIEF_HTTP_H

#include <stddef.h>

#include "util/buf.h"
#include "util/error.h"

#define HTTP_TIMEOUT_S     30
#define HTTP_MAX_REDIRECTS 10
#define HTTP_DEFAULT_CAP   (16u * 1024 * 1024)

/*
 * GET `url` (http or https only), following at most HTTP_MAX_REDIRECTS
 * redirects within HTTP_TIMEOUT_S seconds, with User-Agent
 * "brief/<version>" and transparent gzip/deflate. The body is appended
 * to `body`; more than `cap` bytes (0 = HTTP_DEFAULT_CAP) fails with
 * ERR_LIMIT. A status of 400 or more fails with ERR_IO.
 *
 * On success `*content_type` and `*final_url` (either pointer may be NULL)
 * receive malloc'd strings the caller frees; content_type is NULL when
 * the server sent none. On failure they are left NULL.
 */
int http_get(const char *url, size_t cap, struct buf *body, char **content_type, char **final_url,
	     struct error *err) MUST_CHECK;

#endif
