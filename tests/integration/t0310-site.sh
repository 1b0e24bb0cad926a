#!/bin/sh
# The briefing site over HTTP on the demo corpus: every page, feed and API
# endpoint (status, content type, key content, paging, errors), HTTP
# caching (ETag and 304), gzip, HEAD, 405, the security headers, Atom
# feeds read back by a real feed parser with stable ids, and an XSS corpus
# proven inert on every page, feed and API response that shows it.
. "$SRCDIR/tests/lib.sh"
# the demo (the run's shared copy), then the XSS corpus on top
ingest_once --no-fetch "$SRCDIR/demo/pages"
brief -q ingest --no-fetch "$SRCDIR/tests/fixtures/xss/payloads.html" "$SRCDIR/tests/fixtures/xss/feed.xml" \
	>/dev/null 2>&1

start() { # db, outfile: serve it, set $url and $pid
	serve_start "$2" "$BRIEF" --db "$1" serve --port 0 --threads 2
}
start "$DB" "$TMP/serve.out"
like "serve prints its URL" "$url" '^http://127\.0\.0\.1:[0-9]+/$'
base=${url%/}

get() { curl -s --max-time 30 "$@"; }
code() { get -o /dev/null -w '%{http_code}' "$base$1"; }
# fetch DIR PATH...: one curl fetches each PATH, as `get` would, into DIR/1,
# DIR/2, ... (its headers into DIR/1.h, ...); `got DIR N` prints the Nth body
# (empty when none came)
fetch() {
	_d=$1; shift; mkdir -p "$_d"; _i=0
	for _p; do
		_i=$((_i + 1))
		[ $_i -eq 1 ] || echo next
		printf 'silent\nmax-time = 30\nurl = "%s"\noutput = "%s/%s"\ndump-header = "%s/%s.h"\n' \
			"$base$_p" "$_d" "$_i" "$_d" "$_i"
	done >"$_d.cfg"
	curl -K "$_d.cfg"
}
got() { cat "$1/$2" 2>/dev/null; }
q() { sqlite3 -batch -noheader "$DB" "$1"; }
id_of() { q "SELECT id FROM articles WHERE url LIKE '%$1%'"; }

timeline=$(id_of timeline-iran-and-the-taliban)
copy=$(id_of iran-taliban-border-clash-sasuli)
local_page=$(id_of 'file://%iran-holds-taliban-responsible')
xss=$(id_of xss.example.org)
xssfeed=$(id_of xss-feed.example.net)
src=$(q "SELECT source_id FROM articles WHERE id = $timeline")
[ -n "$timeline" ] && [ -n "$copy" ] && [ -n "$xss" ] && [ -n "$xssfeed" ]
_report $? "the demo and the XSS corpus are stored"

# ---- every route: status and content type ----
html='text/html; charset=utf-8'
atom='application/atom+xml; charset=utf-8'
json='application/json'
html_css='text/css; charset=utf-8'
# one curl asks for every route in turn: "path want type" beside "status content-type"
routes() {
	cat <<EOF
/ 200 html
/?page=2 200 html
/article/$timeline 200 html
/article/$copy 200 html
/article/$local_page 200 html
/sources 200 html
/source/$src 200 html
/actor/IRN 200 html
/actor/AFGREB 200 html
/actors 200 html
/dyads 200 html
/dyad/AFGREB/IRN 200 html
/dyad/IRN/AFGREB 301 html
/dyad/afgreb/irn 301 html
/actor/irn 301 html
/briefing 200 html
/search 200 html
/search?q=taliban 200 html
/search?q=taliban&sort=date&page=2 200 html
/search?q=herat&source=Newswire 200 html
/feed.atom 200 atom
/source/$src.atom 200 atom
/actor/IRN.atom 200 atom
/dyad/AFGREB/IRN.atom 200 atom
/search.atom?q=iran 200 atom
/healthz 200 json
/api/v1/openapi.json 200 json
/api/v1/articles 200 json
/api/v1/articles?page=2 200 json
/api/v1/articles/$timeline 200 json
/api/v1/search?q=taliban 200 json
/api/v1/search?q=herat&since=2020 200 json
/api/v1/sources 200 json
/api/v1/sources/$src 200 json
/api/v1/actors 200 json
/api/v1/actors/IRN 200 json
/api/v1/events 200 json
/api/v1/events?actor=AFGREB 200 json
/api/v1/dyads 200 json
/api/v1/dyads/AFGREB/IRN 200 json
/api/v1/stories 200 json
/api/v1/briefing 200 json
/static/style.css 200 html_css
/article/01 404 html
/article/+1 404 html
/article/999999 404 html
/source/999999 404 html
/source/999999.atom 404 html
/actor/ZZQ 404 html
/actor/lower 404 html
/dyad/IRN 404 html
/dyad/IRN/IRN 404 html
/dyad/IRN/ZZQ 404 html
/nowhere 404 html
/?page=0 400 html
/?page=x 400 html
/sources?page=-1 400 html
/search?q=%28unbalanced 400 html
/search.atom 400 html
/api/v1/nowhere 404 json
/api/v1/articles/999999 404 json
/api/v1/articles?since=garbage 400 json
/api/v1/actors/ZZQ 404 json
/api/v1/actors/irn 301 json
/api/v1/dyads/IRN/AFGREB 301 json
/api/v1/dyads/IRN/ZZQ 404 json
/search?q=taliban&sort=bogus 400 html
/search?q=taliban+AND 400 html
/api/v1/actors?page=0 400 json
/api/v1/search 400 json
/api/v1/search?q=taliban&sort=date 200 json
/api/v1/search?q=taliban&sort=relevance 200 json
/api/v1/search?q=taliban&sort=bogus 400 json
/api/v1/dyads/AFGREB/IRN?sort=month 200 json
/api/v1/dyads/AFGREB/IRN?sort=year 200 json
/api/v1/dyads/AFGREB/IRN?sort=weekly 400 json
/api/v1/articles?page=0 400 json
/api/v1/events?actor=%3Cx%3E 400 json
/api/v1/events?actor=irn 301 json
/api/v1/events?actor=Iran 301 json
/api/v1/events?actor=Narnia 400 json
/actor/Iran 301 html
/api/v1/actors/Iran 301 json
/api/v1/articles?foo=1 400 json
/api/v1/articles?q=taliban 400 json
/api/v1/briefing?page=2 400 json
/api/v1/actors/IRN?since=2020 400 json
/healthz?x=1 200 json
/api/v1/articles?& 200 json
/api/v1/articles?=1 200 json
/dyads?utm_source=x 200 html
EOF
}
set --
while read -r path _; do set -- "$@" -o /dev/null "$base$path"; done <<EOF
$(routes)
EOF
get -g -w '%{http_code} %{content_type}\n' "$@" >"$TMP/routes"
is "every route answers" "$(wc -l <"$TMP/routes" | tr -d ' ')" "$(routes | wc -l | tr -d ' ')"
routes | paste -d ' ' - "$TMP/routes" >"$TMP/answers"
while read -r path want type got gottype; do
	is "GET $path is $want" "$got" "$want"
	is "GET $path is $type" "$gottype" "$(eval echo "\$$type")"
done <"$TMP/answers"

# an actor written otherwise than by its code, or by a name: a 301 to the code, the query kept
for pair in "/api/v1/events?actor=irn&page=2 /api/v1/events?page=2&actor=IRN" \
	"/api/v1/events?actor=Iran /api/v1/events?actor=IRN" \
	"/api/v1/events?actor=the%20Taliban /api/v1/events?actor=AFGREB" \
	"/api/v1/articles?actor=iran&since=2021 /api/v1/articles?since=2021&actor=IRN" \
	"/actor/Iran /actor/IRN" "/actor/taliban.atom /actor/AFGREB.atom" \
	"/api/v1/actors/united%20states /api/v1/actors/USA" "/actor/NATO /actor/IGONAT" \
	"/api/v1/events?actor=EU /api/v1/events?actor=IGOEEU"; do
	# shellcheck disable=SC2086 # two paths without blanks
	set -- $pair
	is "$1 is a 301 to $2" "$(get -o /dev/null -w '%{http_code} %{redirect_url}' "$base$1")" "301 $base$2"
done
is "... which answers the code's events" "$(get -L "$base/api/v1/events?actor=Iran")" "$(get "$base/api/v1/events?actor=IRN")"
like "a name no actor has is a 400 saying what an actor is" "$(get "$base/api/v1/events?actor=Narnia")" \
	"actor: no actor is named 'Narnia': give a CAMEO code such as IRN or AFGREB, or a name"
# a search's actor: filter takes a name as the actor= parameter does
n_code=$(get "$base/api/v1/search?q=actor:IRN" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
like "search actor:IRN finds articles" "$n_code" '^[1-9][0-9]*$'
is "search actor:Iran finds what actor:IRN finds" "$(get "$base/api/v1/search?q=actor:Iran" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')" "$n_code"
like "... on the search page too" "$(get "$base/search?q=actor:Iran")" ">$n_code stories found<"
is "... and in its feed" "$(get "$base/search.atom?q=actor:Iran" | grep -c '<entry')" "$(get "$base/search.atom?q=actor:IRN" | grep -c '<entry')"
# a name no actor has is said so, as actor= says it, with the stored actors a slip away
for p in "/search?q=actor:Narnia" "/search?q=talks+actor:Narnia" "/api/v1/search?q=actor:Narnia" \
	"/search.atom?q=actor:Narnia"; do
	is "GET $p is a 400" "$(get -o /dev/null -w '%{http_code}' "$base$p")" 400
done
like "... the page saying the actor is not known" "$(get "$base/search?q=actor:Narnia")" \
	"no actor is named &#39;Narnia&#39;: give a CAMEO code"
is "... the search API as the events API says it" \
	"$(get "$base/api/v1/search?q=actor:Narnia")" "$(get "$base/api/v1/events?actor=Narnia")"
# a code in capitals that no dictionary knows and nothing names is said so alike
for p in "/search?q=actor:NARNIA" "/search?q=talks+actor:IRNXYZ" "/api/v1/search?q=actor:NARNIA" \
	"/search.atom?q=actor:NARNIA" "/api/v1/events?actor=NARNIA" "/api/v1/articles?actor=NARNIA"; do
	is "GET $p is a 400" "$(get -o /dev/null -w '%{http_code}' "$base$p")" 400
done
like "... the page saying the code is not known" "$(get "$base/search?q=actor:NARNIA")" \
	"no actor is named &#39;NARNIA&#39;: give a CAMEO code"
like "... the API too" "$(get "$base/api/v1/search?q=actor:NARNIA")" \
	'^[{]"error":[{]"status":400,"message":"actor: no actor is named .NARNIA.: give a CAMEO code'
is "a code the dictionaries know that nothing names finds nothing, no error" \
	"$(get -w ' %{http_code}' "$base/api/v1/search?q=actor:BRN" | python3 -c 'import json,sys; t=sys.stdin.read().rsplit(" ",1); print(json.loads(t[0])["total"], t[1])')" "0 200"
is "... as do sector codes the dictionaries build" \
	"$(get -o /dev/null -w '%{http_code}' "$base/api/v1/search?q=actor:IRNMEDGOV")" 200
# an empty search names the filter that no article passes on its own
like "a source: no outlet has is named" "$(get "$base/search?q=water+source:nosuchoutlet")" \
	"No results: no outlet is named “nosuchoutlet” or has it in its address"
like "... a tag: no article has too" "$(get "$base/search?q=tag:nosuchtag")" \
	"No results: no article has the tag “nosuchtag”"
like "... while words that match nothing keep the general advice" \
	"$(get "$base/search?q=zzzqqqx+source:newswire")" "No results. Try fewer words"
like "a name mistyped is answered with the actor meant" "$(get "$base/search?q=actor:Afganistan")" \
	"did you mean Afghanistan \(AFG\)\?"
like "... in the API too" "$(get "$base/api/v1/events?actor=Tailban")" "did you mean Taliban \(AFGREB\)\?"
unlike "a name far from every actor is suggested none" "$(get "$base/search?q=actor:Narnia")" "did you mean"
like "the start of stored codes in lower case is still their filter" "$(get "$base/search?q=actor:ir")" \
	">[1-9][0-9]* stor(y|ies) found<"

# ---- key content ----
front=$(get "$base/")
is "the front page has one h1" "$(printf '%s' "$front" | grep -o '<h1' | wc -l | tr -d ' ')" 1
like "the front page has top stories" "$front" 'Top stories'
like "the front page has latest news" "$front" 'Latest news'
# a newcomer: front page -> relationships -> the Iran-Taliban timeline, or straight there
like "the front page links the relationships" "$front" 'href="/dyads"'
like "the front page links the Iran-Taliban timeline" "$front" 'href="/dyad/AFGREB/IRN"'
is "the front page's relationships are those that moved most, most first" "$(printf '%s' "$front" | python3 -c '
import re, sys
sec = sys.stdin.read().split("Relationships that moved most")[1].split("</section>")[0]
moves = [abs(float(a) - float(b)) for a, b in re.findall(r": ([-+][0-9.]+), from ([-+][0-9.]+)", sec)]
print(len(moves) > 2, moves == sorted(moves, reverse=True))')" "True True"
dyads=$(get "$base/dyads")
like "the relationships page links the Iran-Taliban timeline" "$dyads" 'href="/dyad/AFGREB/IRN">Taliban – Iran<'
like "the front page has a skip link and a labelled search box" "$front" 'class="skip" href="#main".*<label class="vh" for="site-q">'
like "the front page has landmarks" "$front" '<main id="main">'
like "the front page has feed autodiscovery" "$front" '<link rel="alternate" type="application/atom\+xml"[^>]*href="/feed.atom"'
# each list page announces its own feed, and the latest news once
announce() {
	cat <<EOF
/source/$src /source/$src.atom
/actor/IRN /actor/IRN.atom
/dyad/AFGREB/IRN /dyad/AFGREB/IRN.atom
/search?q=iran /search.atom?q=iran
/story/$timeline /story/$timeline.atom
/briefing /feed.atom
EOF
}
# shellcheck disable=SC2046 # the paths have no blanks
fetch "$TMP/announce" $(announce | cut -d ' ' -f 1)
n=0
while read -r p f; do
	n=$((n + 1))
	page=$(got "$TMP/announce" $n)
	re=$(printf '%s' "$f" | sed 's/[?.+]/\\&/g')
	like "$p announces $f" "$page" "<link rel=\"alternate\" type=\"application/atom\\+xml\"[^>]*href=\"$re\""
	is "$p announces the latest news once" "$(printf '%s' "$page" | grep -o '<link rel="alternate"[^>]*href="/feed.atom"' | wc -l | tr -d ' ')" 1
done <<EOF
$(announce)
EOF

page=$(get "$base/article/$timeline")
is "the article's title is its one h1" "$(printf '%s' "$page" | grep -o '<h1>[^<]*</h1>')" \
	'<h1>From Mazar to Milak: a timeline of Iran and the Taliban, 1998-2026</h1>'
like "the article has a canonical link" "$page" "<link rel=\"canonical\" href=\"/article/$timeline\">"
like "the article has OpenGraph tags" "$page" '<meta property="og:type" content="article">'
like "the article page is in the article's language" "$page" '<html lang="en">'
like "the outlet links to its page" "$page" "<a href=\"/source/$src\">Frontier Review</a>"
unlike "a byline equal to the outlet is not repeated" "$page" 'Frontier Review</a> · Frontier Review staff'
like "the actors are links" "$page" 'href="/actor/IRN">Iran</a>'
like "events show their evidence sentence" "$page" '<blockquote class="ev">'
like "the article page has related and latest news" "$page" 'Related news.*|Latest news'
like "the date and time are shown" "$page" '<time datetime="2026-02-10T08:00:00Z">10 Feb 2026, 08:00</time>'

page=$(get "$base/article/$copy")
like "a copy sends the reader to the original" "$page" 'class="attr">Read more: <a href="/article/[0-9]+">Kabul Ledger'
like "a copy shows an excerpt" "$page" 'An excerpt'
like "a copy lists who else published it" "$page" 'Also published by'

page=$(get "$base/article/$local_page")
unlike "a local file path is never shown" "$page" 'file:|/work/|demo/pages'
local_day=$(q "SELECT substr(published, 1, 10) FROM articles WHERE id = $local_page")
# (a local file has no outlet, so no outlet page)
set -- / /briefing "/briefing/$local_day" /sources \
	"/search?q=diplomats" "/search.atom?q=diplomats" "/story/$local_page" "/story/$local_page.atom" \
	/actor/IRN /actor/IRN.atom /dyad/AFGREB/IRN /dyad/AFGREB/IRN.atom /api/v1/articles \
	"/api/v1/articles/$local_page" "/api/v1/stories/$local_page" \
	/api/v1/sources /api/v1/events /api/v1/briefing "/api/v1/search?q=diplomats" /feed.atom
fetch "$TMP/local" "$@"
n=0
for p; do
	n=$((n + 1))
	unlike "no local file path on $p" "$(got "$TMP/local" $n)" 'file:/|/work/|demo/pages'
done

page=$(get "$base/dyad/AFGREB/IRN")
like "the dyad page draws its timeline" "$page" '<svg class="timeline"'
like "the timeline has the Goldstein balance line" "$page" '<polyline class="bal"'
like "the dyad's events link their articles" "$page" '<p class="meta">Article: <a href="/article/[0-9]+">'
like "the dyad page has its feed" "$page" 'href="/dyad/AFGREB/IRN.atom"'
page=$(get "$base/actor/IRN")
like "the actor page lists top partners" "$page" 'Top partners'
like "the actor page links a dyad" "$page" 'href="/dyad/'
page=$(get "$base/briefing")
like "the briefing has key events" "$page" 'Key events'

page=$(get "$base/search?q=taliban")
like "the query is kept in the header box" "$page" 'id="site-q" type="search" name="q" placeholder="Search" value="taliban"'
like "search finds stories" "$page" '[0-9]+ stories found'
page=$(get "$base/search?q=taliban&page=50")
like "past the last page says so" "$page" 'past the last page'
page=$(get "$base/search?q=zzyzzyqqq")
like "no results says so" "$page" 'No results'
page=$(get "$base/?page=50")
like "the front page past its end says so" "$page" 'past the last page'
unlike "and does not ask to ingest" "$page" 'brief ingest'

# the API's answers asked below, fetched by one curl and read by one python
# (a python started for each question cost more than the answers): a line
# each, in the order of the checks that read them
fetch "$TMP/api" /api/v1/articles "/api/v1/articles?source=Newswire&since=2020" /api/v1/articles/999999 \
	/api/v1/openapi.json /api/v1/actors
python3 - "$TMP/api" >"$TMP/api.out" <<'PY'
import json, sys
def load(n):
    with open("%s/%d" % (sys.argv[1], n)) as f:
        return json.load(f)
d = load(1)
print(d["paging"]["page"], d["paging"]["per_page"], len(d["articles"]) > 0)
d = load(2)["articles"]
print(len(d) > 1, all(a["outlet"] == "Newswire" and a["published"] >= "2020" for a in d))
print(load(3)["error"]["status"])
d = load(4)
print(d["openapi"][:2], "/api/v1/search" in d["paths"])
p = d["paths"]
print(all("/api/v1/" + n in p for n in ("articles", "articles/{id}", "search", "stories", "sources", "actors", "events", "dyads", "briefing")))
# every list it names, search with its one required parameter
print(" ".join(k + ("?q=taliban" if k == "/api/v1/search" else "") for k in p if "{" not in k))
d = load(5)["actors"]
print(d[0]["code"], d[0]["url"], all(d[i]["events"] >= d[i + 1]["events"] for i in range(len(d) - 1)))
PY
api() { sed -n "${1}p" "$TMP/api.out"; }
is "the API pages" "$(api 1)" "1 50 True"
is "the API's articles take the search's filters" "$(api 2)" "True True"
is "API errors are JSON with their status" "$(api 3)" 404
is "the OpenAPI document is OpenAPI 3" "$(api 4)" "3. True"
cp "$TMP/api/4" "$TMP/openapi.json"
# every list the OpenAPI document names answers; the issue's lists are all there
# shellcheck disable=SC2046 # the paths have no blanks
set -- $(api 6)
fetch "$TMP/lists" "$@"
n=0
for p; do
	n=$((n + 1))
	is "OpenAPI's ${p%%\?*} answers" "$(sed -n '1s/^HTTP[^ ]* \([0-9]*\).*/\1/p' "$TMP/lists/$n.h")" 200
done
is "the API has every list" "$(api 5)" True
# every list takes the search's filters it declares, read by the search's
# parser: a good value answers, one that cannot be read is a 400, and so is
# a filter the list does not take
python3 - "$base" "$TMP/openapi.json" >"$TMP/filters" <<'PY'
import json, sys, urllib.error, urllib.request
base, doc = sys.argv[1], json.load(open(sys.argv[2]))
fill = {"{id}": None, "{code}": "IRN", "{a}": "AFGREB", "{b}": "IRN", "{name}": "afghanistan"}
good = {"source": "Newswire", "lang": "en", "since": "2020", "until": "2024", "tag": "afghanistan", "actor": "IRN"}
bad = {"source": "%22x", "lang": "%22x", "since": "bogus", "until": "2024-13", "tag": "%22x", "actor": "%22x"}
def status(url):
    try:
        with urllib.request.urlopen(url) as r:
            json.load(r)
            return r.status
    except urllib.error.HTTPError as e:
        json.load(e)
        return e.code
for path, ops in doc["paths"].items():
    names = [p.get("name") or p["$ref"].rsplit("/", 1)[1] for p in ops["get"].get("parameters", [])]
    if "page" not in names or any(k in path and v is None for k, v in fill.items()):
        continue
    for k, v in fill.items():
        path = path.replace(k, v or "")
    sep = "?q=taliban&" if path.endswith("/search") else "?"
    for f in good:
        if f in names:
            print(path, f, "good", status(base + path + sep + f + "=" + good[f]))
            print(path, f, "bad", status(base + path + sep + f + "=" + bad[f]))
        else:
            print(path, f, "not-taken", status(base + path + sep + f + "=" + good[f]))
PY
_report $? "every list answers each filter as JSON"
like "the lists take filters" "$(cat "$TMP/filters")" '/api/v1/events since good'
while read -r path f how got; do
	case $how in good) want=200 ;; *) want=400 ;; esac
	is "$path: $f filter, $how value: $want" "$got" "$want"
done <"$TMP/filters"
# a filter changes the list: every item passes it, and some did not.
# One python fetches each list and answers every question below, a line
# each: "QUESTION<tab>ANSWER", the question as count, all_events, sum_events
# and sum_articles below ask it.
python3 - "$base" >"$TMP/lists.out" <<'PY'
import json, sys, urllib.error, urllib.request
base = sys.argv[1]
def get(path):
    try:
        with urllib.request.urlopen(base + path, timeout=30) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        return json.load(e)
asked = {
    "count": [("/api/v1/dyads/AFGREB/IRN?source=Newswire", "events"), ("/api/v1/dyads/AFGREB/IRN", "events"),
              ("/api/v1/dyads/AFGREB/IRN?tag=afghanistan", "events"), ("/api/v1/events?tag=no-such-tag", "events"),
              ("/api/v1/dyads/AFGREB/IRN?since=2021", "events"), ("/api/v1/articles?actor=AFGREB", "articles"),
              ("/api/v1/articles", "articles"), ("/api/v1/tags/afghanistan?until=2001", "articles"),
              ("/api/v1/tags/afghanistan", "articles"), ("/api/v1/sources?lang=de", "sources")],
    "all_events": [("/api/v1/events?since=2021", 'e["date"] >= "2021"'),
                   ("/api/v1/events?until=2001&actor=irn", 'e["date"][:4] <= "2001" and "IRN" in (e["source"][:3], e["target"][:3])'),
                   ("/api/v1/dyads/AFGREB/IRN?since=2021", 'e["date"] >= "2021"')],
    "sum_events": [("/api/v1/actors" + f, "actors") for f in
                   ("", "?source=Newswire", "?tag=afghanistan", "?lang=en", "?lang=de", "?since=2021", "?until=2001")]
                  + [("/api/v1/dyads" + f, "dyads") for f in
                     ("", "?source=Newswire", "?lang=en", "?lang=de", "?since=2021", "?until=2001")],
    "sum_articles": [("/api/v1/sources" + f, None) for f in ("", "?since=2021", "?until=2001", "?tag=afghanistan", "?actor=afgreb", "?lang=en")],
}
for how, qs in asked.items():
    for path, arg in qs:
        d = get(path)
        if how == "count":
            v = len(d[arg])
        elif how == "all_events":
            d = d["events"]
            v = len(d) > 0 and all(eval(arg, {"e": e}) for e in d)
        elif how == "sum_events":
            v = sum(x["events"] for x in d[arg])
        else:
            v = sum(x["articles"] for x in d["sources"])
        print("%s %s %s\t%s" % (how, path, arg or "", v))
PY
# answer QUESTION: its answer in $TMP/lists.out. One awk writes every line
# of it as a branch of a case in a function, which the shell reads once:
# an awk started for each of the 35 questions cost more than the answers.
awk -F '\t' 'BEGIN { q = sprintf("%c", 39); print "answer() {\n\tcase $1 in" }
	{ k = $1; v = $2; gsub(q, q "\\\\" q q, k); gsub(q, q "\\\\" q q, v)
	  printf "\t%s%s%s) printf \"%%s\\n\" %s%s%s ;;\n", q, k, q, q, v, q }
	END { print "\tesac\n}" }' "$TMP/lists.out" >"$TMP/answer.sh"
. "$TMP/answer.sh"
count() { answer "count $1 $2"; }
all_events() { answer "all_events $1 $2"; }
is "events since 2021: each dated so" "$(all_events '/api/v1/events?since=2021' 'e["date"] >= "2021"')" True
is "events until 2001: each dated so" "$(all_events '/api/v1/events?until=2001&actor=irn' 'e["date"][:4] <= "2001" and "IRN" in (e["source"][:3], e["target"][:3])')" True
is "a dyad's events of an outlet: fewer" "$(( $(count '/api/v1/dyads/AFGREB/IRN?source=Newswire' events) < $(count '/api/v1/dyads/AFGREB/IRN' events) ))" 1
is "... of a tag: fewer still" "$(( $(count '/api/v1/dyads/AFGREB/IRN?tag=afghanistan' events) < $(count '/api/v1/dyads/AFGREB/IRN?source=Newswire' events) ))" 1
is "events of a tag none has: none" "$(count '/api/v1/events?tag=no-such-tag' events)" 0
is "a dyad's events since 2021: each dated so" "$(all_events '/api/v1/dyads/AFGREB/IRN?since=2021' 'e["date"] >= "2021"')" True
is "... and fewer than all" "$(( $(count '/api/v1/dyads/AFGREB/IRN?since=2021' events) < $(count '/api/v1/dyads/AFGREB/IRN' events) ))" 1
is "the articles of an actor: fewer" "$(( $(count '/api/v1/articles?actor=AFGREB' articles) < $(count '/api/v1/articles' articles) ))" 1
is "a tag's articles until 2001: fewer" "$(( $(count '/api/v1/tags/afghanistan?until=2001' articles) < $(count '/api/v1/tags/afghanistan' articles) ))" 1
sum_events() { answer "sum_events $1 $2"; }
is "the actors of an outlet's events: fewer events" "$(( $(sum_events '/api/v1/actors?source=Newswire' actors) < $(sum_events '/api/v1/actors' actors) ))" 1
is "... of a tag's articles: fewer" "$(( $(sum_events '/api/v1/actors?tag=afghanistan' actors) < $(sum_events '/api/v1/actors' actors) ))" 1
is "... in English (every article): all, in German: none" "$(sum_events '/api/v1/actors?lang=en' actors) $(sum_events '/api/v1/actors?lang=de' actors)" "$(sum_events '/api/v1/actors' actors) 0"
is "... since 2021: fewer" "$(( $(sum_events '/api/v1/actors?since=2021' actors) < $(sum_events '/api/v1/actors' actors) ))" 1
is "... until 2001: fewer" "$(( $(sum_events '/api/v1/actors?until=2001' actors) < $(sum_events '/api/v1/actors' actors) ))" 1
is "the dyads of an outlet's events: fewer events" "$(( $(sum_events '/api/v1/dyads?source=Newswire' dyads) < $(sum_events '/api/v1/dyads' dyads) ))" 1
is "... in English (every article): all, in German: none" "$(sum_events '/api/v1/dyads?lang=en' dyads) $(sum_events '/api/v1/dyads?lang=de' dyads)" "$(sum_events '/api/v1/dyads' dyads) 0"
is "... since 2021: fewer" "$(( $(sum_events '/api/v1/dyads?since=2021' dyads) < $(sum_events '/api/v1/dyads' dyads) ))" 1
is "... until 2001: fewer" "$(( $(sum_events '/api/v1/dyads?until=2001' dyads) < $(sum_events '/api/v1/dyads' dyads) ))" 1
sum_articles() { answer "sum_articles $1 "; }
for f in since=2021 until=2001 tag=afghanistan actor=afgreb; do
	is "the outlets' articles with $f: fewer" "$(( $(sum_articles "/api/v1/sources?$f") < $(sum_articles /api/v1/sources) ))" 1
done
is "... in English (every article): all, in German: none" "$(sum_articles '/api/v1/sources?lang=en') $(count '/api/v1/sources?lang=de' sources)" "$(sum_articles /api/v1/sources) 0"
is "the actors list counts events, most first, each linked" "$(api 7)" "IRN /api/v1/actors/IRN True"

# ---- HTTP ----
hdr=$(get -D - -o /dev/null "$base/")
like "pages carry a strict CSP" "$hdr" "Content-Security-Policy: default-src 'none'"
like "pages carry nosniff" "$hdr" 'X-Content-Type-Options: nosniff'
like "pages carry a Referrer-Policy" "$hdr" 'Referrer-Policy: no-referrer'
like "pages carry Cache-Control" "$hdr" 'Cache-Control: public, max-age=60'
etag=$(printf '%s' "$hdr" | tr -d '\r' | sed -n 's/^ETag: //p')
like "pages carry an ETag" "$etag" '^"[0-9a-f]{16}"$'
is "a matching If-None-Match is 304" "$(get -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$base/")" 304
is "another ETag is 200" "$(get -o /dev/null -w '%{http_code}' -H 'If-None-Match: "x"' "$base/")" 200
lm=$(printf '%s' "$hdr" | tr -d '\r' | sed -n 's/^Last-Modified: //p')
like "pages carry a Last-Modified" "$lm" '^[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} GMT$'
# each server thread draws its own copy: a date after any of them is current
later=$(LC_ALL=C date -u -d '+1 minute' '+%a, %d %b %Y %H:%M:%S GMT')
is "If-Modified-Since a later date is 304" "$(get -o /dev/null -w '%{http_code}' -H "If-Modified-Since: $later" "$base/")" 304
is "If-Modified-Since long before is 200" "$(get -o /dev/null -w '%{http_code}' -H 'If-Modified-Since: Mon, 01 Jan 2001 00:00:00 GMT' "$base/")" 200
is "the ETag is the same on the next request" "$(get -D - -o /dev/null "$base/" | tr -d '\r' | sed -n 's/^ETag: //p')" "$etag"
gz=$(get -D - -o /dev/null -H 'Accept-Encoding: gzip' "$base/article/$timeline")
like "text is gzipped when asked" "$gz" 'Content-Encoding: gzip'
is "gzipped and plain bodies are the same page" "$(get --compressed "$base/article/$timeline" | cksum)" "$(get "$base/article/$timeline" | cksum)"
head=$(get -I "$base/dyad/AFGREB/IRN")
like "HEAD answers 200" "$head" '^HTTP/1.1 200'
is "HEAD sends no body" "$(get -I -o /dev/null -w '%{size_download}' "$base/")" 0
post=$(get -D - -o /dev/null -X POST -d x=1 "$base/")
like "POST is 405" "$post" '^HTTP/1.1 405'
like "405 says what is allowed" "$post" 'Allow: GET, HEAD'
is "POST to the API is 405" "$(get -o /dev/null -w '%{http_code}' -X DELETE "$base/api/v1/articles")" 405

# ---- Atom feeds, read back by feedparser ----
# (is feedparser there? found, not imported: its import is most of a python's time)
if /usr/bin/python3 -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("feedparser") is None)' 2>/dev/null; then
	set -- /feed.atom "/source/$src.atom" /actor/IRN.atom /dyad/AFGREB/IRN.atom "/search.atom?q=iran"
	n=0
	for f; do
		n=$((n + 1))
		get "$base$f" >"$TMP/feed$n.xml"
	done
	# one python reads them all (importing feedparser is most of its time), a line each
	/usr/bin/python3 - "$TMP" $# >"$TMP/feeds.out" <<'PY'
import sys, feedparser
for n in range(1, int(sys.argv[2]) + 1):
    d = feedparser.parse("%s/feed%d.xml" % (sys.argv[1], n))
    ids = [e.get("id") for e in d.entries]
    ok = (not d.bozo and d.version == "atom10" and len(ids) > 0 and all(ids)
          and len(set(ids)) == len(ids) and all(e.get("updated") for e in d.entries)
          and d.feed.get("updated") and d.feed.get("title"))
    print("valid" if ok else "invalid: bozo=%s %s version=%s entries=%d" % (d.bozo, d.get("bozo_exception"), d.version, len(ids)))
PY
	n=0
	for f; do
		n=$((n + 1))
		is "$f is valid Atom with unique ids" "$(sed -n "${n}p" "$TMP/feeds.out")" valid
	done
	ids1=$(get "$base/feed.atom" | grep -o '<id>[^<]*</id>' | sort)
else
	skip "python3-feedparser is not installed (Debian python3-feedparser)"
fi

# ---- XSS corpus: inert everywhere it shows ----
# its tags, as the article page links them: markup in a tag's name
svgtag=$(get "$base/article/$xss" | grep -o 'href="/tag/%3Csvg[^"]*"' | sed 's/href="//; s/"$//')
btag=$(get "$base/article/$xss" | grep -o 'href="/tag/%22%3E%3Cb[^"]*"' | sed 's/href="//; s/"$//')
is "the hostile tags have their pages" "$(code "$svgtag") $(code "$btag")" "200 200"
# Every value goes out escaped: none of these can appear as markup (an
# attribute on* of an element, a javascript: or data: link), only as text.
bad='<script|<svg[ /]on|<img src=x|<iframe|<b onmouseover|<p onclick|<[a-z]+( +[a-z:-]+(="[^"]*")?)* +on[a-z]+=|="javascript:|="data:text|href=.?javascript'
set -- / "/article/$xss" "/article/$xssfeed" "/search?q=ministers" "/search?q=envoys" /sources \
	/briefing /actor/IRN /actor/AFGREB /dyad/AFGREB/IRN /dyads /feed.atom /actor/AFGREB.atom \
	/dyad/AFGREB/IRN.atom "/search.atom?q=ministers" "/source/$(q "SELECT source_id FROM articles WHERE id = $xss").atom" \
	"/source/$(q "SELECT source_id FROM articles WHERE id = $xss")" "/story/$xss" "/story/$xss.atom" \
	"/story/$xssfeed" "/briefing/$(q "SELECT substr(published, 1, 10) FROM articles WHERE id = $xss")" \
	"$svgtag" "$svgtag.atom" "$btag" "$btag.atom"
fetch "$TMP/xss" "$@"
n=0
for p; do
	n=$((n + 1))
	unlike "XSS inert on $p" "$(got "$TMP/xss" $n)" "$bad"
done
# the XSS corpus through the API: one curl fetches these, one python reads
# each as JSON (a line each: "json", or why not), then the XSS article's
# title and image (the sixth: its API page)
set -- "/api/v1/stories/$xss" "/api/v1/events" "/api/v1/actors/AFGREB" "/api/v1/tags/${svgtag#/tag/}" \
	"/api/v1/tags/${btag#/tag/}" \
	"/api/v1/articles/$xss" "/api/v1/articles/$xssfeed" "/api/v1/search?q=ministers" /api/v1/articles /api/v1/briefing
fetch "$TMP/xssapi" "$@"
python3 - "$TMP/xssapi" $# >"$TMP/xssapi.out" <<'PY'
import json, sys
for n in range(1, int(sys.argv[2]) + 1):
    try:
        json.load(open("%s/%d" % (sys.argv[1], n)))
        print("json")
    except Exception as e:
        print(repr(e).replace("\n", " "))
a = json.load(open("%s/6" % sys.argv[1]))["article"]
print(a["title"])
print(a["image"])
PY
n=0
for p; do
	n=$((n + 1))
	is "XSS: $p is JSON" "$(sed -n "${n}p" "$TMP/xssapi.out")" json
	# (the articles, search and briefing: how they are served)
	[ $n -le 5 ] ||
		like "XSS: $p is served as JSON, not sniffed" "$(cat "$TMP/xssapi/$n.h")" 'application/json.*|nosniff'
done
is "the API keeps a title as it was, as data" "$(sed -n "$(($# + 1))p" "$TMP/xssapi.out")" \
	'Ministers meet <script>alert(1)</script> at the border <svg onload=alert(2)>'
is "the API gives no javascript: URL" "$(sed -n "$(($# + 2))p" "$TMP/xssapi.out")" None
page=$(get "$base/article/$xss")
like "the hostile title is shown, escaped" "$page" '&lt;script&gt;alert\(1\)&lt;/script&gt;'
like "the hostile text is shown, escaped" "$page" '&lt;img src=x onerror=alert\(8\)&gt;'
unlike "a javascript: image is not used" "$page" 'alert\(5\)'

# ---- an unknown API parameter is named; a page ignores it ----
like "an unknown API parameter is a 400 that names it" "$(get "$base/api/v1/articles?foo=1")" \
	'^\{"error":\{"status":400,"message":"unknown query parameter \\"foo\\": this endpoint takes source, lang, since, until, tag, actor, page"\}\}$'
is "a page cached without a parameter is not the API's answer with one" \
	"$(get "$base/api/v1/events" >/dev/null; get -o /dev/null -w '%{http_code}' "$base/api/v1/events?sorce=Newswire")" 400

# ---- the crawl: every count of events agrees with the lists it counts, each
# deed once (a relationship's row, its page, timeline, feed and API; an
# actor's row, page, API twin, sub-actors and events list; the briefing's
# page and API) ----
python3 - "$base" >"$TMP/crawl.out" <<'PY'
import json, re, sys, urllib.request, urllib.error
base = sys.argv[1]
def raw(path):
    try:
        with urllib.request.urlopen(base + path, timeout=30) as r:
            return r.read().decode()
    except urllib.error.HTTPError as e:
        return e.read().decode()
def js(path):
    return json.loads(raw(path))
def pages(path, key):
    out, n = [], 1
    while True:
        d = js(path + ("&" if "?" in path else "?") + "page=%d" % n)
        out += d[key]
        if not d["paging"]["more"]:
            return out
        n += 1
bad = []
def check(what, got, want):
    if got != want:
        bad.append("%s: %r, not %r" % (what, got, want))
for d in pages("/api/v1/dyads", "dyads"):
    a, b, n = d["a"], d["b"], d["events"]
    html = raw("/dyad/%s/%s" % (a, b))
    m = re.search(r" · (\d+) events?, mean Goldstein", html)
    check("/dyad/%s/%s count" % (a, b), int(m.group(1)) if m else None, n)
    check("/dyad/%s/%s listed" % (a, b), html.count('class="meta deed"'), min(n, 200))
    ev = pages("/api/v1/dyads/%s/%s" % (a, b), "events")
    check("/api/v1/dyads/%s/%s events" % (a, b), len(ev), n)
    feed = raw("/dyad/%s/%s.atom" % (a, b))
    check("/dyad/%s/%s.atom entries" % (a, b), feed.count("<entry>"), min(n, 50))
    ser = js("/api/v1/dyads/%s/%s" % (a, b))["series"]
    if sum(s["events"] for s in ser) > n:
        bad.append("/api/v1/dyads/%s/%s series sums more than its events" % (a, b))
for x in pages("/api/v1/actors", "actors"):
    c, n = x["code"], x["events"]
    html = raw("/actor/" + c)
    m = re.search(r"Actor code \w+ · (\d+) events?", html)
    check("/actor/%s count" % c, int(m.group(1)) if m else None, n)
    one = js("/api/v1/actors/" + c)
    check("/api/v1/actors/%s events_total" % c, one["events_total"], n)
    check("/api/v1/actors/%s events" % c, len(one["events"]), min(n, 30))
    check("/actor/%s listed" % c, html.count('class="meta deed"'), min(n, 30))
    check("/api/v1/events?actor=%s" % c, len(pages("/api/v1/events?actor=" + c, "events")), n)
    for s in one["sub_actors"] + one["apart"]:
        sub = js("/api/v1/actors/" + s["code"])
        check("/api/v1/actors/%s via %s" % (s["code"], c), sub["events_total"], s["events"])
html = raw("/briefing")
key = html.split("<h2>Key events</h2>")[1].split("</ol>")[0].count('class="meta deed"')
br = js("/api/v1/briefing")
check("/api/v1/briefing events", len(br["events"]), key)
top = html.split("<h2>Top stories</h2>")[1].split("</ol>")[0].count("<li>")
check("/api/v1/briefing top_stories", len(br["top_stories"]), top)
shifted = html.split("Relationships that shifted</h2>")[1].split("</ul>")[0].count("<li>") if "Relationships that shifted" in html else 0
check("/api/v1/briefing dyads_shifted", len(br["dyads_shifted"]), shifted)
print("\n".join(bad) if bad else "consistent")
PY
is "counts, lists, feeds and API agree" "$(cat "$TMP/crawl.out")" consistent

kill "$pid"; wait "$pid"
is "serve exits 0 on SIGTERM" "$?" 0

# ---- dictionaries that fail to load: a name cannot be read, the server's
# fault (500, JSON under /api/), while a code still works ----
mkdir -p "$TMP/baddata/actors"
ln -s "$TMP/baddata/none" "$TMP/baddata/actors/gone.txt"
BRIEF_DATA="$TMP/baddata" serve_start "$TMP/serve3.out" "$BRIEF" --db "$DB" serve --port 0 --threads 2
for p in "/api/v1/events?actor=Iran 500 application/json" "/api/v1/actors/Iran 500 application/json" \
	"/actor/Iran 500 text/html" "/api/v1/search?q=actor:Iran 500 application/json" \
	"/api/v1/events?actor=IRN 200 application/json" "/api/v1/events?actor=irn 301 application/json"; do
	# shellcheck disable=SC2086 # path, status, type: no blanks
	set -- $p
	like "without dictionaries, GET $1 is $2 $3" "$(get -o /dev/null -w '%{http_code} %{content_type}' "${url%/}$1")" "^$2 $3"
done
like "... saying why" "$(get "${url%/}/api/v1/events?actor=Iran")" '"message":"actor names cannot be read: .*gone.txt'
kill "$pid"; wait "$pid"

# ---- feed ids stable across runs: a second database from the same input,
# ingested in one go (the first had the XSS corpus added on top) ----
if [ -n "${ids1:-}" ]; then
	DB2="$TMP/second.db"
	"$BRIEF" --db "$DB2" -q ingest --no-fetch "$SRCDIR/demo/pages" "$SRCDIR"/demo/feeds/*.xml \
		"$SRCDIR/tests/fixtures/xss/payloads.html" "$SRCDIR/tests/fixtures/xss/feed.xml" >/dev/null 2>&1
	start "$DB2" "$TMP/serve2.out"
	ids2=$(get "${url}feed.atom" | grep -o '<id>[^<]*</id>' | sort)
	is "feed ids are the same in another run" "$ids2" "$ids1"
	kill "$pid"; wait "$pid"
fi
done_testing
