#!/bin/sh
# kill -9 in the middle of an ingest loses nothing: the database passes its
# integrity check, every page the run said it had stored before the kill is
# there, and running the same command again finishes the work, every
# article once.
#
# No clock: the ingest kills itself with SIGKILL right after its Kth write
# transaction commits (the test hook BRIEF_TEST_KILL_AFTER_COMMITS, see
# docs/internals/testing.md), K growing run after run, so the kills fall in
# turn on pages, JSON Lines, a WARC archive and a feed, and on the index
# writer's work after a commit.
. "$SRCDIR/tests/lib.sh"
c="$TMP/corpus"
# 10 distinct pages, 4 more as JSON Lines, a WARC archive
copies_corpus "$c" 10 4
cp "$SRCDIR/tests/fixtures/feeds/rss2.xml" "$c/zz-feed.rss"

# the whole corpus in one run, as the answer to check against
"$BRIEF" --db "$TMP/ref.db" -q ingest --no-fetch --batch 2 "$c" 2>/dev/null
ref_n=$("$BRIEF" --db "$TMP/ref.db" list -n 1000 | wc -l | tr -d ' ')
[ "$ref_n" -ge 18 ]; _report $? "the corpus holds $ref_n articles"

count() { brief list -n 1000 2>/dev/null | wc -l | tr -d " "; }
# each run is killed 3 commits further on (the earlier ones store nothing new)
k=1 runs=0 lost=0 bad=0 status=137 before=0
while [ "$status" -eq 137 ] && [ $runs -lt 20 ]; do
	BRIEF_TEST_KILL_AFTER_COMMITS=$k "$BRIEF" --db "$DB" ingest --no-fetch --batch 2 "$c" \
		>/dev/null 2>"$TMP/err"
	status=$?
	runs=$((runs + 1))
	[ "$status" -eq 137 ] || break
	said=$(sed -n 's/.*killed after commit [0-9]*: \([0-9]*\) added.*/\1/p' "$TMP/err")
	now=$(count)
	if [ -z "$said" ] || [ "$now" -ne $((before + said)) ]; then
		echo "# run $runs (kill after commit $k): $before before, said $said added, $now now"
		lost=$((lost + 1))
	fi
	brief db check >/dev/null 2>&1 || { echo "# run $runs: db check failed"; bad=$((bad + 1)); }
	before=$now
	k=$((k + 3))
done
[ $runs -ge 4 ]; _report $? "the kills fell at $((runs - 1)) points of the run"
is "the last run, not killed, finished" "$status" 0
is "after every kill, what the run said it stored was there" "$lost" 0
is "after every kill, the database passed its check" "$bad" 0
out=$(brief db check 2>&1)
like "the database is intact at the end" "$out" 'integrity ok; 0 foreign key violations$'
is "every article is there once" "$(brief list -n 1000 | cut -f2- | sort)" \
	"$("$BRIEF" --db "$TMP/ref.db" list -n 1000 | cut -f2- | sort)"
is "search finds as many as in the run never killed" "$(brief search -n 100 'river quotas' | grep -c '^[0-9]')" \
	"$("$BRIEF" --db "$TMP/ref.db" search -n 100 'river quotas' | grep -c '^[0-9]')"
done_testing
