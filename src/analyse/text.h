/*
 * text.h: tokens and sentences of one document.
 *
 * text_split turns UTF-8 text into tokens with byte offsets and a
 * normalised form (lower case, typographic apostrophes and dashes made
 * ASCII), then groups them into sentences. It knows abbreviations
 * ("Mr.", "Gen.", "Sept.", "U.S."), initials ("George W. Bush"), numbers
 * with points and commas ("11.8", "50,000"), closing quotes after a full
 * stop, and paragraphs (a blank line always ends a sentence).
 *
 * Tokens follow treebank habits where they help matching: "Iran's" is
 * "iran" + "'s", "didn't" is "did" + "n't", "won't" is "wo" + "n't",
 * "they're" is "they" + "'re" (and "'ve", "'ll", "'m", "'d").
 * Hyphenated words stay one token ("al-Qaeda", "cease-fire").
 *
 * Ownership: everything lives in doc->arena; text_doc_release frees it.
 * The source text is not copied: doc->text points at the caller's buffer,
 * which must outlive the doc.
 */
#ifndef BRIEF_TEXT_H
#define BRIEF_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/error.h"

enum tok_kind { TOK_WORD = 0, TOK_NUM = 1, TOK_PUNCT = 2 };

#define TOKF_CAP     0x01 /* first letter is upper case (or not a cased letter) */
#define TOKF_ALLCAPS 0x02
#define TOKF_ABBREV  0x04 /* a known abbreviation or initials, period included */
#define TOKF_SPACE   0x08 /* white space before the token */
#define TOKF_NEWLINE 0x10 /* a line break before the token */

struct token {
	uint32_t off, len; /* bytes of the original text */
	const char *norm;  /* normalised form, NUL-terminated */
	uint16_t nlen;     /* strlen(norm) */
	uint8_t kind;      /* enum tok_kind */
	uint8_t flags;     /* TOKF_* */
};

struct sentence {
	uint32_t off, len;    /* bytes of the original text */
	uint32_t first, ntok; /* tokens */
	uint32_t para;        /* paragraph number, from 0 */
};

struct text_doc {
	const char *text;
	size_t len;
	struct token *toks;
	size_t ntok;
	struct sentence *sents;
	size_t nsent;
	struct arena arena;
};

/* Limits that keep one document's work bounded. */
#define TEXT_MAX_TOKENS   2000000u
#define TEXT_MAX_SENT_TOK 400u /* longer sentences are cut into pieces */

/*
 * Tokenise and split `text` (len bytes; need not be NUL-terminated, may hold
 * invalid UTF-8, which is treated as letters). Fills *doc; 0 or -ERR_*.
 */
int text_split(struct text_doc *doc, const char *text, size_t len, struct error *err) MUST_CHECK;
void text_doc_release(struct text_doc *doc);

/* 1 if `norm` (lower case, no period) is a title or other abbreviation. */
int text_is_abbrev(const char *norm, size_t len);

/* Whether lower-case `norm` (`len` bytes, no period) is the abbreviation of a state of the
 * United States that keeps its period when capitalised ("Ill." of "Springfield, Ill.,"). */
int text_is_state_abbrev(const char *norm, size_t len);

#endif
