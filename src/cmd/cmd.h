/*
 * cmd.h: what every command gets and may use. Commands are the only code
 * that prints to the user or exits; the library returns errors.
 *
 * Exit codes: 0 ok, 1 failure, 2 usage error.
 */
#ifndef BRIEF_CMD_H
#define BRIEF_CMD_H

#include "util/error.h"

struct store;

struct cmd_ctx {
	const char *db_path; /* --db, else $BRIEF_DB, else "brief.db" */
};

#define EXIT_OK    0
#define EXIT_FAIL  1
#define EXIT_USAGE 2

/* Print "brief: <fmt>" to stderr and exit 1. */
_Noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print "brief: <what>: <err->msg>" to stderr; returns EXIT_FAIL. */
int report(const char *what, const struct error *err);
/* Open the database named by ctx or die with a message. */
struct store *cmd_open_store(const struct cmd_ctx *ctx);

int cmd_extract(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_ingest(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_list(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_show(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_serve(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_db(int argc, const char **argv, struct cmd_ctx *ctx);
/* sources (issue 4) */
/* end sources */
/* search and related news (issue 5) */
int cmd_search(int argc, const char **argv, struct cmd_ctx *ctx);
int cmd_related(int argc, const char **argv, struct cmd_ctx *ctx);
/* end search */
/* event coding (issue 6) */
/* end events */

#endif
