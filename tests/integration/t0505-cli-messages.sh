#!/bin/sh
# What the source commands print: one form of error line for add and ingest
# ("brief: URL: why"), and counts that agree with their number.
. "$SRCDIR/tests/lib.sh"
SITE="$SRCDIR/tests/fixtures/feeds/site"
fixture_start "$SITE" -r 0

# the same fetch error, said the same way by both commands
add_err=$(brief add --allow-private --delay 0 --retries 0 "$B/gone.xml" 2>&1 >/dev/null)
is "add of a missing URL exits 1" "$?" 1
ing_err=$(brief ingest --allow-private --delay 0 --retries 0 "$B/gone.xml" 2>&1 >/dev/null | head -1)
is "add's error line names the URL, as ingest's does" "$add_err" "$ing_err"
is "... in the documented form" "$add_err" "brief: $B/gone.xml: HTTP status 404"
out=$(brief add ftp://example.com/feed.xml 2>&1)
is "a URL of another scheme: brief: URL: why" "$out" \
	"brief: ftp://example.com/feed.xml: only http and https URLs can be followed"
out=$(brief add http:// 2>&1)
is "a URL with no host says so, not that its scheme is wrong" "$out" \
	"brief: http://: the URL names no host (http://HOST/...)"
out=$(brief extract https:// 2>&1)
is "... as extract says it" "$out" "brief: https://: the URL names no host (http://HOST/...)"
# a mistyped URL is neither a file nor a URL: both are said
out=$(brief ingest htp://news.example.org/a 2>&1 | head -1)
is "ingest of a mistyped scheme names both readings" "$out" \
	"brief: htp://news.example.org/a: no such file, and as a URL: only http and https URLs can be fetched"
out=$(brief extract http:/news.example.org/a 2>&1)
is "extract of a URL missing a slash names both readings" "$out" \
	"brief: http:/news.example.org/a: no such file, and as a URL: the URL names no host (http://HOST/...)"

# one of each: singular nouns
brief add --allow-private --delay 0 "$B/rss.xml" >/dev/null 2>&1
out=$(brief fetch --delay 0 2>&1)
is "fetch of one source exits 0" "$?" 0
like "fetch: '1 source'" "$out" '^fetched 1 source \(0 unchanged, 0 failed\): 2 articles added'
out=$(brief ingest --allow-private --delay 0 "$B/pages/bridge.html" 2>&1)
like "ingest: '1 page'" "$out" '^ingested 1 page: '
out=$(brief sources)
like "sources: plural counts" "$out" '	2 entries, 2 articles	'

done_testing
