// SqliteLedgerIntegrity: SQLite's own integrity and foreign-key checks.
#pragma once

#include "duedesk/storage/LedgerIntegrity.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteLedgerIntegrity final : public LedgerIntegrity {
public:
    explicit SqliteLedgerIntegrity(SqliteLedgerDatabase& database) : database_(database) {}
    std::vector<std::string> storeProblems() override;
    LedgerCounts counts() override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
