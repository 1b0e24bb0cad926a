/*
 * coder_spans.c: the event coder's first steps: the words of a sentence read as
 * tokens (verb or noun by their neighbours, names, capitals) and the phrase trie's
 * longest matches made spans (actor, agent, verb or discard).
 */
#include "analyse/coder_internal.h"

#include "util/banned.h"

/* ---- spans ---- */

static int noun_context(const struct coder *c, int i)
{
	int p = i - 1;
	if (p < 0)
		return 0;
	if (c->fc[p] & (FC_DET | FC_POSS))
		return 1;
	if (is_tok(c, p, "'s") || is_tok(c, p, "'"))
		return 1;
	if (c->span_of[p] >= 0 && (c->spans[c->span_of[p]].kind == PAY_ACTOR ||
				   c->spans[c->span_of[p]].kind == PAY_AGENT))
		return 1;
	if (c->t[p].kind == TOK_NUM)
		return 1;
	return 0;
}

/*
 * An -s form after an actor and before "of" is a plural noun: "U.S. imports
 * of goods"; "Iran warns of" is a verb. ("Israeli strikes on Iranian
 * depots" stays a verb: the nominal event has its actors where a verb's
 * would be.)
 */
static int noun_after_actor(const struct coder *c, int i)
{
	static const char *const verbs_of[] = { "warns",  "speaks", "complains", "approves",
						"thinks", "dreams", "accuses",   "consists" };
	size_t j = (size_t)i + 1;
	if (j >= c->n || !is_tok(c, (int)j, "of"))
		return 0;
	return !STR_AMONG(c->t[i].norm, verbs_of);
}

/*
 * An -s form at i after a nationality adjective (the actor span a: "Nepalese", "U.S.",
 * not "Nepal") and before "in" or "at" and a place, an actor or a name ("Nepalese guards
 * in Kabul were killed", "Russian escorts at Tartus"), is the people's plural noun: the
 * adjective takes no verb. An event noun of nominal.txt ("Israeli strikes in Gaza") is
 * left to the reading of event nouns; "Pakistan guards its border" keeps its verb.
 */
static int plural_at_place(const struct coder *c, const struct span *a, int i)
{
	int j = i + 1, k = i + 2, s = c->span_of[i];
	int32_t p;
	if ((size_t)k >= c->n || !(is_tok(c, j, "in") || is_tok(c, j, "at")) ||
	    a->start + a->len != i || !coder_adjective_span(c, a) || (c->fc[i] & FC_SAY))
		return 0;
	for (p = s >= 0 ? c->spans[s].pay : -1; p >= 0; p = c->d->pays[p].next)
		if (nominal_pay(c->d, p))
			return 0;
	while ((size_t)k < c->n && (c->fc[k] & FC_DET))
		k++;
	if ((size_t)k >= c->n)
		return 0;
	return (c->span_of[k] >= 0 && c->spans[c->span_of[k]].kind == PAY_ACTOR) ||
	       (c->t[k].kind == TOK_WORD && (c->t[k].flags & TOKF_CAP) && !c->fc[k]);
}

/*
 * A headline's present tense after a subject whose head is a noun no dictionary
 * makes an actor: "Indian army chief visits Sri Lanka", "Russian missile strike
 * kills 14". The -s form at i follows a noun phrase that opens the sentence with
 * no article, made of actors, roles, event nouns and lower-case words, with an
 * actor or role among them, and an object opens after it: an actor, a name, a
 * determiner, a possessive or a number ("Iranian army attacks on Kurds" and
 * "the Indian army chief visits" are nouns).
 */
static int headline_present(const struct coder *c, int i)
{
	int q = i - 1, actors = 0, j = i + 1, s;
	if (!(c->d->flags & DICT_F_OPEN) || (size_t)j >= c->n ||
	    (c->span_of[q] >= 0 && c->spans[c->span_of[q]].kind != PAY_VERB))
		return 0;
	if (!(c->unit_of[j] >= 0 || (c->t[j].flags & TOKF_CAP) || c->t[j].kind == TOK_NUM ||
	      (c->fc[j] & (FC_DET | FC_POSS))))
		return 0;
	while (q >= 0) {
		s = c->span_of[q];
		if (s >= 0 && (c->spans[s].kind == PAY_ACTOR || c->spans[s].kind == PAY_AGENT)) {
			actors++;
			q = c->spans[s].start - 1;
		} else if (s >= 0 && c->spans[s].kind == PAY_VERB && c->spans[s].form != VF_ED &&
			   c->spans[s].form != VF_ING)
			q = c->spans[s].start - 1; /* "missile strike", "airstrike" */
		else if (s < 0 && c->t[q].kind == TOK_WORD && !(c->t[q].flags & TOKF_CAP) &&
			 !c->fc[q])
			q--;
		else
			return 0;
	}
	return actors > 0 && c->t[i - 1].kind == TOK_WORD && !(c->t[i - 1].flags & TOKF_CAP);
}

/* Is the verb phrase at token i (form) used as a verb here? */
int coder_skip_paren_left(const struct coder *c, int p)
{
	if (p >= 0 && is_punct(c, p, ')')) {
		int q = p - 1;
		while (q >= 0 && !is_punct(c, q, '(') && p - q < 12)
			q--;
		if (q >= 0 && is_punct(c, q, '('))
			return q - 1;
	}
	return p;
}

/*
 * Nouns that head a compound whose first word is an event verb's base form:
 * "trade talks", "attack drones", "protest leaders", "strike group".
 */
static int compound_head(const struct coder *c, int i)
{
	static const char *const heads[] = {
		"talks",      "negotiations", "negotiators", "war",        "wars",
		"deal",       "deals",        "agreement",   "agreements", "pact",
		"dispute",    "disputes",     "tensions",    "ties",       "relations",
		"partners",   "partner",      "deficit",     "policy",     "barriers",
		"route",      "routes",       "union",       "unions",     "bloc",
		"zone",       "helicopter",   "helicopters", "drone",      "drones",
		"aircraft",   "jets",         "movement",    "leaders",    "organisers",
		"organizers", "group",        "groups",      "site",       "sites",
		"camp",       "camps",        "surplus",     "volumes",    "figures",
		"data",       "minister",     "ministers",   "freedom",    "freedoms",
		"conference", "conferences",  "secretary",   "briefing",   "officer",
	};
	/* verbs that are nouns as often: "break relations" stays a verb */
	static const char *const firsts[] = { "trade",   "attack",   "strike", "protest",
					      "rally",   "march",    "aid",    "fire",
					      "station", "raid",     "test",   "boycott",
					      "peace",   "security", "arms",   "press" };
	if (i < 1 || (size_t)i >= c->n || c->t[i].kind != TOK_WORD)
		return 0;
	return STR_AMONG(c->t[i - 1].norm, firsts) && STR_AMONG(c->t[i].norm, heads);
}

/*
 * "footage showed Iranian soldiers firing at protesters": an -ing form after
 * the actor object of a verb of seeing is that actor's act. p is the token
 * before the -ing form; the actor's noun phrase ends there.
 */
static int seen_doing(const struct coder *c, int p)
{
	static const char *const seeing[] = { "show",    "shows",    "showed",   "shown",
					      "showing", "saw",      "see",      "sees",
					      "watched", "filmed",   "captured", "depict",
					      "depicts", "depicted", "heard" };
	int q = p, k = 0;
	if (!(c->d->flags & DICT_F_OPEN) || c->span_of[p] < 0 ||
	    (c->spans[c->span_of[p]].kind != PAY_ACTOR &&
	     c->spans[c->span_of[p]].kind != PAY_AGENT))
		return 0;
	while (q >= 0 && k < 6) {
		if (TOK_IN(c, q, seeing))
			return 1;
		if (!((c->span_of[q] >= 0 && (c->spans[c->span_of[q]].kind == PAY_ACTOR ||
					      c->spans[c->span_of[q]].kind == PAY_AGENT)) ||
		      (c->fc[q] & (FC_DET | FC_POSS)) || is_tok(c, q, "'s") || is_plain_word(c, q)))
			return 0;
		q--;
		k++;
	}
	return 0;
}

/*
 * "is committed to releasing", "is open to resuming talks", "looks forward to
 * signing": `to` is the "to" before an -ing form whose governor states an
 * intent, as the same words do before an infinitive, so that the gerund is the
 * act intended, in the governor's mood. "committed", "dedicated", "devoted"
 * only after "be" (the verb "committed to", "remains committed to", codes its
 * own intent), "open" after "be" or "remain" ("said it was open to working
 * with"). The governor's index, or -1.
 */
int coder_intent_gerund(const struct coder *c, int to)
{
	static const char *const intent[] = { "committed", "dedicated", "devoted", "open" };
	static const char *const look[] = { "look", "looks", "looked", "looking" };
	int q = to - 1, g;
	const struct token *v;
	if (!(c->d->flags & DICT_F_OPEN) || to < 1 || (size_t)to + 1 >= MAXT ||
	    (size_t)to + 1 >= c->n || !(c->fc[to] & FC_TO))
		return -1;
	v = &c->t[to + 1];
	if (v->kind != TOK_WORD || v->nlen < 5 || strcmp(v->norm + v->nlen - 3, "ing"))
		return -1;
	while (q >= 0 && is_adverb(c, q))
		q--;
	if (q < 0)
		return -1;
	if (is_tok(c, q, "forward"))
		return q > 0 && TOK_IN(c, q - 1, look) ? q - 1 : -1;
	if (!TOK_IN(c, q, intent))
		return -1;
	g = q--;
	while (q >= 0 && (is_adverb(c, q) || (c->fc[q] & FC_NEG)))
		q--;
	if (q >= 0 && (c->fc[q] & FC_BE))
		return g;
	return q >= 0 && is_tok(c, g, "open") &&
			       (!strncmp(c->t[q].norm, "remain", 6) || is_tok(c, q, "stays") ||
				is_tok(c, q, "stayed"))
		       ? g
		       : -1;
}

/*
 * "imposed coordinated sanctions on", "threatened renewed attacks": a
 * one-word -ed form at i right after a verb (token p, the verb's last word)
 * with a word after it that opens no phrase of its own (no preposition,
 * determiner, pronoun, conjunction or auxiliary) is an adjective of that
 * noun, the object of the verb before it, not a verb of its own.
 */
static int attributive_after_verb(const struct coder *c, int p, int i)
{
	const uint32_t opens = FC_PREP | FC_DET | FC_POSS | FC_CONJ | FC_TO | FC_THAT | FC_REL |
			       FC_SUBORD | FC_PRON | FC_OBJPRON | FC_BE | FC_HAVE | FC_MODAL |
			       FC_NEG | FC_DO;
	const struct span *v;
	if (c->span_of[p] < 0 || c->span_of[i] < 0 || (size_t)i + 1 >= c->n)
		return 0;
	static const char *const counts[] = { "one",      "two",       "three",   "four",
					      "five",     "six",       "seven",   "eight",
					      "nine",     "ten",       "dozens",  "scores",
					      "hundreds", "thousands", "several", "many",
					      "some",     "all",       "both",    "most" };
	v = &c->spans[c->span_of[p]];
	if (v->kind != PAY_VERB || v->start + v->len != p + 1 || v->form == VF_ING ||
	    !c->is_verb[p] || c->spans[c->span_of[i]].len != 1)
		return 0;
	return c->t[i + 1].kind == TOK_WORD && !(c->fc[i + 1] & opens) &&
	       !(c->t[i + 1].flags & TOKF_CAP) && !TOK_IN(c, i + 1, counts);
}

/*
 * "three wounded soldiers were taken", "treated injured Palestinian children",
 * "cared for wounded villagers", "Wounded Syrian children were brought": a
 * one-word form at i that ends in -ed (not "alleged") whose next word is a noun (a lower-case word that
 * opens no phrase, or an actor or a role) is that noun's adjective when what
 * stands before it (token p, adverbs skipped; -1 at the sentence's start) is
 * a number or a count, a preposition, a verb, or nothing: no subject can come
 * between, so it is no verb ("the blast killed 12 and wounded 40" has "and").
 */
static int attributive_ed(const struct coder *c, int p, int i)
{
	static const char *const counts[] = { "one",   "two",    "three",    "four",      "five",
					      "six",   "seven",  "eight",    "nine",      "ten",
					      "dozen", "dozens", "hundreds", "thousands", "several",
					      "many",  "more",   "other",    "some",      "few" };
	/* past tenses that take an object and end in no -ed */
	static const char *const carried[] = { "took",  "brought", "drove", "sent",
					       "flew",  "found",   "saw",   "left",
					       "held",  "gave",    "led",   "fed",
					       "bring", "take",    "carry", "evacuate" };
	const uint32_t opens = FC_PREP | FC_DET | FC_POSS | FC_CONJ | FC_TO | FC_THAT | FC_REL |
			       FC_SUBORD | FC_PRON | FC_OBJPRON | FC_BE | FC_HAVE | FC_MODAL |
			       FC_NEG | FC_DO;
	int k = i + 1, s;
	if (c->span_of[i] < 0 || c->spans[c->span_of[i]].len != 1 || (size_t)k >= c->n ||
	    c->t[k].kind != TOK_WORD || c->t[i].nlen < 5 ||
	    strcmp(c->t[i].norm + c->t[i].nlen - 2, "ed") || is_tok(c, i, "alleged"))
		return 0; /* "over alleged corruption": an accusation told */
	s = c->span_of[k];
	if (s >= 0 ? !((c->spans[s].kind == PAY_ACTOR || c->spans[s].kind == PAY_AGENT) &&
		       c->spans[s].start == k)
		   : ((c->fc[k] & opens) || (c->t[k].flags & TOKF_CAP) || is_adverb(c, k)))
		return 0;
	if (p < 0)
		return 1;
	if (c->t[p].kind == TOK_NUM || TOK_IN(c, p, counts))
		return 1;
	if ((c->fc[p] & FC_PREP) && !(c->fc[p] & (FC_SUBORD | FC_CONJ | FC_TO)))
		return 1;
	if (is_plain_word(c, p) && !(c->t[p].flags & TOKF_CAP) &&
	    ((c->t[p].nlen > 4 && !strcmp(c->t[p].norm + c->t[p].nlen - 2, "ed")) ||
	     TOK_IN(c, p, carried)))
		return 1; /* "medics treated injured children", "drove wounded troops" */
	return c->span_of[p] >= 0 && c->spans[c->span_of[p]].kind == PAY_VERB &&
	       c->spans[c->span_of[p]].start + c->spans[c->span_of[p]].len == p + 1 &&
	       c->spans[c->span_of[p]].form != VF_ING && c->is_verb[p];
}

/*
 * "does not support forced or coerced relocations": an -ed word at i after
 * "or"/"and" (token p) and another -ed word that a determiner, a
 * preposition or a verb stands before, with a plain noun after it, is an
 * adjective of that noun, not a deed.
 */
static int attributive_pair(const struct coder *c, int p, int i)
{
	const struct token *t;
	int q = p - 1;
	if (!(c->fc[p] & FC_CONJ) || q < 1 || (size_t)i + 1 >= c->n || !is_plain_word(c, i + 1))
		return 0;
	t = &c->t[q];
	if (t->kind != TOK_WORD || (t->flags & TOKF_CAP) || t->nlen < 4 ||
	    strcmp(t->norm + t->nlen - 2, "ed"))
		return 0;
	return (c->fc[q - 1] & (FC_DET | FC_POSS | FC_PREP)) ||
	       (c->span_of[q - 1] >= 0 && c->spans[c->span_of[q - 1]].kind == PAY_VERB);
}

/*
 * The -ing word at token i, after a comma, opens a participle clause when an
 * object follows it at once: a determiner, a possessive, an object pronoun
 * or an actor ("..., accusing the US of meddling", "..., urging them to");
 * not an event noun in a list ("air strikes, shelling and raids").
 */
static int comma_participle(const struct coder *c, int i)
{
	int j = c->span_of[i] >= 0 ? c->spans[c->span_of[i]].start + c->spans[c->span_of[i]].len
				   : i + 1;
	int q;
	if ((size_t)j >= c->n)
		return 0;
	if ((is_tok(c, j, "to") || is_tok(c, j, "with")) && (size_t)j + 1 < c->n) {
		/* "..., talking to Peru about trade" */
		q = j + 1 + ((c->fc[j + 1] & FC_DET) != 0);
		if ((size_t)q >= c->n || c->span_of[q] < 0 ||
		    (c->spans[c->span_of[q]].kind != PAY_ACTOR &&
		     c->spans[c->span_of[q]].kind != PAY_AGENT))
			return 0;
	} else if (!((c->fc[j] & (FC_DET | FC_POSS | FC_OBJPRON)) || c->span_of[j] >= 0) &&
		   !((c->d->flags & DICT_F_OPEN) && is_plain_word(c, j) &&
		     !(c->t[j].flags & TOKF_CAP) && !is_adverb(c, j) && (size_t)j + 1 < c->n &&
		     c->span_of[j + 1] >= 0))
		return 0; /* "..., drawing sharp criticism from": an adjective, then the
			   * object's noun */
	/* "..., quietly settling the dispute has taken years": a gerund, the subject */
	for (q = j; (size_t)q < c->n && !is_punct(c, q, ',') && !is_boundary(c, q) &&
		    !(c->fc[q] & (FC_CONJ | FC_PRON | FC_REL | FC_THAT | FC_SUBORD));
	     q++)
		if (TOK_IN(c, q, finite_aux))
			return 0;
	if (is_punct(c, q, ',')) {
		/* "Rojas, speaking to the press, praised ...": an aside between the
		 * subject and its verb */
		for (q++; (size_t)q < c->n && is_adverb(c, q); q++)
			;
		if ((size_t)q < c->n && c->span_of[q] >= 0 &&
		    c->spans[c->span_of[q]].kind == PAY_VERB)
			return 0;
	}
	return 1;
}

/* a text someone issues: "issued a statement condemning the attack" */
static const char *const text_nouns[] = { "statement",   "statements",  "letter",      "letters",
					  "speech",      "message",     "messages",    "communique",
					  "communiques", "declaration", "declarations" };

/*
 * "by" at token i names the author of a report, not the agent of a passive: "were
 * killed, a statement by the UN said", "a report by Amnesty".
 */
int coder_report_by(const struct coder *c, int i)
{
	static const char *const reports[] = { "report", "reports", "tweet",   "tweets",
					       "study",  "survey",  "tally",   "count",
					       "post",   "posts",   "estimate" };
	return i > 0 && (TOK_IN(c, i - 1, text_nouns) || TOK_IN(c, i - 1, reports));
}

/*
 * The -ing word at token i follows a text noun and opens a participle clause
 * that says what the text does ("released a statement condemning Peru",
 * "sent a letter thanking Chile"): its subject is the issuer's.
 */
int coder_text_participle(const struct coder *c, int i)
{
	int p = i - 1;
	return (c->d->flags & DICT_F_OPEN) && p > 0 && TOK_IN(c, p, text_nouns) &&
	       comma_participle(c, i);
}

/* after "including" or "such as": a deed listed */
int coder_listing_word(const struct coder *c, int p)
{
	return is_tok(c, p, "including") ||
	       (p > 0 && is_tok(c, p, "as") && is_tok(c, p - 1, "such"));
}

/*
 * "a set of steps by Chile's government, including closing the border",
 * "Beijing's steps, such as imposing": a deed listed after
 * "including" or "such as" (the gerund at vstart) is done by the agent ("by
 * X") or the possessor ("X's moves") of the noun before the list. Its unit,
 * or -1 (then the gerund is a noun: "charges of crimes including killing").
 */
int coder_listed_agent(const struct coder *c, int vstart)
{
	int p = vstart - 1, k;
	if (p < 0 || !coder_listing_word(c, p))
		return -1;
	p -= is_tok(c, p, "as") ? 2 : 1;
	if (p >= 0 && is_punct(c, p, ','))
		p--;
	for (k = 0; p >= 0 && k < 8 && !is_boundary(c, p) && !c->is_verb[p] && !is_punct(c, p, ',');
	     k++, p--) {
		int u = c->unit_of[p], b;
		if (u < 0)
			continue;
		b = c->units[u].start - 1;
		if (b > 0 && (c->fc[b] & FC_DET))
			b--;
		if (is_tok(c, b, "by"))
			return u;
		if (is_tok(c, c->units[u].end, "'s"))
			return u;
		p = c->units[u].start;
	}
	return -1;
}

/*
 * A gerund at vstart right after "including" or "such as" ("a series of moves
 * by Washington, including recognising"): the start of the nearest verb
 * before the list in its sentence part, or -1.
 */
int coder_listed_under(const struct coder *c, int vstart)
{
	int p = vstart - 1;
	if (p < 0 || !coder_listing_word(c, p))
		return -1;
	for (p = p - 1; p >= 0 && !is_boundary(c, p); p--)
		if (c->is_verb[p])
			return c->span_of[p] >= 0 ? c->spans[c->span_of[p]].start : p;
	return -1;
}

/*
 * "Japan joined Germany in condemning the attack": the gerund at i after "in" and the
 * actor (or noun phrase) a form of "join" takes is the joiner's act, with its subject and
 * mood; the one joined acts alongside and is no target. The token of "join", or -1.
 */
int coder_joined_in(const struct coder *c, int i)
{
	static const char *const joins[] = { "join", "joins", "joined", "joining" };
	int q, k;
	if (!(c->d->flags & DICT_F_OPEN) || i < 3 || !is_tok(c, i - 1, "in"))
		return -1;
	for (q = i - 2, k = 0; q > 0 && k < 8; q--, k++) {
		if (TOK_IN(c, q - 1, joins))
			return (c->unit_of[q] >= 0 ||
				(c->fc[q] & (FC_DET | FC_POSS | FC_OBJPRON)) || is_plain_word(c, q))
				       ? q - 1
				       : -1;
		if (!(c->unit_of[q] >= 0 || (c->fc[q] & (FC_DET | FC_POSS | FC_CONJ)) ||
		      is_plain_word(c, q) || is_punct(c, q, ',') || is_tok(c, q, "'s")))
			return -1;
	}
	return -1;
}

/*
 * A gerund at token i right after "by" that names the means of a verb before
 * it in its clause ("responded by expelling the envoy", "could retaliate on
 * Friday by cutting aid"): the start of that verb's span, or -1. Not after a
 * passive ("were killed by shelling", "people displaced by fighting in the
 * north": the agent is unnamed), nor inside a gerund's or an event noun's
 * phrase ("accused Peru of provoking it by shelling", "acts of aggression by
 * invading": the accused deed); a verb the dictionaries do not hold ("began
 * the day by meeting") leaves the -ing form a noun.
 */
int coder_means_verb(const struct coder *c, int i)
{
	const struct span *sp;
	int q, r, e, verb;
	int32_t p;
	if (!(c->d->flags & DICT_F_OPEN) || i < 2 || !is_tok(c, i - 1, "by"))
		return -1;
	for (q = i - 2; q >= 0 && !is_boundary(c, q); q--) {
		if ((c->fc[q] & (FC_REL | FC_THAT | FC_SUBORD)) || is_punct(c, q, ';') ||
		    is_tok(c, q, "of"))
			return -1;
		if (coder_ing_word(c, q)) {
			r = q - 1;
			if (r >= 0 && is_punct(c, r, '"'))
				r--;
			if (!(r >= 0 && (c->fc[r] & (FC_DET | FC_POSS))))
				return -1; /* the means of a gerund: "charged them with
					    * undermining it by", "accused Egypt of crushing
					    * dissent by", "denied provoking Russia by" (a
					    * noun stays: "answered the ruling by") */
		}
		if (c->span_of[q] < 0 || c->spans[c->span_of[q]].kind != PAY_VERB)
			continue;
		sp = &c->spans[c->span_of[q]];
		if (sp->start > 0 && coder_ing_word(c, sp->start - 1))
			continue; /* a gerund's object: "crushing dissent by" */
		for (verb = 0, p = sp->pay; p >= 0; p = c->d->pays[p].next)
			if (!nominal_pay(c->d, p) && c->d->pays[p].kind == PAY_VERB)
				verb = 1;
		if (!verb || (sp->start > 0 && (c->fc[sp->start - 1] & (FC_DET | FC_POSS)))) {
			q = sp->start;
			continue; /* a noun: "inflamed the dispute by" */
		}
		if (sp->form == VF_ING)
			return -1;
		r = sp->start - 1;
		while (r >= 0 && (is_adverb(c, r) || (c->fc[r] & FC_HAVE)))
			r--;
		if (sp->form == VF_ED && r >= 0 && (c->fc[r] & FC_BE))
			return -1; /* a passive: "was hit by shelling" */
		if (sp->form == VF_ED && sp->start + sp->len == i - 1 &&
		    !(r >= 0 && (c->fc[r] & FC_HAVE)) &&
		    (e = c->span_of[i] >= 0 ? i + c->spans[c->span_of[i]].len : i + 1) >= 0 &&
		    ((size_t)e >= c->n || c->t[e].kind == TOK_PUNCT ||
		     (c->fc[e] & (FC_PREP | FC_CONJ | FC_SUBORD))))
			return -1; /* a reduced passive: "civilians displaced by fighting in
				    * the north"; a means takes its object ("responded by
				    * firing tear gas") */
		return sp->start;
	}
	return -1;
}

/*
 * The actor or agent whose span ends at token p opens no clause but sits inside
 * a noun phrase that a determiner or possessive opens, read leftwards over
 * adjectives, nouns, numbers and other actors ("a police", "the state TV",
 * "Peru's Canal 4 TV"): 2 when that determiner is singular (a, an, this,
 * each, every, another), 1 for any other, 3 when a preposition or the start of
 * the sentence opens it instead, 0 when none opens it; *at is where it opens.
 */
static int det_np(const struct coder *c, int p, int *at)
{
	static const char *const singular[] = { "a", "an", "this", "each", "every", "another" };
	int q = p, k;
	for (k = 0; q >= 0 && k < 8; k++) {
		int s = c->span_of[q];
		*at = q;
		if (s >= 0 && (c->spans[s].kind == PAY_ACTOR || c->spans[s].kind == PAY_AGENT)) {
			q = c->spans[s].start - 1;
			continue;
		}
		if (TOK_IN(c, q, singular))
			return 2;
		if ((c->fc[q] & (FC_DET | FC_POSS)) || is_tok(c, q, "'s") || is_tok(c, q, "'"))
			return 1;
		/* "at police stations in Tokyo": a preposition's object */
		if ((c->fc[q] & FC_PREP) && !(c->fc[q] & (FC_TO | FC_SUBORD)) &&
		    !is_tok(c, q, "of"))
			return 3;
		if (!(is_plain_word(c, q) || c->t[q].kind == TOK_NUM || is_punct(c, q, '-')))
			return 0;
		q--;
	}
	/* the sentence's first noun phrase: "Danish TV stations aired" */
	*at = 0;
	return q < 0 ? 3 : 0;
}

/*
 * Token j is a past tense: a known -ed verb or a lower-case -ed word that is
 * no attribute of a word after it ("cited the minister", "cited Iranian
 * officials"; not "armed groups", "forced or coerced relocations").
 */
static int past_after(const struct coder *c, int j)
{
	const struct token *t = &c->t[j];
	int s = c->span_of[j], k;
	if (t->kind != TOK_WORD || (t->flags & TOKF_CAP) || c->fc[j])
		return 0;
	if (s >= 0 && c->spans[s].kind == PAY_VERB)
		k = c->spans[s].form == VF_ED ? c->spans[s].start + c->spans[s].len : -1;
	else
		k = s < 0 && t->nlen > 4 && !strcmp(t->norm + t->nlen - 2, "ed") ? j + 1 : -1;
	if (k < 0)
		return 0;
	return (size_t)k >= c->n ||
	       !(is_plain_word(c, k) || (c->fc[k] & FC_CONJ) ||
		 (c->span_of[k] >= 0 && c->spans[c->span_of[k]].kind == PAY_AGENT));
}

/*
 * An -s form at i after an actor or role (the span r), right before a past tense, is the
 * actor's plural noun and the past tense its verb: "Chinese coast guard ships fired at",
 * "Turkish boats blocked Greek boats"; one finite verb does not follow another. After an
 * actor, "Iran frees detained Americans" keeps its verb: the participle describes the people
 * after it, an actor or role that ends its noun phrase. After a role noun, before any past
 * tense of a verb ("coast guard ships detained Somali fishermen", "fired water cannon"), the
 * -s form is the compound's noun.
 */
static int plural_before_past(const struct coder *c, const struct span *r, int i)
{
	int j = i + 1, s, k;
	if ((size_t)j >= c->n || (c->fc[i] & FC_SAY))
		return 0;
	s = c->span_of[j];
	if (r->kind == PAY_AGENT && !(c->t[r->start + r->len - 1].flags & TOKF_CAP) && s >= 0 &&
	    c->spans[s].kind == PAY_VERB && c->spans[s].form == VF_ED &&
	    !(c->t[j].flags & TOKF_CAP))
		return 1; /* "coast guard ships fired water cannon" */
	if (!past_after(c, j))
		return 0;
	k = s >= 0 ? c->spans[s].start + c->spans[s].len : j + 1;
	while ((size_t)k < c->n && c->span_of[k] >= 0 &&
	       (c->spans[c->span_of[k]].kind == PAY_ACTOR ||
		c->spans[c->span_of[k]].kind == PAY_AGENT)) {
		const struct span *a = &c->spans[c->span_of[k]];
		k = a->start + a->len;
		if ((size_t)k >= c->n || !is_plain_word(c, k))
			return 0; /* "frees detained Americans", "jailed Greek soldiers" */
	}
	return 1;
}

/*
 * The unit u opens its sentence (or a clause after a colon) with no article, as a
 * headline's subject does ("Belarus frees", "Kenya slams").
 */
int coder_bare_subject(const struct coder *c, int u)
{
	int s = c->units[u].start;
	return !(c->fc[s] & FC_DET) && (s == 0 || is_punct(c, s - 1, ':'));
}

/*
 * The words from j open a verb's object: a determiner or possessive, a number, or a
 * participle that is an attribute of the noun after it ("frees jailed opposition
 * figure"): "Belarus frees a dissident" is a verb, where "Iranian demands were met" and
 * "Iraqi attacks on Kurds" are nouns.
 */
int coder_object_opens(const struct coder *c, int j)
{
	const struct token *t;
	if (j < 0 || (size_t)j >= c->n)
		return 0;
	t = &c->t[j];
	if (c->fc[j] & (FC_DET | FC_POSS))
		return 1;
	if (t->kind == TOK_NUM)
		return 1;
	return t->kind == TOK_WORD && (c->title || !(t->flags & TOKF_CAP)) && !c->fc[j] &&
	       t->nlen > 4 && !strcmp(t->norm + t->nlen - 2, "ed") && (size_t)j + 1 < c->n &&
	       (is_plain_word(c, j + 1) ||
		(c->span_of[j + 1] >= 0 && c->spans[c->span_of[j + 1]].kind == PAY_AGENT)) &&
	       !past_after(c, j);
}

/*
 * After a noun phrase that a determiner opens, a base or -s form is the noun
 * phrase's head, not its verb, when the determiner is singular and the form a
 * base ("a police station": a singular subject takes the -s form), when a
 * base form stands before a preposition, a punctuation mark or the end ("the
 * police station in Quito", "attacked the police station."), or when a
 * finite verb or a verb of saying follows it ("the state TV stations aired",
 * "its TV station quoted", "the TV stations reported"). After a
 * preposition's object ("protesters in India protest over") only a
 * punctuation mark, the end, a finite verb or a verb of saying makes it a
 * noun ("at police stations, ..."); so after a verb of demand, whose clause's base form
 * is a subjunctive ("demanded that the president resign").
 */
static int np_head(const struct coder *c, int p, int i, int form)
{
	int det, j = i + 1, at = -1, weak;
	if (form != VF_BASE && form != VF_S)
		return 0;
	if (!(det = det_np(c, p, &at)))
		return 0;
	weak = det == 3;
	if (form == VF_BASE && (coder_demand_that(c, at - 1) || TOK_IN(c, at - 1, demand_verbs)))
		return (size_t)j < c->n && (TOK_IN(c, j, finite_aux) || past_after(c, j));
	if (det == 2 && form == VF_BASE)
		return 1;
	if ((size_t)j >= c->n)
		return form == VF_BASE || weak;
	/* a verb of saying: "said", "reported", "told" (not "saying") */
	if (TOK_IN(c, j, finite_aux) ||
	    ((c->fc[j] & FC_SAY) &&
	     !(c->t[j].nlen > 4 && !strcmp(c->t[j].norm + c->t[j].nlen - 3, "ing"))))
		return 1;
	if (past_after(c, j))
		return 1;
	/* "IMF approves $3 billion loan": a sum opens the verb's object */
	if (c->t[j].kind == TOK_PUNCT && (size_t)j + 1 < c->n && c->t[j + 1].kind == TOK_NUM &&
	    (is_tok(c, j, "$") || is_tok(c, j, "\xc2\xa3") || is_tok(c, j, "\xe2\x82\xac")))
		return 0;
	if (c->t[j].kind == TOK_PUNCT && !is_punct(c, j, '"'))
		return form == VF_BASE || weak;
	return form == VF_BASE && !weak && (c->fc[j] & FC_PREP) && !(c->fc[j] & FC_TO);
}

/*
 * An -s form at i right after a role noun (the agent span a: "police", "army",
 * "border") is the second noun of a compound, not a verb, when a preposition,
 * a conjunction, a relative word, a punctuation mark or the sentence's end
 * follows it ("attacked two police stations in", "army bases, schools") and
 * the role noun could not be its subject: a plural ("police", "rebels": the
 * verb would take no -s), or a noun phrase that a number or a word of
 * quantity opens ("two army bases") or that stands after a verb or a
 * preposition ("shelled border posts in", "near army bases."). "The army
 * advances on the city" stays a verb. An event noun of nominal.txt is left to the
 * reading of event nouns.
 */
static int role_compound(const struct coder *c, const struct span *a, int i)
{
	static const char *const plural[] = { "police", "people", "personnel" };
	static const char *const counts[] = { "two",   "three",   "four",   "five",    "six",
					      "seven", "eight",   "nine",   "ten",     "dozens",
					      "many",  "several", "more",   "other",   "numerous",
					      "some",  "few",     "scores", "hundreds" };
	const struct token *h = &c->t[a->start + a->len - 1];
	/* a word that is also a role ("forces", "guards") is tested before its span is
	 * set; the word after the -s form may be a phrasal verb's particle ("patrols in") */
	int s = c->span_of[i], j = i + 1, q;
	int32_t p;
	/* the role ends the span in lower case ("Chilean police" may be one actor); a
	 * capital is a name's ("Navy Seals", "Army Rangers") */
	if ((a->kind != PAY_AGENT && a->kind != PAY_ACTOR) ||
	    ((h->flags & TOKF_CAP) && a->start + a->len - 1 > 0))
		return 0;
	for (p = s >= 0 ? c->spans[s].pay : -1; p >= 0; p = c->d->pays[p].next)
		if (nominal_pay(c->d, p))
			return 0; /* an event noun ("terrorist attacks in") is read as one */
	if ((size_t)j < c->n && !(c->t[j].kind == TOK_PUNCT && !is_punct(c, j, '"')) &&
	    !((c->fc[j] & (FC_PREP | FC_CONJ | FC_REL | FC_THAT)) && !(c->fc[j] & FC_TO)))
		return 0;
	if (STR_AMONG(h->norm, plural) ||
	    (h->nlen > 3 && h->norm[h->nlen - 1] == 's' && h->norm[h->nlen - 2] != 's'))
		return 1;
	q = a->start - 1;
	while (q >= 0 &&
	       (is_plain_word(c, q) || is_punct(c, q, '-') ||
		(c->span_of[q] >= 0 && c->spans[c->span_of[q]].kind == PAY_ACTOR)) &&
	       !TOK_IN(c, q, counts))
		q--;
	if (q < 0)
		return 0;
	/* a verb before it (spans are read before verbs are marked) */
	return c->t[q].kind == TOK_NUM || TOK_IN(c, q, counts) || c->is_verb[q] ||
	       (c->span_of[q] >= 0 && c->spans[c->span_of[q]].kind == PAY_VERB) ||
	       (c->fc[q] & (FC_PREP | FC_TO));
}

/*
 * Token i is the "of" of "the process of" whose gerund is the act under way: governed by a
 * verb of beginning, going on or ending ("began the process of withdrawing", "completed
 * the process of") or by "in" ("is in the process of withdrawing"). The governing word's
 * index, or -1.
 */
int coder_process_of(const struct coder *c, int i)
{
	static const char *const govs[] = { "begin",      "began",    "begun",     "begins",
					    "beginning",  "start",    "started",   "starts",
					    "starting",   "continue", "continued", "continues",
					    "continuing", "complete", "completed", "completes",
					    "completing", "finish",   "finished",  "finishes",
					    "finishing",  "in" };
	int g = i - 3;
	if (g < 0 || !is_tok(c, i, "of") || !is_tok(c, i - 1, "process") ||
	    !is_tok(c, i - 2, "the"))
		return -1;
	return TOK_IN(c, g, govs) ? g : -1;
}

/*
 * "raised the possibility of suspending talks", "floated the prospect of
 * cutting aid", "hinted at the possibility of": token i is the "of" after a
 * possibility or prospect that a word of raising or hinting brings up. The
 * act after it is only weighed in public, as after "considering". The
 * raising word's token, or -1.
 */
int coder_possibility_of(const struct coder *c, int i)
{
	static const char *const raises[] = { "raise",  "raises",   "raised",   "raising",
					      "float",  "floats",   "floated",  "floating",
					      "broach", "broached", "broaches", "broaching",
					      "hint",   "hints",    "hinted",   "hinting" };
	static const char *const chances[] = { "possibility", "prospect", "option", "spectre",
					       "specter" };
	int g;
	if (i < 3 || !is_tok(c, i, "of") || !TOK_IN(c, i - 1, chances))
		return -1;
	g = i - 2;
	if (c->fc[g] & FC_DET)
		g--;
	if (g > 0 && (is_tok(c, g, "at") || is_tok(c, g, "towards") || is_tok(c, g, "toward")))
		g--; /* "hinted at the possibility of" */
	while (g >= 0 && is_adverb(c, g))
		g--;
	return g >= 0 && TOK_IN(c, g, raises) ? g : -1;
}

/*
 * The deed at token i (a gerund or an event noun, a determiner before it) follows
 * "responsibility for" that a word before it claims, takes, accepts or admits: "Hamas claimed responsibility for the attack on", "took responsibility for
 * shooting down". The deed is the claimer's, told as done. The claiming word's token,
 * or -1.
 */
static int claim_word(const struct coder *c, int i)
{
	static const char *const claims[] = { "claim",  "claims",   "claimed",  "claiming",
					      "take",   "takes",    "took",     "taken",
					      "taking", "accept",   "accepted", "accepts",
					      "admit",  "admitted", "admits",   "bear",
					      "bears",  "bore" };
	int p = i - 1;
	while (p >= 0 && (c->fc[p] & (FC_DET | FC_POSS)))
		p--;
	if (p < 2 || !is_tok(c, p, "for") || !is_tok(c, p - 1, "responsibility"))
		return -1;
	p -= 2;
	while (p >= 0 && (c->fc[p] & (FC_DET | FC_POSS)))
		p--;
	if (p >= 1 && c->t[p].kind == TOK_WORD && !TOK_IN(c, p, claims) && !(c->fc[p] & ~FC_ADV))
		p--; /* "claimed full responsibility" */
	return p >= 0 && TOK_IN(c, p, claims) ? p : -1;
}

/* the verb whose words hold the claiming word of the deed at token i (claim_word), or -1 */
int coder_claimed_deed(const struct coder *c, int i)
{
	int k, p = claim_word(c, i);
	if (p < 0)
		return -1;
	for (k = c->nverbs - 1; k >= 0; k--)
		if (c->verbs[k].start <= p && p < c->verbs[k].end)
			return c->verbs[k].subject >= 0 ? k : -1;
	return -1;
}

/*
 * The actor phrase starting at token a is the object of an event verb right before it
 * (past determiners), a verb of no saying: "struck Hezbollah targets". 1 if so.
 */
static int object_head_s(const struct coder *c, int a)
{
	int r = a - 1;
	while (r >= 0 && (c->fc[r] & FC_DET))
		r--;
	return r >= 0 && c->is_verb[r] && !(c->fc[r] & (FC_SAY | FC_BE | FC_HAVE | FC_MODAL)) &&
	       c->span_of[r] >= 0 && c->spans[c->span_of[r]].kind == PAY_VERB;
}

int coder_verb_ok(const struct coder *c, int i, int form)
{
	int p = i - 1;
	if (form == VF_BASE && compound_head(c, i + 1))
		return 0; /* "trade talks", "Iranian attack drones": a noun */
	while (p >= 0 && is_adverb(c, p))
		p--;
	p = coder_skip_paren_left(c, p);
	if (p > 0 && is_punct(c, p, ',') && form == VF_BASE) {
		/* "did, in fact, discuss", "will, however, attack": the word
		 * before the parenthetical */
		int q = p - 1;
		while (q > 0 && q > p - 6 && !is_punct(c, q, ',') && !is_boundary(c, q))
			q--;
		if (q > 0 && is_punct(c, q, ',') && coder_parenthetical(c, q + 1, p) &&
		    (c->fc[q - 1] & (FC_MODAL | FC_DO)))
			p = q - 1;
	}
	if ((c->d->flags & DICT_F_OPEN) && form == VF_ED && p >= 0 && coder_reported_be(c, p))
		return 1; /* "were confirmed killed", "were found beaten" */
	if ((c->d->flags & DICT_F_OPEN) && form == VF_ED && attributive_ed(c, p, i))
		return 0;
	if (p < 0)
		return form == VF_ED || form == VF_BASE;
	if (c->fc[p] & (FC_DET | FC_POSS))
		return 0;
	if (is_tok(c, p, "'s") || is_tok(c, p, "'"))
		return 0;
	if ((c->d->flags & DICT_F_OPEN) && form == VF_ED &&
	    (attributive_pair(c, p, i) || attributive_after_verb(c, p, i)))
		return 0;
	switch (form) {
	case VF_ED: return 1;
	case VF_ING: /* "were protesting", "began protesting", "considering suspending" */
		if ((c->d->flags & DICT_F_OPEN) && is_punct(c, p, ',') && comma_participle(c, i))
			return 1; /* "rejected the report, accusing the US of meddling" */
		if ((c->d->flags & DICT_F_OPEN) && coder_listing_word(c, p))
			return coder_listed_agent(c, i) >= 0; /* "moves by Washington, including
							 * recognising" */
		if (coder_text_participle(c, i))
			return 1; /* "issued a statement condemning the attack" */
		if (coder_means_verb(c, i) >= 0)
			return 1; /* "responded by expelling the envoy" */
		if (coder_joined_in(c, i) >= 0)
			return 1; /* "joined Germany in condemning the attack" */
		if ((c->d->flags & DICT_F_OPEN) && coder_process_of(c, p) >= 0)
			return 1; /* "began the process of withdrawing its troops" */
		if ((c->d->flags & DICT_F_OPEN) && coder_possibility_of(c, p) >= 0)
			return 1; /* "raised the possibility of suspending talks" */
		if ((c->d->flags & DICT_F_OPEN) && claim_word(c, i) >= 0)
			return 1; /* "claimed responsibility for shooting down" */
		if (coder_intent_gerund(c, p) >= 0)
			return 1; /* "is committed to releasing the prisoners" */
		return (c->fc[p] & (FC_BE | FC_CTRL | FC_WEIGH)) != 0 || seen_doing(c, p);
	case VF_BASE:
		if (c->fc[p] & (FC_TO | FC_MODAL | FC_DO | FC_NEG | FC_PRON | FC_HAVE))
			return 1;
		break;
	case VF_S:
		if (c->fc[p] & FC_PRON)
			return 1;
		break;
	}
	/* present tense after the subject: "Arnor and Gondor welcome", "Iran denies";
	 * but "U.S. imports of goods", "Iranian attacks on" are nouns */
	if (c->span_of[p] >= 0 && (c->spans[c->span_of[p]].kind == PAY_ACTOR ||
				   c->spans[c->span_of[p]].kind == PAY_AGENT)) {
		/* "with Russian support", "amid Iranian attacks": the actor's
		 * noun phrase is a preposition's object, the word its head ("the
		 * Embassy of Uruguay commends", "after Serbian army fire": verbs) */
		const struct span *a = &c->spans[c->span_of[p]];
		int q = a->start - 1;
		if ((c->d->flags & DICT_F_OPEN) && q >= 0 &&
		    (is_tok(c, q, "with") || is_tok(c, q, "amid") || is_tok(c, q, "despite") ||
		     is_tok(c, q, "against") || is_tok(c, q, "without") || is_tok(c, q, "over")))
			return 0;
		/* "the Greek and Cypriot claims": two actors take "claim", not
		 * "claims"; the -s form after a pair is a noun */
		if ((c->d->flags & DICT_F_OPEN) && form == VF_S && q > 0 && is_tok(c, q, "and") &&
		    c->span_of[q - 1] >= 0 &&
		    (c->spans[c->span_of[q - 1]].kind == PAY_ACTOR ||
		     c->spans[c->span_of[q - 1]].kind == PAY_AGENT))
			return 0;
		/* "the police force since 2006", "against the NATO force.": "force"
		 * takes an object as a verb; with none after it, it is the
		 * compound's noun */
		if ((c->d->flags & DICT_F_OPEN) && form == VF_BASE && is_tok(c, i, "force") &&
		    ((size_t)i + 1 >= c->n || c->t[i + 1].kind == TOK_PUNCT ||
		     (c->fc[i + 1] & (FC_PREP | FC_CONJ | FC_REL | FC_THAT | FC_SUBORD)) ||
		     (c->fc[i + 1] & (FC_MODAL | FC_BE | FC_HAVE))))
			return 0;
		/* "Israel struck Hezbollah targets in Lebanon": the actor is the object of
		 * a verb before it, so the -s form after it is that object's head, not a
		 * second verb of the clause ("Syria says Israel attacks" reports one) */
		if ((c->d->flags & DICT_F_OPEN) && form == VF_S && object_head_s(c, a->start))
			return 0;
		/* "beside a police station in Quito": the noun phrase's head */
		if (np_head(c, p, i, form))
			return 0;
		if ((c->d->flags & DICT_F_OPEN) && form == VF_S && role_compound(c, a, i))
			return 0;
		if ((c->d->flags & DICT_F_OPEN) && form == VF_S && plural_before_past(c, a, i))
			return 0;
		if ((c->d->flags & DICT_F_OPEN) && form == VF_S && plural_at_place(c, a, i))
			return 0;
		return !(form == VF_S && noun_after_actor(c, i));
	}
	/* a name ("Peru's TV station quoted": a noun); in a headline in title case a word the
	 * dictionaries know is no name for its capital ("Hezbollah Fires Rockets") */
	if (c->t[p].kind == TOK_WORD && (c->t[p].flags & TOKF_CAP) && !c->fc[p] && p > 0 &&
	    !(c->title && c->span_of[p] >= 0 && c->spans[c->span_of[p]].kind == PAY_VERB))
		return !np_head(c, p, i, form);
	return form == VF_S && p == i - 1 && headline_present(c, i);
}

/*
 * A capitalised word inside a sentence that is not a headline in title case
 * is part of a name ("the Joint Border Guard Forces", "US Trade
 * Representative"), not a verb.
 */
int coder_name_word(const struct coder *c, int i)
{
	const struct token *p;
	if (i <= 0 || c->title || !(c->t[i].flags & TOKF_CAP) || (c->t[i].flags & TOKF_ALLCAPS))
		return 0;
	p = &c->t[i - 1];
	if (p->kind == TOK_PUNCT && (p->norm[0] == '"' || p->norm[0] == '\'' || p->norm[0] == ':' ||
				     p->norm[0] == '-' || p->norm[0] == '(' || p->norm[0] == '['))
		return 0;
	return 1;
}

/*
 * every content word of three letters or more has a capital, and three words after the
 * first do: a headline in title case ("Cuba Denounces New US Restrictions", "Serbia
 * Demands Apology From Croatia"; "Lavrov met Blinken in Geneva" is none)
 */
int coder_title_case(const struct coder *c)
{
	size_t i, words = 0;
	for (i = 1; i < c->n; i++) {
		if (c->t[i].kind != TOK_WORD || c->t[i].nlen < 3)
			continue;
		if (!(c->t[i].flags & TOKF_CAP)) {
			if (!c->fc[i])
				return 0;
		} else
			words++;
	}
	return words >= 3;
}

/* a proper name starts at i: its first word after "the" has a capital */
static int capital_at(const struct coder *c, size_t i, size_t last)
{
	if (i < last && (c->fc[i] & FC_DET))
		i++;
	/* "al Qaeda", "el Sisi": the Arabic article is written in lower case */
	if ((c->d->flags & DICT_F_OPEN) && i < last &&
	    (is_tok(c, (int)i, "al") || is_tok(c, (int)i, "el")))
		i++;
	return (c->t[i].flags & TOKF_CAP) != 0;
}

/* a node of the trie that holds an event noun (nominal.txt) */
static int node_nominal(const struct dict *d, int32_t node)
{
	int32_t p;
	for (p = d->node_pay[node]; p >= 0; p = d->pays[p].next)
		if (nominal_pay(d, p))
			return 1;
	return 0;
}

/* the verb form a span at this node reads as (as find_spans chooses it), or -1 */
static int node_vform(const struct dict *d, int32_t node)
{
	int32_t p;
	int vform = -1;
	for (p = d->node_pay[node]; p >= 0; p = d->pays[p].next)
		if (d->pays[p].kind == PAY_VERB && (vform < 0 || d->pays[p].form == VF_ED))
			vform = d->pays[p].form;
	return vform;
}

/* 1 when the lower-case word w names a weekday or a month */
int coder_calendar_word(const char *w)
{
	return STR_AMONG(w, date_weekday_names) || STR_AMONG(w, date_month_names);
}

/* a capitalised word no dictionary knows, which may be a person's name (no day or month) */
int coder_unknown_name(const struct coder *c, int i)
{
	const struct token *t;
	if (i < 0 || (size_t)i >= c->n)
		return 0;
	t = &c->t[i];
	if (t->kind != TOK_WORD || !(t->flags & TOKF_CAP) || (t->flags & TOKF_ABBREV) ||
	    t->nlen < 3 || t->norm[0] < 'a' || t->norm[0] > 'z' || c->fc[i] || c->wid[i] >= 0 ||
	    c->alt[i] >= 0)
		return 0;
	return !coder_calendar_word(t->norm);
}

/*
 * A word of a person's name at token i where no dictionary phrase covers it: a capitalised
 * word no dictionary knows, or, inside a sentence, one that only some longer phrase holds
 * ("Ana" of an office holder's name, "Cruz" of a place's, alone here). Given names and
 * surnames are often such words.
 */
int coder_person_word(const struct coder *c, int i)
{
	const struct token *t;
	if (coder_unknown_name(c, i))
		return 1;
	if (i < 0 || (size_t)i >= c->n || c->span_of[i] >= 0 || !coder_name_word(c, i))
		return 0;
	t = &c->t[i];
	return t->kind == TOK_WORD && !(t->flags & TOKF_ABBREV) && t->nlen >= 3 &&
	       t->norm[0] >= 'a' && t->norm[0] <= 'z' && !c->fc[i] && !coder_calendar_word(t->norm);
}

/* the memory entry of the surname at token i ("Rojas said"), or -1 */
static int name_memory(const struct coder *c, int i)
{
	int k;
	const struct token *t;
	if (!c->nnames || i < 0 || (size_t)i >= c->n)
		return -1;
	/* a remembered surname: any capitalised word, also one that opens the sentence */
	t = &c->t[i];
	if (t->kind != TOK_WORD || !(t->flags & TOKF_CAP) ||
	    (t->flags & (TOKF_ABBREV | TOKF_ALLCAPS)) || c->fc[i] ||
	    t->nlen >= sizeof(c->names[0].word))
		return -1;
	for (k = 0; k < c->nnames; k++)
		if (!strcmp(c->names[k].word, c->t[i].norm))
			return c->names[k].actor >= 0 ? k : -1;
	return -1;
}

/*
 * The country every code of an actor (dictionary index a) names, in cc, when all its codes
 * are one country's: each of six letters, a country and a role, the role `role` when that is
 * given (a party: "PTY"), else any role of a country the coder knows ("National Guard" USAMIL,
 * "Congress" USALEG); with role "" the codes may be of any length, the country alone too (a
 * person: "King Abdullah" SAU, SAUGOV, SAUELI). 0 when it is something else.
 */
static int one_country_codes(const struct dict *d, int32_t a, const char *role, char cc[4])
{
	const struct dactor *A;
	uint16_t k;
	if (a < 0 || (size_t)a >= d->nactors)
		return 0;
	A = &d->actors[a];
	if (!A->n)
		return 0;
	for (k = 0; k < A->n; k++) {
		const char *code = d->codes[A->first + k].code;
		char c3[4];
		snprintf(c3, sizeof(c3), "%.3s", code);
		if ((role && !*role ? strlen(code) < 3 : strlen(code) != 6) ||
		    (role && *role ? strcmp(code + 3, role) != 0 : !coder_country_code(c3)) ||
		    (k && strcmp(c3, cc)))
			return 0;
		memcpy(cc, c3, 4);
	}
	return 1;
}

/*
 * A party's name that does not say its country ("Democratic Party": USAPTY) is another
 * country's party when a qualifier names it: another capitalised word before it ("Peoples
 * Democratic Party"), a country's possessive ("South Korea's Democratic Party") or "of" and
 * a name after it ("Democratic Party of Japan"). The actor at dictionary index a spans
 * tokens [i, i + len). 1 if so.
 */
static int party_elsewhere(const struct coder *c, int32_t a, size_t i, size_t len)
{
	char cc[4];
	if (!one_country_codes(c->d, a, "PTY", cc))
		return 0;
	if (i > 0 && c->t[i - 1].kind == TOK_WORD && (c->t[i - 1].flags & TOKF_CAP) &&
	    !c->fc[i - 1] && c->span_of[i - 1] < 0 && i - 1 > 0 &&
	    !(c->t[i - 2].kind == TOK_PUNCT && c->t[i - 2].norm[0] != ','))
		return 1; /* "Peoples Democratic Party", not the sentence's first word */
	return i + len + 1 < c->n && is_tok(c, (int)(i + len), "of") &&
	       (c->t[i + len + 1].flags & TOKF_CAP); /* "Democratic Party of Japan" */
}

/* a country (code cc) some word of tokens [i, i + len) names by itself: "Chinese" */
static int names_country(const struct coder *c, size_t i, size_t len)
{
	const struct dict *d = c->d;
	size_t t;
	int32_t nd, p;
	for (t = i; t < i + len && t < c->n; t++) {
		nd = c->wid[t] >= 0 ? dict_child(d, 0, c->wid[t]) : -1;
		for (p = nd >= 0 ? d->node_pay[nd] : -1; p >= 0; p = d->pays[p].next)
			if (d->pays[p].kind == PAY_ACTOR)
				return 1;
	}
	return 0;
}

/* The agent (role) payload of the one word w as a dictionary phrase, or -1. */
static int32_t word_agent(const struct dict *d, int32_t w)
{
	int32_t nd = w >= 0 ? dict_child(d, 0, w) : -1, p;
	for (p = nd >= 0 ? d->node_pay[nd] : -1; p >= 0; p = d->pays[p].next)
		if (d->pays[p].kind == PAY_AGENT)
			return p;
	return -1;
}

/*
 * A body whose name does not say its country ("National Guard": USAMIL, "Congress":
 * USALEG) is another country's body of that role when that country's possessive or
 * adjective stands right before it ("Ukraine's National Guard", "the Mexican Congress").
 * With `person`, the actor is a titled name of one country's office-holder ("King
 * Abdullah": SAU) and the test is the same ("Jordan's King Abdullah" is another king).
 * The actor at dictionary index a starts at token i. 1 if so.
 */
static int body_elsewhere(const struct coder *c, int32_t a, size_t i, size_t len, int person)
{
	const struct dict *d = c->d;
	const char *code = NULL;
	char cc[4];
	int p = (int)i - 1;
	if (!one_country_codes(d, a, person ? "" : NULL, cc) ||
	    (len > 1 && names_country(c, i, len)))
		return 0; /* "U.S. Army" says its country */
	if (p >= 0 && is_tok(c, p, "'s"))
		p--;
	if (p >= 0 && c->span_of[p] >= 0) {
		const struct span *q = &c->spans[c->span_of[p]];
		if (q->kind == PAY_ACTOR && !q->mem && q->start + q->len == p + 1 && q->idx >= 0 &&
		    (size_t)q->idx < d->nactors)
			code = dict_actor_code(d, &d->actors[q->idx], c->date_key);
	} else if (is_tok(c, (int)(i + len), "of")) {
		/* "the National Guard of Colombia": the country's name, looked up here as the
		 * spans after this one are not found yet */
		size_t t = i + len + 1, e;
		int32_t node = 0, pay;
		if (t < c->n && (c->fc[t] & FC_DET))
			t++;
		for (e = t; e < c->n && e < t + 4 && c->wid[e] >= 0 && node >= 0; e++) {
			node = dict_child(d, node, c->wid[e]);
			for (pay = node >= 0 ? d->node_pay[node] : -1; pay >= 0;
			     pay = d->pays[pay].next)
				if (d->pays[pay].kind == PAY_ACTOR && (c->t[t].flags & TOKF_CAP))
					code = dict_actor_code(d, &d->actors[d->pays[pay].idx],
							       c->date_key);
		}
	}
	return code && strlen(code) == 3 && coder_country_code(code) && strcmp(code, cc);
}

/*
 * A party whose name does not say its country ("the Democratic Party": USAPTY) in a
 * sentence that names another country, its place or its people ("held a rally in
 * Tokyo", "Japanese voters") may be any country's: it is no actor. A name that says
 * its country ("Chinese Communist Party") stays, and so does a qualified one
 * (`party_elsewhere`).
 */
static void bare_party_abroad(struct coder *c)
{
	const struct dict *d = c->d;
	char cc[4] = "", oc[4];
	int k, o, other;
	for (k = 0; k < c->nspans; k++) {
		struct span *s = &c->spans[k];
		size_t t;
		if (s->kind != PAY_ACTOR || s->mem || !one_country_codes(d, s->idx, "PTY", cc) ||
		    names_country(c, s->start, s->len))
			continue;
		for (o = 0, other = 0; o < c->nspans && !other; o++) {
			const struct dactor *A;
			uint16_t q;
			if (o == k || c->spans[o].kind != PAY_ACTOR || c->spans[o].idx < 0 ||
			    (size_t)c->spans[o].idx >= d->nactors)
				continue;
			A = &d->actors[c->spans[o].idx];
			for (q = 0; q < A->n && !other; q++) {
				snprintf(oc, sizeof(oc), "%.3s", d->codes[A->first + q].code);
				other = coder_country_code(oc) && strcmp(oc, cc);
			}
		}
		if (!other)
			continue;
		for (t = s->start; t < (size_t)s->start + s->len; t++) {
			c->span_of[t] = -1;
			c->fc[t] |= FC_NOACTOR;
		}
		memmove(s, s + 1, sizeof(*s) * (size_t)(c->nspans - k - 1));
		c->nspans--;
		for (t = 0; t < c->n; t++)
			if (c->span_of[t] > k)
				c->span_of[t]--;
		k--;
	}
}

/*
 * The one-word actor at token i (a place, a country) is a person's given name: a title
 * or a role stands right before it (a capitalised word that opens no sentence and names
 * no actor, or a role: "Sheik", "leader") and a capitalised word no dictionary knows right
 * after it ("opposition leader Sheik Sabah Hadid", "party leader Jordan Hadid"). Not in a
 * headline in title case.
 */
static int given_name_at(const struct coder *c, int i)
{
	int p = i - 1;
	if (c->title || p < 1 || !coder_unknown_name(c, i + 1))
		return 0;
	if (c->span_of[p] >= 0)
		return c->spans[c->span_of[p]].kind == PAY_AGENT;
	return c->t[p].kind == TOK_WORD && (c->t[p].flags & TOKF_CAP) && !c->fc[p];
}

void coder_find_spans(struct coder *c, int *discard, int *story_discard)
{
	const struct dict *d = c->d;
	size_t i = 0;
	c->nspans = 0;
	while (i < c->n) {
		int32_t node = 0, best = -1, nom = -1, prev = -1;
		size_t j, best_len = 0, nom_len = 0, prev_len = 0;
		for (j = i; j < c->n && j - i < d->max_phrase; j++) {
			int32_t ch = -1;
			if (c->wid[j] >= 0)
				ch = dict_child(d, node, c->wid[j]);
			if (ch < 0 && c->alt[j] >= 0)
				ch = dict_child(d, node, c->alt[j]);
			if (ch < 0)
				break;
			node = ch;
			if (d->node_pay[node] >= 0) {
				/* usable here? actors, and roles of two capitals ("PM"),
				 * need a capital letter */
				int32_t p;
				int ok = 0;
				for (p = d->node_pay[node]; p >= 0 && !ok; p = d->pays[p].next)
					if ((d->pays[p].kind != PAY_ACTOR &&
					     d->pays[p].kind != PAY_AGENT) ||
					    !(d->pays[p].flags & 1) || capital_at(c, i, j))
						ok = 1;
				if (ok) {
					prev = best;
					prev_len = best_len;
					best = node;
					best_len = j - i + 1;
				}
				if (node_nominal(d, node)) {
					nom = node;
					nom_len = j - i + 1;
				}
			}
		}
		if (best < 0) {
			int m = name_memory(c, (int)i);
			if (m >= 0) {
				struct span *s = &c->spans[c->nspans];
				memset(s, 0, sizeof(*s));
				s->start = (uint16_t)i;
				s->len = 1;
				s->kind = PAY_ACTOR;
				s->idx = c->names[m].actor;
				s->pay = -1;
				s->mem = (int16_t)(m + 1);
				c->span_of[i] = (int16_t)c->nspans++;
			}
			i++;
			continue;
		}
		/* "agreed on Thursday to", "joined in March": a particle that opens
		 * a day or a month is the date's, not a phrasal verb's */
		if ((d->flags & DICT_F_OPEN) && prev >= 0 && best_len > 1 &&
		    (is_tok(c, (int)(i + best_len - 1), "on") ||
		     is_tok(c, (int)(i + best_len - 1), "in")) &&
		    i + best_len < c->n && coder_calendar_word(c->t[i + best_len].norm)) {
			best = prev;
			best_len = prev_len;
		}
		/* "Trump's meeting with Putin": a phrasal verb ("meet with") that
		 * cannot be a verb here leaves the event noun inside it */
		if (nom >= 0 && nom != best && !node_nominal(d, best) &&
		    !coder_verb_ok(c, (int)i, node_vform(d, best))) {
			best = nom;
			best_len = nom_len;
		}
		{
			struct span *s = &c->spans[c->nspans];
			int32_t p, actor = -1, agent = -1, verb = -1, disc = -1, vform = -1;
			for (p = d->node_pay[best]; p >= 0; p = d->pays[p].next) {
				const struct dpayload *py = &d->pays[p];
				if (py->kind == PAY_ACTOR && actor < 0 &&
				    (!(py->flags & 1) || capital_at(c, i, i + best_len - 1)))
					actor = p;
				else if (py->kind == PAY_AGENT && agent < 0)
					agent = p;
				else if (py->kind == PAY_VERB) {
					/* the first entry: code_verb reads them all from it */
					if (verb < 0)
						verb = p;
					if (vform < 0 || py->form == VF_ED)
						vform = py->form;
				} else if (py->kind == PAY_DISCARD && disc < 0)
					disc = p;
			}
			memset(s, 0, sizeof(*s));
			s->start = (uint16_t)i;
			s->len = (uint16_t)best_len;
			if (disc >= 0) {
				*discard = 1;
				if (d->pays[disc].flags & 1)
					*story_discard = 1;
			}
			if (verb >= 0 && (actor >= 0 || agent >= 0) && !noun_context(c, (int)i) &&
			    !coder_name_word(c, (int)i) && coder_verb_ok(c, (int)i, vform))
				actor = agent = -1;
			if (actor >= 0 && (d->flags & DICT_F_OPEN) && agent >= 0 &&
			    body_elsewhere(c, d->pays[actor].idx, i, best_len, 0))
				actor = -1; /* "Ukraine's National Guard": the role, Ukraine's */
			if (actor >= 0 && (d->flags & DICT_F_OPEN) && agent < 0 && best_len > 1 &&
			    (agent = word_agent(d, c->wid[i])) >= 0) {
				/* "Jordan's King Abdullah": a title and a name that is another
				 * country's office-holder's; the title's role, Jordan's */
				if (body_elsewhere(c, d->pays[actor].idx, i, best_len, 1))
					actor = -1;
				else
					agent = -1;
			}
			if (actor >= 0 && (d->flags & DICT_F_OPEN) &&
			    party_elsewhere(c, d->pays[actor].idx, i, best_len)) {
				/* another country's party: the role "party", whose country
				 * its qualifier gives ("Nigeria's", "of Japan") */
				actor = -1;
				agent = word_agent(d, c->wid[i + best_len - 1]);
				if (agent < 0) {
					i += best_len;
					continue;
				}
			}
			if (actor >= 0 && (d->flags & DICT_F_OPEN) && best_len == 1 &&
			    given_name_at(c, (int)i)) {
				i += best_len; /* "opposition leader Sheik Sabah Hadid" */
				continue;
			}
			if (actor >= 0) {
				s->kind = PAY_ACTOR;
				s->idx = d->pays[actor].idx;
				s->pay = actor;
			} else if (agent >= 0) {
				s->kind = PAY_AGENT;
				s->idx = d->pays[agent].idx;
				s->pay = agent;
			} else if (verb >= 0 && coder_name_word(c, (int)i)) {
				i += best_len; /* a word of a name: "the Rapid Attack Forces" */
				continue;
			} else if (verb >= 0) {
				s->kind = PAY_VERB;
				s->form = (uint8_t)vform;
				s->pay = verb;
			} else {
				s->kind = PAY_DISCARD;
				s->pay = disc;
			}
			for (j = i; j < i + best_len; j++)
				c->span_of[j] = (int16_t)c->nspans;
			c->nspans++;
			i += best_len;
		}
	}
	if (d->flags & DICT_F_OPEN)
		bare_party_abroad(c);
}
