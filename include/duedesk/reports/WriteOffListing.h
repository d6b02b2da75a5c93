// WriteOffListing: write-off requests as a window lists them: each with
// its account and the names of who requested and who decided it, its
// total per currency, and, for the one viewing them, why they may not
// approve it (their own request, a total above their limit), as
// WriteOffService::approve would refuse it. Read only.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/WriteOff.h"
#include "duedesk/services/WriteOffService.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string>
#include <vector>

namespace duedesk {

struct WriteOffListingRow {
    WriteOff writeOff; // with its items
    std::string accountNumber;
    std::string accountName; // the customer
    std::string requester; // full names
    std::string decidedBy; // who approved or rejected it, if anyone has
    // Per currency, in the order the currencies first appear.
    std::vector<Money> totals;
    // For a requested write-off and a viewer who may approve write-offs:
    // what approving it would be refused with, or nothing.
    std::optional<WriteOffApprovalProblem> approvalProblem;
};

struct WriteOffListingFilter {
    std::optional<WriteOffState> state; // all without one
    std::optional<AccountId> account;
};

struct WriteOffListing {
    std::vector<WriteOffListingRow> rows; // by id, oldest first
    // The viewer's write-off limit, when they have one.
    std::optional<Money> viewerLimit;
};

WriteOffListing loadWriteOffListing(LedgerDatabase& database, const WriteOffListingFilter& filter, const Actor& viewer);

} // namespace duedesk
