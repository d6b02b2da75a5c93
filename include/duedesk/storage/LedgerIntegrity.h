// Low-level integrity facts of a ledger file.
#pragma once

#include "duedesk/storage/LedgerDatabase.h"

#include <string>
#include <vector>

namespace duedesk {

// SQLite's integrity_check and foreign_key_check, as messages.
std::vector<std::string> sqliteIntegrityProblems(LedgerDatabase& database);

struct LedgerCounts {
    std::int64_t documents = 0;
    std::int64_t openItems = 0;
};
LedgerCounts ledgerCounts(LedgerDatabase& database);

} // namespace duedesk
