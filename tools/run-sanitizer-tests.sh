#!/usr/bin/env bash
# ASan + UBSan build (CMake preset "asan": clang-14, no GUI) of the non-GUI libraries, their test
# binaries and the libFuzzer targets; runs those tests and each fuzz target for
# HC_FUZZ_CI_SECONDS (default 5) from its seed corpus. Called by tools/run-tests.sh (CI);
# docs/security.md "Fuzzing and sanitizers". Extra args go to ctest (e.g. -R fuzz.csv).
set -euo pipefail
cd "$(dirname "$0")/.."
# In CI (HC_CI=1, .ci/run) with precompiled headers, as tools/run-tests.sh.
pch=OFF
if [ "${HC_CI:-0}" = 1 ]; then pch=ON; fi
cmake --preset asan -DHC_FUZZ_CI_SECONDS="${HC_FUZZ_CI_SECONDS:-5}" -DHC_PCH="${pch}" >/dev/null
cmake --build --preset asan -j"$(nproc)"
ctest --preset asan -j"$(nproc)" "$@"
