// The worklist as text for the terminal and as JSON for other programs.
#pragma once

#include "duedesk/reports/Worklist.h"

#include <string>

namespace duedesk {

// A header line ("amorgan on 2026-11-25: 5 due, 2 worked, 1 follow-up late,
// 1 missed promise or instalment") then one line per item in rank order.
std::string renderWorklistText(const std::string& analyst, const Worklist& worklist, const DaySummary& day);
std::string renderWorklistJson(const std::string& analyst, const Worklist& worklist, const DaySummary& day);

} // namespace duedesk
