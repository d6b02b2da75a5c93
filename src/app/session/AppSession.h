// AppSession: what the workstation's windows share: the database file, the
// UI thread's connection, the signed-in user and the as-of date (today,
// read from the clock here in the front end and nowhere below it).
#pragma once

#include "duedesk/domain/Date.h"
#include "duedesk/domain/User.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <memory>
#include <string>

namespace duedesk::app {

class AppSession final {
public:
    AppSession(std::string databasePath, User user, Date asOf);
    const std::string& databasePath() const { return path_; }
    const User& user() const { return user_; }
    Date asOf() const { return asOf_; }
    // The UI thread's connection. Background work opens its own.
    LedgerDatabase& database();
    std::unique_ptr<LedgerDatabase> openConnection() const;

    static Date today();

private:
    std::string path_;
    User user_;
    Date asOf_;
    std::unique_ptr<LedgerDatabase> database_;
};

} // namespace duedesk::app
