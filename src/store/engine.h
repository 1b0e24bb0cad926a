/*
 * engine.h: what a database engine implements to sit behind store.h.
 * Only src/store/ includes it.
 *
 * An engine is a `struct store_engine` (its name and how to open a store)
 * listed in store.c. Its open function allocates its own handle, which
 * starts with a `struct store` (first member, so a pointer to one is a
 * pointer to the other), sets `ops`, and returns it. store.c then forwards
 * every call of store.h to the handle's ops: each op has the arguments and
 * the contract of the store.h call of the same name (store_<op>), which is
 * where they are documented. Every op must be set.
 *
 * Not ops, because they need no database and behave the same on every
 * engine: store_document_prepare/decode (body.c), the *_release functions
 * (records.c), the query language (corpus/query.h) and what is made of
 * the store's answers across documents (corpus/, e.g. related news).
 *
 * Engines share: the stored body format (store_body_compress here,
 * store_document_decode), the schema version a store at its engine's
 * newest step reports (STORE_SCHEMA_LATEST: each engine numbers its own
 * steps, SQLite's are that many), and the records of store.h.
 */
#ifndef BRIEF_STORE_ENGINE_H
#define BRIEF_STORE_ENGINE_H

#include "store/store.h"

/* The schema version of a store at its engine's newest step: SQLite's step count. */
#define STORE_SCHEMA_LATEST 10

struct store_ops;

/*
 * The ten columns every read of events starts with, in this order (events
 * `e`), which each engine's event head reader takes from a row.
 */
#define STORE_EVENT_HEAD_COLS                                                            \
	"e.id, e.article_id, e.source, e.source_text, e.target, e.target_text, e.code, " \
	"e.root, e.goldstein, e.quad"

/*
 * " AND" the asserted event `e` (of article `a`) is the first telling of
 * its deed: no asserted event `c` of the same code between the same two
 * (either way round) comes before it, of the same date in its own article
 * (a lower id), or in an article before its own in its syndication group
 * (the group's original first, then by id) of the same date, or of the
 * same evidence sentence, or with either date the day its article was
 * published (substr(published, 1, 10), the day a sentence with no date of
 * its own is dated by: a copy published the next day dates it a day later);
 * and no asserted event of its sentence, of its code and date, tells it
 * with more specific codes (STORE_EVENT_REFINED_BY).
 * Copies of one story code its sentences once each, a meeting is coded
 * both ways round, and one target is coded at two depths (USAGOV>IRN and
 * USAGOV>IRNGOV): the site lists and counts such a deed once
 * (store_events_page, store_actor_pairs, event_filter.first_told). Both
 * engines read it as it is.
 *
 * A list with filters on the article (source, lang, tag) folds among the
 * events that pass them, so that an outlet's list keeps its copy of a deed
 * whose original another outlet told: the engine writes
 * STORE_EVENT_TOLD_IN_ARTICLE, STORE_EVENT_TOLD_IN_GROUP_FROM,
 * " CROSS JOIN articles ca", STORE_EVENT_TOLD_IN_GROUP_WHERE,
 * " AND ca.id = c.article_id", its filters on `ca`, and ")". (The dates
 * filters are not asked of `c`: a deed is listed on its first telling's
 * date, so a day's list leaves out a copy's retelling dated a day later.)
 *
 * The group's members are joined in this order, CROSS JOIN keeping SQLite
 * to it: the article's group, its members, their events by article; an
 * index on the events' actors would read every event of a busy actor.
 */
#define STORE_EVENT_SAME_DEED_IN_GROUP                                                      \
	"c.code = e.code AND c.negated = 0 AND c.modality = 'asserted' AND "                \
	"((c.source = e.source AND c.target = e.target) OR (c.source = e.target AND "       \
	"c.target = e.source)) AND (coalesce(c.date, '') = coalesce(e.date, '') OR "        \
	"c.evidence = e.evidence OR c.date = (SELECT substr(p.published, 1, 10) FROM "      \
	"articles p WHERE p.id = c.article_id) OR e.date = (SELECT substr(p.published, 1, " \
	"10) FROM articles p WHERE p.id = e.article_id))"
/*
 * Whether code x is code y or one under it of y's key actor
 * (corpus/dyads.h's dyad_member): IRNGOV is under IRN, AFGREB is not under
 * AFG (a key actor of its own), and no code is under the empty one.
 */
#define STORE_EVENT_CODE_UNDER(x, y)                                                       \
	"(" x " = " y " OR (length(" x ") > length(" y ") AND substr(" x ", 1, length(" y  \
	")) = " y " AND length(" y ") >= CASE WHEN substr(" x ", 1, 3) IN ('IGO', 'NGO', " \
	"'IMG') OR substr(" x ", 4, 3) IN ('REB', 'OPP', 'INS', 'SEP') THEN 6 ELSE 3 END))"
/*
 * Whether c, of e's sentence, tells e's deed with more specific codes: its
 * two are e's or under them (STORE_EVENT_CODE_UNDER), either way round,
 * and not both e's. A sentence whose target is coded twice (USAGOV>IRN and
 * USAGOV>IRNGOV) tells one deed, the more specific event.
 */
#define STORE_EVENT_UNDER_AS_IS                        \
	STORE_EVENT_CODE_UNDER("c.source", "e.source") \
	" AND " STORE_EVENT_CODE_UNDER("c.target", "e.target")
#define STORE_EVENT_UNDER_TURNED                       \
	STORE_EVENT_CODE_UNDER("c.source", "e.target") \
	" AND " STORE_EVENT_CODE_UNDER("c.target", "e.source")
#define STORE_EVENT_REFINED_BY                                                                 \
	"c.sentence = e.sentence AND ((" STORE_EVENT_UNDER_AS_IS " AND (c.source <> e.source " \
	"OR c.target <> e.target)) OR (" STORE_EVENT_UNDER_TURNED " AND (c.source <> "         \
	"e.target OR c.target <> e.source)))"
#define STORE_EVENT_TOLD_IN_ARTICLE                                                        \
	" AND NOT EXISTS (SELECT 1 FROM events c WHERE c.article_id = e.article_id AND "   \
	"c.code = e.code AND coalesce(c.date, '') = coalesce(e.date, '') AND c.negated = " \
	"0 AND c.modality = 'asserted' AND ((c.id < e.id AND ((c.source = e.source AND "   \
	"c.target = e.target) OR (c.source = e.target AND c.target = e.source))) OR "      \
	"(" STORE_EVENT_REFINED_BY ")))"
#define STORE_EVENT_TOLD_IN_GROUP_FROM                                                       \
	" AND NOT EXISTS (SELECT 1 FROM syndication y CROSS JOIN syndication y2 CROSS JOIN " \
	"events c"
#define STORE_EVENT_TOLD_IN_GROUP_WHERE                                                      \
	" WHERE y.article_id = e.article_id AND y2.group_id = y.group_id AND y2.article_id " \
	"<> y.article_id AND (y2.article_id = y.group_id OR (y.article_id <> y.group_id "    \
	"AND y2.article_id < y.article_id)) AND c.article_id = y2.article_id "               \
	"AND " STORE_EVENT_SAME_DEED_IN_GROUP
#define STORE_EVENT_FIRST_TOLD                                                                     \
	STORE_EVENT_TOLD_IN_ARTICLE STORE_EVENT_TOLD_IN_GROUP_FROM STORE_EVENT_TOLD_IN_GROUP_WHERE \
		")"

/*
 * The columns of a subscription row (subscriptions `s`), in the order each
 * engine's row_to_sub reads them.
 */
#define STORE_SUBSCRIPTION_COLS                                                              \
	"s.id, s.url, s.name, s.kind, s.tags, s.title, s.allow_private, s.etag, "            \
	"s.last_modified, s.interval_s, s.next_poll, s.added, s.last_fetch, s.last_status, " \
	"s.last_error, s.failures, "                                                         \
	"(SELECT count(*) FROM feed_entries e WHERE e.subscription_id = s.id), "             \
	"(SELECT count(*) FROM feed_entries e WHERE e.subscription_id = s.id AND "           \
	"e.article_id IS NOT NULL)"

/*
 * The columns of an article in a list: those of a whole article without
 * the text (NULL in its place and in the tags'), in the order each
 * engine's article row reader takes them, and the join they come from.
 */
#define STORE_ARTICLE_LIST_COLS                                                               \
	"a.id, a.url, coalesce(s.name, a.site_name), s.url, a.title, a.byline, a.published, " \
	"a.modified, a.language, "                                                            \
	"a.description, a.image, NULL, a.original_name, a.original_url, NULL, a.added, "      \
	"a.word_count"
#define STORE_ARTICLE_LIST_FROM " FROM articles a LEFT JOIN sources s ON s.id = a.source_id "

/* The head of every engine's handle. */
struct store {
	const struct store_ops *ops;
	int read_only; /* opened for reading only (store_read_only); the engine sets it */
	int created;   /* store_open made the database (store_close_unused); the engine sets it */
};

struct store_ops {
	const char *name; /* the engine's, as store_engine_name tells it */

	/* lifecycle and maintenance (store.h) */
	void (*close)(struct store *st);
	/* store_close_unused, asked only of a store the engine created (st->created) */
	int (*close_unused)(struct store *st, struct error *err);
	int (*schema_version)(struct store *st);
	int (*begin)(struct store *st, struct error *err);
	int (*commit)(struct store *st, struct error *err);
	int (*rollback)(struct store *st);
	int (*check)(struct store *st, char *msg, size_t msglen, struct error *err);
	int (*vacuum)(struct store *st, store_step_fn on_step, void *data, struct error *err);
	int64_t (*size)(struct store *st, struct error *err);
	int (*read_begin)(struct store *st, struct error *err);
	void (*read_end)(struct store *st);
	int (*data_version)(struct store *st, uint64_t *version, struct error *err);

	/* documents and articles (articles.h) */
	int (*document_body)(struct store *st, const char *sha256, struct buf *out,
			     struct error *err);
	int (*article_put)(struct store *st, const struct document *doc, const struct article_in *a,
			   int64_t *id, enum store_put_result *what, struct error *err);
	int (*article_get)(struct store *st, int64_t id, struct article *out, struct error *err);
	int (*articles_latest)(struct store *st, size_t limit, size_t offset,
			       struct article_list *out, struct error *err);
	int (*article_count)(struct store *st, int64_t *n, struct error *err);
	int (*article_tags)(struct store *st, int64_t article_id, char ***tags, size_t *n,
			    struct error *err);
	int (*tag_latest)(struct store *st, const char *tag, size_t limit, size_t offset,
			  struct article_list *out, struct error *err);
	int64_t (*article_id_by_url)(struct store *st, const char *url, struct error *err);
	int (*articles_each_text)(struct store *st,
				  int (*fn)(int64_t id, const char *title, const char *text,
					    const char *published, void *data),
				  void *data, struct error *err);

	/* search (search.h) */
	int (*search)(struct store *st, const struct search_query *q, size_t limit, size_t offset,
		      struct search_results *out, struct error *err);
	int (*term_stats_refresh)(struct store *st, int force, struct error *err);
	int (*key_terms)(struct store *st, int64_t article_id, size_t max, size_t lookups,
			 struct key_terms *out, struct error *err);
	int (*originals_between)(struct store *st, const char *since, const char *until,
				 size_t limit, int64_t **ids, size_t *n, struct error *err);
	int (*original_first_since)(struct store *st, const char *since, int64_t *id,
				    struct error *err);
	int (*articles_passing)(struct store *st, const struct search_query *f, const int64_t *ids,
				size_t n, int64_t **pass, size_t *npass, struct error *err);
	int (*related_candidates)(struct store *st, int64_t article_id, size_t max,
				  struct related_candidates *out, struct error *err);
	int (*hits_load)(struct store *st, struct search_results *r, struct error *err);
	int (*latest_groups)(struct store *st, size_t limit, size_t offset,
			     struct search_results *out, struct error *err);
	int (*related_pending)(struct store *st, size_t limit, int64_t **ids, size_t *n,
			       struct error *err);
	int (*related_put)(struct store *st, int64_t article_id, const struct related_item *items,
			   size_t n, struct error *err);
	int (*related_stored)(struct store *st, int64_t article_id, size_t limit,
			      struct search_results *out, struct error *err);
	int (*story_terms_pending)(struct store *st, size_t limit, int64_t **ids, size_t *n,
				   struct error *err);
	int (*story_terms_put)(struct store *st, int64_t article_id, const struct key_terms *kt,
			       struct error *err);
	int (*story_terms_get)(struct store *st, int64_t article_id, struct key_terms *out,
			       struct error *err);

	/* fingerprints and groups (groups.h) */
	int (*fingerprint_put)(struct store *st, int64_t article_id, const struct fingerprint *fp,
			       struct error *err);
	int (*fingerprint_candidates)(struct store *st, int64_t self, const struct fingerprint *fp,
				      size_t min_shared, size_t limit, struct fp_candidates *out,
				      struct error *err);
	int (*group_member_get)(struct store *st, int64_t article_id, struct group_member *m,
				struct error *err);
	int (*group_credits)(struct store *st, int64_t group_id, const char *url, int64_t *count,
			     struct error *err);
	int (*group_move)(struct store *st, int64_t from, int64_t to, struct error *err);
	int (*group_of)(struct store *st, int64_t article_id, int64_t *group_id, struct error *err);
	int (*group_members)(struct store *st, int64_t a, int64_t b, struct group_members *out,
			     struct error *err);
	int (*group_set)(struct store *st, int64_t article_id, int64_t group_id, double similarity,
			 struct error *err);
	int (*copies)(struct store *st, int64_t article_id, struct article_list *out,
		      struct error *err);

	/* events (events.h) */
	int (*events_replace)(struct store *st, int64_t article_id, const struct event_list *ev,
			      const char *text, struct error *err);
	int (*events_query)(struct store *st, const struct event_filter *f,
			    struct stored_event_list *out, struct error *err);
	int (*event_count)(struct store *st, int64_t *n, struct error *err);

	/* actors (events.h) */
	int (*actor_latest)(struct store *st, const char *actor, size_t limit, size_t offset,
			    struct article_list *out, struct error *err);
	int (*article_actors)(struct store *st, int64_t article_id, char ***actors, size_t *n,
			      struct error *err);
	int (*article_events)(struct store *st, int64_t article_id, struct stored_event_list *out,
			      struct error *err);
	int (*events_page)(struct store *st, const char *a, const char *b,
			   const struct search_query *f, size_t limit, size_t offset,
			   struct stored_event_list *out, struct error *err);
	int (*actor_pairs)(struct store *st, const char *actor, const struct search_query *f,
			   struct actor_pair_list *out, struct error *err);

	/* outlets (outlets.h) */
	int (*source_id)(struct store *st, const char *source_url, int64_t *id, struct error *err);
	int (*outlet_get)(struct store *st, int64_t id, struct outlet *out, struct error *err);
	int (*outlets)(struct store *st, const struct search_query *f, size_t limit, size_t offset,
		       struct outlet_list *out, struct error *err);
	int (*outlet_latest)(struct store *st, int64_t source_id, size_t limit, size_t offset,
			     struct article_list *out, struct error *err);

	/* sources (sources.h) */
	int (*subscription_add)(struct store *st, const struct subscription_in *s, int64_t *id,
				int *existed, struct error *err);
	int (*subscription_get)(struct store *st, const char *key, struct subscription *out,
				struct error *err);
	int (*subscription_list)(struct store *st, int due_only, int64_t now,
				 struct subscription_list *out, struct error *err);
	int (*subscription_update)(struct store *st, const struct subscription *s,
				   struct error *err);
	int (*subscription_remove)(struct store *st, int64_t id, struct error *err);
	int (*fetch_log_add)(struct store *st, int64_t subscription_id,
			     const struct fetch_log_entry *e, struct error *err);
	int (*fetch_log_list)(struct store *st, int64_t subscription_id, size_t limit,
			      struct fetch_log_list *out, struct error *err);
	int (*feed_entry_seen)(struct store *st, int64_t subscription_id, const char *key,
			       struct error *err);
	int (*feed_entry_put)(struct store *st, int64_t subscription_id, const char *key,
			      const char *url, int64_t article_id, struct error *err);

	/* the job queue and the documents it hands out (jobs.h) */
	int (*document_put)(struct store *st, const struct document *doc, char sha256[65],
			    int64_t *id, int *added, struct error *err);
	int (*document_meta)(struct store *st, const char *sha256, char **url, char **content_type,
			     struct error *err);
	int (*job_add)(struct store *st, const char *kind, const char *arg, const char *label,
		       int max_attempts, int *added, struct error *err);
	int (*jobs_take)(struct store *st, const char *worker, size_t max, int lease_s,
			 struct store_jobs *out, struct error *err);
	int (*job_finish)(struct store *st, int64_t id, const char *worker, const char *error,
			  int permanent, struct error *err);
	int (*jobs_count)(struct store *st, struct store_job_counts *c, struct error *err);
	int (*jobs_list)(struct store *st, const char *state, size_t limit,
			 struct store_job_rows *out, struct error *err);
};

struct store_engine {
	const char *name; /* "sqlite", "postgresql" */
	/*
	 * Open the store at `target` (the address with any "sqlite:" prefix
	 * taken off; a postgresql:// URI whole) and migrate it; *out is the
	 * handle's struct store, its ops set.
	 */
	int (*open)(struct store **out, const char *target, struct error *err);
};

extern const struct store_engine store_sqlite_engine;
/* store_set_wait for a SQLite store (engine.c). */
void sqlite_set_wait(struct store *st, long ms, void (*on_wait)(void *data), void *data);
#ifdef BRIEF_WITH_POSTGRES
extern const struct store_engine store_postgres_engine;
#endif

/*
 * Compress a page of `len` bytes as documents.body (one zstd frame) into
 * *out (grown as needed, *cap its size; *outlen bytes) with the context
 * *cctx (a ZSTD_CCtx *), made at the first call and kept for the next
 * (store_body_free frees it). body.c.
 */
int store_body_compress(void **cctx, const void *page, size_t len, unsigned char **out, size_t *cap,
			size_t *outlen, struct error *err) MUST_CHECK;
void store_body_free(void *cctx);

/*
 * What every engine checks of an article before it stores it (a URL and a
 * title), and the SHA-256 of its page: the prepared one, else computed.
 * body.c.
 */
int store_article_put_check(const struct document *doc, const struct article_in *a, char sha[65],
			    struct error *err) MUST_CHECK;
int store_document_sha256(const struct document *doc, char sha[65], struct error *err) MUST_CHECK;

/*
 * The head of related news' candidates (store_related_candidates) for the
 * article `self` of id `article_id`: its group (its own id when it has
 * none) and its date (published, else when it was stored). common.c.
 */
int store_related_head(struct store *st, int64_t article_id, const struct article *self,
		       struct related_candidates *out, struct error *err) MUST_CHECK;
/*
 * Append to `sql` the start of the statement that keeps those of `n` ids
 * that a search's filters pass (store_articles_passing): their articles,
 * with their outlets `s`, by id; the engine appends the filters. At most
 * STORE_IDS_CHUNK ids a statement. common.c.
 */
#define STORE_IDS_CHUNK 500
struct buf;
void store_sql_ids_in(struct buf *sql, const int64_t *ids, size_t n);

/*
 * Append to `sql` (`o` of its `size` bytes used) the " AND" clauses of the
 * event filter `f` but its limit, their parameters numbered as both engines
 * bind them, after `mark` ('$' for PostgreSQL, '?' for SQLite): 1 and 2 the
 * actor's prefix range, 3 to 6 the dyad's two ranges, 7 since, 8 until.
 * Returns the new length, as snprintf counts it. common.c.
 */
struct event_filter;
size_t store_sql_event_filter(char *sql, size_t size, size_t o, const struct event_filter *f,
			      char mark);

/*
 * The URL a subscription key is looked up by (store_subscription_get):
 * the key normalized when it is a URL, else as given (a name, an id), in
 * `norm`, which this releases when it fails. 0, or -ERR_NOMEM. common.c.
 */
int store_subscription_key(struct buf *norm, const char *key, struct error *err) MUST_CHECK;

/*
 * Related news' bounds (store_related_candidates), the same in every
 * engine so that each lists the same news: the terms of its query at
 * most, the index postings those terms may hold together (the query stays
 * cheap), and the most frequent terms of the article weighed (a lookup
 * costs about as much as the final query).
 */
#define STORE_RELATED_TERMS     10
#define STORE_RELATED_DF_BUDGET 20000
#define STORE_RELATED_LOOKUPS   40

/*
 * A term of one article as each engine weighs it for its key terms and
 * related news: `tf` its occurrences there (the title's counted three
 * times), `df` the articles that hold it, `weight` tf * idf. terms.c.
 */
struct store_term {
	char *term; /* an index term (stemmed), owned */
	double tf;
	int64_t df;
	double weight;
};
/*
 * The weight of a term in `df` of `ndocs` articles: tf * log(ndocs / df),
 * and 0 for a term in this article alone (df < 2) or in every article;
 * with `common_cut` also 0 for a term in more than a quarter of them
 * (related news, whose query must stay cheap).
 */
double store_term_weight(double tf, int64_t df, int64_t ndocs, int common_cut);
/* Sort `n` terms heaviest first. */
void store_terms_sort(struct store_term *t, size_t n);
/* Free the `n` terms' strings and the array. */
void store_terms_free(struct store_term *t, size_t n);
/*
 * Key terms from `n` weighed terms sorted heaviest first: the first `max`
 * that weigh more than 0 (their strings move to `out`), with the date and
 * outlet of the article `a` (store_terms_take_article). On error `out` is
 * released and `a` left as it was.
 */
int store_key_terms_make(struct key_terms *out, struct store_term *t, size_t n, size_t max,
			 struct article *a, struct error *err) MUST_CHECK;

/*
 * Stored key terms (store_story_terms_put) as text, the same in each
 * engine: a line a term, "WEIGHT TERM". Decoding fills terms and weights
 * only; a malformed line is -ERR_DB.
 */
int store_terms_encode(const struct key_terms *kt, char **out, struct error *err) MUST_CHECK;
int store_terms_decode(const char *text, struct key_terms *out, struct error *err) MUST_CHECK;
/*
 * Key terms' date and outlet, taken from the article they weigh: its
 * published date, else when it was stored, and its outlet. Ownership moves
 * from `a` (those fields become NULL) to `kt`.
 */
void store_terms_take_article(struct key_terms *kt, struct article *a);

#endif
