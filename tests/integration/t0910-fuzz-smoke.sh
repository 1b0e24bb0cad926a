#!/bin/sh
# Each fuzz target is fed inputs nobody wrote, made from its seeds and the
# fixtures with a fixed random seed: a smoke test of the parsers.
#
# In make test: the targets of the sanitizer build, linked with the plain
# driver (tests/fuzz/standalone.c: blind mutations, FUZZ_RUNS inputs per
# target, default 300). In make fuzz (FUZZ_TIME set): the libFuzzer builds
# in FUZZ_BUILD (default build/fuzz, clang, ASan and UBSan), each fuzzing
# for FUZZ_TIME seconds with coverage feedback.
. "$SRCDIR/tests/lib.sh"
test_programs
runs=${FUZZ_RUNS:-300}
found=0
seeds_of() { # target name: its seed files
	find "$SRCDIR/tests/fuzz/corpus/$1" "$SRCDIR/tests/fixtures" -type f 2>/dev/null | sort
}
if [ -n "${FUZZ_TIME:-}" ]; then
	FUZZ_BUILD=${FUZZ_BUILD:-build/fuzz}
	case $FUZZ_BUILD in /*) ;; *) FUZZ_BUILD="$SRCDIR/$FUZZ_BUILD" ;; esac
	for bin in "$FUZZ_BUILD"/fuzz_*; do
		[ -x "$bin" ] || continue
		found=1
		name=${bin##*/fuzz_}
		mkdir -p "$TMP/$name"
		seeds="$SRCDIR/tests/fixtures"
		[ -d "$SRCDIR/tests/fuzz/corpus/$name" ] && seeds="$SRCDIR/tests/fuzz/corpus/$name $seeds"
		# shellcheck disable=SC2086
		"$bin" -max_total_time="$FUZZ_TIME" -seed=1 -max_len=65536 -timeout=20 -rss_limit_mb=1024 \
			"$TMP/$name" $seeds >"$TMP/$name.log" 2>&1
		s=$?
		[ $s -eq 0 ] || grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$TMP/$name.log" | head -8 | sed 's/^/# /'
		_report $s "libFuzzer $name: $FUZZ_TIME s without a crash, leak or sanitizer report"
	done
	[ $found -eq 1 ] || skip "no libFuzzer targets built in $FUZZ_BUILD (clang missing?)"
	done_testing
	exit
fi
for bin in "$HELPERS"/fuzzrun_*; do
	[ -x "$bin" ] || continue
	found=1
	name=${bin##*/fuzzrun_}
	# shellcheck disable=SC2046
	"$bin" -runs "$runs" -seed 1 -save "$TMP/$name.input" $(seeds_of "$name") >"$TMP/$name.log" 2>&1
	s=$?
	if [ $s -ne 0 ]; then
		grep -E 'ERROR|SUMMARY|runtime error' "$TMP/$name.log" | head -8 | sed 's/^/# /'
		keep=${BUILD:-$SRCDIR/build}/test-artifacts/crash-$name
		mkdir -p "${keep%/*}" && cp "$TMP/$name.input" "$keep" && echo "# the input: $keep"
	fi
	_report $s "fuzz target $name: $runs mutated inputs without a crash, leak or sanitizer report"
done
[ $found -eq 1 ] || skip "no fuzz targets built"
done_testing
