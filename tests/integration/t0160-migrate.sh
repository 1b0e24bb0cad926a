#!/bin/sh
# brief migrate: the demo's SQLite store (articles, copies grouped, events,
# tags, actors) copied into PostgreSQL, every table whole. Then related news
# is the same on both engines: each article's related list computed on each
# (the terms chosen, the candidates ranked by BM25, the policy of
# corpus/related.c) names the same stories in the same order.
. "$SRCDIR/tests/lib.sh"

pg_required brief_t_migrate

ingest_once --no-fetch "$SRCDIR/demo/pages"
out=$("$BRIEF" migrate --from "$DB" --to "$PG" 2>&1)
like "the demo store is copied and checked" "$out" "every table has as many rows in both"
# each table's row count, in one row: "n|n|..." from both psql -At (sql) and sqlite3
tables="articles documents sources syndication fingerprints fp_keys events article_actors"
counts=""
for t in $tables; do
	counts="$counts${counts:+, }(SELECT count(*) FROM $t)"
done
pg_counts=$(sql "SELECT $counts")
sq_counts=$(sqlite3 "$DB" "SELECT $counts")
i=0
for t in $tables; do
	i=$((i + 1))
	is "$t: as many rows in both" "$(printf %s "$pg_counts" | cut -d'|' -f$i)" \
		"$(printf %s "$sq_counts" | cut -d'|' -f$i)"
done
ok "there are copies and events to copy" test "$(sqlite3 "$DB" 'SELECT count(*) FROM events')" -gt 0
is "list: the same on both" "$("$BRIEF" --db "$PG" list -n 100)" "$(brief list -n 100)"
is "an event's row, the same" \
	"$(sql "SELECT article_id, source, target, code, round(goldstein * 10)::int FROM events ORDER BY id LIMIT 1")" \
	"$(sqlite3 "$DB" "SELECT article_id, source, target, code, CAST(round(goldstein * 10) AS INTEGER) FROM events ORDER BY id LIMIT 1")"

# brief serve on the migrated store: the demo's article pages as SQLite serves them
serve() { # DB, name: starts serve, sets $url_NAME and $pid_NAME
	"$BRIEF" --db "$1" serve --port 0 >"$TMP/$2.out" 2>"$TMP/$2.err" &
	eval "pid_$2=\$!"
	i=0
	while ! grep -q 'http://' "$TMP/$2.out" 2>/dev/null && [ $i -lt 100 ]; do
		sleep 0.1; i=$((i + 1))
	done
	eval "url_$2=\$(grep -o 'http://[^ ]*' \"\$TMP/\$2.out\" | head -1)"
}
serve "$PG" pg
serve "$DB" sq
like "serve on PostgreSQL prints its URL" "$url_pg" '^http://127\.0\.0\.1:[0-9]+/$'
# one curl for each server: the first 12 article pages, the pages below,
# the front and search pages, and the API's search for each query
ids=$(sqlite3 "$DB" 'SELECT id FROM articles ORDER BY id LIMIT 12')
pages="sources source/1 actor/IRN dyads dyad/AFG/IRN healthz"
cat >"$TMP/queries" <<'EOF'
water
"border guards"
Helmand water
Taliban OR Iran
deport*
title:railway
refugees -Iran
drought
minister
EOF
fetch() { # NAME: what serve NAME answers, into $TMP/NAME/, the status of each in $TMP/NAME/codes
	eval "u=\$url_$1"
	d=$TMP/$1
	mkdir -p "$d"
	set --
	for id in $ids; do
		set -- "$@" -o "$d/article-$id" "${u}article/$id"
	done
	for p in $pages; do
		set -- "$@" -o "$d/page-$(printf %s "$p" | tr / -)" "$u$p"
	done
	set -- "$@" -o "$d/front" "$u" -o "$d/search" "${u}search?q=water" -o "$d/search-helmand" "${u}search?q=Helmand"
	n=0
	while IFS= read -r q; do
		n=$((n + 1))
		set -- "$@" --next -s --max-time 20 -G --data-urlencode "q=$q" -d sort=date -o "$d/q$n" \
			-w '%{http_code} %{url_effective}\n' "${u}api/v1/search"
	done <"$TMP/queries"
	curl -s --max-time 20 -w '%{http_code} %{url_effective}\n' "$@" >"$d/codes"
}
fetch pg
fetch sq
kill "$pid_pg" "$pid_sq"
wait "$pid_pg"
is "serve on PostgreSQL exits 0 on SIGTERM" "$?" 0
wait "$pid_sq"
is "every page and search answered 200, on both" "$(cat "$TMP/pg/codes" "$TMP/sq/codes" | grep -c '^200 ')" \
	$((2 * (12 + 6 + 3 + 9)))
# the article pages without their related-news box, which needs what PostgreSQL lacks yet
body() { sed -n '/<article/,/<\/article>/p' "$1" 2>/dev/null; }
same=0 n=0
for id in $ids; do
	n=$((n + 1))
	[ "$(body "$TMP/pg/article-$id")" = "$(body "$TMP/sq/article-$id")" ] && same=$((same + 1))
done
is "the same article pages on both engines" "$same of $n" "$n of $n"
for p in $pages; do
	f=page-$(printf %s "$p" | tr / -)
	ok "/$p: the same page on both engines" cmp -s "$TMP/pg/$f" "$TMP/sq/$f"
done
is "dyad: the same series on both" "$("$BRIEF" --db "$PG" dyad IRN AFG --by year)" \
	"$(brief dyad IRN AFG --by year)"
is "events: the same list on both" "$("$BRIEF" --db "$PG" events --actor IRN | md5sum)" \
	"$(brief events --actor IRN | md5sum)"
code() { sed -n "s|^\([0-9]*\) $1\$|\1|p" "$TMP/pg/codes"; }
is "home page served" "$(code "$url_pg")" 200
title=$(sqlite3 "$DB" "SELECT title FROM articles ORDER BY published DESC LIMIT 1" | sed 's/&/\&amp;/g')
like "it lists the newest article" "$(cat "$TMP/pg/front")" "$(printf '%s' "$title" | cut -c1-30)"
is "search page served" "$(code "${url_pg}search?q=water")" 200
like "search finds on PostgreSQL" "$(cat "$TMP/pg/search-helmand")" 'href="/article/[0-9]+"'

# the copy is made with COPY, the secondary indexes and foreign keys dropped
# and made again after the rows: the same ones as a schema made fresh
fresh=$(pg_db brief_t_migrate_fresh)
"$BRIEF" --db "$fresh" list >/dev/null 2>&1
# (the copy's through the script's psql, sql; the fresh schema's read once)
schema_q="SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public' UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' ORDER BY 1"
schema_of() { psql -qAt "$1" -c "$schema_q"; }
fresh_schema=$(schema_of "$fresh")
is "the copy has foreign keys and a GIN index" \
	"$(sql "SELECT (SELECT count(*) FROM pg_constraint WHERE contype = 'f') > 0, (SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_tsv') LIKE '%gin%'")" "t|t"
is "indexes and foreign keys: the same as a fresh schema's" "$(sql "$schema_q")" "$fresh_schema"
is "sequences go on after the copied ids" \
	"$(sql "SELECT nextval(pg_get_serial_sequence('articles', 'id')) > (SELECT max(id) FROM articles)")" t
# the postings related news ranks from, filled after the rows: one a term of
# letters and digits of an article (the title's occurrences three times),
# and the trigger that keeps them on again
want="SELECT u.lexeme, a.id, (SELECT count(*) + 2 * count(*) FILTER (WHERE w = 'A') FROM unnest(u.weights) w)::int, a.tokens::int FROM articles a, unnest(a.tsv) u WHERE u.lexeme ~ '^[[:alnum:]]+\$' AND octet_length(u.lexeme) BETWEEN 3 AND 40"
have="SELECT term, article_id, tf, tokens FROM postings"
is "postings: one a term of each article copied" \
	"$(sql "SELECT (SELECT count(*) > 1000 FROM postings), (SELECT count(*) FROM (($want EXCEPT $have) UNION ALL ($have EXCEPT $want)) x)")" "t|0"
is "postings: their triggers on" \
	"$(sql "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'articles_postings%' AND tgenabled = 'O'")" 2

# search on the copy finds what SQLite finds, for a set of queries: through
# the API of both servers (fetched above), and one from the command line
hits() { grep -o '"id": *[0-9]*' "$@" | tr -dc '0-9\n' | sort -n | tr '\n' ' '; }
n=0
while IFS= read -r q; do
	n=$((n + 1))
	is "search '$q': the same articles on both" "$(hits "$TMP/pg/q$n")" "$(hits "$TMP/sq/q$n")"
done <"$TMP/queries"
cli() { "$BRIEF" --db "$1" search --format json --sort date -n 200 water | hits; }
water=$(cli "$PG")
is "search from the command line: the same articles on both" "$water" "$(cli "$DB")"
ok "the searches find something" test -n "$water"
is "the API finds what the command line finds" "$(hits "$TMP/pg/q1")" "$water"

# a row PostgreSQL refuses (text that is not UTF-8) stops the copy, names
# the row, and leaves nothing behind: not the tables copied before it either
cp "$DB" "$TMP/bad.db"
bad_id=$(sqlite3 "$TMP/bad.db" "SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET 3")
sqlite3 "$TMP/bad.db" "UPDATE articles SET text = CAST(X'4865726174C328' AS TEXT) WHERE id = $bad_id"
bad=$(pg_db brief_t_migrate_bad)
out=$("$BRIEF" migrate --from "$TMP/bad.db" --to "$bad" 2>&1)
is "a refused row: migrate fails" "$?" 1
like "the error names the table, the row and the reason" "$out" \
	"articles: row 4 \\(id $bad_id\\) refused: invalid byte sequence"
is "nothing half-committed: no source, document or article" \
	"$(psql -qAt "$bad" -c "SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM documents) + (SELECT count(*) FROM articles)")" 0
is "the indexes and foreign keys are still there" "$(schema_of "$bad")" "$fresh_schema"
# mended with what COPY's text format escapes: tab, newline, CR, backslash, \N
sqlite3 "$TMP/bad.db" "UPDATE articles SET text = 'Herat' || char(9) || 'tab' || char(10) || 'line' || char(13) || 'cr \\ back \\N null' WHERE id = $bad_id"
like "once mended, the copy goes through" "$("$BRIEF" migrate --from "$TMP/bad.db" --to "$bad" 2>&1)" \
	"every table has as many rows in both"
# (one psql, a line each: the text's md5, the fingerprints in hex)
mended=$(psql -qAt "$bad" -c "SELECT md5(text) FROM articles WHERE id = $bad_id" \
	-c "SELECT string_agg(encode(keys, 'hex') || encode(sample, 'hex'), ',' ORDER BY article_id) FROM fingerprints")
is "escaped characters arrive as they were" \
	"$(printf '%s\n' "$mended" | sed -n 1p)" \
	"$(sqlite3 "$TMP/bad.db" "SELECT text FROM articles WHERE id = $bad_id" | head -c -1 | md5sum | cut -c1-32)"
is "blobs arrive as they were (fingerprints)" \
	"$(printf '%s\n' "$mended" | sed -n 2p | md5sum)" \
	"$(sqlite3 "$TMP/bad.db" "SELECT group_concat(lower(hex(keys)) || lower(hex(sample)), ',') FROM (SELECT keys, sample FROM fingerprints ORDER BY article_id)" | md5sum)"

fails "--to must be PostgreSQL" 2 "$BRIEF" migrate --from "$DB"
fails "--to must be a PostgreSQL URL" 2 "$BRIEF" migrate --from "$DB" --to "$TMP/other.db"

# related news on both engines, for the demo copied above
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
