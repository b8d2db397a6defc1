#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own browser download does not work
# offline). Installs it when missing and we may (root with apt); otherwise says what to do.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium fehlt: wird mit apt-get installiert …"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium fehlt unter $chromium_path. Bitte installieren (Debian/Ubuntu: sudo apt-get install chromium) oder CHROMIUM_PATH setzen." >&2
exit 1
