// SqliteOpenItemQuery: the SQLite implementation of OpenItemQuery.
#pragma once

#include "duedesk/storage/OpenItemQuery.h"
#include "storage/sqlite/Sqlite.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

#include <optional>

namespace duedesk {

class SqliteOpenItemQuery final : public OpenItemQuery {
public:
    explicit SqliteOpenItemQuery(SqliteLedgerDatabase& database);
    void forEach(Date asOf, OpenItemGrouping grouping, const std::function<void(const OpenItem&)>& visit) override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
