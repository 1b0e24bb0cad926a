/*
 * Unit tests for the real-news gold sets of the event bench
 * (bench/code-gold*.tsv, read by bench/code.c): every row has the eight
 * columns the bench reads, actors and codes of the form the guidelines give
 * (docs/events-guidelines.md), one length a sentence, no sentence overlapping
 * another, a no-event row alone on its sentence, and the held-out sets' pages
 * in no other set. With the shared benchmark data ($SHARED, default
 * $SRCDIR/../shared), every page named is in its set's ground truth and
 * every sentence lies inside its page's text, neither starting nor ending in
 * white space; without it those checks are skipped, saying so.
 *
 * The bench itself reads a row with sscanf and skips a row it cannot read,
 * and a sentence past its page's text is only counted: a mistyped row would
 * leave the figures quietly wrong, so it is caught here instead.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"

#define ROWS_MAX  4096
#define FILES_MAX 16

struct row {
	char file[64], set[32], id[80];
	long off, len;
	int none; /* the '-' row of a sentence with no event */
	int line;
};

struct gold {
	struct row *v;
	size_t n;
	json_t *gt[2]; /* the shared ground truths, once loaded (freed by free_gold) */
	char files[FILES_MAX][64];
	size_t nfiles;
};

static struct gold gold_;

static const char *srcdir(void)
{
	const char *s = getenv("SRCDIR");
	return s && *s ? s : ".";
}

/* A decimal of at least one digit and nothing else, in *out. */
static int parse_long(const char *s, long *out)
{
	char *end;
	if (*s < '0' || *s > '9')
		return -1;
	*out = strtol(s, &end, 10);
	return *end ? -1 : 0;
}

/* `src` into `dst` (cap bytes); -1 where it does not fit */
static int copy(char *dst, size_t cap, const char *src)
{
	size_t n = strlen(src);
	if (n >= cap)
		return -1;
	memcpy(dst, src, n + 1);
	return 0;
}

static int is_actor(const char *s)
{
	return strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' &&
	       s[2] >= 'A' && s[2] <= 'Z';
}

static int is_code(const char *s)
{
	size_t i, n = strlen(s);
	if (n < 2 || n > 4)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* why the last row read was refused */
static char why_[512];

/* Reads row `ln` of gold file `name` (its line, changed in place) into gold_;
 * 0, or -1 with why_ saying what is wrong. Comments and blank lines add no row. */
static int read_row(const char *name, int ln, char *line)
{
	char *col[9], *p = line;
	size_t k = 0;
	struct row *r;
	line[strcspn(line, "\r\n")] = '\0';
	if (line[0] == '#' || line[0] == '\0')
		return 0;
	while (k < 9) {
		col[k++] = p;
		p = strchr(p, '\t');
		if (!p)
			break;
		*p++ = '\0';
	}
	if (k != 8) {
		snprintf(why_, sizeof(why_), "%s:%d: %zu columns, not 8", name, ln, k);
		return -1;
	}
	if (gold_.n == ROWS_MAX) {
		snprintf(why_, sizeof(why_), "more than %d gold rows", ROWS_MAX);
		return -1;
	}
	r = &gold_.v[gold_.n++];
	memset(r, 0, sizeof(*r));
	r->line = ln;
	if (copy(r->file, sizeof(r->file), name) < 0 || copy(r->set, sizeof(r->set), col[0]) < 0 ||
	    copy(r->id, sizeof(r->id), col[1]) < 0 || !*col[1] ||
	    (strcmp(col[0], "extraction") && strcmp(col[0], "extraction-wcxb"))) {
		snprintf(why_, sizeof(why_),
			 "%s:%d: the set is extraction or extraction-wcxb, then a page id", name,
			 ln);
		return -1;
	}
	if (parse_long(col[2], &r->off) < 0 || parse_long(col[3], &r->len) < 0 || r->len <= 0) {
		snprintf(why_, sizeof(why_),
			 "%s:%d: offset and length must be numbers, the length above 0", name, ln);
		return -1;
	}
	r->none = !strcmp(col[4], "-");
	if (r->none ? strcmp(col[5], "-") || strcmp(col[6], "-") || strcmp(col[7], "-")
		    : !is_actor(col[4]) || !is_actor(col[5]) || !is_code(col[6]) || !*col[7] ||
			      !strcmp(col[7], "-")) {
		snprintf(why_, sizeof(why_),
			 "%s:%d: source and target are three capitals, the code 2 to 4 digits, "
			 "then a PLOVER type; or '-' in all four",
			 name, ln);
		return -1;
	}
	return 0;
}

/* Reads one gold file's rows into gold_, failing the test at a row of the
 * wrong form (its file and line named). */
static void read_file(const char *dir, const char *name)
{
	char path[4200], line[2048];
	FILE *f;
	int ln = 0, bad = 0;
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "r");
	if (!f)
		fail_msg("cannot open %s", path);
	while (!bad && fgets(line, sizeof(line), f)) {
		ln++;
		if (!strchr(line, '\n') && !feof(f)) {
			snprintf(why_, sizeof(why_), "%s:%d: line too long", name, ln);
			bad = 1;
		} else {
			bad = read_row(name, ln, line) < 0;
		}
	}
	fclose(f);
	if (bad)
		fail_msg("%s", why_);
}

/* Every bench/code-gold*.tsv of the checkout, read once for all the tests. */
static int load_gold(void **state)
{
	char dir[4096];
	DIR *d;
	struct dirent *e;
	(void)state;
	gold_.v = calloc(ROWS_MAX, sizeof(*gold_.v));
	if (!gold_.v)
		return -1;
	snprintf(dir, sizeof(dir), "%s/bench", srcdir());
	d = opendir(dir);
	if (!d)
		return -1;
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		if (strncmp(e->d_name, "code-gold", 9) || n < 4 ||
		    strcmp(e->d_name + n - 4, ".tsv") || n >= sizeof(gold_.files[0]))
			continue;
		if (gold_.nfiles == FILES_MAX)
			break;
		memcpy(gold_.files[gold_.nfiles++], e->d_name, n + 1);
	}
	closedir(d);
	return 0;
}

static int free_gold(void **state)
{
	(void)state;
	free(gold_.v);
	json_decref(gold_.gt[0]);
	json_decref(gold_.gt[1]);
	memset(&gold_, 0, sizeof(gold_));
	return 0;
}

/* rows ordered by file, set, page and offset, so that a sentence's rows and a
 * page's sentences lie together */
static int row_cmp(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	if (!c)
		c = strcmp(x->set, y->set);
	if (!c)
		c = strcmp(x->id, y->id);
	if (!c)
		c = x->off < y->off ? -1 : x->off > y->off;
	return c;
}

static void read_all(void)
{
	char dir[4096];
	size_t i;
	if (gold_.n)
		return;
	snprintf(dir, sizeof(dir), "%s/bench", srcdir());
	for (i = 0; i < gold_.nfiles; i++)
		read_file(dir, gold_.files[i]);
	qsort(gold_.v, gold_.n, sizeof(*gold_.v), row_cmp);
}

static void gold_rows_have_the_columns_the_bench_reads(void **state)
{
	/* the default list of bench/code.c, the held-out sets among them */
	static const char *const want[] = { "code-gold.tsv",    "code-gold-2a.tsv",
					    "code-gold-2b.tsv", "code-gold-2c.tsv",
					    "code-gold-2d.tsv", "code-gold-2e.tsv",
					    "code-gold-3.tsv",  "code-gold-4.tsv" };
	size_t i;
	int held_out = 0;
	(void)state;
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		size_t k;
		for (k = 0; k < gold_.nfiles && strcmp(gold_.files[k], want[i]); k++)
			;
		if (k == gold_.nfiles)
			fail_msg("bench/%s is missing", want[i]);
	}
	read_all();
	assert_true(gold_.n > 1000);
	for (i = 0; i < gold_.n; i++)
		if (!strcmp(gold_.v[i].file, "code-gold-4.tsv"))
			held_out++;
	assert_true(held_out >= 250);
}

/* one length a sentence, sentences apart, a no-event row alone */
static void gold_sentences_are_apart(void **state)
{
	size_t i;
	(void)state;
	read_all();
	for (i = 1; i < gold_.n; i++) {
		const struct row *a = &gold_.v[i - 1], *b = &gold_.v[i];
		if (strcmp(a->file, b->file) || strcmp(a->set, b->set) || strcmp(a->id, b->id))
			continue;
		if (a->off == b->off) {
			if (a->len != b->len)
				fail_msg("%s:%d and %d: one sentence, two lengths", a->file,
					 a->line, b->line);
			if (a->none || b->none)
				fail_msg("%s:%d and %d: a no-event row beside an event", a->file,
					 a->line, b->line);
		} else if (a->off + a->len > b->off) {
			fail_msg("%s:%d overlaps the sentence of line %d", a->file, a->line,
				 b->line);
		}
	}
}

/* The family of a file: the second set's two annotations ("code-gold-2a.tsv" and
 * "code-gold-2b.tsv") are one set; every other file is a set of its own (2c, 2d and 2e are
 * other pages). */
static void family(const char *file, char *out, size_t cap)
{
	if (!strcmp(file, "code-gold-2a.tsv") || !strcmp(file, "code-gold-2b.tsv"))
		file = "code-gold-2";
	snprintf(out, cap, "%s", file);
}

/* a held-out set (the third and the fourth) or a set coded blind (2c, 2d, 2e) shares no page
 * with another set */
static void gold_held_out_pages_are_in_no_other_set(void **state)
{
	size_t i, k;
	(void)state;
	read_all();
	for (i = 0; i < gold_.n; i++) {
		const struct row *a = &gold_.v[i];
		char fa[64], fb[64];
		if (strcmp(a->file, "code-gold-3.tsv") && strcmp(a->file, "code-gold-4.tsv") &&
		    strcmp(a->file, "code-gold-2c.tsv") && strcmp(a->file, "code-gold-2d.tsv") &&
		    strcmp(a->file, "code-gold-2e.tsv"))
			continue;
		if (i > 0 && !strcmp(a->file, gold_.v[i - 1].file) &&
		    !strcmp(a->id, gold_.v[i - 1].id))
			continue;
		family(a->file, fa, sizeof(fa));
		for (k = 0; k < gold_.n; k++) {
			const struct row *b = &gold_.v[k];
			family(b->file, fb, sizeof(fb));
			if (strcmp(fa, fb) && !strcmp(a->set, b->set) && !strcmp(a->id, b->id))
				fail_msg("page %s of %s is also in %s", a->id, a->file, b->file);
		}
	}
}

/* code points of UTF-8 `s` (n bytes) */
static long utf8_len(const char *s, size_t n)
{
	size_t i;
	long k = 0;
	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			k++;
	return k;
}

static int is_space_at(const char *s, long b)
{
	unsigned char c = (unsigned char)s[b];
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
		return 1;
	/* U+00A0 no-break space */
	return c == 0xC2 && (unsigned char)s[b + 1] == 0xA0;
}

/* byte offset of the code point before byte offset `b` */
static long utf8_prev(const char *s, long b)
{
	b--;
	while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80)
		b--;
	return b;
}

static void gold_sentences_lie_in_their_pages(void **state)
{
	const char *shared = getenv("SHARED");
	char base[4096], path[4400];
	json_t **gt = gold_.gt;
	static const char *const sets[2] = { "extraction", "extraction-wcxb" };
	size_t i, s;
	(void)state;
	if (shared && *shared)
		snprintf(base, sizeof(base), "%s", shared);
	else
		snprintf(base, sizeof(base), "%s/../shared", srcdir());
	for (s = 0; s < 2; s++) {
		FILE *f;
		snprintf(path, sizeof(path), "%s/bench/%s/ground-truth.json", base, sets[s]);
		f = fopen(path, "r");
		if (!f) {
			print_message("skipped: %s not found (the shared benchmark data; set "
				      "SHARED)\n",
				      path);
			skip();
		}
		fclose(f);
	}
	for (s = 0; s < 2; s++) {
		json_error_t je;
		if (gt[s])
			continue;
		snprintf(path, sizeof(path), "%s/bench/%s/ground-truth.json", base, sets[s]);
		gt[s] = json_load_file(path, 0, &je);
		if (!gt[s])
			fail_msg("%s:%d: %s", path, je.line, je.text);
	}
	read_all();
	for (i = 0; i < gold_.n; i++) {
		const struct row *r = &gold_.v[i];
		json_t *page = json_object_get(gt[strcmp(r->set, "extraction") ? 1 : 0], r->id);
		json_t *body = json_object_get(page, "articleBody");
		const char *text;
		size_t n;
		long b0, b1;
		if (!body)
			body = json_object_get(page, "text");
		text = json_string_value(body);
		if (!text)
			fail_msg("%s:%d: page %s is not in %s", r->file, r->line, r->id, r->set);
		n = json_string_length(body);
		b0 = utf8_offset(text, n, r->off);
		b1 = b0 < 0 ? -1 : utf8_offset(text, n, r->off + r->len);
		if (b1 < 0)
			fail_msg("%s:%d: sentence %ld+%ld past the end of page %s (%ld characters)",
				 r->file, r->line, r->off, r->len, r->id, utf8_len(text, n));
		if (is_space_at(text, b0) || is_space_at(text, utf8_prev(text, b1)))
			fail_msg("%s:%d: sentence %ld+%ld of page %s starts or ends in white space",
				 r->file, r->line, r->off, r->len, r->id);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(gold_rows_have_the_columns_the_bench_reads),
		cmocka_unit_test(gold_sentences_are_apart),
		cmocka_unit_test(gold_held_out_pages_are_in_no_other_set),
		cmocka_unit_test(gold_sentences_lie_in_their_pages),
	};
	return cmocka_run_group_tests(tests, load_gold, free_gold);
}
