// Date: strict ISO parsing and calendar arithmetic.
#include "duedesk/domain/Date.h"

#include <catch2/catch.hpp>

using namespace duedesk;

TEST_CASE("Dates parse strict ISO calendar dates", "[date]") {
    CHECK(Date::parseIso("2026-11-23")->toIso() == "2026-11-23");
    CHECK(Date::parseIso("1970-01-01")->dayNumber() == 0);
    CHECK(Date::parseIso("2024-02-29").has_value());
    CHECK_FALSE(Date::parseIso("2026-02-29").has_value());
    CHECK_FALSE(Date::parseIso("2026-13-01").has_value());
    CHECK_FALSE(Date::parseIso("2026-04-31").has_value());
    CHECK_FALSE(Date::parseIso("2026-1-01").has_value());
    CHECK_FALSE(Date::parseIso("23.11.2026").has_value());
    CHECK_FALSE(Date::parseIso("2026-11-23 ").has_value());
    CHECK_FALSE(Date::parseIso("").has_value());
}

TEST_CASE("Date arithmetic counts calendar days", "[date]") {
    const Date a = Date::ymd(2026, 3, 31);
    const Date b = Date::ymd(2026, 6, 30);
    CHECK(b - a == 91);
    CHECK(Date::ymd(2024, 3, 1) - Date::ymd(2024, 2, 1) == 29);
    CHECK(a.addDays(1).toIso() == "2026-04-01");
    CHECK(Date::ymd(2026, 12, 31).addDays(1).toIso() == "2027-01-01");
    CHECK(Date::ymd(2026, 1, 31).addMonths(1).toIso() == "2026-02-28");
    CHECK(Date::ymd(2024, 1, 31).addMonths(1).toIso() == "2024-02-29");
    CHECK(Date::ymd(2026, 11, 23).addMonths(-6).toIso() == "2026-05-23");
    CHECK(a < b);
    CHECK(a.year() == 2026);
    CHECK(a.month() == 3u);
    CHECK(a.day() == 31u);
}
