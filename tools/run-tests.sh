#!/usr/bin/env bash
# The README's test command: installs what is missing, builds everything, runs every test, builds
# the .deb and checks it installed (tools/package.sh, tools/check-package.sh; HC_SKIP_PACKAGE=1
# skips it), then the ASan + UBSan build of the non-GUI tests and a short run of each fuzz target
# (tools/run-sanitizer-tests.sh; HC_SKIP_SANITIZERS=1 skips that part locally).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
build_args=()
if [ "${HC_CI:-0}" = 1 ]; then
  # CI (.ci/run) builds from scratch, where ccache has nothing to reuse: precompiled headers
  # (HC_PCH) and line-table debug info (-g1: backtraces keep file:line) halve the compile CPU of a
  # test file. Developers' builds keep -g and no PCH, so ccache shares objects between build trees.
  # docs/performance.md, "CI build time".
  build_args=(-DHC_PCH=ON "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
    "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG")
fi
tools/build.sh "${build_args[@]}"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 600
# The .deb from the same build tree (no second compile), lintian, installed with apt-get and run,
# then purged (docs/packaging.md, "In CI"). HC_SKIP_PACKAGE=1 skips it (e.g. without root/sudo).
if [ "${HC_SKIP_PACKAGE:-0}" != 1 ]; then
  deb="$(tools/package.sh | tail -n 1)"
  tools/check-package.sh "${deb}"
fi
if [ "${HC_SKIP_SANITIZERS:-0}" != 1 ]; then
  tools/run-sanitizer-tests.sh
fi
