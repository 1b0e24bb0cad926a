#include "util/log.h"

#include <stdarg.h>
#include <stdio.h>

#include "util/banned.h"

int log_level = LOG_NORMAL;

void log_msg(int level, const char *fmt, ...)
{
	va_list ap;
	if (log_level < level)
		return;
	fputs("brief: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}
