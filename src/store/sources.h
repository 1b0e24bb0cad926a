/*
 * sources.h: subscriptions (what the user follows), the feed entries seen,
 * and the fetch log.
 *
 * Part of the store's interface (store.h includes it). Records the store
 * fills own their heap strings (subscription_release,
 * fetch_log_list_release); inputs are borrowed.
 */
#ifndef BRIEF_STORE_SOURCES_H
#define BRIEF_STORE_SOURCES_H

#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

struct store;

/*
 * A subscription: something the user added to be polled (a feed, a page, a
 * sitemap), apart from the outlets articles name.
 */
struct subscription {
	int64_t id;
	char *url;   /* normalised; unique */
	char *name;  /* the user's name for it, else the feed's title */
	char *kind;  /* "feed", "page" or "sitemap" */
	char *tags;  /* comma-separated, may be NULL */
	char *title; /* the feed's own title, once fetched */
	int allow_private;
	char *etag, *last_modified; /* validators of the last 200 */
	int64_t interval_s;         /* current polling interval */
	int64_t next_poll;          /* Unix time it is next due */
	char *added, *last_fetch;   /* ISO 8601 UTC */
	long last_status;           /* HTTP status of the last fetch, 0 when none */
	char *last_error;
	int64_t failures; /* consecutive failed fetches */
	int64_t entries;  /* feed entries seen (filled by get and list) */
	int64_t articles; /* of which stored as articles */
};

struct subscription_list {
	struct subscription *items;
	size_t n;
};

/* A subscription to add (borrowed strings; url required). */
struct subscription_in {
	const char *url;
	const char *name;
	const char *kind; /* NULL: "feed" */
	const char *tags;
	int allow_private;
	int64_t interval_s; /* 0: an hour */
};

/* One fetch of a subscription, to add to the log (borrowed strings). */
struct fetch_log_entry {
	const char *url;
	long status; /* 0 when no response */
	int64_t bytes;
	int64_t duration_ms;
	int64_t new_items;
	const char *error; /* NULL when it went well */
};

/* One fetch as logged (heap strings, freed by fetch_log_list_release). */
struct fetch_log_row {
	char *url;
	long status;
	int64_t bytes;
	int64_t duration_ms;
	int64_t new_items;
	char *error;
	char *at; /* ISO 8601 UTC */
};

struct fetch_log_list {
	struct fetch_log_row *items;
	size_t n;
};

/*
 * Add `s`; *id is set to the new row's id. When the URL (compared
 * normalised) is already there nothing changes, *existed is set to 1 and
 * *id is the existing row's.
 */
int store_subscription_add(struct store *st, const struct subscription_in *s, int64_t *id,
			   int *existed, struct error *err) MUST_CHECK;

/* Find by id ("12"), URL (compared normalised) or name; ERR_NOTFOUND when none. */
int store_subscription_get(struct store *st, const char *key, struct subscription *out,
			   struct error *err) MUST_CHECK;

/* All subscriptions by id, or (due_only) those with next_poll <= now. */
int store_subscription_list(struct store *st, int due_only, int64_t now,
			    struct subscription_list *out, struct error *err) MUST_CHECK;

/* Save the polling state of s: title, etag, last_modified, interval_s,
 * next_poll, last_fetch (NULL = now), last_status, last_error, failures. */
int store_subscription_update(struct store *st, const struct subscription *s,
			      struct error *err) MUST_CHECK;

/* Remove a subscription with its entries and log; its articles stay. */
int store_subscription_remove(struct store *st, int64_t id, struct error *err) MUST_CHECK;

/* Append to the fetch log (the newest 200 per subscription are kept). */
int store_fetch_log_add(struct store *st, int64_t subscription_id, const struct fetch_log_entry *e,
			struct error *err) MUST_CHECK;

/* The newest `limit` log entries of a subscription, newest first. */
int store_fetch_log_list(struct store *st, int64_t subscription_id, size_t limit,
			 struct fetch_log_list *out, struct error *err) MUST_CHECK;
void fetch_log_list_release(struct fetch_log_list *l);

/* 1 when the entry `key` of a subscription was seen before, 0 when not, <0 on error. */
int store_feed_entry_seen(struct store *st, int64_t subscription_id, const char *key,
			  struct error *err) MUST_CHECK;

/* Record an entry as seen, with the article it became (0 = none yet). */
int store_feed_entry_put(struct store *st, int64_t subscription_id, const char *key,
			 const char *url, int64_t article_id, struct error *err) MUST_CHECK;

void subscription_release(struct subscription *s);
void subscription_list_release(struct subscription_list *l);

#endif
