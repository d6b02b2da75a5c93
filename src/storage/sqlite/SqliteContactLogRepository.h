// SqliteContactLogRepository: the SQLite implementation of ContactLogRepository.
#pragma once

#include "duedesk/storage/ContactLogRepository.h"
#include "storage/sqlite/Sqlite.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

#include <optional>

namespace duedesk {

class SqliteContactLogRepository final : public ContactLogRepository {
public:
    explicit SqliteContactLogRepository(SqliteLedgerDatabase& database);
    std::int64_t add(const ContactLogEntry& entry) override;
    std::vector<ContactLogEntry> forAccount(AccountId account) override;
    void forEachLatest(Date asOf, const std::function<void(const LatestContact&)>& visit) override;

private:
    SqliteLedgerDatabase& database_;
    sqlite::Statement insert_; // prepared once: the demo adds hundreds of thousands
};

} // namespace duedesk
