#!/usr/bin/env bash
# Builds the Debian package (CPack DEB) from the normal build tree — nothing is compiled again
# when build/ is up to date (tools/build.sh) — and checks it:
#   build/package/huichang_<version>-<revision>_<arch>.deb
# - the newest entry of packaging/linux/changelog must be for the version in CMakeLists.txt;
# - appstreamcli validates the AppStream metainfo, desktop-file-validate the desktop entry
#   (each when installed);
# - lintian, when installed, must report no error (warnings are printed).
# Prints the path of the .deb on the last line. docs/packaging.md describes the package.
# Env: HC_BUILD_DIR (default build), HC_PACKAGE_SKIP_LINTIAN=1 skips lintian.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${HC_BUILD_DIR:-build}"

version=$(sed -n 's/^project(Huichang VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
head=$(head -n 1 packaging/linux/changelog)
case "$head" in
  "huichang (${version}-"*) ;;
  *)
    echo "package.sh: packaging/linux/changelog starts with '${head}';" \
         "add an entry 'huichang (${version}-1) ...' for the version in CMakeLists.txt" >&2
    exit 1
    ;;
esac

if [ ! -f "${build}/CMakeCache.txt" ]; then
  echo "package.sh: no build tree in ${build}; run tools/build.sh first" >&2
  exit 1
fi
# Up to date after tools/build.sh: this only checks (and makes the man pages when missing).
cmake --build "${build}" -j"$(nproc)" --target huichang huichang-cli hc_package_files >/dev/null

mkdir -p "${build}/package"
rm -f "${build}"/package/huichang_*.deb
# CPACK_CMAKE_GENERATOR is Ninja: cpack's install step finds every target up to date.
if ! (cd "${build}" && cpack -G DEB) >"${build}/package/cpack.log" 2>&1; then
  cat "${build}/package/cpack.log" >&2
  echo "package.sh: cpack failed" >&2
  exit 1
fi
deb=$(ls "${build}"/package/huichang_"${version}"-*.deb)

if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain \
    "${build}/packaging/org.huichang.Huichang.metainfo.xml" >&2
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate packaging/linux/org.huichang.Huichang.desktop >&2
fi
if [ "${HC_PACKAGE_SKIP_LINTIAN:-0}" != 1 ] && command -v lintian >/dev/null; then
  echo "package.sh: lintian ${deb}" >&2
  # --fail-on error: warnings are listed, not fatal (docs/packaging.md lists the known ones).
  lintian --fail-on error --tag-display-limit 0 --display-info "${deb}" >&2
fi
dpkg-deb --info "${deb}" | sed -n '/Package:/,/Description:/p' >&2
echo "${deb}"
