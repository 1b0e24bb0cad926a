#!/bin/sh
# The command-line skeleton: help, version, usage errors, global options.
. "$SRCDIR/tests/lib.sh"

out=$("$BRIEF" --version)
like "--version prints the version" "$out" '^brief [0-9]+\.[0-9]+\.[0-9]+$'
out=$("$BRIEF" help)
like "help lists the commands" "$out" 'ingest'
like "help names the exit codes" "$out" 'Exit status'
fails "no command is a usage error" 2 "$BRIEF"
err=$("$BRIEF" frobnicate 2>&1)
is "unknown command exits 2" "$?" 2
like "unknown command error names it" "$err" "^brief: 'frobnicate' is not a brief command"
fails "unknown global option exits 2" 2 "$BRIEF" --bogus list

for c in extract ingest list show serve publish digest db add sources remove fetch opml daemon search related stories code events dyad export worker jobs migrate; do
	out=$("$BRIEF" "$c" --help 2>&1)
	st=$?
	like "$c --help shows usage" "$out" "^usage: brief $c"
	unlike "$c --help: each other form of usage reads '   or: brief $c'" "$out" "^ +or: +(or:|[^b])"
	is "$c --help exits 0" "$st" 0
	out=$("$BRIEF" help "$c" 2>&1)
	like "help $c shows the same usage" "$out" "^usage: brief $c"
done
err=$("$BRIEF" list --no-such-option 2>&1)
is "unknown command option exits 2" "$?" 2
like "unknown option error names it" "$err" "^brief: list: unknown option '--no-such-option'"
is "... then the usage in one line, not every option" "$(printf '%s\n' "$err" | wc -l | tr -d ' ')" 3
err=$("$BRIEF" list --db "$TMP/x.db" 2>&1)
is "a global option after the command is a usage error" "$?" 2
is "... saying it goes before the command" "$err" \
	"brief: list: --db is a global option: it goes before the command (brief --db FILE list ...)"
err=$("$BRIEF" search --wait=5 water 2>&1)
like "... --wait=N too" "$err" "^brief: search: --wait is a global option: it goes before the command \(brief --wait SECONDS search \.\.\.\)$"
fails "missing option value exits 2" 2 "$BRIEF" list -n
fails "bad number exits 2" 2 "$BRIEF" list -n many
# 2^34 G is 2^64 bytes: past a size_t, which wrapped to 0 (and 2^34 - 1 G to near 2^64)
err=$("$BRIEF" extract --max-size 17179869184G "$SRCDIR/tests/fixtures/pages/water-talks.html" 2>&1)
is "a size past what a size_t holds exits 2" "$?" 2
like "... saying it wants a size" "$err" "^brief: extract: --max-size wants a size \(1000, 64k, 16M, 1G\), not '17179869184G'"
# every usage error names the one wrong thing, then the usage lines, not the
# options: "brief: CMD: <what>", exit 2 (no database is opened before it)
while IFS='|' read -r args want; do
	err=$(eval "\"\$BRIEF\" --db \"\$TMP/none.db\" $args" 2>&1)
	st=$?
	is "brief $args: exit 2" "$st" 2
	like "... saying why" "$(printf '%s\n' "$err" | head -n 1)" "^brief: ${args%% *}: $want"
	unlike "... without the list of options" "$err" '^ +-h, --help'
done <<'EOF'
fetch https://news.example.org/feed.xml|unexpected argument 'https://news.example.org/feed.xml' \(fetch polls
sources extra|unexpected argument 'extra'$
daemon extra|unexpected argument 'extra'$
db|check or vacuum is needed$
db frob|'frob' is not check or vacuum$
db check extra|unexpected argument 'extra'$
publish|--out DIR is needed$
remove|a SOURCE is needed$
opml|import or export is needed$
opml frob|'frob' is not import or export$
opml import|the FILE to import is needed$
opml export a b|unexpected argument 'b'$
add|a URL or an OPML file is needed$
add a b|unexpected argument 'b'$
code a b|unexpected argument 'b'$
code --actors|option '--actors' needs a value$
migrate|--from FILE.db is needed$
migrate --from x.db|--to postgresql://\.\.\. is needed$
ingest|a PATH or URL is needed$
related --update 3|--update takes no article id, not '3'$
EOF
ok "... and none of them made a database" test ! -e "$TMP/none.db"
# the PostgreSQL-only commands on a SQLite file: "brief: CMD: why", exit 1
for c in worker jobs "fetch --queue"; do
	err=$("$BRIEF" --db "$TMP/none.db" $c 2>&1)
	is "brief $c on SQLite: exit 1" "$?" 1
	is "... in the form of every error" "$err" "brief: $c: needs a PostgreSQL store (--db postgresql://...)"
done

# --db and BRIEF_DB choose the database (a writer creates it)
mkdir "$TMP/empty"
(cd "$TMP" && "$BRIEF" ingest "$TMP/empty" >/dev/null 2>&1)
ok "default database is ./brief.db" test -f "$TMP/brief.db"
BRIEF_DB="$TMP/env.db" "$BRIEF" ingest "$TMP/empty" >/dev/null 2>&1
ok "BRIEF_DB names the database" test -f "$TMP/env.db"
"$BRIEF" --db "$TMP/flag.db" ingest "$TMP/empty" >/dev/null 2>&1
ok "--db names the database" test -f "$TMP/flag.db"
BRIEF_DB="$TMP/env2.db" "$BRIEF" --db="$TMP/flag2.db" ingest "$TMP/empty" >/dev/null 2>&1
ok "--db wins over BRIEF_DB" test -f "$TMP/flag2.db"
ok "... and BRIEF_DB is then untouched" test ! -e "$TMP/env2.db"

# errors: "brief: <what>: <why>" and exit 1
printf 'this is not a database, just text that is long enough to not be empty....' >"$TMP/junk.db"
err=$("$BRIEF" --db "$TMP/junk.db" list 2>&1)
is "a non-database file fails with 1" "$?" 1
like "database error is 'brief: <file>: <why>'" "$err" "^brief: $TMP/junk.db: .+"
fails "missing directory for database fails with 1" 1 "$BRIEF" --db "$TMP/no/such/dir.db" list
# a reader never creates a database: a mistyped --db is an error, and no file is left
for c in list search related stories show events dyad export sources; do
	case $c in
	search) args="x" ;; related | show) args="1" ;; dyad) args="IRN AFG" ;;
	export) args="--format gdelt" ;; *) args="" ;;
	esac
	err=$("$BRIEF" --db "$TMP/typo.db" $c $args 2>&1)
	st=$?
	is "$c on a missing database exits 1" "$st" 1
	like "... saying so" "$err" "^brief: $TMP/typo.db: no such database"
	ok "... and creates nothing" test ! -e "$TMP/typo.db"
done
err=$("$BRIEF" --db "$TMP/junk.db" -q list 2>&1)
like "-q still prints errors" "$err" '^brief: '
# a first add or ingest that fails stores nothing and leaves no database
# behind; one that stored something, or a database there before, stays
printf 'Dear committee,\nthe hall roof leaks again.\n' >"$TMP/letter.txt"
mkdir "$TMP/no-pages"
for args in "add http://127.0.0.1:1/feed.xml" "ingest $TMP/letter.txt" \
	"ingest $TMP/no-such-dir" "ingest http://127.0.0.1:1/page.html" "add $TMP/no-such.opml"; do
	"$BRIEF" --db "$TMP/first.db" $args >/dev/null 2>&1
	is "a failed first '${args%% *}' exits 1 ($args)" "$?" 1
	ok "... and leaves no database" test ! -e "$TMP/first.db"
	ok "... nor its search index" test ! -e "$TMP/first.db-search"
done
page="$SRCDIR/tests/fixtures/pages/water-talks.html"
"$BRIEF" --db "$TMP/first.db" -q ingest "$TMP/letter.txt" "$page" 2>/dev/null
is "a first ingest that stored one page of two exits 1" "$?" 1
is "... and keeps its database and the page" "$("$BRIEF" --db "$TMP/first.db" list | wc -l | tr -d ' ')" 1
"$BRIEF" --db "$TMP/first.db" -q ingest "$TMP/letter.txt" 2>/dev/null
ok "a failed ingest into a database that holds pages keeps it" test -s "$TMP/first.db"
"$BRIEF" --db "$TMP/empty.db" -q ingest "$TMP/no-pages"
is "an ingest of nothing creates the database" "$?" 0
"$BRIEF" --db "$TMP/empty.db" -q ingest "$TMP/letter.txt" 2>/dev/null
ok "... which a later failed ingest keeps, empty as it is" test -e "$TMP/empty.db"
done_testing
