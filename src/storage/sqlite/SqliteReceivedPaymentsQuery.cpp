// SQL for the payments promises and plan instalments are judged by. The
// documents' unique key (account_id, type, number) finds an account's
// payments without reading its invoices.
#include "storage/sqlite/SqliteReceivedPaymentsQuery.h"

#include "storage/sqlite/CurrencyColumn.h"

namespace duedesk {
namespace {

// Columns: id, document_date, currency, amount, returned_on.
ReceivedPayment readPayment(const sqlite::Statement& s, int first, CurrencyColumn& currency) {
    ReceivedPayment p;
    p.document = s.int64(first);
    p.receivedOn = Date::fromDayNumber(s.int32(first + 1));
    p.amount = Money(s.int64(first + 3), currency.read(s.text(first + 2)));
    if (!s.isNull(first + 4)) p.returnedOn = Date::fromDayNumber(s.int32(first + 4));
    return p;
}

} // namespace

SqliteReceivedPaymentsQuery::SqliteReceivedPaymentsQuery(SqliteLedgerDatabase& database) : database_(database) {}

std::vector<ReceivedPayment> SqliteReceivedPaymentsQuery::forAccount(AccountId account) {
    sqlite::Statement s(database_.connection(),
                        "SELECT d.id, d.document_date, d.currency, d.amount, r.returned_on FROM documents d "
                        "LEFT JOIN payment_returns r ON r.document_id = d.id "
                        "WHERE d.account_id = ? AND d.type = 3 ORDER BY d.document_date, d.id");
    s.bind(1, account);
    std::vector<ReceivedPayment> out;
    CurrencyColumn currency;
    while (s.step()) out.push_back(readPayment(s, 0, currency));
    return out;
}

std::vector<AccountPayment> SqliteReceivedPaymentsQuery::forCommitmentsOfAnalyst(UserId analyst) {
    // Only accounts with a promise or a plan, and only payments from the
    // first day one was made: most of an analyst's accounts have none, and
    // most payments are older than any promise.
    sqlite::Statement s(
        database_.connection(),
        "WITH made (account_id, made_on) AS ("
        "  SELECT p.account_id, p.taken_on FROM accounts a JOIN promises p ON p.account_id = a.id "
        "  WHERE a.analyst_id = ?1 "
        "  UNION ALL "
        "  SELECT p.account_id, p.agreed_on FROM accounts a JOIN payment_plans p ON p.account_id = a.id "
        "  WHERE a.analyst_id = ?1), "
        "first_made (account_id, since) AS ("
        "  SELECT account_id, min(made_on) FROM made GROUP BY account_id) "
        "SELECT f.account_id, d.id, d.document_date, d.currency, d.amount, r.returned_on "
        "FROM first_made f JOIN documents d ON d.account_id = f.account_id AND d.type = 3 "
        "LEFT JOIN payment_returns r ON r.document_id = d.id "
        "WHERE d.document_date >= f.since ORDER BY f.account_id, d.document_date, d.id");
    s.bind(1, analyst);
    std::vector<AccountPayment> out;
    CurrencyColumn currency;
    while (s.step()) out.push_back({s.int64(0), readPayment(s, 1, currency)});
    return out;
}

} // namespace duedesk
