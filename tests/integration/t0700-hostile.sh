#!/bin/sh
# Hostile input (tests/fixtures/hostile, crafted for these tests): each file
# ends in a stored article or a clear error within its caps, never a crash,
# and the database stays intact. Then the network side: one guarded fetcher
# for `brief extract URL` (private addresses refused unless allowed), gzip
# bodies served without Content-Encoding, gzip and deflate bombs, URLs on
# private and link-local addresses, a trickling server and a 1 MiB
# response head.
. "$SRCDIR/tests/lib.sh"
hx="$SRCDIR/tests/fixtures/hostile"

# ingest FILE: runs it, keeps stderr in $TMP/err and the status in $s
ingest() { brief ingest --no-fetch "$1" >/dev/null 2>"$TMP/err"; s=$?; }

ingest "$hx/bomb.html.gz"
is "a gzip bomb fails its page" "$s" 1
like "... saying it is over the cap" "$(cat "$TMP/err")" 'bomb.html.gz: decompressed data over 16777216 bytes'

ingest "$hx/wall.html.gz"
is "3 MB of text in one paragraph is refused" "$s" 1
like "... naming the limit per article" "$(cat "$TMP/err")" 'wall.html.gz: article text is [0-9]+ bytes, over the 2097152-byte limit per article'

ingest "$hx/deep.html.gz"
is "100,000 nested elements end in an answer" "$s" 1
like "... a clear one" "$(cat "$TMP/err")" 'deep.html.gz: not an article'

ingest "$hx/huge-attr.html.gz"
is "a 4 MB attribute does not stop the page" "$s" 0
like "... whose text is stored" "$(brief list)" 'Long attribute'

ingest "$hx/bad-utf8.html"
is "invalid UTF-8 and NUL bytes are stored" "$s" 0
id=$(brief list | grep 'Bad bytes' | cut -f1)
out=$(brief show "$id")
like "... as text" "$out" 'ferry timetable'
is "... and valid UTF-8 comes out" "$(printf '%s' "$out" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1; echo $?)" 0

ingest "$hx/many-events.html.gz"
is "a page of 1,200 accusations is stored" "$s" 0
like "... with a warning that its events were capped" "$(cat "$TMP/err")" '1 article had more than 1000 events; the first 1000 of each were kept'
is "... and 1,000 of them kept" "$(sqlite3 "$DB" 'SELECT count(*) FROM events')" 1000

ingest "$hx/entities.rss"
unlike "entities in a feed are not expanded from files" "$(brief list; cat "$TMP/err")" 'root:'
is "... and the feed ends in an answer" "$s" 1

ingest "$hx/truncated.warc"
like "a truncated WARC record is skipped and counted" "$(cat "$TMP/err")" '1 archive record malformed, truncated or too large'
ingest "$hx/garbage.warc"
like "a garbage WARC is skipped and counted" "$(cat "$TMP/err")" 'archive records? malformed, truncated or too large'

out=$(brief opml import "$hx/deep.opml.gz" 2>&1)
s=$?
is "an OPML nested 100,000 deep fails" "$s" 1
like "... warning of the depth" "$out" 'outlines nested more than 32 deep were skipped'
like "... and of the broken XML" "$out" 'not well-formed XML'

# 10,500 feeds: the first 10,000 (the cap, OPML_MAX_OUTLINES) are followed, the rest
# refused, counted and said. (A feed past the cap is only counted: 500 over
# it test that as well as 90,000 did, in a third of the CPU time.)
{
	echo '<?xml version="1.0"?><opml version="2.0"><head><title>many</title></head><body>'
	awk 'BEGIN { for (i = 1; i <= 10500; i++)
		printf "<outline type=\"rss\" text=\"f%d\" xmlUrl=\"https://feeds%d.example.org/rss\"/>\n", i, i }'
	echo '</body></opml>'
} >"$TMP/many.opml"
out=$(brief opml import "$TMP/many.opml" 2>&1)
is "an OPML of 10,500 feeds fails" "$?" 1
like "... warning of the cap" "$out" 'warning: 500 feeds past the first 10000 were skipped'
like "... after importing the first 10,000" "$out" 'imported 10000 sources'

is "the database is intact after all of it" "$(sqlite3 "$DB" 'PRAGMA integrity_check')" ok
is "... with the two articles and the capped one" "$(brief list | wc -l | tr -d ' ')" 3

# ---- the network: one guarded fetcher ----
site="$TMP/site"
mkdir -p "$site"
cp "$SRCDIR/tests/fixtures/pages/"*.html "$site/" 2>/dev/null
page=$(ls "$site" | head -1)
gzip -c "$site/$page" >"$site/page.html.gz"
title=$("$BRIEF" extract "$site/$page" | head -1)
fixture_start "$site"
base=$B

"$BRIEF" extract "$base/$page" >/dev/null 2>"$TMP/err"
is "extract refuses a URL on a loopback address" "$?" 1
like "... saying how to allow it" "$(cat "$TMP/err")" 'refused: .*loopback, private or link-local.*--allow-private'
is "... without fetching it" "$(grep -c "REQ GET /$page " "$TMP/log")" 0
out=$("$BRIEF" extract --allow-private "$base/$page" | head -1)
is "extract --allow-private fetches it" "$out" "$title"
out=$("$BRIEF" extract --allow-private "$base/redirect/2/$page" | head -1)
is "... following redirects" "$out" "$title"
out=$("$BRIEF" extract --allow-private "$base/page.html.gz" 2>&1 | head -1)
is "a gzip body without Content-Encoding is decoded" "$out" "$title"
"$BRIEF" extract --allow-private "$base/loop" >/dev/null 2>"$TMP/err"
is "a redirect loop fails" "$?" 1
like "... saying so" "$(cat "$TMP/err")" 'more than [0-9]+ redirects'
"$BRIEF" extract --allow-private --max-size 1000 "$base/big" >/dev/null 2>"$TMP/err"
is "a body over --max-size fails" "$?" 1
like "... naming the cap" "$(cat "$TMP/err")" 'larger than 1000 bytes'

brief ingest --allow-private "$base/page.html.gz" >/dev/null 2>"$TMP/err"
is "ingest of a gzip body without Content-Encoding stores the page" "$?" 0

# compression bombs over HTTP: 20 MB of one letter, ~20 kB on the wire, decoded past the 16 MiB
# cap; and the file bomb given to extract (it printed megabytes of mojibake)
{ printf '<html><body><p>'; head -c 20000000 /dev/zero | tr '\0' a; } >"$site/bomb.html"
for enc in gzip deflate; do
	brief ingest --allow-private --retries 0 "$base/$enc/bomb.html" >/dev/null 2>"$TMP/err"
	is "a $enc bomb (Content-Encoding: $enc) fails its page" "$?" 1
	like "... naming the cap" "$(cat "$TMP/err")" "$enc/bomb.html: response larger than 16777216 bytes"
done
"$BRIEF" extract "$hx/bomb.html.gz" >"$TMP/out" 2>"$TMP/err"
is "extract of a gzip bomb file fails" "$?" 1
like "... naming the cap" "$(cat "$TMP/err")" 'decompressed data over 16777216 bytes'
is "... printing nothing" "$(wc -c <"$TMP/out" | tr -d ' ')" 0

# URLs on private and link-local addresses, the cloud metadata one first: refused by every
# command that fetches, before any connection (a short --timeout ends a guard that let one by);
# ingest takes them all in one run, its message for each URL checked on its own
set -- http://169.254.169.254/latest/meta-data/ http://10.1.2.3/x.html \
	'http://[fe80::1]/' 'http://[::ffff:127.0.0.1]/' http://192.168.1.1/
brief ingest --timeout 2 --retries 0 "$@" >/dev/null 2>"$TMP/ingest.err"
for u in "$@"; do
	"$BRIEF" extract --timeout 2 "$u" >/dev/null 2>"$TMP/err"
	is "extract $u is refused" "$?" 1
	like "... as a private or link-local address" "$(cat "$TMP/err")" 'refused: the host resolves to a loopback, private or link-local'
	like "ingest $u is refused so too" "$(grep -F "brief: $u: " "$TMP/ingest.err")" 'refused: the host resolves to a loopback, private or link-local'
done

# a server that sends one byte at a time (every 300 ms): the transfer's time cap ends it
brief ingest --allow-private --timeout 1 --retries 0 "$base/trickle/$page" >/dev/null 2>"$TMP/err"
is "a trickling server fails the page" "$?" 1
like "... saying it timed out, and the caps" "$(cat "$TMP/err")" 'timed out \(a transfer may take [0-9]+ s to connect, 1 s in all \(--timeout\), and no slower than 64 bytes/s for 20 s\)'
# 1 MiB of response headers: refused past 256 KiB, not tried again
brief ingest --allow-private "$base/bighead" >/dev/null 2>"$TMP/err"
is "1 MiB of response headers fails the page" "$?" 1
like "... naming the cap" "$(cat "$TMP/err")" 'response headers larger than 262144 bytes'
is "... fetched once, not retried" "$(grep -c 'REQ GET /bighead ' "$TMP/log")" 1
kill "$srv" 2>/dev/null
wait "$srv" 2>/dev/null
done_testing
