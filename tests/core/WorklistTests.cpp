// The worklist read from a ledger: the hand ledger's overdue items by age,
// diary entries, holds and contacts, ranked as docs/worklist.md says.
#include "duedesk/domain/StrategyRules.h"
#include "duedesk/reports/Worklist.h"
#include "duedesk/reports/WorklistRendering.h"
#include "duedesk/services/CollectionStrategies.h"
#include "duedesk/services/ContactLogService.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/StrategyRepository.h"
#include "duedesk/storage/WorklistQuery.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
std::vector<std::string> ranked(const Worklist& w) {
    std::vector<std::string> out;
    for (const WorkItem& i : w.items) {
        std::string reasons;
        for (const auto& r : i.reasons) reasons += (reasons.empty() ? "" : "; ") + r;
        out.push_back(i.number + " " + std::to_string(i.score) + " " + reasons);
    }
    return out;
}
} // namespace

TEST_CASE("The hand ledger's worklist: ranked by overdue money by age, worked items leave it", "[worklist]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const User amorgan = *UserDirectory(*db).find("amorgan");
    const Date june30 = Date::ymd(2026, 6, 30);

    // No reporting currency and no rates: EUR is what amorgan's accounts
    // owe most in, and GBP counts unit for unit.
    // A2: (2 x 2,000.00 + 4 x 750.25) / 1,000 = 7, + 150 (no follow-up set).
    // A1: (1 x 200.00 + 4 x 250.50) / 1,000 = 1, + 150.
    Worklist w = loadWorklist(*db, amorgan.id, june30);
    CHECK(ranked(w) == std::vector<std::string>{"A2 157 no follow-up set; \u20ac750 over 90 days",
                                                "A1 151 no follow-up set; \u00a3250 over 90 days"});
    CHECK(w.items[0].overdue == Money(275'025, Currency::of("EUR")));
    CHECK(w.items[0].daysPastDue == 146);
    CHECK(w.items[1].daysPastDue == 91);
    CHECK(db->worklist().accountsWorked(amorgan.id, june30) == 0);

    // A1 worked: a call with a follow-up on 3 July. A2 on hold until 10 July.
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const AccountId a2 = db->accounts().findByNumber("A2")->id;
    ContactLogEntry call;
    call.accountId = a1;
    call.contactedOn = june30;
    call.outcome = ContactOutcome::PaidAlready;
    call.followUpOn = Date::ymd(2026, 7, 3);
    ContactLogService(*db).logContact(call, Actor::person(amorgan, june30));
    db->diary().addHold({0, a2, june30, Date::ymd(2026, 7, 10), "query with sales", amorgan.id, {}, {}});

    w = loadWorklist(*db, amorgan.id, june30);
    CHECK(w.items.empty());
    CHECK(w.held == 1);
    CHECK(w.scheduled == 1);
    CHECK(db->worklist().accountsWorked(amorgan.id, june30) == 1);
    CHECK(db->worklist().accountsWorked(amorgan.id, june30.addDays(1)) == 0);

    // On 3 July A1's follow-up is due; INV-1 (due 1 July) is overdue too:
    // (1 x 1,200.00 + 2 x 200.00 + 4 x 250.50) / 1,000 = 2, + 200.
    w = loadWorklist(*db, amorgan.id, Date::ymd(2026, 7, 3));
    CHECK(ranked(w) == std::vector<std::string>{"A1 202 follow-up today; \u00a3250 over 90 days"});
    CHECK(w.items[0].diaryEntryId);
    CHECK(w.items[0].action == DiaryAction::Call);
    // A2 returns by itself on the day its hold ends.
    w = loadWorklist(*db, amorgan.id, Date::ymd(2026, 7, 10));
    CHECK(w.items.size() == 2);
    CHECK(w.items[1].number == "A2");
}

TEST_CASE("The strategy's step comes onto the worklist and, once worked, is not due again in the spell",
          "[worklist][strategy]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const User amorgan = *UserDirectory(*db).find("amorgan");
    const Date june30 = Date::ymd(2026, 6, 30);
    CollectionStrategies(*db).installDefaults(operatorActor());
    // A1 (oldest item 91 days late) follows Standard: its latest step
    // reached is +65, the escalation review. Not yet assigned: the rules
    // choose it as the assignment would (bucket 77 of 100: not the
    // challenger).
    CHECK(challengerBucket("A1", db->strategies().rules().back().id) == 77);
    Worklist w = loadWorklist(*db, amorgan.id, june30);
    REQUIRE(w.items.size() == 2);
    const WorkItem& a1 = w.items[1];
    REQUIRE(a1.number == "A1");
    REQUIRE(a1.step);
    CHECK(a1.step->label == "escalation review");
    CHECK(a1.action == DiaryAction::Review);
    // 50 (step) + 150 (no follow-up set is not added: something is due) + 1.
    CHECK(a1.score == 51);
    CHECK(a1.reasons == std::vector<std::string>{"escalation review due (day 65)", "\u00a3250 over 90 days"});

    NextStep next;
    next.workedStep = WorkedStep{*a1.strategyId, a1.step->daysPastDue};
    ContactLogEntry review;
    review.accountId = a1.account;
    review.contactedOn = june30;
    review.channel = ContactChannel::Note;
    review.outcome = ContactOutcome::Other;
    review.note = "Reviewed: refer to the team leader";
    review.followUpOn = Date::ymd(2026, 7, 14);
    ContactLogService(*db).logContact(review, Actor::person(amorgan, june30), next);
    // Worked: not due again, even after the contact interval has passed.
    w = loadWorklist(*db, amorgan.id, Date::ymd(2026, 7, 13));
    CHECK(std::ranges::none_of(w.items, [](const WorkItem& i) { return i.number == "A1"; }));
    const auto done = db->strategies().stepsDone(amorgan.id, june30);
    REQUIRE(done.size() == 1);
    CHECK(done[0].daysPastDue == 65);
    CHECK(done[0].doneBy == amorgan.id);
}
