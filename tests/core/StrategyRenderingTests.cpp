// Strategies and rules as the command line prints them: inactive ones
// marked, bounds in the reporting currency or in minor units.
#include "duedesk/reports/StrategyRendering.h"

#include <catch2/catch.hpp>

using namespace duedesk;

namespace {
Strategy strategy(StrategyId id, std::string name, bool active) {
    Strategy s;
    s.id = id;
    s.name = std::move(name);
    s.active = active;
    s.steps = {{3, DiaryAction::Visit, "site visit"}};
    return s;
}
} // namespace

TEST_CASE("Strategies print inactive ones marked, and rules with their bounds", "[strategy]") {
    const std::vector<Strategy> strategies{strategy(1, "Old", false), strategy(2, "Large", true)};
    CHECK(renderStrategiesText(strategies) == "Old (inactive): +3 visit\nLarge: +3 visit\n");
    CHECK(renderStrategiesText({}) == "No strategies.\n");
    CHECK(renderStrategyText(strategies[0]) == "Old (inactive)\n  +3   visit   site visit\n");

    StrategyRule large;
    large.rank = 5;
    large.strategyId = 2;
    large.riskClass = "C";
    large.minOverdue = 1'000'000;
    large.maxOverdue = 250'000'000;
    large.challengerId = 1;
    large.challengerPercent = 0; // no share: not shown
    const std::vector<StrategyRule> rules{large};
    CHECK(renderStrategyRulesText(rules, strategies, Currency::of("GBP")) ==
          "rank 5: risk class C, overdue at least 10,000.00 GBP, overdue below 2,500,000.00 GBP -> Large\n");
    CHECK(renderStrategyRulesText(rules, strategies, std::nullopt) ==
          "rank 5: risk class C, overdue at least 1000000 (minor units), overdue below 250000000 (minor units) -> "
          "Large\n");
    CHECK(renderStrategyRulesText({}, strategies, std::nullopt) == "No rules: no account is given a strategy.\n");
}
