#!/bin/sh
# Related news is the same on both engines: the demo's SQLite store copied
# into PostgreSQL, each article's related list computed on each (the terms
# chosen, the candidates ranked by BM25, the policy of corpus/related.c)
# names the same stories in the same order.
. "$SRCDIR/tests/lib.sh"

pg_required brief_t_related

ingest_once --no-fetch "$SRCDIR/demo/pages"
"$BRIEF" -q migrate --from "$DB" --to "$PG" >/dev/null 2>&1
ok "the demo store is copied" test "$(sql 'SELECT count(*) FROM articles')" -gt 20
# both weigh terms by statistics of the whole corpus
ok "lists computed on SQLite" brief -q related --update
ok "lists computed on PostgreSQL" "$BRIEF" -q --db "$PG" related --update

# every article's list from one process per engine ("article ID", then its list)
all=$(sqlite3 "$DB" 'SELECT id FROM articles ORDER BY id')
lists() { "$BRIEF" --db "$1" related $all | awk '
	/^article / { if (id) print id ":" l; id = $2; l = ""; next }
	{ l = l " " $1 }
	END { if (id) print id ":" l }'; }
lists "$DB" >"$TMP/sqlite.lists"
lists "$PG" >"$TMP/pg.lists"
is "a list for each article on each engine" \
	"$(wc -l <"$TMP/sqlite.lists") $(wc -l <"$TMP/pg.lists")" \
	"$(echo "$all" | wc -l) $(echo "$all" | wc -l)"
same=0 n=0 some=0
while IFS= read -r a <&3 && IFS= read -r b <&4; do
	n=$((n + 1))
	[ -n "${a#*:}" ] && some=$((some + 1))
	if [ "$a" = "$b" ]; then
		same=$((same + 1))
	else
		echo "# SQLite lists [$a], PostgreSQL [$b]"
	fi
done 3<"$TMP/sqlite.lists" 4<"$TMP/pg.lists"
ok "most articles have related news" test "$some" -gt $((n / 2))
is "the same related news on both engines" "$same of $n" "$n of $n"
is "an article page's list: the same on both" \
	"$("$BRIEF" --db "$PG" related 6)" "$(brief related 6)"
is "one article's list alone is its list among several" \
	"$(brief related 6)" "$(brief related 5 6 7 | sed -n '/^article 6$/,/^article 7$/p' | sed '1d;$d')"
is "several lists in JSON: one object an article" \
	"$(brief related --format json 5 6 | grep -c '^    "id":')" 2
done_testing
