#!/bin/sh
# The site in a real browser: headless Chromium loads the front, article,
# dyad, actor, search and briefing pages of the demo, the rendered DOM is
# checked for each page's key elements, and screenshots are kept as test
# artefacts (light and dark, 1280 and 360 px wide) in
# $BUILD/test-artifacts/screens. Every page is also loaded 320 px wide, and
# its document must not be wider than that (no horizontal scrolling). Skipped when Chromium is not installed
# (Debian package chromium, in debian-packages.txt).
. "$SRCDIR/tests/lib.sh"
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
	skip "chromium is not installed (Debian package chromium)"
	done_testing
	exit 0
fi
# the demo (the run's shared copy), then a page whose title, outlet, byline, tags and text carry
# words and URLs wider than 320 px
ingest_once --no-fetch "$SRCDIR/demo/pages"
brief -q ingest --no-fetch "$SRCDIR/tests/fixtures/narrow/long-words.html" >/dev/null 2>&1
serve_start "$TMP/serve.out" "$BRIEF" --db "$DB" serve --port 0 --threads 2
art=${BUILD:-$SRCDIR/build}/test-artifacts/screens
rm -rf "$art" && mkdir -p "$art"
article=$(sqlite3 -batch -noheader "$DB" "SELECT id FROM articles WHERE url LIKE '%timeline-iran-and-the-taliban%'")
outlet=$(sqlite3 -batch -noheader "$DB" "SELECT source_id FROM articles WHERE id = $article")
long=$(sqlite3 -batch -noheader "$DB" "SELECT id FROM articles WHERE url LIKE '%segmentsegment%'")

# page name, screenshot modes ("all": light and dark, 1280 and 360 px;
# "narrow": none; else light at 1280 px; every page also light at 320 px), path, then the elements its rendered DOM must have
# (grep -E). The pages are listed first and loaded together in one browser
# (tests/helpers/browser.py: a launch costs more than the pages), then checked.
pages=""
jobs=""
page() {
	name=$1; modes=$2; path=$3; shift 3
	pages="$pages $name"
	printf '%s\n' "$@" >"$TMP/$name.want"
	jobs="$jobs $name=$url${path#/}"
	for mode in light dark; do
		[ $mode = dark ] && [ "$modes" != all ] && continue
		[ "$modes" = narrow ] && continue
		for w in 1280 360; do
			[ $w = 360 ] && [ "$modes" != all ] && continue
			jobs="$jobs $name-$mode-$w=$url${path#/}@$w,$mode"
			echo "$name-$mode-$w" >>"$TMP/$name.shots"
		done
	done
	jobs="$jobs $name-light-320=$url${path#/}@320,light"
	echo "$name-light-320" >>"$TMP/$name.shots"
}
check() { # name: the DOM's elements and the screenshots
	name=$1
	dom=$(cat "$art/$name.html" 2>/dev/null)
	like "$name: the browser renders it" "$dom" '<main id="main">'
	is "$name: one h1" "$(printf '%s' "$dom" | grep -o '<h1' | wc -l | tr -d ' ')" 1
	like "$name: a skip link" "$dom" '<a class="skip" href="#main">'
	while read -r want; do
		like "$name: has $want" "$dom" "$want"
	done <"$TMP/$name.want"
	while read -r shot; do
		[ -s "$art/$shot.png" ]
		_report $? "$name: screenshot $(printf %s "${shot#"$name"-}" | tr - " ") px"
		case $shot in *-320)
			read -r width wide <"$art/$shot.width" || width=
			[ -n "$width" ] && [ "$width" -le 320 ]
			_report $? "$name: 320 px wide, no horizontal overflow (scrollWidth $width)"
			[ -z "$wide" ] || echo "# $name: reaching past 320 px: $wide"
			;;
		esac
	done <"$TMP/$name.shots"
}

page front all / '<h2 id="top">Top stories</h2>' 'href="/dyads"' 'href="/dyad/[A-Z]+/[A-Z]+"'
page article all "/article/$article" '<article>' '<link rel="canonical"' '<blockquote class="ev">' 'href="/actor/IRN"'
page dyad all /dyad/AFGREB/IRN '<svg class="timeline"' '<rect class="(coop|conf)"' '<polyline class="bal"'
page actor all /actor/AFGREB 'Top partners' 'href="/dyad/AFGREB/IRN"'
page search all '/search?q=taliban' 'value="taliban"' '<mark>' 'stories found'
page briefing all /briefing 'Key events' 'Relationships that shifted'
page story narrow "/story/$article" "Every outlet's report" '<a class="t" href="/article/'
page outlet narrow "/source/$outlet" '<a class="t" href="/article/'
page dyads narrow /dyads '<table'
page actors narrow /actors '<table' 'href="/actor/IRN"' '<a href="/actors">Actors</a>'
page long narrow "/article/$long" 'UnbreakableUnbreakable' 'segmentsegment'
page longsearch narrow '/search?q=lorries' 'UnbreakableUnbreakable'
# shellcheck disable=SC2086
timeout 300 python3 "$SRCDIR/tests/helpers/browser.py" "$chrome" "$art" $jobs 2>"$TMP/browser.err"
s=$?
[ $s -eq 0 ] || sed 's/^/# /' "$TMP/browser.err"
_report $s "one browser loads every page"
for name in $pages; do
	check "$name"
done

kill "$pid"; wait "$pid"
echo "# screenshots in $art"
done_testing
