// ContactLogService: recording a contact with a customer. The entry is
// checked (contactLogProblems: a note for Other, a date not after today, a
// follow-up not before the contact and within followUpDates, and a
// follow-up at all while the account has an overdue invoice; the person
// one of the account's contacts; a correction names an entry of the same
// account) and written in one transaction, attributed to the user who
// records it, together with its diary: the account's open follow-ups due
// on or before the new one are done, and the new follow-up becomes a
// diary entry owned by the account's analyst.
#pragma once

#include "duedesk/domain/ContactLog.h"
#include "duedesk/domain/Diary.h"
#include "duedesk/services/AccountContacts.h"
#include "duedesk/storage/LedgerDatabase.h"

namespace duedesk {

// What the follow-up asks for; the contact itself says when.
struct NextStep {
    DiaryAction action = DiaryAction::Call;
    std::string note;
};

class ContactLogService final {
public:
    explicit ContactLogService(LedgerDatabase& database);
    // Throws ContactRejected listing every problem. Returns the entry's id.
    std::int64_t logContact(ContactLogEntry entry, const Actor& by, const NextStep& next = {});
    // Whether logging a contact on the account today needs a follow-up date.
    bool followUpRequired(AccountId account, Date today);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
