/*
 * files.c: files and directory trees: each file is told apart by its first
 * bytes (an archive by its name) and handed to its input kind; HTML pages
 * are ingested here.
 */
#include "pipeline/internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <zlib.h>

#include "source/feed.h"
#include "source/fetch.h"
#include "source/local.h"
#include "source/opml.h"
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
	if (opml_sniff(data, len))
		return IN_OPML;
	while (i < len && isspace((unsigned char)data[i]))
		i++;
	if (i < len && data[i] == '{')
		return IN_JSONL;
	return IN_HTML;
}

int ingest_opml_refused(struct error *err)
{
	return error_set(
		err, ERR_PARSE,
		"an OPML list of feeds, not a page: 'brief opml import FILE' follows them");
}

/* See internal.h. */
enum ingest_kind ingest_sniff_file(const char *path)
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

/*
 * Pages are read and extracted outside any transaction and queued
 * (queue.c); a full queue is stored in one short write transaction, so
 * another writer (add, fetch, a second ingest, serve --poll) waits for a
 * batch's writes at most, never for its extraction. Archives stream their
 * records into the same queue; a feed is stored in a transaction of its
 * own, after the queue.
 */
struct walk_state {
	struct store *st;
	const struct ingest_options *opt;
	struct ingest_stats *stats;
	struct error *err;
	int fatal;
	struct ingest_queue *q;
};

/* Store the queued pages; a failure there stops the run. */
static int pending_flush(struct walk_state *ws)
{
	if (ingest_queue_flush(ws->q, ws->err) < 0) {
		ws->fatal = 1;
		return -ERR_DB;
	}
	return 0;
}

static int ingest_file(const char *path, void *data);

/* One file of the walk; then its whole size counts as read (progress). */
static int ingest_one_file(const char *path, void *data)
{
	struct walk_state *ws = data;
	uint64_t base = ws->stats->bytes_done;
	struct stat sb;
	int r = ingest_file(path, data);
	if (!ws->stats->interrupted && stat(path, &sb) == 0)
		ws->stats->bytes_done = base + (uint64_t)sb.st_size;
	return r;
}

static int ingest_file(const char *path, void *data)
{
	struct walk_state *ws = data;
	const struct ingest_options *opt = ws->opt;
	enum ingest_kind kind;
	struct buf body;
	struct error perr = { 0 };
	int r;

	if (ingest_stop_asked(opt)) {
		ws->stats->interrupted = 1;
		return -ERR_INTERNAL; /* ends the walk; ingest_path stores what is queued */
	}
	kind = ingest_sniff_file(path);
	if (kind == IN_WARC || kind == IN_JSONL) {
		/* streamed: each record counts, and is queued as a page is */
		r = kind == IN_WARC ? ingest_warc_queued(ws->q, path, opt, ws->stats, &perr)
				    : ingest_jsonl_queued(ws->q, path, opt, ws->stats, &perr);
		if (r < 0 && perr.code == ERR_DB) {
			ingest_report_error(opt, path, &perr);
			*ws->err = perr;
			ws->fatal = 1;
			return r;
		}
		if (r < 0) {
			ingest_report_error(opt, path, &perr);
			ws->stats->failed++;
		}
		if (ws->stats->interrupted)
			return -ERR_INTERNAL;
		return 0;
	}
	if (kind == IN_OPML) {
		/* a list of feeds to follow, which extraction would call an empty page */
		ws->stats->seen++;
		ws->stats->failed++;
		/* (the file's error is reported and counted; the walk goes on) */
		(void)!ingest_opml_refused(&perr);
		ingest_report_error(opt, path, &perr);
		return 0;
	}
	if (kind != IN_HTML && (r = pending_flush(ws)) < 0)
		return r;
	buf_init(&body, ingest_max_input(opt));
	r = file_read_all(path, ingest_max_input(opt), &body, &perr);
	if (r == 0 && !strcmp(path, "-") && (kind = ingest_sniff(body.data, body.len)) != IN_HTML) {
		/* standard input, read once, is told by its bytes now */
		if (kind == IN_WARC || kind == IN_JSONL) {
			r = error_set(&perr, ERR_USAGE,
				      "%s on standard input: give its path (archives are read "
				      "as a stream from a file)",
				      kind == IN_WARC ? "a WARC archive" : "JSON Lines");
		} else if (kind == IN_OPML) {
			r = ingest_opml_refused(&perr);
		} else if ((r = pending_flush(ws)) < 0) {
			buf_release(&body);
			return r;
		}
	}
	if (r == 0 && kind == IN_FEED) {
		/* one transaction for the feed's entries, as for a batch of pages */
		if (store_begin(ws->st, ws->err) < 0) {
			buf_release(&body);
			ws->fatal = 1;
			return -ERR_DB;
		}
		r = ingest_feed_bytes(ws->st, path, NULL, body.data, body.len, 0, opt, ws->stats,
				      NULL, &perr);
		buf_release(&body);
		if (r < 0 && perr.code == ERR_DB)
			store_rollback(ws->st);
		else if (store_commit(ws->st, ws->err) < 0) {
			store_rollback(ws->st);
			ws->fatal = 1;
			return -ERR_DB;
		} else {
			ingest_report_commit(opt, ws->stats);
		}
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
	if (r == 0) {
		struct ingest_doc doc = { 0 };
		doc.input = path;
		doc.data = body.data;
		doc.len = body.len;
		r = ingest_queue_add(ws->q, &doc, &body, ws->err);
		buf_release(&body); /* empty: the queue took it */
		if (r < 0)
			ws->fatal = 1;
		return r;
	}
	buf_release(&body);
	if ((r = ingest_settle(opt, ws->stats, path, r, &perr, ws->err)) < 0) {
		ws->fatal = 1;
		return r;
	}
	return 0;
}

static void skip_file(const char *path, void *data)
{
	struct walk_state *ws = data;
	if (ws->opt && ws->opt->on_skip)
		ws->opt->on_skip(
			path, "not a page, feed, sitemap, archive or JSON Lines file by its name",
			ws->opt->data);
}

static MUST_CHECK int run_fetcher(const struct ingest_options *opt, struct ingest_stats *stats,
				  struct error *err)
{
	if (opt && opt->fetcher && fetcher_pending(opt->fetcher))
		return ingest_fetch_run(opt, stats, err);
	return 0;
}

int ingest_path(struct store *st, const char *path, const struct ingest_options *opt,
		struct ingest_stats *stats, struct error *err)
{
	struct walk_state *ws;
	struct error dummy;
	int r;

	if (!err)
		err = &dummy;
	if (!(ws = calloc(1, sizeof(*ws))))
		return error_nomem(err);
	if ((r = ingest_queue_new(&ws->q, st, opt, stats, err)) < 0) {
		free(ws);
		return r;
	}
	ws->st = st;
	ws->opt = opt;
	ws->stats = stats;
	ws->err = err;
	r = local_walk(path, ingest_one_file, skip_file, ws, err);
	if (ws->fatal) {
		ingest_queue_free(ws->q);
		free(ws);
		return r < 0 ? r : -ERR_DB;
	}
	/* what was extracted before the walk ended (or was stopped) is stored */
	if (pending_flush(ws) < 0) {
		ingest_queue_free(ws->q);
		free(ws);
		return -ERR_DB;
	}
	ingest_queue_free(ws->q);
	free(ws);
	if (stats->interrupted)
		return 0;
	/* pages that feeds and sitemaps asked for */
	if (r < 0) {
		(void)!run_fetcher(opt, stats, NULL); /* the walk's error is the one to tell */
		return r;
	}
	return run_fetcher(opt, stats, err);
}
