// SqliteLedgerExportQuery: the SQLite implementation of LedgerExportQuery.
#pragma once

#include "duedesk/storage/LedgerExportQuery.h"
#include "storage/sqlite/Sqlite.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

#include <optional>

namespace duedesk {

class SqliteLedgerExportQuery final : public LedgerExportQuery {
public:
    explicit SqliteLedgerExportQuery(SqliteLedgerDatabase& database);
    std::int64_t count() override;
    void forEach(const std::function<void(const ExportedDocument&)>& visit) override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
