#!/bin/sh
# Sources against the fixture HTTP server: add (every feed flavour, a site
# by autodiscovery), fetch exactly once, conditional GET, robots.txt,
# private-address refusal, redirects, retries, gzip, wrong types, size
# cap, sitemaps, OPML, remove, daemon --once.
. "$SRCDIR/tests/lib.sh"
SITE="$SRCDIR/tests/fixtures/feeds/site"
# no wait before a retry but the few milliseconds --retry-wait asks for
fixture_start "$SITE" -t 100 -r 0
reqs() { grep -c "^REQ GET $1 $2 " "$TMP/log"; }

out=$(brief add --delay 0 "$B/rss.xml" 2>&1)
is "add of a loopback URL is refused without --allow-private" "$?" 1
like "... saying why" "$out" 'refused: the host resolves to a loopback'
is "... and nothing is fetched" "$(reqs /rss.xml 200)" 0

ok "add RSS 2.0" brief add --allow-private --delay 0 "$B/rss.xml"
ok "add Atom" brief add --allow-private --delay 0 "$B/atom.xml"
ok "add RSS 1.0" brief add --allow-private --delay 0 "$B/rdf.xml"
ok "add JSON Feed" brief add --allow-private --delay 0 --name "Valley JSON" --tag local "$B/feed.json"
out=$(brief add --allow-private --delay 0 "$B/" 2>&1)
like "a site is followed through its feed" "$out" "already followed: $B/rss.xml"
is "five feeds... no, four sources" "$(brief sources | wc -l | tr -d ' ')" 4
out=$(brief add --allow-private --delay 0 "$B/follow.opml" 2>&1)
is "an OPML list served over HTTP is not added" "$?" 1
is "... saying what it is and how to follow its feeds" "$out" \
	"brief: $B/follow.opml: an OPML list of feeds, not a feed or page: save it and run 'brief add FILE.opml' to follow its feeds"
is "... still four sources" "$(brief sources | wc -l | tr -d ' ')" 4

robots_before=$(reqs /robots.txt 200)
out=$(brief fetch --delay 0 2>&1)
is "fetch exits 0" "$?" 0
like "fetch summary" "$out" 'fetched 4 sources \(0 unchanged, 0 failed\): 4 articles added'
is "four articles, each once" "$(brief list | wc -l | tr -d ' ')" 4
n=$(sqlite3 "$DB" "SELECT count(DISTINCT url) FROM articles WHERE url LIKE '$B/pages/%' OR url LIKE '$B/news/%'")
is "article URLs are the pages' canonical URLs" "$n" 4
like "full-content entry stored from the feed" "$(brief list)" 'Farmers market moves to the square'
is "robots.txt fetched once per run" "$(reqs /robots.txt 200)" $((robots_before + 1))
like "User-Agent names brief" "$(grep '^REQ' "$TMP/log" | head -1)" 'ua=brief/'
out=$(brief sources)
like "sources shows status and counts" "$out" '200	2 entries, 2 articles'
like "the user's name is kept" "$out" 'Valley JSON'

pages_before=$(grep -c '^REQ GET /pages/' "$TMP/log")
out=$(brief fetch --all --delay 0 2>&1)
like "second fetch: every feed unchanged" "$out" 'fetched 4 sources \(4 unchanged, 0 failed\): 0 articles added'
is "conditional GET answered 304 four times" "$(grep -c '^REQ GET /[a-z]*\.[a-z]* 304 inm="' "$TMP/log")" 4
is "no page downloaded again" "$(grep -c '^REQ GET /pages/' "$TMP/log")" "$pages_before"
is "still four articles" "$(brief list | wc -l | tr -d ' ')" 4
out=$(brief sources --log 1)
like "fetch log records the 304" "$out" '	304	'

# fetching a page by URL: redirects, gzip, wrong type, retries, limits
out=$(brief ingest --allow-private --delay 0 "$B/redirect/3/pages/bridge.html" 2>&1)
like "three redirects are followed" "$out" '1 unchanged'
out=$(brief ingest --allow-private --delay 0 "$B/loop" 2>&1)
like "a redirect loop stops" "$out" 'more than 5 redirects'
out=$(brief ingest --allow-private --delay 0 "$B/gzip/pages/harbour.html" 2>&1)
like "gzip responses are decoded" "$out" '1 unchanged'
out=$(brief ingest --allow-private --delay 0 "$B/type/text/plain/rdf.xml" 2>&1)
like "a feed served as text/plain is still a feed" "$out" 'feed entr(y was|ies were) stored already'
out=$(brief ingest --allow-private --delay 0 --retry-wait 0.01 "$B/429/pages/market.html" 2>&1)
like "429 is retried after Retry-After" "$out" '0 failed'
is "... once" "$(reqs /429/pages/market.html 429)" 1
out=$(brief ingest --allow-private --delay 0 --retry-wait 0.01 "$B/503/pages/library.html" 2>&1)
like "503 is retried" "$out" '0 failed'
out=$(brief ingest --allow-private --delay 0 --retries 0 "$B/503/pages/harbour.html" 2>&1)
like "--retries 0: a 503 is not tried again" "$out" '1 failed'
is "... one request" "$(reqs /503/pages/harbour.html 503)" 1
# -v says each retry: a refused connection otherwise looks like a hang
out=$(brief -v ingest --allow-private --delay 0 --retries 1 --retry-wait 0.01 http://127.0.0.1:1/ 2>&1)
like "-v: a retry is said, with its wait and count" "$out" 'http://127.0.0.1:1/: .*; trying again in [0-9.]+ s \(retry 1 of 1\)'
out=$(brief ingest --allow-private --delay 0 --retries 1 --retry-wait 0.01 http://127.0.0.1:1/ 2>&1)
unlike "... and not without -v" "$out" 'trying again'
fails "--retries wants a number (usage)" 2 brief ingest --retries many "$B/pages/bridge.html"
fails "--retry-wait wants seconds (usage)" 2 brief ingest --retry-wait soon "$B/pages/bridge.html"
out=$(brief ingest --allow-private --delay 0 --max-size 100000 "$B/big" 2>&1)
like "a response over --max-size fails" "$out" 'larger than 100000 bytes'
out=$(brief ingest --allow-private --delay 0 "$B/status/404" 2>&1)
like "a 404 is reported" "$out" 'HTTP status 404'
out=$(brief ingest --allow-private --delay 0 --timeout 1 --retries 0 "$B/slow/pages/bridge.html" 2>&1)
like "a slow trickle hits the timeout" "$out" 'Timeout|timed out'

# a sitemap index: pages fetched, robots.txt obeyed
out=$(brief ingest --allow-private --delay 0 "$B/sitemap.xml" 2>&1)
is "sitemap: a page robots.txt disallows is no failure (exit 0)" "$?" 0
like "... counted apart from the failures" "$out" ' 0 failed'
like "... as skipped by robots.txt" "$out" '^1 page skipped by robots.txt'
unlike "... named only with -v" "$out" 'secret.html'
out=$(brief -v ingest --allow-private --delay 0 "$B/sitemap.xml" 2>&1)
like "-v: the page is named, with why" "$out" 'secret.html: skipped: disallowed by robots.txt'
is "... and never requested" "$(grep -c 'secret' "$TMP/log")" 0

# the delay between requests to one host is kept
start=$(date +%s.%N)
brief ingest --allow-private --delay 0.3 --ignore-robots "$B/pages/bridge.html" "$B/pages/market.html" "$B/pages/library.html" >/dev/null 2>&1
end=$(date +%s.%N)
ok "three requests with --delay 0.3 take at least 0.6 s" awk "BEGIN{exit !($end - $start >= 0.6)}"

# OPML round trip, remove, daemon
brief opml export >"$TMP/out.opml"
like "OPML export lists the feeds" "$(cat "$TMP/out.opml")" "xmlUrl=\"$B/feed.json\""
articles=$(brief list | wc -l | tr -d ' ')
out=$(brief remove 4 2>&1)
like "remove by id" "$out" 'removed source 4'
is "three sources left" "$(brief sources | wc -l | tr -d ' ')" 3
is "its articles stay" "$(brief list | wc -l | tr -d ' ')" "$articles"
out=$(brief opml import --allow-private "$TMP/out.opml")
like "OPML import adds what is missing" "$out" 'imported 1 source \(3 already followed'
fails "remove of an unknown source fails" 1 brief remove nosuch
out=$(brief daemon --once --delay 0 2>&1)
is "daemon --once exits 0" "$?" 0

# a database error inside the fetch's callbacks fails the run, with the count
sqlite3 "$DB" "CREATE TRIGGER no_log BEFORE INSERT ON fetch_log BEGIN SELECT RAISE(ABORT, 'fetch log refused'); END"
out=$(brief fetch --all --delay 0 2>&1)
is "a fetch log that cannot be written fails the fetch" "$?" 1
like "... with the database's error and how many" "$out" 'fetch log refused \(4 fetched items not stored\)'
sqlite3 "$DB" "DROP TRIGGER no_log"

# sources robots.txt disallows, and feed entries whose pages it does: skipped,
# counted apart, no failure
DB="$TMP/robots.db"
ok "add a feed with an entry robots.txt disallows" brief add --allow-private --delay 0 "$B/robots-links.xml"
ok "add a feed robots.txt disallows (--ignore-robots)" brief add --allow-private --ignore-robots --delay 0 "$B/private/feed.xml"
private_before=$(grep -c 'GET /private/' "$TMP/log")
out=$(brief fetch --delay 0 2>&1)
is "fetch: what robots.txt disallows is no failure (exit 0)" "$?" 0
like "... no source failed" "$out" 'fetched 2 sources \(0 unchanged, 0 failed\): 1 article added, 0 updated, 0 already stored, 0 failed$'
like "... the source counted apart" "$out" '^1 source skipped by robots.txt'
like "... the entry's page counted apart" "$out" '^1 page skipped by robots.txt'
unlike "... and no error printed" "$out" 'brief: '
like "the source's state says why" "$(brief sources)" 'disallowed by robots.txt'
is "... nothing requested under the disallowed path" "$(grep -c 'GET /private/' "$TMP/log")" "$private_before"
DB="$TMP/refusing.db"
brief ingest "$SITE/pages/harbour.html" >/dev/null 2>&1
sqlite3 "$DB" "CREATE TRIGGER no_article BEFORE INSERT ON articles BEGIN SELECT RAISE(ABORT, 'articles refused'); END"
out=$(brief ingest --allow-private --delay 0 "$B/pages/bridge.html" 2>&1)
is "a fetched page the database refuses fails the ingest" "$?" 1
like "... with the database's error and how many" "$out" 'articles refused \(1 fetched item not stored\)'
done_testing
