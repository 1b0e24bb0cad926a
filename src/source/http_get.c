/*
 * http_get.c: one bounded GET with libcurl's easy interface.
 */
#include "source/http.h"

#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "util/banned.h"

#ifndef BRIEF_VERSION
#define BRIEF_VERSION "dev"
#endif

struct sink {
	struct buf *body;
	size_t cap;
	int over;
};

static size_t on_data(char *p, size_t size, size_t n, void *userdata)
{
	struct sink *s = userdata;
	size_t len = size * n;
	if (s->body->len + len > s->cap || buf_add(s->body, p, len) < 0) {
		s->over = 1;
		return 0; /* makes curl stop with CURLE_WRITE_ERROR */
	}
	return len;
}

static char *dup_or_null(const char *s)
{
	char *d;
	size_t n;
	if (!s)
		return NULL;
	n = strlen(s);
	d = malloc(n + 1);
	if (d)
		memcpy(d, s, n + 1);
	return d;
}

int http_get(const char *url, size_t cap, struct buf *body, char **content_type, char **final_url,
	     struct error *err)
{
	static int curl_ready;
	struct sink s = { body, cap ? cap : HTTP_DEFAULT_CAP, 0 };
	char errbuf[CURL_ERROR_SIZE] = "";
	CURL *c;
	CURLcode rc;
	long status = 0;
	size_t start = body->len;
	int r = 0;

	if (content_type)
		*content_type = NULL;
	if (final_url)
		*final_url = NULL;
	if (strncmp(url, "http://", 7) && strncmp(url, "https://", 8))
		return error_set(err, ERR_USAGE, "only http and https URLs can be fetched");
	if (!curl_ready) {
		if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
			return error_set(err, ERR_INTERNAL, "libcurl failed to initialise");
		curl_ready = 1;
	}
	c = curl_easy_init();
	if (!c)
		return error_set(err, ERR_NOMEM, "libcurl failed to start a transfer");
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, (long)HTTP_MAX_REDIRECTS);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, (long)HTTP_TIMEOUT_S);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "brief/" BRIEF_VERSION);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)s.cap);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);

	rc = curl_easy_perform(c);
	if (rc == CURLE_FILESIZE_EXCEEDED || (rc == CURLE_WRITE_ERROR && s.over)) {
		r = error_set(err, ERR_LIMIT, "response over %zu bytes", s.cap);
	} else if (rc != CURLE_OK) {
		r = error_set(err, ERR_IO, "%s", errbuf[0] ? errbuf : curl_easy_strerror(rc));
	} else {
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
		if (status >= 400)
			r = error_set(err, ERR_IO, "HTTP status %ld", status);
	}
	if (r == 0) {
		char *ct = NULL, *eu = NULL;
		curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
		curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &eu);
		if (content_type && ct)
			*content_type = dup_or_null(ct);
		if (final_url)
			*final_url = dup_or_null(eu ? eu : url);
	} else {
		buf_truncate(body, start);
	}
	curl_easy_cleanup(c);
	return r;
}
