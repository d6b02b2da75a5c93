// SqliteSettingsRepository: the SQLite implementation of SettingsRepository.
#pragma once

#include "duedesk/storage/SettingsRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteSettingsRepository final : public SettingsRepository {
public:
    explicit SqliteSettingsRepository(SqliteLedgerDatabase& database) : database_(database) {}
    std::optional<std::string> get(std::string_view key) override;
    void set(std::string_view key, std::string_view value) override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
