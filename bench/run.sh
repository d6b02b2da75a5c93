#!/usr/bin/env bash
# Builds the core and the CLI in Release, without Qt Widgets (which also
# proves they build headless), and runs the scale benchmarks
# (bench/benchmark.py).
#   bench/run.sh            the 100,000-account / 2,000,000-invoice ledger
#   bench/run.sh --quick    a small ledger, under a minute (CI smoke run)
# Results: a table on stdout and bench/out/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh >/dev/null
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DDUEDESK_BUILD_TESTS=OFF -DDUEDESK_BUILD_APP=OFF >/dev/null
cmake --build build/bench -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
exec python3 bench/benchmark.py --cli build/bench/src/duedesk-cli "$@"
