// ContactLogService: recording a contact with a customer. The entry is
// checked (contactLogProblems: a note for Other, a date not after today, a
// follow-up not before the contact and within followUpDates, and a
// follow-up at all while the account has an overdue invoice; the person
// one of the account's contacts; a correction names an entry of the same
// account) and written in one transaction, attributed to the user who
// records it, together with its diary: the account's open follow-ups due
// on or before the new one are done, and the new follow-up becomes a
// diary entry owned by the account's analyst (a contact recorded late,
// about a day before one already logged, leaves the diary as the later
// one set it). A contact with the outcome
// "Promise to pay" can bring the promise it took: both are written in the
// same transaction, so neither is kept without the other.
#pragma once

#include "duedesk/domain/CollectionStrategy.h"
#include "duedesk/domain/ContactLog.h"
#include "duedesk/domain/Diary.h"
#include "duedesk/domain/Promise.h"
#include "duedesk/services/AccountContacts.h"
#include "duedesk/storage/LedgerDatabase.h"

namespace duedesk {

// A collection strategy's step a contact works (from the worklist): it is
// recorded as done, so it is not due again in this spell of arrears.
struct WorkedStep {
    StrategyId strategy = 0;
    int daysPastDue = 0;
};

// What the follow-up asks for (the contact itself says when), and the
// strategy step the contact works, if any.
struct NextStep {
    DiaryAction action = DiaryAction::Call;
    std::string note;
    std::optional<WorkedStep> workedStep;
};

class ContactLogService final {
public:
    explicit ContactLogService(LedgerDatabase& database);
    // Throws ContactRejected listing every problem. Returns the entry's id.
    std::int64_t logContact(ContactLogEntry entry, const Actor& by, const NextStep& next = {});
    // The same with the promise the contact took (outcome Promise to pay;
    // needs Permission::TakePromises too): the promise is checked as
    // PromiseService::take checks it (throwing CommitmentRejected) and
    // linked to the new entry. Returns the entry's id.
    std::int64_t logContact(ContactLogEntry entry, const Actor& by, const NextStep& next, Promise promise);
    // Whether logging a contact on the account today needs a follow-up date.
    bool followUpRequired(AccountId account, Date today);

private:
    // Checks and writes the entry and its diary inside the caller's
    // transaction.
    std::int64_t write(ContactLogEntry entry, const Actor& by, const NextStep& next);
    LedgerDatabase& database_;
};

} // namespace duedesk
