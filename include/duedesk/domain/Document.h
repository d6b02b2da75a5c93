// Documents of the ledger (invoices, credit notes, payments, adjustments)
// and the allocations that settle one against another.
//
// Amounts are stored as positive magnitudes; the document type says on
// which side of the balance they fall. An invoice raises what the customer
// owes, a credit note, payment or adjustment lowers it.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Date.h"
#include "duedesk/domain/Money.h"

#include <optional>
#include <string>
#include <string_view>

namespace duedesk {

using DocumentId = std::int64_t;

enum class DocumentType { Invoice = 1, CreditNote = 2, Payment = 3, Adjustment = 4 };

std::string_view documentTypeName(DocumentType type); // "invoice", "credit_note", "payment", "adjustment"
std::optional<DocumentType> documentTypeFromName(std::string_view name);

// Invoices are debits (the customer owes them); everything else is a
// credit that lowers the balance until it is allocated.
inline bool isDebit(DocumentType type) { return type == DocumentType::Invoice; }
// +1 for debits, -1 for credits: the sign an open amount carries in a balance.
inline int balanceSign(DocumentType type) { return isDebit(type) ? 1 : -1; }

struct Document {
    DocumentId id = 0;
    AccountId accountId = 0;
    DocumentType type = DocumentType::Invoice;
    std::string number;
    Date documentDate = Date::fromDayNumber(0);
    Date dueDate = Date::fromDayNumber(0);
    Money amount = Money::zero(Currency()); // positive magnitude
    Money openAmount = Money::zero(Currency()); // 0 .. amount
    std::string reference;

    Money signedOpen() const { return balanceSign(type) > 0 ? openAmount : -openAmount; }
};

// A credit document (payment, credit note, adjustment) settling part of an
// invoice on a date. Both documents' open amounts fall by `amount`.
struct Allocation {
    std::int64_t id = 0;
    DocumentId creditDocumentId = 0;
    DocumentId invoiceId = 0;
    Money amount = Money::zero(Currency());
    Date allocatedOn = Date::fromDayNumber(0);
};

} // namespace duedesk
