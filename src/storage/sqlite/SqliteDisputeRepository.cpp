// SQL for disputes, their invoices and their events.
#include "storage/sqlite/SqliteDisputeRepository.h"

#include "storage/sqlite/CurrencyColumn.h"
#include "storage/sqlite/GroupColumns.h"

#include <unordered_map>

namespace duedesk {
namespace {

DisputeState storedState(std::string_view name) {
    const auto state = disputeStateFromName(name);
    if (!state) throw StorageError("the ledger holds an unknown dispute state " + std::string(name));
    return *state;
}

} // namespace

DisputeId SqliteDisputeRepository::add(const Dispute& d) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement insert(c, "INSERT INTO disputes (account_id, reason, state, owner, raised_on, due_on, raised_by, "
                                "note, closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, d.accountId).bind(2, disputeReasonName(d.reason)).bind(3, disputeStateName(d.state));
    insert.bind(4, d.owner).bind(5, d.raisedOn.dayNumber()).bind(6, d.dueOn.dayNumber()).bind(7, d.raisedBy);
    insert.bind(8, d.note);
    if (d.closedOn) insert.bind(9, d.closedOn->dayNumber());
    insert.run();
    const DisputeId id = c.lastInsertId();
    sqlite::Statement document(
        c, "INSERT INTO dispute_documents (dispute_id, document_id, amount, currency) VALUES (?, ?, ?, ?)");
    for (const DisputedInvoice& i : d.invoices)
        document.bind(1, id)
            .bind(2, i.document)
            .bind(3, i.amount.minorUnits())
            .bind(4, i.amount.currency().code())
            .run();
    return id;
}

void SqliteDisputeRepository::addEvent(const DisputeEvent& e) {
    sqlite::Statement s(database_.connection(), "INSERT INTO dispute_events (dispute_id, state, owner, note, "
                                                "recorded_by, recorded_on) VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(1, e.disputeId).bind(2, disputeStateName(e.state)).bind(3, e.owner).bind(4, e.note);
    s.bind(5, e.recordedBy).bind(6, e.recordedOn.dayNumber()).run();
}

void SqliteDisputeRepository::update(DisputeId id, DisputeState state, const std::string& owner,
                                     std::optional<Date> closedOn) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement s(c, "UPDATE disputes SET state = ?, owner = ?, closed_on = ? WHERE id = ?");
    s.bind(1, disputeStateName(state)).bind(2, owner);
    s.bind(3, closedOn ? std::optional<std::int64_t>(closedOn->dayNumber()) : std::nullopt).bind(4, id).run();
    if (c.changes() == 0) throw StorageError("dispute " + std::to_string(id) + " does not exist");
}

std::vector<Dispute> SqliteDisputeRepository::select(const std::string& where, const std::vector<std::int64_t>& keys,
                                                     const std::vector<std::string>& texts) {
    sqlite::Connection& c = database_.connection();
    const std::string tables = " FROM disputes s JOIN accounts a ON a.id = s.account_id";
    const std::string from = tables + " WHERE " + where;
    const auto bindAll = [&](sqlite::Statement& s) {
        int i = 1;
        for (const std::int64_t k : keys) s.bind(i++, k);
        for (const std::string& t : texts) s.bind(i++, t);
    };
    sqlite::Statement s(c, "SELECT s.id, s.account_id, s.reason, s.state, s.owner, s.raised_on, s.due_on, "
                           "s.raised_by, s.note, s.closed_on" +
                               from + " ORDER BY a.number, s.raised_on, s.id");
    bindAll(s);
    std::vector<Dispute> out;
    std::unordered_map<DisputeId, std::size_t> byId;
    while (s.step()) {
        Dispute d;
        d.id = s.int64(0);
        d.accountId = s.int64(1);
        const auto reason = disputeReasonFromName(s.text(2));
        if (!reason) throw StorageError("the ledger holds an unknown dispute reason " + s.string(2));
        d.reason = *reason;
        d.state = storedState(s.text(3));
        d.owner = s.string(4);
        d.raisedOn = Date::fromDayNumber(s.int32(5));
        d.dueOn = Date::fromDayNumber(s.int32(6));
        d.raisedBy = s.optionalInt64(7);
        d.note = s.string(8);
        if (!s.isNull(9)) d.closedOn = Date::fromDayNumber(s.int32(9));
        byId.emplace(d.id, out.size());
        out.push_back(std::move(d));
    }
    if (out.empty()) return out;
    {
        sqlite::Statement i(c, "SELECT dd.dispute_id, dd.document_id, doc.number, dd.amount, dd.currency" + tables +
                                   " JOIN dispute_documents dd ON dd.dispute_id = s.id "
                                   "JOIN documents doc ON doc.id = dd.document_id WHERE " +
                                   where + " ORDER BY dd.dispute_id, doc.number, dd.document_id");
        bindAll(i);
        CurrencyColumn currency;
        while (i.step())
            out[byId.at(i.int64(0))].invoices.push_back(
                {i.int64(1), i.string(2), Money(i.int64(3), currency.read(i.text(4)))});
    }
    {
        sqlite::Statement e(c, "SELECT e.id, e.dispute_id, e.state, e.owner, e.note, e.recorded_by, e.recorded_on" +
                                   tables + " JOIN dispute_events e ON e.dispute_id = s.id WHERE " + where +
                                   " ORDER BY e.dispute_id, e.id");
        bindAll(e);
        while (e.step()) {
            DisputeEvent ev;
            ev.id = e.int64(0);
            ev.disputeId = e.int64(1);
            ev.state = storedState(e.text(2));
            ev.owner = e.string(3);
            ev.note = e.string(4);
            ev.recordedBy = e.optionalInt64(5);
            ev.recordedOn = Date::fromDayNumber(e.int32(6));
            out[byId.at(ev.disputeId)].events.push_back(std::move(ev));
        }
    }
    return out;
}

std::optional<Dispute> SqliteDisputeRepository::findById(DisputeId id) {
    auto found = select("s.id = ?", {id}, {});
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<Dispute> SqliteDisputeRepository::list(const DisputeFilter& filter) {
    std::string where = "1";
    std::vector<std::int64_t> keys;
    std::vector<std::string> texts;
    if (filter.account) {
        where += " AND s.account_id = ?";
        keys.push_back(*filter.account);
    }
    if (filter.state) {
        where += " AND s.state = ?";
        texts.emplace_back(disputeStateName(*filter.state));
    }
    return select(where, keys, texts);
}

std::unordered_map<DocumentId, std::int64_t>
SqliteDisputeRepository::activeDisputed(std::span<const DocumentId> documents) {
    std::unordered_map<DocumentId, std::int64_t> out;
    sqlite::Statement s(database_.connection(),
                        "SELECT coalesce(sum(dd.amount), 0) FROM dispute_documents dd "
                        "JOIN disputes s ON s.id = dd.dispute_id WHERE dd.document_id = ? AND s.closed_on IS NULL");
    for (const DocumentId d : documents) {
        s.bind(1, d);
        if (s.step()) out[d] = s.int64(0);
        s.reset();
    }
    return out;
}

std::vector<DisputedItem> SqliteDisputeRepository::disputedOn(Date asOf, OpenItemGrouping grouping) {
    sqlite::Statement s(database_.connection(),
                        "SELECT dd.document_id, " + groupColumns(grouping) +
                            ", d.currency, sum(dd.amount), d.open_amount FROM disputes s "
                            "JOIN dispute_documents dd ON dd.dispute_id = s.id "
                            "JOIN documents d ON d.id = dd.document_id "
                            "JOIN accounts a ON a.id = d.account_id LEFT JOIN users u ON u.id = a.analyst_id "
                            "WHERE s.raised_on <= ?1 AND (s.closed_on IS NULL OR s.closed_on > ?1) "
                            "GROUP BY dd.document_id ORDER BY dd.document_id");
    s.bind(1, asOf.dayNumber());
    std::vector<DisputedItem> out;
    CurrencyColumn currency;
    while (s.step())
        out.push_back({s.int64(0), s.string(1), s.string(2), currency.read(s.text(3)), s.int64(4), s.int64(5)});
    return out;
}

} // namespace duedesk
