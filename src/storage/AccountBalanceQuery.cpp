// One grouped pass over the open items (partial index), joined to accounts.
#include "duedesk/storage/AccountBalanceQuery.h"

namespace duedesk {

AccountBalanceQuery::AccountBalanceQuery(LedgerDatabase& database) : database_(database) {}

void AccountBalanceQuery::forEach(Date asOf, const std::function<void(const AccountBalanceRow&)>& visit) {
    sqlite::Statement s(
        database_.connection(),
        "SELECT a.id, a.number, a.name, coalesce(u.name, ''), a.risk_class, a.status, a.credit_limit, "
        "       coalesce(a.credit_limit_currency, ''), coalesce(o.currency, ''), coalesce(o.balance, 0), "
        "       coalesce(o.overdue, 0), o.oldest "
        "FROM accounts a LEFT JOIN users u ON u.id = a.analyst_id "
        "LEFT JOIN (SELECT account_id, currency, "
        "             sum(CASE WHEN type = 1 THEN open_amount ELSE -open_amount END) AS balance, "
        "             sum(CASE WHEN type = 1 AND due_date < ?1 THEN open_amount ELSE 0 END) AS overdue, "
        "             min(CASE WHEN type = 1 THEN due_date END) AS oldest "
        "           FROM documents WHERE open_amount <> 0 GROUP BY account_id, currency) o "
        "  ON o.account_id = a.id "
        "ORDER BY a.number, o.currency");
    s.bind(1, asOf.dayNumber());
    AccountBalanceRow row;
    while (s.step()) {
        row.id = s.int64(0);
        row.number = s.text(1);
        row.name = s.text(2);
        row.analyst = s.text(3);
        row.riskClass = s.text(4);
        row.status = s.text(5);
        row.creditLimit = s.optionalInt64(6);
        row.creditLimitCurrency = s.text(7);
        row.currency = s.text(8);
        row.balance = s.int64(9);
        row.overdue = s.int64(10);
        row.oldestDueDate = s.isNull(11) ? std::nullopt : std::optional<std::int32_t>(s.int32(11));
        visit(row);
    }
}

} // namespace duedesk
