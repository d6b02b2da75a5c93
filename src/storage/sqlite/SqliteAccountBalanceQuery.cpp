// Two reads merged here rather than one join: SQLite joins accounts to a
// grouped derived table without an index, which took minutes on a
// 100,000-account ledger. Balances are grouped through the partial index of
// open items; accounts are then read in number order.
#include "storage/sqlite/SqliteAccountBalanceQuery.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace duedesk {
namespace {

struct Balance {
    std::string currency;
    std::int64_t balance = 0;
    std::int64_t overdue = 0;
    std::int64_t unapplied = 0;
    std::optional<std::int32_t> oldestDue;
};

} // namespace

SqliteAccountBalanceQuery::SqliteAccountBalanceQuery(SqliteLedgerDatabase& database) : database_(database) {}

void SqliteAccountBalanceQuery::forEach(Date asOf, const std::function<void(const AccountBalanceRow&)>& visit) {
    std::unordered_map<AccountId, std::vector<Balance>> balances;
    {
        sqlite::Statement s(database_.connection(),
                            "SELECT account_id, currency, "
                            "  sum(CASE WHEN type = 1 THEN open_amount ELSE -open_amount END), "
                            "  sum(CASE WHEN type = 1 AND due_date < ?1 THEN open_amount ELSE 0 END), "
                            "  min(CASE WHEN type = 1 THEN due_date END), "
                            "  sum(CASE WHEN type <> 1 THEN open_amount ELSE 0 END) "
                            "FROM documents WHERE open_amount <> 0 GROUP BY account_id, currency");
        s.bind(1, asOf.dayNumber());
        while (s.step()) {
            Balance b;
            b.currency = s.string(1);
            b.balance = s.int64(2);
            b.overdue = s.int64(3);
            if (!s.isNull(4)) b.oldestDue = s.int32(4);
            b.unapplied = s.int64(5);
            balances[s.int64(0)].push_back(std::move(b));
        }
    }
    sqlite::Statement s(database_.connection(),
                        "SELECT a.id, a.number, a.name, coalesce(u.name, ''), a.risk_class, a.status, a.credit_limit, "
                        "       coalesce(a.credit_limit_currency, ''), a.customer_type "
                        "FROM accounts a LEFT JOIN users u ON u.id = a.analyst_id ORDER BY a.number");
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
        row.customerType = s.text(8);
        const auto it = balances.find(row.id);
        if (it == balances.end()) {
            row.currency = {};
            row.balance = row.overdue = row.unapplied = 0;
            row.oldestDueDate.reset();
            visit(row);
            continue;
        }
        for (const Balance& b : it->second) { // in currency order, as grouped
            row.currency = b.currency;
            row.balance = b.balance;
            row.overdue = b.overdue;
            row.unapplied = b.unapplied;
            row.oldestDueDate = b.oldestDue;
            visit(row);
        }
    }
}

} // namespace duedesk
