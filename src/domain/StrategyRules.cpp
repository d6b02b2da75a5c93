// Choosing an account's strategy by the segment rules, the challenger's
// share, and the step due on a day.
#include "duedesk/domain/StrategyRules.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace duedesk {
namespace {

char lowered(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Risk classes and customer types are typed by people and imported from
// several ERPs: "d" and "Key Account" mean the same as "D" and "key account".
bool sameWords(std::string_view a, std::string_view b) {
    return std::ranges::equal(a, b, [](char x, char y) { return lowered(x) == lowered(y); });
}

bool textMatches(std::string_view condition, std::string_view value) {
    return condition.empty() || sameWords(condition, value);
}

bool matches(const StrategyRule& rule, const SegmentFacts& facts) {
    return textMatches(rule.riskClass, facts.riskClass) && textMatches(rule.customerType, facts.customerType) &&
           (!rule.minOverdue || facts.overdueMinor >= *rule.minOverdue) &&
           (!rule.maxOverdue || facts.overdueMinor < *rule.maxOverdue);
}

} // namespace

int challengerBucket(std::string_view accountNumber, std::int64_t ruleId) {
    // FNV-1a, 64 bits, over the bytes of "<account number>#<rule id>"
    // ("A1#3"). Written out rather than std::hash, whose values differ
    // between standard libraries and runs: an account's side of the test
    // must be the same on every machine and in every later version.
    constexpr std::uint64_t kOffsetBasis = 14695981039346656037ull;
    constexpr std::uint64_t kPrime = 1099511628211ull;
    const std::string key = std::string(accountNumber) + "#" + std::to_string(ruleId);
    std::uint64_t hash = kOffsetBasis;
    for (const char c : key) {
        hash ^= static_cast<unsigned char>(c);
        hash *= kPrime;
    }
    return static_cast<int>(hash % 100);
}

std::optional<StrategyChoice> chooseStrategy(std::span<const StrategyRule> rules, const SegmentFacts& facts) {
    std::vector<const StrategyRule*> byRank;
    for (const StrategyRule& r : rules) byRank.push_back(&r);
    std::ranges::stable_sort(byRank, {}, &StrategyRule::rank);
    for (const StrategyRule* rule : byRank) {
        if (!matches(*rule, facts)) continue;
        StrategyChoice choice{rule->strategyId, rule->id, false};
        if (rule->challengerId && challengerBucket(facts.accountNumber, rule->id) < rule->challengerPercent) {
            choice.strategyId = *rule->challengerId;
            choice.challenger = true;
        }
        return choice;
    }
    return std::nullopt;
}

std::optional<StrategyStep> dueStep(const Strategy& strategy, Date spellStart, Date asOf,
                                    std::span<const StrategyStepDone> done) {
    const int late = asOf - spellStart;
    const StrategyStep* reached = nullptr;
    for (const StrategyStep& step : strategy.steps)
        if (step.daysPastDue <= late && (!reached || step.daysPastDue > reached->daysPastDue)) reached = &step;
    if (!reached) return std::nullopt;
    // Done in this spell, and known by asOf: a step worked after the day
    // asked about did not exist yet on that day.
    const bool doneAlready = std::ranges::any_of(done, [&](const StrategyStepDone& d) {
        return d.strategyId == strategy.id && d.daysPastDue == reached->daysPastDue && spellStart <= d.doneOn &&
               d.doneOn <= asOf;
    });
    if (doneAlready) return std::nullopt;
    return *reached;
}

std::vector<StrategyRule> usableRules(std::span<const Strategy> strategies, std::span<const StrategyRule> rules) {
    const auto active = [&](StrategyId id) {
        return std::ranges::any_of(strategies, [id](const Strategy& s) { return s.id == id && s.active; });
    };
    std::vector<StrategyRule> usable;
    for (StrategyRule r : rules) {
        if (!active(r.strategyId)) continue;
        if (r.challengerId && !active(*r.challengerId)) {
            r.challengerId.reset();
            r.challengerPercent = 0;
        }
        usable.push_back(std::move(r));
    }
    return usable;
}

} // namespace duedesk
