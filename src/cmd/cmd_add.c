/*
 * brief add: follow a feed, a page, a site (its feed found through
 * <link rel="alternate">) or a sitemap. The URL is fetched once to tell
 * which it is; the articles come with `brief fetch`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "pipeline/ingest.h"
#include "source/feed.h"
#include "source/fetch.h"
#include "source/opml.h"
#include "source/sitemap.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/log.h"
#include "util/url.h"

#include "util/banned.h"

static const char *const add_usage[] = {
	"brief add [--name N] [--tag T] [--kind feed|page|sitemap] [--no-check] URL",
	"brief add FILE.opml",
	NULL,
};

struct probe {
	struct buf body, final_url, ctype;
	struct error err;
	int done;
};

static void probe_done(const struct fetch_response *res, void *data)
{
	struct probe *p = data;
	p->done = 1;
	p->err = res->err;
	buf_puts(&p->final_url, res->final_url);
	if (res->content_type)
		buf_puts(&p->ctype, res->content_type);
	buf_put(&p->body, res->body, res->len);
}

/* Fetch `url` once; 0 with the body in p, or <0 with p->err. */
static int probe(struct fetcher *f, const char *url, int allow_private, struct probe *p)
{
	struct fetch_request req = { 0 };
	struct error err = { 0 };
	memset(p, 0, sizeof(*p));
	buf_init(&p->body, 0);
	buf_init(&p->final_url, 0);
	buf_init(&p->ctype, 0);
	req.url = url;
	req.allow_private = allow_private;
	if (fetcher_add(f, &req, probe_done, p, &err) < 0 || fetcher_run(f, &err) < 0) {
		p->err = err;
		return -1;
	}
	return p->err.code ? -1 : 0;
}

static void probe_release(struct probe *p)
{
	buf_release(&p->body);
	buf_release(&p->final_url);
	buf_release(&p->ctype);
}

int cmd_add(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *name = NULL, *tag = NULL, *kind = NULL;
	int no_check = 0;
	long interval = 0;
	struct cmd_fetch_flags fl = { 0 };
	const struct option options[] = {
		OPT_STRING(0, "name", &name, "N", "the source's name (default: the feed's title)"),
		OPT_STRING(0, "tag", &tag, "T", "tags, comma-separated"),
		OPT_STRING(0, "kind", &kind, "KIND", "feed, page or sitemap (with --no-check)"),
		OPT_BOOL(0, "no-check", &no_check, "add without fetching the URL first"),
		OPT_INT(0, "interval", &interval, "SECONDS",
			"first polling interval (default 3600)"),
		CMD_FETCH_OPTIONS(&fl),
		OPT_END(),
	};
	struct subscription_in s;
	int64_t id = 0;
	struct store *st;
	struct error err = { 0 };
	struct buf url = BUF_INIT, title = BUF_INIT;
	int existed = 0, rc = EXIT_OK;

	argc = parse_options(argc, argv, options, add_usage);
	usage_args(add_usage, argc, argv, 1, 1, "a URL or an OPML file");
	if (!url_is_http(argv[0])) {
		/* a file: an OPML list of feeds */
		const char *oargv[] = { "opml", "import", argv[0], NULL };
		if (!strstr(argv[0], "://"))
			return cmd_opml(3, oargv, ctx);
		const char *why = url_http_problem(argv[0]);
		die("%s: %s", argv[0],
		    strstr(why, "no host") ? why : "only http and https URLs can be followed");
	}
	if (kind && strcmp(kind, "feed") && strcmp(kind, "page") && strcmp(kind, "sitemap"))
		usage_error(add_usage, "--kind must be feed, page or sitemap");
	/* opened first: a database that cannot be written is said before any fetch */
	st = cmd_open_store(ctx);
	buf_puts(&url, argv[0]);
	if (!no_check) {
		struct fetcher *f = cmd_fetcher_new(&fl, 0, add_usage);
		struct probe p;
		if (probe(f, url.data, fl.allow_private, &p) < 0) {
			rc = report(url.data, &p.err);
			probe_release(&p);
			cmd_fetcher_free(f);
			buf_release(&url);
			return cmd_close_store(st, rc);
		}
		if (opml_sniff(p.body.data, p.body.len)) {
			/* a page source of it would fail every poll */
			fprintf(stderr,
				"brief: %s: an OPML list of feeds, not a feed or page: save it and "
				"run 'brief add FILE.opml' to follow its feeds\n",
				url.data);
			rc = EXIT_FAIL;
		} else if (feed_sniff(p.body.data, p.body.len) != FEED_NONE) {
			struct feed feed;
			kind = "feed";
			if (feed_parse(p.body.data, p.body.len, p.final_url.data, &feed, NULL) ==
			    0) {
				if (feed.title)
					buf_puts(&title, feed.title);
				feed_release(&feed);
			}
		} else if (sitemap_sniff(p.body.data, p.body.len) ||
			   (p.body.len > 2 && (unsigned char)p.body.data[0] == 0x1f)) {
			kind = "sitemap";
		} else {
			struct buf found = BUF_INIT;
			if (feed_discover(p.body.data, p.body.len, p.final_url.data, &found) == 1) {
				log_info("%s names its feed: %s", url.data, found.data);
				buf_reset(&url);
				buf_puts(&url, found.data);
				kind = "feed";
			} else {
				kind = "page";
			}
			buf_release(&found);
		}
		probe_release(&p);
		cmd_fetcher_free(f);
		if (rc != EXIT_OK) {
			buf_release(&url);
			return cmd_close_store(st, rc);
		}
	}
	memset(&s, 0, sizeof(s));
	s.url = url.data;
	s.name = name ? name : title.len ? title.data : NULL;
	s.kind = kind ? kind : "feed";
	s.tags = tag;
	s.allow_private = fl.allow_private;
	s.interval_s = interval;
	if (store_subscription_add(st, &s, &id, &existed, &err) < 0)
		rc = report("add", &err);
	else if (existed)
		printf("source %lld is already followed: %s\n", (long long)id, url.data);
	else
		printf("added source %lld: %s (%s)\n", (long long)id, url.data, s.kind);
	buf_release(&url);
	buf_release(&title);
	return cmd_close_store(st, rc);
}
