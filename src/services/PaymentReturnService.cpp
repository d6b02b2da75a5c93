// Rules for recording a payment the bank returned.
#include "duedesk/services/PaymentReturnService.h"

#include "duedesk/domain/DateLimits.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/PaymentReturnRepository.h"
#include "duedesk/storage/UnitOfWork.h"

namespace duedesk {

PaymentReturnService::PaymentReturnService(LedgerDatabase& database) : database_(database) {}

std::int64_t PaymentReturnService::recordReturn(AccountId account, DocumentId payment, Date returnedOn,
                                                const std::string& reason, const Actor& by) {
    requirePermission(by, Permission::AllocateCash);
    UnitOfWork work(database_);
    const auto document = database_.documents().findById(payment);
    if (!document || document->accountId != account || document->type != DocumentType::Payment)
        throw CommitmentRejected("document: not a payment of this account");
    if (const auto earlier = database_.paymentReturns().findByDocument(payment))
        throw CommitmentRejected("document: " + document->number + " was already returned on " +
                                 earlier->returnedOn.toIso());
    if (returnedOn < document->documentDate)
        throw CommitmentRejected("date: " + returnedOn.toIso() + " is before the payment's date, " +
                                 document->documentDate.toIso());
    if (const auto outside = dateRangeProblem(returnedOn, contactDates(by.on), "return date"))
        throw CommitmentRejected("date: " + *outside);
    PaymentReturn r;
    r.document = payment;
    r.returnedOn = returnedOn;
    r.reason = reason;
    r.recordedBy = by.user;
    r.recordedOn = by.on;
    const std::int64_t id = database_.paymentReturns().add(r);
    work.commit();
    return id;
}

} // namespace duedesk
