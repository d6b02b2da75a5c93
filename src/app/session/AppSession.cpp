// The session and the front end's one read of the clock.
#include "app/session/AppSession.h"

#include "app/common/QtDate.h"

#include <QDate>
#include <QDateTime>

namespace duedesk::app {

AppSession::AppSession(LedgerLocation location, User user, Date asOf)
    : connector_(std::move(location)), user_(std::move(user)), asOf_(asOf) {
    connector_.setAuditSession(auditSession(user_.name));
}

LedgerDatabase& AppSession::database() {
    if (!database_) database_ = connector_.connect();
    return *database_;
}

Date AppSession::today() {
    const QDate d = QDate::currentDate();
    return fromQDate(d);
}

AuditSession AppSession::auditSession(std::string actor) {
    return {std::move(actor), [] {
                return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toStdString();
            }};
}

} // namespace duedesk::app
