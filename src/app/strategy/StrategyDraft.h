// StrategyDraft: the strategies and segment rules as the editor holds them
// between loading and saving: what was read from the ledger, and the copy
// the team leader changes. A strategy added in the editor has a temporary
// id below 0 until it is saved, so that a rule can already name it; the
// draft turns it into the core's StrategyChanges, with only what changed.
#pragma once

#include "duedesk/domain/CollectionStrategy.h"
#include "duedesk/domain/Currency.h"
#include "duedesk/services/CollectionStrategies.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace duedesk::app {

// What the editor reads from the ledger.
struct StrategySnapshot {
    std::vector<Strategy> strategies; // by name
    std::vector<StrategyRule> rules; // in rank order
    std::map<StrategyId, int> following; // accounts that follow each now
    std::optional<Currency> reporting; // the currency the rules' bounds are in
};

class StrategyDraft final {
public:
    // Starts again from what was read, forgetting every change.
    void reset(StrategySnapshot snapshot);

    const std::vector<Strategy>& strategies() const { return strategies_; }
    Strategy& strategy(std::size_t index) { return strategies_.at(index); }
    const Strategy* find(StrategyId id) const;
    // The index of the strategy added: no steps yet, a name of its own.
    std::size_t addStrategy(const std::string& name);
    int following(StrategyId id) const;
    const std::optional<Currency>& reporting() const { return saved_.reporting; }

    std::vector<StrategyRule>& rules() { return rules_; }
    const std::vector<StrategyRule>& rules() const { return rules_; }

    bool isNew(const Strategy& s) const { return s.id < 0; }
    bool changed(const Strategy& s) const;
    bool rulesChanged() const;
    bool modified() const;

    // Changed and new strategies, and the rules when they changed, ranked
    // 10, 20, 30... in the order shown; temporary ids turned into the
    // core's placeholders.
    StrategyChanges changes() const;

private:
    StrategySnapshot saved_;
    std::vector<Strategy> strategies_;
    std::vector<StrategyRule> rules_;
    StrategyId nextTemporary_ = -1;
};

} // namespace duedesk::app
