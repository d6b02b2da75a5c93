#include "duedesk/reports/DaysSalesOutstanding.h"

namespace duedesk {
namespace {
// 128-bit intermediates: a large book in minor units times 900 can pass
// 2^63. (__extension__: a GCC and Clang type, outside ISO C++.)
__extension__ typedef __int128 Wide;
} // namespace

std::optional<std::int64_t> daysSalesOutstandingTenths(std::int64_t receivables, std::int64_t creditSales,
                                                       int periodDays) {
    if (creditSales <= 0) return std::nullopt;
    const Wide scaled = static_cast<Wide>(receivables) * periodDays * 10;
    const Wide half = creditSales / 2;
    const Wide rounded = scaled >= 0 ? (scaled + half) / creditSales : -((-scaled + half) / creditSales);
    return static_cast<std::int64_t>(rounded);
}

} // namespace duedesk
