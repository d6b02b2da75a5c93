#!/usr/bin/env bash
# Installs what Duedesk needs, builds it, creates the demo ledger (once) and
# opens the workstation on it. Sign in as any demo user (amorgan, bokafor,
# cdubois, dpatel, hreid, fnaylor, admin) with the password duedesk-demo.
# DUEDESK_DEMO_DB chooses where the demo database lives. Without a display
# it prints the demo ledger's aging instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DDUEDESK_BUILD_TESTS=OFF >/dev/null
cmake --build build/release -j "$(nproc 2>/dev/null || echo 2)"

cli=build/release/src/duedesk-cli
db=${DUEDESK_DEMO_DB:-build/demo/demo.db}
if [ ! -f "$db" ]; then
  mkdir -p "$(dirname "$db")"
  "$cli" --db "$db" demo --accounts 2000 --invoices 60000 --seed 1
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "Sign in as amorgan (or any demo user) with the password duedesk-demo."
  exec build/release/src/app/duedesk --db "$db"
fi
echo "No display: showing the demo ledger's aging instead of the workstation."
"$cli" --db "$db" aging --by analyst
