/*
 * robots.h: robots.txt (RFC 9309). Pure: text in, answers out.
 *
 * The groups for our product token (matched case-insensitively, "brief")
 * are used when there are any, else the "*" groups. Allow and Disallow
 * take "*" wildcards and a "$" end anchor; the longest matching rule
 * wins and Allow wins a tie; no matching rule allows. Crawl-delay (not
 * in the RFC, widely used) is read from the same groups.
 */
#ifndef BRIEF_ROBOTS_H
#define BRIEF_ROBOTS_H

#include <stddef.h>

struct robots;

/*
 * Parse `len` bytes of robots.txt for the product token `agent`. NULL or
 * empty text allows everything. Returns NULL only when out of memory.
 * Free with robots_free.
 */
struct robots *robots_parse(const char *txt, size_t len, const char *agent);

/* A robots.txt that allows everything, or that disallows everything. */
struct robots *robots_allow_all(void);
struct robots *robots_deny_all(void);

/* 1 when `path` ("/dir/page?query", starting with '/') may be fetched. */
int robots_allowed(const struct robots *r, const char *path);

/* Crawl-delay in seconds, or a negative value when none was given. */
double robots_crawl_delay(const struct robots *r);

size_t robots_rule_count(const struct robots *r);

void robots_free(struct robots *r);

#endif
