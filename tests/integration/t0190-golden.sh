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
# The extract cases without a CASE.args run in one process, as brief
# extract takes many inputs: its JSON array holds, in the order of the
# inputs, the very object each input prints alone, and that object is the
# case's output. When that process fails or writes to its standard error,
# each case runs alone as the others do, so a message is never lost.
#
# A new case is a file and its .expected; a new area is a line in area_cmd.
#   BRIEF_UPDATE_GOLDEN=1 tests/run golden
# rewrites every .expected from the current output (each case alone):
# review the diff.
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

input_of() { # BASE: sets input, the file beside BASE.expected (empty: none)
	input=
	for f in "$1".*; do
		case $f in *.expected | *.args) ;; *) input=$f ;; esac
	done
}

# the extract cases without arguments, in one process: each object of the
# array goes to $TMP/one/INPUT'S-FILE-NAME (it begins with a line "{" and
# ends with a line "}" or "},": the objects inside are indented)
batched=
mkdir "$TMP/one" || exit 1
if [ -z "${BRIEF_UPDATE_GOLDEN:-}" ]; then
	set --
	for exp in tests/fixtures/extract/*.expected; do
		base=${exp%.expected}
		[ -f "$base.args" ] && continue
		input_of "$base"
		[ -n "$input" ] && set -- "$@" "$input"
	done
	if [ $# -gt 1 ] && "$BRIEF" extract --format json "$@" >"$TMP/batch" 2>"$TMP/batch.err" &&
		[ ! -s "$TMP/batch.err" ]; then
		batched=1
		json_split "$TMP/one" "$TMP/batch"
	fi
fi

# those objects compared with their .expected in one awk (each file read
# whole, as one record), rather than a cat and a diff for each: it prints
# every .expected whose object is the same, byte for byte. The others go
# through diff below, which says how they differ.
nl='
'
same=
if [ -n "$batched" ]; then
	set --
	for exp in tests/fixtures/extract/*.expected; do
		base=${exp%.expected}
		[ -f "$base.args" ] && continue
		input_of "$base"
		[ -n "$input" ] && [ -f "$TMP/one/${input##*/}" ] && set -- "$@" "$exp" "$TMP/one/${input##*/}"
	done
	[ $# -gt 0 ] && same=$(awk 'BEGIN { RS = "\001" } { t[FILENAME] = t[FILENAME] (FNR > 1 ? RS : "") $0 }
		END { for (i = 1; i < ARGC; i += 2) if (t[ARGV[i]] == t[ARGV[i + 1]]) print ARGV[i] }' "$@")
fi

n=0
for exp in tests/fixtures/*/*.expected; do
	base=${exp%.expected}
	area=${base#tests/fixtures/}
	area=${area%%/*}
	input_of "$base"
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
	if [ -n "$batched" ] && [ "$area" = extract ] && [ ! -f "$base.args" ]; then
		case $nl$same$nl in
		*"$nl$exp$nl"*)
			n=$((n + 1))
			_report 0 "$name matches its .expected"
			continue
			;;
		esac
		# printed by the one process above (no file: it printed no object for it)
		cat "$TMP/one/${input##*/}" >"$TMP/out" 2>/dev/null || : >"$TMP/out"
	else
		# shellcheck disable=SC2086
		$cmd $args "$input" >"$TMP/out" 2>"$TMP/err"
		cat "$TMP/err" >>"$TMP/out"
	fi
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
