/*
 * fingerprint.h: what two texts share, cheaply, for finding copies.
 *
 * A text is cut into words (lower-cased, punctuation dropped) and 5-word
 * shingles, each hashed to 64 bits. From those:
 *  - `exact`: a hash of the whole normalised word sequence; equal for texts
 *    that differ only in case, punctuation and spacing.
 *  - `keys`: the FP_KEYS smallest shingle hashes (a bottom-k sketch). Used
 *    as index keys to find candidates: a copy, even a truncated excerpt,
 *    shares some of them with its original (any of the original's smallest
 *    shingles that fall inside the excerpt are among the excerpt's smallest).
 *  - `sample`: the shingles whose hash is 0 mod FP_SAMPLE_MOD, top 32 bits,
 *    sorted; content-defined, so two texts sample the same shingles where
 *    they share text. fingerprint_containment compares two samples.
 *
 * Pure and allocation-free apart from the struct's own arrays.
 */
#ifndef BRIEF_FINGERPRINT_H
#define BRIEF_FINGERPRINT_H

#include <stddef.h>
#include <stdint.h>

#define FP_SHINGLE    5   /* words per shingle */
#define FP_KEYS       16  /* bottom-k sketch size */
#define FP_SAMPLE_MOD 4   /* keep 1 shingle in 4 for the sample */
#define FP_SAMPLE_MAX 512 /* cap on the sample: texts of ~2,000+ words */

struct fingerprint {
	uint64_t exact;
	size_t words;
	size_t nkeys;
	uint64_t keys[FP_KEYS]; /* ascending */
	size_t nsample;
	uint32_t sample[FP_SAMPLE_MAX]; /* ascending, distinct */
};

/* Fingerprint `len` bytes of UTF-8 `text`. */
void fingerprint_text(const char *text, size_t len, struct fingerprint *fp);

/*
 * How much of the smaller text is in the larger one: shared sample values
 * over the smaller sample's size, 0..1. 0 when either sample is empty.
 */
double fingerprint_containment(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

/* Number of values two ascending key lists share. */
size_t fingerprint_shared_keys(const uint64_t *a, size_t na, const uint64_t *b, size_t nb);

#endif
