/*
 * store.h: the only door to the database.
 *
 * SQLite today (sqlite.c); the interface speaks in brief's own records so
 * that a PostgreSQL back end can sit behind it later. A store opened with
 * store_open has its schema migrated to the newest version, WAL journaling
 * and foreign keys on.
 *
 * Ownership: records filled by store_* getters own their strings (heap);
 * free them with article_release / article_list_release.
 */
#ifndef BRIEF_STORE_H
#define BRIEF_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

struct store;

/* An article as stored. All strings may be NULL except url and title. */
struct article {
	int64_t id;
	char *url;        /* canonical URL (or the input's URL); unique */
	char *source;     /* the outlet: site name, else host */
	char *source_url; /* the outlet's home, e.g. https://host/ */
	char *title;
	char *byline;
	char *published; /* ISO 8601 as precise as known */
	char *modified;
	char *language;
	char *description;
	char *image;
	char *text;          /* main text, blocks separated by blank lines */
	char *original_name; /* "Read more: X" attribution, if any */
	char *original_url;
	char *doc_sha256; /* raw document the article came from */
	char *added;      /* when it was stored, ISO 8601 UTC */
	int64_t word_count;
};

struct article_list {
	struct article *items;
	size_t n;
};

/* The raw page an article came from, stored compressed. */
struct document {
	const char *url;
	const char *content_type;
	const void *body;
	size_t len;
};

enum store_put_result { STORE_ADDED = 1, STORE_UPDATED = 2, STORE_UNCHANGED = 3 };

int store_open(struct store **out, const char *path, struct error *err);
void store_close(struct store *st);

/* Schema version of an open store, and the newest this build knows. */
int store_schema_version(struct store *st);
int store_schema_latest(void);

/*
 * Store a page and the article extracted from it, in one transaction.
 * Identity: the same raw bytes (SHA-256) are stored once; an article is
 * keyed by its URL, so re-ingesting a page changes nothing and a changed
 * page at the same URL updates the article. `a->id` is set; `*what` tells
 * which of enum store_put_result happened.
 */
int store_article_put(struct store *st, const struct document *doc, struct article *a,
		      enum store_put_result *what, struct error *err);

int store_article_get(struct store *st, int64_t id, struct article *out, struct error *err);

/* Latest articles, newest published first; `text` is not loaded. */
int store_articles_latest(struct store *st, size_t limit, size_t offset, struct article_list *out,
			  struct error *err);

int64_t store_article_count(struct store *st);

/* PRAGMA integrity_check + foreign_key_check; summary appended to msg. */
int store_check(struct store *st, char *msg, size_t msglen, struct error *err);

/* Group many puts in one transaction (much faster for bulk ingest). */
int store_begin(struct store *st, struct error *err);
int store_commit(struct store *st, struct error *err);
int store_rollback(struct store *st);

/*
 * Each area below is implemented in its own file of src/store/ and owns
 * one migration step (see migrations.c). Add declarations inside your
 * area's section only.
 */

/* ---- sources, feeds and the fetch log (issue 4; src/store/sources.c) ---- */
/* ---- end sources ---- */

/* ---- search, fingerprints, syndication, related (issue 5; src/store/search.c) ---- */
/* ---- end search ---- */

/* ---- actors and events (issue 6; src/store/events.c) ---- */
/* ---- end events ---- */

void article_release(struct article *a);
void article_list_release(struct article_list *l);

#endif
