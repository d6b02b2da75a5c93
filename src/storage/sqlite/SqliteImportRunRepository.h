// SqliteImportRunRepository: the SQLite implementation of ImportRunRepository.
#pragma once

#include "duedesk/storage/ImportRunRepository.h"
#include "storage/sqlite/Sqlite.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

#include <optional>

namespace duedesk {

class SqliteImportRunRepository final : public ImportRunRepository {
public:
    explicit SqliteImportRunRepository(SqliteLedgerDatabase& database);
    std::int64_t begin(const ImportRunRecord& run) override;
    void finish(std::int64_t runId, const ImportCounts& counts) override;
    std::int64_t count() override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
