// Folding per-currency balances into one ledger row per account, and the
// filter predicate views apply to it.
#include "duedesk/reports/LedgerList.h"

#include "duedesk/storage/AccountBalanceQuery.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "reports/CaseFold.h"

#include <algorithm>
#include <unordered_map>

namespace duedesk {
namespace {

struct CurrencyBalance {
    Currency currency;
    std::int64_t balance = 0;
    std::int64_t overdue = 0;
    std::optional<std::int32_t> oldestDue;
};

// Picks the main currency (the credit limit's, else the first by code) and
// fills the row from it.
void finishRow(LedgerRow& row, const std::vector<CurrencyBalance>& balances, Date asOf) {
    if (balances.empty()) return;
    auto main = std::ranges::find(balances, row.currency, &CurrencyBalance::currency);
    if (!row.creditLimit || main == balances.end()) {
        if (main == balances.end()) main = balances.begin();
        if (!row.creditLimit) row.currency = main->currency;
    }
    if (main->currency == row.currency) {
        row.balance = main->balance;
        row.overdue = main->overdue;
    }
    // The oldest item is the oldest whatever its currency.
    for (const CurrencyBalance& b : balances)
        if (b.oldestDue && *b.oldestDue < asOf.dayNumber())
            row.oldestDaysPastDue = std::max(row.oldestDaysPastDue, asOf.dayNumber() - *b.oldestDue);
    row.otherCurrencies = static_cast<int>(balances.size()) - (main->currency == row.currency ? 1 : 0);
}

} // namespace

std::vector<LedgerRow> loadLedgerList(LedgerDatabase& database, Date asOf) {
    std::vector<LedgerRow> rows;
    std::vector<CurrencyBalance> balances; // of the account being read
    database.accountBalances().forEach(asOf, [&](const AccountBalanceRow& r) {
        if (rows.empty() || rows.back().id != r.id) {
            if (!rows.empty()) finishRow(rows.back(), balances, asOf);
            balances.clear();
            LedgerRow row;
            row.id = r.id;
            row.number = std::string(r.number);
            row.name = std::string(r.name);
            row.analyst = std::string(r.analyst);
            row.riskClass = std::string(r.riskClass);
            row.status = accountStatusFromName(r.status).value_or(AccountStatus::Active);
            if (const auto limitCurrency = Currency::fromCode(r.creditLimitCurrency)) {
                row.currency = *limitCurrency;
                row.creditLimit = r.creditLimit;
            }
            rows.push_back(std::move(row));
        }
        if (const auto currency = Currency::fromCode(r.currency))
            balances.push_back({*currency, r.balance, r.overdue, r.oldestDueDate});
    });
    if (!rows.empty()) finishRow(rows.back(), balances, asOf);
    std::unordered_map<AccountId, std::size_t> position;
    position.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        LedgerRow& row = rows[i];
        position.emplace(row.id, i);
        if (row.creditLimit && *row.creditLimit > 0)
            row.creditUsePercent = static_cast<int>(std::max<std::int64_t>(0, row.balance) * 100 / *row.creditLimit);
    }
    database.contactLog().forEachLatest(asOf, [&](const LatestContact& latest) {
        if (const auto it = position.find(latest.account); it != position.end()) {
            rows[it->second].lastContact = latest.contactedOn;
            rows[it->second].nextFollowUp = latest.followUpOn;
        }
    });
    return rows;
}

bool isFollowUpDue(const LedgerRow& row, Date asOf) { return row.nextFollowUp && *row.nextFollowUp <= asOf; }

bool LedgerFilter::accepts(const LedgerRow& row) const {
    if (followUpDueBy && !isFollowUpDue(row, *followUpDueBy)) return false;
    if (analyst && row.analyst != *analyst) return false;
    if (riskClass && row.riskClass != *riskClass) return false;
    if (overdueAboveMajor && row.overdue <= *overdueAboveMajor * row.currency.minorPerMajor()) return false;
    if (overCreditLimitOnly && !(row.creditLimit && row.balance > *row.creditLimit)) return false;
    if (!text.empty()) {
        if (!casefold::contains(row.number, text) && !casefold::contains(row.name, text)) return false;
    }
    return true;
}

} // namespace duedesk
