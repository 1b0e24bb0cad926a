#!/bin/sh
# Every fuzz target replays the fixture files (its seeds) without crashing
# or tripping a sanitizer. The fuzzing itself is `make fuzz`.
. "$SRCDIR/tests/lib.sh"
test_programs
found=0
for bin in "$HELPERS"/fuzzrun_*; do
	[ -x "$bin" ] || continue
	found=1
	name=${bin##*/fuzzrun_}
	seeds=$(find "$SRCDIR/tests/fixtures" "$SRCDIR/tests/fuzz/corpus/$name" -type f 2>/dev/null | sort)
	# shellcheck disable=SC2086
	"$bin" $seeds >"$TMP/$name.out" 2>&1
	s=$?
	[ $s -eq 0 ] || tail -20 "$TMP/$name.out" | sed 's/^/# /'
	_report $s "fuzz target $name replays $(printf '%s\n' "$seeds" | wc -l | tr -d ' ') seed files"
done
[ $found -eq 1 ] || skip "no fuzz targets built"
done_testing
