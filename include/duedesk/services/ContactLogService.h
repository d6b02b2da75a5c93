// ContactLogService: recording a contact with a customer. The entry is
// checked (contactLogProblems: an outcome, a date not after today, a
// follow-up not before the contact and within followUpDates; the person one
// of the account's contacts) and written in one
// transaction, attributed to the user who records it.
#pragma once

#include "duedesk/domain/ContactLog.h"
#include "duedesk/services/AccountContacts.h"
#include "duedesk/storage/LedgerDatabase.h"

namespace duedesk {

class ContactLogService final {
public:
    explicit ContactLogService(LedgerDatabase& database);
    // Throws ContactRejected listing every problem. Returns the entry's id.
    std::int64_t logContact(ContactLogEntry entry, const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
