// DemoDiary: the demo ledger's collections work in progress, written after
// its accounts: the default strategies with each overdue account assigned
// (a fifth of the standard ones to the challenger), the steps the
// analysts have worked, their latest contacts with the follow-ups they
// set, and holds with their reasons; so the diary on the demo is a
// believable morning's work (a few dozen items per analyst).
#pragma once

#include "duedesk/demo/DemoPortfolio.h"
#include "duedesk/domain/User.h"

#include <vector>

namespace duedesk::demo {

struct DiaryCounts {
    std::int64_t assigned = 0; // overdue accounts given a strategy
    std::int64_t followUps = 0; // open diary entries
    std::int64_t holds = 0;
};

// Within the caller's transaction; `analysts` are the demo's analysts.
DiaryCounts writeDemoDiary(LedgerDatabase& database, const DemoOptions& options, const std::vector<UserId>& analysts);

} // namespace duedesk::demo
