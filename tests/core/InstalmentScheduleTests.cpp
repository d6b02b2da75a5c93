// A total split into monthly instalments: equal shares in minor units, the
// remainder on the last, each a month after the first (clamped to the
// month's end), worked out by hand.
#include "duedesk/domain/CommitmentEntryRules.h"
#include "duedesk/domain/InstalmentSchedule.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace duedesk;

namespace {
const Currency kGbp = Currency::of("GBP");

std::vector<std::string> described(const std::vector<Instalment>& instalments) {
    std::vector<std::string> out;
    for (const Instalment& i : instalments)
        out.push_back(std::to_string(i.seq) + " " + i.dueOn.toIso() + " " + i.amount.toDecimalString() + " " +
                      std::string(i.amount.currency().code()));
    return out;
}
} // namespace

TEST_CASE("1,000.00 in three monthly instalments from 31 January: 333.33, 333.33 and 333.34 on month ends",
          "[commitments][plans]") {
    // 100000 / 3 = 33333 minor units each; 100000 - 2 * 33333 = 33334 last.
    const auto instalments = monthlyInstalments(Money(100000, kGbp), 3, Date::ymd(2026, 1, 31));
    CHECK(described(instalments) ==
          std::vector<std::string>{"1 2026-01-31 333.33 GBP", "2 2026-02-28 333.33 GBP", "3 2026-03-31 333.34 GBP"});
}

TEST_CASE("An amount that divides evenly has no remainder; one instalment is the whole total", "[commitments][plans]") {
    CHECK(described(monthlyInstalments(Money(145050, kGbp), 2, Date::ymd(2026, 7, 15))) ==
          std::vector<std::string>{"1 2026-07-15 725.25 GBP", "2 2026-08-15 725.25 GBP"});
    CHECK(described(monthlyInstalments(Money(45050, kGbp), 1, Date::ymd(2026, 7, 1))) ==
          std::vector<std::string>{"1 2026-07-01 450.50 GBP"});
    // Yen have no minor digits: 120,000 in 7 is 17,142 each and 17,148 last.
    const auto yen = monthlyInstalments(Money(120000, Currency::of("JPY")), 7, Date::ymd(2026, 11, 30));
    REQUIRE(yen.size() == 7);
    CHECK(yen[0].amount.minorUnits() == 17142);
    CHECK(yen[5].amount.minorUnits() == 17142);
    CHECK(yen[6].amount.minorUnits() == 17148);
    CHECK(yen[2].dueOn == Date::ymd(2027, 1, 30));
    CHECK(yen[3].dueOn == Date::ymd(2027, 2, 28));
    CHECK(yen[6].dueOn == Date::ymd(2027, 5, 30));
}

TEST_CASE("No instalments for a count out of range, a total not above zero or too small to share out",
          "[commitments][plans]") {
    const Date from = Date::ymd(2026, 7, 1);
    CHECK(monthlyInstalments(Money(100000, kGbp), 0, from).empty());
    CHECK(monthlyInstalments(Money(100000, kGbp), kMaxMonthlyInstalments + 1, from).empty());
    CHECK(monthlyInstalments(Money(0, kGbp), 3, from).empty());
    CHECK(monthlyInstalments(Money(-300, kGbp), 3, from).empty());
    CHECK(monthlyInstalments(Money(2, kGbp), 3, from).empty());
    CHECK(described(monthlyInstalments(Money(3, kGbp), 3, from)) ==
          std::vector<std::string>{"1 2026-07-01 0.01 GBP", "2 2026-08-01 0.01 GBP", "3 2026-09-01 0.01 GBP"});
}

TEST_CASE("The longest monthly split a plan may hold passes the plan's rules", "[commitments][plans]") {
    PaymentPlan plan;
    plan.accountId = 1;
    plan.currency = kGbp;
    plan.agreedOn = Date::ymd(2026, 6, 30);
    plan.instalments = monthlyInstalments(Money(240000, kGbp), kMaxMonthlyInstalments, Date::ymd(2026, 7, 15));
    REQUIRE(plan.instalments.size() == 24);
    CHECK(plan.instalments.back().dueOn == Date::ymd(2028, 6, 15));
    CHECK(paymentPlanProblems(plan, plan.agreedOn).empty());
}
