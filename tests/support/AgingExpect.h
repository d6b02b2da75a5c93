// Compact expectations for aging rows: amounts as decimal strings in the
// row's currency, so a test reads like the table it checks.
#pragma once

#include "duedesk/reports/AgingReport.h"

#include <string>
#include <vector>

namespace duedesk::test {

// "key currency | b0 b1 ... | unapplied | total", amounts as decimals.
std::string describeRow(const AgingRow& row);
std::vector<std::string> describeRows(const std::vector<AgingRow>& rows);

} // namespace duedesk::test
