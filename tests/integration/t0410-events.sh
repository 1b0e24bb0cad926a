#!/bin/sh
# Stored events: brief events (--recode, --actor, --dyad, --since/--until),
# brief dyad and brief export --format gdelt, over the demo corpus: the
# Iran-Taliban dyad's 1998 events are dated 1998, not by the articles that
# tell of them years later.
. "$SRCDIR/tests/lib.sh"

for c in events dyad export; do
	out=$("$BRIEF" "$c" --help 2>&1)
	like "$c --help shows usage" "$out" "^usage: brief $c"
done
fails "dyad needs two actors" 2 "$BRIEF" --db "$DB" dyad IRN
fails "dyad --by knows month and year only" 2 "$BRIEF" --db "$DB" dyad IRN AFG --by week
fails "export needs --format gdelt" 2 "$BRIEF" --db "$DB" export
fails "events --dyad needs two actors" 2 "$BRIEF" --db "$DB" events --dyad IRN

ingest_once --no-fetch "$SRCDIR/demo/pages"
# (the articles were coded at ingest: each --recode below codes them again)
out=$(brief events --recode 2>&1)
like "--recode codes every stored article" "$out" '^coded 36 articles: [0-9]+ events$'
unlike "no progress line when stderr is not a terminal" "$out" 'articles, .*/s'
n1=$(brief events -n 100000 | grep -c '^[0-9-]')
if command -v script >/dev/null 2>&1; then
	out=$(script -qec "'$BRIEF' --db '$DB' events --recode" /dev/null | tr '\r' '\n')
	like "--recode on a terminal shows counts of the total, rate and ETA" "$out" \
		'^recode: [0-9]+ of 36 articles, [0-9]+ events, [0-9.]+/s, [0-9]+%, ETA [0-9]+m[0-9]{2}s'
	like "... and its summary follows" "$out" '^coded 36 articles: [0-9]+ events'
else
	skip "script(1) is not installed: no terminal to show progress on"
	skip "script(1) is not installed"
	brief events --recode >/dev/null
fi
n2=$(brief events -n 100000 | grep -c '^[0-9-]')
is "coding again replaces, never duplicates" "$n2" "$n1"

dy=$(brief dyad IRN AFGREB)
like "the Iran-Taliban dyad has a 1998 row" "$dy" '
1998 '
tsv=$(brief dyad IRN AFGREB --format tsv)
y1998=$(printf '%s\n' "$tsv" | awk -F'\t' '$1 == "1998" {print $2, $5 + $6}')
ok "1998 holds several events, conflict among them" sh -c "echo '$y1998' | awk '{exit !(\$1 >= 5 && \$2 >= 3)}'"
y2023=$(printf '%s\n' "$tsv" | awk -F'\t' '$1 == "2023" {print $6}')
ok "2023 holds the border clash (material conflict)" test "${y2023:-0}" -ge 2
like "monthly series" "$(brief dyad IRN AFGREB --by month)" '
1998-0[89] '
like "json series" "$(brief dyad IRN AFGREB --format json)" '^\{"a":"IRN","b":"AFGREB","by":"year","series":\[\{"period":'

ev=$(brief events --dyad IRN AFGREB --until 1998-12)
like "1998 events are listed with their evidence" "$ev" 'Mazar-i-Sharif'
unlike "no event after 1998 with --until 1998-12" "$ev" '^(199[9]|20[0-9][0-9])'
like "1998 events come from articles written years later" "$ev" 'twenty-six-years-after'
ev=$(brief events --actor AFGREB --since 2023-05 --until 2023-05 --format jsonl)
like "events as JSON lines" "$ev" '"code":"190"'
like "the border clash is coded as fighting" "$ev" '"evidence":"[^"]*exchanged heavy fire'

cols=$(brief export --format gdelt | awk -F'\t' '{print NF}' | sort -u)
is "gdelt export rows have 61 columns" "$cols" "61"
like "gdelt rows carry the article URL" "$(brief export --format gdelt --actor AFGREB | head -1)" 'https://'

# The headline is coded with the text, as the document's first sentence: a
# deed only the headline states is stored with the headline as evidence, and
# the text's sentences keep their own evidence after it (ingest and --recode).
mkdir -p "$TMP/head"
cat >"$TMP/head/expel.html" <<'EOF'
<!doctype html>
<html><head><title>Chile expels Peruvian ambassador over spying row</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><article><h1>Chile expels Peruvian ambassador over spying row</h1>
<p>The decision was announced late on Monday in Santiago, where the foreign ministry held a
short news conference for reporters who had waited since the morning.</p>
<p>Farmers in the south meanwhile complained about a dry summer that has cut the harvest of
grapes and apples by a third, and asked for help with the cost of water.</p>
<p>Bolivia's foreign minister criticised Chile on Tuesday for the way the matter was handled.</p>
</article></body></html>
EOF
hdb="$TMP/head.db"
"$BRIEF" --db "$hdb" -q ingest --no-fetch "$TMP/head/expel.html" >/dev/null 2>&1
for how in ingest recode; do
	[ $how = recode ] && "$BRIEF" --db "$hdb" events --recode >/dev/null
	ev=$("$BRIEF" --db "$hdb" events --format jsonl)
	like "a deed only the headline states is stored ($how)" "$ev" \
		'"source":"CHL",.*"target":"PERGOV",.*"code":"166",.*"sentence":0,"evidence":"Chile expels Peruvian ambassador over spying row"'
	like "... and a deed of the text has its own sentence as evidence ($how)" "$ev" \
		'"source":"BOLGOV",.*"target":"CHL",.*"evidence":"Bolivia.s foreign minister criticised Chile on Tuesday for the way the matter was handled\."'
done

done_testing
