// LedgerTotals: what the rows a ledger view shows add up to, per currency
// (never summed across currencies), and in the reporting currency for the
// rows that have a rate, labelled as converted wherever it is shown.
#pragma once

#include "duedesk/reports/LedgerSelection.h"

#include <vector>

namespace duedesk {

struct LedgerCurrencyTotal {
    Currency currency;
    std::int64_t balance = 0;
    std::int64_t unapplied = 0;
    std::int64_t overdue = 0;
    std::int64_t netOverdue = 0;
};

struct LedgerTotals {
    std::vector<LedgerCurrencyTotal> perCurrency; // in code order
    Currency reportingCurrency;
    std::int64_t balanceConverted = 0; // of the rows with a rate
    std::int64_t netOverdueConverted = 0;
    std::int64_t rowsWithoutRate = 0; // left out of the converted totals
};

LedgerTotals totalShownRows(const LedgerSelection& selection, const Currency& reportingCurrency);

} // namespace duedesk
