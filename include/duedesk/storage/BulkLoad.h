// BulkLoad: while one is alive, the rows an import run stands for (the
// accounts, their addresses and contacts, the documents, their movements
// and allocations) are not written to the audit trail one by one. The
// import run's own record says what was loaded, by whom and when, and the
// documents carry its id; recording two million invoices twice would
// double the time and size of an import for nothing an auditor reads.
// Everything else written meanwhile (users, settings, the run itself) is
// audited as usual.
#pragma once

#include "duedesk/storage/LedgerDatabase.h"

namespace duedesk {

class BulkLoad final {
public:
    explicit BulkLoad(LedgerDatabase& database) : database_(database) { database_.pauseBulkAudit(); }
    ~BulkLoad() { database_.resumeBulkAudit(); }
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
