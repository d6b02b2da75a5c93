// Date: a calendar day, stored as days since 1970-01-01. Every date rule in
// Duedesk takes one of these explicitly; nothing below the front ends reads
// the clock.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace duedesk {

class Date final {
public:
    // Valid calendar date or nothing (2026-02-29 is nothing).
    static std::optional<Date> fromYmd(int year, unsigned month, unsigned day);
    // Strict ISO 8601 calendar date "YYYY-MM-DD".
    static std::optional<Date> parseIso(std::string_view text);
    static Date fromDayNumber(std::int32_t daysSinceEpoch) { return Date(daysSinceEpoch); }
    // For dates known valid at compile time (tests, demo data).
    static Date ymd(int year, unsigned month, unsigned day);

    std::int32_t dayNumber() const { return days_; }
    int year() const;
    unsigned month() const;
    unsigned day() const;
    std::string toIso() const;

    Date addDays(std::int32_t n) const { return Date(days_ + n); }
    Date addMonths(int n) const; // clamps to the month's last day
    friend std::int32_t operator-(Date a, Date b) { return a.days_ - b.days_; }
    friend auto operator<=>(Date, Date) = default;

private:
    explicit Date(std::int32_t days) : days_(days) {}
    std::int32_t days_;
};

} // namespace duedesk
