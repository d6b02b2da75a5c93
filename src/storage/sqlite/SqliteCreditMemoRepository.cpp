// SQL for credit memo requests, their invoices and their events.
#include "storage/sqlite/SqliteCreditMemoRepository.h"

#include "storage/sqlite/CurrencyColumn.h"

#include <unordered_map>

namespace duedesk {
namespace {

CreditMemoState storedState(std::string_view name) {
    const auto state = creditMemoStateFromName(name);
    if (!state) throw StorageError("the ledger holds an unknown credit memo state " + std::string(name));
    return *state;
}

std::optional<std::int64_t> day(std::optional<Date> d) {
    return d ? std::optional<std::int64_t>(d->dayNumber()) : std::nullopt;
}

// The filter (and one request's id) as a WHERE clause on requests `r`
// joined to disputes `d`, with its values bound in the same order, ?1 to ?4.
const char* const kWhere = "(?1 IS NULL OR r.dispute_id = ?1) AND (?2 IS NULL OR d.account_id = ?2) AND "
                           "(?3 IS NULL OR r.state = ?3) AND (?4 IS NULL OR r.id = ?4)";

void bindFilter(sqlite::Statement& s, const CreditMemoFilter& f, std::optional<CreditMemoId> id) {
    s.bind(1, f.dispute).bind(2, f.account);
    if (f.state)
        s.bind(3, creditMemoStateName(*f.state));
    else
        s.bindNull(3);
    s.bind(4, id);
}

} // namespace

CreditMemoId SqliteCreditMemoRepository::add(const CreditMemoRequest& r) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement insert(c, "INSERT INTO credit_memo_requests (dispute_id, justification, state, requested_by, "
                                "requested_on, decided_by, decided_on, rejection_reason, credit_note_id, credited_on) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, r.disputeId).bind(2, r.justification).bind(3, creditMemoStateName(r.state));
    insert.bind(4, r.requestedBy).bind(5, r.requestedOn.dayNumber()).bind(6, r.decidedBy).bind(7, day(r.decidedOn));
    insert.bind(8, r.rejectionReason).bind(9, r.creditNote).bind(10, day(r.creditedOn)).run();
    const CreditMemoId id = c.lastInsertId();
    sqlite::Statement item(
        c, "INSERT INTO credit_memo_items (request_id, document_id, amount, currency) VALUES (?, ?, ?, ?)");
    for (const CreditMemoItem& i : r.items)
        item.bind(1, id).bind(2, i.document).bind(3, i.amount.minorUnits()).bind(4, i.amount.currency().code()).run();
    return id;
}

void SqliteCreditMemoRepository::addEvent(const CreditMemoEvent& e) {
    sqlite::Statement s(database_.connection(), "INSERT INTO credit_memo_events (request_id, state, note, "
                                                "recorded_by, recorded_on) VALUES (?, ?, ?, ?, ?)");
    s.bind(1, e.requestId).bind(2, creditMemoStateName(e.state)).bind(3, e.note);
    s.bind(4, e.recordedBy).bind(5, e.recordedOn.dayNumber()).run();
}

void SqliteCreditMemoRepository::decide(CreditMemoId id, CreditMemoState state, std::optional<UserId> by, Date on,
                                        const std::string& rejectionReason) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement s(c, "UPDATE credit_memo_requests SET state = ?, decided_by = ?, decided_on = ?, "
                           "rejection_reason = ? WHERE id = ? AND state = 'requested'");
    s.bind(1, creditMemoStateName(state)).bind(2, by).bind(3, on.dayNumber()).bind(4, rejectionReason);
    s.bind(5, id).run();
    if (c.changes() == 0) throw StorageError(creditMemoNumber(id) + " is not waiting for a decision");
}

void SqliteCreditMemoRepository::markCredited(CreditMemoId id, DocumentId creditNote, Date on) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement s(c, "UPDATE credit_memo_requests SET state = 'credited', credit_note_id = ?, credited_on = ? "
                           "WHERE id = ? AND state = 'approved'");
    s.bind(1, creditNote).bind(2, on.dayNumber()).bind(3, id).run();
    if (c.changes() == 0) throw StorageError(creditMemoNumber(id) + " is not approved");
}

void SqliteCreditMemoRepository::markCancelled(CreditMemoId id) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement s(c, "UPDATE credit_memo_requests SET state = 'cancelled' "
                           "WHERE id = ? AND state IN ('requested', 'approved')");
    s.bind(1, id).run();
    if (c.changes() == 0) throw StorageError(creditMemoNumber(id) + " is not pending");
}

std::optional<CreditMemoRequest> SqliteCreditMemoRepository::findById(CreditMemoId id) {
    auto found = select({}, id);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<CreditMemoRequest> SqliteCreditMemoRepository::list(const CreditMemoFilter& filter) {
    return select(filter, std::nullopt);
}

std::vector<CreditMemoRequest> SqliteCreditMemoRepository::select(const CreditMemoFilter& filter,
                                                                  std::optional<CreditMemoId> id) {
    sqlite::Connection& c = database_.connection();
    const std::string where = kWhere;
    sqlite::Statement s(c, "SELECT r.id, r.dispute_id, d.account_id, r.justification, r.state, r.requested_by, "
                           "r.requested_on, r.decided_by, r.decided_on, r.rejection_reason, r.credit_note_id, "
                           "n.number, r.credited_on FROM credit_memo_requests r "
                           "JOIN disputes d ON d.id = r.dispute_id "
                           "LEFT JOIN documents n ON n.id = r.credit_note_id WHERE " +
                               where + " ORDER BY r.id");
    bindFilter(s, filter, id);
    std::vector<CreditMemoRequest> out;
    std::unordered_map<CreditMemoId, std::size_t> byId;
    while (s.step()) {
        CreditMemoRequest r;
        r.id = s.int64(0);
        r.disputeId = s.int64(1);
        r.accountId = s.int64(2);
        r.justification = s.string(3);
        r.state = storedState(s.text(4));
        r.requestedBy = s.optionalInt64(5);
        r.requestedOn = Date::fromDayNumber(s.int32(6));
        r.decidedBy = s.optionalInt64(7);
        if (!s.isNull(8)) r.decidedOn = Date::fromDayNumber(s.int32(8));
        r.rejectionReason = s.string(9);
        r.creditNote = s.optionalInt64(10);
        if (!s.isNull(11)) r.creditNoteNumber = s.string(11);
        if (!s.isNull(12)) r.creditedOn = Date::fromDayNumber(s.int32(12));
        byId.emplace(r.id, out.size());
        out.push_back(std::move(r));
    }
    if (out.empty()) return out;
    {
        sqlite::Statement i(c, "SELECT i.request_id, i.document_id, n.number, i.amount, i.currency "
                               "FROM credit_memo_requests r JOIN disputes d ON d.id = r.dispute_id "
                               "JOIN credit_memo_items i ON i.request_id = r.id "
                               "JOIN documents n ON n.id = i.document_id WHERE " +
                                   where + " ORDER BY i.request_id, n.number, i.document_id");
        bindFilter(i, filter, id);
        CurrencyColumn currency;
        while (i.step())
            out[byId.at(i.int64(0))].items.push_back(
                {i.int64(1), i.string(2), Money(i.int64(3), currency.read(i.text(4)))});
    }
    {
        sqlite::Statement e(c, "SELECT e.id, e.request_id, e.state, e.note, e.recorded_by, e.recorded_on "
                               "FROM credit_memo_requests r JOIN disputes d ON d.id = r.dispute_id "
                               "JOIN credit_memo_events e ON e.request_id = r.id WHERE " +
                                   where + " ORDER BY e.request_id, e.id");
        bindFilter(e, filter, id);
        while (e.step()) {
            CreditMemoEvent ev;
            ev.id = e.int64(0);
            ev.requestId = e.int64(1);
            ev.state = storedState(e.text(2));
            ev.note = e.string(3);
            ev.recordedBy = e.optionalInt64(4);
            ev.recordedOn = Date::fromDayNumber(e.int32(5));
            out[byId.at(ev.requestId)].events.push_back(std::move(ev));
        }
    }
    return out;
}

std::optional<CreditMemoId> SqliteCreditMemoRepository::pendingFor(DisputeId dispute) {
    sqlite::Statement s(database_.connection(),
                        "SELECT id FROM credit_memo_requests WHERE dispute_id = ? AND state IN ('requested', "
                        "'approved') ORDER BY id LIMIT 1");
    s.bind(1, dispute);
    if (s.step()) return s.int64(0);
    return std::nullopt;
}

std::optional<CreditMemoId> SqliteCreditMemoRepository::settledBy(DocumentId creditNote) {
    sqlite::Statement s(database_.connection(), "SELECT id FROM credit_memo_requests WHERE credit_note_id = ?");
    s.bind(1, creditNote);
    if (s.step()) return s.int64(0);
    return std::nullopt;
}

std::vector<CreditNoteNamingRequest> SqliteCreditMemoRepository::creditNotesNamingApproved() {
    // Few credit notes name a request at all: LIKE narrows them (it ignores
    // the case of ASCII letters), and the request number is read from the
    // reference in the core, where the rule lives.
    sqlite::Statement s(database_.connection(),
                        "SELECT id, reference FROM documents WHERE type = ? AND open_amount > 0 "
                        "AND reference LIKE '%CMR-%' AND id NOT IN (SELECT credit_note_id FROM "
                        "credit_memo_requests WHERE credit_note_id IS NOT NULL) ORDER BY id");
    s.bind(1, static_cast<int>(DocumentType::CreditNote));
    std::vector<CreditNoteNamingRequest> named;
    while (s.step())
        if (const auto request = creditMemoIdIn(s.text(1))) named.push_back({s.int64(0), *request});
    sqlite::Statement approved(database_.connection(),
                               "SELECT 1 FROM credit_memo_requests WHERE id = ? AND state = 'approved'");
    std::vector<CreditNoteNamingRequest> out;
    for (const CreditNoteNamingRequest& n : named) {
        approved.bind(1, n.request);
        if (approved.step()) out.push_back(n);
        approved.reset();
    }
    return out;
}

} // namespace duedesk
