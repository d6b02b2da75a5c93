#!/usr/bin/env bash
# The workstation's responsiveness on the 100,000-account / 2,000,000-invoice
# demo ledger, beside a reference measured in the same run: the sqlite3
# shell reading the rows the ledger list needs (balances by account and
# currency, the accounts, each account's latest contact). Best of three.
#   bench/run-gui.sh [DATABASE]   (default build/bench-gui/big.db, made if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/release
db=${1:-build/bench-gui/big.db}
if [ ! -x "$build/bench/duedesk-gui-bench" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDUEDESK_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)"
fi
if [ ! -f "$db" ]; then
  mkdir -p "$(dirname "$db")"
  "$build/src/duedesk-cli" --db "$db" demo --accounts 100000 --invoices 2000000
fi
today=$(( $(date -u +%s) / 86400 ))
reference_sql=$(cat <<SQL
.output /dev/null
SELECT account_id, currency, sum(CASE WHEN type = 1 THEN open_amount ELSE -open_amount END),
       sum(CASE WHEN type = 1 AND due_date < $today THEN open_amount ELSE 0 END), min(CASE WHEN type = 1 THEN due_date END)
FROM documents WHERE open_amount <> 0 GROUP BY account_id, currency;
SELECT a.id, a.number, a.name, coalesce(u.name, ''), a.risk_class, a.status, a.credit_limit, coalesce(a.credit_limit_currency, '')
FROM accounts a LEFT JOIN users u ON u.id = a.analyst_id ORDER BY a.number;
SELECT account_id, contacted_on, follow_up_on FROM contact_log WHERE contacted_on <= $today ORDER BY account_id, contacted_on, id;
SQL
)
best_ref=""
for _ in 1 2 3; do
  start=$(date +%s%N)
  sqlite3 "$db" <<<"$reference_sql"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ -z "$best_ref" ] || [ "$ms" -lt "$best_ref" ]; then best_ref=$ms; fi
done
best=""
for _ in 1 2 3; do
  out=$(QT_QPA_PLATFORM=offscreen "$build/bench/duedesk-gui-bench" "$db" amorgan 2>/dev/null)
  start_ms=$(awk '/^start_to_interactive_ms/ {print $2}' <<<"$out")
  if [ -z "$best" ] || [ "$start_ms" -lt "$(awk '/^start_to_interactive_ms/ {print $2}' <<<"$best")" ]; then best=$out; fi
done
echo "$best"
echo "reference_sqlite3_read_ms $best_ref"
awk -v ref="$best_ref" '/^start_to_interactive_ms/ {printf "start_to_interactive_ratio %.2f\n", $2 / ref}' <<<"$best"
awk -v ref="$best_ref" '/^start_to_diary_ms/ {printf "start_to_diary_ratio %.2f\n", $2 / ref}' <<<"$best"
