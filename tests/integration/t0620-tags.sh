#!/bin/sh
# Tags: a page's sections and keywords are stored, normalised, and tag:
# search finds them.
. "$SRCDIR/tests/lib.sh"
ingest_once --no-fetch "$SRCDIR/demo/pages"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
is "the demo's article:section values are stored" "$(q 'SELECT count(*) FROM tags')" 8
out=$(brief search 'tag:afghanistan')
like "tag: finds a page by its section" "$out" 'Iran sends rescuers and relief convoys to quake-hit Herat'
unlike "... and only tagged pages" "$out" 'Kabul Ledger|Frontier Review|Newswire'

cat >"$TMP/tagged.html" <<'HTML'
<!doctype html><html lang="en"><head><title>Helmand water talks resume</title>
<link rel="canonical" href="https://tags.example.org/helmand-water-talks">
<meta property="article:section" content="  World   News ">
<meta property="article:tag" content="Helmand River">
<meta name="keywords" content="Water Rights, helmand river ;  Treaties,,">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Helmand water talks resume",
"keywords":["WATER rights","Drought"],"articleSection":["World News","Asia"]}</script>
</head><body><article><h1>Helmand water talks resume</h1>
<p>Negotiators from both countries met again on Tuesday to discuss how much of the Helmand
river's flow should cross the border each year, as the treaty of 1973 lays down.</p>
<p>The drought of recent years has cut the flow well below what the treaty assumed, and both
sides blame the other for dams and canals built since.</p></article></body></html>
HTML
brief -q ingest --no-fetch "$TMP/tagged.html" 2>/dev/null
id=$(q "SELECT id FROM articles WHERE url = 'https://tags.example.org/helmand-water-talks'")
is "sections and keywords from meta and JSON-LD, lower case, squashed, each once" \
	"$(q "SELECT group_concat(tag, '|') FROM (SELECT tag FROM tags WHERE article_id = $id ORDER BY tag)")" \
	'asia|drought|helmand river|treaties|water rights|world news'
like "tag: with a phrase" "$(brief search 'tag:"water rights"')" 'Helmand water talks resume'
like "tag: any case" "$(brief search 'tag:Drought')" 'Helmand water talks resume'
sed 's/Treaties/Borders/' "$TMP/tagged.html" >"$TMP/changed.html"
brief -q ingest --no-fetch "$TMP/changed.html" 2>/dev/null
is "an updated page's tags replace the old ones" \
	"$(q "SELECT count(*) FROM tags WHERE article_id = $id AND tag IN ('treaties', 'borders')")" 1
is "... the new one" "$(q "SELECT tag FROM tags WHERE article_id = $id AND tag = 'borders'")" borders
done_testing
