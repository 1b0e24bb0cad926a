-- wrk script for bench/web.sh: each request a different article (or, with
-- WEB_BENCH_PREFIX=/story/, story), drawn at random between WEB_BENCH_LO and
-- WEB_BENCH_HI, so that few are served from the server's page cache.
local lo = tonumber(os.getenv("WEB_BENCH_LO")) or 1
local hi = tonumber(os.getenv("WEB_BENCH_HI")) or 1000
local prefix = os.getenv("WEB_BENCH_PREFIX") or "/article/"
math.randomseed(os.time())
request = function()
	return wrk.format("GET", prefix .. math.random(lo, hi))
end
