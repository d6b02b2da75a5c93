// recordStrategyChoices: the day's strategy assignment, run by the
// workstation once a user has signed in. Accounts that fell overdue since
// the last run are given the strategy the segment rules choose (and the
// challenger share its challenger), recorded so that the choice holds for
// the spell of arrears and the results can be compared; assignments of
// accounts paid up end. The worklist already ranks an unassigned account
// by the same choice, so nothing on screen waits for this.
#pragma once

#include "app/session/AppSession.h"

#include "duedesk/services/StrategyAssignments.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <variant>

namespace duedesk::app {

// What a run did, for the status bar; nothing when it changed nothing.
std::optional<QString> strategyChoicesText(const StrategyAssignmentCounts& counts);

// Runs StrategyAssignments::assign as of the session's day off the UI
// thread; `done` gets the outcome on the UI thread while `context` lives.
QFuture<std::variant<StrategyAssignmentCounts, std::string>>
recordStrategyChoices(AppSession& session, QObject* context,
                      std::function<void(const std::variant<StrategyAssignmentCounts, std::string>&)> done);

} // namespace duedesk::app
