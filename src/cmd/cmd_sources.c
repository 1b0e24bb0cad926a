/*
 * brief sources: the followed sources, with their last fetch, counts and
 * next poll; --log S shows one source's fetch log.
 */
#include <stdio.h>
#include <time.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "store/store.h"

#include "util/banned.h"

static const char *const sources_usage[] = {
	"brief sources [--log SOURCE [-n N]]",
	NULL,
};

static void when(int64_t t, int64_t now, char *out, size_t len)
{
	int64_t d = t - now;
	if (t == 0 || d <= 0)
		snprintf(out, len, "due");
	else if (d < 3600)
		snprintf(out, len, "in %lldm", (long long)(d + 59) / 60);
	else
		snprintf(out, len, "in %.1fh", (double)d / 3600);
}

static int show_log(struct store *st, const char *key, long n)
{
	struct subscription s;
	struct fetch_log_list l;
	struct error err = { 0 };
	size_t i;
	if (store_subscription_get(st, key, &s, &err) < 0 ||
	    store_fetch_log_list(st, s.id, n > 0 ? (size_t)n : 20, &l, &err) < 0)
		return report("sources", &err);
	for (i = 0; i < l.n; i++) {
		const struct fetch_log_row *e = &l.items[i];
		printf("%s\t%ld\t%lld bytes\t%lld ms\t%lld new\t%s\n", e->at, e->status,
		       (long long)e->bytes, (long long)e->duration_ms, (long long)e->new_items,
		       e->error ? e->error : "ok");
	}
	if (!l.n)
		fprintf(stderr,
			"brief: source %lld has no fetch logged yet (brief fetch fetches it "
			"when it is due)\n",
			(long long)s.id);
	fetch_log_list_release(&l);
	subscription_release(&s);
	return EXIT_OK;
}

int cmd_sources(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *log = NULL;
	long n = 20;
	const struct option options[] = {
		OPT_STRING(0, "log", &log, "SOURCE", "show this source's fetch log"),
		OPT_INT('n', NULL, &n, "N", "log entries to show (default 20)"),
		OPT_END(),
	};
	struct subscription_list l;
	struct store *st;
	struct error err = { 0 };
	int64_t now = (int64_t)time(NULL);
	size_t i;
	int rc = EXIT_OK;

	argc = parse_options(argc, argv, options, sources_usage);
	usage_args(sources_usage, argc, argv, 0, 0, NULL);
	st = cmd_open_existing(ctx);
	if (log) {
		rc = show_log(st, log, n);
		store_close(st);
		return rc;
	}
	if (store_subscription_list(st, 0, now, &l, &err) < 0) {
		store_close(st);
		return report("sources", &err);
	}
	/* id, kind, name, url, status, entries/articles, next poll, interval, error */
	for (i = 0; i < l.n; i++) {
		const struct subscription *s = &l.items[i];
		char next[32], status[48];
		when(s->next_poll, now, next, sizeof(next));
		if (!s->last_fetch)
			snprintf(status, sizeof(status), "never fetched");
		else if (s->last_error)
			snprintf(status, sizeof(status), "failed (%lld in a row)",
				 (long long)s->failures);
		else
			snprintf(status, sizeof(status), "%ld", s->last_status);
		printf("%lld\t%s\t%s\t%s\t%s\t%lld %s, %lld %s\tnext %s (every "
		       "%lldm)%s%s\n",
		       (long long)s->id, s->kind,
		       s->name    ? s->name
		       : s->title ? s->title
				  : "-",
		       s->url, status, (long long)s->entries,
		       cmd_noun((uint64_t)s->entries, "entry", "entries"), (long long)s->articles,
		       cmd_noun((uint64_t)s->articles, "article", "articles"), next,
		       (long long)s->interval_s / 60, s->last_error ? "\t" : "",
		       s->last_error ? s->last_error : "");
	}
	if (!l.n)
		fprintf(stderr, "brief: " CMD_NO_SOURCES "\n");
	subscription_list_release(&l);
	store_close(st);
	return rc;
}
