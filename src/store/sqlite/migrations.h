/*
 * migrations.h: the schema, as an ordered list of steps. Step N brings a
 * database from user_version N-1 to N. Steps are append-only: a released
 * step is never edited, a change is a new step.
 */
#ifndef BRIEF_MIGRATIONS_H
#define BRIEF_MIGRATIONS_H

#include <stddef.h>

extern const char *const store_migrations[];

/* A subject's schema step lives in that subject's file. */
extern const char store_schema_sources[];     /* step 2: sources.c */
extern const char store_schema_search[];      /* step 3: search.c */
extern const char store_schema_events[];      /* step 4: events.c */
extern const char store_schema_related[];     /* step 8: related.c */
extern const char store_schema_story_terms[]; /* step 9: related.c */
extern const size_t store_migrations_count;

/* Step 5 also has a data part, run in its transaction: store_fp_rekey. */
#define STORE_SCHEMA_FP_BUCKETS 5

#endif
