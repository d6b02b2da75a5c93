// Builds the hand-computed test ledger through the real services.
#include "support/HandLedger.h"

#include "duedesk/importing/ImportMapping.h"
#include "duedesk/services/ImportService.h"
#include "duedesk/services/UserDirectory.h"
#include "support/TestSupport.h"

#include <stdexcept>

namespace duedesk::test {

std::unique_ptr<LedgerDatabase> openHandLedger(const std::string& path) {
    auto db = LedgerDatabase::open(path);
    UserDirectory users(*db);
    users.add({0, "amorgan", "Alice Morgan", Role::Analyst, true, std::nullopt, false}, operatorActor());
    users.add({0, "bokafor", "Ben Okafor", Role::Analyst, true, std::nullopt, false}, operatorActor());
    ImportOptions options;
    options.effectiveOn = Date::ymd(2026, 6, 30);
    const ImportResult r =
        ImportService(*db).importFile(testDataPath("hand-ledger.csv"), genericMapping(), options, operatorActor());
    if (r.outcome != ImportOutcome::Imported) throw std::runtime_error("hand ledger did not import");
    return db;
}

} // namespace duedesk::test
