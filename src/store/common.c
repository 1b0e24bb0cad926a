/*
 * common.c: steps every engine takes alike around its own statements
 * (engine.h): the head of related news' candidates, and the start of the
 * statement that filters a set of ids.
 */
#include <stdlib.h>
#include <string.h>

#include "store/engine.h"
#include "util/buf.h"

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
