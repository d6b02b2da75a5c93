// SQL for promises to pay and the documents they cover.
#include "storage/sqlite/SqlitePromiseRepository.h"

#include "storage/sqlite/CurrencyColumn.h"

#include <string>
#include <unordered_map>

namespace duedesk {

SqlitePromiseRepository::SqlitePromiseRepository(SqliteLedgerDatabase& database) : database_(database) {}

std::int64_t SqlitePromiseRepository::add(const Promise& p) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement insert(c, "INSERT INTO promises (account_id, currency, amount, promised_for, taken_on, taken_by, "
                                "contact_log_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, p.accountId).bind(2, p.amount.currency().code()).bind(3, p.amount.minorUnits());
    insert.bind(4, p.promisedFor.dayNumber()).bind(5, p.takenOn.dayNumber()).bind(6, p.takenBy);
    insert.bind(7, p.contactLogId).bind(8, p.note).run();
    const std::int64_t id = c.lastInsertId();
    sqlite::Statement document(c, "INSERT INTO promise_documents (promise_id, document_id) VALUES (?, ?)");
    for (const DocumentId d : p.documents) document.bind(1, id).bind(2, d).run();
    return id;
}

std::vector<Promise> SqlitePromiseRepository::select(std::string_view where, std::int64_t key) {
    const std::string from = " FROM promises p JOIN accounts a ON a.id = p.account_id ";
    const std::string filter = " WHERE " + std::string(where);
    sqlite::Statement s(database_.connection(),
                        "SELECT p.id, p.account_id, p.currency, p.amount, p.promised_for, p.taken_on, p.taken_by, "
                        "p.contact_log_id, p.note, p.withdrawn_on, p.withdrawn_by" +
                            from + filter + " ORDER BY p.account_id, p.promised_for, p.id");
    s.bind(1, key);
    std::vector<Promise> out;
    std::unordered_map<std::int64_t, std::size_t> byId;
    CurrencyColumn currency;
    while (s.step()) {
        Promise p;
        p.id = s.int64(0);
        p.accountId = s.int64(1);
        p.amount = Money(s.int64(3), currency.read(s.text(2)));
        p.promisedFor = Date::fromDayNumber(s.int32(4));
        p.takenOn = Date::fromDayNumber(s.int32(5));
        p.takenBy = s.optionalInt64(6);
        p.contactLogId = s.optionalInt64(7);
        p.note = s.string(8);
        if (!s.isNull(9)) p.withdrawnOn = Date::fromDayNumber(s.int32(9));
        p.withdrawnBy = s.optionalInt64(10);
        byId.emplace(p.id, out.size());
        out.push_back(std::move(p));
    }
    if (out.empty()) return out;
    sqlite::Statement d(database_.connection(), "SELECT pd.promise_id, pd.document_id" + from +
                                                    "JOIN promise_documents pd ON pd.promise_id = p.id" + filter +
                                                    " ORDER BY pd.promise_id, pd.document_id");
    d.bind(1, key);
    while (d.step()) out[byId.at(d.int64(0))].documents.push_back(d.int64(1));
    return out;
}

std::optional<Promise> SqlitePromiseRepository::findById(std::int64_t id) {
    auto found = select("p.id = ?", id);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<Promise> SqlitePromiseRepository::forAccount(AccountId account) {
    return select("p.account_id = ?", account);
}

std::vector<Promise> SqlitePromiseRepository::forAnalyst(UserId analyst) { return select("a.analyst_id = ?", analyst); }

void SqlitePromiseRepository::withdraw(std::int64_t id, Date on, std::optional<UserId> by) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement s(c,
                        "UPDATE promises SET withdrawn_on = ?, withdrawn_by = ? WHERE id = ? AND withdrawn_on IS NULL");
    s.bind(1, on.dayNumber()).bind(2, by).bind(3, id).run();
    if (c.changes() == 0) throw StorageError("promise " + std::to_string(id) + " does not exist or was withdrawn");
}

} // namespace duedesk
