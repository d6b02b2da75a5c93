// SQL for payments the bank returned.
#include "storage/sqlite/SqlitePaymentReturnRepository.h"

namespace duedesk {

SqlitePaymentReturnRepository::SqlitePaymentReturnRepository(SqliteLedgerDatabase& database) : database_(database) {}

std::int64_t SqlitePaymentReturnRepository::add(const PaymentReturn& r) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement s(c, "INSERT INTO payment_returns (document_id, returned_on, reason, recorded_by, recorded_on) "
                           "VALUES (?, ?, ?, ?, ?)");
    s.bind(1, r.document).bind(2, r.returnedOn.dayNumber()).bind(3, r.reason).bind(4, r.recordedBy);
    s.bind(5, r.recordedOn.dayNumber()).run();
    return c.lastInsertId();
}

std::optional<PaymentReturn> SqlitePaymentReturnRepository::findByDocument(DocumentId document) {
    sqlite::Statement s(database_.connection(), "SELECT id, returned_on, reason, recorded_by, recorded_on "
                                                "FROM payment_returns WHERE document_id = ?");
    s.bind(1, document);
    if (!s.step()) return std::nullopt;
    PaymentReturn r;
    r.id = s.int64(0);
    r.document = document;
    r.returnedOn = Date::fromDayNumber(s.int32(1));
    r.reason = s.string(2);
    r.recordedBy = s.optionalInt64(3);
    r.recordedOn = Date::fromDayNumber(s.int32(4));
    return r;
}

} // namespace duedesk
