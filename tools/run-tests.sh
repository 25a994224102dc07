#!/usr/bin/env bash
# The README's test command: installs what is missing, builds everything, runs every test, then
# the ASan + UBSan build of the non-GUI tests and a short run of each fuzz target
# (tools/run-sanitizer-tests.sh; HC_SKIP_SANITIZERS=1 skips that part locally).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 600
if [ "${HC_SKIP_SANITIZERS:-0}" != 1 ]; then
  tools/run-sanitizer-tests.sh
fi
