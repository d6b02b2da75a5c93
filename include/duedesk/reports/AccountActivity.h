// AccountActivity: the whole history of an account in date order, oldest
// first: its documents as they were recorded, the changes imports made to
// their open amounts, its allocations, its logged contacts, and its address
// and contact changes, each once. Every entry that moves money says how it
// changed what the customer owes, and the balance after it in its
// currency, so the last balance of each currency is the account's balance.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/ContactLog.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/MovementCause.h"
#include "duedesk/storage/AccountActivityQuery.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace duedesk {

enum class ActivityKind {
    DocumentRecorded, // dated by the document's date
    OpenAmountChanged, // by an import or a snapshot import (the cause says which)
    Allocation, // a payment, credit note or adjustment applied to an invoice: the balance stays
    ContactLogged,
    AddressAdded, // the first address of its kind
    AddressChanged, // in place of the address of its kind that ended the day before
    AddressEnded, // with no address of its kind after it
    ContactAdded,
    ContactChanged, // in place of a contact of the same name that ended the day before
    ContactEnded, // dated the first day it was no longer valid
};

struct DocumentRef {
    DocumentType type = DocumentType::Invoice;
    std::string number;
};

struct ActivityEntry {
    Date on = Date::fromDayNumber(0);
    ActivityKind kind = ActivityKind::DocumentRecorded;
    std::optional<DocumentRef> document; // an allocation's payment or credit
    std::optional<DocumentRef> appliedTo; // an allocation's invoice
    // How the entry changed what the customer owes (positive: owes more),
    // and the balance in that currency after it; none when no money moved.
    std::optional<Money> balanceChange;
    std::optional<Money> balanceAfter;
    // A document's amount, or the amount an allocation applied.
    std::optional<Money> amount;
    std::optional<Date> dueDate; // a recorded invoice's
    std::optional<MovementCause> cause; // OpenAmountChanged
    std::variant<std::monostate, ContactLogEntry, Contact, Address> record;
    std::optional<UserId> recordedBy;
};

// `documents` are all of the account's documents (open and closed).
std::vector<ActivityEntry> accountActivity(const std::vector<Document>& documents,
                                           const std::vector<RecordedMovement>& movements,
                                           const std::vector<RecordedAllocation>& allocations,
                                           const std::vector<Contact>& contacts, const std::vector<Address>& addresses,
                                           const std::vector<ContactLogEntry>& contactLog);

} // namespace duedesk
