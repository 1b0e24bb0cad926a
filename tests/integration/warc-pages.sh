# warc_pages N: an uncompressed WARC, on stdout, of N article pages of the
# Herat Courier, each with text of its own from a fixed vocabulary (no two
# are copies of each other), then one page that is not an article.
# Sourced by the worker tests.
record() { # url, html
	http=$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n%s' "$2")
	len=$(printf '%s' "$http" | wc -c)
	printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n' "$1"
	printf 'WARC-Date: 2024-03-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\n' "$3"
	printf 'Content-Type: application/http; msgtype=response\r\nContent-Length: %s\r\n\r\n' "$len"
	printf '%s\r\n\r\n' "$http"
}
warc_pages() {
	# one awk for the whole archive (a shell loop forked four programs a
	# page); LC_ALL=C: lengths in bytes, for Content-Length
	LC_ALL=C awk -v n="$1" '
	function record(url, html, id,    http) {
		http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" html
		printf "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n", url
		printf "WARC-Date: 2024-03-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\n", id
		printf "Content-Type: application/http; msgtype=response\r\nContent-Length: %s\r\n\r\n", length(http)
		printf "%s\r\n\r\n", http
	}
	BEGIN {
		nw = split("water wells canal farmers district council engineers pumps fuel silt " \
			"rains harvest wheat market traders border guards trucks road bridge school " \
			"teachers clinic doctors vaccine river dam reservoir drought flood province " \
			"governor minister talks delegation agreement quota tariff railway freight " \
			"station power grid solar panels village elders mosque court judge police " \
			"refugees camp aid convoy winter snow spring orchard pomegranates saffron", w, " ")
		for (i = 1; i <= n; i++) {
			url = "https://herat-courier.example.org/2024/03/report-" i ".html"
			# text of its own for each page (no two are copies of each other)
			x = i * 7919 + 13
			body = ""
			for (p = 0; p < 3; p++) {
				body = body (p ? "\n" : "") "<p>"
				for (s = 0; s < 4; s++) {
					for (k = 0; k < 11; k++) {
						x = (x * 16807) % 2147483647
						word = w[x % nw + 1]
						body = body (k ? " " : "") (k ? word : toupper(substr(word, 1, 1)) substr(word, 2))
					}
					body = body ". "
				}
				body = body "</p>"
			}
			html = "<!doctype html><html lang=\"en\"><head><title>Report " i " from district " i "</title>\n" \
				"\t<link rel=\"canonical\" href=\"" url "\"><meta property=\"og:site_name\" content=\"Herat Courier\">\n" \
				"\t<meta property=\"article:published_time\" content=\"2024-03-01T08:00:00Z\"></head><body>\n" \
				"\t<article><h1>Report " i " from district " i "</h1>\n" \
				"\t" body "\n" \
				"\t</article></body></html>"
			record(url, html, sprintf("00000000-0000-4000-8000-%012d", i))
		}
		record("https://herat-courier.example.org/index.html",
			"<html><head><title>Index</title></head><body><a href=\"/a\">A</a></body></html>",
			"00000000-0000-4000-8000-999999999999")
	}'
}
