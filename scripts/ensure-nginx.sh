#!/usr/bin/env bash
# The site's caching proxy (deploy/nginx) is measured by `npm run bench` and tested by `npm test`.
# Prints the path of an nginx binary: the machine's own, or Debian's package unpacked into
# node_modules/.cache (no root needed, and no system service is installed or started).
set -euo pipefail
if command -v nginx >/dev/null 2>&1; then
  command -v nginx
  exit 0
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/node_modules/.cache/impulsregion-nginx"
binary="$target/usr/sbin/nginx"
if [ ! -x "$binary" ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "nginx fehlt. Bitte installieren (Debian/Ubuntu: sudo apt-get install nginx)." >&2
    exit 1
  fi
  download="$(mktemp -d)"
  if ! (cd "$download" && apt-get download -qq nginx >/dev/null 2>&1); then
    [ "$(id -u)" = "0" ] && apt-get update -qq >/dev/null
    (cd "$download" && apt-get download -qq nginx >/dev/null 2>&1)
  fi
  mkdir -p "$target"
  dpkg -x "$download"/nginx_*.deb "$target"
  rm -rf "$download"
fi
echo "$binary"
