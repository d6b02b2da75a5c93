// Aging: classify each open item and add it to its group's row.
#include "duedesk/reports/AgingReport.h"

#include "duedesk/domain/Money.h"
#include "duedesk/storage/DisputeRepository.h"
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

std::size_t AgingCalculator::rowFor(std::string_view groupKey, std::string_view groupLabel, const Currency& currency) {
    // Look the row up by "key \x1f currency" in a reused buffer, so the
    // lookup allocates nothing once every group has been seen.
    lookupKey_.assign(groupKey);
    lookupKey_.push_back('\x1f');
    lookupKey_.append(currency.code());
    if (const auto it = index_.find(lookupKey_); it != index_.end()) return it->second;
    AgingRow row;
    row.key = groupKey.empty() ? emptyGroupKey(options_.grouping) : std::string(groupKey);
    row.label = std::string(groupLabel);
    row.currency = currency;
    row.buckets.assign(options_.buckets.count(), 0);
    rows_.push_back(std::move(row));
    index_.emplace(lookupKey_, rows_.size() - 1);
    return rows_.size() - 1;
}

void AgingCalculator::addDisputed(std::string_view groupKey, std::string_view groupLabel, const Currency& currency,
                                  std::int64_t minor) {
    AgingRow& row = rows_[rowFor(groupKey, groupLabel, currency)];
    row.disputed = checkedAdd(row.disputed, minor);
}

void AgingCalculator::add(const OpenItem& item) {
    AgingRow& row = rows_[rowFor(item.groupKey, item.groupLabel, item.currency)];
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
        total.disputed = checkedAdd(total.disputed, row.disputed);
    }
    for (auto& entry : totals) table.totals.push_back(std::move(entry.second));
    table.rows = std::move(rows_);
    rows_.clear();
    index_.clear();
    return table;
}

AgingTable computeAgingFromItems(LedgerDatabase& database, const AgingOptions& options) {
    AgingCalculator calculator(options);
    // A dispute withholds no more than is open on its invoice on the day.
    std::unordered_map<DocumentId, std::int64_t> disputed;
    for (const DisputedItem& d : database.disputes().disputedOn(options.asOf, options.grouping))
        disputed.emplace(d.document, d.disputed);
    database.openItems().forEach(options.asOf, options.grouping, [&](const OpenItem& item) {
        calculator.add(item);
        if (disputed.empty() || !isDebit(item.type)) return;
        if (const auto it = disputed.find(item.documentId); it != disputed.end())
            calculator.addDisputed(item.groupKey, item.groupLabel, item.currency,
                                   std::min(it->second, item.openAmount));
    });
    return calculator.finish();
}

AgingTable computeAgingFromTotals(LedgerDatabase& database, const AgingOptions& options) {
    AgingCalculator calculator(options);
    database.openItemTotals().forEach(options.grouping, [&](const OpenItem& item) { calculator.add(item); });
    // The totals answer only when nothing moved after the as-of date, so
    // the open amounts now are those of the day.
    for (const DisputedItem& d : database.disputes().disputedOn(options.asOf, options.grouping))
        if (d.openNow > 0)
            calculator.addDisputed(d.groupKey, d.groupLabel, d.currency, std::min(d.disputed, d.openNow));
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
