// AgingDrillDown: the open items behind one cell of an aging table: the
// documents of that group and currency in that bucket (or unapplied).
#pragma once

#include "duedesk/domain/Document.h"
#include "duedesk/reports/AgingReport.h"

#include <optional>
#include <string>
#include <vector>

namespace duedesk {

struct AgingCellItem {
    std::string accountNumber;
    std::string documentNumber;
    DocumentType type = DocumentType::Invoice;
    Date documentDate = Date::fromDayNumber(0);
    Date dueDate = Date::fromDayNumber(0);
    int daysPastDue = 0; // on the table's basis; 0 when not yet due
    Money open = Money::zero(Currency()); // signed, as it counts in the cell
};

// Which rows a cell covers: its own group, or (for the per-currency total
// rows) every group in the row's currency.
enum class AgingCellScope { Group, AllGroups };

// `bucket`: the bucket's index, or nothing for the unapplied column. The
// items are read from the documents (exact for any date), largest first;
// they add up to the cell.
std::vector<AgingCellItem> agingCellItems(LedgerDatabase& database, const AgingOptions& options, const AgingRow& row,
                                          std::optional<std::size_t> bucket,
                                          AgingCellScope scope = AgingCellScope::Group);

} // namespace duedesk
