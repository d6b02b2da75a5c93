// SqliteCreditSalesQuery: the SQLite implementation of CreditSalesQuery.
#pragma once

#include "duedesk/storage/CreditSalesQuery.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteCreditSalesQuery final : public CreditSalesQuery {
public:
    explicit SqliteCreditSalesQuery(SqliteLedgerDatabase& database) : database_(database) {}
    CurrencyTotals between(Date from, Date to) override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
