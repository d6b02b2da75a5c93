// CommitmentChecks: the ledger's side of checking a promise or a plan:
// the currency the account owes in, and the invoices it covers. Private
// to the services; each throws CommitmentRejected naming the field.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/Money.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <span>

namespace duedesk {

// What is open on the account's invoices in `currency` now (posted by
// `today`). Refuses ("currency: ...") when nothing is.
Money openInvoicesIn(LedgerDatabase& database, AccountId account, const Currency& currency, Date today);

// What is open now on the listed invoices. Refuses ("invoices: ...") one
// that is not an open invoice of the account in `currency`, or is listed
// twice.
Money openOnCoveredInvoices(LedgerDatabase& database, AccountId account, const Currency& currency,
                            std::span<const DocumentId> invoices);

} // namespace duedesk
