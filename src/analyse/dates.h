/*
 * dates.h: when did it happen? Date expressions in a sentence, resolved
 * against the article's publication date.
 *
 * Understood: ISO dates (2023-05-27), "September 15, 1998", "15 September
 * 1998", "September 1998", "in September" (the latest September not after
 * the article), years ("in 1998", "the 1998 killings"), ranges ("1979-89",
 * "1998-2001", "between 1996 and 2001", "from 1996 to 2001"), decades
 * ("the 1990s", "the late 1990s", "the mid-1990s": decade precision, never one
 * year), weekdays ("on Tuesday": the latest Tuesday not after the article, with
 * the first one not before it as the reading for a deed to come; "next Tuesday"), "today", "yesterday", "tomorrow", "last
 * week/month/year", "this month/year", "next month/year", "earlier this
 * year", "N days/weeks/months/years ago", "in August last year" and "in
 * mid-February".
 *
 * Each result carries its precision; a range carries its end.
 */
#ifndef BRIEF_DATES_H
#define BRIEF_DATES_H

#include <stddef.h>
#include <stdint.h>

#include "analyse/text.h"

/* DP_DECADE: "the 1990s", "the late 1990s": printed as the decade, the
 * range (1990-1999, 1997-1999) in y..y2 */
enum date_prec { DP_NONE = 0, DP_YEAR = 1, DP_MONTH = 2, DP_WEEK = 3, DP_DAY = 4, DP_DECADE = 5 };

struct date_val {
	int y, m, d;    /* m, d are 0 when not known at that precision */
	int prec;       /* enum date_prec */
	int y2, m2, d2; /* end of a range; y2 == 0 when not a range */
};

struct date_mention {
	uint32_t first, end; /* tokens [first, end) */
	struct date_val v;
	int absolute; /* 1 when the text names the year itself */
	int yearless; /* a month (and day) whose year was taken from the reference */
	/* a weekday or a month the text gives without a direction ("on Friday", "in
	 * April") read forward, for a deed still to come: the first such day or month
	 * not before the reference ("will visit on Friday") */
	int has_fwd;
	struct date_val fwd;
	/* a month and day without a year that falls after the reference, read back a
	 * year, for a deed done ("resumed strikes on March 18" in an article of March 12) */
	int has_back;
	struct date_val back;
};

/* Parse "1998", "1998-09", "1998-09-16", "1998-09-16T08:00:00+04:00", "19980916". */
int date_parse(const char *s, struct date_val *out);

/* "1998-09-16", "1998-09", "1998", "1990s" by precision (a week prints as its day). */
void date_format(const struct date_val *v, char *out, size_t outsz);

/* yyyymmdd of a date (missing parts as 1), for comparisons; 0 if none. */
int32_t date_key(const struct date_val *v);

/* Precision name: "day", "week", "month", "year", "decade", "" */
const char *date_prec_name(int prec);

/*
 * Find the date expressions among toks[0..n), resolving relative ones
 * against `ref` (which should have day precision). Writes at most `max`
 * mentions in text order; returns how many.
 */
size_t dates_find(const struct token *toks, size_t n, const struct date_val *ref,
		  struct date_mention *out, size_t max);

#endif
