#!/bin/sh
# Builds a demo database and writes screenshots of every main screen to docs/screenshots/*.png:
# the login dialog, reception (empty, while searching, with the customer card) and settings, for
# a manager, an advisor and a callback clerk, in Chinese (and the manager in English).
# Usage: tools/screenshots.sh [BUILD_DIR]   (default build-gui; builds huichang and huichang-cli)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build-gui}
OUT=$ROOT/docs/screenshots
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DHC_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$BUILD" --target huichang huichang-cli
APP=$BUILD/src/app/huichang
CLI=$BUILD/src/cli/huichang-cli
DB=$WORK/demo.db

"$CLI" --db "$DB" demo --customers 2000 --seed 1 --as-of 2026-06-30
printf 'Manager#2024\n' | "$CLI" --db "$DB" user add wang --role manager
printf 'Advisor#2024\n' | "$CLI" --db "$DB" user add li --role advisor
printf 'Callback#2024\n' | "$CLI" --db "$DB" user add zhao --role callback
"$CLI" --db "$DB" shop set --name "城南汽修" --phone 029-88886666 --address "西安市雁塔区"

# Settings (language, window geometry) go to a throw-away home, not the user's.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
mkdir -p "$HOME"
mkdir -p "$OUT"

shoot() {  # shoot LANG USER PASSWORD SEARCH SUFFIX
    dir=$WORK/shots-$5
    printf '%s\n' "$3" | xvfb-run -a -s "-screen 0 1366x768x24" \
        "$APP" --db "$DB" --lang "$1" --screenshot "$dir" --user "$2" --password-stdin \
        --search "$4"
    for f in "$dir"/*.png; do
        cp "$f" "$OUT/$(basename "$f" .png)$6.png"
    done
}
shoot zh wang 'Manager#2024' '陕A0' "manager" ""
shoot zh li 'Advisor#2024' 'A02' "advisor" ""
shoot zh zhao 'Callback#2024' 'A02' "callback" ""
shoot en wang 'Manager#2024' 'A02' "manager-en" "-en"
ls -1 "$OUT"
