/*
 * fingerprint.c: word shingles, bottom-k keys and a content-defined sample.
 */
#include "analyse/fingerprint.h"

#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"

#include "util/banned.h"

/* splitmix64's finaliser: spreads word-combination hashes over 64 bits */
static uint64_t mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

static uint64_t rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

/*
 * Code points that separate words besides ASCII punctuation and spaces:
 * typographic quotes, dashes, spaces and the like, so that "Iran’s" and
 * "Iran's" give the same words.
 */
static int is_separator_cp(uint32_t cp)
{
	return (cp >= 0x2000 && cp <= 0x206f) || cp == 0x00a0 || cp == 0x00ab || cp == 0x00bb ||
	       cp == 0x00b7 || cp == 0x3000 || cp == 0xfeff || cp == 0x060c || cp == 0x061b ||
	       cp == 0x061f || cp == 0x066b || cp == 0x066c || cp == 0x06d4;
}

/* Insert `h` into the ascending bottom-k array if small enough and new. */
static void keys_offer(struct fingerprint *fp, uint64_t h)
{
	size_t i;

	if (fp->nkeys == FP_KEYS && h >= fp->keys[FP_KEYS - 1])
		return;
	for (i = 0; i < fp->nkeys; i++)
		if (fp->keys[i] == h)
			return;
	i = fp->nkeys < FP_KEYS ? fp->nkeys++ : FP_KEYS - 1;
	while (i > 0 && fp->keys[i - 1] > h) {
		fp->keys[i] = fp->keys[i - 1];
		i--;
	}
	fp->keys[i] = h;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

static void add_shingle(struct fingerprint *fp, uint64_t h, uint32_t *raw, size_t *nraw)
{
	keys_offer(fp, h);
	if (h % FP_SAMPLE_MOD == 0 && *nraw < FP_SAMPLE_MAX * 2)
		raw[(*nraw)++] = (uint32_t)(h >> 32);
}

void fingerprint_text(const char *text, size_t len, struct fingerprint *fp)
{
	const unsigned char *p = (const unsigned char *)text, *end = p + len;
	uint64_t win[FP_SHINGLE] = { 0 }, wh = 0, exact = 0xcbf29ce484222325ULL;
	uint32_t raw[FP_SAMPLE_MAX * 2];
	size_t nraw = 0, inword = 0, i, j;

	memset(fp, 0, sizeof(*fp));
	while (p <= end) {
		uint32_t cp = 0;
		size_t n = p < end ? utf8_seq(p, (size_t)(end - p), &cp) : 0;
		int word_char;

		if (p == end) {
			word_char = 0;
		} else if (!n) {
			/* invalid byte: a separator */
			n = 1;
			word_char = 0;
		} else if (cp < 0x80) {
			word_char = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
				    (cp >= '0' && cp <= '9');
			if (cp >= 'A' && cp <= 'Z')
				cp += 'a' - 'A';
		} else {
			word_char = !is_separator_cp(cp);
		}
		if (word_char) {
			if (!inword)
				wh = 0xcbf29ce484222325ULL;
			/* FNV-1a over the code point's bytes */
			for (j = 0; j < 4 && (j == 0 || (cp >> (8 * j))); j++) {
				wh ^= (cp >> (8 * j)) & 0xff;
				wh *= 0x100000001b3ULL;
			}
			inword = 1;
		} else if (inword) {
			/* a word ends: shift it into the window */
			memmove(win, win + 1, (FP_SHINGLE - 1) * sizeof(uint64_t));
			win[FP_SHINGLE - 1] = wh;
			fp->words++;
			exact = mix64(exact ^ wh) + fp->words;
			if (fp->words >= FP_SHINGLE) {
				uint64_t h = 0;
				for (i = 0; i < FP_SHINGLE; i++)
					h ^= rotl(win[i], (int)(i * 11 + 1));
				add_shingle(fp, mix64(h), raw, &nraw);
			}
			inword = 0;
		}
		if (p == end)
			break;
		p += n;
	}
	/* texts shorter than a shingle: their words are the shingles */
	if (fp->words > 0 && fp->words < FP_SHINGLE)
		for (i = FP_SHINGLE - fp->words; i < FP_SHINGLE; i++)
			add_shingle(fp, mix64(win[i] ^ 0x5bd1e995ULL), raw, &nraw);
	fp->exact = fp->words ? mix64(exact) : 0;

	qsort(raw, nraw, sizeof(raw[0]), cmp_u32);
	for (i = 0; i < nraw && fp->nsample < FP_SAMPLE_MAX; i++)
		if (fp->nsample == 0 || fp->sample[fp->nsample - 1] != raw[i])
			fp->sample[fp->nsample++] = raw[i];
}

double fingerprint_containment(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	size_t i = 0, j = 0, shared = 0;
	if (!na || !nb)
		return 0.0;
	while (i < na && j < nb) {
		if (a[i] < b[j]) {
			i++;
		} else if (a[i] > b[j]) {
			j++;
		} else {
			shared++;
			i++;
			j++;
		}
	}
	return (double)shared / (double)(na < nb ? na : nb);
}

size_t fingerprint_shared_keys(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t i = 0, j = 0, shared = 0;
	while (i < na && j < nb) {
		if (a[i] < b[j]) {
			i++;
		} else if (a[i] > b[j]) {
			j++;
		} else {
			shared++;
			i++;
			j++;
		}
	}
	return shared;
}
