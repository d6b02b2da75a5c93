// DemoCreditMemos: the demo ledger's credit memo requests, written after
// its disputes and write-offs. Most disputes resolved as credited were
// settled by a credit memo: requested when the dispute was investigated,
// approved by the team leader a day or two later, and credited by the
// ERP's credit note (its reference carries the request number), allocated
// against the disputed invoices on the day the dispute closed. Of the
// disputes still under investigation about two in five wait on one,
// requested or approved; an occasional one was rejected or cancelled.
#pragma once

#include "duedesk/demo/DemoPortfolio.h"

namespace duedesk::demo {

struct CreditMemoCounts {
    std::int64_t pending = 0; // requested or approved on the as-of date
    std::int64_t credited = 0;
    std::int64_t closedOtherwise = 0; // rejected or cancelled
    std::int64_t creditNotes = 0; // written to settle the credited ones
    std::int64_t allocations = 0;
};

// Within the caller's transaction.
CreditMemoCounts writeDemoCreditMemos(LedgerDatabase& database, const DemoOptions& options);

} // namespace duedesk::demo
