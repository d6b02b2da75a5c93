// Renders an AgingTable as a text table, CSV or JSON. Money in CSV and JSON
// is a plain decimal string ("1234.50"); the text table groups thousands.
#pragma once

#include "duedesk/reports/AgingReport.h"

#include <optional>
#include <string>
#include <string_view>

namespace duedesk {

std::string_view groupingName(OpenItemGrouping grouping); // "analyst", "account", "currency", "risk"
std::optional<OpenItemGrouping> groupingFromName(std::string_view name);

std::string renderAgingText(const AgingTable& table);
std::string renderAgingCsv(const AgingTable& table);
std::string renderAgingJson(const AgingTable& table);

} // namespace duedesk
