#!/usr/bin/env bash
# Sums a tools/cpu-launcher.sh log per target: CPU seconds (user+sys) of compiles, precompiled
# headers and links, heaviest first, then the total. tools/cpu-summary.sh LOG
set -euo pipefail
log="${1:?usage: tools/cpu-summary.sh LOG}"
tmp="$(mktemp)"
trap 'rm -f "${tmp}"' EXIT
awk '
  {
    cpu = $1 + $2; out = $3
    if (match(out, /CMakeFiles\/[^\/]+\.dir\//)) {
      t = substr(out, RSTART + 11, RLENGTH - 16)
      if (out ~ /cmake_pch\.hxx\.(gch|pch)$/) kind = "pch"; else kind = "compile"
    } else { n = split(out, p, "/"); t = p[n]; kind = "link" }
    s[t] += cpu; c[t, kind] += cpu; files[t] += (kind == "compile"); total += cpu; k[kind] += cpu
  }
  END {
    for (t in s) printf "%8.1f s  %-24s %4d files  compile %7.1f  pch %6.1f  link %6.1f\n", s[t], t, files[t], c[t, "compile"], c[t, "pch"], c[t, "link"]
    printf "%8.1f s  TOTAL (compile %.1f, pch %.1f, link %.1f)\n", total, k["compile"], k["pch"], k["link"] > totals
  }' totals="${tmp}" "${log}" | sort -rn
cat "${tmp}"
