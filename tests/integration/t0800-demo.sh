#!/bin/sh
# The bundled demo corpus end to end: every page ingests, every article is
# stored under its canonical URL with its own title once, dated, decoded
# from its charset, without navigation or boilerplate, and copies name
# their original. The expectations come from demo/MANIFEST.tsv.
. "$SRCDIR/tests/lib.sh"
D="$SRCDIR/demo"
M="$D/MANIFEST.tsv"
rows=$(($(wc -l <"$M") - 1))

out=$(brief ingest "$D/pages" 2>&1)
is "demo corpus ingests without failures" "$?" 0
like "every demo page is added" "$out" "ingested $rows pages: $rows added, 0 updated, 0 unchanged, 0 failed"
is "one article per manifest row" "$(brief list -n 1000 | wc -l | tr -d ' ')" "$rows"

q() { sqlite3 -batch -noheader -separator "${2:-|}" "$DB" "$1"; }
nl='
'
sqlq() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/''/g")"; }

# Boilerplate every outlet's template carries around the article.
boiler='use cookies|uses cookies|Share on|Copy link|Latest news|Latest from|Related news|Related coverage|Most read|All rights reserved|Sign up|Subscribe|Reply|My family is from Herat|Comments are moderated|Log in to join'

# tabs are whitespace to `read`, which would merge empty fields: use US
us=$(printf '\037')
tail -n +2 "$M" | tr '\t' '\037' | while IFS="$us" read -r file url outlet published title story original charset; do
	name=${file##*/}
	if [ "$charset" = none ]; then
		# no canonical link: the article is keyed by its file path
		where="url LIKE 'file://%/$name'"
	else
		where="url = $(sqlq "$url")"
	fi
	# one query per row: the fields split by US, the text (it may hold newlines) last
	row=$(q "SELECT title, substr(published, 1, 10), (SELECT s.name FROM sources s WHERE s.id = a.source_id), original_url, text FROM articles a WHERE a.$where" "$us")
	got_title=${row%%"$us"*}; row=${row#*"$us"}
	got_pub=${row%%"$us"*}; row=${row#*"$us"}
	got_src=${row%%"$us"*}; row=${row#*"$us"}
	got_orig=${row%%"$us"*}; text=${row#*"$us"}
	is "$name: title" "$got_title" "$title"
	first=${text%%"$nl"*}
	[ "$first" != "$title" ]; _report $? "$name: text does not open with the title again"
	[ "$(printf '%s' "$first" | wc -w)" -ge 4 ]; _report $? "$name: text does not open with a section label"
	unlike "$name: no boilerplate in the text" "$text" "$boiler"
	words=$(printf '%s' "$text" | wc -w)
	[ "$words" -ge 150 ]; _report $? "$name: text has the article body ($words words)"
	is "$name: publication date" "$got_pub" "$(printf '%s' "$published" | cut -c1-10)"
	[ "$charset" = none ] || is "$name: outlet" "$got_src" "$outlet"
	if [ -n "$original" ]; then
		is "$name: copy names its original" "$got_orig" "$original"
		unlike "$name: attribution line is not in the text" "$text" '^(Read more|Originally published by|Source):'
	fi
done >"$TMP/rows.tap"
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
[ "${y2023:-0}" -ge 3 ] 2>/dev/null; _report $? "2023 has material conflict: the Sasuli border clash ($y2023)"
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
out=$(brief ingest --no-fetch "$D"/feeds/*.xml 2>&1)
like "the demo feeds point at stored pages: nothing is replaced" "$out" '0 added, 0 updated'
like "... their entries are known" "$out" '[0-9]+ feed entries were stored already'
out=$(brief db check)
like "database is consistent after the demo" "$out" 'integrity ok; 0 foreign key violations'
done_testing
