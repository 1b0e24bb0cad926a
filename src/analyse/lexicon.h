/*
 * lexicon.h: the project's default dictionaries (data/) and where they are.
 *
 * The data directory is, in order: $BRIEF_DATA; a `data/` beside or above
 * the running binary (a build tree: build/brief -> data/); the installed
 * $(PREFIX)/share/brief. Within it, data/actors/ *.txt, data/agents/ *.txt,
 * data/verbs/ *.txt and data/discards/ *.txt are loaded in name order.
 */
#ifndef BRIEF_LEXICON_H
#define BRIEF_LEXICON_H

#include <stddef.h>

#include "analyse/dict.h"
#include "util/error.h"

/* Find the data directory; 0 and its path in `out`, or -ERR_NOTFOUND. */
int lexicon_find_dir(char *out, size_t outsz);

/* Load every default dictionary under `dir` into `d`; sets DICT_F_OPEN (dict.h). */
int lexicon_load_defaults(struct dict *d, const char *dir, struct error *err) MUST_CHECK;
/* Load only the actor dictionaries (data/actors/ *.txt): enough to name actors. */
int lexicon_load_actors(struct dict *d, const char *dir, struct error *err) MUST_CHECK;

#endif
