// Collection strategies' rules: the step due by days past due in a spell,
// the segment rule that chooses a strategy, the challenger's stable share,
// and what a strategy must have before it is saved.
#include "duedesk/domain/StrategyProblems.h"
#include "duedesk/domain/StrategyRules.h"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace duedesk;

namespace {

constexpr StrategyId kStandard = 1;
constexpr StrategyId kHighRisk = 2;
constexpr StrategyId kKeyAccount = 3;
constexpr StrategyId kCallFirst = 4;

Strategy standard() {
    Strategy s;
    s.id = kStandard;
    s.name = "Standard";
    s.steps = {{3, DiaryAction::Email, "reminder email"}, {10, DiaryAction::Call, "first call"},
               {20, DiaryAction::Letter, "first letter"}, {35, DiaryAction::Letter, "second letter"},
               {50, DiaryAction::Letter, "final demand"}, {65, DiaryAction::Review, "escalation review"}};
    return s;
}

StrategyStepDone doneStep(int days, Date on, StrategyId strategy = kStandard) {
    StrategyStepDone d;
    d.accountId = 1;
    d.strategyId = strategy;
    d.daysPastDue = days;
    d.doneOn = on;
    return d;
}

// The label of the step due, or "" when none is.
std::string dueLabel(const Strategy& s, Date spellStart, Date asOf, std::span<const StrategyStepDone> done = {}) {
    const auto step = dueStep(s, spellStart, asOf, done);
    return step ? step->label : "";
}

StrategyRule rule(std::int64_t id, int rank, StrategyId strategy) {
    StrategyRule r;
    r.id = id;
    r.rank = rank;
    r.strategyId = strategy;
    return r;
}

SegmentFacts facts(std::string_view number, std::string_view risk, std::string_view type, std::int64_t overdue) {
    return {number, risk, type, overdue};
}

StrategyId chosen(std::span<const StrategyRule> rules, const SegmentFacts& f) {
    const auto choice = chooseStrategy(rules, f);
    return choice ? choice->strategyId : 0;
}

} // namespace

TEST_CASE("The step due is the latest reached, from the day its days past due have passed", "[strategy]") {
    const Strategy s = standard();
    const Date due = Date::ymd(2026, 6, 1);
    CHECK(dueLabel(s, due, due) == "");
    CHECK(dueLabel(s, due, due.addDays(2)) == "");
    CHECK(dueLabel(s, due, due.addDays(3)) == "reminder email");
    CHECK(dueLabel(s, due, due.addDays(9)) == "reminder email");
    CHECK(dueLabel(s, due, due.addDays(10)) == "first call");
    CHECK(dueLabel(s, due, due.addDays(19)) == "first call");
    CHECK(dueLabel(s, due, due.addDays(20)) == "first letter");
    CHECK(dueLabel(s, due, due.addDays(34)) == "first letter");
    CHECK(dueLabel(s, due, due.addDays(35)) == "second letter");
    CHECK(dueLabel(s, due, due.addDays(50)) == "final demand");
    CHECK(dueLabel(s, due, due.addDays(65)) == "escalation review");
    CHECK(dueLabel(s, due, due.addDays(400)) == "escalation review");
    const auto step = dueStep(s, due, due.addDays(10), {});
    REQUIRE(step);
    CHECK(step->daysPastDue == 10);
    CHECK(step->action == DiaryAction::Call);
}

TEST_CASE("A step done in this spell is not due again, and earlier steps not done are passed over", "[strategy]") {
    const Strategy s = standard();
    const Date due = Date::ymd(2026, 6, 1);
    // The reminder was sent on day 4: nothing is due until day 10.
    const std::vector<StrategyStepDone> reminded{doneStep(3, Date::ymd(2026, 6, 5))};
    CHECK(dueLabel(s, due, Date::ymd(2026, 6, 5), reminded) == "");
    CHECK(dueLabel(s, due, Date::ymd(2026, 6, 10), reminded) == "");
    CHECK(dueLabel(s, due, Date::ymd(2026, 6, 11), reminded) == "first call");
    // No one worked the account until day 25: the letter is due, the
    // reminder and the call are not; once the letter is sent, nothing is.
    CHECK(dueLabel(s, due, Date::ymd(2026, 6, 26)) == "first letter");
    const std::vector<StrategyStepDone> lettered{doneStep(20, Date::ymd(2026, 6, 26))};
    CHECK(dueLabel(s, due, Date::ymd(2026, 6, 26), lettered) == "");
    CHECK(dueLabel(s, due, Date::ymd(2026, 7, 5), lettered) == "");
    CHECK(dueLabel(s, due, Date::ymd(2026, 7, 6), lettered) == "second letter");
    // Asked about a day before the letter was sent, the letter was due.
    CHECK(dueLabel(s, due, Date::ymd(2026, 6, 25), lettered) == "first letter");
}

TEST_CASE("Steps done in an earlier spell or under another strategy do not count", "[strategy]") {
    const Strategy s = standard();
    // The first spell began on 1 March; its call was made on 12 March. The
    // account was paid up, and a new spell began on 1 June.
    const std::vector<StrategyStepDone> earlier{doneStep(10, Date::ymd(2026, 3, 12)),
                                                doneStep(10, Date::ymd(2026, 6, 11), kCallFirst)};
    CHECK(dueLabel(s, Date::ymd(2026, 3, 1), Date::ymd(2026, 3, 15), earlier) == "");
    CHECK(dueLabel(s, Date::ymd(2026, 6, 1), Date::ymd(2026, 6, 12), earlier) == "first call");
    // Done on the spell's first day counts.
    const std::vector<StrategyStepDone> onStart{doneStep(0, Date::ymd(2026, 6, 1))};
    Strategy fromDueDate = s;
    fromDueDate.steps.insert(fromDueDate.steps.begin(), {0, DiaryAction::Email, "statement"});
    CHECK(dueLabel(fromDueDate, Date::ymd(2026, 6, 1), Date::ymd(2026, 6, 1)) == "statement");
    CHECK(dueLabel(fromDueDate, Date::ymd(2026, 6, 1), Date::ymd(2026, 6, 2), onStart) == "");
}

TEST_CASE("A strategy's steps are found whatever order they are listed in", "[strategy]") {
    Strategy s = standard();
    std::ranges::reverse(s.steps);
    CHECK(dueLabel(s, Date::ymd(2026, 6, 1), Date::ymd(2026, 6, 22)) == "first letter");
    Strategy none;
    CHECK(dueLabel(none, Date::ymd(2026, 6, 1), Date::ymd(2026, 9, 1)) == "");
}

TEST_CASE("The first rule by rank whose risk class, customer type and balance match chooses", "[strategy]") {
    StrategyRule highRisk = rule(11, 10, kHighRisk);
    highRisk.riskClass = "D";
    StrategyRule key = rule(12, 20, kKeyAccount);
    key.customerType = "key account";
    StrategyRule large = rule(13, 30, kHighRisk);
    large.minOverdue = 5'000'000; // 50,000.00 and above
    StrategyRule small = rule(14, 40, kCallFirst);
    small.maxOverdue = 10'000; // below 100.00
    StrategyRule rest = rule(15, 50, kStandard);
    // Listed out of rank order on purpose.
    const std::vector<StrategyRule> rules{rest, small, large, key, highRisk};

    CHECK(chosen(rules, facts("A1", "D", "key account", 100)) == kHighRisk);
    CHECK(chosen(rules, facts("A1", "d", "", 100'000)) == kHighRisk);
    CHECK(chosen(rules, facts("A1", "C", "Key Account", 100)) == kKeyAccount);
    CHECK(chosen(rules, facts("A1", "C", "public sector", 5'000'000)) == kHighRisk);
    CHECK(chosen(rules, facts("A1", "C", "public sector", 4'999'999)) == kStandard);
    CHECK(chosen(rules, facts("A1", "", "", 9'999)) == kCallFirst);
    CHECK(chosen(rules, facts("A1", "", "", 10'000)) == kStandard);
    const auto choice = chooseStrategy(rules, facts("A1", "B", "", 10'000));
    REQUIRE(choice);
    CHECK(choice->ruleId == 15);
    CHECK_FALSE(choice->challenger);

    // Without a rule that matches everything, an account may get none.
    const std::vector<StrategyRule> onlyD{highRisk};
    CHECK_FALSE(chooseStrategy(onlyD, facts("A1", "A", "", 100)));
    CHECK_FALSE(chooseStrategy({}, facts("A1", "A", "", 100)));
}

TEST_CASE("A rule's lower rank wins when two match", "[strategy]") {
    StrategyRule a = rule(1, 2, kHighRisk);
    StrategyRule b = rule(2, 1, kKeyAccount);
    const std::vector<StrategyRule> rules{a, b};
    CHECK(chosen(rules, facts("A1", "", "", 0)) == kKeyAccount);
}

TEST_CASE("The challenger bucket is FNV-1a 64 of the account number and rule id, modulo 100", "[strategy]") {
    // Worked out independently (docs/strategies.md shows how).
    CHECK(challengerBucket("A1", 3) == 77);
    CHECK(challengerBucket("A2", 3) == 44);
    CHECK(challengerBucket("A1", 4) == 0);
    CHECK(challengerBucket("C00001", 3) == 3);
    CHECK(challengerBucket("C00042", 3) == 54);
    // The same answer every time it is asked.
    for (int i = 0; i < 3; ++i) CHECK(challengerBucket("A1", 3) == 77);
}

TEST_CASE("The challenger takes about its share of 10,000 accounts, the same ones every time", "[strategy]") {
    StrategyRule standardRule = rule(3, 1, kStandard);
    standardRule.challengerId = kCallFirst;
    standardRule.challengerPercent = 20;
    const std::vector<StrategyRule> rules{standardRule};
    const auto challengers = [&rules] {
        int count = 0;
        char number[16];
        for (int i = 0; i < 10'000; ++i) {
            std::snprintf(number, sizeof number, "C%05d", i);
            const auto choice = chooseStrategy(rules, facts(number, "", "", 100));
            if (choice->challenger) {
                CHECK(choice->strategyId == kCallFirst);
                CHECK(choice->ruleId == 3);
                ++count;
            }
        }
        return count;
    };
    CHECK(challengers() == 1934);
    CHECK(challengers() == 1934);
    CHECK(chooseStrategy(rules, facts("C00001", "", "", 100))->challenger); // bucket 3
    CHECK_FALSE(chooseStrategy(rules, facts("C00000", "", "", 100))->challenger); // bucket 96

    // 0 percent gives no one the challenger; 100 gives everyone.
    StrategyRule none = standardRule;
    none.challengerPercent = 0;
    const std::vector<StrategyRule> noneRules{none};
    CHECK_FALSE(chooseStrategy(noneRules, facts("A1", "", "", 0))->challenger);
    CHECK_FALSE(chooseStrategy(noneRules, facts("C00001", "", "", 0))->challenger);
    StrategyRule all = standardRule;
    all.challengerPercent = 100;
    const std::vector<StrategyRule> allRules{all};
    CHECK(chooseStrategy(allRules, facts("C00000", "", "", 0))->challenger);
}

TEST_CASE("A strategy lists every problem at once, each with its field", "[strategy]") {
    CHECK(strategyProblems(standard()).empty());
    Strategy empty;
    empty.name = " ";
    CHECK(
        strategyProblems(empty) ==
        std::vector<FieldProblem>{{"name", "Name is required."},
                                  {"steps", "A strategy needs at least one step: what to do how many days past due."}});
    Strategy bad = standard();
    bad.steps = {{10, DiaryAction::Call, "first call"},
                 {366, DiaryAction::Letter, "late letter"},
                 {10, DiaryAction::Email, " "},
                 {-1, DiaryAction::Email, "early"}};
    CHECK(strategyProblems(bad) ==
          std::vector<FieldProblem>{
              {"daysPastDue", "Step 2: days past due are 0 to 365; 366 is not."},
              {"daysPastDue", "Step 3: step 1 is already at 10 days past due; each step needs a day of its own."},
              {"label", "Step 3: the label is required: what the step is, such as \"first letter\"."},
              {"daysPastDue", "Step 4: days past due are 0 to 365; -1 is not."}});
    bad.steps = {{0, DiaryAction::Email, "statement"}, {365, DiaryAction::Review, "write-off review"}};
    CHECK(strategyProblems(bad).empty());
}

TEST_CASE("Segment rules list every problem at once, each with its field", "[strategy]") {
    StrategyRule good = rule(1, 1, kStandard);
    good.challengerId = kCallFirst;
    good.challengerPercent = 20;
    good.minOverdue = 0;
    good.maxOverdue = 100;
    std::vector<StrategyRule> rules{good};
    CHECK(strategyRuleProblems(rules).empty());
    StrategyRule noStrategy = rule(2, 2, 0);
    noStrategy.challengerPercent = 101;
    StrategyRule noChallenger = rule(3, 1, kStandard);
    noChallenger.challengerPercent = 10;
    noChallenger.minOverdue = 100;
    noChallenger.maxOverdue = 100;
    StrategyRule itself = rule(4, 4, kStandard);
    itself.challengerId = kStandard;
    rules = {good, noStrategy, noChallenger, itself};
    CHECK(strategyRuleProblems(rules) ==
          std::vector<FieldProblem>{
              {"strategy", "Rule 2: a strategy is required."},
              {"challengerPercent", "Rule 2: the challenger's share is 0 to 100 percent; 101 is not."},
              {"challenger", "Rule 3: a challenger share needs a challenger strategy."},
              {"overdue", "Rule 3: the overdue minimum must be below the maximum."},
              {"rank", "Rule 3: rule 1 has the rank 1 already; each rule needs its own."},
              {"challenger", "Rule 4: the challenger must differ from the rule's strategy."}});
}

TEST_CASE("Only rules of active strategies choose, and an inactive challenger is dropped", "[strategy]") {
    std::vector<Strategy> strategies(3);
    strategies[0].id = 1;
    strategies[1].id = 2;
    strategies[2].id = 3;
    strategies[2].active = false;
    std::vector<StrategyRule> rules(3);
    rules[0] = {10, 10, 3, std::nullopt, 0, "D", "", std::nullopt, std::nullopt}; // inactive strategy
    rules[1] = {20, 20, 1, 3, 20, "", "", std::nullopt, std::nullopt}; // inactive challenger
    rules[2] = {30, 30, 2, 1, 50, "", "", std::nullopt, std::nullopt};
    const auto usable = usableRules(strategies, rules);
    REQUIRE(usable.size() == 2);
    CHECK(usable[0].id == 20);
    CHECK_FALSE(usable[0].challengerId);
    CHECK(usable[0].challengerPercent == 0);
    CHECK(usable[1].id == 30);
    CHECK(usable[1].challengerId == 1);
    CHECK(usable[1].challengerPercent == 50);
}
