#!/usr/bin/env bash
# The whole test suite. Installs what the browser tests need (Debian's
# chromium and chromium-driver) when apt-get is there, then runs every test.
# Without a browser the end-to-end test is skipped (and says so).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromedriver >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
    { $SUDO apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 \
        || { $SUDO apt-get update -q >/dev/null 2>&1 && $SUDO apt-get install -y -q chromium chromium-driver >/dev/null; }; } \
        || echo "note: could not install chromium; the browser test will be skipped" >&2
fi
if command -v chromedriver >/dev/null 2>&1; then
    export DOSSIER_E2E=1
fi
cargo test --workspace --locked "$@"
