#!/bin/sh
# brief extract: formats, many inputs, gzip input, limits, and hostile
# inputs that must end in a result or a clear error, never a crash. The
# fixtures' `--format json` output is checked against their .expected files
# by the golden runner (t0190-golden.sh).
. "$SRCDIR/tests/lib.sh"
fx=tests/fixtures/extract
cd "$SRCDIR" || exit 1

# formats
out=$("$BRIEF" extract "$fx/jsonld-graph.html")
first=$(printf '%s\n' "$out" | head -n 1)
is "text format starts with the title" "$first" "Old ferry pier to close for six months of repairs"
is "text format: then the byline, outlet and date" "$(printf '%s\n' "$out" | sed -n 2p)" \
	"By Tomas Reyes · Lantern Bay Courier · 2024-03-05T09:30:00+01:00"
is "text format: then a blank line" "$(printf '%s\n' "$out" | sed -n 3p)" ""
unlike "boilerplate (share, related, footer) is gone" "$out" 'Share on|Ferry fares|All rights reserved'
# a product's name starts its text: the formats print it once, as the title
out=$("$BRIEF" extract "$fx/product-before-name.html")
is "text format: a product's name once" "$(printf '%s\n' "$out" | grep -c '^Stoneware Mug, Ash Glaze$')" "1"
out=$("$BRIEF" extract --format markdown "$fx/product-before-name.html")
is "markdown: a product's name once" "$(printf '%s\n' "$out" | grep -c 'Stoneware Mug, Ash Glaze')" "1"
out=$("$BRIEF" extract --format html "$fx/product-before-name.html")
is "html: a product's name once" "$(printf '%s\n' "$out" | grep -o 'Stoneware Mug, Ash Glaze' | wc -l | tr -d ' ')" "1"
out=$("$BRIEF" extract --format markdown "$fx/lists-tables.html")
like "markdown has list items" "$out" '^- Mill Lane'
like "markdown numbers ordered lists" "$out" '^2\. Drainage'
like "markdown renders tables" "$out" '^\| Mill Lane \| 1\.2 km \| 240,000 \|$'
like "markdown headings" "$out" '^## Roads first in line$'
out=$("$BRIEF" extract --format html "$fx/lists-tables.html")
like "html keeps tables" "$out" '<td>Mill Lane</td>'
unlike "html has no class attributes" "$out" 'class='
out=$("$BRIEF" extract --format jsonl "$fx/opengraph.html" "$fx/microdata.html")
is "jsonl: one line per input" "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" "2"
like "jsonl lines carry the input" "$out" '^\{"input": ?"tests/fixtures/extract/opengraph.html"'
out=$("$BRIEF" extract --format json "$fx/opengraph.html" "$fx/microdata.html")
like "json with many inputs is an array" "$out" '^\[$'
fails "unknown format is a usage error" 2 "$BRIEF" extract --format yaml "$fx/opengraph.html"
fails "no input is a usage error" 2 "$BRIEF" extract

# inputs: stdin, gzip, --url, --content-type
out=$("$BRIEF" extract - <"$fx/no-metadata.html" | head -n 1)
is "reads standard input" "$out" "Night trains return between the capitals"
gzip -c "$fx/no-metadata.html" >"$TMP/page.html.gz"
out=$("$BRIEF" extract "$TMP/page.html.gz" | head -n 1)
is "reads gzip input transparently" "$out" "Night trains return between the capitals"
out=$("$BRIEF" extract --format json --url https://rail.example/news/night-trains "$fx/no-metadata.html")
like "--url sets url" "$out" '"url": "https://rail.example/news/night-trains"'
out=$("$BRIEF" extract --content-type 'text/html; charset=windows-1252' "$fx/nocharset.html")
like "--content-type charset decodes" "$out" 'Fauré and Ravel'
out=$("$BRIEF" extract "$fx/cp1256.html")
like "windows-1256 decodes to Arabic" "$out" 'مكتبة'

# errors and hostile inputs
# one run each for the exit status and the message
err=$("$BRIEF" extract "$TMP/nope.html" 2>&1)
is "a missing file fails with 1" $? 1
like "missing file error names it" "$err" "^brief: $TMP/nope.html: "
err=$("$BRIEF" extract "$fx/empty.html" 2>&1)
is "an empty file fails with 1" $? 1
like "empty file: clear error" "$err" '^brief: .*empty.html: empty page$'
err=$("$BRIEF" extract "$fx/binary.html" 2>&1)
is "binary garbage fails with 1" $? 1
like "binary garbage: clear error" "$err" 'not an HTML page'
# 3 % control bytes, and bytes that read as tags: still no page
err=$("$BRIEF" extract "$fx/binary-sparse.html" 2>&1)
is "binary with few control bytes fails with 1" $? 1
like "... as binary data" "$err" 'binary data, not an HTML page$'
# but a short page whose curly apostrophes lost their high byte is a page
printf '<p>The lock keeper said it\031s high water at noon, and the barge won\031t wait.</p>\n' \
	>"$TMP/apostrophes.html"
out=$("$BRIEF" extract "$TMP/apostrophes.html")
is "two stray control bytes in a short page are no binary" $? 0
like "... its text is read" "$out" 'the barge wont wait'
# and so is a longer one with many of them
{
	i=0
	while [ $i -lt 60 ]; do
		printf '<p>Entry %d: it\031s the tide\031s turn.</p>\n' $i
		i=$((i + 1))
	done
} >"$TMP/apostrophes-many.html"
ok "sixty lost apostrophes in 2 KiB are no binary" "$BRIEF" extract "$TMP/apostrophes-many.html"
out=$("$BRIEF" extract "$fx/empty.html" "$fx/opengraph.html" 2>/dev/null)
is "one bad input among good ones fails the run" $? 1
is "... but the good ones are still printed" "$(printf '%s\n' "$out" | head -n 1)" "Volunteers plant 400 oaks along Elmstead river path"
ok "10,000-deep nesting gives a result" "$BRIEF" extract "$fx/deep.html"
err=$("$BRIEF" extract --max-size 100 "$fx/opengraph.html" 2>&1)
is "--max-size refuses larger inputs" $? 1
like "... with a clear error" "$err" '^brief: .*opengraph.html: .*100'
{
	printf '<html><body><p title="'
	head -c 2000000 /dev/zero | tr '\0' x
	printf '">A paragraph with a very long attribute value on it, for the parser.</p></body></html>\n'
} >"$TMP/huge-attr.html"
out=$("$BRIEF" extract "$TMP/huge-attr.html")
like "a 2 MB attribute gives a result" "$out" 'very long attribute'
# a page of more nodes than are read (each line three: the p, its text, the line
# break): the text up to the cap, and a notice
awk 'BEGIN { printf "<html><body><article><h1>Lock keepers log</h1>\n";
	for (i = 1; i <= 60000; i++) printf "<p>Entry %d of the log</p>\n", i;
	print "</article></body></html>" }' >"$TMP/many-nodes.html"
out=$("$BRIEF" extract "$TMP/many-nodes.html" 2>"$TMP/many-nodes.err")
is "a page over the node cap gives a result" $? 0
like "... its text up to the cap" "$out" '^Entry 49000 of the log$'
unlike "... and none after it" "$out" '^Entry 51000 of the log$'
like "... and says where it stopped" "$(cat "$TMP/many-nodes.err")" \
	'^brief: .*many-nodes.html: over 150000 nodes: read up to there, the rest left out$'
# files that are not HTML are refused with what they are
printf '{"title": "a JSON file", "items": [1, 2, 3]}\n' >"$TMP/data.json"
printf '# Notes for Tuesday\n\n- buy string\n- mend the gate\n' >"$TMP/notes.md"
printf 'A letter in plain text.\nIt has no tags at all, only lines of words.\n' >"$TMP/letter.txt"
for f in data.json:JSON notes.md:Markdown letter.txt:'plain text'; do
	err=$("$BRIEF" extract "$TMP/${f%%:*}" 2>&1)
	is "${f%%:*} is refused" $? 1
	like "... as ${f#*:}" "$err" "not an HTML page: ${f#*:}\$"
done
printf 'Some words, then <b>a tag</b>: a fragment of a page.\n' >"$TMP/fragment.html"
ok "text with a tag is a page, not refused" "$BRIEF" extract "$TMP/fragment.html"

# The JSON of the pages below, each checked on its own, from one process:
# for many inputs brief extract prints an array of the objects each input
# prints alone (t0190 checks that), each beginning with a line "{" and
# ending with a line "}" or "},". One awk puts each object in
# $TMP/json/INPUT'S-FILE-NAME; json_of NAME prints it.
mkdir "$TMP/json"
set --
for t in forum listing service product liveblog documentation; do set -- "$@" "$fx/type-$t.html"; done
"$BRIEF" extract --format json "$@" "$fx/byline-unnamed.html" "$fx/byline-label.html" \
	"$fx/byline-card-label.html" "$fx/forum-thread.html" 2>"$TMP/json.err" | json_split "$TMP/json"
json_of() { cat "$TMP/json/$1" 2>/dev/null; }

# page types
for t in forum listing service product liveblog documentation; do
	out=$(json_of "type-$t.html")
	like "type-$t.html is a $t page" "$out" "\"page_type\": \"$t\""
	case $t in liveblog) liveblog=$out ;; product) product=$out ;; esac
done
out=$("$BRIEF" extract "$fx/type-forum.html")
like "a forum keeps every post, the first" "$out" 'terracotta pot split'
like "... and the last" "$out" 'keep it under cover next winter'
out=$("$BRIEF" extract "$fx/type-listing.html")
like "a listing keeps each card's title" "$out" '^Sailing school doubles its summer places$'
like "... and its summary" "$out" 'Volunteers have restored four dinghies'
unlike "... but not the menu" "$out" '^Home'
out=$("$BRIEF" extract "$fx/type-service.html")
like "a service page keeps every section" "$out" 'guarantee of two years'
like "... with its headings on lines of their own" "$out" '^Misted double glazing$'
like "a live blog has both its authors" "$liveblog" '"byline": "Ruth Caddick, Owen Pask"'
like "a live blog is an article" "$liveblog" '"is_article": true'
like "a product is not" "$product" '"is_article": false'
out=$("$BRIEF" extract "$fx/product-reviews.html")
like "a product keeps its description and details" "$out" '^Weight: 3.2 kg$'
unlike "... but not its reviews or other products" "$out" 'buyers say|grandmother|milking stool'
out=$("$BRIEF" extract "$fx/product-many-reviews.html")
like "a product whose reviews are most of the page keeps its description" "$out" '^Capacity: 1.6 litres$'
unlike "... and still not the reviews" "$out" 'Customer reviews|kettle boils a full litre|enamel finish'
out=$("$BRIEF" extract "$fx/product-roundup.html")
like "a page of many boxes named for reviews keeps them: they are its content" "$out" 'thick base heated quickly'
out=$("$BRIEF" extract "$fx/listing-named-cards.html")
like "cards named like chrome are kept when they are all the page has" "$out" 'Border fork with ash handle'
is "a byline no class names: the name after By, not the role" "$(sed -n 's/.*"byline": "\(.*\)",/\1/p' "$TMP/json/byline-unnamed.html")" "Ines Falk"
is "a Written by label and the name beside it" "$(sed -n 's/.*"byline": "\(.*\)",/\1/p' "$TMP/json/byline-label.html")" "Tomas Brandt"
is "a link card's Written by" "$(sed -n 's/.*"byline": "\(.*\)",/\1/p' "$TMP/json/byline-card-label.html")" "Wren Adeyemi"
out=$(json_of forum-thread.html)
like "a thread's first poster is its author" "$out" '"byline": "marrowman"'
like "... and posts with their users make it a forum" "$out" '"page_type": "forum"'
out=$("$BRIEF" extract "$fx/index-link-lists.html")
like "an index's many lists of links, one template, are its content" "$out" '^Dunmore tunnel portal$'
unlike "... but not the menu" "$out" '^Visit'
out=$("$BRIEF" extract "$fx/front-named-groups.html")
like "a front's story groups, one template named like a promotion, are its content" "$out" '^Hedges planted in the seventies now shelter owls$'
unlike "... but not the one box named like them" "$out" 'weekly letter'
out=$("$BRIEF" extract "$fx/listing-links.html")
like "a page that is one list of links keeps it" "$out" 'Dredging of the inner basin'

head -c 300000 /dev/urandom >"$TMP/random.bin"
"$BRIEF" extract "$TMP/random.bin" >/dev/null 2>&1
s=$?
[ $s -le 1 ]
_report $? "random bytes end in a result or an error, not a crash (status $s)"
done_testing
