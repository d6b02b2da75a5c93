// Normalises an export's amount text to the canonical decimal form, then
// lets Money parse it exactly.
#include "duedesk/importing/AmountFormat.h"

#include "duedesk/domain/Money.h"

#include <algorithm>
#include <array>

namespace duedesk {
namespace {

constexpr std::array<std::string_view, 8> kSymbols = {"US$", "$", "€", "£", "¥", "CHF", "EUR", "USD"};

// Trims spaces, tabs and no-break spaces (UTF-8 C2 A0, as spreadsheets
// write thousands groups in some locales).
std::string_view trim(std::string_view s) {
    for (;;) {
        if (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
            s.remove_prefix(1);
        else if (s.starts_with("\xC2\xA0"))
            s.remove_prefix(2);
        else
            break;
    }
    for (;;) {
        if (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
            s.remove_suffix(1);
        else if (s.ends_with("\xC2\xA0"))
            s.remove_suffix(2);
        else
            break;
    }
    return s;
}

bool stripSymbol(std::string_view& s, bool atStart) {
    for (std::string_view symbol : kSymbols) {
        if (atStart && s.starts_with(symbol)) {
            s = trim(s.substr(symbol.size()));
            return true;
        }
        if (!atStart && s.ends_with(symbol)) {
            s = trim(s.substr(0, s.size() - symbol.size()));
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<std::int64_t> AmountFormat::read(std::string_view original, Currency currency,
                                               std::string* reason) const {
    // Messages name the text as written; built only when something fails.
    const auto quoted = [&] { return "\"" + std::string(original) + "\""; };
    const auto fail = [&](std::string why) -> std::optional<std::int64_t> {
        if (reason) *reason = std::move(why);
        return std::nullopt;
    };
    std::string_view s = trim(original);
    if (s.empty()) return fail("is empty");

    int negatives = 0;
    if (parentheses && s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        ++negatives;
        s = trim(s.substr(1, s.size() - 2));
    }
    if (leadingMinus && !s.empty() && s.front() == '-') {
        ++negatives;
        s = trim(s.substr(1));
    }
    if (currencySymbols && stripSymbol(s, true) && leadingMinus && !s.empty() && s.front() == '-') {
        ++negatives; // "$-5.00"
        s = trim(s.substr(1));
    }
    if (trailingMinus && !s.empty() && s.back() == '-') {
        ++negatives;
        s = trim(s.substr(0, s.size() - 1));
    }
    if (currencySymbols) stripSymbol(s, false);
    if (negatives > 1) return fail(quoted() + " is not a decimal number");

    // Canonical form: thousands separators only before the decimal point.
    // A stack buffer: this runs for every amount of every imported row.
    char buffer[64];
    std::size_t length = 0;
    if (s.size() + 1 > sizeof buffer) return fail(quoted() + " is too large");
    if (negatives) buffer[length++] = '-';
    bool seenPoint = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            buffer[length++] = c;
        } else if (c == decimalPoint && !seenPoint) {
            buffer[length++] = '.';
            seenPoint = true;
        } else if (thousandsSeparator && c == thousandsSeparator && !seenPoint) {
            continue;
        } else {
            return fail(quoted() + " is not a decimal number");
        }
    }
    const std::string_view canonical(buffer, length);
    if (auto money = Money::parse(canonical, currency)) return money->minorUnits();
    // Money names the canonical text; name the text as written instead.
    std::string why;
    Money::parse(canonical, currency, &why);
    const std::string canonicalQuoted = "\"" + std::string(canonical) + "\"";
    if (why.starts_with(canonicalQuoted)) why.replace(0, canonicalQuoted.size(), quoted());
    return fail(why);
}

std::string AmountFormat::write(std::int64_t minorUnits, Currency currency) const {
    std::string digits = Money(minorUnits, currency).toDecimalString();
    const bool negative = digits.starts_with('-');
    if (negative) digits.erase(0, 1);
    const std::size_t point = std::min(digits.find('.'), digits.size());
    std::string out;
    for (std::size_t i = 0; i < point; ++i) {
        if (i > 0 && thousandsSeparator && (point - i) % 3 == 0) out.push_back(thousandsSeparator);
        out.push_back(digits[i]);
    }
    if (point < digits.size()) out += decimalPoint + digits.substr(point + 1);
    if (!negative) return out;
    if (trailingMinus) return out + "-";
    if (!leadingMinus && parentheses) return "(" + out + ")";
    return "-" + out;
}

} // namespace duedesk
