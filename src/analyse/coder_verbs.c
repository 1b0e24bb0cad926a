/*
 * coder_verbs.c: each verb coded (code_verb): its mood, subject and object, best
 * pattern and events for every source x target pair; the demands and wishes it
 * calls for, and repeated events dropped.
 */
#include "analyse/coder_internal.h"

#include "util/banned.h"

/*
 * "Left" that says what a deed caused, not who went: the object is followed by the state it
 * was left in ("left the country in dire straits", "left wetlands parched", "left residents
 * with no land", "leaving the British to garrison it"). The object runs from vend over
 * determiners, possessives, numbers, actors, capitalised words and plain nouns; the state is
 * a lower-case -ed word or an adjective of want, "with" and a word of want ("no", "little"),
 * after ", leaving" "to" and a verb (not a purpose: "left Kherson to regroup"), or, for a
 * subject that is no armed force ("troops left Kabul in chaos" withdrew), "in" and a word
 * of condition.
 */
static int left_in_state(const struct coder *c, int vstart, int vend, int armed)
{
	static const char *const states[] = { "dire",   "ruins",    "tatters",  "limbo",
					      "shock",  "disarray", "chaos",    "turmoil",
					      "debt",   "poverty",  "darkness", "mourning",
					      "crisis", "despair",  "pieces",   "rubble" };
	static const char *const adjs[] = { "open",   "vulnerable", "exposed",  "reeling",
					    "intact", "unable",     "unsure",   "short",
					    "hungry", "poor",       "isolated", "alone" };
	static const char *const scant[] = { "no",   "little", "nothing", "few",    "only",
					     "just", "fewer",  "less",    "limited" };
	int j = vend;
	while ((size_t)j < c->n && j < vend + 8) {
		const struct token *t = &c->t[j];
		int s = c->span_of[j];
		if (s >= 0 && (c->spans[s].kind == PAY_ACTOR || c->spans[s].kind == PAY_AGENT)) {
			j++;
			continue;
		}
		if ((c->fc[j] & (FC_DET | FC_POSS)) || is_tok(c, j, "'s") || is_tok(c, j, "of") ||
		    t->kind == TOK_NUM || (t->kind == TOK_WORD && (t->flags & TOKF_CAP)) ||
		    (is_plain_word(c, j) && !is_adverb(c, j) && !TOK_IN(c, j, adjs) &&
		     !(t->nlen > 4 && !strcmp(t->norm + t->nlen - 2, "ed")))) {
			j++;
			continue;
		}
		break;
	}
	if (j == vend || (size_t)j >= c->n)
		return 0;
	if (c->t[j].kind == TOK_WORD && !(c->t[j].flags & TOKF_CAP) && !c->fc[j] &&
	    ((c->t[j].nlen > 4 && !strcmp(c->t[j].norm + c->t[j].nlen - 2, "ed")) ||
	     TOK_IN(c, j, adjs)))
		return 1;
	if (is_tok(c, j, "with") && TOK_IN(c, j + 1, scant))
		return 1;
	/* "to" and a verb only after ", leaving": "left Kherson to regroup" is a purpose */
	if (is_tok(c, j, "to") && is_punct(c, vstart - 1, ',') && is_tok(c, vstart, "leaving") &&
	    (size_t)j + 1 < c->n && c->t[j + 1].kind == TOK_WORD &&
	    !(c->t[j + 1].flags & TOKF_CAP) && (!c->fc[j + 1] || c->is_verb[j + 1]) &&
	    (c->span_of[j + 1] < 0 || c->spans[c->span_of[j + 1]].kind == PAY_VERB))
		return 1;
	/* forces that leave a place in chaos still withdraw from it */
	return !armed && is_tok(c, j, "in") && (size_t)j + 1 < c->n &&
	       (TOK_IN(c, j + 1, states) ||
		((c->fc[j + 1] & FC_DET) && (size_t)j + 2 < c->n && TOK_IN(c, j + 2, states)));
}

/*
 * "Leave" that is no retreat (0874): whoever leaves must be a state named alone, an armed
 * force or an organisation (whose retreat withdraws its mission, 166), not its
 * officials, diplomats, residents or government, who travel ("the foreign minister left
 * Lima", "diplomats left the country"); nor does anyone retreat from an organisation
 * left ("Britain left the European Union"), on a journey "for" somewhere, or in a
 * picture's "left" between commas or before "to right" ("the minister, left, and his
 * counterpart"; "from left to right"); nor from an agreement, a coalition or talks left
 * ("the United States left the Paris climate agreement").
 */
/*
 * What a withdrawal ("withdrew from", "pulled out of") at token vend leaves, read over
 * its noun phrase: talks or negotiations (1: halted, 164: "pulled out of the talks in
 * Cairo"), an agreement or a coalition (2: no retreat and no event here: "pulled out of
 * the grain deal"), an organisation named (3: ties cut, 160: "withdrew from the European
 * Union"), else 0.
 */
static int withdrawn_from(const struct coder *c, int vend)
{
	static const char *const pacts[] = { "agreement", "deal",      "treaty",   "accord",
					     "pact",      "coalition", "alliance", "convention",
					     "bloc",      "union",     "accords",  "agreements" };
	int t = vend, u;
	if (is_tok(c, t, "from") || is_tok(c, t, "of"))
		t++;
	else if (is_tok(c, t, "out") && is_tok(c, t + 1, "of"))
		t += 2;
	else
		return 0;
	for (; (size_t)t < c->n && t < vend + 8 && !is_boundary(c, t) && !is_punct(c, t, ',');
	     t++) {
		if (is_tok(c, t, "talks") || is_tok(c, t, "negotiations"))
			return 1;
		if (TOK_IN(c, t, pacts)) {
			u = (size_t)t + 1 < c->n ? c->unit_of[t + 1] : -1;
			return u >= 0 && c->units[u].ncodes &&
					       !strncmp(c->units[u].codes[0], "IGO", 3)
				       ? 3
				       : 2; /* "the West African bloc ECOWAS" */
		}
		u = c->unit_of[t];
		if (u >= 0 && c->units[u].ncodes &&
		    (!strncmp(c->units[u].codes[0], "IGO", 3) ||
		     !strncmp(c->units[u].codes[0], "NGO", 3)))
			return 3;
		if ((c->fc[t] & FC_PREP) && !is_tok(c, t, "of"))
			return 0; /* "pulled out of Kherson under the deal" */
	}
	return 0;
}

static int no_retreat_left(const struct coder *c, int vstart, int vend, int subj)
{
	static const char *const pacts[] = { "agreement",    "deal",       "treaty",   "accord",
					     "pact",         "coalition",  "alliance", "talks",
					     "negotiations", "convention", "bloc",     "union" };
	const char *code;
	int ob, t;
	if (is_tok(c, vend, "for"))
		return 1;
	if (vend == vstart + 1 &&
	    ((is_punct(c, vstart - 1, ',') &&
	      (is_punct(c, vend, ',') || is_punct(c, vend, ')') || is_tok(c, vend, "and"))) ||
	     is_punct(c, vstart - 1, '(') || is_tok(c, vstart - 1, "from") ||
	     (is_tok(c, vend, "to") && is_tok(c, vend + 1, "right"))))
		return 1;
	if (left_in_state(c, vstart, vend,
			  subj >= 0 && c->units[subj].ncodes &&
				  coder_armed_role(c->units[subj].codes[0])))
		return 1;
	if (subj >= 0 && (is_tok(c, c->units[subj].end, "'s") || coder_people_unit(c, subj)))
		return 1; /* "Brazil's recession has left", "thousands of Venezuelans left" */
	if (subj >= 0 && c->units[subj].ncodes) {
		code = c->units[subj].codes[0];
		if (!(strlen(code) == 3 || coder_armed_role(code) || !strncmp(code, "IGO", 3) ||
		      !strncmp(code, "NGO", 3)))
			return 1;
	}
	ob = coder_find_object(c, vend, 0);
	if (ob >= 0 && c->units[ob].ncodes &&
	    (!strncmp(c->units[ob].codes[0], "IGO", 3) ||
	     !strncmp(c->units[ob].codes[0], "NGO", 3)))
		return 1;
	/* an agreement, a coalition or talks left: "left the Paris climate agreement" */
	for (t = vend; t < vend + 6 && !is_boundary(c, t) && !is_punct(c, t, ','); t++)
		if (TOK_IN(c, t, pacts))
			return 1;
	return 0;
}

/*
 * A concession that permits a deed ("issued a licence allowing firms to sell to
 * Huawei", "renewed a licence letting Chevron pump oil in Venezuela") eases what
 * bound that deed: its target is the permitted deed's own, the first actor after
 * the one let act (or after "to" where no one is named), not the firms let act.
 * From the pattern's end wto (which may hold the verb of permitting), within the
 * clause: that unit, -2 when the clause names no such actor, -1 when no verb of
 * permitting follows.
 */
/* a preposition other than "to" in [a, b) */
static int after_prep(const struct coder *c, int a, int b)
{
	int i;
	for (i = a; i < b; i++)
		if ((c->fc[i] & FC_PREP) && !is_tok(c, i, "to"))
			return 1;
	return 0;
}

/*
 * The verb a participle after a comma (verb vi, ", helping them") adds to: the
 * nearest verb before it in its sentence with no subordinating or relative word
 * and no other comma between, or -1.
 */
static int adjunct_head(const struct coder *c, int vi)
{
	int k, best = -1, i;
	for (k = 0; k < c->nverbs; k++)
		if (k != vi && c->verbs[k].end < c->verbs[vi].start &&
		    (best < 0 || c->verbs[k].end > c->verbs[best].end))
			best = k;
	if (best < 0)
		return -1;
	for (i = c->verbs[best].end; i < c->verbs[vi].start - 1; i++)
		if (is_boundary(c, i) || is_punct(c, i, ',') || (c->fc[i] & (FC_SUBORD | FC_REL)))
			return -1;
	return best;
}

static int permitted_target(const struct coder *c, int wto, int end)
{
	static const char *const permit[] = { "allowing", "permitting",  "letting",
					      "enabling", "authorizing", "authorising" };
	int i, k, u, to = 0, let = 0;
	for (i = wto > 0 ? wto - 1 : wto; i < end && i < wto + 4; i++)
		if (TOK_IN(c, i, permit))
			break;
	if (i >= end || i >= wto + 4)
		return -1;
	for (k = i + 1; k < end && k < i + 12 && !is_boundary(c, k) && !is_punct(c, k, ','); k++) {
		if (is_tok(c, k, "to"))
			to = 1;
		u = c->unit_of[k];
		if (u < 0 || c->units[u].start != k)
			continue;
		if (!to && !let && !after_prep(c, i + 1, k)) {
			let = 1; /* the one let act: "allowing Mexican firms", not
				  * "allowing transactions with the Syrian government" */
			k = c->units[u].end - 1;
			continue;
		}
		return u;
	}
	return -2;
}

/*
 * An appeal, demand or promise of an end to a deed of violence ("called for an end to the
 * killings of Palestinians", "to the violence against migrants") asks its doer to stop:
 * the object unit obj after "of", "against" or "on" right after the pattern's words
 * (which end at wto) is the victim, and the target is the agent after "by" in the
 * clause ("the killings of Kashmiris by Indian forces"), or none. Any other object stays.
 */
static int deed_agent(const struct coder *c, int obj, int wto, int end)
{
	static const char *const deeds[] = { "killing",  "killings",   "violence", "bloodshed",
					     "attacks",  "attack",     "shelling", "bombing",
					     "bombings", "bombardment" };
	int lead = coder_unit_lead(c, obj), t;
	if (wto < 2 || lead != wto + 1 || !TOK_IN(c, wto - 1, deeds) ||
	    !(is_tok(c, wto, "of") || is_tok(c, wto, "against") || is_tok(c, wto, "on")))
		return obj;
	for (t = c->units[obj].end; t < end && !is_boundary(c, t) && !is_punct(c, t, ','); t++)
		if (is_tok(c, t, "by"))
			return coder_by_agent(c, t + 1);
	return -1;
}

/*
 * An object complement (a COMPL_ block's words, data/verbs/cameo.txt): tokens
 * [from, to) are the verb's whole object, a noun phrase (as np_reach) or a
 * pronoun, ending in its noun: "called Chile's decision unacceptable", "called
 * it a provocation", "described the raid as illegal". No preposition, comma,
 * "to" or subordinator stands between ("called Biden after a provocation", "to
 * discuss a provocative launch"), nor does the word follow a determiner or
 * possessive, which makes it the object's own adjective ("described the
 * unacceptable conditions"); an empty object only before "as" ("described as
 * unacceptable the decision to ..."). A verb's word right after an actor, in
 * an object led by a determiner or possessive, is the object's noun: "called
 * the Chinese drills a provocation", "described the Israeli raid as". The
 * caller also wants no noun right after a word not led by "a", "an" or "as":
 * "called Rabat about illegal fishing", "called the deal unacceptable
 * news".
 */
/*
 * The talks one person holds in a country named by itself or by its capital ("Putin held
 * talks in Beijing", "Blinken held talks in Israel") are with the host: the person came
 * on a visit. Not so a country or a body ("Chile held talks in Oman"), a city that is
 * not the capital ("in Geneva"), attending, joining or taking part, nor a gathering of
 * many (a summit, a conference) named between the verb ending at `vend` and the venue.
 */
/* the units srcs are all of one country ("the Sudanese army and the rebels") */
static int one_country(const struct coder *c, const int *srcs, int ns)
{
	int k;
	for (k = 1; k < ns; k++)
		if (!c->units[srcs[k]].ncodes || !c->units[srcs[0]].ncodes ||
		    strncmp(c->units[srcs[k]].codes[0], c->units[srcs[0]].codes[0], 3))
			return 0;
	return ns > 1;
}

/* no unit of tgts has a code of its own (a role given the document's country is a
 * guess): roles and things of either party ("agreed to reopen embassies", "to
 * exchange ambassadors") */
static int codeless(const struct coder *c, const int *tgts, int nt)
{
	int k;
	for (k = 0; k < nt; k++)
		if ((c->units[tgts[k]].ncodes && !c->units[tgts[k]].docfill) ||
		    (coder_unit_lead(c, tgts[k]) > 0 &&
		     (c->fc[coder_unit_lead(c, tgts[k]) - 1] & FC_PREP)))
			return 0; /* "spoke with the president": a partner named */
	return nt > 0;
}

/*
 * The doer of a deed whose sufferer is unit u: u is the object of "of" after a noun
 * ("the seizure of an Iranian oil tanker by the United States", "the arrest of two
 * Britons by Iran"), and "by" and an actor follow it within a few plain words. The
 * reaction to the deed is aimed at that doer. A unit index, or -1.
 */
static int deed_of_by(const struct coder *c, int u, int end)
{
	static const char *const counts[] = { "two",    "three",    "four",      "five",
					      "dozens", "hundreds", "thousands", "several",
					      "many",   "some",     "scores",    "six",
					      "seven",  "eight",    "nine",      "ten" };
	int lead = coder_unit_lead(c, u), i = c->units[u].end, k;
	for (k = 0; lead > 0 && k < 2 &&
		    (c->t[lead - 1].kind == TOK_NUM || (c->fc[lead - 1] & FC_DET) ||
		     TOK_IN(c, lead - 1, counts));
	     k++)
		lead--; /* "of two British journalists" */
	if (lead < 2 || !is_tok(c, lead - 1, "of") || c->t[lead - 2].kind != TOK_WORD ||
	    c->unit_of[lead - 2] >= 0 || (c->fc[lead - 2] & ~FC_DET))
		return -1;
	for (k = 0; i < end && k < 3 && !is_tok(c, i, "by"); i++, k++)
		if (c->unit_of[i] >= 0 || !is_plain_word(c, i))
			return -1;
	if (i >= end || !is_tok(c, i, "by") || (k = coder_by_agent(c, i + 1)) < 0)
		return -1;
	/* "by the rebels", no one named: the sufferer stays */
	return c->units[k].ncodes && !c->units[k].docfill ? k : -1;
}

/*
 * Unit u, right before the -s form at token i, names a group or body by its name, not a
 * country by its adjective ("Hamas frees three hostages", "NATO warns"; not "Iranian
 * demands"), and the -s form is no event noun ("Hamas attacks" may be the attacks): the
 * form is the group's verb, unless force with no one named ("NASA targets March" is a
 * plan).
 */
static int group_names_doer(const struct coder *c, int u, int i)
{
	const struct unit *U = &c->units[u];
	return U->ncodes == 1 && !U->docfill && !U->nag && strlen(U->codes[0]) > 3 &&
	       !coder_event_noun_at(c, i);
}

/*
 * The one target tgts[0] is a place "in" a country named by its capital or seat rather
 * than by the country's own name ("agreed to a ceasefire in Cairo", "in Doha"): a venue
 * where parties meet, not the ground they fight on ("a ceasefire in Syria").
 */
static int capital_venue(const struct coder *c, const int *tgts, int nt)
{
	const struct unit *T;
	int loc = 0;
	if (nt != 1)
		return 0;
	T = &c->units[tgts[0]];
	if (T->ncodes != 1 || T->docfill || strlen(T->codes[0]) != 3 ||
	    !coder_country_code(T->codes[0]) || coder_region_code(T->codes[0]) || T->actor < 0 ||
	    T->actor != dict_actor_of_code3(c->d, T->codes[0]) ||
	    !coder_pp_object(c, T->start, &loc) || !loc ||
	    !is_tok(c, coder_unit_lead(c, tgts[0]) - 1, "in") || !c->d->actors[T->actor].name)
		return 0;
	return !coder_unit_spells_name(c, tgts[0]);
}

/* a verb of arrival: what is delivered or deployed "reaches", "arrives in", "enters" or
 * "lands in" its destination */
static int arrival_lemma(const char *lemma)
{
	static const char *const arrive[] = { "arrive", "land", "reach", "enter", "cross" };
	return lemma && STR_AMONG(lemma, arrive);
}

/*
 * The next verb from token q (after a reduced passive) in its sentence, past no comma,
 * conjunction, relative or subordinating word, verb or negation, is a verb of arrival
 * whose object or place names an actor: "the aid delivered by Egypt reached Gaza" (not
 * "has not reached"). That actor's unit, or -1.
 */
static int arrived_at(const struct coder *c, int q)
{
	static const char *const forms[] = { "arrived", "arrives", "arrive",  "landed",
					     "lands",   "land",    "reached", "reaches",
					     "reach",   "entered", "enters",  "enter" };
	for (; (size_t)q < c->n && !TOK_IN(c, q, forms); q++)
		if (is_boundary(c, q) || is_punct(c, q, ',') || c->is_verb[q] ||
		    is_tok(c, q, "not") || is_tok(c, q, "n't") || is_tok(c, q, "never") ||
		    (c->fc[q] & (FC_CONJ | FC_REL | FC_THAT | FC_SUBORD)))
			return -1;
	return (size_t)q < c->n ? coder_find_object(c, q + 1, 0) : -1;
}

static int host_talks(const struct coder *c, const int *srcs, int ns, const int *tgts, int nt,
		      const char *lemma, int vend)
{
	static const char *const joined[] = { "attend", "join", "take", "participate" };
	static const char *const many[] = { "summit",     "summits",  "conference", "conferences",
					    "forum",      "forums",   "assembly",   "gathering",
					    "convention", "congress", "session",    "sessions",
					    "ministerial" };
	const struct unit *T;
	int i;
	if (ns != 1 || nt != 1 || coder_unit_person(c, &c->units[srcs[0]]) != 1 ||
	    is_tok(c, c->units[srcs[0]].start, "they") || /* "they first met in Singapore" */
	    (lemma && STR_AMONG(lemma, joined)))
		return 0;
	T = &c->units[tgts[0]];
	if (T->ncodes != 1 || T->docfill || strlen(T->codes[0]) != 3 ||
	    !coder_country_code(T->codes[0]) || coder_region_code(T->codes[0]) || T->actor < 0 ||
	    T->actor != dict_actor_of_code3(c->d, T->codes[0]))
		return 0;
	for (i = vend; i < T->start; i++)
		if (TOK_IN(c, i, many))
			return 0;
	return 1;
}

/*
 * The object `obj` of talks or a meeting (04x) after "on", "about", "over", "regarding"
 * or "concerning" is their topic, no party: "held talks in Geneva on Syria", "met on the
 * war in Yemen". The partner is then the one after "with" in the clause [vend, end)
 * ("talks on Syria with Turkey"), else the place named before the topic ("talks in
 * Beijing on Syria": the venue, which code_verb keeps or drops), else none (-1).
 */
static int talks_topic(const struct coder *c, int obj, int vend, int end)
{
	static const char *const topic[] = { "on", "about", "over", "regarding", "concerning" };
	int lead = coder_unit_lead(c, obj), p, i, loc;
	if (!TOK_IN(c, lead - 1, topic))
		return obj;
	if ((p = coder_with_partner(c, vend, end)) >= 0)
		return p;
	for (i = vend; i < lead - 1; i++) {
		int u = c->unit_of[i];
		loc = 0;
		if (u >= 0 && c->units[u].start == i && coder_pp_object(c, i, &loc) && loc)
			return u;
	}
	return -1;
}

/*
 * The clause whose subject is unit u, after a warning's "that", tells what is to come:
 * a modal or "going to" before its verb ("warned that Peru would pay a price", "will
 * regret"), or a sentence with no verb after u. 0 for a deed done or under way ("that
 * Peruvian troops had crossed the border", "is building a wall").
 */
static int warned_ahead(const struct coder *c, int u)
{
	int i;
	for (i = c->units[u].end; (size_t)i < c->n && !is_boundary(c, i); i++) {
		if ((c->fc[i] & FC_MODAL) || is_tok(c, i, "going") ||
		    ((c->fc[i] & FC_BE) &&
		     (is_tok(c, i + 1, "going") || is_tok(c, i + 1, "about"))))
			return 1;
		if (c->is_verb[i] || (c->fc[i] & (FC_BE | FC_HAVE)) ||
		    (c->t[i].kind == TOK_WORD && c->t[i].nlen > 2 &&
		     !memcmp(c->t[i].norm + c->t[i].nlen - 2, "ed", 2)))
			return 0;
	}
	return 1;
}

/*
 * A warning's "that" clause (from token i, after the verb) opens with a role given no
 * country of its own ("voters", "residents") and goes on with "be" and no modal: it
 * tells a state of things ("warned that voters are entitled to transparency"), no
 * threat. 1 if so.
 */
static int warned_state(const struct coder *c, int i)
{
	int u;
	while ((size_t)i < c->n && is_adverb(c, i))
		i++;
	if (!is_tok(c, i, "that"))
		return 0;
	for (i++; (size_t)i < c->n && ((c->fc[i] & FC_DET) || is_punct(c, i, '"')); i++)
		;
	if ((size_t)i >= c->n || (u = c->unit_of[i]) < 0 || c->units[u].start != i ||
	    (c->units[u].ncodes && !c->units[u].docfill))
		return 0;
	for (i = c->units[u].end; (size_t)i < c->n && is_adverb(c, i); i++)
		;
	if ((size_t)i >= c->n || !(c->fc[i] & FC_BE))
		return 0;
	for (i++; (size_t)i < c->n && is_adverb(c, i); i++)
		;
	return (size_t)i < c->n && !is_tok(c, i, "going") && !is_tok(c, i, "about") &&
	       !coder_ing_word(c, i); /* "are planning violence": a deed under way */
}

/*
 * The token after a warning's verb ("warned that") or after the noun "warning" that ends
 * the matched pattern ("issued a statement warning that"), or -1 for another verb.
 */
static int warning_end(const struct coder *c, const struct dverb *dv, const struct pmatch *bm,
		       int vend)
{
	if (dv && dv->lemma && !strcmp(dv->lemma, "warn"))
		return vend;
	if (bm && bm->wto > 0 &&
	    (is_tok(c, bm->wto - 1, "warning") || is_tok(c, bm->wto - 1, "warnings")))
		return bm->wto;
	return -1;
}

static int complement_reach(const struct coder *c, int from, int to)
{
	int j, led = 0;
	if (from >= to)
		return is_tok(c, to, "as");
	for (j = from; j < to && (size_t)j < c->n; j++) {
		int s = c->span_of[j], sp = j > from ? c->span_of[j - 1] : -1;
		size_t l = strlen(c->t[j].norm);
		if (c->fc[j] & (FC_DET | FC_POSS))
			led = 1;
		if (s >= 0 && (c->spans[s].kind == PAY_ACTOR || c->spans[s].kind == PAY_AGENT))
			continue;
		if ((c->fc[j] & (FC_DET | FC_POSS | FC_PRON | FC_OBJPRON)) || is_tok(c, j, "'s") ||
		    is_tok(c, j, "of") || is_plain_word(c, j) || c->t[j].kind == TOK_NUM ||
		    is_punct(c, j, '-') ||
		    (s >= 0 && c->spans[s].kind == PAY_VERB && !c->is_verb[j]))
			continue;
		/* "the Israeli raid": no clause of its own in the object */
		if (led && s >= 0 && c->spans[s].kind == PAY_VERB && sp >= 0 &&
		    c->spans[sp].kind == PAY_ACTOR &&
		    !(l > 2 && !strcmp(c->t[j].norm + l - 2, "ed")))
			continue;
		return 0;
	}
	return !is_tok(c, to - 1, "the") && !is_tok(c, to - 1, "a") && !is_tok(c, to - 1, "an") &&
	       !(c->fc[to - 1] & FC_POSS) && !is_tok(c, to - 1, "'s") && !is_tok(c, to - 1, "of");
}

/* "joint" or "combined" between the verb's end and token `to`, with no boundary or
 * verb between: the exercise the pattern names is held with partners */
static int joint_before(const struct coder *c, int from, int to)
{
	int k;
	for (k = from; k < to; k++) {
		if (is_boundary(c, k) || c->is_verb[k])
			return 0;
		if (is_tok(c, k, "joint") || is_tok(c, k, "combined"))
			return 1;
	}
	return 0;
}

/*
 * "is going to", "were not going to" at token g ("going"), a form of "be" before it
 * (adverbs and "not" between), and a plain lower-case word after the "to" that no
 * determiner, possessive, number or actor is, nor a word of no verb before an actor:
 * the future of that word's verb ("is going to impose sanctions"), no journey ("is
 * going to Sudan", "going to the region", "going to eastern Europe").
 */
static int going_future(const struct coder *c, int g)
{
	int p = g - 1, w = g + 2;
	while (p >= 0 && (is_adverb(c, p) || (c->fc[p] & FC_NEG)))
		p--;
	if (p < 0 || !(c->fc[p] & FC_BE) || (size_t)w >= c->n)
		return 0;
	if (c->t[w].kind != TOK_WORD || (c->t[w].flags & TOKF_CAP) ||
	    (c->fc[w] & (FC_DET | FC_POSS)) || c->unit_of[w] >= 0)
		return 0;
	/* "is going to eastern Europe", "to war-torn Syria": a word of no verb before an
	 * actor qualifies the place gone to */
	return !((size_t)w + 1 < c->n && c->unit_of[w + 1] >= 0 &&
		 !(c->span_of[w] >= 0 && c->spans[c->span_of[w]].kind == PAY_VERB));
}

/*
 * "were deployed to Poland", "were sent to the Syrian border", "were moved
 * along the border with Iran": the unit of another country than every one of
 * the forces' (units forces[0..n)) that a preposition of place or direction
 * after the verb (tokens [from, end)) leads to within six words, in the
 * clause; or -1.
 */
static int sent_to(const struct coder *c, int from, int end, const int *forces, int n)
{
	static const char *const towards[] = { "to",     "into",    "in",     "along", "near",
					       "toward", "towards", "across", "at",    "on" };
	char fc[4], uc[4];
	int i, j, k;
	for (i = from; i < end && i < from + 8; i++) {
		if (is_boundary(c, i) || is_punct(c, i, ',') || (c->fc[i] & (FC_REL | FC_SUBORD)))
			return -1;
		if (!TOK_IN(c, i, towards))
			continue;
		for (j = i + 1; j < end && j < i + 7; j++) {
			int u = c->unit_of[j];
			if (is_boundary(c, j) || is_punct(c, j, ',') || c->is_verb[j] ||
			    (c->fc[j] & (FC_REL | FC_SUBORD)))
				return -1;
			if (u < 0 || c->units[u].absorbed || !c->units[u].ncodes ||
			    c->units[u].docfill || !coder_unit_country(&c->units[u], uc))
				continue;
			for (k = 0; k < n; k++)
				if (!coder_unit_country(&c->units[forces[k]], fc) ||
				    !strcmp(fc, uc))
					return -1; /* "Iraqi troops were deployed in Baghdad" */
			return u;
		}
		return -1;
	}
	return -1;
}

/*
 * The doer named after "by" right after an event noun, or after its object, in the
 * subject of the passive verb at vstart ("the attack by Chile on the post was condemned
 * by Peru", "the arrest of the envoy by Chile was criticised by"): between
 * the doer and the verb no verb but an auxiliary, no comma. Its unit, or -1.
 */
static int deed_doer_before(const struct coder *c, int vstart)
{
	int k, i, u;
	for (k = 0; k < c->nnoms; k++) {
		const struct span *s = &c->spans[c->noms[k]];
		int e = s->start + s->len;
		if (is_tok(c, e, "of")) /* "the arrest of the envoy by Chile" */
			for (i = e + 1; i < e + 6 && i < vstart && !is_tok(c, e, "by") &&
					!c->is_verb[i] && !is_punct(c, i, ',');
			     i++)
				if (is_tok(c, i, "by"))
					e = i;
		if (e >= vstart || !is_tok(c, e, "by") || (u = coder_by_agent(c, e + 1)) < 0)
			continue;
		for (i = c->units[u].end; i < vstart; i++)
			if (is_boundary(c, i) || is_punct(c, i, ',') ||
			    (c->fc[i] & (FC_SUBORD | FC_REL)) ||
			    (c->is_verb[i] && !(c->fc[i] & (FC_BE | FC_HAVE))))
				break;
		if (i == vstart)
			return u;
	}
	return -1;
}

/* verbs of a show of force done to another's craft or ground: its passive subject is
 * the one it was done to */
static const char *const acted_on[] = { "intercept", "buzz", "overfly", "fly over" };

/* a deed of two parties with each other, whoever is named: talks held (040, 046), an
 * agreement signed (057) or reached (030), relations set up or broken (050, 161), a truce
 * (0871); not a visit, an offer or a sale, which go one way */
static int pair_deed(const char *code, const char *lemma)
{
	static const char *const codes[] = { "040", "046", "050", "057", "0871", "161" };
	static const char *const reached[] = { "reach", "agree",    "strike",  "conclude",
					       "seal",  "finalize", "finalise" };
	if (!strcmp(code, "030"))
		return lemma && STR_AMONG(lemma, reached);
	return STR_AMONG(code, codes);
}

/*
 * The parties named after "between" in a passive clause: in the subject's own phrase
 * ("an agreement between Iran and Iraq was signed", the subject `subj` being a party) or
 * after the verb, before the clause's end `end` ("was reached last week between Iran and
 * Iraq"). Their units in out[] (MAX_GROUP), their number when two or more name an actor,
 * else 0.
 */
static int between_parties(const struct coder *c, int subj, int vend, int end, int *out)
{
	int k = -1, n, i, named = 0;
	if (subj >= 0 && c->units[subj].end <= vend) {
		for (k = c->units[subj].start - 1;
		     k >= 0 && (c->unit_of[k] >= 0 || is_tok(c, k, "and") || (c->fc[k] & FC_DET));
		     k--)
			;
		if (!is_tok(c, k, "between"))
			k = -1;
	}
	for (i = vend; k < 0 && i >= 0 && i < end && (size_t)i < c->n; i++) {
		if (is_boundary(c, i) || is_punct(c, i, ',') || (c->fc[i] & (FC_SUBORD | FC_REL)) ||
		    is_tok(c, i, "by"))
			break;
		if (is_tok(c, i, "between"))
			k = i;
	}
	if (k < 0)
		return 0;
	/* the parties: units joined by "and" or commas, each after its determiner */
	for (i = k + 1, n = 0; (size_t)i < c->n && n < MAX_GROUP;) {
		int u;
		while ((size_t)i < c->n && (c->fc[i] & FC_DET))
			i++;
		if ((size_t)i >= c->n || (u = c->unit_of[i]) < 0 || c->units[u].start > i)
			break;
		out[n++] = u;
		named += c->units[u].ncodes > 0;
		i = c->units[u].end;
		if (!is_tok(c, i, "and") && !is_punct(c, i, ','))
			break;
		i++;
	}
	return named >= 2 ? n : 0;
}

/*
 * The verb at [vstart, vend) opens a relative clause whose object is the noun before it,
 * with or without "that", "which" or "whom" ("a Russian diplomat it accused of spying",
 * "two Belarusian officers that it expelled"): its subject is a pronoun
 * right before the verb (auxiliaries between), and after the verb comes a preposition,
 * a comma or the clause's end, no object of its own. The antecedent's unit, or -1.
 */
static int gap_antecedent(const struct coder *c, int vstart, int vend)
{
	static const char *const subjects[] = { "it", "they", "he", "she", "we" };
	int p = vstart - 1;
	while (p >= 0 && is_aux(c, p))
		p--;
	if (p < 1 || !TOK_IN(c, p, subjects))
		return -1;
	p--;
	if (is_tok(c, p, "that") || is_tok(c, p, "which") || is_tok(c, p, "whom"))
		p--;
	/* the actor's phrase may end on a plain noun: "two Belarusian officers" */
	if (p >= 1 && c->unit_of[p] < 0 && is_plain_word(c, p))
		p--;
	if (p < 0 || c->unit_of[p] < 0 || c->units[c->unit_of[p]].end != p + 1)
		return -1;
	if (!is_boundary(c, vend) && !is_punct(c, vend, ',') && !(c->fc[vend] & FC_PREP))
		return -1;
	return c->unit_of[p];
}

/*
 * Unit obj, the first one after a denial, is the denier's own: forces or agents with no
 * country of their own, or of the subject's country ("denied sending troops into Eritrea",
 * "denied that its soldiers crossed"). The deed denied was done to someone else.
 */
static int deniers_own(const struct coder *c, int subj, int obj)
{
	const struct unit *s = &c->units[subj], *o = &c->units[obj];
	if (!o->ncodes || o->docfill)
		return o->nag > 0;
	return s->ncodes && o->nag > 0 && strlen(s->codes[0]) >= 3 &&
	       !strncmp(s->codes[0], o->codes[0], 3);
}

int coder_code_verb(struct coder *c, struct ctx *x, int vi)
{
	const struct dict *d = c->d;
	struct vinfo *v = &c->verbs[vi];
	const struct span *sp = &c->spans[v->span];
	const struct dpattern *best = NULL;
	struct pmatch bm;
	const struct dverb *dv = NULL, *dflt = NULL;
	int dflt_form = 0;
	const char *code = NULL;
	int32_t p;
	int neg, be, mod, passive, end = coder_clause_end(c, v->end), subj, obj, have, present,
				   coord = 0, off, off_at = -1, rr, join, arrived = 0, placed = 0;
	int srcs[MAX_GROUP], tgts[MAX_GROUP], ns = 0, nt = 0, a, b, rc, wt, subj_codes = 0,
					      reciprocal = 0, by_phrase = 0, means, planned = 0;
	const char *rcode = "";
	const char *pat_text;
	int head = coder_reduced_head(c, v), pend = -1,
	    phead = head < 0 ? coder_passive_subject(c, v, &pend) : -1,
	    hfrom = head >= 0 ? coder_reduced_compound(c, head) : -1;
	memset(&bm, 0, sizeof(bm));
	bm.score = -1;
	v->future_threat = 0;
	if (sp->form == VF_ED && coder_glued_by_hyphen(c, v->start))
		return 0; /* "U.S.-backed rebels", "Saudi-led": an adjective, no deed */
	if ((d->flags & DICT_F_OPEN) && coder_resort_object(c, v->start))
		return 0; /* "resorted to force": the light verb's noun, no coercion */
	if (v->start > 0 && c->unit_of[v->start - 1] >= 0 &&
	    c->units[c->unit_of[v->start - 1]].sent &&
	    c->units[c->unit_of[v->start - 1]].end == v->start)
		return 0; /* "troops sent by Turkey attacked": whose forces they are; the
			   * later verb tells what they did */
	if (d->flags & DICT_F_OPEN) {
		int k;
		for (k = vi + 1; k < c->nverbs; k++)
			if (coder_joined_in(c, c->verbs[k].start) == v->start)
				return 0; /* "joined Germany in condemning the attack": the
					   * gerund tells the act, no attack joined */
	}
	/* "raided the camp while residents slept and arrested 15 men": a verb joined to
	 * a subordinate clause is the main clause's deed when the main verb coded one */
	if (v->when_main >= 0 && c->verbs[v->when_main].nevents && !c->verbs[v->when_main].root01)
		v->subject = c->verbs[v->when_main].subject;
	if (v->subject >= 0) {
		int g[MAX_GROUP], k;
		/* a subject after its verb ("when it crushed ..., Beijing") lists rightwards */
		ns = coder_group(c, v->subject, c->units[v->subject].start > v->start ? 1 : -1, g,
				 MAX_GROUP);
		for (k = 0, subj_codes = 0; k < ns; k++)
			subj_codes += c->units[g[k]].ncodes;
		ns = 0;
	}
	/* the best pattern over every verb entry of this phrase */
	coder_mark_words(c);
	for (p = sp->pay; p >= 0; p = d->pays[p].next) {
		const struct dverb *ver;
		const struct dblock *bl;
		int k;
		if (d->pays[p].kind != PAY_VERB || nominal_pay(d, p))
			continue;
		ver = &d->verbs[d->pays[p].idx];
		bl = &d->blocks[ver->block];
		/* a light verb's block codes nothing but through patterns; the object
		 * families' blocks ("OBJ_DEMONSTRATE": "rallied to demand the
		 * resignation of") do, and reach past an infinitive */
		c->light = !strcmp(ver->code[0] ? ver->code : bl->code, "---") &&
			   strncmp(bl->name, "OBJ_", 4);
		/* without a pattern, the verb's own code: an entry that codes
		 * something wins over a light verb's [---], then the word as listed
		 * ("LEFT") over an inflected form (of LEAVE), then the earlier file */
		if (!dflt ||
		    coder_dflt_rank(d, ver, d->pays[p].form) < coder_dflt_rank(d, dflt, dflt_form))
			dflt = ver, dflt_form = d->pays[p].form;
		for (k = 0; k < bl->n; k++) {
			const struct dpattern *pt = &d->pats[bl->first + k];
			struct pmatch m;
			if (pt->comp)
				reciprocal = 1;
			if (!coder_pattern_possible(c, pt))
				continue; /* a word it needs is not in the sentence */
			/* a tie goes to the earlier file's pattern: the hand-written
			 * before the generated */
			if ((coder_match_pattern(c, pt, v->start, v->end, end, &m) ||
			     (head >= 0 && (!strcmp(pt->code, "---") || is_tok(c, v->end, "by")) &&
			      coder_match_pattern(c, pt, v->start, head, head + 1, &m) && m.wto) ||
			     /* "information operations conducted by": the compound */
			     (hfrom < head &&
			      (!strcmp(pt->code, "---") || is_tok(c, v->end, "by")) &&
			      coder_match_pattern(c, pt, v->start, hfrom, head + 1, &m) && m.wto) ||
			     (phead >= 0 && coder_match_pattern(c, pt, v->start, phead, pend, &m) &&
			      m.wto)) &&
			    /* a sense's noun is the verb's own object: "hit a record" */
			    (!(d->flags & DICT_F_OPEN) || strncmp(bl->name, "SENSE_", 6) ||
			     !m.wto || coder_np_reach(c, v->end, m.wfrom)) &&
			    /* "breached the ministry's network": the head of its own
			     * object, not "the database licence agreement" */
			    (!(d->flags & DICT_F_OPEN) || strncmp(bl->name, "HEAD_", 5) ||
			     (m.wto && coder_head_reach(c, v->end, m.wto) &&
			      ((size_t)m.wto >= c->n || !is_plain_word(c, m.wto)))) &&
			    /* "called the decision unacceptable": an object complement */
			    (!(d->flags & DICT_F_OPEN) || strncmp(bl->name, "COMPL_", 6) ||
			     (m.wto && complement_reach(c, v->end, m.wfrom) &&
			      (is_tok(c, m.wfrom, "a") || is_tok(c, m.wfrom, "an") ||
			       is_tok(c, m.wfrom, "as") || (size_t)m.wto >= c->n ||
			       !is_plain_word(c, m.wto)))) &&
			    (m.score > bm.score ||
			     (m.score == bm.score && coder_nearer_object(c, &m, &bm) > 0) ||
			     (m.score == bm.score && dv && ver->block < dv->block &&
			      !coder_nearer_object(c, &m, &bm))) &&
			    (!m.comp || subj_codes >= 2)) {
				bm = m;
				best = pt;
				dv = ver;
			}
		}
	}
	c->light = 0;
	if (!best)
		dv = dflt;
	if (!dv)
		return 0;
	if ((c->fc[v->start] & FC_CTRL) && v->end == v->start + 1 && !coder_armed_aim(c, v->end) &&
	    !(coder_fight_word(c, v->start) && coder_armed_unit(c, v->subject)) &&
	    ((c->fc[v->end] & FC_TO) || ((d->flags & DICT_F_OPEN) && ctrl_to_after(c, v->end)) ||
	     ((d->flags & DICT_F_OPEN) && is_tok(c, v->end, "and") && (size_t)v->end + 1 < c->n &&
	      !coder_fight_word(c, v->start) &&
	      (c->is_verb[v->end + 1] || (c->fc[v->end + 1] & FC_NEGV)))))
		return 0; /* "tried to persuade", "tried hard to discredit", "try and
			   * assist": the infinitive says what was done; "tried and failed to
			   * arrest": no trial ("fought and
			   * retreated" fought; troops "fighting to hold the bridge" fight) */
	if ((d->flags & DICT_F_OPEN) && is_tok(c, v->start, "going") && v->end == v->start + 2 &&
	    is_tok(c, v->start + 1, "to") && (size_t)v->end < c->n && going_future(c, v->start))
		return 0; /* "is going to impose sanctions": a future, no journey ("is going
			   * to Sudan", "going to the region" go) */
	if ((d->flags & DICT_F_OPEN) && dv->lemma && !strcmp(dv->lemma, "seek") &&
	    v->end == v->start + 1 && is_tok(c, v->end, "to") && (size_t)v->end + 1 < c->n &&
	    c->t[v->end + 1].kind == TOK_WORD && !(c->t[v->end + 1].flags & TOKF_CAP) &&
	    !(c->fc[v->end + 1] & (FC_DET | FC_POSS)) && c->unit_of[v->end + 1] < 0)
		return 0; /* "seeking to calm the unrest": an aim, no appeal to anyone */
	if ((c->fc[v->start] & FC_WEIGH) && v->end == v->start + 1 && (size_t)v->end < c->n &&
	    c->is_verb[v->end])
		return 0; /* "considering suspending": the act weighed says what it is */
	/* "began protesting", "could respond by cutting aid": the mood is the
	 * governing verb's */
	means = sp->form == VF_ING ? coder_means_verb(c, v->start) : -1;
	if (means < 0 && sp->form == VF_ING)
		means = coder_joined_in(c, v->start); /* "had joined Chile in condemning" */
	coder_aux_scan(c,
		       means >= 0 ? means
		       : sp->form == VF_ING && v->start > 0 &&
				       (c->fc[v->start - 1] & (FC_CTRL | FC_WEIGH))
			       ? v->start - 1
			       : v->start,
		       &neg, &be, &mod, &have, &present);
	if ((c->d->flags & DICT_F_OPEN) && sp->form == VF_ING) {
		/* "said they would take measures, including calling for a debate": a
		 * deed listed after "including" or "such as" has the mood of the verb
		 * before the list */
		int g = coder_listed_under(c, v->start), gneg, gbe, gmod, ghave, gpresent;
		if (g >= 0) {
			coder_aux_scan(c, g, &gneg, &gbe, &gmod, &ghave, &gpresent);
			if (gmod)
				mod = gmod;
			neg |= gneg;
		}
	}
	if ((c->d->flags & DICT_F_OPEN) && sp->form == VF_ING && mod == MOD_ASSERTED &&
	    v->start > 0 && is_punct(c, v->start - 1, ',')) {
		/* "could issue subsidies, helping farmers buy machinery": a participle
		 * after a comma tells what the verb before it would do, in its mood */
		int g = adjunct_head(c, vi), gneg, gbe, gmod, ghave, gpresent;
		if (g >= 0) {
			coder_aux_scan(c, c->verbs[g].start, &gneg, &gbe, &gmod, &ghave, &gpresent);
			if (gmod == MOD_HYPOTHETICAL || gmod == MOD_DEMANDED)
				mod = gmod;
		}
	}
	if (best && bm.wfrom > v->end && coder_no_object(c, v->end, bm.wfrom))
		neg = 1; /* "held no talks with", "gave no aid to" */
	if ((d->flags & DICT_F_OPEN) && coder_none_said(c, vi))
		neg = 1; /* "none of the protesters were arrested", "nor did it attack" */
	passive = be && sp->form == VF_ED;
	if (sp->form == VF_ED && !be && !have) {
		/* reduced passives: "the commander killed by a drone", "many of them deported" */
		int q = v->start - 1, k;
		while (q >= 0 && is_adverb(c, q))
			q--;
		if (q >= 0 && (c->fc[q] & FC_OBJPRON) && !(c->t[q].flags & TOKF_CAP))
			passive = 1; /* not "the US attacked" */
		k = v->end;
		while ((size_t)k < c->n && is_adverb(c, k))
			k++;
		if (is_tok(c, k, "by") && !coder_by_means(c, k))
			passive = 1;
		if (!passive && (d->flags & DICT_F_OPEN) &&
		    (coder_thing_shot(c, vi) ||
		     coder_headline_harm(c, vi, dv->lemma, best ? bm.wfrom : 0)))
			passive = v->bare_passive = 1;
		if (!passive && (d->flags & DICT_F_OPEN) &&
		    (coord = coder_coordinated_passive(c, v->start, v->end)))
			passive = 1;
		if ((d->flags & DICT_F_OPEN) && (rr = coder_reduced_relative(c, vi)) >= 0) {
			/* "civilians killed in the capital were buried by": the noun is
			 * the object, and the agent is sought before the later verb */
			passive = v->bare_passive = 1;
			if (rr < end)
				end = rr;
		} else if ((d->flags & DICT_F_OPEN) && !passive &&
			   (rr = coder_comma_participle(c, vi)) >= 0) {
			/* "the leader, detained in Caracas last week, called for":
			 * the noun before the comma is the one detained */
			passive = v->bare_passive = 1;
			if (rr < end)
				end = rr;
		}
	}
	if ((d->flags & DICT_F_OPEN) && sp->form == VF_BASE && mod == MOD_ASSERTED &&
	    v->subject >= 0 && c->units[v->subject].end == v->start) {
		/* "wants to see Russia withdraw", "to let Iran enrich": the act of an
		 * actor someone aims to see or let act is not done yet */
		int q = c->units[v->subject].start - 1;
		while (q >= 0 && (c->fc[q] & FC_DET))
			q--;
		if (q > 0 && coder_bare_inf_verb(c, q) && (c->fc[q - 1] & FC_TO))
			mod = MOD_HYPOTHETICAL;
	}
	if ((sp->form == VF_S || sp->form == VF_BASE) && !have && mod == MOD_ASSERTED)
		present = 1;
	c->verbs[vi].present = present;
	if ((d->flags & DICT_F_OPEN) && present && !neg && mod == MOD_ASSERTED &&
	    coder_future_time_clause(c, v->start))
		mod = MOD_HYPOTHETICAL; /* "will keep its base after US troops leave Syria" */
	subj = v->subject;
	if (best && (d->flags & DICT_F_OPEN) && best->text && !strncmp(best->text, "{* ", 3) &&
	    strstr(best->text, " ^ ") &&
	    (!strcmp(best->code, "0832") || !strcmp(best->code, "082")) &&
	    compound_goes_on(c, bm.wto))
		return 0; /* "suspended the double tax treaty with Japan": a wildcard
			   * before the noun read the phrase's first words; its head is a
			   * word the pattern did not reach, no tax */
	if (best) {
		code = best->code;
		rcode = best->rcode;
	} else if (dv->code[0]) {
		code = dv->code;
		rcode = dv->rcode;
	} else {
		code = d->blocks[dv->block].code;
		rcode = d->blocks[dv->block].rcode;
	}
	if ((!code || !strcmp(code, "---")) && !best && v->end > v->start + 1 &&
	    coder_actor_follows(c, v->end) && (dv = coder_word_verb(c, v->start)) != NULL) {
		/* "met with Iran": the light phrase ("met with criticism") found no
		 * noun, the verb alone says what happened */
		code = coder_verb_code(d, dv);
		rcode = dv->rcode;
	}
	if ((!code || !strcmp(code, "---")) && !best && passive && dv && (d->flags & DICT_F_OPEN))
		code = coder_forces_sent(c, subj, dv->lemma, v->end, end); /* "3,000 U.S. troops
									* were sent to Poland" */
	if ((!code || !strcmp(code, "---")) && !best && !passive && (d->flags & DICT_F_OPEN) &&
	    dv && dv->lemma && !strcmp(dv->lemma, "abandon") && subj >= 0 &&
	    c->units[subj].ncodes && coder_armed_role(c->units[subj].codes[0]))
		code = "0874"; /* "Russian forces abandoned Kherson": forces give up ground;
				* anyone else abandons only what ABANDON's patterns name */
	if ((d->flags & DICT_F_OPEN) && code && subj >= 0 && c->units[subj].ncodes &&
	    coder_state_actor(c->units[subj].codes[0]) &&
	    ((!strcmp(code, "082") && coder_dissent_ended(c, v->start)) ||
	     (!strncmp(code, "035", 3) && coder_dissent_ended(c, v->end)))) {
		/* "the army ended the protests", "vowed to crush the protests": a
		 * force, or a state whose sentence names force, ends others' protests
		 * by putting them down (175); vowed, a threat of repression (137). A
		 * government that ends them with no force named ("ended the
		 * protests by scrapping the quotas", "peacefully") concedes nothing
		 * of its own and represses no one: its concession, if any, is coded
		 * by its own verb */
		if (!coder_armed_role(c->units[subj].codes[0]) && !coder_force_named(c))
			return 0;
		if (strcmp(code, "082")) {
			code = "137";
			rcode = "";
		} else
			code = "175";
	}
	if ((d->flags & DICT_F_OPEN) && best && !strcmp(code, "061") &&
	    !strcmp(d->blocks[dv->block].name, "SUPPLY") && coder_aid_setting(c, subj))
		code = "070"; /* "the World Food Programme delivered wheat", "delivered
			       * wheat to Gaza as part of the aid effort": goods given */
	if ((d->flags & DICT_F_OPEN) && !best && code && !strncmp(code, "07", 2) && dv->lemma &&
	    !strcmp(dv->lemma, "help")) {
		/* "helped broker the truce": the brokering is the deed */
		const struct dverb *w = NULL;
		int h = coder_help_does(c, v->end, &w);
		if (h < 0)
			return 0;
		if (h > 0) {
			code = coder_verb_code(d, w);
			rcode = w->rcode;
		}
	}
	if ((d->flags & DICT_F_OPEN) && code && !passive &&
	    (!strcmp(code, "044") || (!best && !strcmp(code, "---"))) && dv && dv->lemma &&
	    !strcmp(dv->lemma, "gather") && coder_crowd_unit(c, subj, v->end)) {
		/* "thousands of protesters gathered in the capital": no meeting, but
		 * protesters who gather ("outside parliament", "on the square")
		 * demonstrate (141); any other crowd does neither */
		if (!coder_protester_unit(c, subj))
			return 0;
		code = "141";
		rcode = "";
	}
	if (!code || !strcmp(code, "---") || !cameo_lookup(code))
		return 0;
	if ((d->flags & DICT_F_OPEN) && !passive && !strcmp(code, "174") &&
	    coder_no_patient(c, v->start, v->end))
		return 0; /* "teachers are pushing back hard": no one expelled */
	if ((d->flags & DICT_F_OPEN) && passive &&
	    coder_passive_sense(c, sp, v->start, v->end, best, best ? bm.wfrom : 0))
		return 0; /* "a girl was rescued by police", "the bill was killed" */
	if ((d->flags & DICT_F_OPEN) && !passive && coder_relative_sense(c, sp, v->start, v->end))
		return 0; /* "the documents I have provided" */
	if ((d->flags & DICT_F_OPEN) && !strcmp(code, "042") && dv->lemma &&
	    coder_journey_lemma(dv->lemma) && coder_no_visitor(c, subj, v->end)) {
		/* "refugees landed in Greece": people on the move pay no visit; a
		 * state's troops that arrive or land in another country are deployed
		 * there ("Turkish troops arrived in Idlib": 154 at Syria) */
		if (passive || !(arrival_lemma(dv->lemma) && subj >= 0 && c->units[subj].ncodes &&
				 coder_has_role(c->units[subj].codes[0], "MIL")))
			return 0;
		code = "154";
		rcode = "";
		arrived = 1;
	}
	if ((d->flags & DICT_F_OPEN) && !arrived && dv->lemma && !strcmp(dv->lemma, "cross"))
		return 0; /* "700 Ghanaians have crossed into Benin": a crossing is no
			   * visit; only forces that cross are deployed */
	if ((d->flags & DICT_F_OPEN) && !best && !strcmp(code, "0874") && dv->lemma &&
	    !strcmp(dv->lemma, "leave") && no_retreat_left(c, v->start, v->end, subj))
		return 0; /* "residents left their homes", "diplomats left the country",
			   * "clashes that left one dead": no forces withdrawn; "the
			   * president left for Paris": a journey, not a retreat */
	if ((d->flags & DICT_F_OPEN) && !best && !strcmp(code, "0874") && dv->lemma &&
	    (!strcmp(dv->lemma, "withdraw") || !strcmp(dv->lemma, "pull"))) {
		int w = withdrawn_from(c, v->end);
		if (w == 2)
			return 0; /* "pulled out of the grain deal": an agreement left, no
				   * forces withdrawn */
		if (w == 3) {
			code = "160"; /* "withdrew from ECOWAS": a bloc left, ties cut */
			rcode = "";
		}
		if (w == 1) {
			code = "164"; /* "pulled out of the talks in Cairo" */
			rcode = "";
		}
	}
	if ((d->flags & DICT_F_OPEN) && best && !strncmp(code, "087", 3) && bm.wto > 0 &&
	    is_tok(c, bm.wto - 1, "withdrawal") && withdrawn_from(c, bm.wto) == 3) {
		code = "160"; /* "announced their withdrawal from ECOWAS": a bloc left */
		rcode = "";
	}
	if ((d->flags & DICT_F_OPEN) && !best && dv->lemma && !strcmp(dv->lemma, "warn") &&
	    coder_forecast_after(c, v->end))
		return 0; /* "warned that the storm could knock out power": a forecast */
	if ((d->flags & DICT_F_OPEN) && dv->lemma && !strcmp(dv->lemma, "warn") &&
	    !strncmp(code, "13", 2) && coder_warned_of_danger(c, v->end))
		return 0; /* "warned about the risks of a trade war": no threat */
	if ((d->flags & DICT_F_OPEN) && !best && !strcmp(code, "041") && dv->lemma &&
	    !strcmp(dv->lemma, "call") && coder_call_names(c, v->start, v->end))
		return 0; /* "a village called Ghazal", "called the move illegal" */
	if ((d->flags & DICT_F_OPEN) && dv->lemma && !strcmp(dv->lemma, "call") &&
	    coder_call_what(c, v->start, v->end))
		return 0; /* "over what it called dangerous manoeuvres": a name given */
	if ((d->flags & DICT_F_OPEN) && !best && !strcmp(code, "143") && dv->lemma &&
	    !strcmp(dv->lemma, "walk") &&
	    (subj < 0 || !c->units[subj].ncodes || !coder_unarmed(c->units[subj].codes[0])))
		return 0; /* "the captain walked out to a standing ovation": workers,
			   * teachers, doctors, farmers or an opposition strike by walking
			   * out; anyone else only "over" something or "in protest" */
	if ((d->flags & DICT_F_OPEN) &&
	    ((v->end == v->start + 1 && coder_fight_for_cause(c, v->start, subj)) ||
	     (best && bm.wto > 0 && coder_fight_for_cause(c, bm.wto - 1, subj))))
		return 0; /* "fought for farmers", "vowed to fight for working families":
			   * advocacy, no fight and no threat */
	if ((d->flags & DICT_F_OPEN) && (!strncmp(code, "19", 2) || !strncmp(code, "13", 2)) &&
	    ((v->end == v->start + 1 && coder_fight_ill(c, v->start)) ||
	     (best && bm.wto > 0 && coder_fight_ill(c, bm.wto - 1))))
		return 0; /* "to fight poaching", "vowed to fight corruption": an ill fought,
			   * no foe */
	if ((!best || (d->flags & DICT_F_OPEN)) && !strncmp(code, "12", 2) &&
	    is_tok(c, v->end, "to") && (size_t)v->end + 1 < c->n && !c->is_verb[v->end + 1])
		return 0; /* "refused to speculate": a refusal of no event is none */
	if ((d->flags & DICT_F_OPEN) && !best && !strncmp(code, "10", 2) &&
	    coder_claim_after(c, v->end))
		return 0; /* "insists his tactics will be worth it": a claim, no demand */
	if (sp->form == VF_ING && v->start > 0 &&
	    ((c->fc[v->start - 1] & FC_WEIGH) ||
	     ((d->flags & DICT_F_OPEN) && coder_possibility_of(c, v->start - 1) >= 0))) {
		/* "is considering suspending relations with", "raised the possibility
		 * of suspending talks": coercion or force weighed in public is a
		 * threat made now; anything else is only a thought */
		if ((d->flags & DICT_F_OPEN) && !neg && mod != MOD_HYPOTHETICAL &&
		    coder_threat_code(code) && strncmp(code, "15", 2)) {
			code = coder_threat_code(code);
			rcode = "";
			mod = MOD_ASSERTED;
		} else
			mod = MOD_HYPOTHETICAL;
	}
	if ((d->flags & DICT_F_OPEN) && !neg && mod == MOD_HYPOTHETICAL && v->start >= 2 &&
	    (c->fc[v->start - 1] & FC_TO) && coder_threat_code(code) && strncmp(code, "15", 2) &&
	    coder_wants_to(c, v->start - 2)) {
		/* "said he wanted to ban opposition parties", "wants to annex the
		 * islands": coercion or force an actor says it wants to do, itself, is
		 * a threat made now, as one it weighs in public */
		code = coder_threat_code(code);
		rcode = "";
		mod = MOD_ASSERTED;
	}
	if ((d->flags & DICT_F_OPEN) && !neg &&
	    (off = coder_called_off(c, v->start, &off_at)) != 0) {
		if (off == 1 && coder_cancel_code(code))
			code = coder_cancel_code(
				code); /* "suspended plans to impose curfews": 0813 */
		else
			neg = 1; /* "rejected an invitation to meet": no meeting */
		rcode = "";
		/* the concession in the call-off's own mood: "may reverse its
		 * decision to arrest" concedes nothing yet */
		mod = neg ? MOD_ASSERTED : coder_cancel_mood(c, x, off_at);
	}
	v->vow = coder_inf_governor(c, v->start);
	if (v->vow >= 0 && !(c->fc[v->vow] & FC_VOW))
		v->vow = -1;
	if (v->vow >= 0 && (d->flags & DICT_F_OPEN) && !strncmp(code, "15", 2) &&
	    strncmp(c->t[v->vow].norm, "threat", 6))
		v->vow = -1; /* "pledged to send troops to Somalia": a deployment promised
			      * or vowed is a future posture (as after "will"), no threat;
			      * one threatened is */
	if ((d->flags & DICT_F_OPEN) && best && dv->lemma &&
	    (!strcmp(dv->lemma, "plan") || !strcmp(dv->lemma, "prepare")) &&
	    !strncmp(d->blocks[dv->block].name, "LIGHT_", 6) && mod == MOD_ASSERTED &&
	    (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2)))
		mod = MOD_HYPOTHETICAL; /* "planned an attack on Kyiv", "prepared an
					 * offensive": force not used yet */
	{
		/* an act promised on a condition ("would go on strike if the board did
		 * not settle", "could cut ties if they sign"): a threat, made now; a
		 * protest vowed or promised on a condition threatens dissent (133) */
		int cond = ((mod == MOD_FUTURE || mod == MOD_HYPOTHETICAL) &&
			    coder_on_condition(c, v->end)) ||
			   (mod == MOD_HYPOTHETICAL && (d->flags & DICT_F_OPEN) &&
			    coder_condition_before(c, v->start) >= 0);
		const char *tc = coder_threat_code(code);
		if (!tc && (cond || v->vow >= 0) && (d->flags & DICT_F_OPEN) &&
		    !strncmp(code, "14", 2))
			tc = "133";
		if (v->vow >= 0 && !neg && tc) {
			code = tc; /* "vowed to strike Iran": a threat, made now */
			rcode = "";
			mod = MOD_ASSERTED;
		} else {
			if (v->vow >= 0 && !tc && (d->flags & DICT_F_OPEN) &&
			    !strncmp(c->t[v->vow].norm, "threat", 6))
				mod = MOD_HYPOTHETICAL; /* "threatened to sue", "threatened to
							 * resign": the threat is the event,
							 * the act is not done */
			v->vow = -1;
			if ((d->flags & DICT_F_OPEN) && !neg && tc && strncmp(code, "15", 2) &&
			    (mod == MOD_FUTURE ||
			     (mod == MOD_HYPOTHETICAL && (cond || coder_speaker_may(c, vi))))) {
				v->future_threat = mod == MOD_FUTURE && !cond && v->start > 0 &&
						   coder_headline_infinitive(c, v->start - 1);
				code = tc;
				rcode = "";
				mod = MOD_ASSERTED;
			}
		}
	}
	if ((d->flags & DICT_F_OPEN) && neg && mod == MOD_FUTURE && !passive &&
	    coder_refusal_code(code)) {
		/* "said it would not attend the summit": 125; "will not tolerate an
		 * invasion" warns (130) */
		code = dv->lemma && !strcmp(dv->lemma, "tolerate") ? "130"
								   : coder_refusal_code(code);
		rcode = "";
		neg = 0;
		mod = MOD_ASSERTED;
	}
	if ((d->flags & DICT_F_OPEN) && mod == MOD_ASSERTED && !neg && best && dv->lemma &&
	    coder_planned_deed(dv->lemma, code) && bm.wfrom >= v->end &&
	    coder_np_reach(c, v->end, bm.wfrom) &&
	    !(!strcmp(dv->lemma, "call") && coder_called_judgment(c, bm.wto))) {
		mod = MOD_FUTURE; /* "planned a meeting with", "announced talks": 036 */
		planned = 1;
	}
	if ((d->flags & DICT_F_OPEN) && mod == MOD_ASSERTED && !neg &&
	    coder_agreed_deed(c, v, code, best ? bm.wfrom : 0)) {
		if (coder_agreed_inf(c, v->start) >= 0)
			mod = MOD_FUTURE; /* "agreed to share intelligence": 0314 */
		else {
			code = coder_intent_code(code); /* "agreed to hold joint exercises" */
			rcode = "";
		}
	}
	if ((d->flags & DICT_F_OPEN) && best && !strcmp(code, "150") && bm.wfrom > v->end &&
	    joint_before(c, v->end, bm.wfrom)) {
		code = "062"; /* "took part in joint U.S.-Philippine military drills": an
			       * exercise of partners, no show of force */
		rcode = "";
	}
	v->deed = NULL;
	if ((d->flags & DICT_F_OPEN) && mod == MOD_FUTURE && !neg && coder_intent_code(code)) {
		if (strncmp(code, "08", 2) && !coder_promised(c, v->start))
			v->deed = cameo_lookup(code);
		code = coder_intent_code(code);
		rcode = "";
	}
	v->root01 = !strncmp(cameo_lookup(code)->code, "01", 2);
	/* roles */
	if (subj >= 0)
		ns = coder_group(c, subj, c->units[subj].start > v->start ? 1 : -1, srcs,
				 MAX_GROUP);
	if (ns && sp->form == VF_ING && (d->flags & DICT_F_OPEN) &&
	    (join = coder_joined_in(c, v->start)) >= 0) {
		/* "France joined Britain in condemning Russia": Britain condemns too;
		 * not under a negated or unasserted "join" ("will not join Spain in
		 * recognising", "may join", "refused to join"), whose act is the joiner's alone */
		int u = c->unit_of[join + 1] >= 0    ? c->unit_of[join + 1]
			: (c->fc[join + 1] & FC_DET) ? c->unit_of[join + 2]
						     : -1,
		    jneg, jbe, jmod, jhave, jpresent;
		coder_aux_scan(c, join, &jneg, &jbe, &jmod, &jhave, &jpresent);
		if (u >= 0 && c->units[u].ncodes && !jneg &&
		    (jmod == MOD_ASSERTED || jmod == MOD_FUTURE))
			ns += coder_group(c, u, 1, srcs + ns, MAX_GROUP - ns);
	}
	if (best && bm.tgt_is_subject) {
		int s2 = bm.src_pos >= 0 ? coder_find_object(c, bm.src_pos, 0) : -1;
		nt = 0;
		if (ns) {
			memcpy(tgts, srcs, sizeof(int) * (size_t)ns);
			nt = ns;
		}
		ns = s2 >= 0 ? coder_group(c, s2, 1, srcs, MAX_GROUP) : 0;
		if (!nt && ns && (d->flags & DICT_F_OPEN) &&
		    coder_authority_act(c, code, srcs, ns) &&
		    (a = coder_name_before(c, v->start, &obj)) >= 0) {
			for (b = 0; b < ns; b++)
				srcs[b] = coder_country_body(c, srcs[b]);
			return coder_code_person(
				c, x, vi, srcs, ns, code, neg, mod, best->text, dv->lemma, a,
				obj); /* "Zentrix is facing scrutiny from the SEC" */
		}
		if (!nt && (d->flags & DICT_F_OPEN) && !strncmp(code, "09", 2))
			return 0; /* "is facing scrutiny from the SEC", "received an inquiry
				   * from": an investigation of no actor tells no dyad */
	} else if (passive) {
		/* "X was attacked by Y": Y is the source */
		int i, by = -1;
		for (i = v->end; i < end; i++)
			if (is_tok(c, i, "by") && !coder_report_by(c, i)) {
				by = i;
				break;
			} else if ((c->fc[i] & (FC_SUBORD | FC_REL)) || is_tok(c, i, "according")) {
				break; /* "killed in the fighting, according to the UN" */
			}
		/* "was caught by police and deported": the first participle's agent
		 * is the second's */
		for (i = coord; by < 0 && coord > 0 && i < v->start; i++) {
			if (c->fc[i] & (FC_SUBORD | FC_REL))
				break;
			if (is_tok(c, i, "by") && !coder_by_means(c, i))
				by = i;
		}
		if (ns)
			memcpy(tgts, srcs, sizeof(int) * (size_t)ns);
		nt = ns;
		ns = 0;
		by_phrase = by >= 0;
		if ((d->flags & DICT_F_OPEN) && coder_reaction(code) &&
		    (obj = deed_doer_before(c, v->start)) >= 0)
			/* "the shelling by Russia of Kharkiv was condemned by Germany":
			 * a reaction to a deed is aimed at its doer */
			nt = coder_group(c, obj, 1, tgts, MAX_GROUP);
		if (!nt && phead >= 0 && best && bm.wfrom >= phead && bm.wto <= pend) {
			/* "sanctions were imposed on Iran by the EU": the pattern's noun is
			 * the subject, its target after "on" or "against" */
			for (i = v->end;
			     i < end && i != by && !is_boundary(c, i) && !is_punct(c, i, ','); i++)
				if ((is_tok(c, i, "on") || is_tok(c, i, "against")) &&
				    (obj = coder_by_agent(c, i + 1)) >= 0) {
					nt = coder_group(c, obj, 1, tgts, MAX_GROUP);
					break;
				}
		}
		if (by >= 0) {
			obj = coder_by_agent(c, by + 1);
			if (obj >= 0)
				ns = coder_group(c, obj, 1, srcs, MAX_GROUP);
		} else if ((d->flags & DICT_F_OPEN) && coder_unnamed_harm(code) &&
			   (obj = coder_when_agent(c, v->end, end)) >= 0) {
			/* "was killed when Chadian soldiers shot him": the soldiers */
			ns = coder_group(c, obj, 1, srcs, MAX_GROUP);
		} else if ((d->flags & DICT_F_OPEN) && !strncmp(code, "08", 2) && subj >= 0) {
			/* "hostages held by the Taliban were released": the holder
			 * released them */
			int k;
			for (k = 0; k < vi; k++)
				if (c->verbs[k].start >= c->units[subj].end &&
				    (obj = coder_holder_by(c, k, 1)) >= 0) {
					ns = coder_group(c, obj, 1, srcs, MAX_GROUP);
					break;
				}
		}
	} else if ((d->flags & DICT_F_OPEN) && subj_codes >= 2 && coder_each_other(c, v->end)) {
		/* "Peru and Chile accused each other of", "blamed one another" */
		memcpy(tgts, srcs, sizeof(int) * (size_t)ns);
		nt = ns;
	} else if (best && bm.comp && (ns >= 2 || ((d->flags & DICT_F_OPEN) && subj_codes >= 2)) &&
		   !((d->flags & DICT_F_OPEN) && coder_party_object(c, v->end, srcs, ns)) &&
		   !((code[0] == '1' && code[1] >= '8') || code[0] == '2'
			     ? coder_comp_object(c, v->end, srcs, ns)
			     : 0)) {
		memcpy(tgts, srcs, sizeof(int) * (size_t)ns);
		nt = ns;
	} else {
		obj = -1;
		if ((d->flags & DICT_F_OPEN) && best && !strncmp(code, "08", 2) && bm.wto > 0)
			obj = permitted_target(c, bm.wto, end); /* "a licence allowing firms to
								 * sell to Huawei" */
		if (obj == -2)
			obj = -1; /* a deed permitted with no actor named: no target */
		else if (obj < 0)
			obj = coder_find_object(c, best && bm.tgt_pos >= 0 ? bm.tgt_pos : v->end,
						v->root01);
		if (obj >= 0 && best && bm.tgt_pos < 0 && c->units[obj].start >= bm.wfrom &&
		    c->units[obj].end <= bm.wto &&
		    (!c->units[obj].ncodes || c->units[obj].docfill) &&
		    !((d->flags & DICT_F_OPEN) && coder_ouster_of(c, coder_unit_lead(c, obj) - 1)))
			/* a role word of the pattern's own phrase ("held joint military
			 * exercises"), with no country of its own, is no object: look
			 * past the phrase ("expelled UN inspectors" keeps the UN) */
			obj = coder_find_object(c, bm.wto, v->root01);
		if (obj >= 0 && (d->flags & DICT_F_OPEN) && dv && coder_topic_verb(dv->lemma) &&
		    !is_tok(c, coder_unit_lead(c, obj) - 1, "with"))
			obj = coder_with_partner(c, v->end,
						 end); /* "discussed the Ukraine crisis" */
		if (obj >= 0 && (d->flags & DICT_F_OPEN) && !strncmp(code, "04", 2) &&
		    strcmp(code, "042") && strcmp(code, "043"))
			obj = talks_topic(c, obj, v->end, end); /* "talks on Syria" */
		if (obj >= 0 && v->root01 && coder_clause_subject(c, obj))
			obj = -1; /* "Iran said its embassy would remain open": no statement to it */
		if (obj >= 0 && !strcmp(code, "010") && (d->flags & DICT_F_OPEN) &&
		    !coder_statement_object(c, v->start, v->end, c->units[obj].start))
			obj = -1; /* "said the fighting in Sudan ...": Sudan is not addressed */
		if (obj < 0 && (d->flags & DICT_F_OPEN) && !strncmp(code, "11", 2))
			obj = coder_alleged_agent(c,
						  v->end); /* "alleged that Israel had attacked" */
		if (obj < 0 && (d->flags & DICT_F_OPEN) && !strncmp(code, "09", 2))
			obj = coder_probed_agent(c, v->end); /* "investigating whether Huawei
								* broke sanctions" */
		if ((d->flags & DICT_F_OPEN) && !strncmp(code, "13", 2) &&
		    (wt = warning_end(c, dv, best ? &bm : NULL, v->end)) >= 0) {
			if (warned_state(c, wt))
				return 0; /* "warned that voters are entitled to", "issued a
					   * statement warning that": a state of things, no
					   * threat */
			if ((obj < 0 || c->units[obj].docfill || !c->units[obj].ncodes) &&
			    (a = coder_alleged_agent(c, wt)) >= 0) {
				obj = a; /* "warned that Peru would pay a price": at Peru */
				if (!warned_ahead(c, obj)) {
					code = "112"; /* "warned that Peruvian troops had
						       * crossed the border": what another
						       * did is an accusation */
					rcode = "";
				}
			}
		}
		if (obj < 0 && (d->flags & DICT_F_OPEN) &&
		    (!strncmp(code, "10", 2) || !strncmp(code, "02", 2)))
			obj = coder_demanded_of(c, v->end); /* "demanded that Israel withdraw" */
		if ((obj < 0 || !c->units[obj].ncodes || c->units[obj].docfill) &&
		    (d->flags & DICT_F_OPEN) &&
		    (!strncmp(code, "10", 2) || !strncmp(code, "02", 2)) &&
		    (a = coder_detainer_of(c, v->end, end)) >= 0)
			obj = a; /* "called for the release of a journalist jailed in Turkey" */
		if (obj >= 0 && (d->flags & DICT_F_OPEN) && best &&
		    (!strcmp(code, "0256") || !strcmp(code, "1056") || !strcmp(code, "0356")))
			obj = deed_agent(c, obj, bm.wto, end); /* "an end to the killings of
								 * Palestinians": the killers */
		if (obj < 0 && (d->flags & DICT_F_OPEN) && !strncmp(code, "084", 3))
			obj = coder_swap_holder(c, vi,
						end); /* "swapped hostages for commanders held
							* by the Afghan government" */
		if (obj >= 0 && (d->flags & DICT_F_OPEN) && !strcmp(code, "016") && subj >= 0 &&
		    deniers_own(c, subj, obj))
			obj = coder_find_object(c, c->units[obj].end, v->root01); /* "denied
				   * sending troops into Eritrea": at Eritrea, not the troops */
		if (obj < 0 && (d->flags & DICT_F_OPEN) && !v->root01 && !passive && v->objp > 0 &&
		    v->objp - 1 != subj) {
			tgts[nt++] = v->objp - 1; /* "Peru expelled him": the envoy named before */
		} else if (obj < 0 && (d->flags & DICT_F_OPEN) && !v->root01 &&
			   (obj = coder_them_antecedent(c, v->end, v->start, srcs, ns)) >= 0) {
			/* "met Japan and Canada and threatened them": the list before */
			nt = coder_group(c, obj, 1, tgts, MAX_GROUP);
			obj = -1;
		} else if (obj >= 0 && obj != subj)
			nt = coder_group(c, obj, 1, tgts, MAX_GROUP);
		else if (obj < 0 && subj >= 0 && (d->flags & DICT_F_OPEN) && !v->root01 &&
			 (obj = coder_the_country(c, v->end, subj)) >= 0)
			tgts[nt++] = obj; /* "Ankara invaded the country" */
	}
	if (ns && (d->flags & DICT_F_OPEN)) {
		/* "Zandor is battling extradition": a person known by nationality alone is
		 * the target of a state's act, never a source acting for the country */
		int k2, m2 = 0;
		for (k2 = 0; k2 < ns; k2++)
			if (!coder_national_unit(c, srcs[k2]))
				srcs[m2++] = srcs[k2];
		if (!m2)
			return 0;
		ns = m2;
	}
	if (nt == 1 && (d->flags & DICT_F_OPEN) && coder_national_unit(c, tgts[0]) &&
	    is_tok(c, c->units[tgts[0]].end, "'s") &&
	    (a = coder_from_country(c, c->units[tgts[0]].end, end)) >= 0)
		tgts[0] = a; /* "sought Zandor's extradition from the UK": asked of the UK */
	if ((d->flags & DICT_F_OPEN) && !nt && ns && passive && !be &&
	    (!strncmp(code, "07", 2) || !strncmp(code, "15", 2)) &&
	    (a = arrived_at(c, v->end)) >= 0)
		nt = coder_group(c, a, 1, tgts, MAX_GROUP); /* "the aid delivered by Egypt
							       * reached Gaza": Gaza's */
	if (arrived && (!nt || coder_same_country(c, srcs, ns, tgts, nt)))
		return 0; /* "Russian troops arrived in Moscow": no one's ground but their own */
	if ((d->flags & DICT_F_OPEN) && !strcmp(code, "011"))
		nt = 0; /* "declined to give details of the raid on Rafah": comment withheld
			 * from no one named, whatever its topic names */
	if (nt && ns && subj_codes >= 2 && !passive && (d->flags & DICT_F_OPEN) &&
	    (coder_mutual(code) ||
	     (!strncmp(code, "087", 3) &&
	      (one_country(c, srcs, ns) || coder_same_country(c, srcs, ns, tgts, nt) ||
	       capital_venue(c, tgts, nt)))) &&
	    strcmp(code, "042") && strcmp(code, "043") &&
	    !(dv->lemma && coder_journey_lemma(dv->lemma)) &&
	    !(dv->lemma && !strcmp(dv->lemma, "visit")) && coder_places_only(c, tgts, nt)) {
		/* a truce or a pull-back of two sides of one country, or in a place of
		 * one of them, is with each other: "the army and the RSF agreed to a
		 * ceasefire in Jeddah", "India and China pulled back troops from
		 * Ladakh"; not brokers' "efforts to end fighting in Syria" */
		if (!strncmp(code, "087", 3))
			placed = 1;
		nt = 0; /* "India and France held joint drills in Rajasthan": with each
			 * other, the place no party (a place visited or reached is the
			 * host's) */
	}
	if (nt && ns && !passive && (d->flags & DICT_F_OPEN) &&
	    (!strncmp(code, "04", 2) || !strcmp(code, "036")) && strcmp(code, "042") &&
	    strcmp(code, "043") && !(dv->lemma && coder_journey_lemma(dv->lemma)) &&
	    !(dv->lemma && !strcmp(dv->lemma, "visit")) && coder_places_only(c, tgts, nt) &&
	    !coder_same_country(c, srcs, ns, tgts, nt) &&
	    !host_talks(c, srcs, ns, tgts, nt, dv ? dv->lemma : NULL, v->end))
		nt = 0; /* "Chile held talks in Oman", "took part in a summit in Brussels":
			 * a foreign venue is no partner ("Peruvian ministers gathered in Lima
			 * for talks" met at home) */
	if ((d->flags & DICT_F_OPEN) && (!strcmp(code, "042") || !strcmp(code, "043")) &&
	    coder_home_visit(c, srcs, ns, tgts, nt))
		return 0; /* "the senator visited the U.S. border": travel at home */
	if ((!nt || ((d->flags & DICT_F_OPEN) && coder_mutual(code) && codeless(c, tgts, nt))) &&
	    ns && subj_codes >= 2 && !passive &&
	    (reciprocal || placed || ((d->flags & DICT_F_OPEN) && coder_mutual(code)))) {
		/* "India and Pakistan agreed to restore the ceasefire": with each other */
		memcpy(tgts, srcs, sizeof(int) * (size_t)ns);
		nt = ns;
		if ((d->flags & DICT_F_OPEN) && !strcmp(code, "150")) {
			code = "062"; /* "India and Japan held naval drills": partners in
				       * one exercise, no show of force at each other */
			rcode = "";
		}
	}
	if (best && bm.src_after && !bm.tgt_is_subject && bm.src_pos >= 0) {
		int s2 = coder_find_object(c, bm.src_pos, 1);
		if (s2 >= 0)
			ns = coder_group(c, s2, 1, srcs, MAX_GROUP);
	}
	if (nt == 1 && ns && !passive && (d->flags & DICT_F_OPEN) && coder_reaction(code) &&
	    (obj = deed_of_by(c, tgts[0], end)) >= 0)
		nt = coder_group(c, obj, 1, tgts, MAX_GROUP); /* "condemned the seizure of an
							       * Iranian tanker by the US" */
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) && coder_reaction(code) &&
	    (obj = coder_deed_agent(c, v->end, end)) >= 0)
		nt = coder_group(c, obj, 1, tgts,
				 MAX_GROUP); /* "condemned the move announced by X" */
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) &&
	    (coder_reaction(code) || !strncmp(code, "14", 2)) &&
	    (obj = coder_after_agent(c, v->end)) >= 0 && obj != subj)
		nt = coder_group(c, obj, 1, tgts, MAX_GROUP); /* "complained after Estonia
							       * detained its ship" */
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) && !strncmp(code, "13", 2) &&
	    ((obj = coder_condition_agent(c, v->end)) >= 0 ||
	     ((a = coder_condition_before(c, v->start)) >= 0 &&
	      (obj = coder_condition_agent(c, a)) >= 0)) &&
	    obj != subj)
		nt = coder_group(c, obj, 1, tgts, MAX_GROUP); /* "threatened to strike if Chile" */
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) && !strncmp(code, "12", 2) &&
	    is_tok(c, v->end, "to") && (a = coder_verb_index_at(c, v->end + 1)) >= 0 &&
	    (obj = coder_find_object(c, c->verbs[a].end, 0)) >= 0 && obj != subj)
		nt = coder_group(c, obj, 1, tgts,
				 MAX_GROUP); /* "refused to hand them over to Iraq" */
	if (ns && !passive && (d->flags & DICT_F_OPEN) &&
	    (obj = gap_antecedent(c, v->start, v->end)) >= 0 && obj != subj && c->units[obj].ncodes)
		/* "expelled a Russian diplomat it accused of spying", "officials it blamed for
		 * the crackdown on demonstrators": the antecedent, over any actor of a
		 * phrase after the verb */
		nt = coder_group(c, obj, 1, tgts, MAX_GROUP);
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) && !strcmp(code, "016") &&
	    (c->fc[v->end] & FC_THAT)) {
		/* "denied that its police had abducted critics": denied towards the
		 * target of the deed denied, the first verb of the "that" clause */
		int k, q = v->end;
		for (k = vi + 1; k < c->nverbs; k++)
			if (c->verbs[k].start > v->end)
				break;
		while (k < c->nverbs && q < c->verbs[k].start && !is_boundary(c, q))
			q++;
		if (k < c->nverbs && q == c->verbs[k].start &&
		    (obj = coder_find_object(c, c->verbs[k].end, 0)) >= 0 && obj != subj &&
		    c->units[obj].ncodes)
			nt = coder_group(c, obj, 1, tgts, MAX_GROUP);
	}
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) &&
	    (!strncmp(code, "12", 2) || !strcmp(code, "016")) && subj >= 0 &&
	    (obj = coder_charge_maker(c, subj)) >= 0)
		nt = coder_group(c, obj, 1, tgts, MAX_GROUP); /* ", a charge Pristina rejected",
							       * "a charge Yerevan denied" */
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) && !v->root01 &&
	    coder_first_person_object(c, v->end) &&
	    ((obj = coder_quote_speaker(c, v->end)) >= 0 ||
	     ((d->flags & DICT_F_OPEN) && (a = coder_quote_pronoun(c, v->end)) >= 0 &&
	      (obj = c->carry_u) >= 0 && c->units[obj].start == a)) &&
	    obj != subj && c->units[obj].ncodes)
		nt = coder_group(c, obj, 1, tgts,
				 MAX_GROUP); /* '"Russia attacked us," the envoy said' */
	if (!nt && ns && passive && (d->flags & DICT_F_OPEN) &&
	    coder_authority_act(c, code, srcs, ns) &&
	    (a = coder_name_before(c, v->start, &obj)) >= 0) {
		for (b = 0; b < ns; b++)
			srcs[b] = coder_country_body(c, srcs[b]);
		return coder_code_person(c, x, vi, srcs, ns, code, neg, mod,
					 best ? best->text : NULL, dv->lemma, a,
					 obj); /* "Zentrix was investigated by the SEC" */
	}
	if (nt && ns && !passive && (d->flags & DICT_F_OPEN) &&
	    (coder_reaction(code) || coder_authority_act(c, code, srcs, ns)) &&
	    (a = coder_person_after(c, v->end)) && c->units[tgts[0]].start > v->end + a &&
	    (is_punct(c, v->end + a, ',') || (c->fc[v->end + a] & FC_PREP)))
		nt = 0; /* "charged Smith with threatening a senator", "is investigating
			 * Zentrix, according to two people": the name is the object, the
			 * actor after it another phrase's */
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) &&
	    (coder_reaction(code) || coder_authority_act(c, code, srcs, ns)) &&
	    coder_person_after(c, v->end))
		return coder_code_person(
			c, x, vi, srcs, ns, code, neg, mod, best ? best->text : NULL, dv->lemma,
			v->end, coder_person_after(c, v->end)); /* "Trump assailed Williams" */
	/* with no agent, a role with the document's country stays: the forces sent, the
	 * people arrested are the document's ("police were deployed") */
	if (ns || !passive)
		nt = coder_domestic_targets(c, srcs, ns, tgts, nt, code, v->end);
	if (ns && !nt && (d->flags & DICT_F_OPEN) && !best && !strncmp(code, "062", 3))
		return 0; /* "the army trained new recruits": training is cooperation
			   * with another's forces only when they are named; a phrase
			   * ("held joint drills") says so by itself */
	if (planned && !nt)
		return 0; /* "planned a meeting": with no one named, as one held with no one */
	/* "Iranian demands", "Iraqi attacks": a noun after its actor's adjective, not a verb;
	 * after a country's own name it is one ("Russia warns of retaliation") */
	if (ns && !nt && (c->d->flags & DICT_F_OPEN) && coder_one_sided(code) && !passive &&
	    !((sp->form == VF_S || sp->form == VF_BASE) && subj >= 0 &&
	      c->units[subj].end == v->start &&
	      !(coder_bare_subject(c, subj) && coder_object_opens(c, v->end)) &&
	      !(sp->form == VF_S && (coder_unit_spells_name(c, subj) ||
				     (group_names_doer(c, subj, v->start) && code[0] != '2' &&
				      !(code[0] == '1' && code[1] >= '8'))))))
		return coder_code_one_sided(c, x, vi, srcs, ns, code, neg, mod,
					    best ? best->text : NULL, dv->lemma);
	if (ns && !nt && passive && (d->flags & DICT_F_OPEN) && coder_one_sided(code) &&
	    (code[0] == '0' || (code[0] == '1' && (code[1] == '1' || code[1] == '2'))))
		/* "the decision was welcomed by Laos", "the treaty was ratified by
		 * Peru", "the raid was condemned by Laos": a cooperative or verbal act
		 * of the agent (03-09, 11, 12), as in the active voice, on no one named
		 * (not force: "farmers hit by Chinese tariffs") */
		return coder_code_one_sided(c, x, vi, srcs, ns, code, neg, mod,
					    best ? best->text : NULL, dv->lemma);
	if (!ns && nt && passive && (d->flags & DICT_F_OPEN) && !strncmp(code, "15", 2) &&
	    !(dv->lemma && STR_AMONG(dv->lemma, acted_on))) {
		/* "Kenyan troops were deployed along the border": the forces sent are
		 * the ones who mobilise, whoever sent them; towards another country
		 * where the sentence sends them ("US troops were deployed to Poland"),
		 * as "the US deployed troops to Poland" is; a craft intercepted,
		 * buzzed or flown over is the one it was done to ("Iranian drones were
		 * intercepted": no agent, no event) */
		int w = sent_to(c, v->end, end, tgts, nt);
		if (w < 0)
			return coder_code_one_sided(c, x, vi, tgts, nt, code, neg, mod,
						    best ? best->text : NULL, dv->lemma);
		memcpy(srcs, tgts, sizeof(int) * (size_t)nt);
		ns = nt;
		nt = coder_group(c, w, 1, tgts, MAX_GROUP);
	}
	if (!ns && nt && passive && !by_phrase && (d->flags & DICT_F_OPEN) &&
	    !strncmp(code, "087", 3) && coder_armed_units(c, tgts, nt))
		/* "Malaysian troops were withdrawn from the border": forces withdrawn
		 * with no one named doing it are the ones who pull back */
		return coder_code_one_sided(c, x, vi, tgts, nt, code, neg, mod,
					    best ? best->text : NULL, dv->lemma);
	if (!ns && nt && passive && !by_phrase && (d->flags & DICT_F_OPEN) &&
	    !strncmp(code, "084", 3) && coder_from_custody(c, v->end, end))
		/* "three journalists were released from prison": the state that held
		 * them, of the place named or of their own country */
		return coder_code_agentless(c, x, vi, tgts, nt, coder_place_country(c, v->end, end),
					    code, neg, mod, best ? best->text : NULL, dv->lemma);
	if (!ns && nt && passive && (d->flags & DICT_F_OPEN) && coder_disbanded(code, dv->lemma) &&
	    coder_armed_units(c, tgts, nt))
		/* "the rebels have officially been dissolved": an armed group
		 * disbanded with no one named doing it demobilises itself */
		return coder_code_one_sided(c, x, vi, tgts, nt, "0873", neg, mod,
					    best ? best->text : NULL, dv->lemma);
	if (!ns && nt && passive && (d->flags & DICT_F_OPEN) &&
	    (coder_state_act(code) || coder_charged(code, dv->lemma))) {
		const char *pl = coder_place_country(c, v->end, end);
		if (!pl && coord)
			pl = coder_place_country(c, coord,
						 v->start); /* "arrested in Iran and sentenced" */
		return coder_code_agentless(c, x, vi, tgts, nt, pl, code, neg, mod,
					    best ? best->text : NULL, dv->lemma);
	}
	if (!ns && nt && passive && !by_phrase && (d->flags & DICT_F_OPEN) &&
	    coder_unnamed_harm(code) &&
	    (strncmp(code, "112", 3) || (!neg && mod == MOD_ASSERTED)) && subj >= 0 &&
	    coder_patient_head(c, subj, v->start) && coder_unnamed_sense(c, v->end, dv->lemma))
		return coder_code_unnamed(c, x, vi, tgts, nt, code, neg, mod,
					  best ? best->text : NULL, dv->lemma);
	if (!ns && nt && best && bm.tgt_is_subject && (d->flags & DICT_F_OPEN) &&
	    (!strncmp(code, "112", 3) || !strncmp(code, "09", 2)))
		/* "faces charges of treason", "faces an investigation": charged or
		 * investigated by the authorities of the place, or of their own */
		return coder_code_agentless(c, x, vi, tgts, nt, coder_place_country(c, v->end, end),
					    code, neg, mod, best->text, dv->lemma);
	if (!ns && !nt && passive && (d->flags & DICT_F_OPEN) &&
	    (coder_state_act(code) || coder_charged(code, dv->lemma)) && strcmp(code, "075")) {
		/* "the head of the NGO was arrested in Moscow": the authorities of the
		 * place took someone there, one of its people as far as the text says */
		const char *pl = coder_place_country(c, v->end, end);
		char src[8], tgt[8];
		if (!pl && !strncmp(code, "081", 3)) {
			/* "the curfew in Djibouti was lifted": a restriction eased
			 * where its own phrase, the subject, says */
			int k = v->start;
			while (k > 0 && k > v->start - 8 && !is_boundary(c, k - 1) &&
			       !c->is_verb[k - 1] && !is_punct(c, k - 1, ',') &&
			       !is_tok(c, k - 1, "who") && !is_tok(c, k - 1, "which") &&
			       !is_tok(c, k - 1, "that"))
				k--;
			if (k == 0 || is_boundary(c, k - 1) || (c->fc[k - 1] & FC_SAY))
				pl = coder_place_country(c, k, v->start);
		}
		if (!pl)
			return 0;
		snprintf(src, sizeof(src), "%.3sGOV", pl);
		snprintf(tgt, sizeof(tgt), "%.3sCVL", pl);
		return coder_push_event(c, x, src, "", tgt, "", cameo_lookup(code), vi, neg, mod,
					coder_pattern_text(x, dv->lemma, best ? best->text : NULL));
	}
	if (!ns && !by_phrase && passive && (d->flags & DICT_F_OPEN) &&
	    (coder_mutual(code) || !strcmp(code, "0871")) &&
	    (a = between_parties(c, subj, v->end, end, srcs)) >= 2) {
		/* "an agreement was reached between Iran and Iraq", "a ceasefire between
		 * the rebels and the army was signed": the parties, with each other */
		memcpy(tgts, srcs, sizeof(int) * (size_t)a);
		ns = nt = a;
	}
	if (!ns && !nt && !by_phrase && passive && (d->flags & DICT_F_OPEN) && c->pair[0][0] &&
	    !c->clause_of[v->start] && pair_deed(code, dv->lemma) &&
	    (subj < 0 || !c->units[subj].ncodes) &&
	    !coder_third_country(c, c->pair[0], c->pair[1])) {
		/* "the agreement was signed on Tuesday" in a document about two countries
		 * (its pair) and no other: an agreement, talks or a truce of the two */
		pat_text = coder_pattern_text(x, dv->lemma, best ? best->text : NULL);
		if (!pat_text)
			return -ERR_NOMEM;
		for (a = 0; a < 2; a++)
			if ((rc = coder_push_event(c, x, c->pair[a], "", c->pair[!a], "",
						   cameo_lookup(code), vi, neg, mod, pat_text)))
				return rc;
		return 0;
	}
	if (!ns || !nt)
		return 0;
	pat_text = coder_pattern_text(x, dv->lemma, best ? best->text : NULL);
	if (!pat_text)
		return -ERR_NOMEM;
	for (a = 0; a < ns; a++) {
		const struct unit *S = &c->units[srcs[a]];
		const char *st;
		int sc;
		if (!S->ncodes)
			continue;
		st = coder_unit_text(c, x, srcs[a]);
		for (b = 0; b < nt; b++) {
			const struct unit *T = &c->units[tgts[b]];
			const char *tt;
			int tc;
			if (!T->ncodes || (srcs[a] == tgts[b] && T->ncodes < 2))
				continue;
			tt = coder_unit_text(c, x, tgts[b]);
			if (!st || !tt)
				return -ERR_NOMEM;
			for (sc = 0; sc < S->ncodes; sc++)
				for (tc = 0; tc < T->ncodes; tc++) {
					if (T->docfill &&
					    !coder_domestic(S->codes[sc], T->codes[tc]) &&
					    !coder_home_words(c, S, T, S->codes[sc], T->codes[tc],
							      code, v->end))
						continue; /* a role's country from the document: domestic only */
					if (S->docfill && !T->docfill &&
					    coder_has_role(S->codes[sc], "GOV") &&
					    (coder_reaction(code) || !strncmp(code, "02", 2)) &&
					    strlen(T->codes[tc]) == 3 &&
					    coder_state_named(c, tgts[b]) &&
					    !strncmp(S->codes[sc], T->codes[tc], 3))
						continue; /* "the government condemned China": a state's
							   * agents react to another state by its name;
							   * the document's country guessed is wrong */
					if ((d->flags & DICT_F_OPEN) && S->docfill &&
					    coder_vehicle_at(c, S->end - 1) &&
					    !is_tok(c, S->end - 1, "bomber") &&
					    !is_tok(c, S->end - 1, "bombers") &&
					    (coder_doc_tied(c) ||
					     coder_third_country(c, S->codes[sc], T->codes[tc])) &&
					    strncmp(S->codes[sc], T->codes[tc], 3))
						continue; /* "building hit by drone" in a headline
							   * naming three countries once each, or
							   * naming others than the guess */
					if ((d->flags & DICT_F_OPEN) && strlen(T->codes[tc]) == 3 &&
					    !strncmp(S->codes[sc], T->codes[tc], 3) &&
					    coder_national_good(c, tgts[b]))
						continue; /* "standing up for Danish interests": no party */
					if (v->root01 && (d->flags & DICT_F_OPEN) &&
					    coder_has_role(T->codes[tc], "MED"))
						continue; /* "told US media": the press, not a party */
					rc = coder_push_event(c, x, S->codes[sc], st, T->codes[tc],
							      tt, cameo_lookup(code), vi, neg, mod,
							      pat_text);
					if (rc)
						return rc;
					if (rcode[0] && strcmp(rcode, "---") &&
					    cameo_lookup(rcode)) {
						rc = coder_push_event(c, x, T->codes[tc], tt,
								      S->codes[sc], st,
								      cameo_lookup(rcode), vi, neg,
								      mod, pat_text);
						if (rc)
							return rc;
					}
				}
		}
		/* compound sources in the same unit: "officials in Arnor and Gondor" */
	}
	return 0;
}

/*
 * A demand (100) of each actor of tgts by each actor of srcs, made now;
 * with `own` a country's demand of itself ("the minister said Brazil
 * should") is no demand. `pattern` names the phrasing that found it.
 */
int coder_push_demands(struct coder *c, struct ctx *x, const int *srcs, int ns, const int *tgts,
		       int nt, int vi, int neg, int own, const char *pattern)
{
	const char *pat = arena_strdup(&x->out->arena, pattern);
	int a, b, rc;
	if (!pat)
		return -ERR_NOMEM;
	for (a = 0; a < ns; a++) {
		const struct unit *S = &c->units[srcs[a]];
		const char *st = coder_unit_text(c, x, srcs[a]);
		if (!st)
			return -ERR_NOMEM;
		for (b = 0; b < nt; b++) {
			const struct unit *T = &c->units[tgts[b]];
			const char *tt = coder_unit_text(c, x, tgts[b]);
			int sc, tc;
			if (!tt)
				return -ERR_NOMEM;
			for (sc = 0; sc < S->ncodes; sc++)
				for (tc = 0; tc < T->ncodes && !S->docfill && !T->docfill; tc++) {
					if (own && strlen(T->codes[tc]) == 3 &&
					    !strncmp(S->codes[sc], T->codes[tc], 3))
						continue;
					if ((rc = coder_push_event(c, x, S->codes[sc], st,
								   T->codes[tc], tt,
								   cameo_lookup("100"), vi, neg,
								   MOD_ASSERTED, pat)))
						return rc;
				}
		}
	}
	return 0;
}

/*
 * "Chile called for Peru to withdraw", "calls for the envoy to be expelled":
 * calling for another actor to act (or to be acted on) is a demand of it
 * (100), not an appeal (02) to it, made now; a call negated or under a modal
 * keeps its own reading, and a country's call on itself ("the minister called
 * for Chile to act") is no demand. The call at token `ct` gives its subject;
 * its appeal to the same actor gives way.
 */
static int code_call_for(struct coder *c, struct ctx *x, int vi, int ct, int tu,
			 const char *pattern)
{
	int gi = coder_verb_index_at(c, ct), srcs[MAX_GROUP], tgts[MAX_GROUP], ns, nt, neg = 0, k;
	struct vinfo *g;
	if (gi < 0 || gi == vi)
		return 0;
	g = &c->verbs[gi];
	if (g->subject < 0 || !c->units[g->subject].ncodes || c->units[g->subject].docfill ||
	    c->units[tu].docfill)
		return 0;
	for (k = ct - 1; k >= 0 && (is_adverb(c, k) ||
				    (c->fc[k] & (FC_DO | FC_HAVE | FC_BE | FC_NEG | FC_MODAL)));
	     k--)
		if (c->fc[k] & (FC_NEG | FC_MODAL))
			return 0; /* "did not call for", "may call for": the call's own mood */
	ns = coder_group(c, g->subject, -1, srcs, MAX_GROUP);
	nt = coder_group(c, tu, -1, tgts, MAX_GROUP);
	if (g->nevents && g->first_event >= 0) {
		const struct event *e = &x->out->v[g->first_event];
		if (e->modality != MOD_ASSERTED)
			return 0;
		neg = e->negated;
		coder_drop_verb_events(c, x, g);
	}
	return coder_push_demands(c, x, srcs, ns, tgts, nt, gi, neg, 1, pattern);
}

/*
 * "Russia told Ukraine to withdraw", "Turkey ordered Greece to remove its ships":
 * telling or ordering another actor to act is a demand of it (100), as a call for it
 * is; where the verb's own pattern coded something more than a statement ("ordered
 * the envoy to leave": an expulsion) that stays.
 */
static int code_told_to(struct coder *c, struct ctx *x, int vi, int ct, int tu)
{
	int gi = coder_verb_index_at(c, ct), rc, k = ct - 1;
	struct vinfo *g;
	while (k >= 0 && is_adverb(c, k))
		k--;
	if (gi < 0 || gi == vi || (k >= 0 && (c->fc[k] & FC_TO)))
		return 0; /* "called on a court to order the government to stop": only
			   * asked for */
	g = &c->verbs[gi];
	if (g->nevents && g->first_event >= 0 && strncmp(x->out->v[g->first_event].code, "01", 2))
		return 0;
	if (c->units[tu].docfill) {
		/* "Colombia's president told the rebel commanders to": the ones told
		 * take the teller's country, which the sentence names */
		const struct unit *S = g->subject >= 0 ? &c->units[g->subject] : NULL;
		if (!S || !S->ncodes || S->docfill ||
		    strncmp(S->codes[0], c->units[tu].codes[0], 3) ||
		    (coder_state_role(c->units[tu].codes[0]) &&
		     !coder_has_role(c->units[tu].codes[0], "REB")))
			return 0; /* not "Trump ordered the Navy to help": a state's
				   * command to its own agents */
		c->units[tu].docfill = 0;
		rc = code_call_for(c, x, vi, ct, tu, "tell * to");
		c->units[tu].docfill = 1;
	} else
		rc = code_call_for(c, x, vi, ct, tu, "tell * to");
	if (!rc && g->nevents && g->first_event >= 0 &&
	    !strcmp(x->out->v[g->first_event].code, "100"))
		g->root01 = 0; /* a demand, which what it asks for does not replace */
	return rc;
}

/*
 * Verb vi is "told", "ordered" or "instructed" with an actor and "to" after it whose
 * verb no dictionary knows ("told Ukraine to hurry", "tells NASA to get moving"):
 * the demand as where the verb is known (code_told_to, which coder_code_want calls
 * from a known infinitive).
 */
int coder_code_told(struct coder *c, struct ctx *x, int vi)
{
	static const char *const orders[] = { "told",   "tells",      "ordered",
					      "orders", "instructed", "instructs" };
	int k = c->verbs[vi].end, u, w;
	if (c->verbs[vi].end != c->verbs[vi].start + 1 || !TOK_IN(c, c->verbs[vi].start, orders))
		return 0;
	while ((size_t)k < c->n && (c->fc[k] & FC_DET))
		k++;
	if ((size_t)k >= c->n || (u = c->unit_of[k]) < 0 || c->units[u].start != k ||
	    !c->units[u].ncodes)
		return 0;
	k = c->units[u].end;
	if ((size_t)k + 1 >= c->n || !(c->fc[k] & FC_TO))
		return 0;
	w = k + 1;
	if (!is_plain_word(c, w) || is_adverb(c, w) || coder_verb_index_at(c, w) >= 0)
		return 0; /* a known verb: coder_code_want */
	return code_told_to(c, x, -1, c->verbs[vi].start, u);
}

/*
 * "Beijing wants Trump to eliminate the tariffs": wanting another actor to
 * act is a demand of it (100), made now, whatever the act wanted. The verb
 * vi is the infinitive; its governor "want(s)" with the actor asked before
 * the "to", the wanting actor before the governor.
 */
int coder_code_want(struct coder *c, struct ctx *x, int vi)
{
	static const char *const orders[] = { "told",   "tells", "tell",       "ordered",
					      "orders", "order", "instructed", "instructs" };
	int t = c->verbs[vi].start - 1, g, s, neg = 0, srcs[MAX_GROUP], tgts[MAX_GROUP], ns, nt;
	const struct unit *U;
	while (t >= 0 && is_adverb(c, t))
		t--;
	if (t >= 1 && is_tok(c, t, "be"))
		t--; /* "called for the envoy to be expelled" */
	if (t < 1 || !(c->fc[t] & FC_TO) || c->unit_of[t - 1] < 0)
		return 0;
	U = &c->units[c->unit_of[t - 1]];
	if (U->end != t || !U->ncodes)
		return 0;
	g = U->start - 1;
	while (g >= 0 && (c->fc[g] & (FC_DET | FC_POSS)))
		g--;
	if (U->docfill && !(g >= 0 && TOK_IN(c, g, orders)))
		return 0;
	if (g >= 1 && is_tok(c, g, "for") &&
	    (is_tok(c, g - 1, "call") || is_tok(c, g - 1, "calls") || is_tok(c, g - 1, "called") ||
	     is_tok(c, g - 1, "calling")))
		return code_call_for(c, x, vi, g - 1, c->unit_of[t - 1], "call * (FOR) to");
	if (g >= 0 && TOK_IN(c, g, orders))
		return code_told_to(c, x, vi, g, c->unit_of[t - 1]);
	if (!(is_tok(c, g, "wants") || is_tok(c, g, "want") || is_tok(c, g, "wanted")))
		return 0;
	for (s = g - 1; s >= 0 && (is_adverb(c, s) || (c->fc[s] & (FC_DO | FC_HAVE | FC_NEG))); s--)
		if (c->fc[s] & FC_NEG)
			neg = 1;
	if (s < 0 || c->unit_of[s] < 0 || c->units[c->unit_of[s]].end != s + 1)
		return 0;
	ns = coder_group(c, c->unit_of[s], -1, srcs, MAX_GROUP);
	nt = coder_group(c, c->unit_of[t - 1], -1, tgts, MAX_GROUP);
	return coder_push_demands(c, x, srcs, ns, tgts, nt, vi, neg, 0, "want * to");
}

void coder_remove_events(struct event_list *l, size_t from, size_t n)
{
	if (!n)
		return;
	memmove(&l->v[from], &l->v[from + n], (l->n - from - n) * sizeof(*l->v));
	l->n -= n;
}

/* Verb v's events taken back; the verbs whose events follow them move up. */
void coder_drop_verb_events(struct coder *c, struct ctx *x, struct vinfo *v)
{
	int m;
	coder_remove_events(x->out, (size_t)v->first_event, (size_t)v->nevents);
	for (m = 0; m < c->nverbs; m++)
		if (c->verbs[m].first_event > v->first_event)
			c->verbs[m].first_event -= v->nevents;
	v->nevents = 0;
	v->first_event = -1;
}

/*
 * "The Russian shelling of Kharkiv killed five people": the deed coded with no target
 * (the people killed) is the one the sentence codes with its target (the shelling of
 * Kharkiv), by the same actor at the same root; the one with no target goes. Events
 * of the sentence from `x->sent_first`; the verbs whose events follow move up.
 */
void coder_drop_untargeted_repeats(struct coder *c, struct ctx *x)
{
	struct event_list *l = x->out;
	size_t k, j;
	int m;
	for (k = x->sent_first; k < l->n;) {
		const struct event *e = &l->v[k];
		int dup = 0;
		if (!e->target[0] && e->source[0])
			for (j = x->sent_first; j < l->n && !dup; j++)
				dup = j != k && l->v[j].target[0] &&
				      !strcmp(l->v[j].source, e->source) &&
				      !strcmp(l->v[j].root, e->root) && event_counted(&l->v[j]) &&
				      event_counted(e);
		if (!dup) {
			k++;
			continue;
		}
		coder_remove_events(l, k, 1);
		for (m = 0; m < c->nverbs; m++) {
			struct vinfo *v = &c->verbs[m];
			if (v->first_event < 0)
				continue;
			if ((size_t)v->first_event > k)
				v->first_event--;
			else if ((size_t)v->first_event + (size_t)v->nevents > k && v->nevents &&
				 !--v->nevents)
				v->first_event = -1;
		}
	}
}
