// The rules of an allocation, checked before anything is written.
#include "duedesk/services/AllocationService.h"

#include "duedesk/services/AccessPolicy.h"

#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/UnitOfWork.h"

namespace duedesk {

AllocationService::AllocationService(LedgerDatabase& database) : database_(database) {}

std::int64_t AllocationService::allocate(DocumentId creditId, DocumentId invoiceId, const Money& amount, Date on,
                                         const Actor& by) {
    requirePermission(by, Permission::AllocateCash);
    UnitOfWork work(database_);
    DocumentRepository& documents = database_.documents();
    const auto credit = documents.findById(creditId);
    const auto invoice = documents.findById(invoiceId);
    if (!credit) throw AllocationRejected("document " + std::to_string(creditId) + " does not exist");
    if (!invoice) throw AllocationRejected("document " + std::to_string(invoiceId) + " does not exist");
    if (!isDebit(invoice->type)) throw AllocationRejected(invoice->number + " is not an invoice");
    if (isDebit(credit->type))
        throw AllocationRejected(credit->number + " is not a payment, credit note or adjustment");
    if (credit->accountId != invoice->accountId)
        throw AllocationRejected(credit->number + " and " + invoice->number + " belong to different accounts");
    const auto code = [](const Money& m) { return std::string(m.currency().code()); };
    if (credit->amount.currency() != invoice->amount.currency())
        throw AllocationRejected(credit->number + " is in " + code(credit->amount) + " but " + invoice->number +
                                 " is in " + code(invoice->amount));
    if (amount.currency() != invoice->amount.currency())
        throw AllocationRejected("cannot allocate " + code(amount) + " to an invoice in " + code(invoice->amount));
    if (!amount.isPositive()) throw AllocationRejected("the amount to allocate must be positive");
    if (amount > credit->openAmount)
        throw AllocationRejected(amount.toDecimalString() + " is more than the open amount " +
                                 credit->openAmount.toDecimalString() + " of " + credit->number);
    if (amount > invoice->openAmount)
        throw AllocationRejected(amount.toDecimalString() + " is more than the open amount " +
                                 invoice->openAmount.toDecimalString() + " of " + invoice->number);
    for (const Document* d : {&*credit, &*invoice})
        if (on < d->documentDate)
            throw AllocationRejected("the allocation date " + on.toIso() + " is before " + d->number + "'s date " +
                                     d->documentDate.toIso());

    const std::int64_t id = documents.addAllocation({0, creditId, invoiceId, amount, on}, by.user);
    work.commit();
    return id;
}

} // namespace duedesk
