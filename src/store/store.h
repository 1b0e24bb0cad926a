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

struct buf;
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

/*
 * A document's SHA-256 and compressed body, made by store_document_prepare
 * without the database, so that a caller may make them on another thread
 * while this one stores, and queue several.
 */
struct document_prep {
	char sha256[65];
	unsigned char *body; /* documents.body: one zstd frame, body_len bytes */
	size_t body_len, body_cap;
};

/*
 * The zstd context store_document_prepare compresses with: one a thread,
 * kept for all its documents, and released at the end. One made per page
 * more than doubles the cost of compressing 2 KB; one per queued prep
 * (256 in bench/store) comes back to each page cold from the caches.
 */
struct document_packer {
	void *cctx; /* ZSTD_CCtx, made at the first use */
};

/* The raw page an article came from, stored compressed. */
struct document {
	const char *url;
	const char *content_type;
	const void *body;
	size_t len;
	const struct document_prep *prep; /* optional: made from this body beforehand */
};

/* The largest page the store takes, and gives back. */
#define STORE_DOCUMENT_MAX (1u << 30)

int store_document_prepare(struct document_packer *pk, const struct document *doc,
			   struct document_prep *p, struct error *err);
void store_document_prep_release(struct document_prep *p);
void store_document_packer_release(struct document_packer *pk);

/*
 * Append the raw bytes of the stored document whose SHA-256 is `sha256`
 * (64 hex digits) to `out`, whose cap, if it has one, applies. ERR_NOTFOUND
 * when no document has that hash; ERR_PARSE when its body is damaged.
 */
int store_document_body(struct store *st, const char *sha256, struct buf *out, struct error *err);

/*
 * Decode a stored body (`len` bytes) that holds a page of `size` bytes, and
 * append the page to `out`: what store_document_body does once it has read
 * the row. Any bytes may come in; the page comes out whole or not at all.
 */
int store_document_decode(const void *body, size_t len, uint64_t size, struct buf *out,
			  struct error *err);

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
 *
 * Outside a store_begin batch the put is atomic. Inside one, a failed put
 * (always ERR_DB once anything was written) leaves the batch unusable:
 * call store_rollback.
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

/*
 * Compact the database: merge the full-text index's segments, refresh term
 * statistics, then VACUUM (which rewrites the file: it needs as much free
 * disk as the database takes).
 */
int store_vacuum(struct store *st, struct error *err);

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

/*
 * A subscription: something the user added to be polled (a feed, a page, a
 * sitemap), apart from `sources` rows, which name outlets. Strings are
 * heap-owned when filled by the store (subscription_release frees them);
 * callers passing one in keep ownership of theirs.
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

/* One fetch of a subscription, for the log (strings are borrowed). */
struct fetch_log_entry {
	const char *url;
	long status; /* 0 when no response */
	int64_t bytes;
	int64_t duration_ms;
	int64_t new_items;
	const char *error; /* NULL when it went well */
	const char *at;    /* filled by store_fetch_log_list; ignored on add */
};

struct fetch_log_list {
	struct fetch_log_entry *items;
	size_t n;
};

/*
 * Add `s` (url, name, kind, tags, allow_private, interval_s); sets s->id.
 * When the URL is already there nothing changes, *existed is set to 1 and
 * s->id is the existing row's.
 */
int store_subscription_add(struct store *st, struct subscription *s, int *existed,
			   struct error *err);

/* Find by id ("12"), URL (compared normalised) or name; ERR_NOTFOUND when none. */
int store_subscription_get(struct store *st, const char *key, struct subscription *out,
			   struct error *err);

/* All subscriptions by id, or (due_only) those with next_poll <= now. */
int store_subscription_list(struct store *st, int due_only, int64_t now,
			    struct subscription_list *out, struct error *err);

/* Save the polling state of s: title, etag, last_modified, interval_s,
 * next_poll, last_fetch (NULL = now), last_status, last_error, failures. */
int store_subscription_update(struct store *st, const struct subscription *s, struct error *err);

/* Remove a subscription with its entries and log; its articles stay. */
int store_subscription_remove(struct store *st, int64_t id, struct error *err);

/* Append to the fetch log (the newest 200 per subscription are kept). */
int store_fetch_log_add(struct store *st, int64_t subscription_id, const struct fetch_log_entry *e,
			struct error *err);

/* The newest `limit` log entries of a subscription, newest first (heap strings). */
int store_fetch_log_list(struct store *st, int64_t subscription_id, size_t limit,
			 struct fetch_log_list *out, struct error *err);
void fetch_log_list_release(struct fetch_log_list *l);

/* 1 when the entry `key` of a subscription was seen before, 0 when not, <0 on error. */
int store_feed_entry_seen(struct store *st, int64_t subscription_id, const char *key,
			  struct error *err);

/* Record an entry as seen, with the article it became (0 = none yet). */
int store_feed_entry_put(struct store *st, int64_t subscription_id, const char *key,
			 const char *url, int64_t article_id, struct error *err);

/* Id of the article stored under `url` (exactly as stored), 0 when none, <0 on error. */
int64_t store_article_id_by_url(struct store *st, const char *url, struct error *err);

void subscription_release(struct subscription *s);
void subscription_list_release(struct subscription_list *l);

/* ---- end sources ---- */

/* ---- search, fingerprints, syndication, related (issue 5; src/store/search.c) ---- */

struct fingerprint;

/* Keep an article's fingerprint (replacing an older one) for finding copies. */
int store_fingerprint_put(struct store *st, int64_t article_id, const struct fingerprint *fp,
			  struct error *err);

/* An article that may be a copy of another, with what is needed to decide. */
struct fp_candidate {
	int64_t article_id;
	int same_exact;     /* same normalised text */
	int attributed;     /* one credits the other ("Read more: <url>") */
	size_t shared_keys; /* bottom-k keys in common */
	size_t words;
	uint32_t *sample; /* heap; freed by fp_candidates_release */
	size_t nsample;
};

struct fp_candidates {
	struct fp_candidate *items;
	size_t n;
};

/*
 * Articles other than `self` with the same exact hash, sharing at least
 * `min_shared` keys with `fp`, or linked to `self` by attribution (one's
 * original_url is the other's url). At most `limit` postings per key are
 * read, so that a shingle found in thousands of articles stays cheap.
 */
int store_fingerprint_candidates(struct store *st, int64_t self, const struct fingerprint *fp,
				 size_t min_shared, size_t limit, struct fp_candidates *out,
				 struct error *err);
void fp_candidates_release(struct fp_candidates *c);

/* A syndication group's member, for choosing the group's original. */
struct group_member {
	int64_t article_id;
	char *url;
	char *original_url; /* whom it credits */
	char *published;
	int64_t word_count;
	int64_t group_id;
};

struct group_members {
	struct group_member *items;
	size_t n;
};

/* One article as a group member (group_id 0: not grouped yet). */
int store_group_member_get(struct store *st, int64_t article_id, struct group_member *m,
			   struct error *err);
void group_member_release(struct group_member *m);

/* How many members of group `group_id` credit `url` as their original. */
int store_group_credits(struct store *st, int64_t group_id, const char *url, int64_t *count,
			struct error *err);
/* Rename group `from` to `to` (its new original). */
int store_group_move(struct store *st, int64_t from, int64_t to, struct error *err);

/* The group of an article (its own id when it has none yet: 0 returned). */
int store_group_of(struct store *st, int64_t article_id, int64_t *group_id, struct error *err);
/* Members of the groups `a` and `b` (b may be 0), for merging; at most 2,000. */
int store_group_members(struct store *st, int64_t a, int64_t b, struct group_members *out,
			struct error *err);
void group_members_release(struct group_members *m);
/* Put `article_id` in group `group_id` (the id of the group's original);
 * a negative `similarity` keeps the one recorded. */
int store_group_set(struct store *st, int64_t article_id, int64_t group_id, double similarity,
		    struct error *err);

/* Search results: one item per syndication group, best first. */
struct search_hit {
	struct article a;   /* the group's original (with filters: the member that
			      passed them); text not loaded */
	char *snippet;      /* matched terms between \x01 and \x02 */
	int64_t matched_id; /* the member that matched (may be a copy) */
	size_t copies;      /* other members of its group */
	double score;       /* bm25 (lower is better) or 0 when sorted by date */
};

struct search_results {
	struct search_hit *items;
	size_t n;
	size_t total; /* matching groups among the rows read */
	int more;     /* the rows read were capped: `total` is a lower bound */
};

struct search_query;

int store_search(struct store *st, const struct search_query *q, size_t limit, size_t offset,
		 struct search_results *out, struct error *err);
void search_results_release(struct search_results *r);

/*
 * Refresh the term frequencies related news weighs terms by, when the
 * corpus grew by a fifth since the last refresh (or always with `force`).
 * Ingest calls it at the end of a run; it reads the whole index.
 */
int store_term_stats_refresh(struct store *st, int force, struct error *err);

/* An article's most distinctive terms, as related news weighs them. */
struct key_terms {
	char **terms;    /* index terms (stemmed), heaviest first */
	double *weights; /* tf * idf */
	size_t n;
	char *published; /* the article's date (else when it was stored) */
	char *source;    /* its outlet */
};

/* The `max` heaviest, weighing the `lookups` most frequent terms. */
int store_key_terms(struct store *st, int64_t article_id, size_t max, size_t lookups,
		    struct key_terms *out, struct error *err);
void key_terms_release(struct key_terms *k);

/* Ids of the group originals published in [since, until] (either NULL:
 * open), newest first, at most `limit`; *ids is heap, the caller frees. */
int store_originals_between(struct store *st, const char *since, const char *until, size_t limit,
			    int64_t **ids, size_t *n, struct error *err);

/* Related articles of `article_id`: best first, never its own copies. */
int store_related(struct store *st, int64_t article_id, size_t limit, struct search_results *out,
		  struct error *err);

/* Copies of an article (other members of its group), oldest first. */
int store_copies(struct store *st, int64_t article_id, struct article_list *out, struct error *err);

/* Latest news with copies folded: one item per group, newest first. */
int store_latest_groups(struct store *st, size_t limit, size_t offset, struct search_results *out,
			struct error *err);

/* ---- end search ---- */

/* ---- actors and events (issue 6; src/store/events.c) ---- */
struct event_list;

/*
 * An event as stored: who did what to whom and when, with the article it
 * came from. Strings are heap copies owned by the record (NULL when absent).
 */
struct stored_event {
	int64_t id, article_id;
	char *source, *source_text, *target, *target_text;
	char *code, *root;
	double goldstein;
	int quad; /* 1 verbal cooperation .. 4 material conflict */
	char *plover, *mode;
	char *date, *date_end, *date_precision; /* ISO, as precise as known */
	int negated;
	char *modality; /* asserted, future, hypothetical, demanded */
	int sentence;
	char *evidence, *verb, *pattern;
	char *url, *title, *added; /* the article's */
};

struct stored_event_list {
	struct stored_event *items;
	size_t n;
};

/* What to list. Actor codes match as prefixes: "IRN" matches IRNGOV, IRNMIL. */
struct event_filter {
	const char *actor;           /* source or target */
	const char *dyad_a, *dyad_b; /* between the two, either way */
	const char *since, *until;   /* event dates, ISO prefixes compared as text */
	int include_unreal;          /* also negated, hypothetical and demanded events */
	size_t limit;                /* 0: no limit */
};

/*
 * Replace the stored events of article `article_id` by `ev`, coded from
 * `text` (for the evidence sentences), in one savepoint.
 */
int store_events_replace(struct store *st, int64_t article_id, const struct event_list *ev,
			 const char *text, struct error *err);

/* Events matching `f`, by event date then id. */
int store_events_query(struct store *st, const struct event_filter *f,
		       struct stored_event_list *out, struct error *err);
void stored_event_list_release(struct stored_event_list *l);

int64_t store_event_count(struct store *st);

/* One period of a dyad's series (asserted events only). */
struct dyad_bucket {
	char period[8]; /* "1998" or "1998-09" */
	int64_t events;
	int64_t quad[4]; /* verbal coop, material coop, verbal conflict, material conflict */
	double mean_goldstein;
};

/* The series of events between actors a and b (prefixes), by month or year. */
int store_dyad_series(struct store *st, const char *a, const char *b, int by_year,
		      struct dyad_bucket **out, size_t *n, struct error *err);

/*
 * Call fn for every stored article (id, text, published) in id order, for
 * re-coding; a non-zero return from fn stops the walk and is returned.
 */
int store_articles_each_text(struct store *st,
			     int (*fn)(int64_t id, const char *text, const char *published,
				       void *data),
			     void *data, struct error *err);
/* ---- end events ---- */

/* ---- the web site's reads (src/store/site.c) ---- */

/*
 * One read transaction around everything a request reads, so a page is
 * drawn from one snapshot and the locks are taken once. store_read_end
 * ends it (a no-op when none is open).
 */
int store_read_begin(struct store *st, struct error *err);
void store_read_end(struct store *st);

/*
 * A number that changes whenever another connection commits to the
 * database or its search index (SQLite's data_version of both), read in
 * the open read transaction. The site's page cache is kept while it holds.
 */
int store_data_version(struct store *st, uint64_t *version, struct error *err);

/* An outlet (a `sources` row) with how many articles it has. */
struct outlet {
	int64_t id;
	char *name, *url;
	int64_t articles;
	char *latest; /* newest published date, may be NULL */
};

struct outlet_list {
	struct outlet *items;
	size_t n;
};

/* Id of the outlet whose home is `source_url` (article.source_url); 0 when none. */
int64_t store_source_id(struct store *st, const char *source_url);
/* ERR_NOTFOUND when there is no outlet `id`. */
int store_outlet_get(struct store *st, int64_t id, struct outlet *out, struct error *err);
/* Outlets, most articles first. */
int store_outlets(struct store *st, size_t limit, size_t offset, struct outlet_list *out,
		  struct error *err);
void outlet_release(struct outlet *o);
void outlet_list_release(struct outlet_list *l);

/* An outlet's articles, newest first; text not loaded. */
int store_outlet_latest(struct store *st, int64_t source_id, size_t limit, size_t offset,
			struct article_list *out, struct error *err);
/* Articles mentioning an actor (a code prefix), newest first; text not loaded. */
int store_actor_latest(struct store *st, const char *actor, size_t limit, size_t offset,
		       struct article_list *out, struct error *err);
/* The actor codes an article mentions (at most 64); *actors and each code are heap. */
int store_article_actors(struct store *st, int64_t article_id, char ***actors, size_t *n,
			 struct error *err);

/* The events found in one article, in text order (at most 200). */
int store_article_events(struct store *st, int64_t article_id, struct stored_event_list *out,
			 struct error *err);
/*
 * Asserted events, newest first: all (a NULL), of actor `a`, or between
 * `a` and `b` either way (code prefixes). title and url are the article's.
 */
int store_events_page(struct store *st, const char *a, const char *b, size_t limit, size_t offset,
		      struct stored_event_list *out, struct error *err);

/* Asserted events summed by (source, target) code. */
struct actor_pair {
	char source[24], target[24];
	int64_t events;
	double goldstein_sum;
	char latest[16]; /* the newest event's date */
};

struct actor_pair_list {
	struct actor_pair *items;
	size_t n;
};

/* Every pair (actor NULL) or those with `actor` on either side; at most 20,000. */
int store_actor_pairs(struct store *st, const char *actor, struct actor_pair_list *out,
		      struct error *err);
void actor_pair_list_release(struct actor_pair_list *l);

/* ---- end the web site's reads ---- */

void article_release(struct article *a);
void article_list_release(struct article_list *l);

#endif
