/*
 * sources.c: sources, feeds and the fetch log (issue 4).
 */
#include "store/migrations.h"
#include "store/store.h"

#include "util/banned.h"

/* Schema step for this area; filled in by issue 4. */
const char store_schema_sources[] = "SELECT 1;";
