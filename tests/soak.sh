#!/bin/sh
# make soak: the long forms of checks that `make test` keeps short. Speaks
# TAP; exit status 1 when any check failed. Not part of `make test`.
#
#   1. kill -9 after every write transaction of an ingest of 200 pages, a
#      WARC archive and JSON Lines (t0130-kill checks every third): the
#      database passes its check each time, nothing reported stored is
#      missing, and the last run ends with every article once.
#   2. serve under wrk (256 connections for SOAK_SECONDS, default 60) while
#      an ingest writes and a client holds connections open sending
#      nothing: no 5xx, a normal request answered every second throughout,
#      and the server's resident memory at the end beside its start.
#      Skipped when wrk is not installed.
#   3. the hostile-input, writers, read-only and kill tests, SOAK_ROUNDS
#      times each (default 3).
#
# Environment: BRIEF (the binary), SRCDIR, HELPERS, as tests/run sets them.
. "$SRCDIR/tests/lib.sh"
SOAK_SECONDS=${SOAK_SECONDS:-60}
SOAK_ROUNDS=${SOAK_ROUNDS:-3}
pages="$SRCDIR/tests/fixtures/pages"

# ---- 1. a kill at every commit ----
c="$TMP/corpus"
copies_corpus "$c" 200 40
"$BRIEF" --db "$TMP/ref.db" -q ingest --no-fetch --batch 4 "$c" 2>/dev/null
count() { "$BRIEF" --db "$1" list -n 100000 2>/dev/null | wc -l | tr -d ' '; }
k=1 lost=0 bad=0 status=137 before=0
while [ "$status" -eq 137 ] && [ $k -lt 1000 ]; do
	BRIEF_TEST_KILL_AFTER_COMMITS=$k "$BRIEF" --db "$DB" ingest --no-fetch --batch 4 "$c" \
		>/dev/null 2>"$TMP/err"
	status=$?
	[ "$status" -eq 137 ] || break
	said=$(sed -n 's/.*killed after commit [0-9]*: \([0-9]*\) added.*/\1/p' "$TMP/err")
	now=$(count "$DB")
	if [ -z "$said" ] || [ "$now" -ne $((before + said)) ]; then
		echo "# kill after commit $k: $before before, said $said added, $now now"
		lost=$((lost + 1))
	fi
	"$BRIEF" --db "$DB" db check >/dev/null 2>&1 || { echo "# kill $k: db check failed"; bad=$((bad + 1)); }
	before=$now
	k=$((k + 1))
done
is "killed at each of $((k - 1)) commits, the last run finished" "$status" 0
is "... each kill lost nothing it had reported stored" "$lost" 0
is "... the database passed its check after each" "$bad" 0
is "... and every article is there once" "$("$BRIEF" --db "$DB" list -n 100000 | cut -f2- | sort)" \
	"$("$BRIEF" --db "$TMP/ref.db" list -n 100000 | cut -f2- | sort)"

# ---- 2. the server under load while an ingest writes ----
if command -v wrk >/dev/null 2>&1 && command -v bash >/dev/null 2>&1; then
	cp "$TMP/ref.db" "$TMP/serve.db"
	cp "$TMP/ref.db-search" "$TMP/serve.db-search"
	serve_start "$TMP/serve.out" "$BRIEF" --db "$TMP/serve.db" serve --port 0 --per-client 512
	spid=$pid
	port=$(printf '%s' "$url" | sed 's|.*:\([0-9]*\)/$|\1|')
	rss0=$(awk '/VmRSS/ { print $2 }' "/proc/$spid/status")
	# a client holding 20 connections, each with half a request head, sending nothing more
	bash -c 'for i in $(seq 20); do exec {fd}<>"/dev/tcp/127.0.0.1/$1"; printf "GET / HTTP/1.1\r\nHost: x\r\n" >&$fd; done; sleep "$2"' \
		slow "$port" "$SOAK_SECONDS" 2>/dev/null &
	slowpid=$!
	# an ingest writing all along: the corpus again, into the served database
	"$BRIEF" --db "$TMP/serve.db" -q ingest --no-fetch "$SRCDIR/demo/pages" "$c/pages" \
		>/dev/null 2>"$TMP/ingest.err" &
	ipid=$!
	wrk -t 2 -c 256 -d "${SOAK_SECONDS}s" "$url" >"$TMP/wrk.out" 2>&1 &
	wpid=$!
	# a normal request each second for as long as wrk runs
	missed=0 asked=0
	while kill -0 "$wpid" 2>/dev/null; do
		code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$url")
		asked=$((asked + 1))
		[ "$code" = 200 ] || missed=$((missed + 1))
		sleep 1
	done
	wait "$ipid"; is "the ingest beside the server finished" "$?" 0
	rss1=$(awk '/VmRSS/ { print $2 }' "/proc/$spid/status")
	kill "$slowpid" 2>/dev/null; wait "$slowpid" 2>/dev/null
	kill "$spid"; wait "$spid"
	sed 's/^/# /' "$TMP/wrk.out"
	echo "# server resident memory: $rss0 kB at start, $rss1 kB after the load"
	unlike "no 5xx (or other non-2xx) answer under load" "$(cat "$TMP/wrk.out")" 'Non-2xx or 3xx responses'
	like "wrk's requests were answered" "$(cat "$TMP/wrk.out")" 'Requests/sec'
	is "a normal request was answered each second ($asked asked)" "$missed" 0
	[ -n "$rss1" ] && [ "$rss1" -lt $((rss0 * 4 + 200000)) ]
	_report $? "server memory stayed bounded ($rss0 -> $rss1 kB)"
else
	skip "wrk is not installed: no load on the server"
fi

# ---- 3. the short forms, again and again ----
r=1
while [ $r -le "$SOAK_ROUNDS" ]; do
	out=$(BRIEF_TEST_PG= "$SRCDIR/tests/run" t0110 t0120 t0130 t0700 2>&1 | tail -1)
	like "round $r of the writers, read-only, kill and hostile tests" "$out" '^[0-9]+ passed, 0 failed'
	r=$((r + 1))
done
done_testing
