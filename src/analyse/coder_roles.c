/*
 * coder_roles.c: who did what to whom where a verb's pattern leaves it open: events
 * with no named agent, one-sided and domestic acts, persons, forces, harm and the
 * tests coder_code_verb (coder_verbs.c) makes of a source or target.
 */
#include "analyse/coder_internal.h"

#include "util/banned.h"

/*
 * An agentless passive of a state act ("four activists were arrested", "was
 * sentenced to ten years"): the authorities of the country where it happened
 * (`place`, a code) did it, else those of the target's country, the
 * government (GOV) standing for them; asylum is granted abroad, so only where
 * a place is named. Targets with no country code nothing, nor do a state's
 * own agents taken by it with no place named ("the minister was arrested"
 * may be abroad), except a former official convicted ("former president X
 * was sentenced"), who is tried at home. A leader of the opposition is no
 * agent of the state ("the Kenyan opposition leader was arrested").
 */
int coder_code_agentless(struct coder *c, struct ctx *x, int vi, const int *tgts, int nt,
			 const char *place, const char *code, int neg, int mod, const char *ptext,
			 const char *lemma)
{
	char src[8], tcode[CODE_MAX];
	const char *pat_text = coder_pattern_text(x, lemma, ptext), *tt;
	int b, tc, rc;
	if (!pat_text)
		return -ERR_NOMEM;
	for (b = 0; b < nt; b++) {
		const struct unit *T = &c->units[tgts[b]];
		tt = coder_unit_text(c, x, tgts[b]);
		if (!tt)
			return -ERR_NOMEM;
		for (tc = 0; tc < T->ncodes; tc++) {
			snprintf(src, sizeof(src), "%.3s", place ? place : T->codes[tc]);
			if (!coder_country_code(src) || (!place && !strcmp(code, "075")) ||
			    (!place && coder_national_unit(c, tgts[b])) ||
			    (coder_state_role(T->codes[tc]) &&
			     !coder_has_role(T->codes[tc], "OPP") &&
			     !strncmp(src, T->codes[tc], 3) && strncmp(code, "116", 3) &&
			     strncmp(code, "112", 3)))
				continue;
			/* a charge or a conviction is the courts' ("the minister was
			 * sentenced") */
			snprintf(src, sizeof(src), "%.3s%s", place ? place : T->codes[tc],
				 strncmp(code, "116", 3) && strncmp(code, "112", 3) ? "GOV"
										    : "JUD");
			/* "two journalists were arrested in Minsk" in a story that names
			 * Russia most: people whose country is only the document's are the
			 * place's, as far as the text says */
			if (place && T->docfill && strlen(T->codes[tc]) >= 3 &&
			    strncmp(place, T->codes[tc], 3))
				snprintf(tcode, sizeof(tcode), "%.3s%s", place, T->codes[tc] + 3);
			else
				snprintf(tcode, sizeof(tcode), "%s", T->codes[tc]);
			rc = coder_push_event(c, x, src, "", tcode, tt, cameo_lookup(code), vi, neg,
					      mod, pat_text);
			if (rc)
				return rc;
		}
	}
	return 0;
}

/*
 * Force or coercion (17-20) done to the subject of a passive that names no agent
 * ("the embassy was attacked", "two soldiers were killed"), or an accusation made
 * against it (112x, asserted: "Qatar has been accused of violating the rules"): the deed is
 * coded with an empty source, the one who did it unknown, as an event with no one
 * named on the receiving end has an empty target.
 */
int coder_unnamed_harm(const char *code)
{
	return code[0] == '2' || (code[0] == '1' && code[1] >= '7' && code[1] <= '9') ||
	       !strncmp(code, "112", 3);
}

/*
 * The passive's subject unit u is who the deed was done to: the head of its noun
 * phrase, with what stands between it and the verb at vstart only an auxiliary, an
 * adverb, a comma, a bracket, a relative pronoun or a preposition ("two soldiers
 * from Chad were killed"); not the possessor or the adjective of a thing ("Obama's
 * policy", "the Syrian economy was hit") nor the agent of a participle before it
 * ("a plan drafted by Iran was attacked").
 */

int coder_patient_head(const struct coder *c, int u, int vstart)
{
	const struct unit *U = &c->units[u];
	int i = U->end, lead = coder_unit_lead(c, u), k;
	if (U->start > vstart || (lead > 0 && is_tok(c, lead - 1, "by")))
		return 0;
	if (i == vstart)
		return 1;
	if (is_tok(c, i, "'s"))
		return 0;
	if (is_plain_word(c, i)) {
		/* "Kenyan police officers", not "the Syrian economy": a role's noun */
		for (k = 0; k < U->ncodes; k++)
			if (strlen(U->codes[k]) <= 3)
				return 0;
		return U->ncodes > 0;
	}
	return is_aux(c, i) || is_punct(c, i, ',') || is_punct(c, i, '(') ||
	       (c->fc[i] & (FC_PREP | FC_LOC | FC_REL | FC_THAT | FC_CONJ));
}

/*
 * The passive at vend (lemma) is force done, not its sense of coercion into an
 * act ("was forced to close", "were pushed to the brink") nor a choice of whom
 * to court ("was targeted for its views", "targeted with ads").
 */
int coder_unnamed_sense(const struct coder *c, int vend, const char *lemma)
{
	/* verbs whose passive with no agent is as often pressure, courting or a
	 * market's loss as force: "voters were targeted", "exporters were hit hard",
	 * "the president was forced out" */
	static const char *const loose[] = { "target", "hit", "hammer", "batter", "slam", "force" };
	int i = vend;
	if (lemma && STR_AMONG(lemma, loose))
		return 0;
	while ((size_t)i < c->n && is_adverb(c, i))
		i++;
	if ((size_t)i >= c->n)
		return 1;
	if (c->fc[i] & FC_TO)
		return 0;
	if (is_tok(c, i, "with") && lemma && !strcmp(lemma, "bombard"))
		return 0; /* "bombarded with questions" */
	/* words, not arms: "attacked as naive", "for his remarks", "over the
	 * crisis", "in the press", "on social media" */
	if (lemma && !strcmp(lemma, "attack") &&
	    (is_tok(c, i, "as") || is_tok(c, i, "for") || is_tok(c, i, "over") ||
	     ((is_tok(c, i, "in") || is_tok(c, i, "on")) &&
	      (is_tok(c, i + 2, "press") || is_tok(c, i + 2, "media") ||
	       is_tok(c, i + 1, "social") || is_tok(c, i + 2, "newspapers")))))
		return 0;
	return 1;
}

int coder_code_unnamed(struct coder *c, struct ctx *x, int vi, const int *tgts, int nt,
		       const char *code, int neg, int mod, const char *ptext, const char *lemma)
{
	const char *pat_text = coder_pattern_text(x, lemma, ptext);
	int b, tc, rc = 0;
	if (!pat_text)
		return -ERR_NOMEM;
	x->unknown_source = 1;
	for (b = 0; b < nt && !rc; b++) {
		const struct unit *T = &c->units[tgts[b]];
		const char *tt = coder_unit_text(c, x, tgts[b]);
		if (!tt) {
			rc = -ERR_NOMEM;
			break;
		}
		for (tc = 0; tc < T->ncodes && !rc; tc++)
			rc = coder_push_event(c, x, "", "", T->codes[tc], tt, cameo_lookup(code),
					      vi, neg, mod, pat_text);
	}
	x->unknown_source = 0;
	return rc;
}

/*
 * Forces sent in a passive: troops, soldiers or police (the subject, unit subj)
 * sent, dispatched, rushed or flown somewhere are mobilised (154; police 153),
 * whoever sent them; not those sent to prison, jail, court or trial. The verb's
 * lemma; its clause runs from token from to end. The code, or NULL.
 */
const char *coder_forces_sent(const struct coder *c, int subj, const char *lemma, int from, int end)
{
	static const char *const sends[] = { "send", "dispatch", "despatch",
					     "rush", "airlift",  "fly" };
	static const char *const not_to[] = { "prison", "jail", "court", "trial", "custody" };
	const struct unit *S;
	int i, cop = 0, mil = 0, j;
	if (subj < 0 || !lemma)
		return NULL;
	if (!STR_AMONG(lemma, sends))
		return NULL;
	for (i = from; i < end && i < from + 4; i++)
		if (TOK_IN(c, i, not_to))
			return NULL;
	S = &c->units[subj];
	for (j = 0; j < S->ncodes; j++) {
		if (coder_has_role(S->codes[j], "COP"))
			cop = 1;
		else if (coder_has_role(S->codes[j], "MIL") || coder_has_role(S->codes[j], "UAF"))
			mil = 1;
		else
			return NULL;
	}
	return mil ? "154" : cop ? "153" : NULL;
}

static int armed_force(const char *code);

/* a verb of coming or going that makes a visit (042) of a journey */
int coder_journey_lemma(const char *lemma)
{
	static const char *const go[] = { "arrive",  "land", "fly",  "travel",
					  "journey", "go",   "cross" };
	return STR_AMONG(lemma, go);
}

/*
 * Unit subj is no one whose journey is a visit: an armed force that is no single
 * person ("US troops", "a batch of military trainers"; not "the army chief",
 * "military negotiators", nor peacekeepers, whom the country receives),
 * refugees or civilians; none goes "for talks" or "to meet" (the journey ends
 * at token vend).
 */
int coder_no_visitor(const struct coder *c, int subj, int vend)
{
	static const char *const visitors[] = {
		"chief",    "chiefs",    "commander",  "commanders",  "general", "generals",
		"officer",  "officers",  "official",   "officials",   "head",    "delegation",
		"delegate", "delegates", "negotiator", "negotiators", "envoy",   "envoys",
		"minister", "ministers", "leader",     "leaders",     "attache", "adviser",
		"advisers", "spokesman", "team",
	};
	static const char *const purpose[] = { "talks",    "meet",          "discuss",
					       "meetings", "consultations", "negotiations" };
	const struct unit *S;
	int j;
	for (j = vend; (size_t)j < c->n && j < vend + 6 && !is_boundary(c, j); j++)
		if ((is_tok(c, j, "for") || (c->fc[j] & FC_TO)) && TOK_IN(c, j + 1, purpose))
			return 0; /* "officers travelled to Pyongyang for talks" */
	if (subj < 0 || !c->units[subj].ncodes)
		return 0;
	S = &c->units[subj];
	for (j = S->start; j <= S->end && (size_t)j < c->n; j++)
		if (TOK_IN(c, j, visitors))
			return 0; /* "the army chief", "military negotiators" (the
				   * head noun may follow the actor's words) */
	for (j = 0; j < S->ncodes; j++)
		if (!(armed_force(S->codes[j]) || coder_has_role(S->codes[j], "REF") ||
		      coder_has_role(S->codes[j], "CVL")) ||
		    coder_has_role(S->codes[j], "PKO") || coder_has_role(S->codes[j], "DPK"))
			return 0; /* peacekeepers are received (0861, push_event) */
	return coder_unit_person(c, S) != 1;
}

/*
 * "call" that names or describes, not a call on the telephone (041): "a village
 * called Ghazal", "what it called a provocation", "called Cuba's claims
 * baseless", "called it \"unlawful\"", "called Cambodians guilty", "called out
 * the regime", "called in the army", "called into question". A telephone call
 * reaches a person: an actor or a personal pronoun right after the verb (a
 * determiner or possessive may lead it), and after it comes no complement: the
 * sentence's or clause's end, a comma, a preposition other than "into" or
 * "as", "to", a conjunction, a subordinator, an adverb or a word of time
 * ("called the Egyptian president on Friday", "called Abbas to reassure him",
 * "called his counterpart yesterday"). Tokens [vstart, vend) are the verb.
 */
int coder_call_names(const struct coder *c, int vstart, int vend)
{
	static const char *const persons[] = { "him", "her", "them", "me", "us" };
	static const char *const heads[] = {
		"counterpart", "counterparts", "president",  "minister", "ministers",  "leader",
		"leaders",     "premier",      "chancellor", "envoy",    "ambassador", "officials",
		"foreign",     "prime",        "defence",    "defense",  "deputy",     "vice",
		"secretary",   "king",         "queen",      "prince",   "emir",       "sultan"
	};
	static const char *const times[] = { "yesterday",  "last",    "this",    "late",
					     "early",      "twice",   "again",   "personally",
					     "minutes",    "hours",   "moments", "days",
					     "overnight",  "shortly", "nearly",  "regarding",
					     "concerning", "several" };
	static const char *const counts[] = { "one", "two",   "three", "four", "five",
					      "six", "seven", "eight", "nine", "ten" };
	static const char *const spans[] = { "times", "time", "minutes", "hours", "days" };
	int j = vend, k, u;
	for (k = vstart - 1; k >= 0 && k >= vstart - 4 && !is_boundary(c, k); k--)
		if (is_tok(c, k, "what"))
			return 1; /* "what the government calls ..." */
	if (is_tok(c, j, "up") || is_tok(c, j, "back"))
		j++;
	if (TOK_IN(c, j, persons))
		k = j + 1;
	else {
		while ((size_t)j < c->n && j < vend + 3 && c->unit_of[j] < 0 &&
		       (c->fc[j] & (FC_DET | FC_POSS)))
			j++;
		if ((size_t)j >= c->n || (u = c->unit_of[j]) < 0)
			return 1; /* "called it", "called the decision", "called out" */
		k = c->units[u].end;
		/* "the president of France", "Somalia's ambassador" */
		while ((is_tok(c, k, "of") || is_tok(c, k, "'s")) && (size_t)k + 1 < c->n &&
		       c->unit_of[k + 1] >= 0 && c->units[c->unit_of[k + 1]].end > k + 1)
			k = c->units[c->unit_of[k + 1]].end;
		if (is_tok(c, k, "'s"))
			return 1; /* "called Cuba's allegations" */
		/* "his Russian counterpart", "Niger's Foreign Minister Ana Tui" */
		while (TOK_IN(c, k, heads))
			k++;
		if (TOK_IN(c, k - 1, heads))
			while ((size_t)k < c->n && c->t[k].kind == TOK_WORD &&
			       (c->t[k].flags & TOKF_CAP) && !c->fc[k])
				k++;
	}
	if (is_boundary(c, k) || is_punct(c, k, ','))
		return 0;
	if (is_tok(c, k, "into") || is_tok(c, k, "as"))
		return 1;
	if ((c->fc[k] & (FC_PREP | FC_TO | FC_CONJ | FC_SUBORD | FC_REL | FC_ADV)) ||
	    is_adverb(c, k) || TOK_IN(c, k, times) ||
	    (c->t[k].kind == TOK_WORD && coder_calendar_word(c->t[k].norm)))
		return 0;
	if ((c->t[k].kind == TOK_NUM || TOK_IN(c, k, counts)) && TOK_IN(c, k + 1, spans))
		return 0; /* "called Netanyahu three times last week" */
	return 1;         /* "called them \"terrorists\"", "called Cambodians guilty" */
}

/* "call" after "what" names what follows: "over what it called dangerous manoeuvres" */
int coder_call_what(const struct coder *c, int vstart, int vend)
{
	static const char *const particles[] = { "for", "on", "upon", "off", "up", "in", "out" };
	int k;
	if (TOK_IN(c, vend, particles))
		return 0;
	for (k = vstart - 1; k >= 0 && k >= vstart - 4 && !is_boundary(c, k); k--)
		if (is_tok(c, k, "what"))
			return 1;
	return 0;
}

/*
 * Unit subj is a crowd: protesters, residents, students, workers, refugees
 * ("hundreds of people gathered in the square"), whose gathering is no meeting
 * of parties (044); leaders, ministers or delegates of such a group still meet,
 * and so does a crowd that gathers "for talks" or "to negotiate" (the verb
 * ends at token vend).
 */
int coder_crowd_unit(const struct coder *c, int subj, int vend)
{
	static const char *const purpose[] = { "talks",     "meet",     "discuss",
					       "negotiate", "meetings", "negotiations" };
	static const char *const members[] = {
		"leader",          "leaders",  "official",   "officials",   "minister",
		"ministers",       "delegate", "delegates",  "delegation",  "delegations",
		"envoy",           "envoys",   "negotiator", "negotiators", "representative",
		"representatives", "head",     "heads",      "chief",       "chiefs"
	};
	const struct unit *S;
	int j;
	if (subj < 0 || !c->units[subj].ncodes)
		return 0;
	S = &c->units[subj];
	/* the head noun may follow the actor's words: "union representatives" */
	for (j = S->start; j <= S->end + 1 && (size_t)j < c->n; j++)
		if (TOK_IN(c, j, members))
			return 0;
	for (j = vend; (size_t)j < c->n && j < vend + 8 && !is_boundary(c, j); j++)
		if ((is_tok(c, j, "for") || (c->fc[j] & FC_TO)) && TOK_IN(c, j + 1, purpose))
			return 0; /* "gathered in Mombasa for talks with the employers" */
	for (j = 0; j < S->ncodes; j++)
		if (!coder_unarmed(S->codes[j]) && !coder_has_role(S->codes[j], "CVL") &&
		    !coder_has_role(S->codes[j], "REF"))
			return 0;
	return 1;
}

/*
 * Unit subj is protesters, demonstrators or the opposition: every code of it an
 * opposition's (`OPP`) and no other role's.
 */
int coder_protester_unit(const struct coder *c, int subj)
{
	const struct unit *S = &c->units[subj];
	int j;
	for (j = 0; j < S->ncodes; j++)
		if (!coder_has_role(S->codes[j], "OPP") || !coder_unarmed(S->codes[j]))
			return 0;
	return S->ncodes > 0;
}

/* verbs of deeds "help" may lend a hand to, coded by no event verb or only
 * with an object */
static const char *const help_deeds[] = {
	"ensure",  "foster",   "bring",    "keep",    "make",       "secure",     "build",
	"ease",    "boost",    "improve",  "reduce",  "stabilize",  "stabilise",  "stem",
	"address", "shape",    "pave",     "find",    "push",       "drive",      "fuel",
	"explain", "identify", "maintain", "manage",  "cement",     "strengthen", "prevent",
	"promote", "restore",  "resolve",  "create",  "establish",  "develop",    "lower",
	"raise",   "speed",    "shore",    "solve",   "bridge",     "defuse",     "calm",
	"end",     "forge",    "set",      "get",     "determine",  "lead",       "spur",
	"deepen",  "advance",  "achieve",  "deliver", "coordinate", "organise",   "organize",
	"counter", "curb",     "tackle",   "combat",  "contain",    "cut",        "expand",
	"open",    "launch",   "bolster",  "enhance", "win",        "save",       "overcome",
	"avoid",   "avert",    "quell",    "kill",    "support",    "facilitate", "stop"
};

/*
 * "help" before a bare verb ("helped broker the truce", "to help ensure that",
 * "will help cement ties") lends a hand to that verb's deed: the deed is the
 * event and no aid (070) was given. -1 when it is a deed of no code or one whose
 * code hangs on an object this does not read ("ensure", "foster", "cut",
 * "quell"); 1 with *w the event verb whose code the deed takes whatever its
 * object ("helped broker", "helped protect", "helped negotiate"); 0 for aid: money,
 * relief, arms, shelter and training given whatever they are for ("helped
 * finance the dam", "helped rebuild schools"), and a noun ("helped relief
 * efforts"). Token vend follows the verb.
 */
int coder_help_does(const struct coder *c, int vend, const struct dverb **w)
{
	/* deeds whose verb codes the same whatever its object */
	static const char *const coded[] = { "broker", "mediate", "negotiate", "protect",
					     "defend", "guard",   "escort" };
	static const char *const aid[] = { "finance", "fund",  "pay",     "rebuild",  "reconstruct",
					   "feed",    "house", "shelter", "evacuate", "rescue",
					   "treat",   "train", "equip",   "arm",      "supply" };
	int j = vend;
	if (is_tok(c, j, "to"))
		j++;
	/* "help people make healthier choices", "helps them find work": those helped, named
	 * by a lower-case noun or a pronoun, then a bare verb of no aid, which is the deed */
	if ((size_t)j < c->n && c->t[j].kind == TOK_WORD && !(c->t[j].flags & TOKF_CAP) &&
	    (c->unit_of[j] >= 0 || !c->fc[j] || (c->fc[j] & FC_OBJPRON))) {
		int e = j + 1;
		if (c->unit_of[j] >= 0)
			e = c->units[c->unit_of[j]].start == j ? c->units[c->unit_of[j]].end : -1;
		if (e > j && (size_t)e < c->n && TOK_IN(c, e, help_deeds) && !TOK_IN(c, e, aid))
			return -1;
	}
	if ((size_t)j >= c->n || c->t[j].kind != TOK_WORD || (c->t[j].flags & TOKF_CAP) ||
	    c->unit_of[j] >= 0 || c->fc[j] || TOK_IN(c, j, aid))
		return 0;
	if (TOK_IN(c, j, coded) && (*w = coder_word_verb(c, j)) != NULL)
		return 1;
	return TOK_IN(c, j, help_deeds) || c->is_verb[j] ? -1 : 0;
}

/* disbanding (0873) or dissolving (1722 by the verb dissolve) */
int coder_disbanded(const char *code, const char *lemma)
{
	return !strcmp(code, "0873") ||
	       (!strncmp(code, "1722", 4) && lemma && !strncmp(lemma, "dissolv", 7));
}

/* every unit of the list is an armed group: rebels, insurgents, militias,
 * armed forces, or a militant organisation (IMG) */
int coder_armed_units(const struct coder *c, const int *u, int n)
{
	int k, j;
	for (k = 0; k < n; k++) {
		const struct unit *U = &c->units[u[k]];
		if (!U->ncodes)
			return 0;
		for (j = 0; j < U->ncodes; j++)
			if (strncmp(U->codes[j], "IMG", 3) && !coder_has_role(U->codes[j], "REB") &&
			    !coder_has_role(U->codes[j], "INS") &&
			    !coder_has_role(U->codes[j], "UAF") &&
			    !coder_has_role(U->codes[j], "MIL"))
				return 0;
	}
	return n > 0;
}

/*
 * Police who use or threaten force with no one named act at home: "Hong
 * Kong police have laid siege to a university" is HKG -> HKG.
 */
static int police_force(const char *src, const char *code)
{
	char cc[4];
	snprintf(cc, sizeof(cc), "%s", src);
	return coder_has_role(src, "COP") && coder_country_code(cc) &&
	       (!strncmp(code, "13", 2) || !strncmp(code, "17", 2) || !strncmp(code, "18", 2) ||
		!strncmp(code, "19", 2) || !strncmp(code, "20", 2));
}

/*
 * Protesters, students or workers of a country who protest (14) or use force
 * (19, 171, 182, 183, which are coded in the end as a riot, 145: "responded with
 * violence", "burned tyres")
 * with no one named act against their own country: "Peruvian students
 * marched" is PER -> PER, as "Peruvian police fired tear gas at students" is.
 */
static int home_protest(const char *src, const char *code)
{
	char cc[4];
	snprintf(cc, sizeof(cc), "%s", src);
	if (strlen(src) <= 3 || !coder_country_code(cc) || !coder_unarmed(src) ||
	    coder_state_role(src))
		return 0;
	return !strncmp(code, "14", 2) || !strncmp(code, "19", 2) || !strncmp(code, "171", 3) ||
	       !strcmp(code, "182") || !strcmp(code, "183");
}

/*
 * The object of the verb ending at token `vend` is a proceeding of a country's own
 * institutions, named by no actor ("slammed the ongoing impeachment hearings",
 * "criticised the investigation"): a determiner or possessive and up to three plain
 * words, then one of these nouns. The sentence names no country other than `cc`'s.
 */
static int home_proceeding(const struct coder *c, int vend, const char *cc)
{
	static const char *const proceedings[] = { "hearings",       "hearing",     "impeachment",
						   "inquiry",        "inquiries",   "investigation",
						   "investigations", "probe",       "trial",
						   "proceedings",    "prosecution", "indictment",
						   "verdict",        "ruling" };
	int i = vend, words = 0, k;
	while ((size_t)i < c->n && (c->fc[i] & (FC_DET | FC_POSS)))
		i++;
	while ((size_t)i < c->n && words < 3 && !TOK_IN(c, i, proceedings) &&
	       (is_plain_word(c, i) || is_adverb(c, i))) {
		i++;
		words++;
	}
	if (!TOK_IN(c, i, proceedings) || is_tok(c, i + 1, "of") || is_tok(c, i + 1, "into") ||
	    is_tok(c, i + 1, "by") || is_tok(c, i + 1, "against") || is_tok(c, i + 1, "in"))
		return 0; /* "the investigation into Russia", "the trial of an Iranian" */
	for (k = 0; k < c->nunits; k++) {
		const struct unit *U = &c->units[k];
		char uc[4];
		if (U->docfill || U->absorbed || !U->ncodes || !coder_unit_country(U, uc))
			continue;
		if (strncmp(uc, cc, 3))
			return 0;
	}
	return 1;
}

/* the object of verb vi, within a few words after it, is a role from elsewhere ("arrested a
 * foreign journalist"): no one at home */
static int foreign_object(const struct coder *c, int vi)
{
	int i;
	for (i = c->verbs[vi].end; (size_t)i < c->n && i < c->verbs[vi].end + 4; i++)
		if (c->unit_of[i] >= 0)
			return c->units[c->unit_of[i]].foreign;
	return 0;
}

/* unit u names a country of its own, not one the document lends a role ("opposition
 * leader", "former president") */
static int named_country(const struct coder *c, int u)
{
	char cc[4];
	return c->units[u].ncodes && !c->units[u].docfill && coder_unit_country(&c->units[u], cc);
}

/* what a state does to people at home: coercion but expulsion (17x), an inquiry (09x), a
 * charge or accusation (112x), a conviction (116) */
static int home_legal_code(const char *code)
{
	return (!strncmp(code, "17", 2) && strcmp(code, "174")) || !strncmp(code, "09", 2) ||
	       !strncmp(code, "112", 3) || !strcmp(code, "116");
}

/*
 * The object of verb vi is a person or body of no named country, right after the verb
 * over determiners, possessives, numbers and up to three plain words: "arrested an
 * opposition leader", "put him under house arrest", "dissolved the country's municipal
 * councils", "expelled a former president from its ranks", "charged a man with murder",
 * "sentenced a blogger to five years". A state that coerces, charges, tries or
 * investigates such a one (09, 112x, 116, 17x) does it at home. A pronoun counts only
 * where `pronouns` says: "accused them of rigging the vote" may be of the people an
 * earlier sentence names, whom the pronoun is resolved to later.
 */
static int home_person_object(const struct coder *c, int vi, int pronouns)
{
	static const char *const persons[] = {
		"him",         "her",        "them",         "leader",        "leaders",
		"president",   "minister",   "ministers",    "official",      "officials",
		"activist",    "activists",  "critic",       "critics",       "journalist",
		"journalists", "opponent",   "opponents",    "dissident",     "dissidents",
		"lawmaker",    "lawmakers",  "politician",   "politicians",   "figure",
		"figures",     "councils",   "council",      "governor",      "mayor",
		"candidate",   "candidates", "lawyer",       "lawyers",       "commander",
		"general",     "generals",   "member",       "members",       "deputy",
		"prisoners",   "detainees",  "man",          "men",           "woman",
		"women",       "people",     "person",       "persons",       "individuals",
		"suspect",     "suspects",   "student",      "students",      "blogger",
		"bloggers",    "director",   "businessman",  "businessmen",   "businesswoman",
		"executive",   "executives", "officer",      "officers",      "protester",
		"protesters",  "protestors", "demonstrator", "demonstrators", "cleric",
		"monk",        "priest",     "teacher",      "teachers",      "doctor",
		"doctors",     "reporter",   "reporters",    "editor",        "editors",
		"youth",       "youths",     "teenager",     "teenagers",     "resident",
		"residents",   "citizen",    "citizens",     "villagers",     "farmers",
		"inmate",      "inmates",    "senator",      "congressman",   "chairman",
		"chief",       "founder",    "owner",        "singer",        "rapper",
		"artist",      "writer",     "academic",     "professor",     "presenter",
		"employee",    "employees",  "supporters",   "organisers",    "organizers",
		"workers",     "cabinet",
	};
	static const char *const held[] = { "arrest", "detention", "imprisonment", "prosecution" };
	int i = c->verbs[vi].end, words = 0;
	if ((size_t)i + 2 < c->n && (c->fc[i] & FC_DET) && TOK_IN(c, i + 1, held) &&
	    is_tok(c, i + 2, "of"))
		i += 3; /* "ordered the arrest of 30 officers" */
	if ((size_t)i < c->n && (c->fc[i] & FC_OBJPRON))
		return pronouns && TOK_IN(c, i, persons);
	while ((size_t)i < c->n &&
	       ((c->fc[i] & (FC_DET | FC_POSS)) || c->t[i].kind == TOK_NUM || is_tok(c, i, "'s")))
		i++;
	while ((size_t)i < c->n && words < 3 && !TOK_IN(c, i, persons) &&
	       (c->unit_of[i] >= 0 ? !named_country(c, c->unit_of[i]) : is_plain_word(c, i))) {
		i++;
		words++;
	}
	return (size_t)i < c->n && TOK_IN(c, i, persons) &&
	       (c->unit_of[i] < 0 || !named_country(c, c->unit_of[i]));
}

int coder_code_one_sided(struct coder *c, struct ctx *x, int vi, const int *srcs, int ns,
			 const char *code, int neg, int mod, const char *ptext, const char *lemma)
{
	const char *pat_text = coder_pattern_text(x, lemma, ptext);
	int a, sc, rc;
	if (!pat_text)
		return -ERR_NOMEM;
	for (a = 0; a < ns; a++) {
		const struct unit *S = &c->units[srcs[a]];
		const char *st;
		if (!S->ncodes)
			continue;
		st = coder_unit_text(c, x, srcs[a]);
		if (!st)
			return -ERR_NOMEM;
		for (sc = 0; sc < S->ncodes; sc++) {
			char dom[8] = "";
			if (police_force(S->codes[sc], code))
				memcpy(dom, S->codes[sc], 3);
			else if ((c->d->flags & DICT_F_OPEN) && !strcmp(code, "175") &&
				 (strlen(S->codes[sc]) == 3 || coder_state_role(S->codes[sc])))
				/* repression is of one's own people: "Beijing crushed the
				 * protests" is CHN -> CHNCVL */
				snprintf(dom, sizeof(dom), "%.3s%s", S->codes[sc],
					 strlen(S->codes[sc]) == 3 ? "CVL" : "");
			else if ((c->d->flags & DICT_F_OPEN) && home_legal_code(code) &&
				 (strlen(S->codes[sc]) == 3 || coder_state_role(S->codes[sc])) &&
				 !c->verbs[vi].bare_passive &&
				 home_person_object(c, vi, !strncmp(code, "17", 2)))
				/* "Kenya arrested an opposition leader": a state coerces its
				 * own people */
				snprintf(dom, sizeof(dom), "%.3s%s", S->codes[sc],
					 strlen(S->codes[sc]) == 3 ? "CVL" : "");
			else if ((c->d->flags & DICT_F_OPEN) && home_protest(S->codes[sc], code))
				/* a protest or riot with no one named is against one's own
				 * country: "Peruvian students marched" is PEREDU -> PER */
				memcpy(dom, S->codes[sc], 3);
			else if ((c->d->flags & DICT_F_OPEN) && coder_reaction(code) &&
				 !S->docfill && !c->verbs[vi].bare_passive &&
				 home_proceeding(c, c->verbs[vi].end, S->codes[sc]))
				/* "Trump slammed the impeachment hearings": a reaction to
				 * a proceeding of one's own country's institutions */
				memcpy(dom, S->codes[sc], 3);
			if (dom[0]) {
				char cc[4];
				snprintf(cc, sizeof(cc), "%.3s", dom);
				if (!coder_country_code(cc) || foreign_object(c, vi))
					dom[0] = 0;
			}
			if ((c->d->flags & DICT_F_OPEN) && S->docfill && S->nag && !dom[0] &&
			    !strncmp(code, "11", 2))
				/* "Critics condemned the plan", "prosecutors alleged" in a
				 * page about Peru: a criticism, accusation, complaint or suit
				 * aimed at no actor, by a role whose country only the document
				 * gives, names neither party */
				continue;
			rc = coder_push_event(c, x, S->codes[sc], st, dom, "", cameo_lookup(code),
					      vi, neg, mod, pat_text);
			if (rc)
				return rc;
		}
	}
	return 0;
}

/*
 * Whom a statement is made to: "told Iraq", "said to Iraq", "briefed the
 * Iraqi envoy", not an actor further on in what was said. Is the unit
 * starting at token `u` the statement's own object after the verb ending at
 * `vend`?
 */
int coder_statement_object(const struct coder *c, int vstart, int vend, int u)
{
	int i;
	if (c->fc[vstart] & FC_SAY && !is_tok(c, vstart, "told") && !is_tok(c, vend, "to"))
		return 0; /* "said Iraq ...": the start of what was said; "said to Iraq" */
	for (i = vend; i < u; i++)
		if (!is_tok(c, i, "to") && !is_tok(c, i, "with") && !(c->fc[i] & FC_DET) &&
		    !is_adverb(c, i))
			return 0;
	return 1;
}

/* the code names a state agent: police, military, intelligence, government, courts */
/*
 * The sentence names a strike, walkout or protest ("striking teachers
 * returned to work", "ended the walkout"), not an air strike.
 */
int coder_names_stoppage(const struct coder *c)
{
	static const char *const words[] = { "walkout",    "walkouts",   "walk-out",  "stoppage",
					     "stoppages",  "protest",    "protests",  "protesting",
					     "protesters", "protestors", "union",     "unions",
					     "unionists",  "picket",     "pickets",   "picketing",
					     "boycott",    "sit-in",     "industrial" };
	static const char *const armed[] = { "air", "drone", "missile", "military", "preemptive" };
	size_t i;
	for (i = 0; i < c->n; i++) {
		const char *w = c->t[i].norm;
		if (!strncmp(w, "strik", 5) && strcmp(w, "striker") &&
		    !(i > 0 && TOK_IN(c, (int)i - 1, armed)))
			return 1;
		if (TOK_IN(c, (int)i, words) &&
		    (!is_tok(c, (int)i, "industrial") || is_tok(c, (int)i + 1, "action")))
			return 1;
	}
	return 0;
}

/*
 * Goods supplied or delivered are given, not sold, by an international or
 * non-governmental organisation (subject unit subj), or in a sentence of aid,
 * relief or humanitarian help.
 */
int coder_aid_setting(const struct coder *c, int subj)
{
	if (subj >= 0 && c->units[subj].ncodes &&
	    (!strncmp(c->units[subj].codes[0], "IGO", 3) ||
	     !strncmp(c->units[subj].codes[0], "NGO", 3)))
		return 1;
	return has_tok(c, "aid") || has_tok(c, "relief") || has_tok(c, "humanitarian");
}

/* a possessor that names no one but the state itself: "the country's" */
static const char *const own_state[] = { "country", "nation", "state", "republic", "kingdom" };

/*
 * The object after the verb, from token i, is owned by someone who is not
 * the subject src's own state: "the court suspended the government's plan"
 * (a court makes no policy of the government), "froze the company's plan";
 * "Biden reversed Trump's policy" and "Iran halted the country's programme"
 * are changes of its own state's policy.
 */
int coder_others_object(const struct coder *c, int i, const char *src)
{
	int k, u;
	size_t m;
	for (k = i; k < i + 3 && (size_t)k < c->n && !is_boundary(c, k); k++) {
		const char *w = c->t[k].norm;
		size_t l = strlen(w), s = 0;
		if (l >= 2 && !strcmp(w + l - 2, "'s"))
			s = 2; /* the tokenizer gives a curly apostrophe as "'" */
		else if (strcmp(w, "'"))
			continue;
		u = l > s ? c->unit_of[k] : k > 0 ? c->unit_of[k - 1] : -1;
		if (!src || coder_has_role(src, "JUD"))
			return 1;
		if (u < 0) {
			const char *o = l > s ? w : k > 0 ? c->t[k - 1].norm : "";
			size_t ol = l > s ? l - s : strlen(o);
			for (m = 0; m < sizeof(own_state) / sizeof(own_state[0]); m++)
				if (strlen(own_state[m]) == ol && !strncmp(o, own_state[m], ol))
					return 0;
			return 1;
		}
		return !c->units[u].ncodes || strncmp(c->units[u].codes[0], src, 3);
	}
	return 0;
}

/*
 * A peace, truce, ceasefire, deal or agreement within three words from
 * token i: force that "ended with a peace deal", not "with the capture of".
 */
int coder_ends_in_peace(const struct coder *c, int i)
{
	static const char *const peace[] = { "peace",      "truce",     "ceasefire",
					     "cease-fire", "armistice", "agreement",
					     "deal",       "accord",    "settlement" };
	int k;
	for (k = i; k < i + 3 && (size_t)k < c->n; k++)
		if (TOK_IN(c, k, peace))
			return 1;
	return 0;
}

/*
 * The force noun in tokens [ns, ne) is fought by both sides: fighting,
 * clashes, hostilities, a war, a conflict, a battle.
 */
int coder_mutual_force(const struct coder *c, int ns, int ne)
{
	static const char *const nouns[] = { "fighting", "clashes",    "clash",     "hostilities",
					     "war",      "wars",       "conflict",  "battle",
					     "battles",  "skirmishes", "gunbattle", "firefight" };
	int k;
	for (k = ns; k < ne; k++)
		if (TOK_IN(c, k, nouns))
			return 1;
	return 0;
}

int coder_state_role(const char *code)
{
	static const char *const roles[] = { "COP", "MIL", "SPY", "GOV", "JUD" };
	size_t k, l = strlen(code), q;
	for (q = 3; q + 3 <= l; q += 3)
		for (k = 0; k < sizeof(roles) / sizeof(roles[0]); k++)
			if (!strncmp(code + q, roles[k], 3))
				return 1;
	return 0;
}

/* the code has the role (GOV, MED ...) in one of its blocks after the first */
int coder_has_role(const char *code, const char *role)
{
	size_t l = strlen(code), q;
	for (q = 3; q + 3 <= l; q += 3)
		if (!strncmp(code + q, role, 3))
			return 1;
	return 0;
}

/*
 * "Police fired tear gas at protesters": a role given the document's
 * country is the target of a state agent of that country (a domestic
 * event), when it is no state agent itself.
 */
/*
 * The unit u is a country named as the owner of a national good ("UK
 * interests", "Chinese sovereignty"): the noun after it is one of these.
 */
int coder_national_good(const struct coder *c, int u)
{
	static const char *const goods[] = { "interests", "interest",     "sovereignty", "security",
					     "values",    "independence", "unity",       "dignity",
					     "honour",    "honor",        "pride" };
	int e = c->units[u].end;
	return TOK_IN(c, e, goods);
}

/*
 * The unit u is a state by its name alone ("condemned China", "accused Rwanda of"): a
 * capitalised name, not the possessor of a noun ("China's decision") nor a people or
 * an adjective before one ("Israeli Arabs", "Chinese products").
 */
int coder_state_named(const struct coder *c, int u)
{
	const struct unit *U = &c->units[u];
	if (!(c->t[U->start].flags & TOKF_CAP) || is_tok(c, U->end, "'s") ||
	    ((size_t)U->end < c->n && is_plain_word(c, U->end)))
		return 0;
	return 1;
}

int coder_domestic(const char *src, const char *tgt)
{
	return !strncmp(src, tgt, 3) && coder_state_role(src) && !coder_state_role(tgt);
}

/*
 * Token i is the "of" after a noun of removal from office ("the resignation of",
 * "the ouster of"): the person after it is the one asked to go.
 */
int coder_ouster_of(const struct coder *c, int i)
{
	static const char *const ousters[] = { "resignation", "ouster",      "removal",
					       "dismissal",   "impeachment", "sacking" };
	return i > 0 && is_tok(c, i, "of") && TOK_IN(c, i - 1, ousters);
}

/*
 * Praise, a demand, criticism, a rejection or a threat (051, 10-13) towards a role
 * given the document's country by an actor of that country the sentence names, the
 * object the verb ending at token `from` governs (within four words, no verb and no
 * preposition but one right after the verb between), is a domestic event: "Putin
 * praised the army", "Trump criticised lawmakers", "Erdogan lashed out at the judges". A diplomat is another country's more often than not ("summoned
 * the ambassador"), and so is a craft ("claimed the downing of a helicopter").
 */
int coder_home_words(const struct coder *c, const struct unit *S, const struct unit *T,
		     const char *src, const char *tgt, const char *code, int from)
{
	static const char *const envoys[] = { "ambassador", "ambassadors", "envoy",     "envoys",
					      "diplomat",   "diplomats",   "embassy",   "consul",
					      "delegation", "attache",     "consulate", "charge" };
	int i, ouster;
	if (!(c->d->flags & DICT_F_OPEN) || !T->docfill || strncmp(src, tgt, 3) ||
	    !strcmp(src, tgt) || strlen(tgt) <= 3 || (S->docfill && strlen(src) <= 3))
		return 0;
	if (!coder_reaction(code) && strncmp(code, "02", 2))
		return 0; /* "told settler leaders": no more than a statement; "urged the
			   * government to" is an appeal at home */
	ouster = coder_ouster_of(c, coder_unit_lead(c, (int)(T - c->units)) - 1);
	if (from < 0 || T->start < from || T->start > from + 4 + ouster ||
	    coder_vehicle_at(c, T->end - 1))
		return 0;
	for (i = from; i < T->start; i++)
		if (c->is_verb[i] ||
		    ((c->fc[i] & FC_PREP) &&
		     !(i == from && (is_tok(c, i, "with") || is_tok(c, i, "to") ||
				     is_tok(c, i, "on") || is_tok(c, i, "at") ||
				     is_tok(c, i, "against") || (ouster && is_tok(c, i, "for")))) &&
		     !(is_tok(c, i, "of") && coder_ouster_of(c, i))))
			return 0; /* "asked for a mobilization of militia members"; but "demanded
				   * the resignation of the prime minister" asks it of him */
	for (i = T->start; i < T->end; i++)
		if (TOK_IN(c, i, envoys))
			return 0;
	if (is_tok(c, T->end, "of") && strncmp(code, "112", 3) && strncmp(code, "13", 2))
		return 0; /* "the soldiers of the coalition": whose they are, the phrase says
			   * (not "accused the government of fraud", "warned the army of") */
	for (i = 0; i < c->nunits; i++) {
		const struct unit *U = &c->units[i];
		char cc[4];
		if (U->docfill || U->absorbed || !U->ncodes || !coder_unit_country(U, cc))
			continue;
		if (strncmp(cc, tgt, 3))
			return 0; /* "condemned the police who beat a Turkish fan in Amsterdam":
				   * another country the sentence names may be the role's */
	}
	return 1;
}

/* Drops from tgts the document-country roles no source acts on at home; the new count. */
int coder_domestic_targets(const struct coder *c, const int *srcs, int ns, int *tgts, int nt,
			   const char *code, int from)
{
	int b, a, n = 0;
	for (b = 0; b < nt; b++) {
		const struct unit *T = &c->units[tgts[b]];
		int keep = !T->docfill;
		for (a = 0; a < ns && !keep; a++) {
			const struct unit *S = &c->units[srcs[a]];
			keep = S->ncodes && T->ncodes &&
			       (coder_domestic(S->codes[0], T->codes[0]) ||
				coder_home_words(c, S, T, S->codes[0], T->codes[0], code, from));
		}
		if (keep)
			tgts[n++] = tgts[b];
	}
	return n;
}

/*
 * "Ankara invaded the country": the object "the country" (token `from`,
 * after adverbs) is the nearest country named before the subject `subj` in
 * the sentence that is not the subject's own. A unit index, or -1.
 */
int coder_the_country(const struct coder *c, int from, int subj)
{
	const struct unit *S = &c->units[subj];
	int u;
	while ((size_t)from < c->n && is_adverb(c, from))
		from++;
	if (!is_tok(c, from, "the") || !is_tok(c, from + 1, "country") ||
	    is_tok(c, from + 2, "'s") || !S->ncodes)
		return -1;
	for (u = subj - 1; u >= 0; u--) {
		const struct unit *U = &c->units[u];
		if (U->ncodes && !U->docfill && coder_country_code(U->codes[0]) &&
		    strlen(U->codes[0]) == 3 && strncmp(U->codes[0], S->codes[0], 3))
			return u;
	}
	return -1;
}

/* the code a verb entry gives without a pattern */
const char *coder_verb_code(const struct dict *d, const struct dverb *v)
{
	return v->code[0] ? v->code : d->blocks[v->block].code;
}

/* an actor's noun phrase starts at token i ("Venezuela's president", "the US envoy") */
int coder_actor_follows(const struct coder *c, int i)
{
	while ((size_t)i < c->n && (c->fc[i] & (FC_DET | FC_POSS)))
		i++;
	return (size_t)i < c->n && c->unit_of[i] >= 0 && c->units[c->unit_of[i]].ncodes;
}

/* The verb entry of token i alone (not a phrase), the best for a default code; NULL if none. */
const struct dverb *coder_word_verb(const struct coder *c, int i)
{
	const struct dict *d = c->d;
	const struct dverb *best = NULL;
	int32_t node = -1, p;
	if (c->wid[i] >= 0)
		node = dict_child(d, 0, c->wid[i]);
	if (node < 0 && c->alt[i] >= 0)
		node = dict_child(d, 0, c->alt[i]);
	if (node < 0)
		return NULL;
	for (p = d->node_pay[node]; p >= 0; p = d->pays[p].next) {
		const struct dverb *v;
		if (d->pays[p].kind != PAY_VERB || nominal_pay(d, p))
			continue;
		v = &d->verbs[d->pays[p].idx];
		if (strcmp(coder_verb_code(d, v), "---") && (!best || v->block < best->block))
			best = v;
	}
	return best;
}

/*
 * A warning "that" what no actor will do ("warned that the storm could knock out
 * power", "warned that the suspect may be armed") forecasts, threatens no one. 1 if
 * the "that" clause opening at token i (with or without "that") has a noun phrase
 * with no actor and no pronoun for its subject, before its verb.
 */
int coder_forecast_after(const struct coder *c, int i)
{
	int j = i;
	if (is_tok(c, j, "that"))
		j++;
	else
		return 0;
	if ((size_t)j >= c->n || !(c->fc[j] & FC_DET))
		return 0; /* "warned that it would", "warned that Iran would" */
	for (j++; (size_t)j < c->n && j < i + 8; j++) {
		if (c->unit_of[j] >= 0 || (c->fc[j] & FC_PRON))
			return 0;
		if (c->is_verb[j] ||
		    (c->fc[j] & (FC_MODFUT | FC_MODHYP | FC_MODDEM | FC_BE | FC_HAVE | FC_DO))) {
			int k;
			if (j <= i + 2)
				return 0;
			for (k = j; (size_t)k < c->n && k < j + 6 && !is_boundary(c, k) &&
				    !is_punct(c, k, ',');
			     k++) {
				const struct dverb *w =
					c->is_verb[k] ? coder_word_verb(c, k) : NULL;
				if (w && (!strncmp(coder_verb_code(c->d, w), "17", 2) ||
					  !strncmp(coder_verb_code(c->d, w), "18", 2) ||
					  !strncmp(coder_verb_code(c->d, w), "19", 2) ||
					  !strncmp(coder_verb_code(c->d, w), "20", 2)))
					return 0; /* "warned that the ships would be attacked" */
			}
			return 1;
		}
		if (!is_plain_word(c, j) && !(c->fc[j] & (FC_DET | FC_POSS)) &&
		    !is_tok(c, j, "of") && !(c->span_of[j] >= 0 && c->t[j].kind == TOK_WORD))
			return 0;
	}
	return 0;
}

/*
 * "warned about the risks of a trade war", "warned of the danger of war":
 * after "warn" ending at token i, a warning with no addressee "about"
 * something, or "of" a risk, danger or possibility, speaks of a danger and
 * threatens no one; one addressed to an actor ("warned Iran about its
 * nuclear programme") and "warned of retaliation" still threaten.
 */
int coder_warned_of_danger(const struct coder *c, int i)
{
	static const char *const dangers[] = { "risk",      "risks",   "danger",      "dangers",
					       "peril",     "perils",  "possibility", "prospect",
					       "prospects", "spectre", "specter",     "likelihood",
					       "threat",    "threats", "hazards",     "pitfalls" };
	static const char *const menaces[] = { "consequences", "repercussions", "retaliation",
					       "reprisals",    "reprisal",      "response",
					       "punishment",   "action" };
	int j = i, addressee = 0, k;
	while ((size_t)j < c->n && is_adverb(c, j))
		j++;
	if ((size_t)j < c->n && c->unit_of[j] >= 0) {
		j = c->units[c->unit_of[j]].end;
		addressee = 1;
	} else if ((size_t)j < c->n && (c->fc[j] & FC_OBJPRON)) {
		j++;
		addressee = 1;
	}
	if ((size_t)j + 1 >= c->n)
		return 0;
	k = j + 1;
	while ((size_t)k < c->n && k < j + 4 &&
	       ((c->fc[k] & (FC_DET | FC_POSS)) || is_adverb(c, k) ||
		(is_plain_word(c, k) && !TOK_IN(c, k, dangers) && !TOK_IN(c, k, menaces))))
		k++;
	if ((size_t)k >= c->n)
		return 0;
	if (addressee)
		return 0; /* "Seoul warned Pyongyang about further provocations": a
			   * warning to a state, whatever it is about */
	if (is_tok(c, j, "about"))
		return 1;
	return is_tok(c, j, "of") && TOK_IN(c, k, dangers);
}

/*
 * A state, its government or its forces (not its opposition, workers or
 * students): whose ending of protests is no concession of its own dissent.
 */
int coder_state_actor(const char *code)
{
	char base[4];
	coder_copy(base, sizeof(base), code, 3);
	if (coder_unarmed(code) || !coder_country_code(base))
		return 0;
	return strlen(code) == 3 || coder_state_role(code);
}

/*
 * The sentence names force, or a verb of putting down: "with tear gas", "by
 * force", "sent troops", "a crackdown", "arrested dozens", "crushed".
 */
int coder_force_named(const struct coder *c)
{
	static const char *const forces[] = {
		"force",      "forces",     "troops",  "army",       "military", "soldiers",
		"police",     "gas",        "cannon",  "cannons",    "batons",   "bullets",
		"ammunition", "crackdown",  "arrests", "arrested",   "gunfire",  "violence",
		"violently",  "crush",      "crushed", "crushing",   "quell",    "quelled",
		"quelling",   "bulldozers", "tanks",   "truncheons", "beatings", "shooting"
	};
	size_t k;
	for (k = 0; k < c->n; k++)
		if (TOK_IN(c, (int)k, forces))
			return 1;
	return 0;
}

/*
 * "vowed to end the protests", "pledged to stop the unrest": from token i,
 * within its clause, a verb of ending and then dissent (protests,
 * demonstrations, riots, unrest; not a strike, which a government may end by
 * settling it) as its object, not its own ("halt their protests").
 */
int coder_dissent_ended(const struct coder *c, int i)
{
	static const char *const ends[] = { "end",    "ends",    "ended",    "ending",  "stop",
					    "stops",  "stopped", "stopping", "halt",    "halts",
					    "halted", "halting", "quell",    "quelled", "quelling",
					    "crush",  "crushed", "crushing", "break",   "broke" };
	static const char *const dissent[] = { "protest",        "protests", "demonstration",
					       "demonstrations", "riots",    "unrest",
					       "rallies",        "uprising", "marches" };
	int k, ended = 0;
	for (k = i; (size_t)k < c->n && k < i + 8 && !is_boundary(c, k) && !is_punct(c, k, ',');
	     k++) {
		if (TOK_IN(c, k, ends))
			ended = 1;
		else if (ended &&
			 (is_tok(c, k, "its") || is_tok(c, k, "their") || is_tok(c, k, "our") ||
			  is_tok(c, k, "his") || is_tok(c, k, "her")))
			return 0; /* "agreed to halt their protests": its own, a concession */
		else if (ended && TOK_IN(c, k, dissent))
			return 1;
	}
	return 0;
}

/* token i is a form of "fight", "battle" or "struggle" */
int coder_fight_word(const struct coder *c, int i)
{
	static const char *const fights[] = { "fight", "battl", "struggl" };
	size_t k;
	if (i < 0 || (size_t)i >= c->n)
		return 0;
	for (k = 0; k < sizeof(fights) / sizeof(fights[0]); k++)
		if (!strncmp(c->t[i].norm, fights[k], strlen(fights[k])))
			return 1;
	return !strcmp(c->t[i].norm, "fought");
}

/* an armed force or group: military, rebels, insurgents, police, intelligence,
 * peacekeepers, a militant group (IMG, or a country's HMS or HEZ), not a
 * government ("the governor will fight for working families") */
static int armed_force(const char *code)
{
	return coder_armed_role(code) || coder_has_role(code, "HMS") || coder_has_role(code, "HEZ");
}

/* unit u (-1 for none) is an armed force by its first code */
int coder_armed_unit(const struct coder *c, int u)
{
	return u >= 0 && c->units[u].ncodes && armed_force(c->units[u].codes[0]);
}

/* a government, leader or armed force named from token `from` on, within eight words
 * of its clause */
static int armed_named(const struct coder *c, int from)
{
	static const char *const armed[] = { "GOV", "MIL", "COP", "REB", "UAF",
					     "SPY", "IMG", "ELI", "HMS", "HEZ" };
	size_t k;
	int j, a;
	for (j = from; j >= 0 && j < from + 8 && (size_t)j < c->n && !is_boundary(c, j) &&
		       !is_punct(c, j, ',');
	     j++) {
		const struct unit *U;
		if (c->unit_of[j] < 0)
			continue;
		U = &c->units[c->unit_of[j]];
		for (a = 0; a < U->ncodes; a++)
			for (k = 0; k < sizeof(armed) / sizeof(armed[0]); k++)
				if (coder_has_role(U->codes[a], armed[k]) ||
				    !strncmp(U->codes[a], armed[k], 3))
					return 1;
	}
	return 0;
}

/*
 * A fight, battle or struggle "to" an act of force, or to an act on a government
 * or armed forces, is that fight ("battled to retake the town", "fighting to
 * topple the junta", "fought to defeat the Islamic State"); "to" any other act it
 * is an effort, no fight ("fighting to keep the plant open", "battling to win
 * back the Senate"). 1 if the verb right before token `to` is one of those and
 * the infinitive after it is a verb of force (18-20) or its clause names such an
 * actor within eight words.
 */
int coder_armed_aim(const struct coder *c, int to)
{
	const struct dverb *w;
	if (to < 1 || !is_tok(c, to, "to") || !coder_fight_word(c, to - 1) ||
	    (size_t)to + 1 >= c->n)
		return 0;
	if ((w = coder_word_verb(c, to + 1)) && (!strncmp(coder_verb_code(c->d, w), "18", 2) ||
						 !strncmp(coder_verb_code(c->d, w), "19", 2) ||
						 !strncmp(coder_verb_code(c->d, w), "20", 2)))
		return 1;
	return armed_named(c, to + 2);
}

/*
 * A fight "for" people, a cause or an office that is no government or armed force
 * ("fought for farmers", "will fight for working families", "battling for
 * votes") is advocacy, no fight; "fought for the Islamic State", "fighting for
 * control of the city" are fights. 1 if the fight word at token i has "for"
 * after it and such an advocacy.
 */
int coder_fight_for_cause(const struct coder *c, int i, int subj)
{
	static const char *const spans[] = { "years", "months", "weeks", "days", "decades" };
	int j;
	if (!coder_fight_word(c, i) || !is_tok(c, i + 1, "for") || is_tok(c, i + 2, "control") ||
	    armed_named(c, i + 2))
		return 0;
	if (coder_armed_unit(c, subj))
		return 0; /* "the Taliban, who are fighting for the overthrow of the state" */
	if ((size_t)i + 2 < c->n && (c->t[i + 2].kind == TOK_NUM || TOK_IN(c, i + 2, spans)))
		return 0; /* "have been fighting for 15 years": how long, no cause */
	/* a place fought for: "battled for the city of Mosul" */
	for (j = i + 2; j < i + 7 && (size_t)j < c->n && !is_boundary(c, j) && !is_punct(c, j, ',');
	     j++) {
		char cc[4];
		if (c->unit_of[j] < 0 || !c->units[c->unit_of[j]].ncodes)
			continue;
		snprintf(cc, sizeof(cc), "%.3s", c->units[c->unit_of[j]].codes[0]);
		if (strlen(c->units[c->unit_of[j]].codes[0]) == 3 && coder_country_code(cc))
			return 0;
	}
	return 1;
}

/*
 * The fight word at token i ("fight", "battle", "struggle", "combat") has for its object
 * an ill, no foe: a noun phrase right after it of plain words only, no actor, whose head is
 * no armed body nor the fight itself ("joined forces with Kenya to fight poaching", "vowed
 * to fight corruption"; not "fought the rebels", "fought militants", "fought fierce
 * battles").
 */
int coder_fight_ill(const struct coder *c, int i)
{
	static const char *const foes[] = {
		"militants",  "militant",  "rebels",   "rebel",     "insurgents", "insurgent",
		"terrorists", "terrorist", "forces",   "troops",    "army",       "armies",
		"enemy",      "enemies",   "invaders", "jihadists", "fighters",   "gunmen",
		"militias",   "militia",   "soldiers", "police",    "regime",     "occupiers",
	};
	/* the fight itself as its object: "fought fierce battles", "fought a war" */
	static const char *const fights[] = { "war",      "wars",       "clashes",   "clash",
					      "skirmish", "skirmishes", "firefight", "firefights",
					      "gunfight", "duel",       "duels",     "offensive" };
	int j = i + 1, head = -1, k;
	if (!coder_fight_word(c, i) && !is_tok(c, i, "combat") && !is_tok(c, i, "combating") &&
	    !is_tok(c, i, "combated") && !is_tok(c, i, "combats"))
		return 0;
	while ((size_t)j < c->n && (c->fc[j] & (FC_DET | FC_POSS)))
		j++;
	for (k = 0; k < 4 && (size_t)j < c->n && is_plain_word(c, j) && c->unit_of[j] < 0; k++, j++)
		head = j;
	if (head < 0 || ((size_t)j < c->n &&
			 (c->unit_of[j] >= 0 || is_tok(c, j, "'s") ||
			  (c->t[j].kind == TOK_WORD &&
			   !(c->fc[j] & (FC_DET | FC_POSS | FC_CONJ | FC_PREP | FC_BE | FC_HAVE |
					 FC_DO | FC_MODAL | FC_NEG | FC_REL | FC_THAT | FC_SUBORD |
					 FC_PRON | FC_ADV | FC_TO | FC_HYP | FC_LOC))))))
		return 0; /* the phrase goes on with a word of the dictionaries: "fierce battles" */
	return !TOK_IN(c, head, foes) && !TOK_IN(c, head, fights) && !coder_fight_word(c, head);
}

/* order of verb entries for a default code: lower is better */
long coder_dflt_rank(const struct dict *d, const struct dverb *v, int form)
{
	return (strcmp(coder_verb_code(d, v), "---") ? 0 : 2L << 40) +
	       (form == VF_BASE ? 0 : 1L << 40) + v->block;
}

/* "each other" or "one another" (or a possessive of them) is the verb's object: right
 * after the verb ending at token i, or after a preposition ("fired at each other") */
int coder_each_other(const struct coder *c, int i)
{
	if ((size_t)i < c->n && (c->fc[i] & FC_PREP) && !is_tok(c, i, "of"))
		i++;
	return (size_t)i + 1 < c->n && ((is_tok(c, i, "each") && is_tok(c, i + 1, "other")) ||
					(is_tok(c, i, "one") && is_tok(c, i + 1, "another")));
}

/*
 * The verb's object (from token `from`) is a party of its own: an actor that is no
 * place ("in Moscow"), none of the subject's units `srcs` (ns), right after the verb
 * or its object's noun, or after "with" there:
 * "Egypt and Sudan signed an agreement with Ethiopia" signs with Ethiopia.
 */
int coder_party_object(const struct coder *c, int from, const int *srcs, int ns)
{
	int o = coder_find_object(c, from, 0), a, loc = 0;
	if (o < 0 || !c->units[o].ncodes || c->units[o].docfill ||
	    (coder_pp_object(c, c->units[o].start, &loc) && loc))
		return 0;
	for (a = 0; a < ns; a++)
		if (srcs[a] == o)
			return 0;
	for (a = from; a < c->units[o].start; a++)
		if (!(c->fc[a] & (FC_DET | FC_POSS)) && !is_plain_word(c, a) && !is_adverb(c, a) &&
		    !(is_tok(c, a, "with") && a == coder_unit_lead(c, o) - 1))
			return 0; /* "met to discuss Syria", "met ahead of the G20 summit" */
	return 1;
}

/* every unit of `u` (n of them) is a place a preposition names ("in Moscow") */
int coder_places_only(const struct coder *c, const int *u, int n)
{
	int k, loc;
	for (k = 0; k < n; k++) {
		loc = 0;
		if (!coder_pp_object(c, c->units[u[k]].start, &loc) || !loc)
			return 0;
	}
	return 1;
}

int coder_same_country(const struct coder *c, const int *a, int na, const int *b, int nb)
{
	int i, j, p, q;
	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++) {
			const struct unit *A = &c->units[a[i]], *B = &c->units[b[j]];
			for (p = 0; p < A->ncodes; p++)
				for (q = 0; q < B->ncodes; q++)
					if (!strncmp(A->codes[p], B->codes[q], 3))
						return 1;
		}
	return 0;
}

/*
 * A visit at home: every target a country or a place alone (no role), of the country of
 * every source ("the senator visited the U.S. border", "the president toured Texas"). A
 * visit is between actors; an official's travel inside the country is none.
 */
int coder_home_visit(const struct coder *c, const int *src, int ns, const int *tgt, int nt)
{
	int i, j;
	char a[4], b[4];
	if (!ns || !nt)
		return 0;
	for (j = 0; j < nt; j++) {
		const struct unit *T = &c->units[tgt[j]];
		if (T->nag || T->ncodes != 1 || strlen(T->codes[0]) != 3 ||
		    !coder_unit_country(T, b))
			return 0;
		for (i = 0; i < ns; i++)
			if (!coder_unit_country(&c->units[src[i]], a) || strcmp(a, b))
				return 0;
	}
	return 1;
}

/* talks, agreements, cooperation and relations: "Washington and the Taliban held
 * talks", "Egypt and Qatar restored relations" is each with the other when no
 * one else is named */
int coder_mutual(const char *code)
{
	return !strncmp(code, "03", 2) || !strncmp(code, "04", 2) || !strcmp(code, "050") ||
	       !strncmp(code, "057", 3) || !strncmp(code, "06", 2) || !strcmp(code, "161");
}

/* praise, demands, criticism, rejection, threats: reactions to someone's deed */
int coder_reaction(const char *code)
{
	return !strncmp(code, "051", 3) || !strncmp(code, "10", 2) || !strncmp(code, "11", 2) ||
	       !strncmp(code, "12", 2) || !strncmp(code, "13", 2);
}

/*
 * The agent of the deed a reaction's object names: "condemned the unilateral
 * move announced on Monday by US Secretary of State Mike Pompeo" criticises
 * Pompeo. From token `from` to `end`: a noun phrase with no actor, a past
 * participle, a few words (a time, a place), "by" and the actor. A unit
 * index, or -1.
 */
int coder_deed_agent(const struct coder *c, int from, int end)
{
	const uint32_t stop = FC_PREP | FC_REL | FC_THAT | FC_SUBORD | FC_CONJ | FC_BE | FC_HAVE |
			      FC_MODAL | FC_PRON | FC_NEG;
	int i = from, k = 0;
	for (;;) {
		if (i >= end || k > 5 || c->t[i].kind != TOK_WORD || c->unit_of[i] >= 0 ||
		    (c->fc[i] & stop))
			return -1;
		if (k > 0 && c->t[i].nlen >= 4 && !strcmp(c->t[i].norm + c->t[i].nlen - 2, "ed"))
			break;
		i++;
		k++;
	}
	for (i++, k = 0; i < end && k < 5 && !is_tok(c, i, "by"); i++, k++)
		if (c->unit_of[i] >= 0 || is_boundary(c, i) || is_punct(c, i, ',') ||
		    (c->fc[i] & (FC_REL | FC_THAT | FC_SUBORD | FC_CONJ)))
			return -1;
	if (i >= end || !is_tok(c, i, "by"))
		return -1;
	return coder_by_agent(c, i + 1);
}

/*
 * Token i joined to the word before it by a hyphen with no space ("U.S.-backed",
 * "Saudi-led"): the second half of a compound adjective.
 */
int coder_glued_by_hyphen(const struct coder *c, int i)
{
	const struct token *h, *w;
	if (i < 2 || !is_punct(c, i - 1, '-'))
		return 0;
	h = &c->t[i - 1];
	w = &c->t[i - 2];
	return w->off + w->len == h->off && h->off + h->len == c->t[i].off;
}

/* tokens [a, b) are auxiliaries, modals, negations or adverbs only */
static int aux_only_between(const struct coder *c, int a, int b)
{
	for (; a < b; a++)
		if (!is_aux(c, a))
			return 0;
	return 1;
}

/*
 * The unit that starts at token i, after a determiner, with codes of its
 * own (not filled in from the document), or -1.
 */
static int coded_unit_at(const struct coder *c, int i)
{
	int u;
	while ((size_t)i < c->n && (c->fc[i] & FC_DET))
		i++;
	if ((size_t)i >= c->n || (u = c->unit_of[i]) < 0 || c->units[u].start != i ||
	    !c->units[u].ncodes || c->units[u].docfill)
		return -1;
	return u;
}

/*
 * The doer of the deed a reaction with no target answers, told in an "after" clause right
 * after its verb ending at token `from` or an object that names no one: "Russia complained
 * after Estonia detained its ship" complains to Estonia, "lodged a protest after" too. The clause's subject, an actor with codes of its own that is
 * the subject of the clause's verb (auxiliaries between). A unit index, or -1.
 */
int coder_after_agent(const struct coder *c, int from)
{
	int i = from, u, k, words = 0;
	/* past adverbs and an object that names no one: "lodged a protest after" */
	while ((size_t)i < c->n && words < 5 && c->unit_of[i] < 0 &&
	       (is_adverb(c, i) || (c->fc[i] & FC_DET) ||
		(c->t[i].kind == TOK_WORD && !c->fc[i] && !c->is_verb[i]))) {
		i++;
		words++;
	}
	if ((size_t)i + 1 >= c->n || !is_tok(c, i, "after") || (u = coded_unit_at(c, i + 1)) < 0)
		return -1;
	for (k = 0; k < c->nverbs; k++)
		if (c->verbs[k].subject == u && c->verbs[k].start >= c->units[u].end &&
		    aux_only_between(c, c->units[u].end, c->verbs[k].start))
			return u;
	return -1;
}

/*
 * "Iran alleged that Israel had attacked the embassy", "complained that
 * Trump's call was improper": an accusation or a complaint whose content is
 * a clause is aimed at that clause's subject. From token i (after the verb):
 * the unit right after "that" (and a determiner), or -1.
 */
int coder_alleged_agent(const struct coder *c, int i)
{
	while ((size_t)i < c->n && is_adverb(c, i))
		i++;
	if (!is_tok(c, i, "that"))
		return -1;
	return coded_unit_at(c, i + 1);
}

/*
 * "is investigating whether Huawei broke sanctions", "examined if the ministry had paid":
 * an investigation whose object is a question is about that question's subject. From token
 * i (after the verb): the unit right after "whether", or after "if" following an -ing or
 * -ed form (a condition follows others: "will investigate if Iran agrees"), or -1.
 */
int coder_probed_agent(const struct coder *c, int i)
{
	const struct token *v = i > 0 ? &c->t[i - 1] : NULL;
	while ((size_t)i < c->n && is_adverb(c, i))
		i++;
	if (is_tok(c, i, "if") && v &&
	    !(v->nlen > 3 &&
	      (!strcmp(v->norm + v->nlen - 3, "ing") || !strcmp(v->norm + v->nlen - 2, "ed"))))
		return -1; /* "will investigate if Iran agrees": a condition */
	if (!is_tok(c, i, "whether") && !is_tok(c, i, "if"))
		return -1;
	return coded_unit_at(c, i + 1);
}

/*
 * "threatened to close the strait if the United States imposed sanctions", "vowed to
 * retaliate unless Chile withdrew": a threat is aimed at the one whose deed is its
 * condition. From token i (after the verb) to the sentence's end: the unit right after the
 * first "if" or "unless" (and a determiner), or -1.
 */
int coder_condition_agent(const struct coder *c, int i)
{
	for (; (size_t)i < c->n && !is_boundary(c, i) && !is_punct(c, i, ';'); i++)
		if (is_tok(c, i, "if") || is_tok(c, i, "unless"))
			break;
	if ((size_t)i >= c->n || !(is_tok(c, i, "if") || is_tok(c, i, "unless")))
		return -1;
	return coded_unit_at(c, i + 1);
}

/*
 * A person named right after the verb with no office the dictionaries know
 * ("Trump assailed Williams", "Putin praised Shoigu"): one to three
 * capitalised words that are no actor, verb or function word, in a sentence
 * that is no headline. Their number, or 0.
 */
int coder_person_after(const struct coder *c, int i)
{
	int k = 0;
	size_t m;
	if (c->title)
		return 0;
	while ((size_t)(i + k) < c->n && k < 4) {
		const struct token *t = &c->t[i + k];
		if (t->kind != TOK_WORD || !(t->flags & TOKF_CAP) || (t->flags & TOKF_ALLCAPS) ||
		    c->span_of[i + k] >= 0 || c->fc[i + k] || coder_calendar_word(t->norm))
			break; /* "threatened Friday to withdraw": a day, no one */
		k++;
	}
	for (m = 0; k && m < c->ndm; m++)
		if ((int)c->dm[m].first <= i && i < (int)c->dm[m].end)
			return 0; /* "condemned Monday's attack" */
	if (k && (size_t)(i + k) < c->n && c->t[i + k].kind == TOK_WORD &&
	    (c->t[i + k].flags & TOKF_CAP) && c->span_of[i + k] >= 0)
		return 0; /* "Taimur Islam": a name that goes on with a dictionary's word */
	return k >= 1 && k <= 3 ? k : 0;
}

/*
 * "the U.S. Securities and Exchange Commission": a country's name as a unit of its own right
 * before a body of that country stands for the body. The body's unit, else u.
 */
int coder_country_body(const struct coder *c, int u)
{
	const struct unit *S = &c->units[u];
	int n = (size_t)S->end < c->n ? c->unit_of[S->end] : -1;
	if (S->ncodes && strlen(S->codes[0]) == 3 && n >= 0 && n != u && c->units[n].ncodes &&
	    strlen(c->units[n].codes[0]) > 3 && !strncmp(c->units[n].codes[0], S->codes[0], 3))
		return n;
	return u;
}

/*
 * An investigation (09), accusation, charge or suit (11) or coercion (17) by state bodies
 * alone (police, courts, prosecutors, agencies, a government): "the FBI arrested Jane Doe",
 * "the regulator is investigating Zentrix". Such a body acts on the people and firms of
 * its own country.
 */
int coder_authority_act(const struct coder *c, const char *code, const int *srcs, int ns)
{
	int a;
	if (strncmp(code, "09", 2) && strncmp(code, "11", 2) && strncmp(code, "17", 2))
		return 0;
	for (a = 0; a < ns; a++) {
		const struct unit *S = &c->units[coder_country_body(c, srcs[a])];
		if (!S->ncodes || strlen(S->codes[0]) <= 3 || !coder_state_role(S->codes[0]) ||
		    coder_has_role(S->codes[0], "MIL"))
			return 0;
	}
	return ns > 0;
}

/*
 * "Zentrix was investigated by the SEC", "Zentrix is facing scrutiny from", "Morrow has
 * been charged by": a name no dictionary knows (one to three capitalised words) right
 * before the verb at vstart and its auxiliaries and adverbs, the one the deed was done
 * to. Its first token with *len its words, or -1.
 */
int coder_name_before(const struct coder *c, int vstart, int *len)
{
	int p = vstart - 1, q;
	while (p >= 0 && (is_aux(c, p) || is_adverb(c, p)))
		p--;
	for (q = p; q >= 0 && p - q < 3 && coder_unknown_name(c, q) && c->unit_of[q] < 0; q--)
		;
	if (q == p || (q >= 0 && (c->t[q].flags & TOKF_CAP) && c->t[q].kind == TOK_WORD))
		return -1; /* none, or a longer name with a dictionary's word */
	if (q >= 0 && ((c->fc[q] & (FC_PREP | FC_CONJ)) || is_tok(c, q, "'s")))
		return -1; /* "the protests in the provinces of Cajamarca and Ucayali have been
			    * condemned": the end of a longer noun phrase */
	*len = p - q;
	return q + 1;
}

/*
 * A reaction to a person named without an office is aimed at someone of
 * the reacting actor's own country: the politics of one country name its
 * people without saying whose they are ("Trump assailed Williams" is USA ->
 * USA), and so is an authority's act (coder_authority_act) on a person or firm
 * named with no country ("prosecutors charged Smith" in a page that gives the
 * prosecutors their country). Events from each source's code to its country.
 */
int coder_code_person(struct coder *c, struct ctx *x, int vi, const int *srcs, int ns,
		      const char *code, int neg, int mod, const char *ptext, const char *lemma,
		      int from, int len)
{
	const char *pat_text = coder_pattern_text(x, lemma, ptext);
	int a, sc, rc;
	size_t n0 = x->out->n;
	const char *tt;
	uint32_t o0 = c->t[from].off, o1 = c->t[from + len - 1].off + c->t[from + len - 1].len;
	if (!pat_text || !(tt = arena_strndup(&x->out->arena, x->text + o0, o1 - o0)))
		return -ERR_NOMEM;
	for (a = 0; a < ns; a++) {
		const struct unit *S = &c->units[srcs[a]];
		const char *st;
		if (!S->ncodes ||
		    (S->docfill && (!coder_state_role(S->codes[0]) || (c->fc[S->start] & FC_PRON))))
			continue; /* a state body the document places acts at home; a
				   * pronoun carried from before may be anyone */
		if (!(st = coder_unit_text(c, x, srcs[a])))
			return -ERR_NOMEM;
		for (sc = 0; sc < S->ncodes; sc++) {
			char cc[4];
			snprintf(cc, sizeof(cc), "%.3s", S->codes[sc]);
			if (!coder_country_code(cc) || !strcmp(cc, S->codes[sc]))
				continue;
			rc = coder_push_event(c, x, S->codes[sc], st, cc, tt, cameo_lookup(code),
					      vi, neg, mod, pat_text);
			if (rc)
				return rc;
		}
	}
	/* none of the sources says its country's office: the reaction alone */
	return x->out->n > n0
		       ? 0
		       : coder_code_one_sided(c, x, vi, srcs, ns, code, neg, mod, ptext, lemma);
}

/*
 * "insisted his tactics will be worth it", "insists that Iran has the right":
 * a finite verb ("is", "will", "has" ...) in the clause right after a verb
 * of demand makes it a claim of fact, not a demand ("demanded that Israel
 * withdraw" keeps its bare verb). From token `from`, after the verb.
 */
int coder_claim_after(const struct coder *c, int from)
{
	/* not finite_aux: a modal of obligation, "can" or a base-form "have"
	 * ("demanded that Iran have no role", "insisted Israel must withdraw") still
	 * reads as the demand's content, so only the indicative forms count */
	static const char *const finite[] = { "is",  "are", "was",   "were", "will",
					      "has", "had", "would", "does", "did" };
	int k, n = 0;
	if (is_tok(c, from, "that"))
		from++;
	if ((size_t)from >= c->n || (c->fc[from] & (FC_TO | FC_PREP)) || is_tok(c, from, "on"))
		return 0;
	for (k = from; (size_t)k < c->n && n < 6; k++, n++) {
		if (is_boundary(c, k) || is_punct(c, k, ','))
			return 0;
		if (k > from && TOK_IN(c, k, finite))
			return 1;
	}
	return 0;
}

/*
 * "demanded that Israel withdraw": the actor a demand is made of is the
 * subject of the "that" clause after the verb (ending at token `from`). Its
 * unit, or -1.
 */
int coder_demanded_of(const struct coder *c, int from)
{
	int i = from, k;
	while ((size_t)i < c->n && is_adverb(c, i))
		i++;
	if (!coder_demand_that(c, i))
		return -1;
	i++;
	while ((size_t)i < c->n && (c->fc[i] & FC_DET))
		i++;
	if ((size_t)i >= c->n || c->unit_of[i] < 0 || c->units[c->unit_of[i]].start != i)
		return -1;
	/* what is demanded: a base form or "should" right after the actor */
	k = c->units[c->unit_of[i]].end;
	while ((size_t)k < c->n && (is_adverb(c, k) || (c->fc[k] & FC_NEG)))
		k++;
	if ((size_t)k >= c->n ||
	    !(is_tok(c, k, "should") || is_tok(c, k, "must") ||
	      (c->is_verb[k] && c->span_of[k] >= 0 && c->spans[c->span_of[k]].form == VF_BASE)))
		return -1;
	return c->unit_of[i];
}

/*
 * "called for the release of a journalist jailed in Turkey", "demanded the
 * freedom of activists held by the junta": the state or group that holds
 * someone, named after a participle of detention and "in" or "by" in tokens
 * [from, end), after a word of release. Its unit, or -1; after "in" only a
 * place coded as its country ("jailed in Turkey", "held in Istanbul").
 */
int coder_detainer_of(const struct coder *c, int from, int end)
{
	static const char *const held[] = { "held",       "jailed",       "detained",
					    "imprisoned", "incarcerated", "kept" };
	int i, j, u;
	char cc[4];
	int freed = 0;
	for (i = from; i + 2 < end; i++) {
		if (is_tok(c, i, "release") || is_tok(c, i, "freedom") || is_tok(c, i, "free"))
			freed = 1;
		if (!freed || !TOK_IN(c, i, held) ||
		    !(is_tok(c, i + 1, "in") || is_tok(c, i + 1, "by")))
			continue;
		j = i + 2;
		while (j < end && (c->fc[j] & FC_DET))
			j++;
		if (j >= end || (u = c->unit_of[j]) < 0 || c->units[u].start != j ||
		    !c->units[u].ncodes || c->units[u].docfill)
			return -1;
		snprintf(cc, sizeof(cc), "%.3s", c->units[u].codes[0]);
		if (is_tok(c, i + 1, "in") &&
		    (strlen(c->units[u].codes[0]) != 3 || !coder_country_code(cc)))
			return -1;
		return u;
	}
	return -1;
}

/*
 * "swapped two hostages for three of its commanders held by the Afghan
 * government": the party of an exchange is who holds what is given for it
 * (a reduced passive with "by" after "for", in the verb's clause). Its
 * unit, or -1.
 */
int coder_swap_holder(const struct coder *c, int vi, int end)
{
	int k, i, fo = -1;
	for (i = c->verbs[vi].end; i < end && fo < 0; i++)
		if (is_tok(c, i, "for"))
			fo = i;
	if (fo < 0)
		return -1;
	for (k = vi + 1; k < c->nverbs; k++) {
		if (c->verbs[k].start >= end)
			break;
		if (c->verbs[k].start > fo)
			return coder_holder_by(c, k, 0);
	}
	return -1;
}

/*
 * "US Chinook helicopter shot down and completely destroyed last night": a
 * headline's passive without "be". The past participle at vi follows its
 * subject's actor and a noun that the actor only qualifies (or a craft's
 * noun, which names the actor's military), and no object follows it; a participle coordinated with such a one is read the same.
 */
/* a craft's noun at token i: "helicopter", "jets", "warship" */
int coder_vehicle_at(const struct coder *c, int i)
{
	static const char *const things[] = { "helicopter", "jet",      "plane",   "aircraft",
					      "drone",      "warplane", "bomber",  "gunship",
					      "warship",    "gunboat",  "frigate", "submarine" };
	size_t n;
	char w[16];
	if (i < 0 || c->t[i].kind != TOK_WORD || c->t[i].nlen >= sizeof(w))
		return 0;
	n = c->t[i].nlen;
	memcpy(w, c->t[i].norm, n);
	if (n > 1 && w[n - 1] == 's')
		n--; /* "helicopters" */
	w[n] = 0;
	return STR_AMONG(w, things);
}

/*
 * "was arrested in May and sentenced to ten years", "was detained and later charged with
 * fraud": a past form at vstart right after "and", "or" or "but" shares the "be" of a
 * passive participle before it in its clause, when nothing its object could be follows it
 * ("was attacked and shelled the town" is active). The token after that participle (where
 * a place it names starts: "were arrested in Iran and sentenced"), or 0.
 */
int coder_coordinated_passive(const struct coder *c, int vstart, int vend)
{
	/* irregular participles that no verb of the dictionaries codes */
	static const char *const irregular[] = { "caught", "held", "kept",    "found",
						 "thrown", "sent", "brought", "led",
						 "shot",   "hit",  "put" };
	int q = vstart - 1, i, k = vend;
	while (q >= 0 && is_adverb(c, q))
		q--;
	if (q < 1 || !(c->fc[q] & FC_CONJ) || is_tok(c, q, "nor") || is_tok(c, q, "&"))
		return 0;
	while ((size_t)k < c->n && is_adverb(c, k))
		k++;
	if ((size_t)k < c->n &&
	    (c->unit_of[k] >= 0 || (c->fc[k] & (FC_DET | FC_POSS | FC_OBJPRON | FC_PRON)) ||
	     c->t[k].kind == TOK_NUM || (c->t[k].kind == TOK_WORD && !c->fc[k])))
		return 0; /* an object: "and shelled the town", "and freed two" */
	for (i = q - 1; i >= 0 && i > q - 16 && !is_boundary(c, i); i--) {
		int j = i + 1;
		if (c->fc[i] & (FC_SUBORD | FC_REL | FC_THAT) || is_punct(c, i, ','))
			return 0;
		if (!(c->fc[i] & FC_BE))
			continue;
		while (j < q && is_adverb(c, j))
			j++;
		if (j >= q || c->t[j].kind != TOK_WORD)
			return 0;
		if (c->span_of[j] >= 0)
			return c->spans[c->span_of[j]].kind == PAY_VERB &&
					       c->spans[c->span_of[j]].form == VF_ED
				       ? j + 1
				       : 0;
		return !c->fc[j] && ((c->t[j].nlen > 3 &&
				      (!strcmp(c->t[j].norm + c->t[j].nlen - 2, "ed") ||
				       !strcmp(c->t[j].norm + c->t[j].nlen - 2, "en"))) ||
				     TOK_IN(c, j, irregular))
			       ? j + 1
			       : 0; /* "was taken into custody", "was caught by police" */
	}
	return 0;
}

int coder_thing_shot(const struct coder *c, int vi)
{
	const struct vinfo *v = &c->verbs[vi];
	int q = v->start - 1, k, i;
	while (q >= 0 && is_adverb(c, q))
		q--;
	if (q >= 0 && is_tok(c, q, "and") && vi > 0 && c->verbs[vi - 1].bare_passive &&
	    c->verbs[vi - 1].subject == v->subject && c->verbs[vi - 1].end <= q)
		return 1;
	if (v->subject < 0 || c->units[v->subject].end > v->start ||
	    (c->units[v->subject].end == v->start && !coder_vehicle_at(c, v->start - 1)))
		return 0; /* a craft its actor names: "US Chinook helicopter" */
	for (i = c->units[v->subject].end; i < v->start; i++)
		if (!is_plain_word(c, i))
			return 0;
	k = v->end;
	while ((size_t)k < c->n && (is_adverb(c, k) || is_tok(c, k, "down") || is_tok(c, k, "up") ||
				    is_tok(c, k, "off") || is_tok(c, k, "out")))
		k++;
	i = c->units[v->subject].start;
	if (i > 0 && !is_punct(c, i - 1, '"'))
		return 0; /* the subject opens the sentence or the quotation */
	return (size_t)k >= c->n || (c->fc[k] & FC_CONJ) ||
	       (c->t[k].kind == TOK_PUNCT && !is_punct(c, k, '('));
}

/*
 * A headline's reduced passive of a deed done only to someone ("Iranian diplomat
 * killed in Kabul", "Two journalists arrested"): the participle of such a verb
 * right after the actor that opens the sentence, its pattern matching no words
 * after it, followed by a place or time ("in", "near", "during"), a comma, a
 * conjunction or the end. Its subject is the one it was done to; "Afghan police
 * killed three militants" has an object and stays active.
 */
int coder_headline_harm(const struct coder *c, int vi, const char *lemma, int wfrom)
{
	static const char *const harms[] = { "kill",   "murder", "assassinate", "execute", "behead",
					     "wound",  "injure", "arrest",      "detain",  "abduct",
					     "kidnap", "jail",   "imprison",    "deport" };
	static const char *const after[] = { "in",     "near",    "at",    "on",
					     "during", "outside", "after", "while" };
	static const char *const times[] = { "day",     "days",    "week",   "weeks", "month",
					     "months",  "year",    "years",  "hours", "night",
					     "morning", "evening", "weekend" };
	static const char *const numbers[] = { "two",    "three",   "four",     "five",    "six",
					       "seven",  "eight",   "nine",     "ten",     "dozens",
					       "scores", "several", "hundreds", "twenty",  "thirty",
					       "forty",  "fifty",   "sixty",    "seventy", "eighty",
					       "ninety" };
	const struct vinfo *v = &c->verbs[vi];
	const struct unit *S;
	size_t k;
	int j;
	if (!lemma || wfrom > 0 || v->subject < 0)
		return 0;
	if (!STR_AMONG(lemma, harms))
		return 0;
	S = &c->units[v->subject];
	j = S->start;
	while (j > 0 && (c->t[j - 1].kind == TOK_NUM || TOK_IN(c, j - 1, numbers)))
		j--; /* "Two Afghan police officers killed" */
	if (S->end != v->start || (j > 0 && !is_punct(c, j - 1, '"')))
		return 0;
	j = v->end;
	for (;;) {
		while ((size_t)j < c->n && is_adverb(c, j))
			j++;
		/* "killed and wounded dozens", "killed, wounded or captured hundreds":
		 * the clause goes on after the last participle of a chain */
		if ((size_t)j + 1 < c->n && (is_punct(c, j, ',') || (c->fc[j] & FC_CONJ)) &&
		    coder_participle_at(c, j + 1)) {
			k = (size_t)j + 1;
			while (k < c->n && is_adverb(c, (int)k))
				k++;
			j = (int)k + (c->span_of[k] >= 0 ? c->spans[c->span_of[k]].len : 1);
			continue;
		}
		break;
	}
	if (is_tok(c, j, "at") && (is_tok(c, j + 1, "least") || is_tok(c, j + 1, "most")))
		return 0; /* "bombers killed at least four soldiers" */
	if (TOK_IN(c, j, after)) {
		/* "killed in Kabul on Monday", not "detained in Istanbul dozens of
		 * protesters", "arrested on Monday a man": a noun phrase that opens
		 * after the place or time, before the clause ends, is the object */
		int q;
		for (q = j + 1; (size_t)q < c->n && c->t[q].kind != TOK_PUNCT &&
				!(c->fc[q] & (FC_CONJ | FC_SUBORD | FC_REL | FC_THAT));
		     q++) {
			if (c->is_verb[q] || coder_ing_word(c, q))
				break; /* "killed while patrolling the border": another verb's */
			if (((c->fc[q] & FC_DET) || TOK_IN(c, q, numbers) ||
			     (c->t[q].kind == TOK_NUM && c->t[q].nlen != 4)) &&
			    !(c->fc[q - 1] & (FC_PREP | FC_DET | FC_LOC)) &&
			    !TOK_IN(c, q - 1, after) && !TOK_IN(c, q + 1, times))
				return 0; /* not a time: "two days ago", "the day after" */
		}
		return 1;
	}
	return (size_t)j >= c->n || (c->fc[j] & FC_CONJ) ||
	       (c->t[j].kind == TOK_PUNCT && !is_punct(c, j, '('));
}

/*
 * Of two equally long matches of a verb's patterns, the one whose words are
 * the verb's object: the nearer to the verb ("began an investigation into
 * mass killings" is an investigation), unless the nearer only modifies the
 * other, the two touching with no function word between ("launched a murder
 * investigation"). 1 when `m` is the object, -1 when `o` is, 0 when either
 * has no words after the verb or both start together.
 */
int coder_nearer_object(const struct coder *c, const struct pmatch *m, const struct pmatch *o)
{
	const struct pmatch *a = m->wfrom < o->wfrom ? m : o, *b = a == m ? o : m;
	int bfrom = b->wfrom;
	if (m->wto && o->wto && m->wfrom == o->wfrom && m->wlast != o->wlast) {
		/* one particle, then two nouns ("agreed to a withdrawal of the
		 * troops"): the nearer noun */
		a = m->wlast < o->wlast ? m : o;
		b = a == m ? o : m;
		bfrom = b->wlast;
	} else if (!m->wto || !o->wto || m->wfrom == o->wfrom) {
		return 0;
	}
	if (a->wto == bfrom && !c->fc[a->wto - 1] &&
	    !(b->wto == bfrom + 1 && (c->fc[bfrom] & (FC_PREP | FC_TO))))
		a = b; /* a compound: its head is the later noun (a bare preposition
			* heads none: "fired rockets at", "handed over their weapons
			* to") */
	return a == m ? 1 : -1;
}

/*
 * A participle of giving that describes what someone carries, not a gift
 * (span `s`, a verb of giving, 07): "gunmen armed with rifles", "equipped
 * with"; and a participle of arming (072) after no auxiliary whose giver
 * cannot stand before it, as nothing but an actor, a pronoun or a relative
 * word can ("by armed individuals", "and armed supporters", "heavily armed
 * police", "Armed men stormed"). Such a word is no verb: the clause's verb
 * comes after it ("gunmen armed with rifles attacked").
 */
int coder_equipped(const struct coder *c, const struct span *s)
{
	const struct dict *d = c->d;
	int k = s->start + s->len, p = s->start - 1, arms = 0, give = 0;
	int32_t q;
	if (s->form != VF_ED || !(d->flags & DICT_F_OPEN))
		return 0;
	for (q = s->pay; q >= 0; q = d->pays[q].next)
		if (d->pays[q].kind == PAY_VERB && !nominal_pay(d, q)) {
			const char *code = coder_verb_code(d, &d->verbs[d->pays[q].idx]);
			if (strncmp(code, "07", 2))
				return 0;
			give = 1;
			arms |= !strcmp(code, "072");
		}
	if (!give)
		return 0;
	while ((size_t)k < c->n && is_adverb(c, k))
		k++;
	if (is_tok(c, k, "with"))
		return 1;
	while (p >= 0 && is_adverb(c, p))
		p--;
	if (!arms || (p >= 0 && (c->fc[p] & (FC_BE | FC_HAVE | FC_PRON | FC_REL | FC_THAT))))
		return 0;
	return p < 0 || c->span_of[p] < 0 ||
	       (c->spans[c->span_of[p]].kind != PAY_ACTOR &&
		c->spans[c->span_of[p]].kind != PAY_AGENT);
}

/*
 * The refusal (12) that a cooperative act (03-08) announced as not to be done
 * makes ("will not attend the talks" 125, "would not send aid" 122, "won't
 * ratify the deal" 127, "will not lift the curfew" 1241), NULL for other
 * codes. An act not done in the past is no refusal; one ruled out is.
 */
const char *coder_refusal_code(const char *code)
{
	static const char *const map[][2] = {
		{ "036", "125" },  { "037", "127" },  { "038", "126" },  { "039", "126" },
		{ "03", "120" },   { "04", "125" },   { "057", "127" },  { "05", "120" },
		{ "061", "1211" }, { "062", "1212" }, { "063", "1213" }, { "064", "1214" },
		{ "06", "121" },   { "071", "1221" }, { "072", "1222" }, { "073", "1223" },
		{ "074", "1224" }, { "07", "122" },   { "081", "1241" }, { "0841", "1243" },
		{ "085", "1244" }, { "086", "1245" }, { "087", "1246" }, { "08", "124" },
	};
	return coder_code_by_prefix(map, sizeof(map) / sizeof(map[0]), code);
}

/*
 * Unit u is people of a plural role: a role of a country or organisation ending in a plural
 * common noun, not capitalised ("two Estonian diplomats", "Kenyan protesters"); not a
 * country or body named alone ("the United States", "the United Nations").
 */
int coder_plural_role(const struct coder *c, int u)
{
	const struct unit *U = &c->units[u];
	const struct token *t = &c->t[U->end - 1];
	return U->ncodes && (U->nag || strlen(U->codes[0]) > 3) && t->kind == TOK_WORD &&
	       !(t->flags & TOKF_CAP) && t->nlen > 3 && t->norm[t->nlen - 1] == 's' &&
	       t->norm[t->nlen - 2] != 's';
}

/*
 * "met Japan and Canada and threatened them", "held talks with Iran and Iraq,
 * urging them to": the object pronoun "them" right after the verb (token
 * from, adverbs skipped) stands for the nearest list of two or more actors
 * named before the verb (at vstart) in the sentence, none of them among the
 * verb's sources; with no list, for the nearest such actor alone when it is people of a
 * plural role (coder_plural_role). The list's first unit, the actor, or -1.
 */
int coder_them_antecedent(const struct coder *c, int from, int vstart, const int *srcs, int ns)
{
	int g[MAX_GROUP], u, h, best = -1, n, k, a;
	while ((size_t)from < c->n && is_adverb(c, from))
		from++;
	if (!is_tok(c, from, "them") || (c->t[from].flags & TOKF_CAP))
		return -1;
	for (u = c->nunits - 1; u >= 0; u--) {
		if (c->units[u].absorbed || c->units[u].end > vstart)
			continue;
		for (a = 0; a < ns && srcs[a] != u; a++)
			;
		if (a == ns)
			break;
	}
	if (u < 0 || !c->units[u].ncodes || c->units[u].docfill)
		return -1;
	for (h = u; h >= 0 && h > u - MAX_GROUP; h--) {
		if (c->units[h].absorbed)
			continue;
		n = coder_group(c, h, 1, g, MAX_GROUP);
		for (k = 0; k < n && g[k] != u; k++)
			;
		if (k < n && n >= 2)
			best = h;
	}
	if (best < 0)
		return coder_plural_role(c, u) ? u : -1; /* "expelled two Estonian diplomats,
						     * accusing them of spying" */
	n = coder_group(c, best, 1, g, MAX_GROUP);
	for (k = 0; k < n; k++) {
		if (!c->units[g[k]].ncodes || c->units[g[k]].docfill)
			return -1;
		for (a = 0; a < ns; a++)
			if (srcs[a] == g[k])
				return -1;
	}
	return best;
}

/*
 * The present-tense verb at vstart stands in a clause of time ("after",
 * "once", "until", "before", "when", "as soon as") of a sentence that speaks
 * of the future ("The US will keep its base after American troops leave
 * Syria", "Once troops leave, the US will ..."): the act is expected, not
 * done.
 */
int coder_future_time_clause(const struct coder *c, int vstart)
{
	static const char *const when[] = { "after", "once", "until", "before", "when" };
	int i, sub = -1, end;
	for (i = vstart - 1; i >= 0 && sub < 0; i--) {
		if (is_boundary(c, i) || is_punct(c, i, ',') || is_punct(c, i, '"') ||
		    (c->is_verb[i] && c->t[i].kind == TOK_WORD) ||
		    (c->fc[i] & (FC_REL | FC_THAT | FC_MODAL)))
			return 0;
		if (TOK_IN(c, i, when) || (is_tok(c, i, "soon") && i > 0 &&
					   is_tok(c, i - 1, "as") && is_tok(c, i + 1, "as")))
			sub = i; /* "as soon as"; a bare "soon" is an adverb */
	}
	if (sub < 0)
		return 0;
	for (end = vstart; (size_t)end < c->n && !is_boundary(c, end) && !is_punct(c, end, ',');
	     end++)
		;
	for (i = 0; (size_t)i < c->n; i++)
		if ((i < sub || i > end) && (c->fc[i] & FC_MODFUT))
			return 1;
	return 0;
}

/*
 * "Iran and Iraq attacked Syria": a pattern for two subjects acting on each
 * other ("X and Y clashed") does not hold when an actor other than them is
 * the verb's own object, right after it (from token `from` on).
 */
int coder_comp_object(const struct coder *c, int from, const int *srcs, int ns)
{
	int o, a, loc = 0;
	if (!(c->d->flags & DICT_F_OPEN) || (o = coder_find_object(c, from, 0)) < 0 ||
	    !c->units[o].ncodes || c->units[o].docfill ||
	    (coder_pp_object(c, c->units[o].start, &loc) && loc))
		return 0; /* "clashed near Damascus": a place */
	for (a = 0; a < ns; a++)
		if (srcs[a] == o || !strncmp(c->units[srcs[a]].codes[0], c->units[o].codes[0], 3))
			return 0;
	for (a = from; a < c->units[o].start; a++)
		if (!(c->fc[a] & FC_DET) && !is_plain_word(c, a) && !is_adverb(c, a))
			return 0; /* the verb's own object only, right after it */
	return 1;
}

/*
 * The noun a reduced passive follows ("the statement released by the rebels",
 * "the aid provided by Russia"): the verb's object, which its patterns are
 * also matched against. -1 when the -ed verb at v has an object of its own
 * after it or no lower-case noun right before it. The noun may be the
 * subject of an active verb as well ("the war began in 2012"), so code_verb
 * takes such a match only for a pattern that codes nothing or with an agent
 * ("by") after the verb.
 */
int coder_reduced_head(const struct coder *c, const struct vinfo *v)
{
	int q = v->start - 1, j = v->end;
	if (!(c->d->flags & DICT_F_OPEN) || c->spans[v->span].form != VF_ED || q < 1)
		return -1;
	if (c->t[q].kind != TOK_WORD || (c->t[q].flags & TOKF_CAP) || c->fc[q] ||
	    (c->span_of[q] >= 0 && (c->spans[c->span_of[q]].kind != PAY_VERB || c->is_verb[q])))
		return -1;
	if ((size_t)j < c->n &&
	    ((c->fc[j] & (FC_DET | FC_POSS | FC_PRON | FC_OBJPRON)) || c->t[j].kind == TOK_NUM ||
	     (c->span_of[j] >= 0 && (c->spans[c->span_of[j]].kind == PAY_ACTOR ||
				     c->spans[c->span_of[j]].kind == PAY_AGENT))))
		return -1;
	return q;
}

/*
 * The first word of the compound that ends at the reduced passive's head noun h
 * ("information" in "information operations conducted by the agency"): up to two
 * lower-case words right before it that are no function word, verb or actor, so
 * that a pattern's phrase ("{INFORMATION OPERATION}") is matched as a whole;
 * h itself when there is none.
 */
int coder_reduced_compound(const struct coder *c, int h)
{
	int q = h;
	while (q > 0 && h - q < 2 && c->t[q - 1].kind == TOK_WORD &&
	       !(c->t[q - 1].flags & TOKF_CAP) && !c->fc[q - 1] && !c->is_verb[q - 1] &&
	       c->unit_of[q - 1] < 0)
		q--;
	return q;
}

/*
 * The noun phrase a full passive's participle at v has as its subject, no actor
 * ("a curfew was imposed in", "a state of emergency has been declared",
 * "sanctions were imposed on Iran by"): a form of "be" (after "has", "have" or "had")
 * right before the participle, adverbs between, and lower-case words before it back
 * to a determiner, a comma or the clause's start ("of" and numbers inside). Its first
 * token, *end the "be" or "has" after it; -1 when there is none. The verb's patterns
 * are also matched against that phrase, as against a reduced passive's noun.
 */
int coder_passive_subject(const struct coder *c, const struct vinfo *v, int *end)
{
	int q = v->start - 1, be = 0, from;
	if (!(c->d->flags & DICT_F_OPEN) || c->spans[v->span].form != VF_ED)
		return -1;
	while (q >= 0 && is_adverb(c, q))
		q--;
	while (q >= 0 && (c->fc[q] & (FC_BE | FC_HAVE))) {
		be |= (c->fc[q] & FC_BE) != 0;
		q--;
	}
	if (!be || q < 0)
		return -1;
	*end = q + 1;
	for (from = q + 1; from > 0; from--) {
		int k = from - 1;
		if (is_tok(c, k, "no") || is_tok(c, k, "neither"))
			break;
		if (c->t[k].kind == TOK_NUM || is_tok(c, k, "of") ||
		    (c->t[k].kind == TOK_WORD && (!(c->t[k].flags & TOKF_CAP) || k == 0) &&
		     !c->fc[k] && c->unit_of[k] < 0 && !c->is_verb[k]))
			continue; /* a capital opens the sentence: "Sanctions were imposed" */
		break;
	}
	if (from > q || is_tok(c, from, "of"))
		return -1;
	if (from > 0 && (is_tok(c, from - 1, "no") || is_tok(c, from - 1, "neither") ||
			 (from > 2 && (c->fc[from - 1] & FC_DET) && is_tok(c, from - 2, "of") &&
			  (is_tok(c, from - 3, "none") || is_tok(c, from - 3, "neither")))))
		return -1; /* "No curfew was imposed", "none of the sanctions were": none */
	if (from > 0 && !(c->fc[from - 1] & (FC_DET | FC_POSS)) && !is_punct(c, from - 1, ',') &&
	    !is_boundary(c, from - 1) && !(c->t[from - 1].flags & TOKF_CAP))
		return -1; /* "the army said troops were sent": not past a verb or name */
	return from;
}

/*
 * A verb whose object is what is talked about, never who is talked with
 * ("discussed the Ukraine crisis", "debated Iran's proposal"): its partner is
 * named after "with" ("discussed the crisis with Kyiv").
 */
int coder_topic_verb(const char *lemma)
{
	return lemma && (!strcmp(lemma, "discuss") || !strcmp(lemma, "debate"));
}

/* the first token of unit u's phrase, its determiner or possessive included */
int coder_unit_lead(const struct coder *c, int u)
{
	int i = c->units[u].start;
	while (i > 0 && (c->fc[i - 1] & (FC_DET | FC_POSS)))
		i--;
	return i;
}

/* the actor after "with" in the clause [from, end): the partner of a topic verb, or -1 */
int coder_with_partner(const struct coder *c, int from, int end)
{
	int i;
	for (i = from; i < end && (size_t)i + 1 < c->n; i++) {
		int j = i + 1;
		if (!is_tok(c, i, "with"))
			continue;
		/* "with the visiting Ukrainians", "with his Ugandan counterpart" */
		while ((size_t)j < c->n && j < end && j < i + 4 && c->unit_of[j] < 0 &&
		       c->t[j].kind == TOK_WORD &&
		       !(c->fc[j] & (FC_PREP | FC_CONJ | FC_SUBORD | FC_REL)))
			j++;
		return (size_t)j < c->n && j < end ? c->unit_of[j] : -1;
	}
	return -1;
}

/*
 * The verb vi's clause says it was done by or to no one: its subject opens with
 * "none of", "neither" or "no" ("none of the protesters were arrested", "neither
 * Chile nor Peru attacked", "no Chilean troops entered"); "none" or "neither" opens
 * its object ("arrested none of them"; not after a verb of saying: "said none of the
 * troops had left" is the content's); or "nor" and an auxiliary stand before its
 * subject ("nor did it attack Peru").
 */
int coder_none_said(const struct coder *c, int vi)
{
	const struct vinfo *v = &c->verbs[vi];
	int q, j;
	if (v->subject >= 0 && c->units[v->subject].start < v->start) {
		q = c->units[v->subject].start - 1;
		while (q >= 0 && (c->fc[q] & FC_DET))
			q--;
		if ((is_tok(c, q, "of") && is_tok(c, q - 1, "none")) || is_tok(c, q, "neither") ||
		    (is_tok(c, q, "no") && q + 1 == c->units[v->subject].start))
			return 1;
		for (j = q; is_tok(c, q, "nor") && j >= 0 && j > q - 8 && !is_boundary(c, j); j--)
			if (is_tok(c, j, "neither"))
				return 1; /* "neither Chile nor Peru attacked": Peru's verb */
		if (c->units[v->subject].end == v->start && q > 0 &&
		    (c->fc[q] & (FC_DO | FC_HAVE | FC_BE | FC_MODAL)) && is_tok(c, q - 1, "nor"))
			return 1;
	}
	q = v->start - 1;
	if (q > 1 && (c->fc[q] & FC_PRON) &&
	    (c->fc[q - 1] & (FC_DO | FC_HAVE | FC_BE | FC_MODAL)) && is_tok(c, q - 2, "nor"))
		return 1; /* "nor did it threaten" */
	if ((c->fc[v->start] & FC_SAY) || coder_statement_verb(c, v->start))
		return 0;
	j = v->end;
	while ((size_t)j < c->n && is_adverb(c, j))
		j++;
	if (is_tok(c, j, "none") &&
	    (is_tok(c, j + 1, "other") || is_tok(c, j + 1, "too") || is_tok(c, j + 1, "the")))
		return 0; /* "killed none other than", "none the wiser": emphasis */
	return is_tok(c, j, "none") || is_tok(c, j, "neither");
}

/*
 * The object noun a pattern matched at `to` has "no" for its determiner in
 * [from, to): "held no talks", "offered no support"; not a quantity ("no fewer
 * than three rounds of talks", "no more than").
 */
int coder_no_object(const struct coder *c, int from, int to)
{
	static const char *const amounts[] = { "fewer", "less", "more", "longer", "sooner" };
	int j, q;
	for (j = from; j < to; j++)
		if (is_tok(c, j, "no") && !TOK_IN(c, j + 1, amounts)) {
			/* "no" of the matched noun, not of another: "made no secret
			 * of its support", "made no arrests after the attack" */
			for (q = j + 1; q < to && c->t[q].kind == TOK_WORD && !c->fc[q]; q++)
				;
			if (q == to)
				return 1;
		}
	return 0;
}

/* token h is a noun of a class that makes one of the senses of the verb of span sp that
 * are no event */
static int sense_noun(const struct coder *c, const struct span *sp, int h)
{
	const struct dict *d = c->d;
	int k;
	int32_t p;
	if (h < 0 || c->t[h].kind != TOK_WORD || c->fc[h])
		return 0;
	for (p = sp->pay; p >= 0; p = d->pays[p].next) {
		const struct dblock *bl;
		if (d->pays[p].kind != PAY_VERB)
			continue;
		bl = &d->blocks[d->verbs[d->pays[p].idx].block];
		if (strncmp(bl->name, "SENSE_", 6))
			continue;
		for (k = 0; k < bl->n; k++) {
			const struct dpattern *pt = &d->pats[bl->first + k];
			const struct pel *e = &pt->el[pt->nel - 1];
			if (pt->nel > 1 && pt->star < pt->nel - 1 && e->type == PE_SYN &&
			    !strcmp(pt->code, "---") && coder_syn_match(c, h, e->id) == 1)
				return 1;
		}
	}
	return 0;
}

/*
 * The subject noun of a passive (the word before its "be", "have" and adverbs, or
 * before a bare participle) is a noun of a class that makes one of the verb's
 * senses that are no event ("a girl was rescued", "the bill was killed", "officials
 * were fired"): as the object of the active verb would.
 */
int coder_passive_sense(const struct coder *c, const struct span *sp, int vstart, int vend,
			const struct dpattern *best, int wfrom)
{
	int h = vstart - 1;
	while (vend < (int)c->n && is_adverb(c, vend))
		vend++;
	if (best && wfrom == vend && strcmp(best->code, "---"))
		return 0; /* "were fired on by gunmen": the particle of a pattern that
			   * codes, as in the active voice */
	while (h >= 0 && (is_adverb(c, h) || (c->fc[h] & (FC_BE | FC_HAVE))))
		h--;
	return sense_noun(c, sp, h);
}

/*
 * The verb [vstart, vend) ends an object relative clause with no object after it, whose
 * noun is of a class that makes one of the verb's senses that are no event: "the
 * documents I have provided", "the information that Peru provided was": the noun, its
 * "that" or "which", the clause's subject (a pronoun or an actor), auxiliaries and
 * adverbs, the verb, then the clause's end, a preposition, a conjunction or the main
 * verb.
 */
int coder_relative_sense(const struct coder *c, const struct span *sp, int vstart, int vend)
{
	int h = vstart - 1, j = vend, u;
	while ((size_t)j < c->n && is_adverb(c, j))
		j++;
	if ((size_t)j < c->n && c->t[j].kind != TOK_PUNCT &&
	    !(c->fc[j] & (FC_CONJ | FC_PREP | FC_SUBORD | FC_BE | FC_HAVE | FC_MODAL)) &&
	    !c->is_verb[j])
		return 0;
	while (h >= 0 && (is_adverb(c, h) || (c->fc[h] & (FC_BE | FC_HAVE | FC_MODAL))))
		h--;
	if (h < 0)
		return 0;
	if ((c->fc[h] & FC_PRON) && !(c->fc[h] & FC_REL))
		h--; /* "I", "they" */
	else if ((u = c->unit_of[h]) >= 0 && c->units[u].end == h + 1 && c->units[u].ncodes)
		h = c->units[u].start - 1; /* "Peru", "the Kenyan government" */
	else
		return 0;
	if (h >= 0 && (c->fc[h] & (FC_REL | FC_THAT)))
		h--; /* "that", "which" */
	return h >= 0 && sense_noun(c, sp, h);
}

/*
 * A word of quantity at j ("about 300", "over 10,000", "up to 50", "as many as",
 * "around a dozen"): a preposition there opens a number, not a phrase.
 */
static int quantity_at(const struct coder *c, int j)
{
	static const char *const many[] = { "dozens", "hundreds", "thousands", "scores",
					    "dozen",  "hundred",  "thousand",  "million" };
	if (is_tok(c, j, "as") && (is_tok(c, j + 1, "many") || is_tok(c, j + 1, "few")))
		return 1;
	if (is_tok(c, j, "up") && is_tok(c, j + 1, "to"))
		j++;
	j++;
	if (is_tok(c, j, "a"))
		j++; /* "about a dozen" */
	return (size_t)j < c->n && (c->t[j].kind == TOK_NUM || TOK_IN(c, j, many));
}

/*
 * Nothing after the verb [start, end) (past adverbs and "hard") that an act could be
 * done to: the clause ends there, or a conjunction or preposition follows ("are
 * pushing back hard,", "pushed back for weeks"); not in a relative clause, whose
 * pronoun may be the one it was done to.
 */
int coder_no_patient(const struct coder *c, int start, int end)
{
	int j = end;
	for (j = start - 1; j >= 0 && j > start - 16 &&
			    (!is_boundary(c, j) || is_punct(c, j, '(') || is_punct(c, j, ')'));
	     j--)
		if (c->fc[j] & FC_REL)
			return 0; /* "nationals whom ICE had deported in May" */
	j = end;
	while ((size_t)j < c->n && (is_adverb(c, j) || is_tok(c, j, "hard")))
		j++;
	if ((c->fc[j] & (FC_PREP | FC_SUBORD)) && quantity_at(c, j))
		return 0; /* "deported about 300 Haitians", "over 10,000", "as many as" */
	return (size_t)j >= c->n || c->t[j].kind == TOK_PUNCT ||
	       (c->fc[j] & (FC_CONJ | FC_PREP | FC_SUBORD));
}

/*
 * The agent of a passive with no "by" named by the "when" clause after it in
 * [from, end): the actor that opens that clause, followed by a coded verb and an
 * object pronoun ("was killed when Chadian soldiers shot him"), or -1 ("were killed
 * when their convoy hit a mine": no actor).
 */
int coder_when_agent(const struct coder *c, int from, int end)
{
	int q, j, u, e;
	for (q = from; q < end; q++)
		if (is_tok(c, q, "when"))
			break;
	if (q >= end)
		return -1;
	j = q + 1;
	if (j < end && (c->fc[j] & FC_DET))
		j++;
	if (j >= end || (u = c->unit_of[j]) < 0 || c->units[u].start != j || !c->units[u].ncodes ||
	    c->units[u].docfill)
		return -1;
	e = c->units[u].end;
	while (e < end && is_adverb(c, e))
		e++;
	if (e + 1 >= end || !c->is_verb[e])
		return -1;
	e += c->span_of[e] >= 0 ? c->spans[c->span_of[e]].len : 1;
	return e < end && (c->fc[e] & FC_OBJPRON) ? u : -1;
}
