// SqlitePaymentReturnRepository: the SQLite implementation of PaymentReturnRepository.
#pragma once

#include "duedesk/storage/PaymentReturnRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqlitePaymentReturnRepository final : public PaymentReturnRepository {
public:
    explicit SqlitePaymentReturnRepository(SqliteLedgerDatabase& database);
    std::int64_t add(const PaymentReturn& paymentReturn) override;
    std::optional<PaymentReturn> findByDocument(DocumentId document) override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
