#!/usr/bin/env bash
# Installs what Duedesk needs, builds it with warnings as errors, and runs
# the whole test suite; then the benchmarks in quick mode as a smoke run;
# then the suite again under the address and undefined-behaviour
# sanitizers. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)

echo "== format (.clang-format)"
bash scripts/check-format.sh

echo "== build (RelWithDebInfo, -Werror)"
cmake -S . -B build/check -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDUEDESK_WERROR=ON >/dev/null
cmake --build build/check -j "$jobs"
echo "== tests"
ctest --test-dir build/check --output-on-failure -j "$jobs"

echo "== benchmark smoke run (bench/run.sh --quick; no time limits asserted)"
bash bench/run.sh --quick

if [ "${DUEDESK_SKIP_SANITIZERS:-0}" != "1" ]; then
  echo "== build (Debug, address + undefined sanitizers)"
  cmake -S . -B build/sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDUEDESK_WERROR=ON -DDUEDESK_SANITIZE=ON >/dev/null
  cmake --build build/sanitize -j "$jobs"
  echo "== tests under sanitizers"
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir build/sanitize --output-on-failure -j "$jobs"
fi
