/*
 * migrations.h: the schema, as an ordered list of steps. Step N brings a
 * database from user_version N-1 to N. Steps are append-only: a released
 * step is never edited, a change is a new step.
 */
#ifndef BRIEF_MIGRATIONS_H
#define BRIEF_MIGRATIONS_H

#include <stddef.h>

extern const char *const store_migrations[];
extern const size_t store_migrations_count;

#endif
