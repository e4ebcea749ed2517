# Sourced by run-tests: a throwaway PostgreSQL cluster on loopback, random port, stopped afterwards.
# Tests read MARSAD_TEST_PG (an Npgsql connection string). Set it yourself to use your own server.
if [ -z "${MARSAD_TEST_PG:-}" ]; then
  marsad_apt_install postgresql || true
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
    pg_dir="$(mktemp -d /tmp/marsad-pg.XXXXXX)"
    pg_port="$(marsad_free_port)"
    chown postgres:postgres "$pg_dir" 2>/dev/null || true
    as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    if as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust --no-sync >/dev/null 2>&1 \
       && as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w -t 60 \
            -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; then
      export MARSAD_TEST_PG="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true"
      on_exit "as_pg '$pg_bin/pg_ctl' -D '$pg_dir/data' -m immediate stop >/dev/null 2>&1; rm -rf '$pg_dir'"
      echo "run-tests: PostgreSQL on 127.0.0.1:$pg_port" >&2
    else
      echo "run-tests: could not start PostgreSQL (see $pg_dir/log); PostgreSQL tests will be skipped" >&2
    fi
  fi
fi
