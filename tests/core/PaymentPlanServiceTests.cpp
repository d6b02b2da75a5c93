// Payment plans on the hand ledger: agreed for invoices whose open amount
// the instalments add up to, judged instalment by instalment, cancelled;
// and every refusal naming its field and writing nothing. A1 owes GBP
// INV-1 1,000.00, INV-2 200.00 and INV-3 250.50.
#include "duedesk/reports/CommitmentsOnDay.h"
#include "duedesk/services/PaymentPlanService.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/PaymentPlanRepository.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
const Currency kGbp = Currency::of("GBP");

PaymentPlan plan(AccountId account, Date agreedOn, std::vector<std::pair<Date, std::int64_t>> schedule,
                 std::vector<DocumentId> documents) {
    PaymentPlan p;
    p.accountId = account;
    p.currency = kGbp;
    p.agreedOn = agreedOn;
    for (const auto& [on, minor] : schedule) p.instalments.push_back({0, on, Money(minor, kGbp)});
    p.documents = std::move(documents);
    return p;
}

void addPayment(LedgerDatabase& db, AccountId account, const std::string& number, Date on, std::int64_t minor) {
    Document d;
    d.accountId = account;
    d.type = DocumentType::Payment;
    d.number = number;
    d.documentDate = on;
    d.dueDate = on;
    d.amount = Money(minor, kGbp);
    d.openAmount = d.amount;
    db.documents().add(d);
}
} // namespace

TEST_CASE("A payment plan is agreed, kept instalment by instalment, falls into arrears and is cancelled", "[plans]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const User alice = *UserDirectory(*db).find("amorgan");
    const Actor by = Actor::person(alice, Date::ymd(2026, 7, 1));
    const DocumentId inv2 = db->documents().findByKey(a1, DocumentType::Invoice, "INV-2")->id;
    const DocumentId inv3 = db->documents().findByKey(a1, DocumentType::Invoice, "INV-3")->id;

    // 450.50 open on INV-2 and INV-3, in two instalments.
    const std::int64_t id = PaymentPlanService(*db).agree(
        plan(a1, Date::ymd(2026, 7, 1), {{Date::ymd(2026, 7, 15), 20000}, {Date::ymd(2026, 8, 15), 25050}},
             {inv2, inv3}),
        by);
    const PaymentPlan stored = *db->paymentPlans().findById(id);
    CHECK(stored.agreedBy == alice.id);
    REQUIRE(stored.instalments.size() == 2);
    CHECK(stored.instalments[0].seq == 1);
    CHECK(stored.instalments[1].seq == 2);
    CHECK(stored.instalments[1].amount == Money(25050, kGbp));
    CHECK(stored.documents == std::vector<DocumentId>{inv2, inv3});

    addPayment(*db, a1, "PAY-2", Date::ymd(2026, 7, 14), 20000);
    PlanOnDay s = loadAccountCommitments(*db, a1, {}, Date::ymd(2026, 8, 18)).plans.at(0);
    CHECK(s.status.instalments[0].status.state == CommitmentState::Kept);
    CHECK(s.status.instalments[1].status.state == CommitmentState::Open);
    CHECK(s.status.inGoodStanding);
    // Nothing by 2026-08-18: the second instalment is missed on 2026-08-19.
    s = loadAccountCommitments(*db, a1, {}, Date::ymd(2026, 8, 19)).plans.at(0);
    CHECK(s.status.instalments[1].status.state == CommitmentState::Broken);
    CHECK_FALSE(s.status.inGoodStanding);
    CHECK(s.status.firstMissedOn == Date::ymd(2026, 8, 15));

    // Cancelled, its invoices can go into a new plan.
    PaymentPlanService(*db).cancel(id, Date::ymd(2026, 7, 20), Actor::person(alice, Date::ymd(2026, 7, 20)));
    s = loadAccountCommitments(*db, a1, {}, Date::ymd(2026, 7, 20)).plans.at(0);
    CHECK(s.cancelled);
    CHECK_FALSE(s.status.inGoodStanding);
    CHECK_FALSE(loadAccountCommitments(*db, a1, {}, Date::ymd(2026, 7, 19)).plans.at(0).cancelled);
    CHECK_THROWS_WITH(
        PaymentPlanService(*db).cancel(id, Date::ymd(2026, 7, 21), Actor::person(alice, Date::ymd(2026, 7, 21))),
        "plan: payment plan " + std::to_string(id) + " was already cancelled on 2026-07-20");
    PaymentPlanService(*db).agree(plan(a1, Date::ymd(2026, 7, 20), {{Date::ymd(2026, 8, 1), 20000}}, {inv2}),
                                  Actor::person(alice, Date::ymd(2026, 7, 20)));
    // Without invoices: the account's balance, no more than is open.
    PaymentPlanService(*db).agree(plan(a1, Date::ymd(2026, 7, 1), {{Date::ymd(2026, 9, 1), 145050}}, {}), by);
    CHECK(db->paymentPlans().forAccount(a1).size() == 3);
}

TEST_CASE("A payment plan is refused, naming the field, and nothing is written", "[plans]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const Actor by = Actor::person(*UserDirectory(*db).find("amorgan"), Date::ymd(2026, 7, 1));
    const DocumentId inv2 = db->documents().findByKey(a1, DocumentType::Invoice, "INV-2")->id;
    const Date today = Date::ymd(2026, 7, 1);
    PaymentPlanService plans(*db);
    plans.agree(plan(a1, today, {{Date::ymd(2026, 7, 15), 20000}}, {inv2}), by);
    const std::string before = dumpDatabase(db->path());

    CHECK_THROWS_WITH(plans.agree(plan(a1, today, {}, {}), by), "A payment plan needs at least one instalment.");
    CHECK_THROWS_WITH(
        plans.agree(plan(a1, today, {{Date::ymd(2026, 7, 15), 100}, {Date::ymd(2026, 7, 15), 100}}, {}), by),
        "Instalment 2: its date 2026-07-15 is not after the instalment before it, 2026-07-15.");
    CHECK_THROWS_WITH(plans.agree(plan(a1, today, {{Date::ymd(2026, 6, 30), 100}}, {}), by),
                      "Instalment 1: its date 2026-06-30 is before the day the plan was agreed, 2026-07-01.");
    CHECK_THROWS_WITH(plans.agree(plan(a1, today, {{Date::ymd(2026, 7, 15), 0}}, {}), by),
                      "Instalment 1: the amount must be above zero; 0.00 is not.");
    PaymentPlan euros = plan(a1, today, {{Date::ymd(2026, 7, 15), 100}}, {});
    euros.instalments[0].amount = Money(100, Currency::of("EUR"));
    CHECK_THROWS_WITH(plans.agree(euros, by), "Instalment 1: the amount is in EUR, the plan in GBP.");
    CHECK_THROWS_WITH(plans.agree(plan(a1, today, {{Date::ymd(2028, 7, 2), 100}}, {}), by),
                      "The last instalment, 2028-07-02, is more than 730 days after 2026-07-01.");
    CHECK_THROWS_WITH(plans.agree(plan(a1, today, {{Date::ymd(2026, 7, 15), 145051}}, {}), by),
                      "instalments: they add up to 1450.51, more than the 1450.50 GBP open on the account's invoices");
    const DocumentId inv3 = db->documents().findByKey(a1, DocumentType::Invoice, "INV-3")->id;
    CHECK_THROWS_WITH(plans.agree(plan(a1, today, {{Date::ymd(2026, 7, 15), 25000}}, {inv3}), by),
                      "instalments: they add up to 250.00, but 250.50 GBP is open on the invoices the plan covers");
    CHECK_THROWS_WITH(plans.agree(plan(a1, today, {{Date::ymd(2026, 7, 15), 20000}}, {inv2}), by),
                      Catch::Contains("invoices: INV-2 is already in plan "));
    CHECK_THROWS_WITH(
        plans.agree(plan(a1, today, {{Date::ymd(2026, 7, 15), 100}}, {}), Actor::commandLineOperator(today)),
        "command line (administrator) may not take promises and agree payment plans");
    CHECK_THROWS_WITH(plans.cancel(999, today, by), "plan: there is no payment plan 999");
    CHECK(dumpDatabase(db->path()) == before);
}
