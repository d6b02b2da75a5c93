// The allowed range of each kind of date a user enters.
#include "duedesk/domain/DateLimits.h"

namespace duedesk {
namespace {
constexpr int kMonthsPerYear = 12;
Date yearsFrom(Date today, int years) { return today.addMonths(years * kMonthsPerYear); }
} // namespace

DateRange followUpDates(Date today) { return {yearsFrom(today, -10), yearsFrom(today, 1)}; }
DateRange contactDates(Date today) { return {yearsFrom(today, -10), today}; }
DateRange effectiveDates(Date today) { return {yearsFrom(today, -10), yearsFrom(today, 1)}; }
DateRange importDates(Date today) { return {yearsFrom(today, -10), today}; }
DateRange holdEndDates(Date today) { return {today.addDays(1), today.addDays(kLongestHoldDays)}; }
DateRange asOfDates(Date today) { return {Date::ymd(1990, 1, 1), yearsFrom(today, 1)}; }

std::optional<std::string> dateRangeProblem(Date d, const DateRange& range, std::string_view what) {
    const std::string kind(what);
    if (d < range.earliest)
        return d.toIso() + " is before the earliest " + kind + " allowed, " + range.earliest.toIso();
    if (d > range.latest) return d.toIso() + " is after the latest " + kind + " allowed, " + range.latest.toIso();
    return std::nullopt;
}

} // namespace duedesk
