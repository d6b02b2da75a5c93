#!/usr/bin/env bash
# Takes screenshots of the workstation's main views on the demo ledger, as a
# user sees them, into docs/screenshots/: a real window under Xvfb, signed
# in by typing the demo password. Sizes: 1366x768 and 1920x1080.
#   scripts/screenshots.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
if [ ! -x "$build/src/app/duedesk" ]; then
  bash scripts/install-deps.sh
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDUEDESK_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)"
fi
work=$(mktemp -d)
trap 'kill ${app_pid:-} ${xvfb_pid:-} 2>/dev/null || true; rm -rf "$work"' EXIT
"$build/src/duedesk-cli" --db "$work/demo.db" demo --accounts 2000 --invoices 60000 --seed 1 >/dev/null
cp tests/data/bad-rows.csv "$work/bad-rows.csv"
mkdir -p docs/screenshots

shoot() { # WIDTHxHEIGHT
  local size=$1 display=:97
  Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
  export DISPLAY=$display XDG_CONFIG_HOME="$work/config-$size"
  "$build/src/app/duedesk" --db "$work/demo.db" &
  app_pid=$!
  # Sign in as an analyst: the user field has focus with its text selected.
  xdotool search --sync --name "Sign in to Duedesk" >/dev/null
  sleep 0.5
  xdotool type --delay 20 "amorgan"
  xdotool key Tab
  xdotool type --delay 20 "duedesk-demo"
  xdotool key Return
  local window
  window=$(xdotool search --sync --onlyvisible --name "^Duedesk$" | head -1)
  # No window manager runs under Xvfb: place and size the window ourselves.
  xdotool windowmove "$window" 0 0 windowsize "$window" "${size%x*}" "${size#*x}"
  sleep 3
  # An analyst starts on My day.
  import -window root "docs/screenshots/diary-$size.png"
  xdotool windowfocus --sync "$window" key ctrl+1
  sleep 2
  import -window root "docs/screenshots/ledger-$size.png"
  # Real input: click "Aging" in the navigation list (second entry).
  xdotool mousemove 30 44 click 1
  sleep 3
  import -window root "docs/screenshots/aging-$size.png"
  # Back to the ledger; open its first account with a double-click.
  xdotool mousemove 30 28 click 1
  sleep 1
  xdotool mousemove 420 86 click --repeat 2 --delay 80 1
  local account
  account=$(xdotool search --sync --onlyvisible --name " — Duedesk$" | head -1)
  xdotool windowmove "$account" 0 0
  sleep 2
  import -window root "docs/screenshots/account-$size.png"
  # Its contact log: the third tab.
  xdotool mousemove 268 104 click 1
  sleep 1
  import -window root "docs/screenshots/contact-log-$size.png"
  # An account with a promise and a payment plan (the demo's seed 1 gives
  # C101352 both): found by the ledger's search, its Promises & plans tab
  # (Alt+O).
  xdotool windowunmap --sync "$account"
  xdotool mousemove 300 38 click 1
  xdotool type --delay 20 "C101352"
  sleep 1.5
  xdotool key Down Return
  account=$(xdotool search --sync --onlyvisible --name "^C101352 .* — Duedesk$" | head -1)
  xdotool windowmove "$account" 0 0
  sleep 2
  xdotool windowfocus --sync "$account" key alt+o
  sleep 1.5
  import -window root "docs/screenshots/account-commitments-$size.png"
  # The ledger shows every account again.
  xdotool windowunmap --sync "$account"
  xdotool mousemove 300 38 click 1 key ctrl+a BackSpace
  # View > Cash application (Ctrl+3): the analyst's unapplied cash and
  # the matches proposed for it.
  xdotool windowfocus --sync "$window" key ctrl+3
  local cash
  cash=$(xdotool search --sync --onlyvisible --name "^Cash application" | head -1)
  xdotool windowmove "$cash" 0 0 windowsize "$cash" "${size%x*}" "${size#*x}"
  sleep 3
  import -window root "docs/screenshots/cash-$size.png"
  xdotool windowunmap --sync "$cash"
  # File > Import on a file with bad rows: the dry run lists its problems.
  xdotool windowfocus --sync "$window" key ctrl+i
  local wizard
  wizard=$(xdotool search --sync --onlyvisible --name "^Import an ERP export$" | head -1)
  xdotool windowmove "$wizard" 40 40
  sleep 0.5
  xdotool type --delay 5 "$work/bad-rows.csv"
  xdotool key Return
  sleep 2
  import -window root "docs/screenshots/import-$size.png"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  # A team leader starts on every analyst's queue side by side. A settings
  # folder of their own: the sign-in would offer amorgan, the last user.
  XDG_CONFIG_HOME="$work/config-leader-$size" "$build/src/app/duedesk" --db "$work/demo.db" &
  app_pid=$!
  xdotool search --sync --name "Sign in to Duedesk" >/dev/null
  sleep 0.5
  xdotool type --delay 20 "hreid"
  xdotool key Tab
  xdotool type --delay 20 "duedesk-demo"
  xdotool key Return
  window=$(xdotool search --sync --onlyvisible --name "^Duedesk$" | head -1)
  xdotool windowmove "$window" 0 0 windowsize "$window" "${size%x*}" "${size#*x}"
  sleep 5
  import -window root "docs/screenshots/team-queues-$size.png"
  # Diary > Collection strategies…: the demo's strategies, Standard picked.
  xdotool windowfocus --sync "$window" key alt+d s
  local strategies
  strategies=$(xdotool search --sync --onlyvisible --name "^Collection strategies$" | head -1)
  xdotool windowmove "$strategies" 0 0
  sleep 2
  xdotool windowfocus --sync "$strategies" key Down Down
  sleep 1
  import -window root "docs/screenshots/strategy-editor-$size.png"
  xdotool windowunmap --sync "$strategies"
  # View > Disputes (Ctrl+6): the team's open disputes, then the first
  # one's account on its Disputes tab (a double-click on its row).
  xdotool windowfocus --sync "$window" key ctrl+6
  sleep 3
  import -window root "docs/screenshots/disputes-$size.png"
  xdotool mousemove 400 122 click --repeat 2 --delay 80 1
  account=$(xdotool search --sync --onlyvisible --name " — Duedesk$" | head -1)
  xdotool windowmove "$account" 0 0
  sleep 2
  import -window root "docs/screenshots/account-disputes-$size.png"
  xdotool windowunmap --sync "$account"
  # View > Escalations (Ctrl+8): the demo's referrals to agencies and
  # solicitors at their stages, and the requests for hreid's attention,
  # with the team leader's actions under each table.
  xdotool windowfocus --sync "$window" key ctrl+8
  sleep 3
  import -window root "docs/screenshots/escalations-$size.png"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  # The write-off approver (limit GBP 5,000.00): View > Write-offs (Ctrl+7),
  # the demo's requests awaiting approval, those above the limit greyed and
  # marked, the first one selected (its Approve… enabled or saying why not).
  XDG_CONFIG_HOME="$work/config-approver-$size" "$build/src/app/duedesk" --db "$work/demo.db" &
  app_pid=$!
  xdotool search --sync --name "Sign in to Duedesk" >/dev/null
  sleep 0.5
  xdotool type --delay 20 "fnaylor"
  xdotool key Tab
  xdotool type --delay 20 "duedesk-demo"
  xdotool key Return
  window=$(xdotool search --sync --onlyvisible --name "^Duedesk$" | head -1)
  xdotool windowmove "$window" 0 0 windowsize "$window" "${size%x*}" "${size#*x}"
  sleep 3
  xdotool windowfocus --sync "$window" key ctrl+7
  sleep 3
  xdotool mousemove 400 110 click 1
  sleep 1
  import -window root "docs/screenshots/writeoffs-$size.png"
  # Approve… (Alt+A) on it: the request once more, to confirm.
  xdotool key alt+a
  sleep 1.5
  import -window root "docs/screenshots/writeoff-approve-$size.png"
  xdotool key Escape
  sleep 0.5
  # Its account, on the Write-offs tab (a double-click on the row).
  xdotool mousemove 400 110 click --repeat 2 --delay 80 1
  account=$(xdotool search --sync --onlyvisible --name " — Duedesk$" | head -1)
  xdotool windowmove "$account" 0 0
  sleep 2
  import -window root "docs/screenshots/account-writeoffs-$size.png"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  # The first start on a path with no ledger yet.
  "$build/src/app/duedesk" --db "$work/new-$size/duedesk.db" &
  app_pid=$!
  local welcome
  welcome=$(xdotool search --sync --onlyvisible --name "^Welcome to Duedesk$" | head -1)
  xdotool windowmove "$welcome" 40 40
  sleep 1
  import -window root "docs/screenshots/first-start-$size.png"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  kill "$xvfb_pid"; wait "$xvfb_pid" 2>/dev/null || true
}

shoot 1366x768
shoot 1920x1080
# The diary's pictures the issue and the guide refer to, at the smaller size.
cp docs/screenshots/diary-1366x768.png docs/screenshots/diary.png
cp docs/screenshots/team-queues-1366x768.png docs/screenshots/team-queues.png
cp docs/screenshots/account-commitments-1366x768.png docs/screenshots/account-commitments.png
cp docs/screenshots/strategy-editor-1366x768.png docs/screenshots/strategy-editor.png
cp docs/screenshots/disputes-1366x768.png docs/screenshots/disputes.png
cp docs/screenshots/account-disputes-1366x768.png docs/screenshots/account-disputes.png
cp docs/screenshots/writeoffs-1366x768.png docs/screenshots/writeoffs.png
cp docs/screenshots/writeoff-approve-1366x768.png docs/screenshots/writeoff-approve.png
cp docs/screenshots/account-writeoffs-1366x768.png docs/screenshots/account-writeoffs.png
cp docs/screenshots/escalations-1366x768.png docs/screenshots/escalations.png
echo "screenshots in docs/screenshots/"
ls docs/screenshots
