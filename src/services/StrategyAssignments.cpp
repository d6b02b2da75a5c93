// Assigning strategies to the overdue accounts, and recording steps done.
#include "duedesk/services/StrategyAssignments.h"

#include "duedesk/domain/ExchangeRateTable.h"
#include "duedesk/domain/StrategyRules.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/CollectionStrategies.h"
#include "duedesk/services/TeamSettings.h"
#include "duedesk/storage/AccountBalanceQuery.h"
#include "duedesk/storage/ExchangeRateRepository.h"
#include "duedesk/storage/StrategyRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

namespace duedesk {
namespace {

// What the rules need of an account that is overdue on the day.
struct OverdueAccount {
    AccountId id = 0;
    std::string number, riskClass, customerType;
    std::int64_t convertedTotal = 0; // in the reporting currency
    std::int64_t largestRaw = 0; // the largest overdue amount in one currency
    bool allConverted = true;

    std::int64_t comparedAmount() const { return allConverted ? convertedTotal : largestRaw; }
};

// The accounts with an open invoice due before `asOf` (the query's
// overdue amount), with their amounts per currency brought to one figure
// the rules can compare. Disputed money is still in that amount: the
// undisputed figure comes from the worklist's query, one analyst's
// accounts at a time, while this reads every account in one pass, and
// AccountBalanceQuery does not read disputes (docs/disputes.md).
std::vector<OverdueAccount> overdueAccounts(LedgerDatabase& database, Date asOf,
                                            const std::optional<ExchangeRateTable>& table) {
    std::vector<OverdueAccount> out;
    database.accountBalances().forEach(asOf, [&](const AccountBalanceRow& row) {
        if (row.overdue <= 0) return;
        if (out.empty() || out.back().id != row.id) {
            OverdueAccount a;
            a.id = row.id;
            a.number = row.number;
            a.riskClass = row.riskClass;
            a.customerType = row.customerType;
            a.allConverted = table.has_value();
            out.push_back(std::move(a));
        }
        OverdueAccount& a = out.back();
        a.largestRaw = std::max(a.largestRaw, row.overdue);
        const auto currency = Currency::fromCode(row.currency);
        const auto converted = table && currency ? table->convert(row.overdue, *currency) : std::nullopt;
        if (converted)
            a.convertedTotal += *converted;
        else
            a.allConverted = false;
    });
    return out;
}

} // namespace

StrategyAssignments::StrategyAssignments(LedgerDatabase& database) : database_(database) {}

StrategyAssignmentCounts StrategyAssignments::assign(Date asOf, const Actor& by) {
    requirePermission(by, Permission::AssignStrategies);
    StrategyAssignmentCounts counts;
    UnitOfWork work(database_);
    StrategyRepository& repository = database_.strategies();
    std::optional<ExchangeRateTable> table;
    if (const auto reporting = TeamSettings(database_).reportingCurrency())
        table.emplace(*reporting, database_.exchangeRates().inForceOn(asOf));
    const std::vector<StrategyRule> rules = usableRules(repository.strategies(), repository.rules());
    std::unordered_set<AccountId> assigned;
    for (const StrategyAssignment& a : repository.currentAssignments(std::nullopt)) assigned.insert(a.accountId);

    std::unordered_set<AccountId> overdue;
    for (const OverdueAccount& a : overdueAccounts(database_, asOf, table)) {
        overdue.insert(a.id);
        if (assigned.contains(a.id)) {
            ++counts.kept;
            continue;
        }
        if (table && !a.allConverted) ++counts.withoutRate;
        const auto choice = chooseStrategy(rules, {a.number, a.riskClass, a.customerType, a.comparedAmount()});
        if (!choice) {
            ++counts.unmatched;
            continue;
        }
        StrategyAssignment record;
        record.accountId = a.id;
        record.strategyId = choice->strategyId;
        record.ruleId = choice->ruleId;
        record.challenger = choice->challenger;
        record.assignedOn = asOf;
        repository.assign(record);
        ++counts.assigned;
        if (choice->challenger) ++counts.challengers;
    }
    for (const AccountId account : assigned)
        if (!overdue.contains(account) && repository.endAssignment(account, asOf)) ++counts.ended;
    work.commit();
    return counts;
}

std::int64_t StrategyAssignments::recordStepDone(AccountId account, int daysPastDue,
                                                 std::optional<std::int64_t> contactLogId, const Actor& by) {
    requirePermission(by, Permission::LogContacts);
    UnitOfWork work(database_);
    StrategyRepository& repository = database_.strategies();
    const auto assignment = repository.currentAssignment(account);
    if (!assignment) throw StrategyRejected("The account follows no strategy.");
    const auto strategy = repository.find(assignment->strategyId);
    if (!strategy ||
        std::ranges::find(strategy->steps, daysPastDue, &StrategyStep::daysPastDue) == strategy->steps.end())
        throw StrategyRejected("The strategy \"" + (strategy ? strategy->name : std::string()) + "\" has no step at " +
                               std::to_string(daysPastDue) + " days past due.");
    StrategyStepDone done;
    done.accountId = account;
    done.strategyId = assignment->strategyId;
    done.daysPastDue = daysPastDue;
    done.doneOn = by.on;
    done.doneBy = by.user;
    done.contactLogId = contactLogId;
    const std::int64_t id = repository.recordStepDone(done);
    work.commit();
    return id;
}

} // namespace duedesk
