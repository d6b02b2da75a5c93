// SqliteUserRepository: the SQLite implementation of UserRepository.
#pragma once

#include "duedesk/storage/UserRepository.h"
#include "storage/sqlite/Sqlite.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

#include <optional>

namespace duedesk {

class SqliteUserRepository final : public UserRepository {
public:
    explicit SqliteUserRepository(SqliteLedgerDatabase& database);
    UserId add(const User& user, std::string_view passwordHash) override;
    std::optional<User> findByName(std::string_view name) override;
    std::optional<User> findById(UserId id) override;
    std::vector<User> all() override;
    std::optional<std::string> passwordHash(UserId id) override;
    void setPasswordHash(UserId id, std::string_view hash) override;
    void setRole(UserId id, Role role) override;
    void setActive(UserId id, bool active) override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
