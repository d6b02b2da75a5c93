// AllocationService: settles an invoice with a payment, credit note or
// adjustment of the same account and currency, on a date, and reverses
// such a settlement. Both open amounts fall by the allocated amount (and
// rise again when it is reversed), and every change is dated so past aging
// still shows the items as they were. An allocation is never deleted: its
// reversal is a record of its own.
#pragma once

#include "duedesk/services/ChangeRefused.h"

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Date.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/Money.h"
#include "duedesk/domain/User.h"
#include "duedesk/storage/LedgerDatabase.h"
#include "duedesk/storage/UnitOfWork.h"

#include <optional>
#include <stdexcept>

namespace duedesk {

// The allocation breaks a rule; nothing was written.
class AllocationRejected final : public ChangeRefused {
public:
    using ChangeRefused::ChangeRefused;
};

class AllocationService final {
public:
    explicit AllocationService(LedgerDatabase& database);
    // Recorded as allocated by `by` on `on` (which may be earlier than the
    // day they record it: cash is allocated as of the day it arrived), in a
    // transaction of its own. Returns the allocation's id.
    std::int64_t allocate(DocumentId creditDocument, DocumentId invoice, const Money& amount, Date on, const Actor& by);
    // The same inside the caller's unit of work on this service's ledger,
    // so that several allocations are kept or dropped together.
    std::int64_t allocate(UnitOfWork& work, DocumentId creditDocument, DocumentId invoice, const Money& amount, Date on,
                          const Actor& by);
    // Undoes the allocation from `on` (not before its own date): both open
    // amounts rise again by its amount, effective that day, recorded as
    // reversed by `by`. An allocation is reversed once. Returns the
    // reversal's id.
    std::int64_t reverse(std::int64_t allocationId, Date on, const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
