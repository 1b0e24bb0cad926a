/*
 * brief migrate: copy a SQLite store into a PostgreSQL one, and check the copy.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "store/postgres/pg.h"
#include "store/store.h"
#include "util/log.h"

#include "util/banned.h"

static const char *const migrate_usage[] = {
	"brief migrate --from FILE.db --to postgresql://... [--sample N]",
	NULL,
};

int cmd_migrate(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *from = NULL, *to = NULL;
	long sample = 200;
	const struct option options[] = {
		OPT_STRING(0, "from", &from, "FILE", "the SQLite store to copy"),
		OPT_STRING(0, "to", &to, "URL", "the PostgreSQL database (empty) to copy into"),
		OPT_INT(0, "sample", &sample, "N",
			"articles compared after the copy (default 200)"),
		OPT_END(),
	};
	struct pg_import_report rep;
	struct error err = { 0 };
	struct store *sq;
	struct pg_store *pg;
	size_t i;
	int r;

	(void)ctx;
	argc = parse_options(argc, argv, options, migrate_usage);
	usage_args(migrate_usage, argc, argv, 0, 0, NULL);
	if (!from)
		usage_error(migrate_usage, "--from FILE.db is needed");
	if (!to)
		usage_error(migrate_usage, "--to postgresql://... is needed");
	if (sample < 0)
		usage_error(migrate_usage, "--sample wants 0 or more, not %ld", sample);
	if (!pg_url_is_postgres(to))
		usage_error(migrate_usage,
			    "--to wants a PostgreSQL URL (postgresql://...), not '%s'", to);
	if (pg_url_is_postgres(from))
		usage_error(migrate_usage, "--from wants a SQLite file");
	/* bring the file to the newest schema first; it must exist */
	if (access(from, R_OK) != 0)
		die("migrate: cannot read %s: %s", from, strerror(errno));
	if (store_open(&sq, from, &err) < 0)
		return report(from, &err);
	store_close(sq);
	if (pg_open(&pg, to, &err) < 0)
		return report("PostgreSQL", &err);
	r = pg_import_sqlite(pg, from, (size_t)sample, &rep, &err);
	pg_close(pg);
	if (r < 0)
		return report("migrate", &err);
	if (log_level >= LOG_NORMAL) {
		for (i = 0; pg_import_table(i); i++)
			fprintf(stderr, "%-15s %lld %s\n", pg_import_table(i),
				(long long)rep.rows[i],
				cmd_noun((uint64_t)rep.rows[i], "row", "rows"));
		fprintf(stderr,
			"copied %lld %s in %.1f s (%.0f rows/s), indexes and references made "
			"in %.1f s; every table has as many rows in both; %zu %s compared, "
			"all the same\n",
			(long long)rep.total, cmd_noun((uint64_t)rep.total, "row", "rows"),
			rep.copy_s, rep.copy_s > 0 ? (double)rep.total / rep.copy_s : 0.0,
			rep.index_s, rep.sampled, cmd_noun(rep.sampled, "article", "articles"));
	}
	return EXIT_OK;
}
