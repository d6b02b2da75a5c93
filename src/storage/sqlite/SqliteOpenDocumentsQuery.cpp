// SQL for the open documents of an account, an analyst's accounts or the
// ledger. Reads only open items (the partial index documents_open_items).
#include "storage/sqlite/SqliteOpenDocumentsQuery.h"

#include "storage/sqlite/CurrencyColumn.h"

#include <string>

namespace duedesk {

SqliteOpenDocumentsQuery::SqliteOpenDocumentsQuery(SqliteLedgerDatabase& database) : database_(database) {}

std::vector<OpenDocument> SqliteOpenDocumentsQuery::forScope(const OpenDocumentsScope& scope, Date postedBy) {
    // One statement per scope, so SQLite can use the account's index.
    const char* narrowing = scope.account ? "AND d.account_id = ?2 " : scope.analyst ? "AND a.analyst_id = ?2 " : "";
    sqlite::Statement s(database_.connection(),
                        std::string("SELECT d.id, d.account_id, d.type, d.number, d.document_date, d.due_date, "
                                    "d.currency, d.amount, d.open_amount, d.reference, a.number, a.name "
                                    "FROM documents d JOIN accounts a ON a.id = d.account_id "
                                    "WHERE d.open_amount <> 0 AND d.document_date <= ?1 ") +
                            narrowing + "ORDER BY a.number, d.document_date, d.id");
    s.bind(1, postedBy.dayNumber());
    if (scope.account)
        s.bind(2, *scope.account);
    else if (scope.analyst)
        s.bind(2, *scope.analyst);
    std::vector<OpenDocument> out;
    CurrencyColumn currencies;
    while (s.step()) {
        OpenDocument o;
        Document& d = o.document;
        d.id = s.int64(0);
        d.accountId = s.int64(1);
        d.type = static_cast<DocumentType>(s.int32(2));
        d.number = s.string(3);
        d.documentDate = Date::fromDayNumber(s.int32(4));
        d.dueDate = Date::fromDayNumber(s.int32(5));
        const Currency currency = currencies.read(s.text(6));
        d.amount = Money(s.int64(7), currency);
        d.openAmount = Money(s.int64(8), currency);
        d.reference = s.string(9);
        o.accountNumber = s.string(10);
        o.accountName = s.string(11);
        out.push_back(std::move(o));
    }
    return out;
}

} // namespace duedesk
