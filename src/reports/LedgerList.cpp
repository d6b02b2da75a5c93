// A ledger row per account and currency, converted into the reporting
// currency, and the filter predicate views apply to it.
#include "duedesk/reports/LedgerList.h"

#include "duedesk/domain/ExchangeRateTable.h"
#include "duedesk/storage/AccountBalanceQuery.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/ExchangeRateRepository.h"
#include "duedesk/storage/SettingsRepository.h"
#include "reports/CaseFold.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace duedesk {
namespace {

// The currency most accounts owe in (a row with open items); ties go to
// the first by code.
Currency mainCurrency(const std::vector<LedgerRow>& rows) {
    std::map<Currency, std::int64_t> accounts;
    for (const LedgerRow& r : rows)
        if (r.currency != Currency() && (r.balance != 0 || r.unapplied != 0)) ++accounts[r.currency];
    Currency best;
    std::int64_t most = 0;
    for (const auto& [currency, count] : accounts)
        if (count > most) best = currency, most = count;
    return best;
}

void convert(LedgerRow& row, const ExchangeRateTable& table) {
    row.balanceConverted = table.convert(row.balance, row.currency);
    row.overdueConverted = table.convert(row.overdue, row.currency);
    row.unappliedConverted = table.convert(row.unapplied, row.currency);
    row.netOverdueConverted = table.convert(row.netOverdue, row.currency);
    row.disputedConverted = table.convert(row.disputed, row.currency);
    if (row.creditLimit) row.creditLimitConverted = table.convert(*row.creditLimit, row.currency);
}

} // namespace

LedgerListing loadLedgerList(LedgerDatabase& database, Date asOf) {
    LedgerListing listing;
    std::vector<LedgerRow>& rows = listing.rows;
    std::size_t accountStart = 0; // first row of the account being read
    bool limitRowSeen = false;
    std::optional<Currency> limitCurrency;
    // An account with a limit and no row in its currency gets one, so the
    // limit is never hidden.
    const auto finishAccount = [&] {
        if (rows.size() == accountStart) return;
        if (limitCurrency && !limitRowSeen) {
            LedgerRow row = rows[accountStart];
            row.currency = *limitCurrency;
            row.balance = row.overdue = row.unapplied = row.netOverdue = 0;
            row.oldestDaysPastDue = 0;
            rows.push_back(std::move(row));
            std::stable_sort(rows.begin() + static_cast<std::ptrdiff_t>(accountStart), rows.end(),
                             [](const LedgerRow& a, const LedgerRow& b) { return a.currency < b.currency; });
        }
        const int count = static_cast<int>(rows.size() - accountStart);
        for (std::size_t i = accountStart; i < rows.size(); ++i) {
            LedgerRow& r = rows[i];
            r.currencyCount = count;
            if (!limitCurrency || r.currency != *limitCurrency) r.creditLimit.reset();
        }
    };

    database.accountBalances().forEach(asOf, [&](const AccountBalanceRow& r) {
        if (rows.empty() || rows.back().id != r.id) {
            finishAccount();
            accountStart = rows.size();
            limitCurrency = r.creditLimit ? Currency::fromCode(r.creditLimitCurrency) : std::nullopt;
            limitRowSeen = false;
        }
        LedgerRow row;
        row.id = r.id;
        row.number = std::string(r.number);
        row.name = std::string(r.name);
        row.analyst = std::string(r.analyst);
        row.riskClass = std::string(r.riskClass);
        row.status = accountStatusFromName(r.status).value_or(AccountStatus::Active);
        row.creditLimit = r.creditLimit;
        if (const auto currency = Currency::fromCode(r.currency)) {
            row.currency = *currency;
            row.balance = r.balance;
            row.overdue = r.overdue;
            row.unapplied = r.unapplied;
            row.netOverdue = std::max<std::int64_t>(0, r.overdue - r.unapplied);
            if (r.oldestDueDate && *r.oldestDueDate < asOf.dayNumber())
                row.oldestDaysPastDue = asOf.dayNumber() - *r.oldestDueDate;
        } else if (limitCurrency) {
            row.currency = *limitCurrency; // owes nothing: shown in its limit's currency
        }
        if (limitCurrency && row.currency == *limitCurrency) limitRowSeen = true;
        rows.push_back(std::move(row));
    });
    finishAccount();

    std::unordered_map<AccountId, std::vector<std::size_t>> positions;
    positions.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        LedgerRow& row = rows[i];
        positions[row.id].push_back(i);
        if (row.creditLimit && *row.creditLimit > 0)
            row.creditUsePercent = static_cast<int>(std::max<std::int64_t>(0, row.balance) * 100 / *row.creditLimit);
    }
    database.contactLog().forEachLatest(asOf, [&](const LatestContact& latest) {
        if (const auto it = positions.find(latest.account); it != positions.end())
            for (std::size_t i : it->second) rows[i].lastContact = latest.contactedOn;
    });
    // The next follow-up is the diary's: one added by hand counts, one done counts no more.
    database.diary().forEachNextFollowUp(asOf, [&](AccountId account, Date due) {
        if (const auto it = positions.find(account); it != positions.end())
            for (std::size_t i : it->second) rows[i].nextFollowUp = due;
    });

    // Disputed money as the aging shows it: each invoice's share of the
    // disputes active on the day, no more than is open on it.
    std::unordered_map<std::string_view, AccountId> idOfNumber;
    for (const LedgerRow& row : rows) idOfNumber.emplace(row.number, row.id);
    for (const DisputedItem& d : database.disputes().disputedOn(asOf, OpenItemGrouping::Account)) {
        const auto account = idOfNumber.find(d.groupKey);
        if (account == idOfNumber.end() || d.openNow <= 0) continue;
        for (std::size_t i : positions[account->second])
            if (rows[i].currency == d.currency) rows[i].disputed += std::min(d.disputed, d.openNow);
    }

    const auto code = database.settings().get(kReportingCurrencySetting);
    const auto setting = code ? Currency::fromCode(*code) : std::nullopt;
    listing.reportingCurrencyIsSet = setting.has_value();
    listing.reportingCurrency = setting ? *setting : mainCurrency(rows);
    const ExchangeRateTable table(listing.reportingCurrency, database.exchangeRates().inForceOn(asOf));
    std::set<Currency> missing;
    for (LedgerRow& row : rows) {
        convert(row, table);
        if (!table.hasRate(row.currency) && row.currency != Currency()) missing.insert(row.currency);
    }
    listing.currenciesWithoutRate.assign(missing.begin(), missing.end());
    return listing;
}

bool isFollowUpDue(const LedgerRow& row, Date asOf) { return row.nextFollowUp && *row.nextFollowUp <= asOf; }

bool LedgerFilter::accepts(const LedgerRow& row) const {
    if (followUpDueBy && !isFollowUpDue(row, *followUpDueBy)) return false;
    if (analyst && row.analyst != *analyst) return false;
    if (riskClass && row.riskClass != *riskClass) return false;
    if (netOverdueAbove && row.netOverdueConverted && *row.netOverdueConverted <= *netOverdueAbove) return false;
    if (overCreditLimitOnly && !(row.creditLimit && row.balance > *row.creditLimit)) return false;
    if (!text.empty()) {
        if (!casefold::contains(row.number, text) && !casefold::contains(row.name, text)) return false;
    }
    return true;
}

} // namespace duedesk
