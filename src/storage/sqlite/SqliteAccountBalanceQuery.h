// SqliteAccountBalanceQuery: the SQLite implementation of AccountBalanceQuery.
#pragma once

#include "duedesk/storage/AccountBalanceQuery.h"
#include "storage/sqlite/Sqlite.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

#include <optional>

namespace duedesk {

class SqliteAccountBalanceQuery final : public AccountBalanceQuery {
public:
    explicit SqliteAccountBalanceQuery(SqliteLedgerDatabase& database);
    void forEach(Date asOf, const std::function<void(const AccountBalanceRow&)>& visit) override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
