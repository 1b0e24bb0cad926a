/*
 * search.c: search, fingerprints, syndication and related news (issue 5).
 */
#include "store/migrations.h"
#include "store/store.h"

#include "util/banned.h"

/* Schema step for this area; filled in by issue 5. */
const char store_schema_search[] = "SELECT 1;";
