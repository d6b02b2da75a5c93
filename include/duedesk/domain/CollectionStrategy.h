// Collection strategies: a sequence of steps by days past due, chosen for
// an account by the first segment rule its facts match. A rule can give a
// set share of its accounts to a challenger strategy, so that two ways of
// collecting can be compared on like accounts.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Diary.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace duedesk {

using StrategyId = std::int64_t;

struct StrategyStep {
    int daysPastDue = 0; // due once the oldest overdue item is this many days late
    DiaryAction action = DiaryAction::Call;
    std::string label; // "first letter"
    friend bool operator==(const StrategyStep&, const StrategyStep&) = default;
};

struct Strategy {
    StrategyId id = 0;
    std::string name; // "Standard", unique
    std::string description;
    bool active = true;
    std::vector<StrategyStep> steps; // by days past due, no two alike
    friend bool operator==(const Strategy&, const Strategy&) = default;
};

// A segment rule. Empty text and empty bounds match anything.
struct StrategyRule {
    std::int64_t id = 0;
    int rank = 0; // rules are tried in rank order, lowest first
    StrategyId strategyId = 0;
    std::optional<StrategyId> challengerId;
    int challengerPercent = 0; // 0..100 of the rule's accounts take the challenger
    std::string riskClass; // "D"
    std::string customerType; // "public sector"
    // Overdue balance, in minor units of the reporting currency: at least
    // minOverdue and below maxOverdue.
    std::optional<std::int64_t> minOverdue;
    std::optional<std::int64_t> maxOverdue;
    friend bool operator==(const StrategyRule&, const StrategyRule&) = default;
};

// The strategy an account follows, as recorded when it was assigned.
struct StrategyAssignment {
    std::int64_t id = 0;
    AccountId accountId = 0;
    StrategyId strategyId = 0;
    std::optional<std::int64_t> ruleId;
    bool challenger = false;
    Date assignedOn = Date::fromDayNumber(0);
    std::optional<Date> endedOn;
};

// A step worked for an account.
struct StrategyStepDone {
    AccountId accountId = 0;
    StrategyId strategyId = 0;
    int daysPastDue = 0;
    Date doneOn = Date::fromDayNumber(0);
    std::optional<UserId> doneBy;
    std::optional<std::int64_t> contactLogId;
};

} // namespace duedesk
