/*
 * error.h: the one error type of libbrief.
 *
 * Library functions never print or exit. A function that can fail takes a
 * `struct error *` (which may be NULL when the caller does not care), fills
 * it on failure and returns the negative error code, so call sites read
 *
 *	if (store_open(&st, path, err) < 0)
 *		return -1;
 *
 * and a failing function ends with `return error_set(err, ERR_IO, "...")`.
 * Commands turn an error into "brief: <what>: <why>" on stderr.
 */
#ifndef BRIEF_ERROR_H
#define BRIEF_ERROR_H

#include <stddef.h>

/*
 * On every function that returns an error code: its result must be used.
 * (A (void) cast does not silence it with gcc; code that means to ignore
 * a failure says so with `(void)!f(...)` and a comment.)
 */
#define MUST_CHECK __attribute__((warn_unused_result))

enum error_code {
	ERR_OK = 0,
	ERR_NOMEM = 1,    /* allocation failed */
	ERR_IO = 2,       /* file or network I/O */
	ERR_PARSE = 3,    /* input could not be understood */
	ERR_LIMIT = 4,    /* input over a configured cap */
	ERR_DB = 5,       /* database error */
	ERR_NOTFOUND = 6, /* the thing asked for does not exist */
	ERR_USAGE = 7,    /* the caller passed something invalid */
	ERR_INTERNAL = 8,
};

#define ERROR_MSG_MAX 512

struct error {
	enum error_code code;
	char msg[ERROR_MSG_MAX];
};

/* Set `err` (if not NULL) and return -code. The message is printf-style. */
int error_set(struct error *err, enum error_code code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * error_set(err, ERR_NOMEM, "out of memory"): the one message for a failed
 * allocation, so that call sites read `return error_nomem(err);`.
 */
int error_nomem(struct error *err) MUST_CHECK;

/* Clear `err` to ERR_OK with an empty message. */
void error_clear(struct error *err);

/* Human name of an error code, e.g. "out of memory". */
const char *error_code_name(enum error_code code);

/* Abort with a message: a broken invariant inside brief itself. */
_Noreturn void bug_at(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
#define BUG(...) bug_at(__FILE__, __LINE__, __VA_ARGS__)

#endif
