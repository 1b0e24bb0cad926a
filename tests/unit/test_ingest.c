/*
 * Unit tests for src/pipeline: archives (WARC, JSON Lines) are extracted
 * outside any write transaction, and stored in short transactions of
 * opt.batch pages.
 *
 * How it is seen without a clock: pages that are not articles fail in
 * extraction, and report it through opt.on_error right then. The callback
 * tries a write on a second connection that may not wait: it succeeds only
 * when the ingest holds no write transaction at that moment.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pipeline/ingest.h"
#include "source/feed.h"
#include "source/fetch.h"
#include "source/local.h"
#include "source/warc.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/file.h"

#define PAGES 6 /* every other one an article */

struct probe {
	struct store *other; /* a second connection, which never waits */
	size_t free_lock, locked, commits;
};

/* The store's count of articles; a failed count fails the test. */
static int64_t articles(struct store *st)
{
	struct error err = { 0 };
	int64_t n = -1;
	if (store_article_count(st, &n, &err) < 0)
		fail_msg("counting: %s", err.msg);
	return n;
}

static void on_error(const char *input, const struct error *err, void *data)
{
	struct probe *p = data;
	struct error e = { 0 };
	(void)input;
	(void)err;
	if (store_begin(p->other, &e) == 0 && store_commit(p->other, &e) == 0)
		p->free_lock++;
	else {
		store_rollback(p->other);
		p->locked++;
	}
}

static void on_commit(const struct ingest_stats *st, void *data)
{
	struct probe *p = data;
	(void)st;
	p->commits++;
}

/* Page i: an article (its own canonical URL) when i is even, else a bare list of links. */
static void page(struct buf *out, const char *tmpl, int i)
{
	const char *at = strstr(tmpl, "2024/03/river-quotas");
	buf_reset(out);
	if (i % 2) {
		buf_putf(out, "<html><body><ul><li><a href=\"/a%d\">a</a></li></ul></body></html>",
			 i);
		return;
	}
	assert_non_null(at);
	assert_int_equal(buf_add(out, tmpl, (size_t)(at - tmpl)), 0);
	buf_putf(out, "2024/03/river-quotas-%d", i);
	buf_puts(out, at + strlen("2024/03/river-quotas"));
}

struct fixture {
	char dir[64];
	struct buf tmpl;
};

static int setup(void **state)
{
	static struct fixture f;
	const char *src = getenv("SRCDIR");
	struct buf path = BUF_INIT;
	struct error err = { 0 };

	snprintf(f.dir, sizeof(f.dir), "/tmp/brief-ingest-XXXXXX");
	if (!mkdtemp(f.dir))
		return -1;
	buf_init(&f.tmpl, 0);
	buf_putf(&path, "%s/tests/fixtures/pages/water-talks.html", src ? src : ".");
	if (file_read_all(path.data, 1 << 20, &f.tmpl, &err) < 0)
		return -1;
	buf_release(&path);
	*state = &f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	buf_release(&f->tmpl);
	return system(cmd) == 0 ? 0 : -1;
}

/* Ingest `path` into a new database beside it, probing the lock at each failed page. */
static void ingest_probed(struct fixture *f, const char *path, const char *db)
{
	struct ingest_options io = { 0 };
	struct ingest_stats stats = { 0 };
	struct probe p = { 0 };
	struct store *st, *other;
	struct error err = { 0 };

	assert_int_equal(store_open(&st, db, &err), 0);
	assert_int_equal(store_open(&other, db, &err), 0);
	store_set_wait(other, 0, NULL, NULL);
	p.other = other;
	io.batch = 2;
	io.on_error = on_error;
	io.on_commit = on_commit;
	io.data = &p;
	assert_int_equal(ingest_path(st, path, &io, &stats, &err), 0);
	assert_int_equal(stats.seen, PAGES);
	assert_int_equal(stats.added, PAGES / 2);
	assert_int_equal(stats.failed, PAGES / 2);
	/* every failed page was reported while no write transaction was open */
	assert_int_equal(p.locked, 0);
	assert_int_equal(p.free_lock, PAGES / 2);
	/* the articles, two at a time */
	assert_true(p.commits >= 2);
	assert_int_equal(articles(st), PAGES / 2);
	store_close(other);
	store_close(st);
	(void)f;
}

static void test_warc_extracts_outside_transactions(void **state)
{
	struct fixture *f = *state;
	struct warc_writer *w;
	struct error err = { 0 };
	struct buf body = BUF_INIT, url = BUF_INIT, dir = BUF_INIT, db = BUF_INIT;
	static const char head[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n";
	int i;

	buf_putf(&dir, "%s/warc", f->dir);
	assert_int_equal(warc_writer_open(&w, dir.data, "t", 0, &err), 0);
	for (i = 0; i < PAGES; i++) {
		page(&body, f->tmpl.data, i);
		buf_reset(&url);
		buf_putf(&url, "https://valley-courier.example.org/p%d", i);
		assert_int_equal(warc_write_response(w, url.data, 1700000000, head, strlen(head),
						     body.data, body.len, &err),
				 0);
	}
	assert_int_equal(warc_writer_close(w, &err), 0);
	buf_putf(&db, "%s/warc.db", f->dir);
	ingest_probed(f, dir.data, db.data);
	buf_release(&body);
	buf_release(&url);
	buf_release(&dir);
	buf_release(&db);
}

static void test_jsonl_extracts_outside_transactions(void **state)
{
	struct fixture *f = *state;
	struct buf body = BUF_INIT, path = BUF_INIT, db = BUF_INIT;
	FILE *fp;
	int i;

	buf_putf(&path, "%s/pages.jsonl", f->dir);
	assert_non_null(fp = fopen(path.data, "w"));
	for (i = 0; i < PAGES; i++) {
		json_t *o;
		char *line, u[64];
		page(&body, f->tmpl.data, i);
		snprintf(u, sizeof(u), "https://valley-courier.example.org/j%d", i);
		o = json_pack("{s:s, s:s%}", "url", u, "html", body.data, body.len);
		assert_non_null(o);
		line = json_dumps(o, JSON_COMPACT);
		fprintf(fp, "%s\n", line);
		free(line);
		json_decref(o);
	}
	fclose(fp);
	buf_putf(&db, "%s/jsonl.db", f->dir);
	ingest_probed(f, path.data, db.data);
	buf_release(&body);
	buf_release(&path);
	buf_release(&db);
}

/*
 * A sitemap's entries are followed up to opt.max_sitemap_urls for the
 * whole run, the rest counted as dropped. The entries are on a private
 * address, refused before any connection, so nothing leaves the machine.
 */
static void test_sitemap_entries_are_capped(void **state)
{
	struct fixture *f = *state;
	struct ingest_options io = { 0 };
	struct ingest_stats stats = { 0 };
	struct fetch_options fo = { 0 };
	struct buf path = BUF_INIT, db = BUF_INIT, xml = BUF_INIT;
	struct store *st;
	struct error err = { 0 };
	FILE *fp;
	int i;

	buf_puts(&xml, "<?xml version=\"1.0\"?>"
		       "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
	for (i = 0; i < 10; i++)
		buf_putf(&xml, "<url><loc>http://10.0.0.%d/p.html</loc></url>", i + 1);
	buf_puts(&xml, "</urlset>");
	buf_putf(&path, "%s/sitemap.xml", f->dir);
	buf_putf(&db, "%s/sitemap.db", f->dir);
	assert_non_null(fp = fopen(path.data, "w"));
	assert_int_equal(fwrite(xml.data, 1, xml.len, fp), xml.len);
	assert_int_equal(fclose(fp), 0);

	fo.host_delay_s = -1;
	fo.max_retries = -1;
	fo.ignore_robots = 1;
	assert_int_equal(fetcher_new(&io.fetcher, &fo, &err), 0);
	io.max_sitemap_urls = 3;
	assert_int_equal(store_open(&st, db.data, &err), 0);
	(void)!ingest_path(st, path.data, &io, &stats, &err);
	assert_int_equal(stats.sitemap_queued, 3);
	assert_int_equal(stats.sitemap_dropped, 7);
	/* the three followed were refused: a private address */
	assert_int_equal(stats.failed, 3);
	assert_int_equal(articles(st), 0);
	store_close(st);
	fetcher_free(io.fetcher);
	buf_release(&xml);
	buf_release(&path);
	buf_release(&db);
}

/*
 * A page that names no writer has its site's name as byline; the feed
 * entry's author, when there is one, is stored instead.
 */
static void test_feed_author_beats_site_byline(void **state)
{
	static const char page[] =
		"<html><head><title>Frost on the orchard | Pear Notes</title>"
		"<meta property=og:site_name content=\"Pear Notes\"></head><body><article>"
		"<h1>Frost on the orchard</h1><p>The first hard frost came a week early this "
		"year and caught the late pears still on the branches, so the whole crop went "
		"into the cellar in one long afternoon of picking and sorting.</p><p>Most of "
		"the fruit was fine, though the pears on the top branches had brown patches "
		"where the ice had settled overnight.</p></article></body></html>";
	struct feed_entry e = { 0 };
	struct ingest_doc doc = { 0 };
	struct ingest_extracted x;
	struct error err = { 0 };

	doc.input = "page.html";
	doc.data = page;
	doc.len = sizeof(page) - 1;
	assert_int_equal(ingest_extract(&doc, NULL, &x, &err), 0);
	assert_string_equal(x.a.byline, "Pear Notes");
	ingest_extracted_release(&x);

	e.key = "k";
	e.title = "Frost on the orchard";
	e.author = "Ilse Marten";
	doc.entry = &e;
	assert_int_equal(ingest_extract(&doc, NULL, &x, &err), 0);
	assert_string_equal(x.a.byline, "Ilse Marten");
	ingest_extracted_release(&x);
	(void)state;
}

/*
 * A local page (no URL, so no host) whose <title> ends with its site's
 * name is stored under that outlet; a page that names its site in
 * og:site_name keeps that name, and one whose <title> is the headline
 * alone names none.
 */
static void test_local_page_outlet_from_title(void **state)
{
	static const char tail[] =
		"<h1>Ferry service to the islands resumes</h1><p>The morning ferry to the outer "
		"islands sailed again on Tuesday after three weeks in dry dock, and the harbour "
		"office said the timetable would be back to normal by the weekend.</p><p>Islanders "
		"had crossed on fishing boats while it was away.</p></article></body></html>";
	const char *heads[] = {
		"<html><head><title>Ferry service to the islands resumes | Harbour Gazette</title>",
		"<html><head><title>Harbour Gazette – Ferry service to the islands resumes</title>",
		"<html><head><title>Ferry service to the islands resumes | Harbour Gazette</title>"
		"<meta property=og:site_name content=\"The Gazette\">",
		"<html><head><title>Ferry service to the islands resumes</title>",
	};
	const char *want[] = { "Harbour Gazette", "Harbour Gazette", "The Gazette", NULL };
	size_t i;

	for (i = 0; i < sizeof(heads) / sizeof(heads[0]); i++) {
		struct ingest_doc doc = { 0 };
		struct ingest_extracted x;
		struct error err = { 0 };
		struct buf page = BUF_INIT;
		buf_puts(&page, heads[i]);
		buf_puts(&page, "</head><body><article>");
		buf_puts(&page, tail);
		doc.input = "saved/ferry.html";
		doc.data = page.data;
		doc.len = page.len;
		assert_int_equal(ingest_extract(&doc, NULL, &x, &err), 0);
		if (want[i]) {
			assert_non_null(x.a.source);
			assert_string_equal(x.a.source, want[i]);
		} else
			assert_null(x.a.source);
		assert_null(x.a.source_url);
		ingest_extracted_release(&x);
		buf_release(&page);
	}
	(void)state;
}

/* local_walk's callbacks: the base names taken, then those skipped, one a line. */
static int walk_take(const char *path, void *data)
{
	struct buf *b = data;
	const char *slash = strrchr(path, '/');
	assert_int_equal(buf_addf(b, "take %s\n", slash ? slash + 1 : path), 0);
	return 0;
}

static void walk_skip(const char *path, void *data)
{
	struct buf *b = data;
	const char *slash = strrchr(path, '/');
	assert_int_equal(buf_addf(b, "skip %s\n", slash ? slash + 1 : path), 0);
}

/* A directory walk takes its kinds by their endings, in any case, and skips other names. */
static void test_walk_takes_inputs_by_their_endings(void **state)
{
	static const char *const names[] = { "a.HTML",    "b.htm.gz", "c.xhtml",    "d.txt",
					     "e.Warc.GZ", "f.ndjson", "g.xml",      "h.html.bak",
					     "i.rss",     ".html",    "j.jsonl.gz", "k.htm" };
	char dir[] = "/tmp/brief-walk-XXXXXX";
	struct buf got = BUF_INIT, path = BUF_INIT;
	struct error err = { 0 };
	size_t i;

	assert_non_null(mkdtemp(dir));
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		FILE *fp;
		buf_reset(&path);
		assert_int_equal(buf_addf(&path, "%s/%s", dir, names[i]), 0);
		assert_non_null(fp = fopen(path.data, "w"));
		fclose(fp);
	}
	assert_true(local_is_html_name("x.XHTML.gz"));
	assert_false(local_is_html_name(".html"));
	assert_false(local_is_html_name("x.html.zip"));
	assert_int_equal(local_walk(dir, walk_take, walk_skip, &got, &err), 0);
	assert_string_equal(got.data, "take a.HTML\n"
				      "take b.htm.gz\n"
				      "take c.xhtml\n"
				      "skip d.txt\n"
				      "take e.Warc.GZ\n"
				      "take f.ndjson\n"
				      "take g.xml\n"
				      "skip h.html.bak\n"
				      "take i.rss\n"
				      "take j.jsonl.gz\n"
				      "take k.htm\n");
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		buf_reset(&path);
		assert_int_equal(buf_addf(&path, "%s/%s", dir, names[i]), 0);
		unlink(path.data);
	}
	rmdir(dir);
	buf_release(&path);
	buf_release(&got);
	(void)state;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_warc_extracts_outside_transactions),
		cmocka_unit_test(test_jsonl_extracts_outside_transactions),
		cmocka_unit_test(test_sitemap_entries_are_capped),
		cmocka_unit_test(test_feed_author_beats_site_byline),
		cmocka_unit_test(test_local_page_outlet_from_title),
		cmocka_unit_test(test_walk_takes_inputs_by_their_endings),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
