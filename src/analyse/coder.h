/*
 * coder.h: who did what to whom, and when: the event coder.
 *
 * coder_code() reads one document (text and publication date) and returns
 * its events. Per sentence: tokens are matched against the dictionaries in
 * one pass (analyse/dict.h); actor and role mentions are joined into actor
 * units ("Iran's foreign minister" -> IRNGOV, "officials in Arnor and
 * Gondor" -> ARNGOV, GONGOV); each verb in the verb dictionary finds its
 * subject to the left and its object to the right, with passive voice
 * ("was attacked by X"), compound actors, pronoun subjects, coordinated
 * verbs ("condemned X and promised Y"), reported speech ("X said Y attacked
 * Z" gives Y->Z), negation and modality; the verb's patterns choose the
 * CAMEO code; dates come from the sentence (analyse/dates.h), else from
 * the paragraph's last explicit date, else the article's date.
 *
 * Pure: no I/O, no globals. A coder borrows its dict (which must outlive
 * it) and holds scratch space, so one coder is used by one thread at a time.
 */
#ifndef BRIEF_CODER_H
#define BRIEF_CODER_H

#include <stddef.h>
#include <stdint.h>

#include "analyse/dates.h"
#include "analyse/dict.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/error.h"

enum modality {
	MOD_ASSERTED = 0,     /* reported as done */
	MOD_FUTURE = 1,       /* "will attack", "is about to", "plans to" */
	MOD_HYPOTHETICAL = 2, /* "could", "may", "if ... attacks" */
	MOD_DEMANDED = 3,     /* "urged X to", "should", "must" */
};

#define CODE_MAX 48

struct event {
	char source[CODE_MAX], target[CODE_MAX];
	const char *source_text, *target_text; /* the mentions as written (arena) */
	char code[8];                          /* CAMEO code, e.g. "190", "0871" */
	char root[3];                          /* "19" */
	double goldstein;
	int quad;           /* 1-4 */
	const char *plover; /* PLOVER event type, "" when none (roots 01, 02) */
	const char *mode;   /* PLOVER mode, often "" */
	struct date_val date;
	int negated;
	int modality;          /* enum modality */
	uint32_t sentence;     /* index of the sentence in the document */
	uint32_t s_off, s_len; /* the sentence, in bytes of the text */
	uint32_t v_off, v_len; /* the verb phrase */
	const char *pattern;   /* "RESTORE * {DIPLOMATIC TIES}" or the verb alone (arena) */
};

struct event_list {
	struct event *v;
	size_t n, alloc;
	struct arena arena; /* strings of the events */
};

struct coder;

/* New coder over `dict` (borrowed). */
int coder_new(struct coder **out, const struct dict *dict, struct error *err) MUST_CHECK;
void coder_free(struct coder *c);

/*
 * Code a document: `text` (len bytes, UTF-8), published on `date` ("1998-09-16",
 * "19980916", ISO date-time; NULL or "" when unknown: then only dates the
 * text states are given). Events are appended to `out` in text order.
 */
int coder_code(struct coder *c, const char *text, size_t len, const char *date,
	       struct event_list *out, struct error *err) MUST_CHECK;

/*
 * Code only the sentences of a document that start in bytes [from, to) of `text`, as
 * coder_code() would with the document memory alone: with brief's own dictionaries the
 * whole text is read for the people it names with an office ("Ana Rojas, the Chilean
 * negotiator": a later "Rojas" is CHL) and the text before `from` for its roles ("the
 * president" is the last president it named with his country); no subject is carried from
 * the sentence before and roles without a country take none from the document.
 */
int coder_code_part(struct coder *c, const char *text, size_t len, size_t from, size_t to,
		    const char *date, struct event_list *out, struct error *err) MUST_CHECK;

void event_list_release(struct event_list *l);

/*
 * The document an article is coded as, appended to `out`: its headline
 * `title` (NULL or blank: none) as the first paragraph, then a blank line
 * and its text, so the headline is sentence 0 and every offset of an event
 * points into `out`. A title that the text already opens with is not added
 * twice; control characters in the title are read as spaces, so it stays one
 * paragraph. Returns 0 or a negative error code (out's).
 */
int coder_article_doc(struct buf *out, const char *title, const char *text) MUST_CHECK;

/* Whether `e` is reported as happening or to happen: not negated, not hypothetical, not
 * demanded (a document's counted events). */
int event_counted(const struct event *e);

/*
 * A document's weight for PLOVER type `plover`: the number of sentences of `l` with a
 * counted event of that type. One reported deed gives several events (talks both ways, a
 * visit's 042 and 043, each party of a list), so the type a story tells most is the one
 * most of its sentences report, not the one with most party pairs. `l` in text order.
 */
size_t event_list_type_sentences(const struct event_list *l, const char *plover);

/* "asserted", "future", "hypothetical", "demanded" */
const char *modality_name(int m);

/* ---- output (coder_format.c) ---- */

/* One JSON object {"source": ..., ...} for an event; `text` is the document. */
int event_to_json(struct buf *out, const struct event *e, const char *text);

/* Tab-separated: id, date, precision, source, target, code, root, goldstein, quad, plover, mode,
 * negated, modality, sentence, pattern, evidence. */
int event_to_tsv(struct buf *out, const char *id, const struct event *e, const char *text);

/* One GDELT 2.0 event row (61 tab-separated columns). */
int event_to_gdelt(struct buf *out, long long global_id, const struct event *e, const char *added,
		   const char *url);

#endif
