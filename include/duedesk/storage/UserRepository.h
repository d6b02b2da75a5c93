// UserRepository: the people who sign in to Duedesk.
#pragma once

#include "duedesk/domain/User.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string_view>
#include <vector>

namespace duedesk {

class UserRepository final {
public:
    explicit UserRepository(LedgerDatabase& database);

    // Throws StorageError if the name is taken (names ignore case).
    UserId add(const User& user, std::string_view passwordHash = {});
    std::optional<User> findByName(std::string_view name);
    std::optional<User> findById(UserId id);
    std::vector<User> all();
    std::optional<std::string> passwordHash(UserId id);
    void setPasswordHash(UserId id, std::string_view hash);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
