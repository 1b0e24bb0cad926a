/*
 * date.h: the civil calendar, month names, and feed timestamps.
 *
 * Day numbers count days from 1970-01-01 in the proleptic Gregorian
 * calendar (Howard Hinnant's days_from_civil), so date arithmetic needs no
 * time zone and no libc time functions.
 *
 * date_parse_timestamp reads dates as feeds, sitemaps and HTTP write them:
 * RFC 822/1123/2822 ("Sun, 6 Nov 1994 08:49:37 GMT", any day and month
 * spelling, 2- or 4-digit years, seconds optional, numeric offsets with or
 * without a colon, UT, GMT, Z, North American and common world zone names,
 * military letters) and RFC 3339 / ISO 8601 / W3C-DTF
 * ("2024-01-05T08:50:00.123+04:00", "...Z", "+0400", "+04", a space
 * instead of "T", no seconds, a date alone). It writes UTC,
 * "YYYY-MM-DDTHH:MM:SSZ", or "YYYY-MM-DD" for a date without a time.
 * Years outside 1000-9999 are refused.
 */
#ifndef BRIEF_DATE_H
#define BRIEF_DATE_H

#include <stddef.h>
#include <stdint.h>

/* Room for a date_parse_timestamp result and its NUL. */
#define DATE_TIMESTAMP_MAX 32

/* English month names, lower case, "january" first. */
extern const char *const date_month_names[12];

/* English weekday names, lower case, "monday" first. */
extern const char *const date_weekday_names[7];

/* 1 in a Gregorian leap year. */
int date_is_leap(int y);

/* Days in month `m` (1-12) of year `y`; 0 when `m` is out of range. */
int date_days_in_month(int y, int m);

/* Days from 1970-01-01 to y-m-d (m 1-12, d 1-31; negative before 1970). */
int64_t date_days_from_civil(int y, int m, int d);

/* The inverse: the date `days` after 1970-01-01. */
void date_civil_from_days(int64_t days, int *y, int *m, int *d);

/*
 * The three-letter English abbreviation of month `m` (1-12), capitalised
 * ("Jan"), into `out`; "" when `m` is out of range.
 */
void date_month_abbrev(int m, char out[4]);

/* Month 1-12 whose three-letter abbreviation starts `s` (any case), else 0. */
int date_month_prefix(const char *s);

/*
 * The month the word at `s` names, and its length in bytes in *len: an
 * English name or abbreviation (date_month_prefix, read to the word's end:
 * "March", "março", "augustus"), else a whole word of the Spanish, French,
 * German, Italian, Portuguese or Dutch names date.c lists ("agosto",
 * "März", "déc"; ASCII letters in any case, others as written). 0 (and
 * *len 0) when it names none.
 */
int date_month_word(const char *s, size_t *len);

/*
 * Parse a feed or HTTP timestamp (see above) into `out`. 0 on success; -1
 * (and `out` empty) when it is not one.
 */
int date_parse_timestamp(const char *s, char out[DATE_TIMESTAMP_MAX]);

/*
 * The same, as seconds since 1970-01-01T00:00:00Z in *out (a date alone:
 * its midnight, UTC), e.g. for an HTTP If-Modified-Since. 0 on success,
 * -1 when `s` is not a timestamp.
 */
int date_parse_seconds(const char *s, int64_t *out);

/*
 * Seconds since 1970-01-01T00:00:00Z as "YYYY-MM-DDTHH:MM:SSZ" (UTC; the
 * year as it comes, four digits at least).
 */
void date_format_utc(int64_t t, char out[DATE_TIMESTAMP_MAX]);

/* The forms date_parse_user accepts, for messages that refuse one. */
#define DATE_USER_FORMS \
	"2025, 2025-06, 2025-06-01, 2025-06-01T12:00:00Z, today, yesterday, 24h, 7d or 2w"

/*
 * A date as a person types it (the `n` bytes at `s`), `now` being Unix
 * seconds: "YYYY", "YYYY-MM", "YYYY-MM-DD" (checked against the calendar:
 * no month 13, no February 30), kept as given; "today", "yesterday" as
 * "YYYY-MM-DD" (UTC); "24h", "7d", "2w" (hours, days, weeks before now)
 * and a full timestamp ("2025-06-01T12:00:00Z", any offset) as UTC
 * "YYYY-MM-DDTHH:MM:SSZ". 0, or -1 (and `out` empty) for anything else.
 */
int date_parse_user(const char *s, size_t n, int64_t now, char out[DATE_TIMESTAMP_MAX]);

#endif
