#!/bin/sh
# The worker's other jobs on a PostgreSQL store: `ingest --workers N`
# hands the new articles' related news to the workers as "related" jobs;
# `jobs --queue` asks for related news or events again; a job done twice
# leaves what it left once; a job that cannot be done fails with its
# error kept, and asking again clears it.
. "$SRCDIR/tests/lib.sh"

pg_required brief_t_job_kinds

# the script's one psql session tells a failed statement from a good one,
# however the statement ends
sql 'SELECT 1/0;' >/dev/null 2>&1
is "sql fails on a statement that fails, ending in ;" "$?" 1
sql 'SELECT 1/0; SELECT 2' >/dev/null 2>&1
is "... and on a failed statement before a good one" "$?" 1
is "... and answers the next one" "$(sql 'SELECT 40 + 2;')" 42

N=12
warc="$TMP/pages.warc"
. "$SRCDIR/tests/integration/warc-pages.sh"
warc_pages "$N" >"$warc"
# and one page whose sentences code into events
record "https://herat-courier.example.org/2024/03/talks.html" \
	"<!doctype html><html lang=\"en\"><head><title>Ministers meet on the river</title>
<meta property=\"article:published_time\" content=\"2024-03-02T08:00:00Z\"></head><body>
<article><h1>Ministers meet on the river</h1>
<p>The foreign minister of Iran met the Taliban governor of Herat on Monday to talk about
the water of the Helmand river, which both sides say they need for the spring harvest.</p>
<p>Pakistani police arrested ten Afghan refugees near the border crossing the same day,
and the camp elders asked the provincial council for help with food and winter tents.</p>
<p>Iran accused Afghanistan of blocking the Helmand river water with a new dam upstream,
while engineers from both countries said the reservoir was lower than in any recent year.</p>
</article></body></html>" "00000000-0000-4000-8000-777777777777" >>"$warc"
N=$((N + 1))

out=$("$BRIEF" -v --db "$PG" ingest --workers 2 "$warc" 2>&1)
like "ingest with workers" "$out" "2 workers did $((N + 1)) jobs: $N added"
is "the workers computed each new article's related news" \
	"$(sql "SELECT count(*) FROM jobs WHERE kind = 'related' AND state = 'done'")|$(sql 'SELECT count(*) FROM related_done')" \
	"$N|$N"
is "and nothing was left for the ingest process" \
	"$(sql "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM related_done d WHERE d.article_id = a.id)")" 0
is "each article's key terms stored" "$(sql 'SELECT count(*) FROM story_terms')" "$N"

# events again, for every article: the same events as the workers coded on ingest
before=$(sql 'SELECT article_id, sentence, source, target, code FROM events ORDER BY 1, 2, 3, 4, 5' | md5sum)
nev=$(sql 'SELECT count(*) FROM events')
ids=$(sql 'SELECT id FROM articles ORDER BY id' | tr '\n' ' ')
# shellcheck disable=SC2086
out=$("$BRIEF" --db "$PG" jobs --queue events $ids 2>&1)
like "jobs --queue events" "$out" "queued $N events jobs \($N asked\)"
# shellcheck disable=SC2086
out=$("$BRIEF" --db "$PG" jobs --queue events $ids 2>&1)
like "queued once while they wait" "$out" "queued 0 events jobs \($N asked\)"
out=$("$BRIEF" --db "$PG" worker --until-empty 2>&1)
like "a worker does them" "$out" ": $N jobs"
is "events coded twice are stored once ($nev)" \
	"$(sql 'SELECT article_id, sentence, source, target, code FROM events ORDER BY 1, 2, 3, 4, 5' | md5sum)" "$before"
ok "there were events to code" test "$nev" -gt 0

# related news again: done again, the lists as they were
rel=$(sql 'SELECT article_id, other_id, score FROM related ORDER BY 1, 2' | md5sum)
terms=$(sql 'SELECT article_id, terms FROM story_terms ORDER BY 1' | md5sum)
sql 'DELETE FROM story_terms' >/dev/null
# shellcheck disable=SC2086
out=$("$BRIEF" --db "$PG" jobs --queue related $ids 2>&1)
like "jobs done are queued again" "$out" "queued $N related jobs"
"$BRIEF" -q --db "$PG" worker --until-empty --batch 5 >/dev/null 2>&1
is "related jobs done again" "$(sql "SELECT count(*) FROM jobs WHERE kind = 'related' AND state = 'done' AND attempts = 1")" "$N"
is "the lists as they were" "$(sql 'SELECT article_id, other_id, score FROM related ORDER BY 1, 2' | md5sum)" "$rel"
is "the workers' related jobs store the key terms stories read, as related_update does" \
	"$(sql 'SELECT article_id, terms FROM story_terms ORDER BY 1' | md5sum)" "$terms"

# a job that cannot be done fails at once, with why
out=$("$BRIEF" --db "$PG" jobs --queue events 999999 2>&1)
like "an article that is not there is queued" "$out" "queued 1 events job"
"$BRIEF" -q --db "$PG" worker --until-empty >/dev/null 2>&1
out=$("$BRIEF" --db "$PG" jobs --failed 2>&1)
like "it failed on its first attempt" "$out" "failed	events	1/3	999999"
like "its error is kept" "$out" "error: .*not found|no article"
out=$("$BRIEF" --db "$PG" jobs --queue events 999999 2>&1)
like "asking again queues it again" "$out" "queued 1 events job"
is "with its attempts and error cleared" \
	"$(sql "SELECT state, attempts, coalesce(error, '-') FROM jobs WHERE kind = 'events' AND arg = '999999'")" "waiting|0|-"
fails "--queue refuses other kinds" 2 "$BRIEF" --db "$PG" jobs --queue document 1
fails "--queue wants article ids" 2 "$BRIEF" --db "$PG" jobs --queue related x1
done_testing
