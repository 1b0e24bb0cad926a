#!/bin/sh
# The store's unit tests (test_store, test_groups, test_search) and the
# store's allocation-failure runs (test_torture: every allocation of each
# read failed in turn) again, on the PostgreSQL engine
# (BRIEF_TEST_ENGINE=postgresql: each program gets a schema of its own on
# the server tests/run started). Tests that read SQLite's files behind the
# store skip themselves there.
. "$SRCDIR/tests/lib.sh"

pg_required
test_programs
# all at once: each program has a schema of its own
for t in test_store test_groups test_search test_torture; do
	(
		BRIEF_TEST_ENGINE=postgresql CMOCKA_MESSAGE_OUTPUT=TAP "$HELPERS/$t" \
			>"$TMP/$t.out" 2>&1
		echo $? >"$TMP/$t.status"
	) &
done
wait
for t in test_store test_groups test_search test_torture; do
	out="$TMP/$t.out"
	# a test that skipped itself on this engine is fine; one that failed is not
	if [ "$(cat "$TMP/$t.status")" -ne 0 ] || grep -q '^not ok [0-9]* - ' "$out"; then
		sed 's/^/# /' "$out"
		_report 1 "$t on PostgreSQL"
	else
		_report 0 "$t on PostgreSQL ($(grep -c '^ok' "$out") passed, $(grep -c '# SKIP' "$out") skipped: SQLite's own)"
	fi
done
done_testing
