// AllocationService: settles an invoice with a payment, credit note or
// adjustment of the same account and currency, on a date. Both open
// amounts fall by the allocated amount, and the change is dated so past
// aging still shows the items as they were.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Date.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/Money.h"
#include "duedesk/domain/User.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <stdexcept>

namespace duedesk {

// The allocation breaks a rule; nothing was written.
class AllocationRejected final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class AllocationService final {
public:
    explicit AllocationService(LedgerDatabase& database);
    // Recorded as allocated by `by` on `on` (which may be earlier than the
    // day they record it: cash is allocated as of the day it arrived).
    std::int64_t allocate(DocumentId creditDocument, DocumentId invoice, const Money& amount, Date on, const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
