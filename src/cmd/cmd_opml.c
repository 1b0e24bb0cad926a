/*
 * brief opml: import sources from an OPML file, or export them as one.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "source/opml.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/url.h"

#include "util/banned.h"

static const char *const opml_usage[] = {
	"brief opml import [--allow-private] FILE   (- is standard input)",
	"brief opml export [FILE]",
	NULL,
};

#define OPML_BATCH 1000

static int import(struct store *st, const char *path, int allow_private)
{
	struct buf data = BUF_INIT;
	struct opml o;
	struct error err = { 0 };
	size_t i, added = 0, known = 0, bad = 0, kept_added = 0, kept_known = 0;
	int rc = EXIT_OK;

	if (file_read_all(path, 16u << 20, &data, &err) < 0 ||
	    opml_parse(data.data, data.len, &o, &err) < 0) {
		buf_release(&data);
		return report(path, &err);
	}
	buf_release(&data);
	/*
	 * Sources are added OPML_BATCH to a transaction: one commit a feed
	 * writes the log to disk once a feed, which a long list pays for in
	 * seconds; short transactions still let another writer in between.
	 */
	if (store_begin(st, &err) < 0) {
		opml_release(&o);
		return report("opml import", &err);
	}
	for (i = 0; i < o.n; i++) {
		struct subscription_in s;
		int64_t id;
		int existed = 0;
		if (i && i % OPML_BATCH == 0) {
			if (store_commit(st, &err) < 0 || store_begin(st, &err) < 0) {
				store_rollback(st);
				rc = report("opml import", &err);
				break;
			}
			kept_added = added;
			kept_known = known;
		}
		if (!url_is_http(o.items[i].xml_url)) {
			fprintf(stderr, "brief: %s: not an http(s) feed: %s\n", path,
				o.items[i].xml_url);
			bad++;
			continue;
		}
		memset(&s, 0, sizeof(s));
		s.url = o.items[i].xml_url;
		s.name = o.items[i].title;
		s.kind = "feed";
		s.tags = o.items[i].category;
		s.allow_private = allow_private;
		if (store_subscription_add(st, &s, &id, &existed, &err) < 0) {
			store_rollback(st);
			rc = report("opml import", &err);
			break;
		}
		if (existed)
			known++;
		else
			added++;
	}
	if (rc == EXIT_OK && store_commit(st, &err) < 0) {
		store_rollback(st);
		rc = report("opml import", &err);
	}
	if (rc != EXIT_OK) {
		/* what the unfinished batch added was rolled back */
		added = kept_added;
		known = kept_known;
	}
	if (o.too_deep)
		fprintf(stderr,
			"brief: %s: warning: outlines nested more than %d deep were skipped\n",
			path, OPML_MAX_DEPTH);
	if (o.too_many)
		fprintf(stderr, "brief: %s: warning: %zu %s past the first %d %s skipped\n", path,
			o.too_many, cmd_noun(o.too_many, "feed", "feeds"), OPML_MAX_OUTLINES,
			cmd_noun(o.too_many, "was", "were"));
	if (o.recovered)
		fprintf(stderr,
			"brief: %s: warning: the file is not well-formed XML; what could be "
			"read was imported\n",
			path);
	bad += o.too_deep + o.too_many;
	opml_release(&o);
	printf("imported %zu %s (%zu already followed, %zu skipped)\n", added,
	       cmd_noun(added, "source", "sources"), known, bad);
	return bad && rc == EXIT_OK ? EXIT_FAIL : rc;
}

static int export(struct store *st, const char *path)
{
	struct subscription_list l;
	struct buf out = BUF_INIT;
	struct error err = { 0 };
	size_t i;
	FILE *f;
	if (store_subscription_list(st, 0, 0, &l, &err) < 0)
		return report("opml export", &err);
	opml_begin(&out, "brief sources");
	for (i = 0; i < l.n; i++) {
		struct opml_outline o = { 0 };
		if (strcmp(l.items[i].kind, "feed"))
			continue;
		o.xml_url = l.items[i].url;
		o.title = l.items[i].name ? l.items[i].name : l.items[i].title;
		o.category = l.items[i].tags;
		opml_add(&out, &o);
	}
	opml_end(&out);
	subscription_list_release(&l);
	f = path && strcmp(path, "-") ? fopen(path, "w") : stdout;
	if (!f) {
		int e = errno;
		buf_release(&out);
		fprintf(stderr, "brief: %s: %s\n", path, strerror(e));
		return EXIT_FAIL;
	}
	if (fwrite(out.data, 1, out.len, f) != out.len || (f != stdout && fclose(f) != 0)) {
		buf_release(&out);
		fprintf(stderr, "brief: %s: write failed\n", path ? path : "stdout");
		return EXIT_FAIL;
	}
	buf_release(&out);
	return EXIT_OK;
}

int cmd_opml(int argc, const char **argv, struct cmd_ctx *ctx)
{
	int allow_private = 0;
	const struct option options[] = {
		OPT_BOOL(0, "allow-private", &allow_private,
			 "imported sources may be on private addresses"),
		OPT_END(),
	};
	struct store *st;
	int rc;

	argc = parse_options(argc, argv, options, opml_usage);
	usage_args(opml_usage, argc, argv, 1, 2, "import or export");
	if (strcmp(argv[0], "import") && strcmp(argv[0], "export"))
		usage_error(opml_usage, "'%.60s' is not import or export", argv[0]);
	if (!strcmp(argv[0], "import"))
		usage_args(opml_usage, argc, argv, 2, 2, "the FILE to import");
	/* export only reads */
	st = !strcmp(argv[0], "import") ? cmd_open_store(ctx) : cmd_open_existing(ctx);
	if (!strcmp(argv[0], "import"))
		return cmd_close_store(st, import(st, argv[1], allow_private));
	rc = export(st, argc > 1 ? argv[1] : NULL);
	store_close(st);
	return rc;
}
