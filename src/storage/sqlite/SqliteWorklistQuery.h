// SqliteWorklistQuery: the SQLite implementation of WorklistQuery.
#pragma once

#include "duedesk/storage/WorklistQuery.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteWorklistQuery final : public WorklistQuery {
public:
    explicit SqliteWorklistQuery(SqliteLedgerDatabase& database) : database_(database) {}
    std::vector<WorklistAccountFacts> forAnalyst(UserId analyst, Date on) override;
    int accountsWorked(UserId analyst, Date on) override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
