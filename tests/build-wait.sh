# build_wait first|all: wait for that part of make test's background build
# (tests/run --build-first, --build) to end; fails when it failed. Returns
# at once without a build. The builder holds a lock on PART.lock until it
# writes PART: waiting on the lock costs no CPU time (polling would, counted
# in the test's own). Sourced by tests/run and tests/lib.sh.
build_wait() {
	[ -n "${TEST_BUILD_STATE:-}" ] || return 0
	while [ ! -f "$TEST_BUILD_STATE/$1" ]; do
		flock -s "$TEST_BUILD_STATE/$1.lock" true 2>/dev/null
		[ -f "$TEST_BUILD_STATE/$1" ] || sleep 0.2
	done
	[ "$(cat "$TEST_BUILD_STATE/$1")" = 0 ]
}
