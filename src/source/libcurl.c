/*
 * libcurl.c: the libcurl functions brief calls, each forwarding through a
 * table that util/dynlib fills when libcurl is first needed. The option
 * setters take one argument whose type the option number says (curl.h's
 * CURLOPTTYPE_* ranges); it is read with that type and passed on so.
 */
#include "source/libcurl.h"

#include <curl/curl.h>
#include <stdarg.h>

#include "util/dynlib.h"
#include "util/banned.h"

#define CURL_FUNCTIONS(X)           \
	X(curl_global_init)         \
	X(curl_easy_init)           \
	X(curl_easy_setopt)         \
	X(curl_easy_getinfo)        \
	X(curl_easy_cleanup)        \
	X(curl_easy_strerror)       \
	X(curl_slist_append)        \
	X(curl_slist_free_all)      \
	X(curl_multi_init)          \
	X(curl_multi_setopt)        \
	X(curl_multi_add_handle)    \
	X(curl_multi_remove_handle) \
	X(curl_multi_perform)       \
	X(curl_multi_poll)          \
	X(curl_multi_info_read)     \
	X(curl_multi_cleanup)

DYNLIB_TABLE("libcurl", CURL_FUNCTIONS, "libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so");

int libcurl_load(struct error *err)
{
	return dynlib_load(&lib, err);
}

/* the names in parentheses: curl.h defines the option setters as macros too,
 * so the table's pointers to them are called as (*fn.name) */

CURLcode(curl_global_init)(long flags)
{
	dynlib_need(&lib);
	return fn.curl_global_init(flags);
}

CURL *(curl_easy_init)(void)
{
	dynlib_need(&lib);
	return fn.curl_easy_init();
}

CURLcode(curl_easy_setopt)(CURL *curl, CURLoption option, ...)
{
	CURLcode r;
	va_list ap;

	dynlib_need(&lib);
	va_start(ap, option);
	if (option < CURLOPTTYPE_OBJECTPOINT)
		r = (*fn.curl_easy_setopt)(curl, option, va_arg(ap, long));
	else if (option < CURLOPTTYPE_FUNCTIONPOINT)
		r = (*fn.curl_easy_setopt)(curl, option, va_arg(ap, void *));
	else if (option < CURLOPTTYPE_OFF_T)
		r = (*fn.curl_easy_setopt)(curl, option, va_arg(ap, void (*)(void)));
	else if (option < CURLOPTTYPE_BLOB)
		r = (*fn.curl_easy_setopt)(curl, option, va_arg(ap, curl_off_t));
	else
		r = (*fn.curl_easy_setopt)(curl, option, va_arg(ap, void *));
	va_end(ap);
	return r;
}

CURLcode(curl_easy_getinfo)(CURL *curl, CURLINFO info, ...)
{
	CURLcode r;
	va_list ap;

	dynlib_need(&lib);
	va_start(ap, info);
	/* every CURLINFO_* takes a pointer to where the answer goes */
	r = (*fn.curl_easy_getinfo)(curl, info, va_arg(ap, void *));
	va_end(ap);
	return r;
}

void(curl_easy_cleanup)(CURL *curl)
{
	dynlib_need(&lib);
	fn.curl_easy_cleanup(curl);
}

const char *(curl_easy_strerror)(CURLcode code)
{
	dynlib_need(&lib);
	return fn.curl_easy_strerror(code);
}

struct curl_slist *(curl_slist_append)(struct curl_slist *list, const char *s)
{
	dynlib_need(&lib);
	return fn.curl_slist_append(list, s);
}

void(curl_slist_free_all)(struct curl_slist *list)
{
	dynlib_need(&lib);
	fn.curl_slist_free_all(list);
}

CURLM *(curl_multi_init)(void)
{
	dynlib_need(&lib);
	return fn.curl_multi_init();
}

CURLMcode(curl_multi_setopt)(CURLM *multi, CURLMoption option, ...)
{
	CURLMcode r;
	va_list ap;

	dynlib_need(&lib);
	va_start(ap, option);
	if (option < CURLOPTTYPE_OBJECTPOINT)
		r = (*fn.curl_multi_setopt)(multi, option, va_arg(ap, long));
	else if (option < CURLOPTTYPE_FUNCTIONPOINT)
		r = (*fn.curl_multi_setopt)(multi, option, va_arg(ap, void *));
	else if (option < CURLOPTTYPE_OFF_T)
		r = (*fn.curl_multi_setopt)(multi, option, va_arg(ap, void (*)(void)));
	else
		r = (*fn.curl_multi_setopt)(multi, option, va_arg(ap, curl_off_t));
	va_end(ap);
	return r;
}

CURLMcode(curl_multi_add_handle)(CURLM *multi, CURL *curl)
{
	dynlib_need(&lib);
	return fn.curl_multi_add_handle(multi, curl);
}

CURLMcode(curl_multi_remove_handle)(CURLM *multi, CURL *curl)
{
	dynlib_need(&lib);
	return fn.curl_multi_remove_handle(multi, curl);
}

CURLMcode(curl_multi_perform)(CURLM *multi, int *running)
{
	dynlib_need(&lib);
	return fn.curl_multi_perform(multi, running);
}

CURLMcode(curl_multi_poll)(CURLM *multi, struct curl_waitfd extra_fds[], unsigned int extra_nfds,
			   int timeout_ms, int *ret)
{
	dynlib_need(&lib);
	return fn.curl_multi_poll(multi, extra_fds, extra_nfds, timeout_ms, ret);
}

CURLMsg *(curl_multi_info_read)(CURLM *multi, int *msgs_in_queue)
{
	dynlib_need(&lib);
	return fn.curl_multi_info_read(multi, msgs_in_queue);
}

CURLMcode(curl_multi_cleanup)(CURLM *multi)
{
	dynlib_need(&lib);
	return fn.curl_multi_cleanup(multi);
}
