// UserRepository: the people who sign in to Duedesk.
#pragma once

#include "duedesk/domain/User.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string_view>
#include <vector>

namespace duedesk {

class UserRepository {
public:
    virtual ~UserRepository() = default;
    // Throws StorageError if the name is taken (names ignore case).
    virtual UserId add(const User& user, std::string_view passwordHash = {}) = 0;
    virtual std::optional<User> findByName(std::string_view name) = 0;
    virtual std::optional<User> findById(UserId id) = 0;
    virtual std::vector<User> all() = 0;
    virtual std::optional<std::string> passwordHash(UserId id) = 0;
    virtual void setPasswordHash(UserId id, std::string_view hash) = 0;
    virtual void setRole(UserId id, Role role) = 0;
    virtual void setActive(UserId id, bool active) = 0;
};

} // namespace duedesk
