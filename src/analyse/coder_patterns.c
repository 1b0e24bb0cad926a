/*
 * coder_patterns.c: a verb's patterns (the words and synonym sets that follow it)
 * matched against the sentence, and how far an object or complement reaches.
 */
#include "analyse/coder_internal.h"

#include "util/banned.h"

/* ---- patterns ---- */

static int word_match(const struct coder *c, int i, int32_t id)
{
	return (size_t)i < c->n && i >= 0 && (c->wid[i] == id || c->alt[i] == id);
}

/* length of the synset member at token i, 0 if none */
int coder_syn_match(const struct coder *c, int i, int32_t syn)
{
	const struct dict *d = c->d;
	int k, best = 0;
	if (syn < 0)
		return 0;
	for (k = 0; k < d->syns[syn].n; k++) {
		const struct dphrase *ph = &d->members[d->syns[syn].first + k];
		int j;
		for (j = 0; j < ph->n; j++)
			if (!word_match(c, i + j, d->seq[ph->off + j]))
				break;
		if (j == ph->n && ph->n > best)
			best = ph->n;
	}
	return best;
}

static int el_match(const struct coder *c, int i, const struct pel *e)
{
	if (e->type == PE_WORD)
		return word_match(c, i, e->id) ? 1 : 0;
	return coder_syn_match(c, i, e->id);
}

int coder_clause_end(const struct coder *c, int from)
{
	int i;
	for (i = from; (size_t)i < c->n; i++)
		if (is_boundary(c, i))
			return i;
	return (int)c->n;
}

/*
 * Token j is "to" and a verb of repression or coercion (17x: quell, crush,
 * disperse, contain) follows: what comes after is that verb's object.
 */
/* token i's verb is one of repression or coercion (17x), remembered for the
 * sentence (match_pattern asks at each "to" it passes) */
static int repress_verb(struct coder *c, int i)
{
	if (c->repress[i] < 0) {
		const struct dverb *v = coder_word_verb(c, i);
		c->repress[i] = (int8_t)(v && !strncmp(coder_verb_code(c->d, v), "17", 2));
	}
	return c->repress[i];
}

static int repress_inf(struct coder *c, int j)
{
	if (!(c->fc[j] & FC_TO) || (size_t)j + 1 >= c->n || !c->is_verb[j + 1])
		return 0;
	return repress_verb(c, j + 1);
}

/*
 * Token j is a verb that stops or puts off what follows it (suspend, halt,
 * stop, end, cease, ...): "announced they had suspended attacks on" -- the
 * attacks are that verb's object, suspended, not the announcement's.
 */
static int halting_verb_at(const struct coder *c, int j);

/* halting_verb_at(), remembered for the sentence (so the coder is not const) */
static int halting_verb(struct coder *c, int j)
{
	if (c->halting[j] < 0)
		c->halting[j] = (int8_t)halting_verb_at(c, j);
	return c->halting[j];
}

/* token j is a form of a verb that stops or puts off (suspend, halt, stop,
 * end, cease, pause, abandon, cancel, postpone), used as a verb or not */
int coder_halting_word(const struct coder *c, int j)
{
	static const char *const halt[] = { "suspend", "halt",    "stop",   "end",     "cease",
					    "pause",   "abandon", "cancel", "postpone" };
	const struct dict *d = c->d;
	int32_t node = -1, p;
	if (j < 0 || (size_t)j >= c->n)
		return 0;
	if (c->wid[j] >= 0)
		node = dict_child(d, 0, c->wid[j]);
	if (node < 0 && c->alt[j] >= 0)
		node = dict_child(d, 0, c->alt[j]);
	for (p = node < 0 ? -1 : d->node_pay[node]; p >= 0; p = d->pays[p].next) {
		const struct dverb *v;
		if (d->pays[p].kind != PAY_VERB)
			continue;
		v = &d->verbs[d->pays[p].idx];
		if (v->lemma && STR_AMONG(v->lemma, halt))
			return 1;
	}
	return 0;
}

static int halting_verb_at(const struct coder *c, int j)
{
	int q = j - 1, form;
	if (!c->is_verb[j] || c->span_of[j] < 0)
		return 0;
	while (q >= 0 && is_adverb(c, q))
		q--;
	if (q < 0)
		return 0;
	/* a finite verb of its own ("they have suspended attacks", "it was
	 * ending its attacks"): not an infinitive ("threatened to end the
	 * protests with force" is the threat's force), a passive ("demanded that
	 * it be cancelled and compensation") or an adjective ("suspended
	 * sentences") */
	form = c->spans[c->span_of[j]].form;
	if (!((form == VF_ED && (c->fc[q] & (FC_HAVE | FC_PRON))) ||
	      (form == VF_ED && c->unit_of[q] >= 0) ||
	      (form == VF_BASE && (c->fc[q] & (FC_MODAL | FC_DO | FC_PRON))) ||
	      (form == VF_ING && (c->fc[q] & FC_BE)) ||
	      (form == VF_S && (c->fc[q] & FC_PRON || c->unit_of[q] >= 0))))
		return 0;
	return coder_halting_word(c, j);
}

/* token i lies inside a date expression and is written as one ("until March
 * 21"; "a march in Santiago" is none): no pattern word */
int coder_in_date(const struct coder *c, int i)
{
	size_t k;
	if (c->t[i].kind == TOK_WORD && !(c->t[i].flags & TOKF_CAP))
		return 0;
	for (k = 0; k < c->ndm; k++)
		if ((int)c->dm[k].first <= i && i < (int)c->dm[k].end)
			return 1;
	return 0;
}

/* the nouns that stop, put off or undo what follows them: "announced a suspension of
 * rallies" announces no rally, "announced the easing of its arms embargo" no embargo
 * (coder_new() marks them among the function words: c->haltn) */
const char *const coder_halting_nouns[] = { "suspension",   "halt",        "cancellation",
					    "postponement", "moratorium",  "ban",
					    "bans",         "suspensions", "easing",
					    "lifting",      "repeal",      "relaxation",
					    "removal",      "loosening",   "scrapping" };
const size_t coder_n_halting_nouns = sizeof(coder_halting_nouns) / sizeof(coder_halting_nouns[0]);

/*
 * Token j is the "to" of an infinitive (a verb or a plain word after it) that the verb at
 * vstart does not govern, and the verb is a light one (c->light: it codes nothing but
 * through its pattern, as "take", "make", "hold"): the pattern's words after the "to"
 * belong to the infinitive's clause ("took the decision to close the inquiry" takes no
 * inquiry), an opening quotation mark between them or not ("to \"close the inquiry\""
 * quotes the same infinitive). Verbs that govern an infinitive ("agreed to hold talks") and verbs with a code
 * of their own that a pattern refines ("rallied to demand the resignation of") reach past it.
 */
/* token i is a noun of intent, aim or deed that governs an infinitive,
 * remembered for the sentence (match_pattern asks at each "to" it passes) */
static int inf_noun(struct coder *c, int i)
{
	if (i < 0 || (size_t)i >= c->n)
		return 0;
	if (c->infnoun[i] < 0)
		c->infnoun[i] = (int8_t)(TOK_IN(c, i, inf_intents) || TOK_IN(c, i, inf_aims) ||
					 TOK_IN(c, i, inf_deeds));
	return c->infnoun[i];
}

static int crossed_inf(struct coder *c, int vstart, int j)
{
	int w = j + 1;
	if (!(c->fc[j] & FC_TO) || !c->light)
		return 0;
	if (is_punct(c, w, '"') || is_punct(c, w, '\''))
		w++; /* "took the decision to \"close the inquiry\"": the quoted infinitive */
	if ((size_t)w >= c->n)
		return 0;
	/* a quoted verb is not told from a quotation's first word: its verb pattern says */
	if (!c->is_verb[w] &&
	    !(w > j + 1 && c->span_of[w] >= 0 && c->spans[c->span_of[w]].kind == PAY_VERB) &&
	    !(c->t[w].kind == TOK_WORD && !c->fc[w] && !(c->t[w].flags & TOKF_CAP) &&
	      c->span_of[w] < 0))
		return 0;
	/* "announced their intention to lay down their arms", "declared its readiness
	 * to": a noun of intent or aim before the "to" governs it, whatever the verb,
	 * and its infinitive's own word too (2) */
	if (j > vstart + 1 && inf_noun(c, j - 1))
		return 2;
	return !(c->fc[vstart] & (FC_GOVFUT | FC_GOVDEM | FC_GOVHYP | FC_CTRL | FC_DECIDE |
				  FC_NEGV | FC_SAY | FC_VOW | FC_WEIGH));
}

/*
 * A light verb's pattern word past the gerund right after it (vend) when
 * that gerund codes an act of its own: the light verb only starts or
 * carries on that act ("started cracking down on protests" is no protest
 * started, "continue fasting until March 21" no march). A light gerund
 * lets the pattern through ("began carrying out air strikes", "began
 * setting up roadblocks"), and a word of the gerund itself matches
 * ("carried out bombing raids").
 */
static int crossed_gerund(const struct coder *c, int vend, int j)
{
	const struct dict *d = c->d;
	const struct span *sp;
	int32_t p;
	int s, own = 0;
	if (!c->light || j <= vend || (size_t)vend >= c->n || !c->is_verb[vend])
		return 0;
	s = c->span_of[vend];
	if (s < 0 || c->spans[s].kind != PAY_VERB || c->spans[s].form != VF_ING)
		return 0;
	sp = &c->spans[s];
	for (p = sp->pay; p >= 0; p = d->pays[p].next) {
		const struct dverb *ver;
		const struct dblock *bl;
		if (d->pays[p].kind != PAY_VERB || nominal_pay(d, p))
			continue;
		ver = &d->verbs[d->pays[p].idx];
		bl = &d->blocks[ver->block];
		if (strcmp(ver->code[0] ? ver->code : bl->code, "---") ||
		    !strncmp(bl->name, "OBJ_", 4))
			own = 1;
		else
			return 0; /* a light verb of its own: "carrying out", "setting up" */
	}
	return own;
}

/*
 * Tokens [from, to) open one noun phrase: determiners, possessives, numbers,
 * adjectives and nouns, actors and "of" ("two tonnes of cocaine", "his chief
 * of staff"), no punctuation, verb or other preposition. The noun of a sense
 * pattern (data/verbs/senses.txt) must be the verb's own object, not a word of
 * what comes after it ("fired, killing two officials").
 */
int coder_np_reach(const struct coder *c, int from, int to)
{
	int j;
	/* a retort's particle: "hit back at critics", "struck back at the claims" */
	if (from < to && is_tok(c, from, "back") && is_tok(c, from + 1, "at"))
		from += 2;
	for (j = from; j < to && (size_t)j < c->n; j++) {
		int s = c->span_of[j];
		if (s >= 0 && (c->spans[s].kind == PAY_ACTOR || c->spans[s].kind == PAY_AGENT))
			continue;
		if ((c->fc[j] & (FC_DET | FC_POSS)) || is_tok(c, j, "'s") || is_tok(c, j, "of") ||
		    is_plain_word(c, j) || c->t[j].kind == TOK_NUM || is_punct(c, j, '-') ||
		    (s >= 0 && c->spans[s].kind == PAY_VERB && !c->is_verb[j]))
			continue;
		return 0;
	}
	return 1;
}

/*
 * A HEAD_ block's match ending at token `to` is the verb's own object: every
 * token from `from` is a particle of the verb ("shut down", "shut off") or of
 * a noun phrase (np_reach): "shut down the internet", not "shut down schools
 * after videos spread on the internet".
 */
int coder_head_reach(const struct coder *c, int from, int to)
{
	int j;
	for (j = from; j < to && (size_t)j < c->n; j++)
		if (!(is_tok(c, j, "down") || is_tok(c, j, "off")) && !coder_np_reach(c, j, j + 1))
			return 0;
	return 1;
}

/* c->wbits for the sentence's tokens */
void coder_mark_words(struct coder *c)
{
	size_t i;
	memset(c->wbits, 0, sizeof(c->wbits));
	for (i = 0; i < c->n; i++) {
		uint32_t a = (uint32_t)c->wid[i] % 1024, b = (uint32_t)c->alt[i] % 1024;
		c->wbits[a / 64] |= (uint64_t)1 << (a % 64);
		c->wbits[b / 64] |= (uint64_t)1 << (b % 64);
	}
}

int coder_match_pattern(struct coder *c, const struct dpattern *p, int vstart, int vend, int end,
			struct pmatch *m)
{
	int pos = vend, k, words = 0, cross;
	/* read once: the caches below are written through char pointers */
	const int opend = (c->d->flags & DICT_F_OPEN) != 0;
	memset(m, 0, sizeof(*m));
	m->src_pos = m->tgt_pos = -1;
	for (k = p->star + 1; k < p->nel; k++) {
		const struct pel *e = &p->el[k];
		/* "{* PROTESTS}": adjacent to the verb itself, as "{A B}" to each other */
		int gap = e->join == PJ_ADJ ? 0 : e->join == PJ_NEAR ? 2 : 8, j, len = 0, at, lim;
		unsigned dated = 0;
		switch (e->type) {
		case PE_SRC:
			m->src_pos = pos;
			m->src_after = 1;
			continue;
		case PE_TGT:
			/* "protested to Japan", not "protested to demand": a target
			 * after "to" is no infinitive */
			if (opend && pos > vend && pos < end && c->is_verb[pos] &&
			    is_tok(c, pos - 1, "to"))
				return 0;
			m->tgt_pos = pos;
			continue;
		case PE_COMP: m->comp = 1; continue;
		case PE_SKIP:
			if (pos >= end)
				return 0;
			pos++;
			continue;
		default: break;
		}
		/* the element's first place in reach (el_match(), its word case
		 * inline: most elements are one word); none, and the pattern fails
		 * whatever lies between, so the words in between are read only on
		 * the way to a match. A word of a date is no match (dated: its
		 * offsets from pos, the gap being at most 8) */
		if (e->type == PE_WORD && !coder_word_in_sentence(c, e->id))
			return 0;
		lim = pos + gap;
		for (j = pos; j <= lim && j < end; j++) {
			if (opend && gap <= 2 && is_punct(c, j, '"') && lim < pos + gap + 2) {
				/* quotation marks take no place between words that go
				 * together: "made \"concessions of principle\" to" has
				 * its "to" two words away; the verb's reach stays as it is */
				lim++;
				continue;
			}
			len = e->type == PE_WORD ? word_match(c, j, e->id)
						 : coder_syn_match(c, j, e->id);
			if (len > 0) {
				if (opend && coder_in_date(c, j)) {
					dated |= 1u << (j - pos);
					len = 0;
					continue;
				}
				break;
			}
		}
		if (len <= 0)
			return 0;
		at = j;
		for (j = pos; j < at; j++) {
			if (dated & (1u << (j - pos)))
				continue;
			if (opend && j >= vend && c->haltn[j])
				return 0;
			if (opend && j > vend && repress_inf(c, j))
				return 0; /* "called in the army to quell protests": the
					   * protests are the quelling's */
			if (opend && j >= vend && halting_verb(c, j))
				return 0;
			if (opend && !m->wto && crossed_gerund(c, vend, j))
				return 0;
			if (opend && j > vend && (cross = crossed_inf(c, vstart, j)) != 0 &&
			    (cross == 2 || el_match(c, j + 1, e) <= 0))
				return 0; /* "took the decision to close the inquiry"; the
					   * infinitive itself may be the word ("sent experts
					   * to help"), not one a noun governs ("announced
					   * its intention to attack") */
		}
		j = at;
		if (!m->wto)
			m->wfrom = j;
		m->wlast = j;
		pos = j + len;
		m->wto = pos;
		words += len;
	}
	pos = vstart - 1;
	for (k = (int)p->star - 1; k >= 0; k--) {
		const struct pel *e = &p->el[k];
		/* "{TRUCK *}": the word right before the verb */
		int gap = k == (int)p->star - 1 && p->el[p->star].join == PJ_ADJ ? 0 : 6, j,
		    len = 0;
		switch (e->type) {
		case PE_SRC: continue;
		case PE_TGT: m->tgt_is_subject = 1; continue;
		case PE_COMP: m->comp = 1; continue;
		case PE_SKIP: pos--; continue;
		default: break;
		}
		for (j = pos; j >= pos - gap && j >= 0; j--) {
			if (is_boundary(c, j))
				return 0;
			if (opend && (c->fc[j] & FC_SUBORD))
				return 0; /* "the ceasefire collapsed after Mali announced":
					   * no word of the verb's own clause */
			if ((len = el_match(c, j, e)) > 0)
				break;
		}
		if (len <= 0 || j < 0)
			return 0;
		pos = j - 1;
		words += len;
	}
	m->score = words * 2 + m->comp;
	return 1;
}
