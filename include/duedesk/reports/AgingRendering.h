// Renders an AgingTable as a text table, CSV or JSON. Money in CSV and JSON
// is a plain decimal string ("1234.50"); the text table groups thousands.
#pragma once

#include "duedesk/reports/AgingReport.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duedesk {

// "Aging as of 2026-06-30 by analyst, days past due date"
std::string agingTitle(const AgingTable& table);
// The columns as people read them: "Analyst", "Currency", "current", ...
std::vector<std::string> agingColumnHeadings(const AgingTable& table);

std::string renderAgingText(const AgingTable& table);
std::string renderAgingCsv(const AgingTable& table);
std::string renderAgingJson(const AgingTable& table);

} // namespace duedesk
