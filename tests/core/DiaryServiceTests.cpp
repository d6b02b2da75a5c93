// The diary worked by hand (follow-ups added and done, holds placed and
// released) and accounts reassigned with their diaries, on exact dates.
#include "duedesk/domain/DateLimits.h"
#include "duedesk/domain/DiaryRules.h"
#include "duedesk/reports/AgingReport.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/AccountAssignment.h"
#include "duedesk/services/DiaryService.h"
#include "duedesk/services/LedgerCheck.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/OpenItemTotalsQuery.h"
#include "duedesk/storage/UserRepository.h"
#include "support/AgingExpect.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <map>

using namespace duedesk;
using namespace duedesk::test;

namespace {

const Date kJune30 = Date::ymd(2026, 6, 30);

// The hand ledger's analysts, with a team leader, an administrator and an
// analyst who has left.
struct Team {
    User amorgan, bokafor, hreid, admin, zwright;
};

Team addTeam(LedgerDatabase& db) {
    UserDirectory users(db);
    users.add({0, "hreid", "Helen Reid", Role::TeamLeader, true, std::nullopt, false}, operatorActor());
    users.add({0, "admin", "Sam Adebayo", Role::Administrator, true, std::nullopt, false}, operatorActor());
    db.users().add({0, "zwright", "Zoe Wright", Role::Analyst, false, std::nullopt, false});
    return {*users.find("amorgan"), *users.find("bokafor"), *users.find("hreid"), *users.find("admin"),
            *users.find("zwright")};
}

AccountId accountId(LedgerDatabase& db, const std::string& number) { return db.accounts().findByNumber(number)->id; }

DiaryEntry followUp(AccountId account, Date due, DiaryAction action, std::string note = {}) {
    DiaryEntry e;
    e.accountId = account;
    e.dueOn = due;
    e.action = action;
    e.note = std::move(note);
    return e;
}

// Open invoice amounts kept in the totals, by analyst and currency.
std::map<std::string, std::int64_t> invoiceTotalsByAnalyst(LedgerDatabase& db) {
    std::map<std::string, std::int64_t> totals;
    db.openItemTotals().forEach(OpenItemGrouping::Analyst, [&](const OpenItem& item) {
        if (item.type == DocumentType::Invoice)
            totals[std::string(item.groupKey) + " " + std::string(item.currency.code())] += item.openAmount;
    });
    return totals;
}

} // namespace

TEST_CASE("A follow-up added by hand is owned by the account's analyst unless another owner is named", "[diary]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Team team = addTeam(*db);
    const AccountId a1 = accountId(*db, "A1");
    DiaryService diary(*db);
    const Actor bokafor = Actor::person(team.bokafor, kJune30);

    DiaryEntry review = followUp(a1, Date::ymd(2026, 7, 15), DiaryAction::Review, "check the credit limit");
    review.doneOn = kJune30; // ignored: a new entry is open
    const auto reviewId = diary.addEntry(review, bokafor);
    DiaryEntry visit = followUp(a1, Date::ymd(2026, 7, 2), DiaryAction::Visit);
    visit.ownerId = team.hreid.id;
    const auto visitId = diary.addEntry(visit, bokafor);

    const auto entries = diary.entries(a1);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].id == visitId);
    CHECK(entries[0].ownerId == team.hreid.id);
    CHECK(entries[1].id == reviewId);
    CHECK(entries[1].dueOn == Date::ymd(2026, 7, 15));
    CHECK(entries[1].action == DiaryAction::Review);
    CHECK(entries[1].note == "check the credit limit");
    CHECK(entries[1].ownerId == team.amorgan.id);
    CHECK(entries[1].createdBy == team.bokafor.id);
    CHECK(entries[1].createdOn == kJune30);
    CHECK_FALSE(entries[1].fromContactId);
    CHECK(entries[1].isOpen());

    // An account without an analyst: the one who adds it owns it.
    db->accounts().assignAnalyst(a1, std::nullopt);
    const auto own = diary.addEntry(followUp(a1, kJune30, DiaryAction::Call), bokafor);
    CHECK(db->diary().findById(own)->ownerId == team.bokafor.id);
}

TEST_CASE("A follow-up is marked done once, on the day, by whom", "[diary]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Team team = addTeam(*db);
    const AccountId a1 = accountId(*db, "A1");
    DiaryService diary(*db);
    const auto id =
        diary.addEntry(followUp(a1, Date::ymd(2026, 7, 1), DiaryAction::Review), Actor::person(team.amorgan, kJune30));
    diary.completeEntry(id, Actor::person(team.bokafor, Date::ymd(2026, 7, 2)));
    const auto done = db->diary().findById(id);
    CHECK(done->doneOn == Date::ymd(2026, 7, 2));
    CHECK(done->doneBy == team.bokafor.id);
    CHECK_FALSE(done->doneByContactId);

    const std::string before = dumpDatabase(db->path());
    CHECK_THROWS_WITH(diary.completeEntry(id, Actor::person(team.amorgan, Date::ymd(2026, 7, 3))),
                      "diary entry " + std::to_string(id) + " was already done on 2026-07-02");
    CHECK_THROWS_WITH(diary.completeEntry(999, Actor::person(team.amorgan, Date::ymd(2026, 7, 3))),
                      "diary: no entry 999");
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("A follow-up added by hand is refused, naming the problem, and nothing is written", "[diary]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Team team = addTeam(*db);
    const AccountId a1 = accountId(*db, "A1");
    DiaryService diary(*db);
    const Actor amorgan = Actor::person(team.amorgan, kJune30);
    const std::string before = dumpDatabase(db->path());

    CHECK_THROWS_WITH(diary.addEntry(followUp(a1, Date::ymd(2027, 7, 1), DiaryAction::Call), amorgan),
                      "2027-07-01 is after the latest follow-up allowed, 2027-06-30.");
    CHECK_THROWS_WITH(diary.addEntry(followUp(999, kJune30, DiaryAction::Call), amorgan), "account: no such account");
    DiaryEntry toAdmin = followUp(a1, kJune30, DiaryAction::Call);
    toAdmin.ownerId = team.admin.id;
    CHECK_THROWS_WITH(diary.addEntry(toAdmin, amorgan),
                      "owner: admin (administrator) does not collect accounts: choose an active analyst or team "
                      "leader");
    DiaryEntry toLeaver = followUp(a1, kJune30, DiaryAction::Call);
    toLeaver.ownerId = team.zwright.id;
    CHECK_THROWS_WITH(diary.addEntry(toLeaver, amorgan),
                      "owner: zwright (analyst) is inactive: choose an active analyst or team leader");
    CHECK_THROWS_WITH(diary.addEntry(followUp(a1, kJune30, DiaryAction::Call), Actor::commandLineOperator(kJune30)),
                      "command line (administrator) may not log contacts");
    CHECK(dumpDatabase(db->path()) == before);

    // The dialog's view of the same rule: the field and the sentence.
    CHECK(diaryEntryProblems(followUp(a1, Date::ymd(2016, 6, 29), DiaryAction::Call), kJune30) ==
          std::vector<FieldProblem>{{"dueOn", "2016-06-29 is before the earliest follow-up allowed, 2016-06-30."}});
    CHECK(diaryEntryProblems(followUp(a1, Date::ymd(2016, 6, 30), DiaryAction::Call), kJune30).empty());
}

TEST_CASE("A hold pauses chasing from the day it is placed until the day before it ends", "[diary][hold]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Team team = addTeam(*db);
    const AccountId a1 = accountId(*db, "A1");
    DiaryService diary(*db);
    const PlacedHold placed =
        diary.placeHold(a1, Date::ymd(2026, 7, 10), "  customer on holiday\t", Actor::person(team.amorgan, kJune30));
    CHECK_FALSE(placed.replacedId);

    const Hold hold = *db->diary().findHold(placed.id);
    CHECK(hold.accountId == a1);
    CHECK(hold.placedOn == kJune30);
    CHECK(hold.untilOn == Date::ymd(2026, 7, 10));
    CHECK(hold.reason == "customer on holiday");
    CHECK(hold.placedBy == team.amorgan.id);
    CHECK_FALSE(hold.releasedOn);
    CHECK_FALSE(hold.pausesOn(Date::ymd(2026, 6, 29)));
    CHECK(hold.pausesOn(kJune30));
    CHECK(hold.pausesOn(Date::ymd(2026, 7, 9)));
    CHECK_FALSE(hold.pausesOn(Date::ymd(2026, 7, 10)));
    CHECK_FALSE(diary.activeHold(a1, Date::ymd(2026, 6, 29)));
    CHECK(diary.activeHold(a1, kJune30)->id == placed.id);
    CHECK(diary.activeHold(a1, Date::ymd(2026, 7, 9))->id == placed.id);
    CHECK_FALSE(diary.activeHold(a1, Date::ymd(2026, 7, 10)));
    CHECK_FALSE(diary.activeHold(accountId(*db, "A2"), kJune30));
}

TEST_CASE("A released hold pauses no more from the day it is released", "[diary][hold]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Team team = addTeam(*db);
    const AccountId a1 = accountId(*db, "A1");
    DiaryService diary(*db);
    const auto id =
        diary.placeHold(a1, Date::ymd(2026, 7, 10), "awaiting remittance", Actor::person(team.amorgan, kJune30)).id;
    diary.releaseHold(id, Actor::person(team.bokafor, Date::ymd(2026, 7, 3)));
    const Hold hold = *db->diary().findHold(id);
    CHECK(hold.releasedOn == Date::ymd(2026, 7, 3));
    CHECK(hold.releasedBy == team.bokafor.id);
    CHECK(diary.activeHold(a1, Date::ymd(2026, 7, 2))->id == id);
    CHECK_FALSE(diary.activeHold(a1, Date::ymd(2026, 7, 3)));

    const std::string before = dumpDatabase(db->path());
    const Actor later = Actor::person(team.amorgan, Date::ymd(2026, 7, 4));
    CHECK_THROWS_WITH(diary.releaseHold(id, later),
                      "hold " + std::to_string(id) + " was already released on 2026-07-03");
    CHECK_THROWS_WITH(diary.releaseHold(99, later), "hold: no hold 99");
    CHECK(dumpDatabase(db->path()) == before);
    const auto ended =
        diary.placeHold(a1, Date::ymd(2026, 7, 5), "query with sales", Actor::person(team.amorgan, later.on)).id;
    const std::string withEnded = dumpDatabase(db->path());
    CHECK_THROWS_WITH(diary.releaseHold(ended, Actor::person(team.amorgan, Date::ymd(2026, 7, 5))),
                      "hold " + std::to_string(ended) + " already ended on 2026-07-05");
    CHECK(dumpDatabase(db->path()) == withEnded);
}

TEST_CASE("A new hold takes over from the one pausing the account, which is released that day", "[diary][hold]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Team team = addTeam(*db);
    const AccountId a1 = accountId(*db, "A1");
    DiaryService diary(*db);
    const auto first =
        diary.placeHold(a1, Date::ymd(2026, 7, 10), "customer on holiday", Actor::person(team.amorgan, kJune30)).id;
    const PlacedHold second = diary.placeHold(a1, Date::ymd(2026, 7, 20), "customer on holiday (extended)",
                                              Actor::person(team.amorgan, Date::ymd(2026, 7, 6)));
    CHECK(second.replacedId == first);
    CHECK(db->diary().findHold(first)->releasedOn == Date::ymd(2026, 7, 6));
    // Every day from June 30 to July 19 is paused, by one hold or the other.
    CHECK(diary.activeHold(a1, Date::ymd(2026, 7, 5))->id == first);
    CHECK(diary.activeHold(a1, Date::ymd(2026, 7, 6))->id == second.id);
    CHECK(diary.activeHold(a1, Date::ymd(2026, 7, 19))->id == second.id);
    CHECK_FALSE(diary.activeHold(a1, Date::ymd(2026, 7, 20)));
    const auto holds = diary.holds(a1);
    REQUIRE(holds.size() == 2);
    CHECK(holds[0].id == second.id);
    CHECK(holds[1].id == first);

    // After a hold has ended, a new one replaces nothing.
    const PlacedHold third = diary.placeHold(a1, Date::ymd(2026, 8, 1), "awaiting credit note",
                                             Actor::person(team.amorgan, Date::ymd(2026, 7, 20)));
    CHECK_FALSE(third.replacedId);
    CHECK_FALSE(db->diary().findHold(second.id)->releasedOn);
}

TEST_CASE("A hold is refused without a reason, ending today or beyond 90 days, and nothing is written",
          "[diary][hold]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Team team = addTeam(*db);
    const AccountId a1 = accountId(*db, "A1");
    DiaryService diary(*db);
    const Actor amorgan = Actor::person(team.amorgan, kJune30);
    diary.placeHold(a1, Date::ymd(2026, 7, 10), "customer on holiday", amorgan);
    const std::string before = dumpDatabase(db->path());

    CHECK_THROWS_WITH(diary.placeHold(a1, Date::ymd(2026, 7, 10), " \t", amorgan),
                      "A reason is required: why does chasing pause (customer on holiday, awaiting remittance, "
                      "query with sales)?");
    CHECK_THROWS_WITH(diary.placeHold(a1, kJune30, "awaiting remittance", amorgan),
                      "A hold ends after the day it is placed: 2026-06-30 is not after 2026-06-30.");
    // June 30 plus 90 days is September 28.
    CHECK(holdEndDates(kJune30).latest == Date::ymd(2026, 9, 28));
    CHECK_THROWS_WITH(diary.placeHold(a1, Date::ymd(2026, 9, 29), "awaiting remittance", amorgan),
                      "A hold lasts at most 90 days: 2026-09-29 is after 2026-09-28.");
    CHECK_THROWS_WITH(diary.placeHold(a1, Date::ymd(2026, 6, 1), "", amorgan),
                      "A reason is required: why does chasing pause (customer on holiday, awaiting remittance, "
                      "query with sales)? A hold ends after the day it is placed: 2026-06-01 is not after "
                      "2026-06-30.");
    CHECK_THROWS_WITH(diary.placeHold(999, Date::ymd(2026, 7, 10), "awaiting remittance", amorgan),
                      "account: no such account");
    CHECK_THROWS_WITH(
        diary.placeHold(a1, Date::ymd(2026, 7, 10), "awaiting remittance", Actor::commandLineOperator(kJune30)),
        "command line (administrator) may not log contacts");
    CHECK(dumpDatabase(db->path()) == before);
    // The longest hold is allowed.
    CHECK(diary.placeHold(a1, Date::ymd(2026, 9, 28), "awaiting remittance", amorgan).id > 0);
}

TEST_CASE("Reassigning one account moves its open diary and records the change", "[diary][assignment]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Team team = addTeam(*db);
    const AccountId a1 = accountId(*db, "A1");
    DiaryService diary(*db);
    const Actor amorgan = Actor::person(team.amorgan, kJune30);
    const auto open = diary.addEntry(followUp(a1, Date::ymd(2026, 7, 3), DiaryAction::Call), amorgan);
    const auto done = diary.addEntry(followUp(a1, Date::ymd(2026, 6, 29), DiaryAction::Email), amorgan);
    diary.completeEntry(done, amorgan);

    const Actor leader = Actor::person(team.hreid, Date::ymd(2026, 7, 1));
    const std::vector<AccountId> accounts{a1};
    AccountAssignment assignment(*db);
    CHECK(assignment.reassign(accounts, team.bokafor.id, leader) == 1);

    CHECK(db->accounts().findById(a1)->analystId == team.bokafor.id);
    CHECK(db->diary().findById(open)->ownerId == team.bokafor.id);
    // Done work stays with who owned it then.
    CHECK(db->diary().findById(done)->ownerId == team.amorgan.id);
    const auto history = assignment.history(a1);
    REQUIRE(history.size() == 1);
    CHECK(history[0].accountId == a1);
    CHECK(history[0].fromId == team.amorgan.id);
    CHECK(history[0].toId == team.bokafor.id);
    CHECK(history[0].changedOn == Date::ymd(2026, 7, 1));
    CHECK(history[0].changedBy == team.hreid.id);

    // Given to the analyst it already has: nothing moves, nothing recorded.
    const std::string before = dumpDatabase(db->path());
    CHECK(assignment.reassign(accounts, team.bokafor.id, leader) == 0);
    CHECK(dumpDatabase(db->path()) == before);

    // Nobody collects it: the open diary has no owner either.
    CHECK(assignment.reassign(accounts, std::nullopt, Actor::person(team.admin, Date::ymd(2026, 7, 2))) == 1);
    CHECK_FALSE(db->accounts().findById(a1)->analystId);
    CHECK_FALSE(db->diary().findById(open)->ownerId);
    CHECK(assignment.history(a1).back() ==
          AssignmentChange{history[0].id + 1, a1, team.bokafor.id, std::nullopt, Date::ymd(2026, 7, 2), team.admin.id});
}

TEST_CASE("Reassigning many accounts is all or nothing and keeps the open-item totals exact",
          "[diary][assignment][totals]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Team team = addTeam(*db);
    const AccountId a1 = accountId(*db, "A1");
    const AccountId a2 = accountId(*db, "A2");
    const AccountId a3 = accountId(*db, "A3");
    DiaryService diary(*db);
    const auto a2Call =
        diary.addEntry(followUp(a2, Date::ymd(2026, 7, 3), DiaryAction::Call), Actor::person(team.amorgan, kJune30));
    const auto a3Letter =
        diary.addEntry(followUp(a3, Date::ymd(2026, 7, 4), DiaryAction::Letter), Actor::person(team.bokafor, kJune30));
    const Actor leader = Actor::person(team.hreid, Date::ymd(2026, 7, 1));
    AccountAssignment assignment(*db);
    CHECK(assignment.accountsOf(team.amorgan.id) == std::vector<AccountId>{a1, a2});

    // amorgan leaves: her accounts, and A3 already bokafor's, go to bokafor.
    std::vector<AccountId> accounts = assignment.accountsOf(team.amorgan.id);
    accounts.push_back(a3);
    accounts.push_back(a1); // listed twice: moved once
    CHECK(assignment.reassign(accounts, team.bokafor.id, leader) == 2);
    CHECK(assignment.accountsOf(team.amorgan.id).empty());
    CHECK(assignment.accountsOf(team.bokafor.id).size() == 4);
    CHECK(db->diary().findById(a2Call)->ownerId == team.bokafor.id);
    CHECK(db->diary().findById(a3Letter)->ownerId == team.bokafor.id);
    CHECK(assignment.history(a1).size() == 1);
    CHECK(assignment.history(a2).size() == 1);
    CHECK(assignment.history(a3).empty());

    // The totals moved with the accounts and still equal the documents.
    const LedgerCheckResult check = checkLedger(*db);
    CHECK(check.problems.empty());
    CHECK(db->openItemTotals().countMismatches() == 0);
    const auto totals = invoiceTotalsByAnalyst(*db);
    CHECK(totals.count("amorgan GBP") == 0);
    CHECK(totals.count("amorgan EUR") == 0);
    // INV-1 1,000.00, INV-2 200.00, INV-3 250.50 and A4's U-3 49.50.
    CHECK(totals.at("bokafor GBP") == 150000);
    CHECK(totals.at("bokafor EUR") == 315025);
    AgingOptions byAnalyst;
    byAnalyst.asOf = Date::ymd(2026, 8, 1);
    byAnalyst.grouping = OpenItemGrouping::Analyst;
    CHECK(describeRows(computeAgingFromTotals(*db, byAnalyst).rows) ==
          describeRows(computeAgingFromItems(*db, byAnalyst).rows));
}

TEST_CASE("A reassignment is refused whole, naming why, and nothing is written", "[diary][assignment]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Team team = addTeam(*db);
    const AccountId a1 = accountId(*db, "A1");
    const AccountId a2 = accountId(*db, "A2");
    DiaryService(*db).addEntry(followUp(a1, Date::ymd(2026, 7, 3), DiaryAction::Call),
                               Actor::person(team.amorgan, kJune30));
    AccountAssignment assignment(*db);
    const Actor leader = Actor::person(team.hreid, Date::ymd(2026, 7, 1));
    const std::string before = dumpDatabase(db->path());

    const std::vector<AccountId> both{a1, a2};
    CHECK_THROWS_WITH(assignment.reassign(both, team.bokafor.id, Actor::person(team.amorgan, Date::ymd(2026, 7, 1))),
                      "amorgan (analyst) may not reassign accounts");
    CHECK_THROWS_WITH(assignment.reassign(both, team.bokafor.id, Actor::commandLineOperator(Date::ymd(2026, 7, 1))),
                      "command line (administrator) may not reassign accounts");
    CHECK_THROWS_WITH(assignment.reassign(both, team.zwright.id, leader),
                      "zwright (analyst) is inactive: choose an active analyst or team leader");
    CHECK_THROWS_WITH(assignment.reassign(both, team.admin.id, leader),
                      "admin (administrator) does not collect accounts: choose an active analyst or team leader");
    CHECK_THROWS_WITH(assignment.reassign(both, 999, leader), "to: no such user");
    // The unknown account comes after two that would move: neither does.
    const std::vector<AccountId> withUnknown{a1, a2, 999};
    CHECK_THROWS_WITH(assignment.reassign(withUnknown, team.bokafor.id, leader), "account: no such account (id 999)");
    CHECK(dumpDatabase(db->path()) == before);

    // A team leader may take accounts on themselves.
    CHECK(assignment.reassign(both, team.hreid.id, leader) == 2);
}
