#!/bin/sh
# bench/web: the web site under load. Builds a 100,000-article database with
# bench/store's generator (plus the demo corpus, for actors and events),
# serves it with `brief serve`, and drives each route with wrk on 127.0.0.1:
# requests/s, p50 and p99 latency, errors, and the server's RSS before and
# after. Beside it, in the same run, nginx serves the same pages saved as
# files (the static export), as the anchor.
#
#   sh bench/web.sh            (BUILD=build; DURATION=60 seconds a route)
#   ARTICLES=N DURATION=S CONNECTIONS=C WEB_BENCH_DIR=DIR sh bench/web.sh
# WEB_BENCH_DIR keeps the database between runs (made when missing).
# Figures only: it never fails the build.
here=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build}
case $BUILD in /*) ;; *) BUILD="$here/$BUILD" ;; esac
brief="$BUILD/brief"
gen="$BUILD/bench/store"
ARTICLES=${ARTICLES:-100000}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-16}
for tool in wrk nginx curl sqlite3; do
	command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || {
		echo "bench/web: $tool is missing (Debian package $tool); skipped"
		exit 0
	}
done
[ -x "$brief" ] && [ -x "$gen" ] || { echo "bench/web: build $brief and $gen first (make bench)"; exit 0; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

if [ -n "${WEB_BENCH_DIR:-}" ]; then
	dir=$WEB_BENCH_DIR
	mkdir -p "$dir"
	keep=1
else
	dir=$(mktemp -d /tmp/brief-bench-web-XXXXXX)
	keep=0
fi
db="$dir/web.db"
srv_pid=""
ngx_pid=""
cleanup() {
	[ -n "$srv_pid" ] && kill "$srv_pid" 2>/dev/null && wait "$srv_pid" 2>/dev/null
	[ -n "$ngx_pid" ] && kill "$ngx_pid" 2>/dev/null && wait "$ngx_pid" 2>/dev/null
	if [ "$keep" = 0 ]; then rm -rf "$dir"; else rm -rf "$dir/site" "$dir/nginx"; fi
}
trap cleanup EXIT INT TERM

if [ ! -f "$db" ]; then
	echo "bench/web: generating $ARTICLES articles (bench/store's generator) in $db"
	"$gen" --articles "$ARTICLES" --db "$db" --keep --store-only | sed -n 's/^store: */  generated: /p'
	# related news and the key terms stories read are computed as articles arrive
	# (an ingest does it at its end); the generator stores without them, so compute
	# them here, and say what it cost
	t0=$(date +%s)
	"$brief" --db "$db" related --update 2>&1 | sed 's/^brief: /  /'
	echo "  in $(( $(date +%s) - t0 )) s"
	"$brief" --db "$db" -q ingest --no-fetch "$here/demo/pages" "$here"/demo/feeds/*.xml >/dev/null 2>&1
fi
n=$(sqlite3 "$db" 'SELECT count(*) FROM articles')
ev=$(sqlite3 "$db" 'SELECT count(*) FROM events')
mid=$(sqlite3 "$db" "SELECT id FROM articles WHERE id >= $n / 2 ORDER BY id LIMIT 1")
word=$(sqlite3 "$db" "SELECT title FROM articles WHERE id = $mid" | cut -d' ' -f2 | tr 'A-Z' 'a-z')

"$brief" --db "$db" serve --port 0 >"$dir/serve.out" 2>"$dir/serve.err" &
srv_pid=$!
i=0
while ! grep -q 'http://' "$dir/serve.out" 2>/dev/null && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
url=$(grep -o 'http://[^ ]*' "$dir/serve.out" | head -1)
[ -n "$url" ] || { echo "bench/web: brief serve did not start"; cat "$dir/serve.err"; exit 0; }
base=${url%/}

# the routes, and their file names in the saved copy nginx serves
routes="article:/article/$mid front:/ search:/search?q=$word dyad:/dyad/AFGREB/IRN feed:/feed.atom story:/story/$mid"
mkdir -p "$dir/site" "$dir/nginx"
chmod 755 "$dir" "$dir/site" "$dir/nginx"
for r in $routes; do
	name=${r%%:*}
	path=${r#*:}
	code=$(curl -s -o "$dir/site/$name.html" -w '%{http_code}' "$base$path")
	[ "$code" = 200 ] || { echo "  $name ($path): $code, skipped"; rm -f "$dir/site/$name.html"; }
done

port=$(( 20000 + $$ % 20000 ))
cat >"$dir/nginx/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log;
events { worker_connections 1024; }
http {
	access_log off;
	client_body_temp_path $dir/nginx;
	proxy_temp_path $dir/nginx;
	fastcgi_temp_path $dir/nginx;
	uwsgi_temp_path $dir/nginx;
	scgi_temp_path $dir/nginx;
	default_type text/html;
	server { listen 127.0.0.1:$port; root $dir/site; }
}
CONF
"$nginx_bin" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log" 2>"$dir/nginx/start.err" &
ngx_pid=$!
sleep 0.5

rss() { awk '/^VmRSS/ { t = $2 } /^RssAnon/ { a = $2 } END { printf "%.0f MiB (%.0f MiB of it heap, the rest mapped database pages)", t / 1024, a / 1024 }' "/proc/$1/status" 2>/dev/null; }
# one wrk run: requests/s, p50, p99, errors
drive() {
	wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency ${2:+-s "$2"} "$1" 2>&1 | awk '
		/Requests\/sec/ { rps = $2 }
		/^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
		/Non-2xx/ { err += $NF }
		/Socket errors/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
		END { printf "%10.0f req/s  p50 %8s  p99 %8s  errors %d", rps, p50, p99, err + 0 }'
}

echo "bench/web: $n articles, $ev events, wrk -t2 -c$CONNECTIONS ${DURATION}s a route, $(nproc) cores"
rss0=$(rss "$srv_pid")
for r in $routes; do
	name=${r%%:*}
	path=${r#*:}
	[ -f "$dir/site/$name.html" ] || continue
	printf '  brief %-8s %s   %s\n' "$name" "$(drive "$base$path")" "$path"
	printf '  nginx %-8s %s\n' "$name" "$(drive "http://127.0.0.1:$port/$name.html")"
done
# articles drawn at random: mostly not in the page cache (related news read as stored)
printf '  brief %-8s %s   %s\n' "articles" \
	"$(WEB_BENCH_LO=1 WEB_BENCH_HI=$n drive "$base/" "$here/bench/web-articles.lua")" \
	"/article/RANDOM (1..$n)"
printf '  brief %-8s %s   %s\n' "stories" \
	"$(WEB_BENCH_PREFIX=/story/ WEB_BENCH_LO=1 WEB_BENCH_HI=$n drive "$base/" "$here/bench/web-articles.lua")" \
	"/story/RANDOM (1..$n)"
rss1=$(rss "$srv_pid")
echo "  brief serve RSS before: $rss0"; echo "  brief serve RSS after:  $rss1"
exit 0
