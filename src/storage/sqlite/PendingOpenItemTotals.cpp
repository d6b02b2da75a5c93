// Buffered open-item totals and their flush.
#include "storage/sqlite/PendingOpenItemTotals.h"

#include <algorithm>
#include <functional>

namespace duedesk {

std::size_t PendingOpenItemTotals::KeyHash::operator()(const OpenItemTotalKey& k) const {
    std::size_t h = std::hash<std::int64_t>{}(k.analystId);
    const auto mix = [&h](std::size_t v) { h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2); };
    mix(std::hash<std::string>{}(k.riskClass));
    mix(std::hash<std::string>{}(k.currency));
    mix(static_cast<std::size_t>(k.isDebit));
    mix(static_cast<std::size_t>(k.dueDate));
    return h;
}

void PendingOpenItemTotals::add(OpenItemTotalKey key, std::int64_t openAmount, std::int32_t documentDate) {
    Delta& d = pending_[std::move(key)];
    d.open += openAmount;
    d.items += 1;
    d.latestDocumentDate = std::max(d.latestDocumentDate, documentDate);
}

void PendingOpenItemTotals::flush(sqlite::Connection& connection) {
    if (pending_.empty()) return;
    sqlite::Statement upsert(connection,
                             "INSERT INTO open_item_totals VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                             "ON CONFLICT DO UPDATE SET open_total = open_total + excluded.open_total, "
                             "items = items + excluded.items, "
                             "latest_document_date = max(latest_document_date, excluded.latest_document_date)");
    for (const auto& [key, delta] : pending_) {
        upsert.bind(1, key.analystId).bind(2, key.riskClass).bind(3, key.currency).bind(4, key.isDebit);
        upsert.bind(5, key.dueDate).bind(6, delta.open).bind(7, delta.items).bind(8, delta.latestDocumentDate);
        upsert.run();
    }
    pending_.clear();
}

} // namespace duedesk
