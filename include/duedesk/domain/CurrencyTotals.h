// CurrencyTotals: a total kept per currency, so amounts in different
// currencies are never summed into one meaningless number.
#pragma once

#include "duedesk/domain/Money.h"

#include <map>
#include <vector>

namespace duedesk {

class CurrencyTotals final {
public:
    void add(const Money& amount);
    void add(Currency currency, std::int64_t minorUnits);
    CurrencyTotals& operator+=(const CurrencyTotals& other);

    // The total in one currency (zero when nothing was added in it).
    Money in(Currency currency) const;
    // Every currency that has been added to, in code order.
    std::vector<Currency> currencies() const;
    bool empty() const { return totals_.empty(); }

    friend bool operator==(const CurrencyTotals&, const CurrencyTotals&) = default;

private:
    std::map<Currency, std::int64_t> totals_;
};

} // namespace duedesk
