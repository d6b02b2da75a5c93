// The promise, plan and payment tables read back as written, one account
// at a time and for all of an analyst's accounts at once.
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/PaymentPlanRepository.h"
#include "duedesk/storage/PaymentReturnRepository.h"
#include "duedesk/storage/PromiseRepository.h"
#include "duedesk/storage/ReceivedPaymentsQuery.h"
#include "duedesk/storage/UnitOfWork.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

TEST_CASE("Promises and plans read back with their documents and instalments, by account and by analyst",
          "[storage][promises]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const AccountId a3 = db->accounts().findByNumber("A3")->id;
    const UserId alice = *db->accounts().findById(a1)->analystId;
    const UserId ben = *db->accounts().findById(a3)->analystId;
    const DocumentId inv1 = db->documents().findByKey(a1, DocumentType::Invoice, "INV-1")->id;
    const DocumentId inv2 = db->documents().findByKey(a1, DocumentType::Invoice, "INV-2")->id;
    const Currency gbp = Currency::of("GBP");

    UnitOfWork work(*db);
    Promise p;
    p.accountId = a1;
    p.amount = Money(12345, gbp);
    p.takenOn = Date::ymd(2026, 7, 1);
    p.promisedFor = Date::ymd(2026, 7, 9);
    p.takenBy = alice;
    p.documents = {inv2, inv1};
    p.note = "by BACS";
    const std::int64_t first = db->promises().add(p);
    p.promisedFor = Date::ymd(2026, 7, 3);
    p.documents.clear();
    const std::int64_t second = db->promises().add(p);
    db->promises().withdraw(first, Date::ymd(2026, 7, 2), alice);
    CHECK_THROWS_AS(db->promises().withdraw(first, Date::ymd(2026, 7, 2), alice), StorageError);

    PaymentPlan plan;
    plan.accountId = a1;
    plan.currency = gbp;
    plan.agreedOn = Date::ymd(2026, 7, 1);
    plan.instalments = {{1, Date::ymd(2026, 7, 15), Money(100, gbp)}, {2, Date::ymd(2026, 8, 15), Money(200, gbp)}};
    plan.documents = {inv2};
    const std::int64_t planId = db->paymentPlans().add(plan);
    work.commit();

    // By the day promised: the second first.
    const std::vector<Promise> promises = db->promises().forAccount(a1);
    REQUIRE(promises.size() == 2);
    CHECK(promises[0].id == second);
    CHECK(promises[0].documents.empty());
    CHECK(promises[1].id == first);
    CHECK(promises[1].documents == std::vector<DocumentId>{std::min(inv1, inv2), std::max(inv1, inv2)});
    CHECK(promises[1].amount == Money(12345, gbp));
    CHECK(promises[1].note == "by BACS");
    CHECK(promises[1].withdrawnOn == Date::ymd(2026, 7, 2));
    CHECK(promises[1].withdrawnBy == alice);
    CHECK(db->promises().forAnalyst(alice).size() == 2);
    CHECK(db->promises().forAnalyst(ben).empty());
    CHECK_FALSE(db->promises().findById(999));

    const PaymentPlan read = *db->paymentPlans().findById(planId);
    REQUIRE(read.instalments.size() == 2);
    CHECK(read.instalments[1].seq == 2);
    CHECK(read.instalments[1].dueOn == Date::ymd(2026, 8, 15));
    CHECK(read.instalments[1].amount == Money(200, gbp));
    CHECK(read.documents == std::vector<DocumentId>{inv2});
    CHECK(db->paymentPlans().forAnalyst(alice).size() == 1);
    CHECK(db->paymentPlans().forAnalyst(ben).empty());

    // A1's payments: PAY-1 of 2026-06-15 is before the first promise was
    // taken, so the analyst's read leaves it out; the account's keeps it.
    const std::vector<ReceivedPayment> payments = db->receivedPayments().forAccount(a1);
    REQUIRE(payments.size() == 1);
    CHECK(payments[0].receivedOn == Date::ymd(2026, 6, 15));
    CHECK(payments[0].amount == Money(30000, gbp));
    CHECK_FALSE(payments[0].returnedOn);
    CHECK(db->receivedPayments().forCommitmentsOfAnalyst(alice).empty());
    PaymentReturn r;
    r.document = payments[0].document;
    r.returnedOn = Date::ymd(2026, 6, 20);
    r.recordedOn = Date::ymd(2026, 7, 1);
    db->paymentReturns().add(r);
    CHECK(db->receivedPayments().forAccount(a1)[0].returnedOn == Date::ymd(2026, 6, 20));
}
