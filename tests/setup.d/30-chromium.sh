# Sourced by run-tests: Debian's Chromium for the browser tests (Playwright drives it; it never
# downloads a browser of its own). Tests read MARSAD_TEST_CHROMIUM.
if [ -z "${MARSAD_TEST_CHROMIUM:-}" ]; then
  marsad_apt_install chromium || true
  if [ -x /usr/bin/chromium ]; then export MARSAD_TEST_CHROMIUM=/usr/bin/chromium; fi
fi
