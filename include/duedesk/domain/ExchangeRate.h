// ExchangeRate: what one unit of a currency is worth in another from a day
// on. Rates serve only to rank, filter and total across currencies (always
// shown as converted); a document's amount is never converted or stored in
// another currency. A rate is an exact decimal, never a float, so the same
// rate converts the same amount to the same minor unit everywhere.
#pragma once

#include "duedesk/domain/Currency.h"
#include "duedesk/domain/Date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace duedesk {

// A positive decimal kept as digits and a scale: 0.8612 is 8612 / 10^4.
class DecimalRate final {
public:
    // "0.8612", "1", "152.37": up to 12 digits after the point and 15 in
    // all, greater than zero; nothing otherwise.
    static std::optional<DecimalRate> parse(std::string_view text);
    std::int64_t digits() const { return digits_; }
    int scale() const { return scale_; }
    std::string toString() const; // as parsed, without trailing zeros after the point
    friend bool operator==(const DecimalRate&, const DecimalRate&) = default;

private:
    DecimalRate(std::int64_t digits, int scale) : digits_(digits), scale_(scale) {}
    std::int64_t digits_;
    int scale_;
};

struct ExchangeRate {
    Currency from;
    Currency to;
    Date validFrom = Date::fromDayNumber(0);
    DecimalRate rate = *DecimalRate::parse("1");
};

// Minor units of `from` in minor units of `to`: times the rate (one `from`
// is worth `rate` of `to`), or divided by it when `inverse`, rounded half
// away from zero. Nothing when the result does not fit in 64 bits.
std::optional<std::int64_t> convertMinorUnits(std::int64_t minorUnits, const Currency& from, const Currency& to,
                                              const DecimalRate& rate, bool inverse = false);

} // namespace duedesk
