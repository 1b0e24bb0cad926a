/*
 * bench/ingest.c: end-to-end ingest of a large WARC (read, extract, store).
 *
 *   build/bench/ingest [--pages N] [--write DIR]
 *
 * Writes a WARC of N (default 20000) HTML pages made from demo/pages,
 * each with its own canonical URL, a paragraph of its own so that no two
 * are alike, and about 40 KiB of inline script as real pages have (20,000
 * pages make about 1 GB), into a temporary directory; then ingests it into a fresh
 * database with ingest_warc and prints pages/s, MB/s (uncompressed WARC
 * payload) and the peak RSS. Prints figures, asserts nothing. With
 * --write DIR it only writes the archive into DIR (bench/workers uses it).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "pipeline/ingest.h"
#include "source/local.h"
#include "source/warc.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/file.h"

#include "util/banned.h"

struct pages {
	struct buf *v;
	size_t n;
};

static int collect(const char *path, void *data)
{
	struct pages *p = data;
	struct buf *nv = realloc(p->v, (p->n + 1) * sizeof(*nv));
	if (!nv)
		return -1;
	p->v = nv;
	buf_init(&p->v[p->n], 0);
	if (file_read_all(path, 0, &p->v[p->n], NULL) == 0)
		p->n++;
	return 0;
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	long n = 20000, i;
	char tmpdir[] = "/tmp/brief-bench-XXXXXX";
	const char *write_to = NULL, *dir = tmpdir;
	struct pages pg = { 0 };
	struct warc_writer *w;
	struct error err = { 0 };
	struct buf page = BUF_INIT, path = BUF_INIT, url = BUF_INIT;
	struct store *st;
	struct ingest_options io = { 0 };
	struct ingest_stats stats = { 0 };
	struct rusage ru;
	double t0, t1, payload = 0;
	const char *demo = getenv("BRIEF_DEMO") ? getenv("BRIEF_DEMO") : "demo/pages";
	DIR *d;
	struct dirent *de;

	for (i = 1; i < argc; i++)
		if (!strcmp(argv[i], "--pages") && i + 1 < argc)
			n = atol(argv[++i]);
		else if (!strcmp(argv[i], "--write") && i + 1 < argc)
			write_to = argv[++i];
	if (local_walk(demo, collect, NULL, &pg, &err) < 0 || pg.n == 0) {
		printf("bench ingest: no demo pages at %s (run from the checkout)\n", demo);
		return 0;
	}
	if (write_to)
		dir = write_to;
	else if (!mkdtemp(tmpdir))
		return 0;
	if (warc_writer_open(&w, dir, "bench", 0, &err) < 0) {
		printf("bench ingest: %s\n", err.msg);
		return 0;
	}
	for (i = 0; i < n; i++) {
		const struct buf *src = &pg.v[i % (long)pg.n];
		const char *canon = strstr(src->data, "rel=\"canonical\"");
		const char *body = strstr(src->data, "</article>");
		buf_reset(&page);
		buf_reset(&url);
		buf_putf(&url, "https://bench.example/%ld/page.html", i);
		{
			/*
			 * The page's own URL (canonical, og:url, JSON-LD) becomes the
			 * bench URL everywhere, so each variant is an article of its
			 * own; a paragraph of its own goes after the first paragraph
			 * below the headline, inside the article text.
			 */
			char orig[512] = "";
			const char *p = src->data, *q, *h1, *para;
			if (canon && (q = strstr(canon, "href=\"")) != NULL) {
				const char *e = strchr(q + 6, '"');
				if (e && (size_t)(e - q - 6) < sizeof(orig))
					snprintf(orig, sizeof(orig), "%.*s", (int)(e - q - 6),
						 q + 6);
			}
			h1 = strstr(p, "<h1");
			para = h1 ? strstr(h1, "</p>") : NULL;
			while (*p) {
				if (!strncmp(p, "</head>", 7)) {
					/*
					 * Real pages carry 30-200 KiB of inline scripts and
					 * styles around 10 KiB of article; the demo pages do
					 * not. About 40 KiB of varied inline script brings a
					 * page to a realistic size the parser must get through.
					 */
					unsigned long x = 0x9e3779b9UL * (unsigned long)(i + 1);
					int k;
					buf_puts(&page, "<script>window.__state={\"tracking\":[");
					for (k = 0; k < 1400; k++) {
						x ^= x << 13;
						x ^= x >> 7;
						x ^= x << 17;
						buf_putf(&page, "%s{\"id\":\"%08lx\",\"v\":%lu}",
							 k ? "," : "", x & 0xffffffffUL, x % 1000);
					}
					buf_puts(&page, "]};</script>\n");
				}
				if (orig[0] && !strncmp(p, orig, strlen(orig))) {
					buf_puts(&page, url.data);
					p += strlen(orig);
					continue;
				}
				if (p == para) {
					buf_putf(&page,
						 "</p><p>Bench variation %ld: this paragraph makes "
						 "page %ld "
						 "unlike the others, reporting figure %ld for the "
						 "record.",
						 i, i, i * 7919 % 100003);
				}
				buf_putc(&page, *p++);
			}
		}
		(void)body;
		payload += (double)page.len;
		if (warc_write_response(
			    w, url.data, 1700000000 + i,
			    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n", 57,
			    page.data, page.len, &err) < 0) {
			printf("bench ingest: writing the archive: %s\n", err.msg);
			break;
		}
	}
	if (warc_writer_close(w, &err) < 0)
		printf("bench ingest: writing the archive: %s\n", err.msg);
	if (write_to) {
		printf("ingest: wrote %ld pages (%.0f MB of payload) to %s\n", n, payload / 1e6,
		       dir);
		return 0;
	}

	buf_putf(&path, "%s/bench.db", dir);
	if (store_open(&st, path.data, &err) < 0) {
		printf("bench ingest: %s\n", err.msg);
		return 0;
	}
	io.batch = 1000;
	t0 = now_s();
	d = opendir(dir);
	while (d && (de = readdir(d)))
		if (strstr(de->d_name, ".warc.gz")) {
			buf_reset(&path);
			buf_putf(&path, "%s/%s", dir, de->d_name);
			/* it stores the records in transactions of io.batch */
			if (ingest_warc(st, path.data, &io, &stats, &err) < 0)
				printf("bench ingest: %s: %s\n", de->d_name, err.msg);
		}
	t1 = now_s();
	getrusage(RUSAGE_SELF, &ru);
	printf("ingest: %zu pages from a WARC of %.0f MB (uncompressed payload) in %.1f s\n",
	       stats.seen, payload / 1e6, t1 - t0);
	printf("ingest: %.0f pages/s, %.1f MB/s, %zu added, %zu failed, peak RSS %.0f MiB\n",
	       (double)stats.seen / (t1 - t0), payload / 1e6 / (t1 - t0), stats.added, stats.failed,
	       (double)ru.ru_maxrss / 1024);
	store_close(st);
	if (d) {
		rewinddir(d);
		while ((de = readdir(d))) {
			if (de->d_name[0] == '.')
				continue;
			buf_reset(&path);
			buf_putf(&path, "%s/%s", dir, de->d_name);
			unlink(path.data);
		}
		closedir(d);
	}
	rmdir(dir);
	for (i = 0; i < (long)pg.n; i++)
		buf_release(&pg.v[i]);
	free(pg.v);
	buf_release(&page);
	buf_release(&path);
	buf_release(&url);
	return 0;
}
