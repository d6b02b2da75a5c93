// OpenItemTotalsQuery: the open-item totals that triggers keep in step with
// the documents (schema version 2), read as aggregated open items, and the
// check that they equal a recomputation from the documents.
#pragma once

#include "duedesk/storage/OpenItemQuery.h"

namespace duedesk {

class OpenItemTotalsQuery final {
public:
    explicit OpenItemTotalsQuery(LedgerDatabase& database);

    // Whether the totals are exactly the open items on `asOf`: nothing has
    // moved after it and no open item is dated after it.
    bool coversDate(Date asOf);

    // One OpenItem per non-empty total: its open amount is the total of
    // the items with that due date in that group (documentDate is unset).
    // Grouping by account is not kept in totals and is refused.
    void forEach(OpenItemGrouping grouping, const std::function<void(const OpenItem&)>& visit);

    // How many totals differ from a recomputation from the documents;
    // zero when they are in step.
    std::int64_t countMismatches();

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
