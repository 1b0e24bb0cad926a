#!/bin/sh
# brief serve: the front page, article pages, escaping, errors.
. "$SRCDIR/tests/lib.sh"
brief -q ingest "$SRCDIR/tests/fixtures/pages" 2>/dev/null

serve_start "$TMP/serve.out" "$BRIEF" --db "$DB" serve --port 0
like "serve prints its URL" "$url" '^http://127\.0\.0\.1:[0-9]+/$'

get() { curl -s --max-time 10 "$@"; }
front=$(get "$url")
like "front page lists an article" "$front" 'Negotiators meet again over river quotas'
like "front page links to /article/ID" "$front" 'href="/article/[0-9]+"'
# the undated page is left out of the latest news: it would float to the top
is "front page lists the 2 dated articles" "$(printf '%s' "$front" | grep -o 'href="/article/[0-9]*"' | wc -l | tr -d ' ')" 2
unlike "front page leaves out the undated one" "$front" 'Tom &amp; Jerry'
is "the undated article has its page" "$(get -o /dev/null -w '%{http_code}' "${url}article/$(brief list | grep 'Tom & Jerry' | cut -f1)")" 200
code=$(get -o /dev/null -w '%{http_code}' "$url")
is "front page is 200" "$code" 200
ctype=$(get -o /dev/null -w '%{content_type}' "$url")
like "front page is UTF-8 HTML" "$ctype" 'text/html; charset=utf-8'

id=$(brief list | grep 'river quotas' | cut -f1)
page=$(get "${url}article/$id")
is "article title appears once as a heading" "$(printf '%s' "$page" | grep -o '<h1>[^<]*</h1>' | head -1)" '<h1>Negotiators meet again over river quotas</h1>'
is "the title appears once in the article body" "$(printf '%s' "$page" | sed -n '/<article>/,/<\/article>/p' | grep -o 'Negotiators meet again over river quotas' | wc -l | tr -d ' ')" 1
like "article page shows the source" "$page" 'Valley Courier'
like "article page shows the text" "$page" 'gauge readings'
unlike "article page has no navigation" "$page" 'Region'

eid=$(brief list | grep 'Tom & Jerry' | cut -f1)
page=$(get "${url}article/$eid")
unlike "title markup is escaped, not run" "$page" '<script>alert'
like "title is shown escaped" "$page" '&lt;script&gt;alert\(1\)&lt;/script&gt;'
like "body markup is shown as text" "$page" '&lt;img src=x onerror=alert\(2\)&gt;'

is "missing article is 404" "$(get -o /dev/null -w '%{http_code}' "${url}article/99999")" 404
is "bad article id is 404" "$(get -o /dev/null -w '%{http_code}' "${url}article/x1")" 404
is "unknown path is 404" "$(get -o /dev/null -w '%{http_code}' "${url}nowhere")" 404
is "POST is 405" "$(get -o /dev/null -w '%{http_code}' -X POST -d x=1 "$url")" 405
is "bad page number is 400" "$(get -o /dev/null -w '%{http_code}' "${url}?page=-3")" 400
is "stylesheet is served" "$(get -o /dev/null -w '%{http_code}' "${url}static/style.css")" 200
hdr=$(get -D - -o /dev/null "$url")
like "pages carry a content security policy" "$hdr" 'Content-Security-Policy'

kill "$pid"; wait "$pid"
is "serve exits 0 on SIGTERM" "$?" 0

# a host name is an address to bind
serve_start "$TMP/serve2.out" "$BRIEF" --db "$DB" serve --address localhost --port 0
like "serve --address localhost binds it" "$url" '^http://localhost:[0-9]+/$'
is "and answers there" "$(get -o /dev/null -w '%{http_code}' "$url")" 200
kill "$pid"; wait "$pid"
done_testing
