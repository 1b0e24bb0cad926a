/*
 * articles.h: raw pages (documents) and the articles extracted from them.
 *
 * Part of the store's interface (store.h includes it). Ownership: records
 * the store fills (struct article, struct article_list) own their heap
 * strings; free them with article_release / article_list_release. What a
 * caller hands the store to write (struct article_in, struct document) is
 * borrowed and never changed.
 */
#ifndef BRIEF_STORE_ARTICLES_H
#define BRIEF_STORE_ARTICLES_H

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
 * An article to store: the fields of struct article a caller provides
 * (borrowed; url and title required, the rest may be NULL). The store
 * fills id, doc_sha256 and added itself.
 */
struct article_in {
	const char *url;
	/*
	 * The outlet's name and home. A page with no home (a local file) that
	 * names its site joins the one outlet of that name (any case), now or
	 * when it is first stored; two outlets of one name: none.
	 */
	const char *source;
	const char *source_url;
	const char *title;
	const char *byline;
	const char *published;
	const char *modified;
	const char *language;
	const char *description;
	const char *image;
	const char *text;
	const char *original_name;
	const char *original_url;
	const char *tags; /* sections and keywords, one a line, normalised (extract.h) */
	int64_t word_count;
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
 * comes back to each page cold from the caches.
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

/* Hash and compress `doc` into `p` (no database; any thread). */
int store_document_prepare(struct document_packer *pk, const struct document *doc,
			   struct document_prep *p, struct error *err) MUST_CHECK;
void store_document_prep_release(struct document_prep *p);
void store_document_packer_release(struct document_packer *pk);

/*
 * Append the raw bytes of the stored document whose SHA-256 is `sha256`
 * (64 hex digits) to `out`, whose cap, if it has one, applies. ERR_NOTFOUND
 * when no document has that hash; ERR_PARSE when its body is damaged.
 */
int store_document_body(struct store *st, const char *sha256, struct buf *out,
			struct error *err) MUST_CHECK;

/*
 * Decode a stored body (`len` bytes) that holds a page of `size` bytes, and
 * append the page to `out`: what store_document_body does once it has read
 * the row. Any bytes may come in; the page comes out whole or not at all.
 */
int store_document_decode(const void *body, size_t len, uint64_t size, struct buf *out,
			  struct error *err) MUST_CHECK;

enum store_put_result { STORE_ADDED = 1, STORE_UPDATED = 2, STORE_UNCHANGED = 3 };

/*
 * Store a page and the article extracted from it, in one transaction.
 * Identity: the same raw bytes (SHA-256) are stored once; an article is
 * keyed by its URL, so re-ingesting a page changes nothing and a changed
 * page at the same URL updates the article. *id is set to the article's
 * id; *what tells which of enum store_put_result happened.
 *
 * Outside a store_begin batch the put is atomic. Inside one, a failed put
 * (always ERR_DB once anything was written) leaves the batch unusable:
 * call store_rollback.
 */
int store_article_put(struct store *st, const struct document *doc, const struct article_in *a,
		      int64_t *id, enum store_put_result *what, struct error *err) MUST_CHECK;

/* The article `id` with its text; ERR_NOTFOUND when there is none. */
int store_article_get(struct store *st, int64_t id, struct article *out,
		      struct error *err) MUST_CHECK;

/* Latest articles, newest published first; `text` is not loaded. */
int store_articles_latest(struct store *st, size_t limit, size_t offset, struct article_list *out,
			  struct error *err) MUST_CHECK;

/* The number of stored articles, in *n. */
int store_article_count(struct store *st, int64_t *n, struct error *err) MUST_CHECK;

/* Id of the article stored under `url` (exactly as stored), 0 when none, <0 on error. */
int64_t store_article_id_by_url(struct store *st, const char *url, struct error *err) MUST_CHECK;

/*
 * The tags of an article (as stored: lower case, one each), sorted, at most
 * 64; *tags and each string are heap, the caller frees them.
 */
int store_article_tags(struct store *st, int64_t article_id, char ***tags, size_t *n,
		       struct error *err) MUST_CHECK;

/* Articles with the tag `tag` (exactly as stored), newest first, without text. */
int store_tag_latest(struct store *st, const char *tag, size_t limit, size_t offset,
		     struct article_list *out, struct error *err) MUST_CHECK;

/*
 * Call fn for every stored article (id, title, text, published) in id order,
 * for re-coding; a non-zero return from fn stops the walk and is returned.
 */
int store_articles_each_text(struct store *st,
			     int (*fn)(int64_t id, const char *title, const char *text,
				       const char *published, void *data),
			     void *data, struct error *err) MUST_CHECK;

void article_release(struct article *a);
void article_list_release(struct article_list *l);

#endif
