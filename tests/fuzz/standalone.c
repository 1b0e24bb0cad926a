/*
 * standalone.c: runs a libFuzzer target without libFuzzer, so that
 * `make test` needs no second build with clang. Every fuzz target is linked
 * with this driver in the sanitizer build (gcc, ASan, UBSan).
 *
 * One program holds every target (FUZZ_TARGETS, from the Makefile: X(name)
 * for each tests/fuzz/fuzz_NAME.c, compiled with LLVMFuzzerTestOneInput
 * renamed fuzz_NAME_one); fuzzrun_NAME, a link to it, runs target NAME:
 * one link of the program instead of one per target.
 *
 *   fuzzrun_NAME FILE...
 *	replays each file once; one TAP line per file (the seeds stay
 *	crash-free between fuzz runs)
 *   fuzzrun_NAME -runs N [-seed S] [-save PATH] FILE...
 *	feeds the target N inputs made by mutating the files (bytes flipped,
 *	set, inserted, deleted, copied, markup tokens inserted, two files
 *	spliced), from a fixed random seed S, each at most 64 KiB; when
 *	the program dies on an input (a sanitizer's report, an abort, an
 *	exit from inside the target), that input is written to PATH, to
 *	replay. One TAP line at the end.
 *
 * The mutations are blind (no coverage feedback): a smoke test of inputs
 * nobody wrote. `make fuzz` runs the libFuzzer builds for the real search.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define X(name) int fuzz_##name##_one(const uint8_t *data, size_t size);
FUZZ_TARGETS
#undef X

static const struct target {
	const char *name;
	int (*one)(const uint8_t *data, size_t size);
} targets[] = {
#define X(name) { #name, fuzz_##name##_one },
	FUZZ_TARGETS
#undef X
};

/* the target that the program's name picks */
static int (*target_one)(const uint8_t *data, size_t size);

/* the sanitizers' hook, run before a report ends the program (absent
 * from a build without them) */
extern void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));

#define MAX_LEN 65536

struct input {
	unsigned char *data;
	size_t len;
};

static int read_file(const char *path, struct input *in)
{
	FILE *f = fopen(path, "rb");
	size_t n;
	in->data = malloc(MAX_LEN);
	in->len = 0;
	if (!f || !in->data) {
		if (f)
			fclose(f);
		return -1;
	}
	/* the first 64 KiB, as libFuzzer's -max_len=65536 */
	n = fread(in->data, 1, MAX_LEN, f);
	fclose(f);
	in->len = n;
	return 0;
}

static int replay(int argc, char **argv)
{
	int i;
	printf("1..%d\n", argc - 1);
	for (i = 1; i < argc; i++) {
		struct input in;
		FILE *f = fopen(argv[i], "rb");
		long n;
		if (!f || fseek(f, 0, SEEK_END) < 0 || (n = ftell(f)) < 0) {
			printf("not ok %d - %s: cannot open\n", i, argv[i]);
			if (f)
				fclose(f);
			continue;
		}
		rewind(f);
		in.data = malloc((size_t)n + 1);
		in.len = in.data ? fread(in.data, 1, (size_t)n, f) : 0;
		fclose(f);
		if (!in.data) {
			printf("not ok %d - %s: out of memory\n", i, argv[i]);
			continue;
		}
		target_one(in.data, in.len);
		free(in.data);
		/* reaching here is the test: a crash or sanitizer report aborts */
		printf("ok %d - %s\n", i, argv[i]);
	}
	return 0;
}

static uint64_t rng_state;

static uint64_t rnd(void)
{
	/* xorshift64*: the same inputs for the same seed on every machine */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 2685821657736338717ULL;
}

static size_t below(size_t n)
{
	return n ? (size_t)(rnd() % n) : 0;
}

/* bytes the parsers treat specially */
static const char *const tokens[] = {
	"<",           ">",
	"&",           "\"",
	"'",           "</",
	"/>",          "<!--",
	"-->",         "<![CDATA[",
	"]]>",         "&#",
	"&amp;",       "&#x",
	";",           "=",
	"\r\n",        "\n\n",
	"\0",          "\xff",
	"\xc3",        "\xe2\x80",
	"%",           "%00",
	"://",         "http:",
	"javascript:", "<script>",
	"<p>",         "<div class=",
	"<a href=",    "<html>",
	"<?xml ",      "<rss",
	"<feed",       "<item>",
	"<entry>",     "WARC/1.0\r\n",
	"{",           "}",
	"[",           "]",
	":",           ",",
	"(",           ")",
	"*",           "\\",
	"OR",          "AND",
	"-",           "title:",
	"0",           "-1",
	"99999999",    "\t",
};

/* Make in into a mutation of itself (and sometimes of other). */
static void mutate(struct input *in, const struct input *other)
{
	int k, steps = 1 + (int)below(8);
	for (k = 0; k < steps; k++) {
		size_t at = below(in->len + 1), n;
		switch (below(8)) {
		case 0: /* flip a bit */
			if (in->len)
				in->data[below(in->len)] ^= (unsigned char)(1u << below(8));
			break;
		case 1: /* set a byte */
			if (in->len)
				in->data[below(in->len)] = (unsigned char)rnd();
			break;
		case 2: /* insert random bytes */
			n = 1 + below(16);
			if (in->len + n > MAX_LEN)
				break;
			memmove(in->data + at + n, in->data + at, in->len - at);
			for (size_t i = 0; i < n; i++)
				in->data[at + i] = (unsigned char)rnd();
			in->len += n;
			break;
		case 3: /* delete a range */
			n = below(in->len - at + 1);
			if (n > 64 && below(2))
				n = below(64);
			memmove(in->data + at, in->data + at + n, in->len - at - n);
			in->len -= n;
			break;
		case 4: { /* insert a token */
			const char *t = tokens[below(sizeof(tokens) / sizeof(tokens[0]))];
			n = *t ? strlen(t) : 1;
			if (in->len + n > MAX_LEN)
				break;
			memmove(in->data + at + n, in->data + at, in->len - at);
			memcpy(in->data + at, t, n);
			in->len += n;
			break;
		}
		case 5: { /* copy a range of itself elsewhere (nesting, repeats) */
			size_t from;
			if (!in->len)
				break;
			from = below(in->len);
			n = 1 + below(in->len - from);
			if (n > 256)
				n = 1 + below(256);
			if (in->len + n > MAX_LEN)
				break;
			memmove(in->data + at + n, in->data + at, in->len - at);
			/* from may have moved with the tail */
			memmove(in->data + at, in->data + (from >= at ? from + n : from), n);
			in->len += n;
			break;
		}
		case 6: /* splice: a head of this and a tail of the other */
			if (other && other->len) {
				size_t from = below(other->len);
				n = other->len - from;
				if (at + n > MAX_LEN)
					n = MAX_LEN - at;
				memcpy(in->data + at, other->data + from, n);
				in->len = at + n;
			}
			break;
		default: /* truncate */ in->len = at; break;
		}
	}
}

/* The input the target is running, written to save_path if the program
 * dies on it: writing every input before it runs cost more system time
 * than the run. */
static const char *save_path;
static const unsigned char *running;
static size_t running_len;

static void save_running(void)
{
	/* async-signal-safe: it may run in a signal handler */
	const unsigned char *p = running;
	size_t left = running_len;
	int fd;
	if (!save_path || !p)
		return;
	fd = open(save_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return;
	while (left > 0) {
		ssize_t n = write(fd, p, left);
		if (n <= 0)
			break;
		p += n;
		left -= (size_t)n;
	}
	close(fd);
	running = NULL;
}

static void save_and_die(int sig)
{
	save_running();
	signal(sig, SIG_DFL);
	raise(sig);
}

static int fuzz(long runs, unsigned long long seed, const char *save, int nfiles, char **files)
{
	struct input *seeds = calloc((size_t)nfiles + 1, sizeof(*seeds)), cur;
	int nseeds = 0, i;
	long r;

	cur.data = malloc(MAX_LEN);
	if (!seeds || !cur.data) {
		printf("not ok 1 - out of memory\n");
		return 1;
	}
	for (i = 0; i < nfiles; i++)
		if (read_file(files[i], &seeds[nseeds]) == 0)
			nseeds++;
	/* an empty input to grow from, as libFuzzer has */
	seeds[nseeds].data = malloc(1);
	seeds[nseeds++].len = 0;
	if (save) {
		save_path = save;
		if (__sanitizer_set_death_callback)
			__sanitizer_set_death_callback(save_running);
		signal(SIGABRT, save_and_die);
		atexit(save_running);
	}
	rng_state = seed * 0x9e3779b97f4a7c15ULL + 1;
	for (r = 0; r < runs; r++) {
		const struct input *from = &seeds[below((size_t)nseeds)];
		memcpy(cur.data, from->data, from->len);
		cur.len = from->len;
		mutate(&cur, &seeds[below((size_t)nseeds)]);
		/* a copy of its exact size, so ASan sees a read past the end */
		{
			unsigned char *exact = malloc(cur.len ? cur.len : 1);
			if (!exact) {
				printf("not ok 1 - out of memory\n");
				return 1;
			}
			memcpy(exact, cur.data, cur.len);
			running_len = cur.len;
			running = exact;
			target_one(exact, cur.len);
			running = NULL;
			free(exact);
		}
	}
	for (i = 0; i < nseeds; i++)
		free(seeds[i].data);
	free(seeds);
	free(cur.data);
	printf("ok 1 - %ld mutated inputs from %d files (seed %llu)\n1..1\n", runs, nseeds - 1,
	       seed);
	return 0;
}

int main(int argc, char **argv)
{
	long runs = -1;
	unsigned long long seed = 1;
	const char *save = NULL;
	int i = 1;
	const char *prog = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	size_t t;

	for (t = 0; t < sizeof(targets) / sizeof(targets[0]); t++)
		if (!strncmp(prog, "fuzzrun_", 8) && !strcmp(prog + 8, targets[t].name))
			target_one = targets[t].one;
	if (!target_one) {
		fprintf(stderr, "%s: run me as fuzzrun_NAME, NAME one of:", prog);
		for (t = 0; t < sizeof(targets) / sizeof(targets[0]); t++)
			fprintf(stderr, " %s", targets[t].name);
		fprintf(stderr, "\n");
		return 2;
	}
	while (i + 1 < argc && argv[i][0] == '-') {
		if (!strcmp(argv[i], "-runs"))
			runs = strtol(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "-seed"))
			seed = strtoull(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "-save"))
			save = argv[i + 1];
		else
			break;
		i += 2;
	}
	if (runs < 0)
		return replay(argc, argv);
	return fuzz(runs, seed, save, argc - i, argv + i);
}
