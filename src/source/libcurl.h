/*
 * libcurl.h: libcurl, loaded when a command first fetches (util/dynlib.h).
 * source/libcurl.c defines the curl_* functions fetch.c calls; they forward
 * to the library once libcurl_load has loaded it.
 */
#ifndef BRIEF_SOURCE_LIBCURL_H
#define BRIEF_SOURCE_LIBCURL_H

#include "util/error.h"

/* Load libcurl (once per process); ERR_INTERNAL naming it when it is missing. */
int libcurl_load(struct error *err) MUST_CHECK;

#endif
