/*
 * lang.c: the language of an extracted text, from the text itself.
 *
 * Two signals, both cheap enough to run on every page:
 * - the script: a text mostly in Arabic, Hebrew, Greek, Cyrillic, Hangul,
 *   kana or Han letters is in the language that script mostly writes
 *   (Cyrillic is read as Russian, Han without kana as Chinese);
 * - for Latin script, the share of each language's most frequent short
 *   function words among the words of the text ("the", "and", "of" for
 *   English; "der", "und", "nicht" for German), chosen so that the lists
 *   overlap little.
 * A text too short or too mixed to tell gets no answer.
 */
#include "extract/internal.h"

#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "util/utf8.h"

#include "util/banned.h"

/* Words looked at, at most: the start of a page tells its language. */
#define LANG_MAX_WORDS 1000
/* The longest word of the lists, in bytes. */
#define LANG_WORD_MAX 8
/* Function words needed, and the lead over the runner-up, for an answer. */
#define LANG_MIN_HITS 8
/* ... and to overrule the page's own word: as many, and three times its language's. */
#define LANG_OVERRIDE_HITS 20

struct lang_words {
	const char *code;
	const char *const *words;
};

static const char *const en_words[] = { "the",  "and", "of",   "to",    "is",  "that", "with",
					"for",  "it",  "this", "are",   "was", "you",  "have",
					"from", "not", "they", "which", "be",  "or",   NULL };
static const char *const de_words[] = { "der",  "die", "und", "das",  "nicht",  "ist", "ein",
					"eine", "zu",  "den", "mit",  "sich",   "auf", "dem",
					"auch", "es",  "für", "wird", "werden", "von", NULL };
static const char *const fr_words[] = { "le",   "les",  "et",  "des",   "est", "une", "du",
					"dans", "pour", "qui", "pas",   "sur", "au",  "avec",
					"sont", "nous", "aux", "cette", "ce",  "il",  NULL };
static const char *const es_words[] = { "el",     "los",     "las",  "y",   "del",   "por",
					"como",   "más",     "pero", "sus", "fue",   "este",
					"muy",    "está",    "hay",  "ser", "sobre", "entre",
					"cuando", "también", NULL };
static const char *const it_words[] = { "il",     "della",  "che", "di",     "è",     "sono",
					"gli",    "non",    "nel", "alla",   "anche", "più",
					"questo", "degli",  "dei", "essere", "delle", "nella",
					"sulla",  "perché", NULL };
static const char *const pt_words[] = { "os",  "da",   "não",  "uma",    "são",   "mais",   "dos",
					"das", "pelo", "pela", "também", "foi",   "você",   "seu",
					"ao",  "isso", "ela",  "muito",  "ainda", "quando", NULL };
static const char *const nl_words[] = { "het",  "een",    "en",   "van", "niet", "dat",  "op",
					"voor", "met",    "zijn", "ook", "naar", "maar", "wordt",
					"bij",  "worden", "deze", "hun", "er",   "wij",  NULL };

static const struct lang_words latin[] = {
	{ "en", en_words }, { "de", de_words }, { "fr", fr_words }, { "es", es_words },
	{ "it", it_words }, { "pt", pt_words }, { "nl", nl_words },
};
#define NLATIN (sizeof(latin) / sizeof(latin[0]))

enum script {
	SC_LATIN,
	SC_ARABIC,
	SC_HEBREW,
	SC_GREEK,
	SC_CYRILLIC,
	SC_HANGUL,
	SC_KANA,
	SC_HAN,
	SC_N
};

static const char *const script_lang[SC_N] = { NULL, "ar", "he", "el", "ru", "ko", "ja", "zh" };

static int script_of(uint32_t cp)
{
	if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xc0 && cp <= 0x24f))
		return SC_LATIN;
	if (cp >= 0x370 && cp <= 0x3ff)
		return SC_GREEK;
	if (cp >= 0x400 && cp <= 0x4ff)
		return SC_CYRILLIC;
	if (cp >= 0x590 && cp <= 0x5ff)
		return SC_HEBREW;
	if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f))
		return SC_ARABIC;
	if ((cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0xac00 && cp <= 0xd7af))
		return SC_HANGUL;
	if (cp >= 0x3040 && cp <= 0x30ff)
		return SC_KANA;
	if (cp >= 0x4e00 && cp <= 0x9fff)
		return SC_HAN;
	return -1;
}

/*
 * The words of all the lists by their first byte, built once per process:
 * each word of a text is compared with the few that start like it. An
 * entry's flags are its language's index in latin[].
 */
static struct word_index lang_index;
static pthread_once_t lang_index_once = PTHREAD_ONCE_INIT;

static void lang_index_build(void)
{
	const char *const *lists[NLATIN];
	unsigned langs[NLATIN];
	size_t l;
	_Static_assert(sizeof(en_words) + sizeof(de_words) + sizeof(fr_words) + sizeof(es_words) +
				       sizeof(it_words) + sizeof(pt_words) + sizeof(nl_words) <=
			       (sizeof(lang_index.v) / sizeof(lang_index.v[0]) + NLATIN) *
				       sizeof(char *),
		       "lang_index.v too small");
	for (l = 0; l < NLATIN; l++) {
		lists[l] = latin[l].words;
		langs[l] = (unsigned)l;
	}
	word_index_build(&lang_index, lists, langs, NLATIN);
}

/* Counts `w` (lower-case, `n` bytes) once for each Latin language whose list holds it. */
static void count_word(const char *w, size_t n, int *hits)
{
	unsigned k, seen = 0;
	if (n > LANG_WORD_MAX || !n)
		return;
	pthread_once(&lang_index_once, lang_index_build);
	for (k = lang_index.start[(unsigned char)w[0]];
	     k < lang_index.start[(unsigned char)w[0] + 1]; k++) {
		const struct indexed_word *e = &lang_index.v[k];
		if (!(seen & (1u << e->flags)) && e->len == n && !memcmp(e->w, w, n)) {
			hits[e->flags]++;
			seen |= 1u << e->flags;
		}
	}
}

static const char *detect(const char *text, size_t len, int *latin_script, int *hits)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t i = 0, letters[SC_N] = { 0 }, all = 0, best_sc = 0;
	int words = 0, s, b = -1, second = 0;
	char w[24];
	size_t wl = 0;
	int in_word = 0, too_long = 0;

	if (!text)
		return NULL;
	while (i <= len && words < LANG_MAX_WORDS) {
		uint32_t cp = 0;
		size_t k = 1;
		if (i < len && p[i] < 0x80)
			cp = p[i];
		else if (i < len && !(k = utf8_seq(p + i, len - i, &cp)))
			k = 1;
		s = i < len ? script_of(cp) : -1;
		if (s >= 0) {
			letters[s]++;
			all++;
		}
		if (s == SC_LATIN) {
			/* lower-case ASCII; other Latin letters are kept as they are */
			if (cp < 0x80 && cp >= 'A' && cp <= 'Z')
				cp += 32;
			if (!in_word)
				wl = 0, too_long = 0;
			in_word = 1;
			if (wl + k < sizeof(w)) {
				if (cp < 0x80)
					w[wl++] = (char)cp;
				else {
					memcpy(w + wl, p + i, k);
					wl += k;
				}
			} else {
				too_long = 1;
			}
		} else if (in_word) {
			if (!too_long)
				count_word(w, wl, hits);
			words++;
			in_word = 0;
		}
		i += k;
	}
	if (all < 20)
		return NULL;
	for (s = 1; s < SC_N; s++)
		if (letters[s] > letters[best_sc])
			best_sc = (size_t)s;
	/* kana anywhere among Han is Japanese */
	if (best_sc == SC_HAN && letters[SC_KANA] * 10 >= letters[SC_HAN])
		best_sc = SC_KANA;
	if (best_sc != SC_LATIN && letters[best_sc] * 2 >= all)
		return script_lang[best_sc];
	*latin_script = 1;
	if (letters[SC_LATIN] * 2 < all)
		return NULL;
	for (i = 0; i < NLATIN; i++) {
		if (b < 0 || hits[i] > hits[b]) {
			second = b < 0 ? 0 : hits[b];
			b = (int)i;
		} else if (hits[i] > second) {
			second = hits[i];
		}
	}
	if (b < 0 || hits[b] < LANG_MIN_HITS || hits[b] < 2 * second)
		return NULL;
	return latin[b].code;
}

/* The index of the Latin language detect() knows that `tag` names, or -1. */
static int latin_known(const char *tag)
{
	size_t i, n = strcspn(tag, "-_");
	for (i = 0; i < NLATIN; i++)
		if (n == 2 && !strncasecmp(tag, latin[i].code, 2))
			return (int)i;
	return -1;
}

const char *lang_choose(const char *declared, const char *text, size_t len)
{
	int latin_script = 0, hits[NLATIN] = { 0 }, d = -1, k;
	const char *seen = detect(text, len, &latin_script, hits);
	if (!seen)
		return declared;
	if (!declared || !*declared)
		return seen;
	/*
	 * A page in a language we can read that says it is in another one:
	 * only on clear evidence, since a page quotes other languages, and
	 * names and URLs make function words of their own.
	 */
	if (!latin_script || (d = latin_known(declared)) < 0 || !strncasecmp(declared, seen, 2))
		return declared;
	for (k = 0; k < (int)NLATIN; k++)
		if (latin[k].code == seen)
			break;
	if (k < (int)NLATIN && hits[k] >= LANG_OVERRIDE_HITS && hits[k] >= 3 * hits[d])
		return seen;
	return declared;
}
