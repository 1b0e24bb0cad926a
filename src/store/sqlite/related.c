/*
 * related.c: related news kept ahead of reading (schema step 8). The
 * lists are computed when articles arrive (corpus/related.c decides what
 * goes in); an article page reads its list with one indexed statement
 * instead of running a full-text query over the article's terms.
 */
#include <stdlib.h>
#include <string.h>

#include "store/sqlite/internal.h"
#include "util/array.h"

#include "util/banned.h"

/* Schema step 8 (IF NOT EXISTS: a test may replay the steps after 5 on a newer file). */
const char store_schema_related[] =
	/* article_id's list: other_id a group original, score its relevance */
	"CREATE TABLE IF NOT EXISTS related ("
	"  article_id INTEGER NOT NULL,"
	"  other_id INTEGER NOT NULL,"
	"  score REAL NOT NULL,"
	"  PRIMARY KEY (article_id, other_id)"
	") WITHOUT ROWID;"
	/* the articles whose list is computed (it may be empty) */
	"CREATE TABLE IF NOT EXISTS related_done (article_id INTEGER PRIMARY KEY);";

/* The ids that sql (one parameter: the limit) gives, in its order. */
static MUST_CHECK int pending_ids(struct sq_store *st, const char *sql, size_t limit,
				  const char *what, int64_t **ids, size_t *n, struct error *err)
{
	sqlite3_stmt *s;

	*ids = NULL;
	*n = 0;
	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, (sqlite3_int64)limit);
	return sq_collect_ids(st, s, ids, n, what, err);
}

int sqlite_related_pending(struct store *base, size_t limit, int64_t **ids, size_t *n,
			   struct error *err)
{
	static const char sql[] = "SELECT a.id FROM articles a WHERE NOT EXISTS "
				  "(SELECT 1 FROM related_done d WHERE d.article_id = a.id) "
				  "ORDER BY a.id LIMIT ?";

	return pending_ids(sq_store_of(base), sql, limit, "listing articles without related news",
			   ids, n, err);
}

int sqlite_related_put(struct store *base, int64_t article_id, const struct related_item *items,
		       size_t n, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char del_sql[] = "DELETE FROM related WHERE article_id = ?";
	static const char ins_sql[] = "INSERT OR IGNORE INTO related (article_id, other_id, score) "
				      "VALUES (?, ?, ?)";
	static const char done_sql[] = "INSERT OR IGNORE INTO related_done (article_id) VALUES (?)";
	sqlite3_stmt *s;
	size_t i;
	int own_txn = 0, r = 0;

	if (sqlite3_get_autocommit(st->db)) {
		if (sq_begin(st, err) < 0)
			return -ERR_DB;
		own_txn = 1;
	}
	if (sq_cached(st, del_sql, &s, err) < 0) {
		r = -ERR_DB;
		goto out;
	}
	sqlite3_bind_int64(s, 1, article_id);
	if (sqlite3_step(s) != SQLITE_DONE)
		r = sq_db_error(st, err, "replacing related news");
	sq_done(s);
	if (r)
		goto out;
	if (sq_cached(st, ins_sql, &s, err) < 0) {
		r = -ERR_DB;
		goto out;
	}
	for (i = 0; i < n && !r; i++) {
		if (items[i].id == article_id)
			continue;
		sqlite3_bind_int64(s, 1, article_id);
		sqlite3_bind_int64(s, 2, items[i].id);
		sqlite3_bind_double(s, 3, items[i].score);
		if (sqlite3_step(s) != SQLITE_DONE)
			r = sq_db_error(st, err, "storing related news");
		sqlite3_reset(s);
	}
	sq_done(s);
	if (r)
		goto out;
	if (sq_cached(st, done_sql, &s, err) < 0) {
		r = -ERR_DB;
		goto out;
	}
	sqlite3_bind_int64(s, 1, article_id);
	if (sqlite3_step(s) != SQLITE_DONE)
		r = sq_db_error(st, err, "storing related news");
	sq_done(s);
out:
	if (own_txn) {
		if (!r && sq_exec(st, "COMMIT", err) < 0)
			r = -ERR_DB;
		if (r)
			sq_abandon(st, "ROLLBACK");
	}
	return r;
}

int sqlite_related_stored(struct store *base, int64_t article_id, size_t limit,
			  struct search_results *out, struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char done_sql[] = "SELECT 1 FROM related_done WHERE article_id = ?";
	/* the columns of sq_row_to_article without the text, then the score and copies */
	static const char sql[] =
		"SELECT a.id, a.url, coalesce(s.name, a.site_name), s.url, a.title, a.byline, "
		"a.published, a.modified, "
		"a.language, a.description, a.image, NULL, a.original_name, a.original_url, "
		"NULL, a.added, a.word_count, r.score, "
		"(SELECT count(*) FROM syndication y WHERE y.group_id = a.id) "
		"FROM related r JOIN articles a ON a.id = r.other_id "
		"LEFT JOIN sources s ON s.id = a.source_id "
		"WHERE r.article_id = ? ORDER BY r.score DESC, r.other_id LIMIT ?";
	sqlite3_stmt *s;
	size_t alloc = 0;
	int r = 0, rc, done;

	memset(out, 0, sizeof(*out));
	if (sq_cached(st, done_sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, article_id);
	rc = sqlite3_step(s);
	done = rc == SQLITE_ROW;
	sq_done(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return sq_db_error(st, err, "reading related news");
	if (!done)
		return error_set(err, ERR_NOTFOUND, "related news of article %lld not computed",
				 (long long)article_id);
	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, article_id);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)limit);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct search_hit *h;
		int64_t members;
		if (ARRAY_GROW(out->items, out->n, alloc) < 0) {
			r = error_nomem(err);
			break;
		}
		h = &out->items[out->n];
		memset(h, 0, sizeof(*h));
		sq_row_to_article(s, &h->a);
		out->n++;
		if (sq_copies_failed()) {
			r = error_nomem(err);
			break;
		}
		h->matched_id = h->a.id;
		h->score = -sqlite3_column_double(s, 17);
		members = sqlite3_column_int64(s, 18);
		h->copies = members > 1 ? (size_t)(members - 1) : 0;
	}
	if (!r && rc != SQLITE_DONE)
		r = sq_db_error(st, err, "reading related news");
	sq_done(s);
	out->total = out->n;
	if (r)
		search_results_release(out);
	return r;
}

/* ---- key terms kept for stories (schema step 9) ---- */

const char store_schema_story_terms[] =
	/* an article's key terms as store_terms_encode writes them */
	"CREATE TABLE IF NOT EXISTS story_terms ("
	"  article_id INTEGER PRIMARY KEY,"
	"  terms TEXT NOT NULL"
	");";

int sqlite_story_terms_pending(struct store *base, size_t limit, int64_t **ids, size_t *n,
			       struct error *err)
{
	static const char sql[] = "SELECT a.id FROM articles a WHERE NOT EXISTS "
				  "(SELECT 1 FROM story_terms t WHERE t.article_id = a.id) "
				  "ORDER BY a.id LIMIT ?";

	return pending_ids(sq_store_of(base), sql, limit, "listing articles without key terms", ids,
			   n, err);
}

int sqlite_story_terms_put(struct store *base, int64_t article_id, const struct key_terms *kt,
			   struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	static const char sql[] = "INSERT OR REPLACE INTO story_terms (article_id, terms) "
				  "VALUES (?, ?)";
	sqlite3_stmt *s;
	char *text;
	int r = 0;

	if ((r = store_terms_encode(kt, &text, err)) < 0)
		return r;
	if (sq_cached(st, sql, &s, err) < 0) {
		free(text);
		return -ERR_DB;
	}
	sqlite3_bind_int64(s, 1, article_id);
	sq_bind_text(s, 2, text);
	if (sqlite3_step(s) != SQLITE_DONE)
		r = sq_db_error(st, err, "storing key terms");
	sq_done(s);
	free(text);
	return r;
}

int sqlite_story_terms_get(struct store *base, int64_t article_id, struct key_terms *out,
			   struct error *err)
{
	struct sq_store *st = sq_store_of(base);
	/* the date and outlet as sqlite_key_terms gives them */
	static const char sql[] = "SELECT t.terms, coalesce(a.published, a.added), s.name "
				  "FROM story_terms t JOIN articles a ON a.id = t.article_id "
				  "LEFT JOIN sources s ON s.id = a.source_id "
				  "WHERE t.article_id = ?";
	sqlite3_stmt *s;
	const char *when, *name;
	int r, rc;

	memset(out, 0, sizeof(*out));
	if (sq_cached(st, sql, &s, err) < 0)
		return -ERR_DB;
	sqlite3_bind_int64(s, 1, article_id);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sq_done(s);
		if (rc != SQLITE_DONE)
			return sq_db_error(st, err, "reading key terms");
		return error_set(err, ERR_NOTFOUND, "key terms of article %lld not stored",
				 (long long)article_id);
	}
	r = store_terms_decode((const char *)sqlite3_column_text(s, 0)
				       ? (const char *)sqlite3_column_text(s, 0)
				       : "",
			       out, err);
	when = (const char *)sqlite3_column_text(s, 1);
	name = (const char *)sqlite3_column_text(s, 2);
	if (!r && ((when && !(out->published = strdup(when))) ||
		   (name && !(out->source = strdup(name))))) {
		key_terms_release(out);
		r = error_nomem(err);
	}
	sq_done(s);
	return r;
}
