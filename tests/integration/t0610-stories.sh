#!/bin/sh
# brief stories: independent reports of one event form a story, ranked by
# independent sources; copies count once; other events stay apart.
. "$SRCDIR/tests/lib.sh"
# the demo gives the index realistic term frequencies; the fixtures add
# three outlets' own reports of one event, a copy, and an unrelated story
# (and t0315's tagged page: the run's shared copy of that corpus)
ingest_once --no-fetch "$SRCDIR/demo/pages" "$SRCDIR/tests/fixtures/stories" "$SRCDIR/tests/fixtures/topics"

out=$(brief stories)
first=$(printf '%s\n' "$out" | head -1)
like "the dam story leads, with three independent sources" "$first" '^3 independent sources, 3 articles, 2025-03-04 to 2025-03-05$'
# the first story: its articles are the indented lines under its heading
story=$(printf '%s\n' "$out" | awk 'NR > 1 && /^\t/ { print; next } NR > 1 { exit }')
is "... which lists its three articles" "$(printf '%s\n' "$story" | wc -l | tr -d ' ')" 3
like "... the Valley Courier's report" "$story" 'Valley Courier	Engineers find cracks'
like "... the Plains Daily's" "$story" 'Plains Daily	Sabzkar reservoir to be lowered'
like "... and the Ridge Times'" "$story" 'Ridge Times	Downstream villages on alert'
unlike "the copy is folded into its original, not counted again" "$out" 'News Roundup'
unlike "an unrelated event the same day stays out" "$out" 'carpet stalls'
unlike "a follow-up two weeks later is outside the window" "$story" 'Repairs begin'
out=$(brief stories --since 2025-03-05)
unlike "--since narrows the period" "$out" 'Engineers find cracks'
out=$(brief stories --format json)
like "json output" "$out" '"sources": 3'
# 15:30+04:30 is 11:00Z: the story begins with the Courier's 09:00Z report
like "first is the earliest instant, time zones counted" "$out" '"first": "2025-03-04T09:00:00Z"'
like "last is the latest" "$out" '"last": "2025-03-05T07:15:00Z"'
fails "a bad window is a usage error" 2 brief stories --window -1
done_testing
