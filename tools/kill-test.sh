#!/usr/bin/env bash
# Kill test at scale (issue 13 item 3): SIGKILLs huichang-cli at random moments while it imports a
# CSV, voids a visit, writes a backup and upgrades a schema-4 database, ITERATIONS runs in all
# (split evenly over the four commands); after each, the database must pass integrity_check and
# hold the data before or after the command (tests/faults/KillTest.cpp). CI runs 24 per command.
#   tools/kill-test.sh ITERATIONS [SEED]      (build dir: $BUILD_DIR, default build)
set -euo pipefail
cd "$(dirname "$0")/.."
iterations=${1:?usage: tools/kill-test.sh ITERATIONS [SEED]}
seed=${2:-$(date +%s)}
build=${BUILD_DIR:-build}
if [[ ! -x "$build/tests/hc_fault_tests" ]]; then
  cmake --build "$build" --target hc_fault_tests huichang-cli
fi
per=$(( (iterations + 3) / 4 ))
echo "kill test: $((per * 4)) runs ($per per command), seed $seed"
start=$(date +%s)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
HC_KILL_ITERATIONS=$per HC_KILL_SEED=$seed "$build/tests/hc_fault_tests" \
  --gtest_filter='Cli/KillTest.*' >"$log" 2>&1 || status=$?
if [[ $status -ne 0 ]]; then
  grep -v '^\[20' "$log" | tail -n 60  # the failures, without the program's log lines
fi
grep -E '^\[( kill|  FAILED|  PASSED) ' "$log" || true
echo "elapsed: $(( $(date +%s) - start )) s"
exit "$status"
