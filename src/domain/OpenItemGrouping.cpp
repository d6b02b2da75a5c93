// Grouping names as asked for on the command line and written in exports.
#include "duedesk/domain/OpenItemGrouping.h"

#include "domain/NameTable.h"

namespace duedesk {
namespace {
constexpr NameTable<OpenItemGrouping, 4> kNames{{{
    {OpenItemGrouping::Analyst, "analyst"},
    {OpenItemGrouping::Account, "account"},
    {OpenItemGrouping::Currency, "currency"},
    {OpenItemGrouping::RiskClass, "risk"},
}}};
constexpr NameTable<OpenItemGrouping, 4> kHeadings{{{
    {OpenItemGrouping::Analyst, "Analyst"},
    {OpenItemGrouping::Account, "Account"},
    {OpenItemGrouping::Currency, "Currency"},
    {OpenItemGrouping::RiskClass, "Risk class"},
}}};
} // namespace

std::string_view groupingName(OpenItemGrouping grouping) { return kNames.nameOf(grouping); }
std::optional<OpenItemGrouping> groupingFromName(std::string_view name) { return kNames.valueOf(name); }
std::string_view groupingHeading(OpenItemGrouping grouping) { return kHeadings.nameOf(grouping); }

} // namespace duedesk
