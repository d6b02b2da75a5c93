// AccountActivityQuery: every dated change of an account's documents' open
// amounts (imports, allocations, snapshot closings), newest first: the
// account's activity as the ledger recorded it.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/MovementCause.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <string>
#include <vector>

namespace duedesk {

struct ActivityEntry {
    Date effectiveOn = Date::fromDayNumber(0);
    std::string documentNumber;
    DocumentType documentType = DocumentType::Invoice;
    MovementCause cause = MovementCause::Import;
    Money change = Money::zero(Currency()); // change of the open amount (negative: settled)
};

class AccountActivityQuery {
public:
    virtual ~AccountActivityQuery() = default;
    virtual std::vector<ActivityEntry> forAccount(AccountId account) = 0;
};

} // namespace duedesk
