/*
 * libuchardet.c: the uchardet functions the charset guesser calls, each
 * forwarding through a table that util/dynlib fills the first time one is
 * called. uchardet brings the C++ runtime: a command that guesses no
 * charset starts without mapping them.
 */
#include <uchardet/uchardet.h>

#include "util/dynlib.h"
#include "util/banned.h"

#define UCHARDET_FUNCTIONS(X)   \
	X(uchardet_new)         \
	X(uchardet_delete)      \
	X(uchardet_handle_data) \
	X(uchardet_data_end)    \
	X(uchardet_get_charset)

DYNLIB_TABLE("libuchardet", UCHARDET_FUNCTIONS, "libuchardet.so.0", "libuchardet.so");

uchardet_t uchardet_new(void)
{
	dynlib_need(&lib);
	return fn.uchardet_new();
}

void uchardet_delete(uchardet_t ud)
{
	dynlib_need(&lib);
	fn.uchardet_delete(ud);
}

int uchardet_handle_data(uchardet_t ud, const char *data, size_t len)
{
	dynlib_need(&lib);
	return fn.uchardet_handle_data(ud, data, len);
}

void uchardet_data_end(uchardet_t ud)
{
	dynlib_need(&lib);
	fn.uchardet_data_end(ud);
}

const char *uchardet_get_charset(uchardet_t ud)
{
	dynlib_need(&lib);
	return fn.uchardet_get_charset(ud);
}
