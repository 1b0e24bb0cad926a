/*
 * coder_events.c: one event made and pushed to the output: its code refined by who
 * did it and to whom, its date and its mood.
 */
#include "analyse/coder_internal.h"

#include "util/banned.h"

/* ---- events ---- */

/*
 * "since the late 1990s, when Iran backed ...": a "when" clause right after
 * a date happened then. The date mention of the verb at token vt's clause,
 * or (size_t)-1.
 */
static size_t when_date(const struct coder *c, int vt)
{
	int s = vt;
	size_t k;
	while (s > 0 && c->clause_of[s - 1] == c->clause_of[vt])
		s--;
	if (!c->clause_of[vt] || s < 2 || !is_tok(c, s, "when") || !is_punct(c, s - 1, ','))
		return (size_t)-1;
	for (k = 0; k < c->ndm; k++)
		if ((int)c->dm[k].end == s - 1)
			return k;
	return (size_t)-1;
}

/* a verb a date can belong to: a coded verb or one of saying, but not a gerund after a
 * preposition ("accused Chad of shelling villages on Sunday": the accusation's day) */
static int date_verb(const struct coder *c, int j)
{
	if (!c->is_verb[j] && !(c->fc[j] & FC_SAY))
		return 0;
	return !(j > 0 && (c->fc[j - 1] & FC_PREP) && c->t[j].nlen > 4 &&
		 !strcmp(c->t[j].norm + c->t[j].nlen - 3, "ing"));
}

/*
 * The verb token a date mention belongs to: the nearest verb of its clause before it,
 * else the nearest after it ("on Monday, Iran closed ..."), a semicolon bounding both
 * ("in 1998 they nearly went to war; by the 2020s ministers were meeting"); -1 if
 * there is none.
 * "said on Tuesday it had arrested two men in February": Tuesday is the saying's,
 * February the arrest's.
 */
static int date_owner(const struct coder *c, const struct date_mention *m)
{
	int a = (int)m->first, j;
	for (j = a - 1; j >= 0 && c->clause_of[j] == c->clause_of[a] && !is_punct(c, j, ';'); j--)
		if (date_verb(c, j))
			return j;
	for (j = (int)m->end;
	     j < (int)c->n && c->clause_of[j] == c->clause_of[a] && !is_punct(c, j, ';'); j++)
		if (date_verb(c, j))
			return j;
	return -1;
}

/*
 * The verbs at tokens v and w are each their own deed's: 2 where a word between them
 * opens a clause of its own (a subject pronoun, an auxiliary, "that", a subordinator:
 * "said on Tuesday it had arrested ...") or the second is what a verb of saying
 * governs ("told the commanders to disarm by Friday"); 1 where only
 * a comma or a conjunction stands between them, whose verbs may share a date
 * ("executed a cleric in 2016, and protesters stormed the embassy"; "the leader,
 * detained last week, urged ..."); 0 where they are one deed's words ("blocked EU aid
 * to Ukraine in December", "asked India to extradite him in December").
 */
static int verbs_apart(const struct coder *c, int v, int w)
{
	int i, lo = v < w ? v : w, hi = v < w ? w : v, apart = 0, conj = 0;
	size_t k;
	for (i = lo + 1; i < hi; i++) {
		for (k = 0; k < c->ndm; k++)
			if ((int)c->dm[k].first <= i && i < (int)c->dm[k].end)
				break;
		if (k < c->ndm)
			continue; /* "detained in May and sentenced": no modal "may" */
		if (c->fc[i] &
		    (FC_PRON | FC_HAVE | FC_BE | FC_DO | FC_MODAL | FC_SAY | FC_THAT | FC_SUBORD))
			return 2;
		if ((c->fc[i] & FC_CONJ) || is_punct(c, i, ',') || is_punct(c, i, ';'))
			apart = 1;
		conj |= (c->fc[i] & FC_CONJ) != 0;
	}
	/* what a verb of saying governs: "told them to disarm by Friday" */
	if ((c->fc[lo] & FC_SAY) && !conj)
		return 2;
	return apart;
}

/*
 * The date mention of the verb vi: the nearest of its clause that belongs to it (or to
 * a verb that is no deed apart from it), else the nearest of a verb only a comma or a
 * conjunction sets apart from it; or (size_t)-1.
 */
/* "has moved", "have not been arrested": a present perfect */
static int present_perfect(const struct coder *c, int vt)
{
	int j = vt - 1;
	while (j >= 0 && ((c->fc[j] & (FC_ADV | FC_NEG)) || is_tok(c, j, "been")))
		j--;
	return j >= 0 && (is_tok(c, j, "has") || is_tok(c, j, "have") || is_tok(c, j, "'ve"));
}

/* a date a present perfect can take: a span up to now ("this week", "in the past
 * month", "earlier this year", "over the past year", "today"), no time gone by ("has
 * moved troops ... after the killing of diplomats last month": the killing's) */
static int span_to_now(const struct coder *c, int a)
{
	return is_tok(c, a, "this") || is_tok(c, a, "past") || is_tok(c, a, "earlier") ||
	       is_tok(c, a, "today") || is_tok(c, a, "tonight") ||
	       (a > 0 && (is_tok(c, a - 1, "for") || is_tok(c, a - 1, "over")));
}

static size_t own_date(const struct coder *c, int vi, int *mine)
{
	size_t k, best = (size_t)-1, shared = (size_t)-1;
	int bestd = 1 << 30, sharedd = 1 << 30, vt = c->verbs[vi].start, ve = c->verbs[vi].end;
	int owns = date_verb(c, vt), perfect = owns && present_perfect(c, vt);
	for (k = 0; k < c->ndm; k++) {
		int a = (int)c->dm[k].first, b = (int)c->dm[k].end, o, apart = 0;
		if (a > 0 && (is_tok(c, a - 1, "since") || is_tok(c, a - 1, "until")))
			continue; /* "the worst clash since 2021" is not dated 2021 */
		if (c->clause_of[a] != c->clause_of[vt])
			continue; /* "hosted refugees who fled in 1979": not 1979 */
		if (owns && a > vt && a > 1 && (c->fc[a - 1] & (FC_DET | FC_POSS)) &&
		    !(is_tok(c, a - 2, "during") || is_tok(c, a - 2, "in") ||
		      is_tok(c, a - 2, "since") || is_tok(c, a - 2, "after") ||
		      is_tok(c, a - 2, "before") || is_tok(c, a - 2, "throughout")) &&
		    c->dm[k].v.prec == DP_YEAR && b == a + 1 && b < (int)c->n &&
		    c->t[b].kind == TOK_WORD && !(c->t[b].flags & TOKF_CAP))
			continue; /* "blamed Israel for the 2020 assassination": the killing's;
				   * "during the 2020 unrest" is a time */
		if (perfect && !span_to_now(c, a))
			continue;
		int dist = vt < a ? a - vt : vt >= b ? vt - b + 1 : 0;
		o = owns ? date_owner(c, &c->dm[k]) : -1;
		if (o >= 0 && !(o >= vt && o < ve))
			apart = verbs_apart(c, vt, o);
		if (!apart) {
			if (dist < bestd) {
				bestd = dist;
				best = k;
				/* not the date of a verb before it that governs this one
				 * ("agreed on Thursday to lift ..."); a word after it read
				 * as a verb is its object's ("impose sanctions in June") */
				*mine = o < 0 || o >= vt;
			}
		} else if (apart == 1 && dist < sharedd) {
			sharedd = dist;
			shared = k;
		}
	}
	if (best == (size_t)-1)
		*mine = 0;
	return best != (size_t)-1 ? best : shared;
}

/* protesters, students, workers: people without arms (civilians as a source
 * of force are more often a misread passive: "40 people were reported killed") */
int coder_unarmed(const char *code)
{
	static const char *const roles[] = { "OPP", "EDU", "LAB", "AGR", "HLH" };
	size_t k;
	if (coder_has_role(code, "REB") || coder_has_role(code, "MIL") ||
	    coder_has_role(code, "UAF") || coder_has_role(code, "SPY") ||
	    coder_has_role(code, "COP"))
		return 0;
	for (k = 0; k < sizeof(roles) / sizeof(roles[0]); k++)
		if (coder_has_role(code, roles[k]))
			return 1;
	return 0;
}

/* a militant group (IMG) or an armed role: military, rebels, insurgents, police,
 * intelligence, peacekeepers */
int coder_armed_role(const char *code)
{
	return !strncmp(code, "IMG", 3) || coder_has_role(code, "MIL") ||
	       coder_has_role(code, "REB") || coder_has_role(code, "UAF") ||
	       coder_has_role(code, "INS") || coder_has_role(code, "COP") ||
	       coder_has_role(code, "SPY") || coder_has_role(code, "PKO");
}

/* a state as a whole, its government, an organisation (which withdraws its
 * mission, 166) or a body that bears arms: who can withdraw */
int coder_armed_body(const char *code)
{
	return strlen(code) == 3 || !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) ||
	       coder_has_role(code, "GOV") || coder_armed_role(code);
}

/*
 * Codes the actors decide: a strike (143) on another country is an attack,
 * not a walkout ("continued strikes across Lebanon"); a blockage (144) by a
 * state or its forces is a blockade restricting movement (191), obstruction
 * being the protester's (a siege or blockade, 191, by protesters, students or
 * workers is obstruction, 144); force (190) used by unarmed people (protesters,
 * students, workers) is a riot (145), and so is property they loot or destroy
 * (171, 1712), a beating (182) and a bomb they throw (183), a state's force on them at
 * home repression (175); violence of
 * unspecified kind (180) by a state or its forces is conventional force
 * (190), unconventional violence being the non-state actor's. A retreat
 * (087, 0874) of an unarmed organisation (an NGO, an IGO other than an
 * alliance's or an army) withdraws its own staff or mission (166, PLOVER
 * SANCTION withdraw), not forces. Guilt that no court finds is an accusation
 * (112: "the ministry found Peru guilty of").
 */
/* a strike named by the pattern (its lemma or its words): "struck", "launched a strike on" */
static int strike_named(const char *pattern)
{
	const char *p;
	if (!pattern)
		return 0;
	for (p = pattern; *p; p++)
		if ((*p == 's' || *p == 'S') &&
		    (!strncmp(p + 1, "trike", 5) || !strncmp(p + 1, "TRIKE", 5) ||
		     !strncmp(p + 1, "truck", 5)))
			return 1;
	return 0;
}

/* the pattern's verb throws: "threw petrol bombs", "hurled Molotov cocktails" */
static int thrown(const char *pattern)
{
	return pattern && (!strncmp(pattern, "throw", 5) || !strncmp(pattern, "hurl", 4) ||
			   !strncmp(pattern, "lob", 3) || !strncmp(pattern, "toss", 4));
}

/*
 * A source that can find someone guilty in law: a court, judge, jury or
 * prosecutor (JUD), an international court, or a country named alone (its courts:
 * "Iran found the reporter guilty of spying").
 */
static int judicial(const char *src)
{
	static const char *const courts[] = { "IGOICC", "IGOICJ", "IGOICT",
					      "IGOPCA", "IGOECH", "IGOECJ" };
	size_t k;
	if (strlen(src) == 3 || coder_has_role(src, "JUD"))
		return 1;
	for (k = 0; k < sizeof(courts) / sizeof(courts[0]); k++)
		if (!strncmp(src, courts[k], 6))
			return 1;
	return 0;
}

/* its government, an organisation of states with no role, or a state named alone towards
 * another (a country's name also stands for its people: "Iranians protested against the
 * regime"): who speaks for a state, not a crowd */
static int official_source(const char *src, const char *tgt)
{
	char base[4];
	coder_copy(base, sizeof(base), src, 3);
	if (coder_unarmed(src))
		return 0;
	if (!strcmp(base, "IGO"))
		return strlen(src) <= 6;
	if (!coder_country_code(base))
		return 0;
	if (coder_has_role(src, "GOV"))
		return 1;
	return strlen(src) == 3 && strlen(tgt) >= 3 && strncmp(src, tgt, 3);
}

static const struct cameo_info *refine_code(const struct cameo_info *ci, const char *src,
					    const char *tgt, const char *pattern)
{
	char base[4];
	/* guilt found by no court ("the ministry found Peru guilty of violating the
	 * treaty", "a UN inquiry found Syria guilty") is an accusation, no conviction */
	if (!strncmp(ci->code, "116", 3) && *src && pattern && !strncmp(pattern, "find ", 5) &&
	    !judicial(src))
		return cameo_lookup("112");
	/* a strike on a foreign target is an attack; a boycott of one stays a boycott */
	if (!strcmp(ci->code, "143") && *tgt && strncmp(src, tgt, 3) && strike_named(pattern))
		return cameo_lookup("190");
	coder_copy(base, sizeof(base), src, 3);
	if (!strcmp(ci->code, "144") && coder_country_code(base) &&
	    (strlen(src) == 3 || coder_state_role(src)))
		return cameo_lookup("191");
	if (!strcmp(ci->code, "180") && coder_country_code(base) &&
	    (strlen(src) == 3 || coder_state_role(src)) &&
	    !(!strncmp(src, tgt, 3) && !strcmp(tgt + 3, "CVL")))
		return cameo_lookup("190"); /* a state's own civilians killed stay 180 */
	if (!strcmp(ci->code, "183") && coder_country_code(base) &&
	    (strlen(src) == 3 || coder_has_role(src, "MIL")) && !coder_has_role(src, "REB"))
		return cameo_lookup("195"); /* "Israel bombed Gaza": from the air, not a bomb set */
	/* a strike threatened: a walkout by unarmed people (133: "teachers threatened a
	 * strike"), force by a state or its forces on a foreign target (138: "Israel
	 * threatened strikes on Iran") */
	if (!strcmp(ci->code, "138") && strike_named(pattern) && coder_unarmed(src) &&
	    !coder_state_role(src))
		return cameo_lookup("133");
	if (!strcmp(ci->code, "133") && strike_named(pattern) && *tgt && strncmp(src, tgt, 3) &&
	    coder_country_code(base) && !coder_unarmed(src) &&
	    (strlen(src) == 3 || coder_state_role(src) || coder_armed_role(src)))
		return cameo_lookup("138");
	if ((!strcmp(ci->code, "191") || !strcmp(ci->code, "192")) && coder_unarmed(src) &&
	    !coder_state_role(src))
		return cameo_lookup("144"); /* teachers surrounding the statehouse,
					     * protesters who occupied the secretariat */
	if ((!strcmp(ci->code, "171") || !strcmp(ci->code, "1712") || !strcmp(ci->code, "182") ||
	     (!strcmp(ci->code, "183") && thrown(pattern))) &&
	    coder_unarmed(src) && !coder_state_role(src))
		return cameo_lookup("145"); /* "rioters torched cars", "looted shops", "beat a
					     * policeman", "hurled petrol bombs": a riot */
	if ((!strcmp(ci->code, "087") || !strcmp(ci->code, "0874")) &&
	    (!strcmp(base, "NGO") || !strcmp(base, "IGO")) && strncmp(src + 3, "NAT", 3) &&
	    !coder_has_role(src, "MIL") && !coder_has_role(src, "REB"))
		return cameo_lookup("166");
	if (!strcmp(ci->code, "190")) {
		/* a party or a legislature attacks in words: "Democrats attacked the
		 * president's family" */
		if ((coder_has_role(src, "PTY") || coder_has_role(src, "LEG")) &&
		    !coder_has_role(src, "MIL") && !coder_has_role(src, "REB") && pattern &&
		    !strncmp(pattern, "attack", 6))
			return cameo_lookup("111");
		/* force of unarmed people is a riot; a state's force on them at home,
		 * repression */
		if (coder_unarmed(src) && !coder_state_role(src))
			return cameo_lookup("145");
		if (*tgt && coder_unarmed(tgt) && coder_state_role(src) && !strncmp(src, tgt, 3))
			return cameo_lookup("175");
		/* "Cameroonian soldiers killed nine villagers": a state's forces that
		 * kill its own civilians use no military force on an enemy (180) */
		if (*tgt && !strncmp(src, tgt, 3) && !strcmp(tgt + 3, "CVL") &&
		    coder_country_code(base) && (strlen(src) == 3 || coder_state_role(src)) &&
		    pattern && (!strncmp(pattern, "kill", 4) || !strncmp(pattern, "slay", 4)))
			return cameo_lookup("180");
	}
	return ci;
}

/*
 * A truce only spoken of: declared, announced, agreed to or signed. PLOVER's
 * RETREAT is a ceasefire carried out, its CONCEDE a concession in words with no
 * material effect yet; CAMEO codes both 0871. `pattern` begins with the verb's
 * lemma.
 */
/* a source whose first block is a country (ISO 3166, not IGO, NGO or IMG) */
static int own_country(const char *src)
{
	char cc[4];
	memcpy(cc, src, 3);
	cc[3] = 0;
	return coder_country_code(cc);
}

static int truce_in_words(const char *code, const char *pattern)
{
	static const char *const said[] = {
		"say",    "tell",    "announce", "declare", "state",    "describe", "confirm",
		"stress", "agree",   "sign",     "pledge",  "promise",  "vow",      "commit",
		"accept", "approve", "ratify",   "endorse", "conclude", "finalize", "finalise",
		"seal",   "reach",   "secure",   "strike",  "broker",   "offer",    "propose",
		"call",   "unveil",  "issue",    "welcome", "negotiate"
	};
	size_t i, n;
	if (strcmp(code, "0871") || !pattern)
		return 0;
	n = strcspn(pattern, " ");
	for (i = 0; i < sizeof(said) / sizeof(said[0]); i++)
		if (strlen(said[i]) == n && !strncmp(pattern, said[i], n))
			return 1;
	return 0;
}

/*
 * The source's own words name people who act through computers ("hackers",
 * "a hacker group", "cyber criminals"): what they attack, hit or target they
 * hack, which CAMEO has no code for (170 as in docs/events.md), not force.
 */
static int cyber_agent(const char *text)
{
	const char *p;
	if (!text)
		return 0;
	for (p = text; *p; p++)
		if ((!strncasecmp(p, "hacker", 6) || !strncasecmp(p, "cyber", 5)) &&
		    (p == text || !((p[-1] | 0x20) >= 'a' && (p[-1] | 0x20) <= 'z')))
			return 1;
	return 0;
}

/*
 * The noun phrase right after token `from` ends on a noun of something said,
 * decided or held ("attacked Peru's stance on migrants", "targeted the
 * minister's remarks"): force cannot strike it, so the attack is in words.
 * The phrase is read over determiners, possessives, adjectives, nouns and
 * actors up to a word of another kind or "as"; its last word is the head.
 */
/*
 * A verb that holds back (curb, limit, restrict, cap, reduce, cut back, rein in, scale
 * down, roll back) whose object is another's: an actor before its head or after "of"
 * ("Palestinian construction", "the plans of Chinese firms"), any actor but the subject
 * src's own country named bare, or anyone after "by" ("building by monasteries"). A
 * place after "in", "at", "near" ... ends the object ("settlement construction in the
 * West Bank").
 */
static int curbed_others(const struct coder *c, const struct vinfo *v, const char *src)
{
	static const char *const curbs[] = { "curb", "limit", "restrict", "cap", "reduce",
					     "cut",  "rein",  "scale",    "roll" };
	const struct dverb *w = coder_word_verb(c, v->start);
	char head[16];
	size_t l;
	int k, u;
	if (!w || !w->lemma)
		return 0;
	l = strcspn(w->lemma, " _");
	if (l >= sizeof(head))
		return 0;
	memcpy(head, w->lemma, l);
	head[l] = 0;
	for (l = 0; l < sizeof(curbs) / sizeof(curbs[0]) && strcmp(head, curbs[l]); l++)
		;
	if (l == sizeof(curbs) / sizeof(curbs[0]))
		return 0;
	for (k = v->end; k < v->end + 8 && (size_t)k < c->n; k++) {
		if (is_boundary(c, k) || is_punct(c, k, ',') || (c->fc[k] & (FC_SUBORD | FC_REL)) ||
		    ((c->fc[k] & FC_PREP) && !is_tok(c, k, "by") && !is_tok(c, k, "of")))
			return 0;
		if (is_tok(c, k, "by") && k > v->end)
			return 1; /* "limited construction by monasteries": others build */
		if ((u = c->unit_of[k]) < 0 || !c->units[u].ncodes)
			continue;
		return strcmp(c->units[u].codes[0], src) &&
		       !(strlen(c->units[u].codes[0]) == 3 &&
			 !strncmp(c->units[u].codes[0], src, 3));
	}
	return 0;
}

/*
 * The "by" at token i names a means, not an agent: "spoke by phone", "met by
 * video link", "announced by letter".
 */
int coder_by_means(const struct coder *c, int i)
{
	static const char *const means[] = { "phone",          "telephone",       "video",
					     "videolink",      "email",           "e-mail",
					     "letter",         "radio",           "satellite",
					     "teleconference", "videoconference", "mail" };
	int j = i + 1;
	if (!is_tok(c, i, "by"))
		return 0;
	if ((size_t)j < c->n && (c->fc[j] & FC_DET))
		j++;
	return TOK_IN(c, j, means);
}

static int verbal_object(const struct coder *c, int from)
{
	static const char *const said[] = {
		"stance",    "stances",     "policy",      "policies",  "remarks",   "comments",
		"statement", "statements",  "decision",    "decisions", "views",     "rhetoric",
		"proposal",  "proposals",   "approach",    "handling",  "record",    "speech",
		"speeches",  "claims",      "criticism",   "reforms",   "ruling",    "report",
		"agenda",    "strategy",    "tweet",       "tweets",    "words",     "bill",
		"bills",     "legislation", "law",         "laws",      "measure",   "budget",
		"idea",      "ideas",       "nomination",  "testimony", "response",  "platform",
		"mandate",   "allegations", "accusations", "argument",  "arguments",
	};
	int j = from, head = -1, k;
	for (k = 0; (size_t)j < c->n && k < 10; k++) {
		int s = c->span_of[j];
		if (is_tok(c, j, "as"))
			break; /* "attacked the bill as a waste": the phrase ends */
		if (s >= 0 && (c->spans[s].kind == PAY_ACTOR || c->spans[s].kind == PAY_AGENT)) {
			head = -1;
			j = c->spans[s].start + c->spans[s].len;
			continue;
		}
		if ((c->fc[j] & (FC_DET | FC_POSS)) || is_tok(c, j, "'s") || is_tok(c, j, "'"))
			head = -1;
		else if (is_plain_word(c, j) || c->t[j].kind == TOK_NUM || is_punct(c, j, '-') ||
			 (s >= 0 && c->spans[s].kind == PAY_VERB && c->spans[s].len == 1 &&
			  !c->is_verb[j]))
			head = c->t[j].kind == TOK_WORD ? j : -1; /* "remarks": a noun here */
		else
			break;
		j++;
	}
	return head >= 0 && TOK_IN(c, head, said);
}

/* a body (IGO) suspending a state, its government or a state's agents from it, by the verb
 * "suspend" */
static int suspended_member(const char *src, const char *tgt, const char *pattern)
{
	char tc[4];
	coder_copy(tc, sizeof(tc), tgt, 3);
	return !strncmp(pattern, "suspend ", 8) && !strncmp(src, "IGO", 3) &&
	       coder_country_code(tc) && (strlen(tgt) == 3 || coder_state_role(tgt));
}

/* the sentence tells of people in the streets: a march, a rally, a demonstration, a sit-in */
static int names_demonstration(const struct coder *c)
{
	static const char *const words[] = {
		"march",   "marches",       "marched",        "marching", "rally",     "rallies",
		"rallied", "demonstration", "demonstrations", "streets",  "sit-in",    "crowd",
		"crowds",  "protesters",    "protestors",     "picket",   "thousands", "hundreds",
	};
	size_t i;
	for (i = 0; i < c->n; i++)
		if (TOK_IN(c, (int)i, words))
			return 1;
	return 0;
}

/*
 * A state's agent that arrests, indicts or convicts another of the same code ("the
 * anti-graft agency arrested a former governor", both NGAGOV): two actors of one state,
 * a deed at home, not one actor named twice. Pressure, bans and accusations between two
 * such are left out: most are one body's own policy read twice.
 */
static int agent_on_own(const struct coder *c, const char *src, const char *src_text,
			const char *tgt_text, const struct cameo_info *ci)
{
	const char *k;
	if (!ci || !(c->d->flags & DICT_F_OPEN) || strlen(src) <= 3 || !coder_state_role(src) ||
	    !src_text || !tgt_text || !strcmp(src_text, tgt_text) || strstr(src_text, tgt_text) ||
	    strstr(tgt_text, src_text))
		return 0;
	k = ci->code;
	return !strcmp(k, "173") || !strcmp(k, "1121") || !strcmp(k, "116");
}

int coder_push_event(struct coder *c, struct ctx *x, const char *src, const char *src_text,
		     const char *tgt, const char *tgt_text, const struct cameo_info *ci, int vi,
		     int negated, int modality, const char *pattern)
{
	struct event_list *l = x->out;
	struct event *e;
	char home[16];
	char people[8];
	/* "attacked Peru's stance": a criticism, not force */
	if (ci && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "190") && vi >= 0 &&
	    vi < c->nverbs && verbal_object(c, c->verbs[vi].end))
		ci = cameo_lookup("111");
	if (ci && src && tgt && (c->d->flags & DICT_F_OPEN))
		ci = refine_code(ci, src, tgt, pattern);
	/* a state protesting, its government or a body of states, lodges an official
	 * complaint (114: "Japan protested the survey ship"); people demonstrate (141),
	 * officials too where the sentence tells of a march or rally ("led a march to the
	 * commission to protest"); protests named by the noun are demonstrations */
	if (ci && src && tgt && (c->d->flags & DICT_F_OPEN) && !strncmp(ci->code, "141", 3) &&
	    pattern && !strncmp(pattern, "protest", 7) && vi >= 0 && vi < c->nverbs &&
	    c->is_verb[c->verbs[vi].start] && official_source(src, tgt) && !names_demonstration(c))
		ci = cameo_lookup("114");
	/* "the company deployed its drones at the air show", "doctors were deployed to
	 * the camps": a business, and people without arms who are no state's agents
	 * (medics, teachers, workers), show no force (154) */
	if (ci && src && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "154") &&
	    ((coder_has_role(src, "BUS") && !coder_armed_role(src)) ||
	     (coder_unarmed(src) && !coder_state_role(src))))
		return 0;
	/* "Boeing delivered jets to China", "Exxon pulled out of Russia", "Lufthansa
	 * suspended flights to Tel Aviv": a business gives no aid (07x), makes no
	 * military retreat (087x) and imposes no sanctions (16x); trade is no state's deed */
	if (ci && src && (c->d->flags & DICT_F_OPEN) && coder_has_role(src, "BUS") &&
	    !coder_armed_role(src) &&
	    (!strncmp(ci->code, "07", 2) || !strncmp(ci->code, "087", 3) ||
	     !strncmp(ci->code, "16", 2)))
		return 0;
	/* "Emirates finalized a deal to purchase Boeing jets", "Airbus and Siemens agreed
	 * to cooperate": a firm's dealings with a firm (meetings, deals, cooperation) are
	 * business, no state's deed; firms of a state's role besides stay */
	if (ci && src && tgt && *tgt && (c->d->flags & DICT_F_OPEN) && coder_has_role(src, "BUS") &&
	    !coder_armed_role(src) && !coder_state_role(src) && coder_has_role(tgt, "BUS") &&
	    !coder_armed_role(tgt) && !coder_state_role(tgt) && ci->code[0] == '0' &&
	    (ci->code[1] == '4' || ci->code[1] == '5'))
		return 0;
	/* "the chief executive of Siemens is stepping down", "she resigned from Google",
	 * "nurses are quitting": a post in a business left, or a job left by medics,
	 * teachers, workers or farmers who are no state's agents, is no change of a state's
	 * leadership (0831) */
	if (ci && src && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "0831") &&
	    ((coder_has_role(src, "BUS") && !coder_armed_role(src)) ||
	     (tgt && coder_has_role(tgt, "BUS")) ||
	     ((coder_has_role(src, "HLH") || coder_has_role(src, "EDU") ||
	       coder_has_role(src, "LAB") || coder_has_role(src, "AGR")) &&
	      !coder_armed_role(src) && !coder_state_role(src) && !coder_has_role(src, "ELI"))))
		return 0;
	/* "Democrats limited their inquiry", "restricted its operations": a bare verb of
	 * reducing relations (160, no pattern of its own) whose object is the subject's
	 * own, with no one named on the other side, reduces no relations */
	if (ci && src && tgt && !*tgt && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "160") &&
	    pattern && !strchr(pattern, ' ') && vi >= 0 && vi < c->nverbs &&
	    (size_t)c->verbs[vi].end < c->n && (c->fc[c->verbs[vi].end] & FC_POSS))
		return 0;
	/* "the African Union suspended Niger": a member suspended is a body's deed
	 * towards a state (160, SUSPEND's `{* +}`); halting or stopping someone, a
	 * state's suspending of another, one of a person or a firm, are none */
	if (ci && src && tgt && (c->d->flags & DICT_F_OPEN) && pattern &&
	    !strcmp(ci->code, "160") && strstr(pattern, "{* +}") &&
	    !suspended_member(src, tgt, pattern))
		return 0;
	/* "the protesters dispersed": people without arms who repress no one have
	 * only gone home */
	if (ci && src && tgt && !*tgt && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "175") &&
	    coder_unarmed(src) && !coder_state_role(src))
		return 0;
	if (ci && src && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "082") && vi >= 0 &&
	    vi < c->nverbs) {
		/* "the president went back to work", "workers returned to work after
		 * the holiday": a return to work ends a strike only of others than
		 * officials, elites and lawmakers, in a sentence that names one */
		int k;
		for (k = c->verbs[vi].start; k < c->verbs[vi].end; k++)
			if (is_tok(c, k, "work") &&
			    (coder_state_role(src) || coder_has_role(src, "ELI") ||
			     coder_has_role(src, "LEG") || !coder_names_stoppage(c)))
				return 0;
	}
	if (ci && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "0832") && vi >= 0 &&
	    vi < c->nverbs && coder_others_object(c, c->verbs[vi].end, src))
		return 0; /* "the court suspended the government's plan": not its own policy */
	if (ci && src && (c->d->flags & DICT_F_OPEN) &&
	    (!strcmp(ci->code, "0832") || !strcmp(ci->code, "0342")) && vi >= 0 && vi < c->nverbs &&
	    curbed_others(c, &c->verbs[vi], src)) {
		/* "Israel restricted Palestinian construction": a restriction put on
		 * others, the verb's own code, not a change of its own policy */
		const struct dverb *w = coder_word_verb(c, c->verbs[vi].start);
		const char *own = w ? coder_verb_code(c->d, w) : NULL;
		if (!own || !strcmp(own, "---") || !strcmp(own, "0832") ||
		    !(ci = cameo_lookup(own)))
			return 0;
	}
	if (ci && src && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "087") && vi >= 0 &&
	    vi < c->nverbs &&
	    (is_tok(c, c->verbs[vi].start, "strike") || is_tok(c, c->verbs[vi].start, "walk")) &&
	    (coder_has_role(src, "LAB") || coder_has_role(src, "OPP") ||
	     coder_has_role(src, "EDU") || coder_has_role(src, "HLH"))) {
		/* "unions backed away from plans to strike": a strike called off
		 * eases dissent (082), no force */
		ci = cameo_lookup("082");
	}
	if (ci && src && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "082") && pattern &&
	    strchr(pattern, ' ') && (coder_has_role(src, "COP") || coder_has_role(src, "MIL")) &&
	    !coder_has_role(src, "REB") && !strstr(pattern, "ITS") && !strstr(pattern, "THEIR") &&
	    !strstr(pattern, "CRACKDOWN"))
		return 0; /* "police ended the protests": others' dissent put down, no
			   * concession; their own strike or crackdown called off is one */
	if (ci && src && tgt && strlen(tgt) >= 3 && (c->d->flags & DICT_F_OPEN) &&
	    !strcmp(ci->code, "0831") && pattern && !strncmp(pattern, "transfer ", 9) &&
	    strncmp(src, tgt, 3)) {
		/* "transferred power to Moldova": electricity sent, as anything
		 * transferred to another state (063), no leadership handed over */
		char tc[4];
		memcpy(tc, tgt, 3);
		tc[3] = 0;
		if (coder_country_code(tc))
			ci = cameo_lookup("063");
	}
	if (ci && src && tgt && (c->d->flags & DICT_F_OPEN) &&
	    ((!strcmp(ci->code, "042") &&
	      (coder_has_role(src, "PKO") || coder_has_role(src, "DPK"))) ||
	     (!strcmp(ci->code, "043") &&
	      (coder_has_role(tgt, "PKO") || coder_has_role(tgt, "DPK"))))) {
		/* "peacekeepers arrived in Mali": no visit; Mali receives them (0861) */
		if (!strcmp(ci->code, "042"))
			return 0;
		ci = cameo_lookup("0861");
	}
	if (ci && (c->d->flags & DICT_F_OPEN) && cyber_agent(src_text) &&
	    (!strncmp(ci->code, "18", 2) || !strncmp(ci->code, "19", 2) ||
	     !strncmp(ci->code, "20", 2)))
		ci = cameo_lookup("170"); /* "hit by hackers": no force, a hacking (170) */
	if (ci && src && tgt && *tgt && (c->d->flags & DICT_F_OPEN) && !strcmp(src, tgt) &&
	    !strncmp(ci->code, "15", 2)) {
		/* "Malaysia deployed troops to Sabah": forces moved within the
		 * country's own land mobilise against no one named */
		tgt = "";
		tgt_text = NULL;
	}
	if (ci && src && tgt && *tgt && (c->d->flags & DICT_F_OPEN) && !strcmp(src, tgt) &&
	    (!strncmp(ci->code, "08", 2) || !strncmp(ci->code, "034", 3) ||
	     !strncmp(ci->code, "035", 3)) &&
	    pattern && strchr(pattern, ' ')) {
		/* "Spain lifted the curfew in Madrid": a state yields at home, to no
		 * one named; the concession stands without a recipient. Only where a
		 * pattern names what is yielded: in "work to reform Ukraine" the
		 * country is the verb's own object */
		tgt = "";
		tgt_text = NULL;
	}
	if (ci && src && tgt && (c->d->flags & DICT_F_OPEN) && !strcmp(src, tgt) &&
	    strlen(src) == 3 && !strncmp(ci->code, "172", 3) && pattern && strchr(pattern, ' ')) {
		/* "Sri Lanka imposed a curfew in Colombo", "Thailand declared martial
		 * law in Bangkok": a state that imposes a measure its pattern names
		 * (a curfew, martial law, a ban, restrictions) at home imposes it on
		 * its own people (as its repression with no one named, 175) */
		snprintf(home, sizeof(home), "%sCVL", src);
		tgt = home;
	} else if (ci && src && tgt && !*tgt && (c->d->flags & DICT_F_OPEN) && strlen(src) >= 3 &&
		   (!strcmp(ci->code, "1723") || !strcmp(ci->code, "1724")) && pattern &&
		   strchr(pattern, ' ') && own_country(src)) {
		/* "Sierra Leone imposed a nationwide curfew", "Chad declared a state
		 * of emergency in Ouaddai": a curfew, martial law or a state of
		 * emergency with no one and no foreign place named falls on the
		 * state's own people */
		snprintf(home, sizeof(home), "%.3sCVL", src);
		tgt = home;
	} else if (ci && src && tgt && !*tgt && (c->d->flags & DICT_F_OPEN) && strlen(src) >= 3 &&
		   !strcmp(ci->code, "0841") && pattern && strchr(pattern, ' ') &&
		   own_country(src) && (strlen(src) == 3 || coder_state_role(src))) {
		/* "Myanmar's junta freed 3,000 prisoners", "pardoned jailed
		 * protesters": the prisoners a state frees, of no country named, are
		 * its own people */
		snprintf(home, sizeof(home), "%.3sCVL", src);
		tgt = home;
	}
	if (ci && src && tgt && *tgt && (c->d->flags & DICT_F_OPEN) && !strcmp(src, tgt) &&
	    !strncmp(ci->code, "14", 2) && strlen(src) == 3 && coder_country_code(src)) {
		/* "Armenians demonstrated in Yerevan", "Israelis took to the streets of
		 * Tel Aviv": a state protests at home against no one; its people do */
		snprintf(people, sizeof(people), "%sCVL", src);
		src = people;
	}
	if (tgt && !*tgt && vi >= 0 && vi < c->nverbs && c->verbs[vi].future_threat)
		return 0; /* "Indonesia to ban social media": a measure announced, no threat */
	if (!src || !tgt || (!*src && (!x->unknown_source || !*tgt)) ||
	    (!*tgt && !(c->d->flags & DICT_F_OPEN)) ||
	    (!strcmp(src, tgt) && !agent_on_own(c, src, src_text, tgt_text, ci)))
		return 0;
	if (l->n > x->sent_first) {
		/* an appositive names an actor twice, two verbs say one thing: one event */
		size_t k;
		for (k = x->sent_first; k < l->n; k++)
			if (!strcmp(l->v[k].source, src) && !strcmp(l->v[k].target, tgt) &&
			    !strcmp(l->v[k].code, ci->code))
				return 0;
	}
	if (ARRAY_GROW(l->v, l->n, l->alloc) < 0)
		return -ERR_NOMEM;
	e = &l->v[l->n];
	memset(e, 0, sizeof(*e));
	coder_copy(e->source, sizeof(e->source), src, sizeof(e->source));
	coder_copy(e->target, sizeof(e->target), tgt, sizeof(e->target));
	e->source_text = src_text;
	e->target_text = tgt_text;
	coder_copy(e->code, sizeof(e->code), ci->code, sizeof(e->code));
	coder_copy(e->root, sizeof(e->root), ci->code, 2);
	e->goldstein = ci->goldstein;
	e->quad = ci->quad;
	e->plover = ci->plover;
	e->mode = ci->mode;
	if (truce_in_words(ci->code, pattern)) {
		e->plover = "CONCEDE";
		e->mode = "";
	}
	if (c->verbs[vi].deed && !strncmp(ci->code, "03", 2)) {
		/* a scheduled deed: CAMEO's intent, PLOVER's deed in the future */
		e->plover = c->verbs[vi].deed->plover;
		e->mode = c->verbs[vi].deed->mode;
	}
	e->negated = negated;
	e->modality = modality;
	e->sentence = x->sent_index;
	e->s_off = x->s->off;
	e->s_len = x->s->len;
	e->v_off = c->t[c->verbs[vi].start].off;
	e->v_len = c->t[c->verbs[vi].end - 1].off + c->t[c->verbs[vi].end - 1].len - e->v_off;
	e->pattern = pattern;
	/* the date: nearest date expression in the sentence, else the paragraph's, else the article's */
	{
		int vt = c->verbs[vi].start, mine = 0;
		size_t best = own_date(c, vi, &mine);
		if (best == (size_t)-1)
			best = when_date(c, vt);
		if (c->ndm && c->dm[0].first <= 1 && c->dm[0].absolute &&
		    !(best != (size_t)-1 && best != 0 && c->dm[best].absolute))
			best = 0; /* "December 2018 - Iran says ...", "In 1998, ...": the whole
				   * sentence, but a clause's own year ("..., and in 2021 they
				   * met") stays its own */
		else if (best != (size_t)-1 && c->verbs[vi].present && c->dm[best].first > 0 &&
			 (c->fc[c->dm[best].first - 1] & (FC_DET | FC_POSS)))
			best = (size_t)-1; /* "why Iran and the Taliban are fighting over the 1973 treaty" */
		if (best != (size_t)-1) {
			const struct date_mention *m = &c->dm[best];
			/* the verb's own date: "will visit on Friday": the coming Friday;
			 * "resumed strikes on March 18" in an article of March 12: last
			 * year's ("agreed on Thursday to lift ...": the agreement's day) */
			int neg, pb, mod = MOD_ASSERTED, have, pres;
			if (mine && m->has_fwd && modality == MOD_ASSERTED)
				/* "will impose sanctions in June": coded as the threat */
				coder_aux_scan(c, vt, &neg, &pb, &mod, &have, &pres);
			if (mine && (modality != MOD_ASSERTED || mod != MOD_ASSERTED) && m->has_fwd)
				e->date = m->fwd;
			else if (mine && modality == MOD_ASSERTED && !c->verbs[vi].present &&
				 m->has_back)
				e->date = m->back;
			else
				e->date = m->v;
		} else if (c->verbs[vi].present)
			e->date = x->ref;
		else if (x->have_frame_date)
			e->date = x->frame_date;
		else
			e->date = x->ref;
	}
	if (c->verbs[vi].first_event < 0)
		c->verbs[vi].first_event = (int)l->n;
	c->verbs[vi].nevents++;
	l->n++;
	return 0;
}
