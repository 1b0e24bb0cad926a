#!/bin/sh
# brief publish: the whole site as files with relative links that resolve
# from a subfolder, the same pages as brief serve, and nginx serving the
# copy from a subfolder (skipped when nginx is not installed).
. "$SRCDIR/tests/lib.sh"
# the demo (the run's shared copy), then the topics fixtures on top
ingest_once --no-fetch "$SRCDIR/demo/pages"
brief -q ingest --no-fetch "$SRCDIR/tests/fixtures/topics" >/dev/null 2>&1
out=$(brief publish --out "$TMP/www/sub")
is "publish exits 0" "$?" 0
like "publish says how many files" "$out" '^published [0-9]+ files to '
site="$TMP/www/sub"
article=$(sqlite3 -batch -noheader "$DB" "SELECT id FROM articles WHERE url LIKE '%timeline-iran-and-the-taliban%'")
for f in index.html static/style.css briefing/index.html dyads/index.html sources/index.html \
	dyad/AFGREB/IRN/index.html actor/IRN/index.html "article/$article/index.html" feed.atom \
	dyad/AFGREB/IRN.atom api/v1/openapi.json api/v1/articles.json "api/v1/articles/$article.json" \
	api/v1/actors/IRN.json api/v1/dyads/AFGREB/IRN.json "api/v1/stories/$article.json" \
	api/v1/dyads.json api/v1/briefing.json search/index.html tag/iran/index.html \
	tag/iran.atom api/v1/tags/iran.json "story/$article/index.html" "story/$article.atom" \
	"tag/water rights/index.html" "api/v1/tags/water rights.json"; do
	[ -s "$site/$f" ]; _report $? "published $f"
done
is "every article has its page" "$(ls "$site/article" | wc -l | tr -d ' ')" "$(sqlite3 "$DB" 'SELECT count(*) FROM articles')"
unlike "no link is absolute to the site" "$(cat "$site"/index.html "$site"/article/*/index.html "$site"/dyad/*/*/index.html)" '(href|src|action)="/'
broken=$(python3 - "$site" <<'PY'
import os, re, sys
from urllib.parse import unquote
root = sys.argv[1]
bad = []
for d, _, files in os.walk(root):
    for f in files:
        if not (f.endswith(".html") or f.endswith(".atom")):
            continue
        p = os.path.join(d, f)
        for link in re.findall(r'(?:href|src|action)="([^"#:]+)"', open(p, encoding="utf-8").read()):
            # a web server decodes the path before it looks for the file
            t = os.path.normpath(os.path.join(d, unquote(link.replace("&amp;", "&").split("?")[0])))
            if not t.startswith(root) or not os.path.exists(t):
                bad.append("%s -> %s" % (os.path.relpath(p, root), link))
print(len(bad), *bad[:5])
PY
)
is "every relative link resolves to a published file" "$broken" 0

# the same page as brief serve, but for the links
serve_start "$TMP/serve.out" "$BRIEF" --db "$DB" serve --port 0
# the servers go with the script, however it ends
trap 'kill $pid ${npid:-} 2>/dev/null; rm -rf "$TMP"' EXIT
# same_pages DIR A1 B1 A2 B2...: is each A the same page as its B but for
# the links (each href, src and action taken out of every line)? A and B
# are URLs or files; one curl fetches every URL into DIR, and one awk
# compares every pair: DIR/same has a line for each, 1 when they are the
# same (a tool started for each page cost more than the comparisons)
same_pages() {
	_d=$1; shift; mkdir -p "$_d"; _args=$# _i=0
	for _p; do
		_i=$((_i + 1))
		case $_p in
		http://*)
			[ -s "$_d.cfg" ] && echo next
			printf 'silent\nmax-time = 30\nurl = "%s"\noutput = "%s/%s"\n' "$_p" "$_d" "$_i"
			set -- "$@" "$_d/$_i"
			;;
		*) set -- "$@" "$_p" ;;
		esac >>"$_d.cfg"
	done
	shift "$_args"
	curl -K "$_d.cfg"
	awk '{ gsub(/(href|src|action)="[^"]*"/, ""); t[FILENAME] = t[FILENAME] $0 "\n" }
		END { for (i = 1; i < ARGC; i += 2) print (t[ARGV[i]] == t[ARGV[i + 1]]) + 0 }' "$@" >"$_d/same"
}
same_pages "$TMP/pub" "$site/article/$article/index.html" "${url}article/$article" \
	"$site/dyad/AFGREB/IRN/index.html" "${url}dyad/AFGREB/IRN" "$site/actor/AFGREB/index.html" "${url}actor/AFGREB" \
	"$site/index.html" "$url"
{
	for p in "article/$article" dyad/AFGREB/IRN actor/AFGREB; do
		read -r same
		is "published $p is the served page" "$same" 1
	done
	read -r same
	is "published front page is the served one" "$same" 1
} <"$TMP/pub/same"

# every actor, relationship, outlet and story page has its API record beside it, the
# server's answer byte for byte: the copy's API answers for what its pages show
is "each page's API record is published, as the server answers it" "$(python3 - "$site" "$url" <<'PY'
import os, sys, urllib.request
site, url = sys.argv[1], sys.argv[2]
kinds = {"actor": "actors", "dyad": "dyads", "source": "sources", "story": "stories"}
seen, bad = {}, []
for page, api in kinds.items():
    for d, _, files in os.walk(os.path.join(site, page)):
        rel = os.path.relpath(d, os.path.join(site, page))
        if "index.html" not in files or rel == "." or "page" in rel.split(os.sep):
            continue
        seen[page] = seen.get(page, 0) + 1
        f = os.path.join(site, "api", "v1", api, rel + ".json")
        with urllib.request.urlopen(url + "api/v1/%s/%s" % (api, rel), timeout=30) as r:
            live = r.read()
        if not os.path.exists(f) or open(f, "rb").read() != live:
            bad.append(f)
print(*("%s %d" % (k, seen.get(k, 0) > 0) for k in kinds), len(bad), *bad[:3])
PY
)" "actor 1 dyad 1 source 1 story 1 0"

nginx=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)
if [ -n "$nginx" ]; then
	mkdir -p "$TMP/ngx"
	chmod 755 "$TMP" "$TMP/www" "$TMP/ngx"
	# nginx gets a port by trial: a port another program holds makes it exit, and the next
	# one is tried; it is up once it answers with this run's token (not another server on
	# the port) or gone once it exits, so no wait depends on how fast the machine is
	token="t0330-$$-$(date +%s%N)"
	printf '%s' "$token" >"$TMP/www/probe.txt"
	tries=0
	while :; do
		port=$((20000 + ($$ * 7 + tries * 211) % 30000))
		cat >"$TMP/ngx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $TMP/ngx/nginx.pid;
error_log $TMP/ngx/error.log;
events { worker_connections 64; }
http {
	access_log off;
	client_body_temp_path $TMP/ngx; proxy_temp_path $TMP/ngx; fastcgi_temp_path $TMP/ngx;
	uwsgi_temp_path $TMP/ngx; scgi_temp_path $TMP/ngx;
	types { text/html html; text/css css; application/atom+xml atom; application/json json; }
	server { listen 127.0.0.1:$port; root $TMP/www; }
}
CONF
		"$nginx" -c "$TMP/ngx/nginx.conf" -e "$TMP/ngx/error.log" 2>/dev/null &
		npid=$!
		up=0 polls=0
		while kill -0 "$npid" 2>/dev/null && [ $polls -lt 1200 ]; do
			if [ "$(curl -s "http://127.0.0.1:$port/probe.txt")" = "$token" ]; then up=1; break; fi
			sleep 0.1
			polls=$((polls + 1))
		done
		[ $up = 1 ] && break
		kill "$npid" 2>/dev/null; wait "$npid" 2>/dev/null
		tries=$((tries + 1))
		if [ $tries -ge 10 ]; then
			echo "# nginx would not start on 10 ports; its log:" >&2
			cat "$TMP/ngx/error.log" >&2
			break
		fi
	done
	is "nginx starts on a free port" "$up" 1
	is "nginx serves the copy from a subfolder" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/sub/index.html")" 200
	page=$(curl -s "http://127.0.0.1:$port/sub/dyad/AFGREB/IRN/index.html")
	like "the dyad page through nginx" "$page" '<svg class="timeline"'
	css=$(printf '%s' "$page" | grep -o 'href="[^"]*style.css"' | sed 's/href="//; s/"$//')
	is "its stylesheet link works through nginx" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/sub/dyad/AFGREB/IRN/$css")" 200
	is "a tag of two words through nginx, at its link's address" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/sub/tag/water%20rights/index.html")" 200
	# what nginx serves is what brief serve serves, but for the links' form
	story=$(sqlite3 -batch -noheader "$DB" "SELECT min(id) FROM articles")
	pages="'' article/$article dyad/AFGREB/IRN actor/AFGREB briefing dyads sources story/$story tag/water%20rights"
	files="feed.atom api/v1/articles.json"
	set --
	for p in $pages; do
		[ "$p" = "''" ] && p=
		set -- "$@" "http://127.0.0.1:$port/sub/${p:+$p/}index.html" "$url$p"
	done
	for f in $files; do
		set -- "$@" "http://127.0.0.1:$port/sub/$f" "$url${f%.json}"
	done
	same_pages "$TMP/ngx-pages" "$@"
	{
		for p in $pages; do
			[ "$p" = "''" ] && p=
			read -r same
			is "/$p through nginx is the served page" "$same" 1
		done
		is "... with the same type" "$(curl -s -o /dev/null -w '%{content_type}' "http://127.0.0.1:$port/sub/index.html")" "text/html"
		for f in $files; do
			read -r same
			is "$f through nginx is the served one" "$same" 1
		done
	} <"$TMP/ngx-pages/same"
	kill "$npid" 2>/dev/null; wait "$npid" 2>/dev/null
else
	skip "nginx is not installed (Debian package nginx)"
fi
kill "$pid"; wait "$pid"
done_testing
