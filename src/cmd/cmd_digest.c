/*
 * brief digest: the briefing of a period, for reading or mailing.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "store/store.h"
#include "web/web.h"

#include "util/banned.h"

static const char *const digest_usage[] = {
	"brief digest [--since 24h|7d|2w|DATE] [--actor A] [--format md|html|json|atom]",
	NULL,
};

/* "24h", "7d", "2w" before now, or a date as given; 0, or -1 when it is neither. */
static int since_value(const char *s, time_t now, char *out, size_t n)
{
	char *end;
	long v;
	struct tm tm;
	time_t t;

	if (isdigit((unsigned char)s[0]) && strlen(s) >= 4 && (s[4] == 0 || s[4] == '-')) {
		size_t i;
		for (i = 0; s[i]; i++)
			if (!isdigit((unsigned char)s[i]) && !strchr("-:TZ+", s[i]))
				return -1;
		snprintf(out, n, "%s", s);
		return 0;
	}
	v = strtol(s, &end, 10);
	if (v <= 0 || v > 100000 || end == s || end[1])
		return -1;
	switch (*end) {
	case 'h': t = now - v * 3600; break;
	case 'd': t = now - v * 86400; break;
	case 'w': t = now - v * 7 * 86400; break;
	default: return -1;
	}
	gmtime_r(&t, &tm);
	strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return 0;
}

int cmd_digest(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *since = "24h", *actor = NULL, *format = "md";
	const struct option options[] = {
		OPT_STRING(0, "since", &since, "PERIOD",
			   "24h, 7d, 2w before now, or a date (default 24h)"),
		OPT_STRING(0, "actor", &actor, "A",
			   "only actor A (a CAMEO code prefix: IRN, AFGREB)"),
		OPT_STRING(0, "format", &format, "FMT", "md (default), html, json or atom"),
		OPT_END(),
	};
	struct web_digest_options o = { 0 };
	struct error err = { 0 };
	struct buf out = BUF_INIT;
	struct store *st;
	char from[40], now_s[40];
	time_t now = time(NULL);
	struct tm tm;

	argc = parse_options(argc, argv, options, digest_usage);
	if (argc != 0)
		usage_with_options(digest_usage, options);
	if (since_value(since, now, from, sizeof(from)) < 0)
		die("digest: --since takes 24h, 7d, 2w or a date (YYYY[-MM[-DD]]), not '%s'",
		    since);
	if (!strcmp(format, "md"))
		o.format = DIGEST_MD;
	else if (!strcmp(format, "html"))
		o.format = DIGEST_HTML;
	else if (!strcmp(format, "json"))
		o.format = DIGEST_JSON;
	else if (!strcmp(format, "atom"))
		o.format = DIGEST_ATOM;
	else
		die("digest: --format takes md, html, json or atom, not '%s'", format);
	gmtime_r(&now, &tm);
	strftime(now_s, sizeof(now_s), "%Y-%m-%dT%H:%M:%SZ", &tm);
	o.since = from;
	o.now = now_s;
	o.actor = actor;
	st = cmd_open_store(ctx);
	if (web_digest(st, &o, &out, &err) < 0) {
		buf_release(&out);
		store_close(st);
		return report("digest", &err);
	}
	fwrite(out.data ? out.data : "", 1, out.len, stdout);
	buf_release(&out);
	store_close(st);
	return EXIT_OK;
}
