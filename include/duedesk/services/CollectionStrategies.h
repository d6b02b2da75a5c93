// CollectionStrategies: the team's strategies and the segment rules that
// choose among them, as team leaders edit them. Every change is checked
// (strategyProblems, strategyRuleProblems) and written in one transaction.
#pragma once

#include "duedesk/services/ChangeRefused.h"

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/CollectionStrategy.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <map>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace duedesk {

// What is wrong with a strategy or the rules, every problem in plain
// words; nothing was written.
class StrategyRejected final : public ChangeRefused {
public:
    using ChangeRefused::ChangeRefused;
};

// What a team leader changed in the workstation's editor, saved as one:
// strategies new (id 0) or changed, then, when given, the rules. A rule
// may name a strategy saved with it before it has an id: a strategy or
// challenger id below 0 names strategies[-id - 1].
struct StrategyChanges {
    std::vector<Strategy> strategies;
    std::optional<std::vector<StrategyRule>> rules;
};

class CollectionStrategies final {
public:
    explicit CollectionStrategies(LedgerDatabase& database);

    // Every strategy, inactive ones too, by name.
    std::vector<Strategy> list();
    std::optional<Strategy> findByName(std::string_view name);
    // Rules in rank order.
    std::vector<StrategyRule> rules();
    // How many accounts follow each strategy now (their current
    // assignments); a strategy no account follows is left out.
    std::map<StrategyId, int> accountsFollowing();

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
    // Needs Permission::EditStrategies. All of `changes` in one
    // transaction, or nothing: each strategy as save() checks it, then the
    // rules as saveRules() does, against the strategies as just saved.
    // Every strategy's problems are found before anything is written, each
    // message after the strategy's name ("Standard: Step 2: ...").
    // Throws StrategyRejected. Returns the ids of changes.strategies, in
    // their order.
    std::vector<StrategyId> saveChanges(const StrategyChanges& changes, const Actor& by);

    // Needs Permission::EditStrategies. Saves each of defaultStrategies()
    // whose name is not taken and, when the ledger has no rules, the
    // default rules. Returns the number of strategies added.
    int installDefaults(const Actor& by);

private:
    // The checks and writes of save() and saveRules(), within the
    // caller's transaction.
    StrategyId write(Strategy strategy);
    void writeRules(const std::vector<StrategyRule>& rules);

    LedgerDatabase& database_;
};

} // namespace duedesk
