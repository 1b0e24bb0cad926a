#!/bin/sh
# Articles without a date: never pass a date filter, never lead a list.
. "$SRCDIR/tests/lib.sh"
ingest_once --no-fetch "$SRCDIR/demo/pages"
cat >"$TMP/undated.html" <<'HTML'
<!doctype html><html lang="en"><head><title>Undated note on the Sasuli post</title></head>
<body><article><h1>Undated note on the Sasuli post</h1>
<p>This page carries no date of any kind. It talks about the Sasuli post and the border
guards who keep watch there through the winter months, and about the wells and the traders
who cross when the gate opens.</p>
<p>Nothing in it says when it was written, so no filter on dates should let it through, and
no list of the newest stories should put it first.</p></article></body></html>
HTML
brief -q ingest --no-fetch "$TMP/undated.html" 2>/dev/null
id=$(sqlite3 "$DB" "SELECT id FROM articles WHERE published IS NULL")
ok "the page is stored without a date" test -n "$id"

out=$(brief list -n 1000)
unlike "list: an undated article does not lead" "$(printf '%s\n' "$out" | head -1)" 'Undated note'
like "list: it comes after every dated article" "$(printf '%s\n' "$out" | tail -1)" "^$id	-	"
out=$(brief search since:2019)
unlike "since: never passes an undated article" "$out" 'Undated note'
out=$(brief search 'Sasuli until:2030')
unlike "until: never passes an undated article" "$out" 'Undated note'
out=$(brief search --sort date Sasuli | grep -v '^	')
unlike "sort by date: an undated match does not lead" "$(printf '%s\n' "$out" | head -1)" 'Undated note'
like "sort by date: it is still found, last" "$(printf '%s\n' "$out" | tail -1)" 'Undated note'

# the front page's latest news lead with the newest dated story
serve_start "$TMP/serve.out" "$BRIEF" --db "$DB" serve --port 0
first=$(curl -s "$url" | sed -n '/id="latest"/,$p' | grep -o 'href="/article/[0-9]*"' | head -1)
kill "$pid"
wait "$pid" 2>/dev/null
like "the front page lists the latest news" "$first" 'href="/article/[0-9]+"'
unlike "... and an undated article does not lead them" "$first" "href=\"/article/$id\""
done_testing
