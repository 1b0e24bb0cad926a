/*
 * main.c: the unit tests' one program. UNIT_TESTS (from the Makefile) is
 * X(test_NAME) for every test compiled in, each with its main renamed
 * test_NAME_main; build/san/tests/test_NAME, a link to the program, runs
 * that test. One link of the program instead of one per test.
 */
#include <stdio.h>
#include <string.h>

#define X(name) int name##_main(void);
UNIT_TESTS
#undef X

static const struct unit {
	const char *name;
	int (*run)(void);
} units[] = {
#define X(name) { #name, name##_main },
	UNIT_TESTS
#undef X
};

int main(int argc, char **argv)
{
	const char *prog = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	size_t i;

	(void)argc;
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (!strcmp(prog, units[i].name))
			return units[i].run();
	fprintf(stderr, "%s: run me as test_NAME, NAME one of:", prog);
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		fprintf(stderr, " %s", units[i].name + 5);
	fprintf(stderr, "\n");
	return 2;
}
