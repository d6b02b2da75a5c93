// ExchangeRateTable: the rates in force on one day, for converting into
// one target currency (the team's reporting currency). A pair's rate is
// used directly (EUR -> GBP) or inverted (GBP -> EUR read backwards); a
// currency with neither has no rate, and says so rather than guessing.
#pragma once

#include "duedesk/domain/ExchangeRate.h"

#include <map>
#include <optional>
#include <vector>

namespace duedesk {

class ExchangeRateTable final {
public:
    ExchangeRateTable() = default;
    // `rates` are those in force: for each pair, the latest on or before
    // the day. Pairs that do not touch `target` are ignored.
    ExchangeRateTable(Currency target, const std::vector<ExchangeRate>& rates);

    const Currency& target() const { return target_; }
    bool hasRate(const Currency& from) const;
    // Minor units of `from` in minor units of the target; nothing without
    // a rate (or on overflow).
    std::optional<std::int64_t> convert(std::int64_t minorUnits, const Currency& from) const;
    // The rate applied to `from` as people read it ("1 EUR = 0.8612 GBP
    // from 2026-11-01"); nothing without one.
    std::optional<ExchangeRate> rateFor(const Currency& from) const;

private:
    struct Use {
        ExchangeRate rate;
        bool inverse = false;
    };
    Currency target_;
    std::map<Currency, Use> uses_;
};

} // namespace duedesk
