#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS: tools/fuzz.sh TARGET SECONDS [libFuzzer options...]
# TARGET: csv import xlsx date money phone plate vin idnumber settings (fuzz/<TARGET>_fuzzer.cpp).
# Starts from the checked-in seeds (fuzz/corpus/TARGET/); inputs that find new code go to
# BUILD/fuzz/work/TARGET/, a crash to BUILD/fuzz/artifacts/TARGET/ (reproduce:
# BUILD/fuzz/fuzz_TARGET FILE). BUILD is $HC_FUZZ_BUILD_DIR or build-asan (cmake --preset asan);
# a missing target is configured and built first. Exit status: 0 when nothing was found.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: tools/fuzz.sh TARGET SECONDS [libFuzzer options...]" >&2
  echo "targets: $(ls fuzz/*_fuzzer.cpp | sed 's|fuzz/||; s|_fuzzer.cpp||' | tr '\n' ' ')" >&2
  exit 2
fi
target="$1"
seconds="$2"
shift 2
if [ ! -f "fuzz/${target}_fuzzer.cpp" ]; then
  echo "fuzz.sh: no target '${target}' (fuzz/${target}_fuzzer.cpp)" >&2
  exit 2
fi
build="${HC_FUZZ_BUILD_DIR:-build-asan}"
binary="${build}/fuzz/fuzz_${target}"
if [ ! -x "${binary}" ]; then
  if [ ! -f "${build}/CMakeCache.txt" ]; then
    cmake --preset asan >/dev/null
  fi
  cmake --build "${build}" --target "fuzz_${target}"
fi
seeds="fuzz/corpus/${target}"
work="${build}/fuzz/work/${target}"
artifacts="${build}/fuzz/artifacts/${target}/"
mkdir -p "${work}" "${artifacts}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# -rss_limit_mb / -timeout: a leak or an endless loop counts as a finding too.
exec "${binary}" -max_total_time="${seconds}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="${artifacts}" "$@" "${work}" "${seeds}"
