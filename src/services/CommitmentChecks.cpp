// The ledger's checks of a promise's or a plan's currency and invoices.
#include "services/CommitmentChecks.h"

#include "duedesk/services/CommitmentRejected.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/OpenDocumentsQuery.h"

#include <algorithm>
#include <string>

namespace duedesk {

Money openInvoicesIn(LedgerDatabase& database, AccountId account, const Currency& currency, Date today) {
    OpenDocumentsScope scope;
    scope.account = account;
    Money open = Money::zero(currency);
    for (const OpenDocument& d : database.openDocuments().forScope(scope, today))
        if (d.document.type == DocumentType::Invoice && d.document.openAmount.currency() == currency)
            open += d.document.openAmount;
    if (!open.isPositive())
        throw CommitmentRejected("currency: the account has no open invoices in " + std::string(currency.code()));
    return open;
}

Money openOnCoveredInvoices(LedgerDatabase& database, AccountId account, const Currency& currency,
                            std::span<const DocumentId> invoices) {
    Money open = Money::zero(currency);
    for (std::size_t i = 0; i < invoices.size(); ++i) {
        const auto d = database.documents().findById(invoices[i]);
        if (!d || d->accountId != account || d->type != DocumentType::Invoice)
            throw CommitmentRejected("invoices: document " + std::to_string(invoices[i]) +
                                     " is not an invoice of this account");
        if (std::find(invoices.begin(), invoices.begin() + static_cast<std::ptrdiff_t>(i), invoices[i]) !=
            invoices.begin() + static_cast<std::ptrdiff_t>(i))
            throw CommitmentRejected("invoices: " + d->number + " is listed twice");
        if (d->amount.currency() != currency)
            throw CommitmentRejected("invoices: " + d->number + " is in " + std::string(d->amount.currency().code()) +
                                     ", not " + std::string(currency.code()));
        if (!d->openAmount.isPositive()) throw CommitmentRejected("invoices: " + d->number + " is not open");
        open += d->openAmount;
    }
    return open;
}

} // namespace duedesk
