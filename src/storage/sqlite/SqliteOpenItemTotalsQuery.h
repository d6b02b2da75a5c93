// SqliteOpenItemTotalsQuery: the SQLite implementation of OpenItemTotalsQuery.
#pragma once

#include "duedesk/storage/OpenItemTotalsQuery.h"
#include "storage/sqlite/Sqlite.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

#include <optional>

namespace duedesk {

class SqliteOpenItemTotalsQuery final : public OpenItemTotalsQuery {
public:
    explicit SqliteOpenItemTotalsQuery(SqliteLedgerDatabase& database);
    bool coversDate(Date asOf) override;
    void forEach(OpenItemGrouping grouping, const std::function<void(const OpenItem&)>& visit) override;
    std::int64_t countMismatches() override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
