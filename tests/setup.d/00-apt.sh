# Sourced by run-tests. Installs Debian packages the tests need, once, only when missing.
# Needs root (CI and the dev machines run as root: there run-tests stops if a service is missing); without it, the tests that need the missing
# service are skipped with a visible reason instead.
marsad_apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then echo "run-tests: not root, cannot install ${missing[*]}; tests needing them will be skipped" >&2; return 1; fi
  if [ -z "${MARSAD_APT_UPDATED:-}" ]; then apt-get update -qq >/dev/null 2>&1 || true; export MARSAD_APT_UPDATED=1; fi
  echo "run-tests: installing ${missing[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1
}
marsad_free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
