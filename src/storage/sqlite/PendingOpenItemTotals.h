// PendingOpenItemTotals: additions to the open-item totals collected during
// a transaction and written once per total at commit, instead of one
// update per new document.
//
// Why this stays exact: every change to a total, from here or from the
// triggers, is an addition, so the order they land in does not matter. An
// addition records the group (analyst, risk class) its account had when the
// document was added; if the account is reassigned before the flush, the
// trigger moves that document from the old group to the new one and the
// flush then adds it to the old group, which nets to zero there.
#pragma once

#include "storage/sqlite/Sqlite.h"

#include <cstdint>
#include <string>
#include <tuple>
#include <unordered_map>

namespace duedesk {

struct OpenItemTotalKey {
    std::int64_t analystId = 0;
    std::string riskClass;
    std::string currency;
    int isDebit = 0;
    std::int32_t dueDate = 0;

    friend bool operator==(const OpenItemTotalKey&, const OpenItemTotalKey&) = default;
};

class PendingOpenItemTotals final {
public:
    void add(OpenItemTotalKey key, std::int64_t openAmount, std::int32_t documentDate);
    bool empty() const { return pending_.empty(); }
    void flush(sqlite::Connection& connection);
    void discard() { pending_.clear(); }

private:
    struct Delta {
        std::int64_t open = 0;
        std::int64_t items = 0;
        std::int32_t latestDocumentDate = 0;
    };
    struct KeyHash {
        std::size_t operator()(const OpenItemTotalKey& k) const;
    };
    std::unordered_map<OpenItemTotalKey, Delta, KeyHash> pending_;
};

} // namespace duedesk
