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
# a scheme in capitals is a URL, fetched as add, fetch and ingest fetch it
upper=$(printf '%s' "$B" | sed 's/^http/HTTP/')
out=$(brief extract --allow-private --format json "$upper/pages/bridge.html" 2>&1)
is "extract of an HTTP:// URL exits 0" "$?" 0
like "... and gives the page's title" "$out" '"title": "[^"]'

# one of each: singular nouns
brief add --allow-private --delay 0 "$B/rss.xml" >/dev/null 2>&1
out=$(brief fetch --delay 0 2>&1)
is "fetch of one source exits 0" "$?" 0
like "fetch: '1 source'" "$out" '^fetched 1 source \(0 unchanged, 0 failed\): 2 articles added'
out=$(brief ingest --allow-private --delay 0 "$B/pages/bridge.html" 2>&1)
like "ingest: '1 page'" "$out" '^ingested 1 page: '
out=$(brief sources)
like "sources: plural counts" "$out" '	2 entries, 2 articles	'

# empty answers say why
"$BRIEF" --db "$TMP/none.db" add --no-check http://feeds.example.org/x.xml >/dev/null
is "a source never fetched has no log, saying so" "$("$BRIEF" --db "$TMP/none.db" sources --log 1 2>&1)" \
	"brief: source 1 has no fetch logged yet (brief fetch fetches it when it is due)"
"$BRIEF" --db "$TMP/none.db" remove 1 >/dev/null
is "no sources says how to add one" "$("$BRIEF" --db "$TMP/none.db" sources 2>&1)" \
	"brief: no sources followed yet (brief add URL follows a feed, a page, a site or a sitemap)"

out=$("$BRIEF" --db "$TMP/none.db" fetch 2>&1)
is "a fetch with no sources says how to add one, and exits 0" "$?:$out" \
	"0:brief: no sources followed yet (brief add URL follows a feed, a page, a site or a sitemap)"
out=$("$BRIEF" --db "$TMP/none.db" daemon --once 2>&1)
is "a daemon pass with no sources says how to add one, and exits 0" "$?:$(printf '%s\n' "$out" | tail -n 1)" \
	"0:brief: no sources followed yet (brief add URL follows a feed, a page, a site or a sitemap)"
out=$("$BRIEF" --db "$TMP/none.db" fetch --source nosuch 2>&1)
is "a fetch of a source not followed is its one error line, exit 1" "$?:$out" \
	"1:brief: fetch: no source 'nosuch'"
out=$("$BRIEF" --db "$TMP/absent.db" fetch 2>&1)
is "a fetch of a database that does not exist says so, exit 1" "$?:$out" \
	"1:brief: $TMP/absent.db: no such database (brief ingest, add or opml import creates one)"
is "... and makes none" "$(ls "$TMP" | grep -c '^absent')" 0
out=$("$BRIEF" --db "$TMP/absent.db" daemon --once 2>&1)
is "a daemon pass over a database that does not exist says so, exit 1" "$?:$out" \
	"1:brief: $TMP/absent.db: no such database (brief ingest, add or opml import creates one)"
is "... and makes none" "$(ls "$TMP" | grep -c '^absent')" 0
out=$("$BRIEF" migrate --from "$TMP/absent.db" --to postgresql://localhost/none 2>&1)
is "a migrate from a missing file says why, exit 1" "$?:$out" \
	"1:brief: migrate: cannot read $TMP/absent.db: No such file or directory"

# $PORT is read as --port is: a value that is no port is refused, never taken as 0 (any port)
out=$(PORT=abc timeout 20 "$BRIEF" --db "$TMP/none.db" serve 2>&1)
is "PORT=abc is a usage error" "$?" 2
like "... naming PORT" "$out" "^brief: serve: PORT is 0 to 65535, not 'abc'"
out=$(PORT=99999 timeout 20 "$BRIEF" --db "$TMP/none.db" serve 2>&1)
like "PORT=99999 names PORT, not --port" "$out" "^brief: serve: PORT is 0 to 65535, not '99999'"
out=$(PORT=99999 timeout 20 "$BRIEF" --db "$TMP/none.db" serve --port 99998 2>&1)
like "--port wins over PORT" "$out" "^brief: serve: --port is 0 to 65535, not 99998"
done_testing
