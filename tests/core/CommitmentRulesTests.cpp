// The state of promises and plan instalments from the payments received,
// on each day around a promise's date and its grace, with exact amounts.
// Unless a test says otherwise: GBP, grace 3 days, tolerance 0, and a
// promise of 1,000.00 taken on 2026-06-01 for 2026-06-10 (its deadline is
// 2026-06-13: on 2026-06-14 it is judged).
#include "duedesk/domain/CommitmentRules.h"

#include <catch2/catch.hpp>

using namespace duedesk;

namespace {
const Currency kGbp = Currency::of("GBP");

Money gbp(std::int64_t minor) { return Money(minor, kGbp); }

Promise promise(std::int64_t minor, Date takenOn, Date promisedFor) {
    Promise p;
    p.id = 1;
    p.accountId = 1;
    p.amount = gbp(minor);
    p.takenOn = takenOn;
    p.promisedFor = promisedFor;
    return p;
}

Promise thePromise() { return promise(100000, Date::ymd(2026, 6, 1), Date::ymd(2026, 6, 10)); }

ReceivedPayment payment(DocumentId document, Date on, Money amount, std::optional<Date> returnedOn = std::nullopt) {
    return {document, on, amount, returnedOn};
}

std::vector<ReceivedPayment> only(ReceivedPayment p) { return {p}; }

PaymentPlan plan(Date agreedOn, std::vector<std::pair<Date, std::int64_t>> schedule) {
    PaymentPlan p;
    p.id = 1;
    p.accountId = 1;
    p.currency = kGbp;
    p.agreedOn = agreedOn;
    int seq = 1;
    for (const auto& [on, minor] : schedule) p.instalments.push_back({seq++, on, gbp(minor)});
    return p;
}

CommitmentStatus promiseOn(const std::vector<Promise>& promises, const std::vector<ReceivedPayment>& payments,
                           Date asOf, std::size_t which = 0, CommitmentTerms terms = {}) {
    return evaluateCommitments(promises, {}, payments, terms, asOf).promises.at(which);
}

CommitmentState stateOn(const std::vector<ReceivedPayment>& payments, Date asOf, CommitmentTerms terms = {}) {
    return promiseOn({thePromise()}, payments, asOf, 0, terms).state;
}
} // namespace

TEST_CASE("An unpaid promise is open until its date plus the grace days has passed, then broken", "[commitments]") {
    const CommitmentStatus before = promiseOn({thePromise()}, {}, Date::ymd(2026, 6, 9));
    CHECK(before.state == CommitmentState::Open);
    CHECK(before.deadline == Date::ymd(2026, 6, 13));
    CHECK(before.paid == gbp(0));
    CHECK(stateOn({}, Date::ymd(2026, 6, 10)) == CommitmentState::Open);
    CHECK(stateOn({}, Date::ymd(2026, 6, 13)) == CommitmentState::Open);
    CHECK(stateOn({}, Date::ymd(2026, 6, 14)) == CommitmentState::Broken);
    CHECK(stateOn({}, Date::ymd(2026, 12, 31)) == CommitmentState::Broken);
    // The grace is a setting: with none, the day after the date.
    CHECK(stateOn({}, Date::ymd(2026, 6, 10), {0, 0}) == CommitmentState::Open);
    CHECK(stateOn({}, Date::ymd(2026, 6, 11), {0, 0}) == CommitmentState::Broken);
}

TEST_CASE("A promise paid in full by its deadline is kept from the day the money arrives", "[commitments]") {
    const std::vector<ReceivedPayment> onTheDate = {payment(10, Date::ymd(2026, 6, 10), gbp(100000))};
    CHECK(stateOn(onTheDate, Date::ymd(2026, 6, 9)) == CommitmentState::Open);
    CHECK(stateOn(onTheDate, Date::ymd(2026, 6, 10)) == CommitmentState::Kept);
    CHECK(stateOn(onTheDate, Date::ymd(2026, 6, 14)) == CommitmentState::Kept);
    // Early is fine; the last day of the grace still counts.
    CHECK(stateOn({payment(10, Date::ymd(2026, 6, 2), gbp(100000))}, Date::ymd(2026, 6, 2)) == CommitmentState::Kept);
    const std::vector<ReceivedPayment> lastDay = {payment(10, Date::ymd(2026, 6, 13), gbp(100000))};
    CHECK(stateOn(lastDay, Date::ymd(2026, 6, 12)) == CommitmentState::Open);
    CHECK(stateOn(lastDay, Date::ymd(2026, 6, 13)) == CommitmentState::Kept);
    // A day after the deadline is too late: the promise stays broken.
    const std::vector<ReceivedPayment> late = {payment(10, Date::ymd(2026, 6, 14), gbp(100000))};
    CHECK(stateOn(late, Date::ymd(2026, 6, 14)) == CommitmentState::Broken);
    CHECK(promiseOn({thePromise()}, late, Date::ymd(2026, 6, 14)).paid == gbp(0));
}

TEST_CASE("Partial payments add up, and a shortfall at the deadline is partly kept", "[commitments]") {
    std::vector<ReceivedPayment> payments = {payment(10, Date::ymd(2026, 6, 5), gbp(40000)),
                                             payment(11, Date::ymd(2026, 6, 12), gbp(35000))};
    CHECK(promiseOn({thePromise()}, payments, Date::ymd(2026, 6, 11)).paid == gbp(40000));
    const CommitmentStatus onDeadline = promiseOn({thePromise()}, payments, Date::ymd(2026, 6, 13));
    CHECK(onDeadline.state == CommitmentState::Open);
    CHECK(onDeadline.paid == gbp(75000));
    const CommitmentStatus judged = promiseOn({thePromise()}, payments, Date::ymd(2026, 6, 14));
    CHECK(judged.state == CommitmentState::PartlyKept);
    CHECK(judged.paid == gbp(75000));
    // The last 250.00 on the deadline keeps it.
    payments.push_back(payment(12, Date::ymd(2026, 6, 13), gbp(25000)));
    CHECK(stateOn(payments, Date::ymd(2026, 6, 14)) == CommitmentState::Kept);
    // Paying more than promised keeps it; it is credited with its amount.
    const CommitmentStatus over =
        promiseOn({thePromise()}, {payment(10, Date::ymd(2026, 6, 8), gbp(150000))}, Date::ymd(2026, 6, 8));
    CHECK(over.state == CommitmentState::Kept);
    CHECK(over.paid == gbp(100000));
}

TEST_CASE("Payments received before the promise was taken do not count toward it", "[commitments]") {
    // Paid the day before the call: that money was not what was promised.
    const std::vector<ReceivedPayment> before = {payment(10, Date::ymd(2026, 5, 31), gbp(100000))};
    CHECK(stateOn(before, Date::ymd(2026, 6, 10)) == CommitmentState::Open);
    const CommitmentStatus judged = promiseOn({thePromise()}, before, Date::ymd(2026, 6, 14));
    CHECK(judged.state == CommitmentState::Broken);
    CHECK(judged.paid == gbp(0));
    // Received on the day it was taken, it counts.
    CHECK(stateOn({payment(10, Date::ymd(2026, 6, 1), gbp(100000))}, Date::ymd(2026, 6, 1)) == CommitmentState::Kept);
    // Payments in another currency, or not yet received as of the day, do not count either.
    CHECK(stateOn({payment(10, Date::ymd(2026, 6, 5), Money(100000, Currency::of("EUR")))}, Date::ymd(2026, 6, 14)) ==
          CommitmentState::Broken);
    CHECK(stateOn({payment(10, Date::ymd(2026, 6, 5), gbp(100000))}, Date::ymd(2026, 6, 4)) == CommitmentState::Open);
}

TEST_CASE("Several promises take payments in the order they fall due, oldest payment first", "[commitments]") {
    // Given out of order: the one due 2026-06-20 first, the one due 2026-06-10 second.
    const std::vector<Promise> promises = {promise(50000, Date::ymd(2026, 6, 1), Date::ymd(2026, 6, 20)),
                                           promise(50000, Date::ymd(2026, 6, 1), Date::ymd(2026, 6, 10))};
    // 800.00 on 2026-06-08: 500.00 keeps the earlier promise, the other 300.00 goes to the next.
    const std::vector<ReceivedPayment> payments = {payment(10, Date::ymd(2026, 6, 8), gbp(80000))};
    AccountCommitments on = evaluateCommitments(promises, {}, payments, {}, Date::ymd(2026, 6, 8));
    CHECK(on.promises[1].state == CommitmentState::Kept);
    CHECK(on.promises[1].paid == gbp(50000));
    CHECK(on.promises[0].state == CommitmentState::Open);
    CHECK(on.promises[0].paid == gbp(30000));
    on = evaluateCommitments(promises, {}, payments, {}, Date::ymd(2026, 6, 24));
    CHECK(on.promises[0].state == CommitmentState::PartlyKept);
    CHECK(on.promises[0].deadline == Date::ymd(2026, 6, 23));
    CHECK(on.promises[0].paid == gbp(30000));
    CHECK(on.promises[1].state == CommitmentState::Kept);

    // One payment never keeps two: 500.00 keeps the first, the second is broken.
    on = evaluateCommitments(promises, {}, only(payment(10, Date::ymd(2026, 6, 8), gbp(50000))), {},
                             Date::ymd(2026, 6, 24));
    CHECK(on.promises[1].state == CommitmentState::Kept);
    CHECK(on.promises[0].state == CommitmentState::Broken);

    // A promise taken after a payment does not get it, even when due first:
    // the 500.00 of 2026-06-03 goes to the promise taken on 2026-06-01.
    const std::vector<Promise> later = {promise(50000, Date::ymd(2026, 6, 1), Date::ymd(2026, 6, 20)),
                                        promise(50000, Date::ymd(2026, 6, 5), Date::ymd(2026, 6, 10))};
    on = evaluateCommitments(later, {}, only(payment(10, Date::ymd(2026, 6, 3), gbp(50000))), {},
                             Date::ymd(2026, 6, 24));
    CHECK(on.promises[0].state == CommitmentState::Kept);
    CHECK(on.promises[1].state == CommitmentState::Broken);
}

TEST_CASE("A kept promise whose payment the bank returns reopens, or is broken after its deadline", "[commitments]") {
    // Paid 2026-06-09, returned 2026-06-11: open again until the deadline.
    const std::vector<ReceivedPayment> bounced = {
        payment(10, Date::ymd(2026, 6, 9), gbp(100000), Date::ymd(2026, 6, 11))};
    CHECK(stateOn(bounced, Date::ymd(2026, 6, 10)) == CommitmentState::Kept);
    const CommitmentStatus reopened = promiseOn({thePromise()}, bounced, Date::ymd(2026, 6, 11));
    CHECK(reopened.state == CommitmentState::Open);
    CHECK(reopened.paid == gbp(0));
    CHECK(stateOn(bounced, Date::ymd(2026, 6, 14)) == CommitmentState::Broken);
    // A replacement payment within the grace keeps it again.
    std::vector<ReceivedPayment> replaced = bounced;
    replaced.push_back(payment(11, Date::ymd(2026, 6, 12), gbp(100000)));
    CHECK(stateOn(replaced, Date::ymd(2026, 6, 14)) == CommitmentState::Kept);
    // Returned long after the deadline: kept until that day, broken from it.
    const std::vector<ReceivedPayment> recalled = {
        payment(10, Date::ymd(2026, 6, 9), gbp(100000), Date::ymd(2026, 6, 20))};
    CHECK(stateOn(recalled, Date::ymd(2026, 6, 19)) == CommitmentState::Kept);
    CHECK(stateOn(recalled, Date::ymd(2026, 6, 20)) == CommitmentState::Broken);
    // Half of it returned (two payments, one bounced): partly kept.
    const std::vector<ReceivedPayment> half = {payment(10, Date::ymd(2026, 6, 9), gbp(50000)),
                                               payment(11, Date::ymd(2026, 6, 9), gbp(50000), Date::ymd(2026, 6, 20))};
    CHECK(stateOn(half, Date::ymd(2026, 6, 20)) == CommitmentState::PartlyKept);
}

TEST_CASE("The tolerance forgives a small shortfall but never an unpaid promise", "[commitments]") {
    const CommitmentTerms fivePounds{3, 500};
    CHECK(stateOn({payment(10, Date::ymd(2026, 6, 9), gbp(99500))}, Date::ymd(2026, 6, 9), fivePounds) ==
          CommitmentState::Kept);
    CHECK(stateOn({payment(10, Date::ymd(2026, 6, 9), gbp(99499))}, Date::ymd(2026, 6, 13), fivePounds) ==
          CommitmentState::Open);
    CHECK(stateOn({payment(10, Date::ymd(2026, 6, 9), gbp(99499))}, Date::ymd(2026, 6, 14), fivePounds) ==
          CommitmentState::PartlyKept);
    // Without a tolerance a penny short is partly kept.
    CHECK(stateOn({payment(10, Date::ymd(2026, 6, 9), gbp(99999))}, Date::ymd(2026, 6, 14)) ==
          CommitmentState::PartlyKept);
    // A tolerance as large as the promise does not keep it with nothing paid.
    CHECK(stateOn({}, Date::ymd(2026, 6, 14), {3, 100000}) == CommitmentState::Broken);
}

TEST_CASE("Plan instalments are kept or missed by the same rules, and a miss ends good standing", "[commitments]") {
    // Agreed 2026-06-01: 300.00 on 2026-06-15, 300.00 on 2026-07-15, 400.00 on 2026-08-15.
    const std::vector<PaymentPlan> plans = {
        plan(Date::ymd(2026, 6, 1),
             {{Date::ymd(2026, 6, 15), 30000}, {Date::ymd(2026, 7, 15), 30000}, {Date::ymd(2026, 8, 15), 40000}})};
    std::vector<ReceivedPayment> payments = {payment(10, Date::ymd(2026, 6, 14), gbp(30000))};

    PlanStatus s = evaluateCommitments({}, plans, payments, {}, Date::ymd(2026, 7, 18)).plans.at(0);
    REQUIRE(s.instalments.size() == 3);
    CHECK(s.instalments[0].status.state == CommitmentState::Kept);
    CHECK(s.instalments[1].status.state == CommitmentState::Open);
    CHECK(s.instalments[1].instalment.seq == 2);
    CHECK(s.inGoodStanding);
    CHECK_FALSE(s.completed);
    CHECK_FALSE(s.firstMissedOn);

    // 2026-07-19: the second instalment is broken and the plan is in arrears.
    s = evaluateCommitments({}, plans, payments, {}, Date::ymd(2026, 7, 19)).plans.at(0);
    CHECK(s.instalments[1].status.state == CommitmentState::Broken);
    CHECK(s.instalments[2].status.state == CommitmentState::Open);
    CHECK_FALSE(s.inGoodStanding);
    CHECK(s.firstMissedOn == Date::ymd(2026, 7, 15));

    // 300.00 late on 2026-07-25 cannot mend the second; it goes to the third.
    payments.push_back(payment(11, Date::ymd(2026, 7, 25), gbp(30000)));
    s = evaluateCommitments({}, plans, payments, {}, Date::ymd(2026, 8, 19)).plans.at(0);
    CHECK(s.instalments[1].status.state == CommitmentState::Broken);
    CHECK(s.instalments[2].status.state == CommitmentState::PartlyKept);
    CHECK(s.instalments[2].status.paid == gbp(30000));
    CHECK_FALSE(s.inGoodStanding);

    // Every instalment paid on time: in good standing and completed.
    const std::vector<ReceivedPayment> onTime = {payment(10, Date::ymd(2026, 6, 15), gbp(30000)),
                                                 payment(11, Date::ymd(2026, 7, 16), gbp(30000)),
                                                 payment(12, Date::ymd(2026, 8, 18), gbp(40000))};
    s = evaluateCommitments({}, plans, onTime, {}, Date::ymd(2026, 9, 1)).plans.at(0);
    CHECK(s.inGoodStanding);
    CHECK(s.completed);
    // An instalment paid in part, before its deadline, leaves the plan in good standing.
    s = evaluateCommitments({}, plans, only(payment(10, Date::ymd(2026, 6, 10), gbp(20000))), {},
                            Date::ymd(2026, 6, 18))
            .plans.at(0);
    CHECK(s.instalments[0].status.state == CommitmentState::Open);
    CHECK(s.inGoodStanding);
    s = evaluateCommitments({}, plans, only(payment(10, Date::ymd(2026, 6, 10), gbp(20000))), {},
                            Date::ymd(2026, 6, 19))
            .plans.at(0);
    CHECK(s.instalments[0].status.state == CommitmentState::PartlyKept);
    CHECK_FALSE(s.inGoodStanding);
    CHECK(s.firstMissedOn == Date::ymd(2026, 6, 15));
}

TEST_CASE("Promises and instalments share one account's payments without counting any twice", "[commitments]") {
    // A promise of 200.00 for 2026-06-10 and an instalment of 300.00 on 2026-06-15; 400.00 arrives 2026-06-09.
    const std::vector<Promise> promises = {promise(20000, Date::ymd(2026, 6, 1), Date::ymd(2026, 6, 10))};
    const std::vector<PaymentPlan> plans = {plan(Date::ymd(2026, 6, 1), {{Date::ymd(2026, 6, 15), 30000}})};
    const AccountCommitments on = evaluateCommitments(
        promises, plans, only(payment(10, Date::ymd(2026, 6, 9), gbp(40000))), {}, Date::ymd(2026, 6, 19));
    CHECK(on.promises[0].state == CommitmentState::Kept);
    CHECK(on.plans[0].instalments[0].status.paid == gbp(20000));
    CHECK(on.plans[0].instalments[0].status.state == CommitmentState::PartlyKept);
    CHECK_FALSE(on.plans[0].inGoodStanding);
}

TEST_CASE("A withdrawn promise and a cancelled plan take no payments from the day they end", "[commitments]") {
    std::vector<Promise> promises = {promise(50000, Date::ymd(2026, 6, 1), Date::ymd(2026, 6, 10)),
                                     promise(50000, Date::ymd(2026, 6, 1), Date::ymd(2026, 6, 20))};
    promises[0].withdrawnOn = Date::ymd(2026, 6, 12);
    const std::vector<ReceivedPayment> payments = {payment(10, Date::ymd(2026, 6, 8), gbp(50000))};
    AccountCommitments on = evaluateCommitments(promises, {}, payments, {}, Date::ymd(2026, 6, 11));
    CHECK(on.promises[0].state == CommitmentState::Kept);
    CHECK(on.promises[1].state == CommitmentState::Open);
    CHECK(on.promises[1].paid == gbp(0));
    // Withdrawn: reported open with nothing paid; the payment keeps the other.
    on = evaluateCommitments(promises, {}, payments, {}, Date::ymd(2026, 6, 30));
    CHECK(on.promises[0].state == CommitmentState::Open);
    CHECK(on.promises[0].paid == gbp(0));
    CHECK(on.promises[1].state == CommitmentState::Kept);

    std::vector<PaymentPlan> plans = {plan(Date::ymd(2026, 6, 1), {{Date::ymd(2026, 6, 15), 30000}})};
    plans[0].cancelledOn = Date::ymd(2026, 6, 5);
    const PlanStatus cancelled = evaluateCommitments({}, plans, {}, {}, Date::ymd(2026, 6, 30)).plans.at(0);
    CHECK_FALSE(cancelled.inGoodStanding);
    CHECK_FALSE(cancelled.completed);
    CHECK(cancelled.instalments[0].status.state == CommitmentState::Open);
    CHECK(evaluateCommitments({}, plans, {}, {}, Date::ymd(2026, 6, 4)).plans.at(0).inGoodStanding);
}

TEST_CASE("Commitment states have fixed names", "[commitments]") {
    CHECK(commitmentStateName(CommitmentState::Open) == "open");
    CHECK(commitmentStateName(CommitmentState::Kept) == "kept");
    CHECK(commitmentStateName(CommitmentState::PartlyKept) == "partly kept");
    CHECK(commitmentStateName(CommitmentState::Broken) == "broken");
}
