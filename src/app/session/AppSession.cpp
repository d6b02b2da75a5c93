// The session and the front end's one read of the clock.
#include "app/session/AppSession.h"

#include "app/common/QtDate.h"

#include <QDate>

namespace duedesk::app {

AppSession::AppSession(LedgerLocation location, User user, Date asOf)
    : connector_(std::move(location)), user_(std::move(user)), asOf_(asOf) {}

LedgerDatabase& AppSession::database() {
    if (!database_) database_ = connector_.connect();
    return *database_;
}

Date AppSession::today() {
    const QDate d = QDate::currentDate();
    return fromQDate(d);
}

} // namespace duedesk::app
