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

int ingest_is_html_record(const char *ct, const char *payload, size_t len)
{
	size_t i = 0;
	if (ct && *ct)
		return !strncasecmp(ct, "text/html", 9) ||
		       !strncasecmp(ct, "application/xhtml+xml", 21);
	while (i < len && i < 256 && isspace((unsigned char)payload[i]))
		i++;
	return i < len && payload[i] == '<';
}

int ingest_warc(struct store *st, const char *path, const struct ingest_options *opt,
		struct ingest_stats *stats, struct error *err)
{
	struct warc_reader *wr;
	struct warc_record rec;
	struct ingest_batcher b = { st, 0, opt && opt->batch ? opt->batch : 256 };
	struct buf label = BUF_INIT;
	uint64_t n = 0;
	int r, nr;

	if ((r = warc_open(&wr, path, ingest_max_input(opt), err)) < 0)
		return r;
	while ((nr = warc_next(wr, &rec, err)) == 1) {
		struct ingest_doc doc = { 0 };
		struct error perr = { 0 };
		n++;
		if (!rec.type || !rec.target_uri ||
		    !(strcmp(rec.type, "response") == 0 || strcmp(rec.type, "resource") == 0))
			continue;
		if (!strcmp(rec.type, "response") &&
		    (rec.http_status < 200 || rec.http_status > 299))
			continue;
		if (!ingest_is_html_record(rec.http_content_type, rec.payload, rec.payload_len))
			continue;
		buf_reset(&label);
		buf_putf(&label, "%s#%llu (%s)", path, (unsigned long long)n, rec.target_uri);
		stats->seen++;
		doc.input = label.data;
		doc.url = url_is_http(rec.target_uri) ? rec.target_uri : NULL;
		doc.content_type = rec.http_content_type;
		doc.data = rec.payload;
		doc.len = rec.payload_len;
		r = ingest_document(st, &doc, opt, stats, NULL, &perr);
		if ((r = ingest_settle(opt, stats, label.data, r, &perr, err)) < 0)
			break;
		if ((r = ingest_batch_tick(&b, err)) < 0)
			break;
	}
	if (nr < 0 && r == 0)
		r = nr;
	{
		const struct warc_stats *ws = warc_reader_stats(wr);
		stats->records_bad += (size_t)(ws->skipped + ws->too_large);
	}
	warc_close(wr);
	buf_release(&label);
	return r;
}
