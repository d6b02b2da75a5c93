// Gathering an analyst's worklist from the ledger and summing up the day.
#include "duedesk/reports/Worklist.h"

#include "duedesk/domain/StrategyRules.h"
#include "duedesk/reports/CommitmentsOnDay.h"
#include "duedesk/storage/EscalationRepository.h"
#include "duedesk/storage/ExchangeRateRepository.h"
#include "duedesk/storage/SettingsRepository.h"
#include "duedesk/storage/StrategyRepository.h"
#include "duedesk/storage/WorklistQuery.h"

#include <map>
#include <unordered_map>

namespace duedesk {
namespace {

// The reporting currency, or without one the currency the analyst's
// accounts owe most in (counted in minor units, as no rate says better).
Currency rankingCurrency(LedgerDatabase& database, const std::vector<WorklistAccountFacts>& facts) {
    if (const auto code = database.settings().get(kReportingCurrencySetting))
        if (const auto currency = Currency::fromCode(*code)) return *currency;
    std::map<Currency, std::int64_t> totals;
    for (const WorklistAccountFacts& f : facts)
        for (const OverdueByAge& o : f.overdue) totals[o.currency] += o.total();
    Currency main;
    std::int64_t most = -1;
    for (const auto& [currency, total] : totals)
        if (total > most) {
            main = currency;
            most = total;
        }
    return main;
}

// The overdue amount the segment rules compare: the total in the
// reporting currency when every currency has a rate, else the largest
// amount in any one currency (as StrategyAssignments does).
std::int64_t segmentAmount(const WorklistAccountFacts& f, const ExchangeRateTable& rates) {
    std::int64_t converted = 0, largest = 0;
    bool allConverted = true;
    for (const OverdueByAge& o : f.overdue) {
        largest = std::max(largest, o.total());
        if (const auto c = o.currency == rates.target() ? o.total() : rates.convert(o.total(), o.currency))
            converted += *c;
        else
            allConverted = false;
    }
    return allConverted ? converted : largest;
}

// Each overdue account's strategy step due on `on`: by the strategy it
// was assigned, or, not yet assigned, the one the rules would choose now
// (the same choice the assignment will record).
void addDueSteps(LedgerDatabase& database, UserId analyst, Date on, const ExchangeRateTable& rates,
                 std::vector<WorklistAccountFacts>& facts) {
    StrategyRepository& repository = database.strategies();
    std::vector<Strategy> all = repository.strategies();
    const std::vector<StrategyRule> rules = usableRules(all, repository.rules());
    std::unordered_map<StrategyId, Strategy> strategies;
    for (Strategy& s : all)
        if (s.active) strategies.emplace(s.id, std::move(s));
    if (strategies.empty()) return;
    std::unordered_map<AccountId, StrategyId> assigned;
    for (const StrategyAssignment& a : repository.currentAssignments(analyst))
        assigned.emplace(a.accountId, a.strategyId);
    std::optional<Date> earliest;
    for (const WorklistAccountFacts& f : facts)
        if (f.oldestOverdueDue && (!earliest || *f.oldestOverdueDue < *earliest)) earliest = f.oldestOverdueDue;
    if (!earliest) return;
    std::unordered_map<AccountId, std::vector<StrategyStepDone>> done;
    for (StrategyStepDone& d : repository.stepsDone(analyst, *earliest)) done[d.accountId].push_back(std::move(d));

    for (WorklistAccountFacts& f : facts) {
        if (!f.oldestOverdueDue) continue;
        std::optional<StrategyId> id;
        if (const auto it = assigned.find(f.id); it != assigned.end()) {
            id = it->second;
        } else if (const auto choice =
                       chooseStrategy(rules, {f.number, f.riskClass, f.customerType, segmentAmount(f, rates)})) {
            id = choice->strategyId;
        }
        const auto strategy = id ? strategies.find(*id) : strategies.end();
        if (strategy == strategies.end()) continue;
        f.strategyName = strategy->second.name;
        f.strategyId = strategy->first;
        const auto it = done.find(f.id);
        const std::span<const StrategyStepDone> steps =
            it == done.end() ? std::span<const StrategyStepDone>() : std::span<const StrategyStepDone>(it->second);
        f.dueStep = dueStep(strategy->second, *f.oldestOverdueDue, on, steps);
    }
}

// Promises and plans: a promise or instalment missed and not followed up
// by a contact after its deadline; a pending promise and a plan being
// kept, which hold the strategy back.
void addCommitments(LedgerDatabase& database, UserId analyst, Date on, const CommitmentTerms& terms,
                    std::vector<WorklistAccountFacts>& facts) {
    std::unordered_map<AccountId, WorklistAccountFacts*> byId;
    for (WorklistAccountFacts& f : facts) byId.emplace(f.id, &f);
    for (const AccountCommitmentsOnDay& a : loadAnalystCommitments(database, analyst, terms, on)) {
        const auto it = byId.find(a.account);
        if (it == byId.end()) continue;
        WorklistAccountFacts& f = *it->second;
        const auto followedUp = [&](Date deadline) { return f.lastContact && *f.lastContact > deadline; };
        for (const PromiseOnDay& p : a.promises) {
            if (p.withdrawn) continue;
            const CommitmentStatus& s = p.status;
            if (s.state == CommitmentState::Open) {
                if (!f.promisePending || s.deadline < *f.promisePending) f.promisePending = s.deadline;
            } else if ((s.state == CommitmentState::Broken || s.state == CommitmentState::PartlyKept) &&
                       !followedUp(s.deadline)) {
                f.missed.push_back({s.state == CommitmentState::Broken ? MissedCommitment::Kind::Promise
                                                                       : MissedCommitment::Kind::PartlyKeptPromise,
                                    p.promise.promisedFor, p.promise.amount, s.paid});
            }
        }
        for (const PlanOnDay& p : a.plans) {
            if (p.cancelled) continue;
            if (p.status.inGoodStanding && !p.status.completed) f.planInGoodStanding = true;
            for (const InstalmentStatus& i : p.status.instalments)
                if ((i.status.state == CommitmentState::Broken || i.status.state == CommitmentState::PartlyKept) &&
                    !followedUp(i.status.deadline))
                    f.missed.push_back(
                        {MissedCommitment::Kind::Instalment, i.instalment.dueOn, i.instalment.amount, i.status.paid});
        }
    }
}

} // namespace

Worklist loadWorklist(LedgerDatabase& database, UserId analyst, Date on) {
    std::vector<WorklistAccountFacts> facts = database.worklist().forAnalyst(analyst, on);
    const DiarySettings settings = readDiarySettings(database.settings());
    const ExchangeRateTable rates(rankingCurrency(database, facts), database.exchangeRates().inForceOn(on));
    addDueSteps(database, analyst, on, rates, facts);
    addCommitments(database, analyst, on, settings.commitments, facts);
    Worklist worklist = rankWorklist(facts, on, settings, rates);
    addAttentionItems(worklist, database.escalations().attentionFor(analyst, on), rates.target());
    return worklist;
}

DaySummary summarize(const Worklist& worklist, int worked) {
    DaySummary day;
    day.due = static_cast<int>(worklist.items.size());
    day.worked = worked;
    for (const WorkItem& item : worklist.items) {
        if (item.followUpDue && *item.followUpDue < worklist.on) ++day.overdueFollowUps;
        if (item.missedCommitments > 0) ++day.missedCommitments;
    }
    return day;
}

} // namespace duedesk
