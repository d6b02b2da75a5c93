// Reconstructs open amounts on a date: the current open amount less every
// movement dated after the date. Documents untouched since the date
// (last_movement_on <= date) need no look at their movements.
#include "storage/sqlite/SqliteOpenItemQuery.h"

#include "storage/sqlite/CurrencyColumn.h"
#include "storage/sqlite/GroupColumns.h"

#include <string>

namespace duedesk {

SqliteOpenItemQuery::SqliteOpenItemQuery(SqliteLedgerDatabase& database) : database_(database) {}

void SqliteOpenItemQuery::forEach(Date asOf, OpenItemGrouping grouping,
                                  const std::function<void(const OpenItem&)>& visit) {
    const std::string from =
        " FROM documents d JOIN accounts a ON a.id = d.account_id LEFT JOIN users u ON u.id = a.analyst_id ";
    // When nothing moved after the as-of date, today's open amounts are the
    // amounts then, and only open items (a partial index) need reading.
    const bool nothingMovedSince =
        database_.connection().queryInt("SELECT latest_movement_on FROM ledger_state WHERE id = 1") <= asOf.dayNumber();
    const std::string sql =
        nothingMovedSince
            ? "SELECT " + groupColumns(grouping) +
                  ", d.currency, d.type, d.document_date, d.due_date, d.open_amount, d.id, d.number, a.number" + from +
                  "WHERE d.open_amount <> 0 AND d.document_date <= ?1"
            : "SELECT " + groupColumns(grouping) +
                  ", d.currency, d.type, d.document_date, d.due_date, "
                  "  d.open_amount - CASE WHEN coalesce(d.last_movement_on, 0) > ?1 THEN "
                  "    (SELECT coalesce(sum(m.open_change), 0) FROM document_movements m "
                  "     WHERE m.document_id = d.id AND m.effective_on > ?1) ELSE 0 END AS open_then, "
                  "  d.id, d.number, a.number" +
                  from + "WHERE d.document_date <= ?1 AND (d.open_amount <> 0 OR coalesce(d.last_movement_on, 0) > ?1)";
    sqlite::Statement s(database_.connection(), sql);
    s.bind(1, asOf.dayNumber());

    OpenItem item;
    CurrencyColumn currencies;
    while (s.step()) {
        const std::int64_t open = s.int64(6);
        if (open == 0) continue;
        item.groupKey = s.text(0);
        item.groupLabel = s.text(1);
        item.currency = currencies.read(s.text(2));
        item.type = static_cast<DocumentType>(s.int32(3));
        item.documentDate = Date::fromDayNumber(s.int32(4));
        item.dueDate = Date::fromDayNumber(s.int32(5));
        item.openAmount = open;
        item.documentId = s.int64(7);
        item.documentNumber = s.text(8);
        item.accountNumber = s.text(9);
        visit(item);
    }
}

} // namespace duedesk
