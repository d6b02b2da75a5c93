// SQL for an account's movements.
#include "storage/sqlite/SqliteAccountActivityQuery.h"

#include "storage/sqlite/CurrencyColumn.h"

namespace duedesk {

SqliteAccountActivityQuery::SqliteAccountActivityQuery(SqliteLedgerDatabase& database) : database_(database) {}

std::vector<ActivityEntry> SqliteAccountActivityQuery::forAccount(AccountId account) {
    sqlite::Statement s(database_.connection(),
                        "SELECT m.effective_on, d.number, d.type, m.cause, m.open_change, d.currency "
                        "FROM document_movements m JOIN documents d ON d.id = m.document_id "
                        "WHERE d.account_id = ? ORDER BY m.effective_on DESC, m.id DESC");
    s.bind(1, account);
    std::vector<ActivityEntry> out;
    CurrencyColumn currencies;
    while (s.step()) {
        ActivityEntry e;
        e.effectiveOn = Date::fromDayNumber(s.int32(0));
        e.documentNumber = s.string(1);
        e.documentType = static_cast<DocumentType>(s.int32(2));
        e.cause = movementCauseFromName(s.text(3)).value_or(MovementCause::Import);
        e.change = Money(s.int64(4), currencies.read(s.text(5)));
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace duedesk
