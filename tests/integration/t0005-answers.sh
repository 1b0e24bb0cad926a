#!/bin/sh
# The command line's answers on the demo corpus: a usage error names the one
# wrong thing and then gives the usage in a line, dates are read as people
# type them or refused with the accepted forms, empty results say why,
# actor names become codes, list and show speak JSON.
. "$SRCDIR/tests/lib.sh"
ingest_once --no-fetch "$SRCDIR/demo/pages"

# usage: ERR "desc" REGEX COMMAND...: exit 2, the message first, then the usage in a line
usage() {
	d=$1; want=$2; shift 2
	err=$("$@" 2>&1 >/dev/null)
	s=$?
	is "$d: exit 2" "$s" 2
	like "$d: names it" "$(printf '%s\n' "$err" | head -1)" "$want"
	is "$d: then the usage, not every option" "$(printf '%s\n' "$err" | grep -c '^ *--')" 0
}
usage "export without --format" '^brief: export: --format is needed' brief export
usage "export --format csv" "^brief: export: --format is gdelt .*not 'csv'" brief export --format csv
usage "search --sort foo" "^brief: search: --sort is relevance or date, not 'foo'" brief search --sort foo x
usage "dyad with one actor" '^brief: dyad: wants two actors' brief dyad IRN
usage "dyad --by week" "^brief: dyad: --by is month or year, not 'week'" brief dyad IRN AFGREB --by week
usage "add --kind rss" "^brief: add: --kind must be feed, page or sitemap" brief add --kind rss http://news.invalid/
usage "fetch --delay soon" "^brief: fetch: --delay: 'soon' is not a number" brief fetch --delay soon
usage "code --format xml" "^brief: code: --format is jsonl, tsv or gdelt, not 'xml'" brief code --format xml -
usage "list -n -5" '^brief: list: --count wants 0 or more, not -5' brief list -n -5
usage "serve --port 99999" '^brief: serve: --port is 0 to 65535, not 99999' brief serve --port 99999
usage "related without an id" '^brief: related: which article' brief related
usage "extract without input" '^brief: extract: what to extract is missing' brief extract
usage "ingest --batch 0" '^brief: ingest: --batch is 1 to 100000 pages, not 0$' brief ingest --batch 0 "$SRCDIR/demo/pages"
usage "ingest --batch 100001" '^brief: ingest: --batch is 1 to 100000 pages, not 100001$' brief ingest --batch 100001 "$SRCDIR/demo/pages"
# the same range whatever the engine: checked before any server is asked
usage "ingest --batch 0 on PostgreSQL" '^brief: ingest: --batch is 1 to 100000 pages, not 0$' \
	"$BRIEF" --db postgresql://brief@127.0.0.1:1/none ingest --batch 0 "$TMP/a.warc"
usage "worker --batch 0" '^brief: worker: --batch is 1 to 100000 jobs, not 0$' \
	"$BRIEF" --db postgresql://brief@127.0.0.1:1/none worker --batch 0
usage "a bad number" "^brief: list: --count wants a whole number, not 'many'" brief list -n many

# dates
usage "stories --since notadate" "^brief: stories: --since: not a date: 'notadate' \\(it takes 2025, 2025-06, .*yesterday, 24h, 7d or 2w\\)" brief stories --since notadate
usage "export --since garbage" "^brief: export: --since: not a date: 'garbage'" brief export --format gdelt --since garbage
usage "events --until 2025-02-30" "^brief: events: --until: not a date" brief events --until 2025-02-30
err=$(brief search 'x since:2025-13' 2>&1)
is "search since:2025-13 is a usage error" "$?" 2
like "... naming the filter and the forms" "$err" "since: not a date: '2025-13' \\(it takes"
err=$(brief search 'x since:2025-02-30' 2>&1)
is "search since:2025-02-30 (no such day) is a usage error" "$?" 2
like "... naming it" "$err" "since: not a date: '2025-02-30'"
ok "events --since yesterday is a date" brief events --since yesterday
ok "events --since 7d is a date" brief events --since 7d
is "search since:2025-06 reads a month" "$(brief search 'Iran since:2025-06' | grep -c '^[0-9]')" "$(brief search 'Iran since:2025-06-01' | grep -c '^[0-9]')"

# empty results say why
err=$(brief search zzzzqx 2>&1 >/dev/null)
like "an empty search says nothing matched" "$err" '^brief: no articles match'
err=$(brief search 'water source:nosuchoutlet' 2>&1 >/dev/null)
is "... naming a source: no outlet has" "$err" \
	"brief: no articles match: no outlet is named 'nosuchoutlet' or has it in its host (brief list names outlets)"
err=$(brief search 'tag:nosuchtag' 2>&1 >/dev/null)
is "... or a tag: no article has" "$err" "brief: no articles match: no article has the tag 'nosuchtag'"
err=$(brief dyad BRN NZL 2>&1 >/dev/null)
like "an empty dyad says there are no events between them" "$err" '^brief: no events between BRN and NZL'
is "... and prints no table head over no rows" "$(brief dyad BRN NZL 2>/dev/null)" ""
err=$(brief stories --window 0.001 2>&1 >/dev/null)
like "no stories says what a story is" "$err" '^brief: no stories: a story is two or more articles'

err=$(brief events --actor BRN 2>&1 >/dev/null)
is "no events of an actor says so, naming the filter" "$err" \
	"brief: no events with actor BRN (--all adds the negated, hypothetical and demanded ones)"
err=$(brief events --since 2090 --until 2091 --all 2>&1 >/dev/null)
is "... and the dates" "$err" "brief: no events dated from 2090 to 2091"
err=$(brief export --format gdelt --since 2090 2>&1 >/dev/null)
is "an empty export says so" "$err" \
	"brief: no events dated from 2090 (--all adds the negated, hypothetical and demanded ones)"
is "events -n 0 lists none" "$(brief events -n 0 2>&1 | wc -l | tr -d ' ')" 0
is "events -n 2 lists two" "$(brief events -n 2 | grep -c '^[0-9]')" 2
err=$(brief list --offset 100000 2>&1 >/dev/null)
is "list past the end says so" "$err" "brief: no more articles past --offset 100000"
"$BRIEF" --db "$TMP/e.db" add --no-check http://feeds.example.org/x.xml >/dev/null
err=$("$BRIEF" --db "$TMP/e.db" events 2>&1 >/dev/null)
like "no events stored says so" "$err" "^brief: no events stored yet"
id=$(brief list -n 200 | grep 'timeline of Iran and the Taliban' | cut -f1)
if [ -n "$(brief related "$id" 2>/dev/null)" ]; then
	skip "related news of the timeline: it has some"
else
	like "no related news says why" "$(brief related "$id" 2>&1)" \
		"^brief: no related news for article $id: no other story shares enough"
fi

# actor names
out=$(brief search 'actor:Iran' 2>"$TMP/err")
like "actor:Iran says which code it became" "$(cat "$TMP/err")" "^brief: actor 'Iran' is IRN$"
is "... and finds what actor:IRN finds" "$out" "$(brief search actor:IRN)"
# a code in another case is the code, as on the API
out=$(brief events --actor irn 2>"$TMP/err")
is "events --actor irn finds what --actor IRN finds" "$out" "$(brief events --actor IRN)"
like "... saying which code it became" "$(cat "$TMP/err")" "^brief: actor 'irn' is IRN$"
like "... and finds some" "$out" 'IRN'
is "dyad irn afgReb is dyad IRN AFGREB" "$(brief dyad irn afgReb 2>/dev/null)" "$(brief dyad IRN AFGREB)"
is "search actor:irn finds what actor:IRN finds" "$(brief search actor:irn 2>/dev/null)" "$(brief search actor:IRN)"
err=$(brief events --actor narnia 2>&1)
is "a lower-case word no event names is a usage error" "$?" 2
like "... saying what an actor is" "$err" "no actor is named 'narnia'"
# dictionaries that cannot be read: a failure (1), not a usage error
mkdir -p "$TMP/baddata/actors"
ln -s "$TMP/baddata/none" "$TMP/baddata/actors/gone.txt"
err=$(BRIEF_DATA="$TMP/baddata" "$BRIEF" --db "$DB" events --actor Iran 2>&1)
is "an actor name without dictionaries exits 1" "$?" 1
like "... saying the dictionaries failed" "$err" "^brief: event dictionaries: .*gone.txt"
is "... while a code needs none" "$(BRIEF_DATA="$TMP/baddata" "$BRIEF" --db "$DB" events --actor irn -n 2 2>/dev/null)" "$(brief events --actor IRN -n 2)"
brief events --actor NATO -n 1 >/dev/null 2>"$TMP/err"
like "an acronym in capitals is the actor it names, no code" "$(cat "$TMP/err")" "^brief: actor 'NATO' is IGONAT$"
brief events --actor BRN -n 1 >/dev/null 2>"$TMP/err"
is "... but capitals in a code's length stay the code (Brunei, not a group so named)" "$(grep -c "actor 'BRN' is" "$TMP/err")" 0
err=$(brief events --actor Narnia 2>&1)
is "an unknown actor name is a usage error" "$?" 2
like "... saying what an actor is" "$err" "no actor is named 'Narnia': give a CAMEO code"
err=$(brief events --actor NARNIA 2>&1)
is "a code in capitals no dictionary knows and no event names is a usage error" "$?" 2
like "... saying what an actor is" "$err" "^brief: no actor is named 'NARNIA': give a CAMEO code"
err=$(brief search 'talks actor:IRNXYZ' 2>&1)
is "... in a search's actor: too, a known country before an unknown sector" "$?" 2
like "... said so" "$err" "no actor is named 'IRNXYZ'"
brief events --actor IRNMEDGOV -n 1 >/dev/null 2>"$TMP/err"
is "a sector code the dictionaries build from known blocks is a code" "$?" 0

# why a database cannot be opened
like "a directory as --db says so" "$("$BRIEF" --db "$TMP" list 2>&1)" "^brief: $TMP: cannot open the database: it is a directory, not a database file\$"
like "a --db in a missing directory says so" "$("$BRIEF" --db "$TMP/no/such/x.db" ingest --no-fetch "$SRCDIR/tests/fixtures/pages/water-talks.html" 2>&1)" "cannot open the database: its directory $TMP/no/such does not exist"

# code --format tsv names its columns
is "code --format tsv starts with a header" "$(printf 'Iran accused Israel of attacks.\n' | "$BRIEF" code --format tsv | head -1 | cut -f1-6)" "$(printf 'id\tdate\tprecision\tsource\ttarget\tcode')"

out=$(brief events --format tsv -n 3)
is "events --format tsv starts with a header" "$(printf '%s\n' "$out" | head -1 | cut -f1-4)" "$(printf 'date\tsource\ttarget\tcode')"
is "... then a line of 13 fields an event" "$(printf '%s\n' "$out" | sed -n 2p | awk -F'\t' '{print NF}')" 13

# JSON out of list and show
out=$(brief list -n 2 --format json)
# one python: its length, then its first id
listed=$(printf '%s' "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d)); print(d[0]["id"])')
is "list --format json is an array of 2" "$(printf '%s\n' "$listed" | sed -n 1p)" 2
id=$(printf '%s\n' "$listed" | sed -n 2p)
out=$(brief show --format json "$id")
is "show --format json has the article's title" "$(printf '%s' "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["title"])')" "$(brief show "$id" | head -1)"
like "... and its text" "$out" '"text": '
done_testing
