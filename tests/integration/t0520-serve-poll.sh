#!/bin/sh
# brief serve --poll: the site serves while a second connection polls the
# sources, and the polled articles appear on the front page.
. "$SRCDIR/tests/lib.sh"
web=
fixture_start "$SRCDIR/tests/fixtures/feeds/site"
trap 'kill $srv $web 2>/dev/null; rm -rf "$TMP"' EXIT

ok "add a feed" brief add --allow-private "$B/rss.xml"
is "nothing is stored before polling" "$(brief list | wc -l | tr -d ' ')" 0
before=$(grep -c '^REQ GET /rss.xml' "$TMP/log")
"$BRIEF" --db "$DB" serve --poll --allow-private --delay 0 --port 0 >"$TMP/serve.out" 2>"$TMP/serve.err" &
web=$!
i=0
while ! grep -q 'http://' "$TMP/serve.out" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
url=$(grep -o 'http://[^ ,]*' "$TMP/serve.out" | head -1)
like "serve says it polls" "$(cat "$TMP/serve.out")" 'polling its sources'
# the poller stores the feed's articles while the server keeps answering
i=0
while [ "$(curl -s --max-time 5 "$url" | grep -c 'href="/article/')" -eq 0 ] && [ $i -lt 150 ]; do
	sleep 0.2; i=$((i + 1))
done
n=$(curl -s --max-time 5 "$url" | grep -c 'href="/article/')
[ "$n" -gt 0 ]; _report $? "polled articles appear on the front page ($n)"
polled=$(($(grep -c '^REQ GET /rss.xml' "$TMP/log") - before))
is "the poller fetched the feed once" "$polled" 1
sleep 2
is "... and not again before it is due" "$(($(grep -c '^REQ GET /rss.xml' "$TMP/log") - before))" 1
is "pages are served while polling" "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url")" 200
kill "$web"; wait "$web"; s=$?
web=
is "serve --poll stops on SIGTERM with status 0" "$s" 0
done_testing
