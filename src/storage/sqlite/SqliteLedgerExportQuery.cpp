// The full-ledger read behind export.
#include "storage/sqlite/SqliteLedgerExportQuery.h"

namespace duedesk {

SqliteLedgerExportQuery::SqliteLedgerExportQuery(SqliteLedgerDatabase& database) : database_(database) {}

std::int64_t SqliteLedgerExportQuery::count() {
    return database_.connection().queryInt("SELECT count(*) FROM documents");
}

void SqliteLedgerExportQuery::forEach(const std::function<void(const ExportedDocument&)>& visit) {
    sqlite::Statement s(database_.connection(),
                        "SELECT a.number, a.name, coalesce(u.name, ''), d.type, d.number, d.document_date, d.due_date, "
                        "d.currency, d.amount, d.open_amount, d.reference "
                        "FROM documents d JOIN accounts a ON a.id = d.account_id "
                        "LEFT JOIN users u ON u.id = a.analyst_id ORDER BY d.id");
    ExportedDocument row;
    while (s.step()) {
        row.accountNumber = s.text(0);
        row.accountName = s.text(1);
        row.analyst = s.text(2);
        row.type = static_cast<DocumentType>(s.int32(3));
        row.number = s.text(4);
        row.documentDate = Date::fromDayNumber(s.int32(5));
        row.dueDate = Date::fromDayNumber(s.int32(6));
        row.currency = s.text(7);
        row.amount = s.int64(8);
        row.openAmount = s.int64(9);
        row.reference = s.text(10);
        visit(row);
    }
}

} // namespace duedesk
