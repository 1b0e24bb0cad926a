#include "util/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "util/banned.h"

int error_set(struct error *err, enum error_code code, const char *fmt, ...)
{
	if (err) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
		va_end(ap);
		err->code = code;
	}
	return -(int)code;
}

int error_nomem(struct error *err)
{
	return error_set(err, ERR_NOMEM, "%s", error_code_name(ERR_NOMEM));
}

void error_clear(struct error *err)
{
	if (err) {
		err->code = ERR_OK;
		err->msg[0] = '\0';
	}
}

const char *error_code_name(enum error_code code)
{
	switch (code) {
	case ERR_OK: return "ok";
	case ERR_NOMEM: return "out of memory";
	case ERR_IO: return "i/o error";
	case ERR_PARSE: return "parse error";
	case ERR_LIMIT: return "limit exceeded";
	case ERR_DB: return "database error";
	case ERR_NOTFOUND: return "not found";
	case ERR_USAGE: return "invalid argument";
	case ERR_INTERNAL: return "internal error";
	}
	return "unknown error";
}

_Noreturn void bug_at(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "brief: BUG: %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}
