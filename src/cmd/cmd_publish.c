/*
 * brief publish: the web site as static files (pages, feeds, API JSON).
 */
#include <stdio.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "store/store.h"
#include "web/web.h"

#include "util/banned.h"

static const char *const publish_usage[] = {
	"brief publish --out DIR",
	NULL,
};

int cmd_publish(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *out = NULL;
	const struct option options[] = {
		OPT_STRING('o', "out", &out, "DIR",
			   "folder to write the site to (made if missing)"),
		OPT_END(),
	};
	struct error err = { 0 };
	struct store *st;
	size_t files = 0;

	argc = parse_options(argc, argv, options, publish_usage);
	usage_args(publish_usage, argc, argv, 0, 0, NULL);
	if (!out || !*out)
		usage_error(publish_usage, "--out DIR is needed");
	st = cmd_open_existing(ctx);
	if (web_publish(st, out, &files, &err) < 0) {
		store_close(st);
		return report("publish", &err);
	}
	store_close(st);
	printf("published %zu %s to %s\n", files, cmd_noun(files, "file", "files"), out);
	return EXIT_OK;
}
