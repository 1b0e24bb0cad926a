/*
 * jsonl.c: JSON Lines of {"url": ..., "html": ...} (gzip-compressed or
 * not), streamed line by line.
 */
#include "pipeline/internal.h"

#include <string.h>
#include <zlib.h>
#include <jansson.h>

#include "store/store.h"
#include "util/buf.h"
#include "util/url.h"

#include "util/banned.h"

int ingest_jsonl_queued(struct ingest_queue *q, const char *path, const struct ingest_options *opt,
			struct ingest_stats *stats, struct error *err)
{
	gzFile gz = strcmp(path, "-") ? gzopen(path, "rb") : gzdopen(0, "rb");
	struct buf line = BUF_INIT, label = BUF_INIT;
	size_t lineno = 0, cap = ingest_max_input(opt) * 2 + 4096;
	uint64_t base = stats->bytes_done;
	char chunk[65536];
	int r = 0, over = 0, eof = 0;

	if (!gz)
		return error_set(err, ERR_IO, "%s: cannot open", path);
	buf_init(&line, cap);
	while (!eof && r == 0 && !(stats->interrupted = ingest_stop_asked(opt))) {
		/* one line, however long, in pieces */
		char *got = gzgets(gz, chunk, sizeof(chunk));
		size_t n;
		if (!got) {
			eof = 1;
			if (!line.len && !over)
				break;
		} else {
			n = strlen(chunk);
			if (!over && buf_add(&line, chunk, n) < 0)
				over = 1;
			if (n == 0 || chunk[n - 1] != '\n')
				continue;
		}
		lineno++;
		{
			z_off_t o = gzoffset(gz);
			if (o > 0)
				stats->bytes_done = base + (uint64_t)o;
		}
		buf_reset(&label);
		buf_putf(&label, "%s:%zu", path, lineno);
		buf_rtrim(&line);
		if (over || line.len) {
			struct error perr = { 0 };
			json_error_t je;
			json_t *o = over ? NULL : json_loadb(line.data, line.len, 0, &je);
			json_t *u = json_object_get(o, "url"), *h = json_object_get(o, "html");
			int pr = 0;
			stats->seen++;
			if (over)
				pr = error_set(&perr, ERR_LIMIT, "line longer than %zu bytes", cap);
			else if (!o)
				pr = error_set(&perr, ERR_PARSE, "not JSON: %s", je.text);
			else if (!json_is_string(h))
				pr = error_set(&perr, ERR_PARSE, "no \"html\" string");
			else {
				struct ingest_doc doc = { 0 };
				doc.input = label.data;
				doc.url = json_is_string(u) && url_is_http(json_string_value(u))
						  ? json_string_value(u)
						  : NULL;
				doc.data = json_string_value(h);
				doc.len = json_string_length(h);
				/* copied: the line's object is freed below */
				r = ingest_queue_add(q, &doc, NULL, err);
			}
			json_decref(o);
			if (pr < 0)
				r = ingest_settle(opt, stats, label.data, pr, &perr, err);
		}
		buf_reset(&line);
		over = 0;
	}
	buf_release(&line);
	buf_release(&label);
	gzclose(gz);
	return r;
}
