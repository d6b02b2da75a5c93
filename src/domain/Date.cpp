// Calendar arithmetic on top of std::chrono's civil calendar.
#include "duedesk/domain/Date.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace duedesk {
namespace {

std::chrono::year_month_day toYmd(std::int32_t days) {
    return std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(days)));
}

bool parseDigits(std::string_view text, int& out) {
    out = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return !text.empty();
}

} // namespace

std::optional<Date> Date::fromYmd(int year, unsigned month, unsigned day) {
    const std::chrono::year_month_day ymd{std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)};
    if (!ymd.ok() || year < 1 || year > 9999) return std::nullopt;
    return Date(static_cast<std::int32_t>(std::chrono::sys_days(ymd).time_since_epoch().count()));
}

std::optional<Date> Date::parseIso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int y, m, d;
    if (!parseDigits(text.substr(0, 4), y) || !parseDigits(text.substr(5, 2), m) || !parseDigits(text.substr(8, 2), d))
        return std::nullopt;
    return fromYmd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

Date Date::ymd(int year, unsigned month, unsigned day) {
    auto d = fromYmd(year, month, day);
    if (!d) throw std::invalid_argument("invalid calendar date");
    return *d;
}

int Date::year() const { return static_cast<int>(toYmd(days_).year()); }
unsigned Date::month() const { return static_cast<unsigned>(toYmd(days_).month()); }
unsigned Date::day() const { return static_cast<unsigned>(toYmd(days_).day()); }

std::string Date::toIso() const {
    const auto ymd = toYmd(days_);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

Date Date::addMonths(int n) const {
    const auto ymd = toYmd(days_);
    auto target = std::chrono::year_month(ymd.year(), ymd.month()) + std::chrono::months(n);
    const auto last = std::chrono::year_month_day_last(target.year(), std::chrono::month_day_last(target.month()));
    const auto day = std::min(ymd.day(), last.day());
    return Date(
        static_cast<std::int32_t>(std::chrono::sys_days(std::chrono::year_month_day(target.year(), target.month(), day))
                                      .time_since_epoch()
                                      .count()));
}

} // namespace duedesk
