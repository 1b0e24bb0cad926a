/*
 * dict.c: vocabulary, phrase trie and the PETRARCH-2 dictionary readers.
 */
#include "analyse/dict.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/text.h"
#include "util/array.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/hash.h"

#include "util/banned.h"

#define DICT_FILE_CAP (64u << 20)
#define MAX_PHRASE    32
#define MAX_NAMES     256
#define MAX_CODES     32

static uint32_t hash_str(const char *s, size_t n)
{
	return hash_fnv1a32(s, n);
}

static uint32_t hash_u64(uint64_t k)
{
	return (uint32_t)hash_mix64(k);
}

/*
 * Both hash tables use open addressing with linear probing and grow (to
 * twice the slots) before they pass 2/3 load: the coder looks up every
 * token of a text, most of them not in the dictionaries, and at that load
 * a miss reads about five slots, one or two cache lines (each slot keeps
 * what tells it apart, a hash or the edge's key, so no miss reads a
 * string or a node).
 */
#define FULL(n, slots) ((n)*3 > (slots)*2)

/* ---- vocabulary ---- */

/* Slot of the word `s` (hash `h`), or of the empty slot where it would go. */
static size_t word_slot(const struct dict *d, const char *s, size_t len, uint32_t h)
{
	size_t mask = d->nwslots - 1, i;
	for (i = h & mask; d->wslots[i].id1; i = (i + 1) & mask) {
		const struct dwslot *w = &d->wslots[i];
		const char *f = d->wtext + d->woff[w->id1 - 1];
		if (w->hash == h && !strncmp(f, s, len) && !f[len])
			break;
	}
	return i;
}

int32_t dict_word(const struct dict *d, const char *s, size_t len)
{
	if (!d->nwslots)
		return -1;
	return d->wslots[word_slot(d, s, len, hash_str(s, len))].id1 - 1;
}

/* Move the vocabulary's slots to a table of `ns` (a power of two) slots. */
static int rehash_words(struct dict *d, size_t ns)
{
	struct dwslot *slots = calloc(ns, sizeof(*slots));
	size_t i;
	if (!slots)
		return -ERR_NOMEM;
	for (i = 0; i < d->nwslots; i++) {
		size_t j;
		if (!d->wslots[i].id1)
			continue;
		for (j = d->wslots[i].hash & (ns - 1); slots[j].id1; j = (j + 1) & (ns - 1))
			;
		slots[j] = d->wslots[i];
	}
	free(d->wslots);
	d->wslots = slots;
	d->nwslots = ns;
	return 0;
}

/* Make room for `n` more words of `bytes` more text in all. */
static int reserve_words(struct dict *d, size_t n, size_t bytes)
{
	size_t ns = d->nwslots ? d->nwslots : 1024;
	if (bytes > UINT32_MAX - d->nwtext)
		return -ERR_NOMEM; /* word offsets are 32 bits */
	while (FULL(d->nwords + n, ns))
		ns *= 2;
	if (ns != d->nwslots && rehash_words(d, ns))
		return -ERR_NOMEM;
	/* woff last: `awords` counts what all three arrays hold */
	if (d->nwords + n > d->awords) {
		size_t a = d->awords;
		if (ARRAY_RESERVE(d->wflags, d->nwords + n, a) < 0)
			return -ERR_NOMEM;
		a = d->awords;
		if (ARRAY_RESERVE(d->root_child, d->nwords + n, a) < 0 ||
		    ARRAY_RESERVE(d->woff, d->nwords + n, d->awords) < 0)
			return -ERR_NOMEM;
	}
	return ARRAY_RESERVE(d->wtext, d->nwtext + bytes, d->awtext);
}

int32_t dict_intern(struct dict *d, const char *s, size_t len)
{
	uint32_t h = hash_str(s, len);
	size_t j;
	if (d->nwslots) {
		j = word_slot(d, s, len, h);
		if (d->wslots[j].id1)
			return d->wslots[j].id1 - 1;
	}
	if (reserve_words(d, 1, len + 1))
		return -1;
	j = word_slot(d, s, len, h); /* the table may have grown */
	d->wslots[j].id1 = (int32_t)d->nwords + 1;
	d->wslots[j].hash = h;
	d->wflags[d->nwords] = 0;
	d->root_child[d->nwords] = 0;
	d->woff[d->nwords] = (uint32_t)d->nwtext;
	memcpy(d->wtext + d->nwtext, s, len);
	d->wtext[d->nwtext + len] = 0;
	d->nwtext += len + 1;
	return (int32_t)d->nwords++;
}

/* ---- trie ---- */

static uint32_t edge_hash(int32_t node, int32_t word)
{
	return hash_u64(((uint64_t)(uint32_t)node << 32) | (uint32_t)word);
}

/* Slot of the edge (node, word), or of the empty slot where it would go. */
static size_t edge_slot(const struct dict *d, int32_t node, int32_t word)
{
	size_t mask = d->neslots - 1, i;
	for (i = edge_hash(node, word) & mask; d->edges[i].child; i = (i + 1) & mask)
		if (d->edges[i].node == node && d->edges[i].word == word)
			break;
	return i;
}

int32_t dict_child(const struct dict *d, int32_t node, int32_t word)
{
	struct dedge *e;
	if (word < 0 || (size_t)word >= d->nwords)
		return -1;
	if (!node)
		return d->root_child[word] ? d->root_child[word] : -1;
	if (!d->neslots)
		return -1;
	e = &d->edges[edge_slot(d, node, word)];
	return e->child ? e->child : -1;
}

/* Make room for `n` more nodes and the edges to them. */
static int reserve_edges(struct dict *d, size_t n)
{
	size_t ns = d->neslots ? d->neslots : 4096, i;
	struct dedge *old = d->edges;
	size_t nold = d->neslots;
	if (n > (size_t)INT32_MAX - d->nnodes ||
	    ARRAY_RESERVE(d->node_pay, d->nnodes + n, d->anodes))
		return -ERR_NOMEM; /* node ids are 32 bits */
	while (FULL(d->nedges + n, ns))
		ns *= 2;
	if (ns == d->neslots)
		return 0;
	/* zeroed is empty: a large table comes from the system already zeroed */
	d->edges = calloc(ns, sizeof(*d->edges));
	if (!d->edges) {
		d->edges = old;
		return -ERR_NOMEM;
	}
	d->neslots = ns;
	for (i = 0; i < nold; i++)
		if (old[i].child)
			d->edges[edge_slot(d, old[i].node, old[i].word)] = old[i];
	free(old);
	return 0;
}

/* Node reached by the phrase `w` (n words), created as needed; -1 on OOM. */
static int32_t trie_add(struct dict *d, const int32_t *w, size_t n)
{
	int32_t node = 0;
	size_t i;
	/* room for every word to be new, so that the walk can add as it goes */
	if (reserve_edges(d, n))
		return -1;
	for (i = 0; i < n; i++) {
		int32_t *child;
		struct dedge *e = NULL;
		if (!node) {
			child = &d->root_child[w[i]];
		} else {
			e = &d->edges[edge_slot(d, node, w[i])];
			child = &e->child;
		}
		if (!*child) {
			d->node_pay[d->nnodes] = -1;
			if (e) {
				e->node = node;
				e->word = w[i];
				d->nedges++;
			}
			*child = (int32_t)d->nnodes++;
		}
		node = *child;
	}
	if (n > d->max_phrase)
		d->max_phrase = n;
	return node;
}

static int add_payload(struct dict *d, int32_t node, int kind, int form, int flags, int32_t idx)
{
	struct dpayload *p;
	int32_t i;
	/* the same payload twice (a name listed twice) is kept once */
	for (i = d->node_pay[node]; i >= 0; i = d->pays[i].next)
		if (d->pays[i].kind == kind && d->pays[i].idx == idx && d->pays[i].form == form)
			return 0;
	if (ARRAY_GROW(d->pays, d->npays, d->apays))
		return -ERR_NOMEM;
	p = &d->pays[d->npays];
	p->kind = (uint8_t)kind;
	p->form = (uint8_t)form;
	p->flags = (uint8_t)flags;
	p->idx = idx;
	p->next = -1;
	/* append, so that payloads keep file order */
	if (d->node_pay[node] < 0) {
		d->node_pay[node] = (int32_t)d->npays;
	} else {
		i = d->node_pay[node];
		while (d->pays[i].next >= 0)
			i = d->pays[i].next;
		d->pays[i].next = (int32_t)d->npays;
	}
	d->npays++;
	return 0;
}

int dict_new(struct dict **out, struct error *err)
{
	struct dict *d = calloc(1, sizeof(*d));
	if (!d || ARRAY_GROW(d->node_pay, d->nnodes, d->anodes)) {
		free(d);
		return error_nomem(err);
	}
	d->node_pay[d->nnodes++] = -1; /* the root */
	*out = d;
	return 0;
}

void dict_free(struct dict *d)
{
	if (!d)
		return;
	free(d->wtext);
	free(d->woff);
	free(d->wflags);
	free(d->root_child);
	free(d->wslots);
	free(d->node_pay);
	free(d->edges);
	free(d->pays);
	free(d->codes);
	free(d->actors);
	free(d->by_code3);
	free(d->agents);
	free(d->verbs);
	free(d->blocks);
	free(d->pats);
	free(d->syns);
	free(d->members);
	free(d->seq);
	arena_release(&d->arena);
	free(d);
}

/*
 * What a dictionary of each kind holds per byte of its text, about: bytes
 * per trie node (and its edge), per payload, per new word, and per entry
 * of the kind's own tables (0: none). They are what the project's own
 * dictionaries hold, the largest of which are generated (data/README.md):
 * actor files are short names, each a phrase of its own; verb files a few
 * verb lines, each with several forms, among many patterns, which add no
 * phrase. A wrong guess only costs a table that grows after all, or room
 * never used; the arrays' untouched room is never even mapped.
 */
struct per_byte {
	uint16_t node, pay, word;
	uint16_t actor, code, agent, verb, pat;
};

static const struct per_byte per_byte[DICT_KINDS] = {
	[DICT_ACTORS] = { 24, 24, 128, 80, 56, 0, 0, 0 },
	[DICT_AGENTS] = { 12, 12, 16, 0, 0, 20, 0, 0 },
	[DICT_VERBS] = { 48, 40, 56, 0, 0, 0, 160, 32 },
	[DICT_DISCARDS] = { 16, 32, 16, 0, 0, 0, 0, 0 },
};

/* bytes / per, or 0 when per is 0 (the kind has none) */
static size_t per(size_t bytes, unsigned per)
{
	return per ? bytes / per : 0;
}

int dict_reserve(struct dict *d, const size_t bytes[DICT_KINDS], struct error *err)
{
	size_t node = 0, pay = 0, word = 0, actor = 0, code = 0, agent = 0, verb = 0, pat = 0;
	int k;
	for (k = 0; k < DICT_KINDS; k++) {
		const struct per_byte *p = &per_byte[k];
		node += per(bytes[k], p->node);
		pay += per(bytes[k], p->pay);
		word += per(bytes[k], p->word);
		actor += per(bytes[k], p->actor);
		code += per(bytes[k], p->code);
		agent += per(bytes[k], p->agent);
		verb += per(bytes[k], p->verb);
		pat += per(bytes[k], p->pat);
	}
	/* a word's form and its NUL: 8 bytes and more are rare */
	if (reserve_words(d, word, word * 8) || reserve_edges(d, node) ||
	    ARRAY_RESERVE(d->pays, d->npays + pay, d->apays) ||
	    ARRAY_RESERVE(d->actors, d->nactors + actor, d->aactors) ||
	    ARRAY_RESERVE(d->codes, d->ncodes + code, d->acodes) ||
	    ARRAY_RESERVE(d->agents, d->nagents + agent, d->aagents) ||
	    ARRAY_RESERVE(d->verbs, d->nverbs + verb, d->averbs) ||
	    ARRAY_RESERVE(d->pats, d->npats + pat, d->apats))
		return error_nomem(err);
	return 0;
}

const char *dict_actor_code(const struct dict *d, const struct dactor *a, int32_t date)
{
	const char *def = NULL;
	uint16_t i;
	for (i = 0; i < a->n; i++) {
		const struct dcode *c = &d->codes[a->first + i];
		if (!c->from && !c->to) {
			if (!def)
				def = c->code;
			continue;
		}
		if (date && date >= c->from && date <= c->to)
			return c->code;
	}
	if (!def && !date && a->n)
		def = d->codes[a->first].code;
	return def;
}

/* ---- phrases ---- */

/* 1 if `s` holds only lower-case ASCII letters and spaces */
static int plain_words(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] != ' ' && (s[i] < 'a' || s[i] > 'z'))
			return 0;
	return 1;
}

/*
 * Cut a dictionary phrase into word ids: '_' is a space, a trailing '_'
 * (returned in *exact) forbids suffixes on the last word. Returns the
 * number of words (0 for an empty phrase), -1 on error.
 */
static int phrase_ids(struct dict *d, const char *s, size_t len, int32_t *ids, int *exact)
{
	char tmp[512];
	struct text_doc doc;
	size_t i, o = 0, n;
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	while (len && isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	*exact = len && s[len - 1] == '_';
	if (len >= sizeof(tmp))
		len = sizeof(tmp) - 1;
	for (i = 0; i < len; i++) {
		char c = s[i];
		if (c == '_' || c == '+')
			c = ' ';
		tmp[o++] = (char)tolower((unsigned char)c);
	}
	tmp[o] = 0;
	if (plain_words(tmp, o)) {
		/* the tokeniser makes each word of plain letters one token, itself */
		n = 0;
		for (i = 0; i < o && n < MAX_PHRASE;) {
			size_t w = i;
			if (tmp[i] == ' ') {
				i++;
				continue;
			}
			while (i < o && tmp[i] != ' ')
				i++;
			if ((ids[n++] = dict_intern(d, tmp + w, i - w)) < 0)
				return -1;
		}
		return (int)n;
	}
	if (text_split(&doc, tmp, o, NULL) < 0)
		return -1;
	for (i = n = 0; i < doc.ntok && n < MAX_PHRASE; i++) {
		const struct token *t = &doc.toks[i];
		/* "ill." of the lower-cased phrase is one token, as "Ill." of the text is */
		if (t->kind == TOK_WORD && i + 1 < doc.ntok && doc.toks[i + 1].norm[0] == '.' &&
		    doc.toks[i + 1].off == t->off + t->len &&
		    text_is_state_abbrev(t->norm, t->nlen)) {
			ids[n] = dict_intern(d, tmp + t->off, t->len + 1u);
			i++;
		} else {
			ids[n] = dict_intern(d, t->norm, t->nlen);
		}
		if (ids[n++] < 0) {
			text_doc_release(&doc);
			return -1;
		}
	}
	text_doc_release(&doc);
	return (int)n;
}

/* ---- line reading ---- */

static int has_sub(const char *s, size_t n, const char *sub)
{
	size_t k = strlen(sub), i;
	for (i = 0; i + k <= n; i++)
		if (!memcmp(s + i, sub, k))
			return 1;
	return 0;
}

/* A dictionary file is read in pieces of this size, each line parsed in place. */
#define READ_CHUNK 65536

struct reader {
	const char *p, *end; /* the text not yet taken as lines */
	const char *name;
	int line;
	int in_comment; /* inside <!-- ... --> */
	/* a file read piece by piece into buf ([p, end) lies in it), or NULL */
	FILE *f;
	char *buf; /* READ_CHUNK bytes */
	size_t total;
	int skip; /* the rest of a line cut at the line's cap is still to skip */
	int err;  /* a read failed: its error, set in errp */
	struct error *errp;
};

/*
 * Move what is left of a file's buffer to its start and read after it.
 * The bytes added; 0 at the end of the file, or after a failed read
 * (r->err). The buffer is never full when this is called: a line is only
 * read on while it is shorter than the line's cap.
 */
static size_t refill(struct reader *r)
{
	size_t keep = (size_t)(r->end - r->p), n;
	if (!r->f || r->err)
		return 0;
	memmove(r->buf, r->p, keep);
	n = fread(r->buf + keep, 1, READ_CHUNK - keep, r->f);
	if (!n && ferror(r->f)) {
		r->err = error_set(r->errp, ERR_IO, "%s: %s", r->name, strerror(errno));
	} else if (n > DICT_FILE_CAP - r->total) {
		r->err = error_set(r->errp, ERR_LIMIT, "%s: larger than %zu bytes", r->name,
				   (size_t)DICT_FILE_CAP);
		n = 0;
	}
	r->total += n;
	r->p = r->buf;
	r->end = r->buf + keep + n;
	return n;
}

/* Next line without its comment and surrounding space; 0 at the end. */
static int next_line(struct reader *r, char *out, size_t outsz)
{
	for (;;) {
		const char *nl, *e, *s;
		size_t n, i, o = 0;
		int depth;
		/* the rest of a line cut short: up to its newline */
		while (r->skip) {
			nl = memchr(r->p, '\n', (size_t)(r->end - r->p));
			if (nl) {
				r->p = nl + 1;
				r->skip = 0;
			} else {
				r->p = r->end;
				if (!refill(r))
					return 0;
			}
		}
		if (r->p >= r->end && !refill(r))
			return 0;
		nl = memchr(r->p, '\n', (size_t)(r->end - r->p));
		/* a file's line may go on past the buffer: read on to its newline,
		 * or as much of it as the cap below keeps */
		while (!nl && r->f && (size_t)(r->end - r->p) < outsz) {
			size_t had = (size_t)(r->end - r->p);
			if (!refill(r))
				break;
			nl = memchr(r->p + had, '\n', (size_t)(r->end - r->p) - had);
		}
		e = nl ? nl : r->end;
		n = (size_t)(e - r->p);
		s = r->p;
		r->p = nl ? nl + 1 : r->end;
		if (!nl && r->f && n >= outsz)
			r->skip = 1;
		r->line++;
		if (n >= outsz)
			n = outsz - 1;
		if (r->in_comment) {
			if (has_sub(s, n, "-->"))
				r->in_comment = 0;
			continue;
		}
		while (n && isspace((unsigned char)*s)) {
			s++;
			n--;
		}
		if (n >= 2 && s[0] == '<' && s[1] == '!') {
			if (!has_sub(s, n, "-->") && !has_sub(s, n, ">"))
				r->in_comment = 1;
			else if (!has_sub(s, n, "-->") && has_sub(s, n, "<!--"))
				r->in_comment = 1;
			continue;
		}
		for (i = 0, depth = 0; i < n; i++) {
			if (s[i] == '[')
				depth++;
			else if (s[i] == ']' && depth)
				depth--;
			if (s[i] == '#' && !depth)
				break;
			out[o++] = s[i] == '\t' || s[i] == '\r' ? ' ' : s[i];
		}
		while (o && isspace((unsigned char)out[o - 1]))
			o--;
		out[o] = 0;
		return 1;
	}
}

static int bad(struct reader *r, struct error *err, const char *what)
{
	return error_set(err, ERR_PARSE, "%s:%d: %s", r->name, r->line, what);
}

static MUST_CHECK int oom(struct error *err)
{
	return error_nomem(err);
}

/* yyyymmdd of a PETRARCH date: 6 digits (yymmdd) or 8 digits. */
static int32_t petr_date(const char *s, size_t n)
{
	int32_t v = 0;
	size_t i;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	if (n == 6)
		v += (v / 10000 <= 30 ? 20000000 : 19000000);
	else if (n != 8)
		return -1;
	return v;
}

/* Parse "[CODE]" or "[CODE <date]" etc. from s (inside the brackets). */
static int parse_actor_code(struct dict *d, const char *s, size_t n, struct dcode *out)
{
	char code[64], rest[64];
	size_t i = 0, c = 0, r = 0;
	while (i < n && isspace((unsigned char)s[i]))
		i++;
	while (i < n && !isspace((unsigned char)s[i]) && s[i] != '<' && s[i] != '>' && c < 63) {
		if (isdigit((unsigned char)s[i]) && c == 0)
			break;
		code[c++] = (char)toupper((unsigned char)s[i++]);
	}
	code[c] = 0;
	for (; i < n && r < 63; i++)
		if (!isspace((unsigned char)s[i]))
			rest[r++] = s[i];
	rest[r] = 0;
	out->from = out->to = 0;
	if (r) {
		const char *dash = strchr(rest, '-');
		if (rest[0] == '<') {
			int32_t v = petr_date(rest + 1, r - 1);
			if (v < 0)
				return -1;
			out->from = 1;
			out->to = v - 1;
		} else if (rest[0] == '>') {
			int32_t v = petr_date(rest + 1, r - 1);
			if (v < 0)
				return -1;
			out->from = v + 1;
			out->to = 99999999;
		} else if (dash) {
			int32_t a = petr_date(rest, (size_t)(dash - rest));
			int32_t b = petr_date(dash + 1, strlen(dash + 1));
			if (a < 0 || b < 0)
				return -1;
			out->from = a;
			out->to = b;
		} else {
			return -1;
		}
	}
	if (!c)
		return -1;
	out->code = arena_strdup(&d->arena, code);
	return out->code ? 0 : -2;
}

/* ---- actors ---- */

struct actor_entry {
	char names[MAX_NAMES][160];
	size_t nnames;
	struct dcode codes[MAX_CODES];
	size_t ncodes;
};

#define CODE3_SLOTS (26 * 26 * 26)

/* the slot of a code's first three capitals, or -1 */
static int code3_slot(const char *code)
{
	int k, slot = 0;
	for (k = 0; k < 3; k++) {
		if (code[k] < 'A' || code[k] > 'Z')
			return -1;
		slot = slot * 26 + (code[k] - 'A');
	}
	return slot;
}

int32_t dict_actor_of_code3(const struct dict *d, const char *code)
{
	int slot = code && strlen(code) >= 3 ? code3_slot(code) : -1;
	return slot < 0 || !d->by_code3 ? -1 : d->by_code3[slot] - 1;
}

/* Whether some code of `d` starts with the `n` bytes of `s` (at = 0), or has them
 * at a block after its first (at = 1: offsets 3, 6, ...). */
static int code_has(const struct dict *d, const char *s, size_t n, int at)
{
	size_t i, k, len;
	for (i = 0; i < d->ncodes; i++) {
		const char *c = d->codes[i].code;
		if (!c)
			continue;
		if (!at) {
			if (!strncmp(c, s, n))
				return 1;
			continue;
		}
		len = strlen(c);
		for (k = 3; k + n <= len; k += 3)
			if (!memcmp(c + k, s, n))
				return 1;
	}
	return 0;
}

int dict_code_known(const struct dict *d, const char *code)
{
	size_t len = code ? strlen(code) : 0, k;
	if (len < 2)
		return 0;
	if (code_has(d, code, len, 0))
		return 1;
	if (len % 3 || !code_has(d, code, 3, 0))
		return 0;
	for (k = 3; k < len; k += 3)
		if (!code_has(d, code + k, 3, 1))
			return 0;
	return 1;
}

/* 1 if the name has a lower-case letter: written so in the file ("pope_"), it
 * matches a word in any case, while a name in capitals needs a capital in the text */
static int any_case_name(const char *s)
{
	for (; *s; s++)
		if (*s >= 'a' && *s <= 'z')
			return 1;
	return 0;
}

static MUST_CHECK int flush_actor(struct dict *d, struct actor_entry *e, struct error *err)
{
	struct dactor *a;
	size_t i;
	int32_t idx;
	int slot;
	if (!e->nnames)
		return 0;
	if (ARRAY_GROW(d->actors, d->nactors, d->aactors))
		return oom(err);
	idx = (int32_t)d->nactors++;
	a = &d->actors[idx];
	a->first = (int32_t)d->ncodes;
	a->n = 0;
	a->name = arena_strdup(&d->arena, e->names[0]);
	if (!a->name)
		return oom(err);
	for (i = 0; i < e->ncodes; i++) {
		if (!strcmp(e->codes[i].code, "---"))
			continue;
		if (ARRAY_GROW(d->codes, d->ncodes, d->acodes))
			return oom(err);
		d->codes[d->ncodes++] = e->codes[i];
		d->actors[idx].n++;
		slot = strlen(e->codes[i].code) == 3 ? code3_slot(e->codes[i].code) : -1;
		if (slot >= 0) {
			if (!d->by_code3 &&
			    !(d->by_code3 = calloc(CODE3_SLOTS, sizeof(*d->by_code3))))
				return oom(err);
			if (!d->by_code3[slot])
				d->by_code3[slot] = idx + 1;
		}
	}
	for (i = 0; i < e->nnames; i++) {
		int32_t ids[MAX_PHRASE], node;
		int exact, n = phrase_ids(d, e->names[i], strlen(e->names[i]), ids, &exact);
		if (n < 0)
			return oom(err);
		if (!n)
			continue;
		if (!exact)
			d->wflags[ids[n - 1]] |= WF_STEM;
		node = trie_add(d, ids, (size_t)n);
		if (node < 0 ||
		    add_payload(d, node, PAY_ACTOR, 0, any_case_name(e->names[i]) ? 0 : 1, idx))
			return oom(err);
	}
	e->nnames = 0;
	e->ncodes = 0;
	return 0;
}

/* Add the codes in every [...] of `s`; the text before the first '[' is returned in name. */
static MUST_CHECK int actor_codes_in(struct dict *d, struct reader *r, struct actor_entry *e,
				     const char *s, struct error *err)
{
	const char *b = strchr(s, '[');
	while (b) {
		const char *c = strchr(b, ']');
		int rc;
		if (!c)
			return bad(r, err, "'[' without ']'");
		if (e->ncodes < MAX_CODES) {
			rc = parse_actor_code(d, b + 1, (size_t)(c - b - 1), &e->codes[e->ncodes]);
			if (rc == -2)
				return oom(err);
			if (rc == 0)
				e->ncodes++;
		}
		b = strchr(c, '[');
	}
	return 0;
}

static void add_name(struct actor_entry *e, const char *s, size_t n)
{
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	while (n && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	if (!n || e->nnames >= MAX_NAMES)
		return;
	if (n >= sizeof(e->names[0]))
		n = sizeof(e->names[0]) - 1;
	memcpy(e->names[e->nnames], s, n);
	e->names[e->nnames][n] = 0;
	e->nnames++;
}

static MUST_CHECK int load_actors(struct dict *d, struct reader *r, struct error *err)
{
	char line[1024];
	/* not zeroed: only the names and codes counted are read */
	struct actor_entry *e = malloc(sizeof(*e));
	int rc = 0;
	if (!e)
		return oom(err);
	e->nnames = e->ncodes = 0;
	while (next_line(r, line, sizeof(line))) {
		const char *b;
		if (!line[0])
			continue;
		b = strchr(line, '[');
		if (line[0] == '[') {
			if (!e->nnames) {
				rc = bad(r, err, "code without a name");
				break;
			}
		} else if (line[0] == '+') {
			if (!e->nnames) {
				rc = bad(r, err, "synonym without a name");
				break;
			}
			add_name(e, line + 1, b ? (size_t)(b - line - 1) : strlen(line + 1));
		} else {
			if ((rc = flush_actor(d, e, err)))
				break;
			add_name(e, line, b ? (size_t)(b - line) : strlen(line));
		}
		if ((rc = actor_codes_in(d, r, e, line, err)))
			break;
	}
	if (!rc)
		rc = flush_actor(d, e, err);
	free(e);
	return rc;
}

/* ---- agents ---- */

/* out = the first n bytes of w + suffix (truncated to fit) */
static void stem_plus(char *out, size_t outsz, const char *w, size_t n, const char *suffix)
{
	size_t sl = strlen(suffix);
	if (n > outsz - 1)
		n = outsz - 1;
	memcpy(out, w, n);
	if (sl > outsz - 1 - n)
		sl = outsz - 1 - n;
	memcpy(out + n, suffix, sl);
	out[n + sl] = 0;
}

/* English plural of a lower-case word */
static void plural(const char *w, char *out, size_t outsz)
{
	size_t n = strlen(w);
	if (!n)
		stem_plus(out, outsz, w, n, "");
	else if (n >= 2 && w[n - 1] == 'y' && !strchr("aeiou", w[n - 2]))
		stem_plus(out, outsz, w, n - 1, "ies");
	else if (w[n - 1] == 's' || w[n - 1] == 'x' || w[n - 1] == 'z' ||
		 (n >= 2 && (w[n - 1] == 'h') && (w[n - 2] == 'c' || w[n - 2] == 's')))
		stem_plus(out, outsz, w, n, "es");
	else if (n >= 3 && !strcmp(w + n - 3, "man"))
		stem_plus(out, outsz, w, n - 3, "men");
	else
		stem_plus(out, outsz, w, n, "s");
}

struct subst {
	char name[32];
	char vals[16][48];
	int n;
};

static MUST_CHECK int add_agent_phrase(struct dict *d, const char *phrase, int32_t idx, int caps,
				       struct error *err)
{
	int32_t ids[MAX_PHRASE], node;
	int exact, n = phrase_ids(d, phrase, strlen(phrase), ids, &exact);
	if (n < 0)
		return oom(err);
	if (!n)
		return 0;
	node = trie_add(d, ids, (size_t)n);
	if (node < 0 || add_payload(d, node, PAY_AGENT, 0, caps, idx))
		return oom(err);
	return 0;
}

static MUST_CHECK int add_agent_forms(struct dict *d, const char *phrase, const char *forms,
				      int has_braces, int32_t idx, struct error *err)
{
	char low[256], pl[256];
	size_t i, n = strlen(phrase);
	/* an abbreviation of two letters ("MP", "PM") needs a capital in the text: "pm" is
	 * an hour */
	int rc, caps;
	while (n && isspace((unsigned char)phrase[n - 1]))
		n--;
	caps = n == 2 && isupper((unsigned char)phrase[0]) && isupper((unsigned char)phrase[1]);
	if (n >= sizeof(low))
		n = sizeof(low) - 1;
	for (i = 0; i < n; i++)
		low[i] = phrase[i] == '_' ? ' ' : (char)tolower((unsigned char)phrase[i]);
	low[n] = 0;
	while (n && low[n - 1] == ' ')
		low[--n] = 0;
	if ((rc = add_agent_phrase(d, low, idx, caps, err)))
		return rc;
	if (!has_braces) {
		plural(low, pl, sizeof(pl));
		return add_agent_phrase(d, pl, idx, caps, err);
	}
	/* explicit plurals */
	while (*forms) {
		char w[256];
		size_t k = 0;
		while (*forms && isspace((unsigned char)*forms))
			forms++;
		while (*forms && !isspace((unsigned char)*forms) && k < sizeof(w) - 1)
			w[k++] = *forms++;
		w[k] = 0;
		if (k && (rc = add_agent_phrase(d, w, idx, caps, err)))
			return rc;
	}
	return 0;
}

static MUST_CHECK int load_agents(struct dict *d, struct reader *r, struct error *err)
{
	char line[1024];
	struct subst subs[16];
	int nsubs = 0, rc;
	while (next_line(r, line, sizeof(line))) {
		char name[256], forms[512], code[64];
		const char *b, *e, *ob, *cb;
		size_t i, k;
		int has_braces = 0, prefix = 0;
		int32_t idx;
		if (!line[0])
			continue;
		if (line[0] == '!' && strchr(line, '=')) {
			struct subst *s;
			const char *eq = strchr(line, '='), *p;
			if (nsubs >= 16)
				continue;
			s = &subs[nsubs++];
			snprintf(s->name, sizeof(s->name), "%.*s", (int)(eq - line), line);
			k = strlen(s->name);
			while (k && s->name[k - 1] == ' ')
				s->name[--k] = 0;
			s->n = 0;
			p = eq + 1;
			while (*p && s->n < 16) {
				size_t m = 0;
				while (*p == ' ' || *p == ',')
					p++;
				while (*p && *p != ',' && m < 47)
					s->vals[s->n][m++] = *p++;
				while (m && s->vals[s->n][m - 1] == ' ')
					m--;
				s->vals[s->n][m] = 0;
				if (m)
					s->n++;
			}
			continue;
		}
		b = strchr(line, '[');
		if (!b)
			continue; /* a name without a code codes nothing */
		e = strchr(b, ']');
		if (!e)
			return bad(r, err, "'[' without ']'");
		k = 0;
		for (i = 1; b + i < e && k < sizeof(code) - 1; i++)
			if (!isspace((unsigned char)b[i]))
				code[k++] = (char)toupper((unsigned char)b[i]);
		code[k] = 0;
		if (k && code[k - 1] == '~') {
			prefix = 1;
			code[--k] = 0;
		} else if (code[0] == '~') {
			memmove(code, code + 1, k);
			k--;
		}
		if (!k || !strcmp(code, "---"))
			continue;
		ob = strchr(line, '{');
		cb = ob ? strchr(ob, '}') : NULL;
		if (ob && cb && cb < b) {
			has_braces = 1;
			snprintf(forms, sizeof(forms), "%.*s", (int)(cb - ob - 1), ob + 1);
			snprintf(name, sizeof(name), "%.*s", (int)(ob - line), line);
		} else {
			forms[0] = 0;
			snprintf(name, sizeof(name), "%.*s", (int)(b - line), line);
		}
		if (ARRAY_GROW(d->agents, d->nagents, d->aagents))
			return oom(err);
		idx = (int32_t)d->nagents;
		d->agents[idx].code = arena_strdup(&d->arena, code);
		d->agents[idx].prefix = (uint8_t)prefix;
		if (!d->agents[idx].code)
			return oom(err);
		d->nagents++;
		/* substitution markers: !PERSON! expands to each of its words */
		{
			const char *m1 = strchr(name, '!');
			const char *m2 = m1 ? strchr(m1 + 1, '!') : NULL;
			int si, done = 0;
			if (m1 && m2) {
				for (si = 0; si < nsubs; si++) {
					int vi;
					if (strncmp(subs[si].name, m1, (size_t)(m2 - m1 + 1)) ||
					    subs[si].name[m2 - m1 + 1])
						continue;
					for (vi = 0; vi < subs[si].n; vi++) {
						char ex[512];
						snprintf(ex, sizeof(ex), "%.*s%s%s",
							 (int)(m1 - name), name, subs[si].vals[vi],
							 m2 + 1);
						if ((rc = add_agent_forms(d, ex, forms, has_braces,
									  idx, err)))
							return rc;
					}
					done = 1;
				}
				if (done)
					continue;
			}
		}
		if ((rc = add_agent_forms(d, name, forms, has_braces, idx, err)))
			return rc;
	}
	return 0;
}

/* ---- discards ---- */

static MUST_CHECK int load_discards(struct dict *d, struct reader *r, struct error *err)
{
	char line[1024];
	while (next_line(r, line, sizeof(line))) {
		int32_t ids[MAX_PHRASE], node;
		int story = line[0] == '+', exact, n;
		const char *p = line + story;
		if (!*p)
			continue;
		n = phrase_ids(d, p, strlen(p), ids, &exact);
		if (n < 0)
			return oom(err);
		if (!n)
			continue;
		node = trie_add(d, ids, (size_t)n);
		if (node < 0 || add_payload(d, node, PAY_DISCARD, 0, story, -1))
			return oom(err);
	}
	return 0;
}

/* ---- verbs ---- */

static int syn_find(const struct dict *d, const char *name)
{
	size_t i;
	for (i = 0; i < d->nsyns; i++)
		if (!strcmp(d->syns[i].name, name))
			return (int)i;
	return -1;
}

int32_t dict_synset(const struct dict *d, const char *name)
{
	return syn_find(d, name);
}

static void upper_name(const char *s, size_t n, char *out, size_t outsz)
{
	size_t i, o = 0;
	for (i = 0; i < n && o < outsz - 1; i++)
		if (!isspace((unsigned char)s[i]))
			out[o++] = (char)toupper((unsigned char)s[i]);
	out[o] = 0;
}

static MUST_CHECK int syn_add_member(struct dict *d, int syn, const char *s, struct error *err)
{
	int32_t ids[MAX_PHRASE];
	char tmp[256];
	size_t i, o = 0;
	int exact, n, k;
	if (s[0] == '&') {
		/* a nested set: copy its members */
		char nm[64];
		int other;
		upper_name(s, strlen(s), nm, sizeof(nm));
		other = syn_find(d, nm);
		if (other < 0 || other == syn)
			return 0;
		for (k = 0; k < d->syns[other].n; k++) {
			struct dphrase ph = d->members[d->syns[other].first + k];
			if (ARRAY_GROW(d->members, d->nmembers, d->amembers))
				return oom(err);
			d->members[d->nmembers++] = ph;
			d->syns[syn].n++;
		}
		return 0;
	}
	for (i = 0; s[i] && o < sizeof(tmp) - 1; i++)
		if (s[i] != '(' && s[i] != ')')
			tmp[o++] = s[i];
	tmp[o] = 0;
	n = phrase_ids(d, tmp, o, ids, &exact);
	if (n < 0)
		return oom(err);
	if (!n)
		return 0;
	if (!exact)
		d->wflags[ids[n - 1]] |= WF_STEM;
	if (ARRAY_GROW(d->members, d->nmembers, d->amembers))
		return oom(err);
	d->members[d->nmembers].off = (int32_t)d->nseq;
	d->members[d->nmembers].n = (uint16_t)n;
	for (k = 0; k < n; k++) {
		if (ARRAY_GROW(d->seq, d->nseq, d->aseq))
			return oom(err);
		d->seq[d->nseq++] = ids[k];
	}
	d->nmembers++;
	d->syns[syn].n++;
	return 0;
}

/* Copy the code in "[050]" or "[043:042]" into code/rcode. */
static void split_code(const char *s, size_t n, char *code, char *rcode)
{
	char tmp[32];
	size_t i, o = 0;
	char *colon;
	for (i = 0; i < n && o < sizeof(tmp) - 1; i++)
		if (!isspace((unsigned char)s[i]))
			tmp[o++] = s[i];
	tmp[o] = 0;
	colon = strchr(tmp, ':');
	if (colon) {
		*colon = 0;
		snprintf(rcode, 8, "%.7s", colon + 1);
	} else {
		rcode[0] = 0;
	}
	snprintf(code, 8, "%.7s", tmp);
}

/* Copy a word into a 64-byte slot. */
static void cpy64(char *dst, const char *src)
{
	size_t n = strnlen(src, 63);
	memcpy(dst, src, n);
	dst[n] = 0;
}

static int is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Regular forms of a verb: s, ed, ing (and doubled-consonant variants). */
static int verb_forms(const char *w, char forms[6][64], int types[6])
{
	size_t n = strlen(w);
	int k = 0;
	if (!n || n > 50)
		return 0;
	/* -s */
	if (w[n - 1] == 'y' && n > 1 && !is_vowel(w[n - 2]))
		stem_plus(forms[k], 64, w, n - 1, "ies");
	else if (w[n - 1] == 's' || w[n - 1] == 'x' || w[n - 1] == 'z' ||
		 (n > 1 && w[n - 1] == 'h' && (w[n - 2] == 'c' || w[n - 2] == 's')) ||
		 (w[n - 1] == 'o' && n > 1 && !is_vowel(w[n - 2])))
		stem_plus(forms[k], 64, w, n, "es");
	else
		stem_plus(forms[k], 64, w, n, "s");
	types[k++] = VF_S;
	/* -ed, -ing */
	if (w[n - 1] == 'e') {
		stem_plus(forms[k], 64, w, n, "d");
		types[k++] = VF_ED;
		if (n > 2 && w[n - 2] == 'i') /* die -> dying */
			stem_plus(forms[k], 64, w, n - 2, "ying");
		else if (n > 2 && (w[n - 2] == 'e' || w[n - 2] == 'y' || w[n - 2] == 'o'))
			stem_plus(forms[k], 64, w, n, "ing"); /* agree -> agreeing */
		else
			stem_plus(forms[k], 64, w, n - 1, "ing");
		types[k++] = VF_ING;
	} else if (w[n - 1] == 'y' && n > 1 && !is_vowel(w[n - 2])) {
		stem_plus(forms[k], 64, w, n - 1, "ied");
		types[k++] = VF_ED;
		stem_plus(forms[k], 64, w, n, "ing");
		types[k++] = VF_ING;
	} else {
		stem_plus(forms[k], 64, w, n, "ed");
		types[k++] = VF_ED;
		stem_plus(forms[k], 64, w, n, "ing");
		types[k++] = VF_ING;
		/* consonant-vowel-consonant: also the doubled forms (ban -> banned); the
		 * "u" of "qu" is a consonant there (equip -> equipped) */
		if (n >= 3 && !is_vowel(w[n - 1]) && is_vowel(w[n - 2]) &&
		    (!is_vowel(w[n - 3]) || (n >= 4 && w[n - 3] == 'u' && w[n - 4] == 'q')) &&
		    w[n - 1] != 'w' && w[n - 1] != 'x' && w[n - 1] != 'y') {
			char dbl[3] = { w[n - 1], 0, 0 };
			char sfx[8];
			stem_plus(sfx, sizeof(sfx), dbl, 1, "ed");
			stem_plus(forms[k], 64, w, n, sfx);
			types[k++] = VF_ED;
			stem_plus(sfx, sizeof(sfx), dbl, 1, "ing");
			stem_plus(forms[k], 64, w, n, sfx);
			types[k++] = VF_ING;
		}
	}
	return k;
}

/* Irregular English verbs: base, then past and participle forms. */
static const char *const irregular[][4] = {
	{ "arise", "arose", "arisen", NULL },
	{ "be", "was", "were", "been" },
	{ "bear", "bore", "borne", NULL },
	{ "beat", "beat", "beaten", NULL },
	{ "become", "became", "become", NULL },
	{ "begin", "began", "begun", NULL },
	{ "bid", "bid", "bidden", NULL },
	{ "bind", "bound", NULL, NULL },
	{ "blow", "blew", "blown", NULL },
	{ "break", "broke", "broken", NULL },
	{ "bring", "brought", NULL, NULL },
	{ "build", "built", NULL, NULL },
	{ "burn", "burnt", NULL, NULL },
	{ "buy", "bought", NULL, NULL },
	{ "catch", "caught", NULL, NULL },
	{ "choose", "chose", "chosen", NULL },
	{ "cling", "clung", NULL, NULL },
	{ "come", "came", NULL, NULL },
	{ "cut", "cut", NULL, NULL },
	{ "deal", "dealt", NULL, NULL },
	{ "draw", "drew", "drawn", NULL },
	{ "drive", "drove", "driven", NULL },
	{ "eat", "ate", "eaten", NULL },
	{ "fall", "fell", "fallen", NULL },
	{ "feed", "fed", NULL, NULL },
	{ "feel", "felt", NULL, NULL },
	{ "fight", "fought", NULL, NULL },
	{ "find", "found", NULL, NULL },
	{ "flee", "fled", NULL, NULL },
	{ "fly", "flew", "flown", NULL },
	{ "forbid", "forbade", "forbidden", NULL },
	{ "forgive", "forgave", "forgiven", NULL },
	{ "freeze", "froze", "frozen", NULL },
	{ "get", "got", "gotten", NULL },
	{ "give", "gave", "given", NULL },
	{ "go", "went", "gone", NULL },
	{ "grow", "grew", "grown", NULL },
	{ "hang", "hung", NULL, NULL },
	{ "have", "had", "has", NULL },
	{ "hear", "heard", NULL, NULL },
	{ "hide", "hid", "hidden", NULL },
	{ "hit", "hit", NULL, NULL },
	{ "hold", "held", NULL, NULL },
	{ "hurt", "hurt", NULL, NULL },
	{ "keep", "kept", NULL, NULL },
	{ "know", "knew", "known", NULL },
	{ "lay", "laid", NULL, NULL },
	{ "lead", "led", NULL, NULL },
	{ "leave", "left", NULL, NULL },
	{ "lend", "lent", NULL, NULL },
	{ "let", "let", NULL, NULL },
	{ "light", "lit", NULL, NULL },
	{ "lose", "lost", NULL, NULL },
	{ "make", "made", NULL, NULL },
	{ "mean", "meant", NULL, NULL },
	{ "meet", "met", NULL, NULL },
	{ "mislead", "misled", NULL, NULL },
	{ "overcome", "overcame", "overcome", NULL },
	{ "overrun", "overran", "overrun", NULL },
	{ "overfly", "overflew", "overflown", NULL },
	{ "oversee", "oversaw", "overseen", NULL },
	{ "overthrow", "overthrew", "overthrown", NULL },
	{ "pay", "paid", NULL, NULL },
	{ "put", "put", NULL, NULL },
	{ "quit", "quit", NULL, NULL },
	{ "read", "read", NULL, NULL },
	{ "rebuild", "rebuilt", NULL, NULL },
	{ "retake", "retook", "retaken", NULL },
	{ "ride", "rode", "ridden", NULL },
	{ "ring", "rang", "rung", NULL },
	{ "rise", "rose", "risen", NULL },
	{ "run", "ran", NULL, NULL },
	{ "say", "said", NULL, NULL },
	{ "see", "saw", "seen", NULL },
	{ "seek", "sought", NULL, NULL },
	{ "sell", "sold", NULL, NULL },
	{ "send", "sent", NULL, NULL },
	{ "set", "set", NULL, NULL },
	{ "shake", "shook", "shaken", NULL },
	{ "shed", "shed", NULL, NULL },
	{ "shoot", "shot", NULL, NULL },
	{ "show", "showed", "shown", NULL },
	{ "shut", "shut", NULL, NULL },
	{ "sink", "sank", "sunk", NULL },
	{ "sit", "sat", NULL, NULL },
	{ "slay", "slew", "slain", NULL },
	{ "speak", "spoke", "spoken", NULL },
	{ "spend", "spent", NULL, NULL },
	{ "split", "split", NULL, NULL },
	{ "spread", "spread", NULL, NULL },
	{ "stand", "stood", NULL, NULL },
	{ "steal", "stole", "stolen", NULL },
	{ "stick", "stuck", NULL, NULL },
	{ "strike", "struck", "stricken", NULL },
	{ "swear", "swore", "sworn", NULL },
	{ "sweep", "swept", NULL, NULL },
	{ "take", "took", "taken", NULL },
	{ "teach", "taught", NULL, NULL },
	{ "tell", "told", NULL, NULL },
	{ "think", "thought", NULL, NULL },
	{ "throw", "threw", "thrown", NULL },
	{ "undertake", "undertook", "undertaken", NULL },
	{ "uphold", "upheld", NULL, NULL },
	{ "wage", "waged", NULL, NULL },
	{ "win", "won", NULL, NULL },
	{ "wind", "wound", NULL, NULL },
	{ "withdraw", "withdrew", "withdrawn", NULL },
	{ "withhold", "withheld", NULL, NULL },
	{ "write", "wrote", "written", NULL },
	{ "forsake", "forsook", "forsaken", NULL },
	{ "shelter", "sheltered", NULL, NULL },
	{ "fire", "fired", NULL, NULL },
};

static MUST_CHECK int add_verb_phrase(struct dict *d, char words[][64], int nw, int32_t verb,
				      int form, struct error *err)
{
	int32_t ids[MAX_PHRASE], node;
	char buf[512];
	int i, exact, n;
	size_t o = 0;
	/* the words joined by spaces (each is under 64 bytes: room is kept for one more) */
	for (i = 0; i < nw && o < sizeof(buf) - 70; i++) {
		size_t k = strnlen(words[i], 63);
		if (i)
			buf[o++] = ' ';
		memcpy(buf + o, words[i], k);
		o += k;
	}
	buf[o] = 0;
	n = phrase_ids(d, buf, o, ids, &exact);
	if (n < 0)
		return oom(err);
	if (!n)
		return 0;
	node = trie_add(d, ids, (size_t)n);
	if (node < 0 || add_payload(d, node, PAY_VERB, form, 0, verb))
		return oom(err);
	return 0;
}

/* Split a verb phrase like "WIRE_+TAP" into lower-case words; *vp = the verb word. */
static int split_verb_words(const char *s, char words[][64], int max, int *vp)
{
	int nw = 0;
	size_t k = 0;
	*vp = -1;
	for (;; s++) {
		if (!*s || *s == '_' || *s == ' ') {
			if (k && nw < max) {
				words[nw][k] = 0;
				nw++;
			}
			k = 0;
			if (!*s)
				break;
			continue;
		}
		if (*s == '+') {
			if (nw < max)
				*vp = nw;
			continue;
		}
		if (k < 63 && nw < max)
			words[nw][k++] = (char)tolower((unsigned char)*s);
	}
	if (*vp < 0 || *vp >= nw)
		*vp = 0;
	return nw;
}

static MUST_CHECK int add_verb_line(struct dict *d, int32_t block, const char *line,
				    struct error *err)
{
	char head[256], forms[512], words[MAX_PHRASE][64];
	const char *ob = strchr(line, '{'), *cb, *b;
	int nw, vp, rc, i;
	struct dverb *v;
	int32_t vi;
	b = strchr(line, '[');
	cb = ob ? strchr(ob, '}') : NULL;
	{
		const char *hend = ob ? ob : (b ? b : line + strlen(line));
		snprintf(head, sizeof(head), "%.*s", (int)(hend - line), line);
	}
	forms[0] = 0;
	if (ob && cb)
		snprintf(forms, sizeof(forms), "%.*s", (int)(cb - ob - 1), ob + 1);
	nw = split_verb_words(head, words, MAX_PHRASE, &vp);
	if (!nw)
		return 0;
	if (ARRAY_GROW(d->verbs, d->nverbs, d->averbs))
		return oom(err);
	vi = (int32_t)d->nverbs++;
	v = &d->verbs[vi];
	v->block = block;
	v->code[0] = v->rcode[0] = 0;
	v->lemma = arena_strdup(&d->arena, words[vp]);
	if (!v->lemma)
		return oom(err);
	if (b) {
		const char *e = strchr(b, ']');
		if (e)
			split_code(b + 1, (size_t)(e - b - 1), v->code, v->rcode);
	}
	if ((rc = add_verb_phrase(d, words, nw, vi, VF_BASE, err)))
		return rc;
	/* regular forms of the verb word */
	{
		char fv[6][64], base[64];
		int ft[6], nf = verb_forms(words[vp], fv, ft), f;
		size_t ir;
		cpy64(base, words[vp]);
		for (f = 0; f < nf; f++) {
			cpy64(words[vp], fv[f]);
			if ((rc = add_verb_phrase(d, words, nw, vi, ft[f], err)))
				return rc;
		}
		for (ir = 0; ir < sizeof(irregular) / sizeof(irregular[0]); ir++) {
			int j;
			if (strcmp(irregular[ir][0], base))
				continue;
			for (j = 1; j < 4 && irregular[ir][j]; j++) {
				cpy64(words[vp], irregular[ir][j]);
				if ((rc = add_verb_phrase(d, words, nw, vi, VF_ED, err)))
					return rc;
			}
		}
		cpy64(words[vp], base);
	}
	/* listed forms: {SAYS SAID SAYING} or {+BROKE_DOWN ...} */
	for (i = 0; forms[i];) {
		char f[256], fw[MAX_PHRASE][64];
		size_t k = 0;
		int fnw, fvp, type;
		size_t fl;
		while (forms[i] && isspace((unsigned char)forms[i]))
			i++;
		while (forms[i] && !isspace((unsigned char)forms[i]) && k < sizeof(f) - 1)
			f[k++] = forms[i++];
		f[k] = 0;
		if (!k)
			break;
		fnw = split_verb_words(f, fw, MAX_PHRASE, &fvp);
		if (!fnw)
			continue;
		fl = strlen(fw[fvp]);
		if (fl > 3 && !strcmp(fw[fvp] + fl - 3, "ing"))
			type = VF_ING;
		else if (fl > 1 && fw[fvp][fl - 1] == 's' && !strncmp(fw[fvp], words[vp], fl - 1))
			type = VF_S;
		else
			type = VF_ED;
		if ((rc = add_verb_phrase(d, fw, fnw, vi, type, err)))
			return rc;
	}
	return 0;
}

static MUST_CHECK int add_pattern(struct dict *d, struct reader *r, int32_t block, const char *line,
				  struct error *err)
{
	const char *b = strrchr(line, '[');
	const char *e = b ? strchr(b, ']') : NULL;
	struct dpattern *p;
	struct pel el[64];
	int nel = 0, star = -1, depth_paren = 0, depth_brace = 0, first_in_group = 0;
	const char *s = line;
	if (!b || !e)
		return bad(r, err, "pattern without a [code]");
	if (*s == '-')
		s++;
	while (s < b && nel < 62) {
		char w[128];
		size_t k = 0;
		uint8_t join;
		while (s < b && isspace((unsigned char)*s))
			s++;
		if (s >= b)
			break;
		if (*s == '(' || *s == '{') {
			if (*s == '(')
				depth_paren++;
			else
				depth_brace++;
			first_in_group = 1;
			s++;
			continue;
		}
		if (*s == ')' || *s == '}') {
			if (*s == ')' && depth_paren)
				depth_paren--;
			else if (*s == '}' && depth_brace)
				depth_brace--;
			s++;
			continue;
		}
		join = PJ_FREE;
		if (!first_in_group && depth_brace)
			join = PJ_ADJ;
		else if (!first_in_group && depth_paren)
			join = PJ_NEAR;
		first_in_group = 0;
		if (*s == '*') {
			star = nel;
			el[nel].type = 0;
			el[nel].join = join; /* "{TRUCK *}": the word before is right before */
			el[nel++].id = -1;
			s++;
			continue;
		}
		if (*s == '$' || *s == '+' || *s == '%' || *s == '^') {
			el[nel].type = *s == '$'   ? PE_SRC
				       : *s == '+' ? PE_TGT
				       : *s == '%' ? PE_COMP
						   : PE_SKIP;
			el[nel].join = join;
			el[nel++].id = -1;
			s++;
			continue;
		}
		while (s < b && !isspace((unsigned char)*s) && *s != '(' && *s != ')' &&
		       *s != '{' && *s != '}' && k < sizeof(w) - 1)
			w[k++] = *s++;
		w[k] = 0;
		if (!k)
			continue;
		if (w[0] == '&') {
			char nm[64];
			upper_name(w, k, nm, sizeof(nm));
			el[nel].type = PE_SYN;
			el[nel].join = join;
			el[nel++].id = syn_find(d, nm); /* -1: an unknown set never matches */
		} else {
			int32_t ids[MAX_PHRASE];
			int exact, n = phrase_ids(d, w, k, ids, &exact), j;
			if (n < 0)
				return oom(err);
			for (j = 0; j < n && nel < 62; j++) {
				if (!exact)
					d->wflags[ids[j]] |= WF_STEM;
				el[nel].type = PE_WORD;
				el[nel].join = j ? PJ_ADJ : join;
				el[nel++].id = ids[j];
			}
		}
	}
	if (star < 0)
		return 0; /* not a pattern we can use */
	if (ARRAY_GROW(d->pats, d->npats, d->apats))
		return oom(err);
	p = &d->pats[d->npats];
	p->el = arena_alloc(&d->arena, (size_t)nel * sizeof(*p->el));
	if (!p->el)
		return oom(err);
	memcpy(p->el, el, (size_t)nel * sizeof(*el));
	p->nel = (uint16_t)nel;
	p->star = (uint16_t)star;
	p->comp = 0;
	{
		int q, k, nneed = 0;
		for (q = 0; q < nel; q++)
			if (el[q].type == PE_COMP)
				p->comp = 1;
		for (q = 0; q < nel && nneed < PAT_NEED; q++) {
			if (el[q].type != PE_WORD)
				continue;
			for (k = 0; k < nneed && p->need[k] != el[q].id; k++)
				;
			if (k == nneed)
				p->need[nneed++] = el[q].id;
		}
		for (k = nneed; k < PAT_NEED; k++)
			p->need[k] = -1;
	}
	split_code(b + 1, (size_t)(e - b - 1), p->code, p->rcode);
	{
		const char *t = line;
		size_t tl = (size_t)(b - line);
		if (*t == '-') {
			t++;
			tl--;
		}
		while (tl && isspace((unsigned char)*t)) {
			t++;
			tl--;
		}
		while (tl && isspace((unsigned char)t[tl - 1]))
			tl--;
		p->text = arena_strndup(&d->arena, t, tl);
		if (!p->text)
			return oom(err);
	}
	d->npats++;
	d->blocks[block].n++;
	return 0;
}

static MUST_CHECK int load_verbs(struct dict *d, struct reader *r, struct error *err)
{
	char line[1024];
	int32_t block = -1;
	int syn = -1, rc;
	while (next_line(r, line, sizeof(line))) {
		if (!line[0]) {
			syn = -1;
			continue;
		}
		if (line[0] == '&') {
			char nm[64];
			upper_name(line, strlen(line), nm, sizeof(nm));
			syn = syn_find(d, nm);
			if (syn < 0) {
				if (ARRAY_GROW(d->syns, d->nsyns, d->asyns))
					return oom(err);
				syn = (int)d->nsyns++;
				d->syns[syn].name = arena_strdup(&d->arena, nm);
				d->syns[syn].first = (int32_t)d->nmembers;
				d->syns[syn].n = 0;
				if (!d->syns[syn].name)
					return oom(err);
			} else {
				syn = -1; /* a repeated set (e.g. &PREPOSIT1_ twice): keep the first */
			}
			block = -1;
			continue;
		}
		if (syn >= 0 && line[0] == '+') {
			const char *m = line + 1;
			while (*m == ' ')
				m++;
			/* members must stay contiguous: they are, as sets are read whole */
			if ((rc = syn_add_member(d, syn, m, err)))
				return rc;
			continue;
		}
		if (!strncmp(line, "---", 3)) {
			const char *p = line + 3, *b, *e;
			struct dblock *bl;
			char nm[128] = "";
			size_t k = 0;
			syn = -1;
			while (*p == ' ')
				p++;
			while (*p && *p != '[' && *p != '-' && k < sizeof(nm) - 1)
				nm[k++] = *p++;
			while (k && nm[k - 1] == ' ')
				k--;
			nm[k] = 0;
			if (ARRAY_GROW(d->blocks, d->nblocks, d->ablocks))
				return oom(err);
			block = (int32_t)d->nblocks++;
			bl = &d->blocks[block];
			bl->name = arena_strdup(&d->arena, nm);
			bl->first = (int32_t)d->npats;
			bl->n = 0;
			bl->code[0] = bl->rcode[0] = 0;
			b = strchr(line + 3, '[');
			e = b ? strchr(b, ']') : NULL;
			if (b && e)
				split_code(b + 1, (size_t)(e - b - 1), bl->code, bl->rcode);
			else
				snprintf(bl->code, sizeof(bl->code), "---");
			if (!bl->name)
				return oom(err);
			continue;
		}
		if (block < 0)
			continue; /* text outside blocks: titles, headings */
		syn = -1;
		if (line[0] == '-' || (strchr(line, '*') && strchr(line, '['))) {
			if ((rc = add_pattern(d, r, block, line, err)))
				return rc;
			continue;
		}
		if ((rc = add_verb_line(d, block, line, err)))
			return rc;
	}
	return 0;
}

/* Run the reader of `kind` over `r`; a failed read is the error. */
static MUST_CHECK int load(struct dict *d, enum dict_kind kind, struct reader *r, struct error *err)
{
	int rc;
	switch (kind) {
	case DICT_ACTORS: rc = load_actors(d, r, err); break;
	case DICT_AGENTS: rc = load_agents(d, r, err); break;
	case DICT_VERBS: rc = load_verbs(d, r, err); break;
	case DICT_DISCARDS: rc = load_discards(d, r, err); break;
	default: return error_set(err, ERR_USAGE, "unknown dictionary kind");
	}
	return rc ? rc : r->err;
}

int dict_load_buf(struct dict *d, enum dict_kind kind, const char *name, const char *text,
		  size_t len, struct error *err)
{
	struct reader r;
	memset(&r, 0, sizeof(r));
	r.p = text;
	r.end = text + len;
	r.name = name ? name : "dictionary";
	return load(d, kind, &r, err);
}

/*
 * A named file is read in pieces, each line parsed where it was read: the
 * memory a file costs is one piece, however long the file. Standard input
 * and gzip files (by their magic bytes, as file_read_all tells them) are
 * read whole and decompressed first.
 */
int dict_load_file_with(struct dict *d, enum dict_kind kind, const char *path, struct buf *text,
			struct error *err)
{
	struct reader r;
	int rc;
	buf_reset(text);
	text->cap = DICT_FILE_CAP;
	memset(&r, 0, sizeof(r));
	r.name = path;
	r.errp = err;
	if (strcmp(path, "-")) {
		if (buf_grow(text, READ_CHUNK - 1) < 0) /* READ_CHUNK with its NUL */
			return error_nomem(err);
		r.f = fopen(path, "rb");
		if (!r.f)
			return error_set(err, ERR_IO, "%s: %s", path, strerror(errno));
		r.buf = text->data;
		r.p = r.end = r.buf;
		refill(&r);
		if (r.end - r.p < 2 || (unsigned char)r.p[0] != 0x1f ||
		    (unsigned char)r.p[1] != 0x8b) {
			rc = load(d, kind, &r, err);
			fclose(r.f);
			return rc;
		}
		fclose(r.f);
	}
	if ((rc = file_read_all(path, DICT_FILE_CAP, text, err)) < 0)
		return rc;
	return dict_load_buf(d, kind, path, text->data, text->len, err);
}

int dict_load_file(struct dict *d, enum dict_kind kind, const char *path, struct error *err)
{
	struct buf b;
	int rc;
	buf_init(&b, DICT_FILE_CAP);
	rc = dict_load_file_with(d, kind, path, &b, err);
	buf_release(&b);
	return rc;
}

/* See dict.h. */
int dict_actor_named(const struct dict *d, const char *name, char *out, size_t n)
{
	int32_t node = 0, p, w;
	const char *s = name, *code;
	char word[64];
	size_t k;

	/* the dictionaries' words are lower case; "the" before a name is not in them */
	while (*s) {
		while (*s == ' ' || *s == '_' || *s == '-')
			s++;
		for (k = 0; *s && *s != ' ' && *s != '_' && *s != '-'; s++)
			if (k + 1 < sizeof(word))
				word[k++] = (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
		word[k] = '\0';
		if (!k || (node == 0 && !strcmp(word, "the")))
			continue;
		if ((w = dict_word(d, word, k)) < 0 || (node = dict_child(d, node, w)) < 0)
			return 0;
	}
	if (node <= 0)
		return 0;
	for (p = d->node_pay[node]; p >= 0; p = d->pays[p].next) {
		if (d->pays[p].kind != PAY_ACTOR)
			continue;
		code = dict_actor_code(d, &d->actors[d->pays[p].idx], 0);
		if (code && *code) {
			snprintf(out, n, "%s", code);
			return 1;
		}
	}
	return 0;
}

/* See dict.h. */
int dict_acronym(const char *caps, const char *code)
{
	return strlen(caps) % 3 || !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) ||
	       !strncmp(code, "IMG", 3);
}
