// What the diary pages load off the UI thread, each from a connection of
// its own: one analyst's day (the ranked worklist and the counts of "My
// day") and the team leader's overview of every analyst's queue. The
// ranking and the counts are the core's (loadWorklist, summarize); these
// only gather them for a view.
#pragma once

#include "duedesk/domain/CurrencyTotals.h"
#include "duedesk/domain/User.h"
#include "duedesk/reports/Worklist.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <functional>
#include <vector>

namespace duedesk::app {

// One analyst's diary on a day.
struct DiaryDay {
    Worklist worklist;
    DaySummary summary;
};
DiaryDay loadDiaryDay(LedgerDatabase& database, UserId analyst, Date on);

// One row of the team leader's overview.
struct AnalystQueue {
    User analyst;
    DaySummary day;
    std::vector<AccountId> accounts; // every account they collect
    // Overdue on all their accounts: in the reporting currency where a rate
    // converts it, and per currency what no rate converts.
    std::int64_t overdueConverted = 0;
    CurrencyTotals overdueWithoutRate;
};

struct TeamQueues {
    Currency reportingCurrency;
    std::vector<AnalystQueue> analysts; // by sign-in name
};

// Who may own accounts and so has a queue: active analysts and team
// leaders (accountOwnerProblem), by sign-in name.
std::vector<User> queueOwners(LedgerDatabase& database);

// Every analyst's day on `on`, and every team leader's who collects
// accounts. `progress` hears how many analysts are
// done, out of queueOwners().size() + 1 (the ledger's totals first).
TeamQueues loadTeamQueues(LedgerDatabase& database, Date on, const std::function<void(int)>& progress = {});

} // namespace duedesk::app
