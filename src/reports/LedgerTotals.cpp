#include "duedesk/reports/LedgerTotals.h"

#include "duedesk/domain/Money.h"

#include <map>

namespace duedesk {

LedgerTotals totalShownRows(const LedgerSelection& selection, const Currency& reportingCurrency) {
    LedgerTotals totals;
    totals.reportingCurrency = reportingCurrency;
    std::map<Currency, LedgerCurrencyTotal> byCurrency;
    for (std::size_t i = 0; i < selection.shownCount(); ++i) {
        const LedgerRow& row = selection.shown(i);
        if (row.currency == Currency()) continue; // owes nothing, has no limit
        LedgerCurrencyTotal& t = byCurrency[row.currency];
        t.currency = row.currency;
        t.balance = checkedAdd(t.balance, row.balance);
        t.unapplied = checkedAdd(t.unapplied, row.unapplied);
        t.overdue = checkedAdd(t.overdue, row.overdue);
        t.netOverdue = checkedAdd(t.netOverdue, row.netOverdue);
        if (row.balanceConverted && row.netOverdueConverted) {
            totals.balanceConverted = checkedAdd(totals.balanceConverted, *row.balanceConverted);
            totals.netOverdueConverted = checkedAdd(totals.netOverdueConverted, *row.netOverdueConverted);
        } else {
            ++totals.rowsWithoutRate;
        }
    }
    for (auto& [currency, t] : byCurrency) totals.perCurrency.push_back(t);
    return totals;
}

} // namespace duedesk
