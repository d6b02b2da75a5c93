// PaymentReturnRepository: payments the bank gave back (a bounced cheque,
// a recalled debit). A payment is returned at most once; from that day it
// no longer counts toward a promise or an instalment.
#pragma once

#include "duedesk/domain/Promise.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>

namespace duedesk {

class PaymentReturnRepository {
public:
    virtual ~PaymentReturnRepository() = default;
    // Returns its id. Throws StorageError when the payment already has one.
    virtual std::int64_t add(const PaymentReturn& paymentReturn) = 0;
    virtual std::optional<PaymentReturn> findByDocument(DocumentId document) = 0;
};

} // namespace duedesk
