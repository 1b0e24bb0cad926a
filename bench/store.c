/*
 * bench/store: store, dedup, search and related news at scale.
 *
 * Generates a synthetic corpus (made-up words with a Zipf distribution,
 * topical vocabularies, sentences and paragraphs; nothing copied), of which
 * 20% are near-copies of earlier articles (new headline, added boilerplate,
 * truncation to an excerpt, small word edits), stores it through store.h
 * and the syndication step exactly as ingest does (extraction excluded),
 * then reports:
 *   store rate, database size, search p50/p99 over 200 mixed queries,
 *   related-news p50/p99, dedup pair precision/recall against the truth,
 *   and the same queries through a plain SQLite FTS5 table as a reference.
 *
 *   build/bench/store [--articles N] [--db PATH] [--keep] [--reuse] [--slow]
 *                     [--serial] [--batch N] [--store-only] [--search-only]
 *                     [--by-date] [--dump FILE]
 * --reuse measures search and related news on the database a --keep run
 * left (no storing, no dedup figures), or on a PostgreSQL copy of it
 * (--db postgresql://..., made by `brief migrate`): the same queries on
 * both; --slow lists the slowest queries; --store-only stops after
 * storing (for comparing ways of storing); --search-only measures search
 * alone (no related news, no FTS5 reference); --by-date sorts the searches
 * newest first instead of by relevance; --dump writes every search's hits
 * to FILE (ids, scores, snippets, counts), for comparing two builds' answers.
 *
 * The articles are generated before the clock starts, as extraction is
 * excluded. Storing runs as a store would be fed on two cores: one thread
 * does the work on each article that needs no database (hashing and
 * compressing the page, fingerprinting the text: store_document_prepare,
 * fingerprint_text), the other stores it (store_article_put,
 * syndication_update_fp), and the store's own writer thread builds the
 * full-text index of each committed batch meanwhile (src/store/sqlite/index.c).
 * --serial makes and stores on one thread. Articles are committed --batch
 * at a time (5,000: about a second of storing). The store rate counts
 * until the last article is indexed and the term statistics are refreshed.
 * Figures only; it never fails a build.
 */
#include <dirent.h>
#include <math.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "analyse/fingerprint.h"
#include "corpus/related.h"
#include "corpus/syndication.h"
#include "corpus/query.h"
#include "store/postgres/pg.h"
#include "store/store.h"
#include "util/buf.h"

#include <libpq-fe.h>

#define VOCAB           40000
#define TOPICS          400
#define TOPIC_WORDS     300
#define SOURCES         200
#define QUERIES         200
#define RELATED_SAMPLES 200

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static double unif(void)
{
	return (double)(next() >> 11) / 9007199254740992.0;
}

static char *vocab[VOCAB];
static double zipf_cdf[VOCAB];
static int topic_words[TOPICS][TOPIC_WORDS];

static const char *const syl[] = { "ka",  "ran", "tel", "mo",  "shi", "dar", "vel", "ost", "qui",
				   "ber", "lan", "tor", "zen", "ha",  "mir", "sal", "pa",  "du",
				   "nek", "fa",  "ri",  "gon", "sa",  "bel", "tu",  "xa",  "lo",
				   "ven", "ar",  "is",  "om",  "ul",  "ek",  "yan", "cha", "pro" };

static void make_vocab(void)
{
	size_t nsyl = sizeof(syl) / sizeof(syl[0]);
	double sum = 0;
	int i, t, k;
	for (i = 0; i < VOCAB; i++) {
		char w[32];
		int n = 1 + (int)(next() % 3) + (i > 2000), len = 0;
		for (k = 0; k < n; k++)
			len += snprintf(w + len, sizeof(w) - (size_t)len, "%s", syl[next() % nsyl]);
		/* a suffix from the index keeps words distinct */
		snprintf(w + len, sizeof(w) - (size_t)len, "%c%c", 'a' + i % 26,
			 'a' + (i / 26) % 26);
		vocab[i] = strdup(w);
		sum += 1.0 / pow(i + 1, 1.05);
		zipf_cdf[i] = sum;
	}
	for (i = 0; i < VOCAB; i++)
		zipf_cdf[i] /= sum;
	for (t = 0; t < TOPICS; t++)
		for (k = 0; k < TOPIC_WORDS; k++)
			topic_words[t][k] = 1000 + (int)(next() % (VOCAB - 1000));
}

static int zipf_word(void)
{
	double u = unif();
	int lo = 0, hi = VOCAB - 1;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (zipf_cdf[mid] < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int article_word(int topic)
{
	return unif() < 0.3 ? topic_words[topic][next() % TOPIC_WORDS] : zipf_word();
}

/* A text of about `target` bytes: paragraphs of sentences. */
static void gen_text(struct buf *b, int topic, size_t target)
{
	while (b->len < target) {
		int sentences = 3 + (int)(next() % 4), s;
		if (b->len)
			buf_puts(b, "\n\n");
		for (s = 0; s < sentences; s++) {
			int words = 8 + (int)(next() % 18), w;
			for (w = 0; w < words; w++) {
				const char *x = vocab[article_word(topic)];
				if (w == 0) {
					buf_putc(b, (char)(x[0] - 32));
					buf_puts(b, x + 1);
				} else {
					buf_putc(b, ' ');
					buf_puts(b, x);
				}
				if (w == words / 2 && next() % 3 == 0)
					buf_putc(b, ',');
			}
			buf_puts(b, s + 1 < sentences ? ". " : ".");
		}
	}
}

static void gen_title(struct buf *b, int topic)
{
	int n = 5 + (int)(next() % 6), i;
	for (i = 0; i < n; i++) {
		const char *x = vocab[article_word(topic)];
		if (i)
			buf_putc(b, ' ');
		buf_putc(b, (char)(x[0] - 32));
		buf_puts(b, x + 1);
	}
}

static const char *const boiler[] = {
	"This story was republished from a partner outlet under its syndication agreement.",
	"Sign up to our morning newsletter for the day's top stories from the region.",
	"Our correspondents contributed reporting. Editing by the regional desk.",
	"Follow our live coverage for updates throughout the day and night.",
};

/* A near-copy of `orig`: 1-3 variations. */
static void make_copy(struct buf *out, const char *orig)
{
	int kinds = 1 + (int)(next() % 3), k;
	int trunc = 0, edits = 0, boil = 0;
	for (k = 0; k < kinds; k++) {
		switch (next() % 3) {
		case 0: trunc = 1; break;
		case 1: edits = 1; break;
		default: boil = 1; break;
		}
	}
	if (boil && next() % 2)
		buf_putf(out, "%s\n\n", boiler[next() % 4]);
	{
		size_t len = strlen(orig), cut = len, i;
		if (trunc) {
			/* an excerpt: the first 30-70% of the text, at a paragraph end */
			size_t want = (size_t)((double)len * (0.3 + 0.4 * unif()));
			const char *p = strstr(orig + want, "\n\n");
			cut = p ? (size_t)(p - orig) : len;
		}
		if (!edits) {
			buf_put(out, orig, cut);
		} else {
			/* replace, drop or insert about 4% of the words */
			for (i = 0; i < cut;) {
				size_t n = strcspn(orig + i, " \n");
				double u = unif();
				if (n > 0 && u < 0.015) {
					buf_puts(out, vocab[zipf_word()]);
				} else if (n > 0 && u < 0.03) {
					/* dropped */
				} else {
					buf_put(out, orig + i, n);
					if (u < 0.04) {
						buf_putc(out, ' ');
						buf_puts(out, vocab[zipf_word()]);
					}
				}
				i += n;
				if (i < cut)
					buf_putc(out, orig[i++]);
			}
		}
	}
	if (boil)
		buf_putf(out, "\n\n%s", boiler[next() % 4]);
}

/* 2015-01-01 plus `day` days, at `hour`, as ISO 8601 */
static void add_date(struct buf *b, long day, int hour)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y = 2015, m = 0;
	for (;;) {
		int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
		if (day < 365 + leap)
			break;
		day -= 365 + leap;
		y++;
	}
	for (;;) {
		int len = mdays[m] + (m == 1 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
		if (day < len)
			break;
		day -= len;
		m++;
	}
	buf_putf(b, "%04d-%02d-%02ldT%02d:00:00Z", y, m + 1, day + 1, hour);
}

/* CPU seconds (user + system) this process has used: steadier than the
 * wall clock on a shared machine, reported beside it. */
static double cpu_now(void)
{
	struct rusage u;
	getrusage(RUSAGE_SELF, &u);
	return (double)u.ru_utime.tv_sec + (double)u.ru_utime.tv_usec / 1e6 +
	       (double)u.ru_stime.tv_sec + (double)u.ru_stime.tv_usec / 1e6;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static void percentiles(double *v, size_t n, double *p50, double *p99)
{
	qsort(v, n, sizeof(double), cmp_double);
	*p50 = v[n / 2];
	*p99 = v[(size_t)((double)(n - 1) * 0.99)];
}

struct pair {
	int64_t pred, truth;
};

static int cmp_pair(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;
	if (x->pred != y->pred)
		return x->pred < y->pred ? -1 : 1;
	return x->truth < y->truth ? -1 : x->truth > y->truth;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

/*
 * The server backend serving the store's connection, when it is PostgreSQL:
 * the one other client of its database (0: not found). Its CPU time, from
 * /proc (the benchmark and a pg-tmp server share a machine), is steadier
 * than a search's wall time on a loaded machine.
 */
static long pg_backend(const char *url)
{
	PGconn *c = PQconnectdb(url);
	PGresult *res = PQexec(c, "SELECT pid FROM pg_stat_activity WHERE backend_type = "
				  "'client backend' AND datname = current_database() AND pid <> "
				  "pg_backend_pid()");
	long pid = 0;
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1)
		pid = strtol(PQgetvalue(res, 0, 0), NULL, 10);
	PQclear(res);
	PQfinish(c);
	return pid;
}

/* A process's CPU time so far in ms (its schedstat's run time: nanoseconds), -1 if unknown. */
static double proc_cpu_ms(long pid)
{
	char path[64];
	unsigned long long ns;
	FILE *fp;
	int ok;
	snprintf(path, sizeof(path), "/proc/%ld/schedstat", pid);
	if (!(fp = fopen(path, "r")))
		return -1;
	ok = fscanf(fp, "%llu", &ns) == 1;
	fclose(fp);
	return ok ? (double)ns / 1e6 : -1;
}

/* --slow: the queries that took longest, slowest first */
static void list_slowest(const char *what, char **queries, const double *lat, size_t n)
{
	size_t shown, i, worst;
	char *seen = calloc(n, 1);
	for (shown = 0; shown < 10 && seen; shown++) {
		for (i = 0, worst = n; i < n; i++)
			if (!seen[i] && (worst == n || lat[i] > lat[worst]))
				worst = i;
		if (worst == n)
			break;
		seen[worst] = 1;
		printf("  slow %s: %8.2f ms  %s\n", what, lat[worst], queries[worst]);
	}
	free(seen);
}

static double choose2(double n)
{
	return n * (n - 1) / 2;
}

/* ---- the producing thread: articles made, pages prepared, fingerprinted ---- */

#define SLOTS 256 /* a deep queue: the producing thread may be off its core a while */

/* An article as generated, before the clock starts (it stands for extraction). */
struct made {
	char *text, *title, *url, *src, *srcname, *pub;
	size_t len;
};

struct slot {
	struct made *m;
	struct document_prep prep;
	struct fingerprint fp;
};

struct producer {
	size_t n;
	int64_t *truth;
	int serial;
	struct slot slots[SLOTS];
	size_t made, used; /* articles made; articles stored */
	pthread_mutex_t mu;
	pthread_cond_t filled, drained;
	char **texts;              /* originals' texts, kept so copies can be made of them */
	struct made *arts;         /* every article, generated beforehand */
	struct document_packer pk; /* the making thread's zstd context */
	double cpu;                /* the producing thread's CPU seconds */
	double cpu_prep;           /* of which hashing and compressing */
	double cpu_fp;             /* and fingerprinting */
	size_t next_serial;        /* --serial: the next article to make */
};

static double c_prep, c_fp;
/*
 * Each step of one article in SAMPLE is timed, and counts for SAMPLE: on
 * this VM a clock read is a system call, and eight of them an article
 * were a few percent of the time measured. Totals are timed whole.
 */
#define SAMPLE 8

/* CPU seconds of the store's own threads (named brief-*), from /proc: "name s, ..." into out. */
static void store_threads_cpu(char *out, size_t cap)
{
	DIR *d = opendir("/proc/self/task");
	struct dirent *e;
	size_t len = 0;

	out[0] = 0;
	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		char p[300], comm[32] = "", stat[1024];
		unsigned long ut = 0, st = 0;
		const char *rp;
		FILE *fp;
		size_t n;
		if (e->d_name[0] == '.')
			continue;
		snprintf(p, sizeof(p), "/proc/self/task/%s/comm", e->d_name);
		if (!(fp = fopen(p, "r")))
			continue;
		if (!fgets(comm, sizeof(comm), fp))
			comm[0] = 0;
		fclose(fp);
		comm[strcspn(comm, "\n")] = 0;
		if (strncmp(comm, "brief-", 6))
			continue;
		snprintf(p, sizeof(p), "/proc/self/task/%s/stat", e->d_name);
		if (!(fp = fopen(p, "r")))
			continue;
		n = fread(stat, 1, sizeof(stat) - 1, fp);
		fclose(fp);
		stat[n] = 0;
		/* after "(comm) ": state is field 3, utime and stime fields 14 and 15 */
		if (!(rp = strrchr(stat, ')')) ||
		    sscanf(rp + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &ut,
			   &st) != 2)
			continue;
		if (len < cap)
			len += (size_t)snprintf(out + len, cap - len, "%s%s %.1f s",
						len ? ", " : "", comm,
						(double)(ut + st) / (double)sysconf(_SC_CLK_TCK));
	}
	closedir(d);
}

static double thread_cpu(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Generate article i into pr->arts[i]. */
static void generate(struct producer *pr, size_t i)
{
	size_t n = pr->n, orig = 0;
	int topic = (int)(next() % TOPICS);
	int is_copy = i > 100 && unif() < 0.2;
	unsigned srcno = (unsigned)(next() % SOURCES);
	struct buf text = BUF_INIT, title = BUF_INIT, url = BUF_INIT, src = BUF_INIT,
		   srcname = BUF_INIT, pub = BUF_INIT;
	struct made *m = &pr->arts[i];
	long day;

	if (!pr->texts)
		pr->texts = calloc(n, sizeof(*pr->texts));
	if (is_copy) {
		/* copy a recent original (news is copied within days) */
		int tries = 0;
		do {
			size_t back = 1 + (size_t)(next() % (i < 5000 ? i : 5000));
			orig = i - back;
		} while (pr->truth[orig] != (int64_t)orig && ++tries < 20);
		is_copy = pr->truth[orig] == (int64_t)orig && pr->texts[orig];
	}
	if (is_copy) {
		make_copy(&text, pr->texts[orig]);
		pr->truth[i] = (int64_t)orig;
	} else {
		gen_text(&text, topic, 1800 + (size_t)(next() % 500));
		pr->truth[i] = (int64_t)i;
		pr->texts[i] = strdup(text.data);
	}
	/* originals older than the copy window are not needed again */
	if (i >= 5000 && pr->texts[i - 5000]) {
		free(pr->texts[i - 5000]);
		pr->texts[i - 5000] = NULL;
	}
	gen_title(&title, topic);
	buf_putf(&url, "https://outlet%u.example.net/news/%zu", srcno, i);
	buf_putf(&src, "https://outlet%u.example.net/", srcno);
	buf_putf(&srcname, "Outlet %u", srcno);
	/* 4,000 days of news; a copy follows its original within 3 days */
	day = is_copy ? (long)(orig * 4000 / n) + (long)(next() % 4) : (long)(i * 4000 / n);
	add_date(&pub, day, (int)(next() % 24));
	m->len = text.len;
	m->text = buf_detach(&text, NULL);
	m->title = buf_detach(&title, NULL);
	m->url = buf_detach(&url, NULL);
	m->src = buf_detach(&src, NULL);
	m->srcname = buf_detach(&srcname, NULL);
	m->pub = buf_detach(&pub, NULL);
}

static void made_release(struct made *m)
{
	free(m->text);
	free(m->title);
	free(m->url);
	free(m->src);
	free(m->srcname);
	free(m->pub);
	memset(m, 0, sizeof(*m));
}

/* Prepare article i in `sl`: what the store needs that no database does. */
static void make_article(struct producer *pr, size_t i, struct slot *sl)
{
	struct document doc;
	struct error err = { 0 };
	double t0, t1;

	sl->m = &pr->arts[i];
	t0 = i % SAMPLE ? 0 : thread_cpu();
	memset(&doc, 0, sizeof(doc));
	doc.body = sl->m->text;
	doc.len = sl->m->len;
	if (store_document_prepare(&pr->pk, &doc, &sl->prep, &err) < 0) {
		fprintf(stderr, "bench store: %s\n", err.msg);
		exit(1);
	}
	t1 = i % SAMPLE ? 0 : thread_cpu();
	fingerprint_text(sl->m->text, sl->m->len, &sl->fp);
	if (i % SAMPLE == 0) {
		pr->cpu_prep += (t1 - t0) * SAMPLE;
		pr->cpu_fp += (thread_cpu() - t1) * SAMPLE;
	}
}

static void *produce(void *arg)
{
	struct producer *pr = arg;
	size_t i;
	double c0 = thread_cpu();
	for (i = 0; i < pr->n; i++) {
		pthread_mutex_lock(&pr->mu);
		while (pr->made - pr->used == SLOTS)
			pthread_cond_wait(&pr->drained, &pr->mu);
		pthread_mutex_unlock(&pr->mu);
		make_article(pr, i, &pr->slots[i % SLOTS]);
		pthread_mutex_lock(&pr->mu);
		pr->made++;
		pthread_cond_signal(&pr->filled);
		pthread_mutex_unlock(&pr->mu);
	}
	pr->cpu = thread_cpu() - c0;
	return NULL;
}

/* The slot holding article i, once made. */
static struct slot *slot_next(struct producer *pr, size_t i)
{
	if (pr->serial) {
		double c0 = thread_cpu();
		make_article(pr, i, &pr->slots[0]);
		pr->cpu += thread_cpu() - c0;
		return &pr->slots[0];
	}
	pthread_mutex_lock(&pr->mu);
	while (pr->made <= i)
		pthread_cond_wait(&pr->filled, &pr->mu);
	pthread_mutex_unlock(&pr->mu);
	return &pr->slots[i % SLOTS];
}

static void slot_done(struct producer *pr)
{
	if (pr->serial)
		return;
	pthread_mutex_lock(&pr->mu);
	pr->used++;
	/*
	 * Wake a waiting producer only once half the slots are free: woken at
	 * each slot, it and this thread switched places at every article.
	 */
	if (pr->made - pr->used <= SLOTS / 2)
		pthread_cond_signal(&pr->drained);
	pthread_mutex_unlock(&pr->mu);
}

static void producer_release(struct producer *pr)
{
	size_t i;
	c_prep = pr->cpu_prep;
	c_fp = pr->cpu_fp;
	for (i = 0; i < SLOTS; i++) {
		struct slot *sl = &pr->slots[i];
		store_document_prep_release(&sl->prep);
	}
	store_document_packer_release(&pr->pk);
	free(pr->arts);
	pthread_mutex_destroy(&pr->mu);
	pthread_cond_destroy(&pr->filled);
	pthread_cond_destroy(&pr->drained);
}

/* The database at `path` and its full-text index file, with their journals. */
static void remove_db(const char *path)
{
	static const char *const suffix[] = { "",        "-wal",        "-shm",
					      "-search", "-search-wal", "-search-shm" };
	char p[512];
	size_t i;
	for (i = 0; i < sizeof(suffix) / sizeof(suffix[0]); i++) {
		snprintf(p, sizeof(p), "%s%s", path, suffix[i]);
		unlink(p);
	}
}

/* Bytes of the database at `path` and its index file, with their logs. */
static double db_bytes(const char *path)
{
	static const char *const suffix[] = { "", "-wal", "-search", "-search-wal" };
	char p[512];
	struct stat sb;
	double total = 0;
	size_t i;
	for (i = 0; i < sizeof(suffix) / sizeof(suffix[0]); i++) {
		snprintf(p, sizeof(p), "%s%s", path, suffix[i]);
		if (stat(p, &sb) == 0)
			total += (double)sb.st_size;
	}
	return total;
}

int main(int argc, char **argv)
{
	/* figures appear as they are measured, also when written to a file */
	setvbuf(stdout, NULL, _IOLBF, 0);
	size_t n = 1000000, i, q;
	const char *path = "build/bench-store.db";
	int keep = 0, reuse = 0, slow = 0, serial = 0, store_only = 0, search_only = 0, by_date = 0;
	const char *dump_path = NULL;
	FILE *dump = NULL;
	char threads[256];
	size_t batch = 5000;
	struct store *st;
	struct error err = { 0 };
	int64_t *truth, *ids;
	char **queries;
	double t0, c0, t_gen, t_store, t_stats = 0, c_store, c_put = 0, c_synd = 0, c_commit = 0,
				       c_gen, *lat, w_wait = 0, w_commit = 0, t_loop = 0;
	double size;
	struct rusage ru;
	sqlite3 *ref;
	int a;

	for (a = 1; a < argc; a++) {
		if (!strcmp(argv[a], "--articles") && a + 1 < argc)
			n = strtoul(argv[++a], NULL, 10);
		else if (!strcmp(argv[a], "--db") && a + 1 < argc)
			path = argv[++a];
		else if (!strcmp(argv[a], "--keep"))
			keep = 1;
		else if (!strcmp(argv[a], "--reuse"))
			reuse = keep = 1;
		else if (!strcmp(argv[a], "--slow"))
			slow = 1;
		else if (!strcmp(argv[a], "--serial"))
			serial = 1;
		else if (!strcmp(argv[a], "--store-only"))
			store_only = 1;
		else if (!strcmp(argv[a], "--search-only"))
			search_only = 1;
		else if (!strcmp(argv[a], "--by-date"))
			by_date = 1;
		else if (!strcmp(argv[a], "--dump") && a + 1 < argc)
			dump_path = argv[++a];
		else if (!strcmp(argv[a], "--batch") && a + 1 < argc && atoi(argv[a + 1]) > 0)
			batch = strtoul(argv[++a], NULL, 10);
		else {
			fprintf(stderr,
				"usage: %s [--articles N] [--db PATH] [--keep] [--reuse] [--slow] "
				"[--serial] [--batch N] [--store-only] [--search-only] [--by-date] "
				"[--dump FILE]\n",
				argv[0]);
			return 2;
		}
	}
	make_vocab();
	if (reuse) {
		sqlite3_stmt *s;
		size_t cap = 1024;
		ids = malloc(cap * sizeof(*ids));
		truth = NULL;
		n = 0;
		if (pg_url_is_postgres(path)) {
			PGconn *c = PQconnectdb(path);
			PGresult *res = PQexec(c, "SELECT id FROM articles ORDER BY id");
			int k;
			if (PQresultStatus(res) != PGRES_TUPLES_OK) {
				fprintf(stderr, "bench store: cannot read %s\n", path);
				return 0;
			}
			ids = realloc(ids, ((size_t)PQntuples(res) + 1) * sizeof(*ids));
			for (k = 0; k < PQntuples(res); k++)
				ids[n++] = strtoll(PQgetvalue(res, k, 0), NULL, 10);
			PQclear(res);
			PQfinish(c);
		} else {
			if (sqlite3_open(path, &ref) != SQLITE_OK ||
			    sqlite3_prepare_v2(ref, "SELECT id FROM articles", -1, &s, NULL) !=
				    SQLITE_OK) {
				fprintf(stderr, "bench store: cannot read %s\n", path);
				return 0;
			}
			while (sqlite3_step(s) == SQLITE_ROW) {
				if (n == cap)
					ids = realloc(ids, (cap *= 2) * sizeof(*ids));
				ids[n++] = sqlite3_column_int64(s, 0);
			}
			sqlite3_finalize(s);
			sqlite3_close(ref);
		}
		printf("bench store: searching the %zu articles of %s\n", n, path);
		if (!n || store_open(&st, path, &err) < 0)
			return 0;
		goto measure;
	}
	remove_db(path);
	if (store_open(&st, path, &err) < 0) {
		fprintf(stderr, "bench store: %s\n", err.msg);
		return 0;
	}
	truth = calloc(n, sizeof(*truth));
	ids = calloc(n, sizeof(*ids));
	{
		struct producer pr;
		pthread_t th;
		printf("bench store: %zu articles, 20%% near-copies, into %s%s\n", n, path,
		       serial ? " (one thread)" : "");
		fflush(stdout);
		memset(&pr, 0, sizeof(pr));
		pr.n = n;
		pr.truth = truth;
		pr.serial = serial;
		pthread_mutex_init(&pr.mu, NULL);
		pthread_cond_init(&pr.filled, NULL);
		pthread_cond_init(&pr.drained, NULL);
		/* made first, off the clock, as extraction would be */
		t_gen = now();
		pr.arts = calloc(n, sizeof(*pr.arts));
		for (i = 0; i < n; i++)
			generate(&pr, i);
		for (i = 0; i < n; i++)
			free(pr.texts[i]);
		free(pr.texts);
		pr.texts = NULL;
		t_gen = now() - t_gen;
		printf("  generated in %.1f s (not counted)\n", t_gen);
		fflush(stdout);
		t0 = now();
		c0 = cpu_now();
		if (!serial && pthread_create(&th, NULL, produce, &pr) != 0)
			serial = pr.serial = 1;
		if (store_begin(st, &err) < 0) {
			fprintf(stderr, "bench store: %s\n", err.msg);
			return 0;
		}
		for (i = 0; i < n; i++) {
			struct slot *sl;
			struct article_in art;
			int64_t art_id = 0;
			struct document doc;
			enum store_put_result what;
			int timed = i % SAMPLE == 0;
			double p0 = 0, p1 = 0, wq = timed ? now() : 0;

			sl = slot_next(&pr, i);
			if (timed) {
				w_wait += (now() - wq) * SAMPLE;
				p0 = thread_cpu();
			}

			memset(&art, 0, sizeof(art));
			art.url = sl->m->url;
			art.title = sl->m->title;
			art.text = sl->m->text;
			art.source = sl->m->srcname;
			art.source_url = sl->m->src;
			art.published = sl->m->pub;
			art.language = "en";
			art.word_count = (int64_t)(sl->m->len / 6);
			doc.url = sl->m->url;
			doc.content_type = "text/plain";
			doc.body = sl->m->text;
			doc.len = sl->m->len;
			doc.prep = &sl->prep;
			if (store_article_put(st, &doc, &art, &art_id, &what, &err) < 0) {
				fprintf(stderr, "bench store: %s\n", err.msg);
				return 0;
			}
			if (timed) {
				p1 = thread_cpu();
				c_put += (p1 - p0) * SAMPLE;
			}
			if (syndication_update_fp(st, art_id, &sl->fp, &err) < 0) {
				fprintf(stderr, "bench store: %s\n", err.msg);
				return 0;
			}
			if (timed)
				c_synd += (thread_cpu() - p1) * SAMPLE;
			ids[i] = art_id;
			slot_done(&pr);
			if ((i + 1) % batch == 0) {
				double q0 = thread_cpu(), wc = now();
				if (store_commit(st, &err) < 0 || store_begin(st, &err) < 0) {
					fprintf(stderr, "bench store: %s\n", err.msg);
					return 0;
				}
				c_commit += thread_cpu() - q0;
				w_commit += now() - wc;
			}
			if ((i + 1) % 100000 == 0) {
				printf("  %zu stored, %.0f articles/s so far\n", i + 1,
				       (double)(i + 1) / (now() - t0));
				fflush(stdout);
			}
		}
		t_loop = now() - t0;
		if (store_commit(st, &err) < 0) {
			fprintf(stderr, "bench store: %s\n", err.msg);
			return 0;
		}
		t_stats = now();
		if (store_term_stats_refresh(st, 1, &err) < 0)
			fprintf(stderr, "bench store: %s\n", err.msg);
		t_stats = now() - t_stats;
		t_store = now() - t0;
		c_store = cpu_now() - c0;
		if (!serial)
			pthread_join(th, NULL);
		c_gen = pr.cpu;
		for (i = 0; i < n; i++)
			made_release(&pr.arts[i]);
		producer_release(&pr);
	}
	store_threads_cpu(threads, sizeof(threads));
	store_close(st);
	size = db_bytes(path);
	printf("store:    %.0f articles/s (%zu in %.1f s wall, %.1f s CPU: %.0f articles per CPU "
	       "second; hashing, compressing, fingerprints, grouping and the full-text index "
	       "included), "
	       "database %.1f MiB (%.1f KiB/article)\n",
	       (double)n / t_store, n, t_store, c_store, (double)n / c_store, size / 1048576.0,
	       size / 1024.0 / (double)n);
	printf("          of which %.1f s refreshing the term statistics at the end\n", t_stats);
	if (threads[0])
		printf("          CPU of the store's own threads: %s\n", threads);
	printf("          wall, storing thread: %.1f s until the last article, of which %.1f s "
	       "waiting for the producing thread and %.1f s committing (%.1f s of it on CPU)\n",
	       t_loop, w_wait, w_commit, c_commit);
	printf("          CPU per article, storing thread: %.0f us storing (article, page, "
	       "index log), %.0f us grouping, %.0f us committing%s; %s: %.0f us hashing and "
	       "compressing the page, %.0f us fingerprinting; the full-text index writer and the "
	       "rest: %.0f us\n",
	       c_put * 1e6 / (double)n, c_synd * 1e6 / (double)n, c_commit * 1e6 / (double)n,
	       serial ? ", and" : "", serial ? "the same thread" : "producing thread",
	       c_prep * 1e6 / (double)n, c_fp * 1e6 / (double)n,
	       (c_store - c_put - c_synd - c_commit - c_gen) * 1e6 / (double)n);
	fflush(stdout);
	if (store_only) {
		if (!keep)
			remove_db(path);
		return 0;
	}

	if (store_open(&st, path, &err) < 0) {
		fprintf(stderr, "bench store: %s\n", err.msg);
		return 0;
	}

	/* dedup: pair precision and recall of predicted groups against the truth */
	{
		struct pair *pairs = calloc(n, sizeof(*pairs));
		int64_t *tr = calloc(n, sizeof(*tr));
		double both = 0, pred_pairs = 0, true_pairs = 0, run_pred = 0, run_both = 0;
		for (i = 0; i < n; i++) {
			int64_t g = 0;
			if (store_group_of(st, ids[i], &g, NULL) < 0)
				g = 0; /* counted as its own group */
			pairs[i].pred = g ? g : ids[i];
			pairs[i].truth = truth[i];
			tr[i] = truth[i];
		}
		qsort(pairs, n, sizeof(*pairs), cmp_pair);
		for (i = 0; i < n; i++) {
			if (i == 0 || pairs[i].pred != pairs[i - 1].pred) {
				pred_pairs += choose2(run_pred);
				run_pred = 0;
			}
			run_pred++;
			if (i == 0 || pairs[i].pred != pairs[i - 1].pred ||
			    pairs[i].truth != pairs[i - 1].truth) {
				both += choose2(run_both);
				run_both = 0;
			}
			run_both++;
		}
		pred_pairs += choose2(run_pred);
		both += choose2(run_both);
		qsort(tr, n, sizeof(*tr), cmp_i64);
		for (i = 0, run_pred = 0; i < n; i++) {
			if (i && tr[i] != tr[i - 1]) {
				true_pairs += choose2(run_pred);
				run_pred = 0;
			}
			run_pred++;
		}
		true_pairs += choose2(run_pred);
		printf("dedup:    precision %.4f, recall %.4f (%.0f true copy pairs, %.0f "
		       "predicted)\n",
		       pred_pairs ? both / pred_pairs : 1.0, true_pairs ? both / true_pairs : 1.0,
		       true_pairs, pred_pairs);
		free(pairs);
		free(tr);
	}

measure:
	/* 200 mixed queries */
	queries = calloc(QUERIES, sizeof(*queries));
	for (q = 0; q < QUERIES; q++) {
		struct buf b = BUF_INIT;
		int t = (int)(next() % TOPICS);
		const char *w1 = vocab[topic_words[t][next() % TOPIC_WORDS]];
		const char *w2 = vocab[topic_words[t][next() % TOPIC_WORDS]];
		const char *common = vocab[next() % 200];
		switch (q % 8) {
		case 0: buf_putf(&b, "%s", w1); break;
		case 1: buf_putf(&b, "%s %s", w1, w2); break;
		case 2: buf_putf(&b, "\"%s %s\"", common, w1); break;
		case 3: buf_putf(&b, "%s OR %s", w1, w2); break;
		case 4: buf_putf(&b, "%s NOT %s", w1, w2); break;
		case 5: buf_putf(&b, "%.4s*", w1); break;
		case 6:
			buf_putf(&b, "%s source:\"Outlet %u\"", w1, (unsigned)(next() % SOURCES));
			break;
		default: buf_putf(&b, "%s %s since:2020", common, w1); break;
		}
		queries[q] = buf_detach(&b, NULL);
	}
	lat = calloc(QUERIES > RELATED_SAMPLES ? QUERIES : RELATED_SAMPLES, sizeof(*lat));
	{
		double p50, p99, hits = 0, *cpu = calloc(QUERIES, sizeof(*cpu));
		long backend = pg_url_is_postgres(path) ? pg_backend(path) : 0;
		if (dump_path && !(dump = fopen(dump_path, "w")))
			fprintf(stderr, "bench store: cannot write %s\n", dump_path);
		int cpu_known = backend > 0 && cpu && proc_cpu_ms(backend) >= 0;
		for (q = 0; q < QUERIES; q++) {
			struct search_query sq;
			struct search_results r;
			double t, c = 0;
			if (search_query_parse(queries[q], &sq, &err) < 0) {
				lat[q] = 0;
				continue;
			}
			sq.sort_by_date = by_date;
			if (cpu_known)
				c = proc_cpu_ms(backend);
			t = now();
			if (store_search(st, &sq, 20, 0, &r, &err) == 0) {
				size_t k;
				hits += (double)r.n;
				if (dump)
					fprintf(dump, "%s\t%zu total, more %d\n", queries[q],
						r.total, r.more);
				for (k = 0; dump && k < r.n; k++)
					fprintf(dump, "  %lld %lld %zu %.9g %s\n",
						(long long)r.items[k].a.id,
						(long long)r.items[k].matched_id, r.items[k].copies,
						r.items[k].score,
						r.items[k].snippet ? r.items[k].snippet : "");
				search_results_release(&r);
			} else if (dump) {
				fprintf(dump, "%s\terror %s\n", queries[q], err.msg);
			}
			lat[q] = (now() - t) * 1000.0;
			if (cpu_known)
				cpu[q] = proc_cpu_ms(backend) - c;
			search_query_release(&sq);
		}
		if (slow)
			list_slowest("search", queries, lat, QUERIES);
		if (slow && cpu_known)
			list_slowest("search, server CPU", queries, cpu, QUERIES);
		percentiles(lat, QUERIES, &p50, &p99);
		printf("search:   p50 %.2f ms, p99 %.2f ms over %d mixed queries (%.1f hits each, "
		       "copies folded, snippets%s)\n",
		       p50, p99, QUERIES, hits / QUERIES, by_date ? ", newest first" : "");
		if (cpu_known) {
			double sum = 0;
			for (q = 0; q < QUERIES; q++)
				sum += cpu[q];
			percentiles(cpu, QUERIES, &p50, &p99);
			printf("          the server's CPU a search: p50 %.2f ms, p99 %.2f ms, "
			       "%.0f ms in "
			       "all\n",
			       p50, p99, sum);
		}
		free(cpu);
		if (dump)
			fclose(dump);
	}
	if (search_only || pg_url_is_postgres(path)) {
		/* the FTS5 reference is SQLite's, related news on a copy needs term statistics */
		store_close(st);
		goto done;
	}
	{
		double p50, p99, got = 0;
		for (q = 0; q < RELATED_SAMPLES; q++) {
			struct search_results r;
			int64_t id = ids[next() % n];
			double t = now();
			if (related_find(st, id, 10, &r, &err) == 0) {
				got += (double)r.n;
				search_results_release(&r);
			}
			lat[q] = (now() - t) * 1000.0;
		}
		percentiles(lat, RELATED_SAMPLES, &p50, &p99);
		printf("related:  p50 %.2f ms, p99 %.2f ms over %d articles (%.1f related each)\n",
		       p50, p99, RELATED_SAMPLES, got / RELATED_SAMPLES);
	}
	store_close(st);

	/* reference: the same queries through a plain FTS5 table on the same text */
	if (sqlite3_open(path, &ref) == SQLITE_OK) {
		double p50, p99;
		sqlite3_stmt *s;
		sqlite3_exec(ref,
			     "CREATE VIRTUAL TABLE IF NOT EXISTS plain_fts USING fts5(title, text, "
			     "tokenize='porter unicode61');"
			     "INSERT INTO plain_fts(rowid, title, text) SELECT id, title, text "
			     "FROM articles "
			     "WHERE NOT EXISTS (SELECT 1 FROM plain_fts);",
			     NULL, NULL, NULL);
		for (q = 0; q < QUERIES; q++) {
			struct search_query sq;
			double t;
			if (search_query_parse(queries[q], &sq, NULL) < 0 || !sq.fts) {
				lat[q] = 0;
				if (sq.fts || sq.source)
					search_query_release(&sq);
				continue;
			}
			t = now();
			if (sqlite3_prepare_v2(
				    ref,
				    "SELECT rowid, snippet(plain_fts, 1, '[', ']', '…', 24) "
				    "FROM plain_fts WHERE plain_fts MATCH ? ORDER BY rank LIMIT 20",
				    -1, &s, NULL) == SQLITE_OK) {
				sqlite3_bind_text(s, 1, sq.fts, -1, SQLITE_STATIC);
				while (sqlite3_step(s) == SQLITE_ROW)
					;
				sqlite3_finalize(s);
			}
			lat[q] = (now() - t) * 1000.0;
			search_query_release(&sq);
		}
		if (slow)
			list_slowest("reference", queries, lat, QUERIES);
		percentiles(lat, QUERIES, &p50, &p99);
		printf("sqlite3 FTS5 reference (same text, same queries' text part, no folding): "
		       "p50 %.2f ms, p99 %.2f ms\n",
		       p50, p99);
		if (!keep)
			sqlite3_exec(ref, "DROP TABLE plain_fts", NULL, NULL, NULL);
		sqlite3_close(ref);
	}
done:
	getrusage(RUSAGE_SELF, &ru);
	printf("peak RSS %.1f MiB\n", (double)ru.ru_maxrss / 1024.0);
	for (q = 0; q < QUERIES; q++)
		free(queries[q]);
	free(queries);
	free(lat);
	free(truth);
	free(ids);
	if (!keep)
		remove_db(path);
	return 0;
}
