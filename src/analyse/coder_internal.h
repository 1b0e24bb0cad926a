/*
 * coder_internal.h: what the files of the event coder (coder*.c) share with each
 * other and with nothing else; coder.h is the coder's public interface and coder.c
 * says which file holds which step.
 */
#ifndef BRIEF_ANALYSE_CODER_INTERNAL_H
#define BRIEF_ANALYSE_CODER_INTERNAL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyse/cameo.h"
#include "analyse/coder.h"
#include "analyse/text.h"

#include "util/array.h"
#include "util/date.h"

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
	uint8_t listed;   /* a country adjective of a list that takes the list's noun's roles */
	uint8_t sent;     /* forces of the country that "deployed" or "sent" them after it */
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
	/* coercion or force that a headline's "X to" announces, read as a threat (13):
	 * with no one named on the receiving end ("Indonesia to ban social media") it
	 * announces a measure and threatens nobody */
	int future_threat;
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
	uint8_t holder; /* an office holder the dictionaries name in full */
	const struct dagent *ag[MAX_AG];
};
/* The last holder of a role the document named with a country: after "President Donald
 * Trump", "the president" is Trump's code. */
struct mem_role {
	int32_t head; /* the role's last word: "minister" of "foreign minister" */
	char code[CODE_MAX];
};
enum prep_mode {
	PREP_LOOK_UP = 0, /* look each token up */
	PREP_KEEP = 1,    /* look each token up and keep what was found */
	PREP_KEPT = 2,    /* take what the first pass kept */
};

struct coder {
	const struct dict *d;
	struct dict *fw;  /* function words: wflags hold FC_* */
	uint8_t *fw_halt; /* of each word of fw: one of coder_halting_nouns */
	/* prepare_sentence()'s word ids and classes of each token of the document (fc, wid,
	 * alt, haltn), kept by the first of open coding's two passes over it for the second:
	 * indexed by the token's place in the document, prep_alloc of each; prep_first the
	 * first token of the sentence prepare_sentence() reads, prep_mode what it does */
	int32_t *prep_wid, *prep_alt;
	uint32_t *prep_fc;
	uint8_t *prep_haltn;
	size_t prep_alloc, prep_first;
	int prep_mode; /* PREP_LOOK_UP, PREP_KEEP, PREP_KEPT */
	/* per sentence */
	const struct token *t;
	size_t n;
	int32_t date_key;
	int32_t wid[MAXT], alt[MAXT];
	uint32_t fc[MAXT];
	int16_t span_of[MAXT], unit_of[MAXT];
	int16_t clause_of[MAXT]; /* clause of each token: dates stay in their clause */
	int title;               /* most words capitalised: a headline in title case */
	int qmark;               /* the sentence holds a "?": it may ask */
	uint8_t is_verb[MAXT];
	int light;            /* the verb being matched codes nothing but through patterns */
	int8_t halting[MAXT]; /* halting_verb() of each token, -1 not yet known */
	uint8_t haltn[MAXT];  /* each token is one of coder_halting_nouns */
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
	int sent_rel[DOC_COUNTRIES]; /* of sent_home, what its relative clauses of a person named */
	int tally_twice;  /* the sentence coded was tallied before, in the document's first read */
	int doc_factions; /* the document names rebels, insurgents, an opposition or militants */
	int ndoc;
	/* the two countries a document is about, when it names almost no other (coder_doc_pair):
	 * the other side of a deed told with no target; "" when none */
	char pair[2][4];
	/* "He said ...": the last sentence's subject actor (open coding), which a
	 * pronoun subject with no antecedent in its own sentence stands for */
	struct unit carry;
	int have_carry; /* 0: none; else 1 + the sentences coded since it was set */
	int carry_u;    /* the carried unit's index in this sentence (past nunits), or -1 */
	int carry_kind; /* coder_unit_person() of the carried unit */
	/* the last person other than the carried subject that the carried subject's sentence
	 * named ("EU leaders criticised Orban. He rejected ..."): who "he" or "she" stands
	 * for when the carried subject is plainly no person */
	struct unit carry_person;
	int have_carry_person;
	/* the code of the last people of a plural role the sentence before named
	 * ("expelled three Venezuelan officials"), for "them" ("accused them of"); "" when none */
	char prev_plural[CODE_MAX];
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
	/* the named organisations of the document's sentences coded so far, for "the
	 * group" when the last two sentences named none */
	struct unit doc_group[RECENT];
	int ndoc_group;
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
	const struct dagent *bus; /* a company's role (BUS), for a firm the document places */
	/* the verb dictionaries' word classes of judgment, for coder_speech.c (or -1): words of
	 * reproach and acclaim, what actors claim and what calls a claim untrue */
	int32_t syn_reproach, syn_acclaim, syn_claims, syn_untrue, syn_deeds;
	/* the country the whole document is about (coder_doc_dominant() after the first pass), for
	 * its police, courts and legislature where the text coded names no country; or -1 */
	int32_t doc_home;
};
/* The subject of the verb at [vstart, ...): a unit index, or -1. */
/*
 * "He said ...", "They attacked ...": a pronoun subject (not "we": the speaker
 * of a quote) with no antecedent in its sentence is the previous sentence's
 * subject actor, if that sentence is at most CARRY_SENTENCES back (sentences
 * with no actor subject between count). The carried unit sits past nunits, at
 * the pronoun's token.
 */
#define CARRY_SENTENCES 3
struct pmatch {
	int score;
	int src_pos, tgt_pos; /* token where the marked actor is looked for, -1 */
	int tgt_is_subject;   /* "+ *" */
	int src_after;        /* "$" after the verb */
	int comp;             /* "%" */
	int wfrom, wto;       /* tokens the words after the verb matched, or 0 0 */
	int wlast;            /* where the last of those elements matched */
};
struct ctx {
	struct event_list *out;
	const struct sentence *s;
	uint32_t sent_index;
	const char *text;
	struct date_val ref;
	struct date_val para_date; /* the last year its paragraph stated: a month's year */
	int have_para_date;
	/* the date a paragraph's narrative opened with ("In 1998, ...") and goes on in,
	 * for its sentences that state none */
	struct date_val frame_date;
	int have_frame_date;
	/* the last event's date, which "the next day" or "two months later" counts from */
	struct date_val last_date;
	int have_last_date;
	/* a dateline ("KABUL, March 3 (Reuters) -"): its sentence and its tokens there */
	uint32_t dateline_sent, dateline_end;
	size_t sent_first;  /* the sentence's first event in out */
	int unknown_source; /* push_event may code an empty source (`code_unnamed`) */
};

/* ---- coder_spans.c ---- */

int coder_skip_paren_left(const struct coder *c, int p);
int coder_report_by(const struct coder *c, int i);
int coder_text_participle(const struct coder *c, int i);
int coder_listing_word(const struct coder *c, int p);
int coder_listed_agent(const struct coder *c, int vstart);
int coder_listed_under(const struct coder *c, int vstart);
int coder_means_verb(const struct coder *c, int i);
int coder_joined_in(const struct coder *c, int i);
int coder_process_of(const struct coder *c, int i);
int coder_possibility_of(const struct coder *c, int i);
int coder_claimed_deed(const struct coder *c, int i);
/* the governor of an intended gerund after the "to" at `to` ("is committed to releasing"), or -1 */
int coder_intent_gerund(const struct coder *c, int to);
int coder_verb_ok(const struct coder *c, int i, int form);
int coder_object_opens(const struct coder *c, int j);
int coder_bare_subject(const struct coder *c, int u);
int coder_name_word(const struct coder *c, int i);
int coder_title_case(const struct coder *c);
int coder_calendar_word(const char *w);
int coder_unknown_name(const struct coder *c, int i);
int coder_person_word(const struct coder *c, int i);
void coder_find_spans(struct coder *c, int *discard, int *story_discard);

/* ---- coder_units.c ---- */

void coder_unit_recode(struct coder *c, struct unit *u);
int coder_country_code(const char *code);
int coder_unit_country(const struct unit *u, char out[4]);
int32_t coder_doc_country(const struct coder *c);
void coder_doc_pair(struct coder *c);
int coder_topic_country(const struct coder *c, const struct span *s);
/* unit u is a country alone, named by a word other than its head phrase ("Israeli",
 * "U.S.", not "Israel") */
int coder_country_adjective(const struct coder *c, int u);
/* actor span s names a country by a word other than its head phrase, as
 * coder_country_adjective does for a unit */
int coder_adjective_span(const struct coder *c, const struct span *s);
void coder_pair_targets(const struct coder *c, const char *text, struct event_list *out,
			size_t from);
/* reactions to a deed named back ("condemned the strikes") aimed at its doer; 0 or
 * -ERR_NOMEM */
int coder_deed_targets(const char *text, struct event_list *out, size_t from);
int coder_third_country(const struct coder *c, const char *a, const char *b);
int coder_doc_tied(const struct coder *c);
int32_t coder_doc_dominant(const struct coder *c);
int coder_national_unit(const struct coder *c, int k);
int coder_people_unit(const struct coder *c, int u);
int coder_from_country(const struct coder *c, int from, int end);
void coder_learn_main_person(struct coder *c);
void coder_learn_names(struct coder *c);
void coder_build_units(struct coder *c);

/* ---- coder_args.c ---- */

/* unit u is one country spelt by its own name, its dictionary head phrase ("Romania", "the
 * Philippines"), not by its capital, a city or its adjective */
int coder_unit_spells_name(const struct coder *c, int u);

int coder_bare_inf_verb(const struct coder *c, int i);
int coder_pp_object(const struct coder *c, int start, int *loc);
int coder_verb_index_at(const struct coder *c, int tok);
int coder_parenthetical(const struct coder *c, int a, int b);
int coder_unit_person(const struct coder *c, const struct unit *u);
int coder_dated_actor(const struct dict *d, int32_t a);
void coder_remember_recent(struct coder *c);
/* after a sentence that set the carried subject: the last other person it named */
void coder_remember_person(struct coder *c);
/* after each sentence: the last people of a plural role it named, for the next one's "them" */
void coder_remember_plural(struct coder *c);
/* this sentence's events with no target on "them" that its own text does not resolve */
void coder_them_before(struct coder *c, struct ctx *x);
int coder_object_person(struct coder *c, int from, int subj);
int coder_pronoun_possessor(struct coder *c, int q);
void coder_possessed_roles(struct coder *c, int upto);
int coder_charge_maker(const struct coder *c, int subj);
int coder_speaker_after(const struct coder *c, size_t q);
int coder_quote_speaker(const struct coder *c, int i);
int coder_quote_pronoun(const struct coder *c, int i);
int coder_pronoun_speaker(struct coder *c, int i);
int coder_reported_be(const struct coder *c, int i);
int coder_first_person_object(const struct coder *c, int from);
int coder_holder_by(const struct coder *c, int pv, int any);
int coder_reduced_relative(const struct coder *c, int pv);
int coder_comma_participle(const struct coder *c, int pv);
int coder_participle_at(const struct coder *c, int i);
int coder_find_subject(struct coder *c, int vi);
int coder_find_object(const struct coder *c, int from, int statement);
int coder_by_agent(const struct coder *c, int i);
int coder_ing_word(const struct coder *c, int i);
int coder_clause_subject(const struct coder *c, int u);
int coder_group(const struct coder *c, int u, int dir, int *out, int max);

/* ---- coder_patterns.c ---- */

int coder_syn_match(const struct coder *c, int i, int32_t syn);
int coder_clause_end(const struct coder *c, int from);
int coder_halting_word(const struct coder *c, int j);
int coder_in_date(const struct coder *c, int i);
extern const char *const coder_halting_nouns[];
extern const size_t coder_n_halting_nouns;
int coder_np_reach(const struct coder *c, int from, int to);
int coder_head_reach(const struct coder *c, int from, int to);
void coder_mark_words(struct coder *c);
int coder_match_pattern(struct coder *c, const struct dpattern *p, int vstart, int vend, int end,
			struct pmatch *m);

/* ---- coder_events.c ---- */

int coder_unarmed(const char *code);
int coder_armed_role(const char *code);
int coder_armed_body(const char *code);
int coder_by_means(const struct coder *c, int i);
int coder_push_event(struct coder *c, struct ctx *x, const char *src, const char *src_text,
		     const char *tgt, const char *tgt_text, const struct cameo_info *ci, int vi,
		     int negated, int modality, const char *pattern);

/* ---- coder_mood.c ---- */

const char *coder_unit_text(struct coder *c, struct ctx *x, int u);
int coder_statement_verb(const struct coder *c, int i);
int coder_inf_governor(const struct coder *c, int vstart);
int coder_speaker_may(const struct coder *c, int vi);
int coder_on_condition(const struct coder *c, int from);
int coder_wants_to(const struct coder *c, int w);
int coder_condition_before(const struct coder *c, int vstart);
const char *coder_threat_code(const char *code);
int coder_inf_causee(const struct coder *c, int u);
/* the "to" at `to` follows its subject alone, which opens the sentence: a headline's
 * "is to" ("US to impose sanctions on Venezuela") */
int coder_headline_infinitive(const struct coder *c, int to);
int coder_resort_object(const struct coder *c, int j);
int coder_demand_that(const struct coder *c, int i);
void coder_aux_scan(const struct coder *c, int vstart, int *neg, int *passive_be, int *mod,
		    int *have, int *present);
int coder_called_off(const struct coder *c, int vstart, int *at);
int coder_cancel_mood(const struct coder *c, const struct ctx *x, int at);
int coder_planned_deed(const char *lemma, const char *code);
int coder_called_judgment(const struct coder *c, int to);
const char *coder_plan_lemma(const struct coder *c, int i);
int coder_agreed_inf(const struct coder *c, int vstart);
int coder_agreed_deed(const struct coder *c, const struct vinfo *v, const char *code, int wfrom);
int coder_promised(const struct coder *c, int vstart);
const char *coder_code_by_prefix(const char *const map[][2], size_t n, const char *code);
const char *coder_cancel_code(const char *code);
const char *coder_intent_code(const char *code);
int coder_one_sided(const char *code);
int coder_state_act(const char *code);
int coder_charged(const char *code, const char *lemma);
const char *coder_place_country(const struct coder *c, int from, int end);
const char *coder_pattern_text(struct ctx *x, const char *lemma, const char *ptext);
int coder_from_custody(const struct coder *c, int from, int end);

/* ---- coder_roles.c ---- */

int coder_code_agentless(struct coder *c, struct ctx *x, int vi, const int *tgts, int nt,
			 const char *place, const char *code, int neg, int mod, const char *ptext,
			 const char *lemma);
int coder_unnamed_harm(const char *code);
int coder_patient_head(const struct coder *c, int u, int vstart);
int coder_unnamed_sense(const struct coder *c, int vend, const char *lemma);
int coder_code_unnamed(struct coder *c, struct ctx *x, int vi, const int *tgts, int nt,
		       const char *code, int neg, int mod, const char *ptext, const char *lemma);
const char *coder_forces_sent(const struct coder *c, int subj, const char *lemma, int from,
			      int end);
int coder_journey_lemma(const char *lemma);
int coder_no_visitor(const struct coder *c, int subj, int vend);
int coder_call_names(const struct coder *c, int vstart, int vend);
/* "call" after "what" names whatever follows ("what it called dangerous manoeuvres"),
 * unless a particle of an appeal follows it ("what Iran called for") */
int coder_call_what(const struct coder *c, int vstart, int vend);
int coder_crowd_unit(const struct coder *c, int subj, int vend);
int coder_protester_unit(const struct coder *c, int subj);
int coder_help_does(const struct coder *c, int vend, const struct dverb **w);
int coder_disbanded(const char *code, const char *lemma);
int coder_armed_units(const struct coder *c, const int *u, int n);
int coder_code_one_sided(struct coder *c, struct ctx *x, int vi, const int *srcs, int ns,
			 const char *code, int neg, int mod, const char *ptext, const char *lemma);
int coder_statement_object(const struct coder *c, int vstart, int vend, int u);
int coder_names_stoppage(const struct coder *c);
int coder_aid_setting(const struct coder *c, int subj);
int coder_others_object(const struct coder *c, int i, const char *src);
int coder_ends_in_peace(const struct coder *c, int i);
int coder_mutual_force(const struct coder *c, int ns, int ne);
int coder_state_role(const char *code);
int coder_authority_act(const struct coder *c, const char *code, const int *srcs, int ns);
int coder_has_role(const char *code, const char *role);
int coder_national_good(const struct coder *c, int u);
int coder_state_named(const struct coder *c, int u);
int coder_domestic(const char *src, const char *tgt);
int coder_ouster_of(const struct coder *c, int i);
int coder_home_words(const struct coder *c, const struct unit *S, const struct unit *T,
		     const char *src, const char *tgt, const char *code, int from);
int coder_domestic_targets(const struct coder *c, const int *srcs, int ns, int *tgts, int nt,
			   const char *code, int from);
int coder_the_country(const struct coder *c, int from, int subj);
const char *coder_verb_code(const struct dict *d, const struct dverb *v);
int coder_actor_follows(const struct coder *c, int i);
const struct dverb *coder_word_verb(const struct coder *c, int i);
int coder_forecast_after(const struct coder *c, int i);
int coder_warned_of_danger(const struct coder *c, int i);
int coder_state_actor(const char *code);
int coder_force_named(const struct coder *c);
int coder_dissent_ended(const struct coder *c, int i);
int coder_fight_word(const struct coder *c, int i);
int coder_armed_unit(const struct coder *c, int u);
int coder_armed_aim(const struct coder *c, int to);
int coder_fight_for_cause(const struct coder *c, int i, int subj);
int coder_fight_ill(const struct coder *c, int i);
long coder_dflt_rank(const struct dict *d, const struct dverb *v, int form);
int coder_each_other(const struct coder *c, int i);
int coder_party_object(const struct coder *c, int from, const int *srcs, int ns);
int coder_places_only(const struct coder *c, const int *u, int n);
/* some unit of a[0..na) and some of b[0..nb) share a country (or block): "Peruvian
 * ministers" and "Lima" */
int coder_same_country(const struct coder *c, const int *a, int na, const int *b, int nb);
int coder_home_visit(const struct coder *c, const int *src, int ns, const int *tgt, int nt);
int coder_mutual(const char *code);
int coder_reaction(const char *code);
int coder_deed_agent(const struct coder *c, int from, int end);
int coder_after_agent(const struct coder *c, int from);
int coder_glued_by_hyphen(const struct coder *c, int i);
int coder_probed_agent(const struct coder *c, int i);
int coder_alleged_agent(const struct coder *c, int i);
int coder_condition_agent(const struct coder *c, int i);
int coder_person_after(const struct coder *c, int i);
int coder_code_person(struct coder *c, struct ctx *x, int vi, const int *srcs, int ns,
		      const char *code, int neg, int mod, const char *ptext, const char *lemma,
		      int from, int len);
int coder_name_before(const struct coder *c, int vstart, int *len);
int coder_country_body(const struct coder *c, int u);
int coder_claim_after(const struct coder *c, int from);
int coder_demanded_of(const struct coder *c, int from);
int coder_detainer_of(const struct coder *c, int from, int end);
int coder_swap_holder(const struct coder *c, int vi, int end);
int coder_vehicle_at(const struct coder *c, int i);
int coder_coordinated_passive(const struct coder *c, int vstart, int vend);
int coder_thing_shot(const struct coder *c, int vi);
int coder_headline_harm(const struct coder *c, int vi, const char *lemma, int wfrom);
int coder_nearer_object(const struct coder *c, const struct pmatch *m, const struct pmatch *o);
int coder_equipped(const struct coder *c, const struct span *s);
const char *coder_refusal_code(const char *code);
int coder_them_antecedent(const struct coder *c, int from, int vstart, const int *srcs, int ns);
/* unit u is people of a plural role ("two Estonian diplomats") */
int coder_plural_role(const struct coder *c, int u);
int coder_future_time_clause(const struct coder *c, int vstart);
int coder_comp_object(const struct coder *c, int from, const int *srcs, int ns);
int coder_reduced_head(const struct coder *c, const struct vinfo *v);
int coder_reduced_compound(const struct coder *c, int h);
int coder_passive_subject(const struct coder *c, const struct vinfo *v, int *end);
int coder_topic_verb(const char *lemma);
int coder_unit_lead(const struct coder *c, int u);
int coder_with_partner(const struct coder *c, int from, int end);
int coder_none_said(const struct coder *c, int vi);
int coder_no_object(const struct coder *c, int from, int to);
int coder_passive_sense(const struct coder *c, const struct span *sp, int vstart, int vend,
			const struct dpattern *best, int wfrom);
int coder_relative_sense(const struct coder *c, const struct span *sp, int vstart, int vend);
int coder_no_patient(const struct coder *c, int start, int end);
int coder_when_agent(const struct coder *c, int from, int end);

/* ---- coder_verbs.c ---- */

int coder_code_verb(struct coder *c, struct ctx *x, int vi);
int coder_push_demands(struct coder *c, struct ctx *x, const int *srcs, int ns, const int *tgts,
		       int nt, int vi, int neg, int own, const char *pattern);
int coder_code_want(struct coder *c, struct ctx *x, int vi);
int coder_code_told(struct coder *c, struct ctx *x, int vi);
void coder_remove_events(struct event_list *l, size_t from, size_t n);
void coder_drop_verb_events(struct coder *c, struct ctx *x, struct vinfo *v);
void coder_drop_untargeted_repeats(struct coder *c, struct ctx *x);

/* ---- coder_nominal.c ---- */

/* token i begins or is in a span of an event noun ("war", "clashes", "seizure") */
int coder_event_noun_at(const struct coder *c, int i);
int coder_nominal_s(const struct coder *c, int start, int end);
int coder_have_event(const struct ctx *x, const char *src, const char *tgt, const char *code);
int coder_nominal_units(struct coder *c, struct ctx *x, int vi, int a, int b, int both,
			const char *code, const char *lemma);
int coder_code_joint(struct coder *c, struct ctx *x, int i);
int coder_region_code(const char *code);
int coder_code_nominals(struct coder *c, struct ctx *x);

/* ---- coder_speech.c ---- */

int coder_code_denial(struct coder *c, struct ctx *x, int i);
int coder_code_quotations(struct coder *c, struct ctx *x);
int coder_code_judgment(struct coder *c, struct ctx *x);
int coder_code_price_threat(struct coder *c, struct ctx *x);
int coder_code_reported_breach(struct coder *c, struct ctx *x);
int coder_code_obligation(struct coder *c, struct ctx *x, int i);

/*
 * The token helpers below run for every token and every file needs them: each file
 * that includes this header has its own static copy, as when the coder was one file
 * (not `inline`, which changes what the compiler inlines and so the speed).
 */
#define CODER_HELPER static __attribute__((unused))

/* ---- nominal entries ---- */

/* a verb payload from a NOUN_ block (data/verbs/nominal.txt): an event noun */
CODER_HELPER int nominal_pay(const struct dict *d, int32_t p)
{
	const struct dverb *v;
	if (d->pays[p].kind != PAY_VERB)
		return 0;
	v = &d->verbs[d->pays[p].idx];
	return !strncmp(d->blocks[v->block].name, "NOUN_", 5);
}

/*
 * At most `max` bytes of `s`, cut to fit `size` (> 0) with the NUL: what
 * snprintf(out, size, "%.*s", max, s) writes, without the formatting, for the codes
 * copied on every unit and event. `s` is not NULL.
 */
CODER_HELPER void coder_copy(char *out, size_t size, const char *s, size_t max)
{
	size_t n = 0;
	while (n < max && n + 1 < size && s[n]) {
		out[n] = s[n];
		n++;
	}
	out[n] = 0;
}

/* word id `id` may be some token's (wid or alt, c->wbits): 0 if surely none */
CODER_HELPER int coder_word_in_sentence(const struct coder *c, int32_t id)
{
	uint32_t a = (uint32_t)id % 1024;
	return (c->wbits[a / 64] >> (a % 64)) & 1;
}

/* every word pattern `p` needs (p->need) may be in the sentence: 0 when one is surely
 * missing and the pattern cannot match (c->wbits marked) */
CODER_HELPER int coder_pattern_possible(const struct coder *c, const struct dpattern *p)
{
	int k;
	for (k = 0; k < PAT_NEED && p->need[k] >= 0; k++)
		if (!coder_word_in_sentence(c, p->need[k]))
			return 0;
	return 1;
}

/* ---- token helpers ---- */

/* inlined where it is called: with `w` a literal, its length is known when compiled */
static inline __attribute__((unused)) int is_tok(const struct coder *c, int i, const char *w)
{
	/* the first byte and the length before the bytes: most tokens differ there (nlen is
	 * the norm's strlen) */
	return i >= 0 && (size_t)i < c->n && c->t[i].norm[0] == w[0] && c->t[i].nlen == strlen(w) &&
	       !memcmp(c->t[i].norm, w, strlen(w));
}

/* the finite auxiliaries and modals: one of them opens or carries a clause's
 * own verb phrase */
static const char *const finite_aux[] = { "is",    "are",   "was",    "were",  "am",
					  "will",  "would", "can",    "could", "may",
					  "might", "shall", "should", "must",  "has",
					  "have",  "had",   "does",   "did" };

/* token i is one of the n words of `list` */
CODER_HELPER int tok_in(const struct coder *c, int i, const char *const *list, size_t n)
{
	size_t k;
	for (k = 0; k < n; k++)
		if (is_tok(c, i, list[k]))
			return 1;
	return 0;
}

#define TOK_IN(c, i, list) tok_in((c), (i), (list), sizeof(list) / sizeof((list)[0]))

/* w is one of the n words of `list` */
CODER_HELPER int str_among(const char *w, const char *const *list, size_t n)
{
	size_t k;
	for (k = 0; k < n; k++)
		if (!strcmp(w, list[k]))
			return 1;
	return 0;
}

#define STR_AMONG(w, list) str_among((w), (list), sizeof(list) / sizeof((list)[0]))

CODER_HELPER int has_tok(const struct coder *c, const char *w)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		if (!strcmp(c->t[i].norm, w))
			return 1;
	return 0;
}

CODER_HELPER int is_punct(const struct coder *c, int i, char ch)
{
	return i >= 0 && (size_t)i < c->n && c->t[i].kind == TOK_PUNCT && c->t[i].norm[0] == ch;
}

/* token i bounds a clause: ".", ";", ":", "!", "?" or a bracket; so does the sentence's
 * end (i past its last token: "said Sen. Deb Fischer, R-Neb." ends there) */
CODER_HELPER int is_boundary(const struct coder *c, int i)
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
CODER_HELPER int is_plain_word(const struct coder *c, int i)
{
	return c->t[i].kind == TOK_WORD && !c->fc[i] && c->span_of[i] < 0;
}

CODER_HELPER int is_adverb(const struct coder *c, int i)
{
	const struct token *t = &c->t[i];
	if (c->fc[i] & FC_ADV)
		return 1;
	return t->kind == TOK_WORD && !(t->flags & TOKF_CAP) && t->nlen > 4 &&
	       !strcmp(t->norm + t->nlen - 2, "ly") && c->span_of[i] < 0 && !c->fc[i];
}

/*
 * After a control verb ("tried hard to", "tried repeatedly to", "tried again to"): an
 * adverb, or "hard" or "again", between the verb and its infinitive's "to".
 */
CODER_HELPER int is_ctrl_adverb(const struct coder *c, int i)
{
	return i >= 0 && (size_t)i < c->n &&
	       (is_adverb(c, i) || is_tok(c, i, "hard") || is_tok(c, i, "again"));
}

/* Token i, past at most two such adverbs, is the "to" of an infinitive */
CODER_HELPER int ctrl_to_after(const struct coder *c, int i)
{
	int k;
	for (k = 0; k < 2 && is_ctrl_adverb(c, i); k++)
		i++;
	return i >= 0 && (size_t)i < c->n && (c->fc[i] & FC_TO);
}

/*
 * The noun phrase a pattern matched right after its verb goes on at token i
 * with a plain lower-case word that is no adverb or verb: the phrase's head is
 * that word ("the double tax treaty": "tax" is no head).
 */
CODER_HELPER int compound_goes_on(const struct coder *c, int i)
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
CODER_HELPER int is_aux(const struct coder *c, int i)
{
	return is_adverb(c, i) || (c->fc[i] & (FC_MODAL | FC_HAVE | FC_BE | FC_NEG | FC_DO));
}

/*
 * The quotation mark at token q opens a quotation inside a clause, right before its verb:
 * white space before the mark and none after it, and before it a word that is no verb
 * nor a statement's ("politicians have \"vilified\" teachers", "Chile \"invaded\"
 * Peru"), not a quotation that opens after "said" or a colon, nor one that closes before
 * its speaker's verb ('"...," said X').
 */
CODER_HELPER int coder_scare_quote(const struct coder *c, int q)
{
	if (q < 1 || (size_t)q + 1 >= c->n || !(c->t[q].flags & TOKF_SPACE) ||
	    (c->t[q + 1].flags & TOKF_SPACE) || c->t[q - 1].kind == TOK_PUNCT)
		return 0;
	if (c->is_verb[q - 1] && !is_aux(c, q - 1))
		return 0;
	return !(c->fc[q - 1] & FC_SAY);
}

/* the endings stem_of() takes off, in the order it tries them, each with its length
 * and the letter put back ("ies" -> "y") */
static const struct {
	const char *end;
	uint8_t len;
	char put;
} suffixes[] = {
	{ "ies", 3, 'y' }, { "ians", 4, 0 }, { "ian", 3, 0 }, { "ans", 3, 0 }, { "ese", 3, 0 },
	{ "es", 2, 0 },    { "is", 2, 0 },   { "an", 2, 0 },  { "s", 1, 0 },   { "n", 1, 0 },
	{ "i", 1, 0 },     { "a", 1, 0 },    { "e", 1, 0 },
};

CODER_HELPER int32_t stem_of(const struct dict *d, const struct token *t)
{
	char buf[96];
	size_t k;
	char last;
	if (t->kind == TOK_PUNCT || t->nlen < 4 || t->nlen >= sizeof(buf) - 4)
		return -1;
	/* every ending ends in one of these letters */
	last = t->norm[t->nlen - 1];
	if (last != 's' && last != 'n' && last != 'e' && last != 'i' && last != 'a')
		return -1;
	for (k = 0; k < sizeof(suffixes) / sizeof(suffixes[0]); k++) {
		size_t sl = suffixes[k].len, bl;
		int32_t id;
		if (t->nlen <= sl + 2 || suffixes[k].end[sl - 1] != last ||
		    memcmp(t->norm + t->nlen - sl, suffixes[k].end, sl))
			continue;
		bl = t->nlen - sl;
		memcpy(buf, t->norm, bl);
		buf[bl] = 0;
		if (suffixes[k].put) {
			buf[bl] = suffixes[k].put;
			buf[++bl] = 0;
		}
		id = dict_word(d, buf, bl);
		if (id >= 0 && (d->wflags[id] & WF_STEM))
			return id;
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
/*
 * Nouns that govern an infinitive: of aim or right, whose act is not done yet
 * ("efforts to get", "the right to strike", "the president's reluctance to
 * lift sanctions"); of intent ("a commitment to comply"); of a decision taken,
 * whose act is reported ("the decision to lift", "an agreement to extradite").
 */
static const char *const inf_aims[] = {
	"effort",        "efforts",       "attempt",    "attempts",   "bid",         "request",
	"requests",      "proposal",      "proposals",  "right",      "rights",      "ability",
	"opportunity",   "chance",        "need",       "refusal",    "failure",     "call",
	"calls",         "campaign",      "pressure",   "power",      "powers",      "authority",
	"permission",    "mandate",       "threat",     "threats",    "push",        "drive",
	"bill",          "law",           "motion",     "resolution", "initiative",  "mission",
	"order",         "orders",        "programme",  "programmes", "program",     "programs",
	"scheme",        "schemes",       "project",    "projects",   "strategy",    "goal",
	"aim",           "reluctant",     "unwilling",  "hesitant",   "loath",       "reluctance",
	"unwillingness", "hesitation",    "hesitancy",  "reticence",  "inability",   "refusals",
	"failures",      "desire",        "desires",    "wish",       "wishes",      "hope",
	"hopes",         "ambition",      "ambitions",  "demand",     "demands",     "appeal",
	"appeals",       "ultimatum",     "ultimatums", "deadline",   "instruction", "instructions",
	"option",        "options",       "way",        "ways",       "means",       "approval",
	"authorisation", "authorization", "go-ahead",   "clearance",
};
static const char *const inf_intents[] = { "plan",   "plans",   "intention", "commitment", "offer",
					   "pledge", "promise", "promises",  "pledges" };
static const char *const inf_deeds[] = { "decision", "decisions", "move",
					 "moves",    "agreement", "deal" };

#endif
