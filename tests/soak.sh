#!/bin/sh
# make soak: the long forms of checks that `make test` keeps short. Speaks
# TAP; exit status 1 when any check failed. Not part of `make test`.
#
#   1. kill -9 after every write transaction of an ingest of 200 pages, a
#      WARC archive and JSON Lines (t0130-kill checks every third): the
#      database passes its check each time, nothing reported stored is
#      missing, and the last run ends with every article once.
#   2. serve under wrk (256 connections for SOAK_SECONDS, default 60) while
#      an ingest writes and a client holds connections open trickling header
#      lines (tests/lib.sh: serve_under_load; t0140-load is the short form):
#      no 5xx or socket error, a normal request answered every second
#      throughout, the trickler cut off, and the server's resident memory
#      flat: at the end of the load within a quarter (plus 10 MB) of what it
#      was a quarter in. The server is $LOAD_BRIEF when set (make soak: the
#      build without sanitizers, whose memory means something). Skipped
#      without wrk.
#   3. the hostile-input, writers, read-only and kill tests, SOAK_ROUNDS
#      times each (default 3).
#
# Environment: BRIEF (the binary), SRCDIR, HELPERS, as tests/run sets them;
# LOAD_BRIEF (the server of part 2), SOAK_SECONDS, SOAK_ROUNDS, SOAK_PARTS
# (the parts to run, default "1 2 3").
. "$SRCDIR/tests/lib.sh"
SOAK_SECONDS=${SOAK_SECONDS:-60}
SOAK_ROUNDS=${SOAK_ROUNDS:-3}
SOAK_PARTS=${SOAK_PARTS:-1 2 3}
part() { case " $SOAK_PARTS " in *" $1 "*) return 0 ;; esac; return 1; }
pages="$SRCDIR/tests/fixtures/pages"

c="$TMP/corpus"
copies_corpus "$c" 200 40
"$BRIEF" --db "$TMP/ref.db" -q ingest --no-fetch --batch 4 "$c" 2>/dev/null

# ---- 1. a kill at every commit ----
if part 1; then
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
fi

# ---- 2. the server under load while an ingest writes ----
if ! part 2; then
	:
elif command -v wrk >/dev/null 2>&1 && command -v bash >/dev/null 2>&1; then
	cp "$TMP/ref.db" "$TMP/serve.db"
	cp "$TMP/ref.db-search" "$TMP/serve.db-search"
	serve_under_load "$SOAK_SECONDS" "$TMP/serve.db" "$SRCDIR/demo/pages" "$c/pages"
	is "the server started" "$load_ok" 1
	is "the ingest beside the server finished" "$load_ingest" 0
	printf '%s\n' "$load_wrk" | sed 's/^/# /'
	echo "# server ($(basename "$(dirname "${LOAD_BRIEF:-$BRIEF}")")/brief) resident memory: $load_rss0 kB at start, $load_rss_warm kB a quarter into the load, $load_rss_late kB at its end, $load_rss1 kB after it"
	unlike "no 5xx (or other non-2xx) answer under load" "$load_wrk" 'Non-2xx or 3xx responses'
	unlike "no refused, dropped or timed-out connection" "$load_wrk" 'Socket errors'
	like "wrk's requests were answered" "$load_wrk" 'Requests/sec'
	is "a normal request was answered each second ($load_asked asked)" "$load_missed" 0
	is "the trickling client's 20 connections were cut off" "$load_cut" 20
	[ -n "$load_rss_late" ] && [ "$load_rss_late" -le $((load_rss_warm + load_rss_warm / 4 + 10000)) ]
	_report $? "server memory stayed flat once warm ($load_rss_warm -> $load_rss_late kB)"
else
	skip "wrk is not installed: no load on the server"
fi

# ---- 3. the short forms, again and again ----
r=1
part 3 || r=$((SOAK_ROUNDS + 1))
while [ $r -le "$SOAK_ROUNDS" ]; do
	out=$(BRIEF_TEST_PG= "$SRCDIR/tests/run" t0110 t0120 t0130 t0700 2>&1 | tail -1)
	like "round $r of the writers, read-only, kill and hostile tests" "$out" '^[0-9]+ passed, 0 failed'
	r=$((r + 1))
done
done_testing
