// PaymentReturnService: recording that the bank gave a payment back (a
// bounced cheque, a recalled direct debit). From the day it was returned
// the payment no longer counts toward a promise or an instalment, so what
// it kept reopens. The ledger's amounts do not change here: the ERP posts
// the reversal and the next import brings it.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Promise.h"
#include "duedesk/services/CommitmentRejected.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <string>

namespace duedesk {

class PaymentReturnService final {
public:
    explicit PaymentReturnService(LedgerDatabase& database);
    // Needs Permission::AllocateCash (it is cash work). The document is a
    // payment of the account, not returned before; `returnedOn` is not
    // before the payment's date nor after today. Throws CommitmentRejected
    // naming the field. Returns the return's id.
    std::int64_t recordReturn(AccountId account, DocumentId payment, Date returnedOn, const std::string& reason,
                              const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
