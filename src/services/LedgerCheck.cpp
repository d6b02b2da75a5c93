// The checks behind duedesk-cli check.
#include "duedesk/services/LedgerCheck.h"

#include "duedesk/storage/LedgerIntegrity.h"
#include "duedesk/storage/OpenItemTotalsQuery.h"

namespace duedesk {

LedgerCheckResult checkLedger(LedgerDatabase& database) {
    LedgerCheckResult result;
    for (const std::string& problem : database.integrity().storeProblems())
        result.problems.push_back("storage: " + problem);
    if (const std::int64_t mismatches = database.openItemTotals().countMismatches())
        result.problems.push_back("open-item totals: " + std::to_string(mismatches) +
                                  " totals differ from the documents");
    const LedgerCounts counts = database.integrity().counts();
    result.documents = counts.documents;
    result.openItems = counts.openItems;
    return result;
}

} // namespace duedesk
