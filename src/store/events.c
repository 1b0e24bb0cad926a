/*
 * events.c: actors and events (issue 6).
 */
#include "store/migrations.h"
#include "store/store.h"

#include "util/banned.h"

/* Schema step for this area; filled in by issue 6. */
const char store_schema_events[] = "SELECT 1;";
