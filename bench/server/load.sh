#!/usr/bin/env bash
# Load test of `marsad serve` on the 31k-article corpus: requests/s and latency percentiles at 64
# concurrent connections for search and for the article endpoint, with wrk (Debian's package).
# Usage: bench/server/load.sh [DB]   (default: ingests ../shared/data/corpus into /tmp/marsad-corpus.db once)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(cd "$here/../.." && pwd)"
db="${1:-/tmp/marsad-corpus.db}"
corpus="$root/../shared/data/corpus/saudinewsnet-2015.jsonl.gz"
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }
if [ ! -f "$db" ]; then
  [ -f "$corpus" ] || { echo "load.sh: no $db and no corpus at $corpus" >&2; exit 1; }
  "$root/marsad" ingest "$corpus" --db "$db" --quiet
fi
port=18080
"$root/marsad" serve --db "$db" --port "$port" > /dev/null 2>/tmp/marsad-serve.log &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
id=$(curl -sf "http://127.0.0.1:$port/api/search?q=%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["id"])')
echo "machine: $(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores)"
echo "== search (30 rotating Arabic queries), 64 connections, 2 threads, 20 s"
wrk -t2 -c64 -d20s --latency -s "$here/queries.lua" "http://127.0.0.1:$port" | grep -E "Requests/sec|Latency|50%|90%|99%"
echo "== article endpoint, 64 connections, 2 threads, 20 s"
wrk -t2 -c64 -d20s --latency "http://127.0.0.1:$port/api/articles/$id" | grep -E "Requests/sec|Latency|50%|90%|99%"
