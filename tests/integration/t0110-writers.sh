#!/bin/sh
# Writers queue: a write waits for another writer (without limit by
# default, --wait SECONDS caps it), Ctrl-C stores what was read and says how
# to go on, and three writers with the server at once lose nothing.
# Another writer is played by sqlite3 holding the write lock until told to
# let go, so nothing here depends on timing: each step waits for a
# condition (a line on stderr, a process ending).
. "$SRCDIR/tests/lib.sh"
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "sqlite3 (the command) is not installed"
	done_testing
	exit 0
fi
pages="$SRCDIR/tests/fixtures/pages"
brief -q ingest --no-fetch "$pages/water-talks.html"

# pages NAME N: N distinct pages (no canonical URL: each is its own article) in $TMP/NAME
pages() {
	mkdir -p "$TMP/$1"
	i=1
	while [ "$i" -le "$2" ]; do
		sed "s/river quotas/river quotas $1 $i/; s|<link rel=\"canonical\"[^>]*>||" \
			"$pages/water-talks.html" >"$TMP/$1/p$i.html"
		i=$((i + 1))
	done
}
pages a 3
pages b 3

# lock / unlock: sqlite3 holds the write lock until unlock
lock() {
	rm -f "$TMP/fifo"
	mkfifo "$TMP/fifo"
	sqlite3 "$DB" <"$TMP/fifo" >/dev/null 2>&1 &
	lockpid=$!
	exec 9>"$TMP/fifo"
	echo "BEGIN IMMEDIATE; DELETE FROM articles WHERE 0;" >&9
	# the lock is held once sqlite3 has run it: ask through a second statement's answer
	echo "SELECT 'held';" >&9
}
unlock() {
	echo "COMMIT;" >&9
	exec 9>&-
	wait "$lockpid"
}
# until_line FILE REGEX: wait (without a clock) for a line in FILE, or fail after the writer ended
until_line() {
	while ! grep -Eq "$2" "$1" 2>/dev/null; do
		kill -0 "$3" 2>/dev/null || return 1
		sleep 0.05
	done
}

lock
# a held lock: make sure it is held before testing (a writer with --wait 0 must fail)
while "$BRIEF" --db "$DB" --wait 0 -q ingest --no-fetch "$pages/water-talks.html" 2>/dev/null; do
	sleep 0.05
done
"$BRIEF" --db "$DB" --wait 1 ingest --no-fetch "$pages/water-talks.html" >/dev/null 2>"$TMP/err"
is "--wait 1 gives up behind a writer that holds on" "$?" 1
like "... saying it waited" "$(cat "$TMP/err")" 'another writer is at work; waiting up to 1 s'
like "... and why it failed" "$(cat "$TMP/err")" 'database is locked \(another writer held the database longer than --wait allowed\)'

# without --wait it queues; Ctrl-C while it waits still stores what it read
"$BRIEF" --db "$DB" ingest --no-fetch "$TMP/a" "$TMP/b" >/dev/null 2>"$TMP/err2" &
wpid=$!
until_line "$TMP/err2" 'another writer is at work; waiting for it to finish' "$wpid"
_report $? "a writer without --wait waits, and says so"
kill -INT "$wpid"
unlock
wait "$wpid"
is "interrupted, it exits 1" "$?" 1
like "... saying how to go on" "$(cat "$TMP/err2")" 'interrupted: .*run the same command again to go on'
like "... after storing the pages it had read" "$(cat "$TMP/err2")" 'ingested 3 pages: 3 added'
is "... which are in the database" "$(brief list | grep -c 'river quotas a')" 3
is "... and not the next directory's" "$(brief list | grep -c 'river quotas b')" 0
brief ingest --no-fetch "$TMP/a" "$TMP/b" >/dev/null 2>"$TMP/err3"
is "the same command again finishes the run" "$?" 0
like "... passing over what was stored" "$(cat "$TMP/err3")" 'ingested 6 pages: 3 added, 0 updated, 3 unchanged'

# three writers and the server at once
pages c 15
pages d 15
pages e 15
"$BRIEF" --db "$DB" serve --port 0 >"$TMP/serve.out" 2>"$TMP/serve.err" &
spid=$!
until_line "$TMP/serve.out" 'http://' "$spid"
url=$(grep -o 'http://[^ ]*' "$TMP/serve.out" | head -1)
for d in c d e; do
	"$BRIEF" --db "$DB" ingest --no-fetch "$TMP/$d" >/dev/null 2>"$TMP/w$d.err" &
	eval "pid_$d=\$!"
done
answered=0
asked=0
for d in c d e; do
	eval "p=\$pid_$d"
	while kill -0 "$p" 2>/dev/null; do
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "${url}search?q=quotas")
		asked=$((asked + 1))
		[ "$code" = 200 ] && answered=$((answered + 1))
		[ "$asked" -ge 20 ] && break
	done
done
for d in c d e; do
	eval "p=\$pid_$d"
	wait "$p"
	is "writer $d finishes" "$?" 0
	unlike "... without 'database is locked'" "$(cat "$TMP/w$d.err")" 'locked'
done
is "the server answered every request meanwhile ($asked)" "$answered" "$asked"
is "every page of every writer is stored" "$(brief list -n 1000 | grep -c 'river quotas [cde] ')" 45
is "the server still answers" "$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$url")" 200
kill "$spid"
wait "$spid"
is "the database is intact" "$(sqlite3 "$DB" 'PRAGMA integrity_check')" ok
done_testing
