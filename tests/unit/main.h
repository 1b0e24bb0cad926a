/*
 * main.h: each unit test's main, declared. The sanitizer build compiles
 * every test but test_torture with main renamed test_NAME_main and this
 * file included first, then links them into one program (tests/unit/main.c).
 */
int main(void);
