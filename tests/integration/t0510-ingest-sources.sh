#!/bin/sh
# brief ingest of feed files, WARC archives (good, truncated, garbage) and
# JSON Lines, offline; a WARC stores the same articles as the same pages
# given as files; re-ingest changes nothing.
. "$SRCDIR/tests/lib.sh"
F="$SRCDIR/tests/fixtures"

out=$(brief ingest --no-fetch "$F/warc/good.warc.gz" 2>&1)
is "WARC ingest exits 0" "$?" 0
like "three HTML responses stored" "$out" 'ingested 3 pages: 3 added, 0 updated, 0 unchanged, 0 failed'
warc_urls=$(sqlite3 "$DB" "SELECT url || ' ' || title FROM articles ORDER BY url")
DB2="$TMP/files.db"
"$BRIEF" --db "$DB2" ingest "$F/pages" >/dev/null 2>&1
file_urls=$(sqlite3 "$DB2" "SELECT url || ' ' || title FROM articles ORDER BY url")
is "WARC articles match the same pages ingested as files" "$warc_urls" "$file_urls"
t1=$(sqlite3 "$DB" "SELECT group_concat(text, '|') FROM (SELECT text FROM articles ORDER BY url)")
t2=$(sqlite3 "$DB2" "SELECT group_concat(text, '|') FROM (SELECT text FROM articles ORDER BY url)")
is "... with the same text" "$t1" "$t2"
out=$(brief ingest --no-fetch "$F/warc/good.warc" 2>&1)
like "the uncompressed WARC/1.0 copy changes nothing" "$out" '3 unchanged, 0 failed'
out=$(brief ingest --no-fetch "$F/warc/truncated.warc.gz" 2>&1)
is "truncated archive: the run fails" "$?" 1
like "... the good records are read" "$out" 'ingested 2 pages'
like "... and the cut one counted" "$out" '1 archive record malformed'
like "... where it was lost" "$out" "^brief: $F/warc/truncated.warc.gz: 1 archive record malformed, truncated or corrupt: skipped$"
# one gzip member for the whole archive, cut in half: nothing read, and said so
gzip -c "$F/warc/good.warc" >"$TMP/whole.warc.gz"
head -c "$(($(wc -c <"$TMP/whole.warc.gz") / 2))" "$TMP/whole.warc.gz" >"$TMP/cut.warc.gz"
out=$(brief ingest --no-fetch "$TMP/cut.warc.gz" 2>&1)
is "an archive cut in its only gzip member fails" "$?" 1
like "... naming it" "$out" "^brief: $TMP/cut.warc.gz: [0-9]+ archive records? malformed, truncated or corrupt: skipped$"
# records over --max-size are named, but are no failure: as often videos as pages
out=$(brief ingest --no-fetch --max-size 1k "$F/warc/good.warc" 2>&1)
is "records over --max-size: exit 0" "$?" 0
like "... named with the limit" "$out" "^brief: $F/warc/good.warc: [0-9]+ archive records over the 1024-byte limit: skipped$"
out=$(brief ingest --no-fetch "$F/warc/garbage.warc" 2>&1)
like "garbage around records is skipped" "$out" 'ingested 2 pages: 0 added, 0 updated, 2 unchanged'
out=$(brief ingest --no-fetch "$F/warc/corrupt-member.warc.gz" 2>&1)
like "a corrupt gzip member costs one record" "$out" 'ingested 2 pages: 0 added, 0 updated, 2 unchanged'
like "... counted as skipped" "$out" '1 archive record'
is "still three articles" "$(brief list | wc -l | tr -d ' ')" 3

# standard input is told by its bytes as a file is: a feed's entries are
# stored; an archive, streamed from files only, is refused with the reason
out=$("$BRIEF" --db "$TMP/stdin.db" ingest --no-fetch - <"$F/feeds/rss2.xml" 2>&1)
is "a feed on standard input exits 0" "$?" 0
like "... its entries stored" "$out" 'ingested 4 pages: 4 added'
out=$("$BRIEF" --db "$TMP/stdin.db" ingest --no-fetch - <"$F/warc/good.warc" 2>&1)
is "a WARC archive on standard input fails" "$?" 1
like "... saying to give its path" "$out" '^brief: -: a WARC archive on standard input: give its path'

# feed files, offline: entries stored from the feed once
out=$(brief ingest --no-fetch "$F/feeds/rss2.xml" 2>&1)
like "an RSS file stores its entries" "$out" 'ingested 4 pages: 4 added'
out=$(brief ingest --no-fetch "$F/feeds/rss2.xml" 2>&1)
like "re-ingest of the feed finds them stored" "$out" '4 unchanged|feed entries were stored already'
n=$(sqlite3 "$DB" "SELECT count(*) FROM articles WHERE url = 'https://harbour-gazette.example.org/news/ferry-timetable'")
is "tracking parameters are dropped from article URLs" "$n" 1
# the other flavours in one run: -v names each entry stored, or why not
out=$(brief -v ingest --no-fetch "$F/feeds/atom.xml" "$F/feeds/rss1.rdf" "$F/feeds/jsonfeed.json" \
	"$F/feeds/rss091.xml" 2>&1)
for f in atom.xml rss1.rdf jsonfeed.json rss091.xml; do
	is "$f ingests: entries stored, none failed" "$(printf '%s\n' "$out" |
		awk -v f="feeds/$f: " 'index($0, f) { n++; if ($0 !~ /: stored$/) bad++ } END { print (n > 0 && !bad) }')" 1
done
like "... and the run counts no failure" "$out" 'ingested [0-9]+ pages: .*, 0 failed'
out=$(brief ingest --no-fetch "$F/feeds/broken.xml" 2>&1)
like "a malformed feed is read in recover mode" "$out" 'recover mode: line 4'
like "... and its readable entry stored" "$out" '1 added'

# JSON Lines
printf '{"url": "https://jl.example/a", "html": "<html><head><title>JSON line</title></head><body><article><p>A page carried in JSON Lines, long enough to be an article of its own.</p><p>It has a second paragraph, so that with the first it passes the thirty words a page needs before brief takes it for an article.</p></article></body></html>"}\nnot json\n{"url": "x"}\n' >"$TMP/pages.jsonl"
out=$(brief ingest "$TMP/pages.jsonl" 2>&1)
like "JSON Lines: the good line is stored" "$out" '1 added'
like "... the bad ones reported by line" "$out" 'pages.jsonl:2: not JSON'

# the demo feeds after the demo pages: nothing new, nothing fetched
out=$(brief ingest --no-fetch "$SRCDIR/demo/pages" "$SRCDIR"/demo/feeds/*.xml 2>&1)
unlike "demo pages and feeds ingest without failures" "$out" '[1-9][0-9]* failed'
like "demo feed entries are the demo pages" "$out" 'feed entr(y was|ies were) stored already'
out=$(brief db check)
like "db check is clean" "$out" 'integrity ok; 0 foreign key violations'
done_testing
