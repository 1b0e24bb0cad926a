/*
 * brief extract: the clean article of HTML pages (files, URLs or stdin),
 * as text, markdown, sanitized HTML, JSON or JSON lines. See docs/extract.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "extract/extract.h"
#include "source/fetch.h"
#include "util/buf.h"
#include "util/escape.h"
#include "util/file.h"
#include "util/url.h"

#include "util/banned.h"

static const char *const extract_usage[] = {
	"brief extract [--format text|markdown|json|jsonl|html] [--url URL] "
	"[--content-type CT] [--max-size BYTES] [--allow-private] [--timeout SECONDS] "
	"FILE|URL|- ...",
	NULL,
};

enum format { F_TEXT, F_MARKDOWN, F_JSON, F_JSONL, F_HTML };

static int parse_format(const char *s, enum format *f)
{
	static const struct {
		const char *name;
		enum format f;
	} names[] = {
		{ "text", F_TEXT }, { "markdown", F_MARKDOWN }, { "md", F_MARKDOWN },
		{ "json", F_JSON }, { "jsonl", F_JSONL },       { "html", F_HTML },
	};
	size_t i;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (!strcmp(s, names[i].name)) {
			*f = names[i].f;
			return 0;
		}
	}
	return -1;
}

static int is_url(const char *s)
{
	/* "HTTP://..." too, as add, fetch and ingest take it */
	return !strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8);
}

/* What one fetch gave: the body into `page`, or the error. */
struct got {
	struct buf *page;
	char *ct, *final;
	struct error err;
};

static char *dup_or_null(const char *s)
{
	char *d = s ? strdup(s) : NULL;
	if (s && !d)
		die_nomem();
	return d;
}

static void on_fetched(const struct fetch_response *res, void *data)
{
	struct got *g = data;

	if (res->err.code) {
		g->err = res->err;
		return;
	}
	if (res->not_modified || buf_add(g->page, res->body, res->len) < 0) {
		error_set(&g->err, ERR_LIMIT, "response larger than %zu bytes", g->page->cap);
		return;
	}
	g->ct = dup_or_null(res->content_type);
	g->final = dup_or_null(res->final_url);
}

/*
 * Read one input into `page`; a URL is fetched through the same guarded
 * fetcher as ingest (no private addresses unless allowed, redirects checked
 * again, the body capped, gzip decoded) and may set *ct and *final.
 */
static MUST_CHECK int read_input(const char *in, struct fetcher *f, size_t max, struct buf *page,
				 char **ct, char **final, struct error *err)
{
	struct fetch_request req = { 0 };
	struct got g = { page, NULL, NULL, { 0 } };

	*ct = *final = NULL;
	if (!is_url(in)) {
		int r = file_read_all(in, max, page, err);
		/* a URL mistyped (htp://, http:/x) is no file either: say both */
		const char *why = r < 0 && access(in, F_OK) < 0 ? url_mistyped(in) : NULL;
		if (why)
			return error_set(err, ERR_IO, "%s: no such file, and as a URL: %s", in,
					 why);
		return r;
	}
	req.url = in;
	req.no_robots = 1; /* the user named this very page */
	if (fetcher_add(f, &req, on_fetched, &g, err) < 0 || fetcher_run(f, err) < 0)
		return -1;
	if (g.err.code) {
		*err = g.err;
		return -1;
	}
	*ct = g.ct;
	*final = g.final;
	return 0;
}

/* Under the title in text: "By BYLINE · OUTLET · DATE", with the parts the page gave. */
static void print_meta_line(const struct extract_result *res)
{
	const char *parts[3] = { res->byline, res->site_name, res->date_published };
	int i, n = 0;
	for (i = 0; i < 3; i++) {
		if (!parts[i] || !*parts[i])
			continue;
		printf("%s%s%s", n ? " \xc2\xb7 " : "", i == 0 ? "By " : "", parts[i]);
		n++;
	}
	if (n)
		fputs("\n", stdout);
}

/*
 * `s` past its first block when that block is the title printed as the
 * heading above it (a product's name starts its text): the title once.
 */
static const char *past_title(const char *s, const char *open, const char *title, const char *close)
{
	size_t o = strlen(open), t = strlen(title), c = strlen(close);
	if (!s || !*title || strncmp(s, open, o) || strncmp(s + o, title, t) ||
	    strncmp(s + o + t, close, c))
		return s;
	s += o + t + c;
	/* a block's end: a line's end, or a space between elements */
	if (*s && *s != '\n' && !(c && *s == ' '))
		return s - o - t - c;
	while (*s == '\n' || *s == ' ')
		s++;
	return s;
}

static void print_one(enum format fmt, const struct extract_result *res, const char *input,
		      int first)
{
	char *js;
	switch (fmt) {
	case F_TEXT:
		if (!first)
			fputs("\n", stdout);
		if (res->title)
			printf("%s\n", res->title);
		print_meta_line(res);
		if (res->title || res->byline || res->site_name || res->date_published)
			fputs("\n", stdout);
		printf("%s\n", res->title ? past_title(res->text, "", res->title, "") : res->text);
		break;
	case F_MARKDOWN:
		if (!first)
			fputs("\n---\n\n", stdout);
		if (res->title)
			printf("# %s\n\n", res->title);
		printf("%s\n", !res->markdown ? ""
			       : res->title   ? past_title(res->markdown, "# ", res->title, "")
					      : res->markdown);
		break;
	case F_HTML:
		fputs("<article>\n", stdout);
		if (res->title) {
			/* titles are plain text: escape them like the sanitizer does */
			struct buf t = BUF_INIT;
			if (xml_escape(&t, res->title, strlen(res->title)) < 0)
				die_nomem();
			printf("<h1>%s</h1>\n", t.data);
			printf("%s\n</article>\n",
			       res->html ? past_title(res->html, "<h1>", t.data, "</h1>") : "");
			buf_release(&t);
			break;
		}
		printf("%s\n</article>\n", res->html ? res->html : "");
		break;
	case F_JSON:
	case F_JSONL:
		js = extract_result_json(res, input, fmt == F_JSON ? EXTRACT_JSON_PRETTY : 0);
		if (!js)
			die_nomem();
		if (fmt == F_JSON && !first)
			fputs(",\n", stdout);
		printf("%s%s", js, fmt == F_JSONL ? "\n" : "");
		free(js);
		break;
	}
}

int cmd_extract(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *format = "text", *url = NULL, *content_type = NULL;
	size_t max_size = EXTRACT_DEFAULT_MAX_INPUT;
	int allow_private = 0;
	long timeout = 30;
	const struct option options[] = {
		OPT_STRING('f', "format", &format, "FORMAT",
			   "text (default), markdown, json, jsonl or html"),
		OPT_STRING(0, "url", &url, "URL", "the page's URL, for links and metadata"),
		OPT_STRING(
			0, "content-type", &content_type, "CT",
			"HTTP Content-Type of the input, e.g. 'text/html; charset=windows-1252'"),
		OPT_SIZE(0, "max-size", &max_size, "BYTES",
			 "refuse inputs larger than this (default 16 MiB)"),
		OPT_BOOL(0, "allow-private", &allow_private,
			 "let URLs reach loopback, private and link-local addresses"),
		OPT_INT(0, "timeout", &timeout, "SECONDS",
			"longest transfer of a URL (default 30)"),
		OPT_END(),
	};
	struct fetch_options fo = { 0 };
	struct fetcher *fetcher = NULL;
	struct error ferr = { 0 };
	enum format fmt = F_TEXT;
	int i, failed = 0, printed = 0;

	(void)ctx;
	argc = parse_options(argc, argv, options, extract_usage);
	if (argc < 1)
		usage_error(extract_usage,
			    "what to extract is missing: a file, a URL or - (standard "
			    "input)");
	if (parse_format(format, &fmt) < 0)
		usage_error(extract_usage,
			    "--format is text, markdown, json, jsonl or html, not '%s'", format);
	if (!max_size) {
		fprintf(stderr, "brief: extract: --max-size must be more than 0\n");
		return EXIT_USAGE;
	}
	if (timeout <= 0 || timeout > 3600) {
		fprintf(stderr, "brief: extract: --timeout must be from 1 to 3600 seconds\n");
		return EXIT_USAGE;
	}
	for (i = 0; i < argc; i++) {
		if (is_url(argv[i]) && !fetcher) {
			fo.allow_private = allow_private;
			fo.max_body = max_size;
			fo.timeout_s = timeout;
			fo.connect_timeout_s = timeout < 10 ? timeout : 10;
			fo.max_retries = -1; /* one try: the user is waiting for an answer */
			fo.host_delay_s = -1;
			if (fetcher_new(&fetcher, &fo, &ferr) < 0)
				return report("extract", &ferr);
		}
	}
	if (fmt == F_JSON && argc > 1)
		fputs("[\n", stdout);

	for (i = 0; i < argc; i++) {
		struct buf page;
		struct extract_options opt = { 0 };
		struct extract_result res;
		struct error err = { 0 };
		char *ct = NULL, *final = NULL;

		buf_init(&page, max_size);
		if (read_input(argv[i], fetcher, max_size, &page, &ct, &final, &err) < 0) {
			report(argv[i], &err);
			failed++;
			buf_release(&page);
			continue;
		}
		opt.url = url ? url : final;
		opt.content_type = content_type ? content_type : ct;
		opt.max_input = max_size;
		opt.want_markdown = fmt == F_MARKDOWN;
		opt.want_html = fmt == F_HTML;
		if (extract_html(page.data, page.len, &opt, &res, &err) < 0) {
			report(argv[i], &err);
			failed++;
		} else {
			if (res.truncated)
				fprintf(stderr,
					"brief: %s: over %d nodes: read up to there, the rest left "
					"out\n",
					argv[i], EXTRACT_DEFAULT_MAX_NODES);
			print_one(fmt, &res, argv[i], !printed);
			printed++;
			extract_result_release(&res);
		}
		free(ct);
		free(final);
		buf_release(&page);
	}
	fetcher_free(fetcher);
	if (fmt == F_JSON && argc > 1)
		fputs("\n]", stdout);
	if (fmt == F_JSON && (printed || argc > 1))
		fputs("\n", stdout);
	if (fflush(stdout) != 0) {
		fprintf(stderr, "brief: extract: cannot write output\n");
		return EXIT_FAIL;
	}
	return failed ? EXIT_FAIL : EXIT_OK;
}
