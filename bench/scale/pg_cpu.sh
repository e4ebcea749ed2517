#!/usr/bin/env bash
# PostgreSQL's CPU for a command: the postmaster's own plus its reaped backends' user+sys time
# (/proc/PID/stat fields 14-17), read before and after. Backends must have exited (the command's
# connections closed) for their time to be counted, so run a command that exits.
# Usage: bench/scale/pg_cpu.sh PGDATA COMMAND…
set -euo pipefail
pgdata="$1"; shift
pid="$(head -1 "$pgdata/postmaster.pid")"
ticks() { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat"; }
hz="$(getconf CLK_TCK)"
before="$(ticks)"
"$@"
sleep 1
after="$(ticks)"
echo "PostgreSQL CPU: $(python3 -c "print(f'{($after - $before) / $hz:.1f}')") s (postmaster $pid and its backends)"
