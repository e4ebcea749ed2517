#!/usr/bin/env bash
# Scale-out benchmark (issue 9): throughput of 1 and 2 workers on the same corpus, with a real
# nats-server (JetStream) and a throwaway PostgreSQL on loopback, both started here and stopped after.
# Each worker runs one pipeline thread, so "2 workers" means 2 cores busy on this 2-core machine.
# Usage: bench/scale/run.sh [N articles, default 10000]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(cd "$here/../.." && pwd)"
n="${1:-10000}"
corpus="$root/../shared/data/corpus/saudinewsnet-2015.jsonl.gz"
[ -f "$corpus" ] || { echo "scale: corpus missing at $corpus" >&2; exit 1; }
teardown=(); on_exit() { teardown+=("$1"); }
trap 'for ((i=${#teardown[@]}-1; i>=0; i--)); do eval "${teardown[$i]}"; done' EXIT
cd "$root"
for s in tests/setup.d/00-apt.sh tests/setup.d/10-postgres.sh tests/setup.d/20-nats.sh; do source "$s"; done
./marsad --help >/dev/null 2>&1
input="$(mktemp -d)/corpus.jsonl"
python3 - "$corpus" "$n" "$input" <<'PY'
import gzip, sys
src, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with gzip.open(src, "rt", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
    for i, line in enumerate(f):
        if i >= n: break
        o.write(line)
PY
echo "machine: $(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores); $n articles"
run() { # $1 = workers
  local q="BENCH$1" db="bench_$1_$$"
  psql "postgresql://postgres@127.0.0.1:${MARSAD_TEST_PG#*Port=}" -q -c "CREATE DATABASE $db" 2>/dev/null || \
    psql -h 127.0.0.1 -p "$(echo "$MARSAD_TEST_PG" | sed -E 's/.*Port=([0-9]+).*/\1/')" -U postgres -q -c "CREATE DATABASE $db"
  local pg="${MARSAD_TEST_PG/Database=postgres/Database=$db}"
  local t0=$(date +%s.%N)
  ./marsad submit "$input" --nats "$MARSAD_TEST_NATS" --queue "$q" --quiet
  local t1=$(date +%s.%N)
  local pids=()
  for w in $(seq 1 "$1"); do ./marsad worker --nats "$MARSAD_TEST_NATS" --queue "$q" --pg "$pg" --exit-when-empty -c 1 --name "w$w" 2>/dev/null & pids+=($!); done
  wait "${pids[@]}"
  local t2=$(date +%s.%N)
  local stored=$(psql -h 127.0.0.1 -p "$(echo "$MARSAD_TEST_PG" | sed -E 's/.*Port=([0-9]+).*/\1/')" -U postgres -d "$db" -tAc "SELECT COUNT(*) FROM articles")
  python3 -c "import sys; s,p,w=$t0,$t1,$t2; print(f'workers=$1 submit {($n)/(p-s):.0f} msg/s  process {int(\"$stored\")/(w-p):.0f} docs/s  ({int(\"$stored\")} stored in {w-p:.1f} s)')"
}
run 1
run 2
