// OpenItemGrouping: what open items are totalled by in a report (aging
// today, KPIs later), and the names a grouping is asked for by.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace duedesk {

enum class OpenItemGrouping { Analyst, Account, Currency, RiskClass };

std::string_view groupingName(OpenItemGrouping grouping); // "analyst", "account", "currency", "risk"
std::optional<OpenItemGrouping> groupingFromName(std::string_view name);
std::string_view groupingHeading(OpenItemGrouping grouping); // "Analyst", "Account", "Currency", "Risk class"

} // namespace duedesk
