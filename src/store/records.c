/*
 * records.c: freeing the records store.h's calls fill. The same on every
 * engine: a record owns its heap strings and arrays, nothing else.
 */
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

#include "util/banned.h"

void article_release(struct article *a)
{
	free(a->url);
	free(a->source);
	free(a->source_url);
	free(a->title);
	free(a->byline);
	free(a->published);
	free(a->modified);
	free(a->language);
	free(a->description);
	free(a->image);
	free(a->text);
	free(a->original_name);
	free(a->original_url);
	free(a->doc_sha256);
	free(a->added);
	memset(a, 0, sizeof(*a));
}

void article_list_release(struct article_list *l)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		article_release(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

void search_results_release(struct search_results *r)
{
	size_t i;
	for (i = 0; i < r->n; i++) {
		article_release(&r->items[i].a);
		free(r->items[i].snippet);
	}
	free(r->items);
	memset(r, 0, sizeof(*r));
}

void related_candidates_release(struct related_candidates *c)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		free(c->items[i].when);
	free(c->items);
	free(c->when);
	memset(c, 0, sizeof(*c));
}

void key_terms_release(struct key_terms *k)
{
	size_t i;
	for (i = 0; i < k->n; i++)
		free(k->terms[i]);
	free(k->terms);
	free(k->weights);
	free(k->published);
	free(k->source);
	memset(k, 0, sizeof(*k));
}

void fp_candidates_release(struct fp_candidates *c)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		free(c->items[i].sample);
	free(c->items);
	c->items = NULL;
	c->n = 0;
}

void group_member_release(struct group_member *m)
{
	free(m->url);
	free(m->original_url);
	free(m->published);
	memset(m, 0, sizeof(*m));
}

void group_members_release(struct group_members *m)
{
	size_t i;
	for (i = 0; i < m->n; i++) {
		free(m->items[i].url);
		free(m->items[i].original_url);
		free(m->items[i].published);
	}
	free(m->items);
	m->items = NULL;
	m->n = 0;
}

void stored_event_release(struct stored_event *e)
{
	char **fields[] = { &e->source,   &e->source_text, &e->target,         &e->target_text,
			    &e->code,     &e->root,        &e->plover,         &e->mode,
			    &e->date,     &e->date_end,    &e->date_precision, &e->modality,
			    &e->evidence, &e->verb,        &e->pattern,        &e->url,
			    &e->title,    &e->added };
	size_t k;
	for (k = 0; k < sizeof(fields) / sizeof(fields[0]); k++) {
		free(*fields[k]);
		*fields[k] = NULL;
	}
}

void stored_event_list_release(struct stored_event_list *l)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		stored_event_release(&l->items[i]);
	free(l->items);
	memset(l, 0, sizeof(*l));
}

void subscription_release(struct subscription *s)
{
	free(s->url);
	free(s->name);
	free(s->kind);
	free(s->tags);
	free(s->title);
	free(s->etag);
	free(s->last_modified);
	free(s->added);
	free(s->last_fetch);
	free(s->last_error);
	memset(s, 0, sizeof(*s));
}

void subscription_list_release(struct subscription_list *l)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		subscription_release(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

void fetch_log_list_release(struct fetch_log_list *l)
{
	size_t i;
	for (i = 0; i < l->n; i++) {
		free(l->items[i].at);
		free(l->items[i].url);
		free(l->items[i].error);
	}
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

void search_query_release(struct search_query *q)
{
	size_t i;
	for (i = 0; i < q->nterms; i++)
		free(q->terms[i].text);
	free(q->terms);
	free(q->fts);
	free(q->source);
	free(q->lang);
	free(q->since);
	free(q->until);
	free(q->tag);
	free(q->actor);
	memset(q, 0, sizeof(*q));
}

void outlet_release(struct outlet *o)
{
	free(o->name);
	free(o->url);
	free(o->latest);
	memset(o, 0, sizeof(*o));
}

void outlet_list_release(struct outlet_list *l)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		outlet_release(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

void actor_pair_list_release(struct actor_pair_list *l)
{
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

void store_jobs_release(struct store_jobs *j)
{
	size_t i;
	for (i = 0; i < j->n; i++) {
		free(j->items[i].kind);
		free(j->items[i].arg);
		free(j->items[i].label);
	}
	free(j->items);
	j->items = NULL;
	j->n = 0;
}

void store_job_rows_release(struct store_job_rows *r)
{
	size_t i;
	for (i = 0; i < r->n; i++) {
		struct store_job_row *j = &r->items[i];
		free(j->kind);
		free(j->arg);
		free(j->label);
		free(j->state);
		free(j->worker);
		free(j->error);
		free(j->lease_until);
		free(j->finished);
	}
	free(r->items);
	r->items = NULL;
	r->n = 0;
}
