// The team's strategies and segment rules as the command line prints them
// (docs/cli.md shows each form).
#pragma once

#include "duedesk/domain/CollectionStrategy.h"
#include "duedesk/domain/Currency.h"

#include <optional>
#include <string>
#include <vector>

namespace duedesk {

// One line a strategy: "Standard: +3 email, +10 call, ..."; inactive ones
// say so after the name.
std::string renderStrategiesText(const std::vector<Strategy>& strategies);
// [{"name", "description", "active", "steps": [{"days_past_due", "action", "label"}]}]
std::string renderStrategiesJson(const std::vector<Strategy>& strategies);
// The name, the description and a line per step.
std::string renderStrategyText(const Strategy& strategy);
// One line a rule, in rank order: "rank 10: risk class D -> High risk".
// Bounds are shown in the reporting currency when there is one, else as
// the minor units the rules compare.
std::string renderStrategyRulesText(const std::vector<StrategyRule>& rules, const std::vector<Strategy>& strategies,
                                    const std::optional<Currency>& reporting);

} // namespace duedesk
