// The dates a user may enter, per kind of date, from the day they act. One
// table, so every front end allows the same and says the same when a date
// is outside: "2031-01-15 is after the latest follow-up allowed, 2027-11-25".
#pragma once

#include "duedesk/domain/Date.h"

#include <optional>
#include <string>
#include <string_view>

namespace duedesk {

struct DateRange {
    Date earliest;
    Date latest;
    bool contains(Date d) const { return earliest <= d && d <= latest; }
};

// A follow-up: from ten years back (a past follow-up is already due) to a
// year ahead.
DateRange followUpDates(Date today);
// When a contact took place: the last ten years, up to today.
DateRange contactDates(Date today);
// From when an address or contact change holds: ten years back, a year ahead.
DateRange effectiveDates(Date today);
// The day an imported file shows the ledger on: the last ten years, up to today.
DateRange importDates(Date today);
// The day a hold ends (chasing resumes by itself): from tomorrow, so it
// pauses at least today, to kLongestHoldDays ahead. Longer than a quarter
// is no pause but a decision (a dispute, litigation, a payment plan) and
// belongs on the account as that.
inline constexpr int kLongestHoldDays = 90;
DateRange holdEndDates(Date today);
// An aging's as-of date: from 1990 (older ledgers are not kept) to a year
// ahead (aging the open items forward).
DateRange asOfDates(Date today);

// Why `d` is outside `range`, naming the kind of date ("follow-up"), or
// nothing when it is inside.
std::optional<std::string> dateRangeProblem(Date d, const DateRange& range, std::string_view what);

} // namespace duedesk
