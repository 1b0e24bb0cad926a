#include "store/engine.h"
#include "store/sqlite/migrations.h"

const char *const store_migrations[] = {
	/* 1: sources, raw documents, articles and their full-text index */
	"CREATE TABLE sources ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL,"
	"  url TEXT NOT NULL UNIQUE,"
	"  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))"
	");"
	"CREATE TABLE documents ("
	"  id INTEGER PRIMARY KEY,"
	"  sha256 TEXT NOT NULL UNIQUE,"
	"  url TEXT,"
	"  content_type TEXT,"
	"  size INTEGER NOT NULL,"
	"  body BLOB NOT NULL," /* raw bytes as one zstd frame; zlib before (body.c) */
	"  fetched TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))"
	");"
	"CREATE TABLE articles ("
	"  id INTEGER PRIMARY KEY,"
	"  url TEXT NOT NULL UNIQUE,"
	"  source_id INTEGER REFERENCES sources(id),"
	"  document_id INTEGER REFERENCES documents(id),"
	"  title TEXT NOT NULL,"
	"  byline TEXT,"
	"  published TEXT,"
	"  modified TEXT,"
	"  language TEXT,"
	"  description TEXT,"
	"  image TEXT,"
	"  text TEXT NOT NULL,"
	"  word_count INTEGER NOT NULL DEFAULT 0,"
	"  original_name TEXT,"
	"  original_url TEXT,"
	"  added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))"
	");"
	"CREATE INDEX articles_published ON articles(coalesce(published, added) DESC);"
	"CREATE INDEX articles_source ON articles(source_id);"
	"CREATE INDEX articles_document ON articles(document_id);"
	"CREATE VIRTUAL TABLE articles_fts USING fts5("
	"  title, text, content='articles', content_rowid='id',"
	"  tokenize='porter unicode61 remove_diacritics 2');"
	/*
	 * No triggers keep articles_fts in step: a write through a trigger
	 * makes a statement savepoint, at which SQLite 3.40's FTS5 flushes its
	 * pending terms, making every article an index segment of its own.
	 * Step 6 moves the index to a file of its own (index.c).
	 */
	"",
	store_schema_sources, /* 2 */
	store_schema_search,  /* 3 */
	store_schema_events,  /* 4 */
	/*
	 * 5: near-copy keys filed under a time bucket (groups.c says why);
	 * store_fp_rekey refiles the keys of the fingerprints already stored.
	 */
	"DROP TABLE fp_keys;"
	"CREATE TABLE fp_keys ("
	"  bucket INTEGER NOT NULL,"
	"  key INTEGER NOT NULL,"
	"  article_id INTEGER NOT NULL,"
	"  PRIMARY KEY (bucket, key, article_id)"
	") WITHOUT ROWID;"
	"ALTER TABLE fingerprints ADD COLUMN bucket INTEGER NOT NULL DEFAULT 0;",
	/*
	 * 6: the full-text index moves to a file of its own, written by a
	 * thread of its own (index.c says why and how). main keeps the log
	 * the index is brought up to date from; the new file is built from
	 * the articles when the store is opened.
	 */
	"DROP TABLE articles_vocab;"
	"DROP TABLE articles_fts;"
	"CREATE TABLE search_log ("
	"  seq INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL,"
	"  old_title TEXT," /* an update's old values, which FTS5 needs to remove */
	"  old_text TEXT"
	");"
	"CREATE INDEX search_log_article ON search_log(article_id, seq);",
	/*
	 * 7: newest first with undated articles last (SQ_NEWEST_FIRST): an
	 * undated page's only date is when it was stored, which put it ahead
	 * of every dated story.
	 */
	"CREATE INDEX IF NOT EXISTS articles_newest ON articles(published IS NULL, "
	"coalesce(published, added) DESC, "
	"id DESC);",
	/* 8: related news computed as articles arrive (related.c) */
	store_schema_related,
	/* 9: key terms kept for clustering stories (related.c) */
	store_schema_story_terms,
	/*
	 * 10: the outlet's name of an article with no outlet row (a local
	 * page: no http URL to key one by), as the page names its site
	 */
	"ALTER TABLE articles ADD COLUMN site_name TEXT;",
};

const size_t store_migrations_count = sizeof(store_migrations) / sizeof(store_migrations[0]);

_Static_assert(sizeof(store_migrations) / sizeof(store_migrations[0]) == STORE_SCHEMA_LATEST,
	       "SQLite's steps are STORE_SCHEMA_LATEST (store/engine.h)");
