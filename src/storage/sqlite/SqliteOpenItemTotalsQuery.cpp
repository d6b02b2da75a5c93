// Reads and verifies the kept open-item totals.
#include "storage/sqlite/SqliteOpenItemTotalsQuery.h"

#include "storage/sqlite/CurrencyColumn.h"

#include <stdexcept>
#include <string>

namespace duedesk {

// Reads inside a transaction first write what it has buffered.
SqliteOpenItemTotalsQuery::SqliteOpenItemTotalsQuery(SqliteLedgerDatabase& database) : database_(database) {
    database_.flushPendingWrites();
}

bool SqliteOpenItemTotalsQuery::coversDate(Date asOf) {
    sqlite::Statement s(database_.connection(),
                        "SELECT (SELECT latest_movement_on FROM ledger_state WHERE id = 1) <= ?1 "
                        "AND NOT EXISTS (SELECT 1 FROM open_item_totals "
                        "                WHERE due_date > ?1 AND latest_document_date > ?1 AND items <> 0)");
    s.bind(1, asOf.dayNumber());
    return s.step() && s.int64(0) == 1;
}

void SqliteOpenItemTotalsQuery::forEach(OpenItemGrouping grouping, const std::function<void(const OpenItem&)>& visit) {
    std::string key;
    switch (grouping) {
    case OpenItemGrouping::Analyst: key = "coalesce(u.name, '')"; break;
    case OpenItemGrouping::Currency: key = "t.currency"; break;
    case OpenItemGrouping::RiskClass: key = "t.risk_class"; break;
    case OpenItemGrouping::Account: throw std::logic_error("open-item totals are not kept by account");
    }
    sqlite::Statement s(database_.connection(),
                        "SELECT " + key +
                            ", t.currency, t.is_debit, t.due_date, t.open_total "
                            "FROM open_item_totals t LEFT JOIN users u ON u.id = t.analyst_id WHERE t.items <> 0");
    OpenItem item;
    CurrencyColumn currencies;
    while (s.step()) {
        item.groupKey = s.text(0);
        item.currency = currencies.read(s.text(1));
        item.type = s.int64(2) ? DocumentType::Invoice : DocumentType::CreditNote;
        item.dueDate = Date::fromDayNumber(s.int32(3));
        item.openAmount = s.int64(4);
        visit(item);
    }
}

std::int64_t SqliteOpenItemTotalsQuery::countMismatches() {
    return database_.connection().queryInt(
        "WITH kept AS (SELECT analyst_id, risk_class, currency, is_debit, due_date, open_total, items "
        "              FROM open_item_totals WHERE items <> 0), "
        "     fresh AS (SELECT coalesce(a.analyst_id, 0), a.risk_class, d.currency, d.type = 1, d.due_date, "
        "                      sum(d.open_amount), count(*) "
        "               FROM documents d JOIN accounts a ON a.id = d.account_id WHERE d.open_amount <> 0 "
        "               GROUP BY 1, 2, 3, 4, 5) "
        "SELECT (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM fresh)) + "
        "       (SELECT count(*) FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept)) + "
        "       (SELECT count(*) FROM open_item_totals WHERE items = 0 AND open_total <> 0) + "
        "       (SELECT count(*) FROM open_item_totals WHERE items < 0)");
}

} // namespace duedesk
