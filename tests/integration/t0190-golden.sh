#!/bin/sh
# The golden-file runner. Every tests/fixtures/AREA/CASE.EXT that has a
# CASE.expected beside it goes through its area's command, run from the
# checkout with the input as tests/fixtures/AREA/CASE.EXT; what it prints
# (standard output, then standard error) must equal CASE.expected.
# CASE.args, when present, holds more arguments for that case (one line,
# split at spaces, put before the input).
#
#   AREA      command
#   extract   brief extract --format json ARGS INPUT
#   code      brief code ARGS INPUT
#   feeds     feed_dump ARGS INPUT   (tests/helpers: the parsed feed, field by field)
#
# A new case is a file and its .expected; a new area is a line in area_cmd.
#   BRIEF_UPDATE_GOLDEN=1 tests/run golden
# rewrites every .expected from the current output: review the diff.
. "$SRCDIR/tests/lib.sh"
cd "$SRCDIR" || exit 1

area_cmd() {
	case $1 in
	extract) echo "$BRIEF extract --format json" ;;
	code) echo "$BRIEF code" ;;
	feeds) echo "$HELPERS/feed_dump" ;;
	*) return 1 ;;
	esac
}

n=0
for exp in tests/fixtures/*/*.expected; do
	base=${exp%.expected}
	area=${base#tests/fixtures/}
	area=${area%%/*}
	input=
	for f in "$base".*; do
		case $f in *.expected | *.args) ;; *) input=$f ;; esac
	done
	name="$area/${base##*/}"
	if [ -z "$input" ]; then
		_report 1 "$name: no input file beside $exp"
		continue
	fi
	if ! cmd=$(area_cmd "$area"); then
		_report 1 "$name: no command for the area '$area' (tests/integration/t0190-golden.sh)"
		continue
	fi
	args=
	[ -f "$base.args" ] && args=$(cat "$base.args")
	# shellcheck disable=SC2086
	$cmd $args "$input" >"$TMP/out" 2>"$TMP/err"
	cat "$TMP/err" >>"$TMP/out"
	n=$((n + 1))
	if [ -n "${BRIEF_UPDATE_GOLDEN:-}" ]; then
		cp "$TMP/out" "$exp"
		_report 0 "$name: $exp written"
	elif diff -u "$exp" "$TMP/out" >"$TMP/diff"; then
		_report 0 "$name matches its .expected"
	else
		head -40 "$TMP/diff" | sed 's/^/# /'
		_report 1 "$name matches its .expected"
	fi
done
[ $n -gt 0 ] || _report 1 "golden cases found under tests/fixtures"
done_testing
