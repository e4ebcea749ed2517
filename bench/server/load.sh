#!/usr/bin/env bash
# Load test of `marsad serve` on the 31k-article corpus with wrk (Debian's package): requests/s and
# latency percentiles for search (30 rotating Arabic queries) and for the article endpoint.
#   1. saturation: 64 connections sending back to back (closed loop). Latency here is
#      64 / throughput by Little's law, so it measures how many requests/s the machine serves.
#   2. paced: the same 64 connections, each waiting so that together they offer RATE requests/s
#      (default 40) — the latency one search takes when the server is not saturated.
#   3. distinct: back to back again over 2,000 distinct queries (bench/server/distinct_queries.txt),
#      none repeated within the run: the server keeps no result cache, and this shows that nothing it
#      does remember (the analysis of single words) is what the 30-query figure measures.
# wrk runs on the same cores as the server, so each run also prints the CPU time the server and wrk
# spent per request (from /proc and /usr/bin/time): requests/s is what two cores give both together,
# and 2 cores / (server + wrk CPU per request) is what they would give the server alone.
# Every figure is printed with the load average, because the machine may be shared. wrk counts a
# request slower than its timeout as an error and leaves it out of the percentiles, so the timeout
# is raised to 10 s: a saturated server shows its real tail instead of hiding it.
# Usage: bench/server/load.sh [DB] [RATE]   (default DB: ingests ../shared/data/corpus into /tmp/marsad-corpus.db once)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(cd "$here/../.." && pwd)"
db="${1:-/tmp/marsad-corpus.db}"
rate="${2:-40}"
duration="${DURATION:-20s}"
corpus="$root/../shared/data/corpus/saudinewsnet-2015.jsonl.gz"
if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "load.sh: wrk missing; install it: apt-get install wrk" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || { apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi
if [ ! -f "$db" ]; then
  [ -f "$corpus" ] || { echo "load.sh: no $db and no corpus at $corpus" >&2; exit 1; }
  "$root/marsad" ingest "$corpus" --db "$db" --quiet
fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
url="http://127.0.0.1:$port"
"$root/marsad" serve --db "$db" --port "$port" > /dev/null 2>/tmp/marsad-serve.log &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
for _ in $(seq 1 600); do curl -sf "$url/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "$url/healthz" >/dev/null || { echo "load.sh: server did not start:" >&2; cat /tmp/marsad-serve.log >&2; exit 1; }
# wrk ignores a script that does not load and requests "/" instead: check it loads before measuring.
wrk -t1 -c1 -d1s -s "$here/queries.lua" "$url" 2>&1 | grep -q "queries.lua" && { wrk -t1 -c1 -d1s -s "$here/queries.lua" "$url"; exit 1; }
id=$(curl -sf "$url/api/search?q=%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["id"])')
show() { grep -E "Requests/sec|Latency|50%|90%|99%|timeout|Non-2xx|Socket errors" | sed 's/^/  /'; echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }
# CPU milliseconds the server process has used (utime + stime, in clock ticks).
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat"; }
# measure WRK-ARGS…: runs wrk, shows its figures, then the server's and wrk's CPU per request.
measure() {
  local before after out; before=$(server_cpu); out=$(mktemp)
  /usr/bin/time -f "%U %S" -o "$out.time" wrk "$@" > "$out"
  after=$(server_cpu)
  show < "$out"
  awk -v s=$((after - before)) -v t="$(cat "$out.time")" -v n="$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$out")" -v cores="$(nproc)" 'BEGIN {
    split(t, w, " "); wrk = (w[1] + w[2]) * 1000
    printf "  CPU per request: server %.2f ms, wrk %.2f ms (%d requests); %d cores alone would serve ~%.0f requests/s\n", s / n, wrk / n, n, cores, cores * 1000 / (s / n) }'
  rm -f "$out" "$out.time"
}
echo "machine: $(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB); $(curl -sf "$url/healthz")"
# Warm-up: JIT and tiered compilation, page cache. Not measured.
wrk -t2 -c16 -d8s -s "$here/queries.lua" "$url" >/dev/null
wrk -t2 -c16 -d3s "$url/api/articles/$id" >/dev/null
echo "== search, 64 connections back to back, $duration (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
measure -t2 -c64 -d"$duration" --timeout 10s --latency -s "$here/queries.lua" "$url"
echo "== article endpoint, 64 connections back to back, $duration"
measure -t2 -c64 -d"$duration" --timeout 10s --latency "$url/api/articles/$id"
echo "== search, 64 connections paced to $rate requests/s in all, $duration"
WRK_DELAY_MS=$(( 64 * 1000 / rate )) measure -t2 -c64 -d"$duration" --timeout 10s --latency -s "$here/queries.lua" "$url"
echo "== search over 2,000 distinct queries, 64 connections back to back, $duration"
WRK_QUERIES="$here/distinct_queries.txt" measure -t2 -c64 -d"$duration" --timeout 10s --latency -s "$here/queries.lua" "$url"
