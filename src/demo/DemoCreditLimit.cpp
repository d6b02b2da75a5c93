#include "demo/DemoCreditLimit.h"

#include <algorithm>

namespace duedesk::demo {
namespace {
constexpr std::int64_t kSmallestLimit = 2000;
} // namespace

std::int64_t creditLimitStep(std::int64_t limit) {
    if (limit < 10000) return 500;
    if (limit < 50000) return 1000;
    if (limit < 250000) return 5000;
    return 25000;
}

std::int64_t roundCreditLimit(std::int64_t raw) {
    const std::int64_t step = creditLimitStep(raw);
    return std::max((raw + step / 2) / step * step, kSmallestLimit);
}

} // namespace duedesk::demo
