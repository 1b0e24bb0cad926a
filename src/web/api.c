/*
 * api.c: the JSON API under /api/v1/, /healthz, and the OpenAPI document
 * that describes them. Values are built with jansson, which escapes
 * every string; errors are {"error": {"status": N, "message": "..."}}.
 */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/stories.h"
#include "corpus/dyads.h"
#include "corpus/query.h"
#include "web/internal.h"

#include "util/banned.h"

#define API_PAGE 50
/* events of one relationship read to page through (its newest) */
#define API_DYAD_EVENTS 10000

static void api_json(struct web_response *res, int status, json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT | JSON_ENSURE_ASCII);
	buf_reset(&res->body);
	res->status = s ? status : 500;
	res->content_type = "application/json";
	buf_puts(&res->body, s ? s : "{\"error\":{\"status\":500,\"message\":\"out of memory\"}}");
	buf_putc(&res->body, '\n');
	free(s);
	json_decref(v);
}

static void api_error(struct web_response *res, int status, const char *msg)
{
	api_json(res, status,
		 json_pack("{s:{s:i,s:s}}", "error", "status", status, "message", msg ? msg : ""));
}

void api_refuse(struct web_response *res, int status, const char *msg)
{
	api_error(res, status, msg);
}

/* A string value, or JSON null. */
static json_t *str(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* A date-time as RFC 3339 (seconds and zone written out), or JSON null. */
static json_t *when(const char *iso)
{
	char v[RFC3339_MAX];
	web_rfc3339(iso, v, sizeof(v));
	return v[0] ? json_string(v) : json_null();
}

/*
 * An article as the API lists it; NULL, with `err` set, when its outlet
 * could not be read or memory ran out: the reply is then an error, never
 * an article shown without its outlet.
 */
static json_t *article_json(struct store *st, const struct article *a, int with_text,
			    struct error *err)
{
	char name[128];
	json_t *o;
	int64_t sid;

	if (store_source_id(st, a->source_url, &sid, err) < 0)
		return NULL;
	outlet_display(a->source, a->source_url, a->url, name, sizeof(name));
	o = json_pack("{s:I,s:s,s:o,s:s,s:o,s:o,s:o,s:o,s:o,s:o,s:I}", "id", (json_int_t)a->id,
		      "title", a->title ? a->title : "", "url",
		      url_is_http(a->url) ? json_string(a->url) : json_null(), "outlet", name,
		      "outlet_id", sid ? json_integer(sid) : json_null(), "byline", str(a->byline),
		      "published", when(a->published), "language", str(a->language), "description",
		      str(a->description), "image",
		      url_is_http(a->image) ? json_string(a->image) : json_null(), "words",
		      (json_int_t)a->word_count);
	if (!o) {
		(void)!error_nomem(err);
		return NULL;
	}
	if (with_text)
		json_object_set_new(o, "text", str(a->text));
	if (a->original_name || a->original_url)
		json_object_set_new(o, "original",
				    json_pack("{s:o,s:o}", "name", str(a->original_name), "url",
					      url_is_http(a->original_url)
						      ? json_string(a->original_url)
						      : json_null()));
	return o;
}

/*
 * The other articles that told the deed of `e` (event_copies): id, outlet,
 * title. NULL, with `err` set, when they could not be read.
 */
static json_t *copies_json(struct store *st, const struct stored_event *e, struct error *err)
{
	struct article_list c;
	json_t *a = json_array();
	size_t i;
	if (!a) {
		(void)!error_nomem(err);
		return NULL;
	}
	if (event_copies(st, e, &c, err) < 0) {
		json_decref(a);
		return NULL;
	}
	for (i = 0; i < c.n; i++) {
		char name[128];
		outlet_display(c.items[i].source, c.items[i].source_url, c.items[i].url, name,
			       sizeof(name));
		json_array_append_new(a,
				      json_pack("{s:I,s:s,s:s}", "article_id",
						(json_int_t)c.items[i].id, "outlet", name, "title",
						c.items[i].title ? c.items[i].title : ""));
	}
	article_list_release(&c);
	return a;
}

/* An event as the API lists it; NULL, with `err` set, on a failure. */
static json_t *event_json(struct store *st, const struct stored_event *e, struct error *err)
{
	json_t *c,
		*o = json_pack("{s:I,s:I,s:s,s:o,s:s,s:o,s:s,s:f,s:i,s:o,s:b,s:o,s:o,s:o}", "id",
			       (json_int_t)e->id, "article_id", (json_int_t)e->article_id, "source",
			       e->source ? e->source : "", "source_text", str(e->source_text),
			       "target", e->target ? e->target : "", "target_text",
			       str(e->target_text), "code", e->code ? e->code : "", "goldstein",
			       e->goldstein, "quad", e->quad, "date", str(e->date), "negated",
			       e->negated, "modality", str(e->modality), "evidence",
			       str(e->evidence), "article_title", str(e->title));
	if (!o) {
		(void)!error_nomem(err);
		return NULL;
	}
	if (!(c = copies_json(st, e, err))) {
		json_decref(o);
		return NULL;
	}
	json_object_set_new(o, "also_reported_by", c);
	return o;
}

/* The first `n` hits; with `dated`, only the dated ones. NULL, with `err` set, on a failure. */
static json_t *hits_json_n(struct store *st, const struct search_results *r, size_t n, int snippets,
			   int dated, struct error *err)
{
	json_t *a = json_array();
	size_t i, shown = 0;
	if (!a) {
		(void)!error_nomem(err);
		return NULL;
	}
	for (i = 0; i < r->n && shown < n; i++) {
		json_t *o;
		if (dated && !r->items[i].a.published)
			continue;
		shown++;
		if (!(o = article_json(st, &r->items[i].a, 0, err))) {
			json_decref(a);
			return NULL;
		}
		json_object_set_new(o, "copies", json_integer((json_int_t)r->items[i].copies));
		if (snippets && r->items[i].snippet) {
			/* the match marks become [[ and ]] */
			struct buf s = BUF_INIT;
			const char *p;
			for (p = r->items[i].snippet; *p; p++) {
				if (*p == '\x01')
					buf_puts(&s, "[[");
				else if (*p == '\x02')
					buf_puts(&s, "]]");
				else
					buf_putc(&s, *p);
			}
			if (buf_error(&s)) {
				buf_release(&s);
				json_decref(o);
				json_decref(a);
				(void)!error_nomem(err);
				return NULL;
			}
			json_object_set_new(o, "snippet", json_string(s.data));
			buf_release(&s);
		}
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *hits_json(struct store *st, const struct search_results *r, int snippets,
			 struct error *err)
{
	return hits_json_n(st, r, r->n, snippets, 0, err);
}

/*
 * An array of the `n` records of `size` bytes at `items`, each as `one`
 * makes it; NULL, with `err` set, when one of them fails.
 */
static json_t *array_json(struct store *st, const void *items, size_t n, size_t size,
			  json_t *(*one)(struct store *, const void *, struct error *),
			  struct error *err)
{
	json_t *a = json_array(), *o;
	size_t i;
	if (!a) {
		(void)!error_nomem(err);
		return NULL;
	}
	for (i = 0; i < n; i++) {
		if (!(o = one(st, (const char *)items + i * size, err))) {
			json_decref(a);
			return NULL;
		}
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *list_item_json(struct store *st, const void *a, struct error *err)
{
	return article_json(st, a, 0, err);
}

/* The articles of `l`; NULL, with `err` set, on a failure. */
static json_t *list_json(struct store *st, const struct article_list *l, struct error *err)
{
	return array_json(st, l->items, l->n, sizeof(*l->items), list_item_json, err);
}

/*
 * Reply `v` (which this takes), or the error that building it met: the
 * article lists above return NULL with `err` set, which makes `v` NULL.
 */
static void api_reply(struct web_response *res, json_t *v, const struct error *err)
{
	if (err->code) {
		json_decref(v);
		api_error(res, 500, err->msg);
		return;
	}
	api_json(res, 200, v);
}

static json_t *event_item_json(struct store *st, const void *e, struct error *err)
{
	return event_json(st, e, err);
}

/* The events of `l`; NULL, with `err` set, on a failure. */
static json_t *events_json(struct store *st, const struct stored_event_list *l, struct error *err)
{
	return array_json(st, l->items, l->n, sizeof(*l->items), event_item_json, err);
}

/* ?page= for the API: 1.. (0 and an error response when invalid). */
static long api_page(const struct web_request *req, struct web_response *res)
{
	char *end;
	long page;
	if (!req->page)
		return 1;
	errno = 0;
	page = strtol(req->page, &end, 10);
	if (errno || *end || end == req->page || page < 1 || page > 100000) {
		api_error(res, 400, "page must be a number from 1 to 100000");
		return 0;
	}
	return page;
}

/* The paging object of a list: page, per_page, and whether a next page exists. */
static json_t *paging(long page, int more)
{
	return json_pack("{s:i,s:i,s:b}", "page", (int)page, "per_page", API_PAGE, "more", more);
}

static const char *const filter_names[] = { "source", "lang", "since", "until", "tag", "actor" };

/*
 * The request's filters (source, lang, since, until, tag, actor), read by
 * the search's parser into *q (release it with search_query_release), for
 * a list that applies those of `takes` (WEB_F_ bits). 1 when the request
 * names none (q is empty), 0 when q holds them, -1 after a 400 response:
 * a value the search cannot read, or a filter this list does not apply.
 */
static int api_filters(const struct web_request *req, unsigned takes, struct search_query *q,
		       struct web_response *res)
{
	struct buf text = BUF_INIT;
	struct error err = { 0 };
	unsigned named, i;
	int r;

	memset(q, 0, sizeof(*q));
	if (web_filter_text(req, NULL, &text, &named, &err) < 0) {
		buf_release(&text);
		api_error(res, 400, err.msg);
		return -1;
	}
	if (named & ~takes) {
		struct buf msg = BUF_INIT;
		for (i = 0; !(named & ~takes & (1u << i)); i++)
			;
		buf_putf(&msg, "%s: not a filter of this list (it takes", filter_names[i]);
		for (i = 0; i < 6; i++)
			if (takes & (1u << i))
				buf_putf(&msg, " %s", filter_names[i]);
		buf_puts(&msg, takes ? ")" : " none)");
		api_error(res, 400, msg.data);
		buf_release(&msg);
		buf_release(&text);
		return -1;
	}
	if (!named) {
		buf_release(&text);
		return 1;
	}
	r = search_query_parse(text.data, q, &err);
	buf_release(&text);
	if (r < 0) {
		api_error(res, 400, err.msg);
		return -1;
	}
	return 0;
}

/*
 * Latest stories, copies folded; with the search's filters those that
 * pass them, newest first.
 */
static void api_articles(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct search_results r;
	struct search_query q;
	struct error err = { 0 };
	long page = api_page(req, res);
	int f, rc;

	if (!page || (f = api_filters(req, WEB_F_ALL, &q, res)) < 0)
		return;
	if (f == 0) {
		q.sort_by_date = 1;
		rc = store_search(st, &q, API_PAGE + 1, (size_t)(page - 1) * API_PAGE, &r, &err);
		search_query_release(&q);
		if (rc < 0) {
			api_error(res, err.code == ERR_USAGE ? 400 : 500, err.msg);
			return;
		}
	} else if (store_latest_groups(st, API_PAGE + 1, (size_t)(page - 1) * API_PAGE, &r, &err) <
		   0) {
		api_error(res, 500, err.msg);
		return;
	}
	api_reply(res,
		  json_pack("{s:o,s:o}", "paging", paging(page, r.n > API_PAGE), "articles",
			    hits_json_n(st, &r, API_PAGE, 0, 0, &err)),
		  &err);
	search_results_release(&r);
}

static void api_article(struct store *st, const char *idstr, struct web_response *res)
{
	struct article a;
	struct article_list copies;
	struct stored_event_list ev;
	struct error err = { 0 };
	char *end, **actors;
	size_t na, i;
	long long id;
	json_t *o, *arr;

	errno = 0;
	id = strtoll(idstr, &end, 10);
	if (errno || *end || id <= 0 || idstr[0] < '1' || idstr[0] > '9') {
		api_error(res, 404, "no such article");
		return;
	}
	if (store_article_get(st, id, &a, &err) < 0) {
		api_error(res, err.code == ERR_NOTFOUND ? 404 : 500,
			  err.code == ERR_NOTFOUND ? "no such article" : err.msg);
		return;
	}
	/* any read that fails makes the reply an error, not an article with a part missing */
	o = article_json(st, &a, 1, &err);
	article_release(&a);
	if (o && store_article_actors(st, id, &actors, &na, &err) == 0) {
		arr = json_array();
		for (i = 0; i < na; i++) {
			json_array_append_new(arr, json_string(actors[i]));
			free(actors[i]);
		}
		free(actors);
		json_object_set_new(o, "actors", arr);
	}
	if (!err.code && store_article_tags(st, id, &actors, &na, &err) == 0) {
		arr = json_array();
		for (i = 0; i < na; i++) {
			json_array_append_new(arr, json_string(actors[i]));
			free(actors[i]);
		}
		free(actors);
		json_object_set_new(o, "tags", arr);
	}
	if (!err.code && store_article_events(st, id, &ev, &err) == 0) {
		events_fold_in_article(&ev);
		json_object_set_new(o, "events", events_json(st, &ev, &err));
		stored_event_list_release(&ev);
	}
	if (!err.code && store_copies(st, id, &copies, &err) == 0) {
		json_object_set_new(o, "also_published_by", list_json(st, &copies, &err));
		article_list_release(&copies);
	}
	api_reply(res, err.code ? o : json_pack("{s:o}", "article", o), &err);
}

static void api_search(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct search_query q;
	struct search_results r;
	struct error err = { 0 };
	struct buf text = BUF_INIT;
	long page = api_page(req, res);

	unsigned named;

	if (!page)
		return;
	if (req->sort && strcmp(req->sort, "relevance") && strcmp(req->sort, "date")) {
		api_error(res, 400, "sort must be relevance or date");
		return;
	}
	if (web_filter_text(req, req->q, &text, &named, &err) < 0) {
		buf_release(&text);
		api_error(res, 400, err.msg);
		return;
	}
	if (!text.len) {
		buf_release(&text);
		api_error(res, 400, "q (or a filter) is required");
		return;
	}
	if (search_query_parse(text.data, &q, &err) < 0) {
		buf_release(&text);
		api_error(res, 400, err.msg);
		return;
	}
	if (req->sort)
		q.sort_by_date = !strcmp(req->sort, "date");
	if (query_actor_code(st, &q, &err) < 0 ||
	    store_search(st, &q, API_PAGE, (size_t)(page - 1) * API_PAGE, &r, &err) < 0) {
		search_query_release(&q);
		buf_release(&text);
		api_error(res, err.code == ERR_USAGE ? 400 : 500, err.msg);
		return;
	}
	search_query_release(&q);
	api_reply(res,
		  json_pack("{s:s,s:I,s:b,s:o,s:o}", "query", text.data, "total",
			    (json_int_t)r.total, "total_is_lower_bound", r.more, "paging",
			    paging(page, r.more || r.total > (size_t)page * API_PAGE), "results",
			    hits_json(st, &r, 1, &err)),
		  &err);
	search_results_release(&r);
	buf_release(&text);
}

static int api_actor_filter(struct search_query *q, struct web_response *res);

/*
 * Outlets, most articles first; with the search's filters, those with
 * articles that pass them, counting those only.
 */
static void api_sources(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct outlet_list l;
	struct search_query q;
	struct error err = { 0 };
	long page = api_page(req, res);
	json_t *a;
	size_t i;
	int rc;

	if (!page || api_filters(req, WEB_F_ALL & ~WEB_F_SOURCE, &q, res) < 0)
		return;
	if (!api_actor_filter(&q, res)) {
		search_query_release(&q);
		return;
	}
	rc = store_outlets_filtered(st, &q, API_PAGE + 1, (size_t)(page - 1) * API_PAGE, &l, &err);
	search_query_release(&q);
	if (rc < 0) {
		api_error(res, 500, err.msg);
		return;
	}
	a = json_array();
	for (i = 0; i < l.n && i < API_PAGE; i++) {
		char name[128];
		outlet_display(l.items[i].name, l.items[i].url, NULL, name, sizeof(name));
		json_array_append_new(a, json_pack("{s:I,s:s,s:o,s:I,s:o}", "id",
						   (json_int_t)l.items[i].id, "name", name, "url",
						   str(l.items[i].url), "articles",
						   (json_int_t)l.items[i].articles, "latest",
						   when(l.items[i].latest)));
	}
	api_json(res, 200,
		 json_pack("{s:o,s:o}", "paging", paging(page, l.n > API_PAGE), "sources", a));
	outlet_list_release(&l);
}

static void api_source(struct store *st, const char *idstr, const struct web_request *req,
		       struct web_response *res)
{
	struct outlet o;
	struct article_list l;
	struct search_query q;
	struct error err = { 0 };
	char *end, name[128];
	long long id;
	long page = api_page(req, res);

	if (!page || api_filters(req, 0, &q, res) < 0)
		return;
	id = strtoll(idstr, &end, 10);
	if (*end || id <= 0 || idstr[0] < '1' || idstr[0] > '9') {
		api_error(res, 404, "no such source");
		return;
	}
	if (store_outlet_get(st, id, &o, &err) < 0) {
		api_error(res, err.code == ERR_NOTFOUND ? 404 : 500,
			  err.code == ERR_NOTFOUND ? "no such source" : err.msg);
		return;
	}
	if (store_outlet_latest(st, id, API_PAGE + 1, (size_t)(page - 1) * API_PAGE, &l, &err) <
	    0) {
		outlet_release(&o);
		api_error(res, 500, err.msg);
		return;
	}
	outlet_display(o.name, o.url, NULL, name, sizeof(name));
	{
		int more = l.n > API_PAGE;
		size_t n = l.n;
		if (more)
			l.n = API_PAGE;
		api_reply(res,
			  json_pack("{s:{s:I,s:s,s:o,s:I},s:o,s:o}", "source", "id", (json_int_t)id,
				    "name", name, "url", str(o.url), "articles",
				    (json_int_t)o.articles, "paging", paging(page, more),
				    "articles", list_json(st, &l, &err)),
			  &err);
		l.n = n;
	}
	article_list_release(&l);
	outlet_release(&o);
}

static json_t *dyads_json(const struct dyad_move *d, size_t n)
{
	json_t *a = json_array();
	size_t i;
	for (i = 0; i < n; i++) {
		char an[64], bn[64];
		actor_name(d[i].a, an, sizeof(an));
		actor_name(d[i].b, bn, sizeof(bn));
		json_array_append_new(
			a,
			json_pack("{s:s,s:s,s:s,s:s,s:I,s:f,s:o,s:o,s:o}", "a", d[i].a, "a_name",
				  an, "b", d[i].b, "b_name", bn, "events", (json_int_t)d[i].events,
				  "balance", d[i].balance, "latest_year",
				  d[i].last[0] ? json_string(d[i].last) : json_null(),
				  "latest_balance",
				  d[i].last[0] ? json_real(d[i].last_balance) : json_null(),
				  "previous_balance",
				  d[i].has_prev ? json_real(d[i].prev_balance) : json_null()));
	}
	return a;
}

static void api_dyads(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct dyad_move *d;
	struct search_query q;
	struct error err = { 0 };
	size_t n, from;
	long page = api_page(req, res);
	int rc;

	if (!page ||
	    api_filters(req, WEB_F_SOURCE | WEB_F_LANG | WEB_F_SINCE | WEB_F_UNTIL, &q, res) < 0)
		return;
	from = (size_t)(page - 1) * API_PAGE;
	rc = dyads_top_filtered(st, NULL, &q, from + API_PAGE + 1, &d, &n, &err);
	search_query_release(&q);
	if (rc < 0) {
		api_error(res, 500, err.msg);
		return;
	}
	api_json(
		res, 200,
		json_pack("{s:o,s:o}", "paging", paging(page, n > from + API_PAGE), "dyads",
			  dyads_json(d + (n < from ? n : from), n <= from             ? 0
								: n - from > API_PAGE ? API_PAGE
										      : n - from)));
	free(d);
}

static void api_dyad(struct store *st, const char *a, const char *b, const struct web_request *req,
		     struct web_response *res)
{
	struct error err = { 0 };
	struct dyad_bucket *s;
	struct stored_event_list ev;
	struct search_query q;
	size_t n, i;
	long page = api_page(req, res);
	json_t *series;
	int by_month = req->sort && !strcmp(req->sort, "month"), rc;

	if (!page)
		return;
	if (req->sort && strcmp(req->sort, "year") && strcmp(req->sort, "month")) {
		api_error(res, 400, "sort must be year or month");
		return;
	}
	if (api_filters(req, WEB_F_ALL & ~WEB_F_ACTOR, &q, res) < 0)
		return;
	if (dyad_key_series(st, a, b, !by_month, &s, &n, &err) < 0) {
		search_query_release(&q);
		api_error(res, 500, err.msg);
		return;
	}
	/* the relationship's own events (key actors, as /api/v1/dyads counts them), then the page */
	rc = store_events_filtered(st, a, b, &q, API_DYAD_EVENTS, 0, &ev, &err);
	search_query_release(&q);
	if (rc < 0) {
		free(s);
		api_error(res, 500, err.msg);
		return;
	}
	events_of_dyad(&ev, a, b);
	/* no events: a 404 when one of the two is named by nothing, as /api/v1/actors/CODE is */
	if (!n && !ev.n) {
		int ka = actor_named(st, a, &err), kb = ka > 0 ? actor_named(st, b, &err) : 0;
		if (ka <= 0 || kb <= 0) {
			free(s);
			stored_event_list_release(&ev);
			if (ka < 0 || kb < 0)
				api_error(res, 500, err.msg);
			else
				api_error(res, 404,
					  "no article or event names one of these actors");
			return;
		}
	}
	{
		size_t from = (size_t)(page - 1) * API_PAGE, k;
		if (from > ev.n)
			from = ev.n;
		for (k = 0; k < from; k++)
			stored_event_release(&ev.items[k]);
		if (from) {
			memmove(ev.items, ev.items + from, (ev.n - from) * sizeof(*ev.items));
			ev.n -= from;
		}
	}
	series = json_array();
	for (i = 0; i < n; i++)
		json_array_append_new(series,
				      json_pack("{s:s,s:I,s:I,s:I,s:I,s:I,s:f}", "period",
						s[i].period, "events", (json_int_t)s[i].events,
						"verbal_cooperation", (json_int_t)s[i].quad[0],
						"material_cooperation", (json_int_t)s[i].quad[1],
						"verbal_conflict", (json_int_t)s[i].quad[2],
						"material_conflict", (json_int_t)s[i].quad[3],
						"mean_goldstein", s[i].mean_goldstein));
	{
		int more = ev.n > API_PAGE;
		size_t keep = ev.n;
		if (more)
			ev.n = API_PAGE;
		api_reply(res,
			  json_pack("{s:s,s:s,s:s,s:o,s:o,s:o}", "a", a, "b", b, "period",
				    by_month ? "month" : "year", "series", series, "paging",
				    paging(page, more), "events", events_json(st, &ev, &err)),
			  &err);
		ev.n = keep;
	}
	free(s);
	stored_event_list_release(&ev);
}

/* q's actor in upper case; 0 and a 400 response when it is not an actor code. */
static int api_actor_filter(struct search_query *q, struct web_response *res)
{
	char *p;
	if (!q->actor)
		return 1;
	for (p = q->actor; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
	if (actor_code_ok(q->actor))
		return 1;
	api_error(res, 400, "actor must be a CAMEO code such as IRN or AFGREB");
	return 0;
}

/* Asserted events, newest first, with the search's filters (events.h: store_events_filtered). */
static void api_events(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct error err = { 0 };
	struct stored_event_list ev;
	struct search_query q;
	long page = api_page(req, res);
	int rc;

	if (!page || api_filters(req, WEB_F_ALL, &q, res) < 0)
		return;
	if (!api_actor_filter(&q, res)) {
		search_query_release(&q);
		return;
	}
	/* an actor's events are its page's: its codes, its key actors apart (actor_events) */
	rc = q.actor ? actor_events_filtered(st, q.actor, &q, API_PAGE + 1,
					     (size_t)(page - 1) * API_PAGE, &ev, &err)
		     : store_events_filtered(st, NULL, NULL, &q, API_PAGE + 1,
					     (size_t)(page - 1) * API_PAGE, &ev, &err);
	search_query_release(&q);
	if (rc < 0) {
		api_error(res, 500, err.msg);
		return;
	}
	{
		int more = ev.n > API_PAGE;
		size_t keep = ev.n;
		if (more)
			ev.n = API_PAGE;
		api_reply(res,
			  json_pack("{s:o,s:o}", "paging", paging(page, more), "events",
				    events_json(st, &ev, &err)),
			  &err);
		ev.n = keep;
	}
	stored_event_list_release(&ev);
}

/*
 * The key actors that events name, most events first (actor_totals),
 * paged.
 */
static void api_actors(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct actor_total *t;
	struct search_query q;
	struct error err = { 0 };
	size_t nt = 0, i, from;
	long page = api_page(req, res);
	json_t *arr;
	int rc;

	if (!page || api_filters(req, WEB_F_ALL & ~WEB_F_ACTOR, &q, res) < 0)
		return;
	rc = actor_totals(st, &q, &t, &nt, &err);
	search_query_release(&q);
	if (rc < 0) {
		api_error(res, 500, err.msg);
		return;
	}
	arr = json_array();
	from = (size_t)(page - 1) * API_PAGE;
	for (i = from; i < nt && i < from + API_PAGE; i++) {
		char name[64], url[64];
		actor_name(t[i].code, name, sizeof(name));
		snprintf(url, sizeof(url), "/api/v1/actors/%s", t[i].code);
		json_array_append_new(arr, json_pack("{s:s,s:s,s:I,s:s}", "code", t[i].code, "name",
						     name, "events", (json_int_t)t[i].events, "url",
						     url));
	}
	api_json(res, 200,
		 json_pack("{s:o,s:o}", "actors", arr, "paging",
			   paging(page, nt > from + API_PAGE)));
	free(t);
}

static json_t *subs_json(const struct actor_sub *v, size_t n)
{
	json_t *a = json_array();
	size_t i;
	for (i = 0; a && i < n; i++) {
		char name[64], url[64];
		actor_name(v[i].code, name, sizeof(name));
		snprintf(url, sizeof(url), "/api/v1/actors/%s", v[i].code);
		json_array_append_new(a, json_pack("{s:s,s:s,s:I,s:s}", "code", v[i].code, "name",
						   name, "events", (json_int_t)v[i].events, "url",
						   url));
	}
	return a;
}

/*
 * An actor as its page shows it: its events are those of its codes
 * (IRN: IRN, IRNGOV, IRNMIL; not IRNREB, a key actor apart), counted and
 * listed each deed once.
 */
static void api_actor(struct store *st, const char *code, struct web_response *res)
{
	struct article_list l;
	struct stored_event_list ev;
	struct actor_summary sum;
	struct dyad_move *d = NULL;
	struct error err = { 0 };
	size_t nd = 0;
	char name[64];

	if (!actor_code_ok(code)) {
		api_error(res, 404, "no such actor");
		return;
	}
	if (actor_articles(st, code, 20, &l, &err) < 0) {
		api_error(res, 500, err.msg);
		return;
	}
	if (actor_events(st, code, 30, &ev, &err) < 0) {
		article_list_release(&l);
		api_error(res, 500, err.msg);
		return;
	}
	if (actor_summary_get(st, code, &sum, &err) < 0) {
		article_list_release(&l);
		stored_event_list_release(&ev);
		api_error(res, 500, err.msg);
		return;
	}
	if (!l.n && !ev.n && !sum.nsubs && !sum.napart) {
		article_list_release(&l);
		stored_event_list_release(&ev);
		api_error(res, 404, "no article or event names this actor");
		return;
	}
	if (dyads_top(st, code, 12, &d, &nd, &err) < 0) {
		article_list_release(&l);
		stored_event_list_release(&ev);
		api_error(res, 500, err.msg);
		return;
	}
	actor_name(code, name, sizeof(name));
	api_reply(res,
		  json_pack("{s:s,s:s,s:I,s:o,s:o,s:o,s:o,s:o}", "code", code, "name", name,
			    "events_total", (json_int_t)sum.events, "sub_actors",
			    subs_json(sum.subs, sum.nsubs), "apart",
			    subs_json(sum.apart, sum.napart), "articles", list_json(st, &l, &err),
			    "events", events_json(st, &ev, &err), "partners", dyads_json(d, nd)),
		  &err);
	free(d);
	article_list_release(&l);
	stored_event_list_release(&ev);
}

static int cmp_id(const void *x, const void *y)
{
	int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
	return a < b ? -1 : a > b;
}

/*
 * Keep in `l` the stories with a member that passes q's source, lang, tag
 * and actor (since and until chose the stories already), in one look-up
 * of all the members by key (store_articles_passing).
 */
static MUST_CHECK int stories_keep_passing(struct store *st, const struct search_query *q,
					   struct story_list *l, struct error *err)
{
	struct search_query f = *q;
	int64_t *ids, *pass;
	size_t n = 0, np, i, j, kept = 0;
	int r;

	f.since = f.until = NULL;
	if (!l->n)
		return 0;
	for (i = 0; i < l->n; i++)
		n += l->items[i].n;
	if (!(ids = malloc((n ? n : 1) * sizeof(*ids))))
		return error_nomem(err);
	for (n = 0, i = 0; i < l->n; i++)
		for (j = 0; j < l->items[i].n; j++)
			ids[n++] = l->items[i].ids[j];
	r = store_articles_passing(st, &f, ids, n, &pass, &np, err);
	free(ids);
	if (r < 0)
		return r;
	if (np)
		qsort(pass, np, sizeof(*pass), cmp_id);
	for (i = 0; i < l->n; i++) {
		struct story *s = &l->items[i];
		for (j = 0; np && j < s->n; j++)
			if (bsearch(&s->ids[j], pass, np, sizeof(*pass), cmp_id))
				break;
		if (np && j < s->n) {
			l->items[kept++] = *s;
		} else {
			free(s->ids);
			free(s->first);
			free(s->last);
		}
	}
	l->n = kept;
	free(pass);
	return 0;
}

static void api_stories(struct store *st, const struct web_request *req, struct web_response *res)
{
	struct story_options opt = { 0 };
	struct story_list l;
	struct search_query q;
	struct error err = { 0 };
	json_t *a;
	size_t i, j, from;
	long page = api_page(req, res);
	int rc;

	if (!page || (rc = api_filters(req, WEB_F_ALL, &q, res)) < 0)
		return;
	if (!api_actor_filter(&q, res)) {
		search_query_release(&q);
		return;
	}
	opt.since = q.since;
	opt.until = q.until;
	rc = stories_find(st, &opt, &l, &err);
	if (rc == 0 && (q.source || q.lang || q.tag || q.actor) &&
	    (rc = stories_keep_passing(st, &q, &l, &err)) < 0)
		story_list_release(&l);
	search_query_release(&q);
	if (rc < 0) {
		api_error(res, err.code == ERR_USAGE ? 400 : 500, err.msg);
		return;
	}
	a = json_array();
	from = (size_t)(page - 1) * API_PAGE;
	for (i = from; i < l.n && i < from + API_PAGE; i++) {
		json_t *ids = json_array();
		for (j = 0; j < l.items[i].n; j++)
			json_array_append_new(ids, json_integer((json_int_t)l.items[i].ids[j]));
		json_array_append_new(a, json_pack("{s:I,s:o,s:o,s:o}", "independent_sources",
						   (json_int_t)l.items[i].sources, "first",
						   when(l.items[i].first), "last",
						   when(l.items[i].last), "article_ids", ids));
	}
	api_json(res, 200,
		 json_pack("{s:o,s:o}", "paging", paging(page, l.n > from + API_PAGE), "stories",
			   a));
	story_list_release(&l);
}

static void api_tag(struct store *st, const char *seg, const struct web_request *req,
		    struct web_response *res)
{
	struct article_list l;
	struct search_query q;
	struct search_results r;
	struct error err = { 0 };
	char tag[128];
	long page = api_page(req, res);
	int more, f;

	if (!page || (f = api_filters(req, WEB_F_ALL & ~WEB_F_TAG, &q, res)) < 0)
		return;
	if (tag_from_path(seg, tag, sizeof(tag)) < 0) {
		search_query_release(&q);
		api_error(res, 404, "no such tag");
		return;
	}
	if (store_tag_latest(st, tag, f ? API_PAGE + 1 : 1, f ? (size_t)(page - 1) * API_PAGE : 0,
			     &l, &err) < 0) {
		search_query_release(&q);
		api_error(res, 500, err.msg);
		return;
	}
	if (!l.n && (page == 1 || !f)) {
		search_query_release(&q);
		article_list_release(&l);
		api_error(res, 404, "no article has this tag");
		return;
	}
	if (!f) {
		/* filtered: the tag's stories that pass them, as the search lists them */
		article_list_release(&l);
		q.sort_by_date = 1;
		if (!(q.tag = strdup(tag))) {
			search_query_release(&q);
			(void)!error_nomem(&err);
			api_error(res, 500, err.msg);
			return;
		}
		f = store_search(st, &q, API_PAGE + 1, (size_t)(page - 1) * API_PAGE, &r, &err);
		search_query_release(&q);
		if (f < 0) {
			api_error(res, err.code == ERR_USAGE ? 400 : 500, err.msg);
			return;
		}
		api_reply(res,
			  json_pack("{s:s,s:o,s:o}", "tag", tag, "paging",
				    paging(page, r.n > API_PAGE), "articles",
				    hits_json_n(st, &r, API_PAGE, 0, 0, &err)),
			  &err);
		search_results_release(&r);
		return;
	}
	more = l.n > API_PAGE;
	{
		size_t n = l.n;
		if (more)
			l.n = API_PAGE;
		api_reply(res,
			  json_pack("{s:s,s:o,s:o}", "tag", tag, "paging", paging(page, more),
				    "articles", list_json(st, &l, &err)),
			  &err);
		l.n = n;
	}
	article_list_release(&l);
}

static void api_story(struct store *st, const char *idstr, struct web_response *res)
{
	struct story s;
	struct error err = { 0 };
	int64_t id = story_id(idstr);
	json_t *arts;
	size_t i;

	if (!id) {
		api_error(res, 404, "no such story");
		return;
	}
	if (story_of(st, id, &s, &err) < 0) {
		api_error(res, err.code == ERR_NOTFOUND ? 404 : 500,
			  err.code == ERR_NOTFOUND ? "no such story" : err.msg);
		return;
	}
	error_clear(&err); /* (story_of may have noted what it did without) */
	if (!(arts = json_array()))
		(void)!error_nomem(&err);
	for (i = 0; !err.code && i < s.n; i++) {
		struct article a;
		struct article_list copies;
		json_t *o;
		if (store_article_get(st, s.ids[i], &a, &err) < 0) {
			/* one removed since the story was read is left out */
			if (err.code == ERR_NOTFOUND)
				error_clear(&err);
			continue;
		}
		o = article_json(st, &a, 0, &err);
		article_release(&a);
		if (o && store_copies(st, s.ids[i], &copies, &err) == 0) {
			json_object_set_new(o, "also_published_by", list_json(st, &copies, &err));
			article_list_release(&copies);
		}
		json_array_append_new(arts, o);
	}
	api_reply(res,
		  err.code ? arts
			   : json_pack("{s:{s:I,s:I,s:o,s:o,s:o}}", "story", "id",
				       (json_int_t)s.ids[0], "independent_sources",
				       (json_int_t)s.sources, "first", when(s.first), "last",
				       when(s.last), "articles", arts),
		  &err);
	story_release(&s);
}

/*
 * The briefing as its page shows it (actors.c): the latest dated stories,
 * copies folded; the key events of the newest, each deed once, with the
 * other outlets that told it; the relationships that moved most of those
 * with a year before their latest.
 */
static void api_briefing(struct store *st, struct web_response *res)
{
	struct search_results r;
	struct stored_event_list ev;
	struct dyad_move *d = NULL;
	struct error err = { 0 };
	size_t nd = 0, idx[KEY_EVENTS], nk, i;
	json_t *events, *dyads;

	if (store_latest_groups(st, BRIEFING_GROUPS, 0, &r, &err) < 0) {
		api_error(res, 500, err.msg);
		return;
	}
	if (store_events_page(st, NULL, NULL, BRIEFING_EVENTS, 0, &ev, &err) < 0) {
		search_results_release(&r);
		api_error(res, 500, err.msg);
		return;
	}
	if (dyads_top(st, NULL, BRIEFING_DYADS, &d, &nd, &err) < 0) {
		search_results_release(&r);
		stored_event_list_release(&ev);
		api_error(res, 500, err.msg);
		return;
	}
	dyads_sort_by_move(d, nd);
	if (key_events_pick(st, &ev, idx, KEY_EVENTS, &nk, &err) < 0) {
		search_results_release(&r);
		stored_event_list_release(&ev);
		free(d);
		api_error(res, 500, err.msg);
		return;
	}
	events = json_array();
	for (i = 0; events && i < nk; i++) {
		json_t *o = event_json(st, &ev.items[idx[i]], &err);
		if (!o) {
			json_decref(events);
			events = NULL;
			break;
		}
		json_array_append_new(events, o);
	}
	/* of the 8 that moved most, those with a year to move from */
	for (i = 0, nd = nd < 8 ? nd : 8; i < nd;)
		if (!d[i].has_prev)
			memmove(&d[i], &d[i + 1], (--nd - i) * sizeof(*d));
		else
			i++;
	dyads = dyads_json(d, nd);
	api_reply(res,
		  json_pack("{s:o,s:o,s:o}", "top_stories",
			    hits_json_n(st, &r, BRIEFING_STORIES, 0, 1, &err), "events", events,
			    "dyads_shifted", dyads),
		  &err);
	free(d);
	search_results_release(&r);
	stored_event_list_release(&ev);
}

/*
 * The OpenAPI document. The lists' filters are the search's
 * (components/parameters: source, lang, since, until, tag, actor), each
 * list naming those it takes, as api_filters checks them.
 */
static const char openapi[] =
	"{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"brief\",\"version\":\"1\",\"description\":"
	"\"Read-only JSON API of a brief database: articles, search, outlets, actors, events, dya"
	"ds, stories and the briefing. Lists take ?page=N (50 a page) and say in paging.more whet"
	"her another page follows. Errors are {\\\"error\\\":{\\\"status\\\":N,\\\"message\\\":\\"
	"\"...\\\"}}; another spelling of a path or of actor= is a 301 with {\\\"moved\\\":{\\\"s"
	"tatus\\\":301,\\\"location\\\":\\\"...\\\"}}; 503 when the database cannot be read just "
	"now. A query parameter an endpoint does not take (unknown, or another endpoint's) is a 4"
	"00 whose message names it.\"},\"paths\":{\"/healthz\":{\"get\":{\"summary\":\"Liveness, "
	"with counts\",\"responses\":{\"200\":{\"description\":\"ok, with counts\",\"content\":{"
	"\"application/json\":{\"schema\":{\"type\":\"object\",\"properties\":{\"status\":{\"type"
	"\":\"string\",\"enum\":[\"ok\"]},\"articles\":{\"type\":\"integer\"},\"events\":{\"type"
	"\":\"integer\"}},\"required\":[\"status\",\"articles\",\"events\"],\"additionalPropertie"
	"s\":false}}}},\"400\":{\"$ref\":\"#/components/responses/error\"},\"500\":{\"$ref\":\"#/"
	"components/responses/error\"},\"503\":{\"$ref\":\"#/components/responses/error\"}}}},\"/"
	"api/v1/articles\":{\"get\":{\"summary\":\"Latest stories, copies folded; with filters, t"
	"hose that pass them\",\"parameters\":[{\"$ref\":\"#/components/parameters/source\"},{\"$"
	"ref\":\"#/components/parameters/lang\"},{\"$ref\":\"#/components/parameters/since\"},{\""
	"$ref\":\"#/components/parameters/until\"},{\"$ref\":\"#/components/parameters/tag\"},{\""
	"$ref\":\"#/components/parameters/actor\"},{\"$ref\":\"#/components/parameters/page\"}],"
	"\"responses\":{\"200\":{\"description\":\"paging, articles\",\"content\":{\"application/"
	"json\":{\"schema\":{\"type\":\"object\",\"properties\":{\"paging\":{\"$ref\":\"#/compone"
	"nts/schemas/paging\"},\"articles\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/component"
	"s/schemas/article\"}}},\"required\":[\"paging\",\"articles\"],\"additionalProperties\":f"
	"alse}}}},\"301\":{\"$ref\":\"#/components/responses/moved\"},\"400\":{\"$ref\":\"#/compo"
	"nents/responses/error\"},\"500\":{\"$ref\":\"#/components/responses/error\"},\"503\":{\""
	"$ref\":\"#/components/responses/error\"}}}},\"/api/v1/articles/{id}\":{\"get\":{\"summar"
	"y\":\"One article with its text, actors, events and copies\",\"parameters\":[{\"name\":"
	"\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"integer\"}}],\"responses"
	"\":{\"200\":{\"description\":\"article\",\"content\":{\"application/json\":{\"schema\":{"
	"\"type\":\"object\",\"properties\":{\"article\":{\"$ref\":\"#/components/schemas/article"
	"\"}},\"required\":[\"article\"],\"additionalProperties\":false}}}},\"400\":{\"$ref\":\"#"
	"/components/responses/error\"},\"404\":{\"$ref\":\"#/components/responses/error\"},\"500"
	"\":{\"$ref\":\"#/components/responses/error\"},\"503\":{\"$ref\":\"#/components/response"
	"s/error\"}}}},\"/api/v1/search\":{\"get\":{\"summary\":\"Full-text search (syntax of doc"
	"s/search.md)\",\"parameters\":[{\"name\":\"q\",\"in\":\"query\",\"schema\":{\"type\":\"s"
	"tring\"}},{\"name\":\"sort\",\"in\":\"query\",\"schema\":{\"type\":\"string\",\"enum\":["
	"\"relevance\",\"date\"]}},{\"$ref\":\"#/components/parameters/source\"},{\"$ref\":\"#/co"
	"mponents/parameters/lang\"},{\"$ref\":\"#/components/parameters/since\"},{\"$ref\":\"#/c"
	"omponents/parameters/until\"},{\"$ref\":\"#/components/parameters/tag\"},{\"$ref\":\"#/c"
	"omponents/parameters/actor\"},{\"$ref\":\"#/components/parameters/page\"}],\"responses\""
	":{\"200\":{\"description\":\"query, total, paging, results\",\"content\":{\"application/"
	"json\":{\"schema\":{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"},"
	"\"total\":{\"type\":\"integer\"},\"total_is_lower_bound\":{\"type\":\"boolean\"},\"pagin"
	"g\":{\"$ref\":\"#/components/schemas/paging\"},\"results\":{\"type\":\"array\",\"items\""
	":{\"$ref\":\"#/components/schemas/article\"}}},\"required\":[\"query\",\"total\",\"total"
	"_is_lower_bound\",\"paging\",\"results\"],\"additionalProperties\":false}}}},\"301\":{\""
	"$ref\":\"#/components/responses/moved\"},\"400\":{\"$ref\":\"#/components/responses/erro"
	"r\"},\"500\":{\"$ref\":\"#/components/responses/error\"},\"503\":{\"$ref\":\"#/component"
	"s/responses/error\"}}}},\"/api/v1/sources\":{\"get\":{\"summary\":\"Outlets, most articl"
	"es first; with filters, those with articles that pass them, counting those only\",\"para"
	"meters\":[{\"$ref\":\"#/components/parameters/lang\"},{\"$ref\":\"#/components/parameter"
	"s/since\"},{\"$ref\":\"#/components/parameters/until\"},{\"$ref\":\"#/components/paramet"
	"ers/tag\"},{\"$ref\":\"#/components/parameters/actor\"},{\"$ref\":\"#/components/paramet"
	"ers/page\"}],\"responses\":{\"200\":{\"description\":\"paging, sources\",\"content\":{\""
	"application/json\":{\"schema\":{\"type\":\"object\",\"properties\":{\"paging\":{\"$ref\""
	":\"#/components/schemas/paging\"},\"sources\":{\"type\":\"array\",\"items\":{\"type\":\""
	"object\",\"properties\":{\"id\":{\"type\":\"integer\"},\"name\":{\"type\":\"string\"},\""
	"url\":{\"type\":\"string\",\"nullable\":true},\"articles\":{\"type\":\"integer\"},\"late"
	"st\":{\"type\":\"string\",\"nullable\":true}},\"required\":[\"id\",\"name\",\"url\",\"ar"
	"ticles\",\"latest\"],\"additionalProperties\":false}}},\"required\":[\"paging\",\"source"
	"s\"],\"additionalProperties\":false}}}},\"301\":{\"$ref\":\"#/components/responses/moved"
	"\"},\"400\":{\"$ref\":\"#/components/responses/error\"},\"500\":{\"$ref\":\"#/components"
	"/responses/error\"},\"503\":{\"$ref\":\"#/components/responses/error\"}}}},\"/api/v1/sou"
	"rces/{id}\":{\"get\":{\"summary\":\"An outlet and its articles\",\"parameters\":[{\"name"
	"\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"integer\"}},{\"$ref\""
	":\"#/components/parameters/page\"}],\"responses\":{\"200\":{\"description\":\"source, pa"
	"ging, articles\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\",\"pr"
	"operties\":{\"source\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\""
	"},\"name\":{\"type\":\"string\"},\"url\":{\"type\":\"string\",\"nullable\":true},\"artic"
	"les\":{\"type\":\"integer\"}},\"required\":[\"id\",\"name\",\"url\",\"articles\"],\"addi"
	"tionalProperties\":false},\"paging\":{\"$ref\":\"#/components/schemas/paging\"},\"articl"
	"es\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/article\"}}},\"requi"
	"red\":[\"source\",\"paging\",\"articles\"],\"additionalProperties\":false}}}},\"400\":{"
	"\"$ref\":\"#/components/responses/error\"},\"404\":{\"$ref\":\"#/components/responses/er"
	"ror\"},\"500\":{\"$ref\":\"#/components/responses/error\"},\"503\":{\"$ref\":\"#/compone"
	"nts/responses/error\"}}}},\"/api/v1/actors\":{\"get\":{\"summary\":\"Key actors that eve"
	"nts name, most events first; with filters, the events of the articles that pass (since a"
	"nd until: the event's date)\",\"parameters\":[{\"$ref\":\"#/components/parameters/source"
	"\"},{\"$ref\":\"#/components/parameters/lang\"},{\"$ref\":\"#/components/parameters/sinc"
	"e\"},{\"$ref\":\"#/components/parameters/until\"},{\"$ref\":\"#/components/parameters/ta"
	"g\"},{\"$ref\":\"#/components/parameters/page\"}],\"responses\":{\"200\":{\"description"
	"\":\"actors, paging\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\""
	",\"properties\":{\"actors\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schem"
	"as/actor_ref\"}},\"paging\":{\"$ref\":\"#/components/schemas/paging\"}},\"required\":[\""
	"actors\",\"paging\"],\"additionalProperties\":false}}}},\"400\":{\"$ref\":\"#/components"
	"/responses/error\"},\"500\":{\"$ref\":\"#/components/responses/error\"},\"503\":{\"$ref"
	"\":\"#/components/responses/error\"}}}},\"/api/v1/actors/{code}\":{\"get\":{\"summary\":"
	"\"An actor: its events (its codes, sub-actors in, key actors below it apart; each deed o"
	"nce), sub-actors, articles, events, partners\",\"parameters\":[{\"name\":\"code\",\"in\""
	":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}],\"responses\":{\"200\":{"
	"\"description\":\"actor\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"obje"
	"ct\",\"properties\":{\"code\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"eve"
	"nts_total\":{\"type\":\"integer\"},\"sub_actors\":{\"type\":\"array\",\"items\":{\"$ref"
	"\":\"#/components/schemas/actor_ref\"}},\"apart\":{\"type\":\"array\",\"items\":{\"$ref"
	"\":\"#/components/schemas/actor_ref\"}},\"articles\":{\"type\":\"array\",\"items\":{\"$r"
	"ef\":\"#/components/schemas/article\"}},\"events\":{\"type\":\"array\",\"items\":{\"$ref"
	"\":\"#/components/schemas/event\"}},\"partners\":{\"type\":\"array\",\"items\":{\"$ref\""
	":\"#/components/schemas/dyad\"}}},\"required\":[\"code\",\"name\",\"events_total\",\"sub"
	"_actors\",\"apart\",\"articles\",\"events\",\"partners\"],\"additionalProperties\":false"
	"}}}},\"301\":{\"$ref\":\"#/components/responses/moved\"},\"400\":{\"$ref\":\"#/component"
	"s/responses/error\"},\"404\":{\"$ref\":\"#/components/responses/error\"},\"500\":{\"$ref"
	"\":\"#/components/responses/error\"},\"503\":{\"$ref\":\"#/components/responses/error\"}"
	"}}},\"/api/v1/events\":{\"get\":{\"summary\":\"Asserted events, each deed once, newest f"
	"irst; actor: the actor's events as its page lists them\",\"parameters\":[{\"$ref\":\"#/c"
	"omponents/parameters/source\"},{\"$ref\":\"#/components/parameters/lang\"},{\"$ref\":\"#"
	"/components/parameters/since\"},{\"$ref\":\"#/components/parameters/until\"},{\"$ref\":"
	"\"#/components/parameters/tag\"},{\"$ref\":\"#/components/parameters/actor\"},{\"$ref\":"
	"\"#/components/parameters/page\"}],\"responses\":{\"200\":{\"description\":\"paging, eve"
	"nts\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\",\"properties\":"
	"{\"paging\":{\"$ref\":\"#/components/schemas/paging\"},\"events\":{\"type\":\"array\",\""
	"items\":{\"$ref\":\"#/components/schemas/event\"}}},\"required\":[\"paging\",\"events\"]"
	",\"additionalProperties\":false}}}},\"301\":{\"$ref\":\"#/components/responses/moved\"},"
	"\"400\":{\"$ref\":\"#/components/responses/error\"},\"500\":{\"$ref\":\"#/components/res"
	"ponses/error\"},\"503\":{\"$ref\":\"#/components/responses/error\"}}}},\"/api/v1/dyads\""
	":{\"get\":{\"summary\":\"Relationships between key actors, most events first; with filte"
	"rs, the events of the articles that pass (since and until: the event's date)\",\"paramet"
	"ers\":[{\"$ref\":\"#/components/parameters/source\"},{\"$ref\":\"#/components/parameters"
	"/lang\"},{\"$ref\":\"#/components/parameters/since\"},{\"$ref\":\"#/components/parameter"
	"s/until\"},{\"$ref\":\"#/components/parameters/page\"}],\"responses\":{\"200\":{\"descri"
	"ption\":\"paging, dyads\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"obje"
	"ct\",\"properties\":{\"paging\":{\"$ref\":\"#/components/schemas/paging\"},\"dyads\":{\""
	"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/dyad\"}}},\"required\":[\"pa"
	"ging\",\"dyads\"],\"additionalProperties\":false}}}},\"400\":{\"$ref\":\"#/components/re"
	"sponses/error\"},\"500\":{\"$ref\":\"#/components/responses/error\"},\"503\":{\"$ref\":"
	"\"#/components/responses/error\"}}}},\"/api/v1/dyads/{a}/{b}\":{\"get\":{\"summary\":\"A"
	" dyad's series and events\",\"parameters\":[{\"name\":\"a\",\"in\":\"path\",\"required\""
	":true,\"schema\":{\"type\":\"string\"}},{\"name\":\"b\",\"in\":\"path\",\"required\":tru"
	"e,\"schema\":{\"type\":\"string\"}},{\"name\":\"sort\",\"in\":\"query\",\"description\":"
	"\"month: the series by month (default by year)\",\"schema\":{\"type\":\"string\"}},{\"$r"
	"ef\":\"#/components/parameters/source\"},{\"$ref\":\"#/components/parameters/lang\"},{\""
	"$ref\":\"#/components/parameters/since\"},{\"$ref\":\"#/components/parameters/until\"},{"
	"\"$ref\":\"#/components/parameters/tag\"},{\"$ref\":\"#/components/parameters/page\"}],"
	"\"responses\":{\"200\":{\"description\":\"series, paging, events (the filters choose the"
	" events)\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\",\"properti"
	"es\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\"},\"period\":{\"type\":\"str"
	"ing\",\"enum\":[\"year\",\"month\"]},\"series\":{\"type\":\"array\",\"items\":{\"type\":"
	"\"object\",\"properties\":{\"period\":{\"type\":\"string\"},\"events\":{\"type\":\"integ"
	"er\"},\"verbal_cooperation\":{\"type\":\"integer\"},\"material_cooperation\":{\"type\":"
	"\"integer\"},\"verbal_conflict\":{\"type\":\"integer\"},\"material_conflict\":{\"type\":"
	"\"integer\"},\"mean_goldstein\":{\"type\":\"number\"}},\"required\":[\"period\",\"events"
	"\",\"verbal_cooperation\",\"material_cooperation\",\"verbal_conflict\",\"material_confli"
	"ct\",\"mean_goldstein\"],\"additionalProperties\":false}},\"paging\":{\"$ref\":\"#/compo"
	"nents/schemas/paging\"},\"events\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/component"
	"s/schemas/event\"}}},\"required\":[\"a\",\"b\",\"period\",\"series\",\"paging\",\"events"
	"\"],\"additionalProperties\":false}}}},\"301\":{\"$ref\":\"#/components/responses/moved"
	"\"},\"400\":{\"$ref\":\"#/components/responses/error\"},\"404\":{\"$ref\":\"#/components"
	"/responses/error\"},\"500\":{\"$ref\":\"#/components/responses/error\"},\"503\":{\"$ref"
	"\":\"#/components/responses/error\"}}}},\"/api/v1/stories\":{\"get\":{\"summary\":\"Stor"
	"ies (one event, many outlets) by independent sources; with source, lang, tag or actor, t"
	"hose with an original that passes them\",\"parameters\":[{\"$ref\":\"#/components/parame"
	"ters/since\"},{\"$ref\":\"#/components/parameters/until\"},{\"$ref\":\"#/components/para"
	"meters/source\"},{\"$ref\":\"#/components/parameters/lang\"},{\"$ref\":\"#/components/pa"
	"rameters/tag\"},{\"$ref\":\"#/components/parameters/actor\"},{\"$ref\":\"#/components/pa"
	"rameters/page\"}],\"responses\":{\"200\":{\"description\":\"paging, stories\",\"content"
	"\":{\"application/json\":{\"schema\":{\"type\":\"object\",\"properties\":{\"paging\":{\""
	"$ref\":\"#/components/schemas/paging\"},\"stories\":{\"type\":\"array\",\"items\":{\"typ"
	"e\":\"object\",\"properties\":{\"independent_sources\":{\"type\":\"integer\"},\"first\":"
	"{\"type\":\"string\",\"nullable\":true},\"last\":{\"type\":\"string\",\"nullable\":true}"
	",\"article_ids\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}},\"required\":[\""
	"independent_sources\",\"first\",\"last\",\"article_ids\"],\"additionalProperties\":false"
	"}}},\"required\":[\"paging\",\"stories\"],\"additionalProperties\":false}}}},\"301\":{\""
	"$ref\":\"#/components/responses/moved\"},\"400\":{\"$ref\":\"#/components/responses/erro"
	"r\"},\"500\":{\"$ref\":\"#/components/responses/error\"},\"503\":{\"$ref\":\"#/component"
	"s/responses/error\"}}}},\"/api/v1/stories/{id}\":{\"get\":{\"summary\":\"The story of an"
	" article: every outlet's report, first and last\",\"parameters\":[{\"name\":\"id\",\"in"
	"\":\"path\",\"required\":true,\"schema\":{\"type\":\"integer\"}}],\"responses\":{\"200\""
	":{\"description\":\"story\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"ob"
	"ject\",\"properties\":{\"story\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":"
	"\"integer\"},\"independent_sources\":{\"type\":\"integer\"},\"first\":{\"type\":\"string"
	"\",\"nullable\":true},\"last\":{\"type\":\"string\",\"nullable\":true},\"articles\":{\"t"
	"ype\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/article\"}}},\"required\":[\""
	"id\",\"independent_sources\",\"first\",\"last\",\"articles\"],\"additionalProperties\":f"
	"alse}},\"required\":[\"story\"],\"additionalProperties\":false}}}},\"400\":{\"$ref\":\"#"
	"/components/responses/error\"},\"404\":{\"$ref\":\"#/components/responses/error\"},\"500"
	"\":{\"$ref\":\"#/components/responses/error\"},\"503\":{\"$ref\":\"#/components/response"
	"s/error\"}}}},\"/api/v1/tags/{name}\":{\"get\":{\"summary\":\"Articles with a tag, newes"
	"t first\",\"parameters\":[{\"name\":\"name\",\"in\":\"path\",\"required\":true,\"schema"
	"\":{\"type\":\"string\"}},{\"$ref\":\"#/components/parameters/source\"},{\"$ref\":\"#/co"
	"mponents/parameters/lang\"},{\"$ref\":\"#/components/parameters/since\"},{\"$ref\":\"#/c"
	"omponents/parameters/until\"},{\"$ref\":\"#/components/parameters/actor\"},{\"$ref\":\"#"
	"/components/parameters/page\"}],\"responses\":{\"200\":{\"description\":\"tag, paging, a"
	"rticles (with filters, as the search lists them)\",\"content\":{\"application/json\":{\""
	"schema\":{\"type\":\"object\",\"properties\":{\"tag\":{\"type\":\"string\"},\"paging\":{"
	"\"$ref\":\"#/components/schemas/paging\"},\"articles\":{\"type\":\"array\",\"items\":{\""
	"$ref\":\"#/components/schemas/article\"}}},\"required\":[\"tag\",\"paging\",\"articles\""
	"],\"additionalProperties\":false}}}},\"301\":{\"$ref\":\"#/components/responses/moved\"}"
	",\"400\":{\"$ref\":\"#/components/responses/error\"},\"404\":{\"$ref\":\"#/components/re"
	"sponses/error\"},\"500\":{\"$ref\":\"#/components/responses/error\"},\"503\":{\"$ref\":"
	"\"#/components/responses/error\"}}}},\"/api/v1/briefing\":{\"get\":{\"summary\":\"What /"
	"briefing shows: top stories, key events (each deed once), relationships that shifted\","
	"\"responses\":{\"200\":{\"description\":\"briefing\",\"content\":{\"application/json\":{"
	"\"schema\":{\"type\":\"object\",\"properties\":{\"top_stories\":{\"type\":\"array\",\"it"
	"ems\":{\"$ref\":\"#/components/schemas/article\"}},\"events\":{\"type\":\"array\",\"item"
	"s\":{\"$ref\":\"#/components/schemas/event\"}},\"dyads_shifted\":{\"type\":\"array\",\"i"
	"tems\":{\"$ref\":\"#/components/schemas/dyad\"}}},\"required\":[\"top_stories\",\"events"
	"\",\"dyads_shifted\"],\"additionalProperties\":false}}}},\"400\":{\"$ref\":\"#/component"
	"s/responses/error\"},\"500\":{\"$ref\":\"#/components/responses/error\"},\"503\":{\"$ref"
	"\":\"#/components/responses/error\"}}}}},\"components\":{\"parameters\":{\"page\":{\"nam"
	"e\":\"page\",\"in\":\"query\",\"schema\":{\"type\":\"integer\",\"minimum\":1,\"maximum\""
	":100000}},\"source\":{\"name\":\"source\",\"in\":\"query\",\"description\":\"the outlet:"
	" its name (any case) or part of its host (the search's source: filter, docs/search.md); "
	"a value that cannot be read, or a filter a list does not take, is a 400\",\"schema\":{\""
	"type\":\"string\"}},\"lang\":{\"name\":\"lang\",\"in\":\"query\",\"description\":\"the l"
	"anguage (en also matches en-GB) (the search's lang: filter, docs/search.md); a value tha"
	"t cannot be read, or a filter a list does not take, is a 400\",\"schema\":{\"type\":\"st"
	"ring\"}},\"since\":{\"name\":\"since\",\"in\":\"query\",\"description\":\"on or after: Y"
	"YYY, YYYY-MM, YYYY-MM-DD, a timestamp, today, yesterday, 24h, 7d, 2w (events: the event'"
	"s date) (the search's since: filter, docs/search.md); a value that cannot be read, or a "
	"filter a list does not take, is a 400\",\"schema\":{\"type\":\"string\"}},\"until\":{\"n"
	"ame\":\"until\",\"in\":\"query\",\"description\":\"on or before, the same forms (events:"
	" the event's date) (the search's until: filter, docs/search.md); a value that cannot be "
	"read, or a filter a list does not take, is a 400\",\"schema\":{\"type\":\"string\"}},\"t"
	"ag\":{\"name\":\"tag\",\"in\":\"query\",\"description\":\"articles tagged so, any case ("
	"the search's tag: filter, docs/search.md); a value that cannot be read, or a filter a li"
	"st does not take, is a 400\",\"schema\":{\"type\":\"string\"}},\"actor\":{\"name\":\"act"
	"or\",\"in\":\"query\",\"description\":\"a CAMEO actor code: IRN, AFGREB (on events, the "
	"actor's events, sub-actors in and key actors below it apart; on articles, stories and ou"
	"tlets the search's actor: filter, a code prefix, docs/search.md); another spelling (irn)"
	" or a name (Iran, the Taliban) is a 301 to the same request with the code; a value that "
	"names no actor, or a filter a list does not take, is a 400\",\"schema\":{\"type\":\"stri"
	"ng\"}}},\"responses\":{\"error\":{\"description\":\"an error: 400 for a parameter or val"
	"ue the endpoint does not take or cannot read (or a request that is not UTF-8), 404 for w"
	"hat does not exist, 500 when the database failed, 503 when it cannot be read just now\","
	"\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/error\"}}"
	"}},\"moved\":{\"description\":\"another spelling of the request: Location (and moved.loc"
	"ation) is the one spelling, the query kept\",\"content\":{\"application/json\":{\"schema"
	"\":{\"$ref\":\"#/components/schemas/moved\"}}}}},\"schemas\":{\"error\":{\"type\":\"obje"
	"ct\",\"properties\":{\"error\":{\"type\":\"object\",\"properties\":{\"status\":{\"type\""
	":\"integer\"},\"message\":{\"type\":\"string\"}},\"required\":[\"status\",\"message\"],"
	"\"additionalProperties\":false}},\"required\":[\"error\"],\"additionalProperties\":false"
	"},\"moved\":{\"type\":\"object\",\"properties\":{\"moved\":{\"type\":\"object\",\"proper"
	"ties\":{\"status\":{\"type\":\"integer\",\"enum\":[301]},\"location\":{\"type\":\"string"
	"\"}},\"required\":[\"status\",\"location\"],\"additionalProperties\":false}},\"required"
	"\":[\"moved\"],\"additionalProperties\":false},\"paging\":{\"type\":\"object\",\"propert"
	"ies\":{\"page\":{\"type\":\"integer\"},\"per_page\":{\"type\":\"integer\"},\"more\":{\"t"
	"ype\":\"boolean\"}},\"required\":[\"page\",\"per_page\",\"more\"],\"additionalProperties"
	"\":false},\"article\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"}"
	",\"title\":{\"type\":\"string\"},\"url\":{\"type\":\"string\",\"nullable\":true},\"outle"
	"t\":{\"type\":\"string\"},\"outlet_id\":{\"type\":\"integer\",\"nullable\":true},\"bylin"
	"e\":{\"type\":\"string\",\"nullable\":true},\"published\":{\"type\":\"string\",\"nullabl"
	"e\":true,\"format\":\"date-time\"},\"language\":{\"type\":\"string\",\"nullable\":true},"
	"\"description\":{\"type\":\"string\",\"nullable\":true},\"image\":{\"type\":\"string\","
	"\"nullable\":true},\"words\":{\"type\":\"integer\"},\"original\":{\"type\":\"object\",\""
	"properties\":{\"name\":{\"type\":\"string\",\"nullable\":true},\"url\":{\"type\":\"strin"
	"g\",\"nullable\":true}},\"required\":[\"name\",\"url\"],\"additionalProperties\":false},"
	"\"copies\":{\"type\":\"integer\"},\"snippet\":{\"type\":\"string\"},\"text\":{\"type\":"
	"\"string\",\"nullable\":true},\"actors\":{\"type\":\"array\",\"items\":{\"type\":\"strin"
	"g\"}},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"events\":{\"type\""
	":\"array\",\"items\":{\"$ref\":\"#/components/schemas/event\"}},\"also_published_by\":{"
	"\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/article\"}}},\"required\":"
	"[\"id\",\"title\",\"url\",\"outlet\",\"outlet_id\",\"byline\",\"published\",\"language\""
	",\"description\",\"image\",\"words\"],\"additionalProperties\":false,\"description\":\"A"
	"n article; lists add copies (copies folded into it), search a snippet (matches in [[ ]])"
	", a story's reports also_published_by; the record adds text, actors, tags, events and al"
	"so_published_by; original when it names one\"},\"event\":{\"type\":\"object\",\"properti"
	"es\":{\"id\":{\"type\":\"integer\"},\"article_id\":{\"type\":\"integer\"},\"source\":{\""
	"type\":\"string\"},\"source_text\":{\"type\":\"string\",\"nullable\":true},\"target\":{"
	"\"type\":\"string\"},\"target_text\":{\"type\":\"string\",\"nullable\":true},\"code\":{"
	"\"type\":\"string\"},\"goldstein\":{\"type\":\"number\"},\"quad\":{\"type\":\"integer\","
	"\"minimum\":1,\"maximum\":4},\"date\":{\"type\":\"string\",\"nullable\":true},\"negated"
	"\":{\"type\":\"boolean\"},\"modality\":{\"type\":\"string\",\"nullable\":true},\"evidenc"
	"e\":{\"type\":\"string\",\"nullable\":true},\"article_title\":{\"type\":\"string\",\"nul"
	"lable\":true},\"also_reported_by\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\""
	"properties\":{\"article_id\":{\"type\":\"integer\"},\"outlet\":{\"type\":\"string\"},\"t"
	"itle\":{\"type\":\"string\"}},\"required\":[\"article_id\",\"outlet\",\"title\"],\"addit"
	"ionalProperties\":false}}},\"required\":[\"id\",\"article_id\",\"source\",\"source_text"
	"\",\"target\",\"target_text\",\"code\",\"goldstein\",\"quad\",\"date\",\"negated\",\"mod"
	"ality\",\"evidence\",\"article_title\",\"also_reported_by\"],\"additionalProperties\":fa"
	"lse},\"dyad\":{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"a_name"
	"\":{\"type\":\"string\"},\"b\":{\"type\":\"string\"},\"b_name\":{\"type\":\"string\"},\""
	"events\":{\"type\":\"integer\"},\"balance\":{\"type\":\"number\"},\"latest_year\":{\"typ"
	"e\":\"string\",\"nullable\":true},\"latest_balance\":{\"type\":\"number\",\"nullable\":t"
	"rue},\"previous_balance\":{\"type\":\"number\",\"nullable\":true}},\"required\":[\"a\","
	"\"a_name\",\"b\",\"b_name\",\"events\",\"balance\",\"latest_year\",\"latest_balance\",\""
	"previous_balance\"],\"additionalProperties\":false},\"actor_ref\":{\"type\":\"object\","
	"\"properties\":{\"code\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"events\""
	":{\"type\":\"integer\"},\"url\":{\"type\":\"string\"}},\"required\":[\"code\",\"name\","
	"\"events\",\"url\"],\"additionalProperties\":false}}}}\n";

/* The query parameters an endpoint takes besides the filters (WEB_F_ bits, below them). */
enum { P_PAGE = 64, P_Q = 128, P_SORT = 256 };

/*
 * 1 when the request names only parameters the endpoint takes (`takes`:
 * WEB_F_ and P_ bits), else 0 after a 400 that names the first other one
 * and lists those it takes: a misspelt or misplaced parameter is never
 * silently ignored.
 */
static int api_params(const struct web_request *req, unsigned takes, struct web_response *res)
{
	static const char *const names[] = { "source", "lang", "since", "until", "tag",
					     "actor",  "page", "q",     "sort" };
	const char *vals[] = { req->source, req->lang, req->since, req->until, req->tag,
			       req->actor,  req->page, req->q,     req->sort };
	struct buf msg = BUF_INIT;
	const char *bad = req->unknown;
	unsigned i, k;

	for (i = 0; !bad && i < sizeof(names) / sizeof(names[0]); i++)
		if (vals[i] && !(takes & (1u << i)))
			bad = names[i];
	if (!bad)
		return 1;
	buf_puts(&msg, req->unknown && bad == req->unknown ? "unknown query parameter "
							   : "query parameter ");
	buf_putf(&msg, "\"%.64s\": this endpoint takes ", bad);
	for (i = 0, k = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (takes & (1u << i))
			buf_putf(&msg, "%s%s", k++ ? ", " : "", names[i]);
	if (!k)
		buf_puts(&msg, "none");
	api_error(res, 400, msg.data ? msg.data : "unknown query parameter");
	buf_release(&msg);
	return 0;
}

/*
 * The actor= filter read as /actor/CODE reads its code (actor_canonical):
 * a code in capitals is taken (1); another spelling (a name such as Iran,
 * a code in lower case) is a 301 to the same request with the code, and
 * what names no actor a 400 (0, the response set).
 */
static int api_actor_param(struct store *st, const struct web_request *req,
			   struct web_response *res)
{
	struct web_request to = *req;
	struct error err = { 0 };
	struct buf path = BUF_INIT;
	const char *p, *seg;
	char code[32];
	int r = actor_canonical(st, req->actor, code, sizeof(code), &err);

	if (r == 0)
		return 1;
	if (r == 1) {
		/* the path again, its segments encoded (a tag's name may need it) */
		for (p = req->path; *p;) {
			size_t l;
			char part[512];
			seg = p + 1;
			l = strcspn(seg, "/");
			buf_putc(&path, '/');
			if (l >= sizeof(part)) {
				buf_release(&path);
				api_error(res, 400, "the address is too long to redirect");
				return 0;
			}
			memcpy(part, seg, l);
			part[l] = 0;
			url_encode(&path, part);
			p = seg + l;
		}
		to.actor = code;
		set_moved(res, path.data ? path.data : "/", &to);
		buf_release(&path);
		return 0;
	}
	if (r != -ERR_NOTFOUND) {
		api_error(res, 500, err.msg);
		return 0;
	}
	(void)actor_unknown(st, req->actor, &err);
	api_error(res, 400, err.msg);
	return 0;
}

/* What each endpoint takes: its path (a trailing '/' a prefix) and its parameters. */
static const struct {
	const char *path;
	unsigned takes;
} endpoint_params[] = {
	{ "openapi.json", 0 },
	{ "articles", P_PAGE | WEB_F_ALL },
	{ "articles/", 0 },
	{ "search", P_PAGE | P_Q | P_SORT | WEB_F_ALL },
	{ "sources", P_PAGE | (WEB_F_ALL & ~WEB_F_SOURCE) },
	{ "sources/", P_PAGE },
	{ "actors", P_PAGE | (WEB_F_ALL & ~WEB_F_ACTOR) },
	{ "actors/", 0 },
	{ "events", P_PAGE | WEB_F_ALL },
	{ "dyads", P_PAGE | WEB_F_SOURCE | WEB_F_LANG | WEB_F_SINCE | WEB_F_UNTIL },
	{ "dyads/", P_PAGE | P_SORT | (WEB_F_ALL & ~WEB_F_ACTOR) },
	{ "stories", P_PAGE | WEB_F_ALL },
	{ "stories/", 0 },
	{ "tags/", P_PAGE | (WEB_F_ALL & ~WEB_F_TAG) },
	{ "briefing", 0 },
};

/* The parameters endpoint `p` (after /api/v1/) takes; those of none for no endpoint. */
static unsigned endpoint_takes(const char *p)
{
	size_t i;
	for (i = 0; i < sizeof(endpoint_params) / sizeof(endpoint_params[0]); i++) {
		const char *e = endpoint_params[i].path;
		size_t n = strlen(e);
		if (e[n - 1] == '/' ? !strncmp(p, e, n) : !strcmp(p, e))
			return endpoint_params[i].takes;
	}
	return 0;
}

void api_route(struct store *st, const char *path, const struct web_request *req,
	       struct web_response *res)
{
	const char *p;

	res->cache_control = "public, max-age=60";
	if (strcmp(req->method, "GET") && strcmp(req->method, "HEAD")) {
		api_error(res, 405, "the API is read-only: GET or HEAD");
		return;
	}
	if (!strcmp(path, "/healthz")) {
		struct error err = { 0 };
		int64_t articles, events;
		/* a probe, not a list: a health checker's cache buster is no misspelt filter */
		res->cache_control = "no-store";
		/* healthy only when the database answers: a count that fails is a 503 */
		if (store_article_count(st, &articles, &err) < 0 ||
		    store_event_count(st, &events, &err) < 0) {
			api_error(res, 503, err.msg);
			return;
		}
		api_json(res, 200,
			 json_pack("{s:s,s:I,s:I}", "status", "ok", "articles",
				   (json_int_t)articles, "events", (json_int_t)events));
		return;
	}
	if (strncmp(path, "/api/v1/", 8)) {
		api_error(res, 404, "the API is under /api/v1/");
		return;
	}
	p = path + 8;
	if (!api_params(req, endpoint_takes(p), res))
		return;
	if (req->actor && *req->actor && (endpoint_takes(p) & WEB_F_ACTOR) &&
	    !api_actor_param(st, req, res))
		return;
	if (!strcmp(p, "openapi.json")) {
		buf_reset(&res->body);
		buf_puts(&res->body, openapi);
		res->status = 200;
		res->content_type = "application/json";
	} else if (!strcmp(p, "articles")) {
		api_articles(st, req, res);
	} else if (!strncmp(p, "articles/", 9)) {
		api_article(st, p + 9, res);
	} else if (!strcmp(p, "search")) {
		api_search(st, req, res);
	} else if (!strcmp(p, "sources")) {
		api_sources(st, req, res);
	} else if (!strncmp(p, "sources/", 8)) {
		api_source(st, p + 8, req, res);
	} else if (!strcmp(p, "actors")) {
		api_actors(st, req, res);
	} else if (!strncmp(p, "actors/", 7)) {
		char code[32];
		if (actor_route(st, p + 7, code, "/api/v1/actors/", "", req, res) == 0)
			api_actor(st, code, res);
	} else if (!strcmp(p, "events")) {
		api_events(st, req, res);
	} else if (!strcmp(p, "dyads")) {
		api_dyads(st, req, res);
	} else if (!strncmp(p, "dyads/", 6)) {
		char a[32], b[32], to[96];
		int r = dyad_path(p + 6, a, b, sizeof(a));
		if (r < 0) {
			api_error(res, 404, "a dyad is /api/v1/dyads/CODE/CODE, of two actors");
			return;
		}
		if (r > 0) {
			snprintf(to, sizeof(to), "/api/v1/dyads/%s/%s", a, b);
			set_moved(res, to, req);
			return;
		}
		api_dyad(st, a, b, req, res);
	} else if (!strcmp(p, "stories")) {
		api_stories(st, req, res);
	} else if (!strncmp(p, "stories/", 8)) {
		api_story(st, p + 8, res);
	} else if (!strncmp(p, "tags/", 5)) {
		api_tag(st, p + 5, req, res);
	} else if (!strcmp(p, "briefing")) {
		api_briefing(st, res);
	} else {
		api_error(res, 404, "no such endpoint (see /api/v1/openapi.json)");
	}
}
