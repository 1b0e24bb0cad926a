/*
 * actors.c: the pages of who did what to whom: an actor's page, a dyad's
 * timeline (inline SVG, no script), the list of relationships, and the
 * briefing.
 */
#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyse/cameo.h"
#include "analyse/dict.h"
#include "analyse/lexicon.h"
#include "corpus/dyads.h"
#include "web/internal.h"

#include "util/array.h"

#include "util/banned.h"

/* Names of the countries and groups the demo corpus and its region bring up. */
static const struct {
	const char *code, *name;
} actor_names[] = {
	{ "AFGREB", "Taliban" },
	{ "AFGOPP", "Afghan opposition" },
	{ "PAKREB", "Pakistani Taliban" },
	{ "IGOUNO", "United Nations" },
	{ "IMGISIKHR", "Islamic State Khorasan" },
	{ "IMGISI", "Islamic State" },
	{ "IMGMUSISI", "Islamic State" },
	{ "IMGALQ", "al-Qaeda" },
	{ "AFG", "Afghanistan" },
	{ "ARE", "United Arab Emirates" },
	{ "CHN", "China" },
	{ "DEU", "Germany" },
	{ "EGY", "Egypt" },
	{ "FRA", "France" },
	{ "GBR", "United Kingdom" },
	{ "IND", "India" },
	{ "IRN", "Iran" },
	{ "IRQ", "Iraq" },
	{ "ISR", "Israel" },
	{ "KAZ", "Kazakhstan" },
	{ "PAK", "Pakistan" },
	{ "QAT", "Qatar" },
	{ "RUS", "Russia" },
	{ "SAU", "Saudi Arabia" },
	{ "SYR", "Syria" },
	{ "TJK", "Tajikistan" },
	{ "TKM", "Turkmenistan" },
	{ "TUR", "Turkey" },
	{ "USA", "United States" },
	{ "UZB", "Uzbekistan" },
	{ "AFR", "Africa" },
	{ "ASA", "Asia" },
	{ "EUR", "Europe" },
	{ "LAM", "Latin America" },
	{ "MEA", "Middle East" },
	{ "SAM", "South America" },
	{ "IGO", "international organisation" },
	{ "NGO", "non-governmental organisation" },
	{ "IMG", "armed group" },
};

/* CAMEO's role codes after a country. */
static const struct {
	const char *code, *name;
} roles[] = {
	{ "GOV", "government" },   { "MIL", "military" },
	{ "REB", "rebels" },       { "OPP", "opposition" },
	{ "COP", "police" },       { "JUD", "judiciary" },
	{ "BUS", "business" },     { "REF", "refugees" },
	{ "CVL", "civilians" },    { "MED", "media" },
	{ "LEG", "legislature" },  { "EDU", "education" },
	{ "HLH", "health" },       { "ELI", "elites" },
	{ "INS", "insurgents" },   { "SPY", "intelligence" },
	{ "UAF", "armed forces" }, { "REL", "clergy" },
	{ "LAB", "labour" },       { "AGR", "farmers" },
	{ "CRM", "criminals" },    { "HRI", "human rights groups" },
	{ "SEP", "separatists" },  { "DIP", "diplomats" },
	{ "NGO", "NGOs" },
};

int actor_code_ok(const char *code)
{
	size_t i, n = strlen(code);
	if (n < 2 || n > 15)
		return 0;
	for (i = 0; i < n; i++)
		if (!isupper((unsigned char)code[i]) && !isdigit((unsigned char)code[i]))
			return 0;
	return 1;
}

/*
 * `name` followed by the roles of `rest`, a run of three-letter role codes:
 * the first role names the actor, the others follow in brackets, in the
 * code's order, so that two codes never share a name ("Iran media
 * (government)" IRNMEDGOV, "Iran government (media)" IRNGOVMED); -1 when
 * `rest` is not such a run (one role twice, one not a role, a length not a
 * multiple of three).
 */
static int roles_name(const char *name, const char *rest, char *out, size_t n)
{
	const size_t nroles = sizeof(roles) / sizeof(roles[0]);
	size_t len = strlen(rest), i, j, at, k = 0;
	size_t idx[sizeof(roles) / sizeof(roles[0])];

	if (len == 0 || len % 3 || len / 3 > nroles)
		return -1;
	for (j = 0; j < len; j += 3) {
		for (i = 0; i < nroles && strncmp(rest + j, roles[i].code, 3); i++)
			;
		if (i == nroles)
			return -1;
		for (at = 0; at < k; at++)
			if (idx[at] == i)
				return -1;
		idx[k++] = i;
	}
	if (n == 0)
		return 0;
	snprintf(out, n, "%s %s", name, roles[idx[0]].name);
	for (j = 1; j < k; j++) {
		at = strlen(out);
		snprintf(out + at, n - at, "%s%s%s", j == 1 ? " (" : ", ", roles[idx[j]].name,
			 j + 1 == k ? ")" : "");
	}
	return 0;
}

/*
 * The actor dictionaries, for the names users write instead of codes and
 * the names of countries the table above leaves out: loaded at the first
 * need, once for every thread, and kept (a few MB); NULL when they could
 * not be found or read, and then names_err says why.
 */
static void names_load(void);
static struct dict *names_dict;
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

/*
 * A dictionary's head phrase written as a reader writes it, into out (`n`
 * bytes): "UKRAINE" Ukraine, "BOSNIA_AND_HERZEGOVINA" Bosnia and Herzegovina,
 * "GUINEA-BISSAU" Guinea-Bissau; with `acronym`, a name of one short word
 * stays in capitals ("NATO_" NATO, "OPEC_" OPEC). 0 when it is empty.
 */
static int phrase_words(const char *name, int acronym, char *out, size_t n)
{
	const char *p;
	size_t k = 0, w, len = strcspn(name, "_");

	if (n == 0)
		return 0;
	if (acronym && len <= 6 && !name[len + strspn(name + len, "_")]) {
		snprintf(out, n, "%.*s", (int)len, name);
		return len > 0;
	}
	for (p = name; *p && k + 1 < n;) {
		char word[32];
		for (w = 0; p[w] && p[w] != '_' && w + 1 < sizeof(word); w++)
			word[w] = (char)tolower((unsigned char)p[w]);
		word[w] = 0;
		p += w;
		while (*p == '_')
			p++;
		if (!w)
			continue;
		/* a word's first letter, and one after a hyphen, in capitals; small words
		 * not, but first */
		if (!k || (strcmp(word, "and") && strcmp(word, "of") && strcmp(word, "the"))) {
			size_t j;
			word[0] = (char)toupper((unsigned char)word[0]);
			for (j = 1; word[j]; j++)
				if (word[j - 1] == '-')
					word[j] = (char)toupper((unsigned char)word[j]);
		}
		k += (size_t)snprintf(out + k, n - k, "%s%s", k ? " " : "", word);
		if (k >= n)
			k = n - 1;
	}
	out[k] = 0;
	return k > 0;
}

/*
 * The name the actor dictionaries give the country (or other actor) coded
 * by the first three capitals of `code`, into out (`n` bytes, phrase_words).
 * 0 when there is none (no such code, or dictionaries that could not be read).
 */
static int code3_name(const char *code, char *out, size_t n)
{
	int32_t a;

	pthread_once(&names_once, names_load);
	if (!names_dict || strlen(code) < 3 || (a = dict_actor_of_code3(names_dict, code)) < 0 ||
	    !names_dict->actors[a].name)
		return 0;
	return phrase_words(names_dict->actors[a].name, 0, out, n);
}

/*
 * The name of the first dictionary actor coded exactly `code` ("IGOEEU"
 * European Union, "IGONAT" NATO), into out (`n` bytes, phrase_words); 0 when
 * none is. A scan of every code: for the codes the names above leave out.
 */
static int code_exact_name(const char *code, char *out, size_t n)
{
	size_t a;
	uint16_t k;

	pthread_once(&names_once, names_load);
	if (!names_dict)
		return 0;
	for (a = 0; a < names_dict->nactors; a++) {
		const struct dactor *d = &names_dict->actors[a];
		for (k = 0; k < d->n; k++) {
			const char *c = names_dict->codes[d->first + k].code;
			if (c && d->name && !strcmp(c, code))
				return phrase_words(d->name, 1, out, n);
		}
	}
	return 0;
}

void actor_name(const char *code, char *out, size_t n)
{
	size_t i, best = 0, blen = 0;
	const char *rest, *base;
	char dict_name[64];

	if (!code || !*code) {
		snprintf(out, n, "unknown");
		return;
	}
	for (i = 0; i < sizeof(actor_names) / sizeof(actor_names[0]); i++) {
		size_t l = strlen(actor_names[i].code);
		if (l > blen && !strncmp(code, actor_names[i].code, l)) {
			best = i;
			blen = l;
		}
	}
	if (blen) {
		base = actor_names[best].name;
	} else if (code3_name(code, dict_name, sizeof(dict_name))) {
		/* a country the table above leaves out: the dictionaries' name */
		base = dict_name;
		blen = 3;
	} else {
		snprintf(out, n, "%s", code);
		return;
	}
	rest = code + blen;
	if (!*rest) {
		snprintf(out, n, "%s", base);
		return;
	}
	if (roles_name(base, rest, out, n) < 0 && !code_exact_name(code, out, n))
		snprintf(out, n, "%s (%s)", base, code);
}

/* See internal.h. */
void event_actors(const struct stored_event *e, char *out, size_t n)
{
	char an[64], bn[64];
	int has_source = e->source && *e->source, has_target = e->target && *e->target;

	actor_name(e->source, an, sizeof(an));
	actor_name(e->target, bn, sizeof(bn));
	if (!has_target)
		snprintf(out, n, "%s", has_source ? an : "unnamed");
	else
		snprintf(out, n, "%s → %s", has_source ? an : "unnamed", bn);
}

/* See internal.h. */
void event_deed(const char *code, char *out, size_t n)
{
	const struct cameo_info *c = code ? cameo_lookup(code) : NULL;
	if (c && c->name && *c->name)
		snprintf(out, n, "%s (CAMEO %s)", c->name, code);
	else
		snprintf(out, n, "CAMEO %s", code ? code : "?");
}

/* Why names_dict could not be loaded. */
static struct error names_err;

static void names_load(void)
{
	struct dict *d = NULL;
	char dir[4096];
	if (lexicon_find_dir(dir, sizeof(dir)) < 0) {
		(void)error_set(&names_err, ERR_NOTFOUND,
				"the event dictionaries were not found (set BRIEF_DATA to brief's "
				"data/)");
		return;
	}
	if (dict_new(&d, &names_err) < 0)
		return;
	if (lexicon_load_actors(d, dir, &names_err) < 0) {
		dict_free(d);
		return;
	}
	names_dict = d;
}

/* See internal.h. */
int actor_canonical(struct store *st, const char *in, char *out, size_t n, struct error *err)
{
	size_t i, len = strlen(in);
	int code = len > 0, named = 0;

	for (i = 0; i < len && code; i++)
		code = isupper((unsigned char)in[i]) || isdigit((unsigned char)in[i]);
	pthread_once(&names_once, names_load);
	/* capitals are a code (blocks of three letters: IRN, IRNGOV) unless they name an
	 * actor in a length no code has ("NATO", "EU", "US") or an organisation ("ICC") */
	if (names_dict && dict_actor_named(names_dict, in, out, n) == 1 && actor_code_ok(out) &&
	    (!code || (strcmp(out, in) && dict_acronym(in, out))))
		return 1;
	/* a code the dictionaries know (IRN, IR: the start of codes), or one something names;
	 * unreadable dictionaries leave every code in capitals a code */
	if (code && len < n && actor_code_ok(in)) {
		if (names_dict && !dict_code_known(names_dict, in) &&
		    (named = actor_named(st, in, err)) <= 0)
			return named < 0 ? -ERR_DB : -ERR_NOTFOUND;
		memcpy(out, in, len + 1);
		return 0;
	}
	/* a code in another case: its capitals, when something names them */
	if (len > 0 && len < n) {
		for (i = 0; i <= len; i++)
			out[i] = (char)toupper((unsigned char)in[i]);
		if (actor_code_ok(out) && (named = actor_named(st, out, err)) < 0)
			return -ERR_DB;
	}
	if (named > 0)
		return 1;
	/* a name, perhaps, but no dictionary to read it by: the server's fault */
	if (!names_dict)
		return error_set(err, ERR_INTERNAL, "actor names cannot be read: %s",
				 names_err.msg[0] ? names_err.msg
						  : "the event dictionaries failed to load");
	return -ERR_NOTFOUND;
}

/*
 * The edit distance between a and b (ASCII letters compared in lower
 * case), or SIZE_MAX past 63 bytes: how far a mistyped name is from one.
 */
static size_t name_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, row[64];
	if (la > 63 || lb > 63)
		return SIZE_MAX;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t up = row[j], best = diag + (tolower((unsigned char)a[i - 1]) !=
							   tolower((unsigned char)b[j - 1]));
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[lb];
}

/* Whether `name` starts with `in` (three letters or more), in any case. */
static int name_starts(const char *name, const char *in)
{
	size_t n = strlen(in);
	return n >= 3 && strlen(name) > n && !strncasecmp(name, in, n);
}

/* See internal.h. */
int actor_unknown(struct store *st, const char *in, struct error *err)
{
	struct actor_total *t = NULL;
	struct buf msg = BUF_INIT;
	size_t i, n = 0, k, nbest = 0, best[ACTOR_SUGGEST], dist[ACTOR_SUGGEST];
	size_t far = (strlen(in) + 2) / 4;
	struct error terr = { 0 };
	int r;

	/* the stored key actors whose names are a typing slip away, nearest first */
	if (actor_totals(st, NULL, &t, &n, &terr) < 0)
		n = 0; /* no suggestions; the answer is still that no actor has the name */
	for (i = 0; i < n; i++) {
		char name[64];
		size_t d;
		actor_name(t[i].code, name, sizeof(name));
		d = name_distance(in, name);
		if (name_starts(name, in))
			d = 0;
		if (d > far && d > 1)
			continue;
		for (k = nbest; k > 0 && dist[k - 1] > d; k--)
			if (k < ACTOR_SUGGEST) {
				best[k] = best[k - 1];
				dist[k] = dist[k - 1];
			}
		if (k < ACTOR_SUGGEST) {
			best[k] = i;
			dist[k] = d;
			if (nbest < ACTOR_SUGGEST)
				nbest++;
		}
	}
	buf_putf(&msg,
		 "actor: no actor is named '%.60s': give a CAMEO code such as IRN or AFGREB, or a "
		 "name such as Iran or Taliban",
		 in);
	for (i = 0; i < nbest; i++) {
		char name[64];
		actor_name(t[best[i]].code, name, sizeof(name));
		buf_putf(&msg, "%s%s (%s)", i ? ", " : "; did you mean ", name, t[best[i]].code);
	}
	if (nbest)
		buf_putc(&msg, '?');
	free(t);
	if (buf_error(&msg)) {
		buf_release(&msg);
		return error_set(err, ERR_USAGE, "actor: no actor is named '%.60s'", in);
	}
	r = error_set(err, ERR_USAGE, "%s", msg.data);
	buf_release(&msg);
	return r;
}

/* See internal.h. */
int query_actor_code(struct store *st, struct search_query *q, struct error *err)
{
	char code[32];
	char *dup;
	int r;

	if (!q->actor)
		return 0;
	r = actor_canonical(st, q->actor, code, sizeof(code), err);
	if (r == 0)
		return 0; /* a code */
	if (r == -ERR_NOTFOUND) {
		/* what the store reads as a code's start (ir: IRN, IRQ), or no actor at all */
		struct article_list l;
		size_t i, len = strlen(q->actor);
		for (i = 0; i <= len && len < sizeof(code); i++)
			code[i] = (char)toupper((unsigned char)q->actor[i]);
		if (len >= sizeof(code) || !actor_code_ok(code))
			return actor_unknown(st, q->actor, err);
		if ((r = store_actor_latest(st, code, 1, 0, &l, err)) < 0)
			return r;
		r = l.n > 0;
		article_list_release(&l);
		return r ? 0 : actor_unknown(st, q->actor, err);
	}
	if (r < 0)
		return r;
	if (!(dup = strdup(code)))
		return error_nomem(err);
	free(q->actor);
	q->actor = dup;
	return 0;
}

void actor_key(const char *code, char *out, size_t n)
{
	dyad_key(code, out, n);
}

/* Keep the events of `l` between key actors a and b (dyad_member), in order. */
void events_of_dyad(struct stored_event_list *l, const char *a, const char *b)
{
	size_t i, k = 0;
	for (i = 0; i < l->n; i++) {
		struct stored_event *e = &l->items[i];
		if ((dyad_member(e->source, a) && dyad_member(e->target, b)) ||
		    (dyad_member(e->source, b) && dyad_member(e->target, a))) {
			l->items[k++] = *e;
			continue;
		}
		stored_event_release(e);
	}
	l->n = k;
}

int actor_events_filtered(struct store *st, const char *code, const struct search_query *f,
			  size_t max, size_t offset, struct stored_event_list *out,
			  struct error *err)
{
	size_t at = 0, skipped = 0, alloc = 0, i;
	int r = 0;

	memset(out, 0, sizeof(*out));
	/* the code's prefix in chunks, newest first, until `max` of its own are in */
	while (out->n < max) {
		struct stored_event_list l;
		if ((r = store_events_filtered(st, code, NULL, f, ACTOR_CHUNK, at, &l, err)) < 0)
			break;
		at += l.n;
		for (i = 0; i < l.n; i++) {
			struct stored_event *e = &l.items[i];
			if (!actor_event(e, code) || skipped++ < offset || out->n >= max) {
				stored_event_release(e);
				continue;
			}
			if (ARRAY_GROW(out->items, out->n, alloc) < 0) {
				r = error_nomem(err);
				for (; i < l.n; i++)
					stored_event_release(&l.items[i]);
				break;
			}
			out->items[out->n++] = *e;
		}
		free(l.items);
		if (r < 0 || l.n < ACTOR_CHUNK)
			break;
	}
	if (r < 0)
		stored_event_list_release(out);
	return r;
}

int actor_events(struct store *st, const char *code, size_t max, struct stored_event_list *out,
		 struct error *err)
{
	return actor_events_filtered(st, code, NULL, max, 0, out, err);
}

/*
 * 1 when article `id` names one of actor `code`'s codes (dyad_member), 0
 * when it does not, or the error code of a failed read.
 */
static MUST_CHECK int article_of_actor(struct store *st, int64_t id, const char *code,
				       struct error *err)
{
	char **v;
	size_t n, i;
	int yes = 0, r;
	if ((r = store_article_actors(st, id, &v, &n, err)) < 0)
		return r;
	for (i = 0; i < n; i++) {
		yes |= dyad_member(v[i], code);
		free(v[i]);
	}
	free(v);
	return yes;
}

/*
 * Whether item i of a scanned list is its story's one entry: the group's
 * original when the list holds it, else the group's newest member there.
 * grp[] is each item's group (its own id when it has none), ok[] whether it
 * names the actor.
 */
static int story_entry(const struct article_list *l, const int64_t *grp, const unsigned char *ok,
		       size_t i)
{
	size_t j;
	if (l->items[i].id == grp[i])
		return 1;
	for (j = 0; j < l->n; j++)
		if (j != i && ok[j] && grp[j] == grp[i] && (l->items[j].id == grp[j] || j < i))
			return 0;
	return 1;
}

int actor_articles(struct store *st, const char *code, size_t max, struct article_list *out,
		   struct error *err)
{
	size_t i, k = 0;
	int64_t *grp;
	unsigned char *ok;
	int r = 0;

	if ((r = store_actor_latest(st, code, ACTOR_SCAN / 10, 0, out, err)) < 0)
		return r;
	grp = calloc(out->n + 1, sizeof(*grp));
	ok = calloc(out->n + 1, 1);
	if (!grp || !ok)
		r = error_nomem(err);
	/* a story told by several outlets is listed once, as its original */
	for (i = 0; r == 0 && i < out->n; i++) {
		if ((r = article_of_actor(st, out->items[i].id, code, err)) < 0)
			break;
		ok[i] = (unsigned char)r;
		if ((r = store_group_of(st, out->items[i].id, &grp[i], err)) == 0 && !grp[i])
			grp[i] = out->items[i].id;
	}
	for (i = 0; i < out->n; i++) {
		if (r == 0 && k < max && ok[i] && story_entry(out, grp, ok, i))
			out->items[k++] = out->items[i];
		else
			article_release(&out->items[i]);
	}
	out->n = k;
	free(grp);
	free(ok);
	if (r < 0)
		article_list_release(out);
	return r < 0 ? r : 0;
}

static int cmp_sub(const void *x, const void *y)
{
	const struct actor_sub *a = x, *b = y;
	if (a->events != b->events)
		return a->events < b->events ? 1 : -1;
	return strcmp(a->code, b->code);
}

/* Add `code` to v (*nv rows, room for ACTOR_SUBS) unless it is there. */
static void sub_add(struct actor_sub *v, size_t *nv, const char *code)
{
	size_t j;
	for (j = 0; j < *nv && strcmp(v[j].code, code); j++)
		;
	if (j == *nv && *nv < ACTOR_SUBS) {
		snprintf(v[j].code, sizeof(v[j].code), "%s", code);
		v[j].events = 0;
		(*nv)++;
	}
}

/* The events of `l` that are actor a's (either side dyad_member), as its own page counts them. */
static int64_t pairs_events(const struct actor_pair_list *l, const char *a)
{
	int64_t n = 0;
	size_t i;
	for (i = 0; i < l->n; i++)
		if (dyad_member(l->items[i].source, a) || dyad_member(l->items[i].target, a))
			n += l->items[i].events;
	return n;
}

int actor_summary_get(struct store *st, const char *code, struct actor_summary *out,
		      struct error *err)
{
	struct actor_pair_list l;
	size_t i, plen = strlen(code);
	int r;

	memset(out, 0, sizeof(*out));
	if ((r = store_actor_pairs(st, code, &l, err)) < 0)
		return r;
	out->events = pairs_events(&l, code);
	for (i = 0; i < l.n; i++) {
		const char *side[2] = { l.items[i].source, l.items[i].target };
		int k;
		for (k = 0; k < 2; k++) {
			char key[24];
			if (strncmp(side[k], code, plen) || !strcmp(side[k], code) ||
			    !actor_code_ok(side[k]))
				continue;
			if (dyad_member(side[k], code)) {
				sub_add(out->subs, &out->nsubs, side[k]);
			} else {
				dyad_key(side[k], key, sizeof(key));
				sub_add(out->apart, &out->napart, key);
			}
		}
	}
	/* each as its own page counts it, so a link and the page it leads to agree */
	for (i = 0; i < out->nsubs; i++)
		out->subs[i].events = pairs_events(&l, out->subs[i].code);
	for (i = 0; i < out->napart; i++)
		out->apart[i].events = pairs_events(&l, out->apart[i].code);
	actor_pair_list_release(&l);
	qsort(out->subs, out->nsubs, sizeof(out->subs[0]), cmp_sub);
	qsort(out->apart, out->napart, sizeof(out->apart[0]), cmp_sub);
	return 0;
}

static int cmp_events(const void *x, const void *y)
{
	const struct dyad_move *a = x, *b = y;
	if (a->events != b->events)
		return a->events < b->events ? 1 : -1;
	return strcmp(a->a, b->a) ? strcmp(a->a, b->a) : strcmp(a->b, b->b);
}

static double move_of(const struct dyad_move *d)
{
	return d->has_prev ? fabs(d->last_balance - d->prev_balance) : 0;
}

static int cmp_move(const void *x, const void *y)
{
	double a = move_of(x), b = move_of(y);
	if (a != b)
		return a < b ? 1 : -1;
	return cmp_events(x, y);
}

void dyads_sort_by_move(struct dyad_move *v, size_t n)
{
	if (n > 1) /* (v is NULL when there are none, which qsort may not be given) */
		qsort(v, n, sizeof(*v), cmp_move);
}

/*
 * The asserted events between key actors a and b and the sum of their
 * Goldstein scores, counted as dyads_top counts a relationship's row.
 */
static MUST_CHECK int dyad_totals(struct store *st, const char *a, const char *b, int64_t *events,
				  double *sum, struct error *err)
{
	struct actor_pair_list l;
	size_t i;
	int r;

	*events = 0;
	*sum = 0;
	if ((r = store_actor_pairs(st, a, &l, err)) < 0)
		return r;
	for (i = 0; i < l.n; i++) {
		const struct actor_pair *p = &l.items[i];
		if ((dyad_member(p->source, a) && dyad_member(p->target, b)) ||
		    (dyad_member(p->source, b) && dyad_member(p->target, a))) {
			*events += p->events;
			*sum += p->goldstein_sum;
		}
	}
	actor_pair_list_release(&l);
	return 0;
}

int dyads_top(struct store *st, const char *actor, size_t max, struct dyad_move **out, size_t *n,
	      struct error *err)
{
	return dyads_top_filtered(st, actor, NULL, max, out, n, err);
}

int dyads_top_filtered(struct store *st, const char *actor, const struct search_query *f,
		       size_t max, struct dyad_move **out, size_t *n, struct error *err)
{
	struct actor_pair_list l;
	struct dyad_move *v = NULL;
	double *sum = NULL;
	size_t nv = 0, i, j;
	int e;

	*out = NULL;
	*n = 0;
	if ((e = store_actor_pairs_filtered(st, actor, f, &l, err)) < 0)
		return e;
	v = calloc(l.n + 1, sizeof(*v));
	sum = calloc(l.n + 1, sizeof(*sum));
	if (!v || !sum) {
		free(v);
		free(sum);
		actor_pair_list_release(&l);
		return error_nomem(err);
	}
	/* fold the codes into key actors, each pair once whichever way it went */
	for (i = 0; i < l.n; i++) {
		char a[24], b[24];
		actor_key(l.items[i].source, a, sizeof(a));
		actor_key(l.items[i].target, b, sizeof(b));
		if (!strcmp(a, b) || !actor_code_ok(a) || !actor_code_ok(b))
			continue;
		if (strcmp(a, b) > 0) {
			char t[24];
			memcpy(t, a, sizeof(t));
			memcpy(a, b, sizeof(a));
			memcpy(b, t, sizeof(b));
		}
		for (j = 0; j < nv; j++)
			if (!strcmp(v[j].a, a) && !strcmp(v[j].b, b))
				break;
		if (j == nv) {
			memcpy(v[nv].a, a, sizeof(a));
			memcpy(v[nv].b, b, sizeof(b));
			nv++;
		}
		v[j].events += l.items[i].events;
		sum[j] += l.items[i].goldstein_sum;
	}
	actor_pair_list_release(&l);
	for (j = 0; j < nv; j++)
		v[j].balance = v[j].events ? sum[j] / (double)v[j].events : 0;
	free(sum);
	if (!nv) {
		free(v);
		return 0;
	}
	qsort(v, nv, sizeof(*v), cmp_events);
	if (nv > max)
		nv = max;
	/* the latest year against the one with events before it */
	for (j = 0; j < nv; j++) {
		struct dyad_bucket *s;
		size_t ns;
		if ((e = dyad_key_series(st, v[j].a, v[j].b, 1, &s, &ns, err)) < 0) {
			free(v);
			return e;
		}
		if (ns) {
			snprintf(v[j].last, sizeof(v[j].last), "%s", s[ns - 1].period);
			v[j].last_balance = s[ns - 1].mean_goldstein;
		}
		if (ns >= 2) {
			v[j].prev_balance = s[ns - 2].mean_goldstein;
			v[j].has_prev = 1;
		}
		free(s);
	}
	*out = v;
	*n = nv;
	return 0;
}

static int cmp_actor_total(const void *x, const void *y)
{
	const struct actor_total *a = x, *b = y;
	if (a->events != b->events)
		return a->events < b->events ? 1 : -1;
	return strcmp(a->code, b->code);
}

/* See internal.h. */
int actor_totals(struct store *st, const struct search_query *f, struct actor_total **out,
		 size_t *n, struct error *err)
{
	struct actor_pair_list l;
	struct actor_total *t;
	size_t nt = 0, i, j;
	int e;

	*out = NULL;
	*n = 0;
	if ((e = store_actor_pairs_filtered(st, NULL, f, &l, err)) < 0)
		return e;
	if (!(t = calloc(2 * l.n + 1, sizeof(*t)))) {
		actor_pair_list_release(&l);
		return error_nomem(err);
	}
	/* each event once for its source's key and once for its target's, never twice for one */
	for (i = 0; i < l.n; i++) {
		char k[2][24];
		int side;
		actor_key(l.items[i].source, k[0], sizeof(k[0]));
		actor_key(l.items[i].target, k[1], sizeof(k[1]));
		for (side = 0; side < 2; side++) {
			if (!actor_code_ok(k[side]) || (side == 1 && !strcmp(k[0], k[1])))
				continue;
			for (j = 0; j < nt && strcmp(t[j].code, k[side]); j++)
				;
			if (j == nt)
				memcpy(t[nt++].code, k[side], sizeof(t[0].code));
			t[j].events += l.items[i].events;
		}
	}
	actor_pair_list_release(&l);
	qsort(t, nt, sizeof(*t), cmp_actor_total);
	*out = t;
	*n = nt;
	return 0;
}

static void actor_link(struct buf *b, const char *code);

void actors_page(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct actor_total *t;
	struct error err = { 0 };
	struct buf *b = &res->body;
	struct page_head h = { 0 };
	size_t nt, i, from;
	long page;

	if (page_number(req, res, &page) < 0)
		return;
	if (actor_totals(st, NULL, &t, &nt, &err) < 0) {
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	h.title = "Actors";
	h.canonical = "/actors";
	page_begin(b, &h);
	buf_puts(b, "<h1>Actors</h1>\n<p>The countries and armed groups the events name, most "
		    "events first. An actor's page lists its events, partners and articles.</p>\n");
	from = (size_t)(page - 1) * PAGE_SIZE;
	if (!nt)
		buf_puts(b, "<p>No events yet: <code>brief code</code> finds them in the stored "
			    "articles.</p>\n");
	else if (from >= nt)
		buf_puts(b, "<p>This is past the last page.</p>\n");
	else
		buf_puts(b, "<table><thead><tr><th scope=\"col\">Actor</th><th scope=\"col\">"
			    "Code</th><th scope=\"col\" class=\"n\">Events</th></tr></thead>"
			    "<tbody>\n");
	for (i = from; i < nt && i < from + PAGE_SIZE; i++) {
		buf_puts(b, "<tr><td>");
		actor_link(b, t[i].code);
		buf_puts(b, "</td><td>");
		html_escape(b, t[i].code);
		buf_putf(b, "</td><td class=\"n\">%lld</td></tr>\n", (long long)t[i].events);
	}
	if (from < nt)
		buf_puts(b, "</tbody></table>\n");
	pager_html(b, "/actors", page, nt > from + PAGE_SIZE, "Previous", "Next");
	page_end(b);
	free(t);
	res->status = 200;
}

static int event_asserted(const struct stored_event *e)
{
	return !e->negated && (!e->modality || !strcmp(e->modality, "asserted"));
}

static int str_same(const char *a, const char *b)
{
	return !strcmp(a ? a : "", b ? b : "");
}

/*
 * Whether the asserted event `e`, item i of `l`, tells again a deed another
 * of `l` tells (ids read as their absolute values: a fold marks by sign).
 */
static int event_told_in_article(const struct stored_event_list *l, size_t i)
{
	const struct stored_event *e = &l->items[i];
	size_t j;
	if (!event_asserted(e))
		return 0;
	for (j = 0; j < l->n; j++) {
		const struct stored_event *c = &l->items[j];
		if (j == i || !event_asserted(c))
			continue;
		if (llabs(c->id) < llabs(e->id) && str_same(c->code, e->code) &&
		    str_same(c->date, e->date) &&
		    ((str_same(c->source, e->source) && str_same(c->target, e->target)) ||
		     (str_same(c->source, e->target) && str_same(c->target, e->source))))
			return 1;
		if (event_refines(c, e))
			return 1;
	}
	return 0;
}

/* See internal.h. */
void events_fold_in_article(struct stored_event_list *l)
{
	size_t i, k = 0;
	/* each event read against all the others, as the store's SQL reads every row */
	for (i = 0; i < l->n; i++)
		if (event_told_in_article(l, i))
			l->items[i].id = -l->items[i].id;
	for (i = 0; i < l->n; i++) {
		if (l->items[i].id < 0) {
			stored_event_release(&l->items[i]);
			continue;
		}
		l->items[k++] = l->items[i];
	}
	l->n = k;
}

/* See internal.h: what makes /actor/CODE a page and not a 404. */
int actor_named(struct store *st, const char *code, struct error *err)
{
	struct article_list l;
	struct stored_event_list ev;
	struct actor_summary sum;
	int named;

	if (actor_events(st, code, 1, &ev, err) < 0)
		return -1;
	named = ev.n > 0;
	stored_event_list_release(&ev);
	if (named)
		return 1;
	if (actor_articles(st, code, 1, &l, err) < 0)
		return -1;
	named = l.n > 0;
	article_list_release(&l);
	if (named)
		return 1;
	if (actor_summary_get(st, code, &sum, err) < 0)
		return -1;
	return sum.nsubs || sum.napart;
}

/* A link to a dyad's timeline, named by its two actors, in the order /dyads lists them. */
static void dyad_link(struct buf *b, const char *a, const char *c)
{
	char an[64], cn[64];
	actor_name(a, an, sizeof(an));
	actor_name(c, cn, sizeof(cn));
	buf_puts(b, "<a href=\"/dyad/");
	url_encode(b, strcmp(a, c) < 0 ? a : c);
	buf_putc(b, '/');
	url_encode(b, strcmp(a, c) < 0 ? c : a);
	buf_puts(b, "\">");
	html_escape(b, an);
	buf_puts(b, " – ");
	html_escape(b, cn);
	buf_puts(b, "</a>");
}

static void actor_link(struct buf *b, const char *code)
{
	char name[64];
	actor_name(code, name, sizeof(name));
	buf_puts(b, "<a href=\"/actor/");
	url_encode(b, code);
	buf_puts(b, "\">");
	html_escape(b, name);
	buf_puts(b, "</a>");
}

/*
 * "Also reported by" and links to the other articles that told the deed
 * of `e` (corpus/dyads.h's event_copies), each named by its outlet.
 */
static void event_copies_html(struct store *st, struct buf *b, const struct stored_event *e)
{
	struct article_list c;
	size_t i;
	int r;

	if ((r = event_copies(st, e, &c, NULL)) < 0) {
		(void)buf_fail(b, r); /* a failed read fails the page */
		return;
	}
	if (!c.n) {
		article_list_release(&c);
		return;
	}
	buf_puts(b, "<p class=\"meta\">Also reported by ");
	for (i = 0; i < c.n; i++) {
		char name[128];
		outlet_display(c.items[i].source, c.items[i].source_url, c.items[i].url, name,
			       sizeof(name));
		if (i)
			buf_puts(b, i + 1 == c.n ? " and " : ", ");
		buf_putf(b, "<a href=\"/article/%lld\">", (long long)c.items[i].id);
		html_escape(b, name);
		buf_puts(b, "</a>");
	}
	buf_puts(b, "</p>");
	article_list_release(&c);
}

/*
 * An event's score, date, actors and deed as one line: the deed by its label
 * and CAMEO code when `with_code`, else by its label alone (none for a code
 * the table does not know).
 */
static void event_meta(struct buf *b, const struct stored_event *e, int with_code)
{
	char who[EVENT_WORDS], deed[EVENT_WORDS];
	const struct cameo_info *c = e->code ? cameo_lookup(e->code) : NULL;
	event_actors(e, who, sizeof(who));
	buf_putf(b, "<p class=\"meta deed\"><span class=\"%s\">%+.1f</span> · ",
		 e->goldstein >= 0 ? "coop" : "conf", e->goldstein);
	html_escape(b, e->date ? e->date : "undated");
	buf_puts(b, " · ");
	html_escape(b, who);
	if (with_code) {
		event_deed(e->code, deed, sizeof(deed));
		buf_puts(b, " · ");
		html_escape(b, deed);
	} else if (c && c->name && *c->name) {
		buf_puts(b, " · ");
		html_escape(b, c->name);
	}
	buf_puts(b, "</p>");
}

/*
 * One list item for the events `l->items[at[0..n)]`, coded from one sentence:
 * the line of each (event_meta), the sentence once, its article, and the
 * other outlets that told them (each different list once).
 */
#define SENTENCE_EVENTS 8
static void event_item(struct store *st, struct buf *b, const struct stored_event_list *l,
		       const size_t *at, size_t n, int with_code)
{
	const struct stored_event *e = &l->items[at[0]];
	struct buf told[SENTENCE_EVENTS];
	size_t i, k, ntold = 0;

	buf_puts(b, "<li>");
	for (i = 0; i < n; i++)
		event_meta(b, &l->items[at[i]], with_code);
	if (e->evidence) {
		buf_puts(b, "<blockquote class=\"ev\">");
		html_escape(b, e->evidence);
		buf_puts(b, "</blockquote>");
	}
	buf_putf(b, "<p class=\"meta\">Article: <a href=\"/article/%lld\">",
		 (long long)e->article_id);
	html_escape(b, e->title ? e->title : "the article");
	buf_puts(b, "</a></p>");
	for (i = 0; i < n; i++) {
		buf_init(&told[ntold], 0);
		event_copies_html(st, &told[ntold], &l->items[at[i]]);
		if (buf_error(&told[ntold]))
			(void)buf_fail(b, buf_error(&told[ntold]));
		for (k = 0; k < ntold; k++)
			if (told[k].len == told[ntold].len &&
			    (!told[k].len || !memcmp(told[k].data, told[ntold].data, told[k].len)))
				break;
		if (k < ntold || !told[ntold].len) {
			buf_release(&told[ntold]);
			continue;
		}
		buf_put(b, told[ntold].data, told[ntold].len);
		ntold++;
	}
	for (k = 0; k < ntold; k++)
		buf_release(&told[k]);
	buf_puts(b, "</li>\n");
}

/* See internal.h. */
int event_same_sentence(const struct stored_event *a, const struct stored_event *b)
{
	return a->article_id == b->article_id && a->sentence == b->sentence && a->evidence &&
	       b->evidence && !strcmp(a->evidence, b->evidence);
}

/*
 * The events `l->items[idx[0..n)]` as list items, in order, the events of one
 * sentence in one item (at the place of its first, up to SENTENCE_EVENTS of
 * them): its sentence is shown once.
 */
static void events_items(struct store *st, struct buf *b, const struct stored_event_list *l,
			 const size_t *idx, size_t n, int with_code)
{
	unsigned char *shown = calloc(n ? n : 1, 1);
	size_t i, j, at[SENTENCE_EVENTS], k;

	if (!shown) {
		(void)buf_fail(b, -ERR_NOMEM);
		return;
	}
	for (i = 0; i < n; i++) {
		if (shown[i])
			continue;
		k = 0;
		for (j = i; j < n && k < SENTENCE_EVENTS; j++)
			if (!shown[j] &&
			    (j == i || event_same_sentence(&l->items[idx[i]], &l->items[idx[j]]))) {
				shown[j] = 1;
				at[k++] = idx[j];
			}
		event_item(st, b, l, at, k, with_code);
	}
	free(shown);
}

/* The events of `l` as a list, with their deeds (events_items). */
static void events_list(struct store *st, struct buf *b, const struct stored_event_list *l)
{
	size_t *idx = malloc((l->n ? l->n : 1) * sizeof(*idx)), i;

	if (!idx) {
		(void)buf_fail(b, -ERR_NOMEM);
		return;
	}
	for (i = 0; i < l->n; i++)
		idx[i] = i;
	buf_puts(b, "<ol class=\"list\">\n");
	events_items(st, b, l, idx, l->n, 1);
	buf_puts(b, "</ol>\n");
	free(idx);
}

/*
 * What a period was on balance: the sign of its mean Goldstein score as
 * the number beside the word shows it (a mean that rounds to 0.0 is
 * neutral). The counts beside it are of CAMEO's cooperation and conflict
 * classes, which the mean may outweigh: a few mild words of cooperation
 * and one strike make a conflictual year.
 */
static const char *balance_word(double mean)
{
	return mean >= 0.05 ? "cooperative" : mean <= -0.05 ? "conflictual" : "neutral";
}

/*
 * The timeline: for each period a bar up for cooperation (verbal, then
 * material) and down for conflict, and the mean Goldstein score as a line
 * (-10 at the bottom, +10 at the top). Labels under every few bars.
 */
static void timeline_svg(struct buf *b, const struct dyad_bucket *s, size_t n, const char *label)
{
	const int W = 720, H = 260, top = 20, mid = 130, bottom = 240, left = 34;
	double maxc = 1, bw;
	size_t i, every;
	int first;

	for (i = 0; i < n; i++) {
		double c = (double)(s[i].quad[0] + s[i].quad[1]);
		double k = (double)(s[i].quad[2] + s[i].quad[3]);
		if (c > maxc)
			maxc = c;
		if (k > maxc)
			maxc = k;
	}
	bw = (double)(W - left - 10) / (double)(n ? n : 1);
	every = n > 16 ? (n + 9) / 10 : 1;
	buf_putf(b,
		 "<svg class=\"timeline\" viewBox=\"0 0 %d %d\" role=\"img\" "
		 "aria-labelledby=\"svgt svgd\"><title id=\"svgt\">",
		 W, H + 20);
	html_escape(b, label);
	buf_puts(b, "</title><desc id=\"svgd\">Bars above the line count cooperative events, "
		    "bars below conflictual ones; the dark line is the mean Goldstein score from "
		    "-10 to +10, which says whether a period was cooperative or conflictual on "
		    "balance.</desc>\n");
	buf_putf(b, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", left, mid,
		 W - 10, mid);
	buf_putf(b,
		 "<text class=\"lbl\" x=\"2\" y=\"%d\">+10</text>"
		 "<text class=\"lbl\" x=\"2\" y=\"%d\">0</text>"
		 "<text class=\"lbl\" x=\"2\" y=\"%d\">-10</text>\n",
		 top + 4, mid + 4, bottom + 4);
	for (i = 0; i < n; i++) {
		double x = left + bw * (double)i + bw * 0.15, w = bw * 0.7;
		double c = (double)(s[i].quad[0] + s[i].quad[1]);
		double k = (double)(s[i].quad[2] + s[i].quad[3]);
		double hc = c / maxc * (mid - top), hk = k / maxc * (bottom - mid);
		if (s[i].events)
			buf_putf(b,
				 "<g><title>%s: %lld event%s, mean %+.1f, %s on balance (%lld of "
				 "cooperation, %lld of conflict)</title>",
				 s[i].period, (long long)s[i].events, s[i].events == 1 ? "" : "s",
				 s[i].mean_goldstein, balance_word(s[i].mean_goldstein),
				 (long long)c, (long long)k);
		else
			buf_putf(b, "<g><title>%s: no events</title>", s[i].period);
		if (hc > 0)
			buf_putf(b,
				 "<rect class=\"coop\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
				 "height=\"%.1f\"/>",
				 x, mid - hc, w, hc);
		if (hk > 0)
			buf_putf(b,
				 "<rect class=\"conf\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
				 "height=\"%.1f\"/>",
				 x, mid, w, hk);
		buf_puts(b, "</g>");
		/* the last period is always named; a regular label too close to it is not */
		if ((i % every == 0 && n - 1 - i >= every) || i + 1 == n)
			buf_putf(b, "<text class=\"lbl\" x=\"%.1f\" y=\"%d\">%s</text>", x, H + 14,
				 s[i].period);
	}
	buf_puts(b, "\n<polyline class=\"bal\" points=\"");
	for (i = 0, first = 1; i < n; i++) {
		if (!s[i].events)
			continue;
		buf_putf(b, "%s%.1f,%.1f", first ? "" : " ", left + bw * ((double)i + 0.5),
			 mid - s[i].mean_goldstein / 10.0 * (mid - top));
		first = 0;
	}
	buf_puts(b, "\"/>");
	for (i = 0; i < n; i++)
		if (s[i].events)
			buf_putf(b, "<circle class=\"dot\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/>",
				 left + bw * ((double)i + 0.5),
				 mid - s[i].mean_goldstein / 10.0 * (mid - top));
	buf_puts(b, "</svg>\n");
}

/* The next period after "YYYY" or "YYYY-MM". */
static void period_next(char *p, size_t n)
{
	unsigned y = (unsigned)atoi(p) % 10000, m = 0;
	if (strlen(p) >= 7) {
		m = (unsigned)atoi(p + 5) % 12 + 1;
		if (m == 1)
			y = (y + 1) % 10000;
		snprintf(p, n, "%04u-%02u", y, m);
	} else {
		snprintf(p, n, "%04u", (y + 1) % 10000);
	}
}

/*
 * The series with the periods that had no events put in, so the timeline's
 * axis is time; NULL when it would be longer than `max`.
 */
static struct dyad_bucket *series_filled(const struct dyad_bucket *s, size_t n, size_t max,
					 size_t *out_n)
{
	struct dyad_bucket *v;
	char p[8];
	size_t i = 0, k = 0;

	*out_n = 0;
	if (!n || !(v = calloc(max, sizeof(*v))))
		return NULL;
	snprintf(p, sizeof(p), "%s", s[0].period);
	while (k < max) {
		if (i < n && !strcmp(s[i].period, p)) {
			v[k++] = s[i++];
		} else {
			memset(&v[k], 0, sizeof(v[k]));
			memcpy(v[k].period, p, sizeof(p));
			k++;
		}
		if (i == n)
			break;
		period_next(p, sizeof(p));
	}
	if (i < n) {
		free(v);
		return NULL;
	}
	*out_n = k;
	return v;
}

void dyad_page(struct store *st, const char *a, const char *c, struct web_response *res)
{
	struct dyad_bucket *s = NULL;
	struct stored_event_list ev;
	struct error err = { 0 };
	struct buf *b = &res->body, title = BUF_INIT, canon = BUF_INIT, feed = BUF_INIT;
	struct page_head h = { 0 };
	char an[64], cn[64];
	size_t n = 0, i;
	int64_t total = 0, all = 0;
	double sum = 0, allsum = 0;
	int by_year = 1;

	if (dyad_key_series(st, a, c, 0, &s, &n, &err) < 0) {
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	/* by month when the events span three years or less, else by year */
	if (n && atoi(s[n - 1].period) - atoi(s[0].period) <= 2) {
		by_year = 0;
	} else {
		free(s);
		s = NULL;
		if (dyad_key_series(st, a, c, 1, &s, &n, &err) < 0) {
			set_error(res, 500, "Server error", err.msg);
			return;
		}
	}
	if (store_events_page(st, a, c, 1000, 0, &ev, &err) < 0) {
		free(s);
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	/* the same count and balance as the relationship's row in /dyads */
	if (dyad_totals(st, a, c, &all, &allsum, &err) < 0) {
		stored_event_list_release(&ev);
		free(s);
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	events_of_dyad(&ev, a, c);
	if (ev.n > 200) {
		struct stored_event_list more = { ev.items + 200, ev.n - 200 };
		for (i = 0; i < more.n; i++)
			stored_event_release(&more.items[i]);
		ev.n = 200;
	}
	/* no events: a 404 when one of the two is named by nothing, as its own page is */
	if (!all && !ev.n && !n) {
		int ka = actor_named(st, a, &err), kc = ka > 0 ? actor_named(st, c, &err) : 0;
		if (ka < 0 || kc < 0) {
			stored_event_list_release(&ev);
			free(s);
			set_error(res, 500, "Server error", err.msg);
			return;
		}
		if (!ka || !kc) {
			stored_event_list_release(&ev);
			free(s);
			set_error(res, 404, "Not found",
				  "No article or event names one of these actors.");
			return;
		}
	}
	actor_name(a, an, sizeof(an));
	actor_name(c, cn, sizeof(cn));
	buf_putf(&title, "%s and %s", an, cn);
	buf_puts(&canon, "/dyad/");
	url_encode(&canon, a);
	buf_putc(&canon, '/');
	url_encode(&canon, c);
	buf_putf(&feed, "%s.atom", canon.data);
	h.title = title.data;
	h.canonical = canon.data;
	h.feed = feed.data;
	h.desc = "Cooperation and conflict between the two, event by event.";
	page_begin_h1(b, &h);
	for (i = 0; i < n; i++) {
		total += s[i].events;
		sum += s[i].mean_goldstein * (double)s[i].events;
	}
	buf_puts(b, "<p class=\"meta\">");
	actor_link(b, a);
	buf_puts(b, " · ");
	actor_link(b, c);
	buf_putf(b, " · %lld event%s", (long long)all, all == 1 ? "" : "s");
	if (all)
		buf_putf(b, ", mean Goldstein balance %+.1f", allsum / (double)all);
	buf_putf(b, " · %lld of them dated by %s", (long long)total, by_year ? "year" : "month");
	if (total)
		buf_putf(b, ", mean %+.1f", sum / (double)total);
	buf_puts(b, " · <a href=\"");
	html_escape(b, feed.data);
	buf_puts(b, "\">Atom feed</a></p>\n");
	if (n) {
		size_t nf;
		struct dyad_bucket *f = series_filled(s, n, 400, &nf);
		buf_putf(b, "<h2>Cooperation and conflict by %s</h2>\n",
			 by_year ? "year" : "month");
		timeline_svg(b, f ? f : s, f ? nf : n, title.data);
		free(f);
		buf_puts(b, "<table><caption class=\"vh\">Events by period</caption><thead><tr>"
			    "<th scope=\"col\">Period</th><th scope=\"col\" class=\"n\">Events</th>"
			    "<th scope=\"col\" class=\"n\">Cooperation</th><th scope=\"col\" "
			    "class=\"n\">Conflict</th>"
			    "<th scope=\"col\" class=\"n\">Balance</th></tr></thead><tbody>\n");
		for (i = n; i-- > 0;)
			buf_putf(b,
				 "<tr><td>%s</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td>"
				 "<td class=\"n\">%lld</td><td class=\"n\">%+.1f %s</td></tr>\n",
				 s[i].period, (long long)s[i].events,
				 (long long)(s[i].quad[0] + s[i].quad[1]),
				 (long long)(s[i].quad[2] + s[i].quad[3]), s[i].mean_goldstein,
				 balance_word(s[i].mean_goldstein));
		buf_puts(b, "</tbody></table>\n");
	} else {
		buf_puts(b, "<p>No dated events between these two yet.</p>\n");
	}
	buf_putf(b, "<h2>Events, newest first</h2>\n");
	if (!ev.n)
		buf_puts(b, "<p>No events found between these two.</p>\n");
	events_list(st, b, &ev);
	page_end(b);
	stored_event_list_release(&ev);
	free(s);
	buf_release(&title);
	buf_release(&canon);
	buf_release(&feed);
	res->status = 200;
}

/* A line of links to actors with their events: an actor's sub-actors, or those apart. */
static void actor_subs_html(struct buf *b, const char *label, const struct actor_sub *v, size_t n)
{
	size_t i;
	if (!n)
		return;
	buf_putf(b, "<p class=\"meta\">%s: ", label);
	for (i = 0; i < n; i++) {
		if (i)
			buf_puts(b, " · ");
		actor_link(b, v[i].code);
		buf_putf(b, " (%lld)", (long long)v[i].events);
	}
	buf_puts(b, "</p>\n");
}

void actor_page(struct store *st, const char *code, struct web_response *res)
{
	struct article_list l;
	struct stored_event_list ev;
	struct dyad_move *d = NULL;
	struct error err = { 0 };
	struct buf *b = &res->body, canon = BUF_INIT, feed = BUF_INIT;
	struct page_head h = { 0 };
	struct actor_summary sum;
	char name[64], key[24];
	size_t nd = 0, i;
	int r;

	memset(&ev, 0, sizeof(ev));
	if (actor_articles(st, code, 20, &l, &err) < 0) {
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	if (actor_events(st, code, 30, &ev, &err) < 0 ||
	    actor_summary_get(st, code, &sum, &err) < 0) {
		article_list_release(&l);
		stored_event_list_release(&ev);
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	if (!l.n && !ev.n && !sum.nsubs && !sum.napart) {
		article_list_release(&l);
		stored_event_list_release(&ev);
		set_error(res, 404, "Not found", "No article or event names this actor.");
		return;
	}
	actor_name(code, name, sizeof(name));
	actor_key(code, key, sizeof(key));
	buf_puts(&canon, "/actor/");
	url_encode(&canon, code);
	buf_putf(&feed, "%s.atom", canon.data);
	h.title = name;
	h.canonical = canon.data;
	h.feed = feed.data;
	page_begin_h1(b, &h);
	buf_puts(b, "<p class=\"meta\">Actor code ");
	html_escape(b, code);
	buf_putf(b, " · %lld event%s · <a href=\"", (long long)sum.events,
		 sum.events == 1 ? "" : "s");
	html_escape(b, feed.data);
	buf_puts(b, "\">Atom feed</a></p>\n");
	actor_subs_html(b, "Includes", sum.subs, sum.nsubs);
	actor_subs_html(b, "Counted apart", sum.apart, sum.napart);
	if ((r = dyads_top(st, code, 12, &d, &nd, NULL)) < 0)
		(void)buf_fail(b, r); /* a failed read fails the page */
	if (nd) {
		buf_puts(b, "<h2>Top partners</h2>\n<ul>\n");
		for (i = 0; i < nd; i++) {
			const char *other = strcmp(d[i].a, key) ? d[i].a : d[i].b;
			if (strcmp(d[i].a, key) && strcmp(d[i].b, key))
				continue;
			buf_puts(b, "<li>");
			dyad_link(b, key, other);
			buf_putf(b,
				 " <span class=\"meta\">%lld event%s, balance %+.1f</span></li>\n",
				 (long long)d[i].events, d[i].events == 1 ? "" : "s", d[i].balance);
		}
		buf_puts(b, "</ul>\n");
	}
	free(d);
	buf_puts(b, "<h2>Recent articles</h2>\n");
	article_list_html(st, b, l.items, l.n);
	buf_puts(b, "<h2>Recent events</h2>\n");
	if (!ev.n)
		buf_puts(b, "<p>No events found for this actor.</p>\n");
	events_list(st, b, &ev);
	page_end(b);
	article_list_release(&l);
	stored_event_list_release(&ev);
	buf_release(&canon);
	buf_release(&feed);
	res->status = 200;
}

void dyads_page(struct store *st, struct web_response *res)
{
	struct dyad_move *d;
	struct buf *b = &res->body;
	struct page_head h = { 0 };
	struct error err = { 0 };
	size_t n, i;

	if (dyads_top(st, NULL, 200, &d, &n, &err) < 0) {
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	h.title = "Relationships";
	h.canonical = "/dyads";
	page_begin(b, &h);
	buf_puts(b, "<h1>Relationships</h1>\n<p>Pairs of actors by the events found between "
		    "them. The balance is the mean Goldstein score: from -10 (most "
		    "conflictual) to +10 (most cooperative).</p>\n");
	if (!n)
		buf_puts(b, "<p>No events yet: <code>brief code</code> finds them in the stored "
			    "articles.</p>\n");
	else
		buf_puts(b, "<table><thead><tr><th scope=\"col\">Relationship</th>"
			    "<th scope=\"col\" class=\"n\">Events</th><th scope=\"col\" "
			    "class=\"n\">Balance</th>"
			    "<th scope=\"col\">Latest year</th></tr></thead><tbody>\n");
	for (i = 0; i < n; i++) {
		buf_puts(b, "<tr><td>");
		dyad_link(b, d[i].a, d[i].b);
		buf_putf(b, "</td><td class=\"n\">%lld</td><td class=\"n\">%+.1f</td><td>",
			 (long long)d[i].events, d[i].balance);
		if (d[i].last[0])
			buf_putf(b, "%s (%+.1f)", d[i].last, d[i].last_balance);
		buf_puts(b, "</td></tr>\n");
	}
	if (n)
		buf_puts(b, "</tbody></table>\n");
	page_end(b);
	free(d);
	res->status = 200;
}

/*
 * Whether `e` (of syndication group `group`) tells again an event of
 * `seen` (its date and code between its two, either way round): copies of
 * one story code the same sentence once each, and a meeting or a war is
 * coded both ways round.
 */
static int event_told(const struct event_seen *seen, size_t n, int64_t group,
		      const struct stored_event *e)
{
	const char *src = e->source ? e->source : "", *tgt = e->target ? e->target : "";
	size_t i;
	for (i = 0; i < n; i++)
		if (seen[i].group == group && !strcmp(seen[i].code, e->code ? e->code : "") &&
		    !strcmp(seen[i].date, e->date ? e->date : "") &&
		    ((!strcmp(seen[i].a, src) && !strcmp(seen[i].b, tgt)) ||
		     (!strcmp(seen[i].a, tgt) && !strcmp(seen[i].b, src))))
			return 1;
	return 0;
}

int event_first_told(struct store *st, struct event_seen *seen, size_t *n, size_t cap,
		     const struct stored_event *e, struct error *err)
{
	int64_t group = 0;
	int r;
	if ((r = store_group_of(st, e->article_id, &group, err)) < 0)
		return r;
	if (!group)
		group = e->article_id;
	if (event_told(seen, *n, group, e))
		return 0;
	if (*n < cap) {
		seen[*n].group = group;
		seen[*n].a = e->source ? e->source : "";
		seen[*n].b = e->target ? e->target : "";
		seen[*n].code = e->code ? e->code : "";
		seen[*n].date = e->date ? e->date : "";
		(*n)++;
	}
	return 1;
}

int key_events_pick(struct store *st, struct stored_event_list *evl, size_t *idx, size_t max,
		    size_t *out_n, struct error *err)
{
	struct stored_event_list ev = *evl;
	struct event_seen seen[KEY_EVENTS];
	size_t i, nseen = 0, n = 0;
	int r = 0;

	if (max > KEY_EVENTS)
		max = KEY_EVENTS;
	/* the most weight (|Goldstein|) first, each deed told once */
	while (nseen < max && ev.n) {
		size_t best = ev.n;
		for (i = 0; i < ev.n; i++)
			if (ev.items[i].id > 0 &&
			    (best == ev.n ||
			     fabs(ev.items[i].goldstein) > fabs(ev.items[best].goldstein)))
				best = i;
		if (best == ev.n)
			break;
		if ((r = event_first_told(st, seen, &nseen, max, &ev.items[best], err)) < 0)
			break;
		if (r)
			idx[n++] = best;
		ev.items[best].id = -ev.items[best].id; /* taken */
	}
	for (i = 0; i < ev.n; i++)
		if (ev.items[i].id < 0)
			ev.items[i].id = -ev.items[i].id;
	*out_n = r < 0 ? 0 : n;
	return r < 0 ? r : 0;
}

void key_events_html(struct store *st, struct buf *b, struct stored_event_list *evl)
{
	size_t idx[KEY_EVENTS], n;
	int r;

	buf_puts(b, "<h2>Key events</h2>\n<ol class=\"list\">\n");
	if ((r = key_events_pick(st, evl, idx, KEY_EVENTS, &n, NULL)) < 0)
		(void)buf_fail(b, r); /* a failed read fails the page */
	events_items(st, b, evl, idx, n, 0);
	buf_puts(b, "</ol>\n");
}

void briefing_page(struct store *st, struct web_response *res)
{
	struct search_results l;
	struct stored_event_list ev;
	struct dyad_move *d = NULL;
	struct buf *b = &res->body;
	struct page_head h = { 0 };
	struct error err = { 0 };
	size_t i, nd = 0, shown = 0;
	int r;

	if (store_latest_groups(st, BRIEFING_GROUPS, 0, &l, &err) < 0) {
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	if (store_events_page(st, NULL, NULL, BRIEFING_EVENTS, 0, &ev, &err) < 0) {
		search_results_release(&l);
		set_error(res, 500, "Server error", err.msg);
		return;
	}
	h.title = "Briefing";
	h.canonical = "/briefing";
	h.feed = "/feed.atom";
	page_begin(b, &h);
	buf_puts(b, "<h1>Briefing</h1>\n<p>The latest stories, the weightiest recent events and "
		    "the relationships that shifted, each linked to the article it comes "
		    "from.</p>\n<h2>Top stories</h2>\n<ol class=\"list\">\n");
	for (i = 0; i < l.n && shown < BRIEFING_STORIES; i++) {
		const struct article *a = &l.items[i].a;
		char name[128];
		if (!a->published)
			continue;
		outlet_display(a->source, a->source_url, a->url, name, sizeof(name));
		buf_putf(b, "<li><a class=\"t\" href=\"/article/%lld\">", (long long)a->id);
		html_escape(b, a->title);
		buf_puts(b, "</a><p class=\"meta\">");
		html_escape(b, name);
		buf_puts(b, " · ");
		date_human(b, a->published, 0);
		if (l.items[i].copies)
			buf_putf(b, " · %zu more outlet%s", l.items[i].copies,
				 l.items[i].copies == 1 ? "" : "s");
		buf_puts(b, "</p>");
		if (a->description) {
			buf_puts(b, "<p class=\"desc\">");
			html_escape(b, a->description);
			buf_puts(b, "</p>");
		}
		buf_puts(b, "</li>\n");
		shown++;
	}
	buf_puts(b, "</ol>\n");
	/* earlier periods: day by day from the latest dated story */
	for (i = 0; i < l.n; i++)
		if (l.items[i].a.published && strlen(l.items[i].a.published) >= 10) {
			buf_putf(b,
				 "<nav class=\"pager\" aria-label=\"Periods\"><a rel=\"prev\" "
				 "href=\"/briefing/%.10s\">Day by day, from ",
				 l.items[i].a.published);
			date_human(b, l.items[i].a.published, 0);
			buf_puts(b, "</a></nav>\n");
			break;
		}
	key_events_html(st, b, &ev);
	if ((r = dyads_top(st, NULL, BRIEFING_DYADS, &d, &nd, NULL)) < 0)
		(void)buf_fail(b, r); /* a failed read fails the page */
	if (nd) {
		dyads_sort_by_move(d, nd);
		buf_puts(b, "<h2>Relationships that shifted</h2>\n<ul>\n");
		for (i = 0; i < nd && i < 8; i++) {
			if (!d[i].has_prev)
				continue;
			buf_puts(b, "<li>");
			dyad_link(b, d[i].a, d[i].b);
			buf_putf(b, ": %s balance %+.1f against %+.1f before</li>\n", d[i].last,
				 d[i].last_balance, d[i].prev_balance);
		}
		buf_puts(b, "</ul>\n");
	}
	free(d);
	page_end(b);
	search_results_release(&l);
	stored_event_list_release(&ev);
	res->status = 200;
}
