#!/usr/bin/env bash
# Scale-out benchmark (issue 9): submit rate, and throughput of 1 and 2 workers on the same corpus
# slice, with a real nats-server (JetStream) and PostgreSQL on loopback. Reuses MARSAD_TEST_NATS /
# MARSAD_TEST_PG when set; otherwise tests/setup.d starts throwaway ones here and stops them after.
# Each worker runs one pipeline thread (-c 1), so "2 workers" means two processes, two cores busy.
# Throughput is given twice: wall (from the workers' start to the last exit, start-up included) and
# steady (articles / span of the commit timestamps in PostgreSQL, start-up excluded), and per
# CPU-second of the worker processes (user + sys, start-up included), which the machine's other
# load does not change much.
# Usage: bench/scale/run.sh [N articles, default 3000]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(cd "$here/../.." && pwd)"
n="${1:-3000}"
corpus="$root/../shared/data/corpus/saudinewsnet-2015.jsonl.gz"
[ -f "$corpus" ] || { echo "scale: corpus missing at $corpus" >&2; exit 1; }
teardown=(); on_exit() { teardown+=("$1"); }
trap 'for ((i=${#teardown[@]}-1; i>=0; i--)); do eval "${teardown[$i]}"; done' EXIT
cd "$root"
for s in tests/setup.d/00-apt.sh tests/setup.d/10-postgres.sh tests/setup.d/20-nats.sh; do source "$s"; done
[ -n "${MARSAD_TEST_PG:-}" ] && [ -n "${MARSAD_TEST_NATS:-}" ] || { echo "scale: needs PostgreSQL and nats-server" >&2; exit 1; }
pg_port="$(echo "$MARSAD_TEST_PG" | sed -E 's/.*Port=([0-9]+).*/\1/')"
sql() { local db="$1"; shift; psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "$db" -tAq "$@"; }
./marsad --help >/dev/null 2>&1
work="$(mktemp -d)"; on_exit "rm -rf '$work'"
input="$work/corpus.jsonl"
# The first N non-empty articles of the corpus, read in place (never copied into the repository).
python3 - "$corpus" "$n" "$input" <<'PY'
import gzip, json, sys
src, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
k = 0
with gzip.open(src, "rt", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
    for line in f:
        if k >= n: break
        if not json.loads(line).get("text", "").strip(): continue
        o.write(line); k += 1
PY
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "machine: $(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores); $n articles; $(psql --version | cut -d' ' -f3-) ; nats-server $(nats-server --version | sed 's/.*v//')"
printf '| run | articles stored | wall s | wall docs/s | steady docs/s | worker CPU s | docs per CPU-s | peak RSS per worker MB | load average |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' > "$work/table"
run() { # $1 = workers, $2 = threads per worker
  local q="BENCH$1x$2$$" db="bench_$1x$2_$$"
  sql postgres -c "CREATE DATABASE $db"
  local pg="${MARSAD_TEST_PG/Database=postgres/Database=$db}"
  echo "== $1 worker(s) x $2 thread(s); load average before: $(load)"
  ./marsad submit "$input" --nats "$MARSAD_TEST_NATS" --queue "$q" 2>&1 | sed 's/^/  submit: /'
  ./marsad submit "$input" --nats "$MARSAD_TEST_NATS" --queue "$q" 2>&1 | sed 's/^/  submit again: /'
  local t1=$(date +%s.%N) pids=()
  for w in $(seq 1 "$1"); do /usr/bin/time -f "%U %S %M" -o "$work/cpu$1x$2-$w" ./marsad worker --nats "$MARSAD_TEST_NATS" --queue "$q" --pg "$pg" --exit-when-empty -c "$2" --name "w$w" 2>"$work/w$1x$2-$w.log" & pids+=($!); done
  wait "${pids[@]}"
  local t2=$(date +%s.%N) l=$(load)
  grep -h "stored," "$work"/w$1x$2-*.log | sed 's/^/  /'
  local stored=$(sql "$db" -c "SELECT COUNT(*) FROM articles")
  local span=$(sql "$db" -c "SELECT EXTRACT(EPOCH FROM MAX(ingested_at) - MIN(ingested_at)) FROM articles")
  local cpu=$(cat "$work"/cpu$1x$2-* | awk '{ s += $1 + $2 } END { print s }') rss=$(cat "$work"/cpu$1x$2-* | awk '$3 > m { m = $3 } END { print int(m / 1024) }')
  python3 - "$1" "$2" "$stored" "$t1" "$t2" "$span" "$l" "$cpu" "$rss" >> "$work/table" <<'PY'
import sys
w, c, stored, t1, t2, span, l, cpu, rss = sys.argv[1:]
stored, wall, span, cpu = int(stored), float(t2) - float(t1), float(span), float(cpu)
print(f"| {w} worker(s) x {c} thread(s) | {stored} | {wall:.1f} | {stored / wall:.0f} | {stored / span:.0f} | {cpu:.0f} | {stored / cpu:.0f} | {rss} | {l} |")
PY
  tail -1 "$work/table" | sed 's/^/  /'
}
run 1 1
run 2 1
run 1 2
echo; cat "$work/table"
