#!/usr/bin/env bash
# Sets up what is missing and runs every test layer:
#   1. native   `cargo test` — all pure logic (engine, shell, kubectl, lessons)
#   2. lint     rustfmt and clippy (warnings are errors)
#   3. wasm     `wasm-bindgen-test` components in headless Chromium
#   4. e2e      playwright-core against the release build on 127.0.0.1
#   5. oracle   the differential suite: each script in kubeplay's terminal
#               and in bash with the real kubectl v1.37.1 against `kubeplay api`
# Prints the release bundle size and checks it against the budget in
# scripts/bundle-budget.json (over budget counts as a failure), then one line
# `N passed, M failed` summing all layers, and exits non-zero if anything
# failed or a layer could not run.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
set +e

LOGS=target/test-logs
mkdir -p "$LOGS"
PASSED=0
FAILED=0
SUMMARY=()

# Adds up the `test result:` lines of a cargo / wasm-bindgen-test log.
count_cargo() {
    local p f
    p=$(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed' "$1" | awk '{s+=$4} END {print s+0}')
    f=$(grep -Eo '[0-9]+ failed' "$1" | awk '{s+=$1} END {print s+0}')
    echo "$p $f"
}

# record LAYER EXIT_STATUS PASSED FAILED
record() {
    local layer=$1 status=$2 p=$3 f=$4
    # A layer that exits non-zero without naming a failing test (a build
    # error, a crash) still counts as one failure.
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    PASSED=$((PASSED + p))
    FAILED=$((FAILED + f))
    SUMMARY+=("$(printf '%-7s %4d passed, %d failed' "$layer" "$p" "$f")")
}

step "layer 1/5: native cargo test"
cargo test --color never 2>&1 | tee "$LOGS/native.log"
status=${PIPESTATUS[0]}
read -r p f < <(count_cargo "$LOGS/native.log")
record native "$status" "$p" "$f"

step "layer 2/5: lint (cargo fmt --check, cargo clippy -D warnings)"
lint_p=0; lint_f=0
if cargo fmt --all -- --check >"$LOGS/fmt.log" 2>&1; then lint_p=$((lint_p + 1)); else lint_f=$((lint_f + 1)); cat "$LOGS/fmt.log"; fi
if cargo clippy --all-targets --color never -- -D warnings >"$LOGS/clippy.log" 2>&1; then lint_p=$((lint_p + 1)); else lint_f=$((lint_f + 1)); tail -40 "$LOGS/clippy.log"; fi
if cargo clippy --target wasm32-unknown-unknown --lib --bin kubeplay-web --color never -- -D warnings >"$LOGS/clippy-wasm.log" 2>&1; then lint_p=$((lint_p + 1)); else lint_f=$((lint_f + 1)); tail -40 "$LOGS/clippy-wasm.log"; fi
record lint 0 "$lint_p" "$lint_f"

step "layer 3/5: wasm-bindgen-test in headless Chromium"
cargo test --color never --target wasm32-unknown-unknown --test browser 2>&1 | tee "$LOGS/wasm.log"
status=${PIPESTATUS[0]}
read -r p f < <(count_cargo "$LOGS/wasm.log")
record wasm "$status" "$p" "$f"

step "layer 4/5: release build + end-to-end tests (playwright-core, headless Chromium)"
if trunk build --release >"$LOGS/trunk.log" 2>&1; then
    if node scripts/bundle-size.mjs dist --json target/bundle-size.json --check; then
        record budget 0 1 0
    else
        record budget 1 0 1
    fi
    node --test --test-concurrency=1 \
        --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=tap --test-reporter-destination="$LOGS/e2e.tap" \
        tests/e2e/
    status=$?
    p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$LOGS/e2e.tap" | tail -1)
    f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$LOGS/e2e.tap" | tail -1)
    record e2e "$status" "${p:-0}" "${f:-0}"
else
    tail -40 "$LOGS/trunk.log"
    record budget 1 0 1
    record e2e 1 0 1
fi

step "layer 5/5: differential suite against the real kubectl (tests/oracle)"
cargo test --color never --test oracle 2>&1 | tee "$LOGS/oracle.log"
status=${PIPESTATUS[0]}
read -r p f < <(count_cargo "$LOGS/oracle.log")
record oracle "$status" "$p" "$f"

echo
printf '%s\n' "${SUMMARY[@]}"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
