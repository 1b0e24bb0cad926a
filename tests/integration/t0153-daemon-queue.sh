#!/bin/sh
# The scheduler beside the workers on PostgreSQL: `daemon --queue` queues
# a fetch job for each source due and fetches nothing itself; a second
# tick queues no source twice, waiting or running; a worker drains the
# queue and the sources, fetched, are not due on the next tick.
. "$SRCDIR/tests/lib.sh"

. "$SRCDIR/tests/integration/pg-feed-sources.sh"
pg_feed_sources brief_t_daemon_queue
fetch_jobs() { sql "SELECT count(*) FROM jobs WHERE kind = 'fetch'"; }
before=$(feeds)

out=$(pg daemon --queue --once 2>&1)
like "the first tick queues the sources due" "$out" "queued 4 fetch jobs"
is "one waiting fetch job a source" \
	"$(sql "SELECT count(*), count(DISTINCT arg) FROM jobs j JOIN subscriptions s ON s.id::text = j.arg WHERE j.kind = 'fetch' AND j.state = 'waiting'")" "4|4"
is "the scheduler fetched nothing itself" "$(($(feeds) - before))|$(sql 'SELECT count(*) FROM articles')" "0|0"

sql "UPDATE jobs SET state = 'running', worker = 'elsewhere', lease_until = now() + interval '1 hour' WHERE id = (SELECT min(id) FROM jobs WHERE kind = 'fetch')" >/dev/null
out=$(pg daemon --queue --once 2>&1)
unlike "the second tick queues nothing again" "$out" "queued"
is "still one fetch job a source, one of them running" \
	"$(fetch_jobs)|$(sql "SELECT count(*) FROM jobs WHERE kind = 'fetch' AND state = 'running'")" "4|1"
sql "UPDATE jobs SET state = 'waiting', worker = NULL, lease_until = NULL WHERE kind = 'fetch'" >/dev/null

ok "a worker drains the queue" pg -q worker --until-empty --delay 0
is "every job done" "$(sql "SELECT count(*) FROM jobs WHERE state <> 'done'")" 0
is "each feed requested once, by the worker" "$(($(feeds) - before))" 4
is "four articles, each once" "$(sql 'SELECT count(*), count(DISTINCT url) FROM articles')" "4|4"

out=$(pg daemon --queue --once 2>&1)
unlike "the sources fetched are not due on the next tick" "$out" "queued"
is "no fetch job waits" "$(sql "SELECT count(*) FROM jobs WHERE kind = 'fetch' AND state = 'waiting'")" 0

fails "daemon --queue needs PostgreSQL" 1 brief daemon --queue --once
fails "serve --queue goes with --poll" 2 pg serve --queue
done_testing
