/*
 * brief export: stored events in an exchange format (see docs/export.md).
 *
 *   brief export --format gdelt [--actor A] [--since D] [--until D] [--all]
 *
 * GDELT 2.0 event rows, 61 tab-separated columns, one per event.
 */
#include <stdio.h>
#include <string.h>

#include "analyse/coder.h"
#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "store/store.h"
#include "util/buf.h"

#include "util/banned.h"

static const char *const export_usage[] = {
	"brief export --format gdelt [--actor A] [--since DATE] [--until DATE] [--all]",
	NULL,
};

/* "2024-08-08T10:00:00Z" -> "20240808100000" */
static void gdelt_added(const char *iso, char *out, size_t n)
{
	size_t i, o = 0;
	for (i = 0; iso && iso[i] && o + 1 < n && o < 14; i++)
		if (iso[i] >= '0' && iso[i] <= '9')
			out[o++] = iso[i];
	while (o < 14 && o + 1 < n)
		out[o++] = '0';
	out[o] = 0;
}

int cmd_export(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *format = NULL, *actor = NULL, *since = NULL, *until = NULL;
	int all = 0;
	const struct option options[] = {
		OPT_STRING(0, "format", &format, "FMT", "gdelt (GDELT 2.0 events, 61 columns)"),
		OPT_STRING(0, "actor", &actor, "A", "only events with actor A (a code prefix)"),
		OPT_STRING(0, "since", &since, "DATE", "events dated on or after DATE"),
		OPT_STRING(0, "until", &until, "DATE", "events dated on or before DATE"),
		OPT_BOOL(0, "all", &all, "also negated, hypothetical and demanded events"),
		OPT_END(),
	};
	struct event_filter f;
	struct stored_event_list l;
	struct error err = { 0 };
	struct store *st;
	struct buf out = BUF_INIT;
	size_t i;
	char since_buf[DATE_TIMESTAMP_MAX], until_buf[DATE_TIMESTAMP_MAX], actor_buf[32];

	argc = parse_options(argc, argv, options, export_usage);
	if (argc > 0)
		usage_error(export_usage, "unexpected argument '%s'", argv[0]);
	if (!format)
		usage_error(export_usage, "--format is needed: --format gdelt");
	else if (strcmp(format, "gdelt"))
		usage_error(export_usage, "--format is gdelt (the only export format), not '%s'",
			    format);
	if (actor && !(actor = cmd_actor(ctx, actor, actor_buf, sizeof(actor_buf))))
		return EXIT_USAGE;
	since = cmd_date(export_usage, "--since", since, since_buf);
	until = cmd_date(export_usage, "--until", until, until_buf);
	st = cmd_open_existing(ctx);
	memset(&f, 0, sizeof(f));
	f.actor = actor;
	f.since = since;
	f.until = until;
	f.include_unreal = all;
	if (store_events_query(st, &f, &l, &err) < 0) {
		store_close(st);
		return report("export", &err);
	}
	for (i = 0; i < l.n; i++) {
		const struct stored_event *s = &l.items[i];
		struct event e;
		char added[16];
		memset(&e, 0, sizeof(e));
		snprintf(e.source, sizeof(e.source), "%s", s->source);
		snprintf(e.target, sizeof(e.target), "%s", s->target);
		e.source_text = s->source_text;
		e.target_text = s->target_text;
		snprintf(e.code, sizeof(e.code), "%s", s->code);
		snprintf(e.root, sizeof(e.root), "%s", s->root ? s->root : "");
		e.goldstein = s->goldstein;
		e.quad = s->quad;
		if (s->date)
			date_parse(s->date, &e.date);
		gdelt_added(s->added, added, sizeof(added));
		buf_reset(&out);
		if (event_to_gdelt(&out, (long long)s->id, &e, added, s->url) == 0)
			fwrite(out.data, 1, out.len, stdout);
	}
	buf_release(&out);
	if (!l.n)
		cmd_no_events(st, &f);
	stored_event_list_release(&l);
	store_close(st);
	return EXIT_OK;
}
