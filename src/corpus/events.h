/*
 * events.h: coding stored articles into events.
 *
 * The ingest pipeline calls events_code_article for every article it
 * stores (headline and text); `brief events --recode` calls events_recode_all. Both use one
 * process-wide coder over the default dictionaries (analyse/lexicon.h),
 * made on first use; events_set_dict replaces it (tests, --actors ...).
 */
#ifndef BRIEF_CORPUS_EVENTS_H
#define BRIEF_CORPUS_EVENTS_H

#include <stddef.h>
#include <stdint.h>

#include "analyse/dict.h"
#include "store/store.h"
#include "util/error.h"

/*
 * The actor code the event dictionaries give the name `name` ("Iran",
 * "the Taliban", "United Nations"), today, into `out`: 1 when found, 0
 * when no actor has that name, or a negative error code (no dictionaries).
 */
int events_actor_code(const char *name, char *out, size_t n, struct error *err) MUST_CHECK;
/*
 * Whether the event dictionaries know the code `code`, in capitals
 * (dict_code_known): 1 or 0, or a negative error code (no dictionaries).
 */
int events_code_known(const char *code, struct error *err) MUST_CHECK;

/* The most events stored for one article: the first ones in its text. */
#define EVENTS_MAX_PER_ARTICLE 1000

/*
 * Code the article `title` (its headline, NULL when none) and `text`
 * (published on `published`, ISO 8601 or NULL) as one document, the headline
 * its first sentence (coder_article_doc), and store its events for article
 * `article_id`, replacing any it had: at most EVENTS_MAX_PER_ARTICLE, the
 * first in the document. An event the headline states has the headline as
 * its evidence and sentence 0. Returns the number of events the coder found
 * (more than were stored when over the cap), or a negative error code.
 */
int events_code_article(struct store *st, int64_t article_id, const char *title, const char *text,
			const char *published, struct error *err) MUST_CHECK;

/*
 * Re-code every stored article; counts go to *articles and *events.
 * `on_article` (may be NULL) is called with `data` after each article, with
 * the articles and events coded so far (for a progress line).
 */
int events_recode_all(struct store *st,
		      void (*on_article)(size_t articles, size_t events, void *data), void *data,
		      size_t *articles, size_t *events, struct error *err) MUST_CHECK;

/*
 * Use `d` (owned by the caller, who keeps it alive) instead of the default
 * dictionaries; NULL goes back to the defaults.
 */
int events_set_dict(const struct dict *d, struct error *err) MUST_CHECK;

/* Free the shared coder and dictionaries. */
void events_release(void);

#endif
