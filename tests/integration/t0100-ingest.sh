#!/bin/sh
# ingest, list, show, db check on a temporary database.
. "$SRCDIR/tests/lib.sh"
F="$SRCDIR/tests/fixtures/pages"

out=$(brief ingest "$F" 2>&1)
is "ingest of a directory exits 0" "$?" 0
like "ingest summary counts 3 added" "$out" 'ingested 3 pages: 3 added, 0 updated, 0 unchanged, 0 failed'
out=$(brief list)
is "list shows 3 articles" "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 3
is "list -n 0 lists none, and says nothing of an empty database" "$(brief list -n 0 2>&1)" ""
pos_2025=$(printf '%s\n' "$out" | grep -n 'Border market reopens' | cut -d: -f1)
pos_2024=$(printf '%s\n' "$out" | grep -n 'river quotas' | cut -d: -f1)
[ "$pos_2025" -lt "$pos_2024" ]; _report $? "newest first: the 2025 story before the 2024 one"
undated=$(printf '%s\n' "$out" | tail -1)
like "an undated page comes after the dated ones" "$undated" '^[0-9]+	-	odd-titles'
like "an empty page is reported" "$(brief ingest "$F/../extract/empty.html" 2>&1; true)" 'empty.html: (empty page|not an article)'
like "a section front is not stored as an article" "$(brief ingest "$F/../extract/non-article.html" 2>&1; true)" 'non-article.html: not an article: a listing page \([0-9]+ words'

like "list shows the outlet from og:site_name" "$out" 'Valley Courier'
unlike "title has no site-name suffix" "$out" '\| Valley Courier'

out=$(brief ingest "$F" 2>&1)
like "re-ingest changes nothing" "$out" '3 unchanged, 0 failed'
is "still 3 articles after re-ingest" "$(brief list | wc -l | tr -d ' ')" 3
cp "$F/water-talks.html" "$TMP/copy.html"
out=$(brief ingest "$TMP/copy.html" 2>&1)
like "the same page under another path is not duplicated" "$out" '1 unchanged'
# a directory walk takes feeds named .xml, and -v names each file it leaves
# out: a tree laid out as the demo is (its feeds of three kinds, pages in a
# folder per outlet, the manifest and a README), small feeds in it
W="$TMP/demo"
mkdir -p "$W/feeds" "$W/pages/valley-courier.example.org"
cp "$SRCDIR/demo/MANIFEST.tsv" "$SRCDIR/demo/README.md" "$W/"
cp "$F/../feeds/rss2.xml" "$W/feeds/valley-rss2.xml"
cp "$F/../feeds/atom.xml" "$W/feeds/valley-atom.xml"
cp "$F/../feeds/rss1.rdf" "$W/feeds/valley-rss1.rdf.xml"
cp "$F/water-talks.html" "$F/border-market.html" "$W/pages/valley-courier.example.org/"
out=$("$BRIEF" --db "$TMP/walk.db" -v ingest --no-fetch "$W" 2>&1)
like "a demo-like directory: its .xml feeds are read" "$out" 'feeds/valley-rss2.xml: https://[^ ]*: stored'
like "... and its pages" "$out" 'pages/[^ ]*\.html: stored'
unlike "... no feed file is left out" "$out" 'feeds/.*skipped'
like "-v: a file of no known kind is named as skipped" "$out" 'MANIFEST.tsv: skipped: not a page, feed'
out=$("$BRIEF" --db "$TMP/walk.db" ingest --no-fetch "$W" 2>&1)
unlike "... and not without -v" "$out" 'skipped'
# a page with no URL of its own is keyed by its path: the same bytes from
# another path, compressed or copied, are still one article
mkdir "$TMP/nc"
sed 's/<link rel="canonical"[^>]*>//; s/<meta property="og:url"[^>]*>//' "$F/water-talks.html" >"$TMP/nc/page.html"
gzip -c "$TMP/nc/page.html" >"$TMP/nc/page.html.gz"
cp "$TMP/nc/page.html" "$TMP/nc/again.html"
out=$("$BRIEF" --db "$TMP/nc.db" ingest "$TMP/nc/page.html" "$TMP/nc/page.html.gz" "$TMP/nc/again.html" 2>&1)
like "X.html, X.html.gz and a copy: one added, two unchanged" "$out" '1 added, 0 updated, 2 unchanged'
is "... one article, keyed by the first path" "$(sqlite3 "$TMP/nc.db" 'SELECT url FROM articles')" "file://$TMP/nc/page.html"

# a changed page at the same canonical URL updates the article
sed 's/third such meeting/fourth such meeting/' "$F/water-talks.html" >"$TMP/changed.html"
out=$(brief ingest "$TMP/changed.html" 2>&1)
like "changed page updates its article" "$out" '1 updated'
list=$(brief list)
is "... and still 3 articles" "$(printf '%s\n' "$list" | wc -l | tr -d ' ')" 3

id=$(printf '%s\n' "$list" | grep 'river quotas' | cut -f1)
out=$(brief show "$id")
like "show prints the title first" "$(printf '%s\n' "$out" | head -1)" '^Negotiators meet again over river quotas$'
like "show prints the canonical URL" "$out" 'URL: +https://valley-courier.example.org/2024/03/river-quotas'
like "show prints the updated text" "$out" 'fourth such meeting'
unlike "text has no navigation" "$out" 'Home.*World.*Region'
unlike "text has no related-news block" "$out" 'Dam opens new spillway'
unlike "text has no footer" "$out" 'All rights reserved'
err=$(brief show 999 2>&1)
is "show of a missing id fails with 1" "$?" 1
like "missing id error" "$err" '^brief: show: no article 999'
fails "show of a non-number is a usage error" 2 brief show abc

# bad input: counted, reported, and stored articles kept
printf '\x00\x01\x02garbage' >"$TMP/bad.html"
: >"$TMP/empty.html"
out=$(brief ingest "$TMP/bad.html" "$TMP/empty.html" "$TMP/missing.html" 2>&1)
is "a run with bad inputs exits 1" "$?" 1
like "a missing file is reported by name" "$out" "brief: $TMP/missing.html: "
unlike "... once, not twice" "$out" "missing.html: .*missing.html"
like "... and counted as failed" "$out" 'ingested 3 pages: 0 added, 0 updated, 0 unchanged, 3 failed'
out=$(brief ingest "$TMP/missing.html" 2>&1)
like "one missing path: 1 page, 1 failed" "$out" 'ingested 1 page: 0 added, 0 updated, 0 unchanged, 1 failed'
for c in extract code; do
	err=$("$BRIEF" $c "$TMP/missing.html" 2>&1)
	is "$c: the path is named once" "$err" "brief: $TMP/missing.html: No such file or directory"
done
for c in "opml import" add; do
	err=$(brief $c "$TMP/missing.html" 2>&1)
	is "$c: the path is named once" "$err" "brief: $TMP/missing.html: No such file or directory"
done
err=$("$BRIEF" extract --max-size 10 "$SRCDIR/tests/fixtures/pages/water-talks.html" 2>&1)
is "over the size cap: the path is named once" "$err" \
	"brief: $SRCDIR/tests/fixtures/pages/water-talks.html: larger than 10 bytes"
is "stored articles survive bad input" "$(brief list | wc -l | tr -d ' ')" 3
printf '# Minutes\n\n- the hall roof\n- the summer fair\n' >"$TMP/minutes.md"
printf 'Dear committee,\nthe hall roof leaks again.\n' >"$TMP/page.data"
out=$(brief ingest "$TMP/minutes.md" "$TMP/page.data" 2>&1)
like "a Markdown file is refused with the reason" "$out" 'minutes.md: not an HTML page: Markdown'
like "... and a plain text file" "$out" 'page.data: not an HTML page: plain text'
unlike "... and no (untitled) article is stored" "$(brief list)" 'untitled'
# an OPML file is a list of feeds to follow, not a page: said so (plain,
# gzipped as .xml.gz), and -v may follow the command
printf '<?xml version="1.0"?>\n<!-- feeds <b>to follow</b> -->\n<!DOCTYPE opml>\n<opml version="2.0"><head><title>Feeds</title></head><body>\n<outline type="rss" text="Courier" xmlUrl="https://courier.example.org/feed.xml"/>\n</body></opml>\n' >"$TMP/feeds.opml"
gzip -c "$TMP/feeds.opml" >"$TMP/feeds.xml.gz"
out=$(brief ingest "$TMP/feeds.opml" "$TMP/feeds.xml.gz" 2>&1)
is "an OPML file given to ingest fails" "$?" 1
like "... saying what it is and what follows its feeds" "$out" \
	"^brief: $TMP/feeds.opml: an OPML list of feeds, not a page: 'brief opml import FILE' follows them$"
like "... gzipped too" "$out" "^brief: $TMP/feeds.xml.gz: an OPML list of feeds"
like "... each counted as failed" "$out" 'ingested 2 pages: 0 added, 0 updated, 0 unchanged, 2 failed'
out=$(brief ingest -v "$F/water-talks.html" 2>&1)
like "-v after the command names each stored page" "$out" 'water-talks.html: (stored|unchanged)'
out=$(brief ingest --quiet "$F/water-talks.html" 2>&1)
is "... and --quiet there prints no summary" "$out" ""
# an HTML page over the cap (random bytes would sometimes start like JSON
# lines, which are records each under the cap)
{ printf '<!doctype html><p>'; head -c 2000 /dev/zero | tr '\0' x; } >"$TMP/big.html"
err=$(brief ingest --max-size 1000 "$TMP/big.html" 2>&1)
is "a page over --max-size fails" "$?" 1
like "... with a size error" "$err" 'larger than 1000 bytes'

out=$(brief db vacuum 2>&1)
like "db vacuum succeeds and says the sizes before and after" "$out" \
	'^vacuumed in [0-9.]+ s: [0-9.]+ [kMG]B before, [0-9.]+ [kMG]B after$'
out=$(brief db check)
like "db check is clean (after vacuum)" "$out" 'integrity ok; 0 foreign key violations'
like "db check counts articles" "$out" '3 articles'
like "... and outlets, which are not the followed sources" "$out" '[0-9]+ outlets; integrity'
out=$(sqlite3 "$DB" 'PRAGMA journal_mode; PRAGMA user_version;' | tr '\n' ' ')
like "database is in WAL mode with a schema version" "$out" '^wal [1-9]'
out=$(sqlite3 "$DB-search" "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'gauge'")
is "the full-text index, a file of its own, finds a stored word" "$out" 1
rm -f "$DB-search" "$DB-search-wal" "$DB-search-shm"
out=$(brief search gauge)
like "a removed index file is rebuilt from the articles" "$out" 'gauge|Gauge'
like "... and the rebuilt index passes db check" "$(brief db check)" 'integrity ok'
# a damaged index file is told as the index's (which is rebuilt), not the database's
head -c 8192 /dev/zero | tr '\0' x | dd of="$DB-search" bs=4096 seek=2 conv=notrunc 2>/dev/null
out=$(brief db check 2>&1)
is "db check of a damaged index file fails" "$?" 1
like "... the database's own integrity ok" "$out" 'integrity ok; 0 foreign key violations; '
like "... and the index named, with the cure" "$out" 'full-text index damaged \(remove the -search file to rebuild it\)$'
rm -f "$DB-search" "$DB-search-wal" "$DB-search-shm"
like "... which passes once rebuilt" "$(brief db check)" 'integrity ok; 0 foreign key violations$'
# an index file whose header is damaged is named too, not the database
head -c 128 /dev/zero | tr '\0' x | dd of="$DB-search" conv=notrunc 2>/dev/null
out=$(brief db check 2>&1)
is "db check of an index file with a damaged header fails" "$?" 1
is "... naming the index file and the cure" "$out" \
	"brief: $DB: the search index $DB-search is damaged: remove $DB-search* to rebuild it from the articles"
rm -f "$DB-search" "$DB-search-wal" "$DB-search-shm"
like "... which passes once rebuilt" "$(brief db check)" 'integrity ok; 0 foreign key violations$'

# progress: on a terminal (script(1) gives one), a line with counts, rate, the share of
# the input files' bytes read and the time left; never when stderr is not a terminal
if command -v script >/dev/null 2>&1; then
	out=$(script -qec "'$BRIEF' --db '$TMP/progress.db' ingest --no-fetch --batch 2 '$W/pages' '$SRCDIR/tests/fixtures/warc/good.warc.gz'" /dev/null | tr '\r' '\n')
	like "progress on a terminal has counts, rate, share done and ETA" "$out" \
		'^ingest: [0-9]+ items, [0-9]+ added, 0 failed, [0-9.]+/s, [0-9]+% of [0-9]+ kB, ETA [0-9]+m[0-9]{2}s'
	like "... and the summary follows" "$out" 'ingested 5 pages: 3 added, 0 updated, 2 unchanged, 0 failed'
	out=$(script -qec "'$BRIEF' --db '$TMP/progress.db' db vacuum" /dev/null | tr '\r' '\n')
	like "db vacuum on a terminal shows the step it is at" "$out" \
		'^vacuum: step [1-6] of 6, [a-z ]+, [0-9]+ s'
	like "... and its summary follows" "$out" '^vacuumed in [0-9.]+ s: '
else
	skip "script(1) is not installed: no terminal to show progress on"
	skip "script(1) is not installed"
	skip "script(1) is not installed"
	skip "script(1) is not installed"
fi
# (the line is drawn at the first page stored: a few pages show it as well as many)
out=$("$BRIEF" --db "$TMP/progress2.db" ingest --no-fetch "$F" 2>&1)
unlike "no progress line when stderr is not a terminal" "$out" 'items, .* added, .*/s'
out=$("$BRIEF" --db "$TMP/progress2.db" db vacuum 2>&1)
unlike "... nor from db vacuum" "$out" 'step [0-9]'
done_testing
