/*
 * dates.c: date expressions (see dates.h). Day arithmetic uses the civil
 * calendar days-from-epoch formulas of util/date.h, so it needs no time
 * zone and no libc time functions.
 */
#include "analyse/dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/date.h"

#include "util/banned.h"

static void set_day(struct date_val *v, int64_t days, int prec)
{
	memset(v, 0, sizeof(*v));
	date_civil_from_days(days, &v->y, &v->m, &v->d);
	v->prec = prec;
}

static int64_t ref_days(const struct date_val *r)
{
	return date_days_from_civil(r->y, r->m ? r->m : 1, r->d ? r->d : 1);
}

static int digits(const char *s, size_t n, int *out)
{
	int v = 0;
	size_t i;
	if (!n || n > 8)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

int date_parse(const char *s, struct date_val *out)
{
	size_t n;
	int y, m = 0, d = 0;
	memset(out, 0, sizeof(*out));
	if (!s)
		return -1;
	while (*s == ' ')
		s++;
	n = strlen(s);
	if (n >= 8 && digits(s, 8, &y) && (n == 8 || s[8] == 'T' || s[8] == ' ')) {
		d = y % 100;
		m = y / 100 % 100;
		y /= 10000;
	} else {
		if (n < 4 || !digits(s, 4, &y))
			return -1;
		if (n >= 7 && s[4] == '-' && digits(s + 5, 2, &m)) {
			if (n >= 10 && s[7] == '-' && !digits(s + 8, 2, &d))
				return -1;
		}
	}
	if (y < 1 || y > 9999 || m < 0 || m > 12 || d < 0 || d > 31 || (d && !m))
		return -1;
	if (d && d > date_days_in_month(y, m))
		return -1;
	out->y = y;
	out->m = m;
	out->d = d;
	out->prec = d ? DP_DAY : m ? DP_MONTH : DP_YEAR;
	return 0;
}

void date_format(const struct date_val *v, char *out, size_t outsz)
{
	if (!v->y || v->prec == DP_NONE)
		snprintf(out, outsz, "%s", "");
	else if (v->prec == DP_YEAR)
		snprintf(out, outsz, "%04d", v->y);
	else if (v->prec == DP_DECADE)
		snprintf(out, outsz, "%04ds", v->y / 10 * 10);
	else if (v->prec == DP_MONTH)
		snprintf(out, outsz, "%04d-%02d", v->y, v->m);
	else
		snprintf(out, outsz, "%04d-%02d-%02d", v->y, v->m, v->d);
}

int32_t date_key(const struct date_val *v)
{
	if (!v->y)
		return 0;
	return v->y * 10000 + (v->m ? v->m : 1) * 100 + (v->d ? v->d : 1);
}

const char *date_prec_name(int prec)
{
	switch (prec) {
	case DP_YEAR: return "year";
	case DP_MONTH: return "month";
	case DP_WEEK: return "week";
	case DP_DAY: return "day";
	case DP_DECADE: return "decade";
	}
	return "";
}

/* ---- words ---- */

static inline int tok_is(const struct token *t, const char *w)
{
	/* the first byte, then the length (nlen is the norm's strlen): no call */
	return t->norm[0] == w[0] && t->nlen == strlen(w) && !memcmp(t->norm, w, strlen(w));
}

/* Month 1-12 of the token, 0 if none. "May" and "March" count only when
 * capitalised: "may" and "march" are verbs and a march a noun. */
static int month_of(const struct token *t)
{
	int i;
	char w[16];
	size_t n = t->nlen;
	if (t->kind != TOK_WORD || n >= sizeof(w) || n < 3)
		return 0;
	switch (t->norm[0]) {
	case 'j':
	case 'f':
	case 'm':
	case 'a':
	case 's':
	case 'o':
	case 'n':
	case 'd': break;
	default: return 0; /* no month starts so */
	}
	memcpy(w, t->norm, n + 1);
	if (w[n - 1] == '.')
		w[--n] = 0;
	for (i = 0; i < 12; i++) {
		if (w[0] != date_month_names[i][0])
			continue; /* each test below asks for the same first letter */
		if (!strcmp(w, date_month_names[i]) ||
		    (n == 3 && !strncmp(w, date_month_names[i], 3) &&
		     t->norm[t->nlen - 1] == '.') ||
		    (i == 8 && !strcmp(w, "sept") && t->norm[t->nlen - 1] == '.')) {
			if ((i == 4 || i == 2) && !(t->flags & TOKF_CAP))
				return 0;
			return i + 1;
		}
	}
	return 0;
}

/* "mid-February": the month of a hyphened "mid-" (the middle of it is no day) */
static int mid_month(const struct token *t)
{
	struct token u;
	if (t->kind != TOK_WORD || t->nlen < 7 || memcmp(t->norm, "mid-", 4) != 0)
		return 0;
	u = *t;
	u.norm = t->norm + 4;
	u.nlen = (uint16_t)(t->nlen - 4);
	u.flags |= TOKF_CAP; /* "mid-may" is no verb */
	return month_of(&u);
}

static int weekday_of(const struct token *t)
{
	int i;
	for (i = 0; i < 7; i++)
		if (t->norm[0] == date_weekday_names[i][0] &&
		    !strcmp(t->norm, date_weekday_names[i]))
			return i + 1; /* 1 = Monday */
	return 0;
}

static int number_of(const struct token *t, int *v)
{
	static const char *const words[] = {
		"one",   "two",   "three", "four", "five",   "six",
		"seven", "eight", "nine",  "ten",  "eleven", "twelve"
	};
	int i;
	if (t->kind == TOK_NUM && digits(t->norm, t->nlen, v))
		return 1;
	if (tok_is(t, "a") || tok_is(t, "an")) {
		*v = 1;
		return 1;
	}
	for (i = 0; i < 12; i++)
		if (tok_is(t, words[i])) {
			*v = i + 1;
			return 1;
		}
	return 0;
}

static int day_of(const struct token *t, int *v)
{
	/* "15", "15th", "1st" */
	size_t n = t->nlen, k = 0;
	int d = 0;
	while (k < n && t->norm[k] >= '0' && t->norm[k] <= '9' && k < 2)
		d = d * 10 + (t->norm[k++] - '0');
	if (!k)
		return 0;
	if (k < n && strcmp(t->norm + k, "st") && strcmp(t->norm + k, "nd") &&
	    strcmp(t->norm + k, "rd") && strcmp(t->norm + k, "th"))
		return 0;
	if (d < 1 || d > 31)
		return 0;
	*v = d;
	return 1;
}

/* "Feb 27", "Sept 3": a capitalised abbreviation without its period, before a day */
static int bare_abbrev_month(const struct token *toks, size_t n, size_t i)
{
	const struct token *t = &toks[i];
	int i2, d;
	if (t->kind != TOK_WORD || !(t->flags & TOKF_CAP) || (t->nlen != 3 && t->nlen != 4) ||
	    i + 1 >= n || toks[i + 1].kind != TOK_NUM || !day_of(&toks[i + 1], &d))
		return 0;
	if (t->nlen == 4 && strcmp(t->norm, "sept"))
		return 0;
	for (i2 = 0; i2 < 12; i2++)
		if (!strncmp(t->norm, date_month_names[i2], 3))
			return i2 + 1;
	return 0;
}

static int year_of(const struct token *t, int *y)
{
	if (t->kind != TOK_NUM || t->nlen != 4 || !digits(t->norm, 4, y))
		return 0;
	return *y >= 1800 && *y <= 2200;
}

static const char *const year_before[] = {
	"in",      "since",  "from",  "of",      "by",   "until", "till",   "during",
	"before",  "after",  "the",   "early",   "late", "mid",   "and",    "to",
	"between", "around", "circa", ",",       "(",    "year",  "summer", "winter",
	"spring",  "autumn", "fall",  "through", "-",    "'s",    "on",
};

/* prepositions that make "the 2016 accord" a time: "since the 2016 accord" */
static const char *const year_time_prep[] = { "in",     "during", "since",      "after",
					      "before", "until",  "throughout", "through" };

/* instruments named by the year they were made: "the 1973 treaty" */
static const char *const year_instruments[] = {
	"treaty",    "treaties", "agreement",  "agreements", "accord",      "accords",
	"deal",      "pact",     "law",        "laws",       "act",         "constitution",
	"charter",   "protocol", "convention", "resolution", "declaration", "memorandum",
	"framework", "roadmap",  "budget",     "decree",     "ruling",      "verdict"
};

/*
 * "the 1973 treaty", "the 2021 agreement": a year between "the" and the
 * instrument it names dates the instrument, not the clause's event ("urged
 * the Taliban to honour the 2021 agreement" is no event of 2021), unless a
 * preposition of time governs it ("since the 2016 accord"). A year before
 * an event noun ("the 2017 cyberattack") still dates that event.
 */
static int is_instrument(const struct token *t)
{
	size_t k;
	for (k = 0; k < sizeof(year_instruments) / sizeof(year_instruments[0]); k++)
		if (tok_is(t, year_instruments[k]))
			return 1;
	return 0;
}

static int year_names_thing(const struct token *toks, size_t n, size_t i)
{
	size_t k, j = i + 1;
	if (i == 0 || !tok_is(&toks[i - 1], "the") || j >= n || toks[j].kind != TOK_WORD)
		return 0;
	/* "the 1960 Indus Waters Treaty": an instrument's name, its last word the kind */
	while (j + 1 < n && j < i + 5 && (toks[j].flags & TOKF_CAP) && toks[j].kind == TOK_WORD &&
	       !is_instrument(&toks[j]))
		j++;
	if (!is_instrument(&toks[j]) ||
	    (j == i + 1 ? (toks[j].flags & TOKF_CAP) != 0 : !(toks[j].flags & TOKF_CAP)))
		return 0;
	if (i >= 2)
		for (k = 0; k < sizeof(year_time_prep) / sizeof(year_time_prep[0]); k++)
			if (tok_is(&toks[i - 2], year_time_prep[k]))
				return 0;
	return 1;
}

static int year_context(const struct token *toks, size_t n, size_t i)
{
	size_t k;
	if (year_names_thing(toks, n, i))
		return 0;
	if (i > 0) {
		for (k = 0; k < sizeof(year_before) / sizeof(year_before[0]); k++)
			if (tok_is(&toks[i - 1], year_before[k]))
				return 1;
		if (month_of(&toks[i - 1]))
			return 1;
	}
	if (i + 1 < n && toks[i + 1].kind == TOK_WORD && !(toks[i + 1].flags & TOKF_CAP))
		return 0; /* "2000 troops" */
	return i + 1 >= n || toks[i + 1].kind == TOK_PUNCT || i == 0;
}

/* "1979-89", "1998-2001", "2023-05-27" in one token */
static int hyphen_token(const struct token *t, struct date_val *v)
{
	const char *s = t->norm;
	int a, b;
	size_t n = t->nlen;
	if (t->kind != TOK_NUM)
		return 0;
	if (n == 10 && s[4] == '-' && s[7] == '-') {
		if (date_parse(s, v) == 0)
			return 1;
		return 0;
	}
	if (n >= 7 && n <= 9 && s[4] == '-' && digits(s, 4, &a) && a >= 1800 && a <= 2200) {
		size_t bl = n - 5;
		if (!digits(s + 5, bl, &b))
			return 0;
		if (bl == 2)
			b += a / 100 * 100 + (b < a % 100 ? 100 : 0);
		else if (bl != 4)
			return 0;
		if (b <= a || b - a > 100)
			return 0;
		memset(v, 0, sizeof(*v));
		v->y = a;
		v->y2 = b;
		v->prec = DP_YEAR;
		return 1;
	}
	return 0;
}

static void month_back(int *y, int *m, int k)
{
	int t = *y * 12 + (*m - 1) - k;
	*y = t / 12;
	*m = t % 12 + 1;
}

size_t dates_find(const struct token *toks, size_t n, const struct date_val *ref,
		  struct date_mention *out, size_t max)
{
	size_t i, k = 0;
	int64_t rd = ref && ref->y ? ref_days(ref) : 0;
	int ry = ref && ref->y ? ref->y : 0, rm = ref && ref->m ? ref->m : 1;
	for (i = 0; i < n && k < max; i++) {
		const struct token *t = &toks[i];
		struct date_mention dm;
		int mo, wd, y, d, v;
		memset(&dm, 0, sizeof(dm));
		dm.first = (uint32_t)i;
		dm.end = (uint32_t)i + 1;
		if (t->kind == TOK_PUNCT)
			continue;
		if (hyphen_token(t, &dm.v)) {
			dm.absolute = 1;
		} else if ((mo = month_of(t)) != 0 || (mo = mid_month(t)) != 0 ||
			   (mo = bare_abbrev_month(toks, n, i)) != 0) {
			/* Month [day][,] [year] */
			size_t j = i + 1;
			int have_day = 0, have_year = 0;
			if (j < n && day_of(&toks[j], &d)) {
				have_day = 1;
				j++;
				if (j < n && tok_is(&toks[j], ","))
					j++;
			}
			if (j < n && year_of(&toks[j], &y)) {
				have_year = 1;
				j++;
			} else if (have_day && toks[j - 1].norm[0] == ',') {
				j--;
			}
			/* day Month */
			if (!have_day && i > 0 && day_of(&toks[i - 1], &d) &&
			    toks[i - 1].kind == TOK_NUM) {
				have_day = 1;
				dm.first = (uint32_t)i - 1;
			}
			if (!have_day && !have_year && mo == 5 && !mid_month(t) &&
			    !(i > 0 &&
			      (tok_is(&toks[i - 1], "in") || tok_is(&toks[i - 1], "since") ||
			       tok_is(&toks[i - 1], "of") || tok_is(&toks[i - 1], "last") ||
			       tok_is(&toks[i - 1], "early") || tok_is(&toks[i - 1], "late"))))
				continue; /* "May" as a verb */
			if (!have_year) {
				if (!ry)
					continue;
				y = mo <= rm ? ry : ry - 1;
				dm.yearless = 1;
				/* "in August last year", "in March next year" */
				if (j + 1 < n && tok_is(&toks[j], "last") &&
				    tok_is(&toks[j + 1], "year")) {
					y = ry - 1;
					j += 2;
					dm.yearless = 0;
				} else if (j + 1 < n && tok_is(&toks[j], "next") &&
					   tok_is(&toks[j + 1], "year")) {
					y = ry + 1;
					j += 2;
				} else if (j + 1 < n && tok_is(&toks[j], "this") &&
					   tok_is(&toks[j + 1], "year")) {
					y = ry;
					j += 2;
				} else if (i > 0 && tok_is(&toks[i - 1], "next")) {
					y = mo > rm ? ry : ry + 1;
				} else {
					/* no direction: forward for a deed to come, and a day
					 * after the reference back a year for one done */
					int rdd = ref && ref->d ? ref->d : 1;
					dm.has_fwd = 1;
					dm.fwd.y = mo > rm || (mo == rm && (!have_day || d >= rdd))
							   ? ry
							   : ry + 1;
					dm.fwd.m = mo;
					if (mo == rm && have_day && d > rdd) {
						dm.has_back = 1;
						dm.back.y = ry - 1;
						dm.back.m = mo;
					}
				}
			} else {
				dm.absolute = 1;
			}
			dm.end = (uint32_t)j;
			dm.v.y = y;
			dm.v.m = mo;
			if (have_day && d <= date_days_in_month(y, mo)) {
				dm.v.d = d;
				dm.v.prec = DP_DAY;
			} else {
				dm.v.prec = DP_MONTH;
			}
			dm.fwd.prec = dm.back.prec = dm.v.prec;
			if (dm.v.prec == DP_DAY) {
				dm.fwd.d = dm.back.d = d;
				/* February 29 of a year without one */
				if (dm.has_fwd && d > date_days_in_month(dm.fwd.y, mo))
					dm.has_fwd = 0;
				if (dm.has_back && d > date_days_in_month(dm.back.y, mo))
					dm.has_back = 0;
			}
			i = j - 1;
		} else if ((wd = weekday_of(t)) != 0) {
			int64_t back;
			int refwd;
			if (!rd)
				continue;
			refwd = (int)(((rd % 7) + 7 + 3) % 7) + 1; /* 1970-01-01 was a Thursday */
			back = (refwd - wd + 7) % 7;
			if (i > 0 && tok_is(&toks[i - 1], "next")) {
				back = back ? back - 7 : -7;
				dm.first = (uint32_t)i - 1;
			} else if (i > 0 && tok_is(&toks[i - 1], "last")) {
				if (!back)
					back = 7;
				dm.first = (uint32_t)i - 1;
			} else {
				/* "will visit on Friday": the first Friday not before the article */
				dm.has_fwd = 1;
				set_day(&dm.fwd, rd + (7 - back) % 7, DP_DAY);
			}
			set_day(&dm.v, rd - back, DP_DAY);
		} else if (rd && (tok_is(t, "today") || tok_is(t, "tonight"))) {
			set_day(&dm.v, rd, DP_DAY);
		} else if (rd && tok_is(t, "yesterday")) {
			set_day(&dm.v, rd - 1, DP_DAY);
		} else if (rd && tok_is(t, "tomorrow")) {
			set_day(&dm.v, rd + 1, DP_DAY);
		} else if (rd && i + 1 < n &&
			   (tok_is(t, "last") || tok_is(t, "past") || tok_is(t, "previous") ||
			    tok_is(t, "this") || tok_is(t, "next") || tok_is(t, "coming")) &&
			   (tok_is(&toks[i + 1], "week") || tok_is(&toks[i + 1], "month") ||
			    tok_is(&toks[i + 1], "year") || tok_is(&toks[i + 1], "weekend"))) {
			int dir = (tok_is(t, "this")                            ? 0
				   : (tok_is(t, "next") || tok_is(t, "coming")) ? 1
										: -1);
			const struct token *u = &toks[i + 1];
			if (i > 0 &&
			    (tok_is(&toks[i - 1], "earlier") || tok_is(&toks[i - 1], "later")))
				dm.first = (uint32_t)i - 1;
			if (tok_is(u, "week") || tok_is(u, "weekend")) {
				set_day(&dm.v, rd + 7 * dir, DP_WEEK);
			} else if (tok_is(u, "month")) {
				memset(&dm.v, 0, sizeof(dm.v));
				dm.v.y = ry;
				dm.v.m = rm;
				month_back(&dm.v.y, &dm.v.m, -dir);
				dm.v.prec = DP_MONTH;
			} else {
				memset(&dm.v, 0, sizeof(dm.v));
				dm.v.y = ry + dir;
				dm.v.prec = DP_YEAR;
			}
			dm.end = (uint32_t)i + 2;
			i++;
		} else if (rd && number_of(t, &v) && i + 2 < n && tok_is(&toks[i + 2], "ago")) {
			const struct token *u = &toks[i + 1];
			if (!strncmp(u->norm, "day", 3)) {
				set_day(&dm.v, rd - v, DP_DAY);
			} else if (!strncmp(u->norm, "week", 4)) {
				set_day(&dm.v, rd - 7 * v, DP_WEEK);
			} else if (!strncmp(u->norm, "month", 5)) {
				memset(&dm.v, 0, sizeof(dm.v));
				dm.v.y = ry;
				dm.v.m = rm;
				month_back(&dm.v.y, &dm.v.m, v);
				dm.v.prec = DP_MONTH;
			} else if (!strncmp(u->norm, "year", 4) || !strncmp(u->norm, "decade", 6)) {
				memset(&dm.v, 0, sizeof(dm.v));
				dm.v.y = ry - v * (u->norm[0] == 'd' ? 10 : 1);
				dm.v.prec = DP_YEAR;
			} else {
				continue;
			}
			dm.end = (uint32_t)i + 3;
			i += 2;
		} else if (t->kind == TOK_WORD && t->nlen == 9 && !memcmp(t->norm, "mid-", 4) &&
			   t->norm[8] == 's' && digits(t->norm + 4, 4, &y) && y % 10 == 0 &&
			   y >= 1800 && y <= 2200) {
			/* "the mid-1990s" as one word */
			memset(&dm.v, 0, sizeof(dm.v));
			dm.v.y = y + 3;
			dm.v.y2 = y + 6;
			dm.v.prec = DP_DECADE;
			dm.absolute = 1;
		} else if (t->kind == TOK_NUM && t->nlen == 5 && t->norm[4] == 's' &&
			   digits(t->norm, 4, &y) && y % 10 == 0 && y >= 1800 && y <= 2200) {
			memset(&dm.v, 0, sizeof(dm.v));
			dm.v.y = y;
			dm.v.y2 = y + 9;
			dm.v.prec = DP_DECADE;
			dm.absolute = 1;
			/* "the early/mid/late 1990s": a part of the decade, still no one year */
			if (i > 0 &&
			    (tok_is(&toks[i - 1], "early") || tok_is(&toks[i - 1], "mid") ||
			     tok_is(&toks[i - 1], "late"))) {
				if (tok_is(&toks[i - 1], "early"))
					dm.v.y2 = y + 3;
				else if (tok_is(&toks[i - 1], "mid")) {
					dm.v.y = y + 3;
					dm.v.y2 = y + 6;
				} else
					dm.v.y = y + 7;
				dm.first = (uint32_t)i - 1;
			}
		} else if (year_of(t, &y) && year_context(toks, n, i)) {
			memset(&dm.v, 0, sizeof(dm.v));
			dm.v.y = y;
			dm.v.prec = DP_YEAR;
			dm.absolute = 1;
			/* "between 1996 and 2001", "from 1996 to 2001" */
			if (i > 0 && i + 2 < n &&
			    ((tok_is(&toks[i - 1], "between") && tok_is(&toks[i + 1], "and")) ||
			     (tok_is(&toks[i - 1], "from") &&
			      (tok_is(&toks[i + 1], "to") || tok_is(&toks[i + 1], "until")))) &&
			    year_of(&toks[i + 2], &v) && v > y) {
				dm.v.y2 = v;
				dm.end = (uint32_t)i + 3;
				i += 2;
			}
		} else {
			continue;
		}
		if (!dm.v.y)
			continue;
		out[k++] = dm;
	}
	return k;
}
