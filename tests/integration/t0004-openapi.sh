#!/bin/sh
# The OpenAPI document and the server agree: every route it lists is asked
# on the demo corpus as a client would (the route itself, a second page, a
# missing record, another spelling, a page out of range, a parameter it does
# not take, actor= in lower case where the route takes it), and each answer's
# status is one the document gives that route and its JSON body fits the
# schema it gives that status (every field named, of its type, none left
# out or added). Every status it gives a route is then seen, but 500 and
# 503 (a failed database), which the demo cannot bring about.
. "$SRCDIR/tests/lib.sh"

ingest_once --no-fetch "$SRCDIR/demo/pages"
serve_start "$TMP/serve.out" "$BRIEF" --db "$DB" serve --port 0
like "serve starts" "$url" '^http://'
q() { sqlite3 -batch -noheader "$DB" "$1"; }
article=$(q "SELECT id FROM articles WHERE url LIKE '%timeline-iran-and-the-taliban%'")
outlet=$(q "SELECT min(id) FROM sources")

python3 - "${url%/}" "$article" "$outlet" >"$TMP/checks" <<'PY'
import json, sys, urllib.error, urllib.request

base, article, outlet = sys.argv[1], sys.argv[2], sys.argv[3]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


opener = urllib.request.build_opener(NoRedirect)


def get(path):
    try:
        with opener.open(base + path, timeout=30) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


status, _, body = get("/api/v1/openapi.json")
doc = json.loads(body)
print("openapi", status == 200 and doc["openapi"].startswith("3."))


def resolve(node):
    while "$ref" in node:
        kind, name = node["$ref"].split("/")[-2:]
        node = doc["components"][kind][name]
    return node


def fits(v, schema, where, errs):
    """A small JSON Schema check: what the OpenAPI document uses."""
    s = resolve(schema)
    if v is None:
        if not s.get("nullable"):
            errs.append("%s: null" % where)
        return
    t = s.get("type")
    ok = {"object": isinstance(v, dict), "array": isinstance(v, list),
          "string": isinstance(v, str), "boolean": isinstance(v, bool),
          "integer": isinstance(v, int) and not isinstance(v, bool),
          "number": isinstance(v, (int, float)) and not isinstance(v, bool)}.get(t, True)
    if not ok:
        errs.append("%s: %r is not %s" % (where, v, t))
        return
    if "enum" in s and v not in s["enum"]:
        errs.append("%s: %r not in %r" % (where, v, s["enum"]))
    if t == "object":
        props = s.get("properties", {})
        for k in s.get("required", []):
            if k not in v:
                errs.append("%s: %s missing" % (where, k))
        for k, x in v.items():
            if k in props:
                fits(x, props[k], where + "." + k, errs)
            elif s.get("additionalProperties", True) is False:
                errs.append("%s: %s not in the document" % (where, k))
    elif t == "array":
        for i, x in enumerate(v[:60]):
            fits(x, s["items"], "%s[%d]" % (where, i), errs)


# each route's path parameters, one that names something and one that does not
found = {"id": article, "code": "IRN", "a": "AFGREB", "b": "IRN", "name": "afghanistan"}
missing = {"id": "999999", "code": "ZZQ", "a": "IRN", "b": "ZZQ", "name": "no-such-tag"}
lower = {"code": "irn", "a": "afgreb", "b": "irn"}
seen = {}
bad = []
for path, item in doc["paths"].items():
    op = item["get"]
    params = [resolve(p) for p in op.get("parameters", [])]
    query = {p["name"] for p in params if p["in"] == "query"}
    inpath = [p["name"] for p in params if p["in"] == "path"]

    def fill(values):
        p = path
        for n in inpath:
            v = values.get(n, found[n])
            if path == "/api/v1/sources/{id}" and values is found:
                v = outlet
            p = p.replace("{%s}" % n, v)
        return p

    # (a value that is not UTF-8 is refused by every route)
    asks = [fill(found), fill(found) + "?bogus=1", fill(found) + "?page=%FF"]
    if "page" in query:
        asks += [fill(found) + "?page=2", fill(found) + "?page=0"]
    if "actor" in query:
        asks += [fill(found) + "?actor=irn", fill(found) + "?actor=Narnia"]
    if "q" in query:
        asks = [a.replace(path, path + "?q=water", 1) if "?" not in a else
                a.replace("?", "?q=water&", 1) for a in asks] + [path]
    if inpath:
        asks.append(fill(missing))
        if any(n in lower for n in inpath):
            asks.append(fill(lower))
    for ask in asks:
        status, ctype, body = get(ask)
        seen.setdefault(path, set()).add(str(status))
        resp = op["responses"].get(str(status))
        if resp is None:
            bad.append("%s: %d is not in the document" % (ask, status))
            continue
        resp = resolve(resp)
        content = resp.get("content", {}).get("application/json")
        if content is None:
            bad.append("%s: %d has no JSON schema" % (ask, status))
            continue
        if not ctype.startswith("application/json"):
            bad.append("%s: %d is %s" % (ask, status, ctype))
            continue
        errs = []
        fits(json.loads(body), content["schema"], ask, errs)
        bad += errs[:3]
    for status in op["responses"]:
        if status not in seen[path] and status not in ("500", "503"):
            bad.append("%s: %s never seen" % (path, status))
print("routes", len(doc["paths"]))
print("asked", sum(1 for _ in bad) == 0, len(bad), *bad[:8], sep="\n# ")
PY
like "the document is OpenAPI 3" "$(cat "$TMP/checks")" '^openapi True'
routes=$(sed -n 's/^routes //p' "$TMP/checks")
[ "${routes:-0}" -ge 15 ]
_report $? "it lists the routes ($routes)"
like "every answer is one the document gives, of its shape; every status it gives is seen" \
	"$(sed -n '/^asked/,$p' "$TMP/checks" | tr '\n' ' ')" '^asked # True # 0 $'
done_testing
