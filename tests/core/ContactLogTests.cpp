// The contact log: entries checked and attributed; the ledger's last
// contact and follow-up come from each account's latest entry.
#include "duedesk/reports/AccountDetail.h"
#include "duedesk/reports/LedgerList.h"
#include "duedesk/services/ContactLogService.h"
#include "duedesk/services/DiaryService.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
ContactLogEntry entry(AccountId account, Date on, ContactChannel channel, ContactOutcome outcome, std::string note,
                      std::optional<Date> followUp) {
    ContactLogEntry e;
    e.accountId = account;
    e.contactedOn = on;
    e.channel = channel;
    e.outcome = outcome;
    e.note = std::move(note);
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
    log.logContact(entry(a1, Date::ymd(2026, 6, 10), ContactChannel::Phone, ContactOutcome::PromiseToPay,
                         "Promised payment", Date::ymd(2026, 6, 17)),
                   by);
    log.logContact(entry(a1, Date::ymd(2026, 6, 20), ContactChannel::Email, ContactOutcome::RemittanceRequested, "",
                         Date::ymd(2026, 6, 27)),
                   by);
    // Recorded last, but about an earlier day: not the latest contact.
    log.logContact(entry(a1, Date::ymd(2026, 6, 5), ContactChannel::Letter, ContactOutcome::Other, "Reminder sent",
                         Date::ymd(2026, 6, 12)),
                   by);

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
    // As of 2026-06-15 the ledger knows only the calls until then; their
    // follow-ups came into the diary when they were recorded, on 2026-06-30.
    rows = loadLedgerList(*db, Date::ymd(2026, 6, 15)).rows;
    CHECK(rowOf(rows, "A1").lastContact == Date::ymd(2026, 6, 10));
    CHECK_FALSE(rowOf(rows, "A1").nextFollowUp);
    // The letter of 2026-06-05, recorded after the e-mail of 2026-06-20, went
    // in the log only: the diary holds the e-mail's follow-up alone.
    const auto entries = db->diary().forAccount(a1);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].dueOn == Date::ymd(2026, 6, 27));
    CHECK_FALSE(entries[0].doneOn);
    CHECK(entries[1].dueOn == Date::ymd(2026, 6, 17));
    CHECK(entries[1].doneOn == Date::ymd(2026, 6, 30));

    // A follow-up added by hand, sooner, is the ledger's next one; done, it is no more.
    DiaryEntry review;
    review.accountId = a1;
    review.dueOn = Date::ymd(2026, 6, 25);
    review.action = DiaryAction::Review;
    const std::int64_t reviewId = DiaryService(*db).addEntry(review, by);
    CHECK(rowOf(loadLedgerList(*db, Date::ymd(2026, 6, 30)).rows, "A1").nextFollowUp == Date::ymd(2026, 6, 25));
    DiaryService(*db).completeEntry(reviewId, by);
    CHECK(rowOf(loadLedgerList(*db, Date::ymd(2026, 6, 30)).rows, "A1").nextFollowUp == Date::ymd(2026, 6, 27));

    // The account view lists them newest first, with who recorded them.
    const AccountDetail d = loadAccountDetail(*db, a1, Date::ymd(2026, 6, 30));
    REQUIRE(d.contactLog.size() == 3);
    CHECK(d.contactLog[0].outcome == ContactOutcome::RemittanceRequested);
    CHECK(d.contactLog[0].channel == ContactChannel::Email);
    CHECK(d.contactLog[2].outcome == ContactOutcome::Other);
    CHECK(d.contactLog[2].note == "Reminder sent");
    CHECK(d.recordedByNames.at(*by.user) == "amorgan");
}

TEST_CASE("A contact entry is refused, naming the field, and nothing is written", "[contactlog]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const Actor by = Actor::person(*UserDirectory(*db).find("amorgan"), Date::ymd(2026, 6, 30));
    ContactLogService log(*db);
    const std::string before = dumpDatabase(db->path());
    const Date followUp = Date::ymd(2026, 7, 3);
    CHECK_THROWS_WITH(
        log.logContact(entry(a1, Date::ymd(2026, 6, 10), ContactChannel::Phone, ContactOutcome::Other, " ", followUp),
                       by),
        "A note is required when the outcome is Other: say what came of the contact.");
    CHECK_THROWS_WITH(
        log.logContact(entry(a1, Date::ymd(2026, 7, 1), ContactChannel::Phone, ContactOutcome::NoAnswer, "", followUp),
                       by),
        "2026-07-01 is after the latest contact date allowed, 2026-06-30.");
    CHECK_THROWS_WITH(log.logContact(entry(a1, Date::ymd(2026, 6, 10), ContactChannel::Phone, ContactOutcome::NoAnswer,
                                           "", Date::ymd(2026, 6, 9)),
                                     by),
                      "The follow-up 2026-06-09 is before the contact date 2026-06-10.");
    // A1 has invoices overdue on 2026-06-30: the next step must be set.
    CHECK_THROWS_WITH(log.logContact(entry(a1, Date::ymd(2026, 6, 10), ContactChannel::Phone,
                                           ContactOutcome::LeftMessage, "", std::nullopt),
                                     by),
                      "A follow-up date is required while the account is overdue: when is the next step?");
    ContactLogEntry stranger =
        entry(a1, Date::ymd(2026, 6, 10), ContactChannel::Phone, ContactOutcome::NoAnswer, "", followUp);
    stranger.contactId = 12345;
    CHECK_THROWS_WITH(log.logContact(stranger, by), "contact: not a contact of this account");
    ContactLogEntry correction =
        entry(a1, Date::ymd(2026, 6, 10), ContactChannel::Phone, ContactOutcome::NoAnswer, "", followUp);
    correction.correctsId = 777;
    CHECK_THROWS_WITH(log.logContact(correction, by), "corrects: entry 777 is not in this account's contact log");
    CHECK_THROWS_WITH(
        log.logContact(
            entry(999, Date::ymd(2026, 6, 10), ContactChannel::Phone, ContactOutcome::NoAnswer, "", followUp), by),
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

TEST_CASE("Contact outcomes have stable stored names and labels", "[contactlog]") {
    CHECK(contactOutcomes().size() == 9);
    for (const ContactOutcome o : contactOutcomes()) CHECK(contactOutcomeFromName(contactOutcomeName(o)) == o);
    CHECK(contactOutcomeName(ContactOutcome::PromiseToPay) == "promise_to_pay");
    CHECK(contactOutcomeLabel(ContactOutcome::RemittanceRequested) == "Remittance requested");
    CHECK_FALSE(contactOutcomeFromName("Promised payment"));
    CHECK(reachedCustomer(ContactOutcome::Refused));
    CHECK_FALSE(reachedCustomer(ContactOutcome::LeftMessage));
}

TEST_CASE("A logged contact moves the diary on: the follow-up is an entry, earlier ones are done",
          "[contactlog][diary]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const User bokafor = *UserDirectory(*db).find("bokafor");
    const UserId amorgan = UserDirectory(*db).find("amorgan")->id;
    // bokafor covers for amorgan: the follow-up stays with A1's analyst.
    const Actor by = Actor::person(bokafor, Date::ymd(2026, 6, 30));
    ContactLogService log(*db);
    const auto first = log.logContact(
        entry(a1, Date::ymd(2026, 6, 10), ContactChannel::Phone, ContactOutcome::NoAnswer, "", Date::ymd(2026, 6, 12)),
        by);
    // A manual review far ahead is not what the next call replaces.
    DiaryEntry review;
    review.accountId = a1;
    review.dueOn = Date::ymd(2026, 9, 1);
    review.action = DiaryAction::Review;
    review.ownerId = amorgan;
    review.createdOn = Date::ymd(2026, 6, 30);
    const auto reviewId = db->diary().add(review);
    NextStep next;
    next.action = DiaryAction::Email;
    next.note = "send copy invoices";
    const auto second = log.logContact(entry(a1, Date::ymd(2026, 6, 30), ContactChannel::Phone,
                                             ContactOutcome::RemittanceRequested, "", Date::ymd(2026, 7, 7)),
                                       by, next);

    const auto diary = db->diary().forAccount(a1);
    REQUIRE(diary.size() == 3);
    // Open first, soonest due first; then done ones.
    CHECK(diary[0].dueOn == Date::ymd(2026, 7, 7));
    CHECK(diary[0].isOpen());
    CHECK(diary[0].action == DiaryAction::Email);
    CHECK(diary[0].note == "send copy invoices");
    CHECK(diary[0].ownerId == amorgan);
    CHECK(diary[0].fromContactId == second);
    CHECK(diary[0].createdBy == bokafor.id);
    CHECK(diary[1].id == reviewId);
    CHECK(diary[1].isOpen());
    CHECK(diary[2].dueOn == Date::ymd(2026, 6, 12));
    CHECK(diary[2].fromContactId == first);
    CHECK(diary[2].doneOn == Date::ymd(2026, 6, 30));
    CHECK(diary[2].doneBy == bokafor.id);
    CHECK(diary[2].doneByContactId == second);
}

TEST_CASE("A contact log entry is never changed: a correction refers to it", "[contactlog]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const Actor by = Actor::person(*UserDirectory(*db).find("amorgan"), Date::ymd(2026, 6, 30));
    ContactLogService log(*db);
    const auto wrong = log.logContact(entry(a1, Date::ymd(2026, 6, 29), ContactChannel::Phone,
                                            ContactOutcome::PromiseToPay, "", Date::ymd(2026, 7, 3)),
                                      by);
    ContactLogEntry fix = entry(a1, Date::ymd(2026, 6, 29), ContactChannel::Phone, ContactOutcome::LeftMessage,
                                "Correction: it was the voicemail, no promise", Date::ymd(2026, 7, 1));
    fix.correctsId = wrong;
    const auto fixed = log.logContact(fix, by);
    const auto logged = db->contactLog().forAccount(a1);
    REQUIRE(logged.size() == 2);
    CHECK(logged[0].id == fixed);
    CHECK(logged[0].correctsId == wrong);
    CHECK(logged[1].outcome == ContactOutcome::PromiseToPay);
    CHECK_FALSE(logged[1].correctsId);
    // Not even the storage layer can rewrite history.
    CHECK_THROWS_WITH(execSql(db->path(), "UPDATE contact_log SET outcome = 'refused'"),
                      Catch::Contains("a contact log entry is never changed"));
    CHECK_THROWS_WITH(execSql(db->path(), "DELETE FROM contact_log"),
                      Catch::Contains("a contact log entry is never deleted"));
}
