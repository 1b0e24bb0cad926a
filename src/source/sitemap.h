/*
 * sitemap.h: XML sitemaps (sitemaps.org 0.9): a <urlset> of pages or a
 * <sitemapindex> of further sitemaps, with Google News extensions
 * (news:publication_date, news:title, news:language). Pure; gzip input is
 * decompressed by the caller (util/file's gunzip_buf). Relative and
 * non-http locations are dropped.
 *
 * Ownership: strings live in the sitemap's arena; sitemap_release frees.
 */
#ifndef BRIEF_SITEMAP_H
#define BRIEF_SITEMAP_H

#include <stddef.h>

#include "util/arena.h"
#include "util/error.h"

#define SITEMAP_MAX_URLS 50000 /* the protocol's own limit per file */

struct sitemap_url {
	const char *loc;
	const char *lastmod;    /* normalised like feed dates, or NULL */
	const char *news_title; /* Google News */
	const char *news_date;  /* normalised */
	const char *news_language;
};

struct sitemap {
	struct arena arena;
	int is_index; /* urls are sitemaps, not pages */
	struct sitemap_url *urls;
	size_t n;
	size_t dropped; /* past SITEMAP_MAX_URLS or not http(s) */
};

/* 1 when `data` starts like a sitemap (<urlset> or <sitemapindex>). */
int sitemap_sniff(const char *data, size_t len);

int sitemap_parse(const char *data, size_t len, struct sitemap *out, struct error *err) MUST_CHECK;
void sitemap_release(struct sitemap *s);

#endif
