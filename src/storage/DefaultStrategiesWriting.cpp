// Writing the default strategies and rules into a ledger.
#include "duedesk/domain/DefaultStrategies.h"
#include "duedesk/storage/StrategyRepository.h"

namespace duedesk {

int writeDefaultStrategies(StrategyRepository& repository) {
    int added = 0;
    for (const Strategy& s : defaultStrategies())
        if (!repository.findByName(s.name)) {
            repository.save(s);
            ++added;
        }
    if (repository.rules().empty()) {
        std::vector<StrategyRule> rules;
        for (const DefaultStrategyRule& d : defaultStrategyRules()) {
            StrategyRule r;
            r.rank = d.rank;
            r.strategyId = repository.findByName(d.strategy)->id;
            if (!d.challenger.empty()) r.challengerId = repository.findByName(d.challenger)->id;
            r.challengerPercent = d.challengerPercent;
            r.riskClass = d.riskClass;
            r.customerType = d.customerType;
            rules.push_back(std::move(r));
        }
        repository.replaceRules(rules);
    }
    return added;
}

} // namespace duedesk
