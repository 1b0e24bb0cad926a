#!/bin/sh
# A database this user may not write: commands that only read work on it
# (read-only, and read as immutable when even its directory is read-only);
# commands that write refuse at once, saying why, and change nothing.
. "$SRCDIR/tests/lib.sh"

# The reader is another user: root may write anything, so as root the
# reading commands run as nobody (setpriv); as anyone else, chmod is enough.
if [ "$(id -u)" -eq 0 ]; then
	if ! command -v setpriv >/dev/null 2>&1; then
		skip "running as root without setpriv: no way to be a user who may not write"
		done_testing; exit
	fi
	reader="setpriv --reuid=65534 --regid=65534 --clear-groups"
else
	reader=
fi
# $reader unquoted: a prefix of words, or none; a simple command, so that
# `$reader cmd &` gives the pid of cmd itself (setpriv execs it)
as_reader() { $reader "$@"; }
chmod 755 "$TMP"
if ! as_reader test -x "$BRIEF"; then
	skip "the reading user cannot run $BRIEF"
	done_testing; exit
fi
ro() { as_reader "$BRIEF" --db "$DB" "$@"; }

ingest_once --no-fetch "$SRCDIR/demo/pages"
n=$(brief list -n 1000 | wc -l | tr -d ' ')
chmod a-w "$DB" "$DB-search"

# the file read-only, its directory writable
out=$(ro list -n 1000 2>&1); is "list reads a read-only database" "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" "$n"
out=$(ro search Sasuli 2>&1); like "search reads it" "$out" 'Sasuli post'
id=$(printf '%s\n' "$out" | head -1 | cut -f1)
out=$(ro show "$id" 2>&1); like "show reads it" "$out" '^URL: '
out=$(ro related "$id" 2>&1); unlike "related reads it" "$out" 'readonly|read-only'
out=$(ro events -n 3 2>&1); unlike "events reads it" "$out" 'readonly|read-only'
out=$(ro db check 2>&1); like "db check checks what it can read, and says so" "$out" 'integrity ok.*read-only here'

# commands that write: refused before any work, the reason given
for c in "ingest --no-fetch $SRCDIR/tests/fixtures/pages" "add --no-check https://example.org/feed.xml" "db vacuum" "events --recode" "remove 1"; do
	out=$(ro $c 2>&1); s=$?
	is "'${c%% *}' exits 1 on a read-only database" "$s" 1
	like "'${c%% *}' says it cannot write, and why" "$out" 'cannot write to the database: no permission to write it or its directory'
done
is "nothing was written" "$(brief list -n 1000 | wc -l | tr -d ' ')" "$n"

# serve: pages are read by connections of its own
serve_start "$TMP/serve.out" $reader "$BRIEF" --db "$DB" serve --port 0
like "serve starts on a read-only database" "$url" '^http://127\.0\.0\.1:[0-9]+/$'
if [ -n "$url" ]; then
	is "its front page is 200" "$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$url")" 200
	like "its search finds articles" "$(curl -s --max-time 10 "${url}search?q=Sasuli")" 'Sasuli post'
else
	skip "serve did not start"; skip "serve did not start"
fi
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null

# the directory read-only too: no log can be made beside it, the file is read as it is
chmod 555 "$TMP"
out=$(ro list -n 1000 2>&1); is "list reads it in a read-only directory" "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" "$n"
out=$(ro search Sasuli 2>&1); like "search reads it in a read-only directory" "$out" 'Sasuli post'
out=$(ro ingest --no-fetch "$SRCDIR/tests/fixtures/pages" 2>&1)
like "ingest there says it cannot write" "$out" 'cannot write to the database'
chmod 755 "$TMP"
chmod u+w "$DB" "$DB-search"
out=$(brief db check 2>&1); like "the database is intact" "$out" 'integrity ok; 0 foreign key violations$'

# a schema other than this build's, read-only: it cannot be migrated here, and says so
v=$(sqlite3 "$DB" 'PRAGMA user_version')
for w in $((v + 1)) $((v - 1)); do
	sqlite3 "$DB" "PRAGMA user_version = $w"
	chmod a-w "$DB" "$DB-search"
	out=$(ro list 2>&1); s=$?
	chmod u+w "$DB" "$DB-search"
	is "list refuses schema version $w read-only" "$s" 1
	if [ "$w" -gt "$v" ]; then
		like "and says it is newer than this brief knows" "$out" "schema version $w is newer than this brief knows \\($v\\)"
	else
		like "and says to migrate it as a user who may write it" "$out" "schema version $w is older than this brief's \\($v\\).*brief migrate"
	fi
done
sqlite3 "$DB" "PRAGMA user_version = $v"
done_testing
