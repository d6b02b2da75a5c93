// SqliteReceivedPaymentsQuery: the SQLite implementation of ReceivedPaymentsQuery.
#pragma once

#include "duedesk/storage/ReceivedPaymentsQuery.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteReceivedPaymentsQuery final : public ReceivedPaymentsQuery {
public:
    explicit SqliteReceivedPaymentsQuery(SqliteLedgerDatabase& database);
    std::vector<ReceivedPayment> forAccount(AccountId account) override;
    std::vector<AccountPayment> forCommitmentsOfAnalyst(UserId analyst) override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
