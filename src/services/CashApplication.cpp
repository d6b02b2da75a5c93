// Cash application: proposals from the open documents, and an accepted
// match written as allocations in one unit of work.
#include "duedesk/services/CashApplication.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/AllocationService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <algorithm>
#include <set>

namespace duedesk {

CashMatch CashMatch::of(const CashProposal& proposal) {
    CashMatch match;
    match.credit = proposal.credit.id;
    for (const CashMatchLine& line : proposal.lines) match.invoices.push_back({line.invoice.id, line.amount});
    return match;
}

CashApplication::CashApplication(LedgerDatabase& database) : database_(database) {}

std::vector<CashProposal> CashApplication::propose(const OpenDocumentsScope& scope, Date postedBy) {
    const std::vector<OpenDocument> open = database_.openDocuments().forScope(scope, postedBy);
    std::vector<CashProposal> out;
    std::vector<Document> account;
    // The rows come by account: match each account's documents on their own.
    for (std::size_t i = 0; i < open.size();) {
        std::size_t end = i;
        account.clear();
        while (end < open.size() && open[end].document.accountId == open[i].document.accountId)
            account.push_back(open[end++].document);
        for (CashProposal& p : proposeCashMatches(account)) {
            p.accountNumber = open[i].accountNumber;
            p.accountName = open[i].accountName;
            out.push_back(std::move(p));
        }
        i = end;
    }
    return out;
}

std::vector<Document> CashApplication::openInvoicesFor(const Document& credit) {
    OpenDocumentsScope scope;
    scope.account = credit.accountId;
    std::vector<Document> out;
    for (OpenDocument& o : database_.openDocuments().forScope(scope, Date::fromDayNumber(INT32_MAX)))
        if (isDebit(o.document.type) && o.document.amount.currency() == credit.amount.currency())
            out.push_back(std::move(o.document));
    std::ranges::stable_sort(out, [](const Document& a, const Document& b) { return a.dueDate < b.dueDate; });
    return out;
}

std::vector<std::int64_t> CashApplication::apply(const CashMatch& match, Date on, const Actor& by) {
    requirePermission(by, Permission::AllocateCash);
    UnitOfWork work(database_);
    DocumentRepository& documents = database_.documents();
    const auto credit = documents.findById(match.credit);
    if (!credit) throw AllocationRejected("document " + std::to_string(match.credit) + " does not exist");
    if (match.invoices.empty()) throw AllocationRejected("no invoice to allocate " + credit->number + " to");

    // Work out every amount first, so a match that does not fit is refused
    // as a whole, with its total, before anything is written.
    struct Part {
        DocumentId invoice;
        Money amount;
    };
    std::vector<Part> parts;
    std::set<DocumentId> seen;
    Money left = credit->openAmount;
    Money total = Money::zero(credit->amount.currency());
    for (const CashMatchPart& part : match.invoices) {
        const auto invoice = documents.findById(part.invoice);
        if (!invoice) throw AllocationRejected("document " + std::to_string(part.invoice) + " does not exist");
        if (!seen.insert(invoice->id).second) throw AllocationRejected(invoice->number + " is named twice");
        if (invoice->amount.currency() != credit->amount.currency())
            throw AllocationRejected(credit->number + " is in " + std::string(credit->amount.currency().code()) +
                                     " but " + invoice->number + " is in " +
                                     std::string(invoice->amount.currency().code()));
        Money amount = part.amount ? *part.amount : std::min(invoice->openAmount, left);
        if (!part.amount && !amount.isPositive())
            throw AllocationRejected("nothing of " + credit->number + " is left for " + invoice->number);
        if (amount.currency() == left.currency()) {
            left -= amount;
            total += amount;
        }
        parts.push_back({invoice->id, amount});
    }
    if (total > credit->openAmount)
        throw AllocationRejected("the amounts add up to " + total.toDecimalString() + ", more than the open amount " +
                                 credit->openAmount.toDecimalString() + " of " + credit->number);

    AllocationService allocations(database_);
    std::vector<std::int64_t> ids;
    for (const Part& part : parts)
        ids.push_back(allocations.allocate(work, credit->id, part.invoice, part.amount, on, by));
    work.commit();
    return ids;
}

namespace {
std::string accountName(LedgerDatabase& database, AccountId account) {
    const auto a = database.accounts().findById(account);
    return a ? "account " + a->number : "account " + std::to_string(account);
}
} // namespace

Document CashApplication::findCredit(AccountId account, std::string_view number) {
    std::optional<Document> found;
    for (const DocumentType type : {DocumentType::Payment, DocumentType::CreditNote, DocumentType::Adjustment}) {
        auto d = database_.documents().findByKey(account, type, number);
        if (!d) continue;
        if (found)
            throw AllocationRejected(accountName(database_, account) + " has more than one credit numbered " +
                                     std::string(number));
        found = std::move(d);
    }
    if (!found) {
        if (database_.documents().findByKey(account, DocumentType::Invoice, number))
            throw AllocationRejected(std::string(number) + " is an invoice, not a payment, credit note or adjustment");
        throw AllocationRejected(accountName(database_, account) + " has no payment, credit note or adjustment " +
                                 std::string(number));
    }
    return *found;
}

Document CashApplication::findInvoice(AccountId account, std::string_view number) {
    if (auto d = database_.documents().findByKey(account, DocumentType::Invoice, number)) return *d;
    throw AllocationRejected(accountName(database_, account) + " has no invoice " + std::string(number));
}

} // namespace duedesk
