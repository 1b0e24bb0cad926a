/*
 * feed_dump: parses a feed file and prints it in a fixed form, one
 * "field: value" line per field that is set and "--" before each entry,
 * for the golden runner (tests/integration/t0190-golden.sh).
 *
 *   feed_dump FILE
 *
 * The feed's own URL is https://fixture.example/feeds/ and the file's
 * name, so relative links resolve the same wherever the checkout is. A
 * feed that does not parse prints "error: MESSAGE". Exit status 0 either
 * way; 2 when the file cannot be read.
 */
#include <stdio.h>
#include <string.h>

#include "source/feed.h"
#include "util/buf.h"
#include "util/file.h"

#include "util/banned.h"

static void put(struct buf *b, const char *k, const char *v)
{
	if (v)
		buf_addf(b, "%s: %s\n", k, v);
}

static void dump(const struct feed *f, struct buf *b)
{
	size_t i;
	buf_addf(b, "kind: %s\n", feed_kind_name(f->kind));
	put(b, "title", f->title);
	put(b, "link", f->link);
	put(b, "self", f->self);
	put(b, "description", f->description);
	put(b, "language", f->language);
	put(b, "updated", f->updated);
	if (f->ttl_minutes)
		buf_addf(b, "ttl: %ld\n", f->ttl_minutes);
	buf_addf(b, "recovered: %d\n", f->recovered);
	put(b, "error", f->recovered ? f->error : NULL);
	buf_addf(b, "entries: %zu\n", f->n);
	for (i = 0; i < f->n; i++) {
		const struct feed_entry *e = &f->entries[i];
		buf_adds(b, "--\n");
		put(b, "key", e->key);
		put(b, "id", e->id);
		put(b, "link", e->link);
		put(b, "title", e->title);
		put(b, "author", e->author);
		put(b, "published", e->published);
		put(b, "updated", e->updated);
		put(b, "language", e->language);
		put(b, "summary", e->summary);
		put(b, "content", e->content);
		put(b, "enclosure", e->enclosure_url);
		put(b, "enclosure_type", e->enclosure_type);
	}
}

int main(int argc, char **argv)
{
	struct buf in = BUF_INIT, url = BUF_INIT, out = BUF_INIT;
	struct error err = { 0 };
	struct feed f;
	const char *name;

	if (argc != 2) {
		fprintf(stderr, "usage: feed_dump FILE\n");
		return 2;
	}
	if (file_read_all(argv[1], 0, &in, &err) < 0) {
		fprintf(stderr, "feed_dump: %s: %s\n", argv[1], err.msg);
		return 2;
	}
	name = strrchr(argv[1], '/') ? strrchr(argv[1], '/') + 1 : argv[1];
	buf_addf(&url, "https://fixture.example/feeds/%s", name);
	if (feed_parse(in.data, in.len, url.data, &f, &err) < 0) {
		buf_addf(&out, "error: %s\n", err.msg);
	} else {
		dump(&f, &out);
		feed_release(&f);
	}
	fwrite(out.data, 1, out.len, stdout);
	buf_release(&in);
	buf_release(&url);
	buf_release(&out);
	return 0;
}
