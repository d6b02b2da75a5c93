// One account's promises and plans with their states, its hold, open
// follow-ups and assignment history, as the account view loads them: A1
// of the hand ledger (GBP; PAY-1 of 300.00 received 2026-06-15), grace 3
// days.
#include "duedesk/reports/AccountDiary.h"
#include "duedesk/services/AccountAssignment.h"
#include "duedesk/services/DiaryService.h"
#include "duedesk/services/PaymentPlanService.h"
#include "duedesk/services/PromiseService.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/StorageError.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
const Currency kGbp = Currency::of("GBP");
Money gbp(std::int64_t minor) { return Money(minor, kGbp); }
} // namespace

TEST_CASE("The account's diary: promises judged on the day, its plan, hold, follow-ups and assignments",
          "[commitments][diary]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    UserDirectory users(*db);
    users.add({0, "hreid", "Helen Reid", Role::TeamLeader, true, std::nullopt, false}, operatorActor());
    const User amorgan = *users.find("amorgan");
    const User bokafor = *users.find("bokafor");
    const User hreid = *users.find("hreid");
    const Date june30 = Date::ymd(2026, 6, 30);
    const Actor by = Actor::person(amorgan, june30);
    const AccountId a1 = db->accounts().findByNumber("A1")->id;

    // 400.00 for 06-15, taken 06-10: PAY-1 (300.00 on 06-15) counts toward
    // it, so by its deadline (06-18) it is partly kept.
    Promise first;
    first.accountId = a1;
    first.amount = gbp(40000);
    first.takenOn = Date::ymd(2026, 6, 10);
    first.promisedFor = Date::ymd(2026, 6, 15);
    PromiseService(*db).take(first, by);
    // 250.50 for 06-20, taken 06-16: nothing came after it was taken, so
    // after its deadline (06-23) it is broken.
    Promise second = first;
    second.amount = gbp(25050);
    second.takenOn = Date::ymd(2026, 6, 16);
    second.promisedFor = Date::ymd(2026, 6, 20);
    second.note = "After the PO is approved";
    PromiseService(*db).take(second, by);
    PaymentPlan plan;
    plan.accountId = a1;
    plan.currency = kGbp;
    plan.agreedOn = june30;
    plan.instalments = {{1, Date::ymd(2026, 7, 15), gbp(10000)}, {2, Date::ymd(2026, 8, 15), gbp(10000)}};
    PaymentPlanService(*db).agree(plan, by);
    DiaryService diary(*db);
    diary.placeHold(a1, Date::ymd(2026, 7, 10), "customer on holiday", by);
    DiaryEntry call;
    call.accountId = a1;
    call.dueOn = Date::ymd(2026, 7, 3);
    call.action = DiaryAction::Call;
    call.note = "Check the remittance";
    diary.addEntry(call, by);
    const AccountId ids[] = {a1};
    AccountAssignment(*db).reassign(ids, bokafor.id, Actor::person(hreid, june30));

    const AccountDiary d = loadAccountDiary(*db, a1, june30);
    const auto& promises = d.commitments.commitments.promises;
    REQUIRE(promises.size() == 2);
    CHECK(promises[0].promise.amount == gbp(40000));
    CHECK(promises[0].status.state == CommitmentState::PartlyKept);
    CHECK(promises[0].status.paid == gbp(30000));
    CHECK(promises[0].status.deadline == Date::ymd(2026, 6, 18));
    CHECK(promises[1].status.state == CommitmentState::Broken);
    CHECK(promises[1].status.paid == gbp(0));
    CHECK(promises[1].promise.note == "After the PO is approved");
    REQUIRE(d.commitments.commitments.plans.size() == 1);
    const PlanOnDay& p = d.commitments.commitments.plans.front();
    REQUIRE(p.status.instalments.size() == 2);
    CHECK(p.status.instalments[1].instalment.dueOn == Date::ymd(2026, 8, 15));
    CHECK(p.status.instalments[1].status.state == CommitmentState::Open);
    CHECK(p.status.inGoodStanding);
    CHECK_FALSE(p.cancelled);
    CHECK(d.commitments.userNames.at(amorgan.id) == "amorgan");

    REQUIRE(d.hold);
    CHECK(d.hold->reason == "customer on holiday");
    CHECK(d.hold->untilOn == Date::ymd(2026, 7, 10));
    REQUIRE(d.followUps.size() == 1);
    CHECK(d.followUps[0].dueOn == Date::ymd(2026, 7, 3));
    CHECK(d.followUps[0].note == "Check the remittance");
    CHECK(d.followUps[0].ownerId == bokafor.id); // it moved with the account
    REQUIRE(d.assignments.size() == 1);
    CHECK(d.assignments[0].fromId == amorgan.id);
    CHECK(d.assignments[0].toId == bokafor.id);
    CHECK(d.assignments[0].changedOn == june30);
    CHECK(d.assignments[0].changedBy == hreid.id);
    CHECK(d.userNames ==
          std::map<UserId, std::string>{{amorgan.id, "amorgan"}, {bokafor.id, "bokafor"}, {hreid.id, "hreid"}});

    // On the day the hold ends chasing resumes; before the second promise
    // was taken, only the first is listed, still open (06-17 is within its
    // grace) with 300.00 paid.
    CHECK_FALSE(loadAccountDiary(*db, a1, Date::ymd(2026, 7, 10)).hold);
    const AccountDiary earlier = loadAccountDiary(*db, a1, Date::ymd(2026, 6, 15));
    REQUIRE(earlier.commitments.commitments.promises.size() == 1);
    CHECK(earlier.commitments.commitments.promises[0].status.state == CommitmentState::Open);
    CHECK(earlier.commitments.commitments.promises[0].status.paid == gbp(30000));
    CHECK(earlier.commitments.commitments.plans.empty());
    CHECK_THROWS_AS(loadAccountDiary(*db, 9999, june30), StorageError);
}
