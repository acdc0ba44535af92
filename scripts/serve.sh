#!/usr/bin/env bash
# Sets up what is missing, builds the release bundle and serves the
# playground at http://127.0.0.1:8080/ (PORT=... to change the port).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

printf '\033[1m==> building the release bundle\033[0m\n' >&2
trunk build --release
node scripts/bundle-size.mjs dist
exec node scripts/serve.mjs --root dist --port "${PORT:-8080}"
