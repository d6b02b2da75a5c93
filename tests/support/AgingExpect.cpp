// Row descriptions for aging assertions.
#include "support/AgingExpect.h"

#include "duedesk/domain/Money.h"

namespace duedesk::test {

std::string describeRow(const AgingRow& row) {
    const auto amount = [&](std::int64_t v) { return Money(v, row.currency).toDecimalString(); };
    std::string out = row.key + " " + std::string(row.currency.code()) + " |";
    for (std::int64_t b : row.buckets) out += " " + amount(b);
    out += " | " + amount(row.unapplied) + " | " + amount(row.total);
    return out;
}

std::vector<std::string> describeRows(const std::vector<AgingRow>& rows) {
    std::vector<std::string> out;
    for (const AgingRow& r : rows) out.push_back(describeRow(r));
    return out;
}

} // namespace duedesk::test
