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
    const std::int64_t id = allocate(work, creditId, invoiceId, amount, on, by);
    work.commit();
    return id;
}

std::int64_t AllocationService::allocate(UnitOfWork& work, DocumentId creditId, DocumentId invoiceId,
                                         const Money& amount, Date on, const Actor& by) {
    requirePermission(by, Permission::AllocateCash);
    if (&work.database() != &database_)
        throw std::logic_error("an allocation's unit of work must be on the allocation service's ledger");
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

    return documents.addAllocation({0, creditId, invoiceId, amount, on}, by.user);
}

std::int64_t AllocationService::reverse(std::int64_t allocationId, Date on, const Actor& by) {
    requirePermission(by, Permission::AllocateCash);
    UnitOfWork work(database_);
    DocumentRepository& documents = database_.documents();
    const auto record = documents.findAllocation(allocationId);
    const std::string name = "allocation " + std::to_string(allocationId);
    if (!record) throw AllocationRejected(name + " does not exist");
    if (record->reversedOn) throw AllocationRejected(name + " was already reversed on " + record->reversedOn->toIso());
    const Allocation& a = record->allocation;
    if (on < a.allocatedOn)
        throw AllocationRejected("the reversal date " + on.toIso() + " is before " + name + "'s date " +
                                 a.allocatedOn.toIso());
    // An import may have changed an open amount since (the ERP settled the
    // item itself): giving the allocation back must still fit the document.
    for (const DocumentId id : {a.invoiceId, a.creditDocumentId}) {
        const auto d = documents.findById(id);
        if (!d) throw AllocationRejected("document " + std::to_string(id) + " does not exist");
        if (d->openAmount + a.amount > d->amount)
            throw AllocationRejected("reversing " + name + " would leave " + d->number + " with " +
                                     (d->openAmount + a.amount).toDecimalString() + " open, more than its amount " +
                                     d->amount.toDecimalString());
    }
    const std::int64_t id = documents.addAllocationReversal(allocationId, on, by.user);
    work.commit();
    return id;
}

} // namespace duedesk
