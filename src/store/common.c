/*
 * common.c: steps every engine takes alike around its own statements
 * (engine.h): the head of related news' candidates, the start of the
 * statement that filters a set of ids, the filters of an event query, and
 * the form a subscription is looked up by.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/engine.h"
#include "util/buf.h"
#include "util/url.h"

#include "util/banned.h"

int store_related_head(struct store *st, int64_t article_id, const struct article *self,
		       struct related_candidates *out, struct error *err)
{
	int r;
	if ((r = store_group_of(st, article_id, &out->group_id, err)) < 0)
		return r;
	if (!out->group_id)
		out->group_id = article_id;
	if (self->published ? !(out->when = strdup(self->published))
			    : self->added && !(out->when = strdup(self->added)))
		return error_nomem(err);
	return 0;
}

void store_sql_ids_in(struct buf *sql, const int64_t *ids, size_t n)
{
	size_t i;
	buf_puts(sql, "SELECT a.id FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
		      "WHERE a.id IN (");
	for (i = 0; i < n; i++)
		buf_putf(sql, "%s%lld", i ? "," : "", (long long)ids[i]);
	buf_puts(sql, ")");
}

size_t store_sql_event_filter(char *sql, size_t size, size_t o, const struct event_filter *f,
			      char mark)
{
	const char m = mark;
	if (f->actor)
		o += (size_t)snprintf(sql + o, size - o,
				      " AND ((e.source >= %c1 AND e.source < %c2) OR"
				      " (e.target >= %c1 AND e.target < %c2))",
				      m, m, m, m);
	if (f->dyad_a && f->dyad_b)
		o += (size_t)snprintf(
			sql + o, size - o,
			" AND ((e.source >= %c3 AND e.source < %c4 AND e.target >= %c5 AND"
			" e.target < %c6) OR (e.source >= %c5 AND e.source < %c6 AND"
			" e.target >= %c3 AND e.target < %c4))",
			m, m, m, m, m, m, m, m);
	if (f->since)
		o += (size_t)snprintf(sql + o, size - o, " AND e.date >= %c7", m);
	if (f->until)
		o += (size_t)snprintf(sql + o, size - o, " AND e.date <= %c8 || '~'", m);
	if (!f->include_unreal)
		o += (size_t)snprintf(
			sql + o, size - o,
			" AND e.negated = 0 AND e.modality IN ('asserted', 'future')");
	if (f->first_told)
		o += (size_t)snprintf(sql + o, size - o, "%s", STORE_EVENT_FIRST_TOLD);
	return o;
}

int store_subscription_key(struct buf *norm, const char *key, struct error *err)
{
	int r;
	/* a key that is not a URL (a name, an id) is looked up as given */
	if ((r = url_normalize(norm, key)) < 0 && r != -ERR_NOMEM) {
		buf_reset(norm);
		buf_puts(norm, key);
		r = buf_error(norm);
	}
	if (r < 0) {
		buf_release(norm);
		return error_nomem(err);
	}
	return 0;
}
