#!/usr/bin/env bash
# Debian's Chromium for the browser tests: `source build/chromium.sh; chromium_ready`. Installs the package (root and
# apt-get) when /usr/bin/chromium is missing; on failure sets CHROMIUM_SKIP_REASON and returns 1. Playwright drives it
# (ExecutablePath): no browser is downloaded; axe-core comes inside the Deque.AxeCore.Playwright package.

chromium_ready() {
  [ -x "${TILDA_CHROMIUM:-/usr/bin/chromium}" ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    CHROMIUM_SKIP_REASON="Chromium is not installed and this user cannot install it (needs root and apt-get)"
    return 1
  fi
  echo "Installing Chromium from Debian's packages…"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; }; then
    CHROMIUM_SKIP_REASON="apt-get install chromium failed"
    return 1
  fi
}
