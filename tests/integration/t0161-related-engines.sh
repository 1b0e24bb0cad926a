#!/bin/sh
# Related news is the same on both engines: the demo's SQLite store copied
# into PostgreSQL, each article's related list computed on each (the terms
# chosen, the candidates ranked by BM25, the policy of corpus/related.c)
# names the same stories in the same order.
. "$SRCDIR/tests/lib.sh"

pg_required brief_t_related

brief -q ingest --no-fetch "$SRCDIR/demo/pages" "$SRCDIR"/demo/feeds/*.xml 2>/dev/null
"$BRIEF" -q migrate --from "$DB" --to "$PG" >/dev/null 2>&1
ok "the demo store is copied" test "$(psql -qAt "$PG" -c 'SELECT count(*) FROM articles')" -gt 20
# both weigh terms by statistics of the whole corpus
ok "lists computed on SQLite" brief -q related --update
ok "lists computed on PostgreSQL" "$BRIEF" -q --db "$PG" related --update

ids() { "$BRIEF" --db "$1" related --format json "$2" | sed -n 's/^    "id": \([0-9]*\),$/\1/p' | tr '\n' ' '; }
same=0 n=0 some=0
for id in $(sqlite3 "$DB" 'SELECT id FROM articles ORDER BY id'); do
	n=$((n + 1))
	a=$(ids "$DB" "$id")
	b=$(ids "$PG" "$id")
	[ -n "$a" ] && some=$((some + 1))
	if [ "$a" = "$b" ]; then
		same=$((same + 1))
	else
		echo "# article $id: SQLite lists [$a], PostgreSQL [$b]"
	fi
done
ok "most articles have related news" test "$some" -gt $((n / 2))
is "the same related news on both engines" "$same of $n" "$n of $n"
is "an article page's list: the same on both" \
	"$("$BRIEF" --db "$PG" related 6)" "$(brief related 6)"
done_testing
