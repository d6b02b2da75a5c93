// DemoDisputes: the demo ledger's disputes, written after its diary: about
// one overdue account in twenty-five has one, for every reason, mostly on
// part of one invoice; most still open or being investigated (a few past
// their service level), the rest resolved as credited or rejected, or
// withdrawn, each with its history.
#pragma once

#include "duedesk/demo/DemoPortfolio.h"
#include "duedesk/domain/User.h"

#include <vector>

namespace duedesk::demo {

struct DisputeCounts {
    std::int64_t disputes = 0;
    std::int64_t active = 0; // open or investigating on the as-of date
    std::int64_t pastServiceLevel = 0; // of those active, past their due date
};

// Within the caller's transaction; `analysts` are the demo's analysts.
DisputeCounts writeDemoDisputes(LedgerDatabase& database, const DemoOptions& options,
                                const std::vector<UserId>& analysts);

} // namespace duedesk::demo
