/*
 * bench/code.c: event coding quality and speed on the PETRARCH validation suite.
 *
 *   build/bench/code [--dir DIR] [--gold TSV] [--show] [--show-names] [--show-article]
 *                    [--show-all] [--confusion] [--stories] [--synthetic text|head]
 *                    [--repeat N]
 *
 * Reads DIR/expected.jsonl and the suite's own dictionaries
 * (DIR/PETR_Validate_{actors,agents,verbs,discards}_2_02.txt; default DIR is
 * $SHARED/events/dev/validate, $SHARED defaulting to ../shared), codes every
 * record marked evaluate with brief's coder and those dictionaries only, and
 * prints:
 *   found  = expected (source, target, code) triples coded / expected triples
 *   extra  = coded triples not expected / expected triples (and / coded)
 * Codings that the coder marks negated, hypothetical or demanded are not
 * counted as codings (future ones are: the suite codes "will restore").
 * Speed is sentences per second of coder_code() alone over --repeat passes
 * (default 50), one core. Prints figures, asserts nothing; exits 0 with a
 * message when the suite is absent. --show prints each record that differs
 * (gold sentences with every coding: verb, modality, pattern).
 *
 * Then, with brief's own dictionaries (data/, the default path):
 *   the real-news gold sets (--gold, up to six times; default
 *     bench/code-gold.tsv, then bench/code-gold-2a.tsv and -2b.tsv, the second
 *     set as two annotators coded it, bench/code-gold-2c.tsv, a set coded blind
 *     and then read, bench/code-gold-2d.tsv and -2e.tsv, other sets coded blind, and
 *     bench/code-gold-3.tsv and -4.tsv, the held-out sets,
 *     each when present): sentences
 *     of ../shared/bench/extraction{,-wcxb}/ground-truth.json named by page id and
 *     character offset, hand-coded (docs/events-guidelines.md); found and
 *     extra on (source country, target country, CAMEO root), each sentence coded
 *     alone (--show lists the sentences that differ), with its page's document
 *     memory (--show-names) and in its page coded whole (--show-article);
 *   the headlines of bench/code-headlines.tsv, written for brief and hand-coded: found
 *     and extra as for the gold sets, each coded alone, the part read for rules and the
 *     held-out third, as written and in title case;
 *   the synthetic stories (../shared/events/dev/synthetic, read through
 *     `unzip -p`): document-level PLOVER types against each story's label,
 *     and the default path's sentences per second, twice: each story's text
 *     alone, then its headline (the prompt's first line) and text as ingest
 *     codes an article (--synthetic text or head: only that one). --show-all prints the
 *     synthetic stories whose label was not found; --confusion the label x
 *     top-type table with each label's recall; --stories every story with
 *     its label, top type and counted events (for reading the cells).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "analyse/coder.h"
#include "analyse/dict.h"
#include "analyse/lexicon.h"
#include "analyse/text.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/utf8.h"

#include "util/banned.h"

struct triple {
	char s[CODE_MAX], t[CODE_MAX], c[8];
};

struct rec {
	const char *id, *text, *date;
	struct triple *exp;
	size_t nexp;
};

/*
 * The size of a dictionary directory, counted on its lines as the issue's
 * targets count it: in DIR/actors, names and synonyms (a line that starts
 * with a letter, or '+' and a letter); in DIR/verbs, pattern lines (a line
 * that starts with "- ") and verb lines (a letter). Returns -1 when a
 * directory cannot be read.
 */
static int count_dir(const char *dir, const char *sub, size_t *names, size_t *pats)
{
	char path[4096];
	DIR *dp;
	struct dirent *de;
	struct error err = { 0 };
	snprintf(path, sizeof(path), "%s/%s", dir, sub);
	if (!(dp = opendir(path)))
		return -1;
	while ((de = readdir(dp))) {
		struct buf b;
		size_t n = strlen(de->d_name), i;
		char f[4096 + 256];
		if (n < 5 || strcmp(de->d_name + n - 4, ".txt"))
			continue;
		snprintf(f, sizeof(f), "%s/%s", path, de->d_name);
		buf_init(&b, 0);
		if (file_read_all(f, 0, &b, &err) < 0) {
			buf_release(&b);
			closedir(dp);
			return -1;
		}
		for (i = 0; i < b.len; i++) {
			const char *l = b.data + i;
			const char *e = memchr(l, '\n', b.len - i);
			size_t len = e ? (size_t)(e - l) : b.len - i;
			size_t k = len && l[0] == '+' ? 1 : 0;
			if (len >= 2 && l[0] == '-' && l[1] == ' ')
				(*pats)++;
			else if (k < len &&
				 ((l[k] >= 'A' && l[k] <= 'Z') || (l[k] >= 'a' && l[k] <= 'z')))
				(*names)++;
			i += len;
		}
		buf_release(&b);
	}
	closedir(dp);
	return 0;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* triples are zeroed before they are filled, so whole structs compare */
static int has(const struct triple *v, size_t n, const struct triple *t)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!memcmp(&v[i], t, sizeof(*t)))
			return 1;
	return 0;
}

static void copy(char *dst, size_t n, const char *src)
{
	size_t l = src ? strnlen(src, n - 1) : 0;
	if (l)
		memcpy(dst, src, l);
	dst[l] = 0;
}

/* ---- synthetic stories: document-level PLOVER types ---- */

#define NTYPES 16
static const char *const ptypes[NTYPES] = { "AGREE",     "CONSULT",  "SUPPORT",  "CONCEDE",
					    "COOPERATE", "AID",      "RETREAT",  "REQUEST",
					    "ACCUSE",    "REJECT",   "THREATEN", "PROTEST",
					    "SANCTION",  "MOBILIZE", "COERCE",   "ASSAULT" };

static int ptype(const char *s)
{
	int i;
	for (i = 0; i < NTYPES; i++)
		if (s && !strcmp(s, ptypes[i]))
			return i;
	return -1;
}

/*
 * One CSV record from `p` (the rest of the file): fields split in place
 * (quotes removed, "" unescaped), NUL-terminated. Returns the number of
 * fields and moves *pp past the record; 0 at the end.
 */
static int csv_record(char **pp, char **fields, int maxf)
{
	char *p = *pp, *w;
	int n = 0;
	if (!*p)
		return 0;
	while (n < maxf) {
		fields[n++] = w = p;
		if (*p == '"') {
			p++;
			for (;;) {
				if (!*p)
					break;
				if (*p == '"' && p[1] == '"') {
					*w++ = '"';
					p += 2;
				} else if (*p == '"') {
					p++;
					break;
				} else
					*w++ = *p++;
			}
		}
		while (*p && *p != ',' && *p != '\n' && *p != '\r')
			*w++ = *p++;
		if (*p == ',') {
			*w = 0;
			p++;
			continue;
		}
		if (*p == '\r')
			*p++ = 0;
		if (*p == '\n')
			p++;
		*w = 0;
		break;
	}
	*pp = p;
	return n;
}

struct story {
	const char *text;
	const char *head; /* the headline: the prompt's first line */
	int label;
};

/* The synthetic stories' CSV, read through `unzip -p` from the suite's zip. */
static int load_synthetic(const char *shared, struct buf *csv, struct story **out, size_t *nout)
{
	char cmd[4600], *p, *f[8];
	FILE *pipe;
	size_t n = 0, a = 0, r;
	struct story *v = NULL;
	snprintf(cmd, sizeof(cmd),
		 "unzip -p '%s/events/dev/synthetic/gpt_synthetic_events_2023-10-19_19.csv.zip' "
		 "2>/dev/null",
		 shared);
	pipe = popen(cmd, "r");
	if (!pipe)
		return -1;
	for (;;) {
		char chunk[65536];
		r = fread(chunk, 1, sizeof(chunk), pipe);
		if (!r)
			break;
		if (buf_add(csv, chunk, r) < 0) {
			pclose(pipe);
			return -1;
		}
	}
	pclose(pipe);
	if (!csv->len || buf_add(csv, "", 1) < 0)
		return -1;
	p = csv->data;
	csv_record(&p, f, 8); /* header: disclaimer,text,title,source,prompt,label,mode */
	while (csv_record(&p, f, 8) >= 7) {
		if (n == a) {
			a = a ? a * 2 : 1024;
			v = realloc(v, a * sizeof(*v));
			if (!v)
				return -1;
		}
		v[n].text = f[1];
		v[n].head = f[4];
		f[4][strcspn(f[4], "\n")] = 0;
		v[n].label = ptype(f[5]);
		if (v[n].label >= 0)
			n++;
	}
	*out = v;
	*nout = n;
	return 0;
}

/*
 * --confusion: the label x top-type table and each label's recall;
 * --stories: one line per story, label, top type (or "-"), each counted
 * event (PLOVER type, CAMEO code, source, target, pattern, then after "@" its
 * sentence and the verb's byte offset in the text), the events left out (type,
 * code, actors and pattern after n, h or d: negated, hypothetical, demanded),
 * then the text.
 */
static int confusion, stories;

static void print_confusion(size_t conf[NTYPES][NTYPES + 2], const size_t *per,
			    const size_t *perhit)
{
	int i, j;
	printf("  confusion (rows: label; columns: top type, ties to the first; none = no "
	       "typed event)\n  %-9s",
	       "");
	for (j = 0; j < NTYPES; j++)
		printf(" %5.5s", ptypes[j]);
	printf("  none\n");
	for (i = 0; i < NTYPES; i++) {
		printf("  %-9s", ptypes[i]);
		for (j = 0; j <= NTYPES; j++)
			printf(" %5zu", conf[i][j]);
		printf("\n");
	}
	printf("  per label: top = label (ties count), label among types\n");
	for (i = 0; i < NTYPES; i++)
		printf("   %-9s %4zu  top %5.1f%%  among %5.1f%%\n", ptypes[i], per[i],
		       per[i] ? 100.0 * (double)conf[i][NTYPES + 1] / (double)per[i] : 0.0,
		       per[i] ? 100.0 * (double)perhit[i] / (double)per[i] : 0.0);
}

/*
 * One pass over the stories: each story's text alone (`head` 0), or its
 * headline and text as ingest codes an article (coder_article_doc).
 */
static void synthetic_run(struct coder *c, const struct story *st, size_t ns, int head, int show)
{
	size_t conf[NTYPES][NTYPES + 2];
	size_t s, noev = 0, top = 0, toppairs = 0, among = 0, nsent = 0;
	size_t per[NTYPES] = { 0 }, perhit[NTYPES] = { 0 };
	struct error err = { 0 };
	struct buf doc = BUF_INIT;
	double t0, t1;
	int i;
	memset(conf, 0, sizeof(conf));
	t0 = now();
	for (s = 0; s < ns; s++) {
		struct event_list ev;
		size_t cnt[NTYPES] = { 0 }, pairs[NTYPES] = { 0 }, k, any = 0;
		const char *text = st[s].text;
		int best = -1, bestp = -1;
		memset(&ev, 0, sizeof(ev));
		if (head) {
			buf_reset(&doc);
			if (coder_article_doc(&doc, st[s].head, st[s].text) < 0)
				continue;
			text = doc.data;
		}
		if (coder_code(c, text, strlen(text), NULL, &ev, &err) < 0) {
			fprintf(stderr, "synthetic: %s\n", err.msg);
			continue;
		}
		/* a type's weight: the sentences that report it (event_list_type_sentences);
		 * pairs: its events, one per party pair, as counted before */
		for (k = 0; k < ev.n; k++) {
			int t;
			if (!event_counted(&ev.v[k]))
				continue;
			any++;
			t = ptype(ev.v[k].plover);
			if (t >= 0)
				pairs[t]++;
		}
		for (i = 0; i < NTYPES; i++) {
			cnt[i] = event_list_type_sentences(&ev, ptypes[i]);
			if (cnt[i] && (best < 0 || cnt[i] > cnt[best]))
				best = i;
			if (pairs[i] && (bestp < 0 || pairs[i] > pairs[bestp]))
				bestp = i;
		}
		if (stories) {
			printf("story\t%s\t%s\t", ptypes[st[s].label],
			       best < 0 ? "-" : ptypes[best]);
			for (k = 0; k < ev.n; k++)
				if (!ev.v[k].negated && ev.v[k].modality != MOD_HYPOTHETICAL &&
				    ev.v[k].modality != MOD_DEMANDED)
					printf("%s:%s:%s>%s[%s]@%u/%u ",
					       ev.v[k].plover ? ev.v[k].plover : "-", ev.v[k].code,
					       ev.v[k].source, ev.v[k].target,
					       ev.v[k].pattern ? ev.v[k].pattern : "",
					       (unsigned)ev.v[k].sentence, (unsigned)ev.v[k].v_off);
			putchar('\t');
			/* the events left out, with why: n(egated), h(ypothetical), d(emanded) */
			for (k = 0; k < ev.n; k++)
				if (ev.v[k].negated || ev.v[k].modality == MOD_HYPOTHETICAL ||
				    ev.v[k].modality == MOD_DEMANDED)
					printf("%c:%s:%s:%s>%s[%s] ",
					       ev.v[k].negated                        ? 'n'
					       : ev.v[k].modality == MOD_HYPOTHETICAL ? 'h'
										      : 'd',
					       ev.v[k].plover ? ev.v[k].plover : "-", ev.v[k].code,
					       ev.v[k].source, ev.v[k].target,
					       ev.v[k].pattern ? ev.v[k].pattern : "");
			putchar('\t');
			for (k = 0; text[k]; k++)
				putchar(text[k] == '\n' || text[k] == '\t' ? ' ' : text[k]);
			putchar('\n');
		}
		event_list_release(&ev);
		per[st[s].label]++;
		if (!any)
			noev++;
		conf[st[s].label][best < 0 ? NTYPES : best]++;
		/* ties: the label counts as top when no type has more */
		if (cnt[st[s].label] && cnt[st[s].label] == cnt[best]) {
			top++;
			conf[st[s].label][NTYPES + 1]++;
		}
		if (pairs[st[s].label] && pairs[st[s].label] == pairs[bestp])
			toppairs++;
		if (cnt[st[s].label]) {
			among++;
			perhit[st[s].label]++;
		}
		if (show > 2 && !cnt[st[s].label])
			printf("synthetic miss %s: %.300s\n", ptypes[st[s].label], text);
	}
	t1 = now();
	for (s = 0; s < ns; s++) {
		struct text_doc td;
		const char *text = st[s].text;
		if (head) {
			buf_reset(&doc);
			if (coder_article_doc(&doc, st[s].head, st[s].text) < 0)
				continue;
			text = doc.data;
		}
		if (text_split(&td, text, strlen(text), NULL) == 0) {
			nsent += td.nsent;
			text_doc_release(&td);
		}
	}
	buf_release(&doc);
	if (head)
		printf("synthetic, headline and text (as ingest codes an article): %zu stories\n",
		       ns);
	else
		printf("synthetic: %zu stories, text alone (document level; negated, hypothetical, "
		       "demanded left out)\n",
		       ns);
	printf("  no event %zu (%.1f%%)  top type = label %zu (%.1f%%)  label among types %zu "
	       "(%.1f%%)\n",
	       noev, 100.0 * (double)noev / (double)ns, top, 100.0 * (double)top / (double)ns,
	       among, 100.0 * (double)among / (double)ns);
	printf("  (top type weighed by sentences that report it; by events, one a party pair: "
	       "%zu, %.1f%%)\n",
	       toppairs, 100.0 * (double)toppairs / (double)ns);
	printf("  per type (label among types):");
	for (i = 0; i < NTYPES; i++)
		printf("%s %s %zu/%zu (%.0f%%)", i % 4 ? "," : "\n   ", ptypes[i], perhit[i],
		       per[i], per[i] ? 100.0 * (double)perhit[i] / (double)per[i] : 0.0);
	if (confusion) {
		putchar('\n');
		print_confusion(conf, per, perhit);
	}
	printf("\n  default dictionaries: %.0f sentences/s  (%zu sentences in %.3f s, one core)\n",
	       (double)nsent / (t1 - t0), nsent, t1 - t0);
}

/*
 * The synthetic stories twice: the text alone, then as ingest codes an
 * article, the headline first. --show-all, --confusion and --stories
 * print for the pass `synthetic_head` names (0 text alone, 1 headline and
 * text; both by default).
 */
static int synthetic_head = -1;

static int bench_synthetic(const char *shared, struct coder *c, int show)
{
	struct buf csv;
	struct story *st = NULL;
	size_t ns = 0;
	int head;
	buf_init(&csv, (size_t)64 << 20);
	if (load_synthetic(shared, &csv, &st, &ns) < 0 || !ns) {
		printf("synthetic: skipped: %s/events/dev/synthetic/*.zip not readable (needs "
		       "unzip)\n",
		       shared);
		buf_release(&csv);
		free(st);
		return 0;
	}
	for (head = 0; head < 2; head++)
		if (synthetic_head < 0 || synthetic_head == head)
			synthetic_run(c, st, ns, head, show);
	buf_release(&csv);
	free(st);
	return 0;
}

/* ---- headlines written for brief (bench/code-headlines.tsv) ---- */

#define HEAD_EVENTS 4

struct headline {
	char id[16], text[256];
	char ev[HEAD_EVENTS][16]; /* "USA>VEN:13" */
	int nev;
};

/* `s` in title case: each word's first letter a capital but short joining words */
static void title_case(const char *s, char *out, size_t n)
{
	static const char *const small[] = { "a",    "an",   "the",  "of",  "in", "on",
					     "at",   "to",   "for",  "and", "as", "by",
					     "with", "from", "over", "into" };
	size_t i = 0, o = 0, k;
	while (s[i] && o + 1 < n) {
		size_t w = strcspn(s + i, " ");
		int keep = 0;
		for (k = 0; i > 0 && k < sizeof(small) / sizeof(small[0]); k++)
			if (strlen(small[k]) == w && !strncasecmp(s + i, small[k], w))
				keep = 1;
		for (k = 0; k < w && o + 1 < n; k++)
			out[o++] = (char)(k == 0 && !keep && s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32
											: s[i + k]);
		i += w;
		if (s[i] == ' ' && o + 1 < n)
			out[o++] = s[i++];
	}
	out[o] = 0;
}

/*
 * Code each headline alone (no date) and score (source block, target block, CAMEO root)
 * of its counted events against the hand codes: the part rules were read against and the
 * held-out part (every third id), as written and in title case.
 */
static void bench_headlines(const char *path, struct coder *c)
{
	struct headline *h = NULL;
	size_t nh = 0, a = 0, k;
	char line[1024];
	FILE *f = fopen(path, "r");
	int tc, part;
	if (!f) {
		printf("headlines: skipped: %s not readable\n", path);
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		char *t1, *t2, *tok, *save = NULL;
		if (line[0] == '#' || !(t1 = strchr(line, '\t')) || !(t2 = strchr(t1 + 1, '\t')))
			continue;
		if (nh == a) {
			struct headline *nv = realloc(h, (a = a ? a * 2 : 128) * sizeof(*h));
			if (!nv)
				break;
			h = nv;
		}
		memset(&h[nh], 0, sizeof(h[nh]));
		*t1 = *t2 = 0;
		t2[1 + strcspn(t2 + 1, "\r\n")] = 0;
		snprintf(h[nh].id, sizeof(h[nh].id), "%.15s", line);
		snprintf(h[nh].text, sizeof(h[nh].text), "%.255s", t1 + 1);
		for (tok = strtok_r(t2 + 1, " ", &save); tok && h[nh].nev < HEAD_EVENTS;
		     tok = strtok_r(NULL, " ", &save))
			if (strcmp(tok, "-"))
				snprintf(h[nh].ev[h[nh].nev++], sizeof(h[nh].ev[0]), "%s", tok);
		nh++;
	}
	fclose(f);
	printf("headlines: %zu of %s, each coded alone (source and target country, CAMEO root)\n",
	       nh, path);
	for (tc = 0; tc < 2; tc++)
		for (part = 0; part < 2; part++) {
			size_t exp = 0, found = 0, extra = 0;
			for (k = 0; k < nh; k++) {
				struct event_list ev;
				struct error err = { 0 };
				char text[256], got[32][16];
				size_t ng = 0, e, g;
				int held = atoi(h[k].id + 1) % 3 == 0;
				if (held != part)
					continue;
				if (tc)
					title_case(h[k].text, text, sizeof(text));
				else
					snprintf(text, sizeof(text), "%s", h[k].text);
				memset(&ev, 0, sizeof(ev));
				if (coder_code(c, text, strlen(text), NULL, &ev, &err) < 0)
					continue;
				for (e = 0; e < ev.n && ng < 32; e++) {
					char t[16];
					if (!event_counted(&ev.v[e]))
						continue;
					snprintf(t, sizeof(t), "%.3s>%.3s:%.2s", ev.v[e].source,
						 ev.v[e].target, ev.v[e].code);
					for (g = 0; g < ng && strcmp(got[g], t); g++)
						;
					if (g == ng)
						memcpy(got[ng++], t, sizeof(t));
				}
				event_list_release(&ev);
				exp += (size_t)h[k].nev;
				for (g = 0; g < ng; g++) {
					int hit = 0;
					for (e = 0; e < (size_t)h[k].nev; e++)
						hit |= !strcmp(got[g], h[k].ev[e]);
					if (hit)
						found++;
					else
						extra++;
				}
			}
			printf("  %-9s %-13s expected %zu, found %zu (%.1f%%), extra %zu\n",
			       part ? "held out" : "read", tc ? "title case" : "as written", exp,
			       found, exp ? 100.0 * (double)found / (double)exp : 0.0, extra);
		}
	free(h);
}

/* ---- real-news gold set (bench/code-gold.tsv): sentences in ../shared ---- */

#define GOLD_MAX 64
/* how many gold files one run scores (the default list's length) */
#define GOLD_SETS 8

struct gold_sent {
	char set[32], id[80];
	long off, len;
	struct triple exp[GOLD_MAX];
	size_t nexp;
};

static int bench_gold(const char *shared, const char *gold_path, struct coder *c, int show)
{
	FILE *f = fopen(gold_path, "r");
	char line[1024];
	struct gold_sent *v = NULL;
	size_t n = 0, a = 0, s;
	int pass;
	json_t *gt[2] = { NULL, NULL };
	static const char *const sets[2] = { "extraction", "extraction-wcxb" };
	struct error err = { 0 };
	if (!f) {
		printf("real-news gold: skipped: %s not found\n", gold_path);
		return 0;
	}
	while (fgets(line, sizeof(line), f)) {
		char set[32], id[80], src[8], tgt[8], code[8], pl[16];
		long off, len;
		struct gold_sent *g;
		if (line[0] == '#' || sscanf(line, "%31s %79s %ld %ld %7s %7s %7s %15s", set, id,
					     &off, &len, src, tgt, code, pl) != 8)
			continue;
		g = n ? &v[n - 1] : NULL;
		if (!g || strcmp(g->set, set) || strcmp(g->id, id) || g->off != off) {
			if (n == a) {
				a = a ? a * 2 : 256;
				v = realloc(v, a * sizeof(*v));
				if (!v)
					return -1;
			}
			g = &v[n++];
			memset(g, 0, sizeof(*g));
			copy(g->set, sizeof(g->set), set);
			copy(g->id, sizeof(g->id), id);
			g->off = off;
			g->len = len;
		}
		if (strcmp(src, "-") && g->nexp < GOLD_MAX) {
			struct triple t;
			memset(&t, 0, sizeof(t));
			copy(t.s, sizeof(t.s), src);
			copy(t.t, sizeof(t.t), tgt);
			copy(t.c, 3, code);
			if (!has(g->exp, g->nexp, &t))
				g->exp[g->nexp++] = t;
		}
	}
	fclose(f);
	for (s = 0; s < 2; s++) {
		char p[4400];
		json_error_t je;
		snprintf(p, sizeof(p), "%s/bench/%s/ground-truth.json", shared, sets[s]);
		gt[s] = json_load_file(p, 0, &je);
	}
	if (!gt[0] && !gt[1]) {
		printf("real-news gold: skipped: %s/bench/extraction*/ground-truth.json not "
		       "found\n",
		       shared);
		free(v);
		return 0;
	}
	/* pass 0: each sentence coded alone; pass 1: each sentence coded with its page's
	 * document memory (the people and roles the page names, coder_code_part()); pass 2: each
	 * page coded whole (as `brief code` codes an article); in passes 1 and 2 the events
	 * whose verb lies in the sentence */
	for (pass = 0; pass < 3; pass++) {
		json_t *cached = NULL;
		struct event_list doc;
		size_t tot = 0, found = 0, extra = 0, coded = 0, one_sided = 0, no_source = 0,
		       skipped = 0;
		memset(&doc, 0, sizeof(doc));
		for (s = 0; s < n; s++) {
			struct gold_sent *g = &v[s];
			json_t *page = NULL, *body;
			const char *text;
			long b0, b1;
			struct event_list ev, *use = &ev;
			struct triple got[256];
			size_t ng = 0, k, miss = 0, ex = 0;
			long base = 0;
			int si = !strcmp(g->set, "extraction") ? 0 : 1;
			if (gt[si])
				page = json_object_get(gt[si], g->id);
			body = json_object_get(page, "articleBody");
			if (!body)
				body = json_object_get(page, "text");
			text = json_string_value(body);
			b0 = text ? utf8_offset(text, strlen(text), g->off) : -1;
			b1 = b0 >= 0 ? utf8_offset(text, strlen(text), g->off + g->len) : -1;
			if (b1 < 0) {
				skipped++;
				continue;
			}
			memset(&ev, 0, sizeof(ev));
			if (pass == 0) {
				if (coder_code(c, text + b0, (size_t)(b1 - b0), NULL, &ev, &err) <
				    0)
					continue;
				base = b0;
			} else if (pass == 1) {
				if (coder_code_part(c, text, strlen(text), (size_t)b0, (size_t)b1,
						    NULL, &ev, &err) < 0)
					continue;
			} else {
				if (body != cached) {
					event_list_release(&doc);
					memset(&doc, 0, sizeof(doc));
					cached = body;
					if (coder_code(c, text, strlen(text), NULL, &doc, &err) < 0)
						cached = NULL;
				}
				use = &doc;
			}
			for (k = 0; k < use->n && ng < 256; k++) {
				struct triple t;
				const struct event *e = &use->v[k];
				if (pass && ((long)e->v_off < b0 || (long)e->v_off >= b1))
					continue;
				if (e->negated || e->modality == MOD_HYPOTHETICAL ||
				    e->modality == MOD_DEMANDED)
					continue;
				memset(&t, 0, sizeof(t));
				copy(t.s, 4, e->source);
				copy(t.t, 4, e->target);
				copy(t.c, 3, e->code);
				if (!has(got, ng, &t))
					got[ng++] = t;
			}
			tot += g->nexp;
			coded += ng;
			for (k = 0; k < g->nexp; k++)
				if (has(got, ng, &g->exp[k]))
					found++;
				else
					miss++;
			for (k = 0; k < ng; k++)
				if (!has(g->exp, g->nexp, &got[k])) {
					extra++;
					ex++;
					if (!got[k].t[0])
						one_sided++;
					if (!got[k].s[0])
						no_source++;
				}
			if (show == pass && (miss || ex)) {
				printf("gold %s:%ld: %.*s\n  want:", g->id, g->off, (int)(b1 - b0),
				       text + b0);
				for (k = 0; k < g->nexp; k++)
					printf(" %s>%s:%s", g->exp[k].s, g->exp[k].t, g->exp[k].c);
				printf("\n  got: ");
				for (k = 0; k < ng; k++)
					printf(" %s>%s:%s", got[k].s, got[k].t, got[k].c);
				printf("\n");
				for (k = 0; k < use->n; k++) {
					const struct event *e = &use->v[k];
					if (pass && ((long)e->v_off < b0 || (long)e->v_off >= b1))
						continue;
					printf("    %s>%s %s %s%s \"%.*s\" (%s)\n", e->source,
					       e->target, e->code, e->negated ? "negated " : "",
					       modality_name(e->modality), (int)e->v_len,
					       text + base + e->v_off, e->pattern);
				}
			}
			event_list_release(&ev);
		}
		event_list_release(&doc);
		if (pass == 0)
			printf("real-news gold: %zu sentences of %s, brief's dictionaries\n",
			       n - skipped, gold_path);
		printf("  %s: expected events %zu (source and target country, CAMEO root), "
		       "found %zu (%.1f%%)\n",
		       pass == 2   ? "in its article"
		       : pass == 1 ? "with its article's names"
				   : "each coded alone",
		       tot, found, tot ? 100.0 * (double)found / (double)tot : 0.0);
		printf("    extra codings %zu (%.1f%% of expected, %.1f%% of %zu coded; %zu with "
		       "no target, %zu with no source)\n",
		       extra, tot ? 100.0 * (double)extra / (double)tot : 0.0,
		       coded ? 100.0 * (double)extra / (double)coded : 0.0, coded, one_sided,
		       no_source);
		if (skipped && pass == 0)
			printf("  %zu sentences not found in ../shared (offsets past the text)\n",
			       skipped);
	}
	for (s = 0; s < 2; s++)
		json_decref(gt[s]);
	free(v);
	return 0;
}

int main(int argc, char **argv)
{
	const char *shared = getenv("SHARED");
	char dir[4096], path[4400];
	/*
	 * the tuned set, the second set as each annotator coded it, the sets
	 * coded blind (2c read since), then the held-out sets (the later ones
	 * skipped when absent)
	 */
	const char *gold[GOLD_SETS + 1] = {
		"bench/code-gold.tsv",    "bench/code-gold-2a.tsv", "bench/code-gold-2b.tsv",
		"bench/code-gold-2c.tsv", "bench/code-gold-2d.tsv", "bench/code-gold-2e.tsv",
		"bench/code-gold-3.tsv",  "bench/code-gold-4.tsv",  NULL
	};
	int ngold = 0, g;
	int show = 0, gold_show = -1, repeat = 50, i;
	struct dict *d = NULL;
	struct coder *c = NULL;
	struct error err = { 0 };
	struct rec *recs = NULL;
	size_t nrec = 0, arec = 0, r, nsent = 0;
	size_t tot = 0, found = 0, extra = 0, coded = 0;
	json_t *all = json_array();
	FILE *f;
	char line[1 << 16];
	static const char *const kinds[] = { "actors", "agents", "verbs", "discards" };
	double t0, t1;

	snprintf(dir, sizeof(dir), "%s/events/dev/validate",
		 shared && *shared ? shared : "../shared");
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--dir") && i + 1 < argc)
			snprintf(dir, sizeof(dir), "%s", argv[++i]);
		else if (!strcmp(argv[i], "--show"))
			show = 1, gold_show = 0;
		else if (!strcmp(argv[i], "--show-names"))
			gold_show = 1;
		else if (!strcmp(argv[i], "--show-all"))
			show = 3;
		else if (!strcmp(argv[i], "--show-article"))
			show = 2, gold_show = 2;
		else if (!strcmp(argv[i], "--confusion"))
			confusion = 1;
		else if (!strcmp(argv[i], "--stories"))
			stories = 1;
		else if (!strcmp(argv[i], "--synthetic") && i + 1 < argc) {
			i++;
			synthetic_head = !strcmp(argv[i], "head")   ? 1
					 : !strcmp(argv[i], "text") ? 0
								    : -1;
		} else if (!strcmp(argv[i], "--gold") && i + 1 < argc) {
			if (ngold == GOLD_SETS) {
				fprintf(stderr, "code: at most %d --gold sets\n", GOLD_SETS);
				return 2;
			}
			gold[ngold++] = argv[++i];
			gold[ngold] = NULL;
		} else if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
			repeat = atoi(argv[++i]);
		else {
			fprintf(stderr,
				"usage: code [--dir DIR] [--gold TSV] [--show] [--show-names] "
				"[--show-article] [--show-all] "
				"[--confusion] [--stories] [--synthetic text|head] [--repeat N]\n");
			return 2;
		}
	}
	if (repeat < 1)
		repeat = 1;
	snprintf(path, sizeof(path), "%s/expected.jsonl", dir);
	f = fopen(path, "r");
	if (!f) {
		printf("code bench: skipped: %s not found (the dev suite lives in ../shared)\n",
		       path);
		return 0; /* the other sets live in ../shared too */
	}
	if (dict_new(&d, &err) < 0)
		return 1;
	for (i = 0; i < 4; i++) {
		snprintf(path, sizeof(path), "%s/PETR_Validate_%s_2_02.txt", dir, kinds[i]);
		if (dict_load_file(d, (enum dict_kind)i, path, &err) < 0) {
			fprintf(stderr, "code bench: %s\n", err.msg);
			return 1;
		}
	}
	if (coder_new(&c, d, &err) < 0)
		return 1;
	while (fgets(line, sizeof(line), f)) {
		json_error_t je;
		json_t *o = json_loads(line, 0, &je), *evs;
		size_t k;
		struct rec *rc;
		if (!o)
			continue;
		if (!json_is_true(json_object_get(o, "evaluate"))) {
			json_decref(o);
			continue;
		}
		json_array_append_new(all, o);
		if (nrec == arec) {
			arec = arec ? arec * 2 : 256;
			recs = realloc(recs, arec * sizeof(*recs));
			if (!recs)
				return 1;
		}
		rc = &recs[nrec++];
		rc->id = json_string_value(json_object_get(o, "id"));
		rc->text = json_string_value(json_object_get(o, "text"));
		rc->date = json_string_value(json_object_get(o, "date"));
		evs = json_object_get(o, "events");
		rc->nexp = 0;
		rc->exp = calloc(json_array_size(evs) + 1, sizeof(*rc->exp));
		if (!rc->exp || !rc->text)
			return 1;
		for (k = 0; k < json_array_size(evs); k++) {
			json_t *e = json_array_get(evs, k);
			struct triple t;
			memset(&t, 0, sizeof(t));
			if (!json_is_string(json_object_get(e, "code")))
				continue; /* "no event expected" records */
			copy(t.s, sizeof(t.s), json_string_value(json_object_get(e, "source")));
			copy(t.t, sizeof(t.t), json_string_value(json_object_get(e, "target")));
			copy(t.c, sizeof(t.c), json_string_value(json_object_get(e, "code")));
			if (!has(rc->exp, rc->nexp, &t))
				rc->exp[rc->nexp++] = t;
		}
	}
	fclose(f);

	/* quality */
	for (r = 0; r < nrec; r++) {
		struct event_list ev;
		struct triple got[256];
		size_t ng = 0, k, miss = 0, ex = 0;
		memset(&ev, 0, sizeof(ev));
		if (coder_code(c, recs[r].text, strlen(recs[r].text), recs[r].date, &ev, &err) <
		    0) {
			fprintf(stderr, "code bench: %s: %s\n", recs[r].id, err.msg);
			continue;
		}
		for (k = 0; k < ev.n && ng < 256; k++) {
			struct triple t;
			memset(&t, 0, sizeof(t));
			if (ev.v[k].negated || ev.v[k].modality == MOD_HYPOTHETICAL ||
			    ev.v[k].modality == MOD_DEMANDED)
				continue;
			copy(t.s, sizeof(t.s), ev.v[k].source);
			copy(t.t, sizeof(t.t), ev.v[k].target);
			copy(t.c, sizeof(t.c), ev.v[k].code);
			if (!has(got, ng, &t))
				got[ng++] = t;
		}
		tot += recs[r].nexp;
		coded += ng;
		for (k = 0; k < recs[r].nexp; k++)
			if (has(got, ng, &recs[r].exp[k]))
				found++;
			else
				miss++;
		for (k = 0; k < ng; k++)
			if (!has(recs[r].exp, recs[r].nexp, &got[k])) {
				extra++;
				ex++;
			}
		if (show && show != 2 && (miss || ex)) {
			printf("%s: %s\n  want:", recs[r].id, recs[r].text);
			for (k = 0; k < recs[r].nexp; k++)
				printf(" %s>%s:%s", recs[r].exp[k].s, recs[r].exp[k].t,
				       recs[r].exp[k].c);
			printf("\n  got: ");
			for (k = 0; k < ng; k++)
				printf(" %s>%s:%s", got[k].s, got[k].t, got[k].c);
			printf("\n");
			for (k = 0; k < ev.n; k++)
				printf("    %s>%s %s %s%s \"%.*s\" (%s)\n", ev.v[k].source,
				       ev.v[k].target, ev.v[k].code,
				       ev.v[k].negated ? "negated " : "",
				       modality_name(ev.v[k].modality), (int)ev.v[k].v_len,
				       recs[r].text + ev.v[k].v_off, ev.v[k].pattern);
		}
		event_list_release(&ev);
	}

	/* speed: the coder alone, all records, `repeat` times */
	t0 = now();
	for (i = 0; i < repeat; i++)
		for (r = 0; r < nrec; r++) {
			struct event_list ev;
			memset(&ev, 0, sizeof(ev));
			/* the same records were coded above: only the time counts here */
			(void)!coder_code(c, recs[r].text, strlen(recs[r].text), recs[r].date, &ev,
					  NULL);
			event_list_release(&ev);
		}
	t1 = now();
	/* sentences: counted by the splitter, once */
	for (r = 0; r < nrec; r++) {
		struct text_doc doc;
		if (text_split(&doc, recs[r].text, strlen(recs[r].text), NULL) == 0) {
			nsent += doc.nsent;
			text_doc_release(&doc);
		}
	}

	printf("code bench: %zu records of %s (the suite's own dictionaries)\n", nrec, dir);
	printf("  expected events %zu, found %zu (%.1f%%), missed %zu (%.1f%%)\n", tot, found,
	       tot ? 100.0 * (double)found / (double)tot : 0.0, tot - found,
	       tot ? 100.0 * (double)(tot - found) / (double)tot : 0.0);
	printf("  extra codings %zu (%.1f%% of expected, %.1f%% of %zu coded)\n", extra,
	       tot ? 100.0 * (double)extra / (double)tot : 0.0,
	       coded ? 100.0 * (double)extra / (double)coded : 0.0, coded);
	printf("  %.0f sentences/s  (%zu sentences x %d passes in %.3f s, one core)\n",
	       (double)nsent * repeat / (t1 - t0), nsent, repeat, t1 - t0);

	for (r = 0; r < nrec; r++)
		free(recs[r].exp);
	free(recs);
	json_decref(all);
	coder_free(c);
	dict_free(d);

	/* the other sets: brief's own dictionaries, the default path */
	{
		char ddir[4096];
		if (lexicon_find_dir(ddir, sizeof(ddir)) < 0) {
			printf("default dictionaries: skipped: data/ not found (set BRIEF_DATA)\n");
			return 0;
		}
		if (dict_new(&d, &err) < 0 || lexicon_load_defaults(d, ddir, &err) < 0 ||
		    coder_new(&c, d, &err) < 0) {
			fprintf(stderr, "code bench: %s\n", err.msg);
			return 1;
		}
		t0 = now();
		printf("default dictionaries: %s\n", ddir);
		{
			size_t an = 0, ap = 0, vn = 0, vp = 0;
			if (count_dir(ddir, "actors", &an, &ap) == 0 &&
			    count_dir(ddir, "verbs", &vn, &vp) == 0)
				printf("  actor entries (names and synonyms) %zu; "
				       "verb pattern lines %zu, "
				       "verbs and nouns %zu\n",
				       an, vp, vn);
		}
		for (g = 0; gold[g]; g++) {
			if (g > 0 && !ngold && access(gold[g], R_OK) != 0)
				continue;
			bench_gold(shared && *shared ? shared : "../shared", gold[g], c, gold_show);
		}
		bench_headlines("bench/code-headlines.tsv", c);
		bench_synthetic(shared && *shared ? shared : "../shared", c, show);
		coder_free(c);
		dict_free(d);
	}
	return 0;
}
