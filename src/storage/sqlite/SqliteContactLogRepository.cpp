// SQL for the contact log.
#include "storage/sqlite/SqliteContactLogRepository.h"

namespace duedesk {

SqliteContactLogRepository::SqliteContactLogRepository(SqliteLedgerDatabase& database)
    : database_(database),
      insert_(database.connection(),
              "INSERT INTO contact_log (account_id, contacted_on, channel, contact_id, outcome, note, follow_up_on, "
              "corrects_id, recorded_by, recorded_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") {}

std::int64_t SqliteContactLogRepository::add(const ContactLogEntry& e) {
    sqlite::Statement& s = insert_;
    std::optional<std::int64_t> followUp;
    if (e.followUpOn) followUp = e.followUpOn->dayNumber();
    s.bind(1, e.accountId).bind(2, e.contactedOn.dayNumber()).bind(3, contactChannelName(e.channel));
    s.bind(4, e.contactId).bind(5, contactOutcomeName(e.outcome)).bind(6, e.note).bind(7, followUp);
    s.bind(8, e.correctsId).bind(9, e.recordedBy).bind(10, e.recordedOn.dayNumber()).run();
    return database_.connection().lastInsertId();
}

std::vector<ContactLogEntry> SqliteContactLogRepository::forAccount(AccountId account) {
    sqlite::Statement s(
        database_.connection(),
        "SELECT id, contacted_on, channel, contact_id, outcome, note, follow_up_on, recorded_by, "
        "recorded_on, corrects_id FROM contact_log WHERE account_id = ? ORDER BY contacted_on DESC, id DESC");
    s.bind(1, account);
    std::vector<ContactLogEntry> out;
    while (s.step()) {
        ContactLogEntry e;
        e.id = s.int64(0);
        e.accountId = account;
        e.contactedOn = Date::fromDayNumber(s.int32(1));
        e.channel = contactChannelFromName(s.text(2)).value_or(ContactChannel::Note);
        e.contactId = s.optionalInt64(3);
        e.outcome = contactOutcomeFromName(s.text(4)).value_or(ContactOutcome::Other);
        e.note = s.string(5);
        if (!s.isNull(6)) e.followUpOn = Date::fromDayNumber(s.int32(6));
        e.recordedBy = s.int64(7);
        e.recordedOn = Date::fromDayNumber(s.int32(8));
        e.correctsId = s.optionalInt64(9);
        out.push_back(std::move(e));
    }
    return out;
}

void SqliteContactLogRepository::forEachLatest(Date asOf, const std::function<void(const LatestContact&)>& visit) {
    // In index order each account's entries end with its latest one.
    sqlite::Statement s(database_.connection(),
                        "SELECT account_id, contacted_on, follow_up_on FROM contact_log WHERE contacted_on <= ? "
                        "ORDER BY account_id, contacted_on, id");
    s.bind(1, asOf.dayNumber());
    std::optional<LatestContact> pending;
    while (s.step()) {
        const AccountId account = s.int64(0);
        if (pending && pending->account != account) visit(*pending);
        LatestContact latest;
        latest.account = account;
        latest.contactedOn = Date::fromDayNumber(s.int32(1));
        if (!s.isNull(2)) latest.followUpOn = Date::fromDayNumber(s.int32(2));
        pending = latest;
    }
    if (pending) visit(*pending);
}

} // namespace duedesk
