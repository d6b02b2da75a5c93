// SQL for diary entries, holds and assignment history.
#include "storage/sqlite/SqliteDiaryRepository.h"

namespace duedesk {
namespace {

constexpr const char* kEntryColumns =
    "SELECT id, account_id, due_on, action, owner_id, note, from_contact_id, created_by, created_on, done_on, "
    "done_by, done_by_contact_id FROM diary_entries ";

std::optional<Date> optionalDate(const sqlite::Statement& s, int column) {
    if (s.isNull(column)) return std::nullopt;
    return Date::fromDayNumber(s.int32(column));
}

std::optional<std::int64_t> dayOrNull(const std::optional<Date>& d) {
    if (!d) return std::nullopt;
    return d->dayNumber();
}

DiaryEntry readEntry(const sqlite::Statement& s) {
    DiaryEntry e;
    e.id = s.int64(0);
    e.accountId = s.int64(1);
    e.dueOn = Date::fromDayNumber(s.int32(2));
    e.action = diaryActionFromName(s.text(3)).value_or(DiaryAction::Call);
    e.ownerId = s.optionalInt64(4);
    e.note = s.string(5);
    e.fromContactId = s.optionalInt64(6);
    e.createdBy = s.optionalInt64(7);
    e.createdOn = Date::fromDayNumber(s.int32(8));
    e.doneOn = optionalDate(s, 9);
    e.doneBy = s.optionalInt64(10);
    e.doneByContactId = s.optionalInt64(11);
    return e;
}

constexpr const char* kHoldColumns =
    "SELECT id, account_id, placed_on, until_on, reason, placed_by, released_on, released_by FROM holds ";

Hold readHold(const sqlite::Statement& s) {
    Hold h;
    h.id = s.int64(0);
    h.accountId = s.int64(1);
    h.placedOn = Date::fromDayNumber(s.int32(2));
    h.untilOn = Date::fromDayNumber(s.int32(3));
    h.reason = s.string(4);
    h.placedBy = s.optionalInt64(5);
    h.releasedOn = optionalDate(s, 6);
    h.releasedBy = s.optionalInt64(7);
    return h;
}

} // namespace

SqliteDiaryRepository::SqliteDiaryRepository(SqliteLedgerDatabase& database)
    : database_(database),
      insert_(database.connection(),
              "INSERT INTO diary_entries (account_id, due_on, action, owner_id, note, from_contact_id, created_by, "
              "created_on, done_on, done_by, done_by_contact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") {}

std::int64_t SqliteDiaryRepository::add(const DiaryEntry& e) {
    sqlite::Statement& s = insert_;
    s.bind(1, e.accountId).bind(2, e.dueOn.dayNumber()).bind(3, diaryActionName(e.action)).bind(4, e.ownerId);
    s.bind(5, e.note).bind(6, e.fromContactId).bind(7, e.createdBy).bind(8, e.createdOn.dayNumber());
    s.bind(9, dayOrNull(e.doneOn)).bind(10, e.doneBy).bind(11, e.doneByContactId).run();
    return database_.connection().lastInsertId();
}

std::optional<DiaryEntry> SqliteDiaryRepository::findById(std::int64_t id) {
    sqlite::Statement s(database_.connection(), std::string(kEntryColumns) + "WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return readEntry(s);
}

std::vector<DiaryEntry> SqliteDiaryRepository::forAccount(AccountId account) {
    sqlite::Statement s(database_.connection(), std::string(kEntryColumns) +
                                                    "WHERE account_id = ? ORDER BY done_on IS NOT NULL, "
                                                    "CASE WHEN done_on IS NULL THEN due_on ELSE -done_on END, id DESC");
    s.bind(1, account);
    std::vector<DiaryEntry> out;
    while (s.step()) out.push_back(readEntry(s));
    return out;
}

int SqliteDiaryRepository::completeOpen(AccountId account, Date through, Date doneOn, std::optional<UserId> by,
                                        std::optional<std::int64_t> contactId) {
    sqlite::Statement s(database_.connection(),
                        "UPDATE diary_entries SET done_on = ?, done_by = ?, done_by_contact_id = ? "
                        "WHERE account_id = ? AND done_on IS NULL AND due_on <= ?");
    s.bind(1, doneOn.dayNumber()).bind(2, by).bind(3, contactId).bind(4, account).bind(5, through.dayNumber()).run();
    return database_.connection().changes();
}

void SqliteDiaryRepository::complete(std::int64_t id, Date doneOn, std::optional<UserId> by) {
    sqlite::Statement s(database_.connection(),
                        "UPDATE diary_entries SET done_on = ?, done_by = ? WHERE id = ? AND done_on IS NULL");
    s.bind(1, doneOn.dayNumber()).bind(2, by).bind(3, id).run();
}

void SqliteDiaryRepository::moveOpen(AccountId account, std::optional<UserId> owner) {
    sqlite::Statement s(database_.connection(),
                        "UPDATE diary_entries SET owner_id = ? WHERE account_id = ? AND done_on IS NULL");
    s.bind(1, owner).bind(2, account).run();
}

std::int64_t SqliteDiaryRepository::addHold(const Hold& h) {
    sqlite::Statement s(database_.connection(),
                        "INSERT INTO holds (account_id, placed_on, until_on, reason, placed_by, released_on, "
                        "released_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, h.accountId).bind(2, h.placedOn.dayNumber()).bind(3, h.untilOn.dayNumber()).bind(4, h.reason);
    s.bind(5, h.placedBy).bind(6, dayOrNull(h.releasedOn)).bind(7, h.releasedBy).run();
    return database_.connection().lastInsertId();
}

std::optional<Hold> SqliteDiaryRepository::findHold(std::int64_t id) {
    sqlite::Statement s(database_.connection(), std::string(kHoldColumns) + "WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return readHold(s);
}

void SqliteDiaryRepository::releaseHold(std::int64_t id, Date on, std::optional<UserId> by) {
    sqlite::Statement s(database_.connection(),
                        "UPDATE holds SET released_on = ?, released_by = ? WHERE id = ? AND released_on IS NULL");
    s.bind(1, on.dayNumber()).bind(2, by).bind(3, id).run();
}

std::vector<Hold> SqliteDiaryRepository::holdsForAccount(AccountId account) {
    sqlite::Statement s(database_.connection(),
                        std::string(kHoldColumns) + "WHERE account_id = ? ORDER BY placed_on DESC, id DESC");
    s.bind(1, account);
    std::vector<Hold> out;
    while (s.step()) out.push_back(readHold(s));
    return out;
}

void SqliteDiaryRepository::recordAssignment(AccountId account, std::optional<UserId> from, std::optional<UserId> to,
                                             Date on, std::optional<UserId> by) {
    sqlite::Statement s(database_.connection(),
                        "INSERT INTO account_assignments (account_id, from_id, to_id, changed_on, changed_by) "
                        "VALUES (?, ?, ?, ?, ?)");
    s.bind(1, account).bind(2, from).bind(3, to).bind(4, on.dayNumber()).bind(5, by).run();
}

std::vector<AssignmentChange> SqliteDiaryRepository::assignmentsForAccount(AccountId account) {
    sqlite::Statement s(database_.connection(),
                        "SELECT id, account_id, from_id, to_id, changed_on, changed_by FROM account_assignments "
                        "WHERE account_id = ? ORDER BY changed_on, id");
    s.bind(1, account);
    std::vector<AssignmentChange> out;
    while (s.step()) {
        AssignmentChange c;
        c.id = s.int64(0);
        c.accountId = s.int64(1);
        c.fromId = s.optionalInt64(2);
        c.toId = s.optionalInt64(3);
        c.changedOn = Date::fromDayNumber(s.int32(4));
        c.changedBy = s.optionalInt64(5);
        out.push_back(c);
    }
    return out;
}

void SqliteDiaryRepository::forEachNextFollowUp(Date asOf, const std::function<void(AccountId, Date)>& visit) {
    // Walks diary_entries_account in order: each account's entries, soonest first.
    sqlite::Statement s(database_.connection(), "SELECT account_id, MIN(due_on) FROM diary_entries "
                                                "WHERE created_on <= ?1 AND (done_on IS NULL OR done_on > ?1) "
                                                "GROUP BY account_id ORDER BY account_id");
    s.bind(1, asOf.dayNumber());
    while (s.step()) visit(s.int64(0), Date::fromDayNumber(s.int32(1)));
}

} // namespace duedesk
