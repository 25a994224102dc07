#!/bin/sh
# Compiler/linker launcher that records CPU time: appends "user sys output" of each compile and
# link to $HC_CPU_LOG. Measures build cost independent of machine load (docs/performance.md,
# "CI build time"); sum it with tools/cpu-summary.sh. Use on a clean build without ccache:
#   CCACHE_DISABLE=1 cmake -S . -B /tmp/b -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=$PWD/tools/cpu-launcher.sh \
#     -DCMAKE_C_COMPILER_LAUNCHER=$PWD/tools/cpu-launcher.sh -DCMAKE_CXX_LINKER_LAUNCHER=$PWD/tools/cpu-launcher.sh
#   HC_CPU_LOG=/tmp/cpu.log cmake --build /tmp/b && tools/cpu-summary.sh /tmp/cpu.log
out=""
prev=""
for a in "$@"; do
  if [ "$prev" = "-o" ]; then out="$a"; fi
  prev="$a"
done
exec /usr/bin/time -f "%U %S $out" -a -o "${HC_CPU_LOG:?set HC_CPU_LOG to a file}" "$@"
