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

StrategyId CollectionStrategies::save(const Strategy& strategy, const Actor& by) {
    requirePermission(by, Permission::EditStrategies);
    Strategy s = strategy;
    s.name = std::string(trimBlanks(s.name));
    for (StrategyStep& step : s.steps) step.label = std::string(trimBlanks(step.label));
    // Checked in the order typed, so "Step 2" is the second step the
    // team leader sees; stored by days past due.
    if (const auto problems = strategyProblems(s); !problems.empty()) throw StrategyRejected(problemsText(problems));
    std::ranges::sort(s.steps, {}, &StrategyStep::daysPastDue);
    UnitOfWork work(database_);
    StrategyRepository& strategies = database_.strategies();
    if (const auto same = strategies.findByName(s.name); same && same->id != s.id)
        throw StrategyRejected("A strategy named \"" + same->name + "\" exists already.");
    if (s.id != 0 && !strategies.find(s.id)) throw StrategyRejected("No such strategy.");
    const StrategyId id = strategies.save(s);
    work.commit();
    return id;
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
    std::vector<FieldProblem> problems = strategyRuleProblems(rules);
    UnitOfWork work(database_);
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
    work.commit();
}

int CollectionStrategies::installDefaults(const Actor& by) {
    requirePermission(by, Permission::EditStrategies);
    UnitOfWork work(database_);
    const int added = writeDefaultStrategies(database_.strategies());
    work.commit();
    return added;
}

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
