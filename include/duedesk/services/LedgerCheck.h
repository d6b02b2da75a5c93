// LedgerCheck: verifies what the ledger keeps beside its documents, for an
// administrator or an auditor: SQLite's own integrity check and that the
// open-item totals equal a recomputation from the documents.
#pragma once

#include "duedesk/storage/LedgerDatabase.h"

#include <string>
#include <vector>

namespace duedesk {

struct LedgerCheckResult {
    std::vector<std::string> problems; // empty when all is well
    std::int64_t documents = 0;
    std::int64_t openItems = 0;
};

LedgerCheckResult checkLedger(LedgerDatabase& database);

} // namespace duedesk
