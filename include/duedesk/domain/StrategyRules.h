// StrategyRules: which strategy an account follows and which of its steps
// is due on a day.
#pragma once

#include "duedesk/domain/CollectionStrategy.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace duedesk {

// What the segment rules look at.
struct SegmentFacts {
    std::string_view accountNumber;
    std::string_view riskClass;
    std::string_view customerType;
    std::int64_t overdueMinor = 0; // reporting currency
};

struct StrategyChoice {
    StrategyId strategyId = 0;
    std::optional<std::int64_t> ruleId;
    bool challenger = false;
};

// The rules as they can choose today: none for an inactive strategy, and
// no challenger that is inactive (its rule keeps choosing the champion).
std::vector<StrategyRule> usableRules(std::span<const Strategy> strategies, std::span<const StrategyRule> rules);

// The first rule, in rank order, whose conditions match; nothing when none
// does. A risk class or customer type matches regardless of case ("d" is
// "D"); the overdue balance is at least minOverdue and below maxOverdue.
// Whether the account takes the rule's challenger is decided by a
// stable hash of its number and the rule's id, so the same account gets
// the same answer on every run and every machine.
std::optional<StrategyChoice> chooseStrategy(std::span<const StrategyRule> rules, const SegmentFacts& facts);
// The hash's bucket, 0..99: an account with a bucket below the rule's
// percent takes the challenger. The hash is FNV-1a 64 over the bytes of
// "<account number>#<rule id in decimal>" ("A1#3"), modulo 100.
int challengerBucket(std::string_view accountNumber, std::int64_t ruleId);

// The step due for an account whose oldest overdue item fell due on
// `spellStart`, on `asOf`: the latest step whose days past due have been
// reached and that has not been done in this spell (done on or after
// spellStart, and on or before asOf). Earlier steps not done are passed
// over: the customer gets the step that fits how late they are now, and
// once that step is done nothing is due until the next one is reached.
// Only steps done under this strategy (StrategyStepDone::strategyId)
// count. Nothing when no step is due.
std::optional<StrategyStep> dueStep(const Strategy& strategy, Date spellStart, Date asOf,
                                    std::span<const StrategyStepDone> done);

} // namespace duedesk
