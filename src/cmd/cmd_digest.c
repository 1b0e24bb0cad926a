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
	char from[DATE_TIMESTAMP_MAX], now_s[DATE_TIMESTAMP_MAX], actor_buf[32];
	time_t now = time(NULL);

	argc = parse_options(argc, argv, options, digest_usage);
	if (argc != 0)
		usage_error(digest_usage, "unexpected argument '%s'", argv[0]);
	cmd_date(digest_usage, "--since", since, from);
	if (actor && !(actor = cmd_actor(ctx, actor, actor_buf, sizeof(actor_buf))))
		return EXIT_USAGE;
	if (!strcmp(format, "md"))
		o.format = DIGEST_MD;
	else if (!strcmp(format, "html"))
		o.format = DIGEST_HTML;
	else if (!strcmp(format, "json"))
		o.format = DIGEST_JSON;
	else if (!strcmp(format, "atom"))
		o.format = DIGEST_ATOM;
	else
		usage_error(digest_usage, "--format takes md, html, json or atom, not '%s'",
			    format);
	date_format_utc((int64_t)now, now_s);
	o.since = from;
	o.now = now_s;
	o.actor = actor;
	st = cmd_open_existing(ctx);
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
