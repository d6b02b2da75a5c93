// The day's strategy assignment from the workstation.
#include "app/diary/StrategyChoices.h"

#include "app/common/BackgroundTask.h"

#include "duedesk/services/ApplicationLog.h"

namespace duedesk::app {

std::optional<QString> strategyChoicesText(const StrategyAssignmentCounts& counts) {
    if (counts.assigned == 0 && counts.ended == 0) return std::nullopt;
    QString text = QObject::tr("Collection strategies: %1 newly overdue account(s) given one (%2 challenger)")
                       .arg(counts.assigned)
                       .arg(counts.challengers);
    if (counts.ended > 0) text += QObject::tr("; %1 paid up, their strategy ended").arg(counts.ended);
    if (counts.unmatched > 0) text += QObject::tr("; %1 matched no rule").arg(counts.unmatched);
    return text + QLatin1Char('.');
}

QFuture<std::variant<StrategyAssignmentCounts, std::string>>
recordStrategyChoices(AppSession& session, QObject* context,
                      std::function<void(const std::variant<StrategyAssignmentCounts, std::string>&)> done) {
    return runInBackground<StrategyAssignmentCounts>(
        context,
        [connector = session.connector(), by = session.actor()] {
            auto database = connector.connect(AppSession::kChangeLockWait);
            // The rules the team leaders set choose, not the person who
            // happened to sign in first today: the trail says so.
            database->setAuditSession(AppSession::auditSession("strategy rules, at " + by.name + "'s sign-in"));
            try {
                return StrategyAssignments(*database).assign(by.on, by);
            } catch (const std::exception& e) {
                // The workstation works without it; the log says why.
                ApplicationLog::installed().failed("strategy assignment", e.what());
                throw;
            }
        },
        std::move(done));
}

} // namespace duedesk::app
