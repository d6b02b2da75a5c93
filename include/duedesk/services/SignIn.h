// SignIn: who is using Duedesk. Everything a signed-in user does is
// attributed to them.
#pragma once

#include "duedesk/domain/User.h"
#include "duedesk/services/ApplicationLog.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string_view>

namespace duedesk {

class SignIn final {
public:
    // Attempts are logged (user name and outcome) to `log`.
    explicit SignIn(LedgerDatabase& database, ApplicationLog log = ApplicationLog::installed());
    // The user, when the name exists, the account is active and the
    // password matches its stored hash; otherwise nothing (the caller says
    // only that sign-in failed, never which part).
    std::optional<User> attempt(std::string_view name, std::string_view password);
    // Sets a new password (at least 8 characters, else std::invalid_argument).
    void setPassword(UserId user, std::string_view password);

private:
    LedgerDatabase& database_;
    ApplicationLog log_;
};

} // namespace duedesk
