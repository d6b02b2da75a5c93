// WorklistFacts: what the worklist knows about one of an analyst's
// accounts on a day, gathered from the ledger (overdue items, diary,
// holds, contacts, promises and plans, the strategy). Ranking works on
// these alone, so its rules are tested without a database.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/CollectionStrategy.h"
#include "duedesk/domain/Diary.h"
#include "duedesk/domain/Money.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace duedesk {

// Overdue invoices of one currency by days past due: 1-30, 31-60, 61-90
// and over 90, in minor units.
struct OverdueByAge {
    Currency currency;
    std::array<std::int64_t, 4> minor{};
    std::int64_t total() const { return minor[0] + minor[1] + minor[2] + minor[3]; }
};

// A promise or an instalment whose deadline passed short, and that no
// contact has followed up since.
struct MissedCommitment {
    enum class Kind { Promise, PartlyKeptPromise, Instalment };
    Kind kind = Kind::Promise;
    Date promisedFor = Date::fromDayNumber(0); // the day the money was to arrive
    Money promised = Money::zero(Currency());
    Money paid = Money::zero(Currency());
};

struct WorklistAccountFacts {
    AccountId id = 0;
    std::string number;
    std::string name;
    std::string riskClass;
    std::string customerType;
    // Currencies with overdue invoices, counting only what is not
    // disputed: disputed money is withheld from chasing.
    std::vector<OverdueByAge> overdue;
    std::optional<Date> oldestOverdueDue; // the due date of the oldest overdue invoice not wholly disputed
    // Overdue invoices there are, but every unit on them is disputed: the
    // account is suspended while the disputes are worked.
    bool overdueAllDisputed = false;

    std::vector<DiaryEntry> dueEntries; // open, due on or before the day, soonest first
    std::optional<Date> nextEntryDue; // the earliest open entry, whenever due
    std::optional<Hold> hold; // pausing chasing on the day
    std::optional<Date> lastContact; // on or before the day

    std::vector<MissedCommitment> missed;
    bool planInGoodStanding = false; // a plan being kept suspends the strategy
    std::optional<Date> promisePending; // an open promise's date: the strategy waits for it

    std::optional<StrategyStep> dueStep; // the strategy's step due on the day
    std::optional<StrategyId> strategyId; // the strategy it follows (or would)
    std::string strategyName;
};

} // namespace duedesk
