// Days sales outstanding, the standard way: what customers owe now divided
// by what was sold on credit over a recent period, times that period's
// days. Kept in tenths of a day so it is exact integer arithmetic.
#pragma once

#include <cstdint>
#include <optional>

namespace duedesk {

// The period standard DSO looks back over.
inline constexpr int kDsoPeriodDays = 90;

// Receivables / credit sales x period days, in tenths of a day, rounded
// half up; nothing when nothing was sold in the period.
std::optional<std::int64_t> daysSalesOutstandingTenths(std::int64_t receivables, std::int64_t creditSales,
                                                       int periodDays = kDsoPeriodDays);

} // namespace duedesk
