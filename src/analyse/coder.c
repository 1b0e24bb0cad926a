/*
 * coder.c: the event coder (see coder.h for what it does).
 *
 * Per sentence, in order:
 *   1. look up each token (exact word, or stem + suffix for stems that allow it);
 *   2. one left-to-right walk of the phrase trie: longest match at each token
 *      becomes a span (actor, agent, verb or discard);
 *   3. actor units: a country/organisation and its role nouns ("Arnor's foreign
 *      minister"), "and"-shared countries ("Danish media and government"),
 *      "officials in Arnor and Gondor";
 *   4. each verb: noun or verb by its neighbours; auxiliaries (tense, passive,
 *      negation, modality); subject to the left, object to the right; the best
 *      of its patterns; events for every source x target pair;
 *   5. reported speech: a statement whose complement holds an event gives way
 *      to that event; discards drop a sentence or a document.
 *
 * The steps live in files of their own (coder_internal.h is what they share):
 *   coder_spans.c     tokens to spans: the phrase trie, verb or noun, names (1, 2)
 *   coder_units.c     spans to actor units, and the document's memory of actors (3)
 *   coder_args.c      a verb's subject and object: relative clauses, appositions,
 *                     pronouns, speakers (4)
 *   coder_patterns.c  a verb's patterns matched against the words after it (4)
 *   coder_events.c    an event refined and pushed to the output (4)
 *   coder_mood.c      negation, tense and modality: hypotheticals, intents, demands (4)
 *   coder_roles.c     who did it to whom where the patterns leave it open (4)
 *   coder_verbs.c     each verb coded: coder_code_verb, the demands it calls for (4)
 *   coder_nominal.c   nominal events: "the Iranian shelling of Herat" (4)
 *   coder_speech.c    denials, quotations, reported breaches and obligations (5)
 * This file holds the public entry points and the per-sentence pipeline.
 */
#include "analyse/coder.h"

#include "analyse/coder_internal.h"

#include "util/banned.h"

struct fword {
	const char *w;
	uint32_t cls;
};

static const struct fword fwords[] = {
	{ "the", FC_DET },
	{ "a", FC_DET },
	{ "an", FC_DET },
	{ "this", FC_DET },
	{ "these", FC_DET },
	{ "those", FC_DET },
	{ "its", FC_POSS },
	{ "their", FC_POSS },
	{ "his", FC_POSS },
	{ "her", FC_POSS },
	{ "our", FC_POSS },
	{ "my", FC_POSS },
	{ "your", FC_POSS },
	{ "and", FC_CONJ },
	{ "or", FC_CONJ },
	{ "nor", FC_CONJ },
	{ "&", FC_CONJ },
	{ "but", FC_CONJ },
	{ "in", FC_PREP | FC_LOC },
	{ "at", FC_PREP },
	{ "on", FC_PREP },
	{ "from", FC_PREP },
	{ "by", FC_PREP },
	{ "with", FC_PREP },
	{ "to", FC_PREP | FC_TO },
	{ "of", FC_PREP },
	{ "for", FC_PREP },
	{ "against", FC_PREP },
	{ "into", FC_PREP },
	{ "over", FC_PREP },
	{ "near", FC_PREP | FC_LOC },
	{ "during", FC_PREP },
	{ "between", FC_PREP },
	{ "among", FC_PREP },
	{ "toward", FC_PREP },
	{ "towards", FC_PREP },
	{ "across", FC_PREP | FC_LOC },
	{ "about", FC_PREP },
	{ "under", FC_PREP },
	{ "within", FC_PREP | FC_LOC },
	{ "without", FC_PREP },
	{ "upon", FC_PREP },
	{ "via", FC_PREP },
	{ "through", FC_PREP },
	{ "amid", FC_PREP },
	{ "along", FC_PREP },
	{ "inside", FC_PREP | FC_LOC },
	{ "outside", FC_PREP | FC_LOC },
	{ "throughout", FC_PREP | FC_LOC },
	{ "despite", FC_PREP },
	{ "like", FC_PREP },
	{ "unlike", FC_PREP },
	{ "onto", FC_PREP },
	{ "off", FC_PREP },
	{ "be", FC_BE },
	{ "is", FC_BE },
	{ "are", FC_BE },
	{ "was", FC_BE },
	{ "were", FC_BE },
	{ "been", FC_BE },
	{ "being", FC_BE },
	{ "am", FC_BE },
	{ "get", FC_BE },
	{ "got", FC_BE },
	{ "has", FC_HAVE },
	{ "have", FC_HAVE },
	{ "had", FC_HAVE },
	{ "having", FC_HAVE },
	{ "do", FC_DO },
	{ "does", FC_DO },
	{ "did", FC_DO },
	{ "will", FC_MODFUT },
	{ "would", FC_MODFUT },
	{ "shall", FC_MODFUT },
	{ "wo", FC_MODFUT },
	{ "could", FC_MODHYP },
	{ "might", FC_MODHYP },
	{ "may", FC_MODHYP },
	{ "can", FC_MODHYP },
	{ "ca", FC_MODHYP },
	{ "should", FC_MODDEM },
	{ "must", FC_MODDEM },
	{ "ought", FC_MODDEM },
	{ "not", FC_NEG },
	{ "n't", FC_NEG },
	{ "never", FC_NEG | FC_ADV },
	{ "which", FC_REL },
	{ "who", FC_REL },
	{ "whom", FC_REL },
	{ "whose", FC_REL },
	{ "that", FC_THAT },
	{ "after", FC_SUBORD },
	{ "when", FC_SUBORD },
	{ "while", FC_SUBORD },
	{ "because", FC_SUBORD },
	{ "although", FC_SUBORD },
	{ "though", FC_SUBORD },
	{ "before", FC_SUBORD },
	{ "until", FC_SUBORD },
	{ "whereas", FC_SUBORD },
	{ "since", FC_SUBORD },
	{ "if", FC_HYP | FC_SUBORD },
	{ "unless", FC_HYP | FC_SUBORD },
	{ "whether", FC_HYP | FC_SUBORD },
	{ "he", FC_PRON },
	{ "she", FC_PRON },
	{ "it", FC_PRON },
	{ "they", FC_PRON },
	{ "we", FC_PRON },
	{ "i", FC_PRON },
	{ "also", FC_ADV },
	{ "them", FC_OBJPRON },
	{ "him", FC_OBJPRON },
	{ "us", FC_OBJPRON },
	{ "me", FC_OBJPRON },
	{ "again", FC_ADV },
	{ "already", FC_ADV },
	{ "now", FC_ADV },
	{ "then", FC_ADV },
	{ "still", FC_ADV },
	{ "just", FC_ADV },
	{ "once", FC_ADV },
	{ "ever", FC_ADV },
	{ "even", FC_ADV },
	{ "most", FC_ADV },
	{ "later", FC_ADV },
	{ "earlier", FC_ADV },
	{ "reportedly", FC_ADV },
	{ "allegedly", FC_ADV },
	{ "jointly", FC_ADV },
	{ "soon", FC_ADV },
	{ "yet", FC_ADV },
	{ "only", FC_ADV },
	{ "first", FC_ADV },
	{ "otherwise", FC_ADV },
	{ "long", FC_ADV }, /* "have long refused" */
	{ "further", FC_ADV },
	{ "today", FC_ADV }, /* "Iran today condemns" */
	{ "tonight", FC_ADV },
	{ "today", FC_ADV }, /* "Iran today condemns" */
	{ "tonight", FC_ADV },
	{ "plans", FC_GOVFUT },
	{ "plan", FC_GOVFUT },
	{ "planned", FC_GOVFUT },
	{ "planning", FC_GOVFUT },
	{ "intends", FC_GOVFUT },
	{ "intend", FC_GOVFUT },
	{ "intended", FC_GOVFUT },
	/* "are expected to sign": someone else's expectation, no intent */
	{ "expected", FC_GOVHYP },
	{ "set", FC_GOVFUT },
	{ "going", FC_GOVFUT },
	{ "about", FC_PREP | FC_GOVFUT },
	{ "vowed", FC_GOVFUT | FC_SAY | FC_VOW },
	{ "vows", FC_GOVFUT | FC_SAY | FC_VOW },
	{ "pledged", FC_GOVFUT | FC_SAY | FC_VOW },
	{ "pledges", FC_GOVFUT | FC_SAY | FC_VOW },
	{ "promised", FC_GOVFUT | FC_SAY | FC_VOW },
	{ "promises", FC_GOVFUT | FC_SAY | FC_VOW },
	{ "threatened", FC_GOVFUT | FC_VOW },
	{ "threatens", FC_GOVFUT | FC_VOW },
	{ "threatening", FC_GOVFUT | FC_VOW },
	{ "considering", FC_WEIGH },
	{ "considers", FC_WEIGH },
	{ "considered", FC_WEIGH },
	{ "consider", FC_WEIGH },
	{ "weighing", FC_WEIGH },
	{ "mulling", FC_WEIGH },
	{ "contemplating", FC_WEIGH },
	{ "agreed", FC_GOVFUT | FC_DECIDE },
	{ "agree", FC_GOVFUT | FC_DECIDE },
	{ "decided", FC_GOVFUT | FC_DECIDE },
	{ "ready", FC_GOVFUT },
	{ "prepared", FC_GOVFUT },
	{ "seeks", FC_GOVFUT },
	{ "sought", FC_GOVFUT },
	{ "aims", FC_GOVFUT },
	{ "willing", FC_GOVFUT },
	{ "willingness", FC_GOVFUT },
	{ "readiness", FC_GOVFUT },
	{ "intention", FC_GOVFUT },
	{ "offers", FC_GOVFUT },
	{ "offering", FC_GOVFUT },
	{ "committed", FC_GOVFUT },
	{ "determined", FC_GOVFUT },
	{ "offered", FC_GOVFUT },
	{ "vow", FC_GOVFUT | FC_VOW },
	{ "threaten", FC_GOVFUT | FC_VOW },
	/* "reserved the right to retaliate": force kept in hand, a threat; anything
	 * else reserved is not done yet ("reserves the right to appeal") */
	{ "reserve", FC_GOVHYP | FC_VOW },
	{ "reserves", FC_GOVHYP | FC_VOW },
	{ "reserved", FC_GOVHYP | FC_VOW },
	{ "want", FC_GOVHYP },
	{ "wants", FC_GOVHYP },
	{ "wanted", FC_GOVHYP },
	{ "wanting", FC_GOVHYP },
	{ "hope", FC_GOVHYP },
	{ "hopes", FC_GOVHYP },
	{ "hoped", FC_GOVHYP },
	{ "hoping", FC_GOVHYP },
	{ "wish", FC_GOVHYP },
	{ "wishes", FC_GOVHYP },
	{ "wished", FC_GOVHYP },
	{ "eager", FC_GOVHYP },
	{ "keen", FC_GOVHYP },
	{ "likely", FC_GOVHYP },
	{ "unlikely", FC_GOVHYP },
	{ "try", FC_CTRL },
	{ "tries", FC_CTRL },
	{ "tried", FC_CTRL },
	{ "trying", FC_CTRL },
	{ "attempted", FC_CTRL },
	{ "attempting", FC_CTRL },
	{ "manage", FC_CTRL },
	{ "managed", FC_CTRL },
	{ "moved", FC_CTRL },
	{ "moves", FC_CTRL },
	{ "begin", FC_CTRL },
	{ "began", FC_CTRL },
	{ "begun", FC_CTRL },
	{ "begins", FC_CTRL },
	{ "start", FC_CTRL },
	{ "started", FC_CTRL },
	{ "starts", FC_CTRL },
	{ "continue", FC_CTRL },
	{ "continued", FC_CTRL },
	{ "continues", FC_CTRL },
	/* "is fighting to keep the plant open", "battled to win the seat": an
	 * effort towards the infinitive, no fight */
	{ "fight", FC_CTRL },
	{ "fights", FC_CTRL },
	{ "fought", FC_CTRL },
	{ "fighting", FC_CTRL },
	{ "battle", FC_CTRL },
	{ "battles", FC_CTRL },
	{ "battled", FC_CTRL },
	{ "battling", FC_CTRL },
	{ "struggle", FC_CTRL },
	{ "struggles", FC_CTRL },
	{ "struggled", FC_CTRL },
	{ "struggling", FC_CTRL },
	{ "order", FC_PURPOSE }, /* "in order to" */
	{ "attempt", FC_PURPOSE },
	{ "attempts", FC_PURPOSE },
	{ "bid", FC_PURPOSE },
	{ "effort", FC_PURPOSE },
	{ "efforts", FC_PURPOSE },
	{ "move", FC_PURPOSE },
	{ "mission", FC_GOVHYP }, /* "a mission to recover": its aim */
	{ "measures", FC_GOVHYP },
	{ "steps", FC_GOVHYP },
	{ "need", FC_GOVHYP },
	{ "needs", FC_GOVHYP },
	{ "needed", FC_GOVHYP },
	/* "training rebels to fight", "a prosecutor entrusted to investigate": an
	 * actor readied or charged to act has not acted yet */
	{ "train", FC_GOVHYP },
	{ "trains", FC_GOVHYP },
	{ "trained", FC_GOVHYP },
	{ "training", FC_GOVHYP },
	{ "entrusted", FC_GOVHYP },
	{ "tasked", FC_GOVHYP },
	/* "allows Turkish firms to sell drones": a permission asserts no act */
	{ "allow", FC_GOVHYP },
	{ "allows", FC_GOVHYP },
	{ "allowed", FC_GOVHYP },
	{ "allowing", FC_GOVHYP },
	{ "permit", FC_GOVHYP },
	{ "permits", FC_GOVHYP },
	{ "permitted", FC_GOVHYP },
	{ "permitting", FC_GOVHYP },
	{ "enable", FC_GOVHYP },
	{ "enables", FC_GOVHYP },
	{ "enabled", FC_GOVHYP },
	{ "enabling", FC_GOVHYP },
	{ "authorised", FC_GOVHYP },
	{ "authorized", FC_GOVHYP },
	/* "accused of conspiring to hack", "a plot to kill": the aim of a plot */
	{ "conspire", FC_GOVHYP },
	{ "conspired", FC_GOVHYP },
	{ "conspiring", FC_GOVHYP },
	{ "conspiracy", FC_GOVHYP },
	{ "plotting", FC_GOVHYP },
	{ "plotted", FC_GOVHYP },
	{ "plot", FC_GOVHYP },
	{ "said", FC_SAY },
	{ "says", FC_SAY },
	{ "say", FC_SAY },
	{ "saying", FC_SAY },
	{ "tell", FC_GOVDEM | FC_SAY }, /* "did not tell Iraq to": the act only asked */
	{ "tells", FC_GOVDEM | FC_SAY },
	{ "telling", FC_GOVDEM },
	{ "announced", FC_SAY },
	{ "announces", FC_SAY },
	{ "added", FC_SAY },
	{ "stated", FC_SAY },
	{ "declared", FC_SAY },
	{ "insisted", FC_SAY },
	{ "warned", FC_SAY },
	{ "warns", FC_SAY },
	{ "confirmed", FC_SAY },
	{ "claimed", FC_SAY },
	{ "reported", FC_SAY },
	{ "wrote", FC_SAY },
	{ "assured", FC_SAY },
	{ "indicated", FC_SAY },
	{ "indicates", FC_SAY },
	{ "noted", FC_SAY },
	{ "stressed", FC_SAY },
	{ "argued", FC_SAY },
	{ "predicted", FC_SAY },
	{ "signalled", FC_SAY },
	{ "signaled", FC_SAY },
	{ "explained", FC_SAY },
	{ "replied", FC_SAY },
	{ "revealed", FC_SAY },
	{ "disclosed", FC_SAY },
	{ "acknowledged", FC_SAY },
	{ "admitted", FC_SAY },
	{ "urged", FC_GOVDEM },
	{ "urges", FC_GOVDEM },
	{ "urge", FC_GOVDEM },
	{ "asked", FC_GOVDEM },
	{ "asks", FC_GOVDEM },
	{ "called", FC_GOVDEM },
	{ "calls", FC_GOVDEM },
	{ "demanded", FC_GOVDEM },
	{ "demands", FC_GOVDEM },
	{ "pressed", FC_GOVDEM },
	{ "pressuring", FC_GOVDEM },
	{ "pressured", FC_GOVDEM },
	{ "pressures", FC_GOVDEM },
	{ "told", FC_GOVDEM | FC_SAY },
	{ "ordered", FC_GOVDEM },
	{ "ordering", FC_GOVDEM },
	{ "orders", FC_GOVDEM }, /* "issued orders to withdraw": what is ordered is not done */
	{ "instructed", FC_GOVDEM },
	{ "instructs", FC_GOVDEM },
	{ "instruct", FC_GOVDEM },
	{ "instructing", FC_GOVDEM },
	{ "appealed", FC_GOVDEM },
	{ "encouraged", FC_GOVDEM },
	{ "urging", FC_GOVDEM }, /* "..., urging Iran to": a participle's demand */
	/* the other forms of the verbs of asking: "is calling on Iran to", "will ask Iran
	 * to", "has been pressing Iran to", "encourages Iran to" (not a noun's: "a request
	 * to Qatar to" is an aim) */
	{ "call", FC_GOVDEM },
	{ "calling", FC_GOVDEM },
	{ "ask", FC_GOVDEM },
	{ "asking", FC_GOVDEM },
	{ "pressing", FC_GOVDEM },
	{ "encourage", FC_GOVDEM },
	{ "encourages", FC_GOVDEM },
	{ "encouraging", FC_GOVDEM },
	{ "appealing", FC_GOVDEM },
	{ "pleading", FC_GOVDEM },
	{ "requested", FC_GOVDEM },
	{ "requesting", FC_GOVDEM },
	/* "the treaty requires Russia to withdraw", "is obliged to consult": an obligation
	 * asserts no deed */
	{ "require", FC_GOVDEM },
	{ "requires", FC_GOVDEM },
	{ "required", FC_GOVDEM },
	{ "requiring", FC_GOVDEM },
	{ "oblige", FC_GOVDEM },
	{ "obliges", FC_GOVDEM },
	{ "obliged", FC_GOVDEM },
	{ "obliging", FC_GOVDEM },
	{ "obligate", FC_GOVDEM },
	{ "obligates", FC_GOVDEM },
	{ "obligated", FC_GOVDEM },
	/* "was supposed to release the prisoners": expected, not done */
	{ "supposed", FC_GOVHYP },
	/* "implored Iran to", "begged them to": appeals govern what they ask for */
	{ "implore", FC_GOVDEM },
	{ "implores", FC_GOVDEM },
	{ "implored", FC_GOVDEM },
	{ "imploring", FC_GOVDEM },
	{ "beseech", FC_GOVDEM },
	{ "beseeched", FC_GOVDEM },
	{ "besought", FC_GOVDEM },
	{ "entreat", FC_GOVDEM },
	{ "entreats", FC_GOVDEM },
	{ "entreated", FC_GOVDEM },
	{ "exhort", FC_GOVDEM },
	{ "exhorts", FC_GOVDEM },
	{ "exhorted", FC_GOVDEM },
	{ "beg", FC_GOVDEM },
	{ "begs", FC_GOVDEM },
	{ "begged", FC_GOVDEM },
	{ "begging", FC_GOVDEM },
	{ "pleaded", FC_GOVDEM },
	{ "pleads", FC_GOVDEM },
	{ "plead", FC_GOVDEM },
	{ "failed", FC_NEGV },
	{ "fail", FC_NEGV },
	{ "failing", FC_NEGV }, /* "censured Iran for failing to cooperate" */
	{ "nearly", FC_NEGV },  /* "nearly went to war": did not */
	{ "almost", FC_NEGV },
	{ "fails", FC_NEGV },
	{ "refused", FC_NEGV }, /* "refused to negotiate": no negotiation */
	{ "refuses", FC_NEGV },
	{ "refusing", FC_NEGV },
	{ "refuse", FC_NEGV },
	{ "declined", FC_NEGV },
	{ "declines", FC_NEGV },
	{ "unable", FC_NEGV },
	{ "both", FC_LIST },
	{ "either", FC_LIST },
	{ "neither", FC_LIST },
};

int coder_new(struct coder **out, const struct dict *dict, struct error *err)
{
	struct coder *c = calloc(1, sizeof(*c));
	size_t i;
	if (!c)
		return error_nomem(err);
	c->d = dict;
	c->syn_reproach = dict_synset(dict, "&REPROACH");
	c->syn_acclaim = dict_synset(dict, "&ACCLAIM");
	c->syn_claims = dict_synset(dict, "&ASSERTIONS");
	c->syn_untrue = dict_synset(dict, "&UNTRUE");
	c->syn_deeds = dict_synset(dict, "&DEEDS");
	if (dict_new(&c->fw, err) < 0) {
		free(c);
		return -ERR_NOMEM;
	}
	for (i = 0; i < sizeof(fwords) / sizeof(fwords[0]); i++) {
		int32_t id = dict_intern(c->fw, fwords[i].w, strlen(fwords[i].w));
		if (id < 0) {
			coder_free(c);
			return error_nomem(err);
		}
		c->fw->wflags[id] |= fwords[i].cls;
	}
	/* the halting nouns, words of fw too, so that the one lookup of each token
	 * tells them (their FC_* flags are those they have as function words) */
	c->fw_halt = calloc(c->fw->nwords + coder_n_halting_nouns, 1);
	if (!c->fw_halt) {
		coder_free(c);
		return error_nomem(err);
	}
	for (i = 0; i < coder_n_halting_nouns; i++) {
		int32_t id =
			dict_intern(c->fw, coder_halting_nouns[i], strlen(coder_halting_nouns[i]));
		if (id < 0) {
			coder_free(c);
			return error_nomem(err);
		}
		c->fw_halt[id] = 1;
	}
	for (i = 0; i < dict->nagents && !c->leg; i++)
		if (!strcmp(dict->agents[i].code, "LEG") && !dict->agents[i].prefix)
			c->leg = &dict->agents[i];
	for (i = 0; i < dict->nagents && !c->bus; i++)
		if (!strcmp(dict->agents[i].code, "BUS") && !dict->agents[i].prefix)
			c->bus = &dict->agents[i];
	*out = c;
	return 0;
}

void coder_free(struct coder *c)
{
	if (!c)
		return;
	dict_free(c->fw);
	free(c->fw_halt);
	free(c->prep_wid);
	free(c->prep_alt);
	free(c->prep_fc);
	free(c->prep_haltn);
	free(c);
}

const char *modality_name(int m)
{
	switch (m) {
	case MOD_FUTURE: return "future";
	case MOD_HYPOTHETICAL: return "hypothetical";
	case MOD_DEMANDED: return "demanded";
	}
	return "asserted";
}

void event_list_release(struct event_list *l)
{
	free(l->v);
	arena_release(&l->arena);
	memset(l, 0, sizeof(*l));
}

int event_counted(const struct event *e)
{
	return !e->negated && e->modality != MOD_HYPOTHETICAL && e->modality != MOD_DEMANDED;
}

size_t event_list_type_sentences(const struct event_list *l, const char *plover)
{
	size_t k, n = 0;
	uint32_t last = 0;
	for (k = 0; k < l->n; k++) {
		const struct event *e = &l->v[k];
		if (!event_counted(e) || !e->plover || !plover || strcmp(e->plover, plover))
			continue;
		if (n && e->sentence == last)
			continue;
		last = e->sentence;
		n++;
	}
	return n;
}

/*
 * Clauses, for dates: a relative clause ("refugees who fled the invasion of
 * 1979") runs from its pronoun to the next comma, then the clause around it
 * goes on; a subordinate or "that" clause ("after ...", "said that ...")
 * runs to the end of the sentence ("that day" opens none). Each gets its own number.
 */
/* the nouns of a time that "that" points back to ("on that day in 1998"): no clause opens */
static const char *const that_time[] = { "day",    "night",   "morning", "afternoon", "evening",
					 "week",   "weekend", "month",   "year",      "time",
					 "summer", "winter",  "spring",  "autumn" };

static void mark_clauses(struct coder *c)
{
	int16_t cur = 0, outer = 0, next = 1;
	int in_rel = 0, verb = 0;
	size_t i;
	for (i = 0; i < c->n; i++) {
		/* "condemned the move announced on Monday": a participle after a noun,
		 * once the clause has its verb, is a relative clause */
		int reduced = verb && i > 0 && !in_rel && (c->d->flags & DICT_F_OPEN) &&
			      c->t[i].kind == TOK_WORD && c->t[i].nlen >= 4 &&
			      !strcmp(c->t[i].norm + c->t[i].nlen - 2, "ed") &&
			      c->t[i - 1].kind == TOK_WORD && c->unit_of[i - 1] < 0 &&
			      !c->is_verb[i - 1] && !(c->t[i - 1].flags & TOKF_CAP) &&
			      !(c->fc[i - 1] & ~(FC_PURPOSE | FC_GOVHYP | FC_GOVFUT)) &&
			      !(c->fc[i] & ~FC_SAY);
		if (c->is_verb[i] || (c->fc[i] & FC_SAY))
			verb = 1;
		/* ", attacked ...": the relative clause is over; ", the civil war of
		 * the 1990s": a list inside it goes on */
		if (in_rel && (is_punct(c, (int)i, ';') ||
			       (is_punct(c, (int)i, ',') && i + 1 < c->n &&
				(c->is_verb[i + 1] ||
				 (c->fc[i + 1] & (FC_BE | FC_HAVE | FC_DO | FC_MODAL)))))) {
			cur = outer;
			in_rel = 0;
		}
		if (((c->fc[i] & FC_REL) || reduced) && !in_rel && next < INT16_MAX) {
			outer = cur;
			cur = next++;
			in_rel = 1;
		} else if ((c->fc[i] & (FC_SUBORD | FC_THAT)) && next < INT16_MAX &&
			   !(is_tok(c, (int)i, "that") && TOK_IN(c, (int)i + 1, that_time))) {
			cur = next++;
			outer = cur;
			in_rel = 0;
			verb = 0;
		}
		c->clause_of[i] = cur;
	}
}

/* ---- dates the text gives from another: datelines, "the next day" ---- */

/*
 * "KABUL, March 3 (Reuters) - ...": a dateline's day is the day the report was filed,
 * so the text's "yesterday" and "on Monday" count from it. A place in capitals, a
 * comma, a month and day (and year), a news agency in brackets, a dash, opening the
 * paragraph of sentence si. Sets *day and returns the dateline's tokens; 0 where there
 * is none, or where its day is more than two days after the reference.
 */
static uint32_t dateline(const struct text_doc *doc, size_t si, const struct date_val *ref,
			 struct date_val *day)
{
	const struct token *t;
	struct date_mention m;
	uint32_t n, i = 0, j;
	if (si >= doc->nsent || !ref->y ||
	    (si > 0 && doc->sents[si - 1].para == doc->sents[si].para))
		return 0;
	t = doc->toks + doc->sents[si].first;
	n = doc->sents[si].ntok;
	while (i < n && i < 4 && t[i].kind == TOK_WORD && (t[i].flags & TOKF_ALLCAPS) &&
	       t[i].nlen >= 2)
		i++;
	if (!i || i + 2 >= n || t[i].kind != TOK_PUNCT || t[i].norm[0] != ',')
		return 0;
	i++;
	/* a month and day, not a weekday: the text names the month */
	if (dates_find(t + i, n - i < 6 ? n - i : 6, ref, &m, 1) != 1 || m.first != 0 ||
	    m.v.prec != DP_DAY || !(m.yearless || m.absolute))
		return 0;
	j = i + m.end;
	if (j < n && t[j].kind == TOK_PUNCT && t[j].norm[0] == '(') {
		uint32_t k = j + 1;
		while (k < n && k < j + 6 && !(t[k].kind == TOK_PUNCT && t[k].norm[0] == ')'))
			k++;
		if (k >= n || k == j + 6)
			return 0;
		j = k + 1;
	}
	if (j >= n || t[j].kind != TOK_PUNCT || t[j].norm[0] != '-')
		return 0;
	if (date_days_from_civil(m.v.y, m.v.m, m.v.d) >
	    date_days_from_civil(ref->y, ref->m ? ref->m : 1, ref->d ? ref->d : 1) + 2)
		return 0;
	*day = m.v;
	return j + 1;
}

/* 1 day, 2 week, 3 month, 4 year; *plural for "days" */
static int time_unit(const struct token *t, int *plural)
{
	static const char *const units[] = { "day", "week", "month", "year" };
	int k;
	for (k = 0; k < 4; k++) {
		size_t l = strlen(units[k]);
		if (!strncmp(t->norm, units[k], l) &&
		    (t->nlen == l || (t->nlen == l + 1 && t->norm[l] == 's'))) {
			*plural = t->nlen == l + 1;
			return k + 1;
		}
	}
	return 0;
}

static int count_word(const struct token *t, int *v)
{
	static const char *const words[] = { "a",   "one",   "two",   "three", "four", "five",
					     "six", "seven", "eight", "nine",  "ten" };
	int k;
	if (t->kind == TOK_NUM && t->nlen <= 2 && t->norm[0] >= '0' && t->norm[0] <= '9') {
		*v = atoi(t->norm);
		return 1;
	}
	for (k = 0; k < 11; k++)
		if (!strcmp(t->norm, words[k])) {
			*v = k ? k : 1;
			return 1;
		}
	return 0;
}

/*
 * The date `n` units from `a` (n 0: the same time), at no finer a precision than `a`
 * has: "two days later" after "in December" is December. `count` 0: a count the
 * text does not give ("days later"), the unit above. `of` 1: the unit that holds `a`
 * ("later that year"). 0 where no date follows ("years later").
 */
static int anchor_date(const struct date_val *a, int unit, int n, int count, int of,
		       struct date_val *out)
{
	int fine = a->prec == DP_DAY || a->prec == DP_WEEK;
	*out = *a;
	out->y2 = out->m2 = out->d2 = 0;
	if (a->prec == DP_DECADE)
		return unit == 0;
	if (!count) {
		if (unit == 4)
			return 0;
		unit++;
		of = 1;
		n = 0;
	}
	if (of) {
		if (unit == 4 || (unit == 3 && a->prec == DP_YEAR)) {
			out->m = out->d = 0;
			out->prec = DP_YEAR;
		} else if (unit == 3 || (unit == 2 && a->prec == DP_MONTH)) {
			out->d = 0;
			out->prec = DP_MONTH;
		} else if (unit == 2) {
			out->prec = DP_WEEK;
		}
		return 1;
	}
	if (unit == 1 && fine) {
		int64_t d = date_days_from_civil(a->y, a->m, a->d) + n;
		date_civil_from_days(d, &out->y, &out->m, &out->d);
	} else if (unit == 2 && fine) {
		int64_t d = date_days_from_civil(a->y, a->m, a->d) + 7 * n;
		date_civil_from_days(d, &out->y, &out->m, &out->d);
		out->prec = DP_WEEK;
	} else if (unit == 3 && a->prec != DP_YEAR) {
		int t = a->y * 12 + a->m - 1 + n;
		out->y = t / 12;
		out->m = t % 12 + 1;
		out->d = 0;
		out->prec = DP_MONTH;
	} else if (unit == 4) {
		out->y = a->y + n;
		out->m = out->d = 0;
		out->prec = DP_YEAR;
	} else if (unit == 3 && n >= 12) {
		out->y = a->y + n / 12;
	}
	return 1;
}

/*
 * Dates the text counts from the last deed's: "the next day", "the following month",
 * "two days later", "a week earlier", "days later", "later that year", "that day",
 * "the same day", "at the time", and "then" before a verb ("Iran then massed troops").
 * Added to c->dm in text order where no other date stands.
 */
static void anchored_dates(struct coder *c, const struct date_val *a)
{
	int i, n = (int)c->n;
	for (i = 0; i < n && c->ndm < MAX_DATES; i++) {
		int unit = 0, plural = 0, v = 1, count = 1, of = 0, first = i, end = 0, dir = 1;
		size_t k, at;
		struct date_mention m;
		if (i + 2 < n && is_tok(c, i, "the") &&
		    (is_tok(c, i + 1, "next") || is_tok(c, i + 1, "following") ||
		     is_tok(c, i + 1, "previous")) &&
		    (unit = time_unit(&c->t[i + 2], &plural)) != 0 && !plural) {
			dir = is_tok(c, i + 1, "previous") ? -1 : 1;
			end = i + 3;
		} else if (i + 1 < n && (unit = time_unit(&c->t[i], &plural)) != 0 &&
			   (is_tok(c, i + 1, "later") || is_tok(c, i + 1, "earlier")) &&
			   !(i > 0 && (is_tok(c, i - 1, "this") || is_tok(c, i - 1, "the")))) {
			dir = is_tok(c, i + 1, "earlier") ? -1 : 1;
			if (i > 0 && count_word(&c->t[i - 1], &v) && (plural || v == 1))
				first = i - 1;
			else if (plural)
				count = 0;
			else
				continue;
			end = i + 2;
		} else if (i + 1 < n && (is_tok(c, i, "that") || is_tok(c, i, "same")) &&
			   (unit = time_unit(&c->t[i + 1], &plural)) != 0 && !plural &&
			   (i == 0 || is_tok(c, i - 1, "later") || is_tok(c, i - 1, "earlier") ||
			    is_tok(c, i - 1, "on") || is_tok(c, i - 1, "in") ||
			    is_tok(c, i - 1, "the") || is_punct(c, i - 1, ','))) {
			of = 1;
			first = i > 0 && !is_punct(c, i - 1, ',') ? i - 1 : i;
			end = i + 2;
		} else if (i + 2 < n && is_tok(c, i, "at") && is_tok(c, i + 1, "the") &&
			   is_tok(c, i + 2, "time") &&
			   (i + 3 >= n || c->t[i + 3].kind == TOK_PUNCT)) {
			end = i + 3;
		} else if (is_tok(c, i, "then") && i + 1 < n &&
			   (c->is_verb[i + 1] || (i == 0 && is_punct(c, i + 1, ','))) &&
			   !(i > 0 && (c->fc[i - 1] & (FC_PREP | FC_SUBORD)))) {
			end = i + 1;
		} else {
			continue;
		}
		for (k = 0; k < c->ndm; k++)
			if ((int)c->dm[k].first < end && (int)c->dm[k].end > first)
				break;
		memset(&m, 0, sizeof(m));
		if (k < c->ndm || !anchor_date(a, unit, dir * v, count, of, &m.v))
			continue;
		m.first = (uint32_t)first;
		m.end = (uint32_t)end;
		for (at = c->ndm; at > 0 && c->dm[at - 1].first > m.first; at--)
			c->dm[at] = c->dm[at - 1];
		c->dm[at] = m;
		c->ndm++;
		i = end - 1;
	}
}

/* a past participle after "'d": an -ed word or a common irregular one */
static int past_participle(const struct token *t)
{
	static const char *const irr[] = {
		"been",   "done",    "gone",   "had",     "made",    "taken",  "given",  "seen",
		"known",  "told",    "said",   "got",     "gotten",  "left",   "kept",   "held",
		"met",    "sent",    "led",    "brought", "thought", "won",    "lost",   "begun",
		"fought", "written", "spoken", "chosen",  "broken",  "fallen", "paid",   "built",
		"heard",  "found",   "sold",   "struck",  "shot",    "stolen", "become", "come"
	};
	if (t->kind != TOK_WORD)
		return 0;
	if (t->nlen > 3 && !strcmp(t->norm + t->nlen - 2, "ed"))
		return 1;
	return STR_AMONG(t->norm, irr);
}

/*
 * The contracted auxiliaries the tokeniser splits off take the word they
 * stand for, so every auxiliary test sees "they're boycotting" as "they are
 * boycotting": "'re" is "are", "'ve" "have", "'ll" "will", "'m" "am". "'d"
 * is "had" before a past participle ("they'd agreed", adverbs skipped) and
 * "would" otherwise ("they'd agree"). "'s" stays: "is" or "has" is read
 * where it is used. Only after a pronoun: a name's apostrophe ("Sa'd")
 * is split by the tokeniser too, and stays a name.
 */
static void expand_contractions(struct text_doc *doc)
{
	static const char *const pron[] = { "i",    "you", "he",   "she",   "it",  "we",
					    "they", "who", "that", "there", "what" };
	size_t i, j, q;
	for (i = 1; i < doc->ntok; i++) {
		struct token *t = &doc->toks[i];
		if (t->kind != TOK_WORD || t->norm[0] != '\'' || t->nlen > 3)
			continue;
		for (q = 0; q < sizeof(pron) / sizeof(pron[0]); q++)
			if (!strcmp(doc->toks[i - 1].norm, pron[q]))
				break;
		if (q == sizeof(pron) / sizeof(pron[0]))
			continue;
		if (!strcmp(t->norm, "'re"))
			t->norm = "are";
		else if (!strcmp(t->norm, "'ve"))
			t->norm = "have";
		else if (!strcmp(t->norm, "'ll"))
			t->norm = "will";
		else if (!strcmp(t->norm, "'m"))
			t->norm = "am";
		else if (!strcmp(t->norm, "'d")) {
			for (j = i + 1; j < doc->ntok && j < i + 4; j++) {
				const struct token *a = &doc->toks[j];
				if (!(a->kind == TOK_WORD &&
				      (!strcmp(a->norm, "not") || !strcmp(a->norm, "never") ||
				       !strcmp(a->norm, "already") || !strcmp(a->norm, "just") ||
				       !strcmp(a->norm, "also") ||
				       (a->nlen > 3 && !strcmp(a->norm + a->nlen - 2, "ly")))))
					break;
			}
			t->norm = j < doc->ntok && past_participle(&doc->toks[j]) ? "had" : "would";
		} else
			continue;
		t->nlen = (uint16_t)strlen(t->norm);
	}
}

/* the word classes and dictionary ids of the sentence's tokens (fc, wid, alt, haltn) */
static void look_up_words(struct coder *c)
{
	size_t i;
	for (i = 0; i < c->n; i++) {
		const struct token *t = &c->t[i];
		int32_t fid = dict_word(c->fw, t->norm, t->nlen);
		c->fc[i] = fid >= 0 ? c->fw->wflags[fid] : 0;
		c->wid[i] = dict_word(c->d, t->norm, t->nlen);
		c->alt[i] = stem_of(c->d, t);
		c->haltn[i] = fid >= 0 ? c->fw_halt[fid] : 0;
	}
	/* "a conference on AIDS": an upper-case word amid words that are not is an
	 * acronym, no plural of "aid" (a headline in capitals keeps its plurals) */
	for (i = 0; i < c->n; i++)
		if ((c->t[i].flags & TOKF_ALLCAPS) && c->t[i].kind == TOK_WORD &&
		    c->t[i].nlen >= 3 && (c->d->flags & DICT_F_OPEN) &&
		    !(i > 0 && c->t[i - 1].kind == TOK_WORD &&
		      (c->t[i - 1].flags & TOKF_ALLCAPS)) &&
		    !(i + 1 < c->n && c->t[i + 1].kind == TOK_WORD &&
		      (c->t[i + 1].flags & TOKF_ALLCAPS)))
			c->alt[i] = -1;
	/* "will try and assist": "and" after "try" is the infinitive's "to" */
	for (i = 1; i + 1 < c->n; i++)
		if (is_tok(c, (int)i - 1, "try") && is_tok(c, (int)i, "and") &&
		    c->t[i + 1].kind == TOK_WORD && !(c->t[i + 1].flags & TOKF_CAP) &&
		    !c->fc[i + 1] && (c->d->flags & DICT_F_OPEN))
			c->fc[i] = FC_PREP | FC_TO;
	/* "round after round of tear gas", "day after day": no subordinate clause */
	for (i = 1; i + 1 < c->n; i++)
		if (is_tok(c, (int)i, "after") && c->t[i - 1].kind == TOK_WORD &&
		    !strcmp(c->t[i - 1].norm, c->t[i + 1].norm))
			c->fc[i] = 0;
}

/*
 * The sentence's tokens with their word classes and dictionary ids, nothing found yet.
 * What look_up_words() finds depends on the tokens and the dictionaries alone, so the
 * second pass over a document takes what the first kept (c->prep_mode).
 */
static void prepare_sentence(struct coder *c)
{
	size_t i, at = c->prep_first, n = c->n;
	if (c->prep_mode == PREP_KEPT) {
		memcpy(c->fc, c->prep_fc + at, n * sizeof(c->fc[0]));
		memcpy(c->wid, c->prep_wid + at, n * sizeof(c->wid[0]));
		memcpy(c->alt, c->prep_alt + at, n * sizeof(c->alt[0]));
		memcpy(c->haltn, c->prep_haltn + at, n * sizeof(c->haltn[0]));
	} else {
		look_up_words(c);
		if (c->prep_mode == PREP_KEEP) {
			memcpy(c->prep_fc + at, c->fc, n * sizeof(c->fc[0]));
			memcpy(c->prep_wid + at, c->wid, n * sizeof(c->wid[0]));
			memcpy(c->prep_alt + at, c->alt, n * sizeof(c->alt[0]));
			memcpy(c->prep_haltn + at, c->haltn, n * sizeof(c->haltn[0]));
		}
	}
	for (i = 0; i < n; i++) {
		c->span_of[i] = -1;
		c->unit_of[i] = -1;
		c->is_verb[i] = 0;
		c->halting[i] = -1;
		c->infnoun[i] = -1;
		c->repress[i] = -1;
	}
	c->title = coder_title_case(c);
}

/* room in c->prep_* for `ntok` tokens: 0, or -ERR_NOMEM */
static int prep_reserve(struct coder *c, size_t ntok)
{
	int32_t *wid, *alt;
	uint32_t *fc;
	uint8_t *haltn;
	if (ntok <= c->prep_alloc)
		return 0;
	wid = realloc(c->prep_wid, ntok * sizeof(*wid));
	if (wid)
		c->prep_wid = wid;
	alt = realloc(c->prep_alt, ntok * sizeof(*alt));
	if (alt)
		c->prep_alt = alt;
	fc = realloc(c->prep_fc, ntok * sizeof(*fc));
	if (fc)
		c->prep_fc = fc;
	haltn = realloc(c->prep_haltn, ntok);
	if (haltn)
		c->prep_haltn = haltn;
	if (!wid || !alt || !fc || !haltn)
		return -ERR_NOMEM;
	c->prep_alloc = ntok;
	return 0;
}

/* a capitalised word no span covers: part of a name the dictionaries do not know */
static int free_cap(const struct coder *c, int i)
{
	const struct token *t;
	if (i < 0 || (size_t)i >= c->n)
		return 0;
	t = &c->t[i];
	if (t->kind != TOK_WORD || !(t->flags & TOKF_CAP) || t->nlen < 2 || c->fc[i] ||
	    c->span_of[i] >= 0 || c->unit_of[i] >= 0 || c->is_verb[i] || t->norm[0] < 'a' ||
	    t->norm[0] > 'z')
		return 0;
	return !coder_calendar_word(t->norm);
}

/* a named storm in tokens [a, b): "Hurricane Ian", "Tropical Storm Nalgae", "Typhoon Haima" */
static int storm_name(const struct coder *c, int a, int b)
{
	static const char *const storms[] = { "hurricane", "typhoon", "cyclone", "storm",
					      "tornado" };
	for (; a < b; a++)
		if (TOK_IN(c, a, storms))
			return 1;
	return 0;
}

/*
 * A sentence that opens with a name no dictionary knows and goes on with a verb ("The
 * Patriotic Front of Zembla has vowed to ...", "Ndemo Kariuki accused ...", or one word
 * with an apposition that a determiner opens: "Zandor, an Australian publisher, was
 * arrested"): the name is
 * a body or person of the document's country. A new unit coded as that country, which
 * only the verb after it takes as its subject.
 */
static void name_subjects(struct coder *c)
{
	int32_t dc;
	int k;
	if (!(c->d->flags & DICT_F_OPEN) || c->title || c->nunits >= MAX_UNITS)
		return;
	dc = coder_doc_country(c);
	if (dc < 0)
		return;
	for (k = 0; k < c->nverbs && c->nunits < MAX_UNITS; k++) {
		int p = c->verbs[k].start - 1, a, b, q, appos = 0;
		struct unit *u;
		while (p >= 0 && is_aux(c, p))
			p--;
		if (is_punct(c, p, ')')) {
			q = coder_skip_paren_left(c, p);
			if (q == p)
				continue;
			p = q;
		}
		if (is_punct(c, p, ',')) {
			/* "Ndemo Kariuki, a local activist, accused": the name before the apposition */
			for (q = p - 1; q >= 0 && p - q < 12 && !is_punct(c, q, ',') &&
					!c->is_verb[q] && !is_boundary(c, q);
			     q--)
				;
			if (q > 0 && is_punct(c, q, ',') && q < p - 1) {
				appos = (c->fc[q + 1] & FC_DET) != 0;
				p = q - 1;
			}
		}
		if (!free_cap(c, p))
			continue;
		b = p + 1;
		for (a = p; a > 0 &&
			    (free_cap(c, a - 1) || (is_tok(c, a - 1, "of") && free_cap(c, a - 2)));
		     a--)
			;
		q = a;
		if (q > 0 && (c->fc[q - 1] & FC_DET))
			q--;
		if (!(q == 0 || is_punct(c, q - 1, '"')))
			continue;
		if (storm_name(c, a, b))
			continue; /* "Cyclone Freddy battered Malawi": weather, no one's deed */
		if (b - a < 2 && q == a && !appos)
			continue; /* one capitalised word opening the sentence: any word, but
				   * one an apposition tells of ("Zandor, an Australian
				   * publisher, said") */
		u = &c->units[c->nunits];
		memset(u, 0, sizeof(*u));
		u->start = (uint16_t)q;
		u->end = (uint16_t)b;
		u->actor = dc;
		coder_unit_recode(c, u);
		u->actor = -1;
		u->docfill = 1;
		if (!u->ncodes)
			continue;
		for (a = q; a < b; a++)
			c->unit_of[a] = (int16_t)c->nunits;
		c->nunits++;
	}
}

/*
 * The subject the sentence opens with, for the next sentence's pronouns: an actor unit
 * at its start followed by its verb ("Morrison said", "The minister has"), its index;
 * or -2 when it opens with "he", "she" or "they" (the person carried so far goes on:
 * an actor further in, "the occupation of Crimea", is not who "he" is); else -1.
 */
static int opening_subject(const struct coder *c)
{
	size_t f = 0, e;
	int u;
	while (f < c->n &&
	       ((c->fc[f] & FC_CONJ) || is_adverb(c, (int)f) || is_punct(c, (int)f, ',')))
		f++;
	if (f >= c->n)
		return -1;
	if (is_tok(c, (int)f, "he") || is_tok(c, (int)f, "she") || is_tok(c, (int)f, "they"))
		return -2;
	if (c->unit_of[f] < 0 && (c->fc[f] & FC_DET) && f + 1 < c->n)
		f++; /* "The Chilean president has ..." */
	u = c->unit_of[f];
	if (u < 0 || c->units[u].start != f || !c->units[u].ncodes || c->units[u].absorbed)
		return -1;
	e = c->units[u].end;
	while (e < c->n && is_adverb(c, (int)e))
		e++;
	if (e < c->n &&
	    (c->is_verb[e] || (c->fc[e] & (FC_SAY | FC_BE | FC_HAVE | FC_MODAL | FC_DO))))
		return u;
	return -1;
}

/* The next sentence's carried subject from the opening subject (opening_subject()): 1 when
 * the opening decides it, 0 when the sentence's verbs should. */
static int carry_opening(struct coder *c, int opening)
{
	if (opening >= 0) {
		c->carry_kind = coder_unit_person(c, &c->units[opening]);
		c->carry = c->units[opening];
		c->have_carry = 1;
		return 1;
	}
	if (opening == -2) {
		if (c->have_carry && c->have_carry <= 1 + CARRY_SENTENCES)
			c->have_carry = 1;
		return 1;
	}
	return 0;
}

/*
 * After a sentence (open coding): whether it leaves a quotation open, and who speaks in
 * the quotation it closes or opens ('"...," said Rojas', 'Rojas said: "...'). A quotation
 * that goes on in the next sentence keeps its speaker; a sentence outside any quotation
 * ends it.
 */
static void quote_state(struct coder *c)
{
	int open = c->quote_open, opens = is_punct(c, 0, '"'), sp = -1, q, u, p, vi;
	for (q = 0; (size_t)q < c->n; q++) {
		if (!is_punct(c, q, '"'))
			continue;
		open = !open;
		if (!open) {
			if ((u = coder_speaker_after(c, (size_t)q)) >= 0 && c->units[u].ncodes)
				sp = u;
			else if (q > 0 && (p = coder_quote_pronoun(c, q - 1)) >= 0 &&
				 c->carry_u >= 0 && c->units[c->carry_u].start == p &&
				 c->units[c->carry_u].ncodes)
				sp = c->carry_u; /* '"...," he said': the one he stands for */
			continue;
		}
		/* 'Rojas said the talks "failed': the statement verb before the quotation */
		for (p = q - 1; p >= 0 && sp < 0 && !is_punct(c, p, '"'); p--)
			if ((c->fc[p] & FC_SAY) && (vi = coder_verb_index_at(c, p)) >= 0 &&
			    (u = c->verbs[vi].subject) >= 0 && c->units[u].ncodes)
				sp = u;
	}
	if (sp >= 0) {
		c->qspeaker = c->units[sp];
		c->have_qspeaker = 1;
	} else if (!c->quote_open && !opens) {
		c->have_qspeaker = 0;
	}
	c->quote_open = open;
}

static int code_sentence(struct coder *c, struct ctx *x, int *story_discard)
{
	const struct dict *d = c->d;
	size_t i;
	int discard = 0, k, rc;
	size_t first_event = x->out->n;
	int opening;
	prepare_sentence(c);
	c->qmark = memchr(x->text + x->s->off, '?', x->s->len) != NULL;
	coder_find_spans(c, &discard, story_discard);
	if (discard)
		return 0;
	coder_build_units(c);
	/* verbs */
	c->nverbs = 0;
	c->nnoms = 0;
	for (k = 0; k < c->nspans; k++) {
		const struct span *s = &c->spans[k];
		int j, verb = 0, noun = 0;
		int32_t p;
		if (s->kind != PAY_VERB)
			continue;
		for (p = s->pay; p >= 0; p = d->pays[p].next)
			if (nominal_pay(d, p)) {
				if (d->pays[p].form == VF_BASE || d->pays[p].form == VF_S)
					noun = 1;
			} else if (d->pays[p].kind == PAY_VERB) {
				verb = 1;
			}
		if ((d->flags & DICT_F_OPEN) && c->unit_of[s->start] >= 0)
			continue; /* a word of an office's name: "the Chinese finance ministry" */
		if (!verb || !coder_verb_ok(c, s->start, s->form) || coder_name_word(c, s->start) ||
		    coder_equipped(c, s) ||
		    (noun && s->form == VF_S && coder_nominal_s(c, s->start, s->start + s->len))) {
			if (noun && !coder_name_word(c, s->start))
				c->noms[c->nnoms++] = k;
			continue;
		}
		c->verbs[c->nverbs].span = k;
		c->verbs[c->nverbs].start = s->start;
		c->verbs[c->nverbs].end = (uint16_t)(s->start + s->len);
		c->verbs[c->nverbs].subject = -1;
		c->verbs[c->nverbs].first_event = -1;
		c->verbs[c->nverbs].nevents = 0;
		c->verbs[c->nverbs].root01 = 0;
		c->verbs[c->nverbs].present = 0;
		c->verbs[c->nverbs].bare_passive = 0;
		c->verbs[c->nverbs].future_threat = 0;
		c->verbs[c->nverbs].when_main = -1;
		c->verbs[c->nverbs].vow = -1;
		for (j = s->start; j < s->start + s->len; j++)
			c->is_verb[j] = 1;
		c->nverbs++;
	}
	opening = (d->flags & DICT_F_OPEN) ? opening_subject(c) : -1;
	if (!c->nverbs && !c->nnoms && !((d->flags & DICT_F_OPEN) && has_tok(c, "joint"))) {
		carry_opening(c, opening);
		if (d->flags & DICT_F_OPEN) {
			quote_state(c);
			coder_remember_recent(c);
			coder_remember_person(c);
			coder_remember_plural(c);
		}
		return 0;
	}
	mark_clauses(c);
	c->ndm = dates_find(c->t, c->n, &x->ref, c->dm, MAX_DATES);
	if (x->dateline_end && x->sent_index == x->dateline_sent) {
		/* the dateline's day is the reference, no deed's date */
		size_t m = 0;
		for (i = 0; i < c->ndm; i++)
			if (c->dm[i].first >= x->dateline_end)
				c->dm[m++] = c->dm[i];
		c->ndm = m;
	}
	if (x->have_last_date)
		anchored_dates(c, &x->last_date);
	for (i = 0; i < c->ndm; i++)
		if (c->dm[i].yearless && x->have_para_date) {
			/* "August 2021 - ... ISIS-K bombs the airport on August 26" */
			c->dm[i].v.y = x->para_date.y;
			c->dm[i].v.y2 = 0;
			c->dm[i].has_fwd = c->dm[i].has_back = 0;
		}
	c->carry_u = -1;
	c->qspeaker_u = -1;
	c->def_u = -1;
	name_subjects(c);
	for (k = 0; k < c->nverbs; k++) {
		if (d->flags & DICT_F_OPEN)
			coder_possessed_roles(c, c->verbs[k].start);
		c->verbs[k].subject = coder_find_subject(c, k);
	}
	if (d->flags & DICT_F_OPEN)
		coder_possessed_roles(c, (int)c->n); /* objects: "seized its vessels" */
	if (d->flags & DICT_F_OPEN)
		/* '"Peru attacked us," he said': the pronoun speaker stands for the subject
		 * carried from before, taken before this sentence's moves on */
		for (i = 1; i < c->n; i++)
			if (is_punct(c, (int)i, '"'))
				(void)coder_pronoun_speaker(c, (int)i - 1);
	for (k = 0; k < c->nverbs; k++)
		/* before the carried subject moves on to this sentence's */
		c->verbs[k].objp =
			(d->flags & DICT_F_OPEN)
				? 1 + coder_object_person(c, c->verbs[k].end, c->verbs[k].subject)
				: 0;
	if ((d->flags & DICT_F_OPEN) && !carry_opening(c, opening))
		/* the subject a pronoun of the next sentence stands for: the first
		 * main-clause subject that names an actor */
		for (k = 0; k < c->nverbs; k++) {
			int u = c->verbs[k].subject;
			if (u >= 0 && !c->clause_of[c->verbs[k].start] && c->units[u].ncodes) {
				c->carry_kind = coder_unit_person(c, &c->units[u]);
				c->carry = c->units[u];
				c->have_carry = 1;
				break;
			}
		}
	for (k = 0; k < c->nverbs; k++)
		if ((rc = coder_code_verb(c, x, k)) ||
		    ((d->flags & DICT_F_OPEN) && (rc = coder_code_want(c, x, k))) ||
		    ((d->flags & DICT_F_OPEN) && (rc = coder_code_told(c, x, k))))
			return rc;
	/* reported speech: "X said Y attacked Z" keeps Y->Z only */
	for (k = c->nverbs - 1; k >= 0; k--) {
		struct vinfo *v = &c->verbs[k];
		int j, inner = 0;
		if (!v->root01 || !v->nevents)
			continue;
		for (j = k + 1; j < c->nverbs; j++)
			if (c->verbs[j].nevents && c->verbs[j].subject >= 0 &&
			    c->units[c->verbs[j].subject].start >= v->end &&
			    x->out->v[c->verbs[j].first_event].modality != MOD_HYPOTHETICAL)
				inner = 1;
		if (inner) {
			int m;
			coder_remove_events(x->out, (size_t)v->first_event, (size_t)v->nevents);
			for (m = k + 1; m < c->nverbs; m++)
				if (c->verbs[m].first_event >= 0)
					c->verbs[m].first_event -= v->nevents;
			v->nevents = 0;
		}
	}
	/* "vowed to strike": the threat replaces the vow's own event */
	for (k = 0; k < c->nverbs; k++) {
		int g = c->verbs[k].vow, j;
		if (g < 0 || !c->verbs[k].nevents)
			continue;
		for (j = 0; j < c->nverbs; j++) {
			struct vinfo *w = &c->verbs[j];
			if (j == k || w->start > g || g >= w->end || !w->nevents)
				continue;
			coder_drop_verb_events(c, x, w);
		}
	}
	if ((d->flags & DICT_F_OPEN) && (rc = coder_code_reported_breach(c, x)))
		return rc;
	if ((rc = coder_code_nominals(c, x)))
		return rc;
	if (d->flags & DICT_F_OPEN)
		for (i = 0; i < c->n && c->nverbs < (int)MAXT; i++)
			if ((rc = coder_code_joint(c, x, (int)i)) ||
			    (rc = coder_code_denial(c, x, (int)i)) ||
			    (rc = coder_code_obligation(c, x, (int)i)))
				return rc;
	(void)first_event;
	if (d->flags & DICT_F_OPEN) {
		if ((rc = coder_code_quotations(c, x)) || (rc = coder_code_judgment(c, x)) ||
		    (rc = coder_code_price_threat(c, x)))
			return rc;
		coder_drop_untargeted_repeats(c, x);
		coder_them_before(c, x);
		quote_state(c);
		coder_remember_recent(c);
		coder_remember_person(c);
		coder_remember_plural(c);
	}
	/* the paragraph's year: the last year the text stated itself; its narrative date:
	 * the same, once a sentence opened with one ("In 1998, ...") */
	for (i = 0; i < c->ndm; i++)
		if (c->dm[i].absolute && !c->clause_of[c->dm[i].first]) {
			x->para_date = c->dm[i].v;
			x->have_para_date = 1;
			if (x->have_frame_date || (c->dm[0].first <= 1 && c->dm[0].absolute)) {
				x->frame_date = c->dm[i].v;
				x->have_frame_date = 1;
			}
		}
	/* what "the next day" counts from: the sentence's last deed's date, else the
	 * last date its main clause states */
	if (x->out->n > x->sent_first && x->out->v[x->out->n - 1].date.y) {
		x->last_date = x->out->v[x->out->n - 1].date;
		x->have_last_date = 1;
	} else {
		for (i = 0; i < c->ndm; i++)
			if (!c->clause_of[c->dm[i].first]) {
				x->last_date = c->dm[i].v;
				x->have_last_date = 1;
			}
	}
	return 0;
}

/* text[a, b) holds a blank line: two line ends with nothing but spaces between */
static int blank_line(const char *text, size_t a, size_t b)
{
	int nl = 0;
	for (; a < b; a++)
		if (text[a] == '\n') {
			if (++nl == 2)
				return 1;
		} else if (text[a] != ' ' && text[a] != '\t' && text[a] != '\r') {
			nl = 0;
		}
	return 0;
}

/*
 * A norm or law defied (128) that still has no one defied once the document's pair has
 * given targets ("have violated their visa norms", "broke the law") defies no actor: it
 * goes. It stays until then, so that a speaker's accusation of the breach is coded
 * (coder_code_reported_breach) and the pair can aim it. Events from `start`.
 */
static void drop_defiance_of_no_one(struct event_list *out, size_t start)
{
	size_t k = start;
	while (k < out->n)
		if (!out->v[k].target[0] && !strncmp(out->v[k].code, "128", 3))
			coder_remove_events(out, k, 1);
		else
			k++;
}

/*
 * A firm's words that still have no one on the other side once the document's pair and
 * deeds have given targets ("the company proposed new terms", "SoftBank agreed to
 * invest", "the chief executive warned of a slowdown") are business, no state's deed:
 * they go. Words are roots 01 to 05 (statements, appeals, offers, promises, meetings)
 * and 10 to 13 (demands, criticism, rejections, warnings); so do its concessions, root 08
 * but returns and releases (084), which yield to no one ("the company shelved its plans
 * for a listing", "dropped its lawsuit"). A firm counts towards states and agencies only.
 * Its deeds stand without a target (a firm that bans accounts or hacks, that returns
 * property, traders who protest), and so do the words and concessions of armed firms and
 * state firms (a role of a state besides the firm's). Events from `start`.
 */
static void drop_firms_alone(struct event_list *out, size_t start)
{
	size_t k = start;
	while (k < out->n) {
		const char *s = out->v[k].source;
		const char *r = out->v[k].root;
		if (!out->v[k].target[0] && coder_has_role(s, "BUS") && !coder_armed_role(s) &&
		    !coder_state_role(s) &&
		    ((r[0] == '0' && r[1] >= '1' && r[1] <= '5') ||
		     (r[0] == '0' && r[1] == '8' && out->v[k].code[2] != '4') ||
		     (r[0] == '1' && r[1] >= '0' && r[1] <= '3')))
			coder_remove_events(out, k, 1);
		else
			k++;
	}
}

/*
 * Code the sentences of `text` that start in [from, to); with open coding the sentences
 * before `from` are read for the document memory only. With a part of the document
 * (from > 0 or to < len), what the coded sentences learn from the rest is that memory: no
 * carried subject and no document country.
 */
static MUST_CHECK int code_doc(struct coder *c, const char *text, size_t len, size_t from,
			       size_t to, const char *date, struct event_list *out,
			       struct error *err)
{
	struct text_doc doc;
	struct ctx x;
	size_t si, start = out->n, prev_end = 0;
	uint32_t para = (uint32_t)-1;
	int story_discard = 0, rc = 0;
	memset(&x, 0, sizeof(x));
	x.out = out;
	x.text = text;
	if (date && *date && date_parse(date, &x.ref) < 0)
		memset(&x.ref, 0, sizeof(x.ref));
	c->date_key = date_key(&x.ref);
	c->ndoc = 0;
	c->have_carry = 0;
	c->have_carry_person = 0;
	c->prev_plural[0] = '\0';
	c->carry_u = -1;
	c->have_qspeaker = c->quote_open = 0;
	c->nrec_country[0] = c->nrec_country[1] = c->nrec_group[0] = c->nrec_group[1] = 0;
	c->ndoc_group = 0;
	c->nnames = c->nroles = c->ncands = 0;
	c->demonym = -1;
	c->doc_home = -1;
	c->use_roles = 0;
	c->tally_twice = 0;
	c->doc_factions = 0;
	c->pair[0][0] = c->pair[1][0] = 0;
	if ((rc = text_split(&doc, text, len, err)) < 0)
		return rc;
	/* the dateline opens the text, after its title where it has one */
	for (si = 0; si < doc.nsent && si < 3 && !x.dateline_end; si++)
		if ((x.dateline_end = dateline(&doc, si, &x.ref, &x.ref)) != 0)
			x.dateline_sent = (uint32_t)si;
	expand_contractions(&doc);
	if ((c->d->flags & DICT_F_OPEN) && prep_reserve(c, doc.ntok) < 0) {
		text_doc_release(&doc);
		return error_nomem(err);
	}
	if (c->d->flags & DICT_F_OPEN) {
		c->learn_names = 1;
		c->prep_mode = PREP_KEEP;
		/* the countries the whole document names, so that "the government" of
		 * its first sentence has the country named after it */
		for (si = 0; si < doc.nsent; si++) {
			int discard = 0, dummy = 0;
			c->t = doc.toks + doc.sents[si].first;
			c->n = doc.sents[si].ntok;
			c->prep_first = doc.sents[si].first;
			prepare_sentence(c);
			coder_find_spans(c, &discard, &dummy);
			if (!discard)
				coder_build_units(c);
		}
		coder_learn_main_person(c);
		c->doc_home = coder_doc_dominant(c);
		coder_doc_pair(c);
		c->learn_names = 0;
		c->tally_twice = 1;
		c->use_roles = 1;
		c->prep_mode = PREP_KEPT; /* each sentence again, its words looked up */
	}
	for (si = 0; si < doc.nsent && !rc; si++) {
		const struct sentence *s = &doc.sents[si];
		int part = from > 0 || to < len;
		if (s->off >= to)
			break;
		if (s->off + s->len <= from) {
			/* before the part: roles for the memory, nothing coded */
			int discard = 0, dummy = 0;
			if (!(c->d->flags & DICT_F_OPEN))
				continue;
			c->t = doc.toks + s->first;
			c->n = s->ntok;
			c->prep_first = s->first;
			prepare_sentence(c);
			coder_find_spans(c, &discard, &dummy);
			if (!discard)
				coder_build_units(c);
			continue;
		}
		if (part) {
			c->pair[0][0] = c->pair[1][0] = 0; /* a part has no document's pair */
			c->tally_twice = 0;
			c->ndoc = 0;
			c->have_carry = 0;
			c->prev_plural[0] = '\0';
			c->have_qspeaker = 0;
			c->nrec_country[0] = c->nrec_country[1] = 0;
			c->nrec_group[0] = c->nrec_group[1] = 0;
			c->ndoc_group = 0;
		}
		if (s->para != para) {
			para = s->para;
			x.have_para_date = x.have_frame_date = 0;
		}
		if (blank_line(text, prev_end, s->off))
			c->quote_open = 0; /* a quotation that goes on opens its paragraph again */
		prev_end = s->off + s->len;
		if (c->have_carry)
			c->have_carry++; /* one more sentence back */
		x.s = s;
		x.sent_index = (uint32_t)si;
		x.sent_first = out->n;
		c->t = doc.toks + s->first;
		c->n = s->ntok;
		c->prep_first = s->first;
		rc = code_sentence(c, &x, &story_discard);
	}
	c->prep_mode = PREP_LOOK_UP;
	text_doc_release(&doc);
	if (rc)
		return rc == -ERR_NOMEM ? error_nomem(err)
					: error_set(err, (enum error_code) - rc, "coder: %s",
						    error_code_name((enum error_code) - rc));
	if (story_discard)
		out->n = start;
	else if (from == 0 && to >= len) {
		/* a part has neither the deeds before it nor the document's pair */
		if ((c->d->flags & DICT_F_OPEN) && coder_deed_targets(text, out, start) < 0)
			return error_nomem(err);
		coder_pair_targets(c, text, out, start);
	}
	if (c->d->flags & DICT_F_OPEN) {
		drop_defiance_of_no_one(out, start);
		drop_firms_alone(out, start);
	}
	return 0;
}

int coder_code(struct coder *c, const char *text, size_t len, const char *date,
	       struct event_list *out, struct error *err)
{
	return code_doc(c, text, len, 0, len, date, out, err);
}

int coder_code_part(struct coder *c, const char *text, size_t len, size_t from, size_t to,
		    const char *date, struct event_list *out, struct error *err)
{
	if (from > len)
		from = len;
	if (to > len)
		to = len;
	return code_doc(c, text, len, from, to, date, out, err);
}
