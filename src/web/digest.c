/*
 * digest.c: the briefing of a period as Markdown, HTML, JSON or Atom, for
 * `brief digest`: the period's top stories (most outlets first) with
 * their summary, its weightiest events with their evidence, and the
 * relationships whose balance moved most. Every claim links its article.
 */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web/internal.h"

#include "util/banned.h"

#define DIGEST_STORIES 10
#define DIGEST_EVENTS  10
#define DIGEST_DYADS   8

struct digest {
	const struct web_digest_options *o;
	const struct search_hit *stories[DIGEST_STORIES];
	size_t nstories;
	const struct stored_event *events[DIGEST_EVENTS];
	size_t nevents;
	struct dyad_move *dyads;
	size_t ndyads;
};

static int cmp_hit(const void *x, const void *y)
{
	const struct search_hit *a = *(const struct search_hit *const *)x;
	const struct search_hit *b = *(const struct search_hit *const *)y;
	if (a->copies != b->copies)
		return a->copies < b->copies ? 1 : -1;
	return strcmp(b->a.published, a->a.published);
}

static int cmp_event(const void *x, const void *y)
{
	const struct stored_event *a = *(const struct stored_event *const *)x;
	const struct stored_event *b = *(const struct stored_event *const *)y;
	double wa = fabs(a->goldstein), wb = fabs(b->goldstein);
	if (wa != wb)
		return wa < wb ? 1 : -1;
	return a->id < b->id ? 1 : a->id > b->id ? -1 : 0;
}

/* The link a claim gives: the article at its outlet, else its id. */
static const char *claim_url(const char *url)
{
	return url_is_http(url) ? url : NULL;
}

static void md_text(struct buf *b, const char *s)
{
	/* Markdown's brackets and emphasis as text */
	for (; s && *s; s++) {
		if (strchr("\\`*_[]<>#", *s))
			buf_putc(b, '\\');
		buf_putc(b, *s == '\n' ? ' ' : *s);
	}
}

static void render_md(const struct digest *d, struct buf *b)
{
	size_t i;
	buf_putf(b, "# Briefing since %s\n\n## Top stories\n\n", d->o->since);
	if (!d->nstories)
		buf_puts(b, "No dated story in the period.\n");
	for (i = 0; i < d->nstories; i++) {
		const struct article *a = &d->stories[i]->a;
		char name[128];
		outlet_display(a->source, a->source_url, a->url, name, sizeof(name));
		buf_puts(b, "- ");
		if (claim_url(a->url)) {
			buf_putc(b, '[');
			md_text(b, a->title);
			buf_putf(b, "](%s)", a->url);
		} else {
			md_text(b, a->title);
			buf_putf(b, " (article %lld)", (long long)a->id);
		}
		buf_puts(b, " — ");
		md_text(b, name);
		buf_putf(b, ", %.10s", a->published);
		if (d->stories[i]->copies)
			buf_putf(b, ", and %zu more outlet%s", d->stories[i]->copies,
				 d->stories[i]->copies == 1 ? "" : "s");
		if (a->description) {
			buf_puts(b, "\n  ");
			md_text(b, a->description);
		}
		buf_puts(b, "\n");
	}
	buf_puts(b, "\n## Key events\n\n");
	if (!d->nevents)
		buf_puts(b, "No event in the period.\n");
	for (i = 0; i < d->nevents; i++) {
		const struct stored_event *e = d->events[i];
		char who[EVENT_WORDS];
		event_actors(e, who, sizeof(who));
		buf_putf(b, "- %+.1f %s ", e->goldstein, e->date ? e->date : "undated");
		md_text(b, who);
		buf_puts(b, ": “");
		md_text(b, e->evidence);
		buf_puts(b, "” (");
		if (claim_url(e->url)) {
			buf_putc(b, '[');
			md_text(b, e->title);
			buf_putf(b, "](%s)", e->url);
		} else {
			md_text(b, e->title);
		}
		buf_puts(b, ")\n");
	}
	buf_puts(b, "\n## Relationships that shifted\n\n");
	if (!d->ndyads)
		buf_puts(b, "None moved.\n");
	for (i = 0; i < d->ndyads; i++) {
		char an[64], bn[64];
		actor_name(d->dyads[i].a, an, sizeof(an));
		actor_name(d->dyads[i].b, bn, sizeof(bn));
		buf_puts(b, "- ");
		md_text(b, an);
		buf_puts(b, " – ");
		md_text(b, bn);
		buf_putf(b, ": %s balance %+.1f against %+.1f before (%lld events in all)\n",
			 d->dyads[i].last, d->dyads[i].last_balance, d->dyads[i].prev_balance,
			 (long long)d->dyads[i].events);
	}
}

static void html_link(struct buf *b, const char *url, const char *text)
{
	if (claim_url(url)) {
		buf_puts(b, "<a href=\"");
		html_escape(b, url);
		buf_puts(b, "\">");
		html_escape(b, text);
		buf_puts(b, "</a>");
	} else {
		html_escape(b, text);
	}
}

static void render_html(const struct digest *d, struct buf *b)
{
	size_t i;
	buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
		    "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
		    "<title>Briefing</title></head>\n<body><main>\n<h1>Briefing since ");
	html_escape(b, d->o->since);
	buf_puts(b, "</h1>\n<h2>Top stories</h2>\n<ul>\n");
	for (i = 0; i < d->nstories; i++) {
		const struct article *a = &d->stories[i]->a;
		char name[128];
		outlet_display(a->source, a->source_url, a->url, name, sizeof(name));
		buf_puts(b, "<li>");
		html_link(b, a->url, a->title);
		buf_puts(b, " — ");
		html_escape(b, name);
		buf_putf(b, ", %.10s", a->published);
		if (a->description) {
			buf_puts(b, "<p>");
			html_escape(b, a->description);
			buf_puts(b, "</p>");
		}
		buf_puts(b, "</li>\n");
	}
	buf_puts(b, "</ul>\n<h2>Key events</h2>\n<ul>\n");
	for (i = 0; i < d->nevents; i++) {
		const struct stored_event *e = d->events[i];
		char who[EVENT_WORDS];
		event_actors(e, who, sizeof(who));
		buf_putf(b, "<li>%+.1f ", e->goldstein);
		html_escape(b, e->date ? e->date : "undated");
		buf_puts(b, " ");
		html_escape(b, who);
		buf_puts(b, "<blockquote>");
		html_escape(b, e->evidence);
		buf_puts(b, "</blockquote>");
		html_link(b, e->url, e->title);
		buf_puts(b, "</li>\n");
	}
	buf_puts(b, "</ul>\n<h2>Relationships that shifted</h2>\n<ul>\n");
	for (i = 0; i < d->ndyads; i++) {
		char an[64], bn[64];
		actor_name(d->dyads[i].a, an, sizeof(an));
		actor_name(d->dyads[i].b, bn, sizeof(bn));
		buf_puts(b, "<li>");
		html_escape(b, an);
		buf_puts(b, " – ");
		html_escape(b, bn);
		buf_putf(b, ": %s balance %+.1f against %+.1f before</li>\n", d->dyads[i].last,
			 d->dyads[i].last_balance, d->dyads[i].prev_balance);
	}
	buf_puts(b, "</ul>\n</main></body></html>\n");
}

static json_t *jstr(const char *s)
{
	return s ? json_string(s) : json_null();
}

static void render_json(const struct digest *d, struct buf *b)
{
	json_t *o = json_object(), *st = json_array(), *ev = json_array(), *dy = json_array();
	char *s;
	size_t i;

	for (i = 0; i < d->nstories; i++) {
		const struct article *a = &d->stories[i]->a;
		char name[128], pub[RFC3339_MAX];
		outlet_display(a->source, a->source_url, a->url, name, sizeof(name));
		web_rfc3339(a->published, pub, sizeof(pub));
		json_array_append_new(st, json_pack("{s:I,s:s,s:o,s:s,s:s,s:I,s:o}", "id",
						    (json_int_t)a->id, "title", a->title, "url",
						    jstr(claim_url(a->url)), "outlet", name,
						    "published", pub, "other_outlets",
						    (json_int_t)d->stories[i]->copies, "summary",
						    jstr(a->description)));
	}
	for (i = 0; i < d->nevents; i++) {
		const struct stored_event *e = d->events[i];
		json_array_append_new(ev, json_pack("{s:s,s:s,s:s,s:f,s:o,s:o,s:I,s:o}", "source",
						    e->source, "target", e->target, "code", e->code,
						    "goldstein", e->goldstein, "date",
						    jstr(e->date), "evidence", jstr(e->evidence),
						    "article_id", (json_int_t)e->article_id,
						    "article_url", jstr(claim_url(e->url))));
	}
	for (i = 0; i < d->ndyads; i++)
		json_array_append_new(dy, json_pack("{s:s,s:s,s:s,s:f,s:f,s:I}", "a", d->dyads[i].a,
						    "b", d->dyads[i].b, "year", d->dyads[i].last,
						    "balance", d->dyads[i].last_balance, "before",
						    d->dyads[i].prev_balance, "events",
						    (json_int_t)d->dyads[i].events));
	json_object_set_new(o, "since", json_string(d->o->since));
	json_object_set_new(o, "actor", jstr(d->o->actor));
	json_object_set_new(o, "top_stories", st);
	json_object_set_new(o, "key_events", ev);
	json_object_set_new(o, "dyads_shifted", dy);
	s = json_dumps(o, JSON_INDENT(2));
	buf_puts(b, s ? s : "{}");
	buf_putc(b, '\n');
	free(s);
	json_decref(o);
}

static void render_atom(const struct digest *d, struct buf *b)
{
	size_t i;
	buf_puts(b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
		    "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>Briefing since ");
	html_escape(b, d->o->since);
	buf_puts(b, "</title>\n<id>tag:brief.invalid,2024:digest/");
	html_escape(b, d->o->since);
	buf_puts(b, "</id>\n<updated>");
	html_escape(b, d->o->now);
	buf_puts(b, "</updated>\n<author><name>brief</name></author>\n");
	for (i = 0; i < d->nstories; i++) {
		const struct article *a = &d->stories[i]->a;
		buf_putf(b, "<entry>\n<id>tag:brief.invalid,2024:article/%lld</id>\n<title>",
			 (long long)a->id);
		html_escape(b, a->title);
		buf_puts(b, "</title>\n");
		if (claim_url(a->url)) {
			buf_puts(b, "<link rel=\"alternate\" href=\"");
			html_escape(b, a->url);
			buf_puts(b, "\"/>\n");
		}
		buf_puts(b, "<updated>");
		html_escape(b, d->o->now);
		buf_puts(b, "</updated>\n<summary type=\"text\">");
		html_escape(b, a->description ? a->description : a->title);
		buf_puts(b, "</summary>\n</entry>\n");
	}
	buf_puts(b, "</feed>\n");
}

int web_digest(struct store *st, const struct web_digest_options *o, struct buf *out,
	       struct error *err)
{
	struct digest d;
	struct search_results l;
	struct stored_event_list ev;
	const struct stored_event *pool[500];
	size_t i, n = 0;
	int r;

	memset(&d, 0, sizeof(d));
	d.o = o;
	if ((r = store_read_begin(st, err)) < 0) {
		store_read_end(st);
		return r;
	}
	if (o->actor) {
		struct article_list al;
		/* an actor's digest: its articles, as stories of one outlet each */
		if ((r = store_actor_latest(st, o->actor, 200, 0, &al, err)) < 0)
			goto end_read;
		memset(&l, 0, sizeof(l));
		l.items = calloc(al.n + 1, sizeof(*l.items));
		if (!l.items) {
			article_list_release(&al);
			r = error_nomem(err);
			goto end_read;
		}
		for (i = 0; i < al.n; i++)
			l.items[i].a = al.items[i];
		l.n = al.n;
		free(al.items);
	} else if ((r = store_latest_groups(st, 500, 0, &l, err)) < 0) {
		goto end_read;
	}
	if ((r = store_events_page(st, o->actor, NULL, 500, 0, &ev, err)) < 0) {
		search_results_release(&l);
		goto end_read;
	}
	{
		const struct search_hit *hits[500] = { NULL };
		size_t nh = 0;
		for (i = 0; i < l.n && nh < 500; i++)
			if (l.items[i].a.published && strcmp(l.items[i].a.published, o->since) >= 0)
				hits[nh++] = &l.items[i];
		qsort(hits, nh, sizeof(hits[0]), cmp_hit);
		for (i = 0; i < nh && i < DIGEST_STORIES; i++)
			d.stories[d.nstories++] = hits[i];
	}
	for (i = 0; i < ev.n && n < 500; i++)
		if (ev.items[i].date &&
		    strncmp(ev.items[i].date, o->since, strlen(ev.items[i].date)) >= 0)
			pool[n++] = &ev.items[i];
	qsort(pool, n, sizeof(pool[0]), cmp_event);
	{
		/* copies of a story and a deed coded both ways round are told once */
		struct event_seen seen[DIGEST_EVENTS];
		size_t nseen = 0;
		for (i = 0; r >= 0 && i < n && d.nevents < DIGEST_EVENTS; i++)
			if ((r = event_first_told(st, seen, &nseen, DIGEST_EVENTS, pool[i], err)) >
			    0)
				d.events[d.nevents++] = pool[i];
	}
	if (r < 0) {
		search_results_release(&l);
		stored_event_list_release(&ev);
		goto end_read;
	}
	if ((r = dyads_top(st, o->actor, 24, &d.dyads, &d.ndyads, err)) < 0) {
		search_results_release(&l);
		stored_event_list_release(&ev);
		goto end_read;
	}
	{
		size_t k = 0;
		dyads_sort_by_move(d.dyads, d.ndyads);
		/* only those whose latest year falls in the period */
		for (i = 0; i < d.ndyads; i++)
			if (d.dyads[i].has_prev && strncmp(d.dyads[i].last, o->since, 4) >= 0 &&
			    k < DIGEST_DYADS)
				d.dyads[k++] = d.dyads[i];
		d.ndyads = k;
	}
	switch (o->format) {
	case DIGEST_HTML: render_html(&d, out); break;
	case DIGEST_JSON: render_json(&d, out); break;
	case DIGEST_ATOM: render_atom(&d, out); break;
	default: render_md(&d, out); break;
	}
	free(d.dyads);
	search_results_release(&l);
	stored_event_list_release(&ev);
end_read:
	store_read_end(st);
	return r;
}
