// The contact log: entries checked and attributed; the ledger's last
// contact and follow-up come from each account's latest entry.
#include "duedesk/reports/AccountDetail.h"
#include "duedesk/reports/LedgerList.h"
#include "duedesk/services/ContactLogService.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
ContactLogEntry entry(AccountId account, Date on, ContactChannel channel, std::string outcome,
                      std::optional<Date> followUp) {
    ContactLogEntry e;
    e.accountId = account;
    e.contactedOn = on;
    e.channel = channel;
    e.outcome = std::move(outcome);
    e.followUpOn = followUp;
    return e;
}

const LedgerRow& rowOf(const std::vector<LedgerRow>& rows, const std::string& number) {
    const auto it = std::ranges::find(rows, number, &LedgerRow::number);
    REQUIRE(it != rows.end());
    return *it;
}
} // namespace

TEST_CASE("The ledger shows each account's latest contact and its follow-up", "[contactlog]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const Actor by = Actor::person(*UserDirectory(*db).find("amorgan"), Date::ymd(2026, 6, 30));
    ContactLogService log(*db);
    log.logContact(entry(a1, Date::ymd(2026, 6, 10), ContactChannel::Phone, "Promised payment", Date::ymd(2026, 6, 17)),
                   by);
    log.logContact(
        entry(a1, Date::ymd(2026, 6, 20), ContactChannel::Email, "Remittance requested", Date::ymd(2026, 6, 27)), by);
    // Recorded last, but about an earlier day: not the latest contact.
    log.logContact(entry(a1, Date::ymd(2026, 6, 5), ContactChannel::Letter, "Reminder sent", std::nullopt), by);

    auto rows = loadLedgerList(*db, Date::ymd(2026, 6, 30)).rows;
    CHECK(rowOf(rows, "A1").lastContact == Date::ymd(2026, 6, 20));
    CHECK(rowOf(rows, "A1").nextFollowUp == Date::ymd(2026, 6, 27));
    CHECK_FALSE(rowOf(rows, "A2").lastContact);
    CHECK_FALSE(rowOf(rows, "A2").nextFollowUp);
    // The follow-up of 2026-06-27 has come on that day, not the day before.
    CHECK(isFollowUpDue(rowOf(rows, "A1"), Date::ymd(2026, 6, 27)));
    CHECK_FALSE(isFollowUpDue(rowOf(rows, "A1"), Date::ymd(2026, 6, 26)));
    CHECK_FALSE(isFollowUpDue(rowOf(rows, "A2"), Date::ymd(2026, 6, 30)));
    LedgerFilter due;
    due.followUpDueBy = Date::ymd(2026, 6, 30);
    std::vector<std::string> dueNumbers;
    for (const LedgerRow& r : rows)
        if (due.accepts(r)) dueNumbers.push_back(r.number);
    CHECK(dueNumbers == std::vector<std::string>{"A1"});
    // As of 2026-06-15 the ledger knows only the calls until then.
    rows = loadLedgerList(*db, Date::ymd(2026, 6, 15)).rows;
    CHECK(rowOf(rows, "A1").lastContact == Date::ymd(2026, 6, 10));
    CHECK(rowOf(rows, "A1").nextFollowUp == Date::ymd(2026, 6, 17));

    // The account view lists them newest first, with who recorded them.
    const AccountDetail d = loadAccountDetail(*db, a1, Date::ymd(2026, 6, 30));
    REQUIRE(d.contactLog.size() == 3);
    CHECK(d.contactLog[0].outcome == "Remittance requested");
    CHECK(d.contactLog[0].channel == ContactChannel::Email);
    CHECK(d.contactLog[2].outcome == "Reminder sent");
    CHECK(d.recordedByNames.at(*by.user) == "amorgan");
}

TEST_CASE("A contact entry is refused, naming the field, and nothing is written", "[contactlog]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const Actor by = Actor::person(*UserDirectory(*db).find("amorgan"), Date::ymd(2026, 6, 30));
    ContactLogService log(*db);
    const std::string before = dumpDatabase(db->path());
    CHECK_THROWS_WITH(log.logContact(entry(a1, Date::ymd(2026, 6, 10), ContactChannel::Phone, " ", std::nullopt), by),
                      "Outcome is required: what came of the contact.");
    CHECK_THROWS_WITH(log.logContact(entry(a1, Date::ymd(2026, 7, 1), ContactChannel::Phone, "Call", std::nullopt), by),
                      "2026-07-01 is after the latest contact date allowed, 2026-06-30.");
    CHECK_THROWS_WITH(
        log.logContact(entry(a1, Date::ymd(2026, 6, 10), ContactChannel::Phone, "Call", Date::ymd(2026, 6, 9)), by),
        "The follow-up 2026-06-09 is before the contact date 2026-06-10.");
    ContactLogEntry stranger = entry(a1, Date::ymd(2026, 6, 10), ContactChannel::Phone, "Call", std::nullopt);
    stranger.contactId = 12345;
    CHECK_THROWS_WITH(log.logContact(stranger, by), "contact: not a contact of this account");
    CHECK_THROWS_WITH(
        log.logContact(entry(999, Date::ymd(2026, 6, 10), ContactChannel::Phone, "Call", std::nullopt), by),
        "account: no such account");
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("Contact channels have stable stored names", "[contactlog]") {
    for (auto c : {ContactChannel::Phone, ContactChannel::Email, ContactChannel::Letter, ContactChannel::Meeting,
                   ContactChannel::Note})
        CHECK(contactChannelFromName(contactChannelName(c)) == c);
    CHECK(contactChannelName(ContactChannel::Email) == "email");
    CHECK_FALSE(contactChannelFromName("fax"));
}
