#!/usr/bin/env bash
# One benchmark command: builds the release bundle, runs the native
# benches (engine convergence, command latency) and the browser figures
# (cold start, frame time, wasm memory) and prints one table with the
# design targets, written also to target/bench/bench.json.
#
#   ./scripts/bench.sh              # everything (about 10 min warm)
#   ./scripts/bench.sh --no-build   # reuse dist/ as it is
#   ./scripts/bench.sh --quick      # no build, skip the 5,000-pod browser run
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

BUILD=1
BROWSER_ARGS=()
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        --quick) BUILD=0; BROWSER_ARGS+=(--skip-5000) ;;
        *) echo "bench.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

mkdir -p target/bench
if [ "$BUILD" = 1 ] || [ ! -f dist/index.html ]; then
    step "release build (trunk build --release)"
    trunk build --release >target/bench/trunk.log 2>&1 || { tail -30 target/bench/trunk.log; exit 1; }
fi

step "native benches: engine convergence, command latency"
cargo bench -q --bench engine >target/bench/engine.txt
cargo bench -q --bench commands >target/bench/commands.txt

step "browser: cold start, frames at 200 pods, wasm memory at 5,000 pods"
node scripts/bench-browser.mjs "${BROWSER_ARGS[@]}" >target/bench/browser.json

node scripts/bench.mjs dist
