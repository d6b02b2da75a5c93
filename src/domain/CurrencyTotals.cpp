// Per-currency totals with checked addition.
#include "duedesk/domain/CurrencyTotals.h"

namespace duedesk {

void CurrencyTotals::add(const Money& amount) { add(amount.currency(), amount.minorUnits()); }

void CurrencyTotals::add(Currency currency, std::int64_t minorUnits) {
    auto [it, inserted] = totals_.try_emplace(currency, 0);
    it->second = checkedAdd(it->second, minorUnits);
}

CurrencyTotals& CurrencyTotals::operator+=(const CurrencyTotals& other) {
    for (const auto& [currency, minor] : other.totals_) add(currency, minor);
    return *this;
}

Money CurrencyTotals::in(Currency currency) const {
    auto it = totals_.find(currency);
    return Money(it == totals_.end() ? 0 : it->second, currency);
}

std::vector<Currency> CurrencyTotals::currencies() const {
    std::vector<Currency> out;
    out.reserve(totals_.size());
    for (const auto& entry : totals_) out.push_back(entry.first);
    return out;
}

} // namespace duedesk
