// StrategyRepository: the collection strategies' SQL: strategies and their
// steps, the segment rules, which strategy each account follows, and the
// steps worked. The reads the worklist needs cover all of an analyst's
// accounts in one query per table.
#pragma once

#include "duedesk/domain/CollectionStrategy.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace duedesk {

class StrategyRepository {
public:
    virtual ~StrategyRepository() = default;

    // Every strategy, inactive ones too, by name, each with its steps by
    // days past due.
    virtual std::vector<Strategy> strategies() = 0;
    virtual std::optional<Strategy> find(StrategyId id) = 0;
    // Names are unique regardless of case.
    virtual std::optional<Strategy> findByName(std::string_view name) = 0;
    // A new strategy (id 0) with its steps, or an existing one's name,
    // description, active flag and every step replaced at once. Returns
    // its id.
    virtual StrategyId save(const Strategy& strategy) = 0;
    virtual void deactivate(StrategyId id) = 0;

    // Every rule, lowest rank first.
    virtual std::vector<StrategyRule> rules() = 0;
    // The rules become exactly these. A rule with an id keeps it (its
    // challenger buckets and the assignments it made stay its own); one
    // with id 0 gets a new one. A rule left out is deleted, and the
    // assignments it made keep their strategy but no longer name it.
    virtual void replaceRules(std::span<const StrategyRule> rules) = 0;

    // The strategy an account follows now, if any.
    virtual std::optional<StrategyAssignment> currentAssignment(AccountId account) = 0;
    // The current assignments of an analyst's accounts, or of every
    // account when `analyst` is empty, by account id. One query.
    virtual std::vector<StrategyAssignment> currentAssignments(std::optional<UserId> analyst) = 0;
    // Records a new current assignment (its endedOn is ignored); the
    // account must have none. Returns its id.
    virtual std::int64_t assign(const StrategyAssignment& assignment) = 0;
    // Ends the account's current assignment on `endedOn`; false when it
    // had none.
    virtual bool endAssignment(AccountId account, Date endedOn) = 0;

    virtual std::int64_t recordStepDone(const StrategyStepDone& step) = 0;
    // The steps done on or after `from` for an analyst's accounts, or for
    // every account when `analyst` is empty, by account then day. One
    // query.
    virtual std::vector<StrategyStepDone> stepsDone(std::optional<UserId> analyst, Date from) = 0;
};

// The default strategies (domain/DefaultStrategies) whose names are free
// and, when there are no rules, the default rules, written within the
// caller's transaction. Returns how many strategies were added.
int writeDefaultStrategies(StrategyRepository& repository);

} // namespace duedesk
