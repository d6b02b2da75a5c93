// Money: exact parsing, formatting, arithmetic, overflow and currencies.
#include "duedesk/domain/CurrencyTotals.h"
#include "duedesk/domain/Money.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace duedesk;

namespace {
const Currency GBP = Currency::of("GBP");
const Currency EUR = Currency::of("EUR");
const Currency JPY = Currency::of("JPY");
const Currency BHD = Currency::of("BHD");

std::string parseError(std::string_view text, Currency c) {
    std::string reason;
    REQUIRE_FALSE(Money::parse(text, c, &reason).has_value());
    return reason;
}
} // namespace

TEST_CASE("Currencies know their ISO 4217 minor digits", "[money]") {
    CHECK(GBP.minorDigits() == 2);
    CHECK(JPY.minorDigits() == 0);
    CHECK(BHD.minorDigits() == 3);
    CHECK(Currency::of("KWD").minorDigits() == 3);
    CHECK(Currency::of("CLP").minorDigits() == 0);
    CHECK(BHD.minorPerMajor() == 1000);
    CHECK_FALSE(Currency::fromCode("GBX").has_value());
    CHECK_FALSE(Currency::fromCode("gbp").has_value());
    CHECK_FALSE(Currency::fromCode("GB").has_value());
    CHECK_THROWS_AS(Currency::of("XYZ"), std::invalid_argument);
}

TEST_CASE("Money parses canonical decimal text exactly", "[money]") {
    CHECK(Money::parse("1234.50", GBP)->minorUnits() == 123450);
    CHECK(Money::parse("1234.5", GBP)->minorUnits() == 123450);
    CHECK(Money::parse("1234", GBP)->minorUnits() == 123400);
    CHECK(Money::parse("0.05", GBP)->minorUnits() == 5);
    CHECK(Money::parse("-0.05", GBP)->minorUnits() == -5);
    CHECK(Money::parse("0", GBP)->minorUnits() == 0);
    CHECK(Money::parse("120000", JPY)->minorUnits() == 120000);
    CHECK(Money::parse("1.234", BHD)->minorUnits() == 1234);
    CHECK(Money::parse("0.1", BHD)->minorUnits() == 100);
    // 0.1 + 0.2 is exactly 0.3 here, as it never is in binary floating point.
    CHECK(*Money::parse("0.1", EUR) + *Money::parse("0.2", EUR) == *Money::parse("0.3", EUR));
    CHECK(Money::parse("92233720368547758.07", GBP)->minorUnits() == std::numeric_limits<std::int64_t>::max());
    CHECK(Money::parse("-92233720368547758.08", GBP)->minorUnits() == std::numeric_limits<std::int64_t>::min());
}

TEST_CASE("Money refuses malformed text with the reason", "[money]") {
    CHECK(parseError("", GBP) == "is empty");
    CHECK(parseError("12.345", GBP) == "\"12.345\" has more decimal places than GBP allows (2)");
    CHECK(parseError("5.5", JPY) == "\"5.5\" has more decimal places than JPY allows (0)");
    CHECK(parseError("1,000.00", GBP) == "\"1,000.00\" is not a decimal number");
    CHECK(parseError("12,50", EUR) == "\"12,50\" is not a decimal number");
    CHECK(parseError("1.", GBP) == "\"1.\" is not a decimal number");
    CHECK(parseError(".5", GBP) == "\".5\" is not a decimal number");
    CHECK(parseError("1.2.3", GBP) == "\"1.2.3\" is not a decimal number");
    CHECK(parseError("1e5", GBP) == "\"1e5\" is not a decimal number");
    CHECK(parseError("--1", GBP) == "\"--1\" is not a decimal number");
    CHECK(parseError("-", GBP) == "\"-\" is not a decimal number");
    CHECK(parseError("+1", GBP) == "\"+1\" is not a decimal number");
    CHECK(parseError(" 1", GBP) == "\" 1\" is not a decimal number");
    CHECK(parseError("92233720368547758.08", GBP) == "\"92233720368547758.08\" is too large");
    CHECK(parseError("99999999999999999999", JPY) == "\"99999999999999999999\" is too large");
}

TEST_CASE("Money formats exactly in its currency's digits", "[money]") {
    CHECK(Money(123450, GBP).toDecimalString() == "1234.50");
    CHECK(Money(5, GBP).toDecimalString() == "0.05");
    CHECK(Money(-5, GBP).toDecimalString() == "-0.05");
    CHECK(Money(0, GBP).toDecimalString() == "0.00");
    CHECK(Money(120000, JPY).toDecimalString() == "120000");
    CHECK(Money(1234, BHD).toDecimalString() == "1.234");
    CHECK(Money(123456789, GBP).toGroupedString() == "1,234,567.89");
    CHECK(Money(-100000, GBP).toGroupedString() == "-1,000.00");
    CHECK(Money(99999, GBP).toGroupedString() == "999.99");
    CHECK(Money(1234567, JPY).toGroupedString('.', ',') == "1.234.567");
    CHECK(Money(123456, EUR).toGroupedString('.', ',') == "1.234,56");
    CHECK(Money(std::numeric_limits<std::int64_t>::min(), GBP).toDecimalString() == "-92233720368547758.08");
    CHECK(Money(std::numeric_limits<std::int64_t>::max(), GBP).toGroupedString() == "92,233,720,368,547,758.07");
}

TEST_CASE("Money arithmetic refuses mixed currencies and overflow", "[money]") {
    CHECK((Money(150, GBP) + Money(250, GBP)).minorUnits() == 400);
    CHECK((Money(150, GBP) - Money(250, GBP)).minorUnits() == -100);
    CHECK((-Money(150, GBP)).minorUnits() == -150);
    CHECK(Money(1, GBP) < Money(2, GBP));
    CHECK_FALSE(Money(100, GBP) == Money(100, EUR));

    REQUIRE_THROWS_AS(Money(1, GBP) + Money(1, EUR), CurrencyMismatch);
    REQUIRE_THROWS_WITH(Money(1, GBP) - Money(1, EUR), "cannot combine GBP with EUR");
    REQUIRE_THROWS_AS((void)(Money(1, GBP) < Money(1, EUR)), CurrencyMismatch);

    const Money max(std::numeric_limits<std::int64_t>::max(), GBP);
    const Money min(std::numeric_limits<std::int64_t>::min(), GBP);
    REQUIRE_THROWS_AS(max + Money(1, GBP), MoneyOverflow);
    REQUIRE_THROWS_AS(min - Money(1, GBP), MoneyOverflow);
    REQUIRE_THROWS_AS(-min, MoneyOverflow);
    CHECK((max + Money(-1, GBP)).minorUnits() == std::numeric_limits<std::int64_t>::max() - 1);
}

TEST_CASE("CurrencyTotals keeps one total per currency", "[money]") {
    CurrencyTotals totals;
    totals.add(Money(1000, GBP));
    totals.add(Money(250, EUR));
    totals.add(Money(-300, GBP));
    CHECK(totals.in(GBP) == Money(700, GBP));
    CHECK(totals.in(EUR) == Money(250, EUR));
    CHECK(totals.in(JPY) == Money(0, JPY));
    REQUIRE(totals.currencies().size() == 2);
    CHECK(totals.currencies()[0] == EUR);
    CHECK(totals.currencies()[1] == GBP);
    totals.add(Money(std::numeric_limits<std::int64_t>::max() - 700, GBP));
    REQUIRE_THROWS_AS(totals.add(Money(1, GBP)), MoneyOverflow);
}
