/*
 * coder_mood.c: the mood of a verb: negation, tense, modality and the verbs that
 * govern an infinitive: hypotheticals, intents, threats, demands, denials and
 * plans called off.
 */
#include "analyse/coder_internal.h"

#include "util/banned.h"

const char *coder_unit_text(struct coder *c, struct ctx *x, int u)
{
	const struct unit *U = &c->units[u];
	uint32_t a = c->t[U->start].off, b = c->t[U->end - 1].off + c->t[U->end - 1].len;
	return arena_strndup(&x->out->arena, x->text + a, b - a);
}

/* the verb at token i says something: its entry's code is of root 01 */
int coder_statement_verb(const struct coder *c, int i)
{
	const struct dict *d = c->d;
	int32_t p;
	if (c->span_of[i] < 0)
		return 0;
	for (p = c->spans[c->span_of[i]].pay; p >= 0; p = d->pays[p].next) {
		const struct dverb *v;
		const char *code;
		if (d->pays[p].kind != PAY_VERB)
			continue;
		v = &d->verbs[d->pays[p].idx];
		code = v->code[0] ? v->code : d->blocks[v->block].code;
		if (!strncmp(code, "01", 2))
			return 1;
	}
	return 0;
}

/*
 * "would" at token i: a reported "will" after a statement verb ("said it
 * would reopen the border"), otherwise a condition or a wish ("the US would
 * strike Iran", "would have objected").
 */
/*
 * "would not" at token i tells a refusal that was made ("Hamas would not honour the
 * agreement") when a named actor, no indefinite one, is its subject right before it
 * ("A Trump administration would not send aid" is a supposition) and nothing in the
 * sentence makes it unreal: a condition ("if", "unless", "whether", before or after), a
 * plan's or deal's terms ("under the plan"), "otherwise", "without", "even", "in that
 * case".
 */
static int would_refuse(const struct coder *c, int i)
{
	static const char *const unreal[] = { "under", "otherwise", "without", "even", "case" };
	int p = i - 1, k;
	const struct unit *u;
	while (p >= 0 && is_adverb(c, p))
		p--;
	if (p < 0 || c->unit_of[p] < 0)
		return 0;
	u = &c->units[c->unit_of[p]];
	if (u->end != p + 1 || !u->ncodes)
		return 0;
	/* "a new government in Berlin": the unit's phrase, its adjectives before it */
	for (p = u->start, k = 0; p >= 0 && k < 3; p--, k++) {
		if (is_tok(c, p, "a") || is_tok(c, p, "an"))
			return 0;
		if (p < u->start && !(is_plain_word(c, p) && !(c->t[p].flags & TOKF_CAP)))
			break;
	}
	for (p = u->start; p < u->end; p++)
		if (is_tok(c, p, "a") || is_tok(c, p, "an"))
			return 0;
	for (k = 0; (size_t)k < c->n; k++)
		if ((c->fc[k] & FC_HYP) || TOK_IN(c, k, unreal))
			return 0;
	return 1;
}

static int would_mood(const struct coder *c, int i)
{
	int j = i + 1, neg = 0;
	if (!is_tok(c, i, "would"))
		return MOD_FUTURE;
	while ((size_t)j < c->n && (is_adverb(c, j) || (c->fc[j] & FC_NEG))) {
		neg |= (c->fc[j] & FC_NEG) != 0;
		j++;
	}
	if (is_tok(c, j, "have"))
		return MOD_HYPOTHETICAL;
	for (j = i - 1; j >= 0 && !is_boundary(c, j) && !is_punct(c, j, ','); j--) {
		if ((c->fc[j] & FC_HYP) || is_tok(c, j, "before") || is_tok(c, j, "until"))
			return MOD_HYPOTHETICAL; /* "told them ... before the administration
						  * would agree": a condition, not a report */
		if ((c->fc[j] & FC_SAY) || (c->is_verb[j] && coder_statement_verb(c, j)))
			return MOD_FUTURE;
	}
	for (; j >= 0 && !is_boundary(c, j); j--)
		if ((c->fc[j] & FC_SAY) || (c->is_verb[j] && coder_statement_verb(c, j)))
			return MOD_FUTURE;
	/* "Hamas would not honour the agreement": a refusal told in the past */
	return neg && (c->d->flags & DICT_F_OPEN) && would_refuse(c, i) ? MOD_FUTURE
									: MOD_HYPOTHETICAL;
}

/*
 * "urged Chile and others in the region to hold firm": the word that
 * governs an infinitive, past the rest of its object (a list, a place).
 * From token p leftwards; p itself when no governor is found.
 */
static int governor_left(const struct coder *c, int p)
{
	static const char *const naming[] = { "known", "called", "dubbed", "named" };
	int q = p, k = 0, aside = 0;
	if (p >= 0 && (k = coder_intent_gerund(c, p + 1)) >= 0)
		return k; /* "is open to resuming talks": "open", no word before it */
	k = 0;
	while (q >= 0 && k < 8 && !is_boundary(c, q)) {
		if (c->fc[q] & (FC_GOVDEM | FC_GOVFUT | FC_GOVHYP | FC_DECIDE | FC_NEGV))
			return q;
		if (c->is_verb[q] && c->span_of[q] >= 0 &&
		    (c->fc[c->spans[c->span_of[q]].start] &
		     (FC_GOVDEM | FC_GOVFUT | FC_GOVHYP | FC_DECIDE | FC_NEGV)))
			return c->spans[c->span_of[q]].start; /* "called on Israel to" */
		/* the object's name or apposition: "training the fighters known as the
		 * river brigade, or the old militia, to fight", "forces - once rebels - to":
		 * a naming participle, and up to three commas or dashes, the last
		 * right before "to" (the words between the first two not counted) */
		if (q > 1 && is_tok(c, q, "as") && TOK_IN(c, q - 1, naming)) {
			q -= 2;
			continue;
		}
		if (q > 0 && TOK_IN(c, q, naming) && (size_t)q + 1 < c->n &&
		    c->unit_of[q + 1] >= 0) {
			q--;
			continue;
		}
		if ((is_punct(c, q, '"') || is_punct(c, q, '\'')) && q > 0) {
			q--; /* scare quotes in the object: "urged the 'interim' government to" */
			continue;
		}
		if ((is_punct(c, q, ',') || is_punct(c, q, '-')) && q > 0 &&
		    ((q == p && !aside) || (aside && aside < 3))) {
			aside++;
			q--;
			continue;
		}
		/* "both", "either": a determiner of the object ("urged both sides to") */
		if (c->is_verb[q] ||
		    !(c->unit_of[q] >= 0 ||
		      (c->fc[q] & (FC_DET | FC_POSS | FC_CONJ | FC_PREP | FC_LIST)) ||
		      is_plain_word(c, q) || is_adverb(c, q)))
			break;
		q--;
		if (!(aside & 1))
			k++;
	}
	return p;
}

/* the word governing the infinitive at vstart ("vowed to strike"), or -1 */
int coder_inf_governor(const struct coder *c, int vstart)
{
	int p = vstart - 1;
	while (p >= 0 && is_adverb(c, p))
		p--;
	if (p < 0 || !(c->fc[p] & FC_TO))
		return -1;
	p--;
	while (p >= 0 && (is_adverb(c, p) || c->unit_of[p] >= 0))
		p--;
	p = governor_left(c, p);
	return p >= 0 && (c->fc[p] &
			  (FC_GOVDEM | FC_GOVFUT | FC_GOVHYP | FC_DECIDE | FC_NEGV | FC_PURPOSE))
		       ? p
		       : -1;
}

/*
 * Force announced is a threat (CAMEO 13): "vowed to strike Iran",
 * "threatened to impose sanctions". The threat's code for an act's code, or
 * NULL when the act is no force, sanction or coercion.
 */
/*
 * Code a (the actor) and code b (the speaker) stand for the same state: each
 * is a country's code alone or with its government or military ("SVK",
 * "SVKGOV"), or a leader of either ("SVKELIGOV": a prime minister known by
 * name), the country the same. A role of the state's society (opposition,
 * media, analysts) speaks for no state; an organisation or group is no state.
 */
static int state_voice(const char *a)
{
	size_t n = strlen(a), k;
	int state = 0;
	if (n == 3)
		return 1;
	if (n % 3)
		return 0;
	for (k = 3; k < n; k += 3) {
		if (!strncmp(a + k, "GOV", 3) || !strncmp(a + k, "MIL", 3))
			state = 1;
		else if (strncmp(a + k, "ELI", 3))
			return 0;
	}
	return state;
}

static int same_state(const char *a, const char *b)
{
	if (strlen(a) < 3 || strlen(b) < 3 || strncmp(a, b, 3) || !strncmp(a, "IGO", 3) ||
	    !strncmp(a, "NGO", 3) || !strncmp(a, "IMG", 3) || !strncmp(a, "MNC", 3))
		return 0;
	return state_voice(a) && state_voice(b);
}

/*
 * "the EU said it could suspend trade with Israel", "warned they may strike":
 * a punishment the speaker says it could or may inflict is a warning, a
 * threat made now, not a guess. The verb vi after "could", "may", "might" or
 * "possible to",
 * its subject the subject of a statement verb in the sentence, or the same
 * state as it: before it ("Prime Minister Fico told journalists that Slovakia
 * could suspend relations") or after it past a comma ("Slovakia could suspend
 * relations with Prague, Prime Minister Fico said"). A speaker of another
 * state or none ("analysts said") only guesses.
 */
int coder_speaker_may(const struct coder *c, int vi)
{
	static const char *const denials[] = { "denied",    "denies",   "deny",    "dismissed",
					       "dismisses", "rejected", "rejects", "ruled" };
	const struct vinfo *v = &c->verbs[vi];
	int p = v->start - 1, k;
	const char *a;
	while (p >= 0 && is_adverb(c, p))
		p--;
	if (is_tok(c, p, "would") && (v->subject < 0 || c->units[v->subject].end != p))
		return 0; /* "soldiers who would take over": "would" right after its
			   * subject, as in "Iran would strike back, its minister said" */
	if (v->subject < 0 || !c->units[v->subject].ncodes ||
	    !(is_tok(c, p, "could") || is_tok(c, p, "may") || is_tok(c, p, "might") ||
	      is_tok(c, p, "would") ||
	      (is_tok(c, p, "to") && is_tok(c, p - 1, "possible") && !is_tok(c, p - 2, "as"))))
		return 0; /* "said it was possible to halt talks" as "could halt" */
	for (k = p - 1; k >= 0; k--)
		if (is_boundary(c, k) || (c->fc[k] & FC_HYP))
			return 0; /* "if", "whether": a condition */
	a = c->units[v->subject].codes[0];
	if (is_tok(c, p, "to") && !state_voice(a))
		return 0; /* "analysts said it was possible to": a guess */
	for (k = 0; k < c->nverbs; k++) {
		const struct vinfo *s = &c->verbs[k];
		const char *b;
		int j, comma;
		if (k == vi || s->subject < 0 || !c->units[s->subject].ncodes ||
		    !((c->fc[s->start] & FC_SAY) || coder_statement_verb(c, s->start)))
			continue;
		b = c->units[s->subject].codes[0];
		if (TOK_IN(c, s->start, denials))
			continue; /* "..., the Russian government denied": no warning */
		if (s->start < p && (!strcmp(a, b) || same_state(a, b)))
			return 1;
		if (s->start < v->end || !same_state(a, b))
			continue;
		/* a speaker after the act, at a comma: ", Fico said", ", said Fico";
		 * no condition and no end of a clause between */
		comma = s->start < c->units[s->subject].start ? s->start
							      : c->units[s->subject].start;
		while (comma > v->end && !c->is_verb[comma - 1] &&
		       ((c->fc[comma - 1] & FC_DET) || is_plain_word(c, comma - 1)))
			comma--; /* ", a Bangladeshi official said" */
		if (!is_punct(c, comma - 1, ','))
			continue;
		for (j = v->end; j < comma; j++)
			if (is_boundary(c, j) || (c->fc[j] & FC_HYP))
				break;
		if (j == comma)
			return 1;
	}
	return 0;
}

/*
 * Token w is "want" or "wants", or "wanted" after a statement verb ("said he wanted
 * to"; a narrated "wanted to raid a base" is an aim of the past), with no object
 * before the infinitive after it (the wanter does the act: "wants to ban", not
 * "wants Iran to ban") and no negation in the two words before it ("did not want
 * to").
 */
int coder_wants_to(const struct coder *c, int w)
{
	static const char *const wants[] = { "want", "wants" };
	int k;
	if (w < 0)
		return 0;
	if (is_tok(c, w, "wanted")) {
		for (k = w - 1; k >= 0 && !is_boundary(c, k); k--)
			if (c->fc[k] & FC_SAY)
				break;
		if (k < 0 || is_boundary(c, k))
			return 0;
	} else if (!TOK_IN(c, w, wants))
		return 0;
	for (k = w - 1; k >= 0 && k >= w - 2; k--)
		if (c->fc[k] & FC_NEG)
			return 0;
	return 1;
}

/* an "if" or "unless" after token `from` in the sentence: what comes before it is
 * promised on a condition */
int coder_on_condition(const struct coder *c, int from)
{
	int i;
	for (i = from; i < (int)c->n; i++)
		if (is_tok(c, i, "if") || is_tok(c, i, "unless"))
			return 1;
	return 0;
}

/*
 * "If Israel attacks, Iran will strike back": a condition before the verb in its sentence
 * part (no ".", ";", ":" or bracket between) that closes at a comma before it, the verb
 * under "will", "'ll" or "would". The "if" or "unless", or -1.
 */
int coder_condition_before(const struct coder *c, int vstart)
{
	int i = vstart - 1, comma = -1;
	while (i >= 0 && is_adverb(c, i))
		i--;
	if (!(is_tok(c, i, "will") || is_tok(c, i, "would") || is_tok(c, i, "'ll")))
		return -1;
	for (; i >= 0 && !is_boundary(c, i) && !is_punct(c, i, ';'); i--) {
		if (is_punct(c, i, ','))
			comma = i;
		else if (is_tok(c, i, "if") || is_tok(c, i, "unless"))
			return comma > i ? i : -1;
	}
	return -1;
}

const char *coder_threat_code(const char *code)
{
	/* the threat of the deed's own kind: ties broken (1313), aid cut (1311), talks
	 * halted (134: "threatened to pull out of the talks") */
	if (!strncmp(code, "161", 3))
		return "1313";
	if (!strncmp(code, "162", 3))
		return "1311";
	if (!strcmp(code, "164"))
		return "134";
	if (!strncmp(code, "16", 2))
		return "1312";
	if (!strcmp(code, "175"))
		return "137"; /* "vowed to crush the protests": violent repression threatened */
	if (!strncmp(code, "17", 2))
		return "130";
	if (!strncmp(code, "15", 2) || !strncmp(code, "18", 2) || !strncmp(code, "19", 2) ||
	    !strncmp(code, "20", 2))
		return "138";
	return NULL;
}

/*
 * Is the actor starting at token u the one an infinitive after it is asked
 * of ("force the EU to", "for French troops to"), not a place or a complement
 * ("took to the streets of Washington to march")?
 */
int coder_inf_causee(const struct coder *c, int u)
{
	int i = u - 1, words = 0;
	while (i >= 0 && words < 3 && ((c->fc[i] & (FC_DET | FC_POSS)) || is_plain_word(c, i))) {
		i--;
		words++;
	}
	if (i >= 0 && (c->fc[i] & FC_PREP) && !c->is_verb[i]) /* not "called on Israel to" */
		return is_tok(c, i, "for") ? 2 : 0;
	return 1;
}

static int unasserted_content(const struct coder *c, int i, int vstart);
static int alleged_clause(const struct coder *c, int i, int vstart);

/*
 * The mood of an infinitive whose governor is none of the marked words:
 * token p, found by aux_scan; `to` is the "to"; `causee` says an actor
 * stands between them. An act is reported after a verb of doing or saying
 * ("began to", "said to have"), ability, habit or an obligation met ("was
 * able to", "used to", "had to", "went on to"), a decision ("the decision
 * to lift", "signed an agreement to extradite"), a passive ("was forced to
 * withdraw") and a purpose ("gathered to protest", "fired tear gas to
 * disperse"); "is to visit", "due to visit" are plans, "has to" and "warned
 * (X) to" demands.
 * An actor made or let to act has not acted yet ("force the EU to
 * drop the tariff", "for French troops to start withdrawing"), nor has one whose
 * act is only named by a noun of aim or right ("efforts to get", "a
 * request to investigate", "the right to strike", or by one of not doing:
 * "the president's reluctance to lift sanctions"); a plan, a pledge or an
 * offer to act is an intent ("made a commitment to comply").
 */
/* the governor p reports the infinitive after it as done: a verb of doing or saying,
 * ability, habit, an obligation met, a decision ("began to", "was able to", "the decision
 * to") */
static int inf_done(const struct coder *c, int p)
{
	return (c->fc[p] & (FC_CTRL | FC_SAY)) || is_tok(c, p, "able") || is_tok(c, p, "had") ||
	       is_tok(c, p, "used") || is_tok(c, p, "on") || is_tok(c, p, "came") ||
	       is_tok(c, p, "went") || is_tok(c, p, "decision") || is_tok(c, p, "agreement") ||
	       is_tok(c, p, "deal");
}

/*
 * The noun of aim at p ("effort", "bid") is the object of a light "make" before it,
 * past up to three determiners, adjectives or adverbs ("made a first diplomatic effort to"):
 * the making's token, or -1.
 */
static int effort_made(const struct coder *c, int p)
{
	int q;
	for (q = p - 1; q >= 0 && q >= p - 4; q--) {
		if (is_tok(c, q, "make") || is_tok(c, q, "makes") || is_tok(c, q, "made") ||
		    is_tok(c, q, "making"))
			return q;
		if (c->t[q].kind != TOK_WORD || c->is_verb[q] || c->unit_of[q] >= 0 ||
		    (c->fc[q] & (FC_PREP | FC_SUBORD | FC_CONJ | FC_TO | FC_NEG)))
			return -1;
	}
	return -1;
}

/*
 * The infinitive's "to" at `to` follows nothing but its subject, which opens the
 * sentence: actors, joined by commas or "and" ("US to impose sanctions on Venezuela",
 * "Bolivia, Chile to resume talks"). A headline's "is to": headlines leave out
 * auxiliaries. Not after a colon: a line "READ MORE: X to Y" inside a text links
 * another story.
 */
int coder_headline_infinitive(const struct coder *c, int to)
{
	int q = to - 1, units = 0, k;
	if (!(c->d->flags & DICT_F_OPEN) || q < 0 || !(c->fc[to] & FC_TO) || c->unit_of[q] < 0)
		return 0;
	while (q >= 0 && !is_boundary(c, q)) {
		if (c->unit_of[q] >= 0) {
			/* the unit's words are names, roles and their determiners: no
			 * verb ("gets companies to pledge") */
			for (k = c->units[c->unit_of[q]].start; k <= q; k++)
				if (c->t[k].kind == TOK_WORD && c->span_of[k] < 0 &&
				    !(c->t[k].flags & TOKF_CAP) &&
				    !(c->fc[k] & (FC_DET | FC_POSS)) && !is_tok(c, k, "'s"))
					return 0;
			units++;
			q = c->units[c->unit_of[q]].start - 1;
		} else if (is_punct(c, q, ',') || is_tok(c, q, "and"))
			q--;
		else
			return 0;
	}
	return units > 0 && q < 0;
}

static int inf_mood(const struct coder *c, int p, int to, int causee)
{
	size_t k;
	int q;
	if (coder_headline_infinitive(c, to))
		return MOD_FUTURE;
	if (p < 0 || p >= to)
		return causee ? MOD_HYPOTHETICAL : MOD_ASSERTED;
	if (is_tok(c, p, "warned") || is_tok(c, p, "warns") || is_tok(c, p, "warn"))
		return MOD_DEMANDED; /* "warned Iran to stop", "were warned to leave": asked
				      * for, a saying that is no report */
	if (inf_done(c, p))
		return MOD_ASSERTED;
	if (is_tok(c, p, "is") || is_tok(c, p, "are") || is_tok(c, p, "was") ||
	    is_tok(c, p, "were") || is_tok(c, p, "due") || is_tok(c, p, "scheduled"))
		return MOD_FUTURE;
	if (is_tok(c, p, "has") || is_tok(c, p, "have"))
		return MOD_DEMANDED;
	q = p - 1;
	while (q >= 0 && is_adverb(c, q))
		q--;
	if (c->is_verb[p] && q >= 0 && (c->fc[q] & FC_BE) && !(c->fc[p] & FC_TO))
		return MOD_ASSERTED; /* "was forced to withdraw" */
	if (causee == 1) {
		/* "forced Ukraine to abandon": as done as the forcing ("in an
		 * attempt to force the EU to drop" is not) */
		int gneg, gbe, gmod, ghave, gpresent;
		if (q >= 0 && (c->fc[q] & FC_TO))
			return MOD_HYPOTHETICAL; /* "tried to force Iran to", "efforts to get
						  * Ukraine to": an aim, not yet done */
		coder_aux_scan(c, p, &gneg, &gbe, &gmod, &ghave, &gpresent);
		return gneg ? MOD_HYPOTHETICAL : gmod;
	}
	if (causee)
		return MOD_HYPOTHETICAL;
	if (is_tok(c, p, "way") &&
	    ((p >= 1 && is_tok(c, p - 1, "on")) || (p >= 2 && is_tok(c, p - 2, "on"))))
		return MOD_ASSERTED; /* "on their way to protest": going there, no aim */
	for (k = 0; k < sizeof(inf_aims) / sizeof(inf_aims[0]); k++)
		if ((is_tok(c, p, inf_aims[k]) && p + 1 == to) ||
		    (p > 0 && is_tok(c, p, "to") && is_tok(c, p - 1, inf_aims[k])))
			return MOD_HYPOTHETICAL; /* "Trump's request to Ukraine's president to" */
	for (k = 0; k < sizeof(inf_intents) / sizeof(inf_intents[0]); k++)
		if (is_tok(c, p, inf_intents[k]) && p + 1 == to)
			return MOD_FUTURE; /* "made a commitment to comply": an intent */
	return MOD_ASSERTED;
}

/*
 * Token j is the object of "resort to" or "turn to" ("resorted to force",
 * "turned to force"): a noun, not the verb "force" after an infinitive "to".
 */
int coder_resort_object(const struct coder *c, int j)
{
	if (j < 2 || !is_tok(c, j - 1, "to"))
		return 0;
	return !strncmp(c->t[j - 2].norm, "resort", 6) || is_tok(c, j - 2, "turn") ||
	       is_tok(c, j - 2, "turned") || is_tok(c, j - 2, "turns") ||
	       is_tok(c, j - 2, "turning");
}

/*
 * Aid as the purpose of another deed: the infinitive at vstart is a verb of
 * aid (07) and its governor p a verb or a noun that does not report it as done
 * ("will send engineers to help Ukraine", "may set up a fund to help farmers").
 * The help is what the deed is for, so it is in the deed's own mood: a modal,
 * a "not" or an infinitive's "to" before the governing verb in its clause (a few
 * words back from p) makes the aid as little done as the deed. The word after
 * that modal, "not" or "to", whose auxiliaries give the mood; -1 for none.
 */
static int aid_purpose(const struct coder *c, int p, int vstart)
{
	const struct dverb *w = c->is_verb[vstart] ? coder_word_verb(c, vstart) : NULL;
	const char *code = w ? coder_verb_code(c->d, w) : NULL;
	int q;
	if (!code || strncmp(code, "07", 2) || p < 0 || p >= vstart || inf_done(c, p))
		return -1;
	for (q = p - 1; q >= 0 && q > p - 8; q--) {
		if (is_boundary(c, q) || is_punct(c, q, ',') || (c->fc[q] & FC_SUBORD) ||
		    (c->fc[q] & FC_CONJ))
			return -1;
		if ((c->fc[q] & FC_NEG) && q + 1 < p && c->t[q + 1].kind == TOK_WORD &&
		    !c->is_verb[q + 1] && !is_adverb(c, q + 1) &&
		    !(c->fc[q + 1] & (FC_BE | FC_HAVE | FC_DO | FC_MODAL)))
			return -1; /* "sent doctors, not soldiers, to help": a contrast,
				    * no verb after the "not" */
		if ((c->fc[q] & (FC_MODAL | FC_NEG | FC_NEGV)) ||
		    ((c->fc[q] & FC_TO) && c->is_verb[q + 1]))
			return q + 1;
	}
	return -1;
}

/* "will send engineers to help Ukraine": the mood of the deed at g, found by
 * aid_purpose, is the aid's; under "not" there is no aid, nor a refusal */
static void aid_purpose_mood(const struct coder *c, int g, int *mod)
{
	int gneg, gbe, ghave, gpresent;
	if (g < 0)
		return;
	coder_aux_scan(c, g, &gneg, &gbe, mod, &ghave, &gpresent);
	if (gneg)
		*mod = MOD_HYPOTHETICAL;
}

/*
 * The purpose of a deed not done: the object noun p before an infinitive
 * ("force" in "will not use force to quell") follows a "not", "never" or a
 * refusal ("refused to use force to") a few words back in its clause, so
 * what it was to serve has not happened; "did not hesitate to" did, and so
 * did one that was "not the only country to finance".
 */
static int purpose_denied(const struct coder *c, int p)
{
	int q;
	for (q = p - 1; q >= 0 && q >= p - 6; q--) {
		if (is_boundary(c, q) || is_punct(c, q, ',') || (c->fc[q] & FC_SUBORD) ||
		    is_tok(c, q, "and") || is_tok(c, q, "but") || is_tok(c, q, "or"))
			return 0; /* "refused access and sent a vehicle to block" */
		if (!strncmp(c->t[q].norm, "hesitat", 7) || is_tok(c, q, "only"))
			return 0; /* "was not the only country to finance" did */
		if (is_tok(c, q, "not") && q > 0 &&
		    (is_punct(c, q - 1, ',') || is_tok(c, q - 1, "and") || is_tok(c, q - 1, "but")))
			return 0; /* "used tear gas, not water cannon, to disperse": the
				   * alternative is denied, not the deed */
		if (is_tok(c, q, "not") || is_tok(c, q, "n't") || is_tok(c, q, "never") ||
		    (c->fc[q] & FC_NEGV))
			return 1;
	}
	return 0;
}

/*
 * Force or coercion still to come as a purpose: the object noun p before the
 * infinitive at vstart ("the army" in "would use the army to crush the
 * protests") is the object of a verb that "will" or "would" stands before, a
 * few words back in its clause, and the infinitive is a verb of coercion or
 * force (17-20) or ends protests; what is not done yet is vowed, a threat.
 */

static int purpose_future(const struct coder *c, int p, int vstart)
{
	const struct dverb *w = c->is_verb[vstart] ? coder_word_verb(c, vstart) : NULL;
	const char *code = w ? coder_verb_code(c->d, w) : NULL;
	int q;
	if (!((code && (!strncmp(code, "17", 2) || !strncmp(code, "18", 2) ||
			!strncmp(code, "19", 2) || !strncmp(code, "20", 2))) ||
	      coder_dissent_ended(c, vstart)))
		return 0;
	for (q = p - 1; q >= 0 && q >= p - 6; q--) {
		if (is_boundary(c, q) || is_punct(c, q, ',') || (c->fc[q] & FC_SUBORD) ||
		    is_tok(c, q, "and") || is_tok(c, q, "but") || is_tok(c, q, "or") ||
		    (c->fc[q] & (FC_NEG | FC_NEGV)))
			return 0;
		if (is_tok(c, q, "will") || is_tok(c, q, "would") || is_tok(c, q, "'ll"))
			return 1;
	}
	return 0;
}

/*
 * The verb of a deed whose aim a purpose infinitive tells ("will travel to
 * Berlin to meet", "would gather in Nairobi to protest"): from token p, the
 * word before the infinitive's "to" past its object or place, leftwards in
 * the clause (no comma, conjunction or clause word between), the first verb
 * of the dictionaries in its base form, which a "will" or "would" may rule,
 * not one of control ("will continue to fight" goes on now); or -1.
 */
static int purpose_deed(const struct coder *c, int p)
{
	int q;
	for (q = p; q >= 0 && q > p - 8; q--) {
		if (is_boundary(c, q) || is_punct(c, q, ',') ||
		    (c->fc[q] & (FC_SUBORD | FC_CONJ)) || is_tok(c, q, "that") ||
		    is_tok(c, q, "who") || is_tok(c, q, "which"))
			return -1;
		if (c->is_verb[q] && c->span_of[q] >= 0 && c->spans[c->span_of[q]].start == q)
			return c->spans[c->span_of[q]].form == VF_BASE && !(c->fc[q] & FC_CTRL)
				       ? q
				       : -1; /* "will continue to fight": it goes on now */
	}
	return -1;
}

/*
 * "no plans to", "no knowledge of any plan to": the noun p that governs an
 * infinitive stands in a noun phrase that "no" or "without" opens.
 */
static int denied_aim(const struct coder *c, int p)
{
	int q = p - 1, k = 0;
	if (p < 0 || c->t[p].kind != TOK_WORD || c->is_verb[p] || c->unit_of[p] >= 0)
		return 0;
	while (q >= 0 && k < 5) {
		if (is_tok(c, q, "no") || is_tok(c, q, "without"))
			return 1;
		if (!((c->fc[q] & FC_DET) || is_tok(c, q, "of") || is_plain_word(c, q)))
			return 0;
		q--;
		k++;
	}
	return 0;
}

/* a verb of demand before "that" at token i ("demanded that", "insists that") */
int coder_demand_that(const struct coder *c, int i)
{
	int p = i - 1;
	if (!is_tok(c, i, "that"))
		return 0;
	while (p >= 0 && is_adverb(c, p))
		p--;
	return TOK_IN(c, p, demand_verbs);
}

/*
 * "demanded that Israel withdraw", "insisted that the US lift": a base form
 * in the "that" clause of a verb of demand, or right after the subject that
 * follows one ("demanding the government resign"), is a subjunctive, the act
 * demanded, not done.
 */
static int subjunctive(const struct coder *c, int vstart)
{
	int i, q = vstart - 1;
	if (c->span_of[vstart] < 0 || c->spans[c->span_of[vstart]].form != VF_BASE)
		return 0;
	/* "demanding the government resign", "demanded he step down": no "that" */
	if (q >= 0 && (c->d->flags & DICT_F_OPEN)) {
		if (c->unit_of[q] >= 0)
			q = c->units[c->unit_of[q]].start - 1;
		else if (c->fc[q] & FC_PRON)
			q--;
		else
			q = -1;
		while (q >= 0 && (c->fc[q] & (FC_DET | FC_POSS)))
			q--;
		if (q >= 0 && TOK_IN(c, q, demand_verbs))
			return 1;
	}
	for (i = vstart - 1; i >= 0 && !is_boundary(c, i); i--) {
		if (c->fc[i] & FC_THAT)
			return coder_demand_that(c, i);
		if ((c->fc[i] & (FC_SUBORD | FC_REL | FC_TO)) || is_punct(c, i, ';'))
			return 0;
	}
	return 0;
}

/* modality and negation from the words before the verb */
/*
 * Token i is the "of" of a fear or risk whose gerund holds the verb ("were
 * afraid of being arrested", "at risk of being deported", "for fear of getting
 * caught"): what is feared has not happened.
 */
static int feared_gerund(const struct coder *c, int i)
{
	static const char *const fear[] = { "afraid",  "fear",    "fears",  "feared",
					    "fearing", "fearful", "scared", "terrified",
					    "risk",    "risks",   "danger", "threat" };
	return is_tok(c, i, "of") && (is_tok(c, i + 1, "being") || is_tok(c, i + 1, "getting")) &&
	       TOK_IN(c, i - 1, fear);
}

/*
 * Token i is the "had" of an inverted condition, a deed that did not happen: "Had Chile
 * attacked Peru, ...", "what would the reaction have been had Chile attacked Peru". Nothing
 * of its own clause stands before it (the sentence's start, a punctuation mark, a number,
 * or a verb or auxiliary: "have been had", "the reaction in 2012 had"); after it come its
 * subject (an actor, determiners, possessives, prepositions, plain or capitalised words,
 * adverbs; its first an actor, a determiner, a possessive or a capital) and then a past
 * participle.
 */
static int inverted_had(const struct coder *c, int i)
{
	static const char *const irregular[] = { "gone",  "done", "made",   "taken",  "given",
						 "known", "seen", "been",   "become", "begun",
						 "sent",  "held", "struck", "fought", "brought" };
	int j = i + 1, words = 0;
	if (!is_tok(c, i, "had"))
		return 0;
	if (i > 0 && c->t[i - 1].kind == TOK_WORD && !c->is_verb[i - 1] &&
	    !(c->fc[i - 1] & (FC_BE | FC_HAVE | FC_MODAL)))
		return 0;
	/* the subject opens with an actor, a determiner or possessive or a capital: not
	 * "the university, in Cairo, had initially blamed", "had earlier thanked" */
	if ((size_t)j >= c->n || !(c->unit_of[j] >= 0 || (c->fc[j] & (FC_DET | FC_POSS)) ||
				   (c->t[j].kind == TOK_WORD && (c->t[j].flags & TOKF_CAP))))
		return 0;
	while ((size_t)j < c->n && words < 8 && !c->is_verb[j] &&
	       (c->unit_of[j] >= 0 || (c->fc[j] & (FC_DET | FC_POSS | FC_PREP)) ||
		is_plain_word(c, j) || is_adverb(c, j) ||
		(c->t[j].kind == TOK_WORD && (c->t[j].flags & TOKF_CAP) && !c->fc[j]))) {
		j++;
		words++;
	}
	if (!words || (size_t)j >= c->n || c->t[j].kind != TOK_WORD)
		return 0;
	if (c->is_verb[j])
		return c->span_of[j] >= 0 && c->spans[c->span_of[j]].form == VF_ED;
	return TOK_IN(c, j, irregular) ||
	       (c->t[j].nlen > 3 && !strcmp(c->t[j].norm + c->t[j].nlen - 2, "ed"));
}

/*
 * Token p is "authority", "power", "powers" or "mandate" given: after its determiner,
 * a verb of giving or the actor it is given to ("gave the military the authority to
 * patrol", "granted him the power to"). The noun is then an aim, no causee.
 */
static int power_given(const struct coder *c, int p)
{
	static const char *const powers[] = { "authority", "power", "powers", "mandate" };
	static const char *const giving[] = { "give",   "gives", "gave",   "given",
					      "giving", "grant", "grants", "granted" };
	int q = p - 1;
	if (!TOK_IN(c, p, powers))
		return 0;
	if (q >= 0 && (c->fc[q] & (FC_DET | FC_POSS)))
		q--;
	return q >= 0 && (TOK_IN(c, q, giving) || (c->fc[q] & FC_PRON) || is_tok(c, q, "him") ||
			  is_tok(c, q, "them") || is_tok(c, q, "her") ||
			  (c->unit_of[q] >= 0 && c->unit_of[q] != c->unit_of[p]));
}

/*
 * Token i ends a conjunction of condition of more than one word, as "if" is one:
 * "in case" ("in case they tried to block the road again"), "as long as", "so long
 * as" (i is the last "as"), whose own clause holds the verb at vstart (no comma
 * between: the clause after one is the main clause, with a mood of its own).
 */
static int condition_phrase(const struct coder *c, int i, int vstart)
{
	int k;
	if (!(i >= 1 && is_tok(c, i, "case") && is_tok(c, i - 1, "in")) &&
	    !(i >= 2 && is_tok(c, i, "as") && is_tok(c, i - 1, "long") &&
	      (is_tok(c, i - 2, "as") || is_tok(c, i - 2, "so"))))
		return 0;
	for (k = i + 1; k < vstart; k++)
		if (is_punct(c, k, ','))
			return 0;
	return 1;
}

/*
 * The verb at vstart asks, not tells: its clause is a question (it ends with "?") that
 * opens with an auxiliary before its subject, "Will China invade Taiwan?", "Could Iran
 * strike again?", "Did Russia attack the convoy?", "Is Iran about to strike?", or with a
 * question word and a modal, "When will Russia withdraw?". A question word before "did",
 * "is" or "has" asks about a deed it takes as done ("Why did Turkey shell the towns?"), and
 * a verb past a subordinate or relative word of the question ("Will Iran retaliate after
 * Israel struck Tehran?") is told.
 */
static int question_asked(const struct coder *c, int vstart)
{
	static const char *const modals[] = { "will",  "would",  "could", "can",  "may",
					      "might", "should", "must",  "shall" };
	static const char *const others[] = { "do",   "does", "did",  "is",  "are", "was",
					      "were", "has",  "have", "had", "am" };
	static const char *const wh[] = { "why",  "when", "how",   "where",
					  "what", "who",  "which", "whom" };
	int start = vstart - 1, end = vstart, k;
	if (!c->qmark)
		return 0;
	while (start >= 0 && !is_boundary(c, start))
		start--;
	start++;
	while (start < vstart && c->t[start].kind == TOK_PUNCT)
		start++; /* an opening quotation mark */
	while (!is_boundary(c, end))
		end++;
	if (!is_punct(c, end, '?') || start >= vstart)
		return 0;
	for (k = start + 1; k < vstart; k++)
		if (c->fc[k] & (FC_SUBORD | FC_REL | FC_THAT))
			return 0;
	if (TOK_IN(c, start, wh))
		return start + 1 < vstart && TOK_IN(c, start + 1, modals);
	return TOK_IN(c, start, modals) || TOK_IN(c, start, others);
}

/* token i is a participle of report or belief right after a "be" (past adverbs), in
 * "were reported killed", "were confirmed killed", "are believed killed": the "be" is the
 * next participle's */
int coder_reported_be(const struct coder *c, int i)
{
	static const char *const reported[] = { "reported", "believed", "feared",     "confirmed",
						"presumed", "thought",  "understood", "found" };
	int p = i - 1;
	if (!TOK_IN(c, i, reported))
		return 0;
	while (p >= 0 && is_adverb(c, p))
		p--;
	return p >= 0 && (c->fc[p] & FC_BE);
}

void coder_aux_scan(const struct coder *c, int vstart, int *neg, int *passive_be, int *mod,
		    int *have, int *present)
{
	int i = vstart - 1;
	if (i >= 0 && is_punct(c, i, '"') && coder_scare_quote(c, i))
		i--; /* 'has not "invaded"' */
	*neg = 0;
	*passive_be = 0;
	*mod = MOD_ASSERTED;
	*have = 0;
	*present = 0;
	while (i >= 0) {
		uint32_t f = c->fc[i];
		if (f & FC_NEG)
			*neg = 1;
		else if (f & FC_BE) {
			*passive_be = 1;
			if (is_tok(c, i, "is") || is_tok(c, i, "are") || is_tok(c, i, "am"))
				*present = 1;
		} else if (f & FC_MODFUT)
			*mod = *mod ? *mod : would_mood(c, i);
		else if (f & FC_MODHYP)
			*mod = MOD_HYPOTHETICAL;
		else if (f & FC_MODDEM)
			*mod = MOD_DEMANDED;
		else if (f & FC_NEGV)
			*neg = 1;
		else if (f & FC_TO) {
			/* the word that governs the infinitive */
			int p = i - 1, k;
			if ((c->d->flags & DICT_F_OPEN) && is_tok(c, p, "yet") && p > 0 &&
			    (c->fc[p - 1] & (FC_HAVE | FC_BE))) {
				*neg = 1; /* "have yet to arrest", "is yet to sign": not done */
				break;
			}
			if ((c->d->flags & DICT_F_OPEN) && p >= 0 &&
			    ((c->fc[p] & FC_CONJ) || is_punct(c, p, ',')))
				/* "agreed to open the border and to free prisoners": the
				 * first infinitive's governor */
				for (k = p - 1; k >= 0 && k > p - 30 && !is_boundary(c, k); k--)
					if ((c->fc[k] & FC_TO) && (size_t)k + 1 < c->n &&
					    c->is_verb[k + 1]) {
						i = k;
						p = k - 1;
						break;
					}
			int causee = 0;
			/* the causee's determiner too: "to force the EU to drop"; not a power
			 * given ("gave the military the authority to patrol": its aim) */
			while (p >= 0 && !((c->d->flags & DICT_F_OPEN) && power_given(c, p)) &&
			       (is_adverb(c, p) || c->unit_of[p] >= 0 || (c->fc[p] & FC_NEG) ||
				((c->d->flags & DICT_F_OPEN) && p > 0 && is_ctrl_adverb(c, p) &&
				 (c->fc[p - 1] & FC_CTRL)) ||
				((c->fc[p] & (FC_DET | FC_POSS)) && (size_t)p + 1 < c->n &&
				 c->unit_of[p + 1] >= 0 &&
				 c->units[c->unit_of[p + 1]].start == p + 1))) {
				if (c->fc[p] & FC_NEG)
					*neg = 1; /* "urged Iran not to attack" */
				if (c->unit_of[p] >= 0 && c->units[c->unit_of[p]].start == p)
					causee = coder_inf_causee(c, p);
				p--;
			}
			if ((c->d->flags & DICT_F_OPEN) && p > 0 && c->is_verb[p - 1] &&
			    (is_tok(c, p, "them") || is_tok(c, p, "him") || is_tok(c, p, "her") ||
			     is_tok(c, p, "us") || is_tok(c, p, "me"))) {
				causee = 1; /* "urged them to leave": the urging verb governs
					     * the infinitive, in its mood ("deployed them to
					     * suppress protests" did) */
				p--;
			}
			p = governor_left(c, p);
			if ((c->d->flags & DICT_F_OPEN) && denied_aim(c, p))
				*neg = 1; /* "had no knowledge of any plan to press" */
			if (p >= 0 && (c->fc[p] & FC_PURPOSE)) {
				int q = p - 1;
				while (q >= 0 && q > p - 3 &&
				       ((c->fc[q] & (FC_DET | FC_POSS)) || is_plain_word(c, q)))
					q--;
				int mk = -1;
				if (is_tok(c, q, "in"))
					*mod = MOD_HYPOTHETICAL;
				else if ((c->d->flags & DICT_F_OPEN) && is_tok(c, p, "order") &&
					 !(c->fc[p + 1] & FC_TO))
					*mod = MOD_DEMANDED; /* "to order the ministry to
							      * release": a verb, no aim */
				else if ((c->d->flags & DICT_F_OPEN) && !*mod &&
					 (is_tok(c, p, "effort") || is_tok(c, p, "efforts") ||
					  is_tok(c, p, "bid"))) {
					if ((mk = effort_made(c, p)) >= 0) {
						/* "made an effort to restore ties": tried,
						 * in the making's mood and negation */
						int gneg, gbe, ghave, gpresent;
						coder_aux_scan(c, mk, &gneg, &gbe, mod, &ghave,
							       &gpresent);
						*neg |= gneg;
					} else
						/* "continued their efforts to deepen
						 * ties", "part of a bid to broker": an aim
						 * ("an attempt to coerce", as "tried to",
						 * reports the act) */
						*mod = MOD_HYPOTHETICAL;
				}
			} else if (p >= 0 &&
				   ((c->fc[p] & FC_GOVHYP) ||
				    ((c->d->flags & DICT_F_OPEN) && p + 1 == i &&
				     is_tok(c, p, "possible") && !is_tok(c, p - 1, "as"))))
				*mod = MOD_HYPOTHETICAL; /* "wants to", "tried to", "in order to",
							  * "it was possible to" */
			else if (p >= 0 && (c->fc[p] & FC_GOVDEM)) {
				*mod = MOD_DEMANDED;
				if (c->d->flags & DICT_F_OPEN) {
					/* "might call for Argentina to withdraw": an appeal
					 * only possible asks nothing yet */
					int gneg, gbe, gmod, ghave, gpresent;
					coder_aux_scan(c, p, &gneg, &gbe, &gmod, &ghave, &gpresent);
					if (gmod == MOD_HYPOTHETICAL)
						*mod = MOD_HYPOTHETICAL;
				}
			} else if (p >= 0 && (c->fc[p] & FC_DECIDE) && (c->d->flags & DICT_F_OPEN))
				; /* "agreed to lift the curfew": the decision is the concession */
			else if (p >= 0 &&
				 ((c->fc[p] & FC_GOVFUT) || coder_intent_gerund(c, i) == p)) {
				*mod = *mod ? *mod : MOD_FUTURE;
				if (c->d->flags & DICT_F_OPEN) {
					/* "is not going to attack", "does not plan to":
					 * the governor's own negation */
					int gneg, gbe, gmod, ghave, gpresent;
					coder_aux_scan(c, p, &gneg, &gbe, &gmod, &ghave, &gpresent);
					*neg |= gneg;
				}
			} else if (p >= 0 && (c->fc[p] & FC_NEGV))
				*neg = 1;
			else if (p >= 0 && (c->fc[p] & FC_CTRL) && (c->d->flags & DICT_F_OPEN) &&
				 !(*mod) && strncmp(c->t[p].norm, "continu", 7)) {
				/* "will try to assist", "did not begin to withdraw": the
				 * control verb's own mood and negation ("will continue to
				 * fight" keeps the act's own: it goes on now) */
				int gneg, gbe, ghave, gpresent;
				coder_aux_scan(c, p, &gneg, &gbe, mod, &ghave, &gpresent);
				*neg |= gneg;
			} else if (p >= 0 && (c->d->flags & DICT_F_OPEN) && !(*mod) &&
				   !strncmp(c->t[p].norm, "hesitat", 7)) {
				/* "will not hesitate to strike": the act in the mood of the
				 * "will" ("did not hesitate to fire" fired); "hesitated to
				 * act" has not acted */
				int gneg, gbe, ghave, gpresent;
				coder_aux_scan(c, p, &gneg, &gbe, mod, &ghave, &gpresent);
				if (!gneg)
					*mod = MOD_HYPOTHETICAL;
			} else if ((c->d->flags & DICT_F_OPEN) && !(*mod)) {
				*mod = inf_mood(c, p, i, causee);
				if (*mod == MOD_ASSERTED && !causee)
					aid_purpose_mood(c, aid_purpose(c, p, vstart), mod);
				if (!*mod && !causee && p >= 0 &&
				    (!c->is_verb[p] || coder_resort_object(c, p)) &&
				    purpose_denied(c, p))
					*mod = MOD_HYPOTHETICAL; /* "will not use force to
								  * quell the protests" */
				else if (!*mod && !causee && p >= 0 && !c->is_verb[p] &&
					 purpose_future(c, p, vstart))
					*mod = MOD_FUTURE; /* "would use the army to end
							    * the protests" */
			}
			if ((c->d->flags & DICT_F_OPEN) && !*mod && !causee && p >= 0) {
				/* "will travel to Berlin to meet Scholz", "would gather in
				 * the capital to protest": an aim of a deed still to come
				 * is in that deed's mood */
				int g = purpose_deed(c, p), gneg, gbe, gmod, ghave, gpresent;
				if (g >= 0) {
					coder_aux_scan(c, g, &gneg, &gbe, &gmod, &ghave, &gpresent);
					if (!gneg &&
					    (gmod == MOD_FUTURE || gmod == MOD_HYPOTHETICAL))
						*mod = gmod;
				}
			}
			if ((c->d->flags & DICT_F_OPEN) && p > 0 && c->t[p].kind == TOK_WORD &&
			    !*mod) {
				/* "may decide to attack", "could choose to buy", "may be
				 * forced to abandon": the governor's own "may", "might",
				 * "could" ("would like to thank" thanks) */
				int q = p - 1;
				while (q >= 0 &&
				       (is_adverb(c, q) || (c->fc[q] & (FC_BE | FC_HAVE))))
					q--;
				if (is_tok(c, q, "may") || is_tok(c, q, "might") ||
				    is_tok(c, q, "could"))
					*mod = MOD_HYPOTHETICAL;
			}
			break;
		} else if ((c->d->flags & DICT_F_OPEN) && coder_process_of(c, i) >= 0) {
			/* "may begin the process of withdrawing", "did not complete the
			 * process of": the governing verb's mood and negation */
			int g = coder_process_of(c, i), gneg, gbe, ghave, gpresent;
			coder_aux_scan(c, g, &gneg, &gbe, mod, &ghave, &gpresent);
			*neg |= gneg;
			break;
		} else if ((c->d->flags & DICT_F_OPEN) && coder_possibility_of(c, i) >= 0) {
			/* "did not raise the possibility of cutting ties": the raising
			 * verb's mood and negation */
			int g = coder_possibility_of(c, i), gneg, gbe, ghave, gpresent;
			coder_aux_scan(c, g, &gneg, &gbe, mod, &ghave, &gpresent);
			*neg |= gneg;
			break;
		} else if ((f & FC_CONJ) && i > 0 && is_adverb(c, i - 1)) {
			; /* "heavily and unjustly" */
		} else if ((c->d->flags & DICT_F_OPEN) && i == vstart - 1 &&
			   coder_reported_be(c, i)) {
			; /* "were reported killed", "are feared dead": the participle's "be" */
		} else if (!(f & (FC_HAVE | FC_DO | FC_ADV)) && !is_adverb(c, i)) {
			if ((c->d->flags & DICT_F_OPEN) && feared_gerund(c, i))
				*mod = MOD_HYPOTHETICAL;
			break;
		}
		if (f & FC_HAVE) {
			*have = 1;
			if (is_tok(c, i, "has") || is_tok(c, i, "have"))
				*present = 1;
		}
		if (is_tok(c, i, "does") || is_tok(c, i, "do"))
			*present = 1;
		i--;
	}
	if ((c->d->flags & DICT_F_OPEN) && *mod == MOD_ASSERTED && !*have && !*passive_be &&
	    subjunctive(c, vstart))
		*mod = MOD_DEMANDED; /* "demanded that Israel withdraw" */
	if ((c->d->flags & DICT_F_OPEN) && *mod != MOD_HYPOTHETICAL && !*neg &&
	    question_asked(c, vstart))
		*mod = MOD_HYPOTHETICAL; /* "Will China invade Taiwan?" */
	for (i = vstart - 1; i >= 0; i--) {
		if (is_boundary(c, i))
			break;
		if ((c->fc[i] & FC_HYP) || ((c->d->flags & DICT_F_OPEN) && inverted_had(c, i)) ||
		    ((c->d->flags & DICT_F_OPEN) && condition_phrase(c, i, vstart)) ||
		    ((c->d->flags & DICT_F_OPEN) && (c->fc[i] & FC_THAT) && i > 0 &&
		     unasserted_content(c, i - 1, vstart)) ||
		    ((c->d->flags & DICT_F_OPEN) && alleged_clause(c, i, vstart))) {
			/* "if", "whether", "in case", "as long as"; "for fear that he will
			 * demand more", "the idea that Chile is arming ..." */
			*mod = MOD_HYPOTHETICAL;
			break;
		}
	}
}

/*
 * The claim made or possessed at token j ("made", "its", "'s") is its owner's own deed: the
 * clause at token k opens with a pronoun ("it", "they", "we", "he", "she"), or with an actor
 * of the owner's country, the owner being the possessor before "'s" or the actor nearest
 * before j ("Kyiv repeated its claim that Russia had shelled": Russia is not Kyiv).
 */
static int own_claim(const struct coder *c, int j, int k)
{
	static const char *const prons[] = { "it", "they", "we", "he", "she" };
	int o = -1, m, s;
	if (TOK_IN(c, k, prons))
		return 1;
	if ((s = c->unit_of[k]) < 0 || c->units[s].start != k || !c->units[s].ncodes)
		return 0;
	if (is_tok(c, j, "'s"))
		o = c->unit_of[j - 1];
	for (m = j - 1; o < 0 && m >= 0 && !is_boundary(c, m); m--)
		o = c->unit_of[m];
	return o >= 0 && o != s && c->units[o].ncodes &&
	       !strncmp(c->units[o].codes[0], c->units[s].codes[0], 3);
}

/*
 * Token i is a word whose "that" clause (the "that" at i + 1) the writer does not assert,
 * for the verb at vstart: a fear ("for fear that he will demand more"), or a noun of thought
 * or rumour ("the idea that Chile is arming", "speculation that"), or a claim or allegation
 * that no verb of confirming among the four words before it makes the writer's ("rejected
 * allegations that Chinese hackers attacked") and that is no one's own claim of one's own
 * deed (made, repeated or possessed among the three words before it, own_claim: "Hamas made
 * the claim that it had attacked"),
 * whose clause holds the verb itself, with no other verb, comma or subordinate clause
 * between; or a report its subject denies ("denied reports that Russia had attacked").
 */
static int unasserted_content(const struct coder *c, int i, int vstart)
{
	static const char *const fear[] = { "fear", "fears", "feared", "fearing" };
	static const char *const noun[] = {
		"idea",        "notion",      "suggestion", "suggestions", "speculation",
		"rumour",      "rumours",     "rumor",      "rumors",      "theory",
		"possibility", "prospect",    "hope",       "hopes",       "belief",
		"likelihood",  "claim",       "claims",     "allegation",  "allegations",
		"accusation",  "accusations", "assertion",  "assertions",
	};
	static const char *const owned[] = { "confirmed", "confirms",     "confirming",
					     "admitted",  "acknowledged", "verified" };
	static const char *const claims[] = { "claim",       "claims",     "allegation",
					      "allegations", "accusation", "accusations",
					      "assertion",   "assertions" };
	static const char *const made[] = { "made",     "make",    "makes",  "making",
					    "repeated", "repeats", "issued", "renewed" };
	static const char *const reports[] = { "report", "reports" };
	static const char *const denying[] = { "denied",    "denies",    "deny",     "denying",
					       "dismissed", "dismisses", "rejected", "rejects",
					       "refuted",   "refutes" };
	int j;
	if (TOK_IN(c, i, fear))
		return 1;
	if (TOK_IN(c, i, reports)) {
		/* "denied reports that Russia had attacked", "dismissed media reports that":
		 * a report its subject denies is not the writer's */
		for (j = i - 1; j >= 0 && j >= i - 3 && !is_boundary(c, j); j--)
			if (TOK_IN(c, j, denying))
				break;
		if (j < 0 || j < i - 3 || is_boundary(c, j) || !TOK_IN(c, j, denying))
			return 0;
		for (j = i + 2; j < vstart; j++)
			if (c->is_verb[j] || is_punct(c, j, ',') ||
			    (c->fc[j] & (FC_SUBORD | FC_THAT)))
				return 0;
		return 1;
	}
	if (!TOK_IN(c, i, noun))
		return 0;
	for (j = i - 1; j >= 0 && j >= i - 4 && !is_boundary(c, j); j--)
		if (TOK_IN(c, j, owned))
			return 0; /* "confirmed claims that its jets struck": asserted after all */
	if (TOK_IN(c, i, claims))
		for (j = i - 1; j >= 0 && j >= i - 3 && !is_boundary(c, j); j--)
			if ((TOK_IN(c, j, made) || (c->fc[j] & FC_POSS) || is_tok(c, j, "'s")) &&
			    own_claim(c, j, i + 2))
				return 0; /* "Hamas made the claim that it had attacked", "its
					   * claim that": one's own claim, as "claimed that" */
	for (j = i + 2; j < vstart; j++)
		if (c->is_verb[j] || is_punct(c, j, ',') || (c->fc[j] & (FC_SUBORD | FC_THAT)))
			return 0;
	return 1;
}

/* a verb of alleging or denying: its clause is reported, not asserted */
static const char *const alleging[] = { "alleged", "alleges", "alleging", "allege",
					"denied",  "denies",  "denying",  "deny" };

/*
 * Token i is a verb of allegation or denial whose clause holds the verb at vstart, which
 * the writer does not assert: "Serbia alleged that Kosovo police had beaten civilians",
 * "Egypt charged that Ethiopia had violated the deal", "Hamas denied that it had attacked",
 * "Russia denied it had shelled the hospital" (without "that", only when an auxiliary is
 * the word before the verb or an actor right before it is the clause's subject: "Iran
 * denies its drones attacked the tanker"). The accusation or denial itself is coded by its verb; the
 * deed, like the gerund of "accused Israel of attacking", is told, not asserted. Not after
 * a negation ("did not deny that"), nor past another verb, a comma, a conjunction or a
 * subordinate clause.
 */
static int alleged_clause(const struct coder *c, int i, int vstart)
{
	static const char *const charging[] = { "charged", "charges", "charging" };
	int j, from = i + 1, aux = vstart - 1;
	if (!c->is_verb[i] && !TOK_IN(c, i, alleging))
		return 0;
	if (TOK_IN(c, i, charging)) {
		if ((size_t)(i + 1) >= c->n || !(c->fc[i + 1] & FC_THAT))
			return 0; /* "charged Peru with fraud" is the charge itself */
	} else if (!TOK_IN(c, i, alleging))
		return 0;
	if ((size_t)from < c->n && (c->fc[from] & FC_THAT))
		from++;
	else {
		int np = from, u;
		while (aux > from && is_adverb(c, aux))
			aux--;
		if (np < vstart && (c->fc[np] & (FC_POSS | FC_DET)))
			np++;
		u = (size_t)np < c->n ? c->unit_of[np] : -1;
		if ((aux <= from || !(c->fc[aux] & (FC_HAVE | FC_BE | FC_MODAL))) &&
		    !(u >= 0 && c->units[u].start == np && c->units[u].end == vstart))
			return 0; /* "denied the charges and attacked": no clause of its own;
				   * "denied its drones attacked": an actor's clause */
	}
	for (j = i - 1; j >= 0 && j >= i - 3 && !is_boundary(c, j); j--)
		if (c->fc[j] & (FC_NEG | FC_NEGV))
			return 0; /* "did not deny that its jets struck" */
	for (j = from; j < vstart; j++)
		if (c->is_verb[j] || is_punct(c, j, ',') ||
		    (c->fc[j] & (FC_SUBORD | FC_THAT | FC_CONJ | FC_REL)))
			return 0;
	return 1;
}

/*
 * "suspended plans to impose curfews", "has shelved its threat to raise
 * tariffs", "reversed its decision to close the border", "reversed course
 * on plans to"; "rejected an invitation to meet",
 * "turned down a request to visit": a plan, threat, invitation, request or
 * offer to act called off (1) or turned down (2) by the verb before it, not
 * negated. The infinitive at vstart; 0 when neither.
 */
int coder_called_off(const struct coder *c, int vstart, int *at)
{
	static const char *const plans[] = { "plan",        "plans",   "proposal", "proposals",
					     "decision",    "threat",  "threats",  "invitation",
					     "invitations", "request", "requests", "offer",
					     "offers",      "call",    "calls" };
	static const char *const rejects[] = { "rejected", "rejects",   "rejecting", "reject",
					       "refused",  "refuses",   "refusing",  "declined",
					       "declines", "declining", "dismissed", "dismisses",
					       "rebuffed", "spurned",   "snubbed" };
	static const char *const cancels[] = {
		"suspended",  "suspends",  "suspending",  "shelved",   "shelves",   "shelving",
		"dropped",    "drops",     "dropping",    "abandoned", "abandons",  "abandoning",
		"scrapped",   "scraps",    "scrapping",   "cancelled", "canceled",  "cancels",
		"cancelling", "canceling", "halted",      "halts",     "froze",     "frozen",
		"freezes",    "withdrew",  "withdrawn",   "withdraws", "rescinded", "rescinds",
		"ditched",    "ditches",   "postponed",   "postpones", "suspend",   "shelve",
		"drop",       "abandon",   "scrap",       "cancel",    "halt",      "freeze",
		"withdraw",   "rescind",   "ditch",       "postpone",  "reversed",  "reverses",
		"reversing",  "reverse",   "revoked",     "revokes",   "revoking",  "revoke",
		"overturned", "overturns", "overturning", "overturn"
	};
	/* phrasal cancels: "called off", "backed away from", "backed down on",
	 * "reversed course on" */
	static const char *const heads[] = { "called", "calls",    "call",     "backed", "backs",
					     "back",   "reversed", "reverses", "reverse" };
	int p = vstart - 1, q, k, kind = 1;
	while (p >= 0 && is_adverb(c, p))
		p--;
	if (p < 1 || !(c->fc[p] & FC_TO) || !TOK_IN(c, p - 1, plans))
		return 0;
	q = p - 2;
	for (k = 0; k < 3 && q >= 0 &&
		    ((c->fc[q] & (FC_DET | FC_POSS)) ||
		     (is_plain_word(c, q) && !TOK_IN(c, q, cancels) && !is_tok(c, q, "off") &&
		      !is_tok(c, q, "on") && !is_tok(c, q, "from")));
	     k++)
		q--; /* "its controversial plan" */
	if (q < 0)
		return 0;
	if (TOK_IN(c, q, rejects)) {
		kind = 2;
	} else if (is_tok(c, q, "down") && q > 0 &&
		   (is_tok(c, q - 1, "turned") || is_tok(c, q - 1, "turns") ||
		    is_tok(c, q - 1, "turning") || is_tok(c, q - 1, "turn"))) {
		kind = 2; /* "turned down an invitation to" */
		q--;
	} else if (!TOK_IN(c, q, cancels)) {
		if (is_tok(c, q, "off"))
			q--;
		else if (is_tok(c, q, "on") || is_tok(c, q, "from")) {
			q--;
			if (!(is_tok(c, q, "away") || is_tok(c, q, "down") ||
			      is_tok(c, q, "course")))
				return 0;
			q--;
		} else
			return 0;
		if (!TOK_IN(c, q, heads))
			return 0;
	}
	for (k = q - 1; k >= 0 && k >= q - 3 && !is_boundary(c, k); k--)
		if (c->fc[k] & (FC_NEG | FC_NEGV))
			return 0; /* "has not dropped its plan to" */
	*at = q;
	return kind;
}

/*
 * The mood of the verb at token `at` that called an act off, as its own
 * event was coded: "may reverse its decision to" is hypothetical, "urged
 * Israel to reverse its decision to" demanded; asserted when it coded none.
 */
int coder_cancel_mood(const struct coder *c, const struct ctx *x, int at)
{
	int k;
	for (k = 0; k < c->nverbs; k++) {
		const struct vinfo *w = &c->verbs[k];
		if (at < w->start || at >= w->end)
			continue;
		if (w->first_event >= 0 && w->nevents > 0 && (size_t)w->first_event < x->out->n)
			return x->out->v[w->first_event].modality;
		break;
	}
	return MOD_ASSERTED;
}

/*
 * An agreement to cooperate is an intent (CAMEO 03: to agree to cooperate is to
 * express the intent to): the consultation, diplomatic or material cooperation
 * or aid (04-07) that "agree to" governs is not done yet ("agreed to share
 * intelligence" 0314, "have agreed to hold joint exercises" 0312, "agreed to
 * meet" 036). A concession agreed ("agreed to lift the curfew") is made by the
 * decision, as is an act of another kind that an actor agreed or decided on.
 * 1 if `code` is such a deed and the verb at vstart is "agree"'s infinitive
 * ("agreed to share"), or is "agree" itself, its code coming from words past
 * its own infinitive (`wfrom`, the first word of the pattern's match: "agreed
 * to hold joint exercises").
 */
/*
 * A meeting, cooperation or aid that a light verb of planning names ("planned a
 * meeting with", "prepared a visit to", "scheduled talks") is not held yet, nor
 * are talks, a meeting or a visit announced or called ("announced talks with
 * Iran", "called a meeting of"): the intent (03) when the plan is the subject's,
 * the deed in the future. Aid announced is given; force planned is no
 * cooperation.
 */
int coder_planned_deed(const char *lemma, const char *code)
{
	if (!lemma || code[0] != '0' || code[1] < '4' || code[1] > '7')
		return 0;
	if (!strcmp(lemma, "plan") || !strcmp(lemma, "prepare") || !strcmp(lemma, "schedule"))
		return 1;
	return code[1] == '4' && (!strcmp(lemma, "announce") || !strcmp(lemma, "call"));
}

/*
 * "called the talks with Ukraine pointless", "called talks with Kyiv a waste of time":
 * the noun phrase that "call" took, ending at token `to` (its partner after "with" or
 * "between" read on), followed by an adjective or "a"/"an" and a noun: a judgment of
 * the talks, no talks called.
 */
int coder_called_judgment(const struct coder *c, int to)
{
	static const char *const when[] = { "next",     "this",  "last",    "later", "soon",
					    "tomorrow", "today", "tonight", "early", "again" };
	int i = to;
	if (is_tok(c, i, "with") || is_tok(c, i, "between")) {
		i++;
		while ((size_t)i < c->n &&
		       ((c->fc[i] & FC_DET) || is_tok(c, i, "and") || is_tok(c, i, "'s") ||
			(c->span_of[i] >= 0 && (c->spans[c->span_of[i]].kind == PAY_ACTOR ||
						c->spans[c->span_of[i]].kind == PAY_AGENT))))
			i++;
	}
	if ((size_t)i >= c->n)
		return 0;
	if (is_tok(c, i, "a") || is_tok(c, i, "an"))
		return 1;
	return (is_plain_word(c, i) || is_adverb(c, i)) && !(c->t[i].flags & TOKF_CAP) &&
	       !TOK_IN(c, i, when);
}

/* the lemma of token i when it is a verb of planning, announcing or calling, else NULL */
const char *coder_plan_lemma(const struct coder *c, int i)
{
	static const char *const plan[] = { "plan", "plans", "planned", "planning" },
				 *const prepare[] = { "prepare", "prepares", "prepared",
						      "preparing" },
				 *const schedule[] = { "schedule", "schedules", "scheduled",
						       "scheduling" },
				 *const announce[] = { "announce", "announces", "announced",
						       "announcing" },
				 *const call[] = { "call", "calls", "called", "calling" };
	return TOK_IN(c, i, plan)       ? "plan"
	       : TOK_IN(c, i, prepare)  ? "prepare"
	       : TOK_IN(c, i, schedule) ? "schedule"
	       : TOK_IN(c, i, announce) ? "announce"
	       : TOK_IN(c, i, call)     ? "call"
					: NULL;
}

int coder_agreed_inf(const struct coder *c, int vstart)
{
	int g = coder_inf_governor(c, vstart), p = vstart - 1, k;
	while (g < 0 && p >= 0 && is_adverb(c, p))
		p--;
	if (g >= 0 || p < 1 || !(c->fc[p] & FC_TO) ||
	    !((c->fc[p - 1] & FC_CONJ) || is_punct(c, p - 1, ',')))
		return g;
	/* "agreed to open the border and to free prisoners": the first infinitive's */
	for (k = p - 2; k >= 0 && k > p - 30 && !is_boundary(c, k); k--)
		if ((c->fc[k] & FC_TO) && (size_t)k + 1 < c->n && c->is_verb[k + 1])
			return coder_inf_governor(c, k + 1);
	return -1;
}

int coder_agreed_deed(const struct coder *c, const struct vinfo *v, const char *code, int wfrom)
{
	int g, k;
	if (code[0] != '0' || code[1] < '4' || code[1] > '8' || !strncmp(code, "087", 3))
		return 0;
	g = coder_agreed_inf(c, v->start);
	if (g >= 0)
		return (c->fc[g] & FC_DECIDE) && !strncmp(c->t[g].norm, "agree", 5);
	if (!(c->fc[v->start] & FC_DECIDE) || strncmp(c->t[v->start].norm, "agree", 5))
		return 0;
	k = v->end;
	while ((size_t)k < c->n && is_adverb(c, k))
		k++;
	return (size_t)k + 1 < c->n && (c->fc[k] & FC_TO) && c->is_verb[k + 1] && wfrom > k + 1;
}

/*
 * The future act at vstart is promised, offered or agreed ("pledged to
 * send", "is ready to meet", "a commitment to comply"), not only scheduled
 * ("will meet", "is due to visit", "plans to send", "said it would"): what
 * governs its infinitive is no plan, expectation or "is to".
 */
int coder_promised(const struct coder *c, int vstart)
{
	static const char *const plans[] = { "plan",     "plans",  "planned",  "planning",
					     "intends",  "intend", "intended", "expected",
					     "set",      "going",  "about",    "is",
					     "are",      "was",    "were",     "due",
					     "scheduled" };
	int p = vstart - 1;
	while (p >= 0 && is_adverb(c, p))
		p--;
	if (p < 0 || !(c->fc[p] & FC_TO))
		return 0; /* "will meet", "would send" */
	if (coder_headline_infinitive(c, p))
		return 0; /* "Russia to meet Syria": scheduled, as "is to meet" */
	p--;
	while (p >= 0 && is_adverb(c, p))
		p--;
	p = governor_left(c, p);
	if (p < 0)
		return 0;
	if ((c->d->flags & DICT_F_OPEN) &&
	    !(c->fc[p] & (FC_GOVDEM | FC_GOVFUT | FC_GOVHYP | FC_DECIDE)) &&
	    purpose_deed(c, p) >= 0)
		return 0; /* "will travel to Berlin to meet": the meeting is scheduled */
	return !TOK_IN(c, p, plans);
}

/*
 * The second code of the first pair of `map` (`n` pairs, longer prefixes
 * before shorter) whose first code begins `code`, or NULL.
 */
const char *coder_code_by_prefix(const char *const map[][2], size_t n, const char *code)
{
	size_t k;
	for (k = 0; k < n; k++)
		if (!strncmp(code, map[k][0], strlen(map[k][0])))
			return map[k][1];
	return NULL;
}

/*
 * What calling off a planned act concedes: a curfew or emergency eased
 * (0813, 0814), other restrictions (081), sanctions (085), dissent (082),
 * force or mobilisation (087); NULL for other acts.
 */
const char *coder_cancel_code(const char *code)
{
	static const char *const map[][2] = {
		{ "1723", "0813" }, { "1724", "0814" }, { "17", "081" },
		{ "163", "085" },   { "14", "082" },    { "15", "087" },
		{ "18", "087" },    { "19", "087" },    { "20", "087" },
	};
	return coder_code_by_prefix(map, sizeof(map) / sizeof(map[0]), code);
}

/*
 * An announced cooperative act is an intent (CAMEO 03): "Iran is ready to
 * resume talks" is 036, "will send aid" 033, "pledged to free" 0353. The
 * code of the intent for a cooperative code, or NULL.
 */
const char *coder_intent_code(const char *code)
{
	static const char *const map[][2] = {
		{ "0831", "0341" }, { "0832", "0342" }, { "0833", "0343" }, { "0834", "0344" },
		{ "083", "034" },   { "081", "0351" },  { "082", "0352" },  { "084", "0353" },
		{ "085", "0354" },  { "086", "0355" },  { "087", "0356" },  { "08", "035" },
		{ "061", "0311" },  { "062", "0312" },  { "063", "0313" },  { "064", "0314" },
		{ "06", "031" },    { "071", "0331" },  { "072", "0332" },  { "073", "0333" },
		{ "074", "0334" },  { "07", "033" },    { "057", "030" },   { "05", "032" },
		{ "04", "036" },
	};
	return coder_code_by_prefix(map, sizeof(map) / sizeof(map[0]), code);
}

/* events that need no recipient: intents, material cooperation and aid ("held
 * joint exercises", "sent aid"), yield, investigate, demand, disapprove, reject,
 * threaten, protest, posture, reduce relations (expelled diplomats, cut aid or
 * quit talks with no one named), coerce, assault, fight, mass violence; praise or
 * endorsement and signing (051, 057: "backed the resolution", PLOVER SUPPORT
 * needs no recipient), not a verbal defence (052: with no one named, of the
 * actor's own stance); an appeal for something named (021-028: "appealed for
 * international aid", "called for calm"), not a bare appeal (020: "asked not to
 * be identified", "called for better pay" ask no one anything coded) nor a release
 * held by no one named (0253: "called for the release of the files") */
int coder_one_sided(const char *code)
{
	static const char *const roots[] = { "03", "06", "07", "08", "09", "10", "11", "12",
					     "13", "14", "15", "16", "17", "18", "19", "20" };
	size_t k;
	if (!strncmp(code, "163", 3) || !strncmp(code, "074", 3) || !strncmp(code, "061", 3))
		return 0; /* "the tariffs Trump imposed": on everyone, no event;
			   * "safeguarded", "protected" with no one named: a right or
			   * a way of life, no protection given; "tend to purchase
			   * goods": buying and selling with no partner is no
			   * cooperation */
	for (k = 0; k < sizeof(roots) / sizeof(roots[0]); k++)
		if (!strncmp(code, roots[k], 2))
			return 1;
	return !strncmp(code, "051", 3) || !strncmp(code, "057", 3) ||
	       (!strncmp(code, "02", 2) && code[2] && code[2] != '0' && strcmp(code, "0253"));
}

/*
 * Acts only a state's authorities do to people at home: a grant of asylum
 * (075), a conviction (116), a ban or restriction (172x), an arrest (173),
 * and lifting its own restrictions, curfew or state of emergency (081x).
 */
int coder_state_act(const char *code)
{
	return !strcmp(code, "075") || !strncmp(code, "116", 3) || !strncmp(code, "172", 3) ||
	       !strcmp(code, "173") || !strncmp(code, "081", 3);
}

/*
 * A formal charge ("was charged with fraud", "was indicted for bribery"):
 * an accusation of a crime (112x) that only prosecutors and courts bring.
 */
int coder_charged(const char *code, const char *lemma)
{
	return !strncmp(code, "112", 3) && lemma &&
	       (!strcmp(lemma, "charge") || !strcmp(lemma, "indict"));
}

/*
 * The country where the clause [from, end) says something happened: the
 * first unit after a place preposition ("in Iran", "in Tehran") whose code
 * is a country's; NULL when none.
 */
const char *coder_place_country(const struct coder *c, int from, int end)
{
	int k, loc;
	char cc[4];
	for (k = 0; k < c->nunits; k++) {
		const struct unit *u = &c->units[k];
		if (u->start < from || u->start >= end || !u->ncodes || u->docfill)
			continue;
		loc = 0;
		if (!coder_pp_object(c, u->start, &loc) || !loc)
			continue;
		snprintf(cc, sizeof(cc), "%.3s", u->codes[0]);
		if (coder_country_code(cc))
			return u->codes[0];
	}
	return NULL;
}

/* The pattern an event names: the verb's lemma and the matched pattern's text. */
const char *coder_pattern_text(struct ctx *x, const char *lemma, const char *ptext)
{
	char pattern[256];

	if (ptext)
		snprintf(pattern, sizeof(pattern), "%s %s", lemma, ptext);
	else
		snprintf(pattern, sizeof(pattern), "%s", lemma);
	return arena_strdup(&x->out->arena, pattern);
}

/*
 * A release from a state's custody: "from prison", "from jail", "from custody",
 * "from detention" or "on bail" within a few words after the verb ending at token
 * from, in the clause that ends at end. Hostages freed are no state's release.
 */
int coder_from_custody(const struct coder *c, int from, int end)
{
	static const char *const places[] = { "prison",  "jail",      "gaol",
					      "custody", "detention", "bail" };
	int i;
	for (i = from; i < end && i < from + 4; i++)
		if ((is_tok(c, i, "from") || is_tok(c, i, "on")) && (size_t)i + 1 < c->n &&
		    TOK_IN(c, i + 1, places))
			return 1;
	return 0;
}
