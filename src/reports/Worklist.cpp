// Gathering an analyst's worklist from the ledger and summing up the day.
#include "duedesk/reports/Worklist.h"

#include "duedesk/storage/ExchangeRateRepository.h"
#include "duedesk/storage/SettingsRepository.h"
#include "duedesk/storage/WorklistQuery.h"

#include <map>

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

} // namespace

Worklist loadWorklist(LedgerDatabase& database, UserId analyst, Date on) {
    std::vector<WorklistAccountFacts> facts = database.worklist().forAnalyst(analyst, on);
    const DiarySettings settings;
    const ExchangeRateTable rates(rankingCurrency(database, facts), database.exchangeRates().inForceOn(on));
    return rankWorklist(facts, on, settings, rates);
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
