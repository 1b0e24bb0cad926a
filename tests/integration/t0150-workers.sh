#!/bin/sh
# Workers on a PostgreSQL store: an archive split into jobs, three workers,
# one killed with SIGKILL while it works; every page stored exactly once,
# no job left leased, the failed page's error kept; queueing again changes
# nothing.
. "$SRCDIR/tests/lib.sh"

pg_required brief_t_workers

# An archive of N article pages and one page that is not an article.
N=120
warc="$TMP/pages.warc"
. "$SRCDIR/tests/integration/warc-pages.sh"
warc_pages "$N" >"$warc"

# what is not a WARC archive is refused, saying why
out=$("$BRIEF" --db "$PG" ingest --workers 0 "$SRCDIR/demo/pages" 2>&1)
is "a directory: exit 1" "$?" 1
like "... saying ingest takes WARC archives only here" "$out" \
	"^brief: $SRCDIR/demo/pages: a directory: on PostgreSQL, ingest takes WARC archives only \\(.warc, .warc.gz\\)"
page=$(find "$SRCDIR/demo/pages" -name '*.html' | head -1)
out=$("$BRIEF" --db "$PG" ingest --workers 0 "$page" 2>&1)
is "a page: exit 1" "$?" 1
like "... saying what it is and why" "$out" ": an HTML page, not a WARC archive: on PostgreSQL, ingest takes WARC archives only"
out=$("$BRIEF" --db "$PG" ingest --workers 0 http://news.invalid/page 2>&1)
is "a URL: exit 1" "$?" 1
like "... saying why and what follows it" "$out" "^brief: http://news.invalid/page: a URL: on PostgreSQL, ingest takes WARC archives only .*'brief add'"
is "... nothing queued" "$(sql 'SELECT count(*) FROM jobs')" 0
# what says nothing by its first bytes is the archive reader's to judge
: >"$TMP/empty.bin"
out=$("$BRIEF" --db "$PG" ingest --workers 0 "$TMP/empty.bin" 2>&1)
unlike "an empty file is not called a page" "$out" 'HTML page'
if [ "$(id -u)" -ne 0 ]; then
	printf 'WARC/1.0\r\n' >"$TMP/locked.warc.bin" && chmod 000 "$TMP/locked.warc.bin"
	out=$("$BRIEF" --db "$PG" ingest --workers 0 "$TMP/locked.warc.bin" 2>&1)
	like "an unreadable file says why" "$out" 'Permission denied'
else
	skip "an unreadable file says why (root reads every file)"
fi

out=$("$BRIEF" --db "$PG" ingest --workers 0 "$warc" 2>&1)
like "ingest --workers 0 queues every page" "$out" "queued $((N + 1)) pages as $((N + 1)) new jobs"
is "nothing stored yet" "$(sql 'SELECT count(*) FROM articles')" 0

# three workers with small batches. Worker 1 takes a short lease, so the
# jobs it holds come back soon after it is killed; the two that live take a
# long one, so a busy machine that stalls them for seconds takes none of
# their jobs away. Worker 1 is stopped (SIGSTOP) at a moment it holds a lease
# once some pages are done, and killed at once: the jobs it held are then
# known exactly (a stopped worker finishes nothing) and its connection, with
# any transaction it had open, goes with it.
for w in 1 2 3; do
	lease=300
	[ $w = 1 ] && lease=3
	"$BRIEF" -q --db "$PG" worker --until-empty --batch 2 --lease $lease >"$TMP/w$w.log" 2>&1 &
	eval "pid$w=\$!"
done
ids=
n=0
while [ $n -lt 3000 ] && kill -0 "$pid1" 2>/dev/null; do
	if [ "$(sql "SELECT count(*) FILTER (WHERE state = 'done') >= 6 AND count(*) FILTER (WHERE worker LIKE '%:$pid1' AND state = 'running') > 0 FROM jobs")" = t ]; then
		kill -STOP "$pid1"
		ids=$(sql "SELECT string_agg(id::text, ',') FROM jobs WHERE worker LIKE '%:$pid1' AND state = 'running'")
		[ -n "$ids" ] && break
		kill -CONT "$pid1"
	fi
	# (a pause between polls: a query through sql takes a few milliseconds)
	sleep 0.05
	n=$((n + 1))
done
kill -9 "$pid1" 2>/dev/null
kill -CONT "$pid1" 2>/dev/null
wait "$pid1" 2>/dev/null
held=0
[ -n "$ids" ] && held=$(echo "$ids" | tr ',' '\n' | wc -l)
[ -n "$ids" ] || sed 's/^/# worker 1: /' "$TMP/w1.log"
echo "# worker 1 held $held jobs when it was killed"
wait "$pid2"
s2=$?
wait "$pid3"
s3=$?
is "the other workers end well" "$s2 $s3" "0 0"

is "every article page stored exactly once" "$(sql 'SELECT count(*), count(DISTINCT url) FROM articles')" "$N|$N"
is "no job is left leased or waiting" \
	"$(sql "SELECT count(*) FROM jobs WHERE state IN ('running', 'waiting')")" 0
is "the jobs: all done but one" \
	"$(sql "SELECT state, count(*) FROM jobs GROUP BY state ORDER BY state" | tr '\n' ' ')" \
	"done|$N failed|1 "
out=$("$BRIEF" --db "$PG" jobs --failed 2>&1)
like "brief jobs shows the counts" "$out" "waiting 0, running 0 .*done $N, failed 1"
like "the failed job keeps its error" "$out" "error: not an article"
like "and where it came from" "$out" "pages.warc#$((N + 1)) \(https://herat-courier.example.org/index.html\)"
ok "worker 1 was killed while it held a lease ($held jobs)" test "$held" -gt 0
is "the jobs it held were taken again and finished" \
	"$(sql "SELECT count(*) FROM jobs WHERE id IN (${ids:-0}) AND attempts >= 2 AND state IN ('done', 'failed')")" "$held"
is "each done one saying why it ran again" \
	"$(sql "SELECT count(*) FROM jobs WHERE id IN (${ids:-0}) AND state = 'done' AND coalesce(error, '') NOT LIKE 'the lease of worker %:$pid1 ran out%'")" 0

out=$("$BRIEF" --db "$PG" ingest --workers 2 "$warc" 2>&1)
like "queueing the archive again queues nothing" "$out" "queued $((N + 1)) pages as 0 new jobs"
is "and stores nothing twice" "$(sql 'SELECT count(*) FROM articles')" "$N"
is "each page's bytes are stored once" "$(sql 'SELECT count(*) FROM documents')" "$((N + 1))"

out=$("$BRIEF" --db "$PG" worker --until-empty 2>&1)
like "a worker on an empty queue stops at once" "$out" ": 0 jobs"
fails "worker refuses a SQLite store" 1 "$BRIEF" --db "$TMP/x.db" worker --until-empty
fails "--workers needs PostgreSQL" 1 "$BRIEF" --db "$TMP/x.db" ingest --workers 2 "$warc"

# the same archive in SQLite: the same articles, the same search results
"$BRIEF" -q --db "$DB" ingest "$warc" 2>/dev/null
titles() { cut -f3- | sort; }
is "list: the same articles on both engines" \
	"$("$BRIEF" --db "$PG" list -n 500 | titles | md5sum)" \
	"$("$BRIEF" --db "$DB" list -n 500 | titles | md5sum)"
for q in wells 'district 7' '"border guards"' 'report -silt' 'title:distr*' 'saffron OR vaccine' \
	'pump' 'text:report' 'teachers court -judge'; do
	a=$("$BRIEF" --db "$PG" search -n 500 "$q" | grep -v '^	' | titles)
	b=$("$BRIEF" --db "$DB" search -n 500 "$q" | grep -v '^	' | titles)
	printf '%s\n' "$a" >"$TMP/a"
	printf '%s\n' "$b" >"$TMP/b"
	# the SQLite store's hits, kept for the migrated store's check below
	cp "$TMP/b" "$TMP/hits-$(printf '%s' "$q" | cksum | tr ' ' -)"
	diff "$TMP/a" "$TMP/b" | sed 's/^/# /' | head -10
	ok "search '$q': the same hits on both engines ($(grep -c . "$TMP/a"))" cmp -s "$TMP/a" "$TMP/b"
done
# migration round trip: the SQLite store copied into PostgreSQL searches the same
PG2=$(pg_db brief_t_migrated)
out=$("$BRIEF" migrate --from "$DB" --to "$PG2" 2>&1)
like "migrate copies and checks" "$out" "every table has as many rows in both; [0-9]+ articles compared, all the same"
is "the same counts" "$(psql -qAt "$PG2" -c 'SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM documents)')" \
	"$(sqlite3 "$DB" 'SELECT count(*) FROM articles')|$(sqlite3 "$DB" 'SELECT count(*) FROM documents')"
for q in wells '"border guards"' 'teachers court -judge' 'saffron OR vaccine'; do
	a=$("$BRIEF" --db "$PG2" search -n 500 "$q" | grep -v '^	' | titles)
	printf '%s\n' "$a" >"$TMP/a"
	ok "migrated: search '$q' finds the same ($(grep -c . "$TMP/a"))" \
		cmp -s "$TMP/a" "$TMP/hits-$(printf '%s' "$q" | cksum | tr ' ' -)"
done
is "migrated: the same article, whole" "$("$BRIEF" --db "$PG2" show 5 | md5sum)" "$("$BRIEF" --db "$DB" show 5 | md5sum)"
out=$("$BRIEF" migrate --from "$DB" --to "$PG2" 2>&1)
is "migrate refuses a store that is not empty" $? 1
like "and says why" "$out" "not empty"

out=$("$BRIEF" --db "$PG" search 'saffron' | sed -n 2p)
like "snippets mark the matches" "$out" '\[saffron\]'
out=$("$BRIEF" --db "$PG" db check 2>&1)
like "db check on PostgreSQL" "$out" "$N articles, $((N + 1)) documents, 1 outlets; integrity ok"
# the workers group each article as ingest does: no two pages are copies
is "every article fingerprinted by the workers" "$(sql 'SELECT count(*) FROM fingerprints')" "$N"
is "and each its own story" \
	"$(sql 'SELECT count(*) FROM syndication WHERE group_id = article_id')" "$N"
ok "related news on PostgreSQL" "$BRIEF" --db "$PG" related "$(sql 'SELECT min(id) FROM articles')"
done_testing
