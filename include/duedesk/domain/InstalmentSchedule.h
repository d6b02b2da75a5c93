// InstalmentSchedule: a total shared out as monthly instalments, the way
// an analyst agrees a plan on the phone ("1,000 over three months from
// the 31st"). Each instalment is an equal share in minor units; what the
// shares leave over goes on the last, so they add up to the total exactly.
#pragma once

#include "duedesk/domain/Promise.h"

#include <vector>

namespace duedesk {

// The most instalments the helper makes: two years of monthly
// instalments, as far as a plan may reach (kPlanHorizonDays).
inline constexpr int kMaxMonthlyInstalments = 24;

// `count` instalments of `total`, numbered 1, 2, ..., the first due on
// `first` and each next one the same day of the following month (the
// month's last day when it is shorter: from 31 January, 28 February, then
// 31 March). Empty when `count` is not 1 to kMaxMonthlyInstalments or
// `total` is not above zero, or when it is too small to give every
// instalment at least one minor unit.
std::vector<Instalment> monthlyInstalments(const Money& total, int count, Date first);

} // namespace duedesk
