/*
 * coder_speech.c: what a sentence reports rather than asserts: denials, quotations
 * coded by their speaker, reported breaches and obligations.
 */
#include "analyse/coder_internal.h"

#include "util/banned.h"

/*
 * "told VOA that the Russian and Syrian defense ministry's claim is patently
 * false": a speaker who calls an actor's claims, accusations or reports (&ASSERTIONS of
 * the verb dictionaries) false (&UNTRUE) rejects them (120). The claim noun is at
 * token i; the actors are those of its noun
 * phrase (adjectives, possessors, a list of them); the speaker is the subject
 * of the statement verb the phrase reports ("X said", "X told Y"), before it,
 * or after the quotation (", X said"). Returns 0 or a negative error.
 */
int coder_code_denial(struct coder *c, struct ctx *x, int i)
{
	int accused[8], na = 0, j, k, q, say = -1, spk = -1, ok = 0, vi, rc, be = 0;
	if (!coder_syn_match(c, i, c->syn_claims))
		return 0;
	/* the predicate: "is (patently) false", "are "baseless"" */
	for (q = i + 1, ok = 0; (size_t)q < c->n && q < i + 6 && !ok; q++) {
		if (is_punct(c, q, '"') || is_adverb(c, q))
			continue;
		if (!be && (is_tok(c, q, "is") || is_tok(c, q, "are") || is_tok(c, q, "was") ||
			    is_tok(c, q, "were"))) {
			be = 1;
			continue;
		}
		if (!be)
			return 0;
		if (!(ok = coder_syn_match(c, q, c->syn_untrue) > 0))
			return 0;
	}
	if (!ok)
		return 0;
	/* the accused: the actors of the noun phrase before the noun */
	for (q = i - 1; q >= 0 && na < 8; q--) {
		int u = c->unit_of[q];
		if (u >= 0) {
			for (j = 0; j < na && accused[j] != u; j++)
				;
			if (j == na)
				accused[na++] = u;
			q = c->units[u].start;
			continue;
		}
		if (is_tok(c, q, "'s") || is_tok(c, q, "and") || is_punct(c, q, ',') ||
		    is_plain_word(c, q) || (c->fc[q] & (FC_DET | FC_POSS)))
			continue;
		break;
	}
	if (!na)
		return 0;
	/* the speaker: the statement verb that reports the phrase */
	for (k = 0; k < c->nverbs; k++) {
		const struct vinfo *v = &c->verbs[k];
		if (v->start < q + 1 &&
		    (coder_statement_verb(c, v->start) || (c->fc[v->start] & FC_SAY)))
			say = k;
	}
	if (say >= 0)
		spk = c->verbs[say].subject;
	else
		spk = coder_quote_speaker(c, i);
	if (spk < 0 || !c->units[spk].ncodes || c->units[spk].docfill)
		return 0;
	for (j = 0; j < na; j++)
		if (accused[j] == spk || c->units[accused[j]].docfill)
			return 0;
	vi = c->nverbs++;
	memset(&c->verbs[vi], 0, sizeof(c->verbs[vi]));
	c->verbs[vi].start = (uint16_t)i;
	c->verbs[vi].end = (uint16_t)i + 1;
	c->verbs[vi].subject = spk;
	c->verbs[vi].first_event = -1;
	c->verbs[vi].vow = -1;
	c->verbs[vi].np_start = i;
	for (j = 0; j < na; j++)
		if ((rc = coder_nominal_units(c, x, vi, spk, accused[j], 0, "120", "claim false")))
			return rc;
	return 0;
}

/*
 * The speaker of the quotation [a, b): named after its end ('"...," the minister said',
 * '"...," said X') or the subject of a statement verb right before its opening mark ('X
 * said: "...'). The statement verb's index goes to *say. A unit, or -1.
 */
static int quotation_speaker(const struct coder *c, int a, int b, int *say)
{
	int p, u = -1, k;
	*say = -1;
	if ((size_t)b < c->n && (u = coder_speaker_after(c, (size_t)b)) >= 0) {
		for (k = b + 1; (size_t)k < c->n && k < b + 12 && *say < 0; k++)
			if (c->fc[k] & FC_SAY)
				*say = coder_verb_index_at(c, k);
		return *say >= 0 ? u : -1;
	}
	for (p = a - 2; p >= 0 && p >= a - 4; p--) {
		if (is_punct(c, p, ':') || is_punct(c, p, ','))
			continue;
		if ((c->fc[p] & FC_SAY) && (k = coder_verb_index_at(c, p)) >= 0) {
			*say = k;
			return c->verbs[k].subject;
		}
		break;
	}
	return -1;
}

/*
 * '"... the belligerent prosecution of the United States," Hrafnsson said': a quotation
 * whose words condemn (one of `words`) and that names an actor of another country than
 * its speaker's as the owner of what it judges (a possessor, after "of" or "by", or
 * before "is"/"was" with no preposition before it), not after "with", nor as the one
 * something is done to (after "against" or "on", "by" after "suffered", "of" after a
 * deed such as "treatment" or "killing"), with no deed of its own coded, is
 * the speaker's criticism (111) of each such actor, unless the statement verb is negated
 * or hypothetical. Neither the speaker nor the actor a role given the document's
 * country.
 */
static int code_quoted_judgment(struct coder *c, struct ctx *x, int a, int b)
{
	static const char *const words[] = {
		"inhumane",      "inhuman",   "propaganda",  "belligerent", "hatred",
		"lies",          "lying",     "liar",        "liars",       "hypocrisy",
		"hypocritical",  "shameful",  "disgraceful", "outrageous",  "unacceptable",
		"irresponsible", "reckless",  "illegal",     "unlawful",    "barbaric",
		"brutal",        "brutality", "aggression",  "aggressive",  "provocation",
		"provocative",   "bullying",  "arrogant",    "arrogance",   "deplorable",
		"despicable",    "appalling", "atrocities",  "genocide",    "meddling",
		"interference",  "blackmail", "misleading",  "deceitful",   "sham",
		"slander",       "smear",     "injustice",   "oppression",  "oppressive",
		"repressive",    "tyranny",   "criminal",    "crimes",      "lawless",
	};
	/* prepositions before the ones something is done to, verbs of undergoing before
	 * "by", deed nouns whose "of" names what they are done to */
	static const char *const victim_preps[] = { "against", "on", "upon", "toward", "towards" };
	static const char *const undergone[] = { "suffered",    "endured", "faced",
						 "experienced", "borne",   "felt" };
	static const char *const done_to[] = {
		"treatment",  "mistreatment", "persecution", "killing",      "killings",
		"murder",     "murders",      "massacre",    "massacres",    "slaughter",
		"abuse",      "abuses",       "plight",      "suffering",    "torture",
		"detention",  "imprisonment", "deportation", "deportations", "expulsion",
		"starvation", "oppression",   "repression",  "bombing",      "bombardment",
		"shelling",   "invasion",     "occupation",  "annexation",   "genocide",
		"execution",  "executions",   "abduction",   "kidnapping",   "displacement",
		"arrest",     "arrests",      "targeting",   "humiliation",  "exploitation",
	};
	int sp, say, k, j, word = 0, rc, neg, be, mod, have, present, pp;
	const struct unit *S;
	const char *st;
	if (b - a < 4 || (sp = quotation_speaker(c, a, b, &say)) < 0 || say < 0)
		return 0;
	S = &c->units[sp];
	if (!S->ncodes || S->docfill || S->national || (S->start >= a && S->start < b))
		return 0;
	for (k = a; k < b && !word; k++)
		word = TOK_IN(c, k, words);
	if (!word)
		return 0;
	for (j = 0; j < c->nverbs; j++)
		if (j != say && c->verbs[j].start >= a && c->verbs[j].start < b &&
		    c->verbs[j].nevents)
			return 0; /* '"Russia attacked us brutally"': the deed, not a judgment */
	coder_aux_scan(c, c->verbs[say].start, &neg, &be, &mod, &have, &present);
	if (neg || mod == MOD_HYPOTHETICAL)
		return 0;
	if (!(st = coder_unit_text(c, x, sp)))
		return -ERR_NOMEM;
	for (k = 0; k < c->nunits; k++) {
		const struct unit *T = &c->units[k];
		const char *tt;
		int sc, tc;
		if (T->start < a || T->start >= b || T->absorbed || !T->ncodes || T->docfill ||
		    k == sp)
			continue;
		if (is_tok(c, T->start - 1, "with") ||
		    ((c->fc[T->start - 1] & FC_DET) && is_tok(c, T->start - 2, "with")))
			continue; /* "with Russian support": a helper, not the one condemned */
		for (pp = T->start - 1; pp > a && (c->fc[pp] & FC_DET); pp--)
			;
		if (TOK_IN(c, pp, victim_preps) ||
		    (is_tok(c, pp, "by") && TOK_IN(c, pp - 1, undergone)) ||
		    (is_tok(c, pp, "of") && TOK_IN(c, pp - 1, done_to)))
			continue; /* "the crimes against Ukraine's people", "the abuse suffered
				   * by Sudan's refugees", "the treatment of Ukrainian
				   * prisoners": the victims of what is judged */
		if (!is_tok(c, T->end, "'s") &&
		    !((size_t)T->end < c->n && (c->fc[T->end] & FC_BE) &&
		      !(pp >= a && (c->fc[pp] & FC_PREP))) &&
		    !is_tok(c, pp, "of") && !is_tok(c, pp, "by"))
			continue; /* whose deed or state the words judge: "Peru's raid", "the
				   * prosecution of the United States", "Moscow is lying"; not
				   * "China calls for an end to the bullying", nor a place
				   * before "is" ("the violence in the West Bank is") */
		if (!(tt = coder_unit_text(c, x, k)))
			return -ERR_NOMEM;
		for (sc = 0; sc < S->ncodes; sc++)
			for (tc = 0; tc < T->ncodes; tc++) {
				if (!strncmp(S->codes[sc], T->codes[tc], 3) ||
				    coder_have_event(x, S->codes[sc], T->codes[tc], "111"))
					continue;
				if ((rc = coder_push_event(c, x, S->codes[sc], st, T->codes[tc], tt,
							   cameo_lookup("111"), say, 0,
							   MOD_ASSERTED, "quoted judgment")))
					return rc;
			}
	}
	return 0;
}

/* each quotation of the sentence, closed or running to its end: code_quoted_judgment() */
int coder_code_quotations(struct coder *c, struct ctx *x)
{
	int q, open = -1, rc;
	for (q = 0; (size_t)q < c->n; q++) {
		if (!is_punct(c, q, '"'))
			continue;
		if (open < 0) {
			open = q + 1;
			continue;
		}
		if ((rc = code_quoted_judgment(c, x, open, q)))
			return rc;
		open = -1;
	}
	return 0;
}

/*
 * "Switzerland says Palau violated the treaties", "the complaint alleges that Chile
 * broke the law": a breach of law or norms (128) that a speaker reports as done is
 * the speaker's accusation (112) of the one who broke it, coded beside the breach.
 * The speaker is the subject of the last statement verb, or verb of alleging,
 * claiming or complaining, before the breach's subject, else the speaker a
 * quotation names; neither speaker nor breaker a role given the document's country,
 * nor the same actor.
 */
int coder_code_reported_breach(struct coder *c, struct ctx *x)
{
	static const char *const claims[] = {
		"alleged",  "alleges", "alleging",   "allege",    "claimed",     "claims",
		"claiming", "claim",   "complained", "complains", "complaining", "charged",
		"argued",   "argues",  "contended",  "contends"
	};
	static const char *const denials[] = { "no",       "deny",     "denied",     "denies",
					       "denying",  "rejected", "rejects",    "rejecting",
					       "disputed", "disputes", "dismissed",  "dismisses",
					       "doubted",  "doubts",   "questioned", "whether" };
	int j, n = c->nverbs, rc;
	for (j = 0; j < n; j++) {
		const struct vinfo *w = &c->verbs[j];
		int t = w->subject, spk, say = -1, k, m, breach = 0, vi;
		const char *st, *tt;
		if (t < 0 || w->first_event < 0 || !w->nevents || !c->units[t].ncodes)
			continue;
		for (m = 0; m < w->nevents; m++) {
			const struct event *e = &x->out->v[w->first_event + m];
			if ((!strncmp(e->code, "128", 3) || !strncmp(e->code, "196", 3)) &&
			    event_counted(e))
				breach = 1;
		}
		if (!breach)
			continue;
		for (k = 0; k < n; k++) {
			const struct vinfo *v = &c->verbs[k];
			if (k != j && v->end <= c->units[t].start &&
			    ((c->fc[v->start] & FC_SAY) || TOK_IN(c, v->start, claims)))
				say = k;
		}
		/* "After Iran said it would retaliate, Israel violated the ceasefire",
		 * "Britain said it welcomed the deal, but Iran violated it": a comma,
		 * "but", "yet" or a subordinator after the statement verb ends what it
		 * reports; the breach is the narrator's */
		for (m = say >= 0 ? c->verbs[say].end : 0; say >= 0 && m < c->units[t].start; m++)
			if (is_punct(c, m, ',') || is_punct(c, m, ';') || is_tok(c, m, "but") ||
			    is_tok(c, m, "yet") || (c->fc[m] & FC_SUBORD))
				break;
		if (say >= 0 && m < c->units[t].start)
			continue;
		spk = say >= 0 ? c->verbs[say].subject : coder_quote_speaker(c, w->start);
		/* "denied that", "rejected claims that", "said there was no evidence that":
		 * no accusation made */
		for (m = spk >= 0 && c->units[spk].start < w->start ? c->units[spk].start : 0;
		     m < w->start && spk >= 0; m++)
			if ((c->fc[m] & FC_NEG) || TOK_IN(c, m, denials))
				spk = -1;
		if (spk < 0 || spk == t || !c->units[spk].ncodes || c->units[spk].docfill ||
		    c->units[t].docfill || !strcmp(c->units[spk].codes[0], c->units[t].codes[0]) ||
		    c->nverbs >= (int)MAXT)
			continue;
		if (!(st = coder_unit_text(c, x, spk)) || !(tt = coder_unit_text(c, x, t)))
			return -ERR_NOMEM;
		vi = c->nverbs++;
		memset(&c->verbs[vi], 0, sizeof(c->verbs[vi]));
		c->verbs[vi].start = say >= 0 ? c->verbs[say].start : w->start;
		c->verbs[vi].end = say >= 0 ? c->verbs[say].end : w->end;
		c->verbs[vi].subject = spk;
		c->verbs[vi].first_event = -1;
		c->verbs[vi].vow = -1;
		c->verbs[vi].np_start = c->verbs[vi].start;
		for (k = 0; k < c->units[spk].ncodes; k++)
			for (m = 0; m < c->units[t].ncodes; m++)
				if (!coder_have_event(x, c->units[spk].codes[k],
						      c->units[t].codes[m], "112") &&
				    (rc = coder_push_event(c, x, c->units[spk].codes[k], st,
							   c->units[t].codes[m], tt,
							   cameo_lookup("112"), vi, 0, MOD_ASSERTED,
							   "said * violated")))
					return rc;
	}
	return 0;
}

/*
 * An obligation opens at token i: "must", "should", "ought to", "has to", "needs to",
 * "will have to", "would need to", "is going to have to". The token after it, or -1.
 */
static int obligation_at(const struct coder *c, int i)
{
	int j = i;
	if (is_tok(c, j, "will") || is_tok(c, j, "would"))
		j++;
	else if ((is_tok(c, j, "is") || is_tok(c, j, "are") || is_tok(c, j, "'s")) &&
		 is_tok(c, j + 1, "going") && is_tok(c, j + 2, "to"))
		j += 3;
	while ((size_t)j < c->n && is_adverb(c, j))
		j++;
	if (j == i && (is_tok(c, j, "must") || is_tok(c, j, "should")))
		return j + 1;
	if (j == i && is_tok(c, j, "ought") && is_tok(c, j + 1, "to"))
		return j + 2;
	if ((is_tok(c, j, "have") || ((j == i) && is_tok(c, j, "has")) || is_tok(c, j, "need") ||
	     (j == i && is_tok(c, j, "needs"))) &&
	    is_tok(c, j + 1, "to"))
		return j + 2;
	return -1;
}

/*
 * "Chile said Peru is going to have to pay", "the envoy told Bolivian officials
 * they would have to act", "X said Iran must release the sailors": a speaker who says
 * another actor must act demands it of that actor (100), whatever the act (itself only
 * demanded). The obliged actor opens the statement's complement ("that" or none before
 * it); "they", "he", "she" there are the addressee of "told". Returns 0 or a negative
 * error.
 */
int coder_code_obligation(struct coder *c, struct ctx *x, int i)
{
	int after = obligation_at(c, i), j = i - 1, y = -1, p, vi = -1, addressee = -1, k;
	int srcs[MAX_GROUP], tgts[MAX_GROUP], ns, nt, a, b;
	while (after >= 0 && (size_t)after < c->n &&
	       (is_adverb(c, after) || (c->fc[after] & FC_NEG)))
		after++;
	if (after < 0 || (size_t)after >= c->n || is_tok(c, after, "be") ||
	    is_tok(c, after, "have"))
		return 0; /* "should not be seen as": no act asked of anyone */
	while (j >= 0 && (is_adverb(c, j) || is_punct(c, j, '"')))
		j--; /* 'China "is going to have to' */
	if (j < 0)
		return 0;
	if (c->unit_of[j] >= 0 && c->units[c->unit_of[j]].end == j + 1) {
		y = c->unit_of[j];
		p = c->units[y].start - 1;
	} else if (is_tok(c, j, "they") || is_tok(c, j, "he") || is_tok(c, j, "she")) {
		p = j - 1;
	} else {
		return 0;
	}
	while (p >= 0 && (c->fc[p] & FC_DET))
		p--;
	if (p >= 0 && (c->fc[p] & FC_THAT))
		p--;
	if (p >= 0 && y < 0 && c->unit_of[p] >= 0) {
		/* "told Ukrainian officials they would need to" */
		addressee = c->unit_of[p];
		p = c->units[addressee].start - 1;
		while (p >= 0 && (c->fc[p] & FC_DET))
			p--;
		y = addressee;
	}
	/* the statement verb, past a date ("said on Tuesday that") */
	for (k = 0; p >= 0 && k < 4 && vi < 0; k++, p--) {
		if (c->is_verb[p]) {
			vi = coder_verb_index_at(c, p);
			break;
		}
		if (c->unit_of[p] >= 0 || c->t[p].kind != TOK_WORD)
			return 0;
	}
	if (vi < 0 || y < 0 ||
	    !(coder_statement_verb(c, c->verbs[vi].start) || (c->fc[c->verbs[vi].start] & FC_SAY)))
		return 0;
	if (addressee >= 0 && !is_tok(c, c->verbs[vi].start, "told"))
		return 0;
	if (c->verbs[vi].subject < 0 || c->verbs[vi].subject == y)
		return 0;
	{
		int neg, be, mod, have, present;
		coder_aux_scan(c, c->verbs[vi].start, &neg, &be, &mod, &have, &present);
		if (neg || mod != MOD_ASSERTED)
			return 0;
	}
	ns = coder_group(c, c->verbs[vi].subject, -1, srcs, MAX_GROUP);
	nt = coder_group(c, y, 1, tgts, MAX_GROUP);
	for (a = 0, k = 0; a < ns; a++)
		for (b = 0; b < nt; b++) {
			const struct unit *S = &c->units[srcs[a]], *T = &c->units[tgts[b]];
			int sc, tc;
			for (sc = 0; sc < S->ncodes; sc++)
				for (tc = 0; tc < T->ncodes && !S->docfill && !T->docfill; tc++)
					if (!(strlen(T->codes[tc]) == 3 &&
					      !strncmp(S->codes[sc], T->codes[tc], 3)))
						k++;
		}
	if (!k)
		return 0;
	if (c->verbs[vi].nevents && c->verbs[vi].first_event >= 0) {
		/* what was said is the demand: "told Qatar" is no 010 beside it */
		struct vinfo *v = &c->verbs[vi];
		int all01 = 1;
		for (k = 0; k < v->nevents; k++)
			if (strncmp(x->out->v[v->first_event + k].code, "01", 2))
				all01 = 0;
		if (all01) {
			coder_drop_verb_events(c, x, v);
		}
	}
	return coder_push_demands(c, x, srcs, ns, tgts, nt, vi, 0, 1, "say * must");
}

/*
 * The predicate after the "be" at token b judges: past adverbs, articles, "and", commas,
 * plain adjectives and "act of", "form of", a member of the synonym set `neg` (words of
 * reproach: "illegal", "a provocation", "a blatant violation", "an act of aggression")
 * or `pos` (words of acclaim: "historic", "a positive step"); or it blames: "to blame",
 * "responsible for" a deed of force (&DEEDS) or a harm ("the deaths", "the collapse").
 * The "be" is no modal's ("would be") and nothing negates or hedges the predicate
 * ("not", "no", "hardly", "less than"). The token of the word, with *pol -1 (reproach),
 * -2 (blame) or 1 (acclaim), or -1.
 */
static int judging_predicate(const struct coder *c, int b, int32_t neg, int32_t pos, int *pol)
{
	static const char *const hedges[] = { "no",       "hardly",   "less",    "than",
					      "nothing",  "anything", "neither", "barely",
					      "scarcely", "far" };
	static const char *const kinds[] = { "act", "form", "kind", "example", "case", "sort" };
	static const char *const harms[] = { "deaths",   "death",   "violence", "bloodshed",
					     "collapse", "failure", "crisis",   "explosion",
					     "blast",    "damage",  "unrest",   "massacre" };
	int q, p = b - 1;
	if (is_tok(c, b, "been")) {
		if (p < 0 || !(c->fc[p] & FC_HAVE))
			return -1;
		p--;
	} else if (!(is_tok(c, b, "is") || is_tok(c, b, "are") || is_tok(c, b, "was") ||
		     is_tok(c, b, "were"))) {
		return -1;
	}
	while (p >= 0 && is_adverb(c, p))
		p--;
	if (p >= 0 && (c->fc[p] & (FC_MODAL | FC_NEG)))
		return -1; /* "would be a mistake", "could have been a crime" */
	for (q = b + 1; (size_t)q < c->n && is_adverb(c, q); q++)
		;
	if (is_tok(c, q, "to") && is_tok(c, q + 1, "blame")) {
		*pol = -2; /* "Chile was to blame for the collapse" */
		return q + 1;
	}
	if (is_tok(c, q, "responsible") && is_tok(c, q + 1, "for")) {
		int h = q + 2;
		while ((size_t)h < c->n && (c->fc[h] & FC_DET))
			h++;
		if (TOK_IN(c, h, harms) || coder_syn_match(c, h, c->syn_deeds)) {
			*pol = -2; /* "Chile was responsible for the attack" */
			return q;
		}
	}
	for (q = b + 1; (size_t)q < c->n && q < b + 8; q++) {
		if ((c->fc[q] & FC_NEG) || TOK_IN(c, q, hedges))
			return -1;
		if (coder_syn_match(c, q, neg)) {
			*pol = -1;
			return q;
		}
		if (coder_syn_match(c, q, pos)) {
			*pol = 1;
			return q;
		}
		if (is_adverb(c, q) || is_tok(c, q, "a") || is_tok(c, q, "an") ||
		    is_tok(c, q, "the") || is_tok(c, q, "and") || is_punct(c, q, ',') ||
		    (TOK_IN(c, q, kinds) && is_tok(c, q + 1, "of")) ||
		    (is_tok(c, q, "of") && TOK_IN(c, q - 1, kinds)))
			continue;
		if (!is_plain_word(c, q) || c->unit_of[q] >= 0 || c->is_verb[q])
			return -1;
	}
	return -1;
}

/*
 * The verb's word at token i, inside a noun phrase opening at a, is its noun: after a
 * determiner, possessive, plain adjective or an actor's name ("Japan's request", "the
 * Chinese drills", "the proposed deal"), and no past form after an actor ("the US
 * attacked" is a clause).
 */
static int noun_use(const struct coder *c, int a, int i)
{
	const struct token *t = &c->t[i];
	int ed = t->nlen > 3 && !strcmp(t->norm + t->nlen - 2, "ed");
	if (i <= a)
		return 0;
	if ((c->fc[i - 1] & (FC_DET | FC_POSS)) || is_tok(c, i - 1, "'s"))
		return 1;
	if (ed)
		return 0;
	return c->unit_of[i - 1] >= 0 || (is_plain_word(c, i - 1) && !c->is_verb[i - 1]);
}

/*
 * The noun phrase [a, b) is a subject the "be" at b judges: no clause boundary, comma,
 * quotation mark, conjunction of clauses, modal, negation or "be" in it, and no verb
 * but an infinitive's or a participle before "by" ("the decision to close",
 * "the sanctions imposed by Washington").
 */
static int judged_phrase(const struct coder *c, int a, int b)
{
	int i;
	if (a >= b || b - a > 14)
		return 0;
	for (i = a; i < b; i++) {
		if (is_boundary(c, i) || c->t[i].kind == TOK_PUNCT ||
		    (c->fc[i] & (FC_SAY | FC_THAT | FC_REL | FC_SUBORD | FC_HYP | FC_MODAL |
				 FC_NEG | FC_BE)) ||
		    is_tok(c, i, "whether"))
			return 0;
		if (c->is_verb[i] && !(i > a && (c->fc[i - 1] & FC_TO)) &&
		    !is_tok(c, i + 1, "by") && !noun_use(c, a, i))
			return 0;
	}
	return 1;
}

/*
 * The actors whose deed or state the phrase [a, b) names (to tgt, at most max): its
 * possessors and actor adjectives ("Japan's decision", "the Israeli and American
 * strikes"), the one after "of" unless the noun before it is a deed done to them ("the
 * decision of the Chilean government", not "the treatment of Ukrainian prisoners"), and
 * an agent after "by"; none after another preposition or an infinitive ("the strike on
 * the consulate", "the decision to expel Peru's envoy"), which name what the deed was
 * done to. The count.
 */
static int judged_actors(const struct coder *c, int a, int b, int *tgt, int max)
{
	static const char *const done_to[] = {
		"treatment", "mistreatment", "persecution", "killing",    "killings",
		"murder",    "abuse",        "abuses",      "plight",     "suffering",
		"torture",   "detention",    "deportation", "expulsion",  "arrest",
		"arrests",   "targeting",    "release",     "occupation", "invasion",
	};
	int i, n = 0, block = 0;
	for (i = a; i < b && n < max; i++) {
		int u = c->unit_of[i], p;
		if (u < 0 || c->units[u].start != i) {
			if (((c->fc[i] & FC_PREP) && !is_tok(c, i, "of") && !is_tok(c, i, "by")) ||
			    (c->fc[i] & FC_TO) || (c->is_verb[i] && !noun_use(c, a, i)))
				block = 1;
			continue;
		}
		for (p = i - 1; p >= a && (c->fc[p] & FC_DET); p--)
			;
		i = c->units[u].end - 1;
		if (c->units[u].absorbed || !c->units[u].ncodes || c->units[u].docfill)
			continue;
		if (p >= a && is_tok(c, p, "by"))
			tgt[n++] = u;
		else if (block)
			continue;
		else if (!(p >= a && is_tok(c, p, "of") && TOK_IN(c, p - 1, done_to)))
			tgt[n++] = u;
	}
	return n;
}

/*
 * A speaker coded src may judge the actor coded tgt: another country's, or, at home,
 * another body's ("the ambassador told lawmakers the president's request was
 * inappropriate": USAGOV, USAELI), not a country's own deed or one of its own body.
 */
static int domestic_pair(const char *src, const char *tgt)
{
	if (strncmp(src, tgt, 3))
		return 1;
	return strlen(src) > 3 && strlen(tgt) > 3 && strcmp(src, tgt);
}

/*
 * "Iran said the American decision was illegal", "the ministry said Japan's plan was a
 * provocation", '"Russia's attack on Odesa is a war crime," the president said', "Kenya
 * said Uganda's decision was a positive step": a speaker whose statement judges
 * another actor's deed or conduct with a word of reproach (the synonym set &REPROACH of
 * the verb dictionaries) criticises that actor (111); with a word of acclaim
 * (&ACCLAIM) it praises it (051). The statement is the complement of a statement verb
 * ("said", "told reporters", past a date and "that"), or a quotation with its speaker
 * named; its subject is a noun phrase (judged_phrase) whose actors (judged_actors) are
 * the targets, and its "be" is asserted (judging_predicate). Not when the statement
 * verb is negated or hypothetical, when the speaker is a role given the document's
 * country or an actor of the target's country, nor for claims called untrue, which
 * coder_code_denial() codes. Returns 0 or a negative error.
 */
int coder_code_judgment(struct coder *c, struct ctx *x)
{
	static const char *const addressees[] = { "reporters", "journalists", "lawmakers" };
	static const char *const denials[] = { "denied",   "denies",     "deny",      "denying",
					       "rejected", "rejects",    "disputed",  "disputes",
					       "doubted",  "questioned", "dismissed", "dismisses" };
	int32_t neg = c->syn_reproach, pos = c->syn_acclaim;
	int b, rc, quotes = 0, lastq = -1;
	if (neg < 0 && pos < 0)
		return 0;
	for (b = 0; (size_t)b < c->n; b++) {
		int pol = 0, w, a = -1, say = -1, spk = -1, k, j, nt, tgt[8];
		const struct unit *S;
		const char *st;
		if (is_punct(c, b, '"')) {
			quotes++;
			lastq = b;
			continue;
		}
		if (!(c->fc[b] & FC_BE) && !is_tok(c, b, "been"))
			continue;
		if ((w = judging_predicate(c, b, neg, pos, &pol)) < 0)
			continue;
		if (quotes % 2) {
			int close;
			for (close = b + 1; (size_t)close < c->n && !is_punct(c, close, '"');
			     close++)
				;
			a = lastq + 1;
			if ((spk = quotation_speaker(c, a, close, &say)) < 0)
				say = -1;
		} else {
			for (k = 0; k < c->nverbs; k++) {
				const struct vinfo *v = &c->verbs[k];
				int s0 = v->end, m;
				if (v->end > b || TOK_IN(c, v->start, denials) ||
				    !((c->fc[v->start] & FC_SAY) ||
				      coder_statement_verb(c, v->start)))
					continue;
				if (is_tok(c, v->start, "told") || is_tok(c, v->start, "tells") ||
				    is_tok(c, v->start, "tell")) {
					if (c->unit_of[s0] >= 0)
						s0 = c->units[c->unit_of[s0]].end;
					else
						for (m = 0; m < 2 && TOK_IN(c, s0, addressees); m++)
							s0++;
				}
				while (s0 < b &&
				       (is_adverb(c, s0) || coder_in_date(c, s0) ||
					(is_tok(c, s0, "on") && coder_in_date(c, s0 + 1))))
					s0++;
				if (c->fc[s0] & FC_THAT)
					s0++;
				if (judged_phrase(c, s0, b)) {
					say = k;
					a = s0;
					spk = v->subject;
				}
			}
		}
		if (say < 0 || a < 0 || !judged_phrase(c, a, b))
			continue;
		if (spk < 0 || spk >= (int)MAX_UNITS)
			continue;
		S = &c->units[spk];
		if (!S->ncodes || S->docfill || S->national || (S->start >= a && S->start < b))
			continue;
		if (coder_syn_match(c, w, c->syn_untrue)) {
			for (j = a; j < b && !coder_syn_match(c, j, c->syn_claims); j++)
				;
			if (j < b)
				continue; /* "the claims were baseless": coder_code_denial() */
		}
		{
			int ng, be, mod, have, present;
			coder_aux_scan(c, c->verbs[say].start, &ng, &be, &mod, &have, &present);
			if (ng || mod == MOD_HYPOTHETICAL || mod == MOD_DEMANDED)
				continue;
		}
		if (!(nt = judged_actors(c, a, b, tgt, 8)))
			continue;
		if (!(st = coder_unit_text(c, x, spk)))
			return -ERR_NOMEM;
		for (j = 0; j < nt; j++) {
			const struct unit *T = &c->units[tgt[j]];
			const char *tt, *code = pol == -2 ? "112" : pol < 0 ? "111" : "051";
			int sc, tc;
			if (tgt[j] == spk)
				continue;
			if (!(tt = coder_unit_text(c, x, tgt[j])))
				return -ERR_NOMEM;
			for (sc = 0; sc < S->ncodes; sc++)
				for (tc = 0; tc < T->ncodes; tc++) {
					if (!domestic_pair(S->codes[sc], T->codes[tc]) ||
					    coder_have_event(x, S->codes[sc], T->codes[tc], code))
						continue;
					if ((rc = coder_push_event(
						     c, x, S->codes[sc], st, T->codes[tc], tt,
						     cameo_lookup(code), say, 0, MOD_ASSERTED,
						     pol == -2 ? "said * was to blame"
						     : pol < 0 ? "said * was &REPROACH"
							       : "said * was &ACCLAIM")))
						return rc;
				}
		}
		if (pol == -2 && (k = coder_verb_index_at(c, w)) >= 0)
			coder_drop_verb_events(c, x, &c->verbs[k]); /* no "blame" of its own */
	}
	return 0;
}

/*
 * "Russia said Finland would pay a heavy price", "China warned that Taiwan will pay
 * dearly", "Iran said Israel would face consequences", "Venezuela said Guyana would
 * regret its decision": a speaker who says another actor will pay (a price, dearly, for
 * a deed: "for its aggression", not "for the gas"), suffer the consequences or regret
 * threatens it (130), though what is said is only a future. The actor is the subject
 * right before "will" or "would" (past adverbs), opening the complement of a statement
 * verb (past a date and "that"); the verb after the modal codes nothing of its own
 * ("pay for the attack" is no payment). Not when the statement verb is negated,
 * hypothetical or one of denial, nor between units of one country. Returns 0 or a
 * negative error.
 */
int coder_code_price_threat(struct coder *c, struct ctx *x)
{
	static const char *const prices[] = { "price", "dearly", "for" };
	static const char *const deeds[] = {
		"decision",   "decisions", "actions",   "action",   "crimes",      "crime",
		"aggression", "move",      "behaviour", "behavior", "provocation", "provocations",
		"mistake",    "attack",    "attacks",   "deeds"
	};
	static const char *const fates[] = { "consequences", "retaliation", "repercussions" };
	int m, rc;
	for (m = 1; (size_t)m + 1 < c->n; m++) {
		int q = m + 1, j, u, p, k, say = -1, spk, vi;
		const struct unit *S, *T;
		const char *st, *tt;
		if (!is_tok(c, m, "will") && !is_tok(c, m, "would") && !is_tok(c, m, "'ll"))
			continue;
		while ((size_t)q < c->n && is_adverb(c, q))
			q++;
		if (is_tok(c, q, "pay")) {
			for (j = q + 1; (size_t)j < c->n && j < q + 5 && !TOK_IN(c, j, prices); j++)
				if (!is_plain_word(c, j) && !is_tok(c, j, "a") &&
				    !is_tok(c, j, "the"))
					break;
			if ((size_t)j >= c->n || !TOK_IN(c, j, prices))
				continue;
			if (is_tok(c, j, "for")) {
				/* "pay for its aggression", not "pay for the gas" */
				for (j++; (size_t)j < c->n && (c->fc[j] & (FC_DET | FC_POSS)); j++)
					;
				if (!TOK_IN(c, j, deeds) && !coder_syn_match(c, j, c->syn_deeds) &&
				    !coder_syn_match(c, j, c->syn_reproach))
					continue;
			}
		} else if (is_tok(c, q, "face") || is_tok(c, q, "suffer")) {
			for (j = q + 1; (size_t)j < c->n && j < q + 4 && !TOK_IN(c, j, fates); j++)
				if (!is_plain_word(c, j) && !is_tok(c, j, "the"))
					break;
			if ((size_t)j >= c->n || !TOK_IN(c, j, fates))
				continue;
		} else if (!is_tok(c, q, "regret")) {
			continue;
		}
		for (p = m - 1; p >= 0 && is_adverb(c, p); p--)
			;
		if (p < 0 || (u = c->unit_of[p]) < 0 || c->units[u].end != p + 1)
			continue;
		for (p = coder_unit_lead(c, u) - 1;
		     p >= 0 && ((c->fc[p] & FC_THAT) || coder_in_date(c, p) || is_tok(c, p, "on"));
		     p--)
			;
		if (p < 0 || (k = coder_verb_index_at(c, p)) < 0 || c->verbs[k].end != p + 1 ||
		    !((c->fc[c->verbs[k].start] & FC_SAY) ||
		      coder_statement_verb(c, c->verbs[k].start)))
			continue;
		say = k;
		{
			int ng, be, mod, have, present;
			coder_aux_scan(c, c->verbs[say].start, &ng, &be, &mod, &have, &present);
			if (ng || mod == MOD_HYPOTHETICAL || mod == MOD_DEMANDED)
				continue;
		}
		if ((spk = c->verbs[say].subject) < 0 || spk >= (int)MAX_UNITS || spk == u)
			continue;
		S = &c->units[spk];
		T = &c->units[u];
		if (!S->ncodes || S->docfill || !T->ncodes || T->docfill)
			continue;
		if (!(st = coder_unit_text(c, x, spk)) || !(tt = coder_unit_text(c, x, u)))
			return -ERR_NOMEM;
		if ((vi = coder_verb_index_at(c, q)) >= 0)
			coder_drop_verb_events(c, x, &c->verbs[vi]);
		for (j = 0; j < S->ncodes; j++)
			for (k = 0; k < T->ncodes; k++)
				if (domestic_pair(S->codes[j], T->codes[k]) &&
				    !coder_have_event(x, S->codes[j], T->codes[k], "130") &&
				    (rc = coder_push_event(c, x, S->codes[j], st, T->codes[k], tt,
							   cameo_lookup("130"), say, 0,
							   MOD_ASSERTED, "said * would pay")))
					return rc;
	}
	return 0;
}
