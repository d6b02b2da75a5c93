// DefaultStrategies: the strategies and segment rules a ledger starts
// with, for a team to adapt: a standard sequence, a faster one for high
// risk, a gentler one for key accounts, and a challenger to the standard
// one that calls first.
#pragma once

#include "duedesk/domain/CollectionStrategy.h"

#include <string>
#include <vector>

namespace duedesk {

// A segment rule naming its strategies, since their ids are known only
// once they are saved.
struct DefaultStrategyRule {
    int rank = 0;
    std::string strategy;
    std::string challenger; // empty for none
    int challengerPercent = 0;
    std::string riskClass;
    std::string customerType;
};

// "Standard", "High risk", "Key account" and "Standard, call first"; ids 0.
std::vector<Strategy> defaultStrategies();
// Risk class D: High risk; customer type "key account": Key account;
// every other account: Standard, with 20% taking "Standard, call first".
std::vector<DefaultStrategyRule> defaultStrategyRules();

} // namespace duedesk
