/*
 * schema.c: the PostgreSQL engine's schema, as numbered steps, applied by
 * pg_open in one transaction each under an advisory lock (several workers
 * may start at once). Steps are append-only, as the SQLite engine's
 * (src/store/sqlite/migrations.c), whose tables these mirror column by column so
 * that `brief migrate` copies rows as they are: dates stay ISO 8601 text.
 */
#include "store/postgres/internal.h"

/* ISO 8601 UTC now, as SQLite's strftime('%Y-%m-%dT%H:%M:%SZ','now') */
#define NOW "(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))"

const char *const pg_migrations[] = {
	/*
	 * 1: the text search configuration, and the tables of the SQLite
	 * engine's steps 1 to 6. "brief" stems English words with Snowball's
	 * English stemmer (Porter's from step 7; no stop words, as FTS5's
	 * porter tokenizer keeps every word) after unaccent, as FTS5's
	 * remove_diacritics does.
	 */
	"CREATE EXTENSION IF NOT EXISTS unaccent;"
	"CREATE TEXT SEARCH DICTIONARY brief_stem (TEMPLATE = snowball, Language = english);"
	"CREATE TEXT SEARCH CONFIGURATION brief (COPY = simple);"
	"ALTER TEXT SEARCH CONFIGURATION brief ALTER MAPPING FOR asciiword, asciihword,"
	"  hword_asciipart, word, hword, hword_part WITH unaccent, brief_stem;"
	"CREATE TABLE sources ("
	"  id bigserial PRIMARY KEY,"
	"  name text NOT NULL,"
	"  url text NOT NULL UNIQUE,"
	"  created text NOT NULL DEFAULT " NOW ");"
	"CREATE TABLE documents ("
	"  id bigserial PRIMARY KEY,"
	"  sha256 text NOT NULL UNIQUE,"
	"  url text,"
	"  content_type text,"
	"  size bigint NOT NULL,"
	"  body bytea NOT NULL," /* the page as one zstd frame (src/store/body.c) */
	"  fetched text NOT NULL DEFAULT " NOW ");"
	"CREATE TABLE articles ("
	"  id bigserial PRIMARY KEY,"
	"  url text NOT NULL UNIQUE,"
	"  source_id bigint REFERENCES sources(id),"
	"  document_id bigint REFERENCES documents(id),"
	"  title text NOT NULL,"
	"  byline text,"
	"  published text,"
	"  modified text,"
	"  language text,"
	"  description text,"
	"  image text,"
	"  text text NOT NULL,"
	"  word_count bigint NOT NULL DEFAULT 0,"
	"  original_name text,"
	"  original_url text,"
	"  added text NOT NULL DEFAULT " NOW ","
	/* the title weighs A, the text B: title: and text: search one of them */
	"  tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('brief', title), 'A') ||"
	"    setweight(to_tsvector('brief', text), 'B')) STORED);"
	"CREATE INDEX articles_published ON articles((coalesce(published, added)) DESC, id DESC);"
	"CREATE INDEX articles_source ON articles(source_id);"
	"CREATE INDEX articles_document ON articles(document_id);"
	"CREATE INDEX articles_url_original ON articles(original_url);"
	"CREATE INDEX articles_tsv ON articles USING gin(tsv);"
	"CREATE TABLE subscriptions ("
	"  id bigserial PRIMARY KEY,"
	"  url text NOT NULL UNIQUE,"
	"  name text,"
	"  kind text NOT NULL DEFAULT 'feed',"
	"  tags text,"
	"  title text,"
	"  allow_private integer NOT NULL DEFAULT 0,"
	"  etag text,"
	"  last_modified text,"
	"  interval_s bigint NOT NULL DEFAULT 3600,"
	"  next_poll bigint NOT NULL DEFAULT 0,"
	"  added text NOT NULL DEFAULT " NOW ","
	"  last_fetch text,"
	"  last_status integer NOT NULL DEFAULT 0,"
	"  last_error text,"
	"  failures bigint NOT NULL DEFAULT 0);"
	"CREATE INDEX subscriptions_due ON subscriptions(next_poll);"
	"CREATE TABLE feed_entries ("
	"  subscription_id bigint NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,"
	"  key text NOT NULL,"
	"  url text,"
	"  article_id bigint REFERENCES articles(id) ON DELETE SET NULL,"
	"  seen text NOT NULL DEFAULT " NOW ","
	"  PRIMARY KEY (subscription_id, key));"
	"CREATE INDEX feed_entries_article ON feed_entries(article_id);"
	"CREATE TABLE fetch_log ("
	"  id bigserial PRIMARY KEY,"
	"  subscription_id bigint NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,"
	"  at text NOT NULL DEFAULT " NOW ","
	"  url text NOT NULL,"
	"  status integer NOT NULL DEFAULT 0,"
	"  bytes bigint NOT NULL DEFAULT 0,"
	"  duration_ms bigint NOT NULL DEFAULT 0,"
	"  new_items bigint NOT NULL DEFAULT 0,"
	"  error text);"
	"CREATE INDEX fetch_log_subscription ON fetch_log(subscription_id, id);"
	/* near-copy fingerprints: keys looked up on a B-tree, by time bucket */
	"CREATE TABLE fingerprints ("
	"  article_id bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
	"  exact bigint NOT NULL,"
	"  words bigint NOT NULL,"
	"  keys bytea NOT NULL,"
	"  sample bytea NOT NULL,"
	"  bucket bigint NOT NULL DEFAULT 0);"
	"CREATE INDEX fingerprints_exact ON fingerprints(exact);"
	"CREATE TABLE fp_keys ("
	"  bucket bigint NOT NULL,"
	"  key bigint NOT NULL,"
	"  article_id bigint NOT NULL,"
	"  PRIMARY KEY (bucket, key, article_id));"
	"CREATE TABLE syndication ("
	"  article_id bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
	"  group_id bigint NOT NULL,"
	"  similarity double precision);"
	"CREATE INDEX syndication_group ON syndication(group_id);"
	"CREATE TABLE tags ("
	"  article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  tag text NOT NULL,"
	"  PRIMARY KEY (article_id, tag));"
	"CREATE INDEX tags_tag ON tags(lower(tag));"
	"CREATE TABLE article_actors ("
	"  article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  actor text NOT NULL,"
	"  PRIMARY KEY (article_id, actor));"
	"CREATE INDEX article_actors_actor ON article_actors(actor text_pattern_ops);"
	"CREATE TABLE events ("
	"  id bigserial PRIMARY KEY,"
	"  article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  sentence integer NOT NULL DEFAULT 0,"
	"  source text NOT NULL,"
	"  source_text text,"
	"  target text NOT NULL,"
	"  target_text text,"
	"  code text NOT NULL,"
	"  root text NOT NULL,"
	"  goldstein double precision NOT NULL,"
	"  quad integer NOT NULL,"
	"  plover text,"
	"  mode text,"
	"  date text,"
	"  date_end text,"
	"  date_precision text,"
	"  negated integer NOT NULL DEFAULT 0,"
	"  modality text NOT NULL DEFAULT 'asserted',"
	"  evidence text,"
	"  verb text,"
	"  pattern text);"
	"CREATE INDEX events_article ON events(article_id);"
	"CREATE INDEX events_source ON events(source text_pattern_ops, date);"
	"CREATE INDEX events_target ON events(target text_pattern_ops, date);"
	"CREATE INDEX events_date ON events(date);",
	/*
	 * 2: the job queue. A job is waiting, running (leased to a worker
	 * until lease_until), done or failed; (kind, arg) is unique, so that
	 * queueing the same work twice queues it once. The partial index
	 * holds only the jobs still to do, which workers scan.
	 */
	"CREATE TABLE jobs ("
	"  id bigserial PRIMARY KEY,"
	"  kind text NOT NULL,"
	"  arg text NOT NULL,"
	"  label text,"
	"  state text NOT NULL DEFAULT 'waiting'"
	"    CHECK (state IN ('waiting', 'running', 'done', 'failed')),"
	"  attempts integer NOT NULL DEFAULT 0,"
	"  max_attempts integer NOT NULL DEFAULT 3,"
	"  worker text,"
	"  lease_until timestamptz,"
	"  run_after timestamptz NOT NULL DEFAULT now(),"
	"  error text,"
	"  added timestamptz NOT NULL DEFAULT now(),"
	"  finished timestamptz,"
	"  UNIQUE (kind, arg));"
	"CREATE INDEX jobs_todo ON jobs(id) WHERE state IN ('waiting', 'running');",
	/*
	 * 3: document frequencies of the index's terms, which related news
	 * and key terms weigh terms by (store_term_stats_refresh fills them
	 * from ts_stat), as the SQLite engine's term_df.
	 */
	("CREATE TABLE term_df (term text PRIMARY KEY, df bigint NOT NULL);"
	 "CREATE TABLE term_df_meta (id integer PRIMARY KEY CHECK (id = 1), docs bigint NOT "
	 "NULL);"),
	/*
	 * 4: related news computed as articles arrive (related.c), as the
	 * SQLite engine's step 8: each article's list, and the articles whose
	 * list is computed (it may be empty).
	 */
	("CREATE TABLE related (article_id bigint NOT NULL, other_id bigint NOT NULL, "
	 "score double precision NOT NULL, PRIMARY KEY (article_id, other_id));"
	 "CREATE TABLE related_done (article_id bigint PRIMARY KEY);"),
	/*
	 * 5: key terms kept for clustering stories (related.c), as the SQLite
	 * engine's step 9, in store_terms_encode's text.
	 */
	"CREATE TABLE story_terms (article_id bigint PRIMARY KEY, terms text NOT NULL);",
	/*
	 * 6: an article's tsvector stays in its row (compressed if that
	 * pays), where PostgreSQL would move it out of line with the text:
	 * ranking a match (search, related news) then reads it from the page
	 * the row is on, not from TOAST once a call, which cost more than the
	 * ranking itself. The text goes out of line instead. Rows written
	 * before keep their place until they are written again.
	 */
	"ALTER TABLE articles ALTER COLUMN tsv SET STORAGE MAIN;",
	/*
	 * 7: what related news needs to rank as the SQLite engine's FTS5 does
	 * (related.c). Words stem with the Porter stemmer, which FTS5's porter
	 * tokenizer runs, not Snowball's English one ("news" stays "news"
	 * there, "new" in FTS5), and the rows written before are indexed again
	 * (an update computes the tsvector anew); the statistics are taken
	 * again. Each article's length in tokens as FTS5's unicode61 tokenizer
	 * counts them, runs of letters and digits (the tsvector's positions
	 * count a hyphenated word once whole and once a part), and the total
	 * beside the document count the statistics were taken at.
	 */
	"ALTER TEXT SEARCH DICTIONARY brief_stem (Language = porter);"
	"CREATE FUNCTION brief_tokens(t text) RETURNS bigint LANGUAGE sql IMMUTABLE "
	"PARALLEL SAFE AS $$ SELECT count(*) FROM regexp_matches(t, "
	"'[0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02ff"
	"\\u0370-\\u1fff\\u2c00-\\u2dff\\u3040-\\ud7ff\\uf900-\\ufdff\\ufe70-\\ufefe"
	"\\uff10-\\uffdc]+', 'g') $$;"
	"ALTER TABLE articles ADD COLUMN tokens bigint GENERATED ALWAYS AS "
	"(brief_tokens(title) + brief_tokens(text)) STORED;"
	"ALTER TABLE term_df_meta ADD COLUMN tokens bigint NOT NULL DEFAULT 0;"
	"UPDATE articles SET title = title;"
	"DELETE FROM term_df; DELETE FROM term_df_meta;",
	/*
	 * 8: the token count is brief's to give (pg_text_tokens, the same
	 * ranges as the regular expression of step 7): that expression costs
	 * the server most of what the row's tsvector does, where brief counts
	 * cheaply, in the worker that stores the article or in brief migrate.
	 * The rows keep the counts they have.
	 */
	"ALTER TABLE articles ALTER COLUMN tokens DROP EXPRESSION;"
	"DROP FUNCTION brief_tokens(text);",
	/*
	 * 9: postings, from which related news ranks its candidates by BM25
	 * (related.c) without reading their rows: a row a term of an article
	 * (the lexemes weigh_terms weighs: letters and digits, 3 to 40 bytes),
	 * its frequency with the title's occurrences counted three times, and
	 * the article's length in tokens, all in the index: index-only scans,
	 * which read the heap where the visibility map does not say a page is
	 * all visible, so autovacuum sets it after every 1% of new rows, not
	 * the default 20%.
	 * A trigger keeps them equal to the articles' tsvectors as rows are
	 * inserted, updated or deleted; the rows written before are filled
	 * here. brief migrate fills them at once after its COPY (import.c).
	 */
	"CREATE TABLE postings ("
	"  term text NOT NULL,"
	"  article_id bigint NOT NULL,"
	"  tf smallint NOT NULL,"
	"  tokens integer NOT NULL) WITH (autovacuum_vacuum_insert_scale_factor = 0.01);"
	"CREATE FUNCTION brief_postings() RETURNS trigger LANGUAGE plpgsql AS " PG_POSTINGS_TRIGGER
	"CREATE TRIGGER articles_postings AFTER INSERT OR DELETE ON articles"
	"  FOR EACH ROW EXECUTE FUNCTION brief_postings();"
	"CREATE TRIGGER articles_postings_update AFTER UPDATE ON articles FOR EACH ROW"
	"  WHEN (OLD.tsv IS DISTINCT FROM NEW.tsv OR OLD.tokens IS DISTINCT FROM NEW.tokens"
	"    OR OLD.id <> NEW.id) EXECUTE FUNCTION brief_postings();"
	"INSERT INTO postings (term, article_id, tf, tokens) " PG_POSTINGS_ALL ";"
	"CREATE UNIQUE INDEX postings_term ON postings(term, article_id) INCLUDE (tf, tokens);",
	/*
	 * 10: the trigger counts a term's frequency with array functions, not
	 * a subquery over its weights a lexeme: the same counts for less CPU
	 * (most of the trigger's cost is the postings' index, a leaf a term).
	 */
	"CREATE OR REPLACE FUNCTION brief_postings() RETURNS trigger LANGUAGE plpgsql "
	"AS " PG_POSTINGS_TRIGGER,
	/*
	 * 11: the outlet's name of an article with no outlet row (a local
	 * page: no http URL to key one by), as the page names its site
	 */
	"ALTER TABLE articles ADD COLUMN site_name text;",
};

const size_t pg_migrations_count = sizeof(pg_migrations) / sizeof(pg_migrations[0]);
