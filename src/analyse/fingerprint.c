/*
 * fingerprint.c: word shingles, bottom-k keys and a content-defined sample.
 */
#include "analyse/fingerprint.h"

#include <string.h>

#include "util/hash.h"
#include "util/utf8.h"

#include "util/banned.h"

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

/*
 * Sort `n` values ascending: LSD radix, a byte a pass, between `v` and
 * `tmp` (a text's sample is small, and qsort's calls cost more).
 */
static void sort_u32(uint32_t *v, uint32_t *tmp, size_t n)
{
	uint32_t *from = v, *to = tmp, *t;
	size_t count[256], i;
	int shift;

	for (shift = 0; shift < 32; shift += 8) {
		size_t sum = 0;
		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[(from[i] >> shift) & 0xff]++;
		for (i = 0; i < 256; i++) {
			size_t c = count[i];
			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			to[count[(from[i] >> shift) & 0xff]++] = from[i];
		t = from;
		from = to;
		to = t;
	}
	/* an even number of passes: the values are back in v */
}

/* What the words of a text make as they end. */
struct fp_state {
	uint64_t win[FP_SHINGLE]; /* the last words' hashes, oldest first */
	uint64_t exact;
	uint32_t raw[FP_SAMPLE_MAX * 2]; /* sampled shingles, unsorted */
	size_t nraw;
};

static void add_shingle(struct fingerprint *fp, struct fp_state *s, uint64_t h)
{
	keys_offer(fp, h);
	if (h % FP_SAMPLE_MOD == 0 && s->nraw < FP_SAMPLE_MAX * 2)
		s->raw[s->nraw++] = (uint32_t)(h >> 32);
}

/* A word (hash `wh`) ends: shift it into the window and hash the shingle it ends. */
static void word_end(struct fingerprint *fp, struct fp_state *s, uint64_t wh)
{
	size_t i;

	for (i = 0; i + 1 < FP_SHINGLE; i++)
		s->win[i] = s->win[i + 1];
	s->win[FP_SHINGLE - 1] = wh;
	fp->words++;
	s->exact = hash_splitmix64(s->exact ^ wh) + fp->words;
	if (fp->words >= FP_SHINGLE) {
		uint64_t h = 0;
		for (i = 0; i < FP_SHINGLE; i++)
			h ^= rotl(s->win[i], (int)(i * 11 + 1));
		add_shingle(fp, s, hash_splitmix64(h));
	}
}

void fingerprint_text(const char *text, size_t len, struct fingerprint *fp)
{
	const unsigned char *p = (const unsigned char *)text, *end = p + len;
	struct fp_state s;
	uint32_t tmp[FP_SAMPLE_MAX * 2];
	uint64_t wh = 0;
	size_t i, j;
	int inword = 0;

	memset(fp, 0, sizeof(*fp));
	memset(s.win, 0, sizeof(s.win));
	s.exact = HASH_FNV64_OFFSET;
	s.nraw = 0;
	while (p < end) {
		uint32_t cp = *p;
		size_t n = 1;
		int word_char;

		if (cp < 0x80) {
			/* ASCII, most of most texts, without a decoder: letters and digits, lower-cased */
			if (cp - 'A' < 26)
				cp += 'a' - 'A';
			word_char = cp - 'a' < 26 || cp - '0' < 10;
		} else if (!(n = utf8_seq(p, (size_t)(end - p), &cp))) {
			/* invalid byte: a separator */
			n = 1;
			word_char = 0;
		} else {
			word_char = !is_separator_cp(cp);
		}
		if (word_char) {
			if (!inword)
				wh = HASH_FNV64_OFFSET;
			/* FNV-1a over the code point's bytes */
			for (j = 0; j < 4 && (j == 0 || (cp >> (8 * j))); j++)
				wh = hash_fnv1a64_byte(wh, (unsigned char)(cp >> (8 * j)));
			inword = 1;
		} else if (inword) {
			word_end(fp, &s, wh);
			inword = 0;
		}
		p += n;
	}
	if (inword)
		word_end(fp, &s, wh);
	/* texts shorter than a shingle: their words are the shingles */
	if (fp->words > 0 && fp->words < FP_SHINGLE)
		for (i = FP_SHINGLE - fp->words; i < FP_SHINGLE; i++)
			add_shingle(fp, &s, hash_splitmix64(s.win[i] ^ 0x5bd1e995ULL));
	fp->exact = fp->words ? hash_splitmix64(s.exact) : 0;

	sort_u32(s.raw, tmp, s.nraw);
	for (i = 0; i < s.nraw && fp->nsample < FP_SAMPLE_MAX; i++)
		if (fp->nsample == 0 || fp->sample[fp->nsample - 1] != s.raw[i])
			fp->sample[fp->nsample++] = s.raw[i];
}

/*
 * FP_SHARED(name, type) defines name(a, na, b, nb): how many values the
 * sorted arrays `a` and `b` share, by one merge of the two. Samples are 32
 * bits and keys 64, so it is written once for both.
 */
#define FP_SHARED(name, type)                                                  \
	static size_t name(const type *a, size_t na, const type *b, size_t nb) \
	{                                                                      \
		size_t i = 0, j = 0, shared = 0;                               \
		while (i < na && j < nb) {                                     \
			if (a[i] < b[j]) {                                     \
				i++;                                           \
			} else if (a[i] > b[j]) {                              \
				j++;                                           \
			} else {                                               \
				shared++;                                      \
				i++;                                           \
				j++;                                           \
			}                                                      \
		}                                                              \
		return shared;                                                 \
	}
FP_SHARED(fp_shared_u32, uint32_t)
FP_SHARED(fp_shared_u64, uint64_t)

double fingerprint_containment(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	if (!na || !nb)
		return 0.0;
	return (double)fp_shared_u32(a, na, b, nb) / (double)(na < nb ? na : nb);
}

size_t fingerprint_shared_keys(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	return fp_shared_u64(a, na, b, nb);
}
