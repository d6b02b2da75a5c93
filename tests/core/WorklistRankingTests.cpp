// The worklist's ranking on hand-built facts: which accounts are due, in
// which order, with which score and reasons (scores worked out by hand
// from docs/worklist.md).
#include "duedesk/reports/Worklist.h"

#include <catch2/catch.hpp>

using namespace duedesk;

namespace {

const Date kOn = Date::ymd(2026, 11, 25);
const Currency kGbp = Currency::of("GBP");
const Currency kEur = Currency::of("EUR");

ExchangeRateTable gbpRates() {
    return ExchangeRateTable(kGbp, {{kEur, kGbp, Date::ymd(2026, 11, 1), *DecimalRate::parse("0.86")}});
}

WorklistAccountFacts account(std::string number, Currency currency, std::array<std::int64_t, 4> minor) {
    WorklistAccountFacts f;
    f.id = static_cast<AccountId>(std::hash<std::string>{}(number) % 100000);
    f.number = number;
    f.name = number + " Ltd";
    if (minor != std::array<std::int64_t, 4>{}) {
        f.overdue.push_back({currency, minor});
        f.oldestOverdueDue = kOn.addDays(-40);
    }
    return f;
}

DiaryEntry entryDue(Date due, DiaryAction action) {
    DiaryEntry e;
    e.id = due.dayNumber();
    e.dueOn = due;
    e.action = action;
    return e;
}

StrategyStep firstLetter() { return {20, DiaryAction::Letter, "first letter"}; }

std::string reasons(const WorkItem& item) {
    std::string out;
    for (const auto& r : item.reasons) out += (out.empty() ? "" : "; ") + r;
    return out;
}

} // namespace

TEST_CASE("Broken promises and large old balances rank first, each with its reasons", "[worklist]") {
    std::vector<WorklistAccountFacts> facts;

    // 1000 (broken promise) + 3 x 18,400 / 1,000 = 55 + 60 (risk D) = 1115.
    auto k1 = account("K1", kGbp, {0, 0, 1'840'000, 0});
    k1.riskClass = "D";
    k1.missed.push_back(
        {MissedCommitment::Kind::Promise, Date::ymd(2026, 11, 12), Money(500'000, kGbp), Money::zero(kGbp)});
    k1.nextEntryDue = Date::ymd(2026, 12, 1);
    facts.push_back(k1);

    // Follow-up 5 days late: 200 + 50; (1 x 2,000 + 4 x 50,000) / 1,000 = 202. 452.
    auto l1 = account("L1", kGbp, {200'000, 0, 0, 5'000'000});
    l1.dueEntries.push_back(entryDue(Date::ymd(2026, 11, 20), DiaryAction::Email));
    l1.nextEntryDue = Date::ymd(2026, 11, 20);
    facts.push_back(l1);

    // Follow-up today: 200; EUR 10,000 at 0.86 = GBP 8,600: 8. 208.
    auto m1 = account("M1", kEur, {1'000'000, 0, 0, 0});
    m1.dueEntries.push_back(entryDue(kOn, DiaryAction::Call));
    m1.nextEntryDue = kOn;
    facts.push_back(m1);

    // Overdue with no next step: 150 + 2 x 900 / 1,000 = 1 + 30 (risk C). 181.
    auto n1 = account("N1", kGbp, {0, 90'000, 0, 0});
    n1.riskClass = "C";
    facts.push_back(n1);

    // On hold: left out and counted as held.
    auto p1 = account("P1", kGbp, {0, 0, 0, 9'900'000});
    p1.hold = Hold{1, p1.id, Date::ymd(2026, 11, 20), Date::ymd(2026, 12, 4), "customer on holiday", {}, {}, {}};
    p1.dueEntries.push_back(entryDue(Date::ymd(2026, 11, 21), DiaryAction::Call));
    facts.push_back(p1);

    // A step due, but called two days ago (interval 3): scheduled.
    auto q1 = account("Q1", kGbp, {300'000, 0, 0, 0});
    q1.dueStep = firstLetter();
    q1.lastContact = kOn.addDays(-2);
    facts.push_back(q1);

    // A step due while a plan is kept: suspended.
    auto r1 = account("R1", kGbp, {300'000, 0, 0, 0});
    r1.dueStep = firstLetter();
    r1.planInGoodStanding = true;
    r1.nextEntryDue = Date::ymd(2026, 12, 10);
    facts.push_back(r1);

    // Nothing overdue, nothing due: not counted at all.
    facts.push_back(account("S1", kGbp, {}));

    // A step due, follow-up set for later: the step still shows. 50 + 3 = 53.
    auto t1 = account("T1", kGbp, {300'000, 0, 0, 0});
    t1.dueStep = firstLetter();
    t1.lastContact = kOn.addDays(-10);
    t1.nextEntryDue = Date::ymd(2026, 12, 1);
    facts.push_back(t1);

    const Worklist list = rankWorklist(facts, kOn, DiarySettings{}, gbpRates());
    REQUIRE(list.items.size() == 5);
    CHECK(list.held == 1);
    CHECK(list.suspended == 1);
    CHECK(list.scheduled == 1);

    const auto& k = list.items[0];
    CHECK(k.number == "K1");
    CHECK(k.score == 1115);
    CHECK(reasons(k) == "broken promise 12 Nov; \u00a318,400 over 60 days; high risk");
    CHECK(k.action == DiaryAction::Call);
    CHECK(k.missedCommitments == 1);
    CHECK(k.overdue == Money(1'840'000, kGbp));
    CHECK(k.daysPastDue == 40);

    const auto& l = list.items[1];
    CHECK(l.number == "L1");
    CHECK(l.score == 452);
    CHECK(reasons(l) == "follow-up due 20 Nov; \u00a350,000 over 90 days");
    CHECK(l.action == DiaryAction::Email);
    CHECK(l.followUpDue == Date::ymd(2026, 11, 20));

    const auto& m = list.items[2];
    CHECK(m.number == "M1");
    CHECK(m.score == 208);
    CHECK(reasons(m) == "follow-up today; \u20ac10,000 overdue");
    CHECK(m.overdue == Money(1'000'000, kEur));

    CHECK(list.items[3].number == "N1");
    CHECK(list.items[3].score == 181);
    CHECK(reasons(list.items[3]) == "no follow-up set; \u00a3900 over 30 days; elevated risk");

    const auto& t = list.items[4];
    CHECK(t.number == "T1");
    CHECK(t.score == 53);
    CHECK(reasons(t) == "first letter due (day 20); \u00a33,000 overdue");
    CHECK(t.action == DiaryAction::Letter);
    CHECK(t.dueSince == kOn.addDays(-20));

    const DaySummary day = summarize(list, 4);
    CHECK(day.due == 5);
    CHECK(day.worked == 4);
    CHECK(day.overdueFollowUps == 1);
    CHECK(day.missedCommitments == 1);
}

TEST_CASE("A hold pauses an account from the day it is placed until the day before it ends", "[worklist]") {
    auto f = account("H1", kGbp, {100'000, 0, 0, 0});
    f.dueEntries.push_back(entryDue(Date::ymd(2026, 11, 20), DiaryAction::Call));
    f.hold = Hold{1, f.id, Date::ymd(2026, 11, 21), Date::ymd(2026, 11, 28), "awaiting remittance", {}, {}, {}};
    const auto rates = gbpRates();
    CHECK(rankAccount(f, Date::ymd(2026, 11, 20), {}, rates));
    CHECK_FALSE(rankAccount(f, Date::ymd(2026, 11, 21), {}, rates));
    CHECK_FALSE(rankAccount(f, Date::ymd(2026, 11, 27), {}, rates));
    CHECK(rankAccount(f, Date::ymd(2026, 11, 28), {}, rates));
    // Released early: back on the day of release.
    f.hold->releasedOn = Date::ymd(2026, 11, 24);
    CHECK_FALSE(rankAccount(f, Date::ymd(2026, 11, 23), {}, rates));
    CHECK(rankAccount(f, Date::ymd(2026, 11, 24), {}, rates));
}

TEST_CASE("The minimum contact interval holds back strategy steps, not follow-ups or broken promises", "[worklist]") {
    auto f = account("I1", kGbp, {100'000, 0, 0, 0});
    f.dueStep = firstLetter();
    f.lastContact = kOn.addDays(-3);
    const auto rates = gbpRates();
    DiarySettings settings;
    settings.minimumContactIntervalDays = 4;
    CHECK_FALSE(rankAccount(f, kOn, settings, rates));
    settings.minimumContactIntervalDays = 3; // three days ago is long enough
    REQUIRE(rankAccount(f, kOn, settings, rates));
    settings.minimumContactIntervalDays = 4;
    f.missed.push_back(
        {MissedCommitment::Kind::Instalment, Date::ymd(2026, 11, 18), Money(20'000, kGbp), Money::zero(kGbp)});
    const auto item = rankAccount(f, kOn, settings, rates);
    REQUIRE(item);
    CHECK(reasons(*item) == "missed instalment 18 Nov; \u00a31,000 overdue");
    CHECK(item->score == 801);
    CHECK_FALSE(item->step);
}

TEST_CASE("A pending promise holds the strategy back until its date", "[worklist]") {
    auto f = account("W1", kGbp, {100'000, 0, 0, 0});
    f.dueStep = firstLetter();
    f.nextEntryDue = Date::ymd(2026, 11, 30);
    f.promisePending = Date::ymd(2026, 11, 27);
    const auto rates = gbpRates();
    CHECK_FALSE(rankAccount(f, kOn, {}, rates));
    CHECK_FALSE(rankAccount(f, Date::ymd(2026, 11, 27), {}, rates));
    // Partly kept: the part paid and the whole promised are in the reason.
    f.promisePending.reset();
    f.missed.push_back({MissedCommitment::Kind::PartlyKeptPromise, Date::ymd(2026, 11, 20), Money(1'000'000, kGbp),
                        Money(400'000, kGbp)});
    const auto item = rankAccount(f, kOn, {}, rates);
    REQUIRE(item);
    CHECK(reasons(*item) == "promise 20 Nov part paid (\u00a34,000 of \u00a310,000); first letter due (day 20); "
                            "\u00a31,000 overdue");
    CHECK(item->score == 900 + 50 + 1);
}
