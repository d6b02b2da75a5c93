// How the demo rounds a credit limit: to the kind of figure a credit
// committee writes down, with a step that grows with the limit.
#pragma once

#include <cstdint>

namespace duedesk::demo {

// The nearest multiple of creditLimitStep(raw) (major units), and never
// below the smallest limit a team bothers to set (2,000).
std::int64_t roundCreditLimit(std::int64_t raw);

// 500 below 10,000, 1,000 below 50,000, 5,000 below 250,000, then 25,000.
std::int64_t creditLimitStep(std::int64_t limit);

} // namespace duedesk::demo
