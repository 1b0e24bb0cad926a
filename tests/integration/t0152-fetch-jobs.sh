#!/bin/sh
# Fetching sources as jobs on PostgreSQL: `fetch --queue` queues the
# sources due, two workers fetch them through the guarded fetcher from the
# fixture HTTP server and store their articles once, with related news;
# queueing again stores nothing new and downloads no page again.
. "$SRCDIR/tests/lib.sh"

. "$SRCDIR/tests/integration/pg-feed-sources.sh"
pg_feed_sources brief_t_fetch_jobs
is "nothing fetched by add but the feeds" "$(grep -c '^REQ GET /pages/' "$TMP/log")" 0

before=$(feeds)
out=$(pg fetch --queue 2>&1)
like "fetch --queue queues the sources due" "$out" "queued 4 fetch jobs"
is "as fetch jobs naming each source" \
	"$(sql "SELECT count(*) FROM jobs j JOIN subscriptions s ON s.id::text = j.arg WHERE j.kind = 'fetch' AND j.state = 'waiting'")" 4
is "nothing stored yet" "$(sql 'SELECT count(*) FROM articles')" 0

pg -q worker --until-empty --delay 0 --batch 1 >"$TMP/w1.log" 2>&1 &
w1=$!
pg -q worker --until-empty --delay 0 --batch 1 >"$TMP/w2.log" 2>&1
s2=$?
wait "$w1"
is "both workers end well" "$? $s2" "0 0"
is "every job done" "$(sql "SELECT count(*) FROM jobs WHERE state <> 'done'")" 0
is "four articles, each once" "$(sql 'SELECT count(*), count(DISTINCT url) FROM articles')" "4|4"
like "the feeds' entries are stored" "$(pg list)" 'Farmers market moves to the square'
is "every source fetched once, its state saved" \
	"$(sql "SELECT count(*) FROM subscriptions WHERE last_status = 200 AND next_poll > 0")" 4
is "each feed requested once" "$(($(feeds) - before))" 4
is "the new articles' related news computed by related jobs" \
	"$(sql "SELECT count(*) FROM jobs WHERE kind = 'related' AND state = 'done'")|$(sql 'SELECT count(*) FROM related_done')" \
	"4|4"

out=$(pg fetch --queue 2>&1)
like "nothing is due again yet" "$out" "queued 0 fetch jobs"
pages=$(grep -c '^REQ GET /pages/' "$TMP/log")
out=$(pg fetch --queue --all 2>&1)
like "--all queues every source again" "$out" "queued 4 fetch jobs"
ok "a worker fetches them again" pg -q worker --until-empty --delay 0
is "nothing new stored" "$(sql 'SELECT count(*) FROM articles')" 4
is "no page downloaded again" "$(grep -c '^REQ GET /pages/' "$TMP/log")" "$pages"
is "the feeds answered 304 to conditional requests" \
	"$(grep -Ec '^REQ GET /(rss|atom|rdf)\.xml 304 |^REQ GET /feed\.json 304 ' "$TMP/log")" 4

fails "fetch --queue needs PostgreSQL" 1 brief fetch --queue
fails "fetch --queue takes no --source" 2 pg fetch --queue --source 1
done_testing
