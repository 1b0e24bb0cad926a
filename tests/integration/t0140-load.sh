#!/bin/sh
# The server under load, short form (make soak runs it for a minute): wrk
# with 256 connections while an ingest writes into the served database and
# a client trickles header lines into 20 connections it holds open. No 5xx
# and no refused or dropped connection, normal requests answered all along,
# the trickler cut off at its head deadline, every page of the ingest
# stored and the database intact. Nothing is timed: wrk's own timeout is
# long, and the trickle lasts beyond the deadline the server is given.
. "$SRCDIR/tests/lib.sh"
if ! command -v wrk >/dev/null 2>&1 || ! command -v bash >/dev/null 2>&1 ||
	! command -v curl >/dev/null 2>&1; then
	skip "wrk, bash or curl is not installed: no load on the server"
	done_testing
	exit 0
fi
c="$TMP/corpus"
copies_corpus "$c" 60 0
brief -q ingest --no-fetch "$SRCDIR/tests/fixtures/pages" 2>/dev/null
before=$(brief list -n 100000 | wc -l)

# the head deadline well above the latency of a starved server (a request
# that waits its turn counts against it), the trickle well beyond the deadline;
# wrk for 2 s: it keeps both cores busy for as long as it runs, and every
# connection and the ingest beside it are under load within that (make soak
# runs the long form)
SERVE_OPTS="--head-timeout 10" TRICKLE_SECS=14 serve_under_load 2 "$DB" "$c/pages"
is "the server started" "$load_ok" 1
printf '%s\n' "$load_wrk" | sed 's/^/# /'
like "wrk's requests were answered" "$load_wrk" 'Requests/sec'
unlike "no 5xx (or other non-2xx) answer under load" "$load_wrk" 'Non-2xx or 3xx responses'
unlike "no refused, dropped or timed-out connection" "$load_wrk" 'Socket errors'
is "every normal request was answered during the load ($load_asked asked)" "$load_missed" 0
is "the trickling client's 20 connections were cut off" "$load_cut" 20
is "the ingest beside the server finished" "$load_ingest" 0
is "every page it ingested is stored" "$(brief list -n 100000 | wc -l)" $((before + 60))
like "the database is intact" "$(brief db check 2>&1)" 'integrity ok; 0 foreign key violations'
done_testing
