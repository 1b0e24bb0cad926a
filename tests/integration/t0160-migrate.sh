#!/bin/sh
# brief migrate: the demo's SQLite store (articles, copies grouped, events,
# tags, actors) copied into PostgreSQL, every table whole.
. "$SRCDIR/tests/lib.sh"

if [ -z "${BRIEF_TEST_PG:-}" ]; then
	skip "no PostgreSQL server (BRIEF_TEST_PG unset or empty; Debian package postgresql)"
	done_testing
	exit
fi
PG=$(pg_db brief_t_migrate) || { echo "not ok - could not make a database"; exit 1; }

brief -q ingest --no-fetch "$SRCDIR/demo/pages" "$SRCDIR"/demo/feeds/*.xml 2>/dev/null
out=$("$BRIEF" migrate --from "$DB" --to "$PG" 2>&1)
like "the demo store is copied and checked" "$out" "every table has as many rows in both"
for t in articles documents sources syndication fingerprints fp_keys events article_actors; do
	is "$t: as many rows in both" "$(psql -qAt "$PG" -c "SELECT count(*) FROM $t")" \
		"$(sqlite3 "$DB" "SELECT count(*) FROM $t")"
done
ok "there are copies and events to copy" test "$(sqlite3 "$DB" 'SELECT count(*) FROM events')" -gt 0
is "list: the same on both" "$("$BRIEF" --db "$PG" list -n 100)" "$(brief list -n 100)"
is "an event's row, the same" \
	"$(psql -qAt "$PG" -c "SELECT article_id, source, target, code, round(goldstein * 10)::int FROM events ORDER BY id LIMIT 1")" \
	"$(sqlite3 "$DB" "SELECT article_id, source, target, code, CAST(round(goldstein * 10) AS INTEGER) FROM events ORDER BY id LIMIT 1")"
fails "--to must be PostgreSQL" 2 "$BRIEF" migrate --from "$DB"
fails "--to must be a PostgreSQL URL" 1 "$BRIEF" migrate --from "$DB" --to "$TMP/other.db"
done_testing
