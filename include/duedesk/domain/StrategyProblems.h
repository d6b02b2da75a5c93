// What makes a strategy or a set of segment rules acceptable, as a list of
// every problem found, each naming its field in plain words (as
// ContactRules does for contacts). The services refuse a change that has
// any; the workstation's editor shows them beside the fields.
#pragma once

#include "duedesk/domain/CollectionStrategy.h"
#include "duedesk/domain/ContactRules.h"

#include <span>
#include <vector>

namespace duedesk {

// The steps' days past due: from the due date itself to a year late.
inline constexpr int kStepDaysMin = 0;
inline constexpr int kStepDaysMax = 365;

// A name; at least one step; each step's days within kStepDaysMin..Max
// and no two steps on the same day; each step's label. Fields: "name",
// "steps", "daysPastDue", "label"; a step's message names it by its
// place ("Step 2: ...").
std::vector<FieldProblem> strategyProblems(const Strategy& strategy);

// Each rule: a strategy; a challenger percent of 0 to 100, and a
// challenger (not the rule's own strategy) when it is above 0; bounds with
// the minimum below the maximum. No two rules of the same rank. Fields:
// "strategy", "challenger", "challengerPercent", "overdue", "rank"; a
// message names the rule by its place ("Rule 2: ..."). Whether the
// strategies exist is the service's check.
std::vector<FieldProblem> strategyRuleProblems(std::span<const StrategyRule> rules);

} // namespace duedesk
