#!/bin/sh
# The site in a real browser: headless Chromium loads the front, article,
# dyad, actor, search and briefing pages of the demo, the rendered DOM is
# checked for each page's key elements, and screenshots are kept as test
# artefacts (light and dark, 1280 and 360 px wide) in
# $BUILD/test-artifacts/screens. Skipped when Chromium is not installed
# (Debian package chromium, in debian-packages.txt).
. "$SRCDIR/tests/lib.sh"
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
	skip "chromium is not installed (Debian package chromium)"
	done_testing
	exit 0
fi
brief -q ingest --no-fetch "$SRCDIR/demo/pages" "$SRCDIR"/demo/feeds/*.xml >/dev/null 2>&1
"$BRIEF" --db "$DB" serve --port 0 --threads 2 >"$TMP/serve.out" 2>"$TMP/serve.err" &
pid=$!
i=0
while ! grep -q 'http://' "$TMP/serve.out" 2>/dev/null && [ $i -lt 200 ]; do
	sleep 0.1; i=$((i + 1))
done
url=$(grep -o 'http://[^ ]*' "$TMP/serve.out" | head -1)
art=${BUILD:-$SRCDIR/build}/test-artifacts/screens
rm -rf "$art" && mkdir -p "$art"
article=$(sqlite3 -batch -noheader "$DB" "SELECT id FROM articles WHERE url LIKE '%timeline-iran-and-the-taliban%'")

run_chrome() { # args...: a fresh profile each time, no network but 127.0.0.1
	timeout 90 "$chrome" --headless --no-sandbox --disable-gpu --no-first-run \
		--disable-background-networking --disable-extensions --hide-scrollbars \
		--user-data-dir="$TMP/profile" "$@" 2>/dev/null
}

# page name, screenshot modes ("all": light and dark, 1280 and 360 px; else
# light at 1280 px: each launch of the browser takes a second or more of CPU),
# path, then the elements its rendered DOM must have (grep -E)
check() {
	name=$1; modes=$2; path=$3; shift 3
	dom=$(run_chrome --dump-dom "$url${path#/}")
	like "$name: the browser renders it" "$dom" '<main id="main">'
	is "$name: one h1" "$(printf '%s' "$dom" | grep -o '<h1' | wc -l | tr -d ' ')" 1
	like "$name: a skip link" "$dom" '<a class="skip" href="#main">'
	for want in "$@"; do
		like "$name: has $want" "$dom" "$want"
	done
	for mode in light dark; do
		scheme=1
		[ $mode = dark ] && scheme=0
		[ $mode = dark ] && [ "$modes" != all ] && continue
		for w in 1280 360; do
			[ $w = 360 ] && [ "$modes" != all ] && continue
			run_chrome --blink-settings=preferredColorScheme=$scheme --window-size=$w,1600 \
				--screenshot="$art/$name-$mode-$w.png" "$url${path#/}" >/dev/null
			[ -s "$art/$name-$mode-$w.png" ]
			_report $? "$name: screenshot $mode $w px"
		done
	done
}

check front all / '<h2 id="top">Top stories</h2>' 'href="/dyads"' 'href="/dyad/[A-Z]+/[A-Z]+"'
check article all "/article/$article" '<article>' '<link rel="canonical"' '<blockquote class="ev">' 'href="/actor/IRN"'
check dyad all /dyad/AFGREB/IRN '<svg class="timeline"' '<rect class="(coop|conf)"' '<polyline class="bal"'
check actor one /actor/AFGREB 'Top partners' 'href="/dyad/AFGREB/IRN"'
check search one '/search?q=taliban' 'value="taliban"' '<mark>' 'stories found'
check briefing one /briefing 'Key events' 'Relationships that shifted'

kill "$pid"; wait "$pid"
echo "# screenshots in $art"
done_testing
