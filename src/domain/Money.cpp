// Exact parsing, formatting and checked arithmetic of Money.
#include "duedesk/domain/Money.h"

#include <limits>

namespace duedesk {

CurrencyMismatch::CurrencyMismatch(Currency a, Currency b)
    : MoneyError("cannot combine " + std::string(a.code()) + " with " + std::string(b.code())) {}

MoneyOverflow::MoneyOverflow() : MoneyError("amount out of range") {}

std::int64_t checkedAdd(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (__builtin_add_overflow(a, b, &r)) throw MoneyOverflow();
    return r;
}

std::int64_t checkedSub(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (__builtin_sub_overflow(a, b, &r)) throw MoneyOverflow();
    return r;
}

namespace {

void requireSameCurrency(const Money& a, const Money& b) {
    if (a.currency() != b.currency()) throw CurrencyMismatch(a.currency(), b.currency());
}

void setReason(std::string* reason, std::string text) {
    if (reason) *reason = std::move(text);
}

} // namespace

std::optional<Money> Money::parse(std::string_view text, Currency currency, std::string* reason) {
    // Built only for a message: parsing runs for every imported amount.
    const auto quotedText = [&] { return "\"" + std::string(text) + "\""; };
    if (text.empty()) {
        setReason(reason, "is empty");
        return std::nullopt;
    }
    std::size_t pos = 0;
    bool negative = false;
    if (text[0] == '-') {
        negative = true;
        pos = 1;
    }
    // Accumulate as a negative number so that INT64_MIN is reachable.
    std::int64_t value = 0;
    int integerDigits = 0;
    int fractionDigits = 0;
    bool seenPoint = false;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (c == '.') {
            if (seenPoint) {
                setReason(reason, quotedText() + " is not a decimal number");
                return std::nullopt;
            }
            seenPoint = true;
            continue;
        }
        if (c < '0' || c > '9') {
            setReason(reason, quotedText() + " is not a decimal number");
            return std::nullopt;
        }
        if (seenPoint) {
            if (++fractionDigits > currency.minorDigits()) {
                setReason(reason, quotedText() + " has more decimal places than " + std::string(currency.code()) +
                                      " allows (" + std::to_string(currency.minorDigits()) + ")");
                return std::nullopt;
            }
        } else {
            ++integerDigits;
        }
        if (__builtin_mul_overflow(value, 10, &value) || __builtin_sub_overflow(value, c - '0', &value)) {
            setReason(reason, quotedText() + " is too large");
            return std::nullopt;
        }
    }
    if (integerDigits == 0 || (seenPoint && fractionDigits == 0)) {
        setReason(reason, quotedText() + " is not a decimal number");
        return std::nullopt;
    }
    for (int i = fractionDigits; i < currency.minorDigits(); ++i) {
        if (__builtin_mul_overflow(value, 10, &value)) {
            setReason(reason, quotedText() + " is too large");
            return std::nullopt;
        }
    }
    if (!negative) {
        if (value == std::numeric_limits<std::int64_t>::min()) {
            setReason(reason, quotedText() + " is too large");
            return std::nullopt;
        }
        value = -value;
    }
    return Money(value, currency);
}

Money Money::operator+(const Money& other) const {
    requireSameCurrency(*this, other);
    return Money(checkedAdd(minor_, other.minor_), currency_);
}

Money Money::operator-(const Money& other) const {
    requireSameCurrency(*this, other);
    return Money(checkedSub(minor_, other.minor_), currency_);
}

Money Money::operator-() const { return Money(checkedSub(0, minor_), currency_); }

std::strong_ordering Money::operator<=>(const Money& other) const {
    requireSameCurrency(*this, other);
    return minor_ <=> other.minor_;
}

std::string formatMinorUnits(std::int64_t minorUnits, int minorDigits, char thousandsSeparator, char decimalPoint) {
    // Work on the unsigned magnitude so INT64_MIN formats correctly.
    const bool negative = minorUnits < 0;
    std::uint64_t magnitude =
        negative ? std::uint64_t(0) - static_cast<std::uint64_t>(minorUnits) : static_cast<std::uint64_t>(minorUnits);
    std::string digits = std::to_string(magnitude);
    if (digits.size() <= static_cast<std::size_t>(minorDigits))
        digits.insert(0, static_cast<std::size_t>(minorDigits) + 1 - digits.size(), '0');
    const std::size_t integerLength = digits.size() - static_cast<std::size_t>(minorDigits);

    std::string out;
    out.reserve(digits.size() + digits.size() / 3 + 2);
    if (negative) out.push_back('-');
    for (std::size_t i = 0; i < integerLength; ++i) {
        if (thousandsSeparator && i > 0 && (integerLength - i) % 3 == 0) out.push_back(thousandsSeparator);
        out.push_back(digits[i]);
    }
    if (minorDigits > 0) {
        out.push_back(decimalPoint);
        out.append(digits, integerLength, std::string::npos);
    }
    return out;
}

std::string Money::toDecimalString() const { return formatMinorUnits(minor_, currency_.minorDigits()); }

std::string Money::toGroupedString(char thousandsSeparator, char decimalPoint) const {
    return formatMinorUnits(minor_, currency_.minorDigits(), thousandsSeparator, decimalPoint);
}

} // namespace duedesk
