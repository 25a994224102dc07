#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, creates a demo database when there is
# none yet, and opens the app on it. Extra arguments are passed to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
DATA_DIR="${XDG_DATA_HOME:-$HOME/.local/share}/Huichang/huichang"
DB="$DATA_DIR/huichang.db"
if [ ! -f "$DB" ]; then
  mkdir -p "$DATA_DIR"
  echo "run-app: creating a demo database at $DB (3,000 customers)"
  build/src/cli/huichang-cli --db "$DB" init >/dev/null
  build/src/cli/huichang-cli --db "$DB" demo --customers 3000 --seed 1 >/dev/null
  # The documented demo password passes the password rules (docs/security.md); the users are
  # created through the same service as in the app. Change it in the app (账户 → 修改密码).
  printf 'huichang-demo\n' | build/src/cli/huichang-cli --db "$DB" user add admin --role manager >/dev/null || true
  printf 'huichang-demo\n' | build/src/cli/huichang-cli --db "$DB" user add advisor --role advisor >/dev/null || true
  printf 'huichang-demo\n' | build/src/cli/huichang-cli --db "$DB" user add callback --role callback >/dev/null || true
  echo "run-app: users admin / advisor / callback, password: huichang-demo"
fi
if [ -x build/src/app/huichang ]; then
  exec build/src/app/huichang --db "$DB" "$@"
fi
echo "run-app: the GUI is not built; classification of the demo database as of today:"
build/src/cli/huichang-cli --db "$DB" classify --as-of "$(date +%F)" --json | head -c 2000
echo
