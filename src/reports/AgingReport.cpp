// Aging: classify each open item and add it to its group's row.
#include "duedesk/reports/AgingReport.h"

#include "duedesk/domain/Money.h"
#include "duedesk/storage/OpenItemTotalsQuery.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace duedesk {

std::string emptyGroupKey(OpenItemGrouping grouping) {
    switch (grouping) {
    case OpenItemGrouping::Analyst: return "(unassigned)";
    case OpenItemGrouping::RiskClass: return "(unrated)";
    case OpenItemGrouping::Account:
    case OpenItemGrouping::Currency: return "(none)";
    }
    return "(none)";
}

AgingCalculator::AgingCalculator(AgingOptions options) : options_(std::move(options)) {}

void AgingCalculator::add(const OpenItem& item) {
    // Look the row up by "key \x1f currency" in a reused buffer, so the
    // lookup allocates nothing once every group has been seen.
    lookupKey_.assign(item.groupKey);
    lookupKey_.push_back('\x1f');
    lookupKey_.append(item.currency.code());
    auto it = index_.find(lookupKey_);
    std::size_t rowIndex;
    if (it != index_.end()) {
        rowIndex = it->second;
    } else {
        AgingRow row;
        row.key = item.groupKey.empty() ? emptyGroupKey(options_.grouping) : std::string(item.groupKey);
        row.label = std::string(item.groupLabel);
        row.currency = item.currency;
        row.buckets.assign(options_.buckets.count(), 0);
        rows_.push_back(std::move(row));
        rowIndex = rows_.size() - 1;
        index_.emplace(lookupKey_, rowIndex);
    }
    AgingRow& row = rows_[rowIndex];
    if (isDebit(item.type)) {
        const Date from = options_.basis == AgingBasis::DueDate ? item.dueDate : item.documentDate;
        const std::size_t bucket = options_.buckets.bucketFor(options_.asOf - from);
        row.buckets[bucket] = checkedAdd(row.buckets[bucket], item.openAmount);
        row.total = checkedAdd(row.total, item.openAmount);
    } else {
        row.unapplied = checkedSub(row.unapplied, item.openAmount);
        row.total = checkedSub(row.total, item.openAmount);
    }
}

AgingTable AgingCalculator::finish() {
    AgingTable table;
    table.options = options_;
    std::ranges::sort(rows_, [](const AgingRow& a, const AgingRow& b) {
        return std::tie(a.key, a.currency) < std::tie(b.key, b.currency);
    });
    std::map<Currency, AgingRow> totals;
    for (const AgingRow& row : rows_) {
        auto [it, inserted] = totals.try_emplace(row.currency);
        AgingRow& total = it->second;
        if (inserted) {
            total.key = "Total";
            total.currency = row.currency;
            total.buckets.assign(row.buckets.size(), 0);
        }
        for (std::size_t i = 0; i < row.buckets.size(); ++i)
            total.buckets[i] = checkedAdd(total.buckets[i], row.buckets[i]);
        total.unapplied = checkedAdd(total.unapplied, row.unapplied);
        total.total = checkedAdd(total.total, row.total);
    }
    for (auto& entry : totals) table.totals.push_back(std::move(entry.second));
    table.rows = std::move(rows_);
    rows_.clear();
    index_.clear();
    return table;
}

AgingTable computeAgingFromItems(LedgerDatabase& database, const AgingOptions& options) {
    AgingCalculator calculator(options);
    database.openItems().forEach(options.asOf, options.grouping, [&](const OpenItem& item) { calculator.add(item); });
    return calculator.finish();
}

AgingTable computeAgingFromTotals(LedgerDatabase& database, const AgingOptions& options) {
    AgingCalculator calculator(options);
    database.openItemTotals().forEach(options.grouping, [&](const OpenItem& item) { calculator.add(item); });
    AgingTable table = calculator.finish();
    table.source = AgingSource::OpenItemTotals;
    return table;
}

AgingTable computeAging(LedgerDatabase& database, const AgingOptions& options) {
    const bool totalsCanAnswer = options.basis == AgingBasis::DueDate && options.grouping != OpenItemGrouping::Account;
    if (totalsCanAnswer && database.openItemTotals().coversDate(options.asOf))
        return computeAgingFromTotals(database, options);
    return computeAgingFromItems(database, options);
}

} // namespace duedesk
