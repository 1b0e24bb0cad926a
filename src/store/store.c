/*
 * store.c: store.h's calls, forwarded to the engine of the store they are
 * given, and the choice of engine at open time.
 */
#include <string.h>

#include "store/engine.h"
#include "store/store.h"

#include "util/banned.h"

static const struct store_engine *const engines[] = {
	&store_sqlite_engine,
#ifdef BRIEF_WITH_POSTGRES
	&store_postgres_engine,
#endif
};

static const struct store_engine *engine_named(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof(engines) / sizeof(engines[0]); i++)
		if (!strcmp(engines[i]->name, name))
			return engines[i];
	return NULL;
}

int store_open(struct store **out, const char *target, struct error *err)
{
	const struct store_engine *e;

	*out = NULL;
	if (!target || !*target)
		return error_set(err, ERR_USAGE, "no database given");
	if (!strncmp(target, "postgresql://", 13) || !strncmp(target, "postgres://", 11)) {
		e = engine_named("postgresql");
		if (!e)
			return error_set(err, ERR_USAGE,
					 "this brief was built without PostgreSQL: %s", target);
		return e->open(out, target, err);
	}
	if (!strncmp(target, "sqlite:", 7))
		target += 7;
	if (!*target)
		return error_set(err, ERR_USAGE, "sqlite: needs a file name");
	return engine_named("sqlite")->open(out, target, err);
}

const char *store_engine_for(const char *target)
{
	if (target &&
	    (!strncmp(target, "postgresql://", 13) || !strncmp(target, "postgres://", 11)))
		return "postgresql";
	return "sqlite";
}

int store_read_only(const struct store *st)
{
	return st->read_only;
}

const char *store_engine_name(const struct store *st)
{
	return st->ops->name;
}

void store_close(struct store *st)
{
	if (st)
		st->ops->close(st);
}

int store_close_unused(struct store *st, struct error *err)
{
	if (!st)
		return 0;
	if (!st->created) {
		st->ops->close(st);
		return 0;
	}
	return st->ops->close_unused(st, err);
}

int store_schema_latest(void)
{
	return STORE_SCHEMA_LATEST;
}

int store_schema_version(struct store *st)
{
	return st->ops->schema_version(st);
}

int store_begin(struct store *st, struct error *err)
{
	return st->ops->begin(st, err);
}

int store_commit(struct store *st, struct error *err)
{
	return st->ops->commit(st, err);
}

int store_rollback(struct store *st)
{
	return st->ops->rollback(st);
}

void store_set_wait(struct store *st, long ms, void (*on_wait)(void *data), void *data)
{
	if (st && !strcmp(st->ops->name, "sqlite"))
		sqlite_set_wait(st, ms, on_wait, data);
}

int store_check(struct store *st, char *msg, size_t msglen, struct error *err)
{
	return st->ops->check(st, msg, msglen, err);
}

int store_vacuum(struct store *st, store_step_fn on_step, void *data, struct error *err)
{
	return st->ops->vacuum(st, on_step, data, err);
}

int64_t store_size(struct store *st, struct error *err)
{
	return st->ops->size(st, err);
}

int store_read_begin(struct store *st, struct error *err)
{
	return st->ops->read_begin(st, err);
}

void store_read_end(struct store *st)
{
	st->ops->read_end(st);
}

int store_data_version(struct store *st, uint64_t *version, struct error *err)
{
	return st->ops->data_version(st, version, err);
}

/* ---- documents and articles ---- */

int store_document_body(struct store *st, const char *sha256, struct buf *out, struct error *err)
{
	return st->ops->document_body(st, sha256, out, err);
}

int store_article_put(struct store *st, const struct document *doc, const struct article_in *a,
		      int64_t *id, enum store_put_result *what, struct error *err)
{
	return st->ops->article_put(st, doc, a, id, what, err);
}

int store_article_get(struct store *st, int64_t id, struct article *out, struct error *err)
{
	return st->ops->article_get(st, id, out, err);
}

int store_articles_latest(struct store *st, size_t limit, size_t offset, struct article_list *out,
			  struct error *err)
{
	return st->ops->articles_latest(st, limit, offset, out, err);
}

int store_article_count(struct store *st, int64_t *n, struct error *err)
{
	return st->ops->article_count(st, n, err);
}

int64_t store_article_id_by_url(struct store *st, const char *url, struct error *err)
{
	return st->ops->article_id_by_url(st, url, err);
}

int store_articles_each_text(struct store *st,
			     int (*fn)(int64_t id, const char *title, const char *text,
				       const char *published, void *data),
			     void *data, struct error *err)
{
	return st->ops->articles_each_text(st, fn, data, err);
}

/* ---- search ---- */

int store_search(struct store *st, const struct search_query *q, size_t limit, size_t offset,
		 struct search_results *out, struct error *err)
{
	return st->ops->search(st, q, limit, offset, out, err);
}

int store_term_stats_refresh(struct store *st, int force, struct error *err)
{
	return st->ops->term_stats_refresh(st, force, err);
}

int store_key_terms(struct store *st, int64_t article_id, size_t max, size_t lookups,
		    struct key_terms *out, struct error *err)
{
	return st->ops->key_terms(st, article_id, max, lookups, out, err);
}

int store_articles_passing(struct store *st, const struct search_query *f, const int64_t *ids,
			   size_t n, int64_t **pass, size_t *npass, struct error *err)
{
	*pass = NULL;
	*npass = 0;
	if (n > STORE_PASS_MAX)
		return error_set(err, ERR_USAGE, "more than %d articles to filter", STORE_PASS_MAX);
	return st->ops->articles_passing(st, f, ids, n, pass, npass, err);
}

int store_originals_between(struct store *st, const char *since, const char *until, size_t limit,
			    int64_t **ids, size_t *n, struct error *err)
{
	return st->ops->originals_between(st, since, until, limit, ids, n, err);
}

int store_original_first_since(struct store *st, const char *since, int64_t *id, struct error *err)
{
	return st->ops->original_first_since(st, since, id, err);
}

int store_related_candidates(struct store *st, int64_t article_id, size_t max,
			     struct related_candidates *out, struct error *err)
{
	return st->ops->related_candidates(st, article_id, max, out, err);
}

int store_hits_load(struct store *st, struct search_results *r, struct error *err)
{
	return st->ops->hits_load(st, r, err);
}

int store_article_tags(struct store *st, int64_t article_id, char ***tags, size_t *n,
		       struct error *err)
{
	return st->ops->article_tags(st, article_id, tags, n, err);
}

int store_tag_latest(struct store *st, const char *tag, size_t limit, size_t offset,
		     struct article_list *out, struct error *err)
{
	return st->ops->tag_latest(st, tag, limit, offset, out, err);
}

int store_related_pending(struct store *st, size_t limit, int64_t **ids, size_t *n,
			  struct error *err)
{
	return st->ops->related_pending(st, limit, ids, n, err);
}

int store_related_put(struct store *st, int64_t article_id, const struct related_item *items,
		      size_t n, struct error *err)
{
	return st->ops->related_put(st, article_id, items, n, err);
}

int store_related_stored(struct store *st, int64_t article_id, size_t limit,
			 struct search_results *out, struct error *err)
{
	return st->ops->related_stored(st, article_id, limit, out, err);
}

int store_story_terms_pending(struct store *st, size_t limit, int64_t **ids, size_t *n,
			      struct error *err)
{
	return st->ops->story_terms_pending(st, limit, ids, n, err);
}

int store_story_terms_put(struct store *st, int64_t article_id, const struct key_terms *kt,
			  struct error *err)
{
	return st->ops->story_terms_put(st, article_id, kt, err);
}

int store_story_terms_get(struct store *st, int64_t article_id, struct key_terms *out,
			  struct error *err)
{
	return st->ops->story_terms_get(st, article_id, out, err);
}

int store_latest_groups(struct store *st, size_t limit, size_t offset, struct search_results *out,
			struct error *err)
{
	return st->ops->latest_groups(st, limit, offset, out, err);
}

/* ---- fingerprints and groups ---- */

int store_fingerprint_put(struct store *st, int64_t article_id, const struct fingerprint *fp,
			  struct error *err)
{
	return st->ops->fingerprint_put(st, article_id, fp, err);
}

int store_fingerprint_candidates(struct store *st, int64_t self, const struct fingerprint *fp,
				 size_t min_shared, size_t limit, struct fp_candidates *out,
				 struct error *err)
{
	return st->ops->fingerprint_candidates(st, self, fp, min_shared, limit, out, err);
}

int store_group_member_get(struct store *st, int64_t article_id, struct group_member *m,
			   struct error *err)
{
	return st->ops->group_member_get(st, article_id, m, err);
}

int store_group_credits(struct store *st, int64_t group_id, const char *url, int64_t *count,
			struct error *err)
{
	return st->ops->group_credits(st, group_id, url, count, err);
}

int store_group_move(struct store *st, int64_t from, int64_t to, struct error *err)
{
	return st->ops->group_move(st, from, to, err);
}

int store_group_of(struct store *st, int64_t article_id, int64_t *group_id, struct error *err)
{
	return st->ops->group_of(st, article_id, group_id, err);
}

int store_group_members(struct store *st, int64_t a, int64_t b, struct group_members *out,
			struct error *err)
{
	return st->ops->group_members(st, a, b, out, err);
}

int store_group_set(struct store *st, int64_t article_id, int64_t group_id, double similarity,
		    struct error *err)
{
	return st->ops->group_set(st, article_id, group_id, similarity, err);
}

int store_copies(struct store *st, int64_t article_id, struct article_list *out, struct error *err)
{
	return st->ops->copies(st, article_id, out, err);
}

/* ---- events ---- */

int store_events_replace(struct store *st, int64_t article_id, const struct event_list *ev,
			 const char *text, struct error *err)
{
	return st->ops->events_replace(st, article_id, ev, text, err);
}

int store_events_query(struct store *st, const struct event_filter *f,
		       struct stored_event_list *out, struct error *err)
{
	return st->ops->events_query(st, f, out, err);
}

int store_event_count(struct store *st, int64_t *n, struct error *err)
{
	return st->ops->event_count(st, n, err);
}

/* ---- actors ---- */

int store_actor_latest(struct store *st, const char *actor, size_t limit, size_t offset,
		       struct article_list *out, struct error *err)
{
	return st->ops->actor_latest(st, actor, limit, offset, out, err);
}

int store_article_actors(struct store *st, int64_t article_id, char ***actors, size_t *n,
			 struct error *err)
{
	return st->ops->article_actors(st, article_id, actors, n, err);
}

int store_article_events(struct store *st, int64_t article_id, struct stored_event_list *out,
			 struct error *err)
{
	return st->ops->article_events(st, article_id, out, err);
}

int store_events_page(struct store *st, const char *a, const char *b, size_t limit, size_t offset,
		      struct stored_event_list *out, struct error *err)
{
	return st->ops->events_page(st, a, b, NULL, limit, offset, out, err);
}

int store_events_filtered(struct store *st, const char *a, const char *b,
			  const struct search_query *f, size_t limit, size_t offset,
			  struct stored_event_list *out, struct error *err)
{
	return st->ops->events_page(st, a, b, f, limit, offset, out, err);
}

int store_actor_pairs(struct store *st, const char *actor, struct actor_pair_list *out,
		      struct error *err)
{
	return st->ops->actor_pairs(st, actor, NULL, out, err);
}

int store_actor_pairs_filtered(struct store *st, const char *actor, const struct search_query *f,
			       struct actor_pair_list *out, struct error *err)
{
	return st->ops->actor_pairs(st, actor, f, out, err);
}

/* ---- outlets ---- */

int store_source_id(struct store *st, const char *source_url, int64_t *id, struct error *err)
{
	return st->ops->source_id(st, source_url, id, err);
}

int store_outlet_get(struct store *st, int64_t id, struct outlet *out, struct error *err)
{
	return st->ops->outlet_get(st, id, out, err);
}

int store_outlets(struct store *st, size_t limit, size_t offset, struct outlet_list *out,
		  struct error *err)
{
	return st->ops->outlets(st, NULL, limit, offset, out, err);
}

int store_outlets_filtered(struct store *st, const struct search_query *f, size_t limit,
			   size_t offset, struct outlet_list *out, struct error *err)
{
	return st->ops->outlets(st, f, limit, offset, out, err);
}

int store_outlet_latest(struct store *st, int64_t source_id, size_t limit, size_t offset,
			struct article_list *out, struct error *err)
{
	return st->ops->outlet_latest(st, source_id, limit, offset, out, err);
}

/* ---- sources ---- */

int store_subscription_add(struct store *st, const struct subscription_in *s, int64_t *id,
			   int *existed, struct error *err)
{
	return st->ops->subscription_add(st, s, id, existed, err);
}

int store_subscription_get(struct store *st, const char *key, struct subscription *out,
			   struct error *err)
{
	return st->ops->subscription_get(st, key, out, err);
}

int store_subscription_list(struct store *st, int due_only, int64_t now,
			    struct subscription_list *out, struct error *err)
{
	return st->ops->subscription_list(st, due_only, now, out, err);
}

int store_subscription_update(struct store *st, const struct subscription *s, struct error *err)
{
	return st->ops->subscription_update(st, s, err);
}

int store_subscription_remove(struct store *st, int64_t id, struct error *err)
{
	return st->ops->subscription_remove(st, id, err);
}

int store_fetch_log_add(struct store *st, int64_t subscription_id, const struct fetch_log_entry *e,
			struct error *err)
{
	return st->ops->fetch_log_add(st, subscription_id, e, err);
}

int store_fetch_log_list(struct store *st, int64_t subscription_id, size_t limit,
			 struct fetch_log_list *out, struct error *err)
{
	return st->ops->fetch_log_list(st, subscription_id, limit, out, err);
}

int store_feed_entry_seen(struct store *st, int64_t subscription_id, const char *key,
			  struct error *err)
{
	return st->ops->feed_entry_seen(st, subscription_id, key, err);
}

int store_feed_entry_put(struct store *st, int64_t subscription_id, const char *key,
			 const char *url, int64_t article_id, struct error *err)
{
	return st->ops->feed_entry_put(st, subscription_id, key, url, article_id, err);
}

/* ---- the job queue ---- */

int store_document_put(struct store *st, const struct document *doc, char sha256[65], int64_t *id,
		       int *added, struct error *err)
{
	return st->ops->document_put(st, doc, sha256, id, added, err);
}

int store_document_meta(struct store *st, const char *sha256, char **url, char **content_type,
			struct error *err)
{
	return st->ops->document_meta(st, sha256, url, content_type, err);
}

int store_job_add(struct store *st, const char *kind, const char *arg, const char *label,
		  int max_attempts, int *added, struct error *err)
{
	return st->ops->job_add(st, kind, arg, label, max_attempts, added, err);
}

int store_jobs_take(struct store *st, const char *worker, size_t max, int lease_s,
		    struct store_jobs *out, struct error *err)
{
	return st->ops->jobs_take(st, worker, max, lease_s, out, err);
}

int store_job_finish(struct store *st, int64_t id, const char *worker, const char *error,
		     int permanent, struct error *err)
{
	return st->ops->job_finish(st, id, worker, error, permanent, err);
}

int store_jobs_count(struct store *st, struct store_job_counts *c, struct error *err)
{
	return st->ops->jobs_count(st, c, err);
}

int store_jobs_list(struct store *st, const char *state, size_t limit, struct store_job_rows *out,
		    struct error *err)
{
	return st->ops->jobs_list(st, state, limit, out, err);
}
