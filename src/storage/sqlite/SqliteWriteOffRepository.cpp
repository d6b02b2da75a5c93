// SQL for write-offs, their documents, their events and the approvers'
// limits.
#include "storage/sqlite/SqliteWriteOffRepository.h"

#include "storage/sqlite/CurrencyColumn.h"

namespace duedesk {
namespace {

WriteOffState storedState(std::string_view name) {
    const auto state = writeOffStateFromName(name);
    if (!state) throw StorageError("the ledger holds an unknown write-off state " + std::string(name));
    return *state;
}

std::optional<std::int64_t> day(std::optional<Date> d) {
    return d ? std::optional<std::int64_t>(d->dayNumber()) : std::nullopt;
}

} // namespace

void SqliteWriteOffRepository::setLimit(const WriteOffLimit& limit, std::optional<UserId> by, Date on) {
    sqlite::Statement s(
        database_.connection(),
        "INSERT INTO write_off_limits (user_id, amount, currency, set_by, set_on) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (user_id) DO UPDATE SET amount = excluded.amount, currency = excluded.currency, "
        "set_by = excluded.set_by, set_on = excluded.set_on");
    s.bind(1, limit.user).bind(2, limit.amount.minorUnits()).bind(3, limit.amount.currency().code());
    s.bind(4, by).bind(5, on.dayNumber()).run();
}

std::optional<WriteOffLimit> SqliteWriteOffRepository::limitOf(UserId user) {
    for (const WriteOffLimit& l : limits())
        if (l.user == user) return l;
    return std::nullopt;
}

std::vector<WriteOffLimit> SqliteWriteOffRepository::limits() {
    sqlite::Statement s(database_.connection(),
                        "SELECT user_id, amount, currency FROM write_off_limits ORDER BY user_id");
    std::vector<WriteOffLimit> out;
    CurrencyColumn currency;
    while (s.step()) out.push_back({s.int64(0), Money(s.int64(1), currency.read(s.text(2)))});
    return out;
}

WriteOffId SqliteWriteOffRepository::add(const WriteOff& w) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement insert(c, "INSERT INTO write_offs (account_id, reason, evidence, state, requested_by, "
                                "requested_on, decided_by, decided_on, rejection_reason, posted_by, posted_on) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, w.accountId).bind(2, writeOffReasonName(w.reason)).bind(3, w.evidence);
    insert.bind(4, writeOffStateName(w.state)).bind(5, w.requestedBy).bind(6, w.requestedOn.dayNumber());
    insert.bind(7, w.decidedBy).bind(8, day(w.decidedOn)).bind(9, w.rejectionReason);
    insert.bind(10, w.postedBy).bind(11, day(w.postedOn)).run();
    const WriteOffId id = c.lastInsertId();
    sqlite::Statement item(
        c, "INSERT INTO write_off_items (write_off_id, document_id, amount, currency) VALUES (?, ?, ?, ?)");
    for (const WriteOffItem& i : w.items)
        item.bind(1, id).bind(2, i.document).bind(3, i.amount.minorUnits()).bind(4, i.amount.currency().code()).run();
    return id;
}

void SqliteWriteOffRepository::addEvent(const WriteOffEvent& e) {
    sqlite::Statement s(database_.connection(), "INSERT INTO write_off_events (write_off_id, state, note, "
                                                "recorded_by, recorded_on) VALUES (?, ?, ?, ?, ?)");
    s.bind(1, e.writeOffId).bind(2, writeOffStateName(e.state)).bind(3, e.note);
    s.bind(4, e.recordedBy).bind(5, e.recordedOn.dayNumber()).run();
}

void SqliteWriteOffRepository::decide(WriteOffId id, WriteOffState state, std::optional<UserId> by, Date on,
                                      const std::string& rejectionReason) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement s(c, "UPDATE write_offs SET state = ?, decided_by = ?, decided_on = ?, rejection_reason = ? "
                           "WHERE id = ? AND state = 'requested'");
    s.bind(1, writeOffStateName(state)).bind(2, by).bind(3, on.dayNumber()).bind(4, rejectionReason).bind(5, id).run();
    if (c.changes() == 0) throw StorageError("write-off " + std::to_string(id) + " is not waiting for a decision");
}

void SqliteWriteOffRepository::markPosted(WriteOffId id, std::optional<UserId> by, Date on) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement s(c, "UPDATE write_offs SET state = 'posted', posted_by = ?, posted_on = ? "
                           "WHERE id = ? AND state = 'approved'");
    s.bind(1, by).bind(2, on.dayNumber()).bind(3, id).run();
    if (c.changes() == 0) throw StorageError("write-off " + std::to_string(id) + " is not approved");
}

std::vector<WriteOff> SqliteWriteOffRepository::select(const std::string& where, std::optional<WriteOffId> id,
                                                       const std::optional<std::string>& state) {
    sqlite::Connection& c = database_.connection();
    const auto bindKey = [&](sqlite::Statement& s) {
        if (id) s.bind(1, *id);
        if (state) s.bind(1, *state);
    };
    sqlite::Statement s(c, "SELECT w.id, w.account_id, w.reason, w.evidence, w.state, w.requested_by, "
                           "w.requested_on, w.decided_by, w.decided_on, w.rejection_reason, w.posted_by, w.posted_on "
                           "FROM write_offs w WHERE " +
                               where + " ORDER BY w.id");
    bindKey(s);
    std::vector<WriteOff> out;
    std::unordered_map<WriteOffId, std::size_t> byId;
    while (s.step()) {
        WriteOff w;
        w.id = s.int64(0);
        w.accountId = s.int64(1);
        const auto reason = writeOffReasonFromName(s.text(2));
        if (!reason) throw StorageError("the ledger holds an unknown write-off reason " + s.string(2));
        w.reason = *reason;
        w.evidence = s.string(3);
        w.state = storedState(s.text(4));
        w.requestedBy = s.optionalInt64(5);
        w.requestedOn = Date::fromDayNumber(s.int32(6));
        w.decidedBy = s.optionalInt64(7);
        if (!s.isNull(8)) w.decidedOn = Date::fromDayNumber(s.int32(8));
        w.rejectionReason = s.string(9);
        w.postedBy = s.optionalInt64(10);
        if (!s.isNull(11)) w.postedOn = Date::fromDayNumber(s.int32(11));
        byId.emplace(w.id, out.size());
        out.push_back(std::move(w));
    }
    if (out.empty()) return out;
    {
        sqlite::Statement i(c, "SELECT i.write_off_id, i.document_id, d.number, i.amount, i.currency "
                               "FROM write_offs w JOIN write_off_items i ON i.write_off_id = w.id "
                               "JOIN documents d ON d.id = i.document_id WHERE " +
                                   where + " ORDER BY i.write_off_id, d.number, i.document_id");
        bindKey(i);
        CurrencyColumn currency;
        while (i.step())
            out[byId.at(i.int64(0))].items.push_back(
                {i.int64(1), i.string(2), Money(i.int64(3), currency.read(i.text(4)))});
    }
    {
        sqlite::Statement e(c, "SELECT e.id, e.write_off_id, e.state, e.note, e.recorded_by, e.recorded_on "
                               "FROM write_offs w JOIN write_off_events e ON e.write_off_id = w.id WHERE " +
                                   where + " ORDER BY e.write_off_id, e.id");
        bindKey(e);
        while (e.step()) {
            WriteOffEvent ev;
            ev.id = e.int64(0);
            ev.writeOffId = e.int64(1);
            ev.state = storedState(e.text(2));
            ev.note = e.string(3);
            ev.recordedBy = e.optionalInt64(4);
            ev.recordedOn = Date::fromDayNumber(e.int32(5));
            out[byId.at(ev.writeOffId)].events.push_back(std::move(ev));
        }
    }
    return out;
}

std::optional<WriteOff> SqliteWriteOffRepository::findById(WriteOffId id) {
    auto found = select("w.id = ?1", id, std::nullopt);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<WriteOff> SqliteWriteOffRepository::list(std::optional<WriteOffState> state) {
    if (!state) return select("1", std::nullopt, std::nullopt);
    return select("w.state = ?1", std::nullopt, std::string(writeOffStateName(*state)));
}

std::unordered_map<DocumentId, WriteOffId> SqliteWriteOffRepository::pendingFor(std::span<const DocumentId> documents) {
    std::unordered_map<DocumentId, WriteOffId> out;
    sqlite::Statement s(database_.connection(),
                        "SELECT i.write_off_id FROM write_off_items i JOIN write_offs w ON w.id = i.write_off_id "
                        "WHERE i.document_id = ? AND (w.state = 'requested' OR w.state = 'approved')");
    for (const DocumentId d : documents) {
        s.bind(1, d);
        if (s.step()) out[d] = s.int64(0);
        s.reset();
    }
    return out;
}

} // namespace duedesk
