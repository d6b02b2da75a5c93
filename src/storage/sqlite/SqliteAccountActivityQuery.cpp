// SQL for an account's movements and allocations.
#include "storage/sqlite/SqliteAccountActivityQuery.h"

namespace duedesk {

SqliteAccountActivityQuery::SqliteAccountActivityQuery(SqliteLedgerDatabase& database) : database_(database) {}

std::vector<RecordedMovement> SqliteAccountActivityQuery::movements(AccountId account) {
    // An allocation's movements are its two sides: allocations() lists it once.
    sqlite::Statement s(database_.connection(), "SELECT m.id, m.document_id, m.effective_on, m.cause, m.open_change "
                                                "FROM document_movements m JOIN documents d ON d.id = m.document_id "
                                                "WHERE d.account_id = ? AND m.allocation_id IS NULL ORDER BY m.id");
    s.bind(1, account);
    std::vector<RecordedMovement> out;
    while (s.step()) {
        RecordedMovement m;
        m.id = s.int64(0);
        m.document = s.int64(1);
        m.effectiveOn = Date::fromDayNumber(s.int32(2));
        m.cause = movementCauseFromName(s.text(3)).value_or(MovementCause::Import);
        m.openChange = s.int64(4);
        out.push_back(m);
    }
    return out;
}

std::vector<RecordedAllocation> SqliteAccountActivityQuery::allocations(AccountId account) {
    sqlite::Statement s(database_.connection(),
                        "SELECT a.id, a.credit_document_id, a.invoice_id, a.allocated_on, a.amount, a.user_id "
                        "FROM allocations a JOIN documents d ON d.id = a.invoice_id "
                        "WHERE d.account_id = ? ORDER BY a.id");
    s.bind(1, account);
    std::vector<RecordedAllocation> out;
    while (s.step()) {
        RecordedAllocation a;
        a.id = s.int64(0);
        a.credit = s.int64(1);
        a.invoice = s.int64(2);
        a.allocatedOn = Date::fromDayNumber(s.int32(3));
        a.amount = s.int64(4);
        a.recordedBy = s.optionalInt64(5);
        out.push_back(a);
    }
    return out;
}

} // namespace duedesk
