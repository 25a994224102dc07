#!/usr/bin/env bash
# Installs the .deb with apt-get (its dependencies come from Debian's archive), runs the installed
# programs, then purges the package again so the machine is left as it was:
#   tools/check-package.sh build/package/huichang_<version>-<revision>_<arch>.deb
# Checks: both programs on PATH from /usr/bin and linked, `huichang-cli --version`, a demo
# database (init, demo, classify --json) in a temporary folder, `--lang en` finds the English
# translation, `huichang --version` starts the GUI program (offscreen), the man pages, desktop
# entry, icons and AppStream file are where the desktop expects them.
# Needs root (CI runs as root) or sudo. HC_KEEP_PACKAGE=1 leaves the package installed.
set -euo pipefail
deb="$(realpath "${1:?usage: tools/check-package.sh FILE.deb}")"
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
version=$(sed -n 's/^project(Huichang VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)

fail() { echo "check-package: $*" >&2; exit 1; }
tmp="$(mktemp -d)"
cleanup() {
  rm -rf "${tmp}"
  if [ "${HC_KEEP_PACKAGE:-0}" != 1 ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get purge -y -qq huichang >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

echo "check-package: apt-get install ${deb}"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${deb}" >"${tmp}/apt.log" 2>&1 ||
  { cat "${tmp}/apt.log" >&2; fail "apt-get install failed"; }
status="$(dpkg-query -W -f='${Status} ${Version}' huichang)"
[[ "${status}" == "install ok installed ${version}-"* ]] || fail "huichang: ${status}"

for p in huichang huichang-cli; do
  [ "$(command -v "$p")" = "/usr/bin/$p" ] || fail "$p is not /usr/bin/$p"
  libs="$(ldd "/usr/bin/$p")"
  if grep -q "not found" <<<"${libs}"; then
    grep "not found" <<<"${libs}" >&2
    fail "/usr/bin/$p misses libraries"
  fi
done

out="$(huichang-cli --version)"
[ "${out}" = "huichang-cli ${version}" ] || fail "huichang-cli --version printed '${out}'"
echo "check-package: ${out}"

db="${tmp}/demo.db"
huichang-cli --db "${db}" init >/dev/null
huichang-cli --db "${db}" demo --customers 200 --seed 7 --as-of 2026-06-30 >/dev/null
huichang-cli --db "${db}" classify --as-of 2026-06-30 --json >"${tmp}/classify.json"
grep -q '"as_of": "2026-06-30"' "${tmp}/classify.json" || fail "classify --json: no as_of"
grep -q '"customers": 200' "${tmp}/classify.json" || fail "classify --json: not 200 customers"
# English comes from the translation: no Chinese in the summary line of a demo database.
huichang-cli --db "${db}" --lang en classify --as-of 2026-06-30 >"${tmp}/classify-en.txt"
head -n 1 "${tmp}/classify-en.txt" | grep -q "^Customer classification as of 2026-06-30" ||
  fail "--lang en printed: $(head -n 1 "${tmp}/classify-en.txt")"
help="$(huichang-cli --lang en --help 2>&1)"
grep -q "^Usage: huichang-cli" <<<"${help}" || fail "--lang en --help printed: ${help}"
echo "check-package: demo database: $(grep -o '"counts": {[^}]*}' "${tmp}/classify.json")"

# The GUI program starts (Qt libraries and the offscreen platform plugin resolve).
out="$(HOME="${tmp}" QT_QPA_PLATFORM=offscreen huichang --version 2>/dev/null)"
case "${out}" in *"${version}"*) ;; *) fail "huichang --version printed '${out}'" ;; esac

for f in /usr/share/man/man1/huichang-cli.1.gz /usr/share/man/man1/huichang.1.gz \
  /usr/share/applications/org.huichang.Huichang.desktop \
  /usr/share/metainfo/org.huichang.Huichang.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/org.huichang.Huichang.svg \
  /usr/share/icons/hicolor/48x48/apps/org.huichang.Huichang.png \
  /usr/share/icons/hicolor/256x256/apps/org.huichang.Huichang.png \
  /usr/share/huichang/translations/huichang_en.qm \
  /usr/share/doc/huichang/copyright /usr/share/doc/huichang/changelog.Debian.gz; do
  [ -s "$f" ] || fail "missing $f"
done
man_page="$(zcat /usr/share/man/man1/huichang-cli.1.gz)"
grep -q '^\.B classify' <<<"${man_page}" || fail "the man page lists no classify"
# Every command of the installed program's help is in the man page (the last ones too).
for cmd in classify "clv refit" followups "appointment book" "audit verify"; do
  grep -q "^\\.B ${cmd}" <<<"${man_page}" || fail "the man page lists no ${cmd}"
done
echo "check-package: installed package works"
