/*
 * coder_nominal.c: nominal events: an event noun with its actors ("the Iranian
 * shelling of Herat", "talks between Arnor and Gondor"), joint acts and protests.
 */
#include "analyse/coder_internal.h"

#include "util/banned.h"

/* ---- nominal events: "the Iranian shelling of Herat" ---- */

static int actor_pair(const struct coder *c, int i, const char **a, const char **b);

int coder_event_noun_at(const struct coder *c, int i)
{
	int32_t p;
	if (c->span_of[i] < 0)
		return 0;
	for (p = c->spans[c->span_of[i]].pay; p >= 0; p = c->d->pays[p].next)
		if (nominal_pay(c->d, p))
			return 1;
	return 0;
}

/* a lower-case word that modifies a noun: no function word, no verb read so far, no event
 * noun of its own ("war" of "Russia-Ukraine war protests": the protests are not the pair's) */
static int noun_modifier(const struct coder *c, int i)
{
	const struct token *t = &c->t[i];
	return t->kind == TOK_WORD && !(t->flags & TOKF_CAP) && !c->fc[i] && !c->is_verb[i] &&
	       c->unit_of[i] < 0 && !coder_event_noun_at(c, i);
}

/*
 * Token k (an "end", "halt", "lifting" ... right before "to" or "of") is asked for: an
 * appeal or demand stands right before it, or before its determiner ("called for an end
 * to", "demanded the lifting of", "urged a halt to"). What is asked to end goes on.
 */
static int asked_for(const struct coder *c, int k)
{
	static const char *const asks[] = {
		"call",     "calls",     "called", "calling",  "demand",   "demands",
		"demanded", "demanding", "urge",   "urges",    "urged",    "urging",
		"ask",      "asks",      "asked",  "asking",   "appeal",   "appeals",
		"appealed", "appealing", "press",  "pressed",  "pressing", "push",
		"pushed",   "pushing",   "seek",   "seeks",    "sought",   "seeking",
		"plead",    "pleaded",   "insist", "insisted", "lobby",    "lobbied"
	};
	k--;
	if (k >= 0 && (c->fc[k] & FC_DET))
		k--;
	if (k >= 0 && (is_tok(c, k, "for") || is_tok(c, k, "on")))
		k--;
	return k >= 0 && TOK_IN(c, k, asks);
}

/*
 * The event noun after token q (q is the word right before it: a determiner, a
 * possessive or an actor that qualifies it) is what a halting noun undoes: "the easing
 * of its sanctions on Peru", "a suspension of Israeli strikes on", "an end to the
 * blockade of", "a halt to the strikes on" ("the end of talks between" is said of talks
 * held, and stays); not when the end is asked for, which says the deed goes on ("called
 * for an end to Israeli attacks on Gaza").
 */
static int undone_noun(const struct coder *c, int q)
{
	int h = q;
	if (h >= 0 && c->unit_of[h] >= 0)
		h = (int)c->units[c->unit_of[h]].start - 1;
	if (h >= 0 && (c->fc[h] & (FC_DET | FC_POSS)))
		h--;
	if (h < 1)
		return 0;
	if (!((is_tok(c, h, "of") && c->haltn[h - 1]) ||
	      (is_tok(c, h, "to") && (is_tok(c, h - 1, "end") || is_tok(c, h - 1, "halt")))))
		return 0;
	return !asked_for(c, h - 1);
}

/*
 * The verb of the clause before token `from` (no comma or clause boundary between) says
 * the event named after it is not held: rejected, refused, ruled out, denied, cancelled,
 * called off, postponed, suspended, opposed, withdrawn, renounced or revoked ("Washington
 * ruled out US-China trade talks", "Beijing denied that US-China talks had taken place",
 * "Sudan withdrew its recognition of South Sudan").
 */
static int undoing_verb_before(const struct coder *c, int from)
{
	static const char *const undo[] = { "reject",   "refuse",   "rule",   "deny",    "dismiss",
					    "rebuff",   "spurn",    "scrap",  "cancel",  "call",
					    "postpone", "suspend",  "halt",   "stop",    "end",
					    "abandon",  "boycott",  "oppose", "shun",    "delay",
					    "withdraw", "renounce", "revoke", "rescind", "retract",
					    "drop",     "shelve",   "close" };
	const struct dict *d = c->d;
	int i;
	for (i = from - 1; i >= 0 && !is_boundary(c, i) && !is_punct(c, i, ','); i--) {
		int32_t p;
		size_t k;
		if ((c->fc[i] & (FC_PREP | FC_SUBORD)) && !is_tok(c, i, "of") && !c->is_verb[i] &&
		    !(is_tok(c, i, "for") && i > 0 && c->is_verb[i - 1]))
			return 0; /* "ended sanctions after talks between": another phrase's verb;
				   * not "called for talks" */
		if (!c->is_verb[i] || c->span_of[i] < 0)
			continue;
		i = c->spans[c->span_of[i]].start; /* "ruled" of "ruled out" */
		for (p = c->spans[c->span_of[i]].pay; p >= 0; p = d->pays[p].next) {
			const struct dverb *v;
			if (d->pays[p].kind != PAY_VERB)
				continue;
			v = &d->verbs[d->pays[p].idx];
			for (k = 0; v->lemma && k < sizeof(undo) / sizeof(undo[0]); k++) {
				size_t l = strlen(undo[k]);
				if (!strncasecmp(v->lemma, undo[k], l) &&
				    (!v->lemma[l] || v->lemma[l] == ' ' || v->lemma[l] == '_') &&
				    (strcmp(undo[k], "call") || is_tok(c, i + 1, "off") ||
				     is_tok(c, i + 1, "for")))
					return 1; /* "rule out", "call off"; "called the talks
						   * constructive" describes talks held */
			}
		}
		return 0;
	}
	return 0;
}

/*
 * The hyphenated pair of actors ("US-China") right before the noun at token ns, or
 * before one or two lower-case words that modify it ("US-China trade talks",
 * "Israel-Hamas ceasefire talks"): its token, or -1.
 */
static int pair_before(const struct coder *c, int ns)
{
	const char *a, *b;
	int q = ns - 1;
	while (q >= 0 && q > ns - 3 && noun_modifier(c, q))
		q--;
	return q >= 0 && actor_pair(c, q, &a, &b) ? q : -1;
}

/*
 * An -s form that is also an event noun is the noun before "on",
 * "against", "of", "between", "into" ("US sanctions on Iran") and after
 * "the" + an actor ("the Russian attacks") or a number or word of quantity + an actor
 * ("20 Russian attacks"), not the verb. After a noun
 * phrase whose head is a role ("the Chilean president", "the army") and
 * before an object (an actor, a determiner or a possessive) it is the verb:
 * "the Chilean president attacks the minister's stance", "the army visits
 * Peru".
 */
/* token i counts what follows: a number or a word of quantity ("20 Russian attacks",
 * "several Israeli strikes"), which a verb's subject does not take */
static int counted(const struct coder *c, int i)
{
	static const char *const many[] = { "several", "many", "multiple", "numerous", "two",
					    "three",   "four", "five",     "six",      "seven",
					    "eight",   "nine", "ten",      "dozens",   "hundreds" };
	return c->t[i].kind == TOK_NUM || TOK_IN(c, i, many);
}

int coder_nominal_s(const struct coder *c, int start, int end)
{
	int u = start > 0 ? c->unit_of[start - 1] : -1;
	if (is_tok(c, end, "on") || is_tok(c, end, "against") || is_tok(c, end, "of") ||
	    is_tok(c, end, "between") || is_tok(c, end, "into"))
		return 1;
	if ((c->d->flags & DICT_F_OPEN) && pair_before(c, start) >= 0)
		return 1; /* "US-China (trade) talks": a pair of parties names no subject */
	if (!(u >= 0 && c->units[u].end == start && c->units[u].start > 0 &&
	      ((c->fc[c->units[u].start - 1] & (FC_DET | FC_POSS)) ||
	       ((c->d->flags & DICT_F_OPEN) && counted(c, c->units[u].start - 1)))))
		return 0;
	if ((c->d->flags & DICT_F_OPEN) && c->span_of[start - 1] >= 0 &&
	    (c->spans[c->span_of[start - 1]].kind == PAY_AGENT ||
	     (c->spans[c->span_of[start - 1]].kind == PAY_ACTOR &&
	      c->spans[c->span_of[start - 1]].len > 1)) &&
	    (size_t)end < c->n && (c->unit_of[end] >= 0 || (c->fc[end] & (FC_DET | FC_POSS))))
		return 0;
	return 1;
}

/* The actor code of a single word ("us", "israeli"), or NULL. */
static const char *word_actor(const struct coder *c, const char *w, size_t len)
{
	const struct dict *d = c->d;
	struct token t;
	char buf[64];
	int32_t id, node, p;
	if (!len || len >= sizeof(buf))
		return NULL;
	memcpy(buf, w, len);
	buf[len] = 0;
	memset(&t, 0, sizeof(t));
	t.kind = TOK_WORD;
	t.norm = buf;
	t.nlen = (uint16_t)len;
	id = dict_word(d, buf, len);
	node = id >= 0 ? dict_child(d, 0, id) : -1;
	if (node < 0 || d->node_pay[node] < 0) {
		id = stem_of(d, &t);
		node = id >= 0 ? dict_child(d, 0, id) : -1;
	}
	if (node < 0)
		return NULL;
	for (p = d->node_pay[node]; p >= 0; p = d->pays[p].next)
		if (d->pays[p].kind == PAY_ACTOR)
			return dict_actor_code(d, &d->actors[d->pays[p].idx], c->date_key);
	return NULL;
}

/*
 * "US-Iran war": the two actors of a hyphenated pair at token i, 0 or 1. The
 * pair may end at token i in three tokens the tokeniser cut at an
 * abbreviation's periods: "U.S." "-" "Israeli" ("U.S.-Israeli strikes"), or
 * "israeli-u." "s." ("Israeli-U.S. talks"); pair_first gives its first token.
 */
static int actor_pair(const struct coder *c, int i, const char **a, const char **b)
{
	const struct token *t = &c->t[i];
	const char *h;
	char w[64];
	if (i >= 2 && t->kind == TOK_WORD && (t->flags & TOKF_CAP) && coder_glued_by_hyphen(c, i) &&
	    memchr(c->t[i - 2].norm, '.', c->t[i - 2].nlen))
		return (*a = word_actor(c, c->t[i - 2].norm, c->t[i - 2].nlen)) &&
		       (*b = word_actor(c, t->norm, t->nlen)) && strcmp(*a, *b);
	if (i >= 1 && is_tok(c, i, "s.") && c->t[i - 1].kind == TOK_WORD &&
	    c->t[i - 1].off + c->t[i - 1].len == t->off && c->t[i - 1].nlen > 3 &&
	    !strcmp(c->t[i - 1].norm + c->t[i - 1].nlen - 3, "-u."))
		return (*a = word_actor(c, c->t[i - 1].norm, c->t[i - 1].nlen - 3U)) &&
		       (*b = word_actor(c, "us", 2)) && strcmp(*a, *b);
	if (i < 0 || t->kind != TOK_WORD || !(t->flags & TOKF_CAP) || t->nlen >= sizeof(w) ||
	    !(h = memchr(t->norm, '-', t->nlen)) || h == t->norm || h + 1 >= t->norm + t->nlen)
		return 0;
	memcpy(w, t->norm, t->nlen);
	w[t->nlen] = 0;
	*a = word_actor(c, w, (size_t)(h - t->norm));
	*b = word_actor(c, w + (h - t->norm) + 1, t->nlen - (size_t)(h - t->norm) - 1);
	return *a && *b && strcmp(*a, *b);
}

/* the first token of the pair that actor_pair found ending at token i */
static int pair_first(const struct coder *c, int i)
{
	if (i >= 2 && coder_glued_by_hyphen(c, i) &&
	    memchr(c->t[i - 2].norm, '.', c->t[i - 2].nlen))
		return i - 2;
	if (i >= 1 && is_tok(c, i, "s.") && c->t[i - 1].off + c->t[i - 1].len == c->t[i].off)
		return i - 1;
	return i;
}

/*
 * The country adjectives listed before the one right before an event noun, which share
 * its noun: "U.S. and Israeli strikes on Iran", "Russian, Iranian and Syrian attacks",
 * "French and British sanctions against Russia". Unit src is the last of the list; the
 * others are written to out (at most max), nearest first. Only adjectives: "sanctions on
 * Russia and Chinese strikes" lists no source, a country's own name being the object.
 */
static int listed_sources(const struct coder *c, int src, int *out, int max)
{
	int n = 0, u = src;
	if (!coder_country_adjective(c, src))
		return 0;
	while (u > 0 && n < max) {
		int s = c->units[u].start, e;
		if (s < 2)
			break;
		e = s - 1; /* the joining word or comma */
		if (u == src && (is_tok(c, e, "and") || is_tok(c, e, "or")) &&
		    is_punct(c, e - 1, ','))
			e--; /* "British, and French jets" */
		else if (u == src ? !is_tok(c, e, "and") && !is_tok(c, e, "or")
				  : !is_punct(c, e, ','))
			break;
		if (c->units[u - 1].end != e || !coder_country_adjective(c, u - 1))
			break;
		out[n++] = --u;
	}
	return n;
}

/*
 * Token q is a possessive: "'s", or the bare apostrophe that ends a plural or a name in -s
 * ("the United States' ultimatum", "the Philippines' complaint"), written right after the
 * word, with a lower-case word after it across a space (no quote mark closing, no name
 * going on: "the Kurdistan Workers' Party").
 */
static int possessive_at(const struct coder *c, int q)
{
	const struct token *p, *t, *nx;
	int j;
	if (is_tok(c, q, "'s"))
		return 1;
	if (q < 1 || (size_t)q + 1 >= c->n)
		return 0;
	p = &c->t[q - 1];
	t = &c->t[q];
	nx = &c->t[q + 1];
	if (t->kind != TOK_PUNCT || strcmp(t->norm, "'") || (t->flags & TOKF_SPACE) ||
	    p->kind != TOK_WORD || p->nlen < 2 || p->norm[p->nlen - 1] != 's' ||
	    nx->kind != TOK_WORD || !(nx->flags & TOKF_SPACE) || (nx->flags & TOKF_CAP))
		return 0;
	for (j = q - 2; j >= 0; j--)
		if (c->t[j].kind == TOK_PUNCT && !strcmp(c->t[j].norm, "'"))
			/* an opening mark before it, this one closes its quote */
			return !((j == 0 || (c->t[j].flags & TOKF_SPACE)) &&
				 !(c->t[j + 1].flags & TOKF_SPACE));
	return 1;
}

/* the noun phrase ending before token e is a clause's subject: a verb (one of the
 * dictionaries' or a lower-case -ed word), a modal or an auxiliary follows it, past
 * adverbs */
static int war_subject(const struct coder *c, int e)
{
	while ((size_t)e < c->n && is_adverb(c, e))
		e++;
	if ((size_t)e >= c->n || is_tok(c, e, "'s"))
		return 0;
	return c->is_verb[e] || (c->fc[e] & (FC_MODAL | FC_BE | FC_HAVE)) ||
	       (c->t[e].kind == TOK_WORD && !(c->t[e].flags & TOKF_CAP) && !c->fc[e] &&
		c->t[e].nlen > 3 && !strcmp(c->t[e].norm + c->t[e].nlen - 2, "ed"));
}

/* the sentence already has src -> tgt with this root (from a verb) */
int coder_have_event(const struct ctx *x, const char *src, const char *tgt, const char *code)
{
	size_t k;
	for (k = x->sent_first; k < x->out->n; k++)
		if (!strcmp(x->out->v[k].source, src) && !strcmp(x->out->v[k].target, tgt) &&
		    !strncmp(x->out->v[k].code, code, 2))
			return 1;
	return 0;
}

/*
 * A nominal event takes the mood of the verb before it: "in order to open
 * a route for Iranian aid to Syria" is not aid given, "unable to
 * rearrange a meeting between ..." no meeting. Sets neg and mod.
 */
/* the event noun at token np opens a definite noun phrase ("the", a few adjectives between)
 * whose agent "by" names after it: "the unlawful occupation by Chile of the islands" */
static int definite_np(const struct coder *c, int np)
{
	int i;
	if (c->span_of[np] < 0 ||
	    !is_tok(c, c->spans[c->span_of[np]].start + c->spans[c->span_of[np]].len, "by"))
		return 0;
	for (i = np - 1; i >= 0 && i >= np - 4; i--) {
		if (is_tok(c, i, "the"))
			return 1;
		if (!is_plain_word(c, i) || c->is_verb[i])
			return 0;
	}
	return 0;
}

/* a "to" or a modal before the plain word at i, past adverbs ("could also lead to the
 * arrest of", "may soon bring talks"): that word is the governing verb */
static int modal_before(const struct coder *c, int i)
{
	int m = i - 1;
	while (m > 0 && (c->d->flags & DICT_F_OPEN) && is_adverb(c, m))
		m--;
	return (c->fc[m] & (FC_TO | FC_MODAL)) != 0;
}

static void nominal_mood(const struct coder *c, int from, int *neg, int *mod, int *gov)
{
	int i, be, have, present;
	*neg = 0;
	*mod = MOD_ASSERTED;
	*gov = -1;
	if (definite_np(c, from))
		return; /* "not to forget the occupation by Chile of the islands": the deed a
			 * definite noun names with its agent happened, whatever is said of it */
	for (i = from - 1; i >= 0 && i >= from - 6 && !c->is_verb[i] && !is_boundary(c, i) &&
			   !is_punct(c, i, ',');
	     i--)
		if (c->fc[i] & FC_NEG) {
			*neg = 1; /* "was not on the (July 25) call between ..." */
			break;
		}
	for (i = from - 1; i >= 0 && !is_boundary(c, i); i--)
		if (is_punct(c, i, ','))
			break;
		else if (c->is_verb[i] || (is_plain_word(c, i) && i > 0 && modal_before(c, i))) {
			*gov = i;
			while (i > 0 && c->is_verb[i - 1])
				i--;
			coder_aux_scan(c, i, neg, &be, mod, &have, &present);
			return;
		}
}

static int nominal_push(struct coder *c, struct ctx *x, int vi, const char *src, const char *st,
			const char *tgt, const char *tt, const char *code, const char *lemma)
{
	int neg, mod, gov;
	if (coder_have_event(x, src, tgt, code))
		return 0;
	nominal_mood(c, c->verbs[vi].np_start, &neg, &mod, &gov);
	if ((c->d->flags & DICT_F_OPEN) && mod == MOD_ASSERTED && !neg && gov >= 0 &&
	    coder_plan_lemma(c, gov) && strcmp(coder_plan_lemma(c, gov), "call") &&
	    coder_planned_deed(coder_plan_lemma(c, gov), code) &&
	    coder_np_reach(c, gov + 1, c->verbs[vi].np_start))
		mod = MOD_FUTURE; /* "the UN plans a meeting between Serbia and Kosovo"
				   * ("called the talks useful", "announced that talks
				   * had begun": held) */
	return coder_push_event(c, x, src, st, tgt, tt, cameo_lookup(code), vi, neg, mod, lemma);
}

/* every code of unit a to every code of unit b (and back when both) */
/*
 * The unit u is a list of roles sharing the places after them ("protesters and
 * police in Lima"): an "and" inside it before its first place.
 */
static int joined_roles(const struct coder *c, int u)
{
	int i;
	for (i = c->units[u].start; i < c->units[u].end; i++)
		if (is_tok(c, i, "in") || is_tok(c, i, "of") || is_tok(c, i, "from") ||
		    is_tok(c, i, "at"))
			return 0;
		else if (is_tok(c, i, "and"))
			return 1;
	return 0;
}

/*
 * Force between a state's agents and others of the same country is a domestic
 * fight, whichever of the two took that country from the document ("clashes
 * between Peruvian protesters and police"): code (17-20) between units A and B,
 * one of them a state agent, both of one country.
 */
static int domestic_fight(const struct unit *A, const struct unit *B, const char *code)
{
	int i, j, agent = 0;
	if (!(code[0] == '1' && code[1] >= '7') && code[0] != '2')
		return 0;
	if (!A->ncodes || !B->ncodes)
		return 0;
	for (i = 0; i < A->ncodes; i++)
		for (j = 0; j < B->ncodes; j++) {
			if (strncmp(A->codes[i], B->codes[j], 3) || strlen(A->codes[i]) <= 3 ||
			    strlen(B->codes[j]) <= 3)
				return 0; /* two roles of one country, no state named
					   * by itself ("Russian strikes on military
					   * sites" is no fight with its own army) */
			agent |= coder_state_role(A->codes[i]) || coder_state_role(B->codes[j]);
		}
	return agent;
}

static int nominal_units(struct coder *c, struct ctx *x, int vi, int a, int b, int both,
			 const char *code, const char *lemma, int between)
{
	const struct unit *A = &c->units[a], *B = &c->units[b];
	const char *at = coder_unit_text(c, x, a), *bt = coder_unit_text(c, x, b);
	int i, j, rc;
	if (!at || !bt)
		return -ERR_NOMEM;
	if ((A->docfill || B->docfill) && !(between && domestic_fight(A, B, code)))
		return 0; /* a role's country from the document is no target's */
	for (i = 0; i < A->ncodes; i++)
		for (j = 0; j < B->ncodes; j++) {
			if (a == b && (i == j || strncmp(A->codes[i], B->codes[j], 3) ||
				       !strcmp(A->codes[i] + 3, B->codes[j] + 3)))
				continue; /* "protesters and police in Lima": each role with
					   * the other of its own country */
			if (!strcmp(code, "042") && strlen(B->codes[j]) == 3 &&
			    !strncmp(A->codes[i], B->codes[j], 3))
				continue; /* "the Chilean president's visit to Santiago": travel
					   * at home, as the verb's */
			if ((rc = nominal_push(c, x, vi, A->codes[i], at, B->codes[j], bt, code,
					       lemma)))
				return rc;
			if (both && (rc = nominal_push(c, x, vi, B->codes[j], bt, A->codes[i], at,
						       code, lemma)))
				return rc;
		}
	return 0;
}

int coder_nominal_units(struct coder *c, struct ctx *x, int vi, int a, int b, int both,
			const char *code, const char *lemma)
{
	return nominal_units(c, x, vi, a, b, both, code, lemma, 0);
}

/*
 * The event noun phrase starting at ns is what a protest, complaint or other reaction
 * made before it in its clause is about: "over", "about", "against" or "at" right before
 * the phrase ("lodged a protest with China over the detention of", "complained to
 * Pakistan about the arrest of"), and the verb before it coded a reaction (051, 10-14)
 * on a target of another country than its source. The target's country into aim;
 * 1 if so.
 */
static int protest_aim(const struct coder *c, const struct ctx *x, int ns, char aim[4])
{
	static const char *const abouts[] = { "over", "about", "against", "at" };
	int q = ns - 1, k;
	while (q >= 0 && (c->fc[q] & (FC_DET | FC_POSS)))
		q--;
	if (q < 1 || !TOK_IN(c, q, abouts))
		return 0;
	for (k = c->nverbs - 1; k >= 0; k--) {
		const struct vinfo *v = &c->verbs[k];
		const struct event *e;
		if (v->start >= q)
			continue;
		if (c->clause_of[v->start] != c->clause_of[q] || !v->nevents || v->first_event < 0)
			return 0;
		e = &x->out->v[v->first_event];
		if (!(coder_reaction(e->code) || !strncmp(e->code, "14", 2)) ||
		    strlen(e->target) < 3 || !strncmp(e->source, e->target, 3))
			return 0;
		memcpy(aim, e->target, 3);
		aim[3] = 0;
		return coder_country_code(aim);
	}
	return 0;
}

/*
 * "Iran defiant amid US threats", "the minister resigned after Chinese
 * criticism", "the US faced Palestinian criticism": a reaction named by a
 * noun after "amid", "after", "following" or "despite", or that the subject
 * faced, drew or sparked, with its source before it and no target after it,
 * is aimed at the subject of the clause it sits in; so is a visit from an
 * actor ("vows reform amid visit from Japanese trade minister": its host). `from`
 * is where the noun phrase starts. The subject's unit, or -1.
 */
static int reaction_aim(const struct coder *c, int src, int from)
{
	/* what draws a reaction on oneself: "faced stiff Palestinian criticism" */
	static const char *const draws[] = { "faced",    "faces",     "face",    "facing",
					     "drew",     "draws",     "drawn",   "received",
					     "receives", "sparked",   "sparks",  "provoked",
					     "provokes", "triggered", "triggers" };
	int p = from - 1, k, q, draw = 0;
	while (p >= 0 && (c->fc[p] & (FC_DET | FC_POSS)))
		p--;
	for (q = p, k = 0; q >= 0 && k < 4 && !draw; q--, k++) {
		draw = TOK_IN(c, q, draws);
		if (draw)
			p = q;
		else if (!(is_plain_word(c, q) || is_tok(c, q, "and") || (c->fc[q] & FC_DET) ||
			   is_adverb(c, q)))
			break;
	}
	if (!draw && !(is_tok(c, p, "amid") || is_tok(c, p, "after") || is_tok(c, p, "following") ||
		       is_tok(c, p, "despite")))
		return -1;
	for (k = c->nverbs - 1; k >= 0; k--) {
		const struct vinfo *v = &c->verbs[k];
		const struct unit *S;
		if (v->start > p || v->subject < 0)
			continue;
		S = &c->units[v->subject];
		if (!S->ncodes || S->docfill || !c->units[src].ncodes ||
		    !strncmp(S->codes[0], c->units[src].codes[0], 3))
			return -1;
		return v->subject;
	}
	/* no verb the coder knows ("Iran defiant amid US threats"): the actor
	 * that opens the sentence */
	k = c->unit_of[0] >= 0 || c->n < 2 || !(c->fc[0] & FC_DET) ? c->unit_of[0] : c->unit_of[1];
	if (k < 0 || k == src || !c->units[k].ncodes || c->units[k].docfill ||
	    !c->units[src].ncodes || !strncmp(c->units[k].codes[0], c->units[src].codes[0], 3))
		return -1;
	return k;
}

/*
 * "Trump has brought drama to trade talks with China": talks (a reciprocal
 * event noun) with a party named after them and none before are the clause
 * subject's, when the verb that governs them codes nothing of its own (not
 * "condemned the talks with Iran"). The noun starts at token ns; tgt is the
 * party after it. The subject's unit, or -1.
 */
static int talks_party(const struct coder *c, int ns, int tgt)
{
	int k;
	for (k = c->nverbs - 1; k >= 0; k--) {
		const struct vinfo *v = &c->verbs[k];
		const struct unit *S;
		if (v->start >= ns)
			continue;
		if (c->clause_of[v->start] != c->clause_of[ns] || v->nevents || v->root01 ||
		    v->subject < 0 || c->fc[v->start] & FC_SAY)
			return -1;
		S = &c->units[v->subject];
		if (!S->ncodes || S->docfill || !c->units[tgt].ncodes ||
		    !strncmp(S->codes[0], c->units[tgt].codes[0], 3))
			return -1;
		return v->subject;
	}
	/* no verb the coder knows before them: the actor that opens the clause */
	for (k = c->nunits - 1; k >= 0; k--) {
		const struct unit *S = &c->units[k];
		if (S->start >= ns || S->absorbed || c->clause_of[S->start] != c->clause_of[ns] ||
		    !coder_clause_subject(c, k))
			continue;
		if (!S->ncodes || S->docfill || !c->units[tgt].ncodes ||
		    !strncmp(S->codes[0], c->units[tgt].codes[0], 3))
			return -1;
		return k;
	}
	return -1;
}

/*
 * "sanctions have hurt Iran's economy", "tariffs hit U.S. farmers": the
 * actor a measure named by its noun harms, the object of a verb of harm
 * right after the noun phrase (ending at token i). Its unit, or -1.
 */
static int harmed(const struct coder *c, int i)
{
	static const char *const harm[] = { "hurt",     "hurts",    "hit",      "hits",
					    "harmed",   "harms",    "damaged",  "damages",
					    "crippled", "cripples", "battered", "squeezed" };
	while ((size_t)i < c->n && (is_adverb(c, i) || (c->fc[i] & (FC_HAVE | FC_MODAL))))
		i++;
	if (!TOK_IN(c, i, harm))
		return -1;
	i++;
	while ((size_t)i < c->n && (is_adverb(c, i) || (c->fc[i] & (FC_DET | FC_POSS))))
		i++;
	if ((size_t)i >= c->n || c->unit_of[i] < 0 || c->units[c->unit_of[i]].start != i ||
	    !c->units[c->unit_of[i]].ncodes)
		return -1;
	return c->unit_of[i];
}

/*
 * "Jordanian-U.S. joint military desert training exercises", "the
 * Russian-Chinese joint naval drills": a hyphenated pair of actors at token
 * i, then "joint" and, within five words, a word of armed forces working
 * together, is military cooperation (062) both ways, in the mood of the
 * verb before it; so is "joint" or "combined" at token i with the pair right
 * after it ("joint U.S.-Philippine military drills", "combined
 * Indian-French naval exercises"). 0 or an error.
 */
static int joint_pair(const struct coder *c, int i, const char **pa, const char **pb, int *last)
{
	*last = i;
	if (actor_pair(c, i, pa, pb))
		return 1;
	if ((size_t)i + 2 < c->n && is_punct(c, i + 1, '-') &&
	    (*pa = word_actor(c, c->t[i].norm, c->t[i].nlen)) &&
	    (*pb = word_actor(c, c->t[i + 2].norm, c->t[i + 2].nlen)) && strcmp(*pa, *pb)) {
		*last = i + 2; /* "U.S.-Jordanian": the tokeniser keeps "U.S." whole */
		return 1;
	}
	if ((size_t)i + 2 < c->n && is_punct(c, i + 1, '-') && c->span_of[i + 2] >= 0 &&
	    (*pa = word_actor(c, c->t[i].norm, c->t[i].nlen))) {
		/* "U.S.-South Korean": a name of two words after the hyphen */
		const struct span *sp = &c->spans[c->span_of[i + 2]];
		if (sp->kind == PAY_ACTOR && sp->start == i + 2 && sp->len > 1 &&
		    (*pb = dict_actor_code(c->d, &c->d->actors[sp->idx], c->date_key)) &&
		    strcmp(*pa, *pb)) {
			*last = sp->start + sp->len - 1;
			return 1;
		}
	}
	if ((size_t)i + 1 < c->n && c->t[i].nlen > 3 &&
	    !strcmp(c->t[i].norm + c->t[i].nlen - 3, "-u.") && is_tok(c, i + 1, "s.") &&
	    (*pa = word_actor(c, c->t[i].norm, c->t[i].nlen - 3U)) &&
	    (*pb = word_actor(c, "us", 2)) && strcmp(*pa, *pb)) {
		*last = i + 1; /* "Jordanian-U.S.": read as "jordanian-u." and "s." */
		return 1;
	}
	return 0;
}

int coder_code_joint(struct coder *c, struct ctx *x, int i)
{
	static const char *const heads[] = { "operation",
					     "operations",
					     "exercise",
					     "exercises",
					     "drill",
					     "drills",
					     "patrol",
					     "patrols",
					     "manoeuvres",
					     "maneuvers",
					     "military",
					     "naval",
					     "air",
					     "security",
					     "defence",
					     "defense",
					     "training",
					     "counter-terrorism",
					     "counterterrorism" };
	const char *pa = NULL, *pb = NULL, *pt;
	int k, vi, rc, last = i, first = i, from;
	if (joint_pair(c, i, &pa, &pb, &last) && is_tok(c, last + 1, "joint"))
		from = last + 2; /* "Russian-Chinese joint naval drills" */
	else if ((is_tok(c, i, "joint") || is_tok(c, i, "combined")) &&
		 joint_pair(c, i + 1, &pa, &pb, &last)) {
		first = i + 1; /* "joint U.S.-Philippine military drills" */
		from = last + 1;
	} else
		return 0;
	for (k = from; k < from + 5 && (size_t)k < c->n && c->t[k].kind == TOK_WORD; k++)
		if (TOK_IN(c, k, heads))
			break;
	if (k >= from + 5 || (size_t)k >= c->n || c->t[k].kind != TOK_WORD)
		return 0;
	vi = c->nverbs++;
	memset(&c->verbs[vi], 0, sizeof(c->verbs[vi]));
	c->verbs[vi].start = (uint16_t)(first == i ? last + 1 : i);
	c->verbs[vi].end = (uint16_t)(k + 1);
	c->verbs[vi].subject = -1;
	c->verbs[vi].first_event = -1;
	c->verbs[vi].vow = -1;
	c->verbs[vi].np_start = i;
	pt = arena_strndup(&x->out->arena, x->text + c->t[first].off,
			   c->t[last].off + c->t[last].len - c->t[first].off);
	if (!pt)
		return -ERR_NOMEM;
	if ((rc = nominal_push(c, x, vi, pa, pt, pb, pt, "062", "joint")))
		return rc;
	return nominal_push(c, x, vi, pb, pt, pa, pt, "062", "joint");
}

/*
 * Unit u, the agent after "by" of a killing or a crackdown that names no
 * victim, is a state's own armed force or police, named with its country
 * (not the document's): its victims are that country's people, as the
 * guidelines code "arbitrary killings by Syrian police" SYR -> SYR.
 */
static int own_people(const struct coder *c, int u)
{
	const struct unit *U = &c->units[u];
	char cc[4];
	if (U->ncodes != 1 || U->docfill || strlen(U->codes[0]) < 6 ||
	    !(coder_has_role(U->codes[0], "MIL") || coder_has_role(U->codes[0], "COP") ||
	      coder_has_role(U->codes[0], "SPY")))
		return 0;
	snprintf(cc, sizeof(cc), "%.3s", U->codes[0]);
	return coder_country_code(cc);
}

/*
 * Unit u rules a country: its government, a leader or a junta (GOV, ELI,
 * MIL), named with the country (not the document's guess).
 */
static int ruler(const struct coder *c, int u)
{
	const struct unit *U = &c->units[u];
	char cc[4];
	if (U->ncodes < 1 || U->docfill || strlen(U->codes[0]) < 6)
		return 0;
	snprintf(cc, sizeof(cc), "%.3s", U->codes[0]);
	return coder_country_code(cc) &&
	       (coder_has_role(U->codes[0], "GOV") || coder_has_role(U->codes[0], "ELI") ||
		coder_has_role(U->codes[0], "MIL"));
}

/* one of CAMEO's codes for a region of several countries ("Latin America" LAM) */
int coder_region_code(const char *code)
{
	static const char *const regions[] = { "AFR", "ASA", "BLK", "CAS", "CAU", "CFR",
					       "CRB", "EAF", "EEU", "EUR", "LAM", "MDT",
					       "MEA", "NAF", "NMR", "PGS", "SAF", "SAM",
					       "SAS", "SEA", "WAF", "WEU", "WST" };
	return STR_AMONG(code, regions);
}

/* "in", "across" or "throughout" at token i: where a protest takes place */
static int place_prep(const struct coder *c, int i)
{
	return is_tok(c, i, "in") || is_tok(c, i, "across") || is_tok(c, i, "throughout");
}

/*
 * "Protests erupted in Chile", "riots have raged in Santiago", "demonstrations
 * took place in Bolivia": a protest noun (ending before token t) that is the
 * subject of a verb of taking place, asserted (no modal or negation between).
 * The token after that verb, or t when there is none.
 */
static int protest_occurs(const struct coder *c, int t)
{
	static const char *const occur[] = { "erupted",     "erupt",     "erupts",    "spread",
					     "spreads",     "continued", "continue",  "continues",
					     "continuing",  "raged",     "rage",      "rages",
					     "raging",      "flared",    "escalated", "resumed",
					     "swept",       "sweep",     "sweeps",    "sweeping",
					     "intensified", "held" };
	static const char *const brk[] = { "broke", "break", "breaks", "broken", "breaking" };
	static const char *const take[] = { "took", "take", "takes", "taken", "taking" };
	int i = t;
	while ((size_t)i < c->n &&
	       ((c->fc[i] & (FC_HAVE | FC_BE)) || is_tok(c, i, "been") || is_adverb(c, i)))
		i++;
	if ((size_t)i >= c->n || (c->fc[i] & (FC_MODAL | FC_NEG)))
		return t;
	if (TOK_IN(c, i, occur))
		i++;
	else if ((TOK_IN(c, i, brk) && is_tok(c, i + 1, "out")) ||
		 (TOK_IN(c, i, take) && is_tok(c, i + 1, "place")))
		i += 2;
	else
		return t;
	while ((size_t)i < c->n && is_adverb(c, i))
		i++;
	return i;
}

/*
 * A protest named by its noun (14x) with no actor before it and a place after
 * "in", "across" or "throughout", right after it or after a verb of taking place
 * ("protests erupted in Chile"): "protests in Bolivia", "riots in Tehran against the interim
 * government". Its source is the protesters of the place's country (a country,
 * a capital or a province named by itself), its target that country, as
 * "Peruvian students marched" is PER -> PER, unless an actor with a country of
 * its own follows "against" the place: "protests in Lima against Chile" is
 * coded by the ordinary rules, the place as the source. *src and *tgt are the
 * units the noun phrase gave (-1 for none); the noun spans [ns, t). A noun a
 * verb takes as its object ("staged a protest in Lima", "to quell protests in
 * Nairobi") is the verb's to code. 1 when the protest is to be coded at home
 * (*src is the place), else 0.
 */
/* a word of [a, b) says the protest is against the rulers: "anti-government" */
static int against_rulers(const struct coder *c, int a, int b)
{
	static const char *const words[] = { "anti-government", "antigovernment", "anti-regime",
					     "anti-junta" };
	int i;
	for (i = a < 0 ? 0 : a; i < b; i++)
		if (TOK_IN(c, i, words))
			return 1;
	return 0;
}

/*
 * The place a sentence puts its news before token ns: the nearest unit after "in"
 * that is a country, a capital or a province named by itself ("a share sale in Hong
 * Kong ... protests"), or -1.
 */
static int place_before(const struct coder *c, int ns)
{
	int i;
	for (i = ns - 1; i > 0; i--) {
		int u = c->unit_of[i];
		const struct unit *S;
		if (u < 0 || c->units[u].start != i || !is_tok(c, i - 1, "in"))
			continue;
		S = &c->units[u];
		if (S->ncodes != 1 || S->docfill || strlen(S->codes[0]) != 3 ||
		    !coder_country_code(S->codes[0]) || coder_region_code(S->codes[0]))
			return -1;
		return u;
	}
	return -1;
}

static int home_protest_noun(const struct coder *c, int *src, int *tgt, int ns, int t)
{
	const struct unit *S;
	char cc[4];
	int q = ns - 1, u;
	while (q >= 0 &&
	       ((c->fc[q] & (FC_DET | FC_POSS)) || is_plain_word(c, q) || is_adverb(c, q)))
		q--;
	if (is_tok(c, t - 1, "demonstration") && ns > 0 && is_plain_word(c, ns - 1))
		return 0; /* a noun before the singular names a showing, not a protest:
			   * "a weapons demonstration in", "a product demonstration in" */
	if (q >= 0 && c->is_verb[q] &&
	    !(q > 0 && (c->fc[q - 1] & (FC_PREP | FC_DET)) && !(c->fc[q - 1] & FC_TO)))
		return 0; /* "staged a protest in", "to quell protests in": the verb's
			   * object, which the verb codes; "amid worsening protests in" */
	if (*src < 0 && *tgt < 0 && !place_prep(c, t))
		t = protest_occurs(c, t);
	if (*src < 0 && *tgt < 0 && !place_prep(c, t) && (c->d->flags & DICT_F_OPEN) &&
	    against_rulers(c, q + 1, ns) && (u = place_before(c, ns)) >= 0) {
		*src = u; /* "floated in Hong Kong despite months of anti-government
			   * protests": the place the sentence is about */
		return 1;
	}
	if (*src < 0 && *tgt < 0 && place_prep(c, t)) {
		u = coder_by_agent(c, t + 1);
		if (u < 0)
			return 0;
		S = &c->units[u];
		if (S->ncodes != 1 || S->docfill || strlen(S->codes[0]) != 3 ||
		    !coder_country_code(S->codes[0]) || coder_region_code(S->codes[0]))
			return 0; /* a country, a capital or a province named by itself,
				   * not a region of several ("across South America") */
		*src = u;
		t = S->end;
		if (is_tok(c, t, "against"))
			*tgt = coder_by_agent(c, t + 1);
	} else
		return 0;
	if (*tgt >= 0) {
		const struct unit *T = &c->units[*tgt];
		if (T->docfill || !T->ncodes || !coder_unit_country(T, cc))
			*tgt = -1; /* "against the interim government": at home */
		else
			return 0; /* "protests in Lima against Chile": the ordinary rules */
	}
	return 1;
}

/* the protest home_protest_noun found: the protesters of the source's country
 * (a country named alone: its opposition) against their own country */
static int code_home_protest(struct coder *c, struct ctx *x, int vi, int src, const char *code,
			     const char *lemma)
{
	const struct unit *S = &c->units[src];
	const char *st = coder_unit_text(c, x, src);
	char sc[CODE_MAX], tc[4];
	if (!st)
		return -ERR_NOMEM;
	snprintf(sc, sizeof(sc), "%.3sOPP", S->codes[0]);
	snprintf(tc, sizeof(tc), "%.3s", S->codes[0]);
	return nominal_push(c, x, vi, sc, st, tc, st, code, lemma);
}

/* the most parties "between" lists for one nominal event */
#define MAX_PARTIES 6

/*
 * "talks between France, Germany and Italy": the actors that commas and a last "and" list
 * after "between", the first at unit u, each a party (three or more; two are "between X
 * and Y"), in `out`; their number, or 0 when the list is no such list.
 */
static int between_list(const struct coder *c, int u, int *out)
{
	int n = 0, e;
	for (;;) {
		if (n == MAX_PARTIES)
			return 0;
		out[n++] = u;
		e = c->units[u].end;
		if (is_punct(c, e, ',') && !is_tok(c, e + 1, "and")) {
			if ((u = coder_by_agent(c, e + 1)) < 0)
				return 0; /* "between Russia, which ..., and": no list of parties */
			continue;
		}
		if (is_punct(c, e, ','))
			e++; /* "France, Germany, and Italy" */
		if (!is_tok(c, e, "and") || (u = coder_by_agent(c, e + 1)) < 0 || n < 2)
			return 0;
		out[n++] = u;
		return n;
	}
}

/*
 * "Clashes erupted between the police and protesters", "talks were held on Monday between
 * Iran and Saudi Arabia": after an event noun, at token t, a verb that says only that the
 * event happened (erupt, break out, take place, occur, flare up, rage, resume, begin,
 * escalate, continue; "be held"), then adverbs or a day, then "between". The "between",
 * or -1.
 */
static int happened_between(const struct coder *c, int t)
{
	static const char *const aux[] = { "was", "were", "has", "have", "had", "been" };
	static const char *const verbs[] = { "erupted",  "erupt",     "erupts",      "occurred",
					     "occur",    "occurs",    "flared",      "raged",
					     "rage",     "rages",     "resumed",     "began",
					     "started",  "escalated", "intensified", "continued",
					     "continue", "continues" };
	int i = t, k, held = 0;
	for (k = 0; k < 2 && TOK_IN(c, i, aux); k++, i++)
		held = 1;
	if (TOK_IN(c, i, verbs))
		i++;
	else if ((is_tok(c, i, "broke") || is_tok(c, i, "break") || is_tok(c, i, "broken")) &&
		 is_tok(c, i + 1, "out"))
		i += 2;
	else if ((is_tok(c, i, "took") || is_tok(c, i, "take") || is_tok(c, i, "taken")) &&
		 is_tok(c, i + 1, "place"))
		i += 2;
	else if (held && is_tok(c, i, "held"))
		i++;
	else
		return -1;
	if (is_tok(c, i, "up"))
		i++; /* "flared up" */
	for (k = 0; k < 3 && (size_t)i < c->n; k++) {
		if (is_adverb(c, i) || is_tok(c, i, "again") || is_tok(c, i, "overnight"))
			i++;
		else if (is_tok(c, i, "on") && (size_t)i + 1 < c->n &&
			 coder_calendar_word(c->t[i + 1].norm))
			i += 2;
		else
			break;
	}
	return is_tok(c, i, "between") ? i : -1;
}

/*
 * Goods given or sold (06x, 07x) with their destination after a participle of
 * travel at token t: "an arms shipment bound for Yemen", "aid deliveries destined
 * for Gaza", "a grain shipment headed for Egypt": the country it goes to.
 */
static int destined(const struct coder *c, int t, const char *code)
{
	static const char *const towards[] = { "bound", "destined", "headed", "heading" };
	return (!strncmp(code, "06", 2) || !strncmp(code, "07", 2)) && TOK_IN(c, t, towards) &&
	       is_tok(c, t + 1, "for");
}

/*
 * Event nouns not used as verbs: the source is an actor (or its adjective)
 * before the noun, a possessor ("Trump's call"), or "by X" after it; the
 * target follows "on", "against", "with", "of", "to", "into"; "between X
 * and Y" and a hyphenated pair ("US-Iran talks") go both ways when the noun
 * is reciprocal. Without a target nothing is coded; "no talks" neither.
 */
/* a word between q and the noun at ns that says the event is not (yet) done */
static int hedged_noun(const struct coder *c, int q, int ns)
{
	static const char *const hedges[] = { "possible", "potential", "planned",    "proposed",
					      "likely",   "imminent",  "expected",   "threatened",
					      "future",   "feared",    "prospective" };
	int i;
	if (q > ns - 4)
		q = ns - 4; /* "the planned talks", "a possible Iranian attack" */
	for (i = ns - 1; i >= 0 && i >= q; i--) {
		if (c->t[i].kind != TOK_WORD)
			return 0;
		if (TOK_IN(c, i, hedges))
			return 1;
	}
	return 0;
}

/*
 * The event noun at ns is only feared, foreseen or remembered: a word of fear, risk or
 * warning, or an anniversary, ends the words before its phrase, past up to three words of
 * it and one "of", "about" or "over" ("diplomats fear renewed clashes between", "fears of
 * a war between", "the anniversary of the attack on"): no event of the sentence's time.
 * A preposition or a clause boundary ends the search ("fled in fear after strikes on").
 */
static int feared_noun(const struct coder *c, int ns)
{
	static const char *const fear[] = {
		"fear",          "fears",         "feared",      "fearing",     "risk",
		"risks",         "danger",        "dangers",     "prospect",    "prospects",
		"spectre",       "specter",       "warn",        "warned",      "warns",
		"warning",       "warnings",      "possibility", "threat",      "threats",
		"threaten",      "threatened",    "threatens",   "likelihood",  "anniversary",
		"anniversaries", "commemoration", "commemorate", "commemorated"
	};
	int i, words = 0, prep = 0;
	for (i = ns - 1; i >= 0 && words < 4; i--) {
		if (c->t[i].kind == TOK_NUM) {
			words++; /* "the anniversary of the 1994 clashes between" */
			continue;
		}
		if (c->t[i].kind != TOK_WORD || is_boundary(c, i))
			return 0;
		if (TOK_IN(c, i, fear))
			return 1;
		if (c->fc[i] & (FC_SUBORD | FC_THAT | FC_REL | FC_CONJ | FC_BE | FC_HAVE))
			return 0;
		if (c->fc[i] & FC_PREP) {
			if (prep ||
			    !(is_tok(c, i, "of") || is_tok(c, i, "about") || is_tok(c, i, "over")))
				return 0;
			prep = 1;
			continue;
		}
		words++;
	}
	return 0;
}

/*
 * The event noun at ns is the object of a verb of warding off, past up to three
 * words of its phrase ("to prevent further clashes between", "averted a war with",
 * "avoid new sanctions on"): the event did not happen.
 */
static int warded_noun(const struct coder *c, int ns)
{
	static const char *const ward[] = { "prevent", "avert", "avoid",   "forestall",
					    "thwart",  "foil",  "preempt", "pre-empt" };
	int i;
	size_t k;
	for (i = ns - 1; i >= 0 && i >= ns - 4; i--) {
		if (c->t[i].kind != TOK_WORD)
			return 0;
		for (k = 0; k < sizeof(ward) / sizeof(ward[0]); k++)
			if (!strncmp(c->t[i].norm, ward[k], strlen(ward[k])))
				return 1;
		if (c->is_verb[i] || (c->unit_of[i] >= 0 && c->units[c->unit_of[i]].end != ns))
			return 0; /* not the doer before the noun: "a Hezbollah attack" */
	}
	return 0;
}

/*
 * The verb of repelling before the force noun at ns, among the four words before it,
 * none a verb or an actor of its own, numbers skipped ("repelled an attack by", "fought off a
 * Taliban assault", "repelled 20 Russian attacks"): the first token of the phrase (its subject stands before it), or
 * -1. A repelled attack happened, on the repeller.
 */
static int repelled_noun(const struct coder *c, int ns)
{
	static const char *const repel[] = {
		"repel",    "repels",    "repelled",  "repelling", "repulse",    "repulses",
		"repulsed", "repulsing", "withstood", "withstand", "withstands", "withstanding"
	};
	static const char *const phrasal[] = { "fought", "fight", "fights", "fighting",
					       "beat",   "beats", "beaten", "beating",
					       "fended", "fend",  "fends",  "fending" };
	static const char *const particle[] = { "off", "back" };
	int i;
	for (i = ns - 1; i >= 1 && i >= ns - 4; i--) {
		if (c->t[i].kind == TOK_NUM)
			continue; /* "repelled 20 Russian attacks" */
		if (c->t[i].kind != TOK_WORD)
			return -1;
		if (TOK_IN(c, i, repel))
			return i;
		if (TOK_IN(c, i, particle) && TOK_IN(c, i - 1, phrasal))
			return i - 1;
		if (c->is_verb[i] || (c->unit_of[i] >= 0 && c->units[c->unit_of[i]].end != ns))
			return -1;
	}
	return -1;
}

/*
 * A passive of repelling after the force noun's phrase, from token i: "(an attack by
 * al-Shabaab) was repelled by Kenyan troops", "were beaten back by": the agent's unit,
 * or -1. Only a "be" within three words of i, so that the phrase is the subject.
 */
static int repelled_by(const struct coder *c, int i)
{
	static const char *const done[] = { "repelled", "repulsed", "withstood" };
	static const char *const phrasal[] = { "fought", "beaten", "fended" };
	static const char *const particle[] = { "off", "back" };
	int k = i, e = i + 3;
	while ((size_t)k < c->n && k < e && !(c->fc[k] & FC_BE) && !is_boundary(c, k) &&
	       !is_punct(c, k, ',') && !c->is_verb[k])
		k++;
	if ((size_t)k >= c->n || !(c->fc[k] & FC_BE))
		return -1;
	k++;
	while ((size_t)k < c->n && is_adverb(c, k))
		k++;
	if (TOK_IN(c, k, done))
		k++;
	else if (TOK_IN(c, k, phrasal) && (size_t)k + 1 < c->n && TOK_IN(c, k + 1, particle))
		k += 2;
	else
		return -1;
	return is_tok(c, k, "by") ? coder_by_agent(c, k + 1) : -1;
}

/*
 * The one who repelled, by the verb at v: the actor right before it, past adverbs and
 * auxiliaries, else the subject found for the verb when a pronoun stands there ("the army
 * said it had repelled an attack by": the army). Its unit, or -1.
 */
static int repeller(const struct coder *c, int v)
{
	int p = v - 1, u, k;
	while (p >= 0 && (is_adverb(c, p) || (c->fc[p] & (FC_HAVE | FC_BE))))
		p--;
	if (p >= 0 && (c->fc[p] & FC_PRON) && c->unit_of[p] < 0)
		for (k = 0; k < c->nverbs; k++)
			if (c->verbs[k].start <= v && v < c->verbs[k].end) {
				u = c->verbs[k].subject;
				return u >= 0 && c->units[u].ncodes && !c->units[u].docfill ? u
											    : -1;
			}
	if (p < 0 || (u = c->unit_of[p]) < 0 || c->units[u].end != p + 1 || !c->units[u].ncodes ||
	    c->units[u].docfill)
		return -1;
	return u;
}

/*
 * The truce whose noun phrase ends before token e is the subject of a verb of taking
 * effect, asserted: "took effect", "was taking hold", "came into force", "went into
 * effect", "held" with no object, past a place ("in eastern Libya"), auxiliaries and
 * "began to" ("has begun to take effect"). A negation or a modal keeps it from taking
 * effect ("failed to take hold" is no verb of it, "would take effect" a hope).
 */
static int truce_in_effect(const struct coder *c, int e)
{
	static const char *const take[] = { "take", "takes", "took", "taken", "taking" };
	static const char *const come[] = { "come", "comes", "came", "coming", "go",
					    "goes", "went",  "gone", "going" };
	static const char *const held[] = { "held", "holds", "hold", "holding" };
	static const char *const begin[] = { "began",  "begun", "begins",    "begin",    "started",
					     "starts", "start", "continued", "continues" };
	int i = e, k = 0;
	if (i < (int)c->n && is_tok(c, i, "in")) /* a place after the parties */
		for (i++; i < (int)c->n && k < 4 &&
			  ((c->fc[i] & FC_DET) || is_plain_word(c, i) || c->unit_of[i] >= 0 ||
			   (c->t[i].flags & TOKF_CAP));
		     i++, k++)
			;
	while (i < (int)c->n && c->t[i].kind == TOK_WORD) {
		if ((c->fc[i] & (FC_NEG | FC_MODAL | FC_NEGV)))
			return 0;
		if ((c->fc[i] & (FC_HAVE | FC_BE)) || is_adverb(c, i) || coder_in_date(c, i))
			i++;
		else if (TOK_IN(c, i, begin) && is_tok(c, i + 1, "to"))
			i += 2;
		else
			break;
	}
	if (i >= (int)c->n || c->t[i].kind != TOK_WORD)
		return 0;
	if (TOK_IN(c, i, take))
		return is_tok(c, i + 1, "effect") || is_tok(c, i + 1, "hold");
	if (TOK_IN(c, i, come))
		return is_tok(c, i + 1, "into") &&
		       (is_tok(c, i + 2, "force") || is_tok(c, i + 2, "effect"));
	if (TOK_IN(c, i, held))
		return (size_t)i + 1 >= c->n || c->t[i + 1].kind == TOK_PUNCT ||
		       (c->fc[i + 1] & (FC_PREP | FC_SUBORD | FC_CONJ)) || is_adverb(c, i + 1) ||
		       coder_in_date(c, i + 1);
	return 0;
}

/*
 * "Estonian banks were hit by a cyberattack": the noun phrase starting at
 * token ns is the agent of the passive participle right before its "by" or
 * "with"
 * (past "a", "the" and an adverb or two: "were briefly knocked out by"). That
 * verb's index, when its subject names an actor, or -1.
 */
static int deed_by(const struct coder *c, int ns)
{
	int p = ns - 1, k;
	while (p >= 0 && p > ns - 6 &&
	       ((c->fc[p] & FC_DET) || (is_plain_word(c, p) && !c->is_verb[p]) ||
		c->unit_of[p] >= 0 || (is_tok(c, p, "of") && is_plain_word(c, p - 1))))
		p--; /* "by a wave of Russian cyberattacks" */
	if (p < 1 || !(is_tok(c, p, "by") || is_tok(c, p, "with")))
		return -1; /* "was hit with a denial-of-service attack" */
	p--;
	while (p > 0 && is_adverb(c, p))
		p--;
	if (!c->is_verb[p] || c->span_of[p] < 0 || c->spans[c->span_of[p]].form != VF_ED ||
	    (k = coder_verb_index_at(c, p)) < 0 || c->verbs[k].subject < 0 ||
	    !c->units[c->verbs[k].subject].ncodes || c->units[c->verbs[k].subject].start > p)
		return -1;
	return k;
}

/*
 * "A cyberattack crippled the grid of a plant in Poland": the noun phrase ending
 * before token ne is the subject of a verb of harm right after it ("hit", "crippled",
 * "disrupted", "targeted", "took down", "knocked out"; a "has" or an adverb
 * between, no modal), or token ne is the "on" of what it hit; the first actor of its
 * object, before a comma, the end of the clause or a negation ("hit no government
 * systems"), within twelve words. Its unit, or -1.
 */
static int deed_object(const struct coder *c, int ne)
{
	static const char *const harm[] = { "hit",         "hits",      "struck",    "strikes",
					    "crippled",    "cripples",  "disrupted", "disrupts",
					    "paralysed",   "paralyzed", "paralyses", "paralyzes",
					    "targeted",    "targets",   "disabled",  "disables",
					    "compromised", "breached",  "infected",  "crashed",
					    "cut",         "downed" };
	static const char *const phrasal[] = { "took",  "takes",   "brought", "brings", "shut",
					       "shuts", "knocked", "knocks",  "wiped",  "wipes" };
	static const char *const particle[] = { "down", "out", "offline" };
	int p = ne, k, u;
	if (p < 0)
		return -1;
	while ((size_t)p < c->n && (is_adverb(c, p) || (c->fc[p] & FC_HAVE)))
		p++;
	if ((size_t)p >= c->n)
		return -1;
	if (TOK_IN(c, p, phrasal) && (size_t)p + 1 < c->n && TOK_IN(c, p + 1, particle))
		p++;
	else if (!TOK_IN(c, p, harm) && !(p == ne && is_tok(c, p, "on")))
		return -1; /* "a cyberattack on a power plant in Lithuania": its place */
	for (k = p + 1; (size_t)k < c->n && k <= p + 12; k++) {
		if (is_boundary(c, k) || is_punct(c, k, ',') ||
		    (c->fc[k] & (FC_SUBORD | FC_REL | FC_NEG)) || is_tok(c, k, "no"))
			return -1;
		if ((u = c->unit_of[k]) >= 0 && c->units[u].ncodes && !c->units[u].docfill)
			return u;
	}
	return -1;
}

/*
 * "a strike on a school in Gaza City": the object of force from token i is a thing no
 * dictionary names (a determiner or a number, then up to four lower-case words), placed
 * "in", "near" or "outside" a country or a place of one: that place's unit, which the
 * force hit; or -1.
 */
static int struck_place(const struct coder *c, int i)
{
	int k = i, words = 0, loc = 0, u;
	while ((size_t)k < c->n && ((c->fc[k] & FC_DET) || c->t[k].kind == TOK_NUM))
		k++;
	for (; (size_t)k < c->n && words < 4; k++, words++)
		if (c->t[k].kind != TOK_WORD || (c->t[k].flags & TOKF_CAP) || c->fc[k] ||
		    c->unit_of[k] >= 0 || c->is_verb[k])
			break;
	if (!words || !(is_tok(c, k, "in") || is_tok(c, k, "near") || is_tok(c, k, "outside")))
		return -1;
	u = (size_t)k + 1 < c->n ? c->unit_of[k + 1] : -1;
	if (u < 0 && (size_t)k + 2 < c->n && (c->fc[k + 1] & FC_DET))
		u = c->unit_of[k + 2];
	if (u < 0 || c->units[u].nag || c->units[u].ncodes != 1 || c->units[u].docfill ||
	    !coder_pp_object(c, c->units[u].start, &loc) || !loc)
		return -1;
	return u;
}

/*
 * A medium the noun phrase from token i names within four words ("Russian
 * television", "state TV", "social media", "its website"): where a campaign
 * runs, not whom it is aimed at.
 */
static int medium_at(const struct coder *c, int i)
{
	static const char *const media[] = { "television", "tv",          "radio",     "channel",
					     "channels",   "internet",    "media",     "platform",
					     "platforms",  "website",     "websites",  "newspaper",
					     "newspapers", "broadcaster", "broadcasts" };
	int j;
	for (j = i; j < i + 4 && (size_t)j < c->n && !c->is_verb[j]; j++)
		if (TOK_IN(c, j, media))
			return 1;
	return 0;
}

/*
 * The deed named at token ns is only feared, warded off, foreseen or denied: a word
 * of risk, warning, defence or denial among the four words before it ("the threat of
 * a cyberattack on", "officials fear a cyberattack", "protection against
 * cyberattacks", "foiled a cyberattack", "denied that a cyberattack crippled").
 */
static int unreal_deed(const struct coder *c, int ns)
{
	static const char *const unreal[] = {
		"threat",   "threats",    "risk",       "risks",       "fear",       "fears",
		"feared",   "fearing",    "danger",     "possibility", "prospect",   "spectre",
		"specter",  "likelihood", "warn",       "warned",      "warns",      "warning",
		"warnings", "prepare",    "prepared",   "preparing",   "prevent",    "prevented",
		"thwart",   "thwarted",   "foil",       "foiled",      "avert",      "averted",
		"deter",    "protect",    "protection", "defend",      "defence",    "defense",
		"against",  "vulnerable", "attempted",  "possible",    "potential",  "future",
		"behind",   "no",         "evidence",   "sign",        "signs",      "whether",
		"if",       "simulate",   "simulated",  "simulating",  "simulation", "exercise",
		"drill",    "drills",     "scenario",   "film",        "movie",      "novel",
		"depicts",  "depicted",   "discuss",    "discussed",   "discussing", "anniversary",
		"denied",   "denies",     "deny",       "denying"
	};
	int p;
	for (p = ns - 1; p >= 0 && p >= ns - 4 && !is_boundary(c, p); p--)
		if (TOK_IN(c, p, unreal) || coder_in_date(c, p))
			return 1; /* "the 2007 cyberattack on": an old deed recalled */
	return 0;
}

/*
 * A state's deed on people of no named country from token i: over determiners,
 * possessives and numbers and up to three words (plain, or a role of no country of its
 * own), a word of persons or a role of no country ("on independent journalists", "of
 * opposition activists", "on protesters"); not a thing ("on corruption").
 */
static int home_people_at(const struct coder *c, int i)
{
	static const char *const persons[] = {
		"activist",    "activists",  "critic",     "critics",     "journalist",
		"journalists", "opponent",   "opponents",  "dissident",   "dissidents",
		"lawmaker",    "lawmakers",  "politician", "politicians", "lawyer",
		"lawyers",     "protester",  "protesters", "protestors",  "demonstrators",
		"students",    "bloggers",   "reporters",  "minorities",  "minority",
		"civilians",   "villagers",  "residents",  "worshippers", "believers",
		"monks",       "clerics",    "priests",    "workers",     "strikers",
		"members",     "supporters", "leaders",    "figures",     "prisoners"
	};
	int words = 0;
	while ((size_t)i < c->n &&
	       ((c->fc[i] & (FC_DET | FC_POSS)) || c->t[i].kind == TOK_NUM || is_tok(c, i, "'s")))
		i++;
	for (; (size_t)i < c->n && words < 4; i++, words++) {
		int u = c->unit_of[i];
		char cc[4];
		if (TOK_IN(c, i, persons))
			return u < 0 || c->units[u].docfill ||
			       !coder_unit_country(&c->units[u], cc);
		if (u >= 0) {
			if (!c->units[u].docfill && coder_unit_country(&c->units[u], cc))
				return 0; /* "on Chechen rebels": the ordinary rules */
			if (c->units[u].ncodes)
				return 1; /* a role of no country: "on the opposition" */
			continue;
		}
		if (!is_plain_word(c, i) || (c->t[i].flags & TOKF_CAP))
			return 0;
	}
	return 0;
}

/*
 * The actors listed after the agent u of an event noun ("by Spain, Ireland and
 * Norway", "by Israel and the US"), each a doer, in `out` (at most max): commas and a
 * last "and"; their number, or 0 when the list is no such list (a possessive after its
 * last actor, "by Israel and Egypt's envoy", is another phrase).
 */
static int by_list(const struct coder *c, int u, int *out, int max)
{
	int n = 0, e;
	for (;;) {
		e = c->units[u].end;
		if (is_punct(c, e, ',') && !is_tok(c, e + 1, "and")) {
			if (n == max || (u = coder_by_agent(c, e + 1)) < 0)
				return 0;
			out[n++] = u;
			continue;
		}
		if (is_punct(c, e, ','))
			e++;
		if (n == max || !is_tok(c, e, "and") || (u = coder_by_agent(c, e + 1)) < 0 ||
		    possessive_at(c, c->units[u].end))
			return 0;
		out[n++] = u;
		return n;
	}
}

/*
 * The agent named by "by" after the object of an event noun, which ends before token e:
 * right after it or after the object's head noun ("the boycott of Israeli goods by"),
 * or past a place ("in northern Mali", "near the border") of up to six words with no
 * verb, no boundary; -1 when there is none.
 */
static int agent_after(const struct coder *c, int e)
{
	int i = e;
	while (i < e + 2 && (size_t)i < c->n && is_plain_word(c, i) &&
	       !(c->t[i].flags & TOKF_CAP) && c->unit_of[i] < 0)
		i++;
	if (is_tok(c, i, "in") || is_tok(c, i, "near") || is_tok(c, i, "at")) {
		e = i;
		for (i++; (size_t)i < c->n && i < e + 7 && !is_tok(c, i, "by"); i++)
			if (is_boundary(c, i) || c->is_verb[i] || c->t[i].kind != TOK_WORD)
				return -1;
	}
	if (!is_tok(c, i, "by"))
		return -1;
	return coder_by_agent(c, i + 1);
}

/*
 * A pseudo verb for nominal event k, whose noun phrase is tokens [ns, ne): the noun
 * stands in for a verb, for the event's offsets and date. The caller has checked that
 * c->nverbs is below MAXT. Returns its index.
 */
static int pseudo_verb(struct coder *c, int k, int ns, int ne)
{
	int vi = c->nverbs++;
	memset(&c->verbs[vi], 0, sizeof(c->verbs[vi]));
	c->verbs[vi].span = c->noms[k];
	c->verbs[vi].start = (uint16_t)ns;
	c->verbs[vi].end = (uint16_t)ne;
	c->verbs[vi].subject = -1;
	c->verbs[vi].first_event = -1;
	c->verbs[vi].vow = -1;
	c->verbs[vi].np_start = ns;
	return vi;
}

/*
 * A '_U' nominal event (nominals.tsv) whose noun phrase names no doer: coded
 * from no source to each code of unit tgt, on a pseudo verb of its own; a
 * passive verb `by` it is the agent of ("were hit by a cyberattack") keeps no
 * event of its own. Returns 0 or a negative error.
 */
static int code_anon_nominal(struct coder *c, struct ctx *x, int k, int ns, int ne, int tgt,
			     const char *code, const char *lemma, int by)
{
	const struct unit *T = &c->units[tgt];
	const char *tt;
	int vi, j, rc;
	if (c->nverbs >= (int)MAXT)
		return 0;
	if (!(tt = coder_unit_text(c, x, tgt)))
		return -ERR_NOMEM;
	if (by >= 0 && c->verbs[by].nevents)
		coder_drop_verb_events(c, x, &c->verbs[by]);
	vi = pseudo_verb(c, k, ns, ne);
	x->unknown_source = 1;
	for (j = 0, rc = 0; j < T->ncodes && !rc; j++) {
		size_t e;
		for (e = x->sent_first; e < x->out->n; e++)
			if (!strcmp(x->out->v[e].target, T->codes[j]) &&
			    !strncmp(x->out->v[e].code, code, 2))
				break; /* "launched a cyberattack on": the doer's event */
		if (e == x->out->n)
			rc = nominal_push(c, x, vi, "", "", T->codes[j], tt, code, lemma);
	}
	x->unknown_source = 0;
	return rc;
}

/*
 * "Huawei is under investigation by the FBI", "WeWork is the subject of an SEC inquiry":
 * the one an investigation is about, named as the subject of the copula before "under" or
 * "the subject (target, focus) of" that opens the noun phrase at token np. Its unit, or -1.
 */
static int probed_subject(const struct coder *c, int np)
{
	int j = np - 1, u, k;
	for (k = 0; k < 4 && j >= 0; k++) {
		if ((c->fc[j] & FC_DET) || is_adverb(c, j))
			j--;
		else if (c->unit_of[j] >= 0 && c->units[c->unit_of[j]].end == j + 1)
			j = c->units[c->unit_of[j]].start - 1; /* "a U.S. Securities and Exchange
								* Commission inquiry" */
		else
			break;
	}
	if (is_tok(c, j, "under"))
		j--;
	else if (j >= 2 && is_tok(c, j, "of") &&
		 (is_tok(c, j - 1, "subject") || is_tok(c, j - 1, "target") ||
		  is_tok(c, j - 1, "focus")) &&
		 (c->fc[j - 2] & FC_DET))
		j -= 3;
	else
		return -1;
	while (j >= 0 && (is_adverb(c, j) || (c->fc[j] & (FC_BE | FC_HAVE))))
		j--;
	if (j < 0 || (u = c->unit_of[j]) < 0 || c->units[u].end != j + 1 || !c->units[u].ncodes ||
	    c->units[u].docfill)
		return -1;
	return u;
}

int coder_code_nominals(struct coder *c, struct ctx *x)
{
	/* a war, an attack or a fight of these is fought without arms */
	static const char *const unarmed_wars[] = {
		"trade",       "tariff",     "price",    "currency",  "tech",
		"chip",        "technology", "cold",     "culture",   "propaganda",
		"information", "media",      "legal",    "political", "diplomatic",
		"verbal",      "cyber",      "economic", "sanctions"
	};
	/* the nouns of force that such a word makes unarmed: not a blockade, siege or occupation */
	static const char *const fought[] = { "war",     "wars",      "attack",  "attacks",
					      "fight",   "fighting",  "battle",  "battles",
					      "assault", "offensive", "conflict" };
	const struct dict *d = c->d;
	int k, rc;
	for (k = 0; k < c->nnoms && c->nverbs < (int)MAXT; k++) {
		const struct span *s = &c->spans[c->noms[k]];
		const struct dverb *dv = NULL;
		const struct dblock *bl;
		const char *pa = NULL, *pb = NULL, *code;
		int32_t p;
		int ns = s->start, ne = s->start + s->len, q, src = -1, tgt = -1, tgt2 = -1, recip,
		    pair = 0, vi, t, dom = 0, under = 0, home = 0, anon, by = -1, nparty = 0,
		    poss = -1, with = 0, nsrc = 0, m, rv, repelled = -1, mediated = -1;
		char cc[4];
		int party[MAX_PARTIES], more_src[MAX_PARTIES];
		for (p = s->pay; p >= 0 && !dv; p = d->pays[p].next)
			if (nominal_pay(d, p))
				dv = &d->verbs[d->pays[p].idx];
		if (!dv)
			continue;
		bl = &d->blocks[dv->block];
		code = dv->code[0] ? dv->code : bl->code;
		if (!cameo_lookup(code))
			continue;
		recip = strstr(bl->name, "_R") != NULL;
		anon = (d->flags & DICT_F_OPEN) && strstr(bl->name, "_U") != NULL;
		/* the source before the noun: "Israeli strikes", "Trump's call", "US-Iran talks" */
		q = ns - 1;
		while (q >= 0 && q > ns - 3 && (is_plain_word(c, q) || is_adverb(c, q)) &&
		       !actor_pair(c, q, &pa, &pb) && !is_tok(c, q, "no"))
			q--;
		if ((d->flags & DICT_F_OPEN) && !strncmp(code, "19", 2) && ns > 0 &&
		    TOK_IN(c, ns - 1, unarmed_wars) && TOK_IN(c, ne - 1, fought))
			continue; /* "the US-China trade war": no arms */
		if ((d->flags & DICT_F_OPEN) && recip && !actor_pair(c, q, &pa, &pb) &&
		    pair_before(c, ns) >= 0)
			q = pair_before(c,
					ns); /* "US-China trade talks": "trade" is no verb here */
		if ((d->flags & DICT_F_OPEN) && recip && strncmp(code, "18", 2) &&
		    strncmp(code, "19", 2) && strncmp(code, "20", 2) &&
		    undoing_verb_before(c, q >= 0 && actor_pair(c, q, &pa, &pb) ? q : ns))
			continue; /* "ruled out US-China trade talks": none held */
		if ((d->flags & DICT_F_OPEN) && !strncmp(code, "09", 2) &&
		    undoing_verb_before(c, q + 1))
			continue; /* "dropped its inquiry into", "closed the investigation
				   * of": no investigation under way */
		if ((d->flags & DICT_F_OPEN) && !strncmp(code, "05", 2) &&
		    undoing_verb_before(c, q + 1))
			continue; /* "withdrew its recognition of", "renounced its support
				   * for": the verb's own code says what was undone */
		if (q >= 0 &&
		    (is_tok(c, q, "no") || is_tok(c, q, "without") || (c->fc[q] & FC_NEG)))
			continue;
		if ((d->flags & DICT_F_OPEN) && hedged_noun(c, q + 1, ns))
			continue; /* "a possible arrest of", "the planned talks between": not
				   * (yet) done */
		if ((d->flags & DICT_F_OPEN) && warded_noun(c, ns))
			continue; /* "to prevent further clashes between": none fought */
		if ((d->flags & DICT_F_OPEN) &&
		    feared_noun(c, q >= 1 && possessive_at(c, q) && c->unit_of[q - 1] >= 0
					   ? c->units[c->unit_of[q - 1]].start
				   : q >= 0 && c->unit_of[q] >= 0 ? c->units[c->unit_of[q]].start
								  : q + 1))
			continue; /* "fears of a war between", "the anniversary of the
				   * clashes between": none of the sentence's time */
		if (q >= 0 && actor_pair(c, q, &pa, &pb))
			pair = 1;
		else if (q >= 1 && possessive_at(c, q) && c->unit_of[q - 1] >= 0)
			src = poss = c->unit_of[q - 1];
		else if (q >= 0 && c->unit_of[q] >= 0 && c->units[c->unit_of[q]].end == q + 1) {
			src = c->unit_of[q];
			if (possessive_at(c, q + 1))
				poss = src;
			else if (d->flags & DICT_F_OPEN)
				nsrc = listed_sources(c, src, more_src, MAX_PARTIES);
		} else if (q >= 0 && (d->flags & DICT_F_OPEN))
			src = poss = coder_pronoun_possessor(c, q); /* "its strikes on Gaza" */
		if (q >= 1 && (is_tok(c, q - 1, "no") || is_tok(c, q - 1, "without")))
			continue;
		if ((d->flags & DICT_F_OPEN) && q >= 0 &&
		    coder_halting_word(c, (c->fc[q] & (FC_DET | FC_POSS)) ? q - 1 : q))
			continue; /* "suspending talks with", "ended its visit to": no
				   * talks held, no visit made */
		if ((d->flags & DICT_F_OPEN) && undone_noun(c, q))
			continue; /* "the easing of its sanctions on", "a suspension of
				   * talks with", "an end to the blockade of": undone, not done */
		/* "killings by Syrian police", "occupation by Chile of the islands"; a noun
		 * listed with its preposition ("call with": a call on or for someone is an
		 * appeal) has its target right after it */
		t = ne;
		if (ne - ns > 1 && (c->fc[ne - 1] & FC_PREP))
			t = ne - 1;
		if (is_tok(c, t, "by") && !pair) {
			int u = coder_by_agent(c, t + 1);
			if (u >= 0) {
				if (poss >= 0 && poss != u && (d->flags & DICT_F_OPEN))
					tgt = poss; /* "Navalny's arrest by Russian police",
						     * "his killing by Israel": with the doer
						     * after "by", the owner is the one it was
						     * done to */
				src = u;
				t = c->units[u].end;
				if (tgt >= 0 && (d->flags & DICT_F_OPEN))
					nsrc = by_list(c, u, more_src,
						       MAX_PARTIES); /* "his killing by Israel
								      * and the US" */
				if (recip && code[0] == '0' && poss < 0 &&
				    (d->flags & DICT_F_OPEN)) {
					/* "joint exercises by Russia and Belarus", "talks by
					 * Iran, Iraq and Syria": a joint act of the parties
					 * listed, each with each, as "between" them; not
					 * force ("raids by Kenyan and Ugandan troops" are on
					 * a third) */
					int v = is_tok(c, t, "and") ? coder_by_agent(c, t + 1) : -1;
					if (v >= 0) {
						tgt2 = v;
						t = c->units[v].end;
					} else if ((nparty = between_list(c, u, party)) > 0) {
						tgt2 = party[nparty - 1];
						t = c->units[tgt2].end;
					}
				}
			}
		}
		if (!pair && src < 0 && (d->flags & DICT_F_OPEN) &&
		    (!strncmp(code, "18", 2) || !strncmp(code, "17", 2))) {
			/* "the arrests made under the Chadian president", "killings under the
			 * junta": the ruler named after "under" is the agent */
			int q2 = t, u;
			if ((size_t)q2 + 1 < c->n && c->t[q2].kind == TOK_WORD &&
			    c->unit_of[q2] < 0 && is_tok(c, q2 + 1, "under"))
				q2++; /* "seen under", "carried out under" */
			else if (is_tok(c, q2, "carried") && is_tok(c, q2 + 1, "out"))
				q2 += 2;
			if (is_tok(c, q2, "under") && (u = coder_by_agent(c, q2 + 1)) >= 0 &&
			    ruler(c, u)) {
				src = u;
				under = 1;
				t = c->units[u].end;
			}
		}
		if (!pair && src < 0 && (d->flags & DICT_F_OPEN)) {
			int cv = coder_claimed_deed(c, ns);
			if (cv >= 0)
				src = c->verbs[cv].subject; /* "claimed responsibility for the
							     * attack on" */
		}
		if (!pair && src < 0 && (d->flags & DICT_F_OPEN) && q >= 2 &&
		    is_tok(c, (c->fc[q] & FC_DET) ? q - 1 : q, "behind")) {
			/* "Russia was behind the cyberattack on Estonia": who is behind a
			 * deed did it */
			int b = ((c->fc[q] & FC_DET) ? q - 1 : q) - 1, u;
			while (b > 0 && is_adverb(c, b))
				b--;
			if (b >= 1 && (c->fc[b] & FC_BE) && (u = c->unit_of[b - 1]) >= 0 &&
			    c->units[u].end == b)
				src = u;
		}
		if (is_tok(c, t, "from") && !pair && src < 0 && (d->flags & DICT_F_OPEN) &&
		    (!strncmp(code, "042", 3) || coder_reaction(code))) {
			/* "amid visit from Japanese trade minister", "criticism from China": the
			 * visitor or the critic */
			int u = coder_by_agent(c, t + 1);
			if (u >= 0) {
				src = u;
				t = c->units[u].end;
			}
		}
		if (src < 0 && !pair && (d->flags & DICT_F_OPEN) && !strncmp(code, "16", 2) &&
		    (size_t)t + 1 < c->n && c->is_verb[t] && c->span_of[t] >= 0 &&
		    c->spans[c->span_of[t]].form == VF_ED && is_tok(c, t + 1, "by")) {
			/* "tariffs imposed by China have hurt U.S. farmers" */
			int u = coder_by_agent(c, t + 2);
			if (u >= 0) {
				src = u;
				t = c->units[u].end;
			}
		}
		if (!pair && src < 0 && (d->flags & DICT_F_OPEN) && !is_tok(c, t, "between") &&
		    (q = happened_between(c, t)) >= 0)
			t = q; /* "clashes erupted between" */
		if ((d->flags & DICT_F_OPEN) && is_tok(c, t, "with") &&
		    (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) ||
		     !strncmp(code, "20", 2)) &&
		    !coder_mutual_force(c, ns, ne)) {
			/* "Russia's attack with Iranian drones on Ukraine": what one
			 * side's force is made with, or who joins it, is not struck;
			 * the target follows the phrase, or there is none */
			int e = t + 1;
			while ((size_t)e < c->n && e < t + 8 && !is_boundary(c, e) &&
			       !c->is_verb[e] && !is_tok(c, e, "on") && !is_tok(c, e, "against") &&
			       !is_tok(c, e, "into"))
				e++;
			if (is_tok(c, e, "on") || is_tok(c, e, "against") || is_tok(c, e, "into"))
				t = e;
			else
				continue;
		}
		if ((d->flags & DICT_F_OPEN) && !strcmp(code, "045") && src >= 0 && !pair &&
		    is_tok(c, t, "between")) {
			/* "Qatar's mediation between Israel and Hamas": the mediator's,
			 * with each party */
			int u = coder_by_agent(c, t + 1);
			if (u >= 0 && is_tok(c, c->units[u].end, "and") &&
			    (mediated = coder_by_agent(c, c->units[u].end + 1)) >= 0)
				tgt = u;
		} else if (is_tok(c, t, "between") && strcmp(code, "045")) {
			/* (mediation "between" two, with no mediator, names none) */
			int u = coder_by_agent(c, t + 1);
			if (u >= 0 && is_tok(c, c->units[u].end, "and")) {
				tgt2 = coder_by_agent(c, c->units[u].end + 1);
				if (tgt2 >= 0)
					src = u;
			} else if (u >= 0 && (d->flags & DICT_F_OPEN) && c->units[u].ncodes >= 2 &&
				   joined_roles(c, u)) {
				src = u; /* "clashes between protesters and police in Lima":
					  * one unit of two roles, each a party */
				tgt2 = u;
			} else if (u >= 0 && (d->flags & DICT_F_OPEN) &&
				   (nparty = between_list(c, u, party)) > 0) {
				src = u; /* "talks between France, Germany and Italy" */
				tgt2 = party[nparty - 1];
			}
		} else if ((d->flags & DICT_F_OPEN) && destined(c, t, code)) {
			tgt = coder_by_agent(c, t + 2); /* "an arms shipment bound for Yemen" */
		} else if ((d->flags & DICT_F_OPEN) && !strncmp(code, "04", 2) &&
			   strcmp(code, "042") && strcmp(code, "043") &&
			   (is_tok(c, t, "on") || is_tok(c, t, "about") || is_tok(c, t, "over"))) {
			/* "talks on Syria": their topic, no party; the partner follows
			 * "with" ("talks on Syria with Turkey") */
			tgt = coder_with_partner(c, t, coder_clause_end(c, t));
		} else if (is_tok(c, t, "on") || is_tok(c, t, "against") || is_tok(c, t, "with") ||
			   is_tok(c, t, "of") || is_tok(c, t, "to") || is_tok(c, t, "into") ||
			   is_tok(c, t, "toward") || is_tok(c, t, "towards")) {
			tgt = coder_by_agent(c, t + 1);
			/* "Chad's war with Libya", "Peru's truce with Chile": a fight or
			 * truce with its partner goes both ways, as one between them;
			 * not "Russia's attack with Iranian drones" (one side's force),
			 * nor talks or a call, which the possessor holds or makes */
			with = tgt >= 0 && recip && is_tok(c, t, "with") &&
			       (!strcmp(code, "0871") || coder_mutual_force(c, ns, ne));
			/* "Trump's war on Iran could hurt farmers", "Chad's war against
			 * Libya entered its third year": a war that is the subject of its
			 * clause is fought by both, whichever began it; "amid the US war on
			 * Iran" names the one who wages it */
			with |= tgt >= 0 && recip && (d->flags & DICT_F_OPEN) &&
				(is_tok(c, t, "on") || is_tok(c, t, "against")) &&
				(is_tok(c, ne - 1, "war") || is_tok(c, ne - 1, "wars")) &&
				war_subject(c, c->units[tgt].end);
		}
		if (!pair && tgt < 0 && tgt2 < 0 && (d->flags & DICT_F_OPEN) &&
		    (is_tok(c, t, "on") || is_tok(c, t, "against") || is_tok(c, t, "of")) &&
		    (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2)))
			tgt = struck_place(c, t + 1); /* "the strike on a school in Gaza City",
						       * "the bombardment of a hospital in
						       * Kharkiv" */
		if (!pair && src < 0 && tgt >= 0 && tgt2 < 0 && (d->flags & DICT_F_OPEN) &&
		    !is_tok(c, t, "with") && (m = agent_after(c, c->units[tgt].end)) >= 0) {
			/* "the release of 40 prisoners by Hamas", "a visit to Rabat by Israel's
			 * defence minister", "sanctions on Iran by the EU", "an attack on a
			 * police station in Kidal by jihadists": the agent after the object,
			 * each of a list ("recognition of Palestine by Spain, Ireland and
			 * Norway") */
			src = m;
			nsrc = by_list(c, m, more_src, MAX_PARTIES);
		}
		if (!pair && src < 0 && tgt >= 0 && recip && (d->flags & DICT_F_OPEN))
			src = talks_party(c, ns,
					  tgt); /* "brought drama to trade talks with China" */
		if (!pair && src >= 0 && tgt < 0 && tgt2 < 0 && (d->flags & DICT_F_OPEN) &&
		    (coder_reaction(code) ||
		     (!strncmp(code, "042", 3) && c->units[src].start > ns)))
			/* "Iran defiant amid US threats", "amid criticism from the US" */
			tgt = reaction_aim(c, src,
					   c->units[src].start < ns ? c->units[src].start : ns);
		if (!pair && src >= 0 && tgt < 0 && tgt2 < 0 && (d->flags & DICT_F_OPEN) &&
		    !strncmp(code, "16", 2))
			tgt = harmed(c, t); /* "Chinese tariffs have hurt U.S. farmers" */
		if (!pair && src >= 0 && tgt < 0 && tgt2 < 0 && (d->flags & DICT_F_OPEN) &&
		    (!strncmp(code, "18", 2) || !strncmp(code, "175", 3)) &&
		    c->units[src].start > ns && (under || own_people(c, src)))
			dom = 1; /* "arbitrary killings by Syrian police" */
		if (!pair && !dom && src >= 0 && tgt2 < 0 && (d->flags & DICT_F_OPEN) &&
		    (tgt < 0 || c->units[tgt].docfill || !coder_unit_country(&c->units[tgt], cc)) &&
		    (!strncmp(code, "18", 2) || !strcmp(code, "175") || !strcmp(code, "173")) &&
		    c->units[src].start < ns && !c->units[src].docfill &&
		    c->units[src].ncodes == 1 &&
		    (strlen(c->units[src].codes[0]) == 3 ||
		     coder_state_role(c->units[src].codes[0])) &&
		    (is_tok(c, t, "on") || is_tok(c, t, "against") || is_tok(c, t, "of")) &&
		    home_people_at(c, t + 1)) {
			snprintf(cc, sizeof(cc), "%.3s", c->units[src].codes[0]);
			dom = coder_country_code(cc); /* "Belarus's crackdown on independent
						       * journalists": a state's own people */
			if (dom)
				tgt = -1;
		}
		if (!pair && tgt2 < 0 && (d->flags & DICT_F_OPEN) && !strncmp(code, "14", 2))
			home = home_protest_noun(c, &src, &tgt, ns, t);
		if (anon && !pair && tgt < 0 && tgt2 < 0 && (by = deed_by(c, ns)) >= 0)
			tgt = c->verbs[by].subject; /* "banks were hit by a cyberattack" */
		if (anon && !pair && tgt < 0 && tgt2 < 0 && by < 0)
			tgt = is_tok(c, t, "on") ? deed_object(c, t)
						 : deed_object(c, ne); /* "a cyberattack crippled
									  * Poland's grid" */
		if (anon && tgt >= 0 && by < 0 && is_tok(c, t, "on") && medium_at(c, t + 1) &&
		    (is_tok(c, ne - 1, "campaign") || is_tok(c, ne - 1, "campaigns") ||
		     is_tok(c, ne - 1, "operation") || is_tok(c, ne - 1, "operations")))
			tgt = -1; /* "a propaganda campaign on Russian television": where it
				   * ran; "a cyberattack on the state broadcaster" hit it */
		if (anon && !pair && src < 0 && tgt >= 0 && !c->units[tgt].docfill &&
		    !unreal_deed(c, ns)) {
			/* "a cyberattack on Estonia's banks": no doer named */
			if ((rc = code_anon_nominal(c, x, k, ns, ne, tgt, code, dv->lemma, by)))
				return rc;
			continue;
		}
		if ((d->flags & DICT_F_OPEN) && !pair && !dom && !home && src < 0 && tgt >= 0 &&
		    tgt2 < 0 && !nparty && !strcmp(code, "173") && is_tok(c, t, "of") &&
		    !c->units[tgt].docfill && !asked_for(c, ns) &&
		    !is_tok(c, (ns > 0 && (c->fc[ns - 1] & FC_DET)) ? ns - 2 : ns - 1, "for")) {
			/* "the arrest of a Turkish journalist", "reported the detention of
			 * two Kenyan activists": an arrest with no one named making it is
			 * the state's, as in the agentless passive ("was arrested"): the
			 * authorities of the place named after the person, else of the
			 * person's own country; not one asked for ("called for the arrest
			 * of", "a warrant for the arrest of") */
			int neg, mod, gov, e = c->units[tgt].end;
			const char *place;
			char aim[4];
			while ((size_t)e < c->n && !is_boundary(c, e) && !c->is_verb[e])
				e++;
			place = coder_place_country(c, c->units[tgt].end, e);
			if (!place && protest_aim(c, x, ns, aim))
				place = aim; /* "protested to China over the detention of a
					      * Japanese businessman": China's, never Japan's */
			vi = pseudo_verb(c, k, ns, ne);
			nominal_mood(c, ns, &neg, &mod, &gov);
			if ((rc = coder_code_agentless(c, x, vi, &tgt, 1, place, code, neg, mod,
						       NULL, dv->lemma)))
				return rc;
			continue;
		}
		if (!pair && src >= 0 && tgt < 0 && tgt2 < 0 && (d->flags & DICT_F_OPEN) &&
		    !strncmp(code, "09", 2))
			tgt = probed_subject(c,
					     c->units[src].start < ns ? c->units[src].start : ns);
		if (!pair && src >= 0 && tgt2 < 0 && (d->flags & DICT_F_OPEN) &&
		    (!strncmp(code, "18", 2) || !strncmp(code, "19", 2)) &&
		    !coder_mutual_force(c, ns, ne) &&
		    (((rv = repelled_noun(c, ns)) >= 0 && (repelled = repeller(c, rv)) >= 0) ||
		     (repelled = repelled_by(c, tgt >= 0 ? c->units[tgt].end : t)) >= 0) &&
		    repelled != src) {
			/* "Kenya repelled an attack by al-Shabaab": on Kenya, unless
			 * one is named, and Kenya fought back */
			if (tgt < 0)
				tgt = repelled;
		} else
			repelled = -1;
		if (!pair && !dom && !home && (src < 0 || (tgt < 0 && tgt2 < 0)))
			continue;
		if ((d->flags & DICT_F_OPEN) && !strcmp(code, "0871") &&
		    !truce_in_effect(c, tgt2 >= 0  ? c->units[tgt2].end
					: tgt >= 0 ? c->units[tgt].end
						   : ne))
			continue; /* "a ceasefire between X and Y took effect" is kept; "called
				   * for a ceasefire between", "violated the truce between" not */
		if (by >= 0 && src >= 0 && src != tgt && c->verbs[by].nevents)
			/* "were hit by a Russian cyberattack": the deed, not a blow */
			coder_drop_verb_events(c, x, &c->verbs[by]);
		if ((d->flags & DICT_F_OPEN) &&
		    (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) ||
		     !strncmp(code, "20", 2)) &&
		    (pair || tgt2 >= 0 || coder_mutual_force(c, ns, ne))) {
			/* "fighting between Armenia and Azerbaijan stopped", "the
			 * hostilities have ended": the force is over, a de-escalation;
			 * a one-sided raid, assault or siege that ended was done ("the
			 * raid on Jenin ended"), and so was force that "ended with the
			 * capture of" */
			int e = tgt2 >= 0 ? c->units[tgt2].end : tgt >= 0 ? c->units[tgt].end : ne;
			while ((size_t)e < c->n &&
			       (is_adverb(c, e) || (c->fc[e] & (FC_HAVE | FC_BE))))
				e++;
			if ((size_t)e < c->n && c->is_verb[e] && c->span_of[e] >= 0 &&
			    (c->spans[c->span_of[e]].form == VF_ED ||
			     c->spans[c->span_of[e]].form == VF_S) &&
			    coder_halting_word(c, e) &&
			    (!is_tok(c, e + 1, "with") || coder_ends_in_peace(c, e + 2)) &&
			    ((size_t)e + 1 >= c->n || c->t[e + 1].kind == TOK_PUNCT ||
			     (c->fc[e + 1] & (FC_PREP | FC_SUBORD | FC_CONJ)) ||
			     is_adverb(c, e + 1) || coder_in_date(c, e + 1)))
				code = "087"; /* not "ended the ceasefire": its own object */
		}
		/* a pseudo verb: the noun, for the event's offsets and date */
		vi = pseudo_verb(c, k, ns, ne);
		if (src >= 0 && c->units[src].start < ns)
			c->verbs[vi].np_start = c->units[src].start;
		if (pair) {
			int f = pair_first(c, q);
			const char *pt = arena_strndup(&x->out->arena, x->text + c->t[f].off,
						       c->t[q].off + c->t[q].len - c->t[f].off);
			if (!pt)
				return -ERR_NOMEM;
			if (tgt >= 0) {
				/* "Saudi-Emirati war on Yemen": both are sources */
				const struct unit *T = &c->units[tgt];
				const char *tt = coder_unit_text(c, x, tgt);
				int j;
				if (!tt)
					return -ERR_NOMEM;
				for (j = 0; j < T->ncodes && !T->docfill; j++)
					if ((rc = nominal_push(c, x, vi, pa, pt, T->codes[j], tt,
							       code, dv->lemma)) ||
					    (rc = nominal_push(c, x, vi, pb, pt, T->codes[j], tt,
							       code, dv->lemma)))
						return rc;
				/* "the US-Israel war with Iran": a war with its
				 * partner goes both ways, to each of the pair */
				for (j = 0; with && j < T->ncodes && !T->docfill; j++)
					if ((rc = nominal_push(c, x, vi, T->codes[j], tt, pa, pt,
							       code, dv->lemma)) ||
					    (rc = nominal_push(c, x, vi, T->codes[j], tt, pb, pt,
							       code, dv->lemma)))
						return rc;
			} else {
				if ((rc = nominal_push(c, x, vi, pa, pt, pb, pt, code, dv->lemma)))
					return rc;
				if (recip &&
				    (rc = nominal_push(c, x, vi, pb, pt, pa, pt, code, dv->lemma)))
					return rc;
			}
		} else if (home) {
			if ((rc = code_home_protest(c, x, vi, src, code, dv->lemma)))
				return rc;
		} else if (dom) {
			const struct unit *S = &c->units[src];
			const char *st = coder_unit_text(c, x, src);
			int j;
			if (!st)
				return -ERR_NOMEM;
			for (j = 0; j < S->ncodes; j++) {
				char cvl[8];
				snprintf(cvl, sizeof(cvl), "%.3sCVL", S->codes[j]);
				if ((rc = nominal_push(c, x, vi, S->codes[j], st, cvl, "", code,
						       dv->lemma)))
					return rc;
			}
		} else if (nparty > 0) {
			int a, b;
			for (a = 0; a < nparty; a++)
				for (b = a + 1; b < nparty; b++)
					if ((rc = coder_nominal_units(c, x, vi, party[a], party[b],
								      recip, code, dv->lemma)))
						return rc;
		} else if (tgt2 >= 0) {
			/* "clashes between Bolivian protesters and police": a domestic
			 * fight may pair a role the document gave its country */
			if ((rc = nominal_units(c, x, vi, src, tgt2, recip, code, dv->lemma, 1)))
				return rc;
		} else if (src != tgt) {
			/* an attack on the repeller by a role the document gave its
			 * country is a domestic fight ("the Malian army said it fought off
			 * an attack by jihadists"), as the repelling verb's own is */
			int repulsed = repelled >= 0 && tgt == repelled;
			if ((rc = nominal_units(c, x, vi, src, tgt,
						with && (d->flags & DICT_F_OPEN), code, dv->lemma,
						repulsed)))
				return rc;
			/* the repeller fought back: "Kenya repelled an attack by" */
			if (repelled >= 0 && (rc = nominal_units(c, x, vi, repelled, src, 0, "190",
								 dv->lemma, repulsed)))
				return rc;
			/* "U.S. and Israeli strikes on Iran": each country of the list (src
			 * and tgt are both set here: the check after the targets' search) */
			for (m = nsrc - 1; m >= 0; m--)
				if (more_src[m] != tgt &&
				    (rc = coder_nominal_units(c, x, vi, more_src[m], tgt,
							      with && (d->flags & DICT_F_OPEN),
							      code, dv->lemma)))
					return rc;
			/* the other party a mediator mediates with */
			if (mediated >= 0 && mediated != src &&
			    (rc = coder_nominal_units(c, x, vi, src, mediated, 0, code, dv->lemma)))
				return rc;
			for (m = nsrc - 1; m >= 0 && mediated >= 0; m--)
				if (more_src[m] != mediated &&
				    (rc = coder_nominal_units(c, x, vi, more_src[m], mediated, 0,
							      code, dv->lemma)))
					return rc;
		}
	}
	return 0;
}
