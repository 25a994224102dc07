#!/usr/bin/env bash
# Installs the Debian 12 packages Huichang needs to build, test and run — only those missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n libgl-dev
  nlohmann-json3-dev libspdlog-dev libsqlite3-dev sqlite3 libicu-dev
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  libquazip1-qt6-dev libxlsxwriter-dev zlib1g-dev
  libboost-dev libnlopt-cxx-dev
  clang-14 libclang-rt-14-dev
  fonts-noto-cjk xvfb xauth poppler-utils
  lintian appstream desktop-file-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
