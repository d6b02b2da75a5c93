// AppSession: what the workstation's windows share: where the ledger is
// (its LedgerConnector, the one place views get connections from), the UI
// thread's connection, the signed-in user and the as-of date (today, read
// from the clock here in the front end and nowhere below it).
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Date.h"
#include "duedesk/domain/User.h"
#include "duedesk/storage/LedgerConnector.h"

#include <chrono>
#include <memory>

namespace duedesk::app {

class AppSession final {
public:
    AppSession(LedgerLocation location, User user, Date asOf);
    const LedgerLocation& location() const { return connector_.location(); }
    // Hands background work a connection of its own; copy it into the work.
    const LedgerConnector& connector() const { return connector_; }
    const User& user() const { return user_; }
    Date asOf() const { return asOf_; }
    // The signed-in user acting today: what every change is recorded as.
    Actor actor() const { return Actor::person(user_, asOf_); }
    // The UI thread's connection, for quick reads. Changes and long reads
    // run on the pool with a connection from connector().
    LedgerDatabase& database();

    // How long a change from the window waits for another writer (an
    // import) before it gives up; the window stays usable meanwhile.
    static constexpr std::chrono::milliseconds kChangeLockWait{120'000};

    static Date today();
    // The audit trail's session for changes made as `actor`: the clock is
    // the workstation's, in UTC.
    static AuditSession auditSession(std::string actor);

private:
    LedgerConnector connector_;
    User user_;
    Date asOf_;
    std::unique_ptr<LedgerDatabase> database_;
};

} // namespace duedesk::app
