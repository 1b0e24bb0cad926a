#!/bin/sh
# The manual and the commands agree on their options: every option a
# command's --help lists is on its page (docs/CMD.md, or the `# brief CMD`
# section of another page), and every option written after `brief CMD` in a
# page (a usage line, an example, `brief CMD --opt` in the text) is one that
# CMD's --help lists, with the same choices (`--format text|json`). The fetch
# options (CMD_FETCH_OPTIONS in src/cmd/cmd.h) are listed once, in
# docs/sources.md; a page may name them as "fetch options". Every `--opt`
# the user pages name belongs to some command or is a global option. The
# functions and files docs/internals names exist, and every source file is
# named there; docs/configuration.md names every environment variable read. docs/api.md names every path the router of src/web answers,
# and lists none it does not. One brief start per command; the rest is a
# few awks and greps.
. "$SRCDIR/tests/lib.sh"

cmds=$("$BRIEF" help | awk '/^Commands:/ { on = 1; next } on && /^   [a-z]/ { print $1 } on && /^$/ { exit }')
like "help lists the commands" "$cmds" '^extract$'
for c in $cmds; do
	"$BRIEF" "$c" --help >"$TMP/help.$c" 2>&1 || echo "# $c --help failed" >>"$TMP/help.$c"
done
"$BRIEF" --help >"$TMP/help.-" 2>&1
grep -rhoE -- '--[a-z][a-z-]*[a-z]' "$SRCDIR/bench" "$SRCDIR/scripts" | sort -u >"$TMP/tools"

cd "$SRCDIR" || exit 1
awk -v cmds="$cmds" -v helpdir="$TMP" '
function bounded(text, opt,    i, rest, before, after) {
	# opt ("--name" or "-n") in text, not as part of a longer option
	rest = text
	while ((i = index(rest, opt)) > 0) {
		before = i > 1 ? substr(rest, i - 1, 1) : ""
		after = substr(rest, i + length(opt), 1)
		if (before !~ /[A-Za-z0-9_-]/ && after !~ /[A-Za-z0-9_-]/)
			return 1
		rest = substr(rest, i + length(opt))
	}
	return 0
}
function report(desc, problems) {
	print (problems == "" ? "0" : "1") "\t" desc "\t" problems
}
# the options and choices a `brief CMD ...` span names, checked against CMD
function check_span(c, span, where,    n, i, t, opt, eq, val) {
	n = split(span, t, /[ \t\[\]()`,;:]+/)
	for (i = 1; i <= n; i++) {
		if (t[i] !~ /^--[a-z][a-z-]*/)
			continue
		opt = t[i]
		val = ""
		if ((eq = index(opt, "=")) > 0) {
			val = substr(opt, eq + 1)
			opt = substr(opt, 1, eq - 1)
		} else if (i < n)
			val = t[i + 1]
		sub(/[^a-z-].*$/, "", opt)
		if (!((c SUBSEP opt) in hasopt) && !(opt in global))
			spanbad[c] = spanbad[c] " " where ": " opt
		else if (val ~ /^[a-z0-9]+(\|[a-z0-9]+)+$/ && (c SUBSEP opt) in choices &&
		    choices[c, opt] != val)
			spanbad[c] = spanbad[c] " " where ": " opt " " val " (help: " choices[c, opt] ")"
	}
}
# the `brief [global options] CMD ...` spans of one line
function scan_line(text, where, incode,    rest, i, n, t, j, c, span) {
	rest = text
	while ((i = match(rest, /(^|[^A-Za-z0-9_\/.-])brief [^`]*/)) > 0) {
		span = substr(rest, RSTART, RLENGTH)
		rest = substr(rest, RSTART + RLENGTH)
		sub(/^[^b]*brief /, "", span)
		n = split(span, t, /[ \t]+/)
		for (j = 1; j <= n; j++) {
			if (t[j] == "--db" || t[j] == "--wait") { j++; continue }
			if (t[j] ~ /^-/) continue
			break
		}
		c = t[j]
		if (c == "help") c = t[j + 1]
		if (!(c in iscmd)) continue
		lastcmd = c
		check_span(c, span, where)
	}
}
BEGIN {
	ncmd = split(cmds, cmdlist, /\n/)
	for (k = 1; k <= ncmd; k++) iscmd[cmdlist[k]] = 1
	# the global options, from brief --help; the options of the benchmark
	# programs and scripts (bench/, scripts/), which pages name too
	global["--help"] = 1
	f = helpdir "/help.-"
	while ((getline line < f) > 0)
		if (line ~ /^ +-/) {
			n = split(line, t, /[ ,]+/)
			for (j = 2; j <= n && t[j] ~ /^-/; j++) global[t[j]] = 1
		}
	close(f)
	while ((getline line < (helpdir "/tools")) > 0) tool[line] = 1
	# the options of each command, from its --help
	for (k = 1; k <= ncmd; k++) {
		c = cmdlist[k]
		f = helpdir "/help." c
		while ((getline line < f) > 0) {
			if (line ~ /^usage: |^   or: /) {
				n = split(line, t, /[ \t\[\]()]+/)
				for (j = 1; j < n; j++)
					if (t[j] ~ /^--[a-z-]+$/ && t[j + 1] ~ /^[a-z0-9]+(\|[a-z0-9]+)+$/)
						choices[c, t[j]] = t[j + 1]
			}
			if (line !~ /^ +-/) continue
			split(line, t, /[ ,]+/)
			for (j = 2; j <= 3; j++) {
				if (t[j] ~ /^--[a-z]/) {
					if (t[j] != "--help") { hasopt[c, t[j]] = 1; longs[c] = longs[c] " " t[j] }
					anyopt[t[j]] = 1
				} else if (t[j] ~ /^-[a-z]$/ && t[j] != "-h") {
					hasopt[c, t[j]] = 1; shorts[c] = shorts[c] " " t[j]
				}
			}
		}
		close(f)
	}
	# the fetch options
	f = "src/cmd/cmd.h"
	while ((getline line < f) > 0) {
		if (line ~ /#define CMD_FETCH_OPTIONS/) on = 1
		if (on && match(line, /OPT_[A-Z]+\(0, "[a-z-]+"/)) {
			o = substr(line, RSTART, RLENGTH); sub(/^[^"]*"/, "", o); sub(/"$/, "", o)
			fetchopt["--" o] = 1; fetchlist = fetchlist " --" o
		}
		if (line !~ /\\$/) on = 0
	}
	close(f)
	# the pages: each command is documented by docs/CMD.md up to a
	# `# brief OTHER` heading, or by the `# brief CMD` section of a page
	while (("ls docs/*.md README.md" | getline f) > 0) pages[++npages] = f
	close("ls docs/*.md README.md")
	for (p = 1; p <= npages; p++) {
		f = pages[p]
		base = f; sub(/^docs\//, "", base); sub(/\.md$/, "", base)
		sect = (base in iscmd) ? base : ""
		incode = 0; lastcmd = ""; ln = 0
		while ((getline line < f) > 0) {
			ln++
			if (line ~ /^# brief [a-z]+/) {
				split(line, t, / /); sect = (t[3] in iscmd) ? t[3] : ""
			}
			if (sect != "") doc[sect] = doc[sect] "\n" line
			if (f == "docs/sources.md" && line ~ /^## /) insrcfetch = (line ~ /^## Fetch options/)
			if (insrcfetch) fetchdoc = fetchdoc "\n" line
			if (f ~ /^docs\//) {
				n = split(line, t, /[^A-Za-z0-9-]+/)
				for (j = 1; j <= n; j++)
					if (t[j] ~ /^--[a-z][a-z-]*[a-z]$/ && !(t[j] in anyopt) && !(t[j] in global) &&
					    !(t[j] in tool))
						unknown = unknown " " f ":" ln ": " t[j]
			}
			if (line ~ /^```/) { incode = !incode; lastcmd = ""; continue }
			if (incode || line ~ /^    [^ -]/) {
				# a usage line goes on in lines that start with an option
				if (lastcmd != "" && line ~ /^[ \t]+[\[-]/) {
					check_span(lastcmd, line, f ":" ln); continue
				}
				lastcmd = ""
				scan_line(line, f ":" ln, 1)
				continue
			}
			lastcmd = ""
			while (match(line, /`[^`]*`/)) {
				span = substr(line, RSTART + 1, RLENGTH - 2)
				line = substr(line, RSTART + RLENGTH)
				scan_line(span, f ":" ln, 0)
			}
		}
		close(f)
	}
	# the manual page: a `.BR CMD " usage"` entry for every command
	f = "docs/brief.1"; ln = 0
	while ((getline line < f) > 0) {
		ln++
		gsub(/\\-/, "-", line); gsub(/\\f[BIRP]/, "", line)
		if (line !~ /^\.BR [a-z]+ "/) continue
		split(line, t, / /); inman[t[2]] = 1
		line = substr(line, 5); gsub(/"/, "", line)
		scan_line("brief " line, f ":" ln, 1)
	}
	close(f)
	missing = ""
	for (k = 1; k <= ncmd; k++) if (!(cmdlist[k] in inman)) missing = missing " " cmdlist[k]
	report("docs/brief.1 has an entry for every command", missing)
	for (k = 1; k <= ncmd; k++) {
		c = cmdlist[k]
		if (!(c in doc)) { report(c ": has a page", "no docs/" c ".md, no # brief " c " section"); continue }
		missing = ""
		n = split(longs[c] shorts[c], t, / /)
		for (j = 2; j <= n; j++)
			if (!bounded(doc[c], t[j]) && !(t[j] in fetchopt && index(doc[c], "fetch options")))
				missing = missing " " t[j]
		report(c ": every option of --help is on its page", missing)
		report(c ": every option written after brief " c " in the docs is in its --help", spanbad[c])
	}
	missing = ""
	n = split(fetchlist, t, / /)
	for (j = 2; j <= n; j++)
		if (!bounded(fetchdoc, t[j])) missing = missing " " t[j]
	report("docs/sources.md: Fetch options lists every fetch option", fetchlist == "" ? "no fetch options found in src/cmd/cmd.h" : missing)
	report("every --option the user pages name is a command'\''s or a global one", unknown)
}' >"$TMP/checks"

# docs/internals: every function, type or file a page names in code quotes
# (`name_with_underscore`, `name()`, `file.c`) is in the source tree
grep -noE '`[a-z][a-z0-9]*(_[a-z0-9_]+|\(\))`|`[a-z][a-z0-9_-]*\.[ch]`' docs/internals/*.md |
	tr -d '`()' >"$TMP/named"
cut -d: -f3 "$TMP/named" | sort -u >"$TMP/names"
{
	grep -rIhowF -f "$TMP/names" src tests/*.sh tests/run tests/unit tests/helpers tests/fuzz/*.c \
		tests/integration bench scripts Makefile
	find src tests/unit tests/helpers tests/fuzz bench -name '*.[ch]' | sed 's|.*/||; p; s|\.[ch]$||'
} | sort -u >"$TMP/found"
missing=$(awk -F: 'NR == FNR { found[$0] = 1; next } !($3 in found) { printf " %s:%s: %s", $1, $2, $3 }' \
	"$TMP/found" "$TMP/named")
[ -s "$TMP/names" ] && [ -z "$missing" ]
st=$?
[ $st -eq 0 ] && missing=
printf '%s\tdocs/internals names only functions and files that exist\t%s\n' "$st" "${missing:-no names found}" >>"$TMP/checks"

# docs/internals: every source file is named on a page, itself or its .c/.h
# twin (`buf.h` names buf.c); `cmd_NAME.c` names the command files
find src -name '*.[ch]' | sed 's|.*/||' | sort -u >"$TMP/srcfiles"
grep -ohE '[a-z][a-zA-Z0-9_-]*\.[ch]\b' docs/internals/*.md | sort -u >"$TMP/docfiles"
missing=$(awk 'NR == FNR { named[$0] = 1; next }
	{ twin = $0; sub(/\.[ch]$/, "", twin); twin = twin ($0 ~ /\.c$/ ? ".h" : ".c") }
	!($0 in named) && !(twin in named) && !($0 ~ /^cmd_[a-z]+\.c$/ && ("cmd_NAME.c" in named)) {
		printf " %s", $0 }' "$TMP/docfiles" "$TMP/srcfiles")
[ -z "$missing" ]
printf '%s\tdocs/internals names every source file\t%s\n' "$?" "$missing" >>"$TMP/checks"

# docs/configuration.md: every environment variable brief reads (getenv in
# src/, but the tests' own BRIEF_TEST_*) is on the page
missing=$(grep -rhoE 'getenv\("[A-Z_]+"\)' src | sed 's/.*"\([A-Z_]*\)".*/\1/' | sort -u |
	grep -v '^BRIEF_TEST_' | while read -r v; do
		grep -q "\`$v\`" docs/configuration.md || printf ' %s' "$v"
	done)
[ -n "$(grep -rlE 'getenv\("' src)" ] && [ -z "$missing" ]
printf '%s\tdocs/configuration.md names every environment variable brief reads\t%s\n' "$?" \
	"${missing:-no getenv found in src}" >>"$TMP/checks"

# docs/api.md and the router: every path the router answers (src/web: the
# pages of web_render, the API of api_route, the feeds of feed_route) is on
# the page, and every path a table of the page lists is one the router answers
grep -hoE 'str(n)?cmp\((p|path), "[^"]*"' src/web/pages.c src/web/api.c |
	sed 's/.*"\([^"]*\)"$/\1/' | awk '$0 == "/api/" || $0 == "/api/v1/" { next }
		/^\// { print; next } { print "/api/v1/" $0 }' >"$TMP/routes"
grep -hoE 'str(n)?cmp\(list\.data, "[^"]*"' src/web/feeds.c |
	sed 's/.*"\([^"]*\)"$/\1/; s/^/feed /' >>"$TMP/routes"
awk -v page=docs/api.md '
function served(p,    k, r, f) {
	f = sub(/\.atom$/, "", p)
	for (k = 1; k <= n; k++) {
		r = route[k]
		if ((r ~ /^feed /) != f) continue
		sub(/^feed /, "", r)
		# "/articles/" answers /articles/ID; "/" only itself
		if (p == r || (r ~ /.\/$/ && index(p, r) == 1 && length(p) > length(r)))
			return 1
	}
	return 0
}
{ route[++n] = $0 }
END {
	while ((getline line < page) > 0) {
		text = text "\n" line
		if (line !~ /^\| `\//) continue
		split(line, cell, /\|/)
		c = cell[2]
		while (match(c, /`\/[^`]*`/)) {
			p = substr(c, RSTART + 1, RLENGTH - 2)
			c = substr(c, RSTART + RLENGTH)
			sub(/[?[].*$/, "", p)
			if (!served(p)) unserved = unserved " " p
		}
	}
	for (k = 1; k <= n; k++) {
		r = route[k]
		if (r ~ /^feed /) {
			sub(/^feed /, "", r)
			if (!match(text, "`" r "[^`]*\\.atom"))
				undocumented = undocumented " " r "*.atom"
		} else if (!index(text, "`" r))
			undocumented = undocumented " " r
	}
	print (undocumented == "" && n > 0 ? 0 : 1) "\tdocs/api.md names every path the router answers\t" \
	    (n ? undocumented : "no routes found in src/web")
	print (unserved == "" ? 0 : 1) "\tevery path a table of docs/api.md lists is one the router answers\t" unserved
}' "$TMP/routes" >>"$TMP/checks"

while IFS='	' read -r st desc problems; do
	[ "$st" = 0 ] || echo "# $problems" | fold -w 150
	_report "$st" "$desc"
done <"$TMP/checks"
done_testing
