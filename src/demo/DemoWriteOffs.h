// DemoWriteOffs: the demo ledger's write-offs, written after its disputes:
// the write-off approver (fnaylor) and a team leader (hreid) have limits,
// and about one overdue account in a hundred has a request on its oldest
// invoice (small balances, insolvent customers, a few uneconomic to
// pursue): the recent ones still requested, the older ones approved or
// posted (which closed their amounts), one rejected.
#pragma once

#include "duedesk/demo/DemoPortfolio.h"
#include "duedesk/domain/User.h"

#include <vector>

namespace duedesk::demo {

struct WriteOffCounts {
    std::int64_t requested = 0; // waiting for an approver
    std::int64_t approved = 0; // waiting to be posted
    std::int64_t posted = 0;
    std::int64_t rejected = 0;
};

// Within the caller's transaction; `analysts` are the demo's analysts.
WriteOffCounts writeDemoWriteOffs(LedgerDatabase& database, const DemoOptions& options,
                                  const std::vector<UserId>& analysts);

} // namespace duedesk::demo
