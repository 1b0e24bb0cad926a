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
 */
#include "analyse/coder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyse/cameo.h"
#include "analyse/text.h"

#include "util/array.h"
#include "util/date.h"

#include "util/banned.h"

#define MAXT          TEXT_MAX_SENT_TOK
#define MAX_UNITS     160
#define UNIT_CODES    12
#define MAX_AG        6
#define MAX_GROUP     12
#define MAX_DATES     48
#define DOC_COUNTRIES 16
#define MEM_NAMES     64
#define MEM_ROLES     32
#define RECENT        6

/* function word classes */
#define FC_DET     0x00000001u
#define FC_POSS    0x00000002u
#define FC_CONJ    0x00000004u
#define FC_PREP    0x00000008u
#define FC_BE      0x00000010u
#define FC_HAVE    0x00000020u
#define FC_DO      0x00000040u
#define FC_MODFUT  0x00000080u
#define FC_MODHYP  0x00000100u
#define FC_MODDEM  0x00000200u
#define FC_NEG     0x00000400u
#define FC_REL     0x00000800u /* which, who, whom, whose */
#define FC_THAT    0x00001000u
#define FC_SUBORD  0x00002000u
#define FC_PRON    0x00004000u
#define FC_ADV     0x00008000u
#define FC_TO      0x00010000u
#define FC_GOVFUT  0x00020000u /* plan(s) to, intend(s) to, vowed to ... */
#define FC_GOVDEM  0x00040000u /* urged ... to, asked ... to */
#define FC_HYP     0x00080000u /* if, unless */
#define FC_LIST    0x00100000u /* both, either, neither */
#define FC_LOC     0x00200000u /* in, near, inside: place, not target */
#define FC_NEGV    0x00400000u /* failed (to) */
#define FC_OBJPRON 0x00800000u /* them, him, us: "many of them deported" */
#define FC_DECIDE  0x01000000u /* agreed (to), decided (to): a decision taken */
#define FC_GOVHYP  0x02000000u /* wants to, tried to, likely to, in order to: not done */
#define FC_SAY     0x04000000u /* said, told: "would" after them is a reported "will" */
#define FC_PURPOSE 0x08000000u /* "in an attempt to", "in order to": a purpose, not an act */
#define FC_CTRL    0x10000000u /* tried to, began to: the infinitive is the event */
#define FC_VOW     0x20000000u /* vowed to, threatened to: force announced is a threat */
#define FC_WEIGH   0x40000000u /* considering, weighing: an -ing act only weighed */
#define FC_NOACTOR 0x80000000u /* a word of a name read as no actor, nor an unknown name */
#define FC_MODAL   (FC_MODFUT | FC_MODHYP | FC_MODDEM)

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
	{ "tell", FC_SAY },
	{ "tells", FC_SAY },
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
	{ "appealed", FC_GOVDEM },
	{ "encouraged", FC_GOVDEM },
	{ "urging", FC_GOVDEM }, /* "..., urging Iran to": a participle's demand */
	{ "failed", FC_NEGV },
	{ "nearly", FC_NEGV }, /* "nearly went to war": did not */
	{ "almost", FC_NEGV },
	{ "fails", FC_NEGV },
	{ "refused", FC_NEGV }, /* "refused to negotiate": no negotiation */
	{ "refuses", FC_NEGV },
	{ "refusing", FC_NEGV },
	{ "declined", FC_NEGV },
	{ "declines", FC_NEGV },
	{ "unable", FC_NEGV },
	{ "both", FC_LIST },
	{ "either", FC_LIST },
	{ "neither", FC_LIST },
};

struct span {
	uint16_t start, len;
	uint8_t kind; /* enum payload_kind chosen */
	uint8_t form;
	uint8_t story; /* discard: whole story */
	int32_t pay;   /* first payload of the node */
	int32_t idx;   /* actor or agent index */
	int16_t mem;   /* a surname the document named before: its memory entry + 1 */
};

struct unit {
	uint16_t start, end; /* tokens [start, end) */
	uint8_t ncodes, absorbed, has_actor, nag;
	uint8_t docfill;  /* coded with the document's country (open coding) */
	uint8_t memfill;  /* "the president": coded as the document's last president */
	uint8_t national; /* a person known by nationality alone (national_unit) */
	uint8_t foreign;  /* a role the sentence says is from elsewhere (foreign_unit) */
	int32_t actor;
	const struct dagent *ag[MAX_AG];
	char codes[UNIT_CODES][CODE_MAX];
};

struct vinfo {
	int span;            /* index into spans */
	uint16_t start, end; /* tokens */
	int subject;         /* unit, -1 if none */
	int objp;            /* 1 + the unit "him" or "her" after it stands for, 0 if none */
	int first_event;     /* index into the output of its first event, -1 if none */
	int nevents;
	int root01;   /* a statement verb */
	int present;  /* present tense: dated by the article, not a far-off year */
	int np_start; /* a nominal event's noun phrase (its mood is the verb's before it) */
	int vow;      /* token of "vowed"/"threatened" that governs this infinitive, or -1 */
	/* the deed an intent (03) was made from when it is scheduled, not promised
	 * ("will meet": 036 with CONSULT's PLOVER type), else NULL */
	const struct cameo_info *deed;
	int bare_passive; /* a past participle with no "be" read as a passive */
	/* the main verb before the subordinate clause whose subject this verb, joined
	 * to that clause by "and", took (or -1) */
	int when_main;
};

/* A person the document names with a country's office: "Chilean negotiator Ana Rojas",
 * "Baker, the U.S. commander". Later "Rojas" alone is the same actor. */
struct mem_name {
	char word[32]; /* the surname, normalised */
	int32_t actor;
	uint8_t nag;
	const struct dagent *ag[MAX_AG];
};

/* The last holder of a role the document named with a country: after "President Donald
 * Trump", "the president" is Trump's code. */
struct mem_role {
	int32_t head; /* the role's last word: "minister" of "foreign minister" */
	char code[CODE_MAX];
};

struct coder {
	const struct dict *d;
	struct dict *fw; /* function words: wflags hold FC_* */
	/* per sentence */
	const struct token *t;
	size_t n;
	int32_t date_key;
	int32_t wid[MAXT], alt[MAXT];
	uint32_t fc[MAXT];
	int16_t span_of[MAXT], unit_of[MAXT];
	int16_t clause_of[MAXT]; /* clause of each token: dates stay in their clause */
	int title;               /* most words capitalised: a headline in title case */
	uint8_t is_verb[MAXT];
	int light;            /* the verb being matched codes nothing but through patterns */
	int8_t halting[MAXT]; /* halting_verb() of each token, -1 not yet known */
	uint8_t haltn[MAXT];  /* halting_noun() of each token */
	int8_t infnoun[MAXT]; /* inf_noun() of each token, -1 not yet known */
	int8_t repress[MAXT]; /* repress_verb() of each token, -1 not yet known */
	/* a bit for each word id of wid and alt (the id's low bits, a set that
	 * may say yes wrongly, never no): match_pattern's first test of a word */
	uint64_t wbits[16];
	struct span spans[MAXT];
	int nspans;
	struct unit units[MAX_UNITS];
	int nunits;
	struct vinfo verbs[MAXT];
	int nverbs;
	int noms[MAXT]; /* spans of event nouns (nominal.txt), not used as verbs */
	int nnoms;
	struct date_mention dm[MAX_DATES];
	size_t ndm;
	/* per document (open coding): the countries named so far, with counts */
	int32_t doc_actor[DOC_COUNTRIES];
	int doc_count[DOC_COUNTRIES];
	int home_count[DOC_COUNTRIES]; /* doc_count less its travellers (traveller_unit) */
	int sent_home[DOC_COUNTRIES];  /* what the last sentence tallied added to home_count */
	int tally_twice; /* the sentence coded was tallied before, in the document's first read */
	int ndoc;
	/* "He said ...": the last sentence's subject actor (open coding), which a
	 * pronoun subject with no antecedent in its own sentence stands for */
	struct unit carry;
	int have_carry; /* 0: none; else 1 + the sentences coded since it was set */
	int carry_u;    /* the carried unit's index in this sentence (past nunits), or -1 */
	int carry_kind; /* unit_person() of the carried unit */
	/* the speaker of the quotation the last sentence closed or left open, which "we" and
	 * "I" of a quotation that goes on in this sentence stand for */
	struct unit qspeaker;
	int have_qspeaker;
	int qspeaker_u; /* its index in this sentence (past the carried unit's), or -1 */
	/* the countries (their three letters) and the named organisations the last two
	 * sentences named, which "the country" and "the group" stand for when they are the
	 * only one of their kind: [0] the last sentence, [1] the one before */
	char rec_country[2][RECENT][4];
	struct unit rec_group[2][RECENT];
	int nrec_country[2], nrec_group[2];
	int def_u;      /* "the country" or "the group" so resolved in this sentence, or -1 */
	int quote_open; /* the text so far left a quotation open */
	/* per document (open coding): who its people and roles are, read from the whole
	 * document (names) and from the text so far (roles); actors only, never events */
	struct mem_name names[MEM_NAMES];
	int nnames;
	struct mem_role roles[MEM_ROLES];
	int nroles;
	int learn_names, use_roles;
	/* while names are learnt: the surnames the document names, with counts, and the
	 * country of the first "the 48-year-old Australian" it names (its main person's) */
	struct mem_count {
		char word[32];
		int n;
	} cands[MEM_NAMES];
	int ncands;
	int32_t demonym;
	const struct dagent *leg; /* the legislature's role (LEG), for "Name, R-Neb.," */
	/* the country the whole document is about (doc_dominant() after the first pass), for
	 * its police, courts and legislature where the text coded names no country; or -1 */
	int32_t doc_home;
};

int coder_new(struct coder **out, const struct dict *dict, struct error *err)
{
	struct coder *c = calloc(1, sizeof(*c));
	size_t i;
	if (!c)
		return error_nomem(err);
	c->d = dict;
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
	for (i = 0; i < dict->nagents && !c->leg; i++)
		if (!strcmp(dict->agents[i].code, "LEG") && !dict->agents[i].prefix)
			c->leg = &dict->agents[i];
	*out = c;
	return 0;
}

void coder_free(struct coder *c)
{
	if (!c)
		return;
	dict_free(c->fw);
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

/* ---- nominal entries ---- */

/* a verb payload from a NOUN_ block (data/verbs/nominal.txt): an event noun */
static int nominal_pay(const struct dict *d, int32_t p)
{
	const struct dverb *v;
	if (d->pays[p].kind != PAY_VERB)
		return 0;
	v = &d->verbs[d->pays[p].idx];
	return !strncmp(d->blocks[v->block].name, "NOUN_", 5);
}

/* ---- token helpers ---- */

static int is_tok(const struct coder *c, int i, const char *w)
{
	/* the first byte before the call: most tokens differ there */
	return i >= 0 && (size_t)i < c->n && c->t[i].norm[0] == w[0] && !strcmp(c->t[i].norm, w);
}

/* the finite auxiliaries and modals: one of them opens or carries a clause's
 * own verb phrase */
static const char *const finite_aux[] = { "is",    "are",   "was",    "were",  "am",
					  "will",  "would", "can",    "could", "may",
					  "might", "shall", "should", "must",  "has",
					  "have",  "had",   "does",   "did" };

/* token i is one of the n words of `list` */
static int tok_in(const struct coder *c, int i, const char *const *list, size_t n)
{
	size_t k;
	for (k = 0; k < n; k++)
		if (is_tok(c, i, list[k]))
			return 1;
	return 0;
}

#define TOK_IN(c, i, list) tok_in((c), (i), (list), sizeof(list) / sizeof((list)[0]))

static int has_tok(const struct coder *c, const char *w)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		if (!strcmp(c->t[i].norm, w))
			return 1;
	return 0;
}

static int is_punct(const struct coder *c, int i, char ch)
{
	return i >= 0 && (size_t)i < c->n && c->t[i].kind == TOK_PUNCT && c->t[i].norm[0] == ch;
}

/* token i bounds a clause: ".", ";", ":", "!", "?" or a bracket; so does the sentence's
 * end (i past its last token: "said Sen. Deb Fischer, R-Neb." ends there) */
static int is_boundary(const struct coder *c, int i)
{
	const struct token *t;
	if (i < 0)
		return 0;
	if ((size_t)i >= c->n)
		return 1;
	t = &c->t[i];
	if (t->kind != TOK_PUNCT)
		return 0;
	return t->norm[0] == '.' || t->norm[0] == ';' || t->norm[0] == ':' || t->norm[0] == '!' ||
	       t->norm[0] == '?' || t->norm[0] == '(' || t->norm[0] == ')';
}

/* a lower-case content word: adjective or noun inside a noun phrase */
static int is_plain_word(const struct coder *c, int i)
{
	return c->t[i].kind == TOK_WORD && !c->fc[i] && c->span_of[i] < 0;
}

static int is_adverb(const struct coder *c, int i)
{
	const struct token *t = &c->t[i];
	if (c->fc[i] & FC_ADV)
		return 1;
	return t->kind == TOK_WORD && !(t->flags & TOKF_CAP) && t->nlen > 4 &&
	       !strcmp(t->norm + t->nlen - 2, "ly") && c->span_of[i] < 0 && !c->fc[i];
}

/*
 * The noun phrase a pattern matched right after its verb goes on at token i
 * with a plain lower-case word that is no adverb or verb: the phrase's head is
 * that word ("the double tax treaty": "tax" is no head).
 */
static int compound_goes_on(const struct coder *c, int i)
{
	static const char *const advs[] = {
		"altogether", "outright",  "again",    "instead", "too",    "now",
		"today",      "yesterday", "tomorrow", "anyway",  "last",   "next",
		"this",       "early",     "late",     "one",     "two",    "three",
		"four",       "five",      "six",      "seven",   "eight",  "nine",
		"ten",        "several",   "weeks",    "days",    "months", "years"
	};
	if (i <= 0 || (size_t)i >= c->n || !is_plain_word(c, i) || is_adverb(c, i) ||
	    c->is_verb[i] || (c->t[i].flags & TOKF_CAP) || TOK_IN(c, i, advs))
		return 0;
	return 1;
}

/* an adverb, auxiliary, modal or negation: what stands between a subject and its verb */
static int is_aux(const struct coder *c, int i)
{
	return is_adverb(c, i) || (c->fc[i] & (FC_MODAL | FC_HAVE | FC_BE | FC_NEG | FC_DO));
}

static const char *const suffixes[][2] = {
	{ "ies", "y" }, { "ians", "" }, { "ian", "" }, { "ans", "" }, { "ese", "" },
	{ "es", "" },   { "is", "" },   { "an", "" },  { "s", "" },   { "n", "" },
	{ "i", "" },    { "a", "" },    { "e", "" },
};

static int32_t stem_of(const struct dict *d, const struct token *t)
{
	char buf[96];
	size_t k;
	if (t->kind == TOK_PUNCT || t->nlen < 4 || t->nlen >= sizeof(buf) - 4)
		return -1;
	for (k = 0; k < sizeof(suffixes) / sizeof(suffixes[0]); k++) {
		size_t sl = strlen(suffixes[k][0]), bl;
		int32_t id;
		if (t->nlen <= sl + 2 || strcmp(t->norm + t->nlen - sl, suffixes[k][0]))
			continue;
		bl = t->nlen - sl;
		memcpy(buf, t->norm, bl);
		buf[bl] = 0;
		if (suffixes[k][1][0]) {
			buf[bl] = suffixes[k][1][0];
			buf[++bl] = 0;
		}
		id = dict_word(d, buf, bl);
		if (id >= 0 && (d->wflags[id] & WF_STEM))
			return id;
	}
	return -1;
}

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
	size_t k, j = (size_t)i + 1;
	if (j >= c->n || !is_tok(c, (int)j, "of"))
		return 0;
	for (k = 0; k < sizeof(verbs_of) / sizeof(verbs_of[0]); k++)
		if (!strcmp(c->t[i].norm, verbs_of[k]))
			return 0;
	return 1;
}

/* Is the verb phrase at token i (form) used as a verb here? */
static int skip_paren_left(const struct coder *c, int p)
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
	size_t k;
	int f = 0;
	if (i < 1 || (size_t)i >= c->n || c->t[i].kind != TOK_WORD)
		return 0;
	for (k = 0; k < sizeof(firsts) / sizeof(firsts[0]) && !f; k++)
		f = !strcmp(c->t[i - 1].norm, firsts[k]);
	for (k = 0; f && k < sizeof(heads) / sizeof(heads[0]); k++)
		if (!strcmp(c->t[i].norm, heads[k]))
			return 1;
	return 0;
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

static int parenthetical(const struct coder *c, int a, int b);

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
	} else if (!((c->fc[j] & (FC_DET | FC_POSS | FC_OBJPRON)) || c->span_of[j] >= 0))
		return 0;
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
static int report_by(const struct coder *c, int i)
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
static int text_participle(const struct coder *c, int i)
{
	int p = i - 1;
	return (c->d->flags & DICT_F_OPEN) && p > 0 && TOK_IN(c, p, text_nouns) &&
	       comma_participle(c, i);
}

/* after "including" or "such as": a deed listed */
static int listing_word(const struct coder *c, int p)
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
static int listed_agent(const struct coder *c, int vstart)
{
	int p = vstart - 1, k;
	if (p < 0 || !listing_word(c, p))
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
static int listed_under(const struct coder *c, int vstart)
{
	int p = vstart - 1;
	if (p < 0 || !listing_word(c, p))
		return -1;
	for (p = p - 1; p >= 0 && !is_boundary(c, p); p--)
		if (c->is_verb[p])
			return c->span_of[p] >= 0 ? c->spans[c->span_of[p]].start : p;
	return -1;
}

static int ing_word(const struct coder *c, int i);

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
static int means_verb(const struct coder *c, int i)
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
		if (ing_word(c, q)) {
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
		if (sp->start > 0 && ing_word(c, sp->start - 1))
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

/* verbs of demand: a base form in the clause they govern is a subjunctive */
static const char *const demand_verbs[] = { "demand",      "demands",   "demanded", "demanding",
					    "urge",        "urges",     "urged",    "urging",
					    "insist",      "insists",   "insisted", "insisting",
					    "ask",         "asks",      "asked",    "request",
					    "requests",    "requested", "propose",  "proposed",
					    "recommended", "ordered" };

static int demand_that(const struct coder *c, int i);

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
	if (form == VF_BASE && (demand_that(c, at - 1) || TOK_IN(c, at - 1, demand_verbs)))
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
	if (c->t[j].kind == TOK_PUNCT && !is_punct(c, j, '"'))
		return form == VF_BASE || weak;
	return form == VF_BASE && !weak && (c->fc[j] & FC_PREP) && !(c->fc[j] & FC_TO);
}

/*
 * Token i is the "of" of "the process of" whose gerund is the act under way: governed by a
 * verb of beginning, going on or ending ("began the process of withdrawing", "completed
 * the process of") or by "in" ("is in the process of withdrawing"). The governing word's
 * index, or -1.
 */
static int process_of(const struct coder *c, int i)
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
static int possibility_of(const struct coder *c, int i)
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
static int claimed_deed(const struct coder *c, int i)
{
	int k, p = claim_word(c, i);
	if (p < 0)
		return -1;
	for (k = c->nverbs - 1; k >= 0; k--)
		if (c->verbs[k].start <= p && p < c->verbs[k].end)
			return c->verbs[k].subject >= 0 ? k : -1;
	return -1;
}

static int verb_ok(const struct coder *c, int i, int form)
{
	int p = i - 1;
	if (form == VF_BASE && compound_head(c, i + 1))
		return 0; /* "trade talks", "Iranian attack drones": a noun */
	while (p >= 0 && is_adverb(c, p))
		p--;
	p = skip_paren_left(c, p);
	if (p > 0 && is_punct(c, p, ',') && form == VF_BASE) {
		/* "did, in fact, discuss", "will, however, attack": the word
		 * before the parenthetical */
		int q = p - 1;
		while (q > 0 && q > p - 6 && !is_punct(c, q, ',') && !is_boundary(c, q))
			q--;
		if (q > 0 && is_punct(c, q, ',') && parenthetical(c, q + 1, p) &&
		    (c->fc[q - 1] & (FC_MODAL | FC_DO)))
			p = q - 1;
	}
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
		if ((c->d->flags & DICT_F_OPEN) && listing_word(c, p))
			return listed_agent(c, i) >= 0; /* "moves by Washington, including
							 * recognising" */
		if (text_participle(c, i))
			return 1; /* "issued a statement condemning the attack" */
		if (means_verb(c, i) >= 0)
			return 1; /* "responded by expelling the envoy" */
		if ((c->d->flags & DICT_F_OPEN) && process_of(c, p) >= 0)
			return 1; /* "began the process of withdrawing its troops" */
		if ((c->d->flags & DICT_F_OPEN) && possibility_of(c, p) >= 0)
			return 1; /* "raised the possibility of suspending talks" */
		if ((c->d->flags & DICT_F_OPEN) && claim_word(c, i) >= 0)
			return 1; /* "claimed responsibility for shooting down" */
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
		/* "beside a police station in Quito": the noun phrase's head */
		if (np_head(c, p, i, form))
			return 0;
		return !(form == VF_S && noun_after_actor(c, i));
	}
	if (c->t[p].kind == TOK_WORD && (c->t[p].flags & TOKF_CAP) && !c->fc[p] && p > 0)
		return !np_head(c, p, i, form); /* a name ("Peru's TV station quoted": a noun) */
	return 0;
}

/*
 * A capitalised word inside a sentence that is not a headline in title case
 * is part of a name ("the Joint Border Guard Forces", "US Trade
 * Representative"), not a verb.
 */
static int name_word(const struct coder *c, int i)
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

/* every longer content word has a capital: a headline in title case */
static int title_case(const struct coder *c)
{
	size_t i, words = 0;
	for (i = 1; i < c->n; i++)
		if (c->t[i].kind == TOK_WORD && c->t[i].nlen >= 4 && !c->fc[i]) {
			if (!(c->t[i].flags & TOKF_CAP))
				return 0;
			words++;
		}
	return words >= 3;
}

/* a proper name starts at i: its first word after "the" has a capital */
static int capital_at(const struct coder *c, size_t i, size_t last)
{
	if (i < last && (c->fc[i] & FC_DET))
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
static int calendar_word(const char *w)
{
	int k;
	for (k = 0; k < 7; k++)
		if (!strcmp(w, date_weekday_names[k]))
			return 1;
	for (k = 0; k < 12; k++)
		if (!strcmp(w, date_month_names[k]))
			return 1;
	return 0;
}

/* a capitalised word no dictionary knows, which may be a person's name (no day or month) */
static int unknown_name(const struct coder *c, int i)
{
	const struct token *t;
	if (i < 0 || (size_t)i >= c->n)
		return 0;
	t = &c->t[i];
	if (t->kind != TOK_WORD || !(t->flags & TOKF_CAP) || (t->flags & TOKF_ABBREV) ||
	    t->nlen < 3 || t->norm[0] < 'a' || t->norm[0] > 'z' || c->fc[i] || c->wid[i] >= 0 ||
	    c->alt[i] >= 0)
		return 0;
	return !calendar_word(t->norm);
}

/* the memory entry of the surname at token i ("Rojas said"), or -1 */
static int name_memory(const struct coder *c, int i)
{
	int k;
	if (!c->nnames || !unknown_name(c, i) || c->t[i].nlen >= sizeof(c->names[0].word))
		return -1;
	for (k = 0; k < c->nnames; k++)
		if (!strcmp(c->names[k].word, c->t[i].norm))
			return c->names[k].actor >= 0 ? k : -1;
	return -1;
}

/*
 * The country of the party an actor (dictionary index a) names, all its codes one
 * country's party (XXXPTY), in cc; 0 when it is something else.
 */
static int party_country(const struct dict *d, int32_t a, char cc[4])
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
		if (strlen(code) != 6 || strcmp(code + 3, "PTY") || (k && strncmp(code, cc, 3)))
			return 0;
		snprintf(cc, 4, "%.3s", code);
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
	if (!party_country(c->d, a, cc))
		return 0;
	if (i > 0 && c->t[i - 1].kind == TOK_WORD && (c->t[i - 1].flags & TOKF_CAP) &&
	    !c->fc[i - 1] && c->span_of[i - 1] < 0 && i - 1 > 0 &&
	    !(c->t[i - 2].kind == TOK_PUNCT && c->t[i - 2].norm[0] != ','))
		return 1; /* "Peoples Democratic Party", not the sentence's first word */
	return i + len + 1 < c->n && is_tok(c, (int)(i + len), "of") &&
	       (c->t[i + len + 1].flags & TOKF_CAP); /* "Democratic Party of Japan" */
}

static int country_code(const char *code);

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
		if (s->kind != PAY_ACTOR || s->mem || !party_country(d, s->idx, cc) ||
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
				other = country_code(oc) && strcmp(oc, cc);
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

static void find_spans(struct coder *c, int *discard, int *story_discard)
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
				/* usable here? actors need a capital letter */
				int32_t p;
				int ok = 0;
				for (p = d->node_pay[node]; p >= 0 && !ok; p = d->pays[p].next)
					if (d->pays[p].kind != PAY_ACTOR ||
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
		    i + best_len < c->n && calendar_word(c->t[i + best_len].norm)) {
			best = prev;
			best_len = prev_len;
		}
		/* "Trump's meeting with Putin": a phrasal verb ("meet with") that
		 * cannot be a verb here leaves the event noun inside it */
		if (nom >= 0 && nom != best && !node_nominal(d, best) &&
		    !verb_ok(c, (int)i, node_vform(d, best))) {
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
			    !name_word(c, (int)i) && verb_ok(c, (int)i, vform))
				actor = agent = -1;
			if (actor >= 0 && (d->flags & DICT_F_OPEN) &&
			    party_elsewhere(c, d->pays[actor].idx, i, best_len)) {
				/* another country's party: the role "party", whose country
				 * its qualifier gives ("Nigeria's", "of Japan") */
				int32_t nd = c->wid[i + best_len - 1] >= 0
						     ? dict_child(d, 0, c->wid[i + best_len - 1])
						     : -1;
				actor = -1;
				for (p = nd >= 0 ? d->node_pay[nd] : -1; p >= 0 && agent < 0;
				     p = d->pays[p].next)
					if (d->pays[p].kind == PAY_AGENT)
						agent = p;
				if (agent < 0) {
					i += best_len;
					continue;
				}
			}
			if (actor >= 0) {
				s->kind = PAY_ACTOR;
				s->idx = d->pays[actor].idx;
				s->pay = actor;
			} else if (agent >= 0) {
				s->kind = PAY_AGENT;
				s->idx = d->pays[agent].idx;
				s->pay = agent;
			} else if (verb >= 0 && name_word(c, (int)i)) {
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
 * Portugal's court, "a union in Lagos" Nigeria's, where "a judge in Lisbon" may be any
 * country's visitor. An embassy, a mission or an office is another country's.
 */
static const char *const seated_body[] = { "court",      "tribunal",    "government", "ministry",
					   "parliament", "legislature", "senate",     "assembly",
					   "council",    "commission",  "committee",  "agency",
					   "party",      "union",       "regime",     "militia" };

static int region_code(const char *code);

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
	return country_code(cc) && !region_code(cc);
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

static void add_code(struct unit *u, const char *code)
{
	int k;
	if (!code || !*code || u->ncodes >= UNIT_CODES)
		return;
	for (k = 0; k < u->ncodes; k++)
		if (!strcmp(u->codes[k], code))
			return;
	snprintf(u->codes[u->ncodes++], CODE_MAX, "%s", code);
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

static void unit_recode(struct coder *c, struct unit *u)
{
	char code[CODE_MAX];
	const char *base;
	u->ncodes = 0;
	if (u->actor < 0)
		return;
	base = dict_actor_code(c->d, &c->d->actors[u->actor], c->date_key);
	if (!base)
		return;
	compose(code, sizeof(code), base, u->ag, u->nag);
	add_code(u, code);
}

/* a country's plain code: three capitals, not a block such as IGO or IMG */
static int country_code(const char *code)
{
	static const char *const blocks[] = { "IGO", "NGO", "IMG", "MNC", "UAF", "INT" };
	size_t k;
	if (!code || strlen(code) != 3)
		return 0;
	for (k = 0; k < sizeof(blocks) / sizeof(blocks[0]); k++)
		if (!strcmp(code, blocks[k]))
			return 0;
	return code[0] >= 'A' && code[0] <= 'Z';
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
		    !country_code(b->actor >= 0 ? dict_actor_code(c->d, &c->d->actors[b->actor],
								  c->date_key)
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
		unit_recode(c, a);
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
	j = country_code(cc) ? dict_actor_of_code3(c->d, cc) : -1;
	return j >= 0 && j == a;
}

static int traveller_unit(const struct coder *c, const struct unit *u);

/* count the countries a sentence names, for roles named without one */
static void doc_tally(struct coder *c)
{
	int k, j;
	memset(c->sent_home, 0, sizeof(c->sent_home));
	for (k = 0; k < c->nunits; k++) {
		const struct unit *u = &c->units[k];
		const char *base;
		if (u->actor < 0 || u->national)
			continue; /* "Zandor", an Australian: a person, not the country */
		int32_t a = u->actor;
		base = dict_actor_code(c->d, &c->d->actors[a], c->date_key);
		if (base && strlen(base) == 6 && !country_code(base)) {
			/* "Finnish troops" (FINMIL) names Finland as "Finnish" would */
			char cc[4];
			memcpy(cc, base, 3);
			cc[3] = 0;
			a = country_code(cc) ? dict_actor_of_code3(c->d, cc) : -1;
			if (a < 0)
				continue;
			base = dict_actor_code(c->d, &c->d->actors[a], c->date_key);
		}
		if (!country_code(base))
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
		}
	}
}

static int pp_object(const struct coder *c, int start, int *loc);

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
	size_t k;
	if (!ag || ag->prefix)
		return 0;
	for (k = 0; k < sizeof(roles) / sizeof(roles[0]); k++)
		if (!strcmp(ag->code, roles[k]))
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

/* country_code() of the first three letters of a unit's code, not a bloc */
static int unit_country(const struct unit *u, char out[4])
{
	snprintf(out, 4, "%.3s", u->codes[0]);
	return strlen(u->codes[0]) >= 3 && country_code(out);
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
		if (!unit_country(u, cc) || (pc[0] && strcmp(pc, cc)))
			return -1; /* another country, an IGO, a group */
		memcpy(pc, cc, 4);
		loc = 0;
		if (u->has_actor && pp_object(c, u->start, &loc) && loc)
			place = 1;
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
		    v->national || !pp_object(c, v->start, &loc) || !loc || !unit_country(v, cc))
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
 * businessmen"), a person known by nationality alone ("a Russian man") and any of a
 * country's people the sentence places in another ("Chinese students in Australia"),
 * and the Vatican. Such a country is no evidence of where the sentence happens.
 */
static int traveller_unit(const struct coder *c, const struct unit *u)
{
	static const char *const people[] = { "tourist", "tourists", "pilgrim",  "pilgrims",
					      "hostage", "hostages", "national", "nationals",
					      "man",     "woman",    "men",      "women",
					      "citizen", "citizens" };
	const char *code = u->codes[0];
	int p = u->end;
	char cc[4], oc[4];
	if (u->national)
		return 1;
	if (!u->ncodes || !unit_country(u, cc))
		return 0;
	if (is_tok(c, p, "in") || is_tok(c, p, "at")) {
		/* "Chinese students in Australia" */
		const struct unit *v;
		p++;
		if ((size_t)p < c->n && (c->fc[p] & FC_DET))
			p++;
		if ((size_t)p < c->n && c->unit_of[p] >= 0 &&
		    (v = &c->units[c->unit_of[p]])->start == p && v->ncodes &&
		    unit_country(v, oc) && strcmp(cc, oc))
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
static int has_role(const char *code, const char *role);

/* a country's people, who are at home more often than not: its opposition, students,
 * workers, farmers, doctors, civilians, its human rights groups ("Kenyan protesters") */
static int home_people(const char *code)
{
	static const char *const roles[] = { "OPP", "EDU", "LAB", "AGR", "HLH", "CVL", "HRI" };
	size_t k;
	for (k = 0; k < sizeof(roles) / sizeof(roles[0]); k++)
		if (has_role(code, roles[k]))
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
		    !unit_country(v, cc) || strcmp(cc, ac))
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

/* the document's country: the one named most so far (the first on a tie), or -1 */
static int32_t doc_country(const struct coder *c)
{
	int j, best = -1;
	for (j = 0; j < c->ndoc; j++)
		if (best < 0 || c->doc_count[j] > c->doc_count[best])
			best = j;
	return best < 0 ? -1 : c->doc_actor[best];
}

/*
 * The sentence names a country (not one guessed from the document) other than
 * those of codes `a` and `b`: a craft the document's country is guessed for may
 * be that country's.
 */
static int third_country(const struct coder *c, const char *a, const char *b)
{
	int u;
	for (u = 0; u < c->nunits; u++) {
		const struct unit *U = &c->units[u];
		char k[4];
		if (U->docfill || !U->ncodes)
			continue;
		memcpy(k, U->codes[0], 3);
		k[3] = '\0';
		if (country_code(k) && strncmp(k, a, 3) && strncmp(k, b, 3))
			return 1;
	}
	return 0;
}

/* no country is named more often than every other so far */
static int doc_tied(const struct coder *c)
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
	return !u->absorbed && !u->has_actor && u->nag && !u->ncodes &&
	       !(u->start > 0 && (c->fc[u->start - 1] & FC_POSS));
}

/* the country the whole document is about: named more than any other, at least twice;
 * or -1 */
static int32_t doc_dominant(const struct coder *c)
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

/* a unit that names a country's office: "Iran's foreign minister", "the U.S. commander" */
static int office_unit(const struct coder *c, const struct unit *u)
{
	char cc[4];
	if (u->absorbed || !u->has_actor || !u->nag || !u->ncodes || u->actor < 0)
		return 0;
	memcpy(cc, u->codes[0], 3);
	cc[3] = 0;
	return country_code(cc) && c->spans[c->span_of[u->start]].mem == 0;
}

static int demonym_person(const struct coder *c, const struct unit *u);
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
	return (m > 0 && !c->names[m - 1].nag) ||
	       (bare_country_unit(c, u) >= 0 && demonym_person(c, u));
}

/* unit k (of this sentence, or carried into it) is such a person */
static int national_unit(const struct coder *c, int k)
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
		for (i = p->end; i < u->start && (free_noun(c, i) || unknown_name(c, i)); i++)
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
static int from_country(const struct coder *c, int from, int end)
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
		return unit_country(&c->units[u], cc) ? u : -1;
	}
	return -1;
}

/* a unit that is a country alone, its adjective or its name ("Australian"): the actor, or -1 */
static int32_t bare_country_unit(const struct coder *c, const struct unit *u)
{
	if (u->absorbed || !u->has_actor || u->nag || u->ncodes != 1 || u->actor < 0 ||
	    !country_code(u->codes[0]) || c->spans[c->span_of[u->start]].mem)
		return -1;
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
		if (A->n && country_code(c->d->codes[A->first].code))
			return c->d->pays[p].idx;
	}
	return -1;
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
	for (q = i; q < i + 4 && unknown_name(c, q) && c->span_of[q] < 0; q++)
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
static void learn_main_person(struct coder *c)
{
	int k, best = -1, tie = 0;
	int32_t dc = doc_dominant(c);
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
		if (!c->title && unknown_name(c, i) && c->span_of[i] < 0 && t->nlen < 32 &&
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
		if (u->absorbed || u->actor < 0 || u->nag || !u->ncodes || !unit_country(u, cc) ||
		    s < 4 || !party_mark(c, s - 2) ||
		    !(is_punct(c, s - 3, ',')
			      ? is_punct(c, u->end, ',') || is_boundary(c, u->end)
			      : is_punct(c, s - 3, '(') && is_punct(c, u->end, ')')))
			continue;
		for (q = s - 4; q >= 0 && q > s - 8 && unknown_name(c, q) && c->span_of[q] < 0; q--)
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
 * The people this sentence names with an office, by a name no dictionary knows: a title
 * before the name ("Chilean chief negotiator Ana Rojas") or an apposition after it
 * ("Joel Schlabach, a teacher at an Indiana school," is not one: the office must be the
 * apposition's first phrase, "Baker, the U.S. commander,"). The surname is remembered.
 */
static void learn_names(struct coder *c)
{
	int k;
	for (k = 0; k < c->nunits; k++) {
		const struct unit *u = &c->units[k];
		int p = u->end, q, a, bare = bare_office(c, u);
		if (!office_unit(c, u) && !bare)
			continue;
		/* the office, then the name in commas: "Inspector-General of Police, Ibrahim
		 * Idris," */
		if (is_punct(c, p, ',') && (q = name_run(c, p + 1, 2)) >= 0 &&
		    ((size_t)q + 1 >= c->n || is_punct(c, q + 1, ',') || is_boundary(c, q + 1) ||
		     is_tok(c, q + 1, "and")))
			remember_name(c, q, u);
		/* title first: the name runs on from the office (a role with no country only
		 * as a capitalised title: "Senator Dino Melaye") */
		for (q = p; q < p + 4 && unknown_name(c, q) && c->span_of[q] < 0; q++)
			;
		if (q > p &&
		    !((size_t)q < c->n && c->t[q].kind == TOK_WORD && (c->t[q].flags & TOKF_CAP)) &&
		    (!bare || (c->t[p - 1].flags & TOKF_CAP)))
			remember_name(c, q - 1, u);
		/* apposition: "Name, [the|a] office,"; an office with no country only after
		 * "the" ("Name, the district attorney,"; "Name, a teacher at ..." holds no
		 * office of a country) */
		a = u->start;
		if (bare && !is_tok(c, a - 1, "the"))
			continue;
		if (a > 0 && (c->fc[a - 1] & FC_DET))
			a--;
		if (a < 2 || !is_punct(c, a - 1, ',') ||
		    !((size_t)u->end >= c->n || is_punct(c, u->end, ',') || is_boundary(c, u->end)))
			continue;
		for (q = a - 2; q >= 0 && q > a - 6 && unknown_name(c, q) && c->span_of[q] < 0; q--)
			;
		if (q < a - 2 && (q < 0 || (c->t[q].flags & TOKF_ABBREV) ||
				  !(c->t[q].kind == TOK_WORD && (c->t[q].flags & TOKF_CAP))))
			remember_name(c, a - 2, u);
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
	return country_code(cc);
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

/*
 * "the two countries", "both nations", "the two leaders": the pair of countries the
 * document names most (the first named on a tie), each with the phrase's role. Token i is
 * the plural noun; the two actors go to a[0], a[1]. Returns 0 when the phrase is no such
 * pair or the document names fewer than two countries. "The two sides" is left alone: it
 * may be a government and its rebels.
 */
static int pair_phrase(const struct coder *c, int i, int32_t a[2])
{
	static const char *const nouns[] = { "countries", "nations", "states",      "neighbours",
					     "neighbors", "allies",  "governments", "leaders" };
	int j, best = -1, second = -1;
	if (!(is_tok(c, i - 1, "two") && is_tok(c, i - 2, "the")) && !is_tok(c, i - 1, "both"))
		return 0;
	if (!TOK_IN(c, i, nouns))
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
	static const char *const adj[] = { "criminal", "academic", "official" };
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
		if (!u->has_actor || u->nag || u->ncodes != 1 || !country_code(u->codes[0]) ||
		    s < 3 || !is_punct(c, s - 1, ',') || (k > 0 && c->units[k - 1].end > s - 3))
			continue;
		for (q = s - 2; q >= 0 && q > s - 5 && unknown_name(c, q) && c->span_of[q] < 0; q--)
			;
		if (q == s - 2 || q < 0 ||
		    !(is_tok(c, q, "in") || is_tok(c, q, "at") || is_tok(c, q, "from") ||
		      is_tok(c, q, "near") || is_tok(c, q, "of")))
			continue;
		u->start = (uint16_t)(q + 1);
	}
}

static void build_units(struct coder *c)
{
	int k, i;
	struct unit *cur = NULL;
	c->nunits = 0;
	for (k = 0; k < c->nspans; k++) {
		const struct span *s = &c->spans[k];
		if (s->kind != PAY_ACTOR && s->kind != PAY_AGENT)
			continue;
		if ((c->d->flags & DICT_F_OPEN) && s->kind == PAY_AGENT &&
		    adjective_role(c, s, k + 1 < c->nspans ? &c->spans[k + 1] : NULL))
			continue;
		if (cur && s->kind == PAY_ACTOR && cur->has_actor && cur->nag &&
		    cur->end == s->start) {
			/* "Bree Prime Minister Romendacil": the person of a country's office */
			cur->end = (uint16_t)(s->start + s->len);
			continue;
		}
		if (cur && np_internal(c, cur->end, s->start) &&
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
	for (k = 0; k < c->nunits; k++)
		unit_recode(c, &c->units[k]);
	if (c->d->flags & DICT_F_OPEN)
		city_state(c);
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
			continue; /* "a woman in Oslo", "a judge in Lisbon": one person
				   * somewhere, no one of its country */
		p++;
		if ((size_t)p < c->n && (c->fc[p] & FC_DET))
			p++;
		if ((size_t)p >= c->n || c->unit_of[p] < 0 || !c->units[c->unit_of[p]].has_actor ||
		    c->units[c->unit_of[p]].start != p)
			continue;
		q = c->unit_of[p];
		g[ng++] = q;
		/* the list of countries */
		for (;;) {
			int e = c->units[g[ng - 1]].end, s2 = e;
			while ((size_t)s2 < c->n && (is_punct(c, s2, ',') || is_tok(c, s2, "and") ||
						     (c->fc[s2] & FC_DET)))
				s2++;
			if (s2 == e || (size_t)s2 >= c->n || c->unit_of[s2] < 0 || ng >= MAX_GROUP)
				break;
			if (!c->units[c->unit_of[s2]].has_actor ||
			    c->units[c->unit_of[s2]].start != s2)
				break;
			g[ng++] = c->unit_of[s2];
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
		if (!is_punct(c, p, ',') || !(a->nag || b->nag) || !b->ncodes)
			continue;
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
	if (c->d->flags & DICT_F_OPEN)
		join_nationals(c);
	if (c->d->flags & DICT_F_OPEN) {
		if (c->learn_names) {
			learn_names(c);
			learn_party_members(c);
			learn_nationals(c);
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
			if (foreign_unit(c, u)) {
				u->foreign = 1;
				continue;
			}
			if (a >= 0 && agency_agents(u) && partner_country_only(c, a, u))
				a = -1;
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
			u->actor = a;
			unit_recode(c, u);
			u->actor = -1;
			u->docfill = 1;
		}
		pair_units(c);
	}
}

/* ---- finding the actors of a verb ---- */

/* A unit introduced by a preposition ("attack by X", "in Moscow") cannot be a subject. */
/*
 * A capitalised day or month name ("Monday", "March"): the object of a
 * preposition that dates the clause, after which no name of the phrase goes.
 */
static int day_or_month(const struct coder *c, int i)
{
	return i >= 0 && c->t[i].kind == TOK_WORD && (c->t[i].flags & TOKF_CAP) &&
	       calendar_word(c->t[i].norm);
}

/*
 * A verb that takes an actor and a bare infinitive, at token i after "to":
 * "to see Russia withdraw", "to let Iran enrich", "to make Israel stop".
 */
static int bare_inf_verb(const struct coder *c, int i)
{
	static const char *const v[] = { "see", "watch", "let", "make", "help", "have", "hear" };
	return TOK_IN(c, i, v);
}

static int pp_object(const struct coder *c, int start, int *loc)
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
	    !(c->fc[i] & FC_TO &&
	      (c->is_verb[i + 1] || ((c->d->flags & DICT_F_OPEN) && bare_inf_verb(c, i + 1)))) &&
	    !is_tok(c, i, "of")) {
		if (loc)
			*loc = (c->fc[i] & FC_LOC) != 0;
		return 1;
	}
	return 0;
}

static int verb_index_at(const struct coder *c, int tok)
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

/* ", in remarks published on Monday," or ", the state's fiercest foe," */
static int parenthetical(const struct coder *c, int a, int b)
{
	if (a >= b)
		return 0;
	if (c->fc[a] & (FC_PREP | FC_DET | FC_REL | FC_POSS))
		return 1;
	if (is_adverb(c, a) || is_tok(c, a, "it") || is_tok(c, a, "according"))
		return 1;
	if ((c->d->flags & DICT_F_OPEN) && c->span_of[a] >= 0 &&
	    c->spans[c->span_of[a]].kind == PAY_VERB && c->spans[c->span_of[a]].form == VF_ING)
		return 1; /* "China, accusing the US of meddling, rejected" */
	return 0;
}

static int infinitive_at(const struct coder *c, int vstart)
{
	int p = vstart - 1;
	while (p >= 0 && is_adverb(c, p))
		p--;
	return p >= 0 && (c->fc[p] & FC_TO);
}

static int clause_subject(const struct coder *c, int u);
static int by_agent(const struct coder *c, int i);
static int inf_causee(const struct coder *c, int u);

/* the verb vi ends right before the "to" of the infinitive at vstart */
/*
 * Verb vi is a means gerund (means_verb): the index of the event verb it
 * serves, or -1.
 */
static int means_of(const struct coder *c, int vi)
{
	int g = c->span_of[c->verbs[vi].start] >= 0 &&
				c->spans[c->span_of[c->verbs[vi].start]].form == VF_ING
			? means_verb(c, c->verbs[vi].start)
			: -1,
	    k = g >= 0 ? verb_index_at(c, g) : -1;
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

/* The subject of the verb at [vstart, ...): a unit index, or -1. */
/*
 * "He said ...", "They attacked ...": a pronoun subject (not "we": the speaker
 * of a quote) with no antecedent in its sentence is the previous sentence's
 * subject actor, if that sentence is at most CARRY_SENTENCES back (sentences
 * with no actor subject between count). The carried unit sits past nunits, at
 * the pronoun's token.
 */
#define CARRY_SENTENCES 3

/* a dictionary actor with dated codes: an office holder, a person */
static int dated_actor(const struct dict *d, int32_t a)
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
static int unit_person(const struct coder *c, const struct unit *u)
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
		    (c->spans[s].kind == PAY_ACTOR && dated_actor(c->d, c->spans[s].idx)))
			return 1;
		if (c->spans[s].kind == PAY_AGENT)
			head = c->spans[s].start + c->spans[s].len - 1;
	}
	agent = head >= 0;
	if (!agent)
		head = u->end - 1; /* a role inside a name: "the UN Special Rapporteur" */
	if (TOK_IN(c, head, persons))
		return 1;
	if (TOK_IN(c, head, bodies) ||
	    (c->t[head].kind == TOK_WORD && c->t[head].nlen > 3 &&
	     c->t[head].norm[c->t[head].nlen - 1] == 's' && !(c->t[head].flags & TOKF_CAP)))
		return 0; /* "forces", "officials": plural */
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

/* the pronoun at token i can stand for an actor of unit_person() `kind`: "he" and "she" for
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
	if (!c->have_carry || c->have_carry > 1 + CARRY_SENTENCES ||
	    !pronoun_agrees(c, i, c->carry_kind))
		return -1;
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
	       unit_person(c, u) != 1 &&
	       (!strncmp(u->codes[0], "IGO", 3) || !strncmp(u->codes[0], "NGO", 3) ||
		!strncmp(u->codes[0], "IMG", 3) || (unit_country(u, b) && strlen(u->codes[0]) > 3));
}

/* After a sentence (open coding): its countries and named organisations, for the next
 * two sentences' "the country" and "the group". */
static void remember_recent(struct coder *c)
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
		}
		if (!unit_country(u, b))
			continue;
		for (j = 0; j < c->nrec_country[0]; j++)
			if (!strcmp(c->rec_country[0][j], b))
				break;
		if (j == c->nrec_country[0] && j < RECENT)
			memcpy(c->rec_country[0][c->nrec_country[0]++], b, 4);
	}
}

/*
 * "Chile recalled its ambassador. The country also expelled ...", "Hezbollah fired rockets.
 * The group said ...": "the country" or "the group" (its noun at token i) as a subject with
 * no antecedent in its sentence is the one country or named organisation the last two
 * sentences named; with two or more, or none, no one. The unit sits past the carried
 * subject's and the quotation speaker's, or -1.
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
static int object_person(struct coder *c, int from, int subj)
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
		if (unit_person(c, U) != 1)
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
static int pronoun_possessor(struct coder *c, int q)
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
		if (pronoun_agrees(c, q, unit_person(c, &c->units[u])))
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
			    !U->ncodes || !pronoun_agrees(c, q, unit_person(c, U)))
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

/*
 * "The Serbian president said Kosovo's leaders were provoking violence, a charge Pristina
 * rejected": the subject `subj` of a rejection in a relative clause on a charge, claim or
 * accusation in apposition to the clause before (", a charge [that] X rejected") rejects
 * the one who made it, the subject of the first verb of the sentence with an actor as
 * subject, not of `subj`'s code. A unit index, or -1.
 */
static int charge_maker(const struct coder *c, int subj)
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
static int speaker_after(const struct coder *c, size_t q)
{
	size_t k = q + 1;
	if (q < 1 || !is_punct(c, (int)q, '"') || !is_punct(c, (int)q - 1, ','))
		return -1;
	if (k < c->n && (c->fc[k] & FC_SAY)) {
		k++;
		while (k < c->n && (c->fc[k] & FC_DET))
			k++;
		return k < c->n ? c->unit_of[k] : -1;
	}
	while (k < c->n && (c->fc[k] & FC_DET))
		k++;
	if (k < c->n && c->unit_of[k] >= 0) {
		size_t e = c->units[c->unit_of[k]].end;
		if (e < c->n && (c->fc[e] & FC_SAY))
			return c->unit_of[k];
	}
	return -1;
}

/* the speaker of a quotation before token i: "we" and "I" in it are the speaker */
static int quote_speaker(const struct coder *c, int i)
{
	size_t q;
	int u;
	for (q = (size_t)i + 1; q + 1 < c->n; q++)
		if ((u = speaker_after(c, q)) >= 0)
			return u;
	return -1;
}

/*
 * The object after token `from` (past adverbs) is the speaker's side in the first person:
 * "us", or "our" and a noun ("attacked our positions"). In a quotation that names its
 * speaker after it, that speaker is the target.
 */
static int first_person_object(const struct coder *c, int from)
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
		    (c->unit_of[k] >= 0 && !pp_object(c, c->units[c->unit_of[k]].start, NULL)))
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
		    c->units[u].ncodes && !pp_object(c, j, NULL) && clause_subject(c, u))
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

static int holder_by(const struct coder *c, int pv, int any)
{
	const struct vinfo *v = &c->verbs[pv];
	int p = v->start - 1;
	if (c->spans[v->span].form != VF_ED || p < 0 || !is_tok(c, v->end, "by"))
		return -1;
	if (!any && (!(c->unit_of[p] >= 0 || is_plain_word(c, p)) ||
		     (c->fc[p] & (FC_BE | FC_HAVE | FC_MODAL))))
		return -1;
	return by_agent(c, v->end + 1);
}

/* tokens a..b-1 are only auxiliaries, modals, negations and adverbs */
static int aux_only(const struct coder *c, int a, int b)
{
	for (; a < b; a++)
		if (!is_aux(c, a))
			return 0;
	return 1;
}

static int state_role(const char *code);

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
		if (country_code(b) && (!U->codes[0][3] || state_role(U->codes[0])))
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

static int statement_verb(const struct coder *c, int i);
static const char *verb_code(const struct dict *d, const struct dverb *v);

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
	    statement_verb(c, p))
		return -1; /* "who claimed the kidnappers targeted": a complement's subject */
	for (y = c->spans[c->span_of[p]].pay; y >= 0; y = d->pays[y].next)
		if (c->spans[c->span_of[p]].form == VF_ED && d->pays[y].kind == PAY_VERB &&
		    !strcmp(verb_code(d, &d->verbs[d->pays[y].idx]), "072"))
			return -1; /* "reports that armed rebels had captured" */
	p = c->spans[c->span_of[p]].start - 1;
	while (p >= 0 && is_aux(c, p))
		p--;
	return p >= 1 && (c->fc[p] & (FC_REL | FC_THAT)) && c->t[p - 1].kind == TOK_WORD ? p : -1;
}

static int fight_word(const struct coder *c, int i);

/*
 * Nouns that govern an infinitive: of aim or right, whose act is not done yet
 * ("efforts to get", "the right to strike", "the president's reluctance to
 * lift sanctions"); of intent ("a commitment to comply"); of a decision taken,
 * whose act is reported ("the decision to lift", "an agreement to extradite").
 */
static const char *const inf_aims[] = {
	"effort",        "efforts",    "attempt",   "attempts",   "bid",        "request",
	"requests",      "proposal",   "proposals", "right",      "rights",     "ability",
	"opportunity",   "chance",     "need",      "refusal",    "failure",    "call",
	"calls",         "campaign",   "pressure",  "power",      "powers",     "authority",
	"permission",    "mandate",    "threat",    "threats",    "push",       "drive",
	"bill",          "law",        "motion",    "resolution", "initiative", "mission",
	"order",         "orders",     "programme", "programmes", "program",    "programs",
	"scheme",        "schemes",    "project",   "projects",   "strategy",   "goal",
	"aim",           "reluctant",  "unwilling", "hesitant",   "loath",      "reluctance",
	"unwillingness", "hesitation", "hesitancy", "reticence",  "inability",  "refusals",
	"failures",      "desire",     "desires",   "wish",       "wishes",     "hope",
	"hopes",         "ambition",   "ambitions",
};
static const char *const inf_intents[] = { "plan",   "plans",   "intention", "commitment", "offer",
					   "pledge", "promise", "promises",  "pledges" };
static const char *const inf_deeds[] = { "decision", "decisions", "move",
					 "moves",    "agreement", "deal" };

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
static int participle_at(const struct coder *c, int i)
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
			if ((c->fc[e] & FC_BE) && !(ed && participle_at(c, e + 1)))
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
		if ((c->fc[e] & FC_BE) && !(ed && participle_at(c, e + 1)))
			return -2; /* "caught me while I was trying to cross and deported
				    * me": the main clause's; "after he was hauled out and
				    * taken into custody": his */
		*shared_be = (c->fc[e] & FC_BE) != 0;
		return e - 1;
	}
	return -2;
}

static int find_subject(struct coder *c, int vi)
{
	int vstart = c->verbs[vi].start, i = vstart - 1;
	/* "to protest", "began protesting": the subject is the governing verb's (not
	 * after the nouns "fighting" and "battle": "the fighting forced them out") */
	int infinitive = infinitive_at(c, vstart) ||
			 (i >= 0 && (c->fc[i] & (FC_CTRL | FC_WEIGH)) && !fight_word(c, i)) ||
			 ((c->d->flags & DICT_F_OPEN) && process_of(c, i) >= 0 &&
			  !is_tok(c, process_of(c, i), "in")) ||
			 ((c->d->flags & DICT_F_OPEN) && possibility_of(c, i) >= 0);
	if (i >= 0 && (is_punct(c, i, '"') || (is_punct(c, i, ',') && is_punct(c, i - 1, '"'))))
		return -1; /* '"...," said Habib Noori': the speaker follows the verb */
	{
		int g = means_of(c, vi);
		if (g >= 0)
			return c->verbs[g].subject; /* "Chile responded by expelling" */
	}
	if ((c->d->flags & DICT_F_OPEN) && c->span_of[vstart] >= 0 &&
	    c->spans[c->span_of[vstart]].form == VF_ING) {
		int k = claimed_deed(c, vstart);
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
	    c->spans[c->span_of[vstart]].form == VF_ING && i >= 0 && listing_word(c, i))
		return listed_agent(c, vstart); /* "moves by Washington, including recognising" */
	if ((c->d->flags & DICT_F_OPEN) && c->span_of[vstart] >= 0 &&
	    c->spans[c->span_of[vstart]].form == VF_ING) {
		/* "China rejected the report, accusing the US of meddling": a participle
		 * after a comma has the subject of the clause before it */
		int p = i, k, u0;
		while (p >= 0 && is_adverb(c, p))
			p--;
		if (p == i && text_participle(c, vstart)) {
			/* "Chile issued a statement condemning Peru": the issuer, the
			 * subject of the verb whose object the text is */
			for (k = vi - 1; k >= 0; k--)
				if (c->verbs[k].start < p) {
					if (c->verbs[k].subject >= 0)
						return c->verbs[k].subject;
					break;
				}
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
			    (clause_subject(c, u0) || opens_with_verb(c, c->units[u0].end)))
				return u0;
			if ((c->fc[0] & FC_PRON) && !is_tok(c, 0, "we") && !is_tok(c, 0, "i"))
				return carried_subject(c, 0);
			return -1;
		}
	}
	{
		/* "condemned X ... and promised Y": the first verb's subject */
		int p = vstart - 1;
		while (p >= 0 && is_aux(c, p))
			p--;
		if (p > 0 && (c->fc[p] & FC_CONJ)) {
			int k, q, w = -2, shared_be = 0,
				  bare_ed = c->span_of[vstart] >= 0 &&
					    c->spans[c->span_of[vstart]].form == VF_ED;
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
				/* "Vietnam is one of China's critics and has accused Beijing":
			 * the nearest actor that opens a clause */
				for (q = p - 1; q >= 0 && !is_boundary(c, q); q--)
					if (c->unit_of[q] >= 0 &&
					    c->units[c->unit_of[q]].start == q &&
					    clause_subject(c, c->unit_of[q]))
						return c->unit_of[q];
			}
		}
	}
	while (i >= 0) {
		int u = c->unit_of[i], rel0;
		if ((c->d->flags & DICT_F_OPEN) && u < 0 && i > 0 && is_tok(c, i - 1, "the") &&
		    !(i > 1 && (c->fc[i - 2] & FC_PREP)) && aux_only(c, i + 1, vstart)) {
			static const char *const groups[] = { "group",        "organisation",
							      "organization", "movement",
							      "faction",      "alliance",
							      "bloc" };
			static const char *const countries[] = { "country", "nation", "kingdom" };
			if (TOK_IN(c, i, countries) && ((u = country_before(c, i - 1)) >= 0 ||
							(u = recent_actor(c, i, 0)) >= 0))
				return u; /* "According to the Jordanian government, the country had" */
			if (TOK_IN(c, i, groups) && (u = recent_actor(c, i, 1)) >= 0)
				return u; /* "Hezbollah fired rockets. The group said" */
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
			int rel;
			if ((c->d->flags & DICT_F_OPEN) &&
			    (rel = relative_object(c, u, vstart)) >= 0) {
				/* the relative clause's object: its noun is the subject */
				i = rel;
				continue;
			}
			if (pp_object(c, U->start, NULL) &&
			    !(infinitive && U->end == vstart - 1 && inf_causee(c, U->start))) {
				/* not "a need for Iraq to open": the actor asked to act */
				i = U->start - 1;
				continue;
			}
			return u;
		}
		if (c->is_verb[i]) {
			int pv = verb_index_at(c, i);
			if (pv >= 0 && only_coord(c, c->verbs[pv].end, vstart))
				return c->verbs[pv].subject;
			if ((c->d->flags & DICT_F_OPEN) && pv >= 0 && holder_by(c, pv, 0) >= 0) {
				/* "Two Americans held by Hamas were released": the noun
				 * before the reduced relative */
				i = c->verbs[pv].start - 1;
				continue;
			}
			if ((c->d->flags & DICT_F_OPEN) && pv >= 0 && holder_by(c, pv, 1) >= 0) {
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
			int k, sp;
			int earlier = 0;
			if ((is_tok(c, i, "we") || is_tok(c, i, "i")) &&
			    (sp = quote_speaker(c, i)) >= 0)
				return sp; /* '"We condemn the attack," the minister said' */
			for (k = vi - 1; k >= 0; k--) {
				sp = c->verbs[k].subject;
				if (sp < 0)
					continue;
				if (!(c->d->flags & DICT_F_OPEN) ||
				    pronoun_agrees(c, i, unit_person(c, &c->units[sp])))
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
					    !c->units[sp].docfill && clause_subject(c, sp) &&
					    unit_person(c, &c->units[sp]))
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
			    parenthetical(c, p + 1, i)) {
				i = p - 1;
				continue;
			}
		}
		if (c->fc[i] & (FC_REL | FC_THAT)) {
			/* relative clause: the noun before "who" */
			int p = i - 1;
			if (p >= 0 &&
			    (is_punct(c, p, ',') || is_punct(c, p, '-') || is_punct(c, p, '(') ||
			     ((c->d->flags & DICT_F_OPEN) && c->t[p].kind == TOK_PUNCT &&
			      !is_boundary(c, p) && !is_punct(c, p, '"'))))
				p--; /* "two hostages — an American and an Australian — who" */
			if (p >= 0 && c->unit_of[p] >= 0 && (c->fc[i] & FC_REL))
				return c->unit_of[p];
			return -1;
		}
		if ((c->fc[i] & FC_SUBORD) && !((c->d->flags & DICT_F_OPEN) && date_at(c, i + 1)))
			return -1; /* "held since 2016 were released": a time, no clause */
		if (is_punct(c, i, ')')) {
			int q = skip_paren_left(c, i);
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
			if (p >= 0 && is_punct(c, p, ',') && parenthetical(c, p + 1, i)) {
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
 * done, and no target of the verb. 1 if so.
 */
static int topic_between(const struct coder *c, int from, int to)
{
	static const char *const topic[] = { "about", "over", "regarding", "concerning" };
	int k;
	for (k = from + 1; k < to; k++)
		if (TOK_IN(c, k, topic) && c->t[k - 1].kind == TOK_WORD && !c->is_verb[k - 1] &&
		    !c->fc[k - 1])
			return 1;
	return 0;
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
	       (c->is_verb[j] || bare_inf_verb(c, j) || c->span_of[j] < 0);
}

static int find_object(const struct coder *c, int from, int statement)
{
	int i, place = -1, role = -1;
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
			if (pp_object(c, i, &loc) && loc && !statement) {
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
		if (is_punct(c, i, ',') && speaker_after(c, (size_t)i + 1) >= 0)
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
			if (s->form != VF_ING)
				break;
		}
	}
	return place >= 0 ? place : role;
}

/*
 * The agent of a passive: the noun phrase right after "by" (token i), an
 * actor in it ("by Iranian security forces", "by a protester"), not one
 * further on ("by his departure from Hanoi", "by blocking aid to Syria").
 */
static int by_agent(const struct coder *c, int i)
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
static int ing_word(const struct coder *c, int i)
{
	const struct token *t = &c->t[i];
	return t->kind == TOK_WORD && !(t->flags & TOKF_CAP) && t->nlen >= 5 &&
	       !memcmp(t->norm + t->nlen - 3, "ing", 3);
}

/* units coordinated with u: "Iran, Russia and China"; dir = +1 right, -1 left */
static int group_scan(const struct coder *c, int u, int dir, int *out, int max)
{
	int n = 0;
	out[n++] = u;
	for (;;) {
		const struct unit *U = &c->units[out[n - 1]];
		int i = dir > 0 ? U->end : U->start - 1, sep = 0, filler = 0, v;
		while (i >= 0 && (size_t)i < c->n) {
			if (is_punct(c, i, ',') || (c->fc[i] & (FC_CONJ | FC_LIST)) ||
			    (is_tok(c, i, "as") &&
			     (is_tok(c, i - 1, "such") || is_tok(c, i - 1, "well") ||
			      is_tok(c, i + 1, "well")))) {
				sep = 1;
			} else if (c->fc[i] & FC_DET) {
				;
			} else if (is_plain_word(c, i) ||
				   (c->t[i].kind == TOK_WORD && (c->t[i].flags & TOKF_CAP) &&
				    !c->fc[i] && c->span_of[i] < 0)) {
				if (++filler > 3)
					return n;
				if (dir > 0 && filler == 1 && sep && is_punct(c, i - 1, ',') &&
				    ing_word(c, i))
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
		if (dir < 0 && pp_object(c, c->units[v].start, NULL))
			return n;
		if (dir < 0 && c->units[v].start >= 2 && is_tok(c, c->units[v].start - 1, "and") &&
		    is_tok(c, i + 1, "and") && c->unit_of[c->units[v].start - 2] >= 0 &&
		    pp_object(c, c->units[c->unit_of[c->units[v].start - 2]].start, NULL))
			return n; /* "raids across Chad and Niger and the junta has": two clauses */
		out[n++] = v;
		if (dir > 0 && c->units[v].start != i)
			return n;
	}
}

/* The unit opens a clause of its own: a verb or an auxiliary follows it. */
static int clause_subject(const struct coder *c, int u)
{
	int i = c->units[u].end, k = 0;
	if (pp_object(c, c->units[u].start, NULL))
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
static int group(const struct coder *c, int u, int dir, int *out, int max)
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

/* ---- patterns ---- */

static int word_match(const struct coder *c, int i, int32_t id)
{
	return (size_t)i < c->n && i >= 0 && (c->wid[i] == id || c->alt[i] == id);
}

/* length of the synset member at token i, 0 if none */
static int syn_match(const struct coder *c, int i, int32_t syn)
{
	const struct dict *d = c->d;
	int k, best = 0;
	if (syn < 0)
		return 0;
	for (k = 0; k < d->syns[syn].n; k++) {
		const struct dphrase *ph = &d->members[d->syns[syn].first + k];
		int j;
		for (j = 0; j < ph->n; j++)
			if (!word_match(c, i + j, d->seq[ph->off + j]))
				break;
		if (j == ph->n && ph->n > best)
			best = ph->n;
	}
	return best;
}

static int el_match(const struct coder *c, int i, const struct pel *e)
{
	if (e->type == PE_WORD)
		return word_match(c, i, e->id) ? 1 : 0;
	return syn_match(c, i, e->id);
}

struct pmatch {
	int score;
	int src_pos, tgt_pos; /* token where the marked actor is looked for, -1 */
	int tgt_is_subject;   /* "+ *" */
	int src_after;        /* "$" after the verb */
	int comp;             /* "%" */
	int wfrom, wto;       /* tokens the words after the verb matched, or 0 0 */
	int wlast;            /* where the last of those elements matched */
};

static int clause_end(const struct coder *c, int from)
{
	int i;
	for (i = from; (size_t)i < c->n; i++)
		if (is_boundary(c, i))
			return i;
	return (int)c->n;
}

static const struct dverb *word_verb(const struct coder *c, int i);
static const char *verb_code(const struct dict *d, const struct dverb *v);

/*
 * Token j is "to" and a verb of repression or coercion (17x: quell, crush,
 * disperse, contain) follows: what comes after is that verb's object.
 */
/* token i's verb is one of repression or coercion (17x), remembered for the
 * sentence (match_pattern asks at each "to" it passes) */
static int repress_verb(struct coder *c, int i)
{
	if (c->repress[i] < 0) {
		const struct dverb *v = word_verb(c, i);
		c->repress[i] = (int8_t)(v && !strncmp(verb_code(c->d, v), "17", 2));
	}
	return c->repress[i];
}

static int repress_inf(struct coder *c, int j)
{
	if (!(c->fc[j] & FC_TO) || (size_t)j + 1 >= c->n || !c->is_verb[j + 1])
		return 0;
	return repress_verb(c, j + 1);
}

/*
 * Token j is a verb that stops or puts off what follows it (suspend, halt,
 * stop, end, cease, ...): "announced they had suspended attacks on" -- the
 * attacks are that verb's object, suspended, not the announcement's.
 */
static int halting_verb_at(const struct coder *c, int j);

/* halting_verb_at(), remembered for the sentence (so the coder is not const) */
static int halting_verb(struct coder *c, int j)
{
	if (c->halting[j] < 0)
		c->halting[j] = (int8_t)halting_verb_at(c, j);
	return c->halting[j];
}

/* token j is a form of a verb that stops or puts off (suspend, halt, stop,
 * end, cease, pause, abandon, cancel, postpone), used as a verb or not */
static int halting_word(const struct coder *c, int j)
{
	static const char *const halt[] = { "suspend", "halt",    "stop",   "end",     "cease",
					    "pause",   "abandon", "cancel", "postpone" };
	const struct dict *d = c->d;
	int32_t node = -1, p;
	size_t k;
	if (j < 0 || (size_t)j >= c->n)
		return 0;
	if (c->wid[j] >= 0)
		node = dict_child(d, 0, c->wid[j]);
	if (node < 0 && c->alt[j] >= 0)
		node = dict_child(d, 0, c->alt[j]);
	for (p = node < 0 ? -1 : d->node_pay[node]; p >= 0; p = d->pays[p].next) {
		const struct dverb *v;
		if (d->pays[p].kind != PAY_VERB)
			continue;
		v = &d->verbs[d->pays[p].idx];
		for (k = 0; v->lemma && k < sizeof(halt) / sizeof(halt[0]); k++)
			if (!strcmp(v->lemma, halt[k]))
				return 1;
	}
	return 0;
}

static int halting_verb_at(const struct coder *c, int j)
{
	int q = j - 1, form;
	if (!c->is_verb[j] || c->span_of[j] < 0)
		return 0;
	while (q >= 0 && is_adverb(c, q))
		q--;
	if (q < 0)
		return 0;
	/* a finite verb of its own ("they have suspended attacks", "it was
	 * ending its attacks"): not an infinitive ("threatened to end the
	 * protests with force" is the threat's force), a passive ("demanded that
	 * it be cancelled and compensation") or an adjective ("suspended
	 * sentences") */
	form = c->spans[c->span_of[j]].form;
	if (!((form == VF_ED && (c->fc[q] & (FC_HAVE | FC_PRON))) ||
	      (form == VF_ED && c->unit_of[q] >= 0) ||
	      (form == VF_BASE && (c->fc[q] & (FC_MODAL | FC_DO | FC_PRON))) ||
	      (form == VF_ING && (c->fc[q] & FC_BE)) ||
	      (form == VF_S && (c->fc[q] & FC_PRON || c->unit_of[q] >= 0))))
		return 0;
	return halting_word(c, j);
}

/* token i lies inside a date expression and is written as one ("until March
 * 21"; "a march in Santiago" is none): no pattern word */
static int in_date(const struct coder *c, int i)
{
	size_t k;
	if (c->t[i].kind == TOK_WORD && !(c->t[i].flags & TOKF_CAP))
		return 0;
	for (k = 0; k < c->ndm; k++)
		if ((int)c->dm[k].first <= i && i < (int)c->dm[k].end)
			return 1;
	return 0;
}

/* a noun that stops or puts off what follows it: "announced a suspension of
 * rallies" announces no rally */
static int halting_noun(const struct coder *c, int j)
{
	static const char *const nouns[] = { "suspension", "halt", "cancellation", "postponement",
					     "moratorium", "ban",  "bans",         "suspensions" };
	return TOK_IN(c, j, nouns);
}

/*
 * Token j is the "to" of an infinitive (a verb or a plain word after it) that the verb at
 * vstart does not govern, and the verb is a light one (c->light: it codes nothing but
 * through its pattern, as "take", "make", "hold"): the pattern's words after the "to"
 * belong to the infinitive's clause ("took the decision to close the inquiry" takes no
 * inquiry), an opening quotation mark between them or not ("to \"close the inquiry\""
 * quotes the same infinitive). Verbs that govern an infinitive ("agreed to hold talks") and verbs with a code
 * of their own that a pattern refines ("rallied to demand the resignation of") reach past it.
 */
/* token i is a noun of intent, aim or deed that governs an infinitive,
 * remembered for the sentence (match_pattern asks at each "to" it passes) */
static int inf_noun(struct coder *c, int i)
{
	if (i < 0 || (size_t)i >= c->n)
		return 0;
	if (c->infnoun[i] < 0)
		c->infnoun[i] = (int8_t)(TOK_IN(c, i, inf_intents) || TOK_IN(c, i, inf_aims) ||
					 TOK_IN(c, i, inf_deeds));
	return c->infnoun[i];
}

static int crossed_inf(struct coder *c, int vstart, int j)
{
	int w = j + 1;
	if (!(c->fc[j] & FC_TO) || !c->light)
		return 0;
	if (is_punct(c, w, '"') || is_punct(c, w, '\''))
		w++; /* "took the decision to \"close the inquiry\"": the quoted infinitive */
	if ((size_t)w >= c->n)
		return 0;
	/* a quoted verb is not told from a quotation's first word: its verb pattern says */
	if (!c->is_verb[w] &&
	    !(w > j + 1 && c->span_of[w] >= 0 && c->spans[c->span_of[w]].kind == PAY_VERB) &&
	    !(c->t[w].kind == TOK_WORD && !c->fc[w] && !(c->t[w].flags & TOKF_CAP) &&
	      c->span_of[w] < 0))
		return 0;
	/* "announced their intention to lay down their arms", "declared its readiness
	 * to": a noun of intent or aim before the "to" governs it, whatever the verb,
	 * and its infinitive's own word too (2) */
	if (j > vstart + 1 && inf_noun(c, j - 1))
		return 2;
	return !(c->fc[vstart] & (FC_GOVFUT | FC_GOVDEM | FC_GOVHYP | FC_CTRL | FC_DECIDE |
				  FC_NEGV | FC_SAY | FC_VOW | FC_WEIGH));
}

/*
 * A light verb's pattern word past the gerund right after it (vend) when
 * that gerund codes an act of its own: the light verb only starts or
 * carries on that act ("started cracking down on protests" is no protest
 * started, "continue fasting until March 21" no march). A light gerund
 * lets the pattern through ("began carrying out air strikes", "began
 * setting up roadblocks"), and a word of the gerund itself matches
 * ("carried out bombing raids").
 */
static int crossed_gerund(const struct coder *c, int vend, int j)
{
	const struct dict *d = c->d;
	const struct span *sp;
	int32_t p;
	int s, own = 0;
	if (!c->light || j <= vend || (size_t)vend >= c->n || !c->is_verb[vend])
		return 0;
	s = c->span_of[vend];
	if (s < 0 || c->spans[s].kind != PAY_VERB || c->spans[s].form != VF_ING)
		return 0;
	sp = &c->spans[s];
	for (p = sp->pay; p >= 0; p = d->pays[p].next) {
		const struct dverb *ver;
		const struct dblock *bl;
		if (d->pays[p].kind != PAY_VERB || nominal_pay(d, p))
			continue;
		ver = &d->verbs[d->pays[p].idx];
		bl = &d->blocks[ver->block];
		if (strcmp(ver->code[0] ? ver->code : bl->code, "---") ||
		    !strncmp(bl->name, "OBJ_", 4))
			own = 1;
		else
			return 0; /* a light verb of its own: "carrying out", "setting up" */
	}
	return own;
}

/*
 * Tokens [from, to) open one noun phrase: determiners, possessives, numbers,
 * adjectives and nouns, actors and "of" ("two tonnes of cocaine", "his chief
 * of staff"), no punctuation, verb or other preposition. The noun of a sense
 * pattern (data/verbs/senses.txt) must be the verb's own object, not a word of
 * what comes after it ("fired, killing two officials").
 */
static int np_reach(const struct coder *c, int from, int to)
{
	int j;
	/* a retort's particle: "hit back at critics", "struck back at the claims" */
	if (from < to && is_tok(c, from, "back") && is_tok(c, from + 1, "at"))
		from += 2;
	for (j = from; j < to && (size_t)j < c->n; j++) {
		int s = c->span_of[j];
		if (s >= 0 && (c->spans[s].kind == PAY_ACTOR || c->spans[s].kind == PAY_AGENT))
			continue;
		if ((c->fc[j] & (FC_DET | FC_POSS)) || is_tok(c, j, "'s") || is_tok(c, j, "of") ||
		    is_plain_word(c, j) || c->t[j].kind == TOK_NUM || is_punct(c, j, '-') ||
		    (s >= 0 && c->spans[s].kind == PAY_VERB && !c->is_verb[j]))
			continue;
		return 0;
	}
	return 1;
}

/*
 * A HEAD_ block's match ending at token `to` is the verb's own object: every
 * token from `from` is a particle of the verb ("shut down", "shut off") or of
 * a noun phrase (np_reach): "shut down the internet", not "shut down schools
 * after videos spread on the internet".
 */
static int head_reach(const struct coder *c, int from, int to)
{
	int j;
	for (j = from; j < to && (size_t)j < c->n; j++)
		if (!(is_tok(c, j, "down") || is_tok(c, j, "off")) && !np_reach(c, j, j + 1))
			return 0;
	return 1;
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
 * interference".
 */
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

/* c->wbits for the sentence's tokens */
static void mark_words(struct coder *c)
{
	size_t i;
	memset(c->wbits, 0, sizeof(c->wbits));
	for (i = 0; i < c->n; i++) {
		uint32_t a = (uint32_t)c->wid[i] % 1024, b = (uint32_t)c->alt[i] % 1024;
		c->wbits[a / 64] |= (uint64_t)1 << (a % 64);
		c->wbits[b / 64] |= (uint64_t)1 << (b % 64);
	}
}

/* word id `id` may be some token's (wid or alt): 0 if surely none */
static int word_in_sentence(const struct coder *c, int32_t id)
{
	uint32_t a = (uint32_t)id % 1024;
	return (c->wbits[a / 64] >> (a % 64)) & 1;
}

static int match_pattern(struct coder *c, const struct dpattern *p, int vstart, int vend, int end,
			 struct pmatch *m)
{
	int pos = vend, k, words = 0, cross;
	/* read once: the caches below are written through char pointers */
	const int opend = (c->d->flags & DICT_F_OPEN) != 0;
	memset(m, 0, sizeof(*m));
	m->src_pos = m->tgt_pos = -1;
	for (k = p->star + 1; k < p->nel; k++) {
		const struct pel *e = &p->el[k];
		/* "{* PROTESTS}": adjacent to the verb itself, as "{A B}" to each other */
		int gap = e->join == PJ_ADJ ? 0 : e->join == PJ_NEAR ? 2 : 8, j, len = 0, at;
		unsigned dated = 0;
		switch (e->type) {
		case PE_SRC:
			m->src_pos = pos;
			m->src_after = 1;
			continue;
		case PE_TGT: m->tgt_pos = pos; continue;
		case PE_COMP: m->comp = 1; continue;
		case PE_SKIP:
			if (pos >= end)
				return 0;
			pos++;
			continue;
		default: break;
		}
		/* the element's first place in reach (el_match(), its word case
		 * inline: most elements are one word); none, and the pattern fails
		 * whatever lies between, so the words in between are read only on
		 * the way to a match. A word of a date is no match (dated: its
		 * offsets from pos, the gap being at most 8) */
		if (e->type == PE_WORD && !word_in_sentence(c, e->id))
			return 0;
		for (j = pos; j <= pos + gap && j < end; j++) {
			len = e->type == PE_WORD ? word_match(c, j, e->id) : syn_match(c, j, e->id);
			if (len > 0) {
				if (opend && in_date(c, j)) {
					dated |= 1u << (j - pos);
					len = 0;
					continue;
				}
				break;
			}
		}
		if (len <= 0)
			return 0;
		at = j;
		for (j = pos; j < at; j++) {
			if (dated & (1u << (j - pos)))
				continue;
			if (opend && j >= vend && c->haltn[j])
				return 0;
			if (opend && j > vend && repress_inf(c, j))
				return 0; /* "called in the army to quell protests": the
					   * protests are the quelling's */
			if (opend && j >= vend && halting_verb(c, j))
				return 0;
			if (opend && !m->wto && crossed_gerund(c, vend, j))
				return 0;
			if (opend && j > vend && (cross = crossed_inf(c, vstart, j)) != 0 &&
			    (cross == 2 || el_match(c, j + 1, e) <= 0))
				return 0; /* "took the decision to close the inquiry"; the
					   * infinitive itself may be the word ("sent experts
					   * to help"), not one a noun governs ("announced
					   * its intention to attack") */
		}
		j = at;
		if (!m->wto)
			m->wfrom = j;
		m->wlast = j;
		pos = j + len;
		m->wto = pos;
		words += len;
	}
	pos = vstart - 1;
	for (k = (int)p->star - 1; k >= 0; k--) {
		const struct pel *e = &p->el[k];
		/* "{TRUCK *}": the word right before the verb */
		int gap = k == (int)p->star - 1 && p->el[p->star].join == PJ_ADJ ? 0 : 6, j,
		    len = 0;
		switch (e->type) {
		case PE_SRC: continue;
		case PE_TGT: m->tgt_is_subject = 1; continue;
		case PE_COMP: m->comp = 1; continue;
		case PE_SKIP: pos--; continue;
		default: break;
		}
		for (j = pos; j >= pos - gap && j >= 0; j--) {
			if (is_boundary(c, j))
				return 0;
			if (opend && (c->fc[j] & FC_SUBORD))
				return 0; /* "the ceasefire collapsed after Mali announced":
					   * no word of the verb's own clause */
			if ((len = el_match(c, j, e)) > 0)
				break;
		}
		if (len <= 0 || j < 0)
			return 0;
		pos = j - 1;
		words += len;
	}
	m->score = words * 2 + m->comp;
	return 1;
}

/* ---- events ---- */

struct ctx {
	struct event_list *out;
	const struct sentence *s;
	uint32_t sent_index;
	const char *text;
	struct date_val ref;
	struct date_val para_date;
	int have_para_date;
	size_t sent_first;  /* the sentence's first event in out */
	int unknown_source; /* push_event may code an empty source (`code_unnamed`) */
};

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

static int state_role(const char *code);
static int names_stoppage(const struct coder *c);
static int others_object(const struct coder *c, int i, const char *src);
static int aid_setting(const struct coder *c, int subj);
static int mutual_force(const struct coder *c, int ns, int ne);
static int ends_in_peace(const struct coder *c, int i);
static int has_role(const char *code, const char *role);

/* protesters, students, workers: people without arms (civilians as a source
 * of force are more often a misread passive: "40 people were reported killed") */
static int unarmed(const char *code)
{
	static const char *const roles[] = { "OPP", "EDU", "LAB", "AGR", "HLH" };
	size_t k;
	if (has_role(code, "REB") || has_role(code, "MIL") || has_role(code, "UAF") ||
	    has_role(code, "SPY") || has_role(code, "COP"))
		return 0;
	for (k = 0; k < sizeof(roles) / sizeof(roles[0]); k++)
		if (has_role(code, roles[k]))
			return 1;
	return 0;
}

/* a militant group (IMG) or an armed role: military, rebels, insurgents, police,
 * intelligence, peacekeepers */
static int armed_role(const char *code)
{
	return !strncmp(code, "IMG", 3) || has_role(code, "MIL") || has_role(code, "REB") ||
	       has_role(code, "UAF") || has_role(code, "INS") || has_role(code, "COP") ||
	       has_role(code, "SPY") || has_role(code, "PKO");
}

/* a state as a whole, its government, an organisation (which withdraws its
 * mission, 166) or a body that bears arms: who can withdraw */
static int armed_body(const char *code)
{
	return strlen(code) == 3 || !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) ||
	       has_role(code, "GOV") || armed_role(code);
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
 * SANCTION withdraw), not forces.
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

static const struct cameo_info *refine_code(const struct cameo_info *ci, const char *src,
					    const char *tgt, const char *pattern)
{
	char base[4];
	/* a strike on a foreign target is an attack; a boycott of one stays a boycott */
	if (!strcmp(ci->code, "143") && *tgt && strncmp(src, tgt, 3) && strike_named(pattern))
		return cameo_lookup("190");
	snprintf(base, sizeof(base), "%.3s", src);
	if (!strcmp(ci->code, "144") && country_code(base) && (strlen(src) == 3 || state_role(src)))
		return cameo_lookup("191");
	if (!strcmp(ci->code, "180") && country_code(base) &&
	    (strlen(src) == 3 || state_role(src)) &&
	    !(!strncmp(src, tgt, 3) && !strcmp(tgt + 3, "CVL")))
		return cameo_lookup("190"); /* a state's own civilians killed stay 180 */
	if (!strcmp(ci->code, "183") && country_code(base) &&
	    (strlen(src) == 3 || has_role(src, "MIL")) && !has_role(src, "REB"))
		return cameo_lookup("195"); /* "Israel bombed Gaza": from the air, not a bomb set */
	if (!strcmp(ci->code, "191") && unarmed(src) && !state_role(src))
		return cameo_lookup("144"); /* teachers surrounding the statehouse */
	if ((!strcmp(ci->code, "171") || !strcmp(ci->code, "1712") || !strcmp(ci->code, "182") ||
	     (!strcmp(ci->code, "183") && thrown(pattern))) &&
	    unarmed(src) && !state_role(src))
		return cameo_lookup("145"); /* "rioters torched cars", "looted shops", "beat a
					     * policeman", "hurled petrol bombs": a riot */
	if ((!strcmp(ci->code, "087") || !strcmp(ci->code, "0874")) &&
	    (!strcmp(base, "NGO") || !strcmp(base, "IGO")) && strncmp(src + 3, "NAT", 3) &&
	    !has_role(src, "MIL") && !has_role(src, "REB"))
		return cameo_lookup("166");
	if (!strcmp(ci->code, "190")) {
		/* a party or a legislature attacks in words: "Democrats attacked the
		 * president's family" */
		if ((has_role(src, "PTY") || has_role(src, "LEG")) && !has_role(src, "MIL") &&
		    !has_role(src, "REB") && pattern && !strncmp(pattern, "attack", 6))
			return cameo_lookup("111");
		/* force of unarmed people is a riot; a state's force on them at home,
		 * repression */
		if (unarmed(src) && !state_role(src))
			return cameo_lookup("145");
		if (*tgt && unarmed(tgt) && state_role(src) && !strncmp(src, tgt, 3))
			return cameo_lookup("175");
	}
	return ci;
}

/*
 * A truce only spoken of: declared, announced, agreed to or signed. PLOVER's
 * RETREAT is a ceasefire carried out, its CONCEDE a concession in words with no
 * material effect yet; CAMEO codes both 0871. `pattern` begins with the verb's
 * lemma.
 */
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
 * The "by" at token i names a means, not an agent: "spoke by phone", "met by
 * video link", "announced by letter".
 */
static int by_means(const struct coder *c, int i)
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

static int push_event(struct coder *c, struct ctx *x, const char *src, const char *src_text,
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
	/* "the company deployed its drones at the air show": a business shows no
	 * force (154) */
	if (ci && src && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "154") &&
	    has_role(src, "BUS") && !armed_role(src))
		return 0;
	/* "Boeing delivered jets to China", "Exxon pulled out of Russia", "Lufthansa
	 * suspended flights to Tel Aviv": a business gives no aid (07x), makes no
	 * military retreat (087x) and imposes no sanctions (16x); trade is no state's deed */
	if (ci && src && (c->d->flags & DICT_F_OPEN) && has_role(src, "BUS") && !armed_role(src) &&
	    (!strncmp(ci->code, "07", 2) || !strncmp(ci->code, "087", 3) ||
	     !strncmp(ci->code, "16", 2)))
		return 0;
	/* "the protesters dispersed": people without arms who repress no one have
	 * only gone home */
	if (ci && src && tgt && !*tgt && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "175") &&
	    unarmed(src) && !state_role(src))
		return 0;
	if (ci && src && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "082") && vi >= 0 &&
	    vi < c->nverbs) {
		/* "the president went back to work", "workers returned to work after
		 * the holiday": a return to work ends a strike only of others than
		 * officials, elites and lawmakers, in a sentence that names one */
		int k;
		for (k = c->verbs[vi].start; k < c->verbs[vi].end; k++)
			if (is_tok(c, k, "work") && (state_role(src) || has_role(src, "ELI") ||
						     has_role(src, "LEG") || !names_stoppage(c)))
				return 0;
	}
	if (ci && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "0832") && vi >= 0 &&
	    vi < c->nverbs && others_object(c, c->verbs[vi].end, src))
		return 0; /* "the court suspended the government's plan": not its own policy */
	if (ci && src && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "087") && vi >= 0 &&
	    vi < c->nverbs &&
	    (is_tok(c, c->verbs[vi].start, "strike") || is_tok(c, c->verbs[vi].start, "walk")) &&
	    (has_role(src, "LAB") || has_role(src, "OPP") || has_role(src, "EDU") ||
	     has_role(src, "HLH"))) {
		/* "unions backed away from plans to strike": a strike called off
		 * eases dissent (082), no force */
		ci = cameo_lookup("082");
	}
	if (ci && src && (c->d->flags & DICT_F_OPEN) && !strcmp(ci->code, "082") && pattern &&
	    strchr(pattern, ' ') && (has_role(src, "COP") || has_role(src, "MIL")) &&
	    !has_role(src, "REB") && !strstr(pattern, "ITS") && !strstr(pattern, "THEIR") &&
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
		if (country_code(tc))
			ci = cameo_lookup("063");
	}
	if (ci && src && tgt && (c->d->flags & DICT_F_OPEN) &&
	    ((!strcmp(ci->code, "042") && (has_role(src, "PKO") || has_role(src, "DPK"))) ||
	     (!strcmp(ci->code, "043") && (has_role(tgt, "PKO") || has_role(tgt, "DPK"))))) {
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
	}
	if (ci && src && tgt && *tgt && (c->d->flags & DICT_F_OPEN) && !strcmp(src, tgt) &&
	    !strncmp(ci->code, "14", 2) && strlen(src) == 3 && country_code(src)) {
		/* "Armenians demonstrated in Yerevan", "Israelis took to the streets of
		 * Tel Aviv": a state protests at home against no one; its people do */
		snprintf(people, sizeof(people), "%sCVL", src);
		src = people;
	}
	if (!src || !tgt || (!*src && (!x->unknown_source || !*tgt)) ||
	    (!*tgt && !(c->d->flags & DICT_F_OPEN)) || !strcmp(src, tgt))
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
	snprintf(e->source, sizeof(e->source), "%s", src);
	snprintf(e->target, sizeof(e->target), "%s", tgt);
	e->source_text = src_text;
	e->target_text = tgt_text;
	snprintf(e->code, sizeof(e->code), "%s", ci->code);
	snprintf(e->root, sizeof(e->root), "%.2s", ci->code);
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
		size_t k, best = (size_t)-1;
		int bestd = 1 << 30, vt = c->verbs[vi].start;
		for (k = 0; k < c->ndm; k++) {
			int a = (int)c->dm[k].first, b = (int)c->dm[k].end;
			if (a > 0 && (is_tok(c, a - 1, "since") || is_tok(c, a - 1, "until")))
				continue; /* "the worst clash since 2021" is not dated 2021 */
			if (c->clause_of[a] != c->clause_of[vt])
				continue; /* "hosted refugees who fled in 1979": not 1979 */
			int dist = vt < a ? a - vt : vt >= b ? vt - b + 1 : 0;
			if (dist < bestd) {
				bestd = dist;
				best = k;
			}
		}
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
		if (best != (size_t)-1)
			e->date = c->dm[best].v;
		else if (c->verbs[vi].present)
			e->date = x->ref;
		else if (x->have_para_date)
			e->date = x->para_date;
		else
			e->date = x->ref;
	}
	if (c->verbs[vi].first_event < 0)
		c->verbs[vi].first_event = (int)l->n;
	c->verbs[vi].nevents++;
	l->n++;
	return 0;
}

static const char *unit_text(struct coder *c, struct ctx *x, int u)
{
	const struct unit *U = &c->units[u];
	uint32_t a = c->t[U->start].off, b = c->t[U->end - 1].off + c->t[U->end - 1].len;
	return arena_strndup(&x->out->arena, x->text + a, b - a);
}

/* the verb at token i says something: its entry's code is of root 01 */
static int statement_verb(const struct coder *c, int i)
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
static int would_mood(const struct coder *c, int i)
{
	int j = i + 1;
	if (!is_tok(c, i, "would"))
		return MOD_FUTURE;
	while ((size_t)j < c->n && (is_adverb(c, j) || (c->fc[j] & FC_NEG)))
		j++;
	if (is_tok(c, j, "have"))
		return MOD_HYPOTHETICAL;
	for (j = i - 1; j >= 0 && !is_boundary(c, j) && !is_punct(c, j, ','); j--) {
		if ((c->fc[j] & FC_HYP) || is_tok(c, j, "before") || is_tok(c, j, "until"))
			return MOD_HYPOTHETICAL; /* "told them ... before the administration
						  * would agree": a condition, not a report */
		if ((c->fc[j] & FC_SAY) || (c->is_verb[j] && statement_verb(c, j)))
			return MOD_FUTURE;
	}
	for (; j >= 0 && !is_boundary(c, j); j--)
		if ((c->fc[j] & FC_SAY) || (c->is_verb[j] && statement_verb(c, j)))
			return MOD_FUTURE;
	return MOD_HYPOTHETICAL;
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
static int inf_governor(const struct coder *c, int vstart)
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
 * "SVKGOV"), the country the same. A role of the state's society (opposition,
 * media, analysts) speaks for no state; an organisation or group is no state.
 */
static int state_voice(const char *a)
{
	return strlen(a) == 3 || !strncmp(a + 3, "GOV", 3) || !strncmp(a + 3, "MIL", 3);
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
static int speaker_may(const struct coder *c, int vi)
{
	static const char *const denials[] = { "denied",    "denies",   "deny",    "dismissed",
					       "dismisses", "rejected", "rejects", "ruled" };
	const struct vinfo *v = &c->verbs[vi];
	int p = v->start - 1, k;
	const char *a;
	while (p >= 0 && is_adverb(c, p))
		p--;
	if (v->subject < 0 || !c->units[v->subject].ncodes ||
	    !(is_tok(c, p, "could") || is_tok(c, p, "may") || is_tok(c, p, "might") ||
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
		    !((c->fc[s->start] & FC_SAY) || statement_verb(c, s->start)))
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

/* an "if" or "unless" after token `from` in the sentence: what comes before it is
 * promised on a condition */
static int on_condition(const struct coder *c, int from)
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
static int condition_before(const struct coder *c, int vstart)
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

static const char *threat_code(const char *code)
{
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
static int inf_causee(const struct coder *c, int u)
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
static void aux_scan(const struct coder *c, int vstart, int *neg, int *passive_be, int *mod,
		     int *have, int *present);

/*
 * The mood of an infinitive whose governor is none of the marked words:
 * token p, found by aux_scan; `to` is the "to"; `causee` says an actor
 * stands between them. An act is reported after a verb of doing or saying
 * ("began to", "said to have"), ability, habit or an obligation met ("was
 * able to", "used to", "had to", "went on to"), a decision ("the decision
 * to lift", "signed an agreement to extradite"), a passive ("was forced to
 * withdraw") and a purpose ("gathered to protest", "fired tear gas to
 * disperse"); "is to visit", "due to visit" are plans, "has to" a demand.
 * An actor made or let to act has not acted yet ("force the EU to
 * drop the tariff", "for French troops to start withdrawing"), nor has one whose
 * act is only named by a noun of aim or right ("efforts to get", "a
 * request to investigate", "the right to strike", or by one of not doing:
 * "the president's reluctance to lift sanctions"); a plan, a pledge or an
 * offer to act is an intent ("made a commitment to comply").
 */
static int inf_mood(const struct coder *c, int p, int to, int causee)
{
	size_t k;
	int q;
	if (p < 0 || p >= to)
		return causee ? MOD_HYPOTHETICAL : MOD_ASSERTED;
	if ((c->fc[p] & (FC_CTRL | FC_SAY)) || is_tok(c, p, "able") || is_tok(c, p, "had") ||
	    is_tok(c, p, "used") || is_tok(c, p, "on") || is_tok(c, p, "came") ||
	    is_tok(c, p, "went") || is_tok(c, p, "decision") || is_tok(c, p, "agreement") ||
	    is_tok(c, p, "deal"))
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
		aux_scan(c, p, &gneg, &gbe, &gmod, &ghave, &gpresent);
		return gneg ? MOD_HYPOTHETICAL : gmod;
	}
	if (causee)
		return MOD_HYPOTHETICAL;
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
static int resort_object(const struct coder *c, int j)
{
	if (j < 2 || !is_tok(c, j - 1, "to"))
		return 0;
	return !strncmp(c->t[j - 2].norm, "resort", 6) || is_tok(c, j - 2, "turn") ||
	       is_tok(c, j - 2, "turned") || is_tok(c, j - 2, "turns") ||
	       is_tok(c, j - 2, "turning");
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
static int dissent_ended(const struct coder *c, int i);

static int purpose_future(const struct coder *c, int p, int vstart)
{
	const struct dverb *w = c->is_verb[vstart] ? word_verb(c, vstart) : NULL;
	const char *code = w ? verb_code(c->d, w) : NULL;
	int q;
	if (!((code && (!strncmp(code, "17", 2) || !strncmp(code, "18", 2) ||
			!strncmp(code, "19", 2) || !strncmp(code, "20", 2))) ||
	      dissent_ended(c, vstart)))
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
static int demand_that(const struct coder *c, int i)
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
			return demand_that(c, i);
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

static void aux_scan(const struct coder *c, int vstart, int *neg, int *passive_be, int *mod,
		     int *have, int *present)
{
	int i = vstart - 1;
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
			/* the causee's determiner too: "to force the EU to drop" */
			while (p >= 0 &&
			       (is_adverb(c, p) || c->unit_of[p] >= 0 || (c->fc[p] & FC_NEG) ||
				((c->fc[p] & (FC_DET | FC_POSS)) && (size_t)p + 1 < c->n &&
				 c->unit_of[p + 1] >= 0 &&
				 c->units[c->unit_of[p + 1]].start == p + 1))) {
				if (c->fc[p] & FC_NEG)
					*neg = 1; /* "urged Iran not to attack" */
				if (c->unit_of[p] >= 0 && c->units[c->unit_of[p]].start == p)
					causee = inf_causee(c, p);
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
				if (is_tok(c, q, "in"))
					*mod = MOD_HYPOTHETICAL;
			} else if (p >= 0 &&
				   ((c->fc[p] & FC_GOVHYP) ||
				    ((c->d->flags & DICT_F_OPEN) && p + 1 == i &&
				     is_tok(c, p, "possible") && !is_tok(c, p - 1, "as"))))
				*mod = MOD_HYPOTHETICAL; /* "wants to", "tried to", "in order to",
							  * "it was possible to" */
			else if (p >= 0 && (c->fc[p] & FC_GOVDEM))
				*mod = MOD_DEMANDED;
			else if (p >= 0 && (c->fc[p] & FC_DECIDE) && (c->d->flags & DICT_F_OPEN))
				; /* "agreed to lift the curfew": the decision is the concession */
			else if (p >= 0 && (c->fc[p] & FC_GOVFUT))
				*mod = *mod ? *mod : MOD_FUTURE;
			else if (p >= 0 && (c->fc[p] & FC_NEGV))
				*neg = 1;
			else if (p >= 0 && (c->fc[p] & FC_CTRL) && (c->d->flags & DICT_F_OPEN) &&
				 !(*mod) && strncmp(c->t[p].norm, "continu", 7)) {
				/* "will try to assist", "did not begin to withdraw": the
				 * control verb's own mood and negation ("will continue to
				 * fight" keeps the act's own: it goes on now) */
				int gneg, gbe, ghave, gpresent;
				aux_scan(c, p, &gneg, &gbe, mod, &ghave, &gpresent);
				*neg |= gneg;
			} else if (p >= 0 && (c->d->flags & DICT_F_OPEN) && !(*mod) &&
				   !strncmp(c->t[p].norm, "hesitat", 7)) {
				/* "will not hesitate to strike": the act in the mood of the
				 * "will" ("did not hesitate to fire" fired); "hesitated to
				 * act" has not acted */
				int gneg, gbe, ghave, gpresent;
				aux_scan(c, p, &gneg, &gbe, mod, &ghave, &gpresent);
				if (!gneg)
					*mod = MOD_HYPOTHETICAL;
			} else if ((c->d->flags & DICT_F_OPEN) && !(*mod)) {
				*mod = inf_mood(c, p, i, causee);
				if (!*mod && !causee && p >= 0 &&
				    (!c->is_verb[p] || resort_object(c, p)) && purpose_denied(c, p))
					*mod = MOD_HYPOTHETICAL; /* "will not use force to
								  * quell the protests" */
				else if (!*mod && !causee && p >= 0 && !c->is_verb[p] &&
					 purpose_future(c, p, vstart))
					*mod = MOD_FUTURE; /* "would use the army to end
							    * the protests" */
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
		} else if ((c->d->flags & DICT_F_OPEN) && process_of(c, i) >= 0) {
			/* "may begin the process of withdrawing", "did not complete the
			 * process of": the governing verb's mood and negation */
			int g = process_of(c, i), gneg, gbe, ghave, gpresent;
			aux_scan(c, g, &gneg, &gbe, mod, &ghave, &gpresent);
			*neg |= gneg;
			break;
		} else if ((c->d->flags & DICT_F_OPEN) && possibility_of(c, i) >= 0) {
			/* "did not raise the possibility of cutting ties": the raising
			 * verb's mood and negation */
			int g = possibility_of(c, i), gneg, gbe, ghave, gpresent;
			aux_scan(c, g, &gneg, &gbe, mod, &ghave, &gpresent);
			*neg |= gneg;
			break;
		} else if ((f & FC_CONJ) && i > 0 && is_adverb(c, i - 1)) {
			; /* "heavily and unjustly" */
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
	for (i = vstart - 1; i >= 0; i--) {
		if (is_boundary(c, i))
			break;
		if ((c->fc[i] & FC_HYP) ||
		    ((c->d->flags & DICT_F_OPEN) && (c->fc[i] & FC_THAT) && i > 0 &&
		     unasserted_content(c, i - 1, vstart)) ||
		    ((c->d->flags & DICT_F_OPEN) && alleged_clause(c, i, vstart))) {
			/* "if", "whether"; "for fear that he will demand more", "the idea
			 * that Chile is arming ..." */
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
 * between.
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
	int j;
	if (TOK_IN(c, i, fear))
		return 1;
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
 * the word before the verb). The accusation or denial itself is coded by its verb; the
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
		while (aux > from && is_adverb(c, aux))
			aux--;
		if (aux <= from || !(c->fc[aux] & (FC_HAVE | FC_BE | FC_MODAL)))
			return 0; /* "denied the charges and attacked": no clause of its own */
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
static int called_off(const struct coder *c, int vstart, int *at)
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
static int cancel_mood(const struct coder *c, const struct ctx *x, int at)
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
static int planned_deed(const char *lemma, const char *code)
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
static int called_judgment(const struct coder *c, int to)
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
static const char *plan_lemma(const struct coder *c, int i)
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

static int agreed_inf(const struct coder *c, int vstart)
{
	int g = inf_governor(c, vstart), p = vstart - 1, k;
	while (g < 0 && p >= 0 && is_adverb(c, p))
		p--;
	if (g >= 0 || p < 1 || !(c->fc[p] & FC_TO) ||
	    !((c->fc[p - 1] & FC_CONJ) || is_punct(c, p - 1, ',')))
		return g;
	/* "agreed to open the border and to free prisoners": the first infinitive's */
	for (k = p - 2; k >= 0 && k > p - 30 && !is_boundary(c, k); k--)
		if ((c->fc[k] & FC_TO) && (size_t)k + 1 < c->n && c->is_verb[k + 1])
			return inf_governor(c, k + 1);
	return -1;
}

static int agreed_deed(const struct coder *c, const struct vinfo *v, const char *code, int wfrom)
{
	int g, k;
	if (code[0] != '0' || code[1] < '4' || code[1] > '7')
		return 0;
	g = agreed_inf(c, v->start);
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
static int promised(const struct coder *c, int vstart)
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
	p--;
	while (p >= 0 && is_adverb(c, p))
		p--;
	p = governor_left(c, p);
	if (p < 0)
		return 0;
	return !TOK_IN(c, p, plans);
}

/*
 * The second code of the first pair of `map` (`n` pairs, longer prefixes
 * before shorter) whose first code begins `code`, or NULL.
 */
static const char *code_by_prefix(const char *const map[][2], size_t n, const char *code)
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
static const char *cancel_code(const char *code)
{
	static const char *const map[][2] = {
		{ "1723", "0813" }, { "1724", "0814" }, { "17", "081" },
		{ "163", "085" },   { "14", "082" },    { "15", "087" },
		{ "18", "087" },    { "19", "087" },    { "20", "087" },
	};
	return code_by_prefix(map, sizeof(map) / sizeof(map[0]), code);
}

/*
 * An announced cooperative act is an intent (CAMEO 03): "Iran is ready to
 * resume talks" is 036, "will send aid" 033, "pledged to free" 0353. The
 * code of the intent for a cooperative code, or NULL.
 */
static const char *intent_code(const char *code)
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
	return code_by_prefix(map, sizeof(map) / sizeof(map[0]), code);
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
static int one_sided(const char *code)
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
static int state_act(const char *code)
{
	return !strcmp(code, "075") || !strncmp(code, "116", 3) || !strncmp(code, "172", 3) ||
	       !strcmp(code, "173") || !strncmp(code, "081", 3);
}

/*
 * A formal charge ("was charged with fraud", "was indicted for bribery"):
 * an accusation of a crime (112x) that only prosecutors and courts bring.
 */
static int charged(const char *code, const char *lemma)
{
	return !strncmp(code, "112", 3) && lemma &&
	       (!strcmp(lemma, "charge") || !strcmp(lemma, "indict"));
}

/*
 * The country where the clause [from, end) says something happened: the
 * first unit after a place preposition ("in Iran", "in Tehran") whose code
 * is a country's; NULL when none.
 */
static const char *place_country(const struct coder *c, int from, int end)
{
	int k, loc;
	char cc[4];
	for (k = 0; k < c->nunits; k++) {
		const struct unit *u = &c->units[k];
		if (u->start < from || u->start >= end || !u->ncodes || u->docfill)
			continue;
		loc = 0;
		if (!pp_object(c, u->start, &loc) || !loc)
			continue;
		snprintf(cc, sizeof(cc), "%.3s", u->codes[0]);
		if (country_code(cc))
			return u->codes[0];
	}
	return NULL;
}

/* The pattern an event names: the verb's lemma and the matched pattern's text. */
static const char *pattern_text(struct ctx *x, const char *lemma, const char *ptext)
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
static int from_custody(const struct coder *c, int from, int end)
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

/*
 * An agentless passive of a state act ("four activists were arrested", "was
 * sentenced to ten years"): the authorities of the country where it happened
 * (`place`, a code) did it, else those of the target's country, the
 * government (GOV) standing for them; asylum is granted abroad, so only where
 * a place is named. Targets with no country code nothing, nor do a state's
 * own agents taken by it with no place named ("the minister was arrested"
 * may be abroad), except a former official convicted ("former president X
 * was sentenced"), who is tried at home.
 */
static int code_agentless(struct coder *c, struct ctx *x, int vi, const int *tgts, int nt,
			  const char *place, const char *code, int neg, int mod, const char *ptext,
			  const char *lemma)
{
	char src[8];
	const char *pat_text = pattern_text(x, lemma, ptext), *tt;
	int b, tc, rc;
	if (!pat_text)
		return -ERR_NOMEM;
	for (b = 0; b < nt; b++) {
		const struct unit *T = &c->units[tgts[b]];
		tt = unit_text(c, x, tgts[b]);
		if (!tt)
			return -ERR_NOMEM;
		for (tc = 0; tc < T->ncodes; tc++) {
			snprintf(src, sizeof(src), "%.3s", place ? place : T->codes[tc]);
			if (!country_code(src) || (!place && !strcmp(code, "075")) ||
			    (!place && national_unit(c, tgts[b])) ||
			    (state_role(T->codes[tc]) && !strncmp(src, T->codes[tc], 3) &&
			     strncmp(code, "116", 3) && strncmp(code, "112", 3)))
				continue;
			/* a charge or a conviction is the courts' ("the minister was
			 * sentenced") */
			snprintf(src, sizeof(src), "%.3s%s", place ? place : T->codes[tc],
				 strncmp(code, "116", 3) && strncmp(code, "112", 3) ? "GOV"
										    : "JUD");
			rc = push_event(c, x, src, "", T->codes[tc], tt, cameo_lookup(code), vi,
					neg, mod, pat_text);
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
static int unnamed_harm(const char *code)
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
static int unit_lead(const struct coder *c, int u);

static int patient_head(const struct coder *c, int u, int vstart)
{
	const struct unit *U = &c->units[u];
	int i = U->end, lead = unit_lead(c, u), k;
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
static int unnamed_sense(const struct coder *c, int vend, const char *lemma)
{
	/* verbs whose passive with no agent is as often pressure, courting or a
	 * market's loss as force: "voters were targeted", "exporters were hit hard",
	 * "the president was forced out" */
	static const char *const loose[] = { "target", "hit",   "hammer", "batter",
					     "slam",   "force", NULL };
	int i = vend, k;
	for (k = 0; lemma && loose[k]; k++)
		if (!strcmp(lemma, loose[k]))
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

static int code_unnamed(struct coder *c, struct ctx *x, int vi, const int *tgts, int nt,
			const char *code, int neg, int mod, const char *ptext, const char *lemma)
{
	const char *pat_text = pattern_text(x, lemma, ptext);
	int b, tc, rc = 0;
	if (!pat_text)
		return -ERR_NOMEM;
	x->unknown_source = 1;
	for (b = 0; b < nt && !rc; b++) {
		const struct unit *T = &c->units[tgts[b]];
		const char *tt = unit_text(c, x, tgts[b]);
		if (!tt) {
			rc = -ERR_NOMEM;
			break;
		}
		for (tc = 0; tc < T->ncodes && !rc; tc++)
			rc = push_event(c, x, "", "", T->codes[tc], tt, cameo_lookup(code), vi, neg,
					mod, pat_text);
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
static const char *forces_sent(const struct coder *c, int subj, const char *lemma, int from,
			       int end)
{
	static const char *const sends[] = { "send", "dispatch", "despatch",
					     "rush", "airlift",  "fly" };
	static const char *const not_to[] = { "prison", "jail", "court", "trial", "custody" };
	const struct unit *S;
	size_t k;
	int i, cop = 0, mil = 0, j;
	if (subj < 0 || !lemma)
		return NULL;
	for (k = 0; k < sizeof(sends) / sizeof(sends[0]); k++)
		if (!strcmp(lemma, sends[k]))
			break;
	if (k == sizeof(sends) / sizeof(sends[0]))
		return NULL;
	for (i = from; i < end && i < from + 4; i++)
		if (TOK_IN(c, i, not_to))
			return NULL;
	S = &c->units[subj];
	for (j = 0; j < S->ncodes; j++) {
		if (has_role(S->codes[j], "COP"))
			cop = 1;
		else if (has_role(S->codes[j], "MIL") || has_role(S->codes[j], "UAF"))
			mil = 1;
		else
			return NULL;
	}
	return mil ? "154" : cop ? "153" : NULL;
}

static int armed_force(const char *code);

/* a verb of coming or going that makes a visit (042) of a journey */
static int journey_lemma(const char *lemma)
{
	static const char *const go[] = { "arrive", "land", "fly", "travel", "journey", "go" };
	size_t k;
	for (k = 0; k < sizeof(go) / sizeof(go[0]); k++)
		if (!strcmp(lemma, go[k]))
			return 1;
	return 0;
}

/*
 * Unit subj is no one whose journey is a visit: an armed force that is no single
 * person ("US troops", "a batch of military trainers"; not "the army chief",
 * "military negotiators", nor peacekeepers, whom the country receives),
 * refugees or civilians; none goes "for talks" or "to meet" (the journey ends
 * at token vend).
 */
static int no_visitor(const struct coder *c, int subj, int vend)
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
		if (!(armed_force(S->codes[j]) || has_role(S->codes[j], "REF") ||
		      has_role(S->codes[j], "CVL")) ||
		    has_role(S->codes[j], "PKO") || has_role(S->codes[j], "DPK"))
			return 0; /* peacekeepers are received (0861, push_event) */
	return unit_person(c, S) != 1;
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
static int call_names(const struct coder *c, int vstart, int vend)
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
	    (c->t[k].kind == TOK_WORD && calendar_word(c->t[k].norm)))
		return 0;
	if ((c->t[k].kind == TOK_NUM || TOK_IN(c, k, counts)) && TOK_IN(c, k + 1, spans))
		return 0; /* "called Netanyahu three times last week" */
	return 1;         /* "called them \"terrorists\"", "called Cambodians guilty" */
}

/*
 * Unit subj is a crowd: protesters, residents, students, workers, refugees
 * ("hundreds of people gathered in the square"), whose gathering is no meeting
 * of parties (044); leaders, ministers or delegates of such a group still meet,
 * and so does a crowd that gathers "for talks" or "to negotiate" (the verb
 * ends at token vend).
 */
static int crowd_unit(const struct coder *c, int subj, int vend)
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
		if (!unarmed(S->codes[j]) && !has_role(S->codes[j], "CVL") &&
		    !has_role(S->codes[j], "REF"))
			return 0;
	return 1;
}

/*
 * Unit subj is protesters, demonstrators or the opposition: every code of it an
 * opposition's (`OPP`) and no other role's.
 */
static int protester_unit(const struct coder *c, int subj)
{
	const struct unit *S = &c->units[subj];
	int j;
	for (j = 0; j < S->ncodes; j++)
		if (!has_role(S->codes[j], "OPP") || !unarmed(S->codes[j]))
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
static int help_does(const struct coder *c, int vend, const struct dverb **w)
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
	if ((size_t)j >= c->n || c->t[j].kind != TOK_WORD || (c->t[j].flags & TOKF_CAP) ||
	    c->unit_of[j] >= 0 || c->fc[j] || TOK_IN(c, j, aid))
		return 0;
	if (TOK_IN(c, j, coded) && (*w = word_verb(c, j)) != NULL)
		return 1;
	return TOK_IN(c, j, help_deeds) || c->is_verb[j] ? -1 : 0;
}

/* disbanding (0873) or dissolving (1722 by the verb dissolve) */
static int disbanded(const char *code, const char *lemma)
{
	return !strcmp(code, "0873") ||
	       (!strncmp(code, "1722", 4) && lemma && !strncmp(lemma, "dissolv", 7));
}

/* every unit of the list is an armed group: rebels, insurgents, militias,
 * armed forces, or a militant organisation (IMG) */
static int armed_units(const struct coder *c, const int *u, int n)
{
	int k, j;
	for (k = 0; k < n; k++) {
		const struct unit *U = &c->units[u[k]];
		if (!U->ncodes)
			return 0;
		for (j = 0; j < U->ncodes; j++)
			if (strncmp(U->codes[j], "IMG", 3) && !has_role(U->codes[j], "REB") &&
			    !has_role(U->codes[j], "INS") && !has_role(U->codes[j], "UAF") &&
			    !has_role(U->codes[j], "MIL"))
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
	return has_role(src, "COP") && country_code(cc) &&
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
	if (strlen(src) <= 3 || !country_code(cc) || !unarmed(src) || state_role(src))
		return 0;
	return !strncmp(code, "14", 2) || !strncmp(code, "19", 2) || !strncmp(code, "171", 3) ||
	       !strcmp(code, "182") || !strcmp(code, "183");
}

static int reaction(const char *code);

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
		if (U->docfill || U->absorbed || !U->ncodes || !unit_country(U, uc))
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

static int code_one_sided(struct coder *c, struct ctx *x, int vi, const int *srcs, int ns,
			  const char *code, int neg, int mod, const char *ptext, const char *lemma)
{
	const char *pat_text = pattern_text(x, lemma, ptext);
	int a, sc, rc;
	if (!pat_text)
		return -ERR_NOMEM;
	for (a = 0; a < ns; a++) {
		const struct unit *S = &c->units[srcs[a]];
		const char *st;
		if (!S->ncodes)
			continue;
		st = unit_text(c, x, srcs[a]);
		if (!st)
			return -ERR_NOMEM;
		for (sc = 0; sc < S->ncodes; sc++) {
			char dom[8] = "";
			if (police_force(S->codes[sc], code))
				memcpy(dom, S->codes[sc], 3);
			else if ((c->d->flags & DICT_F_OPEN) && !strcmp(code, "175") &&
				 (strlen(S->codes[sc]) == 3 || state_role(S->codes[sc])))
				/* repression is of one's own people: "Beijing crushed the
				 * protests" is CHN -> CHNCVL */
				snprintf(dom, sizeof(dom), "%.3s%s", S->codes[sc],
					 strlen(S->codes[sc]) == 3 ? "CVL" : "");
			else if ((c->d->flags & DICT_F_OPEN) && home_protest(S->codes[sc], code))
				/* a protest or riot with no one named is against one's own
				 * country: "Peruvian students marched" is PEREDU -> PER */
				memcpy(dom, S->codes[sc], 3);
			else if ((c->d->flags & DICT_F_OPEN) && reaction(code) && !S->docfill &&
				 !c->verbs[vi].bare_passive &&
				 home_proceeding(c, c->verbs[vi].end, S->codes[sc]))
				/* "Trump slammed the impeachment hearings": a reaction to
				 * a proceeding of one's own country's institutions */
				memcpy(dom, S->codes[sc], 3);
			if (dom[0]) {
				char cc[4];
				snprintf(cc, sizeof(cc), "%.3s", dom);
				if (!country_code(cc) || foreign_object(c, vi))
					dom[0] = 0;
			}
			rc = push_event(c, x, S->codes[sc], st, dom, "", cameo_lookup(code), vi,
					neg, mod, pat_text);
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
static int statement_object(const struct coder *c, int vstart, int vend, int u)
{
	int i;
	if (c->fc[vstart] & FC_SAY && !(c->fc[vstart] & FC_GOVDEM) && !is_tok(c, vend, "to"))
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
static int names_stoppage(const struct coder *c)
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
static int aid_setting(const struct coder *c, int subj)
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
static int others_object(const struct coder *c, int i, const char *src)
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
		if (!src || has_role(src, "JUD"))
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
static int ends_in_peace(const struct coder *c, int i)
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
static int mutual_force(const struct coder *c, int ns, int ne)
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

static int state_role(const char *code)
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
static int has_role(const char *code, const char *role)
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
static int national_good(const struct coder *c, int u)
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
static int state_named(const struct coder *c, int u)
{
	const struct unit *U = &c->units[u];
	if (!(c->t[U->start].flags & TOKF_CAP) || is_tok(c, U->end, "'s") ||
	    ((size_t)U->end < c->n && is_plain_word(c, U->end)))
		return 0;
	return 1;
}

static int domestic(const char *src, const char *tgt)
{
	return !strncmp(src, tgt, 3) && state_role(src) && !state_role(tgt);
}

static int vehicle_at(const struct coder *c, int i);

/*
 * Praise, a demand, criticism, a rejection or a threat (051, 10-13) towards a role
 * given the document's country by an actor of that country the sentence names, the
 * object the verb ending at token `from` governs (within four words, no verb and no
 * preposition but one right after the verb between), is a domestic event: "Putin
 * praised the army", "Trump criticised lawmakers", "Erdogan lashed out at the judges". A diplomat is another country's more often than not ("summoned
 * the ambassador"), and so is a craft ("claimed the downing of a helicopter").
 */
static int home_words(const struct coder *c, const struct unit *S, const struct unit *T,
		      const char *src, const char *tgt, const char *code, int from)
{
	static const char *const envoys[] = { "ambassador", "ambassadors", "envoy",     "envoys",
					      "diplomat",   "diplomats",   "embassy",   "consul",
					      "delegation", "attache",     "consulate", "charge" };
	int i;
	if (!(c->d->flags & DICT_F_OPEN) || S->docfill || !T->docfill || strncmp(src, tgt, 3) ||
	    !strcmp(src, tgt) || strlen(tgt) <= 3)
		return 0;
	if (!reaction(code) && strncmp(code, "02", 2))
		return 0; /* "told settler leaders": no more than a statement; "urged the
			   * government to" is an appeal at home */
	if (from < 0 || T->start < from || T->start > from + 4 || vehicle_at(c, T->end - 1))
		return 0;
	for (i = from; i < T->start; i++)
		if (c->is_verb[i] || ((c->fc[i] & FC_PREP) &&
				      !(i == from && (is_tok(c, i, "with") || is_tok(c, i, "to") ||
						      is_tok(c, i, "on") || is_tok(c, i, "at") ||
						      is_tok(c, i, "against")))))
			return 0; /* "asked for a mobilization of militia members" */
	for (i = T->start; i < T->end; i++)
		if (TOK_IN(c, i, envoys))
			return 0;
	if (is_tok(c, T->end, "of") && strncmp(code, "112", 3) && strncmp(code, "13", 2))
		return 0; /* "the soldiers of the coalition": whose they are, the phrase says
			   * (not "accused the government of fraud", "warned the army of") */
	for (i = 0; i < c->nunits; i++) {
		const struct unit *U = &c->units[i];
		char cc[4];
		if (U->docfill || U->absorbed || !U->ncodes || !unit_country(U, cc))
			continue;
		if (strncmp(cc, tgt, 3))
			return 0; /* "condemned the police who beat a Turkish fan in Amsterdam":
				   * another country the sentence names may be the role's */
	}
	return 1;
}

/* Drops from tgts the document-country roles no source acts on at home; the new count. */
static int domestic_targets(const struct coder *c, const int *srcs, int ns, int *tgts, int nt,
			    const char *code, int from)
{
	int b, a, n = 0;
	for (b = 0; b < nt; b++) {
		const struct unit *T = &c->units[tgts[b]];
		int keep = !T->docfill;
		for (a = 0; a < ns && !keep; a++) {
			const struct unit *S = &c->units[srcs[a]];
			keep = S->ncodes && T->ncodes &&
			       (domestic(S->codes[0], T->codes[0]) ||
				home_words(c, S, T, S->codes[0], T->codes[0], code, from));
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
static int the_country(const struct coder *c, int from, int subj)
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
		if (U->ncodes && !U->docfill && country_code(U->codes[0]) &&
		    strlen(U->codes[0]) == 3 && strncmp(U->codes[0], S->codes[0], 3))
			return u;
	}
	return -1;
}

/* the code a verb entry gives without a pattern */
static const char *verb_code(const struct dict *d, const struct dverb *v)
{
	return v->code[0] ? v->code : d->blocks[v->block].code;
}

/* an actor's noun phrase starts at token i ("Venezuela's president", "the US envoy") */
static int actor_follows(const struct coder *c, int i)
{
	while ((size_t)i < c->n && (c->fc[i] & (FC_DET | FC_POSS)))
		i++;
	return (size_t)i < c->n && c->unit_of[i] >= 0 && c->units[c->unit_of[i]].ncodes;
}

/* The verb entry of token i alone (not a phrase), the best for a default code; NULL if none. */
static const struct dverb *word_verb(const struct coder *c, int i)
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
		if (strcmp(verb_code(d, v), "---") && (!best || v->block < best->block))
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
static int forecast_after(const struct coder *c, int i)
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
				const struct dverb *w = c->is_verb[k] ? word_verb(c, k) : NULL;
				if (w && (!strncmp(verb_code(c->d, w), "17", 2) ||
					  !strncmp(verb_code(c->d, w), "18", 2) ||
					  !strncmp(verb_code(c->d, w), "19", 2) ||
					  !strncmp(verb_code(c->d, w), "20", 2)))
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
static int warned_of_danger(const struct coder *c, int i)
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
static int state_actor(const char *code)
{
	char base[4];
	snprintf(base, sizeof(base), "%.3s", code);
	if (unarmed(code) || !country_code(base))
		return 0;
	return strlen(code) == 3 || state_role(code);
}

/*
 * The sentence names force, or a verb of putting down: "with tear gas", "by
 * force", "sent troops", "a crackdown", "arrested dozens", "crushed".
 */
static int force_named(const struct coder *c)
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
static int dissent_ended(const struct coder *c, int i)
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
static int fight_word(const struct coder *c, int i)
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
	return armed_role(code) || has_role(code, "HMS") || has_role(code, "HEZ");
}

/* unit u (-1 for none) is an armed force by its first code */
static int armed_unit(const struct coder *c, int u)
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
				if (has_role(U->codes[a], armed[k]) ||
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
static int armed_aim(const struct coder *c, int to)
{
	const struct dverb *w;
	if (to < 1 || !is_tok(c, to, "to") || !fight_word(c, to - 1) || (size_t)to + 1 >= c->n)
		return 0;
	if ((w = word_verb(c, to + 1)) &&
	    (!strncmp(verb_code(c->d, w), "18", 2) || !strncmp(verb_code(c->d, w), "19", 2) ||
	     !strncmp(verb_code(c->d, w), "20", 2)))
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
static int fight_for_cause(const struct coder *c, int i, int subj)
{
	static const char *const spans[] = { "years", "months", "weeks", "days", "decades" };
	int j;
	if (!fight_word(c, i) || !is_tok(c, i + 1, "for") || is_tok(c, i + 2, "control") ||
	    armed_named(c, i + 2))
		return 0;
	if (armed_unit(c, subj))
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
		if (strlen(c->units[c->unit_of[j]].codes[0]) == 3 && country_code(cc))
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
static int fight_ill(const struct coder *c, int i)
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
	if (!fight_word(c, i) && !is_tok(c, i, "combat") && !is_tok(c, i, "combating") &&
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
	return !TOK_IN(c, head, foes) && !TOK_IN(c, head, fights) && !fight_word(c, head);
}

/* order of verb entries for a default code: lower is better */
static long dflt_rank(const struct dict *d, const struct dverb *v, int form)
{
	return (strcmp(verb_code(d, v), "---") ? 0 : 2L << 40) + (form == VF_BASE ? 0 : 1L << 40) +
	       v->block;
}

/* "each other" or "one another" (or a possessive of them) is the verb's object: right
 * after the verb ending at token i, or after a preposition ("fired at each other") */
static int each_other(const struct coder *c, int i)
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
static int party_object(const struct coder *c, int from, const int *srcs, int ns)
{
	int o = find_object(c, from, 0), a, loc = 0;
	if (o < 0 || !c->units[o].ncodes || c->units[o].docfill ||
	    (pp_object(c, c->units[o].start, &loc) && loc))
		return 0;
	for (a = 0; a < ns; a++)
		if (srcs[a] == o)
			return 0;
	for (a = from; a < c->units[o].start; a++)
		if (!(c->fc[a] & (FC_DET | FC_POSS)) && !is_plain_word(c, a) && !is_adverb(c, a) &&
		    !(is_tok(c, a, "with") && a == unit_lead(c, o) - 1))
			return 0; /* "met to discuss Syria", "met ahead of the G20 summit" */
	return 1;
}

/* every unit of `u` (n of them) is a place a preposition names ("in Moscow") */
static int places_only(const struct coder *c, const int *u, int n)
{
	int k, loc;
	for (k = 0; k < n; k++) {
		loc = 0;
		if (!pp_object(c, c->units[u[k]].start, &loc) || !loc)
			return 0;
	}
	return 1;
}

/* talks, agreements, cooperation and relations: "Washington and the Taliban held
 * talks", "Egypt and Qatar restored relations" is each with the other when no
 * one else is named */
static int mutual(const char *code)
{
	return !strncmp(code, "03", 2) || !strncmp(code, "04", 2) || !strcmp(code, "050") ||
	       !strncmp(code, "057", 3) || !strncmp(code, "06", 2) || !strcmp(code, "161");
}

/* praise, demands, criticism, rejection, threats: reactions to someone's deed */
static int reaction(const char *code)
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
static int deed_agent(const struct coder *c, int from, int end)
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
	return by_agent(c, i + 1);
}

/*
 * Token i joined to the word before it by a hyphen with no space ("U.S.-backed",
 * "Saudi-led"): the second half of a compound adjective.
 */
static int glued_by_hyphen(const struct coder *c, int i)
{
	const struct token *h, *w;
	if (i < 2 || !is_punct(c, i - 1, '-'))
		return 0;
	h = &c->t[i - 1];
	w = &c->t[i - 2];
	return w->off + w->len == h->off && h->off + h->len == c->t[i].off;
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
 * "Iran alleged that Israel had attacked the embassy", "complained that
 * Trump's call was improper": an accusation or a complaint whose content is
 * a clause is aimed at that clause's subject. From token i (after the verb):
 * the unit right after "that" (and a determiner), or -1.
 */
static int alleged_agent(const struct coder *c, int i)
{
	while ((size_t)i < c->n && is_adverb(c, i))
		i++;
	if (!is_tok(c, i, "that"))
		return -1;
	return coded_unit_at(c, i + 1);
}

/*
 * "threatened to close the strait if the United States imposed sanctions", "vowed to
 * retaliate unless Chile withdrew": a threat is aimed at the one whose deed is its
 * condition. From token i (after the verb) to the sentence's end: the unit right after the
 * first "if" or "unless" (and a determiner), or -1.
 */
static int condition_agent(const struct coder *c, int i)
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
static int person_after(const struct coder *c, int i)
{
	int k = 0;
	size_t m;
	if (c->title)
		return 0;
	while ((size_t)(i + k) < c->n && k < 4) {
		const struct token *t = &c->t[i + k];
		if (t->kind != TOK_WORD || !(t->flags & TOKF_CAP) || (t->flags & TOKF_ALLCAPS) ||
		    c->span_of[i + k] >= 0 || c->fc[i + k])
			break;
		k++;
	}
	for (m = 0; k && m < c->ndm; m++)
		if ((int)c->dm[m].first <= i && i < (int)c->dm[m].end)
			return 0; /* "condemned Monday's attack" */
	return k >= 1 && k <= 3 ? k : 0;
}

/*
 * A reaction to a person named without an office is aimed at someone of
 * the reacting actor's own country: the politics of one country name its
 * people without saying whose they are ("Trump assailed Williams" is USA ->
 * USA). Events from each source's code to its country.
 */
static int code_person(struct coder *c, struct ctx *x, int vi, const int *srcs, int ns,
		       const char *code, int neg, int mod, const char *ptext, const char *lemma)
{
	const char *pat_text = pattern_text(x, lemma, ptext);
	const struct vinfo *v = &c->verbs[vi];
	int a, sc, rc, len = person_after(c, v->end);
	size_t n0 = x->out->n;
	const char *tt;
	uint32_t o0 = c->t[v->end].off,
		 o1 = c->t[v->end + len - 1].off + c->t[v->end + len - 1].len;
	if (!pat_text || !(tt = arena_strndup(&x->out->arena, x->text + o0, o1 - o0)))
		return -ERR_NOMEM;
	for (a = 0; a < ns; a++) {
		const struct unit *S = &c->units[srcs[a]];
		const char *st;
		if (!S->ncodes || S->docfill)
			continue;
		if (!(st = unit_text(c, x, srcs[a])))
			return -ERR_NOMEM;
		for (sc = 0; sc < S->ncodes; sc++) {
			char cc[4];
			snprintf(cc, sizeof(cc), "%.3s", S->codes[sc]);
			if (!country_code(cc) || !strcmp(cc, S->codes[sc]))
				continue;
			rc = push_event(c, x, S->codes[sc], st, cc, tt, cameo_lookup(code), vi, neg,
					mod, pat_text);
			if (rc)
				return rc;
		}
	}
	/* none of the sources says its country's office: the reaction alone */
	return x->out->n > n0 ? 0
			      : code_one_sided(c, x, vi, srcs, ns, code, neg, mod, ptext, lemma);
}

/*
 * "insisted his tactics will be worth it", "insists that Iran has the right":
 * a finite verb ("is", "will", "has" ...) in the clause right after a verb
 * of demand makes it a claim of fact, not a demand ("demanded that Israel
 * withdraw" keeps its bare verb). From token `from`, after the verb.
 */
static int claim_after(const struct coder *c, int from)
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
static int demanded_of(const struct coder *c, int from)
{
	int i = from, k;
	while ((size_t)i < c->n && is_adverb(c, i))
		i++;
	if (!demand_that(c, i))
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
static int detainer_of(const struct coder *c, int from, int end)
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
		    (strlen(c->units[u].codes[0]) != 3 || !country_code(cc)))
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
static int swap_holder(const struct coder *c, int vi, int end)
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
			return holder_by(c, k, 0);
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
static int vehicle_at(const struct coder *c, int i)
{
	static const char *const things[] = { "helicopter", "jet",      "plane",   "aircraft",
					      "drone",      "warplane", "bomber",  "gunship",
					      "warship",    "gunboat",  "frigate", "submarine" };
	size_t k, n;
	char w[16];
	if (i < 0 || c->t[i].kind != TOK_WORD || c->t[i].nlen >= sizeof(w))
		return 0;
	n = c->t[i].nlen;
	memcpy(w, c->t[i].norm, n);
	if (n > 1 && w[n - 1] == 's')
		n--; /* "helicopters" */
	w[n] = 0;
	for (k = 0; k < sizeof(things) / sizeof(things[0]); k++)
		if (!strcmp(w, things[k]))
			return 1;
	return 0;
}

/*
 * "was arrested in May and sentenced to ten years", "was detained and later charged with
 * fraud": a past form at vstart right after "and", "or" or "but" shares the "be" of a
 * passive participle before it in its clause, when nothing its object could be follows it
 * ("was attacked and shelled the town" is active). The token after that participle (where
 * a place it names starts: "were arrested in Iran and sentenced"), or 0.
 */
static int coordinated_passive(const struct coder *c, int vstart, int vend)
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

static int thing_shot(const struct coder *c, int vi)
{
	const struct vinfo *v = &c->verbs[vi];
	int q = v->start - 1, k, i;
	while (q >= 0 && is_adverb(c, q))
		q--;
	if (q >= 0 && is_tok(c, q, "and") && vi > 0 && c->verbs[vi - 1].bare_passive &&
	    c->verbs[vi - 1].subject == v->subject && c->verbs[vi - 1].end <= q)
		return 1;
	if (v->subject < 0 || c->units[v->subject].end > v->start ||
	    (c->units[v->subject].end == v->start && !vehicle_at(c, v->start - 1)))
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
static int headline_harm(const struct coder *c, int vi, const char *lemma, int wfrom)
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
	for (k = 0; k < sizeof(harms) / sizeof(harms[0]); k++)
		if (!strcmp(lemma, harms[k]))
			break;
	if (k == sizeof(harms) / sizeof(harms[0]))
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
		    participle_at(c, j + 1)) {
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
			if (c->is_verb[q] || ing_word(c, q))
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
static int nearer_object(const struct coder *c, const struct pmatch *m, const struct pmatch *o)
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
static int equipped(const struct coder *c, const struct span *s)
{
	const struct dict *d = c->d;
	int k = s->start + s->len, p = s->start - 1, arms = 0, give = 0;
	int32_t q;
	if (s->form != VF_ED || !(d->flags & DICT_F_OPEN))
		return 0;
	for (q = s->pay; q >= 0; q = d->pays[q].next)
		if (d->pays[q].kind == PAY_VERB && !nominal_pay(d, q)) {
			const char *code = verb_code(d, &d->verbs[d->pays[q].idx]);
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
static const char *refusal_code(const char *code)
{
	static const char *const map[][2] = {
		{ "036", "125" },  { "037", "127" },  { "038", "126" },  { "039", "126" },
		{ "03", "120" },   { "04", "125" },   { "057", "127" },  { "05", "120" },
		{ "061", "1211" }, { "062", "1212" }, { "063", "1213" }, { "064", "1214" },
		{ "06", "121" },   { "071", "1221" }, { "072", "1222" }, { "073", "1223" },
		{ "074", "1224" }, { "07", "122" },   { "081", "1241" }, { "0841", "1243" },
		{ "085", "1244" }, { "086", "1245" }, { "087", "1246" }, { "08", "124" },
	};
	return code_by_prefix(map, sizeof(map) / sizeof(map[0]), code);
}

/*
 * "met Japan and Canada and threatened them", "held talks with Iran and Iraq,
 * urging them to": the object pronoun "them" right after the verb (token
 * from, adverbs skipped) stands for the nearest list of two or more actors
 * named before the verb (at vstart) in the sentence, none of them among the
 * verb's sources. The list's first unit, or -1.
 */
static int them_antecedent(const struct coder *c, int from, int vstart, const int *srcs, int ns)
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
		n = group(c, h, 1, g, MAX_GROUP);
		for (k = 0; k < n && g[k] != u; k++)
			;
		if (k < n && n >= 2)
			best = h;
	}
	if (best < 0)
		return -1;
	n = group(c, best, 1, g, MAX_GROUP);
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
static int future_time_clause(const struct coder *c, int vstart)
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
static int comp_object(const struct coder *c, int from, const int *srcs, int ns)
{
	int o, a, loc = 0;
	if (!(c->d->flags & DICT_F_OPEN) || (o = find_object(c, from, 0)) < 0 ||
	    !c->units[o].ncodes || c->units[o].docfill ||
	    (pp_object(c, c->units[o].start, &loc) && loc))
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
static int reduced_head(const struct coder *c, const struct vinfo *v)
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
 * A verb whose object is what is talked about, never who is talked with
 * ("discussed the Ukraine crisis", "debated Iran's proposal"): its partner is
 * named after "with" ("discussed the crisis with Kyiv").
 */
static int topic_verb(const char *lemma)
{
	return lemma && (!strcmp(lemma, "discuss") || !strcmp(lemma, "debate"));
}

/* the first token of unit u's phrase, its determiner or possessive included */
static int unit_lead(const struct coder *c, int u)
{
	int i = c->units[u].start;
	while (i > 0 && (c->fc[i - 1] & (FC_DET | FC_POSS)))
		i--;
	return i;
}

/* the actor after "with" in the clause [from, end): the partner of a topic verb, or -1 */
static int with_partner(const struct coder *c, int from, int end)
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
static int none_said(const struct coder *c, int vi)
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
	if ((c->fc[v->start] & FC_SAY) || statement_verb(c, v->start))
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
static int no_object(const struct coder *c, int from, int to)
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

/*
 * The subject noun of a passive (the word before its "be", "have" and adverbs, or
 * before a bare participle) is a noun of a class that makes one of the verb's
 * senses that are no event ("a girl was rescued", "the bill was killed", "officials
 * were fired"): as the object of the active verb would.
 */
static int passive_sense(const struct coder *c, const struct span *sp, int vstart, int vend,
			 const struct dpattern *best, int wfrom)
{
	const struct dict *d = c->d;
	int h = vstart - 1, k;
	int32_t p;
	while (vend < (int)c->n && is_adverb(c, vend))
		vend++;
	if (best && wfrom == vend && strcmp(best->code, "---"))
		return 0; /* "were fired on by gunmen": the particle of a pattern that
			   * codes, as in the active voice */
	while (h >= 0 && (is_adverb(c, h) || (c->fc[h] & (FC_BE | FC_HAVE))))
		h--;
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
			    !strcmp(pt->code, "---") && syn_match(c, h, e->id) == 1)
				return 1;
		}
	}
	return 0;
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
static int no_patient(const struct coder *c, int start, int end)
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
static int when_agent(const struct coder *c, int from, int end)
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

static int code_verb(struct coder *c, struct ctx *x, int vi)
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
	int neg, be, mod, passive, end = clause_end(c, v->end), subj, obj, have, present, coord = 0,
				   off, off_at = -1;
	int srcs[MAX_GROUP], tgts[MAX_GROUP], ns = 0, nt = 0, a, b, rc, subj_codes = 0,
					      reciprocal = 0, by_phrase = 0, means, planned = 0;
	const char *rcode = "";
	const char *pat_text;
	int head = reduced_head(c, v);
	memset(&bm, 0, sizeof(bm));
	bm.score = -1;
	if (sp->form == VF_ED && glued_by_hyphen(c, v->start))
		return 0; /* "U.S.-backed rebels", "Saudi-led": an adjective, no deed */
	if ((d->flags & DICT_F_OPEN) && resort_object(c, v->start))
		return 0; /* "resorted to force": the light verb's noun, no coercion */
	/* "raided the camp while residents slept and arrested 15 men": a verb joined to
	 * a subordinate clause is the main clause's deed when the main verb coded one */
	if (v->when_main >= 0 && c->verbs[v->when_main].nevents && !c->verbs[v->when_main].root01)
		v->subject = c->verbs[v->when_main].subject;
	if (v->subject >= 0) {
		int g[MAX_GROUP], k;
		/* a subject after its verb ("when it crushed ..., Beijing") lists rightwards */
		ns = group(c, v->subject, c->units[v->subject].start > v->start ? 1 : -1, g,
			   MAX_GROUP);
		for (k = 0, subj_codes = 0; k < ns; k++)
			subj_codes += c->units[g[k]].ncodes;
		ns = 0;
	}
	/* the best pattern over every verb entry of this phrase */
	mark_words(c);
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
		if (!dflt || dflt_rank(d, ver, d->pays[p].form) < dflt_rank(d, dflt, dflt_form))
			dflt = ver, dflt_form = d->pays[p].form;
		for (k = 0; k < bl->n; k++) {
			const struct dpattern *pt = &d->pats[bl->first + k];
			struct pmatch m;
			if (pt->comp)
				reciprocal = 1;
			/* a tie goes to the earlier file's pattern: the hand-written
			 * before the generated */
			if ((match_pattern(c, pt, v->start, v->end, end, &m) ||
			     (head >= 0 && (!strcmp(pt->code, "---") || is_tok(c, v->end, "by")) &&
			      match_pattern(c, pt, v->start, head, head + 1, &m) && m.wto)) &&
			    /* a sense's noun is the verb's own object: "hit a record" */
			    (!(d->flags & DICT_F_OPEN) || strncmp(bl->name, "SENSE_", 6) ||
			     !m.wto || np_reach(c, v->end, m.wfrom)) &&
			    /* "breached the ministry's network": the head of its own
			     * object, not "the database licence agreement" */
			    (!(d->flags & DICT_F_OPEN) || strncmp(bl->name, "HEAD_", 5) ||
			     (m.wto && head_reach(c, v->end, m.wto) &&
			      ((size_t)m.wto >= c->n || !is_plain_word(c, m.wto)))) &&
			    /* "called the decision unacceptable": an object complement */
			    (!(d->flags & DICT_F_OPEN) || strncmp(bl->name, "COMPL_", 6) ||
			     (m.wto && complement_reach(c, v->end, m.wfrom) &&
			      (is_tok(c, m.wfrom, "a") || is_tok(c, m.wfrom, "an") ||
			       is_tok(c, m.wfrom, "as") || (size_t)m.wto >= c->n ||
			       !is_plain_word(c, m.wto)))) &&
			    (m.score > bm.score ||
			     (m.score == bm.score && nearer_object(c, &m, &bm) > 0) ||
			     (m.score == bm.score && dv && ver->block < dv->block &&
			      !nearer_object(c, &m, &bm))) &&
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
	if ((c->fc[v->start] & FC_CTRL) && v->end == v->start + 1 && !armed_aim(c, v->end) &&
	    !(fight_word(c, v->start) && armed_unit(c, v->subject)) &&
	    ((c->fc[v->end] & FC_TO) ||
	     ((d->flags & DICT_F_OPEN) && is_tok(c, v->end, "and") && (size_t)v->end + 1 < c->n &&
	      !fight_word(c, v->start) &&
	      (c->is_verb[v->end + 1] || (c->fc[v->end + 1] & FC_NEGV)))))
		return 0; /* "tried to persuade", "try and assist": the infinitive says what
			   * was done; "tried and failed to arrest": no trial ("fought and
			   * retreated" fought; troops "fighting to hold the bridge" fight) */
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
	means = sp->form == VF_ING ? means_verb(c, v->start) : -1;
	aux_scan(c,
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
		int g = listed_under(c, v->start), gneg, gbe, gmod, ghave, gpresent;
		if (g >= 0) {
			aux_scan(c, g, &gneg, &gbe, &gmod, &ghave, &gpresent);
			if (gmod)
				mod = gmod;
			neg |= gneg;
		}
	}
	if (best && bm.wfrom > v->end && no_object(c, v->end, bm.wfrom))
		neg = 1; /* "held no talks with", "gave no aid to" */
	if ((d->flags & DICT_F_OPEN) && none_said(c, vi))
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
		if (is_tok(c, k, "by") && !by_means(c, k))
			passive = 1;
		if (!passive && (d->flags & DICT_F_OPEN) &&
		    (thing_shot(c, vi) || headline_harm(c, vi, dv->lemma, best ? bm.wfrom : 0)))
			passive = v->bare_passive = 1;
		if (!passive && (d->flags & DICT_F_OPEN) &&
		    (coord = coordinated_passive(c, v->start, v->end)))
			passive = 1;
	}
	if ((d->flags & DICT_F_OPEN) && sp->form == VF_BASE && mod == MOD_ASSERTED &&
	    v->subject >= 0 && c->units[v->subject].end == v->start) {
		/* "wants to see Russia withdraw", "to let Iran enrich": the act of an
		 * actor someone aims to see or let act is not done yet */
		int q = c->units[v->subject].start - 1;
		while (q >= 0 && (c->fc[q] & FC_DET))
			q--;
		if (q > 0 && bare_inf_verb(c, q) && (c->fc[q - 1] & FC_TO))
			mod = MOD_HYPOTHETICAL;
	}
	if ((sp->form == VF_S || sp->form == VF_BASE) && !have && mod == MOD_ASSERTED)
		present = 1;
	c->verbs[vi].present = present;
	if ((d->flags & DICT_F_OPEN) && present && !neg && mod == MOD_ASSERTED &&
	    future_time_clause(c, v->start))
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
	    actor_follows(c, v->end) && (dv = word_verb(c, v->start)) != NULL) {
		/* "met with Iran": the light phrase ("met with criticism") found no
		 * noun, the verb alone says what happened */
		code = verb_code(d, dv);
		rcode = dv->rcode;
	}
	if ((!code || !strcmp(code, "---")) && !best && passive && dv && (d->flags & DICT_F_OPEN))
		code = forces_sent(c, subj, dv->lemma, v->end, end); /* "3,000 U.S. troops
									* were sent to Poland" */
	if ((!code || !strcmp(code, "---")) && !best && !passive && (d->flags & DICT_F_OPEN) &&
	    dv && dv->lemma && !strcmp(dv->lemma, "abandon") && subj >= 0 &&
	    c->units[subj].ncodes && armed_role(c->units[subj].codes[0]))
		code = "0874"; /* "Russian forces abandoned Kherson": forces give up ground;
				* anyone else abandons only what ABANDON's patterns name */
	if ((d->flags & DICT_F_OPEN) && code && subj >= 0 && c->units[subj].ncodes &&
	    state_actor(c->units[subj].codes[0]) &&
	    ((!strcmp(code, "082") && dissent_ended(c, v->start)) ||
	     (!strncmp(code, "035", 3) && dissent_ended(c, v->end)))) {
		/* "the army ended the protests", "vowed to crush the protests": a
		 * force, or a state whose sentence names force, ends others' protests
		 * by putting them down (175); vowed, a threat of repression (137). A
		 * government that ends them with no force named ("ended the
		 * protests by scrapping the quotas", "peacefully") concedes nothing
		 * of its own and represses no one: its concession, if any, is coded
		 * by its own verb */
		if (!armed_role(c->units[subj].codes[0]) && !force_named(c))
			return 0;
		if (strcmp(code, "082")) {
			code = "137";
			rcode = "";
		} else
			code = "175";
	}
	if ((d->flags & DICT_F_OPEN) && best && !strcmp(code, "061") &&
	    !strcmp(d->blocks[dv->block].name, "SUPPLY") && aid_setting(c, subj))
		code = "070"; /* "the World Food Programme delivered wheat", "delivered
			       * wheat to Gaza as part of the aid effort": goods given */
	if ((d->flags & DICT_F_OPEN) && !best && code && !strncmp(code, "07", 2) && dv->lemma &&
	    !strcmp(dv->lemma, "help")) {
		/* "helped broker the truce": the brokering is the deed */
		const struct dverb *w = NULL;
		int h = help_does(c, v->end, &w);
		if (h < 0)
			return 0;
		if (h > 0) {
			code = verb_code(d, w);
			rcode = w->rcode;
		}
	}
	if ((d->flags & DICT_F_OPEN) && code && !passive &&
	    (!strcmp(code, "044") || (!best && !strcmp(code, "---"))) && dv && dv->lemma &&
	    !strcmp(dv->lemma, "gather") && crowd_unit(c, subj, v->end)) {
		/* "thousands of protesters gathered in the capital": no meeting, but
		 * protesters who gather ("outside parliament", "on the square")
		 * demonstrate (141); any other crowd does neither */
		if (!protester_unit(c, subj))
			return 0;
		code = "141";
		rcode = "";
	}
	if (!code || !strcmp(code, "---") || !cameo_lookup(code))
		return 0;
	if ((d->flags & DICT_F_OPEN) && !passive && !strcmp(code, "174") &&
	    no_patient(c, v->start, v->end))
		return 0; /* "teachers are pushing back hard": no one expelled */
	if ((d->flags & DICT_F_OPEN) && passive &&
	    passive_sense(c, sp, v->start, v->end, best, best ? bm.wfrom : 0))
		return 0; /* "a girl was rescued by police", "the bill was killed" */
	if ((d->flags & DICT_F_OPEN) && !strcmp(code, "042") && dv->lemma &&
	    journey_lemma(dv->lemma) && no_visitor(c, subj, v->end))
		return 0; /* "US troops arrived in Poland", "refugees landed in Greece": a
			   * force or people on the move pay no visit */
	if ((d->flags & DICT_F_OPEN) && !best && !strcmp(code, "0874") && dv->lemma &&
	    !strcmp(dv->lemma, "leave") &&
	    (is_tok(c, v->end, "for") ||
	     (subj >= 0 && c->units[subj].ncodes && !armed_body(c->units[subj].codes[0]))))
		return 0; /* "residents left their homes", "diplomats left the country",
			   * "clashes that left one dead": no forces withdrawn; "the
			   * president left for Paris": a journey, not a retreat */
	if ((d->flags & DICT_F_OPEN) && !best && dv->lemma && !strcmp(dv->lemma, "warn") &&
	    forecast_after(c, v->end))
		return 0; /* "warned that the storm could knock out power": a forecast */
	if ((d->flags & DICT_F_OPEN) && dv->lemma && !strcmp(dv->lemma, "warn") &&
	    !strncmp(code, "13", 2) && warned_of_danger(c, v->end))
		return 0; /* "warned about the risks of a trade war": no threat */
	if ((d->flags & DICT_F_OPEN) && !best && !strcmp(code, "041") && dv->lemma &&
	    !strcmp(dv->lemma, "call") && call_names(c, v->start, v->end))
		return 0; /* "a village called Ghazal", "called the move illegal" */
	if ((d->flags & DICT_F_OPEN) && !best && !strcmp(code, "143") && dv->lemma &&
	    !strcmp(dv->lemma, "walk") &&
	    (subj < 0 || !c->units[subj].ncodes || !unarmed(c->units[subj].codes[0])))
		return 0; /* "the captain walked out to a standing ovation": workers,
			   * teachers, doctors, farmers or an opposition strike by walking
			   * out; anyone else only "over" something or "in protest" */
	if ((d->flags & DICT_F_OPEN) &&
	    ((v->end == v->start + 1 && fight_for_cause(c, v->start, subj)) ||
	     (best && bm.wto > 0 && fight_for_cause(c, bm.wto - 1, subj))))
		return 0; /* "fought for farmers", "vowed to fight for working families":
			   * advocacy, no fight and no threat */
	if ((d->flags & DICT_F_OPEN) && (!strncmp(code, "19", 2) || !strncmp(code, "13", 2)) &&
	    ((v->end == v->start + 1 && fight_ill(c, v->start)) ||
	     (best && bm.wto > 0 && fight_ill(c, bm.wto - 1))))
		return 0; /* "to fight poaching", "vowed to fight corruption": an ill fought,
			   * no foe */
	if ((!best || (d->flags & DICT_F_OPEN)) && !strncmp(code, "12", 2) &&
	    is_tok(c, v->end, "to") && (size_t)v->end + 1 < c->n && !c->is_verb[v->end + 1])
		return 0; /* "refused to speculate": a refusal of no event is none */
	if ((d->flags & DICT_F_OPEN) && !best && !strncmp(code, "10", 2) && claim_after(c, v->end))
		return 0; /* "insists his tactics will be worth it": a claim, no demand */
	if (sp->form == VF_ING && v->start > 0 &&
	    ((c->fc[v->start - 1] & FC_WEIGH) ||
	     ((d->flags & DICT_F_OPEN) && possibility_of(c, v->start - 1) >= 0))) {
		/* "is considering suspending relations with", "raised the possibility
		 * of suspending talks": coercion or force weighed in public is a
		 * threat made now; anything else is only a thought */
		if ((d->flags & DICT_F_OPEN) && !neg && mod != MOD_HYPOTHETICAL &&
		    threat_code(code) && strncmp(code, "15", 2)) {
			code = threat_code(code);
			rcode = "";
			mod = MOD_ASSERTED;
		} else
			mod = MOD_HYPOTHETICAL;
	}
	if ((d->flags & DICT_F_OPEN) && !neg && (off = called_off(c, v->start, &off_at)) != 0) {
		if (off == 1 && cancel_code(code))
			code = cancel_code(code); /* "suspended plans to impose curfews": 0813 */
		else
			neg = 1; /* "rejected an invitation to meet": no meeting */
		rcode = "";
		/* the concession in the call-off's own mood: "may reverse its
		 * decision to arrest" concedes nothing yet */
		mod = neg ? MOD_ASSERTED : cancel_mood(c, x, off_at);
	}
	v->vow = inf_governor(c, v->start);
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
			    on_condition(c, v->end)) ||
			   (mod == MOD_HYPOTHETICAL && (d->flags & DICT_F_OPEN) &&
			    condition_before(c, v->start) >= 0);
		const char *tc = threat_code(code);
		if (!tc && (cond || v->vow >= 0) && (d->flags & DICT_F_OPEN) &&
		    !strncmp(code, "14", 2))
			tc = "133";
		if (v->vow >= 0 && !neg && tc) {
			code = tc; /* "vowed to strike Iran": a threat, made now */
			rcode = "";
			mod = MOD_ASSERTED;
		} else {
			v->vow = -1;
			if ((d->flags & DICT_F_OPEN) && !neg && tc && strncmp(code, "15", 2) &&
			    (mod == MOD_FUTURE ||
			     (mod == MOD_HYPOTHETICAL && (cond || speaker_may(c, vi))))) {
				code = tc;
				rcode = "";
				mod = MOD_ASSERTED;
			}
		}
	}
	if ((d->flags & DICT_F_OPEN) && neg && mod == MOD_FUTURE && !passive &&
	    refusal_code(code)) {
		code = refusal_code(code); /* "said it would not attend the summit": 125 */
		rcode = "";
		neg = 0;
		mod = MOD_ASSERTED;
	}
	if ((d->flags & DICT_F_OPEN) && mod == MOD_ASSERTED && !neg && best && dv->lemma &&
	    planned_deed(dv->lemma, code) && bm.wfrom >= v->end && np_reach(c, v->end, bm.wfrom) &&
	    !(!strcmp(dv->lemma, "call") && called_judgment(c, bm.wto))) {
		mod = MOD_FUTURE; /* "planned a meeting with", "announced talks": 036 */
		planned = 1;
	}
	if ((d->flags & DICT_F_OPEN) && mod == MOD_ASSERTED && !neg &&
	    agreed_deed(c, v, code, best ? bm.wfrom : 0)) {
		if (agreed_inf(c, v->start) >= 0)
			mod = MOD_FUTURE; /* "agreed to share intelligence": 0314 */
		else {
			code = intent_code(code); /* "agreed to hold joint exercises" */
			rcode = "";
		}
	}
	v->deed = NULL;
	if ((d->flags & DICT_F_OPEN) && mod == MOD_FUTURE && !neg && intent_code(code)) {
		if (strncmp(code, "08", 2) && !promised(c, v->start))
			v->deed = cameo_lookup(code);
		code = intent_code(code);
		rcode = "";
	}
	v->root01 = !strncmp(cameo_lookup(code)->code, "01", 2);
	/* roles */
	if (subj >= 0)
		ns = group(c, subj, c->units[subj].start > v->start ? 1 : -1, srcs, MAX_GROUP);
	if (best && bm.tgt_is_subject) {
		int s2 = bm.src_pos >= 0 ? find_object(c, bm.src_pos, 0) : -1;
		nt = 0;
		if (ns) {
			memcpy(tgts, srcs, sizeof(int) * (size_t)ns);
			nt = ns;
		}
		ns = s2 >= 0 ? group(c, s2, 1, srcs, MAX_GROUP) : 0;
	} else if (passive) {
		/* "X was attacked by Y": Y is the source */
		int i, by = -1;
		for (i = v->end; i < end; i++)
			if (is_tok(c, i, "by") && !report_by(c, i)) {
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
			if (is_tok(c, i, "by") && !by_means(c, i))
				by = i;
		}
		if (ns)
			memcpy(tgts, srcs, sizeof(int) * (size_t)ns);
		nt = ns;
		ns = 0;
		by_phrase = by >= 0;
		if (by >= 0) {
			obj = by_agent(c, by + 1);
			if (obj >= 0)
				ns = group(c, obj, 1, srcs, MAX_GROUP);
		} else if ((d->flags & DICT_F_OPEN) && unnamed_harm(code) &&
			   (obj = when_agent(c, v->end, end)) >= 0) {
			/* "was killed when Chadian soldiers shot him": the soldiers */
			ns = group(c, obj, 1, srcs, MAX_GROUP);
		} else if ((d->flags & DICT_F_OPEN) && !strncmp(code, "08", 2) && subj >= 0) {
			/* "hostages held by the Taliban were released": the holder
			 * released them */
			int k;
			for (k = 0; k < vi; k++)
				if (c->verbs[k].start >= c->units[subj].end &&
				    (obj = holder_by(c, k, 1)) >= 0) {
					ns = group(c, obj, 1, srcs, MAX_GROUP);
					break;
				}
		}
	} else if ((d->flags & DICT_F_OPEN) && subj_codes >= 2 && each_other(c, v->end)) {
		/* "Peru and Chile accused each other of", "blamed one another" */
		memcpy(tgts, srcs, sizeof(int) * (size_t)ns);
		nt = ns;
	} else if (best && bm.comp && (ns >= 2 || ((d->flags & DICT_F_OPEN) && subj_codes >= 2)) &&
		   !((d->flags & DICT_F_OPEN) && party_object(c, v->end, srcs, ns)) &&
		   !((code[0] == '1' && code[1] >= '8') || code[0] == '2'
			     ? comp_object(c, v->end, srcs, ns)
			     : 0)) {
		memcpy(tgts, srcs, sizeof(int) * (size_t)ns);
		nt = ns;
	} else {
		obj = find_object(c, best && bm.tgt_pos >= 0 ? bm.tgt_pos : v->end, v->root01);
		if (obj >= 0 && best && bm.tgt_pos < 0 && c->units[obj].start >= bm.wfrom &&
		    c->units[obj].end <= bm.wto && (!c->units[obj].ncodes || c->units[obj].docfill))
			/* a role word of the pattern's own phrase ("held joint military
			 * exercises"), with no country of its own, is no object: look
			 * past the phrase ("expelled UN inspectors" keeps the UN) */
			obj = find_object(c, bm.wto, v->root01);
		if (obj >= 0 && (d->flags & DICT_F_OPEN) && dv && topic_verb(dv->lemma) &&
		    !is_tok(c, unit_lead(c, obj) - 1, "with"))
			obj = with_partner(c, v->end, end); /* "discussed the Ukraine crisis" */
		if (obj >= 0 && v->root01 && clause_subject(c, obj))
			obj = -1; /* "Iran said its embassy would remain open": no statement to it */
		if (obj >= 0 && !strcmp(code, "010") && (d->flags & DICT_F_OPEN) &&
		    !statement_object(c, v->start, v->end, c->units[obj].start))
			obj = -1; /* "said the fighting in Sudan ...": Sudan is not addressed */
		if (obj < 0 && (d->flags & DICT_F_OPEN) && !strncmp(code, "11", 2))
			obj = alleged_agent(c, v->end); /* "alleged that Israel had attacked" */
		if (obj < 0 && (d->flags & DICT_F_OPEN) &&
		    (!strncmp(code, "10", 2) || !strncmp(code, "02", 2)))
			obj = demanded_of(c, v->end); /* "demanded that Israel withdraw" */
		if ((obj < 0 || !c->units[obj].ncodes || c->units[obj].docfill) &&
		    (d->flags & DICT_F_OPEN) &&
		    (!strncmp(code, "10", 2) || !strncmp(code, "02", 2)) &&
		    (a = detainer_of(c, v->end, end)) >= 0)
			obj = a; /* "called for the release of a journalist jailed in Turkey" */
		if (obj < 0 && (d->flags & DICT_F_OPEN) && !strncmp(code, "084", 3))
			obj = swap_holder(c, vi, end); /* "swapped hostages for commanders held
							* by the Afghan government" */
		if (obj < 0 && (d->flags & DICT_F_OPEN) && !v->root01 && !passive && v->objp > 0 &&
		    v->objp - 1 != subj) {
			tgts[nt++] = v->objp - 1; /* "Peru expelled him": the envoy named before */
		} else if (obj < 0 && (d->flags & DICT_F_OPEN) && !v->root01 &&
			   (obj = them_antecedent(c, v->end, v->start, srcs, ns)) >= 0) {
			/* "met Japan and Canada and threatened them": the list before */
			nt = group(c, obj, 1, tgts, MAX_GROUP);
			obj = -1;
		} else if (obj >= 0 && obj != subj)
			nt = group(c, obj, 1, tgts, MAX_GROUP);
		else if (obj < 0 && subj >= 0 && (d->flags & DICT_F_OPEN) && !v->root01 &&
			 (obj = the_country(c, v->end, subj)) >= 0)
			tgts[nt++] = obj; /* "Ankara invaded the country" */
	}
	if (ns && (d->flags & DICT_F_OPEN)) {
		/* "Zandor is battling extradition": a person known by nationality alone is
		 * the target of a state's act, never a source acting for the country */
		int k2, m2 = 0;
		for (k2 = 0; k2 < ns; k2++)
			if (!national_unit(c, srcs[k2]))
				srcs[m2++] = srcs[k2];
		if (!m2)
			return 0;
		ns = m2;
	}
	if (nt == 1 && (d->flags & DICT_F_OPEN) && national_unit(c, tgts[0]) &&
	    is_tok(c, c->units[tgts[0]].end, "'s") &&
	    (a = from_country(c, c->units[tgts[0]].end, end)) >= 0)
		tgts[0] = a; /* "sought Zandor's extradition from the UK": asked of the UK */
	if (nt && ns && subj_codes >= 2 && !passive && (d->flags & DICT_F_OPEN) && mutual(code) &&
	    strcmp(code, "042") && strcmp(code, "043") &&
	    !(dv->lemma && journey_lemma(dv->lemma)) &&
	    !(dv->lemma && !strcmp(dv->lemma, "visit")) && places_only(c, tgts, nt))
		nt = 0; /* "India and France held joint drills in Rajasthan": with each
			 * other, the place no party (a place visited or reached is the
			 * host's) */
	if (!nt && ns && subj_codes >= 2 && !passive &&
	    (reciprocal || ((d->flags & DICT_F_OPEN) && mutual(code)))) {
		/* "India and Pakistan agreed to restore the ceasefire": with each other */
		memcpy(tgts, srcs, sizeof(int) * (size_t)ns);
		nt = ns;
	}
	if (best && bm.src_after && !bm.tgt_is_subject && bm.src_pos >= 0) {
		int s2 = find_object(c, bm.src_pos, 1);
		if (s2 >= 0)
			ns = group(c, s2, 1, srcs, MAX_GROUP);
	}
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) && reaction(code) &&
	    (obj = deed_agent(c, v->end, end)) >= 0)
		nt = group(c, obj, 1, tgts, MAX_GROUP); /* "condemned the move announced by X" */
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) && !strncmp(code, "13", 2) &&
	    ((obj = condition_agent(c, v->end)) >= 0 ||
	     ((a = condition_before(c, v->start)) >= 0 && (obj = condition_agent(c, a)) >= 0)) &&
	    obj != subj)
		nt = group(c, obj, 1, tgts, MAX_GROUP); /* "threatened to strike if Chile" */
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) && !strncmp(code, "12", 2) &&
	    is_tok(c, v->end, "to") && (a = verb_index_at(c, v->end + 1)) >= 0 &&
	    (obj = find_object(c, c->verbs[a].end, 0)) >= 0 && obj != subj)
		nt = group(c, obj, 1, tgts, MAX_GROUP); /* "refused to hand them over to Iraq" */
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) && !strncmp(code, "12", 2) &&
	    subj >= 0 && (obj = charge_maker(c, subj)) >= 0)
		nt = group(c, obj, 1, tgts, MAX_GROUP); /* ", a charge Pristina rejected" */
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) && !v->root01 &&
	    first_person_object(c, v->end) && (obj = quote_speaker(c, v->end)) >= 0 &&
	    obj != subj && c->units[obj].ncodes)
		nt = group(c, obj, 1, tgts, MAX_GROUP); /* '"Russia attacked us," the envoy said' */
	if (!nt && ns && !passive && (d->flags & DICT_F_OPEN) && reaction(code) &&
	    person_after(c, v->end))
		return code_person(c, x, vi, srcs, ns, code, neg, mod, best ? best->text : NULL,
				   dv->lemma); /* "Trump assailed Williams" */
	/* with no agent, a role with the document's country stays: the forces sent, the
	 * people arrested are the document's ("police were deployed") */
	if (ns || !passive)
		nt = domestic_targets(c, srcs, ns, tgts, nt, code, v->end);
	if (ns && !nt && (d->flags & DICT_F_OPEN) && !best && !strncmp(code, "062", 3))
		return 0; /* "the army trained new recruits": training is cooperation
			   * with another's forces only when they are named; a phrase
			   * ("held joint drills") says so by itself */
	if (planned && !nt)
		return 0; /* "planned a meeting": with no one named, as one held with no one */
	/* "Iranian demands", "Iraqi attacks": a noun after its actor's adjective, not a verb */
	if (ns && !nt && (c->d->flags & DICT_F_OPEN) && one_sided(code) && !passive &&
	    !((sp->form == VF_S || sp->form == VF_BASE) && subj >= 0 &&
	      c->units[subj].end == v->start))
		return code_one_sided(c, x, vi, srcs, ns, code, neg, mod, best ? best->text : NULL,
				      dv->lemma);
	if (ns && !nt && passive && (d->flags & DICT_F_OPEN) && one_sided(code) &&
	    (code[0] == '0' || (code[0] == '1' && (code[1] == '1' || code[1] == '2'))))
		/* "the decision was welcomed by Laos", "the treaty was ratified by
		 * Peru", "the raid was condemned by Laos": a cooperative or verbal act
		 * of the agent (03-09, 11, 12), as in the active voice, on no one named
		 * (not force: "farmers hit by Chinese tariffs") */
		return code_one_sided(c, x, vi, srcs, ns, code, neg, mod, best ? best->text : NULL,
				      dv->lemma);
	if (!ns && nt && passive && (d->flags & DICT_F_OPEN) && !strncmp(code, "15", 2))
		/* "Kenyan troops were deployed along the border": the forces sent are
		 * the ones who mobilise, whoever sent them */
		return code_one_sided(c, x, vi, tgts, nt, code, neg, mod, best ? best->text : NULL,
				      dv->lemma);
	if (!ns && nt && passive && !by_phrase && (d->flags & DICT_F_OPEN) &&
	    !strncmp(code, "087", 3) && armed_units(c, tgts, nt))
		/* "Malaysian troops were withdrawn from the border": forces withdrawn
		 * with no one named doing it are the ones who pull back */
		return code_one_sided(c, x, vi, tgts, nt, code, neg, mod, best ? best->text : NULL,
				      dv->lemma);
	if (!ns && nt && passive && !by_phrase && (d->flags & DICT_F_OPEN) &&
	    !strncmp(code, "084", 3) && from_custody(c, v->end, end))
		/* "three journalists were released from prison": the state that held
		 * them, of the place named or of their own country */
		return code_agentless(c, x, vi, tgts, nt, place_country(c, v->end, end), code, neg,
				      mod, best ? best->text : NULL, dv->lemma);
	if (!ns && nt && passive && (d->flags & DICT_F_OPEN) && disbanded(code, dv->lemma) &&
	    armed_units(c, tgts, nt))
		/* "the rebels have officially been dissolved": an armed group
		 * disbanded with no one named doing it demobilises itself */
		return code_one_sided(c, x, vi, tgts, nt, "0873", neg, mod,
				      best ? best->text : NULL, dv->lemma);
	if (!ns && nt && passive && (d->flags & DICT_F_OPEN) &&
	    (state_act(code) || charged(code, dv->lemma))) {
		const char *pl = place_country(c, v->end, end);
		if (!pl && coord)
			pl = place_country(c, coord,
					   v->start); /* "arrested in Iran and sentenced" */
		return code_agentless(c, x, vi, tgts, nt, pl, code, neg, mod,
				      best ? best->text : NULL, dv->lemma);
	}
	if (!ns && nt && passive && !by_phrase && (d->flags & DICT_F_OPEN) && unnamed_harm(code) &&
	    (strncmp(code, "112", 3) || (!neg && mod == MOD_ASSERTED)) && subj >= 0 &&
	    patient_head(c, subj, v->start) && unnamed_sense(c, v->end, dv->lemma))
		return code_unnamed(c, x, vi, tgts, nt, code, neg, mod, best ? best->text : NULL,
				    dv->lemma);
	if (!ns && nt && best && bm.tgt_is_subject && (d->flags & DICT_F_OPEN) &&
	    (!strncmp(code, "112", 3) || !strncmp(code, "09", 2)))
		/* "faces charges of treason", "faces an investigation": charged or
		 * investigated by the authorities of the place, or of their own */
		return code_agentless(c, x, vi, tgts, nt, place_country(c, v->end, end), code, neg,
				      mod, best->text, dv->lemma);
	if (!ns && !nt && passive && (d->flags & DICT_F_OPEN) &&
	    (state_act(code) || charged(code, dv->lemma)) && strcmp(code, "075")) {
		/* "the head of the NGO was arrested in Moscow": the authorities of the
		 * place took someone there, one of its people as far as the text says */
		const char *pl = place_country(c, v->end, end);
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
				pl = place_country(c, k, v->start);
		}
		if (!pl)
			return 0;
		snprintf(src, sizeof(src), "%.3sGOV", pl);
		snprintf(tgt, sizeof(tgt), "%.3sCVL", pl);
		return push_event(c, x, src, "", tgt, "", cameo_lookup(code), vi, neg, mod,
				  pattern_text(x, dv->lemma, best ? best->text : NULL));
	}
	if (!ns || !nt)
		return 0;
	pat_text = pattern_text(x, dv->lemma, best ? best->text : NULL);
	if (!pat_text)
		return -ERR_NOMEM;
	for (a = 0; a < ns; a++) {
		const struct unit *S = &c->units[srcs[a]];
		const char *st;
		int sc;
		if (!S->ncodes)
			continue;
		st = unit_text(c, x, srcs[a]);
		for (b = 0; b < nt; b++) {
			const struct unit *T = &c->units[tgts[b]];
			const char *tt;
			int tc;
			if (!T->ncodes || (srcs[a] == tgts[b] && T->ncodes < 2))
				continue;
			tt = unit_text(c, x, tgts[b]);
			if (!st || !tt)
				return -ERR_NOMEM;
			for (sc = 0; sc < S->ncodes; sc++)
				for (tc = 0; tc < T->ncodes; tc++) {
					if (T->docfill && !domestic(S->codes[sc], T->codes[tc]) &&
					    !home_words(c, S, T, S->codes[sc], T->codes[tc], code,
							v->end))
						continue; /* a role's country from the document: domestic only */
					if (S->docfill && !T->docfill &&
					    has_role(S->codes[sc], "GOV") &&
					    (reaction(code) || !strncmp(code, "02", 2)) &&
					    strlen(T->codes[tc]) == 3 && state_named(c, tgts[b]) &&
					    !strncmp(S->codes[sc], T->codes[tc], 3))
						continue; /* "the government condemned China": a state's
							   * agents react to another state by its name;
							   * the document's country guessed is wrong */
					if ((d->flags & DICT_F_OPEN) && S->docfill &&
					    vehicle_at(c, S->end - 1) &&
					    !is_tok(c, S->end - 1, "bomber") &&
					    !is_tok(c, S->end - 1, "bombers") &&
					    (doc_tied(c) ||
					     third_country(c, S->codes[sc], T->codes[tc])) &&
					    strncmp(S->codes[sc], T->codes[tc], 3))
						continue; /* "building hit by drone" in a headline
							   * naming three countries once each, or
							   * naming others than the guess */
					if ((d->flags & DICT_F_OPEN) && strlen(T->codes[tc]) == 3 &&
					    !strncmp(S->codes[sc], T->codes[tc], 3) &&
					    national_good(c, tgts[b]))
						continue; /* "standing up for Danish interests": no party */
					if (v->root01 && (d->flags & DICT_F_OPEN) &&
					    has_role(T->codes[tc], "MED"))
						continue; /* "told US media": the press, not a party */
					rc = push_event(c, x, S->codes[sc], st, T->codes[tc], tt,
							cameo_lookup(code), vi, neg, mod, pat_text);
					if (rc)
						return rc;
					if (rcode[0] && strcmp(rcode, "---") &&
					    cameo_lookup(rcode)) {
						rc = push_event(c, x, T->codes[tc], tt,
								S->codes[sc], st,
								cameo_lookup(rcode), vi, neg, mod,
								pat_text);
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
static int push_demands(struct coder *c, struct ctx *x, const int *srcs, int ns, const int *tgts,
			int nt, int vi, int neg, int own, const char *pattern)
{
	const char *pat = arena_strdup(&x->out->arena, pattern);
	int a, b, rc;
	if (!pat)
		return -ERR_NOMEM;
	for (a = 0; a < ns; a++) {
		const struct unit *S = &c->units[srcs[a]];
		const char *st = unit_text(c, x, srcs[a]);
		if (!st)
			return -ERR_NOMEM;
		for (b = 0; b < nt; b++) {
			const struct unit *T = &c->units[tgts[b]];
			const char *tt = unit_text(c, x, tgts[b]);
			int sc, tc;
			if (!tt)
				return -ERR_NOMEM;
			for (sc = 0; sc < S->ncodes; sc++)
				for (tc = 0; tc < T->ncodes && !S->docfill && !T->docfill; tc++) {
					if (own && strlen(T->codes[tc]) == 3 &&
					    !strncmp(S->codes[sc], T->codes[tc], 3))
						continue;
					if ((rc = push_event(c, x, S->codes[sc], st, T->codes[tc],
							     tt, cameo_lookup("100"), vi, neg,
							     MOD_ASSERTED, pat)))
						return rc;
				}
		}
	}
	return 0;
}

static void drop_verb_events(struct coder *c, struct ctx *x, struct vinfo *v);

/*
 * "Chile called for Peru to withdraw", "calls for the envoy to be expelled":
 * calling for another actor to act (or to be acted on) is a demand of it
 * (100), not an appeal (02) to it, made now; a call negated or under a modal
 * keeps its own reading, and a country's call on itself ("the minister called
 * for Chile to act") is no demand. The call at token `ct` gives its subject;
 * its appeal to the same actor gives way.
 */
static int code_call_for(struct coder *c, struct ctx *x, int vi, int ct, int tu)
{
	int gi = verb_index_at(c, ct), srcs[MAX_GROUP], tgts[MAX_GROUP], ns, nt, neg = 0, k;
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
	ns = group(c, g->subject, -1, srcs, MAX_GROUP);
	nt = group(c, tu, -1, tgts, MAX_GROUP);
	if (g->nevents && g->first_event >= 0) {
		const struct event *e = &x->out->v[g->first_event];
		if (e->modality != MOD_ASSERTED)
			return 0;
		neg = e->negated;
		drop_verb_events(c, x, g);
	}
	return push_demands(c, x, srcs, ns, tgts, nt, gi, neg, 1, "call * (FOR) to");
}

/*
 * "Beijing wants Trump to eliminate the tariffs": wanting another actor to
 * act is a demand of it (100), made now, whatever the act wanted. The verb
 * vi is the infinitive; its governor "want(s)" with the actor asked before
 * the "to", the wanting actor before the governor.
 */
static int code_want(struct coder *c, struct ctx *x, int vi)
{
	int t = c->verbs[vi].start - 1, g, s, neg = 0, srcs[MAX_GROUP], tgts[MAX_GROUP], ns, nt;
	const struct unit *U;
	while (t >= 0 && is_adverb(c, t))
		t--;
	if (t >= 1 && is_tok(c, t, "be"))
		t--; /* "called for the envoy to be expelled" */
	if (t < 1 || !(c->fc[t] & FC_TO) || c->unit_of[t - 1] < 0)
		return 0;
	U = &c->units[c->unit_of[t - 1]];
	if (U->end != t || !U->ncodes || U->docfill)
		return 0;
	g = U->start - 1;
	while (g >= 0 && (c->fc[g] & (FC_DET | FC_POSS)))
		g--;
	if (g >= 1 && is_tok(c, g, "for") &&
	    (is_tok(c, g - 1, "call") || is_tok(c, g - 1, "calls") || is_tok(c, g - 1, "called") ||
	     is_tok(c, g - 1, "calling")))
		return code_call_for(c, x, vi, g - 1, c->unit_of[t - 1]);
	if (!(is_tok(c, g, "wants") || is_tok(c, g, "want") || is_tok(c, g, "wanted")))
		return 0;
	for (s = g - 1; s >= 0 && (is_adverb(c, s) || (c->fc[s] & (FC_DO | FC_HAVE | FC_NEG))); s--)
		if (c->fc[s] & FC_NEG)
			neg = 1;
	if (s < 0 || c->unit_of[s] < 0 || c->units[c->unit_of[s]].end != s + 1)
		return 0;
	ns = group(c, c->unit_of[s], -1, srcs, MAX_GROUP);
	nt = group(c, c->unit_of[t - 1], -1, tgts, MAX_GROUP);
	return push_demands(c, x, srcs, ns, tgts, nt, vi, neg, 0, "want * to");
}

static void remove_events(struct event_list *l, size_t from, size_t n)
{
	if (!n)
		return;
	memmove(&l->v[from], &l->v[from + n], (l->n - from - n) * sizeof(*l->v));
	l->n -= n;
}

/* Verb v's events taken back; the verbs whose events follow them move up. */
static void drop_verb_events(struct coder *c, struct ctx *x, struct vinfo *v)
{
	int m;
	remove_events(x->out, (size_t)v->first_event, (size_t)v->nevents);
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
static void drop_untargeted_repeats(struct coder *c, struct ctx *x)
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
		remove_events(l, k, 1);
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

/* ---- nominal events: "the Iranian shelling of Herat" ---- */

static int actor_pair(const struct coder *c, int i, const char **a, const char **b);

/* token i begins or is in a span of an event noun ("war", "clashes") */
static int event_noun_at(const struct coder *c, int i)
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
	       c->unit_of[i] < 0 && !event_noun_at(c, i);
}

/*
 * The verb of the clause before token `from` (no comma or clause boundary between) says
 * the event named after it is not held: rejected, refused, ruled out, denied, cancelled,
 * called off, postponed, suspended, opposed ("Washington ruled out US-China trade talks",
 * "Beijing denied that US-China talks had taken place").
 */
static int undoing_verb_before(const struct coder *c, int from)
{
	static const char *const undo[] = { "reject",   "refuse",  "rule",   "deny",   "dismiss",
					    "rebuff",   "spurn",   "scrap",  "cancel", "call",
					    "postpone", "suspend", "halt",   "stop",   "end",
					    "abandon",  "boycott", "oppose", "shun",   "delay" };
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
 * "the" + an actor ("the Russian attacks"), not the verb. After a noun
 * phrase whose head is a role ("the Chilean president", "the army") and
 * before an object (an actor, a determiner or a possessive) it is the verb:
 * "the Chilean president attacks the minister's stance", "the army visits
 * Peru".
 */
static int nominal_s(const struct coder *c, int start, int end)
{
	int u = start > 0 ? c->unit_of[start - 1] : -1;
	if (is_tok(c, end, "on") || is_tok(c, end, "against") || is_tok(c, end, "of") ||
	    is_tok(c, end, "between") || is_tok(c, end, "into"))
		return 1;
	if ((c->d->flags & DICT_F_OPEN) && pair_before(c, start) >= 0)
		return 1; /* "US-China (trade) talks": a pair of parties names no subject */
	if (!(u >= 0 && c->units[u].end == start && c->units[u].start > 0 &&
	      (c->fc[c->units[u].start - 1] & (FC_DET | FC_POSS))))
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

/* "US-Iran war": the two actors of a hyphenated pair at token i, 0 or 1 */
static int actor_pair(const struct coder *c, int i, const char **a, const char **b)
{
	const struct token *t = &c->t[i];
	const char *h;
	char w[64];
	if (i < 0 || t->kind != TOK_WORD || !(t->flags & TOKF_CAP) || t->nlen >= sizeof(w) ||
	    !(h = memchr(t->norm, '-', t->nlen)) || h == t->norm || h + 1 >= t->norm + t->nlen)
		return 0;
	memcpy(w, t->norm, t->nlen);
	w[t->nlen] = 0;
	*a = word_actor(c, w, (size_t)(h - t->norm));
	*b = word_actor(c, w + (h - t->norm) + 1, t->nlen - (size_t)(h - t->norm) - 1);
	return *a && *b && strcmp(*a, *b);
}

/* the sentence already has src -> tgt with this root (from a verb) */
static int have_event(const struct ctx *x, const char *src, const char *tgt, const char *code)
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
		else if (c->is_verb[i] ||
			 (is_plain_word(c, i) && i > 0 && (c->fc[i - 1] & (FC_TO | FC_MODAL)))) {
			*gov = i;
			while (i > 0 && c->is_verb[i - 1])
				i--;
			aux_scan(c, i, neg, &be, mod, &have, &present);
			return;
		}
}

static int nominal_push(struct coder *c, struct ctx *x, int vi, const char *src, const char *st,
			const char *tgt, const char *tt, const char *code, const char *lemma)
{
	int neg, mod, gov;
	if (have_event(x, src, tgt, code))
		return 0;
	nominal_mood(c, c->verbs[vi].np_start, &neg, &mod, &gov);
	if ((c->d->flags & DICT_F_OPEN) && mod == MOD_ASSERTED && !neg && gov >= 0 &&
	    plan_lemma(c, gov) && strcmp(plan_lemma(c, gov), "call") &&
	    planned_deed(plan_lemma(c, gov), code) && np_reach(c, gov + 1, c->verbs[vi].np_start))
		mod = MOD_FUTURE; /* "the UN plans a meeting between Serbia and Kosovo"
				   * ("called the talks useful", "announced that talks
				   * had begun": held) */
	return push_event(c, x, src, st, tgt, tt, cameo_lookup(code), vi, neg, mod, lemma);
}

/* every code of unit a to every code of unit b (and back when both) */
static int nominal_units(struct coder *c, struct ctx *x, int vi, int a, int b, int both,
			 const char *code, const char *lemma)
{
	const struct unit *A = &c->units[a], *B = &c->units[b];
	const char *at = unit_text(c, x, a), *bt = unit_text(c, x, b);
	int i, j, rc;
	if (!at || !bt)
		return -ERR_NOMEM;
	if (A->docfill || B->docfill)
		return 0; /* a role's country from the document is no target's */
	for (i = 0; i < A->ncodes; i++)
		for (j = 0; j < B->ncodes; j++) {
			if ((rc = nominal_push(c, x, vi, A->codes[i], at, B->codes[j], bt, code,
					       lemma)))
				return rc;
			if (both && (rc = nominal_push(c, x, vi, B->codes[j], bt, A->codes[i], at,
						       code, lemma)))
				return rc;
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
		    !clause_subject(c, k))
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
 * verb before it. 0 or an error.
 */
static int code_joint(struct coder *c, struct ctx *x, int i)
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
	int k, vi, rc, last = i;
	if (actor_pair(c, i, &pa, &pb))
		;
	else if ((size_t)i + 2 < c->n && is_punct(c, i + 1, '-') &&
		 (pa = word_actor(c, c->t[i].norm, c->t[i].nlen)) &&
		 (pb = word_actor(c, c->t[i + 2].norm, c->t[i + 2].nlen)) && strcmp(pa, pb))
		last = i + 2; /* "U.S.-Jordanian": the tokeniser keeps "U.S." whole */
	else if ((size_t)i + 1 < c->n && c->t[i].nlen > 3 &&
		 !strcmp(c->t[i].norm + c->t[i].nlen - 3, "-u.") && is_tok(c, i + 1, "s.") &&
		 (pa = word_actor(c, c->t[i].norm, c->t[i].nlen - 3U)) &&
		 (pb = word_actor(c, "us", 2)) && strcmp(pa, pb))
		last = i + 1; /* "Jordanian-U.S.": read as "jordanian-u." and "s." */
	else
		return 0;
	if (!is_tok(c, last + 1, "joint"))
		return 0;
	for (k = last + 2; k < last + 7 && (size_t)k < c->n && c->t[k].kind == TOK_WORD; k++)
		if (TOK_IN(c, k, heads))
			break;
	if (k >= last + 7 || (size_t)k >= c->n || c->t[k].kind != TOK_WORD)
		return 0;
	vi = c->nverbs++;
	memset(&c->verbs[vi], 0, sizeof(c->verbs[vi]));
	c->verbs[vi].start = (uint16_t)(last + 1);
	c->verbs[vi].end = (uint16_t)(k + 1);
	c->verbs[vi].subject = -1;
	c->verbs[vi].first_event = -1;
	c->verbs[vi].vow = -1;
	c->verbs[vi].np_start = i;
	pt = arena_strndup(&x->out->arena, x->text + c->t[i].off,
			   c->t[last].off + c->t[last].len - c->t[i].off);
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
	    !(has_role(U->codes[0], "MIL") || has_role(U->codes[0], "COP") ||
	      has_role(U->codes[0], "SPY")))
		return 0;
	snprintf(cc, sizeof(cc), "%.3s", U->codes[0]);
	return country_code(cc);
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
	return country_code(cc) && (has_role(U->codes[0], "GOV") || has_role(U->codes[0], "ELI") ||
				    has_role(U->codes[0], "MIL"));
}

/* one of CAMEO's codes for a region of several countries ("Latin America" LAM) */
static int region_code(const char *code)
{
	static const char *const regions[] = { "AFR", "ASA", "BLK", "CAS", "CAU", "CFR",
					       "CRB", "EAF", "EEU", "EUR", "LAM", "MDT",
					       "MEA", "NAF", "NMR", "PGS", "SAF", "SAM",
					       "SAS", "SEA", "WAF", "WEU", "WST" };
	size_t k;
	for (k = 0; k < sizeof(regions) / sizeof(regions[0]); k++)
		if (!strcmp(code, regions[k]))
			return 1;
	return 0;
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
static int home_protest_noun(const struct coder *c, int *src, int *tgt, int ns, int t)
{
	const struct unit *S;
	char cc[4];
	int q = ns - 1;
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
	if (*src < 0 && *tgt < 0 && place_prep(c, t)) {
		int u = by_agent(c, t + 1);
		if (u < 0)
			return 0;
		S = &c->units[u];
		if (S->ncodes != 1 || S->docfill || strlen(S->codes[0]) != 3 ||
		    !country_code(S->codes[0]) || region_code(S->codes[0]))
			return 0; /* a country, a capital or a province named by itself,
				   * not a region of several ("across South America") */
		*src = u;
		t = S->end;
		if (is_tok(c, t, "against"))
			*tgt = by_agent(c, t + 1);
	} else
		return 0;
	if (*tgt >= 0) {
		const struct unit *T = &c->units[*tgt];
		if (T->docfill || !T->ncodes || !unit_country(T, cc))
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
	const char *st = unit_text(c, x, src);
	char sc[CODE_MAX], tc[4];
	if (!st)
		return -ERR_NOMEM;
	snprintf(sc, sizeof(sc), "%.3sOPP", S->codes[0]);
	snprintf(tc, sizeof(tc), "%.3s", S->codes[0]);
	return nominal_push(c, x, vi, sc, st, tc, st, code, lemma);
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
			 calendar_word(c->t[i + 1].norm))
			i += 2;
		else
			break;
	}
	return is_tok(c, i, "between") ? i : -1;
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
	    (k = verb_index_at(c, p)) < 0 || c->verbs[k].subject < 0 ||
	    !c->units[c->verbs[k].subject].ncodes || c->units[c->verbs[k].subject].start > p)
		return -1;
	return k;
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
 * The deed named at token ns is only feared, warded off or foreseen: a word of
 * risk, warning or defence among the four words before it ("the threat of a
 * cyberattack on", "officials fear a cyberattack", "protection against
 * cyberattacks", "foiled a cyberattack").
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
		"depicts",  "depicted",   "discuss",    "discussed",   "discussing", "anniversary"
	};
	int p;
	for (p = ns - 1; p >= 0 && p >= ns - 4 && !is_boundary(c, p); p--)
		if (TOK_IN(c, p, unreal) || in_date(c, p))
			return 1; /* "the 2007 cyberattack on": an old deed recalled */
	return 0;
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
	if (!(tt = unit_text(c, x, tgt)))
		return -ERR_NOMEM;
	if (by >= 0 && c->verbs[by].nevents)
		drop_verb_events(c, x, &c->verbs[by]);
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

static int code_nominals(struct coder *c, struct ctx *x)
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
		    pair = 0, vi, t, dom = 0, under = 0, home = 0, anon, by = -1;
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
		if (q >= 0 &&
		    (is_tok(c, q, "no") || is_tok(c, q, "without") || (c->fc[q] & FC_NEG)))
			continue;
		if ((d->flags & DICT_F_OPEN) && hedged_noun(c, q + 1, ns))
			continue; /* "a possible arrest of", "the planned talks between": not
				   * (yet) done */
		if (q >= 0 && actor_pair(c, q, &pa, &pb))
			pair = 1;
		else if (q >= 1 && is_tok(c, q, "'s") && c->unit_of[q - 1] >= 0)
			src = c->unit_of[q - 1];
		else if (q >= 0 && c->unit_of[q] >= 0 && c->units[c->unit_of[q]].end == q + 1)
			src = c->unit_of[q];
		else if (q >= 0 && (d->flags & DICT_F_OPEN))
			src = pronoun_possessor(c, q); /* "its strikes on Gaza" */
		if (q >= 1 && (is_tok(c, q - 1, "no") || is_tok(c, q - 1, "without")))
			continue;
		if ((d->flags & DICT_F_OPEN) && q >= 0 &&
		    halting_word(c, (c->fc[q] & (FC_DET | FC_POSS)) ? q - 1 : q))
			continue; /* "suspending talks with", "ended its visit to": no
				   * talks held, no visit made */
		/* "killings by Syrian police", "occupation by Chile of the islands"; a noun
		 * listed with its preposition ("call with": a call on or for someone is an
		 * appeal) has its target right after it */
		t = ne;
		if (ne - ns > 1 && (c->fc[ne - 1] & FC_PREP))
			t = ne - 1;
		if (is_tok(c, t, "by") && !pair) {
			int u = by_agent(c, t + 1);
			if (u >= 0) {
				src = u;
				t = c->units[u].end;
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
			if (is_tok(c, q2, "under") && (u = by_agent(c, q2 + 1)) >= 0 &&
			    ruler(c, u)) {
				src = u;
				under = 1;
				t = c->units[u].end;
			}
		}
		if (!pair && src < 0 && (d->flags & DICT_F_OPEN)) {
			int cv = claimed_deed(c, ns);
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
		    (!strncmp(code, "042", 3) || reaction(code))) {
			/* "amid visit from Japanese trade minister", "criticism from China": the
			 * visitor or the critic */
			int u = by_agent(c, t + 1);
			if (u >= 0) {
				src = u;
				t = c->units[u].end;
			}
		}
		if (src < 0 && !pair && (d->flags & DICT_F_OPEN) && !strncmp(code, "16", 2) &&
		    (size_t)t + 1 < c->n && c->is_verb[t] && c->span_of[t] >= 0 &&
		    c->spans[c->span_of[t]].form == VF_ED && is_tok(c, t + 1, "by")) {
			/* "tariffs imposed by China have hurt U.S. farmers" */
			int u = by_agent(c, t + 2);
			if (u >= 0) {
				src = u;
				t = c->units[u].end;
			}
		}
		if (!pair && src < 0 && (d->flags & DICT_F_OPEN) && !is_tok(c, t, "between") &&
		    (q = happened_between(c, t)) >= 0)
			t = q; /* "clashes erupted between" */
		if (is_tok(c, t, "between")) {
			int u = by_agent(c, t + 1);
			if (u >= 0 && is_tok(c, c->units[u].end, "and")) {
				tgt2 = by_agent(c, c->units[u].end + 1);
				if (tgt2 >= 0)
					src = u;
			}
		} else if (is_tok(c, t, "on") || is_tok(c, t, "against") || is_tok(c, t, "with") ||
			   is_tok(c, t, "of") || is_tok(c, t, "to") || is_tok(c, t, "into") ||
			   is_tok(c, t, "toward") || is_tok(c, t, "towards")) {
			tgt = by_agent(c, t + 1);
			if (tgt >= 0 && src < 0 && !pair && (d->flags & DICT_F_OPEN) &&
			    is_tok(c, t, "of") && is_tok(c, c->units[tgt].end, "by")) {
				/* "the release of 40 prisoners by Hamas": the agent after
				 * the noun's object */
				int u = by_agent(c, c->units[tgt].end + 1);
				if (u >= 0)
					src = u;
			}
		}
		if (!pair && src < 0 && tgt >= 0 && recip && (d->flags & DICT_F_OPEN))
			src = talks_party(c, ns,
					  tgt); /* "brought drama to trade talks with China" */
		if (!pair && src >= 0 && tgt < 0 && tgt2 < 0 && (d->flags & DICT_F_OPEN) &&
		    (reaction(code) || (!strncmp(code, "042", 3) && c->units[src].start > ns)))
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
		if (!pair && tgt2 < 0 && (d->flags & DICT_F_OPEN) && !strncmp(code, "14", 2))
			home = home_protest_noun(c, &src, &tgt, ns, t);
		if (anon && !pair && tgt < 0 && tgt2 < 0 && (by = deed_by(c, ns)) >= 0)
			tgt = c->verbs[by].subject; /* "banks were hit by a cyberattack" */
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
		if (!pair && !dom && !home && (src < 0 || (tgt < 0 && tgt2 < 0)))
			continue;
		if (by >= 0 && src >= 0 && src != tgt && c->verbs[by].nevents)
			/* "were hit by a Russian cyberattack": the deed, not a blow */
			drop_verb_events(c, x, &c->verbs[by]);
		if ((d->flags & DICT_F_OPEN) &&
		    (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) ||
		     !strncmp(code, "20", 2)) &&
		    (pair || tgt2 >= 0 || mutual_force(c, ns, ne))) {
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
			    halting_word(c, e) &&
			    (!is_tok(c, e + 1, "with") || ends_in_peace(c, e + 2)) &&
			    ((size_t)e + 1 >= c->n || c->t[e + 1].kind == TOK_PUNCT ||
			     (c->fc[e + 1] & (FC_PREP | FC_SUBORD | FC_CONJ)) ||
			     is_adverb(c, e + 1) || in_date(c, e + 1)))
				code = "087"; /* not "ended the ceasefire": its own object */
		}
		/* a pseudo verb: the noun, for the event's offsets and date */
		vi = pseudo_verb(c, k, ns, ne);
		if (src >= 0 && c->units[src].start < ns)
			c->verbs[vi].np_start = c->units[src].start;
		if (pair) {
			const char *pt =
				arena_strndup(&x->out->arena, x->text + c->t[q].off, c->t[q].len);
			if (!pt)
				return -ERR_NOMEM;
			if (tgt >= 0) {
				/* "Saudi-Emirati war on Yemen": both are sources */
				const struct unit *T = &c->units[tgt];
				const char *tt = unit_text(c, x, tgt);
				int j;
				if (!tt)
					return -ERR_NOMEM;
				for (j = 0; j < T->ncodes && !T->docfill; j++)
					if ((rc = nominal_push(c, x, vi, pa, pt, T->codes[j], tt,
							       code, dv->lemma)) ||
					    (rc = nominal_push(c, x, vi, pb, pt, T->codes[j], tt,
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
			const char *st = unit_text(c, x, src);
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
		} else if (tgt2 >= 0) {
			if ((rc = nominal_units(c, x, vi, src, tgt2, recip, code, dv->lemma)))
				return rc;
		} else if (src != tgt) {
			if ((rc = nominal_units(c, x, vi, src, tgt, 0, code, dv->lemma)))
				return rc;
		}
	}
	return 0;
}

/*
 * "told VOA that the Russian and Syrian defense ministry's claim is patently
 * false": a speaker who calls an actor's claims or accusations false rejects
 * them (120). The claim noun is at token i; the actors are those of its noun
 * phrase (adjectives, possessors, a list of them); the speaker is the subject
 * of the statement verb the phrase reports ("X said", "X told Y"), before it,
 * or after the quotation (", X said"). Returns 0 or a negative error.
 */
static int code_denial(struct coder *c, struct ctx *x, int i)
{
	static const char *const claims[] = { "claim",       "claims",     "accusation",
					      "accusations", "allegation", "allegations",
					      "assertion",   "assertions", "charges" };
	static const char *const untrue[] = { "false",     "untrue",     "baseless",   "groundless",
					      "unfounded", "fabricated", "absurd",     "lies",
					      "nonsense",  "fiction",    "fabrication" };
	int accused[8], na = 0, j, k, q, say = -1, spk = -1, ok = 0, vi, rc, be = 0;
	if (!TOK_IN(c, i, claims))
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
		if (!(ok = TOK_IN(c, q, untrue)))
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
		if (v->start < q + 1 && (statement_verb(c, v->start) || (c->fc[v->start] & FC_SAY)))
			say = k;
	}
	if (say >= 0)
		spk = c->verbs[say].subject;
	else
		spk = quote_speaker(c, i);
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
		if ((rc = nominal_units(c, x, vi, spk, accused[j], 0, "120", "claim false")))
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
	if ((size_t)b < c->n && (u = speaker_after(c, (size_t)b)) >= 0) {
		for (k = b + 1; (size_t)k < c->n && k < b + 12 && *say < 0; k++)
			if (c->fc[k] & FC_SAY)
				*say = verb_index_at(c, k);
		return *say >= 0 ? u : -1;
	}
	for (p = a - 2; p >= 0 && p >= a - 4; p--) {
		if (is_punct(c, p, ':') || is_punct(c, p, ','))
			continue;
		if ((c->fc[p] & FC_SAY) && (k = verb_index_at(c, p)) >= 0) {
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
	aux_scan(c, c->verbs[say].start, &neg, &be, &mod, &have, &present);
	if (neg || mod == MOD_HYPOTHETICAL)
		return 0;
	if (!(st = unit_text(c, x, sp)))
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
		if (!(tt = unit_text(c, x, k)))
			return -ERR_NOMEM;
		for (sc = 0; sc < S->ncodes; sc++)
			for (tc = 0; tc < T->ncodes; tc++) {
				if (!strncmp(S->codes[sc], T->codes[tc], 3) ||
				    have_event(x, S->codes[sc], T->codes[tc], "111"))
					continue;
				if ((rc = push_event(c, x, S->codes[sc], st, T->codes[tc], tt,
						     cameo_lookup("111"), say, 0, MOD_ASSERTED,
						     "quoted judgment")))
					return rc;
			}
	}
	return 0;
}

/* each quotation of the sentence, closed or running to its end: code_quoted_judgment() */
static int code_quotations(struct coder *c, struct ctx *x)
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
static int code_reported_breach(struct coder *c, struct ctx *x)
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
		spk = say >= 0 ? c->verbs[say].subject : quote_speaker(c, w->start);
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
		if (!(st = unit_text(c, x, spk)) || !(tt = unit_text(c, x, t)))
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
				if (!have_event(x, c->units[spk].codes[k], c->units[t].codes[m],
						"112") &&
				    (rc = push_event(c, x, c->units[spk].codes[k], st,
						     c->units[t].codes[m], tt, cameo_lookup("112"),
						     vi, 0, MOD_ASSERTED, "said * violated")))
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
static int code_obligation(struct coder *c, struct ctx *x, int i)
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
			vi = verb_index_at(c, p);
			break;
		}
		if (c->unit_of[p] >= 0 || c->t[p].kind != TOK_WORD)
			return 0;
	}
	if (vi < 0 || y < 0 ||
	    !(statement_verb(c, c->verbs[vi].start) || (c->fc[c->verbs[vi].start] & FC_SAY)))
		return 0;
	if (addressee >= 0 && !is_tok(c, c->verbs[vi].start, "told"))
		return 0;
	if (c->verbs[vi].subject < 0 || c->verbs[vi].subject == y)
		return 0;
	{
		int neg, be, mod, have, present;
		aux_scan(c, c->verbs[vi].start, &neg, &be, &mod, &have, &present);
		if (neg || mod != MOD_ASSERTED)
			return 0;
	}
	ns = group(c, c->verbs[vi].subject, -1, srcs, MAX_GROUP);
	nt = group(c, y, 1, tgts, MAX_GROUP);
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
			drop_verb_events(c, x, v);
		}
	}
	return push_demands(c, x, srcs, ns, tgts, nt, vi, 0, 1, "say * must");
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
	size_t k;
	if (t->kind != TOK_WORD)
		return 0;
	if (t->nlen > 3 && !strcmp(t->norm + t->nlen - 2, "ed"))
		return 1;
	for (k = 0; k < sizeof(irr) / sizeof(irr[0]); k++)
		if (!strcmp(t->norm, irr[k]))
			return 1;
	return 0;
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

/* the word classes and dictionary ids of the sentence's tokens, nothing found yet */
static void prepare_sentence(struct coder *c)
{
	size_t i;
	for (i = 0; i < c->n; i++) {
		const struct token *t = &c->t[i];
		int32_t fid = dict_word(c->fw, t->norm, t->nlen);
		c->fc[i] = fid >= 0 ? c->fw->wflags[fid] : 0;
		c->wid[i] = dict_word(c->d, t->norm, t->nlen);
		c->alt[i] = stem_of(c->d, t);
		c->span_of[i] = -1;
		c->unit_of[i] = -1;
		c->is_verb[i] = 0;
		c->halting[i] = -1;
		c->infnoun[i] = -1;
		c->repress[i] = -1;
		c->haltn[i] = (uint8_t)halting_noun(c, (int)i);
	}
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
	c->title = title_case(c);
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
	return !calendar_word(t->norm);
}

/*
 * A sentence that opens with a name no dictionary knows and goes on with a verb ("The
 * Patriotic Front of Zembla has vowed to ...", "Ndemo Kariuki accused ..."): the name is
 * a body or person of the document's country. A new unit coded as that country, which
 * only the verb after it takes as its subject.
 */
static void name_subjects(struct coder *c)
{
	int32_t dc;
	int k;
	if (!(c->d->flags & DICT_F_OPEN) || c->title || c->nunits >= MAX_UNITS)
		return;
	dc = doc_country(c);
	if (dc < 0)
		return;
	for (k = 0; k < c->nverbs && c->nunits < MAX_UNITS; k++) {
		int p = c->verbs[k].start - 1, a, b, q;
		struct unit *u;
		while (p >= 0 && is_aux(c, p))
			p--;
		if (is_punct(c, p, ')')) {
			q = skip_paren_left(c, p);
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
			if (q > 0 && is_punct(c, q, ',') && q < p - 1)
				p = q - 1;
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
		if (b - a < 2 && q == a)
			continue; /* one capitalised word opening the sentence: any word */
		u = &c->units[c->nunits];
		memset(u, 0, sizeof(*u));
		u->start = (uint16_t)q;
		u->end = (uint16_t)b;
		u->actor = dc;
		unit_recode(c, u);
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
		c->carry_kind = unit_person(c, &c->units[opening]);
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
			if ((u = speaker_after(c, (size_t)q)) >= 0 && c->units[u].ncodes)
				sp = u;
			continue;
		}
		/* 'Rojas said the talks "failed': the statement verb before the quotation */
		for (p = q - 1; p >= 0 && sp < 0 && !is_punct(c, p, '"'); p--)
			if ((c->fc[p] & FC_SAY) && (vi = verb_index_at(c, p)) >= 0 &&
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
	find_spans(c, &discard, story_discard);
	if (discard)
		return 0;
	build_units(c);
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
		if (!verb || !verb_ok(c, s->start, s->form) || name_word(c, s->start) ||
		    equipped(c, s) ||
		    (noun && s->form == VF_S && nominal_s(c, s->start, s->start + s->len))) {
			if (noun && !name_word(c, s->start))
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
			remember_recent(c);
		}
		return 0;
	}
	mark_clauses(c);
	c->ndm = dates_find(c->t, c->n, &x->ref, c->dm, MAX_DATES);
	for (i = 0; i < c->ndm; i++)
		if (c->dm[i].yearless && x->have_para_date) {
			/* "August 2021 - ... ISIS-K bombs the airport on August 26" */
			c->dm[i].v.y = x->para_date.y;
			c->dm[i].v.y2 = 0;
		}
	c->carry_u = -1;
	c->qspeaker_u = -1;
	c->def_u = -1;
	name_subjects(c);
	for (k = 0; k < c->nverbs; k++)
		c->verbs[k].subject = find_subject(c, k);
	for (k = 0; k < c->nverbs; k++)
		/* before the carried subject moves on to this sentence's */
		c->verbs[k].objp = (d->flags & DICT_F_OPEN) ? 1 + object_person(c, c->verbs[k].end,
										c->verbs[k].subject)
							    : 0;
	if ((d->flags & DICT_F_OPEN) && !carry_opening(c, opening))
		/* the subject a pronoun of the next sentence stands for: the first
		 * main-clause subject that names an actor */
		for (k = 0; k < c->nverbs; k++) {
			int u = c->verbs[k].subject;
			if (u >= 0 && !c->clause_of[c->verbs[k].start] && c->units[u].ncodes) {
				c->carry_kind = unit_person(c, &c->units[u]);
				c->carry = c->units[u];
				c->have_carry = 1;
				break;
			}
		}
	for (k = 0; k < c->nverbs; k++)
		if ((rc = code_verb(c, x, k)) ||
		    ((d->flags & DICT_F_OPEN) && (rc = code_want(c, x, k))))
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
			remove_events(x->out, (size_t)v->first_event, (size_t)v->nevents);
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
			drop_verb_events(c, x, w);
		}
	}
	if ((d->flags & DICT_F_OPEN) && (rc = code_reported_breach(c, x)))
		return rc;
	if ((rc = code_nominals(c, x)))
		return rc;
	if (d->flags & DICT_F_OPEN)
		for (i = 0; i < c->n && c->nverbs < (int)MAXT; i++)
			if ((rc = code_joint(c, x, (int)i)) || (rc = code_denial(c, x, (int)i)) ||
			    (rc = code_obligation(c, x, (int)i)))
				return rc;
	(void)first_event;
	if (d->flags & DICT_F_OPEN) {
		if ((rc = code_quotations(c, x)))
			return rc;
		drop_untargeted_repeats(c, x);
		quote_state(c);
		remember_recent(c);
	}
	/* the paragraph's narrative date: the last date the text stated itself */
	for (i = 0; i < c->ndm; i++)
		if (c->dm[i].absolute && !c->clause_of[c->dm[i].first]) {
			x->para_date = c->dm[i].v;
			x->have_para_date = 1;
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
 * Code the sentences of `text` that start in [from, to); with open coding the sentences
 * before `from` are read for the document memory only. With a part of the document
 * (from > 0 or to < len), what the coded sentences learn from the rest is that memory: no
 * carried subject and no document country.
 */
static int code_doc(struct coder *c, const char *text, size_t len, size_t from, size_t to,
		    const char *date, struct event_list *out, struct error *err)
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
	c->carry_u = -1;
	c->have_qspeaker = c->quote_open = 0;
	c->nrec_country[0] = c->nrec_country[1] = c->nrec_group[0] = c->nrec_group[1] = 0;
	c->nnames = c->nroles = c->ncands = 0;
	c->demonym = -1;
	c->doc_home = -1;
	c->use_roles = 0;
	c->tally_twice = 0;
	if ((rc = text_split(&doc, text, len, err)) < 0)
		return rc;
	expand_contractions(&doc);
	if (c->d->flags & DICT_F_OPEN) {
		c->learn_names = 1;
		/* the countries the whole document names, so that "the government" of
		 * its first sentence has the country named after it */
		for (si = 0; si < doc.nsent; si++) {
			int discard = 0, dummy = 0;
			c->t = doc.toks + doc.sents[si].first;
			c->n = doc.sents[si].ntok;
			prepare_sentence(c);
			find_spans(c, &discard, &dummy);
			if (!discard)
				build_units(c);
		}
		learn_main_person(c);
		c->doc_home = doc_dominant(c);
		c->learn_names = 0;
		c->tally_twice = 1;
		c->use_roles = 1;
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
			prepare_sentence(c);
			find_spans(c, &discard, &dummy);
			if (!discard)
				build_units(c);
			continue;
		}
		if (part) {
			c->tally_twice = 0;
			c->ndoc = 0;
			c->have_carry = 0;
			c->have_qspeaker = 0;
			c->nrec_country[0] = c->nrec_country[1] = 0;
			c->nrec_group[0] = c->nrec_group[1] = 0;
		}
		if (s->para != para) {
			para = s->para;
			x.have_para_date = 0;
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
		rc = code_sentence(c, &x, &story_discard);
	}
	text_doc_release(&doc);
	if (rc)
		return rc == -ERR_NOMEM ? error_nomem(err)
					: error_set(err, (enum error_code) - rc, "coder: %s",
						    error_code_name((enum error_code) - rc));
	if (story_discard)
		out->n = start;
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
