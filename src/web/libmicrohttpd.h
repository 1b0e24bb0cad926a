/*
 * libmicrohttpd.h: libmicrohttpd, loaded when a command first serves
 * (util/dynlib.h). web/libmicrohttpd.c defines the MHD_* functions brief
 * calls; they forward to the library once libmicrohttpd_load has loaded it.
 */
#ifndef BRIEF_WEB_LIBMICROHTTPD_H
#define BRIEF_WEB_LIBMICROHTTPD_H

#include "util/error.h"

/* Load libmicrohttpd (once per process); ERR_INTERNAL naming it when it is missing. */
int libmicrohttpd_load(struct error *err) MUST_CHECK;

#endif
