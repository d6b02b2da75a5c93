// AgingReport: open items on an as-of date sorted into day buckets, per
// group and currency. Open invoices go into buckets by days past due;
// unallocated credit notes, payments and adjustments go into "unapplied"
// (negative). Amounts are never summed across currencies.
#pragma once

#include "duedesk/domain/Currency.h"
#include "duedesk/domain/Date.h"
#include "duedesk/reports/AgingBuckets.h"
#include "duedesk/storage/OpenItemQuery.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace duedesk {

enum class AgingBasis { DueDate, DocumentDate };

struct AgingOptions {
    Date asOf = Date::fromDayNumber(0);
    OpenItemGrouping grouping = OpenItemGrouping::Analyst;
    AgingBuckets buckets = AgingBuckets::standard();
    AgingBasis basis = AgingBasis::DueDate;
};

struct AgingRow {
    std::string key; // analyst, account number, currency or risk class
    std::string label; // account name for account grouping, else empty
    Currency currency;
    std::vector<std::int64_t> buckets; // minor units, one per bucket
    std::int64_t unapplied = 0; // minor units, zero or negative
    std::int64_t total = 0;
    // Of the invoices' open amounts above, what disputes active on the
    // as-of date withhold (never more than an invoice's open amount).
    std::int64_t disputed = 0;

    friend bool operator==(const AgingRow&, const AgingRow&) = default;
};

// Where a table's numbers came from: every open item, or the totals kept
// beside them (the same numbers, read faster).
enum class AgingSource { OpenItems, OpenItemTotals };

struct AgingTable {
    AgingOptions options;
    AgingSource source = AgingSource::OpenItems;
    std::vector<AgingRow> rows; // sorted by key, then currency
    std::vector<AgingRow> totals; // one per currency, key "Total"
};

// Placeholder shown for an empty group key ("(unassigned)", "(unrated)").
std::string emptyGroupKey(OpenItemGrouping grouping);

class AgingCalculator final {
public:
    explicit AgingCalculator(AgingOptions options);
    void add(const OpenItem& item);
    // Money disputed on the as-of date, in the group and currency given
    // (a group with no row yet gets one).
    void addDisputed(std::string_view groupKey, std::string_view groupLabel, const Currency& currency,
                     std::int64_t minor);
    AgingTable finish();

private:
    std::size_t rowFor(std::string_view groupKey, std::string_view groupLabel, const Currency& currency);

    AgingOptions options_;
    std::vector<AgingRow> rows_;
    std::string lookupKey_;
    std::unordered_map<std::string, std::size_t> index_; // "key\x1fcurrency" -> row
};

// Runs the report over the database, from the open-item totals when they
// give the exact answer (due-date basis, not by account, nothing posted or
// moved after the as-of date), else from every open item.
AgingTable computeAging(LedgerDatabase& database, const AgingOptions& options);
// The two ways, for tests and benchmarks that compare them.
AgingTable computeAgingFromItems(LedgerDatabase& database, const AgingOptions& options);
AgingTable computeAgingFromTotals(LedgerDatabase& database, const AgingOptions& options);

} // namespace duedesk
