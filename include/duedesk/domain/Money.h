// Money: an exact amount as an integer count of minor units plus its
// currency. No floating point anywhere; mixing currencies and overflow are
// errors, never silent.
#pragma once

#include "duedesk/domain/Currency.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace duedesk {

class MoneyError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Arithmetic or comparison of two different currencies.
class CurrencyMismatch final : public MoneyError {
public:
    CurrencyMismatch(Currency a, Currency b);
};

// A result that does not fit in 64 bits of minor units.
class MoneyOverflow final : public MoneyError {
public:
    MoneyOverflow();
};

class Money final {
public:
    Money(std::int64_t minorUnits, Currency currency) : minor_(minorUnits), currency_(currency) {}
    static Money zero(Currency currency) { return Money(0, currency); }

    // Parses the canonical decimal form: optional '-', digits, optionally
    // '.' followed by at most the currency's minor digits ("1234.5",
    // "-0.05", "100"). On failure returns nothing and, if asked, the
    // reason as a sentence naming the value: "\"12,50\" is not a decimal number".
    static std::optional<Money> parse(std::string_view text, Currency currency, std::string* reason = nullptr);

    std::int64_t minorUnits() const { return minor_; }
    const Currency& currency() const { return currency_; }

    bool isZero() const { return minor_ == 0; }
    bool isNegative() const { return minor_ < 0; }
    bool isPositive() const { return minor_ > 0; }

    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    Money operator-() const;
    Money& operator+=(const Money& other) { return *this = *this + other; }
    Money& operator-=(const Money& other) { return *this = *this - other; }

    // Equality across currencies is simply false; ordering across
    // currencies is meaningless and throws CurrencyMismatch.
    friend bool operator==(const Money& a, const Money& b) {
        return a.currency_ == b.currency_ && a.minor_ == b.minor_;
    }
    std::strong_ordering operator<=>(const Money& other) const;

    // "1234.50", "-0.05", "1234" for JPY, "1.234" for BHD.
    std::string toDecimalString() const;
    // With thousands grouping: "1,234.50"; separators are parameters so a
    // front end can apply the user's locale.
    std::string toGroupedString(char thousandsSeparator = ',', char decimalPoint = '.') const;

private:
    std::int64_t minor_;
    Currency currency_;
};

// Decimal text of a minor-unit count with the given minor digits; the one
// formatter every amount goes through.
std::string formatMinorUnits(std::int64_t minorUnits, int minorDigits, char thousandsSeparator = '\0',
                             char decimalPoint = '.');

// Checked 64-bit arithmetic on minor units; throws MoneyOverflow.
std::int64_t checkedAdd(std::int64_t a, std::int64_t b);
std::int64_t checkedSub(std::int64_t a, std::int64_t b);

} // namespace duedesk
