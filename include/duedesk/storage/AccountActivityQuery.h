// AccountActivityQuery: the money events of an account as the ledger
// recorded them: the changes of its documents' open amounts that imports
// and snapshot imports made, and its allocations, each once (an allocation
// is one event, though it moves two documents). The account's activity is
// assembled from these, its documents, contacts, addresses and contact log
// by accountActivity() (reports/AccountActivity.h).
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/MovementCause.h"
#include "duedesk/domain/User.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <vector>

namespace duedesk {

// A change of a document's open amount that no allocation made.
struct RecordedMovement {
    std::int64_t id = 0;
    DocumentId document = 0;
    Date effectiveOn = Date::fromDayNumber(0);
    MovementCause cause = MovementCause::Import;
    std::int64_t openChange = 0; // minor units of the document's currency (negative: less open)
};

struct RecordedAllocation {
    std::int64_t id = 0;
    DocumentId credit = 0; // the payment, credit note or adjustment
    DocumentId invoice = 0;
    Date allocatedOn = Date::fromDayNumber(0);
    std::int64_t amount = 0; // minor units of both documents' currency
    std::optional<UserId> recordedBy;
};

class AccountActivityQuery {
public:
    virtual ~AccountActivityQuery() = default;
    // In the order they were recorded.
    virtual std::vector<RecordedMovement> movements(AccountId account) = 0;
    virtual std::vector<RecordedAllocation> allocations(AccountId account) = 0;
};

} // namespace duedesk
