/*
 * syndication.h: copies of one story, counted once.
 *
 * Every stored article belongs to a syndication group, named by the id of
 * the group's original. An article joins the group of the articles it
 * copies (same normalised text; or most of the smaller text's shingles
 * shared; or an attribution link between them backed by some shared text).
 * The original is the member the others credit ("Read more: <url>"), else
 * the earliest published, else the longest.
 */
#ifndef BRIEF_SYNDICATION_H
#define BRIEF_SYNDICATION_H

#include <stdint.h>

#include "util/error.h"

struct store;

/* Shared-sample fraction above which two texts are copies. */
#define SYNDICATION_CONTAINMENT 0.5
/* ... and the lower bar when one credits the other. */
#define SYNDICATION_ATTRIBUTED 0.2
/* Texts shorter than this (words) are only grouped when identical. */
#define SYNDICATION_MIN_WORDS 25

/*
 * Fingerprint the stored article `article_id` (text `text`) and put it in
 * its syndication group, re-choosing that group's original. Call it after
 * the article is stored, in the same transaction.
 */
int syndication_update(struct store *st, int64_t article_id, const char *text,
		       struct error *err) MUST_CHECK;

struct fingerprint;
/*
 * The same with the text's fingerprint made beforehand (fingerprint_text
 * needs no database, so a caller may make it on another thread).
 */
int syndication_update_fp(struct store *st, int64_t article_id, const struct fingerprint *fp,
			  struct error *err) MUST_CHECK;

#endif
