#!/bin/sh
# The bundled demo corpus end to end: every page ingests, every article is
# stored under its canonical URL with its own title once, dated, decoded
# from its charset, without navigation or boilerplate, and copies name
# their original. The expectations come from demo/MANIFEST.tsv.
. "$SRCDIR/tests/lib.sh"
D="$SRCDIR/demo"
M="$D/MANIFEST.tsv"
rows=$(($(wc -l <"$M") - 1))

# (the run's shared copy, with what that ingest printed)
ingest_once --no-fetch "$D/pages"
is "demo corpus ingests without failures" "$?" 0
out=$(cat "$TMP/ingest.out")
like "every demo page is added" "$out" "ingested $rows pages: $rows added, 0 updated, 0 unchanged, 0 failed"
is "one article per manifest row" "$(brief list -n 1000 | wc -l | tr -d ' ')" "$rows"

q() { sqlite3 -batch -noheader -separator "${2:-|}" "$DB" "$1"; }

# Boilerplate every outlet's template carries around the article.
boiler='use cookies|uses cookies|Share on|Copy link|Latest news|Latest from|Related news|Related coverage|Most read|All rights reserved|Sign up|Subscribe|Reply|My family is from Herat|Comments are moderated|Log in to join'

# Every stored article in one query, its fields split by US and the rows by
# RS (the text, which may hold newlines, last), then one awk checks each
# manifest row against them: a start of sqlite3, grep and wc for each
# check of each row cost more than the checks. A row whose charset is none
# has no canonical link: its article is keyed by its file path.
us=$(printf '\037') rs=$(printf '\036')
sqlite3 -batch -noheader -separator "$us" -newline "$rs" "$DB" \
	"SELECT url, title, substr(published, 1, 10), (SELECT s.name FROM sources s WHERE s.id = a.source_id), original_url, text FROM articles a" \
	>"$TMP/articles"
tail -n +2 "$M" | awk -v boiler="$boiler" -v us="$us" -v art="$TMP/articles" '
function report(good, desc) { print (good ? "ok" : "not ok") " 0 - " desc }
function is(desc, got, want) {
	if (got != want) printf "# got:  %s\n# want: %s\n", got, want
	report(got == want, desc)
}
function unlike(desc, text, re) {
	if (text ~ re) printf "# unexpected match for /%s/\n", re
	report(text !~ re, desc)
}
function words(s, w) { gsub(/[\r\v\f]/, " ", s); return split(s, w, " ") }
# the text has a line that starts with an attribution
function attributed(text, lines, n, i) {
	n = split(text, lines, "\n")
	for (i = 1; i <= n; i++)
		if (lines[i] ~ /^(Read more|Originally published by|Source):/) return 1
	return 0
}
FILENAME == art {
	n = split($0, f, us)
	text = f[6]
	for (i = 7; i <= n; i++) text = text us f[i]
	title[f[1]] = f[2]; pub[f[1]] = f[3]; src[f[1]] = f[4]; orig[f[1]] = f[5]; body[f[1]] = text
	next
}
{
	file = $1; url = $2; outlet = $3; published = $4; want_title = $5; original = $7; charset = $8
	name = file; sub(/.*\//, "", name)
	if (charset == "none") {
		url = ""
		for (u in title)
			if (substr(u, 1, 7) == "file://" && substr(u, length(u) - length(name)) == "/" name) url = u
	}
	text = body[url]
	first = text; sub(/\n.*/, "", first)
	is(name ": title", title[url], want_title)
	report(first != want_title, name ": text does not open with the title again")
	report(words(first) >= 4, name ": text does not open with a section label")
	unlike(name ": no boilerplate in the text", text, boiler)
	w = words(text)
	report(w >= 150, name ": text has the article body (" w " words)")
	is(name ": publication date", pub[url], substr(published, 1, 10))
	is(name ": outlet", src[url], outlet)
	if (original != "") {
		is(name ": copy names its original", orig[url], original)
		if (attributed(text)) printf "# unexpected match for /^(Read more|Originally published by|Source):/\n"
		report(!attributed(text), name ": attribution line is not in the text")
	}
}' RS="$rs" FS="$us" "$TMP/articles" RS='\n' FS='\t' - >"$TMP/rows.tap"
# renumber the per-row results into this script's sequence
while read -r line; do
	case $line in
	"ok "*) _report 0 "${line#ok * - }" ;;
	"not ok "*) _report 1 "${line#not ok * - }" ;;
	*) echo "$line" ;;
	esac
done <"$TMP/rows.tap"

# legacy encodings and no declared charset decode to UTF-8
rsq=$(printf '\342\200\231')                      # U+2019 in UTF-8
fffd=$(printf '\357\277\275')                     # U+FFFD
t1252=$(q "SELECT text FROM articles WHERE url LIKE '%bonn-accord-names-karzai%'")
like "windows-1252 page: curly quotes decoded" "$t1252" "$rsq"
unlike "windows-1252 page: no replacement characters" "$t1252" "$fffd"
t1256=$(q "SELECT text FROM articles WHERE url LIKE '%araghchi-visits-kabul%'")
alef=$(printf '\330\247')                         # U+0627 ARABIC LETTER ALEF
like "windows-1256 page: Persian text decoded" "$t1256" "$alef"
unlike "windows-1256 page: no replacement characters" "$t1256" "$fffd"
bnone=$(q "SELECT byline FROM articles WHERE url LIKE 'file://%iran-holds-taliban-responsible-missing-diplomats.html'")
is "page without charset: accented byline decoded" "$bnone" "$(printf 'H\303\251l\303\250ne Marchetti')"

# events are coded as pages are stored: the Iran-Taliban dyad by year
dy=$(brief dyad IRN AFGREB --by year)
y1998=$(printf '%s\n' "$dy" | awk '$1 == "1998" {print $2, $5}')
[ "${y1998%% *}" -ge 5 ] 2>/dev/null; _report $? "1998 events are dated 1998 ($y1998: events, verbal conflict)"
[ "${y1998##* }" -ge 3 ] 2>/dev/null; _report $? "1998 is a year of conflict (diplomats killed, troops massed)"
y2023=$(printf '%s\n' "$dy" | awk '$1 == "2023" {print $6}')
# (each deed once, as the site counts it: the exchange of fire and the police's account of it)
[ "${y2023:-0}" -ge 2 ] 2>/dev/null; _report $? "2023 has material conflict: the Sasuli border clash ($y2023)"
y2021=$(printf '%s\n' "$dy" | awk '$1 == "2021" {print $3}')
[ "${y2021:-0}" -ge 2 ] 2>/dev/null; _report $? "2021 has verbal cooperation: talks in Tehran, talks hosted ($y2021)"
n=$(q "SELECT count(*) FROM events WHERE code = '010' AND evidence LIKE 'Several members of parliament said hosting the Taliban%'")
is "lawmakers speaking about the Taliban make no statement to them" "$n" 0
# each event is dated by its own clause, a decade at decade precision
n=$(q "SELECT count(*) FROM events WHERE date = '1979' AND code = '043' AND source = 'IRN' AND target = 'AFG'")
is "refugees 'who fled the Soviet invasion of 1979' do not date Iran's hosting 1979" "$n" 0
n=$(q "SELECT count(*) FROM events WHERE evidence LIKE '%fled the Soviet invasion of 1979%' AND date = '1979' AND verb NOT LIKE 'fled%'")
is "no event of that sentence but the flight itself is dated 1979" "$n" 0
n=$(q "SELECT count(*) FROM events WHERE evidence LIKE '%late 1990s%' AND date = '1990'")
is "'the late 1990s' never becomes the year 1990" "$n" 0
n=$(q "SELECT count(*) FROM events WHERE evidence LIKE '%since the late 1990s, when Iran backed%' AND date = '1990s' AND date_precision = 'decade' AND date_end = '1999'")
[ "$n" -ge 1 ] 2>/dev/null; _report $? "'since the late 1990s, when Iran backed ...' is dated the 1990s at decade precision ($n)"
unlike "the dyad timeline puts no decade-precision event in the year 1990" "$dy" '^1990 '
out=$(brief search 'actor:AFGREB until:1998')
like "search by actor finds the 1998 killings" "$out" 'diplomats'

out=$(brief ingest "$D/pages" 2>&1)
like "re-ingesting the demo changes nothing" "$out" "$rows unchanged, 0 failed"
# (the scripts that read the demo start from its pages alone: what the feeds
# would add is nothing, checked here)
dump() { sqlite3 "$DB" .dump >"$1" && sqlite3 "$DB-search" .dump >>"$1"; }
dump "$TMP/before.sql"
out=$(brief ingest --no-fetch "$D"/feeds/*.xml 2>&1)
like "the demo feeds point at stored pages: nothing is replaced" "$out" '0 added, 0 updated'
like "... their entries are known" "$out" '[0-9]+ feed entries were stored already'
dump "$TMP/after.sql" && [ -s "$TMP/before.sql" ] && cmp "$TMP/before.sql" "$TMP/after.sql" >/dev/null
_report $? "... and the store (both databases) is as it was, row for row"
out=$(brief db check)
like "database is consistent after the demo" "$out" 'integrity ok; 0 foreign key violations'
done_testing
