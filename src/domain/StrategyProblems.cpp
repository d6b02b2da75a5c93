// The rules for a strategy as a team leader edits it, and for the segment
// rules, each returning every problem at once.
#include "duedesk/domain/StrategyProblems.h"

#include "domain/TrimBlanks.h"

#include <algorithm>
#include <string>

namespace duedesk {
namespace {

std::string stepName(std::size_t index) { return "Step " + std::to_string(index + 1) + ": "; }
std::string ruleName(std::size_t index) { return "Rule " + std::to_string(index + 1) + ": "; }

} // namespace

std::vector<FieldProblem> strategyProblems(const Strategy& s) {
    std::vector<FieldProblem> problems;
    if (trimBlanks(s.name).empty()) problems.push_back({"name", "Name is required."});
    if (s.steps.empty())
        problems.push_back({"steps", "A strategy needs at least one step: what to do how many days past due."});
    for (std::size_t i = 0; i < s.steps.size(); ++i) {
        const StrategyStep& step = s.steps[i];
        if (step.daysPastDue < kStepDaysMin || step.daysPastDue > kStepDaysMax)
            problems.push_back({"daysPastDue", stepName(i) + "days past due are " + std::to_string(kStepDaysMin) +
                                                   " to " + std::to_string(kStepDaysMax) + "; " +
                                                   std::to_string(step.daysPastDue) + " is not."});
        for (std::size_t j = 0; j < i; ++j)
            if (s.steps[j].daysPastDue == step.daysPastDue) {
                problems.push_back({"daysPastDue", stepName(i) + "step " + std::to_string(j + 1) + " is already at " +
                                                       std::to_string(step.daysPastDue) +
                                                       " days past due; each step needs a day of its own."});
                break;
            }
        if (trimBlanks(step.label).empty())
            problems.push_back({"label", stepName(i) + "the label is required: what the step is, such as \"first "
                                                       "letter\"."});
    }
    return problems;
}

std::vector<FieldProblem> strategyRuleProblems(std::span<const StrategyRule> rules) {
    std::vector<FieldProblem> problems;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const StrategyRule& r = rules[i];
        if (r.strategyId == 0) problems.push_back({"strategy", ruleName(i) + "a strategy is required."});
        if (r.challengerPercent < 0 || r.challengerPercent > 100)
            problems.push_back({"challengerPercent", ruleName(i) + "the challenger's share is 0 to 100 percent; " +
                                                         std::to_string(r.challengerPercent) + " is not."});
        else if (r.challengerPercent > 0 && !r.challengerId)
            problems.push_back({"challenger", ruleName(i) + "a challenger share needs a challenger strategy."});
        if (r.challengerId && *r.challengerId == r.strategyId)
            problems.push_back({"challenger", ruleName(i) + "the challenger must differ from the rule's strategy."});
        if (r.minOverdue && r.maxOverdue && *r.minOverdue >= *r.maxOverdue)
            problems.push_back({"overdue", ruleName(i) + "the overdue minimum must be below the maximum."});
        for (std::size_t j = 0; j < i; ++j)
            if (rules[j].rank == r.rank) {
                problems.push_back({"rank", ruleName(i) + "rule " + std::to_string(j + 1) + " has the rank " +
                                                std::to_string(r.rank) + " already; each rule needs its own."});
                break;
            }
    }
    return problems;
}

} // namespace duedesk
