/*
 * coder_units.c: spans made actor units (a country or organisation with its role
 * nouns, "and"-shared countries, appositions), coded, and the document's memory of
 * its countries, people and roles (open coding).
 */
#include "analyse/coder_internal.h"

#include "util/banned.h"

/* ---- actor units ---- */

/* a unit before any verb of its sentence, or after "by": where a source stands */
static int agent_position(const struct coder *c, const struct unit *u)
{
	int k = is_tok(c, u->start, "a") || is_tok(c, u->start, "an") ? u->start : u->start - 1, i;
	if (is_tok(c, k - 1, "by"))
		return 1;
	for (i = 0; i < k; i++)
		if (c->span_of[i] >= 0 && c->spans[c->span_of[i]].kind == PAY_VERB)
			return 0;
	return 1;
}

/*
 * Bodies of a state or of its people that sit where they are: "a court in Lisbon" is
 * Portugal's court, "a union in Lagos" Nigeria's, and so are a court's judges and its
 * prosecutors ("a judge in Lisbon", "a magistrate in Lagos"), where "a woman in Lisbon"
 * may be any country's visitor. An embassy, a mission or an office is another country's.
 */
static const char *const seated_body[] = {
	"court",    "tribunal", "government", "ministry",   "parliament", "legislature", "senate",
	"assembly", "council",  "commission", "committee",  "agency",     "party",       "union",
	"regime",   "militia",  "judge",      "magistrate", "prosecutor",
};

/* the place after "in" or "at" (token p) is a state's, not a region of several
 * ("a court in Europe" is no one's) */
static int place_is_state(const struct coder *c, int p)
{
	const struct unit *u;
	char cc[4];
	int q = p + 1;
	if ((size_t)q < c->n && (c->fc[q] & FC_DET))
		q++;
	if ((size_t)q >= c->n || c->unit_of[q] < 0)
		return 0;
	u = &c->units[c->unit_of[q]];
	if (!u->has_actor || !u->ncodes)
		return 0;
	snprintf(cc, sizeof(cc), "%.3s", u->codes[0]);
	return coder_country_code(cc) && !coder_region_code(cc);
}

/* a unit after "a" or "an" ("a woman", "a senior judge"): one person, not an
 * organisation ("an NGO in Russia" is Russia's) */
static int indefinite_unit(const struct coder *c, const struct unit *u)
{
	int k;
	for (k = 0; k < u->nag; k++)
		if (u->ag[k] && (!strcmp(u->ag[k]->code, "NGO") || u->ag[k]->prefix))
			return 0;
	return is_tok(c, u->start, "a") || is_tok(c, u->start, "an") ||
	       is_tok(c, u->start - 1, "a") || is_tok(c, u->start - 1, "an");
}

/*
 * A unit after "by" that names one private person ("by a woman", "by a
 * passenger"): civilians' roles only, no state agent, no crowd.
 */
static int private_agent(const struct coder *c, const struct unit *u)
{
	static const char *const crowds[] = { "mob", "crowd", "group", "gang", "horde" };
	int k = is_tok(c, u->start, "a") || is_tok(c, u->start, "an") ? u->start : u->start - 1;
	if (!is_tok(c, k - 1, "by") || !u->nag || TOK_IN(c, u->end - 1, crowds))
		return 0; /* "by a mob": many, who act together */
	for (k = 0; k < u->nag; k++)
		if (!u->ag[k] || strcmp(u->ag[k]->code, "CVL"))
			return 0;
	return 1;
}

static void add_code(struct unit *u, const char *code)
{
	int k;
	if (!code || !*code || u->ncodes >= UNIT_CODES)
		return;
	for (k = 0; k < u->ncodes; k++)
		if (!strcmp(u->codes[k], code))
			return;
	coder_copy(u->codes[u->ncodes++], CODE_MAX, code, CODE_MAX);
}

/* base code + agents: prefixes before, suffixes after, no block twice */
static void compose(char *out, size_t outsz, const char *base, const struct dagent *const *ag,
		    int nag)
{
	char pre[CODE_MAX] = "", suf[CODE_MAX] = "";
	size_t pl = 0, sl = 0;
	int k;
	for (k = 0; k < nag; k++) {
		const char *a = ag[k]->code;
		size_t al = strlen(a), bl = strlen(base), q;
		int dup = 0;
		for (q = 0; q + al <= bl; q += 3)
			if (!strncmp(base + q, a, al))
				dup = 1;
		if (dup)
			continue;
		if (ag[k]->prefix) {
			if (pl + al < sizeof(pre) && !strstr(pre, a)) {
				memcpy(pre + pl, a, al + 1);
				pl += al;
			}
		} else if (sl + al < sizeof(suf) && !strstr(suf, a)) {
			memcpy(suf + sl, a, al + 1);
			sl += al;
		}
	}
	{
		const char *parts[3] = { pre, base, suf };
		size_t o = 0, k2;
		for (k2 = 0; k2 < 3; k2++) {
			size_t l = strlen(parts[k2]);
			if (l > outsz - 1 - o)
				l = outsz - 1 - o;
			memcpy(out + o, parts[k2], l);
			o += l;
		}
		out[o] = 0;
	}
}

/*
 * "former Iranian president Ahmadinejad", "the former pope", "Iran's former foreign
 * minister", "the late king": "former" or "late" in the unit or right before it (past
 * up to two lower-case words: "a former senior Chinese official"). A former
 * office-holder holds no office now.
 */
static int former_unit(const struct coder *c, const struct unit *u)
{
	int i = u->start - 1, k;
	for (k = 0; k < 2 && i >= 0 && is_plain_word(c, i) && !(c->t[i].flags & TOKF_CAP) &&
		    !is_tok(c, i, "former") && !is_tok(c, i, "late");
	     k++)
		i--; /* "a former senior Chinese official" */
	if (i >= 0 && (is_tok(c, i, "former") || is_tok(c, i, "late")))
		return 1;
	for (i = u->start; i < u->end; i++)
		if (is_tok(c, i, "former"))
			return 1;
	return 0;
}

/* the roles of an office (government, legislature, courts, armed forces, police,
 * intelligence) */
static int office_role(const char *code)
{
	static const char *const roles[] = { "GOV", "LEG", "JUD", "MIL", "COP", "SPY" };
	return STR_AMONG(code, roles);
}

void coder_unit_recode(struct coder *c, struct unit *u)
{
	static const struct dagent elite = { "ELI", 0 };
	const struct dagent *ag[MAX_AG];
	char code[CODE_MAX], cc[4];
	const char *base;
	int k, nag = u->nag;
	u->ncodes = 0;
	if (u->actor < 0)
		return;
	base = dict_actor_code(c->d, &c->d->actors[u->actor], c->date_key);
	if (!base)
		return;
	memcpy(ag, u->ag, sizeof(ag[0]) * (size_t)nag);
	if ((c->d->flags & DICT_F_OPEN) && former_unit(c, u)) {
		/* "former US President Obama" USAELI, not USAGOV; "the former pope"
		 * VATELI */
		for (k = 0; k < nag; k++)
			if (!ag[k]->prefix && office_role(ag[k]->code))
				ag[k] = &elite;
		if (strlen(base) == 6 && office_role(base + 3)) {
			snprintf(cc, sizeof(cc), "%.3s", base);
			if (coder_country_code(cc)) {
				snprintf(code, sizeof(code), "%sELI", cc);
				base = code;
			}
		}
	}
	{
		char out[CODE_MAX];
		compose(out, sizeof(out), base, ag, nag);
		add_code(u, out);
	}
}

/* a country's plain code: three capitals, not a block such as IGO or IMG */
int coder_country_code(const char *code)
{
	static const char blocks[][4] = { "IGO", "NGO", "IMG", "MNC", "UAF", "INT" };
	size_t k;
	/* three letters, the first a capital (the length without strlen: called on
	 * every code of every unit) */
	if (!code || !code[0] || !code[1] || !code[2] || code[3] || code[0] < 'A' || code[0] > 'Z')
		return 0;
	for (k = 0; k < sizeof(blocks) / sizeof(blocks[0]); k++)
		if (code[0] == blocks[k][0] && code[1] == blocks[k][1] && code[2] == blocks[k][2])
			return 0;
	return 1;
}

/* a bare country or a former official: an apposition says more */
static int vague_code(const char *code)
{
	size_t l = strlen(code);
	return l == 3 || (l == 6 && !strcmp(code + 3, "ELI"));
}

/*
 * A role named for a body the dictionaries do not know, whose own apposition
 * names the country: "a spokesperson for Northern Shield, the U.S. military
 * operation against armed groups in Mali and Niger, told": the role is that
 * country's, and the apposition with its prepositional tail is one phrase, so
 * none of the countries inside it is the subject or the target.
 */
static int appos_tail_word(const struct coder *c, int i)
{
	if (c->span_of[i] >= 0 && c->spans[c->span_of[i]].kind != PAY_ACTOR &&
	    c->spans[c->span_of[i]].kind != PAY_AGENT)
		return 0;
	if (c->unit_of[i] >= 0)
		return 1;
	if (c->fc[i] & ~(FC_PREP | FC_LOC | FC_CONJ | FC_DET))
		return 0;
	return c->t[i].kind == TOK_WORD && (c->fc[i] || (c->t[i].flags & TOKF_CAP));
}

static void appos_chains(struct coder *c)
{
	int k;
	for (k = 0; k + 1 < c->nunits; k++) {
		struct unit *a = &c->units[k], *b;
		int p = a->end, names = 0, j, q, end;
		if (a->absorbed || a->ncodes || !a->nag || (size_t)p + 3 >= c->n ||
		    !(c->fc[p] & FC_PREP) || c->t[p].kind != TOK_WORD)
			continue;
		/* "for Northern Shield,": capitalised words no dictionary knows */
		for (p++; (size_t)p < c->n && c->t[p].kind == TOK_WORD &&
			  (c->t[p].flags & TOKF_CAP) && c->unit_of[p] < 0 && !c->fc[p] &&
			  (c->span_of[p] < 0 || c->spans[c->span_of[p]].kind == PAY_VERB);
		     p++)
			names++;
		if (!names || (size_t)p >= c->n || !is_punct(c, p, ','))
			continue;
		for (p++; (size_t)p < c->n && (c->fc[p] & FC_DET); p++)
			;
		if ((size_t)p >= c->n || c->unit_of[p] < 0)
			continue;
		j = c->unit_of[p];
		b = &c->units[j];
		if (b->absorbed || b->start != p || !b->ncodes || vague_code(b->codes[0]) ||
		    !coder_country_code(
			    b->actor >= 0
				    ? dict_actor_code(c->d, &c->d->actors[b->actor], c->date_key)
				    : NULL))
			continue;
		/* the apposition ends at a comma; a prepositional tail may come first */
		/* "the U.S. military operation": the head noun after the actor */
		for (end = b->end; (size_t)end < c->n && end < b->end + 3 && is_plain_word(c, end);
		     end++)
			;
		if ((size_t)end < c->n && !is_punct(c, end, ',') && !is_boundary(c, end)) {
			if (!(c->fc[end] & FC_PREP))
				continue;
			for (q = end; (size_t)q < c->n && q < end + 16 && appos_tail_word(c, q);
			     q++)
				;
			if ((size_t)q >= c->n || !is_punct(c, q, ','))
				continue;
			end = q;
		}
		a->actor = b->actor;
		coder_unit_recode(c, a);
		a->has_actor = a->ncodes > 0;
		if (!a->ncodes)
			continue;
		for (q = j; q < c->nunits && c->units[q].start < end; q++)
			c->units[q].absorbed = 1;
		a->end = (uint16_t)end;
		for (q = a->start; q < end; q++)
			c->unit_of[q] = (int16_t)k;
	}
}

/*
 * Unit k stands right after a comma that ends the unit before it, and that
 * unit names the same country (actor a): an apposition naming one actor
 * twice ("Liu He, China's top trade negotiator").
 */
static int apposition_of_prev(const struct coder *c, int k, int32_t a)
{
	const struct unit *u = &c->units[k], *v;
	int p = u->start - 1, j;
	const char *base;
	char cc[4];
	while (p >= 0 && (c->fc[p] & FC_DET))
		p--;
	if (p < 1 || !is_punct(c, p, ',') || c->unit_of[p - 1] < 0)
		return 0;
	v = &c->units[c->unit_of[p - 1]];
	if (v->end != p || v->actor < 0)
		return 0;
	base = dict_actor_code(c->d, &c->d->actors[v->actor], c->date_key);
	if (!base || strlen(base) < 3)
		return 0;
	snprintf(cc, sizeof(cc), "%.3s", base);
	j = coder_country_code(cc) ? dict_actor_of_code3(c->d, cc) : -1;
	return j >= 0 && j == a;
}

static int traveller_unit(const struct coder *c, const struct unit *u);

/*
 * Token i lies in a relative clause that tells of a person's past elsewhere: "who", "whom"
 * or "whose" stands before it with no comma or clause boundary between, and the clause
 * is in the past perfect or tells of travel, residence, study or service ("arrested a man
 * who had fought in Syria", "a woman who travelled to Iraq", "a preacher who studied in
 * Saudi Arabia"). A clause of "which" often tells where the sentence's own deed is ("the
 * hearing, which is held at a court in London"), and one of a deed done where the
 * sentence's is ("the rebels who attacked a village in Darfur", "a protester who was
 * marching in Yangon") places it.
 */
static int in_relative(const struct coder *c, int i)
{
	static const char *const away[] = {
		"fought",     "travelled", "traveled", "lived",    "studied", "returned",
		"trained",    "served",    "worked",   "joined",   "visited", "moved",
		"fled",       "emigrated", "born",     "stayed",   "resided", "settled",
		"travelling", "traveling", "living",   "studying", "working", "fighting",
		"lives",      "live",      "wanted",
	};
	int p, k;
	for (p = i - 1; p > 0; p--) {
		if (is_punct(c, p, ',') || is_boundary(c, p))
			return 0;
		if (c->fc[p] & FC_REL)
			break;
	}
	if (p <= 0 || is_tok(c, p, "which"))
		return 0;
	for (k = p + 1; k < i; k++)
		if (is_tok(c, k, "had") || TOK_IN(c, k, away))
			return 1;
	return 0;
}

/* count the countries a sentence names, for roles named without one */
static void doc_tally(struct coder *c)
{
	int k, j;
	memset(c->sent_home, 0, sizeof(c->sent_home));
	memset(c->sent_rel, 0, sizeof(c->sent_rel));
	for (k = 0; k < c->nunits; k++) {
		const struct unit *u = &c->units[k];
		const char *base;
		if (u->actor < 0 || u->national)
			continue; /* "Zandor", an Australian: a person, not the country */
		int32_t a = u->actor;
		base = dict_actor_code(c->d, &c->d->actors[a], c->date_key);
		if (base && strlen(base) == 6 && !coder_country_code(base)) {
			/* "Finnish troops" (FINMIL) names Finland as "Finnish" would */
			char cc[4];
			memcpy(cc, base, 3);
			cc[3] = 0;
			a = coder_country_code(cc) ? dict_actor_of_code3(c->d, cc) : -1;
			if (a < 0)
				continue;
			base = dict_actor_code(c->d, &c->d->actors[a], c->date_key);
		}
		if (!coder_country_code(base))
			continue;
		if ((c->d->flags & DICT_F_OPEN) && apposition_of_prev(c, k, a))
			continue; /* "Liu He, China's top trade negotiator": one person */
		for (j = 0; j < c->ndoc && c->doc_actor[j] != a; j++)
			;
		if (j == c->ndoc) {
			if (c->ndoc == DOC_COUNTRIES)
				continue;
			c->doc_actor[c->ndoc] = a;
			c->home_count[c->ndoc] = 0;
			c->doc_count[c->ndoc++] = 0;
		}
		c->doc_count[j]++;
		if (!traveller_unit(c, u)) {
			c->home_count[j]++;
			c->sent_home[j]++;
			if ((c->d->flags & DICT_F_OPEN) && in_relative(c, u->start))
				c->sent_rel[j]++;
		}
	}
}

/*
 * The head words of a government's bodies that act only at home: its regulators, election
 * bodies, censors, ministries, junta ("the regulator fined", "the election commission
 * disqualified"), where its officials, diplomats and leaders travel.
 */
static const char *const home_bodies[] = {
	"regulator",  "regulators",  "watchdog",    "watchdogs", "agency",
	"agencies",   "authority",   "authorities", "ministry",  "ministries",
	"commission", "commissions", "board",       "boards",    "council",
	"body",       "bodies",      "bank",        "censor",    "censors",
	"junta",      "juntas",      "ombudsman",   "defender",  "bureau",
};

/* the roles that stay in their country: police, courts, legislature and a government's
 * bodies that act only at home (home_bodies); `head` the unit's last token */
static int home_role(const struct coder *c, const struct dagent *ag, int head)
{
	static const char *const roles[] = { "COP", "JUD", "LEG" };
	if (!ag || ag->prefix)
		return 0;
	if (STR_AMONG(ag->code, roles))
		return 1;
	return !strcmp(ag->code, "GOV") && TOK_IN(c, head, home_bodies);
}

/* every role of the unit is a state's organ or its people at home (home_role): police,
 * courts, prosecutors, regulators, protesters act where they are (a government's
 * officials, troops, leaders travel) */
static int home_agents(const struct coder *c, const struct unit *u)
{
	int k;
	for (k = 0; k < u->nag; k++)
		if (!home_role(c, u->ag[k], u->end - 1))
			return 0;
	return u->nag > 0;
}

/*
 * "foreign journalists", "a visiting delegation", "international observers": a role the
 * sentence itself says is from elsewhere takes no country from its place or document.
 */
static int foreign_unit(const struct coder *c, const struct unit *u)
{
	static const char *const w[] = { "foreign",    "international", "overseas", "visiting",
					 "expatriate", "expat",         "western" };
	int i = u->start - 1;
	while (i >= 0 && c->t[i].kind == TOK_WORD && !c->fc[i] && c->span_of[i] < 0 &&
	       !TOK_IN(c, i, w) && i > u->start - 3)
		i--;
	return TOK_IN(c, i, w);
}

/* coder_country_code() of the first three letters of a unit's code, not a bloc */
int coder_unit_country(const struct unit *u, char out[4])
{
	coder_copy(out, 4, u->codes[0], 3);
	return strlen(u->codes[0]) >= 3 && coder_country_code(out);
}

/*
 * A place inside a country (a city, state or province of the place dictionary, not the
 * country's own name, adjective or capital) that modifies the noun after it, after a
 * determiner or a number: "a Lagos bank", "two Houston men", "the Lahore candidate",
 * "a Mumbai brokerage". The noun's person or firm is there.
 */
static int attributive_place(const struct coder *c, const struct unit *u)
{
	static const char *const counts[] = { "two",     "three", "four",     "five", "six",
					      "seven",   "eight", "nine",     "ten",  "dozens",
					      "several", "many",  "hundreds", "some" };
	const struct dactor *a;
	const char *code;
	int s, i;
	if (!u->has_actor || u->start == 0 || (size_t)u->end >= c->n)
		return 0;
	s = c->span_of[u->start];
	if (s < 0 || c->spans[s].kind != PAY_ACTOR || c->spans[s].idx < 0 ||
	    (size_t)c->spans[s].idx >= c->d->nactors)
		return 0;
	a = &c->d->actors[c->spans[s].idx];
	code = a->n ? c->d->codes[a->first].code : NULL;
	if (!code || strlen(code) != 3 || !coder_country_code(code) ||
	    c->spans[s].idx == dict_actor_of_code3(c->d, code))
		return 0;
	if (!(c->fc[u->start - 1] & (FC_DET | FC_POSS)) && c->t[u->start - 1].kind != TOK_NUM &&
	    !TOK_IN(c, u->start - 1, counts))
		return 0;
	i = c->spans[s].start + c->spans[s].len;
	return (size_t)i < c->n && c->t[i].kind == TOK_WORD && !(c->t[i].flags & TOKF_CAP) &&
	       !(c->fc[i] & (FC_PREP | FC_DET | FC_SAY));
}

/*
 * The one country where the sentence places what it tells ("in London", "at a court in
 * Lagos": a preposition of place before a country, its capital or a place in it), when
 * every actor it names is of that country: its actor, or -1.
 */
static int32_t sentence_place(const struct coder *c)
{
	char pc[4] = "", cc[4];
	int k, i, loc, place = 0;
	for (k = 0; k < c->nunits; k++) {
		const struct unit *u = &c->units[k];
		if (u->absorbed || !u->ncodes || u->docfill || u->national)
			continue;
		if (!coder_unit_country(u, cc) || (pc[0] && strcmp(pc, cc)))
			return -1; /* another country, an IGO, a group */
		memcpy(pc, cc, 4);
		loc = 0;
		if ((c->d->flags & DICT_F_OPEN) && in_relative(c, u->start))
			continue; /* "a man who had fought in Syria": his past's place */
		if (u->has_actor && coder_pp_object(c, u->start, &loc) && loc)
			place = 1;
		if ((c->d->flags & DICT_F_OPEN) && attributive_place(c, u))
			place = 1; /* "fined a Lagos bank" */
		for (i = u->start; i < u->end; i++)
			if (c->fc[i] & FC_LOC)
				place = 1; /* "a court in Santiago", "two men in Santiago" */
	}
	return place ? dict_actor_of_code3(c->d, pc) : -1;
}

/*
 * The one country where the sentence places what role unit u does, whatever other
 * countries it names ("police arrested a French journalist in Nairobi"): the country of
 * every place after a preposition of place ("in Nairobi", "at a court in Lagos") with no
 * relative or subordinate clause between it and the unit ("a man who fought in Syria" is
 * not where the police are). Its actor, or -1 when there is none or several.
 */
static int32_t unit_place(const struct coder *c, const struct unit *u)
{
	char pc[4] = "", cc[4];
	int k, i, loc, a, b;
	for (k = 0; k < c->nunits; k++) {
		const struct unit *v = &c->units[k];
		loc = 0;
		if (v == u || v->absorbed || !v->has_actor || !v->ncodes || v->docfill ||
		    v->national || !coder_pp_object(c, v->start, &loc) || !loc ||
		    !coder_unit_country(v, cc))
			continue;
		a = v->start < u->start ? v->start : u->end;
		b = v->start < u->start ? u->start : v->start;
		for (i = a; i < b; i++)
			if (c->fc[i] & (FC_REL | FC_SUBORD | FC_THAT))
				break;
		if (i < b)
			continue;
		if (pc[0] && strcmp(pc, cc))
			return -1;
		memcpy(pc, cc, 4);
	}
	return pc[0] ? dict_actor_of_code3(c->d, pc) : -1;
}

/* a country's envoy: its ambassador, diplomats, embassy, delegation, negotiators */
static int envoy_unit(const struct coder *c, const struct unit *u)
{
	static const char *const envoys[] = {
		"ambassador", "ambassadors", "diplomat",  "diplomats",  "envoy",      "envoys",
		"embassy",    "embassies",   "consulate", "consulates", "consul",     "consuls",
		"delegation", "delegations", "delegate",  "delegates",  "negotiator", "negotiators",
	};
	return TOK_IN(c, u->end - 1, envoys);
}

/*
 * A unit named by a nationality that is more often away from home than at it: a
 * country's envoys ("the Chinese ambassador", "a Kenyan delegation"), its journalists,
 * businesspeople and refugees, tourists and hostages ("a British tourist", "two Chinese
 * businessmen"), a nationality followed by such people or by its engineers or contractors
 * ("four Chinese engineers", "three Indian nationals"), a person known by nationality alone ("a Russian man") and any of a
 * country's people the sentence places in another ("Chinese students in Australia"),
 * and the Vatican. Such a country is no evidence of where the sentence happens.
 */
static int traveller_unit(const struct coder *c, const struct unit *u)
{
	static const char *const people[] = { "tourist", "tourists", "pilgrim",  "pilgrims",
					      "hostage", "hostages", "national", "nationals",
					      "man",     "woman",    "men",      "women",
					      "citizen", "citizens" };
	/* the people a nationality names right after it who are often abroad: its nationals,
	 * tourists, engineers and contractors sent with a project */
	static const char *const abroad[] = {
		"national",    "nationals",  "citizen",      "citizens",    "tourist",
		"tourists",    "pilgrim",    "pilgrims",     "hostage",     "hostages",
		"engineer",    "engineers",  "contractor",   "contractors", "expatriate",
		"expatriates", "missionary", "missionaries", "businessman", "businessmen",
	};
	const char *code = u->codes[0];
	int p = u->end;
	char cc[4], oc[4];
	if (u->national)
		return 1;
	if (!u->ncodes || !coder_unit_country(u, cc))
		return 0;
	if ((c->d->flags & DICT_F_OPEN) && strlen(code) == 3 && (size_t)p < c->n &&
	    TOK_IN(c, p, abroad))
		return 1; /* "four Chinese engineers", "three Indian nationals" */
	if ((c->d->flags & DICT_F_OPEN) && strlen(code) == 3 && (size_t)p + 1 < c->n &&
	    is_plain_word(c, p) && (is_tok(c, p + 1, "in") || is_tok(c, p + 1, "at")))
		p++; /* "Nepalese guards in Kabul": the noun the nationality names */
	if (is_tok(c, p, "in") || is_tok(c, p, "at")) {
		/* "Chinese students in Australia" */
		const struct unit *v;
		p++;
		if ((size_t)p < c->n && (c->fc[p] & FC_DET))
			p++;
		if ((size_t)p < c->n && c->unit_of[p] >= 0 &&
		    (v = &c->units[c->unit_of[p]])->start == p && v->ncodes &&
		    coder_unit_country(v, oc) && strcmp(cc, oc))
			return 1;
	}
	/* the pope and the Holy See's offices travel: the Vatican has no migrants,
	 * police or students that a document's roles could be */
	if (!strcmp(cc, "VAT"))
		return 1;
	if (strlen(code) != 6)
		return 0;
	if (!strcmp(code + 3, "MED") || !strcmp(code + 3, "BUS") || !strcmp(code + 3, "REF"))
		return 1;
	return TOK_IN(c, u->end - 1, people) || envoy_unit(c, u);
}

/*
 * The document's country for its roles: the one named most so far (the first on a tie),
 * not counting what it names only by its travellers (traveller_unit): "police arrested a
 * French journalist" says nothing of where the police are. -1 when nothing else names one.
 */
static int32_t home_country(const struct coder *c)
{
	int j, best = -1;
	for (j = 0; j < c->ndoc; j++)
		if (c->home_count[j] > 0 && (best < 0 || c->home_count[j] > c->home_count[best]))
			best = j;
	return best < 0 ? -1 : c->doc_actor[best];
}

/*
 * Country actor a, guessed for role unit u, comes only from the object or partner side of
 * the sentence: no other sentence of the document names it, and no unit of this sentence
 * but those up to six words after u in its clause does, none of them a place or its
 * people at home (home_people) ("the junta
 * cut ties with Ukraine", "security services arrested a Ukrainian saboteur", "the coast
 * guard rescued migrants off Libya"): where the role is is unknown. "Police arrested
 * Kenyan protesters" keeps Kenya.
 */

/* a country's people, who are at home more often than not: its opposition, students,
 * workers, farmers, doctors, civilians, its human rights groups ("Kenyan protesters") */
static int home_people(const char *code)
{
	static const char *const roles[] = { "OPP", "EDU", "LAB", "AGR", "HLH", "CVL", "HRI" };
	size_t k;
	for (k = 0; k < sizeof(roles) / sizeof(roles[0]); k++)
		if (coder_has_role(code, roles[k]))
			return 1;
	return 0;
}

/* every role of the unit is a state's body or force that deals with other states, or the
 * media: government, military, intelligence (not police or courts, not its people) */
static int agency_agents(const struct unit *u)
{
	int k;
	for (k = 0; k < u->nag; k++)
		if (!u->ag[k] || u->ag[k]->prefix ||
		    (strcmp(u->ag[k]->code, "GOV") && strcmp(u->ag[k]->code, "MIL") &&
		     strcmp(u->ag[k]->code, "SPY") && strcmp(u->ag[k]->code, "MED")))
			return 0;
	return u->nag > 0;
}

static int partner_country_only(const struct coder *c, int32_t a, const struct unit *u)
{
	int j, k;
	char cc[4], ac[4];
	const char *base = dict_actor_code(c->d, &c->d->actors[a], c->date_key);
	if (!base)
		return 0;
	snprintf(ac, sizeof(ac), "%.3s", base);
	for (j = 0; j < c->ndoc && c->doc_actor[j] != a; j++)
		;
	if (j < c->ndoc && c->home_count[j] - c->sent_home[j] * (c->tally_twice ? 2 : 1) > 0)
		return 0;
	for (k = 0; k < c->nunits; k++) {
		const struct unit *v = &c->units[k];
		int loc = 0, i, in = 0;
		if (v == u || v->absorbed || v->docfill || !v->ncodes || traveller_unit(c, v) ||
		    !coder_unit_country(v, cc) || strcmp(cc, ac))
			continue;
		for (i = v->start; i < v->end; i++)
			if (c->fc[i] & FC_LOC)
				in = 1; /* "two men in Moscow" */
		i = v->start - 1;
		if (i >= 0 && (c->fc[i] & FC_DET))
			i--;
		if (is_tok(c, i, "in") || is_tok(c, i, "at") || is_tok(c, i, "near"))
			loc = 1; /* "in Lagos", "near the Kenyan border" */
		if (v->start < u->start || in || loc || home_people(v->codes[0]) ||
		    v->start - u->end > 6)
			return 0; /* far on: not the role's object or partner */
		for (i = u->end; i < v->start; i++)
			if (is_punct(c, i, ',') || (c->fc[i] & (FC_REL | FC_SUBORD | FC_THAT)))
				return 0;
	}
	return 1;
}

/*
 * Country actor a is named, at home, only in this sentence's relative clauses of a person
 * (in_relative: "a man who had fought in Syria"): his past or his ties, no evidence of
 * where the sentence's roles are.
 */
static int rel_country_only(const struct coder *c, int32_t a)
{
	int j;
	for (j = 0; j < c->ndoc && c->doc_actor[j] != a; j++)
		;
	return j < c->ndoc && c->sent_rel[j] > 0 &&
	       c->home_count[j] - c->sent_rel[j] * (c->tally_twice ? 2 : 1) <= 0;
}

/*
 * Peoples that live in several countries, whose armed men the dictionaries give one of them
 * ("Kurdish fighters" `SYRREB`, "Baluch militants" `PAKREB`): the people's word (a region's
 * name, "Kurdistan", is none: the dictionaries place it), then the candidate countries, the
 * dictionaries' first.
 */
static const struct {
	const char *stem;
	const char *cands[4];
} spread_peoples[] = {
	{ "kurdish", { "SYR", "IRQ", "TUR", "IRN" } }, { "baluch", { "PAK", "IRN", "AFG", NULL } },
	{ "baloch", { "PAK", "IRN", "AFG", NULL } },   { "baluchi", { "PAK", "IRN", "AFG", NULL } },
	{ "balochi", { "PAK", "IRN", "AFG", NULL } },
};

/* the index into spread_peoples of a word of unit u, or -1 */
static int spread_people(const struct coder *c, const struct unit *u)
{
	size_t k;
	int i;
	for (i = u->start; i < u->end; i++)
		for (k = 0; k < sizeof(spread_peoples) / sizeof(spread_peoples[0]); k++)
			if (!strcmp(c->t[i].norm, spread_peoples[k].stem))
				return (int)k;
	return -1;
}

static int spread_cand(int p, const char *cc)
{
	int j;
	for (j = 0; j < 4 && spread_peoples[p].cands[j]; j++)
		if (!strncmp(spread_peoples[p].cands[j], cc, 3))
			return 1;
	return 0;
}

/*
 * "Turkish forces attacked Kurdish fighters in northern Iraq": a people of several countries
 * (spread_peoples) coded with the dictionaries' country is of the one of them where the
 * sentence places it (a place after it: "in northern Iraq"), else of the only one of them
 * the sentence's other actors are of ("Turkish forces shelled Kurdish fighters": Turkey's),
 * else the dictionaries'.
 */
static void place_peoples(struct coder *c)
{
	int k, j, q;
	for (k = 0; k < c->nunits; k++) {
		struct unit *u = &c->units[k];
		char cc[4], bc[4], pick[4] = "";
		int p, n = 0, placed = 0;
		if (u->absorbed || !u->ncodes || !u->has_actor || !coder_unit_country(u, cc) ||
		    (p = spread_people(c, u)) < 0 || strncmp(spread_peoples[p].cands[0], cc, 3))
			continue; /* not "Iraqi Kurdish leaders": the unit says its country */
		for (j = 0; j < c->nunits; j++) {
			const struct unit *U = &c->units[j];
			int loc = 0;
			if (j == k || U->absorbed || !U->ncodes || !coder_unit_country(U, bc) ||
			    !spread_cand(p, bc) || spread_people(c, U) >= 0)
				continue;
			if (U->start >= u->end && U->start <= u->end + 3 &&
			    coder_pp_object(c, U->start, &loc) && loc) {
				memcpy(pick, bc, 4); /* "Kurdish fighters in northern Iraq" */
				placed = 1;
				break;
			}
			if (!n || strcmp(pick, bc))
				n++;
			memcpy(pick, bc, 4);
		}
		if (!placed && n != 1)
			continue;
		for (q = 0; q < u->ncodes; q++)
			memcpy(u->codes[q], pick, 3);
	}
}

/* the document's country: the one named most so far (the first on a tie), or -1 */
int32_t coder_doc_country(const struct coder *c)
{
	int j, best = -1;
	for (j = 0; j < c->ndoc; j++)
		if (best < 0 || c->doc_count[j] > c->doc_count[best])
			best = j;
	return best < 0 ? -1 : c->doc_actor[best];
}

/*
 * The document's pair (c->pair), from the tally of its first read: the two countries
 * named most, each at least twice, when together they hold at least four in five of the
 * document's country mentions. A document of one country, or of many, has none.
 */
void coder_doc_pair(struct coder *c)
{
	int j, a = -1, b = -1, total = 0;
	c->pair[0][0] = c->pair[1][0] = 0;
	for (j = 0; j < c->ndoc; j++) {
		total += c->doc_count[j];
		if (a < 0 || c->doc_count[j] > c->doc_count[a]) {
			b = a;
			a = j;
		} else if (b < 0 || c->doc_count[j] > c->doc_count[b])
			b = j;
	}
	if (a < 0 || b < 0 || c->doc_count[b] < 2 ||
	    5 * (c->doc_count[a] + c->doc_count[b]) < 4 * total)
		return;
	{
		const char *ca = dict_actor_code(c->d, &c->d->actors[c->doc_actor[a]], c->date_key),
			   *cb = dict_actor_code(c->d, &c->d->actors[c->doc_actor[b]], c->date_key);
		if (!ca || !cb || strlen(ca) < 3 || strlen(cb) < 3 || !strncmp(ca, cb, 3))
			return;
		snprintf(c->pair[0], sizeof(c->pair[0]), "%.3s", ca);
		snprintf(c->pair[1], sizeof(c->pair[1]), "%.3s", cb);
	}
}

/*
 * Force with no target is aimed at the other side only when what it struck is named, and
 * is a side's craft, vehicle or post, or the border ("shot down the helicopter", "shelled
 * an outpost", "closed its border"):
 * not a missile fired into the sea, a test or a drill. The words of `text` after the
 * event's verb, up to six, to the sentence's end.
 */
static int struck_asset(const char *text, const struct event *e)
{
	static const char *const assets[] = {
		"helicopter",  "helicopters", "aircraft",  "plane",    "planes",   "jet",
		"jets",        "drone",       "drones",    "warship",  "warships", "ship",
		"ships",       "vessel",      "vessels",   "convoy",   "convoys",  "tank",
		"tanks",       "base",        "bases",     "outpost",  "outposts", "checkpoint",
		"checkpoints", "position",    "positions", "patrol",   "patrols",  "embassy",
		"consulate",   "border",      "borders",   "frontier",
	};
	static const char *const places[] = { "near", "along", "during", "beside", "close",
					      "in",   "into",  "within", "inside" };
	size_t i = e->v_off + e->v_len, end = e->s_off + e->s_len, k;
	int words = 0;
	if (!text)
		return 0;
	while (i < end && words < 6) {
		char w[16];
		size_t n = 0;
		while (i < end && !((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z'))
			if (text[i++] == '.')
				return 0;
		while (i < end && ((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z')) {
			if (n + 1 < sizeof(w))
				w[n++] = (char)(text[i] | 0x20);
			i++;
		}
		w[n] = 0;
		words++;
		/* a place the deed happened by or a time it happened in, not what it struck:
		 * "fired shells near the border during drills" */
		if (STR_AMONG(w, places))
			return 0;
		for (k = 0; k < sizeof(assets) / sizeof(assets[0]); k++)
			if (!strcmp(w, assets[k]))
				return 1;
	}
	return 0;
}

/*
 * A deed between states told with no target, in a document about two countries (its
 * pair), is aimed at the other one: "Mr. Trump cancelled the increase in tariffs" in a
 * story of American and Chinese trade is towards China. Only a state's own deeds of
 * yielding (08), rejecting (12), threatening (13), reducing relations (16) or force (19,
 * only on a craft, vehicle or post named after its verb before any word of place or
 * time such as "near" or "during": `struck_asset`):
 * the source a country alone or its government, military, intelligence or rebels, not
 * its people, parties, media or firms; no event with a source of no country. Events of
 * `out` from `from` on.
 */
void coder_pair_targets(const struct coder *c, const char *text, struct event_list *out,
			size_t from)
{
	static const char *const roots[] = { "08", "12", "13", "16", "19" };
	static const char *const roles[] = { "GOV", "MIL", "SPY", "REB", "ELI" };
	size_t i, k;
	if (!c->pair[0][0])
		return;
	for (i = from; i < out->n; i++) {
		struct event *e = &out->v[i];
		const char *other;
		size_t l = strlen(e->source);
		int ok = l == 3;
		if (e->target[0] || l < 3 || !STR_AMONG(e->root, roots) ||
		    (!strcmp(e->root, "19") && !struck_asset(text, e)))
			continue;
		for (k = 0; !ok && k < sizeof(roles) / sizeof(roles[0]); k++)
			ok = l == 6 && !strcmp(e->source + 3, roles[k]);
		if (!ok)
			continue;
		if (!strncmp(e->source, c->pair[0], 3))
			other = c->pair[1];
		else if (!strncmp(e->source, c->pair[1], 3))
			other = c->pair[0];
		else
			continue;
		snprintf(e->target, sizeof(e->target), "%s", other);
	}
}

/*
 * The sentence names a country (not one guessed from the document) other than
 * those of codes `a` and `b`: a craft the document's country is guessed for may
 * be that country's.
 */
int coder_third_country(const struct coder *c, const char *a, const char *b)
{
	int u;
	for (u = 0; u < c->nunits; u++) {
		const struct unit *U = &c->units[u];
		char k[4];
		if (U->docfill || !U->ncodes)
			continue;
		memcpy(k, U->codes[0], 3);
		k[3] = '\0';
		if (coder_country_code(k) && strncmp(k, a, 3) && strncmp(k, b, 3))
			return 1;
	}
	return 0;
}

/* no country is named more often than every other so far */
int coder_doc_tied(const struct coder *c)
{
	int j, best = -1, tie = 0;
	for (j = 0; j < c->ndoc; j++)
		if (best < 0 || c->doc_count[j] > c->doc_count[best])
			best = j, tie = 0;
		else if (c->doc_count[j] == c->doc_count[best])
			tie = 1;
	return tie;
}

/* tokens [a, b) may sit inside one noun phrase: "'s", adjectives, names */
static int np_internal(const struct coder *c, int a, int b)
{
	int i;
	if (b - a > 4)
		return 0;
	for (i = a; i < b; i++) {
		const struct token *t = &c->t[i];
		if (is_tok(c, i, "'s") || is_tok(c, i, "'") || is_tok(c, i, "-"))
			continue;
		if (is_tok(c, i, "and") && i > a && i + 1 < b && is_plain_word(c, i - 1) &&
		    is_plain_word(c, i + 1))
			continue; /* "awful and evil" */
		if (t->kind != TOK_WORD || c->fc[i] || c->span_of[i] >= 0)
			return 0;
	}
	return 1;
}

/* a role with no country of its own and no possessor: "Senator", "the Inspector-General
 * of Police" */
static int bare_office(const struct coder *c, const struct unit *u)
{
	int k, office = 0;
	if (u->absorbed || u->has_actor || !u->nag || u->ncodes ||
	    (u->start > 0 && (c->fc[u->start - 1] & FC_POSS)))
		return 0;
	/* a private person's role is no office: "the child, Michael Webb," */
	for (k = 0; k < u->nag; k++)
		if (u->ag[k] && strcmp(u->ag[k]->code, "CVL") && strcmp(u->ag[k]->code, "REF"))
			office = 1;
	return office;
}

/* the country the whole document is about: named more than any other, at least twice;
 * or -1 */
int32_t coder_doc_dominant(const struct coder *c)
{
	int j, best = -1, second = 0;
	for (j = 0; j < c->ndoc; j++)
		if (best < 0 || c->doc_count[j] > c->doc_count[best]) {
			if (best >= 0)
				second = c->doc_count[best];
			best = j;
		} else if (c->doc_count[j] > second)
			second = c->doc_count[j];
	return best >= 0 && c->doc_count[best] >= 2 && c->doc_count[best] > second
		       ? c->doc_actor[best]
		       : -1;
}

/* tokens [from, to) are one to three words of a person's name, none a phrase (the given
 * names before a remembered surname) */
static int given_names(const struct coder *c, int from, int to)
{
	int i;
	if (to <= from || to - from > 3)
		return 0;
	for (i = from; i < to; i++)
		if (!coder_person_word(c, i))
			return 0;
	return 1;
}

/* a unit that names a country's office: "Iran's foreign minister", "the U.S. commander" */
static int office_unit(const struct coder *c, const struct unit *u)
{
	char cc[4];
	if (u->absorbed || !u->has_actor || !u->nag || !u->ncodes || u->actor < 0)
		return 0;
	memcpy(cc, u->codes[0], 3);
	cc[3] = 0;
	return coder_country_code(cc) && c->span_of[u->start] >= 0 &&
	       c->spans[c->span_of[u->start]].mem == 0;
}

static int demonym_person(const struct coder *c, const struct unit *u);
/*
 * Armed forces u with no country named are the object of a verb of deploying or
 * sending ("Turkey deployed troops in Idlib", "sent 3,000 more soldiers into Syria"):
 * the sender's, whose place is where they go, not whose they are; police deployed in a
 * city stay its own.
 */
static int deployed_forces(const struct coder *c, const struct unit *u)
{
	/* no noun among them: "positions", "stations", "mass" */
	static const char *const deploy[] = {
		"deploy",     "deploys",     "deployed",   "deploying",   "redeploy",  "redeploys",
		"redeployed", "redeploying", "send",       "sends",       "sent",      "sending",
		"dispatch",   "dispatches",  "dispatched", "dispatching", "stationed", "stationing",
		"positioned", "positioning", "massed",     "massing"
	};
	int p = u->start - 1, j, q, k, s, t;
	for (j = 0; j < u->nag; j++)
		if (strcmp(u->ag[j]->code, "MIL"))
			return 0; /* "deployed police in Lima": the city's own */
	while (p >= 0 && p > u->start - 5 &&
	       ((c->fc[p] & FC_DET) || c->t[p].kind == TOK_NUM || is_tok(c, p, "more") ||
		is_tok(c, p, "additional") || is_tok(c, p, "extra") || is_tok(c, p, "its") ||
		is_tok(c, p, "their") || is_tok(c, p, "thousands") || is_tok(c, p, "hundreds") ||
		is_tok(c, p, "of")))
		p--;
	if (p < 0 || !TOK_IN(c, p, deploy))
		return 0;
	/* the sender before the verb and the place after "in" or "at", both named, of
	 * two countries: "Peru deployed troops in Lima" are Peru's own where they are */
	q = p - 1;
	while (q >= 0 && (is_adverb(c, q) || (c->fc[q] & (FC_HAVE | FC_BE | FC_MODAL))))
		q--;
	k = u->end + 1;
	if ((size_t)k < c->n && (c->fc[k] & FC_DET))
		k++;
	if (q < 0 || (size_t)k >= c->n || (s = c->unit_of[q]) < 0 || (t = c->unit_of[k]) < 0 ||
	    !c->units[s].ncodes || !c->units[t].ncodes || !c->units[s].has_actor ||
	    !c->units[t].has_actor)
		return 0;
	return strncmp(c->units[s].codes[0], c->units[t].codes[0], 3) != 0;
}

static int32_t bare_country_unit(const struct coder *c, const struct unit *u);
static int free_noun(const struct coder *c, int i);

/* remembers surname `w` as actor `actor` with the agents of `u` (none when NULL) */
static void remember_word(struct coder *c, const char *w, int32_t actor, const struct unit *u)
{
	struct mem_name *m;
	size_t l = strlen(w);
	int k;
	if (l >= sizeof(m->word))
		return;
	for (k = 0; k < c->nnames && strcmp(c->names[k].word, w); k++)
		;
	if (k < c->nnames && (c->names[k].actor >= 0 || actor < 0))
		return; /* the first office named for a person holds, over one with no country */
	if (k == MEM_NAMES)
		return;
	if (k == c->nnames)
		c->nnames++;
	m = &c->names[k];
	memcpy(m->word, w, l + 1);
	m->actor = actor;
	m->holder = 0;
	m->nag = u ? u->nag : 0;
	if (u)
		memcpy(m->ag, u->ag, sizeof(m->ag));
}

static void remember_name(struct coder *c, int tok, const struct unit *u)
{
	remember_word(c, c->t[tok].norm, u->actor, u);
}

/*
 * A person known by nationality alone: a surname the document gave a country and no office
 * ("Australian-born Zandor"), or "the 48-year-old Australian". Abroad as often as at home.
 */
static int national_person(const struct coder *c, const struct unit *u)
{
	int m = c->span_of[u->start] >= 0 ? c->spans[c->span_of[u->start]].mem : 0;
	return (m > 0 && !c->names[m - 1].nag && !c->names[m - 1].holder) ||
	       (bare_country_unit(c, u) >= 0 && demonym_person(c, u));
}

/* unit k (of this sentence, or carried into it) is such a person */
int coder_national_unit(const struct coder *c, int k)
{
	return k >= 0 && k < MAX_UNITS && c->units[k].national;
}

/*
 * Where the sentence gives the nationality ("his Mozambican counterpart Allan Fortuno"),
 * the name is one phrase with the adjective, as with a name no dictionary knows: the
 * country's unit, which may act.
 */
static void join_nationals(struct coder *c)
{
	int k, j, i;
	for (k = 1; k < c->nunits; k++) {
		struct unit *u = &c->units[k], *p;
		if (!u->national || u->absorbed)
			continue;
		for (j = k - 1; j >= 0 && c->units[j].absorbed; j--)
			;
		if (j < 0 || bare_country_unit(c, &c->units[j]) < 0)
			continue;
		p = &c->units[j];
		for (i = p->end; i < u->start && (free_noun(c, i) || coder_unknown_name(c, i)); i++)
			;
		if (i != u->start || u->start - p->end > 4)
			continue;
		p->end = u->end;
		u->absorbed = 1;
		for (i = p->start; i < p->end; i++)
			c->unit_of[i] = (int16_t)j;
	}
}

/* the unit of a country's state named after "from" in tokens [from, end) ("from the UK",
 * "from British authorities"), or -1 */
int coder_from_country(const struct coder *c, int from, int end)
{
	int i, u;
	char cc[4];
	for (i = from; i < end && (size_t)i + 1 < c->n; i++) {
		if (!is_tok(c, i, "from"))
			continue;
		u = c->unit_of[i + 1];
		if (u < 0 && (c->fc[i + 1] & FC_DET))
			u = c->unit_of[i + 2 < (int)c->n ? i + 2 : i + 1];
		if (u < 0 || !c->units[u].ncodes || c->units[u].national)
			return -1;
		return coder_unit_country(&c->units[u], cc) ? u : -1;
	}
	return -1;
}

/* a unit that is a country alone, its adjective or its name ("Australian"): the actor, or -1 */
/* the unit that opens at token k, past its determiners ("the Kenyan government"), or NULL */
static const struct unit *unit_after_dets(const struct coder *c, int k)
{
	while ((size_t)k < c->n && (c->fc[k] & FC_DET))
		k++;
	if ((size_t)k >= c->n || c->unit_of[k] < 0)
		return NULL;
	return &c->units[c->unit_of[k]];
}

/*
 * The country of the actor at token k ("loyal to the Tripoli government", "to President
 * Kiir", "to Iran"): the actor of its three-letter country code, or -1.
 */
static int32_t loyal_country(const struct coder *c, int k)
{
	const struct unit *b = unit_after_dets(c, k);
	const char *code;
	char cc[4];
	if (!b || b->absorbed || !b->ncodes || b->docfill)
		return -1;
	code = b->codes[0];
	if (strlen(code) < 3)
		return -1;
	memcpy(cc, code, 3);
	cc[3] = '\0';
	return coder_country_code(cc) ? dict_actor_of_code3(c->d, cc) : -1;
}

/*
 * Forces u with no country named stand before "deployed", "sent" or "dispatched" by a
 * country, or by a body whose actor is a country ("troops deployed by Turkey arrived",
 * "soldiers sent by the Kenyan government"), or before "loyal to" an actor of a country
 * ("forces loyal to the Tripoli government"): they are that country's; its actor, or -1.
 */
static int32_t sender_country(const struct coder *c, const struct unit *u)
{
	static const char *const sent[] = { "deployed", "sent", "dispatched" };
	const struct unit *b;
	const char *base;
	int p = u->end;
	if ((size_t)p + 2 < c->n && is_tok(c, p, "loyal") && is_tok(c, p + 1, "to"))
		return loyal_country(c, p + 2);
	if ((size_t)p + 2 >= c->n || !TOK_IN(c, p, sent) || !is_tok(c, p + 1, "by"))
		return -1;
	b = unit_after_dets(c, p + 2);
	if (!b || b->absorbed || !b->has_actor || b->actor < 0)
		return -1;
	base = dict_actor_code(c->d, &c->d->actors[b->actor], c->date_key);
	return base && strlen(base) == 3 && coder_country_code(base) ? b->actor : -1;
}

static int32_t bare_country_unit(const struct coder *c, const struct unit *u)
{
	if (u->absorbed || !u->has_actor || u->nag || u->ncodes != 1 || u->actor < 0 ||
	    !coder_country_code(u->codes[0]) || c->span_of[u->start] < 0 ||
	    c->spans[c->span_of[u->start]].mem)
		return -1; /* "of Potomac, Maryland": a town no dictionary knows opens the unit */
	return u->actor;
}

/* the country actor a single word names ("australian" of "Australian-born"), or -1 */
static int32_t country_word(const struct coder *c, const char *w, size_t len)
{
	int32_t id = dict_word(c->d, w, len), node, p;
	node = id >= 0 ? dict_child(c->d, 0, id) : -1;
	for (p = node >= 0 ? c->d->node_pay[node] : -1; p >= 0; p = c->d->pays[p].next) {
		const struct dactor *A;
		if (c->d->pays[p].kind != PAY_ACTOR)
			continue;
		A = &c->d->actors[c->d->pays[p].idx];
		if (A->n && coder_country_code(c->d->codes[A->first].code))
			return c->d->pays[p].idx;
	}
	return -1;
}

/*
 * Unit u names a country's people, not its state: one capitalised word, the plural of a
 * word that names the country alone, with no "the" before it ("the Israelis left Gaza" may
 * be the state), after a number, a quantity or a kind, or before "who" or an -ing word.
 */
int coder_people_unit(const struct coder *c, int u)
{
	static const char *const lots[] = { "of",       "many",   "some",      "several",
					    "more",     "most",   "few",       "other",
					    "ethnic",   "fellow", "young",     "ordinary",
					    "wealthy",  "poor",   "thousands", "hundreds",
					    "millions", "dozens" };
	const struct unit *U = &c->units[u];
	const struct token *t;
	int s = U->end - 1;
	if (U->nag || U->ncodes != 1 || strlen(U->codes[0]) != 3 || U->end != U->start + 1)
		return 0;
	t = &c->t[s];
	if (t->kind != TOK_WORD || !(t->flags & TOKF_CAP) || t->nlen < 5 ||
	    t->norm[t->nlen - 1] != 's' || is_tok(c, s - 1, "the"))
		return 0;
	if (country_word(c, t->norm, t->nlen - 1) < 0)
		return 0;
	/* a number of them or a kind ("thousands of Venezuelans", "ethnic Mongolians"), or
	 * who they are ("Israelis living on the island"): a bare "Russians left Kherson" may
	 * be the forces */
	if (s > 0 && (c->t[s - 1].kind == TOK_NUM || TOK_IN(c, s - 1, lots)))
		return 1;
	return (size_t)s + 1 < c->n &&
	       (is_tok(c, s + 1, "who") ||
		(c->t[s + 1].kind == TOK_WORD && !(c->t[s + 1].flags & TOKF_CAP) &&
		 c->t[s + 1].nlen > 4 && !strcmp(c->t[s + 1].norm + c->t[s + 1].nlen - 3, "ing")));
}

/* a lower-case word no dictionary knows, a noun that describes a person ("publisher") */
static int free_noun(const struct coder *c, int i)
{
	return i >= 0 && (size_t)i < c->n && c->t[i].kind == TOK_WORD &&
	       !(c->t[i].flags & TOKF_CAP) && !c->fc[i] && c->span_of[i] < 0 && c->wid[i] < 0 &&
	       c->alt[i] < 0;
}

/* the name no dictionary knows that starts at token i, of at least `min` capitalised words
 * and at most four, that no capitalised word goes on from: its last token, or -1 */
static int name_run(const struct coder *c, int i, int min)
{
	int q;
	for (q = i; q < i + 4 && coder_person_word(c, q); q++)
		;
	if (q - i < min ||
	    ((size_t)q < c->n && c->t[q].kind == TOK_WORD && (c->t[q].flags & TOKF_CAP)))
		return -1;
	return q - 1;
}

/* counts one mention of surname w (under 32 bytes) */
static void count_surname(struct coder *c, const char *w)
{
	int k;
	for (k = 0; k < c->ncands && strcmp(c->cands[k].word, w); k++)
		;
	if (k == c->ncands) {
		if (c->ncands == MEM_NAMES)
			return;
		snprintf(c->cands[c->ncands++].word, sizeof(c->cands[0].word), "%s", w);
		c->cands[k].n = 0;
	}
	c->cands[k].n++;
}

/*
 * A bare country unit that is a person by nationality alone: "the 48-year-old Australian
 * was", "the Australian national remained". An age or "national" must say it is a person
 * ("The Australian reported" may be a newspaper), and an auxiliary, a known verb, a past
 * form or a punctuation mark must follow ("the Australian national team" is no person).
 */
static int demonym_person(const struct coder *c, const struct unit *u)
{
	int s = u->start, e = u->end, who = 0;
	const struct token *t;
	if (is_tok(c, s, "the"))
		s++;
	if (s > 0 && c->t[s - 1].nlen > 9 &&
	    !strcmp(c->t[s - 1].norm + c->t[s - 1].nlen - 9, "-year-old"))
		s--, who = 1;
	if (!is_tok(c, s - 1, "the"))
		return 0;
	if (is_tok(c, e, "national")) {
		e++;
		who = 1;
	}
	if (!who)
		return 0;
	if ((size_t)e >= c->n)
		return 1;
	t = &c->t[e];
	if (t->kind == TOK_PUNCT)
		return 1;
	if (t->kind != TOK_WORD || (t->flags & TOKF_CAP))
		return 0;
	return c->fc[e] || (c->span_of[e] >= 0 && c->spans[c->span_of[e]].kind == PAY_VERB) ||
	       (t->nlen > 4 && !strcmp(t->norm + t->nlen - 2, "ed")); /* "remained" */
}

/*
 * After the whole document is read: a person named by nationality alone ("the 48-year-old
 * Australian") is the document's main person, the surname it names most (at least three
 * times, more than any other), when no office or nationality was given to that name.
 */
void coder_learn_main_person(struct coder *c)
{
	int k, best = -1, tie = 0;
	int32_t dc = coder_doc_dominant(c);
	/* or the only country it names, not by a traveller alone ("Mayor Karyn Whitfeld" of a
	 * story that names Chicago once; "a Swiss tourist" says nothing of where it is) */
	if (dc < 0 && c->ndoc == 1 && c->home_count[0] > 0)
		dc = c->doc_actor[0];
	/* a title with no country ("Senator Dino Melaye"): the country the document is about */
	for (k = 0; k < c->nnames; k++)
		if (c->names[k].actor < 0) {
			c->names[k].actor = dc;
			if (dc < 0)
				c->names[k].word[0] = '\0'; /* no one */
		}
	if (c->demonym < 0)
		return;
	for (k = 0; k < c->ncands; k++)
		if (best < 0 || c->cands[k].n > c->cands[best].n)
			best = k, tie = 0;
		else if (c->cands[k].n == c->cands[best].n)
			tie = 1;
	if (best >= 0 && !tie && c->cands[best].n >= 3)
		remember_word(c, c->cands[best].word, c->demonym, NULL);
}

/*
 * The people this sentence gives a nationality, by a name no dictionary knows: a
 * country's adjective, one or two nouns no dictionary knows and a full name ("Australian
 * publisher Julian Zandor"), or the adjective with "-born" ("Australian-born Zandor").
 * The surname is that country's (no office: "Zandor" is AUS, not its government). A
 * country's adjective right before a name is left alone: "Swedish Prosecution Authority".
 */
static void learn_nationals(struct coder *c)
{
	int k, i;
	for (k = 0; k < c->nunits; k++) {
		const struct unit *u = &c->units[k];
		int32_t a = bare_country_unit(c, u);
		int q = u->end, last;
		if (a < 0)
			continue;
		if (c->demonym < 0 && demonym_person(c, u))
			c->demonym = a;
		while (q < u->end + 2 && free_noun(c, q))
			q++;
		if (q > u->end && (last = name_run(c, q, 2)) >= 0)
			remember_word(c, c->t[last].norm, a, NULL);
	}
	for (i = 0; (size_t)i < c->n; i++) {
		const struct token *t = &c->t[i];
		int32_t a;
		int q, last;
		if (!c->title && coder_person_word(c, i) && t->nlen < 32 &&
		    !((size_t)i + 1 < c->n && c->t[i + 1].kind == TOK_WORD &&
		      (c->t[i + 1].flags & TOKF_CAP)))
			count_surname(c, t->norm);
		if (t->kind != TOK_WORD || !(t->flags & TOKF_CAP) || t->nlen < 8 ||
		    strcmp(t->norm + t->nlen - 5, "-born") ||
		    (a = country_word(c, t->norm, t->nlen - 5u)) < 0)
			continue;
		for (q = i + 1; q < i + 3 && free_noun(c, q); q++)
			;
		if ((last = name_run(c, q, 1)) >= 0)
			remember_word(c, c->t[last].norm, a, NULL);
	}
}

/* tokens i, i + 1 are a member of Congress's party letter and its hyphen: "R" "-" of
 * "R-Neb." (the tokeniser splits the party letter from a state) */
static int party_mark(const struct coder *c, int i)
{
	return i >= 0 && (size_t)i + 1 < c->n && c->t[i].nlen == 1 && (c->t[i].flags & TOKF_CAP) &&
	       strchr("rdi", c->t[i].norm[0]) && is_tok(c, i + 1, "-") &&
	       !(c->t[i + 1].flags & TOKF_SPACE);
}

/*
 * "Deb Fischer, R-Neb.,": a name, then in commas (or brackets) a party letter and a state of
 * a country (a place of the gazetteer): the surname is a legislator of that country.
 */
static void learn_party_members(struct coder *c)
{
	int k, q;
	for (k = 0; k < c->nunits && c->leg; k++) {
		struct unit m;
		const struct unit *u = &c->units[k];
		char cc[4];
		int s = u->start;
		if (u->absorbed || u->actor < 0 || u->nag || !u->ncodes ||
		    !coder_unit_country(u, cc) || s < 4 || !party_mark(c, s - 2) ||
		    !(is_punct(c, s - 3, ',')
			      ? is_punct(c, u->end, ',') || is_boundary(c, u->end)
			      : is_punct(c, s - 3, '(') && is_punct(c, u->end, ')')))
			continue;
		for (q = s - 4; q >= 0 && q > s - 8 && coder_person_word(c, q); q--)
			;
		if (q == s - 4)
			continue;
		memset(&m, 0, sizeof(m));
		m.nag = 1;
		m.ag[0] = c->leg;
		remember_word(c, c->t[s - 4].norm, dict_actor_of_code3(c->d, cc), &m);
	}
}

/*
 * A firm the document places: "Zentrix is headquartered in Lyon", "Zentrix, which is based
 * in Lyon,": one capitalised word that no dictionary holds, not after another capitalised
 * word, before "is" or "was" (or ", which is") and "headquartered" or "based" "in" a place
 * or country. The name is remembered as a company of that country, so that "Regulators
 * investigated Zentrix" has a target (a firm of no stated country codes none).
 */
static void learn_placed_firms(struct coder *c)
{
	int i;
	for (i = 2; (size_t)i + 2 < c->n && c->bus; i++) {
		struct unit m;
		char cc[4];
		int j = i - 1, u;
		if ((!is_tok(c, i, "headquartered") && !is_tok(c, i, "based")) ||
		    !is_tok(c, i + 1, "in") || (u = c->unit_of[i + 2]) < 0 ||
		    c->units[u].start != i + 2 || !c->units[u].ncodes || c->units[u].docfill ||
		    !coder_unit_country(&c->units[u], cc) || !(c->fc[j] & FC_BE))
			continue;
		j--;
		if (j >= 2 && is_tok(c, j, "which") && is_punct(c, j - 1, ','))
			j -= 2;
		if (j < 0 || c->t[j].kind != TOK_WORD || !(c->t[j].flags & TOKF_CAP) ||
		    (c->t[j].flags & (TOKF_ABBREV | TOKF_ALLCAPS)) || c->t[j].nlen < 3 ||
		    c->unit_of[j] >= 0 || c->span_of[j] >= 0 || c->fc[j] ||
		    (j > 0 && c->t[j - 1].kind == TOK_WORD && (c->t[j - 1].flags & TOKF_CAP) &&
		     !is_boundary(c, j - 1)))
			continue;
		memset(&m, 0, sizeof(m));
		m.nag = 1;
		m.ag[0] = c->bus;
		remember_word(c, c->t[j].norm, dict_actor_of_code3(c->d, cc), &m);
	}
}

/*
 * A unit that one dictionary phrase codes as a country's agent or sector, its head a
 * lower-case noun ("an Egyptian army officer" of "Egyptian army" EGYMIL, "a Hamas fighter"):
 * an office for an apposition, as a role named with its country is.
 */
static int sector_office(const struct coder *c, const struct unit *u)
{
	char cc[4];
	int e = u->end - 1;
	if (u->absorbed || !u->has_actor || u->nag || u->ncodes != 1 || u->actor < 0 ||
	    strlen(u->codes[0]) != 6 || c->t[e].kind != TOK_WORD || (c->t[e].flags & TOKF_CAP) ||
	    c->span_of[u->start] < 0 || c->spans[c->span_of[u->start]].mem)
		return 0;
	memcpy(cc, u->codes[0], 3);
	cc[3] = 0;
	return coder_country_code(cc);
}

/*
 * Where an office's apposition ends after token e, the office's end: past a posting "to",
 * "in" or "at" one actor ("the French ambassador to Mali,", "Russia's envoy to the UN,").
 */
static int posting_end(const struct coder *c, int e)
{
	int p = e + 1;
	if (!(is_tok(c, e, "to") || is_tok(c, e, "in") || is_tok(c, e, "at")))
		return e;
	if ((size_t)p < c->n && (c->fc[p] & FC_DET))
		p++;
	if ((size_t)p >= c->n || c->unit_of[p] < 0 || c->units[c->unit_of[p]].start != p ||
	    !c->units[c->unit_of[p]].has_actor)
		return e;
	return c->units[c->unit_of[p]].end;
}

/*
 * Token i opens the sentence with a capitalised word that some dictionary phrase holds but
 * none covers here ("Yusuf" of an office holder's full name, "Lopez" of a place's), before
 * an apposition's name: a given name or the surname itself ("Yusuf Demir, the Turkish
 * defence minister,"). Inside a sentence coder_person_word() already takes such a word.
 */
static int opening_name(const struct coder *c, int i)
{
	const struct token *t;
	if (i != 0 || (size_t)i >= c->n || c->span_of[i] >= 0 || c->title)
		return 0;
	t = &c->t[i];
	return t->kind == TOK_WORD && (t->flags & TOKF_CAP) &&
	       !(t->flags & (TOKF_ABBREV | TOKF_ALLCAPS)) && t->nlen >= 3 && t->norm[0] >= 'a' &&
	       t->norm[0] <= 'z' && !c->fc[i] && !coder_calendar_word(t->norm);
}

/*
 * After the comma at token i, an apposition that gives the name before it an office of its
 * own: "Speaking to the Kenyan president, John Okello, the Ugandan farm minister," is the
 * minister, not the president; "Rosa Quispe, a retired teacher," no office-holder. 1 if so.
 */
static int own_office(const struct coder *c, int i)
{
	int a = i + 1, u, k;
	if (!is_punct(c, i, ',') || (size_t)a >= c->n)
		return 0;
	if ((c->fc[a] & FC_DET) && (size_t)a + 1 < c->n)
		a++;
	for (k = 0; k < 2 && (size_t)a + 1 < c->n && c->unit_of[a] < 0 &&
		    c->t[a].kind == TOK_WORD && !(c->t[a].flags & TOKF_CAP) && !c->fc[a];
	     k++)
		a++; /* "a retired teacher", "a senior Hamas commander" */
	u = c->unit_of[a];
	if (u < 0 || c->units[u].start > a)
		return 0;
	return office_unit(c, &c->units[u]) || bare_office(c, &c->units[u]) ||
	       sector_office(c, &c->units[u]) || (c->units[u].has_actor && c->units[u].ncodes);
}

/*
 * The people this sentence names with an office, by a name no dictionary knows: a title
 * before the name ("Chilean chief negotiator Ana Rojas") or an apposition after it
 * ("Joel Schlabach, a teacher at an Indiana school," is not one: the office must be the
 * apposition's first phrase, "Baker, the U.S. commander,"). The surname is remembered.
 */
void coder_learn_names(struct coder *c)
{
	/* words of rank before an office ("a senior Hamas commander", "Iran's top general") */
	static const char *const rank_words[] = { "senior",   "top",        "high-ranking",
						  "leading",  "prominent",  "veteran",
						  "powerful", "influential" };
	int k;
	for (k = 0; k < c->nunits; k++) {
		const struct unit *u = &c->units[k];
		int p = u->end, q, a, e, bare = bare_office(c, u), office = office_unit(c, u);
		if (!office && !bare && !sector_office(c, u))
			continue;
		/* the office, then the name in commas: "Inspector-General of Police, Ibrahim
		 * Idris,"; a phrase that codes a sector whole only as an apposition */
		if ((office || bare) && is_punct(c, p, ',') && (q = name_run(c, p + 1, 2)) >= 0 &&
		    ((size_t)q + 1 >= c->n || is_punct(c, q + 1, ',') || is_boundary(c, q + 1) ||
		     is_tok(c, q + 1, "and")) &&
		    !own_office(c, q + 1))
			remember_name(c, q, u);
		/* title first: the name runs on from the office (a role with no country only
		 * as a capitalised title: "Senator Dino Melaye") */
		for (q = p; q < p + 4 && (office || bare) && coder_person_word(c, q); q++)
			;
		if (q > p &&
		    !((size_t)q < c->n && c->t[q].kind == TOK_WORD && (c->t[q].flags & TOKF_CAP)) &&
		    (!bare || (c->t[p - 1].flags & TOKF_CAP)))
			remember_name(c, q - 1, u);
		/* apposition: "Name, [the|a] office,"; an office with no country only after
		 * "the" ("Name, the district attorney,"; "Name, a teacher at ..." holds no
		 * office of a country) */
		a = u->start;
		while (a > 0 && TOK_IN(c, a - 1, rank_words))
			a--; /* "Name, a senior Hamas commander," */
		if (bare && !is_tok(c, a - 1, "the"))
			continue;
		if (a > 0 && (c->fc[a - 1] & FC_DET))
			a--;
		e = posting_end(c, u->end);
		if (a < 2 || !is_punct(c, a - 1, ',') ||
		    !((size_t)e >= c->n || is_punct(c, e, ',') || is_boundary(c, e)))
			continue;
		for (q = a - 2;
		     q >= 0 && q > a - 6 && (coder_person_word(c, q) || opening_name(c, q)); q--)
			;
		if (q < a - 2 && (q < 0 || (c->t[q].flags & TOKF_ABBREV) ||
				  !(c->t[q].kind == TOK_WORD && (c->t[q].flags & TOKF_CAP))))
			remember_name(c, a - 2, u);
	}
}

/*
 * An office holder the dictionaries name in full ("Prime Minister Boris Johnson"), whose
 * surname alone no dictionary holds: "Johnson" alone is the same person wherever the
 * document names the surname.
 */
static void learn_holders(struct coder *c)
{
	int k, before;
	for (k = 0; k < c->nspans; k++) {
		const struct span *s = &c->spans[k];
		int last = s->start + s->len - 1;
		if (s->kind != PAY_ACTOR || s->mem || s->len < 2 ||
		    !coder_dated_actor(c->d, s->idx) || c->t[last].kind != TOK_WORD ||
		    !(c->t[last].flags & TOKF_CAP) ||
		    (c->t[last].flags & (TOKF_ABBREV | TOKF_ALLCAPS)) || c->t[last].nlen < 3 ||
		    c->fc[last] || !(c->t[s->start].flags & TOKF_CAP))
			continue;
		/* the surname as a phrase of its own: left to the dictionaries */
		if (c->wid[last] >= 0 && dict_child(c->d, 0, c->wid[last]) >= 0 &&
		    c->d->node_pay[dict_child(c->d, 0, c->wid[last])] >= 0)
			continue;
		before = c->nnames;
		remember_word(c, c->t[last].norm, s->idx, NULL);
		if (c->nnames > before)
			c->names[c->nnames - 1].holder = 1;
	}
}

/*
 * A body the dictionaries name whole with its country, its role in the code and its head a
 * lower-case word ("the Russian foreign ministry" RUSGOV): "the ministry" after it is that
 * body, as after an office named with its country.
 */
static int named_body(const struct coder *c, const struct unit *u)
{
	char cc[4];
	int e = u->end - 1;
	if (u->absorbed || !u->has_actor || u->nag || u->ncodes != 1 || u->docfill ||
	    strlen(u->codes[0]) <= 3 || c->t[e].kind != TOK_WORD || (c->t[e].flags & TOKF_CAP) ||
	    c->span_of[e] < 0 || c->spans[c->span_of[e]].mem)
		return 0;
	memcpy(cc, u->codes[0], 3);
	cc[3] = 0;
	return coder_country_code(cc);
}

/* the last word of the unit's last role: "minister" of "Iran's foreign minister", or -1 */
static int32_t role_head(const struct coder *c, const struct unit *u)
{
	int i;
	for (i = u->end - 1; i >= u->start; i--)
		if (c->span_of[i] >= 0 && c->spans[c->span_of[i]].kind == PAY_AGENT)
			return c->wid[i];
	return -1;
}

/*
 * Roles in text order: an office named with its country ("President Donald Trump", "Iran's
 * foreign minister") is remembered by its last word; "the president", "the minister" with no
 * country of its own then take the code of the last one. Only a definite singular mention
 * ("the"), only the role's head word; actors, never events or targets.
 */
static void role_memory(struct coder *c)
{
	int k, j;
	for (k = 0; k < c->nunits; k++) {
		struct unit *u = &c->units[k];
		int32_t h;
		if (office_unit(c, u) || named_body(c, u)) {
			if ((h = office_unit(c, u) ? role_head(c, u) : c->wid[u->end - 1]) < 0)
				continue;
			for (j = 0; j < c->nroles && c->roles[j].head != h; j++)
				;
			if (j == c->nroles) {
				if (c->nroles == MEM_ROLES)
					continue;
				c->nroles++;
			}
			c->roles[j].head = h;
			memcpy(c->roles[j].code, u->codes[0], CODE_MAX);
			continue;
		}
		if (u->has_actor || u->absorbed || !u->nag || u->ncodes || u->start == 0 ||
		    !is_tok(c, u->start - 1, "the") || (h = role_head(c, u)) < 0)
			continue;
		for (j = 0; j < c->nroles; j++)
			if (c->roles[j].head == h) {
				add_code(u, c->roles[j].code);
				u->memfill = 1;
				break;
			}
	}
}

/* a unit of rebels, insurgents, an opposition or militants: one side of a war or a
 * dispute inside a country */
static int faction_unit(const struct unit *u)
{
	static const char *const roles[] = { "REB", "INS", "OPP", "UAF", "SEP" };
	size_t k;
	if (u->absorbed || !u->ncodes)
		return 0;
	if (!strncmp(u->codes[0], "IMG", 3))
		return 1;
	for (k = 0; k < sizeof(roles) / sizeof(roles[0]); k++)
		if (coder_has_role(u->codes[0], roles[k]))
			return 1;
	return 0;
}

/*
 * "the two countries", "both nations", "the two leaders": the pair of countries the
 * document names most (the first named on a tie), each with the phrase's role. Token i is
 * the plural noun; the two actors go to a[0], a[1]. Returns 0 when the phrase is no such
 * pair or the document names fewer than two countries. "The two sides" may be a
 * government and its rebels: it is the pair only in a document of two countries
 * (c->pair) that names no rebels, insurgents, opposition or militants (faction_unit).
 */
static int pair_phrase(const struct coder *c, int i, int32_t a[2])
{
	static const char *const nouns[] = { "countries", "nations", "states",      "neighbours",
					     "neighbors", "allies",  "governments", "leaders" };
	int j, best = -1, second = -1;
	if (!(is_tok(c, i - 1, "two") && is_tok(c, i - 2, "the")) && !is_tok(c, i - 1, "both"))
		return 0;
	if (!TOK_IN(c, i, nouns) && !(is_tok(c, i, "sides") && c->pair[0][0] && !c->doc_factions))
		return 0;
	for (j = 0; j < c->ndoc; j++)
		if (best < 0 || c->doc_count[j] > c->doc_count[best])
			second = best, best = j;
		else if (second < 0 || c->doc_count[j] > c->doc_count[second])
			second = j;
	if (second < 0)
		return 0;
	a[0] = c->doc_actor[best];
	a[1] = c->doc_actor[second];
	return 1;
}

/* Gives "the two countries" (pair_phrase) the document's two countries: the role unit of
 * "the two leaders" takes both, a bare noun becomes a unit of its own. */
static void pair_units(struct coder *c)
{
	int i, k;
	for (i = 1; (size_t)i < c->n; i++) {
		int32_t a[2];
		struct unit nu, *u;
		int at = c->unit_of[i], m;
		if (!pair_phrase(c, i, a))
			continue;
		if (at >= 0) {
			u = &c->units[at];
			if (u->has_actor || u->absorbed || u->start < i - 2 || u->end != i + 1)
				continue;
		} else {
			if (c->nunits >= MAX_UNITS)
				return;
			memset(&nu, 0, sizeof(nu));
			nu.start = (uint16_t)i;
			nu.end = (uint16_t)(i + 1);
			u = &nu;
		}
		u->ncodes = 0;
		u->docfill = 0;
		for (m = 0; m < 2; m++) {
			const char *base = dict_actor_code(c->d, &c->d->actors[a[m]], c->date_key);
			char code[CODE_MAX];
			if (!base)
				continue;
			compose(code, sizeof(code), base, u->ag, u->nag);
			add_code(u, code);
		}
		u->actor = a[0];
		u->has_actor = u->ncodes > 0;
		if (at >= 0 || !u->ncodes)
			continue;
		for (k = c->nunits; k > 0 && c->units[k - 1].start > i; k--)
			;
		memmove(&c->units[k + 1], &c->units[k],
			(size_t)(c->nunits - k) * sizeof(c->units[0]));
		c->units[k] = nu;
		c->nunits++;
		for (m = 0; (size_t)m < c->n; m++)
			if (c->unit_of[m] >= k)
				c->unit_of[m]++;
		c->unit_of[i] = (int16_t)k;
	}
}

/*
 * A role word that is as often an adjective of a thing ("criminal charges", "a criminal
 * probe", "academic freedom") names no actor when a noun follows it, unless that noun is
 * a group's ("a criminal network": criminals). A verb after it keeps the role ("a
 * criminal fled"). s is the role's span, next the span after it or NULL.
 */
static int adjective_role(const struct coder *c, const struct span *s, const struct span *next)
{
	static const char *const adj[] = { "criminal", "academic", "official", "general" };
	static const char *const groups[] = {
		"group",         "groups",       "network",       "networks", "organisation",
		"organisations", "organization", "organizations", "ring",     "rings",
		"syndicate",     "syndicates",   "element",       "elements", "enterprise",
		"enterprises",   "underworld",
	};
	int i = s->start + s->len;
	if (s->len != 1 || !TOK_IN(c, s->start, adj))
		return 0;
	if ((size_t)i >= c->n || c->t[i].kind != TOK_WORD || c->fc[i] || TOK_IN(c, i, groups) ||
	    (c->t[i].flags & TOKF_CAP))
		return 0; /* "official Li Ming": a name */
	if (next && next->start == i && next->kind == PAY_VERB && next->form != VF_S)
		return 0; /* "a criminal fled", "the criminal attacked" */
	return 1;
}

/*
 * "in Springfield, Ill.", "from Dayton, Ohio": a town no dictionary knows, after a
 * preposition, then in commas a place that names a country alone: the town is that
 * place's, so the unit starts at the town ("police in Springfield, Ill." are USA's police).
 */
static void city_state(struct coder *c)
{
	int k, q;
	for (k = 0; k < c->nunits; k++) {
		struct unit *u = &c->units[k];
		int s = u->start;
		if (!u->has_actor || u->nag || u->ncodes != 1 || !coder_country_code(u->codes[0]) ||
		    s < 3 || !is_punct(c, s - 1, ',') || (k > 0 && c->units[k - 1].end > s - 3))
			continue;
		for (q = s - 2;
		     q >= 0 && q > s - 5 && coder_unknown_name(c, q) && c->span_of[q] < 0; q--)
			;
		if (q == s - 2 || q < 0 ||
		    !(is_tok(c, q, "in") || is_tok(c, q, "at") || is_tok(c, q, "from") ||
		      is_tok(c, q, "near") || is_tok(c, q, "of")))
			continue;
		u->start = (uint16_t)(q + 1);
	}
}

/*
 * A country's own name (its dictionary head phrase, not an adjective nor a short form
 * such as "US") right before a noun of a subject names the subject, not the country as
 * an actor: "concerns over Ukraine policy", "the Ukraine scandal", "a Russia expert".
 * s is the country's span.
 */
/* actor span s spells its actor's dictionary head phrase ("Ukraine", not "Ukrainian" nor
 * "US") */
static int head_phrase(const struct coder *c, const struct span *s)
{
	const char *n = c->d->actors[s->idx].name;
	int i, e = s->start + s->len;
	size_t k = 0;
	if (!n)
		return 0;
	for (i = s->start; i < e; i++) {
		const char *w = c->t[i].norm;
		if (i > s->start && n[k++] != '_')
			return 0;
		for (; *w; w++, k++)
			if (!n[k] || (n[k] | 0x20) != (*w | 0x20))
				return 0; /* ASCII letters, either case */
	}
	return n[k] == 0;
}

int coder_topic_country(const struct coder *c, const struct span *s)
{
	static const char *const topics[] = { "policy",      "policies", "scandal", "scandals",
					      "affair",      "expert",   "experts", "specialist",
					      "specialists", "hawk",     "hawks",   "portfolio" };
	const struct dactor *A = &c->d->actors[s->idx];
	int e = s->start + s->len;
	if ((size_t)e >= c->n || !TOK_IN(c, e, topics) || !A->n ||
	    !coder_country_code(c->d->codes[A->first].code))
		return 0;
	return head_phrase(c, s);
}

/* unit u is a country alone, named by a word other than its head phrase ("Russian",
 * "US", not "Russia"): the span, or NULL */
static const struct span *country_adjective(const struct coder *c, const struct unit *u)
{
	const struct span *s;
	const struct dactor *A;
	if (!u->has_actor || u->nag || u->actor < 0 || c->span_of[u->start] < 0)
		return NULL;
	s = &c->spans[c->span_of[u->start]];
	A = &c->d->actors[u->actor];
	if (s->kind != PAY_ACTOR || s->mem || s->start + s->len != u->end || !A->n ||
	    !coder_country_code(c->d->codes[A->first].code) || head_phrase(c, s))
		return NULL;
	return s;
}

int coder_country_adjective(const struct coder *c, int u)
{
	return u >= 0 && u < c->nunits && country_adjective(c, &c->units[u]) != NULL;
}

int coder_adjective_span(const struct coder *c, const struct span *s)
{
	const struct dactor *A;
	if (s->kind != PAY_ACTOR || s->mem || s->idx < 0)
		return 0;
	A = &c->d->actors[s->idx];
	return A->n && coder_country_code(c->d->codes[A->first].code) && !head_phrase(c, s);
}

/* the role (an agent that goes after the country) whose code is `code`, or NULL */
static const struct dagent *role_agent(const struct coder *c, const char *code)
{
	size_t k;
	for (k = 0; k < c->d->nagents; k++)
		if (!c->d->agents[k].prefix && !strcmp(c->d->agents[k].code, code))
			return &c->d->agents[k];
	return NULL;
}

/* the role of unit b that names a country's sector in one dictionary phrase ("Argentine
 * police": ARGCOP), or NULL */
static const struct dagent *phrase_role(const struct coder *c, const struct unit *b)
{
	const char *code;
	char cc[4];
	if (b->nag || b->actor < 0 || b->end - b->start < 2 || (c->t[b->end - 1].flags & TOKF_CAP))
		return NULL;
	code = dict_actor_code(c->d, &c->d->actors[b->actor], c->date_key);
	if (!code || strlen(code) != 6)
		return NULL;
	snprintf(cc, sizeof(cc), "%.3s", code);
	return coder_country_code(cc) ? role_agent(c, code + 3) : NULL;
}

/*
 * "Russian and Chinese warships", "American, British and French jets": each country
 * adjective of a list before a noun takes that noun's roles (RUSMIL, CHNMIL), also where
 * the last country and the noun are one dictionary phrase ("Chilean and Argentine
 * police"). A comma joins only a list that "and" or "or" ends; a country's own name
 * takes no role ("sanctions on Russia and Chinese firms"), nor does a country before
 * another's possessive ("the US and Cambodia's regime").
 */
static void shared_roles(struct coder *c)
{
	int k;
	for (k = c->nunits - 2; k >= 0; k--) {
		struct unit *a = &c->units[k], *b = &c->units[k + 1];
		const struct span *s;
		const struct dagent *one = NULL;
		int e = a->end, j;
		if (!b->has_actor || !country_adjective(c, a))
			continue;
		if (is_punct(c, e, ',') && !b->listed) {
			if (!is_tok(c, e + 1, "and") && !is_tok(c, e + 1, "or"))
				continue;
			e++; /* "British, and French jets" */
		} else if (is_punct(c, e, ','))
			;
		else if (!is_tok(c, e, "and") && !is_tok(c, e, "or"))
			continue;
		if (b->start != e + 1 || c->span_of[b->start] < 0)
			continue;
		s = &c->spans[c->span_of[b->start]];
		e = s->start + s->len; /* the noun right after the list's last country */
		if (!b->nag && !(one = phrase_role(c, b)))
			continue;
		if (!b->listed && !one &&
		    (s->kind != PAY_ACTOR || (size_t)e >= c->n || c->span_of[e] < 0 ||
		     c->spans[c->span_of[e]].kind != PAY_AGENT))
			continue;
		for (j = 0; j < b->nag; j++)
			a->ag[j] = b->ag[j];
		a->nag = b->nag;
		if (one)
			a->ag[a->nag++] = one;
		a->listed = 1;
	}
}

/*
 * "met his Lithuanian counterpart", "the Iranian president's Turkish counterpart": a
 * country adjective before "counterpart" holds the office of the nearest actor before it
 * in the sentence that holds one (LTUGOV after "Poland's prime minister"), else its
 * government's. "his Chinese and Russian counterparts" gives both the office.
 */
static void counterparts(struct coder *c)
{
	static const struct dagent offices[] = { { "GOV", 0 }, { "LEG", 0 }, { "JUD", 0 },
						 { "MIL", 0 }, { "COP", 0 }, { "SPY", 0 } };
	int k, first, j;
	for (k = 0; k < c->nunits; k++) {
		struct unit *u = &c->units[k];
		const struct span *s = country_adjective(c, u);
		const struct dagent *role = &offices[0];
		int e;
		if (!s || u->absorbed || u->ncodes != 1)
			continue;
		e = s->start + s->len;
		if (!is_tok(c, e, "counterpart") && !is_tok(c, e, "counterparts"))
			continue;
		for (first = k; first > 0; first--) {
			const struct unit *p = &c->units[first - 1];
			int q = p->end;
			if (!country_adjective(c, p) || p->absorbed ||
			    !(is_tok(c, q, "and") || is_punct(c, q, ',')) ||
			    c->units[first].start != q + 1)
				break;
		}
		for (j = first - 1; j >= 0; j--) {
			const struct unit *p = &c->units[j];
			char cc[4];
			size_t r;
			if (p->absorbed || !p->ncodes)
				continue;
			snprintf(cc, sizeof(cc), "%.3s", p->codes[0]);
			if (strlen(p->codes[0]) != 6 || !coder_country_code(cc))
				continue;
			for (r = 0; r < sizeof(offices) / sizeof(offices[0]); r++)
				if (!strcmp(p->codes[0] + 3, offices[r].code))
					role = &offices[r];
			break;
		}
		for (j = first; j <= k; j++) {
			struct unit *v = &c->units[j];
			v->ag[0] = role;
			v->nag = 1;
			coder_unit_recode(c, v);
		}
	}
}

/*
 * The words between the country of unit cur and the office of span s are words of the
 * office's name though a verb dictionary holds them: "the Ugandan trade minister", "the
 * Chinese finance ministry", "Kenyan aid officials". The country is named in one word; up
 * to two lower-case words, each plain or a verb's base or -ing form; not a verb's -s or
 * past form, whose subject the country would be ("Russia arms rebels", "Chile sent
 * officials"), and only before an office of government.
 */
static int office_modifier(const struct coder *c, const struct unit *cur, const struct span *s)
{
	int i;
	if (!cur->has_actor || cur->nag || cur->end - cur->start != 1 || s->kind != PAY_AGENT ||
	    s->start <= cur->end || s->start - cur->end > 2 ||
	    strcmp(c->d->agents[s->idx].code, "GOV"))
		return 0;
	for (i = cur->end; i < s->start; i++) {
		const struct token *t = &c->t[i];
		int sp = c->span_of[i];
		if (t->kind != TOK_WORD || (t->flags & TOKF_CAP) || c->fc[i])
			return 0;
		if (sp >= 0 && !(c->spans[sp].kind == PAY_VERB && c->spans[sp].len == 1 &&
				 (c->spans[sp].form == VF_BASE || c->spans[sp].form == VF_ING)))
			return 0;
	}
	return 1;
}

void coder_build_units(struct coder *c)
{
	int k, i;
	struct unit *cur = NULL;
	c->nunits = 0;
	for (k = 0; k < c->nspans; k++) {
		const struct span *s = &c->spans[k];
		if (s->kind != PAY_ACTOR && s->kind != PAY_AGENT)
			continue;
		if ((c->d->flags & DICT_F_OPEN) && s->kind == PAY_ACTOR && !s->mem &&
		    coder_topic_country(c, s))
			continue;
		if ((c->d->flags & DICT_F_OPEN) && s->kind == PAY_AGENT &&
		    adjective_role(c, s, k + 1 < c->nspans ? &c->spans[k + 1] : NULL))
			continue;
		if (cur && s->kind == PAY_ACTOR && cur->has_actor && cur->nag &&
		    (cur->end == s->start || (s->mem && given_names(c, cur->end, s->start)))) {
			/* "Bree Prime Minister Romendacil": the person of a country's office;
			 * "Chilean Interior Minister Ana Quentaro", the given name between */
			cur->end = (uint16_t)(s->start + s->len);
			continue;
		}
		if (cur &&
		    (np_internal(c, cur->end, s->start) ||
		     ((c->d->flags & DICT_F_OPEN) && office_modifier(c, cur, s))) &&
		    (s->kind == PAY_AGENT || !cur->has_actor)) {
			cur->end = (uint16_t)(s->start + s->len);
		} else {
			if (c->nunits >= MAX_UNITS)
				break;
			cur = &c->units[c->nunits++];
			memset(cur, 0, sizeof(*cur));
			cur->start = s->start;
			cur->end = (uint16_t)(s->start + s->len);
			cur->actor = -1;
		}
		if (s->kind == PAY_ACTOR) {
			cur->actor = s->idx;
			cur->has_actor = 1;
			if (s->mem) {
				/* the office the document gave the name: Rojas's negotiator */
				const struct mem_name *m = &c->names[s->mem - 1];
				int j;
				for (j = 0; j < m->nag && cur->nag < MAX_AG; j++)
					cur->ag[cur->nag++] = m->ag[j];
			}
		} else if (cur->nag < MAX_AG) {
			cur->ag[cur->nag++] = &c->d->agents[s->idx];
		}
	}
	/* "Danish media and government": the second shares the first's country */
	for (k = 0; k + 1 < c->nunits; k++) {
		struct unit *a = &c->units[k], *b = &c->units[k + 1];
		if (a->has_actor && !b->has_actor && b->start == a->end + 1 &&
		    is_tok(c, a->end, "and") && a->nag >= 1) {
			int j, n = 0;
			const struct dagent *ag[MAX_AG] = { NULL };
			for (j = 0; j < a->nag - 1 && n < MAX_AG; j++)
				ag[n++] = a->ag[j];
			for (j = 0; j < b->nag && n < MAX_AG; j++)
				ag[n++] = b->ag[j];
			memcpy(b->ag, ag, (size_t)n * sizeof(ag[0]));
			b->nag = (uint8_t)n;
			b->actor = a->actor;
			b->has_actor = 1;
		}
	}
	if (c->d->flags & DICT_F_OPEN)
		shared_roles(c);
	for (k = 0; k < c->nunits; k++)
		coder_unit_recode(c, &c->units[k]);
	if (c->d->flags & DICT_F_OPEN) {
		city_state(c);
		place_peoples(c);
	}
	for (i = 0; (size_t)i < c->n; i++)
		c->unit_of[i] = -1;
	for (k = 0; k < c->nunits; k++)
		for (i = c->units[k].start; i < c->units[k].end; i++)
			c->unit_of[i] = (int16_t)k;
	/* "officials in Arnor and Gondor", "the ambassadors of Arnor, Osgiliath and Gondor" */
	for (k = 0; k < c->nunits; k++) {
		struct unit *u = &c->units[k];
		int first = k, last = k, j, p, g[MAX_GROUP], ng = 0, q;
		if (u->has_actor || u->absorbed || !u->nag)
			continue;
		if (u->start > 0 && (c->fc[u->start - 1] & FC_POSS))
			continue; /* "its embassy in Kabul" belongs to "it", not to Kabul */
		if ((c->d->flags & DICT_F_OPEN) && foreign_unit(c, u))
			continue; /* "a foreign reporter in Istanbul" is not Turkey's */
		/* agent-only list: "lawmakers and officials" */
		while (last + 1 < c->nunits && !c->units[last + 1].has_actor &&
		       c->units[last + 1].start == c->units[last].end + 1 &&
		       is_tok(c, c->units[last].end, "and"))
			last++;
		p = c->units[last].end;
		if (!(is_tok(c, p, "of") || is_tok(c, p, "in") || is_tok(c, p, "from") ||
		      is_tok(c, p, "at")))
			continue;
		if ((c->d->flags & DICT_F_OPEN) && (is_tok(c, p, "in") || is_tok(c, p, "at")) &&
		    indefinite_unit(c, u) && agent_position(c, u) &&
		    !(TOK_IN(c, c->units[last].end - 1, seated_body) && place_is_state(c, p)))
			continue; /* "a woman in Oslo", "a man in Lisbon": one person
				   * somewhere, no one of its country */
		if ((c->d->flags & DICT_F_OPEN) && (is_tok(c, p, "in") || is_tok(c, p, "at")) &&
		    first == last && deployed_forces(c, u))
			continue; /* "Turkey deployed troops in Idlib": where they go */
		p++;
		if ((size_t)p < c->n && (c->fc[p] & FC_DET))
			p++;
		if ((size_t)p >= c->n || c->unit_of[p] < 0 || !c->units[c->unit_of[p]].has_actor ||
		    c->units[c->unit_of[p]].start != p)
			continue;
		q = c->unit_of[p];
		g[ng++] = q;
		/* the list of countries */
		{
			int anded = 0;
			for (;;) {
				int e = c->units[g[ng - 1]].end, s2 = e;
				while ((size_t)s2 < c->n &&
				       (is_punct(c, s2, ',') || is_tok(c, s2, "and") ||
					(c->fc[s2] & FC_DET))) {
					anded |= is_tok(c, s2, "and");
					s2++;
				}
				if (s2 == e || (size_t)s2 >= c->n || c->unit_of[s2] < 0 ||
				    ng >= MAX_GROUP)
					break;
				if (!c->units[c->unit_of[s2]].has_actor ||
				    c->units[c->unit_of[s2]].start != s2)
					break;
				g[ng++] = c->unit_of[s2];
			}
			if (!anded)
				ng = 1; /* "After meeting officials from Ghana, Togo
					 * accused": commas alone make no list */
		}
		/* cross product into the first unit of the list */
		{
			struct unit merged = *u;
			merged.ncodes = 0;
			for (j = first; j <= last; j++) {
				int gi;
				for (gi = 0; gi < ng; gi++) {
					const struct unit *gu = &c->units[g[gi]];
					char code[CODE_MAX];
					if (!gu->ncodes)
						continue;
					compose(code, sizeof(code), gu->codes[0], c->units[j].ag,
						c->units[j].nag);
					add_code(&merged, code);
				}
			}
			merged.has_actor = merged.ncodes > 0;
			merged.end = c->units[g[ng - 1]].end;
			*u = merged;
		}
		for (j = first + 1; j <= last; j++)
			c->units[j].absorbed = 1;
		for (j = 0; j < ng; j++)
			c->units[g[j]].absorbed = 1;
		for (i = u->start; i < u->end; i++)
			c->unit_of[i] = (int16_t)k;
		k = last;
	}
	appos_chains(c);
	/*
	 * Appositions: "Abbas Araghchi, Iran's foreign minister, said": one actor.
	 * The role the apposition gives wins over a bare country or a former
	 * official's code.
	 */
	for (k = 0; k + 1 < c->nunits; k++) {
		struct unit *a = &c->units[k], *b;
		int j = k + 1, p;
		if (a->absorbed || !a->ncodes)
			continue;
		while (j < c->nunits && c->units[j].absorbed)
			j++;
		if (j >= c->nunits)
			break;
		b = &c->units[j];
		p = a->end;
		if (!is_punct(c, p, ',') || !(a->nag || b->nag) || !b->ncodes || a->listed)
			continue; /* "Russian, French and German ministers" is a list */
		p++;
		while ((size_t)p < c->n && (c->fc[p] & FC_DET))
			p++;
		if (party_mark(c, p))
			p += 2; /* "Deb Fischer, R-Neb.," */
		if (p != b->start || (size_t)b->end >= c->n ||
		    !(is_punct(c, b->end, ',') || is_boundary(c, b->end)))
			continue;
		if (vague_code(a->codes[0]) && !vague_code(b->codes[0])) {
			memcpy(a->codes, b->codes, sizeof(a->codes));
			a->ncodes = b->ncodes;
		}
		b->absorbed = 1;
		a->end = b->end;
		for (i = a->start; i < a->end; i++)
			c->unit_of[i] = (int16_t)k;
		k = j;
	}
	for (k = 0; k < c->nunits; k++)
		c->units[k].national = (uint8_t)national_person(c, &c->units[k]);
	if (c->d->flags & DICT_F_OPEN) {
		join_nationals(c);
		counterparts(c);
	}
	if (c->d->flags & DICT_F_OPEN) {
		if (c->learn_names) {
			coder_learn_names(c);
			learn_holders(c);
			learn_party_members(c);
			learn_nationals(c);
			learn_placed_firms(c);
		}
		if (c->use_roles)
			role_memory(c);
	}
	if (c->d->flags & DICT_F_OPEN) {
		/* "the police", "striking teachers": the document's country, or the one
		 * country where the sentence says it happens */
		int32_t dc, pl;
		doc_tally(c);
		dc = home_country(c);
		pl = sentence_place(c);
		for (k = 0; k < c->nunits; k++) {
			struct unit *u = &c->units[k];
			int32_t a = dc, up;
			int home;
			if (u->has_actor || u->absorbed || !u->nag || u->ncodes)
				continue;
			if ((up = sender_country(c, u)) >= 0) {
				u->actor = up; /* "troops deployed by Turkey": Turkey's */
				coder_unit_recode(c, u);
				u->actor = -1;
				u->sent = 1;
				continue;
			}
			if (foreign_unit(c, u)) {
				u->foreign = 1;
				continue;
			}
			if (a >= 0 && agency_agents(u) && partner_country_only(c, a, u))
				a = -1;
			if (a >= 0 && rel_country_only(c, a))
				a = -1; /* "police arrested a man who had fought in Syria" */
			home = home_agents(c, u);
			if (a < 0 && home)
				a = c->doc_home; /* a part of the document that names no country:
						  * "the sheriff's office" of a page about Ohio
						  * and Texas */
			if (home && (up = pl >= 0 ? pl : unit_place(c, u)) >= 0)
				a = up; /* "a judge rejected ... at a court in London" */
			if (a < 0)
				continue;
			if (u->start > 0 && (c->fc[u->start - 1] & FC_POSS))
				continue; /* "its embassy": the pronoun's, not the document's */
			if (indefinite_unit(c, u) && agent_position(c, u) &&
			    (is_tok(c, u->end, "in") || is_tok(c, u->end, "at")))
				continue; /* "a judge in Lisbon rejected": one person somewhere,
					   * no body of the document's country */
			if (indefinite_unit(c, u) && private_agent(c, u))
				continue; /* "accused of fraud by a woman": one private person,
					   * no actor of the document's country */
			u->actor = a;
			coder_unit_recode(c, u);
			u->actor = -1;
			u->docfill = 1;
		}
		for (k = 0; k < c->nunits; k++)
			if (faction_unit(&c->units[k]))
				c->doc_factions = 1;
		pair_units(c);
	}
}

/*
 * The next word of text[*i, end), lowercased into w (letters only, cut at size - 1): its
 * length, or 0 at the end or at a mark that closes a phrase (",", ";", ":", ".", a
 * bracket or a quotation mark) before it.
 */
static size_t phrase_word(const char *text, size_t *i, size_t end, char *w, size_t size)
{
	size_t n = 0;
	while (*i < end && !((text[*i] | 0x20) >= 'a' && (text[*i] | 0x20) <= 'z')) {
		if (strchr(",;:.()[]\"", text[*i]))
			return 0;
		(*i)++;
	}
	while (*i < end && ((text[*i] | 0x20) >= 'a' && (text[*i] | 0x20) <= 'z')) {
		if (n + 1 < size)
			w[n++] = (char)(text[*i] | 0x20);
		(*i)++;
	}
	w[n] = 0;
	return n;
}

/* The kinds of deed a noun names back ("condemned the strikes"), by the CAMEO roots of
 * the events it may stand for; DEED_MEET, DEED_PACT and DEED_DRILL are deeds of two
 * sides, aimed at both. */
enum {
	DEED_FORCE,
	DEED_LAW,
	DEED_MEASURE,
	DEED_WORDS,
	DEED_MEET,
	DEED_PACT,
	DEED_DRILL,
	DEED_ANY,
	DEED_REPLY, /* what a retaliation answers: a deed done to the one who retaliates */
	DEED_HOLD   /* a hold on people or goods, or its end: "the release" */
};
static const char *const deed_roots[] = {
	[DEED_FORCE] = "18 19 20",
	[DEED_LAW] = "11 17 18",
	[DEED_MEASURE] = "16 17 19",
	[DEED_WORDS] = "10 11 13",
	[DEED_MEET] = "04",
	[DEED_PACT] = "03 05 06",
	[DEED_DRILL] = "06 15",
	[DEED_ANY] = "03 05 06 07 08 15 16 17 18 19 20",
	[DEED_REPLY] = "16 17 18 19 20",
	[DEED_HOLD] = "08 17 18",
};
static const struct deed_noun {
	const char *w;
	int kind;
} deed_nouns[] = {
	{ "attack", DEED_FORCE },
	{ "attacks", DEED_FORCE },
	{ "strike", DEED_FORCE },
	{ "strikes", DEED_FORCE },
	{ "airstrike", DEED_FORCE },
	{ "airstrikes", DEED_FORCE },
	{ "bombing", DEED_FORCE },
	{ "bombings", DEED_FORCE },
	{ "bombardment", DEED_FORCE },
	{ "shelling", DEED_FORCE },
	{ "raid", DEED_FORCE },
	{ "raids", DEED_FORCE },
	{ "offensive", DEED_FORCE },
	{ "invasion", DEED_FORCE },
	{ "incursion", DEED_FORCE },
	{ "assault", DEED_FORCE },
	{ "killing", DEED_FORCE },
	{ "killings", DEED_FORCE },
	{ "launch", DEED_FORCE },
	{ "launches", DEED_FORCE },
	{ "operation", DEED_FORCE },
	{ "occupation", DEED_FORCE },
	{ "shooting", DEED_FORCE },
	{ "shootings", DEED_FORCE },
	{ "seizure", DEED_LAW },
	{ "seizures", DEED_LAW },
	{ "kidnapping", DEED_LAW },
	{ "abduction", DEED_LAW },
	{ "execution", DEED_LAW },
	{ "executions", DEED_LAW },
	{ "capture", DEED_ANY },
	{ "release", DEED_HOLD },
	{ "arrest", DEED_LAW },
	{ "arrests", DEED_LAW },
	{ "detention", DEED_LAW },
	{ "verdict", DEED_LAW },
	{ "sentence", DEED_LAW },
	{ "sentencing", DEED_LAW },
	{ "ruling", DEED_LAW },
	{ "conviction", DEED_LAW },
	{ "crackdown", DEED_LAW },
	{ "deportation", DEED_LAW },
	{ "sanctions", DEED_MEASURE },
	{ "measures", DEED_MEASURE },
	{ "restrictions", DEED_MEASURE },
	{ "ban", DEED_MEASURE },
	{ "expulsion", DEED_MEASURE },
	{ "expulsions", DEED_MEASURE },
	{ "tariffs", DEED_MEASURE },
	{ "blockade", DEED_MEASURE },
	{ "accusation", DEED_WORDS },
	{ "accusations", DEED_WORDS },
	{ "allegation", DEED_WORDS },
	{ "allegations", DEED_WORDS },
	{ "claim", DEED_WORDS },
	{ "claims", DEED_WORDS },
	{ "charge", DEED_WORDS },
	{ "charges", DEED_WORDS },
	{ "remarks", DEED_WORDS },
	{ "comments", DEED_WORDS },
	{ "demand", DEED_WORDS },
	{ "demands", DEED_WORDS },
	{ "threat", DEED_WORDS },
	{ "threats", DEED_WORDS },
	{ "warning", DEED_WORDS },
	{ "ultimatum", DEED_WORDS },
	{ "meeting", DEED_MEET },
	{ "talks", DEED_MEET },
	{ "visit", DEED_MEET },
	{ "summit", DEED_MEET },
	{ "pact", DEED_PACT },
	{ "deal", DEED_PACT },
	{ "agreement", DEED_PACT },
	{ "accord", DEED_PACT },
	{ "treaty", DEED_PACT },
	{ "drills", DEED_DRILL },
	{ "exercises", DEED_DRILL },
	{ "decision", DEED_ANY },
	{ "move", DEED_ANY },
	{ "step", DEED_ANY },
	{ "plan", DEED_ANY },
	{ "action", DEED_ANY },
};

/*
 * The deed noun a reaction names right after its verb, "condemned the strikes",
 * "rejected these accusations", "criticised the new measures" (a determiner, at most two
 * words, the noun; not a noun whose doer follows, "the strikes by Israel"): its kind, or
 * -1.
 */
static int named_back_deed(const char *text, const struct event *e)
{
	static const char *const dets[] = { "the",  "this",  "these", "those", "that",
					    "such", "their", "its",   "his",   "her" };
	size_t i = e->v_off + e->v_len, end = e->s_off + e->s_len, k;
	char w[24];
	int words;
	if (!phrase_word(text, &i, end, w, sizeof(w)) || !STR_AMONG(w, dets))
		return -1;
	for (words = 0; words < 3 && phrase_word(text, &i, end, w, sizeof(w)); words++) {
		if (!strcmp(w, "own"))
			return -1; /* "criticised its own decision": no one else's */
		for (k = 0; k < sizeof(deed_nouns) / sizeof(deed_nouns[0]); k++) {
			if (strcmp(w, deed_nouns[k].w))
				continue;
			if (phrase_word(text, &i, end, w, sizeof(w)) && !strcmp(w, "by"))
				return -1;
			return deed_nouns[k].kind;
		}
	}
	return -1;
}

/*
 * Whether the verb of event `e` or the four words after it name a retaliation: "vowed to
 * retaliate", "vowed revenge", "struck back in reprisal".
 */
static int retaliation(const char *text, const struct event *e)
{
	static const char *const words[] = {
		"retaliate",   "retaliated",  "retaliates", "retaliating",
		"retaliation", "retaliatory", "revenge",    "avenge",
		"avenged",     "reprisal",    "reprisals",
	};
	size_t i = e->v_off, end = e->s_off + e->s_len, verb_end = e->v_off + e->v_len;
	char w[24];
	int after = 0;
	while (after < 4 && phrase_word(text, &i, end, w, sizeof(w))) {
		if (STR_AMONG(w, words))
			return 1;
		if (i > verb_end)
			after++;
	}
	return 0;
}

/* a copy of event `e` aimed at `tgt`, put right after it (out->v moves) */
static int aim_copy(struct event_list *out, size_t e, const char *tgt)
{
	if (ARRAY_GROW(out->v, out->n, out->alloc) < 0)
		return -ERR_NOMEM;
	memmove(&out->v[e + 2], &out->v[e + 1], (out->n - e - 1) * sizeof(*out->v));
	out->v[e + 1] = out->v[e];
	snprintf(out->v[e + 1].target, sizeof(out->v[e + 1].target), "%.3s", tgt);
	out->n++;
	return 0;
}

/* the reaction `r` (its source) aimed at country `tgt` already, or `tgt` is its own
 * source's country */
static int aimed_at(const struct event_list *out, size_t from, const struct event *r,
		    const char *tgt)
{
	size_t k;
	if (!tgt[0] || !strncmp(tgt, r->source, 3))
		return 1;
	for (k = from; k < out->n; k++)
		if (out->v[k].sentence == r->sentence && out->v[k].v_off == r->v_off &&
		    !strcmp(out->v[k].source, r->source) && !strncmp(out->v[k].target, tgt, 3) &&
		    !strcmp(out->v[k].code, r->code))
			return 1;
	return 0;
}

#define DEED_SIDES 4

/* event `a` is a deed that the noun of kind `kind` reacted to in `e` may stand for: of
 * one of its roots (not praise for any deed), neither negated nor hypothetical, with a
 * source of another country than the reaction's */
static int deed_antecedent(const struct event *a, const struct event *e, int kind)
{
	return !a->negated && a->modality != MOD_HYPOTHETICAL && strlen(a->source) >= 3 &&
	       strncmp(a->source, e->source, 3) && strstr(deed_roots[kind], a->root) &&
	       !(kind == DEED_ANY && !strcmp(a->code, "051")) &&
	       !(kind == DEED_REPLY && strncmp(a->target, e->source, 3));
}

/* country `code` (its first three letters) added to the n sides of tg unless it is
 * there, is the reaction's own `own`, or tg is full; the count */
static size_t add_side(char tg[][4], size_t n, const char *code, const char *own)
{
	size_t k;
	if (strlen(code) < 3 || !strncmp(code, own, 3) || n == DEED_SIDES)
		return n;
	for (k = 0; k < n; k++)
		if (!strncmp(tg[k], code, 3))
			return n;
	snprintf(tg[n], 4, "%.3s", code);
	return n + 1;
}

/*
 * A reaction with no target whose object names a deed back, "Lebanon condemned the
 * strikes", "Estonia rejected the accusation", "China criticised the meeting", is aimed
 * at the doers of that deed: the sources of the events of the verb of the latest event
 * before it, in its sentence or the three before, of a root the noun may name
 * (deed_nouns), whose source is of another country than the reaction's, not of the
 * reaction's own verb; a deed of two sides (a meeting, a pact) at both its sides. Only
 * praise (051), criticism (11), rejection (12, not a norm defied, 128) and protest (14);
 * deeds neither negated nor hypothetical; a demand or appeal (10, 02) only for "the
 * release" (of what the doer holds). So is a threat, a show of force, a sanction or
 * force (13, 15-20) that names a retaliation ("Moscow vowed to retaliate"), at the doers
 * of the latest sanction or force (16-20) done to the retaliating country. Events of `out`
 * from `from` on.
 */
int coder_deed_targets(const char *text, struct event_list *out, size_t from)
{
	size_t i;
	for (i = from; i < out->n; i++) {
		struct event *e = &out->v[i];
		size_t k, j, n = 0, at = 0;
		int kind, rc, both;
		char tg[DEED_SIDES][4];
		if (e->target[0] || strlen(e->source) < 3)
			continue;
		if (!strcmp(e->code, "051") || !strcmp(e->root, "11") ||
		    (!strcmp(e->root, "12") && strncmp(e->code, "128", 3)) ||
		    !strcmp(e->root, "14"))
			kind = named_back_deed(text, e);
		else if (!strcmp(e->root, "10") || !strcmp(e->root, "02"))
			/* "Britain demanded its release": of the one who holds it */
			kind = (kind = named_back_deed(text, e)) == DEED_HOLD ? kind : -1;
		else if (strstr("13 15 16 17 18 19 20", e->root) && retaliation(text, e))
			kind = DEED_REPLY;
		else
			kind = -1;
		if (kind < 0)
			continue;
		both = kind == DEED_MEET || kind == DEED_PACT || kind == DEED_DRILL;
		for (k = i; k-- > from && !n;) {
			const struct event *a = &out->v[k];
			if (a->sentence + 3 < e->sentence)
				break;
			/* not a reaction beside it, of the same verb: "Russia and the EU backed
			 * the deal" */
			if ((a->sentence == e->sentence && a->v_off == e->v_off) ||
			    !deed_antecedent(a, e, kind))
				continue;
			/* the deed's verb: every event it gave ("Saudi Arabia and Egypt cut ties
			 * with Qatar, accusing it ...") */
			at = k;
			while (at > from && out->v[at - 1].sentence == a->sentence &&
			       out->v[at - 1].v_off == a->v_off)
				at--;
			for (j = at; j < out->n && out->v[j].sentence == a->sentence &&
				     out->v[j].v_off == a->v_off;
			     j++) {
				if (!deed_antecedent(&out->v[j], e, kind))
					continue;
				n = add_side(tg, n, out->v[j].source, e->source);
				if (both)
					n = add_side(tg, n, out->v[j].target, e->source);
			}
		}
		if (!n)
			continue;
		snprintf(e->target, sizeof(e->target), "%s", tg[0]);
		for (j = 1; j < n; j++)
			if (!aimed_at(out, from, &out->v[i], tg[j])) {
				if ((rc = aim_copy(out, i, tg[j])) < 0)
					return rc;
				i++;
			}
	}
	return 0;
}
