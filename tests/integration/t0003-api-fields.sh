#!/bin/sh
# docs/api.md and the JSON the site answers agree on the fields: every key
# of every JSON reply of the demo corpus (the API's records `brief publish`
# writes, and what only the server answers: /healthz, /api/v1/search) is
# named on the page, as `key` or "key". A field added to a reply fails this
# until the page says what it is.
. "$SRCDIR/tests/lib.sh"

ingest_once --no-fetch "$SRCDIR/demo/pages"
brief publish --out "$TMP/site" >/dev/null 2>&1
is "publish exits 0" "$?" 0

serve_start "$TMP/serve.out" "$BRIEF" --db "$DB" serve --port 0
like "serve starts" "$url" '^http://'
mkdir -p "$TMP/site/served"
for p in healthz 'api/v1/search?q=water' 'api/v1/search?q=water&sort=date'; do
	f=$(printf '%s' "$p" | tr '/?&=' '____')
	curl -sf "${url%/}/$p" >"$TMP/site/served/$f.json"
	_report $? "served /$p"
done
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null

out=$(python3 - "$TMP/site" "$SRCDIR/docs/api.md" <<'PY'
import json, os, sys
root, page = sys.argv[1], sys.argv[2]
doc = open(page, encoding="utf-8").read()
where = {}
def walk(v, f):
    if isinstance(v, dict):
        for k, x in v.items():
            where.setdefault(k, f)
            walk(x, f)
    elif isinstance(v, list):
        for x in v:
            walk(x, f)
files = 0
for d, _, names in os.walk(root):
    for n in names:
        # the OpenAPI document describes the replies; it is none of them
        if n.endswith(".json") and n != "openapi.json":
            p = os.path.join(d, n)
            walk(json.load(open(p, encoding="utf-8")), os.path.relpath(p, root))
            files += 1
missing = sorted(k for k in where if "`%s`" % k not in doc and '"%s"' % k not in doc)
print(files, len(where), " ".join("%s (%s)" % (k, where[k]) for k in missing))
PY
)
files=${out%% *}
rest=${out#* }
keys=${rest%% *}
missing=${rest#* }
[ "${files:-0}" -gt 20 ] && [ "${keys:-0}" -gt 30 ]
_report $? "the replies read: $files files, $keys keys"
[ -z "$missing" ] || echo "# not in docs/api.md: $missing" | fold -w 150
[ -z "$missing" ]
_report $? "docs/api.md names every key of the JSON replies"
done_testing
