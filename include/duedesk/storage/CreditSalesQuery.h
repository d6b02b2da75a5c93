// CreditSalesQuery: what the ledger sold on credit over a period: invoices
// less credit notes, by document date, per currency. The sales side of
// days sales outstanding (DSO).
#pragma once

#include "duedesk/domain/CurrencyTotals.h"
#include "duedesk/domain/Date.h"

namespace duedesk {

class CreditSalesQuery {
public:
    virtual ~CreditSalesQuery() = default;
    // Invoices less credit notes dated from `from` to `to`, both included.
    virtual CurrencyTotals between(Date from, Date to) = 0;
};

} // namespace duedesk
