// TeamSettings: settings the whole team shares, kept in the ledger. The
// reporting currency is the one amounts in other currencies are converted
// into for ranking, filtering and totals across currencies.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Currency.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>

namespace duedesk {

class TeamSettings final {
public:
    explicit TeamSettings(LedgerDatabase& database);
    // Nothing until a team leader or administrator sets one.
    std::optional<Currency> reportingCurrency();
    // Needs Permission::ManageSettings.
    void setReportingCurrency(const Currency& currency, const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
