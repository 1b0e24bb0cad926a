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
trap 'rm -rf "$TMP"' EXIT
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
# like DESC TEXT REGEX (grep -E)
like() {
	printf '%s\n' "$2" | grep -Eq -- "$3"; s=$?
	[ $s -eq 0 ] || printf '# no match for /%s/ in:\n%s\n' "$3" "$(printf '%s' "$2" | head -c 600 | sed 's/^/#   /')"
	_report $s "$1"
}
# unlike DESC TEXT REGEX
unlike() {
	printf '%s\n' "$2" | grep -Eq -- "$3"; s=$?
	[ $s -ne 0 ] || printf '# unexpected match for /%s/\n' "$3"
	[ $s -ne 0 ]; _report $? "$1"
}
skip() { _n=$((_n + 1)); echo "ok $_n # SKIP $1"; }
done_testing() { echo "1..$_n"; [ "$_failed" -eq 0 ]; }

# pg_db NAME: a new, empty PostgreSQL database NAME on the test server
# (BRIEF_TEST_PG, started by tests/run); prints its URL. Fails when there is
# no server: scripts check `[ -n "${BRIEF_TEST_PG:-}" ]` first and skip.
pg_db() {
	PGOPTIONS='-c client_min_messages=warning' psql -q "$BRIEF_TEST_PG" -v ON_ERROR_STOP=1 \
		-c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" -c "CREATE DATABASE \"$1\"" \
		>/dev/null || return 1
	printf '%s\n' "$BRIEF_TEST_PG" | sed "s|/postgres?|/$1?|"
}
