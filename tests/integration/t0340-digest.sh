#!/bin/sh
# brief digest: the briefing of a period in four formats, each claim linked
# to its article; an actor's digest; bad options.
. "$SRCDIR/tests/lib.sh"
ingest_once --no-fetch "$SRCDIR/demo/pages"

md=$(brief digest --since 2025-01)
is "digest exits 0" "$?" 0
like "markdown: a heading with the period" "$md" '^# Briefing since 2025-01'
like "markdown: top stories link their article" "$md" '^- \[Afghans stream out of Iran as deportation deadline passes\]\(https://'
like "markdown: events quote their evidence and link their article" "$md" '“.*” \(\[.*\]\(https://'
unlike "markdown: no story from before the period" "$md" ', (19[0-9][0-9]|20[01][0-9]|202[0-4])-[0-9][0-9]-[0-9][0-9]'
unlike "markdown: no event from before the period" "$md" '^- [+-][0-9.]+ (19[0-9][0-9]|20[01][0-9]|202[0-4])'
unlike "no local file path" "$md" 'file:'
json=$(brief digest --since 2023 --actor AFGREB --format json)
is "json: parses, with stories, events and dyads" "$(printf '%s' "$json" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["actor"], len(d["top_stories"]) > 0, len(d["key_events"]) > 0, all(e["article_id"] for e in d["key_events"]))')" "AFGREB True True True"
html=$(brief digest --since 2023 --format html)
like "html: a document" "$html" '<h1>Briefing since 2023</h1>'
brief digest --since 2023 --format atom >"$TMP/d.atom"
# (is feedparser there? found, not imported: its import is most of a python's time)
if /usr/bin/python3 -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("feedparser") is None)' 2>/dev/null; then
	is "atom: valid for feedparser" "$(/usr/bin/python3 -c 'import feedparser,sys; d=feedparser.parse(sys.argv[1]); print(d.bozo, d.version, len(d.entries) > 0)' "$TMP/d.atom")" "False atom10 True"
else
	skip "python3-feedparser is not installed"
fi
like "the default period is the last 24 hours" "$(brief digest)" 'No dated story in the period'
fails "a bad --since is a usage error" 2 brief digest --since 1y
fails "a bad --format is a usage error" 2 brief digest --format pdf
done_testing
