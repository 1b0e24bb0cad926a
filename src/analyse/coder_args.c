/*
 * coder_args.c: the actors of a verb: its subject to the left and its object to the
 * right, across relative clauses, appositions, pronouns carried from earlier
 * sentences and the speakers of reported speech.
 */
#include "analyse/coder_internal.h"

#include "util/banned.h"

/* ---- finding the actors of a verb ---- */

/* weapons: what a deed is done with ("with Iranian missiles", "fired its rockets at") */
static const char *const arm_words[] = {
	"missile",  "missiles", "rocket", "rockets",   "drone",      "drones",   "bomb",
	"bombs",    "jet",      "jets",   "warplane",  "warplanes",  "aircraft", "artillery",
	"weapons",  "weapon",   "arms",   "shells",    "munitions",  "tanks",    "helicopters",
	"grenades", "rifles",   "guns",   "howitzers", "ammunition", "bombers",  "mortars"
};

/* A unit introduced by a preposition ("attack by X", "in Moscow") cannot be a subject. */
/*
 * A capitalised day or month name ("Monday", "March"): the object of a
 * preposition that dates the clause, after which no name of the phrase goes.
 */
static int day_or_month(const struct coder *c, int i)
{
	return i >= 0 && c->t[i].kind == TOK_WORD && (c->t[i].flags & TOKF_CAP) &&
	       coder_calendar_word(c->t[i].norm);
}

/*
 * A verb that takes an actor and a bare infinitive, at token i after "to":
 * "to see Russia withdraw", "to let Iran enrich", "to make Israel stop".
 */
int coder_bare_inf_verb(const struct coder *c, int i)
{
	static const char *const v[] = { "see", "watch", "let", "make", "help", "have", "hear" };
	return TOK_IN(c, i, v);
}

/*
 * The preposition at token p opens the sentence, lower-case words follow it and
 * the actor at token start stands right before its verb (auxiliaries and adverbs
 * between): "In fact Peru attacked", "In response Iran expelled", "At the same
 * time Russia shelled". The phrase is an adverbial with no comma, the actor the
 * clause's subject and no place ("In Syria Russia attacked": a name between).
 */
static int opening_adverbial(const struct coder *c, int p, int start)
{
	int k, u = c->unit_of[start];
	if (p != 0 || u < 0 || c->units[u].start != start)
		return 0;
	for (k = p + 1; k < start; k++)
		if (c->t[k].kind != TOK_WORD || (c->t[k].flags & TOKF_CAP) || c->is_verb[k])
			return 0;
	for (k = c->units[u].end; (size_t)k < c->n && is_aux(c, k); k++)
		;
	return (size_t)k < c->n && c->is_verb[k] && !(c->t[k].flags & TOKF_CAP);
}

int coder_pp_object(const struct coder *c, int start, int *loc)
{
	int i = start - 1, words = 0;
	/* "On Monday Iran attacked", "in March 2019 Iran", "In 2019 Iran": the
	 * date is the preposition's object, the name starts a new phrase */
	while (i >= 0 && c->t[i].kind == TOK_NUM)
		i--;
	if (day_or_month(c, i) || (i < start - 1 && i >= 0 && (c->fc[i] & FC_PREP)))
		return 0;
	i = start - 1;
	while (i >= 0 && words < 3 && ((c->fc[i] & (FC_DET | FC_POSS)) || is_plain_word(c, i))) {
		if (day_or_month(c, i))
			return 0; /* "On Monday the Iranian army" */
		i--;
		words++;
	}
	if (i >= 0 && (c->fc[i] & FC_PREP) &&
	    !(c->fc[i] & FC_TO && (c->is_verb[i + 1] || ((c->d->flags & DICT_F_OPEN) &&
							 coder_bare_inf_verb(c, i + 1)))) &&
	    !is_tok(c, i, "of") &&
	    /* "at least two soldiers", "up to eight people": a number, no place */
	    !(is_tok(c, i, "at") && (is_tok(c, i + 1, "least") || is_tok(c, i + 1, "most"))) &&
	    !(is_tok(c, i, "to") && is_tok(c, i - 1, "up")) && !opening_adverbial(c, i, start)) {
		if (loc)
			*loc = (c->fc[i] & FC_LOC) != 0;
		return 1;
	}
	return 0;
}

int coder_verb_index_at(const struct coder *c, int tok)
{
	int k;
	for (k = 0; k < c->nverbs; k++)
		if (c->verbs[k].start <= tok && tok < c->verbs[k].end)
			return k;
	return -1;
}

/* Is [a, b) only a coordination between two verbs: "and", ",", adverbs? */
static int only_coord(const struct coder *c, int a, int b)
{
	int i, conj = 0;
	for (i = a; i < b; i++) {
		if (c->fc[i] & FC_CONJ)
			conj = 1;
		else if (!(is_punct(c, i, ',') || is_adverb(c, i) ||
			   (c->fc[i] & (FC_BE | FC_HAVE | FC_MODAL | FC_NEG | FC_DO))))
			return 0;
	}
	return conj;
}

/*
 * "all of whom", "some of which", "two of whom": a word or number of quantity, "of" and a
 * relative pronoun open a relative clause at token a as the pronoun alone does.
 */
static int rel_of_at(const struct coder *c, int a)
{
	return a >= 0 && (size_t)a + 2 < c->n &&
	       (c->t[a].kind == TOK_NUM ||
		(c->t[a].kind == TOK_WORD && !(c->t[a].flags & TOKF_CAP) && !c->is_verb[a])) &&
	       is_tok(c, a + 1, "of") && (c->fc[a + 2] & FC_REL);
}

/* ", in remarks published on Monday," or ", the state's fiercest foe," */
static int comma_participle_at(const struct coder *c, int a);
static int verb_follows(const struct coder *c, int i);

/*
 * Tokens [a, b) are a speaker's aside: a few words that end on a verb of saying, with no
 * verb or punctuation before it ("he said", "officials say", "the report added").
 */
static int said_aside(const struct coder *c, int a, int b)
{
	static const char *const says[] = { "said",     "says",      "say",         "added",
					    "noted",    "stressed",  "argued",      "insisted",
					    "claimed",  "explained", "believe",     "believes",
					    "reported", "wrote",     "acknowledged" };
	int i;
	if (b - a < 2 || b - a > 6 || !TOK_IN(c, b - 1, says))
		return 0;
	for (i = a; i < b - 1; i++)
		if (c->t[i].kind != TOK_WORD || c->is_verb[i] || (c->fc[i] & FC_SAY))
			return 0;
	return 1;
}

int coder_parenthetical(const struct coder *c, int a, int b)
{
	if (a >= b)
		return 0;
	if ((c->d->flags & DICT_F_OPEN) && said_aside(c, a, b))
		return 1; /* "Russia, he said, has repeatedly backed", "Peru, officials say,
			   * will close" */
	if (c->fc[a] & (FC_PREP | FC_DET | FC_REL | FC_POSS))
		return 1;
	if (is_adverb(c, a) || is_tok(c, a, "it") || is_tok(c, a, "according"))
		return 1;
	if ((c->d->flags & DICT_F_OPEN) && rel_of_at(c, a))
		return 1; /* "the rebels - all of whom were armed - released" */
	if ((c->d->flags & DICT_F_OPEN) && (is_tok(c, a, "as") || (c->fc[a] & FC_SUBORD)))
		return 1; /* "Zimbabwe, as part of a deal to end the crisis, made", "police,
			   * when protesters gathered, fired" */
	if ((c->d->flags & DICT_F_OPEN) && c->span_of[a] >= 0 &&
	    c->spans[c->span_of[a]].kind == PAY_VERB && c->spans[c->span_of[a]].form == VF_ING)
		return 1; /* "China, accusing the US of meddling, rejected" */
	if ((c->d->flags & DICT_F_OPEN) && comma_participle_at(c, a))
		return 1; /* "the leader, detained last week, called for" */
	return 0;
}

static int infinitive_at(const struct coder *c, int vstart)
{
	int p = vstart - 1;
	while (p >= 0 && is_adverb(c, p))
		p--;
	return p >= 0 && (c->fc[p] & FC_TO);
}

/*
 * Verb k is an infinitive whose subject is another than that of a verb before it (the
 * one told, urged or ordered to act: "ordered his party to hold a conference"), so that
 * a finite verb joined after it by "and" is not its subject's.
 */
static int causee_infinitive(const struct coder *c, int k)
{
	int j;
	if (!infinitive_at(c, c->verbs[k].start))
		return 0;
	for (j = k - 1; j >= 0; j--)
		if (c->verbs[j].subject >= 0)
			return c->verbs[j].subject != c->verbs[k].subject;
	return 0;
}

/* the verb vi ends right before the "to" of the infinitive at vstart */
/*
 * Verb vi is a means gerund (means_verb): the index of the event verb it
 * serves, or -1.
 */
static int means_of(const struct coder *c, int vi)
{
	int g = c->span_of[c->verbs[vi].start] >= 0 &&
				c->spans[c->span_of[c->verbs[vi].start]].form == VF_ING
			? coder_means_verb(c, c->verbs[vi].start)
			: -1,
	    k;
	if (g < 0 && c->span_of[c->verbs[vi].start] >= 0 &&
	    c->spans[c->span_of[c->verbs[vi].start]].form == VF_ING)
		g = coder_joined_in(c, c->verbs[vi].start); /* "joined Germany in condemning" */
	k = g >= 0 ? coder_verb_index_at(c, g) : -1;
	return k >= 0 && k < vi ? k : -1;
}

static int governs(const struct coder *c, int vi, int vstart)
{
	int p = vstart - 1;
	while (p >= 0 && is_adverb(c, p))
		p--;
	if (p < 0 || !(c->fc[p] & FC_TO))
		return 0;
	p--;
	while (p >= 0 && is_adverb(c, p))
		p--;
	return p >= 0 && p == c->verbs[vi].end - 1;
}

/* a dictionary actor with dated codes: an office holder, a person */
int coder_dated_actor(const struct dict *d, int32_t a)
{
	uint16_t k;
	if (a < 0 || (size_t)a >= d->nactors)
		return 0;
	for (k = 0; k < d->actors[a].n; k++)
		if (d->codes[d->actors[a].first + k].from || d->codes[d->actors[a].first + k].to)
			return 1;
	return 0;
}

/*
 * Pronoun agreement: 1 when unit u is plainly a person ("he", "she"): a surname the document
 * gave an office, an office holder with dated terms, a singular office ("the Chilean
 * envoy"); 0 when it is plainly none ("it", "they"): a country or bloc named alone, a body
 * or a plural role ("the Iranian police", "Chilean officials"); -1 when the dictionaries do
 * not say (one undated actor, a group or a person; a role of either kind).
 */
int coder_unit_person(const struct coder *c, const struct unit *u)
{
	static const char *const persons[] = {
		"president",    "minister",    "premier",      "chancellor", "leader",
		"king",         "queen",       "monarch",      "emir",       "sultan",
		"prince",       "princess",    "secretary",    "spokesman",  "spokeswoman",
		"spokesperson", "official",    "envoy",        "ambassador", "diplomat",
		"negotiator",   "commander",   "general",      "chief",      "governor",
		"mayor",        "senator",     "lawmaker",     "legislator", "judge",
		"prosecutor",   "cleric",      "ayatollah",    "pope",       "chairman",
		"chairwoman",   "ruler",       "dictator",     "adviser",    "advisor",
		"aide",         "counterpart", "commissioner", "rapporteur",
	};
	static const char *const bodies[] = {
		"government", "administration", "authority",   "regime",     "cabinet",
		"ministry",   "presidency",     "army",        "military",   "police",
		"navy",       "parliament",     "legislature", "congress",   "senate",
		"court",      "judiciary",      "council",     "committee",  "commission",
		"agency",     "media",          "party",       "coalition",  "opposition",
		"junta",      "militia",        "embassy",     "department", "office",
		"service",    "force",          "guard",       "leadership", "establishment",
	};
	int i, head = -1, agent;
	if (u == &c->carry || (c->carry_u >= 0 && u == &c->units[c->carry_u]))
		return c->carry_kind;
	for (i = u->start; i < u->end; i++) {
		int s = c->span_of[i];
		if (s < 0)
			continue;
		if (c->spans[s].mem ||
		    (c->spans[s].kind == PAY_ACTOR && coder_dated_actor(c->d, c->spans[s].idx)))
			return 1;
		if (c->spans[s].kind == PAY_AGENT) {
			int k, end = c->spans[s].start + c->spans[s].len;
			/* the head of "minister of foreign affairs" is the word before "of" */
			for (k = c->spans[s].start + 1; k < end - 1 && !is_tok(c, k, "of"); k++)
				;
			head = k < end - 1 ? k - 1 : end - 1;
		}
	}
	agent = head >= 0;
	if (!agent)
		head = u->end - 1; /* a role inside a name: "the UN Special Rapporteur" */
	if (TOK_IN(c, head, persons))
		return 1;
	/* "forces", "officials": plural; a role's plural also where a capital opens the
	 * sentence ("Prosecutors said he ..."), not a name's "-s" ("Williams") */
	if (TOK_IN(c, head, bodies) || (c->t[head].kind == TOK_WORD && c->t[head].nlen > 3 &&
					c->t[head].norm[c->t[head].nlen - 1] == 's' &&
					(!(c->t[head].flags & TOKF_CAP) ||
					 (agent && c->t[head].norm[c->t[head].nlen - 2] != 's'))))
		return 0;
	if (agent)
		return -1;
	if (!u->ncodes || u->docfill)
		return -1; /* a name no dictionary knows, given the document's country */
	/* a country or bloc that opens its clause; not "an American", "Mulroney of Tunisia",
	 * a person of it, nor one of a list, which "they" stands for */
	i = u->start - 1;
	if (is_tok(c, i, "the"))
		i--;
	if ((strlen(u->codes[0]) == 3 || !strncmp(u->codes[0], "IGO", 3) ||
	     !strncmp(u->codes[0], "NGO", 3) || !strncmp(u->codes[0], "IMG", 3)) &&
	    (i < 0 || (c->t[i].kind == TOK_PUNCT && !is_punct(c, i, '"'))))
		return 0;
	return -1;
}

/* the pronoun at token i can stand for an actor of coder_unit_person() `kind`: "he" and "she" for
 * no country or body, "it" and "they" for no person */
static int pronoun_agrees(const struct coder *c, int i, int kind)
{
	if (is_tok(c, i, "he") || is_tok(c, i, "she") || is_tok(c, i, "him") ||
	    is_tok(c, i, "her") || is_tok(c, i, "his"))
		return kind != 0;
	if (is_tok(c, i, "it") || is_tok(c, i, "its"))
		return kind != 1;
	return 1; /* "they": a body, or people named one by one ("the president and the
		   * opposition leader ... They") */
}

/*
 * Whether token i lies inside a quotation that the text before this sentence opened, or
 * that opens this sentence: a quotation the sentence itself names no speaker for.
 */
static int in_running_quote(const struct coder *c, int i)
{
	int k, open = c->quote_open;
	if (!open && !is_punct(c, 0, '"'))
		return 0;
	for (k = 0; k < i; k++)
		if (is_punct(c, k, '"'))
			open = !open;
	return open;
}

static int carried_subject(struct coder *c, int i)
{
	int u = c->nunits, first = is_tok(c, i, "we") || is_tok(c, i, "i");
	if (first && c->have_qspeaker && in_running_quote(c, i) && u + 1 < MAX_UNITS) {
		/* '"We pray for them," said the envoy. "We thank ...": the speaker of the
		 * quotation that goes on */
		if (c->qspeaker_u >= 0)
			return c->units[c->qspeaker_u].start == i ? c->qspeaker_u : -1;
		u++; /* past the slot of the carried subject */
		c->units[u] = c->qspeaker;
		c->units[u].start = (uint16_t)i;
		c->units[u].end = (uint16_t)(i + 1);
		c->units[u].absorbed = 0;
		c->qspeaker_u = u;
		return u;
	}
	if (is_tok(c, i, "we"))
		return -1; /* no speaker known: no one */
	if (!c->have_carry || c->have_carry > 1 + CARRY_SENTENCES)
		return -1;
	if (!pronoun_agrees(c, i, c->carry_kind)) {
		/* "EU leaders criticised Orban. He rejected ...": "he" is no body of
		 * leaders but the person named beside them; from now on the one carried */
		if (c->carry_u >= 0 || !c->have_carry_person || c->carry_kind != 0 ||
		    !(is_tok(c, i, "he") || is_tok(c, i, "she")))
			return -1;
		c->carry = c->carry_person;
		c->carry_kind = 1;
		c->have_carry_person = 0;
	}
	if (c->carry_u >= 0)
		return c->units[c->carry_u].start == i ? c->carry_u : -1;
	if (u >= MAX_UNITS)
		return -1;
	c->units[u] = c->carry;
	c->units[u].start = (uint16_t)i;
	c->units[u].end = (uint16_t)(i + 1);
	c->units[u].absorbed = 0;
	c->carry_u = u;
	return u;
}

/* a named organisation, no country's or person's: "Hezbollah", "Human Rights Watch" */
static int unit_group(const struct coder *c, const struct unit *u)
{
	char b[4];
	return u->ncodes && u->has_actor && !u->nag && !u->docfill && !u->absorbed &&
	       coder_unit_person(c, u) != 1 &&
	       (!strncmp(u->codes[0], "IGO", 3) || !strncmp(u->codes[0], "NGO", 3) ||
		!strncmp(u->codes[0], "IMG", 3) ||
		(coder_unit_country(u, b) && strlen(u->codes[0]) > 3));
}

/* After a sentence (open coding): its countries and named organisations, for the next
 * two sentences' "the country" and "the group". */
void coder_remember_recent(struct coder *c)
{
	int k, j;
	memcpy(c->rec_country[1], c->rec_country[0], sizeof(c->rec_country[0]));
	memcpy(c->rec_group[1], c->rec_group[0], sizeof(c->rec_group[0]));
	c->nrec_country[1] = c->nrec_country[0];
	c->nrec_group[1] = c->nrec_group[0];
	c->nrec_country[0] = c->nrec_group[0] = 0;
	for (k = 0; k < c->nunits; k++) {
		const struct unit *u = &c->units[k];
		char b[4];
		if (u->absorbed || !u->ncodes || u->docfill || !u->has_actor)
			continue;
		if (unit_group(c, u)) {
			for (j = 0; j < c->nrec_group[0]; j++)
				if (!strcmp(c->rec_group[0][j].codes[0], u->codes[0]))
					break;
			if (j == c->nrec_group[0] && j < RECENT)
				c->rec_group[0][c->nrec_group[0]++] = *u;
			for (j = 0; j < c->ndoc_group; j++)
				if (!strcmp(c->doc_group[j].codes[0], u->codes[0]))
					break;
			if (j == c->ndoc_group && j < RECENT)
				c->doc_group[c->ndoc_group++] = *u;
		}
		if (!coder_unit_country(u, b))
			continue;
		for (j = 0; j < c->nrec_country[0]; j++)
			if (!strcmp(c->rec_country[0][j], b))
				break;
		if (j == c->nrec_country[0] && j < RECENT)
			memcpy(c->rec_country[0][c->nrec_country[0]++], b, 4);
	}
}

enum { GROUP_NONE, GROUP_ANY, GROUP_NONSTATE, GROUP_BLOC };

/* a named organisation of the kind a noun may stand for: NATO is no "militant group",
 * nor a state's government, its army or the press; Hamas is no "bloc" */
static int group_kind(const struct unit *u, int kind)
{
	int igo = !strncmp(u->codes[0], "IGO", 3);
	if (kind == GROUP_NONSTATE)
		return !igo && !coder_state_role(u->codes[0]) &&
		       !coder_has_role(u->codes[0], "MED");
	if (kind == GROUP_BLOC)
		return igo;
	return 1;
}

/*
 * A named organisation of the kind `kind` (group_kind) before token `before` in the
 * sentence, the nearest: "the head of Hezbollah's political bureau said the group", or -1.
 */
static int group_before(const struct coder *c, int before, int kind)
{
	int u;
	for (u = c->nunits - 1; u >= 0; u--)
		if (c->units[u].end <= before && unit_group(c, &c->units[u]) &&
		    group_kind(&c->units[u], kind))
			return u;
	return -1;
}

/*
 * After each sentence (open coding): the code of the last unit it named that is people of
 * a plural role (coder_plural_role), or none, for "them" in the next sentence only.
 */
void coder_remember_plural(struct coder *c)
{
	int k;
	c->prev_plural[0] = '\0';
	for (k = c->nunits - 1; k >= 0; k--) {
		const struct unit *u = &c->units[k];
		if (u->absorbed || !u->ncodes || u->docfill || !coder_plural_role(c, k))
			continue;
		snprintf(c->prev_plural, sizeof(c->prev_plural), "%s", u->codes[0]);
		return;
	}
}

/*
 * "The US imposed sanctions on three Venezuelan officials. Washington accused them of
 * rigging the election": an event of this sentence with no target whose verb "them"
 * follows (past adverbs; "them" not capitalised), where the sentence names no people of a
 * plural role before the verb, is aimed at the people of a plural role the sentence before
 * named last (coder_remember_plural), unless they are its own source.
 */
void coder_them_before(struct coder *c, struct ctx *x)
{
	size_t e;
	int k, i, u;
	if (!c->prev_plural[0])
		return;
	for (e = x->sent_first; e < x->out->n; e++) {
		struct event *ev = &x->out->v[e];
		if (ev->target[0] || !ev->source[0] || !strcmp(ev->source, c->prev_plural))
			continue;
		for (k = 0; k < c->nverbs && c->t[c->verbs[k].start].off != ev->v_off; k++)
			;
		if (k == c->nverbs)
			continue;
		for (i = c->verbs[k].end; (size_t)i < c->n && is_adverb(c, i); i++)
			;
		if (!is_tok(c, i, "them") || (c->t[i].flags & TOKF_CAP))
			continue;
		for (u = 0; u < c->nunits; u++)
			if (!c->units[u].absorbed && c->units[u].end <= c->verbs[k].start &&
			    c->units[u].ncodes && coder_plural_role(c, u))
				break;
		if (u < c->nunits)
			continue;
		snprintf(ev->target, sizeof(ev->target), "%s", c->prev_plural);
		ev->target_text = NULL;
	}
}

/*
 * After a sentence that set the carried subject (have_carry 1): the last unit it named
 * that is plainly a person (coder_unit_person), of another code than the carried
 * subject's, for a "he" or "she" to come that the carried subject cannot be; none when it
 * names no such person. A sentence that leaves the carried subject as it was leaves its
 * person too.
 */
void coder_remember_person(struct coder *c)
{
	int k;
	if (c->have_carry != 1)
		return;
	c->have_carry_person = 0;
	for (k = c->nunits - 1; k >= 0; k--) {
		const struct unit *u = &c->units[k];
		if (u->absorbed || !u->ncodes || u->docfill || coder_unit_person(c, u) != 1 ||
		    (c->carry.ncodes && !strcmp(u->codes[0], c->carry.codes[0])))
			continue;
		c->carry_person = *u;
		c->have_carry_person = 1;
		return;
	}
}

/*
 * "Chile recalled its ambassador. The country also expelled ...", "Hezbollah fired rockets.
 * The group said ...": "the country" or "the group" (its noun at token i) as a subject with
 * no antecedent in its sentence is the one country or named organisation the last two
 * sentences named; with two or more, or none, no one. The unit sits past the carried
 * subject's and the quotation speaker's, or -1. `group` is GROUP_NONE for "the
 * country"; for an organisation, which kinds it may be: "the group", "the movement" or
 * "the faction" no intergovernmental body (GROUP_NONSTATE), "the alliance" or "the bloc"
 * only one (GROUP_BLOC), "the organisation" any.
 */
static int recent_actor(struct coder *c, int i, int group)
{
	int u = c->nunits + 2, s, k, n = 0;
	const struct unit *g = NULL;
	char cc[4] = "";
	if (c->def_u >= 0)
		return c->units[c->def_u].start == i ? c->def_u : -1;
	if (u >= MAX_UNITS)
		return -1;
	for (s = 0; s < 2; s++) {
		if (group)
			for (k = 0; k < c->nrec_group[s]; k++) {
				if (g && !strcmp(g->codes[0], c->rec_group[s][k].codes[0]))
					continue;
				if (!group_kind(&c->rec_group[s][k], group))
					continue;
				g = &c->rec_group[s][k];
				n++;
			}
		else
			for (k = 0; k < c->nrec_country[s]; k++) {
				if (!strcmp(cc, c->rec_country[s][k]))
					continue;
				memcpy(cc, c->rec_country[s][k], 4);
				n++;
			}
	}
	if (!n && group)
		/* "The Zembla Liberation Front ... (three sentences on) The group said": the
		 * one organisation of its kind the document has named so far */
		for (k = 0; k < c->ndoc_group; k++)
			if (group_kind(&c->doc_group[k], group)) {
				g = &c->doc_group[k];
				n++;
			}
	if (n > 1 && !group && c->have_carry && c->have_carry <= 3 && c->carry.ncodes) {
		/* "Malawi recalled its envoy from Britain. The country then expelled":
		 * of several countries, the subject the sentence before was about */
		char b[4];
		if (coder_unit_country(&c->carry, b) && coder_country_code(b) &&
		    !c->carry.docfill) {
			for (s = 0; s < 2 && n > 1; s++)
				for (k = 0; k < c->nrec_country[s]; k++)
					if (!strcmp(b, c->rec_country[s][k])) {
						memcpy(cc, b, 4);
						n = 1;
						break;
					}
		}
	}
	if (n != 1)
		return -1;
	if (group) {
		c->units[u] = *g;
	} else {
		int32_t a = dict_actor_of_code3(c->d, cc);
		if (a < 0)
			return -1;
		memset(&c->units[u], 0, sizeof(c->units[u]));
		c->units[u].actor = a;
		c->units[u].has_actor = 1;
		c->units[u].ncodes = 1;
		memcpy(c->units[u].codes[0], cc, 4);
	}
	c->units[u].start = (uint16_t)i;
	c->units[u].end = (uint16_t)(i + 1);
	c->units[u].absorbed = 0;
	c->def_u = u;
	return u;
}

/*
 * "Peru expelled him": the person "him" or "her" right after the verb (past adverbs; "her"
 * no possessive: punctuation, a preposition, a conjunction, an adverb or the end after it)
 * stands for. The nearest unit before it in the sentence that is plainly a person
 * (unit_person), not the verb's subject `subj` nor of its code; with none, the subject
 * carried from the sentences before when it is plainly a person of another code. A unit
 * index, or -1.
 */
int coder_object_person(struct coder *c, int from, int subj)
{
	const char *sc = subj >= 0 && c->units[subj].ncodes ? c->units[subj].codes[0] : NULL;
	int i = from, k, u, n;
	while ((size_t)i < c->n && is_adverb(c, i))
		i++;
	if (!is_tok(c, i, "him") && !is_tok(c, i, "her"))
		return -1;
	n = i + 1;
	if ((size_t)n < c->n && c->t[n].kind == TOK_WORD &&
	    !(c->fc[n] & (FC_PREP | FC_CONJ | FC_TO | FC_SUBORD)) && !is_adverb(c, n))
		return -1; /* "expelled her staff" */
	for (k = c->nunits - 1; k >= 0; k--) {
		const struct unit *U = &c->units[k];
		if (U->start >= i || U->absorbed || !U->ncodes || k == subj)
			continue;
		if (coder_unit_person(c, U) != 1)
			continue;
		if (sc && !strcmp(U->codes[0], sc))
			continue;
		return k;
	}
	if (!c->have_carry || c->carry_kind != 1 ||
	    (sc && c->carry.ncodes && !strcmp(c->carry.codes[0], sc)))
		return -1;
	if (c->carry_u >= 0)
		return c->carry_u != subj ? c->carry_u : -1; /* "He said Peru insulted him" */
	u = carried_subject(c, i);
	return u >= 0 && c->units[u].ncodes ? u : -1;
}

/*
 * "Its strikes on Gaza continued", "his visit to Peru": the actor the possessive pronoun
 * at token q stands for. The nearest subject of a verb before it in the sentence that
 * agrees (pronoun_agrees: "his" and "her" a person, "its" none), else the subject carried
 * from the sentences before; none after "if" or "whether" in its sentence part. After
 * "for", "over", "of" or "about", an agreeing unit standing between that subject's verb
 * and the pronoun takes it when it is a verb's object ("criticised Israel for its
 * strikes": Israel's); with only other such units between, the owner is untold. A unit
 * index, or -1.
 */
int coder_pronoun_possessor(struct coder *c, int q)
{
	static const char *const owner_preps[] = { "for", "over", "of", "about" };
	int k, best = -1;
	if (!is_tok(c, q, "his") && !is_tok(c, q, "her") && !is_tok(c, q, "its") &&
	    !is_tok(c, q, "their"))
		return -1;
	for (k = q - 1; k >= 0 && !is_boundary(c, k); k--)
		if (c->fc[k] & FC_HYP)
			return -1; /* "if he committed offences during his conversation with": what
				    * a condition tells is no deed told */
	for (k = 0; k < c->nverbs; k++) {
		int u = c->verbs[k].subject;
		if (u < 0 || c->units[u].start >= q || !c->units[u].ncodes ||
		    (best >= 0 && c->units[best].start >= c->units[u].start))
			continue;
		if (pronoun_agrees(c, q, coder_unit_person(c, &c->units[u])))
			best = u;
	}
	if (q >= 1 && TOK_IN(c, q - 1, owner_preps)) {
		/* "criticised Israel for its strikes": the verb's object standing between the
		 * subject's verb and the pronoun */
		int j, from = 0, between = 0;
		if (best >= 0)
			for (j = 0; j < c->nverbs; j++)
				if (c->verbs[j].subject == best &&
				    c->verbs[j].start > c->units[best].start) {
					from = c->verbs[j].start;
					break;
				}
		for (k = c->nunits - 1; k >= 0; k--) {
			const struct unit *U = &c->units[k];
			int p = U->start - 1;
			if (U->start >= q || U->start < from || k == best || U->absorbed ||
			    !U->ncodes || !pronoun_agrees(c, q, coder_unit_person(c, U)))
				continue;
			between = 1;
			while (p >= 0 && (c->fc[p] & FC_DET))
				p--;
			for (j = 0; j < c->nverbs && p >= 0; j++)
				if (c->verbs[j].end == p + 1 && c->verbs[j].start >= from)
					return k;
		}
		if (between)
			return -1; /* "said talks in Cairo failed over its ...": not told whose */
	}
	if (best >= 0)
		return best;
	if (c->carry_u >= 0)
		return pronoun_agrees(c, q, c->carry_kind) ? c->carry_u : -1;
	k = carried_subject(c, q);
	return k >= 0 && c->units[k].ncodes ? k : -1;
}

/* unit u stands right before a verb (auxiliaries between) that is no passive participle
 * describing it ("its commanders held by the government"): its subject */
static int role_subject(const struct coder *c, const struct unit *u)
{
	int i = u->end;
	while ((size_t)i < c->n && is_aux(c, i) && !c->is_verb[i])
		i++;
	if ((size_t)i >= c->n || !c->is_verb[i])
		return 0;
	if (i == u->end && c->span_of[i] >= 0 && c->spans[c->span_of[i]].form == VF_ED &&
	    is_tok(c, i + c->spans[c->span_of[i]].len, "by"))
		return 0; /* "held by the government": a passive participle of the noun's */
	return 1;
}

/* the last verb ending at or before token i when one of its dictionary senses (its verb
 * codes, not its event nouns) has a root of `roots` (n of them), or -1 */
static int verb_before_in_roots(const struct coder *c, int i, const char (*roots)[3], size_t n)
{
	const char *code;
	int j, v = -1;
	int32_t p;
	size_t h;
	for (j = 0; j < c->nverbs; j++)
		if (c->verbs[j].end <= i)
			v = j;
	if (v < 0)
		return -1;
	for (p = c->spans[c->verbs[v].span].pay; p >= 0; p = c->d->pays[p].next) {
		if (c->d->pays[p].kind != PAY_VERB || nominal_pay(c->d, p))
			continue;
		code = coder_verb_code(c->d, &c->d->verbs[c->d->pays[p].idx]);
		for (h = 0; h < n; h++)
			if (code && !strncmp(code, roots[h], 2))
				return v;
	}
	return -1;
}

/* the verb before token i, when it is a deed done to others (roots 11-14, 16-20: accusing,
 * rejecting, threatening, protesting or obstructing, cutting, coercing, force) in one of its
 * dictionary senses, or -1 */
static int hostile_verb_before(const struct coder *c, int i)
{
	static const char hostile[][3] = { "11", "12", "13", "14", "16", "17", "18", "19", "20" };
	return verb_before_in_roots(c, i, hostile, sizeof(hostile) / sizeof(hostile[0]));
}

/* token i is a content word of a noun phrase: no actor, role, verb read as one, function
 * word or adverb ("posts" and "ships" too, which could be verbs but are not read as such) */
static int np_word(const struct coder *c, int i)
{
	return c->t[i].kind == TOK_WORD && !c->fc[i] && c->unit_of[i] < 0 && !c->is_verb[i] &&
	       !is_adverb(c, i);
}

/*
 * "China said Japan had detained its citizens": the owner of what "its" or "their" at token q
 * names in the object of a deed done to others is another than the deed's doer. The nearest
 * unit before q other than unit `self`, after the subject of the deed's verb is set aside with
 * every unit of its country, that has a code and agrees with the pronoun; or -1. "Peru withdrew
 * its troops" and "Peru protected its citizens" are its own: no deed done to others.
 */
static int object_possessor(struct coder *c, int q, int self)
{
	const struct unit *sub;
	int j, v = hostile_verb_before(c, q), s, floor = 0;
	if (v < 0 || (s = c->verbs[v].subject) < 0 || !c->units[s].ncodes)
		return -1;
	sub = &c->units[s];
	/* "Britain said Iran seized a tanker and detained its crew": the object of the doer's
	 * verb before, a noun, is the nearer owner; an actor only inside its phrase ("a Greek
	 * tanker") owns what "its" names */
	for (j = 0; j < c->nverbs; j++) {
		int p;
		if (j == v || c->verbs[j].start <= sub->start ||
		    c->verbs[j].end > c->verbs[v].start)
			continue;
		for (p = c->verbs[j].end; p < c->verbs[v].start; p++)
			if (np_word(c, p) && !coder_event_noun_at(c, p) &&
			    !(c->t[p].flags & TOKF_CAP)) {
				if (c->verbs[j].end > floor)
					floor = c->verbs[j].end;
				break;
			}
	}
	for (j = c->nunits - 1; j >= 0; j--) {
		const struct unit *o = &c->units[j];
		int m, same = 0;
		if (j == self || j == s || o->start >= q || o->start < floor || o->absorbed ||
		    !o->ncodes || !pronoun_agrees(c, q, coder_unit_person(c, o)))
			continue;
		for (m = 0; m < sub->ncodes && !same; m++)
			same = !strncmp(o->codes[0], sub->codes[m], 3);
		if (!same)
			return j;
	}
	return -1;
}

/*
 * The words of a possessive at token q that stands for a country named before it: "its",
 * "their", or "the country's" / "the nation's" (three tokens); 0 for none.
 */
static int possessor_len(const struct coder *c, int q)
{
	static const char *const lands[] = { "country", "nation" };
	if ((size_t)q >= c->n)
		return 0;
	if (is_tok(c, q, "its") || is_tok(c, q, "their"))
		return 1;
	if ((size_t)q + 3 < c->n && is_tok(c, q, "the") && TOK_IN(c, q + 1, lands) &&
	    is_tok(c, q + 2, "'s") && c->unit_of[q + 1] < 0)
		return 3;
	return 0;
}

/* a share of a possessed whole at token q: "one of", "two of", "some of", "several of" */
static int share_of(const struct coder *c, int q)
{
	static const char *const shares[] = { "one",     "two",  "three",  "four",   "some",
					      "several", "many", "dozens", "scores", "most" };
	return (size_t)q + 2 < c->n && (TOK_IN(c, q, shares) || c->t[q].kind == TOK_NUM) &&
	       is_tok(c, q + 1, "of") && possessor_len(c, q + 2);
}

/*
 * The noun phrase a possessive at token q opens (possessor_len) ends in a head that a deed done to others
 * strikes, seizes or violates: one to four words that are no actor, role, event or function
 * word, the phrase closed by no actor or event ("its power grid", "its oil cargo off", "its
 * northern towns,"). Not what a doer holds for itself: its arms, its own, its word or its
 * commitments ("broke its promise", "fired its missiles at").
 */
static int possessed_holding(const struct coder *c, int q)
{
	static const char *const own[] = { "own",         "word",       "way",         "promise",
					   "promises",    "pledge",     "pledges",     "commitment",
					   "commitments", "obligation", "obligations", "vow" };
	int h = q + possessor_len(c, q), words = 0;
	while ((size_t)h < c->n && words < 4 && np_word(c, h) && !coder_event_noun_at(c, h)) {
		if (TOK_IN(c, h, own))
			return 0;
		h++;
		words++;
	}
	if (!words || ((size_t)h < c->n && (c->unit_of[h] >= 0 || coder_event_noun_at(c, h) ||
					    c->is_verb[h] || is_tok(c, h, "'s"))))
		return 0;
	return !TOK_IN(c, h - 1, arm_words);
}

/*
 * The first token of the possessive (possessor_len) that the object of the verb ending at
 * token e opens, or -1: right after the verb ("seized its tanker"), after a preposition that
 * names whom a deed strikes ("fired on its positions"), after a first object that names what
 * it was done with ("fired a water cannon at its vessel"), or after a share of it ("struck
 * one of its bases").
 */
static int possessed_object_at(const struct coder *c, int e)
{
	static const char *const at_preps[] = { "at", "on", "upon", "against", "into" };
	int q = e, words = 0;
	while ((size_t)q < c->n && is_adverb(c, q))
		q++;
	if ((size_t)q < c->n && TOK_IN(c, q, at_preps))
		q++;
	else if ((size_t)q < c->n && !possessor_len(c, q) && !share_of(c, q)) {
		while ((size_t)q < c->n && words < 5 &&
		       ((c->fc[q] & FC_DET) || c->t[q].kind == TOK_NUM || np_word(c, q))) {
			q++;
			words++;
		}
		if (!words || (size_t)q >= c->n || !TOK_IN(c, q, at_preps))
			return -1;
		q++;
	}
	if (share_of(c, q))
		q += 2; /* "struck one of its bases" */
	if ((size_t)q + 1 >= c->n || !possessor_len(c, q))
		return -1;
	return q;
}

/*
 * "Taiwan said Chinese jets violated its airspace", "Russia said Ukraine attacked its border
 * region", "Manila said a Chinese ship fired a water cannon at its vessel", "Kyiv said Russian
 * missiles struck the country's power grid", "struck one of its bases": a possessive
 * (possessor_len) in the object of a deed done to others (possessed_object_at), before a noun phrase that is no
 * actor, no role and no event (possessed_holding), names its owner as the deed's target
 * (object_possessor), a country: a new unit on the possessive, coded as that owner's country.
 */
static void possessed_targets(struct coder *c)
{
	int k;
	for (k = 0; k < c->nverbs && c->nunits < MAX_UNITS; k++) {
		int q = possessed_object_at(c, c->verbs[k].end), o;
		struct unit *u;
		char cc[4];
		int32_t a;
		int len = q >= 0 ? possessor_len(c, q) : 0, m;
		if (q < 0 || c->unit_of[q] >= 0 || c->unit_of[q + len - 1] >= 0 ||
		    !possessed_holding(c, q) || hostile_verb_before(c, q) != k ||
		    (o = object_possessor(c, q, -1)) < 0)
			continue;
		snprintf(cc, sizeof(cc), "%.3s", c->units[o].codes[0]);
		if (!coder_country_code(cc) || (a = dict_actor_of_code3(c->d, cc)) < 0)
			continue;
		u = &c->units[c->nunits];
		memset(u, 0, sizeof(*u));
		u->start = (uint16_t)q;
		u->end = (uint16_t)(q + len);
		u->actor = a;
		coder_unit_recode(c, u);
		u->actor = -1;
		u->memfill = 1;
		if (!u->ncodes)
			continue;
		for (m = q; m < q + len; m++)
			c->unit_of[m] = (int16_t)c->nunits;
		c->nunits++;
	}
}

/*
 * "Iran said its forces attacked Iraq", "the ministry said their officers ...": a role with
 * no country of its own after "its", "their", "his" or "her" (a unit of agents alone) is a role of the
 * actor the pronoun stands for (coder_pronoun_possessor), here Iran's: IRNMIL. Units that
 * start before token `upto` only, so that each verb's subject, found in order, sees the
 * roles before it with the subjects before them. A group keeps its own code ("Hamas said
 * its fighters": PSEHMS with the role); a person lends the country of the office ("Mali's
 * president said his government": MLIGOV, after "his" or "her"), not one whose country is
 * only the document's guess (docfill).
 */
void coder_possessed_roles(struct coder *c, int upto)
{
	int k;
	for (k = 0; k < c->nunits; k++) {
		struct unit *u = &c->units[k];
		const struct unit *o;
		int32_t a;
		int p;
		if (u->start >= upto || u->has_actor || u->absorbed || !u->nag || u->ncodes ||
		    u->start == 0 ||
		    !(is_tok(c, u->start - 1, "its") || is_tok(c, u->start - 1, "their") ||
		      is_tok(c, u->start - 1, "his") || is_tok(c, u->start - 1, "her")))
			continue;
		p = role_subject(c, u) ? coder_pronoun_possessor(c, u->start - 1)
				       : object_possessor(c, u->start - 1, k);
		if (p < 0 || p == k || !(o = &c->units[p])->ncodes)
			continue;
		if (o->docfill && !is_tok(c, u->start - 1, "its") &&
		    !is_tok(c, u->start - 1, "their"))
			continue; /* "Prime Minister X said his government": a country
				   * guessed from the document is no owner of the role */
		a = o->actor;
		if (a < 0 || coder_unit_person(c, o) == 1) {
			char cc[4];
			snprintf(cc, sizeof(cc), "%.3s", o->codes[0]);
			a = coder_country_code(cc) ? dict_actor_of_code3(c->d, cc) : -1;
		}
		if (a < 0)
			continue;
		u->actor = a;
		coder_unit_recode(c, u);
		u->actor = -1;
		u->memfill = 1;
	}
	if ((size_t)upto >= c->n)
		possessed_targets(c); /* the whole sentence: "violated its airspace" */
}

/*
 * "The Serbian president said Kosovo's leaders were provoking violence, a charge Pristina
 * rejected": the subject `subj` of a rejection in a relative clause on a charge, claim or
 * accusation in apposition to the clause before (", a charge [that] X rejected") rejects
 * the one who made it, the subject of the first verb of the sentence with an actor as
 * subject, not of `subj`'s code. A unit index, or -1.
 */
int coder_charge_maker(const struct coder *c, int subj)
{
	static const char *const charges[] = { "charge",     "charges",     "claim",
					       "claims",     "accusation",  "accusations",
					       "allegation", "allegations", "assertion" };
	int p = c->units[subj].start - 1, k;
	if (p >= 0 && (c->fc[p] & (FC_THAT | FC_REL)))
		p--;
	if (!TOK_IN(c, p, charges))
		return -1;
	p--;
	while (p >= 0 && (c->fc[p] & FC_DET))
		p--;
	if (!is_punct(c, p, ','))
		return -1;
	for (k = 0; k < c->nverbs; k++) {
		int u = c->verbs[k].subject;
		if (c->verbs[k].start >= p || u < 0)
			continue;
		if (!c->units[u].ncodes || c->units[u].docfill || u == subj ||
		    !strcmp(c->units[u].codes[0], c->units[subj].codes[0]))
			return -1;
		return u;
	}
	return -1;
}

/*
 * The speaker named after a quotation that ends at token q ('"...," the
 * Turkish minister said', '"...," said Rojas'): the unit, or -1.
 */
/*
 * Token k and up to two lower-case words after it that only describe the role after them
 * ("the chief prosecutor", "a senior official"): the token where the unit starts, or k.
 */
static size_t past_describing(const struct coder *c, size_t k)
{
	size_t f = k;
	while (f < c->n && f < k + 2 && c->unit_of[f] < 0 && c->t[f].kind == TOK_WORD &&
	       !(c->t[f].flags & TOKF_CAP) && !c->fc[f] && !c->is_verb[f] && c->span_of[f] < 0)
		f++;
	return f < c->n && c->unit_of[f] >= 0 && c->units[c->unit_of[f]].start == f ? f : k;
}

int coder_speaker_after(const struct coder *c, size_t q)
{
	size_t k = q + 1;
	if (q < 1 || !is_punct(c, (int)q, '"') || !is_punct(c, (int)q - 1, ','))
		return -1;
	if (k < c->n && (c->fc[k] & FC_SAY)) {
		k++;
		while (k < c->n && (c->fc[k] & FC_DET))
			k++;
		k = past_describing(c, k); /* '"...," said the chief prosecutor' */
		return k < c->n ? c->unit_of[k] : -1;
	}
	while (k < c->n && (c->fc[k] & FC_DET))
		k++;
	k = past_describing(c, k);
	if (k < c->n && c->unit_of[k] >= 0) {
		size_t e = c->units[c->unit_of[k]].end, f = e;
		/* '"...," Kenyan Interior Minister Joseph Lenku said': the office, then a
		 * name no dictionary holds */
		while (f < c->n && f < e + 4 && c->t[f].kind == TOK_WORD &&
		       (c->t[f].flags & TOKF_CAP) && c->unit_of[f] < 0 && c->span_of[f] < 0 &&
		       !c->fc[f])
			f++;
		if (f < c->n && (c->fc[f] & FC_SAY))
			return c->unit_of[k];
	}
	return -1;
}

/*
 * '"We will lift the curfew," he said': the speaker named after the quotation around token
 * i by a pronoun ("he", "she", "it", "they") before or after its verb of saying, where the
 * quotation opens the sentence or goes on from the one before. The pronoun's token, which
 * stands for the subject carried from the sentences before, or -1.
 */
int coder_quote_pronoun(const struct coder *c, int i)
{
	static const char *const prons[] = { "he", "she", "it", "they" };
	int open = c->quote_open, q, p, s;
	if (!open && !is_punct(c, 0, '"'))
		return -1; /* 'X said "we ...," he added': the quotation's speaker is X */
	for (q = 0; q <= i; q++)
		if (is_punct(c, q, '"'))
			open = !open;
	if (!open)
		return -1;
	for (q = i + 1; (size_t)q < c->n && !is_punct(c, q, '"'); q++)
		;
	if ((size_t)q + 2 >= c->n || !is_punct(c, q - 1, ','))
		return -1;
	p = q + 1;
	s = q + 2;
	if (c->fc[p] & FC_SAY) {
		p = q + 2; /* '"...," said he' */
		s = q + 1;
	}
	return (c->fc[s] & FC_SAY) && TOK_IN(c, p, prons) ? p : -1;
}

/* the unit that the pronoun speaker after the quotation around token i stands for
 * (coder_quote_pronoun), or -1 */
int coder_pronoun_speaker(struct coder *c, int i)
{
	int p = coder_quote_pronoun(c, i);
	return p >= 0 ? carried_subject(c, p) : -1;
}

/* the speaker of a quotation before token i: "we" and "I" in it are the speaker */
int coder_quote_speaker(const struct coder *c, int i)
{
	size_t q;
	int u;
	for (q = (size_t)i + 1; q + 1 < c->n; q++)
		if ((u = coder_speaker_after(c, q)) >= 0)
			return u;
	return -1;
}

/*
 * The object after token `from` (past adverbs) is the speaker's side in the first person:
 * "us", or "our" and a noun ("attacked our positions"). In a quotation that names its
 * speaker after it, that speaker is the target.
 */
int coder_first_person_object(const struct coder *c, int from)
{
	while ((size_t)from < c->n && is_adverb(c, from))
		from++;
	if (is_tok(c, from, "us"))
		return 1;
	if (!is_tok(c, from, "our"))
		return 0;
	from++;
	while ((size_t)from < c->n && is_plain_word(c, from) && c->unit_of[from] < 0)
		from++;
	return from > 0 && c->unit_of[from - 1] < 0 && is_plain_word(c, from - 1);
}

/*
 * "Supporters of the levy say that they help": a verb before the pronoun "they" or
 * "it" at token i whose subject is a plain noun of the same number (no actor,
 * no pronoun; plural in -s for "they"; the head before an "of" up to three words
 * back: "Backers of tariffs") gives the pronoun its antecedent in the
 * sentence, so the previous sentence's subject is not it.
 */
/* token p is a plain noun of the number of the pronoun at token i */
static int plain_number(const struct coder *c, int p, int i)
{
	return p >= 0 && is_plain_word(c, p) && (!p || !(c->t[p].flags & TOKF_CAP)) &&
	       is_tok(c, i, "they") == (c->t[p].norm[c->t[p].nlen - 1] == 's');
}

static int noun_subject_before(const struct coder *c, int i)
{
	int j, q;
	for (j = 1; j < i; j++) {
		int p = j - 1;
		if (!c->is_verb[j] && !(c->fc[j] & FC_SAY))
			continue;
		while (p > 0 && is_aux(c, p))
			p--;
		if (plain_number(c, p, i))
			return 1;
		for (q = p; q > 0 && q > p - 4 && c->unit_of[q] < 0; q--)
			if (is_tok(c, q, "of"))
				/* "Backers of tariffs say": the backers */
				if (plain_number(c, q - 1, i))
					return 1;
	}
	return 0;
}

/*
 * "Since 1989, when it crushed the protests, Beijing has calculated": a
 * pronoun in a subordinate clause that opens the sentence stands for the
 * subject of the main clause after it. The pronoun at token i; the main
 * subject's unit, or -1.
 */
static int cataphor(const struct coder *c, int i)
{
	int k, sub = -1;
	if (is_tok(c, i, "we") || is_tok(c, i, "i"))
		return -1;
	for (k = 0; k < i; k++) {
		if (c->fc[k] & FC_SUBORD)
			sub = k;
		if (c->is_verb[k] || is_boundary(c, k) || is_punct(c, k, '"') ||
		    (c->unit_of[k] >= 0 &&
		     !coder_pp_object(c, c->units[c->unit_of[k]].start, NULL)))
			return -1;
	}
	if (sub < 0)
		return -1;
	for (k = i + 1; (size_t)k + 1 < c->n && !is_boundary(c, k); k++) {
		int j = k + 1, u;
		if (!is_punct(c, k, ','))
			continue;
		while ((size_t)j < c->n && (c->fc[j] & FC_DET))
			j++;
		if ((size_t)j < c->n && (u = c->unit_of[j]) >= 0 && c->units[u].start == j &&
		    c->units[u].ncodes && !coder_pp_object(c, j, NULL) &&
		    coder_clause_subject(c, u))
			return u;
	}
	return -1;
}

/*
 * "Two Americans held by Hamas were released": a past participle right
 * after a noun and before "by" + an actor, no auxiliary before it (a reduced
 * relative clause), or with any (`any`: "who had been held by"). The "by"
 * agent's unit, or -1.
 */
/* a date mention starts at token i */
static int date_at(const struct coder *c, int i)
{
	size_t k;
	for (k = 0; k < c->ndm; k++)
		if ((int)c->dm[k].first == i)
			return 1;
	return 0;
}

int coder_holder_by(const struct coder *c, int pv, int any)
{
	const struct vinfo *v = &c->verbs[pv];
	int p = v->start - 1;
	if (c->spans[v->span].form != VF_ED || p < 0 || !is_tok(c, v->end, "by"))
		return -1;
	if (!any && (!(c->unit_of[p] >= 0 || is_plain_word(c, p)) ||
		     (c->fc[p] & (FC_BE | FC_HAVE | FC_MODAL))))
		return -1;
	return coder_by_agent(c, v->end + 1);
}

/* a past tense that is no participle: "withdrew", "took", "began" */
static int past_only(const struct token *t)
{
	static const char *const pasts[] = {
		"took",    "began",  "broke",    "gave",      "rose",    "spoke",   "stole",
		"froze",   "chose",  "drove",    "wrote",     "fell",    "forgot",  "shook",
		"swore",   "tore",   "woke",     "wore",      "bore",    "rode",    "ran",
		"came",    "became", "went",     "saw",       "did",     "ate",     "arose",
		"sank",    "sang",   "overtook", "undertook", "overran", "forbade", "forgave",
		"mistook", "strove"
	};
	if (t->nlen > 3 && !strcmp(t->norm + t->nlen - 2, "ew"))
		return 1; /* "withdrew", "threw", "flew", "drew" */
	return STR_AMONG(t->norm, pasts);
}

/*
 * The verb at token i tells, knows or decides, and may take a clause with no "that"
 * ("announced on Friday new tariffs would", "said on Monday Chile had"): no participle
 * of a reduced relative.
 */
static int clause_verb(const struct coder *c, int i)
{
	static const char *const lemmas[] = {
		"announce", "warn",      "claim",     "report",    "confirm",     "deny",
		"insist",   "argue",     "believe",   "fear",      "hope",        "agree",
		"decide",   "vow",       "pledge",    "promise",   "threaten",    "reveal",
		"state",    "note",      "add",       "stress",    "admit",       "suggest",
		"allege",   "complain",  "indicate",  "show",      "acknowledge", "estimate",
		"declare",  "assert",    "predict",   "tell",      "say",         "urge",
		"demand",   "ask",       "request",   "explain",   "disclose",    "write",
		"tweet",    "post",      "rule",      "find",      "conclude",    "determine",
		"recall",   "learn",     "testify",   "reply",     "respond",     "retort",
		"counter",  "emphasize", "emphasise", "reiterate", "maintain",    "contend",
		"concede",  "signal",    "recommend", "propose",   "decree"
	};
	const struct dverb *w;
	if ((c->fc[i] & FC_SAY) || coder_statement_verb(c, i))
		return 1;
	w = coder_word_verb(c, i);
	return w && w->lemma && STR_AMONG(w->lemma, lemmas);
}

/* token k, after a verb (adverbs skipped), opens no object: a preposition but "to" (not
 * "at least"), a comma or a mark that ends a clause, or the end */
static int no_object_at(const struct coder *c, int k)
{
	while ((size_t)k < c->n && is_adverb(c, k))
		k++;
	if (is_tok(c, k, "at") && (is_tok(c, k + 1, "least") || is_tok(c, k + 1, "most")))
		return 0; /* "freed at least three captives" */
	return (size_t)k >= c->n || ((c->fc[k] & FC_PREP) && !(c->fc[k] & FC_TO)) ||
	       is_punct(c, k, ',') || is_boundary(c, k);
}

/* token k, after a verb (adverbs skipped), opens its object: a determiner, a possessive,
 * an object pronoun, a number, an actor or a plain word (a name's too) that tells no
 * time */
static int object_at(const struct coder *c, int k)
{
	static const char *const times[] = { "last",    "next",  "this",      "here", "there",
					     "earlier", "later", "yesterday", "today" };
	while ((size_t)k < c->n && is_adverb(c, k))
		k++;
	if ((size_t)k >= c->n || TOK_IN(c, k, times) || coder_calendar_word(c->t[k].norm))
		return 0;
	return (c->fc[k] & (FC_DET | FC_POSS | FC_OBJPRON)) || c->t[k].kind == TOK_NUM ||
	       (c->unit_of[k] >= 0 && c->units[c->unit_of[k]].start == k) ||
	       is_plain_word(c, k); /* "shelled Kurdish positions" */
}

/*
 * The finite verb at token q (a known -ed or -s form, a finite auxiliary or a verb of
 * saying) that a reduced relative's noun is the subject of: after the noun's phrase,
 * no preposition, determiner or non-finite "be" right before it ("amid increased
 * concerns", "being confiscated by"), not glued by a hyphen ("U.S.-made"), and an -ed
 * form that no other noun's participle could be: with an object after it or a past
 * tense alone ("waters claimed by Taiwan", "a group called" are no verbs).
 */
static int finite_after(const struct coder *c, int q, int from)
{
	static const char *const naming[] = { "called", "named",    "dubbed",   "known",
					      "titled", "entitled", "labelled", "labeled" };
	int r, form = c->span_of[q] >= 0 ? c->spans[c->span_of[q]].form : -1;
	if (!TOK_IN(c, q, finite_aux) && !(c->fc[q] & FC_SAY) &&
	    !(c->is_verb[q] && (form == VF_ED || form == VF_S)))
		return 0;
	for (r = q - 1; r > from && is_adverb(c, r); r--)
		;
	if ((c->fc[r] & (FC_PREP | FC_DET | FC_POSS | FC_BE | FC_HAVE | FC_TO)) ||
	    c->t[r].kind == TOK_PUNCT)
		return 0;
	if (c->is_verb[q] && form == VF_ED && !past_only(&c->t[q]) &&
	    (TOK_IN(c, q, naming) || !object_at(c, c->verbs[coder_verb_index_at(c, q)].end)))
		return 0;
	return 1;
}

/*
 * The past participle of verb pv qualifies the noun right before it, a reduced
 * relative clause whose noun is its object: "civilians killed in the capital were
 * buried", "troops stationed near the border shelled villages", "shot civilians
 * killed in the capital". No auxiliary, pronoun or function word stands before it
 * (adverbs aside), an actor or a plain noun in lower case does; it tells, knows or
 * decides nothing (`clause_verb`), is no past tense alone ("withdrew"), no object
 * follows it (`no_object_at`) and a preposition after it opens a place, a time, an
 * agent or a charge ("in", "near", "on Friday", "by", "of"), not one the verb governs
 * ("fired on", "clashed with"); and either a finite verb follows in its clause
 * (`finite_after`; no punctuation, conjunction, subordinator, "as", relative word or
 * pronoun between, no subject of its own right before it), or the noun phrase is
 * itself the object of a verb before it that makes no statement ("Rebels killed three
 * soldiers stationed near"; not "said police fired on"). The token where the
 * participle's phrase ends: the later verb's (or its auxiliary's), or the clause's end;
 * -1 when it is no reduced relative.
 */
int coder_reduced_relative(const struct coder *c, int pv)
{
	static const char *const times[] = { "yesterday", "today",   "tonight", "overnight",
					     "later",     "earlier", "then",    "again" };
	static const char *const particles[] = { "out", "up", "off", "down", "back", "away" };
	/* prepositions of an adjunct (place, time, agent) after a participle, and the
	 * "of" of "accused of", "suspected of" */
	static const char *const adjuncts[] = { "by",    "during", "since",  "from", "under",
						"along", "after",  "before", "of" };
	/* words that open a clause of their own */
	static const char *const opens[] = { "as",   "where", "how", "why",    "what",
					     "than", "so",    "nor", "whereby" };
	static const char *const lasts[] = { "last", "earlier" };
	const struct vinfo *v = &c->verbs[pv];
	int p = v->start - 1, k = v->end, q, u;
	if (!(c->d->flags & DICT_F_OPEN) || c->spans[v->span].form != VF_ED ||
	    past_only(&c->t[v->start]) || clause_verb(c, v->start))
		return -1;
	while (p >= 0 && is_adverb(c, p))
		p--;
	if (p < 0 || c->fc[p] || c->t[p].kind != TOK_WORD || TOK_IN(c, p, times) ||
	    coder_calendar_word(c->t[p].norm))
		return -1;
	u = c->unit_of[p];
	if (u >= 0 ? c->units[u].end != p + 1 : !is_plain_word(c, p))
		return -1;
	if (c->t[p].flags & TOKF_CAP)
		return -1; /* a name's last word: "Smith arrived in" */
	for (q = v->start + 1; q < v->end; q++)
		if (!(c->fc[q] & FC_PREP) && !TOK_IN(c, q, particles))
			return -1; /* "used tear gas against": a phrase with its object */
	if (!no_object_at(c, k) && !TOK_IN(c, k, finite_aux) && !TOK_IN(c, k, lasts))
		return -1; /* not "the civilians killed were farmers": no object ("fishermen
			    * detained last year" have none) */
	while ((size_t)k < c->n && is_adverb(c, k))
		k++;
	if ((c->fc[k] & FC_PREP) && !(c->fc[k] & FC_LOC) && !TOK_IN(c, k, adjuncts) &&
	    !(is_tok(c, k, "on") &&
	      (date_at(c, k) || date_at(c, k + 1) ||
	       ((size_t)k + 1 < c->n && coder_calendar_word(c->t[k + 1].norm)))))
		return -1; /* "police fired on protesters", "clashed with": a preposition
			    * the verb governs, not a place's or a time's */
	/* a finite verb later in its clause, whose subject the noun is */
	for (q = k; (size_t)q < c->n && !is_punct(c, k, ',') && !is_boundary(c, k); q++) {
		int r;
		if ((c->t[q].kind == TOK_PUNCT && c->t[q].norm[0] != '\'' &&
		     c->t[q].norm[0] != '-') ||
		    TOK_IN(c, q, opens) ||
		    (c->fc[q] & (FC_CONJ | FC_REL | FC_THAT | FC_SUBORD | FC_PRON)))
			break;
		if (!finite_after(c, q, v->end))
			continue;
		for (r = q - 1; r > v->end && is_adverb(c, r); r--)
			;
		if (c->unit_of[r] >= 0 && !coder_pp_object(c, c->units[c->unit_of[r]].start, NULL))
			break; /* "gathered in Lima Peru said": a subject of its own */
		return q;
	}
	/* the noun phrase is the object of a verb before it, over the "of" of a quantity
	 * or a part ("pardoned hundreds of people jailed during the unrest") */
	q = u >= 0 ? c->units[u].start - 1 : p - 1;
	while (q >= 0 && ((c->fc[q] & FC_DET) || c->t[q].kind == TOK_NUM || is_plain_word(c, q) ||
			  (c->unit_of[q] >= 0 && !c->is_verb[q]) ||
			  (is_tok(c, q, "of") && q > 0 &&
			   (is_plain_word(c, q - 1) || c->t[q - 1].kind == TOK_NUM))))
		q--;
	if (q >= 0 && c->is_verb[q] && !clause_verb(c, q) && c->span_of[q] >= 0 &&
	    c->spans[c->span_of[q]].form != VF_ING)
		return coder_clause_end(c, k);
	return -1;
}

/*
 * Token a, right after a comma, is a past participle that opens an aside about the noun
 * before the comma: "the opposition leader, detained in Caracas last week, called for
 * protests", "the troops, stationed near the border since May, shelled". It tells,
 * knows or decides nothing, is no past tense alone and takes no object; the word
 * before the comma ends an actor or is a plain noun, no verb ("retreated, regrouped in
 * the hills": a list of acts) nor a word of a date ("On Monday, ...").
 */
static int comma_participle_at(const struct coder *c, int a)
{
	int p = a - 2, u, vi;
	if (a < 2 || (size_t)a >= c->n || !is_punct(c, a - 1, ',') || !c->is_verb[a] ||
	    c->span_of[a] < 0 || c->spans[c->span_of[a]].form != VF_ED || past_only(&c->t[a]) ||
	    clause_verb(c, a))
		return 0;
	if (c->is_verb[p] || c->t[p].kind != TOK_WORD || coder_calendar_word(c->t[p].norm) ||
	    coder_in_date(c, p))
		return 0;
	u = c->unit_of[p];
	if (u >= 0 ? c->units[u].end != p + 1 : !is_plain_word(c, p))
		return 0;
	vi = coder_verb_index_at(c, a);
	if (vi < 0 || c->verbs[vi].end != a + 1)
		return 0;
	p = c->verbs[vi].end;
	while ((size_t)p < c->n && is_adverb(c, p))
		p++;
	/* "summoned to the ministry": a place, no infinitive */
	return no_object_at(c, p) || (is_tok(c, p, "to") && (size_t)p + 1 < c->n &&
				      !c->is_verb[p + 1] && (c->fc[p + 1] & (FC_DET | FC_POSS)));
}

/*
 * Verb pv is a past participle set off by commas after a noun (comma_participle_at),
 * with a verb after the closing comma: passive, the noun its object. The closing
 * comma's token, or -1.
 */
int coder_comma_participle(const struct coder *c, int pv)
{
	int a = c->verbs[pv].start, k;
	if (!(c->d->flags & DICT_F_OPEN) || !comma_participle_at(c, a))
		return -1;
	for (k = c->verbs[pv].end; (size_t)k < c->n && !is_boundary(c, k); k++) {
		if (c->fc[k] & (FC_CONJ | FC_REL | FC_THAT | FC_SUBORD))
			return -1;
		if (is_punct(c, k, ','))
			return verb_follows(c, k + 1) ? k : -1;
	}
	return -1;
}

/* tokens a..b-1 are only auxiliaries, modals, negations and adverbs */
static int aux_only(const struct coder *c, int a, int b)
{
	for (; a < b; a++)
		if (!is_aux(c, a))
			return 0;
	return 1;
}

/* a capitalised word between tokens a and b, both left out */
static int capitalised_between(const struct coder *c, int a, int b)
{
	for (a++; a < b; a++)
		if (c->t[a].flags & TOKF_CAP)
			return 1;
	return 0;
}

/*
 * The determiner of a noun at token i that may stand for an actor named before: "the"
 * right before it, or with up to three words that only describe it between ("the tiny
 * Himalayan kingdom", "the West African state", "the militant group"), or "his", "her"
 * or "their" ("his country"). Its token, or -1.
 */
static int anaphor_det(const struct coder *c, int i)
{
	static const char *const poss[] = { "his", "her", "their" };
	static const char *const no_mod[] = { "two",  "three", "both",         "other",
					      "same", "whole", "entire",       "first",
					      "next", "last",  "neighbouring", "neighboring",
					      "host", "member" };
	int q = i - 1, m = 0;
	while (q >= 0 && m < 3 && c->t[q].kind == TOK_WORD && c->unit_of[q] < 0 && !c->fc[q] &&
	       !c->is_verb[q] && c->span_of[q] < 0 && !TOK_IN(c, q, no_mod) &&
	       !TOK_IN(c, q, poss) && !is_tok(c, q, "the"))
		q--, m++;
	return q >= 0 && (is_tok(c, q, "the") || TOK_IN(c, q, poss)) ? q : -1;
}

/*
 * The unit u as the antecedent of the noun at token i: a copy in the slot recent_actor
 * uses, spanning the noun ("Speaking in Bamako, Mali, the French president said his
 * country had sent": the president's, not a list with Mali), or -1 when the slot holds
 * another noun's.
 */
static int anaphor_copy(struct coder *c, int i, int u)
{
	int s = c->nunits + 2;
	if (u >= s)
		return u; /* recent_actor's slot already */
	if (c->def_u >= 0)
		return c->units[c->def_u].start == i ? c->def_u : -1;
	if (s >= MAX_UNITS)
		return -1;
	c->units[s] = c->units[u];
	c->units[s].start = (uint16_t)i;
	c->units[s].end = (uint16_t)(i + 1);
	c->units[s].absorbed = 0;
	c->def_u = s;
	return s;
}

/*
 * "his country", "her country": the nearest person before token `before` in the
 * sentence whose code names a country ("Macron, visiting Mali, said his country": not
 * Mali), or -1.
 */
static int person_before(const struct coder *c, int before)
{
	int u;
	for (u = c->nunits - 1; u >= 0; u--) {
		const struct unit *U = &c->units[u];
		char b[4];
		if (U->end > before || U->absorbed || !U->ncodes)
			continue;
		memcpy(b, U->codes[0], 3);
		b[3] = '\0';
		if (coder_country_code(b) && coder_unit_person(c, U) == 1)
			return u;
	}
	return -1;
}

/*
 * "the country" as a subject: the nearest actor before token `before` in the
 * sentence that names a country (not one guessed from the document), or -1.
 */
static int country_before(const struct coder *c, int before)
{
	int u;
	for (u = c->nunits - 1; u >= 0; u--) {
		const struct unit *U = &c->units[u];
		if (U->end > before || U->absorbed || !U->ncodes || U->docfill)
			continue;
		char b[4];
		memcpy(b, U->codes[0], 3);
		b[3] = '\0';
		if (coder_country_code(b) && (!U->codes[0][3] || coder_state_role(U->codes[0])))
			return u;
	}
	return -1;
}

/*
 * Token i, right after the actor that opens the sentence, reads as the verb
 * of that actor's clause even if the coder does not know it ("Egypt brought
 * drama to", "Trump has injected"): a lower-case word that is no
 * preposition, conjunction, determiner or possessive.
 */
static int opens_with_verb(const struct coder *c, int i)
{
	while ((size_t)i < c->n && (is_adverb(c, i) || (c->fc[i] & (FC_HAVE | FC_BE))))
		i++;
	return (size_t)i < c->n && c->t[i].kind == TOK_WORD && !(c->t[i].flags & TOKF_CAP) &&
	       !(c->fc[i] & (FC_PREP | FC_CONJ | FC_DET | FC_POSS | FC_REL | FC_THAT)) &&
	       !is_tok(c, i, "'s");
}

/*
 * "raids on Chad that killed the Chadian president have worried regulators",
 * "the ship that carried Iranian weapons attacked": unit u is the object of
 * the verb of a subject relative clause ("that", "which" or "who" right
 * before that verb, auxiliaries and adverbs between) that ends before the
 * verb at vstart, with no comma. The relative pronoun's token, or -1.
 */
static int relative_object(const struct coder *c, int u, int vstart)
{
	const struct unit *U = &c->units[u];
	int p = U->start - 1, q;
	for (q = U->end; q < vstart; q++)
		if (!is_aux(c, q) && !is_plain_word(c, q))
			return -1; /* "killed Iranian generals have" */
	const struct dict *d = c->d;
	int32_t y;
	if (c->span_of[vstart] >= 0 && c->spans[c->span_of[vstart]].form == VF_BASE &&
	    U->end == vstart)
		return -1; /* "that rejected a United Nations boycott of": a noun */
	while (p >= 0 && ((c->fc[p] & (FC_DET | FC_POSS)) || is_adverb(c, p)))
		p--;
	if (p < 1 || !c->is_verb[p] || c->span_of[p] < 0 || (c->fc[p] & FC_SAY) ||
	    coder_statement_verb(c, p))
		return -1; /* "who claimed the kidnappers targeted": a complement's subject */
	for (y = c->spans[c->span_of[p]].pay; y >= 0; y = d->pays[y].next)
		if (c->spans[c->span_of[p]].form == VF_ED && d->pays[y].kind == PAY_VERB &&
		    !strcmp(coder_verb_code(d, &d->verbs[d->pays[y].idx]), "072"))
			return -1; /* "reports that armed rebels had captured" */
	p = c->spans[c->span_of[p]].start - 1;
	while (p >= 0 && is_aux(c, p))
		p--;
	return p >= 1 && (c->fc[p] & (FC_REL | FC_THAT)) && c->t[p - 1].kind == TOK_WORD ? p : -1;
}

/*
 * "China's decision to", "the decision by Estonia to": the actor that a noun
 * governing an infinitive names as its agent, the possessor right before the
 * noun or the actor after "by" between the noun, right after "the", and the
 * "to" (token to). The unit, or -1.
 */
static int noun_agent(const struct coder *c, int to)
{
	int n = to - 1, u;
	if (n < 1 || !(c->fc[to] & FC_TO))
		return -1;
	u = c->unit_of[n];
	if (u >= 0) {
		int by = c->units[u].start - 1;
		n = by - 1;
		if (n < 1 || !is_tok(c, by, "by") || !is_tok(c, n - 1, "the"))
			return -1; /* "a possible decision by Estonia to" may not be taken */
	} else if (n >= 2 && is_tok(c, n - 1, "'s")) {
		u = c->unit_of[n - 2];
	} else {
		return -1;
	}
	/* after "the" or "'s" the word is a noun, even one that can be a verb
	 * ("move"); one that takes an infinitive ("off Cuba's coast to take part":
	 * a purpose, not Cuba's) */
	if (u < 0 || !c->units[u].ncodes ||
	    !(TOK_IN(c, n, inf_aims) || TOK_IN(c, n, inf_intents) || TOK_IN(c, n, inf_deeds)))
		return -1;
	return u;
}

/*
 * "The Israeli bombardment of Rafah killed 12": an actor after the "of" of an
 * event noun (nominal.txt, not read as a verb) is what the event is done to,
 * never the subject of the verb after the phrase. The noun's first token, or
 * -1.
 */
static int event_noun_of(const struct coder *c, int u)
{
	int i = c->units[u].start - 1, words = 0, dets = 0, k;
	/* "of two Polish diplomats", "of the city's"; not "the end of January the
	 * authorities": one determiner at most, no name */
	while (i >= 0 && words < 3 &&
	       ((c->fc[i] & (FC_DET | FC_POSS)) ||
		(is_plain_word(c, i) && !(c->t[i].flags & TOKF_CAP)) || c->t[i].kind == TOK_NUM)) {
		if ((c->fc[i] & (FC_DET | FC_POSS)) && dets++)
			return -1;
		i--;
		words++;
	}
	if (i < 1 || !is_tok(c, i, "of"))
		return -1;
	for (k = 0; k < c->nnoms; k++) {
		const struct span *s = &c->spans[c->noms[k]];
		if (s->start + s->len == i)
			return s->start;
	}
	/* a verb's word read as a noun after "the" or "'s": "the release of five
	 * Britons jailed in Iran", "Chile's suspension of" */
	k = i - 1;
	if (k >= 1 && c->span_of[k] >= 0 && c->spans[c->span_of[k]].kind == PAY_VERB &&
	    c->spans[c->span_of[k]].len == 1 && !(c->t[k].flags & TOKF_CAP) &&
	    (is_tok(c, k - 1, "the") || is_tok(c, k - 1, "'s")))
		return k;
	return -1;
}

/*
 * A verb joined by "and" to a subordinate clause ("released the video when
 * officers found the girl and arrested him"): when a subordinator stands in
 * [from, p) and an actor or a pronoun opens its clause, followed by a word (its
 * verb, not "'s" nor a preposition: not "after Iran's attack"; "was" only before a
 * participle when the verb joined (`ed`) is a bare one), the token where
 * find_subject's backward scan starts, the subject's last; -1 when a noun phrase
 * that is no actor opens it before "was" or "had"; -2 when none.
 */
int coder_participle_at(const struct coder *c, int i)
{
	while ((size_t)i < c->n && is_adverb(c, i))
		i++;
	return (size_t)i < c->n && c->t[i].kind == TOK_WORD &&
	       ((c->span_of[i] >= 0 && c->spans[c->span_of[i]].form == VF_ED) ||
		(c->t[i].nlen > 3 && !memcmp(c->t[i].norm + c->t[i].nlen - 2, "ed", 2)));
}

static int when_subject(const struct coder *c, int from, int p, int ed, int *shared_be)
{
	int q, j, u, e;
	*shared_be = 0;
	for (q = p - 1; q >= from; q--) {
		if (is_boundary(c, q) || is_punct(c, q, '"'))
			return -2;
		if (!(c->fc[q] & FC_SUBORD) || date_at(c, q + 1))
			continue;
		j = q + 1;
		if (j < p && (c->fc[j] & FC_DET))
			j++;
		if (j >= p)
			return -2;
		if ((c->fc[j] & FC_PRON) && !(c->fc[j] & FC_POSS))
			e = j + 1;
		else if ((u = c->unit_of[j]) >= 0 && c->units[u].start <= j)
			e = c->units[u].end;
		else {
			/* "after Assange was hauled out and taken": a clause whose
			 * subject is no actor, -1 */
			static const char *const parts[] = { "some",    "many", "others", "most",
							     "several", "all",  "both",   "few" };
			static const char *const clauses[] = { "when",     "while",  "because",
							       "although", "though", "whereas" };
			if (TOK_IN(c, j, parts))
				return -2; /* "while some threw leaflets and chanted": some of
					    * the main clause's subject */
			for (e = j;
			     e < p && e - j < 4 && c->unit_of[e] < 0 && c->t[e].kind == TOK_WORD &&
			     !c->fc[e] && !c->is_verb[e] && c->span_of[e] < 0;
			     e++)
				;
			if ((c->fc[e] & FC_BE) && !(ed && coder_participle_at(c, e + 1)))
				return -2;
			*shared_be = (c->fc[e] & FC_BE) != 0;
			if (e > j && e < p &&
			    ((c->fc[e] & (FC_BE | FC_HAVE)) || c->is_verb[e] || c->span_of[e] >= 0))
				return -1;
			/* "when officers found the girl and arrested", "when officers
			 * found and rescued her": the plain words hold the clause's verb
			 * (not "after two days and arrested": a time) */
			if (e - j >= 2 && TOK_IN(c, q, clauses) &&
			    (e == p || (c->fc[e] & (FC_DET | FC_POSS | FC_OBJPRON | FC_CONJ))))
				return -1;
			return -2;
		}
		if (e >= p || c->t[e].kind != TOK_WORD || is_tok(c, e, "'s") ||
		    (c->fc[e] & (FC_PREP | FC_CONJ | FC_REL | FC_THAT)))
			return -2;
		if ((c->fc[e] & FC_BE) && !(ed && coder_participle_at(c, e + 1)))
			return -2; /* "caught me while I was trying to cross and deported
				    * me": the main clause's; "after he was hauled out and
				    * taken into custody": his */
		*shared_be = (c->fc[e] & FC_BE) != 0;
		return e - 1;
	}
	return -2;
}

/*
 * The subject pronoun at token i ("they", "he") has its own object form ("them", "him")
 * before it in the sentence. Returns the verb before that object form (whose subject
 * the pronoun cannot be: "Washington had betrayed them and they would attack" is not
 * Washington), -2 where no verb of the sentence comes before it, -1 where there is no
 * such object form.
 */
static int object_pronoun_verb(const struct coder *c, int vi, int i)
{
	const char *obj = is_tok(c, i, "they") ? "them" : is_tok(c, i, "he") ? "him" : NULL;
	int k, v;
	if (!obj)
		return -1;
	for (k = i - 1; k >= 0; k--)
		if (is_tok(c, k, obj))
			break;
	if (k < 0)
		return -1;
	for (v = vi - 1; v >= 0; v--)
		if (c->verbs[v].start < k)
			break;
	if (v < 0)
		return -2;
	if (k - c->verbs[v].end <= 2 || (k >= 1 && coder_ing_word(c, k - 1)) ||
	    (k >= 2 && is_tok(c, k - 1, "to") && coder_ing_word(c, k - 2)))
		return v; /* "told them", "lied to him", "instead of telling them" */
	return -1;        /* a verb between that no dictionary knows, with a subject of
			   * its own: "said Washington had betrayed them" */
}

/*
 * Unit u is named inside an aside set off by commas after another actor, right
 * before the verb at vstart: the possessor of an apposition ("Peru, Chile's
 * neighbour, praised") or an actor set apart by "not" ("Peru, not Chile,
 * praised"). The subject is the actor before the aside; 1 if so.
 */
static int aside_actor(const struct coder *c, int u, int vstart)
{
	const struct unit *U = &c->units[u];
	int i = U->end, k = 0, open = U->start - 1;
	if (is_tok(c, open, "not"))
		open--;
	else if (!is_tok(c, i++, "'s"))
		return 0;
	if (open < 1 || !is_punct(c, open, ',') || c->unit_of[open - 1] < 0)
		return 0;
	while (i < vstart && k < 4 && is_plain_word(c, i)) {
		i++;
		k++;
	}
	if (!is_punct(c, i, ','))
		return 0;
	for (i++; i < vstart; i++)
		if (!is_adverb(c, i) && !(c->fc[i] & (FC_MODAL | FC_BE | FC_HAVE | FC_DO | FC_NEG)))
			return 0;
	return 1;
}

/*
 * The aside between the commas at tokens p and i, right before the verb at vstart (only
 * auxiliaries between), is an apposition to a name no dictionary knows that opens its
 * clause: "In a letter to the Kenyan president, John Okello, the Ugandan farm minister,
 * said". A determiner or an actor opens the aside; before the name, the sentence's start,
 * a comma, a quotation mark, "that" or a conjunction. The name is the verb's subject and
 * the aside says who it is; 1 if so.
 */
static int name_apposition(const struct coder *c, int p, int i, int vstart)
{
	int q;
	if (p < 1 || i + 1 > vstart || !aux_only(c, i + 1, vstart) || (size_t)p + 1 >= c->n ||
	    c->unit_of[p - 1] >= 0)
		return 0; /* a name the sentence codes ("Ndemo Kariuki, a local activist,"
			   * opening it, of the document's country) is the subject itself */
	if (!(c->fc[p + 1] & FC_DET) &&
	    !(c->unit_of[p + 1] >= 0 && c->units[c->unit_of[p + 1]].start == p + 1))
		return 0;
	for (q = p - 1; q >= 0 && q > p - 5 && coder_person_word(c, q); q--)
		;
	return q < p - 1 && (q < 0 || is_punct(c, q, ',') || is_punct(c, q, '"') ||
			     (c->fc[q] & (FC_THAT | FC_CONJ)));
}

/*
 * The unit that opens the sentence (after a determiner) when a word that may be a verb the
 * coder does not know follows it ("Turkish forces entered ...") and nothing between it and
 * token p (a conjunction before a finite verb) opens another clause: no comma, boundary,
 * verb of saying, "that", relative pronoun, subordinator or "be" ("Russia said Ukrainian troops
 * crossed the border and attacked" is not Russia's attack; "were surrounded and shelled" is
 * a passive). The unit, or -1.
 */
static int opening_predicate_subject(const struct coder *c, int p)
{
	int u0 = c->unit_of[0] >= 0 || !(c->fc[0] & FC_DET) ? c->unit_of[0] : c->unit_of[1], q;
	if (u0 < 0 || c->units[u0].end >= p || !opens_with_verb(c, c->units[u0].end))
		return -1;
	for (q = c->units[u0].end; q < p; q++)
		if (is_boundary(c, q) || is_punct(c, q, ',') ||
		    (c->fc[q] & (FC_SAY | FC_THAT | FC_REL | FC_SUBORD | FC_CONJ | FC_BE)))
			return -1;
	return u0;
}

/*
 * Verb k is a past participle set off by commas after a noun, with a preposition, "by" or
 * "to" after it ("arrested the men, accused of smuggling, and detained"): it describes
 * that noun and tells no deed of the clause, so a verb that "and" joins after the closing
 * comma is not its subject's.
 */
static int comma_aside_participle(const struct coder *c, int k, int before)
{
	const struct vinfo *w = &c->verbs[k];
	int p = w->start - 1, q;
	if (c->span_of[w->start] < 0 || c->spans[c->span_of[w->start]].form != VF_ED)
		return 0;
	while (p >= 0 && is_adverb(c, p))
		p--;
	if (p <= 0 || !is_punct(c, p, ',') || c->unit_of[p - 1] < 0)
		return 0;
	for (q = w->end; (size_t)q < c->n && is_adverb(c, q); q++)
		;
	if ((size_t)q >= c->n || !(is_tok(c, q, "by") || (c->fc[q] & (FC_PREP | FC_TO))))
		return 0;
	for (; q < before; q++)
		if (is_punct(c, q, ','))
			return 1;
	return 0;
}

/*
 * A finite verb right after a comma that opens the next deed of a series whose last
 * deed "and" joins ("arrested two men, beat a journalist and detained a lawyer"): the
 * subject of the series' verb before the comma, not an actor of that verb's object.
 * An -ed form counts only with an object after it, no preposition ("the men, accused
 * of fraud, and" is a participle of the men). The verb before the comma is the nearest
 * finite one of the same clause, no infinitive of its object ("told them to leave,
 * threatened"), with no other comma between; when the coder knows none, the subject
 * that opens the sentence before a verb of its own ("a mob has broken into a school,
 * torched ..."). The subject's unit, -1 for none, or -2 when verb vi opens no series.
 */
static int series_subject(const struct coder *c, int vi)
{
	const struct vinfo *v = &c->verbs[vi];
	int p = v->start - 1, q, j, k,
	    form = c->span_of[v->start] >= 0 ? c->spans[c->span_of[v->start]].form : -1;
	while (p >= 0 && is_adverb(c, p))
		p--;
	if (p <= 0 || !is_punct(c, p, ',') || is_punct(c, p - 1, '"') ||
	    (form != VF_ED && form != VF_S))
		return -2;
	for (q = v->end; (size_t)q < c->n && is_adverb(c, q); q++)
		;
	if (form == VF_ED &&
	    ((size_t)q >= c->n || c->t[q].kind == TOK_PUNCT || is_tok(c, q, "by") ||
	     (c->fc[q] & (FC_PREP | FC_TO | FC_CONJ | FC_SUBORD | FC_REL | FC_THAT))))
		return -2;
	/* the series ends on "and" and a verb of the same sentence */
	for (j = vi + 1; j < c->nverbs; j++) {
		int r = c->verbs[j].start - 1;
		for (q = v->end; q < c->verbs[j].start; q++)
			if (is_boundary(c, q) || is_punct(c, q, ';') || is_punct(c, q, '"') ||
			    (c->fc[q] & (FC_SUBORD | FC_REL | FC_THAT | FC_SAY)))
				return -2;
		while (r > v->end && (is_adverb(c, r) || is_aux(c, r)))
			r--;
		if (is_tok(c, r, "and"))
			break;
	}
	if (j == c->nverbs)
		return -2;
	for (k = vi - 1; k >= 0; k--) {
		const struct vinfo *w = &c->verbs[k];
		int wf = c->span_of[w->start] >= 0 ? c->spans[c->span_of[w->start]].form : -1;
		if (w->end > p)
			continue;
		if (c->clause_of[w->start] != c->clause_of[v->start] ||
		    infinitive_at(c, w->start) || (wf != VF_ED && wf != VF_S && wf != VF_BASE))
			continue;
		for (q = w->end; q < p; q++)
			if (is_boundary(c, q) || is_punct(c, q, ',') ||
			    (c->fc[q] & (FC_SUBORD | FC_REL | FC_THAT | FC_SAY)))
				return -2; /* "joined the coalition, Russia and Iran, as well
					    * as their allies, continued": a subject of
					    * its own between commas */
		return w->subject >= 0 && c->units[w->subject].end <= w->start ? w->subject : -1;
	}
	q = opening_predicate_subject(c, p);
	return q >= 0 ? q : -2;
}

/*
 * The verbs after whose object an infinitive is the object's own act: they tell, ask,
 * make, let, help, send or pay it to act ("urged Iran to release", "sent troops to
 * secure", "allowed aid trucks to enter"). After any other verb the infinitive is its
 * subject's purpose ("summoned the Afghan envoy to protest": the summoner protests).
 */
static const char *const object_control[] = {
	"tell",         "tells",         "told",        "telling",     "urge",        "urges",
	"urged",        "urging",        "ask",         "asks",        "asked",       "asking",
	"order",        "orders",        "ordered",     "ordering",    "force",       "forces",
	"forced",       "forcing",       "allow",       "allows",      "allowed",     "allowing",
	"permit",       "permits",       "permitted",   "permitting",  "invite",      "invites",
	"invited",      "inviting",      "encourage",   "encourages",  "encouraged",  "encouraging",
	"persuade",     "persuades",     "persuaded",   "persuading",  "convince",    "convinces",
	"convinced",    "convincing",    "press",       "presses",     "pressed",     "pressing",
	"pressure",     "pressures",     "pressured",   "pressuring",  "pressurised", "pressurized",
	"push",         "pushes",        "pushed",      "pushing",     "instruct",    "instructs",
	"instructed",   "instructing",   "direct",      "directs",     "directed",    "directing",
	"authorise",    "authorises",    "authorised",  "authorising", "authorize",   "authorizes",
	"authorized",   "authorizing",   "enable",      "enables",     "enabled",     "enabling",
	"help",         "helps",         "helped",      "helping",     "assist",      "assists",
	"assisted",     "assisting",     "compel",      "compels",     "compelled",   "compelling",
	"oblige",       "obliges",       "obliged",     "obliging",    "require",     "requires",
	"required",     "requiring",     "prompt",      "prompts",     "prompted",    "prompting",
	"lead",         "leads",         "led",         "leading",     "cause",       "causes",
	"caused",       "causing",       "get",         "gets",        "got",         "getting",
	"want",         "wants",         "wanted",      "wanting",     "need",        "needs",
	"needed",       "needing",       "expect",      "expects",     "expected",    "expecting",
	"advise",       "advises",       "advised",     "advising",    "appeal",      "appeals",
	"appealed",     "appealing",     "challenge",   "challenges",  "challenged",  "challenging",
	"beg",          "begs",          "begged",      "begging",     "implore",     "implores",
	"implored",     "imploring",     "exhort",      "exhorts",     "exhorted",    "exhorting",
	"request",      "requests",      "requested",   "requesting",  "send",        "sends",
	"sent",         "sending",       "dispatch",    "dispatches",  "dispatched",  "dispatching",
	"deploy",       "deploys",       "deployed",    "deploying",   "mobilise",    "mobilises",
	"mobilised",    "mobilising",    "mobilize",    "mobilizes",   "mobilized",   "mobilizing",
	"recruit",      "recruits",      "recruited",   "recruiting",  "train",       "trains",
	"trained",      "training",      "hire",        "hires",       "hired",       "hiring",
	"pay",          "pays",          "paid",        "paying",      "use",         "uses",
	"used",         "using",         "empower",     "empowers",    "empowered",   "empowering",
	"mandate",      "mandates",      "mandated",    "mandating",   "task",        "tasks",
	"tasked",       "tasking",       "appoint",     "appoints",    "appointed",   "appointing",
	"elect",        "elects",        "elected",     "electing",    "inspire",     "inspires",
	"inspired",     "inspiring",     "incite",      "incites",     "incited",     "inciting",
	"provoke",      "provokes",      "provoked",    "provoking",   "drive",       "drives",
	"drove",        "driven",        "driving",     "spur",        "spurs",       "spurred",
	"spurring",     "induce",        "induces",     "induced",     "inducing",    "arm",
	"arms",         "armed",         "arming",      "equip",       "equips",      "equipped",
	"equipping",    "fund",          "funds",       "funded",      "funding",     "back",
	"backs",        "backed",        "backing",     "support",     "supports",    "supported",
	"supporting",   "give",          "gives",       "gave",        "given",       "giving",
	"grant",        "grants",        "granted",     "granting",    "lend",        "lends",
	"lent",         "lending",       "provide",     "provides",    "provided",    "providing",
	"supply",       "supplies",      "supplied",    "supplying",   "remind",      "reminds",
	"reminded",     "reminding",     "warn",        "warns",       "warned",      "warning",
	"call",         "calls",         "called",      "calling",     "leave",       "leaves",
	"left",         "leaving",       "trust",       "trusts",      "trusted",     "trusting",
	"prepare",      "prepares",      "prepared",    "preparing",   "commission",  "commissions",
	"commissioned", "commissioning", "choose",      "chooses",     "chose",       "chosen",
	"choosing",     "select",        "selects",     "selected",    "selecting",   "nominate",
	"nominates",    "nominated",     "nominating",  "teach",       "teaches",     "taught",
	"teaching",     "lobby",         "lobbies",     "lobbied",     "lobbying",    "petition",
	"petitions",    "petitioned",    "petitioning", "signal",      "signals",     "signalled",
	"signaled",     "signalling",    "signaling",   "wish",        "wishes",      "wished",
	"wishing",      "like",          "likes",       "liked",       "prefer",      "prefers",
	"preferred",    "demand",        "demands",     "demanded",    "demanding",   "beseech",
	"beseeched",    "besought",      "entreat",     "entreats",    "entreated",   "bribe",
	"bribes",       "bribed",        "bribing",     "coerce",      "coerces",     "coerced",
	"coercing",
};

/*
 * The verb whose object starts at token u, when an infinitive right after that object is
 * the verb's subject's purpose, not the object's act (object_control): the verb's token,
 * or -1. "summoned the Afghan envoy to protest" gives "summoned".
 */
static int purpose_governor(const struct coder *c, int u)
{
	int i = u - 1, words = 0;
	while (i >= 0 && words < 3 && ((c->fc[i] & (FC_DET | FC_POSS)) || is_plain_word(c, i))) {
		i--;
		words++;
	}
	if (i < 0 || !c->is_verb[i] || (c->fc[i] & FC_PREP) || TOK_IN(c, i, object_control))
		return -1;
	return i;
}

/*
 * Tokens [from, to) are a short adjunct between a verb's object and the "to" of an
 * infinitive: a preposition other than "to" or "for" opening a phrase of prepositions,
 * determiners, numbers, plain words and actors ("summoned the Afghan envoy in Islamabad
 * to protest", "on Monday to protest"), which leaves the infinitive the summoner's aim.
 */
static int adjunct_gap(const struct coder *c, int from, int to)
{
	int q;
	if (from >= to || to - from > 5)
		return 0;
	for (q = from; q < to; q++) {
		if (is_tok(c, q, "to") || is_tok(c, q, "for"))
			return 0;
		if (q == from ? !(c->fc[q] & FC_PREP)
			      : !(c->fc[q] & (FC_PREP | FC_DET | FC_POSS)) &&
					c->t[q].kind != TOK_NUM && !is_plain_word(c, q) &&
					c->unit_of[q] < 0)
			return 0;
	}
	return 1;
}

/* verbs that keep a text from being issued: its words are not their subject's */
static const char *const text_stoppers[] = { "blocked", "block",   "blocks",   "vetoed",
					     "veto",    "vetoes",  "rejected", "reject",
					     "rejects", "opposed", "oppose",   "opposes" };

int coder_find_subject(struct coder *c, int vi)
{
	int vstart = c->verbs[vi].start, i = vstart - 1, named = 0, appos = -1;
	/* "to protest", "began protesting": the subject is the governing verb's (not
	 * after the nouns "fighting" and "battle": "the fighting forced them out") */
	int infinitive = infinitive_at(c, vstart) ||
			 (i >= 0 && (c->fc[i] & (FC_CTRL | FC_WEIGH)) && !coder_fight_word(c, i)) ||
			 ((c->d->flags & DICT_F_OPEN) && coder_process_of(c, i) >= 0 &&
			  !is_tok(c, coder_process_of(c, i), "in")) ||
			 ((c->d->flags & DICT_F_OPEN) && coder_possibility_of(c, i) >= 0);
	if (i >= 0 && is_punct(c, i, '"') && coder_scare_quote(c, i))
		i--; /* 'Chile had "invaded" Peru': a quoted word of the clause's own */
	else if (i >= 0 &&
		 (is_punct(c, i, '"') || (is_punct(c, i, ',') && is_punct(c, i - 1, '"'))))
		return -1; /* '"...," said Habib Noori': the speaker follows the verb */
	{
		int g = means_of(c, vi);
		if (g >= 0)
			return c->verbs[g].subject; /* "Chile responded by expelling" */
	}
	if ((c->d->flags & DICT_F_OPEN) && i >= 2 &&
	    (is_tok(c, i, "that") || is_tok(c, i, "which"))) {
		/* "claimed responsibility for a suicide bombing that killed 12
		 * soldiers": the claimed deed's relative clause is the claimer's */
		int q, k = -1;
		for (q = i - 1; q >= 0 && q >= i - 3 && k < 0; q--) {
			if (c->t[q].kind != TOK_WORD || (c->fc[q] & ~FC_ADV) || c->unit_of[q] >= 0)
				break;
			k = coder_claimed_deed(c, q);
		}
		if (k >= 0)
			return c->verbs[k].subject;
	}
	if ((c->d->flags & DICT_F_OPEN) && c->span_of[vstart] >= 0 &&
	    c->spans[c->span_of[vstart]].form == VF_ING) {
		int k = coder_claimed_deed(c, vstart);
		if (k >= 0)
			return c->verbs[k].subject; /* "the Taliban claimed responsibility for
						     * shooting down the helicopter" */
	}
	if ((c->d->flags & DICT_F_OPEN) && infinitive_at(c, vstart)) {
		int u = noun_agent(c, vstart - 1);
		if (u >= 0)
			return u; /* "against China's decision to expel", "the decision by
				   * Estonia to expel": the agent of the noun that governs
				   * the infinitive, wherever its phrase stands */
	}
	if ((c->d->flags & DICT_F_OPEN) && c->span_of[vstart] >= 0 &&
	    c->spans[c->span_of[vstart]].form == VF_ING && i >= 0 && coder_listing_word(c, i))
		return coder_listed_agent(
			c, vstart); /* "moves by Washington, including recognising" */
	if ((c->d->flags & DICT_F_OPEN) && c->span_of[vstart] >= 0 &&
	    c->spans[c->span_of[vstart]].form == VF_ING) {
		/* "China rejected the report, accusing the US of meddling": a participle
		 * after a comma has the subject of the clause before it */
		int p = i, k, u0;
		while (p >= 0 && is_adverb(c, p))
			p--;
		if (p == i && coder_text_participle(c, vstart)) {
			/* "Chile issued a statement condemning Peru": the issuer, the
			 * subject of the verb whose object the text is, or the text's own
			 * author ("an EU statement condemning Peru"); no one when that verb
			 * blocks it ("Peru blocked a statement condemning Chile") */
			for (k = vi - 1; k >= 0 && c->verbs[k].start >= p; k--)
				;
			if (k >= 0 && TOK_IN(c, c->verbs[k].end - 1, text_stoppers))
				return -1;
			if ((u0 = c->unit_of[p - 1]) >= 0 && c->units[u0].end == p &&
			    c->units[u0].ncodes && !c->units[u0].docfill)
				return u0;
			if (k >= 0 && c->verbs[k].subject >= 0)
				return c->verbs[k].subject;
		}
		if (p > 0 && is_punct(c, p, ',') && !is_punct(c, p - 1, '"')) {
			for (k = vi - 1; k >= 0; k--)
				if (c->verbs[k].start < p && c->verbs[k].subject >= 0)
					return c->verbs[k].subject;
			/* a main verb the coder does not know ("He has stirred up trouble
			 * in the talks with Peru, warning them"): the clause's
			 * opening subject, not an actor of its object */
			u0 = c->unit_of[0] >= 0 || !(c->fc[0] & FC_DET) ? c->unit_of[0]
									: c->unit_of[1];
			if (u0 >= 0 && c->units[u0].end < p &&
			    (coder_clause_subject(c, u0) || opens_with_verb(c, c->units[u0].end)))
				return u0;
			if ((c->fc[0] & FC_PRON) && !is_tok(c, 0, "we") && !is_tok(c, 0, "i"))
				return carried_subject(c, 0);
			return -1;
		}
	}
	if (c->d->flags & DICT_F_OPEN) {
		int u = series_subject(c, vi);
		if (u >= -1)
			return u;
	}
	{
		/* "condemned X ... and promised Y": the first verb's subject */
		int p = vstart - 1;
		while (p >= 0 && is_aux(c, p))
			p--;
		if (p > 0 && (c->fc[p] & FC_CONJ)) {
			int k, q, w = -2, shared_be = 0,
				  bare_ed = c->span_of[vstart] >= 0 &&
					    c->spans[c->span_of[vstart]].form == VF_ED,
				  finite = c->span_of[vstart] >= 0 &&
					   (c->spans[c->span_of[vstart]].form == VF_ED ||
					    c->spans[c->span_of[vstart]].form == VF_S);
			for (q = p + 1; q < vstart; q++)
				if (!is_adverb(c, q))
					bare_ed = 0; /* "and promptly taken", not "and was taken" */
			for (q = c->verbs[vi].end; (size_t)q < c->n && is_adverb(c, q); q++)
				;
			if ((size_t)q < c->n &&
			    ((c->fc[q] & (FC_OBJPRON | FC_DET | FC_POSS)) ||
			     c->t[q].kind == TOK_NUM ||
			     (c->unit_of[q] >= 0 && c->units[c->unit_of[q]].start == q)))
				bare_ed = 0; /* "and charged him": an active past with its
					      * object, no participle of the clause's "was" */
			for (k = vi - 1; k >= 0; k--)
				if (c->verbs[k].subject >= 0) {
					if ((c->d->flags & DICT_F_OPEN) && finite &&
					    causee_infinitive(c, k))
						continue; /* "ordered his party to hold a
							   * conference and warned": the
							   * finite verb's, not the infinitive's */
					if ((c->d->flags & DICT_F_OPEN) && finite &&
					    comma_aside_participle(c, k, p))
						continue; /* "arrested the men, accused of
							   * smuggling, and detained": the
							   * arrester's */
					if ((c->d->flags & DICT_F_OPEN) &&
					    (w = when_subject(c, c->verbs[k].end, p, bare_ed,
							      &shared_be)) >= -1)
						break;
					return c->verbs[k].subject;
				}
			/* "released the video when officers found the girl and
			 * arrested him": the subordinate clause's own subject (unless
			 * the main verb k proves a deed: code_verb; not a participle
			 * that shares the clause's "was": "after he was arrested and
			 * charged") */
			if (w >= -1 && !shared_be)
				c->verbs[vi].when_main = k;
			if (w >= 0)
				i = w;
			else if (w == -1)
				return -1;
			else {
				/* "the Authority - which considers the US biased and has rejected":
			 * the relative pronoun's noun */
				for (q = p - 1; q > 0 && !is_boundary(c, q) && !is_punct(c, q, ',');
				     q--)
					if (c->fc[q] & FC_REL) {
						int r = q - 1;
						if (is_punct(c, r, '-') || is_punct(c, r, '('))
							r--;
						if (r >= 0 && c->unit_of[r] >= 0)
							return c->unit_of[r];
						break;
					}
				/* "Turkish forces entered a Syrian town and shelled Kurdish
				 * positions": a first verb the coder does not know, whose
				 * subject opens the sentence; not an actor of its object */
				if ((c->d->flags & DICT_F_OPEN) && finite &&
				    (q = opening_predicate_subject(c, p)) >= 0)
					return q;
				/* "Vietnam is one of China's critics and has accused Beijing":
			 * the nearest actor that opens a clause */
				for (q = p - 1; q >= 0 && !is_boundary(c, q); q--)
					if (c->unit_of[q] >= 0 &&
					    c->units[c->unit_of[q]].start == q &&
					    coder_clause_subject(c, c->unit_of[q]))
						return c->unit_of[q];
			}
		}
	}
	while (i >= 0) {
		int u = c->unit_of[i], rel0, det;
		if (i <= appos)
			return -1; /* the name before the apposition, no actor */
		if ((c->d->flags & DICT_F_OPEN) && u < 0 && i > 0 &&
		    (det = anaphor_det(c, i)) >= 0 && !(det > 0 && (c->fc[det - 1] & FC_PREP)) &&
		    aux_only(c, i + 1, vstart)) {
			static const char *const groups[] = { "group", "movement", "faction" };
			static const char *const blocs[] = { "alliance", "bloc" };
			static const char *const orgs[] = { "organisation", "organization" };
			static const char *const countries[] = { "country", "nation", "kingdom" };
			int poss = !is_tok(c, det, "the");
			if ((TOK_IN(c, i, countries) ||
			     (det < i - 1 && !poss && is_tok(c, i, "state"))) &&
			    ((poss && !is_tok(c, det, "their") &&
			      (u = person_before(c, det)) >= 0) ||
			     (u = country_before(c, det)) >= 0 ||
			     (u = recent_actor(c, i, GROUP_NONE)) >= 0))
				/* "According to the Jordanian government, the country
				 * had", "Bhutan's minister said the Himalayan kingdom
				 * would", "Somalia's president said his country would";
				 * with a possessive or describing words, a copy at the
				 * noun, so that no list around the antecedent joins it */
				return poss || det < i - 1 ? anaphor_copy(c, i, u) : u;
			int kind = TOK_IN(c, i, groups)  ? GROUP_NONSTATE
				   : TOK_IN(c, i, blocs) ? GROUP_BLOC
				   : TOK_IN(c, i, orgs)  ? GROUP_ANY
							 : GROUP_NONE;
			if (kind != GROUP_NONE && !poss && !capitalised_between(c, det, i) &&
			    ((u = group_before(c, det, kind)) >= 0 ||
			     (u = recent_actor(c, i, kind)) >= 0))
				return u; /* "Hezbollah fired rockets. The militant group said";
					   * "the United National Movement" is a name */
			u = -1;
		}
		if (u >= 0 && (c->d->flags & DICT_F_OPEN) &&
		    !(c->units[u].end == vstart && c->span_of[vstart] >= 0 &&
		      c->spans[c->span_of[vstart]].form == VF_ED &&
		      is_tok(c, vstart + c->spans[c->span_of[vstart]].len, "by")) &&
		    (rel0 = event_noun_of(c, u)) >= 0) {
			/* not where a participle and its "by" follow the unit, a reduced
			 * passive whose subject it is: "the release of two Canadians
			 * detained by China" */
			i = rel0 - 1; /* "the Israeli bombardment of Rafah killed": Israel's */
			continue;
		}
		if (u >= 0) {
			const struct unit *U = &c->units[u];
			int rel, g, pv;
			if ((c->d->flags & DICT_F_OPEN) &&
			    (rel = relative_object(c, u, vstart)) >= 0) {
				/* the relative clause's object: its noun is the subject */
				i = rel;
				continue;
			}
			if (coder_pp_object(c, U->start, NULL) &&
			    !(infinitive && U->end == vstart - 1 &&
			      coder_inf_causee(c, U->start))) {
				/* not "a need for Iraq to open": the actor asked to act */
				i = U->start - 1;
				continue;
			}
			if ((c->d->flags & DICT_F_OPEN) && infinitive &&
			    (U->end == vstart - 1 || adjunct_gap(c, U->end, vstart - 1)) &&
			    (g = purpose_governor(c, U->start)) >= 0 &&
			    (pv = coder_verb_index_at(c, g)) >= 0 && pv < vi &&
			    c->verbs[pv].subject >= 0)
				return c->verbs[pv].subject; /* "summoned the Afghan envoy to
							      * protest": the summoner's aim */
			if ((c->d->flags & DICT_F_OPEN) && aside_actor(c, u, vstart)) {
				i = U->start - 1; /* "Peru, Chile's neighbour, praised":
						   * Peru's */
				continue;
			}
			return u;
		}
		if ((c->d->flags & DICT_F_OPEN) && coder_unknown_name(c, i) &&
		    aux_only(c, i + 1, vstart))
			named = 1;
		if (c->is_verb[i]) {
			int pv = coder_verb_index_at(c, i), rr;
			if (pv >= 0 && only_coord(c, c->verbs[pv].end, vstart))
				return c->verbs[pv].subject;
			if ((c->d->flags & DICT_F_OPEN) && pv >= 0 && c->verbs[pv].end == vstart &&
			    coder_reported_be(c, c->verbs[pv].start))
				return c->verbs[pv].subject; /* "were confirmed killed" */
			if ((c->d->flags & DICT_F_OPEN) && pv >= 0 &&
			    (coder_holder_by(c, pv, 0) >= 0 ||
			     ((rr = coder_reduced_relative(c, pv)) >= 0 && rr <= vstart))) {
				/* "Two Americans held by Hamas were released", "troops
				 * stationed near the border shelled": the noun before the
				 * reduced relative */
				i = c->verbs[pv].start - 1;
				continue;
			}
			if ((c->d->flags & DICT_F_OPEN) && pv >= 0 &&
			    coder_holder_by(c, pv, 1) >= 0) {
				/* "hostages who had been held by the Taliban were
				 * released": the relative pronoun's noun */
				int q = c->verbs[pv].start - 1;
				while (q >= 0 && (c->fc[q] & (FC_BE | FC_HAVE | FC_ADV)))
					q--;
				if (q >= 0 && (c->fc[q] & FC_REL)) {
					i = q;
					continue;
				}
			}
			if (infinitive && pv >= 0 && pv < vi && c->verbs[pv].subject >= 0 &&
			    (c->d->flags & DICT_F_OPEN) && governs(c, pv, vstart))
				/* "laid siege to a university and threatened to use":
				 * the subject of the verb that governs the infinitive */
				return c->verbs[pv].subject;
			if (infinitive) {
				i = pv >= 0 ? c->verbs[pv].start - 1 : i - 1;
				continue;
			}
			return -1;
		}
		if (c->fc[i] & FC_PRON) {
			/* "it", "they": the last subject in the sentence */
			int k, sp, ov = -1, bound = -1;
			int earlier = 0;
			if ((is_tok(c, i, "we") || is_tok(c, i, "i")) &&
			    (sp = coder_quote_speaker(c, i)) >= 0)
				return sp; /* '"We condemn the attack," the minister said' */
			if ((c->d->flags & DICT_F_OPEN) &&
			    (is_tok(c, i, "we") || is_tok(c, i, "i")) &&
			    (sp = coder_pronoun_speaker(c, i)) >= 0)
				return sp; /* '"We condemn the attack," he said' */
			if (c->d->flags & DICT_F_OPEN)
				ov = object_pronoun_verb(c, vi, i);
			if (ov == -2)
				return -1; /* "did not tell them that they had attacked Peru":
					    * the ones told, not one carried from the
					    * sentences before */
			if (ov >= 0)
				bound = c->verbs[ov].subject; /* "Washington had betrayed
							       * them and they": not
							       * Washington */
			for (k = vi - 1; k >= 0; k--) {
				sp = c->verbs[k].subject;
				if (sp < 0)
					continue;
				if (sp == bound) {
					earlier = 1; /* "Chile told them that they": the
						      * ones told, not Chile nor one
						      * carried from before */
					continue;
				}
				if (!(c->d->flags & DICT_F_OPEN) ||
				    pronoun_agrees(c, i, coder_unit_person(c, &c->units[sp])))
					return sp;
				earlier = 1;
			}
			if (!earlier && (c->d->flags & DICT_F_OPEN) && (sp = cataphor(c, i)) >= 0)
				return sp; /* "When it crushed the protests, Beijing ..." */
			if ((c->d->flags & DICT_F_OPEN) &&
			    (is_tok(c, i, "he") || is_tok(c, i, "she")))
				/* "The envoy has changed her account - "...," she said": the
				 * actor that opens a clause before, with a verb the coder does
				 * not know */
				for (k = i - 1; k >= 0 && !is_boundary(c, k); k--)
					if ((sp = c->unit_of[k]) >= 0 && c->units[sp].start == k &&
					    !c->units[sp].absorbed && c->units[sp].ncodes &&
					    c->units[sp].has_actor && !c->units[sp].nag &&
					    strlen(c->units[sp].codes[0]) > 3 &&
					    !c->units[sp].docfill && coder_clause_subject(c, sp) &&
					    coder_unit_person(c, &c->units[sp]))
						return sp; /* a person, not a country nor a
							    * plural ("Spanish officials
							    * protested after he was
							    * detained": not them) */
			if (earlier)
				return -1; /* "Erekat said it was": not Erekat, nor one before */
			if ((c->d->flags & DICT_F_OPEN) &&
			    (is_tok(c, i, "they") || is_tok(c, i, "it")) &&
			    noun_subject_before(c, i))
				return -1; /* "Supporters of the levy say that they help" */
			if (named)
				return -1; /* "It was the first time Smith had criticised
					    * Peru": a name no dictionary knows right before
					    * the verb is its subject, no actor; not the one a
					    * pronoun further back stands for */
			return carried_subject(c, i);
		}
		if ((c->d->flags & DICT_F_OPEN) && is_punct(c, i, '-')) {
			/* "Iran - the country that signed the deal - has threatened":
			 * an aside between dashes, as between commas */
			int p = i - 1;
			while (p > 0 && !is_punct(c, p, '-') && !is_punct(c, p, ',') &&
			       !is_boundary(c, p))
				p--;
			if (p > 0 && p < i - 1 && is_punct(c, p, '-') &&
			    coder_parenthetical(c, p + 1, i)) {
				i = p - 1;
				continue;
			}
		}
		if (c->fc[i] & (FC_REL | FC_THAT)) {
			/* relative clause: the noun before "who" */
			int p = i - 1, part = (c->d->flags & DICT_F_OPEN) && rel_of_at(c, i - 2),
			    ru;
			if (part)
				p = i - 3; /* "protesters, some of whom threw stones" */
			if (p >= 0 &&
			    (is_punct(c, p, ',') || is_punct(c, p, '-') || is_punct(c, p, '(') ||
			     ((c->d->flags & DICT_F_OPEN) && c->t[p].kind == TOK_PUNCT &&
			      !is_boundary(c, p) && !is_punct(c, p, '"'))))
				p--; /* "two hostages — an American and an Australian — who" */
			if (p < 0 || (ru = c->unit_of[p]) < 0 || !(c->fc[i] & FC_REL))
				return -1;
			/* "people gathered at the embassy, some of whom threw rocks": a part
			 * is of the clause's subject or object, not of a preposition's */
			if (part && coder_pp_object(c, c->units[ru].start, NULL))
				return -1;
			return ru;
		}
		if ((c->fc[i] & FC_SUBORD) && !((c->d->flags & DICT_F_OPEN) && date_at(c, i + 1)))
			return -1; /* "held since 2016 were released": a time, no clause */
		if (is_punct(c, i, ')')) {
			int q = coder_skip_paren_left(c, i);
			if (q != i) {
				i = q;
				continue;
			}
		}
		if (is_boundary(c, i))
			return -1;
		if (is_punct(c, i, ',')) {
			int p = i - 1;
			while (p >= 0 && !is_punct(c, p, ',') && !is_boundary(c, p))
				p--;
			if (p >= 0 && is_punct(c, p, ',') && coder_parenthetical(c, p + 1, i)) {
				if ((c->d->flags & DICT_F_OPEN) && appos < 0 &&
				    name_apposition(c, p, i, vstart)) {
					/* "In a letter to the Kenyan president, John Okello,
					 * the Ugandan farm minister, said": the actor the
					 * apposition names, not one of the phrase before */
					appos = p;
					i--;
					continue;
				}
				i = p - 1;
				continue;
			}
		}
		i--;
	}
	return -1;
}

/* next accepted verb after token i, skipping adverbs */
static int verb_follows(const struct coder *c, int i)
{
	while ((size_t)i < c->n && is_aux(c, i))
		i++;
	return (size_t)i < c->n && c->is_verb[i];
}

/* a unit that opens a comma clause: ", a senior official said" */
static int after_comma(const struct coder *c, int i)
{
	int p = i - 1, k = 0;
	while (p >= 0 && k < 4 &&
	       ((c->fc[p] & FC_DET) || is_plain_word(c, p) || is_adverb(c, p) ||
		(c->t[p].kind == TOK_WORD && (c->t[p].flags & TOKF_CAP) && !c->fc[p] &&
		 c->span_of[p] < 0))) {
		p--;
		k++;
	}
	return p >= 0 && is_punct(c, p, ',');
}

static int group_scan(const struct coder *c, int u, int dir, int *out, int max);

/* a unit right after "and"/"but" (and a determiner) */
static int after_conj(const struct coder *c, int i)
{
	int p = i - 1;
	if (p >= 0 && (c->fc[p] & (FC_DET | FC_POSS)))
		p--;
	return p >= 0 && (c->fc[p] & FC_CONJ);
}

/*
 * Does a clause of its own start at token i, past the verb's object
 * position `from`? A participle after a comma (", saying he would take on
 * China"), a finite auxiliary ("the reason residents are refusing to leave
 * the camp is fear of Syrian retribution"), an actor asked to act ("a need
 * for Peru to open an inquiry"), the content of a noun ("the
 * suggestion that she was ...").
 */
static int new_clause(const struct coder *c, int from, int i)
{
	if (is_punct(c, i, ',') && (size_t)i + 1 < c->n && c->is_verb[i + 1] &&
	    c->span_of[i + 1] >= 0 && c->spans[c->span_of[i + 1]].form == VF_ING)
		return 1;
	if (i > from && !(c->fc[i - 1] & (FC_TO | FC_MODAL | FC_HAVE | FC_BE | FC_DO)))
		if (TOK_IN(c, i, finite_aux))
			return 1;
	if (is_tok(c, i, "for") && (size_t)i + 1 < c->n && c->unit_of[i + 1] >= 0) {
		int u = c->unit_of[i + 1], e = c->units[u].end;
		if (is_tok(c, e, "to") && (size_t)e + 1 < c->n && c->is_verb[e + 1])
			return 1;
	}
	if (i > from && (is_tok(c, i, "amid") || is_tok(c, i, "amidst") || is_tok(c, i, "despite")))
		return 1; /* "vows reform amid a visit from the US": the circumstance's actors */
	if (i > from && (c->fc[i] & FC_THAT) && (size_t)i + 1 < c->n &&
	    (c->unit_of[i + 1] >= 0 || (c->fc[i + 1] & (FC_DET | FC_PRON))) &&
	    is_plain_word(c, i - 1))
		return 1;
	return 0;
}

/*
 * A speaker clause that closes the sentence after the comma at token i: ",
 * people who know Peru's tax plans said.", ", officials told
 * reporters on Monday." A few words, no verb but the saying one.
 */
static int trailing_speaker(const struct coder *c, int i)
{
	int k, say = -1;
	for (k = i + 1; (size_t)k < c->n && k < i + 12; k++) {
		if (c->fc[k] & FC_SAY) {
			say = k;
			break;
		}
		if (c->is_verb[k] || is_boundary(c, k) || is_punct(c, k, ',') ||
		    is_punct(c, k, '"') || (c->fc[k] & (FC_REL | FC_THAT | FC_SUBORD | FC_MODAL)))
			return 0;
	}
	if (say <= i + 1)
		return 0;
	for (k = say + 1; (size_t)k < c->n && k < say + 6; k++)
		if (is_boundary(c, k))
			return 1;
		else if (c->is_verb[k] || is_punct(c, k, ',') || (c->fc[k] & (FC_THAT | FC_TO)))
			return 0;
	return (size_t)k >= c->n;
}

/*
 * The object of a verb: the first unit to the right within the clause.
 * A place ("in Herat") is taken only when nothing else is found.
 */
/* "was", "has", "will" after token i (adverbs skipped): a clause's verb */
static int aux_follows(const struct coder *c, int i)
{
	while ((size_t)i < c->n && is_adverb(c, i))
		i++;
	return (size_t)i < c->n && (c->fc[i] & (FC_BE | FC_HAVE | FC_MODAL)) && !is_tok(c, i, "'s");
}

/*
 * A topic's preposition ("about", "over", "regarding", "concerning") after a noun between
 * the verb's object start `from` and token `to`: a place after it is the topic's ("charged
 * the blogger with sedition for posts about the war in Yemen"), not where the act was
 * done, and no target of the verb; so is a subject named by a country's own name
 * (`coder_topic_country`: "criticised China policy in Washington"). 1 if so.
 */
static int topic_between(const struct coder *c, int from, int to)
{
	static const char *const topic[] = { "about", "over", "regarding", "concerning" };
	int k;
	for (k = from + 1; k < to; k++)
		if (TOK_IN(c, k, topic) && c->t[k - 1].kind == TOK_WORD && !c->is_verb[k - 1] &&
		    !c->fc[k - 1])
			return 1;
	/* a subject named by a country's name ("criticised China policy in Washington"):
	 * the object is that subject, and the place no target */
	for (k = from; k < to; k++)
		if (c->span_of[k] >= 0 && c->unit_of[k] < 0 && (c->d->flags & DICT_F_OPEN) &&
		    c->spans[c->span_of[k]].kind == PAY_ACTOR &&
		    coder_topic_country(c, &c->spans[c->span_of[k]]))
			return 1;
	return 0;
}

int coder_unit_spells_name(const struct coder *c, int u)
{
	const struct unit *T = &c->units[u];
	const char *name;
	size_t at = 0, l;
	int i;
	if (T->ncodes != 1 || T->actor < 0 || strlen(T->codes[0]) != 3 ||
	    !coder_country_code(T->codes[0]) ||
	    T->actor != dict_actor_of_code3(c->d, T->codes[0]) ||
	    !(name = c->d->actors[T->actor].name))
		return 0;
	for (i = T->start; i < T->end; i++) {
		if (c->fc[i] & FC_DET)
			continue;
		l = strlen(c->t[i].norm);
		if (at && name[at++] != '_')
			return 0;
		if (strncasecmp(name + at, c->t[i].norm, l))
			return 0;
		at += l;
	}
	return at && name[at] == 0;
}

/*
 * Unit u names the edge of a country a deed was done at, not what it was done to: the sea
 * "off" it ("seized a tanker off Greece", "off the coast of Oman"; not a particle right after
 * a verb, "fended off Russia"), the country itself by name "near" it ("a port near Romania";
 * "near Kharkiv" is in Ukraine) or its border after a preposition of place ("shelled villages
 * near the border with Belarus", "along the Iraqi border"). A border closed or crossed as
 * the verb's own object ("closed its border with Ukraine") is no such place.
 */
static int edge_place(const struct coder *c, int u)
{
	static const char *const shores[] = { "coast", "coasts", "shore", "shores", "waters" };
	static const char *const borders[] = { "border", "borders", "frontier", "boundary" };
	static const char *const at[] = { "near", "along", "on", "at", "across", "by", "off" };
	int p = c->units[u].start - 1, e = c->units[u].end;
	if (p >= 0 && is_tok(c, p, "of") && p >= 1 && TOK_IN(c, p - 1, shores))
		p -= 2; /* "off the coast of Oman" */
	while (p >= 0 && (c->fc[p] & FC_DET))
		p--;
	if (p >= 1 && is_tok(c, p, "off") && !c->is_verb[p - 1])
		return 1;
	if (p >= 1 && is_tok(c, p, "near") && coder_unit_spells_name(c, u))
		return 1; /* "attacked a port near Romania": beside the country, not in it */
	p = c->units[u].start - 1;
	if ((size_t)e < c->n && TOK_IN(c, e, borders) && !(c->fc[c->units[u].start] & FC_POSS) &&
	    !((size_t)e + 1 < c->n && is_plain_word(c, e + 1))) /* "the Iraqi border" */
		;
	else if (p >= 1 && is_tok(c, p, "with") && TOK_IN(c, p - 1, borders))
		p -= 2; /* "the border with Belarus" */
	else
		return 0;
	while (p >= 0 && (c->fc[p] & FC_DET))
		p--;
	return p >= 0 && TOK_IN(c, p, at);
}

/* the verb before token i does force or coercion to something (roots 17-20: seizing,
 * arresting, attacking) in one of its dictionary senses: what it strikes is its object, the
 * edge of a country it was done at no target; troops massed or withdrawn at a border are
 * still aimed across it */
static int force_before(const struct coder *c, int i)
{
	static const char force[][3] = { "17", "18", "19", "20" };
	return verb_before_in_roots(c, i, force, sizeof(force) / sizeof(force[0])) >= 0;
}

/*
 * An object pronoun at token i followed by a bare verb ("help him enter", "let them
 * go", "made it leave"): the actors after it are that verb's, not the governing
 * verb's object.
 */
static int nested_causee(const struct coder *c, int i)
{
	static const char *const particles[] = { "down", "up",   "out",   "off",  "back",
						 "away", "over", "as",    "here", "there",
						 "home", "too",  "alone", "again" };
	int j = i + 1;
	if ((size_t)j >= c->n || !(c->fc[i] & FC_OBJPRON) || is_tok(c, i, "it") ||
	    is_tok(c, i, "us") || TOK_IN(c, j, particles))
		return 0; /* "gunned him down", "dismissed them as" */
	return c->t[j].kind == TOK_WORD && !(c->t[j].flags & TOKF_CAP) && c->unit_of[j] < 0 &&
	       !(c->fc[j] & ~FC_ADV) && !is_adverb(c, j) &&
	       (c->is_verb[j] || coder_bare_inf_verb(c, j) || c->span_of[j] < 0);
}

/*
 * The unit u follows "with" (a determiner between) and names arms: its last word, or the
 * word after it, a weapon ("attacked ships with Iranian missiles", "struck the base with
 * American jets"): what a deed is done with, not to whom.
 */
static int arms_with(const struct coder *c, int u)
{
	int s = c->units[u].start, e = c->units[u].end;
	if (s >= 1 && (c->fc[s - 1] & FC_DET))
		s--;
	if (s < 1 || !is_tok(c, s - 1, "with"))
		return 0;
	return TOK_IN(c, e - 1, arm_words) || ((size_t)e < c->n && TOK_IN(c, e, arm_words));
}

/*
 * Token i is a past participle that opens a reduced relative clause on the noun before it,
 * its agent after "by" ("on rare metals used by US chip makers", "duties on steel made by
 * Turkish mills") or, for goods made, their origin after "in" ("tariffs on cars made in
 * China"): a lower-case word in -ed of a one-word verb, or a verb of making, right after a
 * plain noun, "by" (or "in") right after it.
 */
static int reduced_by(const struct coder *c, int i)
{
	static const char *const made[] = { "made",      "produced", "manufactured",
					    "grown",     "built",    "mined",
					    "assembled", "sourced",  "imported" };
	const struct token *t;
	if (i <= 0 || i >= (int)MAXT - 1 || (size_t)i + 1 >= c->n || c->span_of[i] < 0)
		return 0;
	t = &c->t[i];
	if (c->spans[c->span_of[i]].len != 1 || t->kind != TOK_WORD || (t->flags & TOKF_CAP) ||
	    !is_plain_word(c, i - 1) || c->is_verb[i - 1])
		return 0;
	if (TOK_IN(c, i, made) && (is_tok(c, i + 1, "in") || is_tok(c, i + 1, "by")))
		return 1; /* "tariffs on cars made in China": where the goods are from */
	return is_tok(c, i + 1, "by") && t->nlen > 3 && !memcmp(t->norm + t->nlen - 2, "ed", 2);
}

int coder_find_object(const struct coder *c, int from, int statement)
{
	int i, place = -1, role = -1, people = -1;
	i = from;
	while ((size_t)i < c->n && is_adverb(c, i))
		i++;
	if ((c->d->flags & DICT_F_OPEN) && is_tok(c, i, "that") && (size_t)i + 1 < c->n &&
	    (c->unit_of[i + 1] >= 0 || (c->fc[i + 1] & (FC_DET | FC_PRON))))
		return -1; /* news: "recognise that the US ..." is a clause, not an object (the
			    * PETRARCH-2 suite codes "allowed that Mordor ..." to Mordor) */
	if ((c->d->flags & DICT_F_OPEN) && nested_causee(c, i))
		return -1; /* "helped him enter Chile": him, not Chile */
	for (i = from; (size_t)i < c->n; i++) {
		int u = c->unit_of[i];
		if (u >= 0 && c->units[u].start == i) {
			int loc = 0;
			/* ", a senior official said", "and the regime attacked": a new clause */
			if ((after_comma(c, i) || after_conj(c, i)) &&
			    (verb_follows(c, c->units[u].end) ||
			     ((c->d->flags & DICT_F_OPEN) && aux_follows(c, c->units[u].end))))
				break;
			if ((c->d->flags & DICT_F_OPEN) && arms_with(c, u)) {
				i = c->units[u].end - 1;
				continue; /* "with Iranian missiles": the arms used */
			}
			if ((c->d->flags & DICT_F_OPEN) && !statement && edge_place(c, u) &&
			    force_before(c, from)) {
				i = c->units[u].end - 1;
				continue; /* "seized a tanker off Greece": where, not whom */
			}
			if (coder_pp_object(c, i, &loc) && loc && !statement) {
				/* "across Chad and Niger": the whole list is the place */
				int g[MAX_GROUP], ng = group_scan(c, u, 1, g, MAX_GROUP);
				if (place < 0 &&
				    !((c->d->flags & DICT_F_OPEN) && topic_between(c, from, i)))
					place = u;
				i = c->units[g[ng - 1]].end - 1;
				continue;
			}
			if ((!c->units[u].ncodes || c->units[u].docfill) && !statement) {
				/* "detained protesters in Tehran": a role without a country is a
				 * target only for a source of the same country (code_verb) */
				if (role < 0 && c->units[u].ncodes)
					role = u;
				if (people < 0 && place < 0)
					people = u;
				i = c->units[u].end - 1;
				continue;
			}
			return u;
		}
		if (is_boundary(c, i))
			break;
		if (c->fc[i] & (FC_SUBORD | FC_REL))
			break;
		if (is_punct(c, i, ',') && (size_t)i + 1 < c->n && (c->fc[i + 1] & FC_CONJ))
			break; /* ", and the envoy ...": a new clause */
		if (is_punct(c, i, ',') && coder_speaker_after(c, (size_t)i + 1) >= 0)
			break; /* '...," Rojas said': the quotation ends */
		if ((c->d->flags & DICT_F_OPEN) && is_punct(c, i, ',') && trailing_speaker(c, i))
			break; /* ", people familiar with Chinese policy said.": the speaker */
		if ((c->d->flags & DICT_F_OPEN) && new_clause(c, from, i))
			break;
		if ((c->d->flags & DICT_F_OPEN) && c->is_verb[i] && infinitive_at(c, i) &&
		    nested_causee(c, c->spans[c->span_of[i]].len + i))
			break; /* "gave money to a smuggler to help him enter Chile": Chile is
				* the object of "enter" */
		if (c->is_verb[i] && !infinitive_at(c, i) && c->t[i].kind == TOK_WORD) {
			const struct span *s = &c->spans[c->span_of[i]];
			if ((c->d->flags & DICT_F_OPEN) && reduced_by(c, i))
				continue; /* "on metals used by US chip makers": whose they are */
			if (s->form != VF_ING)
				break;
		}
	}
	/* "beat demonstrators near the parliament", "arrested students outside the Ministry
	 * of Education": an institution named as the place of the deed is where it happened,
	 * not whom it was done to; the people before it are */
	if (place >= 0 && people >= 0 && (c->d->flags & DICT_F_OPEN) && c->units[place].ncodes &&
	    strlen(c->units[place].codes[0]) > 3)
		return people;
	return place >= 0 ? place : role;
}

/*
 * The agent of a passive: the noun phrase right after "by" (token i), an
 * actor in it ("by Iranian security forces", "by a protester"), not one
 * further on ("by his departure from Hanoi", "by blocking aid to Syria").
 */
int coder_by_agent(const struct coder *c, int i)
{
	int k = 0;
	while ((size_t)i < c->n && k < 4) {
		int u = c->unit_of[i];
		if (u >= 0)
			return c->units[u].start == i ? u : -1;
		if (!((c->fc[i] & (FC_DET | FC_POSS)) || is_adverb(c, i) || is_plain_word(c, i) ||
		      is_tok(c, i, "-") || is_tok(c, i, "both")))
			return -1;
		i++;
		k++;
	}
	return -1;
}

/* a lower-case word of five letters or more ending in "ing" */
int coder_ing_word(const struct coder *c, int i)
{
	const struct token *t = &c->t[i];
	return t->kind == TOK_WORD && !(t->flags & TOKF_CAP) && t->nlen >= 5 &&
	       !memcmp(t->norm + t->nlen - 3, "ing", 3);
}

/* units coordinated with u: "Iran, Russia and China"; dir = +1 right, -1 left */
/*
 * Token i is the "of" of "the Gulf state of Qatar", "the island nation of Tuvalu": a noun
 * of a country's kind right before it, an actor right after it. The words before the
 * actor only describe it, so a list goes on over them.
 */
static int kind_of_country(const struct coder *c, int i)
{
	static const char *const kinds[] = { "state",     "nation",      "country",
					     "kingdom",   "republic",    "emirate",
					     "sultanate", "archipelago", "principality" };
	return (c->d->flags & DICT_F_OPEN) && i > 0 && (size_t)i + 1 < c->n && is_tok(c, i, "of") &&
	       c->unit_of[i + 1] >= 0 && c->units[c->unit_of[i + 1]].start == i + 1 &&
	       TOK_IN(c, i - 1, kinds);
}

/*
 * The other end of "the Gulf state of", read from token i in direction dir: from its
 * "of" (dir < 0) the "the" up to five words before it, from its "the" (dir > 0) the "of"
 * of kind_of_country() up to five words after it, only words between; -1 if none.
 */
static int kind_of_country_end(const struct coder *c, int i, int dir)
{
	int j, k;
	if (dir < 0 ? !kind_of_country(c, i) : !is_tok(c, i, "the"))
		return -1;
	for (k = 1, j = i + dir; k <= 5 && j >= 0 && (size_t)j < c->n; k++, j += dir) {
		if (c->t[j].kind != TOK_WORD)
			return -1;
		if (dir < 0 ? is_tok(c, j, "the") : kind_of_country(c, j))
			return k >= 2 ? j : -1;
	}
	return -1;
}

/*
 * The unit v lies in a phrase that opens the sentence before its first comma, after a
 * preposition, a subordinating word or an -ing word ("Following the Israeli bombing of
 * Gaza, Egypt closed", "After meeting officials from Ghana, Togo accused"): the clause's
 * subject after that comma is no member of a list with it.
 */
static int in_opening_phrase(const struct coder *c, int v)
{
	int k;
	if (c->n < 2 || !((c->fc[0] & (FC_PREP | FC_SUBORD)) ||
			  (c->t[0].kind == TOK_WORD && c->unit_of[0] < 0 && c->t[0].nlen >= 5 &&
			   !memcmp(c->t[0].norm + c->t[0].nlen - 3, "ing", 3))))
		return 0; /* "Following", "Despite", "After"; not "Beijing" */
	for (k = 1; k < c->units[v].start; k++)
		if (c->t[k].kind == TOK_PUNCT)
			return 0;
	return 1;
}

static int group_scan(const struct coder *c, int u, int dir, int *out, int max)
{
	/* a question word opens a clause of its own: "the 1973 treaty and why Iran and the
	 * Taliban are fighting" lists no treaty's country with them */
	static const char *const wh[] = { "why", "how", "what", "whether" };
	int n = 0;
	out[n++] = u;
	for (;;) {
		const struct unit *U = &c->units[out[n - 1]];
		int i = dir > 0 ? U->end : U->start - 1, sep = 0, filler = 0, v, e, conj = 0;
		while (i >= 0 && (size_t)i < c->n) {
			if ((e = kind_of_country_end(c, i, dir)) >= 0) {
				i = e; /* "Kenya and the Gulf state of Qatar": over the words
					* that describe the actor */
			} else if (is_punct(c, i, ',') || (c->fc[i] & (FC_CONJ | FC_LIST)) ||
				   (is_tok(c, i, "as") &&
				    (is_tok(c, i - 1, "such") || is_tok(c, i - 1, "well") ||
				     is_tok(c, i + 1, "well")))) {
				sep = 1;
				conj |= !is_punct(c, i, ',');
			} else if (c->fc[i] & FC_DET) {
				;
			} else if ((c->d->flags & DICT_F_OPEN) && TOK_IN(c, i, wh)) {
				return n;
			} else if (is_plain_word(c, i) ||
				   (c->t[i].kind == TOK_WORD && (c->t[i].flags & TOKF_CAP) &&
				    !c->fc[i] && c->span_of[i] < 0)) {
				if (++filler > 3)
					return n;
				if (dir > 0 && filler == 1 && sep && is_punct(c, i - 1, ',') &&
				    coder_ing_word(c, i))
					return n; /* "Syrian refugees, overwhelming Jordan's
						   * economy": a participle's clause */
			} else {
				break;
			}
			i += dir;
		}
		if (!sep || i < 0 || (size_t)i >= c->n || n >= max)
			return n;
		v = c->unit_of[i];
		if (v < 0 || c->units[v].absorbed)
			return n;
		if (dir > 0 && verb_follows(c, c->units[v].end))
			return n;
		if (dir < 0 && coder_pp_object(c, c->units[v].start, NULL))
			return n;
		if (dir < 0 && !conj && n == 1 && in_opening_phrase(c, v))
			return n;
		if (dir < 0 && c->units[v].start >= 2 && is_tok(c, c->units[v].start - 1, "and") &&
		    is_tok(c, i + 1, "and") && c->unit_of[c->units[v].start - 2] >= 0 &&
		    coder_pp_object(c, c->units[c->unit_of[c->units[v].start - 2]].start, NULL))
			return n; /* "raids across Chad and Niger and the junta has": two clauses */
		out[n++] = v;
		if (dir > 0 && c->units[v].start != i)
			return n;
	}
}

/* The unit opens a clause of its own: a verb or an auxiliary follows it. */
int coder_clause_subject(const struct coder *c, int u)
{
	int i = c->units[u].end, k = 0;
	if (coder_pp_object(c, c->units[u].start, NULL))
		return 0;
	/* "said the US decision did not ...": the actor only starts the noun phrase */
	while ((size_t)i < c->n && k < 3 && (is_plain_word(c, i) || is_tok(c, i, "'s"))) {
		i++;
		k++;
	}
	while ((size_t)i < c->n && is_adverb(c, i))
		i++;
	if ((size_t)i >= c->n)
		return 0;
	return c->is_verb[i] || (c->fc[i] & (FC_MODAL | FC_BE | FC_HAVE | FC_DO));
}

/* the coordinated units in text order */
int coder_group(const struct coder *c, int u, int dir, int *out, int max)
{
	int n = group_scan(c, u, dir, out, max), i;
	if (dir < 0)
		for (i = 0; i < n / 2; i++) {
			int t = out[i];
			out[i] = out[n - 1 - i];
			out[n - 1 - i] = t;
		}
	return n;
}
