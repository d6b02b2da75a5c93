// CollectionStrategies: the team's strategies and the segment rules that
// choose among them, as team leaders edit them. Every change is checked
// (strategyProblems, strategyRuleProblems) and written in one transaction.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/CollectionStrategy.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace duedesk {

class StrategyRepository;

// What is wrong with a strategy or the rules, every problem in plain
// words; nothing was written.
class StrategyRejected final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class CollectionStrategies final {
public:
    explicit CollectionStrategies(LedgerDatabase& database);

    // Every strategy, inactive ones too, by name.
    std::vector<Strategy> list();
    std::optional<Strategy> findByName(std::string_view name);
    // Rules in rank order.
    std::vector<StrategyRule> rules();

    // Needs Permission::EditStrategies. A strategy with id 0 is new and
    // its name must be free; one with an id replaces that strategy's name,
    // description, active flag and steps. Throws StrategyRejected.
    // Returns the id.
    StrategyId save(const Strategy& strategy, const Actor& by);
    // Needs Permission::EditStrategies. Accounts that follow it keep it;
    // rules naming it choose no one until they are changed.
    void deactivate(StrategyId id, const Actor& by);
    // Needs Permission::EditStrategies. The rules become exactly these
    // (see StrategyRepository::replaceRules); each names active
    // strategies. Throws StrategyRejected.
    void saveRules(const std::vector<StrategyRule>& rules, const Actor& by);

    // Needs Permission::EditStrategies. Saves each of defaultStrategies()
    // whose name is not taken and, when the ledger has no rules, the
    // default rules. Returns the number of strategies added.
    int installDefaults(const Actor& by);

private:
    LedgerDatabase& database_;
};

// The default strategies whose names are free and, when there are no
// rules, the default rules, written within the caller's transaction (the
// demo ledger's). Returns how many strategies were added.
int writeDefaultStrategies(StrategyRepository& repository);

} // namespace duedesk
