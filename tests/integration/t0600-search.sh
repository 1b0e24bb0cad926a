#!/bin/sh
# Syndication groups, search and related news on the demo corpus, checked
# against demo/MANIFEST.tsv (story keys and originals).
. "$SRCDIR/tests/lib.sh"
D="$SRCDIR/demo"
M="$D/MANIFEST.tsv"
ingest_once --no-fetch "$SRCDIR/demo/pages"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
us=$(printf '\037')
tail -n +2 "$M" | tr '\t' '\037' >"$TMP/m"

# -- syndication: each republished story is one group with the right original
# (the articles' groups and the groups' sizes from one query, then one awk
# writes the three checks of each story, as calls of `is` the shell reads:
# a start of awk, sqlite3 and wc for each value cost more than the checks)
stories=$(cut -d"$us" -f6 "$TMP/m" | sort | uniq -d)
nstories=0
for story in $stories; do nstories=$((nstories + 1)); done
sqlite3 -batch -noheader -separator "$us" "$DB" "SELECT 'a', a.id, a.url, y.group_id FROM articles a
	LEFT JOIN syndication y ON y.article_id = a.id
	UNION ALL SELECT 's', group_id, count(*), '' FROM syndication GROUP BY group_id" >"$TMP/groups.all"
awk -F "$us" -v stories="$stories" -v all="$TMP/groups.all" '
function sq(s) { gsub(/'\''/, "'\''\\\\'\'''\''", s); return "'\''" s "'\''" }
FILENAME == all && $1 == "a" { if ($4 != "") grp[$3] = grp[$3] " " $4; url_of[$2] = $3; next }
FILENAME == all && $1 == "s" { size[$2] = $3; next }
{ rows[$6]++; urls[$6, rows[$6]] = $2; if ($7 == "") orig[$6] = orig[$6] (orig[$6] == "" ? "" : "\n") $2 }
END {
	n = split(stories, st, "\n")
	for (i = 1; i <= n; i++) {
		k = st[i]
		# the distinct groups of the story pages
		split("", seen); d = 0; g = ""
		for (j = 1; j <= rows[k]; j++) {
			m = split(grp[urls[k, j]], gs, " ")
			for (x = 1; x <= m; x++) if (!(gs[x] in seen)) { seen[gs[x]] = 1; d++; g = gs[x] }
		}
		if (d == 0) { got_orig = (("0") in url_of) ? url_of["0"] : ""; got_size = (("0") in size) ? size["0"] : 0 }
		else if (d == 1) { got_orig = url_of[g]; got_size = (g in size) ? size[g] : 0 }
		else { got_orig = ""; got_size = "" }
		printf "is %s %s 1\n", sq(k ": all copies in one group"), (d == 0 ? 1 : d)
		printf "is %s %s %s\n", sq(k ": the group'\''s original is the credited page"), sq(got_orig), sq(orig[k])
		printf "is %s %s %s\n", sq(k ": group size"), sq(got_size), sq(rows[k])
	}
}' "$TMP/groups.all" "$TMP/m" >"$TMP/groups.sh"
. "$TMP/groups.sh"
is "every multi-outlet story is found, and nothing else is grouped" \
	"$(q "SELECT count(*) FROM (SELECT group_id FROM syndication GROUP BY group_id HAVING count(*) > 1)")" "$nstories"
is "every article has a group" "$(q "SELECT count(*) FROM articles a LEFT JOIN syndication y ON y.article_id = a.id WHERE y.group_id IS NULL")" 0

# -- search
out=$(brief search '"border guards"')
like "phrase finds the border clash story" "$out" 'Iranian border guards and Taliban forces exchange fire'
is "copies are folded: the clash appears once" "$(printf '%s\n' "$out" | grep -c 'Sasuli\|exchange fire\|border clash')" 1
like "the folded story counts its copies" "$out" '\(\+3 copies\)'
out=$(brief search consulate Mazar)
like "AND of two words" "$out" 'consulate'
out=$(brief search 'title:railway')
like "title: filter" "$out" 'Khaf-Herat railway'
out=$(brief search 'railway NOT title:railway')
unlike "NOT removes what it names" "$out" 'Khaf-Herat railway'
out=$(brief search 'deport*')
like "prefix search" "$out" 'deport|Deport'
out=$(brief search 'Kerman OR Chabahar')
like "OR: one side" "$out" 'Kerman'
like "OR: other side" "$out" 'Chabahar'
out=$(brief search 'diplomats until:1998')
like "until: keeps 1998" "$out" '	1998-'
unlike "until: drops later years" "$out" '	(199[9]|20[0-9][0-9])-'
out=$(brief search 'Taliban since:2025')
unlike "since: drops earlier years" "$out" '	(19[0-9][0-9]|20(0|1|2[0-4]))[0-9]?-'
like "since: keeps 2025 on" "$out" '	202[56]-'
# filters other than source: still show a story as its original, copies counted
for f in since:2023 until:2024 lang:en tag:iran actor:IRN; do
	out=$(brief search "Sasuli $f")
	like "$f: the story is shown as its original" "$out" '^22	.*Kabul Ledger.*\(\+3 copies\)'
	is "$f: the story once" "$(printf '%s\n' "$out" | grep -c 'Sasuli post')" 1
done
# ... on the site too
serve_start "$TMP/serve.out" "$BRIEF" --db "$DB" serve --port 0
page=$(curl -s "${url}search?q=Sasuli&since=2023")
kill "$pid"
wait "$pid" 2>/dev/null
first=$(printf '%s\n' "$page" | grep -A3 -m1 '<li><a class="t"')
like "/search with since=: the story is shown as its original" "$first" 'href="/article/22"'
like "... its copies counted" "$first" 'Also published by 3 other outlets'
out=$(brief search 'source:newswire Sasuli')
nwcopy=$(q "SELECT id FROM articles WHERE url LIKE '%newswire.example.org/wire/2023/05/28/%'")
like "source: shows that outlet's copy" "$out" "^$nwcopy	.*Newswire"
out=$(brief search 'source:newswire Taliban')
unlike "source: keeps one outlet" "$out" 'Kabul Ledger|Gulf Monitor|Frontier Review'
like "source: by host part" "$out" 'Newswire'
out=$(brief search 'source:"Kabul Ledger"')
like "filters alone list an outlet" "$out" 'Kabul Ledger'
out=$(brief search --sort date Taliban -n 6 | grep -v '^	' | cut -f2 | grep -v '^-$')
is "sort by date: newest first" "$out" "$(printf '%s\n' "$out" | sort -r)"
out=$(brief search 'helmand' --format json)
like "json output" "$out" '"snippet": ".*<b>[Hh]elmand</b>'
out=$(brief search 'zzyzzyx')
is "no match prints nothing" "$out" ""
err=$(brief search '(iran' 2>&1)
is "unbalanced parenthesis is a usage error" $? 2
like "... with its reason" "$err" "missing '\)'"
fails "only a negation is refused" 2 brief search -- '-iran'
fails "a bad date is refused" 2 brief search 'since:last-week'
out=$(brief search 'NEAR(iran taliban) "x" OR' 2>&1)
like "FTS5 syntax in a query is only text, or a clear error" "$out" '^$|brief: search'

# -- related news never lists an article's copies
# (each copy's list in a file of its own, then one awk looks up every
# listed article's group, and the copy's, in the syndication table)
mkdir "$TMP/related"
for id in $(q "SELECT article_id FROM syndication WHERE group_id IN (SELECT group_id FROM syndication GROUP BY group_id HAVING count(*) > 1)"); do
	brief related -n 10 "$id" >"$TMP/related/$id"
done
q "SELECT article_id, group_id FROM syndication" >"$TMP/groups"
ok_all=$(awk -F '|' 'FILENAME == groups { g[$1] = $2; next }
	{
		id = FILENAME; sub(/.*\//, "", id)
		# the listed article: the line up to its first tab
		r = $0; sub(/\t.*/, "", r)
		n = split(r, w, " ")
		for (i = 1; i <= n; i++)
			if (w[i] == id || ((w[i] in g) && g[w[i]] == g[id])) bad = 1
	}
	END { print bad + 0 }' groups="$TMP/groups" "$TMP/groups" "$TMP/related"/*)
is "related news of copies never lists the story itself" "$ok_all" 0
mazar=$(q "SELECT id FROM articles WHERE url LIKE '%iran-blames-taliban-for-killing-of-diplomats'")
out=$(brief related "$mazar")
like "related of the 1998 killings includes another Mazar-i-Sharif story" "$out" 'Mazar|diplomats|consulate'
is "related lists at most -n items" "$(brief related -n 2 "$mazar" | wc -l | tr -d ' ')" 2
fails "related of a missing article fails" 1 brief related 99999
done_testing
