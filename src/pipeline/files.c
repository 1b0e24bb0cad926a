/*
 * files.c: files and directory trees: each file is told apart by its first
 * bytes (an archive by its name) and handed to its input kind; HTML pages
 * are ingested here.
 */
#include "pipeline/internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "source/feed.h"
#include "source/fetch.h"
#include "source/local.h"
#include "source/sitemap.h"
#include "source/warc.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/file.h"

#include "util/banned.h"

enum ingest_kind ingest_sniff(const char *data, size_t len)
{
	size_t i = 0;
	if (warc_sniff(data, len))
		return IN_WARC;
	if (feed_sniff(data, len) != FEED_NONE)
		return IN_FEED;
	if (sitemap_sniff(data, len))
		return IN_SITEMAP;
	while (i < len && isspace((unsigned char)data[i]))
		i++;
	if (i < len && data[i] == '{')
		return IN_JSONL;
	return IN_HTML;
}

/* What a file holds, from its first (decompressed) bytes. */
static enum ingest_kind sniff_file(const char *path)
{
	char head[4096];
	gzFile gz;
	int n;
	size_t len = strlen(path);
	if (!strcmp(path, "-"))
		return IN_HTML; /* standard input cannot be read twice */
	/* an archive's name is trusted: its first record may be the damaged one */
	if ((len > 5 && !strcasecmp(path + len - 5, ".warc")) ||
	    (len > 8 && !strcasecmp(path + len - 8, ".warc.gz")))
		return IN_WARC;
	gz = gzopen(path, "rb");
	if (!gz)
		return IN_HTML;
	n = gzread(gz, head, sizeof(head));
	gzclose(gz);
	return n > 0 ? ingest_sniff(head, (size_t)n) : IN_HTML;
}

struct walk_state {
	struct store *st;
	const struct ingest_options *opt;
	struct ingest_stats *stats;
	struct ingest_batcher b;
	struct error *err;
	int fatal;
};

static int ingest_one_file(const char *path, void *data)
{
	struct walk_state *ws = data;
	const struct ingest_options *opt = ws->opt;
	enum ingest_kind kind = sniff_file(path);
	struct buf body;
	struct error perr = { 0 };
	int r;

	if (kind == IN_WARC || kind == IN_JSONL) {
		/* streamed: each record counts and commits on its own */
		r = kind == IN_WARC ? ingest_warc(ws->st, path, opt, ws->stats, &perr)
				    : ingest_jsonl(ws->st, path, opt, ws->stats, &perr);
		if (r < 0) {
			ingest_report_error(opt, path, &perr);
			if (perr.code == ERR_DB) {
				*ws->err = perr;
				ws->fatal = 1;
				return r;
			}
			ws->stats->failed++;
		}
		return 0;
	}
	buf_init(&body, ingest_max_input(opt));
	r = file_read_all(path, ingest_max_input(opt), &body, &perr);
	if (r == 0 && kind == IN_FEED) {
		r = ingest_feed_bytes(ws->st, path, NULL, body.data, body.len, 0, opt, ws->stats,
				      NULL, &perr);
		buf_release(&body);
		if (r < 0) {
			ws->stats->seen++;
			ws->stats->failed++;
			ingest_report_error(opt, path, &perr);
			if (perr.code == ERR_DB) {
				*ws->err = perr;
				ws->fatal = 1;
				return r;
			}
		}
		return 0;
	}
	if (r == 0 && kind == IN_SITEMAP) {
		r = ingest_sitemap(ws->st, body.data, body.len, path, 0, opt, ws->stats, &perr);
		buf_release(&body);
		if (r < 0) {
			ws->stats->seen++;
			ws->stats->failed++;
			ingest_report_error(opt, path, &perr);
		}
		return 0;
	}
	ws->stats->seen++;
	if (r == 0)
		r = ingest_page(ws->st, path, body.data, body.len, opt, ws->stats, &perr);
	buf_release(&body);
	if ((r = ingest_settle(opt, ws->stats, path, r, &perr, ws->err)) < 0) {
		ws->fatal = 1;
		return r;
	}
	if (ingest_batch_tick(&ws->b, ws->err) < 0) {
		ws->fatal = 1;
		return -ERR_DB;
	}
	return 0;
}

static void skip_file(const char *path, void *data)
{
	struct walk_state *ws = data;
	if (ws->opt && ws->opt->on_skip)
		ws->opt->on_skip(path, ws->opt->data);
}

static int run_fetcher(const struct ingest_options *opt, struct ingest_stats *stats,
		       struct error *err)
{
	if (opt && opt->fetcher && fetcher_pending(opt->fetcher))
		return ingest_fetch_run(opt, stats, err);
	return 0;
}

int ingest_path(struct store *st, const char *path, const struct ingest_options *opt,
		struct ingest_stats *stats, struct error *err)
{
	struct walk_state ws;
	struct error dummy;
	int r;

	if (!err)
		err = &dummy;
	memset(&ws, 0, sizeof(ws));
	ws.st = st;
	ws.opt = opt;
	ws.stats = stats;
	ws.err = err;
	ws.b.st = st;
	ws.b.every = opt && opt->batch ? opt->batch : 256;
	if (store_begin(st, err) < 0)
		return -ERR_DB;
	r = local_walk(path, ingest_one_file, skip_file, &ws, err);
	if (ws.fatal) {
		store_rollback(st);
		return r < 0 ? r : -ERR_DB;
	}
	if (store_commit(st, r < 0 ? NULL : err) < 0) {
		store_rollback(st);
		return -ERR_DB;
	}
	/* pages that feeds and sitemaps asked for, outside the walk's transaction */
	if (r < 0) {
		(void)!run_fetcher(opt, stats, NULL); /* the walk's error is the one to tell */
		return r;
	}
	return run_fetcher(opt, stats, err);
}
