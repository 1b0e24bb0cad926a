/*
 * dict.h: the coder's dictionaries: actors, agents (roles), verbs with
 * their patterns, and discards, all in one phrase trie.
 *
 * Every phrase is cut into tokens by the same tokeniser as the text
 * (analyse/text.h), each distinct token form gets a word id, and phrases
 * are paths of word ids in one trie. Matching a sentence is then one walk
 * from each token: cost grows with the text, not with the dictionaries.
 *
 * File format: PETRARCH-2's (actors, agents, verbs, discards), described in
 * docs/events.md; the project's own dictionaries in data/ use it too.
 *
 * Ownership: a dict owns everything it holds; dict_free frees it. A dict is
 * read-only once loaded and may then be shared by several coders.
 */
#ifndef BRIEF_DICT_H
#define BRIEF_DICT_H

#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/error.h"

enum dict_kind { DICT_ACTORS = 0, DICT_AGENTS = 1, DICT_VERBS = 2, DICT_DISCARDS = 3 };
#define DICT_KINDS 4

/* word flags */
#define WF_STEM 0x0001u /* the word may take a suffix (plural, -ian, -i, ...) */
/* bits from 0x0100 up are free for the coder's word classes */

enum payload_kind { PAY_ACTOR = 1, PAY_AGENT = 2, PAY_VERB = 3, PAY_DISCARD = 4 };

/* verb form of a matched verb phrase */
enum verb_form { VF_BASE = 0, VF_S = 1, VF_ED = 2, VF_ING = 3 };

struct dpayload {
	uint8_t kind;  /* enum payload_kind */
	uint8_t form;  /* enum verb_form, for PAY_VERB */
	uint8_t flags; /* PAY_ACTOR, PAY_AGENT: 1 = needs a capital; PAY_DISCARD: 1 = whole story */
	int32_t idx;   /* into actors / agents / verbs */
	int32_t next;  /* next payload of the same phrase, -1 at end */
};

struct dcode {
	const char *code;
	int32_t from, to; /* yyyymmdd, valid when from <= date <= to; 0 = open */
};

struct dactor {
	int32_t first; /* into codes */
	uint16_t n;
	const char *name; /* the dictionary's head phrase, for explanations */
};

struct dagent {
	const char *code; /* without the '~' */
	uint8_t prefix;   /* "NGO~": goes before the country */
};

enum pel_type { PE_WORD = 1, PE_SYN = 2, PE_SRC = 3, PE_TGT = 4, PE_SKIP = 5, PE_COMP = 6 };
enum pel_join { PJ_FREE = 0, PJ_ADJ = 1, PJ_NEAR = 2 };

struct pel {
	uint8_t type; /* enum pel_type */
	uint8_t join; /* enum pel_join: how close to the previous element */
	int32_t id;   /* word id or synset id */
};

#define PAT_NEED 4

struct dpattern {
	struct pel *el; /* in the dict's arena */
	uint16_t nel;
	uint16_t star; /* index of the verb ('*') in el */
	uint8_t comp;  /* some element is '%' (PE_COMP) */
	/* up to PAT_NEED distinct word ids of its PE_WORD elements, either side of
	 * the verb, -1 after the last: a sentence lacking one of them cannot match,
	 * so the coder passes the pattern over without reading its reach */
	int32_t need[PAT_NEED];
	char code[8];  /* "---" for no event */
	char rcode[8]; /* "a:b" patterns: b, the target's reverse event; "" if none */
	const char *text;
};

struct dblock {
	const char *name;
	char code[8];
	char rcode[8];
	int32_t first, n; /* into patterns */
};

struct dverb {
	int32_t block;
	char code[8]; /* the verb's own default, "" to use the block's */
	char rcode[8];
	const char *lemma;
};

struct dphrase {
	int32_t off; /* into seq */
	uint16_t n;
};

struct dsynset {
	const char *name;
	int32_t first, n; /* into members */
};

/*
 * A trie edge: the child of `node` by `word`. A child of 0 marks an empty
 * slot (the root is nobody's child), so a zeroed table is an empty one.
 */
struct dedge {
	int32_t node, word, child;
};

/* A vocabulary slot: word id + 1 (0: empty) and the hash of the word's
 * form, compared before the form itself. */
struct dwslot {
	int32_t id1;
	uint32_t hash;
};

struct dict {
	struct arena arena; /* strings and pattern elements */
	/* vocabulary: word i is the NUL-terminated form at wtext + woff[i],
	 * the forms side by side in one block, found through wslots */
	char *wtext;
	size_t nwtext, awtext;
	uint32_t *woff;
	uint32_t *wflags;
	int32_t *root_child; /* the root's child by each word, 0: none */
	size_t nwords, awords;
	struct dwslot *wslots;
	size_t nwslots;
	/* trie: node payload heads; the root's edges in root_child, every
	 * phrase's first step, the others (node, word) -> child in a hash
	 * table */
	int32_t *node_pay;
	size_t nnodes, anodes;
	struct dedge *edges;
	size_t nedges, neslots;
	struct dpayload *pays;
	size_t npays, apays;
	/* tables */
	struct dcode *codes;
	size_t ncodes, acodes;
	struct dactor *actors;
	size_t nactors, aactors;
	struct dagent *agents;
	size_t nagents, aagents;
	struct dverb *verbs;
	size_t nverbs, averbs;
	struct dblock *blocks;
	size_t nblocks, ablocks;
	struct dpattern *pats;
	size_t npats, apats;
	struct dsynset *syns;
	size_t nsyns, asyns;
	struct dphrase *members;
	size_t nmembers, amembers;
	int32_t *seq;
	size_t nseq, aseq;
	size_t max_phrase; /* longest phrase in words */
	unsigned flags;    /* DICT_F_* */
	/* the first actor coded with each three-letter code, +1 (0: none),
	 * indexed AAA..ZZZ: what a sector's code ("AFGEDU") says of its country */
	int32_t *by_code3;
};

/*
 * Open coding, for news prose (brief's own dictionaries set it; the
 * PETRARCH-2 convention leaves it off): a role with no country of its own
 * ("the police", "teachers") takes the country the document names most,
 * and an event that needs no recipient (a strike, a protest, a clash, an
 * arrest, a retreat) is coded with an empty target when none is named.
 */
#define DICT_F_OPEN 0x1u

int dict_new(struct dict **out, struct error *err) MUST_CHECK;
void dict_free(struct dict *d);

/*
 * Make room for about bytes[kind] of dictionary text of each kind still to
 * be loaded, so that the vocabulary, the trie and the tables are allocated
 * once, at about their final size, instead of doubling (and the hash
 * tables rehashing) step by step. A hint: loading grows the tables as
 * needed whatever it said. 0, or -ERR_NOMEM.
 */
int dict_reserve(struct dict *d, const size_t bytes[DICT_KINDS], struct error *err) MUST_CHECK;

/*
 * Load a dictionary of `kind` from a file or a buffer in PETRARCH-2 format.
 * `name` is used in error messages. Errors name the file and line.
 */
int dict_load_file(struct dict *d, enum dict_kind kind, const char *path,
		   struct error *err) MUST_CHECK;
int dict_load_buf(struct dict *d, enum dict_kind kind, const char *name, const char *text,
		  size_t len, struct error *err) MUST_CHECK;
/* dict_load_file with `text` as the buffer the file is read into (in
 * pieces, each line parsed in place; standard input and gzip files whole):
 * one buffer passed for many files serves each in turn, allocated once. */
int dict_load_file_with(struct dict *d, enum dict_kind kind, const char *path, struct buf *text,
			struct error *err) MUST_CHECK;

/* Word id of `s` (normalised form), or -1. */
int32_t dict_word(const struct dict *d, const char *s, size_t len);
/* Word id of `s`, adding it when new; -1 when out of memory. */
int32_t dict_intern(struct dict *d, const char *s, size_t len);

/* Trie: child of `node` by `word`, or -1. The root is node 0. */
int32_t dict_child(const struct dict *d, int32_t node, int32_t word);

/* The code of actor `a` valid on `date` (yyyymmdd; 0 = unknown), or NULL. */
const char *dict_actor_code(const struct dict *d, const struct dactor *a, int32_t date);

/*
 * The code the actor dictionaries give the name `name` ("Iran", "the
 * Taliban", "United Nations": words in any case, a leading "the" left
 * out), today, into `out` (`n` bytes): 1 when found, 0 when no actor has
 * that name.
 */
int dict_actor_named(const struct dict *d, const char *name, char *out, size_t n);
/*
 * Whether `caps`, written in capitals, is read as the acronym of the actor `code`
 * that dict_actor_named gave for it rather than as a code of its own: its length
 * is no code's (codes are blocks of three letters: "NATO", "EU", "US"), or it names
 * an organisation ("ICC" IGOICC, "WHO"); "BRN", "NLD" stay the countries' codes.
 */
int dict_acronym(const char *caps, const char *code);

/*
 * Whether the actor dictionaries know the code `code` (capitals): 1 when a
 * code of theirs starts with it ("IR", "IRN", "IRNGOV"), or when its first
 * three letters start one and each later block of three letters follows
 * the first three in some code of theirs ("IRNMEDGOV": MED and GOV each do);
 * 0 otherwise ("NARNIA", "IRNXYZ").
 */
int dict_code_known(const struct dict *d, const char *code);

/* The synonym set named `name` ("&REPROACH", as the verb dictionaries spell it),
 * for coder_syn_match(), or -1 when no dictionary loaded defines it. */
int32_t dict_synset(const struct dict *d, const char *name);

/* The first actor whose code is exactly the three capitals of `code`
 * ("AFGEDU" -> the actor coded AFG), or -1. */
int32_t dict_actor_of_code3(const struct dict *d, const char *code);

#endif
