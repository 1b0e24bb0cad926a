#include "util/date.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "util/banned.h"

const char *const date_month_names[12] = { "january",   "february", "march",    "april",
					   "may",       "june",     "july",     "august",
					   "september", "october",  "november", "december" };

const char *const date_weekday_names[7] = { "monday", "tuesday",  "wednesday", "thursday",
					    "friday", "saturday", "sunday" };

int date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(int y, int m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_is_leap(y) ? 29 : dm[m - 1];
}

int64_t date_days_from_civil(int y, int m, int d)
{
	int64_t era;
	unsigned yoe, doy, doe;
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

void date_civil_from_days(int64_t z, int *y, int *m, int *d)
{
	int64_t era;
	unsigned doe, yoe, doy, mp;
	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400) + (*m <= 2);
}

void date_month_abbrev(int m, char out[4])
{
	out[0] = '\0';
	if (m < 1 || m > 12)
		return;
	out[0] = (char)toupper((unsigned char)date_month_names[m - 1][0]);
	out[1] = date_month_names[m - 1][1];
	out[2] = date_month_names[m - 1][2];
	out[3] = '\0';
}

int date_month_prefix(const char *s)
{
	int i;
	for (i = 0; i < 12; i++)
		if (!strncasecmp(s, date_month_names[i], 3))
			return i + 1;
	return 0;
}

/*
 * Months as Spanish, French, German, Italian, Portuguese and Dutch pages
 * print them, where the English three-letter prefix does not already read
 * them ("marzo", "juni", "março", "augustus" do): whole words, lower case,
 * full or abbreviated. UTF-8.
 */
static const struct {
	const char *name;
	int month;
} other_months[] = {
	{ "ene", 1 },       { "enero", 1 },     { "gen", 1 },        { "gennaio", 1 },
	{ "févr", 2 },      { "février", 2 },   { "fev", 2 },        { "fevereiro", 2 },
	{ "mär", 3 },       { "märz", 3 },      { "maart", 3 },      { "mrt", 3 },
	{ "abr", 4 },       { "abril", 4 },     { "avr", 4 },        { "avril", 4 },
	{ "mai", 5 },       { "maio", 5 },      { "mag", 5 },        { "maggio", 5 },
	{ "mei", 5 },       { "juin", 6 },      { "giu", 6 },        { "giugno", 6 },
	{ "juil", 7 },      { "juillet", 7 },   { "lug", 7 },        { "luglio", 7 },
	{ "ago", 8 },       { "agosto", 8 },    { "août", 8 },       { "set", 9 },
	{ "settembre", 9 }, { "setembro", 9 },  { "setiembre", 9 },  { "okt", 10 },
	{ "oktober", 10 },  { "ott", 10 },      { "ottobre", 10 },   { "out", 10 },
	{ "outubro", 10 },  { "dic", 12 },      { "diciembre", 12 }, { "dicembre", 12 },
	{ "déc", 12 },      { "décembre", 12 }, { "dez", 12 },       { "dezember", 12 },
	{ "dezembro", 12 },
};

/* Bytes of the word at `p`: ASCII letters and the bytes of other letters. */
static size_t word_len(const char *p)
{
	size_t k = 0;
	while (isalpha((unsigned char)p[k]) || (unsigned char)p[k] >= 0x80)
		k++;
	return k;
}

int date_month_word(const char *s, size_t *len)
{
	size_t k = word_len(s), i;
	int m = date_month_prefix(s);
	*len = k;
	if (m)
		return m;
	for (i = 0; i < sizeof(other_months) / sizeof(other_months[0]); i++)
		if (strlen(other_months[i].name) == k && !strncasecmp(s, other_months[i].name, k))
			return other_months[i].month;
	*len = 0;
	return 0;
}

/* ---- feed and HTTP timestamps ---- */

/* Named zones real feeds use, in minutes east of UTC. */
static const struct {
	const char *name;
	int minutes;
} zones[] = {
	{ "UT", 0 },     { "UTC", 0 },    { "GMT", 0 },    { "Z", 0 },       { "WET", 0 },
	{ "EST", -300 }, { "EDT", -240 }, { "CST", -360 }, { "CDT", -300 },  { "MST", -420 },
	{ "MDT", -360 }, { "PST", -480 }, { "PDT", -420 }, { "AKST", -540 }, { "AKDT", -480 },
	{ "HST", -600 }, { "AST", -240 }, { "ADT", -180 }, { "NST", -210 },  { "NDT", -150 },
	{ "BST", 60 },   { "IST", 330 },  { "CET", 60 },   { "CEST", 120 },  { "MET", 60 },
	{ "MEST", 120 }, { "WEST", 60 },  { "EET", 120 },  { "EEST", 180 },  { "MSK", 180 },
	{ "IRST", 210 }, { "IRDT", 270 }, { "AFT", 270 },  { "PKT", 300 },   { "GST", 240 },
	{ "HKT", 480 },  { "SGT", 480 },  { "JST", 540 },  { "KST", 540 },   { "AWST", 480 },
	{ "ACST", 570 }, { "AEST", 600 }, { "AEDT", 660 }, { "NZST", 720 },  { "NZDT", 780 },
	{ "SAST", 120 }, { "WAT", 60 },   { "EAT", 180 },  { "CAT", 120 },   { "ICT", 420 },
	{ "WIB", 420 },  { "PHT", 480 },
};

static const char *skip_ws(const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == ',')
		s++;
	return s;
}

/* Read 1..max digits; returns the count read (0 when none). */
static int read_num(const char **sp, int max, int *v)
{
	const char *s = *sp;
	int n = 0;
	*v = 0;
	while (n < max && isdigit((unsigned char)*s)) {
		*v = *v * 10 + (*s - '0');
		s++;
		n++;
	}
	*sp = s;
	return n;
}

/*
 * A zone at `s`: "+hh:mm", "+hhmm", "+hh", "Z", a name or a military
 * letter. Sets *minutes east of UTC; returns 0, or -1 when unreadable.
 * Nothing at all is UTC.
 */
static int parse_zone(const char *s, int *minutes)
{
	int h = 0, m = 0, sign, n, i;
	size_t len;

	s = skip_ws(s);
	*minutes = 0;
	if (!*s)
		return 0;
	if (*s == '+' || *s == '-') {
		sign = *s == '-' ? -1 : 1;
		s++;
		n = read_num(&s, 4, &h);
		if (n == 4) {
			m = h % 100;
			h /= 100;
		} else if (n == 3) { /* "+530" */
			m = h % 100;
			h /= 100;
		} else if (n == 1 || n == 2) {
			if (*s == ':') {
				s++;
				if (read_num(&s, 2, &m) != 2)
					return -1;
			}
		} else {
			return -1;
		}
		if (h > 23 || m > 59)
			return -1;
		*minutes = sign * (h * 60 + m);
		return 0;
	}
	for (len = 0; isalpha((unsigned char)s[len]); len++)
		;
	if (len == 0)
		return -1;
	for (i = 0; i < (int)(sizeof(zones) / sizeof(zones[0])); i++) {
		if (strlen(zones[i].name) == len && !strncasecmp(s, zones[i].name, len)) {
			*minutes = zones[i].minutes;
			s += len;
			goto offset;
		}
	}
	if (len == 1) {
		/* military zones: RFC 2822 says their sign was botched; read as UTC */
		return 0;
	}
	return -1;
offset:
	/* "GMT+0530", "UTC-5" */
	if (*s == '+' || *s == '-') {
		int extra;
		if (parse_zone(s, &extra) < 0)
			return -1;
		*minutes += extra;
	}
	return 0;
}

void date_format_utc(int64_t t, char out[DATE_TIMESTAMP_MAX])
{
	int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	int rem = (int)(t - days * 86400), y, m, d;
	date_civil_from_days(days, &y, &m, &d);
	snprintf(out, DATE_TIMESTAMP_MAX, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, rem / 3600,
		 rem / 60 % 60, rem % 60);
}

static int emit_date(char out[DATE_TIMESTAMP_MAX], int y, int mo, int d, int h, int mi, int sec,
		     int zone_min, int has_time)
{
	int64_t t;

	if (y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > date_days_in_month(y, mo) ||
	    h > 24 || mi > 59 || sec > 60)
		return -1;
	if (!has_time) {
		snprintf(out, DATE_TIMESTAMP_MAX, "%04d-%02d-%02d", y, mo, d);
		return 0;
	}
	if (sec == 60)
		sec = 59;
	/* seconds since 1970 in UTC, then back to a civil date and a clock */
	t = date_days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec -
	    (int64_t)zone_min * 60;
	if (t < date_days_from_civil(1000, 1, 1) * 86400 ||
	    t >= date_days_from_civil(10000, 1, 1) * 86400)
		return -1;
	date_format_utc(t, out);
	return 0;
}

/* "HH:MM[:SS[.frac]]" */
static int parse_clock(const char **sp, int *h, int *mi, int *sec)
{
	const char *s = *sp;
	*sec = 0;
	if (read_num(&s, 2, h) < 1 || *s != ':')
		return -1;
	s++;
	if (read_num(&s, 2, mi) != 2)
		return -1;
	if (*s == ':') {
		s++;
		if (read_num(&s, 2, sec) != 2)
			return -1;
		if (*s == '.' || *s == ',') {
			s++;
			while (isdigit((unsigned char)*s))
				s++;
		}
	}
	*sp = s;
	return 0;
}

static int parse_iso(const char *s, char out[DATE_TIMESTAMP_MAX])
{
	int y, mo = 1, d = 1, h = 0, mi = 0, sec = 0, zone = 0, has_time = 0;

	if (read_num(&s, 4, &y) != 4)
		return -1;
	if (*s == '-') {
		s++;
		if (read_num(&s, 2, &mo) != 2)
			return -1;
		if (*s == '-') {
			s++;
			if (read_num(&s, 2, &d) != 2)
				return -1;
		}
	}
	if ((*s == 'T' || *s == 't' || *s == ' ') && isdigit((unsigned char)s[1])) {
		s++;
		if (parse_clock(&s, &h, &mi, &sec) < 0)
			return -1;
		has_time = 1;
		if (parse_zone(s, &zone) < 0)
			return -1;
	} else {
		s = skip_ws(s);
		if (*s)
			return -1;
	}
	return emit_date(out, y, mo, d, h, mi, sec, zone, has_time);
}

static int parse_rfc822(const char *s, char out[DATE_TIMESTAMP_MAX])
{
	int d, mo, y, h = 0, mi = 0, sec = 0, zone = 0, n;
	size_t len;

	s = skip_ws(s);
	/* optional day name, "Sun," or "Sunday," or "Sun" */
	if (isalpha((unsigned char)*s)) {
		for (len = 0; isalpha((unsigned char)s[len]); len++)
			;
		if (len < 3 || !date_month_prefix(s) || len > 9) {
			s = skip_ws(s + len);
			if (*s == '.')
				s = skip_ws(s + 1);
		}
	}
	if (isdigit((unsigned char)*s)) {
		if (read_num(&s, 2, &d) < 1)
			return -1;
		s = skip_ws(s);
		if (*s == '-')
			s++;
		for (len = 0; isalpha((unsigned char)s[len]); len++)
			;
		if (len < 3 || !(mo = date_month_prefix(s)))
			return -1;
		s += len;
		if (*s == '.')
			s++;
	} else {
		/* "Nov 6 1994" as some feeds write */
		for (len = 0; isalpha((unsigned char)s[len]); len++)
			;
		if (len < 3 || !(mo = date_month_prefix(s)))
			return -1;
		s = skip_ws(s + len);
		if (read_num(&s, 2, &d) < 1)
			return -1;
	}
	s = skip_ws(s);
	if (*s == '-')
		s++;
	n = read_num(&s, 4, &y);
	if (n == 2)
		y += y < 50 ? 2000 : 1900;
	else if (n != 4)
		return -1;
	s = skip_ws(s);
	if (!*s)
		return emit_date(out, y, mo, d, 0, 0, 0, 0, 1);
	if (parse_clock(&s, &h, &mi, &sec) < 0)
		return -1;
	if (parse_zone(s, &zone) < 0)
		return -1;
	return emit_date(out, y, mo, d, h, mi, sec, zone, 1);
}

int date_parse_timestamp(const char *s, char out[DATE_TIMESTAMP_MAX])
{
	const char *p;
	if (!s)
		return -1;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	out[0] = '\0';
	for (p = s; isdigit((unsigned char)*p); p++)
		;
	if (p - s == 4 && (*p == '-' || *p == '\0' || *p == 'T'))
		return parse_iso(s, out);
	return parse_rfc822(s, out);
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" of n bytes, checked against the calendar. */
static int calendar_date(const char *s, size_t n)
{
	int y, m = 1, d = 1;
	size_t i;

	if (n != 4 && n != 7 && n != 10)
		return 0;
	for (i = 0; i < n; i++)
		if ((i == 4 || i == 7) ? s[i] != '-' : !isdigit((unsigned char)s[i]))
			return 0;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	if (n >= 7)
		m = (s[5] - '0') * 10 + (s[6] - '0');
	if (n == 10)
		d = (s[8] - '0') * 10 + (s[9] - '0');
	return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= date_days_in_month(y, m);
}

static void write_day(int64_t days, char out[DATE_TIMESTAMP_MAX])
{
	int y, m, d;
	date_civil_from_days(days, &y, &m, &d);
	snprintf(out, DATE_TIMESTAMP_MAX, "%04d-%02d-%02d", y, m, d);
}

int date_parse_user(const char *s, size_t n, int64_t now, char out[DATE_TIMESTAMP_MAX])
{
	char tmp[DATE_TIMESTAMP_MAX];
	int64_t days = now >= 0 ? now / 86400 : (now - 86399) / 86400, v = 0;
	size_t i;

	out[0] = '\0';
	if (n == 0 || n >= sizeof(tmp))
		return -1;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	if (calendar_date(tmp, n)) {
		memcpy(out, tmp, n + 1);
		return 0;
	}
	if (!strcasecmp(tmp, "today")) {
		write_day(days, out);
		return 0;
	}
	if (!strcasecmp(tmp, "yesterday")) {
		write_day(days - 1, out);
		return 0;
	}
	/* "24h", "7d", "2w": so long before now */
	for (i = 0; i + 1 < n && isdigit((unsigned char)tmp[i]) && i < 6; i++)
		v = v * 10 + (tmp[i] - '0');
	if (i > 0 && i + 1 == n && v > 0 && strchr("hdw", tmp[i])) {
		int64_t unit = tmp[i] == 'h' ? 3600 : tmp[i] == 'd' ? 86400 : 7 * 86400;
		date_format_utc(now - v * unit, out);
		return 0;
	}
	/* a full timestamp: it must hold a time and a valid date */
	if (n > 10 && calendar_date(tmp, 10) && (tmp[10] == 'T' || tmp[10] == ' ') &&
	    date_parse_timestamp(tmp, out) == 0)
		return 0;
	out[0] = '\0';
	return -1;
}

int date_parse_seconds(const char *s, int64_t *out)
{
	char ts[DATE_TIMESTAMP_MAX];
	int y, mo, d, h = 0, mi = 0, sec = 0;
	if (date_parse_timestamp(s, ts) < 0)
		return -1;
	/* the one form date_parse_timestamp writes */
	if (sscanf(ts, "%4d-%2d-%2d", &y, &mo, &d) != 3 ||
	    (ts[10] == 'T' && sscanf(ts + 11, "%2d:%2d:%2d", &h, &mi, &sec) != 3))
		return -1;
	*out = date_days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
	return 0;
}
