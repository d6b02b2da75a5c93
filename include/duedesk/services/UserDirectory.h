// UserDirectory: looking up and adding the people who use Duedesk.
#pragma once

#include "duedesk/services/ChangeRefused.h"

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/User.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace duedesk {

// A user that cannot be added (bad name, name taken).
class UserRejected final : public ChangeRefused {
public:
    using ChangeRefused::ChangeRefused;
};

class UserDirectory final {
public:
    explicit UserDirectory(LedgerDatabase& database);
    std::optional<User> find(std::string_view name);
    std::vector<User> all();
    // Names are 2 to 32 of a-z, 0-9, '.', '_', '-', starting with a letter.
    // Only an actor allowed to manage users may add one.
    UserId add(const User& user, const Actor& by);
    // Sets a user's password (at least 8 characters), so a user added
    // without one, or created by an import, can sign in. Only an actor
    // allowed to manage users may; UserRejected for an unknown user or a
    // password too short.
    void setPassword(std::string_view name, std::string_view password, const Actor& by);
    // Gives a user another role (what they may do changes at their next
    // sign-in). Only an actor allowed to manage users may, and the ledger
    // keeps at least one active administrator.
    void setRole(std::string_view name, Role role, const Actor& by);
    // An inactive user cannot sign in; their records stay theirs. The same
    // rules as setRole, and nobody deactivates themselves.
    void setActive(std::string_view name, bool active, const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
