/* Unit tests for src/store: migrations, identity, updates, listing, checks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include "analyse/coder.h"
#include "analyse/dates.h"
#include "corpus/dyads.h"
#include "corpus/query.h"
#include "store/store.h"
#include "store_fixture.h"
#include "util/buf.h"

static int put(struct store *st, const char *url, const char *title, const char *published,
	       const char *body, enum store_put_result *what, int64_t *id)
{
	struct article_in a;
	struct document d = { url, "text/html", body, strlen(body), NULL };
	struct error err = { 0 };
	int64_t got = 0;
	int r;
	memset(&a, 0, sizeof(a));
	a.url = url;
	a.title = title;
	a.published = published;
	a.text = "Some text.";
	a.source = "Example Outlet";
	a.source_url = "https://outlet.example.org/";
	r = store_article_put(st, &d, &a, &got, what, &err);
	if (id)
		*id = got;
	return r;
}

static void new_store_is_at_latest_schema(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(store_schema_version(f->st), store_schema_latest());
	assert_int_equal(fixture_store_count(f->st, 0), 0);
}

/* The address picks the engine: a path or sqlite:PATH is SQLite, the same file. */
static void address_picks_the_engine(void **state)
{
	struct fixture *f = *state;
	struct store *st = NULL;
	struct error err = { 0 };
	char addr[128];
	int64_t id;
	fixture_sqlite_only(f);
	id = fixture_put(f->st, "https://e.example/1", "One", "Some text.");

	assert_string_equal(store_engine_name(f->st), "sqlite");
	snprintf(addr, sizeof(addr), "sqlite:%s", f->path);
	assert_int_equal(store_open(&st, addr, &err), 0);
	assert_string_equal(store_engine_name(st), "sqlite");
	assert_int_equal(fixture_store_count(st, 0), 1);
	assert_int_equal(store_article_id_by_url(st, "https://e.example/1", &err), id);
	store_close(st);
	st = NULL;
	assert_int_equal(store_open(&st, "", &err), -ERR_USAGE);
	assert_null(st);
	assert_int_equal(store_open(&st, "sqlite:", &err), -ERR_USAGE);
	assert_null(st);
#ifndef BRIEF_WITH_POSTGRES
	assert_int_equal(store_open(&st, "postgresql://localhost/brief", &err), -ERR_USAGE);
	assert_non_null(strstr(err.msg, "PostgreSQL"));
	assert_null(st);
#endif
}

static void same_page_twice_is_stored_once(void **state)
{
	struct fixture *f = *state;
	enum store_put_result w;
	int64_t id1, id2;
	assert_int_equal(put(f->st, "https://o.example/a", "A", "2024-01-01", "<p>a</p>", &w, &id1),
			 0);
	assert_int_equal(w, STORE_ADDED);
	assert_int_equal(put(f->st, "https://o.example/a", "A", "2024-01-01", "<p>a</p>", &w, &id2),
			 0);
	assert_int_equal(w, STORE_UNCHANGED);
	assert_int_equal(id1, id2);
	assert_int_equal(fixture_store_count(f->st, 0), 1);
}

static void changed_page_updates_article(void **state)
{
	struct fixture *f = *state;
	enum store_put_result w;
	int64_t id1, id2;
	struct article a;
	assert_int_equal(put(f->st, "https://o.example/a", "Old", NULL, "<p>v1</p>", &w, &id1), 0);
	assert_int_equal(put(f->st, "https://o.example/a", "New", NULL, "<p>v2</p>", &w, &id2), 0);
	assert_int_equal(w, STORE_UPDATED);
	assert_int_equal(id1, id2);
	assert_int_equal(store_article_get(f->st, id1, &a, NULL), 0);
	assert_string_equal(a.title, "New");
	assert_string_equal(a.source, "Example Outlet");
	assert_non_null(a.doc_sha256);
	assert_int_equal(strlen(a.doc_sha256), 64);
	article_release(&a);
	assert_int_equal(fixture_store_count(f->st, 0), 1);
}

static void latest_is_newest_first(void **state)
{
	struct fixture *f = *state;
	struct article_list l;
	enum store_put_result w;
	assert_int_equal(put(f->st, "https://o.example/1", "Old", "1998-08-08", "1", &w, NULL), 0);
	assert_int_equal(put(f->st, "https://o.example/2", "New", "2026-01-02", "2", &w, NULL), 0);
	assert_int_equal(put(f->st, "https://o.example/3", "Mid", "2021-08-15", "3", &w, NULL), 0);
	assert_int_equal(store_articles_latest(f->st, 10, 0, &l, NULL), 0);
	assert_int_equal(l.n, 3);
	assert_string_equal(l.items[0].title, "New");
	assert_string_equal(l.items[1].title, "Mid");
	assert_string_equal(l.items[2].title, "Old");
	assert_null(l.items[0].text); /* listing does not load text */
	article_list_release(&l);
	assert_int_equal(store_articles_latest(f->st, 1, 2, &l, NULL), 0);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.items[0].title, "Old");
	article_list_release(&l);
}

static void missing_article_is_notfound(void **state)
{
	struct fixture *f = *state;
	struct article a;
	struct error err = { 0 };
	assert_int_equal(store_article_get(f->st, 12345, &a, &err), -ERR_NOTFOUND);
	assert_int_equal(err.code, ERR_NOTFOUND);
}

static void article_without_url_is_refused(void **state)
{
	struct fixture *f = *state;
	struct article_in a;
	struct document d = { NULL, NULL, "x", 1, NULL };
	struct error err = { 0 };
	enum store_put_result w;
	int64_t id;
	memset(&a, 0, sizeof(a));
	a.title = "T";
	assert_int_equal(store_article_put(f->st, &d, &a, &id, &w, &err), -ERR_USAGE);
	assert_int_equal(fixture_store_count(f->st, 0), 0);
}

static void check_reports_counts(void **state)
{
	struct fixture *f = *state;
	enum store_put_result w;
	char msg[512];
	assert_int_equal(put(f->st, "https://o.example/a", "A", NULL, "<p>a</p>", &w, NULL), 0);
	assert_int_equal(store_check(f->st, msg, sizeof(msg), NULL), 0);
	assert_non_null(strstr(msg, "1 articles, 1 documents, 1 outlets"));
	assert_non_null(strstr(msg, "integrity ok"));
}

/* store_vacuum tells each step in order, from 1 to its last; store_size is the database's. */
struct steps {
	int calls, last_k, n, in_order;
};

static void count_step(const char *what, int k, int n, void *data)
{
	struct steps *s = data;
	assert_non_null(what);
	if (k < s->last_k || k > n || (s->n && n != s->n))
		s->in_order = 0;
	s->calls++;
	s->last_k = k;
	s->n = n;
}

static void vacuum_tells_its_steps_and_size_is_known(void **state)
{
	struct fixture *f = *state;
	enum store_put_result w;
	struct steps s = { 0, 0, 0, 1 };
	struct error err = { 0 };
	char msg[512];
	assert_int_equal(put(f->st, "https://o.example/a", "A", NULL, "<p>a</p>", &w, NULL), 0);
	assert_true(store_size(f->st, &err) > 0);
	assert_int_equal(store_vacuum(f->st, count_step, &s, &err), 0);
	assert_true(s.calls >= s.n);
	assert_true(s.n >= 1);
	assert_int_equal(s.last_k, s.n);
	assert_true(s.in_order);
	assert_int_equal(store_vacuum(f->st, NULL, NULL, &err), 0);
	assert_int_equal(store_check(f->st, msg, sizeof(msg), NULL), 0);
	assert_non_null(strstr(msg, "1 articles"));
}

static void data_survives_reopen_and_newer_schema_is_refused(void **state)
{
	struct fixture *f = *state;
	enum store_put_result w;
	struct error err = { 0 };
	sqlite3 *db;
	char sql[64];
	fixture_sqlite_only(f);
	assert_int_equal(put(f->st, "https://o.example/a", "A", NULL, "<p>a</p>", &w, NULL), 0);
	store_close(f->st);
	assert_int_equal(store_open(&f->st, f->path, &err), 0);
	assert_int_equal(fixture_store_count(f->st, 0), 1);
	store_close(f->st);
	f->st = NULL;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", store_schema_latest() + 1);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(store_open(&f->st, f->path, &err), -ERR_DB);
	assert_non_null(strstr(err.msg, "newer"));
	assert_null(f->st);
}

/* The stored page of article `id`, read back through the store, into `out`. */
static void stored_body(struct store *st, int64_t id, struct buf *out)
{
	struct article a;
	struct error err = { 0 };
	assert_int_equal(store_article_get(st, id, &a, &err), 0);
	assert_non_null(a.doc_sha256);
	buf_reset(out);
	if (store_document_body(st, a.doc_sha256, out, &err) < 0)
		fail_msg("reading the body of article %lld: %s", (long long)id, err.msg);
	article_release(&a);
}

static void prepared_document_is_stored_as_unprepared(void **state)
{
	struct fixture *f = *state;
	static const char body[] = "<html><p>The same page, prepared on another thread.</p></html>";
	static const char body2[] =
		"<html><p>Another page, prepared while the first waits.</p></html>";
	struct document_packer pk = { 0 };
	struct document_prep prep = { 0 }, prep2 = { 0 };
	struct document d = { "https://o.example/p", "text/html", body, sizeof(body) - 1, NULL };
	struct article_in a;
	struct article got;
	struct error err = { 0 };
	enum store_put_result what;
	struct buf out = BUF_INIT;
	int64_t id;

	assert_int_equal(store_document_prepare(&pk, &d, &prep, &err), 0);
	d.prep = &prep;
	memset(&a, 0, sizeof(a));
	a.url = "https://o.example/p";
	a.title = "Prepared";
	a.text = "Some text.";
	assert_int_equal(store_article_put(f->st, &d, &a, &id, &what, &err), 0);
	assert_int_equal(what, STORE_ADDED);
	stored_body(f->st, id, &out);
	assert_int_equal(out.len, sizeof(body) - 1);
	assert_memory_equal(out.data, body, sizeof(body) - 1);
	assert_int_equal(store_article_get(f->st, id, &got, &err), 0);
	assert_string_equal(got.doc_sha256, prep.sha256);
	article_release(&got);
	/* the same page unprepared is recognised as unchanged */
	d.prep = NULL;
	assert_int_equal(store_article_put(f->st, &d, &a, &id, &what, &err), 0);
	assert_int_equal(what, STORE_UNCHANGED);
	/* one packer makes the preps of several pages queued at once */
	d.url = "https://o.example/q";
	d.body = body2;
	d.len = sizeof(body2) - 1;
	assert_int_equal(store_document_prepare(&pk, &d, &prep2, &err), 0);
	assert_string_not_equal(prep2.sha256, prep.sha256);
	d.prep = &prep2;
	a.url = "https://o.example/q";
	assert_int_equal(store_article_put(f->st, &d, &a, &id, &what, &err), 0);
	assert_int_equal(what, STORE_ADDED);
	stored_body(f->st, id, &out);
	assert_int_equal(out.len, sizeof(body2) - 1);
	assert_memory_equal(out.data, body2, sizeof(body2) - 1);
	store_document_prep_release(&prep);
	store_document_prep_release(&prep2);
	store_document_packer_release(&pk);
	buf_release(&out);
}

/* Put a documents row with these columns straight through SQLite. */
static void insert_document(const char *path, const char *sha, sqlite3_int64 size, const void *body,
			    size_t len)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db,
					    "INSERT INTO documents(sha256, url, content_type, "
					    "size, body) VALUES (?, 'https://o.example/old', "
					    "'text/html', ?, ?)",
					    -1, &s, NULL),
			 SQLITE_OK);
	sqlite3_bind_text(s, 1, sha, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, size);
	sqlite3_bind_blob(s, 3, body, (int)len, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(s), SQLITE_DONE);
	sqlite3_finalize(s);
	sqlite3_close(db);
}

/* A body as stores before zstd wrote it (zlib's compress) still reads back. */
static void zlib_body_of_an_older_store_reads_back(void **state)
{
	struct fixture *f = *state;
	static const char page[] = "<html><p>Stored by an older brief, with zlib.</p></html>";
	unsigned char z[256];
	uLongf zlen = sizeof(z);
	struct buf out = BUF_INIT;
	struct error err = { 0 };
	fixture_sqlite_only(f);

	assert_int_equal(compress(z, &zlen, (const Bytef *)page, sizeof(page) - 1), Z_OK);
	insert_document(f->path, "old", sizeof(page) - 1, z, zlen);
	assert_int_equal(store_document_body(f->st, "old", &out, &err), 0);
	assert_int_equal(out.len, sizeof(page) - 1);
	assert_memory_equal(out.data, page, sizeof(page) - 1);
	/* a cap on the caller's buffer holds */
	buf_release(&out);
	buf_init(&out, 10);
	assert_int_equal(store_document_body(f->st, "old", &out, &err), -ERR_LIMIT);
	assert_int_equal(out.len, 0);
	buf_release(&out);
}

/* The documents.body of the document `sha`, as stored, into `out`. */
static void raw_body(const char *path, const char *sha, struct buf *out)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(
		sqlite3_prepare_v2(db, "SELECT body FROM documents WHERE sha256 = ?", -1, &s, NULL),
		SQLITE_OK);
	sqlite3_bind_text(s, 1, sha, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	buf_reset(out);
	assert_int_equal(
		buf_add(out, sqlite3_column_blob(s, 0), (size_t)sqlite3_column_bytes(s, 0)), 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
}

/*
 * Each kind of damage, to a body as brief writes it (a zstd frame), to a
 * zstd frame without its size and to a body as older stores hold it (zlib),
 * is an error that names the document, never a crash or a wrong page.
 */
static void damaged_bodies_are_errors(void **state)
{
	struct fixture *f = *state;
	static const char page[] =
		"<html><p>A page that will be damaged in the database, a page that will be "
		"damaged.</p></html>";
	static const char *const kinds[] = { "zstd", "sizeless zstd", "zlib" };
	static const struct {
		const char *name, *why;
		const char *why_sizeless; /* when no header gives the size; NULL: why */
		sqlite3_int64 size;       /* the size column; -1: the page's */
		int flip;                 /* a byte of the body to flip; -1: none */
		int cut;                  /* bytes cut from its end */
		int add;                  /* bytes added after it */
	} cases[] = {
		{ "flipped", "corrupt", NULL, -1, 20, 0, 0 },
		{ "truncated", "corrupt", NULL, -1, -1, 6, 0 },
		{ "trailing", "after its end", NULL, -1, -1, 0, 3 },
		{ "short size", "corrupt", NULL, 10, -1, 0, 0 },
		{ "long size", "corrupt", NULL, 120, -1, 0, 0 },
		{ "huge size", "over the", NULL, (sqlite3_int64)1 << 40, -1, 0, 0 },
		{ "impossible size", "corrupt", "cannot hold", 100000000, -1, 0, 0 },
		{ "negative size", "damaged", NULL, -5, -1, 0, 0 },
		{ "not compressed", "no known format", NULL, -1, 0, 0, 0 },
	};
	unsigned char good[3][256];
	size_t goodlen[3];
	struct buf raw = BUF_INIT, bad = BUF_INIT, out = BUF_INIT;
	struct error err = { 0 };
	struct article a;
	ZSTD_CCtx *cc;
	uLongf zlen = sizeof(good[2]);
	char name[64];
	size_t i, k;
	fixture_sqlite_only(f);

	/* a body as brief writes it: one zstd frame, with the page's size */
	assert_int_equal(store_article_get(f->st,
					   fixture_put(f->st, "https://o.example/z", "Z", page), &a,
					   &err),
			 0);
	raw_body(f->path, a.doc_sha256, &raw);
	article_release(&a);
	assert_true(raw.len > 4 && raw.len <= sizeof(good[0]));
	assert_memory_equal(raw.data, "\x28\xb5\x2f\xfd", 4);
	assert_true(raw.data[4] & 0x04); /* the frame header's checksum flag (RFC 8878) */
	memcpy(good[0], raw.data, raw.len);
	goodlen[0] = raw.len;
	buf_release(&raw);
	/* a frame whose header does not say the size, as other zstd writers make */
	cc = ZSTD_createCCtx();
	assert_non_null(cc);
	ZSTD_CCtx_setParameter(cc, ZSTD_c_contentSizeFlag, 0);
	ZSTD_CCtx_setParameter(cc, ZSTD_c_checksumFlag, 1);
	goodlen[1] = ZSTD_compress2(cc, good[1], sizeof(good[1]), page, sizeof(page) - 1);
	assert_false(ZSTD_isError(goodlen[1]));
	ZSTD_freeCCtx(cc);
	/* zlib, as stores before zstd wrote it */
	assert_int_equal(compress(good[2], &zlen, (const Bytef *)page, sizeof(page) - 1), Z_OK);
	goodlen[2] = (size_t)zlen;

	for (k = 0; k < 3; k++) {
		for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
			const char *why =
				k && cases[i].why_sizeless ? cases[i].why_sizeless : cases[i].why;
			buf_reset(&bad);
			assert_int_equal(buf_add(&bad, good[k], goodlen[k] - (size_t)cases[i].cut),
					 0);
			assert_int_equal(buf_add(&bad, "\0\0\0", (size_t)cases[i].add), 0);
			if (cases[i].flip >= 0)
				bad.data[cases[i].flip] ^= 0x5a;
			snprintf(name, sizeof(name), "%s %s", kinds[k], cases[i].name);
			insert_document(f->path, name,
					cases[i].size == -1 ? (sqlite3_int64)sizeof(page) - 1
							    : cases[i].size,
					bad.data, bad.len);
			error_clear(&err);
			buf_reset(&out);
			assert_true(store_document_body(f->st, name, &out, &err) < 0);
			if (!strstr(err.msg, why) || !strstr(err.msg, name))
				fail_msg("%s: unexpected error \"%s\"", name, err.msg);
			assert_int_equal(out.len, 0);
		}
		/* undamaged, each reads back */
		snprintf(name, sizeof(name), "%s undamaged", kinds[k]);
		insert_document(f->path, name, sizeof(page) - 1, good[k], goodlen[k]);
		assert_int_equal(store_document_body(f->st, name, &out, &err), 0);
		assert_int_equal(out.len, sizeof(page) - 1);
		assert_memory_equal(out.data, page, sizeof(page) - 1);
	}
	assert_int_equal(store_document_body(f->st, "absent", &out, &err), -ERR_NOTFOUND);
	buf_release(&bad);
	buf_release(&out);
}

/* Ids of the hits of `query`, at most `max`; the count. */
static size_t hits(struct store *st, const char *query, int64_t *ids, size_t max)
{
	struct search_query q;
	struct search_results r;
	struct error err = { 0 };
	size_t i, n;
	assert_int_equal(search_query_parse(query, &q, &err), 0);
	if (store_search(st, &q, max, 0, &r, &err) < 0)
		fail_msg("search '%s': %s", query, err.msg);
	n = r.n;
	for (i = 0; i < n; i++)
		ids[i] = r.items[i].a.id;
	search_results_release(&r);
	search_query_release(&q);
	return n;
}

/* Tags come with the article; an update's replace the old ones; tag: finds them. */
static void tags_are_stored_and_replaced(void **state)
{
	struct fixture *f = *state;
	struct article_in a;
	struct document d = { "https://o.example/t", "text/html", "<p>v1</p>", 9, NULL };
	struct error err = { 0 };
	enum store_put_result w;
	int64_t id, got[4];
	memset(&a, 0, sizeof(a));
	a.url = "https://o.example/t";
	a.title = "Harbour news";
	a.text = "The harbour reopened.";
	a.tags = "Europe\nPolitics";
	assert_int_equal(store_article_put(f->st, &d, &a, &id, &w, &err), 0);
	assert_int_equal(hits(f->st, "harbour tag:europe", got, 4), 1);
	assert_int_equal(got[0], id);
	assert_int_equal(hits(f->st, "tag:politics", got, 4), 1);
	d.body = "<p>v2</p>";
	a.tags = "Sport";
	assert_int_equal(store_article_put(f->st, &d, &a, &id, &w, &err), 0);
	assert_int_equal(w, STORE_UPDATED);
	assert_int_equal(hits(f->st, "harbour tag:europe", got, 4), 0);
	assert_int_equal(hits(f->st, "harbour tag:sport", got, 4), 1);
}

/* Store a page of `outlet` (home `home`, NULL: a local file); its id. */
static int64_t put_outlet_page(struct store *st, const char *url, const char *outlet,
			       const char *home)
{
	struct article_in a;
	struct document d = { url, "text/html", url, strlen(url), NULL };
	struct error err = { 0 };
	enum store_put_result w;
	int64_t id;
	memset(&a, 0, sizeof(a));
	a.url = url;
	a.title = "Harbour news";
	a.text = "The harbour reopened after the storm.";
	a.source = outlet;
	a.source_url = home;
	assert_int_equal(store_article_put(st, &d, &a, &id, &w, &err), 0);
	return id;
}

/* 1 when article `id`'s outlet is the one at `home` (NULL: it has none). */
static int home_is(struct store *st, int64_t id, const char *home)
{
	struct article got;
	struct error err = { 0 };
	int same;
	assert_int_equal(store_article_get(st, id, &got, &err), 0);
	same = home ? got.source_url && !strcmp(got.source_url, home) : !got.source_url;
	article_release(&got);
	return same;
}

/*
 * A local page that names its site joins the one outlet of that name, in
 * any case, whether that outlet came first or later; with two outlets of
 * one name it joins neither, and a name no outlet has stays its own.
 */
static void local_page_joins_the_outlet_of_its_name(void **state)
{
	struct fixture *f = *state;
	const char *home = "https://gazette.example/";
	int64_t a, b, c, d;

	a = put_outlet_page(f->st, "file:///saved/a.html", "Harbour Gazette", NULL);
	assert_true(home_is(f->st, a, NULL));
	put_outlet_page(f->st, "https://gazette.example/x", "Harbour Gazette", home);
	assert_true(home_is(f->st, a, home));
	b = put_outlet_page(f->st, "file:///saved/b.html", "harbour GAZETTE", NULL);
	assert_true(home_is(f->st, b, home));
	c = put_outlet_page(f->st, "file:///saved/c.html", "Quay Times", NULL);
	assert_true(home_is(f->st, c, NULL));
	/* a second outlet of the name: a page of that name is neither's */
	put_outlet_page(f->st, "https://gazette2.example/y", "Harbour Gazette",
			"https://gazette2.example/");
	d = put_outlet_page(f->st, "file:///saved/d.html", "Harbour Gazette", NULL);
	assert_true(home_is(f->st, d, NULL));
	assert_true(home_is(f->st, a, home));
}

/* Subscriptions: added once per normalised URL, found, updated, logged, removed. */
static void subscriptions_round_trip(void **state)
{
	struct fixture *f = *state;
	struct subscription_in in = { 0 };
	struct subscription s;
	struct subscription_list l;
	struct fetch_log_entry e = { 0 };
	struct fetch_log_list log;
	struct error err = { 0 };
	int64_t id, id2, art;
	int existed;
	char key[24];

	in.url = "https://Feeds.Example.org/news.xml";
	in.name = "Example news";
	assert_int_equal(store_subscription_add(f->st, &in, &id, &existed, &err), 0);
	assert_int_equal(existed, 0);
	in.url = "https://feeds.example.org/news.xml";
	assert_int_equal(store_subscription_add(f->st, &in, &id2, &existed, &err), 0);
	assert_int_equal(existed, 1);
	assert_int_equal(id2, id);
	assert_int_equal(store_subscription_get(f->st, "Example news", &s, &err), 0);
	assert_int_equal(s.id, id);
	assert_int_equal(s.interval_s, 3600);
	assert_string_equal(s.kind, "feed");
	s.next_poll = 5000;
	s.etag = "\"v1\"";
	s.last_status = 200;
	assert_int_equal(store_subscription_update(f->st, &s, &err), 0);
	s.etag = NULL; /* borrowed above: not the record's to free */
	subscription_release(&s);
	snprintf(key, sizeof(key), "%lld", (long long)id);
	assert_int_equal(store_subscription_get(f->st, key, &s, &err), 0);
	assert_string_equal(s.etag, "\"v1\"");
	assert_non_null(s.last_fetch);
	subscription_release(&s);
	assert_int_equal(store_subscription_list(f->st, 1, 4999, &l, &err), 0);
	assert_int_equal(l.n, 0);
	subscription_list_release(&l);
	assert_int_equal(store_subscription_list(f->st, 1, 5000, &l, &err), 0);
	assert_int_equal(l.n, 1);
	subscription_list_release(&l);

	e.url = "https://feeds.example.org/news.xml";
	e.status = 304;
	e.error = "not modified";
	assert_int_equal(store_fetch_log_add(f->st, id, &e, &err), 0);
	assert_int_equal(store_fetch_log_list(f->st, id, 10, &log, &err), 0);
	assert_int_equal(log.n, 1);
	assert_int_equal(log.items[0].status, 304);
	assert_string_equal(log.items[0].error, "not modified");
	fetch_log_list_release(&log);

	/* an entry seen without its article counts as unseen until it is stored */
	assert_int_equal(store_feed_entry_seen(f->st, id, "entry-1", &err), 0);
	assert_int_equal(store_feed_entry_put(f->st, id, "entry-1", "https://o.example/e", 0, &err),
			 0);
	assert_int_equal(store_feed_entry_seen(f->st, id, "entry-1", &err), 0);
	art = fixture_put(f->st, "https://o.example/e", "Entry", "The entry's text.");
	assert_int_equal(
		store_feed_entry_put(f->st, id, "entry-1", "https://o.example/e", art, &err), 0);
	assert_int_equal(store_feed_entry_seen(f->st, id, "entry-1", &err), 1);
	assert_int_equal(store_subscription_get(f->st, key, &s, &err), 0);
	assert_int_equal(s.entries, 1);
	assert_int_equal(s.articles, 1);
	subscription_release(&s);

	assert_int_equal(store_subscription_remove(f->st, id, &err), 0);
	assert_int_equal(store_subscription_remove(f->st, id, &err), -ERR_NOTFOUND);
	assert_int_equal(store_subscription_get(f->st, key, &s, &err), -ERR_NOTFOUND);
}

/* How many of the events store_events_filtered lists; the first's date into day. */
static size_t filtered(struct store *st, const char *a, const char *b, const struct search_query *q,
		       size_t limit, size_t offset, char *day)
{
	struct stored_event_list got;
	struct error err = { 0 };
	size_t n;
	assert_int_equal(store_events_filtered(st, a, b, q, limit, offset, &got, &err), 0);
	n = got.n;
	if (day)
		snprintf(day, 16, "%s", n && got.items[0].date ? got.items[0].date : "");
	stored_event_list_release(&got);
	return n;
}

/*
 * The two events of events_are_replaced_with_their_actors (2024-03-01 and
 * -02, of an article of outlet.example.org) filtered as the search filters: the dates
 * are the events' own, the outlet, language and tag their article's.
 */
static void events_filtered_as_the_search(struct store *st)
{
	struct search_query q = { 0 };
	char since[] = "2024-03-02", until[] = "2024-03-01", month[] = "2024-03",
	     host[] = "outlet.example", other[] = "nowhere.example", tag[] = "no-such-tag";
	char day[16];

	assert_int_equal(filtered(st, "FRA", NULL, NULL, 10, 0, day), 2);
	assert_string_equal(day, "2024-03-02"); /* newest first */
	q.since = since;
	assert_int_equal(filtered(st, "FRA", NULL, &q, 10, 0, day), 1);
	assert_string_equal(day, "2024-03-02");
	q.since = NULL;
	q.until = until;
	assert_int_equal(filtered(st, "FRA", NULL, &q, 10, 0, day), 1);
	assert_string_equal(day, "2024-03-01");
	q.until = month; /* a prefix: the whole month */
	assert_int_equal(filtered(st, "DEU", "FRA", &q, 10, 0, NULL), 2);
	assert_int_equal(filtered(st, "DEU", "FRA", &q, 1, 1, day), 1);
	assert_string_equal(day, "2024-03-01");
	q.until = NULL;
	q.source = host;
	assert_int_equal(filtered(st, NULL, NULL, &q, 10, 0, NULL), 2);
	q.source = other;
	assert_int_equal(filtered(st, NULL, NULL, &q, 10, 0, NULL), 0);
	q.source = NULL;
	q.tag = tag;
	assert_int_equal(filtered(st, "DEU", "FRA", &q, 10, 0, NULL), 0);
}

/* How many (source, target) pairs store_actor_pairs_filtered sums; events of all into *events. */
static size_t pairs(struct store *st, const char *actor, const struct search_query *q,
		    int64_t *events)
{
	struct actor_pair_list l;
	struct error err = { 0 };
	size_t n, i;
	assert_int_equal(store_actor_pairs_filtered(st, actor, q, &l, &err), 0);
	n = l.n;
	for (*events = 0, i = 0; i < n; i++)
		*events += l.items[i].events;
	actor_pair_list_release(&l);
	return n;
}

/* The same two events summed by pair, only those that pass the filters. */
static void actor_pairs_filtered_as_the_search(struct store *st)
{
	struct search_query q = { 0 };
	char since[] = "2024-03-02", until[] = "2024-03-01", host[] = "outlet.example",
	     other[] = "nowhere.example", tag[] = "no-such-tag", lang[] = "xx";
	int64_t ev;

	assert_int_equal(pairs(st, "FRA", NULL, &ev), 2);
	assert_int_equal(ev, 2);
	q.since = since;
	assert_int_equal(pairs(st, "FRA", &q, &ev), 1);
	assert_int_equal(pairs(st, NULL, &q, &ev), 1);
	assert_int_equal(ev, 1);
	q.since = NULL;
	q.until = until;
	assert_int_equal(pairs(st, "DEU", &q, &ev), 1);
	q.until = NULL;
	q.source = host;
	assert_int_equal(pairs(st, NULL, &q, &ev), 2);
	q.source = other;
	assert_int_equal(pairs(st, NULL, &q, &ev), 0);
	q.source = NULL;
	q.tag = tag;
	assert_int_equal(pairs(st, "FRA", &q, &ev), 0);
	q.tag = NULL;
	q.lang = lang;
	assert_int_equal(pairs(st, NULL, &q, &ev), 0);
}

/* The outlets with articles that pass `q`: how many, their articles into *articles. */
static size_t outlets(struct store *st, const struct search_query *q, int64_t *articles)
{
	struct outlet_list l;
	struct error err = { 0 };
	size_t n, i;
	assert_int_equal(store_outlets_filtered(st, q, 100, 0, &l, &err), 0);
	n = l.n;
	for (*articles = 0, i = 0; i < n; i++)
		*articles += l.items[i].articles;
	outlet_list_release(&l);
	return n;
}

/* The outlets of the article of those events, filtered as the search filters articles. */
static void outlets_filtered_as_the_search(struct store *st)
{
	struct search_query q = { 0 };
	char actor[] = "FRA", other[] = "USA", tag[] = "no-such-tag", lang[] = "xx";
	int64_t n;

	assert_true(outlets(st, NULL, &n) >= 1);
	q.actor = actor;
	assert_int_equal(outlets(st, &q, &n), 1);
	assert_int_equal(n, 1);
	q.actor = other;
	assert_int_equal(outlets(st, &q, &n), 0);
	q.actor = NULL;
	q.tag = tag;
	assert_int_equal(outlets(st, &q, &n), 0);
	q.tag = NULL;
	q.lang = lang;
	assert_int_equal(outlets(st, &q, &n), 0);
}

/* An article's events are replaced as a whole, with the actors it names. */
static void events_are_replaced_with_their_actors(void **state)
{
	struct fixture *f = *state;
	const char *text = "Envoys of both countries met in the capital.";
	struct event ev[2];
	struct event_list l = { 0 };
	struct event_filter flt = { 0 };
	struct stored_event_list got;
	struct error err = { 0 };
	char **actors;
	size_t n, i;
	int64_t id = fixture_put(f->st, "https://o.example/ev", "Envoys meet", text);

	fixture_two_events(ev, text);
	l.v = ev;
	l.n = 2;
	assert_int_equal(store_events_replace(f->st, id, &l, text, &err), 0);
	assert_int_equal(store_events_replace(f->st, id, &l, text, &err), 0);
	assert_int_equal(fixture_store_count(f->st, 1), 2);
	flt.actor = "FRA";
	assert_int_equal(store_events_query(f->st, &flt, &got, &err), 0);
	assert_int_equal(got.n, 2);
	assert_string_equal(got.items[0].evidence, text);
	assert_string_equal(got.items[0].verb, "met");
	assert_string_equal(got.items[0].date, "2024-03-01");
	stored_event_list_release(&got);
	events_filtered_as_the_search(f->st);
	actor_pairs_filtered_as_the_search(f->st);
	outlets_filtered_as_the_search(f->st);
	{
		/* of the article and an id no article has, the one that names FRA */
		int64_t ids[2] = { id, id + 1000000 }, *pass;
		size_t np;
		char fra[] = "fra", none[] = "no-such-tag";
		struct search_query q = { 0 };
		q.actor = fra;
		assert_int_equal(store_articles_passing(f->st, &q, ids, 2, &pass, &np, &err), 0);
		assert_int_equal(np, 1);
		assert_true(pass[0] == id);
		free(pass);
		q.actor = NULL;
		q.tag = none;
		assert_int_equal(store_articles_passing(f->st, &q, ids, 2, &pass, &np, &err), 0);
		assert_int_equal(np, 0);
		free(pass);
	}
	{
		/*
		 * more ids than one statement takes (500): the article, at the
		 * end of the first, the start of the second and twice in the
		 * last, is found once in each
		 */
		int64_t many[1201];
		size_t np, k;
		int64_t *pass;
		struct search_query q = { 0 };
		char fra[] = "fra";
		for (k = 0; k < 1201; k++)
			many[k] = k == 499 || k == 500 || k == 1000 || k == 1200
					  ? id
					  : id + 1000000 + (int64_t)k;
		q.actor = fra;
		assert_int_equal(store_articles_passing(f->st, &q, many, 1201, &pass, &np, &err),
				 0);
		assert_int_equal(np, 3);
		for (k = 0; k < np; k++)
			assert_true(pass[k] == id);
		free(pass);
	}
	assert_int_equal(store_article_actors(f->st, id, &actors, &n, &err), 0);
	assert_int_equal(n, 2);
	for (i = 0; i < n; i++)
		free(actors[i]);
	free(actors);
	l.n = 0;
	assert_int_equal(store_events_replace(f->st, id, &l, text, &err), 0);
	assert_int_equal(fixture_store_count(f->st, 1), 0);
	assert_int_equal(store_article_actors(f->st, id, &actors, &n, &err), 0);
	assert_int_equal(n, 0);
	free(actors);
}

/* The latest stories fold copies: the original listed once, with its copies counted. */
static void latest_stories_fold_copies(void **state)
{
	struct fixture *f = *state;
	struct search_results r;
	struct article_list copies;
	struct error err = { 0 };
	int64_t a = fixture_put(f->st, "https://o.example/orig", "Orig", "The original story.");
	int64_t b = fixture_put(f->st, "https://p.example/copy", "Copy", "A copy of the story.");
	int64_t c = fixture_put(f->st, "https://q.example/alone", "Alone", "Another story.");
	int64_t *ids;
	size_t n;
	assert_int_equal(store_group_set(f->st, a, a, 1.0, &err), 0);
	assert_int_equal(store_group_set(f->st, b, a, 0.9, &err), 0);
	assert_int_equal(store_latest_groups(f->st, 10, 0, &r, &err), 0);
	assert_int_equal(r.n, 2);
	assert_true((r.items[0].a.id == a && r.items[1].a.id == c) ||
		    (r.items[0].a.id == c && r.items[1].a.id == a));
	assert_int_equal(r.items[r.items[0].a.id == a ? 0 : 1].copies, 1);
	search_results_release(&r);
	assert_int_equal(store_copies(f->st, a, &copies, &err), 0);
	assert_int_equal(copies.n, 1);
	assert_int_equal(copies.items[0].id, b);
	article_list_release(&copies);
	assert_int_equal(
		store_originals_between(f->st, "2024-01-01", "2024-01-01", 10, &ids, &n, &err), 0);
	assert_int_equal(n, 2);
	free(ids);
}

/* An event of `text`'s sentence [off, off+len): src -> tgt, CAMEO `code`, on y-m-d. */
static void deed(struct event *e, const char *src, const char *tgt, const char *code, int y, int m,
		 int d, size_t off, size_t len)
{
	memset(e, 0, sizeof(*e));
	snprintf(e->source, sizeof(e->source), "%s", src);
	snprintf(e->target, sizeof(e->target), "%s", tgt);
	snprintf(e->code, sizeof(e->code), "%s", code);
	snprintf(e->root, sizeof(e->root), "%.2s", code);
	e->goldstein = code[0] == '1' ? -10.0 : 1.9;
	e->quad = code[0] == '1' ? 4 : 1;
	e->date.y = y;
	e->date.m = m;
	e->date.d = d;
	e->date.prec = DP_DAY;
	e->s_off = (uint32_t)off;
	e->s_len = (uint32_t)len;
}

/*
 * A copy published the next day tells its original's deeds once more: an
 * undated sentence (dated by each article's publication day, so a day
 * apart) in other words, and a sentence told word for word whose
 * "yesterday" is a day later in the copy. Each deed is listed and counted
 * once, the copy named as its other teller; a report of another group
 * on the copy's day is a deed of its own.
 */
static void copy_of_the_next_day_tells_its_originals_deeds_once(void **state)
{
	struct fixture *f = *state;
	const char *ot = "KANG - Guards of Iran and the Taliban exchanged fire at the border. "
			 "The envoy of Iran visited Kabul yesterday.";
	const char *ct = "Guards of Iran and the Taliban exchanged fire at the border. "
			 "The envoy of Iran visited Kabul yesterday.";
	const char *visit = "The envoy of Iran visited Kabul yesterday.";
	size_t os = (size_t)(strstr(ot, visit) - ot), cs = (size_t)(strstr(ct, visit) - ct);
	struct event ev[2];
	struct event_list l = { 0 };
	struct stored_event_list got;
	struct actor_pair_list pl;
	struct article_list told;
	struct error err = { 0 };
	int64_t o = fixture_put_on(f->st, "https://o.example/clash", "Clash", ot,
				   "2023-05-27T18:40:00+04:30");
	int64_t c = fixture_put_on(f->st, "https://c.example/clash", "Clash", ct,
				   "2023-05-28T06:30:00Z");
	int64_t x = fixture_put_on(f->st, "https://x.example/other", "Other", ct,
				   "2023-05-28T07:00:00Z");
	int64_t n = 0;
	size_t i;

	l.v = ev;
	l.n = 2;
	assert_int_equal(store_group_set(f->st, o, o, 1.0, &err), 0);
	assert_int_equal(store_group_set(f->st, c, o, 0.9, &err), 0);
	assert_int_equal(store_group_set(f->st, x, x, 1.0, &err), 0);
	deed(&ev[0], "IRNMIL", "AFGREB", "190", 2023, 5, 27, 0, os - 1);
	deed(&ev[1], "IRNGOV", "AFG", "042", 2023, 5, 26, os, strlen(visit));
	assert_int_equal(store_events_replace(f->st, o, &l, ot, &err), 0);
	deed(&ev[0], "AFGREB", "IRNMIL", "190", 2023, 5, 28, 0, cs - 1);
	deed(&ev[1], "IRNGOV", "AFG", "042", 2023, 5, 27, cs, strlen(visit));
	assert_int_equal(store_events_replace(f->st, c, &l, ct, &err), 0);
	l.n = 1;
	assert_int_equal(store_events_replace(f->st, x, &l, ct, &err), 0);

	assert_int_equal(store_events_page(f->st, "IRN", "AFGREB", 10, 0, &got, &err), 0);
	assert_int_equal(got.n, 2); /* the original's, and the other group's */
	for (i = 0; i < got.n; i++)
		assert_true(got.items[i].article_id == o || got.items[i].article_id == x);
	for (i = 0; i < got.n; i++) {
		assert_int_equal(event_copies(f->st, &got.items[i], &told, &err), 0);
		assert_int_equal(told.n, got.items[i].article_id == o ? 1 : 0);
		if (told.n)
			assert_true(told.items[0].id == c);
		article_list_release(&told);
	}
	stored_event_list_release(&got);
	assert_int_equal(store_events_page(f->st, "IRNGOV", "AFG", 10, 0, &got, &err), 0);
	assert_int_equal(got.n, 1);
	assert_true(got.items[0].article_id == o);
	stored_event_list_release(&got);
	assert_int_equal(store_actor_pairs(f->st, "IRN", &pl, &err), 0);
	for (i = 0; i < pl.n; i++)
		n += pl.items[i].events;
	actor_pair_list_release(&pl);
	assert_int_equal(n, 3);
}

/*
 * A sentence whose target is coded at two depths (IRNGOV>USA and
 * IRNGOV>USAGOV, the second also coded the other way round) tells one
 * deed, listed and counted as its most specific event; a key actor under
 * another's code (AFGREB under AFG) is an actor of its own, and each
 * engine reads the rule alike.
 */
static void sentence_coded_at_two_depths_is_one_deed(void **state)
{
	struct fixture *f = *state;
	const char *t = "Envoys of Iran and America met in Muscat. Iran also met Taliban envoys.";
	size_t two = (size_t)(strstr(t, "Iran also") - t);
	struct event ev[6];
	struct event_list l = { 0 };
	struct stored_event_list got;
	struct actor_pair_list pl;
	struct error err = { 0 };
	int64_t a = fixture_put_on(f->st, "https://o.example/muscat", "Muscat", t,
				   "2024-02-11T08:00:00Z");
	int64_t n = 0;
	size_t i;

	deed(&ev[0], "IRNGOV", "USA", "040", 2024, 2, 10, 0, two - 1);
	deed(&ev[1], "IRNGOV", "USAGOV", "040", 2024, 2, 10, 0, two - 1);
	deed(&ev[2], "USAGOV", "IRNGOV", "040", 2024, 2, 10, 0, two - 1);
	deed(&ev[3], "IRN", "AFG", "040", 2024, 2, 10, two, strlen(t) - two);
	deed(&ev[4], "IRN", "AFGREB", "040", 2024, 2, 10, two, strlen(t) - two);
	deed(&ev[5], "IRNGOV", "AFG", "040", 2024, 2, 10, two, strlen(t) - two);
	ev[3].sentence = ev[4].sentence = ev[5].sentence = 1;
	l.v = ev;
	l.n = 6;
	assert_int_equal(store_events_replace(f->st, a, &l, t, &err), 0);
	assert_int_equal(store_events_page(f->st, "IRN", "USA", 10, 0, &got, &err), 0);
	assert_int_equal(got.n, 1);
	assert_string_equal(got.items[0].source, "IRNGOV");
	assert_string_equal(got.items[0].target, "USAGOV");
	stored_event_list_release(&got);
	/* IRNGOV>USAGOV, IRN>AFGREB and IRNGOV>AFG: IRN>AFG is told by the last */
	assert_int_equal(store_events_page(f->st, "IRN", NULL, 10, 0, &got, &err), 0);
	assert_int_equal(got.n, 3);
	for (i = 0; i < got.n; i++)
		assert_false(!strcmp(got.items[i].source, "IRN") &&
			     !strcmp(got.items[i].target, "AFG"));
	stored_event_list_release(&got);
	assert_int_equal(store_actor_pairs(f->st, "IRN", &pl, &err), 0);
	for (i = 0; i < pl.n; i++)
		n += pl.items[i].events;
	actor_pair_list_release(&pl);
	assert_int_equal(n, 3);
}

/* Rename the table `from` to `to` behind the store's back, on either engine. */
static void rename_table(struct fixture *f, const char *from, const char *to)
{
	char sql[128];
	snprintf(sql, sizeof(sql), "ALTER TABLE %s RENAME TO %s", from, to);
	if (f->pgdb[0]) {
		assert_int_equal(fixture_pg_admin_run(sql), 0);
	} else {
		sqlite3 *db;
		assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
		assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
		sqlite3_close(db);
	}
}

/*
 * An outlet's id: 0 for a home the store does not know (or none), and an
 * error, never that 0, when the outlets cannot be read: their table moved
 * away behind the store's back (and back before anything is asserted).
 */
static void source_id_tells_no_outlet_from_a_failure(void **state)
{
	struct fixture *f = *state;
	enum store_put_result w;
	struct error err = { 0 };
	int64_t id = -1, known;
	int r;

	assert_int_equal(
		put(f->st, "https://outlet.example.org/a", "A", NULL, "<p>a</p>", &w, NULL), 0);
	assert_int_equal(store_source_id(f->st, "https://outlet.example.org/", &known, &err), 0);
	assert_true(known > 0);
	assert_int_equal(store_source_id(f->st, "https://elsewhere.example.org/", &id, &err), 0);
	assert_int_equal(id, 0);
	id = -1;
	assert_int_equal(store_source_id(f->st, NULL, &id, &err), 0);
	assert_int_equal(id, 0);

	rename_table(f, "sources", "sources_away");
	id = -1;
	r = store_source_id(f->st, "https://outlet.example.org/", &id, &err);
	rename_table(f, "sources_away", "sources");
	assert_int_equal(r, -ERR_DB);
	assert_int_equal(err.code, ERR_DB);
	assert_int_equal(id, 0);
	/* and with the table back, the outlet again */
	assert_int_equal(store_source_id(f->st, "https://outlet.example.org/", &id, &err), 0);
	assert_int_equal(id, known);
}

/*
 * The counts of articles and events: an error when their table cannot be
 * read (moved away behind the store's back, and back before anything is
 * asserted), never a number.
 */
static void counts_report_a_failure(void **state)
{
	struct fixture *f = *state;
	enum store_put_result w;
	struct error err = { 0 };
	int64_t n = -1;
	int ra, re;

	assert_int_equal(
		put(f->st, "https://outlet.example.org/a", "A", NULL, "<p>a</p>", &w, NULL), 0);
	assert_int_equal(fixture_store_count(f->st, 0), 1);
	assert_int_equal(fixture_store_count(f->st, 1), 0);
	rename_table(f, "events", "events_away");
	re = store_event_count(f->st, &n, &err);
	rename_table(f, "events_away", "events");
	assert_int_equal(re, -ERR_DB);
	assert_int_equal(n, 0);
	rename_table(f, "articles", "articles_away");
	n = -1;
	ra = store_article_count(f->st, &n, &err);
	rename_table(f, "articles_away", "articles");
	assert_int_equal(ra, -ERR_DB);
	assert_int_equal(err.code, ERR_DB);
	assert_int_equal(n, 0);
	assert_int_equal(fixture_store_count(f->st, 0), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(new_store_is_at_latest_schema, store_setup_new,
						store_teardown),
		cmocka_unit_test_setup_teardown(address_picks_the_engine, store_setup_sqlite,
						store_teardown),
		cmocka_unit_test_setup_teardown(same_page_twice_is_stored_once, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(changed_page_updates_article, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(latest_is_newest_first, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(missing_article_is_notfound, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(article_without_url_is_refused, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(prepared_document_is_stored_as_unprepared,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(zlib_body_of_an_older_store_reads_back,
						store_setup_sqlite, store_teardown),
		cmocka_unit_test_setup_teardown(damaged_bodies_are_errors, store_setup_sqlite,
						store_teardown),
		cmocka_unit_test_setup_teardown(check_reports_counts, store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(vacuum_tells_its_steps_and_size_is_known,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(tags_are_stored_and_replaced, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(local_page_joins_the_outlet_of_its_name,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(subscriptions_round_trip, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(events_are_replaced_with_their_actors, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(latest_stories_fold_copies, store_setup,
						store_teardown),
		cmocka_unit_test_setup_teardown(sentence_coded_at_two_depths_is_one_deed,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(copy_of_the_next_day_tells_its_originals_deeds_once,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(data_survives_reopen_and_newer_schema_is_refused,
						store_setup_sqlite, store_teardown),
		cmocka_unit_test_setup_teardown(source_id_tells_no_outlet_from_a_failure,
						store_setup, store_teardown),
		cmocka_unit_test_setup_teardown(counts_report_a_failure, store_setup,
						store_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
