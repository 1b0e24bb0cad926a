/*
 * groups.h: fingerprints and syndication groups, the records copy finding
 * (corpus/syndication.h) reads and writes. The policy (what is a copy,
 * which member is the original) is corpus/'s; the store keeps the rows.
 *
 * Part of the store's interface (store.h includes it).
 */
#ifndef BRIEF_STORE_GROUPS_H
#define BRIEF_STORE_GROUPS_H

#include <stddef.h>
#include <stdint.h>

#include "store/articles.h"
#include "util/error.h"

struct store;
struct fingerprint;

/* Keep an article's fingerprint (replacing an older one) for finding copies. */
int store_fingerprint_put(struct store *st, int64_t article_id, const struct fingerprint *fp,
			  struct error *err) MUST_CHECK;

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
				 struct error *err) MUST_CHECK;
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
			   struct error *err) MUST_CHECK;
void group_member_release(struct group_member *m);

/* How many members of group `group_id` credit `url` as their original. */
int store_group_credits(struct store *st, int64_t group_id, const char *url, int64_t *count,
			struct error *err) MUST_CHECK;
/* Rename group `from` to `to` (its new original). */
int store_group_move(struct store *st, int64_t from, int64_t to, struct error *err) MUST_CHECK;

/* The group of an article (0 when it has none yet). */
int store_group_of(struct store *st, int64_t article_id, int64_t *group_id,
		   struct error *err) MUST_CHECK;
/* Members of the groups `a` and `b` (b may be 0), for merging; at most 2,000. */
int store_group_members(struct store *st, int64_t a, int64_t b, struct group_members *out,
			struct error *err) MUST_CHECK;
void group_members_release(struct group_members *m);
/* Put `article_id` in group `group_id` (the id of the group's original);
 * a negative `similarity` keeps the one recorded. */
int store_group_set(struct store *st, int64_t article_id, int64_t group_id, double similarity,
		    struct error *err) MUST_CHECK;

/* Copies of an article (other members of its group), oldest first. */
int store_copies(struct store *st, int64_t article_id, struct article_list *out,
		 struct error *err) MUST_CHECK;

#endif
