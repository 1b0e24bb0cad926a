#include "cmd/parse-options.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/log.h"

#include "util/banned.h"

static void print_usage(FILE *f, const char *const *usage, const struct option *opts)
{
	const struct option *o;
	int i;

	for (i = 0; usage[i]; i++)
		fprintf(f, "%s%s\n", i ? "   or: " : "usage: ", usage[i]);
	fputc('\n', f);
	for (o = opts; o->type != OPTION_END; o++) {
		char left[64];
		int n = 0;
		if (o->short_name && o->long_name)
			n = snprintf(left, sizeof(left), "-%c, --%s", o->short_name, o->long_name);
		else if (o->short_name)
			n = snprintf(left, sizeof(left), "-%c", o->short_name);
		else
			n = snprintf(left, sizeof(left), "    --%s", o->long_name);
		if (o->argh && n > 0 && (size_t)n < sizeof(left))
			snprintf(left + n, sizeof(left) - (size_t)n, " %s", o->argh);
		fprintf(f, "    %-26s %s\n", left, o->help);
	}
	fprintf(f, "    %-26s %s\n", "-h, --help", "show this help");
}

/* The command's name in its first usage line ("brief search [...]"), its length in *n. */
static const char *usage_command(const char *const *usage, int *n)
{
	const char *s = usage[0], *sp = strchr(s, ' ');
	const char *name = sp ? sp + 1 : s;
	*n = (int)strcspn(name, " \n");
	return name;
}

static _Noreturn void short_usage(const char *const *usage)
{
	int i, n;
	const char *cmd = usage_command(usage, &n);

	for (i = 0; usage[i]; i++)
		fprintf(stderr, "%s%s\n", i ? "   or: " : "usage: ", usage[i]);
	fprintf(stderr, "'brief %.*s -h' lists the options.\n", n, cmd);
	exit(2);
}

_Noreturn void usage_error(const char *const *usage, const char *fmt, ...)
{
	va_list ap;
	int n;
	const char *cmd = usage_command(usage, &n);

	fprintf(stderr, "brief: %.*s: ", n, cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	short_usage(usage);
}

void usage_args(const char *const *usage, int argc, const char **argv, int min, int max,
		const char *missing)
{
	if (argc < min)
		usage_error(usage, "%s is needed", missing);
	if (max >= 0 && argc > max)
		usage_error(usage, "unexpected argument '%.60s'", argv[max]);
}

static _Noreturn void bad_option(const char *const *usage, const struct option *opts,
				 const char *fmt, const char *what)
{
	int n;
	const char *cmd = usage_command(usage, &n);

	(void)opts;
	fprintf(stderr, "brief: %.*s: ", n, cmd);
	fprintf(stderr, fmt, what);
	fputc('\n', stderr);
	short_usage(usage);
}

/*
 * An unknown long option `a` (its name `name`, `nl` bytes): a global option
 * written after the command is said to go before it, as the main usage shows.
 */
static _Noreturn void unknown_long(const char *const *usage, const struct option *opts,
				   const char *name, size_t nl, const char *a)
{
	static const struct {
		const char *name, *arg;
	} globals[] = { { "db", " FILE" }, { "wait", " SECONDS" }, { "version", "" } };
	size_t i;
	int n;
	const char *cmd = usage_command(usage, &n);

	for (i = 0; i < sizeof(globals) / sizeof(globals[0]); i++)
		if (strlen(globals[i].name) == nl && !strncmp(globals[i].name, name, nl)) {
			fprintf(stderr,
				"brief: %.*s: --%s is a global option: it goes before the command "
				"(brief --%s%s %.*s ...)\n",
				n, cmd, globals[i].name, globals[i].name, globals[i].arg, n, cmd);
			exit(2);
		}
	bad_option(usage, opts, "unknown option '%s'", a);
}

/* "--name" or "-n": how the user names option `o`. */
static void opt_name(const struct option *o, char *out, size_t n)
{
	if (o->long_name)
		snprintf(out, n, "--%s", o->long_name);
	else
		snprintf(out, n, "-%c", o->short_name);
}

static void set_value(const struct option *o, const char *arg, const char *const *usage,
		      const struct option *opts)
{
	char *end, name[64], msg[256];
	opt_name(o, name, sizeof(name));
	switch (o->type) {
	case OPTION_BOOL: *(int *)o->value = 1; break;
	case OPTION_STRING: *(const char **)o->value = arg; break;
	case OPTION_INT: {
		long v;
		errno = 0;
		v = strtol(arg, &end, 10);
		if (errno || *end || end == arg) {
			snprintf(msg, sizeof(msg), "%s wants a whole number, not '%.60s'", name,
				 arg);
			bad_option(usage, opts, "%s", msg);
		}
		*(long *)o->value = v;
		break;
	}
	case OPTION_SIZE: {
		unsigned long long v;
		int shift;
		errno = 0;
		snprintf(msg, sizeof(msg), "%s wants a size (1000, 64k, 16M, 1G), not '%.60s'",
			 name, arg);
		if (arg[0] == '-')
			bad_option(usage, opts, "%s", msg);
		v = strtoull(arg, &end, 10);
		if (errno || end == arg)
			bad_option(usage, opts, "%s", msg);
		shift = *end == 'k' || *end == 'K'   ? 10
			: *end == 'm' || *end == 'M' ? 20
			: *end == 'g' || *end == 'G' ? 30
						     : 0;
		end += shift != 0;
		/* a size past what a size_t holds would wrap to a small one */
		if (*end || v > (unsigned long long)SIZE_MAX >> shift)
			bad_option(usage, opts, "%s", msg);
		v <<= shift;
		*(size_t *)o->value = (size_t)v;
		break;
	}
	case OPTION_END: break;
	}
}

/*
 * -q and -v are global options that may come after the command too
 * ("brief ingest -v DIR"), unless the command has options of those names.
 */
static int global_option(char c)
{
	if (c == 'q')
		log_level = LOG_QUIET;
	else if (c == 'v')
		log_level = log_level >= LOG_VERBOSE ? LOG_DEBUG : LOG_VERBOSE;
	return c == 'q' || c == 'v';
}

int parse_options(int argc, const char **argv, const struct option *opts, const char *const *usage)
{
	int i, out = 0;

	/* argv[0] is the command's name */
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		const struct option *o;

		if (!strcmp(a, "--")) {
			for (i++; i < argc; i++)
				argv[out++] = argv[i];
			break;
		}
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			print_usage(stdout, usage, opts);
			exit(0);
		}
		if (a[0] != '-' || a[1] == '\0') {
			argv[out++] = a;
			continue;
		}
		if (a[1] == '-') {
			const char *name = a + 2, *eq = strchr(name, '=');
			size_t nl = eq ? (size_t)(eq - name) : strlen(name);
			for (o = opts; o->type != OPTION_END; o++)
				if (o->long_name && strlen(o->long_name) == nl &&
				    !strncmp(o->long_name, name, nl))
					break;
			if (o->type == OPTION_END &&
			    (!strcmp(a, "--quiet") || !strcmp(a, "--verbose")) &&
			    global_option(a[2] == 'q' ? 'q' : 'v'))
				continue;
			if (o->type == OPTION_END)
				unknown_long(usage, opts, name, nl, a);
			if (o->type == OPTION_BOOL) {
				if (eq)
					bad_option(usage, opts, "option '%s' takes no value", a);
				set_value(o, NULL, usage, opts);
			} else if (eq) {
				set_value(o, eq + 1, usage, opts);
			} else {
				if (i + 1 >= argc)
					bad_option(usage, opts, "option '%s' needs a value", a);
				set_value(o, argv[++i], usage, opts);
			}
			continue;
		}
		/* bundled short options: -qv, -n5, -n 5 */
		for (const char *p = a + 1; *p; p++) {
			for (o = opts; o->type != OPTION_END; o++)
				if (o->short_name == *p)
					break;
			if (o->type == OPTION_END && global_option(*p))
				continue;
			if (o->type == OPTION_END) {
				char s[3] = { '-', *p, '\0' };
				bad_option(usage, opts, "unknown option '%s'", s);
			}
			if (o->type == OPTION_BOOL) {
				set_value(o, NULL, usage, opts);
				continue;
			}
			if (p[1]) {
				set_value(o, p + 1, usage, opts);
			} else {
				if (i + 1 >= argc)
					bad_option(usage, opts, "option '%s' needs a value", a);
				set_value(o, argv[++i], usage, opts);
			}
			break;
		}
	}
	argv[out] = NULL;
	return out;
}
