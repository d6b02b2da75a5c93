// OpenItemTotalsQuery: the open-item totals that triggers keep in step with
// the documents (schema version 2), read as aggregated open items, and the
// check that they equal a recomputation from the documents.
#pragma once

#include "duedesk/storage/OpenItemQuery.h"

namespace duedesk {

class OpenItemTotalsQuery {
public:
    virtual ~OpenItemTotalsQuery() = default;
    // Whether the totals are exactly the open items on `asOf`: nothing has
    // moved after it and no open item is dated after it.
    virtual bool coversDate(Date asOf) = 0;
    // One OpenItem per non-empty total: its open amount is the total of
    // the items with that due date in that group (documentDate is unset).
    // Grouping by account is not kept in totals and is refused.
    virtual void forEach(OpenItemGrouping grouping, const std::function<void(const OpenItem&)>& visit) = 0;
    // How many totals differ from a recomputation from the documents;
    // zero when they are in step.
    virtual std::int64_t countMismatches() = 0;
};

} // namespace duedesk
