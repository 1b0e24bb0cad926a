/*
 * events.c: writing an article's coded events on PostgreSQL
 * (store_events_replace): its rows in `events` and the actors it names in
 * `article_actors`, replaced as a whole, as the SQLite engine does. The
 * reads are engine.c's and site.c's.
 */
#include "store/postgres/internal.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/coder.h"
#include "analyse/dates.h"
#include "util/buf.h"

#include "util/banned.h"

static const char events_del_sql[] = "DELETE FROM events WHERE article_id = $1";
static const char events_ins_sql[] =
	"INSERT INTO events (article_id, sentence, source, source_text, target, target_text, code,"
	" root, goldstein, quad, plover, mode, date, date_end, date_precision, negated, modality,"
	" evidence, verb, pattern) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,"
	"$17,$18,$19,$20)";
static const char actors_del_sql[] = "DELETE FROM article_actors WHERE article_id = $1";
/* every actor in one statement: a text[] of them, each row once */
static const char actors_ins_sql[] =
	"INSERT INTO article_actors(article_id, actor) SELECT DISTINCT $1::bigint, a FROM "
	"unnest($2::text[]) a ON CONFLICT DO NOTHING";

/* A span of `text` as a heap string (NULL without text); *oom set when it fails. */
static char *span(const char *text, uint32_t off, uint32_t len, int *oom)
{
	char *s;
	if (!text)
		return NULL;
	if (!(s = malloc((size_t)len + 1))) {
		*oom = 1;
		return NULL;
	}
	memcpy(s, text + off, len);
	s[len] = 0;
	return s;
}

/* Run a cached statement whose result is not read; 0 or a negative code. */
static MUST_CHECK int run(struct pg_store *st, const char *sql, int n, const char *const *v,
			  struct error *err)
{
	PGresult *res = pg_cached(st, sql, n, v, NULL, NULL, err);
	if (!res)
		return -ERR_DB;
	PQclear(res);
	return 0;
}

static MUST_CHECK int insert_events(struct pg_store *st, const char *ids,
				    const struct event_list *ev, const char *text,
				    struct error *err)
{
	size_t i;
	int r = 0;

	for (i = 0; ev && i < ev->n && !r; i++) {
		const struct event *e = &ev->v[i];
		char date[16], end[16], sentence[16], gold[40], quad[16], neg[8];
		char *evidence, *verb;
		const char *v[20];
		int oom = 0;
		date_format(&e->date, date, sizeof(date));
		if (e->date.y2)
			snprintf(end, sizeof(end), "%04d", e->date.y2);
		else
			end[0] = 0;
		snprintf(sentence, sizeof(sentence), "%u", (unsigned)e->sentence);
		snprintf(gold, sizeof(gold), "%.17g", e->goldstein);
		snprintf(quad, sizeof(quad), "%d", e->quad);
		snprintf(neg, sizeof(neg), "%d", e->negated);
		evidence = span(text, e->s_off, e->s_len, &oom);
		verb = span(text, e->v_off, e->v_len, &oom);
		if (oom) {
			free(evidence);
			free(verb);
			return error_nomem(err);
		}
		v[0] = ids;
		v[1] = sentence;
		v[2] = e->source;
		v[3] = e->source_text;
		v[4] = e->target;
		v[5] = e->target_text;
		v[6] = e->code;
		v[7] = e->root;
		v[8] = gold;
		v[9] = quad;
		v[10] = e->plover && *e->plover ? e->plover : NULL;
		v[11] = e->mode && *e->mode ? e->mode : NULL;
		v[12] = date[0] ? date : NULL;
		v[13] = end[0] ? end : NULL;
		v[14] = date[0] ? date_prec_name(e->date.prec) : NULL;
		v[15] = neg;
		v[16] = modality_name(e->modality);
		v[17] = evidence;
		v[18] = verb;
		v[19] = e->pattern;
		r = run(st, events_ins_sql, 20, v, err);
		free(evidence);
		free(verb);
	}
	return r;
}

int pg_events_replace(struct store *base, int64_t article_id, const struct event_list *ev,
		      const char *text, struct error *err)
{
	struct pg_store *st = (struct pg_store *)base;
	char ids[24];
	const char *v[2] = { ids, NULL };
	struct buf actors = BUF_INIT;
	size_t i;
	int r, own = 0;

	snprintf(ids, sizeof(ids), "%" PRId64, article_id);
	/* its own transaction when alone, else part of the caller's */
	if (!st->in_batch) {
		if (pg_exec(st, "BEGIN", err) < 0)
			return -ERR_DB;
		own = 1;
	}
	if ((r = run(st, events_del_sql, 1, v, err)) < 0 ||
	    (r = insert_events(st, ids, ev, text, err)) < 0 ||
	    (r = run(st, actors_del_sql, 1, v, err)) < 0)
		goto fail;
	/* the actors an article names, for search's actor: filter, as an array literal */
	buf_putc(&actors, '{');
	for (i = 0; ev && i < ev->n; i++) {
		const char *who[2] = { ev->v[i].source, ev->v[i].target };
		int k;
		for (k = 0; k < 2; k++) {
			const char *c;
			if (!who[k] || !*who[k])
				continue;
			buf_puts(&actors, actors.len > 1 ? ",\"" : "\"");
			for (c = who[k]; *c; c++) {
				if (*c == '"' || *c == '\\')
					buf_putc(&actors, '\\');
				buf_putc(&actors, *c);
			}
			buf_putc(&actors, '"');
		}
	}
	buf_putc(&actors, '}');
	if (buf_error(&actors)) {
		r = error_nomem(err);
		goto fail;
	}
	v[1] = actors.data;
	if (actors.len > 2 && (r = run(st, actors_ins_sql, 2, v, err)) < 0)
		goto fail;
	buf_release(&actors);
	if (own && pg_exec(st, "COMMIT", err) < 0)
		return -ERR_DB;
	return 0;
fail:
	buf_release(&actors);
	if (own)
		pg_abandon(st);
	return r;
}
