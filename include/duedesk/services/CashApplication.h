// CashApplication: finding and applying unapplied cash. It proposes which
// open invoices each unapplied payment, credit note or adjustment pays (see
// CashMatcher for the rules), for one account, an analyst's accounts or the
// whole ledger; and applies a match the analyst accepted, as proposed or
// adjusted, as allocations written together in one transaction (through
// AllocationService, so every allocation rule and the access policy hold).
// A match is undone by reversing its allocations (AllocationService::reverse).
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Document.h"
#include "duedesk/reports/CashMatcher.h"
#include "duedesk/storage/LedgerDatabase.h"
#include "duedesk/storage/OpenDocumentsQuery.h"

#include <optional>
#include <string_view>
#include <vector>

namespace duedesk {

// One invoice of a match: the amount to allocate to it, or nothing for
// its whole open amount (or what is left of the credit, when less).
struct CashMatchPart {
    DocumentId invoice = 0;
    std::optional<Money> amount;
};

// A credit and the invoices it pays: a proposal as accepted or adjusted.
struct CashMatch {
    DocumentId credit = 0;
    std::vector<CashMatchPart> invoices;

    static CashMatch of(const CashProposal& proposal);
};

class CashApplication final {
public:
    explicit CashApplication(LedgerDatabase& database);

    // Proposals for the documents of the scope posted on or before
    // `postedBy`, with today's open amounts (what an allocation can take):
    // by account number, then by the credits' date.
    std::vector<CashProposal> propose(const OpenDocumentsScope& scope, Date postedBy);
    // The open invoices a credit could pay: its account's, in its currency,
    // oldest due first (to add one to a proposal).
    std::vector<Document> openInvoicesFor(const Document& credit);

    // Allocates the credit to the match's invoices on `on`, recorded as done
    // by `by`: all of them or, when any breaks a rule, none. Returns the
    // allocations' ids in the match's order. Throws AllocationRejected
    // (naming what is wrong) or PermissionDenied; nothing is written then.
    std::vector<std::int64_t> apply(const CashMatch& match, Date on, const Actor& by);

    // An account's payment, credit note or adjustment, or invoice, by its
    // number; AllocationRejected when there is none (or, for a credit, more
    // than one kind with that number).
    Document findCredit(AccountId account, std::string_view number);
    Document findInvoice(AccountId account, std::string_view number);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
