/*
 * text.c: tokeniser and sentence splitter (see text.h).
 *
 * One pass over the bytes makes tokens; a second pass over the tokens
 * finds sentence ends. Both are linear in the text.
 */
#include "analyse/text.h"

#include <stdlib.h>
#include <string.h>

#include "util/array.h"
#include "util/utf8.h"

#include "util/banned.h"

/* Abbreviations that take a period and do not end a sentence by themselves. */
static const char *const abbrevs[] = {
	"mr",  "mrs",  "ms",     "dr",   "gen",  "col", "lt",   "sgt",    "capt", "maj",  "adm",
	"gov", "sen",  "rep",    "st",   "jan",  "feb", "mar",  "apr",    "jun",  "jul",  "aug",
	"sep", "sept", "oct",    "nov",  "dec",  "inc", "corp", "ltd",    "co",   "jr",   "sr",
	"vs",  "etc",  "no",     "prof", "rev",  "hon", "pres", "gov",    "cmdr", "brig", "cpl",
	"pvt", "supt", "insp",   "ave",  "mt",   "ft",  "fig",  "approx", "dept", "est",  "messrs",
	"mme", "mlle", "sheikh", "amb",  "atty", "rt",  "gens", "lieut",  "e.g",  "i.e",
};

int text_is_abbrev(const char *norm, size_t len)
{
	size_t i;
	if (!len)
		return 0;
	for (i = 0; i < sizeof(abbrevs) / sizeof(abbrevs[0]); i++)
		if (abbrevs[i][0] == norm[0] && strlen(abbrevs[i]) == len &&
		    !memcmp(abbrevs[i], norm, len))
			return 1;
	return 0;
}

/*
 * The abbreviations of the states of the United States that news style writes with a
 * period after a city or a member of Congress ("Springfield, Ill.,", "R-Neb."): capitalised,
 * they keep their period, so that "Ill.," ends no sentence and the state names its country.
 */
static const char *const state_abbrevs[] = {
	"ala", "ariz", "ark", "calif", "colo", "conn", "del",  "fla",  "ga",  "ill",  "ind",
	"kan", "ky",   "la",  "md",    "mass", "mich", "minn", "miss", "mo",  "mont", "neb",
	"nev", "okla", "ore", "pa",    "tenn", "vt",   "va",   "wash", "wis", "wyo",
};

/* the states news style spells out after a party letter: "R-Texas" */
static const char *const state_words[] = {
	"texas", "ohio", "utah", "iowa", "idaho", "maine", "alaska", "hawaii",
};

/* the word of `len` bytes at `s`, in any case, is in `list` (of lower-case words) */
static int word_in(const unsigned char *s, size_t len, const char *const *list, size_t n)
{
	size_t i, k;
	for (i = 0; i < n; i++) {
		if (strlen(list[i]) != len)
			continue;
		for (k = 0; k < len && (s[k] | 0x20) == list[i][k]; k++)
			;
		if (k == len)
			return 1;
	}
	return 0;
}

/* ... and its first letter is a capital */
static int cap_word_in(const unsigned char *s, size_t len, const char *const *list, size_t n)
{
	return len && s[0] >= 'A' && s[0] <= 'Z' && word_in(s, len, list, n);
}

static int state_abbrev(const unsigned char *s, size_t len)
{
	return cap_word_in(s, len, state_abbrevs, sizeof(state_abbrevs) / sizeof(state_abbrevs[0]));
}

int text_is_state_abbrev(const char *norm, size_t len)
{
	return word_in((const unsigned char *)norm, len, state_abbrevs,
		       sizeof(state_abbrevs) / sizeof(state_abbrevs[0]));
}

/*
 * A member of Congress's party and state, "R-Neb." or "D-Texas" (party letter R, D or I): the
 * length of the state's part after the hyphen (its period not counted), or 0.
 */
static size_t party_state(const unsigned char *s, size_t len, int dot)
{
	if (len < 4 || (s[0] != 'R' && s[0] != 'D' && s[0] != 'I') || s[1] != '-')
		return 0;
	if (dot ? state_abbrev(s + 2, len - 2)
		: cap_word_in(s + 2, len - 2, state_words,
			      sizeof(state_words) / sizeof(state_words[0])))
		return len - 2;
	return 0;
}

/* Words that, capitalised after "U.S.", show that a new sentence began. */
static const char *const starters[] = {
	"the",   "a",         "an",        "he",      "she",   "it",    "they",
	"we",    "i",         "but",       "in",      "on",    "this",  "that",
	"there", "his",       "her",       "its",     "their", "after", "when",
	"while", "officials", "meanwhile", "however", "yet",   "some",  "many",
};

static int is_starter(const char *norm)
{
	size_t i;
	for (i = 0; i < sizeof(starters) / sizeof(starters[0]); i++)
		if (!strcmp(starters[i], norm))
			return 1;
	return 0;
}

/* ---- character classes ---- */

enum cclass { C_SPACE, C_NL, C_LETTER, C_DIGIT, C_APOS, C_HYPHEN, C_DOT, C_PUNCT };

/*
 * The ASCII letter a Latin letter with a diacritic folds to, in its case
 * ("É" 'E', "ç" 'c', "ł" 'l'), or 0 (ligatures, other scripts): "Côte
 * d'Ivoire" and "Cote d'Ivoire", "Curaçao" and "Curacao" are one name,
 * and a dictionary's upper-case "CÔTE" meets the text's "Côte".
 */
static char latin_fold(uint32_t cp)
{
	/* U+00C0 to U+00FF, then U+0100 to U+017F: the base letter in the same
	 * case, '_' for none (multiplication and division signs, ligatures) */
	static const char l1[] = "AAAAAA_CEEEEIIIIDNOOOOO_OUUUUY__aaaaaa_ceeeeiiiidnooooo_ouuuuy_y";
	static const char la[] = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi__JjKk_LlLlLlL"
				 "lLlNnNnNn_NnOoOoOo__RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
	char b;
	if (cp >= 0xC0 && cp <= 0xFF)
		b = l1[cp - 0xC0];
	else if (cp >= 0x100 && cp <= 0x17F)
		b = la[cp - 0x100];
	else
		return 0;
	return b == '_' ? 0 : b;
}

/* cls_at() of a byte 0x80 or above: a UTF-8 sequence or a stray byte */
static enum cclass cls_at_utf8(const unsigned char *s, size_t n, size_t *clen, char *ascii)
{
	uint32_t cp;
	size_t k;
	*clen = 1;
	*ascii = (char)s[0];
	k = utf8_seq(s, n, &cp);
	if (!k) {
		*ascii = 0;
		return C_LETTER; /* a stray byte: keep it inside words */
	}
	*clen = k;
	*ascii = 0;
	switch (cp) {
	case 0x00A0:
	case 0x2002:
	case 0x2003:
	case 0x2009:
	case 0x200A:
	case 0x202F:
	case 0x3000: return C_SPACE;
	case 0x2028:
	case 0x2029: return C_NL;
	case 0x200B:
	case 0xFEFF: return C_SPACE;
	case 0x2018:
	case 0x2019:
	case 0x02BC: *ascii = '\''; return C_APOS;
	case 0x2010:
	case 0x2011:
	case 0x2013: *ascii = '-'; return C_HYPHEN;
	case 0x2014:
	case 0x2015: *ascii = '-'; return C_PUNCT;
	case 0x201C:
	case 0x201D:
	case 0x00AB:
	case 0x00BB: *ascii = '"'; return C_PUNCT;
	case 0x2026: *ascii = '.'; return C_PUNCT;
	default: break;
	}
	if (cp >= 0x2000 && cp <= 0x206F)
		return C_PUNCT;
	if (cp == 0x00B7 || cp == 0x00BF || cp == 0x00A1 || cp == 0x00A7 || cp == 0x00B0)
		return C_PUNCT;
	*ascii = latin_fold(cp);
	return C_LETTER;
}

/*
 * Class of the character at s (n bytes left); *clen gets its length and
 * *ascii the ASCII character it normalises to (0 when none): Latin letters
 * with diacritics fold to their base letter. ASCII inline: it is read for
 * every byte of the text.
 */
static inline enum cclass cls_at(const unsigned char *s, size_t n, size_t *clen, char *ascii)
{
	unsigned char c = s[0];
	if (c >= 0x80)
		return cls_at_utf8(s, n, clen, ascii);
	*clen = 1;
	*ascii = (char)c;
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		return C_LETTER;
	if (c == ' ')
		return C_SPACE;
	if (c == '\n')
		return C_NL;
	if (c == '\t' || c == '\r' || c == '\f' || c == '\v')
		return C_SPACE;
	if (c >= '0' && c <= '9')
		return C_DIGIT;
	if (c == '\'')
		return C_APOS;
	if (c == '-')
		return C_HYPHEN;
	if (c == '.')
		return C_DOT;
	if (c < 0x20 || c == 0x7f)
		return C_SPACE;
	return C_PUNCT;
}

/* ---- tokens ---- */

struct tokbuf {
	struct token *v;
	size_t n, alloc;
};

static int tok_push(struct tokbuf *tb, struct token t)
{
	if (tb->n >= TEXT_MAX_TOKENS)
		return -ERR_LIMIT;
	if (ARRAY_GROW(tb->v, tb->n, tb->alloc) < 0)
		return -ERR_NOMEM;
	tb->v[tb->n++] = t;
	return 0;
}

/* Lower-cased, normalised copy of text[off, off+len) into the arena. */
static const char *make_norm(struct arena *a, const unsigned char *s, size_t len, uint16_t *nlen)
{
	char *out = arena_alloc(a, len + 1);
	size_t i = 0, o = 0;
	if (!out)
		return NULL;
	while (i < len) {
		size_t k;
		char asc;
		if (s[i] < 0x80) {
			/* ASCII: itself, lower-cased (cls_at() gives it as its own fold) */
			out[o++] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : (char)s[i];
			i++;
			continue;
		}
		cls_at(s + i, len - i, &k, &asc);
		if (asc) {
			out[o++] = (asc >= 'A' && asc <= 'Z') ? (char)(asc + 32) : asc;
		} else {
			memcpy(out + o, s + i, k);
			o += k;
		}
		i += k;
	}
	out[o] = 0;
	*nlen = (uint16_t)(o > 65535 ? 65535 : o);
	return out;
}

/* 1 for a name written after a lower-case transliterated Arabic article ("al-Qaeda",
 * "el-Sisi", "ash-Shabaab"): the name is proper although its first letter is not a capital */
static int article_name(const unsigned char *s, size_t len)
{
	static const char *const articles[] = { "al", "el",  "ad", "ar", "as",
						"an", "ash", "at", "az", "ul" };
	size_t i, n;
	if (len < 4 || (s[2] != '-' && s[3] != '-'))
		return 0; /* every article has two or three letters */
	for (i = 0; i < sizeof(articles) / sizeof(articles[0]); i++) {
		n = strlen(articles[i]);
		if (len > n + 1 && !memcmp(s, articles[i], n) && s[n] == '-' && s[n + 1] >= 'A' &&
		    s[n + 1] <= 'Z')
			return 1;
	}
	return 0;
}

static int emit(struct text_doc *doc, struct tokbuf *tb, size_t off, size_t len, int kind,
		int flags)
{
	const unsigned char *s = (const unsigned char *)doc->text + off;
	struct token t;
	size_t k;
	char asc;
	if (len > 4096)
		len = 4096; /* absurd "words" are cut; the rest is skipped by the caller */
	memset(&t, 0, sizeof(t));
	t.off = (uint32_t)off;
	t.len = (uint32_t)len;
	t.kind = (uint8_t)kind;
	t.norm = make_norm(&doc->arena, s, len, &t.nlen);
	if (!t.norm)
		return -ERR_NOMEM;
	cls_at(s, len, &k, &asc);
	if (!(asc >= 'a' && asc <= 'z') || (kind == TOK_WORD && article_name(s, len)))
		flags |= TOKF_CAP;
	if (kind == TOK_WORD) {
		size_t i;
		int all = 1, letters = 0;
		for (i = 0; i < len; i++) {
			if (s[i] >= 'a' && s[i] <= 'z')
				all = 0;
			if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))
				letters++;
		}
		if (all && letters > 1)
			flags |= TOKF_ALLCAPS;
	}
	t.flags = (uint8_t)flags;
	return tok_push(tb, t);
}

static int is_letter_at(const unsigned char *s, size_t n, size_t i)
{
	size_t k;
	char a;
	return i < n && cls_at(s + i, n - i, &k, &a) == C_LETTER;
}

static int is_alnum_at(const unsigned char *s, size_t n, size_t i)
{
	size_t k;
	char a;
	enum cclass c;
	if (i >= n)
		return 0;
	c = cls_at(s + i, n - i, &k, &a);
	return c == C_LETTER || c == C_DIGIT;
}

/*
 * The length of the word of list w (lower case, k of them) that starts at s[a], in any
 * case, with no letter or digit after it; 0 when none does.
 */
static size_t word_end_in(const unsigned char *s, size_t n, size_t a, const char *const *w,
			  size_t k)
{
	size_t q, l, m;
	for (q = 0; q < k; q++) {
		l = strlen(w[q]);
		if (a + l > n)
			continue;
		for (m = 0; m < l && (s[a + m] | 0x20) == w[q][m]; m++)
			;
		if (m == l && !is_alnum_at(s, n, a + l))
			return l;
	}
	return 0;
}

/*
 * The letters of a clitic that starts at s[a], just after an apostrophe:
 * "s", "re", "ve", "ll", "m" or "d" with no letter or digit after it
 * ("they're", "we've", "I'm", "they'd"); 0 for anything else ("O'Reilly",
 * "d'Ivoire", "ma'am").
 */
static size_t clitic_at(const unsigned char *s, size_t n, size_t a)
{
	static const char *const cl[] = { "s", "re", "ve", "ll", "m", "d" };
	return word_end_in(s, n, a, cl, sizeof(cl) / sizeof(cl[0]));
}

/*
 * The length of a suffix of belonging that starts at s[a], just after a hyphen, with
 * no letter or digit after it: "flagged", "owned", "registered", "operated", "led",
 * "appointed", "installed", "controlled", "run", "commanded"; 0 for anything else. A
 * name before one is whose the ship, the asset or the body is ("a Greek-flagged
 * tanker", "a British-owned cargo ship", "Saudi-led forces", "Taliban-appointed
 * diplomats"), so the tokeniser cuts the compound there and the name stays a word of
 * its own. Support is no belonging: "Iranian-backed", "-funded", "-allied" stay whole.
 */
static size_t registry_suffix_at(const unsigned char *s, size_t n, size_t a)
{
	static const char *const sx[] = { "flagged", "owned",     "registered", "operated",
					  "led",     "appointed", "installed",  "controlled",
					  "run",     "commanded" };
	return word_end_in(s, n, a, sx, sizeof(sx) / sizeof(sx[0]));
}

static int tokenize(struct text_doc *doc, struct tokbuf *tb)
{
	const unsigned char *s = (const unsigned char *)doc->text;
	size_t n = doc->len, i = 0;
	int ws = 0, r;
	while (i < n) {
		size_t k;
		char asc;
		enum cclass c = cls_at(s + i, n - i, &k, &asc);
		if (c == C_SPACE || c == C_NL) {
			ws |= TOKF_SPACE | (c == C_NL ? TOKF_NEWLINE : 0);
			i += k;
			continue;
		}
		if (c == C_LETTER || c == C_DIGIT) {
			size_t start = i, j = i, l;
			int kind = c == C_DIGIT ? TOK_NUM : TOK_WORD;
			/* initials chain: U.S., U.N., K.U. */
			if (c == C_LETTER && k == 1 && i + 3 < n && s[i + 1] == '.' &&
			    is_letter_at(s, n, i + 2) && s[i + 3] == '.') {
				j = i;
				while (j + 1 < n &&
				       ((s[j] >= 'a' && s[j] <= 'z') ||
					(s[j] >= 'A' && s[j] <= 'Z')) &&
				       s[j + 1] == '.')
					j += 2;
				if ((r = emit(doc, tb, start, j - start, TOK_WORD,
					      ws | TOKF_ABBREV)))
					return r;
				ws = 0;
				i = j;
				continue;
			}
			for (;;) {
				enum cclass d;
				if (j >= n)
					break;
				d = cls_at(s + j, n - j, &k, &asc);
				if (d == C_LETTER || d == C_DIGIT) {
					j += k;
					continue;
				}
				if (d == C_HYPHEN && is_alnum_at(s, n, j + k)) {
					if (kind == TOK_WORD && s[start] >= 'A' &&
					    s[start] <= 'Z' && registry_suffix_at(s, n, j + k))
						break;
					j += k;
					continue;
				}
				if ((d == C_DOT || (d == C_PUNCT && s[j] == ',')) &&
				    kind == TOK_NUM && j + 1 < n && s[j + 1] >= '0' &&
				    s[j + 1] <= '9' && s[j - 1] >= '0' && s[j - 1] <= '9') {
					j += 1;
					continue;
				}
				if (d == C_APOS) {
					size_t a = j + k;
					/* 's, 're, 've, 'll, 'm, 'd and n't split off; other
					 * inner apostrophes stay */
					if (clitic_at(s, n, a))
						break;
					if (a < n && (s[a] == 't' || s[a] == 'T') && j > start &&
					    (s[j - 1] == 'n' || s[j - 1] == 'N') &&
					    !is_alnum_at(s, n, a + 1))
						break;
					if (is_letter_at(s, n, a) && j > start) {
						j = a;
						continue;
					}
				}
				break;
			}
			/* "didn't": the word loses its n, which goes to "n't" */
			if (j < n && j > start + 1 && (s[j - 1] == 'n' || s[j - 1] == 'N')) {
				enum cclass d = cls_at(s + j, n - j, &k, &asc);
				if (d == C_APOS && j + k < n &&
				    (s[j + k] == 't' || s[j + k] == 'T') &&
				    !is_alnum_at(s, n, j + k + 1)) {
					if ((r = emit(doc, tb, start, j - 1 - start, kind, ws)))
						return r;
					ws = 0;
					if ((r = emit(doc, tb, j - 1, 1 + k + 1, TOK_WORD, 0)))
						return r;
					i = j + k + 1;
					continue;
				}
			}
			/* "R-Neb.", "D-Texas": the party letter, the hyphen and the state, which
			 * names its country as "Nebraska" does */
			if (kind == TOK_WORD &&
			    (l = party_state(s + start, j - start, j < n && s[j] == '.')) > 0) {
				int dot = j < n && s[j] == '.';
				if ((r = emit(doc, tb, start, 1, TOK_WORD, ws)) ||
				    (r = emit(doc, tb, start + 1, 1, TOK_PUNCT, 0)) ||
				    (r = emit(doc, tb, start + 2, l + (size_t)dot, TOK_WORD,
					      dot ? TOKF_ABBREV : 0)))
					return r;
				ws = 0;
				i = j + (size_t)dot;
				continue;
			}
			/* abbreviation or initial: keep the period */
			if (j < n && s[j] == '.' && kind == TOK_WORD) {
				size_t wl = j - start;
				uint16_t nl;
				const char *lw = make_norm(&doc->arena, s + start, wl, &nl);
				if (!lw)
					return -ERR_NOMEM;
				if ((wl == 1 && s[start] >= 'A' && s[start] <= 'Z') ||
				    text_is_abbrev(lw, nl) || state_abbrev(s + start, wl) ||
				    (wl > 2 && s[j - 2] == '-' && s[j - 1] >= 'A' &&
				     s[j - 1] <= 'Z' && j + 2 < n && s[j + 1] >= 'A' &&
				     s[j + 1] <= 'Z' && s[j + 2] == '.')) {
					/* "anti-U.S.", "Jordanian-U.S.": initials after a
					 * hyphen end no sentence */
					if ((r = emit(doc, tb, start, wl + 1, kind,
						      ws | TOKF_ABBREV)))
						return r;
					ws = 0;
					i = j + 1;
					continue;
				}
			}
			if ((r = emit(doc, tb, start, j - start, kind, ws)))
				return r;
			ws = 0;
			i = j;
			continue;
		}
		if (c == C_APOS) {
			/* a clitic ('s, 're, 'd ...) after a word, or a quote mark */
			size_t a = i + k, l = clitic_at(s, n, a);
			if (tb->n && !ws && l) {
				if ((r = emit(doc, tb, i, k + l, TOK_WORD, 0)))
					return r;
				i = a + l;
				continue;
			}
			if ((r = emit(doc, tb, i, k, TOK_PUNCT, ws)))
				return r;
			ws = 0;
			i += k;
			continue;
		}
		/* punctuation: runs of the same ASCII mark ("--", "...") are one token */
		{
			size_t j = i + k;
			if (k == 1 && (s[i] == '.' || s[i] == '-' || s[i] == '!' || s[i] == '?'))
				while (j < n && s[j] == s[i])
					j++;
			if ((r = emit(doc, tb, i, j - i, TOK_PUNCT, ws)))
				return r;
			ws = 0;
			i = j;
		}
	}
	return 0;
}

/* ---- sentences ---- */

static int is_close_punct(const struct token *t)
{
	return t->kind == TOK_PUNCT && (!strcmp(t->norm, "\"") || !strcmp(t->norm, "'") ||
					!strcmp(t->norm, ")") || !strcmp(t->norm, "]"));
}

static int blank_line_between(const struct text_doc *doc, const struct token *a,
			      const struct token *b)
{
	size_t i, nl = 0;
	for (i = a->off + a->len; i < b->off; i++) {
		if (doc->text[i] == '\n') {
			if (++nl >= 2)
				return 1;
		} else if (doc->text[i] != ' ' && doc->text[i] != '\t' && doc->text[i] != '\r') {
			nl = 0;
		}
	}
	return 0;
}

static int sent_push(struct text_doc *doc, size_t *alloc, size_t first, size_t end, uint32_t para)
{
	struct sentence *s;
	const struct token *a, *b;
	while (end > first) {
		size_t n = end - first;
		if (n > TEXT_MAX_SENT_TOK)
			n = TEXT_MAX_SENT_TOK;
		if (ARRAY_GROW(doc->sents, doc->nsent, *alloc) < 0)
			return -ERR_NOMEM;
		a = &doc->toks[first];
		b = &doc->toks[first + n - 1];
		s = &doc->sents[doc->nsent++];
		s->first = (uint32_t)first;
		s->ntok = (uint32_t)n;
		s->off = a->off;
		s->len = b->off + b->len - a->off;
		s->para = para;
		first += n;
	}
	return 0;
}

static int split_sentences(struct text_doc *doc)
{
	size_t i, start = 0, alloc = 0;
	uint32_t para = 0;
	int r;
	for (i = 0; i < doc->ntok; i++) {
		const struct token *t = &doc->toks[i];
		int end = 0;
		size_t j;
		/* a blank line ends the paragraph, also after a sentence's full stop */
		if (i > 0 && blank_line_between(doc, &doc->toks[i - 1], t)) {
			if (i > start && (r = sent_push(doc, &alloc, start, i, para)))
				return r;
			start = i;
			para++;
		}
		if (t->kind == TOK_PUNCT &&
		    (t->norm[0] == '.' || t->norm[0] == '!' || t->norm[0] == '?'))
			end = 1;
		else if ((t->flags & TOKF_ABBREV) &&
			 ((t->nlen >= 4 && t->norm[1] == '.') ||
			  state_abbrev((const unsigned char *)doc->text + t->off, t->len - 1)) &&
			 i + 1 < doc->ntok && (doc->toks[i + 1].flags & TOKF_CAP) &&
			 is_starter(doc->toks[i + 1].norm))
			end = 1; /* "... in the U.S. The next ...", "in Springfield, Ill. He" */
		if (!end)
			continue;
		j = i + 1;
		while (j < doc->ntok && is_close_punct(&doc->toks[j]) &&
		       !(doc->toks[j].flags & TOKF_SPACE))
			j++;
		if (j < doc->ntok) {
			const struct token *nx = &doc->toks[j];
			if (nx->kind == TOK_WORD && !(nx->flags & TOKF_CAP))
				continue; /* lower case after a period: not an end */
			if (!(nx->flags & TOKF_SPACE) && nx->kind != TOK_PUNCT)
				continue; /* "3.5" style or "a.b" */
		}
		if ((r = sent_push(doc, &alloc, start, j, para)))
			return r;
		start = j;
		i = j - 1;
	}
	if (start < doc->ntok && (r = sent_push(doc, &alloc, start, doc->ntok, para)))
		return r;
	return 0;
}

int text_split(struct text_doc *doc, const char *text, size_t len, struct error *err)
{
	struct tokbuf tb = { NULL, 0, 0 };
	int r;
	memset(doc, 0, sizeof(*doc));
	doc->text = text ? text : "";
	doc->len = text ? len : 0;
	r = tokenize(doc, &tb);
	doc->toks = tb.v;
	doc->ntok = tb.n;
	if (!r)
		r = split_sentences(doc);
	if (r) {
		text_doc_release(doc);
		return r == -ERR_LIMIT ? error_set(err, ERR_LIMIT, "text: too many tokens")
				       : error_nomem(err);
	}
	return 0;
}

void text_doc_release(struct text_doc *doc)
{
	free(doc->toks);
	free(doc->sents);
	arena_release(&doc->arena);
	memset(doc, 0, sizeof(*doc));
}
