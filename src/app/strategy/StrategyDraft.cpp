// The editor's working copy of the strategies and rules.
#include "app/strategy/StrategyDraft.h"

#include <algorithm>

namespace duedesk::app {
namespace {

// The rules' order is their rank: two lists alike in order and content
// are the same rules, whatever numbers the ranks had.
std::vector<StrategyRule> unranked(std::vector<StrategyRule> rules) {
    for (StrategyRule& r : rules) r.rank = 0;
    return rules;
}

} // namespace

void StrategyDraft::reset(StrategySnapshot snapshot) {
    saved_ = std::move(snapshot);
    strategies_ = saved_.strategies;
    rules_ = saved_.rules;
    nextTemporary_ = -1;
}

const Strategy* StrategyDraft::find(StrategyId id) const {
    const auto it = std::ranges::find(strategies_, id, &Strategy::id);
    return it == strategies_.end() ? nullptr : &*it;
}

std::size_t StrategyDraft::addStrategy(const std::string& name) {
    Strategy s;
    s.id = nextTemporary_--;
    s.name = name;
    strategies_.push_back(std::move(s));
    return strategies_.size() - 1;
}

int StrategyDraft::following(StrategyId id) const {
    const auto it = saved_.following.find(id);
    return it == saved_.following.end() ? 0 : it->second;
}

bool StrategyDraft::changed(const Strategy& s) const {
    if (isNew(s)) return true;
    const auto it = std::ranges::find(saved_.strategies, s.id, &Strategy::id);
    return it == saved_.strategies.end() || *it != s;
}

bool StrategyDraft::rulesChanged() const { return unranked(rules_) != unranked(saved_.rules); }

bool StrategyDraft::modified() const {
    return rulesChanged() || std::ranges::any_of(strategies_, [this](const Strategy& s) { return changed(s); });
}

StrategyChanges StrategyDraft::changes() const {
    StrategyChanges out;
    std::map<StrategyId, StrategyId> placeholders; // temporary id -> the core's
    for (const Strategy& s : strategies_) {
        if (!changed(s)) continue;
        Strategy copy = s;
        if (isNew(s)) {
            placeholders[s.id] = -static_cast<StrategyId>(out.strategies.size() + 1);
            copy.id = 0;
        }
        out.strategies.push_back(std::move(copy));
    }
    if (rulesChanged()) {
        const auto resolved = [&placeholders](StrategyId id) {
            const auto it = placeholders.find(id);
            return it == placeholders.end() ? id : it->second;
        };
        std::vector<StrategyRule> rules = rules_;
        int rank = 0;
        for (StrategyRule& r : rules) {
            r.rank = rank += 10;
            r.strategyId = resolved(r.strategyId);
            if (r.challengerId) r.challengerId = resolved(*r.challengerId);
        }
        out.rules = std::move(rules);
    }
    return out;
}

} // namespace duedesk::app
