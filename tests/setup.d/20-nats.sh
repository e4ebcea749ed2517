# Sourced by run-tests: nats-server with JetStream on loopback, random port, stopped afterwards.
# Tests read MARSAD_TEST_NATS (a nats:// URL). Set it yourself to use your own server.
if [ -z "${MARSAD_TEST_NATS:-}" ]; then
  marsad_apt_install nats-server || true
  if command -v nats-server >/dev/null 2>&1; then
    nats_dir="$(mktemp -d /tmp/marsad-nats.XXXXXX)"
    nats_port="$(marsad_free_port)"
    nats-server -js -a 127.0.0.1 -p "$nats_port" -sd "$nats_dir" >"$nats_dir/log" 2>&1 &
    nats_pid=$!
    for _ in $(seq 1 50); do (echo > "/dev/tcp/127.0.0.1/$nats_port") 2>/dev/null && break; sleep 0.1; done
    export MARSAD_TEST_NATS="nats://127.0.0.1:$nats_port"
    on_exit "kill $nats_pid 2>/dev/null; wait $nats_pid 2>/dev/null; rm -rf '$nats_dir'"
    echo "run-tests: NATS JetStream on 127.0.0.1:$nats_port" >&2
  fi
fi
