// Exact decimal rates and conversion with 128-bit intermediates.
#include "duedesk/domain/ExchangeRate.h"

#include "domain/WideInteger.h"

#include <limits>

namespace duedesk {
namespace {

constexpr int kMaxScale = 12;
constexpr int kMaxDigits = 15;

WideInteger powerOfTen(int n) {
    WideInteger p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}

} // namespace

std::optional<DecimalRate> DecimalRate::parse(std::string_view text) {
    std::int64_t digits = 0;
    int scale = 0;
    int count = 0;
    bool point = false;
    bool any = false;
    for (char c : text) {
        if (c == '.' && !point) {
            point = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        any = true;
        if (point) {
            if (++scale > kMaxScale) return std::nullopt;
        }
        if (digits > 0 || c != '0') ++count;
        if (count > kMaxDigits) return std::nullopt;
        digits = digits * 10 + (c - '0');
    }
    if (!any || digits == 0) return std::nullopt;
    // 0.86120 is 0.8612: the same rate, however it was written.
    while (scale > 0 && digits % 10 == 0) {
        digits /= 10;
        --scale;
    }
    return DecimalRate(digits, scale);
}

std::string DecimalRate::toString() const {
    std::string s = std::to_string(digits_);
    if (scale_ == 0) return s;
    if (static_cast<int>(s.size()) <= scale_) s.insert(0, static_cast<std::size_t>(scale_ + 1) - s.size(), '0');
    s.insert(s.size() - static_cast<std::size_t>(scale_), 1, '.');
    return s;
}

std::optional<std::int64_t> convertMinorUnits(std::int64_t minorUnits, const Currency& from, const Currency& to,
                                              const DecimalRate& rate, bool inverse) {
    // minor(to) = minor(from) x rate x 10^digits(to) / 10^digits(from),
    // with rate = digits / 10^scale (or its inverse).
    WideInteger numerator = static_cast<WideInteger>(minorUnits) * powerOfTen(to.minorDigits());
    WideInteger denominator = powerOfTen(from.minorDigits());
    if (inverse) {
        numerator *= powerOfTen(rate.scale());
        denominator *= rate.digits();
    } else {
        numerator *= rate.digits();
        denominator *= powerOfTen(rate.scale());
    }
    const WideInteger result = divideRounded(numerator, denominator);
    if (result > std::numeric_limits<std::int64_t>::max() || result < std::numeric_limits<std::int64_t>::min())
        return std::nullopt;
    return static_cast<std::int64_t>(result);
}

} // namespace duedesk
