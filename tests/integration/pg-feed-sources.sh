# pg_feed_sources NAME: a new PostgreSQL database NAME ($PG, pg_required)
# with the four feeds of the fixture site added as sources, served by the
# fixture HTTP server ($B, its log $TMP/log); sql (tests/lib.sh) runs a
# statement on $PG, pg runs brief on it, feeds counts the feed downloads so
# far. Sourced by the tests of fetch jobs.
pg() { "$BRIEF" --db "$PG" "$@"; }
feeds() { grep -Ec '^REQ GET /(rss|atom|rdf)\.xml|^REQ GET /feed\.json' "$TMP/log"; }
pg_feed_sources() {
	pg_required "$1"
	fixture_start "$SRCDIR/tests/fixtures/feeds/site" -t 100
	for f in rss.xml atom.xml rdf.xml feed.json; do
		ok "add $f" pg -q add --allow-private --delay 0 "$B/$f"
	done
}
