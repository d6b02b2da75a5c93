// StrategyAssignments: which strategy each overdue account follows, and the
// steps worked. An account is overdue when an open invoice of it fell due
// before the day; its spell of arrears lasts while it stays so. At the
// start of a spell the segment rules choose its strategy (and whether it
// takes the rule's challenger), and the choice is recorded; it holds for
// the whole spell, whatever changes in the rules or the account meanwhile.
// When the account is no longer overdue its assignment ends, so that its
// next spell is chosen afresh by the rules of that day.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/CollectionStrategy.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <cstdint>
#include <optional>

namespace duedesk {

struct StrategyAssignmentCounts {
    int assigned = 0; // overdue accounts given a strategy now
    int challengers = 0; // of those, how many took a challenger
    int kept = 0; // overdue accounts that already followed one
    int unmatched = 0; // overdue accounts no rule chose a strategy for
    int ended = 0; // assignments ended: the account is no longer overdue
    // Overdue accounts owing in a currency without a rate to the reporting
    // currency: their rules compared the largest amount unconverted.
    int withoutRate = 0;
};

class StrategyAssignments final {
public:
    explicit StrategyAssignments(LedgerDatabase& database);

    // Needs Permission::AssignStrategies. In one transaction: every
    // account overdue on `asOf` without a current assignment gets the
    // strategy chooseStrategy picks, recorded as assigned on `asOf`; every
    // current assignment of an account not overdue on `asOf` ends on it.
    // Rules whose strategy is inactive are passed over, and an inactive
    // challenger is not taken.
    //
    // The rules' balance bounds compare the account's overdue amount in
    // the reporting currency: each currency converted at the rates in
    // force on `asOf` and added up. Without a reporting currency, or when
    // a currency has no rate, they compare the largest overdue amount in
    // any one currency, in its own minor units: amounts in two currencies
    // are never added unconverted.
    StrategyAssignmentCounts assign(Date asOf, const Actor& by);

    // Needs Permission::LogContacts (a person). Records that the step at
    // `daysPastDue` of the account's current strategy was worked today
    // (by.on), optionally by a logged contact. Throws StrategyRejected
    // when the account follows no strategy or its strategy has no such
    // step. Returns the record's id.
    std::int64_t recordStepDone(AccountId account, int daysPastDue, std::optional<std::int64_t> contactLogId,
                                const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
