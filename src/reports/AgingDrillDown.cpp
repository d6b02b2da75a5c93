// Drill-down: the same classification as AgingCalculator, one group and
// currency at a time.
#include "duedesk/reports/AgingDrillDown.h"

#include <algorithm>
#include <tuple>

namespace duedesk {

std::vector<AgingCellItem> agingCellItems(LedgerDatabase& database, const AgingOptions& options, const AgingRow& row,
                                          std::optional<std::size_t> bucket, AgingCellScope scope) {
    std::vector<AgingCellItem> out;
    const std::string placeholder = emptyGroupKey(options.grouping);
    database.openItems().forEach(options.asOf, options.grouping, [&](const OpenItem& item) {
        const std::string_view key = item.groupKey.empty() ? std::string_view(placeholder) : item.groupKey;
        if (item.currency != row.currency || (scope == AgingCellScope::Group && key != row.key)) return;
        const Date from = options.basis == AgingBasis::DueDate ? item.dueDate : item.documentDate;
        const int days = options.asOf - from;
        if (isDebit(item.type)) {
            if (!bucket || options.buckets.bucketFor(days) != *bucket) return;
        } else if (bucket) {
            return;
        }
        AgingCellItem cell;
        cell.accountNumber = std::string(item.accountNumber);
        cell.documentNumber = std::string(item.documentNumber);
        cell.type = item.type;
        cell.documentDate = item.documentDate;
        cell.dueDate = item.dueDate;
        cell.daysPastDue = isDebit(item.type) && days > 0 ? days : 0;
        cell.open = Money(isDebit(item.type) ? item.openAmount : -item.openAmount, item.currency);
        out.push_back(std::move(cell));
    });
    std::ranges::sort(out, [](const AgingCellItem& a, const AgingCellItem& b) {
        const auto magnitude = [](const Money& m) { return m.isNegative() ? -m.minorUnits() : m.minorUnits(); };
        return std::tuple(-magnitude(a.open), a.accountNumber, a.documentNumber) <
               std::tuple(-magnitude(b.open), b.accountNumber, b.documentNumber);
    });
    return out;
}

} // namespace duedesk
