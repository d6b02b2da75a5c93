// Editing the team's strategies and segment rules.
#include "duedesk/services/CollectionStrategies.h"

#include "domain/TrimBlanks.h"

#include "duedesk/domain/DefaultStrategies.h"
#include "duedesk/domain/StrategyProblems.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/StrategyRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <algorithm>

namespace duedesk {

CollectionStrategies::CollectionStrategies(LedgerDatabase& database) : database_(database) {}

std::vector<Strategy> CollectionStrategies::list() { return database_.strategies().strategies(); }

std::optional<Strategy> CollectionStrategies::findByName(std::string_view name) {
    return database_.strategies().findByName(trimBlanks(name));
}

std::vector<StrategyRule> CollectionStrategies::rules() { return database_.strategies().rules(); }

namespace {

// A strategy as it is checked and stored: name and labels trimmed.
Strategy trimmed(Strategy s) {
    s.name = std::string(trimBlanks(s.name));
    for (StrategyStep& step : s.steps) step.label = std::string(trimBlanks(step.label));
    return s;
}

} // namespace

std::map<StrategyId, int> CollectionStrategies::accountsFollowing() {
    std::map<StrategyId, int> following;
    for (const StrategyAssignment& a : database_.strategies().currentAssignments(std::nullopt))
        ++following[a.strategyId];
    return following;
}

StrategyId CollectionStrategies::save(const Strategy& strategy, const Actor& by) {
    requirePermission(by, Permission::EditStrategies);
    const Strategy s = trimmed(strategy);
    // Checked in the order typed, so "Step 2" is the second step the
    // team leader sees; stored by days past due (write).
    if (const auto problems = strategyProblems(s); !problems.empty()) throw StrategyRejected(problemsText(problems));
    UnitOfWork work(database_);
    const StrategyId id = write(s);
    work.commit();
    return id;
}

StrategyId CollectionStrategies::write(Strategy s) {
    std::ranges::sort(s.steps, {}, &StrategyStep::daysPastDue);
    StrategyRepository& strategies = database_.strategies();
    if (const auto same = strategies.findByName(s.name); same && same->id != s.id)
        throw StrategyRejected("A strategy named \"" + same->name + "\" exists already.");
    if (s.id != 0 && !strategies.find(s.id)) throw StrategyRejected("No such strategy.");
    return strategies.save(s);
}

void CollectionStrategies::deactivate(StrategyId id, const Actor& by) {
    requirePermission(by, Permission::EditStrategies);
    UnitOfWork work(database_);
    if (!database_.strategies().find(id)) throw StrategyRejected("No such strategy.");
    database_.strategies().deactivate(id);
    work.commit();
}

void CollectionStrategies::saveRules(const std::vector<StrategyRule>& rules, const Actor& by) {
    requirePermission(by, Permission::EditStrategies);
    UnitOfWork work(database_);
    writeRules(rules);
    work.commit();
}

void CollectionStrategies::writeRules(const std::vector<StrategyRule>& rules) {
    std::vector<FieldProblem> problems = strategyRuleProblems(rules);
    StrategyRepository& repository = database_.strategies();
    const std::vector<Strategy> strategies = repository.strategies();
    const auto usable = [&strategies](StrategyId id) {
        const auto it = std::ranges::find(strategies, id, &Strategy::id);
        return it != strategies.end() && it->active;
    };
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const std::string rule = "Rule " + std::to_string(i + 1) + ": ";
        if (rules[i].strategyId != 0 && !usable(rules[i].strategyId))
            problems.push_back({"strategy", rule + "the strategy is not an active strategy of this ledger."});
        if (rules[i].challengerId && !usable(*rules[i].challengerId))
            problems.push_back({"challenger", rule + "the challenger is not an active strategy of this ledger."});
    }
    if (!problems.empty()) throw StrategyRejected(problemsText(problems));
    repository.replaceRules(rules);
}

std::vector<StrategyId> CollectionStrategies::saveChanges(const StrategyChanges& changes, const Actor& by) {
    requirePermission(by, Permission::EditStrategies);
    std::vector<Strategy> strategies;
    std::vector<FieldProblem> problems;
    for (const Strategy& typed : changes.strategies) {
        Strategy s = trimmed(typed);
        const std::string which = s.name.empty() ? std::string("A strategy without a name") : s.name;
        for (FieldProblem& p : strategyProblems(s)) problems.push_back({p.field, which + ": " + p.message});
        strategies.push_back(std::move(s));
    }
    if (!problems.empty()) throw StrategyRejected(problemsText(problems));
    UnitOfWork work(database_);
    std::vector<StrategyId> ids;
    for (const Strategy& s : strategies) ids.push_back(write(s));
    if (changes.rules) {
        // A placeholder that names no strategy of the change stays below
        // 0, and the rules' check finds no such active strategy.
        const auto resolved = [&ids](StrategyId id) {
            const auto place = static_cast<std::size_t>(-(id + 1));
            return id < 0 && place < ids.size() ? ids[place] : id;
        };
        std::vector<StrategyRule> rules = *changes.rules;
        for (StrategyRule& r : rules) {
            r.strategyId = resolved(r.strategyId);
            if (r.challengerId) r.challengerId = resolved(*r.challengerId);
        }
        writeRules(rules);
    }
    work.commit();
    return ids;
}

int CollectionStrategies::installDefaults(const Actor& by) {
    requirePermission(by, Permission::EditStrategies);
    UnitOfWork work(database_);
    const int added = writeDefaultStrategies(database_.strategies());
    work.commit();
    return added;
}

} // namespace duedesk
