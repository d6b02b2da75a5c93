#include "duedesk/reports/DaysSalesOutstanding.h"

#include "domain/WideInteger.h"

namespace duedesk {

std::optional<std::int64_t> daysSalesOutstandingTenths(std::int64_t receivables, std::int64_t creditSales,
                                                       int periodDays) {
    if (creditSales <= 0) return std::nullopt;
    return static_cast<std::int64_t>(
        divideRounded(static_cast<WideInteger>(receivables) * periodDays * 10, creditSales));
}

} // namespace duedesk
