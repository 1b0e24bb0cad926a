/*
 * cameo.h: the CAMEO event code table with Goldstein weights, quad classes
 * and the PLOVER event type and mode of each code.
 */
#ifndef BRIEF_CAMEO_H
#define BRIEF_CAMEO_H

#include <stddef.h>

struct cameo_info {
	const char *code; /* "190", "0871" */
	const char *name; /* short label */
	double goldstein; /* -10 .. +10 */
	int quad; /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
	const char *plover; /* PLOVER event type, "" for root 01 (02 is REQUEST) */
	const char *mode;   /* PLOVER mode, often "" */
};

/*
 * The entry for `code`; an unknown 3- or 4-digit code falls back to its
 * parent ("1952" -> "195"). NULL when the code is not CAMEO at all.
 */
const struct cameo_info *cameo_lookup(const char *code);

size_t cameo_count(void);
const struct cameo_info *cameo_at(size_t i);

#endif
