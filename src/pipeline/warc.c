/*
 * warc.c: WARC archives, streamed: every HTML response (status 2xx) is a
 * document.
 */
#include "pipeline/internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "source/warc.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/url.h"

#include "util/banned.h"

int ingest_warc_page(const struct warc_record *rec)
{
	const char *ct = rec->http_content_type;
	size_t i = 0;
	if (!rec->type || !rec->target_uri ||
	    !(strcmp(rec->type, "response") == 0 || strcmp(rec->type, "resource") == 0))
		return 0;
	if (!strcmp(rec->type, "response") && (rec->http_status < 200 || rec->http_status > 299))
		return 0;
	if (ct && *ct)
		return !strncasecmp(ct, "text/html", 9) ||
		       !strncasecmp(ct, "application/xhtml+xml", 21);
	while (i < rec->payload_len && i < 256 && isspace((unsigned char)rec->payload[i]))
		i++;
	return i < rec->payload_len && rec->payload[i] == '<';
}

/*
 * Count the records the reader passed over and name the archive that lost
 * them, with why: a cut or damaged archive is said where it is, not only
 * in the run's total.
 */
static void warc_report_skipped(const struct warc_reader *wr, const char *path,
				const struct ingest_options *opt, struct ingest_stats *stats)
{
	const struct warc_stats *ws = warc_reader_stats(wr);
	struct error e = { 0 };

	stats->records_bad += (size_t)(ws->skipped + ws->too_large);
	stats->records_damaged += (size_t)ws->skipped;
	if (!ws->skipped && !ws->too_large)
		return;
	if (ws->skipped && ws->too_large)
		error_set(&e, ERR_PARSE,
			  "%llu archive records malformed, truncated or corrupt and %llu over the "
			  "%zu-byte limit: skipped",
			  (unsigned long long)ws->skipped, (unsigned long long)ws->too_large,
			  ingest_max_input(opt));
	else if (ws->skipped)
		error_set(&e, ERR_PARSE,
			  "%llu archive record%s malformed, truncated or corrupt: skipped",
			  (unsigned long long)ws->skipped, ws->skipped == 1 ? "" : "s");
	else
		error_set(&e, ERR_LIMIT, "%llu archive record%s over the %zu-byte limit: skipped",
			  (unsigned long long)ws->too_large, ws->too_large == 1 ? "" : "s",
			  ingest_max_input(opt));
	ingest_report_error(opt, path, &e);
}

int ingest_warc_queued(struct ingest_queue *q, const char *path, const struct ingest_options *opt,
		       struct ingest_stats *stats, struct error *err)
{
	struct warc_reader *wr;
	struct warc_record rec;
	struct buf label = BUF_INIT;
	uint64_t n = 0, base = stats->bytes_done;
	int r = 0, nr = 0;

	if ((r = warc_open(&wr, path, ingest_max_input(opt), err)) < 0)
		return r;
	while (!(stats->interrupted = ingest_stop_asked(opt)) &&
	       (nr = warc_next(wr, &rec, err)) == 1) {
		struct ingest_doc doc = { 0 };
		n++;
		stats->bytes_done = base + warc_reader_offset(wr);
		if (!ingest_warc_page(&rec))
			continue;
		buf_reset(&label);
		buf_putf(&label, "%s#%llu (%s)", path, (unsigned long long)n, rec.target_uri);
		stats->seen++;
		doc.input = label.data;
		doc.url = url_is_http(rec.target_uri) ? rec.target_uri : NULL;
		doc.content_type = rec.http_content_type;
		doc.data = rec.payload;
		doc.len = rec.payload_len;
		/* copied: the record's bytes are the reader's until the next record */
		if ((r = ingest_queue_add(q, &doc, NULL, err)) < 0)
			break;
	}
	if (stats->interrupted)
		nr = 0;
	if (nr < 0 && r == 0)
		r = nr;
	warc_report_skipped(wr, path, opt, stats);
	warc_close(wr);
	buf_release(&label);
	return r;
}

int ingest_warc(struct store *st, const char *path, const struct ingest_options *opt,
		struct ingest_stats *stats, struct error *err)
{
	struct ingest_queue *q;
	struct error ferr = { 0 };
	int r, f;

	if ((r = ingest_queue_new(&q, st, opt, stats, err)) < 0)
		return r;
	r = ingest_warc_queued(q, path, opt, stats, err);
	/* the records read before an error in the file are stored all the same */
	f = r < 0 && err && err->code == ERR_DB ? 0 : ingest_queue_flush(q, &ferr);
	ingest_queue_free(q);
	if (f < 0) {
		if (err)
			*err = ferr;
		return f;
	}
	return r;
}
