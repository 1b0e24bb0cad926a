#!/bin/sh
# Each libFuzzer target (built by make test in build/fuzz with clang,
# ASan and UBSan) fuzzes from its seeds and the fixtures with a fixed
# random seed: a smoke test of the parsers against inputs nobody wrote.
#
#   FUZZ_RUNS   inputs per target (default 500, counting the seeds)
#   FUZZ_TIME   seconds per target instead (make fuzz sets it)
. "$SRCDIR/tests/lib.sh"
FUZZ_BUILD=${FUZZ_BUILD:-build/fuzz}
case $FUZZ_BUILD in /*) ;; *) FUZZ_BUILD="$SRCDIR/$FUZZ_BUILD" ;; esac
runs=${FUZZ_RUNS:-500}
if [ -n "${FUZZ_TIME:-}" ]; then
	limit="-max_total_time=$FUZZ_TIME" what="$FUZZ_TIME s"
else
	limit="-runs=$runs" what="$runs runs"
fi
found=0
for bin in "$FUZZ_BUILD"/fuzz_*; do
	[ -x "$bin" ] || continue
	found=1
	name=${bin##*/fuzz_}
	mkdir -p "$TMP/$name"
	seeds="$SRCDIR/tests/fixtures"
	[ -d "$SRCDIR/tests/fuzz/corpus/$name" ] && seeds="$SRCDIR/tests/fuzz/corpus/$name $seeds"
	# shellcheck disable=SC2086
	"$bin" "$limit" -seed=1 -max_len=65536 -timeout=20 -rss_limit_mb=1024 \
		"$TMP/$name" $seeds >"$TMP/$name.log" 2>&1
	s=$?
	[ $s -eq 0 ] || grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$TMP/$name.log" | head -8 | sed 's/^/# /'
	_report $s "libFuzzer $name: $what without a crash, leak or sanitizer report"
done
[ $found -eq 1 ] || skip "no libFuzzer targets built (clang missing?)"
done_testing
