// The hand-computed ledger most import and aging tests start from
// (tests/data/hand-ledger.csv; its aging is worked out by hand at the top
// of tests/core/AgingTests.cpp).
#pragma once

#include "duedesk/storage/LedgerDatabase.h"

#include <memory>
#include <string>

namespace duedesk::test {

// Users amorgan and bokafor, then hand-ledger.csv imported effective
// 2026-06-30.
std::unique_ptr<LedgerDatabase> openHandLedger(const std::string& path);

} // namespace duedesk::test
