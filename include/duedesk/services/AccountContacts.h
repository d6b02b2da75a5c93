// AccountContacts: changing a customer's addresses and contacts from the
// workstation. Nothing is overwritten: a change closes the current record
// on the day before it takes effect and adds the new one, recorded with the
// user who made it and the day they made it. Each change is one
// transaction.
#pragma once

#include "duedesk/services/ChangeRefused.h"

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Actor.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <stdexcept>

namespace duedesk {

// What is wrong with a change, every problem in plain words: "City is
// required. The country code is two letters, such as GB, DE or US; ..."
class ContactRejected final : public ChangeRefused {
public:
    using ChangeRefused::ChangeRefused;
};

class AccountContacts final {
public:
    explicit AccountContacts(LedgerDatabase& database);

    // The account's address of `address.kind` from `effective` on. Kinds:
    // billing, delivery, registered; line 1, city and a two-letter country
    // code (stored in capitals) are required (addressProblems); `effective`
    // must fall after the current address
    // of that kind began. Returns the new address's id.
    std::int64_t changeAddress(Address address, Date effective, const Actor& by);

    // A contact from `effective` on: new, or in place of `replacing` (one of
    // the account's current contacts, which ends the day before). A name and
    // a well-formed phone number or e-mail address are required
    // (contactProblems). A primary contact
    // takes over from the current primary one, which stays on as an
    // ordinary contact (recorded as a change too).
    std::int64_t saveContact(Contact contact, std::optional<std::int64_t> replacing, Date effective, const Actor& by);

    // The contact is no longer valid from `effective` on.
    void endContact(AccountId account, std::int64_t contactId, Date effective, const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
