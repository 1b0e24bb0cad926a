/*
 * brief dyad: the series of events between two actors (see docs/dyad.md).
 *
 *   brief dyad A B [--by month|year] [--format text|tsv|json]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "analyse/coder.h"
#include "corpus/dyads.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/escape.h"

#include "util/banned.h"

static const char *const dyad_usage[] = {
	"brief dyad A B [--by month|year] [--format text|tsv|json]",
	NULL,
};

int cmd_dyad(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *by = "year", *format = "text";
	const struct option options[] = {
		OPT_STRING(0, "by", &by, "PERIOD", "month or year (default)"),
		OPT_STRING(0, "format", &format, "FMT", "text (default), tsv or json"),
		OPT_END(),
	};
	struct dyad_bucket *b = NULL;
	struct error err = { 0 };
	struct store *st;
	size_t n = 0, i;
	int by_year;
	char a_buf[32], b_buf[32];
	const char *a_code, *b_code;

	argc = parse_options(argc, argv, options, dyad_usage);
	if (argc != 2)
		usage_error(dyad_usage, "wants two actors (IRN AFG), not %d", argc);
	if (strcmp(by, "month") && strcmp(by, "year"))
		usage_error(dyad_usage, "--by is month or year, not '%s'", by);
	if (strcmp(format, "text") && strcmp(format, "tsv") && strcmp(format, "json"))
		usage_error(dyad_usage, "--format is text, tsv or json, not '%s'", format);
	if (!(a_code = cmd_actor(ctx, argv[0], a_buf, sizeof(a_buf))) ||
	    !(b_code = cmd_actor(ctx, argv[1], b_buf, sizeof(b_buf))))
		return EXIT_USAGE;
	argv[0] = a_code;
	argv[1] = b_code;
	by_year = !strcmp(by, "year");
	st = cmd_open_existing(ctx);
	if (dyad_series(st, argv[0], argv[1], by_year, &b, &n, &err) < 0) {
		store_close(st);
		return report("dyad", &err);
	}
	if (!strcmp(format, "json")) {
		struct buf o = BUF_INIT;
		buf_puts(&o, "{\"a\":");
		json_escape(&o, argv[0], strlen(argv[0]));
		buf_puts(&o, ",\"b\":");
		json_escape(&o, argv[1], strlen(argv[1]));
		buf_putf(&o, ",\"by\":\"%s\",\"series\":[", by_year ? "year" : "month");
		for (i = 0; i < n; i++)
			buf_putf(&o,
				 "%s{\"period\":\"%s\",\"events\":%lld,\"verbal_cooperation\":%lld,"
				 "\"material_cooperation\":%lld,\"verbal_conflict\":%lld,"
				 "\"material_conflict\":%lld,\"mean_goldstein\":%.2f}",
				 i ? "," : "", b[i].period, (long long)b[i].events,
				 (long long)b[i].quad[0], (long long)b[i].quad[1],
				 (long long)b[i].quad[2], (long long)b[i].quad[3],
				 b[i].mean_goldstein);
		buf_puts(&o, "]}\n");
		fwrite(o.data, 1, o.len, stdout);
		buf_release(&o);
	} else if (!strcmp(format, "tsv")) {
		printf("period\tevents\tverbal_coop\tmaterial_coop\tverbal_conflict\t"
		       "material_conflict\tmean_goldstein\n");
		for (i = 0; i < n; i++)
			printf("%s\t%lld\t%lld\t%lld\t%lld\t%lld\t%.2f\n", b[i].period,
			       (long long)b[i].events, (long long)b[i].quad[0],
			       (long long)b[i].quad[1], (long long)b[i].quad[2],
			       (long long)b[i].quad[3], b[i].mean_goldstein);
	} else if (n) {
		/* the table's head, over rows only: no events is said on stderr alone */
		printf("%-8s %6s %6s %6s %6s %6s %9s\n", "period", "events", "v.coop", "m.coop",
		       "v.conf", "m.conf", "goldstein");
		for (i = 0; i < n; i++)
			printf("%-8s %6lld %6lld %6lld %6lld %6lld %+9.2f\n", b[i].period,
			       (long long)b[i].events, (long long)b[i].quad[0],
			       (long long)b[i].quad[1], (long long)b[i].quad[2],
			       (long long)b[i].quad[3], b[i].mean_goldstein);
	}
	if (!n)
		fprintf(stderr,
			"brief: no events between %s and %s (either way); `brief events --actor "
			"%s` lists %s's\n",
			argv[0], argv[1], argv[0], argv[0]);
	free(b);
	store_close(st);
	return EXIT_OK;
}
