/*
 * parse-options.h: table-driven option parsing for commands.
 *
 * A command declares its options as an array ending in OPT_END() and its
 * usage lines as a NULL-terminated array, then calls parse_options, which
 * stores values through the pointers in the table and returns the number of
 * arguments left, moved to the front of argv (argv[0], the command's own
 * name, is skipped and overwritten), so after
 *
 *	argc = parse_options(argc, argv, options, usage);
 *
 * argv[0..argc-1] are the non-option arguments. "-h"/"--help" print the
 * usage and options to stdout and exit 0; a bad option prints an error and
 * the usage to stderr and exits 2. "--" ends options; a lone "-" is an
 * argument (standard input).
 */
#ifndef BRIEF_PARSE_OPTIONS_H
#define BRIEF_PARSE_OPTIONS_H

enum opt_type { OPTION_END, OPTION_BOOL, OPTION_STRING, OPTION_INT, OPTION_SIZE };

struct option {
	enum opt_type type;
	int short_name;        /* 0 for none */
	const char *long_name; /* NULL for none */
	void *value;           /* int*, const char**, long*, size_t* */
	const char *argh;      /* name of the argument in help, e.g. "FILE" */
	const char *help;
};

#define OPT_END()                                     \
	{                                             \
		OPTION_END, 0, NULL, NULL, NULL, NULL \
	}
#define OPT_BOOL(s, l, v, h)                          \
	{                                             \
		OPTION_BOOL, (s), (l), (v), NULL, (h) \
	}
#define OPT_STRING(s, l, v, a, h)                      \
	{                                              \
		OPTION_STRING, (s), (l), (v), (a), (h) \
	}
#define OPT_INT(s, l, v, a, h)                      \
	{                                           \
		OPTION_INT, (s), (l), (v), (a), (h) \
	}
#define OPT_SIZE(s, l, v, a, h)                      \
	{                                            \
		OPTION_SIZE, (s), (l), (v), (a), (h) \
	}

int parse_options(int argc, const char **argv, const struct option *opts, const char *const *usage);

/*
 * A usage error that names the one wrong thing: "brief: CMD: <message>",
 * the usage lines, and where the options are listed, on stderr; exit 2.
 * CMD is the usage's second word.
 */
_Noreturn void usage_error(const char *const *usage, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * The arguments left after parse_options are checked: fewer than `min` is
 * the usage error "<missing> is needed", more than `max` (-1: any number)
 * "unexpected argument 'ARG'" naming the first one too many.
 */
void usage_args(const char *const *usage, int argc, const char **argv, int min, int max,
		const char *missing);

#endif
