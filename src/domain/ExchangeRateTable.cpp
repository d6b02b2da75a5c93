#include "duedesk/domain/ExchangeRateTable.h"

namespace duedesk {

ExchangeRateTable::ExchangeRateTable(Currency target, const std::vector<ExchangeRate>& rates) : target_(target) {
    // A direct rate wins over an inverted one, whatever their dates: it is
    // the one the team entered for this conversion.
    for (const ExchangeRate& r : rates)
        if (r.to == target_ && r.from != target_) uses_[r.from] = {r, false};
    for (const ExchangeRate& r : rates)
        if (r.from == target_ && r.to != target_ && !uses_.contains(r.to)) uses_[r.to] = {r, true};
}

bool ExchangeRateTable::hasRate(const Currency& from) const { return from == target_ || uses_.contains(from); }

std::optional<std::int64_t> ExchangeRateTable::convert(std::int64_t minorUnits, const Currency& from) const {
    if (from == target_) return minorUnits;
    const auto it = uses_.find(from);
    if (it == uses_.end()) return std::nullopt;
    return convertMinorUnits(minorUnits, from, target_, it->second.rate.rate, it->second.inverse);
}

std::optional<ExchangeRate> ExchangeRateTable::rateFor(const Currency& from) const {
    const auto it = uses_.find(from);
    if (it == uses_.end()) return std::nullopt;
    return it->second.rate;
}

} // namespace duedesk
