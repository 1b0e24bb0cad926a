#!/bin/sh
# Tag pages (/tag/NAME) and story pages (/story/ID) over HTTP, with their
# Atom feeds and JSON API records, linked from article pages; related news
# stored at ingest and read by the article page; briefings of earlier
# periods (/briefing/YYYY-MM-DD) with links to the periods around them.
. "$SRCDIR/tests/lib.sh"
# (the run's shared copy: t0610 starts from the same corpus)
ingest_once --no-fetch "$SRCDIR/demo/pages" "$SRCDIR/tests/fixtures/stories" "$SRCDIR/tests/fixtures/topics"

serve_start "$TMP/serve.out" "$BRIEF" --db "$DB" serve --port 0 --threads 2
base=${url%/}
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$TMP"' EXIT

get() { curl -s --max-time 30 "$@"; }
code() { get -o /dev/null -w '%{http_code}' "$base$1"; }
ctype() { get -o /dev/null -w '%{content_type}' "$base$1"; }
q() { sqlite3 -batch -noheader "$DB" "$1"; }
id_of() { q "SELECT id FROM articles WHERE url LIKE '%$1%'"; }

tagged=$(id_of sabzkar-farmers-release)
courier=$(id_of sabz-dam-courier)
ridge=$(id_of dam-cracks-ridge)
plains=$(id_of sabzkar-spillway-plains)
copy=$(id_of sabzkar-copy-wire)
fire=$(id_of market-fire-courier)
[ -n "$tagged" ] && [ -n "$courier" ] && [ -n "$ridge" ] && [ -n "$copy" ] && [ -n "$fire" ]
_report $? "the fixtures are stored"

# ---- related news: computed at ingest, stored, read by the page ----
is "every article's related news is computed at ingest" \
	"$(q 'SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM related_done)')" 0
is "the dam report's stored list has the other outlets' reports" \
	"$(q "SELECT group_concat(other_id) FROM (SELECT other_id FROM related WHERE article_id = $courier AND other_id IN ($ridge, $plains) ORDER BY other_id)")" \
	"$(printf '%s\n' "$ridge" "$plains" | sort -n | paste -sd, -)"
# an unrelated article put at the head of the stored list: the page shows what is stored
q "INSERT INTO related (article_id, other_id, score) VALUES ($courier, $fire, 99)"
related=$(get "$base/article/$courier" | sed -n '/<aside class="related"/,/<\/aside>/p')
like "the article page reads the stored list" "$(printf '%s\n' "$related" | sed -n 2p)" "^<li><a href=\"/article/$fire\">"

# ---- routes ----
html='text/html; charset=utf-8'
atom='application/atom+xml; charset=utf-8'
json='application/json'
# one curl asks for every route in turn: "path want type" beside "status content-type"
routes() {
	cat <<EOF
/tag/irrigation 200 html
/tag/water%20rights 200 html
/tag/sabzkar%20dam?page=1 200 html
/tag/irrigation.atom 200 atom
/api/v1/tags/irrigation 200 json
/api/v1/tags/water%20rights 200 json
/story/$courier 200 html
/story/$ridge 200 html
/story/$fire 200 html
/story/$courier.atom 200 atom
/api/v1/stories/$courier 200 json
/briefing/2025-03-05 200 html
/tag/nosuch 404 html
/tag/Irrigation 404 html
/tag/irrigation?page=0 400 html
/tag/nosuch.atom 404 html
/api/v1/tags/nosuch 404 json
/story/999999 404 html
/story/01 404 html
/story/999999.atom 404 html
/api/v1/stories/999999 404 json
/briefing/2025-02-30 404 html
/briefing/yesterday 404 html
EOF
}
set --
while read -r path _; do set -- "$@" -o /dev/null "$base$path"; done <<EOF
$(routes)
EOF
routes >"$TMP/routes"
get -g -w '%{http_code} %{content_type}\n' "$@" | paste -d ' ' "$TMP/routes" - >"$TMP/answers"
while read -r path want type got gottype; do
	is "GET $path is $want" "$got" "$want"
	is "GET $path is $type" "$gottype" "$(eval echo "\$$type")"
done <"$TMP/answers"

# ---- tags ----
page=$(get "$base/article/$tagged")
like "the article's tags are links" "$page" '<p class="tags"><span class="meta">Tags:</span> .*<a href="/tag/irrigation">irrigation</a>'
like "a tag of two words is one link" "$page" '<a href="/tag/water%20rights">water rights</a>'
unlike "a tag no URL can carry is not linked" "$page" 'alert\(20\)'
like "a hostile tag is shown as text" "$page" '&lt;b onmouseover=alert\(21\)&gt;x</a>'
unlike "... never as markup" "$page" '<b onmouseover'
page=$(get "$base/tag/irrigation")
like "the tag page has its one h1" "$page" '<h1>Tag: irrigation</h1>'
like "the tag page lists its articles" "$page" "href=\"/article/$tagged\">Sabzkar farmers ask"
like "the tag page has feed autodiscovery" "$page" '<link rel="alternate" type="application/atom\+xml"[^>]*href="/tag/irrigation.atom"'
like "the tag page has a canonical link" "$page" '<link rel="canonical" href="/tag/irrigation">'
unlike "the hostile tag's page is inert" "$(get "$base/tag/%3Cb%20onmouseover%3Dalert(21)%3Ex")" '<b onmouseover'
api=$(get "$base/api/v1/tags/water%20rights")
is "the tag's API record lists its articles" \
	"$(printf '%s' "$api" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["tag"], d["paging"]["page"], [a["id"] for a in d["articles"]])')" \
	"water rights 1 [$tagged]"
api=$(get "$base/api/v1/articles/$tagged")
like "the article's API record has its tags" "$api" '"tags": ?\[[^]]*"irrigation"'

# ---- stories ----
page=$(get "$base/article/$plains")
like "the article page links its story" "$page" "href=\"/story/$plains\">The story"
page=$(get "$base/story/$ridge")
like "a story page is at its first report's address" "$page" "<link rel=\"canonical\" href=\"/story/$courier\">"
like "the story names its reports and outlets" "$page" '3 reports by 3 outlets'
like "the story says when it was first and last reported" "$page" 'first 4 Mar 2025, 09:00 · last 5 Mar 2025, 07:15'
for a in "$courier" "$ridge" "$plains"; do
	like "the story lists report $a" "$page" "href=\"/article/$a\""
done
like "copies are named under their original" "$page" "Also published by <a href=\"/article/$copy\">"
unlike "an unrelated event is not in the story" "$page" "href=\"/article/$fire\""
page=$(get "$base/story/$fire")
like "an article in no story is a story of its own" "$page" 'only this report so far'
api=$(get "$base/api/v1/stories/$plains")
is "the story's API record" \
	"$(printf '%s' "$api" | python3 -c 'import json,sys; d=json.load(sys.stdin)["story"]; print(d["id"], d["independent_sources"], sorted(a["id"] for a in d["articles"]))')" \
	"$courier 3 $(python3 -c "print(sorted([$courier, $ridge, $plains]))")"

# ---- the stories list over a period, and its filters ----
# one member of the dam story tagged, another naming an actor: a filter on
# either keeps the story; a value no member has leaves the list empty
q "INSERT INTO tags (article_id, tag) VALUES ($ridge, 'spillway')"
q "INSERT INTO article_actors (article_id, actor) VALUES ($plains, 'IRNGOV')"
# stories QUERY: the first article of each story the list with QUERY
# gives; one python asks for every QUERY of stories.in, a line each
stories() { sed -n "$(grep -nxF -- "$1" "$TMP/stories.in" | cut -d : -f 1)p" "$TMP/stories.out"; }
filters() {
	cat <<EOF
source=Ridge%20Times $courier
source=Nosuch%20Outlet
lang=en $courier
lang=fr
tag=spillway $courier
tag=nosuch
actor=IRN $courier
actor=AFG
EOF
}
{
	echo 'since=2025-03-01&until=2025-03-31'
	echo 'since=2025-03-01&until=2025-03-03'
	filters | while read -r filter _; do echo "since=2025-03-01&until=2025-03-31&$filter"; done
} >"$TMP/stories.in"
python3 - "$base" "$TMP/stories.in" >"$TMP/stories.out" <<'PY'
import json, sys, urllib.error, urllib.request
for query in open(sys.argv[2]).read().splitlines():
    try:
        with urllib.request.urlopen(sys.argv[1] + "/api/v1/stories?" + query, timeout=30) as r:
            d = json.load(r)
    except urllib.error.HTTPError as e:
        d = json.load(e)
    print(" ".join(str(s["article_ids"][0]) for s in d["stories"]))
PY
is "the stories list finds the period's story" "$(stories 'since=2025-03-01&until=2025-03-31')" "$courier"
is "... not before it began" "$(stories 'since=2025-03-01&until=2025-03-03')" ""
while read -r filter want; do
	is "stories of March with $filter" "$(stories "since=2025-03-01&until=2025-03-31&$filter")" "$want"
done <<EOF
$(filters)
EOF

# ---- earlier briefings ----
page=$(get "$base/briefing/2025-03-05")
like "a period's briefing says its period" "$page" '<h1>Briefing: 5 Mar 2025</h1>'
like "... has that day's top stories" "$page" "href=\"/article/$ridge\""
unlike "... and not the next weeks'" "$page" "href=\"/article/$tagged\""
like "... links the period before" "$page" 'rel="prev" href="/briefing/2025-03-04"'
like "... and the next day with news, past the empty days" "$page" 'rel="next" href="/briefing/2025-03-20"'
like "... and is its own canonical page" "$page" '<link rel="canonical" href="/briefing/2025-03-05">'
# following "later" links from 2025-03-20 visits only days with news and ends on the last one
day=2025-03-20 days=0 empty=0
while [ -n "$day" ] && [ $days -lt 50 ]; do
	page=$(get "$base/briefing/$day")
	case $page in *'href="/article/'*) ;; *) empty=$((empty + 1)) ;; esac
	last=$day
	day=$(printf '%s' "$page" | sed -n 's|.*rel="next" href="/briefing/\([0-9-]*\)".*|\1|p' | head -1)
	days=$((days + 1))
done
is "each later day linked has news" "$empty" 0
is "the chain of later days ends on the newest day with news" "$last" \
	"$(q "SELECT substr(max(published), 1, 10) FROM articles WHERE published IS NOT NULL")"
page=$(get "$base/briefing")
like "the latest briefing links earlier periods" "$page" 'rel="prev" href="/briefing/[0-9]{4}-[0-9]{2}-[0-9]{2}"'

# ---- Atom feeds, read back by feedparser ----
# (is feedparser there? found, not imported: its import is most of a python's time)
if /usr/bin/python3 -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("feedparser") is None)' 2>/dev/null; then
	get "$base/tag/irrigation.atom" >"$TMP/feed1.xml"
	get "$base/story/$courier.atom" >"$TMP/feed2.xml"
	# one python reads both (importing feedparser is most of its time), a line each
	/usr/bin/python3 - "$TMP/feed1.xml" "$TMP/feed2.xml" >"$TMP/feeds.out" <<'PY'
import sys, feedparser
for f in sys.argv[1:]:
    d = feedparser.parse(f)
    ids = [e.get("id") for e in d.entries]
    ok = (not d.bozo and d.version == "atom10" and len(ids) > 0 and all(ids)
          and len(set(ids)) == len(ids) and all(e.get("updated") for e in d.entries)
          and d.feed.get("updated") and d.feed.get("title"))
    print("valid" if ok else "invalid: bozo=%s %s version=%s entries=%d" % (d.bozo, d.get("bozo_exception"), d.version, len(ids)))
PY
	is "/tag/irrigation.atom is valid Atom with unique ids" "$(sed -n 1p "$TMP/feeds.out")" valid
	is "/story/$courier.atom is valid Atom with unique ids" "$(sed -n 2p "$TMP/feeds.out")" valid
	is "the story feed has an entry a report" "$(get "$base/story/$courier.atom" | grep -c '<entry>')" 3
else
	skip "python3-feedparser is not installed (Debian python3-feedparser)"
fi

done_testing
