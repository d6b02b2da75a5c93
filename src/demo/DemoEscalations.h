// DemoEscalations: the demo ledger's escalations, written after its
// write-offs: one in a hundred accounts over 60 days past due (some three
// overdue accounts in a thousand, at least two) referred to a collection
// agency or a solicitor, at every stage from just referred to closed, each
// with its history; and two requests for the team leader's (hreid's)
// attention from analysts, still open.
#pragma once

#include "duedesk/demo/DemoPortfolio.h"
#include "duedesk/domain/User.h"

#include <vector>

namespace duedesk::demo {

struct EscalationCounts {
    std::int64_t referrals = 0;
    std::int64_t openReferrals = 0; // not closed on the as-of date
    std::int64_t attentionRequests = 0; // open on the as-of date
};

// Within the caller's transaction; `analysts` are the demo's analysts.
EscalationCounts writeDemoEscalations(LedgerDatabase& database, const DemoOptions& options,
                                      const std::vector<UserId>& analysts);

} // namespace duedesk::demo
