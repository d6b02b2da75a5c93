// SqliteAccountActivityQuery: the SQLite implementation of AccountActivityQuery.
#pragma once

#include "duedesk/storage/AccountActivityQuery.h"
#include "storage/sqlite/Sqlite.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteAccountActivityQuery final : public AccountActivityQuery {
public:
    explicit SqliteAccountActivityQuery(SqliteLedgerDatabase& database);
    std::vector<RecordedMovement> movements(AccountId account) override;
    std::vector<RecordedAllocation> allocations(AccountId account) override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
