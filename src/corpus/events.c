/*
 * events.c: stored articles -> events (see events.h).
 */
#include "corpus/events.h"

#include <stdio.h>
#include <string.h>

#include "analyse/coder.h"
#include "analyse/lexicon.h"
#include "util/buf.h"

#include "util/banned.h"

static struct dict *own_dict; /* the defaults, when loaded here */
static const struct dict *cur_dict;
static struct coder *shared;

void events_release(void)
{
	coder_free(shared);
	shared = NULL;
	dict_free(own_dict);
	own_dict = NULL;
	cur_dict = NULL;
}

int events_set_dict(const struct dict *d, struct error *err)
{
	events_release();
	if (!d)
		return 0;
	cur_dict = d;
	return coder_new(&shared, d, err);
}

static MUST_CHECK int ensure(struct error *err)
{
	char dir[4096];
	int r;
	if (shared)
		return 0;
	if (lexicon_find_dir(dir, sizeof(dir)) < 0)
		return error_set(err, ERR_NOTFOUND,
				 "event dictionaries not found (set BRIEF_DATA to brief's data/)");
	if ((r = dict_new(&own_dict, err)) < 0)
		return r;
	if ((r = lexicon_load_defaults(own_dict, dir, err)) < 0 ||
	    (r = coder_new(&shared, own_dict, err)) < 0) {
		events_release();
		return r;
	}
	cur_dict = own_dict;
	return 0;
}

int events_code_article(struct store *st, int64_t article_id, const char *title, const char *text,
			const char *published, struct error *err)
{
	struct event_list ev;
	struct buf doc = BUF_INIT;
	size_t found;
	int rc;
	if ((rc = ensure(err)) < 0)
		return rc;
	memset(&ev, 0, sizeof(ev));
	/* the events' offsets point into doc, which the store reads the evidence from */
	if (coder_article_doc(&doc, title, text) < 0) {
		buf_release(&doc);
		return error_nomem(err);
	}
	if ((rc = coder_code(shared, doc.data, doc.len, published, &ev, err)) < 0) {
		event_list_release(&ev);
		buf_release(&doc);
		return rc;
	}
	found = ev.n;
	if (ev.n > EVENTS_MAX_PER_ARTICLE)
		ev.n = EVENTS_MAX_PER_ARTICLE; /* the array and arena are freed whole */
	rc = store_events_replace(st, article_id, &ev, doc.data, err);
	if (!rc)
		rc = found > 1000000 ? 1000000 : (int)found;
	event_list_release(&ev);
	buf_release(&doc);
	return rc;
}

int events_actor_code(const char *name, char *out, size_t n, struct error *err)
{
	int rc;
	if ((rc = ensure(err)) < 0)
		return rc;
	return dict_actor_named(cur_dict, name, out, n);
}

int events_code_known(const char *code, struct error *err)
{
	int rc;
	if ((rc = ensure(err)) < 0)
		return rc;
	return dict_code_known(cur_dict, code);
}

struct recode {
	struct store *st;
	size_t articles, events;
	void (*on_article)(size_t articles, size_t events, void *data);
	void *data;
	struct error *err;
};

static int recode_one(int64_t id, const char *title, const char *text, const char *published,
		      void *data)
{
	struct recode *r = data;
	int n = events_code_article(r->st, id, title, text, published, r->err);
	if (n < 0)
		return n;
	r->articles++;
	r->events += n > EVENTS_MAX_PER_ARTICLE ? EVENTS_MAX_PER_ARTICLE : (size_t)n;
	if (r->on_article)
		r->on_article(r->articles, r->events, r->data);
	return 0;
}

int events_recode_all(struct store *st,
		      void (*on_article)(size_t articles, size_t events, void *data), void *data,
		      size_t *articles, size_t *events, struct error *err)
{
	struct recode r = { st, 0, 0, on_article, data, err };
	int rc;
	if ((rc = ensure(err)) < 0)
		return rc;
	if (store_begin(st, err) < 0)
		return -ERR_DB;
	rc = store_articles_each_text(st, recode_one, &r, err);
	if (rc) {
		store_rollback(st);
		return rc < 0 ? rc : -1;
	}
	if (store_commit(st, err) < 0)
		return -ERR_DB;
	if (articles)
		*articles = r.articles;
	if (events)
		*events = r.events;
	return 0;
}
