# tests/lib.sh: TAP helpers for integration scripts. Source it, call
# `plan`-free tests with ok/is/like..., and end with `done_testing`.
#
# Each script gets a fresh temporary directory ($TMP, removed at exit) and
# runs brief against a database in it ($DB). Environment from tests/run:
# BRIEF, SRCDIR, HELPERS.
set -u
: "${BRIEF:?run through tests/run}"
: "${SRCDIR:?run through tests/run}"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/brief-test.XXXXXX")
DB="$TMP/test.db"
_served="" # servers serve_start started, stopped at exit unless a test's own trap does
trap 'for _p in $_served; do kill "$_p" 2>/dev/null; done; rm -rf "$TMP"' EXIT
_n=0
_failed=0

brief() { "$BRIEF" --db "$DB" "$@"; }

_report() { # status, description
	_n=$((_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $_n - $2"
	else
		echo "not ok $_n - $2"
		_failed=$((_failed + 1))
	fi
}

# ok DESC COMMAND...: passes when COMMAND exits 0
ok() { d=$1; shift; "$@" >/dev/null 2>&1; _report $? "$d"; }
# fails DESC STATUS COMMAND...: passes when COMMAND exits with STATUS
fails() {
	d=$1; want=$2; shift 2
	"$@" >/dev/null 2>&1; got=$?
	[ "$got" -eq "$want" ] || echo "# expected exit $want, got $got"
	[ "$got" -eq "$want" ]; _report $? "$d"
}
# is DESC GOT WANT
is() {
	[ "$2" = "$3" ] || printf '# got:  %s\n# want: %s\n' "$2" "$3"
	[ "$2" = "$3" ]; _report $? "$1"
}
# _match TEXT REGEX: does a line of TEXT match REGEX (grep -E)? A REGEX
# with no character special to grep -E (and no newline) matches where it
# is part of TEXT, which the shell tells without starting grep: most
# checks look for a plain string, and a grep started for each cost more
# than the check. Otherwise the text goes to grep as a here-document, not
# through a pipe from printf: the shell forks no subshell to write it
# (dash writes a short one itself).
_nl='
'
_match() {
	case $2 in
	*.* | *'['* | *']'* | *'\'* | *'('* | *')'* | *'*'* | *'+'* | *'?'* | *'{'* | *'}'* | *'|'* | \
		*'^'* | *'$'* | *"$_nl"*)
		grep -Eq -- "$2" <<EOF
$1
EOF
		;;
	*)
		case $1 in *"$2"*) return 0 ;; esac
		return 1
		;;
	esac
}
# like DESC TEXT REGEX (grep -E)
like() {
	_match "$2" "$3"
	s=$?
	[ $s -eq 0 ] || printf '# no match for /%s/ in:\n%s\n' "$3" "$(printf '%s' "$2" | head -c 600 | sed 's/^/#   /')"
	_report $s "$1"
}
# unlike DESC TEXT REGEX
unlike() {
	_match "$2" "$3"
	s=$?
	[ $s -ne 0 ] || printf '# unexpected match for /%s/\n' "$3"
	[ $s -ne 0 ]; _report $? "$1"
}
skip() { _n=$((_n + 1)); echo "ok $_n # SKIP $1"; }

# json_split DIR [FILE]: the objects of `brief extract --format json` over
# several inputs (a pretty-printed array, read from FILE or stdin), each
# written to DIR/NAME, NAME being the file name of its "input"
json_split() {
	awk -v dir="$1" '
	$0 == "{" { obj = ""; inside = 1 }
	inside && $0 ~ /^  "input": "/ {
		name = $0
		sub(/^  "input": "/, "", name)
		sub(/",$/, "", name)
		sub(/.*\//, "", name)
	}
	inside { obj = obj ($0 == "}," ? "}" : $0) "\n" }
	inside && ($0 == "}" || $0 == "},") {
		printf "%s", obj > (dir "/" name)
		close(dir "/" name)
		inside = 0
	}' ${2:+"$2"}
}

# test_programs: wait until the unit test programs and fuzz drivers in
# $HELPERS are built (make test builds them while the first scripts run;
# fixture_server and feed_dump are there from the start). A script that runs
# one calls this first; a failed build fails the script.
. "$SRCDIR/tests/build-wait.sh"
test_programs() {
	build_wait all && return 0
	_report 1 "the test programs were built"
	done_testing
	exit 1
}
done_testing() { echo "1..$_n"; [ "$_failed" -eq 0 ]; }

# pg_db NAME: a new, empty PostgreSQL database NAME on the test server
# (BRIEF_TEST_PG, started by tests/run); prints its URL. Fails when there is
# no server: scripts check `[ -n "${BRIEF_TEST_PG:-}" ]` first and skip.
# From PostgreSQL 15 on, the template's files are copied (STRATEGY
# FILE_COPY) rather than each of its pages written to the WAL (the
# default), which costs the server a few times the CPU time.
pg_db() {
	PGOPTIONS='-c client_min_messages=warning' psql -q "$BRIEF_TEST_PG" -v ON_ERROR_STOP=1 \
		>/dev/null <<-EOF || return 1
	DROP DATABASE IF EXISTS "$1" WITH (FORCE);
	SELECT current_setting('server_version_num')::int >= 150000 AS file_copy \\gset
	\\if :file_copy
	CREATE DATABASE "$1" STRATEGY = FILE_COPY;
	\\else
	CREATE DATABASE "$1";
	\\endif
	EOF
	printf '%s\n' "$BRIEF_TEST_PG" | sed "s|/postgres?|/$1?|"
}

# ingest_once ARG...: `brief ingest ARG...` into the script's $DB, new
# and empty; returns ingest's status, and leaves what it printed (stdout
# and stderr) in $TMP/ingest.out. Under tests/run (TEST_CACHE: a new folder
# each run) the first script that asks for these ARGs ingests them there,
# under a lock, and every script that asks copies that store (the database
# and its search index, the files brief left) and that output: the demo
# corpus costs a second of CPU to ingest with the sanitizers, and a dozen
# scripts start from it (some ingest a few files of their own on top:
# their related news then differs, as it is computed at ingest, so a
# script that asserts related news ingests its corpus in one go).
# Otherwise (a script run by hand, a $DB already there) it ingests.
ingest_once() {
	if [ -z "${TEST_CACHE:-}" ] || [ -e "$DB" ] || ! command -v flock >/dev/null 2>&1; then
		brief ingest "$@" >"$TMP/ingest.out" 2>&1
		return
	fi
	_c="$TEST_CACHE/ingest-$(printf '%s\n' "$BRIEF" "$@" | cksum | tr ' ' -)"
	(
		flock 9 || exit 1
		[ -f "$_c/status" ] && exit 0
		rm -rf "$_c" && mkdir -p "$_c" || exit 1
		"$BRIEF" --db "$_c/db" ingest "$@" >"$_c/out" 2>&1
		echo $? >"$_c/status.tmp" && mv "$_c/status.tmp" "$_c/status"
	) 9>"$_c.lock"
	if [ ! -f "$_c/status" ]; then
		brief ingest "$@" >"$TMP/ingest.out" 2>&1
		return
	fi
	for _f in "$_c"/db*; do
		cp "$_f" "$DB${_f#"$_c/db"}" || return 1
	done
	cp "$_c/out" "$TMP/ingest.out" || return 1
	return "$(cat "$_c/status")"
}

# serve_start OUTFILE COMMAND...: run COMMAND (a `brief serve --port 0`) in
# the background, its output in OUTFILE and OUTFILE.err; set $pid to it and
# $url to the URL it prints, waiting up to 60 s, as a busy machine may need
# ($url is empty when it did not start).
serve_start() {
	_out=$1; shift
	"$@" >"$_out" 2>"$_out.err" &
	pid=$!
	_served="$_served $pid"
	_i=0
	while ! grep -q 'http://' "$_out" 2>/dev/null && [ $_i -lt 600 ]; do
		sleep 0.1; _i=$((_i + 1))
	done
	url=$(grep -o 'http://[^ ]*' "$_out" | head -1)
}

# serve_under_load SECONDS DB PATH... (needs wrk and bash): serve DB and,
# for SECONDS, put it under wrk (256 connections, 2 threads) while
# `brief ingest --no-fetch PATH...` writes into DB and a client holds 20
# connections open, trickling a header line into each every second (for
# $TRICKLE_SECS seconds when set, else SECONDS); a normal request (curl)
# goes to the front page every second meanwhile.
# Extra serve options may come in $SERVE_OPTS; the server is $LOAD_BRIEF
# when set (make soak: the build without sanitizers), else $BRIEF. Afterwards (the server
# stopped, the ingest finished):
#   load_wrk     wrk's report
#   load_asked   normal requests made, load_missed those not answered 200
#   load_ingest  the ingest's exit status
#   load_cut     trickling connections the server closed (0 to 20)
#   load_rss0, load_rss_warm, load_rss_late, load_rss1  the server's
#                resident memory in kB: at the start, a quarter into the
#                load (warm: its threads and caches made), at the last
#                normal request under load, and after the load
# $load_ok is 1 when the server started, else 0 (nothing else is set).
serve_under_load() {
	_secs=$1 _db=$2
	shift 2
	load_ok=0
	# shellcheck disable=SC2086
	serve_start "$TMP/load-serve.out" "${LOAD_BRIEF:-$BRIEF}" --db "$_db" serve --port 0 --per-client 512 \
		${SERVE_OPTS:-}
	_spid=$pid
	[ -n "$url" ] || { kill "$_spid" 2>/dev/null; return 1; }
	_port=$(printf '%s' "$url" | sed 's|.*:\([0-9]*\)/$|\1|')
	load_rss0=$(awk '/VmRSS/ { print $2 }' "/proc/$_spid/status")
	# 20 connections, each sent a request line, then a header line a second and
	# never the blank line that ends the head; a write that fails: the server cut it
	bash -c 'trap "" PIPE
		for i in $(seq 20); do exec {fd}<>"/dev/tcp/127.0.0.1/$1"; fds="$fds $fd"
			printf "GET / HTTP/1.1\r\nHost: x\r\n" >&$fd; done
		s=0; while [ $s -lt "$2" ]; do sleep 1; s=$((s + 1))
			for fd in $fds; do printf "X-Slow-$s: y\r\n" >&$fd 2>/dev/null || :; done; done
		cut=0; for fd in $fds; do printf "X-Last: y\r\n" >&$fd 2>/dev/null; sleep 0.05
			printf "X-Last: y\r\n" >&$fd 2>/dev/null || cut=$((cut + 1)); done
		echo "$cut" >"$3"' slow "$_port" "${TRICKLE_SECS:-$_secs}" "$TMP/load-cut" 2>/dev/null &
	_slowpid=$!
	"$BRIEF" --db "$_db" -q ingest --no-fetch "$@" >/dev/null 2>"$TMP/load-ingest.err" &
	_ipid=$!
	# a long timeout: a slow machine is not an error, a refused or dropped connection is
	wrk -t 2 -c 256 -d "${_secs}s" --timeout 60s "$url" >"$TMP/load-wrk.out" 2>&1 &
	_wpid=$!
	load_missed=0 load_asked=0 load_rss_warm=$load_rss0 load_rss_late=$load_rss0
	while kill -0 "$_wpid" 2>/dev/null; do
		_code=$(curl -s -o /dev/null -m 30 -w '%{http_code}' "$url")
		load_asked=$((load_asked + 1))
		[ "$_code" = 200 ] || load_missed=$((load_missed + 1))
		load_rss_late=$(awk '/VmRSS/ { print $2 }' "/proc/$_spid/status")
		[ "$load_asked" -eq $((_secs / 4 + 1)) ] && load_rss_warm=$load_rss_late
		sleep 1
	done
	wait "$_wpid"
	load_rss1=$(awk '/VmRSS/ { print $2 }' "/proc/$_spid/status")
	wait "$_ipid"
	load_ingest=$?
	wait "$_slowpid"
	load_cut=$(cat "$TMP/load-cut" 2>/dev/null || echo 0)
	kill "$_spid"
	wait "$_spid"
	load_wrk=$(cat "$TMP/load-wrk.out")
	load_ok=1
}

# fixture_start ROOT [OPTION...]: start tests/helpers/fixture_server on ROOT
# (OPTIONs before it: -t MS, -r SECONDS), its request log in $TMP/log; set
# $srv to it and $B to its base URL (http://127.0.0.1:PORT), waiting up to
# 60 s for its port. It is killed when the script ends.
fixture_start() {
	_root=$1; shift
	"$HELPERS/fixture_server" "$@" "$_root" >"$TMP/port" 2>"$TMP/log" &
	srv=$!
	trap 'kill $srv 2>/dev/null; rm -rf "$TMP"' EXIT
	_i=0
	while [ ! -s "$TMP/port" ] && [ $_i -lt 600 ]; do
		sleep 0.1; _i=$((_i + 1))
	done
	B="http://127.0.0.1:$(cat "$TMP/port")"
}

# copies_corpus DIR N M: a corpus in DIR of the fixture page water-talks.html
# made N + M distinct articles (each its own canonical URL): N pages
# (DIR/pages/pI.html), M more as JSON Lines (DIR/pages.jsonl), and a WARC
# archive (DIR/archive.warc.gz).
copies_corpus() {
	_p="$SRCDIR/tests/fixtures/pages/water-talks.html"
	mkdir -p "$1/pages"
	_i=1
	while [ $_i -le "$2" ]; do
		sed "s/river quotas/river quotas $_i/; s|2024/03/river-quotas|2024/03/river-quotas-$_i|" \
			"$_p" >"$1/pages/p$_i.html"
		_i=$((_i + 1))
	done
	while [ $_i -le $(($2 + $3)) ]; do
		_html=$(sed "s/river quotas/river quotas $_i/; s|2024/03/river-quotas|2024/03/river-quotas-$_i|" \
			"$_p" | tr '\n\t' '  ' | sed 's/\\/\\\\/g; s/"/\\"/g')
		printf '{"url": "https://valley-courier.example.org/j%d", "html": "%s"}\n' $_i "$_html"
		_i=$((_i + 1))
	done >"$1/pages.jsonl"
	cp "$SRCDIR/tests/fixtures/warc/good.warc.gz" "$1/archive.warc.gz"
}

# pg_required [NAME]: end the script with a skip when there is no
# PostgreSQL test server; with NAME, set $PG to a new, empty database NAME
# on it (pg_db), or end the script failing when that cannot be made, and
# start the psql that sql (below) talks to.
pg_required() {
	if [ -z "${BRIEF_TEST_PG:-}" ]; then
		skip "no PostgreSQL server (BRIEF_TEST_PG unset or empty; Debian package postgresql)"
		done_testing
		exit
	fi
	[ $# -eq 0 ] && return 0
	PG=$(pg_db "$1") || { echo "not ok - could not make a database"; exit 1; }
	_pg_session
}

# sql STATEMENT: run STATEMENT on $PG and print its rows as `psql -qAt`
# does; fails when it failed (its error on stderr). Every call goes to one
# psql for the script, started by pg_required: a connection costs the
# server more CPU time than most statements, and a psql started for each
# costs more again. psql reads the statements from a FIFO the script holds
# open (fd 7) and writes to another (fd 6); after each, it writes a line of
# its own (_pg_mark and the last error's SQLSTATE), which ends the
# answer. psql ends with the script: the last process holding fd 7 gone,
# it reads the end of its input.
_pg_mark=__brief_sql_done__
_pg_session() {
	mkfifo "$TMP/sql.in" "$TMP/sql.out" || { echo "not ok - could not make psql's FIFOs"; exit 1; }
	# (started from a subshell: not a job of the script's, which a bare wait would wait for)
	(psql -qAtX "$PG" <"$TMP/sql.in" >"$TMP/sql.out" &)
	exec 7>"$TMP/sql.in" 6<"$TMP/sql.out"
}
sql() {
	# (:ERROR tells of the last query only, and the ";" that ends a
	# statement without one is a query of its own: the last error's
	# SQLSTATE, reset before each call, tells of them all)
	printf '\\set LAST_ERROR_SQLSTATE 00000\n%s\n;\n\\echo %s :LAST_ERROR_SQLSTATE\n' "$1" "$_pg_mark" >&7 || return 1
	while IFS= read -r _l <&6; do
		case $_l in
		"$_pg_mark 00000") return 0 ;;
		"$_pg_mark "*) return 1 ;;
		esac
		printf '%s\n' "$_l"
	done
	return 1
}
