// The session and the front end's one read of the clock.
#include "app/session/AppSession.h"

#include "app/common/QtDate.h"

#include <QDate>

namespace duedesk::app {

AppSession::AppSession(std::string databasePath, User user, Date asOf)
    : path_(std::move(databasePath)), user_(std::move(user)), asOf_(asOf) {}

LedgerDatabase& AppSession::database() {
    if (!database_) database_ = openConnection();
    return *database_;
}

std::unique_ptr<LedgerDatabase> AppSession::openConnection() const {
    return LedgerDatabase::open(path_, LedgerDatabase::OpenMode::ExistingOnly);
}

Date AppSession::today() {
    const QDate d = QDate::currentDate();
    return fromQDate(d);
}

} // namespace duedesk::app
